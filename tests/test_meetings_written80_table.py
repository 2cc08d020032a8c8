"""A gathering named for two states, beside the firms or chambers behind it (written articles).

The key meetings with no candidate in their own sentence, pooled from the written articles
W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages (issue 9,
session 80). A told table (``meeting_rows`` says what a row is and when it passes); every row
is written for this table, and the rows that must stay as they are sit beside the class's rows.

- states-named-gathering: a gathering whose name opens with two states joined by a dash ("the
  A-B business forum") is the two states' event, though firms take part in it ("invited
  companies to take part in the A-B business forum") or chambers organise it ("organized by
  the chambers of commerce"); a business forum named for no states stays the firms' own.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- a gathering named for two states, with firms or chambers beside it -----------------------
_row(
    "states-named-gathering",
    D,
    "On 10 April, Lima hosted the Peruvian-Chilean business forum organized by the Lima Chamber "
    "of Commerce and the Santiago Chamber of Commerce with the help of both foreign ministries.",
    ("conference", "held", ("CHL", "PER"), None, "2023-04-10"),
)
_row(
    "states-named-gathering",
    D,
    "The Ghanaian side also asked Togolese firms to join the Ghana-Togo business forum, which "
    "is to take place in Accra in June with officials from the two trade ministries.",
    ("conference", "planned", ("GHA", "TGO"), None, "2023-06"),
)
# near misses: a business forum named for no states stays the firms' own, no record
_row(
    "states-named-gathering",
    D,
    "On 10 April, Lima hosted a business forum organized by the Lima Chamber of Commerce "
    "with the help of the city's exporters.",
)
_row(
    "states-named-gathering",
    D,
    "The ministry also asked local firms to join a business forum, which is to take place in "
    "Accra in June.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written80(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
