"""Meetings the keys hold and the step missed, read off the written articles and our pages.

The key meetings no record paired, pooled from the written articles W1-W1260, corpus blind
11 to 23, the owners' dev and crawled keys and our read pages, sorted by the step that lost
them (issue 9, session 55). A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- received-in-city: a host told receiving a guest with the city between the verb and the
  guest ("received in P the delegation of A") receives that guest, as without the city.
- reception-beside-session: a named official's reception or talks told by a verb of their own
  ("was received by", "met with") in a sentence after a body's session of the same sides is
  an event of its own, not the session again.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a reception told with the city before the guest --------------------------------------------
# "X received in P the delegation of A headed by Y": the city is the reception's place, and the
# guest after it is read as it is without the city.
_row(
    "received-in-city",
    D,
    "On June 12, Peruvian Trade Minister Rosa Quispe received in Lima the delegation of "
    "Ecuador headed by Deputy Minister Pablo Andrade.",
    ("meeting", "held", ("ECU", "PER"), None, "2023-06-12"),
)
_row(
    "received-in-city",
    D,
    "On June 13, President Luis Arce received in La Paz a delegation led by Chile's Minister "
    "of Energy Diego Pardo.",
    ("meeting", "held", ("BOL", "CHL"), None, "2023-06-13"),
)
# regression: the same reception told without the city was read already
_row(
    "received-in-city",
    D,
    "On June 12, Peruvian Trade Minister Rosa Quispe received the delegation of Ecuador "
    "headed by Deputy Minister Pablo Andrade.",
    ("meeting", "held", ("ECU", "PER"), None, "2023-06-12"),
)
# regression: a thing received in a city is no guest
_row(
    "received-in-city",
    D,
    "The Peruvian minister received in Lima the report of the Ecuadorian commission on river "
    "trade.",
)

# --- a reception told apart from a body's session -------------------------------------------
# "The A-B commission met in P on May 5. ... Before the session, X was received by President Y":
# the session and the reception are two events of the trip.
_SESSION = (
    "The fourth meeting of the Chilean-Peruvian Intergovernmental Commission on trade took "
    "place in Lima on June 12. The Chilean delegation was led by Deputy Minister Ana Rojas, "
    "while Deputy Minister Jorge Salas headed the Peruvian side.\n\n"
)
_row(
    "reception-beside-session",
    D,
    _SESSION + "Before the session, Ana Rojas was received by President of Peru Luis Castro.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "reception-beside-session",
    D,
    _SESSION + "As part of the trip, Ana Rojas met with Peru's Energy Minister Marta Vega.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
# regression: the session told again by its noun is the session
_row(
    "reception-beside-session",
    D,
    _SESSION + "During the meeting, Ana Rojas and Jorge Salas discussed mining and fisheries.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written55(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
