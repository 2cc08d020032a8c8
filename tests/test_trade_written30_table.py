"""Trade error classes of session 30's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twenty writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``ranked-partner-buys-or-sells-goods``: wire copy tells a ranked partner's figure as its
  buying or selling of the reporter's goods, and reaches the rank by passing a rival ("B
  overtook C to become A's biggest market, buying goods worth X", "B was again A's main
  supplier, selling goods worth X"): B is the partner (export for a market, import for a
  supplier) and the rival passed is no item. A rival passed in another role ("overtook C
  as a supplier of crude") or a rank with no figure gives no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- ranked-partner-buys-or-sells-goods: "overtook C to become", "selling goods worth"
    (
        "ranked-partner-buys-or-sells-goods",
        "overtook-a-rival-to-become-the-biggest-market-buying",
        None,
        "MANILA, March 10 - Philippine exports rose to 8.1 billion dlrs in 1990. Japan "
        "overtook the United States to become the Philippines' biggest market, buying goods "
        "worth 1.6 billion dlrs.",
        D(1991, 3, 10),
        [
            ("PHL", None, "export", 8_100_000_000, "USD", "1990-01-01", "1990-12-31", False),
            ("PHL", "JPN", "export", 1_600_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "ranked-partner-buys-or-sells-goods",
        "passed-a-rival-to-become-the-second-market-taking",
        None,
        "BRASILIA, March 10 - Brazilian exports rose to 46.5 billion dlrs in 1994. Argentina "
        "passed Japan to become Brazil's second largest market, taking goods worth 4.1 "
        "billion dlrs.",
        D(1995, 3, 10),
        [
            ("BRA", None, "export", 46_500_000_000, "USD", "1994-01-01", "1994-12-31", False),
            ("BRA", "ARG", "export", 4_100_000_000, "USD", "1994-01-01", "1994-12-31", False),
        ],
    ),
    (
        "ranked-partner-buys-or-sells-goods",
        "the-main-supplier-selling-goods-worth",
        None,
        "ACCRA, March 10 - Ghana's imports climbed to 1.2 billion dlrs in 1990. Britain was "
        "again the country's main supplier, selling goods worth 260 mln dlrs.",
        D(1991, 3, 10),
        [
            ("GHA", None, "import", 1_200_000_000, "USD", "1990-01-01", "1990-12-31", False),
            ("GHA", "GBR", "import", 260_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "ranked-partner-buys-or-sells-goods",
        "near-miss-a-rival-passed-in-another-role-gives-no-item",
        None,
        "ACCRA, March 10 - Ghana's imports climbed to 1.2 billion dlrs in 1990. Britain "
        "overtook Nigeria as a supplier of crude, selling 260 mln dlrs of oil products.",
        D(1991, 3, 10),
        [
            ("GHA", None, "import", 1_200_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "ranked-partner-buys-or-sells-goods",
        "near-miss-a-rank-with-no-figure-gives-no-record",
        None,
        "ACCRA, March 10 - Ghana's exports climbed to 1.2 billion dlrs in 1990. Britain "
        "overtook Nigeria to become Ghana's main market.",
        D(1991, 3, 10),
        [
            ("GHA", None, "export", 1_200_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written30_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written30_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
