"""``legation evaluate``: score the coder against human-coded gold data (issue 3).

The lead wires it into the main app with ``register(app)``.
"""

from __future__ import annotations

import json
import shlex
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from legation.cli.common import cli_settings as _settings
from legation.cli.common import edge as _edge

err = Console(stderr=True, soft_wrap=True)

DEFAULT_EVENTS_GOLD = "eval/events/gold.jsonl"
DEFAULT_CORPUS = "../shared/data/corpus/wikinews.jsonl"
DEFAULT_PETRARCH = "../shared/data/dictionaries/petrarch2/plovigy_testfile_0105.jsonl"
DEFAULT_REVIEW = "docs/petrarch_review.yaml"


class Task(StrEnum):
    """What to score."""

    plover = "plover"
    protest = "protest"
    case = "case"
    police = "police"
    events = "events"
    petrarch = "petrarch"
    all = "all"


class ReportFormat(StrEnum):
    """Output formats of the evaluation."""

    table = "table"
    json = "json"


def evaluate(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold file: ../shared/eval/dev.jsonl (plover, protest, case, police, all), "
            "the event annotations (events) or the plovigy file (petrarch)."
        ),
    ],
    task: Annotated[Task, typer.Option(help="Task to score; 'all' runs every task whose input exists.")] = Task.all,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = ReportFormat.table,
    limit: Annotated[int | None, typer.Option(help="Score at most N records (articles, sentences) per task.")] = None,
    write_docs: Annotated[str | None, typer.Option(help="Also write the report as Markdown to this file.")] = None,
    events_gold: Annotated[str, typer.Option(help="Event annotations used by --task all, and by --task events when GOLD is dev.jsonl.")] = DEFAULT_EVENTS_GOLD,
    corpus: Annotated[str, typer.Option(help="Corpus holding the annotated articles' text.")] = DEFAULT_CORPUS,
    petrarch_file: Annotated[str, typer.Option(help="plovigy file used by --task all.")] = DEFAULT_PETRARCH,
    review: Annotated[str, typer.Option(help="Hand review of PETRARCH2 disagreements.")] = DEFAULT_REVIEW,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Code human-coded gold records and print accuracy metrics.

    Example: legation evaluate ../shared/eval/dev.jsonl --task all --write-docs docs/accuracy.md
    """
    from legation.evaluate import (
        TASKS,
        evaluate_event_file,
        evaluate_petrarch_file,
        evaluate_records,
        read_gold,
        select_task,
    )
    from legation.evaluate.report import load_review, render_report, render_review
    from legation.pipeline import load_resources

    settings = _settings(model=model)
    resources = load_resources(settings)
    scores: dict[str, Any] = {}
    speed: list[str] = []
    skipped: dict[str, str] = {}
    extra: list[str] = []
    crashes: list[str] = []
    events_path, petrarch_path = events_gold, petrarch_file
    if task is Task.events and not _is_sentence_gold(gold):
        events_path = gold  # else "evaluate dev.jsonl --task events" scores --events-gold
    if task is Task.petrarch:
        petrarch_path = gold
    if task not in (Task.events, Task.petrarch):
        names = list(TASKS) if task is Task.all else [task.value]
        records = read_gold(gold)
        if limit is not None:
            keep = {r.id for name in names for r in select_task(records, name)[:limit]}
            records = [r for r in records if r.id in keep]
        run = evaluate_records(records, tasks=names, resources=resources)
        scores.update(run.scores)
        crashes.extend(run.crashes)
        speed.append(
            f"{run.records_coded} gold records coded in {run.seconds:.1f} s: "
            f"{run.records_per_second:.1f} records/s ({run.coder_version})"
        )
    if task in (Task.events, Task.all):
        reason = _missing(events_path, corpus)
        if reason:
            _skip("events", reason, alone=task is Task.events, skipped=skipped)
        else:
            score, seconds = evaluate_event_file(events_path, corpus=corpus, resources=resources, limit=limit)
            scores["events"] = score
            speed.append(f"{score.records} annotated articles coded in {seconds:.1f} s")
    if task in (Task.petrarch, Task.all):
        reason = _missing(petrarch_path)
        if reason:
            _skip("petrarch", reason, alone=task is Task.petrarch, skipped=skipped)
        else:
            score, pairs = evaluate_petrarch_file(petrarch_path, resources=resources, limit=limit)
            scores["petrarch"] = score
            if Path(review).is_file():
                extra.append(render_review(load_review(review), pairs))
    if fmt is ReportFormat.json:
        payload = {
            "tasks": {name: score.to_dict() for name, score in scores.items()},
            "speed": speed,
            "skipped": skipped,
            "crashes": crashes,
        }
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    command = None
    if write_docs:
        command = f"legation evaluate {shlex.quote(gold)} --task {task.value} --write-docs {shlex.quote(write_docs)}"
    text = render_report(scores, speed=speed, skipped=skipped, extra=extra, command=command)
    if fmt is ReportFormat.table:
        sys.stdout.write(text)
    if write_docs:
        Path(write_docs).parent.mkdir(parents=True, exist_ok=True)
        Path(write_docs).write_text(text, encoding="utf-8")
        err.print(f"wrote {write_docs}", markup=False, highlight=False)
    if crashes:
        err.print(
            f"coding crashed on {len(crashes)} records (scored as no event): {', '.join(crashes[:10])}",
            markup=False,
            highlight=False,
        )


def _skip(name: str, reason: str, *, alone: bool, skipped: dict[str, str]) -> None:
    """A task whose input is missing: an error when it was asked for alone, else noted."""
    if alone:
        err.print(f"{name}: skipped: {reason}", markup=False, highlight=False)
        raise typer.Exit(2)
    skipped[name] = reason


def _is_sentence_gold(path: str) -> bool:
    """Whether ``path`` holds sentence-level gold records (``dev.jsonl``), not event annotations."""
    try:
        with open(path, encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "scope" in record and "article_id" not in record


def _missing(*paths: str) -> str | None:
    for path in paths:
        if not Path(path).is_file():
            return f"{path} does not exist (it lives in ../shared or is written by another task)"
    return None


def register(app: typer.Typer) -> None:
    """Add ``legation evaluate`` to the main Typer app."""
    app.command("evaluate")(_edge(evaluate))
