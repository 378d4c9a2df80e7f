"""`make demo`: the real pipeline end to end against the replay server, then a summary.

Real Airflow DAG runs (`airflow dags test`), real GX validation, a real DuckDB warehouse and real
briefing files. The replay server maps every source host to loopback; nothing leaves the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common.settings import REPO_ROOT, settings
from provintel.airflow_runner import airflow_env, bootstrap


def step(msg: str) -> None:
    print(f"\n==> {msg}", flush=True)


def run_dag(dag_id: str, logs: Path, expect_failure: bool = False) -> bool:
    log_file = logs / f"{dag_id}-{int(time.time())}.log"
    t0 = time.monotonic()
    with open(log_file, "w") as out:
        rc = subprocess.call([sys.executable, "-m", "airflow", "dags", "test", dag_id],
                             env={**os.environ, **airflow_env()}, stdout=out, stderr=subprocess.STDOUT)
    ok = rc == 0
    mark = "ok" if ok else ("failed, as it should" if expect_failure else "FAILED")
    print(f"    {dag_id}: {mark} in {time.monotonic() - t0:.0f}s (log: {log_file.relative_to(REPO_ROOT)})",
          flush=True)
    return ok


def main() -> int:
    from replay.server import Corpus, start

    os.environ.setdefault("PROVINTEL_HOME", str(REPO_ROOT / "data"))
    os.environ.setdefault("PROVINTEL_MIN_INTERVAL", "0.2")  # polite pacing, kept short for the demo
    os.environ.setdefault("PROVINTEL_BACKOFF_BASE", "0.5")
    os.environ.setdefault("PROVINTEL_RETRY_DELAY", "2")
    os.environ.setdefault("PROVINTEL_TASK_RETRIES", "1")
    os.environ.setdefault("PROVINTEL_RECHECK_DAYS", "1")  # the demo's withdrawal must show on its second run
    os.environ.setdefault("AIRFLOW_HOME", str(REPO_ROOT / ".airflow"))
    s = settings()
    logs = s.home / "logs"
    logs.mkdir(parents=True, exist_ok=True)

    step("starting the replay server (real hosts mapped to loopback)")
    server, _ = start()
    os.environ["PROVINTEL_REPLAY"] = server.base_url
    print(f"    {server.base_url} serving {len(server.corpus.routes)} recorded routes")

    step("bootstrapping Airflow (SQLite metadata DB in .airflow, pool warehouse_writer = 1 slot)")
    bootstrap()

    step("running the DAGs")
    ok = run_dag("provintel_statistics_annual", logs)
    ok &= run_dag("provintel_statistics_monthly", logs)
    ok &= run_dag("provintel_notices_daily", logs)

    step("fault drill: the NBS API answers with a decimal slip in Hubei's secondary sector")
    server.corpus = Corpus.load(scenarios=["nbs_bad_batch"])
    run_dag("provintel_statistics_annual", logs, expect_failure=True)

    step("changes at the sources: NBS restates Hubei's 2023 GDP; Shanxi revises a notice; Hunan withdraws one")
    server.corpus = Corpus.load(scenarios=["nbs_revised", "notices_changed"])
    ok &= run_dag("provintel_statistics_annual", logs)
    ok &= run_dag("provintel_notices_daily", logs)
    subprocess.call([sys.executable, "-m", "provintel.cli", "revisions"])
    step("what was known on 2026-01-01 (vintages start at each source's publication date)")
    sys.stdout.flush()
    subprocess.call([sys.executable, "-m", "provintel.cli", "series", "hubei", "gdp", "--as-of", "2026-01-01"])
    notice_events()
    step("provintel search 外资 (jieba + BM25 inside the warehouse)")
    sys.stdout.flush()
    subprocess.call([sys.executable, "-m", "provintel.cli", "search", "外资", "--limit", "5"])

    step("briefings: the weekly digest and the monthly brief, built from the snapshot and sent by SMTP")
    outbox = s.home / "outbox"
    smtp = start_smtp_sink(outbox)
    print(f"    a local SMTP server on 127.0.0.1:{smtp.port} stands in for the office's mail relay; "
          f"messages land in {outbox}")
    ok &= run_dag("provintel_weekly_digest", logs)
    ok &= run_dag("provintel_monthly_brief", logs)
    smtp.stop()
    server.shutdown()

    summary()
    return 0 if ok else 1


def start_smtp_sink(outbox: Path) -> Any:
    """An SMTP server on loopback that files each message as .eml; the DAGs reach it through an Airflow connection."""
    import json
    import socket

    from aiosmtpd.controller import Controller

    outbox.mkdir(parents=True, exist_ok=True)

    class Sink:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            n = len(list(outbox.glob("*.eml"))) + 1
            (outbox / f"{n:03d}.eml").write_bytes(envelope.content)
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    os.environ["AIRFLOW_CONN_PROVINTEL_SMTP"] = json.dumps(
        {"conn_type": "smtp", "host": "127.0.0.1", "port": port, "extra": {"from_email": "eto-wuhan@example.org",
                                                                    "starttls": False}})
    return controller


def notice_events() -> None:
    from warehouse.db import connect

    con = connect()
    try:
        rows = con.execute("""SELECT e.event, n.province, n.doc_number, n.title, n.validity
                              FROM core.notice_event e JOIN core.notice n USING (notice_id)
                              WHERE e.event IN ('revised', 'withdrawn') ORDER BY e.event_at""").fetchall()
    finally:
        con.close()
    for event, province, doc, title, validity in rows:
        print(f"    notice {event}: {province} {doc} {title[:40]}… (validity now: {validity})")


def summary() -> None:
    from warehouse.db import connect, current_snapshot

    st = settings()
    con = connect()
    try:
        step("summary")
        rows = con.execute("""
            SELECT source, sum(pages_fetched), sum(rows_loaded),
                   count(*) FILTER (WHERE status = 'quarantined'),
                   string_agg(DISTINCT reason, ' | ') FILTER (WHERE status = 'quarantined')
            FROM meta.load_log GROUP BY source ORDER BY source""").fetchall()
        for src, pages, loaded, quarantined, why in rows:
            print(f"    {src:<20} pages fetched {pages:>4}  rows loaded {loaded:>5}  "
                  f"batches quarantined {quarantined}" + (f"\n{'':<25}why: {why[:240]}" if why else ""))
        facts = con.execute("""
            SELECT (SELECT count(DISTINCT region) FROM marts.regional_gdp WHERE region <> 'national'),
                   (SELECT count(DISTINCT region) FROM core.observation_latest WHERE source LIKE 'communiques_%'),
                   (SELECT count(DISTINCT region) FROM core.observation_latest WHERE source LIKE 'releases_%'),
                   (SELECT string_agg(province || ' ' || n, ', ') FROM (SELECT province, count(*) AS n
                    FROM core.notice GROUP BY 1 ORDER BY 1)),
                   (SELECT count(*) FROM marts.revisions),
                   (SELECT count(*) FILTER (WHERE flagged) FROM marts.reconciliation)""").fetchone()
        assert facts is not None
        print(f"    regional GDP (NBS): {facts[0]} provinces; communiqués: {facts[1]} provinces; "
              f"monthly releases: {facts[2]} provinces\n    notices: {facts[3]}")
        print(f"    revisions recorded: {facts[4]}; NBS-versus-bureau differences flagged: {facts[5]}")
    finally:
        con.close()
    print(f"    warehouse snapshot: {current_snapshot(st)}")
    print("    open it with: .venv/bin/python -c 'import warehouse; "
          "print(warehouse.connect().sql(\"from marts.regional_gdp\"))'")
    import json

    from reports.delivery import summary as text_summary
    from reports.release import verify

    for manifest in sorted(st.briefings_dir.glob("*/*/manifest.json")):
        folder = manifest.parent
        state = "manifest verifies" if not verify(folder) else "MANIFEST DOES NOT VERIFY"
        print(f"    briefing {folder.parent.name} {folder.name} ({state}):")
        for doc in sorted(folder.glob(f"{folder.parent.name}.*")):
            print(f"        {doc}")
        about = {"kind": folder.parent.name, "release_date": folder.name}
        for line in text_summary(folder, json.loads(manifest.read_text(encoding="utf-8")), about).splitlines():
            print(f"        | {line}")
    print(f"    emails sent: {len(list((st.home / 'outbox').glob('*.eml')))} in {st.home / 'outbox'}")
    print(f"    data docs: {st.docs_dir / 'index.html'}")
    step("provintel status")
    sys.stdout.flush()
    subprocess.call([sys.executable, "-m", "provintel.cli", "status"])


if __name__ == "__main__":
    sys.exit(main())
