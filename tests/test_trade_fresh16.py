"""Trade records: classes seen on the fresh a and b pages and the released w/x pages (trade16).

Each row states a class in its id (texts, names and figures invented for diplonews) and
checks the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, trade_rows

D = dt.date

# (id, headline, body, published, expected records)
RECORDS: list[tuple[str, str | None, str, dt.date, list[Row]]] = [
    (
        "the-two-countries-of-a-multi-meeting-story-are-the-pair-of-their-paragraph",
        None,
        "Peru's president held bilateral meetings with foreign leaders at the forum in Lima.\n\n"
        "On May 3, he met the President of Chile. Trade turnover between the two countries "
        "reached $ 512,4 million in 2023.\n\n"
        "Later that day, he received the Prime Minister of Ecuador. Last year the turnover "
        "amounted to $ 233,1 million, with Peruvian exports of $ 97,5 million.",
        D(2024, 5, 6),
        [
            ("PER", "CHL", "turnover", 512_400_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "ECU", "turnover", 233_100_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "ECU", "export", 97_500_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "bilateral-trade-in-a-paragraph-naming-no-state-is-the-pair-of-the-paragraph-before",
        None,
        "Ghana's exports to Nigeria rose to $ 1,2 billion in 2023, official data showed.\n\n"
        "Separately, Ghana's trade minister met the Ambassador of Togo in Accra on Monday.\n\n"
        '"Our target is to take bilateral trade to $ 900 million by 2027," the minister said.',
        D(2024, 3, 12),
        [
            ("GHA", "NGA", "export", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "turnover", 900_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "a-bare-turnover-after-a-source-lead-in-is-the-story-s-turnover",
        None,
        "Trade turnover between Peru and Chile in 2024 amounted to 3,6 bln dollars, the deputy "
        "minister told reporters.\n\n"
        "According to him, in the first quarter of this year turnover rose by 9% year-on-year, "
        "to 905 mln dollars, with fruit accounting for most of the increase.",
        D(2025, 5, 14),
        [
            ("PER", "CHL", "turnover", 3_600_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("PER", "CHL", "turnover", 905_000_000, "USD", "2025-01-01", "2025-03-31", False),
        ],
    ),
    (
        "a-bare-turnover-after-a-month-alone-with-no-comma-is-the-story-s-turnover",
        None,
        "Ghana's foreign trade turnover amounted to $ 38,2 billion in 2025, the statistics "
        "service reported.\n\n"
        "In January 2026 alone turnover was some 3,1 billion dollars.",
        D(2026, 2, 20),
        [
            ("GHA", None, "turnover", 38_200_000_000, "USD", "2025-01-01", "2025-12-31", False),
            ("GHA", None, "turnover", 3_100_000_000, "USD", "2026-01-01", "2026-01-31", False),
        ],
    ),
    (
        "a-flow-word-in-an-earlier-list-item-s-brackets-opens-no-frame-for-later-items",
        None,
        "Peru's foreign trade turnover in January-September 2024 totalled $ 58,3 billion.\n\n"
        "Peru's main partners among individual states were as follows:\n\n"
        "• Chile - $ 9,4 billion (exports $ 5,1 billion, imports $ 4,3 billion); "
        "• Bolivia - $ 6,2 billion; • Ecuador - $ 2,05 billion.",
        D(2024, 10, 21),
        [
            ("PER", None, "turnover", 58_300_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "CHL", "turnover", 9_400_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "CHL", "export", 5_100_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "CHL", "import", 4_300_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "BOL", "turnover", 6_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("PER", "ECU", "turnover", 2_050_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "a-flow-word-in-a-descriptive-aside-between-commas-opens-no-frame",
        None,
        "Ghana's trade with Nigeria hit 21.6 billion cedis in January-May 2025, the official "
        "said. Ghana's exports to Nigeria, mainly cocoa, cement and steel rods, accounted for "
        "12.4 billion cedis of the figure. Trade with Togo, dominated by Ghana's fuel imports, "
        "totaled 4.3 billion cedis, and with Benin 1.7 billion cedis.",
        D(2025, 6, 19),
        [
            ("GHA", "NGA", "turnover", 21_600_000_000, "GHS", "2025-01-01", "2025-05-31", False),
            ("GHA", "NGA", "export", 12_400_000_000, "GHS", "2025-01-01", "2025-05-31", False),
            ("GHA", "TGO", "turnover", 4_300_000_000, "GHS", "2025-01-01", "2025-05-31", False),
            ("GHA", "BEN", "turnover", 1_700_000_000, "GHS", "2025-01-01", "2025-05-31", False),
        ],
    ),
    (
        "a-goal-called-for-with-raising-and-no-year-is-no-record",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "Officials of both countries have called for raising the annual trade to $ 4 billion.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-goal-set-as-the-task-of-bringing-trade-to-an-amount-with-no-year-is-no-record",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "The leaders set the task of bringing the volume of mutual trade to $ 5 billion.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-goal-agreed-with-raise-and-no-year-is-no-record",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "The two countries have agreed to raise bilateral trade to $ 3 billion.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-goal-agreed-earlier-this-year-is-not-a-goal-for-this-year",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "Earlier this year, the sides agreed to raise bilateral trade to $ 3 billion within "
        "three years.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-goal-with-raise-and-its-own-year-is-a-target",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "The two countries have agreed to raise bilateral trade to $ 3 billion by 2026.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "turnover", 3_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "a-result-clause-bringing-a-balance-to-an-amount-stays-a-fact",
        None,
        "Trade between Peru and Chile amounted to $ 2,1 billion in January-September 2023.\n\n"
        "Peru's imports from Chile totalled $ 1,3 billion in the period, bringing the trade "
        "deficit to $ 0,5 billion.",
        D(2023, 10, 24),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "import", 1_300_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "balance", -500_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "a-goal-to-bring-total-turnover-to-an-amount-by-a-year-is-the-world-target",
        None,
        "Ghana's foreign trade turnover amounted to $ 41.2 billion in January-September "
        "2023.\n\nThe deputy minister said the government aims to raise non-resource exports "
        "and to bring total turnover to $ 70 billion by 2029.",
        D(2023, 11, 14),
        [
            ("GHA", None, "turnover", 41_200_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("GHA", None, "turnover", 70_000_000_000, "USD", "2029-01-01", "2029-12-31", True),
        ],
    ),
    (
        "a-country-that-targets-exports-of-amounts-by-years-states-targets",
        None,
        "Peru's exports hit $ 55.8 billion in 2023.\n\nThe president said the country targets "
        "exports of $ 67 billion in 2024 and $ 75 billion by 2028 under the medium-term program.",
        D(2024, 1, 3),
        [
            ("PER", None, "export", 55_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 67_000_000_000, "USD", "2024-01-01", "2024-12-31", True),
            ("PER", None, "export", 75_000_000_000, "USD", "2028-01-01", "2028-12-31", True),
        ],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"),
    [
        pytest.param(title, body, published, rows, id=name)
        for name, title, body, published, rows in RECORDS
    ],
)
def test_records(title: str | None, body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published, title), key=repr) == sorted(expected, key=repr)
