"""Typed records that parsers return and the warehouse loads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


class ParseError(ValueError):
    """The bytes are not what the parser knows; never guessed around."""


class PartialParse(ParseError):
    """Some of a page's figures failed their checks: they are left out, the rest go on."""

    def __init__(self, message: str, records: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.records = records


class SourceChanged(ParseError):
    """The source answered in a shape it did not use before (HTML for JSON, new schema)."""


@dataclass(frozen=True)
class Observation:
    """One published figure, in canonical units."""

    region: str
    indicator: str
    measure: str
    period: str
    value: float | None
    unit: str
    cumulative: bool = False
    preliminary: bool = False
    source_text: str = ""
    indicator_zh: str = ""  # the name as the source printed it
    published_date: str | None = None  # when the source published it (ISO date), if it says

    def as_dict(self) -> dict[str, Any]:
        # every field is a scalar: no need for asdict's deep copy (a fifth of a re-parse's time)
        return {name: getattr(self, name) for name in _OBSERVATION_FIELDS}


_OBSERVATION_FIELDS = tuple(f.name for f in fields(Observation))


@dataclass(frozen=True)
class Attachment:
    name: str
    url: str


@dataclass(frozen=True)
class Notice:
    """One provincial government document, as its detail page states it."""

    province: str
    url: str
    title: str
    doc_number: str | None
    doc_number_parts: dict[str, Any] | None
    issuer: str | None
    doc_type: str | None
    issued_date: str | None
    published_date: str | None
    index_number: str | None
    validity: str | None
    column: str | None
    body_text: str
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["attachments"] = [asdict(a) for a in self.attachments]
        return d
