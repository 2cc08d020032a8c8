"""Records that stay the same when a story writes its figures and dates another way.

Measured with ``benchmarks/number_date_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text whose
dollar amounts were written "US$1.2 billion" or "1.2 billion US dollars"
instead of "$1.2 billion", gave other records. A table of written stories, each with its
variant and its plain form: the records of the two must be the same (on what the scorer
reads: kinds, statuses, sides, dates, places, trade keys). Rows marked as near misses
already gave the same records and must keep doing so.

- currency-issuer: a state's name inside its currency's name ("US$78 million", "100 mln
  U.S. dlrs", "2 billion US dollars") names the currency, not a side: the story's states
  are those it names elsewhere, as when the amount is written "$78 million".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text.countries import state_codes
from scored_view import scored_view

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[tuple[str, str, tuple[str, str], tuple[str, str]]] = []


def _row(cls: str, day: str, variant: tuple[str, str], plain: tuple[str, str]) -> None:
    ROWS.append((cls, day, variant, plain))


# --- currency-issuer ------------------------------------------------------------------------
_SUMMIT = (
    "The two presidents of Ghana and Togo last met at the ECOWAS summit held in Abuja in "
    "December, when they agreed to raise trade to {amount} by 2026."
)
_row(
    "currency-issuer",
    "2023-02-27",
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="US$1 billion")),
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="$1 billion")),
)
_row(
    "currency-issuer",
    "2023-02-27",
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="1 billion US dollars")),
    ("Ghana, Togo leaders to meet", _SUMMIT.format(amount="$1 billion")),
)
_row(
    "currency-issuer",
    "1988-02-10",
    (
        "CHILE, PERU AGREE TO EXPAND TRADE",
        "LIMA, Feb 10 - Chile and Peru signed a trade protocol on Tuesday and set a goal of "
        "raising two-way trade to 250 mln U.S. dlrs by 1990, officials said.",
    ),
    (
        "CHILE, PERU AGREE TO EXPAND TRADE",
        "LIMA, Feb 10 - Chile and Peru signed a trade protocol on Tuesday and set a goal of "
        "raising two-way trade to 250 mln dlrs by 1990, officials said.",
    ),
)
_ROAD_MAP = (
    "Ghana and Togo signed a road map for industrial cooperation on Monday, providing for "
    "joint projects worth {amount}."
)
_row(
    "currency-issuer",
    "2024-05-20",
    ("Ghana, Togo sign road map", _ROAD_MAP.format(amount="US$300 million")),
    ("Ghana, Togo sign road map", _ROAD_MAP.format(amount="$300 million")),
)
_KAMPALA = (
    "Trade between Kenya and Uganda reached {amount} in 2023, and the two presidents agreed "
    "in Kampala on Monday to double it."
)
_row(
    "currency-issuer",
    "2024-05-20",
    ("Kenya, Uganda to double trade", _KAMPALA.format(amount="US$1.2 billion")),
    ("Kenya, Uganda to double trade", _KAMPALA.format(amount="$1.2 billion")),
)
# near misses: the United States a side of the story, its dollar written either way
_row(
    "currency-issuer",
    "2024-04-12",
    (
        "Chile's exports to US rise",
        "Chile's exports to the United States rose to US$9.4 billion in 2023, the central "
        "bank said.",
    ),
    (
        "Chile's exports to US rise",
        "Chile's exports to the United States rose to $9.4 billion in 2023, the central bank said.",
    ),
)
_row(
    "currency-issuer",
    "2024-04-12",
    (
        "Peru, US sign trade memorandum",
        "Peru and the US signed a memorandum on trade facilitation on Thursday. Trade between "
        "the US and Peru came to 18 billion US dollars last year.",
    ),
    (
        "Peru, US sign trade memorandum",
        "Peru and the US signed a memorandum on trade facilitation on Thursday. Trade between "
        "the US and Peru came to $18 billion last year.",
    ),
)


@pytest.mark.parametrize(
    ("cls", "day", "variant", "plain"),
    ROWS,
    ids=[f"{cls}-{n}" for n, (cls, *_rest) in enumerate(ROWS)],
)
def test_number_date_variant_keeps_records(
    cls: str, day: str, variant: tuple[str, str], plain: tuple[str, str]
) -> None:
    """The variant gives the records of its plain form."""
    assert scored_view(day, variant[1], variant[0]) == scored_view(day, plain[1], plain[0]), cls


_STATES = st.sampled_from(["Chile", "Peru", "Ghana", "Kenya", "Papua New Guinea", "Türkiye"])
_DOLLARS = st.sampled_from(["US${n} million", "{n} million US dollars", "{n} mln U.S. dlrs"])


@given(first=_STATES, second=_STATES, dollars=_DOLLARS, n=st.integers(1, 999))
def test_currency_issuer_names_no_state(first: str, second: str, dollars: str, n: int) -> None:
    """A dollar written with its issuer names the story's states and no other."""
    text = f"Trade between {first} and {second} reached {dollars.format(n=n)} last year."
    assert state_codes(text) == state_codes(f"{first} and {second}")
