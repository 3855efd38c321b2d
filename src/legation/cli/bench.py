"""``legation bench``: parse-alone vs end-to-end throughput, or query speed (issue 4).

The lead wires it into the main app with ``register(app)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from legation.cli.common import cli_settings as _settings
from legation.cli.common import edge as _edge
from legation.errors import InputError

if TYPE_CHECKING:
    from legation.scale.bench import QueryReport

out = Console(soft_wrap=True)

DEFAULT_QUERY_DB = "sqlite:///bench-queries.db"


def bench(
    corpus: Annotated[
        Path | None, typer.Argument(help="JSONL corpus, e.g. ../shared/data/corpus/wikinews.jsonl.")
    ] = None,
    articles: Annotated[int, typer.Option(help="Use the first N articles.")] = 300,
    workers: Annotated[int, typer.Option(help="Worker processes for the end-to-end run.")] = 1,
    repeat: Annotated[
        int, typer.Option(help="Timed runs of parse alone and of end to end, alternating, after one untimed warm-up round; medians reported.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, or 'local' for a LocalCluster of --workers."),
    ] = None,
    queries: Annotated[
        bool, typer.Option("--queries", help="Time store queries on a synthetic store instead.")
    ] = False,
    events: Annotated[int, typer.Option(help="Synthetic events for --queries.")] = 1_000_000,
    db: Annotated[
        list[str] | None,
        typer.Option(help="Store(s) for --queries (repeatable; default sqlite:///bench-queries.db)."),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Texts per nlp.pipe batch.")] = None,
) -> None:
    """Time spaCy parsing alone against Legation end to end, or time store queries.

    Example: legation bench ../shared/data/corpus/wikinews.jsonl --articles 300 --workers 2

    Example: legation bench --queries --events 1000000 --db sqlite:///big.db
    """
    from legation.scale.bench import bench_pipeline, bench_queries

    if queries:
        for url in db or [DEFAULT_QUERY_DB]:
            _print_queries(bench_queries(url, events=events))
        return
    if corpus is None:
        raise InputError("give a CORPUS.jsonl to benchmark, or --queries")
    settings = _settings(model=model, batch_size=batch_size)
    report = bench_pipeline(
        corpus, articles=articles, workers=workers, dask=dask, settings=settings, repeat=repeat
    )
    table = Table(
        title=f"{report.corpus}: {report.parse.articles} articles, {report.parse.sentences} "
        f"sentences, {report.parse.tokens} tokens; end to end on {report.workers} "
        f"{report.pool} worker(s)"
    )
    for column in ("run", "seconds", "articles/s", "sentences/s", "tokens/s"):
        table.add_column(column, justify="right" if column != "run" else "left")
    for run in (report.parse, report.end_to_end):
        table.add_row(
            run.label,
            f"{run.seconds:.2f}",
            f"{run.articles_per_s:.1f}",
            f"{run.sentences_per_s:.0f}",
            f"{run.tokens_per_s:.0f}",
        )
    out.print(table)
    if len(report.parse_runs) > 1:
        out.print(
            f"runs (the table shows their medians): (a) {', '.join(f'{s:.2f}' for s in report.parse_runs)} s; "
            f"(b) {', '.join(f'{s:.2f}' for s in report.end_to_end_runs)} s"
        )
    out.print(f"ratio end-to-end / parse (b/a): {report.ratio:.2f}")
    out.print(f"events stored: {report.events}")
    out.print(f"load + warm-up (not timed above): {report.load_seconds:.1f} s")
    out.print(
        f"peak RSS: main process {report.peak_rss_mb:.0f} MB, "
        f"largest worker {report.worker_peak_rss_mb:.0f} MB"
    )


def _print_queries(report: QueryReport) -> None:
    table = Table(
        title=f"{report.store}: {report.events} events "
        f"(generated in {report.generate_seconds:.0f} s)"
    )
    for column in ("query", "rows", "first run s", "best s"):
        table.add_column(column, justify="left" if column == "query" else "right")
    for timing in report.timings:
        table.add_row(
            timing.query, str(timing.rows), f"{timing.first_seconds:.3f}", f"{timing.best_seconds:.3f}"
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add ``legation bench`` to ``app``."""
    app.command("bench")(_edge(bench))
