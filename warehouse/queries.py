"""Analyst queries over a published snapshot: vintages as of a date, series, revisions."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from common.settings import Settings, settings
from common.sqlfiles import named

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
    return con.execute(q("revisions"), {"since": None if since is None else _moment(since)}).df()


def q(name: str) -> str:
    return named(SQL / "queries.sql")[name]


def loaded_pages(con: duckdb.DuckDBPyConnection,
                 source: str) -> list[tuple[str, str, str, bool, str | None, str | None, str | None]]:
    """(request key, url, sha256, withdrawn, 文号, validity, publication date) of every page a source has loaded (the
    last three a notice's)."""
    return [tuple(r) for r in con.execute(q("loaded_pages"), [source]).fetchall()]


def recorded_runs(con: duckdb.DuckDBPyConnection | None = None, s: Settings | None = None) -> list[dict[str, Any]]:
    """Loads on record in runs.jsonl that the snapshot `con` does not hold (all of them without one):
    loads that changed nothing, and loads still waiting for their run's publish. Oldest first; a line
    a crash cut short is skipped."""
    path = (s or settings()).warehouse_dir / "runs.jsonl"
    published = {r[0] for r in con.execute(q("all_load_ids")).fetchall()} if con is not None else set()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        try:
            entry = json.loads(line)
            entry["finished_at"] = datetime.fromisoformat(entry["finished_at"])
        except (ValueError, KeyError, TypeError):
            continue
        if entry.get("load_id") not in published:
            out.append(entry)
    return out


def latest_with_runs(con: duckdb.DuckDBPyConnection, patterns: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """latest_loads, with newer loads on record in runs.jsonl taking their source's place."""
    latest = {source: (source, status, reason) for source, status, reason in latest_loads(con, patterns)}
    for e in recorded_runs(con):
        if any(like(e["source"], p) for p in patterns):
            latest[e["source"]] = (e["source"], e["status"], e["reason"])
    return sorted(latest.values())


def last_good_with_runs(con: duckdb.DuckDBPyConnection,
                        patterns: tuple[str, ...]) -> list[tuple[str, datetime | None]]:
    """last_good_loads, counting good loads on record in runs.jsonl (a quiet day's no_change is good)."""
    last = dict(last_good_loads(con, patterns))
    for e in recorded_runs(con):
        if any(like(e["source"], p) for p in patterns) and e["status"] in ("success", "no_change", "partial"):
            known = last.get(e["source"])
            last[e["source"]] = max(known, e["finished_at"]) if known else e["finished_at"]
    return sorted(last.items())


def like(value: str, pattern: str) -> bool:
    """SQL LIKE (% and _) for source names outside SQL."""
    return re.fullmatch(re.escape(pattern).replace("%", ".*").replace("_", "."), value) is not None


def load_statuses(con: duckdb.DuckDBPyConnection, load_ids: list[str]) -> dict[str, str]:
    """The status of each of these loads that exists."""
    return dict(con.execute(q("load_statuses"), {"ids": load_ids}).fetchall())


def source_status(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[Any, ...]]:
    """Per source: latest load's time, status, rows, pages, failed loads, blocked fetches, reason, and the
    latest failed load's time and outcome with its reason."""
    return {r[0]: tuple(r) for r in con.execute(q("source_status")).fetchall()}


def quarantined(con: duckdb.DuckDBPyConnection, source: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quarantined batches and pages, newest first: what, source, load, when, rows, url, reason."""
    cur = con.execute(q("quarantine"), {"source": source, "limit": limit})
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def latest_loads(con: duckdb.DuckDBPyConnection, patterns: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """(source, status, reason) of the latest load of every source matching a LIKE pattern."""
    return [tuple(r) for r in con.execute(q("latest_loads"), {"patterns": list(patterns)}).fetchall()]


def last_good_loads(con: duckdb.DuckDBPyConnection, patterns: tuple[str, ...]) -> list[tuple[str, datetime | None]]:
    """(source, when it last loaded well) for every source matching a LIKE pattern."""
    return [tuple(r) for r in con.execute(q("last_good_loads"), {"patterns": list(patterns)}).fetchall()]
