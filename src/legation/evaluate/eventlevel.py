"""Event-level accuracy (``legation evaluate --task events``).

Gold: the project's own annotations (``eval/events/gold.jsonl``), one JSON object per event
as ``../shared/eval/EVENT_GUIDE.md`` writes it, plus the character offsets ``start``/``end``
of its sentence in the article text (``in_title: true`` = offsets into the title). The
article texts are not in the repository: they are read from
``../shared/data/corpus/wikinews.jsonl`` by id.

Matching, per article: a predicted event and a gold event match when the PLOVER type is
equal, some actor country is shared and, when the gold recipients name a country, some
recipient country is shared. Matching is one-to-one and greedy: predicted events in order
of confidence (ties: earliest mention), each taking the first compatible unmatched gold
event, preferring one whose sentence holds the predicted trigger. Every event counts,
including ``negated`` ones (the guide codes those too, with that status).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legation.errors import InputError
from legation.evaluate.gold import read_json_lines
from legation.evaluate.metrics import Metric, TaskScore, prf
from legation.ingest import parse_published
from legation.records import Article, Event, EventMention

LOCATION_KM = 50.0


@dataclass(frozen=True, slots=True)
class GoldLocation:
    """Where a gold event happened: name, country, and coordinates when given."""

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class GoldEventLine:
    """One hand-coded event of an article (EVENT_GUIDE format plus sentence offsets)."""

    article_id: str
    type: str
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    date: str | None = None
    date_precision: str | None = None
    status: str | None = None
    location: GoldLocation | None = None
    mode: str | None = None
    start: int | None = None
    end: int | None = None
    in_title: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldEventLine:
        """Build from one line of the annotation file."""
        loc = data.get("location")
        location = None
        if isinstance(loc, dict):
            location = GoldLocation(
                name=loc.get("name"), country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon")
            )
        return cls(
            article_id=str(data["article_id"]),
            type=str(data["type"]),
            actor_countries=frozenset(a["country"] for a in data.get("actor") or () if a.get("country")),
            recipient_countries=frozenset(a["country"] for a in data.get("recipient") or () if a.get("country")),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            status=data.get("status"),
            location=location,
            mode=data.get("mode"),
            start=data.get("start"),
            end=data.get("end"),
            in_title=bool(data.get("in_title", False)),
            raw=data,
        )


def read_event_gold(path: str | Path) -> list[GoldEventLine]:
    """Read the event annotation file (one JSON event per line).

    Raises:
        InputError: the file cannot be read or a line lacks ``article_id`` / ``type``.
    """
    events = []
    for where, data in read_json_lines(path, what="event annotations"):
        if not isinstance(data, dict) or "article_id" not in data or "type" not in data:
            raise InputError(f"{where}: an annotated event needs 'article_id' and 'type'")
        events.append(GoldEventLine.from_dict(data))
    return events


def read_corpus_articles(path: str | Path, *, ids: set[str]) -> dict[str, Article]:
    """Read the articles with these ids from a corpus JSONL (``wikinews.jsonl`` format).

    Raises:
        InputError: the corpus cannot be read, or an id is not in it.
    """
    path = Path(path)
    found: dict[str, Article] = {}
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read corpus {path}: {err.strerror or err}") from err
    with handle:
        for line in handle:
            if not line.strip():
                continue
            data = json.loads(line)
            if data.get("id") not in ids:
                continue
            found[data["id"]] = Article(
                article_id=data["id"],
                text=data.get("text") or "",
                title=data.get("title") or None,
                published_at=parse_published(data.get("date") or data.get("published")),
                url=data.get("url"),
            )
    missing = sorted(ids - set(found))
    if missing:
        raise InputError(f"{path}: annotated articles not in the corpus: {', '.join(missing[:5])}")
    return found


def _countries(actors: Sequence[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def compatible(gold: GoldEventLine, event: Event) -> bool:
    """Return whether a predicted event may match a gold event (type, actor, recipient)."""
    if gold.type != event.type or not gold.actor_countries & _countries(event.actor):
        return False
    return not gold.recipient_countries or bool(gold.recipient_countries & _countries(event.recipient))


def _in_sentence(gold: GoldEventLine, mention: EventMention, *, titled: bool) -> bool:
    is_title = titled and mention.sentence_index == 0
    if gold.in_title or is_title:
        return gold.in_title and is_title
    if gold.start is None or gold.end is None:
        return False
    return gold.start <= mention.sentence_start + mention.trigger.start < gold.end


def _distance(gold: GoldEventLine, event: Event, *, titled: bool) -> int:
    """Characters between the gold event's sentence and the nearest mention of ``event``;
    a headline sits just before the body (position -1)."""
    def where(in_title: bool, offset: int | None) -> int:
        return -1 if in_title else (offset or 0)

    target = where(gold.in_title, gold.start)
    return min(
        (abs(where(titled and m.sentence_index == 0, m.sentence_start + m.trigger.start) - target)
         for m in event.mentions),
        default=0,
    )


def _first_position(event: Event) -> tuple[int, int]:
    return min(((m.sentence_index, m.trigger.start) for m in event.mentions), default=(0, 0))


def match_events(
    gold: Sequence[GoldEventLine], predicted: Sequence[Event], *, titled: bool = False
) -> list[tuple[GoldEventLine, Event]]:
    """Match one article's predicted events to its gold events, one-to-one and greedily.

    Pairs told in the same sentence are made first, strongest prediction first; the
    events left over then pair with the nearest compatible gold event left (ties: gold
    order). So a headline event is paired with the headline's gold event even when a
    stronger event of the body, which has no gold event in its own sentence, could also
    take it; and of two gold events a body event could be, it takes the one told nearer.

    Args:
        gold: the article's annotated events.
        predicted: the coder's events for the article.
        titled: whether the article has a title (sentence 0 of the mentions is then the title).
    """
    order = sorted(predicted, key=lambda e: (-e.confidence, _first_position(e), e.event_id))
    free = list(range(len(gold)))
    chosen: dict[int, int] = {}  # predicted index in ``order`` -> gold index
    for same_sentence in (True, False):
        for n, event in enumerate(order):
            if n in chosen:
                continue
            candidates = [i for i in free if compatible(gold[i], event)]
            if same_sentence:
                candidates = [
                    i for i in candidates if any(_in_sentence(gold[i], m, titled=titled) for m in event.mentions)
                ]
            if candidates:
                best = min(candidates, key=lambda i: (_distance(gold[i], event, titled=titled), i))
                chosen[n] = best
                free.remove(best)
    return [(gold[chosen[n]], order[n]) for n in sorted(chosen)]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def location_correct(gold: GoldLocation, event: Event) -> bool:
    """Same country and name (case-insensitive, place name or its words), or within 50 km."""
    place = event.location
    if place is None:
        return False
    names = {n.casefold() for n in (place.name, place.text) if n}
    if gold.name and gold.country == place.country and gold.name.casefold() in names:
        return True
    if None not in (gold.lat, gold.lon, place.lat, place.lon):
        return _km(gold.lat, gold.lon, place.lat, place.lon) <= LOCATION_KM  # type: ignore[arg-type]
    return False


def score_events(
    gold: Sequence[GoldEventLine],
    predicted: Mapping[str, Sequence[Event]],
    *,
    titled: frozenset[str] = frozenset(),
    article_ids: Sequence[str] = (),
) -> TaskScore:
    """Score predicted events against annotated ones, article by article.

    Metrics: ``precision`` (matches / predicted events), ``recall`` (matches / gold events),
    ``f1``; among matches, ``date_accuracy`` (same date string and same precision),
    ``status_accuracy`` (same status); among matches whose gold event has a location,
    ``location_accuracy`` (see :func:`location_correct`). Articles are those of ``gold``;
    ``predicted`` maps article id to that article's events; ``titled`` names the articles
    that have a title; ``article_ids`` adds annotated articles that have no gold event
    (their predicted events are false positives).
    """
    by_article: dict[str, list[GoldEventLine]] = {article_id: [] for article_id in article_ids}
    for line in gold:
        by_article.setdefault(line.article_id, []).append(line)
    matches: list[tuple[GoldEventLine, Event]] = []
    n_pred = 0
    per_type: dict[str, dict[str, int]] = {}
    for article_id, lines in by_article.items():
        events = list(predicted.get(article_id, ()))
        n_pred += len(events)
        found = match_events(lines, events, titled=article_id in titled)
        matches.extend(found)
        for line in lines:
            per_type.setdefault(line.type, dict.fromkeys(("gold", "pred", "tp"), 0))["gold"] += 1
        for event in events:
            per_type.setdefault(event.type, dict.fromkeys(("gold", "pred", "tp"), 0))["pred"] += 1
        for line, _ in found:
            per_type[line.type]["tp"] += 1
    tp = len(matches)
    precision, recall, f1 = prf(tp, n_pred - tp, len(gold) - tp)
    dates = sum(g.date == e.date and g.date_precision == e.date_precision for g, e in matches)
    statuses = sum(g.status == e.status for g, e in matches)
    located = [(g, e) for g, e in matches if g.location is not None]
    places = sum(location_correct(g.location, e) for g, e in located if g.location is not None)
    table = []
    for ptype, row in sorted(per_type.items()):
        p, r, f = prf(row["tp"], row["pred"] - row["tp"], row["gold"] - row["tp"])
        table.append({"type": ptype, "gold": row["gold"], "predicted": row["pred"], "matched": row["tp"],
                      "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)})
    return TaskScore(
        task="events",
        records=len(by_article),
        metrics={
            "precision": Metric(precision, n_pred),
            "recall": Metric(recall, len(gold)),
            "f1": Metric(f1, len(gold)),
            "date_accuracy": Metric(dates / tp if tp else 0.0, tp),
            "status_accuracy": Metric(statuses / tp if tp else 0.0, tp),
            "location_accuracy": Metric(places / len(located) if located else 0.0, len(located)),
        },
        table=tuple(table),
        table_key="type",
    )
