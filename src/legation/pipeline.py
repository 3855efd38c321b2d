"""Compose the stages: read -> parse (spaCy, in batches) -> code -> resolve.

No I/O of its own: readers hand in :class:`~legation.records.Article` records (or
rejections, passed through), the caller decides what to do with the results.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from legation import __version__
from legation.actors import ActorMemory, load_knowledge_base
from legation.coding import ArticleState, Coder, code_sentence, load_rules, normalize_headline
from legation.geo import load_gazetteer
from legation.nlp import load_nlp
from legation.records import Article, EventMention, Rejection, Sentence
from legation.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Resources:
    """Heavy, read-only resources, built once per process by :func:`load_resources`."""

    nlp: Language
    coder: Coder
    settings: Settings


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
    return Resources(nlp=load_nlp(settings), coder=load_coder(settings), settings=settings)


def code_parsed(article: Article, *, doc: Doc, title_doc: Doc | None, resources: Resources) -> ArticleResult:
    """Code an article whose text (and title) spaCy has parsed.

    Sentence 0 is the title when there is one; body sentences follow in order.
    """
    coder = resources.coder
    settings = resources.settings
    published: date | None = article.published_on
    state = ArticleState(article_id=article.article_id, published=published, memory=ActorMemory())
    sentences: list[Sentence] = []
    mentions: list[EventMention] = []
    index = 0
    title_mentions: list[EventMention] = []
    if title_doc is not None and article.title:
        sentences.append(Sentence(article.article_id, 0, 0, len(article.title), article.title, is_title=True))
        index = 1
    for sent in doc.sents:
        text = sent.text
        if not text.strip():
            continue
        sentences.append(Sentence(article.article_id, index, sent.start_char, sent.end_char, text))
        mentions.extend(
            code_sentence(sent, sentence_index=index, coder=coder, state=state, sentence_start=sent.start_char)
        )
        index += 1
    if title_doc is not None and article.title and settings.code_titles:
        # The title is read after the body so that short names in it ("Kim") resolve.
        for sent in title_doc.sents:
            title_mentions.extend(
                code_sentence(sent, sentence_index=0, coder=coder, state=state, is_title=True, sentence_start=0)
            )
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
        docs = iter(resources.nlp.pipe((a.text for a in articles), batch_size=settings.batch_size))
        titled = [a for a in articles if a.title and settings.code_titles]
        title_docs = dict(
            zip(
                (a.article_id for a in titled),
                resources.nlp.pipe((_headline_text(a, resources) for a in titled), batch_size=settings.batch_size),
                strict=True,
            )
        )
        for item in chunk:
            if isinstance(item, Rejection):
                yield item
                continue
            doc = next(docs)
            yield _code_one(item, doc=doc, title_doc=title_docs.get(item.article_id), resources=resources)


def _code_one(article: Article, *, doc: Doc, title_doc: Doc | None, resources: Resources) -> ArticleResult | Rejection:
    if resources.settings.on_error == "raise":
        return code_parsed(article, doc=doc, title_doc=title_doc, resources=resources)
    try:
        return code_parsed(article, doc=doc, title_doc=title_doc, resources=resources)
    except Exception as err:  # noqa: BLE001 - on_error="record" asks the runner to keep going
        logger.exception("coding crashed on %s", article.article_id)
        return Rejection(
            stage="code",
            reason="R-STAGE-CRASH",
            detail=f"{type(err).__name__}: {err} (traceback in the log)",
            article_id=article.article_id,
            source=article.source,
        )
