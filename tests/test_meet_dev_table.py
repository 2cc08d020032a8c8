"""Meeting forms of the error classes read on the corpus' dev articles (session 7).

Wire copy and official statements (readouts, joint statements) tell meetings in
forms a fresh writer's pages seldom use. A told table (``meeting_rows`` says what
a row is and when it passes).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-09-18"  # a Wednesday: Monday is September 16, Friday September 20

# --- a dialogue format named by its core and its partners' count ------------------------
# "C5+1", "P5+1", "E3+3": the format is the body whose gatherings these are, even when the
# story names no state beside it.
_row(
    "format-name",
    D,
    "The ministers reviewed the progress made since the first P5+1 ministerial meeting in 2009.",
    ("conference", "held", (), "P5+1", "2009"),
)
_row(
    "format-name",
    D,
    "Officials said the next steps would be discussed at the V4+2 Energy Ministerial in November.",
    ("conference", "planned", (), "V4+2", "2024-11"),
)
_row(
    "format-name",
    D,
    "Foreign ministers of the C3+1 format held a summit in Baku on Monday to discuss transit "
    "routes.",
    ("conference", "held", ("AZE",), "C3+1", "2024-09-16"),
)
# a format whose core is a body the gazetteer knows stays that body's
_row(
    "format-name",
    D,
    "The ASEAN+3 summit opened in Vientiane on Monday.",
    ("conference", "held", ("LAO",), "ASEAN", "2024-09-16"),
)


# --- a new session of a named body beside the story's talks -----------------------------
# Readouts tell a leaders' meeting and, in a clause of its own, "a Joint Working Group
# meeting" or "a roundtable meeting of the C3+1": an indefinite mention named by a body is
# another event, held where and when the event told before it was, between its sides when it
# names none of its own.
_row(
    "new-named-session",
    D,
    "On Monday in Accra, Togolese Foreign Minister Kofi Mensah met with Ghanaian President "
    "Ama Owusu, and convened a Ghana-Togo Joint Border Commission meeting to review "
    "customs cooperation.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-09-16"),
    ("meeting", "held", ("GHA", "TGO"), None, "2024-09-16"),
)
_row(
    "new-named-session",
    D,
    "On Monday, the Slovak Prime Minister led a delegation to an international conference "
    "on river transport in Vienna, Austria. He took part in a ministerial meeting of the "
    "V4+2 platform, where members discussed inland ports.",
    ("conference", "held", ("AUT", "SVK"), None, "2024-09-16"),
    ("conference", "held", ("AUT", "SVK"), "V4+2", "2024-09-16"),
)
_row(
    "new-named-session",
    D,
    "Finnish Foreign Minister Aino Laine held talks with her Estonian counterpart in Tallinn "
    "on Monday. At the meeting, the two ministers discussed energy links.",
    ("meeting", "held", ("EST", "FIN"), None, "2024-09-16"),
)
_row(
    "new-named-session",
    D,
    "Finnish Foreign Minister Aino Laine held talks with her Estonian counterpart in Tallinn "
    "on Monday. At a meeting in the Estonian foreign ministry, the two ministers discussed "
    "energy links.",
    ("meeting", "held", ("EST", "FIN"), None, "2024-09-16"),
)

_row(
    "new-named-session",
    D,
    "The Kenyan President will travel to Addis Ababa next week to attend a Summit of the "
    "African Union.",
    ("conference", "planned", ("ETH", "KEN"), "AU", None),
)


# --- the gatherings of several bodies told by one plural word ---------------------------
# "the G7 and NATO summits", "the OSCE and Council of Europe meetings": one gathering per
# body listed, each with the clause's place and time; a list of places or people before the
# plural word names no bodies' gatherings.
_row(
    "bodies-gatherings",
    D,
    "The Dutch Prime Minister will travel to Madrid next month for the G7 and NATO summits.",
    ("conference", "planned", ("ESP", "NLD"), "G7", "2024-10"),
    ("conference", "planned", ("ESP", "NLD"), "NATO", "2024-10"),
)
_row(
    "bodies-gatherings",
    D,
    "Ministers gathered in Geneva on Monday for the OSCE and Council of Europe meetings.",
    ("conference", "held", ("CHE",), "OSCE", "2024-09-16"),
    ("conference", "held", ("CHE",), "COE", "2024-09-16"),
)
_row(
    "bodies-gatherings",
    D,
    "Officials said the ASEAN, APEC and G20 summits later this year would take up the issue.",
    ("conference", "planned", (), "ASEAN", "2024"),
    ("conference", "planned", (), "APEC", "2024"),
    ("conference", "planned", (), "G20", "2024"),
)
_row(
    "bodies-gatherings",
    D,
    "Reporters asked the spokesman about the Lima and Quito meetings of the two activists.",
)


# --- a state calling officials of other states together ---------------------------------
# "Norway will convene foreign ministers from the region", "A will soon convene senior
# officials to discuss ...": a gathering the state hosts; a leader convening officials is his
# own government's meeting.
_row(
    "state-convenes",
    D,
    "Malta will soon convene senior officials to discuss how the sea rescue effort can be "
    "expanded.",
    ("conference", "planned", ("MLT",), None, None),
)
_row(
    "state-convenes",
    D,
    "Finland will convene energy ministers from the Baltic region in Helsinki next month.",
    ("conference", "planned", ("FIN",), None, "2024-10"),
)
_row(
    "state-convenes",
    D,
    "The Prime Minister convenes senior officials every Monday to review the flood response.",
)


# --- a visit to the dateline's city recalled as "his visit here" -------------------------
# "here" in a datelined story is its city, named as "his visit to X" would name it: the
# recalled visit is an event of its own (its visitor, the speaker), not a back-reference.
_row(
    "visit-here",
    D,
    "NAIROBI, Sept 18 - Ugandan Trade Minister Moses Okello said the new levy could hurt "
    "regional exports. Okello said attitudes to the levy had hardened since his visit here "
    "last year.",
    ("visit", "held", ("KEN", "UGA"), None, "2023"),
)
_row(
    "visit-here",
    D,
    "OTTAWA, Sept 18 - Irish Foreign Minister Siobhan Walsh said the fishing dispute was close "
    "to a settlement. Walsh said much had changed since her visit here in March.",
    ("visit", "held", ("CAN", "IRL"), None, "2024-03"),
)


# --- what the story's event follows ------------------------------------------------------
# "The trip follows her travel to A and B", "This visit follows the President's meeting with
# X, his travel to A and his visit next week to B": an event told as what another comes after
# is an earlier one of its own (no back-reference to the story's event), held unless its own
# list item says it is still to come; "a meeting followed by talks" tells the order of two
# steps to come.
_row(
    "follows",
    D,
    "The Indian Prime Minister will travel to Egypt in October. The trip follows his travel "
    "to Kenya and Tanzania.",
    ("visit", "planned", ("EGY", "IND"), None, "2024-10"),
    ("visit", "held", ("IND", "KEN", "TZA"), None, None),
)
_row(
    "follows",
    D,
    "The Dutch Foreign Minister will travel to Japan in November. The trip follows her "
    "travel to Vietnam and Laos.",
    ("visit", "planned", ("JPN", "NLD"), None, "2024-11"),
    ("visit", "held", ("LAO", "NLD", "VNM"), None, None),
)
_row(
    "follows",
    D,
    "The Chilean President will visit Peru on Friday, where he will hold a one-on-one meeting "
    "with the Peruvian President followed by talks in an expanded format.",
    ("visit", "planned", ("CHL", "PER"), None, "2024-09-20"),
)


# --- a call told with its day before its sides ------------------------------------------
# "followed a call Friday between Presidents X and Y", "a call on Monday with Y": "call" with
# a weekday and then "between" or "with" and a name is a phone call, not "a call for" peace.
_row(
    "call-day-between",
    D,
    "Peruvian President Luis Vega met Chilean President Ana Rojas in Lima on Tuesday. The "
    "meeting followed a call on Friday between Vega and Rojas.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-17"),
    ("call", "held", ("CHL", "PER"), None, "2024-09-13"),
)
_row(
    "call-day-between",
    D,
    "Thai officials said a call Monday between Prime Ministers Somchai Wong of Thailand and "
    "Sok Dara of Cambodia had eased tensions on the border.",
    ("call", "held", ("KHM", "THA"), None, "2024-09-16"),
)
_row(
    "call-day-between",
    D,
    "Thai Prime Minister Somchai Wong repeated his call Monday for restraint on the border.",
)


# --- "at the G7": a numbered group of states as where something was done ----------------
# "welcomed the plan announced at the G-20", "agreed at the G7 in Italy last month": the
# group's summit, held there (the states of what was announced are no sides); an office "at
# the G7" or "the G7 countries" is none.
_row(
    "at-group",
    D,
    "Both sides welcomed the announcement at the G-20 of the Kenya-Oman shipping corridor.",
    ("conference", "held", (), "G20", None),
)
_row(
    "at-group",
    D,
    "The leaders agreed at the G7 in Italy in June to widen the sanctions.",
    ("conference", "held", ("ITA",), "G7", "2024-06"),
)
_row(
    "at-group",
    D,
    "Canada holds the rotating presidency at the G7 this year, and the G7 countries will "
    "act together.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph's meetings pair one to one with the row's."""
    assert_told(cls, day, text, expected)
