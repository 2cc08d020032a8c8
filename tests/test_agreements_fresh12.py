"""Agreements on never-read pages: families counted across readable sets (session 7).

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


def _counts(headline: str | None, body: str) -> list[int]:
    return [a.count for a in extract_agreements(Article(title=headline, body=body, published=PUB))]


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


def test_among_the_papers_count_the_rest() -> None:
    """The summary then covers only the documents not named one by one."""
    body = (
        "Chile and Norway signed seven documents in Oslo on Monday. "
        "Among the papers are an agreement on fisheries and a memorandum on polar research."
    )
    assert _counts(None, body) == [5, 1, 1]


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
    assert agreement_summaries(body, PUB, headline) == expected


# "among them the X" after a plural lists its documents: the states in the X's name are
# not the plural's sides (a group's own documents keep no party).
AMONG_THEM_NOT_SIDES: list[Row] = [
    (
        None,
        "Following the session in Minsk, the heads of government of the CIS signed a package "
        "of 9 documents, among them the Agreement on Customs Data of CIS Member States.",
        [("other", "signed", [], None), ("agreement", "signed", [], None)],
    ),
    (
        None,
        "At the talks in Ankara, the ministers of the Organization of Turkic States signed 5 "
        "documents, among which the Memorandum on Digital Trade of OTS Member States.",
        [("other", "signed", [], None), ("memorandum", "signed", [], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AMONG_THEM_NOT_SIDES)
def test_among_them_not_sides(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Phrases such as "among them" and "among which" do not name the plural's sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# An instrument "to be finalised" is a step to come like one "to be signed": the sentence
# that names no side takes the story's two sides (the headline's pair).
TO_BE_FINALISED: list[Row] = [
    (
        "Chile, Peru review road and energy links",
        "The Chilean ambassador called on the Peruvian trade minister on Tuesday. Both sides "
        "expressed the hope that the agreement on air services would be finalised at the next "
        "session.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "Ghana, Peru review ties",
        "Ghana and Peru held consultations in Accra on Monday. The two sides said the treaty on "
        "legal assistance will be finalized by the end of the year.",
        [("treaty", "planned", ["GHA", "PER"], None)],
    ),
    # No instrument: details of a route are not a document.
    (
        "Ghana, Peru review ties",
        "Ghana and Peru held consultations in Accra on Monday. The two sides said the details "
        "of the new route will be finalized by the end of the year.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TO_BE_FINALISED)
def test_to_be_finalised(headline: str | None, body: str, expected: list[Summary]) -> None:
    """An instrument that "would be finalised" is planned, between the story's two sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# "Working on" / "talks on" a cooperation or action plan is a step to come, as it is for an
# agreement or a road map; a state's own budget plans stay out.
WORKING_ON_A_PLAN: list[Row] = [
    (
        "Chile, Norway review trade",
        "Chile and Norway held talks in Oslo on Monday. The sides are also working on an action "
        "plan for 2025-2026.",
        [("plan", "planned", ["CHL", "NOR"], None)],
    ),
    (
        "Ghana, Peru review ties",
        "Trade between Ghana and Peru rose 8 percent last year. The two sides are in talks on a "
        "plan of cooperation in fisheries.",
        [("plan", "planned", ["GHA", "PER"], None)],
    ),
    ("Chile budget", "Chile is working on its budget plans for 2026.", []),
]


@pytest.mark.parametrize(("headline", "body", "expected"), WORKING_ON_A_PLAN)
def test_working_on_a_plan(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A cooperation or action plan being worked on is planned, between the two sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# A protocol amending an agreement "with B" is between B and the story's state (the amended
# agreement's sides), not the states of another instrument told in its sentence; told with
# "the", it is still a document of its own, not the agreement ratified before it.
AMENDING_WITH: list[Row] = [
    (
        "Chile parliament ratifies deals",
        "The Chilean Senate on Tuesday ratified the agreement between Chile and Argentina on "
        "border crossings. Chile will also sign a deal with Peru. The Senate ratified the "
        "protocol on amendments to the agreement with Peru on air services. Chile and Peru are "
        "neighbours.",
        [
            ("agreement", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("agreement", "planned", ["CHL", "PER"], None),
            # a ratification told once in the lead: the day of the lead's ratification
            ("protocol", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina, as well as a protocol amending the agreement with Peru on fisheries.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            # ratified with the convention, in the lead: the same day
            ("protocol", "ratified", ["PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AMENDING_WITH)
def test_amending_with(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A protocol amending the agreement with B has B as a side."""
    assert agreement_summaries(body, PUB, headline) == expected


# A further object of a ratifying verb ("ratified the X, as well as a Y"; "MPs endorsed a Y,
# and the Z, which was signed in ...") is ratified too, with the states of its own item; a
# new clause with a signing verb of its own keeps its status.
RATIFIED_LIST: list[Row] = [
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina. Chilean MPs also endorsed a protocol amending the 2015 Chile-Bolivia "
        "agreement on road transport, and the air services agreement with Norway, which was "
        "signed in Oslo last June.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            # endorsed in the same session the lead dates: that day, not the signing's
            ("protocol", "ratified", ["BOL", "CHL"], "2024-04-16"),
            ("agreement", "ratified", ["CHL", "NOR"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina, and the two presidents signed a memorandum on tourism.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("memorandum", "signed", ["ARG", "CHL"], None),
        ],
    ),
]


# A further item with a predicate of its own keeps that predicate's status.
RATIFIED_LIST += [
    (
        None,
        "The parliament of Chile on Tuesday ratified the treaty on trade with Peru, and the "
        "memorandum on tourism was signed on Monday.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the treaty on trade with Peru, and the "
        "memorandum on tourism will be signed in May.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("memorandum", "planned", ["CHL", "PER"], "2024-05"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), RATIFIED_LIST)
def test_ratified_list(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Every object of one ratifying verb is ratified."""
    assert agreement_summaries(body, PUB, headline) == expected


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
            ("agreement", "planned", ["CHL", "EAEU"], None),
            ("agreement", "signed", ["CHL", "EAEU"], "2019"),
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
