"""Agreements: the count of a plural ("signed 5 documents") beside the documents named.

A plural's count covers only the documents its sentence or list does not name one by one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 6, 8)


def test_headline_count_keeps_only_the_unnamed_rest() -> None:
    """'Chile, Peru sign 5 documents' over three listed ones leaves a count of two."""
    body = (
        "Chile, Peru sign 5 documents\n\nThe presidents of Chile and Peru held talks in Lima "
        "on June 7.\n\nFollowing the talks, the following documents were signed:\n\n"
        "- Agreement on visa-free travel between Chile and Peru;\n\n"
        "- Memorandum of understanding on energy;\n\n"
        "- Protocol on consultations between the foreign ministries."
    )
    found = extract_agreements(Article(id="t", body=body, published=PUB))
    assert [a.count for a in found] == [2, 1, 1, 1]


PUB_FRESH12 = dt.date(2024, 4, 17)


def _counts(headline: str | None, body: str) -> list[int]:
    return [
        a.count
        for a in extract_agreements(Article(title=headline, body=body, published=PUB_FRESH12))
    ]


def test_among_the_papers_count_the_rest() -> None:
    """The summary then covers only the documents not named one by one."""
    body = (
        "Chile and Norway signed seven documents in Oslo on Monday. "
        "Among the papers are an agreement on fisheries and a memorandum on polar research."
    )
    assert _counts(None, body) == [5, 1, 1]


def test_listed_items_leave_the_rest_counted() -> None:
    """The plural's count covers only the documents its sentence does not list."""
    body = (
        "Chile and Norway on Tuesday signed five agreements including a memorandum on "
        "fisheries and an agreement on the avoidance of double taxation."
    )
    found = extract_agreements(Article(body=body, published=PUB_FRESH12))
    assert [a.count for a in found] == [3, 1, 1]


PUB_SIDES = dt.date(2023, 5, 10)  # a Wednesday


# Headline-like English that drops the article, and one count over two document words.
# (body, expected [(kind, parties, status, count)])
BareRow = tuple[str, list[tuple[str, list[str], str, int]]]


BARE_ROWS: list[BareRow] = [
    (
        "Chile and Peru signed agreement on cooperation in the field of tourism.",
        [("agreement", ["CHL", "PER"], "signed", 1)],
    ),
    ("Chile and Peru inked accord on fisheries.", [("agreement", ["CHL", "PER"], "signed", 1)]),
    (
        "Chile ratifies agreement with Peru on the junction of state borders",
        [("agreement", ["CHL", "PER"], "ratified", 1)],
    ),
    (
        "Chilean Senate approves agreement with Peru on the border",
        [("agreement", ["CHL", "PER"], "ratified", 1)],
    ),
    ("Chile, Peru seal deal on gas transit", [("agreement", ["CHL", "PER"], "signed", 1)]),
    # A consent is still no document.
    ("Chile and Peru reached agreement on tourism.", []),
    ("Chile and Peru expressed agreement on the need to cooperate.", []),
    # "23 memoranda and agreements": one summary of 23 documents.
    (
        "Chile and Peru inked 23 MoUs and agreements in various fields.",
        [("other", ["CHL", "PER"], "signed", 23)],
    ),
    (
        "As many as 15 agreements and other documents were signed between Chile and Peru.",
        [("other", ["CHL", "PER"], "signed", 15)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), BARE_ROWS)
def test_bare_words_and_counted_pairs(
    body: str, expected: list[tuple[str, list[str], str, int]]
) -> None:
    """Kind, parties, status and count of each record."""
    found = extract_agreements(Article(body=body, published=PUB_SIDES))
    got = [
        (a.kind.value, sorted(str(p) for p in a.parties), a.status.value, a.count) for a in found
    ]
    assert got == expected
