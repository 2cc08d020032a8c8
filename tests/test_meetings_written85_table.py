"""The pair of the talks told as acting at a gathering to come (written keys).

The key meetings of the visible sets where a group's gathering lists more states than we give,
pooled with the written articles W1-W1380, corpus blind 11 to 23, the owners' dev and crawled
keys and our read pages (issue 9, session 85). A told table (``meeting_rows`` says what a row
is and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the class's rows.

- pair-step-at-gathering: the officials of the talks told ("the two ministers", "both
  leaders"), as the subject, doing a step to come at a gathering to come ("will raise it at
  the summit in P in June") take part in it, so the pair are its sides beside its host; a
  gathering held ("will build on what was agreed at the summit last year") and a sentence whose
  subject is not the pair ("the leaders' aides said the king will speak at") gain nothing.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-05-10"  # a Wednesday

# --- the pair's step to come at the gathering makes them its sides ------------------------------
_row(
    "pair-step-at-gathering",
    D,
    "The finance ministers of Chile and Peru met in Lima on Monday. The two ministers will take "
    "up the matter again at the OPEC conference in Vienna on May 20, an official said.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-05-08"),
    ("conference", "planned", ("AUT", "CHL", "PER"), "OPEC", "2023-05-20"),
)
_row(
    "pair-step-at-gathering",
    D,
    "The prime ministers of Kenya and Uganda held talks in Nairobi on Tuesday. Both leaders "
    "would sign the railway accord at the regional summit in Kigali in June, officials said.",
    ("meeting", "held", ("KEN", "UGA"), None, "2023-05-09"),
    ("conference", "planned", ("KEN", "RWA", "UGA"), None, "2023-06"),
)
_row(
    "pair-step-at-gathering",
    D,
    "The trade ministers of Egypt and Jordan held talks in Cairo on Sunday. The two ministers "
    "would present the joint plan at the Arab League summit in Algiers in November, an aide said.",
    ("meeting", "held", ("EGY", "JOR"), None, "2023-05-07"),
    ("conference", "planned", ("DZA", "EGY", "JOR"), "LAS", "2023-11"),
)
# near misses: a gathering held, and a subject that is not the pair
_row(
    "pair-step-at-gathering",
    D,
    "The presidents of Ghana and Togo met in Accra on Monday. The two leaders will build on the "
    "commitments made at the ECOWAS summit in Abuja last year.",
    ("meeting", "held", ("GHA", "TGO"), None, "2023-05-08"),
    ("conference", "held", ("NGA",), "ECOWAS", "2022"),
)
_row(
    "pair-step-at-gathering",
    D,
    "Egyptian and Jordanian ministers held talks in Cairo on Sunday. The leaders' aides said "
    "the Jordanian king will speak at the Arab League summit in Algiers in November.",
    ("meeting", "held", ("EGY", "JOR"), None, "2023-05-07"),
    ("conference", "planned", ("DZA", "JOR"), "LAS", "2023-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written85(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
