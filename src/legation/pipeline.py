"""Compose the stages: read -> pre-filter -> parse (spaCy, in batches) -> code -> resolve.

No I/O of its own: readers hand in :class:`~legation.records.Article` records (or
rejections, passed through), the caller decides what to do with the results.

With the ``prefilter`` setting on (the default) each text is tokenised and split into
sentences by rule first; only sentences holding a trigger word form
(:mod:`legation.nlp.prefilter`) go through the spaCy pipeline, the others are skimmed
for names and the day they set (:mod:`legation.coding.skim`). Off, whole texts are parsed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from legation import __version__
from legation.actors import ActorMemory, load_knowledge_base
from legation.coding import (
    ArticleState,
    Coder,
    code_sentence,
    date_headline,
    load_rules,
    normalize_headline,
    refer_to_headline,
)
from legation.coding.skim import skim_sentence
from legation.geo import load_gazetteer
from legation.nlp import casing, load_nlp
from legation.nlp.prefilter import TriggerForms, build_trigger_forms
from legation.records import Article, EventMention, Rejection, Sentence
from legation.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Resources:
    """Heavy, read-only resources, built once per process by :func:`load_resources`."""

    nlp: Language
    coder: Coder
    settings: Settings
    trigger_forms: TriggerForms | None = None  # the pre-filter; None parses every sentence


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One coded article: its sentences (title first) and the mentions found."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[EventMention, ...]


def load_coder(settings: Settings) -> Coder:
    """Build the coder: rules + matcher + knowledge base + gazetteer.

    Raises:
        SetupError: a dictionary, the knowledge base or the gazetteer is broken.
    """
    nlp = load_nlp(settings)
    rules = load_rules()
    kb = load_knowledge_base(settings)
    return Coder(
        rules=rules,
        matcher=rules.compile(nlp.vocab),
        kb=kb,
        gazetteer=load_gazetteer(settings),
        coder_version=f"legation-{__version__}+{rules.version}.{kb.version[:8]}",
    )


def load_resources(settings: Settings) -> Resources:
    """Load the spaCy pipeline and the coder once (cached inside each loader)."""
    nlp = load_nlp(settings)
    coder = load_coder(settings)
    forms = None
    if settings.prefilter:
        key = (settings.model, coder.rules.version)
        if key not in _TRIGGER_FORMS:
            _TRIGGER_FORMS[key] = build_trigger_forms(coder.rules, nlp)
        forms = _TRIGGER_FORMS[key]
    return Resources(nlp=nlp, coder=coder, settings=settings, trigger_forms=forms)


# The pre-filter's word forms per (pipeline, dictionary version), built once per process.
_TRIGGER_FORMS: dict[tuple[str, str], TriggerForms | None] = {}


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of an article's text read as a unit.

    Either parsed: ``doc`` holds it from character ``doc_start`` on (the whole text when
    nothing was filtered, else one rule-split sentence among the article's other wanted
    sentences, in one ``Doc``); or, when the pre-filter rejected it, ``skimmed``: the
    tokenised sentence, not parsed.
    """

    start: int  # character offset in the article text
    doc: Doc | None = None
    doc_start: int = 0
    doc_end: int | None = None  # None: to the end of ``doc``
    skimmed: Span | None = None

    def sentences(self) -> list[Span]:
        """The parser's sentences of a parsed piece (none for a skimmed one)."""
        if self.doc is None:
            return []
        if self.doc_end is None:
            return list(self.doc.sents)
        span = self.doc.char_span(self.doc_start, self.doc_end)
        assert span is not None  # pieces are cut at token boundaries
        # The parser's boundaries inside the piece, read from its own tokens: Span.sents
        # walks the whole Doc, which holds all the article's wanted sentences.
        cuts = [token.i for token in span[1:] if token.is_sent_start]
        bounds = [span.start, *cuts, span.end]
        return [self.doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def code_parsed(
    article: Article, *, pieces: list[Piece], title_sentences: list[Span] | None, resources: Resources
) -> ArticleResult:
    """Code an article whose text has been split into pieces and parsed where needed.

    Sentence 0 is the title when there is one; body sentences follow in order.
    ``title_sentences`` is the parsed headline's sentences (``None``: not parsed, no trigger in it).
    """
    coder = resources.coder
    settings = resources.settings
    published: date | None = article.published_on
    state = ArticleState(article_id=article.article_id, published=published, memory=ActorMemory())
    sentences: list[Sentence] = []
    mentions: list[EventMention] = []
    index = 0
    title_mentions: list[EventMention] = []
    if article.title and settings.code_titles:
        sentences.append(Sentence(article.article_id, 0, 0, len(article.title), article.title, is_title=True))
        index = 1
    for piece in pieces:
        if piece.skimmed is not None:
            span = piece.skimmed
            sentences.append(
                Sentence(article.article_id, index, piece.start, piece.start + len(span.text), span.text)
            )
            skim_sentence(span, coder=coder, state=state, sentence_index=index)
            index += 1
            continue
        for sent in piece.sentences():
            text = sent.text
            if not text.strip():
                continue
            start = piece.start + sent.start_char - piece.doc_start
            sentences.append(Sentence(article.article_id, index, start, start + len(text), text))
            mentions.extend(code_sentence(sent, sentence_index=index, coder=coder, state=state, sentence_start=start))
            index += 1
    if title_sentences is not None:
        # The title is read after the body so that short names in it ("Kim") resolve.
        for sent in title_sentences:
            title_mentions.extend(
                code_sentence(sent, sentence_index=0, coder=coder, state=state, is_title=True, sentence_start=0)
            )
        mentions = refer_to_headline(title_mentions, mentions, state=state)
        title_mentions = date_headline(title_mentions, mentions)
    found = [m for m in title_mentions + mentions if m.confidence >= settings.min_confidence]
    return ArticleResult(article=article, sentences=tuple(sentences), mentions=tuple(found))


def _headline_text(article: Article, resources: Resources) -> str:
    kb = resources.coder.kb
    return normalize_headline(article.title or "", name_mask=kb.name_mask)


def run_batch(
    items: Iterable[Article | Rejection], resources: Resources
) -> Iterator[ArticleResult | Rejection]:
    """Parse and code articles in batches; rejections pass straight through.

    With ``settings.on_error == "record"`` an article whose coding crashes becomes a
    ``Rejection`` with reason ``R-STAGE-CRASH`` (traceback logged); with ``"raise"``
    (the default) the crash propagates.
    """
    settings = resources.settings
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, settings.batch_size))
        if not chunk:
            return
        articles = [item for item in chunk if isinstance(item, Article)]
        pieces = _parse_bodies(articles, resources)
        titles = _parse_titles(articles, resources)
        for item in chunk:
            if isinstance(item, Rejection):
                yield item
                continue
            yield _code_one(
                item, pieces=pieces[item.article_id], title_sentences=titles.get(item.article_id), resources=resources
            )


def _parse_bodies(articles: list[Article], resources: Resources) -> dict[str, list[Piece]]:
    """Split each text into pieces and parse them: whole texts without the pre-filter;
    with it, the rule-split sentences that hold a trigger word form, one ``Doc`` per article
    (sentence boundaries between them fixed, so none spans two), the rest left unparsed."""
    nlp, forms, size = resources.nlp, resources.trigger_forms, resources.settings.batch_size
    names = resources.coder.kb.name_mask
    if forms is None:
        whole = [_parseable(nlp.make_doc(a.text), names) for a in articles]
        docs = _parsed(nlp, whole, size)
        return {a.article_id: [Piece(0, doc)] for a, doc in zip(articles, docs, strict=True)}
    planned: dict[str, list[Piece]] = {}
    wanted: list[tuple[Doc, list[str] | None]] = []
    for article in articles:
        pieces = planned.setdefault(article.article_id, [])
        words: list[str] = []
        fed: list[str] = []  # the words given to the parser: title-case sentences lower-cased
        spaces: list[bool] = []
        starts: list[bool | None] = []
        length = 0  # characters of the joined text so far
        for sentence in _rule_sentences(nlp.make_doc(article.text)):
            if not forms.wants(token.lower_ for token in sentence):
                pieces.append(Piece(sentence.start_char, skimmed=sentence))
                continue
            pieces.append(Piece(sentence.start_char, doc_start=length, doc_end=length + len(sentence.text)))
            texts = [token.text for token in sentence]
            words.extend(texts)
            fed.extend(casing.lowered(texts, names) or texts)
            spaces.extend(bool(token.whitespace_) for token in sentence)
            spaces[-1] = True  # one space after each sentence keeps 'said."Why' apart
            starts.extend([True] + [None] * (len(sentence) - 1))
            length += len(sentence.text) + 1
        doc = Doc(nlp.vocab, words=fed, spaces=spaces, sent_starts=starts)
        wanted.append((doc, words if fed != words else None))
    # One Doc per article, as many as parsing the whole texts, but with only the wanted words.
    for article, doc in zip(articles, _parsed(nlp, wanted, size), strict=True):
        planned[article.article_id] = [
            p if p.skimmed is not None else Piece(p.start, doc, p.doc_start, p.doc_end)
            for p in planned[article.article_id]
        ]
    return planned


def _parseable(doc: Doc, names: Callable[[Sequence[str]], list[bool]]) -> tuple[Doc, list[str] | None]:
    """``doc`` ready for the parser, its title-case sentences lower-cased but for the words
    ``names`` marks, with the words to put back after parsing (``None`` when none changed)."""
    words = [token.text for token in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    fed = list(words)
    # sentences found on a copy: boundaries set on ``doc`` itself would bind the parser
    for sentence in _rule_sentences(Doc(doc.vocab, words=words, spaces=spaces)):
        texts = words[sentence.start : sentence.end]
        low = casing.lowered(texts, names)
        if low is not None:
            fed[sentence.start : sentence.end] = low
    if fed == words:
        return doc, None
    return Doc(doc.vocab, words=fed, spaces=spaces), words


def _parsed(nlp: Language, docs: list[tuple[Doc, list[str] | None]], size: int) -> Iterator[Doc]:
    """Parse the docs; those parsed in lower case get their own words back."""
    for (_, words), parsed in zip(docs, nlp.pipe((doc for doc, _ in docs), batch_size=size), strict=True):
        yield parsed if words is None else casing.with_words(parsed, words)


_SENTENCIZER = Sentencizer()


def _rule_sentences(doc: Doc) -> list[Span]:
    """Sentences by punctuation and line breaks, without leading or trailing white space;
    a quotation and the lower-case attribution after it stay together."""
    doc = _SENTENCIZER(doc)
    found: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                found.extend(_trimmed(doc, start, token.i))
                start = token.i + 1
        found.extend(_trimmed(doc, start, sent.end))
    # 'ended the meeting. "Why ...': a quotation mark after a space opens the next sentence.
    for i in range(len(found) - 1):
        span = found[i]
        if len(span) > 1 and span[-1].text in _CLOSING_QUOTES and span[-2].whitespace_:
            found[i] = doc[span.start : span.end - 1]
            found[i + 1] = doc[span.end - 1 : found[i + 1].end]
    merged: list[Span] = []
    for span in found:
        # '"Why don't you shut up?" said the king': the attribution belongs to the quote.
        if merged and merged[-1][-1].text in _CLOSING_QUOTES and span[0].is_lower:
            merged[-1] = doc[merged[-1].start : span.end]
        else:
            merged.append(span)
    return merged


_CLOSING_QUOTES = frozenset({'"', "'", "”", "’", "''"})


def _trimmed(doc: Doc, start: int, end: int) -> list[Span]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return [doc[start:end]] if end > start else []


def _parse_titles(articles: list[Article], resources: Resources) -> dict[str, list[Span]]:
    """Parse the headlines worth parsing (all without the pre-filter); return their sentences.

    A headline the parser reads with no verb at its root ("Bolivia rejects Chile's OAS
    candidate" as a noun phrase ending in "candidate", "Russia apologises ..." with
    "apologises" a plural noun) is parsed again after :data:`HEADLINE_FRAME`, which makes
    it read as the clause it is; the frame word is not part of the coded sentences.
    """
    settings, nlp, forms = resources.settings, resources.nlp, resources.trigger_forms
    if not settings.code_titles:
        return {}
    # Tokenised once: the pre-filter reads the tokens and the pipeline parses the same Doc.
    headlines = {a.article_id: nlp.make_doc(_headline_text(a, resources)) for a in articles if a.title}
    if forms is not None:
        headlines = {key: doc for key, doc in headlines.items() if forms.wants(t.lower_ for t in doc)}
    ready = dict(zip(headlines, (_parseable(doc, resources.coder.kb.name_mask) for doc in headlines.values()), strict=True))
    parsed = dict(zip(headlines, _parsed(nlp, list(ready.values()), settings.batch_size), strict=True))
    verbless = [key for key, doc in parsed.items() if not _verb_rooted(doc.sents)]
    framed_docs = _parsed(nlp, [_framed(*ready[key]) for key in verbless], settings.batch_size)
    sentences = {key: list(doc.sents) for key, doc in parsed.items()}
    for key, framed in zip(verbless, framed_docs, strict=True):
        inside = [
            framed[max(s.start, 1) : min(s.end, len(parsed[key]) + 1)]
            for s in framed.sents
            if s.end > 1 and s.start < len(parsed[key]) + 1
        ]
        if _verb_rooted(inside):
            sentences[key] = inside
    return sentences


HEADLINE_FRAME = "Today"


def _verb_rooted(sentences: Iterable[Span]) -> bool:
    """Whether some sentence has a verb at its root (its root inside the span)."""
    return any(s.root.pos_ in ("VERB", "AUX") and s.root.head.i in range(s.start, s.end) for s in sentences)


def _framed(doc: Doc, words: list[str] | None) -> tuple[Doc, list[str] | None]:
    """A headline ready for the parser (see :func:`_parseable`) after :data:`HEADLINE_FRAME`
    and closed by a full stop, with the words to put back after parsing."""
    fed = [HEADLINE_FRAME, *(t.text for t in doc), "."]
    spaces = [True, *(bool(t.whitespace_) for t in doc), False]
    spaces[-2] = False
    own = None if words is None else [HEADLINE_FRAME, *words, "."]
    return Doc(doc.vocab, words=fed, spaces=spaces), own


def _code_one(
    article: Article, *, pieces: list[Piece], title_sentences: list[Span] | None, resources: Resources
) -> ArticleResult | Rejection:
    if resources.settings.on_error == "raise":
        return code_parsed(article, pieces=pieces, title_sentences=title_sentences, resources=resources)
    try:
        return code_parsed(article, pieces=pieces, title_sentences=title_sentences, resources=resources)
    except Exception as err:  # noqa: BLE001 - on_error="record" asks the runner to keep going
        logger.exception("coding crashed on %s", article.article_id)
        return Rejection(
            stage="code",
            reason="R-STAGE-CRASH",
            detail=f"{type(err).__name__}: {err} (traceback in the log)",
            article_id=article.article_id,
            source=article.source,
        )
