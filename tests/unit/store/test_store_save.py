"""Saving articles: idempotence, cross-article merging, crash and resume."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store_records import KIM, NOW, PRK, PYONGYANG, USA, SaveFn, build_article, build_mention

from legation.events import group_mentions
from legation.records import Rejection
from legation.store import Store, database, open_store, schema


def dump_tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table, sorted (migration time stamps left out)."""
    dump = {}
    with store._engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            if table is schema.schema_migrations:
                continue
            columns = [c for c in table.columns if c.name != "id"]
            found = conn.execute(select(*columns)).all()
            dump[table.name] = sorted((tuple(row) for row in found), key=repr)
    return dump


def test_save_article_stores_everything(store: Store, save: SaveFn) -> None:
    article = build_article("a1")
    mentions = [
        build_mention("a1", location=PYONGYANG),
        build_mention("a1", type="THREATEN", recipient=(USA,), date="2013-03", trigger_start=30),
    ]
    assert save(article, mentions) is True
    assert store.has_article(article)
    assert store.counts() == {
        "articles": 1,
        "sentences": 2,
        "mentions": 2,
        "events": 2,
        "actors": 3,
        "places": 1,
        "rejections": 0,
    }


def test_save_article_round_trips_events(store: Store, save: SaveFn) -> None:
    mentions = [
        build_mention("a1", actor=(KIM, PRK), location=PYONGYANG),
        build_mention("a1", date=None, trigger_start=40, status="negated"),
    ]
    save(build_article("a1"), mentions)
    expected = group_mentions(mentions, coder_version="coder-test-1")
    assert store.query_events() == expected
    assert store.get_event(expected[0].event_id) == expected[0]
    assert store.get_event("no-such-event") is None


def test_save_article_same_id_again_changes_nothing(store: Store, save: SaveFn) -> None:
    save(build_article("a1"), [build_mention("a1")])
    before = dump_tables(store)
    assert save(build_article("a1", text="Completely different words."), []) is False
    assert dump_tables(store) == before


def test_save_article_same_content_other_id_changes_nothing(store: Store, save: SaveFn) -> None:
    save(build_article("a1", text="Same words."), [build_mention("a1")])
    before = dump_tables(store)
    copy = build_article("a1", text="Same   words.")  # whitespace does not count
    copy = type(copy)(**{**copy.to_dict(), "article_id": "copy", "published_at": None})
    assert store.has_article(copy)
    assert save(copy, [build_mention("copy")]) is False
    assert dump_tables(store) == before


def test_save_article_two_articles_one_event(store: Store, save: SaveFn) -> None:
    save(build_article("a1"), [build_mention("a1", confidence=0.6)])
    save(build_article("a2"), [build_mention("a2", confidence=0.5, location=PYONGYANG)])
    (event,) = store.query_events()
    assert (event.mention_count, event.article_count) == (2, 2)
    assert event.confidence == pytest.approx(0.8)
    assert event.location == PYONGYANG
    with store._engine.connect() as conn:
        row = conn.execute(select(schema.events)).one()._mapping
    assert (row["mention_count"], row["article_count"]) == (2, 2)
    assert row["confidence"] == pytest.approx(0.8)
    assert row["place_id"] == "1871859"
    assert (row["actor_countries"], row["recipient_countries"]) == ("PRK", "KOR")
    assert row["first_seen"] == NOW.isoformat(timespec="microseconds")
    assert store.counts()["actors"] == 2


def test_save_article_order_does_not_matter(save: SaveFn) -> None:
    articles = {
        "a1": [build_mention("a1", confidence=0.6)],
        "a2": [build_mention("a2", confidence=0.9, actor=(PRK,), location=PYONGYANG)],
        "a3": [build_mention("a3", type="AID", recipient=(USA,), date="2013")],
    }
    dumps = []
    for order in (["a1", "a2", "a3"], ["a3", "a2", "a1"]):
        with open_store("sqlite://") as store:
            for article_id in order:
                save(build_article(article_id), articles[article_id], into=store)
            dumps.append(dump_tables(store))
    assert dumps[0] == dumps[1]


def test_save_article_crash_then_rerun_equals_clean_run(
    tmp_path: Path, save: SaveFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = [
        ("a1", [build_mention("a1", location=PYONGYANG)]),
        ("a2", [build_mention("a2", confidence=0.8), build_mention("a2", type="AID", date="2013")]),
        ("a3", [build_mention("a3", actor=(KIM,), recipient=(USA,))]),
    ]

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("killed half way")

    with open_store(f"sqlite:///{tmp_path / 'crashed.db'}") as crashed:
        save(build_article("a1"), batch[0][1], into=crashed)
        after_first = dump_tables(crashed)
        with monkeypatch.context() as patch:
            patch.setattr(database, "_refresh_events", boom)
            with pytest.raises(RuntimeError, match="killed"):
                save(build_article("a2"), batch[1][1], into=crashed)
        assert dump_tables(crashed) == after_first
        assert not crashed.has_article(build_article("a2"))
        for article_id, mentions in batch:  # the rerun starts from the top
            save(build_article(article_id), mentions, into=crashed)
        resumed = dump_tables(crashed)

    with open_store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        for article_id, mentions in batch:
            save(build_article(article_id), mentions, into=clean)
        assert dump_tables(clean) == resumed


def test_save_article_rejects_foreign_parts(store: Store, save: SaveFn) -> None:
    with pytest.raises(ValueError, match="belongs to article 'other'"):
        save(build_article("a1"), [build_mention("other")])
    with pytest.raises(ValueError, match="mention ids repeat"):
        save(build_article("a1"), [build_mention("a1"), build_mention("a1")])
    assert store.counts()["articles"] == 0


def test_save_article_naive_time_stamp_is_an_error(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.save_article(
            build_article("a1"),
            sentences=[],
            mentions=[],
            coder_version="c",
            dictionary_version="d",
            now=datetime(2024, 1, 1),
        )


def test_save_rejections_counts(store: Store) -> None:
    rejections = [
        Rejection("ingest", "R-INGEST-EMPTY", "no text", source="in.jsonl:3"),
        Rejection("ingest", "R-INGEST-DUPLICATE", "seen before", article_id="a1"),
    ]
    store.save_rejections(rejections, run_id="run-1", now=NOW)
    store.save_rejections([], run_id="run-2")
    assert store.counts()["rejections"] == 2
    with store._engine.connect() as conn:
        found = conn.execute(select(schema.rejections.c.run_id, schema.rejections.c.reason)).all()
    assert sorted(found) == [("run-1", "R-INGEST-DUPLICATE"), ("run-1", "R-INGEST-EMPTY")]


def test_save_article_two_handles_on_one_file(tmp_path: Path, save: SaveFn) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with open_store(url) as first, open_store(url) as second:
        assert save(build_article("a1"), [build_mention("a1")], into=first) is True
        assert second.has_article(build_article("a1"))
        assert save(build_article("a1"), [build_mention("a1")], into=second) is False
        assert second.counts()["mentions"] == 1
