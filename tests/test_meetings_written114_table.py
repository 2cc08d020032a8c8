"""A gathering's opening told in a relative clause after its name: its day and city (session 114).

Key meetings pooled from the written articles W1-W1680, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, read from the MISS and EXTRA lines of
gatherings of an organisation's body or of a forum: a gathering named and then opened by a
relative clause ("the X Conference, which opened in P, S on Friday", "the annual meetings of
the X and the Y, which open in P next Tuesday", "the conference on Z (CZ), which has been in
session here since November") kept the day of the sentence (the day two sides met on its
margins) or no day and no place: the clause's forms the reader knew held no state after the
city, no "next" day, no plural verb and no sitting "since" a time. A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- opening-clause: a gathering named, then opened by a relative clause right after its name
  (", which opened in P, S on D", ", which open in P next D", ", which has been in session
  here since M"), is dated by the clause's day, its first, and placed in the clause's city
  (its state the host); not a bare "The summit, which opens in P", the gathering told before
  (its mentions merge), nor a gathering told with no opening clause.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-20"  # a Saturday

# --- the opening clause after the gathering's name ------------------------------------------
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today on the "
    "margins of the Lima Policy Forum, which opened in Lima, Peru on Friday.",
    ("conference", "held", ("CHL", "PER"), None, "2021-03-19"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today at the OAS "
    "summit, which opened in Quito, Ecuador, on Thursday.",
    ("conference", "held", ("CHL", "ECU", "PER"), "OAS", "2021-03-18"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto on Friday on the "
    "sidelines of the regional conference on water and energy in the Andes (CWEA), which has "
    "been in session here since January.",
    ("conference", "held", ("CHL", "PER"), None, "2021-01"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-19"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz will attend the OAS summit, which opens in Quito next "
    "Monday.",
    ("conference", "planned", ("ECU", "PER"), "OAS", "2021-03-22"),
)
_row(
    "opening-clause",
    D,
    "Finance ministers of the region will present the plan at the annual meetings of the IMF "
    "and the World Bank, which open in Washington next Tuesday.",
    ("conference", "planned", ("USA",), "IMF", "2021-03-23"),
    known="the body's plural 'meetings' is read as talks (kind meeting); its day and city are read",
)
# near misses: a bare "The summit" told before, a gathering with no opening clause
_row(
    "opening-clause",
    D,
    "Peru's President Ana Ruiz will travel to Ecuador for the OAS summit. The summit, which "
    "opens in Quito on Monday, will discuss trade.",
    ("conference", "planned", ("ECU", "PER"), "OAS", "2021-03-22"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today on the "
    "margins of the Lima Policy Forum in Lima.",
    ("conference", "held", ("CHL", "PER"), None, "2021-03-20"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written114(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
