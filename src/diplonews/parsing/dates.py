"""Deprecated alias of :mod:`diplonews.text.dates`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.dates` instead.
"""

from __future__ import annotations

from diplonews.parsing import forward_moved

_NEW = "diplonews.text.dates"
_NAMES = frozenset(
    {
        "MONTH_PATTERN",
        "WEEKDAY_PATTERN",
        "DateMention",
        "Tense",
        "extract_dates",
        "month_number",
        "number_word",
        "parse_date",
        "weekday_number",
    }
)


__getattr__ = forward_moved(__name__, dict.fromkeys(_NAMES, _NEW))
