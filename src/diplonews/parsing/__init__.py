"""Deprecated: the parsing package moved; it will be removed in the next release.

The language helpers are in :mod:`diplonews.text` (:mod:`diplonews.text.countries`,
:mod:`~diplonews.text.dates`, :mod:`~diplonews.text.periods`,
:mod:`~diplonews.text.money`), the extractors in :mod:`diplonews.meetings`,
:mod:`diplonews.agreements` and :mod:`diplonews.trade`. Names imported from
here (or from ``diplonews.parsing.countries``, ``.dates``, ``.periods``,
``.money``) still work but emit a :class:`DeprecationWarning`.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

_MOVED = {
    "CountryMention": "diplonews.text.countries",
    "DateMention": "diplonews.text.dates",
    "MoneyMention": "diplonews.text.money",
    "PeriodMention": "diplonews.text.periods",
    "extract_agreements": "diplonews.agreements",
    "extract_country_mentions": "diplonews.text.countries",
    "extract_dates": "diplonews.text.dates",
    "extract_meetings": "diplonews.meetings",
    "extract_money": "diplonews.text.money",
    "extract_periods": "diplonews.text.periods",
    "extract_trade_records": "diplonews.trade",
    "parse_date": "diplonews.text.dates",
    "parse_money": "diplonews.text.money",
    "parse_period": "diplonews.text.periods",
    "resolve_country": "diplonews.gazetteer",
    "resolve_country_group": "diplonews.text.countries",
}


def __getattr__(name: str) -> Any:
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    new = _MOVED[name]
    warnings.warn(
        f"{__name__} is deprecated: import {name} from {new}",
        DeprecationWarning,
        stacklevel=2,
    )
    return getattr(importlib.import_module(new), name)
