"""DagBag integrity: every DAG imports cleanly and fast, with tags, owner, retries and known pools."""

from __future__ import annotations

from typing import Any

import pytest

from provintel.airflow_runner import DAGS, POOLS


@pytest.fixture(scope="module")
def bag() -> Any:
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS), known_pools=set(POOLS) | {"default_pool"})


def test_no_import_errors(bag: Any) -> None:
    assert bag.import_errors == {}
    assert set(bag.dag_ids) >= {"provintel_statistics_annual", "provintel_notices_daily", "provintel_weekly_digest", "provintel_monthly_brief",
                                  "provintel_deliveries"}


def test_dag_files_parse_fast(bag: Any) -> None:
    for stat in bag.dagbag_stats:
        assert stat.duration.total_seconds() < 0.5, f"{stat.file} took {stat.duration}"


def test_tags_owner_retries(bag: Any) -> None:
    for dag_id, dag in bag.dags.items():
        assert dag.tags and "provintel" in dag.tags, dag_id
        for t in dag.tasks:
            assert t.owner == "provintel", (dag_id, t.task_id)
            assert t.retries >= 2, (dag_id, t.task_id)


def test_writers_use_the_one_slot_pool(bag: Any) -> None:
    for dag_id in ("provintel_statistics_annual", "provintel_notices_daily"):
        load = bag.dags[dag_id].get_task("load")
        assert load.pool == "warehouse_writer"
    assert POOLS["warehouse_writer"][0] == 1


def test_dag_files_import_nothing_heavy() -> None:
    import subprocess
    import sys

    code = ("import sys, runpy; runpy.run_path(sys.argv[1]); "
            "heavy = [m for m in ('great_expectations', 'pandas', 'duckdb', 'bs4', 'requests') if m in sys.modules]; "
            "print(','.join(heavy))")
    for f in DAGS.glob("*.py"):
        out = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "", f"{f.name} imports {out.stdout.strip()} at top level"
