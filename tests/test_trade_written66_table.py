"""Trade error classes of session 66: figures told that are no state's trade, in wire copy.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``demonym-product-before-amount``: a flow whose words before its amount name one
  product of a state, "of" a demonym and the product, gives no record: the figure is that
  product's, not the state's trade. The product is the flow's own object ("Exports of
  Peruvian cut flowers to B were worth X"), or closes an aside in a story that named the
  product before ("Shipments to B, the main buyer of Greek olive oil, were worth X" in a
  story of olive oil). The state's goods ("exports of Peruvian goods to B"), a list of the
  goods that make up the flow ("imports of Korean steel, ships and textiles rose to X")
  and an aside describing the partner in a story of all trade are read as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "demonym-product-before-amount",
        "exports-of-a-demonym-s-product-to-a-partner",
        None,
        "LIMA, March 3 - Peru's trade surplus widened to 1.1 billion dlrs in 1986 from 860 mln "
        "dlrs in 1985, the central bank said.\n\nExports of Peruvian cut flowers to the "
        "Netherlands were worth 48 mln dlrs last year, it said.",
        D(1987, 3, 3),
        [
            ("PER", None, "balance", 1_100_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", None, "balance", 860_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "demonym-product-before-amount",
        "partner-aside-buyer-of-the-story-s-product",
        None,
        "ATHENS, June 8 - Greece's olive oil exports rose sharply in 1986 on a record harvest, "
        "the agriculture ministry said.\n\nShipments to Italy, the main buyer of Greek olive "
        "oil, were worth 310 mln dlrs last year, it said.",
        D(1987, 6, 8),
        [],
    ),
    (
        "demonym-product-before-amount",
        "near-miss-partner-aside-in-a-story-of-all-trade",
        None,
        "BUENOS AIRES, May 4 - Argentina's trade surplus rose to 2.4 billion dlrs in 1986, the "
        "statistics institute said.\n\nExports to the Soviet Union, the biggest buyer of "
        "Argentine grain, rose to 1.2 billion dlrs last year, it said.",
        D(1987, 5, 4),
        [
            ("ARG", None, "balance", 2_400_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ARG", "SUN", "export", 1_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "demonym-product-before-amount",
        "exports-of-a-product-over-the-year",
        None,
        "Tashkent, 14 May 2024 - Trade between Uzbekistan and Georgia reached $218 million in "
        "2023, the Statistics Agency reported.\n\nExports of Uzbek cotton yarn to Georgia were "
        "worth $41 million over the year.",
        D(2024, 5, 14),
        [("UZB", "GEO", "turnover", 218_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "demonym-product-before-amount",
        "near-miss-a-demonym-s-goods",
        None,
        "LIMA, March 3 - Peru's trade surplus widened to 1.1 billion dlrs in 1986 from 860 mln "
        "dlrs in 1985, the central bank said.\n\nExports of Peruvian goods to the Netherlands "
        "were worth 48 mln dlrs last year, it said.",
        D(1987, 3, 3),
        [
            ("PER", None, "balance", 1_100_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", None, "balance", 860_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PER", "NLD", "export", 48_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "demonym-product-before-amount",
        "near-miss-a-list-of-the-goods-that-make-up-the-flow",
        None,
        "MANILA, April 2 - The Philippines' trade deficit with South Korea widened to 420 mln "
        "dlrs in 1986, the central bank said.\n\nPhilippine exports to South Korea fell to 180 "
        "mln dlrs, while imports of Korean steel, ships and textiles rose to 600 mln dlrs.",
        D(1987, 4, 2),
        [
            ("PHL", "KOR", "balance", -420_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PHL", "KOR", "export", 180_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PHL", "KOR", "import", 600_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written66_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written66_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
