"""Meetings with one side found in their own sentence, read off the written articles and the keys.

The key meetings the library missed because the meeting's own sentence names only one side,
pooled from the written articles W1-W1260, corpus blind 11 to 23, the owners' dev and crawled
keys and our read pages (issue 9, session 58). A told table (``meeting_rows`` says what a row
is and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the class's rows.

- title-subject: a title alone as the subject ("the Deputy Secretary held talks with X") names
  the one official the story introduced with that title, and his state is a side.
- article-dropped: a surname told again without its article ("Mansoori" after "Rashid
  al-Mansoori") is the same official, whose state is a side.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a title alone as the subject names the official introduced with it -------------------------
# "the Deputy Secretary held talks with X": the story's one holder of that title, and his state.
_row(
    "title-subject",
    D,
    "Chilean Deputy Trade Minister Ana Cole addressed a mining fair in Toronto on Monday. On the "
    "fair's last day, the Deputy Trade Minister held talks with Canadian Resources Minister Paul "
    "Hart on lithium.",
    ("meeting", "held", ("CAN", "CHL"), None, None),
)
_row(
    "title-subject",
    D,
    "Mexican Deputy Secretary of Energy Luis Vega opened the new grid office in Monterrey on "
    "Tuesday. Later, the Deputy Secretary held talks with Guatemalan Energy Minister Rosa Lima on "
    "power links.",
    ("meeting", "held", ("GTM", "MEX"), None, None),
)
# regression: two officials of two states hold the title: the subject names neither, and the
# talks keep the one side their sentence names (no meeting of the Peruvian minister alone)
_row(
    "title-subject",
    D,
    "Chilean Deputy Foreign Minister Ana Cole and Argentine Deputy Foreign Minister Pedro Gil "
    "spoke at a forum. Afterwards, the Deputy Foreign Minister held talks with Peruvian Vice "
    "Minister Jorge Paz.",
    ("conference", "held", ("ARG", "CHL"), None, None),
)
# regression: a title no official of the story was introduced with names no side
_row(
    "title-subject",
    D,
    "Chilean Trade Minister Ana Cole opened a fair in Toronto on Monday. Later, the Deputy "
    "Minister held talks with Canadian Resources Minister Paul Hart on lithium.",
)
# regression: an official introduced with the title only later names no side before
_row(
    "title-subject",
    D,
    "The Chairman held talks with Canadian Resources Minister Paul Hart on lithium on Monday. "
    "Chilean Chairman Ana Cole later flew home.",
)
# regression: a head's title keeps its own reading ("the President" of the story)
_row(
    "title-subject",
    D,
    "Peruvian President Jorge Paz chaired a cabinet session on Monday. On Tuesday, the President "
    "held talks with Bolivian President Luis Arce in Lima.",
    ("meeting", "held", ("BOL", "PER"), None, "2023-06-13"),
)

# --- a surname told again without its article ------------------------------------------------
# "Rashed held talks" after "Khalid al-Rashed": the same official, and his state a side.
_row(
    "article-dropped",
    D,
    "Emirati Foreign Minister Khalid al-Rashed opened an energy fair in Dubai on Monday. On "
    "Tuesday, Rashed held talks with Egyptian Foreign Minister Omar Fahmy in Cairo.",
    ("meeting", "held", ("ARE", "EGY"), None, "2023-06-13"),
)
_row(
    "article-dropped",
    D,
    "Sudanese Prime Minister Hassan el-Tayeb addressed parliament on Monday. Tayeb is to visit "
    "Egypt next month, officials said.",
    ("visit", "planned", ("EGY", "SDN"), None, "2023-07"),
)
_row(
    "article-dropped",
    D,
    "Saudi Commerce Minister Faisal al-Otaibi praised the new tariff code on Monday. Otaibi told "
    "reporters he had discussed tariffs with Jordan's Trade Minister Sami Haddad in Amman last "
    "week.",
    ("meeting", "held", ("JOR", "SAU"), None, None),
)
# regression: another name that only looks like the surname is no short form of it
_row(
    "article-dropped",
    D,
    "Emirati Foreign Minister Khalid al-Rashed praised the new energy code on Monday. Rashedi "
    "held talks with Egyptian Foreign Minister Omar Fahmy in Cairo on Tuesday.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written58(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
