"""A grid of trade sentences whose amounts are read more than once, under headlines.

A trade sentence's amounts are read several times in one article (issue 12, speed): first
whether it holds any (:func:`~diplonews.text.money.may_hold_money`), then its amounts for
the story's state, and again for the state the sentence names first, whose currency a word
several states issue ("crowns", "rupees") names. Each reading spaced the text, read its
number words and scanned it anew, though only the currency of each amount depends on the
state; the scan is now made once per text and every reading takes it. Likewise a headline's
states (:func:`~diplonews.text.countries.headline_mentions`), read by the meeting, agreement
and trade steps of the same article, are now read once, and so are the country mentions
of any text (:func:`~diplonews.text.countries.extract_country_mentions`): a body was scanned
again where a step read its officials without the body's scan, a sentence by several rules.

Each cell draws a pair of states (the first one issues a currency word that is its own, or
one that several states issue), a template (a turnover between the two, the first one's
exports to the second), an amount written in figures, with an abbreviated multiplier, or
in words, and a headline (none, in capitals, in title case). The records the spec asks for
are computed from the choices alone (spec/EXTRACTION.md section 4): one record of the
pair, the template's flow, the amount in the first state's currency, the year 2022. Each
cell also checks that the amounts read for each state are those read from a fresh text
(the same sentence with a space after it, never read before), and that the headline's
states and the sentence's country mentions are those read from a fresh text.

Every page is published on 2023-05-10. The grid found no failing cell before the change
(the change is for speed, output kept).

Before the change: 288 of 288 cells pass. After: 288 of 288.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import pytest

from diplonews import extract_text
from diplonews.text.countries import extract_country_mentions, headline_mentions
from diplonews.text.money import extract_money, may_hold_money
from grid_records import read
from trade_rows import scored

PUBLISHED = "2023-05-10"


@dataclasses.dataclass(frozen=True)
class State:
    """A state: its name, code, its currency's code and the word the sentence writes."""

    name: str
    code: str
    currency: str
    word: str


STATES = (
    State("Sweden", "SWE", "SEK", "crowns"),
    State("Norway", "NOR", "NOK", "crowns"),
    State("Denmark", "DNK", "DKK", "crowns"),
    State("India", "IND", "INR", "rupees"),
    State("Pakistan", "PAK", "PKR", "rupees"),
    State("Nepal", "NPL", "NPR", "rupees"),
    State("Canada", "CAN", "CAD", "Canadian dlrs"),
    State("Japan", "JPN", "JPY", "yen"),
)
PARTNERS = ("Chile", "CHL"), ("Ghana", "GHA")
TEMPLATES = ("turnover", "exports")
AMOUNTS = ("figures", "short", "words")
HEADLINES = ("none", "capitals", "title")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices: the state, its partner, template, amount and headline."""

    state: State
    partner: tuple[str, str]
    template: str
    amount: str
    headline: str


def _amount(cell: Cell) -> str:
    word = cell.state.word
    return {
        "figures": f"2.4 billion {word}",
        "short": f"2.4 bln {word}",
        "words": f"two billion {word}",
    }[cell.amount]


def _value(cell: Cell) -> int:
    return 2_000_000_000 if cell.amount == "words" else 2_400_000_000


def sentence(cell: Cell) -> str:
    """The cell's trade sentence."""
    a, b = cell.state.name, cell.partner[0]
    if cell.template == "turnover":
        return f"Trade turnover between {a} and {b} reached {_amount(cell)} in 2022."
    return f"{a}'s exports to {b} rose to {_amount(cell)} in 2022."


def headline(cell: Cell) -> str | None:
    """The cell's headline, if any."""
    a, b = cell.state.name, cell.partner[0]
    if cell.headline == "capitals":
        return f"{a.upper()}, {b.upper()} TRADE GROWS"
    if cell.headline == "title":
        return f"{a} And {b} Trade Grows"
    return None


def expected(cell: Cell) -> Counter[tuple[object, ...]]:
    """The trade records the spec asks of ``cell``, from its choices alone."""
    flow = "turnover" if cell.template == "turnover" else "export"
    row = (cell.state.code, cell.partner[1], flow, _value(cell), cell.state.currency)
    return scored([(*row, "2022-01-01", "2022-12-31", False)])


CELLS = [
    Cell(state, partner, template, amount, head)
    for state, partner, template, amount, head in itertools.product(
        STATES, PARTNERS, TEMPLATES, AMOUNTS, HEADLINES
    )
]


def test_grid_size() -> None:
    """The grid's cells: every state, template, amount and headline in many."""
    assert len(CELLS) == 288
    for values in (TEMPLATES, AMOUNTS, HEADLINES):
        seen = Counter(v for c in CELLS for v in (c.template, c.amount, c.headline) if v in values)
        assert set(seen) == set(values)
        assert min(seen.values()) >= 96


def _id(cell: Cell) -> str:
    return f"{cell.state.code}-{cell.partner[1]}-{cell.template}-{cell.amount}-{cell.headline}"


@pytest.mark.parametrize("cell", CELLS, ids=_id)
def test_cell(cell: Cell) -> None:
    """The page gives the record its choices ask for; repeated readings give fresh answers."""
    text = sentence(cell)
    title = headline(cell)
    got = read(extract_text(text, published=PUBLISHED, title=title))
    assert (got.meetings, got.agreements, got.trade) == ([], [], expected(cell)), text
    # the amounts read for each state (in turn, as the steps read them) are those of a
    # fresh text, read once for that state alone
    assert may_hold_money(text)
    for country in (None, cell.state.code, cell.partner[1], "USA"):
        assert extract_money(text, country=country) == extract_money(text + " ", country=country)
    if title is not None:
        assert headline_mentions(title) == headline_mentions(title + " ")
    assert extract_country_mentions(text) == extract_country_mentions(text + " ")
