"""Trade error classes of session 25's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (ten writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``group-by-member-states``: news names a group as its member states: "other" or a count
  in words before the group's name ("exports to other ECOWAS states", "to the ten EC
  states"), or the members with no name at all after the group was named ("imports from the
  twelve member states", "from the other member countries"): the group is the partner, as
  "the bloc" after "with" already was; a count of member states in a story naming no group,
  and "other <continent> states", stay no group.
- ``plan-sets-trade-for-year``: news tells the level a trade plan fixes as the plan setting
  or putting trade at an amount, with the words of the trade and its year between ("a
  protocol setting the value of their clearing trade for 1987 at X", "an agreement which
  puts their two-way trade this year at X"): the level is a target, and "clearing trade"
  (the pair's trade settled in a clearing account) is all of their trade, no product's;
  "put trade at X" with no plan doing it is an estimate of a past year, and a debt put at
  X no trade.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- group-by-member-states: "other"/a count before the group, or "member states" alone
    (
        "group-by-member-states",
        "exports-to-other-cis-states",
        None,
        "ALMATY, Feb 3 - Kazakhstan's exports to other CIS states rose to $4.1 billion in "
        "2012 from $3.6 billion in 2011, the statistics agency said.",
        D(2013, 2, 3),
        [
            ("KAZ", "CIS", "export", 4_100_000_000, "USD", "2012-01-01", "2012-12-31", False),
            ("KAZ", "CIS", "export", 3_600_000_000, "USD", "2011-01-01", "2011-12-31", False),
        ],
    ),
    (
        "group-by-member-states",
        "exports-to-the-ten-ec-states-by-a-count-in-words",
        None,
        "MADRID, April 10 - Spanish exports to the ten EC states climbed to 1.9 trillion "
        "pesetas in 1984, customs data showed.",
        D(1985, 4, 10),
        [("ESP", "EU", "export", 1_900_000_000_000, "ESP", "1984-01-01", "1984-12-31", False)],
    ),
    (
        "group-by-member-states",
        "exports-to-other-asean-members",
        None,
        "HANOI - Vietnam's exports to other ASEAN members totalled $17.4 billion in 2015, "
        "while imports from the bloc reached $23.8 billion.",
        D(2016, 2, 1),
        [
            ("VNM", "ASEAN", "export", 17_400_000_000, "USD", "2015-01-01", "2015-12-31", False),
            ("VNM", "ASEAN", "import", 23_800_000_000, "USD", "2015-01-01", "2015-12-31", False),
        ],
    ),
    (
        "group-by-member-states",
        "imports-from-the-twelve-member-states-after-the-community",
        None,
        "SEOUL, Feb 20 - South Korea's trade surplus with the European Community widened to "
        "3.1 billion dlrs in 1988. Exports to the Community rose to 9.4 billion dlrs, while "
        "imports from the twelve member states stood at 6.3 billion dlrs, officials said.",
        D(1989, 2, 20),
        [
            ("KOR", "EU", "balance", 3_100_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("KOR", "EU", "export", 9_400_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("KOR", "EU", "import", 6_300_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "group-by-member-states",
        "imports-from-the-other-member-countries-of-the-union",
        None,
        "Armenia's trade with the Eurasian Economic Union grew in 2018. Its exports to the "
        "union reached $500 million, and its imports from the other member countries came to "
        "$1.9 billion.",
        D(2019, 3, 1),
        [
            ("ARM", "EAEU", "export", 500_000_000, "USD", "2018-01-01", "2018-12-31", False),
            ("ARM", "EAEU", "import", 1_900_000_000, "USD", "2018-01-01", "2018-12-31", False),
        ],
    ),
    (
        "group-by-member-states",
        "near-miss-member-states-in-a-story-naming-no-group",
        None,
        "Mali's exports to the twelve member states rose to $300 million in 2018, officials said.",
        D(2019, 3, 1),
        [],
    ),
    (
        "group-by-member-states",
        "near-miss-other-states-of-a-continent",
        None,
        "Egypt's exports to other African states rose to $3.2 billion in 2018, officials said.",
        D(2019, 3, 1),
        [],
    ),
    # --- plan-sets-trade-for-year: a plan sets or puts trade (for its year) at an amount
    (
        "plan-sets-trade-for-year",
        "protocol-setting-the-value-of-clearing-trade-for-a-year",
        None,
        "HELSINKI, March 2 - Finland and Poland signed a protocol on Friday setting the value "
        "of their clearing trade for 1987 at about 9.2 billion markka, the ministry said.",
        D(1987, 3, 2),
        [("FIN", "POL", "turnover", 9_200_000_000, "FIM", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "plan-sets-trade-for-year",
        "agreement-which-puts-two-way-trade-this-year-at",
        None,
        "PRAGUE, March 2 - Czechoslovakia and Austria signed an agreement which puts their "
        "two-way trade this year at 14 billion schillings, officials said.",
        D(1987, 3, 2),
        [("CSK", "AUT", "turnover", 14_000_000_000, "ATS", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "plan-sets-trade-for-year",
        "the-two-states-set-clearing-trade-under-a-protocol",
        None,
        "BELGRADE, Jan 20 - Yugoslavia and the Soviet Union set bilateral clearing trade for "
        "1988 at around 6.4 billion dlrs under a protocol signed on Tuesday.",
        D(1988, 1, 20),
        [("YUG", "SUN", "turnover", 6_400_000_000, "USD", "1988-01-01", "1988-12-31", True)],
    ),
    (
        "plan-sets-trade-for-year",
        "near-miss-an-estimate-puts-last-year-s-trade-at",
        None,
        "Economists put Hungarian-Austrian trade last year at 30 billion schillings, the "
        "ministry said.",
        D(1987, 3, 2),
        [("HUN", "AUT", "turnover", 30_000_000_000, "ATS", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "plan-sets-trade-for-year",
        "near-miss-a-clearing-debt-put-at",
        None,
        "Finnish officials put the resulting Polish clearing debt at 2.1 billion markka.",
        D(1987, 3, 2),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written25_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written25_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
