"""Extract and load outside Airflow, through the same functions the DAG tasks call."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import warehouse
from provintel import pipeline
from replay.server import Corpus


def test_bad_page_is_quarantined_and_the_rest_loads(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["hubei_bad_page"])
    s = pipeline.run("notices_hubei", "x")
    assert s.status == "partial" and s.rows_loaded == 29 and s.pages_failed == 1
    con = warehouse.connect()
    (url, reason), = con.execute("SELECT url, reason FROM quarantine.page").fetchall()
    assert url.endswith("t20251226_5842830.shtml") and "no body text" in reason
    assert con.execute("SELECT count(*) FROM core.notice").fetchone() == (29,)


def test_blocked_portal_is_recorded_as_blocked_not_empty(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["hubei_blocked"])
    s = pipeline.run("notices_hubei", "x")
    assert s.status == "partial" and s.rows_loaded == 0 and s.pages_failed == 3
    con = warehouse.connect()
    assert con.execute("SELECT DISTINCT outcome, status FROM raw.fetch").fetchall() == [("blocked", 412)]


def test_source_changed_quarantines_the_batch(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["nbs_source_changed"])
    s = pipeline.run("nbs", "x")
    assert s.status == "quarantined" and "source_changed" in (s.reason or "")
    assert warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone() == (0,)


def test_batch_manifest_records_every_fetch(env: Path, replay: Any) -> None:
    batch = pipeline.extract("nbs", "m")
    manifest = json.loads((batch / "manifest.json").read_text())
    urls = [f["url"] for f in manifest["fetches"]]
    assert urls[0] == "https://data.stats.gov.cn/dg/website/page.html"  # the WAF warm-up comes first
    # annual, quarterly and monthly series: provinces one indicator at a time, the nation in one call
    assert sum(u.endswith("/stream/esData") for u in urls) == 12
    assert manifest["records"] == len((batch / "records.jsonl").read_text().splitlines()) > 0


def test_revision_in_the_source_becomes_a_new_vintage_and_back_again(env: Path, replay: Any) -> None:
    assert pipeline.run("nbs", "a").status == "success"
    replay.corpus = Corpus.load(scenarios=["nbs_revised"])
    s = pipeline.run("nbs", "b")
    assert s.status == "success" and s.rows_loaded == 2  # gdp and tertiary for Hubei 2023
    replay.corpus = Corpus.load()
    assert pipeline.run("nbs", "c").rows_loaded == 2  # the source went back: that is news too
    con = warehouse.connect()
    history = con.execute("""SELECT value / 1e8 FROM core.observation
                             WHERE region = 'hubei' AND indicator = 'gdp' AND period = '2023'
                             ORDER BY realtime_start""").fetchall()
    assert history == [(55803.63,), (56380.12,), (55803.63,)]


def test_every_registered_source_loads_from_the_replay(env: Path, replay: Any) -> None:
    from provintel.sources import registry

    for name in registry():
        s = pipeline.run(name, "all")
        assert s.status == "success" and s.rows_loaded > 0 and s.pages_failed == 0, (name, s)


def test_a_footnote_digit_glued_to_gdp_is_quarantined_and_the_rest_loads(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["release_footnote_digit"])
    s = pipeline.run("communiques_hunan", "x")
    assert s.status == "partial" and s.pages_failed == 1
    assert "implausible: gdp level 2024" in (s.reason or "")  # what provintel status shows
    con = warehouse.connect()
    (url, reason), = con.execute("SELECT url, reason FROM quarantine.page").fetchall()
    assert reason == ("implausible: gdp level 2024 = 2.53231e+13: sectors sum to 5.3231e+12, GDP stated "
                      "2.53231e+13 (more than 0.5% apart); the sectors agree with GDP per resident")
    loaded = {r[0] for r in con.execute("SELECT DISTINCT indicator FROM core.observation WHERE period = '2024' "
                                        "AND measure = 'level'").fetchall()}
    assert "gdp" not in loaded  # the misread total never reaches analysts; the sectors that disprove it do
    assert {"gdp_primary", "gdp_per_capita", "retail_sales", "population_resident"} <= loaded
    # the 2022 and 2023 communiqués are whole
    assert con.execute("SELECT count(DISTINCT period) FROM core.observation WHERE indicator = 'gdp' "
                       "AND measure = 'level'").fetchone() == (2,)


def test_a_city_communique_in_the_provincial_list_is_refused_with_its_reason(env: Path, replay: Any) -> None:
    replay.corpus = Corpus.load(scenarios=["release_city_in_list"])
    s = pipeline.run("communiques_hunan", "x")
    assert s.status == "partial" and s.pages_failed == 1
    con = warehouse.connect()
    (url, reason), = con.execute("SELECT url, reason FROM quarantine.page").fetchall()
    assert url.endswith("t20250410_9990001.html") and "sub-provincial release (长沙市)" in reason
    assert con.execute("SELECT count(DISTINCT period) FROM core.observation WHERE indicator = 'gdp' "
                       "AND region = 'hunan'").fetchone() == (3,)


def test_reparse_brings_a_parser_fix_to_history(env: Path, replay: Any) -> None:
    from warehouse.db import publish, writer

    assert pipeline.run("communiques_hunan", "a").status == "success"
    # what an older parser left behind: a wrong GDP level and a figure the page does not state
    with writer() as con:
        url = con.execute("SELECT source_url FROM core.observation WHERE indicator = 'gdp' AND measure = 'level' "
                          "AND period = '2024'").fetchone()[0]
        con.execute("UPDATE core.observation SET value = value * 10 WHERE indicator = 'gdp' AND measure = 'level' "
                    "AND period = '2024'")
        con.execute("""INSERT INTO core.observation BY NAME
                       SELECT * REPLACE ('industrial_export_delivery_value' AS indicator, 7.3 AS value)
                       FROM core.observation WHERE indicator = 'gdp' AND measure = 'yoy_pct' AND period = '2024'""")
        publish(con)
    before = warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone()[0]
    s = pipeline.load(pipeline.reparse("communiques_hunan"))
    assert s.status == "success" and s.rows_loaded == 1  # the GDP level, corrected; nothing else re-added
    con = warehouse.connect()
    assert con.execute("SELECT count(*) FROM core.observation").fetchone()[0] == before + 1
    current = dict(con.execute("""SELECT indicator || '/' || measure, value FROM core.observation_latest
                                  WHERE source_url = ? AND period = '2024'""", [url]).fetchall())
    assert current["gdp/level"] == 5323100000000 and "industrial_export_delivery_value/yoy_pct" not in current
    history = con.execute("""SELECT value FROM core.observation WHERE indicator = 'gdp' AND measure = 'level'
                             AND period = '2024' ORDER BY realtime_start""").fetchall()
    assert [v for (v,) in history] == [53231000000000, 5323100000000]
    from provintel.cli import main

    assert main(["reparse", "communiques_hunan"]) == 0  # the operator's command: nothing left to correct
    assert warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone()[0] == before + 1


def test_reparse_reproduces_the_warehouse_from_the_archive(env: Path, replay: Any) -> None:
    """Today's parsers over the archived bytes give back exactly what is loaded: no new vintage, nothing
    retired, every current figure (value, unit, page, publication vintage) as it was."""
    from common.provinces import covered_codes

    sources = [f"{kind}_{p}" for kind in ("communiques", "releases") for p in covered_codes()]
    for source in sources:
        assert pipeline.run(source, "a").status in ("success", "partial")
    facts = """SELECT source, region, indicator, measure, period, cumulative, value, unit, source_url, raw_sha256,
                      realtime_start FROM core.observation_latest ORDER BY ALL"""
    before = warehouse.connect().execute(facts).fetchall()
    versions = warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone()
    assert len(before) > 500
    for source in sources:
        s = pipeline.load(pipeline.reparse(source))
        assert s.rows_loaded == 0 and s.status in ("success", "partial"), s
    assert warehouse.connect().execute(facts).fetchall() == before
    assert warehouse.connect().execute("SELECT count(*) FROM core.observation").fetchone() == versions


def test_reparse_in_worker_processes_writes_the_batch_one_process_writes(env: Path, replay: Any,
                                                                          caplog: Any) -> None:
    """Pages parsed in parallel come back in archive order with their failures: the same batch."""
    from common.contracts import Batch
    from common.settings import settings
    from extractors.archive import RawArchive
    from warehouse.queries import loaded_pages

    assert pipeline.run("releases_hunan", "a").status in ("success", "partial")
    digests = [digest for _, _, digest, *_ in loaded_pages(warehouse.connect(), "releases_hunan")]
    assert len(digests) > 3
    RawArchive(settings().raw_dir)._obj(digests[1]).unlink()  # one page's bytes lost: its failure is kept
    with caplog.at_level("INFO", logger="provintel.pipeline"):
        one, three = (pipeline.reparse("releases_hunan", workers=n) for n in (1, 3))
    assert [m.split(":")[0] for m in caplog.messages if m.startswith("reparsed")] == [
        "reparsed releases_hunan in 1 processes", "reparsed releases_hunan in 3 processes"]
    assert (one / "records.jsonl").read_text() == (three / "records.jsonl").read_text() != ""
    a, b = Batch.read(one), Batch.read(three)
    assert (a.parsed_pages, a.failures, a.reparsed_pages) == (b.parsed_pages, b.failures, b.reparsed_pages)
    assert [f["reason"] for f in a.failures] == ["raw bytes missing from the archive"]
    assert len(a.parsed_pages) == len(digests) - 1


def test_a_figure_two_pages_state_is_loaded_once_from_the_newer_page() -> None:
    older = {"source": "communiques_hubei", "region": "hubei", "indicator": "gdp_primary", "measure": "share_pct",
             "period": "2023", "cumulative": False, "value": 9.0, "published_date": "2024-03-20"}
    restated = {**older, "value": 8.9, "published_date": "2025-03-24"}  # the 2024 communiqué restates 2023
    assert pipeline.newest_statements([restated, older]) == [restated]
    assert pipeline.newest_statements([older, restated]) == [restated]


def test_reparse_reads_only_bureau_releases(env: Path) -> None:
    import pytest

    with pytest.raises(ValueError, match="bureau releases"):
        pipeline.reparse("notices_hunan")


def test_several_sources_fetch_hosts_concurrently_and_publish_once(env: Path, replay: Any,
                                                                   monkeypatch: Any) -> None:
    from common.settings import settings

    monkeypatch.setenv("PROVINTEL_MIN_INTERVAL", "0.02")  # each host keeps its own pace
    names = ["notices_hubei", "notices_hunan", "notices_shanxi", "communiques_hubei", "releases_hubei"]
    # Hubei's sources may reach the same hosts (www. and tjj.hubei.gov.cn): one thread fetches them in turn
    assert sorted(map(sorted, pipeline.host_groups(names))) == [
        ["communiques_hubei", "notices_hubei", "releases_hubei"], ["notices_hunan"], ["notices_shanxi"]]
    summaries = pipeline.run_many(names, "x")
    assert {s.source: s.status for s in summaries} == dict.fromkeys(names, "success")
    assert all(s.snapshot is None for s in summaries)  # loads commit; the run publishes once
    assert len(list((settings().warehouse_dir / "snapshots").glob("*.duckdb"))) == 1
    hosts = [h for _, h, path, _ in replay.log if not path.startswith("/robots.txt")]
    switches = sum(a != b for a, b in zip(hosts, hosts[1:], strict=False))
    assert switches > 3 * len(set(hosts))  # the hosts' requests interleave: fetched at the same time


def test_a_parser_failing_on_one_page_quarantines_that_page_and_the_rest_loads(env: Path, replay: Any,
                                                                                monkeypatch: Any) -> None:
    """A parser's own slip (an exception it does not expect) on one page is that page's failure, with its reason;
    the province's other notices load (before, the exception ended the run and no batch was written)."""
    from provintel import sources

    real = sources.notice_record

    def slips(source: str, page: Any, provenance: str = "crawl") -> dict[str, Any]:
        if page.fetch.url.endswith("t20251226_5842830.shtml"):
            raise ValueError("day is out of range for month")
        return real(source, page, provenance)

    monkeypatch.setattr(sources, "notice_record", slips)
    s = pipeline.run("notices_hubei", "x")
    assert s.status == "partial" and s.rows_loaded == 29 and s.pages_failed == 1
    con = warehouse.connect()
    (url, reason), = con.execute("SELECT url, reason FROM quarantine.page").fetchall()
    assert url.endswith("t20251226_5842830.shtml") and "ValueError: day is out of range" in reason
