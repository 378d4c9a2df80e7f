-- the same figure from NBS and from a provincial bureau, side by side; flag differences over 0.5%
CREATE OR REPLACE TABLE marts.reconciliation AS
WITH nbs AS (
    SELECT * FROM core.observation_latest WHERE source = 'nbs' AND value IS NOT NULL
),
bureau AS (
    SELECT * FROM core.observation_latest WHERE source LIKE 'communiques_%' AND value IS NOT NULL
)
SELECT n.region, n.indicator, n.measure, n.period, n.cumulative, n.unit,
       n.value AS nbs_value, b.value AS bureau_value,
       b.value - n.value AS difference,
       round(100 * (b.value - n.value) / nullif(abs(n.value), 0), 4) AS difference_pct,
       abs(b.value - n.value) > 0.005 * abs(n.value) AS flagged,
       n.source_url AS nbs_source_url, b.source_url AS bureau_source_url,
       n.realtime_start AS nbs_vintage, b.realtime_start AS bureau_vintage
FROM nbs AS n
JOIN bureau AS b USING (region, indicator, measure, period, cumulative)
ORDER BY flagged DESC, abs(difference_pct) DESC NULLS LAST, region, indicator, period;

COMMENT ON TABLE marts.reconciliation IS '国家统计局与省统计局数据对照 / NBS versus provincial bureau, same figure';
COMMENT ON COLUMN marts.reconciliation.flagged IS '差异超过0.5% / difference above the 0.5% tolerance';
