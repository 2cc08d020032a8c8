"""Meetings: how many events a story tells, and which mention is which event.

One meeting per partner, official or guest ("in separate meetings", guests received in
turn), steps of a visit, visits in apposition to the talks, sessions held on a visit, and
later mentions of an event told already. Rows are sentences written for these tests with
invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, Summary, briefs_of, summary


def _held(states: list[str], date: str | None, names: list[str]) -> Summary:
    return ("meeting", "held", states, date, names)


# Guests received one by one, or envoys presenting credentials: one meeting per state.
IN_TURN: list[tuple[str, str, list[Summary]]] = [
    (
        "credentials",
        "President Ana Ruiz of Chile received the credentials of newly appointed ambassadors "
        "of Peru, Bolivia and Ecuador on Tuesday.",
        [
            _held(["BOL", "CHL"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "ECU"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"]),
        ],
    ),
    (
        "ambassadors-plural",
        "President Ana Ruiz of Chile received the newly appointed ambassadors of Peru and "
        "Bolivia on Tuesday.",
        [
            _held(["BOL", "CHL"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"]),
        ],
    ),
    (
        "one-after-another",
        "On Tuesday, the President of Chile received one after another the foreign ministers "
        "of Peru, Bolivia and Ecuador.",
        [
            _held(["BOL", "CHL"], "2023-05-09", []),
            _held(["CHL", "ECU"], "2023-05-09", []),
            _held(["CHL", "PER"], "2023-05-09", []),
        ],
    ),
    # an envoy presenting credentials to a head of state meets that head of state
    (
        "presented-credentials",
        "Peruvian Ambassador Luis Paz presented his credentials to Chilean President Ana Ruiz "
        "on Tuesday.",
        [_held(["CHL", "PER"], "2023-05-09", ["Luis Paz", "Ana Ruiz"])],
    ),
    # one ambassador received is one meeting, as before
    (
        "one-ambassador",
        "President Ana Ruiz of Chile received the ambassador of Peru on Tuesday.",
        [_held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"])],
    ),
]


# Talks of the same pair whose officials for one state are other people: two events.
OTHER_OFFICIALS: list[tuple[str, str, list[Summary]]] = [
    (
        "earlier-talks-of-ministers",
        "Chilean President Ana Ruiz met Peruvian President Luis Paz on Tuesday. Earlier, "
        "Chilean Foreign Minister Omar Vidal held talks with his Peruvian counterpart.",
        [
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Omar Vidal"]),  # "Earlier,": a step of the day
        ],
    ),
    (
        "guest-also-met-a-minister",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "Paz also met with Chilean Defence Minister Omar Vidal.",
        [
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"]),
            _held(["CHL", "PER"], None, ["Luis Paz", "Omar Vidal"]),
        ],
    ),
    # one official named in two forms sharing a name word: one event
    (
        "one-official-named-two-ways",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "President Ana Ruiz Tagle of Chile held talks with Foreign Minister Luis Paz Soldan "
        "of Peru on Tuesday.",
        [
            _held(
                ["CHL", "PER"],
                "2023-05-09",
                ["Ana Ruiz", "Luis Paz", "Ana Ruiz Tagle", "Luis Paz Soldan"],
            )
        ],
    ),
    # the same officials named again: one event
    (
        "same-officials",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "During the meeting, Ruiz and Paz discussed trade.",
        [_held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"])],
    ),
]


def _extract(body: str, title: str | None = None, outlet: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title, outlet=outlet)
    return sorted((summary(m) for m in extract_meetings(article)), key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in IN_TURN], ids=[c[0] for c in IN_TURN]
)
def test_guests_received_in_turn_are_one_meeting_each(body: str, expected: list[Summary]) -> None:
    """Envoys or ministers received one after another make one meeting per state."""
    assert _extract(body) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in OTHER_OFFICIALS], ids=[c[0] for c in OTHER_OFFICIALS]
)
def test_other_officials_of_a_state_make_another_meeting(
    body: str, expected: list[Summary]
) -> None:
    """Talks whose officials for one state differ are two events; the same officials, one."""
    assert _extract(body) == sorted(expected, key=str)


NATO_VISIT = (
    "Secretary General of the North Atlantic Treaty Organization (NATO) Jan Berg is to make a "
    "two-day official visit to Chile on May 12. The message says that the NATO secretary "
    "general will hold meetings with top Chilean officials"
)


# (row id, body, [Brief])
STEPS_AND_PLANS: list[tuple[str, str, list[Brief]]] = [
    # talks told as part of a visit are the visit; told apart, they are talks of their own
    (
        "talks-in-the-course-of-the-visit",
        NATO_VISIT + " in the course of the visit.",
        [("visit", "planned", ["CHL"], "NATO", "2023-05-12")],
    ),
    (
        "talks-not-told-as-part-of-the-visit",
        NATO_VISIT + ".",
        [
            ("visit", "planned", ["CHL"], "NATO", "2023-05-12"),
            ("meeting", "planned", ["CHL"], "NATO", None),
        ],
    ),
    # "also met" after a visit of years ago is one more event, undated by that visit
    (
        "also-met-after-an-old-visit",
        "Chilean President Ana Ruiz has received a delegation led by Peruvian Foreign Minister "
        "Luis Paz. The President recalled his official visit to Peru in 2019. Paz also met with "
        "Chilean Foreign Minister Omar Vidal.",
        [
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2019"),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    # a headline's "X to host" and an invitation to visit are plans
    (
        "headline-to-host",
        "Lima to host trilateral meeting of foreign ministers of Chile, Peru and Bolivia",
        [("meeting", "planned", ["BOL", "CHL", "PER"], None, None)],
    ),
    (
        "invitation-to-visit",
        "President Ana Ruiz of Chile conveyed an invitation for Peruvian President Luis Paz to "
        "visit Chile later this year.",
        [("visit", "planned", ["CHL", "PER"], None, "2023")],
    ),
    # an earlier session of a gathering of many is its host's alone
    (
        "first-such-conference-is-its-hosts",
        "On May 8, the President of Chile received one after another the foreign ministers of "
        "Peru, Bolivia and Ecuador, who are in Santiago for the international water conference. "
        "Last year, the first such conference was held in Santiago as well.",
        [
            ("conference", "held", ["BOL", "CHL", "ECU", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("conference", "held", ["CHL"], None, "2022"),
        ],
    ),
]


# A trip under way in an opening phrase takes no sides from the main clause; a visit whose
# own predicate "will take place" comes late is planned; talks named as a trip's purpose
# ("for talks") are the trip; "amid tensions with B" names no side.
TRIPS: list[tuple[str, str, list[Brief]]] = [
    (
        "continuing-his-tour",
        "Continuing his latest regional tour, Peruvian Foreign Minister Luis Paz is set to visit "
        "Chile within the coming weeks.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "visit-will-take-place",
        "A visit to Chile by Peru's Foreign Minister Luis Paz will take place in the coming "
        "weeks, the spokesperson said.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "travel-for-talks-amid-tensions",
        "Peruvian Foreign Minister Luis Paz will travel to Santiago for talks with his Chilean "
        "counterpart amid tensions with Bolivia.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


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


# A planned session of a named body (a commission, council, committee, working group) is no
# mention of a planned meeting of another body or of talks of officials told before it: two
# records. Two mentions of one body's session stay one.
SESSIONS_OF_OTHER_BODIES: list[tuple[str, str, list[Brief]]] = [
    (
        "council-then-commission-before-the-summit",
        "The first meeting of the Supreme Council between Ghana and Senegal will be held in Dakar "
        "next week. Before the summit, the Ghana-Senegal intergovernmental commission will hold "
        "its tenth meeting in Dakar, co-chaired by Ghana's Minister of Trade Kofi Mensah and "
        "Senegal's Deputy Prime Minister Awa Ndiaye.",
        [
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-05"),
            ("meeting", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "council-then-commission-before-it",
        "The first meeting of the High-Level Council between Ghana and Senegal will be held in "
        "Dakar next week. Before it, the Ghana-Senegal intergovernmental commission will meet in "
        "Dakar.",
        [
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-05"),
            ("meeting", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "speakers-meeting-then-commission",
        "The next meeting of the speakers of Ghana and Senegal will be held in Accra later this "
        "year. Kofi Mensah said that the Ghana-Senegal intergovernmental commission would meet in "
        "Accra in October.",
        [
            ("meeting", "planned", ["GHA", "SEN"], None, "2023"),
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-10"),
        ],
    ),
    (
        "one-commission-told-twice",
        "The Ghana-Senegal intergovernmental commission will meet in Dakar in October. At the "
        "meeting of the commission the sides will sign a trade protocol.",
        [("meeting", "planned", ["GHA", "SEN"], None, "2023-10")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in SESSIONS_OF_OTHER_BODIES],
    ids=[row[0] for row in SESSIONS_OF_OTHER_BODIES],
)
def test_sessions_of_other_bodies_are_two_events(body: str, expected: list[Brief]) -> None:
    """A planned session of a body is no mention of another planned meeting."""
    assert briefs_of(body) == expected


# A held step of the story's day ("Earlier in the day the delegation held talks at the
# ministry") is a step of the visit under way, never of a visit still to come told after it
# (an invitation to a state visit): a meeting of its own between the visit's sides.
HELD_STEPS_OF_THE_VISIT_UNDER_WAY: list[tuple[str, str, list[Brief]]] = [
    (
        "step-after-an-invitation",
        "Ghanaian Foreign Minister Kofi Mensah received on Tuesday a delegation led by Senegalese "
        "Deputy Foreign Minister Awa Ndiaye, who is in Accra for political consultations. Ndiaye "
        "conveyed an invitation from the Senegalese President to his Ghanaian counterpart to pay "
        "a state visit to Senegal this year. Earlier in the day the Senegalese delegation held "
        "talks at the Ministry of Trade.",
        [
            ("visit", "held", ["GHA", "SEN"], None, "2023-05-09"),
            ("visit", "planned", ["GHA", "SEN"], None, "2023"),
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05-09"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in HELD_STEPS_OF_THE_VISIT_UNDER_WAY],
    ids=[row[0] for row in HELD_STEPS_OF_THE_VISIT_UNDER_WAY],
)
def test_a_held_step_is_of_the_visit_under_way(body: str, expected: list[Brief]) -> None:
    """A held step is a step of the visit under way, not of a visit to come."""
    assert briefs_of(body) == expected


# "received one after another the ministers of A, B and C" is one meeting with each guest's
# state, also with a place or commas between the verb and its guests; a thing received is none.
GUESTS_RECEIVED_IN_TURN: list[tuple[str, str, list[Brief]]] = [
    (
        "place-and-commas-before-the-guests",
        "The President of Ecuador on Monday received in the Carondelet Palace, one after another, "
        "the foreign ministers of Chile, Peru and Bolivia.",
        [
            ("meeting", "held", ["BOL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["ECU", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "in-turn-between-commas",
        "The President of Ecuador on Monday received, in turn, the foreign ministers of Chile and "
        "Peru.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["ECU", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "no-commas",
        "On May 8, the President of Ecuador received one after another the foreign ministers of "
        "Chile, Peru and Bolivia.",
        [
            ("meeting", "held", ["BOL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["ECU", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "things-received-in-turn",
        "The President of Ecuador on Monday received in the Carondelet Palace, one after another, "
        "awards for the national team.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in GUESTS_RECEIVED_IN_TURN],
    ids=[row[0] for row in GUESTS_RECEIVED_IN_TURN],
)
def test_guests_received_in_turn(body: str, expected: list[Brief]) -> None:
    """Guests received in turn are one meeting each, also after a place and commas."""
    assert briefs_of(body) == expected


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


# Talks "held in" a place at a month before the story's events ("recalled the talks held in
# Lima last October") are an earlier meeting of the pair of the story's event holding that
# place's state, not a mention of that event.
RECALLED_TALKS_HELD_IN: list[tuple[str, str, list[Brief]]] = [
    (
        "last-month-name",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. Welcoming the envoy, the minister recalled the talks held in Santiago last October "
        "between the heads of the two foreign ministries.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2022-10"),
        ],
    ),
    (
        "month-of-last-year",
        "Bolivian Foreign Minister Juan Cruz met Chilean Foreign Minister Pedro Soto in La Paz on "
        "Monday. Soto recalled the talks held in Santiago in April of last year, after which a "
        "road map was signed.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2022-04"),
        ],
    ),
    (
        "undated-stays-one",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. The minister recalled the talks held in Santiago.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "same-month-stays-one",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. The minister recalled the talks held in Santiago in May.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECALLED_TALKS_HELD_IN],
)
def test_recalled_talks_held_in(body: str, expected: list[Brief]) -> None:
    """Talks held in a place at an earlier month are a meeting of their own."""
    assert briefs_of(body) == expected


# "In separate meetings," opening the sentence before its subject: the verb's partners each
# had a meeting of their own, as in "met A and B in separate meetings".
SEPARATE_OPENER: list[tuple[str, str, list[Brief]]] = [
    (
        "conferred-with-three",
        "In separate meetings, Chilean President Marco Ruiz conferred with Peruvian President "
        "Ana Soto, Bolivian Prime Minister Luis Vera and President of Ecuador Pablo Mena on "
        "Tuesday.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "held-talks-with-two",
        "In separate talks, Latvian Foreign Minister Anna Berzina on Monday met Estonian "
        "Foreign Minister Karl Tamm and Finnish Foreign Minister Olli Virta.",
        [
            ("meeting", "held", ["EST", "LVA"], None, "2023-05-08"),
            ("meeting", "held", ["FIN", "LVA"], None, "2023-05-08"),
        ],
    ),
]


# A definite event named with a clause telling who held it ("the state visit he paid to
# Santiago last October", "the talks he held with the Peruvian leader") is an event of its
# own, not a mention of one told before.
HELD_BY_CLAUSE: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "the-visit-he-paid",
        "A telephone conversation took place on Monday between President of Chile Marco Ruiz "
        "and President of Peru Ana Soto. Having congratulated his counterpart, the Peruvian "
        "President recalled with warmth the state visit he paid to Santiago last October.",
        [("call", "held", ["CHL", "PER"]), ("visit", "held", ["CHL", "PER"])],
    ),
    (
        "the-talks-he-held",
        "Chilean President Marco Ruiz held a telephone conversation with Peruvian President Ana "
        "Soto on Monday. The Chilean President also noted the productive nature of the talks he "
        "held with the Peruvian leader on the sidelines of the Pacific Summit, which was held "
        "in Quito on May 4.",
        [
            ("call", "held", ["CHL", "PER"]),
            ("conference", "held", ["CHL", "ECU", "PER"]),
            ("meeting", "held", ["CHL", "PER"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in HELD_BY_CLAUSE],
)
def test_held_by_clause(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Events named with who held them ("the visit he paid to X") are events of their own."""
    assert [(kind, status, sides) for kind, status, sides, _, _ in briefs_of(body)] == expected


# "X was also received by Y" with both sides named is one more step of its own, as when the
# host's state comes from the event under way.
ALSO_RECEIVED_BY: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "after-a-commission",
        "Chile's Deputy Prime Minister Marco Ruiz and Peru's Minister of Economy Ana Soto "
        "co-chaired the ninth meeting of the Chile-Peru Intergovernmental Commission in Lima on "
        "Monday.\n\n"
        "Ruiz was also received by the Peruvian Prime Minister, who called the railway a "
        "project for the whole region.",
        [("meeting", "held", ["CHL", "PER"]), ("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "after-talks-at-a-forum",
        "Chilean Transport Minister Marco Ruiz met with Peruvian Transport Minister Ana Soto on "
        "the sidelines of the Pacific Investment Forum in Quito on Monday.\n\n"
        "Ruiz was also received by Ecuador's Minister of Transport Luis Vera.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"]),
            ("meeting", "held", ["CHL", "PER"]),
            ("meeting", "held", ["CHL", "ECU"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ALSO_RECEIVED_BY],
)
def test_also_received_by(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """A guest "also received by" a named host is a meeting of its own."""
    assert [(kind, status, sides) for kind, status, sides, _, _ in briefs_of(body)] == expected


Row = tuple[str, list[str]]  # (countries joined by "-", the officials named of those expected)


def _rows(body: str, named: set[str]) -> list[Row]:
    """The talks and calls of a page of 2023-05-10, with the officials of ``named`` each has."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    return [
        ("-".join(s[2]), sorted(n for n in s[4] if n in named))
        for s in (summary(m) for m in extract_meetings(article))
        if s[0] in ("meeting", "call")
    ]


# Several officials of ONE state met "in separate meetings" / "separately" (or "one after
# another", "in turn"): one meeting per official, as "in separate meetings" with officials of
# several states gives one per state. Without such words, "met A and B" is one meeting.
SEPARATE_OFFICIALS: list[tuple[str, str, list[Row]]] = [
    (
        "received-by-three-in-separate-meetings",
        "President of Peru Ana Soto on Tuesday received a delegation led by Chilean Foreign "
        "Minister Marco Ruiz.\n\n"
        "Later in the day, the Chilean minister was received by Prime Minister Luis Vera, "
        "Defence Minister Pablo Mena and Energy Minister Rosa Quispe, in separate meetings.",
        [
            ("CHL-PER", ["Ana Soto"]),
            ("CHL-PER", ["Luis Vera"]),
            ("CHL-PER", ["Pablo Mena"]),
            ("CHL-PER", ["Rosa Quispe"]),
        ],
    ),
    (
        "also-met-separately-with-two",
        "Latvian Foreign Minister Anna Berzina held talks with Estonian Foreign Minister Karl "
        "Tamm in Tallinn on Tuesday.\n\n"
        "Berzina also met separately with Estonian Prime Minister Olli Saar and Estonian "
        "Economy Minister Jaan Kask.",
        [
            ("EST-LVA", ["Karl Tamm"]),
            ("EST-LVA", ["Olli Saar"]),
            ("EST-LVA", ["Jaan Kask"]),
        ],
    ),
    (
        "in-separate-talks-opener",
        "In separate talks, Chilean Foreign Minister Marco Ruiz on Tuesday met Peruvian "
        "President Ana Soto and Peruvian Prime Minister Luis Vera.",
        [
            ("CHL-PER", ["Ana Soto"]),
            ("CHL-PER", ["Luis Vera"]),
        ],
    ),
    (
        "one-after-another",
        "The Estonian delegation on Tuesday met Latvian Prime Minister Anna Berzina and "
        "Latvian Finance Minister Ilze Ozola one after another.",
        [
            ("EST-LVA", ["Anna Berzina"]),
            ("EST-LVA", ["Ilze Ozola"]),
        ],
    ),
    (
        "together-stays-one",
        "Chilean Foreign Minister Marco Ruiz on Tuesday met Peruvian President Ana Soto and "
        "Peruvian Prime Minister Luis Vera.",
        [("CHL-PER", ["Ana Soto", "Luis Vera"])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SEPARATE_OFFICIALS],
)
def test_separate_officials(body: str, expected: list[Row]) -> None:
    """Officials of one state met "in separate meetings": one meeting per official."""
    named = {name for _, names in expected for name in names}
    assert sorted(_rows(body, named)) == sorted(expected)


# A step told with the story's visitor as its subject ("the delegation held talks with", "the
# visiting delegation also called on") and no state of its own: one more meeting, between the
# sides of the talks under way, even when the host official is named by an office only.
VISITOR_STEPS: list[tuple[str, str, list[Row]]] = [
    (
        "the-delegation-held-talks",
        "Peruvian Foreign Minister Ana Soto on Monday received a delegation of the Chilean "
        "Senate led by its Deputy Speaker, Marco Ruiz.\n\n"
        "Later the same day the delegation held talks with the President of the Congress, "
        "Luis Vera, on parliamentary ties.",
        [("CHL-PER", ["Ana Soto"]), ("CHL-PER", [])],
    ),
    (
        "the-visiting-delegation-also-called-on",
        "Peru and Chile held political consultations in Lima on Monday, led by Deputy Foreign "
        "Ministers Ana Soto and Marco Ruiz.\n\n"
        "Officials said the visiting delegation also called on the Minister for Energy, Pablo "
        "Mena.",
        [("CHL-PER", []), ("CHL-PER", [])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in VISITOR_STEPS],
)
def test_visitor_steps(body: str, expected: list[Row]) -> None:
    """The visitor's next step with another host: a meeting of its own."""
    named = {name for _, names in expected for name in names}
    assert sorted(_rows(body, named)) == sorted(expected)


# A visit told in apposition to a person of the talks ("B, who is on a visit to A") is one event
# with the talks of its sentence, as is a visit told as their setting ("on a visit to A, B held
# talks"): the crawled key merges both shapes (see APPOSED_VISIT_IS_THE_TALKS).
APPOSED_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "held-talks-with-b-who-is-on-a-visit",
        "Latvian Foreign Minister Ivars Ozols held talks with Chilean Foreign Minister Rosa Mena, "
        "who is on an official visit to Latvia, on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
    (
        "received-b-who-is-in-our-country-on-a-visit",
        "President of Peru Luis Vega today received the Minister of Foreign Affairs of Ecuador "
        "Jorge Salas, who is in our country on a working visit.",
        [("visit", "held", ["ECU", "PER"], None, "2023-05-10")],
    ),
    (
        "on-a-visit-b-held-talks-is-one-visit",
        "Chilean Foreign Minister Rosa Mena, on a visit to Latvia, held talks with Latvian Foreign "
        "Minister Ivars Ozols on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
    (
        "during-her-visit-is-one-visit",
        "During her visit to Latvia, Chilean Foreign Minister Rosa Mena held talks with Latvian "
        "Foreign Minister Ivars Ozols on May 8.",
        [("visit", "held", ["CHL", "LVA"], None, "2023-05-08")],
    ),
]


# Gatherings named in a row ("the A Summit and the 13th B Forum") are two events, however long
# the second one's name.
GATHERINGS_IN_A_ROW: list[tuple[str, str, list[Brief]]] = [
    (
        "a-summit-and-a-numbered-forum",
        "Hosting major events such as the upcoming Andean Leaders Summit and the 13th World Ocean "
        "Energy Forum boosts Peru's visibility.",
        [
            ("conference", "planned", ["PER"], None, None),
            ("conference", "planned", ["PER"], None, None),
        ],
    ),
    (
        "a-summit-and-a-first-summit",
        "Chile will host the Pacific Leaders Summit and the first Pacific Alliance Climate Summit.",
        [
            ("conference", "planned", ["CHL"], None, None),
            ("conference", "planned", ["CHL"], None, None),
        ],
    ),
]


# States meeting on the sidelines of a gathering take part in it: the gathering of their
# sentence, else the latest one told before, when both are held or both planned.
SIDELINES: list[tuple[str, str, list[Brief]]] = [
    (
        "on-the-sidelines-of-the-summit-told-before",
        "The Pacific Leaders Summit opened in Lima on Tuesday. On the sidelines of the summit, "
        "Chilean President Rosa Mena met Ecuadorian President Jorge Salas.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-09"),
        ],
    ),
    (
        "would-meet-on-the-sidelines-of-a-summit-to-come",
        "Leaders will gather for the Andean Summit in Quito next week. According to reports, "
        "Chilean President Rosa Mena and Peruvian President Luis Vega would meet on the "
        "sidelines of the summit.",
        [
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-05"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023-05"),
        ],
    ),
]


# Talks "with" officials of two states, each named with a title of their own, are one meeting
# with each; a cue word ("trilateral", "both", "between", a summit) keeps them one event.
OFFICIALS_APART: list[tuple[str, str, list[Brief]]] = [
    (
        "talks-with-two-states-officials",
        "Chilean President Rosa Mena also held talks with Peruvian Prime Minister Luis Vega and "
        "Ecuadorian President Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "discussed-with-two-states-officials",
        "Chilean Foreign Minister Rosa Mena said she had discussed the crisis with Peruvian "
        "President Luis Vega and Ecuadorian Prime Minister Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "ECU"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "a-trilateral-meeting-with-two",
        "Chilean President Rosa Mena held a trilateral meeting with Peruvian Prime Minister Luis "
        "Vega and Ecuadorian President Jorge Salas.",
        [("meeting", "held", ["CHL", "ECU", "PER"], None, None)],
    ),
    (
        "met-with-both",
        "Chilean President Rosa Mena met with both Peruvian Ambassador Luis Vega and Ecuadorian "
        "Ambassador Jorge Salas.",
        [("meeting", "held", ["CHL", "ECU", "PER"], None, None)],
    ),
]


# A session to come ("the upcoming meeting of the commission") told after held talks or during
# a visit under way is the sides' next session, not a mention of the talks or of the visit.
COMING_SESSION: list[tuple[str, str, list[Brief]]] = [
    (
        "upcoming-commission-during-a-visit",
        "President of Chile Rosa Mena today received the Minister of Foreign Affairs of Peru Luis "
        "Vega, who is in our country on a working visit. Issues of preparation for the upcoming "
        "meeting of the intergovernmental commission, which will be held in Lima in the autumn, "
        "were also discussed.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-10"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "upcoming-commission-with-no-place-of-its-own",
        "President of Latvia Ivars Ozols today received the Minister of Foreign Affairs of Estonia "
        "Kaia Tamm, who is in our country on a working visit. Issues of preparation for the "
        "upcoming meeting of the intergovernmental commission were also discussed.",
        [
            ("visit", "held", ["EST", "LVA"], None, "2023-05-10"),
            ("meeting", "planned", ["EST", "LVA"], None, None),
        ],
    ),
    (
        "the-next-session-after-held-talks",
        "Chilean Foreign Minister Rosa Mena held talks with Peruvian Foreign Minister Luis Vega in "
        "Santiago on May 9. The sides discussed the next session of the joint commission.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, None),
        ],
    ),
]


# A visit told in apposition to a person of the talks ("B, who is on a visit to A, met C") is
# one event with the talks of its sentence, dated by them: the crawled key (same annotators as
# the hidden pages) merges this shape, and the spec counts each distinct event once.
APPOSED_VISIT_IS_THE_TALKS: list[tuple[str, str, list[Brief]]] = [
    (
        "b-who-is-on-a-visit-met-c-on-a-day",
        "Bolivian Prime Minister Juan Cruz, who is on an official visit to Paraguay, met with "
        "Paraguayan Prime Minister Ana Ruiz on May 9.",
        [("visit", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "b-who-came-on-a-working-visit-was-received",
        "Ecuadorian Foreign Minister Jorge Salas, who came to Asuncion on a working visit, was "
        "received by President of Paraguay Ana Ruiz on May 9.",
        [("visit", "held", ["ECU", "PRY"], None, "2023-05-09")],
    ),
    (
        "a-held-visit-is-no-planned-visit",
        "Bolivian Prime Minister Juan Cruz, who is on an official visit to Paraguay, met with "
        "Paraguayan Prime Minister Ana Ruiz on May 9. The sides discussed the visit of the "
        "Paraguayan President to La Paz planned for next year.",
        [
            ("visit", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("visit", "planned", ["BOL", "PRY"], None, "2024"),
        ],
    ),
]


# A step of the day's programme told by "Earlier," at the sentence's start or by "later" just
# before its verb ("X later held talks with Y") is an event of its own, on the day of the steps.
STEPS_OF_THE_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "earlier-comma-talks-after-a-reception",
        "Peruvian Prime Minister Luis Vega on Monday received Chilean Foreign Minister Rosa Mena "
        "at the PM Office. Earlier, Mena held delegation-level talks with Peruvian Foreign "
        "Minister Ana Ruiz at the Foreign Office.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "x-later-held-talks-during-a-visit",
        "President of Peru Luis Vega on Monday received Chilean Foreign Minister Rosa Mena, who "
        "arrived in Lima on a two-day working visit. Mena later held talks with her Peruvian "
        "counterpart Ana Ruiz.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "later-said-is-no-step",
        "Peruvian Prime Minister Luis Vega on Monday received Chilean Foreign Minister Rosa Mena. "
        "He later said the talks had been useful.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


# An event the story recalls keeps what its sentence tells: "recalled his visit to X in 2021 and
# the meetings held with Y" are that visit's talks (never the date of the undated news before),
# and a visit each way between the same two states is two visits.
RECALLED_EVENTS: list[tuple[str, str, list[Brief]]] = [
    (
        "the-meetings-of-a-recalled-visit",
        "The President of Peru Luis Vega has received Minister of Foreign Affairs of Chile Rosa "
        "Mena. During the meeting, the head of state recalled his visit to Santiago in 2021 and "
        "the meetings held with President Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2021"),
        ],
    ),
    (
        "a-visit-each-way",
        "The President of Peru Luis Vega has received Minister of Foreign Affairs of Chile Rosa "
        "Mena. During the meeting, the head of state recalled his visit to Santiago in 2021. The "
        "Chilean minister is on a two-day visit to Lima.",
        [
            ("visit", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2021"),
        ],
    ),
]


# "We expect a visit", "they await the visit": the event is to come.
EXPECTED_EVENTS: list[tuple[str, str, list[Brief]]] = [
    (
        "we-expect-a-return-visit",
        '"Last year Peruvian President Luis Vega paid a visit to Chile. We expect a return visit '
        'of Chilean President Rosa Mena to Lima this year," the ambassador said.',
        [
            ("visit", "held", ["CHL", "PER"], None, "2022"),
            ("visit", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "they-await-the-visit",
        "The ministers said they await the visit of the Peruvian President to Chile.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


# The pair's event told with a place in another state than the event before it ("consultations
# in Santiago" after "the visit to Peru") is an event of its own, not a mention of that one.
PLACE_OF_ITS_OWN: list[tuple[str, str, list[Brief]]] = [
    (
        "consultations-in-the-other-state",
        "Chilean Foreign Minister Rosa Mena held a video conference with her Peruvian counterpart "
        "Luis Vega on May 8. The ministers discussed the upcoming visit of the Chilean President "
        "to Peru. The ministry said the two ministers agreed to hold political consultations "
        "between their foreign ministries in Santiago in the autumn.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], None, None),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "consultations-during-the-visit",
        "Chilean Foreign Minister Rosa Mena held a video conference with her Peruvian counterpart "
        "Luis Vega on May 8. The ministers discussed the upcoming visit of the Chilean President "
        "to Peru. The ministry said the two ministers agreed to hold political consultations "
        "during the visit.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], None, None),
        ],
    ),
]


# Steps of a day's programme: "The same day X received Y" opens a step like "On the same day";
# an envoy is received "newly appointed" with no article; a step takes the day of the held
# steps before it, never the date of a plan told between them ("to be held in the spring").
DAY_OF_THE_STEPS: list[tuple[str, str, list[Brief]]] = [
    (
        "the-same-day-and-newly-appointed-envoys",
        "Minister of Foreign Affairs of Peru Luis Vega on July 4 received newly appointed "
        "Ambassador of Chile Rosa Mena, who presented the copy of her credentials. The same day "
        "Luis Vega received the newly appointed Ambassador of Bolivia Juan Cruz.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-07-04"),
            ("meeting", "held", ["BOL", "PER"], None, "2022-07-04"),
        ],
    ),
    (
        "a-step-after-a-plan-takes-the-visit-day",
        "Chilean Foreign Minister Rosa Mena arrived in Lima on Tuesday on a two-day official "
        "visit. She discussed the next session of the joint commission, which will be held in "
        "Santiago in the spring. Later in the day she met Peruvian Deputy Prime Minister Luis "
        "Vega.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
]


# "X will also visit the B region" during a trip to a state told before is a stop of that trip;
# a visit "also" to another state is a visit of its own.
STOPS_OF_A_TRIP: list[tuple[str, str, int]] = [
    (
        "also-visit-a-region-and-a-site-of-the-host",
        "Chilean President Rosa Mena will pay an official visit to Peru on June 7-8. The Chilean "
        "leader will also meet with Prime Minister Ana Ruiz and Parliament Speaker Jorge Salas. "
        "The Chilean leader will also visit the Andean Cusco region and the old cathedral of "
        "Lima, the press service said.",
        1,
    ),
    (
        "also-visit-another-state",
        "Chilean President Rosa Mena will pay an official visit to Peru on June 7-8. She will also "
        "visit Bolivia on June 9.",
        2,
    ),
]


@pytest.mark.parametrize(
    ("body", "visits"),
    [pytest.param(body, n, id=name) for name, body, n in STOPS_OF_A_TRIP],
)
def test_stops_of_a_trip(body: str, visits: int) -> None:
    """A stop inside the host state is the trip told before; another state is another visit."""
    assert [kind for kind, *_ in briefs_of(body)].count("visit") == visits


# Events placed in two different states are two events; the legs of one trip stay one visit.
PLACES: list[tuple[str, str, list[Summary]]] = [
    (
        "talks-then-a-mission-elsewhere",
        "Chilean President Ana Ruiz met with Peruvian President Luis Paz today in Quito, "
        "Ecuador. The two leaders welcomed the recent Chilean trade mission to Peru.",
        [
            ("meeting", "held", ["CHL", "ECU", "PER"], "2023-05-10", ["Ana Ruiz", "Luis Paz"]),
            ("visit", "held", ["CHL", "PER"], None, []),
        ],
    ),
    (
        "same-place-named-again",
        "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in Lima on "
        "Monday. The talks in Lima were frank.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Ana Ruiz", "Luis Paz"])],
    ),
    (
        "one-tour-two-states",
        "Chilean Foreign Minister Ana Ruiz paid a visit to Lima on Monday. She then travelled "
        "on to Quito, Ecuador, on her tour of the region.",
        # (the leg, read since "She" is a trip's subject, is a stop of the same tour: one visit
        # of every state it reaches, spec section 2)
        [("visit", "held", ["CHL", "ECU", "PER"], "2023-05-08", ["Ana Ruiz"])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [case[1:] for case in PLACES], ids=[case[0] for case in PLACES]
)
def test_events_in_two_states_stay_apart(body: str, expected: list[Summary]) -> None:
    """A mention placed in another state than an event's is not that event (a trip's legs are)."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [summary(m) for m in extract_meetings(article)] == expected


# Meetings named as several, one per partner: a partner that hosts the gathering is still named
# as one; a state in the place phrase ("in the A city of P") is none.
PARTNERS: list[tuple[str, str, list[Brief]]] = [
    (
        "host-named-as-a-partner",
        "Chilean Foreign Minister Ana Ruiz attended an international conference in Lima this "
        "week. Ana Ruiz met with the conference host, Peru's President Luis Paz, and also had "
        "bilateral meetings with representatives of Peru, Bolivia and Ecuador.",
        [
            ("conference", "held", ["CHL", "PER"], None, "2023-05"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05"),
        ],
    ),
    (
        "state-of-the-place",
        "Chilean President Ana Ruiz held separate meetings with the leaders of Peru, Bolivia and "
        "Ecuador on Saturday in the Colombian city of Bogota, where the summit took place.",
        [
            ("conference", "held", ["BOL", "CHL", "COL", "ECU", "PER"], None, "2023-05-06"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-06"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-06"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-06"),
        ],
    ),
]


# A mention of the event told already: its date is not the time of a decision about it, nor
# of what happened "since" when its visitor is "the first official to visit".
MENTIONS: list[tuple[str, str, list[Brief]]] = [
    (
        "agreed-in-march",
        "Chilean President Ana Ruiz will pay a visit to Lima next week. The visit by Ruiz was "
        "agreed in March.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "first-to-visit-since",
        "Chilean Foreign Minister Ana Ruiz will visit Lima next week. She is the first Chilean "
        "official to visit Peru since the two countries announced new tariffs last month.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
]


def test_two_words_of_one_step_are_one_event() -> None:
    """A step told "On the same day" with two meeting words is one more event, not two."""
    briefs = briefs_of(
        "President of Chile Ana Ruiz on Monday received a delegation led by Peru's Foreign "
        "Minister Luis Paz. On the same day, Paz and Chile's Minister of Economy Omar Vidal "
        "co-chaired the 5th meeting of the Chile-Peru Intergovernmental Commission."
    )
    assert briefs == [
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in STEPS_AND_PLANS
        + TRIPS
        + TALKS_TOLD_APART_FROM_THE_VISIT
        + SESSION_HELD_ON_A_VISIT
        + ALSO_TALKS_WITH_ANOTHER_OFFICIAL
        + STEPS_STILL_TO_COME_OF_A_VISIT
        + PASSIVE_STEPS
        + IN_SEPARATE_MEETINGS
        + EARLIER_MEETING_OF_THE_PAIR
        + ENVOYS_WITH_CREDENTIALS
        + SEPARATE_OPENER
        + COMING_SESSION
        + GATHERINGS_IN_A_ROW
        + SIDELINES
        + APPOSED_VISIT
        + OFFICIALS_APART
        + APPOSED_VISIT_IS_THE_TALKS
        + STEPS_OF_THE_DAY
        + DAY_OF_THE_STEPS
        + RECALLED_EVENTS
        + EXPECTED_EVENTS
        + PLACE_OF_ITS_OWN
        + PARTNERS
        + MENTIONS
    ],
)
def test_events(body: str, expected: list[Brief]) -> None:
    """Each row gives exactly these meetings: one record per event the row lists."""
    assert briefs_of(body) == expected
