"""The briefing DAGs as the scheduler runs them: approval holds the send, the sweep sends it once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.reports.conftest import publish_sample

pytestmark = pytest.mark.slow


def test_held_briefing_is_skipped_then_the_sweep_sends_it_once(tmp_path: Path, smtp_server: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from provintel.airflow_runner import bootstrap, run_dag, task_states
    from reports import delivery

    inbox, port = smtp_server
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PROVINTEL_TASK_RETRIES", "0")
    dist = {"bureaux": {"CEDB": {"name": "CEDB", "to": ["x@cedb.example"]},
                        "FSTB": {"name": "FSTB", "to": ["y@fstb.example"]}},
            "briefings": {"weekly_digest": {"bureaux": ["CEDB"], "requires_approval": False},
                          "monthly_brief": {"bureaux": ["CEDB", "FSTB"], "requires_approval": True}}}
    (tmp_path / "d.json").write_text(json.dumps(dist))
    monkeypatch.setenv("PROVINTEL_DISTRIBUTION", str(tmp_path / "d.json"))
    monkeypatch.setenv("AIRFLOW_CONN_PROVINTEL_SMTP", json.dumps({"conn_type": "smtp", "host": "127.0.0.1", "port": port,
                                                                      "extra": {"starttls": False}}))
    publish_sample()
    bootstrap()

    dr = run_dag("provintel_monthly_brief")
    states = task_states(dr)
    assert states == {"build": "success", "deliver": "skipped"}, states
    assert inbox.messages == []
    (bid,) = [r["id"] for r in delivery.status()]

    dr = run_dag("provintel_deliveries")
    assert dr.state == "success" and inbox.messages == []  # still held: nothing pending

    delivery.approve(bid, "head-of-office")
    dr = run_dag("provintel_deliveries")
    assert dr.state == "success", task_states(dr)
    assert sorted(m["Message-ID"] for _, m in inbox.messages) == [f"<{bid}.CEDB@provintel>", f"<{bid}.FSTB@provintel>"]
    assert run_dag("provintel_deliveries").state == "success"
    assert len(inbox.messages) == 2
