-- What an incremental mart build reads (warehouse/marts.py), by name. $since is when the marts were
-- last built: every figure recorded or closed since then is a change the marts have not seen.

-- name: last_build
SELECT max(built_at) FROM meta.build;

-- name: affected
-- the (indicator, year) cells that changed: a new vintage is recorded now, a retired one closed now
CREATE OR REPLACE TEMP TABLE mart_affected AS
SELECT DISTINCT indicator, CAST(left(period, 4) AS INTEGER) AS year
FROM core.observation
WHERE recorded_at > $since OR realtime_end > $since;

-- name: scope
-- the cells whose mart rows are rebuilt: the changed ones, the year after each (its change on a year
-- earlier), and GDP where a sector changed (the panel checks that the sectors add up)
CREATE OR REPLACE TEMP TABLE mart_scope AS
SELECT indicator, year FROM mart_affected
UNION SELECT indicator, year + 1 FROM mart_affected
UNION SELECT 'gdp', year FROM mart_affected WHERE indicator IN ('gdp_primary', 'gdp_secondary', 'gdp_tertiary');

-- name: inputs
-- what those rows are computed from: their cells, the year before each, the GDP sectors beside GDP
-- and every resident population figure (per-resident values use the latest one up to the year)
CREATE OR REPLACE TEMP TABLE mart_input AS
SELECT indicator, year FROM mart_scope
UNION SELECT indicator, year - 1 FROM mart_scope
UNION SELECT part, year FROM mart_scope, (VALUES ('gdp_primary'), ('gdp_secondary'), ('gdp_tertiary')) AS p(part)
      WHERE indicator = 'gdp'
UNION SELECT DISTINCT indicator, CAST(left(period, 4) AS INTEGER) FROM core.observation
      WHERE indicator = 'population_resident';

-- name: observation_slice
CREATE OR REPLACE TEMP TABLE build_observation AS
SELECT o.* FROM core.observation AS o
JOIN mart_input AS i ON i.indicator = o.indicator AND i.year = CAST(left(o.period, 4) AS INTEGER);

-- name: latest_slice
CREATE OR REPLACE TEMP TABLE build_observation_latest AS
SELECT * EXCLUDE (realtime_end) FROM build_observation WHERE realtime_end IS NULL;

-- name: sizes
SELECT (SELECT count(*) FROM mart_scope), (SELECT count(*) FROM build_observation),
       (SELECT count(*) FROM core.observation);

-- name: notices_changed
SELECT EXISTS (SELECT 1 FROM core.notice WHERE last_changed > $since)
    OR EXISTS (SELECT 1 FROM core.notice_event WHERE event_at > $since);

-- name: population_changed
SELECT EXISTS (SELECT 1 FROM mart_affected WHERE indicator = 'population_resident');

-- name: drop_slice
DROP TABLE IF EXISTS build_observation;
DROP TABLE IF EXISTS build_observation_latest;

-- name: latest_period
UPDATE marts.province_panel AS p
SET is_latest_period = (p.period = l.newest)
FROM (SELECT region, indicator, frequency, cumulative, max(period) AS newest FROM marts.province_panel
      WHERE indicator IN (SELECT indicator FROM mart_scope) GROUP BY ALL) AS l
WHERE p.region = l.region AND p.indicator = l.indicator AND p.frequency = l.frequency
  AND p.cumulative = l.cumulative AND p.is_latest_period IS DISTINCT FROM (p.period = l.newest);
