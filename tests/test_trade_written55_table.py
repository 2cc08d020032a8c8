"""Trade error classes of session 55: trade figures never made (recall).

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy and
the corpus keys); no row repeats a sentence, a name pairing or a figure of those texts:

- ``goods-worth-verb``: a bare verb whose object is goods and their worth ("will export
  goods worth X to B", "shipped products worth X to B", "and import goods worth Y") is the
  subject's export or import, a planned part taking the modal of the part before it; a
  firm's goods, or goods with no state as subject, are still no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "goods-worth-verb",
        "shipped-goods-worth-to-a-state",
        None,
        "LAGOS, May 6 - Nigeria shipped goods worth 2.1 billion dlrs to Ghana in 1986, the "
        "statistics bureau said on Wednesday.",
        D(1987, 5, 6),
        [("NGA", "GHA", "export", 2_100_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "goods-worth-verb",
        "the-country-shipped-products-worth",
        None,
        "QUITO, Nov 14 - Ecuador's trade with Peru grew in the first nine months of 2023. The "
        "country shipped products worth $640 million to Peru in January-September 2023.",
        D(2023, 11, 14),
        [("ECU", "PER", "export", 640_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "goods-worth-verb",
        "will-export-and-import-goods-worth-under-a-plan",
        None,
        "ACCRA, March 2 - Ghana and Nigeria signed a trade protocol today providing for "
        "two-way trade of 90 mln dlrs in 1988, officials said. Under the plan, Ghana will "
        "export goods worth 40 mln dlrs to Nigeria, mainly cocoa and timber, and import goods "
        "worth 50 mln dlrs, including fuel and cement.",
        D(1988, 3, 2),
        [
            ("GHA", "NGA", "turnover", 90_000_000, "USD", "1988-01-01", "1988-12-31", True),
            ("GHA", "NGA", "export", 40_000_000, "USD", "1988-01-01", "1988-12-31", True),
            ("GHA", "NGA", "import", 50_000_000, "USD", "1988-01-01", "1988-12-31", True),
        ],
    ),
    (
        "goods-worth-verb",
        "near-miss-a-firms-goods",
        None,
        "LAGOS, May 6 - The firm shipped goods worth 2.1 million dlrs to Ghana last year, "
        "Nigeria's customs office said.",
        D(1987, 5, 6),
        [],
    ),
    (
        "goods-worth-verb",
        "near-miss-a-company-plans-to-export-products",
        None,
        "ACCRA, March 2 - The plant's owners said the company plans to export products worth "
        "7 mln dlrs a year once it reaches full output.",
        D(1988, 3, 2),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written55_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written55_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
