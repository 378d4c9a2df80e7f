-- notices as analysts browse them: newest first, current version
CREATE OR REPLACE TABLE marts.notices_latest AS
SELECT notice_id, province, title, doc_number, issuer, doc_type, issued_date, published_date,
       validity, version, source_url, provenance, last_changed
FROM core.notice
ORDER BY published_date DESC NULLS LAST, province;

COMMENT ON TABLE marts.notices_latest IS '政策文件（最新版本）/ Provincial policy notices, current version';
