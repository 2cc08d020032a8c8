"""Trade records: classes seen on the second fresh set of regional pages, one class per row.

Each row states a class in its id (texts and figures invented for diplonews) and checks
the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.periods import extract_periods
from trade_rows import Row, trade_rows

D = dt.date

_CUSTOMS = (
    "Peru's foreign trade turnover amounted to $ 18,21 billion in January-May 2022, the "
    "customs service said.\n\n"
)

# (id, body, published, expected records)
RECORDS: list[tuple[str, str, dt.date, list[Row]]] = [
    (
        "a-year-that-ended-on-a-stated-day-ends-on-that-day",
        "Mongolia's deputy minister Bat Oyun said trade between Mongolia and Chile was "
        "1,35 billion dollars in the year that ended on March 20, 2021.",
        D(2021, 6, 11),
        [("MNG", "CHL", "turnover", 1_350_000_000, "USD", "2020-03-21", "2021-03-20", False)],
    ),
    (
        "a-target-of-an-amount-for-bilateral-trade-is-that-trade-s-goal",
        "Officials of Mongolia and Chile met in Lima on Monday.\n\n"
        "Mongolia's minister said trade between Mongolia and Chile was $ 410 million in 2020. "
        "He said the two countries had set a target of $ 6 billion for bilateral trade by "
        "2025.",
        D(2021, 6, 11),
        [
            ("MNG", "CHL", "turnover", 410_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("MNG", "CHL", "turnover", 6_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "it-after-a-growth-sentence-of-a-two-state-story-is-their-turnover",
        "LIMA, December 15 - President Ana Quispe received a delegation headed by Chilean "
        "Foreign Minister Tomas Rojas.\n"
        "The president noted that trade turnover has grown by 1,4 times this year. In "
        "January-November 2022 it reached 141,2 million dollars.",
        D(2022, 12, 15),
        [("PER", "CHL", "turnover", 141_200_000, "USD", "2022-01-01", "2022-11-30", False)],
    ),
    (
        "b-named-as-a-s-trade-partner-gives-a-bare-turnover-its-pair",
        "Peruvian President Ana Quispe will visit Chile next week.\n\n"
        "Peru ships most of its goods to Ghana and Norway through Chilean ports.\n\n"
        "Chile is one of Peru's main trade partners. According to the statistics office, "
        "trade turnover in the first half of 2017 made 81,2 billion soles.",
        D(2017, 8, 5),
        [("PER", "CHL", "turnover", 81_200_000_000, "PEN", "2017-01-01", "2017-06-30", False)],
    ),
    (
        "exports-to-this-country-after-the-one-other-state-named-are-to-it",
        _CUSTOMS + "Italy remained the main buyer of Peruvian goods, with exports to this "
        "country worth $ 5,3 billion over five months.",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ITA", "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "this-country-is-the-state-named-before-when-the-story-s-pair-does-not-hold-it",
        "Trade between Peru and Chile reached $ 2,1 billion in January-May 2022, the customs "
        "service said.\n\n"
        "Italy remained the main buyer of Peruvian goods, with exports to this country worth "
        "$ 5,3 billion over five months.",
        D(2022, 6, 20),
        [
            ("PER", "CHL", "turnover", 2_100_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ITA", "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "this-country-with-no-state-but-the-story-s-own-named-stays-unresolved",
        _CUSTOMS + "Peru remained a reliable seller, with exports to this country worth "
        "$ 5,3 billion over five months.",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", None, "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "a-partner-s-role-before-its-share-of-the-flow-makes-it-a-ranked-partner",
        _CUSTOMS + "Russia was the largest supplier, accounting for $ 1,07 billion of imports.",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "RUS", "import", 1_070_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "a-market-or-destination-for-a-state-s-goods-is-its-export-partner",
        _CUSTOMS + "Italy was the largest market for Peruvian products with $ 5,3 billion. "
        "Spain was the second destination for Peruvian goods with $ 1,2 billion.",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ITA", "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ESP", "export", 1_200_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "the-main-importer-of-a-state-s-products-is-its-export-partner",
        _CUSTOMS + "The main importer of Peruvian products was Italy ($ 5,3 billion), "
        "followed by Spain ($ 1,2 billion).",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ITA", "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ESP", "export", 1_200_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "a-ranked-partner-takes-the-role-of-its-own-clause",
        _CUSTOMS + "Italy was the main buyer ($ 5,3 billion), while Russia was the main "
        "supplier ($ 1,07 billion).",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "ITA", "export", 5_300_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "RUS", "import", 1_070_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "a-subject-ranked-as-a-partner-owns-no-later-flow-of-its-sentence",
        _CUSTOMS + "Russia accounted for $ 1,07 billion of imports, while imports from China "
        "totalled $ 833 million.",
        D(2022, 6, 20),
        [
            ("PER", None, "turnover", 18_210_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "RUS", "import", 1_070_000_000, "USD", "2022-01-01", "2022-05-31", False),
            ("PER", "CHN", "import", 833_000_000, "USD", "2022-01-01", "2022-05-31", False),
        ],
    ),
    (
        "a-compact-period-right-before-a-flow-word-qualifies-no-product",
        "In 5M2024 trade between Peru and Chile amounted to $ 1,4 bln. In 1H2024 coffee "
        "exports to Chile amounted to $ 0,2 bln.",
        D(2024, 7, 20),
        [("PER", "CHL", "turnover", 1_400_000_000, "USD", "2024-01-01", "2024-05-31", False)],
    ),
    (
        "an-iso-code-of-a-regional-currency-after-an-amount-is-its-currency",
        "Georgia's exports to Armenia amounted to 52,4 million GEL in 2023, while imports "
        "from Armenia reached 3,1 billion AMD.",
        D(2024, 3, 1),
        [
            ("GEO", "ARM", "export", 52_400_000, "GEL", "2023-01-01", "2023-12-31", False),
            ("GEO", "ARM", "import", 3_100_000_000, "AMD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-subject-with-its-own-flow-still-owns-it",
        "Chile's exports to Peru reached $ 1,07 billion in 2021, while its imports from "
        "Ghana totalled $ 833 million.",
        D(2022, 6, 20),
        [
            ("CHL", "PER", "export", 1_070_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("CHL", "GHA", "import", 833_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
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
    ("phrase", "expected"),
    [
        ("in the Iranian year that ended on March 20, 2021", ["2020-03-21..2021-03-20"]),
        ("in the 12 months to 30 September 2004", ["2003-10-01..2004-09-30"]),
        ("for the fiscal year ended September 30, 1996", ["1995-10-01..1996-09-30"]),
        ("in the year ending June 30, 2021", ["2020-07-01..2021-06-30"]),
        ("in the year ended February 28, 2021", ["2020-03-01..2021-02-28"]),
        ("in the year ended February 29, 2021", []),  # no such day: no period
        ("in the year to March 2019", ["2018-04-01..2019-03-31"]),  # a month only, as before
    ],
)
def test_a_year_to_a_stated_day(phrase: str, expected: list[str]) -> None:
    """A year (or 12 months) to a stated day ends on that day and starts a year before it."""
    found = extract_periods(phrase, D(2023, 11, 20))
    assert [str(p.period) for p in found] == expected
