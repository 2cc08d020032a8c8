"""Trade error classes of session 32's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (twenty-four writers' wire copy written blind after the corpus' outlets, the blind
corpus keys, the audit's trade silver): a way of writing trade figures that recurs, not
one writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``currency-country-name-attributive``: wires name a state's own currency by the state's
  name before the currency word as well as by its adjective ("Zimbabwe dlrs", "Kenya
  shillings", "Trinidad and Tobago dlrs", "Uganda shillings"): the amount is in the
  currency that state issues under that word, not the bare word's default (the US dollar)
  nor no currency at all. A bare currency word, or one after the adjective of a state,
  reads as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- currency-country-name-attributive: "<country name> <currency word>"
    (
        "currency-country-name-attributive",
        "country-name-before-dlrs-is-its-dollar",
        None,
        "LUSAKA, June 9 - Zambia's imports from Zimbabwe rose to 188 mln Zimbabwe dlrs in "
        "1986 from 151 mln in 1985, the Central Statistical Office said.",
        D(1987, 6, 9),
        [
            ("ZMB", "ZWE", "import", 188_000_000, "ZWD", "1986-01-01", "1986-12-31", False),
            ("ZMB", "ZWE", "import", 151_000_000, "ZWD", "1985-01-01", "1985-12-31", False),
        ],
    ),
    (
        "currency-country-name-attributive",
        "country-name-before-shillings-is-its-shilling",
        None,
        "NAIROBI, Oct 2 - Uganda's exports to Kenya fell to 3.7 billion Uganda shillings in "
        "1986, the Bank of Uganda said in its annual report.",
        D(1987, 10, 2),
        [("UGA", "KEN", "export", 3_700_000_000, "UGX", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "currency-country-name-attributive",
        "two-word-country-name-before-dollars-is-its-dollar",
        None,
        "KINGSTON, Aug 14 - Jamaica ran a trade deficit of 2.6 billion Jamaica dollars with "
        "the United States in 1986, the statistical institute said.",
        D(1987, 8, 14),
        [("JAM", "USA", "balance", -2_600_000_000, "JMD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "currency-country-name-attributive",
        "multi-word-country-name-before-dlrs-is-its-dollar",
        None,
        "PORT OF SPAIN, May 20 - Trinidad and Tobago's imports from Venezuela climbed to 415 "
        "mln Trinidad and Tobago dlrs in 1986, the central bank said.",
        D(1987, 5, 20),
        [("TTO", "VEN", "import", 415_000_000, "TTD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "currency-country-name-attributive",
        "near-miss-bare-dlrs-stay-us-dollars",
        None,
        "HARARE, June 3 - Zimbabwe's exports to Botswana rose to 96 mln dlrs in 1986, the "
        "Central Statistical Office said.",
        D(1987, 6, 3),
        [("ZWE", "BWA", "export", 96_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "currency-country-name-attributive",
        "near-miss-adjective-before-dlrs-still-names-its-dollar",
        None,
        "OTTAWA, March 11 - Canada's exports to Japan rose to 7.9 billion Canadian dlrs in "
        "1986, Statistics Canada said.",
        D(1987, 3, 11),
        [("CAN", "JPN", "export", 7_900_000_000, "CAD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written32_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written32_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
