"""Trade error classes of session 45: a region as a flow's partner, a body's own flows.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy);
no row repeats a sentence, a name pairing or a figure of those texts:

- ``region-partner-no-record``: exports to or imports from a region no code names ("the
  four Andean republics", "the free trade area", "A's northern region", "the rest of the
  Community") are neither the state's world trade nor trade with a state: no record, while
  the figure still gives its period to the sentences after it.
- ``body-owned-flow``: a flow whose sentence's subject is a body that is no state (an industry
  or a sector that "was the leading sector with exports of X", a name a "which" clause tells
  of that "said its exports rose") is that body's: no record of the state's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- region-partner-no-record: "exports to the four Andean republics", "the rest of"
    (
        "region-partner-no-record",
        "exports-to-counted-republics-then-a-state",
        None,
        "LIMA, March 3 - Peru's exports to the four Andean republics climbed 14 pct to 640 "
        "mln dlrs in 1986, the central bank said. Its exports to Brazil stood at 210 mln "
        "dlrs.",
        D(1987, 3, 3),
        [
            ("PER", "BRA", "export", 210_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "region-partner-no-record",
        "imports-from-an-area-after-the-amount",
        None,
        "Namibia imported goods worth 3.2 billion rand from the free trade area in 2023, the "
        "statistics agency reported on Monday.",
        D(2024, 2, 12),
        [],
    ),
    (
        "region-partner-no-record",
        "exports-to-a-states-region",
        None,
        "In the first half of 2024, Turkmenistan exported $85 million worth of goods to "
        "Afghanistan's northern region, officials said.",
        D(2024, 8, 1),
        [],
    ),
    (
        "region-partner-no-record",
        "exports-to-the-rest-of-a-body",
        None,
        "PORT OF SPAIN, June 4 - Trinidad's exports to the rest of the Community dropped to "
        "72 mln U.S. dlrs in 1986 from 95 mln in 1985, the minister told reporters.",
        D(1987, 6, 4),
        [],
    ),
    (
        "region-partner-no-record",
        "near-miss-the-rest-of-the-world-is-the-states-own",
        None,
        "PORT OF SPAIN, June 4 - Trinidad's exports to the rest of the world dropped to 1.4 "
        "billion U.S. dlrs in 1986, the minister told reporters.",
        D(1987, 6, 4),
        [
            ("TTO", None, "export", 1_400_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "region-partner-no-record",
        "near-miss-the-region-after-a-named-group",
        None,
        "Kenya's exports to the rest of COMESA reached 98 billion shillings in 2019, while "
        "its imports from the region were 41 billion shillings, the bureau said.",
        D(2020, 3, 2),
        [
            ("KEN", "COMESA", "export", 98_000_000_000, "KES", "2019-01-01", "2019-12-31", False),
            ("KEN", "COMESA", "import", 41_000_000_000, "KES", "2019-01-01", "2019-12-31", False),
        ],
    ),
    # --- body-owned-flow: "The X industry was the top sector with exports of Y", "Z, which ..."
    (
        "body-owned-flow",
        "an-industry-led-with-exports",
        None,
        "Chile's exports rose to $98 billion in 2023, the central bank said.\n\nThe copper "
        "mining industry was again the biggest sector with exports of $44.1 billion.",
        D(2024, 2, 5),
        [
            ("CHL", None, "export", 98_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "body-owned-flow",
        "a-company-told-by-a-which-clause-said-its-exports",
        None,
        "SANTIAGO, April 9 - Chile's exports rose 6 pct to 4.2 billion dlrs last year, the "
        "central bank said. Cobrex, which was founded in 1961 and mines copper in the north, "
        "said its exports rose to 520 mln dlrs in 1986 from 430 mln in 1985.",
        D(1987, 4, 9),
        [
            ("CHL", None, "export", 4_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "body-owned-flow",
        "near-miss-a-state-told-by-a-which-clause",
        None,
        "SANTIAGO, April 9 - Chile, which sells most of its copper to Asia, said its exports "
        "rose to 4.2 billion dlrs in 1986.",
        D(1987, 4, 9),
        [
            ("CHL", None, "export", 4_200_000_000, "USD", "1986-01-01", "1986-12-31", False),
        ],
    ),
    (
        "body-owned-flow",
        "near-miss-an-industry-minister-tells-the-states-exports",
        None,
        "Industry Minister Carlos Vega said Chile's exports rose to $98 billion in 2023.",
        D(2024, 2, 5),
        [
            ("CHL", None, "export", 98_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written45_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written45_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
