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
        ("Israeli forces", "ISR", "MIL"),
        ("Syrian armoured units", "SYR", "MIL"),
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


def test_market_forces_are_nobody(shipped_kb: KnowledgeBase) -> None:
    # "forces" alone is an armed force; "market forces" and "political forces" are not.
    assert resolve_actor("market forces", kb=shipped_kb, on=ON) is None
    assert resolve_actor("political forces", kb=shipped_kb, on=ON) is None


def test_an_assembly_is_a_legislature_and_an_unlawful_one_nobody(shipped_kb: KnowledgeBase) -> None:
    actor = resolve_actor("the Montenegro Assembly", kb=shipped_kb, on=ON)
    assert actor is not None and (actor.country, actor.sector) == ("MNE", "LEG"), actor
    assert resolve_actor("an unlawful assembly", kb=shipped_kb, on=ON) is None


def test_a_union_is_labour_unless_named_or_a_treaty(shipped_kb: KnowledgeBase) -> None:
    for phrase in ("the union", "the teachers' union", "union officials"):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.sector == "LAB", phrase
    actor = resolve_actor("the European Union", kb=shipped_kb, on=ON)
    assert actor is not None and actor.country == "EUR"
    actor = resolve_actor("the union home minister", kb=shipped_kb, on=ON)
    assert actor is not None and actor.sector == "GOV"
    assert resolve_actor("a customs union", kb=shipped_kb, on=ON) is None
    assert resolve_actor("civil unions", kb=shipped_kb, on=ON) is None


def test_a_place_noun_before_a_role_noun_only_says_where(shipped_kb: KnowledgeBase) -> None:
    # "the city authorities" are authorities (GOV), not the city (CVL)
    for phrase in ("the city authorities", "the region authorities"):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.sector == "GOV", phrase
    actor = resolve_actor("the city", kb=shipped_kb, on=ON)
    assert actor is not None and actor.sector == "CVL"


def test_a_jury_is_the_judiciary(shipped_kb: KnowledgeBase) -> None:
    for phrase in ("a federal grand jury", "the jury", "jurors"):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.sector == "JUD", phrase


def test_bare_organization_word_is_nobody(shipped_kb: KnowledgeBase) -> None:
    # The imported Tanzim entry once listed the bare word "organization".
    assert resolve_actor("the organization", kb=shipped_kb, on=ON) is None


def test_dated_armed_group_becomes_party(shipped_kb: KnowledgeBase) -> None:
    actor = resolve_actor("UNITA", kb=shipped_kb, on=date(2010, 1, 1))
    assert actor is not None
    assert (actor.country, actor.sector) == ("AGO", "PTY")


@pytest.mark.parametrize(
    ("phrase", "on", "country", "sector"),
    [
        ("Archbishop Desmond Tutu", date(1990, 3, 1), "ZAF", "REL"),
        ("President F.W. de Klerk", date(1992, 5, 1), "ZAF", "GOV"),
        ("Mobutu Sese Seko", date(1995, 1, 1), "COD", "GOV"),
        ("UNITA leader Jonas Savimbi", date(1998, 1, 1), "AGO", "REB"),
        ("Bosnian Serb commander Ratko Mladic", date(1995, 7, 1), "BIH", "MIL"),
        ("Alija Izetbegovic", date(1994, 2, 1), "BIH", "GOV"),
        ("Chechen leader Aslan Maskhadov", date(1999, 10, 1), "RUS", "REB"),
        ("Foreign Minister Andrei Kozyrev", date(1994, 4, 1), "RUS", "GOV"),
        ("Foreign Secretary Douglas Hurd", date(1993, 9, 1), "GBR", "GOV"),
        ("Hubert Vedrine", date(1999, 3, 1), "FRA", "GOV"),
        ("Turkish Cypriot leader Rauf Denktash", date(2001, 1, 1), "CYP", "GOV"),
        ("Momir Bulatovic", date(1994, 1, 1), "MNE", "GOV"),
        ("Momir Bulatovic", date(1999, 1, 1), "SRB", "GOV"),
        ("Tariq Aziz", date(1995, 1, 1), "IRQ", "GOV"),
        ("King Hassan", date(1992, 1, 1), "MAR", "GOV"),
        ("Secretary-General Boutros Boutros-Ghali", date(1994, 6, 1), "UNO", "GOV"),
        ("the Kenya Anti-Corruption Commission", date(2006, 1, 1), "KEN", "GOV"),
        ("the Homeland Union", date(2020, 1, 1), "LTU", "PTY"),
        ("the Inkatha Freedom Party", date(1994, 1, 1), "ZAF", "PTY"),
        ("the Zapatista National Liberation Army", date(1994, 1, 1), "MEX", "REB"),
    ],
)
def test_curated_leaders_of_the_1990s_resolve(
    shipped_kb: KnowledgeBase, phrase: str, on: date, country: str, sector: str
) -> None:
    actor = resolve_actor(phrase, kb=shipped_kb, on=on)
    assert actor is not None, phrase
    assert (actor.country, actor.sector) == (country, sector), actor.why


def test_the_european_community_is_the_eu_before_it(shipped_kb: KnowledgeBase) -> None:
    for phrase in ("the European Community", "the EEC", "the European Economic Community"):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.country == "EUR", phrase


def test_former_states_are_their_successors(shipped_kb: KnowledgeBase) -> None:
    # "the Soviet Union" had been a trade union (LAB) with no country
    for phrase, country in (("the Soviet Union", "RUS"), ("Soviet troops", "RUS"), ("Czechoslovakia", "CZE"),
                            ("Rhodesia", "ZWE")):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.country == country, phrase
    # named groups, not the governments of the capitals in their names
    for phrase in ("the Paris Club", "the Warsaw Pact"):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and actor.country == "IGO", phrase


def test_a_capital_naming_a_thing_is_no_government(shipped_kb: KnowledgeBase) -> None:
    for phrase in ("the Paris Agreement", "the Kabul airport", "the Moscow metro"):
        assert resolve_actor(phrase, kb=shipped_kb, on=ON) is None, phrase
    for phrase, country in (("Moscow", "RUS"), ("Moscow's decision", "RUS"), ("the Tehran authorities", "IRN")):
        actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
        assert actor is not None and (actor.country, actor.sector) == (country, "GOV"), phrase


@pytest.mark.parametrize("phrase", ["the para-military forces", "paramilitary troops", "para-military personnel"])
def test_paramilitary_spellings_are_paramilitary_not_the_army(shipped_kb: KnowledgeBase, phrase: str) -> None:
    actor = resolve_actor(phrase, kb=shipped_kb, on=ON)
    assert actor is not None and actor.sector == "PRM"
