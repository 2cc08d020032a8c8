"""Trade error classes of session 37's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (the writers' wire and business copy written blind after the corpus' outlets, the
blind corpus keys): a way of writing trade figures that recurs, not one writer's habit.
No row repeats a sentence, a name pairing or a figure of those texts:

- ``soviet-rouble``: a figure in roubles for a period before 1992, or told before 1992,
  is in Soviet roubles (SUR), not in the Russian rouble (RUB) issued after.
- ``level-period-after-base-year``: an amount in a clause added after a comparison's
  base and the base's own year ("rose to A in 1986 from B in 1985, leaving a deficit of
  C", "..., on two-way trade of C", "..., with exports falling to C") is for the level's
  period, not for the base's year just before it.
- ``local-currency-sign``: a local currency's sign or name the vocabulary lacked is an
  amount in that currency: the rand's "R" tight before an amount with a multiplier
  ("R4.1bn"), a letter-and-sign prefix ("N$", "GH¢"), "pula", "cedi".
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- soviet-rouble: roubles of the Soviet years are SUR
    (
        "soviet-rouble",
        "protocol-roubles-before-1992",
        None,
        "HELSINKI, Jan 9 - Trade between Finland and the Soviet Union is to reach 2.7 "
        "billion roubles in 1988 under a protocol signed today, officials said.",
        D(1987, 1, 9),
        [("FIN", "SUN", "turnover", 2_700_000_000, "SUR", "1988-01-01", "1988-12-31", True)],
    ),
    (
        "soviet-rouble",
        "soviet-trade-with-a-partner-in-roubles",
        None,
        "MOSCOW, Nov 3 - Soviet trade with Austria rose to 1.14 billion roubles in January-June "
        "1987 from 0.98 billion in January-June 1986, figures showed.",
        D(1987, 11, 3),
        [
            ("SUN", "AUT", "turnover", 1_140_000_000, "SUR", "1987-01-01", "1987-06-30", False),
            ("SUN", "AUT", "turnover", 980_000_000, "SUR", "1986-01-01", "1986-06-30", False),
        ],
    ),
    (
        "soviet-rouble",
        "near-miss-roubles-after-1992-stay-rub",
        None,
        "Russia's trade with Armenia came to 310 billion roubles in 2023, the customs "
        "service said.",
        D(2024, 2, 14),
        [("RUS", "ARM", "turnover", 310_000_000_000, "RUB", "2023-01-01", "2023-12-31", False)],
    ),
    # --- level-period-after-base-year: "to A in 1986 from B in 1985, leaving C": C is 1986's
    (
        "level-period-after-base-year",
        "leaving-a-deficit-after-the-base-year",
        None,
        "MANAGUA, May 5 - Nicaragua's imports climbed to 713 mln dlrs in 1986 from 664 mln in "
        "1985, leaving a shortfall of 451 mln dlrs, the central bank said.",
        D(1987, 5, 5),
        [
            ("NIC", None, "import", 713_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("NIC", None, "import", 664_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("NIC", None, "balance", -451_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "level-period-after-base-year",
        "on-two-way-trade-after-the-base-year",
        None,
        "LISBON, June 2 - Portugal's deficit in trade with Spain rose to 520 mln dlrs last year "
        "from 430 mln in 1985, on total two-way trade of 1.9 billion dlrs, officials said.",
        D(1987, 6, 2),
        [
            ("PRT", "ESP", "balance", -520_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("PRT", "ESP", "balance", -430_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PRT", "ESP", "turnover", 1_900_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "level-period-after-base-year",
        "with-exports-falling-after-the-base-year",
        None,
        "CAIRO, Aug 20 - Two-way trade between Egypt and Greece dropped to 410 mln dlrs in "
        "1986 from 505 mln in 1985, with Egyptian exports to Greece falling to 150 mln dlrs "
        "from 190 mln, the ministry said.",
        D(1987, 8, 20),
        [
            ("EGY", "GRC", "turnover", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("EGY", "GRC", "turnover", 505_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("EGY", "GRC", "export", 150_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("EGY", "GRC", "export", 190_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "level-period-after-base-year",
        "near-miss-a-clause-with-its-own-period-keeps-it",
        None,
        "MANAGUA, May 5 - Nicaragua's imports climbed to 713 mln dlrs in 1986 from 664 mln in "
        "1985, leaving a shortfall of 380 mln dlrs in 1984, the central bank said.",
        D(1987, 5, 5),
        [
            ("NIC", None, "import", 713_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("NIC", None, "import", 664_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("NIC", None, "balance", -380_000_000, "USD", "1984-01-01", "1984-12-31", False),
        ],
    ),
    # --- local-currency-sign: "R4.1bn", "N$2.6 billion", "GH¢1.3 billion", "pula", "cedi"
    (
        "local-currency-sign",
        "rand-sign-tight-before-an-amount",
        None,
        "South Africa's exports to Zambia rose to R18.4bn in 2023, while imports from Zambia "
        "came to R4.1bn, revenue service data showed.",
        D(2024, 3, 11),
        [
            ("ZAF", "ZMB", "export", 18_400_000_000, "ZAR", "2023-01-01", "2023-12-31", False),
            ("ZAF", "ZMB", "import", 4_100_000_000, "ZAR", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "local-currency-sign",
        "namibian-and-ghanaian-signs",
        None,
        "Namibia's exports to Angola were N$2.6 billion in 2023, the statistics agency said. "
        "Separately, Ghana's exports to Togo reached GH¢1.3 billion in 2023.",
        D(2024, 4, 2),
        [
            ("NAM", "AGO", "export", 2_600_000_000, "NAD", "2023-01-01", "2023-12-31", False),
            ("GHA", "TGO", "export", 1_300_000_000, "GHS", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "local-currency-sign",
        "pula-after-an-amount",
        None,
        "GABORONE, May 12 - Botswana's exports rose to 2.07 billion pula in 1986 from 1.91 "
        "billion in 1985, Bank of Botswana figures show.",
        D(1987, 5, 12),
        [
            ("BWA", None, "export", 2_070_000_000, "BWP", "1986-01-01", "1986-12-31", False),
            ("BWA", None, "export", 1_910_000_000, "BWP", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "local-currency-sign",
        "near-miss-a-letter-r-with-no-multiplier-is-no-amount",
        None,
        "South Africa's exports to Zambia rose to R18.4bn in 2023, carried mostly on the R3 "
        "highway north of Pretoria.",
        D(2024, 3, 11),
        [("ZAF", "ZMB", "export", 18_400_000_000, "ZAR", "2023-01-01", "2023-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written37_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written37_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
