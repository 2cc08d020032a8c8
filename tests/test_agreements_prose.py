"""Agreement classes seen in wire, briefing-room and broadcaster prose (issue 9, fifth pass).

Each row is one general rule, tested on sentences written for these tests (invented
documents, dates and places); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements import extract_agreements
from diplonews.models import Agreement, Article

# (kind, status, parties, date)
Summary = tuple[str, str, list[str], str | None]

PUB = dt.date(2023, 6, 8)


def _summary(agreement: Agreement) -> Summary:
    return (
        agreement.kind.value,
        agreement.status.value,
        [str(p) for p in agreement.parties],
        str(agreement.date) if agreement.date else None,
    )


def _agreements(body: str) -> list[Summary]:
    article = Article(id="t", body=body, published=PUB)
    return [_summary(a) for a in extract_agreements(article)]


ROWS: list[tuple[str, str, list[Summary]]] = [
    # A state named right after "with" behind an instrument's name is one of its sides.
    (
        "named-with-state",
        "The minister reaffirmed adherence to the 1981 Border Agreement with Norway.",
        [("agreement", "signed", ["NOR"], "1981")],
    ),
    (
        "named-with-the-state",
        "He recalled the 1962 Fisheries Convention with the Netherlands.",
        [("treaty", "signed", ["NLD"], "1962")],
    ),
    # ... but not a demonym (a person described), nor the partner of a talk.
    (
        "named-with-demonym-is-no-side",
        "The envoy praised the 1981 Border Agreement with the Norwegian delegate.",
        [("agreement", "signed", [], "1981")],
    ),
    (
        "named-discussed-with-state-is-no-side",
        "The minister discussed the 1981 Border Agreement with Norway on Monday.",
        [("agreement", "signed", [], "1981")],
    ),
    # A side the sentence already names is kept as it was.
    (
        "named-with-signers-kept",
        "Chile signed the Lima Accord on Rivers with Peru in 2019.",
        [("agreement", "signed", ["CHL", "PER"], "2019")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_prose(body: str, expected: list[Summary]) -> None:
    """Each row gives the instruments a reader of the sentence would list."""
    assert _agreements(body) == expected
