"""Fixtures of the scale integration tests: a PostgreSQL store and the skip tier.

Tests marked ``needs_postgres`` run against the server ``make test`` starts
(``mk/postgres.mk``). The URL comes from ``LEGATION_TEST_PG_URL``, else ``.pg/url``
written by ``mk/postgres.sh``, else the default below; when nothing answers there the
tests skip with the reason.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pytest

from legation.store import schema

REPO = Path(__file__).resolve().parents[3]
DEFAULT_PG_URL = "postgresql://legation:legation@127.0.0.1:5433/legation_test"
# Every table of the store but the migration log (emptied between tests).
DATA_TABLES = tuple(t.name for t in reversed(schema.metadata.sorted_tables) if t is not schema.schema_migrations)

# The store test cases are re-run here against PostgreSQL; make their helpers importable.
sys.path.insert(0, str(REPO / "tests" / "unit" / "store"))


def pg_url() -> str:
    """Return the URL of the test PostgreSQL database."""
    if os.environ.get("LEGATION_TEST_PG_URL"):
        return os.environ["LEGATION_TEST_PG_URL"]
    written = REPO / ".pg" / "url"
    if written.is_file():
        return written.read_text(encoding="utf-8").strip()
    return DEFAULT_PG_URL


@functools.cache
def pg_unavailable() -> str | None:
    """Return why PostgreSQL cannot be used, or ``None`` when it answers."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    url = pg_url().replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url, connect_timeout=3):
            return None
    except psycopg.OperationalError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        return f"no PostgreSQL at {url} ({first}); `make postgres-up` starts one"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip needs_postgres tests when the server is absent, saying why."""
    here = Path(__file__).parent
    for item in items:
        if "needs_postgres" not in item.keywords or here not in Path(item.fspath).parents:
            continue
        reason = pg_unavailable()
        if reason:
            item.add_marker(pytest.mark.skip(reason=reason))


def clear_tables(url: str) -> None:
    """Empty every data table of the store at ``url`` (the schema stays)."""
    from sqlalchemy import text

    from legation.store import open_store

    with open_store(url) as store, store._engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(DATA_TABLES)} RESTART IDENTITY CASCADE"))


@pytest.fixture
def pg_store_url() -> str:
    """URL of an empty, migrated PostgreSQL store."""
    url = pg_url()
    clear_tables(url)
    return url
