"""`provintel query` runs analysts' SQL on the published snapshot: it can read, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provintel.cli import main
from tests.reports.conftest import publish_sample


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    publish_sample()
    return tmp_path / "home"


@pytest.mark.parametrize("sql", [
    "COPY (SELECT 1) TO 'out.csv'",
    "COPY core.observation TO '{home}/warehouse/CURRENT' (FORMAT csv)",
    "EXPORT DATABASE 'exported'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "ATTACH 'other.duckdb' AS o",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "DELETE FROM core.notice",
    "CREATE TABLE core.x AS SELECT 1",
])
def test_query_cannot_write_read_files_or_reach_out(published: Path, tmp_path: Path, capsys: Any, sql: str) -> None:
    current = (published / "warehouse" / "CURRENT").read_text()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["query", sql.format(home=published)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("query failed:") and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no file made anywhere
    assert (published / "warehouse" / "CURRENT").read_text() == current


def test_query_still_reads(published: Path, capsys: Any) -> None:
    assert main(["query", "SELECT count(*) AS n FROM core.observation", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "n"
