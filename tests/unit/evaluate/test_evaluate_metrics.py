"""Metrics of ``legation.evaluate.metrics`` on hand-built events (no model)."""

from __future__ import annotations

import pytest
from evaluate_helpers import gold_event, gold_record, make_event

from legation.evaluate.metrics import (
    police_predictions,
    prf,
    score_case,
    score_plover,
    score_police,
    score_protest,
    top_event,
)


def test_top_event_highest_confidence_then_earliest():
    low = make_event("ACCUSE", confidence=0.5)
    late = make_event("AGREE", confidence=0.9, sentence_index=2)
    early = make_event("CONSULT", confidence=0.9, sentence_index=1)
    assert top_event([low, late, early]) is early


def test_top_event_ignores_negated():
    negated = make_event("AGREE", confidence=0.99, status="negated")
    kept = make_event("REJECT", confidence=0.4)
    assert top_event([negated, kept]) is kept
    assert top_event([negated]) is None


def test_prf_handles_empty_counts():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_score_plover_metrics():
    pairs = [
        # top event right, dyad right, one extra type
        (gold_record("r1", gold_event("AGREE", "USA", "CHN")),
         [make_event("AGREE", ("USA",), ("CHN",), confidence=0.9), make_event("ACCUSE", confidence=0.5)]),
        # right type present but not on top, dyad wrong direction
        (gold_record("r2", gold_event("ACCUSE", "RUS", "UKR")),
         [make_event("THREATEN", confidence=0.9), make_event("ACCUSE", ("UKR",), ("RUS",), confidence=0.5)]),
        # nothing coded
        (gold_record("r3", gold_event("PROTEST")), []),
        # two gold types, the second on top
        (gold_record("r4", gold_event("ASSAULT"), gold_event("COERCE")), [make_event("COERCE")]),
    ]
    score = score_plover(pairs)
    metrics = {name: m.value for name, m in score.metrics.items()}
    assert metrics["top1_accuracy"] == 0.5
    assert metrics["type_recall"] == 0.75
    assert metrics["extra_types_per_record"] == 0.5  # ACCUSE in r1, THREATEN in r2
    assert metrics["dyad_recall"] == 0.5
    assert score.metrics["dyad_recall"].n == 2
    assert not score.metrics["extra_types_per_record"].higher_is_better
    rows = {row["type"]: row for row in score.table}
    assert rows["ACCUSE"]["records"] == 1 and rows["ACCUSE"]["top1"] == 0.0 and rows["ACCUSE"]["recall"] == 1.0
    assert rows["THREATEN"]["records"] == 0 and rows["THREATEN"]["predicted"] == 1
    assert rows["THREATEN"]["precision"] == 0.0
    assert score.per_row["COERCE"]["top1"].value == 1.0
    assert "THREATEN" not in score.per_row


def test_score_protest_prf():
    scope = "restricted:contentious-politics"
    pairs = [
        (gold_record("p1", gold_event(label=1), scope=scope), [make_event("PROTEST")]),
        (gold_record("p2", gold_event(label=1), scope=scope), [make_event("ACCUSE")]),
        (gold_record("p3", scope=scope, negative=True), [make_event("PROTEST")]),
        (gold_record("p4", scope=scope, negative=True), [make_event("PROTEST", status="negated")]),
    ]
    metrics = {name: m.value for name, m in score_protest(pairs).metrics.items()}
    assert metrics == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


@pytest.mark.parametrize(
    ("label", "events", "top1", "mode"),
    [
        ("AIR_STRIKE", [make_event("ASSAULT", mode="aerial")], 1.0, 1.0),
        ("AIR_STRIKE", [make_event("ASSAULT", mode="firearms")], 1.0, 0.0),
        ("ABDUCT_DISSAP", [make_event("COERCE", mode="abduct")], 1.0, 1.0),
        ("ARREST", [make_event("THREATEN", mode="arrest")], 0.0, 0.0),
        ("DIPLO", [make_event("SUPPORT")], 1.0, None),
        ("PEACE_PROTEST", [], 0.0, 0.0),
    ],
)
def test_score_case_label_mapping(label, events, top1, mode):
    record = gold_record("c", gold_event(label=label), scope="restricted:single-label-subtype")
    score = score_case([(record, events)])
    assert score.metrics["top1_accuracy"].value == top1
    if mode is None:
        assert score.metrics["mode_recall"].n == 0
    else:
        assert score.metrics["mode_recall"].value == mode


def test_score_case_skips_unscored_labels():
    record = gold_record("c", gold_event(label="NATURAL_DISASTER"), scope="restricted:single-label-subtype")
    assert score_case([(record, [make_event("ASSAULT")])]).metrics["top1_accuracy"].n == 0


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([make_event("COERCE", mode="arrest")], {"ARREST"}),
        ([make_event("COERCE", mode="arrest", sector="COP")], {"ARREST", "ANY_ACTION"}),
        ([make_event("ASSAULT", sector="COP")], {"FORCE_OR_KILL", "ANY_ACTION"}),
        ([make_event("COERCE", mode="ban", sector="COP")], {"FORCE_OR_KILL", "ANY_ACTION"}),
        ([make_event("ASSAULT", sector="MIL")], set()),
        ([make_event("CONSULT", sector="COP")], {"ANY_ACTION"}),
        ([make_event("ASSAULT", sector="COP", status="negated")], set()),
    ],
)
def test_police_predictions(events, expected):
    assert police_predictions(events) == expected


def test_score_police_macro():
    scope = "restricted:police-actions"
    pairs = [
        (gold_record("i1", gold_event(labels=["ANY_ACTION", "ARREST"]), scope=scope),
         [make_event("COERCE", mode="arrest", sector="COP")]),
        (gold_record("i2", gold_event(labels=["ANY_ACTION", "FORCE", "KILL"]), scope=scope),
         [make_event("ASSAULT", sector="COP")]),
        (gold_record("i3", scope=scope, negative=True), [make_event("CONSULT", sector="COP")]),
    ]
    score = score_police(pairs)
    rows = {row["class"]: row for row in score.table}
    assert rows["ARREST"]["f1"] == 1.0
    assert rows["FORCE_OR_KILL"]["f1"] == 1.0
    assert rows["ANY_ACTION"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert score.metrics["macro_f1"].value == pytest.approx((1 + 1 + 0.8) / 3)
