"""A small published warehouse written row by row: five provinces, the nation, and notices with hostile text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from common.provinces import covered_codes
from common.settings import settings
from extractors.tagging import to_hk_traditional

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://evil.example","点我")'
GDP_2024 = {"hubei": 60012.97e8, "hunan": 53230.97e8, "shanxi": 25494.76e8, "jiangxi": 34202.49e8,
            "henan": 63589.99e8, "national": 1349083.5e8}


def _seen(minutes_ago: int) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=minutes_ago)


def publish_sample(extra_load_status: str | None = None, rows: bool = True) -> None:
    """Write sample rows through the writer, rebuild the marts and publish a snapshot."""
    from warehouse.db import publish, writer
    from warehouse.marts import rebuild

    t0 = _seen(60)
    with writer() as con:
        if not rows:
            publish(con)
            return
        for source in ["nbs", *(f"communiques_{p}" for p in covered_codes()),
                       *(f"notices_{p}" for p in covered_codes())]:
            con.execute("INSERT INTO meta.load_log VALUES (?, ?, ?, ?, 1, 1, 1, 0, 'success', NULL)",
                        [f"L-{source}", source, t0, t0])
        for region, v in GDP_2024.items():
            for period, value in (("2023", v / 1.05), ("2024", v)):
                con.execute("INSERT INTO core.observation VALUES ('nbs', ?, 'gdp', 'level', ?, false, ?, 'CNY', false, "
                            "NULL, 'https://data.stats.gov.cn/x', ?, 'sha', 'L-nbs', ?, NULL, NULL, NULL, ?)",
                            [region, period, value, t0, t0, t0])
            if region != "national":
                con.execute("INSERT INTO core.observation VALUES (?, ?, 'gdp', 'yoy_pct', '2024', false, 5.2, 'pct', false, "
                            "NULL, ?, ?, 'sha', 'L-c', ?, NULL, NULL, NULL, ?)",
                            [f"communiques_{region}", region, f"https://tjj.{region}.gov.cn/{FORMULA}", t0, t0, t0])
        notices = [("hubei", "关于鄂港合作的通知\x0b " + XSS, ["hk_macao_gba"], True),
                   ("henan", "关于防汛应急的通知", ["emergency_public_safety"], False),
                   ("hunan", FORMULA, ["trade"], False)]
        for i, (province, title, topics, hk) in enumerate(notices):
            nid = f"n{i}"
            con.execute("""INSERT INTO core.notice (notice_id, province, title, doc_number, issuer, body_text, content_hash,
                           version, source_url, fetched_at, raw_sha256, load_id, provenance, first_seen, last_changed,
                           topics, topic_terms, hk_relevant, title_hant, published_date)
                           VALUES (?, ?, ?, ?, '省人民政府', 'body', 'h', 1, ?, ?, 's', 'L', 'crawl', ?, ?, ?, '[]', ?, ?, ?)""",
                        [nid, province, title, "鄂政发〔2025〕1号" if i == 0 else None,
                         f"https://www.{province}.gov.cn/{nid}.html", t0, t0, t0, json.dumps(topics), hk, to_hk_traditional(title),
                         datetime(2025, 11, 1).date()])
            con.execute("INSERT INTO core.notice_event VALUES (?, 'new', NULL, 'L', ?)", [nid, t0])
        if extra_load_status:
            con.execute("INSERT INTO meta.load_log VALUES ('L-bad', 'nbs', ?, ?, 1, 0, 1, 0, ?, 'gdp_identity failed')",
                        [_seen(1), _seen(1), extra_load_status])
        rebuild(con, full=True)
        publish(con)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVINTEL_HOME", str(tmp_path / "home"))
    return settings().home


@pytest.fixture
def published(home: Path) -> Path:
    publish_sample()
    return home
