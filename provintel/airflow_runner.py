"""Run the project's DAGs for real with dag.test(), against a project-local Airflow home."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from common.settings import REPO_ROOT

log = logging.getLogger(__name__)
DAGS = REPO_ROOT / "dags"
POOLS = {"warehouse_writer": (1, "one writer at a time for the DuckDB warehouse file")}


def airflow_env(home: Path | None = None) -> dict[str, str]:
    """Environment for a local Airflow: SQLite metadata DB under AIRFLOW_HOME, our DAGs only."""
    home = home or Path(os.environ.get("AIRFLOW_HOME", REPO_ROOT / ".airflow"))
    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__PARALLELISM": os.environ.get("AIRFLOW__CORE__PARALLELISM", "4"),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
    }


def bootstrap(home: Path | None = None) -> None:
    """Migrate the metadata DB and create the pools (the scheduler skips tasks whose pool is missing)."""
    env = {**os.environ, **airflow_env(home)}
    os.environ.update(airflow_env(home))
    Path(env["AIRFLOW_HOME"]).mkdir(parents=True, exist_ok=True)
    airflow = [sys.executable, "-m", "airflow"]
    subprocess.run([*airflow, "db", "migrate"], env=env, check=True, capture_output=True)
    for name, (slots, desc) in POOLS.items():
        subprocess.run([*airflow, "pools", "set", name, str(slots), desc], env=env, check=True,
                       capture_output=True)


def load_dag(dag_id: str) -> Any:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS), known_pools=set(POOLS) | {"default_pool"})
    if bag.import_errors:
        raise RuntimeError(f"DAG import errors: {bag.import_errors}")
    return bag.dags[dag_id]


def run_dag(dag_id: str, run_conf: dict[str, Any] | None = None) -> Any:
    """Run one DAG in-process and return its DagRun (dag.test() does not raise: check dr.state)."""
    os.environ.update(airflow_env())
    dag = load_dag(dag_id)
    return dag.test(run_conf=run_conf)


def task_states(dr: Any) -> dict[str, str]:
    return {f"{ti.task_id}[{ti.map_index}]" if ti.map_index >= 0 else ti.task_id: str(ti.state)
            for ti in dr.get_task_instances()}
