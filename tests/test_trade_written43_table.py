"""Trade error classes of session 43: the figure's owner after a ranking, and split years.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in articles of two or more sets (the writers' copy and
our own pages); no row repeats a sentence, a name pairing or a figure of those texts:

- ``ranked-subject-list``: a state a clause lists as a partner ("the main suppliers were B
  and C: imports from B ...") or gives its amount in a ranking ("C came in with $X, while
  trade with D ...") owns no later clause's flow with its own partner: the story's state does.
- ``split-year-comparison``: a comparison moved to a split year ("the corresponding period
  of 2022-23") keeps the months of the period it compares with, in that fiscal year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- ranked-subject-list: "the main suppliers were B and C: imports from B ..."
    (
        "ranked-subject-list",
        "plural-partners-were-then-imports-from-the-first",
        None,
        "Georgia's foreign trade turnover reached $7.2 billion in January-April 2024. "
        "The leading suppliers were Turkey and Germany: imports from Turkey came to "
        "$840 million, and from Germany to $310 million.",
        D(2024, 5, 20),
        [
            ("GEO", None, "turnover", 7_200_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("GEO", "TUR", "import", 840_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("GEO", "DEU", "import", 310_000_000, "USD", "2024-01-01", "2024-04-30", False),
        ],
    ),
    (
        "ranked-subject-list",
        "a-state-comes-in-with-its-amount-then-trade-with-another",
        None,
        "Kazakhstan's foreign trade turnover amounted to $41.5 billion in the first half "
        "of 2024. China led with $9.8 billion. Uzbekistan came in with $2.1 billion, while "
        "trade with Poland reached $705 million.",
        D(2024, 7, 25),
        [
            ("KAZ", None, "turnover", 41_500_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "CHN", "turnover", 9_800_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("KAZ", "POL", "turnover", 705_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    (
        "ranked-subject-list",
        "near-miss-the-subject-with-its-own-imports",
        None,
        "Georgia's foreign trade turnover reached $7.2 billion in January-April 2024. "
        "Armenia, by contrast, raised its imports from Iran to $190 million in the period.",
        D(2024, 5, 20),
        [
            ("GEO", None, "turnover", 7_200_000_000, "USD", "2024-01-01", "2024-04-30", False),
            ("ARM", "IRN", "import", 190_000_000, "USD", "2024-01-01", "2024-04-30", False),
        ],
    ),
    (
        "ranked-subject-list",
        "near-miss-a-state-that-came-to-talks-is-no-ranking",
        None,
        "Kazakhstan's foreign trade turnover amounted to $41.5 billion in the first half "
        "of 2024. Uzbekistan came in with new proposals, while its exports to Poland "
        "reached $95 million.",
        D(2024, 7, 25),
        [
            ("KAZ", None, "turnover", 41_500_000_000, "USD", "2024-01-01", "2024-06-30", False),
            ("UZB", "POL", "export", 95_000_000, "USD", "2024-01-01", "2024-06-30", False),
        ],
    ),
    # --- split-year-comparison: "against X in the corresponding period of 2022-23"
    (
        "split-year-comparison",
        "fiscal-months-compared-with-the-split-year-before",
        None,
        "ISLAMABAD: Pakistan's exports to Kenya rose to $212.5 million during July-February "
        "2023-24, against $176.3 million in the corresponding period of 2022-23, official "
        "data showed.",
        D(2024, 3, 20),
        [
            ("PAK", "KEN", "export", 212_500_000, "USD", "2023-07-01", "2024-02-29", False),
            ("PAK", "KEN", "export", 176_300_000, "USD", "2022-07-01", "2023-02-28", False),
        ],
    ),
    (
        "split-year-comparison",
        "near-miss-the-same-months-of-a-calendar-year",
        None,
        "ISLAMABAD: Pakistan's exports to Kenya rose to $212.5 million during July-February "
        "2023-24, against $176.3 million in the same period of 2023, official data showed.",
        D(2024, 3, 20),
        [
            ("PAK", "KEN", "export", 212_500_000, "USD", "2023-07-01", "2024-02-29", False),
            ("PAK", "KEN", "export", 176_300_000, "USD", "2022-07-01", "2023-02-28", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written43_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written43_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
