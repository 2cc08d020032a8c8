"""Negotiations opened at a set time; a sitting recalled with place and time (session 112).

Key meetings pooled from the written articles W1-W1680, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, listed by ``scripts/naive_meetings.py``
and by the scorer's MISS lines (key meetings the library does not find at all): a story that
tells two sides "will begin negotiations on a trade pact in 2005" or "will open negotiations
here on June 8" gave no record, as the rules read "negotiations" as an event only when held,
hosted, under way, due to begin or opened at a named place; the opening set for a month, a
season, a year or the dateline's city ("here") was read as a negotiation's progress; and an
earlier sitting recalled as a noun with its place and past time ("building on the discussions
held in P in April between experts of A and B", "the Strategic Dialogue that our two governments
held in P last month", "a joint session of the two governments held in P in November 2023") had
no trigger at all. A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the class's
rows.

- opening-set: the opening of negotiations told as settled ("will", "would", "is due to", "is
  set to", "is scheduled to" open, begin or start negotiations) and set for a time in its
  clause ("in May", "early next year", "in the autumn", "here on April 12") is a planned
  meeting of its sides; not an opening only agreed or decided ("agreed to open negotiations
  later this year", "decided to open negotiations"), nor one hedged ("could begin"), nor one
  set for no time.
- recalled-sitting: a dialogue, discussions or a joint session of two governments recalled as
  "held in P" at a past time ("in April", "in November 2023", "last month", "last week"), the
  sides named with it ("among A, B, C and D", "between experts of A and B") or the story's pair,
  is a held meeting of its own; not a state's own ("the national dialogue held in P", "a joint
  session of parliament held in P"), nor one recalled with no time.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- the opening of negotiations, set for a time -----------------------------------------------
_row(
    "opening-set",
    D,
    "Peru's trade minister Ana Ruiz said on Monday that Peru and Chile will begin negotiations "
    "on a fisheries agreement in May.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "opening-set",
    D,
    "LIMA, March 16 - Peru and Chile will open negotiations here on April 12 on a new border "
    "trade accord, officials said.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-04-12"),
)
_row(
    "opening-set",
    D,
    "Ghana is due to open negotiations on an investment treaty with Norway early next year, the "
    "finance ministry said.",
    ("meeting", "planned", ("GHA", "NOR"), None, "2022"),
)
_row(
    "opening-set",
    D,
    "Officials said Peru and Chile would start formal negotiations on a double taxation treaty "
    "in the autumn.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
# near misses: an opening agreed or decided, hedged, or a state's own negotiations
_row(
    "opening-set",
    D,
    "Peru and Chile agreed to open negotiations on a fisheries agreement later this year.",
)
_row(
    "opening-set",
    D,
    "Peru and Chile decided to open negotiations on a fisheries agreement.",
)
_row(
    "opening-set",
    D,
    "Peru and Chile could begin negotiations on a fisheries agreement in May.",
)
_row(
    "opening-set",
    D,
    "Peru will begin negotiations with its creditors in May, the finance ministry said.",
)

# --- an earlier sitting recalled with its place and its past time ------------------------------
_row(
    "recalled-sitting",
    D,
    "Peru and Chile agreed on Monday to build a new bridge at their border. The project was "
    "first agreed at a joint session of the two governments held in Lima in November 2019.",
    ("meeting", "held", ("CHL", "PER"), None, "2019-11"),
)
_row(
    "recalled-sitting",
    D,
    "Peru's President Ana Ruiz spoke on Monday with Chile's President Luis Soto. They welcomed "
    "the results of the water dialogue between Peru and Chile held in Arica last week.",
    ("call", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03"),
)
_row(
    "recalled-sitting",
    D,
    "President Ana Ruiz of Peru welcomed Chile's President Luis Soto to Lima on Monday. The "
    "leaders built on the discussions held in Santiago in January between experts of the two "
    "foreign ministries.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-01"),
)
_row(
    "recalled-sitting",
    D,
    "Peru's Foreign Minister Ana Ruiz will visit Santiago next week. She will review the "
    "commitments made at the Strategic Dialogue that the two governments held in Lima last "
    "month.",
    ("visit", "planned", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, "2021-02"),
)
# near misses: a state's own dialogue or parliament's session, a sitting recalled with no time
_row(
    "recalled-sitting",
    D,
    "Peru and Chile agreed on Monday to build a new bridge at their border. The project was "
    "first discussed at a joint session of parliament held in Lima in November 2019.",
)
_row(
    "recalled-sitting",
    D,
    "Peru's President Ana Ruiz spoke on Monday with Chile's President Luis Soto. They welcomed "
    "the national dialogue held in Lima last month between the government and the unions.",
    ("call", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "recalled-sitting",
    D,
    "Peru and Chile agreed on Monday to build a new bridge at their border. The project was "
    "first agreed at a joint session of the two governments held in Lima.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written112(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
