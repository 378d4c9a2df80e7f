"""Replay server: answers as the real hosts do, routed by the Host header, from a recorded corpus.

The corpus is data: `corpus/manifest.json` lists routes (host, method, path, query or body match)
and their behaviour (status, headers, body file, warm-up cookies, first-hit failures, delays,
truncation); `corpus/scenarios/*.json` overlay it for fault cases. Bodies are served byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

CORPUS = Path(__file__).resolve().parent / "corpus"
IGNORED_QUERY_KEYS = frozenset({"k1", "_", "t"})  # cache busters
log = logging.getLogger(__name__)


@dataclass
class Route:
    host: str
    method: str
    path: str
    spec: dict[str, Any]
    body: bytes
    hits: int = 0

    def matches(self, method: str, host: str, path: str, query: dict[str, list[str]],
                body: bytes) -> bool:
        if method != self.method or host != self.host or path != self.path:
            return False
        want_query = self.spec.get("query")
        if want_query is not None:
            got = {k: v[-1] for k, v in query.items() if k not in IGNORED_QUERY_KEYS}
            if got != {k: str(v) for k, v in want_query.items()}:
                return False
        if "json" in self.spec:
            try:
                doc = json.loads(body or b"null")
            except ValueError:
                return False
            if not _subset(self.spec["json"], doc):
                return False
        if "form" in self.spec:
            form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
            if any(form.get(k) != str(v) for k, v in self.spec["form"].items()):
                return False
        return True


def _subset(want: Any, got: Any) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and _subset(v, got[k]) for k, v in want.items())
    return bool(want == got)


@dataclass
class Corpus:
    routes: list[Route] = field(default_factory=list)
    robots: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path = CORPUS, scenarios: list[str] | None = None) -> Corpus:
        corpus = cls()
        # scenario routes come first so they shadow the base corpus
        for name in scenarios or []:
            corpus._add(root, json.loads((root / "scenarios" / f"{name}.json").read_text()))
        corpus._add(root, json.loads((root / "manifest.json").read_text()))
        return corpus

    def _add(self, root: Path, doc: dict[str, Any]) -> None:
        for host, text in doc.get("robots", {}).items():
            self.robots.setdefault(host, text.encode())
        for spec in doc["routes"]:
            if "file" in spec:
                body = (root / "files" / spec["file"]).read_bytes()
            else:
                body = spec.get("text", "").encode(spec.get("encoding", "utf-8"))
            url = urlsplit(spec["url"])
            route = Route(host=url.hostname or "", method=spec.get("method", "GET"), path=url.path or "/",
                          spec=spec, body=body)
            if url.query and "query" not in spec:
                spec["query"] = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            self.routes.append(route)

    def find(self, method: str, host: str, path: str, query: dict[str, list[str]],
             body: bytes) -> Route | None:
        for route in self.routes:
            if route.matches(method, host, path, query, body):
                return route
        return None


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], corpus: Corpus) -> None:
        super().__init__(address, Handler)
        self.corpus = corpus
        self.log: list[tuple[str, str, str, int]] = []
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def reset(self) -> None:
        with self.lock:
            self.log.clear()
            for r in self.corpus.routes:
                r.hits = 0

    def requests_to(self, host: str, path_prefix: str = "") -> list[tuple[str, str, str, int]]:
        return [e for e in self.log if e[1] == host and e[2].startswith(path_prefix)]


class Handler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug(format, *args)

    def do_GET(self) -> None:  # noqa: N802
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        if parts.path == "/robots.txt" and self.server.corpus.find(method, host, parts.path, query, body) is None:
            robots = self.server.corpus.robots.get(host)
            self._record(method, host, parts.path, 200 if robots is not None else 404)
            if robots is None:
                return self._send(404, {"Content-Type": "text/html"}, b"<html>404</html>")
            return self._send(200, {"Content-Type": "text/plain"}, robots)
        route = self.server.corpus.find("GET" if method == "HEAD" else method, host, parts.path, query,
                                        body)
        if route is None:
            self._record(method, host, self.path, 404)
            return self._send(404, {"Content-Type": "text/html; charset=utf-8"},
                              "<html><body>404 页面不存在</body></html>".encode())
        with self.server.lock:
            route.hits += 1
            hit = route.hits
        spec = route.spec
        scheme = self.headers.get("X-Replay-Scheme", "https")
        own_url = f"{scheme}://{host}{self.path}"

        cookie_name = spec.get("require_cookie")
        if cookie_name and cookie_name not in SimpleCookie(self.headers.get("Cookie", "")):
            # the WAF answers 307 to itself until a warm-up page has set its cookie
            self._record(method, host, self.path, 307)
            return self._send(307, {"Location": own_url, "Content-Type": "text/html"}, b"")

        first = spec.get("first_hits", [])
        if hit <= len(first):
            early = first[hit - 1]
            self._record(method, host, self.path, early["status"])
            return self._send(early["status"], early.get("headers", {"Content-Type": "text/html"}),
                              early.get("text", "").encode())

        if spec.get("delay"):
            time.sleep(float(spec["delay"]))
        status = int(spec.get("status", 200))
        headers = dict(spec.get("headers", {}))
        payload = route.body
        if status == 200 and spec.get("validators", method == "GET"):
            etag = '"' + hashlib.sha1(payload).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", spec.get("last_modified", "Mon, 03 Nov 2025 02:00:00 GMT"))
            if self.headers.get("If-None-Match") == headers["ETag"] or (
                    "If-None-Match" not in self.headers
                    and self.headers.get("If-Modified-Since") == headers["Last-Modified"]):
                self._record(method, host, self.path, 304)
                return self._send(304, {"ETag": headers["ETag"]}, b"")
        self._record(method, host, self.path, status)
        self._send(status, headers, b"" if method == "HEAD" else payload,
                   truncate=spec.get("truncate"), drip=spec.get("drip"),
                   declared=len(payload))

    def _record(self, method: str, host: str, path: str, status: int) -> None:
        with self.server.lock:
            self.server.log.append((method, host, path, status))

    def _send(self, status: int, headers: dict[str, str], body: bytes, *, truncate: int | None = None,
              drip: float | None = None, declared: int | None = None) -> None:
        self.send_response(status)
        for k, v in headers.items():
            if k.lower() != "content-length":
                self.send_header(k, v)
        self.send_header("Content-Length", str(declared if truncate is not None else len(body)))
        self.end_headers()
        if truncate is not None:
            # promise the whole body, send part of it, hang up
            self.wfile.write(body[: int(truncate)])
            self.wfile.flush()
            self.close_connection = True
            return
        if drip:
            for i in range(0, len(body), 256):
                self.wfile.write(body[i: i + 256])
                self.wfile.flush()
                time.sleep(float(drip))
            return
        self.wfile.write(body)


def start(port: int = 0, scenarios: list[str] | None = None,
          corpus_root: Path = CORPUS) -> tuple[ReplayServer, threading.Thread]:
    """Start a replay server on loopback in a background thread."""
    server = ReplayServer(("127.0.0.1", port), Corpus.load(corpus_root, scenarios))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="replay",
                              daemon=True)
    thread.start()
    return server, thread


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the recorded corpus on loopback.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--scenario", action="append", default=[])
    parser.add_argument("--port-file", type=Path)
    args = parser.parse_args(argv)
    server = ReplayServer(("127.0.0.1", args.port), Corpus.load(CORPUS, args.scenario))
    if args.port_file:
        args.port_file.write_text(server.base_url)
    print(server.base_url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
