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

# --- a commission's session named on a visit ------------------------------------------------
# The session whose decisions, results or outcomes the sides review on a visit is a session of
# its own, held before: a record beside the visit. The session whose protocol or minutes are
# signed at the talks of the visit is those talks (the visit alone).
_row(
    "decisions-of-a-session-on-a-visit",
    D,
    "The Prime Minister of Finland arrived in Tallinn on Monday on an official visit. The "
    "ministers reviewed how the decisions of the ninth session of the Finnish-Estonian "
    "intergovernmental commission are carried out.",
    ("visit", "held", ("EST", "FIN"), None, "2024-09-09"),
    ("meeting", "held", ("EST", "FIN"), None, None),
)
_row(
    "results-of-a-session-on-a-visit",
    D,
    "The President of Ghana arrived in Lome on Monday on a state visit. The sides discussed the "
    "results of the fourth meeting of the Ghanaian-Togolese joint commission.",
    ("visit", "held", ("GHA", "TGO"), None, "2024-09-09"),
    ("meeting", "held", ("GHA", "TGO"), None, None),
)
_row(
    "outcomes-of-a-session-on-a-visit",
    D,
    "The Foreign Minister of Chile arrived in Lima on Monday on an official visit. The ministers "
    "assessed the outcomes of the third session of the Chilean-Peruvian joint commission.",
    ("visit", "held", ("CHL", "PER"), None, "2024-09-09"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "minutes-of-the-session-signed-on-a-visit",
    D,
    "The President of Vietnam arrived in Vientiane on Tuesday on a state visit. Following the "
    "talks, the sides signed the minutes of the sixth session of the Vietnamese-Lao "
    "intergovernmental commission.",
    ("visit", "held", ("LAO", "VNM"), None, "2024-09-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
