"""Periods in news text ("2020", "first quarter of 2021", "the same period last year").

A trade figure covers a span of months; this module finds the phrases that
name such spans and resolves them to :class:`~diplonews.values.Period`
against the publication date:

* years, months, quarters, halves, month ranges ("January-November 2021"),
  "the first 11 months", "the first three quarters", "2M2021", fiscal years
  ("1986/87 ended March", "the year to March"), quarters as the wire names them
  ("the 1987 first quarter", "the December quarter of 1986");
* relative ones: "last year", "this year", "last month", "in March" (the
  most recent March that has begun by publication);
* comparisons ("the same period last year", "the corresponding period of
  2020", "the same 1986 period", "the same three months of 1986"): the
  months of the period the comparison is about (the first period named
  earlier in the text, else ``previous``) moved to that year.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from diplonews import _regex as re
from diplonews.errors import DateParseError
from diplonews.text._date_words import FULL_MONTHS
from diplonews.text._trie import caseless_trie
from diplonews.text._typography import fold_dashes
from diplonews.text.dates import (
    DAY_BEFORE_MONTH,
    MONTH_PATTERN,
    latest_month_year,
    month_number,
    number_word,
)
from diplonews.values import Period

__all__ = ["PeriodMention", "extract_periods", "fiscal_year_called", "parse_period"]


@attrs.frozen
class PeriodMention:
    """A phrase naming a period: ``text[start:end]`` and the period it resolves to."""

    start: int
    end: int
    text: str
    period: Period
    #: Whether the phrase is a comparison resolved against an earlier period
    #: ("the same period last year"), rather than a period in its own right.
    comparison: bool = False


_M = MONTH_PATTERN  # a month name (case-sensitive: "may" is a verb)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}  # "II quarter", as regional outlets write it
_Y = r"(?:19|20)\d\d"  # a year of the news archives
# The second year of a split year before its name: "2005-06 financial year" ("-" read).
_FY_WORD = r"\d\d(?:\d\d)?\s+(?i:fiscal|financial)\s+(?i:year)\b"
_REL_YEAR = (
    r"(?i:last|this|next|the\s+current|the\s+previous|the\s+preceding|the\s+past)\s+(?i:year)"
)
# A day written before the month a period ends in: "the year ended 31 March" reads as "the
# year ended March 31", whose day the month-first form leaves after the phrase.
# Also "the 31st of March", the day told as an ordinal of its month.
# Not the shared dates.DAY_BEFORE_MONTH: this one takes "THE" and "OF" in any case, as a
# headline shouts them ("YEAR ENDED THE 31 OF MARCH", "31 OF MARCH"), where the shared one
# takes only "the"/"The" and "of", so the swap would change what such headlines give. (Neither
# takes a shouted ordinal suffix: "THE 31ST OF MARCH" is no day-first prefix to either.)
_DAY_FIRST = r"(?:(?i:the\s+)?(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?)?"
# A closing day's ordinal suffix, which some outlets write: "ended on March 20th, 2019".
_TH = r"(?:st|nd|rd|th)?"
# What may stand around a day told first: "(the) 20th (of) March".
_THE = r"(?:(?i:the)\s+)?"
_OF = r"(?:(?i:of)\s+)?"
# "the opening quarter" is the first, as the wire writes it ("against X in the opening quarter
# of 1986"): no other quarter of a year opens it. Roman numerals: "II quarter".
_ORD = r"(?i:first|opening|second|third|fourth|1st|2nd|3rd|4th|final|last)|IV|I{1,3}"
_SHIFT = r"""(?i:
        last\s+year|the\s+previous\s+year|the\s+year\s+before|the\s+preceding\s+year
      | a\s+year\s+(?:earlier|ago|before)|of\s+the\s+previous\s+year|(?:in\s+)?the\s+prior\s+year
      | the\s+(?:last|past)\s+year  # "the like period of the last year"
      # "the same period last fiscal year": the months a year before, as "last year"
      | (?:the\s+)?(?:last|previous|preceding|prior|past)\s+(?:fiscal|financial)\s+year
    )"""

# What a phrase starting with "the" can say next, read off the alternatives below: an
# ordinal, a relative word, a year's or a comparison's word, a count, "end", "period",
# "months" ("the months" and "the <word> months", the count being any word there); after
# "a", only a comparison ("a year earlier", "a like period") or "months". The articles
# are the gate's most frequent words by far: most are let through only where a period
# may follow, instead of every alternative being tried after each of them.
_AFTER_THE = (
    r"(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|present|this|past"
    r"|previous|preceding|next|coming|iranian|fiscal|financial|calendar|year|twelve|same"
    r"|corresponding|comparable|like|similar|reporting|review|period|half|end|months|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven)|\d|I|[a-z]+\s+(?i:months)"
    r"|(?i:march|june|september|december)\s+(?i:quarter)"  # "the December quarter"
)
_AFTER_A = r"(?i:same|corresponding|comparable|like|similar|year|months)"
# What a period phrase can start with: a digit, "Q1", "H1", a month, or one of these
# words (a prefix of each, in any case). Checked first at each word so the scan skips
# the other words cheaply.
_GATE_WORDS = (
    *("fiscal", "financial", "year", "twelve", "same", "corresponding", "comparable", "like"),
    *("similar", "first", "second", "third", "fourth", "final", "last", "half", "between"),
    "opening",
    *("this", "next", "past", "iranian", "one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven"),
)
_GATE = "|".join(
    [
        r"\d|Q|H|(?:IV|I{1,3})\s+(?i:quarter|half)",  # "in I quarter of 2024"
        *(f"{name[:3]}|{name[:3].upper()}" for name in FULL_MONTHS),
        rf"{caseless_trie(['the'])}\s+(?={_AFTER_THE})|{caseless_trie(['a'])}\s+(?={_AFTER_A})",
        # "nine months of 2021" (every case spelt out: the engine tests a set before it enters
        # a branch, where it enters every case-blind one, at every word)
        "FY|" + caseless_trie(_GATE_WORDS),
    ]
)

_PERIOD = re.compile(
    rf"""
    (?<![A-Za-z0-9_])                                       # inside an ASCII word: fail at once
    \b(?={_GATE})(?:                                          # every phrase starts with a gate
                                                            # word: try the alternatives only there
    (?P<iran>                                               # the Iranian (solar) calendar year
        (?:(?i:the\s+)?(?i:first)\s+(?:(?P<irn>\d{{1,2}}|[a-z]+)\s+(?i:months)
          |(?P<irpart>(?i:half|quarter)))\s+(?i:of)\s+)?     # "the first half of the current ..."
        (?i:the\s+)?(?P<irrel>(?i:current|present|this|last|past|previous|preceding|next|coming))\s+
        (?i:Iranian)\s+(?i:(?:calendar|fiscal)\s+)?(?i:year)
        (?:'s\s+(?i:first)\s+(?P<irn2>\d{{1,2}}|[a-z]+)\s+(?i:months))?
    )
  | (?P<iran_num>                                           # "the Iranian year 1401"
        (?i:the\s+)?(?i:Iranian)\s+(?i:(?:calendar|fiscal)\s+)?(?i:year)\s+(?P<iry>1[34]\d\d)\b
    )
  | (?P<fiscal>                                             # fiscal years
        (?:(?P<fypre>(?i:fiscal|financial)\s+(?i:year\s+)?|FY\s?))?
        (?P<fy1>{_Y})(?:\s*/\s*|(?(fypre)-|-(?={_FY_WORD})))  # "FY2022-23": a hyphen after FY
        (?P<fy2>\d\d(?:\d\d)?)(?![\d/])                    # "1986/87", "2021/2022"
        # "the 1986/87 fiscal year", "the 2023/24 Ethiopian fiscal year"
        (?:(?(fypre)(?!)|(?:\s+[A-Z][a-z]+)?\s+(?i:fiscal|financial)\s+(?i:year)\b))?
        (?:,?\s+(?i:ended|ending|to)\s+(?:(?i:end-))?{_DAY_FIRST}(?P<fyend>{_M})  # "ended March"
          # ", which ended on June 30", "..., which ended on 7 July 2024": its calendar, or
          # the year to the day it names
          |,\s+(?i:which|that)\s+(?i:ended|ends)\s+(?i:(?:on|in)\s+)?  # "ended in June"
            (?:{_THE}(?P<fyday>\d{{1,2}}){_TH}\s+{_OF})?(?P<fyend2>{_M})(?:\s+(?P<fyday2>\d{{1,2}}){_TH}\b)?
            (?:,?\s+(?P<fyendy>{_Y})\b)?
        )?
    )
  | (?P<fiscal_single>                                      # "fiscal 1987 ended March"
        (?i:fiscal)\s+(?i:year\s+)?(?P<fsy>{_Y})
        (?:,?\s+(?i:ended|ending)\s+{_DAY_FIRST}(?P<fsend>{_M}))?
    )
  | (?P<fy_short>                                           # "FY23", "FY2023": the fiscal year
        FY\s?'?(?P<fys>\d\d(?:\d\d)?)(?![\w/–-])            # ending in 2023, on a known calendar
    )
  | (?P<iran_ended>                                         # "the Iranian year that ended on
        (?i:the\s+)?(?i:Iranian)\s+(?i:(?:calendar|fiscal)\s+)?(?i:year)\s+  # March 19": no year
        (?i:that\s+)?(?i:ended|ending)\s+(?i:on\s+)?
        (?:(?P<iem>{_M})\s+(?P<ied>\d{{1,2}}){_TH}|{_THE}(?P<ied2>\d{{1,2}}){_TH}\s+{_OF}(?P<iem2>{_M}))\b
        (?!,?\s+{_Y}\b)
    )
  | (?P<year_day>                                           # "the year that ended on March 20"
        (?i:the\s+)?(?:(?i:fiscal|financial|Iranian|calendar)\s+)?
        (?i:year|twelve\s+months|12\s+months)\s+(?i:that\s+)?(?i:to|ended|ending)\s+(?i:on\s+)?
        (?:(?P<ydm>{_M})\s+(?P<ydd>\d{{1,2}}){_TH}|{_THE}(?P<ydd2>\d{{1,2}}){_TH}\s+{_OF}(?P<ydm2>{_M})),?\s+
        (?P<ydy>{_Y})\b
    )
  | (?P<year_to>                                            # "the (fiscal) year to March"
        (?i:the\s+)?(?:(?i:fiscal|financial)\s+)?(?i:year|twelve\s+months|12\s+months)\s+
        (?:(?i:that|which)\s+)?(?i:to|ended|ending)\s+(?:(?i:on|in)\s+)?  # "that ended in"
        (?i:end-|the\s+end\s+of\s+)?{_DAY_FIRST}(?P<ytm>{_M})(?:,?\s+(?P<yty>{_Y}))?
                                                            # "to the end of March", "to 31 March"
    )
  | (?P<months_to>                                          # "the nine months ended December"
        (?i:the\s+)?(?P<mton>\d{{1,2}}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven))
        \s+(?i:months)\s+(?i:to|ended|ending)\s+(?i:end-|the\s+end\s+of\s+)?{_DAY_FIRST}(?P<mtom>{_M})(?:,?\s+(?P<mtoy>{_Y}))?
    )
  | (?P<same>                                               # comparisons with an earlier period
        (?i:the\s+|a\s+)?
        (?:(?i:same|corresponding|comparable|like|similar)\s+(?:(?P<same_y1>{_Y})\s+)?
          (?:(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?=(?i:months)))?
          |(?P<same_ago>(?i:year[\s-]+(?:ago|earlier))\s+))  # "the year-ago period"
        (?i:period|months?|quarter|time|half)
        (?:\s+(?:(?i:of|in)\s+)?(?P<same_y2>{_Y})(?:\s*[-/]\s*(?P<same_fy>\d\d(?:\d\d)?)(?![\d/]))?
          |\s+(?:(?i:of)\s+)?(?P<same_rel>{_SHIFT}))?     # "the same period of 2022-23" too
    )
  | (?P<reporting>                                          # "the reporting period": the one named
        (?i:the\s+)(?:(?i:reporting|review)\s+(?i:period)|(?i:period\s+under\s+review))
    )
  | (?P<quarter>                                            # "first quarter of 2021"
        (?i:the\s+)?(?:(?P<qy0>{_Y})\s+)?(?P<qord>{_ORD})\s+(?i:quarter)  # "the 1987 first ..."
        (?:\s+(?i:of|in)\s+(?:(?P<qy>{_Y})|(?P<qrel>{_REL_YEAR})|(?i:the\s+year)))?
        (?:,?\s+(?P<qy2>{_Y}))?
    )
  | (?P<qrange>                                             # "Q1-Q3 2023": quarters in a row
        \bQ(?P<qa>[1-4])\s*[-–]\s*Q(?P<qb>[1-4])\b(?:\s*[-/,]?\s*(?P<qry>{_Y}))?
    )
  | (?P<qshort>                                             # "Q1 2021", "Q1", "1Q 2021"
        \b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)(?:\b|(?={_Y}\b))(?:\s*[-/,]?\s*(?P<qsy>{_Y}))?
    )
  | (?P<half>                                               # "first half of 1987", "the half year"
        (?i:the\s+)?(?:(?P<hord>(?i:first|second|1st|2nd)|II?)\s+(?i:half)
          |(?P<hy_only>(?i:half[-\s]year)))
        (?:\s+(?i:of|in)\s+(?:(?P<hy>{_Y})|(?P<hrel>{_REL_YEAR})|(?i:the\s+year)))?
        (?:,?\s+(?P<hy2>{_Y}))?
    )
  | (?P<hshort>\bH(?P<hn>[12])\s*(?P<hsy>{_Y})?\b          # "H1 2021"
      | \b(?P<hn2>[12])H\s?(?P<hsy2>{_Y})\b)                  # "1H2017"
  | (?P<first_n>                                            # "the first 11 months of 2021"
        (?:(?P<fnpre>{_REL_YEAR}|(?i:the\s+(?:current|present)\s+year))'s\s+)?  # "this year's"
        (?i:the\s+)?(?i:first)\s+(?P<fn>\d{{1,2}}|[A-Za-z]+(?:-[a-z]+)?)\s+
        (?P<fnunit>(?i:months|quarters))                     # "the first three quarters"
        (?!\s+(?i:of|in)\s+(?i:the\s+)?(?i:current|present|this|last|past|previous)\s+
          (?i:fiscal|financial)\b)                           # a fiscal year's: its calendar?
        (?:\s+(?i:of|in)\s+(?:
            (?i:the\s+)?                                    # "... of the 1986/87 fiscal year"
            (?P<fnfiscal>(?:(?i:(?:fiscal|financial)\s+(?:year\s+)?)|FY\s?)?{_Y}\s*[-/]\s*\d\d(?:\d\d)?(?![\d/])
              (?:\s+(?i:fiscal|financial)\s+(?i:year)\b)?
              (?:,?\s+(?i:ended|ending|to)\s+(?:(?i:end-))?{_DAY_FIRST}{_M})?
              # "... of FY23", "... of fiscal 2023": a fiscal year on the caller's calendar
              |FY\s?'?\d\d(?:\d\d)?(?![\w/–-])|(?i:fiscal)\s+(?i:year\s+)?{_Y}(?![\d/-]))
                                                            # "... of fiscal 1986/87"
          |(?P<fny>{_Y})|(?P<fnrel>{_REL_YEAR})|(?i:the\s+(?:current\s+)?year)))?
        (?:,?\s+(?P<fny2>{_Y}))?
    )
  | (?P<n_of>                                               # "11 months of 2022"
        (?i:the\s+)?(?P<non>\d{{1,2}}|[a-z]+)\s+(?i:months)\s+(?i:of)\s+
        (?:(?P<nony>{_Y})|(?P<nonrel>{_REL_YEAR})|(?i:the\s+(?:current\s+)?year))
    )
  | (?P<n_bare>                                             # "over 11 months": the year's first 11
        (?:(?<=(?i:over)\s)|(?<=(?i:in)\s)|(?<=(?i:during)\s))
        (?P<nbn>\d{{1,2}}|[a-z]+)\s+(?i:months)\b
        (?!\s*(?:'|’|(?i:time|ago|later|earlier|before|after|to|ended|ending|of|from|since|through)\b))
    )
  | (?P<nm>\b(?P<nmn>\d{{1,2}})M\s?(?:(?i:of)\s+)?(?P<nmy>{_Y})\b)  # "2M2021", "11M of 2022"
  | (?P<mquarter>                                           # "the December quarter of 1986":
        (?i:the\s+)?(?P<mqm>(?i:March|June|September|December))\s+(?i:quarter)\b  # its last month
        (?:\s+(?i:of|in)\s+(?P<mqy>{_Y})|,?\s+(?P<mqy2>{_Y}))?
    )
  | (?P<mrange>                                             # "January-November 2021"
        (?:(?i:between)\s+)?(?P<mr1>{_M})\s*(?:-|–|/|(?i:to|through|till|until|and))\s*
        (?:{_M}\s*[-–]\s*)?(?P<mr2>{_M})                     # "January/March", "April-May-June"
        (?:,?\s+(?:(?i:period\s+)?(?i:of)\s+)?(?i:the\s+(?=fiscal|financial|FY|\d))?(?:(?i:fiscal\s+(?:year\s+)?|FY\s?))?
          (?:(?P<mry>{_Y})(?:\s*[-/]\s*(?P<mrfy>\d\d(?:\d\d)?)(?![\d/]))?|(?P<mrrel>{_REL_YEAR})
          # "July-March of FY23": the months of the fiscal year ending in 2023
          |(?:(?<=FY)|(?<=FY\s))'?(?P<mrfs>\d\d(?:\d\d)?)(?![\w/–-])))?
    )                                                       # "July-March 2022-23": a fiscal year's;
                                                            # "the May-June period of 2023" too
  | (?P<day>{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{_Y})?  # "March 5, 1987": a day
      # "12th Mar, 2024", "the 5th of March" too: a day, whose month is no period
      | {DAY_BEFORE_MONTH}{_M}\b(?:,?\s+{_Y})?)
  | (?P<month>                                              # "November 2004", "April, 1986"
        (?P<mo>{_M})(?:'s)?(?:,?\s+(?:(?P<moy>{_Y})\b|(?P<morel>{_REL_YEAR}|(?i:the\s+year\s+before))))?
    )
  | (?P<prev_fy>(?i:the\s+)?(?i:previous|preceding|prior)\s+(?i:fiscal|financial)\s+(?i:year)\b)
  | (?P<rel_month>(?i:last|the\s+previous|the\s+past)\s+(?i:month))  # "last month"
  | (?P<rel_year>(?P<ry>{_REL_YEAR}|(?i:a\s+year\s+(?:earlier|ago))
        # "up from X the year before", "against Y a year before": the year before the
        # figure's own, as "a year earlier"; not "the year before the war (last)"
        |(?i:(?:a|the)\s+year\s+before)(?!\s+(?!(?:and|but|while|when|as|according)\b)[A-Za-z])
        |(?<=(?i:by)\s)(?i:the\s+end\s+of\s+the\s+year|year[\s-]end)\b(?!\s+\d)  # this year's
        |(?i:the\s+year)(?='s\s+(?i:overall|total|annual|trade|full))  # "the year's overall"
        |(?i:the\s+year\s+(?:so\s+far|to\s+date))\b)  # the running year, as "this year"
      )(?:'s)?  # "last year"
  | (?P<year>                                               # "2020", "in 1986"
        (?<![\w$£€.,/-])(?P<yy>{_Y})(?:'s)?(?![\d/%]|\s*-\s*\d|s\b|\s*(?i:mln|bln|billion|million|dlrs|pct))
    )
    )
    """,
    re.VERBOSE,
)


# A year counted back from the figure's own: "a year earlier", "the year before".
_YEAR_BACK = re.compile(r"a\s+year\b|the\s+year\s+before\b", re.IGNORECASE)
_PREVIOUS_YEAR = re.compile(r"the\s+(?:previous|prior|preceding)\s+year", re.IGNORECASE)
_LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)


def _last_day(year: int, month: int) -> dt.date:
    return Period.month(year, month).end


def _rel_year(rel: str, anchor: dt.date) -> int:
    """The year "last year", "this year", "next year", "the previous year" names."""
    words = set(rel.casefold().split())
    if "next" in words:
        return anchor.year + 1
    if words & {"last", "previous", "past", "prior", "preceding", "a", "before"}:
        return anchor.year - 1
    return anchor.year


def _shift(period: Period, year: int) -> Period:
    """``period``'s months moved so that it ends in ``year`` (start moved by as many years)."""
    delta = year - period.end.year
    start_year = period.start.year + delta
    return Period.months(
        start_year, period.start.month, period.end.month, last_year=period.end.year + delta
    )


# An amount compared with before a period: "from 8.0 trillion yen in", "against $9 bln".
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+with|versus)\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥]\s?)?\d[^,;()]{0,36}$",
    re.IGNORECASE,
)


def _year_before_fiscal(reference: Period | None, match: re.Match[str]) -> Period | None:
    """The period a year before ``reference`` that the compared figure of ``match`` is for.

    Only a figure compared with ("from Y in the previous year") after a figure whose period
    runs across a year end (a fiscal year) is; else ``None``.

    >>> fiscal = Period.months(1986, 4, 3, last_year=1987)
    >>> found = _PERIOD.search("against 9 bln the previous year")
    >>> print(_year_before_fiscal(fiscal, found))
    1985-04-01..1986-03-31
    >>> print(_year_before_fiscal(Period.year(1986), found))
    None
    """
    if reference is None or reference.start.year == reference.end.year:
        return None  # a calendar year's (or no) figure: "the previous year" is the calendar's
    if not _COMPARED_BEFORE.search(match.string, max(0, match.start() - 60), match.start()):
        return None  # "Its imports were Y in the previous year": no comparison, as dated
    return _shift(reference, reference.end.year - 1)


def fiscal_year_called(year: int, end_month: int) -> Period:
    """The fiscal year ending in ``end_month`` that one calendar ``year`` names.

    A fiscal year called by one year is called by the calendar year that holds most of its
    months: Japan's fiscal 1986, ended March, ran from April 1986 to March 1987; the US
    fiscal 1987, ended September, from October 1986; a July-June year by the year it ends.

    >>> from diplonews.text.periods import fiscal_year_called
    >>> for end_month in (3, 6, 9, 12):
    ...     print(fiscal_year_called(1986, end_month))
    1986-04-01..1987-03-31
    1985-07-01..1986-06-30
    1985-10-01..1986-09-30
    1986-01-01..1986-12-31
    """
    if end_month == 12:
        return Period.year(year)
    first_year = year if end_month < 6 else year - 1
    return Period.months(first_year, end_month + 1, end_month, last_year=first_year + 1)


def _fiscal(first_year: int, end_month: int | None, previous: Period | None) -> Period:
    """The fiscal year that starts in ``first_year``: ended ``end_month``, else as ``previous``.

    >>> print(_fiscal(1985, None, Period.months(1986, 4, 1, last_year=1987)))
    1985-04-01..1986-03-31
    """
    if end_month is None and previous is not None and previous.start.month != 1:
        # The fiscal year the previous period starts ("the first 10 months of fiscal
        # 1986/87" starts in April): it ends the month before.
        end_month = (previous.start.month - 2) % 12 + 1
    if end_month is None:
        end_month = 3  # April-March: the most common fiscal year outside the US
    if end_month == 12:
        return Period.year(first_year + 1)
    return Period.months(first_year, end_month + 1, end_month, last_year=first_year + 1)


# Days in the months of the Iranian solar year, which starts on 20 or 21 March.
_IRANIAN_MONTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)
# Solar years that are leap (a 30-day last month) by their remainder in the 33-year cycle.
_IRANIAN_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))


@functools.cache
def _nowruz(year: int) -> dt.date:
    """The first day of the Iranian solar year that starts in the Gregorian ``year``.

    Counted from 1 Farvardin 1403 (20 March 2024) by the years' lengths (366 days in a
    leap year of the 33-year cycle), so a year after a leap year starts a day later.

    >>> [str(_nowruz(y)) for y in (2019, 2020, 2023, 2024, 2025)]
    ['2019-03-21', '2020-03-20', '2023-03-21', '2024-03-20', '2025-03-21']
    """
    solar = year - 621
    day = dt.date(2024, 3, 20)
    for leap_year in range(1403, solar):
        day += dt.timedelta(days=366 if leap_year % 33 in _IRANIAN_LEAP else 365)
    for leap_year in range(solar, 1403):
        day -= dt.timedelta(days=366 if leap_year % 33 in _IRANIAN_LEAP else 365)
    return day


def _solar_year(start_year: int) -> Period:
    """The whole Iranian solar year that starts in the Gregorian ``start_year``.

    >>> print(_solar_year(2023))
    2023-03-21..2024-03-19
    """
    return Period(_nowruz(start_year), _nowruz(start_year + 1) - dt.timedelta(days=1))


def _iranian(rel: str, months: str | None, anchor: dt.date) -> Period | None:
    """The Iranian calendar year (or its first months) that ``rel`` names.

    >>> print(_iranian("current", "11", dt.date(2022, 3, 6)))
    2021-03-21..2022-02-19
    >>> print(_iranian("preceding", None, dt.date(2020, 1, 28)))
    2018-03-21..2019-03-20
    >>> print(_iranian("next", None, dt.date(2023, 3, 15)))
    2023-03-21..2024-03-19
    """
    year = anchor.year if anchor >= _nowruz(anchor.year) else anchor.year - 1
    if rel.casefold() in ("last", "past", "previous", "preceding"):
        year -= 1
    elif rel.casefold() in ("next", "coming"):
        year += 1
    start = _nowruz(year)
    if months is None:
        return _solar_year(year)
    count = number_word(months)
    if count is None or not 1 <= count <= 12:
        return None
    return Period(start, start + dt.timedelta(days=sum(_IRANIAN_MONTHS[:count]) - 1))


# A split year with no fiscal word: "2022-23", "2022/23".
_BARE_SPLIT = re.compile(rf"({_Y})\s*[-/]\s*(\d\d(?:\d\d)?)")


def _fy_year(digits: str) -> int:
    """The year "FY23" or "FY2023" ends in: two digits are this century's, or the last's.

    >>> _fy_year("23"), _fy_year("87"), _fy_year("2024")
    (2023, 1987, 2024)
    """
    year = int(digits)
    if year < 100:
        year += 2000 if year < 50 else 1900
    return year


def _resolve(
    match: re.Match[str], anchor: dt.date, reference: Period | None, fiscal_end: int | None = None
) -> Period | None:
    """The period a match names, or ``None`` (a day, an unresolvable comparison).

    ``fiscal_end`` is the last month of the fiscal year of the state whose figures the
    text gives, when the caller knows it: a fiscal year that states no months is on it.
    """
    g = match.group
    if g("iran"):
        part = g("irpart")
        months = "6" if part and part[0] in "hH" else "3" if part else g("irn") or g("irn2")
        return _iranian(g("irrel"), months, anchor)
    if g("iran_ended"):
        # The Iranian year that ended by publication: the last one over by ``anchor``.
        year = anchor.year if anchor >= _nowruz(anchor.year) else anchor.year - 1
        return _solar_year(year - 1)
    if g("iran_num"):
        # The solar year N starts in March of the Gregorian year N + 621.
        return _solar_year(int(g("iry")) + 621)
    if g("fiscal"):
        first = int(g("fy1"))
        second = g("fy2")
        second_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if second_year != first + 1:
            return None
        end = month_number(g("fyend") or g("fyend2")) if g("fyend") or g("fyend2") else None
        if g("fyendy") and int(g("fyendy")) != second_year:
            return None  # "fiscal 1985/86, which ended on June 30, 1987": not that year
        day = int(g("fyday") or g("fyday2") or 0)
        if end is not None and day:
            # "the 2023/24 fiscal year, which ended on 7 July 2024": the year to that day
            try:
                ends = dt.date(second_year, end, day)
            except ValueError:
                return None  # "June 31": no day
            after = ends + dt.timedelta(days=1)
            return Period(after.replace(year=after.year - 1, day=min(after.day, 28)), ends)
        if end is None and fiscal_end is not None:
            # "FY2021-22" of a state whose calendar the caller knows: on that calendar (a
            # state with a calendar-year budget names no split year: not its figure).
            return None if fiscal_end == 12 else _fiscal(first, fiscal_end, None)
        hyphen = "-" in match.string[match.end("fy1") : match.start("fy2")]
        if end is None and (hyphen or (g("fypre") or "").startswith("FY")):
            return None  # "FY2021-22": whose calendar (April-March, July-June)? not guessed
        return _fiscal(first, end, reference)
    if g("fiscal_single"):
        if not g("fsend") and fiscal_end is not None:
            return fiscal_year_called(int(g("fsy")), fiscal_end)  # the state's calendar
        if not g("fsend"):
            return None  # "fiscal 1987" alone: the fiscal calendar is unknown
        end = month_number(g("fsend"))
        assert end is not None
        return fiscal_year_called(int(g("fsy")), end)
    if g("fy_short"):
        if fiscal_end is None:
            return None  # "FY23": whose calendar? not guessed
        ends_in = _fy_year(g("fys"))
        if fiscal_end == 12:
            return Period.year(ends_in)
        return Period.months(ends_in - 1, fiscal_end + 1, fiscal_end, last_year=ends_in)
    if g("year_day"):
        # A year (or 12 months) to a stated day: the year that ends on that day.
        month = month_number(g("ydm") or g("ydm2"))
        assert month is not None
        try:
            ends = dt.date(int(g("ydy")), month, int(g("ydd") or g("ydd2")))
        except ValueError:
            return None  # "February 30": no day
        after = ends + dt.timedelta(days=1)  # a year after the day it starts on, less a day
        return Period(after.replace(year=after.year - 1, day=min(after.day, 28)), ends)
    if g("year_to"):
        end = month_number(g("ytm"))
        assert end is not None
        year = int(g("yty")) if g("yty") else latest_month_year(end, anchor)
        if end == 12:
            return Period.year(year)
        return Period.months(year - 1, end + 1, end, last_year=year)
    if g("months_to"):
        # "the nine months ended December": that many months, the last the month named.
        last = month_number(g("mtom"))
        count = int(g("mton")) if g("mton").isdigit() else number_word(g("mton"))
        assert last is not None
        if count is None or not 1 <= count <= 11:
            return None
        year = int(g("mtoy")) if g("mtoy") else latest_month_year(last, anchor)
        first = (last - count) % 12 + 1
        return Period.months(year if first <= last else year - 1, first, last, last_year=year)
    if g("same"):
        if reference is None:
            return None
        if g("same_fy"):
            # "the corresponding period of 2022-23": a split year, its first year where the
            # period starts; a period inside one calendar year has no known place in it.
            first = int(g("same_y2"))
            second = g("same_fy")
            second_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if second_year != first + 1 or reference.start.year == reference.end.year:
                return None
            return _shift(reference, first + reference.end.year - reference.start.year)
        if g("same_y1") or g("same_y2"):
            return _shift(reference, int(g("same_y1") or g("same_y2")))
        if g("same_rel") or g("same_ago"):
            return _shift(reference, reference.end.year - 1)
        return None
    if g("reporting"):
        return reference  # the period the text reports on: named before, else unknown
    if g("qrange"):
        first, last = int(g("qa")), int(g("qb"))
        if first >= last:
            return None
        year = int(g("qry")) if g("qry") else latest_month_year(3 * last - 2, anchor)
        return Period.months(year, 3 * first - 2, 3 * last)
    if g("mquarter"):
        last = month_number(g("mqm"))
        assert last is not None
        year_text = g("mqy") or g("mqy2")
        year = int(year_text) if year_text else latest_month_year(last - 2, anchor)
        return Period.quarter(year, last // 3)
    if g("quarter") or g("qshort"):
        if g("quarter"):
            word = g("qord").casefold()
            quarter = {"final": 4, "opening": 1}.get(word) or _ROMAN.get(word) or number_word(word)
            if word == "last" and not (g("qy0") or g("qy") or g("qrel") or g("qy2")):
                quarter = None  # "last quarter": the one before publication
            year_text, rel = g("qy0") or g("qy") or g("qy2"), g("qrel")
        else:
            quarter = int(g("qn") or g("qn2"))
            year_text, rel = g("qsy"), None
        if quarter is None:
            previous_quarter = (anchor.month - 1) // 3  # 0 when the anchor is in Q1
            year = anchor.year if previous_quarter else anchor.year - 1
            return Period.quarter(year, previous_quarter or 4)
        if not 1 <= quarter <= 4:
            return None
        if year_text:
            year = int(year_text)
        elif rel:
            year = _rel_year(rel, anchor)
        else:
            year = latest_month_year(3 * quarter - 2, anchor)
            if (year, 3 * quarter - 2, 1) == (anchor.year, anchor.month, anchor.day):
                year -= 1  # a quarter begun on the story's own day has no figures yet
        return Period.quarter(year, quarter)
    if g("half") or g("hshort"):
        if g("half"):
            half = (
                1 if g("hy_only") else (1 if g("hord").casefold() in ("first", "1st", "i") else 2)
            )
            year_text, rel = g("hy") or g("hy2"), g("hrel")
        else:
            half = int(g("hn") or g("hn2"))
            year_text, rel = g("hsy") or g("hsy2"), None
        first_month = 6 * half - 5
        if year_text:
            year = int(year_text)
        elif rel:
            year = _rel_year(rel, anchor)
        else:
            year = latest_month_year(first_month, anchor)
        return Period.months(year, first_month, first_month + 5)
    if g("first_n"):
        count = number_word(g("fn"))
        if count is not None and g("fnunit").casefold() == "quarters":
            count *= 3  # "the first three quarters": the first nine months
        if count is None or not 1 <= count <= 12:
            return None
        if g("fnfiscal"):
            fiscal = _PERIOD.fullmatch(g("fnfiscal"))
            year_period = (
                None if fiscal is None else _resolve(fiscal, anchor, reference, fiscal_end)
            )
            bare = _BARE_SPLIT.fullmatch(g("fnfiscal"))
            if fiscal is None and bare is not None and fiscal_end is not None and fiscal_end != 12:
                # "the first nine months of 2022-23": a split year on the caller's calendar
                first_year = int(bare.group(1))
                if (first_year + 1) % 100 == int(bare.group(2)) % 100:
                    year_period = _fiscal(first_year, fiscal_end, None)
            if year_period is None:
                return None
            begins = year_period.start
            last = begins.month - 1 + count - 1  # months after January of the first year
            return Period.months(
                begins.year, begins.month, last % 12 + 1, last_year=begins.year + last // 12
            )
        if g("fny") or g("fny2"):
            year = int(g("fny") or g("fny2"))
        elif g("fnrel") or g("fnpre"):
            year = _rel_year(g("fnrel") or g("fnpre"), anchor)
        else:
            year = anchor.year if count < anchor.month else anchor.year - 1
        return Period.months(year, 1, count)
    if g("n_of"):
        count = number_word(g("non"))
        if count is None or not 1 <= count <= 12:
            return None
        if g("nony"):
            year = int(g("nony"))
        elif g("nonrel"):
            year = _rel_year(g("nonrel"), anchor)
        else:
            year = anchor.year
        return Period.months(year, 1, count)
    if g("n_bare"):
        count = number_word(g("nbn"))
        if count is None or not 1 <= count <= 11:
            return None  # "over 12 months": a rolling year, not the year's months
        year = anchor.year if count < anchor.month else anchor.year - 1
        return Period.months(year, 1, count)
    if g("nm"):
        count = int(g("nmn"))
        return Period.months(int(g("nmy")), 1, count) if 1 <= count <= 12 else None
    if g("mrange"):
        from_month, to_month = month_number(g("mr1")), month_number(g("mr2"))
        assert from_month is not None
        assert to_month is not None
        if g("mry") and g("mrfy"):
            # "July-March FY2022-23": months of a fiscal year over two calendar years;
            # January to March fall in its second year, the other months in its first.
            first = int(g("mry"))
            second = g("mrfy")
            second_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if second_year != first + 1:
                return None
            if fiscal_end == 12 and from_month <= to_month:
                # months of one calendar year in a split year of a calendar-year budget: of
                # which year? (a run over the year end, "July-March", says which)
                return None
            if fiscal_end is not None and fiscal_end != 12:
                end_year = first if to_month > fiscal_end else second_year  # the caller's
            else:
                end_year = second_year if from_month > to_month or to_month <= 3 else first
        elif g("mry"):
            end_year = int(g("mry"))
        elif g("mrfs") and fiscal_end is not None:
            # "July-March of FY23": a month after the calendar's last is in the year before
            end_year = _fy_year(g("mrfs")) - (to_month > fiscal_end)
        elif g("mrrel"):
            end_year = _rel_year(g("mrrel"), anchor)
        else:
            end_year = latest_month_year(to_month, anchor)
        start_year = end_year if from_month <= to_month else end_year - 1
        return Period.months(start_year, from_month, to_month, last_year=end_year)
    if g("day"):
        return None
    if g("month"):
        month = month_number(g("mo"))
        assert month is not None
        if g("moy"):
            year = int(g("moy"))
        elif g("morel") and "before" in g("morel"):
            if reference is None:
                return None
            year = reference.end.year - 1
        elif g("morel"):
            year = _rel_year(g("morel"), anchor)
        else:
            year = latest_month_year(month, anchor)
        return Period.month(year, month)
    if g("prev_fy"):
        # "from Y in the previous financial year" after a fiscal year whose months are known
        # ("the twelve months to March 2005"): the one before; else its months are unknown.
        return _year_before_fiscal(reference, match)
    if g("rel_month"):
        year, month = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
        return Period.month(year, month)
    if g("rel_year"):
        rel = g("ry")
        if _YEAR_BACK.match(rel) and reference is not None:
            return _shift(reference, reference.end.year - 1)
        return Period.year(_rel_year(rel, anchor))
    if g("year"):
        return Period.year(int(g("yy")))
    return None  # pragma: no cover - every alternative is handled above


def _is_comparison(match: re.Match[str]) -> bool:
    g = match.group
    return bool(
        g("same")
        or (g("month") and g("morel") and "before" in g("morel"))
        or (g("rel_year") and _YEAR_BACK.match(g("ry")) is not None)
        or g("prev_fy")
        or (g("fiscal") and not g("fyend") and not g("fyend2"))
    )


def extract_periods(
    text: str,
    published: dt.date | None,
    *,
    previous: Period | None = None,
    fiscal_end: int | None = None,
) -> tuple[PeriodMention, ...]:
    """Find the phrases naming periods in ``text`` and resolve them.

    Args:
        text: any text (a sentence, usually).
        published: the publication date relative phrases are resolved against;
            without it, only phrases that name their year resolve.
        previous: the period the text continues from (the figure of an earlier
            sentence), used by comparisons when the text names none first.
        fiscal_end: the last month (1-12) of the fiscal year of the state whose figures
            the text gives, when the caller knows that state (12 for a calendar-year
            budget). A fiscal year that states no months of its own ("FY2023-24",
            "fiscal 2024", "the first ten months of 2023/24 fiscal year") is then on that
            calendar, and a split year is no period of a calendar-year state; without
            it, a split year with a hyphen or "FY" is left out (whose calendar?) and one
            with a slash is read as April-March. A calendar the text states ("fiscal
            1986/87 ended March") wins either way.

            .. versionadded:: 0.2.0

    Returns:
        The mentions in text order; ``()`` when there are none. Phrases that
        name a single day ("March 5") or cannot be resolved are left out.

    >>> import datetime as dt
    >>> from diplonews.text.periods import extract_periods
    >>> [str(m.period) for m in extract_periods("in the first two months of the year",
    ...                                           dt.date(2022, 3, 28))]
    ['2022-01-01..2022-02-28']
    >>> for m in extract_periods(
    ...     "fell to 16.4 bln in the first four months from 17.5 bln in the same period last year",
    ...     dt.date(1987, 6, 18)):
    ...     print(m.text, m.period, m.comparison)
    the first four months 1987-01-01..1987-04-30 False
    the same period last year 1986-01-01..1986-04-30 True
    >>> extract_periods("no time here", None)
    ()

    A split year is on the calendar of the state the caller names by ``fiscal_end``:

    >>> [str(m.period) for m in extract_periods("exports in FY2023-24", None)]
    []
    >>> [str(m.period) for m in extract_periods("exports in FY2023-24", None, fiscal_end=6)]
    ['2023-07-01..2024-06-30']
    >>> text = "the deficit narrowed to $2 bln in FY23 from $3 bln last year"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2023, 8, 1), fiscal_end=6)]
    ['2022-07-01..2023-06-30', '2021-07-01..2022-06-30']

    .. versionadded:: 0.1.0
    """
    mentions: list[PeriodMention] = []
    reference = previous
    first_absolute: Period | None = None
    # The patterns read a split year's hyphen ("2023-24"): an en dash reads as one.
    for match in _PERIOD.finditer(fold_dashes(text)):
        needs_anchor = not any(
            match.group(  # (one call for all: a generator of calls costs more than the match)
                *("fiscal", "fiscal_single", "fy_short", "year", "nm", "same", "day"),
                "reporting",
                "prev_fy",
            )
        ) and not (
            match.group("iran_num")
            or match.group("qy0")
            or match.group("qy")
            or match.group("qy2")
            or match.group("mqy")
            or match.group("mqy2")
            or match.group("qsy")
            or match.group("hy")
            or match.group("hy2")
            or match.group("hsy")
            or match.group("fny")
            or match.group("fnfiscal")
            or match.group("fny2")
            or match.group("mry")
            or match.group("mrfs")
            or match.group("moy")
            or match.group("yty")
            or match.group("mtoy")
            or match.group("ydy")
        )
        if (
            needs_anchor
            and published is None
            and not (
                match.group("month") and match.group("morel") and "before" in match.group("morel")
            )
        ):
            continue
        anchor = published or dt.date(1, 1, 1)
        comparison = _is_comparison(match) and not (
            # a fiscal year on the caller's calendar is a period in its own right
            fiscal_end is not None and match.group("fiscal")
        )
        try:
            period = _resolve(
                match,
                anchor,
                first_absolute or reference
                if comparison or match.group("reporting")
                else reference,
                fiscal_end,
            )
        except ValueError:
            period = None  # a year out of range: not a period we can name
        if period is None:
            continue
        ry = match.group("ry")
        if ry and first_absolute is not None and _PREVIOUS_YEAR.fullmatch(ry):
            # "120.4 mln in the first two months against 132.8 mln the previous year":
            # the same months a year before, when the sentence has named its period.
            period, comparison = _shift(first_absolute, first_absolute.end.year - 1), True
        elif ry and first_absolute is None and _PREVIOUS_YEAR.fullmatch(ry):
            # "a surplus of X, against Y the previous year" after a fiscal year's figure
            # ("the fiscal year ended March 31"): the fiscal year before, not the calendar's.
            before = _year_before_fiscal(reference, match)
            if before is not None:
                period, comparison = before, True
        elif (
            ry
            and first_absolute is not None
            and first_absolute.start.year != first_absolute.end.year
            and _LAST_YEAR.fullmatch(ry)
            and _COMPARED_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            # "narrowed to X in FY23 from Y last year": compared with the sentence's fiscal
            # year, "last year" is the fiscal year before it, not the calendar's.
            period, comparison = _shift(first_absolute, first_absolute.end.year - 1), True
        if first_absolute is None and not comparison:
            first_absolute = period
        span = _month_span(text, mentions[-1] if mentions else None, match, period)
        if span is not None:
            if first_absolute == mentions[-1].period:
                first_absolute = span.period
            mentions.pop()  # "between April 2024 and February 2025"
            mention = span
        else:
            mention = PeriodMention(
                match.start(), match.end(), text[match.start() : match.end()], period, comparison
            )
        stated = _stated_fiscal_months(text, mentions[-1], mention) if mentions else None
        if stated is not None:
            if first_absolute == mentions[-1].period:
                first_absolute = stated.period
            mentions[-1] = stated
            continue
        mentions.append(mention)
    if fiscal_end is not None and fiscal_end != 12 and published is not None:
        mentions = _fiscal_parts(text, published, fiscal_end, mentions)
    return tuple(mentions)


# A part of a fiscal year named by its place in time: "the first seven months of the
# current fiscal year", "the first quarter of the last financial year". Its months are
# known only on a known calendar.
_FISCAL_PART = re.compile(
    r"""
    (?i:the\s+)?(?:
        (?i:first)\s+(?P<n>\d{1,2}|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<unit>(?i:months|quarters))
      | (?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?P<part>(?i:quarter|half))
    )
    \s+(?i:of|in)\s+(?i:the\s+)?
    (?P<rel>(?i:current|present|this|last|past|previous|preceding|next|coming))\s+
    (?i:fiscal|financial)\s+(?i:year)\b
    """,
    re.VERBOSE,
)
_PART_SHIFTS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1}


def _fiscal_parts(
    text: str, published: dt.date, fiscal_end: int, mentions: list[PeriodMention]
) -> list[PeriodMention]:
    """``mentions`` with the parts of a relative fiscal year on the calendar ending ``fiscal_end``.

    >>> text = "in the first seven months of the current fiscal year"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2024, 2, 20), fiscal_end=6)]
    ['2023-07-01..2024-01-31']
    >>> text = "in the second quarter of the last fiscal year"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2024, 2, 20), fiscal_end=3)]
    ['2022-07-01..2022-09-30']
    """
    if "iscal" not in text and "inancial" not in text:
        return mentions
    found = list(mentions)
    for match in _FISCAL_PART.finditer(text):
        if match.group("n"):
            count = number_word(match.group("n"))
            if count is not None and match.group("unit").casefold() == "quarters":
                count *= 3
            first_month = 1
        else:
            order = number_word(match.group("ord"))
            size = 6 if match.group("part").casefold() == "half" else 3
            if order is None or order * size > 12:
                continue
            first_month, count = (order - 1) * size + 1, size
        if count is None or not 1 <= count <= 12 or first_month + count - 1 > 12:
            continue
        year = published.year if published.month > fiscal_end else published.year - 1
        year += _PART_SHIFTS.get(match.group("rel").casefold(), 0)
        begins = fiscal_end + first_month  # months after December of ``year - 1``
        last = begins + count - 1
        period = Period.months(
            year + (begins - 1) // 12,
            (begins - 1) % 12 + 1,
            (last - 1) % 12 + 1,
            last_year=year + (last - 1) // 12,
        )
        mention = PeriodMention(match.start(), match.end(), match.group(), period)
        found = [m for m in found if m.end <= match.start() or m.start >= match.end()]
        found.append(mention)
    return sorted(found, key=lambda m: m.start)


# A fiscal year's part next to the months it stands for: "the first nine months of the
# 2024/25 fiscal year, covering July 2024 to March 2025", "July and August, the first two
# months of the 1987/88 fiscal year": a comma (and "covering") between the two.
_APPOSED = re.compile(r"\s*,\s*(?:(?i:covering|spanning|from|or)\s+)?")
_FISCAL_WORD = re.compile(r"\b(?i:fiscal|financial)\b")
# "the first ten months of the financial year, which began in April 2004": its first month;
# the year may be named inside the part ("the first nine months of the 1986/87 fiscal year,
# which began in July"), the clause then right after it.
_FISCAL_BEGAN = re.compile(
    r"(?:\s+(?i:of)\s+(?i:the)\s+(?i:fiscal|financial)\s+(?i:year))?,?\s+(?i:which|that)\s+"
    r"(?i:began|started|begins|starts)\s+(?i:in)\s+"
)
_NAMED_MONTH = re.compile(_M)
_YEAR_NAMED = re.compile(_Y)
_FIRST_MONTHS = re.compile(r"(?i:the\s+)?(?i:first)\s+\S+\s+(?i:months)")
# A part naming its fiscal year: "the first nine months of the 1986/87 fiscal year".
_FIRST_MONTHS_OF_YEAR = re.compile(
    r"(?i:the\s+)?(?i:first)\s+\S+\s+(?i:months)\s+(?i:of)\s+(?i:the\s+)?"
    r"(?P<first_year>(?:19|20)\d\d)\s*[-/–]\s*\d\d(?:\d\d)?\s+(?i:fiscal|financial)\s+(?i:year)"
)


def _months(period: Period) -> int:
    """How many calendar months ``period`` runs over."""
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def _stated_fiscal_months(
    text: str, previous: PeriodMention, mention: PeriodMention
) -> PeriodMention | None:
    """One mention for a fiscal part and the calendar months the text states for it.

    A fiscal calendar is read from a default (April to March) unless the text gives its
    months; where it does, the stated months are the part's.

    >>> import datetime as dt
    >>> text = "in the first two months of the 2001/02 fiscal year, covering July and August 2001"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2001, 10, 1))]
    ['2001-07-01..2001-08-31']
    >>> text = "in the first three months of the financial year, which began in July 2001,"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2001, 11, 1))]
    ['2001-07-01..2001-09-30']
    >>> text = "for the first six months of the 2000/01 fiscal year, which began in July,"
    >>> [str(m.period) for m in extract_periods(text, dt.date(2001, 11, 1))]
    ['2000-07-01..2000-12-31']
    """
    if previous.comparison or mention.comparison:
        return None
    began = _FISCAL_BEGAN.fullmatch(text, previous.end, mention.start)
    if began is not None:
        # The part counted from the first month the clause names.
        named = _FIRST_MONTHS_OF_YEAR.fullmatch(previous.text)
        if _months(mention.period) != 1 or not (
            (_FIRST_MONTHS.fullmatch(previous.text) and _FISCAL_WORD.search(began.group())) or named
        ):
            return None
        start = mention.period.start
        if named is not None and not _YEAR_NAMED.search(mention.text):
            # "of the 1986/87 fiscal year, which began in July": July of its first year.
            start = dt.date(int(named.group("first_year")), start.month, 1)
        count = _months(previous.period)
        last = start.month - 1 + count - 1
        period = Period.months(
            start.year, start.month, last % 12 + 1, last_year=start.year + last // 12
        )
        return PeriodMention(
            previous.start, mention.end, text[previous.start : mention.end], period
        )
    if _APPOSED.fullmatch(text, previous.end, mention.start) is None:
        return None
    fiscal = [m for m in (previous, mention) if _FISCAL_WORD.search(m.text)]
    if len(fiscal) != 1 or _months(previous.period) != _months(mention.period):
        return None
    stated = mention if fiscal[0] is previous else previous
    if _months(stated.period) == 1 or _NAMED_MONTH.search(stated.text) is None:
        return None  # a month alone, or a year in a list ("fiscal 1986/87, 1988"), is no gloss
    return PeriodMention(
        previous.start, mention.end, text[previous.start : mention.end], stated.period
    )


# Between two named months of named years: "April 2024 to February 2025", "... and ...".
_SPAN_JOIN = re.compile(r"\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b|\btill\b|(?P<and>\band\b))\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_M}\s+{_Y}")


def _month_span(
    text: str, previous: PeriodMention | None, match: re.Match[str], period: Period
) -> PeriodMention | None:
    """The span from the previous month-year to this one, when the text joins them."""
    if previous is None or not (match.group("month") and match.group("moy")):
        return None
    first = previous.period
    if previous.comparison or not _MONTH_YEAR.fullmatch(previous.text):
        return None
    join = _SPAN_JOIN.fullmatch(text, previous.end, match.start())
    if join is None or period.end <= first.end:
        return None
    lead = _BETWEEN.search(text, max(0, previous.start - 8), previous.start)
    if join.group("and") and lead is None:
        return None  # "in April 2024 and February 2025": two months
    start = previous.start
    prefix = lead or _FROM.search(text, max(0, previous.start - 5), previous.start)
    if prefix is not None:
        start = prefix.start()
    return PeriodMention(
        start,
        match.end(),
        text[start : match.end()],
        Period(start=first.start, end=period.end),
    )


def parse_period(
    text: str,
    published: dt.date | None = None,
    *,
    previous: Period | None = None,
    fiscal_end: int | None = None,
) -> Period:
    """Parse one phrase that is the whole of ``text`` into a period.

    Args:
        text: the phrase ("Q1 2021", "fiscal 1986/87 ended March", "last year").
        published: the publication date for relative phrases.
        previous: the period a comparison ("the same period last year") refers to.
        fiscal_end: the last month of the fiscal year of the state the phrase is about, as
            for :func:`extract_periods`.

            .. versionadded:: 0.2.0

    Raises:
        DateParseError: ``text`` is not exactly one period phrase that resolves.

    >>> from diplonews import Period
    >>> from diplonews.text.periods import parse_period
    >>> print(parse_period("fiscal 1986/87 ended March"))
    1986-04-01..1987-03-31
    >>> print(parse_period("the same period last year", previous=Period.months(1987, 1, 4)))
    1986-01-01..1986-04-30
    >>> parse_period("soon")
    Traceback (most recent call last):
      ...
    diplonews.errors.DateParseError: expected a period such as '2020', 'Q1 2021' or 'last year'
        soon
        ~~~^

    .. versionadded:: 0.1.0
    """
    stripped = text.strip()
    mentions = extract_periods(stripped, published, previous=previous, fiscal_end=fiscal_end)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(stripped):
        raise DateParseError(
            "expected a period such as '2020', 'Q1 2021' or 'last year'", text=text
        )
    return mentions[0].period
