"""Time expressions in news text, resolved against the publication date.

This module holds the public surface; the machinery lives in private modules:
the vocabulary and its lookups (``_date_words``: month and weekday names,
number words, read from ``gazetteer/data/time_words.json`` once, on first
use), the date pattern (``_date_patterns``, compiled at import time) and the
arithmetic that places a relative date (``_relative_dates``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

import attrs

from diplonews import _regex as re
from diplonews.errors import DateParseError
from diplonews.text import _date_words, _relative_dates
from diplonews.text._date_patterns import DATE, KINDS, may_hold_date
from diplonews.text._date_words import month_number, number_word, time_words, weekday_number
from diplonews.text._relative_dates import (
    DAY_OFFSETS,
    NAME_BEFORE,
    WEEK_STEPS,
    day_number,
    day_year,
    month_year,
    nearest_day_year,
    nearest_month_year,
    season_year,
    shift_year,
    tense_at,
    tense_cue_at,
    weekday_date,
    weekend,
)
from diplonews.values import PartialDate

__all__ = [
    "MONTH_PATTERN",
    "WEEKDAY_PATTERN",
    "DateMention",
    "Tense",
    "extract_dates",
    "month_number",
    "number_word",
    "parse_date",
    "weekday_number",
]

#: Regex source (no groups, case-sensitive) matching a month name or abbreviation
#: with its optional full stop: "January", "JANUARY", "Jan", "Jan.", "Sept.".
#: Lower-case "may", "march" are verbs, so they are not months; do not compile
#: it with ``re.IGNORECASE``.
MONTH_PATTERN: str = _date_words.MONTH_PATTERN

# The sources below are shared with the extractors but stay out of __all__: the
# deprecated diplonews.parsing.dates forwards every public name, and these are new.
#: Regex source (no groups, case-sensitive) matching a day with its month as outlets write
#: it in either order: "May 28", "May 28th", "Oct. 18", "28 May", "28th May", "the 28th of May".
DAY_OF_MONTH_PATTERN: str = _date_words.DAY_OF_MONTH_PATTERN

#: Regex source (no groups) matching a day written before its month, up to the month: "28 ",
#: "28th ", "the 28th of " (before "May"); put a month pattern after it.
DAY_BEFORE_MONTH: str = _date_words.DAY_BEFORE_MONTH

#: Regex source (a lookahead, no groups) to put before a full stop that may end a sentence or a
#: clause: it fails where the stop closes a month's abbreviation before its day ("Oct. 18").
MONTH_DOT_BEFORE_DAY: str = _date_words.MONTH_DOT_BEFORE_DAY

#: Regex source (no groups) matching a full stop that ends a sentence or a clause: every "."
#: but the one closing a month's abbreviation before its day ("Oct. 18", "Sept. 3"); put the
#: pattern's other stops (";", ":", quotes, ...) beside it. An initial's stop ("U.S.") matches.
CLAUSE_STOP: str = _date_words.CLAUSE_STOP

#: Regex source (no groups, case-sensitive) matching a weekday name ("Monday", "MONDAY").
WEEKDAY_PATTERN: str = _date_words.WEEKDAY_PATTERN

# The year of the latest such month up to the story's day ("since their March talks"): the
# one count the past months here, the spans of periods and the extractors share. Out of
# __all__ for the reason above (it is new); the API reference documents it by name.
latest_month_year = _relative_dates.latest_month_year


def coming_month_year(month: int, published: dt.date) -> int:
    """The year of the next ``month`` from the story's day ("ahead of their March talks").

    The count of a month told to come, the story's own month included; out of __all__ for
    the reason above.

    >>> import datetime as dt
    >>> from diplonews.text.dates import coming_month_year
    >>> coming_month_year(3, dt.date(2023, 11, 15)), coming_month_year(12, dt.date(2023, 11, 15))
    (2024, 2023)
    """
    return month_year(month, None, "future", published)


#: How to place a month or weekday without a year: before or after publication.
Tense = Literal["past", "future", "auto"]


@attrs.frozen
class DateMention:
    """A time expression found in a text, resolved to a partial date.

    ``text[start:end] == text`` of the mention; a leading preposition ("on",
    "in", "since") is not part of it, a modifier ("last", "next") is.
    ``relative`` is true when the date was resolved from the publication date
    ("yesterday", "on Monday", "March 5" without a year, "last year").
    """

    start: int
    end: int
    text: str
    date: PartialDate
    relative: bool


class _UnresolvedError(Exception):
    """A match that names no date: relative without a publication date, or no such day."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _resolve(
    match: re.Match[str], text: str, published: dt.date | None, tense: Tense
) -> tuple[int, int, PartialDate, bool]:
    """Resolve one match of :data:`DATE` to ``(start, end, date, relative)``.

    Raises:
        _UnresolvedError: the match needs a publication date, or names no real day
            (including one pushed past year 1 or 9999 by the publication date).
    """
    try:
        return _resolve_shape(match, text, published, tense)
    except OverflowError:
        raise _UnresolvedError("date out of range") from None


def _resolve_shape(
    match: re.Match[str], text: str, published: dt.date | None, tense: Tense
) -> tuple[int, int, PartialDate, bool]:
    """The body of :func:`_resolve`, one branch per shape of the pattern."""
    kind = next(name for name in KINDS if match.group(name) is not None)
    start, end = match.span(kind)

    def need_published() -> dt.date:
        if published is None:
            raise _UnresolvedError("a relative date needs the publication date")
        return published

    def the_tense() -> str:
        return tense_at(text, start, end) if tense == "auto" else tense

    def build(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
        try:
            return PartialDate(year, month, day)
        except ValueError as exc:
            raise _UnresolvedError(f"no such date ({getattr(exc, 'message', exc)})") from None

    group = match.group
    if kind == "iso":
        date = build(int(group("iso_y")), int(group("iso_m")), int(group("iso_d")))
        return start, end, date, False
    if kind == "dot":
        dot_year, dot_month = int(group("dot_y")), int(group("dot_m"))
        dot_day = int(group("dot_d"))
        if group("dot_sep") == "/" and dot_month > 12 >= dot_day:
            dot_day, dot_month = dot_month, dot_day  # "07/27/2021" can only be month first
        if group("dot_d0") is None:
            return start, end, build(dot_year, dot_month, dot_day), False
        # a range "4-6.05.2021" or "30.05-01.06.2021": its first day, in the year before
        # when it starts in a later month ("30.12-02.01.2022")
        first_month = dot_month if group("dot_m0") is None else int(group("dot_m0"))
        date = build(dot_year - (first_month > dot_month), first_month, int(group("dot_d0")))
        return start, end, date, False
    if kind in ("mdy", "dmy"):
        month = month_number(group(f"{kind}_mon"))
        assert month is not None  # the pattern only matches months
        day = day_number(group(f"{kind}_d"))
        if group(f"{kind}_y") is not None:
            return start, end, build(int(group(f"{kind}_y")), month, day), False
        anchor = need_published()
        if group(f"{kind}_rel") is not None:
            year = shift_year(group(f"{kind}_rel"), anchor)
        elif tense == "auto" and tense_cue_at(text, start, end) is None:
            year = nearest_day_year(month, day, anchor)  # no cue either way: the nearest day
        else:
            year = day_year(month, day, the_tense(), anchor)
        return start, end, build(year, month, day), True
    if kind == "my":
        month = month_number(group("my_mon"))
        assert month is not None  # the pattern only matches months
        if group("my_y") is not None:
            return start, end, build(int(group("my_y")), month), False
        return start, end, build(shift_year(group("my_rel"), need_published()), month), True
    if kind in ("rm", "bm", "bt"):
        month = month_number(group(f"{kind}_mon"))
        assert month is not None  # the pattern only matches months
        rel = group("rm_rel") if kind == "rm" else None
        if rel is None and tense == "auto" and tense_cue_at(text, start, end) is None:
            year = nearest_month_year(month, need_published())  # no cue either way
        else:
            year = month_year(month, rel, the_tense(), need_published())
        return start, end, build(year, month), True
    if kind == "yr":
        return start, end, build(int(group("yr"))), False
    if kind == "ss" and group("ss_y") is not None:
        return start, end, build(int(group("ss_y"))), False  # "the autumn of 2021"
    anchor = need_published()
    if kind == "rd":
        if group("rd") == "Today" and NAME_BEFORE.search(text, 0, start):
            raise _UnresolvedError("part of a name")  # "USA Today", "Uzbekistan Today"
        words = group("rd").casefold().split()
        # "the day before yesterday" is two days back, "the day after tomorrow" two ahead
        offset = DAY_OFFSETS[words[-1]] * 2 if words[0] == "the" else DAY_OFFSETS[words[0]]
        return start, end, PartialDate.from_date(anchor + dt.timedelta(days=offset)), True
    if kind == "wd":
        weekday = weekday_number(group("wd_name"))
        assert weekday is not None  # the pattern only matches weekdays
        day_date = weekday_date(weekday, group("wd_rel"), the_tense(), anchor)
        return start, end, PartialDate.from_date(day_date), True
    if kind == "wk":
        if group("wk_week") is not None:  # a week is dated by its month
            day_date = anchor + dt.timedelta(days=7 * WEEK_STEPS[group("wk_rel").casefold()])
            # a week across two months is in the month of most of its days, that of its
            # Thursday ("next week" from Friday April 24: April 27 to May 3, in April)
            day_date += dt.timedelta(days=3 - day_date.weekday())
        else:
            day_date = weekend(group("wk_rel2"), the_tense(), anchor)
        return start, end, build(day_date.year, day_date.month), True
    if kind == "ss":
        name = group("ss_name").casefold()
        rel = (group("ss_rel") or "the").casefold()  # "in autumn" is "the autumn"
        if name == "fall" and rel not in WEEK_STEPS:
            raise _UnresolvedError("a fall, not the autumn")  # "the fall in exports"
        first = time_words()["seasons"][name]
        return start, end, build(season_year(first, rel, the_tense(), anchor)), True
    # kind == "rp": last month, this year, ...
    step = time_words()["relative"][group("rp_rel").casefold()]
    if group("rp_unit").casefold() == "year":
        return start, end, build(anchor.year + step), True
    months = anchor.year * 12 + anchor.month - 1 + step
    return start, end, build(months // 12, months % 12 + 1), True


def extract_dates(
    text: str, published: dt.date | None, *, tense: Tense = "auto"
) -> tuple[DateMention, ...]:
    """Find the time expressions of ``text`` and resolve them against ``published``.

    Absolute dates ("July 27, 2021", "27.07.2021", "in 2021") resolve alone;
    relative ones ("yesterday", "on Monday", "March 5", "last month") need
    the publication date and are skipped when it is ``None``. A time that is
    the possessive of a noun that is no event or instrument ("to discuss last
    month's clashes") dates that noun alone and is left out; "last month's
    talks" is kept.

    Args:
        text: Free text, typically an article body or one of its sentences.
        published: The publication date the relative expressions count from.
        tense: Where a weekday or a month without a year lies: ``"past"``
            (the latest one on or before publication), ``"future"`` (the next
            one on or after it), or ``"auto"`` to decide from the nearest cue
            around the mention ("will", "is to", "scheduled", "next" are
            future; "said", "met", verbs in "-ed" are past; past otherwise,
            except a day such as "May 30" or a month such as "in July" with
            no cue either way, which is the nearest such day or month: a
            month less than half a year ahead is the coming one).

    Returns:
        The mentions in text order, non-overlapping; ``()`` when there are none.

    >>> from diplonews.text.dates import extract_dates
    >>> import datetime as dt
    >>> pub = dt.date(2022, 1, 27)
    >>> [str(m.date) for m in extract_dates("Talks held on December 19, last year.", pub)]
    ['2021-12-19']
    >>> [(m.text, str(m.date), m.relative)
    ...  for m in extract_dates("He said on Monday he will visit on Friday.", pub)]
    [('Monday', '2022-01-24', True), ('Friday', '2022-01-28', True)]
    >>> [str(m.date) for m in extract_dates("On the agenda of the summit in June.", pub)]
    ['2022-06']
    >>> [str(m.date) for m in extract_dates("On the agenda of the summit in November.", pub)]
    ['2021-11']
    >>> [str(m.date) for m in extract_dates("Signed in 2021; met on Monday.", None)]
    ['2021']
    >>> extract_dates("2021 delegates attended.", pub)
    ()

    .. versionadded:: 0.1.0
    """
    mentions: list[DateMention] = []
    for match in _date_matches(text):
        try:
            start, end, date, relative = _resolve(match, text, published, tense)
        except _UnresolvedError:
            continue
        if dates_other_noun(text, end):
            continue
        mentions.append(DateMention(start, end, text[start:end], date, relative))
    return tuple(mentions)


# A time told as a possessive ("last year's", "Monday's") dates the noun it owns, and no event
# is one unless that noun is: "met to discuss last month's clashes" is not dated last month,
# "last month's talks were held" is (group "owned": up to six words after the "'s").
_OWNED = re.compile(r"""['\u2019]s\s+(?P<owned>[\w'\u2019/-]+(?:\s+[\w'\u2019/-]+){0,5})""")

# The nouns of events and instruments whose date a possessive time tells: "Monday's meeting",
# "last September's bilateral agreement", "next week's Venice summit".
_EVENT_NOUNS = re.compile(
    r"""(?i)\b(?:summits?|conferences?|forums?|sessions?|meetings?|talks|assembly|council
    |congress|ministerial|visits?|gatherings?|rounds?|negotiations|consultations|calls?
    |phone|trip|tour|agreements?|accords?|deals?|treat(?:y|ies)|pacts?|declarations?
    |memorand(?:um|a)|protocols?|signing|ceremony|conventions?|communiqu\S*|plans?
    |road\s*maps?|charter|contracts?|exchange|dialogue|discussions|encounter)\b""",
    re.VERBOSE,
)


# A word that opens another phrase after the owned noun's: "last year's clashes before the talks".
_OWNER_STOP = re.compile(
    r"""\b(?:of|in|at|on|for|with|to|and|or|but|by|from|over|about|before|after|during|ahead
    |amid|as|while|when|that|which|who|between|was|were|is|are|has|have|had|will|would)\b""",
    re.VERBOSE,
)


def dates_other_noun(text: str, end: int) -> bool:
    """Whether the time ending at ``end`` is the possessive of a noun that is no event.

    Out of __all__ for the extractors' date readers: "to review last year's rules" tells
    the rules' year, not the signing's; "Monday's talks" dates the talks.

    >>> from diplonews.text.dates import dates_other_noun
    >>> dates_other_noun("to discuss last month's border clashes", 21)
    True
    >>> dates_other_noun("Monday's high-level talks were held", 6)
    False
    >>> dates_other_noun("met on Monday in Lima", 13)
    False
    """
    owned = _OWNED.match(text, end)
    if owned is None:
        return False
    words = owned["owned"]
    # the owner's phrase ends at its first word that opens another phrase ("of", "in", ...)
    stop = _OWNER_STOP.search(words)
    return _EVENT_NOUNS.search(words[: stop.start()] if stop else words) is None


@functools.lru_cache(maxsize=256)
def _date_matches(text: str) -> tuple[re.Match[str], ...]:
    """The matches of :data:`DATE` in ``text``, found once for every tense.

    The extractors resolve one sentence several times (in the past, in the
    future, from its own cues): the matches depend on the text alone, and only
    their resolution on the tense and the publication date. A match is never
    changed once made, so the same ones serve every call. The cheap test
    :func:`may_hold_date` is cached with them: a text without a date is tested
    once, not once per tense and extractor.
    """
    return tuple(DATE.finditer(text)) if may_hold_date(text) else ()


_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")  # 2021, 2021-07, 2021-07-27
_PREPOSITION = re.compile(r"(?i:on|in|at|of|since|from|by|during)\s+")  # "on Monday" -> "Monday"


def _match_whole(text: str) -> tuple[re.Match[str] | None, int]:
    """Match :data:`DATE` against all of ``text``; return the match and its offset shift.

    Tries the text as it is, without a leading preposition, then with "in "
    prefixed (a bare "March" or "2021" is a date when it stands alone). When
    no try covers the whole text, returns the longest partial match.
    """
    tries = [(text, 0)]
    preposition = _PREPOSITION.match(text)
    if preposition is not None:
        tries.append((text[preposition.end() :], preposition.end()))
    tries.append((f"in {text}", -3))
    best: tuple[re.Match[str] | None, int] = (None, 0)
    for candidate, shift in tries:
        match = DATE.match(candidate)
        if match is None:
            continue
        if match.end() == len(candidate):
            return match, shift
        if best[0] is None or match.end() + shift > best[0].end() + best[1]:
            best = (match, shift)
    return best


def parse_date(text: str, published: dt.date | None = None) -> PartialDate:
    """Parse one time expression, e.g. a field value, to a partial date.

    Leading prepositions ("on", "in", "since") are allowed; a relative
    expression needs ``published``.

    Raises:
        DateParseError: ``text`` is not one date expression, names no real
            day, or is relative and ``published`` is ``None``.

    >>> import datetime as dt
    >>> from diplonews.text.dates import parse_date
    >>> parse_date("July 27, 2021"), parse_date("2021-07")
    (PartialDate(year=2021, month=7, day=27), PartialDate(year=2021, month=7, day=None))
    >>> print(parse_date("on December 19 last year", dt.date(2022, 1, 27)))
    2021-12-19
    >>> parse_date("the meeting")
    Traceback (most recent call last):
      ...
    diplonews.errors.DateParseError: expected a date such as 'July 27, 2021' or '2021-07-27'
        the meeting
        ~~~~~~~~~~^

    .. versionadded:: 0.1.0
    """
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    iso = _ISO_PARTIAL.fullmatch(stripped)
    if iso is not None:
        year, month, day = (int(part) if part else None for part in iso.groups())
        assert year is not None  # the pattern requires it
        try:
            return PartialDate(year, month, day)
        except ValueError as exc:
            raise DateParseError(
                f"no such date ({getattr(exc, 'message', exc)})", text=text
            ) from None
    match, shift = _match_whole(stripped)
    if match is None:
        raise DateParseError("expected a date such as 'July 27, 2021' or '2021-07-27'", text=text)
    shift += offset
    if match.end() != len(match.string):
        raise DateParseError(
            "unexpected text after the date",
            text=text,
            span=(match.end() + shift, offset + len(stripped)),
        )
    try:
        *_, date, _ = _resolve(match, match.string, published, "auto")
    except _UnresolvedError as exc:
        kind = next(name for name in KINDS if match.group(name) is not None)
        lo, hi = match.span(kind)
        raise DateParseError(exc.reason, text=text, span=(lo + shift, hi + shift)) from None
    return date
