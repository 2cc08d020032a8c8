"""Resolving relative time expressions: tense from context, years and days from publication.

News writes "in March", "on Monday", "last summer" and leaves the year or the
week to the reader, who counts from the publication date and from the tense
of the clause; the helpers here do the counting for :mod:`dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from diplonews import _regex as re
from diplonews.text._date_words import time_words

__all__ = [
    "DAY_OFFSETS",
    "NAME_BEFORE",
    "WEEK_STEPS",
    "day_number",
    "day_year",
    "latest_month_year",
    "month_year",
    "nearest_day_year",
    "nearest_month_year",
    "season_year",
    "shift_year",
    "tense_at",
    "tense_cue_at",
    "weekday_date",
    "weekend",
]

# Cues that place an event in the future or the past of the publication date; the
# nearest one before the mention wins, else the first one after it, else past. "plan" is
# one as a verb only ("plans to visit"), not as a document ("signed an action plan").
_TENSE_CUE = re.compile(
    r"""
    (?P<future>\b(?:(?:will|won['’]t|shall|would|is\s+to|are\s+to|was\s+to|were\s+to)
        (?:\s+(?:not\s+)?be\s+[a-z]+)?                # "will be held" is one cue
        |to\s+be\s+held|to\s+take\s+place
        |scheduled|slated|due|plans?(?=\s+to\b)|planned|expected|set\s+to|upcoming|next|forthcoming
        |to\s+(?:meet|visit|hold|sign|attend|travel|begin|start|open|host|be|take|discuss)
        |going\s+to|intends?\s+to)\b|['’]ll\b)
    | (?P<past>\b(?:said|says|told|was|were|had|has|have|met|held|signed|took|came|went|paid|spoke
        |began|did|last|ago|[a-z]+ed)\b)
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")  # a likely sentence boundary
_CONTEXT = 60  # characters looked at around a mention to decide its tense
_SLACK = dt.timedelta(days=7)  # how far a past event may seem to lie after publication


def tense_at(text: str, start: int, end: int) -> Literal["past", "future"]:
    """The tense of the clause around ``text[start:end]`` from the nearest cue; past without one."""
    return tense_cue_at(text, start, end) or "past"


def tense_cue_at(text: str, start: int, end: int) -> Literal["past", "future"] | None:
    """The tense of the clause around ``text[start:end]`` from its nearest cue; ``None`` without."""
    before = text[max(0, start - _CONTEXT) : start]
    boundaries = list(_SENTENCE_END.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end() :]
    cues = list(_TENSE_CUE.finditer(before))
    if cues:
        return "future" if cues[-1].lastgroup == "future" else "past"
    after = text[end : end + _CONTEXT]
    boundary = _SENTENCE_END.search(after)
    if boundary is not None:
        after = after[: boundary.start()]
    cue = _TENSE_CUE.search(after)
    if cue is None:
        return _fronted_future(text, end)
    return "future" if cue.lastgroup == "future" else "past"


# A time adverbial set off before its clause: "On Monday, ...", "In Baku on Monday, ...".
_FRONTED_COMMA = re.compile(r"\s*,")
_CLAUSE_REACH = 200  # characters a fronted adverbial's clause is read for its verb


def _fronted_future(text: str, end: int) -> Literal["future"] | None:
    """The future, where a fronted time adverbial's clause runs on to a verb to come.

    "In Baku on Monday, the Deputy Prime Minister of A and the Minister of Energy of B will
    sign ...": the clause's verb lies past the window a cue is looked for in; the adverbial
    takes its tense ("will sign": the Monday to come), when that verb is its first cue.
    """
    if _FRONTED_COMMA.match(text, end) is None:
        return None
    clause = text[end : end + _CLAUSE_REACH]
    boundary = _SENTENCE_END.search(clause)
    if boundary is not None:
        clause = clause[: boundary.start()]
    cue = _TENSE_CUE.search(clause)
    return "future" if cue is not None and cue.lastgroup == "future" else None


def nearest_day_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts the day ``month``/``day`` nearest ``published`` (a day told bare).

    Raises:
        OverflowError: a year next to ``published`` lies outside the calendar.
    """
    if not dt.MINYEAR < published.year < dt.MAXYEAR:
        raise OverflowError("date out of range")
    best, distance = published.year, None
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            gap = abs(dt.date(year, month, day) - published)
        except ValueError:
            continue  # 29 February outside a leap year
        if distance is None or gap < distance:
            best, distance = year, gap
    return best


def shift_year(rel: str | None, published: dt.date) -> int:
    """The year "last/this/next year" names."""
    step = time_words()["relative"][rel.casefold()] if rel else 0
    return published.year + step


def latest_month_year(month: int, published: dt.date) -> int:
    """The year of the latest ``month`` up to ``published``, the story's day.

    A month named without a year that lies in the past ("since their March talks", a
    dateline's "SEPTEMBER 1", "February's accord") is in the publication's own year when
    that month has begun by then, the publication's own month included, else in the year
    before. The one place this count is written: the past months of
    :mod:`diplonews.text.dates`, the spans of ``text.periods`` and the extractors' recalled
    months all ask it.

    Args:
        month: The month's number, 1 to 12.
        published: The day counted back from, typically the publication date.

    Returns:
        The year, not checked against the calendar: a later month than ``published``'s in
        year 1 gives 0, which a caller building a date rejects.

    >>> import datetime as dt
    >>> from diplonews.text.dates import latest_month_year
    >>> latest_month_year(3, dt.date(2021, 5, 4)), latest_month_year(3, dt.date(2022, 1, 27))
    (2021, 2021)
    >>> latest_month_year(1, dt.date(2022, 1, 27))  # the story's own month
    2022

    .. versionadded:: 0.1.0
    """
    return published.year if month <= published.month else published.year - 1


def month_year(month: int, rel: str | None, tense: str, published: dt.date) -> int:
    """The year of a month named without one ("last December", "in March")."""
    key = rel.casefold() if rel else None
    if key == "this":
        return published.year
    if key == "last":
        return published.year if month < published.month else published.year - 1
    if key == "next":
        return published.year if month > published.month else published.year + 1
    if tense == "future":
        return published.year if month >= published.month else published.year + 1
    return latest_month_year(month, published)


def nearest_month_year(month: int, published: dt.date) -> int:
    """The year that puts ``month`` nearest ``published`` (a month told bare, no tense cue)."""
    if (month - published.month) % 12 < 6:  # the coming one, under half a year ahead
        return published.year if month >= published.month else published.year + 1
    return published.year if month < published.month else published.year - 1


def day_year(month: int, day: int, tense: str, published: dt.date) -> int:
    """The year of a day named without one ("March 5"): news convention."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year  # 29 February outside a leap year: left to the validator
    if tense == "future" and candidate < published - _SLACK:
        return year + 1
    if tense != "future" and candidate > published + _SLACK:
        return year - 1
    return year


def weekday_date(weekday: int, rel: str | None, tense: str, published: dt.date) -> dt.date:
    """The weekday nearest the publication date in the direction the text implies."""
    key = rel.casefold() if rel else None
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if key in ("last", "past"):
        return published - dt.timedelta(days=back or 7)
    if key in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if tense == "future":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


WEEK_STEPS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_SATURDAY = 5


def weekend(rel: str | None, tense: str, published: dt.date) -> dt.date:
    """The Saturday of the weekend "last/this/next weekend" or "the weekend" names."""
    key = rel.casefold() if rel else None
    back = (published.weekday() - _SATURDAY) % 7  # 0 on a Saturday, 1 on a Sunday
    ahead = (_SATURDAY - published.weekday()) % 7
    if key in ("last", "past"):
        return published - dt.timedelta(days=back + 7 if back <= 1 else back)
    if key in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if tense == "future" and back > 1:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def season_year(first: int, rel: str, tense: str, published: dt.date) -> int:
    """The year a season starting in month ``first`` begins in ("last summer", "this autumn")."""
    started = latest_month_year(first, published)
    ended = published.year * 12 + published.month > started * 12 + first + 2
    if rel in ("last", "past"):
        return started if ended else started - 1
    if rel in ("next", "coming"):
        return started + 1
    if rel == "this":  # the season under way, else the past one ending this year, else this year's
        ends_this_year = (started * 12 + first + 1) // 12 == published.year
        return started if not ended or (tense != "future" and ends_this_year) else published.year
    return started + 1 if tense == "future" and ended else started


NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s$")  # a capitalised word right before "Today"
DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def day_number(text: str) -> int:
    """The number of a day written "5", "05" or "5th"."""
    return int(text[:2] if text[:2].isdigit() else text[:1])
