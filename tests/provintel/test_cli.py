"""The provintel command as people use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from provintel import pipeline
from provintel.cli import main
from replay.server import Corpus
from tests.conftest import CORPUS


def test_status_before_any_run_lists_every_source(env: Path, capsys: Any) -> None:
    assert main(["status", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    from provintel.sources import registry

    assert [r["source"] for r in rows] == list(registry())
    assert {"nbs", "notices_hubei", "communiques_henan", "releases_jiangxi"} <= set(registry())
    assert all(r["outcome"] == "never run" for r in rows)


def test_status_shows_outcomes_failures_and_blocked_fetches(env: Path, replay: Any, capsys: Any) -> None:
    nbs = pipeline.run("nbs", "1")
    replay.corpus = Corpus.load(scenarios=["hubei_blocked"])
    pipeline.run("notices_hubei", "1")
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    nbs_line = next(line for line in out.splitlines() if line.startswith("nbs "))
    hubei_line = next(line for line in out.splitlines() if line.startswith("notices_hubei"))
    assert nbs.rows_loaded > 700  # every registered province's series
    assert "success" in nbs_line and f" {nbs.rows_loaded:,} " in nbs_line
    assert "partial" in hubei_line and "(blocked)" in hubei_line
    assert main(["status", "--strict"]) == 1
    capsys.readouterr()
    # the portal answers again: the source loads well, and status still says when it last failed and why
    replay.corpus = Corpus.load()
    assert pipeline.run("notices_hubei", "2").status == "success"
    assert main(["status", "--format", "json"]) == 0
    hubei = next(r for r in json.loads(capsys.readouterr().out) if r["source"] == "notices_hubei")
    assert hubei["outcome"] == "success" and hubei["failed_loads"] == 1
    assert hubei["last_failed"] and hubei["last_failure"].startswith("partial: ")
    assert main(["status"]) == 0
    assert f"last failed {hubei['last_failed']}: partial: " in capsys.readouterr().out
    # …and the pages that failed, with their reasons
    assert main(["quarantine", "--source", "notices_hubei", "--format", "json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert pages and all(p["what"] == "page" and p["reason"] and p["url"].startswith("https://") for p in pages)


def test_parse_nbs_prints_canonical_observations(capsys: Any) -> None:
    path = CORPUS / "recorded" / "nbs_legacy" / "nbs_legacy_fsyd_reg_rows_trimmed.json"
    assert main(["parse", "nbs", str(path)]) == 0
    obs = json.loads(capsys.readouterr().out)
    assert obs and all(o["value"] is None for o in obs)


def test_parse_notice_contract(capsys: Any) -> None:
    path = CORPUS / "files" / "www.hubei.gov.cn" / "zfwj" / "szfl" / "202510" / "t20251020_5781100.shtml"
    assert main(["parse", "notice", "--province", "hubei", str(path)]) == 0
    n = json.loads(capsys.readouterr().out)
    assert n["doc_number"] == "省政府令第438号" and n["doc_number_parts"]["serial"] == 438
    assert n["doc_type"] == "办法" and n["published_date"] == "2025-10-20"


def test_parse_notice_unreadable_page_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<html><body></body></html>")
    out = subprocess.run([sys.executable, "-m", "provintel.cli", "parse", "notice", "--province", "hubei", str(bad)],
                         capture_output=True, text=True)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1


def test_tables_print_numbers_as_people_read_them() -> None:
    from provintel.cli import _number

    assert _number(5580360000000.0) == "5,580,360,000,000" and _number(5.8) == "5.8" and _number(-0.125) == "-0.125"
    assert _number(float("nan")) == "–"
