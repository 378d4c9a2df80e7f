-- single-period values derived from year-to-date series
SELECT source, region, indicator, period, frequency, covers_from, months_covered, value, stated_value, stated_differs,
       cumulative_value,
       previous_period, previous_cumulative_value, unit, source_url, vintage
FROM marts.single_period
WHERE region IN (SELECT region FROM marts.region WHERE in_briefings)
ORDER BY source, region, indicator, period
