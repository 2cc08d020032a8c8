"""How a trade figure inherits its frame (pair, flow, period), audited as a table (issue 9).

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). The rows
are grouped by the class of frame they exercise: the pair and period of a headline or
lead taken by later figures, a reporter's world trade followed by its partners, lists of
partners, one period for several figures, comparison periods, balances, targets, figures
in two currencies, the reporter of an outlet's own country, flows told from the
partner's side, anaphors ("this country", "the figure"), verbs of buying and supplying,
shares, regions that are no state, and near misses that must give no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- headline: the pair and period of a trade headline frame the body's bare figures
    (
        "headline",
        "headline-pair-and-period-frame-bare-exports-and-imports",
        "Kazakhstan-Turkey trade up 14% in January-May",
        "Exports amounted to $1.12 billion, while imports stood at $641.3 million, "
        "according to the customs committee.",
        D(2024, 6, 20),
        [
            ("KAZ", "TUR", "export", 1_120_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("KAZ", "TUR", "import", 641_300_000, "USD", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "headline",
        "headline-pair-frames-a-bare-turnover-of-the-body",
        "Uzbekistan, Latvia discuss ways to expand trade",
        "The two sides met in Riga on Tuesday. In 2023, the trade turnover amounted to "
        "$212.4 million, the ministry said.",
        D(2024, 2, 14),
        [("UZB", "LVA", "turnover", 212_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "headline",
        "headline-adjectives-of-two-states-frame-the-body",
        "Azerbaijani-Georgian trade turnover grows",
        "In January-March 2024, trade turnover reached $318.6 million. Exports made up "
        "$204.1 million and imports $114.5 million.",
        D(2024, 4, 19),
        [
            ("AZE", "GEO", "turnover", 318_600_000, "USD", "2024-01-01", "2024-03-31", False),
            ("AZE", "GEO", "export", 204_100_000, "USD", "2024-01-01", "2024-03-31", False),
            ("AZE", "GEO", "import", 114_500_000, "USD", "2024-01-01", "2024-03-31", False),
        ],
    ),
    (
        "headline",
        "headline-period-frames-body-figures-without-a-period",
        "Turkmenistan's trade with Turkey grows in 1H2024",
        "Turkmenistan's exports to Turkey amounted to $702.5 million, while imports came "
        "to $611.2 million, the statistics agency said.",
        D(2024, 7, 25),
        [
            ("TKM", "TUR", "export", 702_500_000, "USD", "2024-01-01", "2024-06-30", False),
            ("TKM", "TUR", "import", 611_200_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- lead: the pair and period of the lead frame later sentences' figures
    (
        "lead",
        "lead-pair-then-bare-exports-and-imports",
        None,
        "Trade turnover between Uzbekistan and Lithuania reached $184.7 million in 2023, "
        "the State Statistics Committee reported.\n\n"
        "Exports amounted to $121.3 million, and imports to $63.4 million.",
        D(2024, 1, 30),
        [
            ("UZB", "LTU", "turnover", 184_700_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "LTU", "export", 121_300_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "LTU", "import", 63_400_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "lead",
        "lead-pair-then-the-figure-of-a-comparison-period",
        None,
        "Azerbaijan and Georgia traded goods worth $1.34 billion in January-October 2023. "
        "In the same period of 2022, the figure stood at $1.21 billion.",
        D(2023, 11, 22),
        [
            ("AZE", "GEO", "turnover", 1_340_000_000, "USD", "2023-01-01", "2023-10-31", False),
            ("AZE", "GEO", "turnover", 1_210_000_000, "USD", "2022-01-01", "2022-10-31", False),
        ],
    ),
    (
        "lead",
        "lead-pair-then-this-country",
        None,
        "Kyrgyzstan is among Pakistan's growing markets in Central Asia, the ambassador "
        "said. Pakistan's exports to this country amounted to $38.5 million in 2023.",
        D(2024, 3, 4),
        [("PAK", "KGZ", "export", 38_500_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "lead-pair-then-trade-stood-at",
        None,
        "Kazakh Prime Minister met the Ambassador of Hungary in Astana on Monday to discuss "
        "trade and investment.\n\n"
        "Last year, trade between the two countries stood at $412.8 million.",
        D(2024, 4, 8),
        [("KAZ", "HUN", "turnover", 412_800_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "lead-pair-then-bilateral-trade",
        None,
        "The President of Azerbaijan received the Foreign Minister of Slovakia on Friday.\n\n"
        "The sides noted that bilateral trade amounted to $96.2 million in 2023.",
        D(2024, 5, 17),
        [("AZE", "SVK", "turnover", 96_200_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "lead-pair-then-its-exports-and-imports-in-a-new-paragraph",
        None,
        "Tajikistan's trade with Iran grew 11% to $356.9 million in January-August, "
        "the customs service said.\n\n"
        "Tajik exports to Iran made up $41.8 million of the total, and imports from Iran "
        "$315.1 million.",
        D(2024, 9, 18),
        [
            ("TJK", "IRN", "turnover", 356_900_000, "USD", "2024-01-01", "2024-08-31", False),
            ("TJK", "IRN", "export", 41_800_000, "USD", "2024-01-01", "2024-08-31", False),
            ("TJK", "IRN", "import", 315_100_000, "USD", "2024-01-01", "2024-08-31", False),
        ],
    ),
    (
        "lead",
        "lead-pair-then-the-share-of-exports",
        None,
        "Trade turnover between Kazakhstan and Mongolia amounted to $203.5 million in "
        "January-June 2024. Of this, exports accounted for $184.2 million.",
        D(2024, 7, 29),
        [
            ("KAZ", "MNG", "turnover", 203_500_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "MNG", "export", 184_200_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- partner: "its largest trading partner" and the like
    (
        "partner",
        "largest-trading-partner-with-turnover",
        None,
        "China remained Kazakhstan's largest trading partner in 2023, with turnover of "
        "$31.5 billion.",
        D(2024, 2, 2),
        [("KAZ", "CHN", "turnover", 31_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "partner",
        "its-largest-trading-partner-after-a-world-total",
        None,
        "Kyrgyzstan's foreign trade turnover amounted to $12.4 billion in 2023. Russia was "
        "its largest trading partner, with trade of $3.6 billion.",
        D(2024, 2, 12),
        [
            ("KGZ", None, "turnover", 12_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", "RUS", "turnover", 3_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "partner",
        "ranks-first-among-partners-with-a-figure",
        None,
        "Turkey ranks first among Azerbaijan's trading partners with a turnover of "
        "$2.85 billion in January-June 2024.",
        D(2024, 7, 16),
        [("AZE", "TUR", "turnover", 2_850_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "partner",
        "second-place-goes-to-a-partner-with-a-figure",
        None,
        "Uzbekistan's foreign trade reached $31.2 billion in January-June 2024. China "
        "accounted for $5.9 billion of it, and Russia took second place with $5.1 billion.",
        D(2024, 7, 22),
        [
            ("UZB", None, "turnover", 31_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "CHN", "turnover", 5_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "RUS", "turnover", 5_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- world: a reporter's world trade, then figures per partner
    (
        "world",
        "world-turnover-then-trade-with-partners",
        None,
        "Kyrgyzstan's foreign trade turnover reached $9.7 billion in January-September "
        "2023. Trade with Russia amounted to $2.4 billion, with China $1.6 billion and "
        "with Kazakhstan $1.1 billion.",
        D(2023, 11, 10),
        [
            ("KGZ", None, "turnover", 9_700_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("KGZ", "RUS", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("KGZ", "CHN", "turnover", 1_600_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("KGZ", "KAZ", "turnover", 1_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "world",
        "world-exports-then-exports-to-partners",
        None,
        "Tajikistan's exports totalled $1.42 billion in 2023. Exports to Kazakhstan came to "
        "$410.6 million, and to Turkey $188.3 million.",
        D(2024, 1, 25),
        [
            ("TJK", None, "export", 1_420_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "KAZ", "export", 410_600_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "TUR", "export", 188_300_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "world",
        "world-turnover-split-then-a-partner-paragraph",
        None,
        "Georgia's external trade amounted to $11.3 billion in January-August 2024, "
        "Geostat said. Exports reached $3.1 billion, and imports $8.2 billion.\n\n"
        "Trade with Turkey amounted to $1.5 billion.",
        D(2024, 9, 19),
        [
            ("GEO", None, "turnover", 11_300_000_000, "USD", "2024-01-01", "2024-08-31", False),
            ("GEO", None, "export", 3_100_000_000, "USD", "2024-01-01", "2024-08-31", False),
            ("GEO", None, "import", 8_200_000_000, "USD", "2024-01-01", "2024-08-31", False),
            ("GEO", "TUR", "turnover", 1_500_000_000, "USD", "2024-01-01", "2024-08-31", False),
        ],
    ),
    (
        "world",
        "world-trade-then-the-eaeu-group",
        None,
        "Kazakhstan's foreign trade turnover amounted to $65.8 billion in January-June "
        "2024. Trade with the EAEU countries came to $13.2 billion.",
        D(2024, 8, 6),
        [
            ("KAZ", None, "turnover", 65_800_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "EAEU", "turnover", 13_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "world",
        "world-imports-then-imports-from-partners-in-a-new-paragraph",
        None,
        "Azerbaijan imported goods worth $8.6 billion in January-July 2024, the State "
        "Customs Committee said.\n\n"
        "Imports from Russia amounted to $1.4 billion and from China to $1.3 billion.",
        D(2024, 8, 21),
        [
            ("AZE", None, "import", 8_600_000_000, "USD", "2024-01-01", "2024-07-31", False),
            ("AZE", "RUS", "import", 1_400_000_000, "USD", "2024-01-01", "2024-07-31", False),
            ("AZE", "CHN", "import", 1_300_000_000, "USD", "2024-01-01", "2024-07-31", False),
        ],
    ),
    # --- list: lists of partners with figures, bounds per item
    (
        "list",
        "partner-list-with-bracketed-figures-and-a-bound-item",
        None,
        "The main trading partners of Uzbekistan in January-June 2024 were China "
        "($6,1 billion), Russia ($5,3 billion), Kazakhstan ($2,1 billion) and Turkey "
        "(over $1,2 billion).",
        D(2024, 7, 20),
        [
            ("UZB", "CHN", "turnover", 6_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "RUS", "turnover", 5_300_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "KAZ", "turnover", 2_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "list",
        "buyers-list-with-dashes",
        None,
        "In 2023, the largest buyers of Kazakh goods were Italy - $9.1 billion, "
        "China - $7.4 billion and Russia - $4.2 billion.",
        D(2024, 2, 9),
        [
            ("KAZ", "ITA", "export", 9_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "CHN", "export", 7_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "RUS", "export", 4_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list",
        "exports-to-several-partners-one-verb",
        None,
        "Azerbaijan's exports to Italy reached $6.4 billion in 2023, to Turkey $1.9 billion "
        "and to Georgia $510.2 million.",
        D(2024, 1, 31),
        [
            ("AZE", "ITA", "export", 6_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "TUR", "export", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "GEO", "export", 510_200_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list",
        "suppliers-list-with-almost-and-about",
        None,
        "Georgia's main suppliers in January-May 2024 were Turkey ($820.4 million), "
        "Russia (almost $500 million) and China (about $610 million).",
        D(2024, 6, 19),
        [
            ("GEO", "TUR", "import", 820_400_000, "USD", "2024-01-01", "2024-05-31", False),
            ("GEO", "CHN", "import", 610_000_000, "USD", "2024-01-01", "2024-05-31", False),
        ],
    ),
    (
        "list",
        "partner-list-with-colons-after-a-period-line",
        None,
        "Kyrgyzstan's trade with its main partners in 2023 was as follows: Russia: "
        "$3.6 billion; China: $2.9 billion; Kazakhstan: $1.5 billion.",
        D(2024, 2, 28),
        [
            ("KGZ", "RUS", "turnover", 3_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", "CHN", "turnover", 2_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", "KAZ", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list",
        "exports-list-with-more-than-per-item",
        None,
        "In January-September 2023, Uzbekistan exported goods to Russia worth more than "
        "$2 billion, to Kazakhstan $1.02 billion and to Turkey $744.3 million.",
        D(2023, 10, 23),
        [
            ("UZB", "KAZ", "export", 1_020_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("UZB", "TUR", "export", 744_300_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    # --- period: a period stated once for several figures
    (
        "period",
        "period-once-then-exports-and-imports-in-the-next-sentence",
        None,
        "In January-April 2024, Kazakhstan's trade with Uzbekistan amounted to "
        "$1.31 billion. Kazakh exports reached $873.5 million, and imports $436.5 million.",
        D(2024, 5, 24),
        [
            ("KAZ", "UZB", "turnover", 1_310_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("KAZ", "UZB", "export", 873_500_000, "USD", "2024-01-01", "2024-04-30", False),
            ("KAZ", "UZB", "import", 436_500_000, "USD", "2024-01-01", "2024-04-30", False),
        ],
    ),
    (
        "period",
        "period-of-the-data-line-then-two-sentences",
        None,
        "According to data for the first quarter of 2024, exports from Azerbaijan to Italy "
        "amounted to $2.1 billion. Imports from Italy stood at $145.6 million.",
        D(2024, 4, 25),
        [
            ("AZE", "ITA", "export", 2_100_000_000, "USD", "2024-01-01", "2024-03-31", False),
            ("AZE", "ITA", "import", 145_600_000, "USD", "2024-01-01", "2024-03-31", False),
        ],
    ),
    (
        "period",
        "period-in-a-separate-sentence-before-the-figures",
        None,
        "The customs committee published its data for eight months of 2024 on Monday. "
        "Trade between Tajikistan and China totalled $1.15 billion.",
        D(2024, 9, 10),
        [("TJK", "CHN", "turnover", 1_150_000_000, "USD", "2024-01-01", "2024-08-31", False)],
    ),
    (
        "period",
        "period-at-the-end-of-a-paragraph-for-two-figures",
        None,
        "Exports of Turkmenistan to Uzbekistan amounted to $210.3 million, and imports "
        "from Uzbekistan to $190.7 million in January-July 2024.",
        D(2024, 8, 15),
        [
            ("TKM", "UZB", "export", 210_300_000, "USD", "2024-01-01", "2024-07-31", False),
            ("TKM", "UZB", "import", 190_700_000, "USD", "2024-01-01", "2024-07-31", False),
        ],
    ),
    (
        "period",
        "lead-period-carries-to-the-next-paragraph",
        None,
        "Azerbaijan's trade with Kazakhstan reached $356.2 million in January-September "
        "2024, up 17% year-on-year.\n\n"
        "Azerbaijani exports to Kazakhstan amounted to $142.8 million.",
        D(2024, 10, 21),
        [
            ("AZE", "KAZ", "turnover", 356_200_000, "USD", "2024-01-01", "2024-09-30", False),
            ("AZE", "KAZ", "export", 142_800_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    # --- comparison: "the same period of last year", "the corresponding period of 2022"
    (
        "comparison",
        "compared-to-the-same-period-of-last-year",
        None,
        "Trade between Turkmenistan and Turkey reached $1.1 billion in January-June 2024, "
        "compared to $964.2 million in the same period of last year.",
        D(2024, 7, 30),
        [
            ("TKM", "TUR", "turnover", 1_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("TKM", "TUR", "turnover", 964_200_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "comparison",
        "against-the-corresponding-period-of-a-year",
        None,
        "Kazakhstan's exports to Kyrgyzstan amounted to $1.03 billion in January-August "
        "2023, against $876.4 million in the corresponding period of 2022.",
        D(2023, 9, 28),
        [
            ("KAZ", "KGZ", "export", 1_030_000_000, "USD", "2023-01-01", "2023-08-31", False),
            ("KAZ", "KGZ", "export", 876_400_000, "USD", "2022-01-01", "2022-08-31", False),
        ],
    ),
    (
        "comparison",
        "a-year-earlier-the-figure",
        None,
        "Uzbekistan's foreign trade turnover reached $28.6 billion in the first half of "
        "2024. A year earlier, the figure was $25.9 billion.",
        D(2024, 7, 19),
        [
            ("UZB", None, "turnover", 28_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", None, "turnover", 25_900_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "comparison",
        "up-from-a-figure-in-the-same-period-a-year-ago",
        None,
        "Georgia's imports from Azerbaijan rose to $402.6 million in January-May 2024, up "
        "from $355.1 million in the same period a year ago.",
        D(2024, 6, 21),
        [
            ("GEO", "AZE", "import", 402_600_000, "USD", "2024-01-01", "2024-05-31", False),
            ("GEO", "AZE", "import", 355_100_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "comparison",
        "comparison-in-a-sentence-of-its-own",
        None,
        "Trade turnover between Azerbaijan and Ukraine amounted to $364.1 million in "
        "January-September 2024. In the same period of 2023, trade turnover amounted to "
        "$311.8 million.",
        D(2024, 10, 18),
        [
            ("AZE", "UKR", "turnover", 364_100_000, "USD", "2024-01-01", "2024-09-30", False),
            ("AZE", "UKR", "turnover", 311_800_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    (
        "comparison",
        "year-on-year-from-a-figure",
        None,
        "Kazakhstan's exports to China climbed to $8.4 billion in January-September 2024 "
        "from $7.6 billion a year earlier.",
        D(2024, 10, 25),
        [
            ("KAZ", "CHN", "export", 8_400_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("KAZ", "CHN", "export", 7_600_000_000, "USD", "2023-01-01", "2023-09-30", False),
        ],
    ),
    # --- balance: balances, deficits and surpluses
    (
        "balance",
        "trade-deficit-with-a-partner",
        None,
        "Pakistan's trade deficit with China stood at $9.4 billion in 2023, the central bank said.",
        D(2024, 1, 22),
        [("PAK", "CHN", "balance", -9_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "balance",
        "positive-balance-in-the-pair-of-the-lead",
        None,
        "Trade turnover between Azerbaijan and Belarus amounted to $312.6 million in 2023. "
        "The trade balance was positive for Azerbaijan at $96.4 million.",
        D(2024, 2, 7),
        [
            ("AZE", "BLR", "turnover", 312_600_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "BLR", "balance", 96_400_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "balance",
        "world-trade-deficit",
        None,
        "Georgia's trade deficit amounted to $5.63 billion in January-November 2023, "
        "Geostat reported.",
        D(2023, 12, 19),
        [("GEO", None, "balance", -5_630_000_000, "USD", "2023-01-01", "2023-11-30", False)],
    ),
    (
        "balance",
        "surplus-in-favour-of-a-state",
        None,
        "Trade between Kazakhstan and Kyrgyzstan reached $1.48 billion in January-August "
        "2024, with a surplus of $702.3 million in Kazakhstan's favour.",
        D(2024, 9, 25),
        [
            ("KAZ", "KGZ", "turnover", 1_480_000_000, "USD", "2024-01-01", "2024-08-31", False),
            ("KAZ", "KGZ", "balance", 702_300_000, "USD", "2024-01-01", "2024-08-31", False),
        ],
    ),
    (
        "balance",
        "negative-balance-after-world-totals",
        None,
        "Kyrgyzstan's exports amounted to $2.1 billion in 2023, and imports to $10.3 "
        "billion. The negative trade balance amounted to $8.2 billion.",
        D(2024, 2, 15),
        [
            ("KGZ", None, "export", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", None, "import", 10_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", None, "balance", -8_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "balance",
        "trade-surplus-with-a-group",
        None,
        "Azerbaijan posted a trade surplus of $7.9 billion with the European Union in 2023.",
        D(2024, 3, 1),
        [("AZE", "EU", "balance", 7_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- target: goals and forecasts
    (
        "target",
        "bring-bilateral-trade-to-a-figure-by-a-year",
        None,
        "The presidents of Uzbekistan and Azerbaijan agreed to bring bilateral trade to "
        "$1 billion by 2026.",
        D(2024, 8, 22),
        [("UZB", "AZE", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "target",
        "aim-to-reach-a-figure-in-a-year",
        None,
        "Kazakhstan and Turkey aim to reach $10 billion in trade turnover in 2026, the "
        "ministers said.",
        D(2024, 5, 29),
        [("KAZ", "TUR", "turnover", 10_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "target",
        "target-after-an-actual-figure-of-the-pair",
        None,
        "Trade between Tajikistan and Uzbekistan reached $581.6 million in 2023. The "
        "parties intend to increase it to $2 billion by 2027.",
        D(2024, 4, 11),
        [
            ("TJK", "UZB", "turnover", 581_600_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "UZB", "turnover", 2_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "target",
        "target-of-a-two-countries-trade-in-a-later-paragraph",
        None,
        "The Prime Minister of Pakistan met the President of Turkmenistan in Ashgabat.\n\n"
        "The leaders set a goal of raising trade between the two countries to $500 million "
        "by 2025.",
        D(2024, 3, 6),
        [("PAK", "TKM", "turnover", 500_000_000, "USD", "2025-01-01", "2025-12-31", True)],
    ),
    (
        "target",
        "exports-target-of-a-state",
        None,
        "Uzbekistan plans to increase its exports to $45 billion by 2030, the minister said.",
        D(2024, 6, 3),
        [("UZB", None, "export", 45_000_000_000, "USD", "2030-01-01", "2030-12-31", True)],
    ),
    # --- currency: a figure in a currency of the region; a conversion in brackets after
    # the figure as written is the same figure, no second record
    (
        "currency",
        "tenge-figure-with-dollars-in-brackets",
        None,
        "Kazakhstan's exports to Kyrgyzstan amounted to $690.4 million (310 billion tenge) "
        "in 2023.",
        D(2024, 2, 20),
        [("KAZ", "KGZ", "export", 690_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "currency",
        "manat-figure-then-dollars-in-brackets",
        None,
        "Azerbaijan's trade turnover with Georgia amounted to 1.7 billion manat "
        "($1 billion) in January-October 2024.",
        D(2024, 11, 20),
        [("AZE", "GEO", "turnover", 1_700_000_000, "AZN", "2024-01-01", "2024-10-31", False)],
    ),
    (
        "currency",
        "euro-figure-of-a-pair",
        None,
        "Trade between Georgia and Germany totalled 812.5 million euros in 2023.",
        D(2024, 3, 12),
        [("GEO", "DEU", "turnover", 812_500_000, "EUR", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "currency",
        "rupees-figure-of-a-pair",
        None,
        "Pakistan's exports to Afghanistan stood at Rs 180 billion in 2023, the State Bank said.",
        D(2024, 2, 2),
        [("PAK", "AFG", "export", 180_000_000_000, "PKR", "2023-01-01", "2023-12-31", False)],
    ),
    # --- outlet: the reporter of a page about one state ("the republic's", "the country's")
    (
        "outlet",
        "the-republic-s-trade-after-a-capital-dateline",
        None,
        "TASHKENT, July 18 -- The republic's foreign trade turnover amounted to $30.4 "
        "billion in January-June 2024, the statistics agency said.",
        D(2024, 7, 18),
        [("UZB", None, "turnover", 30_400_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "outlet",
        "the-country-s-exports-after-an-agency-dateline",
        None,
        "Baku, 12 March, AZERTAC\n\n"
        "The country's exports amounted to $4.6 billion in January-February 2024, the "
        "State Customs Committee said.",
        D(2024, 3, 12),
        [("AZE", None, "export", 4_600_000_000, "USD", "2024-01-01", "2024-02-29", False)],
    ),
    (
        "outlet",
        "the-country-s-trade-with-a-partner-in-a-story-about-one-state",
        None,
        "Kazakhstan's economy grew by 4.1% in the first half of 2024, the ministry said.\n\n"
        "The country's trade with China amounted to $20.5 billion in the same period.",
        D(2024, 7, 26),
        [("KAZ", "CHN", "turnover", 20_500_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "outlet",
        "the-republic-s-imports-from-a-partner-in-a-story-about-one-state",
        None,
        "Kyrgyzstan's National Statistical Committee has published data on foreign trade.\n\n"
        "In January-March 2024, the republic's imports from Turkey amounted to $186.2 million.",
        D(2024, 4, 26),
        [("KGZ", "TUR", "import", 186_200_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    # --- side: flows told from the partner's side
    (
        "side",
        "imports-of-a-state-from-another",
        None,
        "Uzbekistan's imports from Kazakhstan amounted to $1.94 billion in 2023.",
        D(2024, 2, 6),
        [("UZB", "KAZ", "import", 1_940_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "side",
        "a-state-imported-goods-from-another",
        None,
        "In 2023, Kyrgyzstan imported goods worth $2.98 billion from China.",
        D(2024, 3, 14),
        [("KGZ", "CHN", "import", 2_980_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "side",
        "exports-from-a-state-to-another",
        None,
        "Exports from Turkey to Turkmenistan amounted to $512.6 million in January-June 2024.",
        D(2024, 7, 24),
        [("TUR", "TKM", "export", 512_600_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "side",
        "the-partner-s-customs-see-imports-from-the-reporter",
        None,
        "According to Chinese customs, China's imports from Kazakhstan reached $9.8 billion "
        "in 2023.",
        D(2024, 1, 29),
        [("CHN", "KAZ", "import", 9_800_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- miss: near misses that give no record
    (
        "miss",
        "a-product-s-exports",
        None,
        "Kazakhstan's wheat exports to Afghanistan reached $402 million in 2023.",
        D(2024, 2, 1),
        [],
    ),
    (
        "miss",
        "a-percentage-change",
        None,
        "Azerbaijan's exports to Turkey rose by 12% in January-June 2024.",
        D(2024, 7, 12),
        [],
    ),
    (
        "miss",
        "a-change-in-money",
        None,
        "Trade between Uzbekistan and Tajikistan grew by $120 million in 2023.",
        D(2024, 2, 19),
        [],
    ),
    (
        "miss",
        "a-bound-exceeded",
        None,
        "Trade turnover between Kazakhstan and Azerbaijan exceeded $500 million in 2023.",
        D(2024, 2, 21),
        [],
    ),
    (
        "miss",
        "a-bound-almost",
        None,
        "Exports from Georgia to Armenia reached almost $600 million in 2023.",
        D(2024, 3, 2),
        [],
    ),
    (
        "miss",
        "a-monthly-average",
        None,
        "Kyrgyzstan's imports from China averaged $250 million a month in 2023.",
        D(2024, 2, 22),
        [],
    ),
    (
        "miss",
        "investment-not-trade",
        None,
        "Turkish investments in Azerbaijan reached $13.2 billion by 2023, the ambassador "
        "said, adding that trade was growing.",
        D(2024, 4, 2),
        [],
    ),
    (
        "miss",
        "services-exports",
        None,
        "Georgia's exports of services to Russia totalled $312.4 million in 2023.",
        D(2024, 3, 18),
        [],
    ),
    (
        "miss",
        "oil-exports-of-a-state",
        None,
        "Azerbaijan's oil exports to Italy amounted to $5.6 billion in 2023.",
        D(2024, 2, 3),
        [],
    ),
    (
        "miss",
        "a-share-in-percent-of-a-partner",
        None,
        "Russia's share in Kyrgyzstan's foreign trade amounted to 28.4% in 2023.",
        D(2024, 2, 3),
        [],
    ),
    (
        "miss",
        "a-bound-up-to-in-a-target",
        None,
        "Uzbekistan and Pakistan intend to increase trade up to $1 billion in the coming years.",
        D(2024, 5, 3),
        [],
    ),
    (
        "miss",
        "a-partner-list-of-shares-not-figures",
        None,
        "China accounted for 21.3% of Uzbekistan's trade in 2023, Russia for 17.6% and "
        "Kazakhstan for 7.9%.",
        D(2024, 2, 2),
        [],
    ),
    (
        "miss",
        "a-loan-not-trade",
        None,
        "The Asian Development Bank will provide Tajikistan with $150 million to support "
        "trade and transport in 2024.",
        D(2024, 2, 2),
        [],
    ),
    (
        "miss",
        "a-product-list-after-a-pair",
        None,
        "Trade turnover between Azerbaijan and Russia reached $4.3 billion in 2023.\n\n"
        "Azerbaijan's exports of fruit and vegetables to Russia amounted to $610.8 million.",
        D(2024, 2, 10),
        [("AZE", "RUS", "turnover", 4_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "the-growth-of-the-figure-is-no-new-record",
        None,
        "Azerbaijan and Georgia traded goods worth $1.34 billion in January-October 2023. "
        "The figure was $120 million higher than a year earlier.",
        D(2023, 11, 22),
        [("AZE", "GEO", "turnover", 1_340_000_000, "USD", "2023-01-01", "2023-10-31", False)],
    ),
    # --- anaphor: "this country", "the figure", "the republic", "both sides" in later sentences
    (
        "anaphor",
        "exports-to-this-country-after-a-state-named-alone",
        None,
        "The Ambassador of Pakistan met the Deputy Foreign Minister of Tajikistan in "
        "Dushanbe. Pakistan's exports to this country reached $61.2 million in 2023.",
        D(2024, 4, 2),
        [("PAK", "TJK", "export", 61_200_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "anaphor",
        "trade-with-this-country-in-a-new-paragraph",
        None,
        "Kazakhstan sees Vietnam as a key partner in Southeast Asia, the minister said.\n\n"
        "Last year, Kazakhstan's trade with this country amounted to $402.7 million.",
        D(2024, 5, 8),
        [("KAZ", "VNM", "turnover", 402_700_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "anaphor",
        "trade-with-the-country-after-a-visit-to-it",
        None,
        "Azerbaijan's Economy Minister paid a working visit to Hungary on Wednesday.\n\n"
        "In January-June 2024, Azerbaijan's trade with the country reached $148.3 million.",
        D(2024, 7, 11),
        [("AZE", "HUN", "turnover", 148_300_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "anaphor",
        "a-year-earlier-the-figure-of-a-pair",
        None,
        "Trade between Kazakhstan and Uzbekistan amounted to $2.14 billion in January-May "
        "2024. A year earlier, the figure was $1.96 billion.",
        D(2024, 6, 24),
        [
            ("KAZ", "UZB", "turnover", 2_140_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("KAZ", "UZB", "turnover", 1_960_000_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "anaphor",
        "in-the-same-period-of-last-year-this-figure",
        None,
        "Azerbaijan's exports to Turkey amounted to $1.64 billion in January-April 2024. "
        "In the same period of last year, this figure was $1.52 billion.",
        D(2024, 5, 21),
        [
            ("AZE", "TUR", "export", 1_640_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("AZE", "TUR", "export", 1_520_000_000, "USD", "2023-01-01", "2023-04-30", False),
        ],
    ),
    (
        "anaphor",
        "the-indicator-stood-at-in-the-corresponding-period",
        None,
        "Georgia's foreign trade turnover reached $14.1 billion in January-October 2024. "
        "In the corresponding period of 2023, the indicator stood at $13.2 billion.",
        D(2024, 11, 19),
        [
            ("GEO", None, "turnover", 14_100_000_000, "USD", "2024-01-01", "2024-10-31", False),
            ("GEO", None, "turnover", 13_200_000_000, "USD", "2023-01-01", "2023-10-31", False),
        ],
    ),
    (
        "anaphor",
        "the-same-period-names-the-period-just-stated",
        None,
        "Uzbekistan's exports reached $12.6 billion in January-June 2024, the agency said.\n\n"
        "Imports amounted to $18.9 billion in the same period.",
        D(2024, 7, 22),
        [
            ("UZB", None, "export", 12_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", None, "import", 18_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "anaphor",
        "the-country-s-trade-with-a-partner-in-the-same-period",
        None,
        "Kyrgyzstan's foreign trade turnover reached $6.3 billion in January-June 2024.\n\n"
        "The country's trade with China amounted to $1.9 billion in the same period.",
        D(2024, 7, 30),
        [
            ("KGZ", None, "turnover", 6_300_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", "CHN", "turnover", 1_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- verb: flows told with a verb of buying, supplying or selling
    (
        "verb",
        "a-state-bought-goods-of-another-state-s-make",
        None,
        "Turkey bought Azerbaijani goods worth $1.52 billion in January-September 2024.",
        D(2024, 10, 16),
        [("AZE", "TUR", "export", 1_520_000_000, "USD", "2024-01-01", "2024-09-30", False)],
    ),
    (
        "verb",
        "a-state-supplied-another-with-goods",
        None,
        "Azerbaijan supplied Georgia with goods worth $402.1 million in January-June 2024.",
        D(2024, 7, 18),
        [("AZE", "GEO", "export", 402_100_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "verb",
        "a-state-sold-goods-to-another",
        None,
        "In 2023, Kazakhstan sold goods worth $1.1 billion to Tajikistan.",
        D(2024, 2, 14),
        [("KAZ", "TJK", "export", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "verb",
        "a-state-exported-products-worth-to-another",
        None,
        "Uzbekistan exported products worth $318.4 million to Afghanistan in January-March 2024.",
        D(2024, 4, 17),
        [("UZB", "AFG", "export", 318_400_000, "USD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "verb",
        "a-state-purchased-goods-from-another",
        None,
        "Tajikistan purchased goods worth $715.6 million from Russia in January-June 2024.",
        D(2024, 7, 27),
        [("TJK", "RUS", "import", 715_600_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "verb",
        "a-state-delivered-goods-to-another-state-s-market",
        None,
        "Kyrgyzstan delivered goods worth $97.3 million to the Uzbek market in 2023.",
        D(2024, 3, 9),
        [("KGZ", "UZB", "export", 97_300_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "verb",
        "the-two-countries-traded-goods-worth",
        None,
        "Pakistan and Uzbekistan traded goods worth $402.5 million in 2023, the embassy said.",
        D(2024, 2, 26),
        [("PAK", "UZB", "turnover", 402_500_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- more world/partner rows in the agencies' own shapes
    (
        "world",
        "exports-to-partners-in-a-sentence-each-after-world-exports",
        None,
        "Kazakhstan's exports amounted to $38.2 billion in January-June 2024. Italy was the "
        "largest buyer with $7.9 billion. China followed with $7.1 billion.",
        D(2024, 8, 2),
        [
            ("KAZ", None, "export", 38_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "ITA", "export", 7_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "CHN", "export", 7_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "world",
        "the-cis-countries-after-world-turnover",
        None,
        "Azerbaijan's foreign trade turnover amounted to $23.1 billion in January-June "
        "2024. Trade with the CIS countries reached $3.4 billion.",
        D(2024, 7, 17),
        [
            ("AZE", None, "turnover", 23_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("AZE", "CIS", "turnover", 3_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "world",
        "a-partner-share-with-a-figure-in-brackets",
        None,
        "Uzbekistan's foreign trade turnover reached $62.6 billion in 2023. China accounted "
        "for 21.9% ($13.7 billion) and Russia for 16.1% ($10.1 billion).",
        D(2024, 1, 22),
        [
            ("UZB", None, "turnover", 62_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "CHN", "turnover", 13_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "RUS", "turnover", 10_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "world",
        "partner-figures-with-a-partner-adjective",
        None,
        "Tajikistan's foreign trade amounted to $7.4 billion in 2023. Trade with Russian "
        "partners reached $1.9 billion.",
        D(2024, 2, 12),
        [
            ("TJK", None, "turnover", 7_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "RUS", "turnover", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- more lists
    (
        "list",
        "exports-list-with-dashes-after-a-colon",
        None,
        "Georgia's main export destinations in January-April 2024: Kyrgyzstan - $602.4 "
        "million, Kazakhstan - $311.8 million, China - $204.6 million.",
        D(2024, 5, 20),
        [
            ("GEO", "KGZ", "export", 602_400_000, "USD", "2024-01-01", "2024-04-30", False),
            ("GEO", "KAZ", "export", 311_800_000, "USD", "2024-01-01", "2024-04-30", False),
            ("GEO", "CHN", "export", 204_600_000, "USD", "2024-01-01", "2024-04-30", False),
        ],
    ),
    (
        "list",
        "imports-list-with-figures-after-each-name",
        None,
        "In 2023, Azerbaijan imported the most goods from Russia ($2.9 billion), China "
        "($2.7 billion) and Turkey ($2.1 billion).",
        D(2024, 2, 5),
        [
            ("AZE", "RUS", "import", 2_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "CHN", "import", 2_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "TUR", "import", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "list",
        "turnover-list-with-mln-and-decimal-commas",
        None,
        "Kazakhstan's trade turnover with Central Asian states in January-March 2024: "
        "Uzbekistan - 905,3 mln dollars, Kyrgyzstan - 512,7 mln dollars, Tajikistan - "
        "214,9 mln dollars.",
        D(2024, 4, 29),
        [
            ("KAZ", "UZB", "turnover", 905_300_000, "USD", "2024-01-01", "2024-03-31", False),
            ("KAZ", "KGZ", "turnover", 512_700_000, "USD", "2024-01-01", "2024-03-31", False),
            ("KAZ", "TJK", "turnover", 214_900_000, "USD", "2024-01-01", "2024-03-31", False),
        ],
    ),
    # --- more period rows
    (
        "period",
        "period-after-the-figures-of-a-reporter-s-split",
        None,
        "Kyrgyzstan's exports amounted to $1.1 billion, while imports reached $5.2 billion "
        "in the first half of 2024.",
        D(2024, 7, 26),
        [
            ("KGZ", None, "export", 1_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", None, "import", 5_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "period",
        "reporting-period-of-a-lead-for-a-later-figure",
        None,
        "Trade between Uzbekistan and Turkmenistan grew 19% in January-September 2024, the "
        "agency said.\n\n"
        "During the reporting period, trade turnover amounted to $892.6 million.",
        D(2024, 10, 24),
        [("UZB", "TKM", "turnover", 892_600_000, "USD", "2024-01-01", "2024-09-30", False)],
    ),
    (
        "period",
        "a-headline-period-for-a-body-with-none",
        "Azerbaijan's non-oil exports to Russia up in 10M2024",
        "Trade turnover between Azerbaijan and Russia amounted to $3.9 billion, the "
        "customs committee said.",
        D(2024, 11, 22),
        [("AZE", "RUS", "turnover", 3_900_000_000, "USD", "2024-01-01", "2024-10-31", False)],
    ),
    # --- more balance and target rows
    (
        "balance",
        "trade-balance-of-a-pair-is-negative",
        None,
        "Trade between Tajikistan and China reached $1.9 billion in 2023. The trade "
        "balance was negative for Tajikistan at $1.6 billion.",
        D(2024, 2, 14),
        [
            ("TJK", "CHN", "turnover", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "CHN", "balance", -1_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "balance",
        "deficit-of-a-later-sentence-in-the-pair-of-the-lead",
        None,
        "Pakistan's exports to Afghanistan totalled $502.3 million in 2023, while imports "
        "stood at $618.5 million. This resulted in a trade deficit of $116.2 million.",
        D(2024, 2, 6),
        [
            ("PAK", "AFG", "export", 502_300_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PAK", "AFG", "import", 618_500_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PAK", "AFG", "balance", -116_200_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "target",
        "the-goal-of-a-pair-in-a-later-sentence",
        None,
        "Trade turnover between Kazakhstan and Azerbaijan reached $462.7 million in 2023. "
        "The sides aim to increase this figure to $1 billion by 2026.",
        D(2024, 3, 26),
        [
            ("KAZ", "AZE", "turnover", 462_700_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "AZE", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "target",
        "trade-expected-to-reach-by-year-end",
        None,
        "Trade between Uzbekistan and Kyrgyzstan is expected to reach $2 billion in 2025, "
        "the ministers said.",
        D(2024, 10, 3),
        [("UZB", "KGZ", "turnover", 2_000_000_000, "USD", "2025-01-01", "2025-12-31", True)],
    ),
    # --- more near misses around frames
    (
        "miss",
        "the-figure-of-a-product-after-a-pair",
        None,
        "Trade between Kazakhstan and Turkey reached $6.4 billion in 2023. Exports of "
        "grain to Turkey amounted to $312.6 million.",
        D(2024, 2, 16),
        [("KAZ", "TUR", "turnover", 6_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "investments-after-a-pair-s-trade",
        None,
        "Trade between Azerbaijan and Italy reached $7.1 billion in 2023. Italian "
        "investments in Azerbaijan amounted to $1.2 billion.",
        D(2024, 2, 16),
        [("AZE", "ITA", "turnover", 7_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "a-monthly-average-after-a-pair",
        None,
        "Kyrgyzstan's trade with Kazakhstan amounted to $1.5 billion in 2023, or about "
        "$125 million a month.",
        D(2024, 2, 16),
        [("KGZ", "KAZ", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "a-services-figure-after-a-pair",
        None,
        "Georgia's trade with Armenia amounted to $802.4 million in 2023. Services exports "
        "to Armenia came to $96.1 million.",
        D(2024, 2, 16),
        [("GEO", "ARM", "turnover", 802_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "the-figure-increased-by-an-amount",
        None,
        "Uzbekistan's foreign trade turnover amounted to $62.6 billion in 2023. The figure "
        "increased by $12.1 billion.",
        D(2024, 2, 16),
        [("UZB", None, "turnover", 62_600_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "a-target-bound-with-no-year",
        None,
        "Trade between Turkmenistan and Azerbaijan reached $402.1 million in 2023. The "
        "leaders want to raise it to more than $1 billion.",
        D(2024, 2, 16),
        [("TKM", "AZE", "turnover", 402_100_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "verb",
        "a-state-imported-a-demonym-s-goods",
        None,
        "In 2023, Kyrgyzstan imported Chinese goods worth $2.13 billion, the customs service said.",
        D(2024, 2, 19),
        [("KGZ", "CHN", "import", 2_130_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "verb",
        "a-state-purchased-a-demonym-s-products",
        None,
        "Russia purchased Uzbek products worth $1.34 billion in January-September 2024.",
        D(2024, 10, 21),
        [("UZB", "RUS", "export", 1_340_000_000, "USD", "2024-01-01", "2024-09-30", False)],
    ),
    (
        "verb",
        "a-state-supplied-another-with-products",
        None,
        "Uzbekistan supplied Afghanistan with products worth $612.7 million in 2023.",
        D(2024, 1, 30),
        [("UZB", "AFG", "export", 612_700_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "a-verb-with-a-product-group-as-its-object",
        None,
        "Kazakhstan purchased agricultural products worth $1.02 billion from China in 2023.",
        D(2024, 2, 8),
        [],
    ),
    (
        "miss",
        "supplied-with-products-no-state",
        None,
        "Kazakhstan supplied farmers with products worth $40 million in 2023.",
        D(2024, 2, 8),
        [],
    ),
    # --- share: a partner's share repeated per partner, its verb left out
    (
        "share",
        "a-share-with-its-figure-after-or-repeated-without-the-verb",
        None,
        "Kazakhstan's foreign trade turnover reached $139.8 billion in 2023. China accounted "
        "for 22.4%, or $31.3 billion, and Russia for 19.1%, or $26.7 billion.",
        D(2024, 2, 14),
        [
            ("KAZ", None, "turnover", 139_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "CHN", "turnover", 31_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "RUS", "turnover", 26_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "share",
        "a-possessive-share-repeated-without-the-noun",
        None,
        "Georgia's foreign trade turnover amounted to $18.2 billion in January-October "
        "2024. Turkey's share was 15.3% ($2.8 billion), and Russia's 11.2% ($2.04 billion).",
        D(2024, 11, 19),
        [
            ("GEO", None, "turnover", 18_200_000_000, "USD", "2024-01-01", "2024-10-31", False),
            ("GEO", "TUR", "turnover", 2_800_000_000, "USD", "2024-01-01", "2024-10-31", False),
            ("GEO", "RUS", "turnover", 2_040_000_000, "USD", "2024-01-01", "2024-10-31", False),
        ],
    ),
    (
        "miss",
        "shares-without-figures-repeated-without-the-verb",
        None,
        "Kyrgyzstan's foreign trade turnover reached $12.4 billion in 2023. China accounted "
        "for 24.1%, and Russia for 21.7% (up from 19.2% in 2022).",
        D(2024, 2, 14),
        [("KGZ", None, "turnover", 12_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- back: "in the same period" pointing back to a period a sentence of no trade named
    (
        "back",
        "in-the-same-period-after-an-output-sentence",
        None,
        "Tajikistan's industrial output rose 9% in 2023, the statistics agency said. Exports "
        "to China reached $310.5 million in the same period.",
        D(2024, 2, 20),
        [("TJK", "CHN", "export", 310_500_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "back",
        "the-reporting-period-after-a-release-sentence",
        None,
        "The statistics agency released foreign trade data for January-May 2024 on Friday."
        "\n\nDuring the reporting period, Uzbekistan's exports to Kazakhstan amounted to "
        "$702.4 million.",
        D(2024, 6, 17),
        [("UZB", "KAZ", "export", 702_400_000, "USD", "2024-01-01", "2024-05-31", False)],
    ),
    (
        "miss",
        "the-same-period-after-a-day-only",
        None,
        "The minister met the Chinese ambassador on May 3. Tajikistan's exports to China "
        "reached $310.5 million in the same period.",
        D(2024, 5, 20),
        [],
    ),
    (
        "anaphor",
        "a-year-ago-it-stood-at",
        None,
        "Uzbekistan's foreign trade turnover reached $62.6 billion in 2023. A year ago it "
        "stood at $50.1 billion.",
        D(2024, 1, 22),
        [
            ("UZB", None, "turnover", 62_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", None, "turnover", 50_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    # --- more frames in the outlets' own wording
    (
        "lead",
        "the-volume-of-trade-between-two-states",
        None,
        "The volume of trade between Kazakhstan and Kyrgyzstan amounted to $1.92 billion in "
        "2023, the ministry said.",
        D(2024, 3, 5),
        [("KAZ", "KGZ", "turnover", 1_920_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "mutual-trade-after-a-meeting-lead",
        None,
        "The Foreign Ministers of Uzbekistan and Tajikistan met in Tashkent on Monday.\n\n"
        "Mutual trade reached $581.6 million in 2023, the ministers noted.",
        D(2024, 4, 15),
        [("UZB", "TJK", "turnover", 581_600_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "our-countries-in-a-quote-after-a-meeting-lead",
        None,
        "The President of Kazakhstan received the Prime Minister of Hungary in Astana.\n\n"
        '"Last year, trade between our countries reached $412.8 million," the President said.',
        D(2024, 6, 10),
        [("KAZ", "HUN", "turnover", 412_800_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "hyphenated-pair-in-the-body",
        None,
        "Kazakhstan-Uzbekistan trade turnover amounted to $2.14 billion in January-May 2024.",
        D(2024, 6, 24),
        [("KAZ", "UZB", "turnover", 2_140_000_000, "USD", "2024-01-01", "2024-05-31", False)],
    ),
    (
        "lead",
        "adjective-pair-in-the-body",
        None,
        "Uzbek-Kazakh trade reached $4.4 billion in 2023, the agency said.",
        D(2024, 1, 25),
        [("UZB", "KAZ", "turnover", 4_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "the-trade-turnover-of-a-with-b",
        None,
        "The trade turnover of Azerbaijan with Italy amounted to $7.12 billion in 2023.",
        D(2024, 2, 2),
        [("AZE", "ITA", "turnover", 7_120_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "lead",
        "turnover-including-exports-and-imports",
        None,
        "Trade between Georgia and Armenia reached $802.4 million in 2023, including "
        "Georgian exports of $212.3 million and imports of $590.1 million.",
        D(2024, 2, 2),
        [
            ("GEO", "ARM", "turnover", 802_400_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "ARM", "export", 212_300_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "ARM", "import", 590_100_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "lead",
        "exports-and-imports-with-dashes-after-a-pair",
        None,
        "In January-June 2024, trade turnover between Turkmenistan and Kazakhstan amounted "
        "to $212.6 million: exports - $120.4 million, imports - $92.2 million.",
        D(2024, 7, 24),
        [
            ("TKM", "KAZ", "turnover", 212_600_000, "USD", "2024-01-01", "2024-06-30", False),
            ("TKM", "KAZ", "export", 120_400_000, "USD", "2024-01-01", "2024-06-30", False),
            ("TKM", "KAZ", "import", 92_200_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "lead",
        "our-trade-turnover-said-by-a-president",
        None,
        "The President of Azerbaijan met the President of Latvia in Baku on Tuesday.\n\n"
        '"In 2023, our trade turnover amounted to $96.4 million. This is not enough," the '
        "President of Azerbaijan said.",
        D(2024, 4, 23),
        [("AZE", "LVA", "turnover", 96_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "partner",
        "third-largest-trading-partner-with-a-colon",
        None,
        "Turkey is Azerbaijan's third-largest trading partner: trade reached $6.1 billion in 2023.",
        D(2024, 3, 11),
        [("AZE", "TUR", "turnover", 6_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "period",
        "a-month-alone-then-trade-after-a-pair-lead",
        None,
        "Trade between Kazakhstan and China reached $20.5 billion in January-June 2024. In "
        "June alone, it amounted to $3.7 billion.",
        D(2024, 7, 19),
        [
            ("KAZ", "CHN", "turnover", 20_500_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "CHN", "turnover", 3_700_000_000, "USD", "2024-06-01", "2024-06-30", False),
        ],
    ),
    (
        "period",
        "a-headline-shorthand-period-for-the-body",
        "Kazakhstan, Uzbekistan trade up 9% in 10M2024",
        "Trade turnover between the two countries amounted to $3.61 billion, official data show.",
        D(2024, 11, 18),
        [("KAZ", "UZB", "turnover", 3_610_000_000, "USD", "2024-01-01", "2024-10-31", False)],
    ),
    (
        "verb",
        "a-state-exported-an-amount-worth-of-goods",
        None,
        "Kazakhstan exported $1.1 billion worth of goods to Tajikistan in 2023.",
        D(2024, 2, 14),
        [("KAZ", "TJK", "export", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "balance",
        "exports-exceeded-imports-by-an-amount",
        None,
        "In 2023, Azerbaijan's exports to Georgia exceeded imports from Georgia by $312.4 million.",
        D(2024, 2, 14),
        [("AZE", "GEO", "balance", 312_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "balance",
        "balance-in-favour-of-a-state-of-the-pair",
        None,
        "Trade between Kazakhstan and Tajikistan amounted to $1.25 billion in 2023. The "
        "balance was in favour of Kazakhstan at $1.01 billion.",
        D(2024, 2, 14),
        [
            ("KAZ", "TJK", "turnover", 1_250_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "TJK", "balance", 1_010_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "target",
        "a-target-by-the-end-of-the-year",
        None,
        "Trade between Kyrgyzstan and Uzbekistan is expected to reach $2 billion by the end "
        "of 2025, the ministers said.",
        D(2024, 10, 3),
        [("KGZ", "UZB", "turnover", 2_000_000_000, "USD", "2025-01-01", "2025-12-31", True)],
    ),
    (
        "target",
        "a-target-mark-in-a-quote",
        None,
        "The leaders of Azerbaijan and Kazakhstan met in Astana.\n\n"
        '"We must reach the $1 billion mark in mutual trade by 2026," the President said.',
        D(2024, 5, 30),
        [("AZE", "KAZ", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "currency",
        "soums-figure-of-a-state",
        None,
        "Uzbekistan's exports to Kazakhstan amounted to 12.8 trillion soums in 2023.",
        D(2024, 2, 14),
        [("UZB", "KAZ", "export", 12_800_000_000_000, "UZS", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "currency",
        "a-currency-code-before-the-figure",
        None,
        "Kazakhstan's imports from Russia stood at KZT 7.1 trillion in 2023.",
        D(2024, 2, 14),
        [("KAZ", "RUS", "import", 7_100_000_000_000, "KZT", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "outlet",
        "the-republic-s-exports-to-a-partner-after-a-dateline",
        None,
        "BISHKEK, May 20 -- In January-April 2024, the republic's exports to Kazakhstan "
        "amounted to $302.6 million.",
        D(2024, 5, 20),
        [("KGZ", "KAZ", "export", 302_600_000, "USD", "2024-01-01", "2024-04-30", False)],
    ),
    (
        "side",
        "a-partner-s-share-in-a-state-s-imports-with-a-figure",
        None,
        "Kazakhstan's share in Uzbekistan's imports was 11.2%, or $2.9 billion, in 2023.",
        D(2024, 2, 14),
        [("UZB", "KAZ", "import", 2_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "a-target-with-no-period",
        None,
        "Kazakhstan and Azerbaijan intend to bring trade to $1 billion in the near future.",
        D(2024, 5, 30),
        [],
    ),
    (
        "miss",
        "a-pair-s-trade-potential",
        None,
        "The potential of trade between Uzbekistan and Pakistan is estimated at $3 billion, "
        "the minister said.",
        D(2024, 5, 30),
        [],
    ),
    (
        "miss",
        "a-transit-figure-not-trade",
        None,
        "Transit cargo from Kazakhstan to Azerbaijan worth $120 million passed through the "
        "port in 2023.",
        D(2024, 5, 30),
        [],
    ),
    (
        "balance",
        "exports-from-a-to-b-exceeded-imports-by-an-amount",
        None,
        "In January-June 2024, exports from Kazakhstan to Kyrgyzstan exceeded imports by "
        "$702.3 million.",
        D(2024, 7, 24),
        [("KAZ", "KGZ", "balance", 702_300_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "balance",
        "imports-from-b-exceeded-exports-to-b-by-an-amount",
        None,
        "In 2023, Georgia's imports from Turkey exceeded exports to Turkey by $1.6 billion.",
        D(2024, 2, 14),
        [("GEO", "TUR", "balance", -1_600_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "target",
        "trade-should-reach-a-mark-by-a-year",
        None,
        "Trade between Uzbekistan and Turkmenistan should reach the $2 billion mark by 2027, "
        "the leaders said.",
        D(2024, 10, 7),
        [("UZB", "TKM", "turnover", 2_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "target",
        "bring-trade-turnover-to-a-mark",
        None,
        "Pakistan and Kazakhstan agreed to bring trade turnover to the $1 billion mark by 2026.",
        D(2024, 6, 4),
        [("PAK", "KAZ", "turnover", 1_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "miss",
        "a-mark-passed-is-a-bound",
        None,
        "Trade between Azerbaijan and Turkmenistan passed the $1 billion mark in 2023.",
        D(2024, 2, 14),
        [],
    ),
    (
        "miss",
        "a-mark-reached-is-a-bound",
        None,
        "Kazakhstan's exports to Uzbekistan reached the $3 billion mark in 2023.",
        D(2024, 2, 14),
        [],
    ),
    # --- the outlets' own nouns and verbs for a pair's trade
    (
        "noun",
        "commodity-turnover-between-two-states",
        None,
        "Commodity turnover between Kazakhstan and Belarus amounted to $1.12 billion in 2023.",
        D(2024, 2, 14),
        [("KAZ", "BLR", "turnover", 1_120_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "trade-volume-between-two-states",
        None,
        "Trade volume between Uzbekistan and Pakistan reached $402.5 million in 2023.",
        D(2024, 2, 14),
        [("UZB", "PAK", "turnover", 402_500_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "the-volume-of-bilateral-trade-after-a-meeting",
        None,
        "The Foreign Minister of Azerbaijan met his Lithuanian counterpart in Vilnius.\n\n"
        "The volume of bilateral trade amounted to $96.2 million in 2023, the ministers noted.",
        D(2024, 4, 3),
        [("AZE", "LTU", "turnover", 96_200_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "the-turnover-of-goods-between-two-states",
        None,
        "In January-June 2024, the turnover of goods between Tajikistan and Kyrgyzstan "
        "amounted to $48.6 million.",
        D(2024, 7, 24),
        [("TJK", "KGZ", "turnover", 48_600_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "noun",
        "the-two-countries-trade-turnover-possessive",
        None,
        "The President of Turkmenistan received the Ambassador of Japan on Friday.\n\n"
        "The two countries' trade turnover came to $212.4 million in 2023.",
        D(2024, 3, 18),
        [("TKM", "JPN", "turnover", 212_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "import-from-a-to-b-singular",
        None,
        "Import from Uzbekistan to Kyrgyzstan stood at $463.7 million in January-July 2024.",
        D(2024, 8, 23),
        [("KGZ", "UZB", "import", 463_700_000, "USD", "2024-01-01", "2024-07-31", False)],
    ),
    (
        "noun",
        "a-state-s-export-to-another-singular",
        None,
        "Kazakhstan's export to Turkey amounted to $3.1 billion in 2023.",
        D(2024, 2, 14),
        [("KAZ", "TUR", "export", 3_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "exports-and-imports-labels-after-a-pair",
        None,
        "Trade between Azerbaijan and Belarus in 2023 amounted to $312.6 million. Exports: "
        "$204.5 million; imports: $108.1 million.",
        D(2024, 2, 7),
        [
            ("AZE", "BLR", "turnover", 312_600_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "BLR", "export", 204_500_000, "USD", "2023-01-01", "2023-12-31", False),
            ("AZE", "BLR", "import", 108_100_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "noun",
        "exports-and-elided-imports-to-after-a-pair",
        None,
        "In 2023, Georgia's exports to Ukraine amounted to $202.6 million, and imports from "
        "Ukraine to $488.1 million.",
        D(2024, 2, 7),
        [
            ("GEO", "UKR", "export", 202_600_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "UKR", "import", 488_100_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "noun",
        "in-the-period-for-the-lead-s-period",
        None,
        "Trade between Georgia and Russia came to $1.26 billion in January-June 2024. In the "
        "period, Georgian exports to Russia were around $310 million.",
        D(2024, 7, 22),
        [
            ("GEO", "RUS", "turnover", 1_260_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GEO", "RUS", "export", 310_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "noun",
        "this-year-s-first-months",
        None,
        "Uzbekistan's trade with Turkmenistan reached $892.6 million in this year's first "
        "nine months.",
        D(2024, 10, 24),
        [("UZB", "TKM", "turnover", 892_600_000, "USD", "2024-01-01", "2024-09-30", False)],
    ),
    (
        "noun",
        "fell-by-a-percentage-to-a-level",
        None,
        "Kyrgyzstan's imports from Kazakhstan fell by 7% to $1.02 billion in 2023.",
        D(2024, 2, 14),
        [("KGZ", "KAZ", "import", 1_020_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "goods-worth-were-imported-from-a-partner-in-a-state-s-story",
        None,
        "Tajikistan's foreign trade turnover amounted to $7.4 billion in 2023. Goods worth "
        "$2.1 billion were imported from Russia.",
        D(2024, 2, 14),
        [
            ("TJK", None, "turnover", 7_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TJK", "RUS", "import", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "noun",
        "a-partner-received-the-biggest-volume-of-exports",
        None,
        "Kyrgyzstan's exports amounted to $2.1 billion in 2023. Russia received the biggest "
        "volume of exports, worth $620.4 million.",
        D(2024, 2, 14),
        [
            ("KGZ", None, "export", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KGZ", "RUS", "export", 620_400_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "noun",
        "with-a-turnover-of-after-a-partner-role",
        None,
        "In 2023, Germany was Kazakhstan's largest partner in the EU, with a turnover of "
        "$3.9 billion.",
        D(2024, 2, 14),
        [("KAZ", "DEU", "turnover", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "noun",
        "a-state-s-foreign-trade-with-the-cis",
        None,
        "Uzbekistan's foreign trade with the CIS countries amounted to $13.5 billion in "
        "January-June 2024.",
        D(2024, 7, 22),
        [("UZB", "CIS", "turnover", 13_500_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "miss",
        "the-number-of-joint-ventures-not-trade",
        None,
        "Trade between Uzbekistan and Korea reached $2.4 billion in 2023. Korean companies "
        "invested $1.1 billion in the same period.",
        D(2024, 2, 14),
        [("UZB", "KOR", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "miss",
        "an-exports-contract-not-trade",
        None,
        "Kazakh and Chinese companies signed export contracts worth $1.5 billion at the "
        "forum in 2024.",
        D(2024, 6, 14),
        [],
    ),
    # --- region: a figure with a region that is no state ("Central Asia", "Europe")
    (
        "region",
        "a-total-to-a-region-then-a-state-s-part",
        None,
        "Azerbaijan exported goods worth $402.1 million to Central Asia in January-September "
        "2024, including $201.4 million to Kazakhstan.",
        D(2024, 10, 22),
        [("AZE", "KAZ", "export", 201_400_000, "USD", "2024-01-01", "2024-09-30", False)],
    ),
    (
        "region",
        "imports-from-a-region-after-a-pair",
        None,
        "Trade between Kazakhstan and Germany reached $3.9 billion in 2023. Kazakhstan's "
        "imports from Europe amounted to $14.2 billion.",
        D(2024, 2, 10),
        [("KAZ", "DEU", "turnover", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "region",
        "trade-with-a-region-then-with-a-state",
        None,
        "Azerbaijan's trade with the Middle East reached $4.1 billion in 2023, and with "
        "Turkey $3.9 billion.",
        D(2024, 2, 10),
        [("AZE", "TUR", "turnover", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "region",
        "a-state-whose-name-starts-like-a-region",
        None,
        "Indonesia's exports to East Timor reached $241.3 million in 2023.",
        D(2024, 2, 10),
        [("IDN", "TLS", "export", 241_300_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- months: "over the six months", the year's first months as "over six months" is
    (
        "months",
        "over-the-six-months-before-a-pair-s-trade",
        None,
        "Over the six months, trade between Azerbaijan and Turkey amounted to $3.4 billion, "
        "the customs committee said.",
        D(2024, 7, 22),
        [("AZE", "TUR", "turnover", 3_400_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "months",
        "in-the-eight-months-a-state-s-exports",
        None,
        "In the eight months, Kazakhstan's exports to Italy reached $6.1 billion.",
        D(2024, 9, 10),
        [("KAZ", "ITA", "export", 6_100_000_000, "USD", "2024-01-01", "2024-08-31", False)],
    ),
    (
        "miss",
        "in-the-same-months-is-no-count-of-months",
        None,
        "Pakistan's imports from China were $4.1 billion in January-May 2024, against "
        "$3.8 billion in the same months of 2023.",
        D(2024, 6, 20),
        [
            ("PAK", "CHN", "import", 4_100_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("PAK", "CHN", "import", 3_800_000_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "months",
        "the-five-months-after-a-period-of-five-months-is-that-period",
        None,
        "Uzbekistan's exports to Turkey reached $702.4 million in March-July 2024. Imports "
        "from Turkey came to $810.2 million over the five months.",
        D(2024, 8, 20),
        [
            ("UZB", "TUR", "export", 702_400_000, "USD", "2024-03-01", "2024-07-31", False),
            ("UZB", "TUR", "import", 810_200_000, "USD", "2024-03-01", "2024-07-31", False),
        ],
    ),
    (
        "region",
        "the-gulf-state-is-the-state-just-named-not-a-region",
        None,
        "Kazakhstan's exports to Qatar stood at $31.2 million in 2023, while imports from the "
        "Gulf state totaled $12.4 million.",
        D(2024, 3, 3),
        [
            ("KAZ", "QAT", "export", 31_200_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KAZ", "QAT", "import", 12_400_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "verb",
        "two-states-traded-an-amount-worth-of-goods",
        None,
        "Azerbaijan and Hungary traded $100.4 million worth of goods in 2023, the embassy said.",
        D(2024, 4, 22),
        [("AZE", "HUN", "turnover", 100_400_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "verb",
        "two-states-traded-an-amount-in-goods",
        None,
        "In January-June 2024, Kyrgyzstan and Turkey traded $412.6 million in goods.",
        D(2024, 7, 22),
        [("KGZ", "TUR", "turnover", 412_600_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "miss",
        "shares-traded-not-trade",
        None,
        "Shares of Kazakh companies worth $52 million traded on the exchange in 2023.",
        D(2024, 2, 22),
        [],
    ),
    # --- headline: a group as the headline's partner
    (
        "headline",
        "headline-state-s-trade-with-a-group-frames-a-bare-trade",
        "Uzbekistan's trade with EAEU grows",
        "Trade reached $9.8 billion in the first half of 2024, the statistics agency said.",
        D(2024, 7, 20),
        [("UZB", "EAEU", "turnover", 9_800_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "headline",
        "headline-state-s-exports-to-a-group-frame-bare-exports",
        "Kazakhstan's exports to EU rise",
        "Exports amounted to $21.3 billion in the first half of 2024, the ministry said.",
        D(2024, 7, 20),
        [("KAZ", "EU", "export", 21_300_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "headline",
        "headline-group-then-a-world-total-and-the-group-s-figure",
        "Kazakhstan's trade with the EAEU up 5%",
        "Kazakhstan's foreign trade turnover amounted to $65.8 billion in the first half of "
        "2024. Trade turnover with the EAEU amounted to $13.4 billion.",
        D(2024, 7, 20),
        [
            ("KAZ", None, "turnover", 65_800_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "EAEU", "turnover", 13_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "headline",
        "headline-group-named-not-as-a-partner",
        "Kazakhstan's exports up 9% as EU demand grows",
        "Exports amounted to $38.2 billion in the first half of 2024, the ministry said.",
        D(2024, 7, 20),
        [("KAZ", None, "export", 38_200_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "target",
        "a-target-by-the-end-of-the-year-is-this-year-s",
        None,
        "Trade between Azerbaijan and Kazakhstan is expected to reach $1 billion by the end "
        "of the year, the deputy minister said.",
        D(2024, 7, 20),
        [("AZE", "KAZ", "turnover", 1_000_000_000, "USD", "2024-01-01", "2024-12-31", True)],
    ),
    (
        "target",
        "a-target-by-year-end",
        None,
        "Uzbekistan's exports to China should reach $3 billion by year-end, the agency said.",
        D(2024, 9, 12),
        [("UZB", "CHN", "export", 3_000_000_000, "USD", "2024-01-01", "2024-12-31", True)],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT = {
    "over-the-six-months-before-a-pair-s-trade": (
        "'over the six months' in a story naming no period was read as the year's first six "
        "months; the rule was taken out at merge because it cost a record on never-read pages"
    ),
    "in-the-eight-months-a-state-s-exports": (
        "as the row before: 'the N months' with no period held is not read as the year's "
        "first months"
    ),
    "period-in-a-separate-sentence-before-the-figures": (
        "a period named only in a sentence of no trade, with no phrase pointing back to it "
        "('in the same period'), is not lent to a later figure: which sentence's period a "
        "figure takes is a guess there"
    ),
}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_frame_table(title: str | None, body: str, published: dt.date, expected: list[Row]) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
