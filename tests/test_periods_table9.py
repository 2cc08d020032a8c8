"""Period expressions in the outlets' style, audited as a table (issue 9).

Every row is a phrase with a fixed publication day and the period a reader
gives it; the sentences of the trade rows are invented (names and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.extract import extract_text
from diplonews.text.periods import extract_periods

PUBLISHED = dt.date(2024, 11, 15)

# (phrase, start, end): the first period the phrase names; None: no period.
TABLE: list[tuple[str, str | None, str | None]] = [
    ("10M2023", "2023-01-01", "2023-10-31"),
    ("1H2024", "2024-01-01", "2024-06-30"),
    ("Q1 2024", "2024-01-01", "2024-03-31"),
    ("the first quarter of 2024", "2024-01-01", "2024-03-31"),
    ("January-September 2023", "2023-01-01", "2023-09-30"),
    ("Jan-Sept 2023", "2023-01-01", "2023-09-30"),
    ("Jan.-Sept. 2023", "2023-01-01", "2023-09-30"),
    ("January-September", "2024-01-01", "2024-09-30"),
    ("in the first eight months of this year", "2024-01-01", "2024-08-31"),
    ("in the first half of the year", "2024-01-01", "2024-06-30"),
    ("in 2023", "2023-01-01", "2023-12-31"),
    ("last year", "2023-01-01", "2023-12-31"),
    ("for the period from January to October", "2024-01-01", "2024-10-31"),
    ("in January-March", "2024-01-01", "2024-03-31"),
    ("in 10 months of this year", "2024-01-01", "2024-10-31"),
    ("in March", "2024-03-01", "2024-03-31"),
    ("in March alone", "2024-03-01", "2024-03-31"),
    ("in the first half of the current Iranian year", "2024-03-20", "2024-09-21"),
    ("the Iranian year 1402", "2023-03-21", "2024-03-19"),
    # A count of months after "over", "in" or "during": the year's first months.
    ("over 11 months", "2023-01-01", "2023-11-30"),
    ("Over ten months, exports rose", "2024-01-01", "2024-10-31"),
    ("in 10 months", "2024-01-01", "2024-10-31"),
    ("during nine months", "2024-01-01", "2024-09-30"),
    ("will open in six months' time", None, None),
    ("in 18 months", None, None),
    # A fiscal year written with "FY" or "fiscal year": read only with its months stated
    # (outlets' fiscal years run April-March, July-June, ...).
    ("FY2023-24 ended June", "2023-07-01", "2024-06-30"),
    ("FY2022/23 ending March", "2022-04-01", "2023-03-31"),
    ("fiscal year 2021-22, ended June", "2021-07-01", "2022-06-30"),
    ("FY2022-23", None, None),
    ("FY 2023-24", None, None),
    ("the fiscal year 2023-24", None, None),
    ("in the twelve months of fiscal year 2021-22", None, None),
    ("in 2022-23", None, None),  # no fiscal word: a span of years, not read
    # Fiscal months that are not stated: not guessed.
    ("9MFY24", None, None),
    ("FY24", None, None),
]


@pytest.mark.parametrize(("phrase", "start", "end"), TABLE)
def test_period_table(phrase: str, start: str | None, end: str | None) -> None:
    """Each phrase of the table names the period of its row (or none)."""
    mentions = extract_periods(phrase, PUBLISHED)
    if start is None:
        assert mentions == ()
    else:
        assert mentions, phrase
        assert (str(mentions[0].period.start), str(mentions[0].period.end)) == (start, end)


# "The reporting period" and "the period under review" name the period already named.
REPORTING = [
    "in the reporting period",
    "during the period under review",
    "in the review period",
]


@pytest.mark.parametrize("phrase", REPORTING)
def test_reporting_period_takes_the_named_period(phrase: str) -> None:
    """The reporting period is the period the text named before it."""
    text = f"Customs data for January-September 2023 were released. Imports grew {phrase}."
    mentions = extract_periods(text, PUBLISHED)
    assert [(str(m.period), m.comparison) for m in mentions] == [
        ("2023-01-01..2023-09-30", False),
        ("2023-01-01..2023-09-30", False),
    ]


@pytest.mark.parametrize("phrase", REPORTING)
def test_reporting_period_alone_is_not_read(phrase: str) -> None:
    """Without a period named before, the reporting period is unknown."""
    assert extract_periods(f"Imports grew {phrase}.", PUBLISHED) == ()


TRADE_ROWS = [
    ("in 10M2023", "2023-01-01", "2023-10-31"),
    ("in Q1 2024", "2024-01-01", "2024-03-31"),
    ("in Jan-Sept 2023", "2023-01-01", "2023-09-30"),
    ("in the first half of the year", "2024-01-01", "2024-06-30"),
    ("last year", "2023-01-01", "2023-12-31"),
    ("in March alone", "2024-03-01", "2024-03-31"),
    ("over 11 months", "2023-01-01", "2023-11-30"),
    ("in 10 months", "2024-01-01", "2024-10-31"),
]


@pytest.mark.parametrize(("phrase", "start", "end"), TRADE_ROWS)
def test_trade_record_period(phrase: str, start: str, end: str) -> None:
    """A one-sentence trade text gets the period of its phrase."""
    text = (
        f"Trade between Kazakhstan and Turkey reached $1.2 billion {phrase}, "
        "the Kazakh customs service said."
    )
    records = extract_text(text, published=PUBLISHED).trade_records
    assert [(str(r.period.start), str(r.period.end)) for r in records] == [(start, end)]
