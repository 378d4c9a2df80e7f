"""Analyst queries over a published snapshot: vintages as of a date, series, revisions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd

SQL = Path(__file__).with_name("sql")


def _moment(when: date | datetime | str) -> datetime:
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if not isinstance(when, datetime):
        # a date means the end of that day: everything known on it
        when = datetime(when.year, when.month, when.day, 23, 59, 59, 999999)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def as_of(con: duckdb.DuckDBPyConnection, when: date | datetime | str, region: str | None = None,
          indicator: str | None = None) -> pd.DataFrame:
    """Every series' value as it was known at `when` (ALFRED-style real-time period)."""
    return con.execute((SQL / "as_of.sql").read_text(),
                       {"as_of": _moment(when), "region": region, "indicator": indicator}).df()


def revisions(con: duckdb.DuckDBPyConnection, since: date | datetime | str | None = None) -> pd.DataFrame:
    """Values that replaced an earlier vintage, and by how much (marts.revisions)."""
    if since is None:
        return con.execute("SELECT * FROM marts.revisions").df()
    return con.execute("SELECT * FROM marts.revisions WHERE revised_at >= ?", [_moment(since)]).df()
