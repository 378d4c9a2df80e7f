"""Walk the new NBS data API by names and fetch the data pages (no parsing of values here)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from common import provinces
from common.records import SourceChanged
from extractors.http import HttpClient
from extractors.nbs import settings as S
from extractors.nbs.parse import data_list, load_json, region_named, series_of, unit_of
from extractors.pages import NavigationError, Page, need

log = logging.getLogger(__name__)


def _get(client: HttpClient, endpoint: str, **params: str) -> list[dict[str, Any]]:
    fetch = client.get(f"{S.BASE}/{endpoint}?{urlencode(params)}", headers=S.HEADERS)
    try:
        return data_list(load_json(need(fetch)), endpoint)
    except SourceChanged as exc:
        raise NavigationError(f"{endpoint}: {exc}") from exc


def _named(nodes: list[dict[str, Any]], name: str, where: str) -> dict[str, Any]:
    want = re.sub(r"\s+", "", name)
    for n in nodes:
        if re.sub(r"\s+", "", str(n.get("name", ""))) == want:
            return n
    raise NavigationError(f"{where}: no node named {name!r} among {[n.get('name') for n in nodes]}")


def walk(client: HttpClient, code: str, path: tuple[str, ...]) -> tuple[str, str, list[dict[str, Any]]]:
    """Find (rootId, leaf cid, catalogue indicators) by walking the tree by names."""
    roots = _get(client, "new/queryIndexTreeAsync", pid="", code=code)
    if not roots:
        raise NavigationError(f"tree code {code}: empty root")
    root_id = str(roots[0]["_id"])
    node_id = root_id
    for name in path:
        node_id = str(_named(_get(client, "new/queryIndexTreeAsync", pid=node_id, code=code), name,
                             f"tree {code}")["_id"])
    indicators = [i for i in _get(client, "new/queryIndicatorsByCid", cid=node_id, dt="", name="")
                  if series_of(str(i.get("i_showname", "")), unit_of(str(i.get("i_showname", "")),
                                                                       i.get("du_name")))]
    return root_id, node_id, indicators


def crawl(client: HttpClient) -> Iterator[Page]:
    """Yield esData pages for every series set: provinces one indicator at a time (showType 3),
    the nation all indicators at once (showType 1)."""
    warm = client.get(S.WARM_UP, conditional=False)
    if not warm.usable:
        raise NavigationError(f"warm-up page: {warm.outcome} ({warm.error or warm.status})")
    for series in S.SERIES:
        root_id, cid, indicators = walk(client, series.code, series.path)
        if series.scope == "national":
            body = {"cid": cid, "indicatorIds": [i["_id"] for i in indicators], "daCatalogId": "",
                    "das": [S.NATIONAL_REGION], "dts": [series.dts], "showType": "1", "rootId": root_id}
            yield Page(client.post(f"{S.BASE}/stream/esData", json=body, headers=S.HEADERS), "nbs_esdata",
                       {"region": "national", "code": series.code})
            continue
        groups = _get(client, "getDaCatalogTreeByIndicatorCid", indicatorCid=cid)
        da_cid = str(_named(groups, S.ALL_REGIONS_GROUP, "region groups")["_id"])
        offered = {region_named(str(r.get("show_name", ""))): r
                   for r in _get(client, "getDasByDaCatalogId", daCid=da_cid)}
        missing = [c for c in provinces.regions() if c != provinces.NATIONAL and c not in offered]
        if missing:
            raise NavigationError(f"{S.ALL_REGIONS_GROUP} lacks registered provinces: {', '.join(missing)}")
        das = [{"text": offered[c]["show_name"], "value": offered[c]["name_value"]}
               for c in provinces.regions() if c != provinces.NATIONAL]
        for ind in indicators:
            body = {"cid": cid, "indicatorIds": [ind["_id"]], "daCatalogId": "", "das": das,
                    "dts": [series.dts], "showType": "3", "rootId": root_id}
            yield Page(client.post(f"{S.BASE}/stream/esData", json=body, headers=S.HEADERS), "nbs_esdata",
                       {"indicator": str(ind["i_showname"]).strip(), "code": series.code})
