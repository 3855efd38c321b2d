"""Read a sentence that is not parsed (the pre-filter found no trigger in it).

Such a sentence yields no event, but what it sets still matters later in the article:
its names ("Choe Ryong Hae is in Moscow." makes a later "Choe met Lavrov" resolve) and
its day ("On Monday, ..." dates a later undated event). Without a parse there are no
entities or proper-noun tags, so names are taken from runs of capitalised words
("Foreign Minister Choe Ryong Hae", "Ministry of Foreign Affairs"), and only runs the
knowledge base resolves to a country or a known entity are kept; the day comes from the
same text-level reader the coder uses (:func:`~legation.coding.extract.note_story_date`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from legation.actors import resolve_actor
from legation.coding.extract import ArticleState, Coder, note_story_date

# Lower-case words that may sit inside a name: "Ministry of Foreign Affairs".
_INNER = frozenset({"of", "for", "the", "and", "&", "de", "al", "bin"})


def skim_sentence(sentence: Span, *, coder: Coder, state: ArticleState, sentence_index: int) -> None:
    """Note the day a tokenised (unparsed) body sentence sets and the actors it names."""
    note_story_date(sentence.text, state=state, sentence_index=sentence_index)
    remember_names(sentence, coder=coder, state=state)


def remember_names(sentence: Span, *, coder: Coder, state: ArticleState) -> None:
    """Note the actors a tokenised (unparsed) sentence names, in order, each once."""
    seen: set[str] = set()
    for run in _capitalised_runs(sentence):
        whole, *parts = _candidates(run, sentence)
        if not _note(whole, coder, state, seen):
            for part in parts:
                _note(part, coder, state, seen)


def _note(candidate: tuple[str, int], coder: Coder, state: ArticleState, seen: set[str]) -> bool:
    text, offset = candidate
    actor = resolve_actor(
        text, kb=coder.kb, on=state.published, memory=state.memory, allow_capital=False, offset=offset
    )
    if actor is None or not (actor.id or actor.country):
        return False
    if actor.key not in seen:
        seen.add(actor.key)
        state.note(actor)
    return True


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() or (token.is_upper and len(token.text) > 1)


def _capitalised_runs(sentence: Span) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in sentence:
        if _capitalised(token) or (current and token.lower_ in _INNER):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and not _capitalised(run[-1]):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def _candidates(run: list[Token], sentence: Span) -> list[tuple[str, int]]:
    """The whole run first, then its parts split at the inner lower-case words."""
    doc = sentence.doc
    spans = [run]
    part: list[Token] = []
    parts: list[list[Token]] = []
    for token in run:
        if _capitalised(token):
            part.append(token)
        elif part:
            parts.append(part)
            part = []
    if part:
        parts.append(part)
    if len(parts) > 1:
        spans.extend(parts)
    found = []
    for tokens in spans:
        span = doc[tokens[0].i : tokens[-1].i + 1]
        found.append((span.text, span.start_char - sentence.start_char))
    return found
