-- figures this warehouse first held in the window, counted by source: a key (region, indicator, measure, period,
-- cumulative) whose first value was recorded then (not a revision of a figure held before, which the revisions
-- list, nor an NBS 无 with no value); the first and last periods by when they end (2025-10 is after 2025-Q3,
-- though it sorts before it as text)
WITH first AS (
    SELECT source, region, indicator, measure, period, cumulative,
           min(recorded_at) AS recorded_at, arg_min(realtime_start, recorded_at) AS realtime_start
    FROM core.observation
    WHERE value IS NOT NULL AND region IN (SELECT region FROM marts.region WHERE in_briefings)
    GROUP BY ALL
)
SELECT source, count(DISTINCT indicator) AS indicators, count(*) AS figures, count(DISTINCT region) AS regions,
       arg_min(period, period_end) AS first_period, arg_max(period, period_end) AS last_period,
       max(realtime_start) AS vintage
FROM (SELECT *, left(period, 4) || CASE WHEN length(period) = 4 THEN '-12'
                                        WHEN period LIKE '____-Q_' THEN '-' || lpad(CAST(3 * CAST(right(period, 1) AS INTEGER) AS VARCHAR), 2, '0')
                                        ELSE substr(period, 5, 3) END
                 -- (a month, a quarter and a year ending together: the shortest is the latest to end first)
                 || CASE WHEN length(period) = 4 THEN 'c' WHEN period LIKE '____-Q_' THEN 'b' ELSE 'a' END AS period_end
      FROM first) AS o
WHERE recorded_at > $since AND recorded_at <= $until
GROUP BY source
ORDER BY source
