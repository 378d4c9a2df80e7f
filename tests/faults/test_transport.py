"""The HTTP client against a misbehaving server: every attempt ends within its deadline, reads at
most the byte cap, follows no redirect off the allow-list, and defers hosts whose robots.txt is not
one. Figures are bytes and connections counted by the server."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from common.settings import settings
from extractors.http import HttpClient, Outcome
from tests.faults.fault_server import FaultServer, start

HOST = "portal.example.gov.cn"
CAP = 1024 * 1024


@pytest.fixture
def server() -> Iterator[FaultServer]:
    s = start()
    yield s
    s.stop.set()
    s.shutdown()


def client(server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *hosts: str) -> HttpClient:
    monkeypatch.setenv("PROVINTEL_REPLAY", server.base_url)
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    s = dataclasses.replace(settings(), min_interval=0.0, backoff_base=0.0, max_retries=1, timeout=1.0,
                            max_bytes=CAP)
    return HttpClient(s, hosts or (HOST,), sleep=lambda _: None)


def test_a_hanging_server_is_given_up_on(server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}/hang")
    assert f.outcome == Outcome.FAILED and f.attempts == 2 and "Timeout" in (f.error or "")


def test_a_dripping_body_is_cut_at_the_deadline(server: FaultServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}/drip")
    assert f.outcome == Outcome.FAILED and "not complete within 1s" in (f.error or "")
    # one byte per 0.1 s: two attempts of a 1 s deadline take ~20 of the 100,000 promised bytes
    assert server.sent["/drip"] < 100


def test_a_truncated_body_is_never_returned(server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}/truncate")
    assert f.outcome == Outcome.FAILED and f.body is None and "truncated" in (f.error or "")


@pytest.mark.parametrize("path", ["/endless", "/gzip-bomb"])
def test_bodies_past_the_cap_stop_being_read(server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             path: str) -> None:
    import tracemalloc

    tracemalloc.start()
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}{path}")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert f.outcome == Outcome.TOO_LARGE and f.body is None
    assert peak < 8 * CAP  # a 64 MiB bomb never inflates in memory
    if path == "/endless":
        assert server.sent[path] < 64 * CAP  # the client hung up; the server did not send its 256 MiB


def test_a_lying_content_length_is_refused_before_reading(server: FaultServer, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}/liar")
    assert f.outcome == Outcome.TOO_LARGE and "exceeds cap" in (f.error or "")


@pytest.mark.parametrize("path", ["/to-private", "/to-loopback", "/to-file", "/to-metadata", "/to-elsewhere"])
def test_redirects_off_the_allow_list_make_no_connection(server: FaultServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    f = client(server, tmp_path, monkeypatch).get(f"https://{HOST}{path}")
    assert f.outcome == Outcome.REFUSED and f.body is None
    assert ("127.0.0.1", "/reached") not in server.requests and all(p != "/reached" for _, p in server.requests)
    assert [p for _, p in server.requests if p != "/robots.txt"] == [path]  # the redirect itself, nothing after


@pytest.mark.parametrize("kind", ["robots-garbage", "robots-html", "robots-5xx", "robots-hang"])
def test_a_host_whose_robots_txt_is_not_one_is_deferred(server: FaultServer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    host = f"{kind}.example.gov.cn"
    f = client(server, tmp_path, monkeypatch, host).get(f"https://{host}/page")
    assert f.outcome == Outcome.DEFERRED
    assert (host, "/page") not in server.requests  # nothing fetched from a host we cannot read the rules of


def test_live_mode_connects_only_to_the_address_it_checked(server: FaultServer, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the check sees a public address, a second lookup would give loopback."""
    import socket

    port = server.server_address[1]
    answers = iter([["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"], ["127.0.0.1"]])
    real = socket.getaddrinfo

    def system_dns(host: str, *a: object, **k: object) -> object:  # what a library's own lookup would find
        return real("127.0.0.1", *a, **k) if host == "rebind.example.gov.cn" else real(host, *a, **k)

    monkeypatch.setattr(socket, "getaddrinfo", system_dns)
    monkeypatch.delenv("PROVINTEL_REPLAY", raising=False)
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    s = dataclasses.replace(settings(), replay=None, min_interval=0.0, backoff_base=0.0, max_retries=1, timeout=1.0)
    c = HttpClient(s, ["rebind.example.gov.cn"], sleep=lambda _: None, resolve=lambda host: next(answers),
                   respect_robots=False)
    f = c.get(f"http://rebind.example.gov.cn:{port}/page")
    assert f.outcome in (Outcome.FAILED, Outcome.REFUSED) and "non-public" in (f.error or "")
    assert server.requests == []  # not one connection reached the loopback server


def test_pinned_connections_keep_the_host_name_for_tls_and_host_headers(server: FaultServer, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The pinned address is used for the socket only: Host and SNI stay the name (certificates check out)."""
    import requests

    from extractors.http import PinnedAdapter

    port = server.server_address[1]
    adapter = PinnedAdapter(lambda host: ["127.0.0.1"])

    s = requests.Session()
    s.mount("http://", adapter)
    r = s.get(f"http://named.example.gov.cn:{port}/page", timeout=2)
    r2 = s.get(f"http://named.example.gov.cn:{port}/again", timeout=2)  # a kept-alive second request
    assert r.status_code == 200 and r2.status_code == 200
    # the name, not the pinned address, on every request (TLS uses the same name for SNI and the certificate)
    assert [h for h, _ in server.requests] == ["named.example.gov.cn", "named.example.gov.cn"]
