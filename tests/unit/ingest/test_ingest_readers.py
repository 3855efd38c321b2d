"""Reading files, folders and stdin: every format and every kind of bad input."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from legation.ingest import read_inputs, read_path
from legation.records import Article, Rejection
from legation.settings import Settings

SETTINGS = Settings()
FIFTY_MB = 50 * 1024 * 1024

ENGLISH = (
    "Police fired tear gas at protesters who had gathered outside the parliament on Friday, "
    "the interior ministry said."
)
FRENCH = (
    "La police a dispersé vendredi les manifestants rassemblés devant le parlement, a indiqué "
    "le ministère de l'Intérieur."
)
GERMAN = (
    "Die Polizei hat am Freitag Demonstranten vor dem Parlament mit Tränengas auseinander "
    "getrieben, teilte das Innenministerium mit."
)
MARKDOWN = (
    "# Envoy heads to Lisbon\n\nBy [The Coastal Ledger](#)\n\nMarch 3, 2015\n\n"
    "The trade minister will travel to Lisbon next week, officials said.\n\n"
    "Original url:\n\n<https://news.example.org/envoy>\n"
)
HTML = (
    "<html><head><title>Envoy heads to Lisbon</title></head><body><article>"
    "<p>The trade minister will travel to Lisbon next week for talks with the government "
    "about port fees, officials said on Tuesday.</p></article></body></html>"
)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _only(items: Iterable[Article | Rejection]) -> Article | Rejection:
    (item,) = list(items)
    return item


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", ENGLISH + "\r\n", {"text": ENGLISH, "title": None}),
        ("b.TXT", "\ufeff" + ENGLISH, {"text": ENGLISH}),
        (
            "c.md",
            MARKDOWN,
            {
                "title": "Envoy heads to Lisbon",
                "outlet": "The Coastal Ledger",
                "published_at": datetime(2015, 3, 3, tzinfo=UTC),
                "url": "https://news.example.org/envoy",
            },
        ),
        ("d.markdown", MARKDOWN, {"title": "Envoy heads to Lisbon"}),
        ("e.html", HTML, {"title": "Envoy heads to Lisbon"}),
        ("f.htm", HTML, {"title": "Envoy heads to Lisbon"}),
    ],
)
def test_read_path_reads_each_format(
    tmp_path: Path, name: str, content: str, expected: dict[str, object]
) -> None:
    path = _write(tmp_path / name, content)
    article = _only(read_path(path, settings=SETTINGS))
    assert isinstance(article, Article), article
    assert article.article_id == str(path)
    assert article.source == str(path)
    assert article.language == "en"
    for field, value in expected.items():
        assert getattr(article, field) == value


def test_read_path_reads_jsonl(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": ENGLISH, "date": "2020-02-25", "source": "Wire"}),
        "",
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"id": "r4", "text": FRENCH}),
        json.dumps({"text": ENGLISH, "published": "2020-02-26T10:00:00Z"}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path, settings=SETTINGS))
    summary = [(i.source, getattr(i, "reason", "article")) for i in items]
    assert summary == [
        (f"{path}:1", "article"),
        (f"{path}:3", "R-INGEST-JSON"),
        (f"{path}:4", "R-INGEST-NO-TEXT"),
        (f"{path}:5", "R-INGEST-LANGUAGE"),
        (f"{path}:6", "article"),
    ]
    assert items[0].article_id == "r1"
    assert items[0].outlet == "Wire"
    assert items[0].published_at == datetime(2020, 2, 25, tzinfo=UTC)
    assert items[-1].article_id == f"{path}:6"


@pytest.mark.parametrize(
    ("name", "content", "reason", "in_detail"),
    [
        ("empty.txt", "", "R-INGEST-EMPTY", "empty"),
        ("blank.txt", "  \n\t\n ", "R-INGEST-EMPTY", "whitespace"),
        ("blank.jsonl", "\n\n", "R-INGEST-EMPTY", "no records"),
        ("header-only.md", "# Title only\n\nMay 2, 2019\n", "R-INGEST-EMPTY", "no article text"),
        ("nul.txt", b"PK\x03\x04\x00\x00\x14\x00" * 100, "R-INGEST-BINARY", "binary"),
        ("ctrl.md", bytes(range(1, 9)) * 200, "R-INGEST-BINARY", "binary"),
        ("nul.jsonl", b'{"id": 1}\x00\x00\n', "R-INGEST-BINARY", "binary"),
        (
            "latin1.txt",
            "Le ministre a parl\u00e9 hier.".encode("latin-1"),
            "R-INGEST-ENCODING",
            "byte 0xe9 at offset 18",
        ),
        (
            "latin1.jsonl",
            b'{"id": "ok", "text": "fine"}\n{"id": "x", "text": "caf\xe9"}\n',
            "R-INGEST-ENCODING",
            "offset 53",
        ),
        ("page.html", "<html><body><script>x()</script></body></html>", "R-INGEST-HTML", "HTML"),
        ("french.txt", FRENCH, "R-INGEST-LANGUAGE", "'fr'"),
        ("german.md", "# Polizei\n\n" + GERMAN, "R-INGEST-LANGUAGE", "'de'"),
        ("notes.docx", "some words", "R-INGEST-EXTENSION", ".docx"),
        ("README", "some words", "R-INGEST-EXTENSION", "(none)"),
    ],
)
def test_read_path_rejects_bad_input(
    tmp_path: Path, name: str, content: str | bytes, reason: str, in_detail: str
) -> None:
    path = _write(tmp_path / name, content)
    items = list(read_path(path, settings=SETTINGS))
    rejection = items[-1]
    assert isinstance(rejection, Rejection), rejection
    assert rejection.reason == reason
    assert rejection.stage == "ingest"
    assert in_detail in rejection.detail
    assert "\n" not in rejection.detail
    assert rejection.source is not None and rejection.source.startswith(str(path))


def test_read_path_missing_file(tmp_path: Path) -> None:
    rejection = _only(read_path(tmp_path / "nowhere.txt", settings=SETTINGS))
    assert rejection.reason == "R-INGEST-NOT-FOUND"
    assert rejection.source == str(tmp_path / "nowhere.txt")


def test_read_path_default_limit_rejects_50_mb_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: all NUL bytes, so reading it would say BINARY
        handle.truncate(FIFTY_MB)
    rejection = _only(read_path(path, settings=SETTINGS))
    assert rejection.reason == "R-INGEST-TOO-LARGE"
    assert str(FIFTY_MB) in rejection.detail


def test_read_path_small_limit_rejects_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ENGLISH)
    rejection = _only(read_path(path, settings=Settings(max_input_bytes=50)))
    assert rejection.reason == "R-INGEST-TOO-LARGE"


def test_read_path_jsonl_limit_is_per_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    first = json.dumps({"id": "a", "text": ENGLISH}) + "\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(first)
        handle.write('{"id": "huge", "text": "')
        handle.write("x" * FIFTY_MB)
        handle.write('"}\n')
        handle.write(json.dumps({"id": "c", "text": ENGLISH}) + "\n")
    assert path.stat().st_size > SETTINGS.max_input_bytes
    items = list(read_path(path, settings=SETTINGS))
    assert [getattr(i, "reason", i.article_id) for i in items] == ["a", "R-INGEST-TOO-LARGE", "c"]
    assert items[1].source == f"{path}:2"
    assert items[2].source == f"{path}:3"


def test_read_path_folder_is_recursive_sorted_and_skips_noise(tmp_path: Path) -> None:
    root = tmp_path / "news"
    _write(root / "b.txt", ENGLISH)
    _write(root / "a" / "z.md", MARKDOWN)
    _write(root / "a" / "deeper" / "page.html", HTML)
    _write(root / "c" / "batch.jsonl", json.dumps({"id": "j1", "text": ENGLISH}) + "\n")
    _write(root / "c" / "image.png", b"\x89PNG\x00\x00")
    _write(root / "notes.docx", "ignored")
    _write(root / ".hidden.txt", ENGLISH)
    _write(root / ".cache" / "x.txt", ENGLISH)
    _write(root / "d" / "empty.txt", "")
    items = list(read_path(root, settings=SETTINGS))
    assert [(i.source, getattr(i, "reason", None)) for i in items] == [
        (str(root / "a" / "deeper" / "page.html"), None),
        (str(root / "a" / "z.md"), None),
        (str(root / "b.txt"), None),
        (str(root / "c" / "batch.jsonl") + ":1", None),
        (str(root / "d" / "empty.txt"), "R-INGEST-EMPTY"),
    ]


def test_read_path_folder_without_readable_files(tmp_path: Path) -> None:
    _write(tmp_path / "only.csv", "a,b\n")
    rejection = _only(read_path(tmp_path, settings=SETTINGS))
    assert rejection.reason == "R-INGEST-EMPTY"


def test_read_path_keeps_other_languages_when_not_required(tmp_path: Path) -> None:
    path = _write(tmp_path / "fr.txt", FRENCH)
    article = _only(read_path(path, settings=Settings(require_english=False)))
    assert isinstance(article, Article)
    assert article.language == "fr"


def test_read_inputs_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", ENGLISH)
    binary = _write(tmp_path / "bin.txt", b"\x00" * 64)
    names = [str(tmp_path / "missing.md"), str(binary), str(good), str(tmp_path / "x.pdf")]
    items = list(read_inputs(names, settings=SETTINGS))
    assert [getattr(i, "reason", "article") for i in items] == [
        "R-INGEST-NOT-FOUND",
        "R-INGEST-BINARY",
        "article",
        "R-INGEST-NOT-FOUND",
    ]


def test_read_inputs_unknown_extension_named_directly(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.pdf", "text")
    (item,) = read_inputs([str(path)], settings=SETTINGS)
    assert item.reason == "R-INGEST-EXTENSION"


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (ENGLISH + "\n", [("<stdin>", "article")]),
        (
            "\n  "
            + json.dumps({"id": "s1", "text": ENGLISH})
            + "\nnope\n\n"
            + json.dumps({"id": "s2", "text": GERMAN})
            + "\n",
            [
                ("<stdin>:2", "article"),
                ("<stdin>:3", "R-INGEST-JSON"),
                ("<stdin>:5", "R-INGEST-LANGUAGE"),
            ],
        ),
        ("", [("<stdin>", "R-INGEST-EMPTY")]),
        ("  \n ", [("<stdin>", "R-INGEST-EMPTY")]),
        (FRENCH, [("<stdin>", "R-INGEST-LANGUAGE")]),
    ],
)
def test_read_inputs_reads_stdin(stdin: str, expected: list[tuple[str, str]]) -> None:
    items = list(read_inputs(["-"], settings=SETTINGS, stdin=io.StringIO(stdin)))
    assert [(i.source, getattr(i, "reason", "article")) for i in items] == expected


def test_read_inputs_stdin_text_is_the_article() -> None:
    (article,) = read_inputs(["-"], settings=SETTINGS, stdin=io.StringIO("\n" + ENGLISH + "\n"))
    assert article.text == ENGLISH
    assert article.article_id == "<stdin>"


def test_read_inputs_stdin_too_large() -> None:
    settings = Settings(max_input_bytes=40)
    (item,) = read_inputs(["-"], settings=settings, stdin=io.StringIO(ENGLISH))
    assert item.reason == "R-INGEST-TOO-LARGE"


def test_read_inputs_stdin_bad_bytes() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 owners protested.\n"), encoding="utf-8")
    (item,) = read_inputs(["-"], settings=SETTINGS, stdin=stream)
    assert item.reason == "R-INGEST-ENCODING"


@pytest.mark.needs_shared
def test_read_path_reads_shared_markdown_example(shared_dir: Path) -> None:
    path = shared_dir / "examples" / "moscow-times-2014-11-14.md"
    article = _only(read_path(path, settings=SETTINGS))
    assert isinstance(article, Article)
    assert article.title is not None and article.title.startswith("North Korea's Kim Jong Un")
    assert article.outlet == "The Moscow Times"
    assert article.published_on == datetime(2014, 11, 14).date()
    assert article.url is not None
    assert article.url.startswith("https://www.themoscowtimes.com/2014/11/14/")
    assert "Original url" not in article.text
    assert article.language == "en"


def test_read_inputs_stdin_jsonl_long_line_is_skipped() -> None:
    settings = Settings(max_input_bytes=300)
    lines = [
        json.dumps({"id": "big", "text": "word " * 200}),
        json.dumps({"id": "ok", "text": ENGLISH}),
    ]
    stream = io.StringIO("\n".join(lines) + "\n")
    items = list(read_inputs(["-"], settings=settings, stdin=stream))
    assert [(i.source, getattr(i, "reason", "article")) for i in items] == [
        ("<stdin>:1", "R-INGEST-TOO-LARGE"),
        ("<stdin>:2", "article"),
    ]
