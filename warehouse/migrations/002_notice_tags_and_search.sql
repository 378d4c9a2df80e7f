-- tags for the office's work (matched terms kept as reasons), Hong Kong Traditional titles,
-- lifecycle events, and a jieba-segmented inverted index for Chinese full-text search (BM25)
ALTER TABLE staging.notice ADD COLUMN topics VARCHAR;
ALTER TABLE staging.notice ADD COLUMN topic_terms VARCHAR;
ALTER TABLE staging.notice ADD COLUMN hk_relevant BOOLEAN;
ALTER TABLE staging.notice ADD COLUMN title_hant VARCHAR;
ALTER TABLE core.notice ADD COLUMN topics VARCHAR;
ALTER TABLE core.notice ADD COLUMN topic_terms VARCHAR;
ALTER TABLE core.notice ADD COLUMN hk_relevant BOOLEAN;
ALTER TABLE core.notice ADD COLUMN title_hant VARCHAR;
ALTER TABLE core.notice ADD COLUMN withdrawn_at TIMESTAMPTZ;

CREATE TABLE core.notice_event (
    notice_id VARCHAR NOT NULL, event VARCHAR NOT NULL,  -- new | revised | withdrawn | reappeared
    detail VARCHAR, load_id VARCHAR NOT NULL, event_at TIMESTAMPTZ NOT NULL
);

CREATE SCHEMA IF NOT EXISTS search;
CREATE TABLE search.doc (notice_id VARCHAR PRIMARY KEY, length INTEGER NOT NULL);
CREATE TABLE search.posting (term VARCHAR NOT NULL, notice_id VARCHAR NOT NULL, tf INTEGER NOT NULL,
                             PRIMARY KEY (term, notice_id));
