"""Trade error classes of session 35's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (the writers' wire and business copy written blind after the corpus' outlets, the
blind corpus keys): a way of writing trade figures that recurs, not one writer's habit.
No row repeats a sentence, a name pairing or a figure of those texts:

- ``year-to-a-month-end``: a year told as the months up to the end of a month ("twelve
  months to the end of June 2006", "the 2005-06 fiscal year, which ended in June") is the
  twelve months ending with that month, not that month alone.
- ``base-after-the-level-period``: once a story has compared a year with an earlier one
  ("rose to A in 1986 from B in 1985"), a later level told with its own period and a bare
  base ("fell to C last year from D") compares D with the same earlier year, as it does
  when the level names no period; a story with no such comparison before leaves D out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- year-to-a-month-end: "twelve months up to the end of <month> <year>"
    (
        "year-to-a-month-end",
        "twelve-months-to-the-end-of-a-month-is-a-year",
        "Korea's surplus slips",
        "South Korea's trade surplus fell to $21.3bn over the 12 months to the end of "
        "March 2006, the commerce ministry in Seoul said.",
        D(2006, 4, 20),
        [("KOR", None, "balance", 21_300_000_000, "USD", "2005-04-01", "2006-03-31", False)],
    ),
    (
        "year-to-a-month-end",
        "year-to-the-end-of-a-month-with-a-partner",
        None,
        "In the year to the end of June 2005, Thailand's exports to Japan rose to $15.2bn, "
        "the Bangkok trade office said.",
        D(2005, 8, 2),
        [("THA", "JPN", "export", 15_200_000_000, "USD", "2004-07-01", "2005-06-30", False)],
    ),
    (
        "year-to-a-month-end",
        "split-financial-year-which-ended-in-a-month",
        None,
        "Bangladesh's trade deficit grew to $4.1bn in the 2005-06 financial year, which ended "
        "in June, because fuel cost more, figures from Dhaka showed.\n\nExports climbed 21% to "
        "$10.5bn, but imports jumped to $14.6bn, the statistics bureau said.",
        D(2006, 8, 9),
        [
            ("BGD", None, "balance", -4_100_000_000, "USD", "2005-07-01", "2006-06-30", False),
            ("BGD", None, "export", 10_500_000_000, "USD", "2005-07-01", "2006-06-30", False),
            ("BGD", None, "import", 14_600_000_000, "USD", "2005-07-01", "2006-06-30", False),
        ],
    ),
    (
        "year-to-a-month-end",
        "near-miss-the-end-of-a-month-alone-stays-the-month",
        None,
        "Sri Lanka's imports reached $640m at the end of March 2006, the central bank in "
        "Colombo said.",
        D(2006, 5, 3),
        [("LKA", None, "import", 640_000_000, "USD", "2006-03-01", "2006-03-31", False)],
    ),
    (
        "year-to-a-month-end",
        "near-miss-a-month-alone-stays-a-month",
        None,
        "In March 2006 alone, Korea's trade surplus came to $1.9bn, the ministry said.",
        D(2006, 4, 20),
        [("KOR", None, "balance", 1_900_000_000, "USD", "2006-03-01", "2006-03-31", False)],
    ),
    # --- base-after-the-level-period: "fell to C last year from D" after a first comparison
    (
        "base-after-the-level-period",
        "last-year-level-then-a-bare-base",
        None,
        "OSLO, March 3 - Norwegian exports to Poland slipped to 2.4 billion crowns in 1986 "
        "from 2.8 billion in 1985, the statistics office said.\n\nImports from Poland "
        "eased to 1.6 billion crowns last year from 1.8 billion, it said.",
        D(1987, 3, 3),
        [
            ("NOR", "POL", "export", 2_400_000_000, "NOK", "1986-01-01", "1986-12-31", False),
            ("NOR", "POL", "export", 2_800_000_000, "NOK", "1985-01-01", "1985-12-31", False),
            ("NOR", "POL", "import", 1_600_000_000, "NOK", "1986-01-01", "1986-12-31", False),
            ("NOR", "POL", "import", 1_800_000_000, "NOK", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "base-after-the-level-period",
        "named-year-level-then-a-bare-base",
        None,
        "LIMA, May 5 - Peru's trade surplus shrank to 160 mln dlrs in 1986 from 1.1 billion "
        "in 1985, the central bank reported.\n\nExports dropped to 2.5 billion dlrs in 1986 from "
        "2.97 billion, the bank added.",
        D(1987, 5, 5),
        [
            ("PER", None, "balance", 160_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", None, "balance", 1_100_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PER", None, "export", 2_500_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", None, "export", 2_970_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "base-after-the-level-period",
        "near-miss-no-comparison-before-leaves-the-base-out",
        None,
        "OSLO, March 3 - Imports from Poland eased to 1.6 billion Norwegian crowns last year "
        "from 1.8 billion, the statistics office said.",
        D(1987, 3, 3),
        [("NOR", "POL", "import", 1_600_000_000, "NOK", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "base-after-the-level-period",
        "near-miss-another-period-leaves-the-base-out",
        None,
        "LIMA, May 5 - Peru's trade surplus shrank to 160 mln dlrs in 1986 from 1.1 billion "
        "in 1985, the central bank reported.\n\nExports dropped to 610 mln dlrs over "
        "January-March 1987 from 700 mln, the bank added.",
        D(1987, 5, 5),
        [
            ("PER", None, "balance", 160_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", None, "balance", 1_100_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PER", None, "export", 610_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written35_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written35_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
