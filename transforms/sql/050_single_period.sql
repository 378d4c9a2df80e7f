-- incremental: indicator, year
-- single-period values from year-to-date cumulative series: each period minus the one before it
-- in the same year (Q3 = Jan-Sep minus Jan-Jun); where months are missing, e.g. the Jan-Feb figure
-- published together, the value covers every month since the previous figure and says so. A month's
-- figure may follow a quarter's (July = Jan-Jul minus the Jan-Jun of the half-year release); a first
-- quarter or January held as a single period is its own year to date. Where the source also states the
-- single period itself (5月份，社会消费品零售总额878.91亿元), that figure is shown beside the derived one, and
-- flagged where the two differ by more than 0.5% (the source's figures do not add up, or one was revised).
CREATE OR REPLACE TABLE marts.single_period AS
WITH obs AS (
    SELECT source, region, indicator, period, cumulative, value, unit, source_url, realtime_start,
           CAST(left(period, 4) AS INTEGER) AS year,
           CASE WHEN period LIKE '____-Q_' THEN 'Q' ELSE 'M' END AS frequency,
           CASE WHEN period LIKE '____-Q_' THEN 3 * CAST(right(period, 1) AS INTEGER)
                ELSE CAST(right(period, 2) AS INTEGER) END AS end_month
    FROM core.observation_latest
    -- only amounts add up over months: a year-to-date average rate or price index is never differenced
    WHERE measure = 'level' AND value IS NOT NULL AND unit IN ('CNY', 'USD')
      AND (period LIKE '____-Q_' OR period SIMILAR TO '[0-9]{4}-[0-9]{2}')
),
cum AS (
    SELECT * FROM obs
    WHERE cumulative OR end_month IN (1, 3) AND (frequency = 'Q') = (end_month = 3)
    QUALIFY row_number() OVER (PARTITION BY source, region, indicator, period ORDER BY cumulative DESC) = 1
),
stated AS (SELECT * FROM obs WHERE NOT cumulative)
SELECT c.source, c.region, c.indicator, c.period, c.frequency,
       printf('%d-%02d', c.year, coalesce(p.end_month, 0) + 1) AS covers_from,
       c.end_month - coalesce(p.end_month, 0) AS months_covered,
       c.value - coalesce(p.value, 0) AS value,
       s.value AS stated_value,
       abs(c.value - coalesce(p.value, 0) - s.value) > 0.005 * abs(s.value) AS stated_differs,
       c.value AS cumulative_value,
       p.period AS previous_period,
       p.value AS previous_cumulative_value,
       c.unit,
       c.source_url,
       greatest(c.realtime_start, p.realtime_start) AS vintage
FROM cum AS c
ASOF LEFT JOIN cum AS p
    ON p.source = c.source AND p.region = c.region AND p.indicator = c.indicator
   AND (c.frequency = 'M' OR p.frequency = 'Q') AND p.year = c.year AND c.end_month > p.end_month
LEFT JOIN stated AS s
    ON s.source = c.source AND s.region = c.region AND s.indicator = c.indicator AND s.period = c.period
   AND s.unit = c.unit AND c.end_month - coalesce(p.end_month, 0) = (CASE c.frequency WHEN 'Q' THEN 3 ELSE 1 END)
   AND c.cumulative  -- (a first quarter held as a single period is no second statement of itself)
ORDER BY c.source, c.region, c.indicator, c.period;

COMMENT ON TABLE marts.single_period IS '由累计值推算的单期值 / Single-period values derived from year-to-date cumulative series';
COMMENT ON COLUMN marts.single_period.frequency IS '频度：Q 季度，M 月度 / frequency: Q quarterly, M monthly';
COMMENT ON COLUMN marts.single_period.covers_from IS '本值起始月份 / first month the value covers (YYYY-MM)';
COMMENT ON COLUMN marts.single_period.months_covered IS '本值覆盖月数 / number of months the value covers';
COMMENT ON COLUMN marts.single_period.value IS '单期值（规范单位）= 本期累计 − 上期累计 / single-period value: this cumulative minus the previous one';
COMMENT ON COLUMN marts.single_period.stated_value IS '来源本身公布的单期值（如有；与推算值不符时以此为准核对）/ the single-period figure the source states itself, if any (check the derived value against it)';
COMMENT ON COLUMN marts.single_period.stated_differs IS '推算值与来源公布的单期值相差超过0.5%（来源各值不相加或曾修订）/ the derived value differs from the stated one by more than 0.5% (the source''s figures do not add up, or one was revised)';
COMMENT ON COLUMN marts.single_period.cumulative_value IS '本期累计值 / year-to-date cumulative value of this period';
COMMENT ON COLUMN marts.single_period.previous_period IS '用于相减的上一期 / the earlier period subtracted (NULL: first of the year)';
COMMENT ON COLUMN marts.single_period.previous_cumulative_value IS '上一期累计值 / cumulative value of the earlier period';
COMMENT ON COLUMN marts.single_period.vintage IS '所用数据中最新的版本时间 / newest vintage among the figures used';
