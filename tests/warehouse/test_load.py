"""Write, audit, publish on small batches in a fresh warehouse per test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import warehouse
from common.contracts import BatchFailed
from common.settings import settings
from provintel.pipeline import load
from warehouse.db import KEEP_SNAPSHOTS, paths, publish, writer

NOW = "2026-11-20T00:00:00+00:00"


def obs(region: str, indicator: str, value: float | None, period: str = "2024", measure: str = "level",
        unit: str = "CNY") -> dict[str, Any]:
    return {"source": "nbs", "region": region, "indicator": indicator, "measure": measure, "period": period,
            "cumulative": False, "value": value, "unit": unit, "preliminary": False, "source_text": "t",
            "source_url": "https://data.stats.gov.cn/x", "fetched_at": NOW, "raw_sha256": "ab" * 32}


def gdp(region: str, total: float, parts: tuple[float, float, float], period: str = "2024") -> list[dict[str, Any]]:
    return [obs(region, "gdp", total, period), obs(region, "gdp_primary", parts[0], period),
            obs(region, "gdp_secondary", parts[1], period), obs(region, "gdp_tertiary", parts[2], period)]


def batch(home: Path, load_id: str, records: list[dict[str, Any]], *, kind: str = "observations",
          source: str = "nbs", failures: list[dict[str, Any]] | None = None, changed: int | None = None) -> Path:
    d = home / "batches" / load_id
    d.mkdir(parents=True)
    (d / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    (d / "manifest.json").write_text(json.dumps({
        "load_id": load_id, "source": source, "kind": kind, "records": len(records),
        "changed_pages": len(records) if changed is None else changed, "failures": failures or [],
        "fetches": [{"url": "https://data.stats.gov.cn/x", "method": "POST", "outcome": "ok", "status": 200,
                     "fetched_at": NOW, "attempts": 1, "sha256": "ab" * 32, "error": None}]}))
    return d


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path))
    return tmp_path


HUBEI = gdp("hubei", 60012.97e8, (5462.18e8, 21573.76e8, 32977.03e8))


def test_good_batch_reaches_core_and_marts(home: Path) -> None:
    s = load(batch(home, "b1", HUBEI))
    assert s.status == "success" and s.rows_loaded == 4
    con = warehouse.connect()
    assert con.execute("SELECT gdp_cny FROM marts.regional_gdp WHERE region='hubei'").fetchone() == (6001297000000.0,)
    assert con.execute("SELECT count(*) FROM staging.observation").fetchone() == (0,)
    (row,) = con.execute("SELECT source_url, fetched_at IS NOT NULL, raw_sha256, load_id FROM core.observation "
                         "LIMIT 1").fetchall()
    assert row[0].startswith("https://") and row[1] and row[2] and row[3] == "b1"
    assert con.execute("SELECT status, rows_loaded FROM meta.load_log").fetchall() == [("success", 4)]
    assert con.execute("SELECT bool_and(success), sum(evaluated) > 10 FROM meta.validation_result").fetchone() == (True, True)
    assert (settings().docs_dir / "index.html").exists()


def test_failing_batch_is_quarantined_never_in_core(home: Path) -> None:
    bad = gdp("hubei", 60012.97e8, (5462.18e8, 2157.376e8, 32977.03e8))  # a decimal slip
    s = load(batch(home, "bad", bad))
    assert s.status == "quarantined" and "sector_gap_pct" in (s.reason or "")
    with pytest.raises(BatchFailed):
        s.raise_for_failures()
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM core.observation").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM staging.observation").fetchone() == (0,)
    q = con.execute("SELECT load_id, rows, reason, rows_json FROM quarantine.batch").fetchone()
    assert q is not None and q[0] == "bad" and q[1] == 4
    assert json.loads(q[3]) == bad  # every row kept, as the batch had it
    assert con.execute("SELECT success FROM meta.validation_result WHERE suite='gdp_identity'").fetchone() == (False,)


@pytest.mark.parametrize("records,reason", [
    ([obs("hubei", "gdp", 0.0)], "level_value"),                      # a zero where the source gave none
    ([obs("hubei", "gdp", 1e12, period="2031")], "period_start"),      # a period in the future
    ([obs("hubei", "gdp", 1e12, period="2024年")], "period"),
    ([obs("hubei", "gdp", 1e12, period="２０９９")], "period"),       # full-width digits: never a year
    ([obs("hubei", "gdp", 88.0, measure="yoy_pct", unit="pct")], "growth"),
    ([obs("hubei", "nev_output", -120.0, measure="yoy_pct", unit="pct")], "growth_any"),
    ([obs("hubei", "population_resident", 58340.0, unit="persons")], "population_wan"),
    ([obs("hubei", "population_resident", 97850000.0, unit="persons")], "population_in_range"),  # Henan's, on Hubei
    ([obs("hubei", "gdp", 1e12, unit="persons")], "unit_matches_catalogue"),
    ([obs("macau", "gdp", 1e12)], "region"),
    ([obs("hubei", "gdp", 1e12, unit="亿元")], "unit"),
    ([obs("hubei", "gdp", 1e12), obs("hubei", "gdp", 2e12)], "compound_columns"),
])
def test_validation_fails_closed(home: Path, records: list[dict[str, Any]], reason: str) -> None:
    s = load(batch(home, "x", records))
    assert s.status == "quarantined" and reason in (s.reason or ""), s.reason
    assert warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone() == (0,)


def test_a_true_extreme_quarter_loads(home: Path) -> None:
    # Hubei's GDP in the first quarters of 2020 and 2021, as published: news, not a misreading
    s = load(batch(home, "q", [obs("hubei", "gdp", -39.2, period="2020-Q1", measure="yoy_pct", unit="pct"),
                               obs("hubei", "gdp_secondary", -48.2, period="2020-Q1", measure="yoy_pct", unit="pct"),
                               obs("hubei", "gdp", 58.3, period="2021-Q1", measure="yoy_pct", unit="pct")]))
    assert s.status == "success" and s.rows_loaded == 3, s.reason


def test_empty_batch_from_changed_pages_is_quarantined(home: Path) -> None:
    s = load(batch(home, "empty", [], changed=3))
    assert s.status == "quarantined" and "row_count" in (s.reason or "")


def test_nothing_changed_is_not_a_failure_and_publishes_nothing(home: Path) -> None:
    from warehouse.db import current_snapshot

    first = load(batch(home, "first", HUBEI))
    snapshots = sorted((home / "warehouse" / "snapshots").glob("*.duckdb"))
    s = load(batch(home, "same", [], changed=0))
    assert s.status == "no_change" and s.rows_loaded == 0
    s.raise_for_failures()
    # no marts rebuild, no new snapshot; the run is still on record for `provintel status`
    assert s.snapshot is None and current_snapshot().name == first.snapshot
    assert sorted((home / "warehouse" / "snapshots").glob("*.duckdb")) == snapshots
    runs = [json.loads(line) for line in (home / "warehouse" / "runs.jsonl").read_text().splitlines()]
    assert [(r["load_id"], r["status"]) for r in runs][-1] == (s.load_id, "no_change")
    # the file keeps the loads no snapshot held before the latest publish: readers opening either find
    # each load in the snapshot or in the file, and the file does not grow with the warehouse's age
    for n in range(3):
        assert load(batch(home, f"later{n}", HUBEI[:1])).snapshot is not None
    runs = [json.loads(line)["load_id"] for line in (home / "warehouse" / "runs.jsonl").read_text().splitlines()]
    assert runs == ["later2"]


def test_a_run_publishes_once_after_its_loads(home: Path) -> None:
    from common.contracts import BatchFailed
    from provintel.pipeline import publish_run
    from warehouse.db import current_snapshot

    load(batch(home, "first", HUBEI))
    before = current_snapshot().name
    # a DAG run's loads (load ids `<source>__<run id>`) commit without publishing
    a = load(batch(home, "nbs__r1", gdp("hunan", 53231.0e8, (4899.7e8, 19534.6e8, 28796.7e8))), publish=False)
    b = load(batch(home, "communiques_hunan__r1", gdp("hunan", 50012.85e8, (4621.28e8, 18822.81e8, 26568.76e8),
                                                       "2023"), source="communiques_hunan"), publish=False)
    assert a.status == b.status == "success" and a.snapshot is b.snapshot is None
    assert current_snapshot().name == before
    with pytest.raises(BatchFailed, match="notices_hunan: not loaded"):
        # a source whose extract failed (no load) fails the run, after the others' figures are published
        publish_run(["nbs", "communiques_hunan", "notices_hunan"], "r1")
    published = current_snapshot().name
    assert published != before
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM marts.province_panel WHERE region = 'hunan'").fetchone()[0] > 0
    con.close()
    assert publish_run(["nbs", "communiques_hunan"], "r1") is None  # nothing more to publish, all good
    assert current_snapshot().name == published


def test_a_first_batch_with_nothing_in_it_is_quarantined(home: Path) -> None:
    s = load(batch(home, "same", [], changed=0))
    assert s.status == "quarantined" and "found nothing" in (s.reason or "")


def test_batch_checked_in_context_of_core(home: Path) -> None:
    load(batch(home, "b1", HUBEI))
    slip = [obs("hubei", "gdp_secondary", 2157.376e8)]  # alone it passes; over core it breaks the sum
    s = load(batch(home, "b2", slip))
    assert s.status == "quarantined"


def test_revision_keeps_history(home: Path) -> None:
    load(batch(home, "b1", HUBEI))
    revised = gdp("hubei", 60013.97e8, (5463.18e8, 21573.76e8, 32977.03e8))
    s = load(batch(home, "b2", revised))
    assert s.status == "success" and s.rows_loaded == 2
    con = warehouse.connect()
    rows = con.execute("SELECT value, realtime_end IS NULL FROM core.observation WHERE indicator='gdp' "
                       "ORDER BY realtime_start").fetchall()
    assert rows == [(6001297000000.0, False), (6001397000000.0, True)]


def test_retried_load_is_idempotent(home: Path) -> None:
    b = batch(home, "b1", HUBEI)
    first = load(b)
    again = load(b)
    assert again.status == first.status and again.load_id == first.load_id
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM core.observation").fetchone() == (4,)
    assert con.execute("SELECT count(*) FROM meta.load_log").fetchone() == (1,)


def test_page_failures_are_quarantined_and_the_rest_loads(home: Path) -> None:
    s = load(batch(home, "p", HUBEI, failures=[{"url": "https://x/1", "sha256": "cd" * 32,
                                                "reason": "parse_error: no body text"}]))
    assert s.status == "partial" and s.rows_loaded == 4
    with pytest.raises(BatchFailed):
        s.raise_for_failures()
    con = warehouse.connect()
    assert con.execute("SELECT url, reason FROM quarantine.page").fetchall() == [("https://x/1", "parse_error: no body text")]


def test_migrations_are_recorded_once(home: Path) -> None:
    with writer() as con:
        first = con.execute("SELECT version FROM meta.schema_version ORDER BY 1").fetchall()
    with writer() as con:
        assert con.execute("SELECT version FROM meta.schema_version ORDER BY 1").fetchall() == first \
            == [(v,) for v in range(1, 11)]


def test_migration_007_keeps_each_notice_text_once(home: Path) -> None:
    """A warehouse from before 007 holds the current text twice: 007 leaves it in core.notice only and
    keeps the texts of superseded versions."""
    from warehouse.db import migrate

    with writer() as con:
        con.execute("""INSERT INTO core.notice (notice_id, province, title, body_text, content_hash, version,
                           source_url, fetched_at, raw_sha256, load_id, provenance, first_seen, last_changed)
                       VALUES ('n1', 'hubei', '标题', '第二版正文', 'h2', 2, 'https://x/1', now(), 'r', 'l2',
                               'crawl', now(), now())""")
        con.execute("""INSERT INTO core.notice_version (notice_id, version, content_hash, body_text, load_id,
                           raw_sha256, seen_at)
                       VALUES ('n1', 1, 'h1', '第一版正文', 'l1', 'r', now()),
                              ('n1', 2, 'h2', '第二版正文', 'l2', 'r', now())""")
        con.execute("DELETE FROM meta.schema_version WHERE version = 7")
        assert migrate(con) == [7]
        assert con.execute("SELECT version, body_text FROM core.notice_version ORDER BY version").fetchall() == [
            (1, "第一版正文"), (2, None)]


def test_a_deployed_tagger_tags_every_notice_again_on_the_next_publish(home: Path) -> None:
    """Notices tagged by an older tagger (a budget report in the emergency feed for one 应急 in its text) are
    tagged again from their stored title and text when a deploy changes the tagger; once."""
    from warehouse.load import publish_pending

    report = "受市人民政府委托，现将预算执行情况报告如下。" + "全年收支平衡。" * 300 + "做好应急管理工作。"
    with writer() as con:
        con.execute("""INSERT INTO core.notice (notice_id, province, title, body_text, content_hash, version,
                           source_url, fetched_at, raw_sha256, load_id, provenance, first_seen, last_changed,
                           topics, topic_terms, hk_relevant)
                       VALUES ('n1', 'hubei', '关于2024年预算执行情况的报告', ?, 'h', 1, 'https://x/1', now(), 'r',
                               'l', 'crawl', now(), now(), '["emergency_public_safety"]',
                               '{"emergency_public_safety": ["应急"]}', false),
                              ('n2', 'hubei', '湖北省防汛抗旱指挥部关于启动防汛IV级应急响应的通知', '各地要做好防汛工作。', 'h',
                               1, 'https://x/2', now(), 'r', 'l', 'crawl', now(), now(), '[]', '{}', false)""",
                    [report])
        con.execute("INSERT INTO meta.tagger VALUES ('an older tagger', now(), 2, 0)")
        assert publish_pending(con, settings(), "deploy") is not None
        assert con.execute("SELECT notice_id, topics FROM core.notice ORDER BY 1").fetchall() == [
            ("n1", "[]"), ("n2", '["emergency_public_safety"]')]
        assert con.execute("SELECT notices, changed FROM meta.tagger ORDER BY tagged_at DESC LIMIT 1").fetchone() \
            == (2, 2)
        publish_pending(con, settings(), "again")
        assert con.execute("SELECT count(*) FROM meta.tagger").fetchone() == (2,)
    assert warehouse.connect().execute("SELECT notice_id FROM marts.emergency_notices").fetchall() == [("n2",)]


def test_a_notices_batch_parsed_before_a_tagger_deploy_loads_with_the_deployed_tags(home: Path) -> None:
    import hashlib

    title = "关于做好近期强降雨防范工作的通知"
    body = "各市、州、县人民政府：据气象部门预报，我省将出现强降雨过程，请做好排涝和人员转移工作。\n湖北省人民政府办公厅\n2024年7月4日"
    rec = {"notice_id": "n1", "province": "hubei", "title": title, "doc_number": None, "doc_prefix": None,
           "doc_year": None, "doc_serial": None, "issuer": "湖北省人民政府办公厅", "doc_type": "通知",
           "issued_date": "2024-07-04", "published_date": "2024-07-04", "index_number": None, "validity": None,
           "column_name": None, "body_text": body, "attachments": "[]", "provenance": "crawl", "source": "notices_hubei",
           "source_url": "https://www.hubei.gov.cn/zfwj/ezbf/202407/t20240704_1.shtml", "fetched_at": NOW,
           "raw_sha256": "ab" * 32, "topics": "[]", "topic_terms": "{}", "hk_relevant": False, "title_hant": title,
           "content_hash": hashlib.sha256(body.encode()).hexdigest()}  # (tagged by an older tagger: no topic)
    from warehouse.load import record_tagger

    with writer() as con:
        record_tagger(con)  # (the deploy's publish has tagged what was stored already)
    s = load(batch(home, "old", [rec], kind="notices", source="notices_hubei"))
    assert s.status == "success", s.reason
    con = warehouse.connect()
    assert con.execute("SELECT topics FROM core.notice").fetchall() == [('["emergency_public_safety"]',)]
    assert con.execute("SELECT notice_id FROM marts.emergency_notices").fetchall() == [("n1",)]


def test_migration_008_numbers_the_documents_postings_name(home: Path) -> None:
    """Postings from before 008 named their notice by its id: 008 numbers the documents and keeps
    every posting, in term order."""
    from warehouse.db import migrate

    with writer() as con:
        con.execute("DROP TABLE search.posting")
        con.execute("DROP TABLE search.doc")
        con.execute("CREATE TABLE search.doc (notice_id VARCHAR PRIMARY KEY, length INTEGER NOT NULL)")
        con.execute("CREATE TABLE search.posting (term VARCHAR NOT NULL, notice_id VARCHAR NOT NULL, tf INTEGER)")
        con.execute("INSERT INTO search.doc VALUES ('b', 3), ('a', 2)")
        con.execute("INSERT INTO search.posting VALUES ('香港', 'b', 2), ('外资', 'b', 1), ('香港', 'a', 2)")
        con.execute("DELETE FROM meta.schema_version WHERE version = 8")
        assert migrate(con) == [8]
        assert con.execute("SELECT term, notice_id, tf FROM search.posting JOIN search.doc USING (doc) "
                           "ORDER BY posting.rowid").fetchall() == [("外资", "b", 1), ("香港", "a", 2), ("香港", "b", 2)]
        assert con.execute("SELECT doc, notice_id, length FROM search.doc ORDER BY doc").fetchall() == [
            (1, "a", 2), (2, "b", 3)]


def test_snapshots_are_checkpointed_and_only_seven_kept(home: Path) -> None:
    with writer() as con:
        for _ in range(KEEP_SNAPSHOTS + 3):
            publish(con)
    _, snaps, current = paths()
    files = sorted(snaps.glob("warehouse-*.duckdb"))
    assert len(files) == KEEP_SNAPSHOTS and not list(snaps.glob("*.wal")) and not list(snaps.glob(".*tmp"))
    assert current.read_text().strip() == files[-1].name


def test_connect_is_read_only_and_works_while_the_writer_holds_the_live_file(home: Path) -> None:
    load(batch(home, "b1", HUBEI))
    with writer():
        con = warehouse.connect()
        assert con.execute("SELECT count(*) FROM core.observation").fetchone() == (4,)
        with pytest.raises(Exception, match="read-only"):
            con.execute("DELETE FROM core.observation")


def test_a_product_output_that_doubles_is_not_a_bad_batch(home: Path) -> None:
    s = load(batch(home, "b1", HUBEI + [obs("hubei", "nev_output", 120.0, measure="yoy_pct", unit="pct")]))
    assert s.status == "success"


def test_a_deploy_that_changes_the_marts_publishes_without_a_changing_load(home: Path, capsys: Any,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.load as wl
    from provintel.cli import main
    from warehouse.db import current_snapshot

    first = load(batch(home, "first", HUBEI))
    assert main(["publish"]) == 0  # same build, nothing loaded: nothing to do
    assert "nothing to publish" in capsys.readouterr().out and current_snapshot().name == first.snapshot
    monkeypatch.setattr(wl, "build_fingerprint", lambda: "a new transform")
    assert main(["publish"]) == 0  # what an operator runs after a deploy
    snapshot = current_snapshot()
    assert f"published {snapshot.name}" in capsys.readouterr().out and snapshot.name != first.snapshot
    con = warehouse.connect()
    assert con.execute("SELECT fingerprint FROM meta.build ORDER BY built_at DESC LIMIT 1").fetchone() == \
        ("a new transform",)
    con.close()


def test_briefing_checks_see_loads_that_published_nothing(home: Path) -> None:
    from warehouse.queries import last_good_with_runs, latest_with_runs, recorded_runs

    first = load(batch(home, "first", HUBEI))
    load(batch(home, "bad", [obs("hubei", "gdp", -1.0)]))  # quarantined: published
    quiet = load(batch(home, "quiet", [], changed=0))  # recovers with no change: not published
    (home / "warehouse" / "runs.jsonl").open("a").write('{"load_id": "cut sh')  # a line a crash cut short
    con = warehouse.connect()
    assert [r["load_id"] for r in recorded_runs(con)] == [quiet.load_id]
    assert latest_with_runs(con, ("nb%",)) == [("nbs", "no_change", None)]  # the brief is not blocked
    (source, when), = last_good_with_runs(con, ("nbs",))
    assert source == "nbs" and when == recorded_runs(con)[0]["finished_at"]  # a quiet day is not stale
    assert first.snapshot is not None
    con.close()


def test_snapshots_are_kept_within_the_disk_budget(home: Path, monkeypatch: Any, capsys: Any) -> None:
    from provintel.cli import main
    from warehouse.db import pin, storage

    with writer() as con:
        con.execute("CREATE TABLE meta.ballast AS SELECT range AS i, md5(range::VARCHAR) AS h FROM range(200000)")
        first = publish(con)
        pin(first, "weekly-2026-48")  # a briefing release refers to it: it stays whatever the budget
        for _ in range(3):
            previous = publish(con)
    _, snaps, current = paths()
    size = first.stat().st_size
    assert storage().snapshots == 4 and storage().snapshot_bytes >= 4 * size
    monkeypatch.setenv("PROVINTEL_SNAPSHOT_BUDGET_GB", str(2.5 * size / 1024**3))
    with writer() as con:
        newest = publish(con)
    files = sorted(snaps.glob("warehouse-*.duckdb"))
    # the pinned one, the one readers had until now and the newest stay; the other two went
    assert files == [first, previous, newest] and current.read_text().strip() == newest.name
    used = storage()
    assert (used.snapshots, used.pinned) == (3, 1) and used.budget_bytes < 3 * size
    main(["status"])
    assert f"3 snapshots {used.snapshot_bytes / 1024**3:.2f} GB (1 pinned by briefings" in capsys.readouterr().out


def test_compact_gives_back_the_room_freed_rows_left_and_keeps_everything(home: Path, capsys: Any) -> None:
    """A warehouse from before 007 held each text twice: after 007 frees one copy the file keeps its
    size (DuckDB never shrinks a file, and each snapshot copies all of it) until `provintel compact`."""
    from provintel.cli import main
    from warehouse.db import current_snapshot, paths

    load(batch(home, "first", HUBEI))
    with writer() as con:
        con.execute("""INSERT INTO core.notice_version (notice_id, version, content_hash, body_text, load_id,
                           raw_sha256, seen_at)
                       SELECT 'n' || i, 1, 'h', repeat(md5(i::VARCHAR), 100), 'old', 'r', now() FROM range(20000) r(i)""")
        con.execute("CHECKPOINT")
        con.execute("UPDATE core.notice_version SET body_text = NULL")
        con.execute("CHECKPOINT")
        tables = con.execute("SELECT schema_name, table_name, estimated_size FROM duckdb_tables() ORDER BY ALL").fetchall()
        keys = con.execute("SELECT count(*) FROM duckdb_constraints()").fetchone()
        comments = con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL").fetchone()
    live = paths()[0]
    before = live.stat().st_size
    assert main(["compact"]) == 0
    assert "live file rewritten" in capsys.readouterr().out
    assert live.stat().st_size < before / 2
    with writer() as con:  # the same tables, rows, keys and descriptions
        assert con.execute("SELECT schema_name, table_name, estimated_size FROM duckdb_tables() "
                           "ORDER BY ALL").fetchall() == tables
        assert con.execute("SELECT count(*) FROM duckdb_constraints()").fetchone() == keys
        assert con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL").fetchone() == comments
        assert con.execute("SELECT count(*) FROM core.notice_version WHERE body_text IS NULL").fetchone() == (20000,)
    assert current_snapshot().stat().st_size == live.stat().st_size  # readers get the smaller file
    assert load(batch(home, "after", gdp("hunan", 53231.0e8, (4899.7e8, 19534.6e8, 28796.7e8)))).status == "success"


def test_a_rewrite_that_does_not_match_the_live_file_is_thrown_away(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from common.settings import settings
    from warehouse import db
    from warehouse.load import compact_live

    load(batch(home, "first", HUBEI))
    live = db.paths()[0]
    before = live.read_bytes()
    snapshot = db.current_snapshot()
    real = db._same_contents

    def one_row_short(con: Any, original: str, copy: str) -> None:
        con.execute(f'DELETE FROM "{copy}".core.observation WHERE rowid = (SELECT min(rowid) FROM '
                    f'"{copy}".core.observation)')
        real(con, original, copy)

    monkeypatch.setattr(db, "_same_contents", one_row_short)
    with pytest.raises(RuntimeError, match="core.observation holds"):
        compact_live(settings())
    assert live.read_bytes() == before and db.current_snapshot() == snapshot
    assert not list(live.parent.glob(".rewrite*"))
