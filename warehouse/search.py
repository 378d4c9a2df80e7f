"""Chinese full-text search inside the warehouse: a jieba-segmented inverted index with BM25.

DuckDB's fts extension cannot be downloaded here and splits on whitespace only, so the index is
two plain tables (search.doc, search.posting) kept up to date by each notices load. Postings are
kept in term order without a key, so a query reads only the row groups holding its terms.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from common.sqlfiles import named

log = logging.getLogger(__name__)
SQL = Path(__file__).with_name("sql") / "search_bm25.sql"
SYNONYMS = Path(__file__).with_name("synonyms.json")
SYNONYM_WEIGHT = 0.5
TITLE_WEIGHT = 3  # a term in the title counts as three in the body
REINDEX_CHUNK = 2000  # notices segmented per bulk insert: bounds memory when a whole corpus is reindexed
# postings appended out of term order are re-sorted at publish once they pass both bounds: each
# unsorted row group is read by every query, a sort of 80M postings takes tens of seconds
COMPACT_MIN_ROWS = 1_000_000
COMPACT_SHARE = 0.02
# words every notice has: single characters never reach the index (see _WORD), so only words here
STOP = frozenset({"关于", "通知", "印发", "如下", "认真", "贯彻", "执行", "各地", "各部门", "有关", "现将"})
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]+|\d{2,}")


@cache
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def terms(text: str) -> list[str]:
    """Segment Chinese text for indexing and querying (search-engine mode: words and their parts)."""
    out = []
    for tok in _jieba().cut_for_search(text):
        tok = tok.strip().lower()
        if tok and tok not in STOP and _WORD.fullmatch(tok):
            out.append(tok)
    return out


def reindex(con: duckdb.DuckDBPyConnection, notice_ids: Iterable[str], chunk: int | None = None) -> int:
    """Rebuild the postings of these notices from core.notice (inside the caller's transaction).

    Notices are segmented `chunk` at a time, so memory stays bounded however many are reindexed;
    each chunk's postings go in with one bulk insert, in term order (executemany is a round trip a
    row: minutes for a few thousand notices)."""
    import pandas as pd

    ids = list(dict.fromkeys(notice_ids))
    chunk = chunk or REINDEX_CHUNK
    upkeep = named(SQL.with_name("search.sql"))
    done = 0
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        con.execute(upkeep["drop_postings"], [part])
        con.execute(upkeep["drop_docs"], [part])
        docs: list[tuple[str, int]] = []
        postings: list[tuple[str, str, int]] = []
        for notice_id, title, body in con.execute(upkeep["notices"], [part]).fetchall():
            counts = Counter(terms(title) * TITLE_WEIGHT + terms(body or ""))
            docs.append((notice_id, sum(counts.values())))
            postings.extend((term, notice_id, tf) for term, tf in counts.items())
        if docs:
            con.register("new_docs", pd.DataFrame(docs, columns=["notice_id", "length"]))
            con.execute(upkeep["add_docs"])
            con.unregister("new_docs")
        if postings:
            con.register("new_postings", pd.DataFrame(postings, columns=["term", "notice_id", "tf"]))
            con.execute(upkeep["add_postings"])
            con.unregister("new_postings")
            con.execute(upkeep["count_unsorted"], [len(postings)])
        done += len(docs)
    return done


def compact_due(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the postings appended since the last sort are enough to slow queries: more than
    COMPACT_MIN_ROWS and more than COMPACT_SHARE of the table."""
    unsorted, total = con.execute(named(SQL.with_name("search.sql"))["layout"]).fetchone()  # type: ignore[misc]
    return bool(unsorted > COMPACT_MIN_ROWS and unsorted > COMPACT_SHARE * total)


def compact(con: duckdb.DuckDBPyConnection) -> int:
    """Re-sort the postings by term (inside the caller's transaction); return the rows kept."""
    upkeep = named(SQL.with_name("search.sql"))
    for name in ("sorted_postings", "drop_posting_table", "rename_sorted_postings", "reset_layout"):
        con.execute(upkeep[name])
    rows = con.execute(upkeep["layout"]).fetchone()[1]  # type: ignore[index]
    log.info("search postings re-sorted by term: %s rows", rows)
    return int(rows)


@cache
def _to_simplified() -> Any:
    import opencc

    return opencc.OpenCC("hk2s")  # Hong Kong and Taiwan Traditional, as users in Hong Kong type it


@cache
def _synonyms() -> dict[str, list[str]]:
    doc = json.loads(SYNONYMS.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in doc["synonyms"].items()}


def query_terms(query: str) -> dict[str, float]:
    """A query's index terms with weights: folded to Simplified, segmented, synonyms at half weight."""
    weights: dict[str, float] = {}
    for term in terms(_to_simplified().convert(query)):
        weights[term] = 1.0
    for term in list(weights):
        for extra in _synonyms().get(term, []):
            # whole words of the synonym only: its fragments (投资, 企业, 行政) would match everything
            words = [w for w in _jieba().lcut(extra) if _WORD.fullmatch(w) and w not in STOP]
            for w in words if len(words) == 1 else [w for w in words if len(w) >= 3]:
                weights.setdefault(w.lower(), SYNONYM_WEIGHT)
    return weights


def search(con: duckdb.DuckDBPyConnection, query: str, province: str | None = None, topic: str | None = None,
           since: date | str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Rank notices for a Chinese query (Simplified or Traditional) by BM25; withdrawn notices are left out."""
    q = query_terms(query)
    if not q:
        return []
    cur = con.execute(SQL.read_text(), {"terms": list(q), "weights": list(q.values()), "province": province,
                                        "topic": topic, "since": str(since) if since else None, "limit": limit})
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
