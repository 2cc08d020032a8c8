"""Trade records: classes seen on fresh regional pages, one general class per row.

Each row states a class in its id (texts and figures invented for diplonews) and checks
the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text._sentences import split_sentences
from diplonews.text.periods import extract_periods
from trade_rows import Row, trade_rows

D = dt.date

# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "an-abbreviated-multiplier-before-a-currency-code-ends-no-sentence",
        "Peru's foreign trade turnover in January-June 2024 amounted to 7 412,5 mln. USD.\n\n"
        "Exports made 4 102,3 mln. USD, imports 3 310,2 mln. USD.\n\n"
        "Chile was Peru's main trading partner with 1 204,6 mln. USD. Ghana (512,4 mln. USD) "
        "and Norway (301,9 mln. USD) followed.",
        D(2024, 7, 20),
        [
            ("PER", None, "turnover", 7_412_500_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", None, "export", 4_102_300_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", None, "import", 3_310_200_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", "CHL", "turnover", 1_204_600_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", "GHA", "turnover", 512_400_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", "NOR", "turnover", 301_900_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "a-pair-of-an-earlier-paragraph-is-no-partner-once-world-totals-were-stated",
        "Mongolia's foreign trade turnover totaled $18.2 billion in 2024, the statistics "
        "office said. Exports amounted to $11.3 billion.\n\n"
        "Trade with Chile reached $410 million.\n\n"
        "The government aims to bring annual exports to $20 billion by 2030.",
        D(2025, 2, 1),
        [
            ("MNG", None, "turnover", 18_200_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("MNG", None, "export", 11_300_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("MNG", "CHL", "turnover", 410_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("MNG", None, "export", 20_000_000_000, "USD", "2030-01-01", "2030-12-31", True),
        ],
    ),
    (
        "a-bare-flow-in-the-pair-s-own-paragraph-keeps-the-pair",
        "Mongolia's foreign trade turnover totaled $18.2 billion in 2024, the statistics "
        "office said.\n\n"
        "Trade between Mongolia and Chile reached $410 million in 2024. Exports amounted to "
        "$250 million.",
        D(2025, 2, 1),
        [
            ("MNG", None, "turnover", 18_200_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("MNG", "CHL", "turnover", 410_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("MNG", "CHL", "export", 250_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    (
        "the-destination-for-a-state-s-exports-is-its-partner",
        "Peru's exports reached $5 billion in January-March 2024.\n\n"
        "Chile was the largest destination for Peruvian exports with $183.4 million, "
        "followed by Ghana ($164.9 million).",
        D(2024, 4, 19),
        [
            ("PER", None, "export", 5_000_000_000, "USD", "2024-01-01", "2024-03-31", False),
            ("PER", "CHL", "export", 183_400_000, "USD", "2024-01-01", "2024-03-31", False),
            ("PER", "GHA", "export", 164_900_000, "USD", "2024-01-01", "2024-03-31", False),
        ],
    ),
    (
        "the-source-of-a-state-s-imports-is-its-partner",
        "Norway's imports reached $7 billion in January-June 2024.\n\n"
        "Chile was the main source of Norway's imports, with $410 million.",
        D(2024, 8, 19),
        [
            ("NOR", None, "import", 7_000_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("NOR", "CHL", "import", 410_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "the-member-states-of-a-group-are-the-group",
        "Peru's trade with the member states of the Gulf Cooperation Council reached "
        "$2.4 billion in 2023.\n\nPeru's exports to the member countries of ASEAN amounted "
        "to $910 million in 2023.",
        D(2024, 3, 1),
        [
            ("PER", "GCC", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "ASEAN", "export", 910_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "that-country-is-the-state-the-sentence-named-not-the-group-of-the-story",
        "Peru's trade with the EAEU reached $1.3 billion in 2023.\n\n"
        "Belarus was Peru's main partner in the union, with Peruvian exports to that country "
        "reaching $215 million.",
        D(2024, 3, 1),
        [
            ("PER", "EAEU", "turnover", 1_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "BLR", "export", 215_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "the-two-countries-are-the-last-pair-named-between-not-the-headline-s-states",
        "The president will visit Ghana and Norway next week.\n\n"
        "The free trade agreement between Peru and Chile entered into force on May 1.\n\n"
        "Under the deal, the two countries aim to raise bilateral trade to $9 billion by 2030.",
        D(2024, 5, 20),
        [("PER", "CHL", "turnover", 9_000_000_000, "USD", "2030-01-01", "2030-12-31", True)],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in RECORDS],
)
def test_records(body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It came to 5,2 mln. USD. Then more.", ["It came to 5,2 mln. USD.", "Then more."]),
        ("It came to 5,2 bln. EUR in May.", ["It came to 5,2 bln. EUR in May."]),
        ("It was 5 million. USA data came.", ["It was 5 million.", "USA data came."]),
        ("Growth was 5 bln. The rest fell.", ["Growth was 5 bln.", "The rest fell."]),
    ],
)
def test_multiplier_before_a_currency_code(text: str, sentences: list[str]) -> None:
    """A full stop after "mln"/"bln" ends no sentence when a currency code follows it."""
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in the first half of the current Iranian year", "2023-03-21..2023-09-22"),
        ("in the first quarter of the current Iranian calendar year", "2023-03-21..2023-06-21"),
        ("in the first five months of the current Iranian year", "2023-03-21..2023-08-22"),
        ("in the previous Iranian year", "2022-03-21..2023-03-20"),
        ("in the Iranian calendar year 1400", "2021-03-21..2022-03-20"),
        ("in Iranian year 1399", "2020-03-20..2021-03-20"),  # 1399 starts a day early
    ],
)
def test_iranian_calendar_periods(phrase: str, expected: str) -> None:
    """Parts of the Iranian solar year count from its first day (Nowruz); numbered years too."""
    found = extract_periods(phrase, D(2023, 11, 20))
    assert [str(p.period) for p in found] == [expected]
