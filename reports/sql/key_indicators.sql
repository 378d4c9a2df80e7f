-- each province's most recent figure for the brief's key indicators, with source and vintage
SELECT region, indicator, period, frequency, cumulative, value, unit, yoy_pct, rank_among_provinces,
       provinces_ranked, yoy_rank_among_provinces, provinces_ranked_yoy, share_of_national_pct, per_capita, population_year,
       consistency, source, source_url, vintage
FROM marts.province_panel
WHERE indicator IN ('gdp', 'industrial_value_added', 'retail_sales', 'fixed_asset_investment', 'cpi',
                    'trade_total', 'fdi_utilized', 'disposable_income_per_capita')
  AND (value IS NOT NULL OR yoy_pct IS NOT NULL)
  AND region IN (SELECT region FROM marts.region WHERE in_briefings)
QUALIFY row_number() OVER (
    PARTITION BY region, indicator
    ORDER BY left(period, 4) DESC,
             CASE frequency WHEN 'A' THEN 12 WHEN 'Q' THEN 3 * CAST(right(period, 1) AS INTEGER)
                            ELSE CAST(right(period, 2) AS INTEGER) END DESC,
             cumulative DESC, value IS NOT NULL DESC,
             CASE frequency WHEN 'A' THEN 0 WHEN 'Q' THEN 1 ELSE 2 END, source) = 1
ORDER BY indicator, region = 'national', region
