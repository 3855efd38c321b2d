"""``legation export``: write stored events to a file (issue 4).

The lead wires it into the main app with ``register(app)``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from legation.cli.common import (
    ActorOption,
    DbOption,
    LimitOption,
    RecipientOption,
    SinceOption,
    TypeOption,
    UntilOption,
)
from legation.cli.common import cli_settings as _settings
from legation.cli.common import edge as _edge
from legation.cli.common import parse_day as _parse_day

err = Console(stderr=True, soft_wrap=True)


class ExportFormat(StrEnum):
    """Export file formats."""

    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    plover = "plover"
    gdelt = "gdelt"


def export(
    out: Annotated[Path, typer.Argument(help="File to write (overwritten).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.jsonl,
    db: DbOption = None,
    actor: ActorOption = None,
    recipient: RecipientOption = None,
    event_type: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
) -> None:
    """Export stored events, filtered like `legation events`, to a file.

    Formats: parquet, csv, jsonl, plover (PLOVER JSON field names, one event per line) and
    gdelt (tab-separated, GDELT 2.0 event table column order; see docs/exports.md).

    Example: legation export --db sqlite:///legation.db --format plover --actor PRK prk.jsonl
    """
    from legation.export import ExportFilters, export_events
    from legation.store import open_store

    settings = _settings(db=db)
    filters = ExportFilters(
        actor=actor,
        recipient=recipient,
        type=event_type.upper() if event_type else None,
        since=_parse_day(since, "since"),
        until=_parse_day(until, "until"),
        limit=limit,
    )
    with open_store(settings.db, create=False) as store:
        count = export_events(store, out, format=fmt.value, filters=filters)
    err.print(f"exported {count} events to {out} ({fmt.value})", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``legation export`` to ``app``."""
    app.command("export")(_edge(export))
