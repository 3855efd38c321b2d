"""The in-memory cube answers exactly what the SQL queries answer."""

from __future__ import annotations

from datetime import date

import pytest

from legation.store import Store
from legation.store.cube import load_cube
from legation.store.queries import (
    EventFilter,
    place_counts,
    search_events,
    timeline,
    top_dyads,
)

FILTERS = [
    EventFilter(),
    EventFilter(actor="PRK"),
    EventFilter(actor="prk", recipient="KOR"),
    EventFilter(actor="country:RUS"),
    EventFilter(countries=("UKR", "RUS"), types=("ACCUSE", "THREATEN")),
    EventFilter(since=date(2005, 1, 1), until=date(2010, 6, 30), quad_classes=(3, 4)),
    EventFilter(status="planned"),
    EventFilter(place="nowhere"),
    EventFilter(actor="%"),
    EventFilter(mode="firearms"),
]


@pytest.fixture()
def cube(store: Store):
    return load_cube(store)


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("interval", ["day", "week", "month", "year"])
def test_cube_timeline_equals_sql(store: Store, cube, filters: EventFilter, interval: str) -> None:
    for by in ("quad_class", "type"):
        assert cube.timeline(filters, interval=interval, by=by) == timeline(
            store, filters, interval=interval, by=by
        )


@pytest.mark.parametrize("filters", FILTERS)
def test_cube_dyads_and_places_equal_sql(store: Store, cube, filters: EventFilter) -> None:
    assert cube.dyads(filters, limit=200) == top_dyads(store, filters, limit=200)
    expected = {p.place_id: p.events for p in place_counts(store, filters, limit=5000)}
    assert cube.place_events(filters) == expected


@pytest.mark.parametrize("filters", FILTERS[:6])
@pytest.mark.parametrize("sort", ["-date", "date", "goldstein", "-mentions", "-confidence"])
def test_cube_pages_equal_sql_pages(store: Store, cube, filters: EventFilter, sort: str) -> None:
    cursors = {"sql": None, "cube": None}
    for _ in range(20):
        sql = search_events(store, filters, sort=sort, limit=23, cursor=cursors["sql"])
        fast = search_events(store, filters, sort=sort, limit=23, cursor=cursors["cube"],
                             cube=cube)
        assert [e.event_id for e in fast.events] == [e.event_id for e in sql.events]
        assert fast.next_cursor == sql.next_cursor
        if sql.next_cursor is None:
            return
        cursors = {"sql": sql.next_cursor, "cube": fast.next_cursor}
    raise AssertionError("pagination did not end")
