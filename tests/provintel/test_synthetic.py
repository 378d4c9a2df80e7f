"""The generated warehouse `make bench` measures at scale: what it holds, and that loads publish on it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import warehouse
from common.provinces import NATIONAL, provinces
from extractors.catalogue import indicators
from provintel.synthetic import Scale, generate
from warehouse.search import search

SMALL = Scale(years=2, regions=5, notices=300, words=200)


def _current_rows_expected(scale: Scale) -> int:
    """One current figure per region, source, series and period: NBS for every series, the bureau's
    releases for monthly and quarterly series, its communique for annual ones; monthly ones also as
    year-to-date totals."""
    per_year = {"M": 12, "Q": 4, "A": 1}
    total = 0
    for i in indicators().values():
        rows = len(i.measures) * per_year[i.frequency] * scale.years * (2 if i.frequency == "M" else 1)
        total += rows * (1 + scale.regions)  # NBS: every province and the nation
        total += rows * scale.regions  # the province's own bureau: releases or communique
    return total


def test_generated_warehouse_holds_what_it_says(env: Path, monkeypatch: Any) -> None:
    made = generate(SMALL)
    con = warehouse.connect()
    current = con.execute("SELECT count(*) FROM core.observation WHERE realtime_end IS NULL").fetchone()[0]
    assert current == _current_rows_expected(SMALL)
    assert 1.15 * current < made.observations < 1.25 * current  # one series in five revised once
    assert con.execute("SELECT count(DISTINCT region) FROM core.observation").fetchone() == (SMALL.regions + 1,)
    assert {r[0] for r in con.execute("SELECT DISTINCT region FROM core.observation").fetchall()} == \
        {p.code for p in provinces()[:SMALL.regions]} | {NATIONAL}
    assert made.notices == 300 == con.execute("SELECT count(*) FROM search.doc").fetchone()[0]
    # the index agrees with itself: every document's length is the sum of its postings
    assert con.execute("SELECT count(*) FROM search.doc AS d JOIN (SELECT doc, sum(tf) AS n FROM "
                       "search.posting GROUP BY ALL) AS p USING (doc) WHERE d.length <> p.n").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM search.doc JOIN core.notice USING (notice_id)").fetchone() == (300,)
    assert con.execute("SELECT count(*) FROM search.posting").fetchone()[0] == made.postings > 300 * 50
    # nothing dated after now: the pipeline's own loads stay the newest
    assert con.execute("SELECT max(finished_at) FROM meta.load_log").fetchone()[0] < datetime.now(UTC)
    assert con.execute("SELECT count(*) FROM marts.province_panel WHERE rank_among_provinces = ?",
                       [SMALL.regions]).fetchone()[0] > 0
    word = con.execute("SELECT term FROM search.posting GROUP BY term ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    monkeypatch.setattr("warehouse.search.terms", lambda text: [text])
    hits = search(con, word)
    assert hits and all(word in h["matched"] for h in hits)
    con.close()


def test_a_load_on_the_generated_warehouse_publishes(env: Path) -> None:
    from provintel.bench import _monthly_batch
    from provintel.pipeline import load

    generate(SMALL)
    before = warehouse.db.current_snapshot()
    summary = load(_monthly_batch(env))
    assert summary.status == "success" and summary.rows_loaded == 1550 and summary.snapshot
    assert warehouse.db.current_snapshot() != before
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM marts.province_panel WHERE period = '2026-01'").fetchone()[0] > 0
