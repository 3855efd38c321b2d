"""Convert records to table rows and back (no database access here)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from legation.events import date_bounds
from legation.records import Actor, Article, Event, EventMention, Place, Rejection, Sentence, Span
from legation.records import stable_id as _stable_id


def utc_stamp(now: datetime | None) -> str:
    """Return ``now`` (default: the current time) as an ISO 8601 UTC string.

    Raises:
        ValueError: ``now`` is naive (no time zone).
    """
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        raise ValueError(f"time stamps must be timezone-aware, got {now.isoformat()}")
    return now.astimezone(UTC).isoformat(timespec="microseconds")


def actor_id(actor: Actor) -> str:
    """Return the store id of an actor's resolved identity (kb id, name, country, sector)."""
    return _stable_id("actor", actor.id, actor.name, actor.country, actor.sector)


def place_id(place: Place) -> str:
    """Return the store id of a place: its GeoNames id, else a hash of what we know of it."""
    if place.geonameid is not None:
        return str(place.geonameid)
    return _stable_id("place", place.name, place.country, place.lat, place.lon, place.feature)


def article_row(
    article: Article, *, ingested_at: str, coder_version: str, dictionary_version: str
) -> dict[str, Any]:
    """Return the ``articles`` row of an article."""
    return {
        "article_id": article.article_id,
        "content_hash": article.content_hash,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "language": article.language,
        "source": article.source,
        "text": article.text,
        "ingested_at": ingested_at,
        "coder_version": coder_version,
        "dictionary_version": dictionary_version,
    }


def sentence_row(sent: Sentence) -> dict[str, Any]:
    """Return the ``sentences`` row of a sentence."""
    return {
        "article_id": sent.article_id,
        "idx": sent.index,
        "char_start": sent.char_start,
        "char_end": sent.char_end,
        "text": sent.text,
        "is_title": sent.is_title,
    }


def actor_row(actor: Actor) -> dict[str, Any]:
    """Return the ``actors`` row of an actor's identity (``text`` is this sighting's words)."""
    return {
        "actor_id": actor_id(actor),
        "kb_id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "text": actor.text,
    }


def place_row(place: Place) -> dict[str, Any]:
    """Return the ``places`` row of a place."""
    return {
        "place_id": place_id(place),
        "geonameid": place.geonameid,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "feature": place.feature,
    }


def mention_row(mention: EventMention) -> dict[str, Any]:
    """Return the ``mentions`` row of a mention (actors go to ``mention_actors``)."""
    location = mention.location
    return {
        "mention_id": mention.mention_id,
        "event_id": mention.event_id,
        "article_id": mention.article_id,
        "sentence_index": mention.sentence_index,
        "sentence_start": mention.sentence_start,
        "sentence_text": mention.sentence_text,
        "type": mention.type,
        "mode": mention.mode,
        "context": json.dumps(list(mention.context)),
        "cameo": mention.cameo,
        "goldstein": mention.goldstein,
        "quad_class": mention.quad_class,
        "trigger_text": mention.trigger.text,
        "trigger_start": mention.trigger.start,
        "trigger_end": mention.trigger.end,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "date_source": mention.date_source,
        "date_reason": mention.date_reason,
        "status": mention.status,
        "place_id": place_id(location) if location else None,
        "place_text": location.text if location else None,
        "place_why": location.why if location else None,
        "confidence": mention.confidence,
        "rule_id": mention.rule_id,
        "dictionary_version": mention.dictionary_version,
    }


def mention_actor_rows(mention: EventMention) -> list[dict[str, Any]]:
    """Return the ``mention_actors`` rows of a mention (actors, then recipients)."""
    rows = []
    for role, group in (("actor", mention.actor), ("recipient", mention.recipient)):
        for position, actor in enumerate(group):
            rows.append(
                {
                    "mention_id": mention.mention_id,
                    "role": role,
                    "position": position,
                    "actor_id": actor_id(actor),
                    "text": actor.text,
                    "why": actor.why,
                    "char_start": actor.char_start,
                    "char_end": actor.char_end,
                }
            )
    return rows


def event_row(event: Event, *, coder_version: str, first_seen: str) -> dict[str, Any]:
    """Return the ``events`` row (the aggregate used for filtering and counting)."""
    _, actor_key, recipient_key, *_ = event.mentions[0].event_key
    start, end = date_bounds(event.date) if event.date else (None, None)
    return {
        "event_id": event.event_id,
        "type": event.type,
        "mode": event.mode,
        "context": json.dumps(list(event.context)),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "actor_key": actor_key,
        "recipient_key": recipient_key,
        "actor_countries": _countries(event.actor),
        "recipient_countries": _countries(event.recipient),
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "date_start": start,
        "date_end": end,
        "status": event.status,
        "place_id": place_id(event.location) if event.location else None,
        "confidence": event.confidence,
        "mention_count": event.mention_count,
        "article_count": event.article_count,
        "coder_version": coder_version,
        "first_seen": first_seen,
    }


def party_rows(event: dict[str, Any]) -> list[dict[str, str]]:
    """Return the ``event_parties`` rows of an ``events`` row: every country code and
    actor key on each side, once, case-folded (the filters ignore case everywhere)."""
    found: list[dict[str, str]] = []
    for role in ("actor", "recipient"):
        names = event[f"{role}_countries"].split() + event[f"{role}_key"].split(",")
        parties = {name.casefold() for name in names if name}
        found.extend({"event_id": event["event_id"], "role": role, "party": party} for party in sorted(parties))
    return found


def rejection_row(rejection: Rejection, *, run_id: str, created_at: str) -> dict[str, Any]:
    """Return the ``rejections`` row of a rejection."""
    return {
        "run_id": run_id,
        "stage": rejection.stage,
        "reason": rejection.reason,
        "detail": rejection.detail,
        "article_id": rejection.article_id,
        "source": rejection.source,
        "created_at": created_at,
    }


def build_actor(link: Mapping[str, Any]) -> Actor:
    """Rebuild an actor from a ``mention_actors`` row joined with its ``actors`` row."""
    return Actor(
        text=link["text"],
        name=link["name"],
        country=link["country"],
        sector=link["sector"],
        id=link["kb_id"],
        why=link["why"],
        char_start=link["char_start"],
        char_end=link["char_end"],
    )


def build_mention(
    row: Mapping[str, Any], *, actors: tuple[Actor, ...], recipients: tuple[Actor, ...]
) -> EventMention:
    """Rebuild a mention from a ``mentions`` row left-joined with ``places`` columns.

    The place columns are expected under ``p_name``, ``p_geonameid``, ``p_country``,
    ``p_lat``, ``p_lon`` and ``p_feature``.
    """
    location = None
    if row["place_id"] is not None:
        location = Place(
            name=row["p_name"],
            geonameid=row["p_geonameid"],
            country=row["p_country"],
            lat=row["p_lat"],
            lon=row["p_lon"],
            feature=row["p_feature"],
            text=row["place_text"],
            why=row["place_why"],
        )
    return EventMention(
        mention_id=row["mention_id"],
        article_id=row["article_id"],
        sentence_index=row["sentence_index"],
        sentence_text=row["sentence_text"],
        type=row["type"],
        mode=row["mode"],
        context=tuple(json.loads(row["context"])),
        cameo=row["cameo"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        trigger=Span(text=row["trigger_text"], start=row["trigger_start"], end=row["trigger_end"]),
        actor=actors,
        recipient=recipients,
        date=row["date"],
        date_precision=row["date_precision"],
        date_source=row["date_source"],
        status=row["status"],
        location=location,
        confidence=row["confidence"],
        rule_id=row["rule_id"],
        dictionary_version=row["dictionary_version"],
        date_reason=row["date_reason"],
        sentence_start=row["sentence_start"],
    )


def _countries(group: tuple[Actor, ...]) -> str:
    return " ".join(sorted({actor.country for actor in group if actor.country}))
