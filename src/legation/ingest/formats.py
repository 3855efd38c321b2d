"""Parse one input format into an :class:`~legation.records.Article` (no file I/O here).

Each parser takes text that has already been read and decoded; the byte-level checks
(size, binary, encoding) live in :mod:`legation.ingest.readers`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import trafilatura

from legation.errors import InputError, check_reason
from legation.records import Article, Rejection
from legation.settings import Settings

logger = logging.getLogger(__name__)

STAGE = "ingest"

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# "November 14, 2014", "Nov. 14 2014"
_MONTH_FIRST = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
# "14 November 2014"
_DAY_FIRST = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")

_TITLE_LINE = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_BYLINE_LINK = re.compile(r"^By\s+\[([^\]]+)\]\([^)]*\)\s*$", re.IGNORECASE)
# "By Daily Planet staff", but not a body sentence such as "By noon the crowd had left."
_BYLINE_PLAIN = re.compile(r"^By\s+(?!.*[.!?]$)((?:\S+\s+){0,4}\S+)\s*$")
_URL_LINE = re.compile(r"^Original\s+url:\s*(.*)$", re.IGNORECASE)
_ANGLE_URL = re.compile(r"<([^<>\s]+)>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SENTENCE_END = tuple(".!?:;\"')]”’»…")


def reject(
    reason: str, detail: str, *, source: str | None, article_id: str | None = None
) -> Rejection:
    """Build an ingest :class:`Rejection` with a checked reason code.

    Args:
        reason: a code from :data:`legation.errors.REASONS`, e.g. ``"R-INGEST-EMPTY"``.
        detail: one readable line saying what is wrong and what to do.
        source: where the input came from (``"a.jsonl:7"``).
        article_id: the article's id when it is known.
    """
    return Rejection(
        stage=STAGE,
        reason=check_reason(reason),
        detail=" ".join(detail.split()),
        article_id=article_id,
        source=source,
    )


def parse_published(value: str | None) -> datetime | None:
    """Parse a publication date into a timezone-aware datetime.

    Accepts ISO dates and datetimes (``"2014-11-14"``, ``"2014-11-14T08:30:00+03:00"``,
    a trailing ``Z``) and written dates (``"November 14, 2014"``, ``"Nov. 14, 2014"``,
    ``"14 November 2014"``). A value without a timezone is taken as UTC.

    >>> parse_published("November 14, 2014").isoformat()
    '2014-11-14T00:00:00+00:00'

    Args:
        value: the date as written; ``None`` or a blank string means no date.

    Returns:
        The datetime, or ``None`` when ``value`` is ``None`` or blank.

    Raises:
        InputError: when ``value`` is not a date in one of the shapes above.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    parsed = _parse_iso(text) or _parse_written(text)
    if parsed is None:
        raise InputError(
            f"cannot read {value!r} as a date; "
            "use ISO 8601 (2014-11-14 or 2014-11-14T08:30:00Z) or 'November 14, 2014'"
        )
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _parse_iso(text: str) -> datetime | None:
    if not text[:1].isdigit():
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_written(text: str) -> datetime | None:
    match = _MONTH_FIRST.match(text)
    if match:
        month_name, day, year = match.groups()
    else:
        match = _DAY_FIRST.match(text)
        if not match:
            return None
        day, month_name, year = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return datetime(int(year), month, int(day))
    except ValueError:  # "February 30, 2014"
        return None


def _try_published(text: str) -> datetime | None:
    try:
        return parse_published(text)
    except InputError:
        return None


def parse_markdown_article(text: str, *, article_id: str) -> Article:
    """Parse an article in the Markdown shape scrapers produce.

    The shape: a ``# Title`` line, a ``By [Outlet](...)`` (or ``By Outlet``) byline, a
    date line, the body in paragraphs, and a closing ``Original url:`` line with the
    address in angle brackets. Every part but the body is optional. Inline links keep
    their text, images are dropped, and a paragraph that a scraper broke mid-sentence
    (no closing punctuation, next one starts lower-case) is joined back.

    Example::

        # Envoy to visit Moscow
        By [Daily Planet](#)
        March 3, 2015
        The envoy will arrive on Monday.
        Original url:
        <https://example.org/envoy>

    gives title "Envoy to visit Moscow", outlet "Daily Planet", published 2015-03-03,
    url "https://example.org/envoy" and text "The envoy will arrive on Monday.".

    Args:
        text: the whole file, decoded.
        article_id: id to give the article (the path for files).

    Returns:
        The article; its ``text`` is empty when the file has no body.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    position = 0

    # Header: title, byline and date, in any order, before the first body line.
    while position < len(lines):
        line = lines[position].strip()
        if not line:
            position += 1
            continue
        title_match = _TITLE_LINE.match(line)
        byline = _BYLINE_LINK.match(line) or _BYLINE_PLAIN.match(line)
        date = _try_published(line) if published is None else None
        if title is None and title_match and outlet is None and published is None:
            title = title_match.group(1).strip()
        elif outlet is None and byline:
            outlet = byline.group(1).strip()
        elif date is not None:
            published = date
        else:
            break
        position += 1

    body: list[str] = []
    while position < len(lines):
        line = lines[position].strip()
        url_match = _URL_LINE.match(line)
        if url_match:
            rest = " ".join(part.strip() for part in lines[position:])
            found = _ANGLE_URL.search(rest)
            url = found.group(1) if found else (url_match.group(1).strip() or None)
            break
        body.append(line)
        position += 1

    return Article(
        article_id=article_id,
        text=_join_paragraphs(body),
        title=title,
        published_at=published,
        url=url,
        outlet=outlet,
    )


def _join_paragraphs(lines: list[str]) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
            continue
        if not current:
            continue
        paragraph = " ".join(_LINK.sub(r"\1", _IMAGE.sub("", " ".join(current))).split())
        current = []
        if not paragraph:
            continue
        # "... would visit Moscow" / "on Monday, ..." was one sentence split by the scraper.
        if paragraphs and not paragraphs[-1].endswith(_SENTENCE_END) and paragraph[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {paragraph}"
        else:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def parse_html_article(html: str, *, article_id: str) -> Article | Rejection:
    """Extract the main text and metadata of a web page with trafilatura.

    Title, publication date, canonical URL and site name come from the page's
    metadata when it has them. A leading line repeating the title is dropped from
    the text. Broken markup never raises: a page with no extractable text becomes
    an ``R-INGEST-HTML`` rejection.

    Example: ``<html><head><title>Envoy to visit Moscow</title></head><body><article>
    <p>The envoy will arrive on Monday for talks.</p></article></body></html>`` gives an
    article with that title and text.

    Args:
        html: the page, decoded.
        article_id: id to give the article (the path for files).
    """
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(document, "text", None) or ""
    if not text.strip():
        return reject(
            "R-INGEST-HTML",
            "no article text found in the HTML; check that the page holds the article "
            "itself (not a login wall or a script-only page) or save it as .txt",
            source=article_id,
            article_id=article_id,
        )
    title = _clean_optional(getattr(document, "title", None))
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if title and paragraphs and paragraphs[0] == title and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]
    published = _try_published(getattr(document, "date", None) or "")
    return Article(
        article_id=article_id,
        text="\n\n".join(paragraphs),
        title=title,
        published_at=published,
        url=_clean_optional(getattr(document, "url", None)),
        outlet=_clean_optional(getattr(document, "sitename", None)),
    )


def _clean_optional(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


def parse_jsonl(
    lines: Iterable[str], *, source: str, settings: Settings
) -> Iterator[Article | Rejection]:
    """Parse JSON Lines, one article per line, streaming.

    Each line is an object ``{"id", "text", "title"?, "published"?, "url"?, "outlet"?}``;
    ``date`` is accepted for ``published`` and ``source`` for ``outlet``. Blank lines are
    skipped. A bad line becomes a rejection with source ``"path:LINE"`` and the rest goes on:
    not a JSON object (``R-INGEST-JSON``), no text (``R-INGEST-NO-TEXT``), a field of the
    wrong type or an unreadable date (``R-INGEST-FIELD``), a line longer than
    ``settings.max_input_bytes`` (``R-INGEST-TOO-LARGE``). No line at all gives one
    ``R-INGEST-EMPTY``. Language is not checked here (see ``check_language``).

    Example: the line ``{"id": "a1", "text": "Rebels attacked the town.", "date": "2020-02-25"}``
    gives ``Article(article_id="a1", published_at=2020-02-25 00:00 UTC, ...)``.

    Args:
        lines: the lines, decoded (trailing newlines are fine).
        source: where they come from (a path), used in ``Article.source`` as ``source:LINE``.
        settings: ``max_input_bytes`` limits each line.
    """
    limit = settings.max_input_bytes
    numbered = (
        (lineno, check_line(line, where=f"{source}:{lineno}", limit=limit))
        for lineno, line in enumerate(lines, start=1)
    )
    yield from parse_numbered_lines(numbered, source=source)


_SURROGATE = re.compile("[\ud800-\udfff]")


def reject_long_line(where: str, *, limit: int) -> Rejection:
    """Return the ``R-INGEST-TOO-LARGE`` rejection of one JSONL line longer than ``limit`` bytes."""
    return reject(
        "R-INGEST-TOO-LARGE",
        f"this JSONL line has more than max_input_bytes ({limit}) bytes; "
        "split the article or raise max_input_bytes",
        source=where,
    )


def check_line(line: str, *, where: str, limit: int) -> str | Rejection:
    """Return ``line``, or a rejection when it is over ``limit`` bytes or holds undecodable bytes.

    Undecodable bytes show up as lone surrogates when a stream was opened with
    ``errors="surrogateescape"`` (Python's stdin under the C locale).
    """
    size = len(line.encode("utf-8", "surrogatepass")) if len(line) * 4 > limit else 0
    if len(line) > limit or size > limit:
        return reject_long_line(where, limit=limit)
    bad = _SURROGATE.search(line)
    if bad:
        return reject(
            "R-INGEST-ENCODING",
            f"not valid UTF-8: undecodable byte at character {bad.start()} of this line; "
            "convert the input to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
            source=where,
        )
    return line


def parse_numbered_lines(
    items: Iterable[tuple[int, str | Rejection]], *, source: str
) -> Iterator[Article | Rejection]:
    """Parse already-numbered JSONL lines; a line the reader could not use arrives as a Rejection.

    This is the engine of :func:`parse_jsonl`, shared with the file reader, which checks
    sizes and encodings itself without holding a long line in memory.
    """
    seen_any = False
    for lineno, item in items:
        if isinstance(item, Rejection):
            seen_any = True
            yield item
            continue
        if not item.strip():
            continue
        seen_any = True
        yield _parse_record(item, source=f"{source}:{lineno}")
    if not seen_any:
        yield reject(
            "R-INGEST-EMPTY",
            "the JSONL input holds no records; write one JSON object per line",
            source=source,
        )


_OPTIONAL_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)),
    ("url", ("url",)),
    ("outlet", ("outlet", "source")),
)


def _parse_record(line: str, *, source: str) -> Article | Rejection:
    try:
        record: Any = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        problem = err.msg if isinstance(err, json.JSONDecodeError) else "nested too deeply"
        return reject(
            "R-INGEST-JSON",
            f"this line is not valid JSON ({problem}); write one JSON object per line",
            source=source,
        )
    if not isinstance(record, dict):
        return reject(
            "R-INGEST-JSON",
            f"this line is a JSON {type(record).__name__}, not an object; "
            'write one object per line, e.g. {"id": "a1", "text": "..."}',
            source=source,
        )

    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        article_id = source
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return _field_problem(source, None, "id", "must be a string or an integer")

    text = record.get("text")
    if text is not None and not isinstance(text, str):
        return _field_problem(source, article_id, "text", "must be a string")
    if not text or not text.strip():
        return reject(
            "R-INGEST-NO-TEXT",
            "this record has no non-empty 'text' field; put the article body in 'text'",
            source=source,
            article_id=article_id,
        )

    values: dict[str, str | None] = {}
    for name, keys in _OPTIONAL_FIELDS:
        key = next((k for k in keys if record.get(k) is not None), keys[0])
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return _field_problem(source, article_id, key, "must be a string or null")
        values[name] = (value.strip() or None) if isinstance(value, str) else None

    date_key = "published" if record.get("published") is not None else "date"
    raw_date = record.get(date_key)
    if raw_date is not None and not isinstance(raw_date, str):
        return _field_problem(source, article_id, date_key, "must be a date string or null")
    try:
        published = parse_published(raw_date)
    except InputError as err:
        return _field_problem(source, article_id, date_key, str(err))

    return Article(
        article_id=article_id,
        text=text,
        title=values["title"],
        published_at=published,
        url=values["url"],
        outlet=values["outlet"],
        source=source,
    )


def _field_problem(source: str, article_id: str | None, key: str, problem: str) -> Rejection:
    return reject(
        "R-INGEST-FIELD",
        f"field {key!r}: {problem}; fix or remove it",
        source=source,
        article_id=article_id,
    )
