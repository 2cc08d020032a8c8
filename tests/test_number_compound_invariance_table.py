"""Records that stay the same when a story writes an amount as a compound adjective.

Measured with ``benchmarks/number_date_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1740, corpus blind 11-18 and 20-26, read pages): a text whose
amounts before their nouns were hyphenated ("a $10-billion target", "last year's record
169-billion-dlr trade deficit"; variant ``compound_in_place``) or moved before their nouns
as one hyphenated word ("a trade surplus of 74 mln dlrs" -> "a 74-mln-dlr trade surplus";
variant ``compound_moved``) gave other records. A table of written stories, each with its
variant and its plain form: the records of the two must be the same (on what the scorer
reads: kinds, statuses, sides, dates, places, trade keys). Rows marked as near misses
already gave the same records and must keep doing so.

- compound-adjective-amount: an amount written as one hyphenated adjective before its noun,
  as wire copy writes it ("a 59-billion-dlr surplus", "the 18.2-mln-dlr deficit", "a
  $10-billion deal", "a 3.5-billion-euro loan", "a 400-million-dollar trade gap", "a
  1.5-billion-U.S.-dollar loan", "a two-billion-dollar deficit"), is the amount it names
  when written with spaces, and the currency word in it is no product of the flow after it:
  it gives the records of "a surplus of 59 billion dlrs". A compound with no currency ("a
  two-billion-strong market", "a 1.5-million-tonne harvest", "a 10-year plan") and a
  hyphenated range ("10-12 billion dlrs") are read as before.
- decimal-comma: a figure written with a decimal comma, as the wires of the former Soviet
  states and their neighbours write it ("$1,4 billion", "40,5 million", "12,5%"), is read
  in a trade story as the figure written with a point: its comma closes no clause (variant
  ``decimal_comma``: 8 articles changed before, 1 after, whose meetings, not trade, move).
  A thousands comma ("1,250 million dollars") is read as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text.money import extract_money
from scored_view import VariantRow, Writing, assert_same_records, scored_view, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- compound-adjective-amount --------------------------------------------------------------
_row(
    "compound-adjective-amount",
    "2024-05-14",
    (
        "Kenya's trade deficit widens",
        "NAIROBI, May 14 - Kenya posted a 212-mln-dlr trade deficit in April, the central bank "
        "said.",
    ),
    (
        "Kenya's trade deficit widens",
        "NAIROBI, May 14 - Kenya posted a trade deficit of 212 mln dlrs in April, the central "
        "bank said.",
    ),
)
_row(
    "compound-adjective-amount",
    "1987-04-09",
    (
        "PERU TRADE SURPLUS",
        "LIMA, April 9 - Peru's trade surplus rose to 96.1 mln dlrs in March, well above the "
        "40.3-mln-dlr surplus of February, the central bank said.",
    ),
    (
        "PERU TRADE SURPLUS",
        "LIMA, April 9 - Peru's trade surplus rose to 96.1 mln dlrs in March, well above the "
        "surplus of 40.3 mln dlrs of February, the central bank said.",
    ),
)
_row(
    "compound-adjective-amount",
    "2024-03-02",
    (
        "Poland's deficit with Germany",
        "Poland ran a 1.2-billion-euro trade deficit with Germany in 2023, the statistics "
        "office said on Friday.",
    ),
    (
        "Poland's deficit with Germany",
        "Poland ran a trade deficit of 1.2 billion euros with Germany in 2023, the statistics "
        "office said on Friday.",
    ),
)
_row(
    "compound-adjective-amount",
    "2024-07-20",
    (
        "Vietnam's surplus with Laos",
        "HANOI, July 20 (Xinhua) -- Vietnam recorded a 2.4-billion-U.S.-dollar trade surplus "
        "with Laos in the first half of this year, according to the customs office.",
    ),
    (
        "Vietnam's surplus with Laos",
        "HANOI, July 20 (Xinhua) -- Vietnam recorded a trade surplus of 2.4 billion U.S. "
        "dollars with Laos in the first half of this year, according to the customs office.",
    ),
)
_row(
    "compound-adjective-amount",
    "1987-06-03",
    (
        "ARGENTINA TRADE DEFICIT",
        "BUENOS AIRES, June 3 - Argentina had a two-billion-dollar trade deficit in May, "
        "against a surplus a year earlier, the statistics institute said.",
    ),
    (
        "ARGENTINA TRADE DEFICIT",
        "BUENOS AIRES, June 3 - Argentina had a trade deficit of two billion dollars in May, "
        "against a surplus a year earlier, the statistics institute said.",
    ),
)
_row(
    "compound-adjective-amount",
    "2024-02-10",
    (
        "Ghana, Togo trade",
        "Trade between Ghana and Togo came to $640 million in 2023, and the two governments "
        "set a $1-billion target for 2026.",
    ),
    (
        "Ghana, Togo trade",
        "Trade between Ghana and Togo came to $640 million in 2023, and the two governments "
        "set a target of $1 billion for 2026.",
    ),
)
# near misses: a compound that holds no currency is no amount, with a default currency too
_row(
    "compound-adjective-amount",
    "2024-02-10",
    (
        "Kenya, Uganda plan",
        "Kenya and Uganda adopted a 10-year plan on Monday to raise their trade, which came to "
        "$1.2 billion in 2023.",
    ),
    (
        "Kenya, Uganda plan",
        "Kenya and Uganda adopted a ten-year plan on Monday to raise their trade, which came "
        "to $1.2 billion in 2023.",
    ),
)
_row(
    "compound-adjective-amount",
    "2024-02-10",
    (
        "Azerbaijan, Georgia trade",
        "Azerbaijan's trade turnover with Georgia reached 2.1 billion manat in 2023. Georgia, "
        "a 3.7-million-strong market, buys mostly fuel and food.",
    ),
    (
        "Azerbaijan, Georgia trade",
        "Azerbaijan's trade turnover with Georgia reached 2.1 billion manat in 2023. Georgia, "
        "a market of 3.7 million people, buys mostly fuel and food.",
    ),
)
_row(
    "compound-adjective-amount",
    "2024-09-03",
    (
        "Kazakhstan grain",
        "Kazakhstan's exports to Uzbekistan rose to $1.9 billion in the first half, led by a "
        "1.5-million-tonne grain shipment.",
    ),
    (
        "Kazakhstan grain",
        "Kazakhstan's exports to Uzbekistan rose to $1.9 billion in the first half, led by a "
        "grain shipment of 1.5 million tonnes.",
    ),
)


# --- decimal-comma --------------------------------------------------------------------------
_ARMENIA = (
    "Armenia remains Georgia's third-largest trade partner, with the two countries posting a "
    "${amount} billion trade turnover over the first nine months of 2023."
)
_row(
    "decimal-comma",
    "2023-10-20",
    ("Georgia, Armenia trade", _ARMENIA.format(amount="1,4")),
    ("Georgia, Armenia trade", _ARMENIA.format(amount="1.4")),
)
_BOUGHT = (
    "In 2023 Georgia sold 85 million dollars' worth of goods to Armenia and bought {amount} "
    "million worth of items from Armenia."
)
_row(
    "decimal-comma",
    "2024-02-01",
    ("Georgia, Armenia trade", _BOUGHT.format(amount="40,5")),
    ("Georgia, Armenia trade", _BOUGHT.format(amount="40.5")),
)
# near miss: a percent's decimal comma before the amount, which was read alike already
_row(
    "decimal-comma",
    "2024-02-01",
    (
        "Kazakhstan, Uzbekistan trade",
        "Kazakhstan's exports to Uzbekistan grew by 12,5% to $2,3 billion in 2023, the "
        "ministry said.",
    ),
    (
        "Kazakhstan, Uzbekistan trade",
        "Kazakhstan's exports to Uzbekistan grew by 12.5% to $2.3 billion in 2023, the "
        "ministry said.",
    ),
)
# near miss: a thousands comma, three digits after it, is no decimal comma
_row(
    "decimal-comma",
    "2024-02-01",
    (
        "Kenya, Uganda trade",
        "Kenya's exports to Uganda reached 1,250 million dollars in 2023, the bureau said.",
    ),
    (
        "Kenya, Uganda trade",
        "Kenya's exports to Uganda reached 1.25 billion dollars in 2023, the bureau said.",
    ),
)


@variant_cases(ROWS)
def test_compound_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


def _amounts(text: str) -> list[tuple[Decimal, str | None, bool]]:
    return [(m.amount, m.currency, m.bound) for m in extract_money(text)]


# (an amount written as a compound adjective, the same amount written in words)
COMPOUND_AMOUNTS = [
    ("a 59-billion-dlr surplus", "a surplus of 59 billion dlrs"),
    ("the 18.2-mln-dlr deficit", "the deficit of 18.2 mln dlrs"),
    ("a $10-billion deal", "a deal of $10 billion"),
    ("a US$2.5-million grant", "a grant of US$2.5 million"),
    ("a 3.5-billion-euro loan", "a loan of 3.5 billion euros"),
    ("a 400-million-dollar trade gap", "a trade gap of 400 million dollars"),
    ("a 1.5-billion-U.S.-dollar loan", "a loan of 1.5 billion U.S. dollars"),
    ("a two-billion-dollar deficit", "a deficit of two billion dollars"),
    ("an 18.2 mln-dlr surplus", "a surplus of 18.2 mln dlrs"),
    ("a $2-3-billion plan", "a plan of $2-3 billion"),
    ("a 5-million-dollar-a-year contract", "a contract of 5 million dollars a year"),
]


@pytest.mark.parametrize(
    ("compound", "plain"), COMPOUND_AMOUNTS, ids=[c for c, _ in COMPOUND_AMOUNTS]
)
def test_compound_amount_reads_as_written_in_words(compound: str, plain: str) -> None:
    """An amount written as a compound adjective is the amount written with spaces."""
    assert _amounts(compound) == _amounts(plain) != []


# Near misses: hyphens that join no amount to its currency; read as before.
NOT_COMPOUND_AMOUNTS = [
    ("a two-billion-strong market", []),
    ("a 1.5-million-tonne harvest", []),
    ("a 10-year plan", []),
    ("a billion-dollar industry", []),  # a manner of speech, no count
    ("THE 5-million people", []),  # three capitals, no currency code
    (
        "a rise to 10-12 billion dlrs",
        [(Decimal(10**10), "USD", True), (Decimal(12 * 10**9), "USD", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOT_COMPOUND_AMOUNTS, ids=[t for t, _ in NOT_COMPOUND_AMOUNTS]
)
def test_hyphen_without_currency_is_no_compound_amount(
    text: str, expected: list[tuple[Decimal, str | None, bool]]
) -> None:
    """A compound with no currency is no amount; a hyphenated range stays a range."""
    assert _amounts(text) == expected


_FIGURES = st.decimals(min_value=1, max_value=999, places=1, allow_nan=False)
_MULTIPLIERS = st.sampled_from(["billion", "million", "mln", "bln", "trillion"])
_WORDS = st.sampled_from(
    [("dlr", "dlrs"), ("dollar", "dollars"), ("euro", "euros"), ("yen", "yen"), ("stg", "stg")]
)
_NOUNS = st.sampled_from(["surplus", "deficit", "loan", "deal", "trade gap"])


@given(figure=_FIGURES, mult=_MULTIPLIERS, word=_WORDS, noun=_NOUNS)
def test_compound_amount_property(
    figure: Decimal, mult: str, word: tuple[str, str], noun: str
) -> None:
    """A compound ("a 5.5-billion-euro loan") is the amount of "a loan of 5.5 billion euros"."""
    single, plural = word
    assert _amounts(f"a {figure}-{mult}-{single} {noun}") == _amounts(
        f"a {noun} of {figure} {mult} {plural}"
    )
    assert _amounts(f"a ${figure}-{mult} {noun}") == _amounts(f"a {noun} of ${figure} {mult}")


@given(
    figure=_FIGURES,
    mult=_MULTIPLIERS,
    unit=st.sampled_from(["strong", "tonne", "barrel", "year", "member", "square-metre"]),
)
def test_compound_without_currency_property(figure: Decimal, mult: str, unit: str) -> None:
    """A compound whose last word is no currency ("a 3.7-million-strong market") is no amount."""
    assert _amounts(f"a {figure}-{mult}-{unit} market") == []


@given(whole=st.integers(1, 999), tenths=st.integers(1, 99))
def test_decimal_comma_property(whole: int, tenths: int) -> None:
    """A trade figure written "$1,4 billion" gives the records of "$1.4 billion"."""
    variant = _ARMENIA.format(amount=f"{whole},{tenths}")
    plain = _ARMENIA.format(amount=f"{whole}.{tenths}")
    assert scored_view("2023-10-20", variant) == scored_view("2023-10-20", plain)
