"""The analyst and operator commands: catalog, query, brief, approve, deliveries, verify-release."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provintel.cli import main
from tests.reports.conftest import publish_sample


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    publish_sample()
    return tmp_path / "home"


def test_catalog_describes_marts_in_both_languages(published: Path, capsys: Any) -> None:
    assert main(["catalog", "marts.province_panel"]) == 0
    out = capsys.readouterr().out
    assert "marts.province_panel (table)" in out
    assert "share_of_national_pct" in out and "占全国比重" in out and "share of the national total" in out
    assert main(["catalog", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {e["table"] for e in found} >= {"observation", "notice", "province_panel", "load_log"}


def test_query_formats_and_streaming(published: Path, capsys: Any) -> None:
    sql = "SELECT region, gdp_cny FROM marts.regional_gdp WHERE year = '2024' ORDER BY gdp_cny DESC"
    assert main(["query", sql, "--format", "csv", "--chunk", "2"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["region"] for r in rows] == ["national", "henan", "hubei", "hunan", "jiangxi", "shanxi"]
    assert main(["query", sql, "--format", "json", "--chunk", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and json.loads(lines[1]) == {"region": "henan", "gdp_cny": 6358999000000.0}
    assert main(["query", sql, "--chunk", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(" | ")[0].strip() == "region" and len(out) == 8


def test_query_cannot_write(published: Path, capsys: Any) -> None:
    assert main(["query", "DELETE FROM core.notice"]) == 2
    assert "read-only" in capsys.readouterr().err


def test_brief_approve_deliveries_and_verify(published: Path, tmp_path: Path, capsys: Any,
                                            monkeypatch: pytest.MonkeyPatch, smtp_server: Any) -> None:
    inbox, port = smtp_server
    dist = {"bureaux": {"CEDB": {"name": "CEDB", "to": ["x@cedb.example"]}},
            "briefings": {"weekly_digest": {"bureaux": ["CEDB"], "requires_approval": True},
                          "monthly_brief": {"bureaux": ["CEDB"], "requires_approval": False}}}
    (tmp_path / "d.json").write_text(json.dumps(dist))
    monkeypatch.setenv("PROVINTEL_DISTRIBUTION", str(tmp_path / "d.json"))
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps({"conn_type": "smtp", "host": "127.0.0.1", "port": port,
                                                                      "extra": {"starttls": False}}))
    assert main(["brief", "weekly_digest", "--date", "2026-11-30"]) == 0
    folder = Path(capsys.readouterr().out.strip())
    assert main(["verify-release", str(folder)]) == 0
    assert main(["deliveries"]) == 0
    assert "HELD for approval" in capsys.readouterr().out
    assert main(["status", "--strict"]) == 1
    assert "weekly_digest-2026-11-30: held until `provintel approve weekly_digest-2026-11-30`" in capsys.readouterr().out
    assert main(["approve", "weekly_digest-2026-11-30", "--by", "tester"]) == 0
    assert main(["brief", "weekly_digest", "--date", "2026-11-30", "--send"]) == 0
    assert len(inbox.messages) == 1
    capsys.readouterr()
    assert main(["deliveries", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["bureau"], row["state"], row["approved_by"]) == ("CEDB", "sent", "tester")
    (folder / "weekly_digest.html").write_text("changed")
    assert main(["verify-release", str(folder)]) == 1
