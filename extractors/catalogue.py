"""The indicator catalogue (extractors/indicators.json) and canonical units."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from common.records import ParseError

PATH = Path(__file__).with_name("indicators.json")  # the catalogue (its hash is part of the marts build)


@dataclass(frozen=True)
class Indicator:
    id: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    unit: str
    frequency: str
    measures: tuple[str, ...]
    section: str = ""
    # a part of another indicator, named by a bare word right after it (常住人口…，其中，城镇3871万人)
    part_of: tuple[str, tuple[str, ...]] | None = None
    real_growth: bool = False  # growth is at comparable prices, so levels in current prices cannot check it
    # the counting words a count is printed in (辆 for cars): 汽车…企业152家 counts firms, not cars; () for any
    counted_in: tuple[str, ...] = ()


@cache
def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(PATH.read_text(encoding="utf-8"))
    return doc


@cache
def indicators() -> dict[str, Indicator]:
    return {d["id"]: Indicator(d["id"], d["zh"], d["en"], tuple(d["aliases"]), d["unit"], d["frequency"],
                               tuple(d["measures"]), d.get("section", ""),
                               (d["part_of"][0], tuple(d["part_of"][1])) if d.get("part_of") else None,
                               bool(d.get("real_growth")), tuple(d.get("counted_in", ())))
            for d in _doc()["indicators"]}


def units() -> tuple[str, ...]:
    """Every canonical unit the catalogue knows."""
    return tuple(_doc()["units"])


def measures() -> tuple[str, ...]:
    """Every measure the catalogue knows (level, yoy_pct, one per index base, …)."""
    return tuple(_doc()["measures"])


def _key(name: str) -> str:
    return re.sub(r"[\s()（）]", "", name)


@cache
def _by_alias() -> dict[str, str]:
    table: dict[str, str] = {}
    for ind in indicators().values():
        for alias in (ind.zh, *ind.aliases):
            table[_key(alias)] = ind.id
    return table


# a balance the catalogue holds in all currencies, and its renminbi-only figure (a release's 人民币 note or table)
RENMINBI = {"deposits": "deposits_rmb", "loans": "loans_rmb"}


def lookup(name: str) -> str | None:
    """Map a published indicator name (spaces and unit in brackets removed) to a catalogue id."""
    bare = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", name.strip())
    return _by_alias().get(_key(bare))


_WAN, _YI = Decimal(10) ** 4, Decimal(10) ** 8
# published unit -> (canonical unit, multiplier)
UNIT_FACTORS: dict[str, tuple[str, Decimal]] = {
    "亿元": ("CNY", _YI), "万亿元": ("CNY", Decimal(10) ** 12), "万元": ("CNY", _WAN), "元": ("CNY", Decimal(1)),
    "亿美元": ("USD", _YI), "万美元": ("USD", _WAN), "美元": ("USD", Decimal(1)),
    "百万元": ("CNY", Decimal(10) ** 6), "百万美元": ("USD", Decimal(10) ** 6),  # (实际利用外商直接投资额4.97百万美元)
    "亿人": ("persons", _YI), "万人": ("persons", _WAN), "人": ("persons", Decimal(1)), "名": ("persons", Decimal(1)),
    "%": ("pct", Decimal(1)), "‰": ("permille", Decimal(1)), "个百分点": ("pct", Decimal(1)),
    "亿吨": ("tonnes", _YI), "万吨": ("tonnes", _WAN), "吨": ("tonnes", Decimal(1)),
    # (a jin is half a kilogram: 粮食产量10.3亿斤)
    "亿斤": ("tonnes", _YI / 2000), "万斤": ("tonnes", _WAN / 2000), "万公斤": ("tonnes", Decimal(10)),
    "亿公斤": ("tonnes", _YI / 1000),
    "万吨标准煤": ("tce", _WAN), "吨标准煤": ("tce", Decimal(1)),
    "亿千瓦时": ("kwh", _YI), "万千瓦时": ("kwh", _WAN), "千瓦时": ("kwh", Decimal(1)),
    "亿千瓦小时": ("kwh", _YI), "万千瓦小时": ("kwh", _WAN), "千瓦小时": ("kwh", Decimal(1)),
    "万千瓦": ("kw", _WAN), "千瓦": ("kw", Decimal(1)),
    "亿立方米": ("cubic_m", _YI), "万立方米": ("cubic_m", _WAN),
    "亿平方米": ("sqm", _YI), "万平方米": ("sqm", _WAN), "平方米": ("sqm", Decimal(1)),
    "万公顷": ("hectares", _WAN), "千公顷": ("hectares", Decimal(1000)), "公顷": ("hectares", Decimal(1)),
    "万亩": ("mu", _WAN), "亩": ("mu", Decimal(1)),
    "万公里": ("km", _WAN), "公里": ("km", Decimal(1)), "千米": ("km", Decimal(1)),
    "亿人次": ("person_times", _YI), "万人次": ("person_times", _WAN), "人次": ("person_times", Decimal(1)),
    "万标箱": ("teu", _WAN), "标箱": ("teu", Decimal(1)), "万标准箱": ("teu", _WAN), "标准箱": ("teu", Decimal(1)),
    "亿吨公里": ("tonne_km", _YI), "亿人公里": ("person_km", _YI), "万吨公里": ("tonne_km", _WAN),
    "万人公里": ("person_km", _WAN),
    "微克/立方米": ("ug_m3", Decimal(1)), "μg/m3": ("ug_m3", Decimal(1)), "µg/m3": ("ug_m3", Decimal(1)),
    **{f"{scale}{word}": ("count", factor)
       for word in ("个", "家", "户", "辆", "台", "件", "项", "所", "座", "张", "部", "套", "头", "只", "块", "片",
                    "艘", "架", "处", "条", "颗")
       for scale, factor in (("", Decimal(1)), ("万", _WAN), ("亿", _YI))},
}
# canonical units that measure the same thing: a level in either is in the catalogue's unit
FAMILIES = ({"CNY", "USD"}, {"hectares", "mu"}, {"person_times", "persons"})  # 客运量 in 万人 or 万人次


def compatible(unit: str, catalogue_unit: str) -> bool:
    """Whether a canonical unit fits an indicator's catalogue unit."""
    return unit == catalogue_unit or any(unit in f and catalogue_unit in f for f in FAMILIES)


def counts(spec: Indicator, unit: str) -> bool:
    """Whether a printed unit may be the indicator's: a count only in the words it is counted in."""
    return not spec.counted_in or unit.strip().lstrip("万亿") in spec.counted_in


def canonical(value: str | Decimal, unit: str) -> tuple[float, str]:
    """Convert a published value and unit to the canonical unit, exactly."""
    try:
        target, factor = UNIT_FACTORS[unit.strip()]
    except KeyError as exc:
        raise ParseError(f"unit {unit!r} is not in the catalogue") from exc
    scaled = Decimal(value) * factor
    return (float(int(scaled)) if scaled == scaled.to_integral_value() else float(scaled)), target
