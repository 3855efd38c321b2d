"""Export stored events to files: Parquet, CSV, JSONL, PLOVER JSON lines, GDELT-style TSV.

``legation export`` calls :func:`export_events`. Events are read from the store in
pages with the filters of ``legation events`` and written as they come. The column
mapping of the ``gdelt`` format is documented in ``docs/exports.md``.

Example::

    with open_store("sqlite:///legation.db", create=False) as store:
        export_events(store, "prk.parquet", format="parquet", filters=ExportFilters(actor="PRK"))
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from legation.errors import InputError
from legation.output import CSV_COLUMNS, event_row, flat_row
from legation.records import Actor, Event
from legation.store import Store

logger = logging.getLogger(__name__)

FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt")
PAGE = 2000  # events read from the store at a time

# GDELT 2.0 event table columns, in the order of its files (61 columns).
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(
        f"{who}{field}"
        for who in ("Actor1", "Actor2")
        for field in (
            "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
        )
    ),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportFilters:
    """The filters of ``legation events`` (see :meth:`legation.store.Store.query_events`)."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None


def iter_events(store: Store, filters: ExportFilters, *, page: int = PAGE) -> Iterator[Event]:
    """Yield the filtered events of ``store`` page by page (date, then event id order)."""
    offset = 0
    remaining = filters.limit
    while remaining is None or remaining > 0:
        size = page if remaining is None else min(page, remaining)
        found = store.query_events(
            actor=filters.actor,
            recipient=filters.recipient,
            type=filters.type,
            since=filters.since,
            until=filters.until,
            limit=size,
            offset=offset,
        )
        yield from found
        if len(found) < size:
            return
        offset += len(found)
        if remaining is not None:
            remaining -= len(found)


def export_events(
    store: Store,
    out: str | Path,
    *,
    format: str,
    filters: ExportFilters | None = None,
) -> int:
    """Write the store's events (filtered) to ``out`` in ``format``; return how many.

    Example: ``export_events(store, "events.tsv", format="gdelt")``.

    Args:
        store: an open store.
        out: the file to write (overwritten); its folder must exist.
        format: one of :data:`FORMATS`.
        filters: what to export (default: everything).

    Raises:
        InputError: an unknown format, a missing folder, or bad filters.
    """
    if format not in FORMATS:
        raise InputError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
    path = Path(out)
    if not path.parent.is_dir():
        raise InputError(f"cannot write {path}: folder {path.parent} does not exist")
    events = iter_events(store, filters or ExportFilters())
    if format == "parquet":
        count = write_parquet(events, path)
    else:
        with path.open("w", encoding="utf-8", newline="") as stream:
            count = WRITERS[format](events, stream)
    logger.info("exported %d events to %s (%s)", count, path, format)
    return count


# --- formats ---------------------------------------------------------------------------


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """Write events as ``legation code --format jsonl`` does; return how many."""
    count = 0
    for event in events:
        stream.write(json.dumps(event_row(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], stream: TextIO) -> int:
    """Write events as CSV with :data:`legation.output.CSV_COLUMNS`; return how many."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flat_row(event))
        count += 1
    return count


def plover_record(event: Event) -> dict[str, Any]:
    """Return an event under the PLOVER JSON field names (PLOVER manual, "Data Fields").

    >>> # {"id": ..., "date": "2013-03-05", "actor": [{"code": "PRK", "sector": "GOV", ...}],
    >>> #  "recipient": [...], "event": ["ACCUSE"], "quad_code": 3, "event_scale": -2.0, ...}
    """
    first = event.mentions[0] if event.mentions else None
    place = event.location
    record: dict[str, Any] = {
        "id": event.event_id,
        "has_event": True,
        "date": event.date,
        "actor": [_plover_entity(a) for a in event.actor],
        "recipient": [_plover_entity(a) for a in event.recipient],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "event_text": sorted({m.trigger.text for m in event.mentions}),
        "event_loc": None,
        "text": first.sentence_text if first else None,
        "text_info": (
            {"sequence": first.sentence_index, "start": first.sentence_start,
             "end": first.sentence_start + len(first.sentence_text)}
            if first else None
        ),
        "cite_info": {"citation": first.article_id if first else None,
                      "codebook": "plover", "coder": event.coder_version},
        "coder": event.coder_version,
        "comment": f"date_precision={event.date_precision}; status={event.status}; "
                   f"mentions={event.mention_count}; confidence={event.confidence:.3f}",
    }  # fmt: skip
    if place is not None:
        record["event_loc"] = {
            "extracted_place": place.text,
            "resolved_place": place.name,
            "geonameid": place.geonameid,
            "lat": place.lat,
            "lon": place.lon,
            "country_code": place.country,
        }
    return record


def _plover_entity(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country,
        "sector": actor.sector,
        "entity_text": actor.text,
        "identifier_id": actor.id,
        "identifier_text": actor.name,
    }


def write_plover(events: Iterable[Event], stream: TextIO) -> int:
    """Write PLOVER JSON lines (one event per line); return how many."""
    count = 0
    for event in events:
        stream.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


_GDELT_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4}


def gdelt_row(event: Event) -> list[Any]:
    """Return an event as a GDELT 2.0 event-table row (61 values, ``None`` where unknown)."""
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS)
    row["GLOBALEVENTID"] = event.event_id
    if event.date:
        year, month, day = (event.date.split("-") + ["01", "01"])[:3]
        row["SQLDATE"] = f"{year}{month}{day}"
        row["MonthYear"] = f"{year}{month}"
        row["Year"] = year
        day_of_year = (date(int(year), int(month), int(day)) - date(int(year), 1, 1)).days + 1
        row["FractionDate"] = f"{int(year) + day_of_year / 365:.4f}"
    for prefix, actors in (("Actor1", event.actor), ("Actor2", event.recipient)):
        if not actors:
            continue
        actor = actors[0]
        row[f"{prefix}Code"] = f"{actor.country or ''}{actor.sector or ''}" or None
        row[f"{prefix}Name"] = (actor.name or actor.text).upper()
        row[f"{prefix}CountryCode"] = actor.country
        row[f"{prefix}Type1Code"] = actor.sector
    row["IsRootEvent"] = int(any(m.sentence_index <= 1 for m in event.mentions))
    if event.cameo:
        row["EventCode"] = event.cameo
        row["EventBaseCode"] = event.cameo[:3]
        row["EventRootCode"] = event.cameo[:2]
    row["QuadClass"] = event.quad_class
    row["GoldsteinScale"] = event.goldstein
    row["NumMentions"] = event.mention_count
    row["NumArticles"] = event.article_count
    place = event.location
    if place is not None:
        geo_type = _GDELT_GEO_TYPE.get(place.feature or "")
        if geo_type in (4, 5) and place.country == "USA":
            geo_type -= 1  # GDELT: 3 = US city, 2 = US state
        row["ActionGeo_Type"] = geo_type
        row["ActionGeo_FullName"] = place.name
        row["ActionGeo_CountryCode"] = place.country
        row["ActionGeo_Lat"] = place.lat
        row["ActionGeo_Long"] = place.lon
        row["ActionGeo_FeatureID"] = place.geonameid
    return [row[column] for column in GDELT_COLUMNS]


def write_gdelt(events: Iterable[Event], stream: TextIO, *, header: bool = False) -> int:
    """Write tab-separated rows in GDELT 2.0 event-table column order; return how many.

    GDELT's own files have no header line; pass ``header=True`` to add one.
    """
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    if header:
        writer.writerow(GDELT_COLUMNS)
    count = 0
    for event in events:
        writer.writerow(["" if value is None else value for value in gdelt_row(event)])
        count += 1
    return count


def write_parquet(events: Iterable[Event], path: Path, *, rows_per_group: int = 50_000) -> int:
    """Write events as one Parquet file with the CSV columns plus ``mentions`` (JSON)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([*((name, _PARQUET_TYPES.get(name, pa.string())) for name in CSV_COLUMNS),
                        ("context", pa.list_(pa.string())), ("mentions", pa.string()),
                        ("coder_version", pa.string())])  # fmt: skip
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buffer: list[dict[str, Any]] = []
        for event in events:
            full = event_row(event)
            row = flat_row(event)
            row.update(context=full["context"], mentions=json.dumps(full["mentions"]),
                       coder_version=event.coder_version)  # fmt: skip
            buffer.append(row)
            count += 1
            if len(buffer) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer = []
        if buffer or count == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
    return count


def _parquet_types() -> dict[str, Any]:
    import pyarrow as pa

    return {
        "sentence_index": pa.int32(), "goldstein": pa.float64(), "quad_class": pa.int32(),
        "lat": pa.float64(), "lon": pa.float64(), "confidence": pa.float64(),
        "mention_count": pa.int32(), "article_count": pa.int32(),
    }  # fmt: skip


_PARQUET_TYPES: dict[str, Any] = _parquet_types()

WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "plover": write_plover, "gdelt": write_gdelt}
