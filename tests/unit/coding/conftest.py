"""Fixtures for coder tests: hand-built parses, a five-country knowledge base."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import spacy
import yaml
from spacy.tokens import Doc

from legation.actors import ActorMemory, load_knowledge_base
from legation.coding import ArticleState, Coder, code_sentence, load_rules
from legation.geo import load_gazetteer
from legation.settings import Settings

KB_ENTRIES = [
    {"id": "country:RUS", "kind": "country", "name": "Russia", "patterns": ["Russia"],
     "demonyms": ["Russian", "Russians"], "capitals": ["Moscow"], "roles": [{"country": "RUS"}], "source": "test"},
    {"id": "country:PRK", "kind": "country", "name": "North Korea", "patterns": ["North Korea"],
     "demonyms": ["North Korean"], "capitals": ["Pyongyang"], "roles": [{"country": "PRK"}], "source": "test"},
    {"id": "country:CHN", "kind": "country", "name": "China", "patterns": ["China"],
     "demonyms": ["Chinese"], "capitals": ["Beijing"], "roles": [{"country": "CHN"}], "source": "test"},
    {"id": "country:IRN", "kind": "country", "name": "Iran", "patterns": ["Iran"],
     "demonyms": ["Iranian"], "capitals": ["Tehran"], "roles": [{"country": "IRN"}], "source": "test"},
    {"id": "country:USA", "kind": "country", "name": "United States", "patterns": ["United States", "U.S."],
     "demonyms": ["American"], "capitals": ["Washington"], "roles": [{"country": "USA"}], "source": "test"},
    {"id": "org:un", "kind": "organization", "name": "United Nations", "patterns": ["United Nations", "UN"],
     "roles": [{"country": "UNO"}], "source": "test"},
    {"id": "org:who", "kind": "organization", "name": "World Health Organization",
     "patterns": ["World Health Organization", "WHO"], "roles": [{"country": "UNO", "sector": "MED"}], "source": "test"},
    {"id": "xi-jinping", "kind": "person", "name": "Xi Jinping", "patterns": ["Xi Jinping"],
     "roles": [{"country": "CHN", "sector": "GOV", "valid_from": "2013-03-14"}], "source": "test"},
    {"id": "choe-ryong-hae", "kind": "person", "name": "Choe Ryong Hae", "patterns": ["Choe Ryong Hae"],
     "roles": [{"country": "PRK", "sector": "GOV", "valid_from": "2010-01-01"}], "source": "test"},
    {"id": "agent:police", "kind": "agent", "name": "police", "patterns": ["police"],
     "roles": [{"sector": "COP"}], "source": "test"},
    {"id": "agent:troop", "kind": "agent", "name": "troop", "patterns": ["troop", "troops"],
     "roles": [{"sector": "MIL"}], "source": "test"},
    {"id": "agent:army", "kind": "agent", "name": "army", "patterns": ["army", "military"],
     "roles": [{"sector": "MIL"}], "source": "test"},
    {"id": "agent:rebel", "kind": "agent", "name": "rebel", "patterns": ["rebel", "rebels", "terrorist", "terrorists"],
     "roles": [{"sector": "REB"}], "source": "test"},
    {"id": "agent:protester", "kind": "agent", "name": "protester", "patterns": ["protester", "protesters"],
     "roles": [{"sector": "CVL"}], "source": "test"},
    {"id": "agent:diplomat", "kind": "agent", "name": "diplomat", "patterns": ["diplomat", "diplomats"],
     "roles": [{"sector": "GOV"}], "source": "test"},
]


@pytest.fixture(scope="session")
def vocab_nlp() -> spacy.language.Language:
    """A blank English pipeline: its vocab holds the hand-built docs."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def coder(tmp_path_factory: pytest.TempPathFactory, vocab_nlp: spacy.language.Language) -> Coder:
    """The real trigger dictionaries over a small fixture knowledge base and the real gazetteer."""
    folder: Path = tmp_path_factory.mktemp("kb")
    (folder / "curated.yaml").write_text(yaml.safe_dump(KB_ENTRIES), encoding="utf-8")
    settings = Settings()
    rules = load_rules()
    return Coder(
        rules=rules,
        matcher=rules.compile(vocab_nlp.vocab),
        kb=load_knowledge_base(settings, base_dir=folder),
        gazetteer=load_gazetteer(settings),
        coder_version="test",
    )


@pytest.fixture
def state() -> Callable[..., ArticleState]:
    """Make a fresh article state published on the given day (default Friday 2014-11-14)."""

    def make(published: date = date(2014, 11, 14)) -> ArticleState:
        return ArticleState(article_id="test", published=published, memory=ActorMemory())

    return make


@pytest.fixture
def parse(vocab_nlp: spacy.language.Language) -> Callable[[str], Doc]:
    """Build a parsed Doc from a compact table: ``word/POS/TAG/dep/head/lemma[/ENT]`` per token.

    ``head`` is the absolute index of the head token (a root is its own head).
    """

    def build(table: str) -> Doc:
        rows = [line.split("/") for line in table.split()]
        words = [r[0].replace("_", " ") for r in rows]
        # a hyphen the tokeniser split off ("lathi - charged") touches both neighbours
        hyphen = [r[2] == "HYPH" for r in rows]
        spaces = [not (hyphen[i] or (i + 1 < len(rows) and hyphen[i + 1])) for i in range(len(rows))]
        doc = Doc(
            vocab_nlp.vocab,
            words=words,
            spaces=spaces,
            pos=[r[1] for r in rows],
            tags=[r[2] for r in rows],
            deps=[r[3] for r in rows],
            heads=[int(r[4]) for r in rows],
            lemmas=[r[5] for r in rows],
            sent_starts=[True] + [False] * (len(rows) - 1),
            ents=[f"B-{r[6]}" if len(r) > 6 else "O" for r in rows],
        )
        for token in doc:  # a head cycle in a hand-written table would hang the coder
            current, steps = token, 0
            while current.head.i != current.i:
                current, steps = current.head, steps + 1
                assert steps <= len(doc), f"head cycle through {token.text!r} in {table!r}"
            # a miscounted head index shows as a root not labelled ROOT, or the reverse
            assert (token.head.i == token.i) == (token.dep_ == "ROOT"), f"{token.text!r} in {table!r}"
        return doc

    return build


@pytest.fixture
def code_table(parse: Callable[[str], Doc], coder: Coder, state: Callable[..., ArticleState]) -> Callable[[str], list]:
    """Code the hand-built parse of one sentence in a fresh article; return its mentions."""

    def run(table: str) -> list:
        return code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())

    return run
