"""Agreement shapes of the seed outlets that no key sentence taught (issue 9).

Each row is a class of story, written for these tests in the outlets' style
(names, places and dates invented or changed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article


def _agreements(body: str, published: dt.date, dateline: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=published, dateline=dateline)
    return [summary(a) for a in extract_agreements(article)]


SHAPES: list[tuple[str, str, dt.date, str | None, list[Summary]]] = [
    (
        "documents-named-after-among-them",
        "Chile and Peru signed several documents in Lima on March 3.\n\nAmong them are an "
        "agreement on fisheries, a memorandum of understanding on tourism, and a protocol on "
        "amendments to the agreement on air services of 2011.",
        dt.date(2024, 3, 4),
        None,
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-03-03"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-03-03"),
            ("protocol", "signed", ["CHL", "PER"], "2024-03-03"),
        ],
    ),
    (
        "a-ratification-dated-before-its-verb",
        "The Chilean parliament on Tuesday ratified the agreement between Chile and Peru on "
        "fisheries, signed in Lima on May 2, 2023.",
        dt.date(2024, 3, 6),
        None,
        [("agreement", "ratified", ["CHL", "PER"], "2024-03-05")],
    ),
    (
        "a-signing-after-the-talks-takes-the-talks-day",
        "President of Chile Ana Soto received Peruvian Foreign Minister Luis Vega on March 3."
        "\n\nFollowing the talks, the two sides signed a memorandum on tourism.",
        dt.date(2024, 3, 4),
        "Santiago, March 4",
        [("memorandum", "signed", ["CHL", "PER"], "2024-03-03")],
    ),
    (
        "a-signing-as-the-days-news-takes-the-dateline",
        "Chile and Peru signed a memorandum on tourism.",
        dt.date(2024, 3, 4),
        "Santiago, March 4",
        [("memorandum", "signed", ["CHL", "PER"], "2024-03-04")],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "dateline", "expected"),
    [row[1:] for row in SHAPES],
    ids=[row[0] for row in SHAPES],
)
def test_shape(
    body: str, published: dt.date, dateline: str | None, expected: list[Summary]
) -> None:
    """Each shape gives the instruments a reader of the story would list."""
    assert _agreements(body, published, dateline) == expected
