"""Chinese full-text search: jieba segmentation, BM25 ranking, filters, incremental updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import warehouse
from provintel import pipeline
from provintel.cli import main
from warehouse.search import search, terms


def test_segmentation_drops_stopwords_and_keeps_words() -> None:
    t = terms("关于支持香港投资者在我省设立外商投资企业的通知")
    assert {"香港", "投资者", "外商投资", "企业"} <= set(t) and "的" not in t and "通知" not in t


def test_search_ranks_and_filters(env: Path, replay: Any, capsys: Any) -> None:
    pipeline.run("notices_hubei", "a")
    con = warehouse.connect()
    hits = search(con, "外资")
    assert hits and hits[0]["title"].endswith("稳外资若干措施的通知") and hits[0]["hk_relevant"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert search(con, "外资", province="hunan") == []
    emergency = search(con, "预案", topic="emergency_public_safety")
    assert emergency and all("emergency_public_safety" in h["topics"] for h in emergency)
    assert "鄂政办发〔2025〕38号" in [h["doc_number"] for h in emergency]
    assert search(con, "外资", since="2026-01-01") == []
    assert con.execute("SELECT count(*) FROM search.doc").fetchone() == (30,)
    con.close()
    assert main(["search", "外资"]) == 0
    out = capsys.readouterr().out
    assert "鄂政办发〔2025〕44号" in out and "https://www.hubei.gov.cn/" in out


def test_index_is_updated_incrementally(env: Path, replay: Any) -> None:
    pipeline.run("notices_hubei", "a")
    pipeline.run("notices_hubei", "b")  # nothing changed: nothing reindexed, nothing duplicated
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM search.doc").fetchone() == (30,)
    assert con.execute("SELECT count(*) FROM (SELECT term, notice_id FROM search.posting GROUP BY ALL "
                       "HAVING count(*) > 1)").fetchone() == (0,)
