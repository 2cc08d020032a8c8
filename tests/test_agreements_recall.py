"""Recall of agreements: signing verbs, plan names and sides told elsewhere in the story.

Every sentence below was written for these tests (invented talks, documents and
figures); none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements._extract import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 5, 10)

# (headline, body, expected [(kind, parties, status)])
Row = tuple[str | None, str, list[tuple[str, list[str], str]]]

ROWS: list[Row] = [
    # A signing verb of news copy: "sealed", "initialled" (to come).
    (
        None,
        "Chile and Norway said the fisheries agreement is to be sealed next month.",
        [("agreement", ["CHL", "NOR"], "planned")],
    ),
    (
        None,
        "Chile and Norway said the fisheries protocol will be initialled in Oslo.",
        [("protocol", ["CHL", "NOR"], "planned")],
    ),
    # A plan named in American spelling: "action program".
    (
        None,
        "Chile and Norway noted that the action program on fisheries is being implemented.",
        [("plan", ["CHL", "NOR"], "ratified")],
    ),
    (
        None,
        "Chile and Norway adopted a programme of action on fisheries for 2024-2026.",
        [("plan", ["CHL", "NOR"], "signed")],
    ),
    # A signing to come whose sentence names no side: the previous sentence's states.
    (
        None,
        "The presidents of Chile and Norway held talks in Oslo on Monday. "
        "They instructed their governments to sign an agreement on fisheries by autumn.",
        [("agreement", ["CHL", "NOR"], "planned")],
    ),
    # A signing whose sentences name no side: the headline names them.
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "NOR"], "signed")],
    ),
    # ... else the lead sentence does.
    (
        None,
        "Chile and Norway agreed to widen trade at talks in Santiago on Tuesday. "
        "The ministers discussed fisheries and shipping at length. "
        "After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "NOR"], "signed")],
    ),
    # A named instrument whose signing is told with no side: the headline's states too.
    (
        "Chile and Norway celebrate a decade of partnership",
        "The ministers spoke about shipping. "
        "They recalled the signing of the Southern Fisheries Treaty.",
        [("treaty", ["CHL", "NOR"], "signed")],
    ),
    # An unnumbered "the parties" of a meeting whose participants are listed: all of them.
    (
        None,
        "Chile hosted a meeting of transport ministers on Monday. "
        "Ministers of Peru, Bolivia and Ecuador took part in the meeting. "
        "The parties agreed that a road map would be signed in June.",
        [("plan", ["BOL", "CHL", "ECU", "PER"], "planned")],
    ),
    # ... but "the two sides" are two, whoever else the story lists.
    (
        None,
        "Chile and Peru held talks on Monday; Chile also briefed Bolivia. "
        "Ministers of Peru, Bolivia and Ecuador took part in a forum earlier. "
        "The two sides agreed that a road map would be signed in June.",
        [("plan", ["CHL", "PER"], "planned")],
    ),
    # Not when the sentence names a signer the headline does not tell (a company).
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "In May, Fjordline Shipping and the government signed an agreement on port fees.",
        [],
    ),
    # Nor for a consent: "an agreement was reached on ..." is no document.
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "An agreement was reached on widening dialogue in new areas.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), ROWS)
def test_recall_rows(
    headline: str | None, body: str, expected: list[tuple[str, list[str], str]]
) -> None:
    """Each story gives exactly the expected (kind, parties, status) records."""
    found = extract_agreements(Article(body=body, title=headline, published=PUB))
    got = [(a.kind.value, [str(p) for p in a.parties], a.status.value) for a in found]
    assert got == expected
