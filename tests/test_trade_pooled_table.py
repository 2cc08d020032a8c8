"""Trade error classes pooled over every released set, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class
is here only when its errors were read in three or more different sets (the shared dev
and crawled keys, a page letter's writer, a blind corpus key): a way of writing trade
figures that recurs across independent sources, not one writer's construction. No row
repeats a sentence, a name pairing or a figure of those texts:

- ``sides-of-a-meeting``: "In his talks with B's premier, Macron noted that trade between
  the two countries ...", "Lula will visit B. (...) The sides aim to raise trade to X":
  the two sides of a bilateral figure are the meeting's, one of them named only by its
  office holder (the state he served that year), and "the two countries" are two states,
  not the story's state and a group a passing sentence paired it with;
- ``ranked-partner-amount-after-rank``: "B accounted for the lion's share (of the trade),
  with X", "B became A's second partner after C, with whom trade stood at X": "the lion's
  share" ranks a partner as "the largest share" does, and "with whom" opens the ranked
  state's clause as "with which" does (not a product's trade);
- ``group-partner-by-noun``: "trade with the union's countries", "between A and the other
  member states of the organization", "With the countries of the CIS as a whole, turnover
  came to X": a group named back by its noun (or its members so named) is the partner, as
  "the union" and "the bloc" are; "as a whole" after a fronted group leaves it the partner;
- near misses that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- sides-of-a-meeting: the sides are the meeting's, an official naming one
    (
        "sides-of-a-meeting",
        "talks-with-named-leader-official-alone",
        None,
        "On the sidelines of the climate conference, Macron held separate talks with the "
        "leaders of Chile, Peru and Kenya. In his talks with Kenyan President William Ruto, "
        "Macron noted that trade between the two countries had grown to EUR 900 million in "
        "2023.",
        D(2024, 11, 20),
        [("FRA", "KEN", "turnover", 900_000_000, "EUR", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "sides-of-a-meeting",
        "met-premier-two-leaders-agreed",
        None,
        "Ramaphosa met Vietnam's prime minister in Hanoi on Monday, the presidency said. The "
        "two leaders agreed that trade between the two countries, at $2.2 billion last year, "
        "should double by 2030.",
        D(2024, 10, 10),
        [("ZAF", "VNM", "turnover", 2_200_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "sides-of-a-meeting",
        "visit-announced-the-sides-aim",
        None,
        "Lula will pay a state visit to Angola next week, the presidency said.\n\nIn Luanda "
        "he will hold talks with his counterpart and open a business forum.\n\nThe sides aim "
        "to raise mutual trade to $5 billion by 2028.",
        D(2024, 5, 2),
        [("BRA", "AGO", "turnover", 5_000_000_000, "USD", "2028-01-01", "2028-12-31", True)],
    ),
    (
        "sides-of-a-meeting",
        "visit-next-week-two-countries-goal",
        None,
        "Modi will visit Japan next week.\n\nThe two countries aim to raise bilateral trade "
        "to $30 billion by 2027.",
        D(2024, 4, 10),
        [("IND", "JPN", "turnover", 30_000_000_000, "USD", "2027-01-01", "2027-12-31", True)],
    ),
    (
        "sides-of-a-meeting",
        "two-countries-after-a-group-total",
        None,
        "Trade between Ghana and France reached EUR 1.9 billion in 2023, the embassy said."
        "\n\nOverall, Ghana's trade with EU countries totalled EUR 9 billion.\n\nThe "
        "governments of the two countries intend to raise bilateral trade to EUR 4 billion "
        "by 2030.",
        D(2024, 4, 10),
        [
            ("GHA", "FRA", "turnover", 1_900_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("GHA", "EU", "turnover", 9_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("GHA", "FRA", "turnover", 4_000_000_000, "EUR", "2030-01-01", "2030-12-31", True),
        ],
    ),
    # --- ranked-partner-amount-after-rank: the ranked partner's own amount
    (
        "ranked-partner-amount-after-rank",
        "lions-share-of-the-trade-with-about",
        None,
        "Ghana's trade with ECOWAS reached $5 billion in 2023. Nigeria accounted for the "
        "lion's share of the trade with about $2.7 billion.",
        D(2024, 3, 1),
        [
            ("GHA", "ECOWAS", "turnover", 5_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 2_700_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-partner-amount-after-rank",
        "lions-share-comma-with-then-followed-by",
        None,
        "Ghana's exports to the bloc stood at $1.6 billion in 2023, while Ghana imported "
        "$3.2 billion worth of goods from its members. Nigeria accounted for the lion's share, "
        "with $3.1 billion in trade with Ghana, followed by Togo at $420 million and Benin at "
        "$260 million.",
        D(2024, 3, 1),
        [
            ("GHA", None, "export", 1_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", None, "import", 3_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "NGA", "turnover", 3_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "turnover", 420_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "BEN", "turnover", 260_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "ranked-partner-amount-after-rank",
        "took-the-lions-share-of-exports",
        None,
        "Peru's exports to Asia rose to $31 billion in 2023. China took the lion's share, with "
        "$21 billion of Peruvian exports.",
        D(2024, 3, 1),
        [("PER", "CHN", "export", 21_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "ranked-partner-amount-after-rank",
        "second-partner-after-c-with-whom",
        None,
        "Ghana's trade with Togo reached $800 million in 2023. Togo thus became Ghana's second "
        "largest trading partner after China, with whom trade stood at $4.6 billion.",
        D(2024, 3, 1),
        [
            ("GHA", "TGO", "turnover", 800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("GHA", "CHN", "turnover", 4_600_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "lions-share-of-investment",
        None,
        "Ghana's foreign trade reached $21 billion in 2023. China accounted for the lion's "
        "share of foreign investment, with $2 billion.",
        D(2024, 3, 1),
        [("GHA", None, "turnover", 21_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "with-whom-a-person-no-trade",
        None,
        "Ghana's trade with Togo reached $800 million in 2023, said the minister, with whom the "
        "envoy discussed new projects worth $90 million.",
        D(2024, 3, 1),
        [("GHA", "TGO", "turnover", 800_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- group-partner-by-noun: the group named back by its noun or its members
    (
        "group-partner-by-noun",
        "national-currency-union-s-countries",
        None,
        "Armenia's trade with the EAEU rose 12 percent in January-March 2024. In national "
        "currency, Armenia's trade with the union's countries over the quarter came to 410 "
        "billion drams.",
        D(2024, 4, 20),
        [("ARM", "EAEU", "turnover", 410_000_000_000, "AMD", "2024-01-01", "2024-03-31", False)],
    ),
    (
        "group-partner-by-noun",
        "between-a-and-other-member-states-of-the-organization",
        None,
        "Leaders of the Organization of Turkic States met in Baku on Friday. Speaking at the "
        "summit, the Kyrgyz president said trade between Kyrgyzstan and the other member "
        "states of the organization reached $3.3 billion in 2023.",
        D(2024, 3, 1),
        [("KGZ", "OTS", "turnover", 3_300_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "group-partner-by-noun",
        "fronted-group-as-a-whole",
        None,
        "Uzbekistan's foreign trade totalled $63 billion in 2023. With the countries of the "
        "Commonwealth of Independent States as a whole, turnover came to $22 billion, and with "
        "the rest of the world to $41 billion.",
        D(2024, 2, 1),
        [
            ("UZB", None, "turnover", 63_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("UZB", "CIS", "turnover", 22_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "group-partner-by-noun",
        "imports-from-the-organization-s-members",
        None,
        "Belarus's trade with the Eurasian Economic Union grew in 2023. Belarus's imports from "
        "the organization's members stood at $21 billion.",
        D(2024, 2, 1),
        [("BLR", "EAEU", "import", 21_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "organization-s-budget-no-trade",
        None,
        "Peru joined the Pacific Alliance in 2012. Peru's contribution to the organization's "
        "budget reached $4 million in 2023, while its exports to Chile came to $1.8 billion.",
        D(2024, 2, 1),
        [("PER", "CHL", "export", 1_800_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "state-trade-as-a-whole-in-a-clause",
        None,
        "Kenya's foreign trade reached $24 billion in 2023, and its trade with Uganda as a "
        "whole came to $1.2 billion.",
        D(2024, 2, 1),
        [
            ("KEN", None, "turnover", 24_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "UGA", "turnover", 1_200_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "near-miss",
        "both-sides-a-state-and-the-union",
        None,
        "Trade between Chile and the EU reached EUR 18 billion in 2023.\n\nBoth sides aim to "
        "bring trade to EUR 25 billion by 2030.",
        D(2024, 4, 10),
        [
            ("CHL", "EU", "turnover", 18_000_000_000, "EUR", "2023-01-01", "2023-12-31", False),
            ("CHL", "EU", "turnover", 25_000_000_000, "EUR", "2030-01-01", "2030-12-31", True),
        ],
    ),
    (
        "near-miss",
        "official-of-a-third-state-two-named",
        None,
        "Kishida met the presidents of Peru and Chile in Lima on Friday. The leaders said "
        "trade between the two countries reached $4 billion in 2023.",
        D(2024, 4, 10),
        [("PER", "CHL", "turnover", 4_000_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_pooled_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_pooled_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
