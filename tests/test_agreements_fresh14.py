"""Agreements on fresh pages: families counted across readable sets (session 7, helper 14).

Each row is a sentence written for these tests (invented officials, documents and
figures between real states); none is copied from an article or a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


def _titles(body: str) -> list[str | None]:
    return [a.title for a in extract_agreements(Article(body=body, published=PUB))]


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


# "the two governments", "the two sides" of a story on several meetings are the pair the
# sentences right before name, when it shares a state with the story's most named.
NEAR_PAIR: list[Row] = [
    (
        None,
        "The Prime Minister of Chile received the ambassadors of Norway, Ghana and Peru. "
        "He met the Norwegian ambassador first and praised ties with Norway. "
        "Chile and Norway trade grew last year, and Norway is a key partner. "
        "Then the Prime Minister received the ambassador of Ghana. "
        "They noted that the next meeting of the Chile-Ghana commission will be held in "
        "Santiago in May. "
        "The draft agreement on the avoidance of double taxation, which is being negotiated "
        "by the two governments, is expected to be signed at the meeting.",
        [("agreement", "planned", ["CHL", "GHA"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), NEAR_PAIR)
def test_near_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The two governments of "the two governments" are the pair told right before."""
    assert _run(headline, body) == expected


# A ratification's date is not the one a relative clause gives the signing: "ratified the
# protocol that the two countries concluded last year".
RATIFIED_AFTER_SIGNING: list[Row] = [
    (
        None,
        "The parliament of Peru ratified the agreement between Peru and Chile on visas on "
        "Tuesday. The house also ratified the protocol on fisheries that the two countries "
        "concluded last year.",
        [
            ("agreement", "ratified", ["CHL", "PER"], "2024-04-16"),
            # not the signing's "last year": the day of the lead's ratification
            ("protocol", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), RATIFIED_AFTER_SIGNING)
def test_ratified_after_signing(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The signing's date told in a "that ... concluded" clause does not date a ratification."""
    assert _run(headline, body) == expected


# A name that lists its sides ends before the signing's place, day or participle; the date
# after the place is the signing's.
NAME_ENDS: list[tuple[str, list[str | None], list[Summary]]] = [
    (
        "The presidents signed the Declaration on Friendship between the Republic of Chile "
        "and the Kingdom of Norway in Oslo on April 12.",
        ["Declaration on Friendship between the Republic of Chile and the Kingdom of Norway"],
        [("declaration", "signed", ["CHL", "NOR"], "2024-04-12")],
    ),
    (
        "The Treaty on Good Neighbourliness between Peru and Chile, signed in Lima in "
        "December 2022, has entered into force.",
        ["Treaty on Good Neighbourliness between Peru and Chile"],
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    # A topic after the sides stays in the name.
    (
        "The parliament of Peru ratified the Agreement between the Government of Peru and "
        "the Government of Chile on road transport on Tuesday.",
        ["Agreement between the Government of Peru and the Government of Chile on road transport"],
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("body", "titles", "expected"), NAME_ENDS)
def test_name_ends(body: str, titles: list[str | None], expected: list[Summary]) -> None:
    """A long name ends before the signing's place, day or participle clause."""
    assert _titles(body) == titles
    assert _run(None, body) == expected


# The latest status a sentence tells of one instrument: "signed during that visit, has been
# ratified"; "the implementation of the X Agreement", "which became operational": in force.
LATEST_STATUS: list[Row] = [
    (
        None,
        "The sides recalled the visit of the President of Peru to Chile in May last year. "
        "It was noted that the Treaty on Eternal Friendship between Chile and Peru, signed "
        "during that visit, has been ratified by the parliaments of both countries.",
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "The minister of Chile met the ambassador of Peru on Tuesday. The two sides discussed "
        "the implementation of the Chile-Peru Free Trade Agreement.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "Chile and Peru said the Chile-Peru Customs Agreement became operational last month.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    # A signing still to come stays planned: "must be operationalised" is no entry into force.
    (
        None,
        "The minister of Chile said the Chile-Peru Customs Agreement must be signed soon.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATEST_STATUS)
def test_latest_status(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A ratification or an implementation told of a signed instrument makes it ratified."""
    assert _run(headline, body) == expected


# A named instrument "with the EU" has the group across the table as a side, as an unnamed
# one has, and the one state its sentence names before the name.
GROUP_WITH: list[Row] = [
    (
        None,
        "President Ana Ruiz said Chile is interested in the early entry into force of the "
        "Advanced Framework Agreement with the EU, the negotiations on which are at the final "
        "stage.",
        [("agreement", "planned", ["CHL", "EU"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), GROUP_WITH)
def test_group_with(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A group right after a named instrument's "with" is one of its sides."""
    assert _run(headline, body) == expected


# One record per document at its latest status: a signed instrument told later as in force
# (same kind, a topic word in common, the same sides) is that one, dated by its entry into force.
LATER_STEP: list[Row] = [
    (
        None,
        "Chile and Peru signed an agreement on mutual visa exemption in Lima on Monday. "
        "The visa agreement entered into force on April 16, allowing citizens of both "
        "countries to travel freely.",
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
    # Another topic: another instrument.
    (
        None,
        "Chile and Peru signed an agreement on mutual visa exemption in Lima on Monday. "
        "The fisheries agreement between Chile and Peru entered into force on April 16.",
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-04-15"),
            ("agreement", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATER_STEP)
def test_later_step(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signed instrument's later entry into force is the same record, ratified."""
    assert _run(headline, body) == expected


# A ratification told once in a page's lead with no day of its own takes the day of the
# lead's ratification, else the dateline's ("The Senate has ratified ...").
LEAD_RATIFICATION: list[tuple[str, str, list[Summary]]] = [
    (
        "LIMA, April 17",
        "The Congress of Peru on April 16 approved the laws on the ratification of several "
        "documents. Deputies ratified the agreement between Peru and Chile on road transport, "
        "which was signed in Santiago on 3 May 2022.",
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
    (
        "LIMA, April 17",
        "The Senate of Peru has ratified the Treaty between Peru and Chile on the Maritime "
        "Border, signed in Santiago on March 3.",
        [("treaty", "ratified", ["CHL", "PER"], "2024-04-17")],
    ),
]


@pytest.mark.parametrize(("dateline", "body", "expected"), LEAD_RATIFICATION)
def test_lead_ratification(dateline: str, body: str, expected: list[Summary]) -> None:
    """A ratification that is the page's news is dated by the lead, else by the dateline."""
    article = Article(dateline=dateline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected
