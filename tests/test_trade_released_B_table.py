"""Trade error classes read on the released pages B1-B30 and corpus blind 16, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). The
classes are the ways of writing a trade figure that the errors of the released pages
showed the library misread; no row repeats a sentence, a name pairing or a figure of
those pages:

- ``percent-change-or-amount``: "grew by 14 percent, or $90 million", "went up 7%, or
  $55 million": a change by a percentage restated as an amount is the change, no record,
  wherever it stands (no "more than" needs to follow); "rose by 6 percent to $X" still
  gives the level X, and "a share of 9 percent, or $X" still is a partner's figure;
- near misses that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- percent-change-or-amount: the amount restates the change, no record
    (
        "percent-change-or-amount",
        "went-up-by-percent-or-amount",
        None,
        "Trade between Chile and Peru came to $940 million in January-September 2023. "
        "Against the same months of 2022, the volume of trade went up by 14,2 percent, "
        "or $117 million.",
        D(2023, 10, 20),
        [("CHL", "PER", "turnover", 940_000_000, "USD", "2023-01-01", "2023-09-30", False)],
    ),
    (
        "percent-change-or-amount",
        "grew-percent-or-amount-no-by",
        None,
        "Ghana's exports to Togo reached $63 million in 2022, having grown 9% year on year, "
        "or $5,2 million.",
        D(2023, 2, 14),
        [("GHA", "TGO", "export", 63_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "percent-change-or-amount",
        "declined-by-percent-or-amount-own-sentence",
        None,
        "Mongolia's trade with Japan stood at $410 million in the first half of 2024. "
        "Imports from Japan declined by 6.5 per cent, or by $19 million.",
        D(2024, 8, 5),
        [("MNG", "JPN", "turnover", 410_000_000, "USD", "2024-01-01", "2024-06-30", False)],
    ),
    (
        "percent-change-or-amount",
        "down-percent-or-about-amount",
        None,
        "Bolivia's turnover with Paraguay was $288 million last year, down 3 pct, or about "
        "$9 million, from the year before.",
        D(2024, 1, 30),
        [("BOL", "PRY", "turnover", 288_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    # --- near misses: a level after a percentage change; a share restated as an amount
    (
        "near-miss",
        "rose-by-percent-to-level",
        None,
        "Trade between Chile and Peru rose by 12 percent to $905 million in 2023.",
        D(2024, 3, 1),
        [("CHL", "PER", "turnover", 905_000_000, "USD", "2023-01-01", "2023-12-31", False)],
    ),
    (
        "near-miss",
        "share-percent-or-amount",
        None,
        "Ghana's foreign trade totalled $31 billion in 2022. Togo's share was 4 percent, "
        "or $1,24 billion.",
        D(2023, 4, 11),
        [
            ("GHA", None, "turnover", 31_000_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("GHA", "TGO", "turnover", 1_240_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_b_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_released_b_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
