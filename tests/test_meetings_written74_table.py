"""Dates of key meetings told as a weekend's, read off the written articles.

The paired meetings whose date differs from the key's, pooled from the written articles
W1-W1320, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
by the step that dates them (issue 9, session 74). A told table (``meeting_rows`` says what a
row is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- weekend-event: talks or a meeting named as a weekend's ("a weekend of talks", "ended a
  weekend meeting"), held, opened on the Saturday of the weekend at or before the report,
  also when a lead naming no sides tells it and the story's event is dated by its month
  only; "at the weekend" stays a time of the story, and a plan keeps its month.
- visit-frame: held talks with no time of their own, told in a sentence opening on the
  story's visit as their frame ("Within the framework of the visit,", "As part of the
  visit,"), take the month of the dated event held before them that shares a state (the
  session the visit was for); "During the visit," and a day of their own stay as they are.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-13"  # a Tuesday; the weekend before it opened on Saturday June 10
SAT = "2023-06-10"

# --- an event named as a weekend's ----------------------------------------------------------
_row(
    "weekend-event",
    D,
    "The accord caps a weekend of talks in Arica between Chilean Trade Minister Luis Rojas and "
    "Peruvian Trade Minister Ana Soto, which neither side would describe in detail.",
    ("meeting", "held", ("CHL", "PER"), None, SAT),
)
_row(
    "weekend-event",
    D,
    "Ghanaian President Kofi Mensah and Togolese President Yao Adjo held a weekend summit in "
    "Lome on river trade and customs posts.",
    ("conference", "held", ("GHA", "TGO"), None, SAT),
)
_row(
    "weekend-event",
    D,
    "Three finance ministers ended their weekend meeting by warning about weak currencies. "
    '"We must act now," Chilean Finance Minister Luis Rojas told reporters after two days of '
    "informal discussions with his Peruvian and Bolivian colleagues.",
    ("meeting", "held", ("BOL", "CHL", "PER"), None, SAT),
)
_row(
    "weekend-event",
    D,
    "ARICA, Chile, June 13 - Three finance ministers ended their weekend meeting by warning "
    'about weak currencies. "We must act now," Chilean Finance Minister Luis Rojas told '
    "reporters after two days of informal discussions with his Peruvian and Bolivian colleagues.",
    ("meeting", "held", ("BOL", "CHL", "PER"), None, SAT),
)
# near misses: "at the weekend" is a time of the story (the return, the talks' month), a
# plan keeps its month, and a press conference of the report's day dates no event
_row(
    "weekend-event",
    D,
    "Peruvian Trade Minister Ana Soto returned to Lima at the weekend after talks in Santiago "
    "with Chilean Trade Minister Luis Rojas on port fees.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "weekend-event",
    D,
    "Ghanaian President Kofi Mensah and Togolese President Yao Adjo held talks in Lome at the "
    "weekend on river trade and customs posts.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-06"),
)
_row(
    "weekend-event",
    D,
    "Peruvian Trade Minister Ana Soto will hold a weekend meeting in Santiago with Chilean "
    "Trade Minister Luis Rojas on port fees.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-06"),
)
_row(
    "weekend-event",
    D,
    "Speaking to reporters at a press conference held in Lima today, the minister praised ties "
    "with Chile. Early in June, both states attended the Pacific Alliance summit, which took "
    "place in Bogota.",
    ("conference", "held", ("CHL", "COL", "PER"), None, "2023-06"),
)

# --- talks framed by the story's visit ------------------------------------------------------
V = "2023-05-05"
_SESSION = (
    "On 3 May 2023, a Chilean delegation led by Deputy Minister Luis Rojas took part in the "
    "fifth meeting of the Chile-Peru intergovernmental commission on trade in Lima. "
)
_COMMITTEE = (
    "On 3 May 2023, the fifth meeting of the Ghana-Togo joint committee on energy was held in "
    "Lome. "
)
_row(
    "visit-frame",
    V,
    _SESSION + "Within the framework of the visit, Luis Rojas met with Peruvian Economy Minister "
    "Ana Soto to discuss port fees.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-05-03"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-05"),
)
_row(
    "visit-frame",
    V,
    _COMMITTEE + "As part of the visit, Ghanaian Deputy Minister Kofi Mensah was received by "
    "Togolese Prime Minister Yao Adjo. They talked about power lines.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-05-03"),
    ("meeting", "held", ("GHA", "TGO"), None, "2023-05"),
)
# near misses: "During the visit," is left open; a day of its own stays
_row(
    "visit-frame",
    V,
    _COMMITTEE + "During the visit, Ghanaian Deputy Minister Kofi Mensah was also received by "
    "Togolese Prime Minister Yao Adjo.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-05-03"),
    ("meeting", "held", ("GHA", "TGO"), None, None),
)
_row(
    "visit-frame",
    V,
    _SESSION + "Within the framework of the visit, on 4 May, Luis Rojas met with Peruvian "
    "Economy Minister Ana Soto to discuss port fees.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-05-03"),
    ("visit", "held", ("CHL", "PER"), None, "2023-05-04"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written74(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, dated as the table says."""
    assert_told(cls, day, text, expected)
