"""Pure parsers for NBS answers: bytes in, observations out."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from extractors import catalogue
from extractors.models import Observation, ParseError, SourceChanged
from extractors.nbs.settings import LEGACY_REGION_CODES, PROVINCE_NAMES

UNPUBLISHED = frozenset({"无", "", "-", "--", "—", "null", "none", "…"})


@dataclass
class ParseStats:
    skipped: list[str] = field(default_factory=list)


def load_json(body: bytes) -> Any:
    """Decode a JSON answer; an HTML page where JSON belongs means the source changed."""
    head = body.lstrip()[:100].lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        raise SourceChanged("expected JSON, got an HTML page")
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SourceChanged(f"answer is not JSON: {exc}") from exc


def data_list(doc: Any, what: str) -> list[dict[str, Any]]:
    """Return the list inside `{"success": true, "data": [...]}` (or `data.list`, or a bare list)."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict) or "data" not in doc:
        raise SourceChanged(f"{what}: no 'data' in answer")
    if doc.get("success") is False:
        raise SourceChanged(f"{what}: success=false ({doc.get('msg') or doc.get('message')})")
    data = doc["data"]
    if isinstance(data, dict) and isinstance(data.get("list"), list):
        return list(data["list"])
    if not isinstance(data, list):
        raise SourceChanged(f"{what}: 'data' is {type(data).__name__}, not a list")
    return data


def period_token(token: str) -> str:
    """`2024YY` -> 2024, `202605MM` -> 2026-05, `202602SS` -> 2026-Q2."""
    if m := re.fullmatch(r"(\d{4})YY", token):
        return m.group(1)
    if m := re.fullmatch(r"(\d{4})(\d{2})MM", token):
        if not 1 <= int(m.group(2)) <= 12:
            raise SourceChanged(f"bad month in period token {token!r}")
        return f"{m.group(1)}-{m.group(2)}"
    if m := re.fullmatch(r"(\d{4})0([1-4])SS", token):
        return f"{m.group(1)}-Q{m.group(2)}"
    raise SourceChanged(f"unknown period token {token!r}")


def legacy_period(code: str) -> str:
    if re.fullmatch(r"\d{4}", code):
        return code
    if m := re.fullmatch(r"(\d{4})(\d{2})", code):
        return f"{m.group(1)}-{m.group(2)}"
    if m := re.fullmatch(r"(\d{4})([A-D])", code):
        return f"{m.group(1)}-Q{'ABCD'.index(m.group(2)) + 1}"
    raise ParseError(f"unknown legacy period {code!r}")


def unit_of(showname: str, du_name: str | None) -> str:
    if du_name and du_name.strip():
        return du_name.strip()
    m = re.search(r"[（(]([^()（）]+)[)）]\s*$", showname)
    return m.group(1).strip() if m else ""


def series_of(name: str, unit: str) -> tuple[str, str, bool] | None:
    """Map an indicator name to (indicator id, measure, cumulative), or None when unknown."""
    bare = re.sub(r"\s+", "", re.sub(r"[（(][^()（）]*[)）]\s*$", "", name))
    cumulative = "累计" in bare
    # 地区生产总值_累计值, 规模以上工业增加值累计增长, 社会消费品零售总额_当期值
    bare = re.sub(r"_?(累计值|当期值)$", "", bare).replace("_", "").replace("累计", "").replace("当期", "")
    measure = "level"
    if unit == "%" and (m := re.search(r"(同比增长|比上年增长|增长|增速)$", bare)):
        measure = "yoy_pct"
        bare = bare[: m.start()]
    ind = catalogue.lookup(bare)
    return (ind, measure, cumulative) if ind else None


def _value(raw: Any, unit: str, measure: str) -> tuple[float | None, str]:
    text = "" if raw is None else str(raw).strip()
    if text.lower() in UNPUBLISHED:
        value: float | None = None
    else:
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation as exc:
            raise SourceChanged(f"value {raw!r} is not a number") from exc
        if measure != "level":
            return float(number), "pct"
        if _is_index(unit):
            return float(number), "index"
        value, _ = catalogue.canonical(number, unit)
    if measure != "level":
        return value, "pct"
    if _is_index(unit):
        return value, "index"
    return value, catalogue.canonical("0", unit)[1]


def _is_index(unit: str) -> bool:
    """Index units: empty in legacy wdnodes, `上年同月=100` and the like in the new API."""
    return not unit.strip() or "=100" in unit


def parse_es_data(body: bytes, region: str | None = None,
                  stats: ParseStats | None = None) -> list[Observation]:
    """Parse a POST /stream/esData answer (showType 1 or 3) into observations."""
    stats = stats if stats is not None else ParseStats()
    periods = data_list(load_json(body), "esData")
    out: list[Observation] = []
    for p in periods:
        if not isinstance(p, dict) or "code" not in p or "values" not in p:
            raise SourceChanged("esData period without code/values")
        period = period_token(str(p["code"]))
        for v in p["values"] or []:
            if not isinstance(v, dict) or "i_showname" not in v or "value" not in v:
                raise SourceChanged("esData value without i_showname/value")
            name = str(v["i_showname"])
            da = str(v.get("da_name") or v.get("area") or "").strip()
            reg = PROVINCE_NAMES.get(da) or region
            if reg is None:
                stats.skipped.append(f"region {da!r} not covered")
                continue
            unit = unit_of(name, v.get("du_name"))
            series = series_of(name, unit)
            if series is None:
                stats.skipped.append(f"indicator {name.strip()!r} not in catalogue")
                continue
            ind, measure, cumulative = series
            value, canon = _value(v["value"], unit, measure)
            out.append(Observation(region=reg, indicator=ind, measure=measure, period=period, value=value,
                                   unit=canon, cumulative=cumulative, preliminary=False,
                                   source_text=f"{da} {name.strip()} {p.get('name', '')}: {v['value']}"))
    return out


def parse_legacy(body: bytes, stats: ParseStats | None = None) -> list[Observation]:
    """Parse an archived easyquery QueryData answer; cells aligned by `wds`, not by position."""
    stats = stats if stats is not None else ParseStats()
    doc = load_json(body)
    if isinstance(doc, dict) and "response" in doc and "returncode" not in doc:
        doc = doc["response"]  # a recorded cassette: request plus response
    if not isinstance(doc, dict) or "returncode" not in doc:
        raise SourceChanged("not an easyquery answer")
    if doc["returncode"] != 200:
        raise ParseError(f"easyquery error {doc['returncode']}: {doc.get('returndata')}")
    rd = doc["returndata"]
    if not isinstance(rd, dict):
        raise ParseError(f"easyquery returndata is not an object: {rd!r}")
    nodes: dict[str, dict[str, dict[str, Any]]] = {}
    for wd in rd.get("wdnodes", []):
        nodes[wd["wdcode"]] = {n["code"]: n for n in wd.get("nodes", [])}
    out: list[Observation] = []
    for cell in rd.get("datanodes", []):
        dims = {w["wdcode"]: w["valuecode"] for w in cell["wds"]}
        zb = nodes.get("zb", {}).get(dims.get("zb", ""))
        if zb is None:
            raise ParseError(f"datanode {cell.get('code')} names an indicator missing from wdnodes")
        reg_code = dims.get("reg")
        region = "national" if reg_code is None else LEGACY_REGION_CODES.get(reg_code)
        if region is None:
            stats.skipped.append(f"region {reg_code} not covered")
            continue
        unit = (zb.get("unit") or "").strip()
        name = zb.get("cname") or zb.get("name") or ""
        series = series_of(name, unit)
        if series is None:
            stats.skipped.append(f"indicator {name!r} ({dims['zb']}) not in catalogue")
            continue
        ind, measure, cumulative = series
        data = cell["data"]
        raw = str(data["data"]) if data.get("hasdata") else None
        value, canon = _value(raw, unit, measure)
        out.append(Observation(region=region, indicator=ind, measure=measure,
                               period=legacy_period(dims["sj"]), value=value, unit=canon,
                               cumulative=cumulative, preliminary=False,
                               source_text=f"{cell.get('code')}: {data.get('strdata')}"))
    return out


def parse_any(body: bytes, region: str | None = None) -> list[Observation]:
    """Parse either API's answer, deciding by its shape."""
    doc = load_json(body)
    if isinstance(doc, dict) and ("returncode" in doc or "response" in doc):
        return parse_legacy(body)
    return parse_es_data(body, region)
