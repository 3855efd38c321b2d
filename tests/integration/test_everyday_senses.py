"""Everyday senses of trigger words that name no political event, on the real pipeline.

Each pair is a sentence written for this test with the everyday sense (no event of the type)
and one with the event sense (the type is coded), so the test fails both if the everyday
sense is coded and if the check swallows the event.
"""

from __future__ import annotations

import pytest

from legation.pipeline import Resources
from legation.records import Article
from legation.workflows import code_articles

pytestmark = pytest.mark.needs_model

PAIRS = [
    pytest.param(
        "CONSULT",
        "The Kenyan foreign minister spoke to reporters after the summit in Nairobi.",
        "The Kenyan foreign minister spoke to the Ugandan ambassador after the summit in Nairobi.",
        id="talking-to-the-press-consults-no-party",
    ),
    pytest.param(
        "REQUEST",
        "Opposition leaders asked the Kenyan government whether it would delay the vote.",
        "Opposition leaders asked the Kenyan government to delay the vote.",
        id="asking-whether-is-a-question",
    ),
    pytest.param(
        "REQUEST",
        "Opposition leaders asked why the Kenyan government had delayed the vote.",
        "Opposition leaders asked the Kenyan government to delay the vote.",
        id="asking-why-is-a-question",
    ),
    pytest.param(
        "ACCUSE",
        "Kenyan police charged into the newspaper office with batons drawn.",
        "Kenyan police charged the newspaper editor with sedition.",
        id="charging-into-a-building-lays-no-charge",
    ),
    pytest.param(
        "RETREAT",
        "The Kenyan interior ministry said in its press release that the talks would resume.",
        "The Kenyan interior ministry announced the release of the detained activists on Monday.",
        id="a-press-release-frees-no-one",
    ),
    pytest.param(
        "CONSULT",
        "The Kenyan finance ministry met its revenue targets for the year.",
        "The Kenyan finance minister met the Ugandan ambassador in Nairobi.",
        id="meeting-targets-meets-no-party",
    ),
]


def _types(resources: Resources, text: str) -> set[str]:
    result = code_articles([Article(article_id="s", text=text)], resources=resources).results[0]
    return {m.type for m in result.mentions}


@pytest.mark.parametrize(("event_type", "everyday", "event"), PAIRS)
def test_everyday_sense_is_no_event(resources: Resources, event_type: str, everyday: str, event: str) -> None:
    assert event_type not in _types(resources, everyday)
    assert event_type in _types(resources, event)
