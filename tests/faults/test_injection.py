"""Hostile input: path traversal through a manifest, SQL through search terms and query parameters,
and secrets that must never reach a log line."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from provintel.cli import main
from reports import release


def test_a_manifest_cannot_send_verification_outside_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("not yours")
    (folder / "manifest.json").write_text(json.dumps({"files": [
        {"name": "../secret.txt", "sha256": "0" * 64}, {"name": "/etc/passwd", "sha256": "0" * 64}]}))
    problems = release.verify(folder)
    assert problems == ["../secret.txt: not a file name inside the release folder",
                        "/etc/passwd: not a file name inside the release folder"]


@pytest.mark.parametrize("term", ["'; DROP TABLE core.notice; --", "外资' OR '1'='1", "%' UNION SELECT 1 --"])
def test_search_terms_are_data_not_sql(published: Path, capsys: Any, term: str) -> None:
    assert main(["search", term, "--format", "json"]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err
    assert main(["query", "SELECT count(*) FROM core.notice", "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 0  # the table is still there


def test_series_arguments_are_checked_before_reaching_sql(published: Path, capsys: Any) -> None:
    try:
        code = main(["series", "hubei' OR 1=1 --", "gdp"])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 2 and "unknown region" in capsys.readouterr().err


def test_smtp_password_never_reaches_logs(published: Path, tmp_path: Path, smtp_server: Any,
                                          monkeypatch: pytest.MonkeyPatch, caplog: Any, capsys: Any) -> None:
    from reports import briefing, delivery
    from tests.reports.test_delivery import DAY, _dist

    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps(
        {"conn_type": "smtp", "host": "127.0.0.1", "port": port, "login": "eto", "password": "pa55-w0rd-xyz",
         "extra": {"starttls": False}}))
    smtp = delivery.smtp_from_connection()
    assert "pa55-w0rd-xyz" not in repr(smtp)
    caplog.set_level(logging.DEBUG)
    briefing.build("weekly_digest", DAY)
    with pytest.raises(delivery.DeliveryFailed) as failed:
        briefing.send(briefing.briefing_id("weekly_digest", DAY), smtp)  # the sink offers no AUTH
    out = capsys.readouterr()
    assert "pa55-w0rd-xyz" not in caplog.text + out.out + out.err + str(failed.value)
    assert "pa55-w0rd-xyz" not in json.dumps(delivery.status(), default=str)
