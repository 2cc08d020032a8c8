"""Meeting precision classes of the blind audit of unkeyed corpus articles (three articles or more).

A told table (``meeting_rows`` says what a row is and when it passes). Each class is
a rule about how news writes, read off the records four blind judges found wrong on
corpus articles no key covers; every row is an invented paragraph (no sentence, name
or figure of those articles), and the near misses beside a class's rows must stay.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Tuesday February 11

# --- talks only asked for, speculated about, aimed at or denied ------------------------------
# "A asked for consultations with B", "the body may need to hold talks on it in May", "a move
# to bring A to the negotiating table", "no meeting had been set, and such a meeting was not a
# priority": a request, a guess, an aim or a denial tells no meeting held or set.
_row(
    "talks-only-asked-or-guessed",
    D,
    "The Philippines asked for consultations with Vietnam over the rice tariff, a trade "
    "official said on Wednesday.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "Lithuania asked for talks with Poland on the pipeline leak, the ministry said.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "The G20 may need to hold talks on the levy in October, two bankers said.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "However, some traders said OPEC might have to hold an emergency meeting before June.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "Diplomats believed the Egyptian move, short of a formal complaint, was designed to bring "
    "Ethiopia to the negotiating table.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "He said such a meeting of the ASEAN ministers was not needed this year.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "The embassy said such a visit by the Thai king to Laos was not planned.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "If any member state objects to the levy, an emergency meeting of OPEC would be convened, "
    "the delegate said.",
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "But if the ceasefire breaks down, a summit of the African Union could follow, diplomats said.",
)
# near misses: talks held after a request, a return to the table, the next session of a format
_row(
    "talks-only-asked-or-guessed",
    D,
    "Chad and Niger returned to the negotiating table in Niamey on Monday, officials said.",
    ("meeting", "held", ("NER", "TCD"), None, "2025-02-10"),
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "Finland's foreign minister met her Estonian counterpart in Tallinn on Tuesday. The next "
    "such meeting will be held in Helsinki, the ministry said.",
    ("meeting", "held", ("EST", "FIN"), None, "2025-02-11"),
    ("meeting", "planned", ("EST", "FIN"), None, None),
)
_row(
    "talks-only-asked-or-guessed",
    D,
    "Leaders such as the Kenyan president met Ugandan officials in Kampala on Monday.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
)

_row(
    "talks-only-asked-or-guessed",
    D,
    "Mali's minister said talks with Niger would be held in Bamako on Monday.",
    ("meeting", "planned", ("MLI", "NER"), None, None),
)

# --- an office named after a body's sitting, or meetings told as a habit ---------------------
# "the OAS Conference President X said", "the summit chairman told reporters": a person's title,
# no session; "a man I met privately several times", "has visited A many times": a habit, no
# one event.
_row(
    "office-or-habit-read-as-event",
    D,
    "LONDON, Feb 12 - OPEC Conference President Ali Haddad said the group was pumping well "
    "below its ceiling.",
)
_row(
    "office-or-habit-read-as-event",
    D,
    "The ASEAN summit chairman told reporters in Jakarta that the haze had eased.",
)
_row(
    "office-or-habit-read-as-event",
    D,
    "The OIC conference Secretary-General said the fund would be ready by March.",
)
_row(
    "office-or-habit-read-as-event",
    D,
    "The Emir, whom as governor I met privately several times, has long supported our links "
    "with Qatar, the senator wrote.",
)
_row(
    "office-or-habit-read-as-event",
    D,
    "Erdogan has visited Azerbaijan many times since he took office.",
)
_row(
    "office-or-habit-read-as-event",
    D,
    "The Danish prime minister met the Norwegian king on numerous occasions as a student leader.",
)
# near misses: the president of a conference opening it, a meeting "several times" delayed
# after it was held, two meetings counted
_row(
    "office-or-habit-read-as-event",
    D,
    "The president of the conference opened the OIC summit in Baku on Monday.",
    ("conference", "held", ("AZE",), "OIC", "2025-02-10"),
)
_row(
    "office-or-habit-read-as-event",
    D,
    "Erdogan visited Azerbaijan on Monday, his third trip there this year.",
    ("visit", "held", ("AZE", "TUR"), None, "2025-02-10"),
)

# --- a domestic meeting read as one between states -------------------------------------------
# "recalled its negotiators home for consultations" (a recall), "a meeting of Christian
# Democrat politicians" (a party's), "senators said after a meeting with Commerce Secretary X"
# (a state's legislators with their own government): no meeting between states.
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "Seoul said it was calling its trade negotiators in Geneva home for consultations next week.",
)
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "Canada has recalled its ambassador to Venezuela for consultations, the ministry said.",
)
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "The Austrian minister clashed with his Czech colleague at a meeting of Green party members "
    "in Vienna on Monday.",
)
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "Tariffs on Korean steel are likely to rise, lawmakers said on Tuesday after a closed "
    "meeting with Trade Minister Ana Costa.",
)
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "Curbs on Chinese solar panels will stay, senators said after a meeting with Energy "
    "Secretary Paul Hart on Monday.",
)
# near misses: envoys of two states meeting, a minister with a foreign minister, lawmakers
# meeting a foreign minister
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "The Austrian minister met his Czech colleague in Vienna on Monday for consultations.",
    ("meeting", "held", ("AUT", "CZE"), None, "2025-02-10"),
)
_row(
    "domestic-meeting-read-as-between-states",
    D,
    "Tariffs will stay, US senators said after a meeting with Chinese Commerce Minister Wang Tao "
    "on Monday.",
    ("meeting", "held", ("CHN", "USA"), None, "2025-02-10"),
)

# --- one event named by two words -------------------------------------------------------------
# "at their summit meeting last March in P": a gathering word right before a meeting word names
# one event, however the two words are read (a summit, and talks of the named leaders).
_row(
    "one-event-told-twice",
    D,
    "Prime Minister Modi said the plan followed the road map he agreed upon with Sharif at their "
    "summit meeting last March in Male, Maldives.",
    ("conference", "held", ("IND", "MDV", "PAK"), None, "2024-03"),
)
_row(
    "one-event-told-twice",
    D,
    "The Kenyan president said the deal grew out of what he settled with Museveni at their "
    "summit meeting in Entebbe, Uganda, in January.",
    ("conference", "held", ("KEN", "UGA"), None, "2025-01"),
)
_row(
    "one-event-told-twice",
    D,
    "The Greek premier said the accord built on what he had agreed with Erdogan at their summit "
    "meeting last July in Ankara, Turkey.",
    ("conference", "held", ("GRC", "TUR"), None, "2024-07"),
)
# near misses: talks of two leaders before a summit, in words apart, stay two events
_row(
    "one-event-told-twice",
    D,
    "Chile's president met Colombia's president in Lima on Monday before the summit of APEC "
    "leaders there on Tuesday.",
    ("meeting", "held", ("CHL", "COL"), None, "2025-02-10"),
    ("conference", "held", ("CHL", "COL", "PER"), "APEC", "2025-02-11"),
)

# --- the states a gathering's next sentence lists as confirmed --------------------------------
# "Next week's meeting of cocoa growers here will ... He said the states that have so far
# confirmed their presence are A, B and C": the states listed are the gathering's sides.
_row(
    "session-of-group-sides",
    D,
    "ACCRA, Feb 12 - A price floor will top the agenda when West African cocoa growers hold "
    "their meeting here next week, Ghana's trade minister said. The states that have so far "
    "confirmed their presence are Togo, Cameroon and Nigeria, he added.",
    ("conference", "planned", ("CMR", "GHA", "NGA", "TGO"), None, None),
)
_row(
    "session-of-group-sides",
    D,
    "The summit of Amazon states will open in Belem on Monday. Colombia, Peru and Bolivia have "
    "confirmed their participation, the foreign ministry said.",
    ("conference", "planned", ("BOL", "BRA", "COL", "PER"), None, "2025-02-17"),
)
_row(
    "session-of-group-sides",
    D,
    "A conference of Caspian fishing officials will be held in Baku next month. Iran and "
    "Kazakhstan confirmed their attendance on Tuesday.",
    ("conference", "planned", ("AZE", "IRN", "KAZ"), None, "2025-03"),
)
# near misses: a state's confirmation of another thing, or of its presence at another event,
# adds no side
_row(
    "session-of-group-sides",
    D,
    "The presidents of Brazil and Peru will meet in Belem on Monday. Bolivia confirmed its "
    "support for the river fund.",
    ("meeting", "planned", ("BRA", "PER"), None, "2025-02-17"),
)
_row(
    "session-of-group-sides",
    D,
    "The presidents of Brazil and Peru will meet in Belem on Monday. Bolivia confirmed its "
    "presence at the book fair.",
    ("meeting", "planned", ("BRA", "PER"), None, "2025-02-17"),
)
_row(
    "session-of-group-sides",
    D,
    "The presidents of Brazil and Peru will meet in Belem on Monday. Bolivia confirmed its "
    "participation in the meeting.",
    ("meeting", "planned", ("BOL", "BRA", "PER"), None, "2025-02-17"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_audit(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The meetings an invented paragraph tells, for the audit's precision classes."""
    assert_told(cls, day, text, expected)
