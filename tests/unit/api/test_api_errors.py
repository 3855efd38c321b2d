"""Bad parameters, injection strings, auth and crashes: always the envelope, never a 500."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from legation.api import create_app
from legation.api.deps import get_store
from legation.store import Store

FILTERS = ("actor", "recipient", "country", "sector", "type", "mode", "quad_class", "status",
           "since", "until", "place", "q")
INJECTIONS = (
    "' OR '1'='1",
    "PRK' --",
    "\"; DROP TABLE events; --",
    "%",
    "_",
    "%25' UNION SELECT event_id FROM events --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "PRK\x00",
    "\u202eKRP",
    "1) OR (1=1",
    "$where: 1",
)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/events?since=yesterday", 422),
        ("/api/events?until=2020-13-01", 422),
        ("/api/events?since=2020-01-02&until=2020-01-01", 400),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=501", 422),
        ("/api/events?limit=ten", 422),
        ("/api/events?sort=name", 400),
        ("/api/events?cursor=garbage!!", 400),
        ("/api/events?cursor=WyJkYXRlIiwxLCJ4Il0", 400),
        ("/api/events?type=KISS", 400),
        ("/api/events?quad_class=5", 422),
        ("/api/events?quad_class=,", 422),
        ("/api/events?status=imagined", 400),
        ("/api/events?actor=", 400),
        ("/api/events?q=" + "x" * 201, 422),
        ("/api/timeline?interval=decade", 422),
        ("/api/timeline?by=actor", 422),
        ("/api/dyads?limit=1000", 422),
        ("/api/places?limit=-1", 422),
        ("/api/actors", 422),
        ("/api/actors?q=", 422),
        ("/api/events/" + "a" * 65, 422),
        ("/api/no-such-route", 404),
        ("/static/no-such-file.js", 404),
    ],
)
def test_bad_parameter_is_4xx_envelope(client: TestClient, envelope, url: str, status: int) -> None:
    body = envelope(client.get(url), status)
    assert body["errors"][0]["message"]


def test_cursor_of_another_sort_is_refused(client: TestClient, envelope) -> None:
    cursor = client.get("/api/events?limit=2&sort=goldstein").json()["next_cursor"]
    body = envelope(client.get(f"/api/events?sort=-date&cursor={cursor}"), 400)
    assert "sort" in body["errors"][0]["message"]


def test_wrong_method_is_405_envelope(client: TestClient, envelope) -> None:
    envelope(client.post("/api/events"), 405)


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_filters_are_inert(client: TestClient, store: Store, name: str) -> None:
    before = store.counts()
    for value in INJECTIONS:
        for route in ("/api/events", "/api/timeline", "/api/dyads"):
            response = client.get(route, params={name: value})
            assert response.status_code < 500, (route, name, value, response.text)
            body = response.json()
            if response.status_code == 200 and route == "/api/events":
                # a wildcard or a quote never widens a filter to "everything"
                assert body["events"] == [], (name, value)
            elif response.status_code >= 400:
                assert body["ok"] is False
    assert store.counts() == before


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_in_ids_and_search_are_inert(client: TestClient, value: str) -> None:
    assert client.get("/api/actors", params={"q": value}).status_code in (200, 422)
    response = client.get("/api/events/" + quote(value, safe=""))
    assert response.status_code in (404, 422), response.text


def test_code_and_ingest_are_disabled_without_token(client: TestClient, envelope) -> None:
    body = envelope(client.post("/api/code", json={"text": "Hello."}), 403)
    assert body["code"] == "disabled"
    envelope(client.post("/api/ingest", json={"articles": [{"text": "Hello."}]}), 403)


@pytest.mark.parametrize("header", [None, "Bearer wrong", "s3cret", "Basic s3cret", "Bearer "])
def test_code_needs_the_right_token(token_client: TestClient, envelope, header) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = token_client.post("/api/code", json={"text": "Hello."}, headers=headers)
    body = envelope(response, 401)
    assert body["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"


def test_code_with_token_calls_code_text(token_client: TestClient, monkeypatch) -> None:
    seen = {}

    def fake_code_text(text, **options):
        seen.update(options, text=text)
        return []

    monkeypatch.setattr("legation.api.routers.coding.code_text", fake_code_text)
    monkeypatch.setattr(token_client.app.state.legation, "resources", lambda: "resources")
    response = token_client.post(
        "/api/code",
        json={"text": "Russia and China held talks.", "published": "2024-05-17"},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert response.json() == {"ok": True, "events": []}
    assert seen["published"] == "2024-05-17" and seen["resources"] == "resources"


def test_ingest_with_token_validates_body(token_client: TestClient, envelope) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    envelope(token_client.post("/api/ingest", json={"articles": []}, headers=auth), 422)
    envelope(token_client.post("/api/ingest", json={"articles": [{"txt": "x"}]}, headers=auth), 422)
    envelope(token_client.post("/api/ingest", content=b"{not json", headers=auth), 422)


def test_ingest_bad_published_date_is_400(token_client: TestClient, envelope, monkeypatch) -> None:
    monkeypatch.setattr(token_client.app.state.legation, "resources", lambda: "resources")
    response = token_client.post(
        "/api/ingest",
        json={"articles": [{"text": "Talks were held.", "published": "soon"}]},
        headers={"Authorization": "Bearer s3cret"},
    )
    envelope(response, 400)


def test_crash_is_500_envelope(store: Store, envelope) -> None:
    class Broken:
        def counts(self) -> dict:
            raise RuntimeError("boom")

        def schema_version(self) -> int:
            return 1

    app = create_app(store=store)
    app.dependency_overrides[get_store] = lambda: Broken()
    body = envelope(TestClient(app, raise_server_exceptions=False).get("/api/health"), 500)
    assert "boom" not in body["errors"][0]["message"]
