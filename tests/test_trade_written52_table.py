"""Trade error classes of session 52: the bare base of a year's level, a year told before.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``year-level-bare-base``: once the story has told a figure for a year (calendar or
  fiscal), a bare base right after the level of the year after it ("rose to A in 1986 from
  B", "fell to A from B" in that year's story, "rose to A in the year from B", "... against
  B") is the figure of the year told, also where a currency restatement hid the story's
  first comparison; a story that told no figure for that year, a goal's level, a quarter's
  level and a base told before its level ("from B to A") still leave the base out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

_KENYA = (
    "NAIROBI, May 4 - Kenya's trade deficit with Zambia was 1.1 billion shillings in 1985, "
    "the central bank said.\n\n"
)
_KENYA_1985: Row = (
    "KEN",
    "ZMB",
    "balance",
    -1_100_000_000,
    "KES",
    "1985-01-01",
    "1985-12-31",
    False,
)
_FISCAL = (
    "TOKYO, May 2 - Japan's surplus with Canada rose to 4.1 billion dlrs in fiscal 1986 "
    "ended March 31 from 3.6 billion a year earlier, the ministry said.\n\nExports to Canada "
    "climbed to 9.3 billion dlrs in the year "
)
_FISCAL_ROWS: list[Row] = [
    ("JPN", "CAN", "balance", 4_100_000_000, "USD", "1986-04-01", "1987-03-31", False),
    ("JPN", "CAN", "balance", 3_600_000_000, "USD", "1985-04-01", "1986-03-31", False),
    ("JPN", "CAN", "export", 9_300_000_000, "USD", "1986-04-01", "1987-03-31", False),
    ("JPN", "CAN", "export", 8_200_000_000, "USD", "1985-04-01", "1986-03-31", False),
]

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "year-level-bare-base",
        "a-year-told-then-the-next-year-level-and-a-bare-base",
        None,
        _KENYA + "Kenya's exports to Zambia climbed to 2.4 billion shillings in 1986 from 1.9 "
        "billion, it added.",
        D(1987, 5, 4),
        [
            _KENYA_1985,
            ("KEN", "ZMB", "export", 2_400_000_000, "KES", "1986-01-01", "1986-12-31", False),
            ("KEN", "ZMB", "export", 1_900_000_000, "KES", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "year-level-bare-base",
        "a-comparison-hidden-by-a-bracketed-restatement",
        None,
        "KATHMANDU, Feb 2 - Nepal's trade deficit with India widened to 9.6 billion rupees "
        "(about 440 mln dlrs) last year from 8.1 billion in 1985, officials said.\n\nNepalese "
        "exports to India rose to 2.7 billion rupees in 1986 from 2.2 billion, helped by "
        "carpet sales, but imports from India climbed to 12.3 billion rupees.",
        D(1987, 2, 2),
        [
            ("NPL", "IND", "balance", -9_600_000_000, "NPR", "1986-01-01", "1986-12-31", False),
            ("NPL", "IND", "balance", -8_100_000_000, "NPR", "1985-01-01", "1985-12-31", False),
            ("NPL", "IND", "export", 2_700_000_000, "NPR", "1986-01-01", "1986-12-31", False),
            ("NPL", "IND", "export", 2_200_000_000, "NPR", "1985-01-01", "1985-12-31", False),
            ("NPL", "IND", "import", 12_300_000_000, "NPR", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "year-level-bare-base",
        "a-fiscal-year-named-back-as-the-year-then-from",
        None,
        _FISCAL + "from 8.2 billion, it said.",
        D(1987, 5, 2),
        _FISCAL_ROWS,
    ),
    (
        "year-level-bare-base",
        "a-fiscal-year-named-back-as-the-year-then-against",
        None,
        _FISCAL + "against 8.2 billion, it said.",
        D(1987, 5, 2),
        _FISCAL_ROWS,
    ),
    (
        "year-level-bare-base",
        "near-miss-no-figure-told-for-the-year-before",
        None,
        "OSLO, Feb 9 - Norway's trade surplus shrank to 21.6 billion crowns last year, the "
        "bureau said.\n\nTotal imports rose to 180.2 billion crowns from 171.5 billion, it "
        "added.",
        D(1987, 2, 9),
        [
            ("NOR", None, "balance", 21_600_000_000, "NOK", "1986-01-01", "1986-12-31", False),
            ("NOR", None, "import", 180_200_000_000, "NOK", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "year-level-bare-base",
        "near-miss-a-goal-keeps-its-base-unread",
        None,
        _KENYA + "Kenya and Zambia aim to raise their trade to 5 billion shillings in 1990 from "
        "3 billion, the minister said.",
        D(1987, 5, 4),
        [
            _KENYA_1985,
            ("KEN", "ZMB", "turnover", 5_000_000_000, "KES", "1990-01-01", "1990-12-31", True),
        ],
    ),
    (
        "year-level-bare-base",
        "near-miss-a-quarter-level-keeps-its-base-unread",
        None,
        "NAIROBI, June 4 - Kenya's trade deficit was 1.1 billion shillings in the first "
        "quarter of 1986, the bank said.\n\nKenya's exports climbed to 2.4 billion shillings "
        "in the first quarter from 1.9 billion, the bureau said.",
        D(1987, 6, 4),
        [
            ("KEN", None, "balance", -1_100_000_000, "KES", "1986-01-01", "1986-03-31", False),
            ("KEN", None, "export", 2_400_000_000, "KES", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "year-level-bare-base",
        "near-miss-a-base-told-before-its-level",
        None,
        _KENYA + "Kenya's exports to Zambia rose from 1.9 billion shillings to 2.4 billion in "
        "1986, it added.",
        D(1987, 5, 4),
        [
            _KENYA_1985,
            ("KEN", "ZMB", "export", 2_400_000_000, "KES", "1986-01-01", "1986-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written52_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written52_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
