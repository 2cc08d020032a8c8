"""Meeting forms of the error classes read on the released A pages and corpus blind 15.

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- a host receives a guest who came for a numbered session ----------------------------------
# "X received Y, who arrived to co-chair the 18th meeting of the A-B commission": the host's
# reception of the guest is an event of its own (the guest's visit), and the session of the
# two states' body the guest came for is another, a meeting with its own title. Told without
# a host's reception ("Y travelled to P for the 12th meeting of the commission"), the trip is
# the trip to the session: one record.
_row(
    "received-who-came-for-a-session",
    D,
    "The Chilean president on Thursday received the delegation led by Peru's deputy prime "
    "minister, who has arrived to attend the 4th session of the Chile-Peru intergovernmental "
    "commission on trade.",
    ("visit", "held", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "received-who-came-for-a-session",
    D,
    "Prime Minister Lindqvist received Norwegian Fisheries Minister Ola Berg, who is in "
    "Stockholm for the 12th meeting of the Swedish-Norwegian joint committee on fisheries.",
    ("visit", "held", ("NOR", "SWE"), None, None),
    ("meeting", "held", ("NOR", "SWE"), None, None),
)
_row(
    "received-who-came-for-a-session",
    D,
    "President Ruto on Monday received the Ugandan trade minister, who arrived in Nairobi to "
    "co-chair the 9th session of the Kenya-Uganda joint commission.",
    ("visit", "held", ("KEN", "UGA"), None, None),
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
_row(
    "received-who-came-for-a-session",
    D,
    "On Tuesday the Ghanaian head of state received Togo's finance minister, who arrived in "
    "Accra to take part in the third meeting of the Ghana-Togo permanent joint commission.",
    ("visit", "held", ("GHA", "TGO"), None, None),
    ("meeting", "held", ("GHA", "TGO"), None, None),
)
# near misses: the trip told as the one to the session, with no host's reception, stays one
_row(
    "received-who-came-for-a-session",
    D,
    "The Norwegian fisheries minister travelled to Stockholm on Wednesday for the 12th meeting "
    "of the Swedish-Norwegian joint committee on fisheries.",
    ("visit", "held", ("NOR", "SWE"), None, "2025-02-12"),
)

# --- a body's later gathering told as what its ministers prepare -----------------------------
# "The ministers meet in P on Friday ... they will discuss preparations for the X summit": the
# summit being prepared is a later event of the same body, called by a word the ministers'
# meeting lacks, and a record of its own (no sides told); a gathering whose own preparations
# are told ("the summit opens on Friday ... preparations for the summit are complete") is one.
_row(
    "preparations-for-another-gathering",
    D,
    "Armenia's foreign minister will attend the meeting of the CIS Council of Foreign Ministers "
    "in Dushanbe on Friday. The agenda includes preparations for the CIS anniversary summit.",
    ("conference", "planned", ("ARM", "TJK"), "CIS", "2025-02-14"),
    ("conference", "planned", (), "CIS", None),
)
_row(
    "preparations-for-another-gathering",
    D,
    "A meeting of the ASEAN foreign ministers will be held in Jakarta on Friday. The ministers "
    "will discuss preparations for the ASEAN summit.",
    ("conference", "planned", ("IDN",), "ASEAN", "2025-02-14"),
    ("conference", "planned", (), "ASEAN", None),
)
_row(
    "preparations-for-another-gathering",
    D,
    "Foreign ministers of the Arab League will hold a session in Cairo on Thursday. They will "
    "also discuss preparations for the Arab League summit.",
    ("conference", "planned", ("EGY",), "LAS", "2025-02-13"),
    ("conference", "planned", (), "LAS", None),
)
# near misses: the gathering told, then its own preparations, stays one record
_row(
    "preparations-for-another-gathering",
    D,
    "The OAS General Assembly will open in Lima on Friday. Delegates said preparations for the "
    "OAS General Assembly were complete.",
    ("conference", "planned", ("PER",), None, "2025-02-14"),
)
_row(
    "preparations-for-another-gathering",
    D,
    "The Mercosur summit will be held in Asuncion on Friday. The host said preparations for the "
    "Mercosur summit were on track.",
    ("conference", "planned", ("PRY",), "MERCOSUR", "2025-02-14"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
