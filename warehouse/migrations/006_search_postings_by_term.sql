-- Postings kept in term order with no primary key: DuckDB's per-row-group min/max (zonemaps) then
-- lets a query read only the row groups that hold its terms, so its cost follows its postings, not
-- the corpus. The (term, notice_id) key was most of each snapshot's size and slowed every insert.
-- New postings are appended in term order per load; search.layout counts them so that publishing
-- re-sorts the table once the unsorted tail grows (warehouse.search.compact).
CREATE TABLE search.posting_by_term AS SELECT term, notice_id, tf FROM search.posting ORDER BY term, notice_id;
DROP TABLE search.posting;
ALTER TABLE search.posting_by_term RENAME TO posting;
CREATE TABLE search.layout (unsorted_rows BIGINT NOT NULL);
INSERT INTO search.layout VALUES (0);
