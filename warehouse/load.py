"""Write, audit, publish: a batch reaches core only after its suites pass, in one transaction."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from common.contracts import Batch, LoadSummary
from common.provinces import REGISTRY as PROVINCES_TOML
from common.settings import Settings
from common.sqlfiles import named, statements
from extractors.catalogue import PATH as CATALOGUE
from extractors.tagging import PATH as TOPICS
from warehouse import marts
from warehouse.audit import AuditResult, audit, notice_frames, observation_frames
from warehouse.db import (
    MIGRATIONS,
    locked,
    paths,
    publish,
    published_build,
    published_load_ids,
    rewrite,
    session,
    unpublished,
    writer,
)
from warehouse.marts import TRANSFORMS
from warehouse.search import compact, compact_due, reindex

log = logging.getLogger(__name__)
SQL = Path(__file__).with_name("sql")
TAGGER = [TOPICS, TOPICS.with_name("tagging.py")]  # what a notice's topics and Hong Kong flag come from
_RETAG_CHUNK = 5000
STAGING = {"observations": "staging.observation", "notices": "staging.notice"}
MERGE = {"observations": "merge_observations.sql", "notices": "merge_notices.sql"}
CORE = {"observations": "core.observation", "notices": "core.notice_version"}


def q(name: str, kind: str | None = None) -> str:
    """A statement of sql/load.sql; {staging} and {core} name the batch kind's tables."""
    text = named(SQL / "load.sql")[name]
    return text.format(staging=STAGING[kind], core=CORE[kind]) if kind else text


@dataclass
class Verdict:
    """What the audit decided for a batch: its status, the reason, and the suites' results."""

    status: str  # success | no_change | quarantined (partial is set when page failures are recorded)
    reason: str | None
    results: list[AuditResult] = field(default_factory=list)


def _summary(row: tuple[Any, ...], snapshot: str | None) -> LoadSummary:
    return LoadSummary(load_id=row[0], source=row[1], status=row[2], rows_in=row[3], rows_loaded=row[4],
                       pages_fetched=row[5], pages_failed=row[6], reason=row[7], snapshot=snapshot)


def load_batch(folder: Path, s: Settings, publish_now: bool = True) -> LoadSummary:
    """Write the batch to staging, audit it, commit it to core (or quarantine it) in one transaction,
    then, unless a DAG run publishes once at its end (`publish_now=False`), publish what changed.

    A load that changed nothing publishes nothing: no marts rebuild, no new snapshot.
    """
    with writer(s) as con:
        summary = load_with(con, folder, s)
        snapshot = publish_pending(con, s, "catch-up" if summary.snapshot == "retry" else summary.source) \
            if publish_now else None
    return replace(summary, snapshot=snapshot.name if snapshot else None)


def load_with(con: duckdb.DuckDBPyConnection, folder: Path, s: Settings) -> LoadSummary:
    """Load one batch on an open writer connection (several batches share one in `pipeline.run_many`);
    publishes nothing. A batch loaded before (a retried task) reports its first outcome, with
    `snapshot` set to "retry"."""
    batch = Batch.read(folder)
    prior = con.execute(q("log_row"), [batch.load_id]).fetchone()
    if prior is not None:
        # a retried task: the batch was handled already; the caller publishes it if a crash or a full
        # disk stopped that between the commit and the snapshot
        log.info("batch %s already loaded (%s)", batch.load_id, prior[2])
        return _summary(prior, "retry")
    started = datetime.now(UTC)
    stage(con, batch)
    verdict = judge(con, batch, s)
    commit(con, batch, verdict, started)
    row = con.execute(q("log_row"), [batch.load_id]).fetchone()
    assert row is not None
    record_run(s, row)
    return _summary(row, None)


def build_fingerprint() -> str:
    """What the marts are built from: the transforms, the province registry, the indicator catalogue
    (marts.indicator, and which growths are real), the migrations, the mart builder and the notice tagger."""
    builder = [Path(marts.__file__), marts.SQL / "marts.sql"]  # a fix to the incremental build rebuilds in full
    return _fingerprint([*sorted(TRANSFORMS.glob("*.sql")), PROVINCES_TOML, CATALOGUE,
                         *sorted(MIGRATIONS.glob("*.sql")), *builder, *TAGGER])


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def retag(con: duckdb.DuckDBPyConnection) -> tuple[int, int] | None:
    """Tag every notice again from its stored title and text when the tagger changed since they were
    tagged (a deploy: topics.json or tagging.py); return (notices, changed), or None when nothing was due.
    Inside the caller's transaction; the marts built after it read the new tags."""
    from extractors.tagging import tag

    if not _tagger_due(con):
        return None
    fingerprint = _fingerprint(TAGGER)
    seen, changed = 0, []
    cursor = con.execute(q("notices_to_tag"))
    while rows := cursor.fetchmany(_RETAG_CHUNK):  # (bodies a chunk at a time: 200k notices are ~1 GB of text)
        for notice_id, title, body, topics, terms, hk in rows:
            new = tuple(tag(title, body).columns().values())
            seen += 1
            if new != (topics, terms, hk):
                changed.append((notice_id, *new))
    if changed:
        con.register("retag_df", pd.DataFrame(changed, columns=["notice_id", "topics", "topic_terms", "hk_relevant"]))
        try:
            con.execute(q("retag"))
        finally:
            con.unregister("retag_df")
    con.execute(q("record_tagger"), [fingerprint, datetime.now(UTC), seen, len(changed)])
    log.info("tagged %d notices again with the deployed tagger: %d changed", seen, len(changed))
    return seen, len(changed)


def _tagger_due(con: duckdb.DuckDBPyConnection) -> bool:
    last = con.execute(q("last_tagger")).fetchone()
    return last is None or last[0] != _fingerprint(TAGGER)


def record_tagger(con: duckdb.DuckDBPyConnection) -> None:
    """Say the notices are tagged with the deployed tagger (a warehouse generated with its tags)."""
    con.execute(q("record_tagger"), [_fingerprint(TAGGER), datetime.now(UTC), 0, 0])


def publish_pending(con: duckdb.DuckDBPyConnection, s: Settings, label: str = "") -> Path | None:
    """Rebuild the marts and publish a snapshot when the live file holds loads readers lack, or when a
    deploy changed what the marts are built from; else nothing."""
    if not refresh(con, s):
        return None
    return _publish(con, s, label)


def _publish(con: duckdb.DuckDBPyConnection, s: Settings, label: str) -> Path:
    held = published_load_ids(s)  # the snapshot readers open until this publish lands
    snapshot = publish(con, s, label=label)
    forget_published_runs(s, held)
    return snapshot


def compact_live(s: Settings, timeout: float = 600.0) -> tuple[int, int, Path]:
    """Bring the marts and postings up to date, rewrite the live file without the room freed rows left
    (warehouse.db.rewrite) and publish it, all under one hold of the writer lock (a load in between
    would leave its own freed room, or publish core changes before their marts)."""
    live = paths(s)[0]
    with locked(live, timeout):
        with session(live) as con:
            refresh(con, s)
        before, after = rewrite(live)
        with session(live) as con:
            return before, after, _publish(con, s, "compact")


def refresh(con: duckdb.DuckDBPyConnection, s: Settings) -> bool:
    """Rebuild the marts (and re-sort the postings when due) if the live file holds loads readers lack
    or a deploy changed what the marts are built from; return whether a publish is due."""
    pending = unpublished(con, s)
    fingerprint = build_fingerprint()
    if pending is None and (not paths(s)[2].exists() or published_build(s) == fingerprint) and not _tagger_due(con):
        return False
    log.info("publishing %s", f"up to load {pending}" if pending else "a new build of the marts")
    con.execute("BEGIN")
    try:
        built = con.execute(named(SQL / "queries.sql")["latest_build"]).fetchone()
        retag(con)  # (a deploy that changed the tagger: the marts below read the new tags)
        marts.rebuild(con, full=built is None or built[0] != fingerprint)
        con.execute(q("record_build"), [fingerprint, datetime.now(UTC)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    if compact_due(con):
        # its own transaction: a sort that fails (memory, disk) leaves the postings as they were and
        # never stops the publish; the next publish tries again
        con.execute("BEGIN")
        try:
            compact(con)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            log.warning("search postings not re-sorted (%s); publishing without", exc)
    return True


def forget_published_runs(s: Settings, held: set[str]) -> None:
    """Drop from runs.jsonl the loads `held` (the snapshot before the one just published) holds: status
    and briefing checks read them from any snapshot a reader may still be opening, so the file stays
    as small as the last publish's loads plus those waiting, however long the warehouse runs.
    Housekeeping: a failure here (a full disk) is logged and never fails the publish."""
    path = s.warehouse_dir / "runs.jsonl"
    if not path.exists() or not held:
        return
    tmp = path.with_name(".runs.jsonl.tmp")
    try:
        keep = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                load_id = json.loads(line)["load_id"]
            except (ValueError, KeyError, TypeError):
                continue  # a line a crash cut short
            if load_id not in held:
                keep.append(line + "\n")
        tmp.write_text("".join(keep), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("runs.jsonl not trimmed (%s); it is trimmed at the next publish", exc)


def record_run(s: Settings, row: tuple[Any, ...]) -> None:
    """Append a load's outcome to runs.jsonl beside the warehouse: `provintel status` shows loads that
    published nothing (no change) or have not been published yet."""
    keys = ("load_id", "source", "status", "rows_in", "rows_loaded", "pages_fetched", "pages_failed", "reason")
    entry = {**dict(zip(keys, row, strict=True)), "finished_at": datetime.now(UTC).isoformat()}
    s.warehouse_dir.mkdir(parents=True, exist_ok=True)
    with open(s.warehouse_dir / "runs.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def stage(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    """Write: put the batch's records in its staging table (observations straight from the file)."""
    con.execute(q("clear_staging", batch.kind), [batch.load_id])
    if batch.records_file is not None:
        if batch.record_count:
            con.execute(q("insert_staging_file"), {"load_id": batch.load_id, "path": str(batch.records_file)})
    elif batch.records:
        df = pd.DataFrame.from_records(_tagged(batch.records) if batch.kind == "notices" else batch.records)
        df.insert(0, "load_id", batch.load_id)
        con.register("batch_df", df)
        con.execute(q("insert_staging", batch.kind))
        con.unregister("batch_df")


def _tagged(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Notices with the deployed tagger's topics and Hong Kong flag (a batch parsed before a deploy that changed the
    tagger, loaded after it, would keep the old ones: the re-tag at publish has already run)."""
    from extractors.tagging import tag

    return [{**r, **tag(str(r.get("title") or ""), str(r.get("body_text") or "")).columns()} for r in records]


def judge(con: duckdb.DuckDBPyConnection, batch: Batch, s: Settings) -> Verdict:
    """Audit: decide whether a staged batch may reach core."""
    if batch.batch_failures:
        return Verdict("quarantined", "; ".join(dict.fromkeys(f["reason"] for f in batch.batch_failures)))
    quiet = not batch.record_count and batch.changed_pages == 0
    if quiet and not batch.withdrawn and not batch.page_failures and not _ever_loaded(con, batch.source):
        # a source's first run that finds nothing is broken navigation, not a quiet day
        return Verdict("quarantined", "first load of this source found nothing to load")
    if quiet:
        return Verdict("success" if batch.withdrawn else "no_change", None)
    if batch.kind == "observations":
        frames = observation_frames(con, batch.load_id)
    else:
        frames = notice_frames(con.execute(q("read_staging", batch.kind), [batch.load_id]).df())
    results = audit(frames, s.docs_dir)
    failed = [r for r in results if not r.success]
    if failed:
        return Verdict("quarantined", "validation failed: " + "; ".join(f"{r.suite}: {', '.join(r.failures)}"
                                                                         for r in failed), results)
    return Verdict("success", None, results)


def commit(con: duckdb.DuckDBPyConnection, batch: Batch, verdict: Verdict, started: datetime) -> None:
    """Merge an accepted batch into core, or quarantine it; log either, atomically (marts are rebuilt
    when the changes are published)."""
    now = datetime.now(UTC)
    status, reason, ok = verdict.status, verdict.reason, verdict.status == "success"
    con.execute("BEGIN")
    try:
        _ledger(con, batch.load_id, batch.source, batch.fetches, batch.page_failures, now)
        rows_loaded = _withdraw(con, batch.withdrawn, batch.load_id, now) if ok and batch.withdrawn else 0
        if ok and batch.record_count:
            rows_loaded += _merge(con, batch, now)
        if ok and batch.kind == "observations" and batch.reparsed_pages:
            _retire(con, batch.source, batch.load_id, batch.reparsed_pages, now)
        if status == "quarantined":
            con.execute(q("quarantine_batch"),
                        [batch.load_id, batch.source, reason, batch.record_count, batch.records_json(),
                         json.dumps([r.failures for r in verdict.results], ensure_ascii=False), now])
        for r in verdict.results:
            con.execute(q("validation_result"),
                        [batch.load_id, r.suite, r.success, r.evaluated, len(r.failures),
                         json.dumps(r.failures, ensure_ascii=False), r.result_json, now])
        failures = batch.page_failures
        if status in ("success", "no_change") and failures:
            status = "partial"
            kinds = "; ".join(dict.fromkeys(str(f["reason"])[:160] for f in failures[:3]))
            reason = f"{len(failures)} page(s) quarantined: {kinds}"
        con.execute(q("load_log"),
                    [batch.load_id, batch.source, started, datetime.now(UTC), batch.record_count, rows_loaded,
                     batch.pages_fetched, len(failures), status, reason])
        con.execute(q("clear_staging", batch.kind), [batch.load_id])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _merge(con: duckdb.DuckDBPyConnection, batch: Batch, now: datetime) -> int:
    """Merge staged records into core (new vintages, notice versions and events); return rows added."""
    count = q("count_core", batch.kind)
    before = con.execute(count).fetchone()[0]  # type: ignore[index]
    for stmt in statements((SQL / MERGE[batch.kind]).read_text()):
        params = {k: v for k, v in (("load_id", batch.load_id), ("now", now)) if f"${k}" in stmt}
        con.execute(stmt, params or None)
    added = int(con.execute(count).fetchone()[0]) - before  # type: ignore[index]
    if batch.kind == "notices":
        changed = [r[0] for r in con.execute(q("changed_notices"), [batch.load_id]).fetchall()]
        reindex(con, changed)
    if batch.parsed_pages:
        con.executemany(q("loaded_page"),
                        [[batch.source, p["request_key"], p["url"], p["sha256"], batch.load_id]
                         for p in batch.parsed_pages])
    return added


def _retire(con: duckdb.DuckDBPyConnection, source: str, load_id: str, urls: list[str], now: datetime) -> None:
    """Close the current vintage of figures a re-parse no longer finds on its pages (a parser fix)."""
    con.execute(q("retire"), [now, source, urls, load_id])


def _ever_loaded(con: duckdb.DuckDBPyConnection, source: str) -> bool:
    row = con.execute(q("ever_loaded"), [source]).fetchone()
    return bool(row and row[0])


def _withdraw(con: duckdb.DuckDBPyConnection, urls: list[str], load_id: str, now: datetime) -> int:
    """Mark notices whose pages the portal took down as withdrawn (kept, never deleted)."""
    ids = [r[0] for r in con.execute(q("withdrawable"), [urls]).fetchall()]
    if ids:
        con.executemany(q("withdrawn_event"),
                        [[i, load_id, now] for i in ids])
        con.execute(q("withdraw"), [now, now, ids])
    return len(ids)


def _ledger(con: duckdb.DuckDBPyConnection, load_id: str, source: str, fetches: list[dict[str, Any]],
            page_failures: list[dict[str, Any]], now: datetime) -> None:
    if fetches:
        # one bulk insert: executemany is a round trip a row
        con.register("fetch_df", pd.DataFrame(
            [[load_id, source, f["url"], f["method"], f["outcome"], f["status"], f["attempts"], f["sha256"],
              f["fetched_at"], f["error"]] for f in fetches],
            columns=["load_id", "source", "url", "method", "outcome", "status", "attempts", "sha256", "fetched_at",
                     "error"]))
        con.execute(q("fetch"))
        con.unregister("fetch_df")
    if page_failures:
        con.executemany(q("quarantine_page"),
                        [[load_id, source, f["url"], f.get("sha256"), f["reason"], now] for f in page_failures])
