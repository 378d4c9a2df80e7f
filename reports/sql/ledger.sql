-- The delivery ledger (SQLite, reports/delivery.py), by name.

-- name: schema
CREATE TABLE IF NOT EXISTS briefing (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, release_date TEXT NOT NULL, folder TEXT NOT NULL,
    snapshot TEXT NOT NULL, since TEXT NOT NULL, until TEXT NOT NULL, requires_approval INTEGER NOT NULL,
    approved_by TEXT, approved_at TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS delivery (
    briefing_id TEXT NOT NULL REFERENCES briefing (id), bureau TEXT NOT NULL, recipients TEXT NOT NULL,
    message_id TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, error TEXT,
    updated_at TEXT NOT NULL, PRIMARY KEY (briefing_id, bureau));

-- name: register
INSERT OR IGNORE INTO briefing (id, kind, release_date, folder, snapshot, since, until, requires_approval, created_at)
VALUES (:id, :kind, :release_date, :folder, :snapshot, :since, :until, :requires_approval, :created_at);

-- name: previous
SELECT * FROM briefing WHERE kind = ? AND release_date < ? ORDER BY release_date DESC LIMIT 1;

-- name: briefing
SELECT * FROM briefing WHERE id = ?;

-- name: approve
UPDATE briefing SET approved_by = ?, approved_at = ? WHERE id = ?;

-- name: status
SELECT b.id, b.kind, b.release_date, b.requires_approval, b.approved_by, b.folder,
       d.bureau, d.state, d.attempts, d.error, d.updated_at
FROM briefing b LEFT JOIN delivery d ON d.briefing_id = b.id
ORDER BY b.release_date DESC, b.id, d.bureau;

-- name: delivery_state
SELECT state, updated_at FROM delivery WHERE briefing_id = ? AND bureau = ?;

-- name: claim
INSERT INTO delivery (briefing_id, bureau, recipients, message_id, state, attempts, updated_at)
VALUES (?, ?, ?, ?, 'sending', 1, ?)
ON CONFLICT (briefing_id, bureau) DO UPDATE SET state = 'sending', attempts = attempts + 1, error = NULL,
    updated_at = excluded.updated_at;

-- name: mark
UPDATE delivery SET state = ?, error = ?, updated_at = ? WHERE briefing_id = ? AND bureau = ?;

-- name: resend
UPDATE delivery SET state = 'failed', error = 'reset by operator', updated_at = ?
WHERE briefing_id = ? AND bureau = ? AND state <> 'sent';

-- name: sendable
SELECT * FROM briefing WHERE (NOT requires_approval OR approved_by IS NOT NULL) AND created_at >= ?
ORDER BY release_date;

-- name: done_bureaux
SELECT bureau FROM delivery WHERE briefing_id = ? AND state IN ('sent', 'sending');
