-- The observation suites' frames, computed inside DuckDB from the staged batch (warehouse/audit.py):
-- Great Expectations then checks these columns. $load_id names the batch; audit_indicator,
-- audit_region and audit_unit_pair are the catalogue and registry as small tables.

-- name: observations
SELECT s.source, s.region, s.indicator, s.measure, s.period, s.cumulative, s.unit, s.source_url, s.raw_sha256,
       -- the period's first day as yyyymmdd: GX compares numbers reliably where it stumbles on dates
       CASE WHEN NOT regexp_matches(s.period, '^[0-9]{4}') THEN NULL
            WHEN s.period LIKE '%-Q%' THEN TRY_CAST(left(s.period, 4) AS INTEGER) * 10000
                 + (3 * TRY_CAST(right(s.period, 1) AS INTEGER) - 2) * 100 + 1
            WHEN length(s.period) = 7 THEN TRY_CAST(left(s.period, 4) AS INTEGER) * 10000
                 + TRY_CAST(substr(s.period, 6, 2) AS INTEGER) * 100 + 1
            ELSE TRY_CAST(left(s.period, 4) AS INTEGER) * 10000 + 101 END AS period_start,
       -- headline series (GDP, prices, incomes) move within a band; a product's output can triple
       CASE WHEN s.measure = 'yoy_pct' AND list_contains($headline, i.section) THEN s.value END AS growth,
       CASE WHEN s.measure = 'yoy_pct' THEN s.value END AS growth_any,
       CASE WHEN s.measure = 'level' THEN s.value END AS level_value,
       CASE WHEN s.indicator = 'population_resident' AND s.measure = 'level' AND s.region <> 'national'
            THEN s.value / 10000 END AS population_wan,
       -- position within the province's plausible range: 0..1 passes
       CASE WHEN s.indicator = 'population_resident' AND s.measure = 'level' AND s.region <> 'national'
            THEN (s.value / 10000 - r.low) / (r.high - r.low) END AS population_in_range,
       -- levels in the catalogue's unit (money may be reported in yuan or dollars, as FDI is)
       CASE WHEN s.measure = 'level' THEN u.unit IS NOT NULL END AS unit_matches_catalogue
FROM staging.observation AS s
LEFT JOIN audit_indicator AS i ON i.indicator = s.indicator
LEFT JOIN audit_region AS r ON r.region = s.region
LEFT JOIN audit_unit_pair AS u ON u.unit = s.unit AND u.catalogue_unit = i.unit
WHERE s.load_id = $load_id;

-- name: gdp_identity
-- the GDP identity on the batch laid over current core rows for the same regions and periods: a
-- batch that changes one sector must still add up with the others
WITH batch AS (
    SELECT source, region, indicator, measure, period, cumulative, value, 0 AS priority
    FROM staging.observation WHERE load_id = $load_id
),
context AS (
    SELECT o.source, o.region, o.indicator, o.measure, o.period, o.cumulative, o.value, 1 AS priority
    FROM core.observation_latest AS o
    WHERE EXISTS (SELECT 1 FROM batch AS b WHERE b.source = o.source AND b.region = o.region AND b.period = o.period)
),
parts AS (
    -- the batch's row wins over core's for the same figure, even when the batch's is empty (then the
    -- identity is not checked for that key, as before)
    SELECT source, region, period, cumulative, indicator, value
    FROM (FROM batch UNION ALL FROM context)
    WHERE measure = 'level' AND indicator IN ('gdp', 'gdp_primary', 'gdp_secondary', 'gdp_tertiary')
    QUALIFY row_number() OVER (PARTITION BY source, region, indicator, measure, period, cumulative
                               ORDER BY priority) = 1
),
wide AS (
    SELECT source, region, period, cumulative,
           any_value(value) FILTER (WHERE indicator = 'gdp') AS gdp,
           any_value(value) FILTER (WHERE indicator = 'gdp_primary') AS p1,
           any_value(value) FILTER (WHERE indicator = 'gdp_secondary') AS p2,
           any_value(value) FILTER (WHERE indicator = 'gdp_tertiary') AS p3
    FROM parts WHERE value IS NOT NULL GROUP BY ALL
)
SELECT source, region, period, cumulative, (p1 + p2 + p3 - gdp) / gdp * 100 AS sector_gap_pct
FROM wide
WHERE gdp IS NOT NULL AND p1 IS NOT NULL AND p2 IS NOT NULL AND p3 IS NOT NULL
ORDER BY ALL;
