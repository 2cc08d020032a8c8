"""Trade error classes of session 24's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (eight writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``bloc-by-count-or-noun``: news names the group a story is about by a common noun: its
  member count ("a surplus with the twelve-nation bloc", "that left the 27-member bloc with a
  deficit of X", "the four-nation bloc's imports") or "the Community" opening a sentence
  ("The Community's trade deficit with B"): the group the story named last, as "the bloc"
  after "with" already was; a counted noun with no group named before, and "the Community"
  in a story naming no European Community, stay no group.
- ``goods-bought-of-origin``: news tells a state's imports as the state buying an amount
  of another state's goods, the goods' origin after the amount ("A bought $X of B-ian
  goods", "A bought X pesetas worth of B-ian goods"): B is the partner, as in "A bought
  B-ian goods worth X"; a product after the amount ("worth of B-ian phosphate") stays a
  product, and a buyer that is no state (a firm) no trade.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- bloc-by-count-or-noun: a counted bloc, "The Community" at a sentence start
    (
        "bloc-by-count-or-noun",
        "surplus-with-the-12-nation-bloc",
        None,
        "SEOUL, March 2 - South Korea's exports to the European Community climbed to 4.1 "
        "billion dlrs in 1987. Imports from the Community were 2.9 billion dlrs, leaving a "
        "surplus of 1.2 billion dlrs with the 12-nation bloc, the ministry said.",
        D(1988, 3, 2),
        [
            ("KOR", "EU", "export", 4_100_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("KOR", "EU", "import", 2_900_000_000, "USD", "1987-01-01", "1987-12-31", False),
            ("KOR", "EU", "balance", 1_200_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "bloc-by-count-or-noun",
        "counted-bloc-as-the-object-of-gave",
        None,
        "The European Union's imports from Vietnam rose to 9.2bn euros in 2007. That gave the "
        "27-member bloc a deficit of 5.1bn euros with Vietnam, Eurostat said.",
        D(2008, 2, 15),
        [
            ("EU", "VNM", "import", 9_200_000_000, "EUR", "2007-01-01", "2007-12-31", False),
            ("EU", "VNM", "balance", -5_100_000_000, "EUR", "2007-01-01", "2007-12-31", False),
        ],
    ),
    (
        "bloc-by-count-or-noun",
        "counted-bloc-owns-its-imports",
        None,
        "Mercosur's exports to Egypt rose to $2.1bn in 2011. The four-nation bloc's imports "
        "from Egypt were $300m.",
        D(2012, 6, 10),
        [
            ("MERCOSUR", "EGY", "export", 2_100_000_000, "USD", "2011-01-01", "2011-12-31", False),
            ("MERCOSUR", "EGY", "import", 300_000_000, "USD", "2011-01-01", "2011-12-31", False),
        ],
    ),
    (
        "bloc-by-count-or-noun",
        "the-community-s-deficit-opens-the-sentence",
        None,
        "BRUSSELS, May 10 - European Community foreign ministers met in Brussels. The "
        "Community's trade deficit with Japan widened to 22 billion dlrs in 1987, Commission "
        "figures showed.",
        D(1988, 5, 10),
        [("EU", "JPN", "balance", -22_000_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    (
        "bloc-by-count-or-noun",
        "the-community-s-exports-open-the-sentence",
        None,
        "BRUSSELS, May 10 - European Community farm ministers met again. The Community's "
        "exports to Canada rose to 14 billion dlrs in 1987.",
        D(1988, 5, 10),
        [("EU", "CAN", "export", 14_000_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    (
        "bloc-by-count-or-noun",
        "near-miss-counted-noun-with-no-group-named",
        None,
        "Chile's exports to China rose to $18bn in 2011. The union of dockers said the "
        "twelve-nation bloc of buyers was no partner of note.",
        D(2012, 6, 10),
        [("CHL", "CHN", "export", 18_000_000_000, "USD", "2011-01-01", "2011-12-31", False)],
    ),
    (
        "bloc-by-count-or-noun",
        "near-miss-the-community-with-no-european-community",
        None,
        "LAGOS, May 10 - The Community's development fund will pay for three new ports. "
        "Nigeria's exports to Ghana rose to 300 mln dlrs in 1987.",
        D(1988, 5, 10),
        [("NGA", "GHA", "export", 300_000_000, "USD", "1987-01-01", "1987-12-31", False)],
    ),
    # --- goods-bought-of-origin: "A bought $X of B-ian goods" is A's import from B
    (
        "goods-bought-of-origin",
        "bought-pesetas-worth-of-demonym-goods-with-base",
        None,
        "MADRID, May 12 - Spain bought 2.3 billion pesetas worth of Moroccan goods in 1986, "
        "up from 1.9 billion in 1985, customs figures showed.",
        D(1987, 5, 12),
        [
            ("ESP", "MAR", "import", 2_300_000_000, "ESP", "1986-01-01", "1986-12-31", False),
            ("ESP", "MAR", "import", 1_900_000_000, "ESP", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "goods-bought-of-origin",
        "bought-dollars-of-demonym-goods-after-a-meeting",
        None,
        "Officials from the two governments met in La Paz on Monday. Brazil bought $1.2bn of "
        "Bolivian goods in 2010, the trade ministry in Brasilia said.",
        D(2011, 4, 1),
        [("BRA", "BOL", "import", 1_200_000_000, "USD", "2010-01-01", "2010-12-31", False)],
    ),
    (
        "goods-bought-of-origin",
        "bought-of-demonym-goods-after-exports-to",
        None,
        "Egypt's exports to Jordan rose to $400m in 2009, while Egypt bought $250m of "
        "Jordanian goods, mostly fertiliser and medicines.",
        D(2010, 3, 1),
        [
            ("EGY", "JOR", "export", 400_000_000, "USD", "2009-01-01", "2009-12-31", False),
            ("EGY", "JOR", "import", 250_000_000, "USD", "2009-01-01", "2009-12-31", False),
        ],
    ),
    (
        "goods-bought-of-origin",
        "near-miss-worth-of-a-product",
        None,
        "MADRID, May 12 - Spain bought 2.3 billion pesetas worth of Moroccan phosphate in "
        "1986, customs figures showed.",
        D(1987, 5, 12),
        [],
    ),
    (
        "goods-bought-of-origin",
        "near-miss-a-firm-buys-goods",
        None,
        "A Cairo retailer bought $25m of Jordanian goods in 2009, the company said.",
        D(2010, 3, 1),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written24_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written24_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
