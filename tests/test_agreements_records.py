"""Agreements: which mentions are instruments, one record each.

Listed documents, documents among the papers, a singular instrument after a set, own
topics, programmes for a span of years, documents of a body's meeting, and arrangements
that are no document. Rows are sentences written for these tests with invented names and
figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)


# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


# A programme (or plan) of cooperation over a span of years is an instrument, also as a
# later item of a list; a programme with no such span stays out.
COOPERATION_TERM: list[Row] = [
    (
        "Chile, Norway to sign 9 documents during state visit",
        "President Ana Ruiz will pay a state visit to Norway on May 5-6. "
        "About 9 documents are expected to be signed, including an agreement on fisheries "
        "and a programme of economic cooperation for 2024-2028.",
        [
            ("other", "planned", ["CHL", "NOR"], None),
            ("agreement", "planned", ["CHL", "NOR"], None),
            ("plan", "planned", ["CHL", "NOR"], None),
        ],
    ),
    (
        None,
        "Chile and Norway discussed fisheries. Chile is launching a space programme.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), COOPERATION_TERM)
def test_cooperation_term(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A programme of cooperation for a span of years is a record."""
    assert agreement_summaries(body, PUB, headline) == expected


def test_cooperation_term_count() -> None:
    """The summary of the list covers only the documents it does not name."""
    body = COOPERATION_TERM[0][1]
    found = extract_agreements(Article(title=COOPERATION_TERM[0][0], body=body, published=PUB))
    assert [a.count for a in found] == [7, 1, 1]


# A set of instruments ("a package of agreements") is not the one a later sentence tells
# with a topic and a status of its own.
SET_THEN_ONE: list[Row] = [
    (
        None,
        "Norwegian Foreign Minister Ola Berg held a video call with his Chilean counterpart "
        "Ana Ruiz on Monday. "
        "The ministers agreed to prepare a package of agreements in energy and farming. "
        "The sides also welcomed the entry into force of the agreement on avoidance of double "
        "taxation, which was ratified by both parliaments last year.",
        [
            ("agreement", "planned", ["CHL", "NOR"], None),
            # the one day told is the ratification's ("ratified by both parliaments last year")
            ("agreement", "ratified", ["CHL", "NOR"], "2023"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SET_THEN_ONE)
def test_set_then_one(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A singular instrument with its own topic and status is not the set told before."""
    assert agreement_summaries(body, PUB, headline) == expected


# "Among the papers are a X and a Y" after a counted signing names two of its documents,
# whatever plural noun ("papers", "deals", "instruments") the writer chose for them.
AMONG_THE_PAPERS: list[Row] = [
    (
        None,
        "Chile and Norway signed seven documents in Oslo on Monday. "
        "Among the papers are an agreement on fisheries and a memorandum on polar research.",
        [
            ("other", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Chile and Norway signed 12 documents in Oslo on Monday. The documents signed include "
        "an agreement on fisheries, the Programme of Cooperation in Culture for 2025-2027 and a "
        "memorandum on polar research.",
        [
            ("other", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("plan", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Peru and Ghana signed four documents in Accra on Monday. "
        "Among the instruments signed was a protocol on visa-free travel.",
        [
            ("other", "signed", ["GHA", "PER"], "2024-04-15"),
            ("protocol", "signed", ["GHA", "PER"], "2024-04-15"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AMONG_THE_PAPERS)
def test_among_the_papers(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Each document the "Among the papers" sentence names is a record of its own."""
    assert agreement_summaries(body, PUB, headline) == expected


# A definite instrument told as done on a date of its own ("the interim agreement signed in
# 2019") after an instrument still to be signed is another instrument of the same sides; a
# plain "the treaty" after it is the same one.
DONE_AFTER_PLANNED: list[Row] = [
    (
        None,
        "The full free trade agreement between Chile and the EAEU is expected to be signed in "
        "Moscow next month, the minister said. He added that the interim agreement signed in "
        "2019 had covered only a short list of goods.",
        [
            # ("signed in Moscow next month": a place, then the day of the signing to come)
            ("agreement", "planned", ["CHL"], "2024-05"),
            ("agreement", "signed", ["CHL"], "2019"),
        ],
    ),
    (
        None,
        "The treaty between Chile and Peru is expected to be signed next month. The treaty will "
        "open the border.",
        [("treaty", "planned", ["CHL", "PER"], "2024-05")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), DONE_AFTER_PLANNED)
def test_done_after_planned(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A dated signing told of "the" instrument after a planned one is a record of its own."""
    assert agreement_summaries(body, PUB, headline) == expected


# A document its sentence lists after an unnamed plural ("15 documents, among them a road
# map ... and an agreement on ...", "four agreements including a memorandum ...") is one of
# them: the plural's status, day and sides, and the plural counts only the rest.
LISTED_AFTER_PLURAL: list[Row] = [
    (
        None,
        "The council of Chile and Peru meets in Lima next week. At the meeting, chaired by "
        "the two presidents, the sides are expected to sign the Treaty on Good Neighbourhood "
        "as well as a package of around 12 documents, among them a road map for cooperation "
        "in mining for 2026-2028 and an agreement on the joint fund, whose capital is to be "
        "raised to $ 2 billion.",
        [
            ("treaty", "planned", ["CHL", "PER"], None),
            ("other", "planned", ["CHL", "PER"], None),
            ("plan", "planned", ["CHL", "PER"], None),
            ("agreement", "planned", ["CHL", "PER"], None),
        ],
    ),
    (
        None,
        "Chile and Norway on Tuesday signed five agreements including a memorandum on "
        "fisheries and an agreement on the avoidance of double taxation.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-16"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
        ],
    ),
    # A part counted of its own stays a part of the count, not an item.
    (
        None,
        "Chile and Norway on Tuesday signed 20 documents, including 5 agreements on trade.",
        [("other", "signed", ["CHL", "NOR"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LISTED_AFTER_PLURAL)
def test_listed_after_plural(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document listed after a plural in its sentence takes the plural's signing."""
    assert agreement_summaries(body, PUB, headline) == expected


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


# A definite, unnamed instrument with a topic of its own is another instrument when it is of
# another specific kind ("the protocol of the session" after a transit agreement) or tells
# another status ("the agreement on a bridge, ratified in March" after a signed protocol).
OWN_TOPIC: list[Row] = [
    (
        None,
        "Chile and Norway held the 4th session of their joint commission in Santiago on Monday. "
        "The minister said the Air Transport Agreement, signed by the two countries in 2019, "
        "would help trade. "
        "At the end of the session, the two sides signed the final protocol of the commission.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2019"),
            ("protocol", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Peru and Ghana held the 3rd session of their joint commission in Lima on Monday. "
        "Following the session, a protocol was signed. "
        "The agreement on the construction of a new port, ratified by parliament in March, "
        "has entered into force.",
        [
            ("protocol", "signed", ["GHA", "PER"], "2024-04-15"),
            ("agreement", "ratified", ["GHA", "PER"], "2024-03"),
        ],
    ),
    # No topic of its own: "the protocol" is still the one told before.
    (
        None,
        "Chile and Norway signed a protocol on fisheries in Santiago on Monday. "
        "The protocol was signed by the two ministers.",
        [("protocol", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
    # "the agreement on X" with the status of the one told before refers back to it.
    (
        None,
        "Chile and Norway signed a memorandum of understanding on fisheries on Monday. "
        "The agreement on fishing quotas was signed by the two ministers.",
        [("memorandum", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), OWN_TOPIC)
def test_own_topic(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A definite instrument with its own topic and another kind or status is a record."""
    assert _run(headline, body) == expected


def _pages(body: str) -> list[tuple[str, str | None]]:
    """(kind, title) of each agreement of a page body."""
    return [
        (a.kind.value, a.title)
        for a in extract_agreements(Article(body=body, published=PUB))
        if a.count == 1
    ]


# Each bulleted item of a list of signed documents is a record with the intro's status, day
# and sides: also when a reader joined the item lines into one ("...; - the Program of Y;")
# and when an item opens with an article ("- the Protocol on X;", "- an agreement on X;").
LIST_ITEMS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The presidents of Chile and Norway met in Santiago on Monday.\n\n"
        "Following the meeting, 6 documents were signed, among them:\n\n"
        "- the Protocol on the demarcation of the sea border; - the Program of Cultural "
        "Cooperation for 2025-2027; - the Agreement on the joint use of the Andes Port;\n"
        "- the Memorandum of Understanding between the Ministries of Health, and others.\n\n"
        "The ministers also discussed fisheries.",
        [
            ("protocol", "Protocol on the demarcation of the sea border"),
            ("plan", "Program of Cultural Cooperation for 2025-2027"),
            ("agreement", "Agreement on the joint use of the Andes Port"),
            ("memorandum", "Memorandum of Understanding between the Ministries of Health"),
        ],
    ),
    (
        "Peru and Ghana adopted a road map on trade on Monday in Lima.\n\n"
        "In addition, the following were signed:\n\n"
        "- an agreement on the crossing of the border by traders;\n\n"
        "- a protocol amending the Agreement on Air Transport of 1999.",
        [("plan", None), ("agreement", None), ("protocol", None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), LIST_ITEMS)
def test_list_items(body: str, expected: list[tuple[str, str | None]]) -> None:
    """Bulleted documents joined into one sentence or opening with an article are records."""
    assert _pages(body) == expected


def test_list_items_take_the_intro() -> None:
    """A listed item told with no state takes the sides told last."""
    body = LIST_ITEMS[1][0]
    assert [(kind, status, parties) for kind, status, parties, _ in _run(None, body)[1:]] == [
        ("agreement", "signed", ["GHA", "PER"]),
        ("protocol", "signed", ["GHA", "PER"]),
    ]


def test_arrangement_for_a_visit_stays_vetoed() -> None:
    """'an arrangement with B for the visit was made' is practice, not a document."""
    body = "An arrangement with Chile for the visit of the minister was made on Monday."
    assert _run(None, body) == []


# Two documents told as one plural with a topic each ("two agreements signed that day - on X
# and on Y", "memoranda on X and on Y": "on" said again) are two records; the verb governing
# the plural ("ratified two agreements signed ...") is their status, and a ", when" clause's
# signing takes the day told before it. One "on" ("memoranda on tourism and culture") or a
# count other than two ("five agreements on X and on Y") keeps one record.
TOPIC_PAIR: list[Row] = [
    (
        None,
        "LIMA, April 17 -- The Congress of Peru on Tuesday ratified the treaty with Ghana on "
        "the continental shelf, signed in Accra in January. Lawmakers also ratified two "
        "agreements signed on the same day - on fisheries and on port services.",
        [
            ("treaty", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The Congress of Peru on Tuesday ratified the fisheries agreement with Ghana. The "
        "agreement was signed in Accra in January during a visit by the foreign minister, when "
        "the two countries also signed memoranda of understanding on tourism and on port "
        "services.",
        [
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-01"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-01"),
        ],
    ),
    (
        None,
        "Peru and Ghana signed memoranda on tourism and culture.",
        [("memorandum", "signed", ["GHA", "PER"], None)],
    ),
    (
        None,
        "Peru and Ghana signed five agreements on trade and on investment.",
        [("agreement", "signed", ["GHA", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TOPIC_PAIR)
def test_topic_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Two topics each told with "on" after a plural are two documents."""
    assert _run(headline, body) == expected


# "a memorandum on X, a memorandum on Y and a memorandum on Z" in one sentence lists three
# instruments; a signing told as one more of the occasion ("were also signed", "Besides,")
# takes the date of the signing told just before it.
LISTED_ALSO: list[Row] = [
    (
        None,
        "The ministers of Chile and Peru met in Lima on Monday. At the end of the meeting, the "
        "two sides signed the protocol of the third session of the commission. Besides, a "
        "memorandum of understanding on cooperation in mining, a memorandum of understanding "
        "between the two diplomatic academies and a memorandum of understanding on tourism "
        "were also signed.",
        [
            ("protocol", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Chile and Peru signed an agreement on fisheries on March 4. A memorandum on "
        "tourism was also signed.",
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-03-04"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-03-04"),
        ],
    ),
    (
        None,
        "On Tuesday the senate of Peru ratified the treaty on the border between Chile and "
        "Peru. Together with the treaty, senators ratified the Agreement between the "
        "governments of the two countries on the use of the river.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
    # The same instrument named twice with "the" stays one.
    (
        None,
        "Chile and Peru signed a memorandum on mining. The memorandum on mining was praised.",
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LISTED_ALSO)
def test_listed_also(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Listed indefinite instruments are one record each; "also signed" shares the date."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


PUB_UNSEEN = dt.date(2023, 5, 10)  # a Wednesday


# A list of documents under an intro that leaves out its colon ("signed the following").
LIST_BODY = (
    "On Tuesday, the leaders of the Andean Union met for a summit in Quito.\n\n"
    "Ministers of the member states signed the following\n\n"
    "The Andean Digital Trade Agreement between the Governments of the Member States;\n\n"
    "Memorandum on the establishment of the Council of Andean Port Authorities;\n\n"
    "Protocol on the exchange of customs data"
)


def test_list_without_colon() -> None:
    """Each listed document is a record dated by the summit, its name without "The"."""
    found = extract_agreements(Article(body=LIST_BODY, published=PUB_UNSEEN))
    got = [(a.kind.value, a.title, str(a.date), a.location and a.location.city) for a in found]
    assert got[:2] == [
        (
            "agreement",
            "Andean Digital Trade Agreement between the Governments of the Member States",
            "2023-05-09",
            "Quito",
        ),
        (
            "memorandum",
            "Memorandum on the establishment of the Council of Andean Port Authorities",
            "2023-05-09",
            "Quito",
        ),
    ]
    assert len(got) == 3
    assert got[2][0] == "protocol"


# A story on a meeting of an intergovernmental body's organ: the documents it adopts name
# no state (the members are not expanded), and are records with no party.
BODY_STORY = (
    "When the CIS foreign ministers' council convened its session in Lima on May 8, the "
    "Chilean delegation was headed by its foreign minister. "
    "The ministers gave their approval to the convention on the status of observers. "
    "In addition, several joint statements were adopted."
)


def test_documents_of_a_body_meeting() -> None:
    """Each adopted document is a record with no party, dated and placed by the meeting."""
    found = extract_agreements(Article(body=BODY_STORY, published=PUB_UNSEEN))
    got = [
        (a.kind.value, [str(p) for p in a.parties], a.status.value, str(a.date), a.location)
        for a in found
    ]
    assert [g[:4] for g in got] == [
        ("treaty", [], "signed", "2023-05-08"),
        ("declaration", [], "signed", "2023-05-08"),
    ]
    assert all(g[4] is not None and g[4].city == "Lima" for g in got)


def test_no_body_meeting_no_partyless_record() -> None:
    """Without a body's meeting in the lead, an instrument naming no state is no record."""
    body = "The ministers met in Lima on May 8. In addition, several joint statements were adopted."
    assert extract_agreements(Article(body=body, published=PUB_UNSEEN)) == ()
