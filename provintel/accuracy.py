"""Accuracy on real recorded pages and answers (tests/fixtures/real): `make accuracy`.

Every fixture there was recorded by another public project and checked by hand (PROVENANCE.md in
each folder). Expectations are written as the source prints them; this module converts them to the
catalogue's terms, runs the same parsers the pipeline runs, and counts:
- correct: the figure was found with the expected value;
- wrong: found with another value, or found where the page states nothing of the kind;
- missed: expected but not found (recall = correct / expected);
- refused: pages the parser refused, by kind, against the refusals the expectations call for.
The report is written to ACCURACY.md; tests/test_accuracy.py pins its floors.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real"
NOTICE_FIELDS = ("title", "doc_number", "issuer", "issued_date", "published_date", "index_number", "validity")


@dataclass
class Tally:
    expected: int = 0
    correct: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    outside_catalogue: int = 0
    unverified: list[str] = field(default_factory=list)
    refusals: Counter[str] = field(default_factory=Counter)
    unexpected_refusals: list[str] = field(default_factory=list)
    distinct: dict[str, int] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def _refusal_kind(reason: str) -> str:
    for kind in ("sub-provincial", "another region", "cannot tell whose figures", "no body text", "year"):
        if kind in reason:
            return kind
    return "other"


def _expected_release_rows(path: Path) -> tuple[list[dict[str, Any]], str | None, bool]:
    """Rows of an .expected.tsv in catalogue terms, the refusal it calls for (`# refuse: …`), and
    whether it annotates the whole page (`# annotated: in part` says it does not)."""
    from extractors.catalogue import canonical, indicators
    from extractors.releases import _aliases, head_indicator, normalise

    refuse = None
    complete = True
    lines = path.read_text(encoding="utf-8").splitlines()
    for ln in lines:
        if m := re.match(r"#\s*refuse:\s*(.+)", ln):
            refuse = m.group(1).strip()
        if re.match(r"#\s*annotated:\s*in part", ln):
            complete = False
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    rows = []
    for r in csv.DictReader(body, delimiter="\t"):
        name = normalise(r["indicator_zh"])
        measure = r["measure"].strip()
        hit = _aliases().get(name)
        ind = hit[0] if hit else (h[0] if (h := head_indicator(name)) and h[2] == len(name) else None)
        if measure == "share_pct" and re.search(r"第([一二三])产业", name) and "投资" not in name:
            ind = {"一": "gdp_primary", "二": "gdp_secondary", "三": "gdp_tertiary"}[
                re.search(r"第([一二三])产业", name).group(1)]  # type: ignore[union-attr]
        value, unit = r["value"].strip(), r["unit"].strip()
        if measure == "level" and unit == "上年=100" and ind is not None and indicators()[ind].unit == "index":
            v = float(value)  # a price index on the year before, as the catalogue keeps it
        elif measure == "level" and unit not in ("%", "‰"):
            try:
                v, _ = canonical(Decimal(value), unit)
            except ValueError:
                ind = None  # a unit the catalogue does not read (个/年, 万亩…): not countable
                v = float(value)
        else:
            v = float(value)
        if ind is not None and measure not in indicators()[ind].measures:
            ind = None
        rows.append({"indicator": ind, "name": r["indicator_zh"], "measure": measure,
                     "period": r["period"].strip(), "cumulative": r["cumulative"].strip().lower() == "true",
                     "value": v, "note": r.get("note") or ""})
    return rows, refuse, complete


def _reviewed_rows(path: Path) -> list[dict[str, Any]]:
    """Figures outside a page's annotated sections, checked by hand against their sentence (catalogue terms)."""
    if not path.exists():
        return []
    return [{"indicator": r["indicator"], "name": r["indicator"], "measure": r["measure"], "period": r["period"],
             "cumulative": r["cumulative"] == "true", "value": float(r["value"]), "note": r["sentence"]}
            for r in csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t")]


def releases(tally: Tally, cities: Tally | None = None) -> list[str]:
    """Parse every real bureau page and compare with its hand-checked expectations.

    A page the expectations say must be refused is checked for the refusal. Another province's
    communiqué must be refused under one of ours (found under Hubei's source) and, when its figures
    are annotated, is read as its own province's release and measured. A city's page annotated in full
    is read as the city's own release and measured in `cities` (the sentence rules are the province's).
    """
    from common.records import ParseError
    from extractors.releases import ReleaseStats, parse_release

    lines = []
    folder = REAL / "releases"
    for exp in sorted(folder.glob("*.expected.tsv")):
        name = exp.name.removesuffix(".expected.tsv")
        page = next((p for p in folder.iterdir() if p.stem == name and not p.name.endswith((".tsv", ".md"))), None)
        if page is None:
            continue
        rows, refuse, complete = _expected_release_rows(exp)
        rows += _reviewed_rows(exp.with_name(name + ".reviewed.tsv"))
        # another province's page is refused when found under one of ours, and read as its own
        found_under = "hubei" if refuse == "another region" else None
        try:
            obs = parse_release(page.read_bytes(), None, found_under, ReleaseStats())
        except ParseError as exc:
            tally.refusals[_refusal_kind(str(exc))] += 1
            if refuse is None or refuse not in str(exc):
                tally.unexpected_refusals.append(f"{page.name}: {exc}")
            lines.append(f"| {page.name} | refused: {exc} | | | | |")
            if refuse == "another region" and len(rows) > 1:
                lines.append(_compare(tally, page.name + " (as its own province's)", rows,
                                      parse_release(page.read_bytes(), None, None, ReleaseStats()), complete))
            elif refuse == "sub-provincial" and len(rows) > 1 and complete and cities is not None:
                lines.append(_compare(cities, page.name + " (as its own city's)", rows, _as_city(page), complete))
            continue
        if refuse is not None:
            tally.wrong.extend(f"{page.name}: loaded a page that should be refused ({refuse}): {o.indicator}"
                               for o in obs)
            continue
        lines.append(_compare(tally, page.name, rows, obs, complete))
    return lines


def _as_city(page: Path) -> list[Any]:
    """A city's page read as the city's own release: the reader's sentence rules on its text, under the
    province the registry lists the city in (the pipeline refuses such a page; its rules are the same)."""
    from common.provinces import provinces
    from extractors.cn_text import decode_html
    from extractors.releases import ReleaseStats, extract, read_page

    title, _, published, text, tables = read_page(page.read_bytes(), "text/html")
    # the city its title names, else the one the page names most (2025年全市经济总量实现新突破 on 南昌's site)
    whole = decode_html(page.read_bytes(), "text/html")
    counts = {p.code: title.count(city) * 1000 + whole.count(city) for p in provinces() for city in p.cities
              if city in whole}
    if not counts:
        raise ValueError(f"{page.name}: no registered province lists a city the page names")
    region = max(counts, key=lambda code: counts[code])
    return extract(text, region, title, published, ReleaseStats(), tables)


def _compare(tally: Tally, name: str, rows: list[dict[str, Any]], obs: list[Any], complete: bool) -> str:
    """Count one page's figures against its expectations; on a page annotated only in part, a figure
    the annotation does not mention is listed as unverified instead of wrong."""
    # one key may carry the same quantity twice (22.8万元, converted to 3.2万美元): either is right
    want: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = {}
    for r in rows:
        if r["indicator"]:
            want.setdefault((r["indicator"], r["measure"], r["period"], r["cumulative"]), []).append(r)
    tally.outside_catalogue += sum(1 for r in rows if not r["indicator"])
    got = {(o.indicator, o.measure, o.period, o.cumulative): o for o in obs}
    correct = wrong = 0
    for key, o in got.items():
        options = want.get(key)
        if options is None:
            (tally.wrong if complete else tally.unverified).append(
                f"{name}: {key} = {o.value} is stated nowhere in the annotation ({o.source_text[:70]})")
            wrong += complete
        elif o.value is None or not any(abs(o.value - r["value"]) <= 1e-6 * max(1.0, abs(r["value"]))
                                        for r in options):
            tally.wrong.append(f"{name}: {key} = {o.value}, expected {' or '.join(str(r['value']) for r in options)} "
                               f"({options[0]['name']})")
            wrong += 1
        else:
            correct += 1
    missed = [f"{name}: {k} {want[k][0]['name']} = {want[k][0]['value']}" for k in want if k not in got]
    tally.missed.extend(missed)
    tally.expected += len(want)
    tally.correct += correct
    tally.distinct[name] = len({o.indicator for o in obs})
    return (f"| {name}{'' if complete else ' (annotated in part)'} | {len(want)} | {correct} | {wrong} | "
            f"{len(missed)} | {len({o.indicator for o in obs})} |")


def nbs(tally: Tally) -> None:
    """Real NBS answers against hand-checked cells (tests/fixtures/real/nbs/expected.tsv)."""
    from extractors.nbs.parse import parse_any

    path = REAL / "nbs" / "expected.tsv"
    if not path.exists():
        return
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    for file in sorted({r["file"] for r in rows}):
        obs = parse_any((REAL / "nbs" / file).read_bytes())
        got = {(o.indicator, o.measure, o.period, o.cumulative): o.value for o in obs}
        want: dict[tuple[str, str, str, bool], float | None] = {
            (r["indicator"], r["measure"], r["period"], r["cumulative"] == "true"):
                float(r["value"]) if r["value"] else None for r in rows if r["file"] == file}
        for key, value in want.items():
            tally.expected += 1
            found = got.get(key)
            if key not in got:
                tally.missed.append(f"nbs {file}: {key}")
            elif (found is None) != (value is None) or (
                    found is not None and value is not None and abs(found - value) > 1e-9 * max(1.0, abs(value))):
                tally.wrong.append(f"nbs {file}: {key} = {found}, expected {value} (empty = unpublished)")
            else:
                tally.correct += 1
        covered = {(k[0], k[1], k[3]) for k in want}
        for key, value in got.items():
            if (key[0], key[1], key[3]) in covered and key not in want and value is not None:
                tally.wrong.append(f"nbs {file}: {key} = {value} is in no hand-checked cell")


def notices(tally: Tally) -> None:
    """Real portal pages against their hand-checked fields."""
    from common.records import ParseError
    from extractors.portal import PortalSettings, parse_detail

    for exp in sorted((REAL / "notices").glob("*.expected.json")):
        page = exp.with_name(exp.name.replace(".expected.json", ".html"))
        if not page.exists():
            continue
        want = json.loads(exp.read_text(encoding="utf-8"))
        try:
            n = parse_detail(page.read_bytes(), "https://example.gov.cn/page.html", PortalSettings("real"))
        except ParseError as exc:
            tally.refusals[_refusal_kind(str(exc))] += 1
            tally.unexpected_refusals.append(f"{page.name}: {exc}")
            continue
        for f in NOTICE_FIELDS:
            got, expected = getattr(n, f), want.get(f)
            if expected is None and got is None:
                continue
            tally.expected += expected is not None
            if got == expected:
                tally.correct += 1
            elif got is None:
                tally.missed.append(f"{page.name}: {f} = {expected!r}")
            else:
                tally.wrong.append(f"{page.name}: {f} = {got!r}, expected {expected!r}")


def report() -> tuple[dict[str, Tally], str]:
    tallies = {"releases": Tally(), "city releases": Tally(), "nbs": Tally(), "notices": Tally()}
    page_lines = releases(tallies["releases"], tallies["city releases"])
    nbs(tallies["nbs"])
    notices(tallies["notices"])
    out = ["# Accuracy on real sources", "",
           "Real pages and answers recorded by other public projects (`tests/fixtures/real/*/PROVENANCE.md`), "
           "checked by hand. Written by `make accuracy`; `tests/test_accuracy.py` pins the floors.", "",
           "| kind | expected | correct | wrong | missed | recall | refused (kind: n) | refused unexpectedly |",
           "|---|---|---|---|---|---|---|---|"]
    for kind, t in tallies.items():
        refused = ", ".join(f"{k}: {n}" for k, n in sorted(t.refusals.items())) or "none"
        out.append(f"| {kind} | {t.expected} | {t.correct} | {len(t.wrong)} | {len(t.missed)} | "
                   f"{t.recall:.1%} | {refused} | {len(t.unexpected_refusals)} |")
    out += ["", "## Releases, page by page", "",
            "| page | expected figures | correct | wrong | missed | distinct indicators |", "|---|---|---|---|---|---|",
            *page_lines, "",
            f"Figures on these pages whose indicator the catalogue does not hold: "
            f"{tallies['releases'].outside_catalogue} (not counted above).", ""]
    for kind, t in tallies.items():
        for title, items in (("wrong", t.wrong), ("missed", t.missed), ("refused unexpectedly", t.unexpected_refusals),
                             ("unverified (pages annotated in part)", t.unverified)):
            if items:
                out += [f"## {kind}: {title}", "", *[f"- {i}" for i in items], ""]
    return tallies, "\n".join(out) + "\n"


def main() -> int:
    tallies, text = report()
    (ROOT / "ACCURACY.md").write_text(text, encoding="utf-8")
    print(text)
    return 1 if any(t.wrong or t.unexpected_refusals for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
