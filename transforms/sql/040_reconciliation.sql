-- incremental: indicator, year
-- the same figure from NBS and from a provincial bureau, side by side, at every frequency: the annual
-- communique, the monthly and quarterly releases. Amounts are flagged beyond 0.5%; rates, indices and
-- growth beyond rounding (0.05 points)
CREATE OR REPLACE TABLE marts.reconciliation AS
WITH obs AS (
    -- one figure, one key (core.figure_period: a bureau's 前三季度 is NBS's 1-9月, a 一季度 NBS's 累计值)
    SELECT o.* REPLACE (core.figure_period(o.period, o.cumulative, i.frequency) AS period,
                        core.figure_cumulative(o.period, o.cumulative) AS cumulative),
           o.cumulative AS stated_cumulative
    FROM core.observation_latest AS o
    LEFT JOIN marts.indicator AS i USING (indicator)
    WHERE o.value IS NOT NULL
),
nbs AS (
    SELECT * FROM obs WHERE source = 'nbs'
    QUALIFY row_number() OVER (PARTITION BY region, indicator, measure, period, cumulative
                               ORDER BY stated_cumulative DESC) = 1
),
bureau AS (
    SELECT * FROM obs
    WHERE source LIKE 'communiques_%' OR source LIKE 'releases_%'
    -- one bureau figure per key: the communique for the year, the release for months and quarters
    QUALIFY row_number() OVER (PARTITION BY region, indicator, measure, period, cumulative
                               ORDER BY (source LIKE 'communiques_%') = (length(period) = 4) DESC, source,
                                        stated_cumulative DESC) = 1
)
SELECT n.region, n.indicator, n.measure, n.period,
       CASE WHEN length(n.period) = 4 THEN 'A' WHEN n.period LIKE '____-Q_' THEN 'Q' ELSE 'M' END AS frequency,
       n.cumulative, n.unit,
       n.value AS nbs_value, b.value AS bureau_value, b.source AS bureau_source,
       round(b.value - n.value, 6) AS difference,  -- (not 1.9000000000000004)
       round(100 * (b.value - n.value) / nullif(abs(n.value), 0), 4) AS difference_pct,
       CASE WHEN n.unit IN ('pct', 'permille', 'index') THEN abs(b.value - n.value) > 0.05
            ELSE abs(b.value - n.value) > 0.005 * abs(n.value) END AS flagged,
       n.source_url AS nbs_source_url, b.source_url AS bureau_source_url,
       n.realtime_start AS nbs_vintage, b.realtime_start AS bureau_vintage
FROM nbs AS n
JOIN bureau AS b USING (region, indicator, measure, period, cumulative)
ORDER BY flagged DESC, abs(difference_pct) DESC NULLS LAST, region, indicator, period;

COMMENT ON TABLE marts.reconciliation IS '国家统计局与省统计局数据对照 / NBS versus provincial bureau, same figure';
COMMENT ON COLUMN marts.reconciliation.flagged IS '差异超出容差：金额0.5%，比率与增速0.05个百分点 / beyond tolerance: 0.5% for amounts, 0.05 points for rates, indices and growth';
COMMENT ON COLUMN marts.reconciliation.frequency IS '频度：A 年度，Q 季度，M 月度 / frequency: A annual, Q quarterly, M monthly';
COMMENT ON COLUMN marts.reconciliation.bureau_source IS '省局来源：年度公报或月度/季度发布 / bureau source: annual communique or monthly/quarterly release';
