"""Meetings told in plain wire and broadcast prose (diplonews.meetings._prose).

Every sentence here is invented for these tests (names, places and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings._extract import extract_meetings
from diplonews.meetings._prose import (
    for_others,
    planned_trip,
    pronoun_before_auxiliaries,
    prose_hits,
)
from diplonews.models import Article, MeetingKind

D = dt.date(2024, 3, 14)  # a Thursday

# (case, body, expected records as (kind, status, sorted countries))
ROWS: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "reached-out-counterparts",
        "After the floods, Swedish officials quickly reached out to their Peruvian counterparts "
        "with offers of pumps.",
        [("call", "held", ["PER", "SWE"])],
    ),
    (
        "reached-out-head",
        "Norwegian Prime Minister Ola Dahl reached out to President Ana Ruiz of Chile after "
        "the storm.",
        [("call", "held", ["CHL", "NOR"])],
    ),
    (
        "reached-out-public-is-no-call",
        "Swedish officials reached out to the public to explain the new rules.",
        [],
    ),
    (
        "was-in-earlier-this-week",
        "Swedish Foreign Minister Anna Berg defended the plan on Thursday. When she was in Madrid "
        "earlier this week, her Spanish counterpart Luis Gil warned her about its cost.",
        [("visit", "held", ["ESP", "SWE"])],
    ),
    (
        "was-in-on-weekday",
        "Swedish Foreign Minister Anna Berg defended the plan. She was in Madrid on Tuesday.",
        [("visit", "held", ["ESP", "SWE"])],
    ),
    (
        "were-in-last-month",
        "Chilean Foreign Minister Rosa Vidal and Trade Minister Luis Soto were in Lima last month "
        "to prepare the border accord.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "was-in-no-official-is-no-visit",
        "The touring orchestra was in Madrid on Tuesday for two concerts.",
        [],
    ),
    (
        "was-in-at-home-is-no-visit",
        "Spanish Foreign Minister Luis Gil was in Madrid on Tuesday to open a school.",
        [],
    ),
    (
        "travelling-next-week-planned",
        "The Swedish finance minister is travelling to Peru next week to press for debt relief.",
        [("visit", "planned", ["PER", "SWE"])],
    ),
    (
        "visiting-next-month-planned",
        "Chilean President Ana Ruiz is visiting Peru next month for a two-day stay.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "travelled-last-week-held",
        "The Swedish finance minister travelled to Japan last week to press for debt relief.",
        [("visit", "held", ["JPN", "SWE"])],
    ),
    (
        "led-delegation-to-place",
        "On Monday, Chilean Energy Minister Ana Ruiz led an interagency delegation to Lima, Peru, "
        "to discuss power lines.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "will-lead-delegation-planned",
        "Chilean Foreign Minister Rosa Vidal will lead a high-level delegation to Peru next week.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "delegation-to-a-summit-is-the-summit",
        "Chilean Foreign Minister Rosa Vidal led a delegation to the Lima Climate Summit on "
        "Monday.",
        [("conference", "held", ["CHL", "PER"])],
    ),
    (
        "welcomed-delegation-to-is-no-trip",
        "Peruvian President Luis Soto welcomed Chilean Foreign Minister Rosa Vidal and her "
        "delegation to the presidential palace on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "spoke-to-reaffirm-long-names",
        "President Ana Ruiz and King Omar bin Khalid bin Saud Al Faisal of Jordan spoke to "
        "reaffirm the friendship between Chile and Jordan.",
        [("call", "held", ["CHL", "JOR"])],
    ),
    (
        "talks-enabling-firms-keep-their-sides",
        "LIMA, March 14 - Chile and Peru agreed to add weekly flights, officials said.\n\n"
        "Officials said the two states settled the matter at fisheries talks here allowing "
        "Chilean fishing companies back to the southern grounds.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "talks-with-firms-are-no-meeting",
        "Peruvian Transport Minister Luis Soto held talks with Chilean airline companies on "
        "Monday.",
        [],
    ),
    (
        "on-a-seat-of-government-is-a-place",
        "Jordanian King Omar Faisal held talks with lawmakers on Capitol Hill on Tuesday.",
        [("meeting", "held", ["JOR", "USA"])],
    ),
    (
        "seat-of-government-names-its-state",
        "Peruvian Foreign Minister Luis Soto held talks at the Great Hall of the People on "
        "Tuesday.",
        [("meeting", "held", ["CHN", "PER"])],
    ),
    (
        "seat-of-government-after-at",
        "Peruvian Foreign Minister Luis Soto met officials at the Blue House on Tuesday.",
        [("meeting", "held", ["KOR", "PER"])],
    ),
    (
        "on-a-topic-still-ends-the-sides",
        "Peruvian Foreign Minister Luis Soto held talks on Chilean fishing rights on Tuesday.",
        [],
    ),
    (
        "capital-naming-a-pact-is-no-side",
        "Chile will seek to strengthen the Lima accord at the meeting of finance ministers "
        "tomorrow, Chilean officials said.",
        # a gathering of one portfolio's ministers: Chile's, not the accord's place (Peru)
        [("conference", "planned", ["CHL"])],
    ),
    (
        "capital-naming-creditors-is-no-side",
        "Chilean Finance Minister Ana Ruiz held talks with the Oslo Club of creditor governments "
        "on Monday.",
        [],
    ),
    (
        "capital-as-a-place-is-still-a-side",
        "Chilean Finance Minister Ana Ruiz held talks in Lima on Monday with her counterpart.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "expected-in-place-planned",
        "Chilean Foreign Minister Rosa Vidal is expected in Lima later this month.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "expected-in-month-is-no-visit",
        "Chilean Foreign Minister Rosa Vidal said a decision is expected in March.",
        [],
    ),
    (
        "will-host-counterpart",
        "Peruvian Foreign Minister Luis Soto will host his Chilean counterpart in Lima on Friday.",
        [("meeting", "planned", ["CHL", "PER"])],
    ),
    (
        "hosts-a-delegation",
        "Peruvian President Luis Soto hosts a Chilean delegation in Lima today.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "hosting-a-sports-event-is-no-meeting",
        "Peru is hosting the regional football cup in Lima this week.",
        [],
    ),
    (
        "conferred-with",
        "Chilean Foreign Minister Rosa Vidal conferred with Peruvian Foreign Minister Luis Soto "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "paid-a-courtesy-call",
        "Peruvian Foreign Minister Luis Soto paid a courtesy call on Chilean President Ana Ruiz "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "went-to-capital",
        "Chilean Foreign Minister Rosa Vidal went to Lima last week to discuss the border.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "heads-for-capital-planned",
        "Chilean Foreign Minister Rosa Vidal heads for Lima on Monday.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "will-fly-to-capital",
        "Chilean Foreign Minister Rosa Vidal will fly to Lima on Monday.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "title-went-to-a-national-is-no-trip",
        "The world title in Lima went to Chilean wrestler Rosa Vidal on Monday.",
        [],
    ),
    (
        "airline-flies-to-is-no-trip",
        "The Chilean airline, which flies to Lima and Quito, added a route on Monday.",
        [],
    ),
    (
        "audience-with",
        "Chilean Foreign Minister Rosa Vidal had an audience with Peruvian President Luis Soto "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "lunched-with",
        "Chilean Foreign Minister Rosa Vidal lunched with Peruvian President Luis Soto on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "dinner-given-by",
        "Chilean Foreign Minister Rosa Vidal attended a dinner given by Peruvian President Luis "
        "Soto.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "stopover",
        "Chilean Foreign Minister Rosa Vidal made a stopover in Lima on Monday.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "called-demonym-head",
        "Chilean President Ana Ruiz called Peruvian President Luis Soto on Monday.",
        [("call", "held", ["CHL", "PER"])],
    ),
    (
        "called-a-name-is-no-call",
        "Chilean President Ana Ruiz called Peruvian President Luis Soto a friend of the people.",
        [],
    ),
    (
        "got-a-call-from",
        "Chilean President Ana Ruiz got a call from Peruvian President Luis Soto on Monday.",
        [("call", "held", ["CHL", "PER"])],
    ),
    (
        "group-ministers-gather",
        "G7 finance ministers gathered in Lima on Saturday to discuss debt.",
        [("conference", "held", ["PER"])],
    ),
    (
        "crowd-gathers-is-no-meeting",
        "Thousands of protesters gathered in Lima on Saturday.",
        [],
    ),
    (
        "pronoun-due-to-take-part",
        "Swedish Foreign Minister Anna Berg praised the move. She is expected to take part in "
        "talks with Peruvian ministers on Friday.",
        [("meeting", "planned", ["PER", "SWE"])],
    ),
    (
        "pronoun-without-a-state-adds-no-side",
        "Chile and Peru agreed to reopen a border crossing. Foreign Secretary Anna Berg praised "
        "the move. She is expected to take part in talks with Peruvian ministers on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_prose_meetings(case: str, body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Each invented story gives exactly the records of its row (kind, status, states)."""
    got = [
        (m.kind.value, m.status.value, sorted(str(c) for c in m.countries))
        for m in extract_meetings(Article(id=case, published=D, body=body))
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("She was in Lima. They reached out to him.", [4, 22]),
        ("He led a delegation to Peru.", [9]),
        ("She was invited. The washing was done.", []),
        ("They were interested in reaching outwards.", []),
    ],
)
def test_prose_hits(body: str, expected: list[int]) -> None:
    """The prose words are found where they start, and only as whole phrases."""
    assert prose_hits(body) == expected


@pytest.mark.parametrize(
    ("text", "end_word", "expected"),
    [
        ("talks in Quito allowing Peruvian firms to fish", "firms", True),
        ("talks so that Peruvian firms may bid", "firms", True),
        ("talks with Peruvian airlines on routes", "airlines", False),
        ("talks with the heads of Peruvian firms", "firms", False),
    ],
)
def test_for_others(text: str, end_word: str, expected: bool) -> None:
    """Firms after a word of purpose are served by the event, not a side of it."""
    end = text.index(end_word) + len(end_word)
    assert for_others(text, len("talks"), end) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("He is expected to take part in ", True),
        ("She will also ", True),
        ("When he ", True),
        ("The minister said she ", True),
        ("Officials said the talks ", False),
        ("Shell is expected to take part in ", False),
    ],
)
def test_pronoun_before_auxiliaries(before: str, expected: bool) -> None:
    """A "he"/"she" subject is found only before a chain of auxiliaries."""
    assert pronoun_before_auxiliaries(before) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        ("She is travelling to Peru next week.", "travelling to", MeetingKind.VISIT, True),
        ("He heads to Lima tomorrow.", "heads to", MeetingKind.VISIT, True),
        ("They will visit the United Arab Emirates next month.", "visit", MeetingKind.VISIT, True),
        ("She travelled to Peru last week.", "travelled to", MeetingKind.VISIT, False),
        ("She visited Peru, and next week she will rest.", "visited", MeetingKind.VISIT, False),
        ("They held talks in Lima next week.", "talks", MeetingKind.MEETING, False),
    ],
)
def test_planned_trip(text: str, trigger: str, kind: MeetingKind, expected: bool) -> None:
    """A trip is planned when its destination is followed right away by a time to come."""
    t1 = text.index(trigger) + len(trigger)
    assert planned_trip(text, kind, t1, len(text)) is expected
