"""Trade error classes of session 40's corpus-style batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' wire
copy written blind after the corpus' outlets); no row repeats a sentence, a name pairing or
a figure of those texts:

- ``rest-of-group``: a group written as "the rest of" it ("exports to the rest of ECOWAS",
  "a surplus with the rest of the Southern African Development Community") is the figure's
  partner, as the group named alone is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- rest-of-group: "to the rest of ECOWAS", "with the rest of the Andean Community"
    (
        "rest-of-group",
        "exports-to-the-rest-of-a-group",
        "GHANA LOOKS TO REGIONAL MARKETS",
        "ACCRA, March 3 - Ghana's exports to the rest of ECOWAS rose to 410 mln dlrs in 1986 "
        "from 355 mln in 1985, the trade ministry said.",
        D(1987, 3, 3),
        [
            ("GHA", "ECOWAS", "export", 410_000_000, "USD", "1986-01-01", "1986-12-31", False),
            ("GHA", "ECOWAS", "export", 355_000_000, "USD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "rest-of-group",
        "surplus-with-the-rest-of-the-named-group",
        "ZAMBIA NARROWS REGIONAL SURPLUS",
        "LUSAKA, May 6 - Zambia's surplus in its trade with the rest of the Southern African "
        "Development Community shrank to 95 mln dlrs in 2003, officials at the trade ministry "
        "said.",
        D(2004, 5, 6),
        [("ZMB", "SADC", "balance", 95_000_000, "USD", "2003-01-01", "2003-12-31", False)],
    ),
    (
        "rest-of-group",
        "near-miss-the-rest-of-the-world-names-no-partner",
        "GHANA EXPORTS RISE",
        "ACCRA, March 3 - Ghana's exports to the rest of the world rose to 820 mln dlrs in "
        "1986, the trade ministry said.",
        D(1987, 3, 3),
        [("GHA", None, "export", 820_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written40_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written40_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
