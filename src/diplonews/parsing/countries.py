"""Deprecated alias of :mod:`diplonews.text.countries`; it will be removed in the next release.

Importing a name from here still works but emits a :class:`DeprecationWarning`;
import it from :mod:`diplonews.text.countries` instead.
"""

from __future__ import annotations

from diplonews.parsing import forward_moved

_NEW = "diplonews.text.countries"
_NAMES = frozenset(
    {
        "CountryMention",
        "MentionKind",
        "city_country",
        "country_name",
        "extract_country_mentions",
        "official_names",
        "resolve_country",
        "resolve_country_group",
        "state_codes",
    }
)


__getattr__ = forward_moved(__name__, dict.fromkeys(_NAMES, _NEW))
