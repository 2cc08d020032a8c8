"""Regional number conventions of money amounts: one row per written format.

Every figure and sentence is invented for this table. Each row is a sentence and the
amounts (in whole units) and currencies :func:`extract_money` must read in it, in order.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from diplonews.text.money import extract_money

# (sentence, [(amount, currency), ...])
REGIONAL: list[tuple[str, list[tuple[str, str | None]]]] = [
    # A decimal comma or a decimal dot before a scale word.
    ("Turnover reached $2,7 billion.", [("2700000000", "USD")]),
    ("Exports were 2,75 mln dollars.", [("2750000", "USD")]),
    ("Exports were 2.75 mln dollars.", [("2750000", "USD")]),
    ("It rose to $1,481 billion last year.", [("1481000000", "USD")]),  # a decimal comma
    ("It rose to 4.6 billion euros.", [("4600000000", "EUR")]),
    # Dot-grouped thousands with a decimal comma.
    ("Trade stood at $ 1.481,5 million.", [("1481500000", "USD")]),
    ("Trade stood at $1.481,5 million.", [("1481500000", "USD")]),
    ("Trade stood at 1.481,5 million dollars.", [("1481500000", "USD")]),
    ("Imports were 3.204,25 thousand euros.", [("3204250", "EUR")]),
    ("The total was $12.345.678 in the year.", [("12345678", "USD")]),
    ("The total was 12.345.678 US dollars.", [("12345678", "USD")]),
    # Space, no-break space, thin space and narrow no-break space between groups.
    ("The total was $ 12 345 678 in the year.", [("12345678", "USD")]),
    ("The total was $12 345 678 in the year.", [("12345678", "USD")]),
    ("In all 12 345 678 tonnes left the port.", []),  # no currency: no amount
    ("The total was 12 345 678 US dollars.", [("12345678", "USD")]),
    ("The total was 12\u00a0345\u00a0678 dollars.", [("12345678", "USD")]),
    ("The total was 12\u2009345\u2009678 dollars.", [("12345678", "USD")]),
    ("The total was 12\u202f345\u202f678 dollars.", [("12345678", "USD")]),
    ("Exports were 2 356,4 million dollars.", [("2356400000", "USD")]),
    ("Exports were 2 356.4 million dollars.", [("2356400000", "USD")]),
    ("Imports were 75 400 thousand dollars.", [("75400000", "USD")]),
    ("Imports were 75\u2009400,5 thousand dollars.", [("75400500", "USD")]),
    # Comma-grouped thousands.
    ("The total was $12,345,678 in the year.", [("12345678", "USD")]),
    ("Exports were 1,118.5 million dollars.", [("1118500000", "USD")]),
    # Compounds: parts with falling scale words, one currency.
    ("Turnover was 5 billion 412 million 318.7 thousand dollars.", [("5412318700", "USD")]),
    ("Turnover was 7 billion 604 million 221,3 thousand US dollars.", [("7604221300", "USD")]),
    ("Turnover was 3 bln 250 mln 100 thousand dollars.", [("3250100000", "USD")]),
    ("Turnover was 3 bln 250 mln dollars.", [("3250000000", "USD")]),
    ("Turnover was $5 billion 412 million.", [("5412000000", "USD")]),
    ("Turnover was 45 mln 600 thousand dollars.", [("45600000", "USD")]),
    ("Turnover was 45 mln 600,2 thousand dollars.", [("45600200", "USD")]),
    ("Turnover was 45 mln 600.2 thousand dollars.", [("45600200", "USD")]),
    ("Turnover was 2 billion 45.5 million dollars.", [("2045500000", "USD")]),
    # A decimal in a part before the last: two amounts.
    ("Turnover was 2.5 billion 300 million dollars.", [("2500000000", None), ("300000000", "USD")]),
    # Thousands of a currency.
    ("Exports were 350 thousand dollars.", [("350000", "USD")]),
    ("Exports were 350,5 thousand dollars.", [("350500", "USD")]),
    ("Exports were $350 thousand.", [("350000", "USD")]),
    # Newswire abbreviations, spaced and glued.
    ("It was $3 mln.", [("3000000", "USD")]),
    ("It was 3 bln dollars.", [("3000000000", "USD")]),
    ("It was 2 trln rubles.", [("2000000000000", "RUB")]),
    ("It was $1.2tn.", [("1200000000000", "USD")]),
    ("It was $1.2 tn.", [("1200000000000", "USD")]),
    ("It was £4bn.", [("4000000000", "GBP")]),
    ("It was £4 bn.", [("4000000000", "GBP")]),
    ("It was €7mn.", [("7000000", "EUR")]),
    ("It was $7 mn.", [("7000000", "USD")]),
    ("It was PKR 1.2tr.", [("1200000000000", "PKR")]),
    ("It was 1.2tr in all.", []),  # "tr" glued, no currency: no amount
    ("It shipped 40 tn of grain.", []),  # "tn" spaced, no currency: tonnes as often
    ("It was Rs1.2tr.", [("1200000000000", "INR")]),
    ("It was Rs 45bn.", [("45000000000", "INR")]),
    # "Rs" alone is the Indian rupee; a Pakistani story passes ``country="PAK"``.
    ("It was Rs 3 crore.", [("30000000", "INR")]),
    ("It was Rs 12 lakh.", [("1200000", "INR")]),
    ("It was PKR 45bn.", [("45000000000", "PKR")]),
    # Local currency words and codes, before and after.
    ("It was USD 12.5 million.", [("12500000", "USD")]),
    ("It was 12.5 million USD.", [("12500000", "USD")]),
    ("It was KZT 3.4 billion.", [("3400000000", "KZT")]),
    ("It was 3.4 billion tenge.", [("3400000000", "KZT")]),
    ("It was AZN 150 million.", [("150000000", "AZN")]),
    ("It was 150 mln manats.", [("150000000", "AZN")]),
    ("It was UZS 2.1 trillion.", [("2100000000000", "UZS")]),
    ("It was 2.1 trln soums.", [("2100000000000", "UZS")]),
    ("It was 80 million lari.", [("80000000", "GEL")]),
    ("It was 900 million somoni.", [("900000000", "TJS")]),
    ("It was 6.3 billion hryvnias.", [("6300000000", "UAH")]),
    ("It was 4 billion yuan.", [("4000000000", "CNY")]),
    ("It was 1.1 billion Turkish lira.", [("1100000000", "TRY")]),
    ("It was ₸ 500 million.", [("500000000", "KZT")]),
    ("It was ₼ 75 million.", [("75000000", "AZN")]),
    ("It was 7 billion Kazakh tenge.", [("7000000000", "KZT")]),
    # Number words.
    ("It was two billion dollars.", [("2000000000", "USD")]),
    ("It was half a billion dollars.", [("500000000", "USD")]),
    ("It was half a million euros.", [("500000", "EUR")]),
    ("It was a billion dollars.", [("1000000000", "USD")]),
    ("Some half a billion people live there.", []),  # a count: no currency
    ("It signed a billion-dollar deal.", []),  # an adjective, not an amount
    # Ranges and approximations.
    (
        "It may reach between $2 billion and $3 billion.",
        [("2000000000", "USD"), ("3000000000", "USD")],
    ),
    ("It may reach $2-3 billion.", [("2000000000", "USD"), ("3000000000", "USD")]),
    ("It may reach €2 to 3 billion.", [("2000000000", "EUR"), ("3000000000", "EUR")]),
    ("It may reach 2 to 3 billion dollars.", [("2000000000", "USD"), ("3000000000", "USD")]),
    ("It was about $5 billion.", [("5000000000", "USD")]),
    ("It was nearly 1,5 billion euros.", [("1500000000", "EUR")]),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL, ids=[row[0] for row in REGIONAL])
def test_regional_money_formats(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each regional format reads as its whole amount and currency, one mention each."""
    found = [(m.amount, m.currency) for m in extract_money(text)]
    assert found == [(Decimal(amount), currency) for amount, currency in expected]


# (sentence, [(amount, currency, bound), ...]): each end of a range is a bound.
RANGES: list[tuple[str, list[tuple[str, str | None, bool]]]] = [
    (
        "It may reach between $2 billion and $3 billion.",
        [("2000000000", "USD", True), ("3000000000", "USD", True)],
    ),
    ("It may reach $2-3 billion.", [("2000000000", "USD", True), ("3000000000", "USD", True)]),
    # "from (about) X to Y": a change, then the new level, not a range.
    (
        "It fell from 900 mln dollars to 300 mln.",
        [("900000000", "USD", False), ("300000000", None, False)],
    ),
    (
        "It fell from about 900 mln dollars to 300 mln.",
        [("900000000", "USD", False), ("300000000", None, False)],
    ),
    (
        "It fell from approximately $9 billion to $3 billion.",
        [("9000000000", "USD", False), ("3000000000", "USD", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[row[0] for row in RANGES])
def test_regional_ranges(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    """A range's ends are bounds sharing a currency; a change "from X to Y" is no range."""
    found = [(m.amount, m.currency, m.bound) for m in extract_money(text)]
    assert found == [(Decimal(amount), currency, bound) for amount, currency, bound in expected]
