-- annual regional GDP with sectors, share of national and rank (NBS)
SELECT region, year AS period, gdp_cny AS value, primary_cny, secondary_cny, tertiary_cny, gdp_per_capita_cny,
       share_of_national_pct, rank_among_provinces, provinces_ranked, 'nbs' AS source, source_url, vintage
FROM marts.regional_gdp
WHERE region IN (SELECT region FROM marts.region WHERE in_briefings)
ORDER BY year DESC, region = 'national', gdp_cny DESC, region
