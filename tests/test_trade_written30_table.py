"""Trade error classes of session 30's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twenty writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``from-base-without-period``: wire copy names a level's year right after it and then its
  earlier level after "from" with no period of its own ("exports rose to X last year from
  Y", "to X in 1988 from Y"): Y is the year before. Only a whole year says so: "to X in
  April from Y" or "to X in the first quarter from Y" may be the period before or the same
  one a year earlier, and "rose from Y to X last year" still states no period for Y; a
  base with a period of its own keeps it.
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
    # --- from-base-without-period: "to X <year> from Y" gives Y the year before
    (
        "from-base-without-period",
        "last-year-then-a-bare-base",
        None,
        "HELSINKI, Feb 20 - Finnish imports from Norway fell to 8.4 billion markka last year "
        "from 9.2 billion, the customs board said.",
        D(1993, 2, 20),
        [
            ("FIN", "NOR", "import", 8_400_000_000, "FIM", "1992-01-01", "1992-12-31", False),
            ("FIN", "NOR", "import", 9_200_000_000, "FIM", "1991-01-01", "1991-12-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "a-named-year-then-a-bare-base-and-a-parallel-clause",
        None,
        "NAIROBI, March 14 - Kenya's exports to Britain climbed to 310 mln dlrs in 1988 from "
        "275 mln, while its imports from Britain rose to 420 mln dlrs from 398 mln, the "
        "central bank said.",
        D(1989, 3, 14),
        [
            ("KEN", "GBR", "export", 310_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("KEN", "GBR", "export", 275_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("KEN", "GBR", "import", 420_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("KEN", "GBR", "import", 398_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "during-the-past-year-then-a-bare-base",
        None,
        "LAGOS, June 1 - Nigeria's exports to France dropped to 1.3 billion dlrs during the "
        "past year from 1.6 billion, officials said.",
        D(1988, 6, 1),
        [
            ("NGA", "FRA", "export", 1_300_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("NGA", "FRA", "export", 1_600_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "a-balance-in-a-named-year-then-a-bare-base",
        None,
        "KARACHI, Sept 5 - Pakistan's trade deficit with Japan narrowed to 910 mln dlrs in "
        "1989 from 1.02 billion, the statistics bureau said.",
        D(1990, 9, 5),
        [
            ("PAK", "JPN", "balance", -910_000_000, "USD", "1989-01-01", "1989-12-31", False),
            ("PAK", "JPN", "balance", -1_020_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "near-miss-a-month-then-a-bare-base-states-no-period",
        None,
        "SEOUL, May 2 - South Korea's exports to China rose to 1.9 billion dlrs in April from "
        "1.7 billion, the ministry said.",
        D(1991, 5, 2),
        [
            ("KOR", "CHN", "export", 1_900_000_000, "USD", "1991-04-01", "1991-04-30", False),
        ],
    ),
    (
        "from-base-without-period",
        "near-miss-a-quarter-then-a-bare-base-states-no-period",
        None,
        "SEOUL, May 2 - South Korea's exports to China rose to 4.9 billion dlrs in the first "
        "quarter from 4.1 billion, the ministry said.",
        D(1991, 5, 2),
        [
            ("KOR", "CHN", "export", 4_900_000_000, "USD", "1991-01-01", "1991-03-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "near-miss-rose-from-y-to-x-last-year-states-no-period-for-y",
        None,
        "SEOUL, May 2 - South Korea's exports to China rose from 4.1 billion dlrs to 4.9 "
        "billion dlrs last year, the ministry said.",
        D(1991, 5, 2),
        [
            ("KOR", "CHN", "export", 4_900_000_000, "USD", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "from-base-without-period",
        "near-miss-a-base-with-its-own-year-keeps-it",
        None,
        "SEOUL, May 2 - South Korea's exports to China rose to 4.9 billion dlrs in 1990 from "
        "4.1 billion in 1988, the ministry said.",
        D(1991, 5, 2),
        [
            ("KOR", "CHN", "export", 4_900_000_000, "USD", "1990-01-01", "1990-12-31", False),
            ("KOR", "CHN", "export", 4_100_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
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
