"""Trade records that stay the same when a story writes its days another way.

Measured with ``benchmarks/number_date_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text whose days
were written as British, South Asian and Central Asian outlets write them ("the 31st of
March", "31st March") gave other trade records than the same text with "March 31". A table
of written stories, each with its variant and its plain form: the trade records of the two
must be the same (reporter, partner, flow, value, period). Rows marked as near misses
already gave the same records and must keep doing so.

- fiscal-year-end-day: the day a fiscal year ends, written before its month in any form
  (``DAY_BEFORE_MONTH``: "the fiscal year that ended on the 31st of March", "fiscal 2023,
  which ended on 31st March", "fiscal 2023/24 ended the 30th of June"), tells the story's
  fiscal calendar as "March 31" does: the unnumbered and single-year fiscal years of the
  story end in that month.
- day-not-month: a day written "the 1st of January" is a day, as "January 1" is: its month
  is no period of the story's figures ("On the 14th of March, the presidents agreed to raise
  trade to $5 billion" sets no target for March; "which Spain joined on the 1st of January"
  dates no deficit told for the half).
"""

from __future__ import annotations

import re

import pytest

from diplonews.text.dates import DAY_BEFORE_MONTH, MONTH_PATTERN
from scored_view import scored_view

# (class, publication day, the variant's body, the plain form's body)
ROWS: list[tuple[str, str, str, str]] = []


def _row(cls: str, day: str, story: str, variant: str, plain: str) -> None:
    ROWS.append((cls, day, story.format(day=variant), story.format(day=plain)))


# --- fiscal-year-end-day --------------------------------------------------------------------
_YEAR_THAT_ENDED = (
    "Japan's trade surplus with Ghana rose to 410 billion yen in the fiscal year that ended on "
    "{day}. Exports to Ghana came to 1,270 billion yen in fiscal 2023."
)
_row("fiscal-year-end-day", "2024-04-20", _YEAR_THAT_ENDED, "the 31st of March", "March 31")
_NAMED_WHICH_ENDED = (
    "Japan's surplus rose to $9 billion in fiscal 2023, which ended on {day}, from $8 billion in "
    "fiscal 2022. Exports to Ghana in the fiscal year were $3 billion."
)
_row("fiscal-year-end-day", "2024-04-20", _NAMED_WHICH_ENDED, "the 31st of March", "March 31")
_row("fiscal-year-end-day", "2024-04-20", _NAMED_WHICH_ENDED, "31st March", "March 31")
_row(
    "fiscal-year-end-day",
    "2024-07-20",
    "Ghana's exports to Togo rose to $2 billion in fiscal 2023/24 ended {day}. Imports were "
    "$1 billion in fiscal 2024.",
    "the 30th of June",
    "June",
)
_row(
    "fiscal-year-end-day",
    "2024-04-20",
    "Japan's exports to Ghana rose to $3 billion in the fiscal year, which closes on {day}. "
    "Imports from Ghana were $1 billion in fiscal 2023.",
    "the 31st of March",
    "March 31",
)
# near misses: a day before its month read already, a month alone, a day of no fiscal year
_row("fiscal-year-end-day", "2024-04-20", _YEAR_THAT_ENDED, "31 March", "March 31")
_row(
    "fiscal-year-end-day",
    "2024-04-20",
    "Japan's exports to Ghana rose to $3 billion in the fiscal year that ended in {day}. "
    "Imports from Ghana were $1 billion in fiscal 2023.",
    "March",
    "March",
)
_row(
    "fiscal-year-end-day",
    "2024-04-20",
    "Japan's exports to Ghana rose to $3 billion in the fiscal year that ended on March 31, "
    "the ministry said on {day}.",
    "the 18th of April",
    "April 18",
)

# --- day-not-month --------------------------------------------------------------------------
_row(
    "day-not-month",
    "1986-08-08",
    "Portugal's exports in January-June were 950 billion escudos. The deficit with the European "
    "Community, which Portugal joined on {day}, was 120 billion escudos in the half.",
    "the 1st of January",
    "January 1",
)
_row(
    "day-not-month",
    "1986-08-08",
    "Spain's trade deficit narrowed to 612 billion pesetas in the first six months of 1986. The "
    "deficit with Portugal, whose market opened on {day}, was 21 billion pesetas in the half.",
    "the 1st of January",
    "January 1",
)
# a goal with no period of its own gives no record: the variant gave one for March
_TARGET_ON = (
    "On {day}, the presidents of Uzbekistan and Turkey spoke by telephone and agreed to raise "
    "trade between the two countries to $5 billion."
)
_NO_RECORDS = {_TARGET_ON.format(day="March 14")}
_row("day-not-month", "2024-03-16", _TARGET_ON, "the 14th of March", "March 14")
# near misses: a month alone stays a period; a day told after its figures
_row(
    "day-not-month",
    "2024-03-16",
    "The presidents of Uzbekistan and Turkey agreed to raise bilateral trade to $5 billion by "
    "the 10th anniversary of their treaty in {day}.",
    "March",
    "March",
)
_row(
    "day-not-month",
    "2020-08-01",
    "Greece's imports from Georgia were $0.9 billion in the first half, the statistics office "
    "said on {day}, up from $0.2 billion in May.",
    "the 27th of July",
    "July 27",
)
_row(
    "day-not-month",
    "2020-08-01",
    "Trade between Georgia and Greece came to $1.3 billion in the first half of 2020.\n\n"
    "The statistics office said on {day} that Greece was the top buyer of Georgian wine and "
    "nuts, which it bought for $0.7 billion.",
    "the 27th of July",
    "27 July",
)


# (a row with no day to rewrite is a near miss: test_rows_have_records checks its records)
_VARIANTS = [row for row in ROWS if row[2] != row[3]]


@pytest.mark.parametrize(
    ("cls", "day", "variant", "plain"),
    _VARIANTS,
    ids=[f"{cls}-{n}" for n, (cls, *_rest) in enumerate(_VARIANTS)],
)
def test_date_form_keeps_trade_records(cls: str, day: str, variant: str, plain: str) -> None:
    """The variant gives the trade records of its plain form."""
    assert scored_view(day, variant)[2] == scored_view(day, plain)[2], cls


def test_rows_have_records() -> None:
    """Each row's plain form has trade records, but for those that must give none.

    An equality of nothing would test nothing.
    """
    for cls, day, _variant, plain in ROWS:
        assert bool(scored_view(day, plain)[2]) != (plain in _NO_RECORDS), (cls, plain)


_BEFORE_MONTH = re.compile(f"(?:{DAY_BEFORE_MONTH})(?:{MONTH_PATTERN})")


@pytest.mark.parametrize("form", ["31 March", "31st March", "the 31st of March", "The 1st of May"])
def test_day_before_month_reads_every_form(form: str) -> None:
    """Every form of a day written before its month is one match of the shared pattern, whole."""
    found = _BEFORE_MONTH.search(f"The year ended on {form}.")
    assert found is not None
    assert found.group() == form


@pytest.mark.parametrize("text", ["Trade rose 5,31 March", "In 2023 March exports rose"])
def test_figure_before_month_is_no_day(text: str) -> None:
    """A figure's last digits or a year before a month are no day of it."""
    found = _BEFORE_MONTH.search(text)
    assert found is None, found
