"""Trade records: classes seen on the trade-heavy fresh set (s pages), one class per row.

Each row states a class in its id (texts and figures invented for diplonews) and checks
the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.periods import extract_periods
from trade_rows import Row, trade_rows

D = dt.date

# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "an-iranian-year-ending-in-a-gregorian-leap-year-ends-on-19-march",
        "TEHRAN - Iran's trade with Peru reached $1.3 billion in the last Iranian calendar "
        "year, the customs office said.",
        D(2024, 4, 2),
        [("IRN", "PER", "turnover", 1_300_000_000, "USD", "2023-03-21", "2024-03-19", False)],
    ),
    (
        "first-months-of-the-current-fiscal-year-are-not-the-calendar-year-s",
        "LIMA: Peru's trade deficit narrowed in the first nine months of the current fiscal "
        "year, the statistics bureau said on Tuesday.\n\n"
        "The deficit during July-March stood at $5.2 billion. Exports rose to $3.1bn.",
        D(2024, 4, 18),
        [
            ("PER", None, "balance", -5_200_000_000, "USD", "2023-07-01", "2024-03-31", False),
            ("PER", None, "export", 3_100_000_000, "USD", "2023-07-01", "2024-03-31", False),
        ],
    ),
    (
        "the-n-month-period-is-the-period-held-that-is-n-months-long",
        "LIMA: Peru's trade deficit stood at $4.4 billion in July-March, the bureau said.\n\n"
        "On a monthly basis, exports fell 3.1pc in March.\n\n"
        "Separately, trade with Chile stood at $2.6bn in the nine-month period.",
        D(2024, 4, 18),
        [
            ("PER", None, "balance", -4_400_000_000, "USD", "2023-07-01", "2024-03-31", False),
            ("PER", "CHL", "turnover", 2_600_000_000, "USD", "2023-07-01", "2024-03-31", False),
        ],
    ),
    (
        "a-when-clause-after-a-period-gives-that-period-s-turnover",
        "LIMA - Peru's foreign trade turnover amounted to $61.4 billion in January-August "
        "2023, the bureau said.\n\n"
        "Exports came to $33.2 billion. Compared with the same period last year, when "
        "turnover was $58.9 billion, the total rose by 4.2 percent.",
        D(2023, 10, 9),
        [
            ("PER", None, "turnover", 61_400_000_000, "USD", "2023-01-01", "2023-08-31", False),
            ("PER", None, "export", 33_200_000_000, "USD", "2023-01-01", "2023-08-31", False),
            ("PER", None, "turnover", 58_900_000_000, "USD", "2022-01-01", "2022-08-31", False),
        ],
    ),
    (
        "a-when-clause-after-a-compared-year-gives-that-year-s-figure",
        "LIMA\n\nPeru's exports reached $71.5 billion in 2023, the minister said.\n\n"
        "Exports rose 1.1% compared to 2022, when they stood at $70.7 billion.",
        D(2024, 1, 4),
        [
            ("PER", None, "export", 71_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 70_700_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "a-planning-verb-before-exports-is-no-product-of-them",
        "ISTANBUL\n\nPeru's exports reached $71.5 billion in 2023, the minister said.\n\n"
        "The medium-term plan foresees exports of $90 billion in 2027.",
        D(2024, 1, 4),
        [
            ("PER", None, "export", 71_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 90_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "a-group-s-abbreviation-in-brackets-is-no-new-subject",
        "LIMA - Peru's foreign trade turnover in 2021 amounted to $9.1 billion, the office "
        "said.\n\n"
        "Trade with the Eurasian Economic Union (EAEU) grew by 12 percent to $1.4 billion, while "
        "trade with Ghana stood at $0.3 billion.",
        D(2022, 2, 16),
        [
            ("PER", None, "turnover", 9_100_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "EAEU", "turnover", 1_400_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "GHA", "turnover", 300_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "the-union-after-a-group-s-name-is-that-group",
        "LIMA - Peru's trade with Ghana in 1H2019 reached $61.5 million, the office said.\n\n"
        "The share of EAEU countries in the turnover was 12.4 percent. Trade with the union "
        "stood at $88.2 million.",
        D(2019, 8, 3),
        [
            ("PER", "GHA", "turnover", 61_500_000, "USD", "2019-01-01", "2019-06-30", False),
            ("PER", "EAEU", "turnover", 88_200_000, "USD", "2019-01-01", "2019-06-30", False),
        ],
    ),
    (
        "an-export-target-of-an-amount-is-a-goal-for-exports",
        "LIMA: Peru's trade deficit narrowed to $2.9bn in the first half of the current "
        "fiscal year (April-September 2023), the bureau said on Wednesday.\n\n"
        "The government has set an export target of $41bn for the full fiscal year.",
        D(2023, 10, 18),
        [
            ("PER", None, "balance", -2_900_000_000, "USD", "2023-04-01", "2023-09-30", False),
            ("PER", None, "export", 41_000_000_000, "USD", "2023-04-01", "2024-03-31", True),
        ],
    ),
    (
        "a-fiscal-shorthand-counts-months-of-the-story-s-fiscal-year",
        "LIMA: Peru's trade deficit narrowed to $2.9bn in the first half of the current "
        "fiscal year (July-December 2023), the bureau said on Wednesday.\n\n"
        "In 5MFY24, exports stood at $7.7bn.",
        D(2024, 1, 17),
        [
            ("PER", None, "balance", -2_900_000_000, "USD", "2023-07-01", "2023-12-31", False),
            ("PER", None, "export", 7_700_000_000, "USD", "2023-07-01", "2023-11-30", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [pytest.param(body, published, rows, id=name) for name, body, published, rows in RECORDS],
)
def test_records(body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        # The solar year starts on Nowruz: 20 March after a leap year of the 33-year cycle.
        ("in the past Iranian year", D(2024, 5, 1), ["2023-03-21..2024-03-19"]),
        ("in the current Iranian year", D(2024, 3, 20), ["2024-03-20..2025-03-20"]),
        ("in the current Iranian year", D(2024, 3, 19), ["2023-03-21..2024-03-19"]),
        (
            "in the first two months of the current Iranian year",
            D(2020, 6, 1),
            ["2020-03-20..2020-05-20"],
        ),
        ("in the Iranian year 1398", D(2021, 1, 5), ["2019-03-21..2020-03-19"]),
        ("in the Iranian year 1401", D(2023, 1, 5), ["2022-03-21..2023-03-20"]),
    ],
)
def test_iranian_years_follow_nowruz(phrase: str, published: dt.date, expected: list[str]) -> None:
    """An Iranian year runs from one Nowruz to the day before the next."""
    assert [str(p.period) for p in extract_periods(phrase, published)] == expected
