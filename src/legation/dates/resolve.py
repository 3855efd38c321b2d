"""Resolve the date of an event from its sentence, anchored on the publication date.

Rules (anchor = publication date; "past" also covers the present tense):

* weekday ("on Monday", "Friday's meeting"): past -> the latest such day on or
  before the anchor (the same day counts); future -> the next such day strictly
  after it. "last Friday" is always strictly before, "next Tuesday" strictly after.
* "today", "tonight", "this morning" -> the anchor; "yesterday", "last night" -> the
  day before; "tomorrow" -> the day after (day precision).
* "this week" -> the anchor (day precision). "last week" / "next week" -> the month
  of the anchor minus / plus seven days (month precision, reason "approximate"): a
  week cannot be written as a day, and picking one would invent precision.
* "last/this/next month", "earlier this month" -> month; "last/this/next year" -> year.
* a month without a year ("in October"): past -> the latest such month on or before
  the anchor's month (the same month counts); future -> the first on or after it.
  A month with a year ("October 2013", "October last year") is that month.
* a month and day without a year ("Feb. 17", "17 February"): past -> the latest
  such date on or before the anchor; future -> the first on or after it (the same
  day counts: "will sign on Nov. 14" published on Nov. 14 means that day).
* a full date ("Feb. 17, 2014", "2014-02-17") -> that day; a year ("in 2013") ->
  that year, if it lies between 1700 and ten years after the anchor.
* "N days/weeks ago" -> day; "N months ago" -> month; "N years ago" -> year.
* "April 13 of that year", "in May the same year" -> that day or month of the year the
  article last named, when the caller passes it (``story_year``).

A clause in the present perfect ("has apologised") takes no time counted back from the
anchor ("yesterday", "last week", "two days ago"): English does not join the two, so such
words date something else in the clause ("for a violation last week").

When several expressions lie in the event's clause, the most precise wins (day >
month > year); among equals a calendar expression ("Nov. 17") beats a relative one
("Monday"), then the one nearest the start of the clause. With no usable expression
the date falls back to the publication date (day precision) and ``reason`` says why.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from legation.dates.expressions import YEAR_MIN, TemporalExpression, find_temporal_expressions

Precision = Literal["day", "month", "year"]
Tense = Literal["past", "present", "future"]
_PRECISION_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}
_YEARS_AHEAD = 10


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """The date of an event and where it came from.

    ``date`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" to match ``precision``; it is
    ``None`` only when there is no publication date and no absolute date in the text.
    ``expression`` holds the words that gave the date; ``reason`` says why the date
    fell back or is approximate (``None`` when the text gave it plainly).
    """

    date: str | None
    precision: Precision | None
    source: Literal["text", "publication"] | None
    expression: str | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class _Value:
    date: str
    precision: Precision
    reason: str | None = None


def resolve_date(
    text: str,
    *,
    published: date | None,
    tense: Tense,
    scope: tuple[int, int] | None = None,
    headline: bool = False,
    perfect: bool = False,
    story_year: int | None = None,
) -> ResolvedDate:
    """Resolve the date of the event told in ``text`` (one sentence).

    Example:
        >>> when = resolve_date("Choe would visit Moscow on Monday",
        ...                     published=date(2014, 11, 14), tense="future")
        >>> when.date, when.precision, when.source, when.expression
        ('2014-11-17', 'day', 'text', 'on Monday')

    Args:
        text: the sentence.
        published: the article's publication date, the anchor of relative expressions.
        tense: the event's tense from the coder ("future" for will/would/is to/plans to).
        scope: character range of the event's own clause; only expressions ending
            inside it count. ``None`` means the whole sentence.
        headline: the sentence is a headline, where the present tense tells the past.
        perfect: the event's clause is in the present perfect, which takes no past time
            said from the anchor ("has apologised for a violation last week": the week is
            the violation's); "yesterday", "last week" and "N days ago" are then left out.
        story_year: the year the article last named, which "that year" and "the same
            year" refer to ("protests broke out on April 13 of that year"); without it
            such a date is read as if the year were not said.

    Returns:
        The resolved date; the publication date (source "publication") with a
        ``reason`` when the clause holds no usable expression.
    """
    if headline and tense == "present":
        tense = "past"
    expressions = find_temporal_expressions(text)
    lo, hi = scope if scope is not None else (0, len(text))
    inside = [e for e in expressions if lo < e.end <= hi and not (perfect and _past_deictic(e))]
    where = "the event's clause" if scope is not None else "the sentence"

    resolved: list[tuple[TemporalExpression, _Value]] = []
    for expr in inside:
        if expr.story_year and story_year is not None:
            expr = replace(expr, kind="date" if expr.kind == "month_day" else expr.kind, year=story_year)
        value = _resolve_expression(expr, published=published, tense=tense)
        if value is not None:
            resolved.append((expr, value))
    if resolved:
        expr, value = min(
            resolved,
            key=lambda pair: (
                _PRECISION_RANK[pair[1].precision],
                0 if pair[0].is_calendar else 1,
                pair[0].start,
            ),
        )
        return ResolvedDate(value.date, value.precision, "text", expr.text, value.reason)

    if inside:
        reason = (
            f"no publication date to anchor {inside[0].text!r}"
            if published is None
            else f"temporal expression {inside[0].text!r} in {where} could not be resolved"
        )
    elif expressions:
        outside = ", ".join(repr(e.text) for e in expressions)
        reason = f"no temporal expression in {where} ({outside} lies outside it)"
    else:
        reason = f"no temporal expression in {where}"
    if published is None:
        return ResolvedDate(None, None, None, None, reason + "; no publication date")
    return ResolvedDate(published.isoformat(), "day", "publication", None, reason)


def _past_deictic(expr: TemporalExpression) -> bool:
    """Whether ``expr`` counts back from the anchor ("yesterday", "last week", "two days ago")."""
    return expr.kind in ("relative", "ago") and expr.amount is not None and expr.amount < 0


def _resolve_expression(
    expr: TemporalExpression, *, published: date | None, tense: Tense
) -> _Value | None:
    future = tense == "future"
    if expr.kind == "date":
        assert expr.year is not None and expr.month is not None and expr.day is not None
        day = _make_date(expr.year, expr.month, expr.day)
        return _Value(day.isoformat(), "day") if day and _year_ok(expr.year, published) else None
    if expr.kind == "year":
        assert expr.year is not None
        return _Value(f"{expr.year:04d}", "year") if _year_ok(expr.year, published) else None
    if expr.kind == "month" and expr.year is not None:
        assert expr.month is not None
        ok = _year_ok(expr.year, published)
        return _Value(f"{expr.year:04d}-{expr.month:02d}", "month") if ok else None
    if published is None:
        return None  # everything below is relative to the anchor
    if expr.kind == "month":
        assert expr.month is not None
        return _Value(_month_of(expr, published=published, future=future), "month")
    if expr.kind == "month_day":
        day = _month_day_of(expr, published=published, future=future)
        return _Value(day.isoformat(), "day") if day else None
    if expr.kind == "weekday":
        return _Value(_weekday_of(expr, published=published, future=future).isoformat(), "day")
    if expr.kind in ("relative", "ago"):
        return _relative_of(expr, published=published)
    raise AssertionError(f"unhandled expression kind {expr.kind!r}")


def _year_ok(year: int, published: date | None) -> bool:
    latest = published.year + _YEARS_AHEAD if published else 2100
    return YEAR_MIN <= year <= latest


def _make_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _month_of(expr: TemporalExpression, *, published: date, future: bool) -> str:
    assert expr.month is not None
    if expr.year_offset is not None:
        year = published.year + expr.year_offset
    elif expr.direction == "last" or (expr.direction is None and not future):
        year = published.year if expr.month <= published.month else published.year - 1
        if expr.direction == "last" and expr.month == published.month:
            year -= 1  # "last November" said in November: a year ago
    else:
        year = published.year if expr.month >= published.month else published.year + 1
        if expr.direction == "next" and expr.month == published.month:
            year += 1
    return f"{year:04d}-{expr.month:02d}"


def _month_day_of(expr: TemporalExpression, *, published: date, future: bool) -> date | None:
    assert expr.month is not None and expr.day is not None
    if expr.year_offset is not None:
        return _make_date(published.year + expr.year_offset, expr.month, expr.day)
    # Try this year and its neighbours (Feb. 29 exists only in some of them).
    options = [
        d
        for y in range(published.year - 4, published.year + 5)
        if (d := _make_date(y, expr.month, expr.day)) is not None
    ]
    if future:
        after = [d for d in options if d >= published]
        return min(after) if after else None
    before = [d for d in options if d <= published]
    return max(before) if before else None


def _weekday_of(expr: TemporalExpression, *, published: date, future: bool) -> date:
    assert expr.weekday is not None
    back = (published.weekday() - expr.weekday) % 7  # 0..6 days back to that weekday
    ahead = (expr.weekday - published.weekday()) % 7 or 7  # 1..7 days ahead
    if expr.direction == "last":
        return published - timedelta(days=back or 7)
    if expr.direction == "next" or future:
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _relative_of(expr: TemporalExpression, *, published: date) -> _Value:
    assert expr.amount is not None and expr.unit is not None
    amount, unit = expr.amount, expr.unit
    if unit == "day":
        return _Value((published + timedelta(days=amount)).isoformat(), "day")
    if unit == "week":
        shifted = published + timedelta(weeks=amount)
        if expr.kind == "ago" or amount == 0:
            return _Value(shifted.isoformat(), "day")
        return _Value(
            shifted.strftime("%Y-%m"),
            "month",
            f"approximate: {expr.text!r} given as the month of the anchor {amount:+d} week(s)",
        )
    if unit == "month":
        return _Value((published + relativedelta(months=amount)).strftime("%Y-%m"), "month")
    return _Value(f"{published.year + amount:04d}", "year")


NARRATIVE_DAYS = 14


def resolve_narrative_date(text: str, *, published: date | None) -> ResolvedDate | None:
    """Return the day a sentence sets for the story, or ``None`` when it sets none.

    A news narrative names the day once and then goes on without repeating it ("On
    Saturday, the king told Chavez to shut up. The remark ended the meeting."). This is
    the day a later sentence with no date of its own may inherit: a past day (the same
    day counts) at most two weeks before publication, given to the day.

    Example:
        >>> resolve_narrative_date("On Saturday the talks collapsed.",
        ...                        published=date(2007, 11, 12)).date
        '2007-11-10'
    """
    if published is None:
        return None
    return narrative_day(resolve_date(text, published=published, tense="past"), published=published)


def narrative_day(found: ResolvedDate, *, published: date) -> ResolvedDate | None:
    """Return ``found`` (a sentence's date, read in the past tense) when it is a day a later
    undated sentence may inherit (see :func:`resolve_narrative_date`), else ``None``."""
    if found.source != "text" or found.precision != "day" or found.date is None:
        return None
    day = date.fromisoformat(found.date)
    if not published - timedelta(days=NARRATIVE_DAYS) <= day <= published:
        return None
    return found


def carry_date(earlier: ResolvedDate, *, why: str) -> ResolvedDate:
    """Return ``earlier`` as the date of an event whose own clause gives none."""
    return ResolvedDate(earlier.date, earlier.precision, "text", earlier.expression, why)
