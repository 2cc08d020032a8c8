"""Trade error classes of session 63: figures of statistics stories, as wire copy tells them.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``superseded-first-estimate``: a sentence telling the estimate the statistics office has
  since replaced ("The office had originally put the March surplus at X", "The bureau
  revised the August surplus from the X it had published") gives no record: the story
  gives the revised figure. Nor does its month date the figures of the sentences after it
  ("Exports rose to Y in the month" is the story's month, not the revised one's). A
  revision that states the new figure ("revised the August surplus from X to Y") and a
  sentence of the office with no figure of a month ("first published its monthly trade
  figures in 1950") are read as before.
- ``plan-flow-back-without-verb``: a plan's level of A's exports to B followed by a clause
  with no verb of its own telling the flow back ("and B-an deliveries, mainly machinery,
  worth Y", "with B-an deliveries of buses and steel worth Y") gives A's planned imports
  from B for the same period. Deliveries of a third state ("and Soviet deliveries ... worth
  Y" in a story of two other states) give no record, and a past year's "and imports from B
  to Y" is read as before, a fact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "superseded-first-estimate",
        "originally-put-at-an-amount",
        None,
        "STOCKHOLM, May 12 - Sweden's trade surplus narrowed to 3.4 billion crowns in April "
        "from a revised 4.1 billion in March, the statistics office said.\n\nThe office had "
        "originally put the March surplus at 3.7 billion crowns, but late returns from the "
        "timber trade raised it.",
        D(1987, 5, 12),
        [
            ("SWE", None, "balance", 3_400_000_000, "SEK", "1987-04-01", "1987-04-30", False),
            ("SWE", None, "balance", 4_100_000_000, "SEK", "1987-03-01", "1987-03-31", False),
        ],
    ),
    (
        "superseded-first-estimate",
        "revised-from-the-amount-it-had-published",
        None,
        "LAGOS, Nov 20 - Nigeria's trade surplus rose to 410 billion naira in September from "
        "350 billion naira in August, the statistics bureau said.\n\nThe bureau revised the "
        "August surplus from the 320 billion naira it had published a month ago.",
        D(2024, 11, 20),
        [
            ("NGA", None, "balance", 410_000_000_000, "NGN", "2024-09-01", "2024-09-30", False),
            ("NGA", None, "balance", 350_000_000_000, "NGN", "2024-08-01", "2024-08-31", False),
        ],
    ),
    (
        "superseded-first-estimate",
        "the-month-after-a-revision-without-amount",
        None,
        "COPENHAGEN, April 9 - Denmark's trade surplus widened to 2.6 billion crowns in "
        "February from a revised 1.9 billion in January, the statistics office said.\n\nThe "
        "office had first put the January surplus lower, before late returns from shipyards "
        "came in.\n\nExports rose to 14.2 billion crowns in the month from 13.5 billion in "
        "January, while imports fell to 11.6 billion crowns from 11.8 billion.",
        D(1987, 4, 9),
        [
            ("DNK", None, "balance", 2_600_000_000, "DKK", "1987-02-01", "1987-02-28", False),
            ("DNK", None, "balance", 1_900_000_000, "DKK", "1987-01-01", "1987-01-31", False),
            ("DNK", None, "export", 14_200_000_000, "DKK", "1987-02-01", "1987-02-28", False),
            ("DNK", None, "export", 13_500_000_000, "DKK", "1987-01-01", "1987-01-31", False),
            ("DNK", None, "import", 11_600_000_000, "DKK", "1987-02-01", "1987-02-28", False),
            ("DNK", None, "import", 11_800_000_000, "DKK", "1987-01-01", "1987-01-31", False),
        ],
    ),
    (
        "superseded-first-estimate",
        "near-miss-revised-from-one-amount-to-another",
        None,
        "LAGOS, Nov 20 - Nigeria's trade surplus rose to 410 billion naira in September, the "
        "statistics bureau said.\n\nThe bureau revised the August surplus from 320 billion "
        "naira to 350 billion naira.",
        D(2024, 11, 20),
        [
            ("NGA", None, "balance", 410_000_000_000, "NGN", "2024-09-01", "2024-09-30", False),
            ("NGA", None, "balance", 350_000_000_000, "NGN", "2024-08-01", "2024-08-31", False),
        ],
    ),
    (
        "superseded-first-estimate",
        "near-miss-first-published-with-no-amount",
        None,
        "COPENHAGEN, April 9 - Denmark's trade surplus widened to 2.6 billion crowns in "
        "February from 1.9 billion in January, the statistics office said.\n\nThe office "
        "first published its monthly trade figures in 1950.\n\nExports rose to 14.2 billion "
        "crowns in the month from 13.5 billion in January.",
        D(1987, 4, 9),
        [
            ("DNK", None, "balance", 2_600_000_000, "DKK", "1987-02-01", "1987-02-28", False),
            ("DNK", None, "balance", 1_900_000_000, "DKK", "1987-01-01", "1987-01-31", False),
            ("DNK", None, "export", 14_200_000_000, "DKK", "1987-02-01", "1987-02-28", False),
            ("DNK", None, "export", 13_500_000_000, "DKK", "1987-01-01", "1987-01-31", False),
        ],
    ),
    (
        "plan-flow-back-without-verb",
        "adjective-deliveries-worth-after-planned-exports",
        None,
        "WARSAW, Jan 12 - Poland and Czechoslovakia signed a trade protocol for 1987 in Warsaw "
        "on Monday, the PAP news agency said.\n\nIt provides for Polish exports to "
        "Czechoslovakia of 640 mln dlrs this year and Czechoslovak deliveries, mainly machinery "
        "and cars, worth 610 mln dlrs, a ministry official said.",
        D(1987, 1, 12),
        [
            ("POL", "CSK", "export", 640_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("POL", "CSK", "import", 610_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "plan-flow-back-without-verb",
        "with-adjective-deliveries-of-goods-worth-a-bare-amount",
        None,
        "SOFIA, Feb 9 - Bulgaria and Hungary signed a trade plan for 1987 after two days of "
        "talks, the BTA agency said.\n\nBulgaria's exports to Hungary are expected to reach 410 "
        "mln dlrs this year, with Hungarian deliveries of buses, drugs and steel worth 395 mln, "
        "the statement said.",
        D(1987, 2, 9),
        [
            ("BGR", "HUN", "export", 410_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("BGR", "HUN", "import", 395_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "plan-flow-back-without-verb",
        "near-miss-deliveries-of-a-third-state",
        None,
        "WARSAW, Jan 12 - Poland and Czechoslovakia signed a trade protocol for 1987 in Warsaw "
        "on Monday, the PAP news agency said.\n\nIt provides for Polish exports to "
        "Czechoslovakia of 640 mln dlrs this year and Soviet deliveries, mainly oil, worth 610 "
        "mln dlrs, a ministry official said.",
        D(1987, 1, 12),
        [("POL", "CSK", "export", 640_000_000, "USD", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "plan-flow-back-without-verb",
        "near-miss-a-past-year-s-imports-without-verb",
        None,
        "SOFIA, Feb 9 - Bulgaria and Yugoslavia signed a trade protocol for 1987, the BTA agency "
        "said.\n\nBulgarian exports to Yugoslavia rose to 210 mln dlrs last year and imports "
        "from Yugoslavia to 190 mln dlrs, it said.",
        D(1987, 2, 9),
        [
            ("BGR", "YUG", "export", 210_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("BGR", "YUG", "import", 190_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written63_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written63_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
