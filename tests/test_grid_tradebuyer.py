"""A grid of trade figures told of a partner as the holder of a role in the story state's trade.

Every cell is one invented short page: a lead giving the story state A's trade with the world
(its exports, its imports or its foreign trade; A named by its possessive, its adjective, or
only by the dateline's city), then a sentence that tells a figure of a partner B by the role
B holds in A's trade, built from independent choices: the role form ("B was the biggest
destination of exports at X", "B was the largest source of imports at X", "B alone took X of
A-adjective goods", "Shipments to B alone were worth X", "B remained the largest single
market, taking X" or "taking about 18 pct of the total, or around X", "B, A's largest market,
took X of A-adjective goods", "B also supplied X of imports", "B overtook C as its biggest
source of imports, with purchases from B worth X", "B accounted for X of the total", "The
largest export market was B, where A-adjective goods worth X were shipped", "sales to B, A's
largest market, which took X of A-adjective goods"), an aside on B (none, "which buys much of
its wine", "which supplies most of its fuel", "most of whose trade with A is in fuel"), B a
state or the European Union, the period ("in 2023", "last year", "in the first half of
2023"; published 15 March 2024) and the amount's form.

More forms test the edges of the class: a role figure after a share of the total in the
same sentence ("Exports to C accounted for about 40 pct of the total, and shipments to B
alone were worth X"), a role in an aside on a balance's partner ("The deficit with B, A's
main supplier of fuel, reached X": A's balance with B, no product's figure), a second clause
with its own pair after a first clause's pair ("A-C trade reached Z, and A-adjective exports
to B rose to X": each clause its own pair), and two near misses that name no partner role
("A was the biggest exporter of copper at X", "B was the biggest buyer of A-adjective copper
at X": figures for one product, no record).

The records a cell must give are computed from the choices by spec/EXTRACTION.md section 4,
never by running the library:

- the lead is A's trade with the world, flow as its noun says;
- a role sentence's figure is A's trade with the role's holder B (the partner, a group by its
  short name): the reporter is the state whose trade the story or the sentence is about (the
  lead's A, or the adjective of "A-adjective goods"), never B; the flow is the role's
  ("destination", "market", "took", "shipments to" are A's exports; "source of imports",
  "supplied ... of imports", "purchases from" A's imports; "accounted for X of the total" the
  lead total's flow, turnover for a foreign-trade total); the period is the lead's;
- a third state named only as the one B overtook (C) is no side;
- a second clause's "A-adjective exports to B" is A's export to B, whatever pair the first
  clause named;
- a product figure ("exporter of copper", "buyer of A-adjective copper") is no record.

The owners' read keys agree where the grid's forms meet them: a partner named as "the main
destination", "the largest buyer", "the biggest source of imports", "the leading supplier",
"the largest single market, taking X" or "took X of A-adjective goods" is keyed as the story
state's export to (or import from) that partner, never as the partner's own trade (e.g. 20
key records of the read written pages and pages sets with such roles, none the other way);
"B accounted for X of the total" takes the total's flow (crawled-dev, pages).

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).

Before the fix 225 of the 400 cells failed (the library at 41dc6409), all of them fixed:

- "B also supplied X of imports", "B, which ..., accounted for X of the total" (an aside
  between B and its verb), "B overtook C as its biggest source of imports, with purchases
  from B worth X": B was read as the figure's owner (or C, the state B overtook);
- "sales to B, A's largest market, which took X of A-adjective goods", "The largest
  export market was B, where A-adjective goods worth X were shipped" (B a state or the
  EU), "B remained the largest single market, taking about 18 pct of the total, or around
  X": no record;
- "B, most of whose trade with A is in fuel, was ...": the aside's "trade" and A took the
  figure;
- "A-C trade reached Z, and A-adjective exports to B rose to X": the export was C's, the
  hyphen pair's second state;
- "A was the biggest exporter of copper at X", "B was the biggest buyer of A-adjective
  copper at X": read as A's trade.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import (
    assert_every_value_sampled,
    by_value,
    dashed_id,
    grid_params,
    sample_cells,
)
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2024, 3, 15)


class State(NamedTuple):
    """A state as the page names it."""

    code: str
    name: str  # "Chile"
    possessive: str  # "Chile's"
    adjective: str  # "Chilean"
    city: str  # the dateline's city


CHILE = State("CHL", "Chile", "Chile's", "Chilean", "SANTIAGO")
KENYA = State("KEN", "Kenya", "Kenya's", "Kenyan", "NAIROBI")
TURKEY = State("TUR", "Turkey", "Turkey's", "Turkish", "ANKARA")
PAKISTAN = State("PAK", "Pakistan", "Pakistan's", "Pakistani", "ISLAMABAD")

# A, the story's state; B, the role's holder; C, a third state (the one B overtook, the first
# clause's partner of the two-pair form).
PAIRS = {
    "chl-jpn": (CHILE, State("JPN", "Japan", "Japan's", "Japanese", "TOKYO"), "Peru"),
    "ken-uga": (KENYA, State("UGA", "Uganda", "Uganda's", "Ugandan", "KAMPALA"), "Tanzania"),
    "tur-deu": (TURKEY, State("DEU", "Germany", "Germany's", "German", "BERLIN"), "Italy"),
    "pak-chn": (PAKISTAN, State("CHN", "China", "China's", "Chinese", "BEIJING"), "Iran"),
    "chl-eu": (CHILE, State("EU", "the European Union", "the EU's", "EU", "BRUSSELS"), "Peru"),
}
THIRD = {"Peru": "PER", "Tanzania": "TZA", "Italy": "ITA", "Iran": "IRN"}

LEADS = ("possessive", "adjective", "dateline")
LEAD_FLOWS = {"export": "exports", "import": "imports", "turnover": "foreign trade"}
# (name, text, start, end)
PERIODS = (
    ("in-2023", "in 2023", "2023-01-01", "2023-12-31"),
    ("last-year", "last year", "2023-01-01", "2023-12-31"),
    ("first-half", "in the first half of 2023", "2023-01-01", "2023-06-30"),
)
# (name, text of 7.4 billion, text of 1.3 billion, text of 2.6 billion)
AMOUNTS = (
    ("dollar-sign", "$7.4 billion", "$1.3 billion", "$2.6 billion"),
    ("dlrs", "7.4 billion dlrs", "1.3 billion dlrs", "2.6 billion dlrs"),
    ("bn", "$7.4bn", "$1.3bn", "$2.6bn"),
)
ASIDES = {
    "none": "",
    "which-buys": ", which buys much of its wine,",
    "which-supplies": ", which supplies most of its fuel,",
    "most-of-whose": ", most of whose trade with {A} is in fuel,",
}


class Form(NamedTuple):
    """A role sentence: its words, the flow of its figure, whether it has an aside slot.

    The words' slots: {B}, {aside}, {Aadj}, {Apos}, {A}, {C}, {amt}, {amt2}, {p}; the flow
    "lead" is the lead's, "deficit" a balance of A with B, None no record.
    """

    words: str
    flow: str | None
    aside: bool  # whether the form has an {aside} slot after B


FORMS = {
    "destination": Form(
        "{B}{aside} was the biggest destination of exports at {amt}.", "export", True
    ),
    "source": Form("{B}{aside} was the largest source of imports at {amt}.", "import", True),
    "alone-took": Form("{B}{aside} alone took {amt} of {Aadj} goods.", "export", True),
    "shipments-to": Form("Shipments to {B} alone were worth {amt}.", "export", False),
    "single-market": Form(
        "{B}{aside} remained the largest single market, taking {amt}.", "export", True
    ),
    "single-market-share": Form(
        "{B}{aside} remained the largest single market, taking about 18 pct of the total, or "
        "around {amt}.",
        "export",
        True,
    ),
    "largest-market-took": Form(
        "{B}, {Apos} largest market, took {amt} of {Aadj} goods.", "export", False
    ),
    "supplied": Form("{B}{aside} also supplied {amt} of imports.", "import", True),
    "overtook": Form(
        "{B}{aside} overtook {C} as its biggest source of imports, with purchases from {B} "
        "worth {amt}.",
        "import",
        True,
    ),
    "accounted": Form("{B}{aside} accounted for {amt} of the total.", "lead", True),
    "export-market-was": Form(
        "The largest export market was {B}, where {Aadj} goods worth {amt} were shipped.",
        "export",
        False,
    ),
    "relative-took": Form(
        "Officials credited sales to {B}, {Apos} largest market, which took {amt} of {Aadj} goods.",
        "export",
        False,
    ),
    "pct-then-shipments": Form(
        "Exports to {C} accounted for about 40 pct of the total, and shipments to {B} alone "
        "were worth {amt}.",
        "export",
        False,
    ),
    "supplier-aside": Form(
        "The deficit with {B}, {Apos} main supplier of fuel, reached {amt}.", "deficit", False
    ),
    "second-pair": Form(
        "{A}-{C} trade reached {amt2} {p}, and {Aadj} exports to {B} rose to {amt}.",
        "export",
        False,
    ),
    "exporter-of-copper": Form("{A} was the biggest exporter of copper at {amt}.", None, False),
    "buyer-of-copper": Form(
        "{B}{aside} was the biggest buyer of {Aadj} copper at {amt}.", None, True
    ),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    form: str
    pair: str
    lead: str
    lead_flow: str
    aside: str
    period: str
    amount: str


def _upper(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[0].upper() + text[1:]


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    a, b, c = PAIRS[cell.pair]
    _, p_text, start, end = next(p for p in PERIODS if p[0] == cell.period)
    _, total, amt, amt2 = next(m for m in AMOUNTS if m[0] == cell.amount)
    noun = LEAD_FLOWS[cell.lead_flow]
    if cell.lead == "possessive":
        lead = f"{a.possessive} {noun} rose to {total} {p_text}, officials said."
    elif cell.lead == "adjective":
        lead = f"{a.adjective} {noun} rose to {total} {p_text}, officials said."
    else:
        lead = f"{a.city}, March 15 - {_upper(noun)} rose to {total} {p_text}, officials said."
    form = FORMS[cell.form]
    role = form.words.format(
        B=b.name,
        aside=ASIDES[cell.aside].format(A=a.name),
        Aadj=a.adjective,
        Apos=a.possessive,
        A=a.name,
        C=c,
        amt=amt,
        amt2=amt2,
        p=p_text,
    )
    body = f"{lead} {_upper(role)}"
    rows: list[Row] = [(a.code, None, cell.lead_flow, 7_400_000_000, "USD", start, end, False)]
    if form.flow == "deficit":
        rows.append((a.code, b.code, "balance", -1_300_000_000, "USD", start, end, False))
    elif form.flow is not None:
        flow = cell.lead_flow if form.flow == "lead" else form.flow
        rows.append((a.code, b.code, flow, 1_300_000_000, "USD", start, end, False))
    if cell.form == "second-pair":
        rows.append((a.code, THIRD[c], "turnover", 2_600_000_000, "USD", start, end, False))
    return body, rows


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page: an aside only where the form has its slot."""
    return FORMS[cell.form].aside or cell.aside == "none"


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "pair": list(PAIRS),
    "lead": list(LEADS),
    "lead_flow": list(LEAD_FLOWS),
    "aside": list(ASIDES),
    "period": [p[0] for p in PERIODS],
    "amount": [m[0] for m in AMOUNTS],
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Drop the aside of a form that has no slot for it, unless the aside is the choice met."""
    if name != "aside" and not FORMS[str(pick["form"])].aside:
        pick["aside"] = "none"


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(7030), size=400, axis="form", tries=60, fix=_fix
    )
)

# Why a cell is still misread (a strict xfail), by choice values: none is left.
LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT)))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, {k: v for k, v in CHOICES.items() if k != "aside"})


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
