"""Trade error classes of session 29's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (eighteen writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``base-after-against``: wire copy gives a figure's earlier level after "against" (or
  "compared with") as it does after "from": "imports were X against Y" in a clause after
  "exports rose to A from B a year earlier" is Y for B's period; "B alone accounted for X
  of that total, against Y in 1988" is X for the total's period and Y for 1988's (the
  base's period is not the share's, and the base is no share of its own); "a deficit of X
  because of heavy imports, against a deficit of Y a year earlier" is Y a year earlier
  ("heavy" before a flow word tells its size, no product, so it blocks no later balance).
  A lone "were X against Y" with no earlier level to point back to still states no period
  for Y, "heavy machinery exports" stay a product's, and a share after "against" stays no
  figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- base-after-against: the earlier level after "against", "compared with"
    (
        "base-after-against",
        "parallel-clause-were-x-against-a-bare-base",
        None,
        "OSLO, Feb 11 - Norwegian exports to Denmark climbed to 14.2 billion crowns in 1991 "
        "from 12.9 billion a year earlier, while imports from Denmark were 11.8 billion "
        "crowns against 11.1 billion, the statistics bureau said.",
        D(1992, 2, 11),
        [
            ("NOR", "DNK", "export", 14_200_000_000, "NOK", "1991-01-01", "1991-12-31", False),
            ("NOR", "DNK", "export", 12_900_000_000, "NOK", "1990-01-01", "1990-12-31", False),
            ("NOR", "DNK", "import", 11_800_000_000, "NOK", "1991-01-01", "1991-12-31", False),
            ("NOR", "DNK", "import", 11_100_000_000, "NOK", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "base-after-against",
        "parallel-clause-compared-with-a-bare-base",
        None,
        "LIMA, Aug 3 - Peru's exports rose to 1.64 billion dlrs in the first half from 1.31 "
        "billion a year earlier, and imports were 1.22 billion dlrs compared with 1.05 "
        "billion, the central bank said.",
        D(1989, 8, 3),
        [
            ("PER", None, "export", 1_640_000_000, "USD", "1989-01-01", "1989-06-30", False),
            ("PER", None, "export", 1_310_000_000, "USD", "1988-01-01", "1988-06-30", False),
            ("PER", None, "import", 1_220_000_000, "USD", "1989-01-01", "1989-06-30", False),
            ("PER", None, "import", 1_050_000_000, "USD", "1988-01-01", "1988-06-30", False),
        ],
    ),
    (
        "base-after-against",
        "share-of-that-total-then-its-base-with-a-year",
        None,
        "SEOUL, May 20 - South Korea's overall trade surplus reached 4.6 billion dlrs in "
        "1989.\n\nThe surplus with Taiwan alone accounted for 620 mln dlrs of that total, "
        "against 480 mln dlrs in 1988, officials said.",
        D(1990, 5, 20),
        [
            ("KOR", None, "balance", 4_600_000_000, "USD", "1989-01-01", "1989-12-31", False),
            ("KOR", "TWN", "balance", 620_000_000, "USD", "1989-01-01", "1989-12-31", False),
            ("KOR", "TWN", "balance", 480_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "base-after-against",
        "share-of-the-total-in-a-year-then-its-base",
        None,
        "SEOUL, May 20 - South Korea's trade surplus with the United States accounted for 2.1 "
        "billion dlrs of the total in 1989, against 1.7 billion dlrs in 1988, officials said.",
        D(1990, 5, 20),
        [
            ("KOR", "USA", "balance", 2_100_000_000, "USD", "1989-01-01", "1989-12-31", False),
            ("KOR", "USA", "balance", 1_700_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "base-after-against",
        "deficit-because-of-heavy-imports-against-a-deficit",
        None,
        "ANKARA, July 9 - Turkey posted a trade deficit of 3.4 billion dlrs in the first half "
        "because of heavy imports from Germany, against a deficit of 2.8 billion dlrs a year "
        "earlier, the statistics institute said.",
        D(1991, 7, 9),
        [
            ("TUR", None, "balance", -3_400_000_000, "USD", "1991-01-01", "1991-06-30", False),
            ("TUR", None, "balance", -2_800_000_000, "USD", "1990-01-01", "1990-06-30", False),
        ],
    ),
    (
        "base-after-against",
        "deficit-as-heavy-imports-went-on-against-a-deficit",
        None,
        "ANKARA, July 9 - Turkey's trade deficit widened to 3.4 billion dlrs in the first half "
        "as heavy imports continued, against a deficit of 2.8 billion dlrs a year earlier.",
        D(1991, 7, 9),
        [
            ("TUR", None, "balance", -3_400_000_000, "USD", "1991-01-01", "1991-06-30", False),
            ("TUR", None, "balance", -2_800_000_000, "USD", "1990-01-01", "1990-06-30", False),
        ],
    ),
    (
        "base-after-against",
        "near-miss-a-lone-clause-states-no-period-for-its-base",
        None,
        "ANKARA, July 9 - Turkey's imports were 9.1 billion dlrs in the first half against 7.7 "
        "billion, the institute said.",
        D(1991, 7, 9),
        [
            ("TUR", None, "import", 9_100_000_000, "USD", "1991-01-01", "1991-06-30", False),
        ],
    ),
    (
        "base-after-against",
        "near-miss-heavy-machinery-exports-stay-a-product",
        None,
        "ANKARA, July 9 - Heavy machinery exports rose to 410 mln dlrs in the first half, the "
        "institute said.",
        D(1991, 7, 9),
        [],
    ),
    (
        "base-after-against",
        "near-miss-a-share-after-against-is-no-figure",
        None,
        "ANKARA, July 9 - Germany accounted for 2.2 billion dlrs of Turkey's exports in 1990, "
        "against a share of 21 pct a year earlier.",
        D(1991, 7, 9),
        [
            ("TUR", "DEU", "export", 2_200_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written29_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written29_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
