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
