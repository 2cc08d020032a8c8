"""diplonews: typed, evidence-backed records from English diplomatic news."""

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
)
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
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 (only when asked)

        return version("diplonews")
    raise AttributeError(f"module 'diplonews' has no attribute {name!r}")
