"""Immutable dataset releases: Parquet, CSV (UTF-8 with BOM) and XLSX per dataset, and a manifest.

Everything in a release is a function of the snapshot and the parameters: no clock, no random
order, fixed zip timestamps. Rebuilding from the same snapshot gives the same bytes, so a
release can be checked years later against its manifest.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

SQL = Path(__file__).with_name("sql")
FORMATS = ("parquet", "csv", "xlsx")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ReleaseInvalid(RuntimeError):
    """A release's files do not match its manifest."""


@dataclass(frozen=True)
class Table:
    """A dataset as fetched: column names and rows."""

    name: str
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dataset_sql(name: str) -> str:
    return (SQL / f"{name}.sql").read_text(encoding="utf-8")


def _params(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    return {k: params[k] for k in sorted(set(re.findall(r"\$(\w+)", sql)))}


def fetch(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any]) -> Table:
    sql = dataset_sql(name)
    cur = con.execute(sql, _params(sql, params))
    columns = [d[0] for d in cur.description]
    return Table(name, columns, cur.fetchall())


def safe_cell(value: object) -> object:
    """Spreadsheet cells that start with = + - @ are formulas to Excel: write them as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _plain(value: object) -> object:
    """A value as CSV and XLSX cells show it: numbers stay numbers, the rest becomes text."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def write_csv(table: Table, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(table.columns)
        for row in table.rows:
            w.writerow([safe_cell(_plain(v)) for v in row])


def write_xlsx(table: Table, path: Path, created: datetime) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    fill_sheet(ws, table)
    save_workbook(wb, path, created)


def write_workbook(tables: list[Table], path: Path, created: datetime,
                   chart: tuple[str, str, str, str, str] | None = None, about: list[str] | None = None) -> None:
    """One bilingual workbook for a briefing: an About sheet (`about` lines), a sheet per dataset, and a
    chart sheet when `chart` names (dataset, category column, value column, title)."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "說明 About"
    for line in about or []:
        first.append([line])
    first.column_dimensions["A"].width = 120
    sheets = {}
    for table in tables:
        sheets[table.name] = fill_sheet(wb.create_sheet(table.name[:31]), table)
    if chart is not None and chart[0] in sheets:
        # (dataset, category column, value column, indicator to plot, title): one indicator, one unit, and one
        # period, the one most rows show (not the nation's 2025-Q3 year to date beside the provinces' 2025)
        name, category, value, indicator, title = chart
        source = next(t for t in tables if t.name == name)
        rows = [r for r in source.records() if r.get("indicator") == indicator and r.get(value) is not None]
        periods = Counter((r.get("period"), r.get("cumulative")) for r in rows)
        period = max(periods, key=lambda p: (periods[p], str(p[0])), default=(None, None))
        rows = [r for r in rows if (r.get("period"), r.get("cumulative")) == period]
        ws = wb.create_sheet("圖表數據 Chart data")
        ws.append(_heading_row(name, [category, "period", value]))
        for r in rows:
            ws.append([r[category], r.get("period"), r[value]])
        cat_col, val_col = 1, 3
    if chart is not None and chart[0] in sheets and ws.max_row > 1:
        bar = BarChart()
        bar.title = f"{title} {period[0]}" + (" 累計 YTD" if period[1] else "") if period[0] else title
        bar.add_data(Reference(ws, min_col=val_col, min_row=1, max_row=ws.max_row), titles_from_data=True)
        bar.set_categories(Reference(ws, min_col=cat_col, min_row=2, max_row=ws.max_row))
        sheet = wb.create_chartsheet("圖表 Chart")
        sheet.add_chart(bar)
    save_workbook(wb, path, created)


def fill_sheet(ws: Any, table: Table) -> Any:
    """Write a dataset to a sheet for people: bilingual headings, number formats, widths, filters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.title = table.name[:31]
    # a person opens this file: bilingual headings (the column's name stays in the CSV and Parquet)
    ws.append(_heading_row(table.name, table.columns))
    for row in table.rows:
        # control characters scraped from a page are not allowed in XLSX: drop them, keep the row
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in map(_plain, row)])
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                # scraped text is data, never a formula: store it as a string and keep Excel from re-reading it
                cell.data_type = TYPE_STRING
                if cell.value.startswith(FORMULA_START):
                    cell.quotePrefix = True
    for i, column in enumerate(ws.iter_cols(min_row=2, max_row=ws.max_row), start=1):
        values = [c.value for c in column]
        numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        for c in column:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                # 5,580,360,000,000 rather than 5.58036E+12; fractions keep their published digits
                c.number_format = "#,##0" if all(float(v).is_integer() for v in numbers) else "#,##0.0###"
        widest = max([len(str(v)) for v in values if v is not None] + [8])
        ws.column_dimensions[get_column_letter(i)].width = min(widest + 2, 60)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[cell.column_letter].width = max(ws.column_dimensions[cell.column_letter].width or 0,
                                                             min(len(str(cell.value).split("\n")[-1]) + 2, 40))
    ws.row_dimensions[1].height = 48
    if table.rows:
        ws.auto_filter.ref = ws.dimensions
    ws.freeze_panes = "A2"
    return ws


def save_workbook(wb: Any, path: Path, created: datetime) -> None:
    stamp = created.replace(tzinfo=None, microsecond=0)
    wb.properties.creator = "provintel"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    _normalise_zip(buf.getvalue(), path, stamp)


def _heading(zh: str, en: str) -> tuple[str, str]:
    """A column's description as a heading: the first clause of each language."""
    return re.split(r"[（(：:，,]", zh)[0].strip(), re.split(r"[(:;,]", en)[0].strip()


@cache
def _column_names() -> dict[str, tuple[str, str]]:
    """Column name -> (zh, en) from the warehouse descriptions, first clause of each."""
    path = Path(__file__).resolve().parent.parent / "warehouse" / "descriptions.tsv"
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and "." not in parts[0]:
            out[parts[0]] = _heading(parts[1], parts[2])
    return out


_COLUMN_COMMENT = re.compile(r"COMMENT ON COLUMN marts\.(\w+)\.(\w+) IS '((?:[^']|'')*)'")


@cache
def _mart_columns() -> dict[str, dict[str, tuple[str, str]]]:
    """Mart -> column -> (zh, en), from the transforms' own descriptions (COMMENT ON COLUMN … IS 'zh / en')."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "transforms" / "sql").glob("*.sql")):
        for mart, column, text in _COLUMN_COMMENT.findall(path.read_text(encoding="utf-8")):
            zh, _, en = re.sub(r"\s*/\s+", " / ", text.replace("''", "'"), count=1).partition(" / ")
            out.setdefault(mart, {})[column] = _heading(zh, en)
    return out


def _heading_row(dataset: str, columns: Sequence[str]) -> list[str]:
    """A sheet's first row: each column's heading in both languages (its name where none is written)."""
    names = _headings(dataset)
    return [f"{names[c][0]}\n{names[c][1]}" if c in names else c for c in columns]


def _headings(dataset: str) -> dict[str, tuple[str, str]]:
    """A dataset's column headings: its mart's own descriptions, then the warehouse's, then any mart's."""
    marts = _mart_columns()
    anywhere = {c: h for columns in marts.values() for c, h in columns.items()}
    return {**anywhere, **_column_names(), **marts.get(dataset, {})}


def _normalise_zip(data: bytes, path: Path, stamp: datetime) -> None:
    """Rewrite an xlsx with fixed member times so the same table gives the same bytes."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the wall clock on save
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + iso.encode() + rb"\g<2>", body)
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, body)


def write_parquet(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any], path: Path) -> None:
    sql = dataset_sql(name).strip().rstrip(";")
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)", _params(sql, params))


def build(con: duckdb.DuckDBPyConnection, folder: Path, datasets: Sequence[str], params: dict[str, Any],
          about: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Table]]:
    """Write every dataset in every format into `folder` and return (manifest, tables)."""
    folder.mkdir(parents=True, exist_ok=True)
    con.execute("SET threads = 1")  # one thread: row order and row groups never vary
    tables: dict[str, Table] = {}
    files = []
    sources: dict[str, dict[str, Any]] = {}
    created = datetime.fromisoformat(str(params["until"]))
    for name in datasets:
        table = tables[name] = fetch(con, name, params)
        write_parquet(con, name, params, folder / f"{name}.parquet")
        write_csv(table, folder / f"{name}.csv")
        write_xlsx(table, folder / f"{name}.xlsx", created)
        files += [file_entry(folder / f"{name}.{fmt}", name, fmt, len(table.rows)) for fmt in FORMATS]
        _vintages(table, sources)
    manifest = {
        **about,
        "software": _versions(),
        "parameters": {k: str(v) for k, v in sorted(params.items())},
        "datasets": [{"name": n, "rows": len(t.rows), "columns": t.columns} for n, t in tables.items()],
        "sources": [{"source": k, **v} for k, v in sorted(sources.items())],
        "files": files,
    }
    return manifest, tables


def _versions() -> dict[str, str]:
    """The writers' versions: a byte-identical rebuild needs the same ones."""
    from importlib.metadata import version

    return {name: version(name) for name in ("provintel", "duckdb", "openpyxl")}


def _vintages(table: Table, sources: dict[str, dict[str, Any]]) -> None:
    if "source" not in table.columns or "vintage" not in table.columns:
        return
    si, vi = table.columns.index("source"), table.columns.index("vintage")
    for row in table.rows:
        entry = sources.setdefault(row[si], {"rows": 0, "vintage_from": None, "vintage_to": None})
        entry["rows"] += 1
        v = _plain(row[vi])
        if v is not None:
            entry["vintage_from"] = min(filter(None, [entry["vintage_from"], v]))
            entry["vintage_to"] = max(filter(None, [entry["vintage_to"], v]))


def write_manifest(folder: Path, manifest: dict[str, Any]) -> Path:
    path = folder / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def file_entry(path: Path, dataset: str | None, fmt: str, rows: int | None) -> dict[str, Any]:
    """How the manifest lists a file: name, what it holds, size and sha256."""
    return {"name": path.name, "dataset": dataset, "format": fmt, "rows": rows,
            "bytes": path.stat().st_size, "sha256": sha256(path)}


def verify(folder: Path) -> list[str]:
    """Check every file against the manifest; return the problems (empty when the release is intact)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    problems = []
    listed = {f["name"] for f in manifest["files"]}
    for f in manifest["files"]:
        name = str(f["name"])
        if Path(name).name != name or name in ("", ".", ".."):
            problems.append(f"{name}: not a file name inside the release folder")
            continue  # a manifest never sends a check outside its own folder
        path = folder / name
        if not path.is_file():
            problems.append(f"{f['name']}: missing")
        elif sha256(path) != f["sha256"]:
            problems.append(f"{f['name']}: sha256 differs from the manifest")
    extra = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != "manifest.json"
                   and p.name not in listed)
    problems += [f"{name}: not in the manifest" for name in extra]
    return problems
