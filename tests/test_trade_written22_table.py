"""Trade error classes of session 22's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (four writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``fiscal-year-told-by-its-end``: a story that tells its fiscal year by its end or its
  months ("the fiscal year that ended on March 31", "the 1995/96 fiscal year ending June
  30", "the 2012-13 financial year, which runs from April to March") states its fiscal
  calendar, and reads its other fiscal years on it: "fiscal 1991", a fiscal year called
  by one year, is called by the calendar year that holds most of its months (an
  April-March year by the year it starts in, a July-June one by the year it ends in);
- ``plan-sets-trade-level``: a protocol or agreement that "foresees", "provides for" or
  "sets trade at" a level for a year states a target, as "envisages" does;
- ``story-dollar``: wire copy names the story's dollar in full at its first amount ("4.1
  billion Canadian dlrs") and writes the later ones as bare "dlrs": they are that dollar,
  unless the story also counts in US dollars written in full ("U.S. dlrs");
- ``group-named-otherwise``: a bloc partner written with more than its name: its count
  ("the other 11 EC members", "the ten-nation Community") or its full name in another
  spelling ("Organisation for Economic Cooperation and Development");
- near misses that must stay as they are: "the other two Baltic states" (no group);
  "fiscal 1986" or "the 2004-05 financial year" in a story that states no fiscal calendar
  (whose months? not guessed); a story that writes "U.S. dlrs" too; a bare "dlrs" before
  the story's other dollar is named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import (
    Row,
    TableRow,
    assert_scored,
    assert_table_shape,
    option_params,
    table_params,
)

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- fiscal-year-told-by-its-end: the story's fiscal calendar, its other years on it
    (
        "fiscal-year-told-by-its-end",
        "that-ended-on-then-fiscal-year-by-one-year",
        None,
        "TOKYO, April 20 - Japan's exports to Brazil rose to 520 billion yen in the fiscal "
        "year that ended on March 31, from 470 billion yen in fiscal 1991, the Finance "
        "Ministry said.",
        D(1993, 4, 20),
        [
            ("JPN", "BRA", "export", 520_000_000_000, "JPY", "1992-04-01", "1993-03-31", False),
            ("JPN", "BRA", "export", 470_000_000_000, "JPY", "1991-04-01", "1992-03-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "ended-march-then-later-sentence-fiscal-year",
        None,
        "TOKYO, May 2 - Japan's trade surplus with Australia narrowed to 310 billion yen in "
        "the fiscal year ended March 31 from 350 billion yen a year earlier, ministry figures "
        "showed. Imports from Australia in fiscal 1994 eased to 1,900 billion yen, led by "
        "coal and iron ore.",
        D(1995, 5, 2),
        [
            ("JPN", "AUS", "balance", 310_000_000_000, "JPY", "1994-04-01", "1995-03-31", False),
            ("JPN", "AUS", "balance", 350_000_000_000, "JPY", "1993-04-01", "1994-03-31", False),
            ("JPN", "AUS", "import", 1_900_000_000_000, "JPY", "1994-04-01", "1995-03-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "july-june-year-named-by-the-year-it-ends",
        None,
        "KARACHI, Aug 14 - Pakistan's exports rose to 5.2 billion dlrs in the fiscal year "
        "that ended on June 30, from 4.9 billion dlrs in fiscal 1990, the Federal Bureau of "
        "Statistics said.",
        D(1991, 8, 14),
        [
            ("PAK", None, "export", 5_200_000_000, "USD", "1990-07-01", "1991-06-30", False),
            ("PAK", None, "export", 4_900_000_000, "USD", "1989-07-01", "1990-06-30", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "first-months-of-the-split-year-fiscal-year-ending",
        None,
        "CAIRO, March 3 - Egypt's trade deficit narrowed to 3.1 billion Egyptian pounds in "
        "the first six months of the 1995/96 fiscal year ending June 30, from 3.6 billion in "
        "the same period a year earlier, officials said.",
        D(1996, 3, 3),
        [
            ("EGY", None, "balance", -3_100_000_000, "EGP", "1995-07-01", "1995-12-31", False),
            ("EGY", None, "balance", -3_600_000_000, "EGP", "1994-07-01", "1994-12-31", False),
        ],
    ),
    (
        "fiscal-year-told-by-its-end",
        "hyphen-split-year-before-financial-year-which-runs",
        None,
        "NEW DELHI - Indian officials have set a target of $360bn in exports for the 2012-13 "
        "financial year, which runs from April to March.",
        D(2012, 6, 1),
        [
            ("IND", None, "export", 360_000_000_000, "USD", "2012-04-01", "2013-03-31", True),
        ],
    ),
    # --- plan-sets-trade-level: a protocol that foresees / provides for / sets trade at X
    (
        "plan-sets-trade-level",
        "protocol-foresees-two-way-trade",
        None,
        "WARSAW, Feb 10 - Poland and Czechoslovakia signed a trade protocol today which "
        "foresees two-way trade of about 900 mln dlrs in 1988, Polish officials said.",
        D(1988, 2, 10),
        [
            ("POL", "CSK", "turnover", 900_000_000, "USD", "1988-01-01", "1988-12-31", True),
        ],
    ),
    (
        "plan-sets-trade-level",
        "agreement-provides-for-exports-of",
        None,
        "BUDAPEST, Jan 22 - Hungary and Austria signed an agreement that provides for "
        "Hungarian exports to Austria of 14 billion schillings this year, the ministry said.",
        D(1989, 1, 22),
        [
            ("HUN", "AUT", "export", 14_000_000_000, "ATS", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "plan-sets-trade-level",
        "protocol-sets-bilateral-trade-at",
        None,
        "SOFIA, Dec 14 - Bulgaria and Greece signed a protocol that sets bilateral trade at "
        "310 mln dlrs for 1988, officials said.",
        D(1987, 12, 14),
        [
            ("BGR", "GRC", "turnover", 310_000_000, "USD", "1988-01-01", "1988-12-31", True),
        ],
    ),
    # --- story-dollar: the bare "dlrs" after the story's first amount named its dollar
    (
        "story-dollar",
        "same-sentence-imports-in-bare-dlrs",
        None,
        "OTTAWA, Feb 20 - Canada's exports to Mexico rose to 4.1 billion Canadian dlrs in "
        "1995, while imports from Mexico were 6.2 billion dlrs, Statistics Canada said.",
        D(1996, 2, 20),
        [
            ("CAN", "MEX", "export", 4_100_000_000, "CAD", "1995-01-01", "1995-12-31", False),
            ("CAN", "MEX", "import", 6_200_000_000, "CAD", "1995-01-01", "1995-12-31", False),
        ],
    ),
    (
        "story-dollar",
        "later-sentence-flows-in-bare-dlrs",
        None,
        "CANBERRA, June 30 - Australia's trade deficit narrowed to 1.2 billion Australian "
        "dlrs in May from 1.5 billion in April, the Bureau of Statistics said. Exports rose "
        "to 5.4 billion dlrs in May, while imports eased to 6.6 billion dlrs.",
        D(1988, 6, 30),
        [
            ("AUS", None, "balance", -1_200_000_000, "AUD", "1988-05-01", "1988-05-31", False),
            ("AUS", None, "balance", -1_500_000_000, "AUD", "1988-04-01", "1988-04-30", False),
            ("AUS", None, "export", 5_400_000_000, "AUD", "1988-05-01", "1988-05-31", False),
            ("AUS", None, "import", 6_600_000_000, "AUD", "1988-05-01", "1988-05-31", False),
        ],
    ),
    (
        "story-dollar",
        "compared-base-in-bare-dlrs",
        None,
        "WELLINGTON, Aug 2 - New Zealand sold 150 mln N.Z. dlrs worth of goods to Chile in "
        "1990, compared with 120 mln dlrs a year earlier, officials said.",
        D(1991, 8, 2),
        [
            ("NZL", "CHL", "export", 150_000_000, "NZD", "1990-01-01", "1990-12-31", False),
            ("NZL", "CHL", "export", 120_000_000, "NZD", "1989-01-01", "1989-12-31", False),
        ],
    ),
    # --- group-named-otherwise: a bloc partner by its count of members or its full name
    (
        "group-named-otherwise",
        "the-other-n-members-of-the-bloc",
        None,
        "DUBLIN, March 2 - Ireland's trade surplus rose to 2.4 billion punts in 1988, the year "
        "after the European Community's single act came into force. The surplus with the "
        "other 11 EC members grew to 1.6 billion punts from 1.1 billion in 1987.",
        D(1989, 3, 2),
        [
            ("IRL", None, "balance", 2_400_000_000, "IEP", "1988-01-01", "1988-12-31", False),
            ("IRL", "EU", "balance", 1_600_000_000, "IEP", "1988-01-01", "1988-12-31", False),
            ("IRL", "EU", "balance", 1_100_000_000, "IEP", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "group-named-otherwise",
        "the-n-nation-community",
        None,
        "ATHENS, May 4 - Greece, a member of the European Community since 1981, said its "
        "imports from the ten-nation Community rose to 410 billion drachmas in 1985 from 370 "
        "billion in 1984.",
        D(1986, 5, 4),
        [
            ("GRC", "EU", "import", 410_000_000_000, "GRD", "1985-01-01", "1985-12-31", False),
            ("GRC", "EU", "import", 370_000_000_000, "GRD", "1984-01-01", "1984-12-31", False),
        ],
    ),
    (
        "group-named-otherwise",
        "full-name-in-british-spelling",
        None,
        "ANKARA, June 8 - Turkey's imports from the Organisation for Economic Cooperation and "
        "Development area totalled 6.2 billion dlrs in 1989, officials said.",
        D(1990, 6, 8),
        [
            ("TUR", "OECD", "import", 6_200_000_000, "USD", "1989-01-01", "1989-12-31", False),
        ],
    ),
    (
        "near-miss",
        "the-other-states-of-no-group",
        None,
        "VILNIUS, March 2 - Lithuania's trade deficit rose to 900 mln dlrs in 1995. The deficit "
        "with the other two Baltic states narrowed to 40 mln dlrs.",
        D(1996, 3, 2),
        [
            ("LTU", None, "balance", -900_000_000, "USD", "1995-01-01", "1995-12-31", False),
        ],
    ),
    # --- near misses: no fiscal calendar stated, no months guessed; a story that counts in
    # US dollars too keeps its bare "dlrs" in them; a bare "dlrs" before the dollar named
    (
        "near-miss",
        "fiscal-year-by-one-year-no-calendar",
        None,
        "TOKYO, April 28 - Japan's exports to Chile fell to 265 billion yen in fiscal 1989, "
        "the ministry said.",
        D(1990, 4, 28),
        [],
    ),
    (
        "near-miss",
        "hyphen-split-year-no-calendar",
        None,
        "NEW DELHI - India's exports reached $61bn in the 2003-04 financial year, the "
        "ministry said.",
        D(2004, 6, 1),
        [],
    ),
    (
        "near-miss",
        "story-writes-us-dollars-too",
        None,
        "SINGAPORE, March 3 - Singapore's exports to Japan rose to 4.2 billion Singapore dlrs "
        "in 1988. Imports from the United States reached 6.1 billion U.S. dlrs, while "
        "exports to the United States were 5.3 billion dlrs.",
        D(1989, 3, 3),
        [
            ("SGP", "JPN", "export", 4_200_000_000, "SGD", "1988-01-01", "1988-12-31", False),
            ("SGP", "USA", "import", 6_100_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("SGP", "USA", "export", 5_300_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
    (
        "near-miss",
        "bare-dlrs-before-the-dollar-named",
        None,
        "HONG KONG, March 3 - Hong Kong's exports to China rose to 2.1 billion dlrs in 1988, "
        "officials said. The government also spent 5 billion H.K. dlrs on a new airport.",
        D(1989, 3, 3),
        [
            ("HKG", "CHN", "export", 2_100_000_000, "USD", "1988-01-01", "1988-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written22_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written22_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)


# The same pages read with ``fiscal_calendars=True``: a fiscal year whose months the story
# does not state is on the government calendar of the story's state (gazetteer
# fiscal_years.json); a calendar the story states is read as it is either way.
ON_FISCAL_CALENDARS: dict[str, list[Row]] = {
    "fiscal-year-by-one-year-no-calendar": [
        ("JPN", "CHL", "export", 265_000_000_000, "JPY", "1989-04-01", "1990-03-31", False),
    ],
    "hyphen-split-year-no-calendar": [
        ("IND", None, "export", 61_000_000_000, "USD", "2003-04-01", "2004-03-31", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, ON_FISCAL_CALENDARS)
)
def test_trade_written22_table_on_fiscal_calendars(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With the option on, the named pages give their records on the state's calendar."""
    assert_scored(title, body, published, expected, fiscal_calendars=True)
