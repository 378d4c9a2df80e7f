"""Shared DAG wiring; light on purpose: DAG files import only this module and airflow.sdk."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import DAG, Asset, dag, task

WRITER_POOL = "warehouse_writer"
TZ = "Asia/Shanghai"
START = pendulum.datetime(2026, 1, 1, tz=TZ)


def default_args() -> dict[str, Any]:
    # retry delays are settings so failing tests stay fast; production keeps minutes
    return {
        "owner": "provintel",
        "retries": int(os.environ.get("PROVINTEL_TASK_RETRIES", "2")),
        "retry_delay": timedelta(seconds=float(os.environ.get("PROVINTEL_RETRY_DELAY", "300"))),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(hours=1),
    }


def _schedule(schedule: str) -> str | None:
    # PROVINTEL_MANUAL_RUNS=1: runs only when triggered (a staging environment, the scale demo), so
    # unpausing a DAG does not also start the interval it last missed
    return None if os.environ.get("PROVINTEL_MANUAL_RUNS") == "1" else schedule


def source_pipeline(dag_id: str, cadence: str, schedule: str, tags: list[str], outlet: Asset,
                    doc: str) -> DAG:
    """extract (one mapped task per source, network only) -> load (write, audit, publish)."""

    @dag(dag_id=dag_id, schedule=_schedule(schedule), start_date=START, catchup=False, default_args=default_args(),
         tags=["provintel", *tags], doc_md=doc)
    def pipeline() -> None:
        @task
        def sources() -> list[str]:
            from provintel.sources import registry

            return [name for name, s in registry().items() if s.cadence == cadence]

        @task(max_active_tis_per_dag=2)
        def extract(source: str, run_id: str | None = None) -> str:
            from provintel.pipeline import extract as run_extract

            return str(run_extract(source, run_id))

        # one writer at a time: a pool of one slot, created at bootstrap; on Celery, loads go to the
        # queue that only the warehouse host's worker consumes (the DuckDB file lives on one machine)
        queue = os.environ.get("PROVINTEL_LOAD_QUEUE", "default")

        @task(pool=WRITER_POOL, queue=queue)
        def load(batch: str) -> dict[str, object]:
            from pathlib import Path

            from provintel.pipeline import load as run_load

            summary = run_load(Path(batch), publish=False)
            summary.raise_for_failures()
            return summary.__dict__

        # the run's changes reach readers once, after every load, even when some failed; this task
        # then fails if any source did, so the run shows it
        @task(pool=WRITER_POOL, queue=queue, outlets=[outlet], trigger_rule="all_done")
        def publish(names: list[str] | None, run_id: str | None = None) -> str | None:
            from airflow.sdk.exceptions import AirflowFailException

            from common.contracts import BatchFailed
            from provintel.pipeline import publish_run

            try:
                snapshot = publish_run(names or [], str(run_id))
            except BatchFailed as exc:
                raise AirflowFailException(str(exc)) from None  # the outcome is known: no retries
            if names is None:  # the sources task itself failed: what was loaded is published, the run fails
                raise AirflowFailException("the sources task failed: nothing of this run was extracted")
            return snapshot

        names = sources()
        load.expand(batch=extract.expand(source=names)) >> publish(names)  # type: ignore[arg-type]

    return pipeline()


def _send(briefing_id: str) -> dict[str, str]:
    from airflow.sdk.exceptions import AirflowSkipException

    from reports.briefing import send
    from reports.delivery import NotApproved, smtp_from_connection

    try:
        return send(briefing_id, smtp_from_connection(os.environ.get("PROVINTEL_SMTP_CONN_ID", "provintel_smtp")))
    except NotApproved as e:
        raise AirflowSkipException(str(e)) from None


def briefing_pipeline(dag_id: str, kind: str, schedule: str, doc: str) -> DAG:
    """build (release folder from the published snapshot) -> deliver (one message per bureau, once)."""

    @dag(dag_id=dag_id, schedule=schedule, start_date=START, catchup=False, default_args=default_args(),
         tags=["provintel", "briefings"], doc_md=doc, max_active_runs=1)
    def pipeline() -> None:
        @task
        def build(logical_date: Any = None) -> str:
            import pendulum

            from reports.briefing import briefing_id
            from reports.briefing import build as build_briefing

            day = (logical_date or pendulum.now()).in_timezone(TZ).date()
            build_briefing(kind, day)
            return briefing_id(kind, day)

        @task
        def deliver(briefing_id: str) -> dict[str, str]:
            return _send(briefing_id)

        deliver(build())  # type: ignore[arg-type]  # an XComArg stands in for the str at parse time

    return pipeline()


def deliveries_pipeline(dag_id: str, schedule: str, doc: str) -> DAG:
    """Send what is ready: approved briefings, and any bureau a failed run left out."""

    @dag(dag_id=dag_id, schedule=schedule, start_date=START, catchup=False, default_args=default_args(),
         tags=["provintel", "briefings"], doc_md=doc, max_active_runs=1)
    def pipeline() -> None:
        @task
        def pending() -> list[str]:
            from reports.delivery import pending as ready

            return ready()

        @task
        def deliver(briefing_id: str) -> dict[str, str]:
            return _send(briefing_id)

        deliver.expand(briefing_id=pending())

    return pipeline()
