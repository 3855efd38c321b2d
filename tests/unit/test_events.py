"""Grouping mentions into events (pure; hand-built mentions, no spaCy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from legation.events import combine_confidence, date_bounds, group_mentions
from legation.records import Actor, EventMention, Place, Span, stable_id

PRK = Actor(text="Pyongyang", name="North Korea", country="PRK", sector="GOV")
KOR = Actor(text="Seoul", name="South Korea", country="KOR", sector="GOV")
JPN = Actor(text="Tokyo", name="Japan", country="JPN", sector="GOV")
SEOUL = Place(name="Seoul", geonameid=1835848, country="KOR", lat=37.57, lon=126.98)


def mention(
    article_id: str,
    *,
    sentence_index: int = 1,
    trigger_start: int = 5,
    confidence: float = 0.5,
    date: str | None = "2013-03-05",
    actor: tuple[Actor, ...] = (PRK,),
    recipient: tuple[Actor, ...] = (KOR,),
    location: Place | None = None,
    status: str = "occurred",
) -> EventMention:
    return EventMention(
        mention_id=stable_id(article_id, sentence_index, trigger_start),
        article_id=article_id,
        sentence_index=sentence_index,
        sentence_text="One invented side scolds the other invented side.",
        type="ACCUSE",
        mode=None,
        context=(),
        cameo="112",
        goldstein=-2.0,
        quad_class=3,
        trigger=Span("scolds", trigger_start, trigger_start + 6),
        actor=actor,
        recipient=recipient,
        date=date,
        date_precision="day" if date else None,
        date_source="text" if date else None,
        status=status,  # type: ignore[arg-type]
        location=location,
        confidence=confidence,
        rule_id="verbs.accuse.1",
        dictionary_version="d1",
    )


def test_group_mentions_single_mention_copies_fields() -> None:
    only = mention("a1", confidence=0.42, location=SEOUL)
    (event,) = group_mentions([only], coder_version="c1")
    assert event.event_id == only.event_id
    assert (event.type, event.actor, event.recipient, event.date) == (
        "ACCUSE",
        (PRK,),
        (KOR,),
        "2013-03-05",
    )
    assert event.confidence == 0.42
    assert event.location == SEOUL
    assert event.mentions == (only,)
    assert event.coder_version == "c1"


def test_group_mentions_merges_same_key_across_articles() -> None:
    low = mention("b", confidence=0.5, status="planned")
    high = mention("a", confidence=0.6, sentence_index=3)
    (event,) = group_mentions([low, high], coder_version="c1")
    assert event.confidence == 0.8  # 1 - 0.4 * 0.5
    assert event.status == "occurred"  # from the most confident mention
    assert event.mentions == (high, low)  # by article id
    assert (event.mention_count, event.article_count) == (2, 2)


def test_group_mentions_keeps_a_denial_apart_from_a_report() -> None:
    report = mention("a", confidence=0.6)
    denial = mention("a", sentence_index=2, confidence=0.9, status="negated")
    events = group_mentions([report, denial], coder_version="c1")
    assert sorted((e.status, e.mention_count) for e in events) == [("negated", 1), ("occurred", 1)]
    assert report.event_id != denial.event_id
    assert mention("b", status="planned").event_id == report.event_id  # only a denial splits


def test_group_mentions_tie_goes_to_earliest() -> None:
    later = mention("a", sentence_index=4, status="planned")
    earlier = mention("a", sentence_index=2, status="hypothetical")
    (event,) = group_mentions([later, earlier], coder_version="c1")
    assert event.status == "hypothetical"
    assert event.mentions == (earlier, later)
    assert event.article_count == 1


def test_group_mentions_location_first_non_null_by_rank() -> None:
    best = mention("a", confidence=0.9)
    placed = mention("b", confidence=0.3, location=SEOUL)
    (event,) = group_mentions([placed, best], coder_version="c1")
    assert event.location == SEOUL


def test_group_mentions_mode_and_its_code_from_the_first_mention_that_gives_one() -> None:
    best = mention("a", confidence=0.9)
    told_how = replace(mention("b", confidence=0.3), mode="allege", cameo="1121", goldstein=-2.0)
    (event,) = group_mentions([told_how, best], coder_version="c1")
    assert (event.mode, event.cameo) == ("allege", "1121")
    assert event.actor == best.actor


def test_group_mentions_actor_order_is_irrelevant() -> None:
    one = mention("a", actor=(PRK, JPN))
    two = mention("b", actor=(JPN, PRK))
    assert len(group_mentions([one, two], coder_version="c1")) == 1


def test_group_mentions_duplicate_mention_counts_once() -> None:
    same = mention("a", confidence=0.5)
    (event,) = group_mentions([same, same], coder_version="c1")
    assert event.mention_count == 1
    assert event.confidence == 0.5


@pytest.mark.parametrize(
    ("dates", "expected_order"),
    [
        (["2013-03-05", "2013-03-04"], ["2013-03-04", "2013-03-05"]),
        ([None, "2012"], ["2012", None]),
        (["2013-03", "2013"], ["2013", "2013-03"]),
    ],
)
def test_group_mentions_orders_by_date(
    dates: list[str | None], expected_order: list[str | None]
) -> None:
    mentions = [mention(f"a{i}", date=value) for i, value in enumerate(dates)]
    events = group_mentions(mentions, coder_version="c1")
    assert [event.date for event in events] == expected_order


def test_group_mentions_same_date_ordered_by_event_id() -> None:
    mentions = [mention("a", recipient=(r,)) for r in (KOR, JPN, PRK)]
    events = group_mentions(mentions, coder_version="c1")
    assert [e.event_id for e in events] == sorted(e.event_id for e in events)


def test_group_mentions_empty() -> None:
    assert group_mentions([], coder_version="c1") == []


@pytest.mark.parametrize(
    ("confidences", "expected"),
    [
        ([0.7], 0.7),
        ([0.995], 0.995),  # a single confident mention is not capped
        ([0.6, 0.5], 0.8),
        ([0.9, 0.9, 0.9], 0.99),  # cap
        ([0.995, 0.1], 0.995),  # never below the best mention
        ([0.0, 0.0], 0.0),
    ],
)
def test_combine_confidence(confidences: list[float], expected: float) -> None:
    assert combine_confidence(confidences) == pytest.approx(expected)


@pytest.mark.parametrize("confidences", [[], [1.2], [-0.1, 0.5]])
def test_combine_confidence_rejects_bad_values(confidences: list[float]) -> None:
    with pytest.raises(ValueError, match="confidence"):
        combine_confidence(confidences)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2013", date(2013, 1, 1), date(2013, 12, 31)),
        ("2012-02", date(2012, 2, 1), date(2012, 2, 29)),
        ("2013-02", date(2013, 2, 1), date(2013, 2, 28)),
        ("2013-03-05", date(2013, 3, 5), date(2013, 3, 5)),
    ],
)
def test_date_bounds(value: str, start: date, end: date) -> None:
    assert date_bounds(value) == (start, end)


@pytest.mark.parametrize(
    "value", ["13", "2013-13", "2013-02-30", "March 2013", "2013-03-05-01", ""]
)
def test_date_bounds_rejects_malformed(value: str) -> None:
    with pytest.raises(ValueError):
        date_bounds(value)
