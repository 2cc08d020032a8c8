"""Trade error classes of session 50: split years on the story's fiscal calendar.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``split-year-on-stated-calendar``: in a story that states its fiscal calendar ("the
  fiscal year ended June 30", "the financial year to June 1990"), a split year the
  sentence dates by no months of its own ("for 1988/89", "in 1989-90", the bare hyphen
  included) is a fiscal year of that calendar, and an amount the sentence compares with
  ("compares with a shortfall of X in 1988-89") leaves the story's period to the next.
- ``running-balance-owner``: a balance a "with" clause says a state runs ("trade between
  the two was X, with B running a deficit of Y") is that state's, whichever of the pair
  the story's frame makes the reporter.
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

_KENYA_LEAD = (
    "Kenya's trade deficit widened to 45 billion shillings in the financial year to June "
    "1990, the treasury said."
)
_KENYA_GAP = ("KEN", None, "balance", -45_000_000_000, "KES", "1989-07-01", "1990-06-30", False)
_PAK_LEAD = (
    "ISLAMABAD, Aug 3 - Pakistan's trade deficit narrowed to 41.2 billion rupees in the "
    "fiscal year ended June 30, the statistics bureau said."
)
_PAK_TARGET = "The commerce minister said the government had set an export target of 90 billion "
_ANDES_LEAD = (
    "SANTIAGO, May 4 - Chile and Peru signed a transport accord on Monday, the Chilean "
    "foreign ministry said.\n\nTrade between the two countries reached 410 mln dlrs in 1986, "
)
_ANDES_TRADE = ("CHL", "PER", "turnover", 410_000_000, "USD", "1986-01-01", "1986-12-31", False)

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "split-year-on-stated-calendar",
        "a-bare-hyphen-split-year-after-a-year-to-june",
        None,
        _KENYA_LEAD + "\n\nExports climbed 9% to 30 billion shillings in 1989-90, and the gap "
        "compares with a shortfall of 38 billion shillings in 1988-89.\n\nSales to Uganda rose "
        "to 4 billion shillings, the treasury added.",
        D(1990, 8, 2),
        [
            _KENYA_GAP,
            ("KEN", None, "export", 30_000_000_000, "KES", "1989-07-01", "1990-06-30", False),
            ("KEN", None, "balance", -38_000_000_000, "KES", "1988-07-01", "1989-06-30", False),
            ("KEN", "UGA", "export", 4_000_000_000, "KES", "1989-07-01", "1990-06-30", False),
        ],
    ),
    (
        "split-year-on-stated-calendar",
        "a-slash-split-year-target-after-a-year-ended-june",
        None,
        _PAK_LEAD + "\n\n" + _PAK_TARGET + "rupees for 1988/89.",
        D(1988, 8, 3),
        [
            ("PAK", None, "balance", -41_200_000_000, "PKR", "1987-07-01", "1988-06-30", False),
            ("PAK", None, "export", 90_000_000_000, "PKR", "1988-07-01", "1989-06-30", True),
        ],
    ),
    (
        "split-year-on-stated-calendar",
        "near-miss-no-calendar-stated-keeps-the-default-months",
        None,
        "ISLAMABAD, Aug 3 - Pakistan's exports rose sharply, the statistics bureau said.\n\n"
        + _PAK_TARGET
        + "rupees for 1988/89.",
        D(1988, 8, 3),
        [("PAK", None, "export", 90_000_000_000, "PKR", "1988-04-01", "1989-03-31", True)],
    ),
    (
        "split-year-on-stated-calendar",
        "near-miss-a-span-of-calendar-years-gives-no-figure",
        None,
        _KENYA_LEAD + "\n\nExports between 1985 and 1989 rose 20%, the treasury added.",
        D(1990, 8, 2),
        [_KENYA_GAP],
    ),
    (
        "running-balance-owner",
        "the-partner-running-a-deficit-owns-it",
        None,
        _ANDES_LEAD + "with Peru running a deficit of 95 mln dlrs, according to Chilean "
        "customs data.",
        D(1987, 5, 4),
        [
            _ANDES_TRADE,
            ("PER", "CHL", "balance", -95_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "running-balance-owner",
        "a-two-word-state-recording-a-surplus-owns-it",
        None,
        "Norway's trade minister arrived in Seoul on Tuesday for two days of talks.\n\n"
        "Trade between Norway and South Korea was worth 1.9 billion dollars in 2023, with South "
        "Korea recording a surplus of about 600 million dollars, Norwegian statistics show.",
        D(2024, 3, 5),
        [
            ("NOR", "KOR", "turnover", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KOR", "NOR", "balance", 600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "running-balance-owner",
        "near-miss-the-reporter-running-a-surplus-stays",
        None,
        _ANDES_LEAD + "with Chile running a surplus of 95 mln dlrs, according to Chilean "
        "customs data.",
        D(1987, 5, 4),
        [
            _ANDES_TRADE,
            ("CHL", "PER", "balance", 95_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "running-balance-owner",
        "near-miss-purchases-running-at-a-level-give-no-balance",
        None,
        _ANDES_LEAD + "with Peruvian purchases running at 150 mln dlrs, according to Chilean "
        "customs data.",
        D(1987, 5, 4),
        [_ANDES_TRADE],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written50_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written50_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "near-miss-no-calendar-stated-keeps-the-default-months": [
        ("PAK", None, "export", 90_000_000_000, "PKR", "1988-07-01", "1989-06-30", True),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_written50_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
