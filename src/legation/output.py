"""Turn events into flat rows for JSONL, CSV and table output (CLI and API share it)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from legation.records import Actor, Event

CSV_COLUMNS = (
    "event_id", "article_id", "sentence_index", "type", "mode", "cameo", "goldstein", "quad_class",
    "actor_country", "actor_sector", "actor_name", "recipient_country", "recipient_sector", "recipient_name",
    "date", "date_precision", "date_source", "status", "location", "location_country", "lat", "lon",
    "confidence", "mention_count", "article_count", "text",
)


def event_row(event: Event) -> dict[str, Any]:
    """The JSON shape of an event: the output contract of ``legation code --format jsonl``.

    The first mention gives ``article_id``, ``sentence_index`` and ``text``; every
    mention is listed under ``mentions`` with its offsets.
    """
    first = event.mentions[0] if event.mentions else None
    return {
        "event_id": event.event_id,
        "article_id": first.article_id if first else None,
        "sentence_index": first.sentence_index if first else None,
        "text": first.sentence_text if first else None,
        "type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "actor": [_actor(a) for a in event.actor],
        "recipient": [_actor(a) for a in event.recipient],
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "status": event.status,
        "location": event.location.to_dict() if event.location else None,
        "confidence": event.confidence,
        "mention_count": event.mention_count,
        "article_count": event.article_count,
        "mentions": [
            {
                "mention_id": m.mention_id,
                "article_id": m.article_id,
                "sentence_index": m.sentence_index,
                "sentence_start": m.sentence_start,
                "trigger": m.trigger.to_dict(),
                "rule_id": m.rule_id,
                "date_reason": m.date_reason,
            }
            for m in event.mentions
        ],
        "coder_version": event.coder_version,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {k: getattr(actor, k) for k in ("text", "name", "country", "sector", "id", "why")}


def _join(actors: Iterable[Actor], attr: str) -> str:
    return ";".join(str(getattr(a, attr) or "") for a in actors)


def flat_row(event: Event) -> dict[str, Any]:
    """One CSV/table row per event (actors joined with ';')."""
    row = event_row(event)
    place = event.location
    return {
        **{k: row[k] for k in ("event_id", "article_id", "sentence_index", "type", "mode", "cameo", "goldstein",
                               "quad_class", "date", "date_precision", "date_source", "status", "confidence",
                               "mention_count", "article_count", "text")},
        "actor_country": _join(event.actor, "country"),
        "actor_sector": _join(event.actor, "sector"),
        "actor_name": _join(event.actor, "name"),
        "recipient_country": _join(event.recipient, "country"),
        "recipient_sector": _join(event.recipient, "sector"),
        "recipient_name": _join(event.recipient, "name"),
        "location": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
    }


def to_jsonl(events: Iterable[Event]) -> str:
    """Events as JSON lines."""
    return "".join(json.dumps(event_row(e), ensure_ascii=False) + "\n" for e in events)


def to_csv(events: Iterable[Event]) -> str:
    """Events as CSV with :data:`CSV_COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(flat_row(event))
    return buffer.getvalue()
