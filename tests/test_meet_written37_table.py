"""Meeting forms of the classes read off the written articles W1-W1020 and the released keys.

The meeting records errors of the thousand and twenty articles written blind in the manner of
the corpus (W961-W1020 read first), pooled with those of corpus blind 11 to 18, the owners' dev
and crawled keys and our read pages, sorted into classes of how news writes a meeting (issue
9, session 37). A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the classes'
rows.

- body-made: a joint commission or committee that the sides only agree to set up, or that a
  deal provides for, is no meeting of it.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a body only brought into being ------------------------------------------------------------
# "agreed to set up a joint committee to watch the border", "a pact which provides for a joint
# commission", "decided to establish a joint council": the body is made, none of its sittings
# is told, so it is no meeting (the talks where it was agreed stay one).
_row(
    "body-made",
    D,
    "Chilean and Peruvian envoys met in Lima on Monday to review fishing quotas and agreed to "
    "set up a joint committee to watch catches along the sea border.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "body-made",
    D,
    "The Norwegian parliament on Tuesday approved a fisheries pact with Iceland which provides "
    "for a joint commission to share data on cod stocks.",
)
_row(
    "body-made",
    D,
    "Ecuador and Peru decided on Monday to establish a joint council on river navigation, the "
    "foreign ministry of Ecuador said in a note.",
)
# near misses: a session of a commission told after it was set up, or a commission told
# meeting, stays a meeting
_row(
    "body-made",
    D,
    "Chile and Peru set up a joint commission last year, and its first session will be held in "
    "Lima in March.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "body-made",
    D,
    "The Chile-Peru joint commission on fisheries met in Lima on Monday to review quotas.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written37(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
