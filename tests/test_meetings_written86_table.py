"""Participants of meetings: the host who looks forward to welcoming a guest (written keys).

The paired meeting records whose participants differ from the key's, pooled from the
written articles W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages (issue 9, session 86). A told table (``meeting_rows`` says what a row is and when
it passes) whose rows also give the names of the participants of the row's one record of the
kind the class tests; every row is written for this table, and the rows that must stay as
they are sit beside the class's rows.

- welcoming-host: the official who looks forward to welcoming, hosting or receiving a guest
  on a visit to come ("X said he looked forward to welcoming Y to P for a state visit", "X
  looks forward to hosting Y in P") is its inviting host, no participant of it; the guest is
  (not "looks forward to meeting Y" or "to visiting P", whose speaker takes part).
- pair-people-told-before: "the two leaders" or "the two ministers" as who met ("The two
  presidents last met in P in March", "had last spoken by phone", "agreed to meet in P") are
  the two people an earlier record of the same two states lists; what the two discussed,
  prepared or agreed that others do ("agreed that their ministers would meet") names no one.
"""

from __future__ import annotations

import pytest

from meeting_rows import (
    Expected,
    assert_participants,
    assert_told,
    participant_rows,
    told_params,
    told_table,
)

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- the host who looks forward to welcoming a guest to come -----------------------------------
_row(
    "welcoming-host",
    D,
    "President Ana Ruiz said she looked forward to welcoming Estonian President Kadri Tamm to "
    "Lima for a state visit in October.",
    ("visit", "planned", ("EST", "PER"), None, "2023-10"),
)
_row(
    "welcoming-host",
    D,
    "Prime Minister Omar Haddad said he looks forward to welcoming Chilean President Jorge Mena "
    "to Amman for an official visit next month.",
    ("visit", "planned", ("CHL", "JOR"), None, "2023-07"),
)
_row(
    "welcoming-host",
    D,
    "Peruvian President Ana Ruiz looks forward to hosting Chilean President Jorge Mena in Lima "
    "for a working visit in November.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-11"),
)
# near misses: the speaker who looks forward to meeting the other, or to visiting
_row(
    "welcoming-host",
    D,
    "Peruvian President Ana Ruiz said she looks forward to meeting Chilean President Jorge Mena "
    "in Santiago in October.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-10"),
)
_row(
    "welcoming-host",
    D,
    "Chilean President Jorge Mena said he looked forward to visiting Lima in October, where "
    "Peruvian President Ana Ruiz will receive him.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
)

# --- "the two leaders" who met are the pair told before ---------------------------------------
_row(
    "pair-people-told-before",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. "
    "The two presidents last met in Santiago in March.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-03"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "pair-people-told-before",
    D,
    "Estonian Foreign Minister Kadri Tamm met her Latvian counterpart Janis Ozols in Riga on "
    "Tuesday. The two ministers had last spoken by phone in April.",
    ("call", "held", ("EST", "LVA"), None, "2023-04"),
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-13"),
)
_row(
    "pair-people-told-before",
    D,
    "Jordanian King Faisal Nasser held a phone call with Greek Prime Minister Nikos Pappas on "
    "Monday. The two leaders agreed to meet in Athens in September.",
    ("meeting", "planned", ("GRC", "JOR"), None, "2023-09"),
    ("call", "held", ("GRC", "JOR"), None, "2023-06-12"),
)
# near misses: what the two discussed or prepared, and a meeting they agreed others hold
_row(
    "pair-people-told-before",
    D,
    "Peruvian President Ana Ruiz held talks with Chilean President Jorge Mena in Lima on Monday. "
    "The two presidents discussed preparations for the Andean summit in Quito in July.",
    ("conference", "planned", ("CHL", "ECU", "PER"), None, "2023-07"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "pair-people-told-before",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. "
    "The two presidents agreed that their trade ministers would meet in Santiago in July.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-07"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# The names of the row's one record of the kind its class tests, in the rows' order.
_NAMES: dict[str, tuple[str, list[set[str]]]] = {
    "welcoming-host": (
        "",
        [
            {"Kadri Tamm"},
            {"Jorge Mena"},
            {"Jorge Mena"},
            {"Ana Ruiz", "Jorge Mena"},
            {"Jorge Mena", "Ana Ruiz"},
        ],
    ),
    "pair-people-told-before": (
        "",
        [
            {"Ana Ruiz", "Jorge Mena"},
            {"Kadri Tamm", "Janis Ozols"},
            {"Faisal Nasser", "Nikos Pappas"},
            set(),
            set(),
        ],
    ),
}
NAMES = participant_rows(TABLE, _NAMES)


@pytest.mark.parametrize(
    ("text", "kind", "names"), NAMES, ids=[f"names-{n}" for n in range(len(NAMES))]
)
def test_meeting_participants_written86(text: str, kind: str, names: set[str]) -> None:
    """The row's one record of the kind its class tests lists the participants named."""
    assert_participants(D, text, kind, names)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written86(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
