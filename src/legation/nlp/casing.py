"""Parse headline-style capitals ("Police Arrest Dozens In Cairo") as ordinary text.

The English pipeline learnt its tags from sentence-case news: in a sentence where nearly
every word is capitalised it tags most of them proper nouns, so "Lawmakers Attended Rally
That Gave Way To Riots" has no verb and no event noun left. Such a sentence is parsed in
lower case, which the pipeline reads much better (the lower-cased Indian police reports
rely on the same), and the parse is then put back on the original words, so everything
downstream still sees "Cairo" and "GOP" as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

TITLE_CASE_SHARE = 0.8
"""Share of a sentence's words that must start with a capital for it to count as title case."""
TITLE_CASE_MIN_WORDS = 4

_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def is_title_case(words: Sequence[str]) -> bool:
    """Whether a sentence is written with (nearly) every word capitalised, or in capitals.

    Examples:
        >>> is_title_case("More Than A Dozen Lawmakers Attended Rally".split())
        True
        >>> is_title_case("North Korean leader Kim Jong Un met Putin in Moscow".split())
        False
    """
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) < TITLE_CASE_MIN_WORDS:
        return False
    capitals = sum(1 for w in alpha if w[0].isupper())
    return capitals >= TITLE_CASE_SHARE * len(alpha)


def lowered(
    words: Sequence[str], names: Callable[[Sequence[str]], Sequence[bool]] | None = None
) -> list[str] | None:
    """The words in sentence case when the sentence is title case or capitals, else ``None``.

    The words ``names(words)`` marks (the knowledge base's names: "Kim Jong Un", "Cairo";
    asked only of title-case sentences) keep a capital; so do acronyms ("US", "GOP"),
    unless the whole sentence is in capitals, where they cannot be told from other words.
    ``None`` too when a change of case would change a word's length (a few non-Latin
    letters do), since the parse must keep every character offset. The first word is
    lower-cased too: the pipeline reads a capitalised first word of a headline ("Rebels
    attack army base") as a name far more often than a lower-case one.
    """
    if not is_title_case(words):
        return None
    marks = names(words) if names is not None else [False] * len(words)
    shouting = all(w.isupper() for w in words if w[:1].isalpha())
    out = []
    for word, name in zip(words, marks, strict=True):
        if name:
            out.append(word[:1] + word[1:].lower() if shouting else word)
        elif not shouting and len(word) > 1 and word.isupper():
            out.append(word)  # an acronym: "US" and "UN" in lower case are a pronoun and a prefix
        else:
            out.append(word.lower())
    return out if all(len(a) == len(b) for a, b in zip(out, words, strict=True)) else None


def with_words(parsed: Doc, words: Sequence[str]) -> Doc:
    """A copy of ``parsed`` (tags, lemmas, tree, entities) on other words of the same lengths."""
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=list(words), spaces=spaces)
    doc.from_array(_PARSE_ATTRS, parsed.to_array(_PARSE_ATTRS).astype(numpy.uint64))
    return doc
