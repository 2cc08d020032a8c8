"""Meeting forms of the classes read off the written articles W1-W1140 and the released keys.

The meeting records whose story tells two sides where the record found one (session 41):
"the two presidents", "officials from the two countries" with only the state a place names.
A told table (``meeting_rows`` says what a row is and when it passes); every row is written
for this table, and the rows that must stay as they are sit beside the class's rows.

- story-pair-subject: a planned meeting (or a call) whose subject is the story's pair ("The
  two presidents ... agreed their ministers would meet in P", "Officials from the two
  countries are to hold talks in P") naming no state but its place's takes the pair: that
  of the talks told before, else the story's own (headline, the two officials introduced
  with the plural's title, the lead's pair, else the two states the paragraph before names);
  a held one only with a place of its own ("which had last met in P in October").
"""

from __future__ import annotations

import pytest

from diplonews.models import Meeting
from meeting_rows import Expected, assert_told, fits_told_with_body, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- the story's pair as the subject of a meeting with only its place's state ---------------------
# "A has long quarrelled with B over wine ... Officials from the two countries are to hold talks in
# P": the pair is the two states the paragraph before names.
_row(
    "story-pair-subject",
    D,
    "Chile sold a record amount of fruit abroad last year.\n\nPeru has long quarrelled with "
    "its southern neighbour over wine, and Lima capped Chilean bottles in June.\n\nOfficials "
    "from the two countries are to hold talks in Santiago next week to end the quarrel, which "
    "worries Bolivia and Ecuador as well.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-02"),
)
# "A's President X hosted the summit. B's President Y used it to complain ... The two
# presidents ... agreed that their trade ministers would meet in P": the two officials the story
# introduced with the plural's title, not the summit's many members.
_row(
    "story-pair-subject",
    D,
    "Andean heads of state put their names to a fishing pact with two Pacific states at a "
    "summit in the port of Paita.\n\nThe pact, signed at the summit by Peru, Chile, Bolivia and "
    "Ecuador with Panama and Fiji, will cut tariffs on fish.\n\nPeru's President Ana Ruiz, host "
    "of the gathering, called the pact historic. Chile's President Luis Soto used the summit to "
    "complain about tariffs on copper.\n\nThe two presidents talked privately on the edge of the "
    "summit and agreed their finance ministers would meet in Lima in March.",
    ("conference", "held", ("BOL", "CHL", "ECU", "FJI", "PAN", "PER"), None, None),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
# "The two leaders ... chose to widen the remit of their commission, which had last met in P in
# October": a held session with a place of its own is the pair's talks told before, not the
# forum with a third state told just before it.
_row(
    "story-pair-subject",
    D,
    "LIMA, Feb 11 - Chile and Peru signed nine accords on fishing and ports on Tuesday during a "
    "state visit by Chilean President Luis Soto.\n\nSoto said a new rail route through Bolivia "
    "and the Chile-Peru investment summit, which both presidents will open on Thursday, would lift "
    "trade.\n\nThe two leaders further chose to widen the remit of their fisheries commission, "
    "which had last met in Santiago in October, to cover ports.",
    ("visit", "held", ("CHL", "PER"), None, "2025-02-11"),
    ("conference", "planned", ("BOL", "CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, "2024-10"),
)
# near misses: a story naming one state gives no pair, and talks of two told before
# keep their own record
_row(
    "story-pair-subject",
    D,
    "Chile ran a record fruit surplus last year, its farm ministry said.\n\nOfficials from "
    "the two countries are to hold talks in Santiago next week to settle the row.",
)
_row(
    "story-pair-subject",
    D,
    "President Ana Ruiz of Peru met President Luis Soto of Chile on the sidelines of the Andean "
    "leaders' forum on Monday.\n\nThe two leaders discussed the fishing quotas and the coastal "
    "railway, and their ministers will meet in Lima in March.",
    ("conference", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)


def _fits_exactly(got: Meeting, expected: Expected) -> bool:
    """As ``fits_told_with_body``, with the very states expected: the class is about sides."""
    return fits_told_with_body(got, expected) and sorted(
        c.alpha_3 for c in got.countries
    ) == sorted(expected[2])


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written41(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, with its very states."""
    assert_told(cls, day, text, expected, _fits_exactly)
