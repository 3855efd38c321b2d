"""Typed, immutable records that flow between the pipeline's stages.

Every stage takes and returns these records, never loose dicts. Each record has
``to_dict()`` / ``from_dict()`` for JSON, the store and worker boundaries.
Ids are derived from content so that re-running a batch upserts instead of
duplicating.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar

DatePrecision = Literal["day", "month", "year"]
DateSource = Literal["text", "publication"]
Status = Literal["occurred", "planned", "negated", "hypothetical"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES: tuple[str, ...] = ("occurred", "planned", "negated", "hypothetical")

_R = TypeVar("_R")


def stable_id(*parts: object, length: int = 16) -> str:
    """Return a short hex id derived from ``parts`` (same parts, same id).

    >>> stable_id("a", 1) == stable_id("a", 1)
    True
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def content_hash(text: str) -> str:
    """Return the SHA-256 of a text, whitespace-normalised (used to spot re-ingests)."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Shared ``to_dict`` for the frozen dataclasses below."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates as ISO strings, tuples as lists)."""
        return _plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One news article as read from a file, a JSONL record or stdin.

    ``article_id`` is the JSONL record's ``id``, else the file path.
    ``published_at`` is timezone-aware, or ``None`` when the source gives no date.
    """

    article_id: str
    text: str
    title: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    source: str | None = None  # where it was read from: "path" or "path:line"

    @property
    def content_hash(self) -> str:
        """SHA-256 of title + text, whitespace-normalised."""
        return content_hash(f"{self.title or ''}\n{self.text}")

    @property
    def published_on(self) -> date | None:
        """The publication date (calendar day), or ``None``."""
        return self.published_at.date() if self.published_at else None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build from ``to_dict()`` output."""
        values = dict(data)
        if isinstance(values.get("published_at"), str):
            values["published_at"] = datetime.fromisoformat(values["published_at"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Sentence(_Record):
    """A sentence of an article; index 0 is the title when the article has one."""

    article_id: str
    index: int
    char_start: int
    char_end: int
    text: str
    is_title: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        """Build from ``to_dict()`` output."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """An actor or recipient resolved against the knowledge base.

    ``country`` is ISO 3166 alpha-3 or one of PLOVER's KOS, IGO, UNO, EUR, NGO,
    ISM, IMG, MNC; ``sector`` a PLOVER sector code; ``id`` the knowledge-base id
    (``None`` for a generic agent such as "police"); ``why`` says how it was
    resolved (e.g. ``"person:kim-jong-un valid 2011-12-17.."``, ``"demonym+agent"``).
    Character offsets are relative to the sentence text.
    """

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    id: str | None = None
    why: str | None = None
    char_start: int | None = None
    char_end: int | None = None

    @property
    def key(self) -> str:
        """Identity used to merge mentions into events."""
        if self.id:
            return self.id
        return f"{self.country or '-'}/{self.sector or '-'}"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """Build from ``to_dict()`` output."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Place(_Record):
    """A geocoded place (GeoNames id, ISO alpha-3 country, WGS84 coordinates)."""

    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # "city", "admin1", "country"
    text: str | None = None  # the words in the sentence
    why: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        """Build from ``to_dict()`` output."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A character span inside a sentence (offsets relative to the sentence)."""

    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        """Build from ``to_dict()`` output."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class EventMention(_Record):
    """One coded finding in one sentence: a rule fired and its arguments resolved."""

    mention_id: str
    article_id: str
    sentence_index: int
    sentence_text: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    trigger: Span
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    date_precision: DatePrecision | None
    date_source: DateSource | None
    status: Status
    location: Place | None
    confidence: float
    rule_id: str
    dictionary_version: str
    date_reason: str | None = None
    sentence_start: int = 0  # offset of the sentence in the article text (title: -1)

    @property
    def event_key(self) -> tuple[str, ...]:
        """What makes two mentions the same event: type, actors, recipients, date, and
        whether the mention denies it (a denial is not one more report of the act)."""
        key = (
            self.type,
            ",".join(sorted({a.key for a in self.actor})),
            ",".join(sorted({a.key for a in self.recipient})),
            self.date or "",
        )
        return (*key, "negated") if self.status == "negated" else key

    @property
    def event_id(self) -> str:
        """Id of the event this mention belongs to (content-derived)."""
        return stable_id("event", *self.event_key)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventMention:
        """Build from ``to_dict()`` output."""
        values = dict(data)
        values.pop("event_id", None)
        values["context"] = tuple(values.get("context") or ())
        values["trigger"] = Span.from_dict(values["trigger"])
        values["actor"] = tuple(Actor.from_dict(a) for a in values.get("actor") or ())
        values["recipient"] = tuple(Actor.from_dict(a) for a in values.get("recipient") or ())
        if values.get("location"):
            values["location"] = Place.from_dict(values["location"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """The resolved event: every mention of the same type, actors, recipients and date."""

    event_id: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: str | None
    date_precision: DatePrecision | None
    date_source: DateSource | None
    status: Status
    location: Place | None
    confidence: float
    mentions: tuple[EventMention, ...] = field(default_factory=tuple)
    coder_version: str = ""

    @property
    def mention_count(self) -> int:
        """How many sentences report this event."""
        return len(self.mentions)

    @property
    def article_count(self) -> int:
        """How many distinct articles report this event."""
        return len({m.article_id for m in self.mentions})


@dataclass(frozen=True, slots=True)
class Rejection(_Record):
    """An input or stage result that was not coded, with a stable reason code.

    ``reason`` is a code from :mod:`legation.errors` (e.g. ``R-INGEST-EMPTY``);
    ``source`` names the file and, for JSONL, the line (``"a.jsonl:7"``).
    """

    stage: str
    reason: str
    detail: str
    article_id: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rejection:
        """Build from ``to_dict()`` output."""
        return cls(**data)

    def describe(self) -> str:
        """One readable line: ``path:line: R-CODE: detail``."""
        where = self.source or self.article_id or "-"
        return f"{where}: {self.reason}: {self.detail}"
