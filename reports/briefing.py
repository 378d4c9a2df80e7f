"""Build a briefing from the published snapshot: a dated, immutable release folder.

A folder holds every dataset as Parquet, CSV and XLSX, the briefing as HTML and PDF, and
manifest.json (snapshot, parameters, row counts, sha256 of each file, sources and vintages).
It is built in a hidden temporary folder and renamed into place, so a reader never sees half
a release, and an existing release is never rewritten.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from common.settings import Settings, settings
from reports import delivery, documents, release
from warehouse.db import NoSnapshot, current_snapshot, open_snapshot, pin, unpin
from warehouse.queries import last_good_with_runs, latest_with_runs, like

log = logging.getLogger(__name__)


class BriefingBlocked(RuntimeError):
    """The latest batch of a source the briefing reads failed: nothing is built from it."""


@dataclass(frozen=True)
class Kind:
    name: str
    title_zh: str
    title_en: str
    datasets: tuple[str, ...]
    source_patterns: tuple[str, ...]  # LIKE patterns of the sources whose latest batch must be good
    window: timedelta  # how far back the first briefing looks


KINDS = {
    "weekly_digest": Kind("weekly_digest", "每週政策摘要", "Weekly policy digest",
                          ("notices_digest", "emergency_notices"), ("notices_%",), timedelta(days=7)),
    "monthly_brief": Kind("monthly_brief", "每月經濟簡報", "Monthly economy brief",
                          ("key_indicators", "province_panel", "regional_gdp", "single_period", "revisions",
                           "new_figures", "reconciliation", "release_calendar"),
                          ("nbs", "releases_%", "communiques_%"), timedelta(days=31)),
}


def guard(con: duckdb.DuckDBPyConnection, patterns: tuple[str, ...]) -> None:
    """Refuse when the latest batch of any matching source was quarantined, or none was ever loaded."""
    rows = latest_with_runs(con, patterns)
    if not rows:
        raise BriefingBlocked(f"no source matching {', '.join(patterns)} has ever been loaded")
    failed = [f"{source}: {reason}" for source, status, reason in rows if status == "quarantined"]
    if failed:
        raise BriefingBlocked("latest batch failed validation: " + "; ".join(failed))


# how old a source's last good load may be before a briefing warns that its data are stale
CADENCE_DAYS = (("notices_%", 3), ("releases_%", 45), ("nbs", 45), ("communiques_%", 400))


def stale(con: duckdb.DuckDBPyConnection, patterns: tuple[str, ...], day: date) -> list[str]:
    """Sources the briefing reads whose last good load is older than their cadence allows, as
    bilingual lines (a briefing built while the pipeline stood still must say so)."""
    rows = last_good_with_runs(con, patterns)
    out = []
    for source, last in rows:
        limit = next(days for pattern, days in CADENCE_DAYS if like(source, pattern))
        age = (day - last.date()).days if last is not None else None
        if age is None or age > limit:
            when = last.date().isoformat() if last is not None else "從未 never"
            out.append(f"{source}: 最後成功載入 last loaded {when}"
                       + (f"（{age} 天 days；應每 {limit} 天 expected every {limit} days）" if age is not None else ""))
    return out


def snapshot_time(snapshot: Path) -> datetime:
    """The publication time encoded in a snapshot's name: the briefing's data cut-off."""
    m = re.search(r"warehouse-(\d{8}T\d{6})(\d{6})Z", snapshot.name)
    if not m:
        raise ValueError(f"not a snapshot name: {snapshot.name}")
    return datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").replace(microsecond=int(m.group(2)), tzinfo=UTC)


def briefing_id(kind: str, day: date) -> str:
    return f"{kind}-{day.isoformat()}"


def build(kind_name: str, day: date, s: Settings | None = None) -> Path:
    """Build (or return the already built) briefing of `kind_name` for `day`; register it for delivery."""
    s = s or settings()
    kind = KINDS[kind_name]
    bid = briefing_id(kind_name, day)
    final = s.briefings_dir / kind_name / day.isoformat()
    snapshot, con = _open_pinned(s, bid)
    try:
        guard(con, kind.source_patterns)
        if (final / "manifest.json").exists():
            log.info("briefing %s already built: %s", bid, final)
            if not _uses(final, snapshot):
                unpin(snapshot, bid)
            return _register(s, final)
        until = snapshot_time(snapshot)
        prev = delivery.previous(s, kind_name, day.isoformat())
        since = datetime.fromisoformat(prev["until"]) if prev else until - kind.window
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
        about = {"release_id": bid, "kind": kind_name, "title_zh": kind.title_zh, "title_en": kind.title_en,
                 "release_date": day.isoformat(), "snapshot": snapshot.stem,
                 "since": since.isoformat(), "until": until.isoformat(),
                 "stale": stale(con, kind.source_patterns, day),
                 # figures replayed from the recorded corpus (make demo) are labelled in every document
                 "demo": bool(s.replay)}
        try:
            manifest, tables = release.build(con, tmp, kind.datasets, {"since": since, "until": until}, about)
            write_documents(kind_name, tables, about, tmp, manifest)
            release.write_manifest(tmp, manifest)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)  # nothing half-built stays behind
            raise
    except BaseException:
        unpin(snapshot, bid)  # blocked or failed: no release refers to this snapshot
        raise
    finally:
        con.close()
    try:
        os.rename(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # another worker finished the same briefing first
        if not (final / "manifest.json").exists():
            unpin(snapshot, bid)
            raise
        if not _uses(final, snapshot):
            unpin(snapshot, bid)
    log.info("briefing %s built from %s: %s", bid, snapshot.name, final)
    return _register(s, final)


def _open_pinned(s: Settings, release_id: str) -> tuple[Path, duckdb.DuckDBPyConnection]:
    """Open the current snapshot and pin it at once, before a burst of loads can prune it."""
    for _ in range(3):
        snapshot = current_snapshot(s)
        pin(snapshot, release_id)
        if snapshot.exists():
            return snapshot, open_snapshot(snapshot)
        unpin(snapshot, release_id)  # pruned between reading CURRENT and pinning: read CURRENT again
    raise NoSnapshot("the current snapshot kept moving; try again")


def _uses(folder: Path, snapshot: Path) -> bool:
    return bool(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["snapshot"] == snapshot.stem)


def _register(s: Settings, folder: Path) -> Path:
    """Record a built release in the delivery ledger from its manifest (idempotent)."""
    m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    dist = delivery.distribution()["briefings"][m["kind"]]
    delivery.register(s, {"id": m["release_id"], "kind": m["kind"], "release_date": m["release_date"],
                          "folder": str(folder), "snapshot": m["snapshot"], "since": m["since"],
                          "until": m["until"], "requires_approval": int(bool(dist.get("requires_approval")))})
    return folder


def send(bid: str, smtp: delivery.Smtp, s: Settings | None = None) -> dict[str, str]:
    """Deliver a built briefing, unless the latest batch of a source it reads has since failed."""
    s = s or settings()
    row = delivery.get(s, bid)
    if row is None:
        raise KeyError(f"no briefing {bid!r}")
    con = open_snapshot(current_snapshot(s))
    try:
        guard(con, KINDS[row["kind"]].source_patterns)
    finally:
        con.close()
    return delivery.deliver(bid, smtp, s)


def write_documents(kind: str, tables: dict[str, release.Table], about: dict[str, Any], folder: Path,
                    manifest: dict[str, Any]) -> None:
    context = (documents.monthly_context if kind == "monthly_brief" else documents.weekly_context)(tables, about)
    html = documents.render_html(kind, context)
    (folder / f"{kind}.html").write_text(html, encoding="utf-8")
    documents.write_pdf(html, folder / f"{kind}.pdf")
    # one workbook for the reader: every dataset as a sheet, and a chart sheet
    chart = (("key_indicators", "region", "value", "gdp", "GDP 地區生產總值（人民幣元）") if kind == "monthly_brief"
             else None)
    lines = [f"{about['title_zh']} {about['title_en']} · {about['release_date']} · {about['release_id']}",
             f"數據快照 Snapshot {about['snapshot']} · 涵蓋 Covers {about['since'][:16]} – {about['until'][:16]} (UTC)",
             "數值為規範單位，見 unit 欄：CNY 人民幣元，USD 美元 / "
             "Values are in the canonical unit in the unit column: CNY renminbi yuan, USD US dollars"]
    if about.get("demo"):
        lines.insert(0, "示範數據 DEMO DATA: replayed recorded corpus, not live official figures")
    lines += [f"數據可能過時 Data may be stale: {s}" for s in about.get("stale") or []]
    release.write_workbook(list(tables.values()), folder / f"{kind}.xlsx",
                           datetime.fromisoformat(about["until"]), chart, lines)
    manifest["files"] += [release.file_entry(folder / f"{kind}.{ext}", None, "document", None)
                          for ext in ("html", "pdf", "xlsx")]


def rebuild_datasets(folder: Path, into: Path, s: Settings | None = None) -> list[str]:
    """Rebuild a release's datasets from the snapshot its manifest names; return files whose bytes differ."""
    s = s or settings()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    snapshot = s.warehouse_dir / "snapshots" / f"{manifest['snapshot']}.duckdb"
    if not snapshot.exists():
        raise NoSnapshot(f"{snapshot.name} is no longer kept")
    params = {k: datetime.fromisoformat(v) for k, v in manifest["parameters"].items()}
    con = open_snapshot(snapshot)
    try:
        rebuilt, _ = release.build(con, into, [d["name"] for d in manifest["datasets"]], params, {})
    finally:
        con.close()
    return [f["name"] for f in rebuilt["files"]
            if release.sha256(into / f["name"]) != release.sha256(folder / f["name"])]
