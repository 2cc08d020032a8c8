"""Trade error classes read on the released pages i1-i30, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). The
classes are the ways of writing a trade figure that the errors of the released pages
showed the library misread; no row repeats a sentence, a name pairing or a figure of
those pages:

- ``when-clause-period``: "That is 12% more than in <period>, when it stood at $Y": the
  period of the "when" clause is the comparison's; a later "over the nine months" or "for
  the period" is the story's main period, not that one; so is the period of an amount
  compared with ("This compares with $Y in <period>") and of a sentence opened as a
  comparison ("A year earlier, in <period>, it stood at $Y"; "For comparison, ...");
- ``share-then-amount``: a partner's share, then its amount in a participle phrase ("B
  accounted for 68% of the total, with trade worth $X"; "B held the largest share (17%),
  supplying goods worth $X, while C shipped $Y"), or a member's part of a group's trade
  with "alone" ("with B alone accounting for $X"): B's part of the total's trade;
- ``own-total-leaves-pair``: "Overall, the country's exports exceeded $X" (a bound, no
  record) still turns the story from the pair to the state's own trade: a bare "exports
  came to $Y" after it is the state's total, not the pair's;
- ``bilateral-returns``: after the state's own totals, a sentence on "bilateral (mutual)
  trade" with no figure returns the story to the pair it left: "the turnover" after it is
  the pair's;
- ``group-ranked-partner``: "The EU remains A's largest trading partner: turnover reached
  $X": a group is the ranked partner as a state is;
- ``role-then-turnover``: "B is A's largest trading partner." then "Turnover reached $X":
  the sentence naming the role gives the pair whose bare turnover follows (a firm's
  turnover still is none);
- ``item-turnover-goes-on``: "B remains A's largest trading partner: turnover reached $X in
  2024, and $Y in January-February 2025": the item's bare "turnover" goes on to the
  clause's later amounts with their own periods;
- ``product-part``: "Copper made up (represented) $X of exports": a product's part of a
  flow, as "accounted for" already was, is no record; a flow's own part ("Exports made
  up $X of the turnover") still is;
- ``fiscal-first-month``: a month said to open a fiscal year ("In July 2024, the first
  month of FY25", "the fiscal year begins in July", "the opening month of FY2024-25")
  states the article's fiscal calendar: its numbered fiscal years ("FY24", "FY2023-24")
  are periods then;
- ``period-gloss``: "In October 2024, the first month of the fourth quarter, exports came to
  $X": the longer period of the gloss describes the month; the figure is the month's;
- near misses that must give no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- when-clause-period: a "when" clause's period is no period "the N months" points to
    (
        "when-clause-period",
        "more-than-in-a-period-when-it-stood-at-then-over-the-nine-months",
        None,
        "Trade between Chile and Peru reached $4.2 billion in January-September 2024. That "
        "is 12% more than in January-September 2023, when it stood at $3.75 billion. Chile's "
        "exports to Peru came to $1.9 billion over the nine months.",
        D(2024, 11, 5),
        [
            ("CHL", "PER", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("CHL", "PER", "turnover", 3_750_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", "PER", "export", 1_900_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "when-clause-period",
        "less-than-in-a-half-when-the-figure-was-then-for-the-period",
        None,
        "Georgia's foreign trade turnover totalled $9.6 billion in the first half of 2024. "
        "This is 7% less than in the first half of 2023, when the figure was $10.3 billion. "
        "Exports for the period amounted to $2.4 billion.",
        D(2024, 7, 20),
        [
            ("GEO", None, "turnover", 9_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GEO", None, "turnover", 10_300_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GEO", None, "export", 2_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "when-clause-period",
        "this-compares-with-an-amount-in-a-period-then-over-the-nine-months",
        None,
        "Trade between Chile and Peru reached $4.2 billion in January-September 2024. This "
        "compares with $3.75 billion in January-September 2023. Chile's exports to Peru came "
        "to $1.9 billion over the nine months.",
        D(2024, 11, 5),
        [
            ("CHL", "PER", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("CHL", "PER", "turnover", 3_750_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", "PER", "export", 1_900_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "when-clause-period",
        "a-year-earlier-in-a-period-it-stood-at-then-over-the-nine-months",
        None,
        "Trade between Chile and Peru reached $4.2 billion in January-September 2024. A year "
        "earlier, in January-September 2023, it stood at $3.75 billion. Chile's exports to "
        "Peru came to $1.9 billion over the nine months.",
        D(2024, 11, 5),
        [
            ("CHL", "PER", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("CHL", "PER", "turnover", 3_750_000_000, "USD", "2023-01-01", "2023-09-30", False),
            ("CHL", "PER", "export", 1_900_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "when-clause-period",
        "for-comparison-in-a-half-it-was-then-for-the-period",
        None,
        "Georgia's foreign trade turnover totalled $9.6 billion in the first half of 2024. For "
        "comparison, in the first half of 2023 it was $10.3 billion. Exports for the period "
        "amounted to $2.4 billion.",
        D(2024, 11, 5),
        [
            ("GEO", None, "turnover", 9_600_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GEO", None, "turnover", 10_300_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GEO", None, "export", 2_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- own-total-leaves-pair: a summing-up sentence with no record still leaves the pair
    (
        "own-total-leaves-pair",
        "overall-the-country-s-exports-exceeded-then-bare-exports",
        None,
        "Chile's exports to China reached $38 billion in 2023, customs data showed. Overall, "
        "the country's exports exceeded $95 billion. In January 2024, exports came to $8.1 "
        "billion.",
        D(2024, 3, 1),
        [
            ("CHL", "CHN", "export", 38_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("CHL", None, "export", 8_100_000_000, "USD", "2024-01-01", "2024-01-31", False),
        ],
    ),
    (
        "own-total-leaves-pair",
        "overall-the-deficit-widened-to-more-than-then-bare-imports",
        None,
        "Peru's trade deficit with Brazil stood at $1.3 billion in 2023. Overall, the trade "
        "deficit widened to more than $4 billion. In December alone, imports came to $1.2 "
        "billion.",
        D(2024, 3, 1),
        [
            ("PER", "BRA", "balance", -1_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", None, "import", 1_200_000_000, "USD", "2023-12-01", "2023-12-31", False),
        ],
    ),
    # --- bilateral-returns: "bilateral trade" after the state's own totals is the pair again
    (
        "bilateral-returns",
        "leaders-aim-to-raise-bilateral-trade-then-a-ministry-forecast-of-the-turnover",
        None,
        "Trade between Turkey and Azerbaijan reached $7.2 billion in 2023. Overall, Turkey's "
        "foreign trade came to $617 billion. The two leaders instructed their governments to "
        "raise bilateral trade to $15 billion. A forecast by Turkey's trade ministry sees the "
        "turnover reaching $8 billion in 2024.",
        D(2024, 3, 1),
        [
            ("TUR", "AZE", "turnover", 7_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TUR", None, "turnover", 617_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("TUR", "AZE", "turnover", 8_000_000_000, "USD", "2024-01-01", "2024-12-31", True),
        ],
    ),
    (
        "bilateral-returns",
        "mutual-trade-has-grown-then-this-year-the-turnover-is-projected",
        None,
        "Norway's trade with Poland stood at 9.1 billion euros in 2023. The country's total "
        "exports were 165 billion euros, most of them oil and gas sold to Germany and Britain. "
        "Mutual trade has grown fast in recent years. This year the turnover is projected to "
        "reach 10 billion euros.",
        D(2024, 3, 1),
        [
            ("NOR", "POL", "turnover", 9_100_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("NOR", None, "export", 165_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("NOR", "POL", "turnover", 10_000_000_000, "EUR", "2024-01-01", "2024-12-31", True),
        ],
    ),
    # --- group-ranked-partner: a group as the subject of a ranked role
    (
        "group-ranked-partner",
        "the-eu-was-a-state-s-top-trading-partner-colon-turnover-reached",
        None,
        "The EU was Georgia's top trading partner last year: turnover reached $4.2 billion in "
        "2024.",
        D(2025, 6, 9),
        [("GEO", "EU", "turnover", 4_200_000_000, "USD", "2024-01-01", "2024-12-31", False)],
    ),
    (
        "group-ranked-partner",
        "the-cis-remains-a-state-s-main-trading-partner-colon-turnover-amounted",
        None,
        "The CIS remains Tajikistan's main trading partner: turnover amounted to $2.3 billion "
        "in 2024.",
        D(2025, 6, 9),
        [("TJK", "CIS", "turnover", 2_300_000_000, "USD", "2024-01-01", "2024-12-31", False)],
    ),
    # --- role-then-turnover: a trading-partner sentence, then the pair's bare turnover
    (
        "role-then-turnover",
        "a-state-is-another-s-largest-trading-partner-then-turnover-reached",
        None,
        "The minister met the envoy. China is Peru's largest trading partner. Turnover reached "
        "$11.3 billion in 2024.",
        D(2025, 3, 1),
        [("PER", "CHN", "turnover", 11_300_000_000, "USD", "2024-01-01", "2024-12-31", False)],
    ),
    (
        "role-then-turnover",
        "a-state-remains-the-main-trading-partner-of-another-then-in-a-year-the-turnover",
        None,
        "Russia remains the main trading partner of Belarus. In 2024, the turnover amounted to "
        "$50.2 billion.",
        D(2025, 3, 1),
        [("BLR", "RUS", "turnover", 50_200_000_000, "USD", "2024-01-01", "2024-12-31", False)],
    ),
    (
        "near-miss",
        "a-trading-partner-sentence-then-a-company-s-turnover-is-no-record",
        None,
        "China is Peru's largest trading partner. The company's turnover reached $1.3 billion "
        "in 2024.",
        D(2025, 3, 1),
        [],
    ),
    # --- item-turnover-goes-on: a ranked partner's bare turnover serves its clause's amounts
    (
        "item-turnover-goes-on",
        "turnover-reached-an-amount-in-a-year-and-another-in-two-months",
        None,
        "China remains Peru's largest trading partner: turnover reached $31.3 billion in 2024, "
        "and $4.4 billion in January-February 2025.",
        D(2025, 6, 9),
        [
            ("PER", "CHN", "turnover", 31_300_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("PER", "CHN", "turnover", 4_400_000_000, "USD", "2025-01-01", "2025-02-28", False),
        ],
    ),
    (
        "item-turnover-goes-on",
        "with-turnover-of-an-amount-in-a-year-and-another-in-a-quarter",
        None,
        "Italy was Algeria's top trading partner, with turnover of $15.2 billion in 2024 and "
        "$3.9 billion in the first quarter of 2025.",
        D(2025, 6, 9),
        [
            ("DZA", "ITA", "turnover", 15_200_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("DZA", "ITA", "turnover", 3_900_000_000, "USD", "2025-01-01", "2025-03-31", False),
        ],
    ),
    # --- product-part: "<product> made up $X of exports" is a part of the flow, no record
    (
        "product-part",
        "copper-made-up-an-amount-of-exports",
        None,
        "Peru's exports totalled $60 billion in 2023. Copper made up $8.1 billion of exports.",
        D(2024, 3, 1),
        [("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "product-part",
        "copper-shipments-represented-about-an-amount-of-exports",
        None,
        "Chile's exports totalled $95 billion in 2024. Copper shipments represented about $47 "
        "billion of exports.",
        D(2025, 3, 1),
        [("CHL", None, "export", 95_000_000_000, "USD", "2024-01-01", "2024-12-31", False)],
    ),
    (
        "product-part",
        "exports-made-up-an-amount-of-the-turnover-are-the-exports-level",
        None,
        "Ghana's trade totalled $34 billion in 2024. Exports made up $18.5 billion of the "
        "turnover.",
        D(2025, 3, 1),
        [
            ("GHA", None, "turnover", 34_000_000_000, "USD", "2024-01-01", "2024-12-31", False),
            ("GHA", None, "export", 18_500_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    # --- fiscal-first-month: a month said to open the fiscal year gives its calendar
    (
        "fiscal-first-month",
        "the-first-month-of-a-fiscal-year-then-a-whole-fiscal-year",
        None,
        "In July 2024, the first month of FY25, Egypt's exports were $3.1 billion. In FY24, "
        "exports totalled $35.6 billion.",
        D(2024, 9, 10),
        [
            ("EGY", None, "export", 3_100_000_000, "USD", "2024-07-01", "2024-07-31", False),
            ("EGY", None, "export", 35_600_000_000, "USD", "2023-07-01", "2024-06-30", False),
        ],
    ),
    (
        "fiscal-first-month",
        "the-fiscal-year-begins-in-a-month-then-split-and-short-fiscal-years",
        None,
        "Bangladesh's fiscal year begins in July. Exports to the EU reached $24 billion in "
        "FY2023-24, while imports from China came to $17 billion in FY24.",
        D(2024, 9, 1),
        [
            ("BGD", "EU", "export", 24_000_000_000, "USD", "2023-07-01", "2024-06-30", False),
            ("BGD", "CHN", "import", 17_000_000_000, "USD", "2023-07-01", "2024-06-30", False),
        ],
    ),
    (
        "fiscal-first-month",
        "the-opening-month-of-a-split-fiscal-year-against-the-year-before",
        None,
        "In April 2024, the opening month of FY2024-25, India's merchandise exports stood at "
        "$35 billion, against $437 billion in FY2023-24.",
        D(2024, 6, 1),
        [
            ("IND", None, "export", 35_000_000_000, "USD", "2024-04-01", "2024-04-30", False),
            ("IND", None, "export", 437_000_000_000, "USD", "2023-04-01", "2024-03-31", False),
        ],
    ),
    (
        "fiscal-first-month",
        "the-fiscal-year-runs-from-a-month-then-a-short-fiscal-year",
        None,
        "Kenya's fiscal year runs from July to June. In FY24, the country's exports totalled "
        "$7.8 billion.",
        D(2024, 10, 2),
        [("KEN", None, "export", 7_800_000_000, "USD", "2023-07-01", "2024-06-30", False)],
    ),
    # --- period-gloss: "<month>, the first month of <a longer period>": the month's figure
    (
        "period-gloss",
        "a-month-glossed-as-the-first-month-of-a-quarter",
        None,
        "In October 2024, the first month of the fourth quarter, Kenya's exports came to $0.7 "
        "billion.",
        D(2024, 12, 1),
        [("KEN", None, "export", 700_000_000, "USD", "2024-10-01", "2024-10-31", False)],
    ),
    (
        "period-gloss",
        "a-month-glossed-as-the-first-month-of-the-first-quarter",
        None,
        "In January 2025, the first month of the first quarter, Chile's exports were $8.2 billion.",
        D(2025, 3, 1),
        [("CHL", None, "export", 8_200_000_000, "USD", "2025-01-01", "2025-01-31", False)],
    ),
    # --- share-then-amount: a partner's share, then its amount; "B alone accounted for X"
    (
        "share-then-amount",
        "a-partner-accounted-for-a-percentage-of-the-total-with-trade-worth",
        None,
        "Mongolia's foreign trade totalled $12.1 billion in January-September 2024. China "
        "accounted for 68 percent of the total, with trade worth $8.2 billion.",
        D(2024, 11, 3),
        [
            ("MNG", None, "turnover", 12_100_000_000, "USD", "2024-01-01", "2024-09-30", False),
            ("MNG", "CHN", "turnover", 8_200_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "share-then-amount",
        "a-supplier-held-the-largest-share-supplying-goods-worth-while-another-shipped",
        None,
        "Georgia's imports totalled $15.2 billion in 2023. Among suppliers, Turkiye held the "
        "largest share (17%), supplying goods worth $2.6 billion, while Russia shipped $1.9 "
        "billion.",
        D(2024, 3, 1),
        [
            ("GEO", None, "import", 15_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "TUR", "import", 2_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GEO", "RUS", "import", 1_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "share-then-amount",
        "with-one-member-alone-accounting-for-an-amount-of-a-group-s-trade",
        None,
        "Uzbekistan's trade with CIS countries came to $7.4 billion in the first half of 2024, "
        "with Kazakhstan alone accounting for $2.1 billion.",
        D(2024, 8, 15),
        [
            ("UZB", "CIS", "turnover", 7_400_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "KAZ", "turnover", 2_100_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "near-miss",
        "a-firm-s-largest-share-of-a-market-with-sales-worth-is-no-partner-s-part",
        None,
        "Peru's exports reached $60 billion in 2023. A Chilean firm held the largest share of "
        "the copper market, with sales worth $2 billion.",
        D(2024, 3, 1),
        [("PER", None, "export", 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "a-member-alone-accounting-for-a-percentage-only-is-no-record",
        None,
        "Armenia's foreign trade turnover reached $9.4 billion in January-June 2024. Russia "
        "alone accounted for 35 percent of the total.",
        D(2024, 8, 1),
        [("ARM", None, "turnover", 9_400_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_i_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
