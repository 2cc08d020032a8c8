"""Trade error classes of session 60: "it" for the trade a sentence with no amount named.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``it-after-trade-told-without-amount``: a sentence naming the trade of the story's two
  states with no amount and no state of its own ("Our trade is expanding fast",
  "Bilateral trade is recovering") followed by "it reached X", also past one sentence of
  the trade's change that states no amount ("A sharp increase was registered in the first
  half"), gives that trade's figure; a running year's "In 2024 it has been X" is for the
  months that sentence named. A sentence between with an amount or a subject of its own
  ("The ministers also discussed a new bridge", "We launched a new fund") takes the "it",
  and no record is made.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "it-after-trade-told-without-amount",
        "our-trade-then-it-in-a-quotation",
        None,
        "TBILISI, May 14 - The Georgian-Armenian intergovernmental commission met in Tbilisi on "
        'Tuesday.\n\n"Our trade is expanding fast. In January-March it reached $96 million," '
        "the Georgian minister said.",
        D(2024, 5, 14),
        [("GEO", "ARM", "turnover", 96_000_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "it-after-trade-told-without-amount",
        "bilateral-trade-then-it",
        None,
        "ASTANA, June 3 - Kazakh and Mongolian officials held talks in Astana on Monday.\n\n"
        "Bilateral trade is recovering after the pandemic. Over the first four months of the "
        "year it amounted to $41.5 million, the ministry said.",
        D(2024, 6, 3),
        [("KAZ", "MNG", "turnover", 41_500_000, "USD", "2024-01-01", "2024-04-30", False)],
    ),
    (
        "it-after-trade-told-without-amount",
        "it-past-a-sentence-of-change-for-its-months",
        None,
        "YEREVAN, Sept 5 - Trade between Armenia and Georgia is climbing. A sharp increase was "
        'registered in the first half of 2024. "In 2024 it has been about $250 million," the '
        "deputy minister said.",
        D(2024, 9, 5),
        [("ARM", "GEO", "turnover", 250_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "it-after-trade-told-without-amount",
        "it-past-a-sentence-of-change-for-last-year",
        None,
        "YEREVAN, Sept 5 - Trade between Armenia and Georgia is climbing. A sharp increase was "
        'registered in the first half of 2024. "Last year it was about $450 million," the '
        "deputy minister said.",
        D(2024, 9, 5),
        [("ARM", "GEO", "turnover", 450_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "it-after-trade-told-without-amount",
        "near-miss-a-sentence-with-its-own-subject-between",
        None,
        "TBILISI, May 14 - The Georgian-Armenian intergovernmental commission met in Tbilisi on "
        'Tuesday.\n\n"Our trade is expanding fast. The ministers also discussed a new bridge. '
        'In January-March it cost $96 million," the Georgian minister said.',
        D(2024, 5, 14),
        [],
    ),
    (
        "it-after-trade-told-without-amount",
        "near-miss-a-sentence-with-an-amount-between",
        None,
        "YEREVAN, Sept 5 - Trade between Armenia and Georgia is climbing. The government set "
        "aside $5 million for a border crossing in the first half of 2024. In 2024 it has been "
        "about $250 million, the deputy minister said.",
        D(2024, 9, 5),
        [],
    ),
    (
        "it-after-trade-told-without-amount",
        "near-miss-a-fund-between",
        None,
        "TBILISI, May 14 - The Georgian-Armenian commission met in Tbilisi on Tuesday.\n\n"
        '"Our trade is expanding fast. We launched a new fund. In January-March it raised $96 '
        'million," the minister said.',
        D(2024, 5, 14),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written60_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written60_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
