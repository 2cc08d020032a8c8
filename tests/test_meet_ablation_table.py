"""Meeting forms of the rules narrowed after the ablation of the meetings patterns (ablatem17).

Each pattern of the meetings modules was neutralised in turn and every read set scored
(docs: the ablation table of the task); the rules whose neutralisation raised the
pooled score were narrowed to the part that earns its precision. A told table
(``meeting_rows`` says what a row is and when it passes); every row is invented.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-09-11"  # a Wednesday: Monday is September 9

# --- "the two countries" and a third state's place ----------------------------------------
# "the two countries" (or their officials: "the two countries' ministers") meeting in a third
# state's city are the story's pair, the city's state no side; "the two countries' trade" owns
# a topic, not the meeting, so the place's state is not put aside for it.
_row(
    "two-countries-topic-not-sides",
    D,
    "The foreign minister of Kenya visited Uganda on Monday. With her Tanzanian counterpart, "
    "she later discussed the two countries' trade and agreed on political consultations in "
    "Dodoma next year.",
    ("visit", "held", ("KEN", "UGA"), None, "2024-09-09"),
    ("meeting", "planned", ("KEN", "TZA"), None, "2025"),
)
_row(
    "two-countries-officials-in-a-third-state",
    D,
    "Kenya and Uganda have agreed to widen their customs union. The two countries' transport "
    "ministers are expected to meet in Kigali in October to discuss the railway.",
    ("meeting", "planned", ("KEN", "UGA"), None, "2024-10"),
)
_row(
    "two-governments-in-a-third-state",
    D,
    "Norway and Iceland set new fishing quotas. After talks in Copenhagen on Tuesday, the two "
    "governments said the quotas would hold for five years.",
    ("meeting", "held", ("ISL", "NOR"), None, "2024-09-10"),
)
_row(
    "both-sides-in-a-third-state",
    D,
    "Ghana and Togo have reopened their border crossing. On Monday, after a high-level meeting "
    "in Abuja, both sides announced a joint patrol of the frontier.",
    ("meeting", "held", ("GHA", "TGO"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
