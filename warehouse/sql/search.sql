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
-- in term order, so the appended row groups each span as few terms as they can
INSERT INTO search.posting BY NAME SELECT * FROM new_postings ORDER BY term, notice_id;

-- name: count_unsorted
UPDATE search.layout SET unsorted_rows = unsorted_rows + ?;

-- name: layout
SELECT (SELECT unsorted_rows FROM search.layout), (SELECT count(*) FROM search.posting);

-- name: sorted_postings
CREATE TABLE search.posting_by_term AS SELECT term, notice_id, tf FROM search.posting ORDER BY term, notice_id;

-- name: drop_posting_table
DROP TABLE search.posting;

-- name: rename_sorted_postings
ALTER TABLE search.posting_by_term RENAME TO posting;

-- name: reset_layout
UPDATE search.layout SET unsorted_rows = 0;
