"""Trade error classes of session 23's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (six writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``partner-aside``: news describes a flow's partner in a comma aside right after it ("the
  surplus with B, A's biggest market, rose to X", "exports to B, the main target of the
  campaign, fell to X"): the aside's words (a rank noun, "target") say what the partner is,
  the flow word before the partner still carries the figure and its period;
- ``sales-to-is-export``: "sales to B" of a state are its exports to B, as "exports to B"
  ("Sales to B, A's biggest customer, reached X"), not another money noun; a product's
  sales ("arms sales to B") stay a product's, and sales with no state after "to" no trade;
- near misses that must stay as they are: a ranked partner whose rank is its clause's
  predicate ("B was A's biggest market, with X"); a list of partners in commas ("exports to
  B, C and D rose to X"); a real target after the partner ("trade with B is targeted to
  reach X").
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- partner-aside: the aside describes the partner; the flow word keeps the figure
    (
        "partner-aside",
        "balance-with-partner-owner-rank-market",
        None,
        "SEOUL, May 4 - South Korea's trade surplus grew to 2.3 billion dlrs in the first "
        "quarter of 1988. The surplus with Canada, Korea's biggest market in the region, "
        "climbed to 640 mln dlrs in the quarter against 410 mln in January-March 1987.",
        D(1988, 5, 4),
        [
            ("KOR", None, "balance", 2_300_000_000, "USD", "1988-01-01", "1988-03-31", False),
            ("KOR", "CAN", "balance", 640_000_000, "USD", "1988-01-01", "1988-03-31", False),
            ("KOR", "CAN", "balance", 410_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "partner-aside",
        "surplus-with-partner-target-of-criticism",
        None,
        "OSLO, June 9 - Norway's trade surplus rose to 41 billion crowns in 1988. The "
        "surplus with Sweden, the main target of the fishermen's complaints, rose to 6.2 "
        "billion crowns from 5.1 billion.",
        D(1989, 6, 9),
        [
            ("NOR", None, "balance", 41_000_000_000, "NOK", "1988-01-01", "1988-12-31", False),
            ("NOR", "SWE", "balance", 6_200_000_000, "NOK", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "partner-aside",
        "exports-to-partner-main-partner-in-bloc",
        None,
        "Chile's exports rose 12% to $18.4bn in 2003. Exports to Peru, Chile's main partner "
        "in the Andean region, jumped to $1.2bn, the central bank said.",
        D(2004, 2, 2),
        [
            ("CHL", None, "export", 18_400_000_000, "USD", "2003-01-01", "2003-12-31", False),
            ("CHL", "PER", "export", 1_200_000_000, "USD", "2003-01-01", "2003-12-31", False),
        ],
    ),
    (
        "partner-aside",
        "deficit-with-partner-still-the-largest-supplier",
        None,
        "ANKARA, March 3 - Turkey's trade deficit widened to 9.8 billion dlrs in 1996. The "
        "deficit with Germany, still the largest supplier of machinery, rose to 2.9 billion "
        "dlrs from 2.1 billion.",
        D(1997, 3, 3),
        [
            ("TUR", None, "balance", -9_800_000_000, "USD", "1996-01-01", "1996-12-31", False),
            ("TUR", "DEU", "balance", -2_900_000_000, "USD", "1996-01-01", "1996-12-31", False),
        ],
    ),
    # --- sales-to-is-export: "sales to B" of a state are its exports to B
    (
        "sales-to-is-export",
        "sales-to-partner-with-customer-aside",
        None,
        "Argentina's exports rose 14% to $34.6bn in 2005. Sales to Chile, still the largest "
        "single customer for its fuel, reached $4.5bn.",
        D(2006, 1, 25),
        [
            ("ARG", None, "export", 34_600_000_000, "USD", "2005-01-01", "2005-12-31", False),
            ("ARG", "CHL", "export", 4_500_000_000, "USD", "2005-01-01", "2005-12-31", False),
        ],
    ),
    (
        "sales-to-is-export",
        "sales-to-partner-plain-with-base",
        None,
        "WELLINGTON, Aug 3 - New Zealand's sales to Japan rose to 2.1 billion N.Z. dlrs in "
        "the year to June 1988 from 1.8 billion a year earlier, the statistics department said.",
        D(1988, 8, 3),
        [
            ("NZL", "JPN", "export", 2_100_000_000, "NZD", "1987-07-01", "1988-06-30", False),
            ("NZL", "JPN", "export", 1_800_000_000, "NZD", "1986-07-01", "1987-06-30", False),
        ],
    ),
    (
        "sales-to-is-export",
        "sales-to-partner-in-the-month",
        None,
        "Thailand's exports climbed to $9.2bn in March 2011. Sales to Malaysia, the "
        "kingdom's second market in the region, were worth $610m in the month.",
        D(2011, 4, 28),
        [
            ("THA", None, "export", 9_200_000_000, "USD", "2011-03-01", "2011-03-31", False),
            ("THA", "MYS", "export", 610_000_000, "USD", "2011-03-01", "2011-03-31", False),
        ],
    ),
    (
        "sales-to-is-export",
        "near-miss-product-sales-to-partner",
        None,
        "Germany's arms sales to Greece reached 400 mln euros in 2008, the report said.",
        D(2009, 6, 1),
        [],
    ),
    (
        "sales-to-is-export",
        "near-miss-sales-to-with-no-state",
        None,
        "Company sales to rise by $2bn in 2012, the firm said of its plans for Brazil.",
        D(2011, 6, 1),
        [],
    ),
    # --- near misses that must stay as they are
    (
        "partner-aside",
        "near-miss-rank-is-the-predicate",
        None,
        "Kenya's exports rose to $6.1bn in 2019. Uganda was Kenya's biggest market, with $610m.",
        D(2020, 3, 1),
        [
            ("KEN", None, "export", 6_100_000_000, "USD", "2019-01-01", "2019-12-31", False),
            ("KEN", "UGA", "export", 610_000_000, "USD", "2019-01-01", "2019-12-31", False),
        ],
    ),
    (
        "partner-aside",
        "near-miss-real-target-after-partner",
        None,
        "HANOI, May 2 - Trade between Vietnam and Laos reached $1.1bn in 2020. The two "
        "governments aim to raise trade with Laos to $2bn by 2025.",
        D(2021, 5, 2),
        [
            ("VNM", "LAO", "turnover", 1_100_000_000, "USD", "2020-01-01", "2020-12-31", False),
            ("VNM", "LAO", "turnover", 2_000_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written23_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written23_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
