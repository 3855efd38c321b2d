"""Readers: turn files, folders, JSONL and stdin into Articles or Rejections.

>>> from legation.settings import Settings
>>> items = list(read_inputs(["news/"], settings=Settings()))  # doctest: +SKIP
"""

from legation.ingest.formats import (
    parse_html_article,
    parse_jsonl,
    parse_markdown_article,
    parse_published,
)
from legation.ingest.language import check_language, detect_language
from legation.ingest.readers import EXTENSIONS, read_inputs, read_path

__all__ = [
    "EXTENSIONS",
    "check_language",
    "detect_language",
    "parse_html_article",
    "parse_jsonl",
    "parse_markdown_article",
    "parse_published",
    "read_inputs",
    "read_path",
]
