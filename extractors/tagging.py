"""Topics for the office's work, with the matched terms as reasons; Hong Kong Traditional titles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("topics.json")


@dataclass(frozen=True)
class Tags:
    topics: tuple[str, ...]
    reasons: dict[str, list[str]]  # topic -> matched terms
    hk_relevant: bool
    hk_terms: tuple[str, ...]


@cache
def _config() -> dict[str, object]:
    data: dict[str, object] = json.loads(_PATH.read_text(encoding="utf-8"))
    return data


def tag(title: str, body: str) -> Tags:
    """Tag a notice by the terms its title and body contain (the terms are data: topics.json)."""
    text = f"{title}\n{body}"
    topics: dict[str, list[str]] = {}
    for topic, terms in _config()["topics"].items():  # type: ignore[attr-defined]
        hits = [t for t in terms if t in text]
        if hits:
            topics[topic] = hits
    hk_terms = tuple(t for t in _config()["hk_relevant"] if t in text)  # type: ignore[attr-defined]
    return Tags(tuple(topics), topics, bool(hk_terms), hk_terms)


@cache
def _converter() -> object:
    import opencc

    return opencc.OpenCC("s2hk")


def to_hk_traditional(text: str) -> str:
    """Simplified Chinese to Hong Kong Traditional Chinese (OpenCC s2hk)."""
    return str(_converter().convert(text))  # type: ignore[attr-defined]
