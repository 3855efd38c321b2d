"""A Dask LocalCluster run equals the single-process run (issue 4); needs the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.ingest import read_inputs
from legation.records import Article
from legation.scale import Sink, ingest_parallel, open_pool
from legation.scale.parquet import read_mentions
from legation.settings import Settings
from legation.store import open_store
from legation.workflows import code_articles, ingest_articles

pytestmark = pytest.mark.needs_model

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"
ARTICLES = 6


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    """The first few example articles (invented or rewritten in our own words)."""
    items = read_inputs([str(EXAMPLES)], settings=Settings())
    return [item for item in items if isinstance(item, Article)][:ARTICLES]


@pytest.fixture(scope="module")
def cluster_pool():
    """A LocalCluster of two worker processes, one thread each."""
    with open_pool(workers=2, settings=Settings(), dask="local") as pool:
        yield pool


def test_dask_local_cluster_store_equals_single_process(
    tmp_path: Path, articles: list[Article], cluster_pool
) -> None:
    serial_url = f"sqlite:///{tmp_path / 'serial.db'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    with open_store(serial_url) as store:
        ingest_articles(articles, store=store, settings=Settings())
    summary = ingest_parallel(
        articles, settings=Settings(), sink=Sink.database(dask_url), pool=cluster_pool, batch_size=2
    )
    assert cluster_pool.kind == "dask"
    assert summary.partitions == ARTICLES // 2
    assert len(summary.worker_pids) >= 1
    with open_store(serial_url) as serial, open_store(dask_url) as parallel:
        assert parallel.counts() == serial.counts()
        assert parallel.query_events() == serial.query_events()
    assert summary.ingest.articles == ARTICLES


def test_dask_local_cluster_parquet_equals_single_process(
    tmp_path: Path, articles: list[Article], cluster_pool
) -> None:
    folder = tmp_path / "mentions"
    ingest_parallel(
        articles, settings=Settings(), sink=Sink.parquet(str(folder)), pool=cluster_pool, batch_size=2
    )
    expected = code_articles(articles, settings=Settings()).mentions
    table = read_mentions(folder, columns=["mention_id", "event_id", "type"])
    found = sorted(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))
    assert found == sorted((m.mention_id, m.event_id, m.type) for m in expected)
