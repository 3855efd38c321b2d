"""Language check: English kept (any case, short or long), other languages rejected."""

from __future__ import annotations

import pytest

from legation.ingest import check_language, detect_language
from legation.records import Article, Rejection

ENGLISH = (
    "Police fired tear gas at protesters who had gathered outside the parliament on Friday, "
    "the interior ministry said. The demonstrators were demanding the release of two "
    "opposition leaders who were arrested last month after a disputed election."
)
FRENCH = (
    "La police a dispersé vendredi les manifestants rassemblés devant le parlement, a indiqué "
    "le ministère de l'Intérieur. Les manifestants réclamaient la libération de deux chefs de "
    "l'opposition arrêtés le mois dernier après une élection contestée."
)
GERMAN = (
    "Die Polizei hat am Freitag Demonstranten vor dem Parlament mit Tränengas auseinander "
    "getrieben, teilte das Innenministerium mit. Die Demonstranten forderten die Freilassung "
    "von zwei Oppositionsführern, die im vergangenen Monat festgenommen worden waren."
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (ENGLISH, None),
        (ENGLISH.lower(), None),
        (ENGLISH.upper(), None),
        (ENGLISH, "Police disperse protest"),
        ("Putin met Xi.", None),
        ("Choe Ryong Hae visits Moscow", None),
        ("Angela Merkel Emmanuel Macron Berlin Paris", None),
        ("kim jong un to send envoy to russia soon", None),
        ("Queen Sirikit (Thai: สมเด็จพระนางเจ้าสิริกิติ์) attended the funeral of a protester.", None),
        ("2020", None),
    ],
)
def test_check_language_keeps_english(text: str, title: str | None) -> None:
    article = Article(article_id="a", text=text, title=title)
    result = check_language(article)
    assert isinstance(result, Article)
    assert result.language == "en"
    assert result.text == text
    assert article.language is None  # the input is not mutated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "fr"),
        (GERMAN, "de"),
        ("Le président a rencontré le ministre à Paris vendredi pour discuter du commerce.", "fr"),
        ("Президент встретился с министром в Москве в пятницу, чтобы обсудить торговлю.", "ru"),
    ],
)
def test_check_language_rejects_other_languages(text: str, language: str) -> None:
    result = check_language(Article(article_id="x1", text=text, source="in.jsonl:4"))
    assert isinstance(result, Rejection)
    assert result.reason == "R-INGEST-LANGUAGE"
    assert result.stage == "ingest"
    assert f"'{language}'" in result.detail
    assert "require_english" in result.detail
    assert result.source == "in.jsonl:4"
    assert result.article_id == "x1"


def test_detect_language_reports_probability() -> None:
    language, probability = detect_language(GERMAN)
    assert language == "de"
    assert 0.5 < probability <= 1.0
