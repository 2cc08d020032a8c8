"""Dates of meetings (issue 9): classes of wrong dates found on every readable set.

Each table holds one class: rows of sentences written for these tests, in the
style of the outlets, with invented names and figures. A page is published on
2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# A dateline with the day before the month ("DOHA, 9th May, 2023 (AGENCY) --") dates the story
# as the month-first dateline does: "today" is the dateline's day, not the page's.
DAY_FIRST_DATELINE: list[tuple[str, str, list[Brief]]] = [
    (
        "ordinal-day-month-year",
        "DOHA, 9th May, 2023 (QNA) -- The Emir of Qatar, Sheikh Khalid bin Saif, received "
        "today Austrian President Mario Lentz, who is on an official visit to the country.",
        [("visit", "held", ["AUT", "QAT"], None, "2023-05-09")],
    ),
    (
        "plain-day-month",
        "DOHA, 8 May 2023 (QNA) -- The Emir of Qatar, Sheikh Khalid bin Saif, held talks "
        "today with Austrian President Mario Lentz in Doha.",
        [("meeting", "held", ["AUT", "QAT"], None, "2023-05-08")],
    ),
    (
        "dateline-of-the-page-day",
        "DOHA, 10th May, 2023 (QNA) -- The Emir of Qatar, Sheikh Khalid bin Saif, received "
        "today Austrian President Mario Lentz, who is on an official visit to the country.",
        [("visit", "held", ["AUT", "QAT"], None, "2023-05-10")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in DAY_FIRST_DATELINE],
)
def test_day_first_dateline(body: str, expected: list[Brief]) -> None:
    """A relative day under a day-first dateline is the dateline's day."""
    assert briefs_of(body) == expected
