"""Trade error classes of session 44: a headline in capitals, the balance "trade with B" shows.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``capitals-headline-pair``: a wire headline in capitals ("A, B SIGN TRADE PROTOCOL",
  "A – B: TALKS IN P") names its states as a title-cased one would, so it gives the story's
  pair (and its first state) to figures whose partner only the story's context gives.
- ``trade-with-shows-balance``: a balance that a sentence's "Trade with B" shows ("Trade
  with B, its largest market, showed a surplus of X") is the balance with B.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- capitals-headline-pair: "A – B: TALKS IN P", "A, B TRADE UP 12 PCT"
    (
        "capitals-headline-pair",
        "dash-headline-orders-the-pair-for-exports-of-a-state",
        "GHANA – TOGO: TALKS IN LOME",
        "On May 6, 2024, Lome hosted a round of talks between the trade ministries of Ghana "
        "and Togo.\n\nThe delegations reviewed customs procedures at the main crossing and "
        "the state of the coastal road.\n\nIt was noted that in 2023 the trade turnover "
        "between the two countries came to 318.4 million US dollars, of which exports of "
        "Ghana made up 204.7 million US dollars.",
        D(2024, 5, 7),
        [
            ("GHA", "TGO", "turnover", 318_400_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "export", 204_700_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "capitals-headline-pair",
        "comma-headline-gives-the-partner-of-bare-exports",
        "GHANA, TOGO TRADE UP 12 PCT",
        "ACCRA, May 6 - Trade rose 12 pct last year, the ministry said.\n\nGhanaian exports "
        "amounted to 95 mln dlrs and imports to 40 mln dlrs.",
        D(1987, 5, 6),
        [
            ("GHA", "TGO", "export", 95_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GHA", "TGO", "import", 40_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "capitals-headline-pair",
        "demonym-pair-headline-in-capitals",
        "GHANAIAN-TOGOLESE TRADE UP 12 PCT",
        "ACCRA, May 6 - Trade rose 12 pct last year, the ministry said.\n\nGhanaian exports "
        "amounted to 95 mln dlrs and imports to 40 mln dlrs.",
        D(1987, 5, 6),
        [
            ("GHA", "TGO", "export", 95_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GHA", "TGO", "import", 40_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "capitals-headline-pair",
        "near-miss-one-state-in-capitals-gives-no-partner",
        "GHANA TRADE UP 12 PCT",
        "ACCRA, May 6 - Trade rose 12 pct last year, the ministry said.\n\nGhanaian exports "
        "amounted to 95 mln dlrs and imports to 40 mln dlrs.",
        D(1987, 5, 6),
        [
            ("GHA", None, "export", 95_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GHA", None, "import", 40_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "capitals-headline-pair",
        "near-miss-the-body-names-its-own-partner",
        "GHANA, TOGO PLEDGE CLOSER TIES",
        "ACCRA, May 6 - Ghana's foreign minister arrived in Lome on Monday for two days of "
        "talks.\n\nGhana's exports to Burkina Faso rose to 95 mln dlrs in 1986, the ministry "
        "said.",
        D(1987, 5, 6),
        [
            ("GHA", "BFA", "export", 95_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    # --- trade-with-shows-balance: "Trade with B(, an aside,) showed a surplus of X"
    (
        "trade-with-shows-balance",
        "trade-with-a-state-showed-a-surplus",
        None,
        "NAIROBI, April 2 - Kenya's trade surplus with Uganda was 410 mln shillings in 1986, "
        "the statistics office said. Trade with Tanzania showed a surplus of 290 mln "
        "shillings.",
        D(1987, 4, 2),
        [
            ("KEN", "UGA", "balance", 410_000_000, "KES", "1986-01-01", "1986-12-31", False),
            ("KEN", "TZA", "balance", 290_000_000, "KES", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "trade-with-shows-balance",
        "an-aside-then-a-demonym-deficit",
        None,
        "SANTIAGO, May 5 - Chile's trade deficit narrowed to 120 mln dlrs in 1986, the "
        "central bank said. Trade with Brazil, its second largest supplier, showed a Chilean "
        "deficit of 85 mln dlrs last year.",
        D(1987, 5, 5),
        [
            ("CHL", None, "balance", -120_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("CHL", "BRA", "balance", -85_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "trade-with-shows-balance",
        "near-miss-overall-trade-shows-the-balance",
        None,
        "SANTIAGO, May 5 - Chile's trade deficit narrowed to 120 mln dlrs in 1986, the "
        "central bank said. Trade with Brazil grew, while overall trade showed a surplus of "
        "85 mln dlrs in the first quarter of 1987.",
        D(1987, 5, 5),
        [
            ("CHL", None, "balance", -120_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("CHL", None, "balance", 85_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written44_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written44_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
