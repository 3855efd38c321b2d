"""The ``legation`` command: a thin Typer skin over :mod:`legation.workflows`.

Every command turns Legation's own exceptions into one readable line on stderr and a
non-zero exit status: 1 when some input was rejected, 2 for bad setup or usage.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from legation import __version__
from legation.errors import InputError, LegationError
from legation.settings import OPTIONS, Settings, load_settings

app = typer.Typer(
    name="legation",
    help="Code news articles into PLOVER political events: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
dict_app = typer.Typer(help="Check and inspect the coding dictionaries.", no_args_is_help=True)
settings_app = typer.Typer(help="Show the effective settings.", no_args_is_help=True)
app.add_typer(dict_app, name="dict")
app.add_typer(settings_app, name="settings")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(StrEnum):
    """Event output formats."""

    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def _edge(func: F) -> F:
    """Translate Legation errors into one line and exit status 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LegationError as error:
            err.print(f"[bold red]error:[/] {error}", markup=True, highlight=False)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def _settings(**overrides: Any) -> Settings:
    return load_settings(overrides=overrides)


def _parse_day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"--{name} must be a date like 2014-11-14, got {value!r}") from error


def _print_events(events: list[Any], fmt: OutputFormat) -> None:
    from legation.output import flat_row, to_csv, to_jsonl

    if fmt is OutputFormat.jsonl:
        sys.stdout.write(to_jsonl(events))
    elif fmt is OutputFormat.csv:
        sys.stdout.write(to_csv(events))
    else:
        table = Table(show_lines=False)
        for column in ("date", "type", "mode", "actor", "recipient", "status", "place", "conf", "n", "sentence"):
            table.add_column(column, overflow="fold")
        for event in events:
            row = flat_row(event)
            actor = ";".join(f"{a.country or '-'} {a.sector or ''} {a.name or a.text}".strip() for a in event.actor)
            recipient = ";".join(f"{a.country or '-'} {a.sector or ''} {a.name or a.text}".strip() for a in event.recipient)
            table.add_row(
                str(row["date"]), row["type"], row["mode"] or "", actor, recipient, row["status"],
                row["location"] or "", f"{row['confidence']:.2f}", str(row["mention_count"]),
                (row["text"] or "")[:120],
            )
        out.print(table)


def _report_rejections(rejections: list[Any]) -> None:
    for rejection in rejections:
        err.print(f"rejected {rejection.describe()}", markup=False, highlight=False)


@app.command()
@_edge
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin (.txt .md .html .jsonl).")],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.jsonl,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Drop events below this confidence.")] = None,
) -> None:
    """Code articles and print their events, without a database.

    Example: legation code examples/ --format table
    """
    from legation.ingest import read_inputs
    from legation.workflows import code_articles

    settings = _settings(model=model, min_confidence=min_confidence)
    run = code_articles(read_inputs(inputs, settings=settings), settings=settings)
    _print_events(run.events, fmt)
    _report_rejections(run.rejections)
    if run.rejections:
        raise typer.Exit(1)


@app.command()
@_edge
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: Annotated[str | None, typer.Option(help="Database URL (default: sqlite:///legation.db).")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Code articles and store them; already-stored articles are skipped.

    Example: legation ingest examples/ --db sqlite:///legation.db
    """
    from legation.ingest import read_inputs
    from legation.pipeline import load_resources
    from legation.store import open_store
    from legation.workflows import ingest_articles

    settings = _settings(db=db, model=model)
    resources = load_resources(settings)
    with open_store(settings.db) as store, Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not progress,
        transient=True,
    ) as bar:
        task = bar.add_task("coding", total=None)
        summary = ingest_articles(
            read_inputs(inputs, settings=settings),
            store=store,
            resources=resources,
            on_item=lambda _item: bar.advance(task),
        )
        totals = store.counts()
    for line in summary.rejection_lines:
        err.print(f"rejected {line}", markup=False, highlight=False)
    table = Table(title=f"Ingest into {settings.db}", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("store total", justify="right")
    table.add_row("articles", str(summary.articles), str(totals.get("articles", 0)))
    table.add_row("already stored (skipped)", str(summary.skipped), "")
    table.add_row("sentences", str(summary.sentences), str(totals.get("sentences", 0)))
    table.add_row("event mentions", str(summary.mentions), str(totals.get("mentions", 0)))
    table.add_row("events", str(summary.events), str(totals.get("events", 0)))
    table.add_row("rejected", str(sum(summary.rejections.values())), str(totals.get("rejections", 0)))
    for reason, count in sorted(summary.rejections.items()):
        table.add_row(f"  {reason}", str(count), "")
    out.print(table)
    if summary.rejections:
        raise typer.Exit(1)


@app.command()
@_edge
def events(
    db: Annotated[str | None, typer.Option(help="Database URL.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor country code (PRK) or knowledge-base id.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country code or knowledge-base id.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
) -> None:
    """List stored events, filtered.

    Example: legation events --actor PRK --recipient RUS --type CONSULT
    """
    from legation.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db, create=False) as store:
        found = store.query_events(
            actor=actor,
            recipient=recipient,
            type=event_type.upper() if event_type else None,
            since=_parse_day(since, "since"),
            until=_parse_day(until, "until"),
            limit=limit,
        )
    _print_events(found, fmt)


@app.command()
@_edge
def info(model: Annotated[str | None, typer.Option(help="spaCy pipeline to describe.")] = None) -> None:
    """Print versions, the spaCy pipeline, knowledge-base size and settings."""
    import spacy

    from legation.nlp import load_nlp
    from legation.pipeline import load_coder

    settings = _settings(model=model)
    nlp = load_nlp(settings)
    coder = load_coder(settings)
    table = Table(title="Legation", show_header=False)
    table.add_column("")
    table.add_column("")
    table.add_row("version", __version__)
    table.add_row("coder version", coder.coder_version)
    table.add_row("python", sys.version.split()[0])
    table.add_row("spaCy", spacy.__version__)
    table.add_row("pipeline", f"{settings.model} {nlp.meta.get('version', '')} ({', '.join(nlp.pipe_names)})")
    table.add_row("trigger entries", f"{len(coder.rules.entries)} (version {coder.rules.version})")
    table.add_row("knowledge base", ", ".join(f"{k} {v}" for k, v in coder.kb.size.items()))
    table.add_row("gazetteer", f"{len(coder.gazetteer)} places")
    for name, value in settings.to_dict().items():
        table.add_row(f"setting {name}", str(value))
    out.print(table)


@settings_app.command("show")
@_edge
def settings_show() -> None:
    """Print every setting with its effective value and help."""
    settings = _settings()
    table = Table(show_header=True)
    for column in ("name", "value", "default", "help"):
        table.add_column(column, overflow="fold")
    for option in OPTIONS:
        table.add_row(option.name, str(getattr(settings, option.name)), str(option.default), option.help)
    out.print(table)


@dict_app.command("check")
@_edge
def dict_check() -> None:
    """Validate and lint the trigger dictionaries, the ontology and the knowledge base."""
    from legation.actors import load_knowledge_base
    from legation.coding import load_rules

    rules = load_rules()
    kb = load_knowledge_base(_settings())
    out.print(f"triggers: {len(rules.entries)} entries in {len(rules.files)} files, version {rules.version}: ok")
    out.print(f"ontology: {len(rules.ontology.types)} PLOVER types, {len(rules.ontology.cameo)} CAMEO codes: ok")
    out.print(f"knowledge base: {', '.join(f'{k} {v}' for k, v in kb.size.items())}: ok")


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
