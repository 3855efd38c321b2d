"""Partition functions: what one worker does with one batch of articles.

The task graph carries only plain records (a list of :class:`~legation.records.Article`),
the frozen :class:`~legation.settings.Settings` and a :class:`Sink` (a URL or a folder).
Heavy resources (spaCy pipeline, rules, knowledge base, gazetteer) are built once per
worker process by :func:`worker_resources`, cached by the settings that describe them.
"""

from __future__ import annotations

import functools
import logging
import os
import resource
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal, TypeVar

from legation.errors import InputError
from legation.pipeline import ArticleResult, Resources, load_resources, run_batch
from legation.records import Article, Rejection, stable_id
from legation.settings import Settings
from legation.store import Store, open_store

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Sink:
    """Where a partition's results go: an event store (``database``) or a Parquet dataset."""

    kind: Literal["database", "parquet"]
    target: str  # a database URL or a folder path

    @classmethod
    def database(cls, url: str) -> Sink:
        """Write into the event store at ``url`` (SQLite file or PostgreSQL)."""
        return cls("database", url)

    @classmethod
    def parquet(cls, folder: str) -> Sink:
        """Write mention rows into a Parquet dataset partitioned by event month."""
        return cls("parquet", folder)


@dataclass(frozen=True, slots=True)
class PartitionSummary:
    """What one partition did (plain data: it travels back from the worker)."""

    articles: int = 0
    skipped: int = 0
    sentences: int = 0
    mentions: int = 0
    event_ids: frozenset[str] = frozenset()
    rejections: tuple[Rejection, ...] = ()
    worker_pid: int = 0
    worker_peak_rss_mb: float = 0.0
    files: tuple[str, ...] = field(default_factory=tuple)


@functools.lru_cache(maxsize=4)
def worker_resources(settings: Settings) -> Resources:
    """Return this process's resources for ``settings``, loading them on first use.

    Settings are frozen and hashable, so a worker that sees the same settings again
    reuses the loaded pipeline instead of loading a second copy.
    """
    logger.info("worker %s: loading resources for model %s", os.getpid(), settings.model)
    return load_resources(settings)


def batch_items(items: Iterable[_T], *, size: int) -> Iterator[list[_T]]:
    """Split ``items`` into lists of at most ``size`` (the last may be shorter).

    >>> list(batch_items(range(5), size=2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise InputError(f"batch size must be at least 1, got {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_partition(
    articles: Iterable[Article | Rejection], *, settings: Settings
) -> Iterator[ArticleResult | Rejection]:
    """Code one partition of articles with this worker's cached resources.

    Example: ``list(code_partition([Article("a1", "Russia and China held talks.")],
    settings=Settings()))`` gives one :class:`~legation.pipeline.ArticleResult`.
    """
    yield from run_batch(articles, worker_resources(settings))


def ingest_partition(
    articles: Sequence[Article | Rejection], *, settings: Settings, sink: Sink
) -> PartitionSummary:
    """Code one partition and write it to ``sink``; return what was done.

    A database sink skips articles already stored (same id or content), like
    :func:`legation.workflows.ingest_articles`, which it calls. A Parquet sink writes one
    file per event month named after the partition's articles, so rerunning a partition
    replaces its files instead of adding copies.
    """
    if sink.kind == "database":
        return _ingest_into_store(articles, settings=settings, url=sink.target)
    return _ingest_into_parquet(articles, settings=settings, folder=sink.target)


def warm_worker(settings: Settings) -> int:
    """Load this worker's resources now (before timing); return the worker's pid."""
    worker_resources(settings)
    return os.getpid()


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MiB (Linux ``ru_maxrss`` is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest_into_store(
    articles: Sequence[Article | Rejection], *, settings: Settings, url: str
) -> PartitionSummary:
    from legation.workflows import ingest_articles

    resources = worker_resources(settings)
    summary = ingest_articles(articles, store=_store_for(url), resources=resources)
    rejections = tuple(item for item in articles if isinstance(item, Rejection))
    return PartitionSummary(
        articles=summary.articles,
        skipped=summary.skipped,
        sentences=summary.sentences,
        mentions=summary.mentions,
        event_ids=frozenset(summary.event_ids),
        rejections=rejections,
        worker_pid=os.getpid(),
        worker_peak_rss_mb=peak_rss_mb(),
    )


def _ingest_into_parquet(
    articles: Sequence[Article | Rejection], *, settings: Settings, folder: str
) -> PartitionSummary:
    from legation.scale.parquet import write_mentions

    results: list[ArticleResult] = []
    rejections: list[Rejection] = []
    resources = worker_resources(settings)
    for item in code_partition(articles, settings=settings):
        if isinstance(item, Rejection):
            rejections.append(item)
        else:
            results.append(item)
    part = stable_id("partition", *(r.article.article_id for r in results))
    files = write_mentions(
        results, folder=folder, part=part, coder_version=resources.coder.coder_version
    )
    mentions = [m for r in results for m in r.mentions]
    return PartitionSummary(
        articles=len(results),
        sentences=sum(len(r.sentences) for r in results),
        mentions=len(mentions),
        event_ids=frozenset(m.event_id for m in mentions),
        rejections=tuple(rejections),
        worker_pid=os.getpid(),
        worker_peak_rss_mb=peak_rss_mb(),
        files=tuple(files),
    )


@functools.lru_cache(maxsize=2)
def _store_for(url: str) -> Store:
    # One open store (connection pool) per worker and URL, kept for the worker's life.
    return open_store(url)
