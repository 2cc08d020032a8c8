"""Trade error classes of session 21's blind-written wire copy, pooled with the corpus keys.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (the 30 articles written blind after the corpus' outlets, the blind corpus keys, the
audit's trade silver): a way of writing trade figures that recurs, not one writer's habit.
No row repeats a sentence, a name pairing or a figure of those texts:

- ``comparison-base``: "up from X the year before", "against Y a year before", "rose to A
  from B, while imports were C against D a year earlier", "estimated at A in 1986/87,
  against three billion in 1985/86": the earlier figure of a comparison is the same flow
  for the period the comparison names, counted back from the figure's own ("the year
  before" as "a year earlier"), named once for two parallel clauses, or written in words
  after a figure in a currency;
- near misses that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- comparison-base: the earlier figure of a comparison, for the period it names
    (
        "comparison-base",
        "up-from-the-year-before",
        None,
        "Chile's exports to Korea climbed to $6.4 billion in 2019, the central bank said, up "
        "from $5.9 billion the year before.",
        D(2020, 3, 2),
        [
            ("CHL", "KOR", "export", 6_400_000_000, "USD", "2019-01-01", "2019-12-31", False),
            ("CHL", "KOR", "export", 5_900_000_000, "USD", "2018-01-01", "2018-12-31", False),
        ],
    ),
    (
        "comparison-base",
        "against-a-year-before-after-quarter",
        None,
        "Norway posted a trade surplus of 41.2 billion crowns in the second quarter of 2011, "
        "against 37.5 billion crowns a year before, Statistics Norway said.",
        D(2011, 8, 15),
        [
            ("NOR", None, "balance", 41_200_000_000, "NOK", "2011-04-01", "2011-06-30", False),
            ("NOR", None, "balance", 37_500_000_000, "NOK", "2010-04-01", "2010-06-30", False),
        ],
    ),
    (
        "comparison-base",
        "parallel-clause-were-against-a-year-earlier",
        None,
        "Kenya's exports for January-May rose to 2.31 billion dlrs from 2.05 billion, while "
        "imports were 6.12 billion dlrs against 5.87 billion a year earlier, the bureau said.",
        D(2016, 7, 1),
        [
            ("KEN", None, "export", 2_310_000_000, "USD", "2016-01-01", "2016-05-31", False),
            ("KEN", None, "export", 2_050_000_000, "USD", "2015-01-01", "2015-05-31", False),
            ("KEN", None, "import", 6_120_000_000, "USD", "2016-01-01", "2016-05-31", False),
            ("KEN", None, "import", 5_870_000_000, "USD", "2015-01-01", "2015-05-31", False),
        ],
    ),
    (
        "comparison-base",
        "parallel-clause-stood-at-compared-with",
        None,
        "Peru's exports rose to 3.3 billion dlrs in June from 3.1 billion, while imports stood "
        "at 2.9 billion compared with 2.7 billion in May.",
        D(2014, 8, 5),
        [
            ("PER", None, "export", 3_300_000_000, "USD", "2014-06-01", "2014-06-30", False),
            ("PER", None, "export", 3_100_000_000, "USD", "2014-05-01", "2014-05-31", False),
            ("PER", None, "import", 2_900_000_000, "USD", "2014-06-01", "2014-06-30", False),
            ("PER", None, "import", 2_700_000_000, "USD", "2014-05-01", "2014-05-31", False),
        ],
    ),
    (
        "comparison-base",
        "base-in-words-against",
        None,
        "Pakistan's trade with China is put at 4.2 billion dlrs in 2012, against four billion "
        "in 2011, officials said.",
        D(2013, 2, 1),
        [
            ("PAK", "CHN", "turnover", 4_200_000_000, "USD", "2012-01-01", "2012-12-31", False),
            ("PAK", "CHN", "turnover", 4_000_000_000, "USD", "2011-01-01", "2011-12-31", False),
        ],
    ),
    (
        "comparison-base",
        "base-in-words-compared-with",
        None,
        "Egypt's imports from Italy came to 2.6 billion euros last year, compared with two "
        "billion in 2017, the ministry said.",
        D(2019, 3, 10),
        [
            ("EGY", "ITA", "import", 2_600_000_000, "EUR", "2018-01-01", "2018-12-31", False),
            ("EGY", "ITA", "import", 2_000_000_000, "EUR", "2017-01-01", "2017-12-31", False),
        ],
    ),
    # --- near misses: no period counted back, no amount in words
    (
        "near-miss",
        "the-year-before-the-election",
        None,
        "Ghana's exports to Togo reached $700 million in 2019, the year before the election, "
        "the ministry said.",
        D(2021, 3, 1),
        [("GHA", "TGO", "export", 700_000_000, "USD", "2019-01-01", "2019-12-31", False)],
    ),
    (
        "near-miss",
        "words-count-after-from",
        None,
        "Nigeria's exports to India reached $10.2 billion in 2022 as the buyers grew from "
        "three million to five million, the bureau said.",
        D(2023, 4, 1),
        [("NGA", "IND", "export", 10_200_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "near-miss",
        "rose-from-to-no-base-period",
        None,
        "Vietnam's exports to Japan rose from $18 billion to $20 billion last year.",
        D(2020, 3, 1),
        [("VNM", "JPN", "export", 20_000_000_000, "USD", "2019-01-01", "2019-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written21_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written21_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
