"""Meetings of unseen news, by families of errors (issue 9), third round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, briefs_of

# Talks of named officials of two states, told in a sentence of their own after the visit they
# are part of, are a record beside the visit ("X arrived on a visit. X then held talks with
# Y"); talks told in the visit's own sentence, told as known ("after their talks"), told
# before the visit, or planned on a planned visit stay the visit.
TALKS_TOLD_APART_FROM_THE_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "arrived-on-a-visit-then-held-talks",
        "Bolivian Foreign Minister Juan Cruz arrived in Asuncion on Monday on a two-day official "
        "visit. Cruz then held talks with his Paraguayan counterpart Ana Ruiz.",
        [
            ("visit", "held", ["BOL", "PRY"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PRY"], None, "2023-05-08"),
        ],
    ),
    (
        "on-a-visit-also-met-the-prime-minister",
        "Bolivian President Juan Cruz is on a state visit to Paraguay. Cruz also met with the "
        "Prime Minister of Paraguay, Ana Ruiz.",
        [
            ("visit", "held", ["BOL", "PRY"], None, None),
            ("meeting", "held", ["BOL", "PRY"], None, None),
        ],
    ),
    (
        "after-their-talks-is-the-visit",
        "Bolivian President Juan Cruz arrived in Asuncion on Monday on a state visit. After "
        "their talks, Cruz and Paraguayan President Ana Ruiz signed a joint declaration.",
        [("visit", "held", ["BOL", "PRY"], None, "2023-05-08")],
    ),
    (
        "planned-talks-on-a-planned-visit",
        "Bolivian President Juan Cruz will pay a state visit to Paraguay on May 20. He will hold "
        "talks with Paraguayan President Ana Ruiz.",
        [("visit", "planned", ["BOL", "PRY"], None, "2023-05-20")],
    ),
    (
        "visit-in-apposition-in-the-talks-sentence",
        "Bolivian Prime Minister Juan Cruz, who is on an official visit to Paraguay, met with "
        "Paraguayan Prime Minister Ana Ruiz on May 9.",
        [("visit", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "talks-told-before-the-visit",
        "Paraguayan President Ana Ruiz held talks with Bolivian President Juan Cruz on May 9. "
        "Cruz arrived in Asuncion on a state visit.",
        [("visit", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in TALKS_TOLD_APART_FROM_THE_VISIT],
)
def test_talks_told_apart_from_the_visit(body: str, expected: list[Brief]) -> None:
    """Talks told in a sentence of their own after the visit are a record beside it."""
    assert briefs_of(body) == expected


# "Consultations" named as what a document plans ("a plan of consultations", "a protocol on
# political consultations") are the document's subject, not an event; consultations held, or
# agreed to be held, still are.
CONSULTATIONS_AS_A_DOCUMENTS_SUBJECT: list[tuple[str, str, list[Brief]]] = [
    (
        "signed-a-plan-of-consultations",
        "Following the talks, the two foreign ministers signed a plan of consultations between "
        "the foreign ministries of Chile and Peru for 2024-2025.",
        [],
    ),
    (
        "signed-a-protocol-on-political-consultations",
        "The ministers also signed a protocol on political consultations between the foreign "
        "ministries of Chile and Peru.",
        [],
    ),
    (
        "an-agreement-on-holding-consultations",
        "Chile and Peru reached an agreement on holding consultations in Lima next week.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "held-political-consultations",
        "Chilean Foreign Minister Rosa Mena and Peruvian Foreign Minister Luis Vega held "
        "political consultations in Lima on Monday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in CONSULTATIONS_AS_A_DOCUMENTS_SUBJECT
    ],
)
def test_consultations_as_a_documents_subject(body: str, expected: list[Brief]) -> None:
    """Consultations a document plans are no event; consultations held are one."""
    assert briefs_of(body) == expected


# A session named by its body's possessive ("the Council's next session", "the intergovernmental
# commission, whose next session") is a session of that body; the body's other possessions
# (its chairman, its decision) are no event.
SESSION_NAMED_BY_ITS_BODY: list[tuple[str, str, list[Brief]]] = [
    (
        "the-commission-whose-next-session",
        "Chilean Foreign Minister Rosa Mena held talks with Peruvian Foreign Minister Luis Vega on "
        "Monday. The sides discussed the work of the intergovernmental commission, whose next "
        "session will be held in Cusco in the autumn.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "the-councils-next-session",
        "Chilean Foreign Minister Rosa Mena held talks with Peruvian Foreign Minister Luis Vega on "
        "Monday. The Council's next session will take place in Lima in the spring of 2024.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
    (
        "the-joint-commissions-next-meeting",
        "The Chile-Peru Joint Commission's next meeting will be held in Arica in June.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "the-commission-whose-chairman",
        "The ministers praised the work of the intergovernmental commission, whose chairman "
        "visited Lima last year.",
        [],
    ),
    (
        "the-councils-decision",
        "The Council's decision was welcomed by Chile and Peru.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SESSION_NAMED_BY_ITS_BODY],
)
def test_session_named_by_its_body(body: str, expected: list[Brief]) -> None:
    """A body's own session, named by its possessive, is an event of that body."""
    assert briefs_of(body) == expected


# A numbered session of a body held on a visit ("pay a state visit ... and chair the second
# meeting of the Council") is a record beside the visit, unless the trip is told as the one to
# the session ("travel to Lima for the second meeting") or the session names the document
# signed at the talks ("the protocol of the fifth session").
SESSION_HELD_ON_A_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "state-visit-and-chair-the-second-meeting",
        "Chilean President Rosa Mena will pay a state visit to Peru on May 20-21. In Lima, the two "
        "heads of state will hold talks and chair the second meeting of the Andean Council of "
        "Presidents.",
        [
            ("visit", "planned", ["CHL", "PER"], None, "2023-05-20"),
            ("meeting", "planned", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "state-visit-when-the-sides-held-the-first-meeting",
        "Peruvian President Luis Vega paid a state visit to Chile in August 2022, when the sides "
        "held the first meeting of the Andean Council of Presidents in Santiago.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-08"),
            ("visit", "held", ["CHL", "PER"], None, "2022-08"),
        ],
    ),
    (
        "travel-for-the-second-meeting-is-the-trip",
        "Chilean Foreign Minister Rosa Mena will travel to Lima on Sunday for the second "
        "meeting of the Chile-Peru Planning Council.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05-14")],
    ),
    (
        "protocol-of-the-fifth-session-is-the-talks",
        "Peruvian President Luis Vega arrived in Santiago on Monday on a state visit. Following "
        "the talks, the sides signed the protocol of the fifth session of the intergovernmental "
        "commission.",
        [("visit", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SESSION_HELD_ON_A_VISIT],
)
def test_session_held_on_a_visit(body: str, expected: list[Brief]) -> None:
    """A numbered session held on a visit is a record beside it, not the trip to it."""
    assert briefs_of(body) == expected


# An earlier or later round of the story's talks ("The previous round was held in Tacna on
# November 21-24", "the previous round of the consultations took place in April 2022") is a
# session of its own between the same two sides, even when their second side is only given
# by the story's pair; a round of anything else (sanctions, a cup) is none.
ROUNDS_OF_THE_TALKS: list[tuple[str, str, list[Brief]]] = [
    (
        "the-previous-round-was-held",
        "The next round of talks between the government delegations of Chile and Peru on the "
        "delimitation of the border will take place in Arica on December 6. The previous round "
        "was held in Tacna on November 21-24.",
        [
            ("meeting", "planned", ["CHL", "PER"], None, "2023-12-06"),
            ("meeting", "held", ["CHL", "PER"], None, "2022-11-21"),
        ],
    ),
    (
        "the-next-round-will-take-place",
        "Chile and Peru held talks in Lima on Monday. The next round will take place in Santiago "
        "in June.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023-06"),
        ],
    ),
    (
        "the-previous-round-of-consultations-after-a-reception",
        "Chairman of the Senate of Peru Luis Vega received a delegation of the Congress of Chile "
        "headed by its Speaker Rosa Mena on Monday. The previous round of the interparliamentary "
        "consultations took place in Arica in April 2022.",
        [
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, "2022-04"),
        ],
    ),
    (
        "the-talks-held-on-monday-are-the-talks",
        "Chile and Peru held talks in Lima. The talks, held on Monday, focused on trade.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "the-next-round-of-sanctions",
        "The next round of sanctions against the regime will be announced in June.",
        [],
    ),
    (
        "the-previous-round-of-a-cup",
        "Chile won the previous round of the regional football cup in Lima in April.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ROUNDS_OF_THE_TALKS],
)
def test_rounds_of_the_talks(body: str, expected: list[Brief]) -> None:
    """A previous or next round of the talks is a session between the same sides."""
    assert briefs_of(body) == expected


def _people(body: str) -> list[tuple[str, list[str], list[str]]]:
    """(kind, countries, participant names) of each meeting of a page of 2023-05-10."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    return [
        (m.kind.value, [c.alpha_3 for c in m.countries], [p.name for p in m.participants])
        for m in extract_meetings(article)
    ]


# The official named as a sentence's source in a closing attribution (", Chilean aide X told
# reporters.", ", Deputy Minister X said.") is no participant of its events, nor does the
# source's state make a side; a participant named again as the source stays one.
SOURCE_IS_NO_PARTICIPANT: list[tuple[str, str, list[tuple[str, list[str], list[str]]]]] = [
    (
        "the-presidents-will-meet-aide-told-reporters",
        "Chilean President Rosa Mena held talks with Peruvian President Luis Vega in Lima on "
        "Monday. The presidents are expected to meet again on the sidelines of the Andean summit "
        "in Quito in July, Chilean presidential aide Pablo Soto told reporters.",
        [
            ("meeting", ["CHL", "PER"], ["Rosa Mena", "Luis Vega"]),
            ("conference", ["CHL", "ECU", "PER"], []),
            ("meeting", ["CHL", "PER"], []),
        ],
    ),
    (
        "talks-deputy-minister-said",
        "Chilean Foreign Minister Rosa Mena will hold talks with Peruvian Foreign Minister Luis "
        "Vega in Lima on May 20, Chilean Deputy Foreign Minister Pablo Soto said.",
        [("meeting", ["CHL", "PER"], ["Rosa Mena", "Luis Vega"])],
    ),
    (
        "a-participant-named-again-as-the-source",
        "Chilean Foreign Minister Rosa Mena met Peruvian Foreign Minister Luis Vega in Lima on "
        "Monday, Mena said.",
        [("meeting", ["CHL", "PER"], ["Rosa Mena", "Luis Vega"])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SOURCE_IS_NO_PARTICIPANT],
)
def test_source_is_no_participant(
    body: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A closing attribution's official is the story's source, not a participant."""
    assert _people(body) == expected


# A courtesy call on an official is a meeting also when a verb of its own follows ("called on X
# and discussed ways to expand trade") or an adverb comes between ("will also call on the UN
# Secretary-General"); "The prime minister" as a subject is the story's prime minister. An
# appeal ("called on Peru to lift the ban") and an airport welcome stay no meeting.
COURTESY_CALLS: list[tuple[str, str, list[Brief]]] = [
    (
        "called-on-and-discussed-ways-to-expand",
        "Chilean Ambassador Pablo Soto called on Peruvian Minister for Economic Affairs Luis Vega "
        "in Lima on Wednesday and discussed ways to expand trade between the two countries.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-10")],
    ),
    (
        "the-prime-minister-will-also-call-on",
        "Chilean Prime Minister Rosa Mena met the President of Peru, Luis Vega, on Wednesday. The "
        "prime minister will also call on the UN Secretary-General on Thursday.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-10"),
            ("meeting", "planned", ["CHL"], "UN", "2023-05-11"),
        ],
    ),
    (
        "called-on-peru-to-lift-is-an-appeal",
        "The Chilean Foreign Minister Rosa Mena called on Peru to lift the ban on imports.",
        [],
    ),
    (
        "met-at-the-airport-is-a-welcome",
        "At the airport, the Prime Minister was met by Deputy Prime Minister of Peru Luis Vega.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in COURTESY_CALLS],
)
def test_courtesy_calls(body: str, expected: list[Brief]) -> None:
    """A courtesy call on an official is a meeting; an appeal is none."""
    assert briefs_of(body) == expected


# Talks told with "also" whose official of a state differs from the one of the talks a visit
# record took in ("said at a meeting with X" ... "X, who arrived on a visit, also held talks
# with the Foreign Minister") are another event; with the same official, the same one.
ALSO_TALKS_WITH_ANOTHER_OFFICIAL: list[tuple[str, str, list[Brief]]] = [
    (
        "also-held-talks-with-another-official",
        "LIMA, May 10 - Peruvian Deputy Prime Minister Luis Vega said trade grew at a meeting with "
        "Chilean Foreign Minister Rosa Mena. Mena, who arrived in Lima on a three-day visit on "
        "Tuesday, also held talks with Peruvian Foreign Minister Jorge Salas.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "also-held-talks-with-the-same-official",
        "LIMA, May 10 - Peruvian Deputy Prime Minister Luis Vega said trade grew at a meeting with "
        "Chilean Foreign Minister Rosa Mena. Mena, who arrived in Lima on a three-day visit on "
        "Tuesday, also held talks with Vega.",
        [("visit", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ALSO_TALKS_WITH_ANOTHER_OFFICIAL],
)
def test_also_talks_with_another_official(body: str, expected: list[Brief]) -> None:
    """Talks "also" held with another official of a state are an event of their own."""
    assert briefs_of(body) == expected


# A hope for an act told at an event ("the sides hope to sign it at the next meeting of the
# commission") hedges the act, not the event: the meeting is planned. A hope to hold talks
# is still a hope for the talks, and a modal on the act ("could sign the deal at") still hedges.
HOPED_ACT_AT_AN_EVENT: list[tuple[str, str, list[Brief]]] = [
    (
        "hope-to-sign-at-the-next-meeting",
        "Chile and Peru are preparing an agreement on fisheries, which the sides hope to sign at "
        "the next meeting of the intergovernmental commission in June.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "could-sign-at-the-next-meeting",
        "The minister said Chile could sign the deal at the next meeting of the intergovernmental "
        "commission.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in HOPED_ACT_AT_AN_EVENT],
)
def test_hoped_act_at_an_event(body: str, expected: list[Brief]) -> None:
    """A hope to sign at a meeting hedges the signing, not the meeting."""
    assert briefs_of(body) == expected


# The story's visitor named by a definite title ("the minister was received by", "The visiting
# minister also called on") in a step of the visit or of the talks is a step of its own with
# the visit's (or talks') two sides; a visitor's past stay ("was in Lima") is none.
STEPS_OF_THE_VISITOR: list[tuple[str, str, list[Brief]]] = [
    (
        "the-minister-was-received-by",
        "Chilean Foreign Minister Rosa Mena arrived in Lima on Tuesday on a two-day official "
        "visit. On the first day of the visit, the minister was received by President of Peru "
        "Luis Vega.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "the-visiting-minister-also-called-on",
        "Peruvian President Luis Vega on Monday received Chilean Foreign Minister Rosa Mena. The "
        "visiting minister also called on Peruvian Army Chief General Jorge Salas in Callao.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "the-minister-was-in-lima",
        "Peruvian President Luis Vega received the new Chilean ambassador on Monday. The minister "
        "was in Lima last week.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in STEPS_OF_THE_VISITOR],
)
def test_steps_of_the_visitor(body: str, expected: list[Brief]) -> None:
    """A step of the visitor named by a definite title is a step with the visit's sides."""
    assert briefs_of(body) == expected


# A step still to come of a visit under way, told with "also" ("X is also expected to meet the
# Trade Minister"), is a record of its own; without "also" ("is expected to meet", "where he
# is due to hold a meeting") the talks announced for the visit are still the visit.
STEPS_STILL_TO_COME_OF_A_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "is-also-expected-to-meet",
        "Peruvian Foreign Minister Luis Vega held talks with Chilean Foreign Minister Rosa Mena, "
        "who is on an official visit to Peru, on May 9. Mena is also expected to meet with "
        "Peruvian Trade Minister Jorge Salas.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "is-expected-to-meet-without-also",
        "Peruvian Foreign Minister Luis Vega held talks with Chilean Foreign Minister Rosa Mena, "
        "who is on an official visit to Peru, on May 9. Mena is expected to meet with Peruvian "
        "Trade Minister Jorge Salas.",
        [("visit", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
    (
        "arrived-where-she-is-due-to-hold-a-meeting",
        "On Tuesday, Chilean President Rosa Mena arrived in Peru, where she is due to hold a "
        "meeting with President Luis Vega.",
        [("visit", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in STEPS_STILL_TO_COME_OF_A_VISIT],
)
def test_steps_still_to_come_of_a_visit(body: str, expected: list[Brief]) -> None:
    """A step "also" still to come of a visit under way is a record of its own."""
    assert briefs_of(body) == expected
