"""Meeting forms of the error classes read on the released blind set c1-c30.

A told table (``meeting_rows`` says what a row is and when it passes).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-09-12"  # a Thursday: Tuesday is September 10

# --- a session agreed on for later, told in reported speech: "would be convened" ----------
# "The sides agreed that the 9th meeting of the joint committee would be convened in Lima":
# the session is a meeting to come, as with "would be held"; the talks that agreed on it
# stay a meeting of their own.
_row(
    "reported-plan-convened",
    D,
    "Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart Luis Soto in "
    "Santiago on Tuesday. The two sides agreed that the 9th meeting of the Joint Economic "
    "Committee would be convened in Lima before the end of the year.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "reported-plan-convened",
    D,
    "Estonian Prime Minister Mari Tamm received the Finnish trade minister in Tallinn on "
    "Tuesday. They said the fourth session of the intergovernmental commission would be "
    "convened in Helsinki in March.",
    ("meeting", "held", ("EST", "FIN"), None, "2024-09-10"),
    ("meeting", "planned", ("EST", "FIN"), None, "2025-03"),
)

# --- a dialogue named by those who hold it: "the foreign ministers' dialogue" -------------
# A possessive plural before "dialogue" is one of the words naming it, as "strategic" is:
# "agreed to hold the next trilateral foreign ministers' dialogue in X" is a meeting to come.
_row(
    "possessive-dialogue",
    D,
    "Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart Luis Soto in "
    "Santiago on Tuesday. They also discussed the situation in Bolivia and agreed to hold the "
    "next trilateral foreign ministers' dialogue among Chile, Peru and Bolivia in La Paz.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("BOL", "CHL", "PER"), None, None),
)
_row(
    "possessive-dialogue",
    D,
    "Japan, South Korea and Australia will hold their first defence ministers' dialogue in "
    "Canberra in November.",
    ("meeting", "planned", ("AUS", "JPN", "KOR"), None, "2024-11"),
)

# --- talks placed at the gathering of their own sentence: its attendees -------------------
# "The two leaders met in A in May, where they attended the summit", "X and Y met at the
# summit": as on its sidelines, the two states take part in the summit told there.
_row(
    "met-at-gathering",
    D,
    "Chilean President Ana Ruiz spoke by phone with Peruvian President Luis Soto on "
    "Wednesday. The two presidents last met in Quito in March, where they attended the "
    "5th Summit of the Andean Community.",
    ("call", "held", ("CHL", "PER"), None, "2024-09-11"),
    ("conference", "held", ("CHL", "ECU", "PER"), None, "2024-03"),
    ("meeting", "held", ("CHL", "PER"), None, "2024-03"),
)
_row(
    "met-at-gathering",
    D,
    "The Estonian and Latvian prime ministers met in Vilnius in May at the annual summit of "
    "the Baltic Council.",
    ("conference", "held", ("EST", "LTU", "LVA"), None, "2024-05"),
    ("meeting", "held", ("EST", "LVA"), None, "2024-05"),
)
_row(
    "met-at-gathering",
    D,
    "Ghanaian President Kofi Mensah received the Togolese foreign minister in Accra on "
    "Tuesday. The two presidents had last met in Abuja in June, where both took part in the "
    "summit of ECOWAS.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-09-10"),
    ("conference", "held", ("GHA", "NGA", "TGO"), "ECOWAS", "2024-06"),
    ("meeting", "held", ("GHA", "TGO"), None, "2024-06"),
)

# --- "the importance of holding" a session speaks of one to come ---------------------------
# Talks that stress the importance of holding (or convening) a session of a joint body tell
# that session as planned, whatever the tense of their own verb.
_row(
    "importance-of-holding",
    D,
    "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Soto on Tuesday. They "
    "stressed the importance of holding the first meeting of the High-Level Council this year.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2024"),
)
_row(
    "importance-of-holding",
    D,
    "The foreign ministers of Ghana and Togo met in Accra on Tuesday. They underlined the "
    "importance of holding the fifth session of the joint commission in Lome before the end "
    "of the year.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-09-10"),
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)

# --- "the previous meeting of the commission": the commission told before -------------------
# A session named by its body alone ("of the commission", "of the council") is a session of
# the body told before, even when talks of other sides were told between them.
_row(
    "session-of-the-body",
    D,
    "The 9th meeting of the Chilean-Peruvian intergovernmental commission took place in Lima "
    "on Tuesday. Chile's minister said the sides would hold a trilateral meeting with "
    "Bolivian partners in La Paz in March. The previous meeting of the commission was held "
    "in Santiago in 2023.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("BOL", "CHL"), None, "2025-03"),
    ("meeting", "held", ("CHL", "PER"), None, "2023"),
)
_row(
    "session-of-the-body",
    D,
    "Kenyan Foreign Minister Joy Wanjiru and her Ugandan counterpart co-chaired the joint "
    "permanent commission in Nairobi on Tuesday. Wanjiru also held talks with the Rwandan "
    "ambassador. The last session of the commission took place in Kampala in 2022.",
    ("meeting", "held", ("KEN", "UGA"), None, "2024-09-10"),
    ("meeting", "held", ("KEN", "RWA"), None, None),
    ("meeting", "held", ("KEN", "UGA"), None, "2022"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
