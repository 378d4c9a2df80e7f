"""Release folders: files match the manifest, a rebuild is byte-identical, hostile text is inert."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

import warehouse
from reports import briefing, release
from tests.reports.conftest import FORMULA, publish_sample

DAY = date(2026, 11, 30)


def test_manifest_matches_files_and_rebuild_is_byte_identical(published: Path, tmp_path: Path) -> None:
    folder = briefing.build("monthly_brief", DAY)
    assert folder == published / "briefings" / "monthly_brief" / DAY.isoformat()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert release.verify(folder) == []
    assert manifest["snapshot"] == warehouse.db.current_snapshot().stem
    names = {f["name"] for f in manifest["files"]}
    assert {"province_panel.parquet", "province_panel.csv", "province_panel.xlsx", "regional_gdp.csv",
            "monthly_brief.html", "monthly_brief.pdf"} <= names
    gdp = next(d for d in manifest["datasets"] if d["name"] == "regional_gdp")
    assert gdp["rows"] == 12  # six regions, two years
    con = warehouse.connect()
    assert con.execute(f"SELECT count(*) FROM '{folder / 'regional_gdp.parquet'}'").fetchone() == (12,)
    con.close()
    nbs = next(s for s in manifest["sources"] if s["source"] == "nbs")
    assert nbs["vintage_from"] and nbs["vintage_to"]

    # the same snapshot and parameters give the same bytes, in every format, whatever the machine's zone
    vintages = [r["vintage"] for r in csv.DictReader((folder / "regional_gdp.csv").open(encoding="utf-8-sig"))]
    assert vintages and all(v.endswith("+00:00") for v in vintages)
    assert manifest["software"]["duckdb"]
    assert briefing.rebuild_datasets(folder, tmp_path / "again") == []

    # a second build of the same day returns the release untouched, even after newer data
    before = (folder / "manifest.json").read_bytes()
    publish_sample(rows=False)
    assert briefing.build("monthly_brief", DAY) == folder
    assert (folder / "manifest.json").read_bytes() == before

    (folder / "regional_gdp.csv").write_bytes(b"tampered")
    (folder / "stray.txt").write_text("x")
    assert release.verify(folder) == ["regional_gdp.csv: sha256 differs from the manifest", "stray.txt: not in the manifest"]


def test_csv_has_bom_and_formulas_come_out_as_text(published: Path) -> None:
    folder = briefing.build("weekly_digest", DAY)
    raw = (folder / "notices_digest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((folder / "notices_digest.csv").open(encoding="utf-8-sig")))
    hunan = next(r for r in rows if r["province"] == "hunan")
    assert hunan["title"] == "'" + FORMULA
    ws = load_workbook(folder / "notices_digest.xlsx").active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)  # a string, never a formula
    assert "<f>" not in _sheet_xml(folder / "notices_digest.xlsx")


def _sheet_xml(path: Path, part: str = "xl/worksheets/sheet1.xml") -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(part).decode()


def test_failed_validation_blocks_the_briefing(home: Path) -> None:
    publish_sample(extra_load_status="quarantined")
    with pytest.raises(briefing.BriefingBlocked, match="nbs"):
        briefing.build("monthly_brief", DAY)
    assert not (home / "briefings" / "monthly_brief").exists()
    assert not list((home / "warehouse" / "snapshots").glob("*.monthly_brief-*.pin"))  # nothing left pinned
    # the digest reads only the notices, whose latest batches are fine
    assert briefing.build("weekly_digest", DAY).is_dir()


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("+86", "'+86"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
                                            ("湖北", "湖北"), (-2.5, -2.5)])
def test_safe_cell(value: object, expected: object) -> None:
    assert release.safe_cell(value) == expected


def test_the_snapshot_of_a_release_outlives_pruning(published: Path) -> None:
    from warehouse.db import KEEP_SNAPSHOTS, current_snapshot

    folder = briefing.build("weekly_digest", DAY)
    used = current_snapshot()
    for _ in range(KEEP_SNAPSHOTS + 1):
        publish_sample(rows=False)
    assert used.exists()  # pinned: the release can still be rebuilt
    assert briefing.rebuild_datasets(folder, folder.parent / "again") == []
    snaps = sorted(used.parent.glob("warehouse-*.duckdb"))
    assert len(snaps) == KEEP_SNAPSHOTS + 1  # the seven newest and the pinned one


def test_xlsx_is_for_people_bilingual_headings_number_formats_filters(published: Path) -> None:
    folder = briefing.build("monthly_brief", DAY)
    ws = load_workbook(folder / "province_panel.xlsx").active
    assert ws is not None
    headings = [c.value for c in ws[1]]
    assert "地区\nRegion" in headings
    # (an audit) every column, the marts' own too (yoy_pct, rank_among_provinces…), not a bare code; in every sheet
    assert [h for h in headings if not (h and "\n" in h and all(h.split("\n")))] == []
    workbook = load_workbook(folder / "monthly_brief.xlsx")
    bare = [(sheet.title, c.value) for sheet in workbook.worksheets[1:] for c in sheet[1] if "\n" not in str(c.value)]
    assert bare == []
    value_col = next(i for i, c in enumerate(ws[1], start=1) if c.value == "水平值\nlevel in the canonical unit")
    cell = ws.cell(row=2, column=value_col)
    assert isinstance(cell.value, (int, float)) and cell.number_format in ("#,##0", "#,##0.0###")
    assert ws.auto_filter.ref and ws.freeze_panes == "A2"


def test_each_briefing_has_one_workbook_with_a_sheet_per_dataset_and_a_chart(published: Path) -> None:
    folder = briefing.build("monthly_brief", DAY)
    wb = load_workbook(folder / "monthly_brief.xlsx")
    assert {"key_indicators", "province_panel", "release_calendar"} <= set(wb.sheetnames)
    assert "圖表 Chart" in [s.title for s in wb.chartsheets]
    assert briefing.release.verify(folder) == []  # listed in the manifest with its sha256
    # the About sheet does not call every amount renminbi: FDI and its like are in US dollars
    about = " ".join(str(c.value) for row in wb["說明 About"].iter_rows() for c in row if c.value)
    assert "USD US dollars" in about and "Amounts in renminbi" not in about


def test_the_workbook_chart_plots_one_period_and_names_it(tmp_path: Path) -> None:
    # (an audit) the nation's 2025-Q3 year to date stood beside the provinces' 2025 with no period shown
    table = release.Table("key_indicators", ["region", "indicator", "period", "cumulative", "value"],
                          [("hubei", "gdp", "2025", False, 6.0e12), ("hunan", "gdp", "2025", False, 5.4e12),
                           ("national", "gdp", "2025-Q3", True, 104.8e12), ("hubei", "cpi", "2025", False, 100.2)])
    release.write_workbook([table], tmp_path / "b.xlsx", datetime(2026, 1, 1, tzinfo=UTC),
                           ("key_indicators", "region", "value", "gdp", "GDP"))
    wb = load_workbook(tmp_path / "b.xlsx")
    data = [tuple(c.value for c in row) for row in wb["圖表數據 Chart data"].iter_rows()]
    assert data[1:] == [("hubei", "2025", 6.0e12), ("hunan", "2025", 5.4e12)]
    assert [str(h).split("\n")[1] for h in data[0]] == ["Region", "Period", "Value in the canonical unit"]
    assert "GDP 2025" in _sheet_xml(tmp_path / "b.xlsx", "xl/charts/chart1.xml")


def test_new_figures_give_the_first_and_last_period_by_when_they_end(tmp_path: Path) -> None:
    import duckdb

    from reports.release import fetch
    from warehouse.db import migrate
    from warehouse.marts import rebuild

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    t = datetime(2026, 1, 5, tzinfo=UTC)
    for period in ("2023", "2025-Q3", "2025-10", "2025-09"):  # as text, 2025-Q3 sorts after 2025-10
        con.execute("INSERT INTO core.observation VALUES ('nbs', 'hubei', 'gdp', 'level', ?, false, 1.0, 'CNY', false, "
                    "NULL, 'https://data.stats.gov.cn/x', ?, 'sha', 'L', ?, NULL, NULL, NULL, ?)", [period, t, t, t])
    # (an audit) neither an NBS 无 (no value), a revision in the window of a figure it first held, nor a revision of
    # one held before is a new figure
    earlier, later = t - timedelta(days=30), t + timedelta(hours=1)
    for period, value, recorded in (("2025-11", None, t), ("2025-09", 2.0, later), ("2022", 1.0, earlier),
                                    ("2022", 3.0, t)):
        con.execute("INSERT INTO core.observation VALUES ('nbs', 'hubei', 'gdp', 'level', ?, false, ?, 'CNY', false, "
                    "NULL, 'https://data.stats.gov.cn/x', ?, 'sha', 'L', ?, NULL, NULL, NULL, ?)",
                    [period, value, recorded, recorded, recorded])
    rebuild(con, full=True)
    table = fetch(con, "new_figures", {"since": t - timedelta(days=1), "until": t + timedelta(days=1)})
    row = dict(zip(table.columns, table.rows[0], strict=True))
    assert (row["first_period"], row["last_period"], row["figures"]) == ("2023", "2025-10", 4)


def test_the_nations_key_figure_is_for_the_provinces_period_when_it_has_one(tmp_path: Path) -> None:
    import duckdb

    from reports.release import fetch
    from warehouse.db import migrate
    from warehouse.marts import rebuild

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    t = datetime(2026, 1, 5, tzinfo=UTC)
    rows = [("hubei", "gdp", "2024", False), ("hunan", "gdp", "2024", False), ("national", "gdp", "2024", False),
            ("national", "gdp", "2025-Q3", True),  # newer, but not what the provinces show
            ("hubei", "retail_sales", "2024", False), ("national", "retail_sales", "2025-Q3", True)]
    for region, indicator, period, cumulative in rows:
        con.execute("INSERT INTO core.observation VALUES ('nbs', ?, ?, 'level', ?, ?, 1.0, 'CNY', false, "
                    "NULL, 'https://data.stats.gov.cn/x', ?, 'sha', 'L', ?, NULL, NULL, NULL, ?)",
                    [region, indicator, period, cumulative, t, t, t])
    rebuild(con, full=True)
    table = fetch(con, "key_indicators", {})
    shown = {(r[0], r[1]): r[2] for r in table.rows}
    assert shown[("hubei", "gdp")] == shown[("national", "gdp")] == "2024"
    # the nation has no full year of retail sales: its latest, which the cell labels (a monthly indicator's
    # 前三季度 is its 1-9月)
    assert shown[("hubei", "retail_sales")] == "2024" and shown[("national", "retail_sales")] == "2025-09"
