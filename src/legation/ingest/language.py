"""Language check: keep English articles, reject the rest with the language found."""

from __future__ import annotations

import dataclasses
import functools
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from legation.ingest.formats import reject
from legation.records import Article, Rejection

# How much text to look at: enough for a stable answer, cheap on long articles.
_SAMPLE_CHARS = 5000
# Under this many words the identifier guesses (names, headlines); only a confident
# guess for another language, with no English function words, counts against English.
_SHORT_WORDS = 20
_SHORT_CONFIDENCE = 0.95
# Words common in English news and rare as words of other languages (not "a", "in",
# "on", which French, German or Dutch also use). A text where they make up this share
# of the words is English whatever its letter case.
_ENGLISH_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "is",
        "was",
        "were",
        "are",
        "said",
        "says",
        "with",
        "that",
        "this",
        "for",
        "from",
        "has",
        "have",
        "had",
        "will",
        "would",
        "by",
        "after",
        "its",
        "his",
        "her",
        "their",
        "they",
        "who",
        "which",
        "been",
        "not",
        "but",
        "also",
        "than",
        "about",
    }
)
_ENGLISH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]+")


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Built once per process, like py3langid's own module-level model.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return the most likely ISO 639-1 language of ``text`` and its probability.

    Texts that are English by their function words count as English (``"en"``, 1.0),
    so lower-case or all-capitals English is not mistaken for another language. Short
    texts (under ~20 words, e.g. a list of names) are English unless the identifier is
    confident they are not.

    >>> detect_language("protesters clashed with police in the capital after the vote")[0]
    'en'
    """
    sample = text[:_SAMPLE_CHARS]
    # An English report quoting names in their own script ("Queen Sirikit (Thai: ...)")
    # is still English: when most letters are Latin, judge the Latin part alone.
    alpha = "".join(filter(str.isalpha, sample))
    letters = len(alpha)
    latin = len(_NOT_LATIN.sub("", alpha))
    if letters and latin / letters >= 0.5:
        sample = _NOT_LATIN.sub(" ", sample)
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "en", 0.0
    english = sum(w in _ENGLISH_WORDS for w in words)
    if english >= 2 and english / len(words) >= _ENGLISH_SHARE:
        return "en", 1.0
    language, probability = _identifier().classify(sample)
    if language == "en":
        return "en", float(probability)
    if len(words) < _SHORT_WORDS and (english > 0 or probability < _SHORT_CONFIDENCE):
        return "en", 0.0
    return str(language), float(probability)


def check_language(article: Article) -> Article | Rejection:
    """Keep an English article (with ``language="en"`` set), reject any other.

    The title and the text are both looked at. Short texts are given the benefit of
    the doubt; see :func:`detect_language`.

    Example: an article whose text is "Le président a rencontré le ministre à Paris
    vendredi pour discuter du commerce." is rejected with ``R-INGEST-LANGUAGE`` and
    "detected language 'fr'" in the detail.

    Returns:
        A copy of the article with ``language`` set, or an ``R-INGEST-LANGUAGE`` rejection.
    """
    text = f"{article.title}\n{article.text}" if article.title else article.text
    language, probability = detect_language(text)
    if language != "en":
        return reject(
            "R-INGEST-LANGUAGE",
            f"detected language {language!r} (probability {probability:.2f}), not English; "
            "Legation codes English text only: translate it, or set require_english = false "
            "to read it anyway",
            source=article.source or article.article_id,
            article_id=article.article_id,
        )
    return dataclasses.replace(article, language="en")
