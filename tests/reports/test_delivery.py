"""Delivery over a real SMTP server on loopback: one message per bureau, never twice."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import briefing, delivery

DAY = date(2026, 11, 30)


def _dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, approval: bool = False) -> dict[str, Any]:
    dist = {"bureaux": {"CMAB": {"name": "CMAB", "to": ["a@cmab.example", "b@cmab.example"]},
                        "SB": {"name": "SB", "to": ["desk@sb.example"]}},
            "briefings": {"weekly_digest": {"bureaux": ["CMAB", "SB"], "requires_approval": approval},
                          "monthly_brief": {"bureaux": ["CMAB"], "requires_approval": approval}}}
    path = tmp_path / "distribution.json"
    path.write_text(json.dumps(dist))
    monkeypatch.setenv("PROVINTEL_DISTRIBUTION", str(path))
    return dist


def test_one_message_per_bureau_and_a_rerun_sends_nothing(published: Path, tmp_path: Path, smtp_server: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    bid = briefing.briefing_id("weekly_digest", DAY)
    briefing.build("weekly_digest", DAY)
    smtp = delivery.Smtp("127.0.0.1", port, sender="eto@provintel.example", starttls=False)
    assert briefing.send(bid, smtp) == {"CMAB": "sent", "SB": "sent"}
    assert sorted(r for rcpts, _ in inbox.messages for r in rcpts) == ["a@cmab.example", "b@cmab.example", "desk@sb.example"]
    assert len(inbox.messages) == 2
    _, msg = inbox.messages[0]
    assert msg["Subject"] == "每週政策摘要 Weekly policy digest 2026-11-30"
    assert msg["Message-ID"] == f"<{bid}.CMAB@provintel>"
    pdf = next(p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf")
    assert pdf.get_content().startswith(b"%PDF")
    # self-contained: a plain-text summary, charts as inline cid: parts, the data as Excel, no server paths
    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert "涉港 Relevant to Hong Kong:" in text and str(published) not in text
    # an emergency notice reaches readers of the plain text too (the sample's Henan flood notice)
    assert "應急及公共安全 Emergency and public safety:" in text.split("涉港", 1)[1]
    html = msg.get_body(preferencelist=("html",))
    assert "cid:chart1@provintel" in html.get_content() and "data:image/png" not in html.get_content()
    related = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert related and related[0]["Content-ID"] == "<chart1@provintel>"
    xlsx = [p.get_filename() for p in msg.iter_attachments() if p.get_filename().endswith(".xlsx")]
    assert xlsx == [f"{bid}.xlsx"]  # one workbook, every dataset a sheet

    # a retried task, a re-run DAG, the deliveries sweep: nothing more arrives
    assert briefing.send(bid, smtp) == {"CMAB": "sent", "SB": "sent"}
    assert delivery.pending() == []
    assert len(inbox.messages) == 2


def test_a_refused_bureau_is_retried_alone(published: Path, tmp_path: Path, smtp_server: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    inbox.refuse = {"desk@sb.example"}
    bid = briefing.briefing_id("weekly_digest", DAY)
    briefing.build("weekly_digest", DAY)
    smtp = delivery.Smtp("127.0.0.1", port, starttls=False)
    with pytest.raises(delivery.DeliveryFailed, match="SB"):
        briefing.send(bid, smtp)
    assert len(inbox.messages) == 1 and delivery.pending() == [bid]
    inbox.refuse = set()
    assert briefing.send(bid, smtp) == {"CMAB": "sent", "SB": "sent"}
    assert [r for r, _ in inbox.messages] == [["a@cmab.example", "b@cmab.example"], ["desk@sb.example"]]


def test_interrupted_send_is_not_repeated_until_an_operator_says_so(published: Path, tmp_path: Path,
                                                                     smtp_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    bid = briefing.briefing_id("monthly_brief", DAY)
    briefing.build("monthly_brief", DAY)
    smtp = delivery.Smtp("127.0.0.1", port, starttls=False)

    def die(*_: Any) -> None:
        raise KeyboardInterrupt  # the worker is killed after the ledger says "sending"

    real_send = delivery._send
    monkeypatch.setattr(delivery, "_send", die)
    with pytest.raises(KeyboardInterrupt):
        briefing.send(bid, smtp)
    monkeypatch.setattr(delivery, "_send", real_send)
    # within minutes the row may be another worker's send in progress: skipped, not resent
    assert briefing.send(bid, smtp) == {"CMAB": "sending"}
    with delivery.ledger() as con:  # an hour later it can only be a send that died
        con.execute("UPDATE delivery SET updated_at = '2026-01-01T00:00:00+00:00'")
    with pytest.raises(delivery.DeliveryFailed, match="interrupted mid-send"):
        briefing.send(bid, smtp)
    assert inbox.messages == []
    delivery.resend(bid, "CMAB")
    assert briefing.send(bid, smtp) == {"CMAB": "sent"}
    assert len(inbox.messages) == 1


def test_connection_lost_after_the_message_went_out_is_not_resent(published: Path, tmp_path: Path,
                                                                    smtp_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import smtplib

    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    bid = briefing.briefing_id("monthly_brief", DAY)
    briefing.build("monthly_brief", DAY)
    real = smtplib.SMTP.send_message

    def send_then_drop(self: smtplib.SMTP, *a: Any, **kw: Any) -> Any:
        real(self, *a, **kw)  # the server has the message ...
        raise smtplib.SMTPServerDisconnected("connection reset")  # ... but the client never hears so

    monkeypatch.setattr(smtplib.SMTP, "send_message", send_then_drop)
    with pytest.raises(delivery.DeliveryFailed, match="connection broke after the message was sent"):
        briefing.send(bid, delivery.Smtp("127.0.0.1", port, starttls=False))
    monkeypatch.setattr(smtplib.SMTP, "send_message", real)
    assert briefing.send(bid, delivery.Smtp("127.0.0.1", port, starttls=False)) == {"CMAB": "sending"}
    assert len(inbox.messages) == 1 and delivery.pending() == []


def test_approval_gate_holds_until_approved(published: Path, tmp_path: Path, smtp_server: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch, approval=True)
    bid = briefing.briefing_id("monthly_brief", DAY)
    briefing.build("monthly_brief", DAY)
    smtp = delivery.Smtp("127.0.0.1", port, starttls=False)
    with pytest.raises(delivery.NotApproved):
        briefing.send(bid, smtp)
    assert delivery.pending() == [] and inbox.messages == []
    delivery.approve(bid, "head-of-office")
    assert delivery.pending() == [bid]
    assert briefing.send(bid, smtp) == {"CMAB": "sent"}
    assert len(inbox.messages) == 1


def test_failed_validation_blocks_sending(published: Path, tmp_path: Path, smtp_server: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    bid = briefing.briefing_id("monthly_brief", DAY)
    briefing.build("monthly_brief", DAY)
    from warehouse.db import publish, writer

    with writer() as con:
        con.execute("INSERT INTO meta.load_log VALUES ('L-bad', 'nbs', now(), now(), 1, 0, 1, 0, 'quarantined', 'x')")
        publish(con)
    with pytest.raises(briefing.BriefingBlocked):
        briefing.send(bid, delivery.Smtp("127.0.0.1", port, starttls=False))
    assert inbox.messages == []


def test_subject_with_a_line_break_cannot_inject_a_header(published: Path, tmp_path: Path, smtp_server: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    inbox, port = smtp_server
    _dist(tmp_path, monkeypatch)
    bid = briefing.briefing_id("weekly_digest", DAY)
    folder = briefing.build("weekly_digest", DAY)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["title_en"] = "Digest\r\nBcc: spy@evil.example\r\nX-Injected: yes"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    delivery.deliver(bid, delivery.Smtp("127.0.0.1", port, starttls=False))
    rcpts = sorted(r for rs, _ in inbox.messages for r in rs)
    assert "spy@evil.example" not in rcpts
    for _, msg in inbox.messages:
        assert msg["Bcc"] is None and msg["X-Injected"] is None
        assert msg["Subject"] == "每週政策摘要 Digest Bcc: spy@evil.example X-Injected: yes 2026-11-30"


@pytest.mark.parametrize("text,expected", [("a\r\nb", "a b"), ("a\nBcc: x", "a Bcc: x"), ("a\u2028b\x00c", "a b c"), (" 週報 ", "週報")])
def test_one_line(text: str, expected: str) -> None:
    assert delivery.one_line(text) == expected


def test_the_monthly_summary_names_provinces_not_their_codes(published: Path) -> None:
    import json

    folder = briefing.build("monthly_brief", DAY)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    text = delivery.summary(folder, manifest, {"kind": "monthly_brief", "release_date": DAY.isoformat()})
    assert "- 湖北 Hubei 2024: 增長 growth 5.2%" in text and "- hubei " not in text
    # (an audit) a year to date says so, and a growth is rounded once, half up
    with open(folder / "key_indicators.csv", encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        gdp = next(r for r in reader if r["indicator"] == "gdp" and r["region"] == "hubei")
    with open(folder / "key_indicators.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, list(gdp))
        writer.writeheader()
        writer.writerow({**gdp, "cumulative": "true", "yoy_pct": "4.85"})
    text = delivery.summary(folder, manifest, {"kind": "monthly_brief", "release_date": DAY.isoformat()})
    assert "- 湖北 Hubei 2024 累計 YTD: 增長 growth 4.9%" in text
