"""The stages every DAG task and CLI command calls: extract (network, no database) and load
(write, audit, publish; one writer at a time)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common.contracts import Batch, BatchFailed, LoadSummary
from common.settings import Settings, settings

log = logging.getLogger(__name__)


# more withdrawals than this in one run are held for an operator instead of applied
MASS_WITHDRAWAL_MIN = 3
MASS_WITHDRAWAL_SHARE = 0.2


def load_id_for(source: str, run_key: str | None = None) -> str:
    key = run_key or datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{source}__{re.sub(r'[^A-Za-z0-9_.-]+', '_', key)}"[:120]


def known_pages(source: str, s: Settings) -> Any:
    """Read what the published snapshot holds for a source (never the live file)."""
    from provintel.sources import Known
    from warehouse.db import NoSnapshot, connect
    from warehouse.queries import loaded_pages

    try:
        con = connect(s)
    except NoSnapshot:
        return Known(frozenset(), {})
    try:
        rows = loaded_pages(con, source)
    finally:
        con.close()
    # a withdrawn page that answers again is parsed again even if unchanged: that is its reappearance
    fields = ("list_doc_number", "list_validity", "list_date")
    listed = {r[1]: {k: v for k, v in zip(fields, r[4:], strict=True) if v} for r in rows}
    return Known(frozenset(r[1] for r in rows), {r[0]: r[2] for r in rows if not r[3]},
                 frozenset(r[1] for r in rows if r[3]), {url: c for url, c in listed.items() if c})


def extract(source_name: str, run_key: str | None = None, s: Settings | None = None,
            since: str | None = None) -> Path:
    """Fetch a source's pages into the raw archive and parse them into a batch folder.

    Per-page trouble is recorded, never raised: the load stage quarantines it and fails the task.
    """
    from common.records import ParseError, PartialParse, SourceChanged
    from extractors.http import HttpClient, Outcome
    from extractors.pages import NavigationError
    from provintel.sources import get

    s = s or settings()
    source = get(source_name)
    load_id = load_id_for(source_name, run_key)
    known = known_pages(source_name, s)
    client = HttpClient(s, source.hosts)
    records: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    changed_pages = 0
    parsed: list[dict[str, Any]] = []
    withdrawn: list[str] = []
    rechecked = 0  # known pages, not withdrawn already, asked again because no list showed them
    try:
        for page in source.crawl(client, known, since):
            f = page.fetch
            rechecked += page.kind.endswith("_recheck") and f.url not in known.withdrawn
            if page.kind.endswith("_recheck") and f.status in (404, 410):
                withdrawn.append(f.url)  # a known page the portal took down: withdrawn, never deleted
                continue
            if page.kind.removesuffix("_recheck") not in source.parsed_kinds or not f.usable:
                continue  # unusable fetches are failures: taken from the client's ledger below
            if f.request_key is not None and known.pages.get(f.request_key) == f.sha256:
                continue  # unchanged since it was last loaded: not parsed again
            if page.kind.endswith("_recheck"):
                # (asked on its own: what its list gave when it was loaded stands, not a false revision without it)
                page.context.update({**known.listed.get(f.url, {}), **page.context})
            changed_pages += 1
            try:
                new = source.parse(page)
                if source.kind == "notices":
                    _fetch_attachments(client, new)
                records.extend(new)
                parsed.append({"request_key": f.request_key, "url": f.url, "sha256": f.sha256})
            except PartialParse as exc:
                # the figures that passed go on; the page stays unloaded so every run shows the rest
                records.extend(exc.records)
                failures.append({"url": f.url, "sha256": f.sha256, "reason": f"implausible: {exc}"})
            except SourceChanged as exc:
                failures.append({"url": f.url, "sha256": f.sha256, "reason": f"source_changed: {exc}",
                                 "batch": True})
            except ParseError as exc:
                failures.append({"url": f.url, "sha256": f.sha256, "reason": f"parse_error: {exc}"})
            except Exception as exc:  # the parser's own slip on one page: that page fails, the batch goes on
                failures.append({"url": f.url, "sha256": f.sha256, "reason": _crashed(f.url, exc)})
    except NavigationError as exc:
        failures.append({"url": None, "sha256": None, "reason": f"navigation: {exc}", "batch": True})
    newly = [u for u in withdrawn if u not in known.withdrawn]
    # the share is of the known pages rechecked this run (the rotation asks a slice of them each day)
    if len(newly) > max(MASS_WITHDRAWAL_MIN, MASS_WITHDRAWAL_SHARE * rechecked):
        # a site move or a list that stopped listing looks like many withdrawals at once: an operator checks
        failures.append({"url": None, "sha256": None, "batch": True,
                         "reason": f"mass withdrawal: {len(newly)} of {rechecked} known pages rechecked answered "
                                   "404/410 in one run (site moved or list changed?); none marked withdrawn"})
    # every fetch that ended blocked, deferred, refused, too large or failed is a page failure
    failures.extend({"url": f.url, "sha256": f.sha256, "reason": f"{f.outcome}: {f.error or f.status}"}
                    for f in client.ledger
                    if f.outcome not in (Outcome.OK, Outcome.NOT_MODIFIED) and f.url not in withdrawn)
    batch = write_batch(s, source_name, load_id, source.kind, records, changed_pages, parsed, failures,
                        [f.ledger() for f in client.ledger], withdrawn=withdrawn)
    log.info("extracted %s: %d records from %d changed pages, %d failures, %d fetches",
             source_name, len(records), changed_pages, len(failures), len(client.ledger))
    return batch


_SAVED_FROM = re.compile(rb"saved from url=\(\d+\)(\S+?)\s*-->"
                         rb"|<link[^>]+rel=[\"']canonical[\"'][^>]+href=[\"']([^\"']+)"
                         rb"|<meta[^>]+property=[\"']og:url[\"'][^>]+content=[\"']([^\"']+)", re.I)


def import_pages(folder: Path, province: str, s: Settings | None = None) -> Path:
    """Make a batch from pages saved in a browser (for portals that block crawlers, like Hubei's 412).

    The bytes go into the raw archive as they are; parsing and loading are the crawl's own, with
    provenance `manual_import`. The page's own URL comes from the browser's `saved from url`
    comment, a canonical link or og:url; a page without one is quarantined, never guessed.
    """
    from common.records import ParseError
    from extractors.archive import RawArchive, Sidecar, request_key, sha256
    from extractors.http import Fetch, Outcome
    from extractors.pages import Page
    from provintel.sources import notice_record

    s = s or settings()
    source = f"notices_{province}"
    load_id = load_id_for(source, "manual_import_" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ"))
    archive = RawArchive(s.raw_dir)
    records, failures, parsed, fetches = [], [], [], []
    pages = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in (".html", ".htm", ".shtml"))
    if not pages:
        raise FileNotFoundError(f"no saved pages (.html, .htm, .shtml) under {folder}")
    for path in pages:
        body = path.read_bytes()
        digest = sha256(body)
        m = _SAVED_FROM.search(body[:20000])
        url = next((g.decode("utf-8", "replace") for g in (m.groups() if m else ()) if g), None)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        archive.put(body, Sidecar(url=url or path.resolve().as_uri(), method="GET", status=200, headers={},
                                  fetched_at=now, sha256=digest, size=len(body), extra={"manual_import": str(path)}))
        fetches.append({"url": url or path.resolve().as_uri(), "method": "GET", "outcome": "ok", "status": None,
                        "fetched_at": now, "attempts": 0, "sha256": digest, "error": None, "request_key": None})
        if url is None or not url.startswith(("http://", "https://")):
            failures.append({"url": path.resolve().as_uri(), "sha256": digest,
                             "reason": "parse_error: no source URL in the saved page (saved from / canonical)"})
            continue
        fetch = Fetch(url, "GET", Outcome.OK, 200, now, 0, sha256=digest, request_key=request_key("GET", url, None),
                      body=body)
        try:
            records.append(notice_record(source, Page(fetch, "notice_detail", {"province": province}),
                                         provenance="manual_import"))
            parsed.append({"request_key": fetch.request_key, "url": url, "sha256": digest})
        except ParseError as exc:
            failures.append({"url": url, "sha256": digest, "reason": f"parse_error: {exc}"})
        except Exception as exc:  # (see extract)
            failures.append({"url": url, "sha256": digest, "reason": _crashed(url, exc)})
    return write_batch(s, source, load_id, "notices", records, len(records) + len(failures), parsed, failures,
                       fetches)


def newest_statements(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One figure per series key: pages restate earlier periods (a 2024 communiqué gives 2023's structure,
    a note revises last year), so a batch can hold a key twice; the latest publication says it last."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in records:
        key = (r["source"], r["region"], r["indicator"], r["measure"], r["period"], r["cumulative"])
        if key not in best or (r.get("published_date") or "") > (best[key].get("published_date") or ""):
            best[key] = r
    return list(best.values())


def write_batch(s: Settings, source: str, load_id: str, kind: str, records: list[dict[str, Any]], changed_pages: int,
                parsed: list[dict[str, Any]], failures: list[dict[str, Any]], fetches: list[dict[str, Any]],
                **extra: Any) -> Path:
    """Write a batch folder: records.jsonl and the manifest the load stage reads."""
    if kind == "observations":
        records = newest_statements(records)
    return Batch(load_id, source, kind, records, changed_pages, parsed, extra.pop("withdrawn", []), failures, fetches,
                 extra.pop("reparsed_pages", []), extra).write(s.batches_dir / source / load_id)


def _crashed(url: str, exc: Exception) -> str:
    """A page's failure reason when its parser failed in a way it does not expect (a bug, not the page's fault
    alone): logged with its traceback for whoever fixes it, quarantined like any bad page."""
    log.exception("the parser failed on %s", url)
    return f"parse_error: the parser failed ({type(exc).__name__}: {exc})"


def reparse(source_name: str, s: Settings | None = None, since: str | None = None,
            workers: int | None = None) -> Path:
    """Run today's parsers over the raw bytes of every page a source has loaded (or those fetched on or
    after `since`) into a new batch: a parser fix reaches history. Figures the parsers no longer find on
    those pages are retired when the batch loads; nothing is fetched.

    Pages are parsed in `workers` processes (default `PROVINTEL_REPARSE_WORKERS`, else one per core):
    parsing is pure and CPU-bound, so an archive re-parses in its serial time over the cores. The batch
    is the same whatever the number (pages keep their archive order)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from extractors.archive import RawArchive
    from extractors.http import Fetch, Outcome
    from provintel.sources import get
    from warehouse.db import connect
    from warehouse.queries import loaded_pages

    s = s or settings()
    source = get(source_name)  # (an unknown name fails here, not in a worker)
    if not source_name.startswith(("communiques_", "releases_")):
        # notices need their list's context (Hunan's 文号) and their withdrawal state, NBS answers the
        # request's region and indicator: only bureau releases re-parse from their bytes alone
        raise ValueError(f"reparse reads bureau releases (communiques_*, releases_*), not {source_name}")
    with contextlib.closing(connect(s)) as con:
        pages = [(key, url, digest) for key, url, digest, *_ in loaded_pages(con, source_name)]
    archive = RawArchive(s.raw_dir)
    load_id = load_id_for(source_name, "reparse_" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ"))
    failures: list[dict[str, Any]] = []
    jobs: list[tuple[str, str, Fetch]] = []
    for key, url, digest in pages:
        if not archive.has(digest):
            failures.append({"url": url, "sha256": digest, "reason": "raw bytes missing from the archive"})
            continue
        side = archive.sidecar(digest)
        if since is None or side.fetched_at[:10] >= since:
            jobs.append((source_name, str(s.raw_dir), Fetch(url, side.method, Outcome.OK, side.status,
                                                            side.fetched_at, 0, sha256=digest, request_key=key,
                                                            headers=dict(side.headers))))
    workers = max(1, min(workers or int(os.environ.get("PROVINTEL_REPARSE_WORKERS", "0")) or os.cpu_count() or 1,
                         len(jobs)))
    if workers > 1:
        # forkserver: workers start from a clean process, not a fork of this one and its threads
        with ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) as pool:
            results = list(pool.map(_reparse_page, jobs, chunksize=max(1, len(jobs) // (workers * 4))))
    else:
        results = [_reparse_page(job) for job in jobs]
    records: list[dict[str, Any]] = []
    parsed: list[dict[str, Any]] = []
    restated: list[str] = []
    for (_, _, fetch), (found, reason, restates) in zip(jobs, results, strict=True):
        records.extend(found)
        page = {"url": fetch.url, "sha256": fetch.sha256}
        if reason is None:
            parsed.append({"request_key": fetch.request_key, **page})
        else:
            failures.append({**page, "reason": reason})
        if restates:
            restated.append(fetch.url)  # what today's checks reject must not stay current either
    # the pages whose figures this batch restates in full: what it no longer finds there is retired
    batch = write_batch(s, source_name, load_id, source.kind, records, len(parsed) + len(failures), parsed,
                        failures, [], reparsed_pages=[p["url"] for p in parsed] + restated)
    log.info("reparsed %s in %d processes: %d records from %d pages, %d failures", source_name, workers,
             len(records), len(parsed), len(failures))
    return batch


def _reparse_page(job: tuple[str, str, Any]) -> tuple[list[dict[str, Any]], str | None, bool]:
    """One archived page through today's parser (in a reparse worker): its records, why it failed (None
    when it parsed) and whether the batch restates its figures though it failed (an implausible page)."""
    from common.records import ParseError, PartialParse, SourceChanged
    from extractors.archive import RawArchive
    from extractors.pages import Page
    from provintel.sources import get

    source_name, raw_dir, fetch = job
    source = get(source_name)
    province = source_name.split("_", 1)[1]
    fetch = replace(fetch, body=RawArchive(Path(raw_dir)).get(fetch.sha256))
    try:
        return list(source.parse(Page(fetch, source.parsed_kinds[0], {"province": province}))), None, False
    except PartialParse as exc:
        return exc.records, f"implausible: {exc}", True
    except SourceChanged as exc:
        return [], f"source_changed: {exc}", False
    except ParseError as exc:
        return [], f"parse_error: {exc}", False
    except Exception as exc:  # (see extract)
        return [], _crashed(fetch.url, exc), False


def _fetch_attachments(client: Any, records: list[dict[str, Any]]) -> None:
    """Fetch each notice's attachments into the raw archive (stored under their sha256 there)."""
    for r in records:
        attachments = json.loads(r.get("attachments") or "[]")
        for a in attachments:
            f = client.get(a["url"])
            a.update(sha256=f.sha256 if f.usable else None, size=len(f.body) if f.body is not None else None,
                     content_type=f.headers.get("Content-Type"), outcome=str(f.outcome))
        r["attachments"] = json.dumps(attachments, ensure_ascii=False)


def load(batch: Path, s: Settings | None = None, publish: bool = True) -> LoadSummary:
    """Write a batch to staging, audit it, merge it to core or quarantine it, and publish what changed
    (a DAG run loads with publish=False and publishes once at its end)."""
    from warehouse.load import load_batch

    summary = load_batch(Path(batch), s or settings(), publish_now=publish)
    log.info("loaded %s: %s", summary.load_id, summary)
    return summary


def publish_run(sources: list[str], run_key: str, s: Settings | None = None) -> str | None:
    """Publish a DAG run's changes once (marts rebuilt once, one snapshot, none if nothing changed),
    then fail if any of the run's sources has no good load: the run's state must show it."""
    from warehouse.db import writer
    from warehouse.load import publish_pending
    from warehouse.queries import load_statuses

    s = s or settings()
    with writer(s) as con:
        snapshot = publish_pending(con, s, "run")
        ids = {load_id_for(source, run_key): source for source in sources}
        found = load_statuses(con, list(ids))
    bad = [f"{source}: {found.get(load_id, 'not loaded')}" for load_id, source in ids.items()
           if found.get(load_id) not in ("success", "no_change")]
    if bad:
        raise BatchFailed(f"published{' ' + snapshot.name if snapshot else ' nothing new'}; "
                          f"{len(bad)} source(s) failed: {'; '.join(bad)}")
    return snapshot.name if snapshot else None


def host_groups(source_names: list[str]) -> list[list[str]]:
    """Sources that share a host, grouped (one group is fetched by one thread, so each host keeps its
    pace); sources with no host in common fall in different groups."""
    from provintel.sources import get

    groups: list[tuple[set[str], list[str]]] = []
    for name in source_names:
        hosts = set(get(name).hosts)
        joined = [g for g in groups if g[0] & hosts]
        merged = (hosts.union(*(g[0] for g in joined)), [n for g in joined for n in g[1]] + [name])
        groups = [g for g in groups if g not in joined] + [merged]
    return [names for _, names in groups]


def extract_many(source_names: list[str], run_key: str | None = None, s: Settings | None = None,
                 since: str | None = None) -> dict[str, Path | BaseException]:
    """Extract several sources at once: one thread per group of sources sharing a host, so different
    hosts are fetched concurrently while each host keeps its politeness interval."""
    from concurrent.futures import ThreadPoolExecutor

    s = s or settings()
    out: dict[str, Path | BaseException] = {}

    def group(names: list[str]) -> None:
        for name in names:
            try:
                out[name] = extract(name, run_key, s, since)
            except Exception as exc:  # one source's failure never stops the others
                log.exception("extract %s failed", name)
                out[name] = exc

    groups = host_groups(source_names)
    with ThreadPoolExecutor(max_workers=max(1, len(groups)), thread_name_prefix="extract") as pool:
        list(pool.map(group, groups))
    return out


def run_many(source_names: list[str], run_key: str | None = None, s: Settings | None = None,
             since: str | None = None) -> list[LoadSummary]:
    """Extract the sources concurrently (by host), load each batch (one writer), publish once."""
    from warehouse.db import writer
    from warehouse.load import load_with, publish_pending

    s = s or settings()
    batches = extract_many(source_names, run_key, s, since)
    failed = [f"{name}: extract failed: {exc}" for name, exc in batches.items() if isinstance(exc, BaseException)]
    summaries = []
    with writer(s) as con:  # one writer session for every batch, then one publish
        try:
            for name, batch in batches.items():
                if isinstance(batch, Path):
                    try:
                        summaries.append(replace(load_with(con, batch, s), snapshot=None))
                    except Exception as exc:  # one load's error never leaves the others unloaded
                        log.exception("load %s failed", name)
                        failed.append(f"{name}: load failed: {exc}")
        finally:
            publish_pending(con, s, "run")  # what did load reaches readers once
    if failed:
        raise BatchFailed(f"{len(failed)} source(s) failed: {'; '.join(failed)}")
    return summaries


def run(source_name: str, run_key: str | None = None, s: Settings | None = None,
        since: str | None = None) -> LoadSummary:
    """Extract then load one source, as the CLI and the demo do outside Airflow (`since`: backfill)."""
    s = s or settings()
    return load(extract(source_name, run_key, s, since), s)
