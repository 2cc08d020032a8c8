"""A body's gathering told with no side, its members named by the story (session 100).

Key meetings pooled from the written articles W1-W1560, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: gatherings of a body whose members we
know (``group_members``) that the clause tells with no state of their own, in stories that
name most of the body's members. A told table (``meeting_rows`` says what a row is and when
it passes); every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- members-named: a gathering of a body that names no side of its own ("the summit of the
  Quad", "the meetings of G7 finance ministers") has the body's members the story names by
  name or demonym, when those are at least half of its members; not a story naming a few of
  many members (two of NATO's), not a gathering that names a side of its own, not a state
  outside the body (the gathering's topic, no side).
- visitor-talks: a held mention of talks no event took, told by "he" or "she" ("he told a
  news conference after two days of talks", "She told reporters on arriving here for talks")
  in a story datelined in a city of another state than the official the story named last,
  is talks between that official's state and the dateline's; not a speaker of the dateline's
  own state, not a story with no dateline, not talks naming a third state, not a pronoun
  with no official named before it.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- a body's gathering with no side of its own, most members named ---------------------------
_row(
    "members-named",
    D,
    "Leaders of the Quad held their first summit by video on Friday. Prime Ministers of "
    "Japan and Australia praised the vaccine plan, and the Indian leader said the group "
    "would meet in person this year.",
    ("conference", "held", ("AUS", "IND", "JPN"), "Quad", "2021-03-12"),
    ("conference", "planned", ("AUS", "IND", "JPN"), "Quad", "2021"),
)
_row(
    "members-named",
    D,
    "The accord was reaffirmed at the meetings of G7 finance ministers last month. French and "
    "German officials played down the dispute, while Japanese and British dealers sold "
    "dollars.",
    ("conference", "held", ("DEU", "FRA", "GBR", "JPN"), "G7", "2021-02"),
)
# near misses: a few of many members named, a side of its own, no member named, a state
# outside the body
_row(
    "members-named",
    D,
    "The plan was discussed at the NATO summit last month. France and Italy backed it.",
    ("conference", "held", (), "NATO", "2021-02"),
)
_row(
    "members-named",
    D,
    "The plan was discussed at the G7 summit in London last month. France, Italy, Japan and "
    "Canada backed it.",
    ("conference", "held", ("GBR",), "G7", "2021-02"),
)
_row(
    "members-named",
    D,
    "The plan was discussed at the G7 summit last month, delegates said.",
    ("conference", "held", (), "G7", "2021-02"),
)

# --- a visiting official's talks told by pronoun, in a story from the host's city -------------
_row(
    "visitor-talks",
    "1987-03-05",
    "TOKYO, March 5 - Canadian Trade Minister Pat Lund said Japan must buy more lumber. "
    '"We made some headway," he told a news conference after two days of talks.',
    ("meeting", "held", ("CAN", "JPN"), None, None),
)
_row(
    "visitor-talks",
    "1987-04-21",
    "PEKING, April 21 - British Trade Secretary Anne Holt said sales of machinery to China "
    "were rising. She told reporters on arriving here for talks that the credit line would "
    "grow.",
    ("meeting", "held", ("CHN", "GBR"), None, None),
)
# near misses: a speaker of the dateline's state, no dateline, talks naming a third state, no
# official named before the pronoun
_row(
    "visitor-talks",
    "1987-03-05",
    "TOKYO, March 5 - Japanese Trade Minister Ken Mori said imports of lumber would rise. "
    '"We made some headway," he told a news conference after two days of talks.',
)
_row(
    "visitor-talks",
    "1987-03-05",
    "Canadian Trade Minister Pat Lund said Japan must buy more lumber. "
    '"We made some headway," he told a news conference after two days of talks.',
)
_row(
    "visitor-talks",
    "1987-03-05",
    "TOKYO, March 5 - Canadian Trade Minister Pat Lund said Japan must buy more lumber. "
    '"We made some headway," he told a news conference after two days of talks with Korea.',
)
_row(
    "visitor-talks",
    "1987-03-05",
    "TOKYO, March 5 - Exporters said Japan must buy more lumber. "
    '"We made some headway," he told a news conference after two days of talks.',
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written100(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
