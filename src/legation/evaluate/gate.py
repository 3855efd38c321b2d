"""The accuracy gate (STYLE.md section 10): floors per task and per type, checked against a run.

``tests/golden/baseline.json`` holds, for each metric of a run on the fixed gate subset of
``../shared/eval/dev.jsonl`` (:func:`legation.evaluate.gold.gate_sample`), the value it
reached and how many items it averages over, plus the SHA-256 of the gold file.
:func:`check_floors` fails a metric that falls below its floor by more than the noise
margin: ``max(TASK_MARGIN, 1/n)`` for task-level metrics and ``max(TYPE_MARGIN, 1/n)`` for
per-type / per-label rows, i.e. at least one record's worth of the metric. The coder is
deterministic, so the margin only absorbs harmless single-record flips; anything larger is
a real drop. A metric where lower is better (extra types per record) has a ceiling instead.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legation.evaluate.metrics import Metric, TaskScore

TASK_MARGIN = 0.01
TYPE_MARGIN = 0.02
BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Floor:
    """A recorded metric value and the margin a later run may lose without failing."""

    value: float
    n: int
    higher_is_better: bool
    margin: float


def flatten_scores(scores: Mapping[str, TaskScore]) -> dict[str, tuple[Metric, bool]]:
    """Name every metric of a run: ``"plover.top1_accuracy"``, ``"plover.type.AGREE.top1"``.

    Returns:
        name -> (metric, whether it is a per-row metric).
    """
    flat: dict[str, tuple[Metric, bool]] = {}
    for task, score in scores.items():
        for name, metric in score.metrics.items():
            flat[f"{task}.{name}"] = (metric, False)
        for row, metrics in score.per_row.items():
            for name, metric in metrics.items():
                flat[f"{task}.{score.table_key}.{row}.{name}"] = (metric, True)
    return flat


def margin_for(metric: Metric, *, per_row: bool) -> float:
    """Return the noise margin of a metric (see the module docstring)."""
    base = TYPE_MARGIN if per_row else TASK_MARGIN
    return max(base, 1.0 / metric.n) if metric.n else base


def build_baseline(
    scores: Mapping[str, TaskScore], *, gold_sha256: str, gold_path: str, subset: str, coder_version: str
) -> dict[str, Any]:
    """Return the baseline document for a run (what ``baseline.json`` holds)."""
    floors = {}
    for name, (metric, per_row) in sorted(flatten_scores(scores).items()):
        if metric.n == 0:
            continue
        floors[name] = {
            "value": round(metric.value, 4),
            "n": metric.n,
            "higher_is_better": metric.higher_is_better,
            "margin": round(margin_for(metric, per_row=per_row), 4),
        }
    return {
        "version": BASELINE_VERSION,
        "gold": gold_path,
        "gold_sha256": gold_sha256,
        "subset": subset,
        "measured_with": coder_version,
        "noise_margin": f"max({TASK_MARGIN}, 1/n) per task metric, max({TYPE_MARGIN}, 1/n) per type/label row",
        "floors": floors,
    }


def read_baseline(path: str | Path) -> dict[str, Any]:
    """Read ``baseline.json``."""
    return dict(json.loads(Path(path).read_text(encoding="utf-8")))


def write_baseline(path: str | Path, baseline: Mapping[str, Any]) -> None:
    """Write ``baseline.json`` (sorted keys, one trailing newline)."""
    Path(path).write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def check_floors(scores: Mapping[str, TaskScore], baseline: Mapping[str, Any]) -> list[str]:
    """Return one line per metric that dropped below its floor beyond the margin.

    A metric in the baseline that the run no longer reports is a failure too.
    """
    flat = flatten_scores(scores)
    problems = []
    for name, spec in sorted(baseline.get("floors", {}).items()):
        floor = Floor(float(spec["value"]), int(spec["n"]), bool(spec["higher_is_better"]), float(spec["margin"]))
        found = flat.get(name)
        if found is None:
            problems.append(f"{name}: missing from the run (baseline {floor.value:.4f})")
            continue
        value = found[0].value
        if floor.higher_is_better and value < floor.value - floor.margin - 1e-9:
            problems.append(f"{name}: {value:.4f} < floor {floor.value:.4f} - margin {floor.margin:.4f}")
        if not floor.higher_is_better and value > floor.value + floor.margin + 1e-9:
            problems.append(f"{name}: {value:.4f} > ceiling {floor.value:.4f} + margin {floor.margin:.4f}")
    return problems


GATE_SUBSET = (
    "every plover, protest and case record of the gold file; police: every sentence labelled "
    "ARREST, FORCE or KILL plus the others with the smallest sha256(id), 1500 police records in all "
    "(legation.evaluate.gold.gate_sample)"
)


def measure_gate(gold_path: str | Path, *, resources: Any) -> dict[str, TaskScore]:
    """Code the gate subset of a gold file and return the scores of the four tasks.

    Args:
        gold_path: ``../shared/eval/dev.jsonl``.
        resources: loaded pipeline and coder (:func:`legation.pipeline.load_resources`).
    """
    from legation.evaluate.gold import TASKS, gate_sample, read_gold
    from legation.evaluate.runner import evaluate_records

    records = gate_sample(read_gold(gold_path))
    return evaluate_records(records, tasks=TASKS, resources=resources).scores
