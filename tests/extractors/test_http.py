"""The HTTP client against the replay server: retries, limits, robots, allow-list, blocking."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from common.settings import settings
from extractors.archive import RawArchive
from extractors.http import HttpClient, Outcome, looks_like_challenge, retry_after_seconds
from replay.server import start
from tests.conftest import write_corpus

HOST = "www.example-portal.gov.cn"
URL = f"https://{HOST}"


@pytest.fixture
def serve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Start a replay server on a corpus made for the test; return a client factory."""
    servers = []

    def make(routes: list[dict[str, Any]], robots: dict[str, str] | None = None, **overrides: Any):
        from replay.server import Corpus

        root = write_corpus(tmp_path / f"corpus{len(servers)}", routes,
                            robots if robots is not None else {HOST: "User-agent: *\nDisallow: /private/\n"})
        server, _ = start(corpus_root=root)
        servers.append(server)
        assert isinstance(server.corpus, Corpus)
        monkeypatch.setenv("PROVINTEL_REPLAY", server.base_url)
        monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
        params = {"min_interval": 0.0, "backoff_base": 0.01, "max_retries": 3, "timeout": 2.0, **overrides}
        s = dataclasses.replace(settings(), **params)
        sleeps: list[float] = []
        client = HttpClient(s, [HOST], sleep=sleeps.append)
        return client, server, sleeps

    yield make
    for s in servers:
        s.shutdown()


def test_ok_body_stored_as_received_with_sidecar(serve: Any) -> None:
    gbk = "<html><head><title>通知</title></head><body>湖北省人民政府关于印发的通知</body></html>".encode("gbk")
    client, _, _ = serve([{"url": f"{URL}/a.html", "data": gbk, "headers": {"Content-Type": "text/html"}}])
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.OK and f.body == gbk
    archive: RawArchive = client.archive
    assert archive.get(f.sha256 or "") == gbk  # bytes, not decoded: GBK stays GBK
    side = archive.sidecar(f.sha256 or "")
    assert side.url == f"{URL}/a.html" and side.method == "GET" and side.status == 200
    assert side.headers["Content-Type"] == "text/html" and side.fetched_at and side.size == len(gbk)


def test_user_agent_names_the_project(serve: Any) -> None:
    client, _, _ = serve([{"url": f"{URL}/a.html", "text": "<html><body>正文内容足够长的页面文字</body></html>"}])
    client.get(f"{URL}/a.html")
    assert "provintel" in client.session(HOST).headers["User-Agent"]


def test_500_is_retried_then_succeeds(serve: Any) -> None:
    client, server, sleeps = serve([{"url": f"{URL}/a.html", "text": "<html><body>ok 正文内容足够长的页面文字</body></html>",
                                     "first_hits": [{"status": 500}, {"status": 503}]}])
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.OK and f.attempts == 3
    assert len(sleeps) == 2 and all(0 <= s <= 0.04 for s in sleeps)  # backoff with jitter


def test_retries_are_bounded(serve: Any) -> None:
    client, server, sleeps = serve([{"url": f"{URL}/a.html", "status": 500, "text": "boom"}])
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.FAILED and f.attempts == 4 and f.status == 500
    assert len([e for e in server.log if e[2] == "/a.html"]) == 4


def test_429_honours_retry_after(serve: Any) -> None:
    client, _, sleeps = serve([{"url": f"{URL}/a.html", "text": "<html><body>ok 正文内容足够长的页面文字</body></html>",
                                "first_hits": [{"status": 429, "headers": {"Retry-After": "7"}}]}])
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.OK and sleeps == [7.0]


def test_retry_after_longer_than_cap_gives_up(serve: Any) -> None:
    client, _, sleeps = serve([{"url": f"{URL}/a.html", "text": "x",
                                "first_hits": [{"status": 429, "headers": {"Retry-After": "3600"}}]}],
                              max_backoff=60.0)
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.FAILED and "exceeds the cap" in (f.error or "") and sleeps == []


def test_retry_after_http_date() -> None:
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("soon") is None


def test_size_cap_by_header_and_by_stream(serve: Any) -> None:
    big = b"<html><body>" + b"x" * 5000 + b"</body></html>"
    client, _, _ = serve([{"url": f"{URL}/big.html", "data": big}], max_bytes=1000)
    f = client.get(f"{URL}/big.html")
    assert f.outcome == Outcome.TOO_LARGE and f.body is None


def test_timeout_on_a_slow_answer(serve: Any) -> None:
    client, _, _ = serve([{"url": f"{URL}/slow.html", "text": "late", "delay": 1.5}], timeout=0.5, max_retries=1)
    f = client.get(f"{URL}/slow.html")
    assert f.outcome == Outcome.FAILED and f.attempts == 2 and "Timeout" in (f.error or "")


def test_truncated_body_is_retried_and_never_returned(serve: Any) -> None:
    body = b"<html><body>" + "完整的正文".encode() * 200 + b"</body></html>"
    client, _, _ = serve([{"url": f"{URL}/t.html", "data": body, "truncate": 100}], max_retries=1)
    f = client.get(f"{URL}/t.html")
    assert f.outcome == Outcome.FAILED and f.body is None and "truncated" in (f.error or "")


def test_conditional_get_gives_not_modified_with_the_archived_body(serve: Any) -> None:
    client, server, _ = serve([{"url": f"{URL}/a.html", "text": "<html><body>正文内容足够长的页面文字</body></html>"}])
    first = client.get(f"{URL}/a.html")
    second = client.get(f"{URL}/a.html")
    assert second.outcome == Outcome.NOT_MODIFIED and second.status == 304
    assert second.body == first.body and second.sha256 == first.sha256
    assert [e[3] for e in server.log if e[2] == "/a.html"] == [200, 304]


def test_robots_5xx_defers_the_host(serve: Any) -> None:
    client, server, _ = serve([{"url": f"{URL}/robots.txt", "status": 503, "text": "down"},
                               {"url": f"{URL}/a.html", "text": "x"}], robots={})
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.DEFERRED
    assert not [e for e in server.log if e[2] == "/a.html"]  # the page itself was never asked


def test_robots_disallow_is_obeyed_and_missing_robots_allows(serve: Any) -> None:
    client, server, _ = serve([{"url": f"{URL}/private/a.html", "text": "x"}])
    assert client.get(f"{URL}/private/a.html").outcome == Outcome.DISALLOWED
    client2, _, _ = serve([{"url": f"{URL}/a.html", "text": "<html><body>正文内容足够长的页面文字</body></html>"}], robots={})
    assert client2.get(f"{URL}/a.html").outcome == Outcome.OK  # robots.txt 404: allowed


@pytest.mark.parametrize("url", [
    "https://evil.example.com/a.html",
    "http://127.0.0.1/admin",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "file:///etc/passwd",
    f"https://user:pw@{HOST}/a.html",
])
def test_allow_list_refuses_without_a_request(serve: Any, url: str) -> None:
    client, server, _ = serve([])
    f = client.get(url)
    assert f.outcome == Outcome.REFUSED and server.log == []


def test_redirect_outside_the_allow_list_is_refused(serve: Any) -> None:
    client, _, _ = serve([{"url": f"{URL}/r.html", "status": 302, "text": "",
                           "headers": {"Location": "http://10.0.0.5/internal"}}])
    f = client.get(f"{URL}/r.html")
    assert f.outcome == Outcome.REFUSED and "10.0.0.5" in (f.error or "")


def test_live_mode_refuses_hosts_resolving_to_private_addresses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROVINTEL_REPLAY", raising=False)
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path))
    client = HttpClient(settings(), [HOST], resolve=lambda h: ["192.168.1.10"])
    assert "non-public" in (client.refusal(f"{URL}/a.html") or "")
    client = HttpClient(settings(), [HOST], resolve=lambda h: ["1.2.3.4"])
    assert client.refusal(f"{URL}/a.html") is None


def test_replay_must_be_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVINTEL_REPLAY", "http://10.1.2.3:8000")
    with pytest.raises(ValueError):
        HttpClient(settings(), [HOST])


@pytest.mark.parametrize("status", [412, 403])
def test_anti_bot_statuses_are_blocked_not_parsed(serve: Any, status: int) -> None:
    client, _, _ = serve([{"url": f"{URL}/a.html", "status": status, "text": "<html><script>$_ts={}</script></html>"}])
    f = client.get(f"{URL}/a.html")
    assert f.outcome == Outcome.BLOCKED and f.body is None and f.status == status
    assert client.archive.has(f.sha256 or "")  # kept as evidence


def test_307_loop_is_blocked(serve: Any) -> None:
    client, _, _ = serve([{"url": f"{URL}/api", "text": "{}", "require_cookie": "wzws_cid"}])
    f = client.get(f"{URL}/api")
    assert f.outcome == Outcome.BLOCKED and "redirect loop" in (f.error or "")


def test_warm_up_cookie_clears_the_307(serve: Any) -> None:
    client, _, _ = serve([
        {"url": f"{URL}/page.html", "text": "<html><body>首页内容足够长的页面文字内容</body></html>",
         "headers": {"Set-Cookie": "wzws_cid=abc; Path=/", "Content-Type": "text/html"}},
        {"url": f"{URL}/api", "text": json.dumps({"ok": 1}), "require_cookie": "wzws_cid",
         "headers": {"Content-Type": "application/json"}},
    ])
    assert client.get(f"{URL}/page.html").outcome == Outcome.OK
    assert client.get(f"{URL}/api").outcome == Outcome.OK


def test_javascript_only_page_is_blocked(serve: Any) -> None:
    page = "<html><head><script>document.cookie='a=b';location.reload()</script></head><body></body></html>"
    client, _, _ = serve([{"url": f"{URL}/a.html", "text": page, "headers": {"Content-Type": "text/html"}}])
    assert client.get(f"{URL}/a.html").outcome == Outcome.BLOCKED


@pytest.mark.parametrize("body,expected", [
    (b"<html><body><p>" + "湖北省人民政府关于加快发展的通知，各市州人民政府。".encode() * 3 + b"</p></body></html>", False),
    ("<html><body>请开启JavaScript并刷新该页</body></html>".encode(), True),
    (b"<html><head><meta id='FSSBBIl1UgzbN7N80S' content='x'></head></html>", True),
    (b"<script>window.location.href='./2024/';</script>", True),
    (b'{"data": []}', False),
])
def test_challenge_detection(body: bytes, expected: bool) -> None:
    assert looks_like_challenge(body, "text/html" if body.startswith(b"<") else "application/json") is expected


def test_post_json_and_form(serve: Any) -> None:
    client, _, _ = serve([
        {"url": f"{URL}/api", "method": "POST", "json": {"showType": "3"}, "text": '{"hit": "json"}'},
        {"url": f"{URL}/proxy", "method": "POST", "form": {"columnid": "48473"}, "text": "<record>r</record>"},
    ])
    assert client.post(f"{URL}/api", json={"showType": "3", "cid": "x"}).body == b'{"hit": "json"}'
    assert client.post(f"{URL}/proxy", data={"col": "1", "columnid": "48473"}).body == b"<record>r</record>"
    assert client.post(f"{URL}/api", json={"showType": "1"}).status == 404
