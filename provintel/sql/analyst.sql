-- Questions analysts ask the warehouse every day (the bench times them at scale, `make bench`).
-- Parameters: $region (a covered province), $year.

-- name: latest_gdp_ranked
SELECT region, period, value, yoy_pct, rank_among_provinces, provinces_ranked, share_of_national_pct
FROM marts.province_panel
WHERE indicator = 'gdp' AND is_latest_period AND NOT cumulative
ORDER BY rank_among_provinces;

-- name: province_year
SELECT indicator, period, value, unit, yoy_pct, rank_among_provinces
FROM marts.province_panel
WHERE region = $region AND left(period, 4) = $year::VARCHAR
ORDER BY indicator, period;

-- name: monthly_series
SELECT period, value, yoy_pct
FROM marts.province_panel
WHERE region = $region AND indicator = 'industrial_value_added' AND frequency = 'M' AND NOT cumulative
ORDER BY period;

-- name: all_provinces_ranked
SELECT region, value, rank_among_provinces, per_capita
FROM marts.province_panel
WHERE indicator = 'gdp' AND period = $year || '-Q4' AND cumulative = false
ORDER BY rank_among_provinces;

-- name: as_known_on
-- what the warehouse said about a province's figures for a year on a given day (vintages)
SELECT indicator, measure, period, value, realtime_start
FROM core.observation
WHERE region = $region AND left(period, 4) = $year::VARCHAR AND source = 'nbs'
  AND realtime_start <= make_date($year + 1, 6, 30)
  AND (realtime_end IS NULL OR realtime_end > make_date($year + 1, 6, 30))
ORDER BY indicator, measure, period;

-- name: recent_revisions
SELECT indicator, period, previous_value, revised_value, change_pct, revised_at
FROM marts.revisions
WHERE region = $region
ORDER BY revised_at DESC
LIMIT 50;

-- name: latest_notices
SELECT title, doc_number, issuer, published_date, source_url
FROM marts.notices_latest
WHERE province = $region
ORDER BY published_date DESC
LIMIT 50;

-- name: digest_week
SELECT event, province, title, doc_number, hk_relevant, emergency
FROM marts.notices_digest
WHERE event_date > (SELECT max(event_date) FROM marts.notices_digest) - 7
ORDER BY hk_relevant DESC, province, event_at DESC;

-- name: emergency_in_force
SELECT province, title, published_date, source_url
FROM marts.emergency_notices
WHERE in_force AND province = $region
ORDER BY published_date DESC
LIMIT 20;
