"""Trade records: table-driven rows (texts written for diplonews in newswire style)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.models import Article
from diplonews.trade._cues import AVERAGE_BEFORE, last_word
from diplonews.trade._extract import extract_trade_records
from diplonews.trade._figures import _SHARE_BEFORE_WORDS
from trade_rows import Row, trade_rows

D = dt.date

# (id, body, published, expected records)
RECORDS = [
    (
        "turnover-between-with-flows",
        "In 2020, the trade turnover between Kazakhstan and Georgia was $41.5 million, "
        "with $30.2 million in exports and $11.3 million in imports.",
        D(2021, 3, 1),
        [
            ("KAZ", "GEO", "turnover", 41_500_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KAZ", "GEO", "export", 30_200_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KAZ", "GEO", "import", 11_300_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "surplus-with-partner-attributive",
        "Last year, Italy ran a 4.2 billion dlr surplus with Canada, officials said.",
        D(1987, 5, 4),
        [("ITA", "CAN", "balance", 4_200_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "deficit-is-negative-and-from-to-two-records",
        "Norway's trade deficit narrowed from 3 billion crowns in 1985 to 1.5 billion crowns "
        "in 1986.",
        D(1987, 2, 10),
        [
            ("NOR", None, "balance", -3_000_000_000, "NOK", "1985-01-01", "1985-12-31", False),
            ("NOR", None, "balance", -1_500_000_000, "NOK", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "currency-and-reporter-carried",
        "OSLO, May 4 - Norway's exports rose to 9.1 billion crowns in April.\n\n"
        "Imports rose to 8.7 billion in April from 8.2 billion in March.",
        D(1987, 5, 4),
        [
            ("NOR", None, "export", 9_100_000_000, "NOK", "1987-04-01", "1987-04-30", False),
            ("NOR", None, "import", 8_700_000_000, "NOK", "1987-04-01", "1987-04-30", False),
            ("NOR", None, "import", 8_200_000_000, "NOK", "1987-03-01", "1987-03-31", False),
        ],
    ),
    (
        "same-period-last-year",
        "Finland's trade surplus in the first three months was 2.1 billion markkaa, against "
        "1.4 billion in the same period last year.",
        D(1987, 5, 4),
        [
            ("FIN", None, "balance", 2_100_000_000, "FIM", "1987-01-01", "1987-03-31", False),
            ("FIN", None, "balance", 1_400_000_000, "FIM", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "target-by-year",
        "The two presidents said Azerbaijan and Kazakhstan aim to bring trade turnover to "
        "$1 billion by 2026.",
        D(2024, 6, 1),
        [("AZE", "KAZ", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "approximation-is-a-record",
        "The trade volume between Spain and Morocco reached about $14 billion in 2023.",
        D(2024, 2, 1),
        [("ESP", "MAR", "turnover", 14_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "group-reporter-mirrored",
        "The EC's trade deficit with Japan reached 2.5 billion dlrs in March.",
        D(1987, 4, 20),
        [("JPN", "EU", "balance", 2_500_000_000, "USD", "1987-03-01", "1987-03-31", False)],
    ),
    (
        "verbs-with-partners",
        "In 1986 Italy sold 300 mln dlrs worth of goods to Brazil and bought 120 mln dlrs "
        "worth from Brazil.",
        D(1987, 3, 1),
        [
            ("ITA", "BRA", "export", 300_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ITA", "BRA", "import", 120_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "dollar-country-bare-dlrs-are-us-dollars",
        "CANBERRA, May 4 - Australia had a trade deficit of 310 mln dlrs in April, "
        "the bureau said.",
        D(1987, 5, 4),
        [("AUS", None, "balance", -310_000_000, "USD", "1987-04-01", "1987-04-30", False)],
    ),
    (
        "merchandise-trade-after-current-account-is-trade",
        "Colombia's current account deficit was 1.3 billion dlrs in June. "
        "June merchandise trade recorded a 57 mln dlr surplus.",
        D(1987, 7, 10),
        [("COL", None, "balance", 57_000_000, "USD", "1987-06-01", "1987-06-30", False)],
    ),
    (
        "group-member-countries-partner",
        "The US said its trade with the 27 EU member countries was worth $155.2bn in 2019.",
        D(2020, 3, 1),
        [("USA", "EU", "turnover", 155_200_000_000, "USD", "2019-01-01", "2019-12-31", False)],
    ),
    (
        "imports-from-and-exports-to-is-turnover-aside-skipped",
        "Last year, Japan's imports from and exports to Taiwan added up to 7,300bn yen "
        "($68bn; £37bn).",
        D(2005, 2, 1),
        [("JPN", "TWN", "turnover", 7_300_000_000_000, "JPY", "2004-01-01", "2004-12-31", False)],
    ),
    (
        "share-of-surplus-is-no-record",
        "South Korea's trade surplus widened 9% to 40 trillion won last year, with a third of "
        "the surplus, 13 trillion won, accounted for by its trade with China.",
        D(2005, 2, 1),
        [("KOR", None, "balance", 40_000_000_000_000, "KRW", "2004-01-01", "2004-12-31", False)],
    ),
    (
        "monthly-in-a-one-month-figure-is-kept",
        "Japan's monthly trade surplus was 8 billion dlrs in February.",
        D(1987, 3, 20),
        [("JPN", None, "balance", 8_000_000_000, "USD", "1987-02-01", "1987-02-28", False)],
    ),
    (
        "cumulative-over-named-months-is-kept",
        "Peru's cumulative trade deficit for the first nine months of 1986 stood at 2 bln dlrs.",
        D(1987, 1, 20),
        [("PER", None, "balance", -2_000_000_000, "USD", "1986-01-01", "1986-09-30", False)],
    ),
    (
        "past-figure-in-a-plan-is-no-target",
        "The U.S. bill will seek to turn around last year's record 169 billion dlr U.S. trade "
        "deficit.",
        D(1987, 3, 16),
        [("USA", None, "balance", -169_000_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "world-figure-ends-the-pair",
        "Japan's exports to China were 5 trillion yen in 2004. Japan's trade surplus was "
        "12 trillion yen in 2004. In December, the surplus grew to 1.1 trillion yen.",
        D(2005, 2, 1),
        [
            ("JPN", "CHN", "export", 5_000_000_000_000, "JPY", "2004-01-01", "2004-12-31", False),
            ("JPN", None, "balance", 12_000_000_000_000, "JPY", "2004-01-01", "2004-12-31", False),
            ("JPN", None, "balance", 1_100_000_000_000, "JPY", "2004-12-01", "2004-12-31", False),
        ],
    ),
    (
        "compared-period-not-inherited-after-while",
        "ATHENS, April 14 - Greece's trade deficit grew to 5.12 billion dlrs in 1986. "
        "Exports were down 4.8 pct at 4.53 billion dlrs, compared with 4.76 billion in 1985, "
        "while imports were down 1.4 pct at 9.65 billion dlrs.",
        D(1987, 4, 14),
        [
            ("GRC", None, "balance", -5_120_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GRC", None, "export", 4_530_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GRC", None, "export", 4_760_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("GRC", None, "import", 9_650_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "from-amount-without-its-own-period-skipped",
        "Egypt's imports from the U.S. climbed from 640 mln dlrs to 1.3 billion last year.",
        D(1987, 4, 1),
        [("EGY", "USA", "import", 1_300_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "period-in-the-noun-phrase-wins",
        "Argentina's August trade surplus was its highest yet this year, reaching 612 mln dlrs.",
        D(1987, 10, 20),
        [("ARG", None, "balance", 612_000_000, "USD", "1987-08-01", "1987-08-31", False)],
    ),
    (
        "partner-not-read-from-a-with-clause",
        "France's trade gap last year was a record 31.4 billion francs, with Italy accounting "
        "for roughly half.",
        D(1987, 4, 20),
        [("FRA", None, "balance", -31_400_000_000, "FRF", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "fiscal-months-and-year-ago-period",
        "KARACHI, March 2 - Pakistan's trade deficit was 31.6 billion rupees in the first "
        "seven months of fiscal 1986/87 ending June, compared with 35.9 billion in the year "
        "ago period.",
        D(1987, 3, 2),
        [
            ("PAK", None, "balance", -31_600_000_000, "PKR", "1986-07-01", "1987-01-31", False),
            ("PAK", None, "balance", -35_900_000_000, "PKR", "1985-07-01", "1986-01-31", False),
        ],
    ),
    (
        "amount-of-imports-is-an-import",
        "In 1986 Colombia recorded 5.1 billion dlrs of exports and 3.7 billion dlrs of imports.",
        D(1987, 3, 19),
        [
            ("COL", None, "export", 5_100_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("COL", None, "import", 3_700_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "verb-and-time-nouns-before-the-flow-are-no-products",
        "LIMA, April 20 - Figures for March showed exports at 2.1 billion dlrs. First quarter "
        "imports rose to 6.3 billion dlrs.",
        D(1987, 4, 20),
        [
            ("PER", None, "export", 2_100_000_000, "USD", "1987-03-01", "1987-03-31", False),
            ("PER", None, "import", 6_300_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "pair-from-a-sentence-without-a-figure",
        "LIMA, March 16 - Peruvian exports to the United States fell below one billion dlrs "
        "in January. The figures showed exports were 950 mln dlrs in January.",
        D(1987, 3, 16),
        [("PER", "USA", "export", 950_000_000, "USD", "1987-01-01", "1987-01-31", False)],
    ),
    (
        "according-to-is-no-partner",
        "LIMA, March 16 - Peruvian exports to Chile fell. Exports were 950 mln dlrs in "
        "January, according to the OECD.",
        D(1987, 3, 16),
        [("PER", "CHL", "export", 950_000_000, "USD", "1987-01-01", "1987-01-31", False)],
    ),
    (
        "previous-year-after-named-months",
        "Uruguay's trade surplus accumulated over the first two months of 1987 was "
        "48.7 mln dlrs against 55.1 mln dlrs the previous year.",
        D(1987, 4, 9),
        [
            ("URY", None, "balance", 48_700_000, "USD", "1987-01-01", "1987-02-28", False),
            ("URY", None, "balance", 55_100_000, "USD", "1986-01-01", "1986-02-28", False),
        ],
    ),
    (
        "forecast-for-a-span-without-its-year-is-the-coming-one",
        "SEOUL, July 1 - South Korea's exports in the July-September quarter are expected to "
        "rise to 9.42 billion U.S. Dlrs from 7.86 billion a year earlier.",
        D(1987, 7, 1),
        [
            ("KOR", None, "export", 9_420_000_000, "USD", "1987-07-01", "1987-09-30", True),
            ("KOR", None, "export", 7_860_000_000, "USD", "1986-07-01", "1986-09-30", False),
        ],
    ),
    (
        "dollar-country-us-dlrs-stay-usd",
        "WELLINGTON, May 4 - New Zealand's exports were 1.2 billion U.S. Dlrs in 1986.",
        D(1987, 5, 4),
        [("NZL", None, "export", 1_200_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "taka",
        "DHAKA, May 2 - Bangladesh's exports totalled 3.1 billion Taka in March.",
        D(1987, 5, 2),
        [("BGD", None, "export", 3_100_000_000, "BDT", "1987-03-01", "1987-03-31", False)],
    ),
    (
        "trade-last-year-totalled-story-pair",
        "LIMA, May 5 - Trade between Peru and Chile rose 20 pct in 1986, officials said. "
        "They said trade last year totalled 900 mln dlrs versus 750 mln dlrs in 1985.",
        D(1987, 5, 5),
        [
            ("PER", "CHL", "turnover", 900_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", "CHL", "turnover", 750_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "value-of-trade-bilateral-pair",
        "Ties between Chile and Peru are warming, with bilateral trade up sharply. "
        "The value of trade in 2005 rose to $410m, the Chilean government said.",
        D(2006, 2, 1),
        [("CHL", "PER", "turnover", 410_000_000, "USD", "2005-01-01", "2005-12-31", False)],
    ),
    (
        "cross-border-trade",
        "Chile and Peru, whose cross-border trade totalled 2 billion dlrs last year, met.",
        D(1987, 5, 5),
        [("CHL", "PER", "turnover", 2_000_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "bare-turnover-after-trade-turnover",
        "In 2022, the trade turnover between Chile and Peru amounted to $90 million. "
        "In January-March 2023, the turnover reached $25 million.",
        D(2023, 5, 1),
        [
            ("CHL", "PER", "turnover", 90_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("CHL", "PER", "turnover", 25_000_000, "USD", "2023-01-01", "2023-03-31", False),
        ],
    ),
    (
        "company-turnover-in-a-new-paragraph",
        "In 2022, the trade turnover between Chile and Peru amounted to $90 million.\n\n"
        "Codelco said the turnover reached $25 million in 2022.",
        D(2023, 5, 1),
        [("CHL", "PER", "turnover", 90_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "singular-currency-before-balance",
        "PARIS, May 5 - Customs data showed a French 265 mln franc surplus for April.",
        D(1987, 5, 5),
        [("FRA", None, "balance", 265_000_000, "FRF", "1987-04-01", "1987-04-30", False)],
    ),
    (
        "with-clause-demonym-reporter-carries",
        "The EC ranked as Argentina's second biggest trading partner in 1986, with Argentine "
        "imports from the EC worth 3.4 billion dlrs and exports worth 4.1 billion dlrs.",
        D(1987, 5, 5),
        [
            ("ARG", "EU", "import", 3_400_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ARG", "EU", "export", 4_100_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "trade-with-possessive-is-partner",
        "Peru's trade with Chile's neighbours is small; Peru's exports to Chile were "
        "$2 billion in 2020.",
        D(2021, 2, 1),
        [("PER", "CHL", "export", 2_000_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "trailing-period-for-coordinated-amounts",
        "Peru's trade with Chile is under review. "
        "The figures: $2.8 billion in imports and $5.2 billion in Peruvian exports to Chile "
        "between April 2024 and February 2025.",
        D(2025, 5, 20),
        [
            ("PER", "CHL", "import", 2_800_000_000, "USD", "2024-04-01", "2025-02-28", False),
            ("PER", "CHL", "export", 5_200_000_000, "USD", "2024-04-01", "2025-02-28", False),
        ],
    ),
    (
        "trailing-period-of-a-compared-amount-is-not-the-lead-one",
        "HONG KONG, March 20 - Total exports for the month fell 20 pct to 20.6 billion dlrs "
        "from 26.1 billion in January.",
        D(1987, 3, 20),
        [("HKG", None, "export", 26_100_000_000, "USD", "1987-01-01", "1987-01-31", False)],
    ),
    (
        "lead-period-from-a-current-account-lead",
        "CANBERRA, April 29 - Australia's current account deficit fell to 920 mln dlrs in "
        "March, the statistician's office reported.\n\n"
        "The data show a merchandise trade surplus of 63 mln dlrs against 47 mln in February.",
        D(1987, 4, 29),
        [
            ("AUS", None, "balance", 63_000_000, "USD", "1987-03-01", "1987-03-31", False),
            ("AUS", None, "balance", 47_000_000, "USD", "1987-02-01", "1987-02-28", False),
        ],
    ),
    (
        "surplus-on-merchandise-trade",
        "CANBERRA, April 29 - Australia recorded a surplus on merchandise trade of "
        "206 mln dlrs in March.",
        D(1987, 4, 29),
        [("AUS", None, "balance", 206_000_000, "USD", "1987-03-01", "1987-03-31", False)],
    ),
    (
        "year-possessive-imbalance-takes-the-named-sign",
        "Chile's trade deficit for 2021 was 4% above the previous record - 2020's imbalance "
        "of $49.6bn.",
        D(2022, 2, 1),
        [("CHL", None, "balance", -49_600_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "story-typed-in-lower-case",
        "Caracas, june 23 - venezuela's trade surplus widened to 86.5 mln dlrs in april, the "
        "central bank said.\n\nExports in april totalled 241.7 mln dlrs.",
        D(1987, 6, 23),
        [
            ("VEN", None, "balance", 86_500_000, "USD", "1987-04-01", "1987-04-30", False),
            ("VEN", None, "export", 241_700_000, "USD", "1987-04-01", "1987-04-30", False),
        ],
    ),
    (
        "august-adjective-is-no-lower-case-story",
        "In the august presence of ministers, officials said trade between chile and Peru "
        "was $2 billion in 2020.",
        D(2021, 2, 1),
        [("PER", None, "turnover", 2_000_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "respective-periods-and-amounts",
        "SANTIAGO, March 5 - Chile's customs data shows the 1986 and 1985 deficits at "
        "1.38 billion and 1.15 billion dlrs.",
        D(1987, 3, 5),
        [
            ("CHL", None, "balance", -1_380_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("CHL", None, "balance", -1_150_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "whole-year-forecast-and-its-parts",
        "BOGOTA, Nov 3 - The trade ministry is estimating the year's overall surplus to reach "
        "1.9 billion dlrs, from 5.4 billion dlrs worth of exports and 3.5 billion dlrs "
        "of imports.",
        D(1987, 11, 3),
        [
            ("COL", None, "balance", 1_900_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("COL", None, "export", 5_400_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("COL", None, "import", 3_500_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "undated-future-year-is-no-anchor",
        "Chile's trade deficit hit a record $2bn in 2004. In December the deficit was $300m. "
        "Economists expect the gap to widen again in 2005.",
        None,
        [
            ("CHL", None, "balance", -2_000_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("CHL", None, "balance", -300_000_000, "USD", "2004-12-01", "2004-12-31", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"), [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS]
)
def test_trade_records(body: str, published: dt.date | None, expected: list[Row]) -> None:
    """Each figure becomes one record with its parties, flow, money and period."""
    assert trade_rows(body, published) == expected


# Figures that are not records (spec/EXTRACTION.md section 4).
NOT_RECORDS = [
    ("change-by", "Chile's exports increased by $279.9 million in 2020.", D(2021, 2, 1)),
    ("change-higher", "Chile's deficit was £4.5bn higher than a year earlier.", D(2021, 2, 1)),
    ("percentage", "Chile's exports rose 12 pct in 2020.", D(2021, 2, 1)),
    ("bound-more-than", "Trade between Chile and Peru exceeded $1 billion in 2020.", D(2021, 2, 1)),
    ("bound-almost", "Chile had a trade surplus of almost 9 billion dlrs in 2020.", D(2021, 2, 1)),
    (
        "range",
        "Chile expects a trade surplus of between 2 and 3 billion dlrs in 2021.",
        D(2021, 2, 1),
    ),
    ("commodity", "Chile's copper exports reached 20 billion dlrs in 2020.", D(2021, 2, 1)),
    ("commodity-of", "Chile's exports of wine reached 2 billion dlrs in 2020.", D(2021, 2, 1)),
    (
        "current-account",
        "Chile's current account surplus was 2 billion dlrs in 2020.",
        D(2021, 2, 1),
    ),
    ("services", "Chile's surplus on services was 1 billion dlrs in 2020.", D(2021, 2, 1)),
    ("share", "Peru took 25 percent of Chile's $50 million exports in 2020.", D(2021, 2, 1)),
    ("monthly-average", "Chile's exports averaged 2 billion dlrs a month in 2020.", D(2021, 2, 1)),
    ("no-currency", "Chile's exports reached 20 billion in 2020.", D(2021, 2, 1)),
    ("current-deficit", "Chile's current deficit shrank to 615 mln dlrs in April.", D(2021, 6, 9)),
    (
        "bare-deficit-after-current-account",
        "Chile's current account deficit shrank to 615 mln dlrs in April. "
        "That compared with a 702 mln dlr shortfall a year earlier.",
        D(2021, 6, 9),
    ),
    (
        "budget-deficit-carried",
        "The U.S. budget deficit is a worry. Congress plans to cut the deficit from "
        "171 billion dlrs in 1987 to 134 billion dlrs in 1988.",
        D(1987, 4, 21),
    ),
    (
        "region-subject",
        "Latin American exports to India climbed to $9bn last year.",
        D(2005, 2, 1),
    ),
    ("company-subject", "Toyota's exports reached 2 trillion yen in 2004.", D(2005, 2, 1)),
    ("sentence-initial-product", "Coffee exports rose to 753 mln dlrs in 1986.", D(1987, 3, 1)),
    (
        "goods-class",
        "Capital goods trade between Chile and Peru reached 2.0 billion dlrs in 1986.",
        D(1987, 3, 1),
    ),
    ("verb-object-product", "In 1986 Chile exported copper worth 3 billion dlrs.", D(1987, 3, 1)),
    (
        "group-partner-countries",
        "Chile's exports to Western industrialised countries rose to 4.29 billion dlrs in 1986, "
        "while imports were 4.56 billion.",
        D(1987, 3, 1),
    ),
    (
        "group-partner-states-sentence",
        "Chile's total trade with Gulf states was 3 bln dlrs in 1986, with imports at 1.5 bln "
        "dlrs and exports at 1.5 bln dlrs.",
        D(1987, 3, 1),
    ),
    (
        "re-exports",
        "Hong Kong's re-exports fell to 10.62 billion dlrs in February.",
        D(1987, 3, 26),
    ),
    ("domestic-exports", "Domestic exports slid to 9.99 billion dlrs in February.", D(1987, 3, 26)),
    (
        "product-share-clause",
        "Coffee accounted for 320 mln dlrs of Brazil's exports in May, up from 222 mln dlrs in "
        "April.",
        D(1987, 6, 1),
    ),
    (
        "monthly-average-forecast",
        "In 1987, Chile expects a monthly trade surplus of 350 mln dlrs.",
        D(1987, 4, 24),
    ),
    (
        "plain-exports-keep-a-budget-deficit",
        "Peru's budget deficit is large. Exports of all kinds fell. Congress wants to cut the "
        "deficit from 17 billion dlrs in 1987.",
        D(1987, 4, 21),
    ),
    (
        "cumulative-one-month",
        "Chile's cumulative trade deficit eased to 1.74 billion dlrs in February.",
        D(1987, 3, 17),
    ),
    ("no-period", "Chile's trade surplus reached 20 billion dlrs, officials said.", D(2021, 2, 1)),
    (
        "quantity-with-context-currency",
        "Peru's exports rose by $2 billion, officials said. Its exports last year were "
        "9.8 mln tonnes, a third of it to Chile.",
        D(2021, 2, 1),
    ),
    (
        "cumulative-in-a-one-month-story",
        "WELLINGTON, March 17 - New Zealand's trade deficit shrank in February.\n\n"
        "The cumulative trade deficit eased to 1.74 billion dlrs from 1.86 billion.",
        D(1987, 3, 17),
    ),
    (
        "company-turnover-without-a-trade-turnover",
        "Codelco said its turnover reached $25 million in 2022.",
        D(2023, 5, 1),
    ),
    (
        "debt",
        "Chile's trade deficit pushed its 20 billion dlr foreign debt up in 2020.",
        D(2021, 2, 1),
    ),
]


@pytest.mark.parametrize(
    ("body", "published"), [r[1:] for r in NOT_RECORDS], ids=[r[0] for r in NOT_RECORDS]
)
def test_not_trade_records(body: str, published: dt.date) -> None:
    """Changes, percentages, bounds, product and non-trade figures make no record."""
    assert trade_rows(body, published) == []


def test_lower_case_story_quotes_its_evidence_as_written() -> None:
    """A story typed in lower case is read recased, but its evidence is the text as written."""
    body = "Caracas, june 23 - venezuela's trade surplus was 91 mln dlrs in april, officials said."
    (record,) = extract_trade_records(Article(id="l", body=body, published=D(1987, 6, 23)))
    assert record.evidence[0].text == body


def test_evidence_and_rule() -> None:
    """A record's evidence is its sentence (offsets into the body) and it names its rule."""
    body = "Talks went well. Peru's trade surplus with Chile was $2 billion in 2020. Bye."
    (record,) = extract_trade_records(Article(id="e", body=body, published=D(2021, 2, 1)))
    (span,) = record.evidence
    assert body[span.start : span.end] == span.text
    assert span.text == "Peru's trade surplus with Chile was $2 billion in 2020."
    assert record.rule == "trade.balance_with"


def test_identical_figures_deduplicated() -> None:
    """The same figure stated twice in an article gives one record."""
    body = (
        "Peru's exports to Chile were $2 billion in 2020.\n\n"
        "Officials repeated that Peru's exports to Chile were $2 billion in 2020."
    )
    assert len(extract_trade_records(Article(id="d", body=body, published=D(2021, 2, 1)))) == 1


def test_publication_year_inferred_when_missing() -> None:
    """Without a publication date, months are read in the last year the article names."""
    body = (
        "Britain's trade gap widened in October.\n\n"
        "The deficit was £2.7bn. The cumulative deficit for the first ten months of 2004 "
        "now stands at £31.9bn."
    )
    assert trade_rows(body, None) == [
        ("GBR", None, "balance", -2_700_000_000, "GBP", "2004-10-01", "2004-10-31", False),
        ("GBR", None, "balance", -31_900_000_000, "GBP", "2004-01-01", "2004-10-31", False),
    ]


_REFERENCE_LAST_WORD = re.compile(r"([A-Za-z][\w'.-]*)\W*$")


@given(st.text(alphabet=st.sampled_from(list("aZ9_'.- ,\u00e9(")), max_size=60))
def test_last_word_matches_its_regex_definition(text: str) -> None:
    """The hand-written scan finds the same word as the regex it replaces, at any end."""
    for end in range(len(text) + 1):
        match = _REFERENCE_LAST_WORD.search(text, max(0, end - 40), end)
        expected = None if match is None else (match.start(1), match.end(1))
        assert last_word(text, end) == expected


_GATE_TEXT = "Average AVERAGED averaging accounted Accounts for with ACCOUNTING İ ſ K a the 5 , ."


@given(st.lists(st.one_of(st.sampled_from(_GATE_TEXT.split()), st.text(max_size=3)), max_size=10))
def test_gated_patterns_hold_their_words(words: list[str]) -> None:
    """The share and average patterns match only texts whose lower case holds their gate word."""
    text = " ".join(words)
    if AVERAGE_BEFORE.search(text) is not None:
        assert "averag" in text.lower()
    if _SHARE_BEFORE_WORDS.search(text) is not None:
        assert "account" in text.lower()
