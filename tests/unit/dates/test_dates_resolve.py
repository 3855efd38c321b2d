"""Tests for legation.dates.resolve_date (no model, no ../shared)."""

from __future__ import annotations

from datetime import date

import pytest

from legation.dates import ResolvedDate, resolve_date

FRIDAY = date(2014, 11, 14)  # the anchor of the table below is a Friday

# sentence, tense, expected date, precision, source
CASES = [
    ("Choe would visit Moscow on Monday", "future", "2014-11-17", "day", "text"),
    ("Choe met Xi Jinping last year", "past", "2013", "year", "text"),
    ("He made a surprise trip to South Korea in October", "past", "2014-10", "month", "text"),
    ("A UN inquiry concluded in a Feb. 17 report", "past", "2014-02-17", "day", "text"),
    ("The claim was repeated, state media said Friday", "past", "2014-11-14", "day", "text"),
    (
        "He will tour the region before ending his trip on Nov. 24",
        "future",
        "2014-11-24",
        "day",
        "text",
    ),
    ("The talks resumed on Monday", "past", "2014-11-10", "day", "text"),
    ("Negotiators meet on Monday", "present", "2014-11-10", "day", "text"),
    ("Officials will meet on Friday", "future", "2014-11-21", "day", "text"),
    ("He met the envoy on Saturday", "past", "2014-11-08", "day", "text"),
    ("The minister arrived last Friday", "past", "2014-11-07", "day", "text"),
    ("The envoy leaves next Tuesday", "future", "2014-11-18", "day", "text"),
    ("Friday's meeting ended without a deal", "past", "2014-11-14", "day", "text"),
    ("Protesters gathered yesterday", "past", "2014-11-13", "day", "text"),
    ("The vote is due tomorrow", "future", "2014-11-15", "day", "text"),
    ("Police arrested five people today", "past", "2014-11-14", "day", "text"),
    ("Rebels shelled the town last night", "past", "2014-11-13", "day", "text"),
    ("The council meets tonight", "present", "2014-11-14", "day", "text"),
    ("The minister spoke this morning", "past", "2014-11-14", "day", "text"),
    ("Talks began last week", "past", "2014-11", "month", "text"),
    ("Talks will resume next week", "future", "2014-11", "month", "text"),
    ("Talks have continued this week", "present", "2014-11-14", "day", "text"),
    ("The army withdrew last month", "past", "2014-10", "month", "text"),
    ("A summit is planned for next month", "future", "2014-12", "month", "text"),
    ("Troops arrived earlier this month", "past", "2014-11", "month", "text"),
    ("Elections will be held next year", "future", "2015", "year", "text"),
    ("The ministry has signed four deals this year", "past", "2014", "year", "text"),
    ("The ceasefire was agreed in 2013", "past", "2013", "year", "text"),
    ("Sanctions have been in force since 2012", "past", "2012", "year", "text"),
    ("The deal, signed 2011, lapsed.", "past", "2011", "year", "text"),
    ("The embassy closed in October 2013", "past", "2013-10", "month", "text"),
    ("Protests began in October last year", "past", "2013-10", "month", "text"),
    ("The embassy will reopen in December", "future", "2014-12", "month", "text"),
    ("The embassy reopened in December", "past", "2013-12", "month", "text"),
    ("The fighting resumed in mid-November", "past", "2014-11", "month", "text"),
    ("In May the two sides met again", "past", "2014-05", "month", "text"),
    ("The treaty was signed on Feb. 17, 2014", "past", "2014-02-17", "day", "text"),
    ("The letter is dated 2013-07-04.", "past", "2013-07-04", "day", "text"),
    ("The army took the town on 17 February", "past", "2014-02-17", "day", "text"),
    ("Parliament will vote on December 3", "future", "2014-12-03", "day", "text"),
    ("He was detained on December 3", "past", "2013-12-03", "day", "text"),
    ("The talks will open on Nov. 14", "future", "2014-11-14", "day", "text"),
    ("Rebels seized the city two days ago", "past", "2014-11-12", "day", "text"),
    ("Rebels seized the city three weeks ago", "past", "2014-10-24", "day", "text"),
    ("The mission ended six months ago", "past", "2014-05", "month", "text"),
    ("The mission ended two years ago", "past", "2012", "year", "text"),
    ("The attack on Monday, Nov. 3, killed three soldiers", "past", "2014-11-03", "day", "text"),
    ("Troops left last year and came back in March", "past", "2014-03", "month", "text"),
    ("2013 people were displaced by the floods", "past", "2014-11-14", "day", "publication"),
    ("The leaders spoke by phone", "past", "2014-11-14", "day", "publication"),
    (
        "Officials may meet again, and March organisers agreed",
        "future",
        "2014-11-14",
        "day",
        "publication",
    ),
    ("Pilgrims marched on Good Friday", "past", "2014-11-14", "day", "publication"),
    ("The dam will be finished in 2031", "future", "2014-11-14", "day", "publication"),
]


@pytest.mark.parametrize(("sentence", "tense", "expected", "precision", "source"), CASES)
def test_resolve_date_table(sentence, tense, expected, precision, source):
    resolved = resolve_date(sentence, published=FRIDAY, tense=tense)
    assert (resolved.date, resolved.precision, resolved.source) == (expected, precision, source)


def test_resolve_date_table_is_large_enough():
    assert len(CASES) >= 40


def test_resolve_date_reports_expression_words():
    resolved = resolve_date("Choe would visit Moscow on Monday", published=FRIDAY, tense="future")
    assert resolved == ResolvedDate("2014-11-17", "day", "text", "on Monday", None)


def test_resolve_date_fallback_gives_reason():
    resolved = resolve_date("The leaders spoke by phone", published=FRIDAY, tense="past")
    assert resolved.expression is None
    assert resolved.reason == "no temporal expression in the sentence"


def test_resolve_date_scope_excludes_expression_outside_clause():
    sentence = "Choe met Xi Jinping last year, and he will visit Moscow"
    clause = sentence.index("he will")
    resolved = resolve_date(
        sentence, published=FRIDAY, tense="future", scope=(clause, len(sentence))
    )
    assert (resolved.date, resolved.source) == ("2014-11-14", "publication")
    assert resolved.reason is not None
    assert "event's clause" in resolved.reason and "'last year'" in resolved.reason


def test_resolve_date_scope_keeps_expression_inside_clause():
    sentence = "Choe met Xi Jinping last year, and he will visit Moscow on Monday"
    clause = sentence.index("he will")
    resolved = resolve_date(
        sentence, published=FRIDAY, tense="future", scope=(clause, len(sentence))
    )
    assert (resolved.date, resolved.expression) == ("2014-11-17", "on Monday")


def test_resolve_date_scope_picks_own_clause_of_two():
    sentence = "He arrived on Monday and will leave on Thursday"
    first = resolve_date(sentence, published=FRIDAY, tense="past", scope=(0, 20))
    second = resolve_date(sentence, published=FRIDAY, tense="future", scope=(21, len(sentence)))
    assert (first.date, second.date) == ("2014-11-10", "2014-11-20")


def test_resolve_date_headline_present_tense_is_past():
    resolved = resolve_date(
        "Kim meets Putin on Monday", published=FRIDAY, tense="present", headline=True
    )
    assert resolved.date == "2014-11-10"


def test_resolve_date_approximate_week_says_so():
    resolved = resolve_date("Talks began last week", published=date(2014, 11, 3), tense="past")
    assert (resolved.date, resolved.precision) == ("2014-10", "month")
    assert resolved.reason is not None and resolved.reason.startswith("approximate")


def test_resolve_date_present_perfect_leaves_out_past_said_from_the_anchor():
    sentence = "Russia has apologised for a violation of the airspace last week"
    plain = resolve_date(sentence, published=date(2014, 11, 3), tense="past")
    perfect = resolve_date(sentence, published=date(2014, 11, 3), tense="past", perfect=True)
    assert (plain.date, plain.precision) == ("2014-10", "month")
    assert (perfect.date, perfect.source) == ("2014-11-03", "publication")
    # a calendar date or "today" still dates a present perfect
    today = resolve_date("Russia has apologised today", published=FRIDAY, tense="past", perfect=True)
    dated = resolve_date("Russia has apologised on Nov. 12", published=FRIDAY, tense="past", perfect=True)
    assert (today.source, dated.date) == ("text", "2014-11-12")


def test_resolve_date_without_publication_keeps_absolute_dates():
    resolved = resolve_date("The treaty was signed on Feb. 17, 2014", published=None, tense="past")
    assert (resolved.date, resolved.precision, resolved.source) == ("2014-02-17", "day", "text")


def test_resolve_date_without_publication_or_absolute_date_is_none():
    resolved = resolve_date("The talks resumed on Monday", published=None, tense="past")
    assert (resolved.date, resolved.precision, resolved.source) == (None, None, None)
    assert resolved.reason is not None and "no publication date" in resolved.reason


def test_resolve_date_without_any_date_is_none():
    resolved = resolve_date("The leaders spoke by phone", published=None, tense="past")
    assert resolved.date is None and resolved.reason is not None


def test_resolve_date_leap_day_goes_to_a_leap_year():
    resolved = resolve_date("The vote was held on Feb. 29", published=FRIDAY, tense="past")
    assert resolved.date == "2012-02-29"


def test_resolve_date_crosses_year_boundary():
    new_year = date(2015, 1, 2)
    assert (
        resolve_date("They met on Dec. 30", published=new_year, tense="past").date == "2014-12-30"
    )
    assert resolve_date("They met last month", published=new_year, tense="past").date == "2014-12"
    assert (
        resolve_date("They will meet in January", published=new_year, tense="future").date
        == "2015-01"
    )


def test_resolve_date_is_pure():
    first = resolve_date("Protesters gathered yesterday", published=FRIDAY, tense="past")
    second = resolve_date("Protesters gathered yesterday", published=FRIDAY, tense="past")
    assert first == second


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday the talks collapsed", "2014-11-10"),
        ("The envoy arrived on Nov. 3 and left", "2014-11-03"),
        ("Officials will meet next Tuesday", None),  # after publication
        ("The treaty was signed in 2013", None),  # not a day
        ("The war began three weeks ago", None),  # too far back to be the story's day
        ("The ministry issued a statement", None),  # no date at all
    ],
)
def test_resolve_narrative_date_sets_a_recent_past_day(sentence, expected):
    from legation.dates import resolve_narrative_date

    found = resolve_narrative_date(sentence, published=FRIDAY)
    assert (found.date if found else None) == expected


def test_resolve_narrative_date_needs_a_publication_date():
    from legation.dates import resolve_narrative_date

    assert resolve_narrative_date("On Monday the talks collapsed", published=None) is None


def test_carry_date_keeps_the_day_and_says_why():
    from legation.dates import carry_date, resolve_narrative_date

    earlier = resolve_narrative_date("On Monday the talks collapsed", published=FRIDAY)
    assert earlier is not None
    carried = carry_date(earlier, why="carried from sentence 1")
    assert (carried.date, carried.precision, carried.source, carried.reason) == (
        "2014-11-10", "day", "text", "carried from sentence 1",
    )


def test_resolve_date_that_year_is_the_story_year():
    said = "Protests broke out on April 13 of that year"
    assert resolve_date(said, published=FRIDAY, tense="past", story_year=2002).date == "2002-04-13"
    assert resolve_date("They met in May the same year", published=FRIDAY, tense="past", story_year=2002).date == "2002-05"
    # with no year named before, the date reads as if no year were said
    assert resolve_date(said, published=FRIDAY, tense="past").date == "2014-04-13"
    # a year said outright is not overridden
    assert resolve_date("Talks resumed on April 13 last year", published=FRIDAY, tense="past",
                        story_year=2002).date == "2013-04-13"
