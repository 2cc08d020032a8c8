"""Trade error classes of session 57: goals said of the figure just named.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy and
the corpus keys); no row repeats a sentence, a name pairing or a figure of those texts:

- ``figure-wished-for``: a wish that the figure just named reach an amount ("they want to
  see that figure rise to X by 2026", "both want that figure to reach X") is a goal for
  that figure, in its own sentence or after the figure in the same one, also where a
  product's flow word ("goods shipped from A") stands between; a wish for a product's
  figure, or for another amount, is still no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "figure-wished-for",
        "wish-after-goods-shipped-in-the-same-sentence",
        None,
        "LIMA, May 4 - Trade between Chile and Peru came to 900 mln dlrs in 2022, most of it "
        "processed goods shipped from Chile, and the two governments want to see that figure "
        "climb to 1.5 billion dlrs by 2026, officials said.",
        D(2023, 5, 4),
        [
            ("CHL", "PER", "turnover", 900_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("CHL", "PER", "turnover", 1_500_000_000, "USD", "2026-01-01", "2026-12-31", True),
        ],
    ),
    (
        "figure-wished-for",
        "wish-in-a-sentence-of-its-own",
        None,
        "QUITO, June 8 - Ecuador's trade with Colombia reached 1.1 billion dlrs in 2023, "
        "customs data show. Both governments want that figure to hit 2 billion dlrs by 2028.",
        D(2024, 6, 8),
        [
            ("ECU", "COL", "turnover", 1_100_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("ECU", "COL", "turnover", 2_000_000_000, "USD", "2028-01-01", "2028-12-31", True),
        ],
    ),
    (
        "figure-wished-for",
        "wish-in-a-story-with-no-date",
        None,
        "Trade between Ghana and Togo was worth 300 mln dlrs in 2022, and officials say they "
        "wanted to see the figure reach 500 mln dlrs by 2025.",
        None,
        [
            ("GHA", "TGO", "turnover", 300_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "TGO", "turnover", 500_000_000, "USD", "2025-01-01", "2025-12-31", True),
        ],
    ),
    (
        "figure-wished-for",
        "wish-for-exports-this-year",
        None,
        "ASUNCION, Feb 3 - Paraguay's exports to Uruguay fell to 210 mln dlrs in 2022. "
        "Exporters want that figure to reach 300 mln dlrs this year.",
        D(2023, 2, 3),
        [
            ("PRY", "URY", "export", 210_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PRY", "URY", "export", 300_000_000, "USD", "2023-01-01", "2023-12-31", True),
        ],
    ),
    (
        "figure-wished-for",
        "near-miss-a-products-figure-wished-for",
        None,
        "LIMA, May 4 - Peru's coffee exports were 500 mln dlrs in 2022, and growers want to "
        "see that figure reach 800 mln dlrs by 2026.",
        D(2023, 5, 4),
        [],
    ),
    (
        "figure-wished-for",
        "near-miss-that-figure-told-as-a-fact",
        None,
        "LA PAZ, May 4 - Trade between Peru and Bolivia reached 700 mln dlrs in 2022, and that "
        "figure rose to 760 mln dlrs in 2023, the ministry said.",
        D(2024, 5, 4),
        [
            ("PER", "BOL", "turnover", 700_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", "BOL", "turnover", 760_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "figure-wished-for",
        "near-miss-another-amount-raised-after-goods-shipped",
        None,
        "Trade between Peru and Bolivia reached 700 mln dlrs in 2022, mostly gas shipped from "
        "Bolivia, and the two sides agreed to raise investment to 2 billion dlrs by 2026.",
        None,
        [("PER", "BOL", "turnover", 700_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written57_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written57_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
