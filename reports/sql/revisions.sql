-- revisions seen in the window: what changed since the last brief
SELECT source, region, indicator, measure, period, cumulative, unit, previous_value, revised_value, change,
       change_pct, previous_seen, revised_at AS vintage, is_current, source_url
FROM marts.revisions
WHERE revised_at > $since AND revised_at <= $until
ORDER BY revised_at DESC, source, region, indicator, measure, period, cumulative
