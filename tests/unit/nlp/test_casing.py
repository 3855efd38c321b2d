"""Title-case sentences are parsed in lower case and keep their own words (no model)."""

from __future__ import annotations

import pytest
import spacy

from legation.nlp.casing import is_title_case, lowered, with_words


def _words(sentence: str) -> list[str]:
    return sentence.split()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More Than A Dozen Lawmakers Attended Rally That Gave Way To Riots", True),
        ("POLICE ARREST FOUR MEN IN CAIRO", True),
        ("Police Arrest Dozens after Protesters Clash With Troops", True),  # 7 of 8 words
        ("North Korean leader Kim Jong Un met Vladimir Putin in Moscow", False),
        ("Kim Meets Putin", False),  # too short to tell
        ("the police arrested four men", False),
    ],
)
def test_is_title_case(sentence: str, expected: bool) -> None:
    assert is_title_case(sentence.split()) is expected


def test_lowered_keeps_acronyms_unless_all_is_capitals() -> None:
    assert lowered(_words("US Envoy Meets UN Chief In Geneva")) == ["US", "envoy", "meets", "UN", "chief", "in", "geneva"]
    assert lowered(_words("US ENVOY MEETS UN CHIEF")) == ["us", "envoy", "meets", "un", "chief"]
    assert lowered(_words("The envoy met the UN chief in Geneva")) is None


def test_lowered_keeps_names_the_knowledge_base_marks() -> None:
    def names(words):
        return [w.lower() in ("kim", "cairo") for w in words]

    assert lowered(_words("Kim Sends Envoy To Cairo"), names) == ["Kim", "sends", "envoy", "to", "Cairo"]
    assert lowered(_words("KIM SENDS ENVOY TO CAIRO"), names) == ["Kim", "sends", "envoy", "to", "Cairo"]


def test_lowered_refuses_a_change_of_length() -> None:
    # "İ" lower-cases to two characters: offsets would move, so the sentence stays as it is
    assert lowered(_words("İstanbul Police Detain Four Reporters")) is None


def test_with_words_puts_the_parse_on_the_original_words() -> None:
    nlp = spacy.blank("en")
    parsed = nlp.make_doc("police arrest four men")
    for token, (tag, pos, dep, head, lemma) in zip(
        parsed,
        [("NN", "NOUN", "nsubj", 1, "police"), ("VBP", "VERB", "ROOT", 1, "arrest"),
         ("CD", "NUM", "nummod", 3, "four"), ("NNS", "NOUN", "dobj", 1, "man")],
        strict=True,
    ):
        token.tag_, token.pos_, token.dep_, token.lemma_ = tag, pos, dep, lemma
        token.head = parsed[head]
    doc = with_words(parsed, ["Police", "Arrest", "Four", "Men"])
    assert doc.text == "Police Arrest Four Men"
    assert [(t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] == [
        ("NOUN", "nsubj", 1, "police"), ("VERB", "ROOT", 1, "arrest"), ("NUM", "nummod", 3, "four"),
        ("NOUN", "dobj", 1, "man"),
    ]
