-- a withdrawn notice whose page answers again has reappeared (whether or not its text changed)
INSERT INTO core.notice_event
SELECT s.notice_id, 'reappeared', 'back on the portal', s.load_id, $now
FROM staging.notice AS s
JOIN core.notice AS c USING (notice_id)
WHERE s.load_id = $load_id AND c.withdrawn_at IS NOT NULL;

-- lifecycle events: new, or revised (content changed), saying what a reader must not miss: a validity that
-- changed (有效 → 失效: a plan no longer in force), a new title or document number
INSERT INTO core.notice_event
SELECT s.notice_id, CASE WHEN c.notice_id IS NULL THEN 'new' ELSE 'revised' END,
       CASE WHEN c.notice_id IS NOT NULL THEN concat_ws('; ', 'version ' || (c.version + 1),
           CASE WHEN c.validity IS DISTINCT FROM s.validity
                THEN '有效性 validity: ' || coalesce(c.validity, '–') || ' → ' || coalesce(s.validity, '–') END,
           CASE WHEN c.doc_number IS DISTINCT FROM s.doc_number
                THEN '文號 doc number: ' || coalesce(c.doc_number, '–') || ' → ' || coalesce(s.doc_number, '–') END,
           CASE WHEN c.title IS DISTINCT FROM s.title
                THEN '標題 title: ' || coalesce(c.title, '–') || ' → ' || coalesce(s.title, '–') END) END,
       s.load_id, $now
FROM staging.notice AS s
LEFT JOIN core.notice AS c USING (notice_id)
WHERE s.load_id = $load_id AND (c.notice_id IS NULL OR c.content_hash <> s.content_hash);

-- a text is stored once: the current version's is core.notice.body_text, so the version being
-- superseded takes its text into the history now
UPDATE core.notice_version AS v
SET body_text = c.body_text
FROM staging.notice AS s, core.notice AS c
WHERE s.load_id = $load_id AND c.notice_id = s.notice_id AND c.content_hash <> s.content_hash
  AND v.notice_id = c.notice_id AND v.version = c.version;

-- a new version for every notice that is new or whose content changed (its text: core.notice's)
INSERT INTO core.notice_version
SELECT s.notice_id, coalesce(c.version, 0) + 1, s.content_hash, s.title, s.doc_number, s.validity,
       NULL, s.load_id, s.raw_sha256, $now
FROM staging.notice AS s
LEFT JOIN core.notice AS c USING (notice_id)
WHERE s.load_id = $load_id AND (c.notice_id IS NULL OR c.content_hash <> s.content_hash);

MERGE INTO core.notice AS c
USING (
    SELECT s.*, v.version
    FROM staging.notice AS s
    JOIN core.notice_version AS v
      ON v.notice_id = s.notice_id AND v.content_hash = s.content_hash AND v.load_id = s.load_id
    WHERE s.load_id = $load_id
) AS s
ON c.notice_id = s.notice_id
WHEN MATCHED THEN UPDATE SET
    title = s.title, doc_number = s.doc_number, doc_prefix = s.doc_prefix, doc_year = s.doc_year,
    doc_serial = s.doc_serial, issuer = s.issuer, doc_type = s.doc_type, issued_date = s.issued_date,
    published_date = s.published_date, index_number = s.index_number, validity = s.validity,
    column_name = s.column_name, body_text = s.body_text, attachments = s.attachments,
    content_hash = s.content_hash, version = s.version, source_url = s.source_url,
    fetched_at = s.fetched_at, raw_sha256 = s.raw_sha256, load_id = s.load_id,
    provenance = s.provenance, topics = s.topics, topic_terms = s.topic_terms, hk_relevant = s.hk_relevant,
    title_hant = s.title_hant, withdrawn_at = NULL, last_changed = $now
WHEN NOT MATCHED THEN INSERT (
    notice_id, province, title, doc_number, doc_prefix, doc_year, doc_serial, issuer, doc_type,
    issued_date, published_date, index_number, validity, column_name, body_text, attachments,
    content_hash, version, source_url, fetched_at, raw_sha256, load_id, provenance, first_seen,
    last_changed, topics, topic_terms, hk_relevant, title_hant)
VALUES (
    s.notice_id, s.province, s.title, s.doc_number, s.doc_prefix, s.doc_year, s.doc_serial, s.issuer,
    s.doc_type, s.issued_date, s.published_date, s.index_number, s.validity, s.column_name,
    s.body_text, s.attachments, s.content_hash, s.version, s.source_url, s.fetched_at, s.raw_sha256,
    s.load_id, s.provenance, $now, $now, s.topics, s.topic_terms, s.hk_relevant, s.title_hant);


UPDATE core.notice AS c
SET withdrawn_at = NULL, last_changed = $now
FROM staging.notice AS s
WHERE s.load_id = $load_id AND s.notice_id = c.notice_id AND c.withdrawn_at IS NOT NULL;
