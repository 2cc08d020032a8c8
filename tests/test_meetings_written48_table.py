"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The false meeting records (precision) pooled from the written articles W1-W1200, corpus
blind 11 to 21, the owners' dev and crawled keys and our read pages, sorted into classes
of how news writes a meeting (issue 9, session 48). A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows
that must stay as they are sit beside the classes' rows.

- local-leaders: a summit or conference whose members are one state's own provincial,
  county, city or council leaders ("council leaders from across E met for a summit",
  "provincial premiers gathered for the Premiers' Conference") is domestic, no meeting.
- firm-counterpart: a meeting whose only counterpart named after its word is a firm (an
  office of a named firm, "the chairman of X Ltd", "the vice chairman of the X Chamber of
  Commerce", or a person of a business role, "rally chief executive Y") is no meeting.
- talks-as-process: talks named by the state of a negotiation ("the stalled talks with A",
  "the breakdown of talks", "obstructing talks with A", "is preparing talks with A") are no
  encounter of their own.
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

# --- a firm as the only counterpart -----------------------------------------------------------
# "met the chairman of X Ltd", "met the Vice Chairman of the X Chamber of Commerce", "met
# rally chief executive Y": a firm's people, no state's side
_row(
    "firm-counterpart",
    D,
    "LIMA, Oct 9 - Peru's Mining Minister Ana Ruiz met the chairman of Andes Nickel Ltd in "
    "Lima on Monday to discuss the royalty on a new pit.",
)
_row(
    "firm-counterpart",
    D,
    "Kenya will host a motor rally from next year. Sports minister Peter Otieno met rally "
    "chief executive John Ward in Paris to finalise the contract.",
)
_row(
    "firm-counterpart",
    D,
    "Culture minister Ilham Karimov met the festival's chief executive Anna Holm in Paris to "
    "sign the hosting contract.",
)
_row(
    "firm-counterpart",
    D,
    "Peru's Deputy Foreign Minister Luis Soto held talks in Quito on Monday. While in Quito, "
    "Soto also met the Vice Chairman of the Ecuador Chamber of Commerce and Industry.",
    ("meeting", "held", ("ECU", "PER"), None, "1991-10-07"),
)
# near misses: a state's minister met beside the firm, and a minister named after the
# chamber, keep the meeting
_row(
    "firm-counterpart",
    D,
    "LIMA, Oct 9 - Peru's Mining Minister Ana Ruiz met Chile's Mining Minister Jorge Vidal and "
    "the chairman of Andes Nickel Ltd in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "1991-10-07"),
)
_row(
    "firm-counterpart",
    D,
    "Sports minister Peter Otieno of Kenya met French Sports Minister Marie Roux and rally "
    "chief executive John Ward in Paris on Monday.",
    ("meeting", "held", ("FRA", "KEN"), None, "1991-10-07"),
)

# --- talks named by the state of a negotiation ------------------------------------------------
# "the stalled talks with A", "the breakdown of talks", "obstructing talks", "preparing talks"
_row(
    "talks-as-process",
    D,
    "Thai officials said the stalled talks with Japan on better access for canned fruit would "
    "top the agenda.",
)
_row(
    "talks-as-process",
    D,
    "A Chilean diplomat blamed Peru for obstructing talks with Chile on the fishing boundary "
    "over the past two years.",
)
_row(
    "talks-as-process",
    D,
    "Uruguay has meanwhile concluded a trade deal with Paraguay and is preparing talks with "
    "Bolivia on river transport.",
)
_row(
    "talks-as-process",
    D,
    "The offer to ship more cocoa lapsed with the breakdown of talks between Ghana and Togo, "
    "the trader said.",
)
# near misses: stalled talks taken up again, and preparing for talks to come, stay events
_row(
    "talks-as-process",
    D,
    "Peru and Chile resumed the stalled talks in Lima on Monday, officials said.",
    ("meeting", "held", ("CHL", "PER"), None, "1991-10-07"),
)
_row(
    "talks-as-process",
    D,
    "Ecuador is preparing for talks with Colombia in Quito next week, officials said.",
    ("meeting", "planned", ("COL", "ECU"), None, "1991-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written48(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
