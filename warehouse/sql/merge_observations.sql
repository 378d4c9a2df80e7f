-- close the current vintage of every series whose value, unit or status changed
UPDATE core.observation AS o
SET realtime_end = $now
FROM staging.observation AS s
WHERE s.load_id = $load_id
  AND o.realtime_end IS NULL
  AND o.source = s.source AND o.region = s.region AND o.indicator = s.indicator
  AND o.measure = s.measure AND o.period = s.period AND o.cumulative = s.cumulative
  AND (o.value IS DISTINCT FROM s.value OR o.unit <> s.unit OR o.preliminary <> s.preliminary);

-- open a vintage for every series with no current one (new, or just closed above)
INSERT INTO core.observation
SELECT s.source, s.region, s.indicator, s.measure, s.period, s.cumulative, s.value, s.unit,
       s.preliminary, s.source_text, s.source_url, s.fetched_at, s.raw_sha256, s.load_id,
       $now AS realtime_start, NULL AS realtime_end, s.indicator_zh
FROM staging.observation AS s
WHERE s.load_id = $load_id
  AND NOT EXISTS (
      SELECT 1 FROM core.observation AS o
      WHERE o.realtime_end IS NULL
        AND o.source = s.source AND o.region = s.region AND o.indicator = s.indicator
        AND o.measure = s.measure AND o.period = s.period AND o.cumulative = s.cumulative);
