"""Trade error classes of session 53: trade figures never made (recall).

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy and
the corpus keys); no row repeats a sentence, a name pairing or a figure of those texts:

- ``december-this-year``: in a story published in December, a fact for "this year" with no
  months named is the whole year's figure (the year all but over), not a part of a year
  still running; in any other month, or with its months named, it reads as before.
- ``goods-price-no-balance``: a product's price or purchases ("as oil prices slumped",
  "the lower value of gas purchases") is no balance of its own, so a bare "deficit" or
  "surplus" after it in the sentence is still the trade balance; a state's purchases, a
  product's flow and the other balances (current account, budget) still block it.
- ``purchases-of-state-goods``: "its purchases of Chilean goods", "purchases of X in
  Mexican goods" are the subject's imports from the state whose goods they are; purchases
  of one product, or a firm's, are still no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

_NORWAY = (
    "Norway's exports to Austria fell to 430 mln dlrs this year from 490 mln dlrs in 1986, "
    "the trade ministry estimated on Thursday."
)
_NORWAY_1986: Row = ("NOR", "AUT", "export", 490_000_000, "USD", "1986-01-01", "1986-12-31", False)

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "december-this-year",
        "a-december-estimate-for-this-year",
        None,
        "OSLO, Dec 10 - " + _NORWAY,
        D(1987, 12, 10),
        [
            ("NOR", "AUT", "export", 430_000_000, "USD", "1987-01-01", "1987-12-31", False),
            _NORWAY_1986,
        ],
    ),
    (
        "december-this-year",
        "this-year-as-the-base-of-next-years-goal",
        None,
        "CAIRO, Dec 15 - Egypt and Hungary signed a protocol on Tuesday that seeks to lift "
        "two-way trade to 300 mln dlrs next year from about 210 mln dlrs this year, officials "
        "said.",
        D(1987, 12, 15),
        [
            ("EGY", "HUN", "turnover", 300_000_000, "USD", "1988-01-01", "1988-12-31", True),
            ("EGY", "HUN", "turnover", 210_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "december-this-year",
        "near-miss-a-june-story-leaves-this-year-out",
        None,
        "OSLO, June 10 - " + _NORWAY,
        D(1987, 6, 10),
        [_NORWAY_1986],
    ),
    (
        "december-this-year",
        "near-miss-named-months-stay-the-months",
        None,
        "OSLO, Dec 10 - Norway's exports to Austria fell to 430 mln dlrs in the first ten "
        "months of this year, the trade ministry said on Thursday.",
        D(1987, 12, 10),
        [("NOR", "AUT", "export", 430_000_000, "USD", "1987-01-01", "1987-10-31", False)],
    ),
    (
        "goods-price-no-balance",
        "a-deficit-after-a-products-price",
        None,
        "MADRID, May 6 - Spain's imports from Nigeria, mostly crude, dropped to 95 billion "
        "pesetas in 1986 from 160 billion as oil prices slumped, leaving Spain with a deficit "
        "of 61 billion pesetas in its trade with Nigeria, figures showed.",
        D(1987, 5, 6),
        [
            ("ESP", "NGA", "import", 95_000_000_000, "ESP", "1986-01-01", "1986-12-31", False),
            ("ESP", "NGA", "balance", -61_000_000_000, "ESP", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "goods-price-no-balance",
        "a-deficit-after-a-products-purchases",
        None,
        "ROME, April 3 - Officials said the lower value of gas purchases had also cut Italy's "
        "deficit with Algeria to 1.4 trillion lire in 1986 from 2.6 trillion in 1985.",
        D(1987, 4, 3),
        [
            ("ITA", "DZA", "balance", -1_400_000_000_000, "ITL", "1986-01-01", "1986-12-31", False),
            ("ITA", "DZA", "balance", -2_600_000_000_000, "ITL", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "goods-price-no-balance",
        "near-miss-a-states-purchases-still-block",
        None,
        "SEOUL, March 3 - The minister said U.S. purchases would help to cut his country's "
        "6.2 billion dlr surplus with the United States.",
        D(1987, 3, 3),
        [],
    ),
    (
        "goods-price-no-balance",
        "near-miss-a-products-flow-still-blocks",
        None,
        "ANKARA, Nov 2 - Fuel imports, the main cause of the deficit, fell to 2.1 billion dlrs "
        "in October, the institute said.",
        D(2023, 11, 2),
        [],
    ),
    (
        "goods-price-no-balance",
        "near-miss-the-current-account-still-blocks",
        None,
        "MADRID, May 6 - Oil prices slumped in 1986 and the current account deficit narrowed "
        "to 900 mln dlrs, the bank said.",
        D(1987, 5, 6),
        [],
    ),
    (
        "purchases-of-state-goods",
        "purchases-of-a-demonyms-goods",
        None,
        "ROME, May 8 - Italy's exports to Chile climbed to 410 mln dlrs in 1986 from 350 mln "
        "dlrs in 1985, while its purchases of Chilean goods, mainly copper and fruit, eased to "
        "290 mln dlrs, the institute said.",
        D(1987, 5, 8),
        [
            ("ITA", "CHL", "export", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("ITA", "CHL", "export", 350_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("ITA", "CHL", "import", 290_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "purchases-of-state-goods",
        "purchases-of-an-amount-in-a-demonyms-goods",
        None,
        "Last year Canada sold more to the world than it bought, with purchases of 3.1 "
        "billion dlrs in Mexican goods, the agency said.",
        D(1987, 5, 8),
        [("CAN", "MEX", "import", 3_100_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "purchases-of-state-goods",
        "near-miss-purchases-of-one-product",
        None,
        "ROME, May 8 - Italy's purchases of Chilean copper fell to 120 mln dlrs in 1986, the "
        "institute said.",
        D(1987, 5, 8),
        [],
    ),
    (
        "purchases-of-state-goods",
        "near-miss-a-firms-purchases",
        None,
        "ROME, May 8 - The group's purchases of Chilean goods reached 45 mln dlrs in 1986, "
        "the company said.",
        D(1987, 5, 8),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written53_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written53_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
