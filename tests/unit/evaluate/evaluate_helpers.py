"""Build events and gold records by hand for the evaluation tests (no model)."""

from __future__ import annotations

from legation.evaluate.gold import GoldActor, GoldEvent, GoldRecord
from legation.records import Actor, Event, EventMention, Place, Span, stable_id


def make_event(
    ptype: str,
    actors: tuple[str | None, ...] = (),
    recipients: tuple[str | None, ...] = (),
    *,
    confidence: float = 0.8,
    mode: str | None = None,
    status: str = "occurred",
    sector: str | None = None,
    sentence_index: int = 0,
    sentence_start: int = 0,
    trigger_start: int = 0,
    date: str | None = None,
    precision: str | None = None,
    location: Place | None = None,
) -> Event:
    """Return an event with one mention; ``actors``/``recipients`` are country codes."""
    if sector and not actors:
        actors = (None,)
    actor = tuple(Actor(text=c or "someone", country=c, sector=sector) for c in actors)
    recipient = tuple(Actor(text=c or "someone", country=c) for c in recipients)
    key = stable_id(ptype, actors, recipients, confidence, sentence_index, trigger_start, mode, status)
    mention = EventMention(
        mention_id=key, article_id="a", sentence_index=sentence_index, sentence_text="",
        type=ptype, mode=mode, context=(), cameo=None, goldstein=None, quad_class=None,
        trigger=Span("x", trigger_start, trigger_start + 1), actor=actor, recipient=recipient,
        date=date, date_precision=precision, date_source=None, status=status,  # type: ignore[arg-type]
        location=location, confidence=confidence, rule_id="test.rule", dictionary_version="t",
        sentence_start=sentence_start,
    )
    return Event(
        event_id=key, type=ptype, mode=mode, context=(), cameo=None, goldstein=None, quad_class=None,
        actor=actor, recipient=recipient, date=date, date_precision=precision, date_source=None,  # type: ignore[arg-type]
        status=status, location=location, confidence=confidence, mentions=(mention,),  # type: ignore[arg-type]
    )


def gold_record(
    record_id: str,
    *events: GoldEvent,
    scope: str = "illustrative",
    group: str | None = None,
    negative: bool = False,
) -> GoldRecord:
    """Return a gold record with these events."""
    return GoldRecord(
        id=record_id, text="text", scope=scope, group=group or record_id, negative=negative, events=events
    )


def gold_event(
    ptype: str | None = None,
    source: str | None = None,
    target: str | None = None,
    **orig: object,
) -> GoldEvent:
    """Return a gold event; keyword arguments go to ``orig``."""
    return GoldEvent(type=ptype, source=GoldActor(country=source), target=GoldActor(country=target), orig=dict(orig))
