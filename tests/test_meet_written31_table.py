"""Meeting forms of the classes read off the written articles W1-W660 and the released keys.

The meeting records errors of the six hundred and sixty articles written blind in the manner
of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set
and sorted into classes of how news writes a meeting (issue 9, session 31). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering to come dated by its host's clause ------------------------------------------
# "held a call today to prepare for the X Summit that A will host in P next month", "the agenda
# for the Summit that B will host in V in July": the time told in the clause of who will host a
# named gathering is the gathering's own, not the day of the call or talks that tell of it.
_row(
    "host-clause-time",
    D,
    "President Joseph Smith of Canada held a call today with Prime Minister Taro Tanaka of Japan "
    "to prepare for the Pacific Leaders' Summit that Australia will host in Sydney next month.",
    ("call", "held", ("CAN", "JPN"), None, "2025-02-12"),
    ("conference", "planned", ("AUS", "CAN", "JPN"), None, "2025-03"),
)
_row(
    "host-clause-time",
    D,
    "In a call today, Chile's President and President Luis Vega of Peru worked to prepare for the "
    "Andean Summit that Bolivia will host in La Paz in June.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("conference", "planned", ("BOL", "CHL", "PER"), None, "2025-06"),
)
_row(
    "host-clause-time",
    D,
    "President Ruiz of Chile briefed President Vega of Peru by telephone today on the regional "
    "conference on migration that Chile will host in Santiago on March 3.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("conference", "planned", ("CHL", "PER"), None, "2025-03-03"),
)
# near misses: a time before the host's clause stays the gathering's, and a gathering hosted in
# the past keeps the past time of its own clause
_row(
    "host-clause-time",
    D,
    "The leaders of Chile and Peru discussed the summit in May that Indonesia will host.",
    ("conference", "planned", ("CHL", "IDN", "PER"), None, "2025-05"),
)
_row(
    "host-clause-time",
    D,
    "Chile's Foreign Minister met Peru's Foreign Minister on Monday and recalled the summit that "
    "Egypt hosted in Cairo in December.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "held", ("CHL", "EGY", "PER"), None, "2024-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written31(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
