"""Two loaders at once (a scheduler task and an operator's CLI): one writer at a time, both loads land
whole, and a reader opening snapshots meanwhile never fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import warehouse
from provintel import pipeline

pytestmark = pytest.mark.slow

LOAD = "import sys; from pathlib import Path; from provintel import pipeline; print(pipeline.load(Path(sys.argv[1])).status)"


def test_two_loaders_at_once_both_land_whole(env: Path, replay: Any) -> None:
    batches = [pipeline.extract(source, "together") for source in ("nbs", "notices_henan", "notices_jiangxi")]
    procs = [subprocess.Popen([sys.executable, "-c", LOAD, str(b)], env=os.environ.copy(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for b in batches]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1][-800:] for r in results]
    assert [r[0].strip() for r in results] == ["success"] * 3
    con = warehouse.connect()
    rows = con.execute("""SELECT l.load_id, l.rows_loaded,
                                 (SELECT count(*) FROM core.observation o WHERE o.load_id = l.load_id)
                                 + (SELECT count(*) FROM core.notice_version v WHERE v.load_id = l.load_id)
                          FROM meta.load_log l""").fetchall()
    assert len(rows) == 3 and all(expected == got > 0 for _, expected, got in rows)
