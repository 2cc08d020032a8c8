"""Trade records: sentence shapes of unseen regional news, one general class per row.

Each row states a class (texts and figures invented for diplonews) and checks the
records it gives, or that it gives none where the shape is no trade figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.models import Article
from diplonews.text.periods import extract_periods
from diplonews.trade import extract_trade_records
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
    (
        "bare-turnover-in-a-story-of-two-states-is-theirs",
        "Peru's president received the foreign minister of Ghana on Monday. According to the "
        "president, trade turnover reached $310 million last year.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 310_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "our-trade-turnover-in-a-quote-of-a-two-state-story",
        "The Peruvian president met Ghana's prime minister in Lima. \"Our trade turnover grew "
        'by 8 percent last year and reached $310 million," he said.',
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 310_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "foreign-trade-turnover-stays-the-world-s",
        "The Peruvian president met Ghana's prime minister in Lima. \"Our foreign trade "
        'turnover reached $90 billion last year," he said.',
        D(2024, 3, 1),
        [("PER", None, "turnover", 90_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "its-trade-turnover-stays-the-state-s-own",
        "The Peruvian president met Ghana's prime minister in Lima. Peru has opened new "
        "markets, and its trade turnover reached $90 billion last year.",
        D(2024, 3, 1),
        [("PER", None, "turnover", 90_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "bare-turnover-after-three-states-stays-the-reporter-s",
        "Peru hosted ministers of Ghana and Chile. Trade turnover reached $90 billion in 2023.",
        D(2024, 3, 1),
        [("PER", None, "turnover", 90_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "the-country-exported-a-product-is-no-total",
        "The country exported electricity worth $80 million to Ghana in 2023, the Peruvian "
        "ministry said.",
        D(2024, 3, 1),
        [],
    ),
    (
        "amount-worth-of-a-product-is-no-total",
        "Peru exported $80 million worth of copper to Ghana in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "amount-worth-of-goods-is-a-total",
        "Peru exported $80 million worth of goods to Ghana in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 80_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "the-country-s-exports-of-a-product-are-no-total",
        "Peru's ministry said the country's exports of gold to Ghana amounted to $80 million "
        "in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "a-sum-since-a-year-is-no-record",
        "Since 2009, Peru has exported goods worth $25 billion to Ghana.",
        D(2024, 3, 1),
        [],
    ),
    (
        "the-highest-since-a-year-keeps-the-record",
        "Peru's exports to Ghana reached $2.5 billion in 2023, the highest since 2009.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 2_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "grown-since-a-year-then-its-own-year-keeps-the-record",
        "Trade between Peru and Ghana, which has grown since 2015, reached $2.5 billion in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 2_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "shipments-with-no-state-or-partner-are-a-product-s",
        "Peru's exports to Ghana reached $90 million in 2023. Copper was the main item, with "
        "shipments worth $40 million.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 90_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "shipments-to-a-partner-stay-a-flow",
        "Peru's shipments to Ghana reached $90 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 90_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "overall-opening-a-sentence-is-the-world-total",
        "Peru's exports to Ghana reached $90 million in January-May 2023. Overall, the "
        "country's exports of goods in January-May 2023 amounted to $24 billion.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "export", 90_000_000, "USD", "2023-01-01", "2023-05-31", False),
            ("PER", None, "export", 24_000_000_000, "USD", "2023-01-01", "2023-05-31", False),
        ],
    ),
    (
        "a-state-s-exports-paragraphs-later-below-the-pair-turnover-are-a-part",
        "Trade between Peru and Ghana reached $1.5 billion in 2023.\n\nThe ministers also "
        "discussed flights.\n\nPeru's exports amounted to $900 million in 2023.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-state-s-exports-above-the-pair-turnover-are-its-total",
        "Trade between Peru and Ghana reached $1.5 billion in 2023.\n\nThe ministers also "
        "discussed flights.\n\nPeru's exports amounted to $60 billion in 2023.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "a-state-s-exports-for-another-period-are-its-total",
        "Trade between Peru and Ghana reached $1.5 billion in 2023.\n\nThe ministers also "
        "discussed flights.\n\nPeru's exports amounted to $900 million in January 2024.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 900_000_000, "USD", "2024-01-01", "2024-01-31", False),
        ],
    ),
    (
        "main-partner-in-a-list-is-a-turnover-role",
        "Peru's trade with the European Union reached $24 billion in 2023. Imports from the "
        "bloc totaled $5 billion. Spain remained the main partner among the member states "
        "with $10 billion, followed by Italy ($4 billion).",
        D(2024, 3, 1),
        [
            ("PER", "EU", "turnover", 24_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "EU", "import", 5_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "ESP", "turnover", 10_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "ITA", "turnover", 4_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "share-of-a-state-without-in-the-total-is-its-part",
        "Peru's foreign trade turnover reached $120 billion in 2023. The share of Chile "
        "amounted to 25%, or $30 billion.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 120_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 30_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "share-of-a-product-is-no-record",
        "Peru's exports reached $60 billion in 2023. The share of copper amounted to 45%, or "
        "$27 billion.",
        D(2024, 3, 1),
        [("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "states-accounted-for-amounts-respectively",
        "Peru's foreign trade turnover reached $120 billion in 2023. Chile and Ghana accounted "
        "for $30 billion and $7 billion, respectively.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 120_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 30_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 7_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "deliveries-of-demonym-goods-to-a-state-are-exports",
        "Deliveries of Peruvian goods to Ghana amounted to $300 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-state-s-deliveries-to-a-state-are-exports",
        "Peru's deliveries to Ghana amounted to $300 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "export", 300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "deliveries-of-a-product-are-no-record",
        "Peru's deliveries of copper to Ghana amounted to $300 million in 2023. Copper "
        "deliveries to Chile amounted to $90 million.",
        D(2024, 3, 1),
        [],
    ),
    (
        "trade-with-its-main-partners-as-follows-opens-a-list",
        "In January-June 2023, Peru's trade turnover with its main partners was as follows: "
        "Chile - $3.1 billion, Ghana - $1.2 billion.",
        D(2024, 3, 1),
        [
            ("PER", "CHL", "turnover", 3_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "trade-with-its-main-partners-with-no-list-is-no-record",
        "In January-June 2023, Peru's trade with its main partners amounted to $6 billion.",
        D(2024, 3, 1),
        [],
    ),
    (
        "list-lines-take-the-flow-and-period-of-their-opening-line",
        "In January-June 2023, Peru's exports to its main partners:\n\nChile - $3.1 "
        "billion;\n\nGhana - $1.2 billion.",
        D(2024, 3, 1),
        [
            ("PER", "CHL", "export", 3_100_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "export", 1_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "list-lines-under-a-role-noun-opening-line-with-its-period",
        "Peru's main export destinations in 2023 were:\n\nChile - $3.1 billion;\n\n"
        "Ghana - $1.2 billion.",
        D(2024, 3, 1),
        [
            ("PER", "CHL", "export", 3_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "label-lines-of-a-trade-summary",
        "Peru's trade with Ghana in January-June 2023:\n\nTrade turnover: $400 million\n"
        "Exports: $300 million\nImports: $100 million",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 400_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "export", 300_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "import", 100_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "bare-turnover-label-line-of-a-trade-summary",
        "Peru's trade with Ghana in January-June 2023\n\n- turnover - $400 million;\n"
        "- exports - $300 million.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 400_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "GHA", "export", 300_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "turnover-label-of-a-company-is-no-record",
        "The company's results in 2023:\nTurnover - $400 million\nProfit - $30 million",
        D(2024, 3, 1),
        [],
    ),
    (
        "an-amount-before-a-hard-wrapped-flow-word-still-qualifies-it",
        "Peru recorded a 3.2 billion dlr\nsurplus in its trade with Chile in 2023.",
        D(2024, 3, 1),
        [("PER", "CHL", "balance", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "the-figure-for-a-period-was-amount",
        "Trade turnover between Peru and Ghana amounted to $1.2 billion in 2023. The figure "
        "for the first half of 2022 was $500 million.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 500_000_000, "USD", "2022-01-01", "2022-06-30", False),
        ],
    ),
    (
        "the-figure-for-a-hyphenated-span-was-amount",
        "Trade turnover between Peru and Ghana amounted to $1.2 billion in 2023. The figure "
        "for January-June 2022 was $500 million.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 500_000_000, "USD", "2022-01-01", "2022-06-30", False),
        ],
    ),
    (
        "forecast-expecting-it-to-reach-after-a-pair-figure",
        "Trade between Peru and Ghana reached $2 billion in 2023. The ministry expects it to "
        "reach $2.5 billion in 2025.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 2_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 2_500_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "turnover-of-a-named-state-in-a-two-state-story-is-its-own",
        "Peru's president met Ghana's prime minister. Trade turnover of Peru reached "
        "$130 billion in 2023.",
        D(2024, 3, 1),
        [("PER", None, "turnover", 130_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-state-s-exports-in-a-story-with-world-totals-stay-its-own",
        "Peru's foreign trade turnover reached $90 billion in 2023. Trade between Peru and "
        "Ghana reached $1.5 billion in 2023.\n\nThe ministers also discussed flights.\n\n"
        "Peru's exports amounted to $900 million in 2023.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 90_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "export", 900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "purchased-goods-from-a-state-is-an-import",
        "Ghana purchased goods worth $300 million from Peru in 2023.",
        D(2024, 3, 1),
        [("GHA", "PER", "import", 300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "purchased-a-product-or-with-no-partner-is-no-record",
        "Ghana purchased wheat worth $300 million from Peru in 2023. The company purchased "
        "goods worth $90 million in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "in-the-period-of-months-is-the-amount-s-period",
        "Trade turnover between Peru and Ghana amounted to $400 million in the period of "
        "January-March 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 400_000_000, "USD", "2023-01-01", "2023-03-31", False)],
    ),
    (
        "roman-numeral-quarter",
        "Trade turnover between Peru and Ghana amounted to $400 million in II quarter of 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 400_000_000, "USD", "2023-04-01", "2023-06-30", False)],
    ),
    (
        "amounts-then-periods-respectively",
        "Trade between Peru and Ghana amounted to $700 million and $650 million in 2023 and "
        "2022 respectively.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 700_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 650_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "bracketed-amount-with-its-own-period",
        "Trade between Peru and Ghana amounted to $700 million in 2023 ($650 million in 2022).",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 700_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 650_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "bracketed-amount-for-the-same-period-a-year-before",
        "Trade between Peru and Ghana amounted to $700 million in January-March 2023 "
        "($650 million in the same period of 2022).",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 700_000_000, "USD", "2023-01-01", "2023-03-31", False),
            ("PER", "GHA", "turnover", 650_000_000, "USD", "2022-01-01", "2022-03-31", False),
        ],
    ),
    (
        "bracketed-conversion-or-revision-is-no-record",
        "Trade between Peru and Ghana amounted to 1.2 billion euros ($1.3 billion) in 2023. "
        "Exports to Ghana were $200 million in 2023 (revised from $190 million in 2023).",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 1_200_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "export", 200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "amount-in-trade-is-a-turnover",
        "Peru and Ghana did $3 billion in trade last year and set a target of reaching "
        "$5 billion in trade by 2030.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "turnover", 5_000_000_000, "USD", "2030-01-01", "2030-12-31", True),
        ],
    ),
    (
        "amount-in-trade-infrastructure-is-no-record",
        "Peru invested $5 billion in trade infrastructure in Ghana in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "trade-with-its-neighbours-is-no-state-s",
        "Peru's trade with its neighbours reached $4 billion in 2023.",
        D(2024, 3, 1),
        [],
    ),
    (
        "the-balance-after-a-pair-figure-is-the-pair-s",
        "Trade between Peru and Ghana amounted to $10 billion in 2023. The balance was "
        "negative for Peru at $4 billion.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "turnover", 10_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "GHA", "balance", -4_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "the-balance-amounted-to-minus",
        "Peru's foreign trade turnover amounted to $63 billion in 2023. The balance amounted "
        "to minus $16 billion.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 63_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "balance", -16_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "other-balances-after-a-trade-figure-are-no-record",
        "Peru's foreign trade turnover amounted to $63 billion in 2023. The current account "
        "balance was negative at $2 billion. The budget balance was negative at $3 billion. "
        "The bank's balance sheet reached $16 billion.",
        D(2024, 3, 1),
        [("PER", None, "turnover", 63_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "imports-exceeded-exports-by-amount-is-a-deficit",
        "Peru's foreign trade turnover amounted to $63 billion in 2023. Imports exceeded "
        "exports by $16 billion.",
        D(2024, 3, 1),
        [
            ("PER", None, "turnover", 63_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "balance", -16_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "exports-to-a-partner-exceeded-imports-by-amount-is-a-surplus",
        "In 2023, Peru's exports to Ghana exceeded imports by $1.2 billion.",
        D(2024, 3, 1),
        [("PER", "GHA", "balance", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "exports-exceeded-an-amount-is-a-bound",
        "Peru's exports exceeded $20 billion in 2023, and exceeded imports by 12 percent.",
        D(2024, 3, 1),
        [],
    ),
    (
        "whole-or-full-or-calendar-year-is-the-amount-s-period",
        "Peru's exports to Ghana amounted to $400 million in the whole of 2022, and imports "
        "from Ghana to $100 million for the full year 2022.",
        D(2024, 3, 1),
        [
            ("PER", "GHA", "export", 400_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "GHA", "import", 100_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "the-two-brotherly-countries-are-the-story-s-pair",
        "Peru and Ghana signed a memorandum. Trade between the two brotherly countries stood "
        "at $40 million in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 40_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-pair-s-trade-label-then-amount",
        "Peru-Ghana trade: $1.5 billion in 2023.",
        D(2024, 3, 1),
        [("PER", "GHA", "turnover", 1_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "a-trade-label-then-a-share-is-no-record",
        "Peru's trade - 15% of its output in 2023.",
        D(2024, 3, 1),
        [],
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


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Peru, Ghana trade rises 12% in Q1",
            "The two neighbours traded goods worth $240 million.",
        ),
        (
            "Peruvian-Ghanaian trade up 12% in Q1",
            "According to the office, the turnover amounted to $240 million.",
        ),
    ],
)
def test_trade_headline_pair_carries_to_a_bare_sentence(title: str, body: str) -> None:
    """Under a headline on two states' trade, "the two neighbours", "the turnover" are theirs."""
    rows = trade_rows(body, D(2024, 5, 1), title)
    assert rows == [
        ("PER", "GHA", "turnover", 240_000_000, "USD", "2024-01-01", "2024-03-31", False)
    ]


def test_a_firm_s_or_sector_s_turnover_under_a_trade_headline_is_no_record() -> None:
    """A firm's ("the company's turnover") or a sector's turnover is no trade figure."""
    body = (
        "According to the office, the turnover amounted to $240 million. The company's "
        "turnover reached $5 million in January-March. Retail turnover reached $900 million "
        "in January-March."
    )
    rows = trade_rows(body, D(2024, 5, 1), "Peruvian-Ghanaian trade up 12% in Q1")
    assert rows == [
        ("PER", "GHA", "turnover", 240_000_000, "USD", "2024-01-01", "2024-03-31", False)
    ]


def test_dateline_state_is_the_other_side_of_a_bare_turnover() -> None:
    """A story filed from a state's capital that names one other state: their turnover."""
    article = Article(
        id="d",
        published=D(2024, 3, 1),
        dateline="LIMA, Peru, March 1",
        body='The president received the foreign minister of Ghana. "Trade between our '
        'countries reached $310 million last year," the president said.',
    )
    rows = [(str(r.reporter), str(r.partner), r.flow.value) for r in extract_trade_records(article)]
    assert sorted(rows[0][:2]) == ["GHA", "PER"]
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in I quarter of 2023", "2023-01-01..2023-03-31"),
        ("in the II quarter of 2023", "2023-04-01..2023-06-30"),
        ("in IV quarter of 2022", "2022-10-01..2022-12-31"),
        ("in the II half of 2022", "2022-07-01..2022-12-31"),
        ("in Q1-Q3 2022", "2022-01-01..2022-09-30"),  # quarters in a row, one span
    ],
)
def test_roman_numeral_quarters_and_halves(phrase: str, expected: str) -> None:
    """Regional outlets number quarters and halves in Roman numerals ("II quarter")."""
    found = extract_periods(phrase, D(2024, 3, 1))
    assert [str(p.period) for p in found] == [expected]


def test_a_lone_roman_one_is_no_period() -> None:
    """The pronoun "I" next to a period phrase does not start one."""
    found = extract_periods("I said trade grew in the first quarter of 2023.", D(2024, 3, 1))
    assert [p.text for p in found] == ["the first quarter of 2023"]
