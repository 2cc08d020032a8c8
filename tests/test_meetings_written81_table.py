"""A meeting still to come, told by its verb after the sides' held one (corpus keys).

The key meetings of the visible corpus keys that we miss, pooled with the written articles
W1-W1380, the owners' dev and crawled keys and our read pages (issue 9, session 81). A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- will-meet-after-held: after talks held, a meeting of the same sides told by its verb in the
  future with no time of its own ("they will meet before the summit", "agreed to meet in
  person") is their next meeting, planned, not a mention of the talks held; a meeting only
  intended ("we intend to meet") stays none.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- a meeting to come told by its verb after the sides' talks held ------------------------------
_row(
    "will-meet-after-held",
    D,
    "The presidents of Peru and Chile discussed the border crossings by phone on Tuesday. "
    "According to the presidential office, the heads of state agreed to meet in person as soon "
    "as the new bridge is finished.",
    ("call", "held", ("CHL", "PER"), None, "2023-04-11"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "will-meet-after-held",
    D,
    "Finance ministers of Ghana and Togo met in Accra on Monday to review the customs union. "
    "The Togolese minister said they will meet once the tariff study is ready to draft a report "
    "for their leaders.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)
# near miss: a meeting only intended is none; the talks held stay one record
_row(
    "will-meet-after-held",
    D,
    "Finance ministers of Ghana and Togo met in Accra on Monday to review the customs union. "
    '"We intend to meet again once the customs figures are in," the Togolese minister said.',
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written81(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
