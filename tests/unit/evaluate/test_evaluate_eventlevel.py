"""Event-level matching and scoring on the two-article fixture (no model)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from evaluate_helpers import make_event

from legation.errors import InputError
from legation.evaluate.eventlevel import (
    GoldLocation,
    location_correct,
    match_events,
    read_corpus_articles,
    read_event_gold,
    score_events,
)
from legation.records import Place

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def gold():
    return read_event_gold(FIXTURES / "events_gold.jsonl")


def test_read_fixture(gold):
    assert [g.type for g in gold] == ["CONSULT", "COERCE", "PROTEST", "ACCUSE"]
    assert gold[0].actor_countries == {"CHL"} and gold[0].recipient_countries == {"PER"}
    assert gold[1].recipient_countries == frozenset()
    articles = read_corpus_articles(FIXTURES / "corpus.jsonl", ids={"fx-1", "fx-2"})
    article = articles["fx-1"]
    assert article.text[gold[1].start : gold[1].end] == gold[1].raw["sentence"]
    assert article.published_on.isoformat() == "2021-03-05"


def test_read_corpus_missing_id():
    with pytest.raises(InputError, match="not in the corpus"):
        read_corpus_articles(FIXTURES / "corpus.jsonl", ids={"fx-9"})


def test_match_needs_type_actor_and_recipient(gold):
    consult = gold[0]
    assert match_events([consult], [make_event("CONSULT", ("CHL",), ("PER",))])
    assert not match_events([consult], [make_event("CONSULT", ("CHL",), ("BOL",))])
    assert not match_events([consult], [make_event("CONSULT", ("PER",), ("CHL",))])
    assert not match_events([consult], [make_event("AGREE", ("CHL",), ("PER",))])
    # no recipient country in the gold: any recipient will do
    assert match_events([gold[1]], [make_event("COERCE", ("CHL",))])


def test_match_is_one_to_one_by_confidence(gold):
    strong = make_event("CONSULT", ("CHL",), ("PER",), confidence=0.9)
    weak = make_event("CONSULT", ("CHL",), ("PER",), confidence=0.5, trigger_start=5)
    pairs = match_events([gold[0]], [weak, strong])
    assert pairs == [(gold[0], strong)]


def test_match_pairs_events_of_the_same_sentence_first(gold):
    # two arrests by Chile in the gold (sentences 88-159 and 0-87); the stronger prediction
    # is told in a third sentence, the weaker one in the first gold event's sentence
    arrest = gold[1]
    other = dataclasses.replace(arrest, start=0, end=87)
    strong = make_event("COERCE", ("CHL",), confidence=0.9, sentence_start=200)
    weak = make_event("COERCE", ("CHL",), confidence=0.5, sentence_start=88)
    pairs = match_events([arrest, other], [strong, weak])
    assert (arrest, weak) in pairs and (other, strong) in pairs


def test_match_pairs_a_body_event_with_the_nearest_gold_event(gold):
    # two arrests by Chile in the gold (sentences 0-30 and 88-159), neither sentence telling
    # a prediction; the stronger prediction, told after both, takes the later one
    arrest = gold[1]
    other = dataclasses.replace(arrest, start=0, end=30)
    late = make_event("COERCE", ("CHL",), confidence=0.9, sentence_start=300)
    early = make_event("COERCE", ("CHL",), confidence=0.5, sentence_start=40)
    pairs = match_events([other, arrest], [late, early])
    assert (arrest, late) in pairs and (other, early) in pairs


def test_location_correct_by_name_or_distance():
    lima = GoldLocation(name="Lima", country="PER", lat=-12.04, lon=-77.03)
    assert location_correct(lima, make_event("CONSULT", location=Place(name="lima", country="PER")))
    assert location_correct(lima, make_event("CONSULT", location=Place(name="Callao", country="PER", lat=-12.05, lon=-77.12)))
    assert not location_correct(lima, make_event("CONSULT", location=Place(name="Cusco", country="PER", lat=-13.5, lon=-71.97)))
    assert not location_correct(lima, make_event("CONSULT"))


def test_score_events(gold):
    predicted = {
        "fx-1": [
            make_event("CONSULT", ("CHL",), ("PER",), date="2021-03-04", precision="day",
                       location=Place(name="Lima", country="PER")),
            make_event("COERCE", ("CHL",), date="2021-03-05", precision="day", mode="arrest", sentence_start=88),
        ],
        "fx-2": [
            make_event("PROTEST", ("CHL",), date="2021-04-09", precision="day"),
            make_event("ASSAULT", ("BOL",), ("CHL",)),
        ],
    }
    score = score_events(gold, predicted, titled=frozenset({"fx-1", "fx-2"}))
    metrics = {name: m.value for name, m in score.metrics.items()}
    assert metrics["precision"] == 0.75
    assert metrics["recall"] == 0.75
    assert metrics["date_accuracy"] == pytest.approx(2 / 3)
    assert metrics["status_accuracy"] == 1.0
    assert metrics["location_accuracy"] == 0.5  # Lima right, Santiago not predicted
    rows = {row["type"]: row for row in score.table}
    assert rows["ACCUSE"]["matched"] == 0 and rows["ASSAULT"]["predicted"] == 1
