"""Briefing documents: self-contained HTML (Jinja2, autoescaped) and PDF with the CJK font embedded.

Hong Kong Traditional Chinese with English labels. Every figure carries its source, period and
vintage: a numbered footnote in both formats and a hover in the HTML.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from common.provinces import NATIONAL, covered_codes, provinces
from extractors.tagging import to_hk_traditional
from reports.release import Table

TEMPLATES = Path(__file__).with_name("templates")
LABELS = Path(__file__).with_name("labels.json")
# Debian's fonts-noto-cjk (make install brings it); the PDF embeds a subset of it
FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/opentype/noto-cjk"),
             Path("/usr/share/fonts/truetype/noto"))
FONT_FILE = "NotoSansCJK-Regular.ttc"
FEED_SHOWN = 12  # the PDF lists the newest; the dataset has every notice in force


class FontMissing(RuntimeError):
    """No CJK font to embed: install Debian's fonts-noto-cjk (make install does)."""


@cache
def labels() -> dict[str, Any]:
    """The briefing labels; provinces' names come from the province registry."""
    out = dict(json.loads(LABELS.read_text(encoding="utf-8")))
    out["regions"] = {**{p.code: [p.hk, p.en] for p in provinces()}, **out["regions"]}
    return out


def label(group: str, key: str) -> tuple[str, str]:
    zh, en = labels()[group].get(key, (key, key))
    return zh, en


def source_label(source: str) -> tuple[str, str]:
    family, _, region = source.partition("_")
    zh, en = label("sources", family)
    if region:
        rzh, ren = label("regions", region)
        return f"{rzh}{zh}", f"{ren} {en}"
    return zh, en


def cjk_font() -> Path:
    for d in FONT_DIRS:
        if (d / FONT_FILE).is_file():
            return d / FONT_FILE
    raise FontMissing(f"{FONT_FILE} not found in {', '.join(map(str, FONT_DIRS))}: apt-get install fonts-noto-cjk")


def rounded(value: float, places: int, per: int = 1, sign: str = "") -> str:
    """value ÷ per to `places` decimals with thousands separators, rounded half up from its decimal digits
    (四舍五入: 3906.25 億元 is 3,906.3, as a reader of the source rounds it, where a float's binary digits and
    Python's half-to-even gave 3,906.2 beside 26,256.75 → 26,256.8)."""
    exact = Decimal(repr(value)) / per
    if not exact.is_finite():
        return str(value)
    return f"{exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):{sign},.{places}f}"


def fmt_value(value: float | None, unit: str | None, indicator: str = "") -> str:
    """A level the way a Hong Kong reader expects it: 億元 for money, 萬人 for people."""
    if value is None:
        return "–"
    # renminbi said outright: a Hong Kong reader's 元 is the Hong Kong dollar
    if unit == "CNY" and "per_capita" in indicator:
        return f"人民幣 {rounded(value, 0)} 元"
    if unit == "CNY":
        return f"人民幣 {rounded(value, 1, 10**8)} 億元"
    if unit == "USD":
        return f"{_as_given(rounded(value, 2, 10**8), keep=0)} 億美元"
    if unit == "persons":
        return f"{rounded(value, 1, 10**4)} 萬人"
    if unit == "pct":
        return f"{_as_given(rounded(value, 2))}%"
    return rounded(value, 1)


def _as_given(shown: str, keep: int = 1) -> str:
    """No digits the source did not give: 4.80 is 4.8, +2.30 points +2.3, and with keep=0 10.00 億美元 is 10 (a rate
    keeps one decimal: 5.0%)."""
    whole, dot, decimals = shown.partition(".")
    decimals = decimals.rstrip("0")
    decimals += "0" * (keep - len(decimals)) if len(decimals) < keep else ""
    return f"{whole}.{decimals}" if dot and decimals else whole


def http_url(url: str | None) -> str:
    """Only http(s) links reach a document: a scraped javascript: or data: URL becomes no link."""
    return url if url and url.lower().startswith(("http://", "https://")) else ""


def fmt_pct(value: float | None) -> str:
    """A change: signed, one decimal; no change (持平) is 0.0%, not +0.0%."""
    if value is None:
        return "–"
    shown = rounded(value, 1, sign="+")
    return f"{shown[1:] if shown[1:] == '0.0' else shown}%"


# a rate's difference is in points of it (NBS 4.8% against the bureau's 6.7% is 1.9 points apart, not 39.6%)
POINTS = {"pct": "個百分點 pp", "permille": "個千分點 ‰ pts", "index": "點 pts"}


def fmt_difference(row: dict[str, Any]) -> str:
    """How far the bureau's figure is from NBS's: points for a rate or an index, a percentage for an amount."""
    if row.get("unit") in POINTS and row.get("difference") is not None:
        return f"{_as_given(rounded(row['difference'], 2, sign='+'))} {POINTS[row['unit']]}"
    return fmt_pct(row.get("difference_pct"))


@dataclass
class Footnotes:
    """Numbered source notes; the same source, period and vintage share a number."""

    notes: list[dict[str, str]] = field(default_factory=list)
    _index: dict[tuple[str, ...], int] = field(default_factory=dict)

    def cite(self, source: str, period: str, vintage: object, url: str | None) -> dict[str, Any]:
        zh, en = source_label(source)
        v = str(vintage)[:10] if vintage else "–"
        key = (source, period, v, url or "")
        if key not in self._index:
            self.notes.append({"source_zh": zh, "source_en": en, "period": period, "vintage": v, "url": url or ""})
            self._index[key] = len(self.notes)
        n = self._index[key]
        return {"n": n, "hover": f"來源 Source: {zh} / {en} · 期間 Period: {period} · 版本 Vintage: {v}"}


def _chart(draw: Any, width: float = 7.0, height: float = 3.2) -> str:
    """Render a matplotlib figure to a PNG data URI (CJK labels in Noto Sans CJK)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font = cjk_font()
    font_manager.fontManager.addfont(str(font))
    family = font_manager.FontProperties(fname=str(font)).get_name()
    with plt.rc_context({"font.family": [family], "axes.unicode_minus": False, "svg.hashsalt": "provintel"}):
        fig, ax = plt.subplots(figsize=(width, height), dpi=150)
        try:
            draw(ax)
            ax.spines[["top", "right"]].set_visible(False)
            fig.tight_layout()
            buf = io.BytesIO()
            fig.savefig(buf, format="png", metadata={"Software": None})
        finally:
            plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def gdp_chart(rows: list[dict[str, Any]]) -> str | None:
    latest = max((r["period"] for r in rows if r["region"] != "national"), default=None)
    pts = [r for r in rows if r["period"] == latest and r["region"] != "national" and r["value"]]
    if not pts:
        return None
    pts.sort(key=lambda r: r["value"], reverse=True)

    def draw(ax: Any) -> None:
        names = [f"{label('regions', r['region'])[0]}\n{label('regions', r['region'])[1]}" for r in pts]
        vals = [r["value"] / 1e12 for r in pts]
        bars = ax.bar(names, vals, color="#8c1d40")
        for bar, r in zip(bars, pts, strict=True):
            share = r.get("share_of_national_pct")
            ax.annotate(rounded(r["value"], 2, 10**12) + (f"\n({rounded(share, 1)}%)" if share else ""),
                        (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom", fontsize=8)
        ax.set_ylabel("萬億元 RMB trillion")
        ax.set_title(f"{latest} 年地區生產總值及佔全國比重 GDP and share of national, {latest} (NBS)", fontsize=9)
        ax.margins(y=0.25)

    return _chart(draw)


def growth_chart(rows: list[dict[str, Any]], regions: Iterable[str]) -> str | None:
    inds = [i for i in labels()["indicators"] if any(r["indicator"] == i and r["yoy_pct"] is not None for r in rows)]
    regions = [g for g in regions if g != "national"]
    if not inds:
        return None

    def draw(ax: Any) -> None:
        width = 0.8 / max(len(regions), 1)
        for k, region in enumerate(regions):
            ys = [next((r["yoy_pct"] for r in rows if r["indicator"] == i and r["region"] == region), None)
                  for i in inds]
            xs = [j + k * width for j in range(len(inds))]
            ax.bar(xs, [y if y is not None else 0 for y in ys], width,
                   label=" ".join(label("regions", region)))
        ax.set_xticks([j + 0.4 - width / 2 for j in range(len(inds))])
        ax.set_xticklabels([f"{label('indicators', i)[0]}\n{label('indicators', i)[1]}" for i in inds], fontsize=6.5,
                           rotation=30, ha="right")
        ax.axhline(0, color="#444", linewidth=0.6)
        ax.set_ylabel("同比 % YoY")
        ax.set_title("最新同比增速 Latest change on a year earlier (period per figure: see table)", fontsize=9)
        ax.legend(fontsize=7, ncol=5, loc="lower left", frameon=False)

    return _chart(draw, height=4.0)


def events_chart(rows: list[dict[str, Any]]) -> str | None:
    if not rows:
        return None
    provinces = sorted({r["province"] for r in rows})
    events = [e for e in labels()["events"] if any(r["event"] == e for r in rows)]

    def draw(ax: Any) -> None:
        bottom = [0] * len(provinces)
        for e in events:
            counts = [sum(1 for r in rows if r["province"] == p and r["event"] == e) for p in provinces]
            ax.bar(["\n".join(label("regions", p)) for p in provinces], counts, bottom=bottom,  # two lines: no overlap
                   label=" ".join(label("events", e)))
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        ax.set_ylabel("件 Notices")
        ax.set_title("本期政策文件動態 Notice changes this period", fontsize=9)
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    return _chart(draw, height=2.8)


def _env() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(value=fmt_value, pct=fmt_pct, hant=to_hk_traditional, url=http_url, difference=fmt_difference,
                       rounded=rounded)
    env.globals.update(label=label, source_label=source_label)
    return env


def _cited(rows: list[dict[str, Any]], notes: Footnotes, period: str = "period") -> list[dict[str, Any]]:
    """Each row with its source note attached (source, period, vintage, URL)."""
    return [{**r, "cite": notes.cite(r["source"], str(r[period] or "–"), r["vintage"], r["source_url"])}
            for r in rows]


def monthly_context(tables: dict[str, Table], about: dict[str, Any]) -> dict[str, Any]:
    notes = Footnotes()
    key = _cited(tables["key_indicators"].records(), notes)
    regions = [r for r in (*covered_codes(), NATIONAL) if any(k["region"] == r for k in key)]
    grid = []
    for ind in labels()["indicators"]:
        cells = {r["region"]: r for r in key if r["indicator"] == ind}
        if cells:
            grid.append({"indicator": ind, "cells": cells})
    gdp = tables["regional_gdp"].records()
    latest = max((r["period"] for r in gdp if r["region"] != "national"), default=None)
    gdp_notes = sorted({c["cite"]["n"] for c in _cited([r for r in gdp if r["period"] == latest], notes)})
    charts = [{"src": src, "notes": n} for src, n in ((gdp_chart(gdp), gdp_notes), (growth_chart(key, regions), []))
              if src]
    return {**about, "regions": regions, "grid": grid, "notes": notes.notes, "charts": charts,
            "revisions": _cited(tables["revisions"].records(), notes),
            # (the bureau's figure cited as well as NBS's)
            "flagged": [{**r, "bureau_cite": notes.cite(r["bureau_source"], str(r["period"]), r["bureau_vintage"],
                                                        r["bureau_source_url"])}
                        for r in _cited(tables["reconciliation"].records(), notes)],
            "new_figures": tables["new_figures"].records(),
            "late": [r for r in tables["release_calendar"].records() if r["is_late"]]}


def _latest_per_notice(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per notice: its latest event this period, with the ones before it (`earlier`): a notice first
    recorded and then withdrawn in one week is one item marked withdrawn, not two that contradict each other."""
    by_notice: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        by_notice.setdefault(e["notice_id"], []).append(e)
    out = []
    for e in events:
        seen = by_notice.pop(e["notice_id"], None)
        if seen is None:
            continue  # shown already, at its first place in the order
        seen.sort(key=lambda x: x["vintage"])
        out.append({**seen[-1], "earlier": [x["event"] for x in seen[:-1]]})
    return out


def weekly_context(tables: dict[str, Table], about: dict[str, Any]) -> dict[str, Any]:
    notes = Footnotes()
    # each notice links to its page: one note per portal and day says where they came from
    events = _latest_per_notice([{**r, "cite": notes.cite(r["source"], "–", r["vintage"], None)}
                                 for r in tables["notices_digest"].records()])
    feed = [{**r, "cite": notes.cite(r["source"], "–", r["vintage"], None)}
            for r in tables["emergency_notices"].records()]
    by_province: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for e in events:
        if e["hk_relevant"] or e["emergency"]:
            continue  # shown in the sections above
        topic = e["topics"][0] if e["topics"] else ""
        by_province.setdefault(e["province"], {}).setdefault(topic, []).append(e)
    rows = tables["notices_digest"].records()  # every event counts, as in the chart
    counts = {(p, ev): sum(1 for e in rows if e["province"] == p and e["event"] == ev)
              for p in (*covered_codes(), NATIONAL) for ev in labels()["events"]}
    return {**about, "hk": [e for e in events if e["hk_relevant"]],
            "emergency_events": [e for e in events if e["emergency"] and not e["hk_relevant"]],
            "feed": feed[:FEED_SHOWN], "feed_more": max(len(feed) - FEED_SHOWN, 0),
            "by_province": dict(sorted(by_province.items())), "events": events,
            "counts": counts, "notes": notes.notes, "provinces": list(covered_codes()),
            "label_events": list(labels()["events"]),
            "charts": [c for c in (events_chart(tables["notices_digest"].records()),) if c]}


def render_html(kind: str, context: dict[str, Any]) -> str:
    return str(_env().get_template(f"{kind}.html.j2").render(**context))


def write_pdf(html: str, path: Path) -> None:
    """Render the HTML to PDF; WeasyPrint embeds a subset of every font it uses."""
    cjk_font()  # fail with the install hint rather than print boxes
    from weasyprint import HTML

    HTML(string=html, base_url=str(path.parent)).write_pdf(str(path))
