"""Numbered schema migrations of the event store.

:data:`MIGRATIONS` is an ordered list of ``(number, name, function)``. Each
function takes an open :class:`~sqlalchemy.engine.Connection` inside a
transaction; :func:`apply_migrations` runs the ones not yet recorded in
``schema_migrations``, each in its own transaction together with its record, so
applying is idempotent and a failed migration leaves nothing half done.

To change the schema, append a migration (never edit an applied one). Migration
1 builds the tables from :mod:`legation.store.schema`; the first migration that
alters a table must also freeze migration 1 by copying the version-1 table
definitions here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from legation.errors import MigrationError
from legation.store import rows, schema

logger = logging.getLogger(__name__)

Migration = tuple[int, str, Callable[[Connection], None]]


# The tables migration 1 creates (frozen: later tables come from later migrations).
_VERSION_1_TABLES = ("articles", "sentences", "actors", "places", "mentions",
                     "mention_actors", "events", "rejections")


def _create_tables(conn: Connection) -> None:
    tables = [schema.metadata.tables[name] for name in _VERSION_1_TABLES]
    schema.metadata.create_all(conn, tables=tables)


def _add_event_parties(conn: Connection) -> None:
    """Create ``event_parties`` and fill it from the rows already in ``events``."""
    schema.metadata.create_all(conn, tables=[schema.event_parties])
    table = schema.events
    columns = (table.c.event_id, table.c.actor_countries, table.c.recipient_countries,
               table.c.actor_key, table.c.recipient_key)
    filled, last = 0, ""
    while True:  # keyset pages: no server-side cursor open while inserting (psycopg forbids it)
        page = conn.execute(
            select(*columns).where(table.c.event_id > last).order_by(table.c.event_id).limit(_BACKFILL_BATCH)
        ).all()
        if not page:
            break
        parties = [party for row in page for party in rows.party_rows(row._asdict())]
        conn.execute(schema.event_parties.insert(), parties)
        filled += len(parties)
        last = page[-1].event_id
    # Fresh statistics, or PostgreSQL plans the party filters blind until autovacuum runs.
    conn.execute(text(f"ANALYZE {schema.event_parties.name}"))
    logger.info("event_parties: %d rows from existing events", filled)


_BACKFILL_BATCH = 20_000

MIGRATIONS: list[Migration] = [
    (1, "create_tables", _create_tables),
    (2, "event_parties", _add_event_parties),
]

SCHEMA_VERSION: int = MIGRATIONS[-1][0]


def read_version(conn: Connection) -> int:
    """Return the highest applied migration number (0 for an empty database)."""
    if not inspect(conn).has_table(schema.schema_migrations.name):
        return 0
    numbers = conn.execute(select(schema.schema_migrations.c.number)).scalars().all()
    return max(numbers, default=0)


def apply_migrations(
    engine: Engine,
    *,
    migrations: list[Migration] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Bring the database behind ``engine`` up to the newest migration.

    Args:
        engine: the database.
        migrations: the list to apply (default :data:`MIGRATIONS`; tests pass their own).
        now: time stamp recorded for applied migrations (default: the current UTC time).

    Returns:
        The numbers of the migrations applied now (empty when already up to date).

    Raises:
        MigrationError: the database is newer than this code, or a migration failed.
    """
    plan = MIGRATIONS if migrations is None else migrations
    _check_plan(plan)
    known = {number for number, _, _ in plan}
    with engine.begin() as conn:
        schema.metadata.create_all(conn, tables=[schema.schema_migrations])
        applied = set(conn.execute(select(schema.schema_migrations.c.number)).scalars())
    unknown = sorted(applied - known)
    if unknown:
        raise MigrationError(
            "the database schema is newer than this version of Legation",
            [f"applied migration {n} is unknown here; upgrade Legation" for n in unknown],
        )
    done = []
    for number, name, function in plan:
        if number in applied:
            continue
        stamp = (now or datetime.now(UTC)).isoformat()
        try:
            _apply_one(engine, number=number, name=name, function=function, stamp=stamp)
        except SQLAlchemyError as err:
            raise MigrationError(f"migration {number} ({name}) failed", [str(err)]) from err
        logger.info("applied migration %s (%s)", number, name)
        done.append(number)
    return done


def _apply_one(
    engine: Engine, *, number: int, name: str, function: Callable[[Connection], None], stamp: str
) -> None:
    with engine.begin() as conn:
        function(conn)
        conn.execute(
            schema.schema_migrations.insert().values(number=number, name=name, applied_at=stamp)
        )


def _check_plan(plan: list[Migration]) -> None:
    numbers = [number for number, _, _ in plan]
    if numbers != sorted(set(numbers)) or not numbers or numbers[0] < 1:
        raise MigrationError("migrations must be numbered 1.. in increasing order", [str(numbers)])
