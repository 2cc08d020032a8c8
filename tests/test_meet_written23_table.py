"""Meeting forms of the classes read off the written articles W1-W180 and the released keys.

The meeting records errors of the hundred and eighty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and
sorted into classes of how news writes a meeting (issue 9, session 23). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- national sides going to play a match ---------------------------------------------------
# "Wales travel to Rome to face Italy", "head to Dublin for the decisive game": a sports side
# named by its country that goes to play another is no official's trip, no visit.
_row(
    "sports-trip",
    D,
    "Norway kept their title hopes alive with a late goal, and now travel to Stockholm to face "
    "Sweden in the final round.",
)
_row(
    "sports-trip",
    D,
    "Portugal travel to Madrid next week for what could be the deciding match of the group, "
    "while Italy host Greece.",
)
_row(
    "sports-trip",
    D,
    "Argentina will travel to Montevideo to take on Uruguay on Sunday, the coach said.",
)
_row(
    "sports-trip",
    D,
    "After the draw, Ghana travelled to Abuja for their qualifier against Nigeria.",
)
# near misses: an official's trip to face a partner's demands, a trip for talks on a plan
_row(
    "sports-trip",
    D,
    "Peru's trade minister will travel to Quito to face Ecuadorean demands on tariffs.",
    ("visit", "planned", ("ECU", "PER"), None, None),
)
_row(
    "sports-trip",
    D,
    "Chile's President will travel to Lima next week to meet Peru's President.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-02"),
)
_row(
    "sports-trip",
    D,
    "Germany's chancellor will visit Madrid next week, and will stay on to watch the match "
    "between Spain and Germany.",
    ("visit", "planned", ("DEU", "ESP"), None, "2025-02"),
)

# --- an official leading a delegation or mission of others abroad ---------------------------
# "is due to lead a delegation of business leaders to P next month", "would lead a mission of
# some 40 businessmen to P in August": an official taking a delegation of others to a named
# place makes a visit there, told with the members between "delegation of" and "to".
_row(
    "lead-delegation",
    D,
    "Trade Minister Ana Ruiz is due to lead a delegation of Peruvian business leaders to Seoul "
    "next month, her ministry said.",
    ("visit", "planned", ("KOR", "PER"), None, "2025-03"),
)
_row(
    "lead-delegation",
    D,
    "Chile's mining minister said he would lead a mission of about 30 copper exporters to Tokyo "
    "in August.",
    ("visit", "planned", ("CHL", "JPN"), None, "2025-08"),
)
_row(
    "lead-delegation",
    D,
    "Brazil's industry minister led a delegation of more than 200 business people to Lagos in "
    "January.",
    ("visit", "held", ("BRA", "NGA"), None, "2025-01"),
)
# near misses: a mission one heads (a posting), a delegation to a named summit, a lead in a race
_row(
    "lead-delegation",
    D,
    "Peru's former trade minister heads the mission of the Andean states to Geneva.",
)
_row(
    "lead-delegation",
    D,
    "The ruling party took a lead of ten points to Sunday's vote in Lima.",
)
_row(
    "lead-delegation",
    D,
    "Kenya's President will lead a delegation of ministers to the Nairobi Summit next month.",
    ("conference", "planned", ("KEN",), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written23(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
