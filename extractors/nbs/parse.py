"""Pure parsers for NBS answers: bytes in, observations out."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from common import provinces
from common.records import Observation, ParseError, SourceChanged
from extractors import catalogue

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


# an index's base is part of what it measures: 上年同月=100 and 上月=100 are different series
INDEX_BASES = {"上年同月=100": "index_yoy", "上年同期=100": "index_ytd_yoy", "上年=100": "index_prev_year",
               "上月=100": "index_mom", "上年12月=100": "index_prev_dec"}
_BASE = re.compile(r"[（(]\s*([^()（）]*?=\s*100)\s*[)）]")


def index_base(name: str, unit: str = "") -> str | None:
    """The base of an index named like `居民消费价格指数(上年同月=100)`, normalised, or None."""
    m = _BASE.search(name) or _BASE.search(f"({unit})")
    return re.sub(r"\s+", "", m.group(1)) if m else None


def series_of(name: str, unit: str) -> tuple[str, str, bool] | None:
    """Map an indicator name to (indicator id, measure, cumulative), or None when unknown.

    An index's base decides its measure; a GDP index on a year earlier is real growth (yoy_pct).
    """
    base = index_base(name, unit)
    bare = re.sub(r"\s+", "", re.sub(r"[（(][^()（）]*[)）]", "", name))
    cumulative = "累计" in bare
    single = bool(re.search(r"当(期|季|月)", bare))
    # 地区生产总值_累计值, 规模以上工业增加值累计增长, 社会消费品零售总额_当期值, …指数_当季值
    bare = re.sub(r"_?(累计值|当期值|当季值|当月值)$", "", bare)
    bare = bare.replace("_", "").replace("累计", "").replace("当期", "")
    if base is not None:
        measure = INDEX_BASES.get(base)
        if measure is None:
            return None  # a fixed-base index (1978=100) is not in the catalogue
        ind = catalogue.lookup(bare) or catalogue.lookup(re.sub(r"指数$", "", bare))
        if ind is None:
            return None
        if catalogue.indicators()[ind].unit != "index":
            # a volume index of an amount (国内生产总值指数) on a year earlier is its real growth
            if measure not in ("index_yoy", "index_ytd_yoy", "index_prev_year"):
                return None
            return ind, "yoy_pct", cumulative or (measure == "index_ytd_yoy" and not single)
        return ind, measure, cumulative or (measure == "index_ytd_yoy" and not single)
    measure = "level"
    if unit == "%" and (m := re.search(r"(同比增长|比上年增长|增长|增速)$", bare)):
        measure = "yoy_pct"
        bare = bare[: m.start()]
    ind = catalogue.lookup(bare)
    return (ind, measure, cumulative) if ind else None


def published(raw: Any, strdata: Any = None, dotcount: Any = None) -> Decimal | None:
    """The value as the source displays it: `strdata`, else the raw number rounded to `dotcount`."""
    if strdata is not None and str(strdata).strip():
        if str(strdata).strip().lower() in UNPUBLISHED:
            return None  # the display says unpublished (—): the raw number behind it is not a value
        raw = strdata
    text = "" if raw is None else str(raw).strip()
    if text.lower() in UNPUBLISHED:
        return None
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation as exc:
        raise SourceChanged(f"value {raw!r} is not a number") from exc
    if dotcount is not None and str(dotcount).strip().isdigit() and strdata is None:
        number = number.quantize(Decimal(1).scaleb(-int(dotcount)), rounding=ROUND_HALF_UP)
    return number


def _value(number: Decimal | None, unit: str, measure: str, name: str) -> tuple[float | None, str]:
    if measure == "yoy_pct" and index_base(name, unit) is not None:
        return (float(number - 100) if number is not None else None), "pct"  # index on a year earlier
    if measure != "level":
        return (float(number) if number is not None else None), ("index" if measure.startswith("index")
                                                                   else "pct")
    if _is_index(unit):
        return (float(number) if number is not None else None), "index"
    canon = catalogue.canonical("0", unit)[1]
    return (catalogue.canonical(number, unit)[0] if number is not None else None), canon


def _is_index(unit: str) -> bool:
    """Index units: empty in legacy wdnodes, `上年同月=100` and the like in the new API."""
    return not unit.strip() or "=100" in unit


def region_named(name: str) -> str | None:
    """The region a printed name means (湖北省, 湖北, 全国), or None."""
    if name.strip() == "全国":
        return provinces.NATIONAL
    p = provinces.by_name(name)
    return p.code if p else None


def region_of(row: dict[str, Any], fallback: str | None) -> tuple[str | None, str]:
    """A data row's region (a province of ours or national) and a reason when it is not one.

    Codes come 6 or 12 digits long (420000, 420000000000); a code below province level (420100…)
    is a city, never its province. Names must be a province's full name.
    """
    code = next((str(row[k]).strip() for k in ("areaCode", "area_code", "region_code", "da", "name_value", "regCode")
                 if row.get(k) not in (None, "")), None)
    name = next((str(row[k]).strip() for k in ("da_name", "area", "region", "show_name", "name_text", "areaName")
                 if row.get(k) not in (None, "")), None)
    by_code: str | None = None
    if code is not None:
        if re.fullmatch(r"\d{2}", code):
            code += "0000"  # some answers give only the province's two digits
        if not re.fullmatch(r"\d{6}(\d{6})?", code):
            return None, f"region code {code!r} is not a 2-, 6- or 12-digit code"
        if set(code) == {"0"}:
            by_code = "national"
        elif set(code[2:]) != {"0"}:
            return None, f"region code {code} ({name or '?'}) is below province level"
        else:
            p = provinces.by_nbs(code[:6])
            by_code = p.code if p else None
            if by_code is None:
                return None, f"region {code} ({name or '?'}) not covered"
    by_name = region_named(name) if name else None
    if name and by_name is None and code is None:
        return None, f"region {name!r} not covered"
    if by_code and by_name and by_code != by_name:
        raise SourceChanged(f"region code {code} and name {name} disagree")
    region = by_code or by_name or fallback
    return region, "" if region else "row names no region"


def parse_es_data(body: bytes, region: str | None = None, stats: ParseStats | None = None,
                  indicator: str | None = None) -> list[Observation]:
    """Parse a POST /stream/esData answer into observations.

    Rows come as `{i_showname, value, du_name, da_name}` (showType 1), with regions as rows
    (`area`/`areaCode`/`da`, showType 3) or bare `{area, value}`: then the indicator is the one the
    request asked for (`indicator`).
    """
    stats = stats if stats is not None else ParseStats()
    periods = data_list(load_json(body), "esData")
    out: list[Observation] = []
    for p in periods:
        if not isinstance(p, dict) or "code" not in p or "values" not in p:
            raise SourceChanged("esData period without code/values")
        period = period_token(str(p["code"]))
        for v in p["values"] or []:
            if not isinstance(v, dict) or not any(k in v for k in ("value", "strdata", "data")):
                raise SourceChanged("esData row without a value")
            name = str(v.get("i_showname") or v.get("indicator_label") or indicator or "")
            if not name.strip():
                raise SourceChanged("esData row names no indicator and the request named none")
            reg, why = region_of(v, region)
            if reg is None:
                stats.skipped.append(why)
                continue
            unit = unit_of(name, v.get("du_name") or v.get("unit"))
            series = series_of(name, unit)
            if series is None:
                stats.skipped.append(f"indicator {name.strip()!r} not in catalogue")
                continue
            ind, measure, cumulative = series
            raw = v.get("value", v.get("data"))
            value, canon = _value(published(raw, v.get("strdata"), v.get("dotcount")), unit, measure, name)
            out.append(Observation(region=reg, indicator=ind, measure=measure, period=period, value=value,
                                   unit=canon, cumulative=cumulative and len(period) > 4, preliminary=False,
                                   source_text=f"{v.get('da_name') or v.get('area') or ''} {name.strip()} "
                                               f"{p.get('name', '')}: {raw}".strip(),
                                   indicator_zh=re.sub(r"\s+", "", name)))
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
        p = provinces.by_nbs(reg_code) if reg_code is not None else None
        region = provinces.NATIONAL if reg_code is None else p.code if p else None
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
        number = published(data.get("data"), data.get("strdata"), data.get("dotcount")) if data.get("hasdata") \
            else None
        value, canon = _value(number, unit, measure, name)
        period = legacy_period(dims["sj"])
        out.append(Observation(region=region, indicator=ind, measure=measure,
                               period=period, value=value, unit=canon,
                               cumulative=cumulative and len(period) > 4, preliminary=False,
                               source_text=f"{cell.get('code')}: {data.get('strdata')}",
                               indicator_zh=re.sub(r"\s+", "", name)))
    return out


def parse_any(body: bytes, region: str | None = None, indicator: str | None = None) -> list[Observation]:
    """Parse either API's answer, deciding by its shape."""
    doc = load_json(body)
    if isinstance(doc, dict) and ("returncode" in doc or "response" in doc):
        return parse_legacy(body)
    return parse_es_data(body, region, indicator=indicator)
