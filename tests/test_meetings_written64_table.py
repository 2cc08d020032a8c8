"""Key meetings missed by one field of a record, for the classes read off the written articles.

The key meetings that pair with no record although a record of their article differs from
them in one field only (sides, status or date), pooled from the written articles W1-W1320,
corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted by the
step that sets the field wrongly (issue 9, session 64). A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows that
must stay as they are sit beside the class's rows.

- bare-month: a gathering dated by a month told without a year and with no tense cue around
  it ("on the agenda of the summit in P in June") takes the nearest such month, so one less
  than half a year ahead is the coming one and the gathering is planned; a past cue ("met",
  "raised"), "last", a year, or a month half a year ahead or more keep the past one.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-03-15"  # a Wednesday

# --- a month told bare, no cue either way: the nearest one -----------------------------------
_row(
    "bare-month",
    D,
    "The tuna quarrel between Fiji and Samoa is likely to come up at the regional summit in "
    "Suva in July.",
    ("conference", "planned", ("FJI", "WSM"), None, "2023-07"),
)
_row(
    "bare-month",
    D,
    "Ghana wants the cocoa levy on the agenda of the ECOWAS summit in Abuja in June.",
    ("conference", "planned", ("GHA", "NGA"), "ECOWAS", "2023-06"),
)
# near misses: a month half a year ahead or more, a past cue of the gathering's own or a told
# year keep the past month
_row(
    "bare-month",
    D,
    "Ghana wants the cocoa levy on the agenda of the ECOWAS summit in Abuja in December.",
    ("conference", "held", ("GHA", "NGA"), "ECOWAS", "2022-12"),
)
_row(
    "bare-month",
    D,
    "Ghana wants the cocoa levy on the agenda of the ECOWAS summit in Abuja in September.",
    ("conference", "held", ("GHA", "NGA"), "ECOWAS", "2022-09"),
)
_row(
    "bare-month",
    D,
    "Ghana raised the cocoa levy at the ECOWAS summit in Abuja in June.",
    ("conference", "held", ("GHA", "NGA"), "ECOWAS", "2022-06"),
)
_row(
    "bare-month",
    D,
    "Kenyan and Ugandan trade ministers met in Kampala in June to discuss sugar tariffs.",
    ("meeting", "held", ("KEN", "UGA"), None, "2022-06"),
)
_row(
    "bare-month",
    D,
    "Ghana wants the cocoa levy on the agenda of the ECOWAS summit in Abuja in June 2022.",
    ("conference", "held", ("GHA", "NGA"), "ECOWAS", "2022-06"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written64(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings pair one to one with its row's, as the class says."""
    assert_told(cls, day, text, expected)
