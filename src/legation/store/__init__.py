"""The event store: SQLite (or PostgreSQL) tables of articles, mentions and events.

>>> with open_store("sqlite://") as store:
...     store.counts()["events"]
0
"""

from __future__ import annotations

from legation.store.database import Store, open_store
from legation.store.migrations import MIGRATIONS, SCHEMA_VERSION, apply_migrations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Store", "apply_migrations", "open_store"]
