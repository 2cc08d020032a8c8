"""``may_hold_money``: the cheap test before reading amounts must never hide one.

Trade extraction skips an article whose sentences with digits hold no amount in any
country; the test is safe only if ``extract_money`` finds nothing wherever it says
``False``, whatever the country or default currency. Texts are built from pieces
written for these tests: numbers, years, signs, codes, currency and number words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.text.money import extract_money, may_hold_money

_PIECES = [
    "12", "2023", "1,5", "3.6", "450", "7 345", "$", "US$", "€", "Rs", "USD", "EUR", "AZN",
    "THE", "dollars", "dlrs", "crowns", "francs", "won", "sum", "tenge", "Kazakh", "million",
    "billion", "mln", "bln", "m", "bn", "tn", "tr", "k", "two", "half a", "a", "between",
    "and", "to", "from", "by", "in", "%", "pct", "percent", "up", "exports", "rose", ",", ".",
    "-", "(", ")", "on", "March", "5", "some", "about",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)
_COUNTRIES = [None, "USA", "DNK", "CHE", "KOR", "UZB", "KAZ", "IND", "AUS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 12% in 2023.", False),
        ("On March 5, 450 people attended.", False),
        ("Between 2019 and 2021 it grew.", False),
        ("Trade hit $13.2 million.", True),
        ("It reached 3.6 billion.", True),  # a multiplier: an amount with no currency
        ("It reached two billion.", True),  # a number word before a multiplier
        ("between 200 and 300 mln dlrs", True),
        ("from 1, 118 bln yen", True),
        ("Nothing here.", False),
    ],
)
def test_may_hold_money_examples(text: str, expected: bool) -> None:
    """Texts with and without amounts; where it says False, no amount is found."""
    assert may_hold_money(text) is expected
    if not expected:
        assert extract_money(text) == ()


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, default=st.sampled_from([None, "USD", "AZN"]))
def test_no_money_anywhere_when_it_says_none(text: str, default: str | None) -> None:
    """``False`` means no amount in any country, with any default currency."""
    if not may_hold_money(text):
        for country in _COUNTRIES:
            assert extract_money(text, default_currency=default, country=country) == ()
