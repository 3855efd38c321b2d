"""``GET /api/events`` (filtered, sorted, cursor-paginated) and ``GET /api/events/{id}``."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from legation.api.deps import ApiState, get_state, get_store
from legation.api.errors import ApiError
from legation.api.schemas import ErrorEnvelope, EventDetail, EventList
from legation.records import Event
from legation.store import Store
from legation.store.cube import EventCube
from legation.store.queries import MAX_PAGE, EventFilter, get_articles, search_events

router = APIRouter(prefix="/api", tags=["events"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope},
    404: {"model": ErrorEnvelope},
    422: {"model": ErrorEnvelope},
}
_TEXT = {"max_length": 200}


def _split(value: str | None, *, name: str, upper: bool = True) -> tuple[str, ...]:
    if value is None:
        return ()
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    if not parts:
        raise ApiError(422, f"{name} must list at least one value")
    return tuple(p.upper() for p in parts) if upper else parts


def _quad_classes(value: str | None) -> tuple[int, ...]:
    parts = _split(value, name="quad_class")
    if not all(p in ("1", "2", "3", "4") for p in parts):
        raise ApiError(422, "quad_class must be a comma-separated list of 1, 2, 3, 4")
    return tuple(int(p) for p in parts)


def event_filter(
    actor: Annotated[str | None, Query(description="Actor country (PRK) or knowledge-base id.",
                                       **_TEXT)] = None,
    recipient: Annotated[str | None, Query(description="Recipient country or kb id.",
                                           **_TEXT)] = None,
    country: Annotated[str | None, Query(description="Countries on either side, comma-separated.",
                                         **_TEXT)] = None,
    sector: Annotated[str | None, Query(description="Sector of an actor or recipient (GOV).",
                                        **_TEXT)] = None,
    type: Annotated[str | None, Query(description="PLOVER types, comma-separated (ACCUSE).",
                                      **_TEXT)] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode.", **_TEXT)] = None,
    quad_class: Annotated[str | None, Query(description="Quad classes 1-4, comma-separated.",
                                            **_TEXT)] = None,
    status: Annotated[str | None, Query(description="occurred, planned, negated, hypothetical.",
                                        **_TEXT)] = None,
    since: Annotated[date | None, Query(description="Events on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Events on or before this day.")] = None,
    place: Annotated[str | None, Query(description="Place id (GeoNames id).", **_TEXT)] = None,
    q: Annotated[str | None, Query(description="Words a sentence contains.", **_TEXT)] = None,
) -> EventFilter:
    """Dependency: the event filters every listing and aggregate accepts."""
    return EventFilter(
        actor=actor.strip() if actor is not None else None,
        recipient=recipient.strip() if recipient is not None else None,
        countries=_split(country, name="country"),
        sector=sector.strip().upper() if sector is not None else None,
        types=_split(type, name="type"),
        mode=mode.strip() if mode is not None else None,
        quad_classes=_quad_classes(quad_class),
        status=status.strip().lower() if status is not None else None,
        since=since,
        until=until,
        place=place.strip() if place is not None else None,
        q=q,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]
StoreDep = Annotated[Store, Depends(get_store)]


@router.get("/events", response_model=EventList, responses=ERRORS)
def list_events(
    store: StoreDep,
    state: Annotated[ApiState, Depends(get_state)],
    filters: Filters,
    sort: Annotated[str, Query(description="date, goldstein, mentions or confidence; "
                                           "'-' first for descending.", max_length=20)] = "-date",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> dict[str, Any]:
    """List events matching the filters, one page at a time.

    Example: ``/api/events?country=PRK&type=ACCUSE,THREATEN&since=2013-01-01&limit=20``.
    """
    cube = state.cube(store) if EventCube.supports(filters) else None
    page = search_events(store, filters, sort=sort, limit=limit, cursor=cursor, cube=cube)
    return {
        "ok": True,
        "events": [dataclasses.asdict(event) for event in page.events],
        "next_cursor": page.next_cursor,
        "sort": page.sort,
        "limit": page.limit,
    }


@router.get("/events/{event_id}", response_model=EventDetail, responses=ERRORS)
def get_event(
    store: StoreDep,
    event_id: Annotated[str, Path(min_length=1, max_length=64)],
) -> dict[str, Any]:
    """Return one event with every mention, its article and the offsets to highlight."""
    event = store.get_event(event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return event_detail(event, articles=get_articles(store, {m.article_id for m in event.mentions}))


def event_detail(event: Event, *, articles: dict[str, Any]) -> dict[str, Any]:
    """Return the JSON of an event with each mention's article attached."""
    data = event.to_dict()
    for mention, out in zip(event.mentions, data["mentions"], strict=True):
        found = articles.get(mention.article_id)
        out["article"] = dataclasses.asdict(found) if found else None
    data["ok"] = True
    return data
