"""Find temporal expressions in a sentence with regular expressions (no spaCy).

Each :class:`TemporalExpression` records what the words say ("Feb. 17" is month 2,
day 17, no year), not what date they mean: that needs the publication date and the
tense, see :func:`legation.dates.resolve_date`.

Month and weekday names must be capitalised, as English writes them, so "march"
(the verb) and "may" (the modal) are not dates; a bare "May" or "March" also needs a
preposition before it ("in May"). Four-digit years count only after a preposition
("in 2013", "since 2013") or standing alone before punctuation ("..., 2013."), so
"2013 people" is not a date. Years before 1900 count only after "in", "since", "during",
"until", "before", "after" or "throughout" ("in 1891"), so "a force of 1850" is not one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

ExpressionKind = Literal["date", "month_day", "month", "year", "weekday", "relative", "ago"]
Unit = Literal["day", "week", "month", "year"]

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
YEAR_MIN, YEAR_MAX = 1700, 2100


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A temporal expression found in a sentence.

    ``start``/``end`` are character offsets in the sentence; ``text`` includes a
    leading "on"/"in" when there is one ("on Monday"). Fields not said by the words
    are ``None``. ``direction`` is "last", "next" or "this" when the words give it
    ("last Friday"); ``amount`` counts ``unit`` from the anchor, signed ("two weeks
    ago" is -2 weeks, "tomorrow" +1 day); ``year_offset`` is the year relative to
    the anchor's ("in October last year": -1).

    Examples of ``kind``: "date" (Feb. 17, 2014; 2014-02-17), "month_day" (Feb. 17),
    "month" (in October, October 2013), "year" (in 2013), "weekday" (on Monday),
    "relative" (yesterday, last week, next year), "ago" (two days ago).
    """

    text: str
    start: int
    end: int
    kind: ExpressionKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: Literal["last", "next", "this"] | None = None
    amount: int | None = None
    unit: Unit | None = None
    year_offset: int | None = None
    story_year: bool = False  # "April 13 of that year": the year the story named last

    @property
    def is_calendar(self) -> bool:
        """Whether the words name a calendar month, day or year (not "yesterday")."""
        return self.kind in ("date", "month_day", "month", "year")


# --- pattern pieces -------------------------------------------------------------------
_LEAD = r"(?:(?P<lead>\b(?:[Oo]n|[Ii]n)\s+(?:the\s+)?))?"
_MON_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
_MON = rf"(?P<mon>{_MON_FULL}|{_MON_ABBR})(?![\w])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)(?![\w-])"
_PART = r"(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:end|beginning|middle)\s+of\s+)?"
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?:(?P<rel>last|this|next)|(?P<that>that|the\s+same))\s+year\b)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = (
    r"(?P<num>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
)
_YEAR_PREP = (
    r"(?:in|since|during|by|of|until|till|from|before|after|through|throughout|early|late|mid)"
)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], TemporalExpression | None]


def _month(match: re.Match[str]) -> int:
    return MONTHS[match["mon"].rstrip(".").lower()]


def _rel_offset(match: re.Match[str]) -> int | None:
    rel = match.groupdict().get("rel")
    return {"last": -1, "this": 0, "next": 1}[rel] if rel else None


def _that_year(match: re.Match[str]) -> bool:
    return bool(match.groupdict().get("that"))


def _expr(match: re.Match[str], kind: ExpressionKind, **fields: Any) -> TemporalExpression:
    return TemporalExpression(match.group(0), match.start(), match.end(), kind, **fields)


def _build_iso(match: re.Match[str]) -> TemporalExpression | None:
    month, day = int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _expr(match, "date", year=int(match["year"]), month=month, day=day)


def _build_full(match: re.Match[str]) -> TemporalExpression:
    return _expr(match, "date", year=int(match["year"]), month=_month(match), day=int(match["day"]))


def _build_month_day(match: re.Match[str]) -> TemporalExpression:
    return _expr(
        match,
        "month_day",
        month=_month(match),
        day=int(match["day"]),
        year_offset=_rel_offset(match),
        story_year=_that_year(match),
    )


def _build_month_year(match: re.Match[str]) -> TemporalExpression:
    return _expr(match, "month", year=int(match["year"]), month=_month(match))


def _build_month(match: re.Match[str]) -> TemporalExpression | None:
    prep = (match["prep"] or "").split()
    if match["mon"] in ("May", "March") and not prep and _rel_offset(match) is None:
        return None  # "May" the modal, "March" the noun/verb at a sentence start
    direction = prep[0].lower() if prep and prep[0].lower() in ("last", "next") else None
    return _expr(
        match,
        "month",
        month=_month(match),
        year_offset=_rel_offset(match),
        direction=direction,
        story_year=_that_year(match),
    )


def _build_year(match: re.Match[str]) -> TemporalExpression:
    return _expr(match, "year", year=int(match["year"]))


def _build_weekday(match: re.Match[str]) -> TemporalExpression:
    direction = (match["dir"] or "").lower() or None
    return _expr(
        match,
        "weekday",
        weekday=WEEKDAYS[match["wd"].lower()],
        direction=direction if direction in ("last", "next", "this") else None,
    )


_DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "tomorrow": 1,
}  # fmt: skip


def _build_day_word(match: re.Match[str]) -> TemporalExpression:
    words = " ".join(match["word"].lower().split())
    return _expr(match, "relative", amount=_DAY_WORDS[words], unit="day")


def _build_relative(match: re.Match[str]) -> TemporalExpression:
    amount = {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    unit: Unit = match["unit"].lower()  # type: ignore[assignment]
    return _expr(match, "relative", amount=amount, unit=unit)


def _build_ago(match: re.Match[str]) -> TemporalExpression:
    raw = match["num"].lower()
    number = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit: Unit = match["unit"].lower()  # type: ignore[assignment]
    return _expr(match, "ago", amount=-number, unit=unit)


def _rule(pattern: str, build: Callable[[re.Match[str]], TemporalExpression | None]) -> _Rule:
    return _Rule(re.compile(pattern), build)


_RULES: tuple[_Rule, ...] = (
    # 2014-02-17
    _rule(_LEAD + r"\b(?P<year>(?:19|20|21)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b", _build_iso),
    # Feb. 17, 2014 / February 17 2014
    _rule(_LEAD + r"\b" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR, _build_full),
    # 17 February 2014 / 17th of Feb. 2014
    _rule(_LEAD + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR, _build_full),
    # Feb. 17 / Feb. 17 last year
    _rule(_LEAD + r"\b" + _MON + r"\s+" + _DAY + _REL_YEAR + "?", _build_month_day),
    # 17 February / 17th of February last year
    _rule(_LEAD + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + _REL_YEAR + "?", _build_month_day),
    # (in) October 2013 / October of 2013 / late October 2013
    _rule(_LEAD + r"\b" + _PART + _MON + r",?\s+(?:of\s+)?" + _YEAR, _build_month_year),
    # in October / October / early October last year (full names only)
    _rule(
        r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter"
        r"|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:the\s+)?"
        r"(?:(?:end|beginning|middle)\s+of\s+)?)?"
        rf"\b(?P<mon>{_MON_FULL})\b(?!\s+\d)" + _REL_YEAR + "?",
        _build_month,
    ),
    # in 2013 / since 2013 / early 2013
    _rule(r"\b(?i:" + _YEAR_PREP + r")[\s-]+(?:the\s+year\s+)?" + _YEAR, _build_year),
    # in 1891 / since 1789: an older year only after a preposition that cannot start a count
    _rule(r"\b(?i:in|since|during|until|till|before|after|throughout)\s+(?P<year>1[78]\d\d)(?![\w-])", _build_year),
    # ..., 2013.   (a bare year right before punctuation, not after a digit or currency)
    _rule(
        r"(?<![\d$\u00a3\u20ac.,:/-])(?<![\d$\u00a3\u20ac][ ,])\b" + _YEAR + r"(?=[.,;:!?)]|$)",
        _build_year,
    ),
    # on Monday / last Friday / next Tuesday / Friday's meeting (not Good Friday)
    _rule(
        r"(?<!Good )(?<!Black )(?<!Ash )(?<!Super )(?<!Holy )(?<!Cyber )"
        r"(?:\b(?P<dir>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b" + _WEEKDAY + r"\b",
        _build_weekday,
    ),
    # today, yesterday, tomorrow, tonight, this morning, last night
    _rule(
        r"\b(?P<word>(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
        r"|last\s+night|earlier\s+today|later\s+today))\b",
        _build_day_word,
    ),
    # last week, earlier this month, next year
    _rule(
        r"\b(?i:(?:earlier|later)\s+)?(?P<rel>(?i:last|this|next))\s+"
        r"(?P<unit>(?i:week|month|year))\b",
        _build_relative,
    ),
    # two days ago, a year ago, 3 weeks ago
    _rule(r"\b" + _NUMBER + r"\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b", _build_ago),
)


# Every rule above needs a digit, a month, a weekday or one of these words; most sentences
# have none, and one search for them is much cheaper than running every rule.
_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|ago)\b",
    re.IGNORECASE,
)


def _all_matches(text: str) -> Iterator[TemporalExpression]:
    if not _HINT.search(text):
        return
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            expr = rule.build(match)
            if expr is not None and (expr.year is None or YEAR_MIN <= expr.year <= YEAR_MAX):
                yield expr


def find_temporal_expressions(text: str) -> list[TemporalExpression]:
    """Return the temporal expressions in ``text``, in order, without overlaps.

    Where two matches overlap the longer one wins ("Feb. 17, 2014" over "Feb. 17").

    Example:
        >>> found = find_temporal_expressions("Choe met Xi last year and will go on Monday.")
        >>> [e.text for e in found]
        ['last year', 'on Monday']
    """
    return list(_expressions(text))


@functools.lru_cache(maxsize=4096)
def _expressions(text: str) -> tuple[TemporalExpression, ...]:
    # The coder asks again for each event of a sentence and for the story's day.
    found = sorted(_all_matches(text), key=lambda e: (-(e.end - e.start), e.start))
    kept: list[TemporalExpression] = []
    for expr in found:
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return tuple(sorted(kept, key=lambda e: e.start))
