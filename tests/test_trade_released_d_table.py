"""Trade error classes read on the released d pages (session 7), audited as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). No row
repeats a sentence, a name pairing or a figure of those pages. The classes:

- ``region-lead``: a statistics lead about a state's trade with a region that is no
  state or group ("with Gulf countries", a figure that is no record) still states the
  story's period; the partners' figures after it without a period of their own are
  for that period;
- ``ranked-own-turnover``: a ranked partner's own bare "turnover" ("B led the list with a
  turnover of X") names its figure's flow when the story has no frame yet;
- ``ranked-aside``: a comma aside describing a ranked partner ("B, the main supplier of
  A's fuel, ranked first with X"; "B, which imports A's timber, was the largest buyer of
  A's goods with X") gives neither that figure nor the list after it a flow or a partner;
- ``ranked-receiving``: "B was the top destination for A's exports, receiving goods worth
  X" is A's export to B;
- ``ranking-across-parts``: a ranked item ("D came third with X") keeps the ranking's flow
  even when another partner's parts were told since the top partner;
- ``first-quarters``: "the first three quarters of this year" are the year's first nine
  months (not the whole year, which is not over by publication);
- ``fiscal-range``: a whole fiscal year written as its twelve months before its name
  ("July-June FY24", "July-June 2022-23") states the story's fiscal calendar, so its
  other fiscal years ("in FY24", "in the fiscal year 2022-23") are read with it;
- ``iranian-year``: "the Iranian year that ended on March 20" (no year written) is the
  last Iranian solar year over by publication, and "the next Iranian year" the one after
  the year running;
- ``fronted-group-members``: a fronted partner named by a group's members ("With the
  member states of the EAEU, A's turnover was X") is that group.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- region-lead: a lead about trade with a region gives the story's period
    (
        "region-lead",
        "partners-after-a-lead-on-trade-with-central-asian-nations",
        None,
        "Oman's trade with Central Asian nations exceeded $640 million in "
        "January-June 2025, the customs office said.\n\nTrade with Kazakhstan "
        "totalled $212.5 million, and with Uzbekistan – $148.2 million.",
        D(2025, 7, 30),
        [
            ("OMN", "KAZ", "turnover", 212_500_000, "USD", "2025-01-01", "2025-06-30", False),
            ("OMN", "UZB", "turnover", 148_200_000, "USD", "2025-01-01", "2025-06-30", False),
        ],
    ),
    (
        "region-lead",
        "own-total-after-a-lead-on-exports-to-nordic-countries",
        None,
        "Armenia's exports to Nordic countries grew by a fifth in the first nine months of "
        "2024, official data show.\n\nArmenia exported goods worth $41.7 million to Sweden. "
        "All in all, Armenia's foreign trade turnover stood at $9.85 billion.",
        D(2024, 10, 25),
        [
            ("ARM", "SWE", "export", 41_700_000, "USD", "2024-01-01", "2024-09-30", False),
            ("ARM", None, "turnover", 9_850_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    # --- ranked-own-turnover: "B led the list with a turnover of X"
    (
        "ranked-own-turnover",
        "led-the-list-after-a-lead-on-a-region",
        None,
        "Serbia's trade with Western Balkan countries exceeded €4 billion in 2023. By "
        "country, Bosnia led the list with a turnover of €1.6 billion. Montenegro ranked "
        "second with €0.9 billion.",
        D(2024, 2, 2),
        [
            ("SRB", "BIH", "turnover", 1_600_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("SRB", "MNE", "turnover", 900_000_000, "EUR", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-own-turnover",
        "topped-the-ranking-after-a-lead-on-arab-states",
        None,
        "Tunisia's trade with Arab states grew by a tenth in January-June 2024. Libya topped "
        "the ranking with a turnover of $1.42 billion.",
        D(2024, 7, 25),
        [
            ("TUN", "LBY", "turnover", 1_420_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- ranked-aside: a comma aside describing a ranked partner gives no flow
    (
        "ranked-aside",
        "the-main-supplier-of-fuel-ranked-first",
        None,
        "Nepal's trade with the world came to $13.2 billion in 2023. India, the main "
        "supplier of Nepal's fuel, ranked first with $8.6 billion, followed by China "
        "($2.1 billion).",
        D(2024, 2, 2),
        [
            ("NPL", None, "turnover", 13_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("NPL", "IND", "turnover", 8_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("NPL", "CHN", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-aside",
        "which-imports-timber-was-the-largest-buyer",
        None,
        "Latvia's foreign trade turnover stood at $40.1 billion in 2023. Lithuania, which "
        "imports much of the country's timber, was the largest buyer of Latvian goods with "
        "$3.5 billion, ahead of Estonia ($2.4 billion).",
        D(2024, 2, 2),
        [
            ("LVA", None, "turnover", 40_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("LVA", "LTU", "export", 3_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("LVA", "EST", "export", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-aside",
        "the-biggest-buyer-of-cotton-came-third",
        None,
        "Uzbekistan's foreign trade turnover reached $40.2 billion in 2023. China remained "
        "Uzbekistan's main trading partner with a turnover of $9.1 billion. Germany, the "
        "biggest buyer of Uzbek cotton, came third with $3.3 billion. It was followed by "
        "Poland ($2.1 billion).",
        D(2024, 1, 30),
        [
            ("UZB", None, "turnover", 40_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "CHN", "turnover", 9_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "DEU", "turnover", 3_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "POL", "turnover", 2_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- ranked-receiving: "B was the top destination for A's exports, receiving goods worth"
    (
        "ranked-receiving",
        "top-destination-receiving-goods-worth",
        None,
        "Armenia's exports rose to $8.4 billion in 2023. Russia was the top destination for "
        "Armenian exports, receiving goods worth $3.2 billion.",
        D(2024, 2, 2),
        [
            ("ARM", None, "export", 8_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "RUS", "export", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-receiving",
        "second-largest-market-receiving-products-worth",
        None,
        "Ghana's merchandise exports totalled $17.9 billion in 2023. Switzerland was the "
        "second largest market for Ghanaian exports, receiving products worth $3.4 billion.",
        D(2024, 3, 5),
        [
            ("GHA", None, "export", 17_900_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "CHE", "export", 3_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- ranking-across-parts: a ranked item keeps the ranking's flow
    (
        "ranking-across-parts",
        "third-after-the-second-partner-s-imports",
        None,
        "Peru's foreign trade turnover stood at $110.4 billion in 2023. China was Peru's main "
        "trading partner with a turnover of $38.2 billion. Trade with the United States came "
        "to $20.1 billion; Peru bought US goods worth $11.3 billion. Brazil came third with "
        "$5.3 billion, followed by Chile ($4.6 billion).",
        D(2024, 2, 2),
        [
            ("PER", None, "turnover", 110_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHN", "turnover", 38_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "USA", "turnover", 20_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "USA", "import", 11_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "BRA", "turnover", 5_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 4_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranking-across-parts",
        "next-after-the-second-partner-s-exports",
        None,
        "Mongolia's foreign trade turnover reached $24.5 billion in 2023. China remained "
        "Mongolia's largest trading partner with a turnover of $17.1 billion. Trade with "
        "Russia amounted to $2.4 billion, and Mongolia sold goods worth $0.1 billion to "
        "Russia. South Korea was next with $0.9 billion.",
        D(2024, 1, 25),
        [
            ("MNG", None, "turnover", 24_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "CHN", "turnover", 17_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "RUS", "turnover", 2_400_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "RUS", "export", 100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MNG", "KOR", "turnover", 900_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    # --- first-quarters: "the first N quarters" are the first 3N months
    (
        "first-quarters",
        "first-three-quarters-of-this-year",
        None,
        "Vietnam's trade with Laos reached 1.3 billion U.S. dollars in the first three "
        "quarters of this year, customs data showed.",
        D(2024, 10, 20),
        [
            ("VNM", "LAO", "turnover", 1_300_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "first-quarters",
        "first-two-quarters-of-a-named-year",
        None,
        "Chile's exports to Japan totalled $6.2 billion in the first two quarters of 2024.",
        D(2024, 8, 2),
        [
            ("CHL", "JPN", "export", 6_200_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- fiscal-range: "July-June FY24" states the fiscal calendar of the story
    (
        "fiscal-range",
        "fy-shorthand-after-a-july-june-range",
        None,
        "Bangladesh's exports in July-June FY24 came to $44.5 billion. Shipments to India "
        "fell to $1.6 billion in FY24 from $2.1 billion a year earlier.",
        D(2024, 7, 20),
        [
            ("BGD", None, "export", 44_500_000_000, "USD", "2023-07-01", "2024-06-30", False),
            ("BGD", "IND", "export", 1_600_000_000, "USD", "2023-07-01", "2024-06-30", False),
            ("BGD", "IND", "export", 2_100_000_000, "USD", "2022-07-01", "2023-06-30", False),
        ],
    ),
    (
        "fiscal-range",
        "split-fiscal-year-after-a-july-june-range",
        None,
        "Egypt's trade deficit in July-June 2022-23 narrowed sharply. Egypt's imports from "
        "Turkey amounted to $3.9 billion in the fiscal year 2022-23.",
        D(2023, 8, 10),
        [
            ("EGY", "TUR", "import", 3_900_000_000, "USD", "2022-07-01", "2023-06-30", False),
        ],
    ),
    # --- iranian-year: a solar year named by its end day alone, or as the next one
    (
        "iranian-year",
        "the-iranian-year-that-ended-on-a-day",
        None,
        "Trade between Iran and Armenia stood at about $710 million in the Iranian year "
        "that ended on March 20, officials said.",
        D(2025, 6, 2),
        [
            ("IRN", "ARM", "turnover", 710_000_000, "USD", "2024-03-20", "2025-03-20", False),
        ],
    ),
    (
        "iranian-year",
        "a-goal-for-the-next-iranian-year",
        None,
        "Tehran and Baghdad want to lift bilateral trade to $15 billion in the next Iranian "
        "year, Iran's envoy said.",
        D(2024, 2, 10),
        [
            ("IRN", "IRQ", "turnover", 15_000_000_000, "USD", "2024-03-20", "2025-03-20", True),
        ],
    ),
    # --- fronted-group-members: "With the countries of <group>, A's ... was X"
    (
        "fronted-group-members",
        "with-the-member-states-of-a-union",
        None,
        "Armenia's trade turnover reached $19.8 billion in 2023. With the member states of "
        "the Eurasian Economic Union, Armenia's turnover was recorded at $8.1 billion.",
        D(2024, 2, 10),
        [
            ("ARM", None, "turnover", 19_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ARM", "EAEU", "turnover", 8_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "fronted-group-members",
        "with-the-countries-of-a-bloc-exports",
        None,
        "Moldova's exports totalled $3.5 billion in 2023. With the countries of the European "
        "Union, Moldovan exports came to $2.3 billion.",
        D(2024, 2, 10),
        [
            ("MDA", None, "export", 3_500_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("MDA", "EU", "export", 2_300_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_d_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
