"""Read files, folders and stdin into Articles, turning every bad input into a Rejection.

A bad input never raises: it becomes one :class:`~legation.records.Rejection` with a
reason code from :data:`legation.errors.REASONS`, and reading goes on with the next one.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from legation.ingest.formats import (
    check_line,
    parse_html_article,
    parse_markdown_article,
    parse_numbered_lines,
    reject,
    reject_long_line,
)
from legation.ingest.language import check_language, detect_language
from legation.records import Article, Rejection
from legation.settings import Settings

logger = logging.getLogger(__name__)

STDIN = "-"
STDIN_SOURCE = "<stdin>"

_TEXT = "text"
_MARKDOWN = "markdown"
_HTML = "html"
_JSONL = "jsonl"
EXTENSIONS: dict[str, str] = {
    ".txt": _TEXT,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".html": _HTML,
    ".htm": _HTML,
    ".jsonl": _JSONL,
}

_SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newline, form feed, carriage return, escape)
# above which the head of a file is taken for binary data.
_BINARY_SHARE = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\f\r\b\x1b")


def read_inputs(
    inputs: Sequence[str], *, settings: Settings, stdin: TextIO | None = None
) -> Iterator[Article | Rejection]:
    """Read every input named on a command line, in order.

    Each input is a file, a folder (read recursively) or ``-`` for standard input
    (plain text, or JSONL when the first non-blank character is ``{``).

    Example: ``read_inputs(["news/", "extra.jsonl", "-"], settings=Settings())`` yields
    one Article or Rejection per file, record or line.

    Args:
        inputs: paths as the user gave them, or ``"-"``.
        settings: ``max_input_bytes`` and ``require_english`` are used.
        stdin: stream to read for ``-`` (defaults to ``sys.stdin``).
    """
    counts = {"articles": 0, "rejections": 0}
    for name in inputs:
        if name == STDIN:
            items = _read_stdin(stdin if stdin is not None else sys.stdin, settings=settings)
        else:
            items = read_path(Path(name), settings=settings)
        for item in items:
            counts["rejections" if isinstance(item, Rejection) else "articles"] += 1
            yield item
    logger.info(
        "read %s input(s): %s article(s), %s rejection(s)",
        len(inputs),
        counts["articles"],
        counts["rejections"],
    )


def read_path(path: Path, *, settings: Settings) -> Iterator[Article | Rejection]:
    """Read one file, or every readable file under a folder (sorted, recursive).

    In a folder, hidden files and folders and files with other extensions are skipped
    silently; a file named directly with an unknown extension is rejected
    (``R-INGEST-EXTENSION``). Symbolic links to folders are not followed.

    Example: ``read_path(Path("news/2014-11-14.md"), settings=Settings())`` yields one
    Article with the title, outlet, date and URL of the Markdown header.

    Args:
        path: a file or folder; its string form becomes ``Article.source`` (and the
            article id of files other than JSONL).
        settings: ``max_input_bytes`` and ``require_english`` are used.
    """
    if path.is_dir():
        yield from _read_folder(path, settings=settings)
        return
    if not path.exists():
        yield reject(
            "R-INGEST-NOT-FOUND",
            "no such file or folder; check the path",
            source=str(path),
        )
        return
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(EXTENSIONS)
        yield reject(
            "R-INGEST-EXTENSION",
            f"unknown file extension {path.suffix or '(none)'!r}; "
            f"Legation reads {known}: rename the file or convert it",
            source=str(path),
        )
        return
    yield from _read_file(path, kind=kind, settings=settings)


def _read_folder(folder: Path, *, settings: Settings) -> Iterator[Article | Rejection]:
    found = False
    for path in _walk(folder):
        found = True
        yield from _read_file(path, kind=EXTENSIONS[path.suffix.lower()], settings=settings)
    if not found:
        yield reject(
            "R-INGEST-EMPTY",
            f"the folder holds no {', '.join(EXTENSIONS)} files; check the path",
            source=str(folder),
        )


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        logger.warning("cannot list folder %s: %s", folder, err.strerror or err)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.is_file() and entry.suffix.lower() in EXTENSIONS:
            yield entry


def _read_file(path: Path, *, kind: str, settings: Settings) -> Iterator[Article | Rejection]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        yield _unreadable(source, err)
        return
    limit = settings.max_input_bytes
    if kind != _JSONL and size > limit:
        yield reject(
            "R-INGEST-TOO-LARGE",
            f"the file has {size} bytes, more than max_input_bytes ({limit}); "
            "split it or raise max_input_bytes",
            source=source,
        )
        return
    if kind == _JSONL:
        yield from _read_jsonl_file(path, settings=settings)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield _unreadable(source, err)
        return
    text_or_rejection = _decode(data, source=source)
    if isinstance(text_or_rejection, Rejection):
        yield text_or_rejection
        return
    parse = _PARSERS[kind]
    yield _finish(parse(text_or_rejection, source), settings=settings)


def _parse_text(text: str, source: str) -> Article:
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return Article(article_id=source, text=body)


def _parse_markdown(text: str, source: str) -> Article:
    return parse_markdown_article(text, article_id=source)


def _parse_html(text: str, source: str) -> Article | Rejection:
    return parse_html_article(text, article_id=source)


_PARSERS: dict[str, Callable[[str, str], Article | Rejection]] = {
    _TEXT: _parse_text,
    _MARKDOWN: _parse_markdown,
    _HTML: _parse_html,
}


def _finish(item: Article | Rejection, *, settings: Settings) -> Article | Rejection:
    """Stamp ``source``, reject empty text, then check (or just record) the language."""
    if isinstance(item, Rejection):
        return item
    article = item if item.source else dataclasses.replace(item, source=item.article_id)
    if not article.text.strip():
        return reject(
            "R-INGEST-EMPTY",
            "the input holds no article text; check that the right file was given",
            source=article.source,
            article_id=article.article_id,
        )
    if settings.require_english:
        return check_language(article)
    language, _ = detect_language(
        f"{article.title}\n{article.text}" if article.title else article.text
    )
    return dataclasses.replace(article, language=language)


def _unreadable(source: str, err: OSError) -> Rejection:
    return reject(
        "R-INGEST-NOT-FOUND",
        f"the file cannot be read ({err.strerror or err}); check its permissions",
        source=source,
    )


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for byte in head if (byte < 32 and byte not in _TEXT_CONTROLS) or byte == 127)
    return controls / len(head) > _BINARY_SHARE


def _binary(source: str) -> Rejection:
    return reject(
        "R-INGEST-BINARY",
        "the file is binary data, not text; export the article as UTF-8 text, "
        "Markdown, HTML or JSONL",
        source=source,
    )


def _decode(data: bytes, *, source: str) -> str | Rejection:
    if _looks_binary(data[:_SNIFF_BYTES]):
        return _binary(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return _encoding_problem(source, err)
    if not text.strip():
        return reject(
            "R-INGEST-EMPTY",
            "the file is empty or holds only whitespace; check that the right file was given",
            source=source,
        )
    return text


def _encoding_problem(source: str, err: UnicodeDecodeError, *, offset: int = 0) -> Rejection:
    bad = err.object[err.start : err.start + 1].hex()
    return reject(
        "R-INGEST-ENCODING",
        f"not valid UTF-8: byte 0x{bad} at offset {offset + err.start} cannot be decoded; "
        "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        source=source,
    )


def _read_jsonl_file(path: Path, *, settings: Settings) -> Iterator[Article | Rejection]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _unreadable(source, err)
        return
    with handle:
        if _looks_binary(handle.read(_SNIFF_BYTES)):
            yield _binary(source)
            return
        handle.seek(0)
        lines = _read_jsonl_lines(handle, source=source, limit=settings.max_input_bytes)
        for item in parse_numbered_lines(lines, source=source):
            yield _finish(item, settings=settings)


def _read_jsonl_lines(
    handle: BinaryIO, *, source: str, limit: int
) -> Iterator[tuple[int, str | Rejection]]:
    """Yield ``(line number, text)``; a line over ``limit`` bytes is skipped, never held whole."""
    offset = 0
    for lineno in itertools.count(1):
        raw = handle.readline(limit + 1)
        if not raw:
            return
        where = f"{source}:{lineno}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            skipped = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
                skipped += len(raw)
            offset += skipped
            yield lineno, reject_long_line(where, limit=limit)
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield lineno, _encoding_problem(where, err, offset=offset)
        else:
            yield lineno, line
        offset += len(raw)


def _read_stdin(stream: TextIO, *, settings: Settings) -> Iterator[Article | Rejection]:
    limit = settings.max_input_bytes
    try:
        prefix = _read_blank_prefix(stream)
    except UnicodeDecodeError as err:
        yield _stdin_encoding(err)
        return
    if prefix.lstrip().startswith("{"):
        # Blank lines before the first record still count in the line numbers.
        skipped = prefix.count("\n")
        first = prefix[prefix.rfind("\n") + 1 :]
        numbered = _stdin_lines(stream, first, limit=limit, start=skipped + 1)
        for item in parse_numbered_lines(numbered, source=STDIN_SOURCE):
            yield _finish(item, settings=settings)
        return
    try:
        text = prefix + stream.read(limit + 1)
    except UnicodeDecodeError as err:
        yield _stdin_encoding(err)
        return
    checked = check_line(text, where=STDIN_SOURCE, limit=limit)
    if isinstance(checked, Rejection):
        yield checked
        return
    if not text.strip():
        yield reject(
            "R-INGEST-EMPTY",
            "standard input is empty; pipe an article into it",
            source=STDIN_SOURCE,
        )
        return
    yield _finish(_parse_text(text.lstrip("\ufeff"), STDIN_SOURCE), settings=settings)


def _read_blank_prefix(stream: TextIO) -> str:
    """Read up to and including the first non-blank character (or to the end)."""
    chars: list[str] = []
    while True:
        char = stream.read(1)
        chars.append(char)
        if not char or not (char.isspace() or char == "\ufeff"):
            return "".join(chars).lstrip("\ufeff")


def _stdin_lines(
    stream: TextIO, first: str, *, limit: int, start: int
) -> Iterator[tuple[int, str | Rejection]]:
    """Like ``_read_jsonl_lines`` for a text stream: a too-long line is skipped, not held."""
    for lineno in itertools.count(start):
        where = f"{STDIN_SOURCE}:{lineno}"
        try:
            line = stream.readline(limit + 1)
        except UnicodeDecodeError as err:
            yield lineno, _stdin_encoding(err, where=where)
            return
        line, first = first + line, ""
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            _skip_rest_of_line(stream)
            yield lineno, reject_long_line(where, limit=limit)
        else:
            yield lineno, check_line(line, where=where, limit=limit)


def _skip_rest_of_line(stream: TextIO) -> None:
    chunk = "-"
    while chunk and not chunk.endswith("\n"):
        chunk = stream.readline(1 << 20)


def _stdin_encoding(err: UnicodeDecodeError, *, where: str = STDIN_SOURCE) -> Rejection:
    return reject(
        "R-INGEST-ENCODING",
        f"standard input is not valid UTF-8 ({err.reason} at byte {err.start} of the "
        "failing chunk); convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        source=where,
    )
