"""Talks told with their host in a relative clause, a meeting of their own (session 104).

Key meetings pooled from the written articles W1-W1560, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: a readout of a call or a meeting that
recalls other talks by their host ("welcomed the talks between the parties that A hosted in
P last week") told no record, as the talks' sides alone were one state, or the talks read as
the topic of the discussion. A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- talks-hosted: "the talks between A and B that C hosted in P", "talks ..., hosted by C in
  P" are talks held, C's state a side of them, even when they are what two others discussed;
  not talks still to come ("talks that C will host": a plan, told by its own rule), not
  talks only discussed with no host ("discussed the stalled talks with the EU").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- talks told with their host after them -------------------------------------------------
_row(
    "talks-hosted",
    D,
    "Chilean President Ana Ruiz thanked the King for his mediation and welcomed the talks "
    "between the Sudanese parties that Qatar hosted in Doha last week.",
    ("meeting", "held", ("QAT", "SDN"), None, None),
)
_row(
    "talks-hosted",
    D,
    "The two leaders discussed the ministerial-level talks between Ethiopia and Eritrea that "
    "Kenya hosted in Nairobi this month.",
    ("meeting", "held", ("ERI", "ETH", "KEN"), None, None),
)
# near misses: talks as a bare topic, a host's plan
_row(
    "talks-hosted",
    D,
    "Chilean President Ana Ruiz and the King discussed the stalled talks between Ethiopia and "
    "Eritrea.",
)
_row(
    "talks-hosted",
    D,
    "Qatar hosted talks between the Sudanese parties in Doha last week.",
    ("meeting", "held", ("QAT", "SDN"), None, "2021-03"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written104(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
