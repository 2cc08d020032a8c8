"""Tests for diplonews.readers.parse_published (publication dates as sources write them)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.errors import DateParseError
from diplonews.readers import parse_published

# One row per date shape seen in scraper and archive data (values made up, shapes real).
SHAPES: list[tuple[str | int | float | None, dt.date | None]] = [
    ("21 July 2025 14:01 (UTC+04:00)", dt.date(2025, 7, 21)),  # AzerNews page timestamp
    ("26-FEB-1987 15:01:01.79", dt.date(1987, 2, 26)),  # Reuters SGML
    ("26-FEB-1987 15:01:01.80A", dt.date(1987, 2, 26)),  # ... with trailing junk
    ("3-MAR-1987 09:12:44.62T C", dt.date(1987, 3, 3)),  # ... with more junk
    ("2025-06-02T00:00:00+03:00", dt.date(2025, 6, 2)),  # ISO timestamp with offset
    ("2021-11-19 16:27:51-05:00", dt.date(2021, 11, 19)),  # not converted to UTC (the 20th)
    ("2019-04-06 13:32:31 -0500", dt.date(2019, 4, 6)),  # RFC-ish offset
    ("2021-09-15", dt.date(2021, 9, 15)),  # a bare ISO date
    ("1475711740", dt.date(2016, 10, 5)),  # Unix seconds as text, read as UTC
    (1475711740, dt.date(2016, 10, 5)),  # ... as an int
    (1475711740.5, dt.date(2016, 10, 5)),  # ... as a float
    ("  March 3, 2024  ", dt.date(2024, 3, 3)),  # a US-style date, padded
    ("3 March 2024 10:00 EST", dt.date(2024, 3, 3)),  # a zone name is ignored
    (None, None),
    ("", None),
    ("   ", None),
]

# Each row: input, then the full message of the error it raises.
ERRORS: list[tuple[object, str]] = [
    (
        "last week",
        "expected a publication date (a date with day, month and year, or Unix seconds)\n"
        "    last week\n"
        "    ~~~~~~~~^",
    ),
    (
        "July 2025",
        "expected a publication date (a date with day, month and year, or Unix seconds):"
        " the day, month or year is missing\n"
        "    July 2025\n"
        "    ~~~~~~~~^",
    ),
    (
        "2021-13-01",
        "expected a publication date (a date with day, month and year, or Unix seconds):"
        " month must be in 1..12\n"
        "    2021-13-01\n"
        "    ~~~~~~~~~^",
    ),
    (
        "31-FEB-1987 10:00:00.00",
        "expected a publication date (a date with day, month and year, or Unix seconds):"
        " day is out of range for month\n"
        "    31-FEB-1987 10:00:00.00\n"
        "    ~~~~~~~~~~~~~~~~~~~~~~^",
    ),
    (
        1e20,
        "expected a publication date (a date with day, month and year, or Unix seconds):"
        " timestamp out of range\n"
        "    1e+20\n"
        "    ~~~~^",
    ),
    (
        True,
        "expected a publication date (a date with day, month and year, or Unix seconds)\n"
        "    True\n"
        "    ~~~^",
    ),
]


@pytest.mark.parametrize(("value", "expected"), SHAPES, ids=[repr(v) for v, _ in SHAPES])
def test_shapes(value: str | int | float | None, expected: dt.date | None) -> None:
    """Each known shape gives the calendar date as written in the source."""
    assert parse_published(value) == expected


@pytest.mark.parametrize(("value", "message"), ERRORS, ids=[repr(v) for v, _ in ERRORS])
def test_errors(value: object, message: str) -> None:
    """Garbage raises DateParseError naming what was expected and quoting the text."""
    with pytest.raises(DateParseError) as info:
        parse_published(value)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_error_is_a_value_error() -> None:
    """A caller catching ValueError also catches bad dates."""
    with pytest.raises(ValueError, match="expected a publication date"):
        parse_published("soon")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (10**400, "<an integer too large to show>"),
        (-(10**330), "<an integer too large to show>"),
        (10**20, "100000000000000000000"),
        (float("inf"), "inf"),
        (float("nan"), "nan"),
    ],
    ids=["huge", "huge-negative", "far-future", "inf", "nan"],
)
def test_numbers_out_of_range(value: int | float, text: str) -> None:
    """Unix seconds too large for a date (or a float) are a DateParseError, not OverflowError."""
    with pytest.raises(DateParseError, match="timestamp out of range") as info:
        parse_published(value)
    assert info.value.text == text
