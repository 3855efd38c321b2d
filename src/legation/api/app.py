"""The FastAPI application: the REST API under ``/api`` and the dashboard at ``/``.

Example::

    app = create_app(db="sqlite:///legation.db")
    # uvicorn.run(app, port=8000); then open http://127.0.0.1:8000/
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from legation import __version__
from legation.api.deps import ApiState, get_state, get_store
from legation.api.errors import install_error_handlers
from legation.api.routers import aggregates, coding, events
from legation.api.schemas import Health
from legation.settings import Settings
from legation.store import Store, open_store
from legation.web import STATIC_DIR

logger = logging.getLogger(__name__)


def create_app(
    *,
    store: Store | None = None,
    db: str | None = None,
    settings: Settings | None = None,
    token: str | None = None,
    warm: bool = False,
) -> FastAPI:
    """Build the API app over a store.

    Args:
        store: an open store (the caller closes it); else one is opened from ``db``.
        db: database URL, default ``settings.db``; the store must already exist.
        settings: the effective settings (default: built-in defaults).
        token: bearer token that enables ``POST /api/code`` and ``/api/ingest``;
            ``None`` keeps them disabled.
        warm: build the aggregate cube in a background thread at startup, so the
            first dashboard request on a big store does not wait for it.

    Raises:
        StoreError: the database cannot be opened or holds no event store.
    """
    settings = settings or Settings()
    owned = store is None
    if store is None:
        store = open_store(db or settings.db, create=False)
    state = ApiState(store, settings=settings, token=token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=state.cube, args=(state.store,), daemon=True).start()
        yield
        if owned:
            state.store.close()

    app = FastAPI(
        title="Legation",
        version=__version__,
        description="PLOVER political events coded from news: query, aggregate, inspect.",
        lifespan=lifespan,
        # FastAPI's own docs pages load their scripts from a CDN; ours is bundled (offline).
        docs_url=None,
        redoc_url=None,
    )
    app.state.legation = state
    install_error_handlers(app)
    app.include_router(events.router)
    app.include_router(aggregates.router)
    app.include_router(coding.router)

    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health(
        store: Annotated[Store, Depends(get_store)],
        state: Annotated[ApiState, Depends(get_state)],
    ) -> dict[str, Any]:
        """Say the API is up, with the store's schema version and row counts."""
        return {
            "ok": True,
            "version": __version__,
            "schema_version": store.schema_version(),
            "counts": store.counts(),
            "coding_enabled": state.token is not None,
        }

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        """The API reference page, rendered from /openapi.json by a bundled script."""
        return FileResponse(STATIC_DIR / "apidocs.html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
