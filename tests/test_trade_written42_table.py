"""Trade error classes of session 42's corpus wire copy, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the corpus' own wire
copy keyed blind, and the writers' copy written after the corpus' outlets); no row repeats
a sentence, a name pairing or a figure of those texts:

- ``status-word-before-flow``: a word before a trade noun that tells the figure's revision
  ("a revised deficit"), its owner ("A's own surplus") or its trend ("a dwindling surplus",
  "a mounting deficit") names no goods: the figure is the state's whole trade.
- ``wire-quarter-phrase``: a quarter the wire names in its own ways, with its year before
  the ordinal ("the 1987 first quarter"), by its closing month ("the December quarter of
  1986", "the September quarter") or as the months of a comparison ("the same three months
  of 1986"), is that quarter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- status-word-before-flow: "against a revised deficit of X", "A's own surplus"
    (
        "status-word-before-flow",
        "comparison-base-told-as-a-revised-surplus",
        "URUGUAY TRADE SURPLUS GROWS IN MAY",
        "MONTEVIDEO, June 22 - Uruguay posted a trade surplus of 41.7 mln dlrs in May, "
        "against a revised surplus of 29.3 mln in April, the central bank reported.",
        D(1987, 6, 22),
        [
            ("URY", None, "balance", 41_700_000, "USD", "1987-05-01", "1987-05-31", False),
            ("URY", None, "balance", 29_300_000, "USD", "1987-04-01", "1987-04-30", False),
        ],
    ),
    (
        "status-word-before-flow",
        "revised-deficit-of-the-quarter-before",
        "KENYA TRADE GAP NARROWS",
        "NAIROBI, Aug 3 - Kenya's trade deficit narrowed to 2.3 billion shillings in the "
        "second quarter of 1987 from a revised deficit of 3.1 billion in the first quarter, "
        "the statistics bureau said.",
        D(1987, 8, 3),
        [
            ("KEN", None, "balance", -2_300_000_000, "KES", "1987-04-01", "1987-06-30", False),
            ("KEN", None, "balance", -3_100_000_000, "KES", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "status-word-before-flow",
        "the-states-own-surplus-beside-a-partners",
        "THAI SURPLUS WITH U.S. WIDENS",
        "BANGKOK, July 9 - Thailand's surplus with the United States rose in the first half, "
        "officials said.\n\nThailand's own trade surplus grew to 8.2 billion baht in the first "
        "half of 1987 from 5.9 billion in the same period of 1986, the commerce ministry said.",
        D(1987, 7, 9),
        [
            ("THA", None, "balance", 8_200_000_000, "THB", "1987-01-01", "1987-06-30", False),
            ("THA", None, "balance", 5_900_000_000, "THB", "1986-01-01", "1986-06-30", False),
        ],
    ),
    (
        "status-word-before-flow",
        "trend-word-then-the-figure-as-it",
        "CHILE SURPLUS SHRINKS",
        "SANTIAGO, Feb 4 - Chile has a shrinking trade surplus as copper prices stay low. "
        "In 1986 it was 1.09 billion dlrs, the central bank said.",
        D(1987, 2, 4),
        [("CHL", None, "balance", 1_090_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "status-word-before-flow",
        "near-miss-a-product-after-the-trend-word",
        "PERU FISHMEAL SALES CLIMB",
        "LIMA, Feb 4 - Peru's mounting fishmeal exports reached 310 mln dlrs in 1986, the "
        "fisheries ministry said.",
        D(1987, 2, 4),
        [],
    ),
    (
        "status-word-before-flow",
        "near-miss-a-revised-product-figure",
        "GHANA COCOA EARNINGS REVISED",
        "ACCRA, March 12 - Ghana's revised cocoa exports came to 410 mln dlrs in 1986, the "
        "cocoa board said.",
        D(1987, 3, 12),
        [],
    ),
    # --- wire-quarter-phrase: "the 1987 first quarter", "the December quarter of 1986"
    (
        "wire-quarter-phrase",
        "year-before-the-ordinal",
        "KOREAN SURPLUS GROWS IN QUARTER",
        "SEOUL, July 20 - South Korea's trade surplus rose to 1.94 billion dlrs in the 1987 "
        "second quarter from 1.13 billion in the same quarter of 1986, the trade ministry said.",
        D(1987, 7, 20),
        [
            ("KOR", None, "balance", 1_940_000_000, "USD", "1987-04-01", "1987-06-30", False),
            ("KOR", None, "balance", 1_130_000_000, "USD", "1986-04-01", "1986-06-30", False),
        ],
    ),
    (
        "wire-quarter-phrase",
        "quarters-named-by-their-closing-months",
        "N.Z. EXPORTS TO JAPAN CLIMB",
        "WELLINGTON, May 10 - New Zealand's exports to Japan rose to 642 mln N.Z. dlrs in the "
        "March quarter of 1987 from 587 mln in the December quarter, the statistics department "
        "said.",
        D(1987, 5, 10),
        [
            ("NZL", "JPN", "export", 642_000_000, "NZD", "1987-01-01", "1987-03-31", False),
            ("NZL", "JPN", "export", 587_000_000, "NZD", "1986-10-01", "1986-12-31", False),
        ],
    ),
    (
        "wire-quarter-phrase",
        "the-same-three-months-of-a-year",
        "MEXICAN SURPLUS WITH U.S. FALLS",
        "MEXICO CITY, May 2 - Mexico's trade surplus with the United States fell to 1.21 "
        "billion dlrs in the first quarter from 1.58 billion dlrs in the same three months of "
        "1986, the central bank said.",
        D(1987, 5, 2),
        [
            ("MEX", "USA", "balance", 1_210_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("MEX", "USA", "balance", 1_580_000_000, "USD", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "wire-quarter-phrase",
        "near-miss-closing-months-without-quarter-are-months",
        "N.Z. EXPORTS TO JAPAN CLIMB",
        "WELLINGTON, May 10 - New Zealand's exports to Japan rose to 642 mln N.Z. dlrs in March "
        "from 587 mln in December, the statistics department said.",
        D(1987, 5, 10),
        [
            ("NZL", "JPN", "export", 642_000_000, "NZD", "1987-03-01", "1987-03-31", False),
            ("NZL", "JPN", "export", 587_000_000, "NZD", "1986-12-01", "1986-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written42_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written42_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
