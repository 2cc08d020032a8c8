"""Trade error classes of session 31's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twenty-two writers' wire copy written blind after the corpus' outlets, the blind
corpus keys, the audit's trade silver): a way of writing trade figures that recurs, not
one writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``undated-story-years-of-history``: a story with no date reports a year by dating a
  figure in it ("the surplus widened to $5bn in 2006", "the economy grew 6% in 2007"); a
  year named only in its history (a dispute of 1978, relations that soured in 2008, a
  war that ended in 1989) dates no figure, so it does not tell which year the story's
  "last year" is, and a figure of "last year" gives no record. A year that dates an
  amount or a rate still tells it.
- ``goods-bought-or-sold``, its part of goods sold abroad: news tells a state's exports as
  its goods sold abroad ("sales of Peruvian goods abroad climbed to X", "Norwegian
  exporters sold goods worth X abroad", "Kenyan firms sold products worth X abroad"): the
  state whose goods or traders they are exports X to the world. A product sold abroad
  ("producers sold rice worth X abroad", "sales of Chilean wine abroad") or goods sold with
  neither a partner nor "abroad" give no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- undated-story-years-of-history: "last year" in an undated story naming only history
    (
        "undated-story-years-of-history",
        "a-dispute-of-a-year-is-no-report",
        None,
        "Chile and Bolivia have agreed to reopen talks on a sea outlet, officials said. The "
        "two have had no full diplomatic ties since the dispute of 1978. Trade between the "
        "two countries was worth about $900m last year, most of it Bolivian gas.",
        None,
        [],
    ),
    (
        "undated-story-years-of-history",
        "relations-that-soured-in-a-year-are-no-report",
        None,
        "Kenya's president has held talks with his Ugandan counterpart in Kampala. Relations "
        "soured in 2008, when a row broke out over a small island in Lake Victoria. Uganda is "
        "Kenya's biggest export market, buying goods worth $620m last year.",
        None,
        [],
    ),
    (
        "undated-story-years-of-history",
        "a-war-that-ended-in-a-year-is-no-report",
        None,
        "Vietnam and Cambodia have signed a border deal. The two fought a war that ended in "
        "1989, and the frontier has been disputed ever since. Officials put bilateral trade "
        "at $1.2bn last year, with Vietnam running a surplus of $900m.",
        None,
        [],
    ),
    (
        "undated-story-years-of-history",
        "near-miss-a-year-dating-an-amount-tells-last-year",
        None,
        "Peru's trade surplus widened to $5.3bn in 2006 from $4.1bn in 2005, official figures "
        "show. The free trade deal signed in 1998 with Chile has helped. Exports to China were "
        "worth $2.3bn last year.",
        None,
        [
            ("PER", None, "balance", 5_300_000_000, "USD", "2006-01-01", "2006-12-31", False),
            ("PER", None, "balance", 4_100_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("PER", "CHN", "export", 2_300_000_000, "USD", "2006-01-01", "2006-12-31", False),
        ],
    ),
    (
        "undated-story-years-of-history",
        "near-miss-a-year-dating-a-rate-tells-last-year",
        None,
        "Ghana's economy grew 6% in 2007, the central bank said. The country won independence "
        "in 1957. Exports to Britain were worth $400m last year, officials said.",
        None,
        [
            ("GHA", "GBR", "export", 400_000_000, "USD", "2007-01-01", "2007-12-31", False),
        ],
    ),
    # --- goods-bought-or-sold: goods sold abroad are the state's exports to the world
    (
        "goods-bought-or-sold",
        "sales-of-a-demonym-s-goods-abroad",
        None,
        "LIMA, March 10 - Sales of Peruvian goods abroad climbed by a fifth to 12.8 billion dlrs "
        "in 2005, the central bank said.",
        D(2006, 3, 10),
        [
            ("PER", None, "export", 12_800_000_000, "USD", "2005-01-01", "2005-12-31", False),
        ],
    ),
    (
        "goods-bought-or-sold",
        "a-state-s-exporters-sold-goods-abroad",
        None,
        "OSLO, March 10 - Norwegian exporters sold goods worth 510 billion Norwegian crowns "
        "abroad in 2005, while imports rose to 340 billion crowns.",
        D(2006, 3, 10),
        [
            ("NOR", None, "export", 510_000_000_000, "NOK", "2005-01-01", "2005-12-31", False),
            ("NOR", None, "import", 340_000_000_000, "NOK", "2005-01-01", "2005-12-31", False),
        ],
    ),
    (
        "goods-bought-or-sold",
        "a-state-s-firms-sold-products-abroad-with-a-base",
        None,
        "Kenyan firms sold products worth 95 billion shillings abroad in 2005, the statistics "
        "bureau said, up from 80 billion shillings in 2004.",
        D(2006, 3, 10),
        [
            ("KEN", None, "export", 95_000_000_000, "KES", "2005-01-01", "2005-12-31", False),
            ("KEN", None, "export", 80_000_000_000, "KES", "2004-01-01", "2004-12-31", False),
        ],
    ),
    (
        "goods-bought-or-sold",
        "near-miss-a-product-sold-abroad",
        None,
        "Thai producers sold rice worth 2.1 billion dlrs abroad in 2005, the commerce ministry "
        "said. Sales of Chilean wine abroad rose to 900 mln dlrs in 2005.",
        D(2006, 3, 10),
        [],
    ),
    (
        "goods-bought-or-sold",
        "near-miss-goods-sold-with-no-partner-and-not-abroad",
        None,
        "Peruvian firms sold goods worth 4.2 billion dlrs in 2005, officials said.",
        D(2006, 3, 10),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written31_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written31_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
