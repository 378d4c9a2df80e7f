"""The floors `make accuracy` must hold on real recorded pages and answers (tests/fixtures/real)."""

from __future__ import annotations

from provintel.accuracy import REAL, report


def test_no_wrong_value_and_recall_at_least_95_percent_on_real_sources() -> None:
    tallies, text = report()
    for kind, t in tallies.items():
        assert t.wrong == [], (kind, t.wrong)
        assert t.unexpected_refusals == [], (kind, t.unexpected_refusals)
        assert t.unverified == [], (kind, t.unverified)  # every figure found is checked by hand
        assert t.expected > 0 and t.recall >= 0.95, (kind, t.recall, t.missed)
    assert "| releases |" in text


def test_every_refusal_the_pages_call_for_happens() -> None:
    tallies, _ = report()
    refusals = tallies["releases"].refusals
    calls = [p for p in (REAL / "releases").glob("*.expected.tsv") if p.read_text(encoding="utf-8").startswith("# refuse")]
    assert sum(refusals.values()) == len(calls) >= 3


def test_a_real_annual_communique_yields_at_least_80_distinct_indicators() -> None:
    tallies, _ = report()
    assert tallies["releases"].distinct["hubei_2024_communique.html"] >= 80
