"""A gathering hosted by a state told by a possessive (written and corpus keys).

The key meetings of the visible sets whose sides we miss, pooled with the written articles
W1-W1380, the owners' dev and crawled keys and our read pages (issue 9, session 84). A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- possessive-host: "A's hosting of the X conference", "A's offer to host the forum": the
  possessor hosts the gathering and is its side; the states that welcome, thank or discuss it,
  and the topic named after it, are not.
- stands-ready-helper: a state told, in the sentence of the talks, as standing ready to support,
  assist or help them ("and A stands ready to support them") offers help and
  is no side of those talks; the sides named stay.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- the possessor of "hosting" is the gathering's side -----------------------------------------
_row(
    "possessive-host",
    D,
    "Ministers of Peru and Bolivia on Tuesday welcomed Ecuador's hosting of the regional "
    "energy conference in Quito next month.",
    ("conference", "planned", ("ECU",), None, "2023-05"),
)
_row(
    "possessive-host",
    D,
    "Speaking in Lima, the envoys of Chile and Brazil praised Uruguay's offer to host the "
    "next ministerial conference on river transport in October.",
    ("conference", "planned", ("URY",), None, "2023-10"),
)
# near miss: a state hosting refugees hosts no gathering; the call stays the only record
_row(
    "possessive-host",
    D,
    "The presidents of Ghana and Togo spoke by phone on Tuesday, and the Ghanaian leader "
    "thanked Togo for its hosting of refugees from the north.",
    ("call", "held", ("GHA", "TGO"), None, "2023-04-11"),
)

# --- a state standing ready to help the talks is no side of them -------------------------------
_row(
    "stands-ready-helper",
    D,
    "The presidents of Ghana and Togo met in Accra on Monday. Canada looks forward "
    "to the first session of the joint boundary commission, set for May in Lome, and stands "
    "ready to assist both governments.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
    ("meeting", "planned", ("GHA", "TGO"), None, "2023-05"),
)
_row(
    "stands-ready-helper",
    D,
    "The presidents of Ghana and Togo met in Accra on Monday to discuss the maritime border. "
    "Follow-up talks are due to start in May under Nigerian mediation, and Washington "
    "stands ready to help with them.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
    # the mediated talks are the pair's, with their mediator (session 98, facilitated-talks)
    ("meeting", "planned", ("GHA", "NGA", "TGO"), None, "2023-05"),
)
# near miss: a side named before the talks that also offers help stays a side
_row(
    "stands-ready-helper",
    D,
    "Kenya and Uganda will hold talks in Nairobi on Friday on the railway, and Uganda stands "
    "ready to help finance the line.",
    ("meeting", "planned", ("KEN", "UGA"), None, "2023-04-14"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written84(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
