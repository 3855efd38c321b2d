"""Code gold records through the real pipeline and score them.

Each record becomes one :class:`~legation.records.Article` (its ``id``, its ``text`` as the
article text, no title, its ``date`` as publication date or ``None``) and is coded with
:func:`legation.workflows.code_articles` in batches. A record whose coding crashes gets
no events and is listed in :attr:`Evaluation.crashes` (the run goes on).

Example::

    records = read_gold("../shared/eval/dev.jsonl")
    report = evaluate_records(records, tasks=["plover"], resources=load_resources(Settings()))
    report.scores["plover"].metrics["top1_accuracy"].value
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from legation.evaluate.eventlevel import read_corpus_articles, read_event_gold, score_events
from legation.evaluate.gold import GoldRecord, select_task
from legation.evaluate.metrics import SCORERS, Pair, TaskScore
from legation.evaluate.petrarch import PetrarchCoding, read_petrarch, score_petrarch
from legation.events import group_mentions
from legation.ingest import parse_published
from legation.pipeline import Resources
from legation.records import Article, Event
from legation.workflows import code_articles

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Evaluation:
    """What an evaluation run measured: scores per task, speed, crashes."""

    scores: dict[str, TaskScore] = field(default_factory=dict)
    records_coded: int = 0
    seconds: float = 0.0
    coder_version: str = ""
    crashes: list[str] = field(default_factory=list)

    @property
    def records_per_second(self) -> float:
        """Coding speed over the whole run (parse + code, resources already loaded)."""
        return self.records_coded / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "coder_version": self.coder_version,
            "records_coded": self.records_coded,
            "seconds": round(self.seconds, 2),
            "records_per_second": round(self.records_per_second, 2),
            "crashes": list(self.crashes),
            "tasks": {name: score.to_dict() for name, score in self.scores.items()},
        }


def record_article(record: GoldRecord) -> Article:
    """Turn a gold record into the article the coder reads (no title, ``date`` as published).

    Raises:
        InputError: the record's ``date`` is not a date.
    """
    return Article(article_id=record.id, text=record.text, published_at=parse_published(record.date))


def code_records(
    records: Sequence[GoldRecord],
    *,
    resources: Resources,
    batch_size: int = 256,
    crashes: list[str] | None = None,
) -> Iterator[Pair]:
    """Code records in batches and yield ``(record, events)`` in input order.

    A crash in one record is recorded (reason ``R-STAGE-CRASH``, id appended to
    ``crashes``) and the record gets no events: the runner always uses
    ``on_error="record"``.
    """
    recording = dataclasses.replace(resources, settings=resources.settings.replace(on_error="record"))
    iterator = iter(records)
    while True:
        chunk = list(islice(iterator, batch_size))
        if not chunk:
            return
        run = code_articles([record_article(r) for r in chunk], resources=recording)
        by_id: dict[str, list[Event]] = {}
        for result in run.results:
            by_id[result.article.article_id] = group_mentions(result.mentions, coder_version=run.coder_version)
        for rejection in run.rejections:
            logger.warning("coding crashed on %s: %s", rejection.article_id, rejection.detail)
            if crashes is not None and rejection.article_id:
                crashes.append(rejection.article_id)
        for record in chunk:
            yield record, by_id.get(record.id, [])


def evaluate_records(
    records: Sequence[GoldRecord],
    *,
    tasks: Sequence[str],
    resources: Resources,
    batch_size: int = 256,
    on_progress: Callable[[int], None] | None = None,
) -> Evaluation:
    """Code the records each task needs (each record once) and score every task.

    Args:
        records: gold records (all of a file, or a subset such as :func:`gate_sample`).
        tasks: names from :data:`legation.evaluate.gold.TASKS`.
        resources: loaded pipeline and coder.
        batch_size: records per ``code_articles`` call.
        on_progress: called with the number of records coded after each record.

    Returns:
        The scores, the coding speed and the ids of records whose coding crashed.
    """
    selected = {task: select_task(records, task) for task in tasks}
    wanted = {r.id for chosen in selected.values() for r in chosen}
    to_code = [r for r in records if r.id in wanted]
    report = Evaluation(coder_version=resources.coder.coder_version)
    events: dict[str, list[Event]] = {}
    started = time.perf_counter()
    for record, found in code_records(to_code, resources=resources, batch_size=batch_size, crashes=report.crashes):
        events[record.id] = list(found)
        if on_progress is not None:
            on_progress(len(events))
    report.seconds = time.perf_counter() - started
    report.records_coded = len(to_code)
    for task in tasks:
        pairs = [(r, events.get(r.id, [])) for r in selected[task]]
        report.scores[task] = SCORERS[task](pairs)
    if report.crashes:
        logger.warning("coding crashed on %d records", len(report.crashes))
    return report


def _events_by_article(articles: Sequence[Article], *, resources: Resources) -> dict[str, list[Event]]:
    recording = dataclasses.replace(resources, settings=resources.settings.replace(on_error="record"))
    run = code_articles(list(articles), resources=recording)
    for rejection in run.rejections:
        logger.warning("coding crashed on %s: %s", rejection.article_id, rejection.detail)
    return {
        result.article.article_id: group_mentions(result.mentions, coder_version=run.coder_version)
        for result in run.results
    }


def evaluate_event_file(
    gold_path: str | Path,
    *,
    corpus: str | Path,
    resources: Resources,
    limit: int | None = None,
) -> tuple[TaskScore, float]:
    """Score event-level coding of the annotated articles (``--task events``).

    Args:
        gold_path: the annotation file (``eval/events/gold.jsonl``).
        corpus: the JSONL corpus holding the article texts (``wikinews.jsonl``).
        resources: loaded pipeline and coder.
        limit: score only the first ``limit`` annotated articles.

    Returns:
        The score (see :func:`legation.evaluate.eventlevel.score_events`) and the seconds
        spent coding.

    Raises:
        InputError: a file cannot be read or an annotated article is not in the corpus.
    """
    gold = read_event_gold(gold_path)
    ids = list(dict.fromkeys(line.article_id for line in gold))
    # articles.txt beside the gold lists every annotated article, including those with no
    # event: what the coder finds there counts against its precision.
    listing = Path(gold_path).with_name("articles.txt")
    if listing.is_file():
        listed = [line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()]
        ids = list(dict.fromkeys([*listed, *ids]))
    if limit is not None:
        ids = ids[:limit]
        gold = [line for line in gold if line.article_id in set(ids)]
    articles = read_corpus_articles(corpus, ids=set(ids))
    started = time.perf_counter()
    predicted = _events_by_article([articles[i] for i in ids], resources=resources)
    seconds = time.perf_counter() - started
    titled = frozenset(i for i in ids if articles[i].title)
    return score_events(gold, predicted, titled=titled, article_ids=ids), seconds


def evaluate_petrarch_file(
    path: str | Path, *, resources: Resources, limit: int | None = None
) -> tuple[TaskScore, list[tuple[PetrarchCoding, list[Event]]]]:
    """Code the plovigy sentences and score agreement with PETRARCH2 (``--task petrarch``).

    Returns:
        The score (see :func:`legation.evaluate.petrarch.score_petrarch`) and each
        sentence with Legation's events, for listing disagreements.

    Raises:
        InputError: the file cannot be read.
    """
    kb = resources.coder.kb
    iso = frozenset(e.id.split(":", 1)[1] for e in kb.entries.values() if e.kind == "country")
    codings = read_petrarch(path, ontology=resources.coder.rules.ontology, iso_codes=iso)
    if limit is not None:
        codings = codings[:limit]
    predicted = _events_by_article([c.article() for c in codings], resources=resources)
    pairs = [(c, predicted.get(c.textid, [])) for c in codings]
    return score_petrarch(pairs), pairs
