"""Hand-built records for the store tests (invented text, no spaCy)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from legation.records import Actor, Article, EventMention, Place, Sentence, Span, stable_id

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
PRK = Actor(text="North Korea", name="North Korea", country="PRK", sector="GOV")
KOR = Actor(text="Seoul", name="South Korea", country="KOR", sector="GOV")
USA = Actor(text="Washington", name="United States", country="USA", sector="GOV")
KIM = Actor(
    text="Kim",
    name="Kim Jong Un",
    country="PRK",
    sector="GOV",
    id="person:kim-jong-un",
    why="person:kim-jong-un valid 2011-12-17..",
)
PYONGYANG = Place(
    name="Pyongyang", geonameid=1871859, country="PRK", lat=39.03, lon=125.75, feature="city"
)


def build_article(article_id: str, text: str | None = None) -> Article:
    """An article whose text is made up for the tests."""
    return Article(
        article_id=article_id,
        text=text or f"Invented report number {article_id} about the peninsula.",
        title=f"Headline {article_id}",
        published_at=datetime(2013, 3, 6, 9, 30, tzinfo=UTC),
        url=f"https://example.org/{article_id}",
        outlet="Example Wire",
        language="en",
        source=f"fixtures.jsonl:{article_id}",
    )


def build_sentences(article: Article) -> list[Sentence]:
    """Title plus one body sentence."""
    title = article.title or ""
    return [
        Sentence(article.article_id, 0, -1, len(title), title, is_title=True),
        Sentence(article.article_id, 1, 0, len(article.text), article.text),
    ]


def build_mention(
    article_id: str,
    *,
    sentence_index: int = 1,
    type: str = "ACCUSE",
    actor: tuple[Actor, ...] = (PRK,),
    recipient: tuple[Actor, ...] = (KOR,),
    date: str | None = "2013-03-05",
    confidence: float = 0.6,
    location: Place | None = None,
    trigger_start: int = 12,
    status: str = "occurred",
) -> EventMention:
    """A mention with invented sentence text; the id comes from its position and rule."""
    precision: Any = None
    if date is not None:
        precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    rule_id = f"verbs.{type.lower()}.1"
    return EventMention(
        mention_id=stable_id("mention", article_id, sentence_index, rule_id, trigger_start),
        article_id=article_id,
        sentence_index=sentence_index,
        sentence_text="An invented sentence where one side blames the other.",
        type=type,
        mode=None,
        context=("military",) if type == "THREATEN" else (),
        cameo="112" if type == "ACCUSE" else None,
        goldstein=-2.0,
        quad_class=3,
        trigger=Span(text="blames", start=trigger_start, end=trigger_start + 6),
        actor=actor,
        recipient=recipient,
        date=date,
        date_precision=precision,
        date_source="text" if date else None,
        status=status,  # type: ignore[arg-type]
        location=location,
        confidence=confidence,
        rule_id=rule_id,
        dictionary_version="dict-test-1",
        date_reason=None if date else "no date expression",
        sentence_start=0,
    )


# the ``save`` fixture: save(article, mentions, *, into=None) -> bool
SaveFn = Callable[..., bool]
