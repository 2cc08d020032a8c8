"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The meeting records errors of corpus blind 20 and 21 (read first), pooled with those of the
written articles W1-W1140, corpus blind 11 to 18, the owners' dev and crawled keys and our
read pages, sorted into classes of how news writes a meeting (issue 9, session 42). A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the classes' rows.

- negotiations-sitting: negotiations told as one sitting, by their length in days or weeks
  ("signed by A and B after three days of negotiations") or by their opening at a place ("will
  open negotiations in P on May 21"), are talks between their sides, held or planned as told.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1987-05-13"  # a Wednesday

# --- negotiations told as one sitting --------------------------------------------------------
# "The accord was signed by A's minister and B's minister after four days of negotiations",
# "following a week of negotiations in P": a sitting told by its length; "will open negotiations
# in P on <day>": a sitting opened at its place.
_row(
    "negotiations-sitting",
    D,
    "The fishing accord was signed by Chilean Fisheries Minister Juan Soto and Peruvian "
    "Fisheries Minister Luis Rojas after four days of negotiations, officials said.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "negotiations-sitting",
    D,
    "Chile and Norway settled their salmon dispute following a week of negotiations, a Chilean "
    "spokesman said.",
    ("meeting", "held", ("CHL", "NOR"), None, None),
)
_row(
    "negotiations-sitting",
    D,
    "Chile and Peru will open negotiations in Santiago on May 26 on a new fishing accord, the "
    "Chilean trade ministry said.",
    ("meeting", "planned", ("CHL", "PER"), None, "1987-05-26"),
)
# near misses: months of negotiations are a process, not a sitting, and "negotiations" with no
# length or place stay no meeting
_row(
    "negotiations-sitting",
    D,
    "The fishing accord was signed by Chile and Peru after eight months of negotiations, "
    "officials said.",
)
_row(
    "negotiations-sitting",
    D,
    "Chile and Peru hope to open negotiations on a new fishing accord before the end of the "
    "year, officials said.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written42(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
