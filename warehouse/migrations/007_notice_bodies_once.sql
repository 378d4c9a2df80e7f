-- A notice's text was stored twice: in core.notice and again in its current core.notice_version row
-- (a third of each snapshot at 200k notices, and every snapshot is a full copy). From here on
-- core.notice_version.body_text holds the text of superseded versions only; the current version's
-- text is core.notice.body_text (merge_notices.sql moves it into the history when a revision arrives).
UPDATE core.notice_version AS v
SET body_text = NULL
FROM core.notice AS n
WHERE v.notice_id = n.notice_id AND v.version = n.version;
