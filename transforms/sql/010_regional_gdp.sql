-- annual regional GDP and its three sectors, current vintage, with the national share
CREATE OR REPLACE TABLE marts.regional_gdp AS
WITH cur AS (
    SELECT region, period, indicator, value, source_url, fetched_at, realtime_start
    FROM core.observation_latest
    WHERE source = 'nbs' AND measure = 'level' AND NOT cumulative AND length(period) = 4
      AND indicator IN ('gdp', 'gdp_primary', 'gdp_secondary', 'gdp_tertiary', 'gdp_per_capita')
),
wide AS (
    SELECT region, period AS year,
           max(value) FILTER (WHERE indicator = 'gdp') AS gdp_cny,
           max(value) FILTER (WHERE indicator = 'gdp_primary') AS primary_cny,
           max(value) FILTER (WHERE indicator = 'gdp_secondary') AS secondary_cny,
           max(value) FILTER (WHERE indicator = 'gdp_tertiary') AS tertiary_cny,
           max(value) FILTER (WHERE indicator = 'gdp_per_capita') AS gdp_per_capita_cny,
           max(realtime_start) AS vintage,
           max(source_url) AS source_url
    FROM cur
    GROUP BY region, period
)
SELECT w.region, w.year, w.gdp_cny, w.primary_cny, w.secondary_cny, w.tertiary_cny,
       w.gdp_per_capita_cny,
       100 * w.gdp_cny / n.gdp_cny AS share_of_national_pct,  -- unrounded: a display rounds once
       CASE WHEN w.region <> 'national' AND w.gdp_cny IS NOT NULL
            THEN rank() OVER (PARTITION BY w.year, w.region = 'national' ORDER BY w.gdp_cny DESC NULLS LAST)
       END AS rank_among_provinces,
       CASE WHEN w.region <> 'national' AND w.gdp_cny IS NOT NULL
            THEN count(*) OVER (PARTITION BY w.year, w.region = 'national') END AS provinces_ranked,
       w.vintage, w.source_url
FROM wide AS w
LEFT JOIN wide AS n ON n.region = 'national' AND n.year = w.year
WHERE w.gdp_cny IS NOT NULL
ORDER BY w.year DESC, w.region = 'national', w.gdp_cny DESC;

COMMENT ON TABLE marts.regional_gdp IS '各省地区生产总值（年度，最新值）/ Annual regional GDP, latest vintage, NBS data API';
COMMENT ON COLUMN marts.regional_gdp.gdp_cny IS '地区生产总值，元 / GDP in CNY';
COMMENT ON COLUMN marts.regional_gdp.share_of_national_pct IS '占全国比重（%）/ share of national GDP, percent';
COMMENT ON COLUMN marts.regional_gdp.rank_among_provinces IS '在有数据的省份中的排名 / rank among the provinces with a figure for the year';
COMMENT ON COLUMN marts.regional_gdp.provinces_ranked IS '参与排名的省份数 / how many provinces were ranked';
