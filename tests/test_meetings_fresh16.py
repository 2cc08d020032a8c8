"""Meetings of unseen news, by families of errors (issue 9), ninth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# A gathering to come whose preparations the sides of the talks told before discuss ("The
# presidents also discussed preparations for the summit") has those sides among its
# participants; views on its agenda alone do not say so.
PREPARING_A_GATHERING: list[tuple[str, str, list[Brief]]] = [
    (
        "discussed-preparations-for",
        "Chilean President Marco Ruiz held talks with Peruvian President Luis Vera in Lima on "
        "Tuesday. The presidents also discussed preparations for the Andean summit, which "
        "Bolivia will host in La Paz in June.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("conference", "planned", ["BOL", "CHL", "PER"], None, "2023-06"),
        ],
    ),
    (
        "touched-upon-the-preparation-of",
        "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vera met in Lima "
        "on Tuesday. The sides touched upon the preparation of the Pacific Summit to be held in "
        "Quito in June.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-06"),
        ],
    ),
    (
        "views-on-its-agenda",
        "Chilean President Marco Ruiz held talks with Peruvian President Luis Vera in Lima on "
        "Tuesday. The presidents also exchanged views on the agenda of the Andean summit, which "
        "Bolivia will host in La Paz in June.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("conference", "planned", ["BOL"], None, "2023-06"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in PREPARING_A_GATHERING],
)
def test_preparing_a_gathering(body: str, expected: list[Brief]) -> None:
    """The sides preparing a gathering to come take part in it."""
    assert briefs_of(body) == expected


# A body's council of its members' ministers or leaders is a gathering: "the CIS Heads of
# Government Council", "the Council of Heads of State of the Organization", "the Andean Council
# of Foreign Ministers" (whose preparing sides take part); "a meeting of the X Council of Heads
# of State" stays that one meeting.
MEMBERS_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "on-the-sidelines-of-the-heads-of-government-council",
        "Chilean Prime Minister Ana Soto met with Peruvian Prime Minister Luis Vera on the "
        "sidelines of the CIS Heads of Government Council in Yerevan in late April.",
        [
            ("conference", "held", ["ARM", "CHL", "PER"], "CIS", "2023-04"),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "council-of-heads-of-state-convened",
        "On Tuesday, the Council of Heads of State of the OTS convened in Baku.",
        [("conference", "held", ["AZE"], "OTS", "2023-05-09")],
    ),
    (
        "positions-coordinated-ahead-of-it",
        "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vera "
        "in Lima on Tuesday. The ministers coordinated their positions ahead of the Andean "
        "Council of Foreign Ministers, which is set to convene in Quito next week.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-05"),
        ],
    ),
    (
        "a-meeting-of-the-council",
        "A meeting of the CIS Council of Heads of State is taking place in Minsk today.",
        [("conference", "held", ["BLR"], "CIS", "2023-05-10")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in MEMBERS_COUNCIL],
)
def test_members_council(body: str, expected: list[Brief]) -> None:
    """A council of a body's ministers or leaders is a gathering of its own."""
    assert briefs_of(body) == expected


# The councils of the Eurasian Economic Union, named without the union's name, are its
# gatherings: "the meeting of the Eurasian Intergovernmental Council in Bishkek".
UNION_COUNCILS: list[tuple[str, str, list[Brief]]] = [
    (
        "intergovernmental-council",
        "Border issues will be discussed at the meeting of the Eurasian Intergovernmental "
        "Council in Astana on May 24-25.",
        [("conference", "planned", ["KAZ"], "EAEU", "2023-05-24")],
    ),
    (
        "supreme-council",
        "The Supreme Eurasian Economic Council will meet in Yerevan on May 30.",
        [("conference", "planned", ["ARM"], "EAEU", "2023-05-30")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in UNION_COUNCILS],
)
def test_union_councils(body: str, expected: list[Brief]) -> None:
    """The union's councils named on their own are its gatherings."""
    assert briefs_of(body) == expected


# An event's own participle after its name (", held in Lima on Friday") gives its day, not a
# time told before it in the sentence nor the want of one.
OWN_PARTICIPLE: list[tuple[str, str, list[Brief]]] = [
    (
        "after-a-trade-period",
        "LIMA, May 5. Chile's exports to Peru in January-April 2023 amounted to $95 million, "
        "Deputy Prime Minister Ana Soto told the 12th meeting of the Chilean-Peruvian "
        "intergovernmental commission on trade and economic cooperation, held in Lima on Friday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-05")],
    ),
    (
        "a-past-month",
        "The 9th meeting of the Chile-Peru Intergovernmental Commission on Economic Cooperation, "
        "held in Santiago in December 2022, reviewed the joint action plan.",
        [("meeting", "held", ["CHL", "PER"], None, "2022-12")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in OWN_PARTICIPLE],
)
def test_own_participle(body: str, expected: list[Brief]) -> None:
    """The participle "held in X on <day>" after an event's name dates that event."""
    assert briefs_of(body) == expected
