"""Deliver briefings by SMTP to per-bureau lists, at most once, with an optional approval gate.

The ledger is a small SQLite file beside the briefings. A delivery is marked `sending` before the
SMTP conversation and `sent` after the server accepts it, so a retried or re-run task skips what
was sent. A delivery left in `sending` (the process died mid-send: the server may or may not have
it) is never retried on its own; `provintel deliveries` shows it for an operator to decide.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import json
import logging
import os
import re
import smtplib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any

from common.settings import Settings, settings
from common.sqlfiles import named
from reports.documents import label, rounded

log = logging.getLogger(__name__)
DEFAULT_DISTRIBUTION = Path(__file__).with_name("distribution.json")
# a `sending` row younger than this is another worker's send in progress, not an interrupted one
IN_FLIGHT = timedelta(minutes=10)
LEDGER_SQL = Path(__file__).with_name("sql") / "ledger.sql"


def q(name: str) -> str:
    return named(LEDGER_SQL)[name]


class DeliveryFailed(RuntimeError):
    """At least one bureau's message was not accepted; the others were sent."""


class NotApproved(RuntimeError):
    """The briefing needs `provintel approve ID` before it is sent."""


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int = 25
    login: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a log line or a traceback
    sender: str = "provintel@localhost"
    starttls: bool = True  # required unless the connection says `"starttls": false` (a loopback sink)
    ssl: bool = False
    timeout: float = 30.0


def smtp_from_connection(conn_id: str = "provintel_smtp") -> Smtp:
    """SMTP settings from an Airflow connection (AIRFLOW_CONN_PROVINTEL_SMTP or the metadata DB)."""
    from airflow.sdk import BaseHook

    c = BaseHook.get_connection(conn_id)
    extra = c.extra_dejson
    return Smtp(host=c.host or "localhost", port=int(c.port or 25), login=c.login or None,
                password=c.password or None, sender=extra.get("from_email", "provintel@localhost"),
                starttls=extra.get("starttls", True) not in (False, "false", "False", 0, "0"),
                ssl=bool(extra.get("ssl", False)),
                timeout=float(extra.get("timeout", 30)))


def distribution() -> dict[str, Any]:
    path = Path(os.environ.get("PROVINTEL_DISTRIBUTION") or DEFAULT_DISTRIBUTION)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def one_line(text: str) -> str:
    """A header value on one line: line breaks and other control characters become spaces."""
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f\u2028\u2029\x85]", " ", text)).strip()


def ledger_path(s: Settings | None = None) -> Path:
    return (s or settings()).briefings_dir / "ledger.sqlite"


@contextmanager
def ledger(s: Settings | None = None) -> Iterator[sqlite3.Connection]:
    path = ledger_path(s)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    con.row_factory = sqlite3.Row
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.executescript(q("schema") + ";")
        yield con
    finally:
        con.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def register(s: Settings, record: dict[str, Any]) -> None:
    with ledger(s) as con:
        con.execute(q("register"), {**record, "created_at": _now()})


def previous(s: Settings, kind: str, before: str) -> sqlite3.Row | None:
    with ledger(s) as con:
        row: sqlite3.Row | None = con.execute(q("previous"), [kind, before]).fetchone()
        return row


def get(s: Settings, briefing_id: str) -> sqlite3.Row | None:
    with ledger(s) as con:
        row: sqlite3.Row | None = con.execute(q("briefing"), [briefing_id]).fetchone()
        return row


def approve(briefing_id: str, who: str, s: Settings | None = None) -> None:
    s = s or settings()
    with ledger(s) as con:
        n = con.execute(q("approve"), [who, _now(), briefing_id]).rowcount
    if n != 1:
        raise KeyError(f"no briefing {briefing_id!r}")


def status(s: Settings | None = None) -> list[dict[str, Any]]:
    """Every briefing with its approval and per-bureau delivery state, newest first."""
    with ledger(s) as con:
        rows = con.execute(q("status")).fetchall()
    return [dict(r) for r in rows]


def compose(briefing: sqlite3.Row, bureau: str, recipients: list[str], sender: str) -> EmailMessage:
    folder = Path(briefing["folder"])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    msg = EmailMessage()
    demo = "[示範 DEMO] " if manifest.get("demo") else ""
    msg["Subject"] = one_line(f"{demo}{manifest['title_zh']} {manifest['title_en']} {briefing['release_date']}")
    msg["From"] = one_line(sender)
    msg["To"] = ", ".join(one_line(r) for r in recipients)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = f"<{briefing['id']}.{bureau}@provintel>"
    msg["X-Provintel-Briefing"] = one_line(briefing["id"])
    msg.set_content(summary(folder, manifest, briefing))
    # charts travel as inline parts (cid:), which Outlook and Gmail show; data: URIs they drop
    html = (folder / f"{briefing['kind']}.html").read_text(encoding="utf-8")
    images: list[bytes] = []

    def to_cid(m: re.Match[str]) -> str:
        images.append(base64.b64decode(m.group(1)))
        return f'src="cid:chart{len(images)}@provintel"'

    html = re.sub(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', to_cid, html)
    msg.add_alternative(html, subtype="html")
    html_part = msg.get_body(preferencelist=("html",))
    assert isinstance(html_part, EmailMessage)
    for n, png in enumerate(images, start=1):
        html_part.add_related(png, maintype="image", subtype="png", cid=f"<chart{n}@provintel>",
                              filename=f"chart{n}.png")
    pdf = folder / f"{briefing['kind']}.pdf"
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=f"{briefing['id']}.pdf")
    workbook = folder / f"{briefing['kind']}.xlsx"  # every dataset as a sheet, with a chart sheet
    if workbook.is_file():
        msg.add_attachment(workbook.read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           filename=f"{briefing['id']}.xlsx")
    return msg


def summary(folder: Path, manifest: dict[str, Any], briefing: sqlite3.Row | dict[str, Any]) -> str:
    """The plain-text part: what the briefing holds in a few lines, for readers without HTML."""
    lines = [f"{manifest['title_zh']} / {manifest['title_en']}", f"日期 Date: {briefing['release_date']}"]
    if manifest.get("demo"):
        lines.append("示範數據 DEMO DATA: replayed recorded corpus, not live official figures.")
    lines += [f"數據可能過時 Data may be stale: {s}" for s in manifest.get("stale") or []]
    lines.append("")
    if briefing["kind"] == "weekly_digest":
        rows = _csv_rows(folder / "notices_digest.csv")
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["event"]] = counts.get(r["event"], 0) + 1
        lines.append("本期 This period: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
        latest: dict[str, dict[str, str]] = {}  # one line per notice: its latest event (as the digest shows it)
        for r in sorted(rows, key=lambda r: r.get("vintage") or ""):
            latest[r["notice_id"]] = r
        items = [r for r in rows if latest.get(r["notice_id"]) is r]
        hk = [r for r in items if _true(r.get("hk_relevant"))]
        emergency = [r for r in items if _true(r.get("emergency")) and not _true(r.get("hk_relevant"))]
        for heading, group in (("涉港 Relevant to Hong Kong:", hk),
                               ("應急及公共安全 Emergency and public safety:", emergency)):
            if group:
                lines.append(heading)
                lines += [f"- {_event(r['event'])}{r['title_hant'] or r['title']} ({r['source_url']})"
                          for r in group[:5]]
                if len(group) > 5:
                    lines.append(f"- 另有 {len(group) - 5} 項，見 PDF。{len(group) - 5} more: see the PDF.")
    else:
        rows = [r for r in _csv_rows(folder / "key_indicators.csv") if r.get("indicator") == "gdp"]
        if rows:
            lines.append("地區生產總值 GDP:")
            # (a year to date said so: the nation's 2025-Q3 is January to September, beside the provinces' years)
            lines += [f"- {' '.join(label('regions', r['region']))} {r['period']}"
                      f"{' 累計 YTD' if _true(r.get('cumulative')) else ''}: 增長 growth "
                      f"{rounded(float(r['yoy_pct']), 1) + '%' if r.get('yoy_pct') else '–'}" for r in rows]
    lines += ["", "附件：PDF 全文及 Excel 數據表。Attached: the full PDF and the data as Excel workbooks."]
    return "\n".join(lines) + "\n"


def _true(cell: str | None) -> bool:
    return (cell or "").lower() == "true"


def _event(event: str) -> str:
    """A notice event as a bracketed label ("[撤下 Withdrawn] "), nothing for a new one."""
    return "" if event == "new" else f"[{' '.join(label('events', event))}] "


def _csv_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


class _Unsure(Exception):
    """The connection broke after the message was handed over: the server may have it."""


# answers that mean the server did not take the message: safe to send again later
REFUSED = (smtplib.SMTPHeloError, smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError,
           smtplib.SMTPSenderRefused, smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
           smtplib.SMTPConnectError)


def _send(smtp: Smtp, msg: EmailMessage) -> dict[str, Any]:
    """Send one message; return the recipients the server refused (the rest have it).

    Raises a REFUSED error or OSError when nothing was handed over, _Unsure when the
    conversation broke once the message was on its way.
    """
    cls = smtplib.SMTP_SSL if smtp.ssl else smtplib.SMTP
    server = cls(smtp.host, smtp.port, timeout=smtp.timeout)  # an OSError here: never connected
    try:
        if smtp.starttls and not smtp.ssl:
            server.starttls()
        if smtp.login:
            server.login(smtp.login, smtp.password or "")
        try:
            refused: dict[str, Any] = server.send_message(msg)
        except REFUSED:
            raise
        except (smtplib.SMTPException, OSError) as e:
            raise _Unsure(str(e)) from e
        return refused
    finally:
        # the server has answered the message already; a failed QUIT changes nothing
        with contextlib.suppress(smtplib.SMTPException, OSError):
            server.quit()


def deliver(briefing_id: str, smtp: Smtp, s: Settings | None = None) -> dict[str, str]:
    """Send one message per bureau on the briefing's list; return {bureau: state}.

    Raises NotApproved while an approval is outstanding, DeliveryFailed when a bureau's message
    was refused (the rest are still sent; a retry sends only what is missing).
    """
    s = s or settings()
    dist = distribution()
    briefing = get(s, briefing_id)
    if briefing is None:
        raise KeyError(f"no briefing {briefing_id!r}")
    if briefing["requires_approval"] and not briefing["approved_by"]:
        raise NotApproved(f"{briefing_id} is held until `provintel approve {briefing_id}`")
    states: dict[str, str] = {}
    failures = []
    for bureau in dist["briefings"][briefing["kind"]]["bureaux"]:
        recipients = list(dist["bureaux"][bureau]["to"])
        message_id = f"<{briefing_id}.{bureau}@provintel>"
        msg = compose(briefing, bureau, recipients, smtp.sender)  # before claiming: a bad manifest claims nothing
        with ledger(s) as con:
            con.execute("BEGIN IMMEDIATE")
            row = con.execute(q("delivery_state"), [briefing_id, bureau]).fetchone()
            if row is not None and row["state"] in ("sent", "sending"):
                con.execute("COMMIT")
                states[bureau] = row["state"]
                if row["state"] == "sending" and _age(row["updated_at"]) > IN_FLIGHT:
                    failures.append(f"{bureau}: interrupted mid-send, the server may have it; check, then "
                                    f"`provintel deliveries --resend {briefing_id} {bureau}`")
                continue
            con.execute(q("claim"), [briefing_id, bureau, json.dumps(recipients), message_id, _now()])
            con.execute("COMMIT")
        try:
            refused = _send(smtp, msg)
        except _Unsure as e:
            # left in `sending`: an operator checks the mailbox before anything is sent again
            _mark(s, briefing_id, bureau, "sending", f"unsure whether delivered: {e}")
            states[bureau] = "sending"
            failures.append(f"{bureau}: connection broke after the message was sent ({e}); check, then "
                            f"`provintel deliveries --resend {briefing_id} {bureau}`")
            continue
        except (*REFUSED, OSError) as e:
            _mark(s, briefing_id, bureau, "failed", str(e))
            log.error("briefing %s to %s failed: %s", briefing_id, bureau, e)
            states[bureau] = "failed"
            failures.append(f"{bureau}: {e}")
            continue
        _mark(s, briefing_id, bureau, "sent", f"refused recipients: {sorted(refused)}" if refused else None)
        log.info("briefing %s sent to %s (%d recipients)", briefing_id, bureau, len(recipients) - len(refused))
        states[bureau] = "sent"
    if failures:
        raise DeliveryFailed(f"{briefing_id}: " + "; ".join(failures))
    return states


def _mark(s: Settings, briefing_id: str, bureau: str, state: str, error: str | None) -> None:
    with ledger(s) as con:
        con.execute(q("mark"), [state, error[:500] if error else None, _now(), briefing_id, bureau])


def _age(stamp: str) -> timedelta:
    return datetime.now(UTC) - datetime.fromisoformat(stamp)


def resend(briefing_id: str, bureau: str, s: Settings | None = None) -> None:
    """Let the next delivery send this bureau's message again (after an operator checked it never arrived)."""
    with ledger(s) as con:
        n = con.execute(q("resend"), [_now(), briefing_id, bureau]).rowcount
    if n != 1:
        raise KeyError(f"no unsent delivery of {briefing_id!r} to {bureau!r}")


def pending(s: Settings | None = None, max_age_days: int = 14) -> list[str]:
    """Briefings that may be sent now (approved or needing no approval) and have a bureau not yet sent.

    Only briefings built in the last `max_age_days`: a bureau added to a list later does not
    receive months of old briefings.
    """
    s = s or settings()
    dist = distribution()
    out = []
    cutoff = (datetime.now(UTC) - timedelta(days=max_age_days)).isoformat(timespec="seconds")
    with ledger(s) as con:
        rows = con.execute(q("sendable"), [cutoff]).fetchall()
        for b in rows:
            done = {r["bureau"] for r in con.execute(q("done_bureaux"), [b["id"]])}
            if set(dist["briefings"][b["kind"]]["bureaux"]) - done:
                out.append(b["id"])
    return out
