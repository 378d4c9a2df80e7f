-- each province's most recent figure for the brief's key indicators, with source and vintage; the nation's
-- for the period most provinces show when the nation has it (a full year beside full years, not 2025-Q3),
-- else its most recent, which the cell labels
WITH ranked AS (
    SELECT region, indicator, period, frequency, cumulative, value, unit, yoy_pct, rank_among_provinces,
           provinces_ranked, yoy_rank_among_provinces, provinces_ranked_yoy, share_of_national_pct, per_capita,
           population_year, consistency, source, source_url, vintage,
           row_number() OVER (
               PARTITION BY region, indicator
               ORDER BY left(period, 4) DESC,
                        CASE frequency WHEN 'A' THEN 12 WHEN 'Q' THEN 3 * CAST(right(period, 1) AS INTEGER)
                                       ELSE CAST(right(period, 2) AS INTEGER) END DESC,
                        cumulative DESC, value IS NOT NULL DESC,
                        CASE frequency WHEN 'A' THEN 0 WHEN 'Q' THEN 1 ELSE 2 END, source) AS recency
    FROM marts.province_panel
    WHERE indicator IN ('gdp', 'industrial_value_added', 'retail_sales', 'fixed_asset_investment', 'cpi',
                        'trade_total', 'fdi_utilized', 'disposable_income_per_capita')
      AND (value IS NOT NULL OR yoy_pct IS NOT NULL)
      AND region IN (SELECT region FROM marts.region WHERE in_briefings)
),
provinces AS (
    SELECT * EXCLUDE (recency) FROM ranked WHERE recency = 1 AND region <> 'national'
),
common AS (  -- the period most provinces show, the latest of equals
    SELECT indicator, period, frequency, cumulative
    FROM provinces
    GROUP BY indicator, period, frequency, cumulative
    QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY count(*) DESC, period DESC) = 1
),
nation AS (
    SELECT r.* EXCLUDE (recency)
    FROM ranked AS r
    LEFT JOIN common AS c
      ON c.indicator = r.indicator AND c.period = r.period AND c.frequency = r.frequency
     AND c.cumulative = r.cumulative
    WHERE r.region = 'national'
    QUALIFY row_number() OVER (PARTITION BY r.indicator ORDER BY c.period IS NOT NULL DESC, r.recency) = 1
)
SELECT * FROM provinces
UNION ALL BY NAME
SELECT * FROM nation
ORDER BY indicator, region = 'national', region
