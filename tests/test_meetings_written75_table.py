"""A held round of talks and the next one between the same sides, read off the written articles.

The key meetings missing where an article tells both a held and a planned meeting of one pair
and the library made one record, pooled from the written articles W1-W1320, corpus blind 11
to 23, the owners' dev and crawled keys and our read pages (issue 9, session 75). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the class's rows.

- talks-resume: talks held, then told to resume ("the talks will resume in Quito in May",
  "will resume their negotiations on Friday") with a day or a place of their own, are the
  sides' next sitting, planned, not the held talks' process; "will resume talks" with neither
  stays the process.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- talks held, then told to resume with a day or a place of their own ----------------------
_row(
    "talks-resume",
    D,
    "Chilean and Peruvian fisheries officials ended two days of talks in Arica on Tuesday "
    "without settling the quota dispute. The delegation from Lima flew home today, and the "
    "talks will resume in Cusco in May, officials said.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-04-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2023-05"),
)
_row(
    "talks-resume",
    D,
    "Ghana's Trade Minister Kofi Mensah and Togo's Trade Minister Yao Adjo held talks in Lome "
    "on Monday on customs posts along the border. The ministers will resume their "
    "negotiations, chaired by a senior official of the regional customs union, at the "
    "training centre of the customs service in the northern town of Kara on Friday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
    ("meeting", "planned", ("GHA", "TGO"), None, "2023-04-14"),
)
# near misses: talks to resume with no day or place of their own are the process, no record
_row(
    "talks-resume",
    D,
    "Chilean and Peruvian fisheries officials ended two days of talks in Arica on Tuesday "
    "without settling the quota dispute. Both sides said the talks will resume once their "
    "experts have studied the catch figures.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-04-10"),
)
_row(
    "talks-resume",
    D,
    "Ghana's Trade Minister Kofi Mensah and Togo's Trade Minister Yao Adjo held talks in Lome "
    "on Monday on customs posts along the border. Traders hope the ministers will resume "
    "talks soon.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-04-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written75(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, held and planned, as the table says."""
    assert_told(cls, day, text, expected)
