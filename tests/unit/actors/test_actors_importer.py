"""PETRARCH parsing, CAMEO decoding, the shipped files and the importer's determinism."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from legation.actors.codes import decode_cameo
from legation.actors.importer import (
    OUTPUT_FILES,
    build_actors,
    build_agents,
    import_dictionaries,
    slugify,
)
from legation.actors.kb import SHIPPED_DIR, load_knowledge_base
from legation.actors.petrarch import (
    CodeSpan,
    is_agent_dictionary,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_date,
)
from legation.actors.resolve import resolve_actor
from legation.settings import Settings

ISO = frozenset({"USA", "CHN", "RUS", "PRK", "AFG"})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("090120", date(2009, 1, 20)),
        ("780101", date(1978, 1, 1)),
        ("291231", date(2029, 12, 31)),
        ("310101", date(1931, 1, 1)),
        ("20100631", date(2010, 6, 30)),
        ("1920030320", date(2003, 3, 20)),
        ("2004017", None),
    ],
)
def test_parse_date_century_and_bad_days(raw: str, expected: date | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", "GOV")),
        ("CHNGOVMIL", ("CHN", "GOV")),
        ("PRKGOVMED", ("PRK", "GOV")),
        ("AFGMED", ("AFG", "JRN")),
        ("AFGHLH", ("AFG", "MED")),
        ("IGOUNOIAE", ("UNO", None)),
        ("IGOEUREEC", ("EUR", None)),
        ("IGOWSTNAT", ("IGO", None)),
        ("NGOHLH", ("NGO", "MED")),
        ("MNCUSA", ("MNC", None)),
        ("IMGMUSALQ", ("IMG", None)),
        ("USAREB", ("USA", "REB")),
        ("SUNGOV", ("RUS", "GOV")),
        ("USAELI", ("USA", "ELI")),
        ("MED", (None, "JRN")),
    ],
)
def test_decode_cameo(code: str, expected: tuple[str | None, str | None]) -> None:
    assert decode_cameo(code, iso_codes=ISO) == expected


def test_parse_actor_dictionary_records_and_groups() -> None:
    text = (
        "LAND_OF_TEST_  [AFG]\n+TESTLANDER_\n\n"
        "JANE_ROE_  # a comment\n+MS._ROE_\n\t[USAGOV 090101-120630]\n\t[USAELI]\n"
        "FIRST_NAME_\nSECOND_NAME_\n\t[CHNGOV >20121115]\n"
        "LONELY_\n\nGROUP_OF_TEST_ [RUSGOV 950101-990101][RUSREB 990102-000101]\n"
    )
    records = parse_actor_dictionary(text)
    by_name = {r.primary: r for r in records}
    assert by_name["LAND_OF_TEST_"].codes == (CodeSpan("AFG"),)
    assert by_name["JANE_ROE_"].synonyms == ("MS._ROE_",)
    assert by_name["JANE_ROE_"].codes == (
        CodeSpan("USAGOV", date(2009, 1, 1), date(2012, 6, 30)),
        CodeSpan("USAELI"),
    )
    assert by_name["FIRST_NAME_"].codes == by_name["SECOND_NAME_"].codes
    assert by_name["LONELY_"].codes == ()
    assert len(by_name["GROUP_OF_TEST_"].codes) == 2


def test_parse_agent_dictionary_plurals_and_macros() -> None:
    text = (
        "!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\nSOLDIER [~MIL]\nPOLICE {} [~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCITY_BODY [~GOV]\nBOSS [~BUS]\n"
    )
    forms = {r.phrase: r.forms for r in parse_agent_dictionary(text)}
    assert forms["POLICE!PERSON!"] == ("policeman", "policemen")
    assert forms["SOLDIER"] == ("soldier", "soldiers")
    assert forms["POLICE"] == ("police",)
    assert forms["ATTORNEY_GENERAL"] == ("attorney general", "attorneys general")
    assert forms["CITY_BODY"] == ("city body", "city bodies")
    assert forms["BOSS"] == ("boss", "bosses")
    assert is_agent_dictionary(text)


def test_slugify() -> None:
    assert slugify("Côte d'Ivoire") == "cote-d-ivoire"


def test_shipped_knowledge_base_loads_and_resolves() -> None:
    kb = load_knowledge_base(Settings())
    assert kb.size["country"] > 190
    on = date(2024, 5, 1)
    cases = {
        "Moscow": ("RUS", "GOV"),
        "Russian police": ("RUS", "COP"),
        "the U.N.": ("UNO", None),
        "North Korean diplomats": ("PRK", "GOV"),
        "Hong Kong": ("HKG", None),
        "Kosovo": ("KOS", None),
    }
    for phrase, expected in cases.items():
        actor = resolve_actor(phrase, kb=kb, on=on)
        assert actor is not None, phrase
        assert (actor.country, actor.sector) == expected, phrase
    assert resolve_actor("gas explosion", kb=kb, on=on) is None


@pytest.mark.needs_shared
@pytest.mark.needs_model
def test_importer_output_matches_committed_files(shared_dir: Path, tmp_path: Path) -> None:
    import_dictionaries(shared_dir / "data" / "dictionaries", tmp_path)
    for name in (*OUTPUT_FILES, "PROVENANCE.md"):
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (SHIPPED_DIR / name).read_bytes(), f"{name} drifted: rerun the importer"


def test_build_agents_reads_plover_sector_codes_as_they_are(tmp_path: Path) -> None:
    # In PLOVER's agents file MED is medical; CAMEO's renaming (media -> JRN) must not apply.
    folder = tmp_path / "ngec"
    folder.mkdir()
    (folder / "PLOVER_agents.txt").write_text(
        "SURGEON [~MED]\nCOLUMNIST [~JRN]\nSTRIKING_MIDWIFE [~CVLOPPMED]\n", encoding="utf-8"
    )
    sectors = {e["name"]: e["roles"][0]["sector"] for e in build_agents(tmp_path)}
    assert sectors == {"surgeon": "MED", "columnist": "JRN", "striking midwife": "CVL"}


def test_role_noun_aliases_are_left_to_the_agent_dictionary(tmp_path: Path) -> None:
    # "youth" (an agent's singular) and "senate" (an agent) name anyone of that kind; the
    # group keeps its own name and its other aliases.
    folder = tmp_path / "petrarch2"
    folder.mkdir()
    (folder / "Phoenix.MilNonState.actors.txt").write_text(
        "GAZTERIAK_ [FRAREB]\n+YOUTH_\n+GAZTE_\n\nSENATE_ [USAREB]\n", encoding="utf-8"
    )
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        (folder / name).write_text("", encoding="utf-8")
    _, organizations = build_actors(
        tmp_path, iso_codes=frozenset({"FRA", "USA"}), common=frozenset(),
        generic=frozenset({"youths", "senate", "senates"}),
    )
    patterns = {e["id"]: set(e["patterns"]) for e in organizations}
    assert patterns == {"org:gazteriak": {"gazteriak", "gazte"}, "org:senate": {"senate"}}


def test_shipped_agents_keep_doctors_medical() -> None:
    kb = load_knowledge_base(Settings())
    actor = resolve_actor("doctors", kb=kb, on=None)
    assert actor is not None and actor.sector == "MED"
