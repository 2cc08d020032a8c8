"""Trade error classes read on the released pages l1-l30 and corpus blind 13, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). The
classes are the ways of writing a trade figure that the errors of the released pages
showed the library misread; no row repeats a sentence, a name pairing or a figure of
those pages:

- ``dated-partner-role``: "B became A's third largest trade partner in the first quarter
  of 2024": a year, a rank or a period in the sentence is no amount, so the sentence
  still names the story's pair (A's trade with B) and its reporter A, though B is its
  subject: "the country's foreign trade" after it is A's own, not B's;
- ``whose-clause-owner``: "C ranked second, behind B, whose trade with A came to $X": the
  relative clause's trade is the state it opens on (B's with A), whatever that state's
  preposition ("exports to B, whose imports totalled $Y": B's own imports); the story's
  state stays the one it was, for the list that follows;
- ``respective-partners``: "B and C remained the top two trading partners, with $X and $Y,
  respectively": the amounts are the listed partners' in turn, not all the partner named
  last's; the reporter written with the list ("A's top partners") stays;
- ``between-first-carries``: "Trade between A and B came to $X, while trade with C stood
  at $Y": the pair's first state is the later clause's reporter (A's trade with C), not
  the state the story named before the sentence; an owner the clause writes
  ("B's trade with C") still wins;
- ``gap-verb-anaphor``: "A's deficit with B rose to $X. It widened to $Y in <period> from
  $Z a year earlier": a gap's own verbs ("widened", "narrowed", "shrank") make "it" the
  figure just named, as "rose" does; a balance read off "it" keeps the sign the story
  gave it ("In 2023 it stood at $Y" after a deficit is a deficit);
- ``goods-and-services-balance``: "a deficit of $X on the balance of goods and services",
  "the goods and services deficit": a balance of all trade (goods with services), which a
  services or current-account sentence before it does not make that other balance's; a
  services or invisibles deficit alone still is none;
- ``comparative-balance``: "a smaller surplus of X", "a wider gap of Y", "a sharply lower
  deficit": a comparative before a balance word tells its size, not a product; "lower
  grades of paper" still are a product;
- ``year-ago-of-no-period``: "Imports dropped to $X from $Y a year ago" where X's period
  is not one a reader can determine (a split fiscal year of unstated calendar, or none):
  Y's is X's a year before, so neither is a record; the year before publication is not
  Y's period;
- ``own-total-sentence``: "Imports totalled $Y, so the foreign trade turnover of the country
  amounted to $Z": a sentence that sums up the state's own trade ("the country's foreign
  trade", "the total trade of the nation") is the state's, its bare flows before the total
  too, not the pair's the story told before; a bare flow in a sentence of no own total
  still is the pair's;
- near misses that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- dated-partner-role: a dated role sentence names the pair and its reporter
    (
        "dated-partner-role",
        "became-the-nth-partner-in-a-quarter-then-the-country-s-own-trade",
        None,
        "Peru became Chile's fourth largest trading partner in the first half of 2023, the "
        "customs service said.\n\nTrade between the two countries reached $820 million in "
        "January-June. The country's foreign trade turnover came to $61 billion over the "
        "period.",
        D(2023, 7, 25),
        [
            ("CHL", "PER", "turnover", 820_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("CHL", None, "turnover", 61_000_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "dated-partner-role",
        "remained-one-of-the-main-partners-in-a-year-then-from-this-country",
        None,
        "In 2022, Vietnam remained one of Mongolia's main trade partners. Imports made up most "
        "of the trade last year: Mongolia bought goods worth $95 million from this country, "
        "while its exports there came to $12 million.",
        D(2023, 2, 10),
        [
            ("MNG", "VNM", "import", 95_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("MNG", "VNM", "export", 12_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "dated-partner-role",
        "is-the-largest-partner-of-in-nine-months-then-the-country-s-exports",
        None,
        "Kenya is the largest trade partner of Uganda in January-September 2024, official data "
        "show. Trade between the two countries reached $1.1 billion in January-September. The "
        "country's exports totalled $3.4 billion in January-September.",
        D(2024, 10, 30),
        [
            ("UGA", "KEN", "turnover", 1_100_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("UGA", None, "export", 3_400_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    # --- whose-clause-owner: "B, whose trade with A ...": the clause's trade is B's
    (
        "whose-clause-owner",
        "ranked-second-behind-a-state-whose-trade-with-the-owner-then-a-list",
        None,
        "Armenia's trade with Georgia reached $1.2 billion in 2023. Georgia ranked second "
        "among Armenia's partners, behind Iran, whose trade with Armenia totalled $410 "
        "million in 2023. France ($300 million) and India ($250 million) followed.",
        D(2024, 3, 1),
        [
            ("ARM", "GEO", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "IRN", "turnover", 410_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "FRA", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "IND", "turnover", 250_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "whose-clause-owner",
        "ranked-fourth-behind-a-state-whose-bilateral-trade-with-another",
        None,
        "Uruguay ranked fourth, behind Argentina, whose bilateral trade with Chile reached "
        "$7.5 billion in 2023.",
        D(2024, 3, 1),
        [("ARG", "CHL", "turnover", 7_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "whose-clause-owner",
        "came-third-after-a-state-whose-foreign-trade-with-another-stood-at",
        None,
        "In 2022 Kazakhstan came third after Russia, whose foreign trade with Mongolia stood "
        "at $2.1 billion over the year.",
        D(2023, 3, 1),
        [("RUS", "MNG", "turnover", 2_100_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "whose-clause-owner",
        "exports-to-a-state-whose-imports-totalled-are-that-state-s-own",
        None,
        "Kenya exported tea to Egypt, whose imports totalled $90 billion in 2023.",
        D(2024, 3, 1),
        [("EGY", None, "import", 90_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "a-whose-clause-on-no-trade-leaves-the-pair-s-figure",
        None,
        "Kenya's trade with Egypt, whose economy is larger, stood at $800 million in 2023.",
        D(2024, 3, 1),
        [("KEN", "EGY", "turnover", 800_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- respective-partners: "B and C ..., with X and Y, respectively"
    (
        "respective-partners",
        "two-states-stayed-the-leading-partners-with-two-amounts-respectively",
        None,
        "Georgia's trade with Armenia came to $700 million in 2022. Turkiye and Russia stayed "
        "the leading trade partners, with $1.9 billion and $1.6 billion, respectively.",
        D(2024, 3, 1),
        [
            ("GEO", "ARM", "turnover", 700_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GEO", "TUR", "turnover", 1_900_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GEO", "RUS", "turnover", 1_600_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "respective-partners",
        "three-partners-led-with-three-amounts-respectively",
        None,
        "Kenya's trade with Uganda reached $1.1 billion in 2023. Among its partners, China, "
        "India and the UAE led, with $3.2 billion, $2.4 billion and $1.8 billion respectively.",
        D(2024, 3, 1),
        [
            ("KEN", "UGA", "turnover", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "CHN", "turnover", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "IND", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "ARE", "turnover", 1_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "respective-partners",
        "an-owner-s-biggest-partners-with-two-amounts-respectively",
        None,
        "Exports to Chile came to $500 million in 2021, Peru's customs said. Brazil and "
        "Argentina were Peru's biggest trade partners with $4.5 billion and $2.2 billion, "
        "respectively.",
        D(2022, 3, 1),
        [
            ("PER", "CHL", "export", 500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "BRA", "turnover", 4_500_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "ARG", "turnover", 2_200_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "near-miss",
        "one-top-partner-with-one-amount-ahead-of-another-state",
        None,
        "Chile's trade with Peru reached $900 million in 2023. China remained the top trading "
        "partner, with $2.48 billion, ahead of the United States.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "turnover", 900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 2_480_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "flows-listed-respectively-are-no-partners",
        None,
        "Chile's exports and imports reached $95 billion and $80 billion, respectively, in 2023.",
        D(2024, 3, 1),
        [
            ("CHL", None, "export", 95_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "import", 80_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- between-first-carries: "between A and B ..., while trade with C": A's with C
    (
        "between-first-carries",
        "between-a-pair-while-trade-with-a-third-after-naming-the-second-s-capital",
        None,
        "The minister left for Lima. Trade turnover between Chile and Peru amounted to $19 "
        "million in 2021, while trade with Bolivia stood at $4.6 billion.",
        D(2022, 3, 1),
        [
            ("CHL", "PER", "turnover", 19_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("CHL", "BOL", "turnover", 4_600_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "between-first-carries",
        "between-a-pair-whereas-trade-with-a-state-named-before",
        None,
        "Kenya's president flew to Kampala on Monday. Trade between Tanzania and Uganda "
        "reached $310 million in 2023, whereas trade with Kenya came to $95 million.",
        D(2024, 3, 1),
        [
            ("TZA", "UGA", "turnover", 310_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TZA", "KEN", "turnover", 95_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "between-first-carries",
        "between-a-pair-and-turnover-with-a-third-after-the-host",
        None,
        "Vietnam hosted the talks. Trade between Mongolia and Vietnam totalled $150 million "
        "last year, and turnover with Laos was $12 million.",
        D(2022, 3, 1),
        [
            ("MNG", "VNM", "turnover", 150_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("MNG", "LAO", "turnover", 12_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "near-miss",
        "between-a-pair-while-the-second-s-own-trade-with-a-third",
        None,
        "The minister left for Lima. Trade turnover between Chile and Peru amounted to $19 "
        "million in 2021, while Peru's trade with Bolivia stood at $4.6 billion.",
        D(2022, 3, 1),
        [
            ("CHL", "PER", "turnover", 19_000_000, "USD", "2021-01-01", "2021-12-31", False),
            ("PER", "BOL", "turnover", 4_600_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    # --- gap-verb-anaphor: "It widened to $Y": the last balance, with its sign
    (
        "gap-verb-anaphor",
        "a-deficit-then-it-widened-in-a-quarter-from-a-year-earlier",
        None,
        "Chile's trade deficit with Peru rose to $1.2 billion last year. It widened to $400 "
        "million in the first quarter from $300 million a year earlier.",
        D(1987, 4, 11),
        [
            ("CHL", "PER", "balance", -1_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("CHL", "PER", "balance", -400_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("CHL", "PER", "balance", -300_000_000, "USD", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "gap-verb-anaphor",
        "a-surplus-then-in-a-half-it-narrowed",
        None,
        "Kenya's trade surplus with Uganda reached $800 million in 2023. In the first half of "
        "2024 it narrowed to $350 million.",
        D(2024, 8, 1),
        [
            ("KEN", "UGA", "balance", 800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "UGA", "balance", 350_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "gap-verb-anaphor",
        "a-world-deficit-then-it-shrank",
        None,
        "Ghana's trade deficit hit $2.5 billion in 2022. It shrank to $1.1 billion in 2023, the "
        "central bank said.",
        D(2024, 3, 1),
        [
            ("GHA", None, "balance", -2_500_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "balance", -1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "gap-verb-anaphor",
        "a-deficit-then-it-stood-at-keeps-the-sign",
        None,
        "Ghana's trade deficit hit $2.5 billion in 2022. In 2023 it stood at $1.1 billion.",
        D(2024, 3, 1),
        [
            ("GHA", None, "balance", -2_500_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "balance", -1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-services-gap-that-widened-is-no-anaphor",
        None,
        "Ghana's trade deficit hit $2.5 billion in 2022. The gap in services widened to $1.1 "
        "billion in 2023.",
        D(2024, 3, 1),
        [("GHA", None, "balance", -2_500_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "near-miss",
        "a-deficit-then-it-was-a-surplus-takes-the-new-sign",
        None,
        "Ghana's trade balance showed a deficit of $2.5 billion in 2022. In 2023 it was a "
        "surplus of $1.1 billion.",
        D(2024, 3, 1),
        [
            ("GHA", None, "balance", -2_500_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", None, "balance", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- goods-and-services-balance: the balance of goods and services is trade's
    (
        "goods-and-services-balance",
        "a-surplus-on-the-balance-of-goods-and-services-after-a-services-deficit",
        None,
        "Norway's trade surplus rose to 8.1 billion crowns in May. The services deficit "
        "widened to 2.3 billion crowns. That left a surplus of 5.8 billion crowns on the "
        "balance of goods and services in May.",
        D(1987, 6, 20),
        [
            ("NOR", None, "balance", 8_100_000_000, "NOK", "1987-05-01", "1987-05-31", False),
            ("NOR", None, "balance", 5_800_000_000, "NOK", "1987-05-01", "1987-05-31", False),
        ],
    ),
    (
        "goods-and-services-balance",
        "the-goods-and-services-deficit-after-a-current-account-deficit",
        None,
        "Denmark's merchandise trade showed a surplus of 1.2 billion crowns in April. The "
        "current account deficit was 600 mln crowns. The goods and services deficit stood at "
        "300 mln crowns in April.",
        D(1987, 6, 20),
        [
            ("DNK", None, "balance", 1_200_000_000, "DKK", "1987-04-01", "1987-04-30", False),
            ("DNK", None, "balance", -300_000_000, "DKK", "1987-04-01", "1987-04-30", False),
        ],
    ),
    (
        "goods-and-services-balance",
        "a-deficit-on-the-balance-of-goods-and-services-after-a-services-sentence",
        None,
        "Australia's merchandise trade recorded a 42 mln dlr surplus in February. The net "
        "services deficit narrowed to 146 mln dlrs. There was a deficit of 97 mln dlrs on the "
        "balance of goods and services in February.",
        D(1987, 3, 17),
        [
            ("AUS", None, "balance", 42_000_000, "USD", "1987-02-01", "1987-02-28", False),
            ("AUS", None, "balance", -97_000_000, "USD", "1987-02-01", "1987-02-28", False),
        ],
    ),
    (
        "near-miss",
        "an-invisibles-deficit-after-a-services-deficit-is-none",
        None,
        "Norway's trade surplus rose to 8.1 billion crowns in May. The services deficit "
        "widened to 2.3 billion crowns. The invisibles deficit was 1.1 billion crowns in May.",
        D(1987, 6, 20),
        [("NOR", None, "balance", 8_100_000_000, "NOK", "1987-05-01", "1987-05-31", False)],
    ),
    # --- comparative-balance: "a smaller surplus", "a wider gap" are sizes, not products
    (
        "comparative-balance",
        "against-a-slightly-smaller-surplus-in-the-month-before",
        None,
        "Sweden's trade showed a surplus of 2.1 billion crowns in March, against a slightly "
        "smaller surplus of 1.9 billion crowns in February.",
        D(1987, 4, 20),
        [
            ("SWE", None, "balance", 2_100_000_000, "SEK", "1987-03-01", "1987-03-31", False),
            ("SWE", None, "balance", 1_900_000_000, "SEK", "1987-02-01", "1987-02-28", False),
        ],
    ),
    (
        "comparative-balance",
        "posted-a-larger-deficit",
        None,
        "Finland posted a larger deficit of 900 mln markkaa in June, the customs board said.",
        D(1987, 7, 20),
        [("FIN", None, "balance", -900_000_000, "FIM", "1987-06-01", "1987-06-30", False)],
    ),
    (
        "comparative-balance",
        "after-a-wider-gap-in-the-month-before",
        None,
        "Austria's trade gap was 4.2 billion schillings in May, after a wider gap of 5.0 "
        "billion schillings in April.",
        D(1987, 6, 20),
        [
            ("AUT", None, "balance", -4_200_000_000, "ATS", "1987-05-01", "1987-05-31", False),
            ("AUT", None, "balance", -5_000_000_000, "ATS", "1987-04-01", "1987-04-30", False),
        ],
    ),
    (
        "near-miss",
        "exports-of-lower-grades-of-a-product-are-none",
        None,
        "Finland's exports of lower grades of paper fell to 400 mln markkaa in June.",
        D(1987, 7, 20),
        [],
    ),
    # --- year-ago-of-no-period: "from Y a year ago" after an X with no period is none
    (
        "year-ago-of-no-period",
        "after-a-split-fiscal-year-dropped-from-a-year-ago",
        None,
        "Ghana's exports to Togo fell to $2.5 billion in FY2022-23. Imports from Togo dropped "
        "to $1.1 billion from $1.6 billion a year ago.",
        D(2023, 8, 1),
        [],
    ),
    (
        "year-ago-of-no-period",
        "after-a-fiscal-year-of-unstated-calendar-from-a-year-earlier",
        None,
        "Nepal's exports to India fell to $900 million in fiscal year 2022-23. Imports from "
        "India dropped to $13 billion from $15 billion a year earlier, as curbs hit.",
        D(2023, 8, 1),
        [],
    ),
    (
        "year-ago-of-no-period",
        "no-period-at-all-then-from-a-year-earlier",
        None,
        "Kenya's imports from China dropped to $3.1 billion from $3.6 billion a year earlier.",
        D(2023, 8, 1),
        [],
    ),
    (
        "near-miss",
        "a-year-then-from-a-year-earlier-is-the-year-before",
        None,
        "Kenya's imports from China dropped to $3.1 billion in 2022 from $3.6 billion a year "
        "earlier.",
        D(2023, 8, 1),
        [
            ("KEN", "CHN", "import", 3_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("KEN", "CHN", "import", 3_600_000_000, "USD", "2021-01-01", "2021-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-month-then-from-a-year-earlier-is-that-month-a-year-before",
        None,
        "Ghana's trade surplus narrowed to $300 million in June from $500 million a year earlier.",
        D(2023, 8, 1),
        [
            ("GHA", None, "balance", 300_000_000, "USD", "2023-06-01", "2023-06-30", False),
            ("GHA", None, "balance", 500_000_000, "USD", "2022-06-01", "2022-06-30", False),
        ],
    ),
    # --- own-total-sentence: a sentence summing up the state's trade is all its own
    (
        "own-total-sentence",
        "imports-so-the-foreign-trade-turnover-of-the-country-after-a-pair",
        None,
        "Chile's exports to Peru reached $410 million in 2023. Imports totalled $29.9 billion "
        "in 2023, so the foreign trade turnover of the country amounted to $49.7 billion.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "export", 410_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "import", 29_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "turnover", 49_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "own-total-sentence",
        "exports-bringing-the-country-s-foreign-trade-after-a-pair",
        None,
        "Ghana's imports from Togo came to $80 million in the first half of 2024. Exports "
        "stood at $9.1 billion in the first half, bringing the country's foreign trade to "
        "$17.4 billion.",
        D(2024, 8, 1),
        [
            ("GHA", "TGO", "import", 80_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GHA", None, "export", 9_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GHA", None, "turnover", 17_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "own-total-sentence",
        "imports-and-the-total-trade-of-the-nation-after-a-pair",
        None,
        "Mongolia's exports to Laos were $6 million in 2022. Imports reached $8.7 billion in "
        "2022, and the total trade of the nation came to $21.2 billion.",
        D(2023, 3, 1),
        [
            ("MNG", "LAO", "export", 6_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("MNG", None, "import", 8_700_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("MNG", None, "turnover", 21_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-bare-flow-with-no-own-total-stays-the-pair-s",
        None,
        "Chile's exports to Peru reached $410 million in 2023. Imports came to $300 million in "
        "2023.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "export", 410_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PER", "import", 300_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-bound-with-its-period-then-a-year-earlier-keeps-the-earlier-level",
        None,
        "Ghana's exports rose to more than $9 billion in the first half of 2024, compared "
        "with $8.2 billion a year earlier.",
        D(2024, 8, 1),
        [("GHA", None, "export", 8_200_000_000, "USD", "2023-01-01", "2023-06-30", False)],
    ),
    (
        "near-miss",
        "a-role-sentence-with-an-amount-is-the-figure-s-own",
        None,
        "Peru became Chile's fourth largest trading partner in 2023, with trade of $3.2 billion.",
        D(2024, 2, 1),
        [("CHL", "PER", "turnover", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "a-dated-role-sentence-of-one-state-only-names-no-pair",
        None,
        "Bolivia's foreign trade turnover reached $22 billion in 2023. Bolivia became a major "
        "trade partner in the region in 2023.",
        D(2024, 2, 1),
        [("BOL", None, "turnover", 22_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_l_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
