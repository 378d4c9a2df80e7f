"""Bad input to the `provintel` command: a one-line reason and exit 2 (or 1 when something failed),
never a traceback, never a bogus source, never exit 0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provintel.cli import main


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exit_:  # argparse rejects arguments this way
        return int(exit_.code or 0)


@pytest.mark.parametrize("argv,says", [
    (["run", "nbs", "--since", "notadate"], "not a date"),
    (["run", "notices_hubie"], "did you mean notices_hubei"),
    (["extract", "nope"], "unknown source"),
    (["import-pages", "/nonexistent", "--province", "hubei"], "no such folder"),
    (["import-pages", ".", "--province", "hubie"], "did you mean hubei"),
    (["load", "/nonexistent"], "not a batch folder"),
    (["parse", "release", "/nonexistent.html"], "no such file"),
    (["parse", "notice", __file__, "--province", "guangdong"], "unknown province"),
    (["series", "wuhan", "gdp"], "unknown region"),
    (["series", "hubei", "gpd"], "did you mean gdp"),
    (["series", "hubei", "gdp", "--as-of", "yesterday"], "not a date or ISO time"),
    (["search", "外资", "--limit", "0"], "must be 1 or more"),
    (["search", "外资", "--since", "2025-13-01"], "not a date"),
    (["revisions", "--since", "soon"], "not a date"),
    (["brief", "weekly_digest", "--date", "31/12/2025"], "not a date"),
    (["verify-release", "/nonexistent"], "no such folder"),
    (["query", "SELECT 1", "--chunk", "-5"], "must be 1 or more"),
])
def test_bad_arguments_are_refused_in_one_line(argv: list[str], says: str, capsys: Any) -> None:
    assert _run(argv) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_commands_without_a_warehouse_say_so_and_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: Any) -> None:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    for argv in (["query", "SELECT 1"], ["series", "hubei", "gdp"], ["catalog"], ["search", "外资"], ["revisions"]):
        assert _run(argv) == 1, argv
        err = capsys.readouterr().err
        assert "no readable warehouse snapshot" in err and "Traceback" not in err and err.count("\n") == 1


def test_status_with_a_broken_current_pointer_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    assert _run(["status"]) == 0 and "never run" in capsys.readouterr().out  # truly never run
    wh = tmp_path / "home" / "warehouse"
    (wh / "snapshots").mkdir(parents=True)
    (wh / "CURRENT").write_text("warehouse-gone.duckdb\n")
    assert _run(["status"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("provintel status:")
    (wh / "snapshots" / "warehouse-gone.duckdb").write_bytes(b"not a database")
    assert _run(["status"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_an_import_of_a_folder_without_pages_is_not_a_success(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: Any) -> None:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    (tmp_path / "empty").mkdir()
    assert _run(["import-pages", str(tmp_path / "empty"), "--province", "hubei"]) != 0
