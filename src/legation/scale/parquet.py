"""Write coded mentions into a Parquet dataset partitioned by event month (pyarrow).

Layout: ``FOLDER/event_month=2013-03/part-<partition id>.parquet``, one row per event
mention with its ``event_id``, so readers group mentions into events across files.
Mentions dated to a year only go under ``event_month=2013``; undated ones under
``event_month=undated``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from legation.pipeline import ArticleResult
from legation.records import Actor, EventMention

UNDATED = "undated"

MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", pa.string()),
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("published_at", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence_text", pa.string()),
        ("type", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("trigger", pa.string()),
        ("actor_country", pa.string()),
        ("actor_sector", pa.string()),
        ("actor_name", pa.string()),
        ("actor_json", pa.string()),
        ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("recipient_name", pa.string()),
        ("recipient_json", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_source", pa.string()),
        ("status", pa.string()),
        ("location", pa.string()),
        ("location_country", pa.string()),
        ("geonameid", pa.int64()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("confidence", pa.float64()),
        ("rule_id", pa.string()),
        ("dictionary_version", pa.string()),
        ("coder_version", pa.string()),
    ]
)


def event_month(date: str | None) -> str:
    """Return the partition value of a mention date.

    >>> event_month("2013-03-05"), event_month("2013"), event_month(None)
    ('2013-03', '2013', 'undated')
    """
    if not date:
        return UNDATED
    return date[:7]


def mention_record(
    mention: EventMention, *, published_at: str | None, coder_version: str
) -> dict[str, Any]:
    """Return the flat Parquet row of a mention (actors joined with ``;``, plus JSON)."""
    place = mention.location
    return {
        "mention_id": mention.mention_id,
        "event_id": mention.event_id,
        "article_id": mention.article_id,
        "published_at": published_at,
        "sentence_index": mention.sentence_index,
        "sentence_text": mention.sentence_text,
        "type": mention.type,
        "mode": mention.mode,
        "context": list(mention.context),
        "cameo": mention.cameo,
        "goldstein": mention.goldstein,
        "quad_class": mention.quad_class,
        "trigger": mention.trigger.text,
        "actor_country": _join(mention.actor, "country"),
        "actor_sector": _join(mention.actor, "sector"),
        "actor_name": _join(mention.actor, "name"),
        "actor_json": json.dumps([a.to_dict() for a in mention.actor], ensure_ascii=False),
        "recipient_country": _join(mention.recipient, "country"),
        "recipient_sector": _join(mention.recipient, "sector"),
        "recipient_name": _join(mention.recipient, "name"),
        "recipient_json": json.dumps([a.to_dict() for a in mention.recipient], ensure_ascii=False),
        "date": mention.date,
        "date_precision": mention.date_precision,
        "date_source": mention.date_source,
        "status": mention.status,
        "location": place.name if place else None,
        "location_country": place.country if place else None,
        "geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "confidence": mention.confidence,
        "rule_id": mention.rule_id,
        "dictionary_version": mention.dictionary_version,
        "coder_version": coder_version,
    }


def write_mentions(
    results: Iterable[ArticleResult], *, folder: str | Path, part: str, coder_version: str
) -> list[str]:
    """Write the mentions of coded articles, one file per event month; return the paths.

    Args:
        results: coded articles.
        folder: root of the dataset (created when missing).
        part: the partition id that names the files (same articles, same name).
        coder_version: recorded in every row.
    """
    by_month: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        published = result.article.published_at
        stamp = published.isoformat() if published else None
        for mention in result.mentions:
            row = mention_record(mention, published_at=stamp, coder_version=coder_version)
            by_month.setdefault(event_month(mention.date), []).append(row)
    written = []
    for month, records in sorted(by_month.items()):
        target = Path(folder) / f"event_month={month}"
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"part-{part}.parquet"
        pq.write_table(pa.Table.from_pylist(records, schema=MENTION_SCHEMA), path)
        written.append(str(path))
    return written


def read_mentions(folder: str | Path, *, columns: Sequence[str] | None = None) -> pa.Table:
    """Read a mention dataset back (with its ``event_month`` partition column)."""
    import pyarrow.dataset as ds

    partitioning = ds.partitioning(pa.schema([("event_month", pa.string())]), flavor="hive")
    dataset = ds.dataset(str(folder), format="parquet", partitioning=partitioning)
    return dataset.to_table(columns=list(columns) if columns else None)


def _join(actors: Iterable[Actor], attr: str) -> str:
    return ";".join(str(getattr(a, attr) or "") for a in actors)
