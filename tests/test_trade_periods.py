"""Trade records: the period a figure covers.

Iranian solar years (Nowruz), years to a stated day and fiscal years, regional period
shorthands ("1H2019", "11M"), Roman-numeral quarters and halves.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.periods import extract_periods
from diplonews.trade._periods import stated_fiscal_end

D = dt.date


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in the first half of the current Iranian year", "2023-03-21..2023-09-22"),
        ("in the first quarter of the current Iranian calendar year", "2023-03-21..2023-06-21"),
        ("in the first five months of the current Iranian year", "2023-03-21..2023-08-22"),
        ("in the previous Iranian year", "2022-03-21..2023-03-20"),
        ("in the Iranian calendar year 1400", "2021-03-21..2022-03-20"),
        ("in Iranian year 1399", "2020-03-20..2021-03-20"),  # 1399 starts a day early
    ],
)
def test_iranian_calendar_periods(phrase: str, expected: str) -> None:
    """Parts of the Iranian solar year count from its first day (Nowruz); numbered years too."""
    found = extract_periods(phrase, D(2023, 11, 20))
    assert [str(p.period) for p in found] == [expected]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in the Iranian year that ended on March 20, 2021", ["2020-03-21..2021-03-20"]),
        ("in the 12 months to 30 September 2004", ["2003-10-01..2004-09-30"]),
        ("for the fiscal year ended September 30, 1996", ["1995-10-01..1996-09-30"]),
        ("in the year ending June 30, 2021", ["2020-07-01..2021-06-30"]),
        ("in the year ended February 28, 2021", ["2020-03-01..2021-02-28"]),
        ("in the year ended February 29, 2021", []),  # no such day: no period
        ("in the year to March 2019", ["2018-04-01..2019-03-31"]),  # a month only, as before
    ],
)
def test_a_year_to_a_stated_day(phrase: str, expected: list[str]) -> None:
    """A year (or 12 months) to a stated day ends on that day and starts a year before it."""
    found = extract_periods(phrase, D(2023, 11, 20))
    assert [str(p.period) for p in found] == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        # The solar year starts on Nowruz: 20 March after a leap year of the 33-year cycle.
        ("in the past Iranian year", D(2024, 5, 1), ["2023-03-21..2024-03-19"]),
        ("in the current Iranian year", D(2024, 3, 20), ["2024-03-20..2025-03-20"]),
        ("in the current Iranian year", D(2024, 3, 19), ["2023-03-21..2024-03-19"]),
        (
            "in the first two months of the current Iranian year",
            D(2020, 6, 1),
            ["2020-03-20..2020-05-20"],
        ),
        ("in the Iranian year 1398", D(2021, 1, 5), ["2019-03-21..2020-03-19"]),
        ("in the Iranian year 1401", D(2023, 1, 5), ["2022-03-21..2023-03-20"]),
    ],
)
def test_iranian_years_follow_nowruz(phrase: str, published: dt.date, expected: list[str]) -> None:
    """An Iranian year runs from one Nowruz to the day before the next."""
    assert [str(p.period) for p in extract_periods(phrase, published)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in I quarter of 2023", "2023-01-01..2023-03-31"),
        ("in the II quarter of 2023", "2023-04-01..2023-06-30"),
        ("in IV quarter of 2022", "2022-10-01..2022-12-31"),
        ("in the II half of 2022", "2022-07-01..2022-12-31"),
        ("in Q1-Q3 2022", "2022-01-01..2022-09-30"),  # quarters in a row, one span
    ],
)
def test_roman_numeral_quarters_and_halves(phrase: str, expected: str) -> None:
    """Regional outlets number quarters and halves in Roman numerals ("II quarter")."""
    found = extract_periods(phrase, D(2024, 3, 1))
    assert [str(p.period) for p in found] == [expected]


def test_a_lone_roman_one_is_no_period() -> None:
    """The pronoun "I" next to a period phrase does not start one."""
    found = extract_periods("I said trade grew in the first quarter of 2023.", D(2024, 3, 1))
    assert [p.text for p in found] == ["the first quarter of 2023"]


PERIODS = [
    ("in 1H2019", "2019-01-01", "2019-06-30"),
    ("in 2H 2018", "2018-07-01", "2018-12-31"),
    ("during 3Q2020", "2020-07-01", "2020-09-30"),
    ("in 11M of 2019", "2019-01-01", "2019-11-30"),
    ("in this year's first four months", "2021-01-01", "2021-04-30"),
    ("in the current year's first 2 months", "2021-01-01", "2021-02-28"),
    ("in last year's first nine months", "2020-01-01", "2020-09-30"),
    ("in the previous Iranian calendar year", "2020-03-20", "2021-03-20"),  # from Nowruz
    ("for 11 months of 2019", "2019-01-01", "2019-11-30"),
    ("during July-March FY2020-21", "2020-07-01", "2021-03-31"),
    ("in January-March 2020-21", "2021-01-01", "2021-03-31"),
    ("during July-February of the fiscal year 2020-21", "2020-07-01", "2021-02-28"),
    ("during the five months of this year", "2021-01-01", "2021-05-31"),
    ("in the first 6 months of the current Iranian year", "2021-03-21", "2021-09-22"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS, ids=[p[0] for p in PERIODS])
def test_period_shorthands(text: str, start: str, end: str) -> None:
    """Period shorthands of regional outlets resolve to one period."""
    found = extract_periods(text, D(2021, 6, 15))
    assert [(m.period.start.isoformat(), m.period.end.isoformat()) for m in found] == [(start, end)]


FISCAL_END_ROWS: list[tuple[str, str, int | None]] = [
    ("ended-month", "Exports were $3 bln in fiscal 2011/12 ended September.", 9),
    ("financial-year-ending", "Imports hit $2 bln in financial year 2011-12 ending June.", 6),
    (
        "bracketed-first-months",
        "Trade fell in the first five months of this fiscal year (April-August).",
        3,
    ),
    ("bracketed-whole-year", "Trade rose in the current fiscal year (October-September).", 9),
    ("which-ran-from", "Trade was $8m in fiscal year 2011-12, which ran from July 2011.", 6),
    (
        "later-part-is-no-start",
        "It rose in the second half of the fiscal year (January-June).",
        None,
    ),
    ("nothing-stated", "Trade grew in the last fiscal year.", None),
    ("no-fiscal-word", "Trade grew in 2011 (January-December).", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in FISCAL_END_ROWS],
    ids=[r[0] for r in FISCAL_END_ROWS],
)
def test_stated_fiscal_end_row(text: str, expected: int | None) -> None:
    """The last month of the fiscal year a text states, or ``None`` when it states none."""
    assert stated_fiscal_end(text) == expected
