"""A country group named as a trade partner stays that group, whatever its code looks like.

Driven by the group table itself: every group, named in full as the partner of a flow, must
come out as that group. The African Union's short name "AU" is also Australia's alpha-2 code;
it used to come out as Australia ("AUS"). A group whose short name is also a state's alpha-3
code ("NAM", Namibia) cannot be told apart in the JSON form and is left out.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diplonews import extract_text
from diplonews.gazetteer import load_country_groups
from diplonews.serialization import to_json
from diplonews.values import Country, CountryGroup

GROUPS = [
    (code, names[0])
    for code, names in load_country_groups().items()
    if len(code) != 3 or Country.get(code) is None
]


@pytest.mark.parametrize(("code", "name"), GROUPS)
def test_group_named_as_partner_is_that_group(code: str, name: str) -> None:
    """A group named in full as a partner comes out as itself, also in the JSON form."""
    text = f"Kenya's exports to the {name} rose to $3 billion in 2024, the ministry said."
    document = extract_text(text, published=dt.date(2025, 1, 10))
    partners = [record.partner for record in document.trade_records]
    assert partners == [CountryGroup(code)], (name, partners)
    assert json.loads(to_json(document))["trade_records"][0]["partner"] == code


def test_a_state_named_by_a_two_letter_lookalike_is_still_a_state() -> None:
    """A state whose alpha-2 code is also a group's short name stays the state."""
    text = "Kenya's exports to Australia rose to $3 billion in 2024, the ministry said."
    document = extract_text(text, published=dt.date(2025, 1, 10))
    assert [record.partner for record in document.trade_records] == [Country("AUS")]
