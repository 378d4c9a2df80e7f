"""Text to indicators: statistics bureau communiqués and monthly releases, as published.

Pure: text in, observations out. Each sentence (split on 。；) is split into clauses; a clause yields
a figure only when it names a catalogue indicator (or follows one in the same sentence, as in
`其中，进口2195.4亿元，增长3.7%`) and carries a value with a unit it understands. Anything else is
skipped and counted, never forced onto an indicator.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from extractors import catalogue
from extractors.models import Observation, ParseError

PROVINCES = {"湖北": "hubei", "湖南": "hunan", "山西": "shanxi", "江西": "jiangxi", "河南": "henan"}
EXTRA_ALIASES = {  # spoken forms the catalogue keeps out of its formal alias lists
    "进出口": "trade_total", "货物进出口": "trade_total", "外贸进出口": "trade_total",
    "全省生产总值": "gdp", "全省地区生产总值": "gdp", "经济总量": "gdp",
    "规上工业增加值": "industrial_value_added",
}
UNIT_RE = r"(亿美元|万美元|亿元|万元|万人|个百分点|美元|元|人|%|‰)"
NUM = r"-?\d+(?:\.\d+)?"
UP = ("增长", "上涨", "提高", "增加", "上升", "加快")
DOWN = ("下降", "回落", "减少", "下滑", "降低")
# change bases that mean "on a year earlier"; others (比年初, 环比, 高于全国, 比一季度) are not yoy
YOY_BASES = ("比上年同期", "比上年", "同比", "比去年同期", "比去年", "较上年")
OTHER_BASES = ("环比", "比年初", "高于全国", "低于全国", "比全国", "两年平均", "年均", "比一季度", "比上半年",
               "比前三季度", "比1-", "比上月", "较上月", "比全省")


@dataclass
class ReleaseStats:
    clauses: int = 0
    used: int = 0
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Period:
    year: int
    label: str  # "", "Q1".."Q4", "01".."12"
    cumulative: bool

    def key(self) -> str:
        if not self.label:
            return str(self.year)
        if self.label.startswith("Q"):
            return f"{self.year}-{self.label}"
        return f"{self.year}-{self.label}"


def normalise(text: str) -> str:
    """Full-width digits and punctuation to ASCII, the Unicode minus, thousands commas, spaces."""
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("\u2212", "-").replace("\u2014", "—").replace("\u2013", "-").replace("\xa0", " ")
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # thousands separators
    t = re.sub(r"\s+", "", t)  # Chinese prose needs no spaces; Henan puts them around numbers
    return t


@cache
def _aliases() -> list[tuple[str, str]]:
    table: dict[str, str] = {}
    for ind in catalogue.indicators().values():
        for alias in (ind.zh, *ind.aliases):
            table[normalise(alias)] = ind.id
    table.update({normalise(k): v for k, v in EXTRA_ALIASES.items()})
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


def find_indicator(clause: str) -> tuple[str, int, int] | None:
    """Leftmost, then longest, catalogue alias in a clause: (id, start, end)."""
    best: tuple[str, int, int] | None = None
    for alias, ind in _aliases():
        pos = clause.find(alias)
        if pos < 0:
            continue
        if best is None or pos < best[1] or (pos == best[1] and pos + len(alias) > best[2]):
            best = (ind, pos, pos + len(alias))
    return best


_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4}
_RANGE = re.compile(r"(?:(\d{4})年)?1[-—~～至](\d{1,2})月(?:份)?")
_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月份?")
_QUARTER = re.compile(r"(?:(\d{4})年)?(前三季度|上半年|全年|年末|年度|第?([一二三四])季度)")
_YEAR = re.compile(r"(?<![比由较与同上去前])(\d{4})年(?!\d*月\d+日)")


def period_in(clause: str, year: int | None) -> Period | None:
    """A period marker in the clause, if any (1-7月, 7月份, 上半年, 前三季度, 全年, 年末, 一季度)."""
    if m := _RANGE.search(clause):
        y = int(m.group(1)) if m.group(1) else year
        return Period(y, f"{int(m.group(2)):02d}", int(m.group(2)) > 1) if y else None
    if m := _QUARTER.search(clause):
        y = int(m.group(1)) if m.group(1) else year
        if y is None:
            return None
        word = m.group(2)
        if word == "前三季度":
            return Period(y, "Q3", True)
        if word == "上半年":
            return Period(y, "Q2", True)
        if word in ("全年", "年末", "年度"):
            return Period(y, "", False)
        return Period(y, f"Q{_CN_NUM[m.group(3)]}", False)
    if m := _MONTH.search(clause):
        pre = clause[max(0, m.start() - 1): m.start()]
        if pre and pre in "-—~～至比较":
            return None
        y = int(m.group(1)) if m.group(1) else year
        month = int(m.group(2))
        return Period(y, f"{month:02d}", False) if y and 1 <= month <= 12 else None
    return None


def document_context(title: str, text: str, published: date | None) -> tuple[Period, bool]:
    """The period a release covers by default, and whether it is a communiqué (flash figures)."""
    t = normalise(title)
    communique = "公报" in t
    shape = period_in(t, 1) if t else None  # year 1 stands in until the year is known
    year: int | None = None
    if m := _YEAR.search(t):
        year = int(m.group(1))
    elif shape is not None and shape.year != 1:
        year = shape.year
    elif m := _YEAR.search(normalise(text[:400])):
        year = int(m.group(1))
    elif published is not None:
        year = published.year
        if shape is None or not shape.label:
            end_month = 12
        elif shape.label.startswith("Q"):
            end_month = 3 * int(shape.label[1])
        else:
            end_month = int(shape.label)
        if end_month >= published.month:
            year -= 1  # a period not over at publication must be last year's
    if year is None:
        raise ParseError("cannot tell which year the release covers (no year in title, text or date)")
    if shape is None:
        return Period(year, "", False), communique
    return Period(year, shape.label, shape.cumulative), communique


def _value(num: str, unit: str) -> tuple[float, str]:
    return catalogue.canonical(Decimal(num), unit)


def _sign(verb: str) -> int:
    return -1 if verb in DOWN else 1


_CHANGE = re.compile(r"(" + "|".join(UP + DOWN) + r")(" + NUM + r")(%|个百分点)")
_ABS_CHANGE = re.compile(r"(" + "|".join(UP + DOWN) + r")" + NUM + UNIT_RE)
_FLAT = re.compile(r"(?:持平|无变化)")
_GROWTH_WORD = re.compile(r"(增速|增幅|增长率|涨幅|降幅)(?:为|是|达|达到)?(" + NUM + r")%")


def extract(text: str, region: str, title: str = "", published: date | None = None,
            stats: ReleaseStats | None = None) -> list[Observation]:
    """Extract every recognised figure from a release's text."""
    stats = stats if stats is not None else ReleaseStats()
    default, communique = document_context(title, text, published)
    out: dict[tuple[str, str, str, bool], Observation] = {}
    sentences = [s for line in text.splitlines() for s in re.split(r"[。;；]", normalise(line))]
    for sentence in sentences:
        if not sentence:
            continue
        period = period_in(sentence[:12], default.year) or default
        sentence_prelim = communique or any(w in sentence for w in ("初步核算", "初步统计", "快报"))
        current: str | None = None
        for clause in re.split(r"[,，:：]", sentence):
            if not clause:
                continue
            stats.clauses += 1
            if (p := period_in(clause, default.year)) is not None and not re.search(r"[比较由]", clause[:2]):
                period = p
            found = _clause(clause, current)
            hit = find_indicator(clause)
            if hit is not None:
                current = hit[0]
            if not found:
                if re.search(NUM, clause) and not re.fullmatch(r"\d{4}年.*", clause):
                    stats.skipped.append(clause)
                continue
            for ind, measure, value, unit in found:
                stats.used += 1
                obs = Observation(region=region, indicator=ind, measure=measure, period=period.key(), value=value,
                                  unit=unit, cumulative=period.cumulative, preliminary=sentence_prelim,
                                  source_text=sentence[:300])
                key = (ind, measure, obs.period, obs.cumulative)
                prior = out.get(key)
                if prior is None:
                    out[key] = obs
                elif prior.value != value:
                    stats.conflicts.append(f"{key}: {prior.value} then {value}")
    return list(out.values())


def _clause(clause: str, current: str | None) -> list[tuple[str, str, float, str]]:
    """The figures in one clause: (indicator, measure, value, unit)."""
    if any(b in clause for b in OTHER_BASES):
        return []
    if "分别" in clause:
        return _respectively(clause)
    hit = find_indicator(clause)
    ind = hit[0] if hit else current
    if ind is None:
        return []
    rest = clause[hit[2]:] if hit else clause
    spec = catalogue.indicators()[ind]
    results: list[tuple[str, str, float, str]] = []
    # a change on a year earlier: 增长5.8% / 下降29.6% / 提高0.88个百分点 / 持平
    if m := _CHANGE.search(rest):
        verb, num, unit = m.groups()
        value = float(Decimal(num)) * _sign(verb)
        if unit == "%":
            results.append((ind, "yoy_pct", value, "pct"))
        elif spec.unit == "pct" and "pp_change" in spec.measures:
            results.append((ind, "pp_change", value, "pct"))
        rest_level = rest[: m.start()]
    elif g := _GROWTH_WORD.search(rest):
        results.append((ind, "yoy_pct", float(Decimal(g.group(2))), "pct"))
        rest_level = rest[: g.start()]
    elif _FLAT.search(rest):
        results.append((ind, "yoy_pct", 0.0, "pct"))
        rest_level = ""
    elif _ABS_CHANGE.search(rest):
        return []  # 比上年末减少4万人: an absolute change, not a level
    else:
        rest_level = rest
    # a level: 60012.97亿元 / 66.35% (for rates) / 19.22亿美元; ratios like 8.9:36.5:54.6 have no unit
    if m2 := re.search(r"(" + NUM + r")" + UNIT_RE, rest_level):
        num, unit = m2.groups()
        if unit in ("%", "‰"):
            if ("比重" in clause or "占" in clause) and "share_pct" in spec.measures:
                results.append((ind, "share_pct", float(Decimal(num)), "pct"))
            elif spec.unit in ("pct", "permille") and hit is not None:
                results.append((ind, "level", float(Decimal(num)), "pct" if unit == "%" else "permille"))
        elif unit != "个百分点":
            value, canon = _value(num, unit)
            if canon == spec.unit or (spec.unit in ("CNY", "USD") and canon in ("CNY", "USD")):
                results.append((ind, "level", value, canon))
    return results


def _respectively(clause: str) -> list[tuple[str, str, float, str]]:
    """`出口、进口分别增长5.2%、3.7%`: pair names and values in order, or nothing."""
    head, _, tail = clause.partition("分别")
    names = [n for n in re.split(r"[、和与及]", head) if n]
    inds = []
    for n in names:
        hit = find_indicator(n)
        if hit is None:
            return []
        inds.append(hit[0])
    m = re.match(r"(?:为|是|" + "|".join(UP + DOWN) + r")?", tail)
    verb = m.group(0) if m else ""
    values = re.findall(r"(" + NUM + r")" + UNIT_RE, tail)
    if len(values) != len(inds) or not values:
        return []
    out = []
    for ind, (num, unit) in zip(inds, values, strict=True):
        if unit == "%" and verb in UP + DOWN:
            out.append((ind, "yoy_pct", float(Decimal(num)) * _sign(verb), "pct"))
        elif unit == "%" and catalogue.indicators()[ind].unit == "pct":
            out.append((ind, "level", float(Decimal(num)), "pct"))
        elif unit not in ("%", "‰", "个百分点"):
            value, canon = _value(num, unit)
            out.append((ind, "level", value, canon))
        else:
            return []
    return out


def region_of(title: str, text: str, page: str = "") -> str | None:
    """The province a release speaks for: its title, then the issuing bureau, then the opening text."""
    for name, code in PROVINCES.items():
        if name in title:
            return code
    if m := re.search(r"(湖北|湖南|山西|江西|河南)省?统计局", page or text):
        return PROVINCES[m.group(1)]
    for name, code in PROVINCES.items():
        if name in text[:300]:
            return code
    return None


def looks_like_html(body: bytes) -> bool:
    head = body.lstrip()[:512].lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml")) or b"<body" in head or b"<meta" in head \
        or b"<div" in head or b"<p>" in head


def parse_release(body: bytes, content_type: str | None = None, province: str | None = None,
                  stats: ReleaseStats | None = None) -> list[Observation]:
    """Parse a bureau page (HTML in any encoding) or plain text into observations."""
    from extractors.cn_text import clean_space, decode_html, parse_date
    from extractors.portal import PortalSettings, body_text, meta, soup_of

    if looks_like_html(body):
        soup = soup_of(body, content_type)
        for el in soup(["script", "style"]):
            el.decompose()
        heading = soup.find(["h1", "h2"], class_=re.compile("title", re.I)) or soup.find(["h1", "h2"])
        title = meta(soup, "ArticleTitle") or (clean_space(heading.get_text(" ")) if heading else "") or (
            clean_space(soup.title.get_text(" ")).split("_")[0] if soup.title else "")
        published = parse_date(meta(soup, "PubDate") or "")
        if published is None:
            label = soup.find(string=re.compile("发布(日期|时间)"))
            if label is not None and label.parent is not None:
                published = parse_date(clean_space(label.parent.parent.get_text(" ") if label.parent.parent
                                                   else label.parent.get_text(" ")))
        settings = PortalSettings(province or "", body_selectors=(".view", ".TRS_UEDITOR", "#article-box",
                                                                   ".detail-body", ".article-box"))
        text = body_text(soup, settings, title)
        if not text:
            raise ParseError("no body text found")
        page = soup.get_text(" ")
    else:
        text = decode_html(body, content_type or "text/plain")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        title = lines[0] if lines and len(lines[0]) < 80 and not lines[0].endswith("。") else ""
        published = None
        page = text
    region = province or region_of(title, text, page)
    if region is None:
        raise ParseError("cannot tell the province: pass --province")
    return extract(text, region, title, published, stats)
