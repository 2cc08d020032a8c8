"""Trade records: classes seen on the fresh a and b pages and the released w/x pages (session 8).

Each row states a class in its id (texts, names and figures invented for diplonews) and
checks the records it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, trade_rows

D = dt.date

# (id, headline, body, published, expected records)
RECORDS: list[tuple[str, str | None, str, dt.date, list[Row]]] = [
    (
        "a-group-ranked-as-the-largest-partner-with-its-turnover-after-a-comma",
        None,
        "Peru's foreign trade turnover reached $ 41,5 billion in January-June 2023.\n\n"
        "The EU remained the country's largest trading bloc, with turnover of $ 9,3 billion "
        "over six months.",
        D(2023, 8, 2),
        [
            ("PER", None, "turnover", 41_500_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("PER", "EU", "turnover", 9_300_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "a-group-ranked-as-a-state-s-main-partner-with-its-figure",
        None,
        "Chile's trade turnover amounted to $ 61,2 billion in 2022. The European Union "
        "remained Chile's main trading partner with $ 12,7 billion, or 21 percent of the total.",
        D(2023, 2, 9),
        [
            ("CHL", None, "turnover", 61_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("CHL", "EU", "turnover", 12_700_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "the-biggest-partner-of-a-state-named-after-the-role-is-that-state-s-partner",
        None,
        "Ghana's trade with the ECOWAS states reached $ 3,1 billion in 2023. Nigeria was the "
        "biggest trading partner of Ghana in the bloc, with trade worth $ 1,45 billion.",
        D(2024, 2, 1),
        [
            ("GHA", "ECOWAS", "turnover", 3_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 1_450_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "the-main-destination-for-a-demonym-s-goods-takes-that-state-s-exports",
        None,
        "Peru's exports amounted to 9,8 billion soles in January-March 2024. Chile was the "
        "main destination for Peruvian goods, taking 2,4 billion soles worth of exports.",
        D(2024, 4, 20),
        [
            ("PER", None, "export", 9_800_000_000, "PEN", "2024-01-01", "2024-03-31", False),
            ("PER", "CHL", "export", 2_400_000_000, "PEN", "2024-01-01", "2024-03-31", False),
        ],
    ),
    (
        "it-before-an-of-which-part-is-the-figure-just-named",
        None,
        "Peru's ambassador to Chile spoke to reporters.\n\n"
        "In 2023 the volume of trade was around $ 84 million. In the first ten months of this "
        "year it stood at $ 66,2 million, of which Peruvian exports to Chile were $ 31,7 million.",
        D(2024, 12, 3),
        [
            ("PER", "CHL", "turnover", 84_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 66_200_000, "USD", "2024-01-01", "2024-10-31", False),
            ("PER", "CHL", "export", 31_700_000, "USD", "2024-01-01", "2024-10-31", False),
        ],
    ),
    (
        "it-after-an-according-to-lead-in-is-the-figure-just-named",
        None,
        "Peru and Chile adopted a road map on trade.\n\n"
        "The parties set a goal of bringing mutual trade turnover to $ 2 billion in 2028. "
        "According to the statistics office, it stood at $ 1,18 billion in 2024.",
        D(2025, 5, 6),
        [
            ("PER", "CHL", "turnover", 2_000_000_000, "USD", "2028-01-01", "2028-12-31", True),
            ("PER", "CHL", "turnover", 1_180_000_000, "USD", "2024-01-01", "2024-12-31", False),
        ],
    ),
    (
        "it-with-its-flow-after-the-amount-keeps-that-flow",
        None,
        "Peru's trade with Chile reached $ 3 billion in 2023. It reached $ 1,2 billion in "
        "exports alone.",
        D(2024, 3, 1),
        [
            ("PER", "CHL", "turnover", 3_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "export", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "against-imports-of-an-amount-is-the-counterpart-flow-of-the-same-period",
        None,
        "LIMA, May 9 - Peru had a trade surplus of 412.5 mln soles in April.\n\n"
        "April exports were 4.31 billion soles against imports of 3.90 billion.",
        D(2023, 5, 9),
        [
            ("PER", None, "balance", 412_500_000, "PEN", "2023-04-01", "2023-04-30", False),
            ("PER", None, "export", 4_310_000_000, "PEN", "2023-04-01", "2023-04-30", False),
            ("PER", None, "import", 3_900_000_000, "PEN", "2023-04-01", "2023-04-30", False),
        ],
    ),
    (
        "versus-exports-of-an-amount-after-a-comma-is-the-counterpart-flow",
        None,
        "Chile's trade deficit narrowed to $ 1,9 billion in January-June 2024.\n\n"
        "In June alone, imports stood at $ 2,41 billion, versus exports of $ 2,07 billion.",
        D(2024, 7, 12),
        [
            ("CHL", None, "balance", -1_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("CHL", None, "import", 2_410_000_000, "USD", "2024-06-01", "2024-06-30", False),
            ("CHL", None, "export", 2_070_000_000, "USD", "2024-06-01", "2024-06-30", False),
        ],
    ),
    (
        "a-share-of-a-state-s-total-trade-whose-level-a-which-clause-gives",
        None,
        "Ghana's trade with the ECOWAS states amounted to $ 1,12 bln in January-June 2024.\n\n"
        "The ECOWAS countries accounted for 14% of Ghana's total foreign trade, which reached "
        "$ 8,03 bln in the first half of the year.",
        D(2024, 8, 14),
        [
            ("GHA", "ECOWAS", "turnover", 1_120_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("GHA", None, "turnover", 8_030_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "a-partner-s-share-of-overall-trade-which-totalled-an-amount-is-the-world-total",
        None,
        "Peru's trade turnover with Chile in January through August 2023 amounted to 2 billion "
        "118 million dollars.\n\n"
        "Thus, Chile accounted for 9.4 percent of Peru's overall trade in 8M2023, which totaled "
        "22 billion 530 million dollars, ranking third.",
        D(2023, 9, 22),
        [
            ("PER", "CHL", "turnover", 2_118_000_000, "USD", "2023-01-01", "2023-08-31", False),
            ("PER", None, "turnover", 22_530_000_000, "USD", "2023-01-01", "2023-08-31", False),
        ],
    ),
    (
        "a-goal-to-bring-bare-turnover-to-an-amount-is-the-story-s-turnover-goal",
        None,
        "Peru's ambassador to Chile answered questions.\n\n"
        "A: In 2023 the volume of trade was around $ 73 million.\n\n"
        "Q: What comes next?\n\n"
        "A: The new agreement helps. We hope to bring turnover to $ 300 million by 2028.",
        D(2024, 10, 8),
        [
            ("PER", "CHL", "turnover", 73_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "turnover", 300_000_000, "USD", "2028-01-01", "2028-12-31", True),
        ],
    ),
    (
        "a-goal-to-take-exports-to-an-amount-is-no-product-s-flow",
        None,
        "Peru's exports to Chile in 2023 were $ 1,42 billion. \"Our target is to take exports "
        'to Chile to $ 4 billion a year by 2031," the minister said.',
        D(2024, 5, 2),
        [
            ("PER", "CHL", "export", 1_420_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("PER", "CHL", "export", 4_000_000_000, "USD", "2031-01-01", "2031-12-31", True),
        ],
    ),
    (
        "a-goal-to-bring-the-annual-figure-to-an-amount-is-the-figure-s-goal",
        None,
        "The foreign trade turnover of Peru in the first half of 2024 reached $ 41,9 billion. "
        "The government's target is to bring the annual figure to $ 110 billion by 2027.",
        D(2024, 7, 30),
        [
            ("PER", None, "turnover", 41_900_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("PER", None, "turnover", 110_000_000_000, "USD", "2027-01-01", "2027-12-31", True),
        ],
    ),
    (
        "a-fiscal-year-s-first-months-glossed-in-brackets-give-its-calendar",
        None,
        "Ghana's trade deficit narrowed to $ 3,12 billion in the first nine months (July-March) "
        "of the current fiscal year, the statistics office said.\n\n"
        "Exports during 9MFY24 increased to $ 8,41bn, while imports declined to $ 11,53bn.\n\n"
        "Trade with Togo fell to around $ 0,4bn.",
        D(2024, 4, 11),
        [
            ("GHA", None, "balance", -3_120_000_000, "USD", "2023-07-01", "2024-03-31", False),
            ("GHA", None, "export", 8_410_000_000, "USD", "2023-07-01", "2024-03-31", False),
            ("GHA", None, "import", 11_530_000_000, "USD", "2023-07-01", "2024-03-31", False),
            ("GHA", "TGO", "turnover", 400_000_000, "USD", "2023-07-01", "2024-03-31", False),
        ],
    ),
    (
        "a-split-fiscal-year-written-out-as-twelve-months-gives-its-calendar",
        None,
        "Trade between Ghana and Togo stood at $ 1,3 billion during the fiscal year 2022-23. "
        "Ghana's exports to Togo during the period from July 2022 to June 2023 were $ 0,9 "
        "billion.\n\nGhana's overall exports in FY23 stood at $ 17,2bn.",
        D(2023, 8, 21),
        [
            ("GHA", "TGO", "turnover", 1_300_000_000, "USD", "2022-07-01", "2023-06-30", False),
            ("GHA", "TGO", "export", 900_000_000, "USD", "2022-07-01", "2023-06-30", False),
            ("GHA", None, "export", 17_200_000_000, "USD", "2022-07-01", "2023-06-30", False),
        ],
    ),
    (
        "a-fiscal-year-with-no-months-stated-stays-unresolved",
        None,
        "Trade between Ghana and Togo stood at $ 1,3 billion in FY2022-23, officials said.",
        D(2023, 8, 21),
        [],
    ),
    (
        "groups-that-together-accounted-for-an-amount-of-turnover-are-partners",
        None,
        "Ghana's merchandise trade turnover in January-June 2022 amounted to $ 7,46 billion.\n\n"
        "The EU countries together accounted for $ 1,93 billion of turnover, the ECOWAS "
        "countries for $ 1,1 billion.",
        D(2022, 7, 25),
        [
            ("GHA", None, "turnover", 7_460_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("GHA", "EU", "turnover", 1_930_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("GHA", "ECOWAS", "turnover", 1_100_000_000, "USD", "2022-01-01", "2022-06-30", False),
        ],
    ),
    (
        "the-largest-share-of-trade-then-an-amount-is-the-partner-s-level",
        None,
        "Ghana's trade with the ECOWAS member states amounted to $ 3,18 bln in January-June "
        "2023.\n\nNigeria accounted for the largest share of mutual trade, $ 1,72 bln.",
        D(2023, 8, 10),
        [
            ("GHA", "ECOWAS", "turnover", 3_180_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("GHA", "NGA", "turnover", 1_720_000_000, "USD", "2023-01-01", "2023-06-30", False),
        ],
    ),
    (
        "a-state-that-topped-a-list-owns-no-flow-of-the-clause-after-it",
        None,
        "Peru's foreign trade turnover amounted to $ 6,1 billion in January-February 2022.\n\n"
        "Chile topped the list of suppliers, while imports from Bolivia amounted to "
        "$ 214,6 million.",
        D(2022, 3, 21),
        [
            ("PER", None, "turnover", 6_100_000_000, "USD", "2022-01-01", "2022-02-28", False),
            ("PER", "BOL", "import", 214_600_000, "USD", "2022-01-01", "2022-02-28", False),
        ],
    ),
    (
        "the-largest-market-named-after-its-role-owns-no-later-clause-s-flow",
        None,
        "Ghana's external trade turnover in January-June 2021 amounted to $ 7,83 billion.\n\n"
        "The largest export market was Togo, where demand was strong, while imports from "
        "Nigeria reached $ 1,08 billion.",
        D(2021, 7, 20),
        [
            ("GHA", None, "turnover", 7_830_000_000, "USD", "2021-01-01", "2021-06-30", False),
            ("GHA", "NGA", "import", 1_080_000_000, "USD", "2021-01-01", "2021-06-30", False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"),
    [
        pytest.param(title, body, published, rows, id=name)
        for name, title, body, published, rows in RECORDS
    ],
)
def test_records(title: str | None, body: str, published: dt.date, expected: list[Row]) -> None:
    """Each class gives exactly the records written under it."""
    assert sorted(trade_rows(body, published, title), key=repr) == sorted(expected, key=repr)
