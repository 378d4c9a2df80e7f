"""Marts against hand-computed values on small fixtures."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warehouse.catalog import entries
from warehouse.db import migrate
from warehouse.marts import rebuild

T0 = datetime(2026, 1, 5, tzinfo=UTC)


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(c)
    return c


def obs(con: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
    """rows: (source, region, indicator, measure, period, cumulative, value, unit)"""
    for source, region, indicator, measure, period, cumulative, value, unit in rows:
        con.execute("""INSERT INTO core.observation VALUES (?, ?, ?, ?, ?, ?, ?, ?, false, NULL, ?, ?, 'sha', 'L1', ?, NULL,
                       NULL, NULL, ?)""",
                    [source, region, indicator, measure, period, cumulative, value, unit,
                     f"https://example.test/{source}/{period}", T0, T0, T0])


def test_single_period_from_year_to_date(con: duckdb.DuckDBPyConnection) -> None:
    obs(con, [("nbs", "hubei", "gdp", "level", p, True, v, "CNY")
              for p, v in [("2025-Q1", 100.0), ("2025-Q2", 250.0), ("2025-Q3", 420.0), ("2024-Q4", 999.0)]])
    # Jan-Feb is published as one figure; April is missing, so May covers April and May
    obs(con, [("releases_hubei", "hubei", "retail_sales", "level", p, True, v, "CNY")
              for p, v in [("2025-02", 50.0), ("2025-03", 80.0), ("2025-05", 140.0)]])
    obs(con, [("nbs", "hubei", "gdp", "yoy_pct", "2025-Q2", True, 5.1, "pct"),  # rates are never differenced
              # nor year-to-date averages of a rate or an index
              ("releases_hubei", "hubei", "unemployment_rate_urban_surveyed", "level", "2025-03", True, 5.3, "pct"),
              ("releases_hubei", "hubei", "cpi", "level", "2025-03", True, 100.2, "index")])
    rebuild(con, full=True)
    got = con.execute("""SELECT indicator, period, value, covers_from, months_covered, previous_period
                         FROM marts.single_period ORDER BY indicator, period""").fetchall()
    assert got == [
        ("gdp", "2024-Q4", 999.0, "2024-01", 12, None),
        ("gdp", "2025-Q1", 100.0, "2025-01", 3, None),
        ("gdp", "2025-Q2", 150.0, "2025-04", 3, "2025-Q1"),
        ("gdp", "2025-Q3", 170.0, "2025-07", 3, "2025-Q2"),
        ("retail_sales", "2025-02", 50.0, "2025-01", 2, None),
        ("retail_sales", "2025-03", 30.0, "2025-03", 1, "2025-02"),
        ("retail_sales", "2025-05", 60.0, "2025-04", 2, "2025-03"),
    ]


def test_panel_yoy_rank_share_and_per_capita(con: duckdb.DuckDBPyConnection) -> None:
    level = {"hubei": (500.0, 600.0), "hunan": (450.0, 540.0), "henan": (700.0, 630.0), "national": (10000.0, 12000.0)}
    for region, (y2023, y2024) in level.items():
        obs(con, [("nbs", region, "gdp", "level", "2023", False, y2023, "CNY"),
                  ("nbs", region, "gdp", "level", "2024", False, y2024, "CNY")])
    obs(con, [("communiques_hubei", "hubei", "population_resident", "level", "2023", False, 50.0, "persons"),
              ("communiques_hunan", "hunan", "population_resident", "level", "2024", False, 60.0, "persons"),
              ("communiques_hubei", "hubei", "gdp", "yoy_pct", "2024", False, 5.8, "pct"),
              # the bureau's own level never displaces the NBS figure
              ("communiques_hubei", "hubei", "gdp", "level", "2024", False, 601.0, "CNY"),
              # Jiangxi: NBS has 2024 only, the communique 2023 only: no nominal growth across sources
              ("nbs", "jiangxi", "gdp", "level", "2024", False, 340.0, "CNY"),
              ("communiques_jiangxi", "jiangxi", "gdp", "level", "2023", False, 320.0, "CNY")])
    rebuild(con, full=True)
    rows = {r[0]: r[1:] for r in con.execute(
        """SELECT region, value, yoy_pct, yoy_nominal_pct, rank_among_provinces, share_of_national_pct, per_capita,
                  population_year, source, is_latest_period
           FROM marts.province_panel WHERE indicator = 'gdp' AND period = '2024'""").fetchall()}
    approx = pytest.approx  # (unrounded shares and growths: a display rounds them once)
    assert rows["hubei"] == (600.0, 5.8, approx(20.0), 2, approx(5.0), 12.0, "2023", "nbs", True)
    assert rows["hunan"] == (540.0, None, approx(20.0), 3, approx(4.5), 9.0, "2024", "nbs", True)
    assert rows["henan"] == (630.0, None, approx(-10.0), 1, approx(5.25), None, None, "nbs", True)
    assert rows["jiangxi"][:4] == (340.0, None, None, 4)
    assert rows["national"][3:5] == (None, None)  # the nation is neither ranked nor a share of itself
    assert con.execute("SELECT is_latest_period FROM marts.province_panel WHERE period = '2023' AND region = 'hubei' "
                       "AND indicator = 'gdp'").fetchone() == (False,)


def test_one_figure_has_one_key_in_the_panel_and_the_reconciliation(con: duckdb.DuckDBPyConnection) -> None:
    # NBS's 2025-Q1 累计值 and a bureau's 一季度 (a single quarter) are one figure: compared, and one row in the panel
    obs(con, [("nbs", "hubei", "gdp", "level", "2025-Q1", True, 14493.13e8, "CNY"),
              ("nbs", "hubei", "gdp", "yoy_pct", "2025-Q1", True, 4.8, "pct"),
              ("nbs", "hunan", "gdp", "level", "2025-Q1", True, 12855.29e8, "CNY"),
              ("releases_hubei", "hubei", "gdp", "level", "2025-Q1", False, 14648.45e8, "CNY"),
              ("releases_hubei", "hubei", "gdp", "yoy_pct", "2025-Q1", False, 5.4, "pct"),
              ("releases_jiangxi", "jiangxi", "gdp", "level", "2025-Q1", False, 8452.53e8, "CNY"),
              # January alone is January to date too
              ("nbs", "hubei", "cpi", "index_yoy", "2025-01", True, 100.5, "index"),
              ("releases_hubei", "hubei", "retail_sales", "level", "2025-01", False, 1000e8, "CNY"),
              ("nbs", "hubei", "retail_sales", "level", "2025-01", True, 1000e8, "CNY")])
    rebuild(con, full=True)
    rec = con.execute("""SELECT indicator, measure, period, nbs_value, bureau_value, flagged FROM marts.reconciliation
                         ORDER BY indicator, measure""").fetchall()
    assert rec == [("gdp", "level", "2025-Q1", 14493.13e8, 14648.45e8, True),
                   ("gdp", "yoy_pct", "2025-Q1", 4.8, 5.4, True),
                   ("retail_sales", "level", "2025-01", 1000e8, 1000e8, False)]
    panel = con.execute("""SELECT region, value, yoy_pct, rank_among_provinces, source FROM marts.province_panel
                           WHERE indicator = 'gdp' AND period = '2025-Q1' ORDER BY region""").fetchall()
    # one row a province, NBS first, ranked together with the bureau's figure for Jiangxi
    assert panel == [("hubei", 14493.13e8, 4.8, 1, "nbs"), ("hunan", 12855.29e8, None, 2, "nbs"),
                     ("jiangxi", 8452.53e8, None, 3, "releases_jiangxi")]


def test_a_monthly_indicators_year_to_date_a_quarter_ends_is_its_months(con: duckdb.DuckDBPyConnection) -> None:
    # (an audit) a bureau's 前三季度 industrial value added (2025-Q3) and NBS's 1-9月 (2025-09) are one figure; so are a
    # bureau's 一季度 retail sales and NBS's 1-3月
    obs(con, [("nbs", "hubei", "industrial_value_added", "yoy_pct", "2025-09", True, 4.7, "pct"),
              ("nbs", "henan", "industrial_value_added", "yoy_pct", "2025-09", True, 4.9, "pct"),
              ("releases_hubei", "hubei", "industrial_value_added", "yoy_pct", "2025-Q3", True, 7.0, "pct"),
              ("releases_jiangxi", "jiangxi", "industrial_value_added", "yoy_pct", "2025-Q3", True, 6.9, "pct"),
              ("nbs", "hubei", "retail_sales", "level", "2025-03", True, 5800e8, "CNY"),
              ("releases_hubei", "hubei", "retail_sales", "level", "2025-Q1", False, 5859.38e8, "CNY")])
    rebuild(con, full=True)
    rec = con.execute("SELECT indicator, period, cumulative, nbs_value, bureau_value, flagged FROM marts.reconciliation "
                      "ORDER BY indicator").fetchall()
    assert rec == [("industrial_value_added", "2025-09", True, 4.7, 7.0, True),
                   ("retail_sales", "2025-03", True, 5800e8, 5859.38e8, True)]
    panel = con.execute("""SELECT region, period, frequency, yoy_pct, yoy_rank_among_provinces, source
                           FROM marts.province_panel WHERE indicator = 'industrial_value_added' ORDER BY region""")
    assert panel.fetchall() == [("henan", "2025-09", "M", 4.9, 2, "nbs"), ("hubei", "2025-09", "M", 4.7, 3, "nbs"),
                                ("jiangxi", "2025-09", "M", 6.9, 1, "releases_jiangxi")]


def test_ranks_span_every_province_with_a_figure_and_briefings_show_the_covered(
        con: duckdb.DuckDBPyConnection) -> None:
    """NBS covers all 31 provinces: Hubei's rank is among them; a brief's dataset keeps the office's five."""
    from common import provinces

    codes = [p.code for p in provinces.provinces()]
    obs(con, [("nbs", code, "gdp", "level", "2024", False, 1000.0 + 10 * k, "CNY") for k, code in enumerate(codes)])
    rebuild(con, full=True)
    rank, ranked = con.execute("""SELECT rank_among_provinces, provinces_ranked FROM marts.province_panel
                                  WHERE region = 'hubei' AND indicator = 'gdp' AND period = '2024'""").fetchone()
    assert ranked == 31 and rank == 31 - codes.index("hubei")
    assert con.execute("SELECT count(*), count(*) FILTER (WHERE covered) FROM marts.region").fetchone() == (32, 5)
    brief = Path(__file__).resolve().parents[2] / "reports" / "sql" / "province_panel.sql"
    shown = {r[0] for r in con.execute(brief.read_text()).fetchall()}
    assert shown == set(provinces.covered_codes())


def _notice(con: duckdb.DuckDBPyConnection, nid: str, province: str, topics: list[str], hk: bool,
            withdrawn: bool = False, validity: str | None = None) -> None:
    con.execute("""INSERT INTO core.notice (notice_id, province, title, body_text, content_hash, version, source_url,
                   fetched_at, raw_sha256, load_id, provenance, first_seen, last_changed, topics, topic_terms,
                   hk_relevant, title_hant, withdrawn_at, validity)
                   VALUES (?, ?, ?, 'body', 'h', 1, ?, ?, 's', 'L1', 'crawl', ?, ?, ?, ?, ?, ?, ?, ?)""",
                [nid, province, f"关于{nid}的通知", f"https://gov.test/{nid}", T0, T0, T0, json.dumps(topics),
                 json.dumps(["暴雨"] if "emergency_public_safety" in topics else []), hk, f"關於{nid}的通知",
                 T0 if withdrawn else None, validity])
    con.execute("INSERT INTO core.notice_event VALUES (?, 'new', NULL, 'L1', ?)", [nid, T0])
    if withdrawn:
        con.execute("INSERT INTO core.notice_event VALUES (?, 'withdrawn', NULL, 'L2', ?)", [nid, T0])


def test_notices_digest_and_emergency_feed(con: duckdb.DuckDBPyConnection) -> None:
    _notice(con, "a", "hunan", ["trade"], False)
    _notice(con, "b", "hubei", ["hk_macao_gba", "investment"], True)
    _notice(con, "c", "henan", ["emergency_public_safety"], False)
    _notice(con, "d", "henan", ["emergency_public_safety"], False, withdrawn=True)
    rebuild(con, full=True)
    digest = con.execute("SELECT notice_id, event, hk_relevant, emergency FROM marts.notices_digest").fetchall()
    assert digest[0] == ("b", "new", True, False)  # Hong Kong-relevant first
    assert ("d", "withdrawn", False, True) in digest and len(digest) == 5
    feed = con.execute("SELECT notice_id, in_force, matched_terms FROM marts.emergency_notices ORDER BY 1").fetchall()
    assert feed == [("c", True, ["暴雨"]), ("d", False, ["暴雨"])]


def test_an_expired_emergency_notice_is_not_in_force(con: duckdb.DuckDBPyConnection) -> None:
    for nid, validity in (("e1", "有效"), ("e2", "失效"), ("e3", "已废止"), ("e4", "部分失效"), ("e5", None)):
        _notice(con, nid, "hubei", ["emergency_public_safety"], False, validity=validity)
    rebuild(con, full=True)
    feed = dict(con.execute("SELECT notice_id, in_force FROM marts.emergency_notices").fetchall())
    assert feed == {"e1": True, "e2": False, "e3": False, "e4": True, "e5": True}


def test_every_table_and_column_is_described_in_both_languages(con: duckdb.DuckDBPyConnection) -> None:
    rebuild(con, full=True)
    found = entries(con)
    assert {e.table for e in found} >= {"province_panel", "notices_digest", "observation", "load_log"}
    missing = [f"{e.schema}.{e.table}.{e.column}" for e in found
               if not (e.description and re.search("[\u4e00-\u9fff]", e.description) and re.search("[A-Za-z]{3}", e.description))]
    assert missing == []


def test_the_panel_flags_growth_that_disagrees_with_levels_and_sectors_that_do_not_add_up(
        con: duckdb.DuckDBPyConnection) -> None:
    obs(con, [("nbs", "hubei", "gdp", "level", "2024", False, 60013.0, "CNY"),
              ("nbs", "hubei", "gdp", "level", "2025", False, 58594.0, "CNY"),  # a level that fell…
              ("nbs", "hubei", "gdp", "yoy_pct", "2025", False, 5.4, "pct"),  # …beside real growth of 5.4%
              ("nbs", "hunan", "gdp", "level", "2024", False, 50000.0, "CNY"),
              ("nbs", "hunan", "gdp", "level", "2025", False, 53000.0, "CNY"),
              ("nbs", "hunan", "gdp", "yoy_pct", "2025", False, 4.8, "pct"),  # 6.0% nominal: fine
              ("nbs", "henan", "gdp", "level", "2025", False, 63590.0, "CNY"),
              *[("nbs", "henan", s, "level", "2025", False, v, "CNY")
                for s, v in (("gdp_primary", 5491.4), ("gdp_secondary", 24346.2), ("gdp_tertiary", 23752.4))]])
    rebuild(con, full=True)
    flags = dict(con.execute("SELECT region, consistency FROM marts.province_panel "
                             "WHERE indicator = 'gdp' AND period = '2025'").fetchall())
    assert flags["hunan"] is None
    assert flags["hubei"] is not None and "5.4%" in flags["hubei"] and "-2.4%" in flags["hubei"]
    assert flags["henan"] is not None and "sectors sum to" in flags["henan"]


def test_the_indicator_catalogue_is_a_table_and_ranks_compare_levels_in_one_unit(
        con: duckdb.DuckDBPyConnection) -> None:
    # one province prints its grain area in 千公顷 (hectares), another in 万亩 (mu): they are ranked apart
    obs(con, [("communiques_hubei", "hubei", "grain_area", "level", "2024", False, 4722610.0, "hectares"),
              ("communiques_hunan", "hunan", "grain_area", "level", "2024", False, 4800000.0, "hectares"),
              ("communiques_henan", "henan", "grain_area", "level", "2024", False, 161000000.0, "mu")])
    rebuild(con, full=True)
    got = {r[0]: r[1:] for r in con.execute("SELECT region, rank_among_provinces, provinces_ranked FROM "
                                            "marts.province_panel WHERE indicator = 'grain_area'").fetchall()}
    assert got == {"hunan": (1, 2), "hubei": (2, 2), "henan": (1, 1)}
    assert con.execute("SELECT real_growth, unit FROM marts.indicator WHERE indicator = 'gdp'").fetchone() == (True, "CNY")


def test_release_calendar_says_when_the_next_period_is_due_and_whether_it_is_late(
        con: duckdb.DuckDBPyConnection) -> None:
    obs(con, [("releases_hubei", "hubei", "retail_sales", "yoy_pct", "2020-07", True, 5.0, "pct"),
              ("communiques_hubei", "hubei", "gdp", "level", "2024", False, 6.0e12, "CNY")])
    rebuild(con, full=True)
    cal = {r[0]: r[1:] for r in con.execute(
        "SELECT source, frequency, newest_period, next_due, is_late FROM marts.release_calendar").fetchall()}
    assert cal["releases_hubei"][:3] == ("M", "2020-07", date(2020, 9, 25)) and cal["releases_hubei"][3] is True
    assert cal["communiques_hubei"][:3] == ("A", "2024", date(2026, 4, 30))


def test_a_full_year_release_closes_the_quarterly_series_and_is_not_overdue(con: duckdb.DuckDBPyConnection) -> None:
    # a bureau's releases up to 2025-Q3, then the full-year release (全年…, held as 2025): Q4 is not overdue,
    # the next is 2026-Q1, and the monthly releases have no annual row with a communiqué's lag
    obs(con, [("releases_hubei", "hubei", "gdp", "level", "2025-Q3", True, 4.3e12, "CNY"),
              ("releases_hubei", "hubei", "gdp", "level", "2025", False, 6.0e12, "CNY")])
    rebuild(con, full=True)
    cal = con.execute("SELECT frequency, newest_period, next_due FROM marts.release_calendar "
                      "WHERE source = 'releases_hubei'").fetchall()
    assert cal == [("Q", "2025", date(2026, 4, 30))]


def test_a_full_year_figure_published_before_the_year_ends_closes_nothing(con: duckdb.DuckDBPyConnection) -> None:
    # a June release stating a whole-year target (全年…) is not the year's last release
    obs(con, [("releases_hubei", "hubei", "gdp", "level", "2025-Q2", True, 2.9e12, "CNY")])
    june, reparsed = datetime(2025, 7, 18, tzinfo=UTC), datetime(2026, 1, 10, tzinfo=UTC)
    # (read again after the year ended, by a reparse: its vintage starts then, the page still says June)
    con.execute("INSERT INTO core.observation VALUES ('releases_hubei', 'hubei', 'new_urban_jobs', 'level', '2025', "
                "false, 700000, 'persons', false, NULL, 'https://tjj.hubei.gov.cn/x', ?, 'sha', 'L1', ?, NULL, NULL, "
                "?, ?)", [june, reparsed, june.date(), reparsed])
    rebuild(con, full=True)
    assert con.execute("SELECT frequency, newest_period FROM marts.release_calendar "
                       "WHERE source = 'releases_hubei'").fetchall() == [("Q", "2025-Q2")]


def test_shares_of_national_are_unrounded_so_a_display_rounds_once(con: duckdb.DuckDBPyConnection) -> None:
    # Hubei 2025: 60,012.97 of 1,349,084 is 4.448%: rounded to 4.45 first, a one-decimal label said 4.5
    obs(con, [("nbs", "hubei", "gdp", "level", "2025", False, 60012.97e8, "CNY"),
              ("nbs", "national", "gdp", "level", "2025", False, 1349084e8, "CNY")])
    rebuild(con, full=True)
    for mart in ("regional_gdp", "province_panel"):
        share = con.execute(f"SELECT share_of_national_pct FROM marts.{mart} WHERE region = 'hubei'").fetchone()
        assert share is not None and share[0] == pytest.approx(100 * 60012.97 / 1349084, rel=1e-12), mart
        assert f"{share[0]:.1f}" == "4.4", mart


def test_single_months_follow_a_quarters_year_to_date_and_sit_beside_a_stated_month(
        con: duckdb.DuckDBPyConnection) -> None:
    # a bureau publishes Jan-Mar and Jan-Jun as quarters, the months between as months; Q1 GDP as a single period
    obs(con, [("releases_hubei", "hubei", "retail_sales", "level", p, True, v, "CNY")
              for p, v in [("2025-Q1", 300.0), ("2025-04", 400.0), ("2025-05", 520.0), ("2025-Q2", 630.0),
                           ("2025-07", 730.0)]])
    obs(con, [("releases_hubei", "hubei", "retail_sales", "level", "2025-05", False, 118.0, "CNY"),  # 5月份…
              ("releases_hubei", "hubei", "retail_sales", "level", "2025-03", False, 95.0, "CNY"),  # 3月份: not YTD
              ("releases_hubei", "hubei", "gdp", "level", "2025-Q1", False, 100.0, "CNY"),
              ("releases_hubei", "hubei", "gdp", "level", "2025-Q2", True, 250.0, "CNY")])
    rebuild(con, full=True)
    got = {(r[0], r[1]): r[2:] for r in con.execute(
        """SELECT indicator, period, value, stated_value, covers_from, months_covered, previous_period
           FROM marts.single_period""").fetchall()}
    assert got[("retail_sales", "2025-04")] == (100.0, None, "2025-04", 1, "2025-Q1")
    assert got[("retail_sales", "2025-05")] == (120.0, 118.0, "2025-05", 1, "2025-04")
    # (an audit) a derived month the source's own figure for it contradicts is flagged: 120 derived, 118 stated
    flags = dict(con.execute("SELECT period, stated_differs FROM marts.single_period "
                             "WHERE indicator = 'retail_sales'").fetchall())
    assert flags == {"2025-Q1": None, "2025-04": None, "2025-05": True, "2025-Q2": None, "2025-07": None}
    assert got[("retail_sales", "2025-07")] == (100.0, None, "2025-07", 1, "2025-Q2")
    assert got[("retail_sales", "2025-Q2")][:2] == (330.0, None) and got[("retail_sales", "2025-Q2")][4] == "2025-Q1"
    assert got[("gdp", "2025-Q2")] == (150.0, None, "2025-04", 3, "2025-Q1")
    assert got[("gdp", "2025-Q1")][:2] == (100.0, None)  # (held as a single period: no second statement of itself)


def test_nbs_price_indices_on_a_year_earlier_are_the_panels_growth(con: duckdb.DuckDBPyConnection) -> None:
    # NBS states national CPI as 上年同月=100 indices; the provinces' bureaus as growth: one column holds both
    obs(con, [("nbs", "national", "cpi", "index_yoy", "2025-10", False, 99.6, "index"),
              ("nbs", "national", "cpi", "index_ytd_yoy", "2025-10", True, 100.2, "index"),
              ("nbs", "national", "cpi", "index_mom", "2025-10", False, 100.1, "index"),  # 上月=100: not a year on
              ("nbs", "national", "cpi", "index_prev_year", "2024", False, 100.2, "index"),  # 上年=100: the year's
              ("releases_hubei", "hubei", "cpi", "yoy_pct", "2025-10", True, 0.2, "pct")])
    rebuild(con, full=True)
    got = {(r[0], r[1]): r[2] for r in con.execute(
        "SELECT region, cumulative, yoy_pct FROM marts.province_panel WHERE indicator = 'cpi'").fetchall()}
    assert got == {("national", False): -0.4, ("national", True): 0.2, ("hubei", True): 0.2}
    assert con.execute("SELECT yoy_pct FROM marts.province_panel WHERE indicator = 'cpi' AND period = '2024'"
                       ).fetchone() == (0.2,)
