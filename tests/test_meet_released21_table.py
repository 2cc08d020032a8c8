"""Meeting forms of the classes read off the released blind keys 17 and 18 and the audit.

The errors of corpus blind 17 and 18 and of the audit's silver-tune set, pooled and
sorted into classes of how news writes a meeting (issue 9). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import (
    ANY,
    Brief,
    Expected,
    Want,
    assert_told,
    briefs_of,
    fits_as_scored,
    pairs,
    told_params,
    told_table,
)

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering told by its host or by its own numbered name ---------------------------------
# "prepares to host COP-31", "will host the fifth negotiating round in P": the
# gathering's own name (a climate conference by its number, with or without a hyphen) or a
# numbered session told by the state that hosts it is a gathering with that host as a side,
# even where the story names no other party.
_row(
    "hosted-gathering",
    D,
    "As Egypt prepares to host COP-31 this autumn, the two countries will "
    "deepen their work on clean power.",
    ("conference", "planned", ("EGY",), None, None),
)
_row(
    "hosted-gathering",
    D,
    "Peru's environment minister attended COP-30 in Belem, Brazil, on Monday.",
    ("conference", "held", ("BRA", "PER"), None, "2025-02-10"),
)
_row(
    "hosted-gathering",
    D,
    "The minister welcomed the announcement that Chile will host the fifth negotiating round in "
    "Valparaiso later this year.",
    ("conference", "planned", ("CHL",), None, None),
)
_row(
    "hosted-gathering",
    D,
    "Ghana will host the third ministerial round in Accra in June, the bloc's secretariat said.",
    ("conference", "planned", ("GHA",), None, "2025-06"),
)
_row(
    "hosted-gathering",
    D,
    "Officials said Norway hosted the second technical round in Oslo last week.",
    ("conference", "held", ("NOR",), None, None),
)
# near misses: a round hosted after the talks of a pair is the pair's next session; numbered
# names only recalled are no event; a round of a sports cup is none
_row(
    "hosted-gathering",
    D,
    "Peru and Chile held talks in Lima in January. Chile will host the second round in May.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-01"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-05"),
)
_row(
    "hosted-gathering",
    D,
    "The minister recalled COP-29 and COP-30 as milestones of the climate talks.",
)
_row(
    "hosted-gathering",
    D,
    "Chile will host the third round of the regional tennis cup in May.",
)

# --- a trip told by its traveller or its arrival ----------------------------------------------
# "will be the first president of A to fly from B to C", "will fly to P", "The chancellor is
# travelling to B next week", "A's envoy is due to arrive on Wednesday": a trip told ahead by a
# travel verb is a visit even where the visit is only told as a record ("the first ... to"), its
# traveller is an office named alone (the destination a state, not a city at home), or its place
# is left to the story (the headline's state hosts it; rows with a headline: see below).
_row(
    "trip-told",
    D,
    "Tomorrow I will be the first president of Chile to fly from Peru to Quito, Ecuador.",
    ("visit", "planned", ("CHL", "ECU", "PER"), None, None),
)
_row(
    "trip-told",
    D,
    "Next week Kenya's president will be the first African leader to visit Fiji, his office said.",
    ("visit", "planned", ("FJI", "KEN"), None, None),
)
_row(
    "trip-told",
    D,
    "Chile's foreign minister will fly to Lima on Monday for talks with her Peruvian counterpart.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-02-17"),
)
_row(
    "trip-told",
    D,
    "The chancellor is travelling to Japan next month to seek support for a debt plan.",
    ("visit", "planned", ("JPN",), None, None),
)
_row(
    "trip-told",
    D,
    "The foreign minister will travel to Kenya on Sunday, the ministry said.",
    ("visit", "planned", ("KEN",), None, "2025-02-16"),
)
# near misses: "the first ... to visit" told beside the talks of that visit is no record of its
# own; airlines fly, people travel; an office's trip to a city at home is no visit
_row(
    "trip-told",
    D,
    "She became the first Chilean minister to visit Peru in a decade on Monday, when she met "
    "President Luis Paredes in Lima.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "trip-told",
    D,
    "Airlines flying to Lima cut fares. The national carrier flies to Quito twice a week.",
)
_row("trip-told", D, "The president will travel to Cusco next week to open a school.")

# --- a session of a pair's dialogue format told by its name or its rank -----------------------
# "the third Strategic Dialogue between A and B, to be held in C in the autumn", "the last round
# of discussions of their commission": a session of a format of two states,
# told with its holding to come or as the one before, is a meeting of its own (not the visit
# under way, nor the talks just told).
_row(
    "dialogue-session",
    D,
    "The two sides agreed to widen cooperation before the next annual Strategic Dialogue "
    "between Peru and Japan to be held in Tokyo later this year.",
    ("meeting", "planned", ("JPN", "PER"), None, "2025"),
)
_row(
    "dialogue-session",
    D,
    "The Strategic Dialogue between Peru and Japan will be held in Tokyo in June.",
    ("meeting", "planned", ("JPN", "PER"), None, "2025-06"),
)
_row(
    "dialogue-session",
    D,
    "Kenya's President arrived in Lima on Tuesday for a state visit. The two sides decided to "
    "deepen ties before the next Strategic Dialogue between Kenya and Peru, to be held in "
    "Nairobi later this year.",
    ("visit", "held", ("KEN", "PER"), None, "2025-02-11"),
    ("meeting", "planned", ("KEN", "PER"), None, "2025"),
)
_row(
    "dialogue-session",
    D,
    "Peru's President met Japan's Prime Minister on Monday. The leaders discussed trade, "
    "praising the last round of discussions within their joint mechanism.",
    ("meeting", "held", ("JPN", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("JPN", "PER"), None, None),
)
_row(
    "dialogue-session",
    D,
    "Ghana's foreign minister called his Togolese counterpart on Monday. They hailed the "
    "previous round of discussions of the border commission.",
    ("call", "held", ("GHA", "TGO"), None, "2025-02-10"),
    ("meeting", "held", ("GHA", "TGO"), None, None),
)
# near miss: talks announced for the days of the visit under way are that visit
_row(
    "dialogue-session",
    D,
    "Kenya's President arrived in Lima on Tuesday for a state visit. He is to hold talks with "
    "the Peruvian President tomorrow.",
    ("visit", "held", ("KEN", "PER"), None, "2025-02-11"),
)

# --- talks whose time another verb tells ------------------------------------------------------
# "agreed to a proposal for talks", "fixed a date for the opening of membership talks", "expect
# prices to stay firm until soon after the meeting": the gathering is the object of a decision
# or the end of a forecast, and is still to come, whatever the tense of the verb that tells it.
_row(
    "status-by-other-verb",
    D,
    "EU ministers named a date for the opening of membership talks with Albania.",
    ("meeting", "planned", ("ALB",), "EU", None),
)
_row(
    "status-by-other-verb",
    D,
    "The dinar firmed a fortnight after European Union leaders fixed a date for the opening of "
    "Serbia's membership talks.",
    ("meeting", "planned", ("SRB",), "EU", None),
)
_row(
    "status-by-other-verb",
    D,
    "Ghana said it agreed to a Togolese proposal for talks between the foreign ministers of the "
    "two countries.",
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)
_row(
    "status-by-other-verb",
    D,
    "Ghana accepted Togo's proposal for talks between the two presidents.",
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)
_row(
    "status-by-other-verb",
    D,
    "Oil rose ahead of next week's OPEC meeting in Vienna. Traders expect prices to stay firm "
    "until soon after the OPEC meeting.",
    ("conference", "planned", ("AUT",), "OPEC", None),
)
# near misses: talks only proposed, or a proposal turned down, are no meeting
_row(
    "status-by-other-verb",
    D,
    "Ghana proposed talks between the foreign ministers of the two countries.",
)
_row(
    "status-by-other-verb",
    D,
    "Ghana rejected Togo's proposal for talks between the two presidents.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_released21(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)


# (class, headline, paragraph, the meetings it tells as the scorer pairs them); published
# 2023-05-10. The story's state is the first its headline names.
TITLED: list[tuple[str, str, str, list[Want]]] = [
    (
        "trip-told",
        "Floods slow Peru's recovery",
        "Rains cut output again. Chile's special envoy Ana Ruiz is due to arrive on Friday to "
        "try to restart talks between the government and the rebels.",
        [("visit", "planned", ["CHL", "PER"], ANY, "2023-05-12")],
    ),
    (
        "trip-told",
        "Kenya braces for drought",
        "Aid agencies warned of shortages. Norway's development minister will arrive on Monday "
        "to tour the worst-hit areas.",
        [("visit", "planned", ["KEN", "NOR"], ANY, "2023-05-15")],
    ),
    (
        "trip-told",
        "Quake hits Nepal's tourism",
        "Hotels stand empty. India's disaster relief chief is due to arrive on Thursday to assess "
        "the damage with local officials.",
        [("visit", "planned", ["IND", "NPL"], ANY, "2023-05-11")],
    ),
    # near misses: things arrive too; the story's own president arriving at home is no visit
    (
        "trip-told",
        "Kenya braces for drought",
        "The rains are due to arrive in March. A shipment of grain will arrive next week.",
        [],
    ),
    (
        "trip-told",
        "Kenya braces for drought",
        "Kenya's president is due to arrive on Monday in the north.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("cls", "title", "text", "expected"),
    [pytest.param(*row, id=f"{row[0]}-titled-{i}") for i, row in enumerate(TITLED)],
)
def test_meetings_titled_released21(cls: str, title: str, text: str, expected: list[Want]) -> None:
    """Under its headline, the paragraph gives the meetings the scorer pairs with the expected."""
    got: list[Brief] = briefs_of(text, title=title)
    assert pairs(got, expected, fits_as_scored), (cls, got)
