-- A generated warehouse at the scale the office is heading for (provintel/synthetic.py): every
-- registered region and catalogue series over $years years from three sources, a revised vintage for
-- one series in five, and $notices notices written from jieba's dictionary words (log-uniform, like
-- real text: few common words, many rare ones) with the search postings those words give.
-- Pseudo-random numbers come from hash(), so the same parameters give the same warehouse.

-- name: periods
CREATE OR REPLACE TEMP TABLE synth_period AS
SELECT 'A' AS frequency, y::VARCHAR AS period, y AS year, make_date(y::BIGINT, 12, 31) AS period_end
FROM range($first_year, $first_year + $years) t(y)
UNION ALL
SELECT 'Q', y || '-Q' || q, y, last_day(make_date(y::BIGINT, 3 * q::BIGINT, 1))
FROM range($first_year, $first_year + $years) t(y), range(1, 5) u(q)
UNION ALL
SELECT 'M', y || '-' || lpad(m::VARCHAR, 2, '0'), y, last_day(make_date(y::BIGINT, m::BIGINT, 1))
FROM range($first_year, $first_year + $years) t(y), range(1, 13) u(m);

-- name: observations
INSERT INTO core.observation BY NAME
WITH series AS (
    SELECT r.region, s.source, i.indicator, i.zh, i.unit, m.measure, p.period, p.period_end, c.cumulative,
           hash(r.region, s.source, i.indicator, m.measure, p.period, c.cumulative, $seed) AS h
    FROM synth_region AS r
    JOIN synth_source AS s USING (region)
    JOIN synth_indicator AS i ON s.kind = 'nbs' OR (s.kind = 'releases') = (i.frequency <> 'A')
    CROSS JOIN unnest(i.measures) AS m(measure)
    JOIN synth_period AS p USING (frequency)
    CROSS JOIN (VALUES (false), (true)) AS c(cumulative)
    WHERE NOT c.cumulative OR i.frequency = 'M'
),
vintages AS (
    SELECT *, v.n::INTEGER AS vintage FROM series CROSS JOIN range(2) AS v(n) WHERE v.n = 0 OR h % 5 = 0
)
SELECT source, region, indicator, measure, period, cumulative,
       CASE WHEN measure = 'level' THEN round(100 + h % 90000 / 10.0 + vintage, 1)
            ELSE round(h % 200 / 10.0 - 5 + vintage / 10.0, 1) END AS value,
       CASE WHEN measure = 'level' THEN unit ELSE 'pct' END AS unit,
       false AS preliminary, zh || ' ' || measure AS source_text,
       'https://data.stats.gov.cn/synthetic/' || source || '/' || period AS source_url,
       CAST(period_end + 20 + 90 * vintage AS TIMESTAMPTZ) AS fetched_at, md5(h::VARCHAR) AS raw_sha256,
       'synthetic-' || source || '-' || left(period, 4) || '-' || vintage AS load_id,
       CAST(period_end + 20 + 90 * vintage AS TIMESTAMPTZ) AS realtime_start,
       CASE WHEN vintage = 0 AND h % 5 = 0 THEN CAST(period_end + 110 AS TIMESTAMPTZ) END AS realtime_end,
       zh AS indicator_zh, period_end + 20 + 90 * vintage AS published_date,
       CAST(period_end + 20 + 90 * vintage AS TIMESTAMPTZ) AS recorded_at
FROM vintages;

-- name: vocabulary
CREATE OR REPLACE TEMP TABLE synth_vocab AS
SELECT row_number() OVER (ORDER BY freq DESC, word) AS rank, word
FROM read_csv($dictionary, delim = ' ', header = false, quote = '',
              columns = {'word': 'VARCHAR', 'freq': 'BIGINT', 'tag': 'VARCHAR'})
WHERE regexp_full_match(word, '[\x{4e00}-\x{9fff}]{2,4}') AND NOT list_contains($stop, word)
ORDER BY freq DESC
LIMIT $vocabulary;

-- name: words
-- word `pos` of notice `n`: rank ~ log-uniform over the vocabulary (Zipf-like)
CREATE OR REPLACE TEMP TABLE synth_word AS
SELECT d.n, d.pos, v.word
FROM (SELECT n, pos, 1 + floor(exp((hash(n, pos, $seed) % 1000003) / 1000003.0 * ln($vocabulary)))::BIGINT AS rank
      FROM range($notices) AS a(n), range($words) AS b(pos)) AS d
JOIN synth_vocab AS v USING (rank);

-- name: notices
INSERT INTO core.notice BY NAME
WITH text AS (
    SELECT n, string_agg(word, '' ORDER BY pos) FILTER (WHERE pos < 8) || '的通知' AS title,
           string_agg(word, '' ORDER BY pos) AS body_text
    FROM synth_word GROUP BY n
),
n AS (
    SELECT t.*, p.region AS province, p.prefix, hash(t.n, $seed) AS h,
           DATE '2025-12-31' - CAST(hash(t.n, 'day', $seed) % (365 * $years) AS INTEGER) AS published
    FROM text AS t JOIN synth_province AS p ON p.i = t.n % $provinces
)
SELECT 'synthetic-' || n AS notice_id, province, title,
       prefix || '〔' || year(published) || '〕' || (1 + h % 120) || '号' AS doc_number, prefix AS doc_prefix,
       year(published) AS doc_year, 1 + h % 120 AS doc_serial, province || ' people''s government' AS issuer,
       '通知' AS doc_type, published - 2 AS issued_date, published AS published_date, NULL AS index_number,
       '有效' AS validity, '政府文件' AS column_name, body_text, '[]' AS attachments, md5(body_text) AS content_hash,
       1 AS version, 'https://www.' || province || '.gov.cn/zfwj/synthetic/t' || n || '.shtml' AS source_url,
       CAST(published + 1 AS TIMESTAMPTZ) AS fetched_at, md5(n::VARCHAR) AS raw_sha256,
       'synthetic-notices_' || province || '-' || year(published) AS load_id, '{}' AS provenance,
       CAST(published + 1 AS TIMESTAMPTZ) AS first_seen, CAST(published + 1 AS TIMESTAMPTZ) AS last_changed,
       CASE WHEN h % 20 = 0 THEN '["hk_macao_gba"]' WHEN h % 7 = 0 THEN '["emergency_public_safety"]'
            ELSE '["investment"]' END AS topics,
       '{}' AS topic_terms, h % 20 = 0 AS hk_relevant, title AS title_hant, NULL AS withdrawn_at
FROM n;

-- name: notice_versions
INSERT INTO core.notice_version BY NAME
SELECT notice_id, version, content_hash, title, doc_number, validity, NULL AS body_text, load_id, raw_sha256,
       first_seen AS seen_at  -- the current version's text is core.notice's (merge_notices.sql)
FROM core.notice WHERE notice_id LIKE 'synthetic-%';

-- name: notice_events
INSERT INTO core.notice_event BY NAME
SELECT notice_id, 'new' AS event, NULL AS detail, load_id, first_seen AS event_at
FROM core.notice WHERE notice_id LIKE 'synthetic-%';

-- name: loaded_pages
INSERT INTO raw.loaded_page BY NAME
SELECT 'notices_' || province AS source, sha256('GET ' || source_url || chr(10)) AS request_key, source_url AS url,
       raw_sha256 AS sha256, load_id
FROM core.notice WHERE notice_id LIKE 'synthetic-%';

-- name: docs
-- the postings reindex would write: a title word counts three times (warehouse.search.TITLE_WEIGHT)
INSERT INTO search.doc BY NAME
SELECT n + 1 AS doc, 'synthetic-' || n AS notice_id, (count(*) + $title_weight * count(*) FILTER (WHERE pos < 8))::INTEGER AS length
FROM synth_word GROUP BY n;

-- name: postings
INSERT INTO search.posting BY NAME
SELECT word AS term, (n + 1)::INTEGER AS doc,
       (count(*) + $title_weight * count(*) FILTER (WHERE pos < 8))::INTEGER AS tf
FROM synth_word GROUP BY word, n
ORDER BY term, doc;

-- name: load_log
INSERT INTO meta.load_log BY NAME
SELECT load_id, regexp_extract(load_id, '^synthetic-(.*)-\d{4}', 1) AS source, min(t) AS started_at,
       min(t) AS finished_at, count(*)::INTEGER AS rows_in, count(*)::INTEGER AS rows_loaded,
       1 AS pages_fetched, 0 AS pages_failed, 'success' AS status, NULL AS reason
FROM (SELECT load_id, recorded_at AS t FROM core.observation WHERE load_id LIKE 'synthetic-%'
      UNION ALL SELECT load_id, first_seen FROM core.notice WHERE notice_id LIKE 'synthetic-%')
GROUP BY load_id;

-- name: counts
SELECT (SELECT count(*) FROM core.observation), (SELECT count(*) FROM core.notice),
       (SELECT count(*) FROM search.posting);
