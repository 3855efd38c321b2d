"""Group event mentions into events.

Two mentions report the same event when they share ``EventMention.event_id``:
the same PLOVER type, the same actor keys, the same recipient keys, the same
date string, and both deny the act or neither does ("no shells were fired" and
"shells fired by the police" are two events; see
:attr:`legation.records.EventMention.event_key`). This module
is pure: no I/O, no clock. The store uses :func:`group_mentions` too, so an
event read back from the database equals the one grouped in memory.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from datetime import date

from legation.records import Event, EventMention

# More mentions make an event more believable, but never certain.
MAX_COMBINED_CONFIDENCE = 0.99


def mention_order(mention: EventMention) -> tuple[str, int, int, str]:
    """Return the sort key of a mention inside its event: article, sentence, trigger."""
    return (mention.article_id, mention.sentence_index, mention.trigger.start, mention.mention_id)


def combine_confidence(confidences: Sequence[float]) -> float:
    """Return the confidence of an event reported by mentions with these confidences.

    Mentions count as independent pieces of evidence: ``1 - prod(1 - c_i)``. The
    combination never exceeds :data:`MAX_COMBINED_CONFIDENCE` (0.99) unless a
    single mention is already more confident, and never falls below the best
    single mention. The result is rounded to 6 decimals.

    >>> combine_confidence([0.6, 0.5])
    0.8
    >>> combine_confidence([0.95, 0.9, 0.9])
    0.99

    Raises:
        ValueError: ``confidences`` is empty or holds a value outside 0..1.
    """
    if not confidences:
        raise ValueError("combine_confidence needs at least one confidence")
    for value in confidences:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"confidence must be within 0..1, got {value!r}")
    best = max(confidences)
    if len(confidences) == 1:
        return round(best, 6)
    combined = 1.0 - math.prod(1.0 - value for value in confidences)
    return round(max(best, min(combined, MAX_COMBINED_CONFIDENCE)), 6)


def date_bounds(value: str) -> tuple[date, date]:
    """Return the first and last day covered by a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date.

    >>> date_bounds("2013")
    (datetime.date(2013, 1, 1), datetime.date(2013, 12, 31))
    >>> date_bounds("2012-02")
    (datetime.date(2012, 2, 1), datetime.date(2012, 2, 29))

    Raises:
        ValueError: ``value`` is not one of the three forms.
    """
    parts = value.split("-")
    if len(parts) not in (1, 2, 3) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        if not 1 <= month <= 12:
            raise ValueError(f"not a YYYY-MM date: {value!r}")
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date(year, month, int(parts[2]))
    return day, day


def group_mentions(mentions: Iterable[EventMention], *, coder_version: str) -> list[Event]:
    """Merge mentions that report the same event into :class:`Event` records.

    The event's fields come from its most confident mention (ties: the earliest
    by article id, sentence index, trigger offset); ``location`` is the first
    non-null location in that same ranking, and ``mode`` (with ``cameo``, ``context``
    and ``goldstein``) the first mode; ``confidence`` combines every
    mention (see :func:`combine_confidence`). ``mentions`` are sorted by article
    id, sentence index and trigger start. A mention id seen twice counts once.

    Example: "North Korea accused South Korea of provocations" coded in two
    articles gives one ``ACCUSE`` event PRK -> KOR with two mentions.

    Args:
        mentions: mentions from one or many articles, in any order.
        coder_version: stamped on every event.

    Returns:
        Events ordered by date (undated last), then event id.
    """
    by_event: dict[str, dict[str, EventMention]] = {}
    for mention in mentions:
        by_event.setdefault(mention.event_id, {}).setdefault(mention.mention_id, mention)
    events = [
        _build_event(event_id, list(group.values()), coder_version=coder_version)
        for event_id, group in by_event.items()
    ]
    events.sort(key=lambda event: (event.date is None, event.date or "", event.event_id))
    return events


def _build_event(event_id: str, group: list[EventMention], *, coder_version: str) -> Event:
    ordered = sorted(group, key=mention_order)
    ranked = sorted(ordered, key=lambda m: -m.confidence)  # stable: ties keep mention order
    best = ranked[0]
    location = next((m.location for m in ranked if m.location is not None), None)
    # "conducted an airstrike ... the missiles struck the villages": the mode, with its CAMEO
    # code, comes from the best mention that says how
    manner = next((m for m in ranked if m.mode is not None), best)
    return Event(
        event_id=event_id,
        type=best.type,
        mode=manner.mode,
        context=manner.context,
        cameo=manner.cameo,
        goldstein=manner.goldstein,
        quad_class=best.quad_class,
        actor=best.actor,
        recipient=best.recipient,
        date=best.date,
        date_precision=best.date_precision,
        date_source=best.date_source,
        status=best.status,
        location=location,
        confidence=combine_confidence([m.confidence for m in ordered]),
        mentions=tuple(ordered),
        coder_version=coder_version,
    )
