"""Meetings of unseen news, by families of errors (issue 9), fourth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from diplonews.values import Country
from meeting_rows import Brief, briefs_of

# An invitation to visit ("invited his counterpart to visit Accra", "conveyed the invitation of
# A to B to visit C") is a planned visit of its own, with the article's pair when it names only
# the host's state; it is no mention of the talks, call or session told before it. A visit to
# come told already, a trip told as the one to a session, and a visit paid "at the invitation
# of" someone stay what they were.
INVITATIONS_TO_VISIT: list[tuple[str, str | None, str, list[Brief]]] = [
    (
        "invitation-after-a-planned-session",
        None,
        "Ghanaian Foreign Minister Kofi Mensah received on Tuesday a delegation led by Senegalese "
        "Deputy Foreign Minister Awa Ndiaye, who is in Accra for political consultations. The "
        "sides discussed the agenda of the upcoming session of the joint commission, which is "
        "scheduled to convene in Dakar in July. Ndiaye conveyed an invitation from the Senegalese "
        "President to his Ghanaian counterpart to pay a state visit to Senegal this year.",
        [
            ("visit", "held", ["GHA", "SEN"], None, "2023-05-09"),
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-07"),
            ("visit", "planned", ["GHA", "SEN"], None, "2023"),
        ],
    ),
    (
        "invitation-naming-only-the-host-after-a-held-session",
        "Ghana and Senegal leaders hold videoconference",
        "On Monday, President of Ghana Kofi Mensah held talks by videoconference with President "
        "of Senegal Awa Ndiaye. Attention was also paid to the 9th meeting of the "
        "Ghanaian-Senegalese joint commission, held in Dakar in March. The President of Ghana "
        "invited his counterpart to visit Accra on a state visit at a time convenient for him.",
        [
            ("call", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("meeting", "held", ["GHA", "SEN"], None, "2023-03"),
            ("visit", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "invitation-of-one-speaker-to-another-is-to-come",
        "Ghana, Senegal discuss parliamentary ties",
        "The Speaker of the Ghanaian Parliament Kofi Mensah met the Ambassador of Senegal Awa "
        "Ndiaye in Accra on Monday. The Ambassador conveyed the invitation of the Speaker of the "
        "Senegalese National Assembly to the Speaker to visit Senegal.",
        [
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("visit", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "accepted-an-invitation-after-talks",
        None,
        "Ghanaian President Kofi Mensah held talks with Senegalese President Awa Ndiaye in Accra "
        "on Monday. Mensah accepted an invitation to visit Dakar next year.",
        [
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("visit", "planned", ["GHA", "SEN"], None, "2024"),
        ],
    ),
    (
        "the-visit-to-come-told-already",
        None,
        "Ghanaian President Kofi Mensah will pay a state visit to Senegal in June. Senegalese "
        "President Awa Ndiaye invited him to visit Dakar during their call last week.",
        [("visit", "planned", ["GHA", "SEN"], None, "2023-06")],
    ),
    (
        "visited-at-the-invitation-of",
        None,
        "Ghanaian President Kofi Mensah visited Dakar at the invitation of Senegalese President "
        "Awa Ndiaye on Monday.",
        [("visit", "held", ["GHA", "SEN"], None, "2023-05-08")],
    ),
    (
        "at-the-invitation-of-opens-the-sentence",
        None,
        "At the invitation of Senegalese President Awa Ndiaye, Ghanaian President Kofi Mensah "
        "paid a state visit to Senegal on Monday.",
        [("visit", "held", ["GHA", "SEN"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [row[1:] for row in INVITATIONS_TO_VISIT],
    ids=[row[0] for row in INVITATIONS_TO_VISIT],
)
def test_an_invitation_to_visit_is_a_planned_visit(
    title: str | None, body: str, expected: list[Brief]
) -> None:
    """An invitation to visit is a planned visit of its own, with the story's pair."""
    assert briefs_of(body, title) == expected


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


# A sentence opening on talks with an official of one state ("Talks with Bolivia's foreign
# minister, X, focused on ...") in a story of talks is a meeting of that state with the story's
# host (the state of most records, held by each held two-sided meeting), on the story's day;
# it is the record already holding that state when there is one, and nothing when the host is
# not told apart.
TALKS_WITH_AN_OFFICIAL: list[tuple[str, str, list[Brief]]] = [
    (
        "series-of-meetings-then-talks-with",
        "Peruvian Foreign Minister Ana Ruiz held a series of bilateral meetings on the sidelines "
        "of the Lima Trade Forum on Tuesday. Ruiz first met with Chilean Foreign Minister Juan "
        "Cruz. They reviewed preparations for the Chilean President's visit to Lima in October. "
        "Talks with Bolivia's foreign minister, Luis Vega, focused on railways.",
        [
            # the series told on the forum's sidelines: its sides take part in the forum
            ("conference", "held", ["BOL", "CHL", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("visit", "planned", ["CHL", "PER"], None, "2023-10"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "talks-with-a-state-told-already",
        "Peruvian Foreign Minister Ana Ruiz held separate meetings with her counterparts from "
        "Chile, Bolivia and Ecuador on the sidelines of the Andean Council in Quito on Tuesday. "
        "Talks with Bolivian Foreign Minister Luis Vega focused on railways.",
        [
            ("meeting", "held", ["BOL", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("meeting", "held", ["ECU", "PER"], None, None),
        ],
    ),
    (
        "host-not-told-apart",
        "Peruvian Foreign Minister Ana Ruiz met with Chilean Foreign Minister Juan Cruz in Lima on "
        "Tuesday. Talks with Bolivia's foreign minister, Luis Vega, focused on railways.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
    (
        "no-story-of-talks",
        "Talks with Bolivia's foreign minister, Luis Vega, focused on railways.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in TALKS_WITH_AN_OFFICIAL],
    ids=[row[0] for row in TALKS_WITH_AN_OFFICIAL],
)
def test_talks_with_an_official(body: str, expected: list[Brief]) -> None:
    """Talks with one state's official are a meeting with the story's host."""
    assert briefs_of(body) == expected


def test_talks_with_a_state_told_already_are_its_evidence() -> None:
    """The talks with a state told already add their sentence to that state's record."""
    article = Article(
        id="t",
        published=dt.date(2023, 5, 10),
        body=TALKS_WITH_AN_OFFICIAL[1][1],
    )
    bolivia = [m for m in extract_meetings(article) if Country("BOL") in m.countries]
    assert len(bolivia) == 1
    assert any(span.text.startswith("Talks with Bolivian") for span in bolivia[0].evidence)


# "The two ministers had last met in <city> in <month>" is a dated meeting of its own of the
# pair the sentence just before tells (the city's state is no side), not of the latest talks.
THE_TWO_LAST_MET: list[tuple[str, str, list[Brief]]] = [
    (
        "pair-of-the-sentence-before",
        "Peruvian Foreign Minister Ana Ruiz held separate meetings with her counterparts from "
        "Chile and Bolivia on the sidelines of the Andean Council in Lima on Tuesday. In her "
        "meeting with Bolivian Foreign Minister Luis Vega, Ruiz said trade should grow. With "
        "Chilean Foreign Minister Juan Cruz, she discussed the preparations for the Peruvian "
        "president's upcoming visit to Santiago. The two ministers had last met in Lima in March.",
        [
            ("meeting", "held", ["BOL", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("visit", "planned", ["CHL", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, "2023-03"),
        ],
    ),
    (
        "the-two-co-chairs-of-a-planned-session",
        "The Ghana-Senegal intergovernmental commission will hold its tenth meeting in Accra next "
        "month, co-chaired by Ghana's Minister of Trade Kofi Mensah and Senegal's Deputy Prime "
        "Minister Awa Ndiaye. The two co-chairs met in Dakar earlier this month to agree on the "
        "agenda.",
        [
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-06"),
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05"),
        ],
    ),
    (
        "pair-of-the-latest-talks",
        "Peruvian Foreign Minister Ana Ruiz held separate meetings with her counterparts from "
        "Chile and Bolivia on the sidelines of the Andean Council in Lima on Tuesday. In her "
        "meeting with Bolivian Foreign Minister Luis Vega, Ruiz said trade should grow. The two "
        "ministers had last met in Lima in March.",
        [
            ("meeting", "held", ["BOL", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("meeting", "held", ["BOL", "PER"], None, "2023-03"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in THE_TWO_LAST_MET],
    ids=[row[0] for row in THE_TWO_LAST_MET],
)
def test_the_two_last_met(body: str, expected: list[Brief]) -> None:
    """A dated last meeting of "the two ministers" is one of the pair told just before."""
    assert briefs_of(body) == expected
