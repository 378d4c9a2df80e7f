"""End to end through real Airflow DAG runs (dag.test) against the replay server."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import warehouse
from common.settings import settings
from replay.server import Corpus
from reports import delivery, release
from warehouse.db import current_snapshot

pytestmark = pytest.mark.slow
FIVE = {"hubei", "hunan", "shanxi", "jiangxi", "henan"}


@pytest.fixture(scope="module")
def airflow_db() -> None:
    from provintel.airflow_runner import bootstrap

    bootstrap()


def run(dag_id: str) -> Any:
    from provintel.airflow_runner import run_dag, task_states

    dr = run_dag(dag_id)
    dr.task_states = task_states(dr)
    return dr


def core_state() -> dict[str, list[tuple[Any, ...]]]:
    con = warehouse.connect()
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("core.observation", "core.notice", "core.notice_version", "marts.regional_gdp")}
    finally:
        con.close()


def test_pipeline_end_to_end(env: Path, replay: Any, airflow_db: None, smtp_server: Any,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    dr = run("provintel_statistics_annual")
    assert dr.state == "success", dr.task_states
    # a DAG run publishes once, after its loads: six sources, one snapshot
    assert [p.name for p in (settings().warehouse_dir / "snapshots").glob("*.duckdb")] == [current_snapshot().name]
    dr = run("provintel_statistics_monthly")
    assert dr.state == "success", dr.task_states
    assert sum(k.startswith("load[") for k in dr.task_states) == 5  # mapped per province
    dr = run("provintel_notices_daily")
    assert dr.state == "success", dr.task_states

    con = warehouse.connect()
    for family in ("communiques_%", "releases_%"):
        got = {r[0] for r in con.execute("SELECT DISTINCT region FROM core.observation_latest WHERE source LIKE ?",
                                         [family]).fetchall()}
        assert got == FIVE, family
    regions = {r[0] for r in con.execute("SELECT DISTINCT region FROM marts.regional_gdp WHERE year = '2024'").fetchall()}
    assert regions == FIVE | {"national"}
    assert con.execute("SELECT gdp_cny FROM marts.regional_gdp WHERE region='hubei' AND year='2024'").fetchone() \
        == (6001297000000.0,)
    assert con.execute("SELECT count(*) FROM core.notice WHERE province='hubei'").fetchone() == (30,)
    # the 429, the 500 and the 307 warm-up were all ridden out
    assert con.execute("SELECT count(*) FROM raw.fetch WHERE outcome NOT IN ('ok', 'not_modified')").fetchone() == (0,)
    con.close()

    # briefings: built from the snapshot, sent once per bureau through the Airflow SMTP connection
    inbox, port = smtp_server
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps(
        {"conn_type": "smtp", "host": "127.0.0.1", "port": port, "extra": {"from_email": "eto-wuhan@example.org",
                                                                    "starttls": False}}))
    dist = delivery.distribution()["briefings"]
    for dag_id in ("provintel_weekly_digest", "provintel_monthly_brief", "provintel_weekly_digest"):
        dr = run(dag_id)
        assert dr.state == "success", dr.task_states
    ids = sorted(msg["Message-ID"] for _, msg in inbox.messages)
    assert len(ids) == len(set(ids)) == len(dist["weekly_digest"]["bureaux"]) + len(dist["monthly_brief"]["bureaux"])
    for kind in ("weekly_digest", "monthly_brief"):
        (folder,) = (settings().briefings_dir / kind).iterdir()
        assert release.verify(folder) == []
        assert {f"{kind}.html", f"{kind}.pdf"} <= {p.name for p in folder.iterdir()}
    rows = list(csv.DictReader((folder / "regional_gdp.csv").open(encoding="utf-8-sig")))
    assert {r["region"] for r in rows if r["period"] == "2024"} == FIVE | {"national"}

    # a second run: nothing new is loaded, nothing is published, and the warehouse is identical
    before, snapshot = core_state(), current_snapshot().name
    replay.reset()
    assert run("provintel_statistics_annual").state == "success"
    assert run("provintel_notices_daily").state == "success"
    assert core_state() == before  # no duplicate rows, no new vintages
    assert current_snapshot().name == snapshot  # no-change loads publish nothing
    details = [e for e in replay.requests_to("www.hubei.gov.cn", "/zfwj/") if "/t20" in e[2]]
    assert details and all(status in (304, 500) for *_, status in details), details
    from provintel.cli import status_rows

    # what the no-change loads did shows in `provintel status` although no snapshot holds them
    rows = {r["source"]: r for r in status_rows()}
    assert {rows[s]["outcome"] for s in rows if s == "nbs" or s.startswith(("communiques_", "notices_"))} \
        == {"no_change"}

    # a deliberately bad batch: quarantined, absent from core, the run fails, briefings stop
    replay.corpus = Corpus.load(scenarios=["nbs_bad_batch"])
    dr = run("provintel_statistics_annual")
    assert dr.state == "failed"
    assert any(k.startswith("load") and v == "failed" for k, v in dr.task_states.items()), dr.task_states
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM core.observation WHERE value = 2157.376e8").fetchone() == (0,)
    q = con.execute("SELECT reason FROM quarantine.batch").fetchall()
    assert len(q) == 1 and "sector_gap_pct" in q[0][0]
    con.close()
    assert core_state() == before
    sent = len(inbox.messages)
    shutil.rmtree(settings().briefings_dir / "monthly_brief")
    assert run("provintel_monthly_brief").state == "failed"
    assert not (settings().briefings_dir / "monthly_brief").exists() and len(inbox.messages) == sent
