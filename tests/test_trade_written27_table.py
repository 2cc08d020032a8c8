"""Trade error classes of session 27's blind-written batches, pooled with the older sets.

Its rows are trade rows (``trade_rows`` says what a row is and when it passes). A class is
here only when its errors were read in three or more different articles of two or more
sets (fourteen writers' wire copy written blind after the corpus' outlets, the blind corpus
keys, the audit's trade silver): a way of writing trade figures that recurs, not one
writer's habit. No row repeats a sentence, a name pairing or a figure of those texts:

- ``full-year-forecast``: a story about some months of a year tells a forecast for the
  whole of it ("officials forecast a full-year surplus of X", "the ministry is
  forecasting a surplus of X for the whole of 1988", "projections which foresee a gap of X
  for the full year"): "full" qualifies the period, not the goods, "forecasting" tells a
  goal as "forecast" does, and a full year with no year named is the calendar year of the
  months the story holds; a full-year figure for a year already over stays a fact, and a
  forecast after a twelve-month span across two years names no calendar year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from trade_rows import Row, TableRow, assert_scored, assert_table_shape, table_params

D = dt.date

# (class, id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    # --- full-year-forecast: the whole year of a story about some of its months
    (
        "full-year-forecast",
        "full-year-surplus-forecast-no-year-after-four-months",
        None,
        "KUALA LUMPUR, June 10 - Malaysia's trade surplus narrowed to 2.4 billion ringgit in "
        "the first four months of 1993 from 3.1 billion a year earlier, the Statistics "
        "Department said.\n\nBank Negara officials forecast a full-year trade surplus of about "
        "6.5 billion ringgit.",
        D(1993, 6, 10),
        [
            ("MYS", None, "balance", 2_400_000_000, "MYR", "1993-01-01", "1993-04-30", False),
            ("MYS", None, "balance", 3_100_000_000, "MYR", "1992-01-01", "1992-04-30", False),
            ("MYS", None, "balance", 6_500_000_000, "MYR", "1993-01-01", "1993-12-31", True),
        ],
    ),
    (
        "full-year-forecast",
        "is-forecasting-a-surplus-for-the-whole-of-the-year",
        None,
        "HELSINKI, April 20 - Finland's trade balance swung to a deficit of 900 mln markka "
        "in the first quarter of 1988, against a surplus of 300 mln markka a year earlier, "
        "the Board of Customs said.\n\nThe Finance Ministry is forecasting a trade surplus "
        "of some 2 billion markka for the whole of 1988.",
        D(1988, 4, 20),
        [
            ("FIN", None, "balance", -900_000_000, "FIM", "1988-01-01", "1988-03-31", False),
            ("FIN", None, "balance", 300_000_000, "FIM", "1987-01-01", "1987-03-31", False),
            ("FIN", None, "balance", 2_000_000_000, "FIM", "1988-01-01", "1988-12-31", True),
        ],
    ),
    (
        "full-year-forecast",
        "projections-foresee-a-gap-for-the-full-year",
        None,
        "LIMA, Aug 15 - Peru's trade deficit widened to 640 mln dlrs in January-June 1995 "
        "from 410 mln dlrs in the same half of 1994, the central bank said.\n\nBank officials "
        "said the deficit was within the government's own projections, which foresee a gap "
        "of about 1.4 billion dlrs for the full year.",
        D(1995, 8, 15),
        [
            ("PER", None, "balance", -640_000_000, "USD", "1995-01-01", "1995-06-30", False),
            ("PER", None, "balance", -410_000_000, "USD", "1994-01-01", "1994-06-30", False),
            ("PER", None, "balance", -1_400_000_000, "USD", "1995-01-01", "1995-12-31", True),
        ],
    ),
    (
        "full-year-forecast",
        "expected-a-full-year-surplus-in-a-named-year",
        None,
        "SEOUL, March 12 - South Korea posted a trade deficit of 520 mln dlrs in "
        "January-February 1990, the Trade Ministry said.\n\nThe ministry expected a "
        "full-year trade surplus of 1.5 billion dlrs in 1990.",
        D(1990, 3, 12),
        [
            ("KOR", None, "balance", -520_000_000, "USD", "1990-01-01", "1990-02-28", False),
            ("KOR", None, "balance", 1_500_000_000, "USD", "1990-01-01", "1990-12-31", True),
        ],
    ),
    # near misses: a full year already over is a fact; a forecast of a change gives no
    # record; after a twelve-month span across two years a "full year" names no year
    (
        "full-year-forecast",
        "full-year-surplus-of-a-past-year-stays-a-fact",
        None,
        "KUALA LUMPUR, June 10 - Malaysia's trade surplus narrowed to 2.4 billion ringgit in "
        "the first four months of 1993 from 3.1 billion a year earlier, the Statistics "
        "Department said.\n\nThe full-year trade surplus for 1992 was 8.2 billion ringgit.",
        D(1993, 6, 10),
        [
            ("MYS", None, "balance", 2_400_000_000, "MYR", "1993-01-01", "1993-04-30", False),
            ("MYS", None, "balance", 3_100_000_000, "MYR", "1992-01-01", "1992-04-30", False),
            ("MYS", None, "balance", 8_200_000_000, "MYR", "1992-01-01", "1992-12-31", False),
        ],
    ),
    (
        "full-year-forecast",
        "forecast-of-a-growth-rate-gives-no-record",
        None,
        "HELSINKI, April 20 - Finland's trade balance swung to a deficit of 900 mln markka "
        "in the first quarter of 1988, against a surplus of 300 mln markka a year earlier, "
        "the Board of Customs said.\n\nThe ministry forecasts that exports will grow by five "
        "pct this year.",
        D(1988, 4, 20),
        [
            ("FIN", None, "balance", -900_000_000, "FIM", "1988-01-01", "1988-03-31", False),
            ("FIN", None, "balance", 300_000_000, "FIM", "1987-01-01", "1987-03-31", False),
        ],
    ),
    (
        "full-year-forecast",
        "full-year-after-a-span-across-two-years-names-no-year",
        None,
        "LIMA, Aug 15 - Peru's trade deficit widened to 640 mln dlrs in the twelve months to "
        "June 1995 from 410 mln dlrs a year earlier, the central bank said.\n\nOfficials "
        "forecast a full-year trade deficit of about 700 mln dlrs.",
        D(1995, 8, 15),
        [
            ("PER", None, "balance", -640_000_000, "USD", "1994-07-01", "1995-06-30", False),
            ("PER", None, "balance", -410_000_000, "USD", "1993-07-01", "1994-06-30", False),
        ],
    ),
]

LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("title", "body", "published", "expected"), table_params(TABLE, LEFT))
def test_trade_written27_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert_scored(title, body, published, expected)


def test_trade_written27_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, LEFT)
