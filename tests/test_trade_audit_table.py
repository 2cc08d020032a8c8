"""Trade error classes of the blind audit of corpus articles, as a table.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). Four blind
judges read the library's trade records on corpus articles no key covers and listed what it
missed; a class is here when its errors recur across different articles (three judges named
this one independently). No row repeats a sentence, a name or a figure of those texts:

- ``comparison-base-by-reference``: "Exports rose to A from B in 2022, while imports fell
  to C from D", "... and imports to C from D in the period", "narrowed to A in October from
  B the month before", "rose to A in the first quarter from B in the same 2022 period": the
  earlier level of a comparison whose period the sentence gives only by reference (the
  parallel clause's base, the month before its level's, the same months as its level's,
  not as the sentence's first figure's) is a record of that period;
- near misses that must stay as they are: a base whose period nothing gives ("rose from X
  to Y last year", two bare bases), a month before a level of many months, an average.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- comparison-base-by-reference: the base's period is its level's counterpart
    (
        "comparison-base-by-reference",
        "parallel-base-in-the-period",
        None,
        "Chile's exports climbed to 8.2 billion dollars in the first half of 2023 from 7.6 "
        "billion a year earlier, and imports to 6.9 billion from 6.1 billion in the period, "
        "the central bank said.",
        D(2023, 8, 10),
        [
            ("CHL", None, "export", 8_200_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("CHL", None, "export", 7_600_000_000, "USD", "2022-01-01", "2022-06-30", False),
            ("CHL", None, "import", 6_900_000_000, "USD", "2023-01-01", "2023-06-30", False),
            ("CHL", None, "import", 6_100_000_000, "USD", "2022-01-01", "2022-06-30", False),
        ],
    ),
    (
        "comparison-base-by-reference",
        "parallel-base-bare-after-while",
        None,
        "Kenya's exports fell 4 percent to 610 million dollars in March, compared with 636 "
        "million in March 2022, while imports rose to 1.45 billion dollars from 1.39 billion.",
        D(2023, 5, 2),
        [
            ("KEN", None, "export", 610_000_000, "USD", "2023-03-01", "2023-03-31", False),
            ("KEN", None, "export", 636_000_000, "USD", "2022-03-01", "2022-03-31", False),
            ("KEN", None, "import", 1_450_000_000, "USD", "2023-03-01", "2023-03-31", False),
            ("KEN", None, "import", 1_390_000_000, "USD", "2022-03-01", "2022-03-31", False),
        ],
    ),
    (
        "comparison-base-by-reference",
        "base-the-month-before",
        None,
        "Poland's October trade surplus shrank to 1.1 billion euros from 1.7 billion euros "
        "the month before, the statistics office said.",
        D(2023, 12, 14),
        [
            ("POL", None, "balance", 1_100_000_000, "EUR", "2023-10-01", "2023-10-31", False),
            ("POL", None, "balance", 1_700_000_000, "EUR", "2023-09-01", "2023-09-30", False),
        ],
    ),
    (
        "comparison-base-by-reference",
        "base-a-month-earlier-across-the-year",
        None,
        "Vietnam's trade surplus widened to 2.3 billion dollars in January from 1.6 billion "
        "dollars a month earlier, customs data showed.",
        D(2024, 2, 20),
        [
            ("VNM", None, "balance", 2_300_000_000, "USD", "2024-01-01", "2024-01-31", False),
            ("VNM", None, "balance", 1_600_000_000, "USD", "2023-12-01", "2023-12-31", False),
        ],
    ),
    (
        "comparison-base-by-reference",
        "same-months-as-its-level-not-the-first",
        None,
        "Egypt's trade deficit with China was 4.1 billion dollars in 2022, and fell to 900 "
        "million dollars in the first quarter of 2023 from 1.2 billion dollars in the same "
        "2022 period.",
        D(2023, 5, 3),
        [
            ("EGY", "CHN", "balance", -4_100_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("EGY", "CHN", "balance", -900_000_000, "USD", "2023-01-01", "2023-03-31", False),
            ("EGY", "CHN", "balance", -1_200_000_000, "USD", "2022-01-01", "2022-03-31", False),
        ],
    ),
    # --- near misses that must stay as they are
    (
        "near-miss",
        "rose-from-to-last-year-base-unstated",
        None,
        "Exports rose from 2.1 billion dollars to 2.6 billion dollars last year, Peru's "
        "customs office said.",
        D(2023, 8, 10),
        [("PER", None, "export", 2_600_000_000, "USD", "2022-01-01", "2022-12-31", False)],
    ),
    (
        "near-miss",
        "two-bare-bases-no-period",
        None,
        "Peru's exports rose to 5.4 billion dollars in 2022 from 4.9 billion, while imports "
        "fell to 4.2 billion dollars from 4.5 billion.",
        D(2023, 8, 10),
        [
            ("PER", None, "export", 5_400_000_000, "USD", "2022-01-01", "2022-12-31", False),
            ("PER", None, "import", 4_200_000_000, "USD", "2022-01-01", "2022-12-31", False),
        ],
    ),
    (
        "near-miss",
        "a-month-earlier-after-a-quarter",
        None,
        "Norway's trade surplus reached 40 billion crowns in the second quarter, up from 31 "
        "billion crowns a month earlier.",
        D(2023, 8, 10),
        [("NOR", None, "balance", 40_000_000_000, "NOK", "2023-04-01", "2023-06-30", False)],
    ),
    (
        "near-miss",
        "a-month-is-an-average",
        None,
        "Jordan's imports have run at 1.5 billion dinars a month since January, the ministry said.",
        D(2023, 8, 10),
        [],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_audit_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_audit_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
