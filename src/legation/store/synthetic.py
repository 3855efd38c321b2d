"""Fill an event store with synthetic, reproducible events (benchmarks and browser tests).

The rows are written straight through :mod:`legation.store.schema` with SQLAlchemy
Core, in large batches, but they are built with the same converters the store
uses (:mod:`legation.store.rows`), so ``Store.get_event`` reads them back like
coded ones. Every event has one mention in one sentence of a made-up article;
four events share an article. Sentences are templates written for this module,
e.g. "Officials of France accused Germany in Paris." with the trigger, actor and
recipient offsets set.

Example::

    generate_synthetic_store("sqlite:////tmp/big.db", events=1_000_000, seed=7)
"""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from legation.records import Actor, Article, Event, EventMention, Place, Sentence, Span, stable_id
from legation.store import rows, schema
from legation.store.database import open_store

logger = logging.getLogger(__name__)

CODER_VERSION = "synthetic-1"
DICTIONARY_VERSION = "synthetic"
_EVENTS_PER_ARTICLE = 4
_BATCH = 20_000

# (ISO alpha-3, name, capital, capital latitude, capital longitude, weight)
_COUNTRIES: tuple[tuple[str, str, str, float, float, int], ...] = (
    ("USA", "the United States", "Washington", 38.9, -77.0, 30),
    ("RUS", "Russia", "Moscow", 55.8, 37.6, 20),
    ("CHN", "China", "Beijing", 39.9, 116.4, 20),
    ("GBR", "Britain", "London", 51.5, -0.1, 10),
    ("FRA", "France", "Paris", 48.9, 2.4, 8),
    ("DEU", "Germany", "Berlin", 52.5, 13.4, 8),
    ("UKR", "Ukraine", "Kyiv", 50.5, 30.5, 12),
    ("IRN", "Iran", "Tehran", 35.7, 51.4, 10),
    ("ISR", "Israel", "Jerusalem", 31.8, 35.2, 10),
    ("PRK", "North Korea", "Pyongyang", 39.0, 125.8, 6),
    ("KOR", "South Korea", "Seoul", 37.6, 127.0, 6),
    ("JPN", "Japan", "Tokyo", 35.7, 139.7, 6),
    ("IND", "India", "New Delhi", 28.6, 77.2, 8),
    ("PAK", "Pakistan", "Islamabad", 33.7, 73.1, 6),
    ("AFG", "Afghanistan", "Kabul", 34.5, 69.2, 6),
    ("IRQ", "Iraq", "Baghdad", 33.3, 44.4, 7),
    ("SYR", "Syria", "Damascus", 33.5, 36.3, 7),
    ("TUR", "Turkey", "Ankara", 39.9, 32.9, 6),
    ("EGY", "Egypt", "Cairo", 30.0, 31.2, 5),
    ("SAU", "Saudi Arabia", "Riyadh", 24.7, 46.7, 4),
    ("NGA", "Nigeria", "Abuja", 9.1, 7.5, 4),
    ("ZAF", "South Africa", "Pretoria", -25.7, 28.2, 3),
    ("KEN", "Kenya", "Nairobi", -1.3, 36.8, 3),
    ("ETH", "Ethiopia", "Addis Ababa", 9.0, 38.7, 3),
    ("BRA", "Brazil", "Brasilia", -15.8, -47.9, 4),
    ("MEX", "Mexico", "Mexico City", 19.4, -99.1, 4),
    ("VEN", "Venezuela", "Caracas", 10.5, -66.9, 3),
    ("COL", "Colombia", "Bogota", 4.7, -74.1, 3),
    ("CUB", "Cuba", "Havana", 23.1, -82.4, 2),
    ("CAN", "Canada", "Ottawa", 45.4, -75.7, 3),
    ("AUS", "Australia", "Canberra", -35.3, 149.1, 3),
    ("IDN", "Indonesia", "Jakarta", -6.2, 106.8, 3),
    ("PHL", "the Philippines", "Manila", 14.6, 121.0, 3),
    ("VNM", "Vietnam", "Hanoi", 21.0, 105.9, 2),
    ("MMR", "Myanmar", "Naypyidaw", 19.8, 96.1, 2),
    ("POL", "Poland", "Warsaw", 52.2, 21.0, 3),
    ("BLR", "Belarus", "Minsk", 53.9, 27.6, 2),
    ("SDN", "Sudan", "Khartoum", 15.6, 32.5, 3),
    ("LBY", "Libya", "Tripoli", 32.9, 13.2, 3),
    ("YEM", "Yemen", "Sanaa", 15.4, 44.2, 3),
)

# PLOVER type -> (quad class, Goldstein score, CAMEO root, past-tense verb)
_TYPES: dict[str, tuple[int, float, str, str]] = {
    "AGREE": (1, 4.0, "030", "agreed with"),
    "CONSULT": (1, 1.0, "040", "held talks with"),
    "SUPPORT": (1, 3.4, "051", "praised"),
    "CONCEDE": (1, 5.0, "080", "eased restrictions on"),
    "COOPERATE": (2, 6.0, "060", "signed a cooperation pact with"),
    "AID": (2, 7.0, "070", "sent aid to"),
    "RETREAT": (2, 5.0, "087", "pulled troops back from"),
    "REQUEST": (3, -5.0, "100", "demanded concessions from"),
    "ACCUSE": (3, -2.0, "111", "accused"),
    "REJECT": (3, -4.0, "120", "rejected a proposal by"),
    "THREATEN": (3, -6.0, "130", "threatened"),
    "PROTEST": (4, -6.5, "140", "protested against"),
    "SANCTION": (4, -8.0, "160", "imposed sanctions on"),
    "MOBILIZE": (4, -7.2, "150", "massed troops near"),
    "COERCE": (4, -7.0, "170", "detained citizens of"),
    "ASSAULT": (4, -10.0, "190", "attacked"),
}
# The mix of types: talk is common, violence rarer.
_TYPE_WEIGHTS = (8, 14, 5, 2, 5, 3, 2, 6, 9, 4, 4, 6, 3, 2, 4, 5)
_SECTORS = (None, "GOV", "MIL", "COP", "CVL", "OPP")
_SECTOR_WORDS = {
    None: "",
    "GOV": "Officials of ",
    "MIL": "Troops of ",
    "COP": "Police of ",
    "CVL": "Civilians of ",
    "OPP": "Opposition groups of ",
}
_STATUSES = ("occurred", "planned", "negated", "hypothetical")
_FIRST_DAY = date(2000, 1, 1)
_DAYS = (date(2024, 12, 31) - _FIRST_DAY).days


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    name: str
    capital: Place


def generate_synthetic_store(url: str, *, events: int, seed: int) -> dict[str, int]:
    """Create (or extend) the store at ``url`` with ``events`` synthetic events.

    The same ``seed`` and ``events`` give the same rows. Each event has one
    mention; four events share an article; most events have one actor and one
    recipient from 40 countries, dated 2000-2024 (one in ten to the month only).

    Example: ``generate_synthetic_store("sqlite:////tmp/s.db", events=1000, seed=1)``.

    Args:
        url: SQLAlchemy URL of the store (created and migrated when missing).
        events: how many events to add.
        seed: random seed.

    Returns:
        Row counts of the store's tables afterwards.

    Raises:
        ValueError: ``events`` is negative.
    """
    if events < 0:
        raise ValueError(f"events must not be negative, got {events}")
    rng = random.Random(seed)
    countries = [
        _Country(code, name, Place(name=capital, geonameid=None, country=code, lat=lat, lon=lon,
                                   feature="city", text=capital, why="synthetic capital"))
        for code, name, capital, lat, lon, _ in _COUNTRIES
    ]
    weights = [w for *_, w in _COUNTRIES]
    stamp = datetime(2025, 1, 1, tzinfo=UTC).isoformat()
    store = open_store(url)
    try:
        engine = store._engine  # direct batch writes: the Store API saves one article at a time
        with engine.begin() as conn:
            _insert_places(conn, countries)
            _insert_actors(conn, countries)
        seen: set[str] = set()
        batch: dict[str, list[dict[str, Any]]] = {}
        written = 0
        for article_rows in _articles(rng, countries, weights, total=events, seed=seed,
                                      seen=seen, stamp=stamp):
            for name, values in article_rows.items():
                batch.setdefault(name, []).extend(values)
            written += len(article_rows["events"])
            if len(batch["events"]) >= _BATCH:
                _flush(engine, batch)
                logger.info("synthetic store: %d of %d events written", written, events)
        _flush(engine, batch)
        return store.counts()
    finally:
        store.close()


def _flush(engine: Any, batch: dict[str, list[dict[str, Any]]]) -> None:
    batch["event_parties"] = [party for event in batch.get("events", []) for party in rows.party_rows(event)]
    order = ("articles", "sentences", "mentions", "mention_actors", "events", "event_parties")
    with engine.begin() as conn:
        for name in order:
            values = batch.get(name)
            if values:
                conn.execute(schema.metadata.tables[name].insert(), values)
    batch.clear()


def _insert_places(conn: Any, countries: list[_Country]) -> None:
    conn.execute(schema.places.delete().where(
        schema.places.c.place_id.in_([rows.place_id(c.capital) for c in countries])))
    conn.execute(schema.places.insert(), [rows.place_row(c.capital) for c in countries])


def _insert_actors(conn: Any, countries: list[_Country]) -> None:
    values = {}
    for country in countries:
        for sector in _SECTORS:
            actor = _actor(country, sector, start=0)
            values[rows.actor_id(actor)] = rows.actor_row(actor)
    conn.execute(schema.actors.delete().where(schema.actors.c.actor_id.in_(list(values))))
    conn.execute(schema.actors.insert(), list(values.values()))


def _actor(country: _Country, sector: str | None, *, start: int) -> Actor:
    words = f"{_SECTOR_WORDS[sector]}{country.name}"
    if sector is None:
        return Actor(text=words, name=country.name, country=country.code, sector=None,
                     id=f"country:{country.code}", why="synthetic country",
                     char_start=start, char_end=start + len(words))
    return Actor(text=words, name=None, country=country.code, sector=sector, id=None,
                 why="synthetic agent", char_start=start, char_end=start + len(words))


def _articles(
    rng: random.Random,
    countries: list[_Country],
    weights: list[int],
    *,
    total: int,
    seed: int,
    seen: set[str],
    stamp: str,
) -> Iterator[dict[str, list[dict[str, Any]]]]:
    types = list(_TYPES)
    made = 0
    number = 0
    while made < total:
        number += 1
        day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
        article_id = f"synthetic:{seed}:{number}"
        count = min(_EVENTS_PER_ARTICLE, total - made)
        mentions: list[EventMention] = []
        sentences: list[Sentence] = []
        offset = 0
        for index in range(count):
            type_ = rng.choices(types, weights=_TYPE_WEIGHTS)[0]
            quad, goldstein, cameo, verb = _TYPES[type_]
            source, target = rng.choices(countries, weights=weights, k=2)
            if target is source:
                target = countries[(countries.index(source) + 1) % len(countries)]
            where = rng.choice((source, target))
            actor = _actor(source, rng.choice(_SECTORS), start=0)
            subject = actor.text[0].upper() + actor.text[1:]
            trigger_start = len(subject) + 1
            target_start = trigger_start + len(verb) + 1
            recipient = _actor(target, rng.choice(_SECTORS), start=target_start)
            text = f"{subject} {verb} {recipient.text} in {where.capital.name}."
            month_only = rng.random() < 0.1
            when = day.isoformat()[:7] if month_only else day.isoformat()
            mention = EventMention(
                mention_id=stable_id("synthetic-mention", article_id, index),
                article_id=article_id,
                sentence_index=index,
                sentence_text=text,
                type=type_,
                mode=None,
                context=(),
                cameo=cameo,
                goldstein=goldstein,
                quad_class=quad,
                trigger=Span(text=verb, start=trigger_start, end=trigger_start + len(verb)),
                actor=(dataclasses.replace(actor, text=subject, char_end=len(subject)),),
                recipient=(recipient,),
                date=when,
                date_precision="month" if month_only else "day",
                date_source="publication" if month_only else "text",
                status=rng.choices(_STATUSES, weights=(90, 5, 3, 2))[0],
                location=where.capital,
                confidence=round(0.5 + rng.random() / 2, 3),
                rule_id=f"synthetic.{type_.lower()}",
                dictionary_version=DICTIONARY_VERSION,
                date_reason="synthetic: month only" if month_only else None,
                sentence_start=offset,
            )
            if mention.event_id in seen:
                continue  # same type, actors and date as an earlier event: draw again
            seen.add(mention.event_id)
            sentences.append(Sentence(article_id=article_id, index=index, char_start=offset,
                                      char_end=offset + len(text), text=text))
            mentions.append(mention)
            offset += len(text) + 1
        if not mentions:
            continue
        made += len(mentions)
        published = datetime(day.year, day.month, day.day, tzinfo=UTC)
        article = Article(
            article_id=article_id,
            text=" ".join(s.text for s in sentences),
            title=f"Synthetic report {number}",
            published_at=published,
            url=f"https://example.org/synthetic/{seed}/{number}",
            outlet="Synthetic Wire",
            language="en",
            source="synthetic",
        )
        yield {
            "articles": [rows.article_row(article, ingested_at=stamp, coder_version=CODER_VERSION,
                                          dictionary_version=DICTIONARY_VERSION)],
            "sentences": [rows.sentence_row(s) for s in sentences],
            "mentions": [rows.mention_row(m) for m in mentions],
            "mention_actors": [link for m in mentions for link in rows.mention_actor_rows(m)],
            "events": [rows.event_row(_event(m), coder_version=CODER_VERSION, first_seen=stamp)
                       for m in mentions],
        }


def _event(mention: EventMention) -> Event:
    return Event(
        event_id=mention.event_id,
        type=mention.type,
        mode=mention.mode,
        context=mention.context,
        cameo=mention.cameo,
        goldstein=mention.goldstein,
        quad_class=mention.quad_class,
        actor=mention.actor,
        recipient=mention.recipient,
        date=mention.date,
        date_precision=mention.date_precision,
        date_source=mention.date_source,
        status=mention.status,
        location=mention.location,
        confidence=mention.confidence,
        mentions=(mention,),
        coder_version=CODER_VERSION,
    )
