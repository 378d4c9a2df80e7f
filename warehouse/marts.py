"""Rebuild the marts after loads: in full, or only the slice that changed since the last build.

A full build runs every transform in transforms/sql over all of core. After that, a build redoes
only what changed: the transforms marked `-- incremental: indicator, year` run over the slice of
core holding the changed (indicator, year) cells and what they are computed from (the year before,
GDP's sectors, resident population), and their rows for those cells are replaced; the notice marts
are rebuilt only when notices changed; the small ones (regional GDP, the release calendar, which
depends on today's date) every time. A change of resident population (every per-resident figure
uses it), a first build and a deploy that changed the transforms build in full.
`tests/transforms/test_incremental.py` shows that the incremental build equals the full one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from common.provinces import NATIONAL, provinces
from common.sqlfiles import named, statements
from extractors.catalogue import indicators
from warehouse.catalog import describe

log = logging.getLogger(__name__)
TRANSFORMS = Path(__file__).resolve().parent.parent / "transforms" / "sql"
SQL = Path(__file__).with_name("sql")
INCREMENTAL = "-- incremental: indicator, year"
_TARGET = re.compile(r"CREATE OR REPLACE TABLE (marts\.(\w+)) AS", re.I)
_CORE_OBS = re.compile(r"\bcore\.observation(_latest)?\b")


@dataclass(frozen=True)
class Build:
    full: bool
    reason: str
    cells: int = 0  # (indicator, year) cells rebuilt, in an incremental build
    rows_read: int = 0  # rows of core.observation the incremental transforms read
    marts: tuple[str, ...] = ()


def _region_table(con: duckdb.DuckDBPyConnection) -> None:
    q = named(SQL / "load.sql")
    con.execute(q["region_table"])
    con.executemany(q["region_row"], [[p.code, p.zh, p.hk, p.en, p.nbs, p.covered, p.covered] for p in provinces()]
                    + [[NATIONAL, "全国", "全國", "National", None, False, True]])
    con.execute(q["region_comments"])
    con.execute(q["indicator_table"])
    con.executemany(q["indicator_row"], [[i.id, i.zh, i.en, i.unit, i.frequency, i.section, list(i.measures),
                                          i.real_growth] for i in indicators().values()])
    con.execute(q["indicator_comments"])


def rebuild(con: duckdb.DuckDBPyConnection, full: bool = False) -> Build:
    """Bring the marts up to date with core (inside the caller's transaction)."""
    q = named(SQL / "marts.sql")
    since = con.execute(q["last_build"]).fetchone()[0]  # type: ignore[index]
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts'")
              .fetchall()}
    files = sorted(TRANSFORMS.glob("*.sql"))
    missing = [p.name for p in files if (m := _TARGET.search(p.read_text())) and m.group(2) not in tables]
    if full or since is None or missing:
        return _full(con, "first build" if since is None else "asked" if full else f"new marts: {missing}")
    con.execute(q["affected"], {"since": since})
    if con.execute(q["population_changed"]).fetchone()[0]:  # type: ignore[index]
        return _full(con, "resident population changed")
    con.execute(q["scope"])
    con.execute(q["inputs"])
    con.execute(q["observation_slice"])
    con.execute(q["latest_slice"])
    cells, rows_read, _ = con.execute(q["sizes"]).fetchone()  # type: ignore[misc]
    notices = bool(con.execute(q["notices_changed"], {"since": since}).fetchone()[0])  # type: ignore[index]
    _region_table(con)
    done = []
    for path in files:
        text = path.read_text()
        reads_notices = "core.notice" in text
        if reads_notices and not notices:
            continue
        if INCREMENTAL in text:
            if cells:
                _replace_cells(con, text)
                done.append(path.stem)
            continue
        else:
            for stmt in statements(path.read_text()):
                con.execute(stmt)
            done.append(path.stem)
    con.execute(q["drop_slice"])
    describe(con)
    log.info("marts rebuilt for %s changed cells (%s rows read): %s", cells, rows_read, ", ".join(done) or "none")
    return Build(False, "changes since the last build", int(cells), int(rows_read), tuple(done))


def _replace_cells(con: duckdb.DuckDBPyConnection, text: str) -> None:
    """Run an incremental transform over the slice into a temp table, then swap in its rows for the
    changed cells."""
    m = _TARGET.search(text)
    assert m, "an incremental transform creates one mart"
    mart, name = m.group(1), m.group(2)
    sliced = _CORE_OBS.sub(lambda c: "build_observation" + (c.group(1) or ""), text)
    sliced = sliced.replace(m.group(0), f"CREATE OR REPLACE TEMP TABLE delta_{name} AS", 1)
    for stmt in statements(sliced):
        if not stmt.upper().startswith("COMMENT"):
            con.execute(stmt)
    in_scope = ("EXISTS (SELECT 1 FROM mart_scope AS s WHERE s.indicator = {t}.indicator "
                "AND s.year = CAST(left({t}.period, 4) AS INTEGER))")
    con.execute(f"DELETE FROM {mart} AS m WHERE {in_scope.format(t='m')}")
    con.execute(f"INSERT INTO {mart} SELECT * FROM delta_{name} AS d WHERE {in_scope.format(t='d')}")
    con.execute(f"DROP TABLE delta_{name}")
    if name == "province_panel":
        # the newest period of a series may have moved to a year outside the changed cells
        con.execute(named(SQL / "marts.sql")["latest_period"])


def _full(con: duckdb.DuckDBPyConnection, reason: str) -> Build:
    _region_table(con)
    files = sorted(TRANSFORMS.glob("*.sql"))
    for path in files:
        for stmt in statements(path.read_text()):
            con.execute(stmt)
    describe(con)
    log.info("marts rebuilt in full (%s)", reason)
    return Build(True, reason, marts=tuple(p.stem for p in files))

