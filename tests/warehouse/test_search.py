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


def test_traditional_queries_fold_to_simplified_and_synonyms_widen() -> None:
    from warehouse.search import query_terms

    assert query_terms("外資") == {**query_terms("外资")} and query_terms("外资")["外资"] == 1.0
    assert "营商" in query_terms("營商環境")
    widened = query_terms("香港")
    assert widened["香港"] == 1.0 and widened["粤港澳"] == widened["港澳"] == 0.5
    assert "投资" not in query_terms("外资") and "企业" not in query_terms("外资")  # no generic fragments


def test_search_in_traditional_finds_the_simplified_notices(env: Path, replay: Any) -> None:
    pipeline.run("notices_hubei", "a")
    con = warehouse.connect()
    assert [h["title"] for h in search(con, "外資")] == [h["title"] for h in search(con, "外资")] != []
    hk = search(con, "香港", limit=100)
    gba = [h for h in hk if "粤港澳大湾区" in h["title"]]
    assert gba and all("香港" not in h["matched"] for h in gba)  # found through 港澳/粤港澳, not the word itself
    assert {h["title"] for h in hk} >= {h["title"] for h in search(con, "香港", limit=100) if "香港" in h["matched"]}
