"""Meetings of unseen news, by families of errors (issue 9), sixth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# Officials of several states met "in separate meetings" told after them ("X also met A's
# president and B's president in separate meetings") are one meeting with each, and the
# closing "in separate meetings" is no event of its own.
IN_SEPARATE_MEETINGS: list[tuple[str, str, list[Brief]]] = [
    (
        "two-presidents-after-the-verb",
        "Later, Bolivian Prime Minister Juan Cruz also met President of Chile Pedro Soto and "
        "President of Peru Ana Ruiz in separate meetings on Tuesday.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-09"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "held-talks-in-separate-meetings",
        "Bolivian Foreign Minister Juan Cruz held talks with the foreign ministers of Chile, "
        "Peru and Ecuador in separate meetings in Lima on Monday.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "together-stays-one",
        "Bolivian Foreign Minister Juan Cruz met the foreign ministers of Chile and Peru in a "
        "trilateral meeting in Lima on Monday.",
        [("meeting", "held", ["BOL", "CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in IN_SEPARATE_MEETINGS],
)
def test_in_separate_meetings(body: str, expected: list[Brief]) -> None:
    """Officials met "in separate meetings" are one meeting each."""
    assert briefs_of(body) == expected


# The pair's officials as the subject of "met" with a date before the pair's event told
# already ("Earlier, in January, the foreign ministers of the two countries met in Lima") tell
# an earlier meeting of the pair, not the event before.
EARLIER_MEETING_OF_THE_PAIR: list[tuple[str, str, list[Brief]]] = [
    (
        "earlier-in-a-month",
        "Chilean Foreign Minister Pedro Soto received on Monday a delegation of the Peruvian "
        "Congress led by its Deputy Speaker Ana Ruiz. Earlier, in February, the foreign ministers "
        "of the two countries met in Lima, where they signed a road map.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-02"),
        ],
    ),
    (
        "same-month-stays-one",
        "Chilean Foreign Minister Pedro Soto received on Monday a delegation of the Peruvian "
        "Congress led by its Deputy Speaker Ana Ruiz. The foreign ministers of the two countries "
        "met in Lima in May.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in EARLIER_MEETING_OF_THE_PAIR],
)
def test_earlier_meeting_of_the_pair(body: str, expected: list[Brief]) -> None:
    """The pair's officials who met before the event told are another meeting."""
    assert briefs_of(body) == expected


# "received a call from X" is a call between the two, as "held a call with X" is.
RECEIVED_A_CALL: list[tuple[str, str, list[Brief]]] = [
    (
        "from-his-counterpart",
        "Chilean Foreign Minister Pedro Soto on Tuesday received a call from his Peruvian "
        "counterpart, who thanked him for the help after the floods.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
    (
        "from-a-named-president",
        "President of Chile Pedro Soto received a call from President of Peru Ana Ruiz on Monday.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECEIVED_A_CALL],
)
def test_received_a_call(body: str, expected: list[Brief]) -> None:
    """A call received from an official is a call with that official's state."""
    assert briefs_of(body) == expected


# Envoys of several states each named singly and received for their credentials ("received
# the Ambassador of A, X, and the Ambassador of B, Y, who presented their credentials") are
# one reception each: every envoy presents his own.
ENVOYS_WITH_CREDENTIALS: list[tuple[str, str, list[Brief]]] = [
    (
        "two-envoys-named-singly",
        "On 8 May, the President of Chile received the newly appointed Ambassador of Peru, "
        "Ana Ruiz, and the Ambassador of Ecuador, Luis Mora, who presented their credentials.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "one-envoy",
        "On 8 May, the President of Chile received the newly appointed Ambassador of Peru, "
        "Ana Ruiz, who presented her credentials.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ENVOYS_WITH_CREDENTIALS],
)
def test_envoys_with_credentials(body: str, expected: list[Brief]) -> None:
    """Envoys received for their credentials are one reception each."""
    assert briefs_of(body) == expected


# A reception told with a past verb on a day ("On Monday, the minister received A's
# ambassador") is held and an event of its own, not a mention of a plan the story told before
# (nor does it give the plan its day).
RECEPTION_AFTER_A_PLAN: list[tuple[str, str, list[Brief]]] = [
    (
        "title-subject-after-a-plan",
        "Chile and Peru plan to hold the next meeting of the Joint Economic Commission in Lima in "
        "the autumn, the Chilean Economy Minister told reporters. On Monday, the minister "
        "received Peru's Ambassador to Chile, Ana Ruiz, to go over the commission's agenda.",
        [
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "dateline-and-named-minister",
        "SANTIAGO, May 10. Chile and Peru plan to hold the next meeting of the Joint Economic "
        "Commission in Lima in the autumn, Economy Minister Pedro Soto said. On Monday, the "
        "minister received Peru's Ambassador to Chile, Ana Ruiz, to discuss the agenda.",
        [
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECEPTION_AFTER_A_PLAN],
)
def test_reception_after_a_plan(body: str, expected: list[Brief]) -> None:
    """A reception on a past day is held and no mention of the plan before it."""
    assert briefs_of(body) == expected
