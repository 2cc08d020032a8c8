"""Trade records: sentence shapes of unseen regional news, one general class per row.

Each row states a class (texts and figures invented for diplonews) and checks the
records it gives, or that it gives none where the shape is no trade figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, trade_rows

D = dt.date

# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "buyer-of-demonym-goods-is-the-origin-s-export",
        "LIMA. Peru's exports reached $66 billion in 2023. Chile was the largest buyer of "
        "Peruvian goods with $14 billion, followed by Ghana ($9 billion).",
        D(2024, 3, 1),
        [
            ("PER", None, "export", 66_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "export", 14_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 9_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "buyer-of-another-state-s-products",
        "LIMA. Peru's exports reached $66 billion in 2023. Chile was the main buyer of "
        "Bolivian products with $2 billion.",
        D(2024, 3, 1),
        [
            ("PER", None, "export", 66_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("BOL", "CHL", "export", 2_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "goal-raising-it-after-a-pair-figure",
        "Trade between Peru and Ghana grew by 9 percent last year to $1.3 billion. The "
        "ministers agreed to raise it to $4 billion by 2029.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 4_000_000_000, "USD", "2029-01-01", "2029-12-31", True),
        ],
    ),
    (
        "goal-bringing-it-with-no-year-is-no-record",
        "Trade between Peru and Ghana grew by 9 percent last year to $1.3 billion. They "
        "hope to bring it to $4 billion soon.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "goal-raising-something-else-is-no-record",
        "Trade between Peru and Ghana grew by 9 percent last year to $1.3 billion. The fund "
        "plans to raise its capital to $4 billion by 2029.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "goal-raising-it-after-another-sentence-is-no-record",
        "Trade between Peru and Ghana grew by 9 percent last year to $1.3 billion. The "
        "ministers also discussed a new road. They agreed to raise it to $4 billion by 2029.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "us-dollar-sign-after-the-number",
        "Trade turnover between Peru and Ghana amounted to 450 million US$ in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 450_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "us-dollar-sign-after-the-multiplier-abbreviation",
        "Peru's exports to Ghana reached 75,4 mln US$ in January-May 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 75_400_000, "USD", "2023-01-01", "2023-05-31", False)],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [r[1:4] for r in RECORDS],
    ids=[r[0] for r in RECORDS],
)
def test_unseen_trade_class(body: str, published: dt.date, expected: list[Row]) -> None:
    """Each sentence shape gives exactly its records."""
    assert trade_rows(body, published) == expected
