"""Meeting forms of the recall classes read off the blind audit of 231 corpus articles.

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Tuesday February 11

# --- the story's pair told as the sides of talks ----------------------------------------------
# "A and B agreed ... Delegations from both countries have been meeting", "following talks of the
# two countries' ministers in P", "The two governments agreed to start talks": the mention names
# the pair as its own sides (or as the subject that meets, or that agrees to start talks), and
# the pair is the one the story names as such ("A-B relations", "between A and B", "A and B" in
# its lead), not the states of an event told before it, such as a third state's visit.
_row(
    "story-pair-as-sides",
    D,
    "Officials call anchovy catch limits the thorniest issue in Peru-Chile relations. "
    "Delegations from both countries have been meeting for weeks to resolve it.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "story-pair-as-sides",
    D,
    "Ghana and Togo will reopen their border crossing to traders, the governments said. The "
    "decision came after a meeting of the interior ministers of both countries in Lome on Monday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "story-pair-as-sides",
    D,
    "Kenya and Uganda will build a joint rail terminal at the border, the ministries said. The "
    "two governments also agreed to start talks on a common tariff for their railways.",
    ("meeting", "planned", ("KEN", "UGA"), None, None),
)
_row(
    "story-pair-as-sides",
    D,
    "Canada's trade envoy, touring Latin American capitals, praised the deal between Bolivia and "
    "Paraguay on river tolls. It was reached after a meeting of the transport ministers of both "
    "countries in Asuncion on Tuesday.",
    ("meeting", "held", ("BOL", "PRY"), None, "2025-02-11"),
)
_row(
    "story-pair-as-sides",
    D,
    "Fiji and Samoa will pool their coast guard patrols, the two governments said. Australia's "
    "defence minister visited Suva last week. The plan was drawn up at talks between the "
    "defence ministers of both countries.",
    ("visit", "held", ("AUS", "FJI"), None, None),
    ("meeting", "held", ("FJI", "WSM"), None, None),
)
# near misses: the pair only discussing talks told before stays a mention of them; the pair
# of a headline-less story whose first event is the pair's own keeps that event alone
_row(
    "story-pair-as-sides",
    D,
    "The foreign ministers of Peru and Chile met in Lima on Monday. The two sides discussed "
    "the talks on quotas in their statements.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "story-pair-as-sides",
    D,
    "Water sharing strains Uzbek-Kazakh ties, analysts said. The two countries discussed the "
    "matter in their statements.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_recall_audit(
    cls: str, day: str, text: str, expected: list[Expected]
) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
