"""A range of days running into the next month is one date: its first day (issue 9).

"the April 29-May 2 visit" told a week before is one visit that starts on April 29,
not a visit on April 29 and another date, May 2, read as a past day of last year.
Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.dates import extract_dates

PUBLISHED = dt.date(2023, 4, 24)

# (text, the mentions found as (text, ISO date))
CROSS_MONTH: list[tuple[str, list[tuple[str, str]]]] = [
    ("paving the way for the April 29-May 2 visit", [("April 29-May 2", "2023-04-29")]),
    ("The forum will be held on 29 April-2 May 2023.", [("29 April-2 May 2023", "2023-04-29")]),
    ("The talks will run on May 30 - June 1, 2023.", [("May 30 - June 1, 2023", "2023-05-30")]),
    ("The session opened on 30 May – 1 June 2023.", [("30 May – 1 June 2023", "2023-05-30")]),
    # unchanged shapes: a range within the month, and two dates said apart
    ("The forum runs on July 27-28, 2021.", [("July 27-28, 2021", "2021-07-27")]),
    (
        "It was moved from May 2, 2023 to June 9, 2023.",
        [("May 2, 2023", "2023-05-02"), ("June 9, 2023", "2023-06-09")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CROSS_MONTH)
def test_cross_month_range(text: str, expected: list[tuple[str, str]]) -> None:
    """A day range ending in the next month is one mention dated by its first day."""
    found = extract_dates(text, PUBLISHED)
    assert [(m.text, str(m.date)) for m in found] == expected
