"""Read-only queries the REST API and the dashboard need beyond :class:`Store`'s own.

Filtering, keyset (cursor) pagination, the timeline, the most active dyads, event
places as GeoJSON, actor search and article look-ups. Every function takes a
:class:`~legation.store.Store` or a SQLAlchemy :class:`~sqlalchemy.Engine` and
returns plain frozen records; nothing here writes.

The filters work on the ``events`` aggregate table and its index of parties,
``event_parties`` (one row per country code and actor key on each side), so that a
filtered page or a dyad series of a million-event store is a few index lookups.
Only ``sector`` and the text search ``q`` reach into the mentions.

Example::

    with open_store("sqlite:///legation.db") as store:
        page = search_events(store, EventFilter(countries=("PRK",), types=("ACCUSE",)))
        buckets = timeline(store, EventFilter(actor="PRK"), interval="month")
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    String,
    case,
    cast,
    func,
    or_,
    select,
    tuple_,
)

from legation.errors import InputError
from legation.records import PLOVER_TYPES, STATUSES
from legation.store import schema
from legation.store.database import Store

if TYPE_CHECKING:
    from legation.store.cube import EventCube

Interval = Literal["day", "week", "month", "year"]
TimelineKey = Literal["quad_class", "type"]
SORTS: dict[str, str] = {
    "date": "date_start",
    "goldstein": "goldstein",
    "mentions": "mention_count",
    "confidence": "confidence",
}
INTERVALS: tuple[str, ...] = ("day", "week", "month", "year")
MAX_PAGE = 500
_CHUNK = 500
_MAX_TERMS = 50  # values per multi-valued filter (types, countries)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What events to keep; every field left empty keeps everything.

    Attributes:
        actor: a country code (``"PRK"``) or knowledge-base id (``"person:kim-jong-un"``)
            one of the event's actors has.
        recipient: the same for a recipient.
        countries: keep events with any of these countries on either side.
        sector: a sector code (``"GOV"``) an actor or recipient has.
        types: PLOVER types (any of).
        mode: a PLOVER mode (``"firearms"``).
        quad_classes: quad classes 1-4 (any of).
        status: ``occurred``, ``planned``, ``negated`` or ``hypothetical``.
        since: keep events whose date range ends on or after this day.
        until: keep events whose date range starts on or before this day.
        place: a place id (the GeoNames id as text, as ``/api/places`` returns it).
        q: words that a mention's sentence contains (case-insensitive substring).
    """

    actor: str | None = None
    recipient: str | None = None
    countries: tuple[str, ...] = ()
    sector: str | None = None
    types: tuple[str, ...] = ()
    mode: str | None = None
    quad_classes: tuple[int, ...] = ()
    status: str | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        problems = _filter_problems(self)
        if problems:
            raise InputError("; ".join(problems))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor or recipient of an event as the event list shows it."""

    role: str
    text: str
    name: str | None
    country: str | None
    sector: str | None
    kb_id: str | None


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One row of the event list (the aggregate, not every mention)."""

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
    actor_countries: tuple[str, ...]
    recipient_countries: tuple[str, ...]
    place_id: str | None
    place_name: str | None
    place_country: str | None
    actors: tuple[ActorRef, ...] = ()
    recipients: tuple[ActorRef, ...] = ()
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class EventPage:
    """A page of events and the cursor of the next page (``None`` on the last)."""

    events: tuple[EventSummary, ...]
    next_cursor: str | None
    sort: str
    limit: int


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    """Counts of one interval: per key (quad class or type), total and summed Goldstein."""

    period: str
    start: date
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    goldstein: float = 0.0


@dataclass(frozen=True, slots=True)
class Dyad:
    """A directed pair of actor and recipient countries and how often they interacted."""

    actor: str
    recipient: str
    events: int
    goldstein: float
    conflict: int  # events of quad classes 3 and 4


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place with coordinates and the number of events located there."""

    place_id: str
    name: str
    country: str | None
    lat: float
    lon: float
    feature: str | None
    events: int


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An actor identity found in the store, with the number of mentions it takes part in."""

    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    text: str
    mentions: int


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the evidence view shows of an article."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published_at: str | None


# --- filters ---------------------------------------------------------------------------


def _filter_problems(filters: EventFilter) -> list[str]:
    problems = []
    unknown = [t for t in filters.types if t not in PLOVER_TYPES]
    if unknown:
        problems.append(f"unknown event type(s) {', '.join(map(repr, unknown))}")
    if any(q not in (1, 2, 3, 4) for q in filters.quad_classes):
        problems.append("quad classes are 1, 2, 3 or 4")
    if filters.status is not None and filters.status not in STATUSES:
        problems.append(f"unknown status {filters.status!r} (one of {', '.join(STATUSES)})")
    if filters.since and filters.until and filters.since > filters.until:
        problems.append(f"since ({filters.since}) is after until ({filters.until})")
    for name in ("types", "countries", "quad_classes"):
        if len(getattr(filters, name)) > _MAX_TERMS:
            problems.append(f"at most {_MAX_TERMS} values for {name}")
    for name in ("actor", "recipient", "sector", "mode", "place", "q"):
        value = getattr(filters, name)
        if value is not None and not value.strip():
            problems.append(f"{name} must not be blank")
    return problems


def _with_party(party: str, role: str | None = None) -> ColumnElement[bool]:
    """The event has ``party`` (a country code or an actor key) as actor or recipient
    (either side when ``role`` is None), ignoring case: an index lookup in ``event_parties``."""
    parties = schema.event_parties
    found = select(parties.c.event_id).where(parties.c.party == party.casefold())
    if role is not None:
        found = found.where(parties.c.role == role)
    return schema.events.c.event_id.in_(found)


def _where(filters: EventFilter) -> list[ColumnElement[bool]]:
    table = schema.events
    clauses: list[ColumnElement[bool]] = []
    if filters.types:
        clauses.append(table.c.type.in_(filters.types))
    if filters.quad_classes:
        clauses.append(table.c.quad_class.in_(filters.quad_classes))
    if filters.mode is not None:
        clauses.append(table.c.mode == filters.mode)
    if filters.status is not None:
        clauses.append(table.c.status == filters.status)
    if filters.since is not None:
        clauses.append(table.c.date_end >= filters.since)
    if filters.until is not None:
        clauses.append(table.c.date_start <= filters.until)
    if filters.place is not None:
        clauses.append(table.c.place_id == filters.place)
    if filters.actor is not None:
        clauses.append(_with_party(filters.actor, "actor"))
    if filters.recipient is not None:
        clauses.append(_with_party(filters.recipient, "recipient"))
    if filters.countries:
        clauses.append(or_(*(_with_party(code) for code in filters.countries)))
    if filters.sector is not None:
        clauses.append(table.c.event_id.in_(_events_with_sector(filters.sector)))
    if filters.q is not None:
        clauses.append(
            table.c.event_id.in_(
                select(schema.mentions.c.event_id).where(
                    func.lower(schema.mentions.c.sentence_text).contains(
                        filters.q.strip().lower(), autoescape=True
                    )
                )
            )
        )
    return clauses


def _events_with_sector(sector: str) -> Select[tuple[str]]:
    mentions, links, actors = schema.mentions, schema.mention_actors, schema.actors
    return (
        select(mentions.c.event_id)
        .join(links, links.c.mention_id == mentions.c.mention_id)
        .join(actors, actors.c.actor_id == links.c.actor_id)
        .where(actors.c.sector == sector)
    )


def _engine(source: Store | Engine) -> Engine:
    if isinstance(source, Engine):
        return source
    return source._engine  # the Store keeps its engine private; read-only use here


# --- events ----------------------------------------------------------------------------


def encode_cursor(sort: str, value: Any, event_id: str) -> str:
    """Return the opaque cursor that resumes a listing after ``(value, event_id)``."""
    if isinstance(value, date):
        value = value.isoformat()
    raw = json.dumps([sort, value, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, *, sort: str) -> tuple[Any, str]:
    """Return ``(value, event_id)`` of a cursor made by :func:`encode_cursor`.

    Raises:
        InputError: the cursor is malformed or was made for another sort order.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as err:
        raise InputError("cursor is not one this API returned") from err
    if not (isinstance(data, list) and len(data) == 3 and isinstance(data[2], str)):
        raise InputError("cursor is not one this API returned")
    if data[0] != sort:
        raise InputError(f"cursor was made for sort={data[0]!r}, not {sort!r}")
    value = data[1]
    if value is not None and SORTS[sort.lstrip("-")] == "date_start":
        try:
            value = date.fromisoformat(value)
        except (TypeError, ValueError) as err:
            raise InputError("cursor is not one this API returned") from err
    elif value is not None and not isinstance(value, int | float):
        raise InputError("cursor is not one this API returned")
    return value, data[2]


def search_events(
    source: Store | Engine,
    filters: EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    cursor: str | None = None,
    cube: EventCube | None = None,
) -> EventPage:
    """Return one page of filtered events, newest first by default.

    Example: ``search_events(store, EventFilter(countries=("UKR",)), sort="-date", limit=20)``;
    pass the returned ``next_cursor`` as ``cursor`` for the next page.

    Args:
        source: the store or its engine.
        filters: what to keep.
        sort: ``date``, ``goldstein``, ``mentions`` or ``confidence``, ``-`` first for
            descending. Events without a value (undated) come after all others.
        limit: page size, 1 to :data:`MAX_PAGE`.
        cursor: ``next_cursor`` of the previous page.
        cube: an up-to-date :class:`~legation.store.cube.EventCube` of the store; when
            given and it supports the filters, it picks the page's ids (fast on big
            stores) and SQL only reads those rows.

    Raises:
        InputError: an unknown sort, a bad limit or a malformed cursor.
    """
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SORTS:
        raise InputError(f"unknown sort {sort!r} (one of {', '.join(SORTS)}, '-' for descending)")
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_PAGE}, got {limit}")
    after = decode_cursor(cursor, sort=sort) if cursor else None
    table = schema.events
    column = table.c[SORTS[key]]
    clauses = _where(filters)
    order = (column.desc(), table.c.event_id.desc()) if descending else (column, table.c.event_id)
    found: list[Any] = []
    if cube is not None and cube.supports(filters):
        ids, more = cube.page(filters, sort=sort, limit=limit, after=after)
        with _engine(source).connect() as conn:
            rows = {row.event_id: row for row in conn.execute(
                _summary_select().where(table.c.event_id.in_(ids)))}
            found = [rows[event_id] for event_id in ids if event_id in rows]
            parties = _parties(conn, ids)
        if more and found:
            found.append(found[-1])  # a marker: one more row exists
        return _page(found, parties, sort=sort, key=key, limit=limit)
    with _engine(source).connect() as conn:
        # Two passes keep undated (NULL) rows last and let an index serve the order.
        if after is None or after[0] is not None:
            stmt = _summary_select().where(*clauses, column.is_not(None))
            if after is not None:
                bound = tuple_(column, table.c.event_id)
                stmt = stmt.where(bound < after if descending else bound > after)
            found = list(conn.execute(stmt.order_by(*order).limit(limit + 1)))
        if len(found) <= limit:
            stmt = _summary_select().where(*clauses, column.is_(None))
            if after is not None and after[0] is None:
                edge = after[1]
                stmt = stmt.where(
                    table.c.event_id < edge if descending else table.c.event_id > edge
                )
            ids = table.c.event_id.desc() if descending else table.c.event_id
            found += list(conn.execute(stmt.order_by(ids).limit(limit + 1 - len(found))))
        parties = _parties(conn, [row.event_id for row in found[:limit]])
    return _page(found, parties, sort=sort, key=key, limit=limit)


def _page(found: list[Any], parties: dict[str, Any], *, sort: str, key: str, limit: int) -> EventPage:
    """Build the page from up to ``limit + 1`` rows (the extra one says more follow)."""
    page = found[:limit]
    next_cursor = None
    if len(found) > limit:
        last = page[-1]
        next_cursor = encode_cursor(sort, getattr(last, SORTS[key]), last.event_id)
    events = tuple(_summary(row, parties.get(row.event_id)) for row in page)
    return EventPage(events=events, next_cursor=next_cursor, sort=sort, limit=limit)


def _summary_select() -> Select[Any]:
    table, places = schema.events, schema.places
    return select(
        table,
        places.c.name.label("place_name"),
        places.c.country.label("place_country"),
    ).select_from(table.outerjoin(places, places.c.place_id == table.c.place_id))


def _summary(row: Any, parties: tuple[list[ActorRef], list[ActorRef], str] | None) -> EventSummary:
    actors, recipients, sentence = parties or ([], [], None)
    return EventSummary(
        event_id=row.event_id,
        type=row.type,
        mode=row.mode,
        quad_class=row.quad_class,
        goldstein=row.goldstein,
        date=row.date,
        date_precision=row.date_precision,
        date_source=row.date_source,
        status=row.status,
        confidence=row.confidence,
        mention_count=row.mention_count,
        article_count=row.article_count,
        actor_countries=tuple(row.actor_countries.split()),
        recipient_countries=tuple(row.recipient_countries.split()),
        place_id=row.place_id,
        place_name=row.place_name,
        place_country=row.place_country,
        actors=tuple(actors),
        recipients=tuple(recipients),
        sentence=sentence,
    )


def _parties(
    conn: Any, event_ids: Sequence[str]
) -> dict[str, tuple[list[ActorRef], list[ActorRef], str]]:
    """Actors, recipients and sentence of each event's first mention (by mention id)."""
    if not event_ids:
        return {}
    mentions, links, actors = schema.mentions, schema.mention_actors, schema.actors
    first = (
        select(mentions.c.event_id, func.min(mentions.c.mention_id).label("mention_id"))
        .where(mentions.c.event_id.in_(list(event_ids)))
        .group_by(mentions.c.event_id)
        .subquery()
    )
    sentences = {
        row.event_id: (row.mention_id, row.sentence_text)
        for row in conn.execute(
            select(first.c.event_id, first.c.mention_id, mentions.c.sentence_text).join(
                mentions, mentions.c.mention_id == first.c.mention_id
            )
        )
    }
    by_mention = {mention_id: event_id for event_id, (mention_id, _) in sentences.items()}
    result = {event_id: ([], [], text) for event_id, (_, text) in sentences.items()}
    stmt = (
        select(links, actors.c.kb_id, actors.c.name, actors.c.country, actors.c.sector)
        .join(actors, actors.c.actor_id == links.c.actor_id)
        .where(links.c.mention_id.in_(list(by_mention)))
        .order_by(links.c.mention_id, links.c.role, links.c.position)
    )
    for link in conn.execute(stmt):
        ref = ActorRef(
            role=link.role,
            text=link.text,
            name=link.name,
            country=link.country,
            sector=link.sector,
            kb_id=link.kb_id,
        )
        group = result[by_mention[link.mention_id]]
        (group[0] if link.role == "actor" else group[1]).append(ref)
    return result


def get_articles(source: Store | Engine, article_ids: Iterable[str]) -> dict[str, ArticleInfo]:
    """Return title, URL, outlet and publication time of the given articles, by id."""
    ids = sorted(set(article_ids))
    table = schema.articles
    found: dict[str, ArticleInfo] = {}
    with _engine(source).connect() as conn:
        for start in range(0, len(ids), _CHUNK):
            stmt = select(
                table.c.article_id, table.c.title, table.c.url, table.c.outlet,
                table.c.published_at,
            ).where(table.c.article_id.in_(ids[start : start + _CHUNK]))
            for row in conn.execute(stmt):
                found[row.article_id] = ArticleInfo(
                    article_id=row.article_id,
                    title=row.title,
                    url=row.url,
                    outlet=row.outlet,
                    published_at=row.published_at,
                )
    return found


# --- aggregates ------------------------------------------------------------------------


def timeline(
    source: Store | Engine,
    filters: EventFilter,
    *,
    interval: str = "month",
    by: str = "quad_class",
) -> list[TimelineBucket]:
    """Count events per interval and key, and sum their Goldstein scores.

    An event counts in the interval of the first day of its date range (an event
    dated "2014-07" counts on 2014-07-01); undated events are left out. Weeks start
    on Monday and are named by that day.

    Example: ``timeline(store, EventFilter(actor="PRK", recipient="KOR"), interval="month")``
    gives ``[TimelineBucket(period="2013-03", counts={"3": 12, "4": 2}, ...), ...]``.

    Args:
        source: the store or its engine.
        filters: what to count.
        interval: ``day``, ``week``, ``month`` or ``year``.
        by: ``quad_class`` or ``type``.

    Raises:
        InputError: an unknown interval or key.
    """
    if interval not in INTERVALS:
        raise InputError(f"unknown interval {interval!r} (one of {', '.join(INTERVALS)})")
    if by not in ("quad_class", "type"):
        raise InputError(f"timeline counts by 'quad_class' or 'type', not {by!r}")
    table = schema.events
    day = table.c.date_start
    width = {"month": 7, "year": 4}.get(interval)
    period: Any = day if width is None else func.substr(cast(day, String), 1, width)
    key_column = table.c[by]
    stmt = (
        select(
            period.label("period"),
            key_column.label("key"),
            func.count().label("n"),
            func.coalesce(func.sum(table.c.goldstein), 0.0).label("goldstein"),
        )
        .where(*_where(filters), day.is_not(None))
        .group_by(period, key_column)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    sums: dict[str, float] = defaultdict(float)
    with _engine(source).connect() as conn:
        for row in conn.execute(stmt):
            label = _period_label(row.period, interval)
            key = "none" if row.key is None else str(row.key)
            counts[label][key] = counts[label].get(key, 0) + row.n
            sums[label] += float(row.goldstein)
    return [
        TimelineBucket(
            period=label,
            start=_period_start(label, interval),
            counts=dict(sorted(counts[label].items())),
            total=sum(counts[label].values()),
            goldstein=round(sums[label], 3),
        )
        for label in sorted(counts)
    ]


def _period_label(value: Any, interval: str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value)
    if interval != "week":
        return text
    day = date.fromisoformat(text[:10])
    return (day - timedelta(days=day.weekday())).isoformat()


def _period_start(label: str, interval: str) -> date:
    if interval == "year":
        return date(int(label), 1, 1)
    if interval == "month":
        return date(int(label[:4]), int(label[5:7]), 1)
    return date.fromisoformat(label)


def top_dyads(source: Store | Engine, filters: EventFilter, *, limit: int = 25) -> list[Dyad]:
    """Return the most active (actor country, recipient country) pairs, most events first.

    Events whose actor or recipient has no country are left out; an event with two
    actor countries counts for the pair of its joined codes (``"PRK RUS"``).

    Raises:
        InputError: ``limit`` outside 1..200.
    """
    if not 1 <= limit <= 200:
        raise InputError(f"limit must be between 1 and 200, got {limit}")
    table = schema.events
    stmt = (
        select(
            table.c.actor_countries,
            table.c.recipient_countries,
            func.count().label("n"),
            func.coalesce(func.sum(table.c.goldstein), 0.0).label("goldstein"),
            func.sum(case((table.c.quad_class >= 3, 1), else_=0)).label("conflict"),
        )
        .where(*_where(filters), table.c.actor_countries != "", table.c.recipient_countries != "")
        .group_by(table.c.actor_countries, table.c.recipient_countries)
        .order_by(func.count().desc(), table.c.actor_countries, table.c.recipient_countries)
        .limit(limit)
    )
    with _engine(source).connect() as conn:
        return [
            Dyad(
                actor=row.actor_countries,
                recipient=row.recipient_countries,
                events=row.n,
                goldstein=round(float(row.goldstein), 3),
                conflict=int(row.conflict or 0),
            )
            for row in conn.execute(stmt)
        ]


def place_counts(
    source: Store | Engine, filters: EventFilter, *, limit: int = 500
) -> list[PlaceCount]:
    """Return the places events happened at, with coordinates, most events first.

    Raises:
        InputError: ``limit`` outside 1..5000.
    """
    if not 1 <= limit <= 5000:
        raise InputError(f"limit must be between 1 and 5000, got {limit}")
    table, places = schema.events, schema.places
    stmt = (
        select(
            places.c.place_id, places.c.name, places.c.country, places.c.lat, places.c.lon,
            places.c.feature, func.count().label("n"),
        )
        .select_from(table.join(places, places.c.place_id == table.c.place_id))
        .where(*_where(filters), places.c.lat.is_not(None), places.c.lon.is_not(None))
        .group_by(places.c.place_id, places.c.name, places.c.country, places.c.lat,
                  places.c.lon, places.c.feature)
        .order_by(func.count().desc(), places.c.place_id)
        .limit(limit)
    )
    with _engine(source).connect() as conn:
        return [
            PlaceCount(
                place_id=row.place_id, name=row.name, country=row.country, lat=row.lat,
                lon=row.lon, feature=row.feature, events=row.n,
            )
            for row in conn.execute(stmt)
        ]


def place_rows(source: Store | Engine, counts: dict[str, int], *, limit: int = 500) -> list[PlaceCount]:
    """Return the ``limit`` places with the most events, given event counts per place id.

    Places without coordinates are left out.
    """
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    places = schema.places
    wanted = [place_id for place_id, _ in ranked]
    info: dict[str, Any] = {}
    with _engine(source).connect() as conn:
        for start in range(0, len(wanted), _CHUNK):
            stmt = select(places).where(places.c.place_id.in_(wanted[start : start + _CHUNK]))
            info.update({row.place_id: row for row in conn.execute(stmt)})
    found = []
    for place_id, number in ranked:
        row = info.get(place_id)
        if row is None or row.lat is None or row.lon is None:
            continue
        found.append(PlaceCount(place_id=place_id, name=row.name, country=row.country,
                                lat=row.lat, lon=row.lon, feature=row.feature, events=number))
        if len(found) == limit:
            break
    return found


def places_geojson(places: Sequence[PlaceCount]) -> dict[str, Any]:
    """Return places as a GeoJSON FeatureCollection (points, ``[lon, lat]``)."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": place.place_id,
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "place_id": place.place_id,
                    "name": place.name,
                    "country": place.country,
                    "feature": place.feature,
                    "events": place.events,
                },
            }
            for place in places
        ],
    }


def search_actors(source: Store | Engine, q: str, *, limit: int = 20) -> list[ActorHit]:
    """Find stored actors whose name, words, knowledge-base id or country match ``q``.

    Matching is a case-insensitive substring; an exact country code ranks first, then
    actors taking part in more mentions.

    Raises:
        InputError: ``q`` is blank or ``limit`` outside 1..100.
    """
    needle = q.strip().lower()
    if not needle:
        raise InputError("q must not be blank")
    if not 1 <= limit <= 100:
        raise InputError(f"limit must be between 1 and 100, got {limit}")
    actors, links = schema.actors, schema.mention_actors
    mentions = (
        select(links.c.actor_id, func.count().label("n")).group_by(links.c.actor_id).subquery()
    )
    matches = or_(
        func.lower(func.coalesce(actors.c.name, "")).contains(needle, autoescape=True),
        func.lower(actors.c.text).contains(needle, autoescape=True),
        func.lower(func.coalesce(actors.c.kb_id, "")).contains(needle, autoescape=True),
        func.lower(func.coalesce(actors.c.country, "")) == needle,
    )
    stmt = (
        select(actors, func.coalesce(mentions.c.n, 0).label("n"))
        .select_from(actors.outerjoin(mentions, mentions.c.actor_id == actors.c.actor_id))
        .where(matches)
        .order_by(
            (func.lower(func.coalesce(actors.c.country, "")) == needle).desc(),
            func.coalesce(mentions.c.n, 0).desc(),
            actors.c.actor_id,
        )
        .limit(limit)
    )
    with _engine(source).connect() as conn:
        return [
            ActorHit(
                kb_id=row.kb_id, name=row.name, country=row.country, sector=row.sector,
                text=row.text, mentions=row.n,
            )
            for row in conn.execute(stmt)
        ]


__all__ = [
    "INTERVALS",
    "MAX_PAGE",
    "SORTS",
    "ActorHit",
    "ActorRef",
    "ArticleInfo",
    "Dyad",
    "EventFilter",
    "EventPage",
    "EventSummary",
    "PlaceCount",
    "TimelineBucket",
    "decode_cursor",
    "encode_cursor",
    "get_articles",
    "place_counts",
    "place_rows",
    "places_geojson",
    "search_actors",
    "search_events",
    "timeline",
    "top_dyads",
]
