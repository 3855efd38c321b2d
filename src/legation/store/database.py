"""The event store: open a database, save coded articles, query events.

SQLAlchemy Core on SQLite (file or memory); the SQL is kept portable to
PostgreSQL. Each article is saved in one transaction together with the
recomputed aggregate rows of the events it touches, so an interrupted ingest
that is run again ends with exactly what an uninterrupted one stores.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import StaticPool

from legation.errors import InputError, StoreError
from legation.events import date_bounds, group_mentions
from legation.records import PLOVER_TYPES, Actor, Article, Event, EventMention, Rejection, Sentence
from legation.store import rows, schema
from legation.store.migrations import apply_migrations, read_version

logger = logging.getLogger(__name__)

_P = ParamSpec("_P")
_T = TypeVar("_T")
_WRITE = "legation_write"  # execution option: open the SQLite transaction with BEGIN IMMEDIATE
_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
_PG_WRITE_LOCK = 0x4C454741  # advisory lock key of store writes on PostgreSQL ("LEGA")


def _db_errors(method: Callable[_P, _T]) -> Callable[_P, _T]:
    """Turn driver errors (locked or unreadable database) into :class:`StoreError`."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(*args, **kwargs)
        except DBAPIError as err:
            raise StoreError(f"database error in {method.__name__}: {err.orig}") from err

    return wrapper


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (and by default create) the event store at ``url`` and bring its schema up to date.

    Example::

        with open_store("sqlite:///legation.db") as store:
            store.query_events(actor="PRK", type="ACCUSE")

    Args:
        url: a SQLAlchemy URL: ``"sqlite:///legation.db"``, ``"sqlite://"`` (in memory)
            or ``"postgresql://..."`` (needs its driver installed).
        create: create the database when it does not exist; with ``False`` a missing
            database or one without a Legation schema is an error.

    Raises:
        StoreError: the URL is invalid or the database cannot be opened.
        MigrationError: the database is newer than this code, or a migration failed.
    """
    engine = _create_engine(url, create=create)
    try:
        _connect_check(engine, url=url, create=create)
        apply_migrations(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(url, engine)


class Store:
    """A connection to the event store; use :func:`open_store` to get one.

    Also a context manager that closes itself.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self._engine = engine

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({_safe_url(self.url)!r})"

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    @_db_errors
    def schema_version(self) -> int:
        """Return the number of the newest applied migration."""
        with self._engine.connect() as conn:
            return read_version(conn)

    @_db_errors
    def has_article(self, article: Article) -> bool:
        """Return whether an article with the same id or the same content is stored."""
        with self._engine.connect() as conn:
            return _article_exists(conn, article)

    @_db_errors
    def save_article(
        self,
        article: Article,
        *,
        sentences: Sequence[Sentence],
        mentions: Sequence[EventMention],
        coder_version: str,
        dictionary_version: str,
        now: datetime | None = None,
    ) -> bool:
        """Store a coded article, its sentences and mentions, and update their events.

        Everything happens in one transaction: either all of it is stored or none.
        Events reported by earlier articles absorb the new mentions (their counts,
        confidence and representative fields are recomputed from every stored mention).

        Args:
            article: the article.
            sentences: its sentences.
            mentions: its event mentions.
            coder_version: version of the coder that produced the mentions.
            dictionary_version: version (or hash) of the dictionaries used.
            now: ingestion time stamp, timezone-aware (default: the current time).

        Returns:
            ``True`` if stored; ``False`` (and nothing changed) when an article with the
            same id or the same content hash is already stored.

        Raises:
            ValueError: a sentence or mention belongs to another article, ids repeat,
                or a mention date is malformed.
        """
        _check_article_parts(article, sentences=sentences, mentions=mentions)
        stamp = rows.utc_stamp(now)
        with self._write() as conn:
            if _article_exists(conn, article):
                logger.debug("article %s already stored", article.article_id)
                return False
            conn.execute(
                schema.articles.insert(),
                [
                    rows.article_row(
                        article,
                        ingested_at=stamp,
                        coder_version=coder_version,
                        dictionary_version=dictionary_version,
                    )
                ],
            )
            if sentences:
                conn.execute(schema.sentences.insert(), [rows.sentence_row(s) for s in sentences])
            _insert_mentions(conn, mentions)
            _refresh_events(conn, {m.event_id for m in mentions}, coder_version=coder_version)
        return True

    @_db_errors
    def save_rejections(
        self, rejections: Sequence[Rejection], *, run_id: str, now: datetime | None = None
    ) -> None:
        """Store rejections of a run (one transaction).

        Args:
            rejections: what was not coded, with reason codes.
            run_id: the run that produced them.
            now: time stamp, timezone-aware (default: the current time).
        """
        if not rejections:
            return
        stamp = rows.utc_stamp(now)
        values = [rows.rejection_row(r, run_id=run_id, created_at=stamp) for r in rejections]
        with self._write() as conn:
            conn.execute(schema.rejections.insert(), values)

    @_db_errors
    def query_events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Return stored events, with their mentions, ordered by date then event id.

        Example: ``store.query_events(actor="PRK", since=date(2013, 3, 1))``.

        Args:
            actor: a country code (``"PRK"``) or knowledge-base id an actor must have.
            recipient: the same for a recipient.
            type: a PLOVER event type (``"ACCUSE"``).
            since: keep events whose date range ends on or after this day (an event
                dated "2013" overlaps every day of 2013). Undated events are left out.
            until: keep events whose date range starts on or before this day.
            limit: at most this many events.
            offset: skip this many events first.

        Raises:
            InputError: an unknown type, ``since`` after ``until``, or a negative
                ``limit`` / ``offset``.
        """
        _check_filters(type=type, since=since, until=until, limit=limit, offset=offset)
        table = schema.events
        stmt = select(table.c.event_id)
        if type is not None:
            stmt = stmt.where(table.c.type == type)
        if actor is not None:
            stmt = stmt.where(table.c.event_id.in_(_events_with("actor", actor)))
        if recipient is not None:
            stmt = stmt.where(table.c.event_id.in_(_events_with("recipient", recipient)))
        if since is not None:
            stmt = stmt.where(table.c.date_end >= since)
        if until is not None:
            stmt = stmt.where(table.c.date_start <= until)
        stmt = stmt.order_by(table.c.date.is_(None), table.c.date, table.c.event_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self._engine.connect() as conn:
            event_ids = list(conn.execute(stmt).scalars())
            return _load_events(conn, event_ids)

    @_db_errors
    def get_event(self, event_id: str) -> Event | None:
        """Return one event with its mentions, or ``None`` if there is no such event."""
        with self._engine.connect() as conn:
            found = _load_events(conn, [event_id])
        return found[0] if found else None

    @_db_errors
    def counts(self) -> dict[str, int]:
        """Return the number of rows of each table (articles, sentences, mentions, ...)."""
        with self._engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in schema.COUNTED.items()
            }

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # The PostgreSQL twin of SQLite's BEGIN IMMEDIATE: one writer at a time, so
                    # two ingests of the same articles neither duplicate nor lose rows (#4).
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_WRITE_LOCK})
                yield conn


# --- opening ---------------------------------------------------------------------------


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _create_engine(url: str, *, create: bool) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StoreError(
            f"not a database URL: {url!r} (expected e.g. 'sqlite:///legation.db' or 'sqlite://')"
        ) from err
    options: dict[str, Any] = {}
    if parsed.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the driver we ship with; SQLAlchemy's default would be psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    is_sqlite = parsed.get_backend_name() == "sqlite"
    in_memory = is_sqlite and parsed.database in (None, "", ":memory:")
    if is_sqlite:
        options["connect_args"] = {"check_same_thread": False, "timeout": 30}
        if in_memory:
            options["poolclass"] = StaticPool  # one shared connection: one database
        else:
            _check_sqlite_path(Path(parsed.database or ""), create=create)
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, ImportError) as err:
        raise StoreError(f"cannot use database URL {_safe_url(url)!r}: {err}") from err
    if is_sqlite:
        _install_sqlite_hooks(engine, wal=not in_memory)
    return engine


def _check_sqlite_path(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    if not create and not path.exists():
        raise StoreError(f"no event store at {path} (the file does not exist)")
    if not path.parent.is_dir():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL and cannot take the
    # write lock up front; hand both to SQLAlchemy (the recipe in SQLAlchemy's SQLite docs).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            # Safe with WAL: a crash of Legation loses no committed article; only an OS crash
            # or power cut may lose the last ones (re-running the ingest codes them again).
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _connect_check(engine: Engine, *, url: str, create: bool) -> None:
    try:
        version = _read_version(engine)
    except DBAPIError as err:
        raise StoreError(f"cannot open database {_safe_url(url)!r}: {err.orig}") from err
    if not create and version == 0:
        raise StoreError(f"{_safe_url(url)!r} holds no Legation event store")


def _read_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return read_version(conn)


# --- writing ---------------------------------------------------------------------------


def _article_exists(conn: Connection, article: Article) -> bool:
    table = schema.articles
    stmt = (
        select(table.c.article_id)
        .where(
            or_(
                table.c.article_id == article.article_id,
                table.c.content_hash == article.content_hash,
            )
        )
        .limit(1)
    )
    return conn.execute(stmt).first() is not None


def _check_article_parts(
    article: Article, *, sentences: Sequence[Sentence], mentions: Sequence[EventMention]
) -> None:
    problems = [
        f"sentence {s.index} belongs to article {s.article_id!r}"
        for s in sentences
        if s.article_id != article.article_id
    ]
    problems += [
        f"mention {m.mention_id} belongs to article {m.article_id!r}"
        for m in mentions
        if m.article_id != article.article_id
    ]
    if len({s.index for s in sentences}) != len(sentences):
        problems.append("sentence indexes repeat")
    if len({m.mention_id for m in mentions}) != len(mentions):
        problems.append("mention ids repeat")
    for mention in mentions:
        if mention.date is not None:
            try:
                date_bounds(mention.date)
            except ValueError as err:
                problems.append(f"mention {mention.mention_id}: {err}")
    if problems:
        raise ValueError(f"cannot save article {article.article_id!r}: " + "; ".join(problems))


def _insert_mentions(conn: Connection, mentions: Sequence[EventMention]) -> None:
    if not mentions:
        return
    places = {}
    actors: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        if mention.location is not None:
            row = rows.place_row(mention.location)
            places.setdefault(row["place_id"], row)
        for actor in (*mention.actor, *mention.recipient):
            row = rows.actor_row(actor)
            actors.setdefault(row["actor_id"], row)
    _insert_missing(conn, schema.places, "place_id", places)
    _insert_missing(conn, schema.actors, "actor_id", actors)
    conn.execute(schema.mentions.insert(), [rows.mention_row(m) for m in mentions])
    links = [link for m in mentions for link in rows.mention_actor_rows(m)]
    if links:
        conn.execute(schema.mention_actors.insert(), links)


def _insert_missing(
    conn: Connection, table: Any, key: str, values: dict[str, dict[str, Any]]
) -> None:
    """Insert the rows whose key is not stored yet (the first sighting wins)."""
    column = table.c[key]
    existing: set[str] = set()
    for ids in _chunks(sorted(values)):
        existing.update(conn.execute(select(column).where(column.in_(ids))).scalars())
    new = [values[k] for k in sorted(values) if k not in existing]
    if new:
        conn.execute(table.insert(), new)


def _refresh_events(conn: Connection, event_ids: Collection[str], *, coder_version: str) -> None:
    """Recompute the ``events`` row of each event from all its stored mentions."""
    table = schema.events
    for ids in _chunks(sorted(event_ids)):
        mentions = _load_mentions(conn, ids)
        article_ids = sorted({m.article_id for m in mentions})
        ingested = {}
        for chunk in _chunks(article_ids):
            stmt = select(schema.articles.c.article_id, schema.articles.c.ingested_at).where(
                schema.articles.c.article_id.in_(chunk)
            )
            ingested.update({row.article_id: row.ingested_at for row in conn.execute(stmt)})
        existing = set(
            conn.execute(select(table.c.event_id).where(table.c.event_id.in_(ids))).scalars()
        )
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        parties: list[dict[str, str]] = []
        for grouped in group_mentions(mentions, coder_version=coder_version):
            first_seen = min(ingested[m.article_id] for m in grouped.mentions)
            row = rows.event_row(grouped, coder_version=coder_version, first_seen=first_seen)
            if grouped.event_id in existing:
                updates.append({**row, "b_event_id": row["event_id"]})
            else:
                inserts.append(row)
            parties.extend(rows.party_rows(row))
        # One statement per kind, executed for many rows (SQLAlchemy compiles each once).
        if inserts:
            conn.execute(table.insert(), inserts)
        if updates:
            conn.execute(table.update().where(table.c.event_id == bindparam("b_event_id")), updates)
            conn.execute(
                schema.event_parties.delete().where(schema.event_parties.c.event_id.in_(sorted(existing)))
            )
        if parties:
            conn.execute(schema.event_parties.insert(), parties)


# --- reading ---------------------------------------------------------------------------


def _events_with(role: str, value: str) -> Select[tuple[str]]:
    """Ids of events with an ``role`` actor whose country or kb id is ``value``."""
    return (
        select(schema.mentions.c.event_id)
        .join(
            schema.mention_actors,
            schema.mention_actors.c.mention_id == schema.mentions.c.mention_id,
        )
        .join(schema.actors, schema.actors.c.actor_id == schema.mention_actors.c.actor_id)
        .where(
            schema.mention_actors.c.role == role,
            or_(schema.actors.c.country == value, schema.actors.c.kb_id == value),
        )
    )


def _load_events(conn: Connection, event_ids: Sequence[str]) -> list[Event]:
    """Rebuild events (in the order of ``event_ids``) from their stored mentions."""
    if not event_ids:
        return []
    table = schema.events
    versions: dict[str, str] = {}
    mentions: list[EventMention] = []
    for ids in _chunks(list(event_ids)):
        stmt = select(table.c.event_id, table.c.coder_version).where(table.c.event_id.in_(ids))
        versions.update({row.event_id: row.coder_version for row in conn.execute(stmt)})
        mentions.extend(_load_mentions(conn, ids))
    by_id = {
        grouped.event_id: dataclasses.replace(grouped, coder_version=versions[grouped.event_id])
        for grouped in group_mentions(mentions, coder_version="")
        if grouped.event_id in versions
    }
    return [by_id[event_id] for event_id in event_ids if event_id in by_id]


def _load_mentions(conn: Connection, event_ids: Sequence[str]) -> list[EventMention]:
    mentions, places = schema.mentions, schema.places
    stmt = (
        select(
            mentions,
            places.c.name.label("p_name"),
            places.c.geonameid.label("p_geonameid"),
            places.c.country.label("p_country"),
            places.c.lat.label("p_lat"),
            places.c.lon.label("p_lon"),
            places.c.feature.label("p_feature"),
        )
        .select_from(mentions.outerjoin(places, places.c.place_id == mentions.c.place_id))
        .where(mentions.c.event_id.in_(event_ids))
        .order_by(mentions.c.mention_id)
    )
    mention_rows = [row._mapping for row in conn.execute(stmt)]
    if not mention_rows:
        return []
    links, actors = schema.mention_actors, schema.actors
    by_mention: dict[tuple[str, str], list[Actor]] = {}
    for ids in _chunks([row["mention_id"] for row in mention_rows]):
        stmt = (
            select(links, actors.c.kb_id, actors.c.name, actors.c.country, actors.c.sector)
            .join(actors, actors.c.actor_id == links.c.actor_id)
            .where(links.c.mention_id.in_(ids))
            .order_by(links.c.mention_id, links.c.role, links.c.position)
        )
        for link in conn.execute(stmt):
            key = (link.mention_id, link.role)
            by_mention.setdefault(key, []).append(rows.build_actor(link._mapping))
    return [
        rows.build_mention(
            row,
            actors=tuple(by_mention.get((row["mention_id"], "actor"), ())),
            recipients=tuple(by_mention.get((row["mention_id"], "recipient"), ())),
        )
        for row in mention_rows
    ]


def _check_filters(
    *,
    type: str | None,
    since: date | None,
    until: date | None,
    limit: int | None,
    offset: int,
) -> None:
    problems = []
    if type is not None and type not in PLOVER_TYPES:
        problems.append(f"unknown event type {type!r} (one of {', '.join(PLOVER_TYPES)})")
    if since is not None and until is not None and since > until:
        problems.append(f"since ({since}) is after until ({until})")
    if limit is not None and limit < 0:
        problems.append(f"limit must not be negative, got {limit}")
    if offset < 0:
        problems.append(f"offset must not be negative, got {offset}")
    if problems:
        raise InputError("; ".join(problems))


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])
