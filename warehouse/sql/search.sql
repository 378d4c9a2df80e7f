-- The search index's upkeep (warehouse/search.py), by name; the query itself is search_bm25.sql.

-- name: drop_postings
-- (before drop_docs: postings name their notice by search.doc's number)
DELETE FROM search.posting
WHERE doc IN (SELECT doc FROM search.doc WHERE notice_id IN (SELECT unnest(?::VARCHAR[])));

-- name: drop_docs
DELETE FROM search.doc WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: notices
SELECT notice_id, title, body_text FROM core.notice WHERE notice_id IN (SELECT unnest(?::VARCHAR[]));

-- name: add_docs
-- numbered after the highest in use (a reindexed notice's old number went with its old postings)
INSERT INTO search.doc
SELECT (SELECT coalesce(max(doc), 0) FROM search.doc) + row_number() OVER (ORDER BY notice_id), notice_id, length
FROM new_docs;

-- name: add_postings
-- in term order, so the appended row groups each span as few terms as they can
INSERT INTO search.posting
SELECT p.term, d.doc, p.tf FROM new_postings AS p JOIN search.doc AS d USING (notice_id) ORDER BY p.term, d.doc;

-- name: count_unsorted
UPDATE search.layout SET unsorted_rows = unsorted_rows + ?;

-- name: layout
SELECT (SELECT unsorted_rows FROM search.layout), (SELECT count(*) FROM search.posting);

-- name: sorted_postings
CREATE TABLE search.posting_by_term AS SELECT term, doc, tf FROM search.posting ORDER BY term, doc;

-- name: drop_posting_table
DROP TABLE search.posting;

-- name: rename_sorted_postings
ALTER TABLE search.posting_by_term RENAME TO posting;

-- name: reset_layout
UPDATE search.layout SET unsorted_rows = 0;
