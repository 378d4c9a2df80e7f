"""The DAGs on Airflow's CeleryExecutor with two workers (PostgreSQL, Redis, loopback only) give the
same warehouse as the same sources run in one process, with extracts on both workers and loads one at a
time on the warehouse host. (`make scale-demo` compares with a LocalExecutor run: a second Airflow stack
is two minutes of a 2-core CI's twenty, and LocalExecutor adds nothing the pipeline functions its tasks
call do not already decide.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provintel import scale


@pytest.mark.slow
def test_celery_run_on_two_workers_equals_the_same_sources_run_in_one_process(
        tmp_path: Path, replay: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from provintel.pipeline import run_many
    from provintel.sources import registry

    monkeypatch.setenv("PROVINTEL_MIN_INTERVAL", "0")
    monkeypatch.setenv("PROVINTEL_BACKOFF_BASE", "0.01")
    monkeypatch.setenv("PROVINTEL_RETRY_DELAY", "1")
    monkeypatch.setenv("PROVINTEL_TASK_RETRIES", "0")
    celery = scale.run(tmp_path / "celery", "CeleryExecutor", replay.base_url)
    assert scale.check(celery) == []
    extracts = [t for t in celery["tasks"] if t["task"] == "extract"]
    assert len(extracts) == 11 and {t["worker"] for t in extracts} == {"w1", "w2"}
    assert {t["worker"] for t in celery["tasks"] if t["task"] in ("load", "publish")} == {"w1"}
    # the reference: each DAG's sources (its cadence's, as its `sources` task lists them) through the functions
    # its tasks call, in this process
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "one_process"))
    monkeypatch.setenv("PROVINTEL_REPLAY", replay.base_url)
    cadences = [dag_id.rsplit("_", 1)[1] for dag_id in scale.DAGS]
    assert cadences == ["annual", "daily"]
    for cadence in cadences:
        run_many([name for name, s in registry().items() if s.cadence == cadence], f"one_process_{cadence}")
    facts = scale.warehouse_facts(tmp_path / "celery")
    assert len(facts["observations"]) > 1000 and len(facts["notices"]) > 100
    assert facts == scale.warehouse_facts(tmp_path / "one_process")


def test_check_catches_a_run_on_one_worker_and_overlapping_loads() -> None:
    def t(task: str, worker: str, start: float, end: float) -> dict[str, Any]:
        return {"dag": "d", "task": task, "map_index": 0, "state": "success", "pool": "p", "queue": "q",
                "worker": worker, "start": start, "end": end}

    report = {"executor": "CeleryExecutor", "runs": {"d": "success"},
              "tasks": [t("extract", "w1", 0, 5), t("extract", "w1", 1, 6), t("load", "w1", 6, 8),
                        t("load", "w1", 7, 9)]}
    problems = scale.check(report)
    assert any("not on both workers" in p for p in problems)
    assert any("overlapped" in p for p in problems)
    assert any("one successful publish" in p for p in problems)
    assert scale.check({**report, "runs": {"d": "failed"}})[0] == "d: failed"
