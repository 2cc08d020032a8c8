"""Which articles' records change when their dates and amounts are written another way.

    .venv/bin/python benchmarks/number_date_invariance.py [--jobs N] [--show N] [TRANSFORM ...]

Run from the repository root. A sibling of ``typography_invariance.py``, whose reading of
the visible sets, extraction and comparison of records it reuses: here each variant
rewrites how a date or a figure is written, never what it says (month names abbreviated
or in full, ordinal days, day-month or month-day order, weekday names with a date, "per
cent" / "percent" / "pct" / "%", the dollar written "US$", "USD" or "dollars", the
multiplier written "bn", "bln", "mln" or "m", thousands grouped with commas, spaces or
nothing, an amount before its noun written as one hyphenated adjective: "a $10-billion
deal", "a 59-billion-dlr surplus" for "a surplus of 59 billion dlrs", the regional wires'
decimal comma, "$2,1 billion" and "12,5%", a space after the sign, "$ 1.2 billion", thousands
as a word, "450 thousand dollars", and "bln"/"mln" before a currency word), and it prints, per
variant, the articles whose records change. ``amount_moved`` moves the amount before its
noun without hyphens ("a 59 billion dlr surplus"): what ``compound_moved`` changes beyond it
is the hyphens' doing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import typography_invariance as base

Text = base.Text

# ------------------------------------------------------------------ months and days
_FULL = list(calendar.month_name)[1:]  # English: the benchmark never sets a locale
_AP = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept."}
_AP |= {"October": "Oct.", "November": "Nov.", "December": "Dec."}
_MONTHS = "|".join(_FULL)
_MONTH = f"(?P<mon>{_MONTHS})"
_DAY = r"(?P<day>[123]?\d)(?![\d,.]\d|:)"  # a day, not "5,000" or "5:30"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# "March 3" / "March 3, 2024" and "3 March" / "3 March 2024": a month beside its day.
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?(?=\W|$)")
_DMY = re.compile(rf"(?<![\d,.])\b{_DAY}\s+{_MONTH}\b(?:,?\s+{_YEAR})?")
_DATED_MONTH = re.compile(rf"\b(?:{_MONTHS})(?=\s+[123]?\d\b)|(?<=\d )\b(?:{_MONTHS})\b")
_ABBREVIATED = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")


def _ap_months(text: str) -> str:
    """AP style: a month with its day loses its tail ("Jan. 5", "Sept. 30")."""
    return _DATED_MONTH.sub(lambda m: _AP.get(m.group(), m.group()), text)


def _short_months(text: str) -> str:
    """Wire style: "5 Sep", "Mar 3" (three letters, no stop) beside a day."""
    return _DATED_MONTH.sub(lambda m: m.group()[:3], text)


def _full_months(text: str) -> str:
    """Abbreviations beside a day written in full ("Sept. 30" -> "September 30")."""
    full = {name[:3]: name for name in _FULL} | {"Sept": "September"}

    def one(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 4]
        before = text[max(0, match.start() - 4) : match.start()]
        if re.match(r"\s+\d", after) or re.search(r"\d\s+$", before):
            return full[match.group(1)]
        return match.group()

    return _ABBREVIATED.sub(one, text)


# A dateline ("BAKU, Azerbaijan, May 27 -") keeps its wire form: the variants rewrite prose.
_DATELINE = re.compile(
    r"(?:^|\n)(?:[A-Z][A-Z .'-]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?),(?: [A-Z][A-Za-z ]+,)? $"
)


def _plain_date(text: str, match: re.Match[str]) -> bool:
    """A date told in prose: not in a dateline, not an end of a range ("23-24 May")."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 12]
    return not (
        _DATELINE.search(before)
        or re.search(r"[-–—]\s*$", before)
        or re.match(r"\s*[-–—]|\s+(?:to|and|through|until|till)\s+\d", after)
    )


def _prose(rewrite: Callable[[re.Match[str]], str], text: str) -> Callable[[re.Match[str]], str]:
    return lambda match: rewrite(match) if _plain_date(text, match) else match.group()


def _suffix(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _ordinals(text: str) -> str:
    """ "March 3" -> "March 3rd", "3 March" -> "3rd March"."""
    text = _MDY.sub(
        _prose(
            lambda m: m.group().replace(
                m.group("day"), m.group("day") + _suffix(int(m.group("day"))), 1
            ),
            text,
        ),
        text,
    )
    return _DMY.sub(
        _prose(
            lambda m: (
                m.group("day") + _suffix(int(m.group("day"))) + m.group()[len(m.group("day")) :]
            ),
            text,
        ),
        text,
    )


def _the_of(text: str) -> str:
    """ "3 March" / "March 3" -> "the 3rd of March" (only where no "the" stands before)."""

    def one(match: re.Match[str]) -> str:
        if text[max(0, match.start() - 4) : match.start()].lower() == "the ":
            return match.group()
        day = int(match.group("day"))
        year = f" {match.group('year')}" if match.group("year") else ""
        return f"the {day}{_suffix(day)} of {match.group('mon')}{year}"

    text = _MDY.sub(_prose(one, text), text)
    return _DMY.sub(_prose(one, text), text)


def _to_mdy(text: str) -> str:
    """ "3 March 2024" -> "March 3, 2024"; "3 March" -> "March 3"."""

    def one(match: re.Match[str]) -> str:
        year = f", {match.group('year')}" if match.group("year") else ""
        return f"{match.group('mon')} {int(match.group('day'))}{year}"

    return _DMY.sub(_prose(one, text), text)


def _to_dmy(text: str) -> str:
    """ "March 3, 2024" -> "3 March 2024"; "March 3" -> "3 March"."""

    def one(match: re.Match[str]) -> str:
        year = f" {match.group('year')}" if match.group("year") else ""
        return f"{int(match.group('day'))} {match.group('mon')}{year}"

    return _MDY.sub(_prose(one, text), text)


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD = "(?:" + "|".join(_WEEKDAYS) + ")"
_WD_DATE = re.compile(
    rf"\b{_WD},?\s+(?=(?:the\s+)?[123]?\d(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d)"
)


def _drop_weekday(text: str) -> str:
    """ "on Tuesday, March 5" -> "on March 5"."""
    return _WD_DATE.sub("", text)


def _add_weekday(text: str) -> str:
    """ "on March 5, 2024" -> "on Tuesday, March 5, 2024" (only where the year is told)."""

    def one(match: re.Match[str]) -> str:
        if not match.group("year") or re.search(rf"{_WD},?\s+$", text[: match.start()]):
            return match.group()
        try:
            day = dt.date(
                int(match.group("year")),
                _FULL.index(match.group("mon")) + 1,
                int(match.group("day")),
            )
        except ValueError:
            return match.group()
        return f"{_WEEKDAYS[day.weekday()]}, {match.group()}"

    return _MDY.sub(one, text)


# ------------------------------------------------------------------ per cent
_PERCENT = re.compile(r"(?<=\d)(?:\s?%|\s+per\s?cent\b|\s+pct\b)")


def _percent(form: str) -> Callable[[str], str]:
    return lambda text: _PERCENT.sub(form, text)


# ------------------------------------------------------------------ dollars and multipliers
# "$1.2 billion": a bare dollar sign before a figure (not "A$", "HK$", "US$").
_DOLLAR = re.compile(r"(?<![A-Za-z$])\$\s?(?=\d)")
_DOLLAR_AMOUNT = re.compile(
    r"(?<![A-Za-z$])\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<mult>\s?(?:trillion|billion|million|thousand|bn|bln|mln|m)\b)?"
)


def _us_dollar(text: str) -> str:
    return _DOLLAR.sub("US$", text)


def _usd(text: str) -> str:
    return _DOLLAR.sub("USD ", text)


def _dollars_word(text: str) -> str:
    """ "$1.2 billion" -> "1.2 billion US dollars"."""

    def one(match: re.Match[str]) -> str:
        mult = match.group("mult") or ""
        return f"{match.group('num')}{mult} US dollars"

    return _DOLLAR_AMOUNT.sub(one, text)


_AMOUNT_MULT = re.compile(
    r"(?<=\d)\s(?P<mult>billion|million)\b(?!\s+(?:people|tons|tonnes|barrels|residents))"
)


def _mults(billion: str, million: str) -> Callable[[str], str]:
    """ "1.2 billion" -> "1.2bn" / "1.2 bln"; only after a currency-signed figure."""
    signed = re.compile(
        r"(?P<lead>(?:US\$|[$€£¥]|\b(?:USD|EUR|GBP)\s?)\d[\d,]*(?:\.\d+)?)\s(?P<mult>billion|million)\b"
    )

    def rewrite(text: str) -> str:
        return signed.sub(
            lambda m: m.group("lead") + (billion if m.group("mult") == "billion" else million), text
        )

    return rewrite


# ------------------------------------------------------------------ thousands
# Thousands grouped by commas, not before a multiplier: "$1,117 billion" is 1.117 billion as
# regional wires write a decimal comma, and reads as such.
_GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)(?!\s*(?:trillion|billion|million|bln|mln|bn|mn)\b)"
)


def _groups(sep: str) -> Callable[[str], str]:
    return lambda text: _GROUPED.sub(lambda m: m.group().replace(",", sep), text)


# ------------------------------------------------------------------ compound adjectives
# An amount before its noun, written as one hyphenated adjective: "a $10-billion deal", "a
# 59-billion-dlr surplus", "a 3.5-billion-euro loan" (the currency word in the singular).
_COMPOUND_MULT = r"(?P<mult>trillion|billion|million|thousand|bln|mln)"
_SINGULAR = {"dlrs": "dlr", "dollars": "dollar", "euros": "euro", "yen": "yen", "marks": "mark"}
_SINGULAR |= {"francs": "franc", "rupees": "rupee", "roubles": "rouble", "rubles": "ruble"}
_SINGULAR |= {"yuan": "yuan", "manat": "manat", "lari": "lari", "tenge": "tenge", "stg": "stg"}
_SINGULAR |= {"riyals": "riyal", "dirhams": "dirham", "pounds": "pound", "liras": "lira"}
_COMPOUND_WORDS = "|".join(sorted(_SINGULAR, key=len, reverse=True))
# A figure with its currency: signed ("$10 billion", "US$3.5 million") or worded ("59 billion
# dlrs", "102.2 mln dlrs", "3.5 billion euros"), never inside another figure or a range.
_COMPOUND_AMOUNT = (
    r"(?<![\w.,$-])(?:(?P<sign>US\$|\$|€|£)(?P<snum>\d[\d,]*(?:\.\d+)?)\s"
    + _COMPOUND_MULT
    + r"|(?P<wnum>\d[\d,]*(?:\.\d+)?)\s(?P<wmult>trillion|billion|million|bln|mln)\s"
    + rf"(?P<cur>{_COMPOUND_WORDS}))\b(?!-)"
)
# The nouns an amount qualifies in news of trade, deals and aid (with their modifiers).
_COMPOUND_NOUN = (
    r"(?:(?:annual|monthly|record|trade|current\s+account|bilateral|two-way)\s+)*"
    r"(?:surplus|deficit|shortfall|gap|loan|deal|contract|credit|package|target|investment"
    r"|turnover|volume|agreement|project|programme|program|fund|facility|aid|grant|order"
    r"|purchase|plan|pipeline|bailout|debt|budget|mark|goal|trade)\b"
)
_AMOUNT_BEFORE_NOUN = re.compile(rf"{_COMPOUND_AMOUNT}(?=\s+{_COMPOUND_NOUN})")
_NOUN_OF_AMOUNT = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<noun>{_COMPOUND_NOUN})\s+of\s+"
    rf"{_COMPOUND_AMOUNT}(?=[\s,.;:)]|$)"
)


def _compound(match: re.Match[str], join: str = "-") -> str:
    """ "$10 billion" -> "$10-billion"; "59 billion dlrs" -> "59-billion-dlr"."""
    if match.group("sign"):
        return f"{match.group('sign')}{match.group('snum')}{join}{match.group('mult')}"
    cur = _SINGULAR[match.group("cur").lower()]
    return f"{match.group('wnum')}{join}{match.group('wmult')}{join}{cur}"


def _compound_in_place(text: str) -> str:
    """An amount already before its noun, hyphenated: "a $10 billion deal" -> "a $10-billion
    deal"."""
    return _AMOUNT_BEFORE_NOUN.sub(_compound, text)


def _moved(join: str) -> Callable[[str], str]:
    """ "a surplus of 59 billion dlrs" -> "a 59-billion-dlr surplus" (the amount before its noun).

    With a space for ``join``, the amount moves without becoming one word ("a 59 billion dlr
    surplus"): what that variant changes is the move's doing, not the hyphens'.
    """
    return lambda text: _NOUN_OF_AMOUNT.sub(lambda m: _move(m, join), text)


def _move(match: re.Match[str], join: str) -> str:
    """One noun and its amount, the amount moved before it ("an 18-", "an 8-": the sound)."""
    amount = _compound(match, join)
    det = match.group("det")
    if det.lower() in ("a", "an"):
        digits = amount.lstrip("US$€£")
        vowel = digits.startswith("8") or re.match(r"1[18](?:\D|$)", digits)
        det = det[0] + ("n" if vowel else "")
    return f"{det} {amount} {match.group('noun')}"


# ------------------------------------------------------------------ regional conventions
# Wires of the former Soviet states and their neighbours write a decimal comma ("$2,1 billion",
# "$1,481 billion"), a space after the sign ("$ 1.2 billion"), thousands as a word ("450
# thousand dollars") and "mln"/"bln" before a currency word ("1.2 bln dollars").
# The figure's multiplier or percent right after it.
_BEFORE_MULT = (
    r"(?=\s?(?:trillion|billion|million|thousand|bln|mln|bn|mn)\b|\s?%|\s(?:per\s?cent|pct)\b)"
)


def _decimal_comma(places: str) -> Callable[[str], str]:
    """ "$2.1 billion" -> "$2,1 billion", "20.2%" -> "20,2%": ``places`` digits after the point."""
    point = re.compile(rf"(?<![\d,.])(\d{{1,3}})\.(\d{{{places}}}){_BEFORE_MULT}")
    return lambda text: point.sub(r"\1,\2", text)


_SIGNED = re.compile(r"(?<![A-Za-z$])(US\$|\$|€|£)(?=\d)")


def _sign_space(text: str) -> str:
    """ "$1.2 billion" -> "$ 1.2 billion"."""
    return _SIGNED.sub(r"\1 ", text)


_CURRENCY_WORDS = (
    r"(?:US\s+|U\.S\.\s+)?(?:dollars|dlrs|euros|manat|rubles|roubles|tenge|lari|yuan)\b"
)
_WHOLE_THOUSANDS = re.compile(
    rf"(?:(?<=US\$)|(?<=[$€£]))(?P<num>\d{{1,3}}(?:,\d{{3}})*),000(?!\d|[,.]\d)(?!\s?(?:trillion|billion|million|bln|mln)\b)"
    rf"|(?<![\d,.$])(?P<wnum>\d{{1,3}}(?:,\d{{3}})*),000(?=\s+{_CURRENCY_WORDS})"
)


def _thousand_word(text: str) -> str:
    """ "$450,000" -> "$450 thousand"; "12,000 dollars" -> "12 thousand dollars"."""
    return _WHOLE_THOUSANDS.sub(lambda m: f"{m.group('num') or m.group('wnum')} thousand", text)


_WORDED_MULT = re.compile(rf"(?<=\d)\s(?P<mult>billion|million)\s(?={_CURRENCY_WORDS})")


def _worded_short(text: str) -> str:
    """ "1.2 billion dollars" -> "1.2 bln dollars" (a currency word, no sign)."""
    return _WORDED_MULT.sub(lambda m: " bln " if m.group("mult") == "billion" else " mln ", text)


VARIANTS: dict[str, Callable[[str, str], Text]] = {
    "months_ap": base._both(_ap_months),
    "months_short": base._both(_short_months),
    "months_full": base._both(_full_months),
    "ordinal_days": base._both(_ordinals),
    "the_nth_of": base._both(_the_of),
    "day_month_to_mdy": base._both(_to_mdy),
    "month_day_to_dmy": base._both(_to_dmy),
    "weekday_dropped": base._both(_drop_weekday),
    "weekday_added": base._both(_add_weekday),
    "per_cent": base._both(_percent(" per cent")),
    "percent": base._both(_percent(" percent")),
    "pct": base._both(_percent(" pct")),
    "percent_sign": base._both(_percent("%")),
    "US$": base._both(_us_dollar),
    "USD_code": base._both(_usd),
    "dollars_word": base._both(_dollars_word),
    "bn_m": base._both(_mults("bn", "m")),
    "bln_mln": base._both(_mults(" bln", " mln")),
    "thousands_plain": base._both(_groups("")),
    "thousands_space": base._both(_groups(" ")),
    "compound_in_place": base._both(_compound_in_place),
    "compound_moved": base._both(_moved("-")),
    "amount_moved": base._both(_moved(" ")),
    "decimal_comma": base._both(_decimal_comma("1,2")),
    "decimal_comma_3": base._both(_decimal_comma("3")),
    "sign_space": base._both(_sign_space),
    "thousand_word": base._both(_thousand_word),
    "bln_mln_worded": base._both(_worded_short),
}


def main() -> None:
    """The typography benchmark's run, over these variants."""
    base.VARIANTS.clear()
    base.VARIANTS.update(VARIANTS)
    base.main()


if __name__ == "__main__":
    main()
