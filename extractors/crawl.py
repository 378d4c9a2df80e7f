"""Walk list pages newest first and fetch the detail pages they link (no parsing of details).

One walker for every portal and bureau: list URLs, the detail-link pattern and, for Hanweb
sites, the POST endpoint that feeds list rows are settings of the province.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from extractors.http import Fetch, HttpClient
from extractors.pages import NavigationError, Page, need
from extractors.portal import PortalSettings, document_key, parse_list

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ListSpec:
    """A list to walk: its URL, and for Hanweb columns the dataproxy POST that returns its rows."""

    url: str
    proxy: str | None = None  # POST endpoint returning <record><![CDATA[row html]]></record>
    form: dict[str, str] = field(default_factory=dict)
    first_suffix: int = 1  # TRS numbers page 2 as index_1.shtml; hunan's wjk_glrb as wjk_glrb_2.html


def province_settings(province: str) -> ModuleType:
    return importlib.import_module(f"extractors.{province}.settings")


def next_pages(body: bytes, url: str, first_suffix: int = 1) -> list[str]:
    """TRS lists say their page count in script (`var countPage = N`): index_1 … (or _2 … for hunan)."""
    m = re.search(rb"countPage\s*=\s*(\d+)", body)
    if not m:
        return []
    name = url.rsplit("/", 1)[-1]
    stem, _, ext = name.partition(".")
    base = url[: -len(name)]
    return [f"{base}{stem}_{first_suffix + i}.{ext}" for i in range(min(int(m.group(1)), 50) - 1)]


def _fetch_list(client: HttpClient, spec: ListSpec, url: str) -> Fetch:
    if spec.proxy:
        return client.post(url, data=spec.form)
    return client.get(url)


def lookback_cutoff() -> str:
    """Items newer than this (PROVINTEL_LOOKBACK_DAYS, default 30) are always walked past."""
    import os
    from datetime import date, timedelta

    return (date.today() - timedelta(days=int(os.environ.get("PROVINTEL_LOOKBACK_DAYS", "30")))).isoformat()


def recheck_due(url: str, day: date | None = None) -> bool:
    """Whether a known page that no list showed is asked again today: each on one day in
    PROVINTEL_RECHECK_DAYS (default 7; 1 = every run), by a hash of its URL, so a run asks a bounded
    share of its known pages and every page is asked within the period."""
    import os

    days = max(1, int(os.environ.get("PROVINTEL_RECHECK_DAYS", "7")))
    slot = int(hashlib.sha1(url.encode()).hexdigest()[:8], 16) % days
    return slot == (day or date.today()).toordinal() % days


def next_groups(body: bytes, proxy_url: str) -> list[str]:
    """Hanweb dataproxy answers say <totalrecord>N</totalrecord>: ask for the following record groups."""
    m = re.search(rb"<totalrecord>(\d+)</totalrecord>", body)
    start = re.search(r"startrecord=(\d+)", proxy_url)
    end = re.search(r"endrecord=(\d+)", proxy_url)
    if not (m and start and end):
        return []
    step = int(end.group(1)) - int(start.group(1)) + 1
    out = []
    for first in range(int(end.group(1)) + 1, min(int(m.group(1)), 50 * step) + 1, step):
        url = re.sub(r"startrecord=\d+", f"startrecord={first}", proxy_url)
        out.append(re.sub(r"endrecord=\d+", f"endrecord={first + step - 1}", url))
    return out


def crawl_json_search(client: HttpClient, province: str, url_template: str, detail_kind: str, known: set[str],
                      max_pages: int = 20, since: str | None = None) -> Iterator[Page]:
    """Walk a JSON search API (Henan: data.datas[] with selfUrl, title, docNum; data.totalPage)."""
    import json

    from common.records import SourceChanged

    page_no, total = 1, 1
    while page_no <= min(total, max_pages):
        fetch = client.get(url_template.format(page=page_no))
        yield Page(fetch, "list", {"province": province})
        try:
            doc = json.loads(need(fetch))
            data = doc["data"]
            total = int(data["totalPage"])
            rows = list(data["datas"])
        except NavigationError as exc:
            log.warning("%s search page %d unusable: %s", province, page_no, exc)
            return
        except (ValueError, KeyError, TypeError) as exc:
            raise NavigationError(f"{province} search API answer changed shape: {exc}") from SourceChanged(str(exc))
        if not rows and page_no == 1:
            raise NavigationError(f"{province} search API lists no items on its first page")
        fresh = 0
        for row in rows:
            url = str(row["selfUrl"])
            fresh += url not in known
            yield Page(client.get(url), detail_kind,
                       {"province": province, "list_title": re.sub(r"</?em>", "", str(row.get("title", ""))),
                        "list_doc_number": row.get("docNum"), "list_date": str(row.get("pubDate", ""))[:10]})
        if since is not None:
            if rows and all(str(r.get("pubDate", ""))[:10] < since for r in rows):
                return
        elif rows and not fresh and all(str(r.get("pubDate", ""))[:10] < lookback_cutoff() for r in rows):
            return
        page_no += 1


def crawl_lists(client: HttpClient, province: str, lists: tuple[ListSpec, ...], settings: PortalSettings,
                detail_kind: str, known: set[str], max_pages: int = 20, since: str | None = None) -> Iterator[Page]:
    """Walk each list (newest first) and yield its detail pages; stop paging at a page of known items.

    Known details no list showed this time are asked again (conditionally) on a rotation
    (`recheck_due`): a 404 or 410 means the portal withdrew the notice.
    """
    seen: set[str] = set()
    documents: set[str] = set()
    for spec in lists:
        first_url = spec.proxy or spec.url
        queue = [first_url]
        pages = 0
        while queue and pages < max_pages:
            url = queue.pop(0)
            fetch = _fetch_list(client, spec, url)
            pages += 1
            yield Page(fetch, "list", {"province": province})
            try:
                body = need(fetch)
            except NavigationError as exc:
                log.warning("%s list %s unusable, going on with the next list: %s", province, url, exc)
                break
            # hanweb rows arrive as CDATA inside <record>: unwrap them for the HTML parser
            body = body.replace(b"<![CDATA[", b"").replace(b"]]>", b"")
            items = parse_list(body, url, settings, fetch.headers.get("Content-Type"))
            if not items and url == first_url:
                # a list that suddenly lists nothing has changed layout; its known pages are not gone
                raise NavigationError(f"{province} list {url} shows no items: layout changed?")
            fresh = [i for i in items if i.url not in known]
            # known details are asked again conditionally: a 304 costs little and catches revisions
            for item in items:
                seen.add(item.url)
                if (key := document_key(item.url)) in documents:
                    continue  # (one document in two lists under two columns' paths: asked for once)
                documents.add(key)
                yield Page(client.get(item.url), detail_kind,
                           {"province": province, "list_title": item.title, "list_date": item.date,
                            "list_doc_number": item.doc_number, "list_validity": item.validity})
            if url == first_url:
                queue.extend(next_groups(body, url) if spec.proxy else next_pages(body, url, spec.first_suffix))
            if since is not None:
                # backfill: go on while the page still has items published on or after `since`
                if items and all(i.date is not None and i.date < since for i in items):
                    break
            elif items and not fresh and all(i.date is not None and i.date < lookback_cutoff() for i in items):
                break  # everything on this page is known and past the look-back window: older pages are too
    for url in sorted(known - seen) if lists else ():
        if recheck_due(url) and client.refusal(url) is None:
            yield Page(client.get(url), f"{detail_kind}_recheck", {"province": province})
