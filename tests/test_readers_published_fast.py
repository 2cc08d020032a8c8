"""Dates shaped "21 July 2025 14:01" are read without dateutil, as dateutil reads them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.errors import DateParseError
from diplonews.readers import _published


def _by_dateutil(text: str) -> dt.date | str:
    """What the dateutil path gives: the date, or the error's message."""
    try:
        return _published._parse_free(text)
    except DateParseError as error:
        return str(error)


def _by_parse(text: str) -> dt.date | str:
    try:
        result = _published.parse_published(text)
    except DateParseError as error:
        return str(error)
    assert result is not None
    return result


_MONTHS = [
    "January", "july", "SEPTEMBER", "Sep", "sept", "Sept.", "Mai", "Dec", "dEc", "Julyy", "Ju",
]  # fmt: skip
_TIMES = ["", " 14:01", " 9:05", " 09:05:59", " 23:59", " 24:00", " 12:60", " 7:5", " 10:00:60"]
_NOTES = ["", " (UTC+04:00)", " (GMT)", "  (UTC-3)", " EST", " junk"]


@settings(max_examples=400, deadline=None)
@given(
    st.integers(-1, 40),
    st.sampled_from(_MONTHS),
    st.integers(990, 3100),
    st.tuples(st.sampled_from(_TIMES), st.sampled_from(_NOTES), st.sampled_from([" ", "  "])),
)
def test_the_same_date_or_error_as_dateutil(
    day: int, month: str, year: int, rest: tuple[str, str, str]
) -> None:
    """Valid and invalid days, month names and not names, times that exist and not."""
    time, note, space = rest
    text = f"{day}{space}{month} {year}{time}{note}"
    assert _by_parse(text) == _by_dateutil(text)


def test_rows() -> None:
    """Each kind the fast path takes, and two it leaves to dateutil."""
    rows = {
        "5 May 2023": dt.date(2023, 5, 5),
        "30 Nov 2019 08:15 (UTC+03:00)": dt.date(2019, 11, 30),
        "07 february 2020 16:40:02": dt.date(2020, 2, 7),
        "31 April 2024": _by_dateutil("31 April 2024"),  # no such day: dateutil's error
        "1 Sept 2022": dt.date(2022, 9, 1),  # not a name the fast path knows: dateutil
    }
    for text, want in rows.items():
        assert _by_parse(text) == want
    assert _published._day_month_year("5 May 2023") == dt.date(2023, 5, 5)
    assert _published._day_month_year("1 Sept 2022") is None
