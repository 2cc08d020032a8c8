"""Meetings: which states are a meeting's sides.

Officials' states (titles, datelines, agencies, "the head of state"), the story's pair
when a sentence names one side, bodies and their members, and states that are no side
(topics, places, purposes, reported words). Rows are sentences written for these tests
with invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from diplonews.values import Country
from meeting_rows import Brief, Summary, briefs_of, summary


def _held(states: list[str], date: str | None, names: list[str]) -> Summary:
    return ("meeting", "held", states, date, names)


# The story's pair and its bodies: a body "on" a field keeps its place and date; the
# pair's officials meeting on the sidelines of another body's gathering are the pair's talks.
PAIR: list[tuple[str, str | None, str, list[Summary]]] = [
    (
        "working-group-on-a-field",
        None,
        "Chilean Energy Minister Ana Ruiz met Peruvian Mining Minister Luis Paz in Santiago on "
        "May 2. The ministers noted that the next meeting of the joint working group on energy "
        "will take place in Lima in December.",
        [
            _held(["CHL", "PER"], "2023-05-02", ["Ana Ruiz", "Luis Paz"]),
            ("meeting", "planned", ["CHL", "PER"], "2023-12", []),
        ],
    ),
    (
        "two-countries-on-the-sidelines",
        "Chile, Peru to boost ties",
        "Earlier this month, the prime ministers of the two countries met on the sidelines of "
        "the Andean Intergovernmental Council in Quito.",
        [_held(["CHL", "PER"], "2023-05", [])],
    ),
    (
        "intention-to-meet-is-a-plan",
        None,
        "Chilean President Ana Ruiz and Peruvian President Luis Paz expressed their intention "
        "to meet once more at an early date.",
        [("meeting", "planned", ["CHL", "PER"], None, ["Ana Ruiz", "Luis Paz"])],
    ),
]


# A nameless portfolio minister as a side after "between": the home outlet's official.
NAMELESS: list[tuple[str, str, list[Summary]]] = [
    (
        "minister-for-a-portfolio",
        "The deal was reached during a meeting between Minister for Mining and the Peruvian "
        "Ambassador Luis Paz at the ministry.",
        [_held(["PER", "USA"], None, ["Luis Paz"])],
    ),
    # a portfolio naming its own state is that state's
    (
        "minister-of-a-named-state",
        "The deal was reached during a meeting between Minister of Foreign Affairs of Peru "
        "and the Bolivian Ambassador Luis Paz at the ministry.",
        [_held(["BOL", "PER"], None, ["Luis Paz"])],
    ),
]


def _extract(body: str, title: str | None = None, outlet: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title, outlet=outlet)
    return sorted((summary(m) for m in extract_meetings(article)), key=str)


@pytest.mark.parametrize(
    ("title", "body", "expected"), [c[1:] for c in PAIR], ids=[c[0] for c in PAIR]
)
def test_the_storys_pair_and_its_bodies(
    title: str | None, body: str, expected: list[Summary]
) -> None:
    """The pair's bodies and talks at another body's gathering are the pair's events."""
    assert _extract(body, title=title) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NAMELESS], ids=[c[0] for c in NAMELESS]
)
def test_nameless_portfolio_minister_is_the_outlets(body: str, expected: list[Summary]) -> None:
    """A minister named by portfolio alone after "between" is the home outlet's own."""
    assert _extract(body, outlet="The White House") == sorted(expected, key=str)


# A story opening with a discussion, then "During the meeting, ...": the talks of the two
# states the discussion names. A discussion naming one state, or a reference that does not
# open its sentence, makes no event.
TOLD_BEFORE: list[tuple[str, str, list[Brief]]] = [
    (
        "during-the-meeting",
        "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Paz discussed "
        "regional security on May 8. During the meeting, the sides stressed the importance of "
        "trade.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "the-talks-were-held",
        "Chile and Peru discussed cooperation in the energy sector on Monday. The talks were held "
        "in Lima.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "the-sides-were-represented-by",
        "The Chilean side was represented by Deputy Minister Ana Ruiz, and the Peruvian side by "
        "Luis Paz. The consultations were held in Lima on May 8.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "one-state-discussed",
        "Chilean ministers discussed the energy sector on Monday. During the meeting, they "
        "stressed the importance of trade.",
        [],
    ),
    (
        "no-discussion-before",
        "Chile and Peru signed a memorandum on energy on Monday. During the meeting, the sides "
        "stressed the importance of trade.",
        [],
    ),
]


# Destinations listed after "including", and the pair meeting in a third state's city.
PLACES: list[tuple[str, str, list[Brief]]] = [
    (
        "travel-to-a-region-including",
        "Chilean Foreign Minister Ana Ruiz will travel to South America, including Peru and "
        "Bolivia, next week.",
        [("visit", "planned", ["BOL", "CHL", "PER"], None, "2023-05")],
    ),
    (
        "the-two-countries-in-a-third-state",
        "Chile and Peru have eased port fees. On May 2, after a high-level meeting in Quito, the "
        "two countries issued a joint statement on tariffs.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
]


# (body, state of the official): an official titled without a state in a datelined story is
# the dateline state's, unless a body or another state is named with the title.
DATELINE_OFFICIALS: list[tuple[str, str, str | None]] = [
    (
        "government-title",
        "LIMA, April 27 - Prime Minister Luis Paz will visit Santiago on Thursday for talks.",
        "PER",
    ),
    (
        "title-of-a-body",
        "LIMA, April 27 - World Bank President Luis Paz will visit Santiago on Thursday.",
        None,
    ),
    (
        "state-named-with-the-official",
        "LIMA, April 27 - Deputy Foreign Minister Luis Paz and other senior Chilean officials "
        "will visit Quito on Thursday.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "state"),
    [c[1:] for c in DATELINE_OFFICIALS],
    ids=[c[0] for c in DATELINE_OFFICIALS],
)
def test_dateline_state_of_an_official(body: str, state: str | None) -> None:
    """A government title with no state is the dateline state's official."""
    article = Article(id="t", body=body, published=dt.date(1987, 4, 27))
    (visit,) = extract_meetings(article)
    assert [(p.name, p.country.alpha_3 if p.country else None) for p in visit.participants] == [
        ("Luis Paz", state)
    ]


def test_states_of_a_purpose_are_no_sides() -> None:
    """States after the purpose ("consultations to resolve the conflicts in A") are topics."""
    article = Article(
        id="t",
        body="The two presidents committed to regular consultations to resolve the conflicts in "
        "Bolivia and Ecuador.",
        published=dt.date(2023, 5, 10),
    )
    assert extract_meetings(article) == ()


# The sides of an event named in the next sentence, which has no meeting word of its own.
ATTENDED: list[tuple[str, str, list[Brief]]] = [
    (
        "it-was-attended-by",
        "A trilateral meeting on transport corridors was held in Lima on May 8. It was attended "
        "by the transport ministers of Chile, Peru and Bolivia.",
        [("meeting", "held", ["BOL", "CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "others-also-participated",
        "Chile's and Peru's ministers met in Lima. Representatives of Bolivia and Ecuador also "
        "participated.",
        [("conference", "held", ["BOL", "CHL", "ECU", "PER"], None, None)],
    ),
    # a sentence naming states without telling their attendance adds none
    (
        "no-attendance-told",
        "A trilateral meeting on transport corridors was held in Lima on May 8. Trade between "
        "Chile and Bolivia grew.",
        [],
    ),
]


def test_discussed_at_a_meeting_takes_the_headlines_pair() -> None:
    """A discussion "at a meeting in P" under a two-state headline is the pair's meeting."""
    article = Article(
        id="t",
        title="Chilean, Peruvian energy ministers meet",
        body="Ana Ruiz and Luis Paz discussed energy cooperation at a meeting in Lima on May 8.",
        published=dt.date(2023, 5, 10),
    )
    assert [
        (m.kind.value, [c.alpha_3 for c in m.countries], str(m.date))
        for m in extract_meetings(article)
    ] == [("meeting", ["CHL", "PER"], "2023-05-08")]


def test_a_session_named_by_its_format() -> None:
    """A session named by its ordinal and format ("in the A – B format") is the format's."""
    article = Article(
        id="t",
        body="On April 12, Chilean Foreign Minister Ana Ruiz took part in the seventh meeting of "
        "foreign ministers in the Andes – Peru format.",
        published=dt.date(2023, 5, 10),
    )
    assert [
        (m.kind.value, m.status.value, m.organization, [c.alpha_3 for c in m.countries])
        for m in extract_meetings(article)
    ] == [("conference", "held", "Andes – Peru", ["CHL", "PER"])]


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


# The European Council (the EU's summit of leaders) is the EU: a call or a meeting with its
# president is one with the EU, as with the president of the European Commission.
EUROPEAN_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "call-with-the-president-of-the-european-council",
        "Latvian Prime Minister Anna Berzina spoke by phone on Tuesday with the President of "
        "the European Council, Pedro Alvares, the government said.",
        [("call", "held", ["LVA"], "EU", "2023-05-09")],
    ),
    (
        "call-with-european-council-president",
        "Slovak President Jan Holub on Monday held a phone conversation with European Council "
        "President Marta Lind.",
        [("call", "held", ["SVK"], "EU", "2023-05-08")],
    ),
    (
        "met-the-president-of-the-european-council",
        "Moldovan President Ion Rusu met on Tuesday in Chisinau with President of the European "
        "Council Karl Weber.",
        [("meeting", "held", ["MDA"], "EU", "2023-05-09")],
    ),
]


# An agency's dateline ("MOSCOW, April 3. /TASS/.", "DUSHANBE, 08.04.2026.") gives its city's
# state to officials titled without one, as a Reuters dateline does.
AGENCY_DATELINE: list[tuple[str, str, list[Brief]]] = [
    (
        "numeric-date",
        "LA PAZ, 08.05.2023. /AGENCY/. On May 8, President Ivan Rusu received the Ambassador of "
        "Chile Pedro Soto, who presented his credentials.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "month-and-day",
        "LIMA, May 9. /AGENCY/. Foreign Minister Ivan Rusu received on Monday the Ambassador of "
        "Chile Pedro Soto.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "a-state-named-stays",
        "LIMA, May 9. /AGENCY/. Bolivian Foreign Minister Ivan Rusu received on Monday the "
        "Ambassador of Chile Pedro Soto.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
]


# A session of a body or meeting told just before, named by its possessive or by "one" ("Its
# next session is due in May", "the council will hold its session in Lima", "The next one will
# be held in Quito"): one more session between the same sides.
SESSION_BY_ANAPHOR: list[tuple[str, str, list[Brief]]] = [
    (
        "its-next-session",
        "The Chile-Peru Joint Ministerial Commission last met in Lima in October 2022. Its next "
        "session is due later this year in Santiago.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-10"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "the-council-will-hold-its-session",
        "Chile and Peru adopted a road map on Tuesday at a meeting of the Intergovernmental "
        "Council in Lima, co-chaired by the two countries' prime ministers.\n\n"
        "Next year the council will hold its session in Chile.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
    (
        "the-next-one-will-be-held",
        "The fourth meeting of the Chile-Peru intergovernmental commission was held in Lima on "
        "Monday. The next one will be held in Santiago in 2024.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
]


# "X held a series of bilateral meetings on the sidelines of the forum, which took place on
# May 8-9", then the meetings told one by one in the days of the forum: their sides take part
# in the forum (a call the same day does not: it is no talks at the forum).
SERIES_ON_THE_SIDELINES: list[tuple[str, str, list[Brief]]] = [
    (
        "a-series-then-each-meeting",
        "Chilean President Marco Ruiz held a series of bilateral meetings with foreign leaders "
        "on the sidelines of the Pacific Forum, which took place in Santiago on May 8-9.\n\n"
        "On May 8, the Head of State met with President of Peru Ana Soto.\n\n"
        "On May 9, Ruiz received Prime Minister of Portugal Joao Pinto.\n\n"
        "In addition, Ruiz had a telephone conversation with President of Brazil Luis Mota on "
        "May 9.",
        [
            ("conference", "held", ["CHL", "PER", "PRT"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PRT"], None, "2023-05-09"),
            ("call", "held", ["BRA", "CHL"], None, "2023-05-09"),
        ],
    ),
    (
        "talks-with-several-leaders-then-a-later-meeting",
        "Peruvian President Ana Soto, who traveled to Quito to attend the Andean Summit, held "
        "talks with several regional leaders on the sidelines of the summit on Monday.\n\n"
        "Soto met with Bolivian President Luis Vera.\n\n"
        "On May 3, Soto had received Chilean President Marco Ruiz in Lima.",
        [
            ("conference", "held", ["BOL", "ECU", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-03"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SERIES_ON_THE_SIDELINES],
)
def test_series_on_the_sidelines(body: str, expected: list[Brief]) -> None:
    """A series of talks told on a gathering's sidelines makes their sides its participants."""
    found = briefs_of(body)
    # the lone "held talks with several leaders" (one side) is another family's record
    assert [row for row in found if row[2] != ["PER"]] == expected


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


# A dateline the page reader took off the body ("Lima, May 9, ANDINA") is the story's place:
# an official titled with no state is its state's, as under a dateline left in the body.
DATELINE_OFFICIALS_FRESH9: list[tuple[str, str, list[tuple[str, str, list[str], str | None]]]] = [
    (
        "a-call-of-a-titled-president",
        "The ministry released export figures.\n\nSeparately, President Luis Vega spoke by phone "
        "with Chilean President Rosa Mena on May 8. They discussed energy.",
        [("call", "held", ["CHL", "PER"], "2023-05-08")],
    ),
    (
        "a-reception-and-an-accepted-invitation",
        "Foreign Minister Ana Ruiz on Monday received Chilean Foreign Minister Rosa Mena. She also "
        "accepted an invitation to visit Santiago next year.",
        [
            ("meeting", "held", ["CHL", "PER"], "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], "2024"),
        ],
    ),
]


@pytest.mark.parametrize("dateline", ["Lima, May 9, ANDINA", None])
@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in DATELINE_OFFICIALS_FRESH9],
)
def test_officials_of_a_split_dateline(
    body: str, expected: list[tuple[str, str, list[str], str | None]], dateline: str | None
) -> None:
    """With the dateline, the titled official is its state's; without it, no state is guessed."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), dateline=dateline)
    found = [
        (m.kind.value, m.status.value, [c.alpha_3 for c in m.countries], str(m.date))
        for m in extract_meetings(article)
    ]
    if dateline is not None:
        assert found == expected
    else:
        assert all("PER" not in countries for _, _, countries, _ in found)


def _extract_prose(body: str, title: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    return sorted(summary(m) for m in extract_meetings(article))


# A trip whose subject is "The two" or "They" is made by the officials named just before.
PLURAL_SUBJECTS: list[tuple[str, list[Summary]]] = [
    (
        "A newspaper said Peru would tell Chilean Farm Minister Luis Paz and Chilean Trade "
        "Minister Ana Ruiz of its plans. The two are due to visit Peru later this month.",
        [("visit", "planned", ["CHL", "PER"], "2023-05", ["Luis Paz", "Ana Ruiz"])],
    ),
    (
        "Chilean Farm Minister Luis Paz and Trade Minister Ana Ruiz praised the deal. They will "
        "travel to Lima on Friday.",
        [("visit", "planned", ["CHL", "PER"], "2023-05-12", ["Luis Paz", "Ana Ruiz"])],
    ),
    # talks "they" held after a meeting of the same pair stay that meeting
    (
        "Chilean Farm Minister Luis Paz met Peruvian Trade Minister Ana Ruiz in Lima on Monday. "
        "They also held talks on beef.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz", "Ana Ruiz"])],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PLURAL_SUBJECTS)
def test_trips_of_the_two_named_before(body: str, expected: list[Summary]) -> None:
    """'The two are due to visit P' takes its visitors from the sentence before."""
    assert _extract_prose(body) == expected


# The sentence after an event naming the officials of several states as its subject, and
# what they discussed, gives that event its sides.
OFFICIALS_AFTER: list[tuple[str, list[list[str]]]] = [
    (
        "On May 4, a delegation of Chile headed by Foreign Minister Ana Ruiz took part in an "
        "inter-regional meeting in Quito. The heads of foreign offices of Chile, Peru, Bolivia "
        "and Ecuador discussed the prospects of cooperation.",
        [["BOL", "CHL", "ECU", "PER"]],
    ),
    # one state's own officials name no further side
    (
        "On May 4, Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in "
        "Arica. The ministers of Chile discussed the prospects of cooperation with Bolivia.",
        [["CHL", "PER"]],
    ),
]


@pytest.mark.parametrize(("body", "expected"), OFFICIALS_AFTER)
def test_officials_of_several_states_after_an_event(body: str, expected: list[list[str]]) -> None:
    """'The ministers of A, B and C discussed ...' after an event gives it A, B and C."""
    assert [s[2] for s in _extract_prose(body)] == expected


# A short topic between the trigger and its counterpart does not hide the counterpart.
TOPIC_THEN_COUNTERPART: list[tuple[str, list[list[str]]]] = [
    (
        "Chilean Foreign Minister Luis Paz held talks on fishing rights with Peruvian Foreign "
        "Minister Ana Ruiz on Monday.",
        [["CHL", "PER"]],
    ),
    (
        "Chilean Foreign Minister Luis Paz will hold talks on trade with Peruvian Foreign "
        "Minister Ana Ruiz on Monday.",
        [["CHL", "PER"]],
    ),
    # "cooperation with Bolivia" is the topic, not a side
    ("Chile and Peru held talks on cooperation with Bolivia on Monday.", [["CHL", "PER"]]),
]


@pytest.mark.parametrize(("body", "expected"), TOPIC_THEN_COUNTERPART)
def test_a_topic_before_the_counterpart(body: str, expected: list[list[str]]) -> None:
    """'held talks on fishing rights with X': X is a side."""
    assert [s[2] for s in _extract_prose(body)] == expected


# Another event joined after the counterpart ends the counterpart's sides.
JOINED_EVENTS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "The talks followed Chilean President Luis Paz's bilateral meeting with Peruvian "
        "President Ana Ruiz and the historic Chile-Peru-Bolivia Leaders' Summit on April 11.",
        [("conference", ["BOL", "CHL", "PER"]), ("meeting", ["CHL", "PER"])],
    ),
    # a second counterpart after 'and the' is a side
    (
        "Chilean President Luis Paz met the President of Peru and the Foreign Minister of "
        "Bolivia on Monday.",
        [("meeting", ["BOL", "CHL", "PER"])],
    ),
]


@pytest.mark.parametrize(("body", "expected"), JOINED_EVENTS)
def test_an_event_joined_after_the_counterpart(
    body: str, expected: list[tuple[str, list[str]]]
) -> None:
    """'a bilateral meeting with X and the A-B-C summit': the meeting's sides stop at 'and'."""
    assert [(s[0], s[2]) for s in _extract_prose(body)] == expected


# The words an attribution reports name no side of the event the attribution then tells.
ATTRIBUTIONS: list[tuple[str, list[list[str]]]] = [
    (
        "Bolivia is the greatest threat to the region's stability, said Chilean President Luis "
        "Paz on Saturday in a phone call with Peruvian President Ana Ruiz.",
        [["CHL", "PER"]],
    ),
    (
        "Bolivia must change course, Chilean President Luis Paz said after a meeting with "
        "Peruvian President Ana Ruiz.",
        [["CHL", "PER"]],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ATTRIBUTIONS)
def test_reported_words_name_no_side(body: str, expected: list[list[str]]) -> None:
    """'A is a threat, said X in a call with Y': A is not a side of the call."""
    assert [s[2] for s in _extract_prose(body)] == expected


def test_private_travellers_named_far_before_the_visit() -> None:
    """People named a long clause before 'when visiting P' are travellers, not officials."""
    body = (
        "They claim that about 150 people who have taken part in events organised by a "
        "community group in London have been detained by Peruvian authorities when visiting "
        "Peru and questioned."
    )
    assert _extract_prose(body) == []


TALKS = "Peruvian President Luis Paz held talks on Monday with the visiting delegation."


HELD = ("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz"])


CASES: list[tuple[str, str | None, str, list[Summary]]] = [
    ("headline-pair", "Chile and Peru look to deepen port ties", TALKS, [HELD]),
    ("headline-demonym", "Peruvian President meets Chilean delegation", TALKS, [HELD]),
    ("story-pair", None, "Relations between Chile and Peru are warm. " + TALKS, [HELD]),
    ("story-dash-pair", None, "Chilean-Peruvian trade is growing. " + TALKS, [HELD]),
    # two candidate partners, or none: the other side is unknown and nothing is made up
    ("headline-three-states", "Chile, Peru and Bolivia talk ports", TALKS, []),
    ("no-context", None, TALKS, []),
    # a mention with no official named is no event ("meet the demand")
    (
        "no-official",
        "Chile and Peru look to deepen port ties",
        "Peru will struggle to meet the demand for copper this year, the ministry said.",
        [],
    ),
    # the pair's event told already: a later one-sided mention adds no record
    (
        "told-already",
        "Chile and Peru look to deepen port ties",
        "Peruvian President Luis Paz met the Chilean Foreign Minister on Monday. "
        "Peruvian President Luis Paz held talks on Monday with the guests.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz"])],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_one_sided_talks_take_the_articles_pair(
    title: str | None, body: str, expected: list[Summary]
) -> None:
    """The other side comes from the headline or a pair in the story, when it is one state."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    assert [summary(m) for m in extract_meetings(article)] == expected


# "The head of state" standing for the story's head of state: another meeting of the same day.
HEAD_OF_STATE: list[tuple[str, str, list[Brief]]] = [
    (
        "head-of-state-also-met",
        "President of Chile Ana Ruiz met Peruvian President Luis Paz in Lima on Monday. On the "
        "same day, the head of state also met with Prime Minister of Bolivia Omar Vidal.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
        ],
    ),
]


def test_a_minister_is_no_head_of_state() -> None:
    """With no head of state named before, the phrase stands for nobody: Chile is no side."""
    briefs = briefs_of(
        "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in Lima on "
        "Monday. On the same day, the head of state also met with Prime Minister of Bolivia "
        "Omar Vidal."
    )
    assert ("meeting", "held", ["CHL", "PER"], None, "2023-05-08") in briefs
    assert all(b[2] != ["BOL", "CHL"] for b in briefs)


# The story's pair as "the two presidents" or "the leaders", meeting at a gathering.
PAIR_AT_GATHERING: list[tuple[str, str, list[Brief]]] = [
    (
        "plan-and-past-on-the-sidelines",
        "Chilean President Ana Ruiz and Peruvian President Luis Paz held a phone call on Monday. "
        "The two presidents decided to hold a one-on-one meeting on the sidelines of the "
        "Andean summit, which will take place in Quito on June 8. The leaders last met in "
        "person in March on the sidelines of the Pacific summit in Bogota.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-06-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023-06-08"),
            ("conference", "held", ["CHL", "COL", "PER"], None, "2023-03"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-03"),
        ],
    ),
]


def test_a_visitor_told_without_a_state_comes_from_the_pair() -> None:
    """A visit "on a working visit" by someone the story names without a state is the pair's."""
    briefs = briefs_of(
        "A memorandum was signed by Ana Ruiz and Luis Paz, the Prime Ministers of Chile and "
        "Peru. Paz came to Santiago on a working visit."
    )
    assert briefs == [("visit", "held", ["CHL", "PER"], None, None)]


# The event in a phrase set off by commas after the subject: its sides end at the comma.
PARENTHESES: list[tuple[str, str, list[Brief]]] = [
    (
        "in-a-call-with",
        "Chilean Foreign Minister Ana Ruiz, in a phone call with her Peruvian counterpart Luis "
        "Paz, voiced readiness to help ease tensions between Bolivia and Ecuador.",
        [("call", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "during-talks-with",
        "Chilean Foreign Minister Ana Ruiz, during talks with her Peruvian counterpart Luis Paz "
        "on Monday, urged Bolivia and Ecuador to settle their dispute.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


# Talks held during a gathering "of" states: those states are the gathering's, not the talks'.
AT_GATHERINGS: list[tuple[str, str, list[Brief]]] = [
    (
        "during-the-summit-of",
        "Chilean President Ana Ruiz met with Peruvian President Luis Paz in Quito during the "
        "summit of Ecuador, Colombia and Bolivia.",
        [
            ("conference", "held", ["BOL", "CHL", "COL", "ECU", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    # a counterpart named after the gathering is still a side
    (
        "counterpart-after-the-gathering",
        "Chilean President Ana Ruiz held talks at the summit of Andean states in Quito with "
        "Peruvian President Luis Paz.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
]


def test_the_head_of_a_states_delegation_is_that_states() -> None:
    """An official "heading the Peruvian delegation" is Peru's, at later mentions of the name."""
    briefs = briefs_of(
        "Chilean Foreign Minister Ana Ruiz led Chile's delegation at the consultations in "
        "Santiago on Monday, and the Peruvian delegation was led by First Deputy Premier and "
        "Foreign Minister Luis Paz. Later, President of Chile Omar Vidal received Paz "
        "at his residence."
    )
    assert briefs == [
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
    ]


def test_states_before_a_relative_clause_are_the_main_clauses() -> None:
    """In "A's dispute with B, which the body took at its summit" A and B are no sides."""
    briefs = briefs_of(
        "Chilean officials welcome the plan to create a monitoring group on Peru's dispute with "
        "Bolivia, which the Andean Community adopted at its last summit in Quito."
    )
    assert briefs == [("conference", "held", ["ECU"], "Andean Community", None)]


D = dt.date


PUBLISHED = D(2023, 5, 10)


def _meetings(
    body: str, published: dt.date | None = PUBLISHED, title: str | None = None
) -> list[Summary]:
    article = Article(id="t", body=body, published=published, title=title)
    return [summary(m) for m in extract_meetings(article)]


# The official's state from the article: a pair of states the story or the headline names.
ARTICLE_PAIR: list[tuple[str | None, str, list[Summary]]] = [
    (
        None,
        "Paying an official visit to Moldova, Vice President Lado Beridze on Tuesday met the "
        "Moldovan Prime Minister Ion Rusu. The two reviewed Georgian-Moldovan relations.",
        [("visit", "held", ["GEO", "MDA"], "2023-05-09", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "Georgian, Moldovan ministers talk by phone",
        "Foreign Minister Lado Beridze spoke by phone with Moldovan Foreign Minister Ion Rusu "
        "on Monday.",
        [("call", "held", ["GEO", "MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "Trade between Georgia and Armenia grows",
        "Foreign Minister Lado Beridze spoke by phone with Moldovan Foreign Minister Ion Rusu "
        "on Monday.",
        [("call", "held", ["MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    ARTICLE_PAIR,
    ids=["pair-in-the-story", "pair-in-the-headline", "two-candidates-add-none"],
)
def test_other_side_from_the_article(title: str | None, body: str, expected: list[Summary]) -> None:
    """A one-state record whose official has no state takes the article's paired state."""
    assert _meetings(body, title=title) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Ali Demir received the Moldovan Foreign Minister Ion Rusu on May 3, Trend "
            "reports.",
            [("meeting", "held", ["AZE", "MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
        (
            "ASTANA. KAZINFORM – President Ali Demir received the Moldovan Foreign Minister Ion "
            "Rusu on May 3.",
            [("meeting", "held", ["KAZ", "MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
        (
            "President Ali Demir received the Moldovan Foreign Minister Ion Rusu on May 3.",
            [("meeting", "held", ["MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
    ],
    ids=["credited-agency", "agency-dateline", "no-credit"],
)
def test_home_state_of_a_page_from_its_credit(body: str, expected: list[Summary]) -> None:
    """A page without an outlet takes its home state from the agency the story credits."""
    assert _meetings(body) == expected


# (row id, body, expected (participant, state) pairs of the first meeting): a dateline
# gives its state to officials titled without one, but a republic with no prime minister
# never to a prime minister.
DATELINE_ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "no-prime-minister-in-a-presidential-republic",
        "WASHINGTON, May 10 - President Harlan met Prime Minister Tomas Soto on Tuesday.",
        [("Harlan", "USA"), ("Tomas Soto", None)],
    ),
    (
        "prime-minister-of-a-parliamentary-dateline-state",
        "LIMA, May 10 - Prime Minister Tomas Soto met Chilean Foreign Minister Ana Rojas "
        "on Tuesday.",
        [("Tomas Soto", "PER"), ("Ana Rojas", "CHL")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in DATELINE_ROWS],
)
def test_dateline_officials_rows(body: str, expected: list[tuple[str, str | None]]) -> None:
    """The first meeting's participants carry the states the row lists."""
    meetings = extract_meetings(Article(id="t", body=body, published=dt.date(2023, 5, 10)))
    assert meetings
    got = [(p.name, str(p.country) if p.country else None) for p in meetings[0].participants]
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in TOLD_BEFORE
        + PLACES
        + ATTENDED
        + SESSION_NAMED_BY_ITS_BODY
        + ROUNDS_OF_THE_TALKS
        + STEPS_OF_THE_VISITOR
        + CO_CHAIRS_AND_THE_NEXT_SESSION
        + EUROPEAN_COUNCIL
        + AGENCY_DATELINE
        + SESSION_BY_ANAPHOR
        + PREPARING_A_GATHERING
        + PARENTHESES
        + AT_GATHERINGS
        + HEAD_OF_STATE
        + PAIR_AT_GATHERING
    ],
)
def test_sides(body: str, expected: list[Brief]) -> None:
    """Each row gives exactly these meetings: the sides are the states the row lists."""
    assert briefs_of(body) == expected
