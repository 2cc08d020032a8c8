"""Periods shared by several amounts of a trade sentence.

Helpers of :mod:`diplonews.trade._figures`: periods paired with amounts
in order ("the 1986 and 1985 deficits at 2.09 and 1.72 billion"), a period
closing a sentence of coordinated amounts, and a calendar year still running
at publication read as the months to date.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.text import fold_dashes
from diplonews.text.dates import DAY_BEFORE_MONTH, MONTH_PATTERN, month_number
from diplonews.text.periods import PeriodMention, fiscal_year_called
from diplonews.trade._context import Context
from diplonews.trade._cues import Flow
from diplonews.values import Period

__all__ = [
    "NOUN_GAP",
    "framed_parts",
    "periods_respectively",
    "relative_fiscal_years",
    "respective",
    "stated_fiscal_end",
    "stated_split_years",
    "trailing_period",
    "year_to_date",
]

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
    text: str, last_amount_end: int, periods: Sequence[PeriodMention], *, spans: bool = False
) -> PeriodMention | None:
    """The period closing a sentence whose amounts all come before it.

    "$2.8 billion in imports and $5.2 billion in exports between April 2024 and
    February 2025": a period after the last amount, with none before, is every amount's.
    With ``spans``, a span of months written with both ends after "from" or "over" is one
    too ("A ($5m) and B ($4m) from January to June 2023", "... over January-November
    2023"): the word opens the span, it names no base.
    """
    if any(p.start < last_amount_end for p in periods):
        return None
    for period in periods:
        if period.comparison:
            return None
        before = _NOT_OWN_BEFORE.search(text, max(0, period.start - 25), period.start)
        if before is not None and not (
            spans and before.group().casefold().startswith(("from", "over")) and _two_ends(period)
        ):
            return None
        return period
    return None


# The two ends of a span written out: "January to June 2023", "January-June 2023".
_TWO_ENDS = re.compile(r"\s(?:to|through|till|until)\s|[-–]", re.IGNORECASE)


def _two_ends(period: PeriodMention) -> bool:
    """Whether a period is a span of months written with both its ends."""
    return _TWO_ENDS.search(period.text) is not None and (
        period.period.start.year,
        period.period.start.month,
    ) != (period.period.end.year, period.period.end.month)


def year_to_date(
    period: Period, anchor: dt.date, periods: Sequence[PeriodMention], ctx: Context
) -> Period:
    """A calendar year still running at publication, read as January to the latest month named.

    The months named are those of a month or a quarter of that year in the same sentence
    ("X in the second quarter, bringing the total for the year so far to Y": January-June).
    """
    year = period.start.year
    if anchor.year != year or anchor > period.end or period != Period.year(year):
        return period
    months = [
        p.period.end.month
        for p in periods
        if p.period.start.year == year == p.period.end.year
        and (p.period.start.month == p.period.end.month or _quarter(p.period))
    ]
    pending, lead = ctx.pending, ctx.lead
    if (
        not months
        and pending is not None
        and pending.start == dt.date(year, 1, 1) == dt.date(pending.end.year, 1, 1)
    ):
        # "A sharp increase was registered in the first half of 2022. In 2022 it reached X":
        # the months of the sentence just before, which named them but no amount.
        months = [pending.end.month]
    if not months and lead is not None and lead.start.year == year == lead.end.year:
        months = [lead.end.month]
    if not months:
        return period
    return Period.months(year, 1, max(months))


def _quarter(period: Period) -> bool:
    """Whether a period is a calendar quarter of one year."""
    return (
        period.start.month % 3 == 1
        and period.end.month == period.start.month + 2
        and period.start.day == 1
        and (period.end + dt.timedelta(1)).day == 1
    )


# The article's own fiscal calendar: "fiscal 1985/86 ended March" (its last month), or a
# fiscal year's first months glossed in brackets, "the first half of the current fiscal
# year (July-December 2023)", or "which ran from July" (its first month).
_FISCAL_ENDED = re.compile(
    r"\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?,?\s+"
    rf"(?:ended|ending|to)\s+(?:end-|{DAY_BEFORE_MONTH})?(?P<end>{MONTH_PATTERN})"
    # or unnumbered, dated by the month it ends: "the financial year to March 2005"
    rf"|\b(?:fiscal|financial)\s+year\s+to\s+(?P<end_dated>{MONTH_PATTERN})\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_FISCAL_OPENED = re.compile(
    r"(?:\b(?:(?:current|this|last|previous|past)\s+)?(?:fiscal|financial)\s+year"
    r"(?:\s+(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?)?"
    # or its shorthand: "FY2022-23 (July-June)", "FY24 (July-March)"
    r"|\bFY\s?(?:(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?|'?\d\d)(?![\w/–-]))"
    rf"(?:\s*\(\s*|,\s*which\s+(?:ran|runs)\s+from\s+)(?P<start>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
# A whole fiscal year written as its twelve months before its name: "July-June FY22",
# "July-June 2021-22", "July-June of fiscal year 2021-22".
_FISCAL_RANGE = re.compile(
    rf"\b(?P<start>{MONTH_PATTERN})\s*[-–]\s*(?P<end>{MONTH_PATTERN})\s+(?:of\s+)?(?:the\s+)?"
    r"(?:FY\s?'?\d\d(?:\d\d)?\b|(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d\s*[-/–]\s*\d\d\b)",
    re.IGNORECASE,
)
# A fiscal year's first months glossed in brackets before it: "the first nine months
# (July-March) of the current fiscal year".
_FISCAL_FIRST_GLOSS = re.compile(
    rf"\bfirst\s+(?:[\w-]+\s+months|half|quarter)\s*\(\s*(?P<start>{MONTH_PATTERN})\s*[-–]"
    r"[^()]{1,20}\)\s+of\s+(?:the\s+)?(?:(?:current|this|last|previous|past)\s+)?"
    r"(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
# A month said to open a fiscal year: "In July 2023, the first month of FY24", "the fiscal
# year begins in July", "Pakistan's fiscal year starts on 1 July"; or the months glossing its
# first months: "July and August, the first two months of the 1987/88 fiscal year".
_FISCAL_FIRST_MONTH = re.compile(
    rf"\b(?P<start>{MONTH_PATTERN})(?:\s+(?:19|20)\d\d)?"
    rf"(?:\s*(?:-|–|\band\b|\bto\b|\bthrough\b)\s*{MONTH_PATTERN}(?:\s+(?:19|20)\d\d)?)?"
    r"\s*,\s*(?:which\s+(?:is|was|were|are)\s+)?"
    r"the\s+(?:first|opening)\s+(?:month|[\w-]+\s+months|quarter|half)\s+of\s+(?:the\s+)?"
    r"(?:(?:new|current)\s+)?(?:(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?\s+)?"
    r"(?:FY\s?'?\d|fiscal\b|financial\b)",
    re.IGNORECASE,
)
# (a comma may set the clause off: "the 1986/87 fiscal year, which began in July")
_FISCAL_BEGINS = re.compile(
    r"\b(?:fiscal|financial)\s+year,?\s+(?:that\s+|which\s+)?(?:begins|began|starts|started|opens|"
    r"opened|runs\s+from|ran\s+from)\s+(?:in\s+|on\s+)?(?:1\s+|the\s+first\s+of\s+)?"
    rf"(?P<start>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
# A fiscal year said to end in a month: "before the current fiscal year closes on June 30",
# "the fiscal year, which ends in March", "the fiscal year that ended on the 31st of March"
# (the day before its month in any form dates.DAY_OF_MONTH_PATTERN reads).
_FISCAL_CLOSES = re.compile(
    r"\b(?:fiscal|financial)\s+year,?\s+(?:that\s+|which\s+)?(?:ends|ended|closes|closed|"
    r"runs\s+to|runs\s+until|ran\s+to|ran\s+until)\s+(?:in\s+|on\s+)?"
    rf"(?:{DAY_BEFORE_MONTH})?(?P<end>{MONTH_PATTERN})",
    re.IGNORECASE,
)
# A fiscal year named by its year(s) and told when it ended in a clause after it: "in fiscal
# 1986, which ended on March 31", "fiscal 1985/86, which ended on June 30"; or in a
# participle, as the wire writes it ("fiscal 1986 ended March 31"): either states the months
# of every other fiscal year the story names ("against Y in fiscal 1985").
_FISCAL_NAMED_ENDED = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d\d(?:\d\d)?)?"
    r"(?:,\s+(?:which|that)\s+(?:ended|ends)|\s+(?:ended|ending))\s+"
    rf"(?:on\s+)?(?:{DAY_BEFORE_MONTH})?(?P<end>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
# A fiscal year named by its two calendar years ("fiscal year 2023-24") and a span of twelve
# months written out across those years ("from July 2023 to June 2024"): its calendar.
_SPLIT_FISCAL = re.compile(
    r"\b(?:FY\s?|(?:fiscal|financial)\s+year\s+)((?:19|20)\d\d)\s?[-/–]\s?(\d\d)\b", re.IGNORECASE
)
_MONTH_SPAN = re.compile(
    rf"\b(?P<m1>{MONTH_PATTERN})\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|through|till|until|[-–])\s*"
    rf"(?P<m2>{MONTH_PATTERN})\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _written_fiscal_end(body: str) -> int | None:
    """The last month of a split fiscal year the body also writes out as twelve months.

    >>> _written_fiscal_end("In fiscal year 2023-24 (from July 2023 to June 2024) it rose.")
    6
    >>> _written_fiscal_end("In fiscal year 2023-24 it rose; from July 2023 to May 2024 it fell.")
    """
    years = {
        int(m.group(1))
        for m in _SPLIT_FISCAL.finditer(body)
        if (int(m.group(1)) + 1) % 100 == int(m.group(2))
    }
    if not years:
        return None
    for span in _MONTH_SPAN.finditer(body):
        first, last = month_number(span.group("m1")), month_number(span.group("m2"))
        y1, y2 = int(span.group("y1")), int(span.group("y2"))
        if first is None or last is None or y1 not in years or y2 != y1 + 1:
            continue
        if last == (first - 2) % 12 + 1:
            return last
    return None


# A part of a fiscal year that is not its start: "the second half of the fiscal year (...)".
_LATER_PART = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_PART = re.compile(
    r"\bfirst\s+(?:half|quarter|[\w-]+\s+months)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_PART_OF = re.compile(r"\bof\s+(?:the\s+)?(?:(?:current|this|last|previous|past)\s+)?$", re.I)
# A period's "of" before the fiscal year it is part of: "July-March of FY24".
_MONTHS_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A fiscal year named by its place in time: "the current fiscal year", "the last fiscal year".
_RELATIVE_FISCAL = re.compile(
    r"\b(?:the\s+)?(?P<rel>current|present|this|full|last|past|previous|preceding|next|coming)"
    r"\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
# A fiscal year's first months or half in shorthand: "9MFY24", "1HFY2024".
_FY_PART = re.compile(r"\b(?P<n>\d{1,2})(?P<unit>[MH])\s?FY\s?(?P<year>(?:20)?\d\d)\b")
# A whole fiscal year in shorthand, named by the year it ends in: "FY24", "FY2024".
_FY_WHOLE = re.compile(r"(?<![\w-])FY\s?'?(?P<year>(?:20)?\d\d)(?![\w/–-])")
_SHIFTS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1}


def stated_fiscal_end(body: str) -> int | None:
    """The last month of the fiscal year the article itself states, or ``None``.

    "fiscal 1985/86 ended March" ends in March; "the first half of the current fiscal
    year (July-December 2023)" and "fiscal year 2022-23, which ran from July" start in
    July, so end in June. A later part of the year glossed ("the second half of the fiscal
    year (January-June)") tells no start.

    >>> stated_fiscal_end("Trade was $2 bln in fiscal 1985/86 ended March.")
    3
    >>> stated_fiscal_end("It fell in the first half of the current fiscal year (July-December).")
    6
    >>> stated_fiscal_end("It rose in the second half of the fiscal year (January-June).") is None
    True
    >>> stated_fiscal_end("Exports in July-June FY24 rose.")
    6
    >>> stated_fiscal_end("Exports were $1 bln in FY2022-23 (July-June).")
    6
    >>> stated_fiscal_end("In July 2023, the first month of FY24, exports rose.")
    6
    >>> stated_fiscal_end("In July and August, the first two months of the 2001/02 fiscal year")
    6
    >>> stated_fiscal_end("In the first half of the 2001/02 fiscal year, which began in April")
    3
    >>> stated_fiscal_end("Egypt's fiscal year begins in July; exports rose in FY24.")
    6
    >>> stated_fiscal_end("Kenya's fiscal year runs from July to June.")
    6
    >>> stated_fiscal_end("Exports may hit $3bn before the current fiscal year closes on June 30.")
    6
    >>> stated_fiscal_end("The surplus was $9 bln in fiscal 1991, which ended on March 31.")
    3
    >>> stated_fiscal_end("The surplus was $9 bln in fiscal 1991 ended March 31.")
    3
    """
    if "iscal" not in body and "inancial year" not in body and "FY" not in body:
        return None
    ended = (
        _FISCAL_ENDED.search(body)
        or _FISCAL_CLOSES.search(body)
        or _FISCAL_NAMED_ENDED.search(body)
    )
    if ended is not None:
        return month_number(ended.group("end") or ended.group("end_dated"))
    for written in _FISCAL_RANGE.finditer(body):
        first, last = month_number(written.group("start")), month_number(written.group("end"))
        if first is not None and last is not None and last == (first - 2) % 12 + 1:
            return last  # twelve months: the whole fiscal year
    for opened in _FISCAL_OPENED.finditer(body):
        before = body[max(0, opened.start() - 60) : opened.start()]
        if _LATER_PART.search(before) and not _FIRST_PART.search(before):
            continue
        first = month_number(opened.group("start"))
        if first is not None:
            return (first - 2) % 12 + 1
    glossed = (
        _FISCAL_FIRST_GLOSS.search(body)
        or _FISCAL_FIRST_MONTH.search(body)
        or _FISCAL_BEGINS.search(body)
    )
    if glossed is not None:
        first = month_number(glossed.group("start"))
        if first is not None:
            return (first - 2) % 12 + 1
    return _written_fiscal_end(body)


# A fiscal year named by one year: "fiscal 1986", "fiscal year 1987" (not "fiscal 1986/87").
_FISCAL_SINGLE = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s?[-/–]\s?\d)", re.IGNORECASE
)
# A fiscal year named by its two calendar years: "FY2022-23", "fiscal year 2022/23".
# The split year may come before the name: "the 2005-06 financial year".
_FY_SPLIT = re.compile(
    r"\b(?:FY\s?|(?:fiscal|financial)\s+(?:year\s+)?)((?:19|20)\d\d)\s?[-/–]\s?(\d\d)\b"
    r"|\b((?:19|20)\d\d)\s?[-/–]\s?(\d\d)\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)


# A split year a sentence dates by no months of its own, whole or its first months:
# "1987/88", "the 2024/25 fiscal year", "the first nine months of the 2024/25 fiscal year".
_UNDATED_SPLIT = re.compile(
    r"(?:the\s+)?(?:first\s+(?:[\w-]+\s+months|half|quarter)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?"
    r"(?P<y1>(?:19|20)\d\d)\s*[-/–]\s*(?P<y2>\d\d)"
    r"(?:(?:\s+[A-Z][a-z]+)?\s+(?:fiscal|financial)\s+year)?",
    re.IGNORECASE,
)
# A split year written bare with a hyphen, which the period reader leaves to a fiscal word
# after it: "$3.3bn in 2003-04".
_BARE_SPLIT = re.compile(r"(?<![\w/–-])(?P<y1>(?:19|20)\d\d)-(?P<y2>\d\d)(?![\w/–-])")
# A fiscal year a part named before it belongs to: "the first nine months (July-March) of the
# current fiscal year 2022-23": the part is the figure's period, the year only its frame.
_PART_OF_YEAR = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:current|this|last|previous|past)\s+)?(?:fiscal|financial)"
    r"\s+year\s+$",
    re.IGNORECASE,
)


# What stands between a period and a split year in brackets that dates it: "July-January (".
_GLOSS_BEFORE = re.compile(r"\s*\(\s*")


def stated_split_years(
    text: str, end_month: int, periods: Sequence[PeriodMention]
) -> list[PeriodMention]:
    """``periods`` with the split years ``text`` leaves undated put on the story's calendar.

    A story that states its fiscal calendar ("the financial year to March 2005", "the
    fiscal year, which begins in July") counts its split years on it: "1987/88" or "the
    2024/25 fiscal year" with no months of their own in the sentence, and their first
    months, run from the month after ``end_month``, whatever the reader's default.

    >>> from diplonews.text.periods import extract_periods
    >>> text = "Exports were $4.5 bln in 1987/88 and $3.3bn in 2003-04."
    >>> [str(m.period) for m in stated_split_years(text, 6, extract_periods(text, None))]
    ['1987-07-01..1988-06-30', '2003-07-01..2004-06-30']
    >>> text = "It earned $2.9 bln in the first nine months of the 2024/25 fiscal year."
    >>> [str(m.period) for m in stated_split_years(text, 6, extract_periods(text, None))]
    ['2024-07-01..2025-03-31']

    A split year in brackets after a period dates that period; it is none of its own:

    >>> text = "Exports were $3 mln in July-January (2023-24)."
    >>> [m.text for m in stated_split_years(text, 6, extract_periods(text, dt.date(2024, 2, 20)))]
    ['July-January']

    A split year whose months the sentence gives keeps them:

    >>> text = "It fell to $2 bln in the 1986/87 fiscal year ended March 31."
    >>> [str(m.period) for m in stated_split_years(text, 6, extract_periods(text, None))]
    ['1986-04-01..1987-03-31']
    """
    if end_month == 12 or not any(c.isdigit() for c in text):
        return list(periods)
    found: list[PeriodMention] = []
    for mention in periods:
        split = _UNDATED_SPLIT.fullmatch(mention.text)
        first_year = int(split.group("y1")) if split is not None else 0
        if split is None or (first_year + 1) % 100 != int(split.group("y2")):
            found.append(mention)
            continue
        old = mention.period
        count = (old.end.year - old.start.year) * 12 + old.end.month - old.start.month + 1
        start = dt.date(first_year, end_month + 1, 1)  # the year opens in the first one
        last = (start.month + count - 2) % 12 + 1
        last_year = start.year + (start.month + count - 2) // 12
        period = Period.months(start.year, start.month, last, last_year=last_year)
        found.append(PeriodMention(mention.start, mention.end, mention.text, period))
    scan = fold_dashes(text)  # "2003–04" with an en dash is the same split year
    if "-" in scan:
        for match in _BARE_SPLIT.finditer(scan):
            first_year = int(match.group("y1"))
            if (
                (first_year + 1) % 100 != int(match.group("y2"))
                or any(p.start < match.end() and match.start() < p.end for p in periods)
                or _PART_OF_YEAR.search(text, max(0, match.start() - 60), match.start())
                # "July-January (2023-24)": a bracket dating the period before it
                or any(_GLOSS_BEFORE.fullmatch(text, p.end, match.start()) for p in periods)
            ):
                continue
            period = Period.months(
                first_year, end_month % 12 + 1, end_month, last_year=first_year + 1
            )
            found.append(
                PeriodMention(match.start(), match.end(), text[match.start() : match.end()], period)
            )
        found.sort(key=lambda p: p.start)
    return found


def framed_parts(text: str, periods: Sequence[PeriodMention]) -> list[PeriodMention]:
    """``periods`` without a fiscal year that only frames a part named before it.

    "the first nine months (July-March) of the current fiscal year 2022-23": the part is
    the figure's period, the year after "of" only says which year it is part of.

    >>> from diplonews.text.periods import extract_periods
    >>> text = "in the first nine months (July-March) of the current fiscal year 2022-23"
    >>> found = extract_periods(text, dt.date(2023, 4, 20), fiscal_end=6)
    >>> [m.text for m in framed_parts(text, found)]
    ['the first nine months', 'July-March']
    """
    return [
        p
        for p in periods
        if not (
            p.period.start.year != p.period.end.year
            and _PART_OF.search(text, max(0, p.start - 30), p.start)
            and any(q.end <= p.start and q.period.end < p.period.end for q in periods)
        )
    ]


def relative_fiscal_years(
    text: str,
    anchor: dt.date | None,
    end_month: int,
    periods: Sequence[PeriodMention],
    story: Period | None = None,
) -> list[PeriodMention]:
    """``periods`` and the fiscal years ``text`` names by their place in time, in order.

    With the article's fiscal calendar (its last month ``end_month``), "the current
    fiscal year" (or "this", "the full") is the one running at ``anchor``, "the last" the
    one before it, "the next" the one after; "9MFY24" the first nine months of the fiscal
    year that ends in 2024. A phrase some period already covers, or that
    a bracket glosses with its own months, is left to that period.

    >>> text = "The deficit may fall to $5 bln in the current fiscal year."
    >>> found = relative_fiscal_years(text, dt.date(1987, 3, 26), 3, [])
    >>> [(m.text, str(m.period)) for m in found]
    [('the current fiscal year', '1986-04-01..1987-03-31')]

    A shorthand for a fiscal year's first months or half counts them from its start:

    >>> found = relative_fiscal_years("Exports rose in 9MFY24.", dt.date(2024, 4, 18), 6, [])
    >>> [(m.text, str(m.period)) for m in found]
    [('9MFY24', '2023-07-01..2024-03-31')]

    A fiscal year named by its two calendar years runs from the first to the second:

    >>> found = relative_fiscal_years("It was $5m in FY2022-23.", dt.date(2024, 4, 18), 6, [])
    >>> [(m.text, str(m.period)) for m in found]
    [('FY2022-23', '2022-07-01..2023-06-30')]
    >>> found = relative_fiscal_years("It was $5m in FY24.", dt.date(2024, 8, 18), 6, [])
    >>> [(m.text, str(m.period)) for m in found]
    [('FY24', '2023-07-01..2024-06-30')]

    A fiscal year called by one year is called by the calendar year holding most of its
    months: an April-March year by the year it starts in, a July-June one by its end:

    >>> [str(m.period) for m in relative_fiscal_years("in fiscal 1986", dt.date(1987, 4, 1), 3, [])]
    ['1986-04-01..1987-03-31']
    >>> [str(m.period) for m in relative_fiscal_years("in fiscal 1990", dt.date(1991, 8, 1), 6, [])]
    ['1989-07-01..1990-06-30']

    "The previous fiscal year" after a fiscal year the sentence named is the one before it:

    >>> text = "It was $5m in FY2020-21 against $4m in the previous fiscal year."
    >>> [str(m.period) for m in relative_fiscal_years(text, dt.date(2022, 8, 1), 6, [])]
    ['2020-07-01..2021-06-30', '2019-07-01..2020-06-30']

    With none in the sentence, the one before the fiscal year of the story's last figure
    (``story``):

    >>> text = "In the previous fiscal year, it shipped $4m."
    >>> told = Period.months(2022, 7, 6, last_year=2023)
    >>> [str(m.period) for m in relative_fiscal_years(text, dt.date(2023, 7, 20), 6, [], told)]
    ['2021-07-01..2022-06-30']
    """
    if anchor is None or ("iscal" not in text and "inancial" not in text and "FY" not in text):
        return list(periods)
    added: list[PeriodMention] = []
    for match in _FY_SPLIT.finditer(text):
        # "FY2022-23": the fiscal year from the first year to the second.
        first_year = int(match.group(1) or match.group(3))
        if (first_year + 1) % 100 != int(match.group(2) or match.group(4)) or end_month == 12:
            continue
        if any(p.start < match.end() and match.start() < p.end for p in periods):
            continue
        if _PART_OF.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the first nine months (...) of the current fiscal year 2022-23": a part
        period = Period.months(first_year, end_month + 1, end_month, last_year=first_year + 1)
        added.append(PeriodMention(match.start(), match.end(), match.group(), period))
    for match in _FISCAL_SINGLE.finditer(text):
        # "fiscal 1986": a fiscal year called by one year is called by the calendar year
        # that holds most of its months (Japan's fiscal 1986 ran from April 1986 to March
        # 1987; the US fiscal 1987 ran from October 1986 to September 1987).
        if any(p.start < match.end() and match.start() < p.end for p in periods):
            continue
        if _PART_OF.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the first nine months of fiscal 1986": a part, not the year
        period = fiscal_year_called(int(match.group("year")), end_month)
        added.append(PeriodMention(match.start(), match.end(), match.group(), period))
    if "FY" in text:
        # "9MFY24", "1HFY24": the first months of the fiscal year that ends in 2024.
        for match in _FY_PART.finditer(text):
            if any(p.start < match.end() and match.start() < p.end for p in periods):
                continue
            last_year = 2000 + int(match.group("year")) if len(match.group("year")) == 2 else 0
            last_year = last_year or int(match.group("year"))
            count = int(match.group("n")) * (6 if match.group("unit") == "H" else 1)
            first_year = last_year - 1 if end_month != 12 else last_year
            if not 1 <= count <= 12:
                continue
            start = Period.months(first_year, end_month % 12 + 1, end_month % 12 + 1).start
            months_end = (end_month + count - 1) % 12 + 1
            end_year = start.year + (end_month % 12 + count - 1) // 12
            period = Period.months(start.year, start.month, months_end, last_year=end_year)
            added.append(PeriodMention(match.start(), match.end(), match.group(), period))
        for match in _FY_WHOLE.finditer(text):
            if end_month == 12 or any(
                p.start < match.end() and match.start() < p.end for p in periods
            ):
                continue
            if any(_MONTHS_OF.fullmatch(text, p.end, match.start()) for p in periods):
                continue  # "July-March of FY24": the months before it are the period
            last_year = int(match.group("year"))
            last_year += 2000 if last_year < 100 else 0
            period = Period.months(last_year - 1, end_month + 1, end_month, last_year=last_year)
            added.append(PeriodMention(match.start(), match.end(), match.group(), period))
    for match in _RELATIVE_FISCAL.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in periods):
            continue
        if text.startswith("(", match.end()) or text.startswith(" (", match.end()):
            continue  # "the current fiscal year (July-December 2023)": the bracket's months
        if _LATER_PART.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the first half of the current fiscal year": a part, not the year
        first_year = anchor.year if anchor.month > end_month else anchor.year - 1
        rel = match.group("rel").casefold()
        aside = False
        named = [
            p.period
            for p in [*periods, *added]
            if p.end <= match.start()
            and p.period.end.month == end_month != 12
            and p.period.start.month == end_month + 1
            and p.period.end.year == p.period.start.year + 1
        ]
        if (
            not named
            and story is not None
            and story.end.month == end_month != 12
            and story.start.month == end_month % 12 + 1
            and story.end.year == story.start.year + 1
        ):
            named = [story]  # "In the previous fiscal year, ..." after a fiscal year's figure
            aside = True  # a look back: the story's year stays its frame
        if rel in ("previous", "preceding") and named:
            # "X in fiscal year 2021-22 against Y in the previous fiscal year": the year
            # before the one the sentence named, not before the one running at publication.
            first_year = named[-1].start.year
        first_year += _SHIFTS.get(rel, 0)
        if end_month == 12:
            period = Period.year(first_year + 1)
        else:
            period = Period.months(first_year, end_month + 1, end_month, last_year=first_year + 1)
        added.append(PeriodMention(match.start(), match.end(), match.group(), period, aside))
    if not added:
        return list(periods)
    return sorted([*periods, *added], key=lambda p: p.start)
