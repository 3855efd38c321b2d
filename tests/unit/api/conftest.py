"""Fixtures for the API tests: a small synthetic store and a TestClient over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from legation.actors.kb import Entry, KnowledgeBase, Role
from legation.api import create_app
from legation.store import Store, open_store
from legation.store.synthetic import generate_synthetic_store

EVENTS = 240


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 240-event synthetic store, built once per session."""
    path = tmp_path_factory.mktemp("api") / "events.db"
    generate_synthetic_store(f"sqlite:///{path}", events=EVENTS, seed=11)
    return path


@pytest.fixture()
def store(store_path: Path) -> Iterator[Store]:
    """The synthetic store, opened for one test."""
    with open_store(f"sqlite:///{store_path}", create=False) as opened:
        yield opened


def _tiny_kb() -> KnowledgeBase:
    entries = [
        Entry(id="country:PRK", kind="country", name="North Korea", patterns=("North Korea",),
              roles=(Role(country="PRK", sector=None),), source="test"),
        Entry(id="person:kim-jong-un", kind="person", name="Kim Jong Un",
              patterns=("Kim Jong Un",), roles=(Role(country="PRK", sector="GOV"),),
              source="test"),
    ]
    return KnowledgeBase(entries, version="test")


def _make_client(store: Store, *, token: str | None = None) -> TestClient:
    app = create_app(store=store, token=token)
    app.state.legation._kb = _tiny_kb()
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def client(store: Store) -> TestClient:
    """A TestClient with coding disabled (no token)."""
    return _make_client(store)


@pytest.fixture()
def token_client(store: Store) -> TestClient:
    """A TestClient whose server has the token ``s3cret``."""
    return _make_client(store, token="s3cret")


@pytest.fixture()
def tiny_kb() -> KnowledgeBase:
    """A two-entry actor knowledge base (North Korea, Kim Jong Un)."""
    return _tiny_kb()


@pytest.fixture()
def envelope() -> Callable[..., dict]:
    """The checker of the error envelope: ``envelope(response, 422) -> body``."""
    return _assert_envelope


def _assert_envelope(response: object, status: int | None = None) -> dict:
    """Check the error envelope shape and return the body."""
    body = response.json()  # type: ignore[attr-defined]
    code = response.status_code  # type: ignore[attr-defined]
    assert set(body) == {"ok", "status", "code", "errors"}, body
    assert body["ok"] is False
    assert body["status"] == code
    assert isinstance(body["code"], str) and body["code"]
    assert body["errors"] and all(set(e) == {"loc", "message"} for e in body["errors"])
    if status is not None:
        assert code == status, body
    return body
