"""Meetings of unseen news, by families of misses (issue 9).

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings._merge import recalled
from diplonews.values import PartialDate
from meeting_rows import Brief, briefs_of

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
        "Uruguay and Paraguay opened free trade talks in June 2022. A successful conclusion to "
        "the free trade talks now under way could raise trade by ten percent.",
        [("meeting", "held", ["PRY", "URY"], None, "2022-06")],
    ),
]

# A visit told in apposition to a person of the talks ("B, who is on a visit to A") is one event
# with the talks of its sentence, as is a visit told as their setting ("on a visit to A, B held
# talks"): the crawled key merges both shapes (see tests/test_meetings_fresh9.py).
APPOSED_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "held-talks-with-b-who-is-on-a-visit",
        "Latvian Foreign Minister Ivars Ozols held talks with Chilean Foreign Minister Rosa Mena, "
        "who is on an official visit to Latvia, on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
    (
        "received-b-who-is-in-our-country-on-a-visit",
        "President of Peru Luis Vega today received the Minister of Foreign Affairs of Ecuador "
        "Jorge Salas, who is in our country on a working visit.",
        [("visit", "held", ["ECU", "PER"], None, "2023-05-10")],
    ),
    (
        "on-a-visit-b-held-talks-is-one-visit",
        "Chilean Foreign Minister Rosa Mena, on a visit to Latvia, held talks with Latvian Foreign "
        "Minister Ivars Ozols on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
    (
        "during-her-visit-is-one-visit",
        "During her visit to Latvia, Chilean Foreign Minister Rosa Mena held talks with Latvian "
        "Foreign Minister Ivars Ozols on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
]

# Talks told with their medium in one sentence are one call, not a call and a meeting.
TALKS_BY_PHONE: list[tuple[str, str, list[Brief]]] = [
    (
        "talks-via-video-conference",
        "Prime Minister of Malta Paul Borg held talks with Prime Minister of Estonia Kaia Tamm "
        "via video conference on 8 May. The leaders reviewed the agreements reached during the "
        "Estonian Prime Minister's visit to Valletta in February.",
        [
            ("call", "held", ["EST", "MLT"], None, "2023-05-08"),
            ("visit", "held", ["EST", "MLT"], None, "2023-02"),
        ],
    ),
]

# "called on the Prime Minister" is a visit of respect, however the sentence goes on after
# ", who"; "called on X to resign" is an appeal.
CALLED_ON: list[tuple[str, str, list[Brief]]] = [
    (
        "called-on-the-pm-who-stressed-the-desire-to",
        "The Chilean delegation also called on Peruvian Prime Minister Luis Vega, who underscored "
        "Peru's desire to deepen ties with the region.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "called-on-the-president-to-resign",
        "The opposition of Peru called on President Luis Vega to resign.",
        [],
    ),
    (
        "called-on-a-state-which-to-lower",
        "The Chilean minister called on Peru, which has raised tariffs, to lower them.",
        [],
    ),
]

# Gatherings named in a row ("the A Summit and the 13th B Forum") are two events, however long
# the second one's name.
GATHERINGS_IN_A_ROW: list[tuple[str, str, list[Brief]]] = [
    (
        "a-summit-and-a-numbered-forum",
        "Hosting major events such as the upcoming Andean Leaders Summit and the 13th World Ocean "
        "Energy Forum boosts Peru's visibility.",
        [
            ("conference", "planned", ["PER"], None, None),
            ("conference", "planned", ["PER"], None, None),
        ],
    ),
    (
        "a-summit-and-a-first-summit",
        "Chile will host the Pacific Leaders Summit and the first Pacific Alliance Climate Summit.",
        [
            ("conference", "planned", ["CHL"], None, None),
            ("conference", "planned", ["CHL"], None, None),
        ],
    ),
]

# States meeting on the sidelines of a gathering take part in it: the gathering of their
# sentence, else the latest one told before, when both are held or both planned.
SIDELINES: list[tuple[str, str, list[Brief]]] = [
    (
        "on-the-sidelines-of-the-summit-told-before",
        "The Pacific Leaders Summit opened in Lima on Tuesday. On the sidelines of the summit, "
        "Chilean President Rosa Mena met Ecuadorian President Jorge Salas.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-09"),
        ],
    ),
    (
        "would-meet-on-the-sidelines-of-a-summit-to-come",
        "Leaders will gather for the Andean Summit in Quito next week. According to reports, "
        "Chilean President Rosa Mena and Peruvian President Luis Vega would meet on the "
        "sidelines of the summit.",
        [
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-05"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023-05"),
        ],
    ),
]

# Talks "with" officials of two states, each named with a title of their own, are one meeting
# with each; a cue word ("trilateral", "both", "between", a summit) keeps them one event.
OFFICIALS_APART: list[tuple[str, str, list[Brief]]] = [
    (
        "talks-with-two-states-officials",
        "Chilean President Rosa Mena also held talks with Peruvian Prime Minister Luis Vega and "
        "Ecuadorian President Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "discussed-with-two-states-officials",
        "Chilean Foreign Minister Rosa Mena said she had discussed the crisis with Peruvian "
        "President Luis Vega and Ecuadorian Prime Minister Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "a-trilateral-meeting-with-two",
        "Chilean President Rosa Mena held a trilateral meeting with Peruvian Prime Minister Luis "
        "Vega and Ecuadorian President Jorge Salas.",
        [("meeting", "held", ["CHL", "ECU", "PER"], None, None)],
    ),
    (
        "met-with-both",
        "Chilean President Rosa Mena met with both Peruvian Ambassador Luis Vega and Ecuadorian "
        "Ambassador Jorge Salas.",
        [("meeting", "held", ["CHL", "ECU", "PER"], None, None)],
    ),
]

# "X to pay a visit", "invited X to make a visit": a visit still to be paid.
TO_PAY_A_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "a-headline-to-pay-state-visit",
        "Hungarian President to pay state visit to Chile",
        [("visit", "planned", ["CHL", "HUN"], None, None)],
    ),
    (
        "invited-to-make-an-official-visit",
        "Foreign Minister Ana Ruiz of Peru invited her Chilean counterpart Rosa Mena to make an "
        "official visit to Lima.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]

# "would be held", "would take place" after the meeting word: a plan told in reported speech.
REPORTED_PLAN: list[tuple[str, str, list[Brief]]] = [
    (
        "said-the-commission-would-be-held",
        "Chile's Minister of Trade Rosa Mena said earlier that the 4th meeting of the Chile-Peru "
        "Intergovernmental Commission on Economic Cooperation would be held in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "said-the-working-group-would-take-place",
        "The minister said the session of the Latvian-Chilean joint working group would take "
        "place in Riga in the autumn.",
        [("meeting", "planned", ["CHL", "LVA"], None, "2023")],
    ),
]

# A session of a working group between two states is their meeting, like a commission's.
WORKING_GROUP: list[tuple[str, str, list[Brief]]] = [
    (
        "the-upcoming-session-of-a-working-group",
        "The sides referred to the preparations for the upcoming session of the Estonian-Maltese "
        "intergovernmental working group, which will take place in Valletta in the autumn.",
        [("meeting", "planned", ["EST", "MLT"], None, "2023")],
    ),
    (
        "the-first-meeting-of-a-working-group-held",
        "The first meeting of the Peru-Ecuador working group on fisheries was held in Quito on "
        "May 2.",
        [("meeting", "held", ["ECU", "PER"], None, "2023-05-02")],
    ),
]

# A session to come ("the upcoming meeting of the commission") told after held talks or during
# a visit under way is the sides' next session, not a mention of the talks or of the visit.
COMING_SESSION: list[tuple[str, str, list[Brief]]] = [
    (
        "upcoming-commission-during-a-visit",
        "President of Chile Rosa Mena today received the Minister of Foreign Affairs of Peru Luis "
        "Vega, who is in our country on a working visit. Issues of preparation for the upcoming "
        "meeting of the intergovernmental commission, which will be held in Lima in the autumn, "
        "were also discussed.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-10"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "upcoming-commission-with-no-place-of-its-own",
        "President of Latvia Ivars Ozols today received the Minister of Foreign Affairs of Estonia "
        "Kaia Tamm, who is in our country on a working visit. Issues of preparation for the "
        "upcoming meeting of the intergovernmental commission were also discussed.",
        [
            ("visit", "held", ["EST", "LVA"], None, "2023-05-10"),
            ("meeting", "planned", ["EST", "LVA"], None, None),
        ],
    ),
    (
        "the-next-session-after-held-talks",
        "Chilean Foreign Minister Rosa Mena held talks with Peruvian Foreign Minister Luis Vega in "
        "Santiago on May 9. The sides discussed the next session of the joint commission.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in COMING_SESSION + GATHERINGS_IN_A_ROW + SIDELINES
    ],
)
def test_a_coming_session_is_its_own_event(body: str, expected: list[Brief]) -> None:
    """A session to come or a gathering named after another is an event; sidelines attend."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in REPORTED_PLAN + WORKING_GROUP],
)
def test_reported_plans_and_working_groups(body: str, expected: list[Brief]) -> None:
    """Reported plans are planned; a working group's session is a meeting of its states."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in NEWS_AND_RECALLED],
)
def test_news_and_recalled_events(body: str, expected: list[Brief]) -> None:
    """Undated news is no recalled event; steps of the day take the news's day."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in APPOSED_VISIT + OFFICIALS_APART],
)
def test_a_visit_in_apposition_is_the_talks_visit(body: str, expected: list[Brief]) -> None:
    """A visit told as "B, who is on a visit to A" is the talks'; talks with each state apart."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in TALKS_BY_PHONE],
)
def test_talks_by_phone_are_one_call(body: str, expected: list[Brief]) -> None:
    """Talks held by phone or video in one sentence are one call."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in TO_PAY_A_VISIT + CALLED_ON],
)
def test_a_visit_to_pay_is_planned(body: str, expected: list[Brief]) -> None:
    """A visit someone is to pay is planned; "called on" an official is a visit of respect."""
    assert briefs_of(body) == expected


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
