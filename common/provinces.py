"""The typed province registry (provinces.toml): every layer asks it which regions exist."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REGISTRY = Path(__file__).with_name("provinces.toml")
NATIONAL = "national"


@dataclass(frozen=True)
class Province:
    code: str
    zh: str
    hk: str
    en: str
    full_zh: str
    nbs: str
    population: tuple[float, float]  # 万人, plausible range
    covered: bool = False
    cities: tuple[str, ...] = ()  # prefecture-level cities and prefectures, as releases name them (长沙, 湘西)

    @property
    def settings_module(self) -> str:
        return f"extractors.{self.code}.settings"


def parse(text: str) -> tuple[Province, ...]:
    """Read and check the registry's TOML text."""
    entries = tomllib.loads(text).get("province", [])
    out: list[Province] = []
    for e in entries:
        p = Province(code=e["code"], zh=e["zh"], hk=e["hk"], en=e["en"], full_zh=e["full_zh"], nbs=e["nbs"],
                     population=(float(e["population"][0]), float(e["population"][1])),
                     covered=bool(e.get("covered", False)), cities=tuple(e.get("cities", ())))
        if not re.fullmatch(r"[a-z]+", p.code) or p.code == NATIONAL:
            raise ValueError(f"province code {p.code!r} must be lower-case letters and not {NATIONAL!r}")
        if not re.fullmatch(r"[1-9]\d0000", p.nbs):
            raise ValueError(f"{p.code}: NBS code {p.nbs!r} is not a provincial 6-digit code")
        if not p.full_zh.startswith(p.zh) or not p.population[0] < p.population[1]:
            raise ValueError(f"{p.code}: full_zh must start with zh and population must be a range")
        out.append(p)
    for field in ("code", "zh", "full_zh", "nbs"):
        seen = [getattr(p, field) for p in out]
        if len(seen) != len(set(seen)):
            raise ValueError(f"province registry repeats a {field}")
    return tuple(out)


@cache
def provinces() -> tuple[Province, ...]:
    """Every registered province, in the registry's order."""
    return parse(REGISTRY.read_text(encoding="utf-8"))


def covered() -> tuple[Province, ...]:
    """The provinces the office covers: crawled portals and bureaus, shown in the briefings."""
    return tuple(p for p in provinces() if p.covered)


def covered_codes() -> tuple[str, ...]:
    return tuple(p.code for p in covered())


def regions() -> tuple[str, ...]:
    """Every region a figure may belong to: the registered provinces and the nation."""
    return (*(p.code for p in provinces()), NATIONAL)


def get(code: str) -> Province:
    for p in provinces():
        if p.code == code:
            return p
    raise KeyError(f"unknown province {code!r}")


def by_name(name: str) -> Province | None:
    """The province a printed name means: 湖北省, 湖北 or 内蒙古自治区 (whitespace ignored)."""
    name = re.sub(r"\s+", "", name)
    return next((p for p in provinces() if name in (p.zh, p.full_zh)), None)


def by_nbs(code: str) -> Province | None:
    """The province of a 6-digit administrative code (420000)."""
    return next((p for p in provinces() if p.nbs == code), None)
