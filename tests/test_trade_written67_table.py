"""Trade error classes of session 34 (table 67): a cumulative figure told after the span.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes); every text is
invented:

- ``cumulative-span-told-before``: a "cumulative" balance with no period of its own is for
  the months the story last gave its cumulative figures, also when that was in a sentence of
  another balance (the current account's) after a sentence of one month ("The cumulative
  current account deficit in the four months to October of fiscal 1987/88 rose to X ... The
  cumulative trade deficit fell to Y"), not the lead's single month; with no such span before, the
  figure's months are not told and it is no record, as before;
- ``bare-total-of-the-pair``: "Total trade reached X", naming no owner and no state of its
  own, in a story of two states' bilateral trade (told as "bilateral trade between A and B",
  or a story that has named only those two states) is the pair's turnover, not the world's;
  a total with an owner ("Peru's total trade") or of all foreign trade ("total foreign
  trade") stays the state's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

_MONTH_THEN_SPAN = (
    "WELLINGTON, Nov 12 - New Zealand's current account deficit shrank to 410 mln dlrs in "
    "October from 655 mln in September, official data showed.\n\nThe cumulative current "
    "account deficit in the four months to October of fiscal 1987/88 rose to 2.64 billion dlrs."
)

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "cumulative-span-told-before",
        "cumulative-trade-after-a-month-and-a-cumulative-current-account",
        None,
        _MONTH_THEN_SPAN + "\n\nThe cumulative trade deficit fell to 815 mln dlrs.",
        D(1987, 11, 12),
        [("NZL", None, "balance", -815_000_000, "USD", "1987-07-01", "1987-10-31", False)],
    ),
    (
        "cumulative-span-told-before",
        "cumulative-surplus-after-a-calendar-span",
        None,
        "OSLO, May 6 - Norway's current account showed a surplus of 300 mln crowns in April, the "
        "central bank said. The cumulative current account surplus for the first four months "
        "of 1987 rose to 2.1 billion crowns. The cumulative trade surplus was 4.5 billion "
        "crowns.",
        D(1987, 5, 6),
        [("NOR", None, "balance", 4_500_000_000, "NOK", "1987-01-01", "1987-04-30", False)],
    ),
    (
        "cumulative-span-told-before",
        "near-miss-cumulative-after-one-month-only",
        None,
        "WELLINGTON, Nov 12 - New Zealand's current account deficit shrank to 410 mln dlrs in "
        "October, official data showed.\n\nThe cumulative trade deficit fell to 815 mln dlrs.",
        D(1987, 11, 12),
        [],
    ),
    (
        "bare-total-of-the-pair",
        "total-trade-after-a-bilateral-lead",
        None,
        "LIMA, April 3 - Bilateral trade between Peru and Chile is expected to expand, officials "
        "said.\n\nTotal trade reached 290 mln dlrs last year.",
        D(1987, 4, 3),
        [("PER", "CHL", "turnover", 290_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "bare-total-of-the-pair",
        "total-trade-in-a-story-of-two-states",
        None,
        "QUITO, June 2 - Colombian President Ana Rojas will visit Ecuador next week for talks on "
        "border trade, officials said. Total trade reached 1.4 billion dlrs last year.",
        D(1987, 6, 2),
        [("COL", "ECU", "turnover", 1_400_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
    (
        "bare-total-of-the-pair",
        "near-miss-a-states-own-total",
        None,
        "LIMA, April 3 - Bilateral trade between Peru and Chile is expected to expand, officials "
        "said.\n\nPeru's total foreign trade reached 9 billion dlrs last year.",
        D(1987, 4, 3),
        [("PER", None, "turnover", 9_000_000_000, "USD", "1986-01-01", "1986-12-31", False)],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written67_table(
    title: str | None, body: str, published: dt.date | None, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written67_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
