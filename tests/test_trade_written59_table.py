"""Trade error classes of session 59: a state's export earnings and its import bill.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``earnings-and-bill``: "export earnings" or "export receipts" as the subject of a
  level's verb ("its export earnings rose to X from Y", "export receipts were X", also past
  an aside between commas) are the state's exports, and "the import bill" so told ("while
  the import bill rose to X") its imports, as "exports" and "imports" would be; a
  product's earnings or bill ("cocoa export earnings", "export earnings from cocoa", "the
  oil import bill"), a share of them ("X of export earnings", "N pct of export earnings"),
  a loss "in export earnings" and a change by an amount ("cut the import bill by X") are
  still no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "earnings-and-bill",
        "export-earnings-rose-to-from",
        None,
        "MANAGUA, April 9 - Nicaragua's export earnings rose to 310 mln dlrs in 1986 from 285 "
        "mln dlrs in 1985, the central bank said in its yearly report.",
        D(1987, 4, 9),
        [
            ("NIC", None, "export", 310_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("NIC", None, "export", 285_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "earnings-and-bill",
        "export-receipts-were",
        None,
        "DHAKA, Jan 12 - Bangladesh's export receipts were 1.12 billion dlrs in the first half "
        "of 1986, the Export Promotion Bureau said.",
        D(1987, 1, 12),
        [("BGD", None, "export", 1_120_000_000, "USD", "1986-01-01", "1986-06-30", False)],
    ),
    (
        "earnings-and-bill",
        "import-bill-after-a-product-s-earnings",
        None,
        "KAMPALA, Oct 2 - Uganda's trade deficit widened to 95 mln dlrs in the second quarter "
        "of 1987, the finance ministry said. Tea sales abroad slipped, while the import bill "
        "rose to 240 mln dlrs from 201 mln.",
        D(1987, 10, 2),
        [
            ("UGA", None, "balance", -95_000_000, "USD", "1987-04-01", "1987-06-30", False),
            ("UGA", None, "import", 240_000_000, "USD", "1987-04-01", "1987-06-30", False),
        ],
    ),
    (
        "earnings-and-bill",
        "near-miss-a-product-s-export-earnings",
        None,
        "MANAGUA, April 9 - Nicaragua's coffee export earnings fell to 120 mln dlrs in 1986, "
        "the central bank said.",
        D(1987, 4, 9),
        [],
    ),
    (
        "earnings-and-bill",
        "near-miss-a-share-of-export-earnings",
        None,
        "MANAGUA, April 9 - Debt service took 40 pct of Nicaragua's export earnings in 1986, "
        "the central bank said.",
        D(1987, 4, 9),
        [],
    ),
    (
        "earnings-and-bill",
        "near-miss-the-oil-import-bill-cut-by-an-amount",
        None,
        "KAMPALA, Oct 2 - Cheaper fuel cut Uganda's oil import bill by 30 mln dlrs in 1986, the "
        "finance ministry said.",
        D(1987, 10, 2),
        [],
    ),
    (
        "earnings-and-bill",
        "near-miss-export-earnings-from-a-product",
        None,
        "MANAGUA, April 9 - Nicaragua's export earnings from coffee rose to 120 mln dlrs in "
        "1986, the central bank said.",
        D(1987, 4, 9),
        [],
    ),
    (
        "earnings-and-bill",
        "near-miss-a-product-s-amount-of-export-earnings",
        None,
        "MANAGUA, April 9 - Cotton accounted for 75 mln dlrs of Nicaragua's export earnings, "
        "the central bank said in its review of 1986.",
        D(1987, 4, 9),
        [],
    ),
    (
        "earnings-and-bill",
        "near-miss-a-loss-in-export-earnings",
        None,
        "MANAGUA, April 9 - Nicaragua's exports rose to 310 mln dlrs in 1986. The country "
        "lost 90 mln dlrs in export earnings last year because of the embargo.",
        D(1987, 4, 9),
        [("NIC", None, "export", 310_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written59_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written59_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
