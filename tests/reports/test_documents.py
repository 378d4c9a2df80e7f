"""Briefing documents: scraped text stays inert, the PDF embeds its CJK font and renders Chinese."""

from __future__ import annotations

import csv
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from reports import briefing, documents
from tests.reports.conftest import publish_sample

DAY = date(2026, 11, 30)


def test_weekly_digest_escapes_scraped_text_and_puts_hong_kong_first(published: Path) -> None:
    folder = briefing.build("weekly_digest", DAY)
    html = (folder / "weekly_digest.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert html.index("涉港政策") < html.index("關於鄂港合作的通知") < html.index("各省政策動態")
    assert html.index("涉港政策") < html.index("應急及公共安全")  # Hong Kong first, on the first page
    assert "關於防汛應急的通知" in html  # the emergency feed, in Hong Kong Traditional
    assert 'src="data:image/png;base64,' in html  # self-contained: the chart travels inside the file
    assert "來源 Source" in html and "版本 Vintage" in html


def test_monthly_brief_cites_source_period_and_vintage_for_each_figure(published: Path) -> None:
    folder = briefing.build("monthly_brief", DAY)
    html = (folder / "monthly_brief.html").read_text(encoding="utf-8")
    assert "人民幣 60,013.0 億元" in html  # Hubei 2024, NBS, with its currency said outright
    assert 'title="來源 Source: 國家統計局數據庫 / NBS data API · 期間 Period: 2024 · 版本 Vintage: ' in html
    assert "https://data.stats.gov.cn/x" in html


def _pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("kind", ["weekly_digest", "monthly_brief"])
def test_pdf_embeds_cjk_font_and_renders_chinese(published: Path, tmp_path: Path, kind: str) -> None:
    pdf = briefing.build(kind, DAY) / f"{kind}.pdf"
    fonts = _pdffonts(pdf)
    assert fonts and any("CJK" in f[0] for f in fonts)
    # columns: name type... emb sub uni id: every font embedded
    assert all(f[-5] == "yes" for f in fonts), fonts
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "湖北" in text and ("每週政策摘要" in text or "每月經濟簡報" in text)
    assert "\ufffd" not in text
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True)
    from PIL import Image

    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    dark = sum(1 for p in image.getdata() if p < 128)
    assert dark > 500  # text and charts, not a blank page


@pytest.mark.parametrize("value,unit,indicator,expected", [
    (60012.97e8, "CNY", "gdp", "人民幣 60,013.0 億元"), (36947.0, "CNY", "disposable_income_per_capita", "人民幣 36,947 元"),
    (1.922e9, "USD", "fdi_utilized", "19.22 億美元"), (5834e4, "persons", "population_resident", "5,834.0 萬人"),
    (None, "CNY", "gdp", "–"), (99.6, "index", "cpi", "99.6")])
def test_value_formats(value: float | None, unit: str, indicator: str, expected: str) -> None:
    assert documents.fmt_value(value, unit, indicator) == expected


@pytest.mark.parametrize("url,expected", [("https://www.hubei.gov.cn/a.shtml", "https://www.hubei.gov.cn/a.shtml"),
                                          ("javascript:alert(1)", ""), ("JaVaScRiPt:alert(1)", ""),
                                          ("data:text/html,<script>", ""), (None, "")])
def test_only_http_links_reach_a_document(url: str | None, expected: str) -> None:
    assert documents.http_url(url) == expected


def test_next_digest_covers_only_what_changed_since_the_last(published: Path) -> None:
    import json
    from datetime import timedelta


    first = briefing.build("weekly_digest", DAY)
    publish_sample(rows=False)  # a week on: a new snapshot, no new notices
    second = briefing.build("weekly_digest", DAY + timedelta(days=7))
    m1, m2 = (json.loads((f / "manifest.json").read_text()) for f in (first, second))
    assert m2["since"] == m1["until"] and m2["until"] > m1["until"]
    assert next(d for d in m2["datasets"] if d["name"] == "notices_digest")["rows"] == 0
    html = (second / "weekly_digest.html").read_text(encoding="utf-8")
    assert "本期沒有涉港政策文件" in html and "關於鄂港合作的通知" not in html
    assert "關於防汛應急的通知" in html  # the emergency feed lists what is still in force
    assert (second / "weekly_digest.pdf").stat().st_size > 10_000


def test_a_notice_first_seen_now_but_published_long_ago_is_not_called_new(published: Path) -> None:
    import csv

    folder = briefing.build("weekly_digest", DAY)  # the sample notices were published 2025-11-01
    with open(folder / "notices_digest.csv", encoding="utf-8-sig") as f:
        events = [r["event"] for r in csv.DictReader(f)]
    assert events and set(events) == {"first_recorded"}
    html = (folder / "weekly_digest.html").read_text(encoding="utf-8")
    assert "首次收錄" in html
    # one source note per portal and day, not one per notice (the items link to their pages)
    notes = html.split('<ol class="notes">', 1)[1].split("</ol>", 1)[0]
    assert notes.count("<li") == 3  # three portals in the sample


def test_a_briefing_built_while_the_pipeline_stood_still_says_the_data_are_stale(published: Path) -> None:
    from datetime import date, timedelta

    later = date.today() + timedelta(days=10)  # the sample loads finished today: ten days without a run
    html = (briefing.build("weekly_digest", later) / "weekly_digest.html").read_text(encoding="utf-8")
    assert "數據可能過時 Data may be stale" in html and "notices_hubei: 最後成功載入 last loaded" in html
    fresh = (briefing.build("weekly_digest", date.today()) / "weekly_digest.html").read_text(encoding="utf-8")
    assert "Data may be stale" not in fresh


def test_replayed_data_is_labelled_demo_data_in_every_document(published: Path, monkeypatch: Any) -> None:
    import json

    monkeypatch.setenv("PROVINTEL_REPLAY", "http://127.0.0.1:9")
    folder = briefing.build("monthly_brief", DAY)
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["demo"] is True
    assert "示範數據 DEMO DATA" in (folder / "monthly_brief.html").read_text(encoding="utf-8")
    pdf_text = subprocess.run(["pdftotext", str(folder / "monthly_brief.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
    assert "DEMO DATA" in pdf_text
    from openpyxl import load_workbook

    about = load_workbook(folder / "monthly_brief.xlsx")["說明 About"]
    assert "DEMO DATA" in str(about["A1"].value)


def test_the_monthly_brief_lists_overdue_releases(published: Path) -> None:
    html = (briefing.build("monthly_brief", DAY) / "monthly_brief.html").read_text(encoding="utf-8")
    assert "逾期未發布" in html and "Releases overdue" in html
    assert "2024" in html.split("Releases overdue", 1)[1]  # the sample's newest communiqué year is overdue now
    assert "年度 Annual" in html.split("Releases overdue", 1)[1]  # (the frequency said in words)


def test_a_share_of_national_in_the_grid_rounds_half_up(home: Path) -> None:
    # 0.35% is 0.3499… as a float: '%.1f' said 0.3
    _publish_with([("nbs", region, "gdp", "level", "2025", False, value, "CNY")
                   for region, value in (("hubei", 0.35e12), ("national", 100e12))])
    html = (briefing.build("monthly_brief", DAY) / "monthly_brief.html").read_text(encoding="utf-8")
    assert "佔全國 Share 0.4%" in html.split("Key indicators by province", 1)[1]


def test_a_quarterly_series_a_full_year_release_closed_says_so(home: Path) -> None:
    # (a bureau's quarterly releases, the last of them its full year)
    _publish_with([("releases_hubei", "hubei", "gdp", "level", period, True, 1e12, "CNY") for period in ("2025-Q3", "2025")],
                  datetime(2026, 1, 21, tzinfo=UTC))
    html = (briefing.build("monthly_brief", DAY) / "monthly_brief.html").read_text(encoding="utf-8")
    assert "2025 全年 full year" in html.split("Releases overdue", 1)[1]


def _publish_with(rows: list[tuple[str, str, str, str, str, bool, float, str]], at: datetime | None = None) -> None:
    """The sample, and these observations (source, region, indicator, measure, period, cumulative, value, unit)
    recorded and published at `at` (now)."""
    from warehouse.db import publish, writer
    from warehouse.marts import rebuild

    publish_sample()
    t = at or datetime.now(UTC)
    with writer() as con:
        for row in rows:
            con.execute("INSERT INTO core.observation VALUES (?, ?, ?, ?, ?, ?, ?, ?, false, NULL, "
                        "'https://data.stats.gov.cn/x', ?, 'sha', 'L', ?, NULL, ?, NULL, ?)", [*row, t, t, t.date(), t])
        rebuild(con, full=True)
        publish(con)


@pytest.mark.parametrize("value,unit,expected", [
    # (an audit) halves round up from the figure's decimal digits, as the source's reader rounds them: 3906.25 億元
    # had shown as 3,906.2 (binary digits, then half to even) beside 26,256.75 → 26,256.8
    (3906.25e8, "CNY", "人民幣 3,906.3 億元"), (32049.35e8, "CNY", "人民幣 32,049.4 億元"),
    (26256.75e8, "CNY", "人民幣 26,256.8 億元"), (16905.05e8, "CNY", "人民幣 16,905.1 億元"),
    (1.125e8, "USD", "1.13 億美元"), (10e8, "USD", "10 億美元"), (5872.25e4, "persons", "5,872.3 萬人"), (100.25, "index", "100.3")])
def test_a_figure_rounds_half_up(value: float, unit: str, expected: str) -> None:
    assert documents.fmt_value(value, unit, "gdp") == expected
    assert documents.fmt_pct(5.25) == "+5.3%" and documents.fmt_pct(-0.35) == "-0.4%"
    assert documents.fmt_pct(0.0) == documents.fmt_pct(-0.04) == "0.0%"  # (持平: no sign)
    assert documents.fmt_pct(1234.56) == "+1,234.6%" and documents.fmt_pct(-0.05) == "-0.1%"


@pytest.mark.parametrize("row,expected", [
    ({"unit": "pct", "difference": 1.9, "difference_pct": 39.58}, "+1.9 個百分點 pp"),
    ({"unit": "index", "difference": -0.3, "difference_pct": -0.3}, "-0.3 點 pts"),
    ({"unit": "pct", "difference": 0.05, "difference_pct": 1.0}, "+0.05 個百分點 pp"),
    ({"unit": "CNY", "difference": -3.4e11, "difference_pct": -5.8}, "-5.8%")])
def test_a_rate_differs_by_points_an_amount_by_a_percentage(row: dict[str, Any], expected: str) -> None:
    assert documents.fmt_difference(row) == expected


def test_the_brief_shows_a_growth_rate_disagreement_in_points(home: Path) -> None:
    _publish_with([(source, "hubei", "industrial_value_added", "yoy_pct", "2025-08", True, value, "pct")
                   for source, value in (("nbs", 4.8), ("releases_hubei", 6.7))])
    folder = briefing.build("monthly_brief", DAY)
    html = (folder / "monthly_brief.html").read_text(encoding="utf-8")
    table = html.split("NBS and provincial bureau figures that disagree", 1)[1].split("Releases overdue", 1)[0]
    assert "+1.9 個百分點 pp" in table and "39.6%" not in table and "+1.90" not in table
    # (an audit) the measure in words, the bureau's figure cited too, and no digit the sources did not give (4.8%)
    assert "(同比 change on a year earlier, %)" in table and "(yoy_pct)" not in table
    assert table.count("<sup") == 2 and "4.8%" in table and "4.80%" not in table
    # (an audit) the dataset names the bureau's source and gives a rate's difference in points only
    with open(folder / "reconciliation.csv", encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    assert (row["bureau_source"], row["difference"], row["difference_pct"]) == ("releases_hubei", "1.9", "")
    # and the panel's dataset carries its consistency flags
    with open(folder / "province_panel.csv", encoding="utf-8-sig", newline="") as f:
        panel = list(csv.DictReader(f))
    assert "consistency" in panel[0]
    assert "2025-08 累計 YTD" in table  # (January to August, as both sources give it)


def test_a_notice_with_two_events_in_a_period_is_one_item_with_its_latest(home: Path) -> None:
    from warehouse.db import publish, writer
    from warehouse.marts import rebuild

    publish_sample()
    with writer() as con:  # the sample's Hong Kong notice, withdrawn later in the same week
        con.execute("INSERT INTO core.notice_event VALUES ('n0', 'withdrawn', NULL, 'L2', ?)", [datetime.now(UTC)])
        rebuild(con, full=True)
        publish(con)
    html = (briefing.build("weekly_digest", DAY) / "weekly_digest.html").read_text(encoding="utf-8")
    hk = html.split("Relevant to Hong Kong", 1)[1].split("Emergency and public safety", 1)[0]
    assert hk.count("<li>") == 1 and "撤下 Withdrawn" in hk and "Earlier this period" in hk


def test_a_per_resident_figure_says_which_years_population_it_divides_by(home: Path) -> None:
    # the latest population is a year older than the GDP it divides; a growth alone has no per-resident figure
    _publish_with([("communiques_hubei", "hubei", "population_resident", "level", "2023", False, 58380000, "persons"),
                   ("communiques_hubei", "hubei", "industrial_value_added", "yoy_pct", "2024", False, 5.9, "pct")])
    folder = briefing.build("monthly_brief", DAY)
    html = (folder / "monthly_brief.html").read_text(encoding="utf-8")
    assert "人均 Per resident 人民幣" in html and "以 2023 年末常住人口推算 from 2023 year-end population" in html
    # (an audit) and the datasets give a population year only beside a per-resident figure
    for dataset in ("key_indicators", "province_panel"):
        with open(folder / f"{dataset}.csv", encoding="utf-8-sig", newline="") as f:
            rows = {(r["region"], r["indicator"]): r for r in csv.DictReader(f)}
        assert rows[("hubei", "gdp")]["population_year"] == "2023", dataset
        assert rows[("hubei", "industrial_value_added")]["population_year"] == "", dataset
