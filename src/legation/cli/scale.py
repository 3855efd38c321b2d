"""``legation ingest-parallel``: ingest on N local processes or a Dask cluster (issue 4).

The lead wires it into the main app with ``register(app)`` (and may fold its options
into ``legation ingest``).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from legation.cli.common import cli_settings as _settings
from legation.cli.common import edge as _edge
from legation.errors import InputError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def ingest_parallel(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: Annotated[str | None, typer.Option(help="Database URL (default: sqlite:///legation.db).")] = None,
    parquet: Annotated[
        str | None,
        typer.Option(help="Write mentions to a Parquet dataset (partitioned by event month) in this folder instead of a database."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (local, or for a Dask LocalCluster).")] = 1,
    dask: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786), or 'local' for a LocalCluster."),
    ] = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per partition (default: 16).")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Code articles on several workers and store them (or write Parquet).

    Example: legation ingest-parallel corpus.jsonl --db postgresql://legation@localhost/legation --workers 2

    Example: legation ingest-parallel corpus.jsonl --parquet events/ --dask tcp://scheduler:8786
    """
    from legation.ingest import read_inputs
    from legation.scale import Sink
    from legation.scale import ingest_parallel as run

    if db and parquet:
        raise InputError("give --db or --parquet, not both")
    settings = _settings(db=db, model=model)
    sink = Sink.parquet(parquet) if parquet else Sink.database(settings.db)
    summary = run(
        read_inputs(inputs, settings=settings),
        settings=settings,
        sink=sink,
        workers=workers,
        dask=dask,
        batch_size=batch_size,
    )
    ingest = summary.ingest
    for line in ingest.rejection_lines:
        err.print(f"rejected {line}", markup=False, highlight=False)
    table = Table(title=f"Ingest into {sink.target} ({summary.partitions} partitions)")
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_row("articles", str(ingest.articles))
    table.add_row("already stored (skipped)", str(ingest.skipped))
    table.add_row("sentences", str(ingest.sentences))
    table.add_row("event mentions", str(ingest.mentions))
    table.add_row("events", str(ingest.events))
    table.add_row("rejected", str(sum(ingest.rejections.values())))
    table.add_row("workers", str(len(summary.worker_pids)))
    table.add_row("largest worker peak RSS (MB)", f"{summary.worker_peak_rss_mb:.0f}")
    out.print(table)
    if ingest.rejections:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``legation ingest-parallel`` to ``app``."""
    app.command("ingest-parallel")(_edge(ingest_parallel))
