"""Meeting forms of the classes read off the written articles W1-W960 and the released keys.

The meeting records errors of the nine hundred and sixty articles written blind in the manner
of the corpus (W901-W960 read first), pooled with those of corpus blind 11 to 18, the owners'
dev and crawled keys and our read pages, sorted into classes of how news writes a meeting
(issue 9, session 36). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
classes' rows.

- speakers-at-gathering: a held gathering has the states whose officials the story tells
  speaking to it ("A's Prime Minister X told the opening session", "X and Y also addressed
  the meeting").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- officials told speaking to a gathering ------------------------------------------------------
# "Jamaica's Prime Minister A told the opening session that ...", "Mozambican President A and
# Tanzanian Vice-President B also addressed the meeting": an official who spoke to the session
# of the gathering the story told last took part in it, so his state is among its sides beside
# the host's.
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Pacific Islands Forum ended a two-day summit in Suva on Tuesday. Tongan "
    "Prime Minister Sione Havili and Vanuatu's Prime Minister Jean Tari told the closing session "
    "that fishing quotas must be cut. Samoan Deputy Prime Minister Ioane Lefiti also addressed "
    "the meeting.",
    ("conference", "held", ("FJI", "TON", "VUT", "WSM"), None, "2025-02-10"),
)
_row(
    "speakers-at-gathering",
    D,
    "Heads of state of the African Union ended a two-day summit in Addis Ababa on Monday. "
    "Kenyan President Daniel Otieno told the closing session that the bloc needed its own fund. "
    "Ghanaian President Kofi Mensah and Senegalese Foreign Minister Awa Diop also addressed the "
    "summit.",
    ("conference", "held", ("ETH", "GHA", "KEN", "SEN"), "AU", "2025-02-09"),
)
# near misses: a state named in the speaker's clause but not as his office's keeps the host
# alone, and an official of a third state who told reporters about two states' talks is no side
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Pacific Islands Forum opened a two-day summit in Suva on Tuesday. A "
    "fisheries adviser who once taught in Tonga told the opening session that tuna stocks were "
    "falling.",
    ("conference", "held", ("FJI",), None, "2025-02-11"),
)
_row(
    "speakers-at-gathering",
    D,
    "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vega in "
    "Lima on Monday. Bolivian President Juan Mamani told reporters the meeting had been useful.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written36(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
