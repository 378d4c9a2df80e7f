"""Content-addressed store of responses exactly as received, with a sidecar per object."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sidecar:
    """What was asked and answered when these bytes arrived."""

    url: str
    method: str
    status: int
    headers: dict[str, str]
    fetched_at: str
    sha256: str
    size: int
    request_body_sha256: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def request_key(method: str, url: str, body: bytes | None) -> str:
    """Identify one request (method, url, body) for the conditional-GET index."""
    h = hashlib.sha256(f"{method.upper()} {url}\n".encode())
    if body:
        h.update(body)
    return h.hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class RawArchive:
    """Bytes under their sha256; a sidecar JSON beside each; an index of the last answer per request."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _obj(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / digest

    def put(self, body: bytes, sidecar: Sidecar) -> Path:
        path = self._obj(sidecar.sha256)
        if not path.exists():
            _atomic_write(path, body)
        # the sidecar records the latest fetch that produced these bytes
        _atomic_write(path.with_suffix(".json"), json.dumps(asdict(sidecar), ensure_ascii=False,
                                                            indent=1).encode())
        return path

    def get(self, digest: str) -> bytes:
        return self._obj(digest).read_bytes()

    def sidecar(self, digest: str) -> Sidecar:
        data = json.loads(self._obj(digest).with_suffix(".json").read_text())
        return Sidecar(**data)

    def has(self, digest: str) -> bool:
        return self._obj(digest).exists()

    def remember(self, key: str, record: dict[str, Any]) -> None:
        """Keep validators (ETag, Last-Modified) and the body hash of the last 200 for a request."""
        _atomic_write(self.root / "index" / key[:2] / f"{key}.json",
                      json.dumps(record, ensure_ascii=False).encode())

    def recall(self, key: str) -> dict[str, Any] | None:
        path = self.root / "index" / key[:2] / f"{key}.json"
        if not path.exists():
            return None
        result: dict[str, Any] = json.loads(path.read_text())
        return result
