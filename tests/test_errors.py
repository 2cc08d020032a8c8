"""Exceptions: one base class, the builtin a caller would catch, and full messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from diplonews import (
    ArticleParseError,
    Country,
    CountryGroup,
    DateParseError,
    DiplonewsError,
    Meeting,
    MoneyParseError,
    ParseError,
    PartialDate,
    SerializationError,
    UnknownCountryError,
    ValidationError,
)

HIERARCHY = [
    pytest.param(ParseError, (DiplonewsError, ValueError), id="ParseError"),
    pytest.param(DateParseError, (ParseError, ValueError), id="DateParseError"),
    pytest.param(MoneyParseError, (ParseError, ValueError), id="MoneyParseError"),
    pytest.param(ArticleParseError, (ParseError, ValueError), id="ArticleParseError"),
    pytest.param(UnknownCountryError, (DiplonewsError, LookupError), id="UnknownCountryError"),
    pytest.param(SerializationError, (DiplonewsError, ValueError), id="SerializationError"),
    pytest.param(ValidationError, (DiplonewsError, ValueError, TypeError), id="ValidationError"),
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


ALL_ERRORS = [
    ParseError("expected a year", text="twenty"),
    DateParseError("expected a month", text="2021-"),
    MoneyParseError("expected a decimal amount", text="lots"),
    ArticleParseError("expected a JSON object", source="in.jsonl", location="line 3", text="[]"),
    UnknownCountryError("Atlantis"),
    SerializationError("invalid Place: unknown country: 'ZZZ' @ $.country"),
    ValidationError("expected an int", field="Span.start", value="3"),
]


@pytest.mark.parametrize("error", ALL_ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_has_the_documented_attributes(error: DiplonewsError) -> None:
    """field, value, source and line exist on every error (None where they do not apply)."""
    for name in ("field", "value", "source", "line"):
        assert hasattr(error, name), name
    assert isinstance(error, DiplonewsError)


def test_validation_error_message_and_attributes() -> None:
    """ValidationError: one line naming the field; value and hint kept."""
    error = ValidationError(
        "expected an ISO date (got 'soon')", field="Meeting.date", value="soon", hint="see docs"
    )
    assert str(error) == "Meeting.date: expected an ISO date (got 'soon'); see docs"
    assert (error.message, error.field, error.value, error.hint) == (
        "expected an ISO date (got 'soon')",
        "Meeting.date",
        "soon",
        "see docs",
    )
    assert (error.source, error.line) == (None, None)


def test_validation_error_without_field() -> None:
    """Without a field the message stands alone."""
    assert str(ValidationError("quarter must be in 1..4, got 5")) == (
        "quarter must be in 1..4, got 5"
    )


def test_country_name_hints_at_lookup() -> None:
    """Country("Azerbaijan") raises UnknownCountryError pointing at Country.lookup (issue 10)."""
    with pytest.raises(UnknownCountryError) as info:
        Country("Azerbaijan")
    assert str(info.value) == (
        "unknown country: 'Azerbaijan' "
        "(Country() takes an ISO code; use Country.lookup('Azerbaijan') for names)"
    )
    assert info.value.hint is not None
    assert info.value.value == "Azerbaijan"


def test_unknown_code_has_no_hint() -> None:
    """A code that is no country gets no hint: there is nothing better to suggest."""
    with pytest.raises(UnknownCountryError) as info:
        Country("XQZ")
    assert str(info.value) == "unknown country: 'XQZ'"
    assert info.value.hint is None


CAUGHT_AS = [
    pytest.param(lambda: Meeting(kind="chat", status="held"), ValueError, id="enum-value"),
    pytest.param(lambda: Meeting(kind="call", status="held", title=1), TypeError, id="type"),  # type: ignore[arg-type]
    pytest.param(lambda: PartialDate(2021, 13), ValueError, id="month"),
    pytest.param(lambda: CountryGroup("the EU"), ValueError, id="group"),
]


@pytest.mark.parametrize(("build", "builtin"), CAUGHT_AS)
def test_validation_errors_are_also_the_old_builtins(build: object, builtin: type) -> None:
    """Callers that caught ValueError/TypeError before keep catching them, and DiplonewsError."""
    assert callable(build)
    with pytest.raises(builtin) as info:
        build()
    assert isinstance(info.value, ValidationError)


def test_checks_hold_after_json_was_read_first() -> None:
    """Reading JSON first (cattrs resolves the field types) leaves the type checks on.

    A fresh interpreter, as the order of first uses decides: the checks once read the
    resolved types and found nothing to check for the rest of the process.
    """
    program = (
        "from diplonews import ArticleResult, Meeting, ValidationError\n"
        "from diplonews.serialization import from_json\n"
        'from_json(\'{"id": "a", "meetings": [{"kind": "call", "status": "held"}]}\','
        " ArticleResult)\n"
        "try:\n"
        "    Meeting(kind='call', status='held', title=1)\n"
        "except ValidationError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "Meeting.title: expected str or None (got an int)"
