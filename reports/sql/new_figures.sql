-- figures this warehouse first held in the window (recorded_at), counted by source
SELECT source, count(DISTINCT indicator) AS indicators, count(*) AS figures, count(DISTINCT region) AS regions,
       min(period) AS first_period, max(period) AS last_period, max(realtime_start) AS vintage
FROM core.observation
WHERE recorded_at > $since AND recorded_at <= $until
  AND region IN (SELECT region FROM marts.region WHERE in_briefings)
GROUP BY source
ORDER BY source
