"""The store's test cases, run against PostgreSQL (issue 4), plus concurrent writers."""

from __future__ import annotations

import inspect
import multiprocessing
from collections.abc import Iterator
from typing import Any

import pytest
import test_store_query
import test_store_save
from store_records import KIM, NOW, PRK, PYONGYANG, USA, SaveFn, build_article, build_mention
from store_records import build_sentences as _build_sentences

from legation.events import group_mentions
from legation.records import Article, EventMention
from legation.store import Store, open_store

pytestmark = pytest.mark.needs_postgres


@pytest.fixture
def store(pg_store_url: str) -> Iterator[Store]:
    """An empty PostgreSQL store (replaces the in-memory SQLite one of the unit tests)."""
    with open_store(pg_store_url) as opened:
        yield opened


@pytest.fixture
def save(store: Store) -> SaveFn:
    """Save an article with its sentences and the given mentions into ``store``."""

    def _save(article: Article, mentions: list[EventMention], *, into: Store | None = None) -> bool:
        return _save_into(into or store, article, mentions)

    return _save


def _save_into(store: Store, article: Article, mentions: list[EventMention]) -> bool:
    return store.save_article(
        article,
        sentences=_build_sentences(article),
        mentions=mentions,
        coder_version="coder-test-1",
        dictionary_version="dict-test-1",
        now=NOW,
    )


filled = test_store_query.filled


def _store_cases(module: Any) -> dict[str, Any]:
    """The module's test functions that work on the ``store`` fixture only (no files)."""
    cases = {}
    for name, func in vars(module).items():
        if not name.startswith("test_") or not callable(func):
            continue
        params = inspect.signature(func).parameters
        uses_store = {"store", "filled"} & set(params)
        if uses_store and "tmp_path" not in params:
            cases[f"{name}_on_postgres"] = func
    return cases


globals().update(_store_cases(test_store_save))
globals().update(_store_cases(test_store_query))


def test_store_postgres_runs_the_unit_cases() -> None:
    assert len(_store_cases(test_store_save)) >= 6
    assert len(_store_cases(test_store_query)) >= 2


def test_store_postgres_url_without_driver_uses_psycopg(store: Store) -> None:
    assert store._engine.dialect.driver == "psycopg"
    assert store.schema_version() >= 1


# --- two writers at once -----------------------------------------------------------------

BATCH = {
    f"c{n}": [
        build_mention(f"c{n}", actor=(PRK,) if n % 2 else (KIM,), location=PYONGYANG),
        build_mention(f"c{n}", type="THREATEN", recipient=(USA,), date="2013-03", trigger_start=30),
    ]
    for n in range(24)
}


def _write_all(url: str, order: list[str], barrier: Any) -> None:
    with open_store(url) as store:
        barrier.wait()
        for article_id in order:
            _save_into(store, build_article(article_id), BATCH[article_id])


def test_store_postgres_two_writers_same_articles_no_duplicates(pg_store_url: str) -> None:
    ids = list(BATCH)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=_write_all, args=(pg_store_url, order, barrier))
        for order in (ids, ids[::-1])
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]

    with open_store("sqlite://") as serial:
        for article_id in ids:
            _save_into(serial, build_article(article_id), BATCH[article_id])
        expected_counts = serial.counts()
        expected_events = serial.query_events()
    with open_store(pg_store_url) as store:
        assert store.counts() == expected_counts
        found = store.query_events()
    assert found == expected_events
    everything = [m for mentions in BATCH.values() for m in mentions]
    assert [e.mention_count for e in found] == [
        e.mention_count for e in group_mentions(everything, coder_version="coder-test-1")
    ]
