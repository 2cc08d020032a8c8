"""Meeting forms of the classes read off the real corpus articles that are keyed.

The meeting records errors of the corpus articles with a key (dev, corpus blind 11 to 18 and
the audit's silver-tune set), sorted into classes of how news writes a meeting (issue 9,
session 22, fourth round, second helper). A told table (``meeting_rows`` says what a row is
and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- talks named as a frame, a stance's setting or a kind, not as one event ------------------
# "the 1976 accord set the framework for talks on the shelf", "the deficit weakened A's
# position in talks with B over quotas", "talks of this kind are held every spring": the talks
# are a process, a frame or a kind of event, and no meeting is told by them.
_row(
    "talks-as-process",
    D,
    "Chile's minister said the 1998 protocol, which set the framework for talks on the river "
    "basin between Santiago and Buenos Aires, was still in force.",
)
_row(
    "talks-as-process",
    D,
    "Analysts said the falling harvest had weakened Peru's bargaining position in talks with "
    "Bolivia over gas prices.",
)
_row(
    "talks-as-process",
    D,
    "Norwegian-Icelandic talks of this kind are held every spring, a ministry spokesman in "
    "Oslo told reporters.",
)
_row(
    "talks-as-process",
    D,
    "Officials said Kenya's stance in talks with Uganda on the lake had hardened since the "
    "drought.",
)
# near misses: talks held or set, told beside such words; the first event of a kind
_row(
    "talks-as-process",
    D,
    "Chile and Argentina agreed on a framework for cooperation at talks in Santiago on Monday.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
)
_row(
    "talks-as-process",
    D,
    "Peru's minister set out his position in Lima on Monday in talks with his Bolivian "
    "counterpart.",
    ("meeting", "held", ("BOL", "PER"), None, "2025-02-10"),
)
_row(
    "talks-as-process",
    D,
    "Kenya hosted the first summit of this kind in Nairobi on Monday with leaders of Uganda "
    "and Tanzania.",
    ("conference", "held", ("KEN", "TZA", "UGA"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_corpus22(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
