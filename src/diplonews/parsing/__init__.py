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
from collections.abc import Callable, Mapping
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


def forward_moved(module: str, moved: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that hands out each moved name with a DeprecationWarning.

    ``moved`` maps a name to the module it lives in now; any other name is an
    AttributeError, as for a module without it.
    """

    def moved_name(name: str) -> Any:
        if name not in moved:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        new = moved[name]
        warnings.warn(
            f"{module} is deprecated: import {name} from {new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(new), name)

    return moved_name


__getattr__ = forward_moved(__name__, _MOVED)
