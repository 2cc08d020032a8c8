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

from typing import Any

from diplonews.errors import (
    ArticleParseError,
    DateParseError,
    DiplonewsError,
    MoneyParseError,
    ParseError,
    SerializationError,
    UnknownCountryError,
    ValidationError,
)
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


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 (only when asked)

        return version("diplonews")
    raise AttributeError(f"module 'diplonews' has no attribute {name!r}")
