"""Agreements on fresh pages: classes counted across readable sets (session 8, helper 15).

Each row is a sentence written for these tests (invented officials, documents and
figures between real states); none is copied from an article or a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)  # a Wednesday

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


# A later step told after the signing aside ("X, signed in Lima in May, was ratified by the
# congress on Tuesday", "..., signed at the last summit, had entered into force") is the
# instrument's status now, dated by that step's own clause.
LATER_STEP: list[Row] = [
    (
        None,
        "The minister recalled that the Treaty on Strategic Partnership between Chile and "
        "Norway, signed in Santiago in January, was ratified by the Storting on Tuesday.",
        [("treaty", "ratified", ["CHL", "NOR"], "2024-04-16")],
    ),
    (
        None,
        "The agreement between Peru and Ghana on the joint use of the river port, signed in "
        "2021, was ratified by the Senate of Peru in February.",
        [("agreement", "ratified", ["GHA", "PER"], "2024-02")],
    ),
    (
        None,
        "The ministers noted that the Treaty on Friendship, Good-Neighbourliness and "
        "Cooperation between Chile, Peru and Bolivia for the Development of the Andes, signed "
        "at the previous summit in the city of La Paz last year, had entered into force.",
        [("treaty", "ratified", ["BOL", "CHL", "PER"], None)],
    ),
    # The signing alone stays signed.
    (
        None,
        "The agreement on fisheries between Chile and Norway, signed in Santiago in January, "
        "was discussed by the ministers.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-01")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATER_STEP)
def test_later_step(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A ratification or entry into force told after the signing aside is the status."""
    assert _run(headline, body) == expected


# Documents told as signed and now being implemented are in force (ratified, no day told):
# "the implementation of the X Plan on Y for 2023-2025, signed in 2022" (the signing aside
# after the name's topic), "the documents signed then, including the X Treaty, are being
# implemented" (an aside naming some of them before the verb).
IMPLEMENTED: list[Row] = [
    (
        None,
        "The foreign ministers reviewed the implementation of the joint Action Plan between "
        "Chile and Norway on fisheries and shipping for 2023-2025, signed in Oslo in 2022.",
        [("plan", "ratified", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The President of Chile recalled his visit to Oslo last May, noting that the documents "
        "signed during that visit, including the Treaty on Strategic Partnership between Chile "
        "and Norway, are now being consistently implemented.",
        [("treaty", "ratified", ["CHL", "NOR"], None)],
    ),
    # A plan only signed, and a plan whose implementation is planned, keep their status.
    (
        None,
        "The foreign ministers of Chile and Norway signed the joint Action Plan on fisheries "
        "and shipping for 2023-2025 in Oslo on Monday.",
        [("plan", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED)
def test_implemented(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signed document told as being implemented is ratified, with no day."""
    assert _run(headline, body) == expected


# A named document whose sentence tells an act on it (signed, adopted, its adoption, its
# negotiations or implementation) and names no state but the story's own (places aside) is
# the document of the story's pair, or of its three where the sentence says "trilateral".
STORY_PAIR: list[Row] = [
    (
        None,
        "The President of Chile held talks with the Prime Minister of Norway in Santiago on "
        "Monday. Norway and Chile agreed to expand fishing. "
        "The talks ended with the adoption of the Santiago Declaration on Ocean Partnership.",
        [("declaration", "signed", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The ambassador of Peru to Ghana gave an interview on ties between Peru and Ghana. "
        "The Cocoa Trade Agreement, which our trade ministers signed in Lima in March, is a "
        "real step forward, he said.",
        [("agreement", "signed", ["GHA", "PER"], "2024-03")],
    ),
    (
        None,
        "The foreign ministers of Chile, Peru and Bolivia met in La Paz on Monday. "
        "They reviewed the implementation of the trilateral Action Plan on transport for "
        "2023-2025, signed in Lima in 2022.",
        [("plan", "ratified", ["BOL", "CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), STORY_PAIR)
def test_story_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A named document of the story's act, naming no other state, is the story's pair's."""
    assert _run(headline, body) == expected


def test_story_pair_not_a_third_states_document() -> None:
    """A named document signed in a third state's city is another event's: no party."""
    body = (
        "The President of Chile held talks with the Prime Minister of Norway in Santiago on "
        "Monday. Norway and Chile agreed to expand fishing. "
        "The sides noted how important the Ocean Convention is, which was signed in Lima, Peru."
    )
    assert [parties for _, _, parties, _ in _run(None, body)] == [[]]


# A further document of the ratifying act just told is ratified with it, with its sides:
# "Along with the treaty, the deputies ratified the protocol on X" (no state named: the
# treaty's sides), "The bill was adopted by the assembly, together with a protocol on X".
COMPANION: list[Row] = [
    (
        None,
        "The parliament of Chile on Tuesday ratified the Treaty on the Chilean-Argentine "
        "border, signed by the two presidents in March. "
        "Along with the treaty, the deputies ratified the protocol on the joint use of the "
        "mountain passes, which was signed at the same time.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("protocol", "ratified", ["ARG", "CHL"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Peru on Tuesday ratified the agreement between Peru and Ghana on "
        "social security. "
        "The bill was adopted after a short debate, together with a protocol amending the "
        "2015 convention on double taxation between Peru and Chile.",
        [
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("protocol", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), COMPANION)
def test_companion(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document ratified along with the one just told takes its act (and its sides)."""
    assert _run(headline, body) == expected


# A signing placed at an event told before takes that event's day, not the story's:
# "the documents signed there" after "the council held in Lima in March", and a sentence
# opening "On that occasion," after one telling a signing's day.
THAT_EVENT: list[Row] = [
    (
        None,
        "LIMA, April 17 - The ministers of Peru and Chile recalled the results of the 5th "
        "meeting of the Peru-Chile council held in Santiago in March, and stressed the "
        "importance of implementing the documents signed there.",
        [("other", "signed", ["CHL", "PER"], "2024-03")],
    ),
    (
        None,
        "The parliament of Peru on Wednesday ratified the agreement between Peru and Ghana on "
        "fisheries. The agreement was signed in Accra on February 6 during the visit of the "
        "Peruvian president. On that occasion, the two countries also signed a memorandum on "
        "cocoa research.",
        [
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-17"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-02-06"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), THAT_EVENT)
def test_that_event(headline: str | None, body: str, expected: list[Summary]) -> None:
    """'signed there', 'On that occasion, ... signed': the day of the event told before."""
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


# A signing told as to come in words of a planned step: "will witness the signing of",
# "was at the final stage of preparation" (after an aside), "agreed to instruct the
# ministries to prepare an agreement".
TO_COME: list[Row] = [
    (
        None,
        "The Prime Minister of Peru arrived in Accra on Tuesday on a visit to Ghana. "
        "He will also witness the signing of several agreements.",
        [("agreement", "planned", ["GHA", "PER"], None)],
    ),
    (
        None,
        "The minister said that the treaty on strategic partnership between Chile and Norway, "
        "which the two presidents discussed during their meeting in Oslo in June last year, "
        "was at the final stage of preparation.",
        [("treaty", "planned", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The prime ministers of Chile and Norway met in Oslo on Monday. "
        "The prime ministers also agreed to instruct the relevant ministries to prepare an "
        "agreement on fishing quotas by the end of the year.",
        [("agreement", "planned", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TO_COME)
def test_to_come(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing to be witnessed, in a final stage, or to be prepared is planned."""
    assert _run(headline, body) == expected


def test_currency_sign_is_no_state() -> None:
    """A currency sign ("US$1 billion") does not make the US one of the story's sides."""
    body = (
        "The trade minister of Chile received the trade minister of Norway in Santiago. "
        "Trade between Chile and Norway exceeded US$1 billion in 2023, and Norway invested "
        "US$2 billion in Chile. "
        "The ministers welcomed the momentum created by the Free Trade Agreement negotiations "
        "that were launched in Oslo last year."
    )
    assert _run(None, body) == [("agreement", "planned", ["CHL", "NOR"], None)]


# The "loose arrangement" veto ("an arrangement with B for the visit was made") keeps an
# arrangement with a named state told with a document's own step: negotiated, signed,
# concluded, ratified, initialled or drafted.
def test_arrangement_with_a_state_in_negotiation() -> None:
    """'a similar arrangement with B on X was being negotiated' is a planned document."""
    body = (
        "The parliament of Chile on Wednesday ratified the agreement between Chile and Peru "
        "on a joint border post. Chile's trade with Peru grew by a third last year. "
        "The minister said that a similar arrangement with Bolivia on the Andes crossing was "
        "being negotiated."
    )
    assert _run(None, body)[1:] == [("other", "planned", ["BOL", "CHL"], None)]


def test_arrangement_for_a_visit_stays_vetoed() -> None:
    """'an arrangement with B for the visit was made' is practice, not a document."""
    body = "An arrangement with Chile for the visit of the minister was made on Monday."
    assert _run(None, body) == []
