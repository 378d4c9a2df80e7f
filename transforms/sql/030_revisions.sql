-- incremental: indicator, year
-- every revision: a value that replaced an earlier vintage of the same series, and by how much
CREATE OR REPLACE TABLE marts.revisions AS
WITH v AS (
    SELECT *,
           lag(value) OVER w AS previous_value,
           lag(realtime_start) OVER w AS previous_seen,
           lag(source_url) OVER w AS previous_source_url
    FROM core.observation
    WINDOW w AS (PARTITION BY source, region, indicator, measure, period, cumulative ORDER BY realtime_start)
)
SELECT source, region, indicator, measure, period, cumulative, unit,
       previous_value, value AS revised_value,
       value - previous_value AS change,
       round(100 * (value - previous_value) / nullif(abs(previous_value), 0), 4) AS change_pct,
       previous_seen, realtime_start AS revised_at, recorded_at, realtime_end IS NULL AS is_current, source_url,
       load_id
FROM v
WHERE previous_seen IS NOT NULL AND value IS DISTINCT FROM previous_value
ORDER BY revised_at DESC, source, region, indicator, period;

COMMENT ON TABLE marts.revisions IS '数据修订记录 / Revisions: values that replaced an earlier vintage, with the change';
COMMENT ON COLUMN marts.revisions.change IS '修订幅度（规范单位）/ revised minus previous, canonical unit';
COMMENT ON COLUMN marts.revisions.change_pct IS '修订幅度（%）/ change as percent of the previous value';
