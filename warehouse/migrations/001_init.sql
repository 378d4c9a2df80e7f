-- schemas: raw (fetch ledger), staging (batches being audited), core (published facts),
-- marts (what briefings read), quarantine (what failed, with why), meta (loads, validations)
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS marts;
CREATE SCHEMA IF NOT EXISTS quarantine;
CREATE SCHEMA IF NOT EXISTS meta;

CREATE TABLE meta.load_log (
    load_id       VARCHAR PRIMARY KEY,
    source        VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    rows_in       INTEGER NOT NULL DEFAULT 0,
    rows_loaded   INTEGER NOT NULL DEFAULT 0,
    pages_fetched INTEGER NOT NULL DEFAULT 0,
    pages_failed  INTEGER NOT NULL DEFAULT 0,
    status        VARCHAR NOT NULL,  -- success | no_change | quarantined | partial
    reason        VARCHAR
);

CREATE TABLE meta.validation_result (
    load_id      VARCHAR NOT NULL,
    suite        VARCHAR NOT NULL,
    success      BOOLEAN NOT NULL,
    evaluated    INTEGER NOT NULL,
    failed       INTEGER NOT NULL,
    failures     VARCHAR,  -- json list of failed expectations
    result_json  VARCHAR,
    validated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE raw.fetch (
    load_id    VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    method     VARCHAR NOT NULL,
    outcome    VARCHAR NOT NULL,
    status     INTEGER,
    attempts   INTEGER NOT NULL,
    sha256     VARCHAR,
    fetched_at TIMESTAMPTZ NOT NULL,
    error      VARCHAR
);

-- the content hash last loaded for each request (method, url, body): an unchanged page is
-- never loaded twice, and a page that changes back is loaded again
CREATE TABLE raw.loaded_page (
    source      VARCHAR NOT NULL,
    request_key VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    load_id     VARCHAR NOT NULL,
    PRIMARY KEY (source, request_key)
);

CREATE TABLE staging.observation (
    load_id VARCHAR NOT NULL, source VARCHAR NOT NULL, region VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
    measure VARCHAR NOT NULL, period VARCHAR NOT NULL, cumulative BOOLEAN NOT NULL, value DOUBLE,
    unit VARCHAR NOT NULL, preliminary BOOLEAN NOT NULL, source_text VARCHAR,
    source_url VARCHAR NOT NULL, fetched_at TIMESTAMPTZ NOT NULL, raw_sha256 VARCHAR NOT NULL
);

-- every distinct value seen for a series key, ALFRED-style: realtime_end NULL = still current
CREATE TABLE core.observation (
    source VARCHAR NOT NULL, region VARCHAR NOT NULL, indicator VARCHAR NOT NULL, measure VARCHAR NOT NULL,
    period VARCHAR NOT NULL, cumulative BOOLEAN NOT NULL, value DOUBLE, unit VARCHAR NOT NULL,
    preliminary BOOLEAN NOT NULL, source_text VARCHAR, source_url VARCHAR NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL, raw_sha256 VARCHAR NOT NULL, load_id VARCHAR NOT NULL,
    realtime_start TIMESTAMPTZ NOT NULL, realtime_end TIMESTAMPTZ
);

CREATE TABLE staging.notice (
    load_id VARCHAR NOT NULL, source VARCHAR NOT NULL, notice_id VARCHAR NOT NULL, province VARCHAR NOT NULL, title VARCHAR,
    doc_number VARCHAR, doc_prefix VARCHAR, doc_year INTEGER, doc_serial INTEGER, issuer VARCHAR,
    doc_type VARCHAR, issued_date DATE, published_date DATE, index_number VARCHAR, validity VARCHAR,
    column_name VARCHAR, body_text VARCHAR, attachments VARCHAR, content_hash VARCHAR NOT NULL,
    source_url VARCHAR NOT NULL, fetched_at TIMESTAMPTZ NOT NULL, raw_sha256 VARCHAR NOT NULL,
    provenance VARCHAR NOT NULL
);

CREATE TABLE core.notice (
    notice_id VARCHAR PRIMARY KEY, province VARCHAR NOT NULL, title VARCHAR NOT NULL,
    doc_number VARCHAR, doc_prefix VARCHAR, doc_year INTEGER, doc_serial INTEGER, issuer VARCHAR,
    doc_type VARCHAR, issued_date DATE, published_date DATE, index_number VARCHAR, validity VARCHAR,
    column_name VARCHAR, body_text VARCHAR NOT NULL, attachments VARCHAR, content_hash VARCHAR NOT NULL,
    version INTEGER NOT NULL, source_url VARCHAR NOT NULL, fetched_at TIMESTAMPTZ NOT NULL,
    raw_sha256 VARCHAR NOT NULL, load_id VARCHAR NOT NULL, provenance VARCHAR NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL, last_changed TIMESTAMPTZ NOT NULL
);

CREATE TABLE core.notice_version (
    notice_id VARCHAR NOT NULL, version INTEGER NOT NULL, content_hash VARCHAR NOT NULL,
    title VARCHAR, doc_number VARCHAR, validity VARCHAR, body_text VARCHAR, load_id VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL, seen_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (notice_id, version)
);

CREATE TABLE quarantine.batch (
    load_id VARCHAR NOT NULL, source VARCHAR NOT NULL, reason VARCHAR NOT NULL, rows INTEGER NOT NULL,
    rows_json VARCHAR, validation_json VARCHAR, quarantined_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE quarantine.page (
    load_id VARCHAR NOT NULL, source VARCHAR NOT NULL, url VARCHAR NOT NULL, sha256 VARCHAR,
    reason VARCHAR NOT NULL, quarantined_at TIMESTAMPTZ NOT NULL
);

CREATE VIEW core.observation_latest AS
SELECT * EXCLUDE (realtime_end) FROM core.observation WHERE realtime_end IS NULL;
