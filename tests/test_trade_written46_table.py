"""Trade error classes of session 46: fiscal periods with their months.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``previous-fiscal-year``: an amount compared with ("from Y in", "against Y") "the previous
  year" or "the previous fiscal (financial) year" after a figure whose period runs across a
  year end (a fiscal year with its months, "the fiscal year ended March 31", "the twelve
  months to June 2011") is for the same months a year before, not the calendar year.
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
    # --- previous-fiscal-year: "against Y the previous year" after a fiscal year's figure
    (
        "previous-fiscal-year",
        "the-previous-year-after-a-fiscal-year-ended-march",
        None,
        "OSLO, June 2 - Japan's exports to Norway fell to 96.4 billion yen in the fiscal "
        "year ended March 31, the ministry reported.\n\nThat gave Japan a surplus of 31.7 "
        "billion yen with Norway, against 44.9 billion the previous year.",
        D(1987, 6, 2),
        [
            ("JPN", "NOR", "export", 96_400_000_000, "JPY", "1986-04-01", "1987-03-31", False),
            ("JPN", "NOR", "balance", 31_700_000_000, "JPY", "1986-04-01", "1987-03-31", False),
            ("JPN", "NOR", "balance", 44_900_000_000, "JPY", "1985-04-01", "1986-03-31", False),
        ],
    ),
    (
        "previous-fiscal-year",
        "the-previous-financial-year-after-twelve-months-to-june",
        None,
        "In the twelve months to the end of June 2011, Australia's trade surplus with Korea "
        "reached A$9.3 billion, the bureau said.\n\nImports from Korea rose to A$6.6 billion "
        "from A$5.8 billion in the previous financial year.",
        None,
        [
            ("AUS", "KOR", "balance", 9_300_000_000, "AUD", "2010-07-01", "2011-06-30", False),
            ("AUS", "KOR", "import", 6_600_000_000, "AUD", "2010-07-01", "2011-06-30", False),
            ("AUS", "KOR", "import", 5_800_000_000, "AUD", "2009-07-01", "2010-06-30", False),
        ],
    ),
    (
        "previous-fiscal-year",
        "near-miss-a-fiscal-year-without-its-months-stays-no-record",
        None,
        "Kenya's exports to Oman stood at $340 million in fiscal year 2022-23, against $310 "
        "million in the previous fiscal year, the ministry said.",
        D(2024, 3, 2),
        [],
    ),
    (
        "previous-fiscal-year",
        "near-miss-the-previous-fiscal-year-after-a-calendar-year",
        None,
        "Kenya's exports to Oman rose to $340 million in 2023 from $310 million in the "
        "previous fiscal year, the ministry said.",
        D(2024, 3, 2),
        [
            ("KEN", "OMN", "export", 340_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "previous-fiscal-year",
        "near-miss-no-comparison-the-previous-year-as-dated-before",
        None,
        "OSLO, June 2 - Japan's exports to Norway fell to 96.4 billion yen in the fiscal "
        "year ended March 31, the ministry reported.\n\nImports from Norway were 58.2 "
        "billion yen the previous year, it said.",
        D(1987, 6, 2),
        [
            ("JPN", "NOR", "export", 96_400_000_000, "JPY", "1986-04-01", "1987-03-31", False),
            ("JPN", "NOR", "import", 58_200_000_000, "JPY", "1986-01-01", "1986-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written46_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written46_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "near-miss-a-fiscal-year-without-its-months-stays-no-record": [
        ("KEN", "OMN", "export", 340_000_000, "USD", "2022-07-01", "2023-06-30", False),
        ("KEN", "OMN", "export", 310_000_000, "USD", "2021-07-01", "2022-06-30", False),
    ],
    "near-miss-the-previous-fiscal-year-after-a-calendar-year": [
        ("KEN", "OMN", "export", 340_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ("KEN", "OMN", "export", 310_000_000, "USD", "2022-07-01", "2023-06-30", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_written46_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
