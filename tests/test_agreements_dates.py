"""Agreements: the date of each signing.

The signing sentence's own day, the lead event's day, the day of an event told before
("during which", "after which", "On that occasion"), and dates that belong to another act
(a signing aside of a ratification). Rows are sentences written for these tests with
invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 5, 10)  # a Wednesday


# (body, expected [(kind, status, date)])
DATED: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A lead date told of an arrival is not the day of the talks the signing followed.
    (
        "The President of Peru, who arrived in Chile on a state visit yesterday, held talks "
        "with the President of Chile in Santiago today. After the talks, the two presidents "
        "signed a memorandum on mining.",
        [("memorandum", "signed", "2023-05-10")],
    ),
    # Documents "signed then" were signed at the event told before them in the sentence.
    (
        "The foreign minister of Chile received the ambassador of Peru on Monday. The minister "
        "recalled the visit of the President of Peru to Chile in March, saying the agreements "
        "signed then had opened new markets.",
        [("agreement", "signed", "2023-03")],
    ),
    # A place between the signing verb and the date does not unbind the date.
    (
        "The foreign ministers of Chile and Peru met in Lima on Monday. The intergovernmental "
        "agreement on the construction of a new border bridge was signed in Arica in 2019.",
        [("agreement", "signed", "2019")],
    ),
    # A signing to come in a month named without a year: the next such month.
    (
        "The Peruvian minister invited his counterpart to sign the memorandum on shared "
        "digital customs corridors in Lima in June.",
        [("memorandum", "planned", "2023-06")],
    ),
    (
        "The foreign minister of Peru invited his Chilean counterpart to sign the memorandum "
        "on fisheries research in Lima in March.",
        [("memorandum", "planned", "2024-03")],
    ),
    # With one date only, the arrival's day is the visit's, and the signing's.
    (
        "The President of Peru arrived in Chile on a state visit on Tuesday and held talks "
        "with the President of Chile in Santiago. After the talks, the two presidents signed "
        "a memorandum on mining.",
        [("memorandum", "signed", "2023-05-09")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DATED)
def test_blind2_dates(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each story gives exactly the expected (kind, status, date) records."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [(a.kind.value, a.status.value, str(a.date) if a.date else None) for a in found]
    assert got == expected


PUB_FRESH11 = dt.date(2024, 4, 17)


# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


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
    assert agreement_summaries(body, PUB_FRESH11, headline) == expected


# A ratified instrument's date is that of its ratification: the date of a "signed in ..."
# aside after it is the signing's, so it is not taken; a ratification day or an entry into
# force told in the sentence still is.
RATIFIED_NOT_SIGNING_DATE: list[Row] = [
    (
        "Chile, Peru leaders hold talks in Lima",
        "President Ana Ruiz of Chile held talks with President Luis Soto of Peru in Lima on "
        "Monday. During the visit, the sides exchanged instruments of ratification of the "
        "treaty on the maritime border, signed in Santiago in May last year.",
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "Ghana and Peru exchanged the instruments of ratification of the agreement on air "
        "services, signed in Accra on 3 May 2022.",
        [("agreement", "ratified", ["GHA", "PER"], None)],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the agreement between Chile and Peru on "
        "fisheries, signed in Lima on May 2, 2023.",
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
    (
        None,
        "The treaty on fisheries between Chile and Peru, signed in Lima in March, entered into "
        "force on June 1.",
        [("treaty", "ratified", ["CHL", "PER"], "2023-06-01")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), RATIFIED_NOT_SIGNING_DATE)
def test_ratified_not_signing_date(
    headline: str | None, body: str, expected: list[Summary]
) -> None:
    """The signing aside's date is not a ratified record's date."""
    assert agreement_summaries(body, PUB_FRESH11, headline) == expected


# A signing sentence that tells its own day far from the instrument word keeps that day; the
# lead's other event ("B arrived on Sunday for a two-day visit") does not replace it.
OWN_DAY: list[Row] = [
    (
        "Chile, Norway sign roadmap, four other documents",
        "SANTIAGO - Chile and Norway signed a roadmap for comprehensive cooperation for "
        "2024-2026 and four other documents in the presence of President Ana Ruiz and her "
        "Norwegian counterpart Ola Berg in Santiago on Monday. Berg arrived in Santiago on "
        "Sunday for a two-day state visit, his first in ten years.",
        [
            ("plan", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("other", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), OWN_DAY)
def test_own_day(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The signing sentence's own day comes before the lead event's."""
    assert agreement_summaries(body, PUB_FRESH11, headline) == expected


# A page's dateline dates the report; the event its lead tells on a recent day of its own
# ("took place in Lima on Monday") is where a document was adopted or signed as news.
# (dateline, body, expected summaries); published on Wednesday 17 April 2024.
LEAD_EVENT_DAY: list[tuple[str, str, list[Summary]]] = [
    (
        "LIMA, April 17 (Wire)",
        "The 5th ministerial meeting of the Andes Dialogue took place in Lima on Monday, the "
        "ministry said. The foreign ministers of Chile, Peru and Bolivia adopted a joint "
        "action plan for 2025-2027.",
        [("plan", "signed", ["BOL", "CHL", "PER"], "2024-04-15")],
    ),
    (
        "QUITO, April 17 (Wire)",
        "The foreign minister of Chile met his counterparts from Peru and Bolivia on the "
        "sidelines of the council of ministers in Cusco on Tuesday. The council session, "
        "hosted by Peru, adopted the Cusco Declaration.",
        [("declaration", "signed", ["BOL", "CHL", "PER"], "2024-04-16")],
    ),
    # A lead with no day of its own: the dateline's day.
    (
        "LIMA, April 17 (Wire)",
        "The foreign ministers of Chile and Peru held talks in Lima. They signed a "
        "memorandum on consular cooperation.",
        [("memorandum", "signed", ["CHL", "PER"], "2024-04-17")],
    ),
]


@pytest.mark.parametrize(("dateline", "body", "expected"), LEAD_EVENT_DAY)
def test_lead_event_day(dateline: str, body: str, expected: list[Summary]) -> None:
    """A signing told as news takes the lead event's day over the dateline's."""
    article = Article(body=body, published=PUB_FRESH11, dateline=dateline)
    assert [summary(a) for a in extract_agreements(article)] == expected


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a)
        for a in extract_agreements(Article(title=headline, body=body, published=PUB_FRESH11))
    ]


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
    article = Article(dateline=dateline, body=body, published=PUB_FRESH11)
    assert [summary(a) for a in extract_agreements(article)] == expected


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


# Documents signed in a sentence that tells one day share that day: "Five documents were
# signed on Monday ..., among them an agreement on X and a memorandum on Y", "signed an
# agreement on X in March and a memorandum on Y". A sentence with two days keeps them apart.
SAME_SENTENCE_DAY: list[Row] = [
    (
        None,
        "LIMA, April 17 -- Five documents were signed in Lima on Monday at the close of the "
        "Peruvian-Ghanaian joint commission, among them an Agreement on Fisheries Cooperation "
        "and a Memorandum of Understanding on Port Services.",
        [
            ("other", "signed", ["GHA", "PER"], "2024-04-15"),
            ("agreement", "signed", ["GHA", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Norway and Chile signed an agreement on science in March and a memorandum on culture, "
        "the minister said.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-03"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-03"),
        ],
    ),
    # Two days told: the second document does not take the first one's.
    (
        None,
        "Peru and Ghana signed a treaty on extradition in 2019 and a memorandum on port "
        "services on Monday.",
        [
            ("treaty", "signed", ["GHA", "PER"], "2019"),
            ("memorandum", "signed", ["GHA", "PER"], None),
        ],
    ),
    # Another status: the planned document takes no day.
    (
        None,
        "The Senate of Peru on Monday ratified the treaty with Ghana and approved the signing "
        "of a memorandum on port services with Ghana.",
        [
            ("treaty", "ratified", ["GHA", "PER"], "2024-04-15"),
            ("memorandum", "planned", ["GHA", "PER"], None),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SAME_SENTENCE_DAY)
def test_same_sentence_day(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document with no day of its own takes the one day its signing sentence tells."""
    assert _run(headline, body) == expected


# A signing told in an "after which" (or "following which") relative takes the day of the
# event told before it, as one told with "during which" does.
AFTER_WHICH: list[Row] = [
    (
        None,
        "The Peruvian minister recalled the talks held in Lima with Ghana in March of last "
        "year, after which a programme of cooperation for 2023-2025 was signed by Peru and "
        "Ghana.",
        [("plan", "signed", ["GHA", "PER"], "2023-03")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AFTER_WHICH)
def test_after_which(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing after an event told before takes that event's day."""
    assert _run(headline, body) == expected


# A signing tied by a relative (", during which", ", when", ", at which") to an event told
# before it in the sentence takes that event's date, not the report's day.
DURING_WHICH: list[Row] = [
    (
        None,
        "The president of Chile paid a state visit to Peru in March 2019, during which 6 "
        "documents were signed.",
        [("other", "signed", ["CHL", "PER"], "2019-03")],
    ),
    (
        None,
        "Chile and Peru met in Lima in October, when the two ministers signed an agreement "
        "on fisheries.",
        [("agreement", "signed", ["CHL", "PER"], "2023-10")],
    ),
    (
        None,
        "The foreign ministers of Chile and Peru held a summit on May 3, 2021, at which they "
        "signed a memorandum on ports.",
        [("memorandum", "signed", ["CHL", "PER"], "2021-05-03")],
    ),
    (
        None,
        "Chile and Peru said their commission will meet in Lima in September, where four "
        "documents on mining are expected to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-09")],
    ),
    # With no date before the relative, the rule gives none.
    (
        None,
        "The president of Chile paid a state visit to Peru, during which 6 documents were signed.",
        [("other", "signed", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), DURING_WHICH)
def test_during_which(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing during an event told before takes that event's date."""
    article = Article(title=headline, body=body, published=PUB_FRESH11)
    assert [summary(a) for a in extract_agreements(article)] == expected
