"""A generated warehouse at the scale the office is heading for: 31 provinces x 20 years (about 7M
observations) and 200k notices with their search postings, written through the real schema and
published the way a load publishes (marts, snapshot). `make bench` measures analyst queries,
search and a one-batch load on it; tests generate a small one.

Postings come from the generator's own word draws rather than from jieba over the bodies (which
would take most of an hour at this scale); they are what `warehouse.search.reindex` would write
for those words.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from common.provinces import NATIONAL, provinces
from common.settings import settings
from common.sqlfiles import named
from extractors.catalogue import indicators
from warehouse.db import writer
from warehouse.load import publish_pending, record_tagger
from warehouse.search import STOP, TITLE_WEIGHT

log = logging.getLogger(__name__)
SQL = Path(__file__).with_name("sql") / "synthetic.sql"


@dataclass(frozen=True)
class Scale:
    years: int = 20
    regions: int = 31  # provinces from the registry, plus the nation
    notices: int = 200_000
    words: int = 600  # words per notice body: ~400 distinct terms, as real notices have
    vocabulary: int = 60_000
    first_year: int = 2006
    seed: int = 7


@dataclass(frozen=True)
class Generated:
    observations: int
    notices: int
    postings: int
    seconds: float


def _dictionary() -> str:
    import jieba

    return str(Path(jieba.__file__).with_name("dict.txt"))


def generate(scale: Scale = Scale()) -> Generated:
    """Fill the warehouse under PROVINTEL_HOME (expected empty) and publish it."""
    t0 = time.perf_counter()
    sql = named(SQL)
    regions = provinces()[:scale.regions]
    with writer() as con:
        con.register("synth_region_df", pd.DataFrame({"region": [p.code for p in regions] + [NATIONAL]}))
        con.execute("CREATE OR REPLACE TEMP TABLE synth_region AS SELECT * FROM synth_region_df")
        sources = [(NATIONAL, "nbs", "nbs")] + [(p.code, kind if kind == "nbs" else f"{kind}_{p.code}", kind)
                                                for p in regions for kind in ("nbs", "releases", "communiques")]
        con.register("synth_source_df", pd.DataFrame(sources, columns=["region", "source", "kind"]))
        con.execute("CREATE OR REPLACE TEMP TABLE synth_source AS SELECT * FROM synth_source_df")
        cat = [(i.id, i.zh, i.unit, i.frequency, list(i.measures)) for i in indicators().values()]
        con.register("synth_indicator_df", pd.DataFrame(cat, columns=["indicator", "zh", "unit", "frequency",
                                                                      "measures"]))
        con.execute("CREATE OR REPLACE TEMP TABLE synth_indicator AS SELECT * FROM synth_indicator_df")
        con.register("synth_province_df", pd.DataFrame(
            [(i, p.code, p.zh + "政发") for i, p in enumerate(regions)], columns=["i", "region", "prefix"]))
        con.execute("CREATE OR REPLACE TEMP TABLE synth_province AS SELECT * FROM synth_province_df")
        params = {"first_year": scale.first_year, "years": scale.years}
        con.execute("BEGIN")
        con.execute(sql["periods"], params)
        con.execute(sql["observations"], {"seed": scale.seed})
        con.execute(sql["vocabulary"], {"dictionary": _dictionary(), "stop": sorted(STOP),
                                        "vocabulary": scale.vocabulary})
        con.execute(sql["words"], {"notices": scale.notices, "words": scale.words, "seed": scale.seed,
                                   "vocabulary": scale.vocabulary})
        con.execute(sql["notices"], {"seed": scale.seed, "years": scale.years, "provinces": len(regions)})
        for name in ("notice_versions", "notice_events", "loaded_pages", "load_log"):
            con.execute(sql[name])
        con.execute(sql["docs"], {"title_weight": TITLE_WEIGHT})
        con.execute(sql["postings"], {"title_weight": TITLE_WEIGHT})
        con.execute("COMMIT")
        con.execute("DROP TABLE synth_word")
        observations, notices, postings = con.execute(sql["counts"]).fetchone()  # type: ignore[misc]
        record_tagger(con)  # (its notices carry the tags it generated: nothing to tag again)
        publish_pending(con, settings(), label="generated")
    return Generated(observations, notices, postings, time.perf_counter() - t0)
