"""Trade error classes of session 24's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (eight writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``rise-verb-up-to``: news tells the level a figure rose to with a verb whose particle is
  "up" ("imports edged up to X", "the deficit crept up to X", "exports ticked up to X"):
  "up to" there is the verb's "up" and the level's "to", as in "rose to X", not the bound
  "up to X" (at most X); after any other word ("may rise up to X") it stays a bound, and a
  bound word after the particle ("edged up to almost X") keeps the figure out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- rise-verb-up-to: "edged up to X" is the level the figure rose to
    (
        "rise-verb-up-to",
        "imports-inched-up-to-with-base",
        None,
        "MANILA, May 6 - The Philippines' imports inched up to 1.42 billion dlrs in the "
        "first quarter of 1988 from 1.31 billion a year earlier, the statistics office said.",
        D(1988, 5, 6),
        [
            ("PHL", None, "import", 1_420_000_000, "USD", "1988-01-01", "1988-03-31", False),
            ("PHL", None, "import", 1_310_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "rise-verb-up-to",
        "deficit-with-partner-crept-up-to",
        None,
        "Kenya's trade deficit with India crept up to $1.9bn in 2018, the central bank said.",
        D(2019, 3, 1),
        [("KEN", "IND", "balance", -1_900_000_000, "USD", "2018-01-01", "2018-12-31", False)],
    ),
    (
        "rise-verb-up-to",
        "two-flows-ticked-and-moved-up-to",
        None,
        "Chile's exports to Japan ticked up to $7.4bn in 2012, while imports from Japan moved "
        "up to $2.1bn.",
        D(2013, 2, 10),
        [
            ("CHL", "JPN", "export", 7_400_000_000, "USD", "2012-01-01", "2012-12-31", False),
            ("CHL", "JPN", "import", 2_100_000_000, "USD", "2012-01-01", "2012-12-31", False),
        ],
    ),
    (
        "rise-verb-up-to",
        "exports-went-up-to-in-crowns",
        None,
        "OSLO, Jan 20 - Norway's exports went up to 850 billion crowns in 2013, the "
        "statistics bureau said.",
        D(2014, 1, 20),
        [("NOR", None, "export", 850_000_000_000, "NOK", "2013-01-01", "2013-12-31", False)],
    ),
    (
        "rise-verb-up-to",
        "near-miss-may-rise-up-to-is-a-bound",
        None,
        "Georgia's exports to Armenia may rise up to $400 million in 2022, officials said.",
        D(2022, 1, 20),
        [],
    ),
    (
        "rise-verb-up-to",
        "near-miss-bound-word-after-the-particle",
        None,
        "Georgia's exports to Armenia edged up to almost $400 million in 2021, officials said.",
        D(2022, 1, 20),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written24_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written24_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
