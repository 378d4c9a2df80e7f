"""A reader process queries the published snapshot in a loop while loads run: never an error,
never a partial batch."""

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

pytestmark = pytest.mark.slow

READER = r"""
import json, sys, time
import warehouse
from warehouse.db import NoSnapshot
deadline = time.time() + float(sys.argv[1])
seen, errors, partial = 0, [], []
while time.time() < deadline:
    try:
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
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        con.close()
print(json.dumps({"seen": seen, "errors": errors, "partial": partial}))
"""


def test_reader_never_blocked_never_partial(env: Path, replay: Any) -> None:
    reader = subprocess.Popen([sys.executable, "-c", READER, "25"], stdout=subprocess.PIPE, text=True)
    time.sleep(0.5)
    from replay.server import Corpus

    loads = 0
    deadline = time.time() + 18
    revision = 0
    while time.time() < deadline:
        # alternate a restated and the original vintage so every run loads something new
        replay.corpus = Corpus.load(scenarios=["nbs_revised"] if revision % 2 else None)
        pipeline.run("nbs", f"r{revision}")
        pipeline.run("notices_hubei", f"r{revision}")
        revision += 1
        loads += 2
    out, _ = reader.communicate(timeout=60)
    result = json.loads(out)
    assert result["errors"] == [] and result["partial"] == []
    assert result["seen"] > 20 and loads >= 4
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM meta.load_log WHERE source = 'nbs' AND status = 'success'").fetchone()[0] >= 2
