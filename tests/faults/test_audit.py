"""Great Expectations leaves nothing behind, and Data Docs trouble never stops a load."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from warehouse.audit import audit, observation_frames
from warehouse.db import writer

ROW = {"source": "nbs", "region": "hubei", "indicator": "gdp", "measure": "level", "period": "2024",
       "cumulative": False, "value": 6.0e12, "unit": "CNY", "preliminary": False, "source_text": "",
       "source_url": "https://data.stats.gov.cn/x", "fetched_at": "2025-01-01", "raw_sha256": "x", "indicator_zh": ""}


@pytest.fixture
def frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """The suites' frames for rows staged in a fresh warehouse, as a load computes them."""
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))

    def staged(row: dict[str, object]) -> dict[str, pd.DataFrame]:
        with writer() as con:
            con.execute("DELETE FROM staging.observation")
            con.register("row_df", pd.DataFrame([{**row, "load_id": "t"}]))
            con.execute("INSERT INTO staging.observation BY NAME SELECT * FROM row_df")
            return observation_frames(con, "t")

    return staged


def test_an_audit_with_data_docs_leaves_no_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        frames: Any) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    staged = frames(ROW)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    results = audit(staged, tmp_path / "docs")
    assert all(r.success for r in results)
    assert list(scratch.iterdir()) == []  # was a 4 MB folder per audit
    assert (tmp_path / "docs" / "index.html").exists()


def test_an_unwritable_data_docs_folder_does_not_stop_validation(tmp_path: Path, frames: Any) -> None:
    blocker = tmp_path / "docs"
    blocker.write_text("a file where the folder should be")
    results = audit(frames(ROW), blocker)
    assert [r.success for r in results] == [True] and results[0].evaluated > 10
    bad = audit(frames({**ROW, "unit": "USD", "indicator": "cpi"}), blocker)
    assert not all(r.success for r in bad)  # still fails closed on bad data


def test_data_docs_failing_mid_write_does_not_stop_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              frames: Any) -> None:
    from great_expectations.checkpoint.actions import UpdateDataDocsAction

    def full_disk(self: object, *a: object, **k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(UpdateDataDocsAction, "run", full_disk)
    results = audit(frames(ROW), tmp_path / "docs")
    assert [r.success for r in results] == [True]
