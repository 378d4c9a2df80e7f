-- incremental: indicator, year
-- the province panel: every region, indicator and period with its change on a year earlier,
-- rank among the five provinces, share of the national total and per-resident figure.
-- one source per figure: NBS first, then the bureau's monthly releases, then its communique
CREATE OR REPLACE TABLE marts.province_panel AS
WITH keyed AS (
    -- one figure, one key (core.figure_period: a bureau's 前三季度 is NBS's 1-9月, a 一季度 NBS's 累计值), ranked as
    -- one, NBS first
    SELECT o.* REPLACE (core.figure_period(o.period, o.cumulative, i.frequency) AS period,
                        core.figure_cumulative(o.period, o.cumulative) AS cumulative),
           o.cumulative AS stated_cumulative
    FROM core.observation_latest AS o
    LEFT JOIN marts.indicator AS i USING (indicator)
    WHERE o.value IS NOT NULL AND o.measure IN ('level', 'yoy_pct', 'index_yoy', 'index_ytd_yoy', 'index_prev_year')
),
obs AS (
    -- a price index on the same period a year earlier (上年同月=100, 上年同期=100, 上年=100: NBS's CPI) is that
    -- growth written as an index: 99.6 is -0.4%
    SELECT * REPLACE (CASE WHEN measure IN ('index_yoy', 'index_ytd_yoy', 'index_prev_year') THEN 'yoy_pct'
                           ELSE measure END AS measure,
                      CASE WHEN measure IN ('index_yoy', 'index_ytd_yoy', 'index_prev_year') THEN round(value - 100, 6)
                           ELSE value END AS value),
           CASE WHEN length(period) = 4 THEN 'A' WHEN period LIKE '____-Q_' THEN 'Q' ELSE 'M' END AS frequency,
           CASE WHEN source = 'nbs' THEN 1 WHEN source LIKE 'releases_%' THEN 2 ELSE 3 END AS preference
    FROM keyed
),
best AS (
    SELECT * FROM obs
    QUALIFY row_number() OVER (PARTITION BY region, indicator, measure, period, cumulative
                               ORDER BY preference, source, stated_cumulative DESC) = 1
),
lv AS (SELECT * FROM best WHERE measure = 'level'),
yy AS (SELECT * FROM best WHERE measure = 'yoy_pct'),
keys AS (SELECT DISTINCT region, indicator, period, cumulative, frequency FROM best),
pop AS (
    SELECT region, CAST(period AS INTEGER) AS year, value AS population, period AS population_year
    FROM lv WHERE indicator = 'population_resident' AND frequency = 'A'
),
joined AS (
    SELECT k.region, k.indicator, k.period, k.frequency, k.cumulative,
           l.value, l.unit,
           y.value AS yoy_pct,
           CASE WHEN l.unit IN ('CNY', 'USD', 'persons')
                THEN 100 * (l.value / nullif(ly.value, 0) - 1) END AS yoy_nominal_pct,
           n.value AS national_value,
           coalesce(l.source, y.source) AS source,
           coalesce(l.source_url, y.source_url) AS source_url,
           coalesce(l.realtime_start, y.realtime_start) AS vintage,
           y.source AS yoy_source,
           y.realtime_start AS yoy_vintage
    FROM keys AS k
    LEFT JOIN lv AS l USING (region, indicator, period, cumulative)
    LEFT JOIN yy AS y USING (region, indicator, period, cumulative)
    -- a year earlier from the same source: two sources' levels are not comparable
    LEFT JOIN obs AS ly
        ON ly.measure = 'level' AND ly.source = l.source AND ly.region = k.region
       AND ly.indicator = k.indicator AND ly.cumulative = k.cumulative
       AND ly.period = CAST(CAST(left(k.period, 4) AS INTEGER) - 1 AS VARCHAR) || substr(k.period, 5)
    LEFT JOIN lv AS n
        ON n.region = 'national' AND n.indicator = k.indicator AND n.period = k.period
       AND n.cumulative = k.cumulative
),
additive AS (
    SELECT j.*,
           j.unit IN ('CNY', 'USD', 'persons') AND j.indicator NOT LIKE '%per_capita%' AS is_additive,
           CAST(left(j.period, 4) AS INTEGER) AS year
    FROM joined AS j
)
SELECT a.region, a.indicator, a.period, a.frequency, a.cumulative, a.value, a.unit,
       a.yoy_pct, a.yoy_nominal_pct,
       -- the published growth against the growth the levels imply: real growth and nominal change
       -- differ by inflation, but not by 10 points, and not in sign by more than 5 (nominal growths are
       -- held to the same: many are on a comparable basis, 按可比口径, that the levels do not share)
       CASE WHEN a.yoy_pct IS NOT NULL AND a.yoy_nominal_pct IS NOT NULL
             AND (abs(a.yoy_pct - a.yoy_nominal_pct) > 10
                  OR (sign(a.yoy_pct) * sign(a.yoy_nominal_pct) < 0 AND abs(a.yoy_pct - a.yoy_nominal_pct) > 5))
            THEN printf('增速 %.1f%% 與水平值推算的 %.1f%% 不符 / published growth %.1f%% disagrees with %.1f%% from the levels',
                        a.yoy_pct, a.yoy_nominal_pct, a.yoy_pct, a.yoy_nominal_pct)
            WHEN a.indicator = 'gdp' AND s.sectors IS NOT NULL AND abs(s.sectors / a.value - 1) > 0.005
            THEN printf('三次產業合計 %.0f 與總量 %.0f 不符 / sectors sum to %.4g, total %.4g',
                        s.sectors, a.value, s.sectors, a.value)
       END AS consistency,
       -- ranked among the levels in one unit: 万亩 and 千公顷, or renminbi and dollars, are not compared
       CASE WHEN a.region <> 'national' AND a.value IS NOT NULL THEN
           rank() OVER (PARTITION BY a.indicator, a.period, a.cumulative, a.region = 'national', a.value IS NULL,
                        a.unit ORDER BY a.value DESC) END AS rank_among_provinces,
       CASE WHEN a.region <> 'national' AND a.value IS NOT NULL THEN
           count(*) OVER (PARTITION BY a.indicator, a.period, a.cumulative, a.region = 'national', a.value IS NULL,
                          a.unit)
       END AS provinces_ranked,
       CASE WHEN a.region <> 'national' AND a.yoy_pct IS NOT NULL THEN
           rank() OVER (PARTITION BY a.indicator, a.period, a.cumulative, a.region = 'national', a.yoy_pct IS NULL
                        ORDER BY a.yoy_pct DESC) END AS yoy_rank_among_provinces,
       CASE WHEN a.region <> 'national' AND a.yoy_pct IS NOT NULL THEN
           count(*) OVER (PARTITION BY a.indicator, a.period, a.cumulative, a.region = 'national', a.yoy_pct IS NULL)
       END AS provinces_ranked_yoy,
       CASE WHEN a.is_additive AND a.region <> 'national'
            THEN 100 * a.value / nullif(a.national_value, 0) END AS share_of_national_pct,  -- unrounded: a display rounds once
       CASE WHEN a.is_additive AND a.unit <> 'persons'
            THEN round(a.value / nullif(p.population, 0), 2) END AS per_capita,
       -- (only beside a per-resident figure)
       CASE WHEN a.is_additive AND a.unit <> 'persons' AND a.value IS NOT NULL AND p.population <> 0
            THEN p.population_year END AS population_year,
       a.period = max(a.period) OVER (PARTITION BY a.region, a.indicator, a.frequency, a.cumulative)
           AS is_latest_period,
       a.source, a.source_url, a.vintage, a.yoy_source, a.yoy_vintage
FROM additive AS a
LEFT JOIN (SELECT region, period, cumulative, sum(value) AS sectors FROM lv
           WHERE indicator IN ('gdp_primary', 'gdp_secondary', 'gdp_tertiary')
           GROUP BY ALL HAVING count(*) = 3) AS s
    ON a.indicator = 'gdp' AND s.region = a.region AND s.period = a.period AND s.cumulative = a.cumulative
ASOF LEFT JOIN pop AS p ON p.region = a.region AND a.year >= p.year
ORDER BY a.indicator, a.frequency, a.period DESC, a.region = 'national', a.value DESC NULLS LAST, a.region;

COMMENT ON TABLE marts.province_panel IS '省份面板：最新值、同比、排名、占全国比重、人均 / Province panel: value, change on a year earlier, rank among the provinces, share of national, per resident';
COMMENT ON COLUMN marts.province_panel.frequency IS '频度：A 年度，Q 季度，M 月度 / frequency: A annual, Q quarterly, M monthly';
COMMENT ON COLUMN marts.province_panel.value IS '水平值（规范单位，见 unit）/ level in the canonical unit (see unit)';
COMMENT ON COLUMN marts.province_panel.yoy_pct IS '公布的同比增速（%，GDP 等为按可比价格计算的实际增速）/ published change on a year earlier, percent (real growth where the source says so)';
COMMENT ON COLUMN marts.province_panel.yoy_nominal_pct IS '由同一来源上年同期水平值计算的名义增速（%，仅金额与人数）/ nominal change from the same source''s level a year earlier, percent (amounts and persons only)';
COMMENT ON COLUMN marts.province_panel.consistency IS '一致性提示：增速与水平值不符，或三次产业合计与GDP不符（为空即无问题）/ consistency flag: growth that disagrees with the levels, or sectors that do not add up to GDP (empty when fine)';
COMMENT ON COLUMN marts.province_panel.rank_among_provinces IS '按水平值在有数据省份中的排名 / rank by level among the provinces with a figure';
COMMENT ON COLUMN marts.province_panel.provinces_ranked IS '按水平值参与排名的省份数 / how many provinces were ranked by level';
COMMENT ON COLUMN marts.province_panel.yoy_rank_among_provinces IS '按同比增速的排名 / rank by published growth among the provinces with one';
COMMENT ON COLUMN marts.province_panel.provinces_ranked_yoy IS '按增速参与排名的省份数 / how many provinces were ranked by growth';
COMMENT ON COLUMN marts.province_panel.share_of_national_pct IS '占全国比重（%，仅可加总指标）/ share of the national total, percent (additive indicators only)';
COMMENT ON COLUMN marts.province_panel.per_capita IS '按常住人口计算的人均值（水平值 ÷ 年末常住人口）/ per resident: level divided by the year-end resident population';
COMMENT ON COLUMN marts.province_panel.population_year IS '所用常住人口的年份 / year of the resident population used for per_capita';
COMMENT ON COLUMN marts.province_panel.is_latest_period IS '是否该序列最新一期 / true for the newest period of the series';
COMMENT ON COLUMN marts.province_panel.source IS '水平值来源：nbs 优先，其次月度发布，再次统计公报 / source of the value: NBS first, then monthly releases, then the communique';
COMMENT ON COLUMN marts.province_panel.vintage IS '该数值的版本时间（首次见到）/ vintage of the value: when this figure was first seen';
COMMENT ON COLUMN marts.province_panel.yoy_source IS '同比增速来源 / source of yoy_pct';
COMMENT ON COLUMN marts.province_panel.yoy_vintage IS '同比增速的版本时间 / vintage of yoy_pct';
