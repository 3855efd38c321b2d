"""``legation serve``: the REST API and the dashboard over an event store.

Wired into the main Typer app by :func:`register`.
"""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from legation.errors import LegationError

logger = logging.getLogger(__name__)


def serve(
    db: Annotated[str | None, typer.Option(help="Database URL (default: the db setting).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Bearer token enabling POST /api/code and /api/ingest "
            "(default: $LEGATION_API_TOKEN; without one they stay disabled).",
        ),
    ] = None,
) -> None:
    """Serve the REST API and the dashboard (open http://HOST:PORT/).

    Example: legation serve --db sqlite:///legation.db --port 8000
    """
    import uvicorn

    from legation.api import create_app
    from legation.settings import load_settings

    try:
        settings = load_settings(overrides={"db": db})
        app = create_app(
            settings=settings, token=token or os.environ.get("LEGATION_API_TOKEN"), warm=True
        )
    except LegationError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Legation dashboard on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``legation`` Typer app."""
    app.command("serve")(serve)
