"""Events that are no meetings, or told twice, in the read sets (session 101).

Key meetings pooled from the written articles W1-W1560, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: false records of the meeting step. A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the class's rows.

- club-sport-report: a sports report that names a knockout's stage without its hyphen
  ("the semifinals", "a quarterfinal"), a club league ("the Premier League", "the Champions
  League", "Super League"), a nations' championship ("the European Championship"), a
  hat-trick or pre-season training is a match report like one naming a cup or a qualifier: its
  teams' fixtures and a club's contract talks with a player are no meetings, and "the Premier
  League" names no head of government. Not a story of officials that names one such word or
  two ("the ministers discussed the Champions League final" stays a meeting).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-05-14"  # a Tuesday

# --- a club sport report: its fixtures and its transfer talks --------------------------------
_row(
    "club-sport-report",
    D,
    "Valencia reached the semifinals on Sunday after their captain scored late. The coach "
    "said the players were tired. Portugal and Italy meet in the other semifinal in Lisbon "
    "next week.",
)
_row(
    "club-sport-report",
    D,
    "Sporting Lisbon have opened fresh contract talks with their Denmark striker as two "
    "Premier League clubs circle. He scored 21 goals in Portugal this season.",
)
_row(
    "club-sport-report",
    D,
    "The Samoan winger scored four tries and a hat-trick of drop goals as his side won the "
    "final. Samoa and Tonga meet again in Apia next month.",
)
_row(
    "club-sport-report",
    D,
    "The Dutch goalkeeper saved two penalties before the European Championship. The "
    "Netherlands and Belgium meet in Brussels on Friday in the quarterfinals.",
)
# near misses: officials at a final, one cue word in a story of talks, a premier's talks
_row(
    "club-sport-report",
    D,
    "Spanish Foreign Minister Ana Ruiz met her Portuguese counterpart in Lisbon on Monday, "
    "before the Champions League final, and they discussed the semifinals' security.",
    ("meeting", "held", ("ESP", "PRT"), None, "2024-05-13"),
)
_row(
    "club-sport-report",
    D,
    "Premier Li Wen held talks with the Greek Prime Minister in Athens on Monday, and the two "
    "leaders watched the Super League game after the talks.",
    ("meeting", "held", ("CHN", "GRC"), None, "2024-05-13"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written101(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
