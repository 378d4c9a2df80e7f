"""Topics for the office's work, with the matched terms as reasons; Hong Kong Traditional titles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PATH = Path(__file__).with_name("topics.json")


@dataclass(frozen=True)
class Tags:
    topics: tuple[str, ...]
    reasons: dict[str, list[str]]  # topic -> matched terms
    hk_relevant: bool
    hk_terms: tuple[str, ...]

    def columns(self) -> dict[str, object]:
        """The notice record's columns: topics and their terms as JSON, the Hong Kong flag."""
        return {"topics": json.dumps(list(self.topics)), "topic_terms": json.dumps(self.reasons, ensure_ascii=False),
                "hk_relevant": self.hk_relevant}


@cache
def _config() -> dict[str, object]:
    data: dict[str, object] = json.loads(PATH.read_text(encoding="utf-8"))
    return data


def tag(title: str, body: str) -> Tags:
    """Tag a notice by what it is about (the terms and the rule are data: topics.json): a topic's term in the
    title, or in the body's opening with the topic's terms dense in the body. A long report mentioning 应急 or
    港澳 once in passing gets neither."""
    config = _config()
    topics: dict[str, list[str]] = {}
    for topic, terms in config["topics"].items():  # type: ignore[attr-defined]
        if hits := _about(title, body, terms, topic):
            topics[topic] = hits
    hk_terms = tuple(_about(title, body, config["hk_relevant"], "hk_relevant"))  # type: ignore[arg-type]
    return Tags(tuple(topics), topics, bool(hk_terms), hk_terms)


def _about(title: str, body: str, terms: list[str], name: str) -> list[str]:
    """The terms that make the notice about a topic (see topics.json's `rule`), or none."""
    rule: dict[str, int] = _config()["rule"]  # type: ignore[assignment]
    title, body = _masked(title, name), _masked(body, name)
    in_title = [t for t in terms if t in title]
    lead = body[: rule["lead"]]
    if not in_title and not any(t in lead for t in terms):
        return []
    found = [t for t in terms if t in body]
    if in_title:
        return in_title + [t for t in found if t not in in_title]
    # (each occurrence counted once, the longest term first: 防汛应急 is not two)
    rest, count = body, 0
    for t in sorted(found, key=len, reverse=True):
        count += rest.count(t)
        rest = rest.replace(t, "\x00")
    return found if count * 1000 >= rule["per_1000"] * max(len(body), rule["min_chars"]) else []


def _masked(text: str, name: str) -> str:
    """The text without the phrases that hold a term but mean something else (topics.json's `not_terms`)."""
    for phrase in _config()["not_terms"].get(name, ()):  # type: ignore[attr-defined]
        if phrase in text:
            text = text.replace(phrase, "\x00")
    return text


@cache
def _converter() -> object:
    import opencc

    return opencc.OpenCC("s2hk")


def to_hk_traditional(text: str) -> str:
    """Simplified Chinese to Hong Kong Traditional Chinese (OpenCC s2hk)."""
    return str(_converter().convert(text))  # type: ignore[attr-defined]
