"""Trade error classes of session 51: a fiscal year's part on the months the text states.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``fiscal-part-on-stated-months``: a fiscal year, or its first months, written next to
  the calendar months it stands for (", covering July 2024 to March 2025", "July and
  August, the first two months of ...", "..., which began in April 2004", "the fiscal year
  that ended in March") runs over those months, not over the default April-March year.
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

_GHANA = "ACCRA, Nov 9 - Ghana's merchandise trade deficit came to 1.4 billion cedis in "

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "fiscal-part-on-stated-months",
        "a-fiscal-part-glossed-with-its-month-range-after-a-comma",
        None,
        "Kenya's imports reached 7.2 billion dollars in the first six months of the 2019/20 "
        "fiscal year, covering July to December 2019, the treasury reported.",
        D(2020, 2, 11),
        [("KEN", None, "import", 7_200_000_000, "USD", "2019-07-01", "2019-12-31", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "named-months-apposed-to-the-first-months-of-a-split-year",
        None,
        _GHANA + "October and November, the first two months of the 1991/92 fiscal year, "
        "officials reported.",
        D(1991, 12, 9),
        [("GHA", None, "balance", -1_400_000_000, "GHS", "1991-10-01", "1991-11-30", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "first-months-of-a-financial-year-said-to-begin-in-a-month",
        None,
        "Over the first eight months of the financial year, which began in July 2010, "
        "Australia's exports amounted to 160 billion dollars, the bureau said.",
        D(2011, 3, 30),
        [("AUS", None, "export", 160_000_000_000, "AUD", "2010-07-01", "2011-02-28", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "a-fiscal-year-that-ended-in-a-month",
        None,
        "NAIROBI, Aug 20 - Kenya's sales to Uganda were worth about 9.3 billion shillings in "
        "the fiscal year that ended in June, trade officials said.",
        D(1988, 8, 20),
        [("KEN", "UGA", "export", 9_300_000_000, "KES", "1987-07-01", "1988-06-30", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "near-miss-a-fiscal-part-with-no-months-keeps-the-default",
        None,
        "Kenya's imports reached 7.2 billion dollars in the first six months of the 2019/20 "
        "fiscal year, the treasury reported.",
        D(2020, 2, 11),
        [("KEN", None, "import", 7_200_000_000, "USD", "2019-04-01", "2019-09-30", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "near-miss-a-range-of-other-length-is-no-gloss",
        None,
        _GHANA + "October, the first two months of the 1991/92 fiscal year, officials reported.",
        D(1991, 12, 9),
        [("GHA", None, "balance", -1_400_000_000, "GHS", "1991-10-01", "1991-10-31", False)],
    ),
    (
        "fiscal-part-on-stated-months",
        "near-miss-a-calendar-months-range-alone-stays",
        None,
        _GHANA + "October and November, officials reported.",
        D(1991, 12, 9),
        [("GHA", None, "balance", -1_400_000_000, "GHS", "1991-10-01", "1991-11-30", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written51_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written51_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "near-miss-a-fiscal-part-with-no-months-keeps-the-default": [
        ("KEN", None, "import", 7_200_000_000, "USD", "2019-07-01", "2019-12-31", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_written51_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
