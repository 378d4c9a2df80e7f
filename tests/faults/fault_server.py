"""A loopback HTTP server that misbehaves on purpose (hangs, drips, lies, bombs, bad redirects and
robots files) and counts what it sent, so tests assert bytes and connections, not the clock."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GZIP_BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB of zeros in ~64 KiB


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str]] = []  # (host, path)
        self.sent: dict[str, int] = {}  # path -> body bytes written

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self, path: str, n: int) -> None:
        with self.lock:
            self.sent[path] = self.sent.get(path, 0) + n


class Handler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.requests.append((host, path))
        if path == "/robots.txt":
            return self._robots(host)
        behaviour = getattr(self, "_" + path.strip("/").replace("-", "_"), None)
        if behaviour is None:
            return self._body(200, b"<html><body><p>ok</p></body></html>", "text/html; charset=utf-8")
        return behaviour()

    # -- behaviours ---------------------------------------------------------------------------------
    def _body(self, status: int, body: bytes, ctype: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)
        self.server.count(self.path, len(body))

    def _robots(self, host: str) -> None:
        kind = host.split(".")[0]
        if kind == "robots-garbage":
            return self._body(200, bytes(range(256)) * 4, "application/octet-stream")
        if kind == "robots-html":
            return self._body(200, "<!DOCTYPE html><html><body>首页 登录</body></html>".encode(), "text/html")
        if kind == "robots-5xx":
            return self._body(503, b"busy", "text/plain")
        if kind == "robots-hang":
            return self._hang()
        return self._body(200, b"User-agent: *\nDisallow:\n", "text/plain")

    def _hang(self) -> None:
        self.server.stop.wait(60)  # never answers; the client must give up

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100000):
                if self.server.stop.is_set():
                    return
                self.wfile.write(b"x")
                self.wfile.flush()
                self.server.count(self.path, 1)
                time.sleep(0.1)
        except OSError:
            return  # the client hung up

    def _truncate(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(b"<html>" + b"x" * 500)
        self.server.count(self.path, 506)
        self.close_connection = True

    def _endless(self) -> None:
        # no Content-Length: the body runs until the client stops reading
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        block = b"y" * 65536
        try:
            for _ in range(4096):  # at most 256 MiB
                if self.server.stop.is_set():
                    return
                self.wfile.write(block)
                self.server.count(self.path, len(block))
        except OSError:
            return
        finally:
            self.close_connection = True

    def _liar(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(10 ** 10))
        self.end_headers()
        self.close_connection = True

    def _gzip_bomb(self) -> None:
        self._body(200, GZIP_BOMB, "text/html", Content_Encoding="gzip")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _to_private(self) -> None:
        self._redirect("http://10.1.2.3/secret")

    def _to_loopback(self) -> None:
        self._redirect(f"http://127.0.0.1:{self.server.server_address[1]}/reached")

    def _to_file(self) -> None:
        self._redirect("file:///etc/passwd")

    def _to_metadata(self) -> None:
        self._redirect("http://169.254.169.254/latest/meta-data/")

    def _to_elsewhere(self) -> None:
        self._redirect("https://evil.example.com/reached")


def start() -> FaultServer:
    server = FaultServer()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server
