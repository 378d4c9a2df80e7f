"""The registry of sources: what each crawls, how its pages parse, and which hosts it may reach."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extractors.http import HttpClient
from extractors.pages import Page


@dataclass(frozen=True)
class Known:
    """What the published warehouse already holds for a source."""

    urls: frozenset[str]
    pages: dict[str, str]  # request key -> sha256 of the body whose records reached core last
    withdrawn: frozenset[str] = frozenset()  # known pages the portal took down
    # a known notice page's stored 文号, validity and publication date, as list context: a recheck no list shows
    # has no list to give them (Hunan prints the first two only in its list)
    listed: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # observations | notices
    cadence: str  # annual | monthly | daily: which DAG runs it
    hosts: tuple[str, ...]
    crawl: Callable[[HttpClient, Known, str | None], Iterator[Page]]  # (client, known, since)
    parse: Callable[[Page], list[dict[str, Any]]]
    parsed_kinds: tuple[str, ...]


def _provenance(source: str, page: Page) -> dict[str, Any]:
    f = page.fetch
    return {"source": source, "source_url": f.url, "fetched_at": f.fetched_at, "raw_sha256": f.sha256}


def _nbs_crawl(client: HttpClient, known: Known, since: str | None = None) -> Iterator[Page]:
    from extractors.nbs.api import crawl

    return crawl(client)


def _nbs_parse(page: Page) -> list[dict[str, Any]]:
    from extractors.nbs.parse import parse_es_data

    assert page.fetch.body is not None
    obs = parse_es_data(page.fetch.body, page.context.get("region"), indicator=page.context.get("indicator"))
    return [{**o.as_dict(), **_provenance("nbs", page)} for o in obs]


def notice_record(source: str, page: Page, provenance: str = "crawl") -> dict[str, Any]:
    from extractors.crawl import province_settings
    from extractors.portal import parse_detail

    assert page.fetch.body is not None
    cfg = province_settings(page.context["province"])
    n = parse_detail(page.fetch.body, page.fetch.url, cfg.PORTAL, page.fetch.headers.get("Content-Type"))
    if n.doc_number is None and page.context.get("list_doc_number"):
        # hunan prints the 文号 only in its list (written by a script), not on the detail page
        from extractors.cn_text import canonical_doc_number

        doc = canonical_doc_number(page.context["list_doc_number"])
        if doc is not None:
            n = dataclasses.replace(n, doc_number=doc[0], doc_number_parts=doc[1])
    if n.validity is None and page.context.get("list_validity"):
        n = dataclasses.replace(n, validity=page.context["list_validity"])  # hunan: its list's 状态 column
    if n.published_date is None and (listed := _iso_date(page.context.get("list_date"))):
        n = dataclasses.replace(n, published_date=listed)  # a page printing no date: the one its list shows
    parts = n.doc_number_parts or {}
    record = {
        "notice_id": hashlib.sha1(f"{n.province}|{n.url}".encode()).hexdigest()[:20],
        "province": n.province, "title": n.title, "doc_number": n.doc_number,
        "doc_prefix": parts.get("prefix"), "doc_year": parts.get("year"), "doc_serial": parts.get("serial"),
        "issuer": n.issuer, "doc_type": n.doc_type, "issued_date": n.issued_date,
        "published_date": n.published_date, "index_number": n.index_number, "validity": n.validity,
        "column_name": n.column, "body_text": n.body_text,
        "attachments": json.dumps([a.__dict__ for a in n.attachments], ensure_ascii=False),
        "provenance": provenance, **_provenance(source, page),
    }
    volatile_free = {k: record[k] for k in ("title", "doc_number", "issuer", "doc_type", "issued_date",
                                            "published_date", "index_number", "validity", "body_text",
                                            "attachments")}
    from extractors.tagging import tag, to_hk_traditional

    record.update(tag(n.title, n.body_text).columns(), title_hant=to_hk_traditional(n.title))
    record["content_hash"] = hashlib.sha256(json.dumps(volatile_free, ensure_ascii=False,
                                                       sort_keys=True).encode()).hexdigest()
    return record


def _iso_date(value: object) -> str | None:
    """A list's date (a date, or an API's `2025-12-26 10:30:00`) as ISO, None when there is none."""
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _notices(province: str) -> Source:
    from extractors.crawl import crawl_json_search, crawl_lists, province_settings

    cfg = province_settings(province)
    name = f"notices_{province}"

    def crawl(client: HttpClient, known: Known, since: str | None = None) -> Iterator[Page]:
        pages = 200 if since else 20
        yield from crawl_lists(client, province, cfg.NOTICE_LISTS, cfg.PORTAL, "notice_detail", set(known.urls),
                               pages, since)
        if hasattr(cfg, "NOTICE_SEARCH"):
            yield from crawl_json_search(client, province, cfg.NOTICE_SEARCH, "notice_detail", set(known.urls),
                                         pages, since)

    return Source(name, "notices", "daily", tuple(cfg.HOSTS), crawl, lambda page: [notice_record(name, page)],
                  ("notice_detail",))


def _releases(province: str, cadence: str) -> Source:
    """A statistics bureau's communiqués (annual) or monthly releases, read by the text extractor."""
    from extractors.crawl import crawl_lists, province_settings
    from extractors.portal import PortalSettings

    cfg = province_settings(province)
    name = f"{'communiques' if cadence == 'annual' else 'releases'}_{province}"
    lists = cfg.COMMUNIQUE_LISTS if cadence == "annual" else cfg.MONTHLY_LISTS
    settings = PortalSettings(province, detail_href=cfg.RELEASE_HREF)

    def crawl(client: HttpClient, known: Known, since: str | None = None) -> Iterator[Page]:
        return crawl_lists(client, province, lists, settings, "release", set(known.urls), 200 if since else 20, since)

    def parse(page: Page) -> list[dict[str, Any]]:
        from common.records import PartialParse
        from extractors.releases import ReleaseStats, parse_release

        assert page.fetch.body is not None
        stats = ReleaseStats()
        obs = parse_release(page.fetch.body, page.fetch.headers.get("Content-Type"), province, stats, page.fetch.url)
        rows = [{**o.as_dict(), **_provenance(name, page)} for o in obs]
        if stats.rejected:
            raise PartialParse("; ".join(f"{o.indicator} {o.measure} {o.period} = {o.value:g}: {why}"
                                         for o, why in stats.rejected if o.value is not None), rows)
        return rows

    return Source(name, "observations", cadence, tuple(cfg.HOSTS), crawl, parse, ("release",))


def registry() -> dict[str, Source]:
    from common.provinces import covered_codes
    from extractors.nbs.settings import HOST

    sources = [Source("nbs", "observations", "annual", (HOST,), _nbs_crawl, _nbs_parse, ("nbs_esdata",)),
               *[_releases(p, "annual") for p in covered_codes()],
               *[_releases(p, "monthly") for p in covered_codes()], *[_notices(p) for p in covered_codes()]]
    return {s.name: s for s in sources}


def get(name: str) -> Source:
    try:
        return registry()[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(registry())}") from None
