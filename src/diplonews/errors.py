"""Exceptions raised by diplonews.

Every exception derives from :class:`DiplonewsError` and also from the builtin
a caller would naturally catch (``ValueError`` for malformed input,
``LookupError`` for unknown names), so ``except ValueError`` keeps working.

Every error carries the same four attributes, ``None`` where they do not
apply, so one handler can show any of them::

    try:
        ...
    except DiplonewsError as error:
        print(error.source, error.line, error.field, error.value, error)
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ArticleParseError",
    "DateParseError",
    "DiplonewsError",
    "ExtractionError",
    "MoneyParseError",
    "ParseError",
    "SerializationError",
    "UnknownCountryError",
    "ValidationError",
]


class DiplonewsError(Exception):
    """Base class of every error diplonews raises on purpose.

    Attributes:
        field: the record field at fault (``"Meeting.kind"``), or ``None``.
        value: the offending value, or ``None``.
        source: the file (or ``"<stdin>"``) being read, or ``None``.
        line: the line number in ``source``, or ``None``.

    .. versionchanged:: 0.2.0
       ``field``, ``value``, ``source`` and ``line`` on every error.
    """

    field: str | None = None
    value: object = None
    source: str | None = None
    line: int | None = None


class ParseError(DiplonewsError, ValueError):
    """A text could not be parsed into the value asked for.

    The message says what was expected; ``text`` is the offending input and
    ``span`` the ``(start, end)`` offsets of the part at fault, which
    ``str()`` underlines with a ``~~~^`` marker.

    >>> from diplonews import ParseError
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

    ``name`` (also ``value``) is the input. ``hint``, when set, says what to do
    instead and is appended to the message:

    >>> Country("Azerbaijan")
    Traceback (most recent call last):
      ...
    diplonews.errors.UnknownCountryError: unknown country: 'Azerbaijan' \
(Country() takes an ISO code; use Country.lookup('Azerbaijan') for names)
    """

    def __init__(self, name: str, *, hint: str | None = None, field: str | None = None) -> None:
        super().__init__(name)
        self.name = name
        self.value = name
        self.hint = hint
        self.field = field

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}unknown country: {self.name!r}{hint}"


class ArticleParseError(ParseError):
    """An article in an input file could not be read.

    ``source`` names the file (or ``"<stdin>"``), ``location`` the line or
    record number, and ``text`` the offending text (cut to 200 characters).

    >>> from diplonews.errors import ArticleParseError
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


class ExtractionError(DiplonewsError, RuntimeError):
    """An extractor failed on an article it should have read: a bug in diplonews, not the input.

    :func:`~diplonews.extract.extract` raises it in place of whatever the failing step
    raised, which stays its ``__cause__``, so that the message says which article and
    which step: one bad article in a million is found, reported and passed over (the CLI's
    ``--errors skip`` and ``collect`` list it as a reject and go on).

    Attributes:
        article_id: the article's id.
        step: ``"meetings"``, ``"agreements"`` or ``"trade records"``.
        source: the file the article was read from (``None`` for one built in code).
        line: its line in ``source`` (``None`` for one built in code).

    >>> from diplonews.errors import ExtractionError
    >>> raise ExtractionError("a2", "meetings", KeyError("x"), source="in.jsonl", line=2)
    Traceback (most recent call last):
      ...
    diplonews.errors.ExtractionError: in.jsonl, line 2: article 'a2': the meetings step \
failed (KeyError: 'x'); a bug in diplonews: please report it with the article

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        article_id: str,
        step: str,
        cause: BaseException,
        *,
        source: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(article_id, step, cause)
        self.article_id = article_id
        self.step = step
        self.value = article_id
        self.source = source
        self.line = line
        self.reason = (
            f"article {article_id!r}: the {step} step failed ({type(cause).__name__}: {cause})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # whole across a worker process: the keyword attributes ride along as state
        return (type(self), self.args, self.__dict__)

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where += f"{', ' if where else ''}line {self.line}"
        head = f"{where}: " if where else ""
        return f"{head}{self.reason}; a bug in diplonews: please report it with the article"


class SerializationError(DiplonewsError, ValueError):
    """Data could not be turned into (or back from) a diplonews record.

    The message lists each failing path, as in ``... @ $.parties[0]``.
    """


class ValidationError(DiplonewsError, ValueError, TypeError):
    """A record or value was given a field value it cannot hold.

    Raised on construction (a record that exists is valid). It is also a
    ``ValueError`` and a ``TypeError``, the builtins raised before 0.2.0.
    The message is one line: the field, what it expects, the value given.

    Attributes:
        message: what was expected.
        field: ``"Record.field"``, e.g. ``"Meeting.kind"``.
        value: the value given.
        hint: what to do instead, or ``None``.

    >>> from diplonews import Meeting
    >>> Meeting(kind="chat", status="held")
    Traceback (most recent call last):
      ...
    diplonews.errors.ValidationError: Meeting.kind: expected one of 'call', 'meeting', \
'visit', 'conference' (got 'chat')

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        value: object = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}{self.message}{hint}"
