"""Filtering events by actor, recipient, type and date range."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from store_records import KIM, KOR, PRK, USA, SaveFn, build_article, build_mention

from legation.errors import InputError
from legation.store import Store, apply_migrations, schema
from legation.store.queries import EventFilter, search_events

# name -> (type, actors, recipients, date)
EVENTS = {
    "e1": ("ACCUSE", (PRK,), (KOR,), "2013-03-05"),
    "e2": ("THREATEN", (PRK,), (USA,), "2013-03"),
    "e3": ("CONSULT", (USA,), (KOR,), "2013"),
    "e4": ("PROTEST", (KOR,), (PRK,), "2012-12-31"),
    "e5": ("ACCUSE", (KIM,), (USA,), None),
}
ORDER = ["e4", "e3", "e2", "e1", "e5"]  # by date string, undated last


@pytest.fixture
def filled(store: Store, save: SaveFn) -> tuple[Store, dict[str, str]]:
    ids = {}
    for name, (kind, actor, recipient, when) in EVENTS.items():
        mention = build_mention(name, type=kind, actor=actor, recipient=recipient, date=when)
        save(build_article(name), [mention])
        ids[mention.event_id] = name
    return store, ids


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ORDER),
        ({"actor": "PRK"}, ["e2", "e1", "e5"]),
        ({"actor": "person:kim-jong-un"}, ["e5"]),
        ({"recipient": "KOR"}, ["e3", "e1"]),
        ({"recipient": "PRK"}, ["e4"]),
        ({"type": "ACCUSE"}, ["e1", "e5"]),
        ({"actor": "PRK", "type": "THREATEN"}, ["e2"]),
        ({"since": date(2013, 3, 6)}, ["e3", "e2"]),
        ({"until": date(2013, 2, 28)}, ["e4", "e3"]),
        ({"since": date(2013, 3, 5), "until": date(2013, 3, 5)}, ["e3", "e2", "e1"]),
        ({"since": date(2013, 4, 1), "until": date(2013, 4, 30)}, ["e3"]),
        ({"since": date(2014, 1, 1)}, []),
        ({"actor": "FRA"}, []),
        ({"limit": 2}, ["e4", "e3"]),
        ({"limit": 2, "offset": 2}, ["e2", "e1"]),
        ({"offset": 4}, ["e5"]),
        ({"limit": 0}, []),
    ],
)
def test_query_events_filters(
    filled: tuple[Store, dict[str, str]], filters: dict[str, object], expected: list[str]
) -> None:
    store, ids = filled
    found = store.query_events(**filters)  # type: ignore[arg-type]
    assert [ids[event.event_id] for event in found] == expected
    assert all(event.mentions for event in found)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"type": "GOSSIP"}, "unknown event type"),
        ({"since": date(2013, 2, 1), "until": date(2013, 1, 1)}, "is after"),
        ({"limit": -1}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_query_events_bad_filters(store: Store, filters: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        store.query_events(**filters)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(actor="PRK"), {"e1", "e2", "e5"}),
        (EventFilter(actor="person:kim-jong-un"), {"e5"}),
        (EventFilter(actor="PRK", recipient="USA"), {"e2", "e5"}),
        (EventFilter(recipient="PRK"), {"e4"}),
        (EventFilter(countries=("USA",)), {"e2", "e3", "e5"}),
        (EventFilter(countries=("FRA", "KOR")), {"e1", "e3", "e4"}),
        (EventFilter(actor="P"), set()),  # whole codes only, no prefix match
    ],
)
def test_search_events_party_filters_use_event_parties(
    filled: tuple[Store, dict[str, str]], filters: EventFilter, expected: set[str]
) -> None:
    store, ids = filled
    page = search_events(store, filters, limit=50)
    assert {ids[event.event_id] for event in page.events} == expected


def test_migration_2_fills_event_parties_from_existing_events(
    filled: tuple[Store, dict[str, str]],
) -> None:
    store, _ = filled
    engine = store._engine
    with engine.connect() as conn:
        before = sorted(conn.execute(select(schema.event_parties)).all())
    assert ("prk", "actor") in {(row.party, row.role) for row in before}  # case-folded
    with engine.begin() as conn:  # back to a version-1 database holding the same events
        conn.execute(text("DROP TABLE event_parties"))
        conn.execute(text("DELETE FROM schema_migrations WHERE number = 2"))
    assert apply_migrations(engine) == [2]
    with engine.connect() as conn:
        after = sorted(conn.execute(select(schema.event_parties)).all())
    assert after == before
