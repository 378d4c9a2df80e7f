"""The warehouse catalogue: every table and column described in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from common.sqlfiles import named

DESCRIPTIONS = Path(__file__).with_name("descriptions.tsv")
SCHEMAS = ("core", "marts", "staging", "raw", "meta", "quarantine", "search")
SQL = Path(__file__).with_name("sql") / "catalog.sql"


def _query(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[Any, ...]]:
    return con.execute(named(SQL)[name], {"schemas": list(SCHEMAS)}).fetchall()


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
    written = 0
    for schema, table, kind, comment in _query(con, "objects"):
        text = glossary.get(f"{schema}.{table}")
        if comment is None and text:
            con.execute(f"COMMENT ON {'VIEW' if kind == 'view' else 'TABLE'} {schema}.{table} IS {_quote(text)}")
            written += 1
    for schema, table, column in _query(con, "undescribed_columns"):
        text = glossary.get(column)
        if text:
            con.execute(f'COMMENT ON COLUMN {schema}.{table}."{column}" IS {_quote(text)}')
            written += 1
    return written


def entries(con: duckdb.DuckDBPyConnection, pattern: str | None = None) -> list[Entry]:
    """Tables (column None) and their columns with descriptions, optionally filtered by a LIKE pattern."""
    tables = _query(con, "objects")
    columns = _query(con, "columns")
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
