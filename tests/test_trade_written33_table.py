"""Trade error classes of session 33's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twenty-six writers' wire copy written blind after the corpus' outlets, the blind
corpus keys, the audit's trade silver): a way of writing trade figures that recurs, not
one writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``statistical-basis-modifier``: a figure's statistical basis written before the flow
  word ("customs-cleared surplus", "customs cleared trade deficit") says how the goods
  were counted, not which goods: the flow is the state's whole trade, as after
  "seasonally adjusted" or "merchandise". A product named after the basis ("customs-cleared
  car exports") still makes the flow a product's, and a customs figure that is no trade
  flow (duties, revenue) stays no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- statistical-basis-modifier: "customs-cleared" before the flow word
    (
        "statistical-basis-modifier",
        "customs-cleared-bilateral-deficit-is-all-trade",
        None,
        "SEOUL, Feb 11 - South Korea's customs-cleared trade deficit with Japan widened to "
        "5.4 billion dlrs in 1986 from 3.0 billion in 1985, the Office of Customs "
        "Administration said.",
        D(1987, 2, 11),
        [
            ("KOR", "JPN", "balance", -5_400_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("KOR", "JPN", "balance", -3_000_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "statistical-basis-modifier",
        "customs-cleared-unhyphenated-global-deficit",
        None,
        "PARIS, Jan 20 - France's customs cleared trade deficit reached 31.4 billion francs "
        "last year, against 24.1 billion in 1985, the Finance Ministry said.",
        D(1987, 1, 20),
        [
            ("FRA", None, "balance", -31_400_000_000, "FRF", "1986-01-01", "1986-12-31", False),
            ("FRA", None, "balance", -24_100_000_000, "FRF", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "statistical-basis-modifier",
        "customs-cleared-exports-to-a-partner",
        None,
        "TAIPEI, March 4 - Taiwan's customs-cleared exports to the United States climbed to "
        "24.6 billion dlrs in 1986, the Finance Ministry said.",
        D(1987, 3, 4),
        [("TWN", "USA", "export", 24_600_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "statistical-basis-modifier",
        "customs-cleared-surplus-after-global",
        None,
        "TOKYO, Sept 8 - Japan's global customs-cleared surplus came to 1,120 billion yen in "
        "August, the Finance Ministry said.",
        D(1987, 9, 8),
        [("JPN", None, "balance", 1_120_000_000_000, "JPY", "1987-08-01", "1987-08-31", False)],
    ),
    (
        "statistical-basis-modifier",
        "near-miss-product-after-the-basis-stays-a-product",
        None,
        "TOKYO, Oct 2 - Japan's customs-cleared car exports to the United States rose to 2.3 "
        "billion dlrs in September, the Finance Ministry said.",
        D(1987, 10, 2),
        [],
    ),
    (
        "statistical-basis-modifier",
        "near-miss-product-before-the-flow-stays-a-product",
        None,
        "SEOUL, Feb 11 - South Korea's steel exports to Japan rose to 1.2 billion dlrs in 1986, "
        "the trade ministry said.",
        D(1987, 2, 11),
        [],
    ),
    (
        "statistical-basis-modifier",
        "near-miss-customs-revenue-is-no-flow",
        None,
        "MANILA, May 6 - The Philippines' customs revenue from imports rose to 9.8 billion "
        "pesos in 1986, the Bureau of Customs said.",
        D(1987, 5, 6),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written33_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written33_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
