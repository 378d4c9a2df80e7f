"""SMTP never goes out in cleartext unless the connection says so: a server without STARTTLS gets
no AUTH and no message, and the delivery is left failed for a retry."""

from __future__ import annotations

import json
import smtplib
from pathlib import Path
from typing import Any

import pytest

from reports import briefing, delivery
from tests.reports.test_delivery import DAY, _dist


def test_default_connection_refuses_a_server_without_starttls(published: Path, tmp_path: Path, smtp_server: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps(
        {"conn_type": "smtp", "host": "127.0.0.1", "port": port, "login": "eto", "password": "s3cret"}))
    smtp = delivery.smtp_from_connection()
    assert smtp.starttls and not smtp.ssl
    logins: list[str] = []
    monkeypatch.setattr(smtplib.SMTP, "login", lambda self, user, password, **k: logins.append(user))
    bid = briefing.briefing_id("weekly_digest", DAY)
    briefing.build("weekly_digest", DAY)
    with pytest.raises(delivery.DeliveryFailed, match="STARTTLS extension not supported"):
        briefing.send(bid, smtp)
    assert {d["state"] for d in delivery.status() if d["id"] == bid} == {"failed"}
    assert inbox.messages == [] and logins == []  # the password never crossed in cleartext


@pytest.mark.parametrize("value", [False, "false", 0])
def test_cleartext_only_when_the_connection_says_so(monkeypatch: pytest.MonkeyPatch, value: object) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps(
        {"conn_type": "smtp", "host": "127.0.0.1", "port": 2525, "extra": {"starttls": value}}))
    assert delivery.smtp_from_connection().starttls is False
