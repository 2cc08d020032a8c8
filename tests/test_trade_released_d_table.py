"""Trade error classes read on the released d pages (session 7), audited as a table.

Every row is a short page (an optional headline, a body of a few sentences and a
publication day) written for diplonews with invented figures, and the trade records a
reader of spec/EXTRACTION.md gives it. No row repeats a sentence, a name pairing or a
figure of those pages. The classes:

- ``region-lead``: a statistics lead about a state's trade with a region that is no
  state or group ("with Gulf countries", a figure that is no record) still states the
  story's period; the partners' figures after it without a period of their own are
  for that period.

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_table_shape, scored, table_params, trade_rows

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- region-lead: a lead about trade with a region gives the story's period
    (
        "region-lead",
        "partners-after-a-lead-on-trade-with-central-asian-nations",
        None,
        "Oman's trade with Central Asian nations exceeded $640 million in "
        "January-June 2025, the customs office said.\n\nTrade with Kazakhstan "
        "totalled $212.5 million, and with Uzbekistan – $148.2 million.",
        D(2025, 7, 30),
        [
            ("OMN", "KAZ", "turnover", 212_500_000, "USD", "2025-01-01", "2025-06-30", False),
            ("OMN", "UZB", "turnover", 148_200_000, "USD", "2025-01-01", "2025-06-30", False),
        ],
    ),
    (
        "region-lead",
        "own-total-after-a-lead-on-exports-to-nordic-countries",
        None,
        "Armenia's exports to Nordic countries grew by a fifth in the first nine months of "
        "2024, official data show.\n\nArmenia exported goods worth $41.7 million to Sweden. "
        "All in all, Armenia's foreign trade turnover stood at $9.85 billion.",
        D(2024, 10, 25),
        [
            ("ARM", "SWE", "export", 41_700_000, "USD", "2024-01-01", "2024-09-30", False),
            ("ARM", None, "turnover", 9_850_000_000, "USD", "2024-01-01", "2024-09-30", False),
        ],
    ),
]


# Rows the library still fails, each with the reason it is left.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_released_d_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert scored(trade_rows(body, published, title)) == scored(expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
