-- the emergency and public-safety feed: what Hong Kong residents in the provinces need first
CREATE OR REPLACE TABLE marts.emergency_notices AS
SELECT notice_id, province, title, title_hant, doc_number, issuer, issued_date, published_date, validity,
       -- in force: still on the portal, and not declared expired or repealed (部分失效 is still partly in force)
       withdrawn_at IS NULL AND NOT (regexp_matches(coalesce(validity, ''), '失效|废止|作废|停止执行|已撤销|不再执行')
                                     AND NOT regexp_matches(coalesce(validity, ''), '部分')) AS in_force,
       coalesce(hk_relevant, false) AS hk_relevant,
       coalesce(from_json(topic_terms, '["VARCHAR"]'), []) AS matched_terms,
       source_url, first_seen, last_changed
FROM core.notice
WHERE list_contains(coalesce(from_json(topics, '["VARCHAR"]'), []), 'emergency_public_safety')
ORDER BY published_date DESC NULLS LAST, province, notice_id;

COMMENT ON TABLE marts.emergency_notices IS '应急与公共安全通知 / Emergency and public-safety notices, newest first';
COMMENT ON COLUMN marts.emergency_notices.in_force IS '现行有效：仍在门户上且未标注失效或废止 / in force: still on the portal and not marked expired or repealed';
COMMENT ON COLUMN marts.emergency_notices.matched_terms IS '触发该标签的词语 / terms that put the notice in this feed';
