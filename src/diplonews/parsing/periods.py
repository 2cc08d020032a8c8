"""Deprecated alias of :mod:`diplonews.text.periods`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.periods` instead.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

_NEW = "diplonews.text.periods"
_NAMES = frozenset({"PeriodMention", "extract_periods", "parse_period"})


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"{__name__} is deprecated: import {name} from {_NEW}",
        DeprecationWarning,
        stacklevel=2,
    )
    return getattr(importlib.import_module(_NEW), name)
