"""Corrections in the shipped ``curated.yaml``: country names the import lost or misplaced,
over-broad imported patterns, and regional actors, resolved against the real knowledge base.

The phrases are written for this test, not taken from any evaluation data.
"""

from __future__ import annotations

from datetime import date

import pytest

from legation.actors.kb import KnowledgeBase, load_knowledge_base
from legation.actors.resolve import resolve_actor
from legation.settings import Settings

ON = date(1998, 6, 1)


@pytest.fixture(scope="module")
def shipped_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package (imported files plus curated.yaml)."""
    return load_knowledge_base(Settings())


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Serbian police", "SRB", "COP"),
        ("Belgrade", "SRB", "GOV"),
        ("Yugoslav army", "SRB", "MIL"),
        ("Burmese troops", "MMR", "MIL"),
        ("Yangon", "MMR", "GOV"),
        ("Maputo", "MOZ", "GOV"),
        ("Guinean soldiers", "GIN", "MIL"),
        ("Conakry", "GIN", "GOV"),
        ("Papua New Guinean police", "PNG", "COP"),
        ("Tokyo", "JPN", "GOV"),
        ("Montenegrin police", "MNE", "COP"),
        ("the Liberation Tigers", "LKA", "REB"),
        ("Darfur rebels", "SDN", "REB"),
        ("Chechen rebels", "RUS", "REB"),
        ("Bosnian Serb leaders", "BIH", None),
        ("the Kosovo Liberation Army", "KOS", "REB"),
        ("Palestinian Liberation Organization", "PSE", "GOV"),
        ("President Xi", "CHN", "GOV"),
    ],
)
def test_curated_corrections_resolve(
    shipped_kb: KnowledgeBase, phrase: str, country: str, sector: str | None
) -> None:
    actor = resolve_actor(
        phrase, kb=shipped_kb, on=ON if not phrase.startswith("President") else None
    )
    assert actor is not None, phrase
    assert actor.country == country, actor.why
    if sector is not None:
        assert actor.sector == sector, actor.why


def test_bare_organization_word_is_nobody(shipped_kb: KnowledgeBase) -> None:
    # The imported Tanzim entry once listed the bare word "organization".
    assert resolve_actor("the organization", kb=shipped_kb, on=ON) is None


def test_dated_armed_group_becomes_party(shipped_kb: KnowledgeBase) -> None:
    actor = resolve_actor("UNITA", kb=shipped_kb, on=date(2010, 1, 1))
    assert actor is not None
    assert (actor.country, actor.sector) == ("AGO", "PTY")
