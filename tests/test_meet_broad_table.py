"""Broad meeting rules, one per recall class, stated for any news (not one wording seen).

A told table (``meeting_rows`` says what a row is and when it passes); every row is
an invented paragraph, and each class's near misses sit beside its rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Tuesday February 11

# --- TRIP-MOTION-VERB -----------------------------------------------------------------------
# An official told as travelling to, arriving in or returning from a foreign state or city
# made a visit of the two states (planned when told to come: "is travelling ... next week",
# "will travel", "is due to arrive"; held otherwise); a domestic move or a thing that arrives
# is no trip. (Arrivals were read before this class; a cargo that "arrived in" a capital
# still reads as a visit, a known precision gap not closed here.)
_row(
    "trip-motion-verb",
    D,
    "Kenyan Foreign Minister Amina Odhiambo arrived in Lima on Monday for two days of talks.",
    ("visit", "held", ("KEN", "PER"), None, "2025-02-10"),
)
_row(
    "trip-motion-verb",
    D,
    "Finnish Prime Minister Elina Virta will travel to Santiago in March, her office said.",
    ("visit", "planned", ("CHL", "FIN"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "Japan's trade minister Kenji Sato, who has just returned from Ottawa, said a deal was close.",
    ("visit", "held", ("CAN", "JPN"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "Chilean Defence Minister Rosa Ibarra is due to arrive in Canberra on Friday.",
    ("visit", "planned", ("AUS", "CHL"), None, None),
)
_row(
    "trip-motion-verb",
    D,
    "The Ghanaian president returned from Hanoi on Sunday after a week of talks.",
    ("visit", "held", ("GHA", "VNM"), None, None),
)
# near misses: a domestic trip, and travellers who are no officials
_row(
    "trip-motion-verb",
    D,
    "Peruvian President Jorge Salas returned from Cusco on Monday.",
)
_row(
    "trip-motion-verb",
    D,
    "Kenyan tourists travelled to Lima in record numbers last year.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_broad(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
