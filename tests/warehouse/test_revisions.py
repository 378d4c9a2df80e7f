"""Revisions (ALFRED-style vintages), as_of, the revision report and NBS-versus-bureau reconciliation."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import warehouse
from provintel import pipeline
from provintel.cli import main
from replay.server import Corpus
from warehouse.queries import as_of, revisions


def test_injected_revision_is_reported_and_as_of_returns_what_was_known(env: Path, replay: Any, capsys: Any) -> None:
    assert pipeline.run("nbs", "a").status == "success"
    time.sleep(0.01)
    before = datetime.now(UTC)
    time.sleep(0.01)
    replay.corpus = Corpus.load(scenarios=["nbs_revised"])
    assert pipeline.run("nbs", "b").rows_loaded == 2

    con = warehouse.connect()
    rev = revisions(con)
    hubei = rev[(rev.region == "hubei") & (rev.indicator == "gdp")].iloc[0]
    assert (hubei.previous_value, hubei.revised_value) == (5580363000000.0, 5638012000000.0)
    assert round(hubei.change / 1e8, 2) == 576.49 and hubei.is_current
    then = as_of(con, before, "hubei", "gdp")
    now = as_of(con, datetime.now(UTC), "hubei", "gdp")
    assert then[then.period == "2023"].value.item() == 5580363000000.0
    assert now[now.period == "2023"].value.item() == 5638012000000.0
    con.close()

    assert main(["revisions", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {(r["region"], r["indicator"]) for r in report} == {("hubei", "gdp"), ("hubei", "gdp_tertiary")}
    assert main(["series", "hubei", "gdp", "--as-of", before.isoformat(), "--format", "json", "--source", "nbs"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["period"]: r["value"] for r in rows if r["measure"] == "level"}["2023"] == 5580363000000.0


def test_reconciliation_flags_nbs_and_bureau_disagreeing(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["nbs_revised"])
    pipeline.run("nbs", "a")
    pipeline.run("communiques_hubei", "a")
    pipeline.run("communiques_henan", "a")
    con = warehouse.connect()
    rec = con.execute("SELECT region, indicator, period, nbs_value, bureau_value, flagged FROM marts.reconciliation "
                      "WHERE measure = 'level'").fetchall()
    by_key = {(r[0], r[1], r[2]): r for r in rec}
    assert by_key[("hubei", "gdp", "2024")][3:] == (6001297000000.0, 6001297000000.0, False)
    assert by_key[("hubei", "gdp", "2023")][5] is True  # restated by NBS, not by the 2023 communiqué
    assert by_key[("henan", "gdp", "2024")][5] is False


def test_vintages_start_at_the_source_publication_date(env: Path, replay: Any, capsys: Any) -> None:
    """ALFRED semantics: a communiqué published 2025-03-24 was known then, whenever we fetched it."""
    assert pipeline.run("communiques_hubei", "a").status == "success"
    assert pipeline.run("nbs", "a").status == "success"
    con = warehouse.connect()
    start, recorded, published = con.execute(
        """SELECT realtime_start, recorded_at, published_date FROM core.observation
           WHERE source = 'communiques_hubei' AND indicator = 'gdp' AND measure = 'level' AND period = '2024'""").fetchone()
    assert str(published) == "2025-03-24" and start.date().isoformat() == "2025-03-24" and recorded > start
    nbs_start, nbs_recorded = con.execute("SELECT realtime_start, recorded_at FROM core.observation "
                                          "WHERE source = 'nbs' LIMIT 1").fetchone()
    assert nbs_start == nbs_recorded  # NBS answers carry no publication date: known from when we loaded them
    con.close()
    # the README's example: what was known on 2026-01-01
    assert main(["series", "hubei", "gdp", "--as-of", "2026-01-01", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "communiques_hubei" in out and "2024" in out and "nbs" not in out


def test_reconciliation_covers_monthly_and_quarterly_releases(env: Path, replay: Any) -> None:
    for source in ("nbs", "releases_hubei", "releases_hunan", "communiques_hubei"):
        assert pipeline.run(source, "a").status == "success", source
    con = warehouse.connect()
    freq = dict(con.execute("SELECT frequency, count(*) FROM marts.reconciliation GROUP BY 1").fetchall())
    assert freq.get("A", 0) > 0 and freq.get("M", 0) + freq.get("Q", 0) > 0, freq
    sources = {r[0] for r in con.execute("SELECT DISTINCT bureau_source FROM marts.reconciliation "
                                         "WHERE frequency <> 'A'").fetchall()}
    assert sources <= {"releases_hubei", "releases_hunan"} and sources
