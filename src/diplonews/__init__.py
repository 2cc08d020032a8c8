"""diplonews: typed, evidence-backed records from English diplomatic news.

The package's face: text or articles in, records out.

>>> from diplonews import extract_text
>>> result = extract_text(
...     "Georgia and Moldova signed a memorandum on transport on Tuesday.",
...     published="2024-03-14",
... )
>>> [(str(a.kind), [str(p) for p in a.parties], str(a.date)) for a in result.agreements]
[('memorandum', ['GEO', 'MDA'], '2024-03-12')]

``diplonews.extract`` is the function :func:`~diplonews.extract.extract`;
``from diplonews.extract import extract, extract_all`` keeps working, since
the module of that name is still there.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from diplonews.errors import (
    ArticleParseError,
    DateParseError,
    DiplonewsError,
    ExtractionError,
    MoneyParseError,
    ParseError,
    SerializationError,
    UnknownCountryError,
    ValidationError,
)

if TYPE_CHECKING:  # the names load on first use (see __getattr__), so `import diplonews` is quick
    from diplonews.extract import extract, extract_all, extract_text
    from diplonews.models import (
        Agreement,
        AgreementKind,
        AgreementStatus,
        Article,
        ArticleResult,
        Meeting,
        MeetingKind,
        MeetingStatus,
        TradeFlow,
        TradeRecord,
        filter_records,
    )
    from diplonews.readers import read_articles
    from diplonews.values import (
        Country,
        CountryGroup,
        Money,
        PartialDate,
        Participant,
        Period,
        Place,
        Span,
    )

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "ArticleParseError",
    "ArticleResult",
    "Country",
    "CountryGroup",
    "DateParseError",
    "DiplonewsError",
    "ExtractionError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Money",
    "MoneyParseError",
    "ParseError",
    "PartialDate",
    "Participant",
    "Period",
    "Place",
    "SerializationError",
    "Span",
    "TradeFlow",
    "TradeRecord",
    "UnknownCountryError",
    "ValidationError",
    "extract",
    "extract_all",
    "extract_text",
    "filter_records",
    "read_articles",
]

# Where each name of __all__ loaded on first use lives (the errors, light, load at once).
_HOMES = {
    **dict.fromkeys(("extract", "extract_all", "extract_text"), "diplonews.extract"),
    **dict.fromkeys(
        (
            "Agreement",
            "AgreementKind",
            "AgreementStatus",
            "Article",
            "ArticleResult",
            "Meeting",
            "MeetingKind",
            "MeetingStatus",
            "TradeFlow",
            "TradeRecord",
            "filter_records",
        ),
        "diplonews.models",
    ),
    "read_articles": "diplonews.readers",
    **dict.fromkeys(
        (
            "Country",
            "CountryGroup",
            "Money",
            "PartialDate",
            "Participant",
            "Period",
            "Place",
            "Span",
        ),
        "diplonews.values",
    ),
}


def __getattr__(name: str) -> Any:
    """Load a name of ``__all__`` from its module on first use (then it is a plain attribute)."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 (only when asked)

        return version("diplonews")
    raise AttributeError(f"module 'diplonews' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Face(types.ModuleType):
    """The package module, which keeps ``diplonews.extract`` the function.

    Importing the submodule ``diplonews.extract`` makes Python set the package's
    attribute of that name to the module; this keeps the function there instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            value = value.extract
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Face
