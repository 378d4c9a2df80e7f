"""A reader process queries the published snapshot in a loop while loads run: never an error,
never a partial batch. The loads and the reader take turns by handshake, never by the clock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import warehouse
from provintel import pipeline
from warehouse.db import current_snapshot

pytestmark = pytest.mark.slow

READER = r"""
import json, sys, time
from pathlib import Path
import warehouse
from warehouse.db import NoSnapshot, current_snapshot
stop, seen_file = Path(sys.argv[1]), Path(sys.argv[2])
seen, snapshots, errors, partial = 0, [], [], []
while not stop.exists():
    try:
        name = current_snapshot().name
        con = warehouse.connect()
    except NoSnapshot:
        time.sleep(0.01); continue
    try:
        rows = con.execute('''SELECT l.load_id, l.rows_loaded,
                                     CASE WHEN l.source = 'nbs'
                                          THEN (SELECT count(*) FROM core.observation o WHERE o.load_id = l.load_id)
                                          ELSE (SELECT count(*) FROM core.notice_version v WHERE v.load_id = l.load_id)
                                     END
                              FROM meta.load_log l WHERE l.status = 'success' ''').fetchall()
        for load_id, expected, got in rows:
            if expected != got:
                partial.append([load_id, expected, got])
        seen += 1
        if name not in snapshots:
            snapshots.append(name)
            seen_file.write_text("\n".join(snapshots))
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        con.close()
print(json.dumps({"seen": seen, "snapshots": snapshots, "errors": errors, "partial": partial}))
"""


def _wait_until_read(seen_file: Path, name: str, reader: subprocess.Popen[str]) -> None:
    """Block until the reader has queried snapshot `name` (it runs concurrently with the next load)."""
    for _ in range(6000):  # a bound on polls, not a time budget the test asserts
        if seen_file.exists() and name in seen_file.read_text().split():
            return
        assert reader.poll() is None, "reader exited early"
        time.sleep(0.02)
    raise AssertionError(f"the reader never reached snapshot {name}")


def test_reader_never_blocked_never_partial(env: Path, replay: Any, tmp_path: Path) -> None:
    from replay.server import Corpus

    stop, seen_file = tmp_path / "stop", tmp_path / "seen"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(stop), str(seen_file)], stdout=subprocess.PIPE,
                              text=True)
    published = []
    try:
        for revision in range(3):
            # alternate a restated and the original vintage so every NBS run loads something new; the
            # notices change only on the first run, and a load that changes nothing publishes nothing
            replay.corpus = Corpus.load(scenarios=["nbs_revised"] if revision % 2 else None)
            for source in ("nbs", "notices_hubei"):
                before = current_snapshot().name if published else None
                s = pipeline.run(source, f"r{revision}")
                if s.status == "no_change":
                    assert s.snapshot is None and current_snapshot().name == before
                    continue
                assert s.snapshot == current_snapshot().name != before
                published.append(current_snapshot().name)
                _wait_until_read(seen_file, published[-1], reader)
    finally:
        stop.touch()
    out, _ = reader.communicate(timeout=120)
    result = json.loads(out)
    assert result["errors"] == [] and result["partial"] == []
    # the reader queried every snapshot the four changing loads published, while the loads went on
    assert set(published) <= set(result["snapshots"]) and len(set(published)) == 4
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM meta.load_log WHERE source = 'nbs' AND status = 'success'").fetchone()[0] >= 2
