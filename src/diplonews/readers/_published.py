"""Publication dates as scrapers and archives write them.

The date kept is the calendar date *as written*, in the source's own time
zone: ``2021-11-19 16:27:51-05:00`` is 19 November 2021, even though it was
already the 20th in UTC. Only Unix timestamps, which carry no zone, are read
as UTC.
"""

from __future__ import annotations

import datetime as dt

from diplonews import _regex as re
from diplonews.errors import DateParseError

__all__ = ["parse_published"]

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}

# Tried first, most reliable first: each pattern reads only the leading date and
# ignores the time, zone and any trailing junk after it.
_ISO_PREFIX = re.compile(
    r"""
    (?P<year>\d{4}) - (?P<month>\d{2}) - (?P<day>\d{2})   # 2025-06-02, 2021-11-19 ...
    (?= $ | [T\s] )                                       # then the end, a 'T' or a space
    """,
    re.VERBOSE,
)
_ARCHIVE_PREFIX = re.compile(
    r"""
    (?P<day>\d{1,2}) - (?P<month>[A-Za-z]{3}) - (?P<year>\d{4})   # 26-FEB-1987 (Reuters SGML)
    (?= $ | \s )                                                  # then the end or the time
    """,
    re.VERBOSE,
)
_UNIX_SECONDS = re.compile(
    r"""
    -? \d{9,11}        # seconds since 1970 (9 to 11 digits: years 1973 to 5138)
    (?: \. \d+ )?      # optional fraction
    \Z
    """,
    re.VERBOSE,
)
_ZONE_NOTE = re.compile(
    r"""
    \s* \( \s* (?: UTC | GMT ) [^)]* \) \s* \Z   # a trailing '(UTC+04:00)' note (AzerNews pages)
    """,
    re.VERBOSE,
)

# A whole value "21 July 2025" or "21 Jul 2025 14:01" (once a zone note is cut): read here
# as dateutil reads it (a month name or its first three letters, in any case; a time of
# day that exists), so that the common shape costs no import of dateutil's parser. A value
# of any other shape, or not a date of the calendar, goes to dateutil (the same date, or
# the same error).
_DAY_MONTH_YEAR = re.compile(
    r"""
    (?P<day>\d{1,2}) \  (?P<month>[A-Za-z]{3,9}) \  (?P<year>[12]\d{3})
    (?: \  (?:[01]?\d|2[0-3]) : [0-5]\d (?: : [0-5]\d )? )?   # 14:01, 9:05:30
    \Z
    """,
    re.VERBOSE,
)
_MONTH_NAMES = {
    name: number
    for number, name in enumerate(
        (
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        ),
        1,
    )
} | _MONTHS  # fmt: skip

# Two defaults that differ in every field: a field dateutil filled in from the
# default (because the text lacks it) comes out different between the two runs.
_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 2)

_EXPECTED = "expected a publication date (a date with day, month and year, or Unix seconds)"


def _date(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise DateParseError(f"{_EXPECTED}: {error}", text=text) from None


def parse_published(value: str | int | float | None) -> dt.date | None:
    """Read the date of publication from a scraped or archived date value.

    Args:
        value: The date as the source gives it: an ISO 8601 date or
            timestamp, a date with a month name (``21 July 2025 14:01
            (UTC+04:00)``), a Reuters archive date (``26-FEB-1987
            15:01:01.79``, trailing junk after the time allowed), or Unix
            seconds as a number or a string.

    Returns:
        The calendar date as written in the source's own time zone (Unix
        seconds are read as UTC), or ``None`` when ``value`` is ``None`` or
        blank.

    Raises:
        DateParseError: When ``value`` is not a date, or lacks the day, month
            or year.

    >>> parse_published("2021-11-19 16:27:51-05:00")
    datetime.date(2021, 11, 19)
    >>> parse_published("26-FEB-1987 15:01:01.80A"), parse_published(1475711740)
    (datetime.date(1987, 2, 26), datetime.date(2016, 10, 5))
    >>> parse_published("") is None
    True
    >>> parse_published("last week")
    Traceback (most recent call last):
      ...
    diplonews.errors.DateParseError: expected a publication date (a date with day, month and year,
    or Unix seconds)
        last week
        ~~~~~~~~^

    .. versionadded:: 0.1.0
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DateParseError(_EXPECTED, text=repr(value))
    if not isinstance(value, str):
        return _from_number(value)
    text = value.strip()
    if not text:
        return None
    if _UNIX_SECONDS.match(text):
        return _from_timestamp(text, float(text))
    match = _ISO_PREFIX.match(text)
    if match:
        return _date(text, int(match["year"]), int(match["month"]), int(match["day"]))
    match = _ARCHIVE_PREFIX.match(text)
    if match and match["month"].lower() in _MONTHS:
        return _date(text, int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"]))
    return _day_month_year(text) or _parse_free(text)


def _day_month_year(text: str) -> dt.date | None:
    """The date of a value shaped as :data:`_DAY_MONTH_YEAR`; None for another or no date."""
    match = _DAY_MONTH_YEAR.match(_ZONE_NOTE.sub("", text))
    if match is None:
        return None
    month = _MONTH_NAMES.get(match["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None  # not a day of that month: dateutil tells why


def _from_number(value: int | float) -> dt.date:
    """Unix seconds given as a number; one too large for a float or for text is out of range."""
    try:
        seconds = float(value)
    except OverflowError:
        raise DateParseError(
            f"{_EXPECTED}: timestamp out of range",
            text="<an integer too large to show>",
        ) from None
    return _from_timestamp(repr(value) if isinstance(value, float) else f"{value:d}", seconds)


def _from_timestamp(text: str, seconds: float) -> dt.date:
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        raise DateParseError(f"{_EXPECTED}: timestamp out of range", text=text) from None


def _parse_free(text: str) -> dt.date:
    """Read a date written with a month name or numbers via dateutil; all three parts required."""
    # Imported here: dateutil's parser costs a tenth of the start-up, and the dates of most
    # records are read by the patterns above.
    from dateutil import parser as dateutil_parser  # noqa: PLC0415

    cleaned = _ZONE_NOTE.sub("", text)
    try:
        first = dateutil_parser.parse(cleaned, default=_DEFAULT_A, ignoretz=True)
        second = dateutil_parser.parse(cleaned, default=_DEFAULT_B, ignoretz=True)
    except (dateutil_parser.ParserError, OverflowError, ValueError):
        raise DateParseError(_EXPECTED, text=text) from None
    if first.date() != second.date():
        raise DateParseError(f"{_EXPECTED}: the day, month or year is missing", text=text)
    return first.date()
