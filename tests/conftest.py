"""Shared fixtures. No test reaches the internet: sockets to anything but loopback are refused."""

from __future__ import annotations

import atexit
import ipaddress
import json
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# airflow reads AIRFLOW_HOME at import: point it at a throwaway folder before anything imports it
_AIRFLOW_HOME = tempfile.mkdtemp(prefix="provintel-airflow-")
atexit.register(shutil.rmtree, _AIRFLOW_HOME, True)
os.environ["AIRFLOW_HOME"] = _AIRFLOW_HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
# dag.test() needs the DAG file inside the configured folder, and airflow reads it once, at import
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(Path(__file__).resolve().parent.parent / "dags")
os.environ["GX_ANALYTICS_ENABLED"] = "False"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            ok = ipaddress.ip_address(host).is_loopback
        except ValueError:
            ok = host == "localhost"
        if not ok:
            raise ConnectionRefusedError(f"tests may not reach {host}: loopback only")
    return _real_connect(self, address)


socket.socket.connect = _loopback_only  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def replay_server() -> Iterator[Any]:
    from replay.server import start

    server, _ = start()
    yield server
    server.shutdown()


@pytest.fixture
def replay(replay_server: Any) -> Any:
    """The replay server with the base corpus and fresh counters (tests may swap in scenarios)."""
    from replay.server import Corpus

    replay_server.corpus = Corpus.load()
    replay_server.reset()
    return replay_server


@pytest.fixture
def env(tmp_path: Path, replay: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh PROVINTEL_HOME and the replay server, with fast retries."""
    home = tmp_path / "home"
    monkeypatch.setenv("PROVINTEL_HOME", str(home))
    monkeypatch.setenv("PROVINTEL_REPLAY", replay.base_url)
    monkeypatch.setenv("PROVINTEL_MIN_INTERVAL", "0")
    monkeypatch.setenv("PROVINTEL_BACKOFF_BASE", "0.01")
    monkeypatch.setenv("PROVINTEL_RETRY_DELAY", "0")
    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", "1")  # every known page asked every run (see test_crawl)
    return home


def write_corpus(root: Path, routes: list[dict[str, Any]], robots: dict[str, str] | None = None) -> Path:
    """A small corpus for one test: routes with inline `text` or `data` (bytes as latin-1)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "files").mkdir(exist_ok=True)
    out = []
    for i, r in enumerate(routes):
        r = dict(r)
        if "data" in r:
            name = f"body{i}"
            (root / "files" / name).write_bytes(r.pop("data"))
            r["file"] = name
        out.append(r)
    (root / "manifest.json").write_text(json.dumps({"robots": robots or {}, "routes": out}, ensure_ascii=False))
    return root


FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parent.parent / "replay" / "corpus"


def html_pages() -> list[Path]:
    """Every recorded HTML page: the replay corpus and the fixtures (real pages among them)."""
    from extractors.releases import looks_like_html

    return [p for root in (CORPUS / "files", FIXTURES) for p in sorted(root.rglob("*"))
            if p.suffix in (".html", ".shtml", ".htm") and looks_like_html(p.read_bytes())]


class Inbox:
    """What a loopback SMTP server received; recipients it refuses get a 550."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return "550 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email import message_from_bytes
        from email.policy import default

        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=default)))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    from aiosmtpd.controller import Controller

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
