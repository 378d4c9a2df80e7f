-- the release calendar: for each statistics source and frequency, the newest period it holds, when the next
-- one is due (period end + the usual publication lag) and whether it is late
CREATE OR REPLACE TABLE marts.release_calendar AS
WITH held AS (
    SELECT source,
           CASE WHEN length(period) = 4 THEN 'A' WHEN period LIKE '____-Q_' THEN 'Q' ELSE 'M' END AS frequency,
           -- when the period was published: the page's own date where it has one (a re-parse or an undated
           -- page's load time would make a June release's 全年 target look published after the year)
           period, max(coalesce(CAST(published_date AS TIMESTAMPTZ), realtime_start)) AS published
    FROM core.observation_latest
    WHERE value IS NOT NULL AND region <> 'national'
    GROUP BY ALL
),
ended AS (
    SELECT *,
           CASE frequency
               WHEN 'A' THEN make_date(CAST(left(period, 4) AS INTEGER), 12, 31)
               WHEN 'Q' THEN last_day(make_date(CAST(left(period, 4) AS INTEGER), 3 * CAST(right(period, 1) AS INTEGER), 1))
               ELSE last_day(make_date(CAST(left(period, 4) AS INTEGER), CAST(right(period, 2) AS INTEGER), 1))
           END AS period_end
    FROM held
),
periods AS (
    SELECT source, frequency, period, published, period_end FROM ended
    -- a full-year figure closes the year of a source's quarterly and monthly series too: a bureau's
    -- December release states 全年 figures, held as the year, which are its fourth quarter and its December
    UNION ALL
    SELECT a.source, f.frequency, a.period, a.published, a.period_end
    FROM ended AS a
    JOIN (SELECT DISTINCT source, frequency FROM ended WHERE frequency <> 'A') AS f USING (source)
    -- (published after the year ended: a June release's 全年 target or plan closes nothing)
    WHERE a.frequency = 'A' AND CAST(a.published AS DATE) > a.period_end
),
newest AS (
    SELECT source, frequency, period, published, period_end
    FROM periods
    -- (a bureau's monthly releases have no annual schedule of their own: their year is the months')
    WHERE NOT (frequency = 'A' AND source LIKE 'releases_%')
    QUALIFY row_number() OVER (PARTITION BY source, frequency ORDER BY period_end DESC, length(period) DESC) = 1
),
due AS (
    SELECT *, CAST(CASE frequency
                       WHEN 'A' THEN period_end + INTERVAL 1 YEAR + INTERVAL 120 DAY  -- communiqués come by April
                       WHEN 'Q' THEN last_day(period_end + INTERVAL 3 MONTH) + INTERVAL 30 DAY
                       ELSE last_day(period_end + INTERVAL 1 MONTH) + INTERVAL 25 DAY
                   END AS DATE) AS next_due
    FROM newest
)
SELECT source, frequency, period AS newest_period, CAST(published AS DATE) AS newest_published, next_due,
       current_date > next_due AS is_late
FROM due
ORDER BY is_late DESC, source, frequency;

COMMENT ON TABLE marts.release_calendar IS '发布日历：各来源最新期数、下一期应发布日期、是否逾期 / Release calendar: newest period per source, when the next is due, whether it is late';
COMMENT ON COLUMN marts.release_calendar.frequency IS '频度：A 年度，Q 季度，M 月度 / frequency: A annual, Q quarterly, M monthly';
COMMENT ON COLUMN marts.release_calendar.newest_period IS '已入库的最新期数 / newest period held';
COMMENT ON COLUMN marts.release_calendar.newest_published IS '最新期数的发布日期 / publication date of the newest period';
COMMENT ON COLUMN marts.release_calendar.next_due IS '下一期应发布的日期（期末加惯常发布时滞）/ when the next period is due: its end plus the usual publication lag';
COMMENT ON COLUMN marts.release_calendar.is_late IS '下一期已逾期未到 / the next period is overdue';
