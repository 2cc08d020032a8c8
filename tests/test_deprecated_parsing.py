"""The old ``diplonews.parsing`` paths still work for one release, with a DeprecationWarning."""

from __future__ import annotations

import importlib

import pytest

# old module, name, new module: the documented helpers and the old package face.
MOVED = [
    ("diplonews.parsing.countries", "extract_country_mentions", "diplonews.text.countries"),
    ("diplonews.parsing.countries", "resolve_country", "diplonews.text.countries"),
    ("diplonews.parsing.countries", "CountryMention", "diplonews.text.countries"),
    ("diplonews.parsing.dates", "parse_date", "diplonews.text.dates"),
    ("diplonews.parsing.dates", "extract_dates", "diplonews.text.dates"),
    ("diplonews.parsing.periods", "parse_period", "diplonews.text.periods"),
    ("diplonews.parsing.money", "parse_money", "diplonews.text.money"),
    ("diplonews.parsing", "extract_dates", "diplonews.text"),
    ("diplonews.parsing", "extract_meetings", "diplonews.meetings"),
    ("diplonews.parsing", "extract_agreements", "diplonews.agreements"),
    ("diplonews.parsing", "extract_trade_records", "diplonews.trade"),
]


@pytest.mark.parametrize(("old", "name", "new"), MOVED, ids=[f"{o}.{n}" for o, n, _ in MOVED])
def test_old_name_warns_and_is_the_new_object(old: str, name: str, new: str) -> None:
    """Reading a moved name from its old module warns and returns the very same object."""
    module = importlib.import_module(old)
    with pytest.warns(DeprecationWarning, match=rf"{old} is deprecated: import {name} from {new}"):
        value = getattr(module, name)
    assert value is getattr(importlib.import_module(new), name)


@pytest.mark.parametrize("leaf", ["countries", "dates", "periods", "money"])
def test_every_public_name_is_still_reachable(leaf: str) -> None:
    """Each name in the new module's __all__ can still be imported from the old path."""
    old = importlib.import_module(f"diplonews.parsing.{leaf}")
    new = importlib.import_module(f"diplonews.text.{leaf}")
    for name in new.__all__:
        with pytest.warns(DeprecationWarning, match=f"import {name} from"):
            assert getattr(old, name) is getattr(new, name)


def test_from_import_warns() -> None:
    """The usual spelling, ``from diplonews.parsing.dates import parse_date``, warns too."""
    with pytest.warns(DeprecationWarning, match="diplonews.text.dates"):
        from diplonews.parsing.dates import parse_date  # noqa: F401


MISSING = [("diplonews.parsing", "parse_everything"), ("diplonews.parsing.money", "to_float")]


@pytest.mark.parametrize(("old", "name"), MISSING)
def test_unknown_name_is_an_attribute_error(old: str, name: str) -> None:
    """A name the old module never had is an AttributeError, not a warning."""
    module = importlib.import_module(old)
    with pytest.raises(AttributeError, match=name):
        getattr(module, name)
