"""Trade error classes of session 65: figures of statistics stories, as wire copy tells them.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``undated-goal-year``: in a story with no date, the sentence of a goal ("the government is
  aiming for exports of $62bn in 2007", "the ministry aims to lift exports to ... in 2006")
  is about the future, as one that "expects" a level is: its year is not the year the story
  reports on, so a month named alone ("In December alone the surplus was X") and "the
  current financial year" fall in the year of the story's figures, not in the goal's. A
  dated story, and a goal the story says was aimed at in the past, are read as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "undated-goal-year",
        "month-alone-before-an-aiming-goal",
        None,
        "Chile posted a record trade surplus of $9.2bn in 2006, helped by copper prices, the "
        "central bank said. Exports rose 41% to $58.1bn. In December alone the surplus was "
        "$1.1bn.\n\nThe government is aiming for exports of $62bn in 2007, officials said.",
        None,
        [
            ("CHL", None, "balance", 9_200_000_000, "USD", "2006-01-01", "2006-12-31", False),
            ("CHL", None, "export", 58_100_000_000, "USD", "2006-01-01", "2006-12-31", False),
            ("CHL", None, "balance", 1_100_000_000, "USD", "2006-12-01", "2006-12-31", False),
            ("CHL", None, "export", 62_000_000_000, "USD", "2007-01-01", "2007-12-31", True),
        ],
    ),
    (
        "undated-goal-year",
        "two-months-before-a-ministry-that-aims",
        None,
        "Kenya's trade deficit widened to 310bn shillings in 2005, the statistics bureau said. "
        "The deficit in November was 29bn shillings, up from 24bn shillings in October. The "
        "trade ministry aims to lift exports to 400bn shillings in 2006.",
        None,
        [
            ("KEN", None, "balance", -310_000_000_000, "KES", "2005-01-01", "2005-12-31", False),
            ("KEN", None, "balance", -29_000_000_000, "KES", "2005-11-01", "2005-11-30", False),
            ("KEN", None, "balance", -24_000_000_000, "KES", "2005-10-01", "2005-10-31", False),
            ("KEN", None, "export", 400_000_000_000, "KES", "2006-01-01", "2006-12-31", True),
        ],
    ),
    (
        "undated-goal-year",
        "current-financial-year-of-an-aiming-goal",
        None,
        "Egypt's exports totalled $14.2bn in the year to June 2007, the trade ministry said. "
        "The minister said Egypt was aiming for exports of $18bn in the current financial "
        "year, which ends in June 2008, as new gas fields come on stream.",
        None,
        [
            ("EGY", None, "export", 14_200_000_000, "USD", "2006-07-01", "2007-06-30", False),
            ("EGY", None, "export", 18_000_000_000, "USD", "2007-07-01", "2008-06-30", True),
        ],
    ),
    (
        "undated-goal-year",
        "near-miss-a-dated-story-s-goal",
        None,
        "LIMA, March 3 - Peru's exports reached $23bn last year, the trade ministry said. In "
        "December alone exports were $2.1bn. The government is aiming for exports of $30bn "
        "in 2009.",
        D(2008, 3, 3),
        [
            ("PER", None, "export", 23_000_000_000, "USD", "2007-01-01", "2007-12-31", False),
            ("PER", None, "export", 2_100_000_000, "USD", "2007-12-01", "2007-12-31", False),
            ("PER", None, "export", 30_000_000_000, "USD", "2009-01-01", "2009-12-31", True),
        ],
    ),
    (
        "undated-goal-year",
        "near-miss-a-level-aimed-at-in-the-past",
        None,
        "Thailand's exports reached $58.1bn in 2006, short of the $60bn the government had "
        "aimed for. In December alone exports were $5.2bn, the bank said.",
        None,
        [
            ("THA", None, "export", 58_100_000_000, "USD", "2006-01-01", "2006-12-31", False),
            ("THA", None, "export", 5_200_000_000, "USD", "2006-12-01", "2006-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written65_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written65_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
