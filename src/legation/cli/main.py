"""The ``legation`` command: a thin Typer skin over :mod:`legation.workflows`.

Every command turns Legation's own exceptions into one readable line on stderr and a
non-zero exit status: 1 when some input was rejected, 2 for bad setup or usage.
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from legation import __version__
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
from legation.settings import OPTIONS

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


class OutputFormat(StrEnum):
    """Event output formats."""

    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def _print_events(events: list[Any], fmt: OutputFormat) -> None:
    from legation.output import flat_row, to_csv, to_jsonl

    if fmt is OutputFormat.jsonl:
        sys.stdout.write(to_jsonl(events))
    elif fmt is OutputFormat.csv:
        sys.stdout.write(to_csv(events))
    else:
        table = Table(show_lines=False)
        for column in ("date", "type", "actor", "recipient", "status", "place", "conf", "n"):
            table.add_column(column, no_wrap=column in ("date", "type", "conf", "n"), overflow="fold")
        if out.width >= 140:
            table.add_column("sentence", overflow="fold")
        for event in events:
            row = flat_row(event)
            actor = "; ".join(f"{a.country or '-'} {a.sector or ''} {a.name or a.text}".strip() for a in event.actor)
            recipient = "; ".join(
                f"{a.country or '-'} {a.sector or ''} {a.name or a.text}".strip() for a in event.recipient
            )
            kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
            cells = [str(row["date"]), kind, actor, recipient, row["status"], row["location"] or "",
                     f"{row['confidence']:.2f}", str(row["mention_count"])]
            if out.width >= 140:
                cells.append((row["text"] or "")[:160])
            table.add_row(*cells)
        out.print(table)


def _print_explained(events: list[Any]) -> None:
    import json

    from legation.coding import load_rules
    from legation.explain import explain_event
    from legation.output import event_row

    rules = load_rules()
    for event in events:
        row = event_row(event)
        row["explain"] = explain_event(event, rules=rules)
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


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
    explain: Annotated[
        bool, typer.Option("--explain", help="Add which rule and dictionary entries produced each event (JSONL).")
    ] = False,
) -> None:
    """Code articles and print their events, without a database.

    Example: legation code examples/articles/ --format table
    """
    from legation.ingest import read_inputs
    from legation.workflows import code_articles

    settings = _settings(model=model, min_confidence=min_confidence)
    run = code_articles(read_inputs(inputs, settings=settings), settings=settings)
    if explain:
        _print_explained(run.events)
    else:
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

    Example: legation ingest examples/articles/ --db sqlite:///legation.db
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
    db: DbOption = None,
    actor: ActorOption = None,
    recipient: RecipientOption = None,
    event_type: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
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
    """Validate and lint every dictionary: triggers, ontology, knowledge base.

    Lints duplicate ids, one pattern mapped to conflicting codes, codes missing from
    the ontology and overlapping validity periods of one actor; exits 1 on any problem.
    """
    from legation.actors import load_knowledge_base
    from legation.coding import load_rules
    from legation.dictcheck import check_dictionaries

    settings = _settings()
    rules = load_rules()
    kb = load_knowledge_base(settings)
    problems = check_dictionaries(settings)
    out.print(f"triggers: {len(rules.entries)} entries in {len(rules.files)} files, version {rules.version}")
    out.print(f"ontology: {len(rules.ontology.types)} PLOVER types, {len(rules.ontology.cameo)} CAMEO codes")
    out.print(f"knowledge base: {', '.join(f'{k} {v}' for k, v in kb.size.items())}")
    for problem in problems:
        err.print(f"problem: {problem}", markup=False, highlight=False)
    if problems:
        out.print(f"{len(problems)} problems")
        raise typer.Exit(1)
    out.print("no problems")


def _register_command_modules() -> None:
    """Add the commands that live in their own modules (web, scale, evaluation)."""
    from legation.cli import bench, evaluate, export, scale, serve

    for module in (serve, evaluate, export, bench, scale):
        module.register(app)


_register_command_modules()


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
