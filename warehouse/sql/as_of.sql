-- what was known at a moment: the vintage of each series current then
SELECT source, region, indicator, measure, period, cumulative, value, unit, preliminary, source_url,
       realtime_start, realtime_end
FROM core.observation
WHERE realtime_start <= $as_of AND (realtime_end IS NULL OR realtime_end > $as_of)
  AND ($region IS NULL OR region = $region) AND ($indicator IS NULL OR indicator = $indicator)
ORDER BY source, region, indicator, measure, period, cumulative
