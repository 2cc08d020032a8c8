"""Period phrases: table-driven rows written for diplonews, plus properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.errors import DateParseError
from diplonews.text.periods import _GATE, _PERIOD, extract_periods, parse_period
from diplonews.values import Period

D = dt.date

# (phrase, publication date, previous period, expected "start..end")
PHRASES = [
    ("2020", None, None, "2020-01-01..2020-12-31"),
    ("last year", D(1987, 3, 2), None, "1986-01-01..1986-12-31"),
    ("this year", D(1987, 3, 2), None, "1987-01-01..1987-12-31"),
    ("first quarter of 2021", None, None, "2021-01-01..2021-03-31"),
    ("Q1 2021", None, None, "2021-01-01..2021-03-31"),
    ("Q1", D(2021, 5, 1), None, "2021-01-01..2021-03-31"),
    ("the fourth quarter", D(1987, 2, 1), None, "1986-10-01..1986-12-31"),
    ("January-November 2021", None, None, "2021-01-01..2021-11-30"),
    ("between April 2024 and February 2025", None, None, "2024-04-01..2025-02-28"),
    ("from July 2020 to June 2021", None, None, "2020-07-01..2021-06-30"),
    ("April 2023-March 2024", None, None, "2023-04-01..2024-03-31"),
    ("January to November", D(2021, 12, 20), None, "2021-01-01..2021-11-30"),
    ("the first 11 months", D(2021, 12, 20), None, "2021-01-01..2021-11-30"),
    ("the first two months of the year", D(2022, 3, 28), None, "2022-01-01..2022-02-28"),
    ("the first eleven months of 2004", None, None, "2004-01-01..2004-11-30"),
    ("2M2021", None, None, "2021-01-01..2021-02-28"),
    ("March", D(2021, 4, 10), None, "2021-03-01..2021-03-31"),
    ("December", D(1987, 3, 23), None, "1986-12-01..1986-12-31"),
    ("1986/87", None, None, "1986-04-01..1987-03-31"),
    ("fiscal 1986/87 ended March", None, None, "1986-04-01..1987-03-31"),
    # one year names a fiscal year by the calendar year holding most of its months, as
    # trade's relative_fiscal_years reads "fiscal 1986" in a story that states its calendar
    ("fiscal 1986 ended March", None, None, "1986-04-01..1987-03-31"),
    ("fiscal 1987, ended September", None, None, "1986-10-01..1987-09-30"),
    ("fiscal 1990 ending June", None, None, "1989-07-01..1990-06-30"),
    ("1986/87 ended June", None, None, "1986-07-01..1987-06-30"),
    ("the year to March", D(1987, 6, 1), None, "1986-04-01..1987-03-31"),
    ("the same period last year", None, Period.months(1987, 1, 4), "1986-01-01..1986-04-30"),
    ("the corresponding period of 2020", None, Period.months(2021, 1, 9), "2020-01-01..2020-09-30"),
    ("the same 1986 period", None, Period.months(1987, 1, 2), "1986-01-01..1986-02-28"),
    # quarters as the wire names them: year first, by closing month, counted in a comparison
    ("the 1987 first quarter", None, None, "1987-01-01..1987-03-31"),
    ("the December quarter of 1986", None, None, "1986-10-01..1986-12-31"),
    ("the September quarter", D(1987, 2, 26), None, "1986-07-01..1986-09-30"),
    ("the same three months of 1986", None, Period.months(1987, 1, 3), "1986-01-01..1986-03-31"),
    (
        "the first seven months of fiscal 1986/87 ending June",
        None,
        None,
        "1986-07-01..1987-01-31",
    ),
    ("the first six months of 2001/02", None, None, "2001-04-01..2001-09-30"),
    (
        "the year ago period",
        None,
        Period.months(1986, 7, 1, last_year=1987),
        "1985-07-01..1986-01-31",
    ),
    ("the year-earlier quarter", None, Period.quarter(1987, 1), "1986-01-01..1986-03-31"),
    ("a similar period last year", None, Period.months(1987, 1, 3), "1986-01-01..1986-03-31"),
    ("January/March", D(1987, 4, 20), None, "1987-01-01..1987-03-31"),
    ("April-May-June 1986", None, None, "1986-04-01..1986-06-30"),
    ("1984/85", None, Period.months(1986, 4, 1, last_year=1987), "1984-04-01..1985-03-31"),
    ("first half of 1987", None, None, "1987-01-01..1987-06-30"),
    ("the half year", D(1987, 8, 1), None, "1987-01-01..1987-06-30"),
    ("April, 1986", None, None, "1986-04-01..1986-04-30"),
    ("last month", D(1987, 3, 26), None, "1987-02-01..1987-02-28"),
    ("seven months of 2023", D(2023, 9, 1), None, "2023-01-01..2023-07-31"),
    ("eleven months of this year", D(2022, 12, 20), None, "2022-01-01..2022-11-30"),
]


@pytest.mark.parametrize(
    ("text", "published", "previous", "expected"), PHRASES, ids=[p[0] for p in PHRASES]
)
def test_parse_period(
    text: str, published: dt.date | None, previous: Period | None, expected: str
) -> None:
    """Each phrase resolves to its period against the publication date."""
    assert str(parse_period(text, published, previous=previous)) == expected


def test_comparison_takes_the_sentence_first_period() -> None:
    """'The same month the year before' refers to the sentence's first period."""
    text = (
        "Surplus in February widened from 7.2 bln in January and beat the same month "
        "the year before."
    )
    found = [str(m.period) for m in extract_periods(text, D(1987, 4, 27))]
    assert found == [
        "1987-02-01..1987-02-28",
        "1987-01-01..1987-01-31",
        "1986-02-01..1986-02-28",
    ]


def test_previous_year_after_named_months_is_those_months() -> None:
    """After a sentence names its months, the previous year means those months a year before."""
    text = "120 mln in the first two months of 1987 against 132 mln the previous year"
    *_, last = extract_periods(text, D(1987, 4, 9))
    assert (str(last.period), last.comparison) == ("1986-01-01..1986-02-28", True)
    (alone,) = extract_periods("exports rose in the previous year", D(1987, 4, 9))
    assert str(alone.period) == "1986-01-01..1986-12-31"


def test_days_and_decades_are_not_periods() -> None:
    """A single day ("March 5, 1987") and a decade ("1980s") name no period."""
    assert extract_periods("on March 5, 1987 during the 1980s", D(1987, 6, 1)) == ()


@pytest.mark.parametrize("text", ["on 5 March 1987", "(wire - 5th Mar, 1987)", "on 21 March"])
def test_day_before_month_is_a_day(text: str) -> None:
    """A day written before its month ("5 March 1987", "5th Mar, 1987") names no period."""
    assert extract_periods(text, D(1987, 6, 1)) == ()


def test_month_count_in_words_is_found_in_a_sentence() -> None:
    """A count in words ("in seven months of 2023") gives those months, not the year."""
    (mention,) = extract_periods("Exports rose in seven months of 2023.", D(2023, 9, 1))
    assert str(mention.period) == "2023-01-01..2023-07-31"


def test_two_named_months_joined_by_and_are_two_periods() -> None:
    """Without "between", "in April 2024 and February 2025" names two months, not a span."""
    found = extract_periods("in April 2024 and February 2025", None)
    assert [str(p.period) for p in found] == ["2024-04-01..2024-04-30", "2025-02-01..2025-02-28"]


def test_relative_phrases_need_a_publication_date() -> None:
    """Without a publication date, "last year" cannot be resolved and is left out."""
    assert extract_periods("last year", None) == ()


def test_parse_period_error_message() -> None:
    """A text that is not one period phrase raises with the text quoted."""
    with pytest.raises(DateParseError) as info:
        parse_period("soon")
    assert str(info.value) == (
        "expected a period such as '2020', 'Q1 2021' or 'last year'\n    soon\n    ~~~^"
    )


@given(st.text(), st.one_of(st.none(), st.dates()))
def test_extract_periods_never_raises(text: str, published: dt.date | None) -> None:
    """Any text gives a tuple of mentions whose spans cover their text."""
    mentions = extract_periods(text, published)
    assert isinstance(mentions, tuple)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


_UNGATED = re.compile(_PERIOD.pattern.replace(f"(?={_GATE})", r"(?=\w)", 1), _PERIOD.flags)
_PERIODISH = st.lists(
    st.sampled_from(
        [
            "the",
            "The",
            "THE",
            "a",
            "same",
            "ſame",
            "period",
            "first",
            "Q1",
            "1Q",
            "H2",
            "half",
            "year",
            "Year",
            "fiscal",
            "1986/87",
            "1987",
            "2M2021",
            "ended",
            "March",
            "MAR",
            "Sept.",
            "January-November",
            "between",
            "and",
            "last",
            "next",
            "month",
            "quarter",
            "of",
            "in",
            "12",
            "months",
            "to",
            "twelve",
            "ago",
            "earlier",
            "'s",
            ",",
            "-",
            "x",
            # what may follow "the" or "a" (the gate lets them through only there)
            *("A", "an", "these", "other", "months", "Months", "Iranian", "calendar"),
            *("reporting", "review", "end", "by", "over", "during", "I", "II", "IV", "1st"),
            *("corresponding", "comparable", "li\u212ae", "current", "present", "previous"),
            *("preceding", "past", "coming", "final", "third", "nine", "Eleven", "\u0131"),
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_PERIODISH, st.text(max_size=40)))
def test_gated_period_scan_matches_ungated(text: str) -> None:
    """The gate before the period alternatives skips no phrase a scan of every word finds."""
    assert [m.span() for m in _PERIOD.finditer(text)] == [m.span() for m in _UNGATED.finditer(text)]
