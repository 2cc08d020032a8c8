"""Trade records: the money of a figure.

Currency forms and words (a country adjective before a word), regional amounts (decimal
commas, amounts in parts, "bln."), and a multiplier before a currency code that ends no
sentence.
"""

from __future__ import annotations

import pytest

from diplonews.text._sentences import split_sentences
from diplonews.text.money import currency_word, extract_money


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It came to 5,2 mln. USD. Then more.", ["It came to 5,2 mln. USD.", "Then more."]),
        ("It came to 5,2 bln. EUR in May.", ["It came to 5,2 bln. EUR in May."]),
        ("It was 5 million. USA data came.", ["It was 5 million.", "USA data came."]),
        ("Growth was 5 bln. The rest fell.", ["Growth was 5 bln.", "The rest fell."]),
    ],
)
def test_multiplier_before_a_currency_code(text: str, sentences: list[str]) -> None:
    """A full stop after "mln"/"bln" ends no sentence when a currency code follows it."""
    assert [s.text for s in split_sentences(text)] == sentences


# (amount as written, the amount, its ISO 4217 code): each after "Trade came to ".
CURRENCIES: list[tuple[str, int, str]] = [
    ("120.5 million Georgian lari", 120_500_000, "GEL"),
    ("2 billion Georgian laris", 2_000_000_000, "GEL"),
    ("3.2 billion Kazakh tenge", 3_200_000_000, "KZT"),
    ("3.2 billion Kazakhstani tenge", 3_200_000_000, "KZT"),
    ("15 trillion Uzbek soums", 15_000_000_000_000, "UZS"),
    ("15 trillion Uzbek sums", 15_000_000_000_000, "UZS"),
    ("4 billion Uzbek som", 4_000_000_000, "UZS"),
    ("2 billion Kyrgyz som", 2_000_000_000, "KGS"),
    ("30 million Tajik somoni", 30_000_000, "TJS"),
    ("4.1 billion Pakistani rupees", 4_100_000_000, "PKR"),
    ("2 billion Sri Lankan rupees", 2_000_000_000, "LKR"),
    ("50 billion Russian roubles", 50_000_000_000, "RUB"),
    ("50 billion Russian rubles", 50_000_000_000, "RUB"),
    ("2 billion Belarusian rubles", 2_000_000_000, "BYN"),
    ("7 billion Turkish lira", 7_000_000_000, "TRY"),
    ("300 million Azerbaijani manats", 300_000_000, "AZN"),
    ("900 million Turkmen manats", 900_000_000, "TMT"),
    ("12 million Armenian drams", 12_000_000, "AMD"),
    ("5 billion Iranian rials", 5_000_000_000, "IRR"),
    ("3 billion Qatari riyals", 3_000_000_000, "QAR"),
    ("1 billion Iraqi dinars", 1_000_000_000, "IQD"),
    ("3 billion UAE dirhams", 3_000_000_000, "AED"),
    ("3 billion Ukrainian hryvnias", 3_000_000_000, "UAH"),
    ("2 million Moldovan lei", 2_000_000, "MDL"),
    ("5 million Mongolian tugriks", 5_000_000, "MNT"),
    ("10 billion Chinese yuan", 10_000_000_000, "CNY"),
    ("5 billion South Korean won", 5_000_000_000, "KRW"),
    ("12 billion Afghan afghanis", 12_000_000_000, "AFN"),
    ("2 billion Bangladeshi taka", 2_000_000_000, "BDT"),
    ("3 billion Egyptian pounds", 3_000_000_000, "EGP"),
    ("2 billion Philippine pesos", 2_000_000_000, "PHP"),
    ("3 billion Swiss francs", 3_000_000_000, "CHF"),
    ("4 billion US dollars", 4_000_000_000, "USD"),
    ("₹500 crore", 5_000_000_000, "INR"),
    ("₽2.5 billion", 2_500_000_000, "RUB"),
    ("₸300 billion", 300_000_000_000, "KZT"),
    ("₦5 billion", 5_000_000_000, "NGN"),
    ("₺12 billion", 12_000_000_000, "TRY"),
    ("₼1.2 billion", 1_200_000_000, "AZN"),
    ("₾40 million", 40_000_000, "GEL"),
    ("֏ 12 billion", 12_000_000_000, "AMD"),
    ("₴3 billion", 3_000_000_000, "UAH"),
    ("₩3 trillion", 3_000_000_000_000, "KRW"),
    ("2.87 billion H.K. Dlr", 2_870_000_000, "HKD"),
    ("64 mln N.Z. Dlrs", 64_000_000, "NZD"),
    ("310 mln Aust dlrs", 310_000_000, "AUD"),
    # Controls: forms read before this change, read the same.
    ("1.5 bln manat", 1_500_000_000, "AZN"),
    ("2 billion AZN", 2_000_000_000, "AZN"),
    ("Rs 300 billion", 300_000_000_000, "INR"),
    ("5 billion roubles", 5_000_000_000, "RUB"),
]


@pytest.mark.parametrize(("written", "amount", "code"), CURRENCIES, ids=[c[0] for c in CURRENCIES])
def test_currency_forms(written: str, amount: int, code: str) -> None:
    """Each form is one amount, in the currency its words or symbol name."""
    mentions = extract_money(f"Trade came to {written} last year.")
    assert [(m.text, int(m.amount), m.currency) for m in mentions] == [(written, amount, code)]


# (words as written, the code): the adjective names the issuer; a word no issuer decides
# reads as it does alone; a word after no country adjective is no currency.
WORDS: list[tuple[str, str | None]] = [
    ("Belarusian roubles", "BYN"),
    ("Kyrgyz soms", "KGS"),
    ("Omani rials", "OMR"),
    ("Moroccan dirhams", "MAD"),
    ("Canadian dollars", "CAD"),
    ("Danish kroner", "DKK"),
    ("Kazakh tenge", "KZT"),
    ("Italian lire", "ITL"),
    ("French francs", "FRF"),
    ("Egyptian pounds", "EGP"),
    ("Silver tenge", None),
]


@pytest.mark.parametrize(("words", "code"), WORDS, ids=[w[0] for w in WORDS])
def test_currency_word_after_a_country_adjective(words: str, code: str | None) -> None:
    """The country adjective decides the code of the word after it."""
    assert currency_word(words) == code


def test_an_adjective_before_a_word_that_is_no_currency_stays_out_of_the_amount() -> None:
    """A country adjective is part of an amount only before a currency word."""
    mentions = extract_money("Some 40 million Georgian tourists and 3 million Kazakh students.")
    assert [(m.text, m.currency) for m in mentions] == [("40 million", None), ("3 million", None)]


# (written form, country of the story, expected (amount, currency) per amount)
AMOUNTS = [
    ("$2,1 billion", None, [("2100000000", "USD")]),
    (
        "Chile ($2,1 billion), Peru ($1,75 billion)",
        None,
        [("2100000000", "USD"), ("1750000000", "USD")],
    ),
    ("$ 1,481 billion", None, [("1481000000", "USD")]),
    ("4,6 mln dollars", None, [("4600000", "USD")]),
    ("22,201bn yen", None, [("22201000000000", "JPY")]),
    ("$1,200 million", None, [("1200000000", "USD")]),
    ("2 billion dollars 45 million 3 thousand", None, [("2045003000", "USD")]),
    ("7 billion 300 million dollars", None, [("7300000000", "USD")]),
    ("3,4 bln. dollars", None, [("3400000000", "USD")]),
    ("800 million soms", None, [("800000000", "KGS")]),
    ("Rs 12 billion", "PAK", [("12000000000", "PKR")]),
    ("9 billion Pakistani rupee", None, [("9000000000", "PKR")]),
    ("Mrs 5 and Mr 6", None, []),
    ("75 400 thousand dollars", None, [("75400000", "USD")]),
    ("$ 2 306,4 thousand", None, [("2306400", "USD")]),
    ("12 345 678 thousand soms", None, [("12345678000", "KGS")]),
    ("in 2020 400 thousand dollars", None, [("400000", "USD")]),
    ("on June 4 500 thousand dollars", None, []),
    ("rose by $40 million to $900 million", None, [("40000000", "USD"), ("900000000", "USD")]),
    ("to reach five billion manats", None, [("5000000000", "AZN")]),
    ("a target of a seven billion dlr surplus", None, [("7000000000", "USD")]),
    ("three billion tonnes and four million people", None, []),
    ("twenty-five billion dollars", None, []),
    ("two hundred million dollars", None, []),
]


@pytest.mark.parametrize(("text", "country", "expected"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_regional_amounts(text: str, country: str | None, expected: list[tuple[str, str]]) -> None:
    """Decimal commas, amounts in parts, "bln." and local currencies read as written."""
    found = extract_money(text, country=country)
    assert [(str(m.amount), m.currency) for m in found] == expected
