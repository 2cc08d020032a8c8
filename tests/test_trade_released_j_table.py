"""Trade error classes read on the released pages j1-j30 and corpus blind 12, as a table.

Every row is a short page (an optional headline, a body of a few sentences and a
publication day) written for diplonews with invented figures, in the style of the
region's outlets and of the wire agencies, and the trade records a reader of
spec/EXTRACTION.md gives it. The classes are the ways of writing a trade figure that the
errors of the released pages showed the library misread; no row repeats a sentence, a
name pairing or a figure of those pages:

- ``share-aside-in-list``: "B was the main supplier at $X, or 34% of all purchases, ahead of
  C ($Y) and D ($Z)": the share's money noun after the leader's amount is no frame of the
  items that follow; they keep the list's flow;
- ``lead-with-a-share``: "B continued to lead the list of A's trading partners with a share
  of 33%, or $X": "lead" ranks as "led" does, and an amount restating the leader's share
  is its figure; the partners that follow take the list's role ("trading partners" is
  turnover), not the flow of the last figure;
- ``ranked-role-participle``: "B remained the single largest export destination, absorbing
  goods worth $X": a participle of receipt or supply ("absorbing", "buying", "shipping")
  gives the ranked subject its figure as "taking" did; the role noun gives the flow;
- ``figure-goal``: a goal or forecast said of "the figure" itself ("the figure should be
  lifted to $X by 2026", "officials expect the annual figure for 2023 to be around $X", "the
  figure could climb to $X next year") is a target in the frame of the figure just named;
  after the state's own totals, a sentence that returns to "bilateral trade" (its amount no
  record) is that frame;
- ``with-which-role-owner``: "B remained A's second largest partner after C, with which trade
  came to $X": the role's owner A is the one trading with C, not the subject B;
- ``quote-attribution``: '"..., and the target of $X for 2026 is achievable," said the
  minister, who co-chairs the commission with B's minister': the words after a closed and
  attributed quotation name no partner of the quotation's figures;
- ``two-states-headline``: under a headline naming two states, "the two countries" (or "both
  countries") of a sentence returning to bilateral trade are the headline's two, not the last
  pair a side remark named ("C, with which trade came to Y");
- ``bloc-after-state``: "The EU has been A's main partner; trade with the bloc was X": "the
  bloc" ("the union") is the last group named before it, a state named in between ("A's")
  notwithstanding;
- ``share-follows-level``: "trade with B amounted to X, accounting for more than half of
  the total": a share said of the amount after it leaves the amount a level (not "a third of
  the surplus, X, was accounted for by ...");
- ``period-adjective-turnover``: a later paragraph's "the quarterly (annual, half-year)
  turnover" in a story about a state's turnover is that turnover, as "the turnover" is; a
  firm's "annual turnover" is none;
- ``balance-with-pair``: a sentence naming one state's balance with another ("a reduction of
  A's trade deficit with B", no figure) makes them the story's pair, as "A's exports to B"
  already did: a balance after it with no owner of its own ("the deficit", "the shortfall,
  at X") is the pair's; "A's overall surplus" and "the surpluses of A and other nations
  which have trade gaps with B" are not;
- ``rank-after-amount``: "B, with $X, took third place" after a ranked partner: the amount
  set in commas is B's, its rank told after it, in the list's flow;
- ``same-period-last-fiscal-year``: "against $Y in the same period last fiscal year" (of the
  previous, the preceding financial year) is the compared months a year before, as "the
  same period last year" is; "last fiscal year" alone, in a story that states no fiscal
  calendar, stays no period;
- ``fiscal-year-closes``: "the fiscal year ends (closes) in June (on June 30)" states the
  article's fiscal calendar, as "begins in July" does; a goal "before the current fiscal year
  closes" is for that fiscal year;
- near misses that must stay as they are.

Records are compared as the scorer pairs them (see ``tests/test_tradeframes_table.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import (
    Row,
    TableRow,
    assert_table_shape,
    option_params,
    scored,
    table_params,
    trade_rows,
)

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- share-aside-in-list: a share's noun after the leader's amount frames no item
    (
        "share-aside-in-list",
        "a-supplier-at-an-amount-or-a-share-of-all-purchases-ahead-of-two-in-brackets",
        None,
        "Armenia's imports totalled $5.6 billion in the first half of 2024. Russia was the main "
        "supplier at $1.9 billion, or 34 percent of all purchases, ahead of China ($0.9 "
        "billion) and Iran ($0.4 billion).",
        D(2024, 8, 20),
        [
            ("ARM", None, "import", 5_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("ARM", "RUS", "import", 1_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("ARM", "CHN", "import", 900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("ARM", "IRN", "import", 400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "share-aside-in-list",
        "a-top-buyer-with-an-amount-or-a-percentage-of-total-sales-followed-by-one",
        None,
        "Mongolia's exports came to $7.8 billion in 2023. China remained the top buyer with "
        "$6.1 billion, or 78% of total sales abroad, followed by Switzerland ($0.6 billion).",
        D(2024, 2, 9),
        [
            ("MNG", None, "export", 7_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "CHN", "export", 6_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "CHE", "export", 600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "share-aside-in-list",
        "a-leading-supplier-or-per-cent-of-its-purchases-ahead-of-two",
        None,
        "Peru's imports reached $41 billion in 2023. The United States was the leading "
        "supplier at $9.2 billion, or 22 per cent of its purchases, ahead of Brazil ($2.6 "
        "billion) and Chile ($1.9 billion).",
        D(2024, 2, 20),
        [
            ("PER", None, "import", 41_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "USA", "import", 9_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "BRA", "import", 2_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "import", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-product-s-share-of-all-sales-gives-no-record",
        None,
        "Chile's exports reached $9 billion in 2023. Copper shipments were $4 billion, or 44 "
        "percent of all sales, while lithium sales came to $1 billion.",
        D(2024, 2, 20),
        [("CHL", None, "export", 9_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- lead-with-a-share: "lead the list ... with a share of N%, or X"
    (
        "lead-with-a-share",
        "continued-to-lead-the-list-of-partners-with-a-share-then-followed-by-two",
        None,
        "Kyrgyzstan's foreign trade turnover reached $6.2 billion in January-June 2024. Exports "
        "were $1.1 billion and imports $5.1 billion. China continued to lead the list of the "
        "country's trading partners with a share of 33 percent, or $2.0 billion. It was "
        "followed by Russia with $1.4 billion and Kazakhstan with $0.6 billion.",
        D(2024, 7, 30),
        [
            ("KGZ", None, "turnover", 6_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", None, "export", 1_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", None, "import", 5_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", "CHN", "turnover", 2_000_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", "RUS", "turnover", 1_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", "KAZ", "turnover", 600_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "lead-with-a-share",
        "leads-the-ranking-of-export-markets-with-a-share-or-an-amount-ahead-of-one",
        None,
        "Chile's exports totalled $95 billion in 2023. China leads the ranking of the country's "
        "export markets with a share of 39%, or $37 billion, ahead of the United States ($15 "
        "billion).",
        D(2024, 3, 1),
        [
            ("CHL", None, "export", 95_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "export", 37_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "USA", "export", 15_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "lead-with-a-share",
        "among-its-trading-partners-one-leads-with-a-share-followed-by-another",
        None,
        "Georgia's foreign trade reached $20 billion in 2023. Among its trading partners, "
        "Turkey leads with a share of 15 percent, or $3 billion, followed by Russia with $2.5 "
        "billion.",
        D(2024, 1, 25),
        [
            ("GEO", None, "turnover", 20_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "TUR", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "RUS", "turnover", 2_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-leader-with-a-share-only-gives-no-record",
        None,
        "Georgia's foreign trade reached $20 billion in 2023. Turkey continued to lead the list "
        "of the country's trading partners with a share of 15 percent.",
        D(2024, 1, 25),
        [("GEO", None, "turnover", 20_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- ranked-role-participle: "the largest destination, absorbing goods worth X"
    (
        "ranked-role-participle",
        "the-single-largest-export-destination-absorbing-goods-worth-then-followed-by",
        None,
        "Peru's exports reached $60 billion in 2023. China remained the single largest export "
        "destination, absorbing goods worth $21bn, followed by the United States at $8bn.",
        D(2024, 2, 14),
        [
            ("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHN", "export", 21_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "USA", "export", 8_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-role-participle",
        "the-biggest-supplier-shipping-goods-worth-ahead-of-one-in-brackets",
        None,
        "Ghana's imports came to $14 billion in 2023. China was the biggest supplier, shipping "
        "goods worth $3.5 billion, ahead of India ($1.2 billion).",
        D(2024, 4, 2),
        [
            ("GHA", None, "import", 14_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "CHN", "import", 3_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "IND", "import", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-role-participle",
        "the-top-market-buying-the-state-s-goods-worth",
        None,
        "Kenya's exports were $7.2 billion in 2023. Uganda stayed the top market, buying Kenyan "
        "goods worth $0.9 billion.",
        D(2024, 5, 6),
        [
            ("KEN", None, "export", 7_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "UGA", "export", 900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-firm-as-the-largest-supplier-of-a-product-shipping-goods-worth-is-no-record",
        None,
        "Peru's imports came to $44 billion in 2023. A Chinese firm remained the largest "
        "supplier of phones, shipping goods worth $2 billion.",
        D(2024, 2, 14),
        [("PER", None, "import", 44_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- figure-goal: a goal or forecast said of "the figure"
    (
        "figure-goal",
        "the-figure-should-be-lifted-to-an-amount-by-a-year",
        None,
        "Trade between Chile and Peru stood at $4.1 billion in 2022. The presidents agreed that "
        "the figure should be lifted to $6 billion by 2026.",
        D(2023, 3, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("CHL", "PER", "turnover", 6_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "figure-goal",
        "the-figure-could-climb-to-an-amount-next-year",
        None,
        "Kenya's imports from India came to $2.9 billion in 2023. Officials said the figure "
        "could climb to $3.5 billion next year.",
        D(2024, 2, 1),
        [
            ("KEN", "IND", "import", 2_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "IND", "import", 3_500_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "figure-goal",
        "expect-the-annual-figure-after-a-bilateral-goal-with-no-period",
        None,
        "Trade between Chile and Peru reached $4.1 billion in January-September 2023. Chile's "
        "overall foreign trade for the period came to $70 billion. The leaders agreed to raise "
        "bilateral trade to $8 billion. Officials expect the annual figure for 2023 to be "
        "around $5.5 billion.",
        D(2023, 11, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", None, "turnover", 70_000_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", "PER", "turnover", 5_500_000_000, "USD", "2023-01-01", "2023-12-31", True),
        ],
    ),
    (
        "near-miss",
        "the-figure-should-be-read-with-care-is-no-goal",
        None,
        "Ghana's exports reached $12 billion in 2023. The figure should be read with care, "
        "officials said.",
        D(2024, 3, 1),
        [("GHA", None, "export", 12_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- with-which-role-owner: "B remained A's partner after C, with which trade came to X"
    (
        "with-which-role-owner",
        "second-largest-trading-partner-after-a-state-with-which-trade-came-to",
        None,
        "Trade between Chile and Peru reached $4.1 billion in 2023. Peru thus remained Chile's "
        "second largest trading partner after China, with which trade came to $17 billion over "
        "the same period.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "with-which-role-owner",
        "third-biggest-market-behind-a-state-with-which-trade-reached",
        None,
        "Ghana's exports rose to $17 billion in 2023. Togo ranked as Ghana's third biggest "
        "market behind India, with which trade reached $2.2 billion.",
        D(2024, 3, 1),
        [
            ("GHA", None, "export", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "IND", "turnover", 2_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "with-which-role-owner",
        "fourth-partner-after-a-state-with-which-turnover-totalled",
        None,
        "Armenia's trade with Iran was $0.7 billion in 2023. Iran stays Armenia's fourth partner "
        "after Russia, with which turnover totalled $7.3 billion.",
        D(2024, 3, 1),
        [
            ("ARM", "IRN", "turnover", 700_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "RUS", "turnover", 7_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "with-which-after-the-state-s-own-trade-keeps-its-owner",
        None,
        "Peru's exports reached $60 billion in 2023. Its trade with Brazil, with which it has a "
        "customs pact, came to $5 billion.",
        D(2024, 3, 1),
        [
            ("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "BRA", "turnover", 5_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- quote-attribution: the words after a closed, attributed quotation name no partner
    (
        "quote-attribution",
        "a-goal-in-a-quote-then-said-the-minister-who-co-chairs-with-the-host-s-deputy",
        None,
        'LIMA, June 20. Trade between Chile and Peru reached $4.1 billion in 2023. "In '
        "January-May, the turnover reached $1.9 billion, and the goal of $5 billion set by the "
        'two presidents for 2026 is within reach," said the minister, who co-chairs the '
        "commission with Peruvian Deputy Minister Ana Ruiz.",
        D(2024, 6, 20),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PER", "turnover", 1_900_000_000, "USD", "2024-01-01", "2024-05-31", False),
            ("CHL", "PER", "turnover", 5_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "quote-attribution",
        "a-target-in-a-quote-then-the-minister-said-after-a-meeting-with-the-host-s-officials",
        None,
        'ACCRA, Aug 2. Trade between Ghana and Nigeria reached $3 billion in 2023. "Over the '
        "first half, the turnover stood at $1.6 billion, and the target of $5 billion agreed "
        'for 2027 remains realistic," the minister said after a meeting with Ghanaian '
        "officials.",
        D(2024, 8, 2),
        [
            ("GHA", "NGA", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 1_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GHA", "NGA", "turnover", 5_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "quote-attribution",
        "a-target-in-a-quote-then-said-the-envoy-who-met-with-a-third-state-s-officials",
        None,
        'Trade between Ghana and Nigeria reached $3 billion in 2023. "In the first half, the '
        'turnover stood at $1.6 billion, and the target of $4 billion for 2026 is achievable," '
        "said the envoy, who met with Togolese officials.",
        D(2024, 8, 2),
        [
            ("GHA", "NGA", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 1_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GHA", "NGA", "turnover", 4_000_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "near-miss",
        "a-partner-named-inside-the-quotation-stays-its-figure-s",
        None,
        'Trade between Ghana and Nigeria reached $3 billion in 2023. "Trade with Togo came to '
        '$0.4 billion," said the minister.',
        D(2024, 3, 1),
        [
            ("GHA", "NGA", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "turnover", 400_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- two-states-headline: "the two countries" under a two-state headline are its two
    (
        "two-states-headline",
        "the-presidents-of-the-two-countries-after-a-with-which-remark-and-a-world-total",
        "Chile-Peru trade up 8% in 2023",
        "Trade between Chile and Peru reached $4.1 billion in 2023. Peru remained Chile's "
        "second largest trading partner after China, with which trade came to $17 billion. "
        "Chile's overall foreign trade reached $150 billion. The presidents of the two "
        "countries want to raise bilateral trade to $6 billion. Officials expect the annual "
        "figure for 2024 to be around $4.5 billion.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "turnover", 150_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "PER", "turnover", 4_500_000_000, "USD", "2024-01-01", "2024-12-31", True),
        ],
    ),
    (
        "two-states-headline",
        "both-countries-agreed-to-double-bilateral-trade-then-the-figure-should-rise",
        "Ghana, Nigeria trade reaches $3 bln",
        "Trade between Ghana and Nigeria reached $3 billion in 2023. Trade with China, with "
        "which Ghana signed a pact, came to $11 billion. Ghana's total trade stood at $38 "
        "billion. Both countries agreed to double bilateral trade. Officials said the figure "
        "should rise to $3.6 billion in 2024.",
        D(2024, 3, 1),
        [
            ("GHA", "NGA", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "CHN", "turnover", 11_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", None, "turnover", 38_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 3_600_000_000, "USD", "2024-01-01", "2024-12-31", True),
        ],
    ),
    (
        "two-states-headline",
        "the-two-states-aim-to-grow-bilateral-trade-then-the-figure-is-expected-to-reach",
        "Kenya-Uganda trade grows",
        "Kenya's trade with Uganda reached $1.2 billion in 2023. Trade with Tanzania, with which "
        "Kenya shares a lake, came to $0.6 billion. Overall, Kenya's trade came to $25 billion. "
        "The two states aim to grow bilateral trade to $2 billion. The figure is expected to "
        "reach $1.4 billion in 2024.",
        D(2024, 3, 1),
        [
            ("KEN", "UGA", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "TZA", "turnover", 600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", None, "turnover", 25_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "UGA", "turnover", 1_400_000_000, "USD", "2024-01-01", "2024-12-31", True),
        ],
    ),
    (
        "near-miss",
        "a-sentence-naming-the-side-remark-s-pair-keeps-it",
        "Chile-Peru trade up 8% in 2023",
        "Trade between Chile and Peru reached $4.1 billion in 2023. Peru remained Chile's "
        "second largest trading partner after China, with which trade came to $17 billion. "
        "Chile's overall foreign trade reached $150 billion. Chile and China want to raise "
        "bilateral trade to $25 billion. Officials expect the annual figure for 2024 to be "
        "around $18 billion.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "turnover", 150_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 18_000_000_000, "USD", "2024-01-01", "2024-12-31", True),
        ],
    ),
    # --- bloc-after-state: "the bloc" is the last group named, a state in between or not
    (
        "bloc-after-state",
        "the-eu-has-been-the-state-s-main-partner-then-trade-with-the-bloc",
        None,
        "The EU has been Chile's main trading partner for years; in 2023, trade with the bloc "
        "amounted to $38 billion.",
        D(2024, 3, 1),
        [("CHL", "EU", "turnover", 38_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "bloc-after-state",
        "exports-to-the-union-after-the-group-and-the-state-s-possessive",
        None,
        "The EAEU takes a growing part of Armenia's trade, and Armenia's exports to the union "
        "reached $3.1 billion in 2023.",
        D(2024, 3, 1),
        [("ARM", "EAEU", "export", 3_100_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "bloc-after-state",
        "ties-between-a-group-and-a-state-then-imports-from-the-bloc",
        None,
        "Ties between ASEAN and Peru deepened in 2023, when Peru's imports from the bloc rose "
        "to $5.5 billion.",
        D(2024, 3, 1),
        [("PER", "ASEAN", "import", 5_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "the-bloc-with-no-group-named-is-no-partner",
        None,
        "Chile's trade with the bloc reached $5 billion in 2023.",
        D(2024, 3, 1),
        [("CHL", None, "turnover", 5_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- share-follows-level: "X, accounting for N% of the total" keeps X a level
    (
        "share-follows-level",
        "trade-reached-an-amount-accounting-for-a-percentage-of-the-total",
        None,
        "In 2023, Chile's trade with Peru reached $4.2 billion, accounting for 3 percent of the "
        "country's total trade.",
        D(2024, 3, 1),
        [("CHL", "PER", "turnover", 4_200_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "share-follows-level",
        "exports-came-to-an-amount-accounting-for-about-a-fifth",
        None,
        "Last year Ghana's exports to India came to $3.5 billion, accounting for about a fifth "
        "of all its exports.",
        D(2024, 3, 1),
        [("GHA", "IND", "export", 3_500_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "share-follows-level",
        "imports-stood-at-an-amount-accounting-for-more-than-half",
        None,
        "Kenya's imports from China in 2023 stood at $3.9 billion, accounting for more than half "
        "of the total.",
        D(2024, 3, 1),
        [("KEN", "CHN", "import", 3_900_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "a-part-of-the-surplus-accounted-for-by-trade-with-a-state-stays-no-record",
        None,
        "Chile's trade surplus was $3 billion in 2021. A third of the surplus, $1 billion, was "
        "accounted for by trade with Peru.",
        D(2022, 3, 1),
        [("CHL", None, "balance", 3_000_000_000, "USD", "2021-01-01", "2021-12-31", False)],
    ),
    (
        "near-miss",
        "a-product-s-sales-accounting-for-a-third-stay-no-record",
        None,
        "Peru's exports reached $60 billion in 2023. Copper sales abroad were $20 billion, "
        "accounting for a third of the total.",
        D(2024, 3, 1),
        [("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- period-adjective-turnover: "the quarterly turnover" in a later paragraph
    (
        "period-adjective-turnover",
        "the-quarterly-turnover-in-national-currency-a-paragraph-later",
        None,
        "The foreign trade turnover of Uzbekistan in the first quarter of 2025 amounted to "
        "$15.8 billion.\n\nIn national currency terms, the quarterly turnover was equivalent "
        "to 201.5 trillion sum.",
        D(2025, 4, 20),
        [
            ("UZB", None, "turnover", 15_800_000_000, "USD", "2025-01-01", "2025-03-31", False),
            (
                "UZB",
                None,
                "turnover",
                201_500_000_000_000,
                "UZS",
                "2025-01-01",
                "2025-03-31",
                False,
            ),
        ],
    ),
    (
        "period-adjective-turnover",
        "the-annual-turnover-in-tenge-a-paragraph-later",
        None,
        "Kazakhstan's foreign trade turnover in 2023 reached $139 billion.\n\nIn tenge terms, "
        "the annual turnover came to 63 trillion tenge.",
        D(2024, 2, 10),
        [
            ("KAZ", None, "turnover", 139_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            (
                "KAZ",
                None,
                "turnover",
                63_000_000_000_000,
                "KZT",
                "2023-01-01",
                "2023-12-31",
                False,
            ),
        ],
    ),
    (
        "period-adjective-turnover",
        "the-half-year-turnover-in-som-a-paragraph-later",
        None,
        "Kyrgyzstan's foreign trade turnover reached $6.1 billion in January-June 2024.\n\nIn "
        "national currency, the half-year turnover was 540 billion som.",
        D(2024, 8, 1),
        [
            ("KGZ", None, "turnover", 6_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KGZ", None, "turnover", 540_000_000_000, "KGS", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "near-miss",
        "a-firm-s-annual-turnover-a-paragraph-later-is-no-record",
        None,
        "Kazakhstan's foreign trade turnover in 2023 reached $139 billion.\n\nThe company said "
        "its annual turnover came to 63 billion tenge.",
        D(2024, 2, 10),
        [("KAZ", None, "turnover", 139_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- balance-with-pair: "A's trade deficit with B" (no figure) sets the story's pair
    (
        "balance-with-pair",
        "a-surplus-with-a-state-as-a-topic-then-the-surplus-was",
        None,
        "Chile's trade surplus with China is a recurrent topic in Santiago. The surplus was $12 "
        "billion in 2023, officials said.",
        D(2024, 3, 1),
        [("CHL", "CHN", "balance", 12_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "balance-with-pair",
        "a-cut-in-a-deficit-with-a-state-then-the-shortfall-at-two-amounts",
        None,
        "PARIS, March 20 - The minister said a cut in France's trade deficit with Japan depended "
        "on Tokyo. Asked about the shortfall, at 9.2 billion francs in 1986 against 8.1 billion "
        "in 1985, he declined to comment.",
        D(1987, 3, 20),
        [
            ("FRA", "JPN", "balance", -9_200_000_000, "FRF", "1986-01-01", "1986-12-31", False),
            ("FRA", "JPN", "balance", -8_100_000_000, "FRF", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "balance-with-pair",
        "a-deficit-with-a-state-worries-officials-then-the-deficit-widened",
        None,
        "Ghana's trade deficit with China worries officials in Accra. The deficit widened to "
        "$2.3 billion in 2023, the statistics office said.",
        D(2024, 3, 1),
        [("GHA", "CHN", "balance", -2_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "the-state-s-overall-surplus-after-its-surplus-with-a-state-is-its-own",
        None,
        "Chile's trade surplus with China is a recurrent topic in Santiago. Chile's overall "
        "trade surplus was $15 billion in 2023.",
        D(2024, 3, 1),
        [("CHL", None, "balance", 15_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "the-surpluses-of-several-nations-with-a-state-set-no-pair",
        None,
        "Lawmakers want cuts in the trade surpluses of Korea and other states that run wide trade "
        "gaps with Canada. Canada posted a record trade deficit of 150 billion dlrs last year.",
        D(1987, 4, 27),
        [("CAN", None, "balance", -150_000_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    # --- rank-after-amount: "B, with X, took third place"
    (
        "rank-after-amount",
        "with-an-amount-took-third-place-after-a-with-which-partner",
        None,
        "Trade between Chile and Peru reached $4.1 billion in 2023. Peru thus remained Chile's "
        "second largest trading partner after China, with which trade came to $17 billion over "
        "the same period. Brazil, with $9.4 billion, took third place.",
        D(2024, 3, 1),
        [
            ("CHL", "PER", "turnover", 4_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "CHN", "turnover", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", "BRA", "turnover", 9_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "rank-after-amount",
        "with-an-amount-came-second-after-the-largest-buyer",
        None,
        "Georgia's exports reached $6 billion in 2023. China was the largest buyer with $1.1 "
        "billion. Russia, with $0.7 billion, came second.",
        D(2024, 3, 1),
        [
            ("GEO", None, "export", 6_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "CHN", "export", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "RUS", "export", 700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "rank-after-amount",
        "with-about-an-amount-ranked-second-after-the-leading-supplier",
        None,
        "Peru's imports totalled $44 billion in 2023. China led the suppliers with $12 billion. "
        "The United States, with about $9 billion, ranked second.",
        D(2024, 3, 1),
        [
            ("PER", None, "import", 44_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHN", "import", 12_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "USA", "import", 9_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-state-with-a-population-in-commas-is-no-item",
        None,
        "Ghana's exports reached $17 billion in 2023. Nigeria, with a population of 220 million, "
        "is the region's largest market.",
        D(2024, 3, 1),
        [("GHA", None, "export", 17_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- same-period-last-fiscal-year: the compared months a year before
    (
        "same-period-last-fiscal-year",
        "against-an-amount-in-the-same-period-last-fiscal-year",
        None,
        "ISLAMABAD: Pakistan's imports from Japan fell to $1.2 billion during July-March "
        "FY2024-25, against $1.5bn in the same period last fiscal year.",
        D(2025, 4, 20),
        [
            ("PAK", "JPN", "import", 1_200_000_000, "USD", "2024-07-01", "2025-03-31", False),
            ("PAK", "JPN", "import", 1_500_000_000, "USD", "2023-07-01", "2024-03-31", False),
        ],
    ),
    (
        "same-period-last-fiscal-year",
        "from-an-amount-in-the-corresponding-period-of-the-previous-fiscal-year",
        None,
        "NEW DELHI: India's exports to Chile rose to $1.1 billion in April-December 2023, from "
        "$0.9 billion in the corresponding period of the previous fiscal year.",
        D(2024, 2, 15),
        [
            ("IND", "CHL", "export", 1_100_000_000, "USD", "2023-04-01", "2023-12-31", False),
            ("IND", "CHL", "export", 900_000_000, "USD", "2022-04-01", "2022-12-31", False),
        ],
    ),
    (
        "same-period-last-fiscal-year",
        "compared-with-an-amount-in-the-same-period-of-the-preceding-financial-year",
        None,
        "DHAKA: Bangladesh's exports reached $33 billion in July-February 2023-24, compared with "
        "$30 billion in the same period of the preceding financial year.",
        D(2024, 3, 15),
        [
            ("BGD", None, "export", 33_000_000_000, "USD", "2023-07-01", "2024-02-29", False),
            ("BGD", None, "export", 30_000_000_000, "USD", "2022-07-01", "2023-02-28", False),
        ],
    ),
    (
        "near-miss",
        "last-fiscal-year-alone-with-no-stated-calendar-is-no-period",
        None,
        "DHAKA: Bangladesh's exports were $55 billion last fiscal year, officials said.",
        D(2024, 3, 15),
        [],
    ),
    # --- fiscal-year-closes: "before the current fiscal year closes on June 30"
    (
        "fiscal-year-closes",
        "a-goal-before-the-current-fiscal-year-closes-on-a-day-of-june",
        None,
        "ISLAMABAD: Pakistan's exports to Japan rose to $1.1 billion during July-March "
        "FY2024-25. Officials hope exports to Japan will reach $1.5bn before the current fiscal "
        "year closes on June 30.",
        D(2025, 4, 20),
        [
            ("PAK", "JPN", "export", 1_100_000_000, "USD", "2024-07-01", "2025-03-31", False),
            ("PAK", "JPN", "export", 1_500_000_000, "USD", "2024-07-01", "2025-06-30", True),
        ],
    ),
    (
        "fiscal-year-closes",
        "a-goal-before-the-current-fiscal-year-ends-on-a-day-of-march",
        None,
        "NEW DELHI: India's exports to Chile were $1.1 billion in April-December 2023. The "
        "ministry expects exports to Chile to hit $1.6 billion before the current fiscal year "
        "ends on March 31.",
        D(2024, 2, 15),
        [
            ("IND", "CHL", "export", 1_100_000_000, "USD", "2023-04-01", "2023-12-31", False),
            ("IND", "CHL", "export", 1_600_000_000, "USD", "2023-04-01", "2024-03-31", True),
        ],
    ),
    (
        "fiscal-year-closes",
        "the-fiscal-year-ends-in-june-then-a-goal-for-the-current-fiscal-year",
        None,
        "NAIROBI: Kenya's fiscal year ends in June. Exports to Uganda should reach $1.2 billion "
        "in the current fiscal year, officials said.",
        D(2024, 3, 15),
        [("KEN", "UGA", "export", 1_200_000_000, "USD", "2023-07-01", "2024-06-30", True)],
    ),
    (
        "near-miss",
        "a-goal-before-the-year-is-over-names-no-period",
        None,
        "Peru's exports to China reached $9 billion in January-April 2024. Officials hope they "
        "will hit $25 billion before the year is over.",
        D(2024, 5, 21),
        [("PER", "CHN", "export", 9_000_000_000, "USD", "2024-01-01", "2024-04-30", False)],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_j_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert scored(trade_rows(body, published, title)) == scored(expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json).
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "last-fiscal-year-alone-with-no-stated-calendar-is-no-period": [
        ("BGD", None, "export", 55_000_000_000, "USD", "2022-07-01", "2023-06-30", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_released_j_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    found = trade_rows(body, published, title, fiscal_calendars=True)
    assert scored(found) == scored(expected)
