"""An incremental mart build (only the changed indicator-year cells) gives exactly what a full one does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from common.provinces import provinces
from provintel.synthetic import Scale, generate
from warehouse.db import writer
from warehouse.marts import _TARGET, TRANSFORMS, Build, rebuild

SMALL = Scale(years=3, regions=6, notices=50, words=100)
MARTS = sorted({m.group(1) for p in TRANSFORMS.glob("*.sql") if (m := _TARGET.search(p.read_text()))})


def _revise(con: duckdb.DuckDBPyConnection, where: str, delta: float) -> int:
    """What a load's merge does: close the current vintage of matching figures, open a new one now."""
    now = datetime.now(UTC)
    con.execute(f"CREATE OR REPLACE TEMP TABLE hit AS SELECT * FROM core.observation WHERE realtime_end IS NULL "
                f"AND {where}")
    con.execute(f"UPDATE core.observation SET realtime_end = ? WHERE realtime_end IS NULL AND {where}", [now])
    con.execute("INSERT INTO core.observation BY NAME SELECT * REPLACE (value + ? AS value, ? AS realtime_start, "
                "? AS recorded_at, 'test-load' AS load_id) FROM hit", [delta, now, now])
    return int(con.execute("SELECT count(*) FROM hit").fetchone()[0])  # type: ignore[index]


def _new_period(con: duckdb.DuckDBPyConnection, indicator: str, period: str, like: str) -> int:
    """A month the warehouse did not hold: every region's figures, copied from an earlier month."""
    now = datetime.now(UTC)
    return len(con.execute(
        "INSERT INTO core.observation BY NAME SELECT * REPLACE (? AS period, value * 1.01 AS value, "
        "? AS realtime_start, ? AS recorded_at, 'test-load' AS load_id) FROM core.observation "
        "WHERE realtime_end IS NULL AND indicator = ? AND period = ? RETURNING 1",
        [period, now, now, indicator, like]).fetchall())


def _differences(con: duckdb.DuckDBPyConnection, full: bool) -> tuple[Build, dict[str, int]]:
    """Build (incrementally unless `full`), then compare every mart with a full build of the same core."""
    con.execute("BEGIN")
    build = rebuild(con, full=full)
    con.execute("INSERT INTO meta.build VALUES ('test', ?)", [datetime.now(UTC)])
    for mart in MARTS:
        con.execute(f"CREATE OR REPLACE TEMP TABLE built_{mart.split('.')[1]} AS SELECT * FROM {mart}")
    con.execute("COMMIT")
    con.execute("BEGIN")
    rebuild(con, full=True)
    diff = {}
    for mart in MARTS:
        t = f"built_{mart.split('.')[1]}"
        diff[mart] = int(con.execute(f"SELECT (SELECT count(*) FROM (FROM {t} EXCEPT ALL FROM {mart})) + "
                                     f"(SELECT count(*) FROM (FROM {mart} EXCEPT ALL FROM {t}))").fetchone()[0])
    con.execute("ROLLBACK")
    return build, diff


@pytest.fixture
def generated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path))
    generate(SMALL)
    return tmp_path


def test_incremental_build_equals_full_build(generated: Path) -> None:
    with writer() as con:
        total = con.execute("SELECT count(*) FROM core.observation").fetchone()[0]  # type: ignore[index]
        # revisions in the middle year (ranks, shares and next year's growth move), a GDP sector (the
        # panel's sum check), the national figure (every province's share), a new month in a new year
        # (the newest period of each series moves), and a year-to-date series (single-period values)
        assert _revise(con, "indicator = 'industrial_value_added' AND period = '2007-05' AND region = '" + provinces()[2].code + "'", 50)
        assert _revise(con, "indicator = 'gdp_primary' AND period = '2007-Q2'", -3)
        assert _revise(con, "indicator = 'fixed_asset_investment_all' AND region = 'national' AND period = '2006'", 9)
        assert _new_period(con, "industrial_value_added", "2009-01", "2008-12")
        assert _revise(con, "indicator = 'retail_sales' AND cumulative AND period = '2008-03'", 7)
        build, diff = _differences(con, full=False)
    assert not build.full and build.reason == "changes since the last build"
    assert diff == dict.fromkeys(MARTS, 0)
    # the slice read was a fraction of core, not all of it
    assert 0 < build.rows_read < total / 4 and build.cells <= 5 * 2 + 2
    assert {"060_province_panel", "030_revisions", "050_single_period"} <= set(build.marts)
    assert "020_notices_latest" not in build.marts  # no notice changed


def test_population_change_builds_in_full(generated: Path) -> None:
    with writer() as con:
        assert _revise(con, "indicator = 'population_resident' AND period = '2007'", 10)
        build, diff = _differences(con, full=False)
    assert build.full and build.reason == "resident population changed" and diff == dict.fromkeys(MARTS, 0)


def test_nothing_changed_rebuilds_only_the_small_marts(generated: Path) -> None:
    with writer() as con:
        build, diff = _differences(con, full=False)
    assert not build.full and build.cells == 0 and diff == dict.fromkeys(MARTS, 0)
    assert set(build.marts) == {"010_regional_gdp", "090_release_calendar"}
