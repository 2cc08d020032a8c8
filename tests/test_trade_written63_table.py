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
