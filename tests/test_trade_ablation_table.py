"""Trade rules changed after the ablation of every trade pattern over the read sets, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes), each with
no headline, written for this table with invented figures. The ablation neutralised each
module-level pattern of the trade extractor in turn and scored every read set: the one
filter whose removal gave true records back was the carry of a current-account (services,
budget, invisibles) balance into the next sentence, which also blocked a balance that names
trade itself right after its word. The classes:

- ``balance-names-trade``: a balance whose own phrase names trade after it ("a surplus on
  merchandise trade of $X", "a deficit in foreign trade of $X") is a trade balance, even
  after a sentence about another balance;
- ``other-balance-carries``: a bare balance after a sentence about the current account or
  services ("This compared with a shortfall of $X") is still that balance's, no record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- balance-names-trade: "a surplus on merchandise trade" after a current-account sentence
    (
        "balance-names-trade",
        "surplus-on-merchandise-trade-after-current-account",
        None,
        "Chile's current account deficit widened to $310 million in March, the central bank "
        "said. Adjusted for the season, the figures show a surplus on merchandise trade of $95 "
        "million in March.",
        D(2023, 4, 20),
        [("CHL", None, "balance", 95_000_000, "USD", "2023-03-01", "2023-03-31", False)],
    ),
    (
        "balance-names-trade",
        "deficit-in-foreign-trade-after-services",
        None,
        "Iceland's services deficit narrowed to $40 million in May, the statistics office "
        "reported. Figures showed a deficit in foreign trade of $120 million in May.",
        D(2024, 6, 14),
        [("ISL", None, "balance", -120_000_000, "USD", "2024-05-01", "2024-05-31", False)],
    ),
    (
        "balance-names-trade",
        "surplus-on-the-visible-trade-after-invisibles",
        None,
        "Kenya's deficit on invisibles grew to $75 million in August, the bank said. It "
        "recorded a surplus on the visible trade of $18 million in August.",
        D(2022, 9, 30),
        [("KEN", None, "balance", 18_000_000, "USD", "2022-08-01", "2022-08-31", False)],
    ),
    # --- other-balance-carries: a bare balance after another balance's sentence stays its
    (
        "other-balance-carries",
        "shortfall-a-year-earlier-after-current-account",
        None,
        "Peru's current account deficit grew to $500 million in June, the central bank said. "
        "This compared with a $420 million shortfall a year earlier.",
        D(2021, 7, 22),
        [],
    ),
    (
        "other-balance-carries",
        "deficit-on-services-then-bare-surplus",
        None,
        "Uruguay's services deficit was $64 million in April, the statistics institute said. "
        "That was after a surplus of $12 million in March.",
        D(2020, 5, 19),
        [],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_ablation_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
