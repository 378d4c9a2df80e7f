"""Crawl a portal's notice lists newest first and fetch the detail pages (no parsing of details)."""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterator
from types import ModuleType

from extractors.http import HttpClient
from extractors.pages import NavigationError, Page, need
from extractors.portal import parse_list

log = logging.getLogger(__name__)


def province_settings(province: str) -> ModuleType:
    return importlib.import_module(f"extractors.{province}.settings")


def _next_pages(body: bytes, url: str) -> list[str]:
    """TRS lists say their page count in script: `var countPage = N`."""
    m = re.search(rb"countPage\s*=\s*(\d+)", body)
    if not m or not url.endswith("index.shtml"):
        return []
    base = url[: -len("index.shtml")]
    return [f"{base}index_{i}.shtml" for i in range(1, min(int(m.group(1)), 50))]


def crawl(client: HttpClient, province: str, known: set[str], max_pages: int = 20) -> Iterator[Page]:
    """Walk each list (newest first), then fetch details of items not yet loaded."""
    cfg = province_settings(province)
    for list_url in cfg.NOTICE_LISTS:
        queue = [list_url]
        pages = 0
        while queue and pages < max_pages:
            url = queue.pop(0)
            fetch = client.get(url)
            pages += 1
            yield Page(fetch, "notice_list", {"province": province})
            try:
                body = need(fetch)
            except NavigationError as exc:
                log.warning("%s list %s unusable, going on with the next list: %s", province, url, exc)
                break
            items = parse_list(body, url, cfg.PORTAL, fetch.headers.get("Content-Type"))
            fresh = [i for i in items if i.url not in known]
            # known details are asked again conditionally: a 304 costs little and catches revisions
            for item in items:
                yield Page(client.get(item.url), "notice_detail",
                           {"province": province, "list_title": item.title, "list_date": item.date})
            if url == list_url:
                queue.extend(_next_pages(body, url))
            if items and not fresh:
                break  # everything on this page is known: older pages are too
