"""Deprecated alias of :mod:`diplonews.text.money`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.money` instead.
"""

from __future__ import annotations

from diplonews.parsing import forward_moved

_NEW = "diplonews.text.money"
_NAMES = frozenset(
    {"MoneyMention", "country_currency", "currency_word", "extract_money", "parse_money"}
)


__getattr__ = forward_moved(__name__, dict.fromkeys(_NAMES, _NEW))
