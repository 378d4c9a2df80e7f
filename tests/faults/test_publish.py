"""A crash or a full disk between a load's commit and its snapshot: readers keep a whole snapshot,
nothing half-written stays, and the next load (or the retry) publishes what was committed."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import warehouse
from provintel import pipeline
from warehouse import db
from warehouse.load import load_batch


def _full_disk_during_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.copyfile

    def copy(src: Any, dst: Any, *a: Any, **k: Any) -> Any:
        Path(dst).write_bytes(Path(src).read_bytes()[:4096])  # a partial write, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", copy)
    monkeypatch.setattr(db.shutil, "copyfile", copy)
    del real


def test_full_disk_at_publish_leaves_the_old_snapshot_and_the_retry_publishes(
        env: Path, replay: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from common.settings import settings
    from provintel.cli import main

    assert pipeline.run("notices_hubei", "a").status == "success"
    before = db.current_snapshot()
    batch = pipeline.extract("nbs", "b")
    with monkeypatch.context() as m:
        _full_disk_during_copy(m)
        with pytest.raises(OSError):
            load_batch(batch, settings())
    snaps = env / "warehouse" / "snapshots"
    assert db.current_snapshot() == before and not list(snaps.glob(".*.tmp"))
    assert warehouse.connect().execute("SELECT count(*) FROM meta.load_log WHERE source = 'nbs'").fetchone() == (0,)
    # the operator sees the load committed but not in what readers see
    capsys.readouterr()
    main(["status"])
    assert "not yet published: nbs:" in capsys.readouterr().out
    # a quiet run of the same source after it (no_change) does not make the waiting load visible
    runs = env / "warehouse" / "runs.jsonl"
    quiet = {**json.loads(runs.read_text().splitlines()[-1]), "load_id": "nbs__quiet", "status": "no_change",
             "finished_at": "2999-01-01T00:00:00+00:00"}
    runs.write_text(runs.read_text() + json.dumps(quiet) + "\n")
    main(["status"])
    assert "not yet published: nbs:" in capsys.readouterr().out
    main(["status", "--format", "json"])
    assert {r["source"]: r["published"] for r in json.loads(capsys.readouterr().out)}["nbs"] is False
    # the retried task finds the batch committed and publishes it
    again = load_batch(batch, settings())
    assert again.status == "success" and again.snapshot is not None
    main(["status"])
    assert "not yet published" not in capsys.readouterr().out
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM meta.load_log WHERE source = 'nbs'").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM core.observation").fetchone()[0] > 0


def test_a_crash_after_commit_is_published_by_the_next_load_of_any_source(
        env: Path, replay: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr("warehouse.load.publish", lambda *a, **k: (_ for _ in ()).throw(SystemExit("killed")))
        with pytest.raises(SystemExit):
            pipeline.run("nbs", "a")
    with pytest.raises(db.NoSnapshot):
        warehouse.connect()
    pipeline.run("notices_hubei", "b")
    con = warehouse.connect()
    assert {r[0] for r in con.execute("SELECT source FROM meta.load_log").fetchall()} == {"nbs", "notices_hubei"}


def test_a_stale_temp_snapshot_is_removed_by_the_next_publish(env: Path, replay: Any) -> None:
    snaps = env / "warehouse" / "snapshots"
    snaps.mkdir(parents=True)
    (snaps / ".warehouse-x.duckdb.tmp").write_bytes(b"\0" * 1024)
    pipeline.run("notices_hubei", "a")
    assert not list(snaps.glob(".*.tmp"))
