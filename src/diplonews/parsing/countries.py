"""Deprecated alias of :mod:`diplonews.text.countries`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.countries` instead.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

_NEW = "diplonews.text.countries"
_NAMES = frozenset(
    {
        "CountryMention",
        "MentionKind",
        "city_country",
        "country_name",
        "extract_country_mentions",
        "resolve_country",
        "resolve_country_group",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"{__name__} is deprecated: import {name} from {_NEW}",
        DeprecationWarning,
        stacklevel=2,
    )
    return getattr(importlib.import_module(_NEW), name)
