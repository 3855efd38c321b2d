"""Measure coding accuracy against human-coded gold data (issue 3).

>>> from legation.evaluate import read_gold, evaluate_records  # doctest: +SKIP
>>> report = evaluate_records(read_gold("../shared/eval/dev.jsonl"), tasks=["plover"],
...                           resources=load_resources(Settings()))  # doctest: +SKIP
"""

from legation.evaluate.eventlevel import GoldEventLine, match_events, read_event_gold, score_events
from legation.evaluate.gate import (
    build_baseline,
    check_floors,
    flatten_scores,
    read_baseline,
    write_baseline,
)
from legation.evaluate.gold import (
    TASKS,
    GoldActor,
    GoldEvent,
    GoldRecord,
    dedup_groups,
    file_sha256,
    gate_sample,
    read_gold,
    select_task,
)
from legation.evaluate.metrics import (
    Metric,
    TaskScore,
    score_case,
    score_plover,
    score_police,
    score_protest,
    top_event,
)
from legation.evaluate.petrarch import PetrarchCoding, read_petrarch, score_petrarch
from legation.evaluate.report import render_report
from legation.evaluate.runner import (
    Evaluation,
    code_records,
    evaluate_event_file,
    evaluate_petrarch_file,
    evaluate_records,
)

__all__ = [
    "TASKS",
    "Evaluation",
    "GoldActor",
    "GoldEvent",
    "GoldEventLine",
    "GoldRecord",
    "Metric",
    "PetrarchCoding",
    "TaskScore",
    "build_baseline",
    "check_floors",
    "code_records",
    "dedup_groups",
    "evaluate_event_file",
    "evaluate_petrarch_file",
    "evaluate_records",
    "file_sha256",
    "flatten_scores",
    "gate_sample",
    "match_events",
    "read_baseline",
    "read_event_gold",
    "read_gold",
    "read_petrarch",
    "render_report",
    "score_case",
    "score_events",
    "score_petrarch",
    "score_plover",
    "score_police",
    "score_protest",
    "select_task",
    "top_event",
    "write_baseline",
]
