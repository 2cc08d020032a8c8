"""Meeting forms of the classes read off the written articles W61-W120 and the released keys.

The meeting records errors of the sixty articles written blind in the manner of the corpus
(W61-W120), pooled with those of W1-W60, corpus blind 17 and 18 and the audit's silver-tune
set and sorted into classes of how news writes a meeting (issue 9, session 22, fourth round).
A told table (``meeting_rows`` says what a row is and when it passes); every row is written
for this table, and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a session of a pair's named format told by its holding, past or to come ----------------
# "the A-B Strategic Dialogue, which will be held in P next month", "the next round of the A-B
# Dialogue, which is scheduled to convene in P", "held the third A-B High-Level Dialogue in
# P", "the second Dialogue, held in P in October": a named dialogue (its name capitalised or
# not, or its number) told with the verb that holds it and its place is a session of the
# pair, held or planned as that verb tells.
_row(
    "format-session",
    D,
    "Kenya's foreign minister called his Ugandan counterpart today. They reviewed plans for the "
    "Kenya-Uganda Strategic Dialogue, which will be held in Kampala next month.",
    ("call", "held", ("KEN", "UGA"), None, "2025-02-12"),
    ("meeting", "planned", ("KEN", "UGA"), None, "2025-03"),
)
_row(
    "format-session",
    D,
    "Chile and Peru held the fifth Chile-Peru High-Level Dialogue in Lima on Monday, ten months "
    "after the fourth Dialogue, held in Santiago in April.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2024-04"),
)
_row(
    "format-session",
    D,
    "Ghana's president said the next round of the Ghana-Togo Economic Policy Dialogue is "
    "scheduled to convene in Accra in the autumn.",
    ("meeting", "planned", ("GHA", "TGO"), None, "2025"),
)
_row(
    "format-session",
    D,
    "The ministers of Norway and Iceland agreed to hold the next Fisheries Dialogue in "
    "Reykjavik in June.",
    ("meeting", "planned", ("ISL", "NOR"), None, "2025-06"),
)
# near misses: a national dialogue of one state, a dialogue as a way of settling things, a
# dialogue told with no holding
_row(
    "format-session",
    D,
    "Peru's president said the National Dialogue will be held in Cusco next month with "
    "parties and unions.",
)
_row(
    "format-session",
    D,
    "Chile urged Bolivia to settle the water dispute through dialogue held in good faith.",
)
_row(
    "format-session",
    D,
    "Kenya and Uganda praised the Lake Basin Dialogue, which was launched in 2019 to manage "
    "fisheries.",
)

# --- a gathering's past host told in a clause after its name ---------------------------------
# "the D-8 summit that Egypt hosted in Cairo in December", "the second Summit, which A
# co-hosted with B, C and D on March 29 and 30": the host and its co-hosts take part, and the
# clause's place and time (read as past) are the gathering's.
_row(
    "hosted-clause",
    D,
    "Kenya's president thanked Uganda for the regional security summit, which Uganda hosted in "
    "Entebbe in January.",
    ("conference", "held", ("KEN", "UGA"), None, "2025-01"),
)
_row(
    "hosted-clause",
    D,
    "The ministers of Mali and Niger praised the outcome of the second Summit for Clean Water, "
    "which Ghana co-hosted with Senegal and Togo on January 20 and 21.",
    ("conference", "held", ("GHA", "MLI", "NER", "SEN", "TGO"), None, "2025-01-20"),
)
_row(
    "hosted-clause",
    D,
    "Norway's prime minister welcomed the decisions of the Arctic summit that Iceland hosted in "
    "Reykjavik last October.",
    ("conference", "held", ("ISL", "NOR"), None, "2024-10"),
)
# near misses: a host to come keeps its plan, a dinner is no gathering
_row(
    "hosted-clause",
    D,
    "Chile's president said the Pacific summit that Peru will host in Lima in May would be "
    "decisive.",
    ("conference", "planned", ("CHL", "PER"), None, None),
)
_row(
    "hosted-clause",
    D,
    "Peru's minister attended a dinner that the Chilean embassy hosted in Lima on Monday.",
)

# --- a gathering's members listed in the next sentence by a phrase of taking part -----------
# "Taking part are Foreign Ministers X of A, Y of B and Z of C", "Leaders and representatives
# of A, B and C joined me for ...", "The protocol, signed by ministers from A, B and C, ...":
# the states of the sentence right after a gathering, told as taking part in it, are its sides.
_row(
    "members-next",
    D,
    "Almaty hosted the meeting of the CIS Council of Foreign Ministers on Monday. Taking part "
    "were Foreign Ministers Ivan Petrov of "
    "Belarus, Ali Rahimov of Tajikistan and Aram Sargsyan of Armenia.",
    ("conference", "held", ("ARM", "BLR", "KAZ", "TJK"), "CIS", "2025-02-10"),
)
_row(
    "members-next",
    D,
    "The African Union summit opened in Addis Ababa on Monday. Heads of state of Kenya, Uganda, "
    "Ghana and Senegal attended the opening session.",
    ("conference", "held", ("ETH", "GHA", "KEN", "SEN", "UGA"), "AU", "2025-02-10"),
)
_row(
    "members-next",
    D,
    "Trade ministers of the Organization of Islamic Cooperation (OIC) today signed a customs "
    "protocol at the end of a two-day meeting in Dakar. The protocol, signed by ministers from "
    "Senegal, Mali, Niger and Chad, cuts duties on farm goods.",
    ("conference", "held", ("MLI", "NER", "SEN", "TCD"), "OIC", "2025-02-11"),
)
# near misses: states of the next sentence that take no part, a call's later guests
_row(
    "members-next",
    D,
    "The African Union summit opened in Addis Ababa on Monday. Exports of Kenya and Uganda to "
    "Ethiopia rose last year.",
    ("conference", "held", ("ETH",), "AU", "2025-02-10"),
)
_row(
    "members-next",
    D,
    "The president of Kenya spoke by phone with the president of Uganda on Monday. Ministers of "
    "Tanzania and Rwanda joined them later in Arusha.",
    ("call", "held", ("KEN", "UGA"), None, "2025-02-10"),
)

# --- a meeting told only as an idea or as denied ----------------------------------------------
# "discussed the idea of a summit with X, but no dates had been discussed", "saw no basis for a
# meeting while ...": a gathering that is only the object of an idea or proposal, or that a
# side says has no basis or need, is no event.
_row(
    "idea-or-denied",
    D,
    "Peru's foreign minister visited Quito on Monday. Officials said the two sides also "
    "discussed the idea of a summit with Bolivia's president, but no date was set.",
    ("visit", "held", ("ECU", "PER"), None, "2025-02-10"),
)
_row(
    "idea-or-denied",
    D,
    "Kenya's president met Uganda's president in Nairobi on Monday. A spokesman for Tanzania "
    "said his government saw no basis for a meeting with Rwanda while the border stayed closed.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
)
_row(
    "idea-or-denied",
    D,
    "The ministers welcomed the proposal of a regional conference on water, backed by Ghana and "
    "Togo.",
)
_row(
    "idea-or-denied",
    D,
    "Chile's president said there was no need for new talks with Argentina on the border.",
)
# near misses: an idea discussed at talks, prospects of trade discussed with a minister
_row(
    "idea-or-denied",
    D,
    "Chile's minister discussed the idea with his Peruvian counterpart in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "idea-or-denied",
    D,
    "Kenya's minister discussed the prospects of trade with Uganda's minister at talks in "
    "Kampala on Monday.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written22(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
