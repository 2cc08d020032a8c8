"""Trade error classes of session 22's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (four writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``fiscal-year-told-by-its-end``: a story that tells its fiscal year by its end or its
  months ("the fiscal year that ended on March 31", "the 1995/96 fiscal year ending June
  30", "the 2012-13 financial year, which runs from April to March") states its fiscal
  calendar, and reads its other fiscal years on it: "fiscal 1991", a fiscal year called
  by one year, is called by the calendar year that holds most of its months (an
  April-March year by the year it starts in, a July-June one by the year it ends in);
- near misses that must stay as they are: "fiscal 1986" or "the 2004-05 financial year"
  in a story that states no fiscal calendar (whose months? not guessed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- fiscal-year-told-by-its-end: the story's fiscal calendar, its other years on it
    (
        "fiscal-year-told-by-its-end",
        "that-ended-on-then-fiscal-year-by-one-year",
        None,
        "TOKYO, April 20 - Japan's exports to Brazil rose to 520 billion yen in the fiscal "
        "year that ended on March 31, from 470 billion yen in fiscal 1991, the Finance "
        "Ministry said.",
        D(1993, 4, 20),
        [
            ("JPN", "BRA", "export", 520_000_000_000, "JPY", "1992-04-01", "1993-03-31", False),
            ("JPN", "BRA", "export", 470_000_000_000, "JPY", "1991-04-01", "1992-03-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "ended-march-then-later-sentence-fiscal-year",
        None,
        "TOKYO, May 2 - Japan's trade surplus with Australia narrowed to 310 billion yen in "
        "the fiscal year ended March 31 from 350 billion yen a year earlier, ministry figures "
        "showed. Imports from Australia in fiscal 1994 eased to 1,900 billion yen, led by "
        "coal and iron ore.",
        D(1995, 5, 2),
        [
            ("JPN", "AUS", "balance", 310_000_000_000, "JPY", "1994-04-01", "1995-03-31", False),
            ("JPN", "AUS", "balance", 350_000_000_000, "JPY", "1993-04-01", "1994-03-31", False),
            ("JPN", "AUS", "import", 1_900_000_000_000, "JPY", "1994-04-01", "1995-03-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "july-june-year-named-by-the-year-it-ends",
        None,
        "KARACHI, Aug 14 - Pakistan's exports rose to 5.2 billion dlrs in the fiscal year "
        "that ended on June 30, from 4.9 billion dlrs in fiscal 1990, the Federal Bureau of "
        "Statistics said.",
        D(1991, 8, 14),
        [
            ("PAK", None, "export", 5_200_000_000, "USD", "1990-07-01", "1991-06-30", False),
            ("PAK", None, "export", 4_900_000_000, "USD", "1989-07-01", "1990-06-30", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "first-months-of-the-split-year-fiscal-year-ending",
        None,
        "CAIRO, March 3 - Egypt's trade deficit narrowed to 3.1 billion Egyptian pounds in "
        "the first six months of the 1995/96 fiscal year ending June 30, from 3.6 billion in "
        "the same period a year earlier, officials said.",
        D(1996, 3, 3),
        [
            ("EGY", None, "balance", -3_100_000_000, "EGP", "1995-07-01", "1995-12-31", False),
            ("EGY", None, "balance", -3_600_000_000, "EGP", "1994-07-01", "1994-12-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "hyphen-split-year-before-financial-year-which-runs",
        None,
        "NEW DELHI - Indian officials have set a target of $360bn in exports for the 2012-13 "
        "financial year, which runs from April to March.",
        D(2012, 6, 1),
        [
            ("IND", None, "export", 360_000_000_000, "USD", "2012-04-01", "2013-03-31", True),
        ],
    ),
    # --- near misses: no fiscal calendar stated, no months guessed
    (
        "near-miss",
        "fiscal-year-by-one-year-no-calendar",
        None,
        "TOKYO, April 28 - Japan's exports to Chile fell to 265 billion yen in fiscal 1989, "
        "the ministry said.",
        D(1990, 4, 28),
        [],
    ),
    (
        "near-miss",
        "hyphen-split-year-no-calendar",
        None,
        "NEW DELHI - India's exports reached $61bn in the 2003-04 financial year, the "
        "ministry said.",
        D(2004, 6, 1),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written22_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written22_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
