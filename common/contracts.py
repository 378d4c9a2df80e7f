"""What the stages hand each other: a batch folder (extract -> load) and a load summary (load -> callers)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KINDS = ("observations", "notices")


class BatchFailed(RuntimeError):
    """The run finished, but something in it failed: the operator must see it."""


@dataclass
class Batch:
    """A parsed batch: records.jsonl plus manifest.json, written by extract and read by load.

    `failures` are per page (quarantined pages) or, with `batch: true`, against the whole batch;
    `parsed_pages` become the warehouse's record of what was loaded; `reparsed_pages` are pages
    whose figures a re-parse replaces (figures no longer found there are retired).
    """

    load_id: str
    source: str
    kind: str
    records: list[dict[str, Any]]
    changed_pages: int = 0
    parsed_pages: list[dict[str, Any]] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    fetches: list[dict[str, Any]] = field(default_factory=list)
    reparsed_pages: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # observation batches read from disk keep their records there (a million rows never become
    # Python dicts): the load stages them straight from the file
    records_file: Path | None = None
    records_on_disk: int = 0

    @property
    def record_count(self) -> int:
        return self.records_on_disk if self.records_file is not None else len(self.records)

    def records_json(self) -> str:
        """The records as one JSON array (kept with a quarantined batch)."""
        if self.records_file is None:
            return json.dumps(self.records, ensure_ascii=False)
        lines = self.records_file.read_text(encoding="utf-8").splitlines()
        return "[" + ",".join(line for line in lines if line.strip()) + "]"

    @property
    def page_failures(self) -> list[dict[str, Any]]:
        return [f for f in self.failures if not f.get("batch")]

    @property
    def batch_failures(self) -> list[dict[str, Any]]:
        return [f for f in self.failures if f.get("batch")]

    @property
    def pages_fetched(self) -> int:
        return sum(1 for f in self.fetches if f["outcome"] in ("ok", "not_modified"))

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "records.jsonl", "w", encoding="utf-8") as out:
            for r in self.records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        manifest = {"load_id": self.load_id, "source": self.source, "kind": self.kind,
                    "created_at": datetime.now(UTC).isoformat(), "records": len(self.records),
                    "changed_pages": self.changed_pages, "parsed_pages": self.parsed_pages,
                    "withdrawn": self.withdrawn, "failures": self.failures, "fetches": self.fetches,
                    **({"reparsed_pages": self.reparsed_pages} if self.reparsed_pages else {}), **self.extra}
        (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
        return folder

    @classmethod
    def read(cls, folder: Path) -> Batch:
        m = json.loads((folder / "manifest.json").read_text())
        if m.get("kind") not in KINDS:
            raise ValueError(f"{folder}: batch kind {m.get('kind')!r} is not one of {KINDS}")
        path = folder / "records.jsonl"
        records: list[dict[str, Any]] = []
        records_file, on_disk = None, 0
        if m["kind"] == "observations":
            with open(path, "rb") as f:
                records_file, on_disk = path, sum(1 for line in f if line.strip())
        else:
            records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        known = {"load_id", "source", "kind", "created_at", "records", "changed_pages", "parsed_pages", "withdrawn",
                 "failures", "fetches", "reparsed_pages"}
        return cls(load_id=m["load_id"], source=m["source"], kind=m["kind"], records=records,
                   changed_pages=m.get("changed_pages", 0), parsed_pages=m.get("parsed_pages", []),
                   withdrawn=m.get("withdrawn", []), failures=m.get("failures", []), fetches=m.get("fetches", []),
                   reparsed_pages=m.get("reparsed_pages", []), extra={k: v for k, v in m.items() if k not in known},
                   records_file=records_file, records_on_disk=on_disk)


@dataclass(frozen=True)
class LoadSummary:
    load_id: str
    source: str
    status: str
    rows_in: int
    rows_loaded: int
    pages_fetched: int
    pages_failed: int
    reason: str | None
    snapshot: str | None

    def raise_for_failures(self) -> None:
        if self.status != "success" and self.status != "no_change" or self.pages_failed:
            raise BatchFailed(f"{self.source} load {self.load_id}: {self.status}; "
                              f"{self.pages_failed} page(s) failed; {self.reason or ''}".strip())
