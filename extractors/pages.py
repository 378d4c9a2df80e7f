"""What a crawl yields: a fetched page and what kind of page it is, ready for a pure parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.http import Fetch


class NavigationError(Exception):
    """A page the crawl needs to go on (catalogue, list) could not be had or read."""


@dataclass(frozen=True)
class Page:
    fetch: Fetch
    kind: str
    context: dict[str, Any] = field(default_factory=dict)


def need(fetch: Fetch) -> bytes:
    """Return a navigation page's body, or stop the crawl with the fetch's outcome."""
    if not fetch.usable or fetch.body is None:
        raise NavigationError(f"{fetch.url}: {fetch.outcome} ({fetch.error or fetch.status})")
    return fetch.body
