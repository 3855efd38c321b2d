"""Parsers of single formats: dates, Markdown, HTML, JSONL (no files, no model)."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from legation.errors import InputError
from legation.ingest import (
    parse_html_article,
    parse_jsonl,
    parse_markdown_article,
    parse_published,
)
from legation.records import Article, Rejection
from legation.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-11-14", datetime(2014, 11, 14, tzinfo=UTC)),
        ("2014-11-14T08:30:00", datetime(2014, 11, 14, 8, 30, tzinfo=UTC)),
        ("2014-11-14T08:30:00Z", datetime(2014, 11, 14, 8, 30, tzinfo=UTC)),
        (
            "2014-11-14T08:30:00+03:00",
            datetime(2014, 11, 14, 8, 30, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("2014-11-14 08:30", datetime(2014, 11, 14, 8, 30, tzinfo=UTC)),
        ("November 14, 2014", datetime(2014, 11, 14, tzinfo=UTC)),
        ("Nov. 14, 2014", datetime(2014, 11, 14, tzinfo=UTC)),
        ("Sept 3 2021", datetime(2021, 9, 3, tzinfo=UTC)),
        ("14 November 2014", datetime(2014, 11, 14, tzinfo=UTC)),
        ("  March 1, 2020  ", datetime(2020, 3, 1, tzinfo=UTC)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_published_accepts(value: str | None, expected: datetime | None) -> None:
    parsed = parse_published(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None
        assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "value",
    ["yesterday", "2014-13-01", "February 30, 2014", "Smarch 3, 2014", "14/11/2014", "2014"],
)
def test_parse_published_rejects_junk(value: str) -> None:
    with pytest.raises(InputError, match="cannot read"):
        parse_published(value)


# Our own short article, in the shape of ../shared/examples (title, byline, date, body, url).
MARKDOWN_SAMPLE = """

# Harbour Republic Sends Trade Envoy to Lisbon

By [The Coastal Ledger](#)

March 3, 2015



A cargo crane stands idle at the northern pier.

The Harbour Republic will send its deputy trade minister to Lisbon next week, the
government press office said on Tuesday.

Officials said the envoy would meet Portuguese ministers in Lisbon

on Thursday, before travelling on to [Porto](https://example.org/porto) for talks.

Original url:

<https://news.example.org/2015/03/03/harbour-envoy-lisbon>
"""


def test_parse_markdown_article_reads_sample_shape() -> None:
    article = parse_markdown_article(MARKDOWN_SAMPLE, article_id="envoy.md")
    assert article.article_id == "envoy.md"
    assert article.title == "Harbour Republic Sends Trade Envoy to Lisbon"
    assert article.outlet == "The Coastal Ledger"
    assert article.published_at == datetime(2015, 3, 3, tzinfo=UTC)
    assert article.url == "https://news.example.org/2015/03/03/harbour-envoy-lisbon"
    assert article.text.split("\n\n") == [
        "A cargo crane stands idle at the northern pier.",
        "The Harbour Republic will send its deputy trade minister to Lisbon next week, "
        "the government press office said on Tuesday.",
        "Officials said the envoy would meet Portuguese ministers in Lisbon on Thursday, "
        "before travelling on to Porto for talks.",
    ]


@pytest.mark.parametrize(
    ("text", "title", "outlet", "published", "url", "body"),
    [
        (
            "# Talks resume\nBy Coastal Ledger staff\n2015-03-03\n\nThe talks resumed.\n",
            "Talks resume",
            "Coastal Ledger staff",
            datetime(2015, 3, 3, tzinfo=UTC),
            None,
            "The talks resumed.",
        ),
        (
            "The talks resumed.\n\nNobody spoke.",
            None,
            None,
            None,
            None,
            "The talks resumed.\n\nNobody spoke.",
        ),
        (
            "By noon the crowd had left.\n",
            None,
            None,
            None,
            None,
            "By noon the crowd had left.",
        ),
        (
            "# Only a title\n\nOriginal url: <https://example.org/x>\n",
            "Only a title",
            None,
            None,
            "https://example.org/x",
            "",
        ),
        (
            "# T\r\n\r\nMay 2, 2019\r\n\r\nText ![photo](a.jpg) here.\r\n",
            "T",
            None,
            datetime(2019, 5, 2, tzinfo=UTC),
            None,
            "Text here.",
        ),
    ],
)
def test_parse_markdown_article_variants(
    text: str,
    title: str | None,
    outlet: str | None,
    published: datetime | None,
    url: str | None,
    body: str,
) -> None:
    article = parse_markdown_article(text, article_id="a.md")
    assert (article.title, article.outlet, article.published_at, article.url, article.text) == (
        title,
        outlet,
        published,
        url,
        body,
    )


HTML_PAGE = """<!doctype html>
<html><head>
<title>Envoy to visit Lisbon</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2015-03-03T09:00:00Z">
<link rel="canonical" href="https://news.example.org/envoy-lisbon">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Envoy to visit Lisbon</h1>
<p>The Harbour Republic will send its deputy trade minister to Lisbon next week, the
government press office said on Tuesday.</p>
<p>The envoy is expected to discuss port fees and fishing quotas with Portuguese officials
before returning home at the end of the month.</p>
</article>
<footer>Copyright notice and cookie banner text</footer>
</body></html>"""


def test_parse_html_article_extracts_text_and_metadata() -> None:
    article = parse_html_article(HTML_PAGE, article_id="page.html")
    assert isinstance(article, Article)
    assert article.title == "Envoy to visit Lisbon"
    assert article.outlet == "The Coastal Ledger"
    assert article.url == "https://news.example.org/envoy-lisbon"
    assert article.published_at == datetime(2015, 3, 3, tzinfo=UTC)
    assert article.text.startswith("The Harbour Republic will send")
    assert "fishing quotas" in article.text
    assert "Home" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<<<>>>",
        "<html></html>",
        "<html><head><script>var a = 1;</script></head><body></body></html>",
        "\x01\x02 not really markup",
        "<html><body><div><div><div>" * 50,
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>",
    ],
)
def test_parse_html_article_broken_html_is_rejected_not_raised(html: str) -> None:
    result = parse_html_article(html, article_id="bad.html")
    if isinstance(result, Rejection):
        assert result.reason == "R-INGEST-HTML"
        assert result.stage == "ingest"
        assert result.source == "bad.html"
    else:
        assert result.text.strip()


def test_parse_html_article_unclosed_tags_still_give_text() -> None:
    html = "<html><body><p>Rebels shelled the border town overnight, officials said"
    result = parse_html_article(html, article_id="open.html")
    assert isinstance(result, Article)
    assert "Rebels shelled the border town" in result.text


def _line(**record: object) -> str:
    return json.dumps(record) + "\n"


JSONL_LINES = [
    _line(id="a1", text="Rebels attacked the town.", title="Attack", published="2020-02-25"),
    "\n",
    "this is not json\n",
    _line(id="a3", title="No body"),
    _line(id="a4", text="   "),
    _line(id="a5", text="Police detained a reporter.", published="last week"),
    "[1, 2, 3]\n",
    _line(text="Ministers met in Oslo.", date="2019-04-10", source="The Guardian"),
    _line(id=7, text="Troops withdrew from the valley.", title=12),
    _line(id="a9", text=42),
    "   \n",
    _line(id="a11", text="Talks ended.", url="https://example.org/t", outlet="Wire"),
]


@pytest.mark.parametrize(
    ("index", "kind", "expected_source", "check"),
    [
        (0, "R-OK", "in.jsonl:1", {"article_id": "a1", "title": "Attack"}),
        (1, "R-INGEST-JSON", "in.jsonl:3", {}),
        (2, "R-INGEST-NO-TEXT", "in.jsonl:4", {"article_id": "a3"}),
        (3, "R-INGEST-NO-TEXT", "in.jsonl:5", {"article_id": "a4"}),
        (4, "R-INGEST-FIELD", "in.jsonl:6", {"article_id": "a5"}),
        (5, "R-INGEST-JSON", "in.jsonl:7", {}),
        (6, "R-OK", "in.jsonl:8", {"article_id": "in.jsonl:8", "outlet": "The Guardian"}),
        (7, "R-INGEST-FIELD", "in.jsonl:9", {"article_id": "7"}),
        (8, "R-INGEST-FIELD", "in.jsonl:10", {"article_id": "a9"}),
        (9, "R-OK", "in.jsonl:12", {"url": "https://example.org/t", "outlet": "Wire"}),
    ],
)
def test_parse_jsonl_mixed_lines(
    index: int, kind: str, expected_source: str, check: dict[str, str]
) -> None:
    items = list(parse_jsonl(JSONL_LINES, source="in.jsonl", settings=SETTINGS))
    assert len(items) == 10
    item = items[index]
    assert item.source == expected_source
    if kind == "R-OK":
        assert isinstance(item, Article)
        assert item.text.strip()
    else:
        assert isinstance(item, Rejection)
        assert item.reason == kind
        assert item.stage == "ingest"
        assert "\n" not in item.detail
    for name, value in check.items():
        assert getattr(item, name) == value


def test_parse_jsonl_date_alias_and_published() -> None:
    items = list(parse_jsonl(JSONL_LINES, source="in.jsonl", settings=SETTINGS))
    assert items[0].published_at == datetime(2020, 2, 25, tzinfo=UTC)
    assert items[6].published_at == datetime(2019, 4, 10, tzinfo=UTC)
    assert "last week" in items[4].detail


def test_parse_jsonl_rejects_long_line_and_goes_on() -> None:
    settings = Settings(max_input_bytes=100)
    lines = [_line(id="big", text="word " * 50), _line(id="ok", text="Short text.")]
    items = list(parse_jsonl(lines, source="s.jsonl", settings=settings))
    assert [getattr(i, "reason", "article") for i in items] == ["R-INGEST-TOO-LARGE", "article"]
    assert items[0].source == "s.jsonl:1"


def test_parse_jsonl_rejects_undecodable_surrogates() -> None:
    line = '{"id": "x", "text": "bad \udce9 byte"}\n'
    (item,) = parse_jsonl([line], source="s.jsonl", settings=SETTINGS)
    assert item.reason == "R-INGEST-ENCODING"


@pytest.mark.parametrize("lines", [[], ["\n", "  \n"]])
def test_parse_jsonl_without_records_is_empty(lines: list[str]) -> None:
    (item,) = parse_jsonl(lines, source="e.jsonl", settings=SETTINGS)
    assert item.reason == "R-INGEST-EMPTY"


def test_parse_jsonl_streams() -> None:
    endless = itertools.repeat(_line(id="x", text="The army withdrew."))
    first = list(itertools.islice(parse_jsonl(endless, source="s", settings=SETTINGS), 3))
    assert [a.source for a in first] == ["s:1", "s:2", "s:3"]


def test_parse_jsonl_deep_nesting_is_rejected() -> None:
    (item,) = parse_jsonl(["[" * 100_000 + "\n"], source="d.jsonl", settings=SETTINGS)
    assert item.reason == "R-INGEST-JSON"
