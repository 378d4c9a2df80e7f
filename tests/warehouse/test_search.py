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
    assert con.execute("SELECT count(*) FROM (SELECT term, doc FROM search.posting GROUP BY ALL "
                       "HAVING count(*) > 1)").fetchone() == (0,)
    # every posting names a document, every document has postings
    assert con.execute("SELECT count(*) FROM search.posting ANTI JOIN search.doc USING (doc)").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM search.doc ANTI JOIN search.posting USING (doc)").fetchone() == (0,)


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


def _posting_scans(con: Any, query: str) -> list[tuple[int, int]]:
    """(row groups read, row groups in the table) for each scan of search.posting by the BM25 query."""
    import json

    from warehouse import search as s

    q = s.query_terms(query)
    plan = con.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + s.SQL.read_text(),
                       {"terms": list(q), "weights": list(q.values()), "province": None, "topic": None,
                        "since": None, "limit": 20}).fetchall()[0][1]
    found: list[tuple[int, int]] = []

    def walk(node: dict[str, Any]) -> None:
        if node.get("type") == "TABLE_SCAN" and node["extra_info"].get("Table", "").endswith('"search".posting'):
            found.append((node["row_groups_scanned"], node["total_row_groups_to_scan"]))
        for child in node.get("children", []):
            walk(child)

    for node in json.loads(plan)["operator"]:
        walk(node)
    return found


def test_query_reads_only_the_row_groups_of_its_terms(env: Path, monkeypatch: Any) -> None:
    from warehouse import search as s
    from warehouse.db import writer

    with writer() as con:
        # 1.2M postings of 5,000 terms appended out of term order (term cycles with the row number)
        con.execute("INSERT INTO search.posting SELECT 'w' || lpad((i % 5000)::VARCHAR, 4, '0'), "
                    "i // 5000, 1 + i % 3 FROM range(1200000) r(i)")
        con.execute("UPDATE search.layout SET unsorted_rows = 1200000")
        con.execute("INSERT INTO search.doc SELECT i, 'n' || i, 100 FROM range(240) r(i)")
        monkeypatch.setattr(s, "terms", lambda text: [text.lower()])  # the synthetic terms are not words
        before = _posting_scans(con, "w0042")
        assert before and all(read == total >= 9 for read, total in before)  # every row group, every time
        assert s.compact_due(con)
        assert s.compact(con) == 1200000
        after = _posting_scans(con, "w0042")
        assert len(after) == len(before) and all(read <= 2 and total >= 9 for read, total in after)
        assert not s.compact_due(con)
        assert con.execute("SELECT count(*) FROM search.posting WHERE term = 'w0042'").fetchone() == (240,)


def test_publish_re_sorts_postings_once_the_unsorted_tail_grows(env: Path, replay: Any, monkeypatch: Any) -> None:
    from warehouse import search as s

    monkeypatch.setattr(s, "COMPACT_MIN_ROWS", 10)
    monkeypatch.setattr(s, "REINDEX_CHUNK", 7)  # several bulk inserts for the 30 notices
    pipeline.run("notices_hubei", "a")
    con = warehouse.connect()
    assert con.execute("SELECT * FROM search.layout").fetchone() == (0,)  # sorted at publish
    out_of_order = con.execute("SELECT count(*) FROM (SELECT term < lag(term) OVER (ORDER BY rowid) AS down "
                               "FROM search.posting) WHERE down").fetchone()
    assert out_of_order == (0,) and con.execute("SELECT count(*) FROM search.doc").fetchone() == (30,)
    assert search(con, "外资")[0]["title"].endswith("稳外资若干措施的通知")
