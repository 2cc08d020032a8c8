"""Exceptions: one base class, the builtin a caller would catch, and full messages."""

from __future__ import annotations

import pytest

from diplonews import (
    ArticleParseError,
    DateParseError,
    DiplonewsError,
    MoneyParseError,
    ParseError,
    SerializationError,
    UnknownCountryError,
)

HIERARCHY = [
    pytest.param(ParseError, (DiplonewsError, ValueError), id="ParseError"),
    pytest.param(DateParseError, (ParseError, ValueError), id="DateParseError"),
    pytest.param(MoneyParseError, (ParseError, ValueError), id="MoneyParseError"),
    pytest.param(ArticleParseError, (ParseError, ValueError), id="ArticleParseError"),
    pytest.param(UnknownCountryError, (DiplonewsError, LookupError), id="UnknownCountryError"),
    pytest.param(SerializationError, (DiplonewsError, ValueError), id="SerializationError"),
]


@pytest.mark.parametrize(("error", "bases"), HIERARCHY)
def test_hierarchy(error: type[Exception], bases: tuple[type[Exception], ...]) -> None:
    """Every error is a DiplonewsError and also the builtin a caller would catch."""
    assert issubclass(error, DiplonewsError)
    for base in bases:
        assert issubclass(error, base)


MARKERS = [
    pytest.param(
        ("expected a year", "in the year twenty", (12, 18)),
        "expected a year\n    in the year twenty\n                ~~~~~^",
        id="inner-span",
    ),
    pytest.param(
        ("expected a month", "2021-", None),
        "expected a month\n    2021-\n    ~~~~^",
        id="whole-text",
    ),
    pytest.param(
        ("expected more", "2021", (4, 4)),
        "expected more\n    2021\n        ^",
        id="empty-span-at-end",
    ),
]


@pytest.mark.parametrize(("args", "message"), MARKERS)
def test_parse_error_marker(args: tuple[str, str, tuple[int, int] | None], message: str) -> None:
    """str(ParseError) shows the message, the text, and ~~~^ under the span."""
    text_message, text, span = args
    error = ParseError(text_message, text=text, span=span)
    assert str(error) == message
    assert (error.message, error.text) == (text_message, text)
    assert error.span == (span if span is not None else (0, len(text)))


def test_unknown_country_error() -> None:
    """UnknownCountryError quotes the name with !r and keeps it."""
    error = UnknownCountryError("Atlantis")
    assert str(error) == "unknown country: 'Atlantis'"
    assert error.name == "Atlantis"


def test_article_parse_error() -> None:
    """ArticleParseError names source, location and the offending text on one line."""
    error = ArticleParseError(
        "expected a JSON object", source="in.jsonl", location="line 3", text="[1, 2]"
    )
    assert str(error) == "in.jsonl, line 3: expected a JSON object: '[1, 2]'"
    assert (error.source, error.location) == ("in.jsonl", "line 3")


def test_article_parse_error_cuts_long_text() -> None:
    """The offending text is cut to 200 characters."""
    error = ArticleParseError("bad", source="-", location="line 1", text="x" * 300)
    assert error.text == "x" * 197 + "..."
    assert len(error.text) == 200


def test_errors_keep_their_arguments() -> None:
    """Errors keep their constructor arguments in args (as builtins do)."""
    error = ParseError("expected a year", text="abc", span=(0, 1))
    assert error.args == ("expected a year", "abc", (0, 1))
