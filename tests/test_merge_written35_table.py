"""Meeting forms of the merge classes read off the written articles W1-W900 and the released keys.

The meeting records errors of the nine hundred articles written blind in the manner of the
corpus (W841-W900 read first), pooled with those of the corpus blind keys 11-18, the owners'
dev and crawled keys and our read pages, sorted into classes of how news tells one event in
several mentions or several events in one (issue 9, session 35). A told table (``meeting_rows``
says what a row is and when it passes); every row is written for this table, and the rows that
must stay as they are sit beside the classes' rows.

- sidelines-pair: "On the sidelines of the meeting, officials of A and B discussed X" after the
  gathering is told: the two officials' talks, an event of their own at its time.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-03-12"  # a Wednesday: Monday is March 10

# --- talks of two officials told after "On the sidelines of the meeting," -------------------
# "On the sidelines of the meeting, Chilean minister X and Peruvian minister Y discussed rice":
# the gathering word only places the talks, whose sides are the two officials' states (both
# told by the sentence); they are an event of their own at the gathering's time, and the
# gathering keeps its record. A sentence whose own talks word is read ("held talks with"), a
# signing, or one state's officials with business leaders stay as they are.
_row(
    "sidelines-pair",
    D,
    "MANILA, March 12 - Farm ministers of ASEAN started two days of talks here today to set "
    "rice reserve targets. On the sidelines of the meeting, Vietnamese Agriculture Minister "
    "Tran Van Duc and Cambodian Commerce Minister Sok Chenda discussed rice sales, a Vietnamese "
    "official said.",
    ("conference", "held", ("KHM", "PHL", "VNM"), "ASEAN", "2025-03-12"),
    ("meeting", "held", ("KHM", "VNM"), None, "2025-03-12"),
)
_row(
    "sidelines-pair",
    D,
    "NAIROBI, March 12 - Foreign ministers of the African Union opened their council meeting "
    "here today. On the sidelines of the meeting, Ghanaian Foreign Minister Kofi Mensah and "
    "Senegalese Foreign Minister Awa Diop discussed visa rules.",
    ("conference", "held", ("GHA", "KEN", "SEN"), "AU", "2025-03-12"),
    ("meeting", "held", ("GHA", "SEN"), None, "2025-03-12"),
)
# near misses: the sentence's own talks word, a signing, one state's official with businesses
_row(
    "sidelines-pair",
    D,
    "NAIROBI, March 12 - Foreign ministers of the African Union opened their council meeting "
    "here today. On the sidelines of the meeting, Ghanaian Foreign Minister Kofi Mensah held "
    "talks with Senegalese Foreign Minister Awa Diop.",
    ("conference", "held", ("GHA", "KEN", "SEN"), "AU", "2025-03-12"),
    ("meeting", "held", ("GHA", "SEN"), None, "2025-03-12"),
)
_row(
    "sidelines-pair",
    D,
    "NAIROBI, March 12 - Foreign ministers of the African Union opened their council meeting "
    "here today. On the sidelines of the meeting, Ghanaian Foreign Minister Kofi Mensah and "
    "Senegalese Foreign Minister Awa Diop signed a visa agreement.",
    ("conference", "held", ("GHA", "KEN", "SEN"), "AU", "2025-03-12"),
)
_row(
    "sidelines-pair",
    D,
    "NAIROBI, March 12 - Foreign ministers of the African Union opened their council meeting "
    "here today. On the margins of the session, Ghana's foreign minister met business "
    "leaders.",
    # (the body's council session is its conference, as in the rows above)
    ("conference", "held", ("KEN",), "AU", "2025-03-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge35(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
