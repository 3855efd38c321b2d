"""Tests for legation.dates.find_temporal_expressions (regex only)."""

from __future__ import annotations

import pytest

from legation.dates import find_temporal_expressions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Choe met Xi last year and will go on Monday.",
            [("last year", "relative"), ("on Monday", "weekday")],
        ),
        ("The deal was signed on Feb. 17, 2014 in Geneva", [("on Feb. 17, 2014", "date")]),
        ("A Feb. 17 report", [("Feb. 17", "month_day")]),
        ("He left in October 2013.", [("in October 2013", "month")]),
        ("It began in 2013", [("in 2013", "year")]),
        ("2013 people died", []),
        ("The union was founded in 1891 by striking shearers.", [("in 1891", "year")]),
        ("A force of 1850 soldiers left", []),
        ("The figure was 2,013.", []),
        ("He may resign", []),
        ("March organisers said", []),
        ("in March", [("in March", "month")]),
        ("two weeks ago", [("two weeks ago", "ago")]),
        ("Good Friday", []),
        (
            "Yesterday, and again this morning",
            [("Yesterday", "relative"), ("this morning", "relative")],
        ),
    ],
)
def test_find_temporal_expressions_table(sentence, expected):
    found = find_temporal_expressions(sentence)
    assert [(e.text, e.kind) for e in found] == expected


def test_find_temporal_expressions_offsets_point_into_text():
    sentence = "Officials said on Monday that talks ended last week."
    for expr in find_temporal_expressions(sentence):
        assert sentence[expr.start : expr.end] == expr.text


def test_find_temporal_expressions_fields():
    (expr,) = find_temporal_expressions("Protests began in October last year")
    assert (expr.month, expr.year, expr.year_offset) == (10, None, -1)
    (ago,) = find_temporal_expressions("three weeks ago")
    assert (ago.amount, ago.unit) == (-3, "week")
