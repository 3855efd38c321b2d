"""Accuracy metrics: pure functions over ``(gold record, predicted events)`` pairs.

Every scorer takes the pairs of one task (see :func:`legation.evaluate.gold.select_task`)
and returns a :class:`TaskScore`. The predicted events of a record are the events the
coder produced for its text (mentions grouped with
:func:`legation.events.group_mentions`). For the sentence-label tasks (plover, protest,
case, police) an event whose ``status`` is ``negated`` ("police did not arrest anyone")
does not count: the question is whether the text reports such an event.

The *top event* of a record is its highest-confidence counted event; ties go to the
earliest mention (sentence index, trigger offset), then the event id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from legation.evaluate.gold import GoldRecord, case_label, police_labels
from legation.records import PLOVER_TYPES, Event

Pair = tuple[GoldRecord, Sequence[Event]]

# CASE 2021 (ACLED-style) label -> PLOVER types that count as correct (issue 3).
CASE_TYPES: dict[str, frozenset[str]] = {
    **{
        label: frozenset({"ASSAULT"})
        for label in (
            "ARMED_CLASH", "ATTACK", "AIR_STRIKE", "GRENADE", "SUIC_BOMB", "ART_MISS_ATTACK",
            "REM_EXPLOS", "CHEM_WEAP", "SEX_VIOL",
        )
    },
    "ABDUCT_DISSAP": frozenset({"ASSAULT", "COERCE"}),
    "ARREST": frozenset({"COERCE"}),
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST"}),
    "FORCE_AGAINST_PROTEST": frozenset({"ASSAULT", "COERCE"}),
    "GOV_REGAINS_TERIT": frozenset({"ASSAULT", "COERCE"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": frozenset({"ASSAULT", "COERCE"}),
    "PROPERTY_DISTRUCT": frozenset({"ASSAULT", "PROTEST"}),
    "MOB_VIOL": frozenset({"ASSAULT", "PROTEST"}),
    "AGREEMENT": frozenset({"AGREE", "COOPERATE"}),
    "DIPLO": frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}),
}
# CASE label -> PLOVER modes that count for mode recall (issue 3).
CASE_MODES: dict[str, frozenset[str]] = {
    "AIR_STRIKE": frozenset({"aerial", "drone"}),
    "SUIC_BOMB": frozenset({"suicide-attack"}),
    "ARREST": frozenset({"arrest"}),
    "SEX_VIOL": frozenset({"sexual"}),
    "ABDUCT_DISSAP": frozenset({"abduct"}),
    "PEACE_PROTEST": frozenset({"demo"}),
    "VIOL_DEMONSTR": frozenset({"riot"}),
}
POLICE_CLASSES: tuple[str, ...] = ("ARREST", "FORCE_OR_KILL", "ANY_ACTION")


@dataclass(frozen=True, slots=True)
class Metric:
    """One number, how many items it averages over, and which direction is better."""

    value: float
    n: int
    higher_is_better: bool = True


@dataclass(frozen=True, slots=True)
class TaskScore:
    """The metrics of one task, plus a breakdown table (rows of plain values)."""

    task: str
    records: int
    metrics: dict[str, Metric]
    table: tuple[dict[str, Any], ...] = ()
    table_key: str = ""
    per_row: dict[str, dict[str, Metric]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "task": self.task,
            "records": self.records,
            "metrics": {k: {"value": m.value, "n": m.n} for k, m in self.metrics.items()},
            "table": [dict(row) for row in self.table],
        }


def counted_events(events: Iterable[Event]) -> list[Event]:
    """Return the events the sentence-label tasks count (everything but ``negated``)."""
    return [e for e in events if e.status != "negated"]


def top_event(events: Iterable[Event]) -> Event | None:
    """Return the highest-confidence counted event (ties: earliest mention, then id)."""
    best: Event | None = None
    best_key: tuple[float, int, int, str] | None = None
    for event in counted_events(events):
        first = min(((m.sentence_index, m.trigger.start) for m in event.mentions), default=(0, 0))
        key = (-event.confidence, first[0], first[1], event.event_id)
        if best_key is None or key < best_key:
            best, best_key = event, key
    return best


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 (each 0.0 when undefined).

    >>> prf(8, 2, 2)
    (0.8, 0.8, 0.8)
    """
    precision = _share(tp, tp + fp)
    recall = _share(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _countries(actors: Iterable[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def score_plover(pairs: Sequence[Pair]) -> TaskScore:
    """Score PLOVER type and dyad coding on illustrative / coder-training records.

    Definitions (issue 3), over records that carry at least one gold PLOVER type:

    - ``top1_accuracy``: share of records whose top event's type is one of the gold types
      (a record with no event counts as wrong);
    - ``type_recall``: share of records where any counted event has a gold type;
    - ``extra_types_per_record``: mean number of distinct predicted types that are not gold
      types (lower is better; the gold is not exhaustive, so this is an upper bound);
    - ``dyad_recall``: over gold events giving both a source and a target country, share
      matched by a counted event of the same type whose actors include the source country
      and whose recipients include the target country.

    The per-type table gives, for each PLOVER type T: ``records`` carrying T, ``top1`` (share
    of them whose top event is T), ``recall`` (share where any event is T), ``predicted``
    (records whose top event is T) and ``precision`` (share of those that carry T).
    """
    top_hits = recall_hits = extra = dyads = dyad_hits = 0
    per: dict[str, dict[str, int]] = {t: dict.fromkeys(("n", "top", "any", "pred", "pred_ok"), 0) for t in PLOVER_TYPES}
    for record, events in pairs:
        gold = record.types
        counted = counted_events(events)
        predicted = {e.type for e in counted}
        top = top_event(counted)
        top_hits += top is not None and top.type in gold
        recall_hits += bool(predicted & gold)
        extra += len(predicted - gold)
        for ptype in gold:
            row = per.setdefault(ptype, dict.fromkeys(("n", "top", "any", "pred", "pred_ok"), 0))
            row["n"] += 1
            row["top"] += top is not None and top.type == ptype
            row["any"] += ptype in predicted
        if top is not None:
            row = per.setdefault(top.type, dict.fromkeys(("n", "top", "any", "pred", "pred_ok"), 0))
            row["pred"] += 1
            row["pred_ok"] += top.type in gold
        for gold_event in record.events:
            source, target = gold_event.source.country, gold_event.target.country
            if not (gold_event.type and source and target):
                continue
            dyads += 1
            dyad_hits += any(
                e.type == gold_event.type and source in _countries(e.actor) and target in _countries(e.recipient)
                for e in counted
            )
    total = len(pairs)
    table = []
    per_row: dict[str, dict[str, Metric]] = {}
    for ptype, row in per.items():
        if not row["n"] and not row["pred"]:
            continue
        table.append(
            {
                "type": ptype,
                "records": row["n"],
                "top1": round(_share(row["top"], row["n"]), 4),
                "recall": round(_share(row["any"], row["n"]), 4),
                "predicted": row["pred"],
                "precision": round(_share(row["pred_ok"], row["pred"]), 4),
            }
        )
        if row["n"]:
            per_row[ptype] = {
                "top1": Metric(_share(row["top"], row["n"]), row["n"]),
                "recall": Metric(_share(row["any"], row["n"]), row["n"]),
            }
    return TaskScore(
        task="plover",
        records=total,
        metrics={
            "top1_accuracy": Metric(_share(top_hits, total), total),
            "type_recall": Metric(_share(recall_hits, total), total),
            "extra_types_per_record": Metric(_share(extra, total), total, higher_is_better=False),
            "dyad_recall": Metric(_share(dyad_hits, dyads), dyads),
        },
        table=tuple(table),
        table_key="type",
        per_row=per_row,
    )


def score_protest(pairs: Sequence[Pair]) -> TaskScore:
    """Score "the sentence has a PROTEST event" against the GLOCON label.

    Gold positive: the record is not ``negative`` (GLOCON label 1, or 2 = planned or
    threatened protest). Predicted positive: some counted event has type PROTEST.
    Metrics: ``precision``, ``recall``, ``f1`` (n = gold positives for recall and F1).
    """
    tp = fp = fn = 0
    for record, events in pairs:
        gold = not record.negative
        predicted = any(e.type == "PROTEST" for e in counted_events(events))
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    precision, recall, f1 = prf(tp, fp, fn)
    positives = tp + fn
    return TaskScore(
        task="protest",
        records=len(pairs),
        metrics={
            "precision": Metric(precision, tp + fp),
            "recall": Metric(recall, positives),
            "f1": Metric(f1, positives),
        },
        table=({"class": "PROTEST", "gold": positives, "predicted": tp + fp, "tp": tp},),
        table_key="class",
    )


def score_case(pairs: Sequence[Pair]) -> TaskScore:
    """Score CASE 2021 snippets: top-1 type accuracy and mode recall.

    - ``top1_accuracy``: over records whose label is in :data:`CASE_TYPES` (the other labels,
      e.g. DISR_WEAP, ORG_CRIME, disasters, are not scored), share whose top event's type is
      one of the types the label maps to;
    - ``mode_recall``: over records whose label is in :data:`CASE_MODES`, share where some
      counted event has an allowed type *and* one of the label's modes.

    The table gives both per label.
    """
    rows: dict[str, dict[str, int]] = {}
    hits = scored = mode_hits = mode_scored = 0
    for record, events in pairs:
        label = case_label(record)
        if label is None or label not in CASE_TYPES:
            continue
        allowed = CASE_TYPES[label]
        counted = counted_events(events)
        top = top_event(counted)
        row = rows.setdefault(label, dict.fromkeys(("n", "top", "mode_n", "mode"), 0))
        ok = top is not None and top.type in allowed
        scored += 1
        hits += ok
        row["n"] += 1
        row["top"] += ok
        if label in CASE_MODES:
            found = any(e.type in allowed and e.mode in CASE_MODES[label] for e in counted)
            mode_scored += 1
            mode_hits += found
            row["mode_n"] += 1
            row["mode"] += found
    table = tuple(
        {
            "label": label,
            "records": row["n"],
            "types": "/".join(sorted(CASE_TYPES[label])),
            "top1": round(_share(row["top"], row["n"]), 4),
            "modes": "/".join(sorted(CASE_MODES.get(label, ()))),
            "mode_recall": round(_share(row["mode"], row["mode_n"]), 4) if row["mode_n"] else None,
        }
        for label, row in sorted(rows.items())
    )
    return TaskScore(
        task="case",
        records=len(pairs),
        metrics={
            "top1_accuracy": Metric(_share(hits, scored), scored),
            "mode_recall": Metric(_share(mode_hits, mode_scored), mode_scored),
        },
        table=table,
        table_key="label",
        per_row={label: {"top1": Metric(_share(r["top"], r["n"]), r["n"])} for label, r in rows.items()},
    )


def police_predictions(events: Iterable[Event]) -> frozenset[str]:
    """Return the IndiaPoliceEvents classes the counted events answer yes to.

    ARREST: a COERCE event with mode ``arrest``. FORCE_OR_KILL: an ASSAULT event, or a
    COERCE event whose mode is not ``arrest``, with an actor of sector COP. ANY_ACTION: any
    event with an actor of sector COP.
    """
    found: set[str] = set()
    for event in counted_events(events):
        police = any(a.sector == "COP" for a in event.actor)
        if event.type == "COERCE" and event.mode == "arrest":
            found.add("ARREST")
        elif police and event.type in ("ASSAULT", "COERCE"):
            found.add("FORCE_OR_KILL")
        if police:
            found.add("ANY_ACTION")
    return frozenset(found)


def _police_gold(record: GoldRecord) -> frozenset[str]:
    labels = police_labels(record)
    gold = {"ARREST", "ANY_ACTION"} & labels
    if labels & {"FORCE", "KILL"}:
        gold.add("FORCE_OR_KILL")
    return frozenset(gold)


def score_police(pairs: Sequence[Pair]) -> TaskScore:
    """Score IndiaPoliceEvents sentences: F1 of ARREST, FORCE_OR_KILL, ANY_ACTION, macro F1.

    Gold: ARREST from the ARREST label, FORCE_OR_KILL from FORCE or KILL, ANY_ACTION from
    ANY_ACTION (FAIL is not scored). Predictions: :func:`police_predictions`.
    ``macro_f1`` is the unweighted mean of the three F1 values.
    """
    counts = {c: dict.fromkeys(("tp", "fp", "fn"), 0) for c in POLICE_CLASSES}
    for record, events in pairs:
        gold = _police_gold(record)
        predicted = police_predictions(events)
        for name in POLICE_CLASSES:
            row = counts[name]
            row["tp"] += name in gold and name in predicted
            row["fp"] += name in predicted and name not in gold
            row["fn"] += name in gold and name not in predicted
    metrics: dict[str, Metric] = {}
    table = []
    f1s = []
    for name in POLICE_CLASSES:
        row = counts[name]
        precision, recall, f1 = prf(row["tp"], row["fp"], row["fn"])
        positives = row["tp"] + row["fn"]
        f1s.append(f1)
        metrics[f"{name.lower()}_f1"] = Metric(f1, positives)
        table.append(
            {
                "class": name,
                "gold": positives,
                "predicted": row["tp"] + row["fp"],
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
            }
        )
    metrics["macro_f1"] = Metric(sum(f1s) / len(f1s), min(m.n for m in metrics.values()))
    return TaskScore(task="police", records=len(pairs), metrics=metrics, table=tuple(table), table_key="class")


SCORERS = {
    "plover": score_plover,
    "protest": score_protest,
    "case": score_case,
    "police": score_police,
}
