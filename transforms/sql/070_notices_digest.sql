-- every lifecycle event of a notice (new, revised, withdrawn, reappeared) with what a digest shows:
-- Hong Kong-relevant first, then by province and topic
CREATE OR REPLACE TABLE marts.notices_digest AS
SELECT e.event_at,
       CAST(timezone('Asia/Shanghai', e.event_at) AS DATE) AS event_date,
       e.event, e.detail, n.notice_id, n.province,
       coalesce(n.hk_relevant, false) AS hk_relevant,
       coalesce(from_json(n.topics, '["VARCHAR"]'), []) AS topics,
       list_contains(coalesce(from_json(n.topics, '["VARCHAR"]'), []), 'emergency_public_safety') AS emergency,
       n.title, n.title_hant, n.doc_number, n.issuer, n.doc_type, n.issued_date, n.published_date,
       n.validity, n.version, n.withdrawn_at, n.source_url, e.load_id
FROM core.notice_event AS e
JOIN core.notice AS n USING (notice_id)
ORDER BY e.event_at DESC, hk_relevant DESC, n.province, e.event, n.notice_id;

COMMENT ON TABLE marts.notices_digest IS '政策文件动态（新增、修订、撤下）/ Notice events for digests: new, revised, withdrawn, reappeared';
COMMENT ON COLUMN marts.notices_digest.event_at IS '本管道发现该变化的时间 / when the pipeline saw the change';
COMMENT ON COLUMN marts.notices_digest.event_date IS '发现日期（北京时间）/ date the change was seen, Beijing time';
COMMENT ON COLUMN marts.notices_digest.event IS '事件：new 新增，revised 修订，withdrawn 撤下，reappeared 重新出现 / event: new, revised, withdrawn, reappeared';
COMMENT ON COLUMN marts.notices_digest.detail IS '事件说明（如修订的字段）/ what the event changed';
COMMENT ON COLUMN marts.notices_digest.topics IS '主题标签 / topic tags for the office''s work';
COMMENT ON COLUMN marts.notices_digest.emergency IS '是否应急与公共安全通知 / emergency or public-safety notice';
