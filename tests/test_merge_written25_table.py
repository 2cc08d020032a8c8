"""Meeting forms of the merge classes read off the written articles W1-W300 and the released keys.

The meeting records errors of the three hundred articles written blind in the manner of the
corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions (issue 9, session 25). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table, and
the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a call told after another event, naming no sides of its own ------------------------------
# "X and Y met on Monday ... they spoke by phone in January", "the leaders built on their phone
# call on Sunday", "he briefed the US secretary in a telephone call": news tells an earlier or
# later call of the sides beside the event it reports; a call names no meeting, visit or
# conference, so when no call was told it is one of its own, of the told event's sides.
_row(
    "own-call",
    D,
    "Indonesia's foreign minister held talks with her Malaysian counterpart in Jakarta on Monday. "
    "The ministers built on their phone call on January 28, in which they discussed the haze.",
    ("meeting", "held", ("IDN", "MYS"), None, "2025-02-10"),
    ("call", "held", ("IDN", "MYS"), None, "2025-01-28"),
)
_row(
    "own-call",
    D,
    "Greek Prime Minister Kyriakos Mitsotakis will visit Washington next month. The two leaders "
    "held talks in Athens in October, and they spoke by phone in January about shipping.",
    ("visit", "planned", ("GRC", "USA"), None, "2025-03"),
    ("meeting", "held", ("GRC", "USA"), None, "2024-10"),
    ("call", "held", ("GRC", "USA"), None, "2025-01"),
)
_row(
    "own-call",
    D,
    "Senegal's President received the Gambian head of state in Dakar on Tuesday for talks on the "
    "bridge over the river. Both leaders recalled their telephone conversation on January 3.",
    ("meeting", "held", ("GMB", "SEN"), None, "2025-02-11"),
    ("call", "held", ("GMB", "SEN"), None, "2025-01-03"),
)
_row(
    "own-call",
    D,
    "Brazil's foreign minister met his Argentine counterpart in Brasilia on Monday. He later "
    "briefed the US Secretary of State on the talks in a telephone call.",
    ("meeting", "held", ("ARG", "BRA"), None, "2025-02-10"),
    ("call", "held", ("BRA", "USA"), None, None),
)
# near misses: a statement made by telephone, with a day or a place but no side, is no call;
# a call told already takes its later mentions in
_row(
    "own-call",
    D,
    "Egypt's foreign minister held talks with his Jordanian counterpart in Cairo on Sunday. He "
    "said by phone on Monday that the talks had been useful.",
    ("meeting", "held", ("EGY", "JOR"), None, "2025-02-09"),
)
_row(
    "own-call",
    D,
    "Japan's trade minister met his Australian counterpart in Canberra on Monday. Speaking by "
    "telephone from Canberra, he told reporters that the talks had gone well.",
    ("meeting", "held", ("AUS", "JPN"), None, "2025-02-10"),
)
_row(
    "own-call",
    D,
    "Peru's president spoke by phone with Ecuador's president on Monday. During the call, the two "
    "leaders discussed the border.",
    ("call", "held", ("ECU", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge25(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
