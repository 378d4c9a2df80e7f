-- figures first seen in the window, counted by source
SELECT source, count(DISTINCT indicator) AS indicators, count(*) AS figures, count(DISTINCT region) AS regions,
       min(period) AS first_period, max(period) AS last_period, max(realtime_start) AS vintage
FROM core.observation
WHERE realtime_start > $since AND realtime_start <= $until
GROUP BY source
ORDER BY source
