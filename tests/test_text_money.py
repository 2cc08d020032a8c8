"""Money mentions: table-driven rows written for diplonews, plus properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import MoneyParseError
from diplonews.text.money import (
    _currency_table,
    _matches,
    _scanner,
    country_currency,
    currency_word,
    extract_money,
    parse_money,
)
from diplonews.values import Money

# Shapes named in issue 3, in newswire and web styles (sentences written for these tests).
SHAPES = [
    ("$13.2 million", "13200000", "USD"),
    ("13.2 mln dlrs", "13200000", "USD"),
    ("USD 1.118 bln", "1118000000", "USD"),
    ("$102,870", "102870", "USD"),
    ("124 billion marks", "124000000000", "DEM"),
    ("428 mln Australian dlrs'", "428000000", "AUD"),
    ("£3.1bn", "3100000000", "GBP"),
    ("€5m", "5000000", "EUR"),
    ("1.2 trillion yen", "1200000000000", "JPY"),
    ("AZN 2.5 million", "2500000", "AZN"),
    ("2.5 million manat", "2500000", "AZN"),
    ("300 bln sums", "300000000000", "UZS"),
    ("7.5 mln stg", "7500000", "GBP"),
    ("40 mln Swiss francs", "40000000", "CHF"),
    ("9 billion euros", "9000000000", "EUR"),
    ("1, 118 bln dlrs", "1118000000000", "USD"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), SHAPES, ids=[s[0] for s in SHAPES])
def test_parse_money_shapes(text: str, amount: str, currency: str) -> None:
    """Each written shape parses to its exact amount in whole units and its ISO code."""
    assert parse_money(text) == Money(Decimal(amount), currency)


# (sentence, [(matched text, amount, currency, approximate, bound)])
IN_SENTENCES = [
    (
        "It reached approximately $8 billion in 2024.",
        [("$8 billion", "8000000000", "USD", True, False)],
    ),
    (
        "Exports topped more than $1 billion.",
        [("$1 billion", "1000000000", "USD", False, True)],
    ),
    (
        "a deficit of between 400 and 650 mln dlrs",
        [
            ("400", "400000000", "USD", False, True),
            ("650 mln dlrs", "650000000", "USD", False, True),
        ],
    ),
    (
        "the gap was £3.1bn ($5.8bn)",
        [
            ("£3.1bn", "3100000000", "GBP", False, False),
            ("$5.8bn", "5800000000", "USD", False, False),
        ],
    ),
    ("Trade grew 17 pct in 1986 to record levels.", []),
    (
        "Their trade added up to 9,000bn yen.",
        [("9,000bn yen", "9000000000000", "JPY", False, False)],
    ),
    ("Exports may rise up to $2bn.", [("$2bn", "2000000000", "USD", False, True)]),
    ("The 2.5 billion figure", [("2.5 billion", "2500000000", None, False, False)]),
    ("from 12 billion dlrs in 1980", [("12 billion dlrs", "12000000000", "USD", False, False)]),
    ("Exports crossed $4 billion.", [("$4 billion", "4000000000", "USD", False, True)]),
    ("It hit the $3 billion mark.", [("$3 billion", "3000000000", "USD", False, True)]),
    ("a $7 million threshold", [("$7 million", "7000000", "USD", False, True)]),
    (
        "It was 2 356.4 million dollars.",
        [("2 356.4 million dollars", "2356400000", "USD", False, False)],
    ),
    ("It was Rs 5 crore.", [("Rs 5 crore", "50000000", "INR", False, False)]),
    ("It was Rs 12 lakh.", [("Rs 12 lakh", "1200000", "INR", False, False)]),
    (
        "It was 90 million Turkmen manats.",
        [("90 million Turkmen manats", "90000000", "TMT", False, False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_SENTENCES, ids=[s[0] for s in IN_SENTENCES])
def test_extract_money_in_sentences(
    text: str, expected: list[tuple[str, str, str | None, bool, bool]]
) -> None:
    """Amounts are found with their span, currency and approximate/bound flags."""
    found = [
        (m.text, str(m.amount), m.currency, m.approximate, m.bound) for m in extract_money(text)
    ]
    assert found == expected


def test_default_currency_fills_unstated() -> None:
    """An amount without a written currency takes the default currency given."""
    (mention,) = extract_money("it was 2.5 billion", default_currency="JPY")
    assert mention.money == Money(Decimal(2_500_000_000), "JPY")


@pytest.mark.parametrize(
    ("word", "country", "code"),
    [("crowns", "DNK", "DKK"), ("crowns", "SWE", "SEK"), ("crowns", "NOR", "NOK"),
     ("crowns", None, None), ("francs", None, "FRF"), ("francs", "CHE", "CHF"),
     ("dlrs", None, "USD"), ("dlrs", "AUS", "USD"), ("dollars", "HKG", "HKD"),
     ("dlrs", "JPN", "USD"), ("u.s. dlrs", "AUS", "USD"), ("manats", None, "AZN"),
     ("manats", "TKM", "TMT"), ("manat", "AZE", "AZN"), ("rupees", "MUS", "MUR"),
     ("rupee", "SYC", "SCR"), ("rupees", "KEN", "INR"), ("pesos", "CUB", "CUP"),
     ("francs", "RWA", "RWF"), ("francs", "SEN", "FRF")],
)  # fmt: skip
def test_ambiguous_currency_words(word: str, country: str | None, code: str | None) -> None:
    """Ambiguous currency words are decided by the country the text is about."""
    assert currency_word(word, country=country) == code


def test_bare_local_word_agrees_with_the_named_state() -> None:
    """A bare currency word in a story about a state reads as that state's own currency.

    So it does when the state issues one under the word ("rupees" in a Mauritian story,
    "pesos" in a Cuban one), the same code as after the state's name or adjective; only the
    dollar words keep the US dollar there, as wire copy writes its dollar figures in US dollars.
    """
    table = _currency_table()
    disagree = [
        (word, state, code, table["ambiguous"][word].get(state))
        for word, by_state in table["by_country"].items()
        if word in table["ambiguous"] and not word.startswith("dollar")
        for state, code in by_state.items()
        if table["ambiguous"][word].get(state, table["ambiguous"][word].get("default")) != code
    ]
    assert disagree == []


def test_country_currency_euro_switch() -> None:
    """Euro-area legacy currencies become EUR from 1999."""
    assert (country_currency("FRA", year=1987), country_currency("FRA", year=2005)) == (
        "FRF",
        "EUR",
    )


def test_parse_money_error_message() -> None:
    """A text that is not exactly one amount raises with the text quoted."""
    with pytest.raises(MoneyParseError) as info:
        parse_money("no money here")
    assert str(info.value) == (
        "expected exactly one amount of money\n    no money here\n    ~~~~~~~~~~~~^"
    )


@given(st.text())
def test_extract_money_never_raises(text: str) -> None:
    """Any text gives a tuple of mentions whose spans cover their text."""
    mentions = extract_money(text)
    assert isinstance(mentions, tuple)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


_MONEYISH = st.text(
    alphabet=st.sampled_from(list("0123456789.,$£€¥ %-'abmnkusdUSDLRhHKzZtrilo\n")), max_size=60
)


@given(_MONEYISH)
def test_digit_started_scan_matches_full_scan(text: str) -> None:
    """Starting the money scan only near digits finds what a scan of every position finds."""
    expected = [m.span() for m in _scanner().finditer(text)]
    assert [m.span() for m in _matches(text)] == expected
