"""Broad meeting rules, one per recall class, stated for any news (not one wording seen).

A told table (``meeting_rows`` says what a row is and when it passes); every row is
an invented paragraph, and each class's near misses sit beside its rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, Expected, assert_told, briefs_of, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Tuesday February 11

# --- TRIP-MOTION-VERB -----------------------------------------------------------------------
# An official told as travelling to, arriving in or returning from a foreign state or city
# made a visit of the two states (planned when told to come: "is travelling ... next week",
# "will travel", "is due to arrive"; held otherwise); a domestic move or a thing that arrives
# is no trip. (Arrivals were read before this class; a cargo that "arrived in" a capital
# still reads as a visit, a known precision gap not closed here.)
_row(
    "trip-motion-verb",
    D,
    "Kenyan Foreign Minister Amina Odhiambo arrived in Lima on Monday for two days of talks.",
    ("visit", "held", ("KEN", "PER"), None, "2025-02-10"),
)
_row(
    "trip-motion-verb",
    D,
    "Finnish Prime Minister Elina Virta will travel to Santiago in March, her office said.",
    ("visit", "planned", ("CHL", "FIN"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "Japan's trade minister Kenji Sato, who has just returned from Ottawa, said a deal was close.",
    ("visit", "held", ("CAN", "JPN"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "Chilean Defence Minister Rosa Ibarra is due to arrive in Canberra on Friday.",
    ("visit", "planned", ("AUS", "CHL"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "The Ghanaian president returned from Hanoi on Sunday after a week of talks.",
    ("visit", "held", ("GHA", "VNM"), None, None),
)
# near misses: a domestic trip, and travellers who are no officials
_row(
    "trip-motion-verb",
    D,
    "Peruvian President Jorge Salas returned from Cusco on Monday.",
)
_row(
    "trip-motion-verb",
    D,
    "Kenyan tourists travelled to Lima in record numbers last year.",
)

# --- GATHERING-NAME-ONLY ----------------------------------------------------------------------
# A gathering told by its own name ("the X Forum", "the Y Summit", "COP30") with a time of its
# own (a date, "last week's", "the recent", "the upcoming") is a record even when its sentence
# names no state and no known body: its sides are the states its sentence names, else the
# story's state (the first its headline names, else the outlet's). A known body's session is
# left to the body's own rules.
_row(
    "gathering-name-only",
    D,
    "Ministers praised the results of the recent Andes Water Forum, the Chilean government said.",
    ("conference", "held", ("CHL",), None, None),
)
# near misses: the time word is another noun's, and a named gathering told with no time
_row(
    "gathering-name-only",
    D,
    "The recent floods damaged the Forum building in Lima.",
)
_row(
    "gathering-name-only",
    D,
    "The Quito Water Forum is a yearly gathering, its organisers say.",
)

# --- SESSION-BY-DECISION ----------------------------------------------------------------------
# A known body's council, board or assembly told with a time as the one addressed ("told the X
# Council on Friday") or as the one that decided ("the X Council on Tuesday adopted") held a
# session then; a council of no known organisation (a city's, a company's) is none.
_row(
    "session-by-decision",
    D,
    "The IAEA chief told the UN Security Council on Friday that inspectors had left.",
    ("conference", "held", (), "UN Security Council", "2025-02-07"),
)
_row(
    "session-by-decision",
    D,
    "The WTO General Council on Tuesday adopted a ruling on fish subsidies.",
    ("conference", "held", (), "WTO", "2025-02-11"),
)
_row(
    "session-by-decision",
    D,
    "Peru's ambassador told the UN Security Council on Friday that the mission must stay.",
    ("conference", "held", ("PER",), "UN Security Council", "2025-02-07"),
)
# near misses: a city's council, and a board of no named body
_row("session-by-decision", D, "The Lima City Council on Tuesday approved a new bus tariff.")
_row("session-by-decision", D, "The board on Monday approved the budget.")

# --- BODY-COMMON-NOUN -------------------------------------------------------------------------
# A body told by a common noun ("the cartel", "the bloc's leaders", "the alliance's ministers")
# as the one whose gathering it is, is the body the story named last before the sentence, and
# the gathering is that body's session; "the group of traders" names no body.
_row(
    "body-common-noun",
    D,
    "OPEC output rose in January, a survey showed. The cartel will weigh new quotas when it "
    "meets in Vienna next week.",
    ("conference", "planned", ("AUT",), "OPEC", None),
)
_row(
    "body-common-noun",
    D,
    "ASEAN ministers agreed a fishing code. The bloc's leaders will hold a summit in Hanoi in May.",
    ("conference", "planned", ("VNM",), "ASEAN", "2025-05"),
)
_row(
    "body-common-noun",
    D,
    "NATO allies pledged more air defence. The alliance's defence ministers meet in Brussels on "
    "Thursday.",
    ("conference", "planned", ("BEL",), "NATO", "2025-02-13"),
)
# near misses: a group that is no body; "the organisation of" a thing, with no body named
_row(
    "body-common-noun",
    D,
    "OPEC output rose in January. The group of traders will meet in London on Monday.",
)
_row(
    "body-common-noun",
    D,
    "Peru and Chile signed a tuna pact. The organisation of the fishing fleet will be discussed "
    "at talks in Lima on Monday.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-02-17"),
)

# The same class where the side is the story's state, told by the headline only:
# (headline, paragraph, the briefs it gives, as ``meeting_rows.briefs_of`` writes them;
# published 2023-05-10).
HEADLINED: list[tuple[str, str, list[Brief]]] = [
    (
        "PERU TO CUT FUEL TARIFFS",
        "The minister said the cuts were agreed at last week's Pacific Energy Forum.",
        [("conference", "held", ["PER"], None, "2023-05")],
    ),
    (
        "Ghana pledges new sea walls",
        "Climate finance dominated the recent Coastal Cities Summit, where the president spoke.",
        [("conference", "held", ["GHA"], None, None)],
    ),
    (
        "Chile drafts a river plan",
        "The minister will present the plan at next month's Andean Water Conference.",
        [("conference", "planned", ["CHL"], None, "2023-06")],
    ),
    # near misses: a gathering with neither a name nor a time; a festival is no gathering
    ("Chile drafts a river plan", "The minister will present the plan at the conference.", []),
    ("Chile drafts a river plan", "Rains delayed last week's harvest festival in the capital.", []),
    # a masthead or heading line tells no event: no word of it is lower case
    (
        "Chile drafts a river plan",
        "Pacific Defence Forum Monday May 8, 2023\n\nThe minister will present the plan soon.",
        [],
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), HEADLINED)
def test_named_gathering_takes_the_story_state(
    title: str, text: str, expected: list[Brief]
) -> None:
    """A named gathering with a time and no state of its sentence is the headline state's."""
    assert briefs_of(text, title=title) == expected


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_broad(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
