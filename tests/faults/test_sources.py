"""Sources that change under us: a list that lists nothing, a site that moved, a first run that finds
nothing. Each is held for an operator with its reason; nothing known is marked withdrawn."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import warehouse
from provintel import pipeline
from replay.server import Corpus


def _withdrawn() -> int:
    row = warehouse.connect().execute("SELECT count(*) FROM core.notice WHERE withdrawn_at IS NOT NULL").fetchone()
    return int(row[0]) if row else 0


def test_a_list_that_suddenly_lists_nothing_is_quarantined(env: Path, replay: Any) -> None:
    assert pipeline.run("notices_shanxi", "a").status == "success"
    replay.corpus = Corpus.load(scenarios=["notices_list_empty"])
    s = pipeline.run("notices_shanxi", "b")
    assert s.status == "quarantined" and "shows no items" in (s.reason or "")
    assert _withdrawn() == 0


def test_a_site_move_is_not_thirty_withdrawals(env: Path, replay: Any) -> None:
    first = pipeline.run("notices_shanxi", "a")
    assert first.status == "success" and first.rows_loaded >= 10
    replay.corpus = Corpus.load(scenarios=["notices_site_moved"])
    s = pipeline.run("notices_shanxi", "b")
    assert s.status == "quarantined" and "mass withdrawal" in (s.reason or "")
    assert _withdrawn() == 0
    # one real withdrawal still goes through (notices_changed withdraws one Hunan notice)
    pipeline.run("notices_hunan", "a")
    replay.corpus = Corpus.load(scenarios=["notices_changed"])
    assert pipeline.run("notices_hunan", "b").status == "success" and _withdrawn() == 1


def test_an_empty_first_batch_is_not_a_quiet_day(env: Path) -> None:
    from common.settings import settings

    batch = settings().batches_dir / "notices_henan" / "notices_henan__x"
    batch.mkdir(parents=True)
    (batch / "records.jsonl").write_text("")
    (batch / "manifest.json").write_text(json.dumps({
        "load_id": "notices_henan__x", "source": "notices_henan", "kind": "notices", "created_at": "2026-12-01",
        "records": 0, "changed_pages": 0, "parsed_pages": [], "withdrawn": [], "failures": [], "fetches": []}))
    s = pipeline.load(batch)
    assert s.status == "quarantined" and "found nothing" in (s.reason or "")
