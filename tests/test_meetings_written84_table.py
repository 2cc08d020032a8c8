"""A gathering hosted by a state told by a possessive (written and corpus keys).

The key meetings of the visible sets whose sides we miss, pooled with the written articles
W1-W1380, the owners' dev and crawled keys and our read pages (issue 9, session 84). A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- possessive-host: "A's hosting of the X conference", "A's offer to host the forum": the
  possessor hosts the gathering and is its side; the states that welcome, thank or discuss it,
  and the topic named after it, are not.
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


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written84(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
