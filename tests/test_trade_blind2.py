"""Trade records: classes of unseen regional news, one general class per row.

Each row states a class in its id (texts and figures invented for diplonews) and checks
the records it gives, or that it gives none where the shape is no trade figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, trade_rows

D = dt.date

# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "the-turnover-in-a-later-paragraph-restated-in-national-currency",
        "Mongolia's foreign trade turnover reached $9.4 billion in January-June 2024, "
        "the statistics office said.\n\nIn national currency, the turnover came to 31.8 "
        "billion tenge.",
        D(2024, 8, 1),
        [
            ("MNG", None, "turnover", 9_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("MNG", None, "turnover", 31_800_000_000, "KZT", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "the-turnover-in-a-later-paragraph-for-the-same-months-a-year-before",
        "Trade between Peru and Ghana came to $215,6 million in January-May 2024, the "
        "minister told the commission.\n\nIn the corresponding period of last year, the "
        "turnover stood at $180,2 million, he added.",
        D(2024, 7, 1),
        [
            ("PER", "GHA", "turnover", 215_600_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", "GHA", "turnover", 180_200_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "a-firm-s-turnover-in-a-later-paragraph-is-no-trade",
        "Peru's foreign trade turnover reached $9.4 billion in January-June 2024.\n\n"
        "The turnover of the state mining company came to $1.2 billion in the period.",
        D(2024, 8, 1),
        [("PER", None, "turnover", 9_400_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "flows-after-a-world-total-in-its-sentence-are-totals-too",
        "Peru's exports to Chile fell to $402 million in January-May 2024. Exports to Ghana "
        "stood at $34.5m in January-May. Overall, the country's exports stood at $12.1 "
        "billion in the five months, while imports reached $21.5bn, leaving a trade deficit "
        "of $9.4bn.",
        D(2024, 6, 20),
        [
            ("PER", "CHL", "export", 402_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", "GHA", "export", 34_500_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", None, "export", 12_100_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", None, "import", 21_500_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", None, "balance", -9_400_000_000, "USD", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "the-country-s-exports-with-no-partner-are-its-total",
        "Peru's exports to Chile fell to $402 million in January-May 2024. In May alone, "
        "the country's exports reached $3.1 billion.",
        D(2024, 6, 20),
        [
            ("PER", "CHL", "export", 402_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PER", None, "export", 3_100_000_000, "USD", "2024-05-01", "2024-05-31", False),
        ],
    ),
    (
        "a-goal-for-the-country-s-exports-is-its-total",
        "Peru's exports to Chile fell to $402 million in 2023. The government plans to "
        "bring the country's exports to $5 billion by 2030.",
        D(2024, 6, 20),
        [
            ("PER", "CHL", "export", 402_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 5_000_000_000, "USD", "2030-01-01", "2030-12-31", True),
        ],
    ),
    (
        "a-partner-of-its-own-after-a-total-stays",
        "Trade between Peru and Chile reached $1.2 billion in 2023. Peru's total exports "
        "were $12 billion, while its exports to Chile came to $700 million.",
        D(2024, 6, 20),
        [
            ("PER", "CHL", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 12_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "export", 700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-world-total-leaves-the-story-s-pair-for-the-next-sentence",
        "Sri Lanka's exports to Chile fell to $402 million in January-May 2024. Overall, the "
        "country's exports stood at $12.1 billion in the five months, while imports reached "
        "$21.5bn. In rupee terms, imports amounted to Rs6.4 trillion during the period.",
        D(2024, 6, 20),
        [
            ("LKA", "CHL", "export", 402_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("LKA", None, "export", 12_100_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("LKA", None, "import", 21_500_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("LKA", None, "import", 6_400_000_000_000, "LKR", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "a-list-closed-by-the-country-s-trading-partners-is-turnover",
        "Peru's foreign trade turnover amounted to $29.5 billion in January-July 2022. "
        "Peru's exports to Chile were worth $8.6 billion in the period. Ghana ($1.6 billion) "
        "and Kenya ($1.4 billion) followed Chile in the list of the country's main trading "
        "partners.",
        D(2022, 8, 20),
        [
            ("PER", None, "turnover", 29_500_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "CHL", "export", 8_600_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "GHA", "turnover", 1_600_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "KEN", "turnover", 1_400_000_000, "USD", "2022-01-01", "2022-07-31", False),
        ],
    ),
    (
        "a-list-closed-by-the-country-s-suppliers-is-imports",
        "Peru's foreign trade turnover amounted to $29.5 billion in January-July 2022. "
        "Peru's exports to Chile were worth $8.6 billion in the period. Ghana ($1.6 billion) "
        "and Kenya ($1.4 billion) were the country's next largest suppliers.",
        D(2022, 8, 20),
        [
            ("PER", None, "turnover", 29_500_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "CHL", "export", 8_600_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "GHA", "import", 1_600_000_000, "USD", "2022-01-01", "2022-07-31", False),
            ("PER", "KEN", "import", 1_400_000_000, "USD", "2022-01-01", "2022-07-31", False),
        ],
    ),
    (
        "a-role-with-its-own-amount-after-it-is-not-the-earlier-item-s",
        "Peru's foreign trade turnover amounted to $29.5 billion in 2022. Chile ranks second "
        "with $5.1 billion and is also Peru's largest export market ($1.9 billion).",
        D(2023, 3, 1),
        [
            ("PER", None, "turnover", 29_500_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 5_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "export", 1_900_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "a-fiscal-year-glossed-by-a-which-ran-clause-is-those-months",
        "Bilateral trade between Peru and Ghana amounted to $52.3 million in the fiscal year "
        "2022-23, which ran from July 2022 to June 2023.",
        D(2023, 9, 1),
        [("PER", "GHA", "turnover", 52_300_000, "USD", "2022-07-01", "2023-06-30", False)],
    ),
    (
        "a-fiscal-year-glossed-in-brackets-is-those-months",
        "Bilateral trade between Peru and Ghana amounted to $52.3 million in FY23 (October "
        "2022-September 2023).",
        D(2023, 11, 1),
        [("PER", "GHA", "turnover", 52_300_000, "USD", "2022-10-01", "2023-09-30", False)],
    ),
    (
        "a-bare-fiscal-year-is-still-no-record",
        "Bilateral trade between Peru and Ghana amounted to $52.3 million in the fiscal year "
        "2022-23.",
        D(2023, 9, 1),
        [],
    ),
    (
        "the-figure-after-an-opening-this-year-goes-on-with-the-last-figure",
        "Peru's trade turnover with Ghana amounted to $300 million last year. This year, the "
        "figure has already reached $180 million in the first five months.",
        D(2024, 6, 20),
        [
            ("PER", "GHA", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 180_000_000, "USD", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "it-after-an-opening-last-year-goes-on-with-the-last-figure",
        "Peru's trade turnover with Ghana amounted to $300 million in 2022. Last year it rose "
        "to $350 million.",
        D(2024, 6, 20),
        [
            ("PER", "GHA", "turnover", 300_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "GHA", "turnover", 350_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "an-amount-falling-on-demonym-exports-is-that-state-s-export",
        "The trade turnover between Peru and Ghana amounted to $130 million in 2023, of which "
        "$95 million fell on Ghanaian exports.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 130_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "PER", "export", 95_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "an-amount-falling-on-a-state-is-its-part-of-the-total",
        "Peru's foreign trade amounted to $13 billion in 2023, of which $1.5 billion fell on "
        "Ghana.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 13_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "amounts-accounted-for-exports-and-for-imports-are-those-flows",
        "The trade turnover between Peru and Ghana amounted to $130 million in 2023, of which "
        "$95 million accounted for exports and $35 million for imports.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 130_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 95_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "import", 35_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-share-accounted-for-by-an-amount-is-still-no-record",
        "Peru's trade turnover amounted to $13 billion in 2023. Mining firms said $2 billion "
        "accounted for a fifth of it.",
        D(2024, 3, 1),
        [("PER", None, "turnover", 13_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "labelled-flows-in-brackets-after-a-turnover-are-its-parts",
        "Peru's trade turnover with Ghana amounted to $130 million in 2023 (exports - $95 "
        "million, imports - $35 million).",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 130_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 95_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "import", 35_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-product-s-flow-in-brackets-stays-out",
        "Peru's exports amounted to $95 billion in 2023 (copper exports - $35 billion).",
        D(2024, 3, 1),
        [("PER", None, "export", 95_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "exports-in-a-period-exceeding-imports-by-an-amount-is-the-balance",
        "Peru's exports in January-May 2024 exceeded imports by $1.2 billion.",
        D(2024, 6, 20),
        [("PER", None, "balance", 1_200_000_000, "USD", "2024-01-01", "2024-05-31", False)],
    ),
    (
        "a-balance-in-surplus-by-an-amount-is-that-balance",
        "Peru's trade balance with Ghana was in surplus by $60 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "balance", 60_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "trade-in-deficit-by-an-amount-is-a-negative-balance",
        "Peru's trade with Ghana was in deficit by $60 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "balance", -60_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-surplus-growing-by-an-amount-is-still-a-change",
        "Peru's trade surplus with Ghana grew by $60 million in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "a-national-currency-word-after-an-amount-is-its-currency",
        "Mongolia's foreign trade turnover reached $9.4 billion in 2023. In national "
        "currency, the turnover came to 31.8 trillion tugriks.",
        D(2024, 3, 1),
        [
            ("MNG", None, "turnover", 9_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", None, "turnover", 31_800_000_000_000, "MNT", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "lira-in-a-turkish-story-is-the-turkish-lira",
        "Turkey's trade turnover with Peru reached 4.5 billion lira in 2023.",
        D(2024, 3, 1),
        [("TUR", "PER", "turnover", 4_500_000_000, "TRY", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lei-in-a-moldovan-story-is-the-moldovan-leu",
        "Moldova's trade turnover with Peru reached 2.1 billion lei in 2023.",
        D(2024, 3, 1),
        [("MDA", "PER", "turnover", 2_100_000_000, "MDL", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-bare-target-with-a-year-after-a-trade-figure-is-its-goal",
        "Peru's trade with Ghana amounted to $300 million in 2023. The ministers set a target "
        "of $1 billion for 2026.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "another-noun-s-target-after-a-trade-figure-is-no-record",
        "Peru's trade with Ghana amounted to $300 million in 2023. The investment target is "
        "$1 billion in 2025.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-bare-target-with-no-year-is-no-record",
        "Peru's trade with Ghana amounted to $300 million in 2023. The ministers set a target "
        "of $1 billion.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [pytest.param(body, pub, rows, id=name) for name, body, pub, rows in RECORDS],
)
def test_records(body: str, published: dt.date, expected: list[Row]) -> None:
    """The records of each invented text are exactly the expected ones."""
    assert sorted(trade_rows(body, published), key=repr) == sorted(expected, key=repr)
