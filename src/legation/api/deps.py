"""What the routes share: the store, the aggregate cube, lazily loaded coder resources.

Routes get them through FastAPI dependencies (:func:`get_store`, :func:`get_state`),
so tests swap the store with ``app.dependency_overrides[get_store]``.
"""

from __future__ import annotations

import hmac
import logging
import threading
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Header, Request

from legation.api.errors import ApiError
from legation.settings import Settings
from legation.store import Store
from legation.store.cube import EventCube, load_cube, store_signature

if TYPE_CHECKING:
    from legation.actors.kb import KnowledgeBase
    from legation.pipeline import Resources

logger = logging.getLogger(__name__)


class ApiState:
    """The long-lived objects of one API app (one store, one settings object)."""

    def __init__(self, store: Store, *, settings: Settings, token: str | None) -> None:
        self.store = store
        self.settings = settings
        self.token = token or None
        self._lock = threading.Lock()
        self._cube: EventCube | None = None
        self._resources: Resources | None = None
        self._kb: KnowledgeBase | None = None

    def cube(self, store: Store) -> EventCube:
        """Return the aggregate cube of ``store``, rebuilt when rows were added since."""
        signature = store_signature(store)
        with self._lock:
            if self._cube is None or self._cube.signature != signature:
                logger.info("building the aggregate cube (store signature %s)", signature)
                self._cube = load_cube(store)
            return self._cube

    def resources(self) -> Resources:
        """Return the spaCy pipeline and coder, loaded on first use."""
        from legation.pipeline import load_resources

        with self._lock:
            if self._resources is None:
                self._resources = load_resources(self.settings)
            return self._resources

    def knowledge_base(self) -> KnowledgeBase:
        """Return the actor knowledge base, loaded on first use."""
        from legation.actors.kb import load_knowledge_base

        with self._lock:
            if self._kb is None:
                self._kb = load_knowledge_base(self.settings)
            return self._kb


def get_state(request: Request) -> ApiState:
    """Dependency: the app's :class:`ApiState`."""
    state: ApiState = request.app.state.legation
    return state


def get_store(state: Annotated[ApiState, Depends(get_state)]) -> Store:
    """Dependency: the event store (override it in tests)."""
    return state.store


def require_token(
    state: Annotated[ApiState, Depends(get_state)],
    authorization: Annotated[str | None, Header(max_length=2000)] = None,
) -> None:
    """Dependency: refuse unless a token is configured and the request bears it.

    Raises:
        ApiError: 403 when no token is configured (coding is disabled), 401 when the
            ``Authorization: Bearer <token>`` header is missing or wrong.
    """
    if state.token is None:
        raise ApiError(403, "coding over the API is disabled: start the server with a token "
                            "(--token or LEGATION_API_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode("utf-8"), state.token.encode("utf-8")
    ):
        raise ApiError(401, "missing or wrong bearer token")


