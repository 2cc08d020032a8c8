"""Trade records in the style of regional statistics news (texts written for diplonews).

Partner lists with figures, periods pointing back ("in this period"), possessives
that name a state ("the republic's exports"), typographic apostrophes, and the
period shorthands of those outlets. Names and figures are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.text.money import extract_money
from diplonews.text.periods import extract_periods
from trade_rows import Row, trade_rows

D = dt.date


JAN_JUN_2021 = ("2021-01-01", "2021-06-30")
H1_2022 = ("2022-01-01", "2022-06-30")
YEAR_2021 = ("2021-01-01", "2021-12-31")
JAN_SEP_2022 = ("2022-01-01", "2022-09-30")
YEAR_2022 = ("2022-01-01", "2022-12-31")
Q1_2023 = ("2023-01-01", "2023-03-31")
JAN_FEB_2023 = ("2023-01-01", "2023-02-28")

# (id, body, published, expected records)
RECORDS = [
    (
        "ranked-partners-dash-and-at",
        "Armenia's exports reached $900 million in January-June 2021. Georgia ranks first "
        "- $210 million, followed by Iran at $95 million and Qatar - $40 million.",
        D(2021, 7, 20),
        [
            ("ARM", None, "export", 900_000_000, "USD", *JAN_JUN_2021, False),
            ("ARM", "GEO", "export", 210_000_000, "USD", *JAN_JUN_2021, False),
            ("ARM", "IRN", "export", 95_000_000, "USD", *JAN_JUN_2021, False),
            ("ARM", "QAT", "export", 40_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "ranked-partners-in-parentheses-carry-the-list-flow",
        "Mongolia's foreign trade turnover came to $6.1 billion in January-June 2021.\n\n"
        "Canada accounted for the largest volume of trade turnover, with trade of $1.2 billion."
        "\n\nChile holds second place ($800 million), with Peru ($500 million) next.",
        D(2021, 7, 20),
        [
            ("MNG", None, "turnover", 6_100_000_000, "USD", *JAN_JUN_2021, False),
            ("MNG", "CAN", "turnover", 1_200_000_000, "USD", *JAN_JUN_2021, False),
            ("MNG", "CHL", "turnover", 800_000_000, "USD", *JAN_JUN_2021, False),
            ("MNG", "PER", "turnover", 500_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "ranked-partner-with-flow-word-and-role-noun",
        "Nepal's imports came to $3 billion in January-June 2021. Brazil comes second, with "
        "imports of $400 million, and is Nepal's largest export market ($90 million).",
        D(2021, 7, 20),
        [
            ("NPL", None, "import", 3_000_000_000, "USD", *JAN_JUN_2021, False),
            ("NPL", "BRA", "import", 400_000_000, "USD", *JAN_JUN_2021, False),
            ("NPL", "BRA", "export", 90_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "respectively-pairs-states-and-amounts",
        "Bolivia's trade turnover hit $5 billion in January-June 2021. Next were Chile and "
        "Peru, whose trade turnover with Bolivia reached $300 million and $200 million "
        "respectively.",
        D(2021, 7, 20),
        [
            ("BOL", None, "turnover", 5_000_000_000, "USD", *JAN_JUN_2021, False),
            ("CHL", "BOL", "turnover", 300_000_000, "USD", *JAN_JUN_2021, False),
            ("PER", "BOL", "turnover", 200_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "possessive-state-noun-is-no-product",
        "Trade turnover between Laos and Cambodia came to $80 million in January-June 2021. "
        "Laos's imports from Cambodia were $30 million, and the republic's exports to "
        "Cambodia stood at $50 million.",
        D(2021, 7, 20),
        [
            ("LAO", "KHM", "turnover", 80_000_000, "USD", *JAN_JUN_2021, False),
            ("LAO", "KHM", "import", 30_000_000, "USD", *JAN_JUN_2021, False),
            ("LAO", "KHM", "export", 50_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "two-countries-possessive-and-year-first-months",
        "Officials said that the two countries' trade turnover came to $70 million in this "
        "year's first five months, Ghana and Togo reported.",
        D(2021, 7, 20),
        [("GHA", "TGO", "turnover", 70_000_000, "USD", "2021-01-01", "2021-05-31", False)],
    ),
    (
        "period-pointing-back",
        "Latvia's exports to Estonia came to $60 million in the first quarter of 2021.\n\n"
        "In this period, Latvia's imports from Estonia stood at $45 million.",
        D(2021, 5, 20),
        [
            ("LVA", "EST", "export", 60_000_000, "USD", "2021-01-01", "2021-03-31", False),
            ("LVA", "EST", "import", 45_000_000, "USD", "2021-01-01", "2021-03-31", False),
        ],
    ),
    (
        "trade-operations-and-flows-accounting-for-their-parts",
        "Moldova's trade operations reached a value of $4 billion over the period between "
        "January and June 2021.\n\nImports accounted for some $2.5 billion of the trade "
        "operations and exports for $1.5 billion.",
        D(2021, 7, 20),
        [
            ("MDA", None, "turnover", 4_000_000_000, "USD", *JAN_JUN_2021, False),
            ("MDA", None, "import", 2_500_000_000, "USD", *JAN_JUN_2021, False),
            ("MDA", None, "export", 1_500_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "ordinal-first-partners-and-singular-export",
        "Serbia's exports came to $9 billion in January-June 2021. Of the EU countries, "
        "Austria received the biggest volume of export, worth $700 million. Second came "
        "Hungary with exports worth $500 million, and third Slovenia with $300 million.",
        D(2021, 7, 20),
        [
            ("SRB", None, "export", 9_000_000_000, "USD", *JAN_JUN_2021, False),
            ("SRB", "AUT", "export", 700_000_000, "USD", *JAN_JUN_2021, False),
            ("SRB", "HUN", "export", 500_000_000, "USD", *JAN_JUN_2021, False),
            ("SRB", "SVN", "export", 300_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "two-countries-are-the-two-named-and-superlative-volume",
        "Ecuador's foreign trade in January - June 2021 amounted to $8 billion.\n\n"
        "Spain led the buyers of Ecuadorian goods, and the trade turnover between the two "
        "countries came to $600 million. After Spain, Italy accounted for the largest "
        "trade volume among the EU countries - $250 million.",
        D(2021, 7, 20),
        [
            ("ECU", None, "turnover", 8_000_000_000, "USD", *JAN_JUN_2021, False),
            ("ESP", "ECU", "turnover", 600_000_000, "USD", *JAN_JUN_2021, False),
            ("ECU", "ITA", "turnover", 250_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "compared-period-is-no-own-period",
        "Peru's exports to Chile rose by 12 percent in March 2021 against March 2020, reaching "
        "$80 million. Peru's overall exports in March rose by 4 percent compared to last "
        "year, totalling $3 billion.",
        D(2021, 5, 2),
        [
            ("PER", "CHL", "export", 80_000_000, "USD", "2021-03-01", "2021-03-31", False),
            ("PER", None, "export", 3_000_000_000, "USD", "2021-03-01", "2021-03-31", False),
        ],
    ),
    (
        "compared-period-with-its-figure-in-parentheses",
        "In 2020, Malta's trade turnover with Tunisia stood at $90 million, up 8 percent "
        "from the 2019 figure ($83 million). Exports to Tunisia in the aforementioned period "
        "came to $50 million.",
        D(2021, 4, 2),
        [
            ("MLT", "TUN", "turnover", 90_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("MLT", "TUN", "turnover", 83_000_000, "USD", "2019-01-01", "2019-12-31", False),
            ("MLT", "TUN", "export", 50_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "bare-turnover-after-trade-turnover",
        "In January-June 2021 the trade turnover between Fiji and Samoa totalled $40 million."
        "\n\nFor June alone, the statistics put the turnover at $9 million.",
        D(2021, 7, 20),
        [
            ("FJI", "WSM", "turnover", 40_000_000, "USD", *JAN_JUN_2021, False),
            ("FJI", "WSM", "turnover", 9_000_000, "USD", "2021-06-01", "2021-06-30", False),
        ],
    ),
    (
        "goals-without-a-period-of-their-own-and-close-to",
        "In 2020, trade between Kenya and Uganda amounted to $700 million. Kenya plans to take "
        "annual trade with Uganda to $2 billion. The two leaders welcomed trade, which came "
        "close to $700 million last year, and share the aim of hitting $1 billion soon. "
        "Kenya and Uganda pledged that by 2025 their mutual trade will reach $1.5 billion.",
        D(2021, 2, 2),
        [
            ("KEN", "UGA", "turnover", 700_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KEN", "UGA", "turnover", 1_500_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "partner-named-by-a-phrase",
        "In the first quarter of 2021, trade turnover between Benin and Niger totalled $90 "
        "million. Benin bought $30 million worth of goods from the neighbouring country in "
        "the first quarter of 2021.",
        D(2021, 5, 2),
        [
            ("BEN", "NER", "turnover", 90_000_000, "USD", "2021-01-01", "2021-03-31", False),
            ("BEN", "NER", "import", 30_000_000, "USD", "2021-01-01", "2021-03-31", False),
        ],
    ),
    (
        "passive-flows-and-their-agent",
        "In January-June 2021, Bhutan's trade turnover with India amounted to $600 million. "
        "Products worth $40 mln were exported by Bhutan to Nepal, and goods worth $70 mln "
        "were imported.",
        D(2021, 7, 20),
        [
            ("BTN", "IND", "turnover", 600_000_000, "USD", *JAN_JUN_2021, False),
            ("BTN", "NPL", "export", 40_000_000, "USD", *JAN_JUN_2021, False),
            ("BTN", "NPL", "import", 70_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "figure-as-subject-of-the-next-sentence-and-no-multiplier",
        "The two countries' trade turnover came to $1.2 bln in 2020, Cuba and Mexico said. "
        "It reached $500 mln in the first half of 2021. The figure for Peru reached $726.8.",
        D(2021, 8, 2),
        [
            ("CUB", "MEX", "turnover", 1_200_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("CUB", "MEX", "turnover", 500_000_000, "USD", "2021-01-01", "2021-06-30", False),
        ],
    ),
    (
        "its-largest-partner-and-parenthesised-list",
        "Bahrain's foreign trade turnover amounted to $ 10,250 billion in January-June 2021. "
        "Japan was its largest trading partner, with trade of $1,4 billion. Chile ($900 mln) "
        "and Peru ($850 mln) followed.",
        D(2021, 7, 20),
        [
            ("BHR", None, "turnover", 10_250_000_000, "USD", *JAN_JUN_2021, False),
            ("BHR", "JPN", "turnover", 1_400_000_000, "USD", *JAN_JUN_2021, False),
            ("BHR", "CHL", "turnover", 900_000_000, "USD", *JAN_JUN_2021, False),
            ("BHR", "PER", "turnover", 850_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "turnover-of-a-and-b-traded-goods-and-it-after-a-period",
        "The trade turnover of Iceland and Malta for 9M 2020 amounted to $1,8 bn. In the "
        "first half of 2021 it reached $1.3 bn. Cyprus and Greece traded goods worth $700 "
        "million in 2020.",
        D(2021, 8, 2),
        [
            ("ISL", "MLT", "turnover", 1_800_000_000, "USD", "2020-01-01", "2020-09-30", False),
            ("ISL", "MLT", "turnover", 1_300_000_000, "USD", "2021-01-01", "2021-06-30", False),
            ("CYP", "GRC", "turnover", 700_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "goods-of-a-demonym-origin",
        "Trade between Chile and Peru hit a record in 2020. Exports of Chilean products to "
        "Peru jumped to $4.2 billion. Peru's imports of Bolivian goods rose to $2 billion.",
        D(2021, 3, 2),
        [
            ("CHL", "PER", "export", 4_200_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("PER", "BOL", "import", 2_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "iranian-calendar-and-shipped-to-its-neighbour",
        "In the current Iranian calendar year's first 10 months, the value of Iran's export to "
        "Oman grew 12 percent. Iran shipped to its neighbour 3 million tons of goods, valued "
        "at $1.5 billion, in the said 10-month time. In the preceding Iranian year, Iran's "
        "exports to Oman stood at $1.6 billion.",  # 1399 starts on 20 March 2020 (Nowruz)
        D(2022, 2, 10),
        [
            ("IRN", "OMN", "export", 1_500_000_000, "USD", "2021-03-21", "2022-01-20", False),
            ("IRN", "OMN", "export", 1_600_000_000, "USD", "2020-03-20", "2021-03-20", False),
        ],
    ),
    (
        "pair-learnt-from-a-bound-and-n-months-of-a-year",
        "Peru's trade with Chile for 11 months of 2020 exceeded $4.4 billion, while exports "
        "amounted to $2.9 billion.",
        D(2021, 3, 2),
        [("PER", "CHL", "export", 2_900_000_000, "USD", "2020-01-01", "2020-11-30", False)],
    ),
    (
        "us-dollars-name-no-state",
        "The trade turnover between the two countries amounted to 25.2 million US dollars in "
        "2020, Latvia and Lithuania said.",
        D(2021, 3, 2),
        [("LVA", "LTU", "turnover", 25_200_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "exports-from-a-city-are-no-states",
        "In March 2021, exports from Izmir to Cyprus reached $9 million. In March 2021, "
        "Turkey's exports to Cyprus grew to $110 million.",
        D(2021, 4, 20),
        [("TUR", "CYP", "export", 110_000_000, "USD", "2021-03-01", "2021-03-31", False)],
    ),
    (
        "a-list-ranking-states-by-their-own-trade",
        "In 2020, Chile ranked first among Andean states with exports of $47 billion, "
        "followed by Peru ($15 billion) and Bolivia ($7 billion).",
        D(2021, 3, 2),
        [
            ("CHL", None, "export", 47_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("PER", None, "export", 15_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("BOL", None, "export", 7_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "no-state-trades-with-itself",
        "LIMA, May 3 - Officials said Chile, which ran a $900 million trade surplus with Peru "
        "in 2020, would buy more.",
        D(2021, 5, 3),
        [("CHL", "PER", "balance", 900_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "amounts-each-with-a-partner-after-it",
        "Moldova's foreign trade turnover hit $4 billion in January-June 2021. The breakdown "
        "of trade flows: $1.1 billion with the CIS and $2.2 billion with the European Union.",
        D(2021, 7, 20),
        [
            ("MDA", None, "turnover", 4_000_000_000, "USD", *JAN_JUN_2021, False),
            ("MDA", "CIS", "turnover", 1_100_000_000, "USD", *JAN_JUN_2021, False),
            ("MDA", "EU", "turnover", 2_200_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "part-of-a-figure-accounted-for-by-trade-with-a-partner",
        "In 2020, Korea's trade surplus grew to 40 billion dlrs, with half the surplus, 20 "
        "billion dlrs, accounted for by its trade with China. In December, the surplus grew "
        "to 4 billion dlrs.",
        D(2021, 1, 20),
        [
            ("KOR", None, "balance", 40_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KOR", "CHN", "balance", 20_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("KOR", None, "balance", 4_000_000_000, "USD", "2020-12-01", "2020-12-31", False),
        ],
    ),
    (
        "a-ranked-investor-is-no-trade-partner",
        "Trade turnover between Chile and Peru reached $5 billion in 2020. Chile is the "
        "largest investor in Peru with $12 billion.",
        D(2021, 3, 2),
        [("CHL", "PER", "turnover", 5_000_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "a-quantity-of-a-product-and-the-same-period-of-last-year",
        "Chile exported 2.5 million tons of copper worth $9 billion in January-March 2021. "
        "Chile's exports to Peru stood at $1.1 billion during July-March FY2020-21 as "
        "compared to $780 million during the same period of last year.",
        D(2021, 5, 2),
        [
            ("CHL", "PER", "export", 1_100_000_000, "USD", "2020-07-01", "2021-03-31", False),
            ("CHL", "PER", "export", 780_000_000, "USD", "2019-07-01", "2020-03-31", False),
        ],
    ),
    (
        "between-the-countries-named-by-demonyms",
        "The trade turnover between the countries reached $ 1.2 billion last year, Chilean and "
        "Peruvian officials said.",
        D(2021, 5, 2),
        [("CHL", "PER", "turnover", 1_200_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    (
        "hyphenated-pair-and-supplied-goods",
        "Chilean-Peruvian trade turnover amounted to $6.1 billion in 2020. In 2020, Bolivia "
        "supplied goods worth $300 million to Chile.",
        D(2021, 5, 2),
        [
            ("CHL", "PER", "turnover", 6_100_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("BOL", "CHL", "export", 300_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "role-of-a-state-with-its-figure",
        "In 2020, Brazil remained the main trade partner of Chile with a turnover of $9 billion. "
        "In 2020, China was the largest export market of Peru with $5 billion.",
        D(2021, 5, 2),
        [
            ("CHL", "BRA", "turnover", 9_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("PER", "CHN", "export", 5_000_000_000, "USD", "2020-01-01", "2020-12-31", False),
        ],
    ),
    (
        "typographic-apostrophe-possessive",
        "In 2020, Oman’s foreign trade turnover totalled $40 billion.",
        D(2021, 3, 1),
        [("OMN", None, "turnover", 40_000_000_000, "USD", "2020-01-01", "2020-12-31", False)],
    ),
    # Paraphrases of the rules above: other word order, synonyms, figures, currencies.
    (
        "ranked-dash",
        "Georgia's imports totalled $4 billion in January-June 2022. Turkey is in first place - "
        "$900 million, followed by Russia with $700 million and China - $500 million.",
        D(2022, 7, 20),
        [
            ("GEO", None, "import", 4_000_000_000, "USD", *H1_2022, False),
            ("GEO", "TUR", "import", 900_000_000, "USD", *H1_2022, False),
            ("GEO", "RUS", "import", 700_000_000, "USD", *H1_2022, False),
            ("GEO", "CHN", "import", 500_000_000, "USD", *H1_2022, False),
        ],
    ),
    (
        "ranked-paren-euro",
        "Estonia's foreign trade turnover amounted to 9 billion euros in January-June "
        "2022.\n\nFinland took first place (1.5 billion euros), followed by Latvia (1.1 billion "
        "euros).",
        D(2022, 7, 20),
        [
            ("EST", None, "turnover", 9_000_000_000, "EUR", *H1_2022, False),
            ("EST", "FIN", "turnover", 1_500_000_000, "EUR", *H1_2022, False),
            ("EST", "LVA", "turnover", 1_100_000_000, "EUR", *H1_2022, False),
        ],
    ),
    (
        "respectively-after-the-partners-of-one-reporter",
        "Mali's exports reached $2 billion in 2021. Exports to Senegal and Guinea amounted to "
        "$400 million and $150 million, respectively.",
        D(2022, 2, 20),
        [
            ("MLI", None, "export", 2_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("MLI", "SEN", "export", 400_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("MLI", "GIN", "export", 150_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "period-back-2",
        "In 2021, trade turnover between Chad and Niger reached $120 million.\n\nDuring the same "
        "period, Chad's exports to Niger totalled $70 million.",
        D(2022, 2, 20),
        [
            ("TCD", "NER", "turnover", 120_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("TCD", "NER", "export", 70_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "period-back-3",
        "Trade between Chad and Niger came to $120 million in January-June 2022. Chad's exports "
        "to Niger made up $70 million over the reporting period.",
        D(2022, 7, 20),
        [
            ("TCD", "NER", "turnover", 120_000_000, "USD", *H1_2022, False),
            ("TCD", "NER", "export", 70_000_000, "USD", *H1_2022, False),
        ],
    ),
    (
        "two-countries-2",
        "Trade turnover between the two countries reached $55 million in 2021, the presidents of "
        "Togo and Benin noted.",
        D(2022, 2, 20),
        [("TGO", "BEN", "turnover", 55_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "it-reached-2",
        "Trade between Chile and Argentina totalled $2.5 billion in 2021. In January-June 2022, "
        "it amounted to $1.4 billion.",
        D(2022, 8, 2),
        [
            ("CHL", "ARG", "turnover", 2_500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("CHL", "ARG", "turnover", 1_400_000_000, "USD", *H1_2022, False),
        ],
    ),
    (
        "the-figure-2",
        "Trade turnover between Chile and Argentina totalled $2.5 billion in 2021. In "
        "January-June 2022, the figure stood at $1.4 billion.",
        D(2022, 8, 2),
        [
            ("CHL", "ARG", "turnover", 2_500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("CHL", "ARG", "turnover", 1_400_000_000, "USD", *H1_2022, False),
        ],
    ),
    (
        "its-largest-2",
        "Qatar's foreign trade reached $ 20,5 billion in 2021. India was the country's biggest "
        "trading partner with $3,2 billion, followed by Japan ($2,9 billion).",
        D(2022, 2, 2),
        [
            ("QAT", None, "turnover", 20_500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("QAT", "IND", "turnover", 3_200_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("QAT", "JPN", "turnover", 2_900_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "hyphen-2",
        "Uzbek-Kyrgyz trade reached $1.3 billion in 2021.",
        D(2022, 2, 2),
        [("UZB", "KGZ", "turnover", 1_300_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "hyphen-3",
        "In 2021, the Kazakh-Turkish trade turnover stood at $4.8 billion.",
        D(2022, 2, 2),
        [("KAZ", "TUR", "turnover", 4_800_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "role-2",
        "In 2021, Russia remained Belarus's main trading partner, with trade turnover of $38 "
        "billion.",
        D(2022, 2, 2),
        [("BLR", "RUS", "turnover", 38_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "supplied-2",
        "In 2021, Georgia supplied products worth $90 million to Armenia.",
        D(2022, 2, 2),
        [("GEO", "ARM", "export", 90_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "between-countries-demonym-2",
        "The trade turnover between the countries amounted to $ 800 million in 2021, Uzbek and "
        "Tajik officials said.",
        D(2022, 2, 2),
        [("UZB", "TJK", "turnover", 800_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "shorthand-1H",
        "Azerbaijan's trade turnover with Georgia amounted to $ 1,24 billion in 1H2022.",
        D(2022, 8, 2),
        [("AZE", "GEO", "turnover", 1_240_000_000, "USD", *H1_2022, False)],
    ),
    (
        "shorthand-10M",
        "Kazakhstan's exports to Uzbekistan reached $2,1 billion in 10M2021.",
        D(2022, 1, 2),
        [("KAZ", "UZB", "export", 2_100_000_000, "USD", "2021-01-01", "2021-10-31", False)],
    ),
    (
        "mln-tenge-free",
        "Trade turnover between Kyrgyzstan and Tajikistan amounted to 450,5 mln dollars in "
        "January-June 2022.",
        D(2022, 7, 20),
        [("KGZ", "TJK", "turnover", 450_500_000, "USD", *H1_2022, False)],
    ),
    (
        "thousand-dollars-with-space-grouped-digits",
        "In 2021, trade turnover between Turkmenistan and Armenia amounted to 75 400 thousand "
        "dollars.",
        D(2022, 2, 2),
        [("TKM", "ARM", "turnover", 75_400_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "accounted-parts-2",
        "Georgia's external trade turnover totalled $7 billion in January-June 2022. Of this, "
        "exports amounted to $2 billion and imports to $5 billion.",
        D(2022, 7, 20),
        [
            ("GEO", None, "turnover", 7_000_000_000, "USD", *H1_2022, False),
            ("GEO", None, "export", 2_000_000_000, "USD", *H1_2022, False),
            ("GEO", None, "import", 5_000_000_000, "USD", *H1_2022, False),
        ],
    ),
    (
        "exports-amounted-context",
        "Trade between Azerbaijan and Italy reached $3 billion in 2021. Exports amounted to $2.5 "
        "billion, while imports stood at $500 million.",
        D(2022, 2, 2),
        [
            ("AZE", "ITA", "turnover", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("AZE", "ITA", "export", 2_500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("AZE", "ITA", "import", 500_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "bound-per-item",
        "In 2021 Armenia's exports reached $3 billion. Russia accounted for more than $1 billion, "
        "followed by Switzerland ($600 million).",
        D(2022, 2, 2),
        [
            ("ARM", None, "export", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("ARM", "CHE", "export", 600_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "balance-deficit-with",
        "In 2021, Tajikistan's trade deficit with Kazakhstan reached $600 million.",
        D(2022, 2, 2),
        [("TJK", "KAZ", "balance", -600_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "target-2",
        "The sides agreed to bring bilateral trade between Oman and Kenya to $500 million by 2025.",
        D(2022, 2, 2),
        [("OMN", "KEN", "turnover", 500_000_000, "USD", "2025-01-01", "2025-12-31", True)],
    ),
    (
        "a-budget-deficit-after-a-trade-surplus-is-no-trade-figure",
        "In 2021, Chile's trade surplus reached $5 billion. The government plans to cut the "
        "budget deficit from $12 billion this year to $8 billion next year through spending cuts.",
        D(2022, 2, 2),
        [("CHL", None, "balance", 5_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "elliptic-dash",
        "In January-September 2022, Georgia's exports to Armenia amounted to $ 500,4 million, "
        "imports – $ 120,2 million.",
        D(2022, 10, 20),
        [
            ("GEO", "ARM", "export", 500_400_000, "USD", *JAN_SEP_2022, False),
            ("GEO", "ARM", "import", 120_200_000, "USD", *JAN_SEP_2022, False),
        ],
    ),
    (
        "of-which-exports",
        "In January-September 2022, the trade turnover between Georgia and Armenia amounted to $ "
        "412,5 million, of which exports accounted for $ 300 million.",
        D(2022, 10, 20),
        [
            ("GEO", "ARM", "turnover", 412_500_000, "USD", *JAN_SEP_2022, False),
            ("GEO", "ARM", "export", 300_000_000, "USD", *JAN_SEP_2022, False),
        ],
    ),
    (
        "with-exports-and-imports",
        "Trade turnover between Georgia and Armenia amounted to 1.2 billion US dollars in 2021, "
        "with exports of 800 million dollars and imports of 400 million dollars.",
        D(2022, 2, 2),
        [
            ("GEO", "ARM", "turnover", 1_200_000_000, "USD", *YEAR_2021, False),
            ("GEO", "ARM", "export", 800_000_000, "USD", *YEAR_2021, False),
            ("GEO", "ARM", "import", 400_000_000, "USD", *YEAR_2021, False),
        ],
    ),
    (
        "exported-goods-worth-to",
        "Last year Kazakhstan exported goods worth $1.2 billion to Uzbekistan.",
        D(2022, 2, 2),
        [("KAZ", "UZB", "export", 1_200_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "volume-of-trade",
        "The volume of trade between Mongolia and Korea reached $700 million last year.",
        D(2022, 2, 2),
        [("MNG", "KOR", "turnover", 700_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "grew-pct-to",
        "Mongolia-Korea trade turnover for 9 months of 2022 grew by 20% to $1.2 billion.",
        D(2022, 10, 2),
        [("MNG", "KOR", "turnover", 1_200_000_000, "USD", *JAN_SEP_2022, False)],
    ),
    (
        "increased-by-to",
        "Trade between Mongolia and Korea increased by $200 million to $1 billion in 2021.",
        D(2022, 2, 2),
        [("MNG", "KOR", "turnover", 1_000_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "mutual-trade-manat",
        "In 2021, mutual trade between Azerbaijan and Georgia amounted to 2.5 billion manats.",
        D(2022, 2, 2),
        [("AZE", "GEO", "turnover", 2_500_000_000, "AZN", *YEAR_2021, False)],
    ),
    (
        "positive-balance",
        "In 2021, Azerbaijan's foreign trade surplus amounted to $ 8,4 billion.",
        D(2022, 2, 2),
        [("AZE", None, "balance", 8_400_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "negative-balance",
        "In 2021, Georgia had a negative trade balance of $5 billion.",
        D(2022, 2, 2),
        [("GEO", None, "balance", -5_000_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "goal-no-period",
        "The parties set a goal to increase trade turnover between Chad and Mali to $1 billion.",
        D(2022, 2, 2),
        [],
    ),
    (
        "tenge-bln",
        "In 2021, Kazakhstan's trade with Kyrgyzstan amounted to 450 bln tenge.",
        D(2022, 2, 2),
        [("KAZ", "KGZ", "turnover", 450_000_000_000, "KZT", *YEAR_2021, False)],
    ),
    (
        "sum-trillion",
        "In 2021, Uzbekistan's imports from Russia reached 40 trillion soums.",
        D(2022, 2, 2),
        [("UZB", "RUS", "import", 40_000_000_000_000, "UZS", *YEAR_2021, False)],
    ),
    (
        "headline-pair-bilateral",
        "Chile, Peru discuss trade\n\nBilateral trade amounted to $1 billion in 2021, the "
        "ministers said.",
        D(2022, 2, 2),
        [("CHL", "PER", "turnover", 1_000_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "decreased-to-period-first",
        "For January-September 2022, trade turnover between Chad and Mali decreased by 5% and "
        "amounted to $90 million.",
        D(2022, 10, 2),
        [("TCD", "MLI", "turnover", 90_000_000, "USD", *JAN_SEP_2022, False)],
    ),
    (
        "past-year",
        "Over the past year, trade turnover between Chad and Mali amounted to $90 million.",
        D(2022, 2, 2),
        [("TCD", "MLI", "turnover", 90_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "parts-of-a-total-that-fell-on-a-flow",
        "In 2022, the trade turnover between Azerbaijan and Russia amounted to $ 2.3 billion, of "
        "which $ 800 million fell on exports and $ 1.5 billion fell on imports.",
        D(2023, 2, 2),
        [
            ("AZE", "RUS", "turnover", 2_300_000_000, "USD", *YEAR_2022, False),
            ("AZE", "RUS", "export", 800_000_000, "USD", *YEAR_2022, False),
            ("AZE", "RUS", "import", 1_500_000_000, "USD", *YEAR_2022, False),
        ],
    ),
    (
        "exports-from-while-imports-from",
        "In 2022, exports from Azerbaijan to Russia amounted to $ 800 million, while imports from "
        "Russia amounted to $ 1.5 billion.",
        D(2023, 2, 2),
        [
            ("AZE", "RUS", "export", 800_000_000, "USD", *YEAR_2022, False),
            ("AZE", "RUS", "import", 1_500_000_000, "USD", *YEAR_2022, False),
        ],
    ),
    (
        "next-sentence-dash",
        "Georgia's foreign trade turnover in January-March 2023 amounted to $ 3,5 billion, up 30% "
        "year-on-year. Exports amounted to $ 1 billion, imports – $ 2,5 billion.",
        D(2023, 4, 20),
        [
            ("GEO", None, "turnover", 3_500_000_000, "USD", *Q1_2023, False),
            ("GEO", None, "export", 1_000_000_000, "USD", *Q1_2023, False),
            ("GEO", None, "import", 2_500_000_000, "USD", *Q1_2023, False),
        ],
    ),
    (
        "negative-balance-amounted",
        "Georgia's foreign trade turnover in January-March 2023 amounted to $ 3,5 billion. The "
        "negative trade balance amounted to $1.5 billion.",
        D(2023, 4, 20),
        [
            ("GEO", None, "turnover", 3_500_000_000, "USD", *Q1_2023, False),
            ("GEO", None, "balance", -1_500_000_000, "USD", *Q1_2023, False),
        ],
    ),
    (
        "compared-with-year",
        "In 2022, the volume of trade between Chad and Mali amounted to $500 million, compared "
        "with $400 million in 2021.",
        D(2023, 2, 2),
        [
            ("TCD", "MLI", "turnover", 500_000_000, "USD", *YEAR_2022, False),
            ("TCD", "MLI", "turnover", 400_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "fiscal-months",
        "Pakistan's exports to China during the first nine months (July-March) of the current "
        "fiscal year 2022-23 stood at $1.5 billion.",
        D(2023, 4, 20),
        [("PAK", "CHN", "export", 1_500_000_000, "USD", "2022-07-01", "2023-03-31", False)],
    ),
    (
        "abbrev-paren",
        "Uzbekistan's foreign trade turnover (FTT) amounted to $ 30 billion in January-March 2023.",
        D(2023, 4, 20),
        [("UZB", None, "turnover", 30_000_000_000, "USD", *Q1_2023, False)],
    ),
    (
        "increase-paren",
        "In January-February 2023, trade turnover between Chad and Mali amounted to $ 50 million "
        "(an increase of 20%).",
        D(2023, 3, 20),
        [("TCD", "MLI", "turnover", 50_000_000, "USD", *JAN_FEB_2023, False)],
    ),
    (
        "country-s-ftt",
        "Kazakhstan's statistics bureau reported the data. In January-March 2023, the country's "
        "foreign trade turnover amounted to 10.5 billion dollars.",
        D(2023, 4, 20),
        [("KAZ", None, "turnover", 10_500_000_000, "USD", *Q1_2023, False)],
    ),
    (
        "reports-citing",
        "Azerbaijan's trade turnover with Italy amounted to $ 1,24 billion in January-February "
        "2023, Trend reports citing the State Customs Committee.",
        D(2023, 3, 20),
        [("AZE", "ITA", "turnover", 1_240_000_000, "USD", *JAN_FEB_2023, False)],
    ),
    (
        "y-o-y-period",
        "Turkmenistan's exports to Georgia for 1Q2023 amounted to $ 45,6 million, which is 10% "
        "more than in 1Q2022.",
        D(2023, 4, 20),
        [("TKM", "GEO", "export", 45_600_000, "USD", *Q1_2023, False)],
    ),
    (
        "the-country-exported",
        "In 2022, Uzbekistan exported goods and services worth $19.3 billion.",
        D(2023, 2, 2),
        [("UZB", None, "export", 19_300_000_000, "USD", *YEAR_2022, False)],
    ),
    (
        "mln-dollars-space",
        "In 2022, trade turnover between Kyrgyzstan and Turkey totaled 1 million 200 thousand "
        "dollars.",
        D(2023, 2, 2),
        [("KGZ", "TUR", "turnover", 1_200_000, "USD", *YEAR_2022, False)],
    ),
    (
        "thousand-usd",
        "In 2022, trade turnover between Armenia and Iran amounted to USD 700,5 million.",
        D(2023, 2, 2),
        [("ARM", "IRN", "turnover", 700_500_000, "USD", *YEAR_2022, False)],
    ),
    (
        "duties-on-an-amount-of-imports-are-no-figure",
        "In 2022, Chile imposed 100 pct tariffs on about $300 million worth of imports from Peru, "
        "and duties on $90 million of imports from Bolivia.",
        D(2023, 2, 2),
        [],
    ),
    (
        "amount-in-number-words",
        "In 2021, Chad's trade deficit with Mali widened to two billion dollars. Chad aims to "
        "cut the deficit to one billion dollars by 2025.",
        D(2022, 2, 2),
        [
            ("TCD", "MLI", "balance", -2_000_000_000, "USD", *YEAR_2021, False),
            ("TCD", "MLI", "balance", -1_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "a-bare-deficit-in-a-sentence-about-spending-is-the-budget's",
        "In 2021, Chile's trade surplus reached $5 billion. The Senate plan calls for slashing "
        "the deficit to about $134 billion next year through spending cuts. In 2021, the "
        "deficit with Peru was $2 billion.",
        D(2022, 2, 2),
        [
            ("CHL", None, "balance", 5_000_000_000, "USD", *YEAR_2021, False),
            ("CHL", "PER", "balance", -2_000_000_000, "USD", *YEAR_2021, False),
        ],
    ),
    (
        "a-flow-with-its-partner-accounting-for-an-amount",
        "Georgia's trade turnover reached $4 billion in 2021. Exports to China accounted for "
        "$600 million, and imports from the United States accounted for $900 million, or 22%.",
        D(2022, 2, 2),
        [
            ("GEO", None, "turnover", 4_000_000_000, "USD", *YEAR_2021, False),
            ("GEO", "CHN", "export", 600_000_000, "USD", *YEAR_2021, False),
            ("GEO", "USA", "import", 900_000_000, "USD", *YEAR_2021, False),
        ],
    ),
    (
        "a-product-accounting-for-an-amount-is-no-flow",
        "Georgia's exports reached $4 billion in 2021. Wine accounted for $300 million.",
        D(2022, 2, 2),
        [("GEO", None, "export", 4_000_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "a-sentence-on-the-state's-own-trade-leaves-the-pair",
        "Trade between Chile and Peru reached $3 billion in 2021.\n\nBarter is promoted to "
        "narrow the country's large trade deficit, officials in Chile said.\n\nThe trade "
        "deficit hit $8 billion in 2021.",
        D(2022, 2, 2),
        [
            ("CHL", "PER", "turnover", 3_000_000_000, "USD", *YEAR_2021, False),
            ("CHL", None, "balance", -8_000_000_000, "USD", *YEAR_2021, False),
        ],
    ),
    (
        "a-sentence-on-the-pair's-trade-keeps-the-pair",
        "Trade between Chile and Peru reached $3 billion in 2021.\n\nChile's exports to Peru "
        "grew fast, officials said.\n\nThe trade deficit hit $800 million in 2021.",
        D(2022, 2, 2),
        [
            ("CHL", "PER", "turnover", 3_000_000_000, "USD", *YEAR_2021, False),
            ("CHL", "PER", "balance", -800_000_000, "USD", *YEAR_2021, False),
        ],
    ),
    (
        "it-continues-only-the-figure-just-before",
        "Trade between Chile and Peru reached $3 billion in 2021.\n\nThe World Bank approved "
        "a loan to Peru. It amounted to $500 million.",
        D(2022, 7, 20),
        [("CHL", "PER", "turnover", 3_000_000_000, "USD", *YEAR_2021, False)],
    ),
    (
        "it-after-a-paragraph-break-continues-the-figure",
        "Trade between Chile and Peru reached $3 billion in 2021.\n\nIt amounted to $500 "
        "million in the first quarter of 2022.",
        D(2022, 7, 20),
        [
            ("CHL", "PER", "turnover", 3_000_000_000, "USD", *YEAR_2021, False),
            ("CHL", "PER", "turnover", 500_000_000, "USD", "2022-01-01", "2022-03-31", False),
        ],
    ),
    (
        "a-ranking-of-donors-does-not-continue-a-partner-list",
        "Armenia's exports reached $900 million in January-June 2021. Georgia ranks first - "
        "$210 million.\n\nIn a separate ranking of donors, Japan came second with $40 "
        "million.\n\nIran came second with $35 million.",
        D(2021, 7, 20),
        [
            ("ARM", None, "export", 900_000_000, "USD", *JAN_JUN_2021, False),
            ("ARM", "GEO", "export", 210_000_000, "USD", *JAN_JUN_2021, False),
            ("ARM", "IRN", "export", 35_000_000, "USD", *JAN_JUN_2021, False),
        ],
    ),
    (
        "it-as-the-subject-of-a-goal",
        "Trade between Chile and Peru reached $3 billion in 2021. It is expected to reach $5 "
        "billion by 2025.",
        D(2022, 2, 2),
        [
            ("CHL", "PER", "turnover", 3_000_000_000, "USD", *YEAR_2021, False),
            ("CHL", "PER", "turnover", 5_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "a-state-accounting-for-an-amount-of-the-flow",
        "Georgia's trade turnover reached $4 billion in 2021. China accounted for $600 million "
        "of the turnover. Wine accounted for $90 million of exports, and Turkey accounted for "
        "$70 million of investment.",
        D(2022, 2, 2),
        [
            ("GEO", None, "turnover", 4_000_000_000, "USD", *YEAR_2021, False),
            ("GEO", "CHN", "turnover", 600_000_000, "USD", *YEAR_2021, False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "expected"), [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS]
)
def test_regional_trade_records(body: str, published: dt.date | None, expected: list[Row]) -> None:
    """Each text yields exactly the records a reader would write down."""
    assert trade_rows(body, published) == expected


PERIODS = [
    ("in 1H2019", "2019-01-01", "2019-06-30"),
    ("in 2H 2018", "2018-07-01", "2018-12-31"),
    ("during 3Q2020", "2020-07-01", "2020-09-30"),
    ("in 11M of 2019", "2019-01-01", "2019-11-30"),
    ("in this year's first four months", "2021-01-01", "2021-04-30"),
    ("in the current year's first 2 months", "2021-01-01", "2021-02-28"),
    ("in last year's first nine months", "2020-01-01", "2020-09-30"),
    ("in the previous Iranian calendar year", "2020-03-20", "2021-03-20"),  # from Nowruz
    ("for 11 months of 2019", "2019-01-01", "2019-11-30"),
    ("during July-March FY2020-21", "2020-07-01", "2021-03-31"),
    ("in January-March 2020-21", "2021-01-01", "2021-03-31"),
    ("during July-February of the fiscal year 2020-21", "2020-07-01", "2021-02-28"),
    ("during the five months of this year", "2021-01-01", "2021-05-31"),
    ("in the first 6 months of the current Iranian year", "2021-03-21", "2021-09-22"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS, ids=[p[0] for p in PERIODS])
def test_period_shorthands(text: str, start: str, end: str) -> None:
    """Period shorthands of regional outlets resolve to one period."""
    found = extract_periods(text, D(2021, 6, 15))
    assert [(m.period.start.isoformat(), m.period.end.isoformat()) for m in found] == [(start, end)]


# (written form, country of the story, expected (amount, currency) per amount)
AMOUNTS = [
    ("$2,1 billion", None, [("2100000000", "USD")]),
    (
        "Chile ($2,1 billion), Peru ($1,75 billion)",
        None,
        [("2100000000", "USD"), ("1750000000", "USD")],
    ),
    ("$ 1,481 billion", None, [("1481000000", "USD")]),
    ("4,6 mln dollars", None, [("4600000", "USD")]),
    ("22,201bn yen", None, [("22201000000000", "JPY")]),
    ("$1,200 million", None, [("1200000000", "USD")]),
    ("2 billion dollars 45 million 3 thousand", None, [("2045003000", "USD")]),
    ("7 billion 300 million dollars", None, [("7300000000", "USD")]),
    ("3,4 bln. dollars", None, [("3400000000", "USD")]),
    ("800 million soms", None, [("800000000", "KGS")]),
    ("Rs 12 billion", "PAK", [("12000000000", "PKR")]),
    ("9 billion Pakistani rupee", None, [("9000000000", "PKR")]),
    ("Mrs 5 and Mr 6", None, []),
    ("75 400 thousand dollars", None, [("75400000", "USD")]),
    ("$ 2 306,4 thousand", None, [("2306400", "USD")]),
    ("12 345 678 thousand soms", None, [("12345678000", "KGS")]),
    ("in 2020 400 thousand dollars", None, [("400000", "USD")]),
    ("on June 4 500 thousand dollars", None, []),
    ("rose by $40 million to $900 million", None, [("40000000", "USD"), ("900000000", "USD")]),
    ("to reach five billion manats", None, [("5000000000", "AZN")]),
    ("a target of a seven billion dlr surplus", None, [("7000000000", "USD")]),
    ("three billion tonnes and four million people", None, []),
    ("twenty-five billion dollars", None, []),
    ("two hundred million dollars", None, []),
]


@pytest.mark.parametrize(("text", "country", "expected"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_regional_amounts(text: str, country: str | None, expected: list[tuple[str, str]]) -> None:
    """Decimal commas, amounts in parts, "bln." and local currencies read as written."""
    found = extract_money(text, country=country)
    assert [(str(m.amount), m.currency) for m in found] == expected
