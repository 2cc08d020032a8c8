"""Meeting forms of the classes read off the written articles W1-W30 and the released keys.

The meeting records errors of the thirty articles written blind in the manner of the corpus,
pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and sorted into
classes of how news writes a meeting (issue 9, session 21, second round). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering told by a verb of coming together ------------------------------------------
# "looks forward to welcoming X to the capital on DATE", "leaders will take up the plan when
# they gather in P", "officials from A and B will reconvene in P": a host's welcome to come is
# a meeting with the guest, and officials who gather or reconvene somewhere meet, also where
# their own clause tells it by "they".
_row(
    "coming-together",
    D,
    "The Peruvian President said he looked forward to welcoming Chile's President to Lima on "
    "March 3.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03-03"),
)
_row(
    "coming-together",
    D,
    "The King looks forward to hosting the Prime Minister of Ghana in Rabat next month.",
    ("meeting", "planned", ("GHA", "MAR"), None, "2025-03"),
)
_row(
    "coming-together",
    D,
    "OPEC oil ministers will review output when they gather in Vienna next month.",
    ("conference", "planned", ("AUT",), "OPEC", "2025-03"),
)
_row(
    "coming-together",
    D,
    "Senior negotiators from Peru and Chile will reconvene in Quito on Monday.",
    ("meeting", "planned", ("CHL", "ECU", "PER"), None, "2025-02-17"),
)
# near misses: crowds and opposition leaders gather too; a shop welcomes customers
_row("coming-together", D, "Protesters will gather in Lima on Sunday when leaders arrive.")
_row("coming-together", D, "Fans gathered in Lima on Sunday before the match against Chile.")
_row(
    "coming-together",
    D,
    "The company said it looks forward to welcoming new customers to its Lima store in March.",
)
_row("coming-together", D, "Leaders of the opposition said they gathered in Lima on Sunday.")

# --- a status told by the event's own time or by the plan before it --------------------------
# "the follow-up to the visit of X to B earlier this month", "the results of the president's
# visit to Lima last week": a time of the past that completes the event's own phrase makes it
# held, whatever "upcoming" another noun of the sentence has; "is due to return home on Sunday
# before travelling to B for talks": a trip after a due one is to come too.
_row(
    "own-time",
    D,
    "The envoys reviewed upcoming steps and the results of the Chilean president's visit to "
    "Lima last week.",
    ("visit", "held", ("CHL", "PER"), None, "2025-02"),
)
_row(
    "own-time",
    D,
    "Officials are preparing upcoming contacts and the follow-up to the visit of the King of "
    "Morocco to Ghana earlier this month.",
    ("visit", "held", ("GHA", "MAR"), None, "2025-02"),
)
_row(
    "own-time",
    D,
    "The two ministers will discuss forthcoming contacts and the outcome of the talks between "
    "Peru and Chile in Quito two weeks ago.",
    ("meeting", "held", ("CHL", "ECU", "PER"), None, None),
)
_row(
    "own-time",
    D,
    "The minister is due to return to Lima on Sunday before travelling to Quito for talks on "
    "the border.",
    ("visit", "planned", ("ECU", "PER"), None, None),
)
_row(
    "own-time",
    D,
    "Ghana's President is due to fly home on Friday before travelling to Rabat for talks with "
    "the King.",
    ("visit", "planned", ("GHA", "MAR"), None, None),
)
# near misses: "in the last week of March" is a time to come; a trip after one made is made
_row(
    "own-time",
    D,
    "Chile's President will visit Lima in the last week of March.",
    ("visit", "planned", ("CHL", "PER"), None, None),
)
_row(
    "own-time",
    D,
    "The minister returned to Lima on Sunday after travelling to Quito for talks on the border.",
    ("visit", "held", ("ECU", "PER"), None, None),
)

# --- a session of a pair's named format told ahead --------------------------------------------
# "their ministers will convene the bilateral 2+2 dialogue in P next month", "trade ministers
# will hold the next ministerial session of the A-B Trade and Investment Partnership": a session
# of a format two states hold, told by the verb that holds it, is a meeting of that pair.
_row(
    "format-session",
    D,
    "The President of Peru met the President of Chile on Monday. Their foreign and defence "
    "ministers will convene the bilateral 2+2 ministerial dialogue in Lima next month.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "format-session",
    D,
    "Ghana's President held a phone call with Togo's President on Monday. The two sides will "
    "convene their annual security dialogue in Accra in June.",
    ("call", "held", ("GHA", "TGO"), None, "2025-02-10"),
    ("meeting", "planned", ("GHA", "TGO"), None, "2025-06"),
)
_row(
    "format-session",
    D,
    "Trade ministers will hold the next ministerial session of the Peru-Chile Trade and "
    "Investment Partnership in Lima this fall.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025"),
)
# near misses: a forum of the pair is the forum (one record); a commission's session keeps its
# own reading; a national dialogue is no meeting between states
_row(
    "format-session",
    D,
    "Officials of Kenya and Japan will hold the first session of the Kenya-Japan Investment "
    "Forum in Nairobi in May.",
    ("conference", "planned", ("JPN", "KEN"), None, "2025-05"),
)
_row(
    "format-session",
    D,
    "Peru and Chile will hold the next session of the Peru-Chile joint commission in Lima in May.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-05"),
)
_row("format-session", D, "The new law will convene the national dialogue on pensions next month.")

# --- the sides of a meeting that is the pair's own with a third --------------------------------
# "The leaders recalled their trilateral meeting with X", "Both leaders welcomed their joint
# meeting with Y": after the pair's call or talks, "their" meeting with a third state's official
# is a meeting of the pair and that state, also where it was held at a summit's margins.
_row(
    "their-meeting",
    D,
    "Peru's President held a phone call today with Chile's President. The leaders recalled their "
    "trilateral meeting with Ecuadorian President Luis Mora on the margins of the Andean Summit "
    "in Quito on January 13.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("conference", "held", ("CHL", "ECU", "PER"), None, "2025-01-13"),
    ("meeting", "held", ("CHL", "ECU", "PER"), None, "2025-01-13"),
)
_row(
    "their-meeting",
    D,
    "Ghana's President held talks with Togo's President in Accra on Monday. The two presidents "
    "also welcomed their planned meeting with Benin's President Paul Dossou in Cotonou next month.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
    ("meeting", "planned", ("BEN", "GHA", "TGO"), None, "2025-03"),
)
_row(
    "their-meeting",
    D,
    "Japan's Prime Minister spoke by phone with India's Prime Minister today. Both leaders "
    "welcomed their joint meeting with Australian Prime Minister Tom Reid in Sydney on January 20.",
    ("call", "held", ("IND", "JPN"), None, "2025-02-12"),
    ("meeting", "held", ("AUS", "IND", "JPN"), None, "2025-01-20"),
)
# near misses: one leader's own meeting, and a third state's meeting, are not the pair's
_row(
    "their-meeting",
    D,
    "Peru's President held a phone call today with Chile's President. Peru's President recalled "
    "his meeting with Ecuadorian President Luis Mora in Quito on January 13.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("meeting", "held", ("ECU", "PER"), None, "2025-01-13"),
)
_row(
    "their-meeting",
    D,
    "Peru's President held a phone call today with Chile's President. The leaders also noted "
    "Ecuador's meeting with Bolivian President Ana Paz in La Paz on January 13.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("meeting", "held", ("BOL", "ECU"), None, "2025-01-13"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written21(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
