"""A body's session told only by what its ministers did (session 99).

Key meetings pooled from the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: held sessions of a body that the story
tells by its ministers' collective act alone. A told table (``meeting_rows`` says what a row
is and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the class's rows.

- group-ministers-act: the plural ministers of a body whose members we know (``group_members``)
  as the subject of a past collective act ("X farm ministers failed to agree", "issued a
  statement") or as the agent of a passive one ("the plan endorsed by X ministers") tell the
  body's held session where the story is told from a member's city, its sides the dateline's
  state and the members the story names; not one state's ministers, not one minister, not a
  story with no member's dateline, not an act recalled with a month or year of its own, not a
  sentence that names the meeting the act was done at (that meeting word's rule reads it).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-10"  # a Tuesday

# --- a body's ministers acting together, no meeting word -------------------------------------
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - European Community fisheries ministers failed to settle next year's "
    "catch quotas after a night of bargaining, diplomats said. France and Ireland held out "
    "against deeper cuts, while Japan urged restraint on tuna.",
    ("conference", "held", ("BEL", "FRA", "IRL"), "EU", None),
)
_row(
    "group-ministers-act",
    D,
    "RIYADH, May 10 - Gulf Cooperation Council oil ministers adopted a joint line on crude "
    "output, Kuwaiti and Omani delegates said.",
    ("conference", "held", ("KWT", "OMN", "SAU"), "GCC", None),
)
_row(
    "group-ministers-act",
    D,
    "LUXEMBOURG, May 10 - Under the plan endorsed by EC farm ministers, milk quotas will fall "
    "by four pct over two years, officials said. Belgium and Italy voted against it.",
    ("conference", "held", ("BEL", "ITA", "LUX"), "EU", None),
)
# near misses: one state's ministers, one minister, an act recalled with a year of its own, a
# sentence naming the meeting the act was done at, no member's dateline, a clause opening "But"
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - Dutch ministers agreed to trim the farm budget, officials said.",
)
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - The EC farm minister from Greece rejected the plan, officials said.",
)
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - The quota scheme was approved by EC farm ministers in 1984 and has "
    "since been widened, officials said.",
)
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - EC foreign ministers agreed at their meeting in Luxembourg on Monday "
    "to open talks with Chile, officials said.",
    ("conference", "held", ("CHL", "LUX"), "EU", "1988-05-09"),
)
_row(
    "group-ministers-act",
    D,
    "WASHINGTON, May 10 - EC trade ministers rejected the tariff plan, officials said.",
)
_row(
    "group-ministers-act",
    D,
    "BRUSSELS, May 10 - But ministers failed to agree on the wine regime, officials said.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written99(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
