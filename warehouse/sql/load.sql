-- The load stage's statements (warehouse/load.py), by name. Staging table names are fixed per
-- kind: {staging} and {core} are filled from warehouse/load.py's STAGING and CORE maps only.

-- name: log_row
SELECT load_id, source, status, rows_in, rows_loaded, pages_fetched, pages_failed, reason
FROM meta.load_log WHERE load_id = ?;

-- name: ever_loaded
SELECT count(*) FROM meta.load_log WHERE source = ? AND status IN ('success', 'partial');

-- name: clear_staging
DELETE FROM {staging} WHERE load_id = ?;

-- name: insert_staging
INSERT INTO {staging} BY NAME SELECT * FROM batch_df;

-- name: insert_staging_file
-- an observation batch's records.jsonl, read by DuckDB: keys not listed are ignored, missing ones NULL
INSERT INTO staging.observation BY NAME
SELECT $load_id AS load_id, *
FROM read_json($path, format = 'newline_delimited', columns = {
    'source': 'VARCHAR', 'region': 'VARCHAR', 'indicator': 'VARCHAR', 'measure': 'VARCHAR', 'period': 'VARCHAR',
    'cumulative': 'BOOLEAN', 'value': 'DOUBLE', 'unit': 'VARCHAR', 'preliminary': 'BOOLEAN',
    'source_text': 'VARCHAR', 'source_url': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'raw_sha256': 'VARCHAR',
    'indicator_zh': 'VARCHAR', 'published_date': 'DATE'});

-- name: read_staging
SELECT * EXCLUDE (load_id) FROM {staging} WHERE load_id = ?;

-- name: count_core
SELECT count(*) FROM {core};

-- name: quarantine_batch
INSERT INTO quarantine.batch VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: validation_result
INSERT INTO meta.validation_result VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: load_log
INSERT INTO meta.load_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: fetch
INSERT INTO raw.fetch BY NAME
SELECT * REPLACE (CAST(status AS INTEGER) AS status, CAST(fetched_at AS TIMESTAMPTZ) AS fetched_at) FROM fetch_df;

-- name: quarantine_page
INSERT INTO quarantine.page VALUES (?, ?, ?, ?, ?, ?);

-- name: loaded_page
INSERT OR REPLACE INTO raw.loaded_page VALUES (?, ?, ?, ?, ?);

-- name: changed_notices
SELECT notice_id FROM core.notice_version WHERE load_id = ?;

-- name: retire
-- close the current vintage of figures a re-parse no longer finds on its pages (a parser fix)
UPDATE core.observation AS o SET realtime_end = ?
WHERE o.realtime_end IS NULL AND o.source = ? AND o.source_url IN (SELECT unnest(?::VARCHAR[]))
  AND NOT EXISTS (SELECT 1 FROM staging.observation AS s
                  WHERE s.load_id = ? AND s.region = o.region AND s.indicator = o.indicator
                    AND s.measure = o.measure AND s.period = o.period AND s.cumulative = o.cumulative);

-- name: withdrawable
SELECT notice_id FROM core.notice WHERE withdrawn_at IS NULL AND source_url IN (SELECT unnest(?::VARCHAR[]));

-- name: withdrawn_event
INSERT INTO core.notice_event VALUES (?, 'withdrawn', 'page gone from the portal', ?, ?);

-- name: withdraw
UPDATE core.notice SET withdrawn_at = ?, last_changed = ? WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: region_table
-- the province registry (common/provinces.toml) as a table, rebuilt with the marts
CREATE OR REPLACE TABLE marts.region (
    region VARCHAR PRIMARY KEY, name_zh VARCHAR, name_hk VARCHAR, name_en VARCHAR, nbs_code VARCHAR,
    covered BOOLEAN, in_briefings BOOLEAN);

-- name: region_row
INSERT INTO marts.region VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: region_comments
COMMENT ON TABLE marts.region IS '地区登记表（common/provinces.toml）/ the province registry: codes, names, which the office covers';

-- name: indicator_table
-- the indicator catalogue (extractors/indicators.json) as a table, rebuilt with the marts
CREATE OR REPLACE TABLE marts.indicator (
    indicator VARCHAR PRIMARY KEY, name_zh VARCHAR, name_en VARCHAR, unit VARCHAR, frequency VARCHAR,
    section VARCHAR, measures VARCHAR[], real_growth BOOLEAN);

-- name: indicator_row
INSERT INTO marts.indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: indicator_comments
COMMENT ON TABLE marts.indicator IS '指标目录（extractors/indicators.json）/ the indicator catalogue: names, canonical unit, frequency, measures';
COMMENT ON COLUMN marts.indicator.frequency IS '最常见的发布频度：A 年度，Q 季度，M 月度 / most frequent publication: A annual, Q quarterly, M monthly';
COMMENT ON COLUMN marts.indicator.section IS '所属部分（与公报章节对应）/ section of a communiqué the indicator belongs to';
COMMENT ON COLUMN marts.indicator.measures IS '可有的度量：level、yoy_pct、share_pct 等 / measures it can have: level, yoy_pct, share_pct…';
COMMENT ON COLUMN marts.indicator.real_growth IS '公布的增速按可比价格计算（实际增速），不能由现价水平值推算 / published growth is real (comparable prices): current-price levels cannot check it';

-- name: record_build
INSERT INTO meta.build VALUES (?, ?);

-- name: last_tagger
SELECT fingerprint FROM meta.tagger ORDER BY tagged_at DESC LIMIT 1;

-- name: notices_to_tag
SELECT notice_id, title, coalesce(body_text, ''), topics, topic_terms, hk_relevant FROM core.notice;

-- name: retag
UPDATE core.notice AS c
SET topics = t.topics, topic_terms = t.topic_terms, hk_relevant = t.hk_relevant
FROM retag_df AS t
WHERE c.notice_id = t.notice_id;

-- name: record_tagger
INSERT INTO meta.tagger VALUES (?, ?, ?, ?);
