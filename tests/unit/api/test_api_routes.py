"""Every route of the REST API over a small synthetic store (FastAPI TestClient)."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from legation.store import Store
from legation.store.queries import EventFilter, timeline

EVENTS = 240


def _all_pages(client: TestClient, query: str, *, limit: int) -> list[dict]:
    found: list[dict] = []
    cursor = None
    for _ in range(100):
        url = f"/api/events?{query}&limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(url).json()
        found += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return found
    raise AssertionError("pagination did not end")


def test_health_reports_counts(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["ok"] is True
    assert body["counts"]["events"] == EVENTS
    assert body["coding_enabled"] is False


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/health", "/api/events", "/api/events/{event_id}", "/api/timeline",
                 "/api/dyads", "/api/actors", "/api/places", "/api/code", "/api/ingest"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/openapi.json" in docs.text and "https://" not in docs.text  # bundled, no CDN


def test_dashboard_is_served_at_root(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "<title>Legation" in page.text
    for asset in ("/", "/static/app.js", "/static/style.css", "/static/world.json"):
        response = client.get(asset)
        assert response.status_code == 200, asset
        # offline: no script, style or geometry from another host
        assert "://" not in response.text.replace("http://www.w3.org/2000/svg", ""), asset


@pytest.mark.parametrize("sort", ["-date", "date", "-goldstein", "goldstein", "mentions",
                                  "-confidence"])
def test_events_cursor_pages_cover_every_event_once(client: TestClient, sort: str) -> None:
    events = _all_pages(client, f"sort={sort}", limit=37)
    ids = [e["event_id"] for e in events]
    assert len(ids) == EVENTS == len(set(ids))
    key = {"date": "date", "goldstein": "goldstein", "mentions": "mention_count",
           "confidence": "confidence"}[sort.lstrip("-")]
    values = [e[key] for e in events if e[key] is not None]
    if key == "date":  # month-precision dates sort by their first day
        values = [v if len(v) == 10 else v + "-01" for v in values]
    assert values == sorted(values, reverse=sort.startswith("-"))


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("country=PRK", lambda e: "PRK" in e["actor_countries"] + e["recipient_countries"]),
        ("country=prk,kor", lambda e: {"PRK", "KOR"} & set(e["actor_countries"]
                                                           + e["recipient_countries"])),
        ("actor=RUS", lambda e: "RUS" in e["actor_countries"]),
        ("actor=country:RUS", lambda e: any(a["kb_id"] == "country:RUS" for a in e["actors"])),
        ("recipient=USA", lambda e: "USA" in e["recipient_countries"]),
        ("type=ACCUSE,THREATEN", lambda e: e["type"] in ("ACCUSE", "THREATEN")),
        ("quad_class=4", lambda e: e["quad_class"] == 4),
        ("quad_class=1,2", lambda e: e["quad_class"] in (1, 2)),
        ("status=planned", lambda e: e["status"] == "planned"),
        ("since=2010-01-01&until=2012-12-31", lambda e: "2010" <= e["date"][:4] <= "2012"),
        ("sector=MIL", lambda e: any(a["sector"] == "MIL" for a in e["actors"] + e["recipients"])),
        ("q=troops", lambda e: "troops" in e["sentence"].lower()),
    ],
)
def test_events_filters_keep_only_matching_events(client: TestClient, query: str, check) -> None:
    events = _all_pages(client, query, limit=200)
    assert events, query
    assert len(events) < EVENTS
    assert all(check(e) for e in events), query


def test_events_place_filter_uses_place_ids_from_places(client: TestClient) -> None:
    feature = client.get("/api/places?limit=1").json()["features"][0]
    events = _all_pages(client, f"place={feature['id']}", limit=200)
    assert len(events) == feature["properties"]["events"]
    assert {e["place_id"] for e in events} == {feature["id"]}


def test_event_detail_has_mentions_articles_and_offsets(client: TestClient) -> None:
    event_id = client.get("/api/events?limit=1").json()["events"][0]["event_id"]
    body = client.get(f"/api/events/{event_id}").json()
    assert body["ok"] is True and body["event_id"] == event_id
    mention = body["mentions"][0]
    text = mention["sentence_text"]
    trigger = mention["trigger"]
    assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    for actor in mention["actor"] + mention["recipient"]:
        assert text[actor["char_start"]:actor["char_end"]] == actor["text"]
    assert mention["article"]["url"].startswith("https://example.org/synthetic/")
    assert mention["article"]["outlet"] == "Synthetic Wire"
    assert mention["date_precision"] in ("day", "month")


def test_event_detail_unknown_id_is_404_envelope(client: TestClient, envelope) -> None:
    body = envelope(client.get("/api/events/0000000000000000"), 404)
    assert body["code"] == "not_found"


@pytest.mark.parametrize("interval", ["day", "week", "month", "year"])
@pytest.mark.parametrize("by", ["quad_class", "type"])
def test_timeline_totals_match_the_event_count(client: TestClient, interval: str, by: str) -> None:
    body = client.get(f"/api/timeline?interval={interval}&by={by}").json()
    assert sum(b["total"] for b in body["buckets"]) == EVENTS
    assert all(sum(b["counts"].values()) == b["total"] for b in body["buckets"])
    periods = [b["period"] for b in body["buckets"]]
    assert periods == sorted(periods)
    assert set(body["keys"]) <= ({"1", "2", "3", "4", "none"} if by == "quad_class"
                                 else set(body["keys"]))


def test_timeline_cube_equals_sql(client: TestClient, store: Store) -> None:
    filters = EventFilter(actor="PRK", since=date(2005, 1, 1))
    body = client.get("/api/timeline?actor=PRK&since=2005-01-01&interval=month").json()
    expected = timeline(store, filters, interval="month")
    assert [(b["period"], b["counts"], b["goldstein"]) for b in body["buckets"]] == [
        (b.period, b.counts, b.goldstein) for b in expected
    ]


def test_timeline_with_text_search_uses_sql(client: TestClient) -> None:
    body = client.get("/api/timeline?q=attacked&interval=year&by=type").json()
    assert set(body["keys"]) == {"ASSAULT"}


def test_dyads_are_sorted_and_respect_filters(client: TestClient) -> None:
    dyads = client.get("/api/dyads?limit=10").json()["dyads"]
    assert 0 < len(dyads) <= 10
    counts = [d["events"] for d in dyads]
    assert counts == sorted(counts, reverse=True)
    only = client.get("/api/dyads?actor=USA").json()["dyads"]
    assert only and all(d["actor"] == "USA" for d in only)


def test_places_is_geojson_with_counts(client: TestClient) -> None:
    body = client.get("/api/places").json()
    assert body["type"] == "FeatureCollection"
    total = sum(f["properties"]["events"] for f in body["features"])
    assert total == EVENTS
    lon, lat = body["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_actors_search_kb_then_store(client: TestClient) -> None:
    found = client.get("/api/actors?q=korea").json()["actors"]
    assert found[0] == {"source": "kb", "id": "country:PRK", "name": "North Korea",
                        "kind": "country", "country": "PRK", "sector": None, "mentions": None}
    store_hits = [a for a in found if a["source"] == "store"]
    assert store_hits and all(a["mentions"] >= 0 for a in store_hits)
    assert client.get("/api/actors?q=kim&source=kb").json()["actors"][0]["id"] == (
        "person:kim-jong-un"
    )
