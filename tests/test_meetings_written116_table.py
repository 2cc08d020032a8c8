"""A gathering recalled after "since": an event of its own, held in the past (session 116).

Key meetings of the real wire copy (groups of states and the pairs they recall), lost
because a gathering named as the start of a span was read as the event the clause tells:
"the group will gather next week, their first meeting since their March talks in P" gave
one planned record (the recalled talks' tense and time taken for the coming one), and "the
progress made in the talks since their joint meeting of a given day" gave the talks that
meeting's day and then folded them into it. A told table (``meeting_rows`` says what a row
is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- recalled-since: a gathering named right after "since" ("since their November talks",
  "since their joint March 2 meeting") is a held event of its own, whatever the clause's
  tense, dated by its own time (a month named before its noun is the latest such month up
  to the story's day), and the event the clause tells neither takes that time nor folds
  into it; not "since" before a year, a time or another act ("their first since 2019",
  "since the pandemic began", "since the 2019 accord").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- the recalled gathering beside the one to come -------------------------------------------
_row(
    "recalled-since",
    D,
    "The foreign ministers of Chile and Peru will meet in Lima on Friday, their first meeting "
    "since their November talks in Santiago.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03-19"),
    ("meeting", "held", ("CHL", "PER"), None, "2020-11"),
)
_row(
    "recalled-since",
    D,
    "Chile and Peru will hold talks in Lima next week, after a pause since their January talks "
    "in Santiago.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-01"),
)
# --- the recalled gathering beside the talks counted from it ---------------------------------
_row(
    "recalled-since",
    D,
    "Chile's foreign minister spoke by phone on Monday with his Peruvian counterpart. They "
    "reviewed the progress made in the Chile-Peru border talks since their joint March 2 "
    "meeting in Santiago.",
    ("call", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-02"),
)
# near misses: "since" before a year, an act or a time span, and a recalled gathering already
# told apart by its own time after its noun
_row(
    "recalled-since",
    D,
    "Chile and Peru will hold talks in Lima next week, their first since 2019.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03"),
)
_row(
    "recalled-since",
    D,
    "Chile and Peru will hold talks in Lima next week, their first talks since the pandemic.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03"),
)
_row(
    "recalled-since",
    D,
    "Chilean and Peruvian ministers met in Lima on Monday, the first such meeting since the "
    "pandemic began.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "recalled-since",
    D,
    "Chile and Peru will hold talks in Lima next week to review the progress made since the "
    "2019 accord.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03"),
)
_row(
    "recalled-since",
    D,
    "Ministers of Chile and Peru met in Lima on Monday to review trade since the talks in "
    "Santiago last September.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, "2020-09"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written116(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
