"""Trade error classes of session 47: conversions and fiscal glosses.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``restated-currency``: an amount restated in another currency (", or about Y dlrs,",
  "(about Y dlrs)") is no currency of the bare amounts after it: "from Z" is in the
  currency of the amount the restatement follows (the rule is trade48's
  base-after-restated-currency, changelog 9.fixed.4241; these rows check it from another
  writer's sentences).
- ``fiscal-part-glossed``: a part of a fiscal year glossed with months in brackets takes the
  bracket's months when they are the part's ("the first nine months of the current fiscal
  year (July-March 2024-25)"), and keeps its own when they are the whole year's ("the eight
  months to end-February of the 1986/87 (July-June) fiscal year").
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- restated-currency: the base after a restatement keeps the level's currency
    (
        "restated-currency",
        "bracketed-dollars-then-a-bare-base-with-a-partner",
        None,
        "MANILA, April 2 - The Philippines' trade deficit with Japan grew to 9.4 billion "
        "pesos (about 460 mln dlrs) last year from 7.1 billion in 1985, the central bank "
        "said.",
        D(1987, 4, 2),
        [
            ("PHL", "JPN", "balance", -9_400_000_000, "PHP", "1986-01-01", "1986-12-31", False),
            ("PHL", "JPN", "balance", -7_100_000_000, "PHP", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "restated-currency",
        "bracketed-some-dollars-then-a-month-before",
        None,
        "OSLO, May 12 - Norway's trade surplus fell to 4.6 billion crowns (around 680 mln "
        "dlrs) in April from 5.3 billion in March, the statistics bureau said.",
        D(1987, 5, 12),
        [
            ("NOR", None, "balance", 4_600_000_000, "NOK", "1987-04-01", "1987-04-30", False),
            ("NOR", None, "balance", 5_300_000_000, "NOK", "1987-03-01", "1987-03-31", False),
        ],
    ),
    (
        "restated-currency",
        "or-some-dollars-then-the-same-quarter-a-year-earlier",
        None,
        "KATHMANDU, May 12 - Nepal's trade deficit widened to 3.7 billion rupees, or some "
        "170 mln dlrs, in the first quarter of 1987 from 3.1 billion in the same quarter a "
        "year earlier, the central bank said.",
        D(1987, 5, 12),
        [
            ("NPL", None, "balance", -3_700_000_000, "NPR", "1987-01-01", "1987-03-31", False),
            ("NPL", None, "balance", -3_100_000_000, "NPR", "1986-01-01", "1986-03-31", False),
        ],
    ),
    # --- fiscal-part-glossed: the months of a fiscal year's part glossed in brackets
    (
        "fiscal-part-glossed",
        "months-to-end-month-of-a-fiscal-year-glossed-july-june",
        None,
        "CAIRO, May 20 - Egypt's trade deficit widened to 2.31 billion dlrs in the nine "
        "months to end-March of the 1986/87 (July-June) fiscal year, from 2.05 billion a "
        "year earlier, the central bank said.",
        D(1987, 5, 20),
        [
            ("EGY", None, "balance", -2_310_000_000, "USD", "1986-07-01", "1987-03-31", False),
            ("EGY", None, "balance", -2_050_000_000, "USD", "1985-07-01", "1986-03-31", False),
        ],
    ),
    (
        "fiscal-part-glossed",
        "first-months-of-the-current-fiscal-year-bracket-with-years",
        None,
        "ISLAMABAD: Pakistan's exports to Kenya rose to $212.6 million during the first nine "
        "months of the current fiscal year (July-March 2024-25), officials said.",
        D(2025, 4, 20),
        [
            ("PAK", "KEN", "export", 212_600_000, "USD", "2024-07-01", "2025-03-31", False),
        ],
    ),
    (
        "fiscal-part-glossed",
        "near-miss-a-whole-fiscal-year-glossed-july-june",
        None,
        "CAIRO, Sept 20 - Egypt's trade deficit narrowed to 3.1 billion dlrs in the 1985/86 "
        "(July-June) fiscal year from 3.6 billion in 1984/85, the central bank said.",
        D(1986, 9, 20),
        [
            ("EGY", None, "balance", -3_100_000_000, "USD", "1985-07-01", "1986-06-30", False),
            ("EGY", None, "balance", -3_600_000_000, "USD", "1984-07-01", "1985-06-30", False),
        ],
    ),
    (
        "fiscal-part-glossed",
        "near-miss-first-half-of-the-current-fiscal-year-bracketed",
        None,
        "ISLAMABAD: Pakistan's trade deficit with Kenya narrowed to $10.9 million in the first "
        "half of the current fiscal year (July-December 2023), officials said.",
        D(2024, 2, 20),
        [
            ("PAK", "KEN", "balance", -10_900_000, "USD", "2023-07-01", "2023-12-31", False),
        ],
    ),
    (
        "fiscal-part-glossed",
        "near-miss-first-months-of-the-calendar-year-bracketed",
        None,
        "ISLAMABAD: Pakistan's exports to Kenya rose to $212.6 million in the first nine months "
        "of the year (January-September 2024), officials said.",
        D(2025, 4, 20),
        [
            ("PAK", "KEN", "export", 212_600_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
    (
        "restated-currency",
        "near-miss-a-second-figure-in-dollars-is-its-base-currency",
        None,
        "NAIROBI, May 12 - Kenya's exports rose to 19.2 billion shillings in 1986, and its "
        "imports from Japan to 310 mln dlrs, against 275 mln in 1985, the bureau said.",
        D(1987, 5, 12),
        [
            ("KEN", None, "export", 19_200_000_000, "KES", "1986-01-01", "1986-12-31", False),
            ("KEN", "JPN", "import", 310_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("KEN", "JPN", "import", 275_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "restated-currency",
        "near-miss-both-amounts-in-their-own-currency",
        None,
        "TUNIS, May 12 - Tunisia's trade deficit narrowed to 812 mln dinars (some 990 mln "
        "dlrs) in 1986 from 948 mln dinars in 1985, the ministry said.",
        D(1987, 5, 12),
        [
            ("TUN", None, "balance", -812_000_000, "TND", "1986-01-01", "1986-12-31", False),
            ("TUN", None, "balance", -948_000_000, "TND", "1985-01-01", "1985-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written47_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written47_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
