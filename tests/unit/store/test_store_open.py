"""Opening stores, URLs and numbered migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from legation.errors import MigrationError, StoreError
from legation.store import MIGRATIONS, SCHEMA_VERSION, Store, apply_migrations, open_store

EMPTY_COUNTS = {
    "articles": 0,
    "sentences": 0,
    "mentions": 0,
    "events": 0,
    "actors": 0,
    "places": 0,
    "rejections": 0,
}


def test_open_store_memory_migrates_from_empty(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION
    assert store.counts() == EMPTY_COUNTS
    assert store.url == "sqlite://"


def test_open_store_file_reopens_without_reapplying(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with open_store(url) as first:
        assert first.schema_version() == SCHEMA_VERSION
    with open_store(url, create=False) as second:
        assert second.schema_version() == SCHEMA_VERSION
    engine = create_engine(url)
    with engine.connect() as conn:
        applied = conn.execute(text("SELECT number FROM schema_migrations")).scalars().all()
        journal = conn.execute(text("PRAGMA journal_mode")).scalar_one()
    engine.dispose()
    assert applied == [number for number, _, _ in MIGRATIONS]
    assert journal == "wal"


def test_open_store_enables_foreign_keys(store: Store) -> None:
    with store._engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a database url", "not a database URL"),
        ("nosuchdialect://host/db", "cannot use database URL"),
        ("sqlite:///{tmp}/missing-folder/x.db", "does not exist"),
        ("sqlite:///{tmp}", "is a directory"),
    ],
)
def test_open_store_bad_url_raises_store_error(tmp_path: Path, url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url.format(tmp=tmp_path))


def test_open_store_not_a_database_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are plain notes, not SQLite pages " * 200)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(f"sqlite:///{path}")


def test_open_store_no_create_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{path}", create=False)
    assert not path.exists()


def test_open_store_no_create_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE unrelated (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match="no Legation event store"):
        open_store(f"sqlite:///{path}", create=False)


def test_open_store_newer_database_raises_migration_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO schema_migrations VALUES (:n, 'from_the_future', '2030-01-01')"),
            {"n": SCHEMA_VERSION + 1},
        )
    engine.dispose()
    with pytest.raises(MigrationError, match="newer"):
        open_store(url)


def _add_notes(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE notes (note TEXT)"))


def _broken(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
    conn.execute(text("THIS IS NOT SQL"))


def test_apply_migrations_new_one_is_applied_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    with open_store(url) as store:
        plan = [*MIGRATIONS, (SCHEMA_VERSION + 1, "add_notes", _add_notes)]
        assert apply_migrations(store._engine, migrations=plan) == [SCHEMA_VERSION + 1]
        assert apply_migrations(store._engine, migrations=plan) == []
        assert store.schema_version() == SCHEMA_VERSION + 1


def test_apply_migrations_failure_leaves_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    with open_store(url) as store:
        plan = [*MIGRATIONS, (SCHEMA_VERSION + 1, "broken", _broken)]
        with pytest.raises(MigrationError, match="broken"):
            apply_migrations(store._engine, migrations=plan)
        assert store.schema_version() == SCHEMA_VERSION
        with store._engine.connect() as conn:
            tables = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert "half_done" not in tables


def test_apply_migrations_rejects_unordered_plan(store: Store) -> None:
    plan = [(2, "b", _add_notes), (1, "a", _add_notes)]
    with pytest.raises(MigrationError, match="increasing order"):
        apply_migrations(store._engine, migrations=plan)


def test_store_context_manager_closes(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        assert store.counts() == EMPTY_COUNTS
    assert "c.db" in repr(store)
