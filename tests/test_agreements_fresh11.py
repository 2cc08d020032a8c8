"""Agreements on fresh pages in the crawled format: families counted across readable sets.

Each row is a sentence written for these tests (invented officials, documents and
figures between real states); none is copied from an article or a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


# "between" the sides' bodies (academies, services, chambers) describes the sides, it does
# not veto the instrument; and the next instrument of the list is a record of its own.
BETWEEN_BODIES: list[Row] = [
    (
        None,
        "Chile and Norway held talks in Oslo on Monday. "
        "The two sides signed a memorandum of understanding on cooperation between diplomatic "
        "academies and an agreement on cooperation in the fields of sport and youth.",
        [
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Peru and Ghana held talks in Accra on Monday. "
        "They signed a memorandum between the customs services of the two countries.",
        [("memorandum", "signed", ["GHA", "PER"], "2024-04-15")],
    ),
    # Between bodies that are not the states' (clubs, firms) the instrument stays out.
    (
        None,
        "Chile and Norway held talks in Oslo on Monday. "
        "A memorandum between rival football clubs was also signed.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), BETWEEN_BODIES)
def test_between_bodies(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A "between" phrase naming the sides' bodies keeps the instrument and the list."""
    assert agreement_summaries(body, PUB, headline) == expected


# "The two sides" of a story whose headline names exactly two states are those two, even
# when the body names a third state (a transit country) more often.
HEADLINE_PAIR: list[Row] = [
    (
        "Chile, Norway agree to boost links",
        "President Ana Ruiz received Norwegian Foreign Minister Ola Berg on Monday. "
        "They discussed a cable from Norway through Argentina, Argentina's ports and "
        "Argentina's grid. "
        "The two sides signed an agreement on cooperation in fisheries.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINE_PAIR)
def test_headline_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The headline's pair are "the two sides"."""
    assert agreement_summaries(body, PUB, headline) == expected


# "exchanged views on a memorandum" is a talk about it, not the exchange of signed copies:
# the status comes from its own cue ("expected to be signed": planned).
EXCHANGED_VIEWS: list[Row] = [
    (
        None,
        "Chile and Norway discussed energy in a phone call on Tuesday. "
        "The sides also exchanged views on a memorandum of understanding in the field of "
        "fisheries, which is expected to be signed later this year.",
        [("memorandum", "planned", ["CHL", "NOR"], "2024")],
    ),
    (
        None,
        "Chile and Norway held talks on Tuesday. "
        "The ministers exchanged the signed copies of an agreement on visas.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), EXCHANGED_VIEWS)
def test_exchanged_views(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Views exchanged on an instrument set no signing."""
    assert agreement_summaries(body, PUB, headline) == expected


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
            ("agreement", "ratified", ["CHL", "NOR"], None),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SET_THEN_ONE)
def test_set_then_one(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A singular instrument with its own topic and status is not the set told before."""
    assert agreement_summaries(body, PUB, headline) == expected


# A document the sides agreed to draft, in a story whose only states are the lead's
# demonyms: the lead's states.
AGREED_STEP: list[Row] = [
    (
        None,
        "Chilean and Norwegian trade ministers discussed fisheries in a video call on Monday. "
        "The officials noted that the volume of salmon shipped fell in winter. "
        "The ministers agreed to hold the next commission in Oslo in May and to draft a "
        "roadmap for trade development for 2025-2027.",
        [("plan", "planned", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AGREED_STEP)
def test_agreed_step(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A step the sides agreed on takes the lead's states."""
    assert agreement_summaries(body, PUB, headline) == expected


# The date after the signers of a "signed/ratified by ..." phrase is that step's date.
BY_AGENT_DATE: list[Row] = [
    (
        None,
        "Chile and Peru held talks on fisheries. "
        "They also recalled the agreement on military and technical cooperation in the navy "
        "signed by the two governments in 2015.",
        [("agreement", "signed", ["CHL", "PER"], "2015")],
    ),
    (
        None,
        "The speaker of Chile received the ambassador of Peru on Tuesday. "
        "He said the Valdivia Declaration signed by the national parliaments of Chile, Peru "
        "and Bolivia in May last year guides the three chambers.",
        [("declaration", "signed", ["BOL", "CHL", "PER"], "2023-05")],
    ),
    # A date after a new clause is another event's.
    (
        None,
        "Chile and Peru held talks on fisheries. "
        "They recalled the agreement on naval cooperation signed by the two governments, "
        "which met again in 2019.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), BY_AGENT_DATE)
def test_by_agent_date(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The year after "signed by the two governments" dates the signing."""
    assert agreement_summaries(body, PUB, headline) == expected
