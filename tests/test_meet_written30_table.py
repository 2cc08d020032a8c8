"""Meeting forms of the classes read off the written articles W1-W600 and the released keys.

The meeting records errors of the six hundred articles written blind in the manner of the
corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and
sorted into classes of how news writes a meeting (issue 9, session 30). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering told with its host to come in a relative clause ----------------------------
# "the Summit that the United States will host in W next month", "the conference, which A will
# co-host with B in P next month": a clause of who will host a named gathering tells it is to
# come and who hosts it, whether the host's name takes an article or the host shares the role;
# the co-host's "with" names a host, not a partner in talks.
_row(
    "host-to-come",
    D,
    "The presidents of Chile and Argentina spoke by telephone to prepare for the Pacific Rim "
    "summit that the Philippines will host in Manila next month.",
    ("call", "held", ("ARG", "CHL"), None, None),
    ("conference", "planned", ("ARG", "CHL", "PHL"), None, None),
)
_row(
    "host-to-come",
    D,
    "Kenya's foreign minister briefed his Ugandan counterpart on the climate conference that the "
    "Netherlands is to host in Rotterdam in April.",
    ("conference", "planned", ("KEN", "NLD", "UGA"), None, None),
)
_row(
    "host-to-come",
    D,
    "Officials of Ghana and Togo discussed the investment forum, which Senegal will co-host with "
    "Ivory Coast in Dakar next month.",
    ("conference", "planned", ("CIV", "GHA", "SEN", "TGO"), None, None),
)
_row(
    "host-to-come",
    D,
    "The two ministers reviewed plans for the donors' conference that Norway will co-host with "
    "the United Kingdom and Japan in Oslo in May.",
    ("conference", "planned", ("GBR", "JPN", "NOR"), None, None),
)
# near misses: talks with a partner, and a leader who hosted a guest, stay held meetings
_row(
    "host-to-come",
    D,
    "The Chilean minister discussed fisheries with Peru's foreign minister in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "host-to-come",
    D,
    "Kenya's President hosted Uganda's President in Nairobi on Monday for talks on the pipeline.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written30(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
