"""The library verbs the CLI and the API call: code, ingest, query.

Example::

    >>> import legation
    >>> events = legation.code_text("Russia and China held talks in Beijing on Monday.",
    ...                              published="2024-05-17")  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from legation.errors import InputError
from legation.events import group_mentions
from legation.ingest import parse_published
from legation.pipeline import ArticleResult, Resources, load_resources, run_batch
from legation.records import Article, Event, EventMention, Rejection, stable_id
from legation.settings import Settings
from legation.store import Store

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class CodingRun:
    """What a batch produced: coded articles, their events, and the rejections."""

    results: list[ArticleResult] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    coder_version: str = ""

    @property
    def mentions(self) -> list[EventMention]:
        """Every mention of every article, in input order."""
        return [m for r in self.results for m in r.mentions]

    @property
    def events(self) -> list[Event]:
        """Mentions merged into events (same type, actors, recipients, date)."""
        return group_mentions(self.mentions, coder_version=self.coder_version)


@dataclass(slots=True)
class IngestSummary:
    """Counts an ingest reports when it ends."""

    articles: int = 0
    skipped: int = 0
    sentences: int = 0
    mentions: int = 0
    event_ids: set[str] = field(default_factory=set)
    rejections: Counter[str] = field(default_factory=Counter)
    rejection_lines: list[str] = field(default_factory=list)

    @property
    def events(self) -> int:
        """Distinct events this run touched."""
        return len(self.event_ids)


def _resources(settings: Settings | None, resources: Resources | None) -> Resources:
    if resources is not None:
        return resources
    return load_resources(settings or Settings())


def code_articles(
    items: Iterable[Article | Rejection],
    *,
    settings: Settings | None = None,
    resources: Resources | None = None,
) -> CodingRun:
    """Code articles (rejections pass through) without storing anything.

    Example: ``code_articles(read_inputs(["examples/articles/"], settings=s)).events``.
    """
    res = _resources(settings, resources)
    run = CodingRun(coder_version=res.coder.coder_version)
    for item in run_batch(items, res):
        if isinstance(item, Rejection):
            run.rejections.append(item)
        else:
            run.results.append(item)
    return run


def code_text(
    text: str,
    *,
    published: str | datetime | None = None,
    title: str | None = None,
    article_id: str | None = None,
    settings: Settings | None = None,
    resources: Resources | None = None,
) -> list[Event]:
    """Code one text and return its events.

    Args:
        text: the article body.
        published: publication date (ISO string or datetime) that relative dates resolve against.
        title: optional headline, coded too.
        article_id: defaults to a hash of the text.

    Raises:
        InputError: ``published`` is not a date.
    """
    when = parse_published(published) if isinstance(published, str) else published
    if when is not None and when.tzinfo is None:
        raise InputError("published must be timezone-aware or an ISO date string")
    article = Article(
        article_id=article_id or f"text:{stable_id(text)}",
        text=text,
        title=title,
        published_at=when,
    )
    return code_articles([article], settings=settings, resources=resources).events


def ingest_articles(
    items: Iterable[Article | Rejection],
    *,
    store: Store,
    settings: Settings | None = None,
    resources: Resources | None = None,
    on_item: Callable[[Article | Rejection], None] | None = None,
) -> IngestSummary:
    """Code articles and save them; already-stored articles are skipped, not re-coded.

    Each article is saved in its own transaction, so an interrupted ingest run again
    ends with exactly what an uninterrupted run stores.
    """
    res = _resources(settings, resources)
    summary = IngestSummary()
    run_id = stable_id(datetime.now().isoformat())

    def fresh() -> Iterator[Article | Rejection]:
        for item in items:
            if isinstance(item, Article) and store.has_article(item):
                summary.skipped += 1
                if on_item:
                    on_item(item)
                continue
            yield item

    pending: list[Rejection] = []
    for item in run_batch(fresh(), res):
        if isinstance(item, Rejection):
            summary.rejections[item.reason] += 1
            summary.rejection_lines.append(item.describe())
            pending.append(item)
            if on_item:
                on_item(item)
            continue
        saved = store.save_article(
            item.article,
            sentences=item.sentences,
            mentions=item.mentions,
            coder_version=res.coder.coder_version,
            dictionary_version=res.coder.rules.version,
        )
        if saved:
            summary.articles += 1
            summary.sentences += len(item.sentences)
            summary.mentions += len(item.mentions)
            summary.event_ids.update(m.event_id for m in item.mentions)
        else:
            summary.skipped += 1
        if on_item:
            on_item(item.article)
    if pending:
        store.save_rejections(pending, run_id=run_id)
    logger.info("ingest: %d articles, %d skipped, %d rejected", summary.articles, summary.skipped, len(pending))
    return summary
