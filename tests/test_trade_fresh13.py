"""Trade records: classes seen on the fresh x pages and on unseen news, one class per row.

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
        "the-sides-of-a-later-paragraph-are-the-headline-s-not-a-third-state-s",
        "Peruvian-Chilean trade hit $ 4,2 billion in 9M2023",
        "Trade between Peru and Chile totalled $ 4,2 billion in January-September 2023, "
        "the ambassador said.\n\n"
        "Bolivia's trade with Chile in the same period stood at $ 2,6 billion.\n\n"
        "The sides hope to lift trade to $ 6 billion in 2025, the ambassador added.",
        D(2023, 11, 3),
        [
            ("PER", "CHL", "turnover", 4_200_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("BOL", "CHL", "turnover", 2_600_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("PER", "CHL", "turnover", 6_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "bilateral-trade-of-a-later-paragraph-is-no-trade-with-a-group",
        "Trade between Peru and Chile up by 12 percent",
        "The trade turnover between Peru and Chile for January-June 2023 reached 640 million "
        "dollars, the statistics office reported.\n\n"
        "Trade with EU countries accounted for 2,3 billion dollars.\n\n"
        "The two presidents have set the goal of bringing bilateral trade to 1 billion dollars "
        "in 2026.",
        D(2023, 8, 10),
        [
            ("PER", "CHL", "turnover", 640_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "EU", "turnover", 2_300_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "a-clause-naming-its-own-total-foreign-trade-is-no-part-of-the-pair-before-it",
        None,
        "In 2022 as a whole, the trade turnover between Peru and Chile reached USD 312,5 "
        "million, while Peru's total foreign trade stood at USD 21,4 billion.",
        D(2023, 3, 2),
        [
            ("PER", "CHL", "turnover", 312_500_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", None, "turnover", 21_400_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "an-import-side-opener-gives-the-flow-of-the-parts-named-after-it",
        None,
        "Peru's foreign trade turnover amounted to 48,2 billion dollars in the first half of "
        "2023, and trade with Chile came to 7 billion dollars.\n\n"
        "On the import side, Chile accounted for 4,35 billion dollars and Bolivia for "
        "1,2 billion dollars.",
        D(2023, 8, 10),
        [
            ("PER", None, "turnover", 48_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "turnover", 7_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "import", 4_350_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "BOL", "import", 1_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "an-export-side-opener-gives-the-flow-of-a-ranked-list",
        None,
        "Peru's trade turnover amounted to 48,2 billion dollars in the first half of 2023.\n\n"
        "On the export side, Chile led with 5,1 billion dollars, followed by Bolivia "
        "(2,4 billion).",
        D(2023, 8, 10),
        [
            ("PER", None, "turnover", 48_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "export", 5_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "BOL", "export", 2_400_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "a-goal-in-the-medium-term-names-no-period",
        None,
        "Trade between Peru and Chile totalled $ 4,2 billion in 2022, the minister said. "
        "The two leaders agreed at their talks in Lima in May to bring it to $ 7 bln in the "
        "medium term.",
        D(2023, 6, 12),
        [("PER", "CHL", "turnover", 4_200_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "a-target-in-the-long-term-names-no-period-but-a-dated-one-does",
        None,
        "Trade between Peru and Chile totalled $ 4,2 billion in 2022. The sides aim to raise "
        "trade to $ 5 billion in 2024 and to $ 9 billion in the long-term.",
        D(2023, 6, 12),
        [
            ("PER", "CHL", "turnover", 4_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 5_000_000_000, "USD", "2024-01-01", "2024-12-31", True),
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
