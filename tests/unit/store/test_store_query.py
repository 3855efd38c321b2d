"""Filtering events by actor, recipient, type and date range."""

from __future__ import annotations

from datetime import date

import pytest
from store_records import KIM, KOR, PRK, USA, SaveFn, build_article, build_mention

from legation.errors import InputError
from legation.store import Store

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
