"""The regular expression that finds time expressions, and a cheap test to run first.

One compiled alternation, :data:`DATE`, with one named group per shape of
date ("iso", "mdy", "rm", ... listed in :data:`KINDS`); every shape starts
with a gate word, so the scan skips other words cheaply, and
:func:`may_hold_date` skips texts in which no shape can match at all.
"""

from __future__ import annotations

from diplonews import _regex as re
from diplonews.text._date_words import FULL_MONTHS, MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS
from diplonews.text._digits import has_digit
from diplonews.text._trie import caseless_as_lowered, caseless_trie

__all__ = ["DATE", "KINDS", "may_hold_date"]

# Numbers of the shapes below.
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?!\d)"  # a plausible year, 1800-2199
_DAY = r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?(?!\d|:\d)"  # "5", "05", "5th"; not "1,5" or "5:30"
# The end of a range of days, whose first day is the date: "July 27-28", "27–28 July".
_DAY_RANGE = r"(?:\s*[-–—−]\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:]))?"
# A range or pair of days said in words before their month: "(from) 4 to 6 May", "(between) 4
# and 6 May", "2 and 3 May"; the first day is still the date.
_DAY_RANGE_WORDS = (
    r"(?:\s*[-–—−]\s*|\s+(?:to|and|until|till|through)\s+(?:the\s+)?)"
    r"\d{1,2}(?:st|nd|rd|th)?(?![\d:])"
)
# A range's end in the next month: "April 29-May 2" (after the day), "29 April-2 May" (after the
# month); the first day is still the date.
_MDY_RANGE = rf"(?:\s*[-–—−]\s*(?:{MONTH_PATTERN})\s*\d{{1,2}}(?:st|nd|rd|th)?(?![\d:]))?"
_DMY_RANGE = rf"(?:\s*[-–—−]\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}))?"
_REL = r"(?i:last|this|next)"  # a step from the publication date
_STEP = r"(?i:last|past|this|next|coming)"  # a step in weeks or seasons
# Weekday prefix absorbed by a full date: "Thursday, July 27, 2021".
_WD_PREFIX = rf"(?:{WEEKDAY_PATTERN},?\s+)?"
# A year, or "last year", closing a day-month or month expression.
_YEAR_TAIL = (
    rf"(?:(?:,\s*|\s+)(?:(?i:of)\s+)?(?P<{{0}}_y>{_YEAR})"  # "5 April 2022", "5 April of 2022"
    rf"|,?\s+(?:(?i:of)\s+)?(?P<{{0}}_rel>{_REL})\s+(?i:year)\b)"  # "5 April (of) last year"
)
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

# Words before a date ("in May", "last week"), matched in any case.
_CUE_BEFORE = (
    *("the", "in", "of", "since", "by", "until", "till", "during", "from", "through"),
    *("throughout", "before", "after", "for", "early", "earlier", "late", "later", "mid"),
    *("around", "circa", "last", "this", "next", "coming", "past"),
)

# What a date expression can start with: a digit, a month or weekday, a word that is
# a date ("today"), or a cue word followed by what the shapes below put after it: a
# digit, a capital (a month or weekday), or a step or time noun ("last", "year",
# "summer"). Checked first at each word so the scan skips the other words cheaply.
_GATE = "|".join(
    [
        r"\d",
        *(f"{name[:3]}|{name[:3].upper()}" for name in (*FULL_MONTHS, *WEEKDAYS)),
        r"(?i:today|tonight|yesterday|tomorrow|weekend|end-week|week['’]s\s+end)\b",
        # (every case spelt out: a case-blind branch is entered at every word, this one's
        # sets are tested before it is: a third of the date scan's time)
        caseless_trie(_CUE_BEFORE) + r"[\s-]+"
        r"(?:[\dA-Z]|(?i:last|this|next|month|year|week|night|morning|afternoon|evening"
        r"|spring|summer|autumn|fall|winter|day\s+(?:before\s+yesterday|after\s+tomorrow)"
        r"|end\s+of\s+the\s+week))",
    ]
)

DATE = re.compile(
    rf"""
    \b(?=[\dJFMASONDTW]|(?i:[abcdefilmnopstuwy]))      # a first letter of the gate, checked
                                                    # as one set before its many words
    (?={_GATE})                                       # every shape starts with a gate word
    (?:
      (?=\d)(?P<iso>(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d-]))
                                                    # 2021-07-27
    | (?=\d)(?P<dot>(?<![\d./])(?:(?P<dot_d0>\d{{1,2}})(?:\.(?P<dot_m0>\d{{1,2}}))?\.?\s*[-–—−]\s*)?
        (?P<dot_d>\d{{1,2}})(?P<dot_sep>[./])(?P<dot_m>\d{{1,2}})(?P=dot_sep)(?P<dot_y>\d{{4}})
        (?!\d|[./]\d))                                # 27.07.2021, day first; "4-6.05.2021" is
                                                    # a range dated by its first day;
                                                    # 27/07/2021 too
    | (?=[A-Z])(?P<mdy>{_WD_PREFIX}(?P<mdy_mon>{MONTH_PATTERN})\s*(?P<mdy_d>{_DAY}){_DAY_RANGE}
        {_MDY_RANGE}{_YEAR_TAIL.format("mdy")}?)    # July 27, 2021 / Feb 26 / Dec 19, last year
    | (?=[\dA-ZtT])(?P<dmy>{_WD_PREFIX}(?:(?i:the)\s+)?(?P<dmy_d>{_DAY})(?:{_DAY_RANGE_WORDS})?
        (?:\s+(?i:of))?\s+(?P<dmy_mon>{MONTH_PATTERN}){_DMY_RANGE}{_YEAR_TAIL.format("dmy")}?)
                                                    # 27 July 2021 / the 5th of March
    | (?=[A-Z])(?P<my>(?P<my_mon>{MONTH_PATTERN})(?:,?\s+|\s+(?i:of)\s+)(?:(?P<my_y>{_YEAR})
        |(?P<my_rel>{_REL})\s+(?i:year)\b))         # July 2021 / March last year
    | (?=[lntLNT])(?P<rm>(?P<rm_rel>{_REL})\s+(?P<rm_mon>{MONTH_PATTERN})(?![\d\w]|\s+\d))
                                                    # last December
    | (?=[a-zA-Z])(?i:in|since|by|until|till|during|from|through|throughout|before|after|of
        |for|early|late|mid|around|circa)[\s-]+    # a preposition, then
      (?:(?P<bm>(?P<bm_mon>{MONTH_PATTERN})(?!['’]s)(?!\.?,?\s*\d)   # not "from Oct. 23"
        (?!\.?,?\s+(?:(?i:of)\s+)?(?:{_REL}\s+(?i:year)\b|{_YEAR})))
                                                    # in March / since May / mid-June
        |(?P<yr>{_YEAR})(?![.,]\d)(?!\s*(?:%|(?i:per\s*cent|percent)))
        (?!\s+(?:{_COUNT_NOUNS})\b))                 # in 2021 / since 1991; not "of 2000 people"
    | (?=[tT])(?i:the)\s+(?P<bt>(?P<bt_mon>{MONTH_PATTERN}))
        (?=\s+(?:[a-z-]+\s+|[A-Z][A-Za-z0-9+-]*\s+)?(?:{_EVENT_NOUNS}|Summit|Meeting|Forum)\b)
                                                    # the December (trade) talks, July NATO Summit
    | (?=[tTyYlL])(?P<rd>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow
        |today|tonight|yesterday|tomorrow|last\s+night
        |this\s+(?:morning|afternoon|evening)))\b   # today, yesterday, this morning
    | (?=[A-Zlnctp])(?P<wd>{_HOLIDAY_LOOKBEHIND}(?:(?P<wd_rel>(?i:last|next|this|coming|past))\s+)?
        (?P<wd_name>{WEEKDAY_PATTERN}))             # on Monday / last Tuesday
    | (?=[eElLtTnN])(?P<rp>(?:(?i:earlier|later|early|late)\s+)?(?P<rp_rel>{_REL})\s+
        (?P<rp_unit>(?i:month|year))\b)             # last month / earlier this year / next year
    | (?=[lntcpweLNTCPWE])(?P<wk>(?P<wk_rel>{_STEP})\s+(?P<wk_week>(?i:week))(?![\w-])
        |(?:(?P<wk_rel2>{_STEP})\s+)?(?i:weekend)\b  # last week / next week's / the weekend
        |(?i:end-week|week['’]s\s+end|(?:the\s+)?end\s+of\s+the\s+week)\b)  # its weekend
    | (?=[lntcpeiLNTCPEI])(?:(?i:in)\s+(?=(?i:spring|summer|autumn|winter)\b))?
                                                    # "in autumn": the season, not "in"
      (?P<ss>(?:(?P<ss_rel>{_STEP}|(?i:the|early|late))\s+)?
        (?P<ss_name>(?i:spring|summer|autumn|fall|winter))\b
        (?!\s+(?:of\b(?!\s+\d)|[A-Z]))                # not "the summer of discontent"
        (?:,?\s+(?:of\s+)?(?P<ss_y>{_YEAR}))?)        # this summer / in the autumn of 2021
    )
    """,
    re.VERBOSE,
)

# Every shape of DATE holds a digit (has_digit), a month (cased as MONTH_PATTERN has it) or
# one of these words in some case ("day" stands for the weekdays, "today" and
# "yesterday"; "night" for "tonight"): text with none of them holds no date.
_MONTH_STEMS = tuple(form for name in FULL_MONTHS for form in (name[:3], name[:3].upper()))
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


def may_hold_date(text: str) -> bool:
    """Whether ``text`` has what every date shape needs: a cheap test before the scan.

    >>> may_hold_date("Talks went well."), may_hold_date("They met last WEEK.")
    (False, True)
    """
    # (substring tests mapped in C: no Python step per word)
    if has_digit(text) or any(map(text.__contains__, _MONTH_STEMS)):
        return True
    if not caseless_as_lowered(text):  # (a letter re.IGNORECASE reads as ASCII, lower() not)
        return True
    return any(map(text.lower().__contains__, _CUE_WORDS))


# The outer named group of each alternative of DATE, in pattern order.
KINDS = ("iso", "dot", "mdy", "dmy", "my", "rm", "bm", "bt", "yr", "rd", "wd", "rp", "wk", "ss")
