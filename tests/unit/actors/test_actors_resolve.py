"""resolve_actor on the fixture knowledge base: one line per case."""

from __future__ import annotations

from datetime import date

import pytest

from legation.actors.kb import KnowledgeBase
from legation.actors.resolve import ActorMemory, resolve_actor

ON = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("phrase", "country", "sector", "actor_id"),
    [
        ("North Korean leader Kim Jong Un", "PRK", "GOV", "person:kim-jong-un"),
        ("the Russian Ministry of Foreign Affairs", "RUS", "GOV", None),
        ("North Korean diplomats", "PRK", "GOV", None),
        ("Moscow", "RUS", "GOV", "country:RUS"),
        ("police", None, "COP", None),
        ("Chinese President Xi Jinping", "CHN", "GOV", "person:xi-jinping"),
        ("the foreign minister", None, "GOV", None),
        ("U.N. inquiry", "UNO", None, "org:united-nations"),
        ("a UN inquiry", "UNO", None, "org:united-nations"),
        ("Russia", "RUS", None, "country:RUS"),
        ("the Russians", "RUS", None, "country:RUS"),
        ("Russian police", "RUS", "COP", None),
        ("U.S. troops", "USA", "MIL", None),
        ("the Chinese Popular Front", "CHN", "REB", "group:people-s-front"),
        ("pro-Russian troops", None, "MIL", None),
        ("anti-Obama police", None, "COP", None),
        ("Russian-backed troops", None, "MIL", None),
        ("U.S.-backed Russian troops", "RUS", "MIL", None),
        ("Kim Jong-un", "PRK", "GOV", "person:kim-jong-un"),
    ],
)
def test_resolve_actor_phrases(
    kb: KnowledgeBase, phrase: str, country: str | None, sector: str | None, actor_id: str | None
) -> None:
    actor = resolve_actor(phrase, kb=kb, on=ON)
    assert actor is not None
    assert (actor.country, actor.sector, actor.id) == (country, sector, actor_id)
    assert actor.text == phrase
    assert actor.why


@pytest.mark.parametrize(
    "phrase",
    ["the two Koreas", "gas explosion", "us", "Us", "Kim", "Choe", "weather", ""],
)
def test_resolve_actor_no_actor(kb: KnowledgeBase, phrase: str) -> None:
    assert resolve_actor(phrase, kb=kb, on=ON) is None


def test_resolve_actor_bare_ministry_is_generic_government(kb: KnowledgeBase) -> None:
    actor = resolve_actor("the ministry", kb=kb, on=ON)
    assert actor is not None
    assert (actor.country, actor.sector, actor.id) == (None, "GOV", None)


@pytest.mark.parametrize(
    ("on", "country", "sector", "why_part"),
    [
        (date(2012, 6, 1), "USA", "GOV", "valid 2009-01-20..2017-01-20"),
        (date(2020, 6, 1), "USA", "ELI", "former"),
        (date(2005, 6, 1), "USA", None, "before"),
        (None, "USA", "GOV", "President"),
    ],
)
def test_resolve_actor_role_depends_on_date(
    kb: KnowledgeBase, on: date | None, country: str, sector: str | None, why_part: str
) -> None:
    actor = resolve_actor("Barack Obama", kb=kb, on=on)
    assert actor is not None
    assert actor.id == "person:barack-obama"  # curated wins over the imported entry
    assert (actor.country, actor.sector) == (country, sector)
    assert why_part in (actor.why or "")


@pytest.mark.parametrize(
    ("phrase", "allow_capital", "expected"),
    [
        ("Moscow", True, ("RUS", "GOV")),
        ("Moscow", False, None),
        ("Pyongyang", False, None),
        ("Moscow police", False, ("RUS", "COP")),
    ],
)
def test_resolve_actor_capitals(
    kb: KnowledgeBase, phrase: str, allow_capital: bool, expected: tuple[str, str] | None
) -> None:
    actor = resolve_actor(phrase, kb=kb, on=ON, allow_capital=allow_capital)
    assert (actor.country, actor.sector) == expected if expected else actor is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("china", ("CHN", None)),
        ("russian police", ("RUS", "COP")),
        ("north korean diplomats", ("PRK", "GOV")),
        ("us", None),
        ("u.s. troops", ("USA", "MIL")),
        ("we told us police", (None, "COP")),
    ],
)
def test_resolve_actor_lower_case_text(
    kb: KnowledgeBase, phrase: str, expected: tuple[str, str | None] | None
) -> None:
    actor = resolve_actor(phrase, kb=kb, on=ON)
    assert (actor.country, actor.sector) == expected if expected else actor is None


def test_resolve_actor_mixed_case_needs_capitals(kb: KnowledgeBase) -> None:
    assert resolve_actor("Tell us police", kb=kb, on=ON).country is None
    assert resolve_actor("US police", kb=kb, on=ON).country == "USA"


def test_resolve_actor_offsets(kb: KnowledgeBase) -> None:
    actor = resolve_actor("Russian police", kb=kb, on=ON, offset=10)
    assert (actor.char_start, actor.char_end) == (10, 24)


@pytest.mark.parametrize(
    ("mentions", "later", "expected_id"),
    [
        (["North Korean leader Kim Jong Un"], "Kim", "person:kim-jong-un"),
        (["Choe Son Hui"], "Choe", "person:choe-son-hui"),
        (["Chinese President Xi Jinping"], "Xi", "person:xi-jinping"),
        (["Chinese President Xi Jinping"], "President Xi", "person:xi-jinping"),
        (["Barack Obama"], "Mr. Obama", "person:barack-obama"),
        (["Kim Jong Un", "Choe Son Hui"], "the foreign minister", "person:choe-son-hui"),
        (["Kim Jong Un", "Choe Son Hui"], "Kim", "person:kim-jong-un"),
        (["Choe Son Hui", "Xi Jinping"], "the president", "person:xi-jinping"),
        (["the United Nations"], "the organization", "org:united-nations"),
    ],
)
def test_resolve_actor_memory_short_mentions(
    kb: KnowledgeBase, mentions: list[str], later: str, expected_id: str
) -> None:
    memory = ActorMemory()
    for phrase in mentions:
        actor = resolve_actor(phrase, kb=kb, on=ON, memory=memory)
        assert actor is not None
        memory.remember(actor)
    actor = resolve_actor(later, kb=kb, on=ON, memory=memory)
    assert actor is not None
    assert actor.id == expected_id
    assert (actor.why or "").startswith("memory")


def test_resolve_actor_memory_definite_ministry(kb: KnowledgeBase) -> None:
    memory = ActorMemory()
    memory.remember(resolve_actor("the Russian Ministry of Foreign Affairs", kb=kb, on=ON))
    actor = resolve_actor("the ministry", kb=kb, on=ON, memory=memory)
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_resolve_actor_memory_needs_an_earlier_mention(kb: KnowledgeBase) -> None:
    memory = ActorMemory()
    memory.remember(resolve_actor("Russia", kb=kb, on=ON))
    assert resolve_actor("Kim", kb=kb, on=ON, memory=memory) is None


def test_resolve_actor_long_definite_name_is_no_reference(kb: KnowledgeBase) -> None:
    # "the organization" points back to the UN; "the Allied Catering and Commercial Workers
    # Organization" is a name of its own, however its head noun matches.
    memory = ActorMemory()
    memory.remember(resolve_actor("the United Nations", kb=kb, on=ON))
    assert resolve_actor("the organization", kb=kb, on=ON, memory=memory).id == "org:united-nations"
    named = resolve_actor("the Allied Catering and Commercial Workers Organization", kb=kb, on=ON, memory=memory)
    assert named is None or not (named.why or "").startswith("memory")


def test_resolve_actor_follows_the_sentences_case_not_the_phrases(kb: KnowledgeBase) -> None:
    # A lower-case phrase of a sentence in ordinary case names no one by a proper name ...
    assert resolve_actor("united nations", kb=kb, on=ON, lower_text=False) is None
    assert resolve_actor("china", kb=kb, on=ON, lower_text=False) is None
    # ... as the phrase alone would suggest, and as an all-lower-case sentence allows
    assert resolve_actor("united nations", kb=kb, on=ON).country == "UNO"
    assert resolve_actor("united nations", kb=kb, on=ON, lower_text=True).country == "UNO"
    # an acronym in capitals stands in either; "us" never does
    assert resolve_actor("UN", kb=kb, on=ON, lower_text=True).country == "UNO"
    assert resolve_actor("us", kb=kb, on=ON, lower_text=True) is None
