"""The warehouse catalogue: every table and column described in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

DESCRIPTIONS = Path(__file__).with_name("descriptions.tsv")
SCHEMAS = ("core", "marts", "staging", "raw", "meta", "quarantine", "search")
_OBJECTS = """
SELECT schema_name, table_name, 'table' AS kind, comment FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name IN ({schemas})
UNION ALL
SELECT schema_name, view_name, 'view', comment FROM duckdb_views()
WHERE database_name = current_database() AND NOT internal AND schema_name IN ({schemas})
"""


@dataclass(frozen=True)
class Entry:
    schema: str
    table: str
    kind: str
    column: str | None
    data_type: str | None
    description: str | None


def _glossary() -> dict[str, str]:
    out = {}
    for line in DESCRIPTIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, zh, en = line.split("\t")
            out[name] = f"{zh} / {en}"
    return out


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def describe(con: duckdb.DuckDBPyConnection) -> int:
    """Comment every table and column that has no description yet; return how many were written."""
    glossary = _glossary()
    schemas = ", ".join(_quote(s) for s in SCHEMAS)
    written = 0
    for schema, table, kind, comment in con.execute(_OBJECTS.format(schemas=schemas)).fetchall():
        text = glossary.get(f"{schema}.{table}")
        if comment is None and text:
            con.execute(f"COMMENT ON {'VIEW' if kind == 'view' else 'TABLE'} {schema}.{table} IS {_quote(text)}")
            written += 1
    for schema, table, column in con.execute(
            f"""SELECT schema_name, table_name, column_name FROM duckdb_columns()
                WHERE database_name = current_database() AND comment IS NULL AND schema_name IN ({schemas})"""
    ).fetchall():
        text = glossary.get(column)
        if text:
            con.execute(f'COMMENT ON COLUMN {schema}.{table}."{column}" IS {_quote(text)}')
            written += 1
    return written


def entries(con: duckdb.DuckDBPyConnection, pattern: str | None = None) -> list[Entry]:
    """Tables (column None) and their columns with descriptions, optionally filtered by a LIKE pattern."""
    schemas = ", ".join(_quote(s) for s in SCHEMAS)
    tables = con.execute(f"SELECT * FROM ({_OBJECTS.format(schemas=schemas)}) ORDER BY ALL").fetchall()
    columns = con.execute(
        f"""SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns()
            WHERE database_name = current_database() AND schema_name IN ({schemas})
            ORDER BY schema_name, table_name, column_index""").fetchall()
    by_table: dict[tuple[str, str], list[Entry]] = {}
    for schema, table, column, dtype, comment in columns:
        by_table.setdefault((schema, table), []).append(Entry(schema, table, "", column, dtype, comment))
    out = []
    for schema, table, kind, comment in tables:
        name = f"{schema}.{table}"
        if pattern and pattern.lower() not in name.lower():
            continue
        out.append(Entry(schema, table, kind, None, None, comment))
        out.extend(Entry(schema, table, kind, e.column, e.data_type, e.description)
                   for e in by_table.get((schema, table), []))
    return out
