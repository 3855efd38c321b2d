"""Aggregates for the dashboard: timeline, dyads, places (GeoJSON) and actor search."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from legation.api.deps import ApiState, get_state, get_store
from legation.api.routers.events import ERRORS, Filters
from legation.api.schemas import Actors, Dyads, Timeline
from legation.store import Store
from legation.store.cube import EventCube
from legation.store.queries import (
    place_counts,
    place_rows,
    places_geojson,
    search_actors,
    timeline,
    top_dyads,
)

router = APIRouter(prefix="/api", tags=["aggregates"])
StoreDep = Annotated[Store, Depends(get_store)]
StateDep = Annotated[ApiState, Depends(get_state)]


@router.get("/timeline", response_model=Timeline, responses=ERRORS)
def get_timeline(
    store: StoreDep,
    state: StateDep,
    filters: Filters,
    interval: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
    by: Annotated[Literal["quad_class", "type"], Query()] = "quad_class",
) -> JSONResponse:
    """Count events per interval by quad class or type, with the summed Goldstein score.

    Example: ``/api/timeline?actor=PRK&recipient=KOR&interval=month``.
    """
    if EventCube.supports(filters):
        buckets = state.cube(store).timeline(filters, interval=interval, by=by)
    else:
        buckets = timeline(store, filters, interval=interval, by=by)
    keys = sorted({key for bucket in buckets for key in bucket.counts})
    # Answer directly: validating thousands of buckets against the model costs more than
    # computing them (the model still documents the shape in the OpenAPI document).
    return JSONResponse({
        "ok": True,
        "interval": interval,
        "by": by,
        "keys": keys,
        "buckets": [
            {"period": b.period, "start": b.start.isoformat(), "counts": b.counts,
             "total": b.total, "goldstein": b.goldstein}
            for b in buckets
        ],
    })


@router.get("/dyads", response_model=Dyads, responses=ERRORS)
def get_dyads(
    store: StoreDep,
    state: StateDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=200)] = 25,
) -> dict[str, Any]:
    """Return the most active (actor country, recipient country) pairs."""
    if EventCube.supports(filters):
        dyads = state.cube(store).dyads(filters, limit=limit)
    else:
        dyads = top_dyads(store, filters, limit=limit)
    return {"ok": True, "dyads": [dataclasses.asdict(dyad) for dyad in dyads]}


@router.get("/places", responses=ERRORS)
def get_places(
    store: StoreDep,
    state: StateDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    """Return event places as a GeoJSON FeatureCollection with an ``events`` count each."""
    if EventCube.supports(filters):
        places = place_rows(store, state.cube(store).place_events(filters), limit=limit)
    else:
        places = place_counts(store, filters, limit=limit)
    return places_geojson(places)


@router.get("/actors", response_model=Actors, responses=ERRORS)
def find_actors(
    store: StoreDep,
    state: StateDep,
    q: Annotated[str, Query(min_length=1, max_length=100, description="Name, id or code.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    source: Annotated[Literal["all", "kb", "store"], Query()] = "all",
) -> dict[str, Any]:
    """Search the actor knowledge base and the actors seen in the store.

    Example: ``/api/actors?q=kim`` finds ``person:kim-jong-un`` and others.
    """
    found: list[dict[str, Any]] = []
    if source in ("all", "kb"):
        found += _search_kb(state, q, limit=limit)
    if source in ("all", "store") and q.strip():
        seen = {item["id"] for item in found}
        for hit in search_actors(store, q, limit=limit):
            if hit.kb_id is not None and hit.kb_id in seen:
                continue
            found.append({
                "source": "store", "id": hit.kb_id, "name": hit.name or hit.text, "kind": None,
                "country": hit.country, "sector": hit.sector, "mentions": hit.mentions,
            })
    return {"ok": True, "actors": found[:limit]}


def _search_kb(state: ApiState, q: str, *, limit: int) -> list[dict[str, Any]]:
    needle = q.strip().casefold()
    if not needle:
        return []
    kb = state.knowledge_base()
    scored = []
    for entry in kb.entries.values():
        name = entry.name.casefold()
        if needle == entry.id.casefold() or needle == name:
            rank = 0
        elif name.startswith(needle):
            rank = 1
        elif needle in name or needle in entry.id.casefold():
            rank = 2
        elif any(needle in pattern.casefold() for pattern in entry.patterns):
            rank = 3
        else:
            continue
        kind_rank = 0 if entry.kind == "country" else 1
        scored.append(((rank, kind_rank, len(entry.name), entry.id), entry))
    scored.sort(key=lambda item: item[0])
    out = []
    for _, entry in scored[:limit]:
        role = entry.roles[-1] if entry.roles else None
        out.append({
            "source": "kb", "id": entry.id, "name": entry.name, "kind": entry.kind,
            "country": role.country if role else None, "sector": role.sector if role else None,
            "mentions": None,
        })
    return out
