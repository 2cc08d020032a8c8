"""Time expressions in news text, resolved against the publication date.

Word tables (month names, weekdays, number words, ordinals) live in
``diplonews/gazetteer/data/time_words.json`` and are read once, on first use.
The regular expressions are compiled at import time from the same vocabulary
written out below (a test checks that both agree).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType
from typing import Literal

import attrs

from diplonews.errors import DateParseError
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

#: How to place a month or weekday without a year: before or after publication.
Tense = Literal["past", "future", "auto"]

_FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Longest first so that "Sept." is taken whole before "Sep".
_MONTH_ABBREVIATIONS = [
    "Sept",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _alternation(words: list[str]) -> str:
    """``Word|WORD`` for each word: news capitalises months, headlines shout them."""
    return "|".join(form for word in words for form in (word, word.upper()))


#: Regex source (no groups, case-sensitive) matching a month name or abbreviation
#: with its optional full stop: "January", "JANUARY", "Jan", "Jan.", "Sept.".
#: Lower-case "may", "march" are verbs, so they are not months; do not compile
#: it with ``re.IGNORECASE``.
MONTH_PATTERN = (
    rf"\b(?:(?:{_alternation(_FULL_MONTHS)})\b"  # a full name, whole word
    rf"|(?:{_alternation(_MONTH_ABBREVIATIONS)})(?:\.|\b))"  # an abbreviation, maybe "Jan."
)

#: Regex source (no groups, case-sensitive) matching a weekday name ("Monday", "MONDAY").
WEEKDAY_PATTERN = rf"\b(?:{_alternation(_WEEKDAYS)})\b"


@functools.cache
def _time_words() -> Mapping[str, Mapping[str, int]]:
    """Load ``time_words.json``: hand-curated English time vocabulary.

    Sections (keys are lower-case words, values integers): ``months`` and
    ``month_abbreviations`` (1-12), ``weekdays`` and ``weekday_abbreviations``
    (0=Monday .. 6=Sunday, as :meth:`datetime.date.weekday`), ``numbers``
    ("zero".."twenty", the tens, "hundred"), ``ordinals`` ("first".."twentieth",
    "twenty-first".."thirty-first"), ``relative`` ("last" -1, "this" 0,
    "next" 1) and ``seasons`` (the first month of each northern season).
    """
    path = files("diplonews.gazetteer") / "data" / "time_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType(
        {
            section: MappingProxyType(dict(table))
            for section, table in raw.items()
            if not section.startswith("_")
        }
    )


def month_number(word: str) -> int | None:
    """The month (1-12) a month name or abbreviation names, any case, with or without a dot.

    >>> month_number("January"), month_number("Jan."), month_number("sept")
    (1, 1, 9)
    >>> month_number(" DEC ")
    12
    >>> month_number("Mayday") is None
    True
    """
    key = word.strip().rstrip(".").casefold()
    words = _time_words()
    return words["months"].get(key) or words["month_abbreviations"].get(key)


def weekday_number(word: str) -> int | None:
    """The weekday (0=Monday .. 6=Sunday) a weekday name or abbreviation names.

    >>> weekday_number("Thursday"), weekday_number("Thurs.")
    (3, 3)
    >>> weekday_number("SUNDAY")
    6
    >>> weekday_number("weekend") is None
    True
    """
    key = word.strip().rstrip(".").casefold()
    words = _time_words()
    found = words["weekdays"].get(key)
    return found if found is not None else words["weekday_abbreviations"].get(key)


_DIGITS = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)?$")  # "11", "11th", "1st"
_COMPOUND = re.compile(r"^([a-z]+)[-\s]+([a-z]+)$")  # "twenty-one", "twenty first"


def number_word(word: str) -> int | None:
    """The number a cardinal or ordinal writes, in words or digits.

    >>> number_word("eleven"), number_word("11"), number_word("first"), number_word("21st")
    (11, 11, 1, 21)
    >>> number_word("Twenty-One"), number_word("thirty first")
    (21, 31)
    >>> number_word("several") is None, number_word("") is None
    (True, True)
    """
    key = word.strip().casefold()
    digits = _DIGITS.match(key)
    if digits is not None:
        return int(digits.group(1))
    words = _time_words()
    for table in (words["numbers"], words["ordinals"]):
        if key in table:
            return table[key]
    compound = _COMPOUND.match(key)
    if compound is not None:
        tens = words["numbers"].get(compound.group(1))
        unit = words["numbers"].get(compound.group(2)) or words["ordinals"].get(compound.group(2))
        if tens is not None and tens % 10 == 0 and tens >= 20 and unit is not None and unit < 10:
            return tens + unit
    return None


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


# Numbers of the shapes below.
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?!\d)"  # a plausible year, 1800-2199
_DAY = r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?(?![\d:])"  # "5", "05", "5th"; not "1,5" or "5:30"
# The end of a range of days, whose first day is the date: "July 27-28", "27–28 July".
_DAY_RANGE = r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:]))?"
_REL = r"(?i:last|this|next)"  # a step from the publication date
_STEP = r"(?i:last|past|this|next|coming)"  # a step in weeks or seasons
# Weekday prefix absorbed by a full date: "Thursday, July 27, 2021".
_WD_PREFIX = rf"(?:{WEEKDAY_PATTERN},?\s+)?"
# A year, or "last year", closing a day-month or month expression.
_YEAR_TAIL = rf"(?:(?:,\s*|\s+)(?P<{{0}}_y>{_YEAR})|,?\s+(?P<{{0}}_rel>{_REL})\s+(?i:year)\b)"
# Count nouns after a cue-year that show it is a number: "a crowd of 2000 people".
_COUNT_NOUNS = (
    "people|persons|delegates|participants|visitors|tourists|pilgrims|students|workers|jobs|"
    "troops|soldiers|officers|police|refugees|migrants|members|residents|families|children|"
    "cases|deaths|tonnes|tons|barrels|units|cars|vehicles|trucks|wagons|containers|heads|"
    "km|kilometres|kilometers|miles|metres|meters|hectares|acres|megawatts|mw|"
    "dollars|euros|manats|rupees|roubles|rubles|liras|yuan|yen|pounds|francs|marks|"
    "companies|firms|enterprises|projects|houses|homes|apartments|flights|ships|vessels"
)
# Nouns that "the December ..." must qualify to be a date rather than a name.
_EVENT_NOUNS = (
    "meeting|meetings|summit|talks|visit|session|election|elections|vote|agreement|deal|"
    "accord|conference|round|negotiations|trip|decision|report|figures|data|statement|"
    "announcement|attack|attacks|ceasefire|deadline|plenary|forum|referendum|protests|"
    "issue|edition|survey|poll|agreements|consultations|phone|call|contract"
)
_HOLIDAY_LOOKBEHIND = "".join(
    f"(?<!{word}\\s)"
    for word in ("Good", "Black", "Bloody", "Ash", "Palm", "Cyber", "Holy", "Super")
)

# What a date expression can start with: a digit, a month or weekday, or a cue word.
# Checked first at each word so the scan skips the other words cheaply.
_GATE = "|".join(
    [
        r"\d",
        *(f"{name[:3]}|{name[:3].upper()}" for name in (*_FULL_MONTHS, *_WEEKDAYS)),
        r"(?i:the|in|of|since|by|until|till|during|from|through|throughout|before|after|for"
        r"|early|earlier|late|later|mid|around|circa|last|this|next|coming|past"
        r"|today|tonight|yesterday|tomorrow|weekend)\b",
    ]
)

_DATE = re.compile(
    rf"""
    \b(?={_GATE})                                     # every shape starts with a gate word
    (?:
      (?=\d)(?P<iso>(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d-]))
                                                    # 2021-07-27
    | (?=\d)(?P<dot>(?<![\d.])(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>\d{{4}})
        (?![\d.]\d))                                # 27.07.2021, day first
    | (?=[A-Z])(?P<mdy>{_WD_PREFIX}(?P<mdy_mon>{MONTH_PATTERN})\s*(?P<mdy_d>{_DAY}){_DAY_RANGE}
        {_YEAR_TAIL.format("mdy")}?)                # July 27, 2021 / Feb 26 / Dec 19, last year
    | (?=[\dA-ZtT])(?P<dmy>{_WD_PREFIX}(?:(?i:the)\s+)?(?P<dmy_d>{_DAY}){_DAY_RANGE}
        (?:\s+(?i:of))?\s+(?P<dmy_mon>{MONTH_PATTERN}){_YEAR_TAIL.format("dmy")}?)
                                                    # 27 July 2021 / the 5th of March
    | (?=[A-Z])(?P<my>(?P<my_mon>{MONTH_PATTERN})(?:,?\s+|\s+(?i:of)\s+)(?:(?P<my_y>{_YEAR})
        |(?P<my_rel>{_REL})\s+(?i:year)\b))         # July 2021 / March last year
    | (?=[lntLNT])(?P<rm>(?P<rm_rel>{_REL})\s+(?P<rm_mon>{MONTH_PATTERN})(?![\d\w]|\s+\d))
                                                    # last December
    | (?=[a-zA-Z])(?i:in|since|by|until|till|during|from|through|throughout|before|after|of
        |for|early|late|mid|around|circa)[\s-]+    # a preposition, then
      (?:(?P<bm>(?P<bm_mon>{MONTH_PATTERN})(?!['’]s)(?!,?\s*\d))
                                                    # in March / since May / mid-June
        |(?P<yr>{_YEAR})(?![.,]\d)(?!\s*(?:%|(?i:per\s*cent|percent)))
        (?!\s+(?:{_COUNT_NOUNS})\b))                 # in 2021 / since 1991; not "of 2000 people"
    | (?=[tT])(?i:the)\s+(?P<bt>(?P<bt_mon>{MONTH_PATTERN}))
        (?=\s+(?:[a-z-]+\s+)?(?:{_EVENT_NOUNS})\b)  # the December (trade) talks
    | (?=[tTyYlL])(?P<rd>(?i:today|tonight|yesterday|tomorrow|last\s+night
        |this\s+(?:morning|afternoon|evening)))\b   # today, yesterday, this morning
    | (?=[A-Zlnctp])(?P<wd>{_HOLIDAY_LOOKBEHIND}(?:(?P<wd_rel>(?i:last|next|this|coming|past))\s+)?
        (?P<wd_name>{WEEKDAY_PATTERN}))             # on Monday / last Tuesday
    | (?=[eElLtTnN])(?P<rp>(?:(?i:earlier|later|early|late)\s+)?(?P<rp_rel>{_REL})\s+
        (?P<rp_unit>(?i:month|year))\b)             # last month / earlier this year / next year
    | (?=[lntcpwLNTCPW])(?P<wk>(?P<wk_rel>{_STEP})\s+(?P<wk_week>(?i:week))(?![\w-])
        |(?:(?P<wk_rel2>{_STEP})\s+)?(?i:weekend)\b)  # last week / next week's / the weekend
    | (?=[lntcpeLNTCPE])(?P<ss>(?P<ss_rel>{_STEP}|(?i:the|early|late))\s+
        (?P<ss_name>(?i:spring|summer|autumn|fall|winter))\b
        (?!\s+(?:of\b(?!\s+\d)|[A-Z]))                # not "the summer of discontent"
        (?:,?\s+(?:of\s+)?(?P<ss_y>{_YEAR}))?)        # this summer / in the autumn of 2021
    )
    """,
    re.VERBOSE,
)

# Every shape of _DATE holds a digit, a month (cased as MONTH_PATTERN has it) or
# one of these words in some case ("day" stands for the weekdays, "today" and
# "yesterday"; "night" for "tonight"): text with none of them holds no date.
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = tuple(form for name in _FULL_MONTHS for form in (name[:3], name[:3].upper()))
_CUE_WORDS = (
    "day",
    "night",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "month",
    "year",
    "week",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
)
# The letters re.IGNORECASE equates with an ASCII letter that str.lower() keeps apart:
# dotted and dotless i, long s, the Kelvin sign.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_hold_date(text: str) -> bool:
    """Whether ``text`` has what every date shape needs: a cheap test before the scan.

    >>> _may_hold_date("Talks went well."), _may_hold_date("They met last WEEK.")
    (False, True)
    """
    if _DIGIT.search(text) is not None or any(stem in text for stem in _MONTH_STEMS):
        return True
    if not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None:
        return True
    lower = text.lower()
    return any(word in lower for word in _CUE_WORDS)


# Cues that place an event in the future or the past of the publication date; the
# nearest one before the mention wins, else the first one after it, else past.
_TENSE_CUE = re.compile(
    r"""
    (?P<future>\b(?:(?:will|won['’]t|shall|would|is\s+to|are\s+to|was\s+to|were\s+to)
        (?:\s+(?:not\s+)?be\s+[a-z]+)?                # "will be held" is one cue
        |to\s+be\s+held|to\s+take\s+place
        |scheduled|slated|due|plans?|planned|expected|set\s+to|upcoming|next|forthcoming
        |to\s+(?:meet|visit|hold|sign|attend|travel|begin|start|open|host|be|take|discuss)
        |going\s+to|intends?\s+to)\b|['’]ll\b)
    | (?P<past>\b(?:said|says|told|was|were|had|has|have|met|held|signed|took|came|went
        |began|did|last|ago|[a-z]+ed)\b)
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")  # a likely sentence boundary
_CONTEXT = 60  # characters looked at around a mention to decide its tense
_SLACK = dt.timedelta(days=7)  # how far a past event may seem to lie after publication


def _tense_at(text: str, start: int, end: int) -> Literal["past", "future"]:
    """The tense of the clause around ``text[start:end]``, from the nearest cue."""
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
    return "future" if cue is not None and cue.lastgroup == "future" else "past"


def _shift_year(rel: str | None, published: dt.date) -> int:
    """The year "last/this/next year" names."""
    step = _time_words()["relative"][rel.casefold()] if rel else 0
    return published.year + step


def _month_year(month: int, rel: str | None, tense: str, published: dt.date) -> int:
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
    return published.year if month <= published.month else published.year - 1


def _day_year(month: int, day: int, tense: str, published: dt.date) -> int:
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


def _weekday_date(weekday: int, rel: str | None, tense: str, published: dt.date) -> dt.date:
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


_WEEK_STEPS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_SATURDAY = 5


def _weekend(rel: str | None, tense: str, published: dt.date) -> dt.date:
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


def _season_year(first: int, rel: str, tense: str, published: dt.date) -> int:
    """The year a season starting in month ``first`` begins in ("last summer", "this autumn")."""
    started = published.year if first <= published.month else published.year - 1
    ended = published.year * 12 + published.month > started * 12 + first + 2
    if rel in ("last", "past"):
        return started if ended else started - 1
    if rel in ("next", "coming"):
        return started + 1
    return started + 1 if tense == "future" and ended else started


_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s$")  # a capitalised word right before "Today"
_DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def _day_number(text: str) -> int:
    """The number of a day written "5", "05" or "5th"."""
    return int(text[:2] if text[:2].isdigit() else text[:1])


class _UnresolvedError(Exception):
    """A match that names no date: relative without a publication date, or no such day."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _resolve(
    match: re.Match[str], text: str, published: dt.date | None, tense: Tense
) -> tuple[int, int, PartialDate, bool]:
    """Resolve one match of :data:`_DATE` to ``(start, end, date, relative)``.

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
    kind = next(name for name in _KINDS if match.group(name) is not None)
    start, end = match.span(kind)

    def need_published() -> dt.date:
        if published is None:
            raise _UnresolvedError("a relative date needs the publication date")
        return published

    def the_tense() -> str:
        return _tense_at(text, start, end) if tense == "auto" else tense

    def build(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
        try:
            return PartialDate(year, month, day)
        except ValueError as exc:
            raise _UnresolvedError(f"no such date ({exc})") from None

    group = match.group
    if kind == "iso":
        date = build(int(group("iso_y")), int(group("iso_m")), int(group("iso_d")))
        return start, end, date, False
    if kind == "dot":
        date = build(int(group("dot_y")), int(group("dot_m")), int(group("dot_d")))
        return start, end, date, False
    if kind in ("mdy", "dmy"):
        month = month_number(group(f"{kind}_mon"))
        assert month is not None  # the pattern only matches months
        day = _day_number(group(f"{kind}_d"))
        if group(f"{kind}_y") is not None:
            return start, end, build(int(group(f"{kind}_y")), month, day), False
        anchor = need_published()
        if group(f"{kind}_rel") is not None:
            year = _shift_year(group(f"{kind}_rel"), anchor)
        else:
            year = _day_year(month, day, the_tense(), anchor)
        return start, end, build(year, month, day), True
    if kind == "my":
        month = month_number(group("my_mon"))
        assert month is not None  # the pattern only matches months
        if group("my_y") is not None:
            return start, end, build(int(group("my_y")), month), False
        return start, end, build(_shift_year(group("my_rel"), need_published()), month), True
    if kind in ("rm", "bm", "bt"):
        month = month_number(group(f"{kind}_mon"))
        assert month is not None  # the pattern only matches months
        rel = group("rm_rel") if kind == "rm" else None
        year = _month_year(month, rel, the_tense(), need_published())
        return start, end, build(year, month), True
    if kind == "yr":
        return start, end, build(int(group("yr"))), False
    if kind == "ss" and group("ss_y") is not None:
        return start, end, build(int(group("ss_y"))), False  # "the autumn of 2021"
    anchor = need_published()
    if kind == "rd":
        if group("rd") == "Today" and _NAME_BEFORE.search(text, 0, start):
            raise _UnresolvedError("part of a name")  # "USA Today", "Uzbekistan Today"
        offset = _DAY_OFFSETS[group("rd").split()[0].casefold()]
        return start, end, PartialDate.from_date(anchor + dt.timedelta(days=offset)), True
    if kind == "wd":
        weekday = weekday_number(group("wd_name"))
        assert weekday is not None  # the pattern only matches weekdays
        day_date = _weekday_date(weekday, group("wd_rel"), the_tense(), anchor)
        return start, end, PartialDate.from_date(day_date), True
    if kind == "wk":
        if group("wk_week") is not None:  # a week is dated by its month
            day_date = anchor + dt.timedelta(days=7 * _WEEK_STEPS[group("wk_rel").casefold()])
        else:
            day_date = _weekend(group("wk_rel2"), the_tense(), anchor)
        return start, end, build(day_date.year, day_date.month), True
    if kind == "ss":
        name = group("ss_name").casefold()
        rel = group("ss_rel").casefold()
        if name == "fall" and rel not in _WEEK_STEPS:
            raise _UnresolvedError("a fall, not the autumn")  # "the fall in exports"
        first = _time_words()["seasons"][name]
        return start, end, build(_season_year(first, rel, the_tense(), anchor)), True
    # kind == "rp": last month, this year, ...
    step = _time_words()["relative"][group("rp_rel").casefold()]
    if group("rp_unit").casefold() == "year":
        return start, end, build(anchor.year + step), True
    months = anchor.year * 12 + anchor.month - 1 + step
    return start, end, build(months // 12, months % 12 + 1), True


# The outer named group of each alternative of _DATE, in pattern order.
_KINDS = ("iso", "dot", "mdy", "dmy", "my", "rm", "bm", "bt", "yr", "rd", "wd", "rp", "wk", "ss")


def extract_dates(
    text: str, published: dt.date | None, *, tense: Tense = "auto"
) -> tuple[DateMention, ...]:
    """Find the time expressions of ``text`` and resolve them against ``published``.

    Absolute dates ("July 27, 2021", "27.07.2021", "in 2021") resolve alone;
    relative ones ("yesterday", "on Monday", "March 5", "last month") need
    the publication date and are skipped when it is ``None``.

    Args:
        text: Free text, typically an article body or one of its sentences.
        published: The publication date the relative expressions count from.
        tense: Where a weekday or a month without a year lies: ``"past"``
            (the latest one on or before publication), ``"future"`` (the next
            one on or after it), or ``"auto"`` to decide from the nearest cue
            around the mention ("will", "is to", "scheduled", "next" are
            future; "said", "met", verbs in "-ed" are past; past otherwise).

    Returns:
        The mentions in text order, non-overlapping; ``()`` when there are none.

    >>> pub = dt.date(2022, 1, 27)
    >>> [str(m.date) for m in extract_dates("Talks held on December 19, last year.", pub)]
    ['2021-12-19']
    >>> [(m.text, str(m.date), m.relative)
    ...  for m in extract_dates("He said on Monday he will visit on Friday.", pub)]
    [('Monday', '2022-01-24', True), ('Friday', '2022-01-28', True)]
    >>> [str(m.date) for m in extract_dates("Signed in 2021; met on Monday.", None)]
    ['2021']
    >>> extract_dates("2021 delegates attended.", pub)
    ()

    .. versionadded:: 0.1.0
    """
    if not _may_hold_date(text):
        return ()
    mentions: list[DateMention] = []
    for match in _DATE.finditer(text):
        try:
            start, end, date, relative = _resolve(match, text, published, tense)
        except _UnresolvedError:
            continue
        mentions.append(DateMention(start, end, text[start:end], date, relative))
    return tuple(mentions)


_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")  # 2021, 2021-07, 2021-07-27
_PREPOSITION = re.compile(r"(?i:on|in|at|of|since|from|by|during)\s+")  # "on Monday" -> "Monday"


def _match_whole(text: str) -> tuple[re.Match[str] | None, int]:
    """Match :data:`_DATE` against all of ``text``; return the match and its offset shift.

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
        match = _DATE.match(candidate)
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
            raise DateParseError(f"no such date ({exc})", text=text) from None
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
        kind = next(name for name in _KINDS if match.group(name) is not None)
        lo, hi = match.span(kind)
        raise DateParseError(exc.reason, text=text, span=(lo + shift, hi + shift)) from None
    return date
