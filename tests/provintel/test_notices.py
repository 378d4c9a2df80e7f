"""The five portals through extract and load: metadata, quirks, lifecycle (revised, withdrawn)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import warehouse
from provintel import pipeline
from replay.server import Corpus
from warehouse.search import search


def test_all_five_portals_with_their_quirks(env: Path, replay: Any) -> None:
    for p in ("hubei", "hunan", "shanxi", "jiangxi", "henan"):
        s = pipeline.run(f"notices_{p}", "a")
        assert s.status == "success", (p, s.reason)
    con = warehouse.connect()
    counts = dict(con.execute("SELECT province, count(*) FROM core.notice GROUP BY 1").fetchall())
    assert counts == {"hubei": 30, "hunan": 30, "shanxi": 30, "jiangxi": 30, "henan": 30}
    # every notice has a canonical 文号, an issuer and both dates
    assert con.execute("""SELECT count(*) FROM core.notice WHERE doc_number IS NULL OR issuer IS NULL
                          OR issued_date IS NULL OR published_date IS NULL""").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM core.notice WHERE doc_number NOT SIMILAR TO "
                       "'[^〔〕\\[\\]（）]+(〔[0-9]{4}〕[0-9]+号|第[0-9]+号)'").fetchone() == (0,)
    # hunan: the 文号 came from the list's document.write script, stray space removed
    (hunan,) = con.execute("SELECT doc_number FROM core.notice WHERE province='hunan' ORDER BY published_date DESC "
                           "LIMIT 1").fetchone()
    assert hunan == "湘政办发〔2025〕60号"
    # hunan: validity from the list's 状态 column (its detail pages do not say)
    assert con.execute("SELECT count(*) FROM core.notice WHERE province='hunan' AND validity = '有效'").fetchone() == (30,)
    # henan: <em> highlight tags never reach titles; jiangxi: attachments found under /module/download
    assert con.execute("SELECT count(*) FROM core.notice WHERE title LIKE '%<em>%'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM core.notice WHERE province='jiangxi' AND attachments LIKE "
                       "'%/module/download/%'").fetchone() == (30,)
    # attachments are fetched into the raw archive, under their hash
    import json

    from common.settings import settings

    (att,) = json.loads(con.execute("SELECT attachments FROM core.notice WHERE province='jiangxi' LIMIT 1").fetchone()[0])
    assert att["content_type"] == "application/pdf" and att["size"] > 0
    stored = settings().raw_dir / "objects" / att["sha256"][:2] / att["sha256"]
    assert stored.read_bytes().startswith(b"%PDF")
    # tags and Hong Kong relevance
    assert con.execute("SELECT count(*) FROM core.notice WHERE hk_relevant").fetchone()[0] >= 10
    assert con.execute("SELECT count(*) FROM core.notice WHERE title_hant LIKE '%關於%'").fetchone()[0] > 100
    assert search(con, "外资")


def test_revised_and_withdrawn_notices(env: Path, replay: Any) -> None:
    for p in ("hunan", "shanxi"):
        pipeline.run(f"notices_{p}", "a")
    with warehouse.connect() as con:
        first_texts = dict(con.execute("SELECT notice_id, body_text FROM core.notice").fetchall())
    replay.corpus = Corpus.load(scenarios=["notices_changed"])
    for p in ("hunan", "shanxi"):
        s = pipeline.run(f"notices_{p}", "b")
        assert s.status == "success", (p, s.reason)
    con = warehouse.connect()
    events = con.execute("SELECT n.province, e.event FROM core.notice_event e JOIN core.notice n USING (notice_id) "
                         "WHERE e.load_id LIKE '%__b'").fetchall()
    assert sorted(events) == [("hunan", "withdrawn"), ("shanxi", "revised")]
    # withdrawn: kept, marked, out of search
    (title, withdrawn_at) = con.execute("SELECT title, withdrawn_at FROM core.notice WHERE withdrawn_at IS NOT NULL"
                                        ).fetchone()
    assert withdrawn_at is not None and title not in [h["title"] for h in search(con, "外资", province="hunan")]
    # revised: a new version; validity has a history
    history = con.execute("""SELECT v.version, v.validity FROM core.notice_version v JOIN core.notice n USING (notice_id)
                             WHERE n.province = 'shanxi' AND n.version = 2 ORDER BY v.version""").fetchall()
    assert history == [(1, "有效"), (2, "失效")]
    # …and the revision says so: a digest shows a plan no longer in force, not only "version 2"
    (detail,) = con.execute("SELECT detail FROM core.notice_event WHERE event = 'revised'").fetchone()
    assert detail == "version 2; 有效性 validity: 有效 → 失效"
    # each text stored once: the superseded version keeps the text it had, the current one is core.notice's
    (revised, old_text) = con.execute("""SELECT notice_id, v.body_text FROM core.notice_version v
                                         JOIN core.notice n USING (notice_id)
                                         WHERE n.province = 'shanxi' AND n.version = 2 AND v.version = 1""").fetchone()
    assert old_text == first_texts[revised]
    assert con.execute("""SELECT count(*) FROM core.notice_version v JOIN core.notice n USING (notice_id)
                          WHERE v.version = n.version AND v.body_text IS NOT NULL""").fetchone() == (0,)


def test_import_pages_saved_from_a_browser(env: Path, tmp_path: Path, capsys: Any) -> None:
    from provintel.cli import main
    from tests.conftest import CORPUS

    saved = tmp_path / "saved"
    saved.mkdir()
    page = CORPUS / "files" / "www.hubei.gov.cn" / "zfwj" / "ezbf" / "202512" / "t20251226_5842830.shtml"
    url = "https://www.hubei.gov.cn/zfwj/ezbf/202512/t20251226_5842830.shtml"
    (saved / "a.html").write_bytes(f"<!-- saved from url=({len(url):04d}){url} -->\n".encode() + page.read_bytes())
    (saved / "no_url.html").write_bytes(page.read_bytes())  # nothing says where it came from
    assert main(["import-pages", str(saved), "--province", "hubei"]) == 1  # one page quarantined: shown
    con = warehouse.connect()
    assert con.execute("SELECT source_url, provenance, doc_number FROM core.notice").fetchall() == [
        (url, "manual_import", "鄂政办发〔2025〕44号")]
    assert con.execute("SELECT count(*) FROM quarantine.page WHERE reason LIKE '%no source URL%'").fetchone() == (1,)
    assert capsys.readouterr().out


def test_status_does_not_count_a_withdrawal_as_a_failed_fetch(env: Path, replay: Any, capsys: Any) -> None:
    import json

    from provintel.cli import main

    pipeline.run("notices_hunan", "a")
    replay.corpus = Corpus.load(scenarios=["notices_changed"])
    pipeline.run("notices_hunan", "b")
    main(["status", "--format", "json"])
    row = next(r for r in json.loads(capsys.readouterr().out) if r["source"] == "notices_hunan")
    assert row["outcome"] == "success" and row["blocked_fetches"] == 0


def test_incremental_walk_stops_at_known_items_and_since_backfills(env: Path, replay: Any) -> None:
    from provintel.cli import main

    pipeline.run("notices_shanxi", "a")
    lists = "/zfxxgk/zfxxgkzl/fdzdgknr/lzyj/szfwj/index"
    assert len(replay.requests_to("www.shanxi.gov.cn", lists)) == 3  # first run: all three list pages
    replay.reset()
    pipeline.run("notices_shanxi", "b")
    assert len(replay.requests_to("www.shanxi.gov.cn", lists)) == 1  # page 1 is all known: stop
    replay.reset()
    assert main(["run", "notices_shanxi", "--since", "2025-05-01"]) == 0
    assert len(replay.requests_to("www.shanxi.gov.cn", lists)) == 3  # backfill walks back to May


def test_items_inside_the_look_back_window_keep_the_walk_going(env: Path, replay: Any,
                                                               monkeypatch: Any) -> None:
    pipeline.run("notices_shanxi", "a")
    replay.reset()
    monkeypatch.setenv("PROVINTEL_LOOKBACK_DAYS", "36500")  # every item counts as recent
    pipeline.run("notices_shanxi", "b")
    assert len(replay.requests_to("www.shanxi.gov.cn", "/zfxxgk/zfxxgkzl/fdzdgknr/lzyj/szfwj/index")) == 3


def test_a_withdrawn_notice_that_comes_back_has_reappeared(env: Path, replay: Any) -> None:
    pipeline.run("notices_hunan", "a")
    replay.corpus = Corpus.load(scenarios=["notices_changed"])
    pipeline.run("notices_hunan", "b")
    again = pipeline.run("notices_hunan", "c")  # still gone: no second withdrawal, no mass-withdrawal alarm
    assert again.status == "success"
    replay.corpus = Corpus.load()
    assert pipeline.run("notices_hunan", "d").status == "success"
    con = warehouse.connect()
    events = con.execute("SELECT e.event, e.load_id FROM core.notice_event e WHERE e.event IN ('withdrawn', 'reappeared') "
                         "ORDER BY e.event_at").fetchall()
    assert [e for e, _ in events] == ["withdrawn", "reappeared"] and events[1][1].endswith("__d")
    assert con.execute("SELECT count(*) FROM core.notice WHERE withdrawn_at IS NOT NULL").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM marts.notices_digest WHERE event = 'reappeared'").fetchone() == (1,)


def test_a_regenerated_page_rechecked_off_its_list_keeps_what_only_the_list_said(env: Path, replay: Any,
                                                                                 monkeypatch: Any) -> None:
    """Hunan prints the 文号 and the validity only in its list. A known page no list shows this run is asked again
    on its own; when its bytes changed (a CMS rebuild stamps every page), the list's values stay: no false revision
    taking the 文号 away."""
    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", "1")  # every known page no list shows is asked again
    assert pipeline.run("notices_hunan", "a").status == "success"
    for route in replay.corpus.routes:
        if route.host == "www.hunan.gov.cn" and "/t20" in route.path:
            route.body += b"<!-- rebuilt -->"
    replay.reset()
    assert pipeline.run("notices_hunan", "b").status == "success"
    assert replay.requests_to("www.hunan.gov.cn")  # pages were asked again
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM core.notice_event WHERE event = 'revised'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM core.notice WHERE doc_number IS NULL OR validity IS NULL"
                       ).fetchone() == (0,)


def test_a_page_that_prints_no_publication_date_takes_its_lists(env: Path, replay: Any, monkeypatch: Any) -> None:
    """A detail page without 发布日期 or PubDate is dated by the list it was found in (what the portal shows beside its
    link), and keeps that date when it is later asked again off its list."""
    import re

    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", "1")
    url_path = "/zfwj/ezbf/202512/t20251215_5831177.shtml"
    route = next(r for r in replay.corpus.routes if r.host == "www.hubei.gov.cn" and r.path == url_path)
    page = route.body.decode("gb2312")
    page = re.sub(r'<meta name="PubDate"[^>]*>', "", page)
    page = re.sub(r"<div[^>]*><strong>发布日期：</strong>[^<]*</div>", "", page)
    assert "发布日期" not in page and "PubDate" not in page
    route.body = page.encode("gb2312")
    assert pipeline.run("notices_hubei", "a").status == "success"
    con = warehouse.connect()
    sql = "SELECT published_date::VARCHAR, issued_date::VARCHAR FROM core.notice WHERE source_url LIKE ?"
    assert con.execute(sql, [f"%{url_path}"]).fetchone() == ("2025-12-15", "2025-12-10")
    con.close()
    route.body += b"<!-- rebuilt -->"
    for r in replay.corpus.routes:
        if r.host == "www.hubei.gov.cn" and r.path.endswith("/index.shtml"):
            r.body = re.sub(rb"<li><a href=\"./202512/t20251215_5831177[^\n]*</li>", b"", r.body)  # asked on its own
    assert pipeline.run("notices_hubei", "b").status == "success"
    con = warehouse.connect()
    assert con.execute(sql, [f"%{url_path}"]).fetchone() == ("2025-12-15", "2025-12-10")
    assert con.execute("SELECT count(*) FROM core.notice_event WHERE event = 'revised'").fetchone() == (0,)
