"""Exceptions raised by diplonews.

Every exception derives from :class:`DiplonewsError` and also from the builtin
a caller would naturally catch (``ValueError`` for malformed input,
``LookupError`` for unknown names), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = [
    "ArticleParseError",
    "DateParseError",
    "DiplonewsError",
    "MoneyParseError",
    "ParseError",
    "SerializationError",
    "UnknownCountryError",
]


class DiplonewsError(Exception):
    """Base class of every error diplonews raises on purpose."""


class ParseError(DiplonewsError, ValueError):
    """A text could not be parsed into the value asked for.

    The message says what was expected; ``text`` is the offending input and
    ``span`` the ``(start, end)`` offsets of the part at fault, which
    ``str()`` underlines with a ``~~~^`` marker.

    >>> raise ParseError("expected a year", text="in the year twenty", span=(12, 18))
    Traceback (most recent call last):
      ...
    diplonews.errors.ParseError: expected a year
        in the year twenty
                    ~~~~~^
    """

    def __init__(self, message: str, *, text: str, span: tuple[int, int] | None = None) -> None:
        super().__init__(message, text, span)
        self.message = message
        self.text = text
        self.span = span if span is not None else (0, len(text))

    def __str__(self) -> str:
        start, end = self.span
        width = max(end - start, 1)
        marker = " " * start + "~" * (width - 1) + "^"
        return f"{self.message}\n    {self.text}\n    {marker}"


class DateParseError(ParseError):
    """A date or period could not be parsed.

    >>> from diplonews import PartialDate
    >>> PartialDate.from_iso("2021-13")
    Traceback (most recent call last):
      ...
    diplonews.errors.DateParseError: not a valid date (month must be in 1..12, got 13)
        2021-13
        ~~~~~~^
    """


class MoneyParseError(ParseError):
    """An amount of money could not be parsed."""


class UnknownCountryError(DiplonewsError, LookupError):
    """A country name or code is not known.

    >>> from diplonews import Country
    >>> Country.lookup("Atlantis")
    Traceback (most recent call last):
      ...
    diplonews.errors.UnknownCountryError: unknown country: 'Atlantis'
    """

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"unknown country: {self.name!r}"


class ArticleParseError(ParseError):
    """An article in an input file could not be read.

    ``source`` names the file (or ``"<stdin>"``), ``location`` the line or
    record number, and ``text`` the offending text (cut to 200 characters).

    >>> raise ArticleParseError(
    ...     "expected a JSON object", source="in.jsonl", location="line 3", text="[1, 2]"
    ... )
    Traceback (most recent call last):
      ...
    diplonews.errors.ArticleParseError: in.jsonl, line 3: expected a JSON object: '[1, 2]'
    """

    def __init__(self, message: str, *, source: str, location: str, text: str) -> None:
        short = text if len(text) <= 200 else text[:197] + "..."
        super().__init__(message, text=short)
        self.source = source
        self.location = location

    def __str__(self) -> str:
        return f"{self.source}, {self.location}: {self.message}: {self.text!r}"


class SerializationError(DiplonewsError, ValueError):
    """Data could not be turned into (or back from) a diplonews record.

    The message lists each failing path, as in ``... @ $.parties[0]``.
    """
