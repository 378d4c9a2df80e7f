-- annual regional GDP with sectors, share of national and rank (NBS)
SELECT region, year AS period, gdp_cny AS value, primary_cny, secondary_cny, tertiary_cny, gdp_per_capita_cny,
       share_of_national_pct, rank_among_five, 'nbs' AS source, source_url, vintage
FROM marts.regional_gdp
ORDER BY year DESC, region = 'national', gdp_cny DESC, region
