"""The indicator catalogue (extractors/indicators.json) and canonical units."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from extractors.models import ParseError

_PATH = Path(__file__).with_name("indicators.json")


@dataclass(frozen=True)
class Indicator:
    id: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    unit: str
    frequency: str
    measures: tuple[str, ...]


@cache
def indicators() -> dict[str, Indicator]:
    doc = json.loads(_PATH.read_text(encoding="utf-8"))
    return {d["id"]: Indicator(d["id"], d["zh"], d["en"], tuple(d["aliases"]), d["unit"], d["frequency"],
                               tuple(d["measures"])) for d in doc["indicators"]}


def _key(name: str) -> str:
    return re.sub(r"[\s()（）]", "", name)


@cache
def _by_alias() -> dict[str, str]:
    table: dict[str, str] = {}
    for ind in indicators().values():
        for alias in (ind.zh, *ind.aliases):
            table[_key(alias)] = ind.id
    return table


def lookup(name: str) -> str | None:
    """Map a published indicator name (spaces and unit in brackets removed) to a catalogue id."""
    bare = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", name.strip())
    return _by_alias().get(_key(bare))


# published unit -> (canonical unit, multiplier)
UNIT_FACTORS: dict[str, tuple[str, Decimal]] = {
    "亿元": ("CNY", Decimal(10) ** 8),
    "万元": ("CNY", Decimal(10) ** 4),
    "元": ("CNY", Decimal(1)),
    "亿美元": ("USD", Decimal(10) ** 8),
    "万美元": ("USD", Decimal(10) ** 4),
    "美元": ("USD", Decimal(1)),
    "万人": ("persons", Decimal(10) ** 4),
    "人": ("persons", Decimal(1)),
    "%": ("pct", Decimal(1)),
    "‰": ("permille", Decimal(1)),
    "个百分点": ("pct", Decimal(1)),
}


def canonical(value: str | Decimal, unit: str) -> tuple[float, str]:
    """Convert a published value and unit to the canonical unit, exactly."""
    try:
        target, factor = UNIT_FACTORS[unit.strip()]
    except KeyError as exc:
        raise ParseError(f"unit {unit!r} is not in the catalogue") from exc
    scaled = Decimal(value) * factor
    return (float(int(scaled)) if scaled == scaled.to_integral_value() else float(scaled)), target
