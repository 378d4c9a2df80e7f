"""`make scale-demo`: the DAGs on Airflow's CeleryExecutor with two workers, checked against LocalExecutor.

Everything runs on loopback: a throwaway PostgreSQL cluster (Airflow's metadata DB and Celery's
results, Debian's postgresql) and Redis (the broker, Debian's redis-server), the API server, the
scheduler, the DAG processor and two Celery workers sharing one PROVINTEL_HOME. Extract tasks run on
both workers; loads go to the `warehouse` queue, which only worker w1 (the warehouse host) consumes,
and the one-slot pool serialises them. The same DAGs then run on LocalExecutor into a second home,
and the two warehouses must hold the same figures and notices.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common.settings import REPO_ROOT

log = logging.getLogger(__name__)
DAGS = ("provintel_statistics_annual", "provintel_notices_daily")
WORKERS = ("w1", "w2")
LOAD_QUEUE = "warehouse"
WRITERS = ("load", "publish")  # the tasks that write the warehouse: one at a time, on the warehouse host


class ScaleFailed(RuntimeError):
    """A service did not start, a DAG run failed, or the run broke a property the demo checks."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), 1):
        return True


def _wait(what: str, check: Any, timeout: float, every: float = 1.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if result := check():
                return result
        time.sleep(every)
    raise ScaleFailed(f"timed out after {timeout:.0f}s waiting for {what}")


@dataclass
class Services:
    """Processes started for one run, stopped in reverse order (each in its own process group)."""

    logs: Path
    procs: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        out = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115  # closed with the process
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        out.close()
        self.procs.append((name, proc))
        return proc

    def stop(self) -> None:
        for name, proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)  # a Celery worker's warm shutdown finishes its tasks
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    log.warning("%s did not stop in 30 s: killing its process group", name)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # children a component left behind
            proc.wait()
        self.procs.clear()


@contextlib.contextmanager
def postgres() -> Iterator[tuple[str, int]]:
    """A throwaway PostgreSQL cluster on loopback; yields (password, port) for the role `airflow`."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        raise ScaleFailed("PostgreSQL is not installed (Debian package postgresql; `make install` adds it)")
    pgbin = Path(bins[-1])
    root = Path(tempfile.mkdtemp(prefix="provintel-pg-"))
    data, port, password = root / "data", _free_port(), secrets.token_hex(16)
    as_pg: list[str] = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    try:
        root.chmod(0o755)  # the postgres user must reach its data folder
        (root / "pw").write_text(password)
        data.mkdir()
        (root / "pg.log").touch()
        if as_pg:
            shutil.chown(data, "postgres")
            shutil.chown(root / "pw", "postgres")
            shutil.chown(root / "pg.log", "postgres")
        subprocess.run([*as_pg, str(pgbin / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
                        "--locale=C.UTF-8", "--auth-local=peer" if as_pg else "--auth-local=trust",
                        "--auth-host=scram-sha-256", f"--pwfile={root / 'pw'}"], check=True, capture_output=True)
        subprocess.run([*as_pg, str(pgbin / "pg_ctl"), "-D", str(data), "-l", str(root / "pg.log"), "-w", "-t", "60",
                        "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off "
                              "-c synchronous_commit=off -c max_connections=200", "start"],
                       check=True, capture_output=True)
        psql = [*as_pg, str(pgbin / "psql"), "-h", str(data), "-p", str(port), "-U", "postgres", "-d", "postgres",
                "-qv", "ON_ERROR_STOP=1"]
        subprocess.run([*psql, "-c", f"CREATE ROLE airflow LOGIN PASSWORD '{password}'",
                        "-c", "CREATE DATABASE airflow OWNER airflow"], check=True, capture_output=True)
        yield password, port
    finally:
        subprocess.run([*as_pg, str(pgbin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def redis() -> Iterator[int]:
    """A throwaway Redis on loopback (no persistence); yields its port."""
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(server).exists():
        raise ScaleFailed("Redis is not installed (Debian package redis-server; `make install` adds it)")
    port = _free_port()
    workdir = Path(tempfile.mkdtemp(prefix="provintel-redis-"))
    proc = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        _wait("redis", lambda: _listening(port), 20, 0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def _airflow_env(home: Path, executor: str, db_url: str, broker: str | None, api_port: int) -> dict[str, str]:
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    (home / "airflow").mkdir(parents=True, exist_ok=True)
    passwords = home / "airflow" / "passwords.json"
    passwords.write_text(json.dumps({"admin": secrets.token_hex(12)}))
    env.update({
        "PROVINTEL_HOME": str(home),
        "PROVINTEL_MANUAL_RUNS": "1",
        "PROVINTEL_LOAD_QUEUE": LOAD_QUEUE if executor == "CeleryExecutor" else "default",
        "AIRFLOW_HOME": str(home / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": executor,
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_POOL_SIZE": "3",
        # the scheduler signs each task's token and the API server checks it: one secret for both
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
        "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{api_port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(_free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(_free_port()),
        # a worker slot frees this long after its task ends (default 5 s)
        "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
    })
    if broker:
        env.update({
            "AIRFLOW__CELERY__BROKER_URL": broker,
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + db_url,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
            "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
            # celery_taskmeta.worker names the worker that ran each task
            "AIRFLOW__CELERY__EXTRA_CELERY_CONFIG": json.dumps({"result_extended": True}),
        })
    return env


def _sql(db: dict[str, Any], query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import psycopg2

    con = psycopg2.connect(**db)
    try:
        with con.cursor() as cur:
            cur.execute(query, params)
            return list(cur.fetchall())
    finally:
        con.close()


def run(home: Path, executor: str, replay: str, timeout: float = 900) -> dict[str, Any]:
    """Run DAGS once on `executor` with a fresh metadata DB; return per-task placement and run states."""
    home.mkdir(parents=True, exist_ok=True)
    logs = home / "logs" / executor
    logs.mkdir(parents=True, exist_ok=True)
    airflow = [sys.executable, "-m", "airflow"]
    with contextlib.ExitStack() as stack:
        password, pg_port = stack.enter_context(postgres())
        broker = f"redis://127.0.0.1:{stack.enter_context(redis())}/0" if executor == "CeleryExecutor" else None
        db = {"host": "127.0.0.1", "port": pg_port, "user": "airflow", "password": password, "dbname": "airflow"}
        api_port = _free_port()
        env = _airflow_env(home, executor, f"postgresql+psycopg2://airflow:{password}@127.0.0.1:{pg_port}/airflow",
                           broker, api_port)
        env.update(PROVINTEL_REPLAY=replay)
        for cmd in (["db", "migrate"], ["pools", "set", "warehouse_writer", "1", "one writer for the warehouse"]):
            done = subprocess.run([*airflow, *cmd], env=env, capture_output=True, text=True)
            if done.returncode:
                raise ScaleFailed(f"airflow {' '.join(cmd)} failed: {done.stderr[-2000:]}")
        services = Services(logs)
        stack.callback(services.stop)
        services.start("api-server", [*airflow, "api-server"], env)
        services.start("scheduler", [*airflow, "scheduler"], env)
        services.start("dag-processor", [*airflow, "dag-processor"], env)
        if executor == "CeleryExecutor":
            for w in WORKERS:
                # w1 is the warehouse host: it alone consumes the load queue; the log server would bind
                # every interface, so it stays off (logs are on local disk)
                queues = f"default,{LOAD_QUEUE}" if w == WORKERS[0] else "default"
                services.start(f"worker-{w}", [*airflow, "celery", "worker", "--celery-hostname", f"{w}@%h",
                                               "--concurrency", "2", "--queues", queues, "--skip-serve-logs"], env)
            _wait("both Celery workers", lambda: _pong(env) >= set(WORKERS), 180, 2)
        _wait("the DAGs to be parsed", lambda: len(_sql(db, "SELECT dag_id FROM serialized_dag WHERE dag_id = ANY(%s)",
                                                          (list(DAGS),))) == len(DAGS), 180, 2)
        run_ids = {}
        for dag_id in DAGS:
            run_ids[dag_id] = f"scale__{executor}__{int(time.time())}"
            for cmd in (["dags", "unpause", dag_id], ["dags", "trigger", dag_id, "--run-id", run_ids[dag_id]]):
                subprocess.run([*airflow, *cmd], env=env, check=True, capture_output=True)
        def finished() -> dict[str, str] | None:
            states = {d: _sql(db, "SELECT state FROM dag_run WHERE dag_id = %s AND run_id = %s", (d, r))[0][0]
                      for d, r in run_ids.items()}
            return states if all(s in ("success", "failed") for s in states.values()) else None

        states = _wait("the DAG runs", finished, timeout, 3)
        worker_of = "ct.worker" if executor == "CeleryExecutor" else "NULL"
        tasks = _sql(db, f"""
            SELECT ti.dag_id, ti.task_id, ti.map_index, ti.state, ti.pool, ti.queue, {worker_of},
                   extract(epoch FROM ti.start_date), extract(epoch FROM ti.end_date)
            FROM task_instance AS ti
            {"LEFT JOIN celery_taskmeta AS ct ON ct.task_id = ti.external_executor_id"
             if executor == "CeleryExecutor" else ""}
            WHERE ti.run_id = ANY(%s) ORDER BY ti.start_date""", (list(run_ids.values()),))
    placed = [{"dag": d, "task": t, "map_index": m, "state": s, "pool": p, "queue": q,
               "worker": (w or "").split("@")[0] or None, "start": float(a or 0), "end": float(b or 0)}
              for d, t, m, s, p, q, w, a, b in tasks]
    report = {"executor": executor, "runs": states, "tasks": placed}
    (home / f"scale-{executor}.json").write_text(json.dumps(report, indent=1))
    return report


def _pong(env: dict[str, str]) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "celery", "-A",
                          "airflow.providers.celery.executors.celery_executor.app", "inspect", "ping",
                          "--timeout", "2"], env=env, capture_output=True, text=True).stdout
    return {w for w in WORKERS if f"{w}@" in out}


def check(report: dict[str, Any]) -> list[str]:
    """What a good distributed run shows: success, extracts on both workers, loads one at a time on w1."""
    problems = [f"{dag}: {state}" for dag, state in report["runs"].items() if state != "success"]
    tasks = report["tasks"]
    extract_workers = {t["worker"] for t in tasks if t["task"] == "extract"}
    if report["executor"] == "CeleryExecutor":
        ran = {t["worker"] for t in tasks}
        if not set(WORKERS) <= ran:
            problems.append(f"tasks ran on {sorted(w or '?' for w in ran)}, not on both workers")
        if not set(WORKERS) <= extract_workers:
            problems.append(f"extracts ran on {sorted(w or '?' for w in extract_workers)} only")
        off = [t for t in tasks if t["task"] in WRITERS and t["worker"] != WORKERS[0]]
        if off:
            problems.append(f"{len(off)} load or publish task(s) ran off the warehouse host")
        extracts = [t for t in tasks if t["task"] == "extract"]
        if not any(a["worker"] != b["worker"] and a["start"] < b["end"] and b["start"] < a["end"]
                   for a in extracts for b in extracts):
            problems.append("no two extracts ran at the same time on different workers")
    writes = sorted((t["start"], t["end"]) for t in tasks if t["task"] in WRITERS)
    overlaps = sum(1 for (_, end), (start, _) in zip(writes, writes[1:], strict=False) if start < end)
    if overlaps:
        problems.append(f"{overlaps} warehouse write(s) overlapped another: the pool did not serialise them")
    published = [t for t in tasks if t["task"] == "publish"]
    if len(published) != len(report["runs"]) or any(t["state"] != "success" for t in published):
        problems.append("each DAG run must end in one successful publish")
    return problems


def warehouse_facts(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What analysts read, without load ids and times: current figures, notices, the province panel."""
    from contextlib import closing
    from dataclasses import replace

    from common.settings import settings
    from warehouse.db import connect

    with closing(connect(replace(settings(), home=home))) as con:
        return {name: con.execute(query).fetchall() for name, query in {
            "observations": """SELECT source, region, indicator, measure, period, cumulative, value, unit,
                                      source_url, raw_sha256 FROM core.observation_latest ORDER BY ALL""",
            "notices": """SELECT notice_id, province, title, doc_number, issuer, published_date, content_hash,
                                 version FROM core.notice ORDER BY ALL""",
            "panel": """SELECT region, indicator, frequency, period, cumulative, value, yoy_pct,
                               rank_among_provinces, provinces_ranked FROM marts.province_panel ORDER BY ALL""",
        }.items()}


def main() -> int:
    from replay.server import start

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # a SIGTERM (CI cancelling the job) unwinds like Ctrl-C: every server and worker is stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    base = Path(os.environ.get("PROVINTEL_SCALE_HOME", REPO_ROOT / "data" / "scale"))
    shutil.rmtree(base, ignore_errors=True)
    os.environ.setdefault("PROVINTEL_MIN_INTERVAL", "0.2")
    os.environ.setdefault("PROVINTEL_TASK_RETRIES", "1")
    os.environ.setdefault("PROVINTEL_RETRY_DELAY", "2")
    server, _ = start()
    try:
        results = {}
        for executor in ("CeleryExecutor", "LocalExecutor"):
            print(f"==> {', '.join(DAGS)} on {executor} (PostgreSQL metadata DB"
                  f"{', Redis broker, workers ' + ' and '.join(WORKERS) if executor == 'CeleryExecutor' else ''})",
                  flush=True)
            t0 = time.monotonic()
            report = run(base / executor, executor, server.base_url)
            for t in report["tasks"]:
                print(f"    {t['dag']:<30} {t['task']:<8} [{t['map_index']:>2}] {t['state']:<8} "
                      f"queue={t['queue']:<9} worker={t['worker'] or '-'}")
            problems = check(report)
            print(f"    {executor}: {'ok' if not problems else 'FAILED: ' + '; '.join(problems)} "
                  f"in {time.monotonic() - t0:.0f}s", flush=True)
            if problems:
                return 1
            results[executor] = warehouse_facts(base / executor)
    finally:
        server.shutdown()
    same = results["CeleryExecutor"] == results["LocalExecutor"]
    for name, rows in results["CeleryExecutor"].items():
        print(f"    {name}: {len(rows)} rows on Celery, {len(results['LocalExecutor'][name])} on LocalExecutor")
    print("==> the two warehouses " + ("hold the same figures, notices and panel" if same else "DIFFER"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
