"""Render evaluation results as Markdown: what ``legation evaluate`` prints and writes to docs.

The same text goes to the terminal (``--format table``) and to ``--write-docs``, so
``docs/accuracy.md`` always shows exactly what the command printed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from legation.errors import InputError
from legation.evaluate.metrics import TaskScore
from legation.evaluate.petrarch import PetrarchCoding, describe_events
from legation.records import Event

# Goals of issue 3: (task, metric) -> (comparison, value).
GOALS: dict[tuple[str, str], tuple[str, float]] = {
    ("plover", "top1_accuracy"): (">=", 0.85),
    ("plover", "dyad_recall"): (">=", 0.80),
    ("plover", "extra_types_per_record"): ("<=", 0.5),
    ("protest", "f1"): (">=", 0.87),
    ("case", "top1_accuracy"): (">=", 0.85),
    ("police", "macro_f1"): (">=", 0.75),
    ("events", "f1"): (">=", 0.75),
    ("events", "date_accuracy"): (">=", 0.90),
}

TITLES: dict[str, str] = {
    "plover": "PLOVER types (illustrative + coder-training records, deduplicated on group)",
    "protest": "Protest sentences (GLOCON, restricted:contentious-politics)",
    "case": "CASE 2021 sub-event types (restricted:single-label-subtype)",
    "police": "Police actions (IndiaPoliceEvents, restricted:police-actions)",
    "events": "Event level (eval/events/gold.jsonl on wikinews articles)",
    "petrarch": "Agreement with PETRARCH2 (plovigy test sentences; neither side is gold)",
}

DEFINITIONS = """\
## Definitions

Every record is coded on its own (record text = article text, no title, record `date` =
publication date). Events are the coder's mentions grouped per record. For the
sentence-label tasks an event with status `negated` does not count. The *top event* is
the record's highest-confidence counted event (ties: earliest mention).

- **plover**: records of scope `illustrative` or `consensus:coder-training` with at least one
  PLOVER type, one record per `group` (the PLOVER GSR edit is kept over the CAMEO example).
  *top-1 type accuracy*: share of records whose top event has a gold type (no event = wrong).
  *type recall*: share where any event has a gold type. *extra types per record*: mean number
  of distinct predicted types that are not gold (the gold is not exhaustive, so an upper
  bound). *dyad recall*: over gold events giving both source and target country, share matched
  by an event of the same type whose actors include the source country and recipients the
  target country. Per type: top-1 and recall over records carrying the type; *predicted* =
  records whose top event has the type, *precision* = share of those carrying it.
- **protest**: gold positive = GLOCON label 1 or 2 (record not `negative`); predicted positive =
  some event of type PROTEST. Precision, recall, F1.
- **case**: top-1 type accuracy after mapping the label: ARMED_CLASH, ATTACK, AIR_STRIKE,
  GRENADE, SUIC_BOMB, ART_MISS_ATTACK, REM_EXPLOS, CHEM_WEAP, SEX_VIOL -> ASSAULT;
  ABDUCT_DISSAP -> ASSAULT or COERCE; ARREST -> COERCE; PEACE_PROTEST, VIOL_DEMONSTR,
  PROTEST_WITH_INTER -> PROTEST; FORCE_AGAINST_PROTEST, GOV_REGAINS_TERIT,
  NON_STATE_ACTOR_OVERTAKES_TER -> ASSAULT or COERCE; PROPERTY_DISTRUCT, MOB_VIOL -> ASSAULT or
  PROTEST; AGREEMENT -> AGREE or COOPERATE; DIPLO -> CONSULT, AGREE, SUPPORT or COOPERATE;
  other labels are not scored. *Mode recall*: some event of an allowed type has the label's
  mode (AIR_STRIKE aerial/drone, SUIC_BOMB suicide-attack, ARREST arrest, SEX_VIOL sexual,
  ABDUCT_DISSAP abduct, PEACE_PROTEST demo, VIOL_DEMONSTR riot).
- **police**: ARREST = a COERCE event with mode arrest; FORCE_OR_KILL = an ASSAULT or
  non-arrest COERCE event with an actor of sector COP (gold FORCE or KILL); ANY_ACTION = any
  event with a COP actor. F1 each and their unweighted mean (macro F1). FAIL is not scored.
- **events**: per article, a predicted and a gold event match when the type is equal, an actor
  country is shared and (if the gold recipients name a country) a recipient country is shared;
  one-to-one, greedy by confidence, pairs told in the same sentence first, then each left-over
  prediction with the nearest compatible gold event. Precision, recall,
  F1; among matches, date accuracy (same date string and precision), status accuracy, and
  location accuracy over matches whose gold event has a location (same country and name,
  case-insensitive, or within 50 km).
- **petrarch**: PETRARCH2's CAMEO code mapped to PLOVER by `cameo.csv`, its actor codes to
  countries. Top-type agreement, any-type agreement, share with no Legation event, and among
  top-type agreements the share whose actors / recipients include PETRARCH2's countries.
- **speed**: records coded per second (spaCy parse + coding, resources already loaded, one
  process).
"""


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown_table(rows: Sequence[Mapping[str, Any]]) -> str:
    """Return rows of plain values as a Markdown table (columns from the first row)."""
    if not rows:
        return "(no rows)\n"
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines.extend("| " + " | ".join(_fmt(row.get(c)) for c in columns) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def render_score(score: TaskScore) -> str:
    """Return one task's section: metrics with goals, then the breakdown table."""
    rows = []
    for name, metric in score.metrics.items():
        goal = GOALS.get((score.task, name))
        met = ""
        if goal is not None:
            op, target = goal
            ok = metric.value >= target if op == ">=" else metric.value <= target
            met = "yes" if ok else "no"
        rows.append(
            {
                "metric": name,
                "value": round(metric.value, 4),
                "n": metric.n,
                "goal": f"{goal[0]} {goal[1]}" if goal else "",
                "met": met,
            }
        )
    parts = [f"## {score.task}: {TITLES.get(score.task, score.task)}\n", f"{score.records} records scored.\n"]
    parts.append(markdown_table(rows))
    if score.table:
        parts.append(markdown_table(score.table))
    return "\n".join(parts)


def load_review(path: str | Path) -> list[dict[str, Any]]:
    """Read the hand-written review of PETRARCH2 disagreements (a YAML list).

    Each entry: ``textid``, ``gist`` (the sentence in a few words of our own), ``legation``
    (what Legation coded when reviewed), ``right`` (petrarch, legation, both, neither) and
    ``why``.

    Raises:
        InputError: the file is not a YAML list of mappings with those keys.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as err:
        raise InputError(f"cannot read review file {path}: {err}") from err
    needed = {"textid", "gist", "legation", "right", "why"}
    if not isinstance(data, list) or not all(isinstance(e, dict) and needed <= set(e) for e in data):
        raise InputError(f"{path}: expected a YAML list of entries with keys {sorted(needed)}")
    return data


def render_review(
    review: Sequence[Mapping[str, Any]], pairs: Sequence[tuple[PetrarchCoding, Sequence[Event]]]
) -> str:
    """Return the reviewed disagreements, with what Legation codes now beside the verdict."""
    by_id = {coding.textid: (coding, events) for coding, events in pairs}
    rows = []
    for entry in review:
        found = by_id.get(str(entry["textid"]))
        if found is None:
            continue
        coding, events = found
        now = describe_events(events)
        rows.append(
            {
                "sentence (gist)": entry["gist"],
                "PETRARCH2": f"{coding.cameo} {coding.type} {coding.source_code}->{coding.target_code}",
                "Legation (reviewed)": entry["legation"],
                "Legation (now)": now if now != entry["legation"] else "same",
                "right": entry["right"],
                "why": entry["why"],
            }
        )
    head = (
        "### Sample of disagreements, reviewed by hand\n\n"
        "Sentences paraphrased in our own words. *right* is our judgement of which coding is\n"
        "correct under the PLOVER manual; *Legation (now)* says whether today's coder differs\n"
        "from the one reviewed.\n\n"
    )
    return head + markdown_table(rows)


def render_report(
    scores: Mapping[str, TaskScore],
    *,
    speed: Sequence[str] = (),
    skipped: Mapping[str, str] | None = None,
    extra: Sequence[str] = (),
    command: str | None = None,
) -> str:
    """Return the whole Markdown report (the body of ``docs/accuracy.md``).

    Args:
        scores: task name -> score, rendered in order.
        speed: lines about coding speed.
        skipped: task -> reason it was not run.
        extra: further Markdown sections appended after the scores.
        command: when given, a header saying which command regenerates the file.
    """
    parts = []
    if command:
        parts.append("# Coding accuracy\n")
        parts.append(f"Generated by `{command}`; do not edit by hand, run that command again.\n")
    summary = []
    for (task, metric), (op, target) in GOALS.items():
        score = scores.get(task)
        if score is None or metric not in score.metrics:
            continue
        value = score.metrics[metric].value
        ok = value >= target if op == ">=" else value <= target
        summary.append({"task": task, "metric": metric, "value": round(value, 4), "goal": f"{op} {target}",
                        "met": "yes" if ok else "no"})
    if summary:
        parts.append("## Summary against the goals of issue 3\n")
        parts.append(markdown_table(summary))
    if speed:
        parts.append("## Speed\n")
        parts.append("\n".join(f"- {line}" for line in speed) + "\n")
    for score in scores.values():
        parts.append(render_score(score))
    for task, reason in (skipped or {}).items():
        parts.append(f"## {task}: skipped\n\n{reason}\n")
    parts.extend(extra)
    if command:
        parts.append(DEFINITIONS)
    return "\n".join(parts)
