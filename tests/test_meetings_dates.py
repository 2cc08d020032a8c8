"""Meetings: the date of each event.

Datelines, sidelines that take the gathering's day, events told at their end, recalled
events and steps of the day, participles and relative clauses that date an event. Rows
are sentences written for these tests with invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.meetings._merge import recalled
from diplonews.models import Article
from diplonews.values import PartialDate
from meeting_rows import Brief, Summary, briefs_of, summary


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Peruvian Minister Luis Paz spoke at the end of a two-week trade mission to Chile.",
            "2023-04",
        ),
        (
            "Peruvian Minister Luis Paz spoke at the end of a three-day visit to Chile.",
            "2023-05-08",
        ),
        ("Peruvian Minister Luis Paz spoke during a visit to Chile.", None),
    ],
    ids=["weeks-give-the-month", "days-give-the-day", "no-length"],
)
def test_event_told_at_its_end_is_dated_by_its_first_day(body: str, date: str | None) -> None:
    """An event told at its end with its length starts that long before its last day."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [str(m.date) if m.date else None for m in extract_meetings(article)] == [date]


def test_a_gathering_is_dated_by_its_opening_day() -> None:
    """A gathering told as opened on June 7 is dated June 7, though first told on June 8."""
    article = Article(
        id="t",
        body="On June 8, the President of Chile received the foreign ministers of Peru and "
        "Bolivia, who are in Santiago for the international water conference. The conference, "
        "which opened on June 7, brought together delegations from many states. Trade between "
        "Chile and Peru grew, while Peru and Bolivia built a rail link.",
        published=dt.date(2023, 6, 9),
    )
    dates = {m.kind.value: str(m.date) for m in extract_meetings(article)}
    assert dates["conference"] == "2023-06-07"


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


_COUNCIL = (
    "Chilean Foreign Minister Ana Soto took part in the meeting of the Council of Foreign "
    "Ministers of the Andean Community held in Lima on {held}. The ministers reviewed "
    "preparations for the Andean summit, which will be held in Quito on {planned}. On the "
    "sidelines of the meeting, Soto held bilateral talks with Bolivian Foreign Minister Luis Vera."
)


# Held talks "on the sidelines of the meeting" are at the latest HELD event told, not at a
# gathering to come told after it; and when that event ran over several days, the text does
# not tell which day the talks were on: their month. Their sides were at that gathering, so
# they are its sides too (the Bolivian minister of the sidelines talks took part in it).
SIDELINES_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "held-gathering-over-two-days",
        _COUNCIL.format(held="May 2-3", planned="June 20-21"),
        [
            ("conference", "held", ["BOL", "CHL", "PER"], "Andean Community", "2023-05-02"),
            ("conference", "planned", ["ECU"], None, "2023-06-20"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05"),
        ],
    ),
    (
        "held-gathering-of-one-day",
        _COUNCIL.format(held="May 2", planned="June 20"),
        [
            ("conference", "held", ["BOL", "CHL", "PER"], "Andean Community", "2023-05-02"),
            ("conference", "planned", ["ECU"], None, "2023-06-20"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-02"),
        ],
    ),
]


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


# An event's name, however long ("the Commission on Trade and Economic Cooperation"), then a
# relative clause telling its own taking place ("which will be held in Lima in June", "which
# was held in Quito on May 2", "which Peru is to host next year") gives its tense and date.
OWN_RELATIVE_CLAUSE: list[tuple[str, str, list[Brief]]] = [
    (
        "will-be-held-after-a-long-name",
        "Bolivian Foreign Minister Juan Cruz met with Paraguayan Foreign Minister Ana Ruiz in "
        "Asuncion on May 9. The sides noted the importance of the meeting of the Bolivia-Paraguay "
        "Intergovernmental Commission on Trade and Economic Cooperation, which will be held in "
        "La Paz in June.",
        [
            ("meeting", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "planned", ["BOL", "PRY"], None, "2023-06"),
        ],
    ),
    (
        "scheduled-dates-a-planned-session",
        "Bolivian Foreign Minister Juan Cruz and Paraguayan Foreign Minister Ana Ruiz held a "
        "phone call on May 9. The sides discussed preparations for the next meeting of the "
        "Bolivia-Paraguay Joint Commission on Economic Cooperation, which is scheduled to be held "
        "in Asuncion in July.",
        [
            ("call", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "planned", ["BOL", "PRY"], None, "2023-07"),
        ],
    ),
    (
        "was-held-after-a-future-verb",
        "Bolivian President Juan Cruz held a telephone conversation with Paraguayan President "
        "Ana Ruiz on May 9. Their ministers will review the outcome of the Andes Water Summit, "
        "which was held in Quito on May 2 with the participation of Bolivia, Paraguay, Peru and "
        "Chile.",
        [
            ("call", "held", ["BOL", "PRY"], None, "2023-05-09"),
            # Quito's state hosts the summit: a side too
            ("conference", "held", ["BOL", "CHL", "ECU", "PER", "PRY"], None, "2023-05-02"),
        ],
    ),
    (
        "conference-dated-by-its-clause",
        "The parties exchanged views on the preparations for the Second International Conference "
        'on the Decade for Action "Rivers for Life", which will be held in Asuncion on June '
        "12-14, Paraguayan President Ana Ruiz told Bolivian Foreign Minister Juan Cruz.",
        [("conference", "planned", ["BOL", "PRY"], None, "2023-06-12")],
    ),
]


# Meetings "on the sidelines of the event" (or "of the Summit", "of the Council") take the day
# and place of the gathering of the story's time, not those of an event recalled just before.
SIDELINES_OF_THE_STORY_EVENT: list[tuple[str, str, list[Brief]]] = [
    (
        "after-a-recalled-session",
        "The fourth summit of the Andean Forum was held in Lima on Tuesday under the "
        "chairmanship of Peruvian President Ana Soto.\n\n"
        "The leaders noted that the Treaty on Andean Friendship, signed at the previous meeting "
        "in Quito last year, had entered into force.\n\n"
        "On the sidelines of the event, Ana Soto held separate meetings with Chilean President "
        "Marco Ruiz and Bolivian President Luis Vera.",
        [
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "margins-of-the-summit-then-a-trip-last-week",
        "Latvian President Anna Berzina is taking part in the Baltic Summit in Tallinn on "
        "Tuesday.\n\n"
        "On the margins of the Summit, Berzina held bilateral meetings with the presidents of "
        "Finland and Sweden.\n\n"
        "Last week, Berzina paid an official visit to Helsinki, where she was received by the "
        "Finnish President.",
        [
            ("meeting", "held", ["FIN", "LVA"], None, "2023-05-09"),
            ("meeting", "held", ["LVA", "SWE"], None, "2023-05-09"),
            ("visit", "held", ["FIN", "LVA"], None, "2023-05"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SIDELINES_OF_THE_STORY_EVENT],
)
def test_sidelines_of_the_story_event(body: str, expected: list[Brief]) -> None:
    """Talks on the sidelines of "the event" are on its day and in its place."""
    # the gathering and the recalled session (in Quito: Ecuador's) are other families' records
    talks = [row for row in briefs_of(body) if row[0] != "conference" and "ECU" not in row[2]]
    assert talks == expected


# An event's own participle after its name (", held in Lima on Friday") gives its day, not a
# time told before it in the sentence nor the want of one.
OWN_PARTICIPLE: list[tuple[str, str, list[Brief]]] = [
    (
        "after-a-trade-period",
        "LIMA, May 5. Chile's exports to Peru in January-April 2023 amounted to $95 million, "
        "Deputy Prime Minister Ana Soto told the 12th meeting of the Chilean-Peruvian "
        "intergovernmental commission on trade and economic cooperation, held in Lima on Friday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-05")],
    ),
    (
        "a-past-month",
        "The 9th meeting of the Chile-Peru Intergovernmental Commission on Economic Cooperation, "
        "held in Santiago in December 2022, reviewed the joint action plan.",
        [("meeting", "held", ["CHL", "PER"], None, "2022-12")],
    ),
]


# The story's news, told with no date, is not an event the story recalls from a month or more
# before it, even between the same sides; a step of the day ("Later", "Earlier in the day")
# takes the day of the story's own steps, never the day of a recalled event.
NEWS_AND_RECALLED: list[tuple[str, str, list[Brief]]] = [
    (
        "a-received-delegation-is-no-recalled-visit",
        "President of Latvia Ivars Ozols has received a delegation led by Speaker of the "
        "Parliament of Chile Rosa Mena. Ivars Ozols recalled with pleasure his official visit to "
        "Santiago in 2019 and his meetings with the Chilean leadership. Later, Speaker Mena met "
        "with Chair of the Saeima Anna Berzina.",
        [
            ("meeting", "held", ["CHL", "LVA"], None, None),
            ("visit", "held", ["CHL", "LVA"], None, "2019"),
            ("meeting", "held", ["CHL", "LVA"], None, None),
        ],
    ),
    (
        "earlier-in-the-day-is-the-day-of-the-news",
        "President of Peru Luis Vega today received the Minister of Foreign Affairs of Ecuador "
        "Jorge Salas, who is in our country on a working visit. The course of the agreements "
        "signed during the state visit of the President of Peru to Quito in January this year "
        "was considered. Earlier in the day, Jorge Salas held talks with the Minister of Foreign "
        "Affairs of Peru Ana Ruiz.",
        [
            ("visit", "held", ["ECU", "PER"], None, "2023-05-10"),
            ("visit", "held", ["ECU", "PER"], None, "2023-01"),
            ("meeting", "held", ["ECU", "PER"], None, "2023-05-10"),
        ],
    ),
    (
        "earlier-that-day-after-a-dated-meeting",
        "Chilean President Rosa Mena met Bolivian President Juan Cruz in Santiago on May 8. "
        "Earlier that day, Mena held talks with Uruguayan President Pablo Silva.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "URY"], None, "2023-05-08"),
        ],
    ),
    (
        "a-process-under-way-is-the-process-opened",
        "Uruguay and Paraguay opened free trade talks in June 2022. Trade may grow by a tenth "
        "if the free trade talks now under way end well.",
        [("meeting", "held", ["PRY", "URY"], None, "2022-06")],
    ),
]


@pytest.mark.parametrize(
    ("date", "story", "expected"),
    [
        (PartialDate(2015), dt.date(2019, 4, 15), True),
        (PartialDate(2019, 3), dt.date(2019, 4, 15), False),  # ends 16 days before
        (PartialDate(2019, 2), dt.date(2019, 4, 15), True),
        (PartialDate(2019, 3, 15), dt.date(2019, 4, 15), True),  # 31 days before
        (PartialDate(2019, 3, 16), dt.date(2019, 4, 15), False),
        (PartialDate(2019, 5), dt.date(2019, 4, 15), False),  # to come
        (None, dt.date(2019, 4, 15), False),
        (PartialDate(2015), None, False),
    ],
)
def test_recalled(date: PartialDate | None, story: dt.date | None, expected: bool) -> None:
    """A date ending a month or more before the story's day is a recalled one."""
    assert recalled(date, story) is expected


def _extract(body: str, title: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    return sorted(summary(m) for m in extract_meetings(article))


# An event told at its end starts its length before its last day.
ENDED: list[tuple[str, str]] = [
    ("Chilean Trade Minister Luis Paz ended a three-day visit to Peru on Friday.", "2023-05-03"),
    ("Chilean Trade Minister Luis Paz finished a two-day visit to Peru yesterday.", "2023-05-08"),
    ("Chilean Trade Minister Luis Paz wrapped up a two-day visit to Peru on Monday.", "2023-05-07"),
]


@pytest.mark.parametrize(("body", "first_day"), ENDED)
def test_an_event_told_at_its_end_is_dated_by_its_first_day(body: str, first_day: str) -> None:
    """'ended a three-day visit on Friday' is dated the Wednesday before."""
    assert [s[3] for s in _extract(body)] == [first_day]


# A back-reference naming the plan's day without a year is the plan, not last year's event.
PLAN_DAYS: list[tuple[str, str, list[Brief]]] = [
    (
        "day-of-the-plan",
        "Chilean President Ana Ruiz will visit Lima next month to discuss fishing. Reports of the "
        "trip beginning June 2 came amid a dispute over fishing quotas.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-06-02")],
    ),
    # a year written with the day is that year's: another visit
    (
        "a-year-written",
        "Chilean President Ana Ruiz will visit Lima next month to discuss fishing. Her visit "
        "of June 2, 2022 had ended a dispute over fishing quotas.",
        [
            ("visit", "planned", ["CHL", "PER"], None, "2023-06"),
            ("visit", "held", ["CHL", "PER"], None, "2022-06-02"),
        ],
    ),
]


# Later mentions of an event told: a finer date within its own dates it; two people of no
# state named who spoke are no session of a call between others.
LATER_MENTIONS: list[tuple[str, str, list[Brief]]] = [
    (
        "set-for-days",
        "Chilean Foreign Minister Ana Ruiz will visit Lima next week for talks with Peruvian "
        "officials. The trip is set for May 16 to 18, a spokesman said.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05-16")],
    ),
    # a date told with "the talks", a process, is a deadline or a stage, not their day
    (
        "deadline-of-the-talks",
        "Chilean and Peruvian negotiators opened talks last year. The talks, with a target "
        "date of October, remain the main issue.",
        [("meeting", "held", ["CHL", "PER"], None, "2022")],
    ),
    (
        "others-spoke",
        "Chilean Foreign Minister Ana Ruiz held a phone call with her Peruvian counterpart Luis "
        "Paz on Friday. Omar Vidal and Jamal Idris spoke on Saturday about the situation in the "
        "region.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-05")],
    ),
    (
        "the-same-two-spoke-again",
        "Chilean Foreign Minister Ana Ruiz held a phone call with her Peruvian counterpart Luis "
        "Paz on Friday. Ruiz and Paz spoke on Sunday about the situation in the region.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-05"),
            ("call", "held", ["CHL", "PER"], None, "2023-05-07"),
        ],
    ),
]


def test_a_call_reported_on_a_day_is_of_that_day() -> None:
    """A call with no date of its own, "the press service said on Friday", is Friday's."""
    briefs = briefs_of(
        "Kazakh President Almaz Tokoev and Uzbek President Rustam Nazarov discussed trade in a "
        "telephone conversation, the Kazakh presidential press service said on Friday."
    )
    assert briefs == [("call", "held", ["KAZ", "UZB"], None, "2023-05-05")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in DAY_FIRST_DATELINE
        + SIDELINES_DAY
        + OWN_RELATIVE_CLAUSE
        + OWN_PARTICIPLE
        + NEWS_AND_RECALLED
        + PLAN_DAYS
        + LATER_MENTIONS
    ],
)
def test_dates(body: str, expected: list[Brief]) -> None:
    """Each row gives exactly these meetings: dated as the row lists."""
    assert briefs_of(body) == expected
