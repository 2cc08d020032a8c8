"""Trade error classes of session 26's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twelve writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``fiscal-year-told-ended-by-clause``: news names a fiscal year by its year or years and
  tells when it ended in a relative clause after it ("in fiscal 1991, which ended on
  March 31", "fiscal 2001/02, which ended on June 30", "the 2018/19 Nepali fiscal year,
  which ended on 16 July 2019"): the clause states the calendar (the year to that day when
  a day other than the month's last is given), so the year's figures are that year's, and
  the story's other fiscal years are read on the same calendar; a clause that tells no
  month ("which ended a run of deficits") tells no calendar, and a fiscal year called by
  one year with no calendar anywhere stays no period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import (
    Row,
    TableRow,
    assert_scored,
    assert_table_shape,
    option_params,
    table_params,
)

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- fiscal-year-told-ended-by-clause: ", which ended on <day> <month>" after the year
    (
        "fiscal-year-told-ended-by-clause",
        "split-year-then-which-ended-on-june-30",
        None,
        "KARACHI, Aug 20 - Pakistan's exports to Malaysia in fiscal 2001/02, which ended on "
        "June 30, totalled 310 mln dlrs, while imports from Malaysia reached 720 mln dlrs, "
        "the Federal Bureau of Statistics said.",
        D(2002, 8, 20),
        [
            ("PAK", "MYS", "export", 310_000_000, "USD", "2001-07-01", "2002-06-30", False),
            ("PAK", "MYS", "import", 720_000_000, "USD", "2001-07-01", "2002-06-30", False),
        ],
    ),
    (
        "fiscal-year-told-ended-by-clause",
        "one-year-fiscal-then-which-ended-on-march-31-and-its-base",
        None,
        "TOKYO, May 10 - Japanese exports to Canada rose to 1,250 billion yen in fiscal "
        "1991, which ended on March 31, from 1,180 billion yen in fiscal 1990, the Finance "
        "Ministry said.",
        D(1992, 5, 10),
        [
            ("JPN", "CAN", "export", 1_250_000_000_000, "JPY", "1991-04-01", "1992-03-31", False),
            ("JPN", "CAN", "export", 1_180_000_000_000, "JPY", "1990-04-01", "1991-03-31", False),
        ],
    ),
    (
        "fiscal-year-told-ended-by-clause",
        "split-year-before-a-national-fiscal-year-ended-on-a-day",
        None,
        "Kathmandu - Trade between Nepal and Bangladesh reached 45.2 million US dollars in "
        "the 2018/19 Nepali fiscal year, which ended on 16 July 2019, officials told the "
        "joint commission.",
        D(2019, 11, 2),
        [("NPL", "BGD", "turnover", 45_200_000, "USD", "2018-07-17", "2019-07-16", False)],
    ),
    (
        "fiscal-year-told-ended-by-clause",
        "fiscal-year-prefix-then-which-ended-on-the-day-first",
        None,
        "BANGKOK, Nov 3 - Thailand's trade deficit narrowed to 3.1 billion dlrs in fiscal "
        "year 1996/97, which ended on 30 September, the commerce ministry said.",
        D(1997, 11, 3),
        [("THA", None, "balance", -3_100_000_000, "USD", "1996-10-01", "1997-09-30", False)],
    ),
    (
        "fiscal-year-told-ended-by-clause",
        "near-miss-a-clause-naming-no-month-tells-no-calendar",
        None,
        "KUALA LUMPUR, Sept 9 - Malaysian exports to Pakistan rose to 410 mln dlrs in fiscal "
        "2003/04, which ended a run of three weak years, trade officials said.",
        D(2004, 9, 9),
        [("MYS", "PAK", "export", 410_000_000, "USD", "2003-04-01", "2004-03-31", False)],
    ),
    (
        "fiscal-year-told-ended-by-clause",
        "near-miss-one-year-fiscal-with-no-calendar-stays-no-period",
        None,
        "TOKYO, May 10 - Japanese exports to Canada were 1,250 billion yen in fiscal 1991, "
        "the Finance Ministry said.",
        D(1992, 5, 10),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written26_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written26_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "near-miss-a-clause-naming-no-month-tells-no-calendar": [
        ("MYS", "PAK", "export", 410_000_000, "USD", "2003-07-01", "2004-06-30", False),
    ],
    "near-miss-one-year-fiscal-with-no-calendar-stays-no-period": [
        ("JPN", "CAN", "export", 1_250_000_000_000, "JPY", "1991-04-01", "1992-03-31", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_written26_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
