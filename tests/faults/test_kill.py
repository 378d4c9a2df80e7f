"""kill -9 at every stage of a load: readers never see part of a batch, nothing half-written stays,
and running the same batch again publishes it whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import warehouse
from provintel import pipeline
from warehouse.db import NoSnapshot

pytestmark = pytest.mark.slow

# each stage: the function a loader calls there, replaced by one that kills the process outright
STAGES = {
    "after staging": "warehouse.load.audit",
    "inside the merge transaction": "warehouse.load._ledger",
    "while rebuilding marts": "warehouse.marts.rebuild",
    "after commit, before publish": "warehouse.load.publish",
    "while copying the snapshot": "shutil.copyfile",
}
KILLER = r"""
import importlib, os, signal, sys
from pathlib import Path
target, batch = sys.argv[1], sys.argv[2]
module, _, name = target.rpartition(".")
mod = importlib.import_module(module)
def die(*args, **kwargs):
    if name == "copyfile":  # a half-written snapshot, then the kill
        Path(args[1]).write_bytes(Path(args[0]).read_bytes()[:8192])
    os.kill(os.getpid(), signal.SIGKILL)
setattr(mod, name, die)
from provintel import pipeline
pipeline.load(Path(batch))
"""

WHOLE = """SELECT l.load_id, l.rows_loaded,
                  (SELECT count(*) FROM core.observation o WHERE o.load_id = l.load_id)
                  + (SELECT count(*) FROM core.notice_version v WHERE v.load_id = l.load_id)
           FROM meta.load_log l WHERE l.status = 'success'"""


def _readers_see_only_whole_batches() -> set[str]:
    try:
        con = warehouse.connect()
    except NoSnapshot:
        return set()
    rows = con.execute(WHOLE).fetchall()
    con.close()
    assert all(expected == got for _, expected, got in rows), rows
    return {r[0] for r in rows}


@pytest.mark.parametrize("stage", list(STAGES))
def test_kill_9_at_each_load_stage(env: Path, replay: Any, stage: str) -> None:
    assert pipeline.run("notices_hunan", "before").status == "success"
    batch = pipeline.extract("nbs", "killed")
    proc = subprocess.run([sys.executable, "-c", KILLER, STAGES[stage], str(batch)], env=os.environ.copy(),
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    published = _readers_see_only_whole_batches()
    assert "notices_hunan__before" in published
    assert not list((env / "warehouse" / "snapshots").glob(".*.tmp")) or stage == "while copying the snapshot"
    again = pipeline.load(batch)
    assert again.status == "success"
    published = _readers_see_only_whole_batches()
    assert {"notices_hunan__before", "nbs__killed"} <= published
    assert not list((env / "warehouse" / "snapshots").glob(".*.tmp"))
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM meta.load_log WHERE load_id = 'nbs__killed'").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM core.observation WHERE load_id = 'nbs__killed'").fetchone()[0] > 0
