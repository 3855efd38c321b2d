"""An in-memory columnar copy of the ``events`` table for fast filtering and counting.

Counting or filtering a million events with ``LIKE`` on SQLite takes seconds; the
same masks and ``bincount`` over numpy arrays take milliseconds. :func:`load_cube`
reads the columns the filters, sorts and aggregates need (a few seconds per
million events); :class:`EventCube` then answers :func:`~legation.store.queries.timeline`,
:func:`~legation.store.queries.top_dyads`, place counts and the event ids of a
:func:`~legation.store.queries.search_events` page exactly as the SQL does, for
every filter but ``sector`` and ``q`` (see :meth:`EventCube.supports`).

``signature`` records the store state a cube was built from (:func:`store_signature`);
a caller rebuilds the cube when it changes.

Example::

    cube = load_cube(store)
    cube.timeline(EventFilter(actor="PRK"), interval="month", by="quad_class")
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Engine, String, cast, func, select

from legation.store import schema
from legation.store.database import Store
from legation.store.queries import (
    SORTS,
    Dyad,
    EventFilter,
    TimelineBucket,
    _engine,
)

_EPOCH = date(1970, 1, 1)
_NO_DAY = -(2**31)
_CATEGORIES = ("type", "mode", "status", "actor_countries", "recipient_countries",
               "actor_key", "recipient_key", "place_id")
_COLUMNS = ("event_id", *_CATEGORIES, "quad_class", "goldstein", "mention_count", "confidence",
            "date_start", "date_end")


class EventCube:
    """The filter, sort and aggregate columns of every event, as numpy arrays."""

    def __init__(self, columns: dict[str, Sequence[Any]], *, signature: tuple[int, ...]) -> None:
        self.signature = signature
        self.size = len(columns["event_id"])
        self._codes: dict[str, list[str | None]] = {}
        self._ids: dict[str, np.ndarray] = {}
        for name in _CATEGORIES:
            self._codes[name], self._ids[name] = _factorize(columns[name])
        self.quad = np.asarray([-1 if q is None else q for q in columns["quad_class"]],
                               dtype=np.int8)
        self.goldstein = np.asarray(
            [np.nan if g is None else g for g in columns["goldstein"]], dtype=np.float64
        )
        self.start = _day_numbers(columns["date_start"])
        self.end = _day_numbers(columns["date_end"])
        self._dated = self.start != _NO_DAY
        self._gold0 = np.nan_to_num(self.goldstein)
        self._grids: dict[tuple[str, str], tuple[int, np.ndarray, np.ndarray]] = {}
        as_days = self.start.astype("datetime64[D]")
        self._periods = {
            "day": self.start,
            "week": self.start - (self.start + 3) % 7,  # 1970-01-01 was a Thursday
            "month": as_days.astype("datetime64[M]").astype(np.int64),
            "year": as_days.astype("datetime64[Y]").astype(np.int64),
        }
        self.event_ids = np.asarray(columns["event_id"], dtype=object)
        order = np.argsort(self.event_ids.astype("U"), kind="stable")
        self._sorted_ids = self.event_ids[order].astype("U")
        self.id_rank = np.empty(self.size, dtype=np.int64)
        self.id_rank[order] = np.arange(self.size)
        starts = self.start.astype(np.float64)
        starts[self.start == _NO_DAY] = np.nan
        self._sort_values = {
            "date_start": starts,
            "goldstein": self.goldstein,
            "mention_count": np.asarray(columns["mention_count"], dtype=np.float64),
            "confidence": np.asarray(columns["confidence"], dtype=np.float64),
        }
        # One int64 per row that orders like (value, event id): dense value rank * n + id rank.
        self._composite: dict[str, np.ndarray] = {}
        for name, values in self._sort_values.items():
            present = ~np.isnan(values)
            dense = np.full(self.size, -1, dtype=np.int64)
            if present.any():
                _, inverse = np.unique(values[present], return_inverse=True)
                dense[present] = inverse
            self._composite[name] = dense * max(self.size, 1) + self.id_rank

    @staticmethod
    def supports(filters: EventFilter) -> bool:
        """Whether the cube can apply ``filters`` (everything but ``sector`` and ``q``)."""
        return filters.sector is None and filters.q is None

    # --- masks ---------------------------------------------------------------------------

    def _match(self, name: str, accept: Callable[[str | None], bool]) -> np.ndarray:
        table = np.fromiter((accept(value) for value in self._codes[name]), dtype=bool,
                            count=len(self._codes[name]))
        return table[self._ids[name]]  # a lookup per row: no sort, unlike np.isin

    def _tokens(self, name: str, value: str, *, sep: str) -> np.ndarray:
        # The SQL filters ignore case (event_parties holds case-folded parties).
        wanted = value.casefold()
        return self._match(
            name,
            lambda text: text is not None
            and (text == value or wanted in text.casefold().split(sep)),
        )

    def mask(self, filters: EventFilter) -> np.ndarray:
        """Return a boolean array: which events the filters keep.

        Raises:
            ValueError: the filters use ``sector`` or ``q`` (check :meth:`supports`).
        """
        if not self.supports(filters):
            raise ValueError("the cube cannot filter by sector or text")
        keep = np.ones(self.size, dtype=bool)
        if filters.types:
            keep &= self._match("type", lambda v: v in filters.types)
        if filters.quad_classes:
            keep &= np.isin(self.quad, list(filters.quad_classes))
        if filters.mode is not None:
            keep &= self._match("mode", lambda v: v == filters.mode)
        if filters.status is not None:
            keep &= self._match("status", lambda v: v == filters.status)
        if filters.since is not None:
            keep &= (self.end >= (filters.since - _EPOCH).days) & (self.end != _NO_DAY)
        if filters.until is not None:
            keep &= (self.start <= (filters.until - _EPOCH).days) & (self.start != _NO_DAY)
        if filters.place is not None:
            keep &= self._match("place_id", lambda v: v == filters.place)
        for role, value in (("actor", filters.actor), ("recipient", filters.recipient)):
            if value is not None:
                keep &= self._tokens(f"{role}_countries", value, sep=" ") | self._tokens(
                    f"{role}_key", value, sep=","
                )
        if filters.countries:
            either = np.zeros(self.size, dtype=bool)
            for code in filters.countries:
                either |= self._tokens("actor_countries", code, sep=" ")
                either |= self._tokens("recipient_countries", code, sep=" ")
            keep &= either
        return keep

    # --- pages ---------------------------------------------------------------------------

    def page(
        self, filters: EventFilter, *, sort: str, limit: int, after: tuple[Any, str] | None
    ) -> tuple[list[str], bool]:
        """Return the event ids of one page in order, and whether more follow.

        Same order as the SQL listing: by the sort value then the event id, rows
        without a value last (ordered by event id), resuming after ``after``
        (``(value, event_id)`` of the previous page's last row).
        """
        descending = sort.startswith("-")
        column = SORTS[sort.lstrip("-")]
        values = self._sort_values[column]
        composite = self._composite[column]
        present = ~np.isnan(values)
        keep = self.mask(filters)
        groups = [keep & present, keep & ~present]
        if after is not None:
            value, event_id = after
            position = int(np.searchsorted(self._sorted_ids, event_id))
            exists = position < self.size and self._sorted_ids[position] == event_id
            beyond = (self.id_rank < position) if descending else (
                self.id_rank > position if exists else self.id_rank >= position
            )
            if value is None:
                groups = [groups[0] & False, groups[1] & beyond]
            else:
                number = float((value - _EPOCH).days) if isinstance(value, date) else float(value)
                ahead = values < number if descending else values > number
                groups[0] = groups[0] & (ahead | ((values == number) & beyond))
        found: list[int] = []
        for group, key in ((groups[0], composite), (groups[1], self.id_rank)):
            wanted = limit + 1 - len(found)
            if wanted <= 0:
                break
            rows = np.flatnonzero(group)
            keys = -key[rows] if descending else key[rows]
            if len(rows) > wanted:
                top = np.argpartition(keys, wanted - 1)[:wanted]
                rows, keys = rows[top], keys[top]
            found.extend(rows[np.argsort(keys, kind="stable")].tolist())
        ids = [str(self.event_ids[i]) for i in found[:limit]]
        return ids, len(found) > limit

    # --- aggregates ----------------------------------------------------------------------

    def timeline(self, filters: EventFilter, *, interval: str, by: str) -> list[TimelineBucket]:
        """Return what :func:`~legation.store.queries.timeline` returns, from the arrays."""
        keep = self.mask(filters) & self._dated
        labels = ([str(v) for v in self._codes["type"]] if by == "type"
                  else ["none", "1", "2", "3", "4"])
        low, offsets, cells = self._grid(interval, by)
        if not keep.any():
            return []
        # Periods are small integers: count into a dense grid, then keep the non-empty rows.
        rows_n = int(offsets.max()) + 1
        width = len(labels)
        everything = bool(keep.all())
        grid = np.bincount(cells if everything else cells[keep], minlength=rows_n * width)
        grid = grid.reshape(rows_n, width)
        sums_all = np.bincount(offsets if everything else offsets[keep],
                               weights=self._gold0 if everything else self._gold0[keep],
                               minlength=rows_n)
        filled = np.flatnonzero(grid.sum(axis=1))
        unique = filled + low
        counts = grid[filled]
        sums = sums_all[filled]
        totals = counts.sum(axis=1).tolist()
        sums_list = sums.tolist()
        nonzero = [np.flatnonzero(column) for column in counts.T]
        per_period: list[dict[str, int]] = [{} for _ in range(len(unique))]
        for k, rows in enumerate(nonzero):
            column = counts[:, k]
            for row in rows.tolist():
                per_period[row][labels[k]] = int(column[row])
        buckets = []
        for row, number in enumerate(unique.tolist()):
            first = _period_first_day(number, interval)
            buckets.append(
                TimelineBucket(
                    period=_period_label(first, interval),
                    start=first,
                    counts=dict(sorted(per_period[row].items())),
                    total=int(totals[row]),
                    goldstein=round(float(sums_list[row]), 3),
                )
            )
        return buckets

    def _grid(self, interval: str, by: str) -> tuple[int, np.ndarray, np.ndarray]:
        """Period offsets and (period, key) cell numbers of every row, computed once."""
        cached = self._grids.get((interval, by))
        if cached is None:
            periods = self._periods[interval]
            dated = periods[self._dated]
            low = int(dated.min()) if len(dated) else 0
            offsets = np.where(self._dated, periods - low, 0)
            if by == "type":
                keys, width = self._ids["type"].astype(np.int64), len(self._codes["type"])
            else:
                quad = self.quad.astype(np.int64)
                keys, width = np.where(quad < 0, 0, quad), 5  # -1 (no quad class) -> "none"
            cached = (low, offsets, offsets * width + keys)
            self._grids[(interval, by)] = cached
        return cached

    def dyads(self, filters: EventFilter, *, limit: int) -> list[Dyad]:
        """Return what :func:`~legation.store.queries.top_dyads` returns, from the arrays."""
        actors, recipients = self._codes["actor_countries"], self._codes["recipient_countries"]
        keep = self.mask(filters)
        keep &= self._match("actor_countries", lambda v: bool(v))
        keep &= self._match("recipient_countries", lambda v: bool(v))
        width = len(recipients)
        flat = self._ids["actor_countries"][keep].astype(np.int64) * width + self._ids[
            "recipient_countries"
        ][keep]
        cells = len(actors) * width
        if cells <= 4_000_000:  # a dense grid of pairs: no sort needed
            counts = np.bincount(flat, minlength=cells)
            unique = np.flatnonzero(counts)
            counts = counts[unique]
            sums = np.bincount(flat, weights=np.nan_to_num(self.goldstein[keep]),
                               minlength=cells)[unique]
            conflict = np.bincount(flat, weights=(self.quad[keep] >= 3), minlength=cells)[unique]
        else:
            unique, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
            sums = np.bincount(inverse, weights=np.nan_to_num(self.goldstein[keep]),
                               minlength=len(unique))
            conflict = np.bincount(inverse, weights=(self.quad[keep] >= 3),
                                   minlength=len(unique))
        found = [
            Dyad(
                actor=str(actors[int(pair) // width]),
                recipient=str(recipients[int(pair) % width]),
                events=int(counts[i]),
                goldstein=round(float(sums[i]), 3),
                conflict=int(conflict[i]),
            )
            for i, pair in enumerate(unique.tolist())
        ]
        found.sort(key=lambda d: (-d.events, d.actor, d.recipient))
        return found[:limit]

    def place_events(self, filters: EventFilter) -> dict[str, int]:
        """Return the number of kept events per place id."""
        ids = self._ids["place_id"][self.mask(filters)]
        counts = np.bincount(ids, minlength=len(self._codes["place_id"]))
        names = self._codes["place_id"]
        return {str(names[i]): int(n) for i, n in enumerate(counts.tolist())
                if n and names[i] is not None}


def _factorize(values: Sequence[str | None]) -> tuple[list[str | None], np.ndarray]:
    """Return the distinct values (first-seen order) and each row's index into them."""
    distinct = list(dict.fromkeys(values))
    codes = {value: i for i, value in enumerate(distinct)}
    ids = np.fromiter(map(codes.__getitem__, values), dtype=np.int32, count=len(values))
    return distinct, ids


def _day_numbers(values: Sequence[Any]) -> np.ndarray:
    out = np.full(len(values), _NO_DAY, dtype=np.int64)
    present = [i for i, v in enumerate(values) if v is not None]
    if present:
        days = np.asarray([str(values[i])[:10] for i in present], dtype="datetime64[D]")
        out[present] = days.astype(np.int64)
    return out


def _period_first_day(number: int, interval: str) -> date:
    if interval in ("day", "week"):
        return _EPOCH + timedelta(days=number)
    if interval == "month":
        return date(1970 + number // 12, number % 12 + 1, 1)
    return date(1970 + number, 1, 1)


def _period_label(first: date, interval: str) -> str:
    if interval == "year":
        return str(first.year)
    if interval == "month":
        return first.isoformat()[:7]
    return first.isoformat()


def store_signature(source: Store | Engine) -> tuple[int, ...]:
    """Return numbers that change whenever events or mentions are added.

    On SQLite these are the highest row ids of ``events`` and ``mentions`` (O(1)
    look-ups; the store never deletes); elsewhere the two row counts.
    """
    engine = _engine(source)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            row = conn.exec_driver_sql(
                "SELECT (SELECT max(rowid) FROM events), (SELECT max(rowid) FROM mentions)"
            ).one()
        else:
            row = conn.execute(
                select(
                    select(func.count()).select_from(schema.events).scalar_subquery(),
                    select(func.count()).select_from(schema.mentions).scalar_subquery(),
                )
            ).one()
    return (int(row[0] or 0), int(row[1] or 0))


def load_cube(source: Store | Engine) -> EventCube:
    """Read the filter, sort and aggregate columns of every event into an :class:`EventCube`.

    Takes a few seconds per million events.
    """
    signature = store_signature(source)
    table = schema.events
    stmt = select(
        *(table.c[name] for name in _COLUMNS if not name.startswith("date_")),
        cast(table.c.date_start, String).label("date_start"),
        cast(table.c.date_end, String).label("date_end"),
    )
    names = [name for name in _COLUMNS if not name.startswith("date_")] + ["date_start",
                                                                           "date_end"]
    columns: dict[str, list[Any]] = {name: [] for name in names}
    engine = _engine(source)
    with engine.connect() as conn:
        compiled = stmt.compile(dialect=engine.dialect)
        # The driver's own cursor: SQLAlchemy's row objects cost more than the query here.
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(compiled))
            while chunk := cursor.fetchmany(100_000):
                for name, values in zip(names, zip(*chunk, strict=True), strict=True):
                    columns[name].extend(values)
        finally:
            cursor.close()
    return EventCube(columns, signature=signature)
