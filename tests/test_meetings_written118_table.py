"""Negotiations named with their sides: those sides' talks (session 118).

Key meetings of real articles, missed: a readout, a commentary or a wire story names a
negotiation between two states by its sides rather than by a sitting ("their support for the
peace negotiations between A and B", "A has since suspended trade negotiations with B", "a
resolution on bilateral trade negotiations"). The rules read "talks between A and B" as the
pair's talks, but "negotiations" only where a sitting was told (held, hosted, opened at a
place, due to begin), so the pair's talks were lost. A told table (``meeting_rows`` says what
a row is and when it passes); every row is written for this table, and the rows that must
stay as they are sit beside the class's rows.

- negotiations-sides: "negotiations" followed by "between" or "with" and a side, or told
  "bilateral" (the pair the story names), are those sides' talks, held (as "talks between A
  and B" and "bilateral talks" are); not negotiations only called for, stalled, told only as
  going on ("continue", "go on"), only hoped for ("can only be found by bilateral
  negotiations"), with creditors or another side named by no proper name ("with its
  creditors and the IMF"), told by their progress ("will depend on progress in the
  negotiations between A and B"), nor negotiations (or talks) named as a long process: "the
  deadlock in the negotiations between A and B", "after two years of negotiations (talks)
  between the two governments", "months of talks with B" (their days or weeks are a sitting
  still: "after three days of negotiations").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- negotiations named by their sides --------------------------------------------------------
_row(
    "negotiations-sides",
    D,
    "Chile's foreign minister spoke by phone on Monday with his Peruvian counterpart. They "
    "discussed regional security, including their support for the peace negotiations between "
    "Ecuador and Colombia.",
    ("call", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("COL", "ECU"), None, None),
)
_row(
    "negotiations-sides",
    D,
    "Norway has since suspended trade negotiations with Chile, imposed new fishing quotas and "
    "recalled its envoy, the ministry said.",
    ("meeting", "held", ("CHL", "NOR"), None, None),
)
_row(
    "negotiations-sides",
    D,
    "Peru's President Ana Ruiz welcomed the resumption of border negotiations between Chile and "
    "Bolivia, her office said on Tuesday.",
    ("meeting", "held", ("BOL", "CHL"), None, None),
)
_row(
    "negotiations-sides",
    D,
    "The Chilean minister said the negotiations with Peru on the river border had brought both "
    "sides closer, and that a deal was near.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
# --- bilateral negotiations: the pair the story names -----------------------------------------
_row(
    "negotiations-sides",
    D,
    "LIMA, March 16 - Peru's trade minister said on Tuesday that the Chile-Peru bilateral trade "
    "negotiations were progressing well.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "negotiations-sides",
    D,
    "WASHINGTON, March 16 - A senior Chilean senator said he was worried about a resolution on "
    "bilateral negotiations adopted by Peru's Congress last week. The resolution backs a trade "
    "agreement with Chile.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
# --- a negotiation's long course: no sitting of its own (talks too) --------------------------
_row(
    "negotiations-sides",
    D,
    "The United States offered to run the port in a bid to break the deadlock in the peace "
    "talks between Chile and Peru, the envoy said.",
)
_row(
    "negotiations-sides",
    D,
    "Chile and Peru signed the border accord on Monday after more than two years of talks "
    "between the two governments.",
)
_row(
    "negotiations-sides",
    D,
    "Chile's foreign minister said on Monday that months of talks with Peru had produced a draft.",
)
# near misses: the deadlock or the years of the negotiations themselves, negotiations stalled,
# only called for, going on, or with creditors; a sitting told by its days stays one
_row(
    "negotiations-sides",
    D,
    "The United States offered to run the port in a bid to break the deadlock in the peace "
    "negotiations between Chile and Peru, the envoy said.",
)
_row(
    "negotiations-sides",
    D,
    "Chile and Peru signed the border accord on Monday after more than two years of "
    "negotiations between the two governments.",
)
_row(
    "negotiations-sides",
    D,
    "The stalled negotiations with Peru were not on the agenda, the Chilean minister said.",
)
_row(
    "negotiations-sides",
    D,
    "The senator called for negotiations between Chile and Peru on the river border.",
)
_row(
    "negotiations-sides",
    D,
    "Chile's negotiations with Peru on the river border go on, the foreign ministry said.",
)
_row(
    "negotiations-sides",
    D,
    "Peru will begin negotiations with its creditors in May, the finance ministry said.",
)
_row(
    "negotiations-sides",
    D,
    'LIMA, March 16 - Peru said its border dispute with Chile was political. "A solution can '
    'only be found by bilateral negotiations," the statement said.',
)
_row(
    "negotiations-sides",
    D,
    "LIMA, March 16 - Peru's trade minister said on Tuesday that the Chile-Peru bilateral trade "
    "negotiations continue.",
)
_row(
    "negotiations-sides",
    D,
    "Chile and Peru signed the border accord on Monday after three days of negotiations "
    "between the two governments.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-13"),
)
# the side after "with" named by no proper name ("its creditors", "the banks") is no state:
# no talks between states; a state after "the" still is one
_row(
    "negotiations-sides",
    D,
    "The two ministers discussed Peru's ongoing negotiations with its creditors and the "
    "International Monetary Fund on Tuesday.",
)
_row(
    "negotiations-sides",
    D,
    "Chile has suspended trade negotiations with the United States, the ministry said.",
    ("meeting", "held", ("CHL", "USA"), None, None),
)
# negotiations told by their progress: the negotiation's state, no sitting of its own
_row(
    "negotiations-sides",
    D,
    "Analysts say any settlement will depend on progress in separate negotiations between "
    "Chile and Bolivia.",
)
_row(
    "negotiations-sides",
    D,
    "Diplomats said the progress of the negotiations with Peru would decide the summit's date.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_negotiations_written118(
    cls: str, day: str, text: str, expected: list[Expected]
) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
