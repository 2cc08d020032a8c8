"""Meeting forms of the classes read off the written articles W31-W60 and the released keys.

The meeting records errors of the sixty articles written blind in the manner of the corpus,
pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and sorted into
classes of how news writes a meeting (issue 9, session 21, third round). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a session of a pair's named format told by its holding --------------------------------
# "the A-B Strategic Dialogue held in P in January", "convening the next A-B Economic Policy
# Dialogue in P later this year", "the negotiating round held in P last month": a named
# dialogue or a round of negotiations told with a verb that holds it, before or after its name,
# is a session of the pair, a meeting.
_row(
    "format-held",
    D,
    "Ecuador's foreign minister spoke by phone today with his Bolivian counterpart. They reviewed "
    "progress since the Andean Security Dialogue held in Quito in January.",
    ("call", "held", ("BOL", "ECU"), None, "2025-02-12"),
    ("meeting", "held", ("BOL", "ECU"), None, "2025-01"),
)
_row(
    "format-held",
    D,
    "Chile's President received Peru's Prime Minister today. Both sides look forward to "
    "convening the next Chile-Peru Energy Policy Dialogue in Santiago later this year.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025"),
)
_row(
    "format-held",
    D,
    "Ghana and Togo welcomed the progress of their customs partnership, including during the "
    "negotiating round held in Accra last month.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-01"),
)
_row(
    "format-held",
    D,
    "Officials of Kenya and Uganda praised the Lake Basin Dialogue, which opened in Kampala on "
    "Monday.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
# near misses: a dialogue as a way of settling things, a round of an election, a held view
_row(
    "format-held",
    D,
    "Peru said disputes with Chile should be settled through dialogue held in good faith.",
)
_row(
    "format-held",
    D,
    "The second voting round held in Lima last month gave the ruling party a majority.",
)
_row(
    "format-held",
    D,
    "The minister said the National Dialogue held in Lima last month brought together parties "
    "and unions.",
)

# --- talks named as the topic of another act ------------------------------------------------
# "to discuss tariffs and the stalled talks with X", "would serve as a model for talks with X",
# "put high priority on talks on farm goods": talks that are what another act is about, or what
# something is a model for, are no event of their own (the other act may be one).
_row(
    "talks-topic",
    D,
    "Trade ministers of Peru and Chile will meet in Lima next week to discuss tariffs and the "
    "stalled talks with the European Union.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "talks-topic",
    D,
    "Ghana's President said the customs accord with Togo would serve as a model for talks with "
    "Benin and Niger.",
)
_row(
    "talks-topic",
    D,
    "Officials said Japan would put high priority on talks on farm goods with the United States.",
)
_row(
    "talks-topic",
    D,
    "Peru's fisheries minister told reporters he had discussed quotas and the deadlocked talks "
    "with Norway over the Arctic.",
)
# near misses: talks to come that are discussed, and talks where a topic is discussed, stay
_row(
    "talks-topic",
    D,
    "Peru's foreign minister discussed the upcoming talks with Chile in Geneva next week.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "talks-topic",
    D,
    "The ministers of Peru and Chile held talks in Lima on Monday to discuss the border.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "talks-topic",
    D,
    "Peru and Chile discussed trade in talks in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- talks with one host of a trip to several states ----------------------------------------
# "X visited A and B from DATE to DATE." ... "In C, X met A's President": a trip to several
# states is one visit (spec 2), and the visitor's talks with one of its hosts are a stop of
# that trip, not an event of their own; talks told after a visit to one state stay their own.
_row(
    "trip-stop",
    D,
    "From February 3 to 6, Japanese Foreign Minister Taro Sato visited Peru and Chile. In Lima, "
    "Mr. Sato met with Peruvian President Ana Soto for discussions on trade.",
    ("visit", "held", ("CHL", "JPN", "PER"), None, "2025-02-03"),
)
_row(
    "trip-stop",
    D,
    "Ghanaian Trade Minister Kofi Owusu travelled to Togo and Benin on 4-5 February. Mr. Owusu "
    "met with Togolese President Yao Mensah to discuss the port.",
    ("visit", "held", ("BEN", "GHA", "TGO"), None, "2025-02-04"),
)
_row(
    "trip-stop",
    D,
    "From February 3 to 6, Indian Defence Minister Raj Kumar toured Kenya, Uganda and Tanzania. "
    "In Nairobi, Mr. Kumar held talks with Kenyan President John Kamau.",
    ("visit", "held", ("IND", "KEN", "TZA", "UGA"), None, "2025-02-03"),
)
# near miss: talks told as a further step of a visit to one state ("also", "then", a day of
# their own) are a record of their own beside it (undated talks told plainly are the visit's
# own, as the owners' keys fold them: test_meetings_written51_table)
_row(
    "trip-stop",
    D,
    "Indian Defence Minister Raj Kumar paid an official visit to Kenya on February 4. Mr. Kumar "
    "also held talks with Kenyan President John Kamau on security.",
    ("visit", "held", ("IND", "KEN"), None, "2025-02-04"),
    ("meeting", "held", ("IND", "KEN"), None, "2025-02-04"),
)

# --- a gathering where an act to come is timed ----------------------------------------------
# "It will be presented for endorsement to the leaders at their summit in P in December": the
# participle of a passive to come ("will be presented", "will be submitted", "will be reviewed")
# is no past cue for the gathering that times it, however many words of its own stand between.
_row(
    "act-at-gathering",
    D,
    "The draft will be submitted to the presidents of Ghana and Togo at their summit in Accra in "
    "May.",
    ("conference", "planned", ("GHA", "TGO"), None, "2025-05"),
)
_row(
    "act-at-gathering",
    D,
    "The border plan will be reviewed by the leaders of Peru and Chile during the summit in Lima "
    "in June.",
    ("conference", "planned", ("CHL", "PER"), None, "2025-06"),
)
_row(
    "act-at-gathering",
    D,
    "The charter will be presented for adoption to the heads of state of Kenya and Uganda at the "
    "summit in Nairobi in April.",
    ("conference", "planned", ("KEN", "UGA"), None, "2025-04"),
)
# near misses: the same acts told in the past time a gathering held
_row(
    "act-at-gathering",
    D,
    "The draft was submitted to the presidents of Ghana and Togo at their summit in Accra in "
    "January.",
    ("conference", "held", ("GHA", "TGO"), None, "2025-01"),
)
_row(
    "act-at-gathering",
    D,
    "The charter was presented for adoption to the heads of state of Kenya and Uganda at the "
    "summit in Nairobi in January.",
    ("conference", "held", ("KEN", "UGA"), None, "2025-01"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written21b(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
