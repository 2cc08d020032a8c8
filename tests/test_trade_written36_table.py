"""Trade error classes of session 36's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (the writers' wire and business copy written blind after the corpus' outlets, the
blind corpus keys): a way of writing trade figures that recurs, not one writer's habit.
No row repeats a sentence, a name pairing or a figure of those texts:

- ``ranked-partner-aside-or-rival``: a ranked partner's figure told by its buying or
  selling is the story's state's trade with it when the rank stands in a comma aside
  ("B, A's largest market, bought goods worth X") and when the rank names a rival above
  it ("B was the country's second market after C, taking X"): C is no side of the figure.
- ``neighbour-just-named``: a neighbour told by a phrase with no state before it in its
  sentence ("A's surplus with its neighbour was X") is the state other than A that the
  text named last before the sentence (in its paragraph or the one before), not the pair
  an earlier paragraph set ("exports to the US") nor A's whole world.
- ``cfa-franc``: a figure in CFA francs is in the West African franc (XOF), or in the
  Central African one (XAF) in a story of a state that issues it; it is no figure of
  unknown currency, and no French franc.
- ``overall-trade-is-the-world``: a figure of a state's overall (total, global) trade
  ("A's overall trade showed a surplus of X", "A's overall trade surplus rose to X") is
  A's trade with the world: not with the pair the headline or an earlier sentence set,
  nor with a state a trailing clause names after the amount ("..., adding to tension
  with B").
- ``rate-is-no-dollar-figure``: in a story that names its dollar with its issuer ("214
  mln N.Z. dlrs") and writes the later figures as bare "dlrs", an exchange rate or a unit
  price in US dollars ("the N.Z. dollar eased to 0.58 U.S. dlrs", "3.20 U.S. dlrs a
  bushel") does not make the bare "dlrs" US dollars: an amount counted in them does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- ranked-partner-aside-or-rival: "B, A's second market after C, bought goods worth X"
    (
        "ranked-partner-aside-or-rival",
        "ranked-market-in-an-aside-buys-goods",
        None,
        "LIMA, Oct 2 - Peru's exports climbed to 1.9 billion dlrs in the first half.\n\n"
        "Germany, Peru's third biggest market, bought goods worth 146 mln dlrs in the "
        "half, central bank data showed.",
        D(1987, 10, 2),
        [
            ("PER", None, "export", 1_900_000_000, "USD", "1987-01-01", "1987-06-30", False),
            ("PER", "DEU", "export", 146_000_000, "USD", "1987-01-01", "1987-06-30", False),
        ],
    ),
    (
        "ranked-partner-aside-or-rival",
        "ranked-market-after-a-rival-in-an-aside",
        None,
        "QUITO, Sept 8 - Ecuador's trade surplus rose to 310 mln dlrs in 1986.\n\n"
        "Italy, Ecuador's fourth largest customer after Germany, bought goods worth 61 mln "
        "dlrs in 1986, the figures showed.",
        D(1987, 9, 8),
        [
            ("ECU", None, "balance", 310_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ECU", "ITA", "export", 61_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "ranked-partner-aside-or-rival",
        "ranked-market-after-a-rival-takes-goods",
        None,
        "COLOMBO, Aug 4 - Sri Lanka's exports rose to 1.2 billion dlrs in 1986.\n\n"
        "Britain was the country's second biggest customer after India last year, taking 98 "
        "mln dlrs worth of Sri Lankan goods, officials said.",
        D(1987, 8, 4),
        [
            ("LKA", None, "export", 1_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("LKA", "GBR", "export", 98_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "ranked-partner-aside-or-rival",
        "ranked-supplier-in-an-aside-sells-goods",
        None,
        "BANGKOK, May 2 - Thailand's imports rose to 4.1 billion dlrs in the first quarter.\n\n"
        "Japan, Thailand's largest supplier ahead of the United States, sold goods worth "
        "1.3 billion dlrs in the quarter, the ministry said.",
        D(1987, 5, 2),
        [
            ("THA", None, "import", 4_100_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("THA", "JPN", "import", 1_300_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "ranked-partner-aside-or-rival",
        "near-miss-owner-named-after-the-role-stays-the-owner",
        None,
        "LA PAZ, March 1 - Bolivia's exports fell to 540 mln dlrs in 1986.\n\nIn the region, "
        "Chile was the largest market of Peru, taking 75 mln dlrs in 1986, officials said.",
        D(1987, 3, 1),
        [
            ("BOL", None, "export", 540_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PER", "CHL", "export", 75_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "ranked-partner-aside-or-rival",
        "near-miss-an-aside-with-no-rank-gives-no-item",
        None,
        "LIMA, Oct 2 - Peru's exports climbed to 1.9 billion dlrs in the first half.\n\n"
        "Germany, a market Peru values, bought goods worth 146 mln dlrs in the half.",
        D(1987, 10, 2),
        [("PER", None, "export", 1_900_000_000, "USD", "1987-01-01", "1987-06-30", False)],
    ),
    # --- neighbour-just-named: "Trade with B caused friction. A's surplus with its neighbour"
    (
        "neighbour-just-named",
        "neighbour-after-an-earlier-pair-is-the-state-just-named",
        None,
        "Chile's exports rose 12% to $41.3bn in 2005, official figures show.\n\nSales to China "
        "reached $5.1bn, while exports to the US were worth $6.2bn.\n\nTrade with Peru has "
        "caused friction, with Lima limiting imports of Chilean wine. Chile's surplus with "
        "its neighbour was $0.7bn last year.",
        None,
        [
            ("CHL", None, "export", 41_300_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("CHL", "CHN", "export", 5_100_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("CHL", "USA", "export", 6_200_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("CHL", "PER", "balance", 700_000_000, "USD", "2005-01-01", "2005-12-31", False),
        ],
    ),
    (
        "neighbour-just-named",
        "neighbour-named-later-in-its-sentence-is-the-state-just-named",
        None,
        "Uruguay's exports climbed to $3.4bn in 2005, figures show.\n\nThe figures revived a "
        "dispute with Argentina, Uruguay's second partner. Uruguay's deficit with its "
        "neighbour grew to $0.4bn in 2005, with exports to Argentina of $0.3bn.",
        None,
        [
            ("URY", None, "export", 3_400_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("URY", "ARG", "balance", -400_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("URY", "ARG", "export", 300_000_000, "USD", "2005-01-01", "2005-12-31", False),
        ],
    ),
    (
        "neighbour-just-named",
        "near-miss-a-partner-named-in-the-sentence-stays-the-neighbour",
        None,
        "Peru's exports rose to $38.2bn in 2005, official figures show.\n\nTalks with Bolivia "
        "on gas stalled. Peru's exports to Chile rose to $0.9bn, while imports from its "
        "neighbour came to $0.6bn.",
        None,
        [
            ("PER", None, "export", 38_200_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("PER", "CHL", "export", 900_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("PER", "CHL", "import", 600_000_000, "USD", "2005-01-01", "2005-12-31", False),
        ],
    ),
    # --- cfa-franc: "52.4 billion CFA francs"
    (
        "cfa-franc",
        "west-african-cfa-francs-with-a-partner",
        None,
        "DAKAR, May 4 - Senegal's exports to Mali rose to 52.4 billion CFA francs in 1986 from "
        "47.1 billion in 1985, the customs office said.",
        D(1987, 5, 4),
        [
            ("SEN", "MLI", "export", 52_400_000_000, "XOF", "1986-01-01", "1986-12-31", False),
            ("SEN", "MLI", "export", 47_100_000_000, "XOF", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "cfa-franc",
        "west-african-cfa-francs-balance",
        None,
        "ABIDJAN, Sept 9 - Ivory Coast's trade surplus reached 410 billion CFA francs in 1986, "
        "the statistics institute said.",
        D(1987, 9, 9),
        [("CIV", None, "balance", 410_000_000_000, "XOF", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "cfa-franc",
        "central-african-cfa-francs-in-a-cameroon-story",
        None,
        "YAOUNDE, Feb 3 - Cameroon's exports to Gabon were worth 18.2 billion CFA francs last "
        "year, the trade ministry said.",
        D(1987, 2, 3),
        [("CMR", "GAB", "export", 18_200_000_000, "XAF", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "cfa-franc",
        "near-miss-bare-francs-stay-french",
        None,
        "PARIS, May 4 - French exports to Algeria rose to 14.2 billion francs in 1986, customs "
        "said.",
        D(1987, 5, 4),
        [("FRA", "DZA", "export", 14_200_000_000, "FRF", "1986-01-01", "1986-12-31", False)],
    ),
    # --- overall-trade-is-the-world: "A's overall trade showed a surplus of X"
    (
        "overall-trade-is-the-world",
        "overall-trade-after-a-headline-pair",
        "PHILIPPINE SURPLUS WITH U.S. WIDENS",
        "MANILA, May 8 - The Philippines' trade surplus with the United States grew to 210 mln "
        "dlrs in January-March from 150 mln a year earlier, the census office "
        "said.\n\nThe Philippines' overall trade showed a deficit of 171 mln dlrs in the first "
        "quarter, against a surplus of 58 mln dlrs a year earlier, it said.",
        D(1987, 5, 8),
        [
            ("PHL", "USA", "balance", 210_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("PHL", "USA", "balance", 150_000_000, "USD", "1986-01-01", "1986-03-31", False),
            ("PHL", None, "balance", -171_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("PHL", None, "balance", 58_000_000, "USD", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "overall-trade-is-the-world",
        "overall-surplus-before-a-trailing-clause-with-states",
        None,
        "BONN, July 2 - West Germany's overall trade surplus widened to 56.2 billion marks in "
        "January-June, the statistics office said, adding to tension with Paris and Rome.",
        D(1987, 7, 2),
        [("DEU", None, "balance", 56_200_000_000, "DEM", "1987-01-01", "1987-06-30", False)],
    ),
    (
        "overall-trade-is-the-world",
        "near-miss-a-surplus-with-a-partner-keeps-it",
        None,
        "BONN, July 2 - West Germany's trade surplus with France rose to 9.1 billion marks in "
        "the first half, the statistics office said.",
        D(1987, 7, 2),
        [("DEU", "FRA", "balance", 9_100_000_000, "DEM", "1987-01-01", "1987-06-30", False)],
    ),
    (
        "overall-trade-is-the-world",
        "near-miss-total-trade-with-a-partner-keeps-it",
        None,
        "TAIPEI, May 8 - Taiwan's total trade with Japan rose to 2.4 billion dlrs in April, the "
        "ministry said.",
        D(1987, 5, 8),
        [("TWN", "JPN", "turnover", 2_400_000_000, "USD", "1987-04-01", "1987-04-30", False)],
    ),
    # --- rate-is-no-dollar-figure: "... firmed to 0.58 U.S. dlrs" leaves the story's dollar
    (
        "rate-is-no-dollar-figure",
        "exchange-rate-in-us-dollars-keeps-the-local-dollar",
        None,
        "WELLINGTON, May 6 - New Zealand's trade surplus rose to 214 mln N.Z. dlrs in March "
        "from 96 mln in February, the statistics department said.\n\nExports rose to 1.02 "
        "billion dlrs in March, while imports were 806 mln.\n\nThe New Zealand dollar eased "
        "to 0.5810 U.S. dlrs on the news.",
        D(1987, 5, 6),
        [
            ("NZL", None, "balance", 214_000_000, "NZD", "1987-03-01", "1987-03-31", False),
            ("NZL", None, "balance", 96_000_000, "NZD", "1987-02-01", "1987-02-28", False),
            ("NZL", None, "export", 1_020_000_000, "NZD", "1987-03-01", "1987-03-31", False),
            ("NZL", None, "import", 806_000_000, "NZD", "1987-03-01", "1987-03-31", False),
        ],
    ),
    (
        "rate-is-no-dollar-figure",
        "unit-price-in-us-dollars-keeps-the-local-dollar",
        None,
        "TORONTO, Aug 4 - Canada's trade surplus with the United States widened to 1.6 billion "
        "Canadian dlrs in June, Statistics Canada said.\n\nExports of wheat fetched 3.20 U.S. "
        "dlrs a bushel, while total exports to the United States were 7.4 billion dlrs.",
        D(1987, 8, 4),
        [
            ("CAN", "USA", "balance", 1_600_000_000, "CAD", "1987-06-01", "1987-06-30", False),
            ("CAN", "USA", "export", 7_400_000_000, "CAD", "1987-06-01", "1987-06-30", False),
        ],
    ),
    (
        "rate-is-no-dollar-figure",
        "near-miss-an-amount-in-us-dollars-makes-bare-dlrs-us",
        None,
        "WELLINGTON, May 6 - New Zealand's trade surplus rose to 214 mln N.Z. dlrs in March, "
        "the statistics department said.\n\nExports to Japan were worth 120 mln U.S. dlrs in "
        "March, while imports rose to 806 mln dlrs.",
        D(1987, 5, 6),
        [
            ("NZL", None, "balance", 214_000_000, "NZD", "1987-03-01", "1987-03-31", False),
            ("NZL", "JPN", "export", 120_000_000, "USD", "1987-03-01", "1987-03-31", False),
            ("NZL", "JPN", "import", 806_000_000, "USD", "1987-03-01", "1987-03-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written36_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written36_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
