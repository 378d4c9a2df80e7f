"""`parse release` on every bureau page of the replay corpus: every headline figure, no wrong value."""

from __future__ import annotations

import json
from typing import Any

import pytest

from extractors.releases import parse_release
from tests.conftest import CORPUS

EXPECTED: dict[str, list[dict[str, Any]]] = json.loads((CORPUS / "expected" / "releases.json").read_text())
FILES = {r["url"]: r["file"] for r in json.loads((CORPUS / "manifest.json").read_text())["routes"]}


def test_corpus_has_three_communiques_and_twelve_releases_per_province() -> None:
    for host in ("tjj.hubei.gov.cn", "tjj.hunan.gov.cn", "tjj.shanxi.gov.cn", "tjj.jiangxi.gov.cn", "tjj.henan.gov.cn"):
        pages = [u for u in EXPECTED if host in u]
        communiques = [u for u in pages if any(f["indicator"] == "population_resident" for f in EXPECTED[u])]
        assert len(communiques) == 3 and len(pages) - len(communiques) == 12, host


@pytest.mark.parametrize("url", sorted(EXPECTED))
def test_parse_release_states_exactly_the_page_figures(url: str) -> None:
    obs = parse_release((CORPUS / "files" / FILES[url]).read_bytes())  # no --province: found on the page
    got = {(o.region, o.indicator, o.measure, o.period, o.cumulative): o.value for o in obs}
    want = {(f["region"], f["indicator"], f["measure"], f["period"], f["cumulative"]): f["value"] for f in EXPECTED[url]}
    assert got == pytest.approx(want)
