-- Postings name their notice by a small number (search.doc.doc) instead of its 20-character id: at
-- 200k notices the 80M postings each carried a random hex string, the largest part of every snapshot
-- (and each snapshot is a full copy of the file). search.doc maps the number to the notice.
CREATE TABLE search.doc_by_number (doc INTEGER PRIMARY KEY, notice_id VARCHAR NOT NULL UNIQUE,
                                   length INTEGER NOT NULL);
INSERT INTO search.doc_by_number SELECT row_number() OVER (ORDER BY notice_id), notice_id, length FROM search.doc;
CREATE TABLE search.posting_by_doc AS
SELECT p.term, d.doc, p.tf FROM search.posting AS p JOIN search.doc_by_number AS d USING (notice_id)
ORDER BY p.term, d.doc;
DROP TABLE search.posting;
DROP TABLE search.doc;
ALTER TABLE search.doc_by_number RENAME TO doc;
ALTER TABLE search.posting_by_doc RENAME TO posting;
UPDATE search.layout SET unsorted_rows = 0;
