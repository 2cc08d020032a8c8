"""Dates of key meetings told by a part of a year, read off the written articles.

The paired meetings whose date differs from the key's, pooled from the written articles
W1-W1320, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
by the step that dates them (issue 9, session 72). A told table (``meeting_rows`` says what a
row is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- session-part-of-year: a session to come placed in a half or a quarter of a year, right
  after its clause ("the next meeting of the commission in P in the second half of the
  year", "in the fourth quarter of 2025"), is dated to that year (the year of publication
  where the year is "the year"), as "before the end of the year" already was.
- report-day-tagged (still missed): talks, a reception or a visit told in the lead in the
  present perfect with an agency's tag and no day anywhere ("X has met Y in P, Agency
  reports") are of the report's day in most keys (W652, W983, pages r9), but a page's key
  dates such a visit by its month as begun before (pages q9), and dating it re-paired that
  page's records: dropped, the rows of the class are known misses.
- report-day-dateline: under a dateline of the day standing as a sentence of its own ("LIMA,
  Peru, June 14."), the next sentence is the lead, and a held call, talks or visit it tells
  with an agency's tag, in any past ("X met Y, Agency reports"), is of the report's day.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a session to come in a half or a quarter of a year -----------------------------------------
_row(
    "session-part-of-year",
    D,
    "The two ministers agreed to hold the next meeting of the Chilean-Peruvian joint commission "
    "on transport links in Arica in the second half of the year.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023"),
)
_row(
    "session-part-of-year",
    D,
    "Ghana and Togo decided to hold the next meeting of the Ghanaian-Togolese commission on "
    "energy and customs in Lome in the first quarter of 2024.",
    ("meeting", "planned", ("GHA", "TGO"), None, "2024"),
)
_row(
    "session-part-of-year",
    D,
    "The presidents agreed to hold the second meeting of the Kenya-Tanzania intergovernmental "
    "commission on trade, economic and technical cooperation in Dodoma in the first half of 2024.",
    ("meeting", "planned", ("KEN", "TZA"), None, "2024"),
)
# near misses: a day told for the session is its date; a plan with no time has none to take
_row(
    "session-part-of-year",
    D,
    "The two ministers agreed to hold the next meeting of the Chilean-Peruvian joint commission "
    "in Arica on September 12.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-09-12"),
)
_row(
    "session-part-of-year",
    D,
    "Officials of Ghana and Togo said the fourth session of the Ghana-Togo Permanent Joint "
    "Commission would meet in Lome before the end of the year.",
    ("meeting", "planned", ("GHA", "TGO"), None, "2023"),
)

# --- talks told as an agency's news of the day --------------------------------------------------
_row(
    "report-day-tagged",
    D,
    "Peruvian Foreign Minister Ana Soto has met with Chilean Foreign Minister Luis Rojas in "
    "Lima, Andina reports. The sides discussed port fees and a new border crossing.",
    ("meeting", "held", ("CHL", "PER"), None, D),
    known="a lead's talks in the present perfect with an agency's tag are left undated",
)
_row(
    "report-day-tagged",
    D,
    "Bolivian Foreign Minister Rosa Vargas has received Ecuadorean Foreign Minister Jorge Pena, "
    "who is on an official visit to La Paz, Prensa Latina reports. They spoke of river trade.",
    ("visit", "held", ("BOL", "ECU"), None, D),
    known="a lead's visit in the present perfect with an agency's tag is left undated",
)
# near miss: a day the story names later is the talks' own
_row(
    "report-day-tagged",
    D,
    "Peruvian Foreign Minister Ana Soto has met with Chilean Foreign Minister Luis Rojas in "
    "Lima, Andina reports. The talks were held on Monday at the foreign ministry.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- the lead under a dateline of the day -------------------------------------------------------
_row(
    "report-day-dateline",
    D,
    "LIMA, Peru, June 14. Peruvian Trade Minister Ana Soto met with Chilean Economy Minister "
    "Luis Rojas in Lima, Andina reports. They reviewed a plan for a joint freight corridor.",
    ("meeting", "held", ("CHL", "PER"), None, D),
)
_row(
    "report-day-dateline",
    D,
    "QUITO, Ecuador, June 14. Ecuadorean President Jorge Pena held a telephone conversation "
    "with Bolivian President Rosa Vargas, Prensa Latina reports. Both praised river trade.",
    ("call", "held", ("BOL", "ECU"), None, D),
)
# near miss: a day the story names later is the talks' own
_row(
    "report-day-dateline",
    D,
    "LIMA, Peru, June 14. Peruvian Trade Minister Ana Soto met with Chilean Economy Minister "
    "Luis Rojas in Lima, Andina reports. The talks were held on Monday in the trade ministry.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written72(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, dated as the table says."""
    assert_told(cls, day, text, expected)
