"""Two sides meeting on the margins of a body's session: two records, each its own.

Spec section 2 counts a session of an intergovernmental body as a meeting (a conference,
the body in ``organization``, its host state a side) and says that two sides meeting on the
sidelines of an event in a third state do not make that state a side. "Session" after a
body's name ("the NATO ministers' session", "a GATT session", "the OPEC ministerial
session", "the annual session of the IMF") names no gathering to the library before this
class was fixed: the session was read as a round of the two sides' talks, so their
meeting took the body and the host state of the session while the session's conference
lost its date. A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside
the class's rows.

- body-session: "session" right after a body of the organisations table or a group of
  states (with or without "ministers'", "ministerial", "annual", "plenary" between), or
  "session of the" body: the body's conference, held where its city is (the host and the
  sides meeting on its margins take part, as the keys write a summit's), dated by the
  sentence's day; the two sides' own meeting keeps its two sides, no body and that day;
- not-a-gathering: the session of a parliament, a court, a cabinet or a company's board is
  no gathering of states (spec: domestic meetings are no meeting), and the two sides met on
  its margins keep their meeting and its day;
- regression: two sides meeting in a body's host city with no gathering named, and a body's
  session told with no meeting on its margins.
"""

from __future__ import annotations

import pytest

from diplonews.models import Meeting
from meeting_rows import (
    Expected,
    assert_told,
    fits_told,
    fits_told_with_body,
    told_params,
    told_table,
)

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-05-10"  # a Wednesday
M, K = "meeting", "conference"

# --- a body's session, two sides meeting on its margins -----------------------------------
_row(
    "body-session",
    D,
    "Norwegian Foreign Minister Sigrid Dahl met her Danish counterpart Lars Holm on the margins "
    "of the NATO ministers' session in Brussels on Monday.",
    (M, "held", ("DNK", "NOR"), None, "2023-05-08"),
    (K, "held", ("BEL", "DNK", "NOR"), "NATO", "2023-05-08"),
)
_row(
    "body-session",
    D,
    "Canadian and Mexican trade officials met on the margins of a WTO session in Geneva on "
    "Tuesday.",
    (M, "held", ("CAN", "MEX"), None, "2023-05-09"),
    (K, "held", ("CAN", "CHE", "MEX"), "WTO", "2023-05-09"),
)
_row(
    "body-session",
    D,
    "Chilean Foreign Minister Ana Ruiz will meet her Peruvian counterpart Luis Soto on the "
    "sidelines of the OAS annual session in Washington on Friday.",
    (M, "planned", ("CHL", "PER"), None, "2023-05-12"),
    (K, "planned", ("CHL", "PER", "USA"), "OAS", "2023-05-12"),
)
_row(
    "body-session",
    D,
    "Thai and Malaysian finance officials met on the margins of the annual session of the IMF in "
    "Washington on Monday.",
    (M, "held", ("MYS", "THA"), None, "2023-05-08"),
    (K, "held", ("MYS", "THA", "USA"), "IMF", "2023-05-08"),
)
_row(
    "body-session",
    D,
    "Nigerian Oil Minister Bala Yusuf met his Algerian counterpart Karim Saadi on the sidelines "
    "of the OPEC ministerial session in Vienna on Tuesday.",
    (M, "held", ("DZA", "NGA"), None, "2023-05-09"),
    (K, "held", ("AUT", "DZA", "NGA"), "OPEC", "2023-05-09"),
)

# --- a house's, a court's, a cabinet's or a board's session: no gathering ----------------------
_row(
    "not-a-gathering",
    D,
    "Norwegian Foreign Minister Sigrid Dahl met her Danish counterpart Lars Holm on the margins "
    "of a session of the Swedish parliament in Stockholm on Monday.",
    (M, "held", ("DNK", "NOR"), None, "2023-05-08"),
)
_row(
    "not-a-gathering",
    D,
    "Kenya's trade minister met Tanzania's trade minister on the sidelines of a European "
    "Parliament session in Strasbourg on Monday.",
    (M, "held", ("KEN", "TZA"), None, "2023-05-08"),
)
_row(
    "not-a-gathering",
    D,
    "Greek Prime Minister Nikos Vlahos chaired a cabinet session in Athens on Monday.",
)
_row(
    "not-a-gathering",
    D,
    "The Polish parliament held a session in Warsaw on Monday to debate the budget.",
)
_row("not-a-gathering", D, "The court session in The Hague was adjourned on Monday.")
_row("not-a-gathering", D, "The board of the state oil company held a session in Oslo on Monday.")

# --- near misses that stay ---------------------------------------------------------------------
_row(
    "regression",
    D,
    "Norwegian Foreign Minister Sigrid Dahl met her Danish counterpart Lars Holm in Brussels on "
    "Monday.",
    (M, "held", ("DNK", "NOR"), None, "2023-05-08"),
)
_row(
    "regression",
    D,
    "The NATO defence ministers' session in Brussels ended on Monday with a call for more "
    "spending.",
    (K, "held", ("BEL",), "NATO", "2023-05-08"),
)
_row(
    "regression",
    D,
    "A GATT session opened in Geneva on Monday, a spokesman said.",
    (K, "held", ("CHE",), "GATT", "2023-05-08"),
)


def _fits_with_no_body(got: Meeting, expected: Expected) -> bool:
    """As ``fits_told``, and the organization equal, None included (the talks take no body)."""
    return fits_told(got, expected) and got.organization == expected[3]


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_margins_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph tells exactly the meetings of its row, with their fields."""
    fits = _fits_with_no_body if cls == "body-session" else fits_told_with_body
    assert_told(cls, day, text, expected, fits)
