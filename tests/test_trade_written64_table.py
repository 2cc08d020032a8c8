"""Trade error classes of session 64: a figure the source restates in US dollars in brackets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in pages of two or more sets (the region's outlets);
no row repeats a sentence, a name pairing or a figure of those pages:

- ``dollars-named-in-brackets``: a trade figure in another currency followed by its
  amount in US dollars in brackets of their own, the dollar named by its issuer ("12.6
  billion yuan (about 1.75 billion U.S. dollars)", "AED 2.4 billion (US$654 million)",
  "(USD 654 million)"), is the same record in dollars too, as ", or about $X" after it
  already was. A bracket of bare signs, a reader's aid ("412.5bn ringgit ($88bn; £70bn)"),
  a wire's "(about 480 mln dlrs)", and a bracket restating a change rather than the level
  ("an increase of 2.1 billion yuan (about 290 million U.S. dollars)") give no dollar
  record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "dollars-named-in-brackets",
        "about-x-us-dollars-after-yuan",
        None,
        "HOHHOT, March 20 (Xinhua) -- In January-February, China-Mongolia trade reached 12.6 "
        "billion yuan (about 1.75 billion U.S. dollars), up 4.1 percent year on year, the "
        "local customs said.",
        D(2024, 3, 20),
        [
            ("CHN", "MNG", "turnover", 12_600_000_000, "CNY", "2024-01-01", "2024-02-29", False),
            ("CHN", "MNG", "turnover", 1_750_000_000, "USD", "2024-01-01", "2024-02-29", False),
        ],
    ),
    (
        "dollars-named-in-brackets",
        "us-dollar-sign-after-dirhams",
        None,
        "ABU DHABI, 9th May, 2024 (WAM) -- The UAE and Georgia reviewed their economic ties. "
        "Total trade between the two countries reached AED 2.4 billion (US$654 million) in "
        "2023, the Ministry of Economy said.",
        D(2024, 5, 9),
        [
            ("ARE", "GEO", "turnover", 2_400_000_000, "AED", "2023-01-01", "2023-12-31", False),
            ("ARE", "GEO", "turnover", 654_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "dollars-named-in-brackets",
        "usd-code-after-dirhams",
        None,
        "ABU DHABI, 9th May, 2024 (WAM) -- Bilateral trade between the UAE and Armenia "
        "reached AED 1.1 billion (USD 300 million) in 2023, the minister noted.",
        D(2024, 5, 9),
        [
            ("ARE", "ARM", "turnover", 1_100_000_000, "AED", "2023-01-01", "2023-12-31", False),
            ("ARE", "ARM", "turnover", 300_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "dollars-named-in-brackets",
        "near-miss-bare-signs-a-readers-aid",
        None,
        "Malaysia's exports rose to 412.5bn ringgit ($88bn; £70bn) in 2023, the statistics "
        "department said.",
        D(2024, 2, 20),
        [("MYS", None, "export", 412_500_000_000, "MYR", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "dollars-named-in-brackets",
        "near-miss-wire-dlrs-in-brackets",
        None,
        "BANGKOK, March 9 - Thailand's trade deficit widened to 12.4 billion baht (about 480 "
        "mln dlrs) in 1986, the Commerce Ministry said.",
        D(1987, 3, 9),
        [("THA", None, "balance", -12_400_000_000, "THB", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "dollars-named-in-brackets",
        "near-miss-a-change-in-dollars",
        None,
        "HOHHOT, March 20 (Xinhua) -- In January-February, China-Mongolia trade reached 12.6 "
        "billion yuan, an increase of 2.1 billion yuan (about 290 million U.S. dollars) year "
        "on year, the local customs said.",
        D(2024, 3, 20),
        [("CHN", "MNG", "turnover", 12_600_000_000, "CNY", "2024-01-01", "2024-02-29", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written64_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written64_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
