"""Fixtures of the store tests: an in-memory store and a save helper."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_records import NOW, SaveFn, build_sentences

from legation.records import Article, EventMention
from legation.store import Store, open_store


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory store."""
    with open_store("sqlite://") as opened:
        yield opened


@pytest.fixture
def save(store: Store) -> SaveFn:
    """Save an article with its sentences and the given mentions into ``store``."""

    def _save(article: Article, mentions: list[EventMention], *, into: Store | None = None) -> bool:
        target = into or store
        return target.save_article(
            article,
            sentences=build_sentences(article),
            mentions=mentions,
            coder_version="coder-test-1",
            dictionary_version="dict-test-1",
            now=NOW,
        )

    return _save
