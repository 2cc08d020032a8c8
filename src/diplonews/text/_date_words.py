"""English time vocabulary: month and weekday names, number words.

The names are written out here, for the regular expressions compiled at
import time; ``gazetteer/data/time_words.json`` holds the same words (and
number words, ordinals, seasons) for lookups, read once on first use. A test
checks that both agree.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType

from diplonews import _regex as re

__all__ = [
    "CLAUSE_STOP",
    "DAY_BEFORE_MONTH",
    "DAY_OF_MONTH_PATTERN",
    "FULL_MONTHS",
    "MONTH_DOT_BEFORE_DAY",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "month_number",
    "number_word",
    "time_words",
    "weekday_number",
]

FULL_MONTHS = [
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _alternation(words: list[str]) -> str:
    """``Word|WORD`` for each word: news capitalises months, headlines shout them."""
    return "|".join(form for word in words for form in (word, word.upper()))


# Regex source matching a month name or abbreviation (documented as dates.MONTH_PATTERN).
MONTH_PATTERN = (
    rf"\b(?:(?:{_alternation(FULL_MONTHS)})\b"  # a full name, whole word
    rf"|(?:{_alternation(_MONTH_ABBREVIATIONS)})(?:\.|\b))"  # an abbreviation, maybe "Jan."
)

# Regex source matching a day written before its month, up to the month (documented as
# dates.DAY_BEFORE_MONTH): "28 ", "28th ", "the 28th of " in "the 28th of May".
DAY_BEFORE_MONTH = r"(?:\b[Tt]he\s+)?(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"

# Regex source matching a day with its month in each order outlets write it (documented as
# dates.DAY_OF_MONTH_PATTERN): "May 28", "May 28th", "Oct. 18", "28 May", "28th May",
# "the 28th of May"; the day takes no further digit ("May 2024" is no day).
DAY_OF_MONTH_PATTERN = (
    rf"(?:(?:{MONTH_PATTERN})\s*\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])"
    rf"|{DAY_BEFORE_MONTH}(?:{MONTH_PATTERN}))"
)

# Regex source (documented as dates.MONTH_DOT_BEFORE_DAY), a lookahead to put before a full
# stop: it fails where the stop closes a month's abbreviation before its day ("Oct. 18",
# "Sept. 3"), which ends no sentence or clause. (A lookbehind per abbreviation: each is of
# fixed width.)
MONTH_DOT_BEFORE_DAY = (
    "(?!(?:"
    + "|".join(rf"(?<=\b{form})" for word in _MONTH_ABBREVIATIONS for form in (word, word.upper()))
    + r")\.\s+\d)"
)

# Regex source (documented as dates.CLAUSE_STOP) matching a full stop that ends a sentence or a
# clause: any "." but the one closing a month's abbreviation before its day ("Oct. 18", "Sept.
# 3"); "in Oct. The" and "in October. The" end a sentence. The one definition the extractors'
# clause and sentence ends share; each puts its own other stops (";", ":", "!", quotes,
# newlines) and guards (an initial's "U.S.") around it.
CLAUSE_STOP = MONTH_DOT_BEFORE_DAY + r"\."

# Regex source matching a weekday name (documented as dates.WEEKDAY_PATTERN).
WEEKDAY_PATTERN = rf"\b(?:{_alternation(WEEKDAYS)})\b"


@functools.cache
def time_words() -> Mapping[str, Mapping[str, int]]:
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
    words = time_words()
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
    words = time_words()
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
    words = time_words()
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
