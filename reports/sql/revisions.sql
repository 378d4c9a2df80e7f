-- revisions recorded in the window (recorded_at): what changed since the last brief, whatever its publication date
SELECT source, region, indicator, measure, period, cumulative, unit, previous_value, revised_value, change,
       change_pct, previous_seen, revised_at AS vintage, is_current, source_url
FROM marts.revisions
WHERE recorded_at > $since AND recorded_at <= $until
  AND region IN (SELECT region FROM marts.region WHERE in_briefings)
ORDER BY revised_at DESC, source, region, indicator, measure, period, cumulative
