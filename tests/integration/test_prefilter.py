"""The lexical pre-filter: only sentences with a trigger word form are parsed, and
nothing the coder would find is lost (issue 4)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from legation.ingest import read_inputs
from legation.nlp.prefilter import build_trigger_forms
from legation.pipeline import Resources, load_resources
from legation.settings import Settings
from legation.workflows import code_articles, code_text

ARTICLES = Path(__file__).resolve().parent.parent.parent / "examples" / "articles"

pytestmark = pytest.mark.needs_model


def _wants(resources: Resources, text: str) -> bool:
    assert resources.trigger_forms is not None
    return resources.trigger_forms.wants(t.lower_ for t in resources.nlp.make_doc(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops were deployed along the border.",  # regular past participle of a verb trigger
        "The two ministers met in Geneva.",  # irregular form from the lemmatizer's exceptions
        "Protesters gathered outside the embassy.",  # plural of a noun trigger
        "Students staged a sit-in at the ministry.",  # multi-word noun, all of its words present
        "POLICE ARRESTED FOUR MEN",  # case does not matter
    ],
)
def test_prefilter_keeps_sentences_with_trigger_forms(resources: Resources, sentence: str) -> None:
    assert _wants(resources, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather was mild in the capital.",
        "He lived in the city for ten years.",  # "in" alone is not the multi-word "sit-in"
        "According to the report, the harvest was good.",  # "according" is no form of the noun "accord"
    ],
)
def test_prefilter_skips_sentences_without_trigger_forms(resources: Resources, sentence: str) -> None:
    assert not _wants(resources, sentence)


def test_prefilter_counts_forms_the_coder_corrects(resources: Resources) -> None:
    """A form the grammar's lemma_fixes maps to a trigger lemma is a trigger form."""
    rules = resources.coder.rules
    grammar = rules.grammar.model_copy(update={"lemma_fixes": {"arrestified": "arrest"}})
    forms = build_trigger_forms(dataclasses.replace(rules, grammar=grammar), resources.nlp)
    assert forms is not None
    assert forms.wants(["they", "arrestified", "him"])
    assert not resources.trigger_forms.wants(["they", "arrestified", "him"])


def test_prefilter_loses_no_mention_of_a_full_parse() -> None:
    """Every sentence that yields a mention when everything is parsed passes the filter."""
    full = load_resources(Settings(prefilter=False))
    filtered = load_resources(Settings())
    coded = code_articles(read_inputs([str(ARTICLES)], settings=full.settings), resources=full)
    mentions = [m for result in coded.results for m in result.mentions]
    assert len(mentions) > 100
    missed = [m.sentence_text for m in mentions if not _wants(filtered, m.sentence_text)]
    assert not missed


def test_prefilter_offsets_point_into_the_article(resources: Resources) -> None:
    coded = code_articles(read_inputs([str(ARTICLES)], settings=resources.settings), resources=resources)
    for result in coded.results:
        text = result.article.text
        for sentence in result.sentences:
            if not sentence.is_title:
                assert text[sentence.char_start : sentence.char_end] == sentence.text
        titled = bool(result.sentences) and result.sentences[0].is_title
        for mention in result.mentions:
            if not (titled and mention.sentence_index == 0):
                start = mention.sentence_start + mention.trigger.start
                assert text[start : start + len(mention.trigger.text)] == mention.trigger.text


def test_unparsed_sentence_still_introduces_names(resources: Resources) -> None:
    intro = "Choe Ryong Hae is a senior figure in Pyongyang."
    assert not _wants(resources, intro)  # this sentence is skimmed, not parsed
    text = f"{intro} Choe met Xi Jinping in Beijing on Monday."
    mentions = code_text(text, published="2014-11-14", resources=resources)
    assert [(m.type, [a.id for a in m.actor]) for m in mentions] == [("CONSULT", ["person:choe-ryong-hae"])]
    without_intro = code_text("Choe met Xi Jinping in Beijing on Monday.", published="2014-11-14", resources=resources)
    assert not without_intro  # the short name alone resolves to nobody
