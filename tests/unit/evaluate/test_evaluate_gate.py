"""Baseline floors: building, margins and the comparison (no model)."""

from __future__ import annotations

from legation.evaluate.gate import build_baseline, check_floors, flatten_scores, margin_for
from legation.evaluate.metrics import Metric, TaskScore


def _scores(top1: float, extra: float, agree: float) -> dict[str, TaskScore]:
    return {
        "plover": TaskScore(
            task="plover",
            records=200,
            metrics={
                "top1_accuracy": Metric(top1, 200),
                "extra_types_per_record": Metric(extra, 200, higher_is_better=False),
            },
            table_key="type",
            per_row={"AGREE": {"top1": Metric(agree, 10)}},
        )
    }


def test_flatten_scores_names_rows():
    assert set(flatten_scores(_scores(0.5, 0.3, 0.4))) == {
        "plover.top1_accuracy",
        "plover.extra_types_per_record",
        "plover.type.AGREE.top1",
    }


def test_margin_is_at_least_one_record():
    assert margin_for(Metric(0.5, 200), per_row=False) == 0.01
    assert margin_for(Metric(0.5, 10), per_row=True) == 0.1
    assert margin_for(Metric(0.5, 1000), per_row=True) == 0.02


def test_check_floors_passes_within_margin_and_fails_beyond():
    baseline = build_baseline(
        _scores(0.50, 0.30, 0.40), gold_sha256="0" * 64, gold_path="dev.jsonl", subset="all", coder_version="t"
    )
    assert check_floors(_scores(0.495, 0.305, 0.31), baseline) == []
    problems = check_floors(_scores(0.48, 0.35, 0.2), baseline)
    assert len(problems) == 3
    assert any("extra_types_per_record" in p and "ceiling" in p for p in problems)


def test_check_floors_reports_missing_metric():
    baseline = build_baseline(
        _scores(0.5, 0.3, 0.4), gold_sha256="0" * 64, gold_path="dev.jsonl", subset="all", coder_version="t"
    )
    problems = check_floors({}, baseline)
    assert len(problems) == 3
    assert all("missing from the run" in p for p in problems)
