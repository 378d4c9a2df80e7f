-- the newest period of every series in the province panel
SELECT region, indicator, period, frequency, cumulative, value, unit, yoy_pct, yoy_nominal_pct, rank_among_provinces,
       provinces_ranked, yoy_rank_among_provinces, provinces_ranked_yoy, share_of_national_pct, per_capita,
       population_year, consistency,
       source, source_url, vintage, yoy_source, yoy_vintage
FROM marts.province_panel
WHERE is_latest_period AND region IN (SELECT region FROM marts.region WHERE in_briefings)
ORDER BY indicator, frequency, cumulative, region = 'national', region, period
