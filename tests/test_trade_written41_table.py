"""Trade error classes of session 41's corpus-style batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' wire
copy written blind after the corpus' outlets); no row repeats a sentence, a name pairing or
a figure of those texts:

- ``dateline-former-state``: a dateline city that is the capital of a former state's
  successor ("BELGRADE", "MOSCOW", "PRAGUE") is the former state in a story told while
  it stood that names the former state and never the successor.
- ``yearly-rate-no-year``: an amount told as a yearly rate ("X dlrs a year", "annually")
  with no year after it ("by 1990") is for no period a reader can tell: no record.
- ``own-currency-word``: a currency word a state issues under a name others share ("kroner"
  in Norway, "pounds" in Cyprus, Malta or Ireland, Malta's "liri") is that state's
  currency in its story, bare or after the state's name ("Cyprus pounds").
- ``event-date-no-period``: a date told of an event in a clause ("the programme the two
  countries launched in July 1986", "imports, which collapsed during the 2002 crisis") is
  no period of a figure in the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- dateline-former-state: "PRAGUE, Oct 2 - Czechoslovakia and Austria ..."
    (
        "dateline-former-state",
        "successor-capital-dateline-in-a-story-of-the-former-state",
        "CZECHOSLOVAKIA, AUSTRIA TO OPEN MORE CROSSINGS",
        "PRAGUE, Oct 2 - Czechoslovakia and Austria agreed to open two more border "
        "crossings, the CTK news agency said.\n\nTrade between the two countries rose to "
        "9.4 billion schillings in 1986 from 8.7 billion in 1985, CTK said.",
        D(1987, 10, 2),
        [
            ("CSK", "AUT", "turnover", 9_400_000_000, "ATS", "1986-01-01", "1986-12-31", False),
            ("CSK", "AUT", "turnover", 8_700_000_000, "ATS", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "dateline-former-state",
        "soviet-story-filed-from-moscow",
        "SOVIET UNION, FINLAND EASE BORDER CHECKS",
        "MOSCOW, March 2 - The Soviet Union and Finland agreed to simplify customs checks "
        "on their border, Tass said.\n\nTrade between the two countries rose to 3.1 billion "
        "roubles in 1986, it said.",
        D(1987, 3, 2),
        [("SUN", "FIN", "turnover", 3_100_000_000, "SUR", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "dateline-former-state",
        "near-miss-successor-named-after-the-former-state-ended",
        "RUSSIA, FINLAND EASE BORDER CHECKS",
        "MOSCOW, March 2 - Russia and Finland agreed to simplify customs checks on their "
        "border, Itar-Tass said.\n\nTrade between the two countries rose to 3.1 billion "
        "dlrs in 1993, it said.",
        D(1994, 3, 2),
        [("RUS", "FIN", "turnover", 3_100_000_000, "USD", "1993-01-01", "1993-12-31", False)],
    ),
    # --- yearly-rate-no-year: "wanted trade to reach X a year", "goods worth X a year"
    (
        "yearly-rate-no-year",
        "goal-told-as-a-yearly-rate-with-no-year",
        "KENYA EXPORTS TO TANZANIA FALL",
        "NAIROBI, Feb 11 - Kenya's exports to Tanzania fell to 21 mln dlrs in 1986, officials "
        "said.\n\nTrade Minister Joseph Kamau said Nairobi wanted trade with Tanzania to reach "
        "90 mln dlrs a year, adding that new barter contracts were under study.",
        D(1987, 2, 11),
        [("KEN", "TZA", "export", 21_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "yearly-rate-no-year",
        "annual-goal-under-a-dated-protocol",
        "KENYA EXPORTS TO TANZANIA FALL",
        "NAIROBI, Feb 11 - Kenya's exports to Tanzania fell to 21 mln dlrs in 1986, officials "
        "said.\n\nBoth governments once targeted two-way trade of 90 mln dlrs annually under a "
        "protocol agreed in 1984.",
        D(1987, 2, 11),
        [("KEN", "TZA", "export", 21_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "yearly-rate-no-year",
        "near-miss-yearly-rate-with-its-year-is-a-target",
        "KENYA, TANZANIA SET TRADE GOAL",
        "NAIROBI, Feb 11 - Kenya and Tanzania agreed to lift two-way trade to 90 mln dlrs a "
        "year by 1990, the trade ministry said.",
        D(1987, 2, 11),
        [("KEN", "TZA", "turnover", 90_000_000, "USD", "1990-01-01", "1990-12-31", True)],
    ),
    (
        "yearly-rate-no-year",
        "near-miss-a-year-earlier-is-a-comparison-base",
        "KENYA EXPORTS TO TANZANIA FALL",
        "NAIROBI, Feb 11 - Kenya's exports to Tanzania fell to 21 mln dlrs in 1986 from 30 "
        "mln dlrs a year earlier, officials said.",
        D(1987, 2, 11),
        [
            ("KEN", "TZA", "export", 21_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("KEN", "TZA", "export", 30_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    # --- own-currency-word: "X kroner" in Oslo, "X liri" in Valletta, "X pounds" in Nicosia
    (
        "own-currency-word",
        "maltese-liri",
        "MALTESE EXPORTS UP IN 1986",
        "VALLETTA, March 9 - Malta's exports rose to 98.2 mln liri in 1986 from 91.7 mln in "
        "1985, the Central Office of Statistics said.",
        D(1987, 3, 9),
        [
            ("MLT", None, "export", 98_200_000, "MTL", "1986-01-01", "1986-12-31", False),
            ("MLT", None, "export", 91_700_000, "MTL", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "own-currency-word",
        "norwegian-kroner",
        "NORWAY IMPORTS RISE",
        "OSLO, Feb 17 - Norway's imports rose to 140.3 billion kroner in 1986, the statistics "
        "bureau reported.\n\nSales to Denmark reached 19.6 billion kroner, it said.",
        D(1987, 2, 17),
        [
            ("NOR", None, "import", 140_300_000_000, "NOK", "1986-01-01", "1986-12-31", False),
            ("NOR", "DNK", "export", 19_600_000_000, "NOK", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "own-currency-word",
        "cyprus-pounds-then-bare-pounds",
        "CYPRUS IMPORTS GROW",
        "NICOSIA, Aug 4 - Cyprus's imports reached 612.5 mln Cyprus pounds in 1986, the "
        "statistics department said.\n\nExports to Britain totalled 48.1 mln pounds in the "
        "year, it said.",
        D(1987, 8, 4),
        [
            ("CYP", None, "import", 612_500_000, "CYP", "1986-01-01", "1986-12-31", False),
            ("CYP", "GBR", "export", 48_100_000, "CYP", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "own-currency-word",
        "near-miss-danish-kroner",
        "DANISH EXPORTS RISE",
        "COPENHAGEN, Feb 17 - Denmark's exports rose to 210.4 billion kroner in 1986, the "
        "statistics office said.",
        D(1987, 2, 17),
        [("DNK", None, "export", 210_400_000_000, "DKK", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "own-currency-word",
        "near-miss-british-pounds-in-a-british-story",
        "BRITISH EXPORTS TO CYPRUS RISE",
        "LONDON, Aug 4 - Britain's exports to Cyprus rose to 150 mln pounds in 1986, the "
        "Department of Trade said.",
        D(1987, 8, 4),
        [("GBR", "CYP", "export", 150_000_000, "GBP", "1986-01-01", "1986-12-31", False)],
    ),
    # --- event-date-no-period: "launched in May 1985", "collapsed during the 2002 crisis"
    (
        "event-date-no-period",
        "flow-after-a-clause-dating-a-collapse",
        None,
        "Uruguay's trade surplus grew to $1.1bn in 2004, official figures show.\n\nThe "
        "central bank said exports rose 18% to $3.0bn; imports, which had collapsed during the "
        "2002 banking crisis, jumped 40% to $1.9bn as consumers returned.",
        D(2005, 2, 10),
        [
            ("URY", None, "balance", 1_100_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("URY", None, "export", 3_000_000_000, "USD", "2004-01-01", "2004-12-31", False),
            ("URY", None, "import", 1_900_000_000, "USD", "2004-01-01", "2004-12-31", False),
        ],
    ),
    (
        "event-date-no-period",
        "second-figure-after-a-programme-launched-in-a-month",
        "PERU, CHILE TRADE GROWS",
        "LIMA, June 9 - Peru's trade with Chile grew in the first quarter of 1987, officials "
        "said.\n\nChile remained Peru's main Latin American market, taking 44 mln dlrs of "
        "Peruvian goods in the quarter under the border programme the two countries launched "
        "in May 1985, while Peru bought 39 mln dlrs of Chilean products.",
        D(1987, 6, 9),
        [
            ("PER", "CHL", "export", 44_000_000, "USD", "1987-01-01", "1987-03-31", False),
            ("PER", "CHL", "import", 39_000_000, "USD", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "event-date-no-period",
        "near-miss-figure-with-its-own-year-after-the-clause",
        None,
        "QUITO, June 9 - Trade between Ecuador and Colombia, which set up a joint border "
        "commission in 1984, reached 96 mln dlrs in 1986, the central bank said.",
        D(1987, 6, 9),
        [("ECU", "COL", "turnover", 96_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written41_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written41_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
