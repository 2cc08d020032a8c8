"""Regression tests for issue 11, items 4 and 6: values at the edges of their ranges.

Item 4: an amount of 10**28 or more went past the 28 digits of the default decimal
context and ``quantize`` raised ``decimal.InvalidOperation``. Item 6: a possessive
month later than the publication month in year 1 ("March's accord" published in
January of year 1) built ``PartialDate(0, ...)``, whose ``ValueError`` escaped the
agreement extractor. The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article, PartialDate
from diplonews.agreements._extract import extract_agreements
from diplonews.agreements._status import modifier_date
from diplonews.extract import extract
from diplonews.serialization import from_json, to_json
from diplonews.text.money import extract_money, parse_money
from diplonews.values import Money

# (text, exact amount): every digit kept, far beyond 28 significant digits.
HUGE = [
    ("$77777777777777777777777 billion", "77777777777777777777777" + "0" * 9),
    ("$10000000000000000000000000000", "1" + "0" * 28),
    ("USD 123456789012345678901234567890.5 trillion", "1234567890123456789012345678905" + "0" * 11),
    ("€4,444,444,444,444,444,444,444,444.25 million", "4444444444444444444444444250000"),
    ("9" * 60 + " mln dlrs", "9" * 60 + "0" * 6),
    ("$0." + "0" * 40 + "1 billion", "0." + "0" * 31 + "1"),
]


@pytest.mark.parametrize(("text", "amount"), HUGE, ids=[h[0][:20] for h in HUGE])
def test_huge_amounts_are_exact(text: str, amount: str) -> None:
    """Item 4: the amount is the figure times its multiplier, exactly, at any size."""
    (mention,) = extract_money(text)
    assert mention.amount == Decimal(amount)
    assert parse_money(text).amount == Decimal(amount)


def test_huge_amount_in_a_trade_sentence_round_trips() -> None:
    """Item 4: a trade sentence with a 32-digit amount extracts and writes valid JSON."""
    body = "Exports from Georgia to Armenia reached $66666666666666666666666 billion in 2023."
    result = extract(Article(id="t1", body=body, published=dt.date(2024, 2, 1)))
    (record,) = result.trade_records
    assert record.value == Decimal("66666666666666666666666" + "0" * 9)
    text = to_json(record.money)
    assert from_json(text, Money) == record.money


@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=80), mult=st.sampled_from(
    ["", " thousand", " million", " billion", " trillion", "bn", "m"]
))  # fmt: skip
def test_any_digit_run_is_money_or_nothing(digits: str, mult: str) -> None:
    """Item 4: any run of digits with any multiplier reads without raising."""
    for mention in extract_money(f"${digits}{mult}"):
        assert mention.amount >= 0


def _tokens(words: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", words))


# (modifier words, publication date, the date they give)
MODIFIER_DATES = [
    ("March's", dt.date(1, 1, 5), None),  # would be year 0
    ("December's", dt.date(1, 11, 30), None),
    ("January's", dt.date(1, 1, 5), PartialDate(1, 1)),
    ("March's", dt.date(1, 4, 5), PartialDate(1, 3)),
    ("March's", dt.date(2, 1, 5), PartialDate(1, 3)),
    ("November's", dt.date(9999, 12, 31), PartialDate(9999, 11)),
    ("November's", dt.date(2024, 2, 10), PartialDate(2023, 11)),
]


@pytest.mark.parametrize(("words", "published", "expected"), MODIFIER_DATES)
def test_possessive_month_dates(
    words: str, published: dt.date, expected: PartialDate | None
) -> None:
    """Item 6: a possessive month is the latest such month up to publication, never year 0."""
    assert modifier_date(_tokens(words), published) == expected


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 2, 14), dt.date(9999, 12, 31)])
def test_agreement_extraction_at_the_ends_of_the_calendar(published: dt.date) -> None:
    """Item 6: the agreement extractor never raises for a publication date in year 1 or 9999."""
    body = "Estonia and Latvia signed October's agreement on border crossings in Riga."
    (agreement,) = extract_agreements(Article(id="a1", body=body, published=published))
    assert agreement.date is None or 1 <= agreement.date.year <= published.year
