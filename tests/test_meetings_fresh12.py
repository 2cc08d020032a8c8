"""Meetings of unseen news, by families of errors (issue 9), fifth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# A guest "also" received by another official of the host state ("X was also received by
# President Y") is one more step of the visit or talks under way, between their sides, not a
# mention of them.
PASSIVE_STEPS: list[tuple[str, str, list[Brief]]] = [
    (
        "also-received-during-the-visit",
        "Bolivian Foreign Minister Juan Cruz, who is on a visit to Asuncion, met with Paraguayan "
        "Foreign Minister Ana Ruiz on May 9. During the visit, Juan Cruz was also received by "
        "President Pedro Gomez.",
        [
            ("visit", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "held", ["BOL", "PRY"], None, "2023-05-09"),
        ],
    ),
    (
        "later-received-after-talks",
        "Bolivian Foreign Minister Juan Cruz held talks with Paraguayan Foreign Minister Ana Ruiz "
        "in Asuncion on May 9. Cruz was later received by President Pedro Gomez.",
        [
            ("meeting", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "held", ["BOL", "PRY"], None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in PASSIVE_STEPS],
)
def test_passive_steps(body: str, expected: list[Brief]) -> None:
    """A guest also received by another host official is a step of its own."""
    assert briefs_of(body) == expected


# A hall or a day between "received" and the guest ("received at the Palace of Peace the
# envoy", "received on May 8 the delegation") still names the guest received.
RECEIVED_WITH_A_HALL_OR_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "hall-then-envoy",
        "President of Paraguay Pedro Gomez received at the Palace of Lopez the European Union "
        "Special Representative for South America Eva Lind on Monday.",
        [("meeting", "held", ["PRY"], "EU", "2023-05-08")],
    ),
    (
        "day-then-delegation",
        "Prime Minister of Paraguay Ana Ruiz received on May 8 the delegation led by Bolivian "
        "Minister of Economy Juan Cruz.",
        [("meeting", "held", ["BOL", "PRY"], None, "2023-05-08")],
    ),
    (
        "weekday-then-minister",
        "Paraguayan President Pedro Gomez received on Tuesday Bolivian Foreign Minister Juan Cruz.",
        [("meeting", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "received-on-a-document-is-no-guest",
        "The ministry received on Tuesday the report of the Bolivian customs service.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECEIVED_WITH_A_HALL_OR_DAY],
)
def test_received_with_a_hall_or_day(body: str, expected: list[Brief]) -> None:
    """A place or a day between the verb and the guest keeps the reception."""
    assert briefs_of(body) == expected


# An event's name, however long ("the Commission on Trade and Economic Cooperation"), then a
# relative clause telling its own taking place ("which will be held in Lima in June", "which
# was held in Quito on May 2", "which Peru is to host next year") gives its tense and date.
OWN_RELATIVE_CLAUSE: list[tuple[str, str, list[Brief]]] = [
    (
        "will-be-held-after-a-long-name",
        "Bolivian Foreign Minister Juan Cruz met with Paraguayan Foreign Minister Ana Ruiz in "
        "Asuncion on May 9. The sides noted the importance of the meeting of the Bolivia-Paraguay "
        "Intergovernmental Commission on Trade and Economic Cooperation, which will be held in "
        "La Paz in June.",
        [
            ("meeting", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "planned", ["BOL", "PRY"], None, "2023-06"),
        ],
    ),
    (
        "scheduled-dates-a-planned-session",
        "Bolivian Foreign Minister Juan Cruz and Paraguayan Foreign Minister Ana Ruiz held a "
        "phone call on May 9. The sides discussed preparations for the next meeting of the "
        "Bolivia-Paraguay Joint Commission on Economic Cooperation, which is scheduled to be held "
        "in Asuncion in July.",
        [
            ("call", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "planned", ["BOL", "PRY"], None, "2023-07"),
        ],
    ),
    (
        "was-held-after-a-future-verb",
        "Bolivian President Juan Cruz held a telephone conversation with Paraguayan President "
        "Ana Ruiz on May 9. Their ministers will review the outcome of the Andes Water Summit, "
        "which was held in Quito on May 2 with the participation of Bolivia, Paraguay, Peru and "
        "Chile.",
        [
            ("call", "held", ["BOL", "PRY"], None, "2023-05-09"),
            # Quito's state hosts the summit: a side too
            ("conference", "held", ["BOL", "CHL", "ECU", "PER", "PRY"], None, "2023-05-02"),
        ],
    ),
    (
        "conference-dated-by-its-clause",
        "The parties exchanged views on the preparations for the Second International Conference "
        'on the Decade for Action "Rivers for Life", which will be held in Asuncion on June '
        "12-14, Paraguayan President Ana Ruiz told Bolivian Foreign Minister Juan Cruz.",
        [("conference", "planned", ["BOL", "PRY"], None, "2023-06-12")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in OWN_RELATIVE_CLAUSE],
)
def test_own_relative_clause(body: str, expected: list[Brief]) -> None:
    """The event's own relative clause gives its status and date."""
    assert briefs_of(body) == expected


# "The co-chairs of the A-B intergovernmental commission discussed ..." names the officials by
# their title, no session; "the next meeting of the commission" told after a call of theirs is
# the next session between the call's two sides.
CO_CHAIRS_AND_THE_NEXT_SESSION: list[tuple[str, str, list[Brief]]] = [
    (
        "co-chairs-after-a-call",
        "Bolivian Deputy Prime Minister Juan Cruz and Paraguayan Minister of Transport Ana Ruiz "
        "held a video conference on May 9. The co-chairs of the Bolivia-Paraguay "
        "intergovernmental commission discussed the construction of the river bridge.",
        [("call", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "next-meeting-after-a-call",
        "Bolivian Deputy Prime Minister Juan Cruz and Paraguayan Minister of Transport Ana Ruiz "
        "held a video conference on May 9. The sides discussed a draft agreement on road "
        "transport, which is expected to be signed at the next meeting of the commission.",
        [
            ("call", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("meeting", "planned", ["BOL", "PRY"], None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in CO_CHAIRS_AND_THE_NEXT_SESSION],
)
def test_co_chairs_and_the_next_session(body: str, expected: list[Brief]) -> None:
    """Co-chairs are a title; the next session after their call is between its sides."""
    assert briefs_of(body) == expected
