"""Trade error classes of session 58: a participle of selling with its amount of goods.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``selling-participle``: "exporting", "selling" or "shipping" followed by an amount of
  goods ("with B exporting X worth of goods", "with B selling about X of goods to C",
  "shipping X of merchandise to its neighbour"), usually in a clause after a bilateral
  total, is B's export, as "sold" or "exported" would be, not a second turnover; an
  amount of a product, of shares, or a quantity after the same participles is still no
  record (where a participle of a product's amount was read as a second turnover before,
  it now gives none).
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "selling-participle",
        "exporting-an-amount-worth-of-goods",
        None,
        "LIMA, May 4 - Trade between Peru and Ecuador reached 820 mln dlrs last year, "
        "officials said, with Peru exporting 450 mln dlrs worth of goods, mainly fishmeal and "
        "copper.",
        D(1988, 5, 4),
        [
            ("PER", "ECU", "turnover", 820_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("PER", "ECU", "export", 450_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "selling-participle",
        "selling-an-amount-of-goods-to-the-partner",
        None,
        "QUITO, June 8 - Ecuadorean officials said bilateral trade with Colombia came to 1.3 "
        "billion dlrs last year, with Colombia selling about 900 mln dlrs of goods to Ecuador.",
        D(1988, 6, 8),
        [
            ("ECU", "COL", "turnover", 1_300_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("COL", "ECU", "export", 900_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "selling-participle",
        "shipping-an-amount-of-merchandise",
        None,
        "ACCRA, March 2 - Ghana and Togo traded goods worth 600 mln dlrs in 2022, with Ghana "
        "shipping 420 mln dlrs of merchandise to its neighbour.",
        D(2023, 3, 2),
        [
            ("GHA", "TGO", "turnover", 600_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "TGO", "export", 420_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "selling-participle",
        "near-miss-selling-shares",
        None,
        "LIMA, May 4 - Trade between Peru and Ecuador reached 820 mln dlrs last year, with a "
        "Peruvian fund selling 45 mln dlrs worth of shares in Ecuadorean banks.",
        D(1988, 5, 4),
        [("PER", "ECU", "turnover", 820_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    (
        "selling-participle",
        "near-miss-shipping-a-quantity",
        None,
        "LIMA, May 4 - Trade between Peru and Ecuador reached 820 mln dlrs last year, with "
        "Peru shipping 2 mln tonnes of goods by sea.",
        D(1988, 5, 4),
        [("PER", "ECU", "turnover", 820_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    (
        "selling-participle",
        "exporting-a-product-is-no-second-turnover",
        None,
        "LIMA, May 4 - Trade between Peru and Ecuador reached 820 mln dlrs last year, with "
        "Peru exporting 450 mln dlrs worth of copper.",
        D(1988, 5, 4),
        [("PER", "ECU", "turnover", 820_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    (
        "selling-participle",
        "near-miss-selling-with-no-amount",
        None,
        "LIMA, May 4 - Trade between Peru and Ecuador reached 820 mln dlrs last year, with "
        "Peru selling more goods than it bought.",
        D(1988, 5, 4),
        [("PER", "ECU", "turnover", 820_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written58_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written58_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
