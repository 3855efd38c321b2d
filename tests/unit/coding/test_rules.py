"""Trigger dictionaries: validation, lint, compilation; the ontology tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

from legation.coding.ontology import load_ontology
from legation.coding.rules import TRIGGER_DIR, load_rules
from legation.errors import DictionaryError
from legation.records import PLOVER_TYPES


def test_load_rules_shipped_dictionaries_cover_all_types():
    rules = load_rules()
    assert {entry.type for entry in rules.entries.values()} == set(PLOVER_TYPES)
    assert len(rules.version) == 12


def test_load_ontology_has_every_type_and_goldstein():
    ontology = load_ontology()
    assert set(ontology.types) == set(PLOVER_TYPES)
    assert ontology.goldstein("042") == 1.9
    assert ontology.goldstein("1834") is not None  # falls back to the 183 prefix
    assert ontology.types["ASSAULT"].quad_class == 4


def _copy_dictionaries(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "triggers"
    shutil.copytree(TRIGGER_DIR, folder)
    (folder / "zz_extra.yaml").write_text(extra, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("- {id: consult.meet, type: CONSULT, pos: VERB, lemmas: [gather]}", "duplicate id"),
        ("- {id: x.bad, type: PARTY, pos: VERB, lemmas: [dance]}", "not a PLOVER type"),
        ("- {id: x.mode, type: CONSULT, mode: riot, pos: VERB, lemmas: [gather]}", "not a mode of CONSULT"),
        ("- {id: x.cameo, type: CONSULT, cameo: '999', pos: VERB, lemmas: [gather]}", "not in the CAMEO table"),
        ("- {id: x.conflict, type: PROTEST, pos: VERB, lemmas: [meet]}", "also CONSULT"),
        ("- {id: x.extra, type: CONSULT, pos: VERB, lemmas: [gather], colour: red}", "Extra inputs"),
        ("- {id: x.empty, type: CONSULT, pos: VERB, lemmas: []}", "at least 1 item"),
    ],
)
def test_load_rules_reports_each_problem_with_file_and_id(tmp_path, extra, message):
    folder = _copy_dictionaries(tmp_path, extra)
    with pytest.raises(DictionaryError) as caught:
        load_rules(folder)
    assert message in str(caught.value)
    assert "zz_extra.yaml" in str(caught.value)


def test_load_rules_collects_all_problems_at_once(tmp_path):
    extra = (
        "- {id: x.one, type: PARTY, pos: VERB, lemmas: [dance]}\n"
        "- {id: x.two, type: CONSULT, mode: riot, pos: VERB, lemmas: [gather]}\n"
    )
    with pytest.raises(DictionaryError) as caught:
        load_rules(_copy_dictionaries(tmp_path, extra))
    assert len(caught.value.problems) == 2


def test_compile_matches_verb_and_multiword_noun():
    nlp = spacy.blank("en")
    rules = load_rules()
    matcher = rules.compile(nlp.vocab)
    doc = nlp("x")
    words = ["Israel", "launched", "air", "strikes"]
    doc = spacy.tokens.Doc(
        nlp.vocab, words=words, pos=["PROPN", "VERB", "NOUN", "NOUN"], lemmas=["Israel", "launch", "air", "strike"]
    )
    found = {nlp.vocab.strings[m] for m, _s, _e in matcher(doc)}
    assert "assault.airstrike" in found


def test_load_rules_checks_the_organisation_kinds_of_the_grammar(tmp_path):
    folder = tmp_path / "triggers"
    shutil.copytree(TRIGGER_DIR, folder)
    grammar = folder / "grammar.yaml"
    text = grammar.read_text(encoding="utf-8")
    grammar.write_text(text.replace("  commission: GOV", "  commission: GOVT\n  Union: LAB"), encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_rules(folder)
    problems = " ".join(caught.value.problems)
    assert "grammar.yaml" in problems
    assert "commission: GOVT" in problems
