-- The search index's upkeep (warehouse/search.py), by name; the query itself is search_bm25.sql.

-- name: drop_postings
DELETE FROM search.posting WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: drop_docs
DELETE FROM search.doc WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: notices
SELECT notice_id, title, body_text FROM core.notice WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: add_docs
INSERT INTO search.doc BY NAME SELECT * FROM new_docs;

-- name: add_postings
INSERT INTO search.posting BY NAME SELECT * FROM new_postings;
