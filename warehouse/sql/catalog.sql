-- The warehouse catalogue's introspection (warehouse/catalog.py), by name; $schemas is the list of
-- schemas the catalogue covers.

-- name: objects
SELECT schema_name, table_name, 'table' AS kind, comment FROM duckdb_tables()
WHERE database_name = current_database() AND list_contains($schemas::VARCHAR[], schema_name)
UNION ALL
SELECT schema_name, view_name, 'view', comment FROM duckdb_views()
WHERE database_name = current_database() AND NOT internal AND list_contains($schemas::VARCHAR[], schema_name)
ORDER BY ALL;

-- name: undescribed_columns
SELECT schema_name, table_name, column_name FROM duckdb_columns()
WHERE database_name = current_database() AND comment IS NULL AND list_contains($schemas::VARCHAR[], schema_name);

-- name: columns
SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns()
WHERE database_name = current_database() AND list_contains($schemas::VARCHAR[], schema_name)
ORDER BY schema_name, table_name, column_index;
