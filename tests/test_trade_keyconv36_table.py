"""A fiscal year named without its months, and one whose months the story states.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). Session 36
counted every figure for a fiscal or financial year in the visible keys and texts
(the session's conventions note keyconv36-conventions.md): the one such figure in the owners'
keys (crawled-dev crawl-037, an APP story from Beijing: Pakistan's exports "in the twelve
months of fiscal year 2021-22", and the year before) is no record, as spec section 4 says
of "a figure whose ... period the article does not let a reader determine"; the library
keeps to it, and does not add a state's statutory calendar from general knowledge.
A caller who wants that calendar opts in with ``fiscal_calendars=True`` (version 0.2.0;
gazetteer fiscal_years.json): ``ON_FISCAL_CALENDARS`` below names the rows that then give
records, and the records they give.
No row repeats a sentence, a name pairing or a figure of those texts:

- ``fiscal-year-without-its-months``: "fiscal year 2023-24", "FY2022-23", "the 2022-23
  financial year", "FY24", "last fiscal year" and a calendar-year state's "fiscal 2023",
  in a story that never says when its fiscal year runs, are no record, whatever the
  state's statutory calendar.
- ``fiscal-year-with-its-months``: the same years where the story states the months ("which
  ran from July 2023 to June 2024", "(July-June)", "which ended in June", "which ended on
  March 31") are records over those months; a bracket naming only the twelve months
  ("FY2022-23 (July-June)") glosses the named year, also in a story published more than a
  year after that year ended.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import (
    Row,
    TableRow,
    assert_scored,
    assert_table_shape,
    option_params,
    table_params,
)

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- fiscal-year-without-its-months: no month of the year in the story
    (
        "fiscal-year-without-its-months",
        "split-fiscal-year-of-a-split-year-state",
        None,
        "ISLAMABAD: Pakistan's exports to Mauritius stood at $61 million in fiscal year "
        "2023-24, while imports from the island were $24m, officials said.",
        D(2024, 9, 3),
        [],
    ),
    (
        "fiscal-year-without-its-months",
        "fy-shorthand-in-a-partner-s-story",
        None,
        "Bilateral trade between Pakistan and Belarus reached $97 million in FY2022-23, the "
        "embassy in Minsk said.",
        D(2024, 9, 3),
        [],
    ),
    (
        "fiscal-year-without-its-months",
        "split-financial-year-named-before-its-word",
        None,
        "CANBERRA: Australia sold A$3.1bn of goods to Vietnam in the 2022-23 financial year, "
        "the trade department said.",
        D(2024, 2, 1),
        [],
    ),
    (
        "fiscal-year-without-its-months",
        "fy-with-one-year",
        None,
        "NEW DELHI: India's exports to Chile rose to $1.2 billion in FY24, the commerce "
        "ministry said.",
        D(2024, 9, 3),
        [],
    ),
    (
        "fiscal-year-without-its-months",
        "last-fiscal-year",
        None,
        "ISLAMABAD: The minister said bilateral trade with Belarus stood at $97 million last "
        "fiscal year.",
        D(2024, 9, 3),
        [],
    ),
    (
        "fiscal-year-without-its-months",
        "near-miss-fiscal-year-of-a-calendar-year-state",
        None,
        "ASTANA: Kazakhstan's exports to Mongolia reached $310 million in fiscal 2023, the "
        "trade ministry said.",
        D(2024, 9, 3),
        [],
    ),
    # --- fiscal-year-with-its-months: the story states when the year runs
    (
        "fiscal-year-with-its-months",
        "split-fiscal-year-which-ran-from-a-month",
        None,
        "ISLAMABAD: Pakistan's exports to Mauritius stood at $61 million in fiscal year "
        "2023-24, which ran from July 2023 to June 2024, officials said.",
        D(2024, 9, 3),
        [("PAK", "MUS", "export", 61_000_000, "USD", "2023-07-01", "2024-06-30", False)],
    ),
    (
        "fiscal-year-with-its-months",
        "fy-split-glossed-by-its-twelve-months-a-year-later",
        None,
        "Pakistan's imports from Belarus were $88 million in FY2022-23 (July-June), the "
        "statistics bureau said.",
        D(2024, 9, 3),
        [("PAK", "BLR", "import", 88_000_000, "USD", "2022-07-01", "2023-06-30", False)],
    ),
    (
        "fiscal-year-with-its-months",
        "fiscal-year-split-glossed-by-its-twelve-months-a-year-later",
        None,
        "Pakistan's imports from Belarus were $88 million in fiscal year 2022-23 (July-June), "
        "the bureau said.",
        D(2024, 9, 3),
        [("PAK", "BLR", "import", 88_000_000, "USD", "2022-07-01", "2023-06-30", False)],
    ),
    (
        "fiscal-year-with-its-months",
        "fy-with-one-year-glossed-by-its-twelve-months",
        None,
        "ISLAMABAD: Pakistan's trade deficit with Belarus narrowed to $41 million in FY24 "
        "(July-June), the State Bank said.",
        D(2025, 11, 3),
        [("PAK", "BLR", "balance", -41_000_000, "USD", "2023-07-01", "2024-06-30", False)],
    ),
    (
        "fiscal-year-with-its-months",
        "split-financial-year-which-ended-in-a-month",
        None,
        "CANBERRA: Australia sold A$3.1bn of goods to Vietnam in the 2022-23 financial year, "
        "which ended in June, the trade department said.",
        D(2024, 2, 1),
        [("AUS", "VNM", "export", 3_100_000_000, "AUD", "2022-07-01", "2023-06-30", False)],
    ),
    (
        "fiscal-year-with-its-months",
        "fiscal-year-by-one-year-which-ended-on-a-day",
        None,
        "TOKYO: Japan's exports to Chile fell to 212 billion yen in fiscal 2023, which ended "
        "on March 31, the ministry said.",
        D(2024, 9, 3),
        [("JPN", "CHL", "export", 212_000_000_000, "JPY", "2023-04-01", "2024-03-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_keyconv36_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_keyconv36_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "split-fiscal-year-of-a-split-year-state": [
        ("PAK", "MUS", "export", 61_000_000, "USD", "2023-07-01", "2024-06-30", False),
        ("PAK", "MUS", "import", 24_000_000, "USD", "2023-07-01", "2024-06-30", False),
    ],
    "fy-shorthand-in-a-partner-s-story": [
        ("PAK", "BLR", "turnover", 97_000_000, "USD", "2022-07-01", "2023-06-30", False),
    ],
    "split-financial-year-named-before-its-word": [
        ("AUS", "VNM", "export", 3_100_000_000, "AUD", "2022-07-01", "2023-06-30", False),
    ],
    "fy-with-one-year": [
        ("IND", "CHL", "export", 1_200_000_000, "USD", "2023-04-01", "2024-03-31", False),
    ],
    "near-miss-fiscal-year-of-a-calendar-year-state": [
        ("KAZ", "MNG", "export", 310_000_000, "USD", "2023-01-01", "2023-12-31", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_keyconv36_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
