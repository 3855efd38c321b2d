"""Headlines in title case or capitals are parsed as ordinary text and keep their words."""

from __future__ import annotations

import pytest

from legation.pipeline import Resources, load_resources
from legation.records import Article
from legation.settings import Settings
from legation.workflows import code_articles

pytestmark = pytest.mark.needs_model

HEADLINES = {
    "Opposition Supporters Stage Rally Against Election Result In Nairobi": ("PROTEST", "rally"),
    "Rebels Attack Army Base Near Goma, Killing Six Soldiers": ("ASSAULT", "attack"),
    "ANGRY FARMERS BLOCK HIGHWAY TO PROTEST FUEL PRICES": ("PROTEST", "block"),
}


def _coded(resources: Resources, *, as_title: bool) -> dict[str, set[tuple[str, str]]]:
    articles = [
        Article(article_id=f"h{i}", title=line, text="No more was said.") if as_title
        else Article(article_id=f"h{i}", text=f"{line}. Nothing else happened.")
        for i, line in enumerate(HEADLINES)
    ]
    found = {}
    for line, result in zip(HEADLINES, code_articles(articles, resources=resources).results, strict=True):
        found[line] = {(m.type, m.trigger.text.lower()) for m in result.mentions}
        for m in result.mentions:
            if as_title:  # a headline's sentence is its normalised form: names keep capitals
                assert m.sentence_text.lower() == line.lower()
            else:  # a body sentence keeps its words as written
                assert m.sentence_text.startswith(line)
    return found


@pytest.mark.parametrize("as_title", [False, True])
def test_title_case_headlines_are_coded(resources: Resources, as_title: bool) -> None:
    found = _coded(resources, as_title=as_title)
    for line, expected in HEADLINES.items():
        assert expected in found[line], line


def test_title_case_without_the_prefilter() -> None:
    found = _coded(load_resources(Settings(prefilter=False)), as_title=False)
    for line, expected in HEADLINES.items():
        assert expected in found[line], line


def test_a_headline_read_as_a_noun_phrase_is_parsed_again_as_a_clause(resources: Resources) -> None:
    # Parsed alone, "apologises" and "arrests" come out as plural nouns and the countries as
    # their modifiers; after the frame word the headlines read as the clauses they are.
    lines = {
        "Russia apologises for violating Estonian airspace": ("CONCEDE", "apologises", "RUS"),
        "Pakistan arrests Taliban commander": ("COERCE", "arrests", "PAK"),
    }
    articles = [Article(article_id=f"f{i}", title=line, text="No more was said.") for i, line in enumerate(lines)]
    for (line, (kind, word, country)), result in zip(
        lines.items(), code_articles(articles, resources=resources).results, strict=True
    ):
        coded = [m for m in result.mentions if m.type == kind]
        assert coded, (line, result.mentions)
        mention = coded[0]
        assert mention.sentence_text == line  # the frame word is no part of the sentence
        assert line[mention.trigger.start : mention.trigger.end] == mention.trigger.text == word
        assert [a.country for a in mention.actor] == [country]
