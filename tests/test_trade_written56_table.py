"""Trade error classes of session 56: the sides of trade figures (reporter and partner).

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy and
the corpus keys); no row repeats a sentence, a name pairing or a figure of those texts:

- ``group-told-by-description``: a country group the figure is with, told by a description
  rather than its name, is the partner: a state's partners in it ("exports to A's partners
  in the ASEAN group", "the deficit with A's European Community partners accounted for
  X"), or the group named back by its noun with a lower-case word before it ("from the
  customs union", "with the enlarged 12-nation bloc"); a state's partners or a union that
  the story names no group for are still no partner.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "group-told-by-description",
        "exports-to-a-states-partners-in-a-group",
        None,
        "BANGKOK, May 6 - Thai exports climbed to 9.1 billion dlrs in 1986, the Commerce "
        "Ministry said. Exports to Thailand's partners in the ASEAN group rose to 1.4 billion "
        "dlrs.",
        D(1987, 5, 6),
        [
            ("THA", None, "export", 9_100_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("THA", "ASEAN", "export", 1_400_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "group-told-by-description",
        "deficit-with-a-states-group-partners-accounted-for",
        None,
        "LISBON, March 3 - Portugal's trade deficit widened to 2.9 billion dlrs in 1986, the "
        "statistics institute said. The deficit with Portugal's European Community partners "
        "accounted for 1.6 billion dlrs.",
        D(1987, 3, 3),
        [
            ("PRT", None, "balance", -2_900_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PRT", "EU", "balance", -1_600_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "group-told-by-description",
        "goods-from-the-customs-union",
        None,
        "MASERU, June 2 - Lesotho wants a bigger cut of Southern African Customs Union "
        "receipts, officials said. Lesotho bought goods worth 1.1 billion rand from the "
        "customs union in 1986, about nine tenths of its imports.",
        D(1987, 6, 2),
        [("LSO", "SACU", "import", 1_100_000_000, "ZAR", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "group-told-by-description",
        "trade-with-the-enlarged-counted-bloc",
        None,
        "OSLO, Feb 9 - The European Community is Norway's main market. Trade between Norway "
        "and the enlarged 12-nation bloc was worth 310 billion crowns in 1986, the statistics "
        "bureau said.",
        D(1987, 2, 9),
        [("NOR", "EU", "turnover", 310_000_000_000, "NOK", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "group-told-by-description",
        "near-miss-a-states-neighbours-name-no-group",
        None,
        "BUENOS AIRES, May 6 - Argentina's exports rose to 6.9 billion dlrs in 1986. Exports "
        "to Argentina's neighbours came to 1.2 billion dlrs, the ministry said.",
        D(1987, 5, 6),
        [("ARG", None, "export", 6_900_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "group-told-by-description",
        "near-miss-a-customs-union-the-story-never-names",
        None,
        "MASERU, June 2 - Lesotho purchased 1.1 billion rand of goods from the customs union "
        "area last year, officials said.",
        D(1987, 6, 2),
        [],
    ),
    (
        "group-told-by-description",
        "near-miss-a-union-named-in-full",
        None,
        "ADDIS ABABA, May 2 - Ethiopia's exports to the African Union's other members rose to "
        "210 mln dlrs in 1986, officials said.",
        D(1987, 5, 2),
        [("ETH", "AU", "export", 210_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written56_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written56_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
