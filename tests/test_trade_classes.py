"""Trade records: one table row per general rule of issue 9 (texts written for diplonews).

Each row is a sentence shape stated as a class ("a bare *trade* followed by "to"
and an amount is a turnover frame"), with invented states and figures, in more
than one wording where the rule must not depend on one phrasing.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from diplonews.models import Article
from diplonews.trade import extract_trade_records
from trade_rows import Row, trade_rows

D = dt.date


PAIR = "Trade between Norway and Chile keeps growing, officials said. "

# (id, body, published, expected records)
RECORDS = [
    (
        "trade-in-period-was-up-amounting",
        PAIR + "Trade in January-April grew 40 percent and came to $2.6 billion.",
        D(2022, 6, 1),
        [("NOR", "CHL", "turnover", 2_600_000_000, "USD", "2022-01-01", "2022-04-30", False)],
    ),
    (
        "trade-in-period-rose",
        PAIR + "Trade in the first quarter rose to $410 million.",
        D(2022, 6, 1),
        [("NOR", "CHL", "turnover", 410_000_000, "USD", "2022-01-01", "2022-03-31", False)],
    ),
    (
        "raise-trade-to-amount-by-year",
        PAIR + "The ministers agreed to raise trade to $9 billion by 2027.",
        D(2022, 6, 1),
        [("NOR", "CHL", "turnover", 9_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "bilateral-trade-is-a-turnover",
        "Officials of Peru and Ghana met on Monday. Last year bilateral trade gained 12 percent, "
        "reaching $730 million.",
        D(2022, 6, 1),
        [("PER", "GHA", "turnover", 730_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "bilateral-trade-relations-no-frame",
        "Peru and Ghana discussed bilateral trade relations and a $50 million loan.",
        D(2022, 6, 1),
        [],
    ),
    (
        "same-index-anaphor",
        PAIR + "Trade between the two rose to $3 billion in 2021. The same indicator grew "
        "in the first half of 2022 to $1.9 billion.",
        D(2022, 8, 1),
        [
            ("NOR", "CHL", "turnover", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("NOR", "CHL", "turnover", 1_900_000_000, "USD", "2022-01-01", "2022-06-30", False),
        ],
    ),
    (
        "this-indicator-fell-anaphor",
        "Norway's exports to Chile reached $700 million in 2020. This indicator fell to "
        "$640 million in 2021.",
        D(2022, 8, 1),
        [
            ("NOR", "CHL", "export", 700_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("NOR", "CHL", "export", 640_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "first-half-of-year-to-amount-is-no-share",
        "Norway's exports to Chile rose in the first half of 2022 to $1.2 billion.",
        D(2022, 8, 1),
        [("NOR", "CHL", "export", 1_200_000_000, "USD", "2022-01-01", "2022-06-30", False)],
    ),
    (
        "half-of-exports-is-a-share",
        "Norway's exports reached $8 billion in 2021, and half of its exports, $4 billion, "
        "went to Chile.",
        D(2022, 8, 1),
        [("NOR", None, "export", 8_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "crossed-and-crossing-are-bounds",
        "Norway's exports to Chile crossed $2.1 billion in 2021; in March they rose 8%, "
        "crossing $190 million, and in April they stood at $185 million.",
        D(2022, 8, 1),
        [("NOR", "CHL", "export", 185_000_000, "USD", "2022-04-01", "2022-04-30", False)],
    ),
    (
        "amount-mark-is-a-threshold",
        PAIR + "Last year trade between the two countries reached the $4 billion mark.",
        D(2022, 8, 1),
        [],
    ),
    (
        "amount-then-mark-word-elsewhere",
        PAIR + "Last year trade between the two countries reached $4 billion, a record mark.",
        D(2022, 8, 1),
        [("NOR", "CHL", "turnover", 4_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "day-before-month-is-a-day-not-a-period",
        "LIMA, (Andean Wire - 12th Mar, 2024) On Tuesday, the minister called the current "
        "$60 million of trade between Peru and Ghana too small.",
        D(2024, 3, 12),
        [],
    ),
    (
        "day-month-year-dateline-then-month-figure",
        "12 March 2024 10:15\n\nPeru's exports to Ghana reached $14 million in February 2024.",
        D(2024, 3, 12),
        [("PER", "GHA", "export", 14_000_000, "USD", "2024-02-01", "2024-02-29", False)],
    ),
    (
        "neighbouring-state-is-still-a-partner",
        "Peru's trade with neighbouring Ecuador reached $400 mln in 2023, while trade turnover "
        "with Chile shrank to $90 mln.",
        D(2024, 2, 1),
        [
            ("PER", "ECU", "turnover", 400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 90_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "the-country-is-the-last-partner-named",
        "Peru's trade with Chile rose to $50 mln in 2023. Trade grew most with Ghana and with "
        "Nepal, and Peru imported goods worth $120,000 from the country.",
        D(2024, 2, 1),
        [
            ("PER", "CHL", "turnover", 50_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "NPL", "import", 120_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "the-country-without-a-partner-before-is-the-pair",
        "Trade between Peru and Chile reached $50 mln in 2023. Peru's exports to the country "
        "were $20 mln.",
        D(2024, 2, 1),
        [
            ("PER", "CHL", "turnover", 50_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "export", 20_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "same-state-same-flow-keeps-its-partner",
        "Peru's exports to Chile rose 5% in March to $40 million; in April a port strike "
        "slowed Peru's exports to $35 million.",
        D(2022, 6, 1),
        [
            ("PER", "CHL", "export", 40_000_000, "USD", "2022-03-01", "2022-03-31", False),
            ("PER", "CHL", "export", 35_000_000, "USD", "2022-04-01", "2022-04-30", False),
        ],
    ),
    (
        "total-exports-leave-the-partner",
        "Peru's exports to Chile were $40 million in March, while Peru's total exports "
        "reached $900 million in March.",
        D(2022, 6, 1),
        [
            ("PER", "CHL", "export", 40_000_000, "USD", "2022-03-01", "2022-03-31", False),
            ("PER", None, "export", 900_000_000, "USD", "2022-03-01", "2022-03-31", False),
        ],
    ),
    (
        "unresolved-fiscal-year-no-record",
        "Ghana's shipments abroad came to $3 billion in fiscal year 2019-20, against "
        "$2.2 billion last year.",
        D(2022, 9, 1),
        [],
    ),
    (
        "calendar-year-next-to-fiscal-year-kept",
        "Ghana's exports reached $3 billion in 2021 and $2 billion in fiscal year 2019-20.",
        D(2022, 9, 1),
        [("GHA", None, "export", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "headline-pair-bare-turnover",
        "Trade turnover rose by 20 percent in January-June 2023 and amounted to $320 million, "
        "the statistics office said.",
        D(2023, 8, 1),
        [("PER", "GHA", "turnover", 320_000_000, "USD", "2023-01-01", "2023-06-30", False)],
        "Peru-Ghana trade up 20%",
    ),
    (
        "headline-pair-export-to-partner",
        "In January-June 2023, exports to Ghana amounted to $200 million.",
        D(2023, 8, 1),
        [("PER", "GHA", "export", 200_000_000, "USD", "2023-01-01", "2023-06-30", False)],
        "Peru increases exports to Ghana",
    ),
    (
        "body-pair-replaces-headline-pair",
        "In 2022, Chile's trade with Nepal amounted to $90 million. Exports were $60 million.",
        D(2023, 8, 1),
        [
            ("CHL", "NPL", "turnover", 90_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("CHL", "NPL", "export", 60_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
        "Peru, Ghana discuss trade",
    ),
    (
        "headline-without-trade-word-gives-no-pair",
        "Trade turnover amounted to $320 million in 2022.",
        D(2023, 8, 1),
        [],
        "Peru and Ghana sign visa deal",
    ),
    (
        "portion-falling-on-partner",
        "Peru's foreign trade turnover in 2022 reached 27.4 billion US dollars, with 2.4 "
        "billion US dollars or 9% of it falling on Chile.",
        D(2023, 8, 1),
        [
            ("PER", None, "turnover", 27_400_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 2_400_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "portion-of-which-fell-on",
        "Ghana's exports reached $9 billion in 2021, of which $2 billion fell on Nepal.",
        D(2022, 8, 1),
        [
            ("GHA", None, "export", 9_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("GHA", "NPL", "export", 2_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "portion-state-accounted-for-percent-or-amount",
        "Chile accounted for 20 percent of Peru's trade in 2022, or $5.2 billion.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 5_200_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "portion-trade-with-accounted-for-percent-or-amount",
        "Trade with Chile accounted for 20%, or $5.2 billion, of Peru's trade in 2022.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 5_200_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "portion-share-in-exports-bracketed",
        "In 2022, Chile's share in Peru's exports was 8.5% ($500 million).",
        D(2023, 8, 1),
        [("PER", "CHL", "export", 500_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "product-share-is-no-portion",
        "Copper accounted for 20 percent of Peru's exports in 2022, or $5.2 billion.",
        D(2023, 8, 1),
        [],
    ),
    (
        "later-list-item-keeps-the-list-state",
        "In 2022, Russia ranked first among Ghana's trading partners with $12 billion, "
        "followed by China with $10 billion.",
        D(2023, 8, 1),
        [
            ("GHA", "RUS", "turnover", 12_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "CHN", "turnover", 10_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "target-by-the-end-of-this-year",
        "Peru's exports to Chile grew 9% in the first half, and officials see them "
        "expect them to hit $6 billion by the end of this year.",
        D(2022, 8, 3),
        [("PER", "CHL", "export", 6_000_000_000, "USD", "2022-01-01", "2022-12-31", True)],
    ),
    (
        "target-by-year",
        "Peru and Chile intend to bring trade to $2 billion by 2026.",
        D(2022, 8, 3),
        [("PER", "CHL", "turnover", 2_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
    ),
    (
        "sent-goods-worth-to-the-country",
        "In 2018 trade between Ghana and Peru came to $2.3 billion. Ghana's exports to Peru "
        "were $900 million, while Peru sent goods worth $1.4 billion to the country.",
        D(2019, 7, 22),
        [
            ("GHA", "PER", "turnover", 2_300_000_000, "USD", "2018-01-01", "2018-12-31", False),
            ("GHA", "PER", "export", 900_000_000, "USD", "2018-01-01", "2018-12-31", False),
            ("PER", "GHA", "export", 1_400_000_000, "USD", "2018-01-01", "2018-12-31", False),
        ],
    ),
    (
        "delivered-products-worth",
        "In 2018 Peru delivered products worth $86 million to Chile.",
        D(2019, 7, 22),
        [("PER", "CHL", "export", 86_000_000, "USD", "2018-01-01", "2018-12-31", False)],
    ),
    (
        "sent-without-goods-is-no-flow",
        "In 2018 Peru sent a delegation worth $2 million to Chile.",
        D(2019, 7, 22),
        [],
    ),
    (
        "since-early-year-no-period",
        "Since early 2019, trade between Peru and Chile has grown 4 percent, to $7 billion.",
        D(2021, 12, 14),
        [],
    ),
    (
        "since-the-start-of-the-year-no-period",
        "Peru's exports to Chile have reached $700 million since the start of the year.",
        D(2021, 12, 14),
        [],
    ),
    (
        "since-in-another-clause-keeps-the-figure",
        "Peru's exports to Chile reached $700 million in 2020; prices have risen since early 2021.",
        D(2021, 12, 14),
        [("PER", "CHL", "export", 700_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "parts-of-a-pair-turnover-in-its-sentence",
        "Trade between Ghana and Peru amounted to $1.1 billion in 2022, with Ghanaian exports "
        "at $300 million and imports at $800 million.",
        D(2023, 8, 1),
        [
            ("GHA", "PER", "turnover", 1_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "PER", "export", 300_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "PER", "import", 800_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "total-exports-after-a-pair-turnover-are-the-world",
        "Trade between Ghana and Peru amounted to $1.1 billion in 2022, while Ghana's total "
        "exports reached $5 billion.",
        D(2023, 8, 1),
        [
            ("GHA", "PER", "turnover", 1_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "export", 5_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "goal-of-bringing-trade-to-amount",
        "The sides set the goal of bringing trade turnover between Peru and Chile to "
        "$10 billion by 2030.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 10_000_000_000, "USD", "2030-01-01", "2030-12-31", True)],
    ),
    (
        "trade-between-our-countries-is-bilateral",
        "LIMA, Aug 1 - Last year, the trade between our countries amounted to $4.5 billion, "
        "the president of Chile said in Lima.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 4_500_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "as-of-the-end-of-month-is-year-to-date",
        "As of the end of June 2023, trade turnover between Peru and Chile amounted to "
        "$2.1 billion.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "in-a-month-is-that-month",
        "In June 2023, trade turnover between Peru and Chile amounted to $400 million.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 400_000_000, "USD", "2023-06-01", "2023-06-30", False)],
    ),
    (
        "running-year-without-months-no-record",
        "In 2023, trade between Peru and Chile has stood at about $610 million, officials said.",
        D(2023, 9, 3),
        [],
    ),
    (
        "running-year-with-its-months-named",
        "In January-July 2023, trade between Peru and Chile reached $610 million.",
        D(2023, 9, 3),
        [("PER", "CHL", "turnover", 610_000_000, "USD", "2023-01-01", "2023-07-31", False)],
    ),
    (
        "running-year-target-kept",
        "Peru and Chile expect bilateral trade to reach $500 million in 2023.",
        D(2023, 9, 3),
        [("PER", "CHL", "turnover", 500_000_000, "USD", "2023-01-01", "2023-12-31", True)],
    ),
    (
        "list-item-with-share-then-amount",
        "In January-June 2023, Ghana's largest trading partners were Peru (20.3%, "
        "$12.1 billion) and Chile (18%, $10.7 billion).",
        D(2023, 8, 1),
        [
            ("GHA", "PER", "turnover", 12_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GHA", "CHL", "turnover", 10_700_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "parts-of-the-total-in-the-next-sentence",
        "Ghana's trade turnover amounted to $65 billion in January-June 2023. Peru accounted "
        "for $12.1 billion, Chile for $10.7 billion.",
        D(2023, 8, 1),
        [
            ("GHA", None, "turnover", 65_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GHA", "PER", "turnover", 12_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GHA", "CHL", "turnover", 10_700_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "product-part-of-the-total-no-record",
        "Ghana's trade turnover amounted to $65 billion in January-June 2023. Cocoa accounted "
        "for $12.1 billion.",
        D(2023, 8, 1),
        [("GHA", None, "turnover", 65_000_000_000, "USD", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "world-word-of-the-previous-clause-does-not-count",
        "Trade between Peru and Chile amounted to $7.5 billion in January-June 2023.\n\n"
        "Exports accounted for $7.1 billion of the total, while imports made up $400 million.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "turnover", 7_500_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "export", 7_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "import", 400_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "pair-state-exports-next-paragraph",
        "In the first half of 2023, trade between Peru and Ghana totaled $200 million.\n\n"
        "Peruvian exports made up $150 million.",
        D(2023, 8, 1),
        [
            ("PER", "GHA", "turnover", 200_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "export", 150_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "pair-state-exports-far-away-are-its-own",
        "In the first half of 2023, trade between Peru and Ghana totaled $200 million.\n\n"
        "Officials met.\n\nThey talked.\n\nPeru's exports made up $15 billion in the first "
        "half of 2023.",
        D(2023, 8, 1),
        [
            ("PER", "GHA", "turnover", 200_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", None, "export", 15_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "quoted-it-has-been-anaphor",
        "Trade between Peru and Chile reached $3 billion in 2021. \u201cFor 2022 the figure "
        "has been near $3.4 billion,\u201d the minister said.",
        D(2023, 3, 1),
        [
            ("PER", "CHL", "turnover", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "CHL", "turnover", 3_400_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "period-between-flow-and-amount-beats-the-noun-period",
        "Peru's foreign trade turnover came to 19 billion dollars for 5 months of 2017, "
        "whereas for the twelve months of 2018 it was 31 billion.",
        D(2023, 8, 2),
        [
            ("PER", None, "turnover", 19_000_000_000, "USD", "2017-01-01", "2017-05-31", False),
            ("PER", None, "turnover", 31_000_000_000, "USD", "2018-01-01", "2018-12-31", False),
        ],
    ),
    (
        "so-far-this-year-is-no-period-of-the-amount",
        "Peru's September trade surplus, the largest so far this year, came to 1.2 billion dlrs.",
        D(2023, 10, 20),
        [("PER", None, "balance", 1_200_000_000, "USD", "2023-09-01", "2023-09-30", False)],
    ),
    (
        "buyers-of-goods-list",
        "In January-June 2023, the main buyers of Peruvian goods were Chile ($9 billion) and "
        "Ghana ($7 billion).",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "export", 9_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "export", 7_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "suppliers-of-goods-list",
        "LIMA, Aug 1 - In January-June 2023, the main suppliers of goods to Peru were Chile "
        "($8 billion) and Ghana ($7 billion).",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "import", 8_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "import", 7_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "list-closed-by-the-role-of-its-state",
        "In January-June 2023, Chile ($12.1 billion) and Ghana ($10.7 billion) were Peru's "
        "largest trading partners.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "turnover", 12_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "turnover", 10_700_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "list-closed-by-export-markets",
        "In 2022, Chile ($9 billion) and Ghana ($7 billion) were Peru's main export markets.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "export", 9_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "GHA", "export", 7_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "singular-export-import-with-dash",
        "In January-June 2023, trade between Peru and Chile amounted to $2 billion, of which "
        "export - $600 million, import - $1.4 billion.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "turnover", 2_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "export", 600_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "import", 1_400_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "balance-said-to-be-negative",
        "In January-June 2023, Peru's trade balance with Chile was negative, amounting to "
        "$800 million.",
        D(2023, 8, 1),
        [("PER", "CHL", "balance", -800_000_000, "USD", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "the-sides-noted-turnover-is-the-pair",
        "The Peruvian president received the Chilean foreign minister on Monday.\n\n"
        "The sides noted that trade turnover reached $4.5 billion in 2022.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 4_500_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "group-part-after-accounted-for",
        "Peru's exports in January-June 2023 came to $8.4 billion. Asian countries accounted "
        "for $2.2 billion of exports, CIS countries for $0.8 billion and African countries for "
        "$0.6 billion.",
        D(2023, 8, 1),
        [
            ("PER", None, "export", 8_400_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CIS", "export", 800_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "positive-balance-in-its-own-sentence",
        "Peru's foreign trade turnover came to $9.1 billion in January-May 2023. "
        "The positive balance amounted to $1.3 billion.",
        D(2023, 7, 1),
        [
            ("PER", None, "turnover", 9_100_000_000, "USD", "2023-01-01", "2023-05-31", False),
            ("PER", None, "balance", 1_300_000_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "negative-balance-in-its-own-sentence",
        "Peru's foreign trade turnover came to $9.1 billion in January-May 2023. "
        "A negative balance of $700 million was recorded.",
        D(2023, 7, 1),
        [
            ("PER", None, "turnover", 9_100_000_000, "USD", "2023-01-01", "2023-05-31", False),
            ("PER", None, "balance", -700_000_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "period-of-a-figureless-sentence-before",
        "The minister opened the forum.\n\nPeru's trade with Chile grew by 9 percent in "
        "January-June 2023, the customs office said. Exports came to $310 million, and "
        "imports to $250 million.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "export", 310_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "CHL", "import", 250_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "it-after-a-figureless-sentence",
        "The minister opened the forum.\n\nIn 2022, trade between Peru and Chile rose by "
        "a fifth. It amounted to $1.4 billion.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 1_400_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "figureless-period-passes-to-the-next-sentence-only",
        "The minister opened the forum.\n\nIn 2022, trade between Peru and Chile rose by "
        "a fifth. The minister praised the exporters. Exports amounted to $700 million.",
        D(2023, 8, 1),
        [],
    ),
    (
        "a-since-year-is-no-figure-period",
        "The minister opened the forum.\n\nTrade between Peru and Chile is at its highest "
        "since records began in 1990. Exports amounted to $700 million.",
        D(2023, 8, 1),
        [],
    ),
    (
        "one-state-trade-headline-is-the-reporter",
        "In January-June 2023, exports to Chile amounted to $700 million.",
        D(2023, 8, 1),
        [("PER", "CHL", "export", 700_000_000, "USD", "2023-01-01", "2023-06-30", False)],
        "Peru boosts exports",
    ),
    (
        "presidents-of-the-two-countries-set-a-goal",
        "The Peruvian president met his Chilean counterpart on Monday.\n\nThe presidents of "
        "the two countries set the goal of raising trade turnover to $5 billion by 2027.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 5_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "both-leaders-goal-pair-from-a-headline",
        "Peru's president said on Monday: both leaders want trade turnover to reach "
        "$2 billion by 2026.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 2_000_000_000, "USD", "2026-01-01", "2026-12-31", True)],
        "Peruvian, Chilean presidents hold talks",
    ),
    (
        "a-verb-before-the-flow-word-is-no-product",
        "Peru and Chile held talks on Monday. The sides expect trade turnover to hit "
        "$3 billion by 2027, and aim for exports to Chile to reach $2 billion by 2027.",
        D(2023, 8, 1),
        [
            ("PER", "CHL", "turnover", 3_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
            ("PER", "CHL", "export", 2_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "bracketed-percent-then-more-is-a-change",
        "In January-June 2023, Peru's foreign trade turnover came to $9.2 billion, which is "
        "$1.1 billion (13.6%) more than a year earlier.",
        D(2023, 8, 1),
        [("PER", None, "turnover", 9_200_000_000, "USD", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "fiscal-year-months-in-brackets",
        "Ghana's exports to Chile stood at $64 million in the first nine months of fiscal "
        "year 2022-23 (July-March).",
        D(2023, 6, 1),
        [("GHA", "CHL", "export", 64_000_000, "USD", "2022-07-01", "2023-03-31", False)],
    ),
    (
        "part-of-a-fiscal-year-without-months-no-record",
        "Ghana's exports to Chile stood at $64 million in the first half of fiscal year 2022-23.",
        D(2023, 6, 1),
        [],
    ),
    (
        "named-months-of-a-fiscal-year-kept",
        "Ghana's exports to Chile stood at $64 million in July-December of the current "
        "fiscal year.",
        D(2023, 2, 1),
        [("GHA", "CHL", "export", 64_000_000, "USD", "2022-07-01", "2022-12-31", False)],
    ),
    (
        "percent-up-to-is-the-level-reached",
        "In 2022, Peru's exports rose by 12 percent to $8.8 billion, imports - 9.5% up to "
        "$6.1 billion.",
        D(2023, 3, 1),
        [
            ("PER", None, "export", 8_800_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", None, "import", 6_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "up-to-without-a-change-is-a-bound",
        "In 2022, Peru's exports to Chile reached up to $8.8 billion.",
        D(2023, 3, 1),
        [],
    ),
    (
        "from-month-through-month",
        "Trade between Peru and Chile amounted to $46.3 million from February through May 2023.",
        D(2023, 7, 1),
        [("PER", "CHL", "turnover", 46_300_000, "USD", "2023-02-01", "2023-05-31", False)],
    ),
    (
        "in-the-named-months-period",
        "Trade between Peru and Chile amounted to $46.3 million in the January-May period of 2023.",
        D(2023, 7, 1),
        [("PER", "CHL", "turnover", 46_300_000, "USD", "2023-01-01", "2023-05-31", False)],
    ),
    (
        "export-volume-from-to",
        "In 2022, the export volume from Peru to Chile amounted to $134 million, and the "
        "import value from Chile to $90 million.",
        D(2023, 5, 1),
        [
            ("PER", "CHL", "export", 134_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "import", 90_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "turnover-of-goods-between",
        "In 2022, the turnover of goods between Peru and Chile amounted to $134 million.",
        D(2023, 5, 1),
        [("PER", "CHL", "turnover", 134_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "trade-exchange-between",
        "The trade exchange between Peru and Chile reached $260 million in 2022.",
        D(2023, 5, 1),
        [("PER", "CHL", "turnover", 260_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "in-the-year-numbered",
        "Bilateral trade between Peru and Chile was $134 million in the year 2021.",
        D(2023, 5, 1),
        [("PER", "CHL", "turnover", 134_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "trade-headline-period-for-a-body-without-one",
        "Bilateral trade amounted to $134 million, the ministry said.",
        D(2023, 11, 1),
        [("PER", "CHL", "turnover", 134_000_000, "USD", "2023-01-01", "2023-09-30", False)],
        "Peru-Chile trade grows in January-September 2023",
    ),
    (
        "future-headline-period-is-no-lead",
        "Bilateral trade amounted to $134 million, the ministry said.",
        D(2023, 11, 1),
        [],
        "Peru-Chile trade to grow in 2024",
    ),
    (
        "turnover-with-a-trade-modifier",
        "Peru's foreign turnover totalled $9 billion in 2022. The mutual turnover with Chile "
        "came to $1.2 billion, and the two countries' turnover with Ghana to nothing new.",
        D(2023, 5, 1),
        [
            ("PER", None, "turnover", 9_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 1_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "the-countries-turnover",
        "Peru and Chile held talks. In 2022, the two countries' turnover amounted to $640 million.",
        D(2023, 5, 1),
        [("PER", "CHL", "turnover", 640_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "company-turnover-stays-blocked",
        "In 2022, the turnover of Peru's largest retailer amounted to $640 million.",
        D(2023, 5, 1),
        [],
    ),
    (
        "supplies-to-a-state-are-exports",
        "In 2022, Peru's supplies to Chile came to $310 million, while gas supplies to Ghana "
        "reached $90 million.",
        D(2023, 5, 1),
        [("PER", "CHL", "export", 310_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "trade-in-goods-and-volume-of-trade-turnover",
        "Chile was Peru's main partner in 2022, with trade in goods of about $1.8 billion. "
        "Peru's volume of trade turnover with Ghana amounted to $40 million.",
        D(2023, 5, 1),
        [
            ("PER", "CHL", "turnover", 1_800_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "GHA", "turnover", 40_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "trade-in-period-made-up",
        "Overall, Peru's foreign trade in January – May 2024 made up $3.78 billion.",
        D(2024, 7, 1),
        [("PER", None, "turnover", 3_780_000_000, "USD", "2024-01-01", "2024-05-31", False)],
    ),
    (
        "throughout-a-year",
        "Peru's trade turnover with Chile stood at $2.4 billion throughout 2023.",
        D(2024, 3, 1),
        [("PER", "CHL", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "currency-code-without-a-space",
        "In 2023, Peru's exports to Chile reached USD138.5 million.",
        D(2024, 3, 1),
        [("PER", "CHL", "export", 138_500_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "foreign-trade-exchange",
        "Peru's foreign trade exchange reached $4.8 billion in January-September 2023.",
        D(2023, 11, 1),
        [("PER", None, "turnover", 4_800_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "a-state-before-a-dollar-sign-is-a-partner",
        "In 2022, Peru exported to Chile $930 million worth of products, and Ghana sold "
        "25 million US dollars of cocoa.",
        D(2023, 2, 1),
        [("PER", "CHL", "export", 930_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "list-lines-of-their-own-under-a-role",
        "In 2022, Peru's foreign trade turnover amounted to $50 billion. The main export "
        "destinations were:\n\nChile: $6.89 billion;\n\n- Ghana – $5.27 billion.",
        D(2023, 2, 1),
        [
            ("PER", None, "turnover", 50_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "export", 6_890_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "GHA", "export", 5_270_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "a-line-with-a-name-and-an-amount-needs-a-list-before",
        "Ghana: $5 billion.\n\nThe fund was opened in 2022.",
        D(2023, 2, 1),
        [],
    ),
    (
        "for-comparison-it-amounted",
        "Trade between Peru and Chile amounted to $1.27 billion in 2022. For comparison, in "
        "2021 it amounted to $1.1 billion.",
        D(2023, 2, 1),
        [
            ("PER", "CHL", "turnover", 1_270_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 1_100_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "the-volume-continues-the-figure",
        "Trade between Peru and Chile amounted to $1.27 billion in 2022. In 2021, the volume "
        "was $1.1 billion.",
        D(2023, 2, 1),
        [
            ("PER", "CHL", "turnover", 1_270_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 1_100_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "coordinated-flows-take-coordinated-amounts-in-order",
        "Peru's exports and imports amounted to $5.5 billion and $3.2 billion, respectively, "
        "in 2022. Its exports to Chile and imports from Chile stood at $900 million and "
        "$400 million.",
        D(2023, 2, 1),
        [
            ("PER", None, "export", 5_500_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", None, "import", 3_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "export", 900_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "import", 400_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "trade-after-a-balance-of-is-the-balance",
        "In 2022, the balance of Peru's foreign trade amounted to $2 billion, and the deficit "
        "in Ghana's foreign trade stood at $700 million.",
        D(2023, 2, 1),
        [
            ("PER", None, "balance", 2_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "balance", -700_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "minus-on-a-balance-amount",
        "In 2022, Peru's foreign trade balance amounted to minus $2 billion. In 2021, Ghana's "
        "trade balance came to -$700 million.",
        D(2023, 2, 1),
        [
            ("PER", None, "balance", -2_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "balance", -700_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "the-two-countries-of-a-two-state-headline",
        "The presidents of Peru and Chile met in Lima. Brazil, Brazil and Ghana were named, "
        "Ghana and Brazil too.\n\nThe presidents of the two countries set the goal of raising "
        "trade turnover to $5 billion by 2027.",
        D(2023, 8, 1),
        [("PER", "CHL", "turnover", 5_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
        "Peruvian, Chilean presidents hold talks",
    ),
    (
        "the-share-of-a-state-in-trade-or-amount",
        "In 2022, the share of Chile in Peru's exports was 5.3%, or $906 million.",
        D(2023, 2, 1),
        [("PER", "CHL", "export", 906_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "split-year-is-an-unresolved-fiscal-year",
        "Ghana's imports from Chile fell from $3.7 billion last year to $3.1 billion in 2022-23.",
        D(2023, 8, 1),
        [],
    ),
    (
        "month-range-dated-by-a-bracketed-fiscal-year",
        "Ghana's exports to Chile during July-June (2022-23) were $6.9 billion against "
        "$6.5 billion during July-June (2021-22).",
        D(2023, 8, 1),
        [
            ("GHA", "CHL", "export", 6_900_000_000, "USD", "2022-07-01", "2023-06-30", False),
            ("GHA", "CHL", "export", 6_500_000_000, "USD", "2021-07-01", "2022-06-30", False),
        ],
    ),
    (
        "this-is-more-than-in-period-bracketed-amount",
        "Trade between Peru and Chile amounted to $231.7 million in 2022. This is 31 percent "
        "more than in 2021 ($176.9 million).",
        D(2023, 2, 1),
        [
            ("PER", "CHL", "turnover", 231_700_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "CHL", "turnover", 176_900_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "bracketed-words-open-no-frame",
        "Peru's external merchandise trade (excluding non-organized trade) amounted to "
        "USD 21.5 billion in 2023.",
        D(2024, 2, 1),
        [("PER", None, "turnover", 21_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "the-volume-of-something-else-is-no-anaphor",
        "Trade between Peru and Chile amounted to $1.27 billion in 2022. The volume of "
        "FDI reached $300 million in 2021.",
        D(2023, 2, 1),
        [("PER", "CHL", "turnover", 1_270_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "group-accounted-for-percent-or-amount",
        "Peru's foreign trade turnover came to $2.4 billion in January-April 2021. The "
        "Mercosur countries accounted for 31 percent of the total, or $744 million.",
        D(2021, 6, 1),
        [
            ("PER", None, "turnover", 2_400_000_000, "USD", "2021-01-01", "2021-04-30", False),
            ("PER", "MERCOSUR", "turnover", 744_000_000, "USD", "2021-01-01", "2021-04-30", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected", "title"),
    [(*r[1:4], r[4] if len(r) > 4 else None) for r in RECORDS],
    ids=[str(r[0]) for r in RECORDS],
)
def test_trade_class(
    body: str, published: dt.date | None, expected: list[Row], title: str | None
) -> None:
    """Each sentence shape (under its headline, if any) gives exactly its records."""
    assert trade_rows(body, published, title) == expected


def test_dateline_of_an_agency_home_city_names_no_other_story() -> None:
    """A dateline kept apart is not the story's state when the body is about two others."""
    article = Article(
        id="d",
        published=D(2023, 9, 1),
        dateline="LIMA, Peru, September 1",
        body="Trade between Ghana and Chile amounted to $5 billion in 2022. Exports amounted "
        "to $3 billion.",
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert rows == [("GHA", "CHL", "turnover"), ("GHA", "CHL", "export")]
    one_other = attrs.evolve(
        article,
        body="Foreign trade turnover of Ghana amounted to $20 billion in January-February 2023. "
        "Exports amounted to $12 billion.",
    )
    rows = [
        (str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(one_other)
    ]
    assert rows == [("GHA", "None", "turnover"), ("GHA", "None", "export")]


@pytest.mark.parametrize(
    ("dateline", "title", "expected"),
    [
        ("LIMA, Peru, September 1", None, [("PER", "CHL", "export")]),
        ("Lima. 1 September. PERU NEWS/", None, [("PER", "CHL", "export")]),
        (None, None, []),  # no dateline: no state the exports to Chile are from
        # a trade headline naming the story's state before the agency's home dateline
        ("LIMA, Peru, September 1", "Ghana's exports up 9%", [("GHA", "CHL", "export")]),
    ],
)
def test_dateline_kept_apart_gives_the_story_state(
    dateline: str | None, title: str | None, expected: list[tuple[str, str, str]]
) -> None:
    """A dateline the crawled reader keeps out of the body still names the story's state."""
    article = Article(
        id="d",
        published=D(2023, 9, 1),
        dateline=dateline,
        title=title,
        body="Exports to Chile amounted to $5 billion in January-July 2023.",
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert rows == expected
