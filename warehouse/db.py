"""Open the warehouse: the writer's live file, and immutable snapshots that readers open.

DuckDB lets no other process open a file that a writer holds, so analysts never touch the live
file. After each load the writer checkpoints it, copies it to a new snapshot file, and switches
the CURRENT pointer atomically; `connect()` opens whatever CURRENT names, read-only.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from common.settings import Settings, settings
from common.sqlfiles import named

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_SNAPSHOTS = 7
SNAPSHOT_BUDGET_GB = 40.0  # PROVINTEL_SNAPSHOT_BUDGET_GB: snapshots kept within this much disk


class NoSnapshot(RuntimeError):
    """Nothing has been published yet."""


def paths(s: Settings | None = None) -> tuple[Path, Path, Path]:
    """Return (live file, snapshots folder, CURRENT pointer)."""
    s = s or settings()
    root = s.warehouse_dir
    return root / "live.duckdb", root / "snapshots", root / "CURRENT"


def _configure(con: duckdb.DuckDBPyConnection) -> None:
    # extensions other than the built-in ones would be downloaded: fail fast offline instead
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute(f"SET threads = {int(os.environ.get('PROVINTEL_DUCKDB_THREADS', '2'))}")
    con.execute(f"SET memory_limit = '{os.environ.get('PROVINTEL_DUCKDB_MEMORY', '2GB')}'")
    # timestamps reach Python, CSV and briefings in UTC whatever the machine's zone: releases rebuild
    # byte for byte anywhere
    con.execute("SET TimeZone = 'UTC'")


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply ordered migrations not yet recorded in meta.schema_version; return what was applied."""
    con.execute("CREATE SCHEMA IF NOT EXISTS meta")
    con.execute("CREATE TABLE IF NOT EXISTS meta.schema_version "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
    done = {r[0] for r in con.execute("SELECT version FROM meta.schema_version").fetchall()}
    applied = []
    for path in sorted(MIGRATIONS.glob("*.sql")):
        m = re.match(r"(\d+)_", path.name)
        if not m or int(m.group(1)) in done:
            continue
        version = int(m.group(1))
        con.execute("BEGIN")
        try:
            con.execute(path.read_text())
            con.execute("INSERT INTO meta.schema_version VALUES (?, ?, ?)",
                        [version, path.stem, datetime.now(UTC)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
        log.info("applied migration %s", path.name)
    return applied


@contextlib.contextmanager
def locked(live: Path, timeout: float = 600.0) -> Iterator[None]:
    """Hold the single-writer lock of this live file.

    The Airflow pool `warehouse_writer` (one slot) keeps tasks apart; this lock also keeps out
    CLI commands and a second scheduler's tasks on the same machine.
    """
    live.parent.mkdir(parents=True, exist_ok=True)
    with open(live.with_suffix(".lock"), "w") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"warehouse writer lock held for over {timeout:.0f}s") from None
                time.sleep(0.2)
        yield


@contextlib.contextmanager
def session(live: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The live file opened for writing (the caller holds `locked`); migrated on open."""
    con = duckdb.connect(str(live))
    try:
        _configure(con)
        # a long publish would fill task logs with progress bars (readers keep DuckDB's default: in
        # Jupyter, changing it needs ipywidgets)
        con.execute("SET enable_progress_bar = false")
        if migrate(con):
            from warehouse.catalog import describe

            describe(con)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def writer(s: Settings | None = None, timeout: float = 600.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """Hold the single-writer lock and the live file; migrate on open."""
    live, _, _ = paths(s)
    with locked(live, timeout), session(live) as con:
        yield con


def rewrite(live: Path) -> tuple[int, int]:
    """Rewrite the live file (the caller holds `locked`) without the room deleted and rewritten rows
    left behind: DuckDB reuses freed blocks but never gives them back, and every snapshot copies the
    whole file. The old file is replaced only by a complete copy that holds every table's rows and
    every constraint, synced, with the old file's owner and mode. Returns (bytes before, after)."""
    fresh = live.with_name(".rewrite.duckdb")
    for stale in (fresh, fresh.with_name(fresh.name + ".wal")):
        stale.unlink(missing_ok=True)  # left by a rewrite that crashed
    before = live.stat().st_size
    try:
        with session(live) as con:
            con.execute("CHECKPOINT")
            name = str(con.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
            con.execute("ATTACH '{}' AS rewrite".format(str(fresh).replace("'", "''")))
            # tables with their keys and comments, views, data: the catalogue as it was
            con.execute('COPY FROM DATABASE "{}" TO rewrite'.format(name.replace('"', '""')))
            con.execute("CHECKPOINT rewrite")
            _same_contents(con, name, "rewrite")
            con.execute("DETACH rewrite")
        stat = live.stat()
        os.chmod(fresh, stat.st_mode & 0o7777)
        with contextlib.suppress(PermissionError):
            os.chown(fresh, stat.st_uid, stat.st_gid)
        with open(fresh, "rb") as f:
            os.fsync(f.fileno())
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    os.replace(fresh, live)
    folder = os.open(live.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    return before, live.stat().st_size


def _same_contents(con: duckdb.DuckDBPyConnection, original: str, copy: str) -> None:
    """Every table of `original` with as many rows in `copy`, and as many constraints: or RuntimeError."""
    tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? "
                         "ORDER BY ALL", [original]).fetchall()
    for schema, table in tables:
        counts = [con.execute(f'SELECT count(*) FROM "{db}"."{schema}"."{table}"').fetchone()[0]  # type: ignore[index]
                  for db in (original, copy)]
        if counts[0] != counts[1]:
            raise RuntimeError(f"rewrite of {schema}.{table} holds {counts[1]} rows, not {counts[0]}: live file kept")
    keys = [con.execute("SELECT count(*) FROM duckdb_constraints() WHERE database_name = ?", [db]).fetchone()
            for db in (original, copy)]
    if keys[0] != keys[1]:
        raise RuntimeError(f"rewrite holds {keys[1]} constraints, not {keys[0]}: live file kept")


def publish(con: duckdb.DuckDBPyConnection, s: Settings | None = None, label: str = "") -> Path:
    """Checkpoint the live file and publish it as a new immutable snapshot; keep the last 7 within the
    disk budget."""
    live, snaps, current = paths(s)
    snaps.mkdir(parents=True, exist_ok=True)
    con.execute("CHECKPOINT")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = re.sub(r"[^A-Za-z0-9_-]", "", label)[:40]
    final = snaps / f"warehouse-{stamp}{'-' + safe if safe else ''}.duckdb"
    tmp = snaps / f".{final.name}.tmp"
    for stale in snaps.glob(".*.tmp"):
        stale.unlink(missing_ok=True)  # left by a publish that crashed: only the writer makes these
    pointer_tmp = current.with_suffix(".tmp")
    try:
        # the copy happens under the writer lock, after CHECKPOINT: the file has every committed row
        shutil.copyfile(live, tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, final)
        pointer_tmp.write_text(final.name + "\n")
        os.replace(pointer_tmp, current)
    except OSError:
        # a full disk or a failed copy: readers keep the snapshot they had, nothing half-written stays
        tmp.unlink(missing_ok=True)
        pointer_tmp.unlink(missing_ok=True)
        if not (current.exists() and (snaps / current.read_text().strip()) == final):
            final.unlink(missing_ok=True)
        raise
    _prune(snaps, final)
    log.info("published snapshot %s", final.name)
    return final


QUERIES = Path(__file__).with_name("sql") / "queries.sql"


def _in_snapshot(s: Settings | None, query: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """The rows of a named query on the current snapshot; none when there is no readable snapshot."""
    try:
        snap = open_snapshot(current_snapshot(s))
    except (NoSnapshot, duckdb.Error):
        return []
    try:
        return snap.execute(named(QUERIES)[query], params).fetchall()
    except duckdb.Error:
        return []
    finally:
        snap.close()


def published_build(s: Settings | None = None) -> str | None:
    """The build fingerprint of the current snapshot's marts (None: no snapshot, or built before 005)."""
    rows = _in_snapshot(s, "latest_build", [])
    return str(rows[0][0]) if rows else None


def published_load_ids(s: Settings | None = None) -> set[str]:
    """The loads the current snapshot holds (none without one)."""
    return {str(r[0]) for r in _in_snapshot(s, "all_load_ids", [])}


def unpublished(con: duckdb.DuckDBPyConnection, s: Settings | None = None) -> str | None:
    """The newest load that changed something (any status but no_change) which the current snapshot
    lacks: loads waiting for their run's publish, or stopped by a crash or a full disk. None when
    readers have everything that changed."""
    newest = con.execute(named(QUERIES)["newest_load"]).fetchone()
    if newest is None:
        return None
    found = _in_snapshot(s, "has_load", [newest[0]])
    return None if found and found[0][0] else str(newest[0])


def pin(snapshot: Path, release_id: str) -> None:
    """Keep a snapshot past the usual seven while a briefing release refers to it."""
    snapshot.with_name(f"{snapshot.stem}.{release_id}.pin").touch()


def unpin(snapshot: Path, release_id: str) -> None:
    snapshot.with_name(f"{snapshot.stem}.{release_id}.pin").unlink(missing_ok=True)


def _pinned(snapshot: Path) -> bool:
    return any(snapshot.parent.glob(f"{snapshot.stem}.*.pin"))


def _budget() -> int:
    return int(float(os.environ.get("PROVINTEL_SNAPSHOT_BUDGET_GB", SNAPSHOT_BUDGET_GB)) * 1024**3)


def _prune(snaps: Path, keep: Path) -> None:
    """Keep the newest KEEP_SNAPSHOTS, then drop the oldest until the rest fit the disk budget; the
    snapshot just published and pinned ones (briefing releases) always stay."""
    files = sorted(snaps.glob("warehouse-*.duckdb"))
    kept = []
    for old in files[:-KEEP_SNAPSHOTS]:
        if old != keep and not _pinned(old):
            # a reader with the file open keeps its inode: unlinking never breaks a query
            old.unlink(missing_ok=True)
        else:
            kept.append(old)
    kept += files[-KEEP_SNAPSHOTS:]
    total = sum(f.stat().st_size for f in kept)
    # the snapshot readers had until now stays too: a briefing may be pinning it at this moment
    previous = max((f for f in files if f < keep), default=None)
    for old in kept:
        if total <= _budget():
            break
        if old not in (keep, previous) and not _pinned(old):
            total -= old.stat().st_size
            old.unlink(missing_ok=True)
            log.info("snapshot %s removed to keep snapshots within %.1f GB", old.name, _budget() / 1024**3)


@dataclass(frozen=True)
class Storage:
    """Disk used by the warehouse: the writer's live file and the published snapshots."""

    live_bytes: int
    snapshots: int
    snapshot_bytes: int
    pinned: int
    budget_bytes: int

    def describe(self) -> str:
        gb = 1024**3
        return (f"live file {self.live_bytes / gb:.2f} GB; {self.snapshots} snapshots "
                f"{self.snapshot_bytes / gb:.2f} GB ({self.pinned} pinned by briefings; "
                f"budget {self.budget_bytes / gb:.1f} GB, newest {KEEP_SNAPSHOTS} kept)")


def storage(s: Settings | None = None) -> Storage:
    live, snaps, _ = paths(s)
    files = sorted(snaps.glob("warehouse-*.duckdb")) if snaps.exists() else []
    return Storage(live_bytes=live.stat().st_size if live.exists() else 0, snapshots=len(files),
                   snapshot_bytes=sum(f.stat().st_size for f in files), pinned=sum(_pinned(f) for f in files),
                   budget_bytes=_budget())


def current_snapshot(s: Settings | None = None) -> Path:
    _, snaps, current = paths(s)
    if not current.exists():
        raise NoSnapshot(f"no published warehouse snapshot under {snaps.parent}; run the pipeline first")
    return snaps / current.read_text().strip()


def connect(s: Settings | None = None) -> duckdb.DuckDBPyConnection:
    """Open the current published snapshot read-only; never blocked by a running load."""
    for _ in range(3):
        try:
            return open_snapshot(current_snapshot(s))
        except duckdb.IOException:
            # pruned between reading CURRENT and opening it: read CURRENT again
            continue
    raise NoSnapshot("the current snapshot kept moving; try again")


def open_snapshot(path: Path) -> duckdb.DuckDBPyConnection:
    """Open one published snapshot read-only."""
    con = duckdb.connect(str(path), read_only=True)
    _configure(con)
    return con


def connect_sandboxed(s: Settings | None = None) -> duckdb.DuckDBPyConnection:
    """The current snapshot for arbitrary analyst SQL: read-only, no file, network or extension
    access (no COPY … TO, EXPORT, read_csv of local files, ATTACH, INSTALL), settings locked."""
    for _ in range(3):
        path = current_snapshot(s)
        try:
            con = duckdb.connect(str(path), read_only=True, config={
                "enable_external_access": False, "autoinstall_known_extensions": False,
                "autoload_known_extensions": False})
        except duckdb.IOException:
            continue  # pruned between reading CURRENT and opening it
        _configure(con)
        con.execute("SET lock_configuration = true")
        return con
    raise NoSnapshot("the current snapshot kept moving; try again")
