"""Partition helpers, sinks, the Parquet writer and the pool's checks (no model needed)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

import pytest

from legation.errors import InputError
from legation.pipeline import ArticleResult
from legation.records import Actor, Article, EventMention, Rejection, Sentence, Span, stable_id
from legation.scale import PartitionSummary, Sink, batch_items, ingest_parallel, open_pool
from legation.scale.parallel import ParallelSummary
from legation.scale.parquet import event_month, read_mentions, write_mentions
from legation.settings import Settings

TEXT = "Negotiators from both sides signed a grain accord on Friday."
UKR = Actor(text="Kyiv", name="Ukraine", country="UKR", sector="GOV")
TUR = Actor(text="Ankara", name="Turkey", country="TUR", sector="GOV")


def _result(article_id: str, dates: list[str | None]) -> ArticleResult:
    article = Article(article_id=article_id, text=TEXT, published_at=datetime(2022, 7, 23, tzinfo=UTC))
    mentions = tuple(
        EventMention(
            mention_id=stable_id("m", article_id, n),
            article_id=article_id,
            sentence_index=1,
            sentence_text=TEXT,
            type="AGREE",
            mode=None,
            context=("economic",),
            cameo="057",
            goldstein=8.0,
            quad_class=1,
            trigger=Span(text="signed", start=28, end=34),
            actor=(UKR,),
            recipient=(TUR,),
            date=day,
            date_precision=None if day is None else ("day" if len(day) == 10 else "year"),
            date_source=None if day is None else "text",
            status="occurred",
            location=None,
            confidence=0.8,
            rule_id="verbs.agree.1",
            dictionary_version="dict-test",
        )
        for n, day in enumerate(dates)
    )
    return ArticleResult(article, (Sentence(article_id, 1, 0, len(TEXT), TEXT),), mentions)


@pytest.mark.parametrize(
    ("items", "size", "expected"),
    [
        ([1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]),
        ([1, 2], 5, [[1, 2]]),
        ([], 3, []),
    ],
)
def test_batch_items_splits_in_order(items: list[int], size: int, expected: list[list[int]]) -> None:
    assert list(batch_items(items, size=size)) == expected


def test_batch_items_rejects_zero_size() -> None:
    with pytest.raises(InputError, match="at least 1"):
        list(batch_items([1], size=0))


@pytest.mark.parametrize(
    ("day", "month"),
    [("2022-07-22", "2022-07"), ("2022-07", "2022-07"), ("2022", "2022"), (None, "undated")],
)
def test_event_month_partition_values(day: str | None, month: str) -> None:
    assert event_month(day) == month


def test_write_mentions_partitions_by_event_month(tmp_path: Path) -> None:
    results = [_result("a1", ["2022-07-22", "2022-08-01"]), _result("a2", [None, "2022"])]
    files = write_mentions(results, folder=tmp_path, part="p1", coder_version="coder-test")
    assert sorted(Path(f).parent.name for f in files) == [
        "event_month=2022", "event_month=2022-07", "event_month=2022-08", "event_month=undated",
    ]  # fmt: skip
    table = read_mentions(tmp_path)
    assert table.num_rows == 4
    rows = {r["mention_id"]: r for r in table.to_pylist()}
    first = rows[stable_id("m", "a1", 0)]
    assert first["event_month"] == "2022-07"
    assert first["actor_country"] == "UKR"
    assert first["event_id"] == results[0].mentions[0].event_id


def test_write_mentions_rerun_replaces_files(tmp_path: Path) -> None:
    results = [_result("a1", ["2022-07-22"])]
    for _ in range(2):
        write_mentions(results, folder=tmp_path, part="p1", coder_version="coder-test")
    assert read_mentions(tmp_path).num_rows == 1


def test_partition_summary_and_sink_travel_between_processes() -> None:
    summary = PartitionSummary(articles=2, event_ids=frozenset({"e1"}),
                               rejections=(Rejection("read", "R-INGEST-EMPTY", "empty"),))  # fmt: skip
    assert pickle.loads(pickle.dumps(summary)) == summary
    assert pickle.loads(pickle.dumps(Sink.parquet("out/"))) == Sink("parquet", "out/")
    settings = Settings()
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert hash(settings) == hash(Settings())  # the per-worker cache key


def test_parallel_summary_adds_partitions() -> None:
    total = ParallelSummary()
    total.add(PartitionSummary(articles=2, mentions=3, event_ids=frozenset({"e1", "e2"}),
                               worker_pid=11, worker_peak_rss_mb=300.0))  # fmt: skip
    total.add(PartitionSummary(articles=1, skipped=1, event_ids=frozenset({"e2"}), worker_pid=12,
                               rejections=(Rejection("read", "R-INGEST-EMPTY", "empty"),),
                               worker_peak_rss_mb=350.0))  # fmt: skip
    assert (total.ingest.articles, total.ingest.skipped, total.ingest.events) == (3, 1, 2)
    assert total.ingest.rejections == {"R-INGEST-EMPTY": 1}
    assert total.worker_pids == {11, 12}
    assert total.worker_peak_rss_mb == 350.0


def test_open_pool_rejects_zero_workers() -> None:
    with pytest.raises(InputError, match="at least 1"):
        open_pool(workers=0, settings=Settings())


def test_open_pool_one_worker_runs_inline() -> None:
    with open_pool(workers=1, settings=Settings()) as pool:
        assert pool.kind == "inline"
        assert list(pool.map_unordered(lambda batch: len(batch), [[1, 2], [3]])) == [2, 1]


def test_ingest_parallel_in_memory_store_needs_one_process() -> None:
    with (
        open_pool(workers=2, settings=Settings()) as pool,
        pytest.raises(InputError, match="in-memory"),
    ):
        ingest_parallel([], settings=Settings(), sink=Sink.database("sqlite://"), pool=pool)


def test_ingest_parallel_without_articles_stores_reading_rejections(tmp_path: Path) -> None:
    from legation.store import open_store

    url = f"sqlite:///{tmp_path / 'r.db'}"
    rejection = Rejection("read", "R-INGEST-EMPTY", "the input holds no text", source="x.txt")
    summary = ingest_parallel([rejection], settings=Settings(), sink=Sink.database(url))
    assert summary.ingest.rejections == {"R-INGEST-EMPTY": 1}
    with open_store(url) as store:
        assert store.counts()["rejections"] == 1
