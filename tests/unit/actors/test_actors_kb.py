"""Loading, merging and validating actor files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from actor_fixture import write_jsonl, write_kb_dir

from legation.actors.kb import KnowledgeBase, load_knowledge_base, read_entries, tokenize
from legation.actors.resolve import resolve_actor
from legation.errors import DictionaryError
from legation.settings import Settings

ON = date(2024, 5, 1)

USER_YAML = """\
- id: person:ada-example
  kind: person
  name: Ada Example
  patterns: [Ada Example]
  roles: [{country: CHN, sector: LEG, valid_from: 2020-01-01}]
  source: user
"""
USER_ACTORS_TXT = """\
# a tiny PETRARCH actor dictionary
BORIS_SAMPLEMAN_
+MR._SAMPLEMAN_
\t[RUSGOV 150101-191231]
\t[RUSELI]
PEOPLES_FRONT_OF_TESTLAND_ [RUSREB]
"""
USER_AGENTS_TXT = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
FERRY!PERSON! [~BUS]
LIGHTHOUSE_KEEPER [~GOV]
"""


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S. officials", ["U.S.", "officials"]),
        ("North Korea's army", ["North", "Korea", "'s", "army"]),
        ("Ban Ki-moon", ["Ban", "Ki", "moon"]),
        ("Côte d’Ivoire", ["Cote", "d'Ivoire"]),
    ],
)
def test_tokenize_keeps_acronyms(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


def test_load_knowledge_base_sizes_and_version(kb: KnowledgeBase) -> None:
    assert kb.size["country"] == 5
    assert kb.size["person"] == 4  # the imported Obama is replaced by the curated one
    assert len(kb.version) == 16


def test_load_knowledge_base_is_cached(kb_dir: Path) -> None:
    first = load_knowledge_base(Settings(), base_dir=kb_dir)
    assert load_knowledge_base(Settings(), base_dir=kb_dir) is first


def test_load_knowledge_base_without_curated(tmp_path: Path) -> None:
    kb = load_knowledge_base(Settings(), base_dir=write_kb_dir(tmp_path, curated=False))
    actor = resolve_actor("Barack Obama", kb=kb, on=date(2020, 1, 1))
    assert (actor.id, actor.sector) == ("person:barack-obama-old", "GOV")


@pytest.mark.parametrize(
    ("filename", "content", "phrase", "expected"),
    [
        ("extra.yaml", USER_YAML, "Ada Example", ("CHN", "LEG", "person:ada-example")),
        ("actors.txt", USER_ACTORS_TXT, "Boris Sampleman", ("RUS", "ELI", "person:boris-sampleman")),
        ("actors.txt", USER_ACTORS_TXT, "Mr. Sampleman", ("RUS", "ELI", "person:boris-sampleman")),
        (
            "actors.txt",
            USER_ACTORS_TXT,
            "Peoples Front of Testland",
            ("RUS", "REB", "org:peoples-front-of-testland"),
        ),
        ("agents.txt", USER_AGENTS_TXT, "ferrymen", (None, "BUS", None)),
        ("agents.txt", USER_AGENTS_TXT, "Russian lighthouse keepers", ("RUS", "GOV", None)),
    ],
)
def test_load_knowledge_base_user_files(
    kb_dir: Path,
    tmp_path: Path,
    filename: str,
    content: str,
    phrase: str,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    kb = load_knowledge_base(Settings(actor_files=(str(path),)), base_dir=kb_dir)
    actor = resolve_actor(phrase, kb=kb, on=ON)
    assert actor is not None
    assert (actor.country, actor.sector, actor.id) == expected


def test_load_knowledge_base_user_jsonl(kb_dir: Path, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "extra.jsonl",
        [{"id": "org:test-league", "kind": "organization", "name": "Test League",
          "patterns": ["Test League"], "roles": [{"country": "IGO"}], "source": "user"}],
    )
    kb = load_knowledge_base(Settings(actor_files=(str(path),)), base_dir=kb_dir)
    assert resolve_actor("the Test League", kb=kb, on=ON).country == "IGO"


def test_read_entries_lists_every_problem(tmp_path: Path) -> None:
    bad = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            {"id": "person:a", "kind": "person", "name": "A", "patterns": ["a a"],
             "roles": [{"country": "RUS", "sector": "XYZ"}], "source": "t"},
            {"id": "person:b", "kind": "person", "name": "B", "patterns": ["b b"],
             "roles": [{"country": "RUS", "valid_from": "2020-01-01",
                        "valid_to": "2019-01-01"}], "source": "t"},
            {"id": "person:b", "kind": "person", "name": "B", "patterns": ["b b"],
             "source": "t"},
            {"id": "thing:c", "kind": "planet", "name": "C", "patterns": ["c"], "source": "t"},
        ],
    )
    (tmp_path / "bad.yaml").write_text("- id: org:x\n  kind: organization\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_entries([bad, tmp_path / "bad.yaml", tmp_path / "missing.jsonl"])
    message = str(info.value)
    for part in (
        "bad.jsonl:1: entry person:a",
        "XYZ",
        "bad.jsonl:2: entry person:b",
        "after valid_to",
        "bad.jsonl:3: entry person:b: duplicate id",
        "bad.jsonl:4: entry thing:c",
        "bad.yaml: entry 1: entry org:x",
        "missing.jsonl: actor file does not exist",
    ):
        assert part in message
    assert len(info.value.problems) == 6


def test_read_entries_later_person_keeps_the_earlier_names(tmp_path: Path) -> None:
    imported = write_jsonl(
        tmp_path / "people.jsonl",
        [{"id": "person:imported-ivan-petrov", "kind": "person", "name": "Ivan Petrov",
          "patterns": ["Ivan Petrov", "Petrov"], "roles": [{"country": "RUS"}], "source": "import"}],
    )
    curated = write_jsonl(
        tmp_path / "curated.jsonl",
        [{"id": "person:ivan-petrov", "kind": "person", "name": "Ivan Petrov", "patterns": ["Ivan Petrov"],
          "roles": [{"country": "RUS", "sector": "GOV", "valid_from": "2010-01-01"}], "source": "curated"}],
    )
    entries, _ = read_entries([imported, curated])
    assert [(e.id, e.patterns, e.roles[0].sector) for e in entries] == [
        ("person:ivan-petrov", ("Ivan Petrov", "Petrov"), "GOV")
    ]


def test_read_entries_later_body_of_either_kind_replaces_the_earlier_one(tmp_path: Path) -> None:
    # an imported "Grand Council" group and a curated "Grand Council" organisation are one actor;
    # two bodies of one name inside one file stay apart
    imported = write_jsonl(
        tmp_path / "organizations.jsonl",
        [{"id": "group:grand-council", "kind": "group", "name": "Grand Council",
          "patterns": ["Grand Council", "Grand Council spokesman"], "roles": [{"country": "RUS"}], "source": "import"},
         {"id": "org:harbour-board", "kind": "organization", "name": "Harbour Board",
          "patterns": ["Harbour Board"], "roles": [{"country": "RUS"}], "source": "import"},
         {"id": "group:harbour-board", "kind": "group", "name": "Harbour Board",
          "patterns": ["Harbour Board union"], "roles": [{"country": "CHN"}], "source": "import"}],
    )
    curated = write_jsonl(
        tmp_path / "curated.jsonl",
        [{"id": "org:grand-council", "kind": "organization", "name": "Grand Council", "patterns": ["Grand Council"],
          "roles": [{"country": "RUS", "sector": "GOV"}], "source": "curated"}],
    )
    entries, _ = read_entries([imported, curated])
    assert sorted((e.id, e.patterns) for e in entries) == [
        ("group:harbour-board", ("Harbour Board union",)),
        ("org:grand-council", ("Grand Council", "Grand Council spokesman")),
        ("org:harbour-board", ("Harbour Board",)),
    ]
