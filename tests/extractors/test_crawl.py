"""The list walker's bounded recheck: known pages no list shows are asked on a rotation."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from extractors.crawl import ListSpec, crawl_lists, recheck_due
from extractors.http import Fetch, Outcome
from extractors.portal import PortalSettings

LIST = "https://www.example.gov.cn/zfwj/index.shtml"
KNOWN = {f"https://www.example.gov.cn/zfwj/t2024010{k % 9 + 1}_{k}.shtml" for k in range(700)}


class Client:
    """Answers the list with one new item and every detail with a small page; records what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def refusal(self, url: str) -> str | None:
        return None

    def get(self, url: str, **_: Any) -> Fetch:
        self.asked.append(url)
        body = (b'<ul><li><a href="t20251201_9999.shtml">new</a> 2025-12-01</li></ul>' if url == LIST
                else b"<html><body>x</body></html>")
        return Fetch(url, "GET", Outcome.OK, 200, "2026-12-03T00:00:00+00:00", 1, body=body)


def _rechecked(days: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", days)
    client = Client()
    pages = list(crawl_lists(client, "x", (ListSpec(LIST),), PortalSettings("x"), "notice_detail", set(KNOWN)))  # type: ignore[arg-type]
    assert pages[0].kind == "list"
    return {p.fetch.url for p in pages if p.kind == "notice_detail_recheck"}


def test_a_run_rechecks_a_bounded_share_of_known_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    every = _rechecked("1", monkeypatch)
    weekly = _rechecked("7", monkeypatch)
    assert every == KNOWN  # 1: every known page every run
    assert 60 <= len(weekly) <= 140 and weekly < KNOWN  # about a seventh of them


@pytest.mark.parametrize("days", [2, 7, 30])
def test_every_known_page_is_rechecked_once_per_period(days: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", str(days))
    start = date(2026, 12, 3)
    for url in list(KNOWN)[:100]:
        assert sum(recheck_due(url, start + timedelta(d)) for d in range(days)) == 1


def test_one_document_in_two_columns_lists_is_asked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (Handan's 政府规章 under gszbm/… and zfwj/xdfz/…: one TRS id, two paths)
    other = "https://www.example.gov.cn/xdfz/index.shtml"

    class TwoLists(Client):
        def get(self, url: str, **kw: Any) -> Fetch:
            if url == other:
                self.asked.append(url)
                return Fetch(url, "GET", Outcome.OK, 200, "2026-12-03T00:00:00+00:00", 1,
                             body=b'<ul><li><a href="/xdfz/t20251201_9999.shtml">new</a> 2025-12-01</li></ul>')
            return super().get(url, **kw)

    monkeypatch.setenv("PROVINTEL_RECHECK_DAYS", "7")
    client = TwoLists()
    pages = list(crawl_lists(client, "x", (ListSpec(LIST), ListSpec(other)), PortalSettings("x"),  # type: ignore[arg-type]
                             "notice_detail", set()))
    assert [p.fetch.url for p in pages if p.kind == "notice_detail"] == ["https://www.example.gov.cn/zfwj/t20251201_9999.shtml"]
