"""Status of key meetings told as the topic of a talk, read off the written articles.

The key meetings missed only on their status, pooled from the written articles W1-W1320,
corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted by the
step that reads the status (issue 9, session 73). A told table (``meeting_rows`` says what a
row is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- talked-of-month: an event that is only the topic of a past verb of talking ("discussed the
  meeting of the ministers in May", "talk of the issue going to the summit at the end of
  June", "thanked A for its hosting of the forum in November") takes its bare month in the
  reading nearest the report, on either side of it: the past is the talk's, not the event's.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

F = "2023-02-20"  # a Monday
M = "2023-05-22"  # a Monday

# --- a past verb of talking whose topic is an event with a bare month ---------------------------
_row(
    "talked-of-month",
    F,
    "Chilean Foreign Minister Luis Rojas met the NATO Deputy Secretary General in Santiago on "
    "Friday. They discussed the meeting of NATO defence ministers in Brussels in June and the "
    "security of the southern Pacific.",
    ("meeting", "held", ("CHL",), "NATO", "2023-02-17"),
    ("conference", "planned", ("BEL",), "NATO", "2023-06"),
)
_row(
    "talked-of-month",
    M,
    "The Peruvian minister thanked the Chilean side for its backing of Peru's hosting of the "
    "APEC summit in Lima in November.",
    ("conference", "planned", ("CHL", "PER"), None, "2023-11"),
)
_row(
    "talked-of-month",
    M,
    "The two ministers discussed the OSCE summit in Vienna in July and the situation in "
    "the Black Sea region.",
    ("conference", "planned", ("AUT",), "OSCE", "2023-07"),
)
# near misses: an event told done between (its results, a participle, its hospitality), or a
# month nearer on the past side, stays held in the month gone
_row(
    "talked-of-month",
    M,
    "The ministers discussed the results of the OSCE summit in Vienna in December and the "
    "situation in the Black Sea region.",
    ("conference", "held", ("AUT",), "OSCE", "2022-12"),
)
_row(
    "talked-of-month",
    M,
    "The two presidents reviewed how well the deals they struck in the course of the Ghanaian "
    "president's visit to Lome in October were being carried out.",
    ("visit", "held", ("GHA", "TGO"), None, "2022-10"),
)
_row(
    "talked-of-month",
    M,
    "The Peruvian minister thanked the Chilean side for the warm hospitality he enjoyed during "
    "his visit to Santiago in April.",
    ("visit", "held", ("CHL", "PER"), None, "2023-04"),
)
_row(
    "talked-of-month",
    M,
    "The two ministers discussed the OSCE summit in Vienna in March and the situation in the "
    "Black Sea region.",
    ("conference", "held", ("AUT",), "OSCE", "2023-03"),
)

# near miss: a month told before the topic is another event's, read as before
_row(
    "talked-of-month",
    M,
    "Ghana and Togo discussed on Monday the agenda of the Togolese president's upcoming visit "
    "to Accra, expected in July, and the arrangements for the third session of the "
    "Intergovernmental Commission between the two states.",
    ("visit", "planned", ("GHA", "TGO"), None, "2023-07"),
    ("meeting", "planned", ("GHA", "TGO"), None, "2023-07"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written73(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, with the status the table says."""
    assert_told(cls, day, text, expected)
