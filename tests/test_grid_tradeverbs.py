"""A grid of trade figures told by a pair of verbs: sold and bought, buying and selling.

Every cell is one invented short page in which a state's trade with a partner is told by
two verbs of selling and buying in one sentence, built from independent choices: the form
("A sold X of goods to B and bought Y from it", "A sold X worth of goods to B and bought Y
worth of items from it", "A bought goods worth X from B, while selling it Y", "B is now its
biggest trading partner, buying X of A-adjective goods and selling it Y worth" after a lead
on A, and a near miss, "A-adjective firms sold X of fishmeal to B": one product), the pair
of states, whether the second verb's object is a pronoun or the partner's name, the period
("in 2019", "last year", "in the 2019 calendar year"; published 1 March 2020) and the
amount's form.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section 4,
never by running the library:

- the seller's sale is its export to the buyer, the buyer's purchase its import; the
  pronoun after the second verb is the first verb's object;
- "B ..., buying X of A-adjective goods and selling it Y" on a page about A: B's purchase
  is A's export to B, B's sale A's import from B;
- a figure for one product (fishmeal) is no record.

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).

Before the fix 65 of the 160 cells failed (the library at bf7d6f4a): "A bought X from B,
while selling it Y" and "B ..., buying X of A-adjective goods and selling it Y" gave no second
record ("sold it" read "it" as a product, "selling it Y" with no word for goods was no flow).
After it 28 fail, all strict xfails: "selling B Y" (the partner named as the verb's first
object) is not read yet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    grid_params,
    sample_cells,
)
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2020, 3, 1)


class State(NamedTuple):
    """A state as the page names it."""

    code: str
    name: str
    possessive: str
    adjective: str


PAIRS = {
    "chl-kor": (
        State("CHL", "Chile", "Chile's", "Chilean"),
        State("KOR", "South Korea", "South Korea's", "South Korean"),
    ),
    "prt-esp": (
        State("PRT", "Portugal", "Portugal's", "Portuguese"),
        State("ESP", "Spain", "Spain's", "Spanish"),
    ),
    "jpn-tha": (
        State("JPN", "Japan", "Japan's", "Japanese"),
        State("THA", "Thailand", "Thailand's", "Thai"),
    ),
    "per-chn": (
        State("PER", "Peru", "Peru's", "Peruvian"),
        State("CHN", "China", "China's", "Chinese"),
    ),
    "ken-ind": (
        State("KEN", "Kenya", "Kenya's", "Kenyan"),
        State("IND", "India", "India's", "Indian"),
    ),
}
# (name, text, start, end)
PERIODS = (
    ("in-2019", "in 2019", "2019-01-01", "2019-12-31"),
    ("last-year", "last year", "2019-01-01", "2019-12-31"),
    ("calendar-year", "in the 2019 calendar year", "2019-01-01", "2019-12-31"),
)
# (name, text of 3.1 billion, text of 2.4 billion)
AMOUNTS = (
    ("words", "3.1 billion dollars", "2.4 billion dollars"),
    ("dollar-sign", "$3.1 billion", "$2.4 billion"),
    ("dlrs", "3.1 billion dlrs", "2.4 billion dlrs"),
)
OBJECTS = ("pronoun", "name")


class Form(NamedTuple):
    """A sentence: its words, and the story state's flows of its first and second figure.

    The words' slots: {A}, {B}, {Apos}, {Aadj}, {obj} (the second verb's object), {amt},
    {amt2}, {p}; a flow None is no record.
    """

    words: str
    first: str | None
    second: str | None


FORMS = {
    "sold-bought": Form(
        "{P}, {A} sold {amt} of goods to {B} and bought {amt2} from {obj}.", "export", "import"
    ),
    "sold-bought-worth": Form(
        "{P} {A} sold {amt} worth of goods to {B} and bought {amt2} worth of items from {obj}.",
        "export",
        "import",
    ),
    "bought-selling": Form(
        "{A} bought goods worth {amt} from {B} {p}, while selling {obj} {amt2}.",
        "import",
        "export",
    ),
    "partner-buying-selling": Form(
        "{Apos} economy is small. {B} is now its biggest trading partner, buying {amt} of "
        "{Aadj} goods {p} and selling {obj} {amt2} worth.",
        "export",
        "import",
    ),
    "product": Form("{Aadj} firms sold {amt} of fishmeal to {B} {p}.", None, None),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    form: str
    pair: str
    obj: str
    period: str
    amount: str


def _upper(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[0].upper() + text[1:]


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    a, b = PAIRS[cell.pair]
    _, p_text, start, end = next(p for p in PERIODS if p[0] == cell.period)
    _, amt, amt2 = next(m for m in AMOUNTS if m[0] == cell.amount)
    form = FORMS[cell.form]
    # the second verb's object is the first verb's: the partner, or in the partner's
    # sentence of "partner-buying-selling" the story state (its pronoun "it")
    other = a.name if cell.form == "partner-buying-selling" else b.name
    body = form.words.format(
        A=a.name,
        B=b.name,
        Apos=a.possessive,
        Aadj=a.adjective,
        obj="it" if cell.obj == "pronoun" else other,
        amt=amt,
        amt2=amt2,
        p=p_text,
        P=_upper(p_text),
    )
    rows: list[Row] = []
    if form.first is not None:
        rows.append((a.code, b.code, form.first, 3_100_000_000, "USD", start, end, False))
    if form.second is not None:
        rows.append((a.code, b.code, form.second, 2_400_000_000, "USD", start, end, False))
    return _upper(body), rows


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page: the product form has no second verb."""
    return cell.form != "product" or cell.obj == "pronoun"


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "pair": list(PAIRS),
    "obj": list(OBJECTS),
    "period": [p[0] for p in PERIODS],
    "amount": [m[0] for m in AMOUNTS],
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """The product form has no second verb: its object stays the pronoun."""
    if name != "obj" and pick["form"] == "product":
        pick["obj"] = "pronoun"


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(7140), size=160, axis="form", tries=60, fix=_fix
    )
)

# Why a cell is still misread (a strict xfail): the second verb's object by name.
SECOND_BY_NAME = frozenset({"bought-selling", "partner-buying-selling"})


def _left(cell: Cell) -> str | None:
    """Why ``cell`` is still misread, or None."""
    if cell.form in SECOND_BY_NAME and cell.obj == "name":
        return (
            "'selling B X' names its partner as the verb's first object, no 'to': the amount "
            "is not yet read as sold to B (a state's name after the verb may be a subject)"
        )
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _left))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, {k: v for k, v in CHOICES.items() if k != "obj"})


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
