"""Deprecated alias of :mod:`diplonews.text.periods`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.periods` instead.
"""

from __future__ import annotations

from diplonews.parsing import forward_moved

_NEW = "diplonews.text.periods"
_NAMES = frozenset({"PeriodMention", "extract_periods", "fiscal_year_called", "parse_period"})


__getattr__ = forward_moved(__name__, dict.fromkeys(_NAMES, _NEW))
