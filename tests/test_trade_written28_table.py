"""Trade error classes of session 28's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (sixteen writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``balance-amount-then-its-trade``: a balance's amount followed by the trade it is told
  in ("ran a deficit of X in its trade with B last year", "leaving A with a surplus of X
  in bilateral trade"): the trade word after the amount is the balance's own trade, its
  partner the state after "with" and its period the one after that partner, not a
  turnover of its own that takes the amount (or the base after it); a trade word in a
  clause of its own ("..., and trade with B totalled Y") stays a turnover.
- ``rise-verb-up-to-no-bound``: "imports edged (inched, crept) up to X": after a verb of a
  small move, "up to" is its particle and the level the figure reached, as in "rose to X",
  not the limit "up to X"; "could climb by up to X" and "edged up to almost X" stay
  bounds.
- ``currency-name-of-reporter``: a currency name several states use, written bare ("9.1
  billion pounds", "12.3 billion dirhams"), is the reporter's own when it has one of that
  name (Egypt's, Lebanon's pound; Morocco's dirham), after a qualified mention ("Egyptian
  pounds ... from 8.4 billion pounds") or alone; in Britain's or the Emirates' stories it
  stays sterling or the UAE dirham, and "stg" stays sterling in an Egyptian story.
- ``buyer-takes-goods``: a partner told as taking the reporter's goods ("B took X of
  A-made goods", "B remained A's largest customer (main partner), taking goods worth X"):
  "take" tells a purchase as "bought" does, and after a ranked "partner" the participle
  tells which way the goods went (taking them: A's export; supplying them: A's import);
  "taking the deficit down to X" and a firm taking a stake stay no such flow.
- ``plan-volume-for-year``: a plan's level for a year told by a noun of volume ("a
  protocol for 1989 providing for exchanges of goods worth X", "..., with turnover fixed
  at X", "a new protocol for 1989 with a volume of about X") is the pair's goal turnover;
  "next" before a period ranks nothing ("their trade next year, with ..."), and a
  capital of a former state's successor ("talks in Moscow") stands for the former state
  in a story naming it, as a place of the time does, so the plan's pair stays the one
  named. A company's "turnover planned at X" and a volume in tonnes stay no record, and
  Moscow in a story of Russia stays Russia.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- balance-amount-then-its-trade: the trade a balance's amount is told in
    (
        "balance-amount-then-its-trade",
        "ran-a-surplus-in-its-trade-with-a-state-last-year",
        None,
        "OSLO, March 12 - Norway's trade surplus rose to 3.2 billion crowns in January, the "
        "Central Bureau of Statistics said.\n\nNorway ran a surplus of 6.2 billion crowns in "
        "its trade with Sweden last year, the bureau added.",
        D(1991, 3, 12),
        [
            ("NOR", None, "balance", 3_200_000_000, "NOK", "1991-01-01", "1991-01-31", False),
            ("NOR", "SWE", "balance", 6_200_000_000, "NOK", "1990-01-01", "1990-12-31", False),
        ],
    ),
    (
        "balance-amount-then-its-trade",
        "leaving-a-state-with-a-deficit-in-bilateral-trade",
        None,
        "MANILA, Feb 20 - Exports to Japan climbed to 2.9 billion dlrs in 1995 while imports "
        "from Japan reached 4.6 billion dlrs, leaving the Philippines with a deficit of 1.7 "
        "billion dlrs in bilateral trade, the Trade Department said.",
        D(1996, 2, 20),
        [
            ("PHL", "JPN", "export", 2_900_000_000, "USD", "1995-01-01", "1995-12-31", False),
            ("PHL", "JPN", "import", 4_600_000_000, "USD", "1995-01-01", "1995-12-31", False),
            ("PHL", "JPN", "balance", -1_700_000_000, "USD", "1995-01-01", "1995-12-31", False),
        ],
    ),
    (
        "balance-amount-then-its-trade",
        "recorded-a-deficit-in-its-trade-with-a-state-and-its-base",
        None,
        "ANKARA, April 4 - Turkey recorded a deficit of about 410 mln dlrs in its trade with "
        "Iran in 1988, compared with 290 mln dlrs in 1987, State Institute of Statistics "
        "figures showed.",
        D(1989, 4, 4),
        [
            ("TUR", "IRN", "balance", -410_000_000, "USD", "1988-01-01", "1988-12-31", False),
            ("TUR", "IRN", "balance", -290_000_000, "USD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "balance-amount-then-its-trade",
        "had-a-surplus-in-trade-with-a-state-in-a-half-year",
        None,
        "NAIROBI, Sept 8 - Kenya had a surplus of 1.3 billion shillings in trade with Uganda in "
        "the first half of 1993, the statistics bureau said.",
        D(1993, 9, 8),
        [
            ("KEN", "UGA", "balance", 1_300_000_000, "KES", "1993-01-01", "1993-06-30", False),
        ],
    ),
    (
        "balance-amount-then-its-trade",
        "near-miss-trade-with-a-state-in-a-clause-of-its-own",
        None,
        "NAIROBI, Sept 8 - Kenya's trade deficit widened to 9.4 billion shillings in the first "
        "half of 1993, and trade with Uganda totalled 3.1 billion shillings in the period, the "
        "bureau said.",
        D(1993, 9, 8),
        [
            ("KEN", None, "balance", -9_400_000_000, "KES", "1993-01-01", "1993-06-30", False),
            ("KEN", "UGA", "turnover", 3_100_000_000, "KES", "1993-01-01", "1993-06-30", False),
        ],
    ),
    (
        "balance-amount-then-its-trade",
        "near-miss-trade-with-a-state-in-the-next-sentence-without-a-figure",
        None,
        "NAIROBI, Sept 8 - Kenya's trade deficit widened to 9.4 billion shillings in the first "
        "half of 1993.\n\nIts trade with Uganda grew by 12 percent in the same period, the "
        "bureau said.",
        D(1993, 9, 8),
        [
            ("KEN", None, "balance", -9_400_000_000, "KES", "1993-01-01", "1993-06-30", False),
        ],
    ),
    # --- rise-verb-up-to-no-bound: the level a small move reached
    (
        "rise-verb-up-to-no-bound",
        "imports-edged-up-to-a-level-from-a-base",
        None,
        "WELLINGTON, Feb 14 - New Zealand's exports fell to 1.21 billion NZ dlrs in January, "
        "while imports edged up to 1.05 billion NZ dlrs from 980 mln a year earlier, "
        "Statistics New Zealand said.",
        D(1992, 2, 14),
        [
            ("NZL", None, "export", 1_210_000_000, "NZD", "1992-01-01", "1992-01-31", False),
            ("NZL", None, "import", 1_050_000_000, "NZD", "1992-01-01", "1992-01-31", False),
            ("NZL", None, "import", 980_000_000, "NZD", "1991-01-01", "1991-01-31", False),
        ],
    ),
    (
        "rise-verb-up-to-no-bound",
        "surplus-inched-up-to-a-level-in-a-month",
        None,
        "SANTIAGO, July 21 - Chile's trade surplus inched up to 212 mln dlrs in June from 198 "
        "mln dlrs in May, the central bank said.",
        D(1989, 7, 21),
        [
            ("CHL", None, "balance", 212_000_000, "USD", "1989-06-01", "1989-06-30", False),
            ("CHL", None, "balance", 198_000_000, "USD", "1989-05-01", "1989-05-31", False),
        ],
    ),
    (
        "rise-verb-up-to-no-bound",
        "exports-crept-up-to-a-level-in-a-year",
        None,
        "Ghana's exports crept up to 1.4bn dollars in 1994, the Bank of Ghana said in its "
        "annual report.",
        D(1995, 5, 30),
        [
            ("GHA", None, "export", 1_400_000_000, "USD", "1994-01-01", "1994-12-31", False),
        ],
    ),
    (
        "rise-verb-up-to-no-bound",
        "near-miss-could-climb-by-up-to-stays-a-limit",
        None,
        "Ghana's exports could climb by up to 1.4bn dollars in 1995, the Bank of Ghana said.",
        D(1995, 5, 30),
        [],
    ),
    (
        "rise-verb-up-to-no-bound",
        "near-miss-edged-up-to-almost-stays-a-bound",
        None,
        "Ghana's exports edged up to almost 1.4bn dollars in 1994, the Bank of Ghana said.",
        D(1995, 5, 30),
        [],
    ),
    # --- buyer-takes-goods: a partner taking the reporter's goods
    (
        "buyer-takes-goods",
        "largest-customer-taking-goods-worth",
        None,
        "WELLINGTON, March 2 - New Zealand's exports rose to 9.1 billion NZ dlrs in 1987, "
        "Statistics New Zealand said.\n\nAustralia remained New Zealand's largest customer, "
        "taking goods worth 1.6 billion NZ dlrs in the year, while imports from Australia "
        "came to 1.9 billion NZ dlrs.",
        D(1988, 3, 2),
        [
            ("NZL", None, "export", 9_100_000_000, "NZD", "1987-01-01", "1987-12-31", False),
            ("NZL", "AUS", "export", 1_600_000_000, "NZD", "1987-01-01", "1987-12-31", False),
            ("NZL", "AUS", "import", 1_900_000_000, "NZD", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "buyer-takes-goods",
        "main-partner-taking-an-amount-of-demonym-goods",
        None,
        "LAGOS, March 2 - Nigeria's exports climbed to 8.9 billion naira in 1987, the central "
        "bank said.\n\nThe United States remained Nigeria's main partner, taking 3.2 billion "
        "naira of Nigerian goods in the year.",
        D(1988, 3, 2),
        [
            ("NGA", None, "export", 8_900_000_000, "NGN", "1987-01-01", "1987-12-31", False),
            ("NGA", "USA", "export", 3_200_000_000, "NGN", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "buyer-takes-goods",
        "a-state-took-an-amount-of-demonym-products",
        None,
        "Kenya's exports grew to 1.8bn dollars in 1993, official figures show. Uganda took "
        "210m dollars of Kenyan products during the year.",
        D(1994, 6, 10),
        [
            ("KEN", None, "export", 1_800_000_000, "USD", "1993-01-01", "1993-12-31", False),
            ("UGA", "KEN", "import", 210_000_000, "USD", "1993-01-01", "1993-12-31", False),
        ],
    ),
    (
        "buyer-takes-goods",
        "main-partner-supplying-goods-worth",
        None,
        "ACCRA, Jan 9 - Ghana's imports rose to 1.2 billion dlrs in 1989, the Bank of Ghana "
        "said.\n\nBritain remained Ghana's main partner, supplying goods worth 310 mln dlrs in "
        "the year.",
        D(1990, 1, 9),
        [
            ("GHA", None, "import", 1_200_000_000, "USD", "1989-01-01", "1989-12-31", False),
            ("GHA", "GBR", "import", 310_000_000, "USD", "1989-01-01", "1989-12-31", False),
        ],
    ),
    (
        "buyer-takes-goods",
        "near-miss-taking-the-deficit-down-stays-a-balance",
        None,
        "Kenya's exports grew to 1.8bn dollars in 1993, taking the trade deficit down to 600m "
        "dollars, official figures show.",
        D(1994, 6, 10),
        [
            ("KEN", None, "export", 1_800_000_000, "USD", "1993-01-01", "1993-12-31", False),
            ("KEN", None, "balance", -600_000_000, "USD", "1993-01-01", "1993-12-31", False),
        ],
    ),
    (
        "buyer-takes-goods",
        "near-miss-a-firm-took-a-stake",
        None,
        "Kenya's exports grew to 1.8bn dollars in 1993, official figures show. A Dutch firm "
        "took a 30 percent stake in a Kenyan flower grower during the year.",
        D(1994, 6, 10),
        [
            ("KEN", None, "export", 1_800_000_000, "USD", "1993-01-01", "1993-12-31", False),
        ],
    ),
    # --- currency-name-of-reporter: a bare currency name is the reporter's own
    (
        "currency-name-of-reporter",
        "bare-pounds-after-the-qualified-pound-in-one-sentence",
        None,
        "CAIRO, March 5 - Egypt's trade deficit widened to 9.1 billion Egyptian pounds in 1988 "
        "from 8.4 billion pounds in 1987, the statistics agency said.",
        D(1989, 3, 5),
        [
            ("EGY", None, "balance", -9_100_000_000, "EGP", "1988-01-01", "1988-12-31", False),
            ("EGY", None, "balance", -8_400_000_000, "EGP", "1987-01-01", "1987-12-31", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "bare-pounds-in-an-egyptian-story",
        None,
        "CAIRO, Feb 11 - Egypt's exports rose to 4.5 billion pounds in 1989, the Economy "
        "Ministry said.",
        D(1990, 2, 11),
        [
            ("EGY", None, "export", 4_500_000_000, "EGP", "1989-01-01", "1989-12-31", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "bare-dirhams-in-a-moroccan-story",
        None,
        "RABAT, April 20 - Morocco's trade deficit narrowed to 12.3 billion dirhams in 1993, "
        "the Foreign Exchange Office said.",
        D(1994, 4, 20),
        [
            ("MAR", None, "balance", -12_300_000_000, "MAD", "1993-01-01", "1993-12-31", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "bare-pounds-in-a-lebanese-story",
        None,
        "BEIRUT, Jan 15 - Lebanon's imports reached 9.4 billion pounds in 1995, customs "
        "figures showed.",
        D(1996, 1, 15),
        [
            ("LBN", None, "import", 9_400_000_000, "LBP", "1995-01-01", "1995-12-31", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "near-miss-bare-pounds-in-a-british-story",
        None,
        "LONDON, March 5 - Britain's visible trade deficit widened to 1.2 billion pounds in "
        "February, the Department of Trade said.",
        D(1989, 3, 5),
        [
            ("GBR", None, "balance", -1_200_000_000, "GBP", "1989-02-01", "1989-02-28", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "near-miss-bare-dirhams-in-an-emirates-story",
        None,
        "DUBAI, Jan 15 - The United Arab Emirates' imports rose to 5.2 billion dirhams in 1995, "
        "the Ministry of Economy said.",
        D(1996, 1, 15),
        [
            ("ARE", None, "import", 5_200_000_000, "AED", "1995-01-01", "1995-12-31", False),
        ],
    ),
    (
        "currency-name-of-reporter",
        "near-miss-sterling-in-an-egyptian-story",
        None,
        "CAIRO, Feb 11 - Egypt's exports to Britain rose to 90 mln stg in 1989, the Economy "
        "Ministry said.",
        D(1990, 2, 11),
        [
            ("EGY", "GBR", "export", 90_000_000, "GBP", "1989-01-01", "1989-12-31", False),
        ],
    ),
    # --- plan-volume-for-year: a plan's level told by a noun of volume
    (
        "plan-volume-for-year",
        "protocol-providing-for-exchanges-of-goods-worth",
        None,
        "SOFIA, Dec 2 - Bulgaria and Hungary signed a trade protocol for 1989 providing for "
        "exchanges of goods worth 600 mln dlrs, the news agency BTA said.",
        D(1988, 12, 2),
        [
            ("BGR", "HUN", "turnover", 600_000_000, "USD", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "plan-volume-for-year",
        "protocol-for-next-year-with-turnover-fixed-at",
        None,
        "HELSINKI, Nov 20 - Finland and Poland signed a protocol in Warsaw on Friday setting "
        "the terms of their trade next year, with turnover fixed at 4.2 billion markka, the "
        "ministry said.",
        D(1988, 11, 20),
        [
            ("FIN", "POL", "turnover", 4_200_000_000, "FIM", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "plan-volume-for-year",
        "new-protocol-for-a-year-with-a-volume-of",
        None,
        "ATHENS, May 3 - Greek Trade Minister Yannis Potakis said Greece and Bulgaria hoped "
        "to sign a new trade protocol for 1989 with a volume of about 180 mln dlrs.",
        D(1989, 5, 3),
        [
            ("GRC", "BGR", "turnover", 180_000_000, "USD", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "plan-volume-for-year",
        "capital-of-the-former-state-in-a-story-naming-it",
        None,
        "VIENNA, Oct 12 - Austria and the Soviet Union agreed on their trade for 1989 at talks "
        "in Moscow this week.\n\nThe two countries' protocol puts trade for 1989 at about 25 "
        "billion schillings, officials in Moscow said.",
        D(1988, 10, 12),
        [
            ("AUT", "SUN", "turnover", 25_000_000_000, "ATS", "1989-01-01", "1989-12-31", True),
        ],
    ),
    (
        "plan-volume-for-year",
        "near-miss-the-capital-in-a-story-of-its-own-state",
        None,
        "VIENNA, Oct 12 - Austria's trade minister held talks in Moscow this week.\n\nTrade "
        "between the two countries reached 1.9 billion euros in 2003, officials in Moscow "
        "said.",
        D(2004, 10, 12),
        [
            ("AUT", "RUS", "turnover", 1_900_000_000, "EUR", "2003-01-01", "2003-12-31", False),
        ],
    ),
    (
        "plan-volume-for-year",
        "near-miss-a-company-s-turnover-planned-at",
        None,
        "HELSINKI, Nov 20 - Nokia said its turnover planned at 22 billion markka for next year "
        "would depend on the economy.",
        D(1988, 11, 20),
        [],
    ),
    (
        "plan-volume-for-year",
        "near-miss-a-volume-in-tonnes",
        None,
        "HELSINKI, Nov 20 - Finland and Poland agreed an exchange of goods with a volume of 2 "
        "mln tonnes next year, the ministry said.",
        D(1988, 11, 20),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written28_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written28_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
