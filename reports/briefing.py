"""Briefing datasets built from the published snapshot only."""

from __future__ import annotations

import csv
import logging
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from provintel.config import Settings, settings
from warehouse.db import connect, current_snapshot

log = logging.getLogger(__name__)


class BriefingBlocked(RuntimeError):
    """The latest batch of a source the briefing reads failed: nothing is built from it."""


def _guard(con: duckdb.DuckDBPyConnection, sources: tuple[str, ...]) -> None:
    for source in sources:
        row = con.execute(
            "SELECT status, reason FROM meta.load_log WHERE source = ? ORDER BY started_at DESC LIMIT 1",
            [source]).fetchone()
        if row is None:
            raise BriefingBlocked(f"{source} has never been loaded")
        if row[0] == "quarantined":
            raise BriefingBlocked(f"latest {source} batch was quarantined: {row[1]}")


def safe_cell(value: object) -> object:
    """Spreadsheet cells that start with = + - @ are formulas to Excel: write them as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def build_gdp_csv(s: Settings | None = None) -> Path:
    """Write the regional GDP briefing CSV (UTF-8 with BOM so Excel reads Chinese) from the snapshot."""
    s = s or settings()
    snapshot = current_snapshot(s).stem
    con = connect(s)
    try:
        _guard(con, ("nbs",))
        cols = ["region", "year", "gdp_cny", "primary_cny", "secondary_cny", "tertiary_cny",
                "gdp_per_capita_cny", "share_of_national_pct", "rank_among_five", "vintage", "source_url"]
        rows = con.execute(f"SELECT {', '.join(cols)} FROM marts.regional_gdp ORDER BY year DESC, "
                           "region = 'national', gdp_cny DESC").fetchall()
    finally:
        con.close()
    out = s.briefings_dir / datetime.now(UTC).strftime("%Y-%m-%d") / f"regional_gdp_{snapshot}.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([safe_cell(_fmt(v)) for v in r])
    log.info("briefing written: %s (%d rows)", out, len(rows))
    return out


def _fmt(v: object) -> object:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, datetime):
        return v.isoformat()
    return v
