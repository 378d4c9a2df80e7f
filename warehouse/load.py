"""Write, audit, publish: a batch reaches core only after its suites pass, in one transaction."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from provintel.config import Settings
from provintel.pipeline import LoadSummary
from warehouse.audit import AuditResult, audit
from warehouse.catalog import describe
from warehouse.db import ensure_published, publish, writer

log = logging.getLogger(__name__)
SQL = Path(__file__).with_name("sql")
TRANSFORMS = Path(__file__).resolve().parent.parent / "transforms" / "sql"
# current core rows of the regions and periods a batch touches: the audit checks the batch in context
CONTEXT_SQL = """
SELECT o.source, o.region, o.indicator, o.measure, o.period, o.cumulative, o.value, o.unit
FROM core.observation_latest AS o
WHERE EXISTS (SELECT 1 FROM staging.observation AS s
              WHERE s.load_id = ? AND s.source = o.source AND s.region = o.region AND s.period = o.period)
"""
STAGING = {"observations": "staging.observation", "notices": "staging.notice"}
MERGE = {"observations": "merge_observations.sql", "notices": "merge_notices.sql"}
CORE = {"observations": "core.observation", "notices": "core.notice_version"}


def statements(path: Path) -> list[str]:
    """Split a .sql file into statements (files hold no semicolons inside literals)."""
    return [s.strip() for s in path.read_text().split(";\n") if s.strip() and not _only_comments(s)]


def _only_comments(s: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in s.splitlines())


def rebuild_marts(con: duckdb.DuckDBPyConnection) -> None:
    for path in sorted(TRANSFORMS.glob("*.sql")):
        for stmt in statements(path):
            con.execute(stmt)
    describe(con)


def _summary(row: tuple[Any, ...], snapshot: str | None) -> LoadSummary:
    return LoadSummary(load_id=row[0], source=row[1], status=row[2], rows_in=row[3], rows_loaded=row[4],
                       pages_fetched=row[5], pages_failed=row[6], reason=row[7], snapshot=snapshot)


def load_batch(batch: Path, s: Settings) -> LoadSummary:
    manifest = json.loads((batch / "manifest.json").read_text())
    load_id, source, kind = manifest["load_id"], manifest["source"], manifest["kind"]
    records = [json.loads(line) for line in (batch / "records.jsonl").read_text().splitlines() if line]
    failures = manifest["failures"]
    page_failures = [f for f in failures if not f.get("batch")]
    batch_failures = [f for f in failures if f.get("batch")]
    fetches = manifest["fetches"]
    withdrawn = manifest.get("withdrawn", [])
    fetched = sum(1 for f in fetches if f["outcome"] in ("ok", "not_modified"))

    with writer(s) as con:
        prior = con.execute("SELECT load_id, source, status, rows_in, rows_loaded, pages_fetched, pages_failed, "
                            "reason FROM meta.load_log WHERE load_id = ?", [load_id]).fetchone()
        if prior is not None:
            # a retried task: the batch was handled already, report the same outcome, and publish it
            # if a crash or a full disk stopped that between the commit and the snapshot
            log.info("batch %s already loaded (%s)", load_id, prior[2])
            caught_up = ensure_published(con, s)
            return _summary(prior, caught_up.name if caught_up else None)
        ensure_published(con, s)  # an earlier load that never reached readers goes out first
        started = datetime.now(UTC)
        df = pd.DataFrame.from_records(records)
        table = STAGING[kind]
        con.execute(f"DELETE FROM {table} WHERE load_id = ?", [load_id])
        if records:
            df.insert(0, "load_id", load_id)
            con.register("batch_df", df)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_df")
            con.unregister("batch_df")
        staged = con.execute(f"SELECT * EXCLUDE (load_id) FROM {table} WHERE load_id = ?", [load_id]).df()

        results: list[AuditResult] = []
        reason: str | None
        if batch_failures:
            status, reason = "quarantined", "; ".join(dict.fromkeys(f["reason"] for f in batch_failures))
        elif not records and manifest["changed_pages"] == 0 and not withdrawn and not page_failures \
                and not _ever_loaded(con, source):
            # a source's first run that finds nothing is broken navigation, not a quiet day
            status, reason = "quarantined", "first load of this source found nothing to load"
        elif not records and manifest["changed_pages"] == 0:
            status, reason = ("success" if withdrawn else "no_change"), None
        else:
            context = con.execute(CONTEXT_SQL, [load_id]).df() if kind == "observations" else None
            results = audit(kind, staged, s.docs_dir, context)
            failed = [r for r in results if not r.success]
            if failed:
                status = "quarantined"
                reason = "validation failed: " + "; ".join(f"{r.suite}: {', '.join(r.failures)}" for r in failed)
            else:
                status, reason = "success", None

        now = datetime.now(UTC)
        con.execute("BEGIN")
        try:
            _ledger(con, load_id, source, fetches, page_failures, now)
            rows_loaded = 0
            if status == "success" and withdrawn:
                rows_loaded += _withdraw(con, withdrawn, load_id, now)
            if status == "success" and records:
                before = con.execute(f"SELECT count(*) FROM {CORE[kind]}").fetchone()[0]  # type: ignore[index]
                for stmt in statements(SQL / MERGE[kind]):
                    params = {k: v for k, v in (("load_id", load_id), ("now", now)) if f"${k}" in stmt}
                    con.execute(stmt, params or None)
                after = con.execute(f"SELECT count(*) FROM {CORE[kind]}").fetchone()[0]  # type: ignore[index]
                rows_loaded += after - before

                if kind == "notices":
                    from warehouse.search import reindex

                    changed = [r[0] for r in con.execute(
                        "SELECT notice_id FROM core.notice_version WHERE load_id = ?", [load_id]).fetchall()]
                    reindex(con, changed)
                parsed = manifest.get("parsed_pages", [])
                if parsed:
                    con.executemany("INSERT OR REPLACE INTO raw.loaded_page VALUES (?, ?, ?, ?, ?)",
                                    [[source, p["request_key"], p["url"], p["sha256"], load_id] for p in parsed])
            if status == "success" and kind == "observations" and manifest.get("reparsed_pages"):
                _retire(con, source, load_id, manifest["reparsed_pages"], now)
            if status == "success":
                rebuild_marts(con)
            elif status == "quarantined":
                con.execute("INSERT INTO quarantine.batch VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [load_id, source, reason, len(records),
                             json.dumps(records, ensure_ascii=False),
                             json.dumps([r.failures for r in results], ensure_ascii=False), now])
            for r in results:
                con.execute("INSERT INTO meta.validation_result VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [load_id, r.suite, r.success, r.evaluated, len(r.failures),
                             json.dumps(r.failures, ensure_ascii=False), r.result_json, now])
            if status in ("success", "no_change") and page_failures:
                status = "partial"
                kinds = "; ".join(dict.fromkeys(str(f["reason"])[:160] for f in page_failures[:3]))
                reason = f"{len(page_failures)} page(s) quarantined: {kinds}"
            con.execute("INSERT INTO meta.load_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [load_id, source, started, datetime.now(UTC), len(records), rows_loaded,
                         fetched, len(page_failures), status, reason])
            con.execute(f"DELETE FROM {table} WHERE load_id = ?", [load_id])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        snapshot = publish(con, s, label=source)
        row = con.execute("SELECT load_id, source, status, rows_in, rows_loaded, pages_fetched, pages_failed, "
                          "reason FROM meta.load_log WHERE load_id = ?", [load_id]).fetchone()
    assert row is not None
    return _summary(row, snapshot.name)


def _retire(con: duckdb.DuckDBPyConnection, source: str, load_id: str, urls: list[str], now: datetime) -> None:
    """Close the current vintage of figures a re-parse no longer finds on its pages (a parser fix)."""
    con.execute("""UPDATE core.observation AS o SET realtime_end = ?
                   WHERE o.realtime_end IS NULL AND o.source = ? AND o.source_url IN (SELECT unnest(?::VARCHAR[]))
                     AND NOT EXISTS (SELECT 1 FROM staging.observation AS s
                                     WHERE s.load_id = ? AND s.region = o.region AND s.indicator = o.indicator
                                       AND s.measure = o.measure AND s.period = o.period
                                       AND s.cumulative = o.cumulative)""", [now, source, urls, load_id])


def _ever_loaded(con: duckdb.DuckDBPyConnection, source: str) -> bool:
    row = con.execute("SELECT count(*) FROM meta.load_log WHERE source = ? AND status IN ('success', 'partial')",
                      [source]).fetchone()
    return bool(row and row[0])


def _withdraw(con: duckdb.DuckDBPyConnection, urls: list[str], load_id: str, now: datetime) -> int:
    """Mark notices whose pages the portal took down as withdrawn (kept, never deleted)."""
    ids = [r[0] for r in con.execute("SELECT notice_id FROM core.notice WHERE withdrawn_at IS NULL AND source_url IN "
                                     "(SELECT unnest(?::VARCHAR[]))", [urls]).fetchall()]
    if ids:
        con.executemany("INSERT INTO core.notice_event VALUES (?, 'withdrawn', 'page gone from the portal', ?, ?)",
                        [[i, load_id, now] for i in ids])
        con.execute("UPDATE core.notice SET withdrawn_at = ?, last_changed = ? WHERE notice_id IN "
                    "(SELECT unnest(?::VARCHAR[]))", [now, now, ids])
    return len(ids)


def _ledger(con: duckdb.DuckDBPyConnection, load_id: str, source: str, fetches: list[dict[str, Any]],
            page_failures: list[dict[str, Any]], now: datetime) -> None:
    if fetches:
        con.executemany("INSERT INTO raw.fetch VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [[load_id, source, f["url"], f["method"], f["outcome"], f["status"], f["attempts"],
                          f["sha256"], f["fetched_at"], f["error"]] for f in fetches])
    if page_failures:
        con.executemany("INSERT INTO quarantine.page VALUES (?, ?, ?, ?, ?, ?)",
                        [[load_id, source, f["url"], f.get("sha256"), f["reason"], now] for f in page_failures])
