"""Response and request bodies of the REST API (pydantic models, in the OpenAPI document)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorItem(BaseModel):
    """One problem: where (``query.since``) and what."""

    loc: str
    message: str


class ErrorEnvelope(BaseModel):
    """The body of every error response."""

    ok: bool = False
    status: int
    code: str
    errors: list[ErrorItem]


class Health(BaseModel):
    """Liveness and store facts."""

    ok: bool = True
    version: str
    schema_version: int
    counts: dict[str, int]
    coding_enabled: bool


class ActorOut(BaseModel):
    """An actor or recipient of an event."""

    role: str
    text: str
    name: str | None
    country: str | None
    sector: str | None
    kb_id: str | None


class EventRow(BaseModel):
    """One event of a listing."""

    event_id: str
    type: str
    mode: str | None
    quad_class: int | None
    goldstein: float | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    status: str
    confidence: float
    mention_count: int
    article_count: int
    actor_countries: list[str]
    recipient_countries: list[str]
    place_id: str | None
    place_name: str | None
    place_country: str | None
    actors: list[ActorOut]
    recipients: list[ActorOut]
    sentence: str | None


class EventList(BaseModel):
    """A page of events; pass ``next_cursor`` as ``cursor`` for the next one."""

    ok: bool = True
    events: list[EventRow]
    next_cursor: str | None
    sort: str
    limit: int


class ArticleOut(BaseModel):
    """The article a mention comes from."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published_at: str | None


class SpanOut(BaseModel):
    """A character span relative to the sentence text."""

    text: str
    start: int | None
    end: int | None


class PlaceOut(BaseModel):
    """A geocoded place."""

    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    text: str | None
    why: str | None


class MentionActorOut(BaseModel):
    """An actor as resolved in one mention, with its offsets in the sentence."""

    text: str
    name: str | None
    country: str | None
    sector: str | None
    id: str | None
    why: str | None
    char_start: int | None
    char_end: int | None


class MentionOut(BaseModel):
    """One sentence reporting the event: the evidence."""

    mention_id: str
    article: ArticleOut | None
    sentence_index: int
    sentence_text: str
    trigger: SpanOut
    actor: list[MentionActorOut]
    recipient: list[MentionActorOut]
    type: str
    mode: str | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    date_reason: str | None
    status: str
    location: PlaceOut | None
    confidence: float
    rule_id: str


class EventDetail(BaseModel):
    """One event with every mention and its article."""

    ok: bool = True
    event_id: str
    type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    actor: list[MentionActorOut]
    recipient: list[MentionActorOut]
    date: str | None
    date_precision: str | None
    date_source: str | None
    status: str
    location: PlaceOut | None
    confidence: float
    coder_version: str
    mentions: list[MentionOut]


class Bucket(BaseModel):
    """Counts of one interval."""

    period: str
    start: date
    counts: dict[str, int]
    total: int
    goldstein: float


class Timeline(BaseModel):
    """Event counts per interval, by quad class or type, and summed Goldstein scores."""

    ok: bool = True
    interval: str
    by: str
    keys: list[str]
    buckets: list[Bucket]


class DyadOut(BaseModel):
    """A directed pair of countries."""

    actor: str
    recipient: str
    events: int
    goldstein: float
    conflict: int


class Dyads(BaseModel):
    """The most active pairs."""

    ok: bool = True
    dyads: list[DyadOut]


class ActorMatch(BaseModel):
    """An actor found in the knowledge base or the store."""

    source: str  # "kb" or "store"
    id: str | None
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    mentions: int | None


class Actors(BaseModel):
    """Actor search results."""

    ok: bool = True
    actors: list[ActorMatch]


class ArticleIn(BaseModel):
    """An article to code or ingest."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000_000)
    published: str | None = Field(default=None, max_length=40,
                                  description="Publication date, e.g. 2014-11-14.")
    title: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)


class CodeOut(BaseModel):
    """Events found in a text (nothing stored)."""

    ok: bool = True
    events: list[dict[str, Any]]


class IngestIn(BaseModel):
    """Articles to code and store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class IngestOut(BaseModel):
    """What an ingest did."""

    ok: bool = True
    articles: int
    skipped: int
    sentences: int
    mentions: int
    events: int
    rejections: dict[str, int]
    rejection_lines: list[str]
