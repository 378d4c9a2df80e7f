"""Great Expectations suites kept as code, run on a staged batch; they fail closed."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from common.provinces import provinces, regions
from common.sqlfiles import named
from extractors.catalogue import compatible, indicators, measures, units

log = logging.getLogger(__name__)
# ASCII digits only: pandas reads \d as any Unicode digit, and a full-width year would pass
PERIOD_RE = r"^[0-9]{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$"
# (what extractors.cn_text.canonical_doc_number writes: 鄂政办发〔2025〕44号, 湖北省人民政府令第435号, 国务院令第777号)
DOC_NUMBER_RE = r"^(?:[\u4e00-\u9fa5]{1,12}〔\d{4}〕\d+号|[\u4e00-\u9fa5]{0,12}令第\d+号)$"
OBS_KEY = ["source", "region", "indicator", "measure", "period", "cumulative"]
HEADLINE_SECTIONS = ("gdp", "income", "prices")
# resident population, 万人: a generous band around each province's recent figures


@dataclass
class AuditResult:
    suite: str
    success: bool
    evaluated: int
    failures: list[str] = field(default_factory=list)
    result_json: str = "{}"


def _yyyymmdd(d: date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


SQL = Path(__file__).with_name("sql") / "audit.sql"


def observation_frames(con: duckdb.DuckDBPyConnection, load_id: str) -> dict[str, pd.DataFrame]:
    """The staged batch's rows with the derived columns the suites check, and the GDP identity
    frame, computed in DuckDB: only the checked columns ever reach pandas."""
    cat = indicators().values()
    con.register("audit_indicator", pd.DataFrame({"indicator": [i.id for i in cat],
                                                  "section": [i.section for i in cat], "unit": [i.unit for i in cat]}))
    regs = provinces()
    con.register("audit_region", pd.DataFrame({"region": [p.code for p in regs],
                                               "low": [float(p.population[0]) for p in regs],
                                               "high": [float(p.population[1]) for p in regs]}))
    pairs = [(u, c) for u in units() for c in {i.unit for i in cat} if compatible(u, c)]
    con.register("audit_unit_pair", pd.DataFrame(pairs, columns=["unit", "catalogue_unit"]))
    try:
        q = named(SQL)
        frame = con.execute(q["observations"], {"load_id": load_id, "headline": list(HEADLINE_SECTIONS)}).df()
        identity = con.execute(q["gdp_identity"], {"load_id": load_id}).df()
    finally:
        for name in ("audit_indicator", "audit_region", "audit_unit_pair"):
            con.unregister(name)
    return {"observations": frame, "gdp_identity": identity[["sector_gap_pct"]]}


def _suites() -> dict[str, list[Any]]:
    import great_expectations as gx

    E = gx.expectations
    today = _yyyymmdd(datetime.now(UTC).date())
    ids = sorted(indicators())
    return {
        "observations": [
            E.ExpectTableRowCountToBeBetween(min_value=1),
            *[E.ExpectColumnValuesToNotBeNull(column=c) for c in
              ("source", "region", "indicator", "measure", "period", "unit", "source_url", "raw_sha256")],
            E.ExpectColumnValuesToBeInSet(column="region", value_set=list(regions())),
            E.ExpectColumnValuesToBeInSet(column="indicator", value_set=ids),
            E.ExpectColumnValuesToBeInSet(column="unit", value_set=list(units())),
            E.ExpectColumnValuesToBeInSet(column="measure", value_set=list(measures())),
            E.ExpectCompoundColumnsToBeUnique(column_list=OBS_KEY),
            E.ExpectColumnValuesToMatchRegex(column="period", regex=PERIOD_RE),
            E.ExpectColumnValuesToBeBetween(column="period_start", max_value=today),
            # (Hubei's GDP in the first quarters of 2020 and 2021: -39.2% and +58.3%, as published)
            E.ExpectColumnValuesToBeBetween(column="growth", min_value=-50, max_value=70),
            E.ExpectColumnValuesToBeBetween(column="growth_any", min_value=-100, max_value=10000),
            E.ExpectColumnValuesToNotBeInSet(column="level_value", value_set=[0]),
            E.ExpectColumnValuesToBeBetween(column="population_wan", min_value=1000, max_value=12000),
            E.ExpectColumnValuesToBeBetween(column="population_in_range", min_value=0, max_value=1),
            E.ExpectColumnValuesToBeInSet(column="unit_matches_catalogue", value_set=[True]),
        ],
        "gdp_identity": [
            E.ExpectColumnValuesToBeBetween(column="sector_gap_pct", min_value=-0.5, max_value=0.5),
        ],
        "notices": [
            E.ExpectTableRowCountToBeBetween(min_value=1),
            *[E.ExpectColumnValuesToNotBeNull(column=c) for c in
              ("notice_id", "province", "title", "body_text", "source_url", "raw_sha256")],
            E.ExpectColumnValuesToBeUnique(column="notice_id"),
            E.ExpectColumnValueLengthsToBeBetween(column="title", min_value=4, max_value=300),
            E.ExpectColumnValueLengthsToBeBetween(column="body_text", min_value=20),
            E.ExpectColumnValuesToMatchRegex(column="doc_number", regex=DOC_NUMBER_RE),
            E.ExpectColumnValuesToBeBetween(column="published_dt", max_value=today),
            E.ExpectColumnValuesToBeBetween(column="issued_dt", max_value=today),
            # field coverage: a layout change that empties fields quarantines the batch
            E.ExpectColumnValuesToNotBeNull(column="published_date", mostly=0.9),
            E.ExpectColumnValuesToNotBeNull(column="issuer", mostly=0.8),
        ],
    }


def notice_frames(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    frame = df.copy()
    for col in ("published", "issued"):
        dt = pd.to_datetime(frame[f"{col}_date"], errors="coerce")
        frame[f"{col}_dt"] = (dt.dt.year * 10000 + dt.dt.month * 100 + dt.dt.day).astype("Int64")
    return {"notices": frame}


def audit(frames: dict[str, pd.DataFrame], docs_dir: Path | None = None) -> list[AuditResult]:
    """Validate a staged batch's frames with the suites of the same names; every suite must pass."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX copies its Data Docs assets through a temp folder it never removes (4 MB an audit): give it
    # one of ours, removed afterwards
    with tempfile.TemporaryDirectory(prefix="provintel-gx-") as scratch:
        previous, tempfile.tempdir = tempfile.tempdir, scratch
        try:
            return _audit(gx, ProgressBarsConfig, frames, docs_dir)
        finally:
            tempfile.tempdir = previous


def _audit(gx: Any, progress: Any, frames: dict[str, pd.DataFrame], docs_dir: Path | None) -> list[AuditResult]:
    suites = _suites()
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = progress(globally=False)
    if docs_dir is not None:
        try:
            docs_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("Data Docs folder %s unusable (%s): validating without Data Docs", docs_dir, exc)
            docs_dir = None
    if docs_dir is not None:
        ctx.add_data_docs_site(site_name="provintel", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}})
    source = ctx.data_sources.add_pandas("batch")
    results = []
    for name, frame in frames.items():
        expectations = suites[name]
        if name == "gdp_identity" and frame.empty:
            continue  # no province-year has all four parts: nothing to reconcile
        suite = ctx.suites.add(gx.ExpectationSuite(name=name))
        for e in expectations:
            suite.add_expectation(e)
        batch_def = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch_def, suite=suite))
        actions: list[Any] = [gx.checkpoint.UpdateDataDocsAction(name="docs")] if docs_dir is not None else []
        cp = ctx.checkpoints.add(gx.Checkpoint(name=f"cp_{name}", validation_definitions=[vd], actions=actions))
        try:
            run = cp.run(batch_parameters={"dataframe": frame})
        except Exception as exc:
            if not actions:
                raise
            # Data Docs are a convenience: a full disk or a bad folder there never stops a load
            log.warning("Data Docs not written for %s (%s): validating without them", name, exc)
            bare = ctx.checkpoints.add(gx.Checkpoint(name=f"cp_{name}_bare", validation_definitions=[vd], actions=[]))
            run = bare.run(batch_parameters={"dataframe": frame})
        for vr in run.run_results.values():
            evaluated = int(vr.statistics["evaluated_expectations"])
            failures = []
            for r in vr.results:
                if not r.success:
                    cfg = r.expectation_config
                    assert cfg is not None
                    col = cfg.kwargs.get("column") or cfg.kwargs.get("column_list")
                    sample = (r.result or {}).get("partial_unexpected_list") or []
                    failures.append(f"{cfg.type}({col}): {(r.result or {}).get('unexpected_count', '')} "
                                    f"unexpected {json.dumps(sample[:3], ensure_ascii=False, default=str)}")
            ok = bool(vr.success) and evaluated == len(expectations)
            if evaluated != len(expectations):
                failures.append(f"only {evaluated} of {len(expectations)} expectations evaluated")
            results.append(AuditResult(name, ok, evaluated, failures,
                                       json.dumps(vr.to_json_dict(), ensure_ascii=False, default=str)))
    return results
