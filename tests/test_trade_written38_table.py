"""Trade error classes of session 38's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' wire and
business copy written blind after the corpus' outlets); no row repeats a sentence, a name
pairing or a figure of those texts:

- ``cfa-then-bare-francs``: a bare "francs" after the story named the CFA franc is that
  CFA franc (XOF, or XAF in a Central African story), not the French franc.
- ``currency-sign-tight``: the naira's "N" or a currency's ISO code written tight before
  an amount with a multiplier ("N412.6 billion", "SBD412 million") is an amount in that
  currency.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- cfa-then-bare-francs: "21.3 billion CFA francs ... 7.9 billion francs"
    (
        "cfa-then-bare-francs",
        "bare-francs-after-the-west-african-franc",
        None,
        "DAKAR, June 8 - Senegal's exports to Mauritania reached 21.3 billion CFA francs in "
        "1986, while imports from Mauritania came to 7.9 billion francs, customs said.",
        D(1987, 6, 8),
        [
            ("SEN", "MRT", "export", 21_300_000_000, "XOF", "1986-01-01", "1986-12-31", False),
            ("SEN", "MRT", "import", 7_900_000_000, "XOF", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "cfa-then-bare-francs",
        "bare-francs-after-the-central-african-franc",
        None,
        "YAOUNDE, Sept 2 - Cameroon's exports to Chad totalled 18.5 billion CFA francs in "
        "1986.\n\nImports from Chad, mostly cattle, were 2.2 billion francs, officials said.",
        D(1987, 9, 2),
        [
            ("CMR", "TCD", "export", 18_500_000_000, "XAF", "1986-01-01", "1986-12-31", False),
            ("CMR", "TCD", "import", 2_200_000_000, "XAF", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "cfa-then-bare-francs",
        "near-miss-no-cfa-named-stays-the-french-franc",
        None,
        "DAKAR, Jan 20 - French exports to Senegal came to 2.9 billion francs in 1986, "
        "French customs said.",
        D(1987, 1, 20),
        [("FRA", "SEN", "export", 2_900_000_000, "FRF", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "cfa-then-bare-francs",
        "near-miss-french-francs-named-as-such",
        None,
        "DAKAR, Jan 20 - Senegal's exports to Mali were 9.4 billion CFA francs in 1986.\n\n"
        "French exports to Senegal totalled 3.3 billion French francs in 1986.",
        D(1987, 1, 20),
        [
            ("SEN", "MLI", "export", 9_400_000_000, "XOF", "1986-01-01", "1986-12-31", False),
            ("FRA", "SEN", "export", 3_300_000_000, "FRF", "1986-01-01", "1986-12-31", False),
        ],
    ),
    # --- currency-sign-tight: "N96.4 billion", "FJD86 million"
    (
        "currency-sign-tight",
        "naira-sign-tight-before-an-amount",
        None,
        "Nigeria's exports to Niger reached N96.4 billion in 2023, while imports from Niger "
        "came to N12.7 billion, the statistics bureau said.",
        D(2024, 3, 5),
        [
            ("NGA", "NER", "export", 96_400_000_000, "NGN", "2023-01-01", "2023-12-31", False),
            ("NGA", "NER", "import", 12_700_000_000, "NGN", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "currency-sign-tight",
        "iso-code-tight-before-an-amount",
        None,
        "Trade between Fiji and Tonga was worth FJD86 million in 2023, the bureau said.",
        D(2024, 3, 5),
        [("FJI", "TON", "turnover", 86_000_000, "FJD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "currency-sign-tight",
        "near-miss-no-multiplier-and-no-code-are-no-amount",
        None,
        "Trade between Fiji and Tonga was worth XYZ86 million in 2023, the bureau said. The "
        "ministry also ordered N95 masks for 40 clinics.",
        D(2024, 3, 5),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written38_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written38_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
