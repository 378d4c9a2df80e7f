-- the series whose value, unit or status changed (or that are new), and when their new vintage starts:
-- the source's publication date when it has one later than the vintage it replaces, else now
CREATE OR REPLACE TEMP TABLE changed AS
SELECT s.*,
       CASE WHEN s.published_date IS NOT NULL
             AND (o.realtime_start IS NULL OR CAST(s.published_date AS TIMESTAMPTZ) > o.realtime_start)
             AND CAST(s.published_date AS TIMESTAMPTZ) <= $now
            THEN CAST(s.published_date AS TIMESTAMPTZ) ELSE $now END AS new_start
FROM staging.observation AS s
LEFT JOIN core.observation AS o
  ON o.realtime_end IS NULL
 AND o.source = s.source AND o.region = s.region AND o.indicator = s.indicator
 AND o.measure = s.measure AND o.period = s.period AND o.cumulative = s.cumulative
WHERE s.load_id = $load_id
  AND (o.source IS NULL OR o.value IS DISTINCT FROM s.value OR o.unit <> s.unit OR o.preliminary <> s.preliminary)
  -- an older publication read again (a backfill, a re-parse) never displaces what a newer one said
  AND NOT (s.published_date IS NOT NULL AND o.published_date IS NOT NULL AND s.published_date < o.published_date);

-- close the current vintage of every changed series where the new one starts
UPDATE core.observation AS o
SET realtime_end = c.new_start
FROM changed AS c
WHERE o.realtime_end IS NULL
  AND o.source = c.source AND o.region = c.region AND o.indicator = c.indicator
  AND o.measure = c.measure AND o.period = c.period AND o.cumulative = c.cumulative;

-- open the new vintage
INSERT INTO core.observation BY NAME
SELECT source, region, indicator, measure, period, cumulative, value, unit, preliminary, source_text, source_url,
       fetched_at, raw_sha256, load_id, new_start AS realtime_start, NULL AS realtime_end, indicator_zh,
       published_date, $now AS recorded_at
FROM changed;

DROP TABLE changed;
