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


_COUNCIL = (
    "Chilean Foreign Minister Ana Soto took part in the meeting of the Council of Foreign "
    "Ministers of the Andean Community held in Lima on {held}. The ministers reviewed "
    "preparations for the Andean summit, which will be held in Quito on {planned}. On the "
    "sidelines of the meeting, Soto held bilateral talks with Bolivian Foreign Minister Luis Vera."
)
# Held talks "on the sidelines of the meeting" are at the latest HELD event told, not at a
# gathering to come told after it; and when that event ran over several days, the text does
# not tell which day the talks were on: their month.
SIDELINES_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "held-gathering-over-two-days",
        _COUNCIL.format(held="May 2-3", planned="June 20-21"),
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-02"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-06-20"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05"),
        ],
    ),
    (
        "held-gathering-of-one-day",
        _COUNCIL.format(held="May 2", planned="June 20"),
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-02"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-06-20"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-02"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SIDELINES_DAY],
)
def test_sidelines_day(body: str, expected: list[Brief]) -> None:
    """Talks on the sidelines take the day (or the month) of the held event they were at."""
    assert briefs_of(body) == expected


_ITS_SIDELINES = (
    "Chilean Foreign Minister Ana Soto will leave for Bogota tomorrow on a two-day official "
    "visit to Colombia. From Bogota, the minister will travel to Lima to attend the meeting of "
    "the Council of Foreign Ministers of the Andean Community on {days}. On its sidelines she is "
    "expected to meet the foreign ministers of Bolivia and Ecuador."
)
# "On its sidelines" refers to the gathering just told as "on the sidelines of the meeting"
# does: the talks take its day, or its month when it runs over several days. (Only the dates
# are asserted: the sides of such talks are another family.)
ITS_SIDELINES: list[tuple[str, str, list[str | None]]] = [
    (
        "over-two-days",
        _ITS_SIDELINES.format(days="May 22-23"),
        ["2023-05-11", "2023-05-22", "2023-05"],
    ),
    (
        "of-one-day",
        _ITS_SIDELINES.format(days="May 22"),
        ["2023-05-11", "2023-05-22", "2023-05-22"],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ITS_SIDELINES],
)
def test_its_sidelines(body: str, expected: list[str | None]) -> None:
    """Talks "on its sidelines" take the date of the gathering told before."""
    assert [brief[4] for brief in briefs_of(body)] == expected


# A step told as "later", "then", "on the same day" takes the last DAY told for a step before
# it: a year or month told in between that holds that day ("signed the Plan ... for 2023-2024",
# "the summit due in Quito this summer") is no day to share. (Only the step's date is asserted.)
STEP_AFTER_A_YEAR: list[tuple[str, str, str]] = [
    (
        "plan-for-years-between",
        "On 8 May, President of Chile Marco Ruiz received Peruvian Foreign Minister Luis Vera, "
        "who is in Santiago on a working visit. On the same day, the Peruvian minister held talks "
        "with Chilean Foreign Minister Ana Soto. Following the talks, the ministers signed the "
        "Plan of Consultations between the Foreign Ministries of Chile and Peru for 2023-2024. "
        "Later, President Marco Ruiz received the Secretary General of the Organization of "
        "American States Jorge Paz.",
        "2023-05-08",
    ),
    (
        "season-of-another-event-between",
        "Chilean Foreign Minister Ana Soto held a series of bilateral meetings on the sidelines of "
        "the Santiago Trade Forum, which opened on Monday. Soto first met with Peruvian Foreign "
        "Minister Luis Vera. She then received the Secretary General of the Andean Community, "
        "Jorge Paz, with whom she discussed the agenda of the Andean summit due in Quito this "
        "summer. Later in the day, Soto met with Bolivian Foreign Minister Rosa Mamani.",
        "2023-05-08",
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in STEP_AFTER_A_YEAR],
)
def test_step_after_a_year(body: str, expected: str) -> None:
    """The last step keeps the day told before a coarser date."""
    assert briefs_of(body)[-1][4] == expected
