"""Trade error classes of session 39's corpus-style batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' wire
copy written blind after the corpus' outlets); no row repeats a sentence, a name pairing or
a figure of those texts:

- ``first-comparison-link``: the story's first comparison ("a deficit of X in the first
  half, against a surplus of Y in January-June 1986"; "widened to X pesos, or about Z dlrs,
  in the quarter from Y in the same quarter of 1986") is read when its base names its
  balance or follows a restatement of the level in another currency, so a later bare base
  ("Exports in January-June fell to A from B") is the same span of the earlier year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- first-comparison-link: "against a surplus of Y", "X pesos, or about Z dlrs, ... from Y"
    (
        "first-comparison-link",
        "base-naming-its-balance-sets-the-earlier-span",
        "PERU SWINGS INTO HALF-YEAR TRADE DEFICIT",
        "LIMA, Aug 20 - Peru posted a trade deficit of 88 mln dlrs in the first half of 1987, "
        "against a surplus of 41 mln dlrs in January-June 1986, the central bank said.\n\n"
        "Exports in January-June fell to 1.32 billion dlrs from 1.47 billion, while imports "
        "rose to 1.41 billion from 1.43 billion, the bank said.",
        D(1987, 8, 20),
        [
            ("PER", None, "balance", -88_000_000, "USD", "1987-01-01", "1987-06-30", False),
            ("PER", None, "balance", 41_000_000, "USD", "1986-01-01", "1986-06-30", False),
            ("PER", None, "export", 1_320_000_000, "USD", "1987-01-01", "1987-06-30", False),
            ("PER", None, "export", 1_470_000_000, "USD", "1986-01-01", "1986-06-30", False),
            ("PER", None, "import", 1_410_000_000, "USD", "1987-01-01", "1987-06-30", False),
            ("PER", None, "import", 1_430_000_000, "USD", "1986-01-01", "1986-06-30", False),
        ],
    ),
    (
        "first-comparison-link",
        "level-restated-in-dollars-before-its-base",
        "PORTUGUESE TRADE DEFICIT WIDENS IN FIRST QUARTER",
        "LISBON, May 12 - Portugal's trade deficit widened to 212.4 billion escudos, or about "
        "1.5 billion dlrs, in the first quarter of 1987 from 174 billion escudos in "
        "January-March 1986, the statistics institute reported.\n\nExports in January to "
        "March rose to 301 billion escudos from 266 billion, the institute said.",
        D(1987, 5, 12),
        [
            ("PRT", None, "balance", -212_400_000_000, "PTE", "1987-01-01", "1987-03-31", False),
            ("PRT", None, "balance", -174_000_000_000, "PTE", "1986-01-01", "1986-03-31", False),
            ("PRT", None, "export", 301_000_000_000, "PTE", "1987-01-01", "1987-03-31", False),
            ("PRT", None, "export", 266_000_000_000, "PTE", "1986-01-01", "1986-03-31", False),
        ],
    ),
    (
        "first-comparison-link",
        "near-miss-no-earlier-comparison-leaves-the-bare-base",
        "PERU POSTS HALF-YEAR TRADE DEFICIT",
        "LIMA, Aug 20 - Peru posted a trade deficit of 88 mln dlrs in the first half of 1987, "
        "the central bank said.\n\nExports in January-June fell to 1.32 billion dlrs from "
        "1.47 billion, the bank said.",
        D(1987, 8, 20),
        [
            ("PER", None, "balance", -88_000_000, "USD", "1987-01-01", "1987-06-30", False),
            ("PER", None, "export", 1_320_000_000, "USD", "1987-01-01", "1987-06-30", False),
        ],
    ),
    (
        "first-comparison-link",
        "near-miss-restated-level-with-no-base",
        "PORTUGUESE TRADE DEFICIT WIDENS IN FIRST QUARTER",
        "LISBON, May 12 - Portugal's trade deficit widened to 212.4 billion escudos, or about "
        "1.5 billion dlrs, in the first quarter of 1987, the statistics institute reported."
        "\n\nExports in January to March rose to 301 billion escudos from 266 billion, the "
        "institute said.",
        D(1987, 5, 12),
        [
            ("PRT", None, "balance", -212_400_000_000, "PTE", "1987-01-01", "1987-03-31", False),
            ("PRT", None, "export", 301_000_000_000, "PTE", "1987-01-01", "1987-03-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written39_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written39_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
