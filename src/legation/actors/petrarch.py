"""Parse PETRARCH/TABARI actor and agent dictionaries into plain records.

Used by the importer (shipped knowledge base) and by the loader (user ``.txt``
dictionaries named in ``settings.actor_files``). Format notes:
``PETRARCH2_dictionary_formats.rst`` in the Phoenix dictionaries.

Actor record::

    BARACK_OBAMA
    +PRESIDENT_OBAMA_
        [USAELI 780101-000101]
        [USAGOV >090120]

Agent record: ``FOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOV]``.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date

logger = logging.getLogger(__name__)

_BRACKET_RE = re.compile(r"\[([A-Za-z~]+)\s*([^\]]*)\]")
_AGENT_RE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_MACRO_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_PAREN_RE = re.compile(r"\([^)]*\)")
# Two-digit years below this are 20xx, others 19xx: the Phoenix files stop in 2017 and
# their earliest two-digit years are 1931 (no 15-30 occurs), so 30 separates them cleanly.
_CENTURY_PIVOT = 30


@dataclass(frozen=True, slots=True)
class CodeSpan:
    """One CAMEO code with its optional validity interval (inclusive)."""

    code: str
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor-dictionary record: primary phrase, synonyms and codes."""

    primary: str
    synonyms: tuple[str, ...]
    codes: tuple[CodeSpan, ...]
    line: int


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One agent-dictionary record with its generated surface forms."""

    phrase: str
    forms: tuple[str, ...]
    code: str
    line: int


def clean_phrase(raw: str) -> str | None:
    """Turn a dictionary phrase into words: ``"MR._OBAMA_"`` -> ``"mr. obama"``.

    Returns ``None`` for phrases that cannot be names (commas, stray brackets, empty).
    """
    text = _PAREN_RE.sub(" ", raw.replace("\x00", ""))
    text = text.replace("_", " ").strip().strip("+").strip()
    if not text or any(ch in text for ch in ",()[]{}+~<>|") or text.startswith("#"):
        return None
    return " ".join(text.lower().split())


def parse_date(raw: str) -> date | None:
    """Parse ``YYMMDD`` or ``YYYYMMDD`` (an impossible day is clamped to the month's end).

    >>> parse_date("090120")
    datetime.date(2009, 1, 20)
    >>> parse_date("780101")
    datetime.date(1978, 1, 1)
    >>> parse_date("20100631")
    datetime.date(2010, 6, 30)
    """
    digits = raw.strip()
    if len(digits) == 10:  # "1920030320": a stray century prefix in the source
        digits = digits[2:]
    if not digits.isdigit() or len(digits) not in (6, 8):
        return None
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 2000 + yy if yy < _CENTURY_PIVOT else 1900 + yy
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    month = min(max(month, 1), 12)
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _parse_restriction(code: str, restriction: str) -> CodeSpan | None:
    text = restriction.strip().replace(" ", "")
    if not text:
        return CodeSpan(code)
    if text.startswith(">"):
        start = parse_date(text[1:])
        return CodeSpan(code, start, None) if start else None
    if text.startswith("<"):
        end = parse_date(text[1:])
        return CodeSpan(code, None, end) if end else None
    if "-" in text:
        left, _, right = text.partition("-")
        start, end = parse_date(left), parse_date(right)
        if start is None or end is None:
            return None
        if start > end:
            start, end = end, start
        return CodeSpan(code, start, end)
    return None


def _codes_in(text: str) -> list[CodeSpan]:
    spans = []
    for match in _BRACKET_RE.finditer(text):
        span = _parse_restriction(match.group(1).upper(), match.group(2))
        if span is not None:
            spans.append(span)
    return spans


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        pos = line.find(mark)
        if pos >= 0:
            line = line[:pos]
    return line.rstrip()


def parse_actor_dictionary(text: str) -> list[ActorRecord]:
    """Parse a PETRARCH/TABARI actor dictionary.

    Consecutive primary phrases without codes share the codes of the next record
    (PETRARCH's grouping); a blank line ends a group, so a record without any
    code is returned with an empty ``codes``.
    """
    records: list[ActorRecord] = []
    group: list[tuple[str, list[str], int]] = []
    group_codes: list[CodeSpan] = []

    def flush() -> None:
        for primary, synonyms, line in group:
            records.append(ActorRecord(primary, tuple(synonyms), tuple(group_codes), line))
        group.clear()
        group_codes.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("<!--"):
            continue
        line = _strip_comment(raw.replace("\x00", ""))
        if not line.strip():
            if not raw.strip():
                flush()
            continue
        if line.startswith("+"):
            if group:
                group[-1][1].append(line[1:].split("[")[0].strip())
            continue
        if line[0].isspace() or line.startswith("["):
            group_codes.extend(_codes_in(line))
            continue
        if group_codes:
            flush()
        primary = line.split("[")[0].strip()
        group.append((primary, [], number))
        group_codes.extend(_codes_in(line))
    flush()
    return records


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def parse_agent_dictionary(text: str) -> list[AgentRecord]:
    """Parse a PETRARCH agent dictionary, expanding ``!MACRO!`` sets and plurals.

    ``POLICE!PERSON! [~COP]`` gives policeman, policemen, ...; ``SOLDIER [~MIL]``
    gives soldier and soldiers; ``POLICE {} [~COP]`` gives no plural.
    """
    macros: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!--"):
            continue
        macro = _MACRO_RE.match(line)
        if macro:
            macros[macro.group(1)] = [p.strip() for p in macro.group(2).split(",") if p.strip()]
            continue
        match = _AGENT_RE.match(line)
        if match is None:
            logger.debug("agent line %d not understood: %r", number, line)
            continue
        phrase = match.group("phrase").strip()
        code = match.group("code").strip().strip("}").strip()
        forms: list[str] = []
        marker = next((m for m in macros if m in phrase), None)
        if marker is not None:
            for value in macros[marker]:
                cleaned = clean_phrase(phrase.replace(marker, value))
                if cleaned:
                    forms.append(cleaned)
        else:
            cleaned = clean_phrase(phrase)
            if cleaned is None:
                continue
            forms.append(cleaned)
            plural = match.group("plural")
            if plural is None:
                words = cleaned.split(" ")
                forms.append(" ".join([*words[:-1], _plural(words[-1])]))
            else:
                forms.extend(p for p in (clean_phrase(x) for x in plural.split()) if p)
        records.append(AgentRecord(phrase, tuple(dict.fromkeys(forms)), code, number))
    return records


def is_agent_dictionary(text: str) -> bool:
    """Return whether a PETRARCH ``.txt`` dictionary is an agent one (codes like ``[~GOV]``)."""
    agent = actor = 0
    for match in _BRACKET_RE.finditer(text):
        if "~" in match.group(1):
            agent += 1
        else:
            actor += 1
    return agent > actor
