"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The false meeting records (precision) pooled from the written articles W1-W1200, corpus
blind 11 to 21, the owners' dev and crawled keys and our read pages, sorted into classes
of how news writes a meeting (issue 9, session 48). A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows
that must stay as they are sit beside the classes' rows.

- local-leaders: a summit or conference whose members are one state's own provincial,
  county, city or council leaders ("council leaders from across E met for a summit",
  "provincial premiers gathered for the Premiers' Conference") is domestic, no meeting.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1991-10-09"  # a Wednesday

# --- one state's local leaders gathered -----------------------------------------------------
# "county leaders from across P met for a summit", "the mayors' summit": a state's own
_row(
    "local-leaders",
    D,
    "County leaders from across Norway met in Bergen on Tuesday for a summit on hospital "
    "closures but failed to agree a common position.",
)
_row(
    "local-leaders",
    D,
    "APIA - Island governors met in Apia this week for the yearly Governors' Conference, where "
    "road funding took most of the time.",
)
_row(
    "local-leaders",
    D,
    "City mayors from across Chile met in Valparaiso on Monday for a summit on water rates.",
)
# near misses: a region's leaders, central bank governors and a state's summit with a
# foreign guest stay as they are
_row(
    "local-leaders",
    D,
    "Regional leaders from Kenya, Uganda and Tanzania met in Arusha on Tuesday for a summit "
    "on the shared railway.",
    ("conference", "held", ("KEN", "TZA", "UGA"), None, "1991-10-08"),
)
_row(
    "local-leaders",
    D,
    "The Argentine and Brazilian central bank governors met in Buenos Aires on Tuesday to "
    "discuss exchange rates.",
    ("meeting", "held", ("ARG", "BRA"), None, "1991-10-08"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written48(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
