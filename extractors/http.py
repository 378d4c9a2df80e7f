"""The one HTTP client every extractor uses: polite, bounded, and honest about what came back."""

from __future__ import annotations

import dataclasses
import email.utils
import ipaddress
import json
import logging
import random
import re
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from common.settings import Settings
from extractors.archive import RawArchive, Sidecar, request_key, sha256

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
BLOCK_STATUSES = frozenset({403, 412})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5

# markers of pages that only exist to run an anti-bot script (ruishu cookie challenge and friends)
_CHALLENGE_MARKERS = (
    b"FSSBBIl1UgzbN7N80S",
    b"924omrTVcFchP",
    b"$_ts=",
    b"enable javascript",
    b"javascript is disabled",
    "请开启JavaScript".encode(),
    "请启用JavaScript".encode(),
    "请打开浏览器的JavaScript".encode(),
)
_TAGS = re.compile(rb"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


class Outcome(StrEnum):
    """What a fetch ended as; only `ok` and `not_modified` carry a body to parse."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    BLOCKED = "blocked"  # anti-bot answer: 412, 403, redirect loop, javascript-only page
    DEFERRED = "deferred"  # robots.txt unreachable or 5xx: the host waits for another run
    DISALLOWED = "disallowed"  # robots.txt says no
    REFUSED = "refused"  # outside the allow-list, or a private address
    TOO_LARGE = "too_large"
    FAILED = "failed"  # retries exhausted: timeouts, truncation, 5xx, 429, other statuses


@dataclass(frozen=True)
class Fetch:
    """One request's end state; `body` is the bytes as received (None unless ok/not_modified)."""

    url: str
    method: str
    outcome: Outcome
    status: int | None
    fetched_at: str
    attempts: int
    sha256: str | None = None
    error: str | None = None
    request_key: str | None = None  # method + url + body: one logical request, for change detection
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    body: bytes | None = field(default=None, repr=False)

    @property
    def usable(self) -> bool:
        return self.outcome in (Outcome.OK, Outcome.NOT_MODIFIED) and self.body is not None

    def ledger(self) -> dict[str, Any]:
        """Row for the fetch ledger (no body)."""
        return {"url": self.url, "method": self.method, "outcome": str(self.outcome),
                "status": self.status, "fetched_at": self.fetched_at, "attempts": self.attempts,
                "sha256": self.sha256, "error": self.error, "request_key": self.request_key}


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, wait: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.wait = wait


class ReplayAdapter(HTTPAdapter):
    """Send every request to the replay server, keeping the real host in the Host header."""

    def __init__(self, replay_base: str) -> None:
        super().__init__()
        self.replay = urlsplit(replay_base)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        original = request.url or ""
        parts = urlsplit(original)
        request.headers["Host"] = parts.netloc
        request.headers["X-Replay-Scheme"] = parts.scheme
        request.url = urlunsplit((self.replay.scheme, self.replay.netloc, parts.path or "/",
                                  parts.query, ""))
        try:
            response = super().send(request, **kwargs)
        finally:
            request.url = original
        response.url = original
        return response


def _pinned_socket(conn: Any, addresses: list[str]) -> socket.socket:
    """Connect to the first checked address that answers; the connection's host name is left as it
    is, so the Host header, SNI and the certificate check still use the name."""
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
    from urllib3.util.connection import create_connection

    last: Exception | None = None
    for addr in addresses:
        try:
            return create_connection((addr, conn.port), conn.timeout, source_address=conn.source_address,
                                     socket_options=conn.socket_options)
        except TimeoutError:
            last = ConnectTimeoutError(conn, f"Connection to {conn.host} ({addr}) timed out")
        except OSError as e:
            last = e
    raise NewConnectionError(conn, f"Failed to establish a new connection to {conn.host}: {last}")


class _PinnedHTTPConnection(urllib3.connection.HTTPConnection):
    """Connects to the addresses the client checked, never to a second DNS answer (rebinding)."""

    pin: Callable[[str], list[str]]

    def _new_conn(self) -> socket.socket:
        return _pinned_socket(self, self.pin(self.host))


class _PinnedHTTPSConnection(urllib3.connection.HTTPSConnection):
    pin: Callable[[str], list[str]]

    def _new_conn(self) -> socket.socket:
        return _pinned_socket(self, self.pin(self.host))


class PinnedAdapter(HTTPAdapter):
    """Live mode: resolve once, check the address is public, and connect to exactly that address."""

    def __init__(self, pin: Callable[[str], list[str]]) -> None:
        self.pin = pin
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        http = type("PinnedHTTP", (_PinnedHTTPConnection,), {"pin": staticmethod(self.pin)})
        https = type("PinnedHTTPS", (_PinnedHTTPSConnection,), {"pin": staticmethod(self.pin)})
        pools = dict(self.poolmanager.pool_classes_by_scheme)
        pools["http"] = type("PinnedHTTPPool", (pools["http"],), {"ConnectionCls": http})
        pools["https"] = type("PinnedHTTPSPool", (pools["https"],), {"ConnectionCls": https})
        self.poolmanager.pool_classes_by_scheme = pools


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Read Retry-After as seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def looks_like_challenge(body: bytes, content_type: str) -> bool:
    """Tell a page that only asks for javascript from a page with content."""
    if "html" not in content_type.lower() and not body.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        return False
    if len(body) > 200_000:
        return False
    lowered = body.lower()
    if any(m.lower() in lowered for m in _CHALLENGE_MARKERS):
        return True
    text = _TAGS.sub(b" ", body)
    visible = re.sub(rb"\s+", b"", text)
    # a page whose only substance is a script (location redirect shells, cookie writers)
    return b"<script" in lowered and len(visible) < 40


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class HttpClient:
    """Per-host sessions, rate limit and lock; retries with backoff; robots; allow-list; archive."""

    def __init__(
        self,
        settings: Settings,
        allowed_hosts: Iterable[str],
        archive: RawArchive | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        resolve: Callable[[str], list[str]] | None = None,
        respect_robots: bool = True,
    ) -> None:
        self.settings = settings
        self.allowed = frozenset(h.lower() for h in allowed_hosts)
        self.archive = archive or RawArchive(settings.raw_dir)
        self.sleep = sleep
        self.resolve = resolve or _resolve
        self.respect_robots = respect_robots
        self.ledger: list[Fetch] = []
        self._sessions: dict[str, requests.Session] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._last_call: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._guard = threading.Lock()
        if settings.replay:
            replay_host = urlsplit(settings.replay).hostname or ""
            if not _is_loopback(replay_host):
                raise ValueError(f"replay server must be on loopback, got {settings.replay}")

    # --- policy -----------------------------------------------------------------
    def refusal(self, url: str) -> str | None:
        """Say why a URL may not be fetched, or None when it may."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"scheme {parts.scheme!r} not allowed"
        host = (parts.hostname or "").lower()
        if not host:
            return "no host"
        if _is_ip(host):
            return f"address literal {host} not allowed"
        if host not in self.allowed:
            return f"host {host} not in allow-list"
        if parts.username or parts.password:
            return "credentials in URL"
        if not self.settings.replay:
            for addr in self.resolve(host):
                ip = ipaddress.ip_address(addr)
                if not ip.is_global:
                    return f"host {host} resolves to non-public {addr}"
        return None

    def public_address(self, host: str) -> list[str]:
        """The addresses to connect to: resolved now, and only if every answer is public."""
        addresses = self.resolve(host)
        if not addresses:
            raise OSError(f"{host} does not resolve")
        private = [a for a in addresses if not ipaddress.ip_address(a).is_global]
        if private:
            raise OSError(f"host {host} resolves to non-public {private[0]}: not connecting")
        return sorted(addresses, key=lambda a: ipaddress.ip_address(a).version)  # IPv4 first

    def session(self, host: str) -> requests.Session:
        with self._guard:
            s = self._sessions.get(host)
            if s is None:
                s = requests.Session()
                s.headers["User-Agent"] = self.settings.user_agent
                s.headers["Accept-Language"] = "zh-CN,zh;q=0.9,en;q=0.5"
                s.max_redirects = MAX_REDIRECTS
                adapter: HTTPAdapter = (ReplayAdapter(self.settings.replay) if self.settings.replay
                                        else PinnedAdapter(self.public_address))
                s.mount("http://", adapter)
                s.mount("https://", adapter)
                self._sessions[host] = s
                self._locks[host] = threading.Lock()
            return s

    def _pace(self, host: str) -> None:
        last = self._last_call.get(host)
        if last is not None:
            wait = self.settings.min_interval - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_call[host] = time.monotonic()

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | str:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(origin)
        if cached is not None:
            return cached
        robots_url = origin + "/robots.txt"
        fetch = self._request("GET", robots_url, conditional=False, check_robots=False, record=False)
        result: urllib.robotparser.RobotFileParser | str
        if fetch.outcome == Outcome.OK and fetch.body is not None and not robots_file(fetch.body, fetch.headers):
            # an HTML page or binary junk where the rules belong: the rules are unknown, so wait
            result = "robots.txt is not a robots file (HTML or unreadable): host deferred"
            log.warning("deferring host %s: %s", parts.netloc, result)
        elif fetch.outcome == Outcome.OK and fetch.body is not None:
            parser = urllib.robotparser.RobotFileParser(robots_url)
            parser.parse(fetch.body.decode("utf-8", "replace").splitlines())
            result = parser
        elif fetch.status is not None and 400 <= fetch.status < 500:
            # RFC 9309: an unavailable (4xx) robots.txt allows everything
            parser = urllib.robotparser.RobotFileParser(robots_url)
            parser.parse([])
            result = parser
        else:
            result = f"robots.txt unreachable ({fetch.error or fetch.status}): host deferred"
            log.warning("deferring host %s: %s", parts.netloc, result)
        self._robots[origin] = result
        return result

    # --- fetching ---------------------------------------------------------------
    def get(self, url: str, **kw: Any) -> Fetch:
        return self.fetch("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> Fetch:
        return self.fetch("POST", url, **kw)

    def fetch(self, method: str, url: str, *, data: dict[str, str] | None = None,
              json: Any = None, headers: dict[str, str] | None = None,
              conditional: bool = True) -> Fetch:
        """Fetch a URL and record the outcome; source-side trouble never raises."""
        return self._request(method, url, data=data, json=json, headers=headers,
                             conditional=conditional, check_robots=self.respect_robots, record=True)

    def _request(self, method: str, url: str, *, data: dict[str, str] | None = None, json: Any = None,
                 headers: dict[str, str] | None = None, conditional: bool, check_robots: bool,
                 record: bool) -> Fetch:
        method = method.upper()
        result = self._attempt_all(method, url, data, json, headers or {}, conditional, check_robots)
        result = dataclasses.replace(result, request_key=request_key(method, url, _body_bytes(data, json)))
        if record:
            self.ledger.append(result)
            log.info("%s %s -> %s (%s, %d attempts)", method, url, result.outcome, result.status,
                     result.attempts)
        return result

    def _attempt_all(self, method: str, url: str, data: dict[str, str] | None, json_body: Any,
                     headers: dict[str, str], conditional: bool, check_robots: bool) -> Fetch:
        refusal = self.refusal(url)
        if refusal:
            return Fetch(url, method, Outcome.REFUSED, None, _now(), 0, error=refusal)
        if check_robots:
            robots = self._robots_for(url)
            if isinstance(robots, str):
                return Fetch(url, method, Outcome.DEFERRED, None, _now(), 0, error=robots)
            if not robots.can_fetch(self.settings.user_agent, url):
                return Fetch(url, method, Outcome.DISALLOWED, None, _now(), 0, error="robots.txt disallows")

        prepared_body = _body_bytes(data, json_body)
        key = request_key(method, url, prepared_body)
        remembered = self.archive.recall(key) if conditional else None
        cond_headers: dict[str, str] = {}
        if remembered and self.archive.has(remembered["sha256"]):
            if remembered.get("etag"):
                cond_headers["If-None-Match"] = remembered["etag"]
            if remembered.get("last_modified"):
                cond_headers["If-Modified-Since"] = remembered["last_modified"]

        host = (urlsplit(url).hostname or "").lower()
        session = self.session(host)
        attempts = 0
        last_error = ""
        last_status: int | None = None
        with self._locks[host]:
            while True:
                attempts += 1
                self._pace(host)
                try:
                    return self._once(session, method, url, data, json_body,
                                      {**headers, **cond_headers}, key, remembered, attempts,
                                      prepared_body)
                except _Retryable as exc:
                    last_error, last_status = str(exc), exc.status
                    if attempts > self.settings.max_retries:
                        break
                    if exc.wait is not None and exc.wait > self.settings.max_backoff:
                        last_error += f"; Retry-After {exc.wait:.0f}s exceeds the cap"
                        break
                    wait = exc.wait if exc.wait is not None else self._backoff(attempts)
                    log.info("retrying %s %s in %.2fs: %s", method, url, wait, exc)
                    self.sleep(wait)
        return Fetch(url, method, Outcome.FAILED, last_status, _now(), attempts, error=last_error)

    def _backoff(self, attempt: int) -> float:
        # exponential backoff with full jitter
        ceiling = min(self.settings.max_backoff, self.settings.backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)

    def _once(self, session: requests.Session, method: str, url: str, data: dict[str, str] | None,
              json_body: Any, headers: dict[str, str], key: str, remembered: dict[str, Any] | None,
              attempts: int, prepared_body: bytes | None) -> Fetch:
        timeout = self.settings.timeout
        current = url
        seen: list[str] = []
        for _ in range(MAX_REDIRECTS + 1):
            try:
                resp = session.request(method, current, data=data, json=json_body, headers=headers,
                                       timeout=(min(10.0, timeout), timeout), stream=True,
                                       allow_redirects=False)
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise _Retryable(f"{type(exc).__name__}: {exc}") from exc
            with resp:
                status = resp.status_code
                if status in REDIRECT_STATUSES:
                    location = urljoin(current, resp.headers.get("Location", ""))
                    seen.append(current)
                    if location in seen or len(seen) > MAX_REDIRECTS:
                        return self._store(url, method, status, dict(resp.headers), b"", Outcome.BLOCKED,
                                           attempts, key, prepared_body,
                                           error=f"redirect loop via {status}")
                    refusal = self.refusal(location)
                    if refusal:
                        return Fetch(url, method, Outcome.REFUSED, status, _now(), attempts,
                                     error=f"redirect to {location}: {refusal}")
                    current = location
                    if status == 303 or (status in (301, 302) and method == "POST"):
                        method, data, json_body = "GET", None, None
                    continue
                resp_headers = dict(resp.headers)
                if status == 304 and remembered:
                    digest = remembered["sha256"]
                    return Fetch(url, method, Outcome.NOT_MODIFIED, status, _now(), attempts,
                                 sha256=digest, headers=resp_headers, body=self.archive.get(digest))
                if status in RETRY_STATUSES:
                    try:
                        body = self._read(resp, timeout)
                    except _TooLarge:
                        body = b""
                    self._store(url, method, status, resp_headers, body, Outcome.FAILED, attempts, key,
                                prepared_body, remember=False)
                    raise _Retryable(f"HTTP {status}", status,
                                     retry_after_seconds(resp.headers.get("Retry-After")))
                try:
                    body = self._read(resp, timeout)
                except _TooLarge as exc:
                    return Fetch(url, method, Outcome.TOO_LARGE, status, _now(), attempts, error=str(exc))
                if status in BLOCK_STATUSES:
                    return self._store(url, method, status, resp_headers, body, Outcome.BLOCKED, attempts,
                                       key, prepared_body, error=f"HTTP {status} anti-bot answer")
                if status != 200:
                    return self._store(url, method, status, resp_headers, body, Outcome.FAILED, attempts,
                                       key, prepared_body, error=f"HTTP {status}")
                if looks_like_challenge(body, resp.headers.get("Content-Type", "")):
                    return self._store(url, method, status, resp_headers, body, Outcome.BLOCKED, attempts,
                                       key, prepared_body, error="javascript-only challenge page")
                return self._store(url, method, status, resp_headers, body, Outcome.OK, attempts, key,
                                   prepared_body, remember=True)
        raise AssertionError("unreachable")

    def _read(self, resp: requests.Response, timeout: float) -> bytes:
        """The body, decoded (gzip too), within `timeout` in total and `max_bytes` after decoding.

        Reads return as soon as any bytes arrive (read1), and the socket's own timeout shrinks to the
        time left, so a server dripping a byte at a time cannot stretch one attempt past its deadline.
        """
        cap = self.settings.max_bytes
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise _TooLarge(f"Content-Length {declared} exceeds cap {cap}")
        deadline = time.monotonic() + timeout
        chunks: list[bytes] = []
        size = 0
        raw = resp.raw
        sock = getattr(getattr(raw, "connection", None), "sock", None)
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _Retryable(f"body not complete within {timeout:.0f}s")
                if sock is not None:
                    sock.settimeout(max(0.05, left))
                chunk = raw.read1(64 * 1024, decode_content=True)
                if not chunk:
                    break  # end of body (a short one raises IncompleteRead instead)
                size += len(chunk)
                if size > cap:
                    raise _TooLarge(f"body exceeds cap {cap} bytes")
                chunks.append(chunk)
        except (urllib3.exceptions.HTTPError, requests.exceptions.RequestException, OSError) as exc:
            if time.monotonic() >= deadline:
                raise _Retryable(f"body not complete within {timeout:.0f}s") from exc
            raise _Retryable(f"truncated or stalled body: {type(exc).__name__}") from exc
        return b"".join(chunks)

    def _store(self, url: str, method: str, status: int, headers: dict[str, str], body: bytes,
               outcome: Outcome, attempts: int, key: str, request_body: bytes | None, *,
               error: str | None = None, remember: bool = False) -> Fetch:
        digest = sha256(body)
        fetched_at = _now()
        self.archive.put(body, Sidecar(url=url, method=method, status=status, headers=headers,
                                       fetched_at=fetched_at, sha256=digest, size=len(body),
                                       request_body_sha256=sha256(request_body) if request_body else None,
                                       extra={"outcome": str(outcome)}))
        if remember:
            self.archive.remember(key, {"url": url, "sha256": digest, "etag": headers.get("ETag"),
                                        "last_modified": headers.get("Last-Modified"),
                                        "fetched_at": fetched_at})
        usable = outcome == Outcome.OK
        return Fetch(url, method, outcome, status, fetched_at, attempts, sha256=digest, error=error,
                     headers=headers, body=body if usable else None)


class _TooLarge(Exception):
    pass


def _body_bytes(data: dict[str, str] | None, json_body: Any) -> bytes | None:
    """The request body as sent, for the request key (sorted so equal requests key the same)."""
    if json_body is not None:
        return json.dumps(json_body, sort_keys=True, ensure_ascii=False).encode()
    if data:
        return urlencode(sorted(data.items())).encode()
    return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_ROBOTS_LINE = re.compile(r"^\s*(#.*)?$|^\s*[A-Za-z-]+\s*:", re.M)


def robots_file(body: bytes, headers: dict[str, str]) -> bool:
    """Whether a 200 answer to /robots.txt is a robots file (an empty one is)."""
    text = body.decode("utf-8-sig", "replace")  # comments may be GBK: only the directives matter
    if "\x00" in text or re.search(r"<\s*(!doctype|html|body|head)\b", text[:2048], re.I):
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    # mostly directive lines (a stray odd line is tolerated; junk is not)
    return not lines or sum(bool(_ROBOTS_LINE.match(ln)) for ln in lines) >= 0.8 * len(lines)


def _resolve(host: str) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except socket.gaierror:
        return []
