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
