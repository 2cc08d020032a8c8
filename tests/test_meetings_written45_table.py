"""Meeting forms of the classes read off group gatherings in the wire idiom of the 1980s.

The meeting records errors of gatherings of a group the story does not tie to its members
(corpus blind 15 to 18 and 21 read first), pooled with those of the written articles
W1-W1140, the other corpus blind keys, the owners' dev and crawled keys and our read pages,
sorted into classes of how news writes a meeting (issue 9, session 45). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the classes' rows.

- group-roster: a gathering of a group whose members the story lists between dashes ("the
  Group of Seven -- A, B, ... --", "the five - A, B, ... -"), told by the group's name, its
  number ("the seven nations") or its kind ("industrial nations"), has the listed states.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1987-05-13"  # a Wednesday

# --- a group's members listed between dashes ------------------------------------------------
# "last week's G-5 meeting ... The five - A, B, C, D and E - have ...", "before attending the
# meetings of major industrial nations here. The Group of Seven -- A, B, ... -- renewed ...":
# the gathering is the group's, and its states are the listed members.
_row(
    "group-roster",
    D,
    "TOKYO, May 13 - Finance Minister Kenji Sato said on Wednesday that last week's G-5 "
    "meeting in London had agreed to hold the yen near current levels. The five - Japan, "
    "Britain, West Germany, the United States and France - have sold yen heavily since then, "
    "dealers said.",
    ("conference", "held", ("DEU", "FRA", "GBR", "JPN", "USA"), "G-5", "1987-05"),
)
_row(
    "group-roster",
    D,
    "WASHINGTON, May 13 - Japanese Finance Minister Kenji Sato met Treasury Secretary Paul "
    "Grant on Tuesday before attending the meetings of major industrial nations here. The "
    "Group of Seven -- Canada, Italy, Britain, West Germany, France, Japan and the United "
    "States -- renewed its pledge to steady exchange rates.",
    ("conference", "held", ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"), None, "1987-05-12"),
)
_row(
    "group-roster",
    D,
    "OTTAWA, May 13 - Canadian Finance Minister Paul Leduc said the ministers would meet "
    "again before the Venice Economic Summit to draft a paper for the heads of government of "
    "the seven nations. "
    "The Group of Seven -- Canada, Italy, Britain, West Germany, France, Japan and the United "
    "States -- backs steadier currencies.",
    ("conference", "planned", ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"), None, None),
)
# near misses: a list shorter than the group's number is some of its members, talks told
# with no word of the group are the pair's, and a meeting of states outside the list is not
# the group's
_row(
    "group-roster",
    D,
    "TOKYO, May 13 - Finance Minister Kenji Sato said on Wednesday that last week's G-5 "
    "meeting in London had agreed to hold the yen near current levels. Three of the five - "
    "Britain, Japan and West Germany - have sold yen heavily since then, dealers said.",
    ("conference", "held", ("GBR", "JPN"), "G-5", "1987-05"),
)
_row(
    "group-roster",
    D,
    "WASHINGTON, May 13 - Japanese Finance Minister Kenji Sato met Treasury Secretary Paul "
    "Grant on Tuesday to discuss rice imports. The Group of Seven -- Canada, Italy, Britain, "
    "West Germany, France, Japan and the United States -- renewed its pledge to steady exchange "
    "rates.",
    ("meeting", "held", ("JPN", "USA"), None, "1987-05-12"),
)
_row(
    "group-roster",
    D,
    "WASHINGTON, May 13 - Japanese Finance Minister Kenji Sato met Treasury Secretary Paul "
    "Grant on Tuesday before attending the meetings of major industrial nations here. The "
    "Group of Seven -- France, West Germany, Japan and the United States -- renewed its pledge "
    "to steady exchange rates.",
    ("meeting", "held", ("JPN", "USA"), None, "1987-05-12"),
)
_row(
    "group-roster",
    D,
    "BRASILIA, May 13 - Brazilian Finance Minister Dilson Funaro met Mexican Finance Minister "
    "Gustavo Petricioli on Tuesday ahead of the meetings of major industrial nations. The "
    "Group of Seven -- Canada, Italy, Britain, West Germany, France, Japan and the United "
    "States -- renewed its pledge to steady exchange rates.",
    ("meeting", "held", ("BRA", "MEX"), None, "1987-05-12"),
    ("meeting", "planned", ("BRA", "MEX"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written45(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
