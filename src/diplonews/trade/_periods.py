"""Periods shared by several amounts of a trade sentence.

Helpers of :mod:`diplonews.trade._figures`: periods paired with amounts
in order ("the 1986 and 1985 deficits at 2.09 and 1.72 billion"), a period
closing a sentence of coordinated amounts, and a calendar year still running
at publication read as the months to date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from diplonews.text.periods import PeriodMention
from diplonews.trade._context import Context
from diplonews.trade._cues import Flow
from diplonews.values import Period

__all__ = ["NOUN_GAP", "periods_respectively", "respective", "trailing_period", "year_to_date"]

NOUN_GAP = re.compile(r"(?:'s|’s)?(?:\s+[\w-]+){0,3}\s+")  # words, no punctuation
_AND_ONLY = re.compile(r"\s+and\s+")
# A period that is a comparison's, not the figures': "up from 2019", "the highest since 2010".
_NOT_OWN_BEFORE = re.compile(
    r"\b(?:from|since|than|compared\s+(?:with|to)|against|versus|over|on|before|after)\s+$",
    re.IGNORECASE,
)


def respective(
    text: str, flow: Flow, periods: Sequence[PeriodMention]
) -> tuple[PeriodMention, PeriodMention] | None:
    """Two periods joined by "and" before a plural flow word: "the 1986 and 1985 deficits"."""
    if not flow.text.endswith(("s", "S")) or len(periods) < 2:
        return None
    for first, second in itertools.pairwise(periods):
        if (
            _AND_ONLY.fullmatch(text, first.end, second.start)
            and second.end <= flow.start <= second.end + 30
            and NOUN_GAP.fullmatch(text, second.end, flow.start)
        ):
            return first, second
    return None


_AND_IN = re.compile(r"\s*,?\s+and\s+(?:in\s+|for\s+)?", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def periods_respectively(
    text: str, last_amount_end: int, periods: Sequence[PeriodMention]
) -> tuple[PeriodMention, PeriodMention] | None:
    """Two periods after the amounts, "respectively": the amounts' periods, in order.

    >>> from diplonews.text.periods import extract_periods
    >>> text = "Trade came to $7 million and $6 million in 2021 and 2020 respectively."
    >>> found = extract_periods(text, None)
    >>> first, second = periods_respectively(text, text.index(" in 2021"), found)
    >>> first.text, second.text
    ('2021', '2020')
    """
    after = [p for p in periods if p.start >= last_amount_end and not p.comparison]
    for first, second in itertools.pairwise(after):
        if _AND_IN.fullmatch(text, first.end, second.start) and _RESPECTIVELY_AFTER.match(
            text, second.end
        ):
            return first, second
    return None


def trailing_period(
    text: str, last_amount_end: int, periods: Sequence[PeriodMention]
) -> PeriodMention | None:
    """The period closing a sentence whose amounts all come before it.

    "$2.8 billion in imports and $5.2 billion in exports between April 2024 and
    February 2025": a period after the last amount, with none before, is every amount's.
    """
    if any(p.start < last_amount_end for p in periods):
        return None
    for period in periods:
        if period.comparison or _NOT_OWN_BEFORE.search(
            text, max(0, period.start - 25), period.start
        ):
            return None
        return period
    return None


def year_to_date(
    period: Period, anchor: dt.date, periods: Sequence[PeriodMention], ctx: Context
) -> Period:
    """A calendar year still running at publication, read as January to the latest month named."""
    year = period.start.year
    if anchor.year != year or anchor > period.end or period != Period.year(year):
        return period
    months = [
        p.period.end.month
        for p in periods
        if p.period.start.year == year and p.period.start.month == p.period.end.month
    ]
    lead = ctx.lead
    if not months and lead is not None and lead.start.year == year == lead.end.year:
        months = [lead.end.month]
    if not months:
        return period
    return Period.months(year, 1, max(months))
