-- when each statistics source's next period is due, and which are late
SELECT source, frequency, newest_period, newest_published, next_due,
       CAST(timezone('Asia/Shanghai', $until) AS DATE) > next_due AS is_late  -- as of the briefing's cut-off
FROM marts.release_calendar
ORDER BY is_late DESC, next_due, source, frequency
