"""The indicator catalogue: size, bilingual names, units and measures the rest of the code knows."""

from __future__ import annotations

from extractors import catalogue

SECTIONS = {"gdp", "agriculture", "industry", "energy", "construction", "investment", "consumption", "trade", "fdi",
            "prices", "finance", "fiscal", "transport", "telecoms", "tourism", "research", "education", "health",
            "population", "employment", "income", "environment"}


def test_catalogue_covers_every_section_of_a_communique_with_at_least_120_indicators() -> None:
    inds = catalogue.indicators()
    assert len(inds) >= 120
    assert {i.section for i in inds.values()} >= SECTIONS
    for i in inds.values():
        assert i.zh and i.en and i.unit in catalogue.units() and i.measures, i.id
        assert set(i.measures) <= set(catalogue.measures()), i.id
        if i.part_of:
            assert i.part_of[0] in inds, i.id


def test_every_alias_names_one_indicator() -> None:
    seen: dict[str, str] = {}
    for i in catalogue.indicators().values():
        for alias in (i.zh, *i.aliases):
            assert seen.setdefault(alias, i.id) == i.id, (alias, seen[alias], i.id)


def test_every_published_unit_converts_to_a_catalogue_unit() -> None:
    assert {u for u, _ in catalogue.UNIT_FACTORS.values()} <= set(catalogue.units())
    assert catalogue.canonical("7.53", "亿吨") == (753000000, "tonnes")
    assert catalogue.canonical("260.66", "万标准箱") == (2606600, "teu")
