"""Trade error classes of session 21's second blind-written batch, pooled with the corpus keys.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (the two writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``story-comparison-base``: "The surplus narrowed to A in January-March from B a year
  earlier. Exports fell to C from D": a bare base ("from D", no period of its own) in a
  later sentence, whose level is for the period of the story's first comparison, is the
  same flow for that comparison's earlier period;
- near misses that must stay as they are: no comparison before, a level for another
  period, a base naming its own period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- story-comparison-base: a bare base compares the periods the story first compared
    (
        "story-comparison-base",
        "quarter-a-year-earlier-then-exports",
        None,
        "Chile's trade surplus narrowed to 310 mln dlrs in January-March 2009 from 455 mln "
        "dlrs a year earlier, the central bank said. Exports fell to 2.64 billion dlrs from "
        "2.97 billion, it said.",
        D(2009, 4, 20),
        [
            ("CHL", None, "balance", 310_000_000, "USD", "2009-01-01", "2009-03-31", False),
            ("CHL", None, "balance", 455_000_000, "USD", "2008-01-01", "2008-03-31", False),
            ("CHL", None, "export", 2_640_000_000, "USD", "2009-01-01", "2009-03-31", False),
            ("CHL", None, "export", 2_970_000_000, "USD", "2008-01-01", "2008-03-31", False),
        ],
    ),
    (
        "story-comparison-base",
        "named-years-then-imports-next-paragraph",
        None,
        "Kenya's trade deficit widened to 5.2 billion dlrs in 2013 from 4.6 billion in 2012, "
        "the statistics office said.\n\nImports rose to 16.4 billion dlrs from 15.1 billion, "
        "driven by machinery.",
        D(2014, 2, 3),
        [
            ("KEN", None, "balance", -5_200_000_000, "USD", "2013-01-01", "2013-12-31", False),
            ("KEN", None, "balance", -4_600_000_000, "USD", "2012-01-01", "2012-12-31", False),
            ("KEN", None, "import", 16_400_000_000, "USD", "2013-01-01", "2013-12-31", False),
            ("KEN", None, "import", 15_100_000_000, "USD", "2012-01-01", "2012-12-31", False),
        ],
    ),
    (
        "story-comparison-base",
        "half-year-against-then-partner-from",
        None,
        "Norway's trade surplus grew to 31 billion crowns in the first half of 2012, against "
        "28 billion crowns a year before. Exports to Germany climbed to 94 billion crowns from "
        "87 billion.",
        D(2012, 8, 1),
        [
            ("NOR", None, "balance", 31_000_000_000, "NOK", "2012-01-01", "2012-06-30", False),
            ("NOR", None, "balance", 28_000_000_000, "NOK", "2011-01-01", "2011-06-30", False),
            ("NOR", "DEU", "export", 94_000_000_000, "NOK", "2012-01-01", "2012-06-30", False),
            ("NOR", "DEU", "export", 87_000_000_000, "NOK", "2011-01-01", "2011-06-30", False),
        ],
    ),
    # --- near misses: no comparison before, a level of another period, a base's own period
    (
        "near-miss",
        "no-comparison-before",
        None,
        "Ghana's trade surplus reached 1.2 billion dlrs in 2018, the bank said. Exports rose "
        "to 14.9 billion dlrs from 13.8 billion.",
        D(2019, 3, 1),
        [
            ("GHA", None, "balance", 1_200_000_000, "USD", "2018-01-01", "2018-12-31", False),
            ("GHA", None, "export", 14_900_000_000, "USD", "2018-01-01", "2018-12-31", False),
        ],
    ),
    (
        "near-miss",
        "level-of-another-period",
        None,
        "Peru's trade surplus narrowed to 400 mln dlrs in 2015 from 600 mln in 2014. In "
        "December alone exports rose to 3.1 billion dlrs from 2.9 billion.",
        D(2016, 2, 1),
        [
            ("PER", None, "balance", 400_000_000, "USD", "2015-01-01", "2015-12-31", False),
            ("PER", None, "balance", 600_000_000, "USD", "2014-01-01", "2014-12-31", False),
            ("PER", None, "export", 3_100_000_000, "USD", "2015-12-01", "2015-12-31", False),
        ],
    ),
    (
        "near-miss",
        "base-names-its-own-period",
        None,
        "Peru's trade surplus narrowed to 400 mln dlrs in 2015 from 600 mln in 2014. Exports "
        "rose to 3.1 billion dlrs from 2.9 billion in 2013.",
        D(2016, 2, 1),
        [
            ("PER", None, "balance", 400_000_000, "USD", "2015-01-01", "2015-12-31", False),
            ("PER", None, "balance", 600_000_000, "USD", "2014-01-01", "2014-12-31", False),
            ("PER", None, "export", 3_100_000_000, "USD", "2015-01-01", "2015-12-31", False),
            ("PER", None, "export", 2_900_000_000, "USD", "2013-01-01", "2013-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written21b_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written21b_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
