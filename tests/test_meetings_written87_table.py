"""Sides of meetings: a gathering that another meeting prepares for (written keys).

The key meetings whose only difference from a record of ours is the states, pooled from the
corpus keys (dev, corpus blind 11 to 23) and then from the written articles W1-W1440, the
owners' crawled key and our read pages (issue 9, session 87). A told table (``meeting_rows``
says what a row is and when it passes); every row is written for this table, and the rows
that must stay as they are sit beside the class's rows.

- goal-gathering: a gathering named as the goal of another meeting that has a place of its
  own ("ministers will meet in R on May 2 to coordinate ahead of the group's conference in V",
  "is to visit A and B ahead of the summit in L") takes none of the first meeting's states,
  people or source (its host is its side); a call or talks with no place "to prepare for the
  summit" keeps its pair as the summit's guests.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-03-09"  # a Wednesday
N = "2023-06-14"  # a Wednesday

# --- a gathering that another meeting with a place of its own prepares for ------------------
_row(
    "goal-gathering",
    D,
    "Coffee ministers of Kenya and Uganda will meet in Nairobi on March 20 to agree a common "
    "line ahead of the OAU summit in Addis Ababa in April, a Kenyan official said.",
    ("meeting", "planned", ("KEN", "UGA"), None, "1988-03-20"),
    ("conference", "planned", ("ETH",), None, "1988-04"),
)
_row(
    "goal-gathering",
    D,
    "Trade Secretary Paul Harding is to visit Ghana and Nigeria next week to seek support for "
    "debt forgiveness ahead of the G7 finance ministers' meeting in Ottawa.",
    ("visit", "planned", ("GBR", "GHA", "NGA"), None, None),
    ("conference", "planned", ("CAN",), None, None),
)
_row(
    "goal-gathering",
    D,
    "LIMA, March 9 - Peruvian Mines Minister Luis Vega held talks here on Tuesday with his "
    "Bolivian counterpart on tin output ahead of the UNCTAD conference due to open in "
    "Geneva on May 4, the state news agency said.",
    ("meeting", "held", ("BOL", "PER"), None, "1988-03-08"),
    ("conference", "planned", ("CHE",), None, "1988-05-04"),
)
# near misses: a call or talks with no place of their own prepare for the summit with its guests
_row(
    "goal-gathering",
    N,
    "In a phone call today, President Ana Ruiz of Peru and President Jorge Mena of Chile "
    "worked to prepare for the regional summit that Chile will host in Santiago next month.",
    ("call", "held", ("CHL", "PER"), None, "2023-06-14"),
    ("conference", "planned", ("CHL", "PER"), None, "2023-07"),
)
_row(
    "goal-gathering",
    N,
    "President Jorge Mena of Chile spoke today with Prime Minister Kadri Tamm of Estonia to "
    "prepare for the leaders' summit that Estonia will host in Tallinn next June.",
    ("call", "held", ("CHL", "EST"), None, "2023-06-14"),
    ("conference", "planned", ("CHL", "EST"), None, "2024-06"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written87(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
