"""Fixtures the fault suite shares with the briefing tests."""

from tests.reports.conftest import home, published  # noqa: F401
