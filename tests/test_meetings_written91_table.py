"""Sides of a body's gathering told through the story's pair (written keys, session 91).

Key meetings pooled from the written articles W1-W1440, corpus blind 11 to 23, the owners'
dev and crawled keys and our read pages: sessions of intergovernmental bodies whose sides we
miss or pair wrongly. A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.

- pair-at-body-gathering: after the talks or call of a pair the story leads with, "They
  discussed support for A ahead of the S Summit", "They discussed the outcomes of last
  month's S Summit" or "They looked ahead to the S Summit" gives the body's gathering the
  pair's states, beside its venue's (a state named as the topic stays); not after a visit to
  three states, not for a body whose member table leaves the pair out or that has no member
  table (``group_members.json``), not when others than the pair discuss it.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-03-14"  # a Thursday

# --- a pair told discussing a body's gathering by its time or its fruit -----------------------
_row(
    "pair-at-body-gathering",
    D,
    "President Lena Ostrova of Estonia welcomed Prime Minister Rui Matos of Portugal to "
    "Tallinn on Wednesday. They also discussed aid for Moldova ahead of the NATO summit in "
    "Washington in July.",
    ("meeting", "held", ("EST", "PRT"), None, "2024-03-13"),
    ("conference", "planned", ("EST", "PRT", "USA"), "NATO", "2024-07"),
)
_row(
    "pair-at-body-gathering",
    D,
    "Chancellor Anna Weber of Germany spoke by phone with President Marco Ferri of Italy on "
    "Tuesday. They discussed relief for Gaza and the results of last month's G20 summit.",
    ("call", "held", ("DEU", "ITA"), None, "2024-03-12"),
    ("conference", "held", ("DEU", "ITA"), "G20", "2024-02"),
)
_row(
    "pair-at-body-gathering",
    D,
    "Chancellor Anna Weber of Austria spoke by phone with President Marek Novak of Slovakia on "
    "Tuesday. The two leaders discussed relief for Gaza ahead of the EU summit in Brussels next "
    "week.",
    ("call", "held", ("AUT", "SVK"), None, "2024-03-12"),
    ("conference", "planned", ("AUT", "BEL", "SVK"), "EU", "2024-03"),
)
# near misses: outsiders to a body of known members, a visit to three states, others talking
_row(
    "pair-at-body-gathering",
    D,
    "Chancellor Anna Weber of Austria spoke by phone with President Marek Novak of Slovakia on "
    "Tuesday. They discussed relief for Gaza and the results of last month's G20 summit.",
    ("call", "held", ("AUT", "SVK"), None, "2024-03-12"),
    ("conference", "held", (), "G20", "2024-02"),
)
_row(
    "pair-at-body-gathering",
    D,
    "Chancellor Anna Weber of Austria spoke by phone with President Marek Novak of Slovakia on "
    "Tuesday. They discussed security ahead of the ASEAN summit in Vientiane, which Laos will "
    "host in October.",
    ("call", "held", ("AUT", "SVK"), None, "2024-03-12"),
    ("conference", "planned", ("LAO",), "ASEAN", "2024-10"),
)
_row(
    "pair-at-body-gathering",
    D,
    "Envoy Tom Reed visited Chile, Peru and Bolivia from March 4 to 8. They discussed trade "
    "ahead of the Mercosur summit in Asuncion in July.",
    ("visit", "held", ("BOL", "CHL", "PER"), None, "2024-03-04"),
    ("conference", "planned", ("PRY",), "MERCOSUR", "2024-07"),
)
_row(
    "pair-at-body-gathering",
    D,
    "President Lena Ostrova of Estonia welcomed Prime Minister Rui Matos of Portugal to "
    "Tallinn on Wednesday. Ministers from Latvia and Poland discussed energy ahead of the NATO "
    "summit in Washington in July.",
    ("meeting", "held", ("EST", "PRT"), None, "2024-03-13"),
    ("conference", "planned", ("LVA", "POL", "USA"), "NATO", "2024-07"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written91(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
