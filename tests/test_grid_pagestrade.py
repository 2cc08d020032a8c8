"""A trade figure's change told beside (or instead of) its level, as a grid.

A cell is one or two invented sentences in the number styles of the seed outlets and of
the wire ("1.1 billion dlrs", "$1,1 bln", "$1.1bn", "1,1 bln manat", "310,5 mln tenge",
"310,5 mln som", "1.1 billion U.S. dollars"), built from one value of each choice: the
flow and its owner (a state's surplus, deficit, exports, imports or trade, a pair's trade
or one state's exports to the other), the direction of the change (up or down, told by a
verb the flow takes: "narrowed", "widened", "rose", "fell" ...), an approximation word
before the change ("about", "around", "some", "roughly", "approximately", "an
estimated", or none), the shape of the change (a change alone, "by X to Y", "X to Y"
with no "by", "by X ..., reaching Y", or a change told in a sentence of its own after a
level), the period ("in 2023", "in 1H2023", "in 10M2023", "in January-September 2023",
"in the first half of 2023") and where it stands (after the amounts, or opening the
sentence).

The records a cell must give are computed from the choices by spec/EXTRACTION.md
(section 4), never by running the library: a change ("narrowed by about X") is no
record, whatever approximation word it takes; the level it led to ("to Y", "reaching
Y") or the level told before it is a record of the owner and flow for the period, a
deficit negative.

When the grid was written (seed 6785, 300 cells) 265 of them failed, in three classes,
all fixed since (300 pass):

- a change after "by" and an approximation word ("narrowed by about X", "rose by some
  X") was read as the level itself (every such cell of a change alone, of "by X ...,
  reaching Y" and of a level told first);
- "by about X to Y" and "widened X to Y" (no "by") were read as a range of amounts, a
  bound, so the level Y was lost (every cell of "X to Y" with no "by", 64, and every
  cell of "by X to Y" with an approximation word);
- once no range, "rose X to Y" with the period opening the sentence still took the
  change X for the level (31 cells).

The second grid (``QuantityCell``) is a priced quantity of one product ("4 200 tons of
tea worth $8,1 mln"), no record, beside a lead of the flow's total, a record; the third
(``HorizonCell``) a goal whose only horizon is quoted ('"in the medium term"'), no record.

Records are compared as the scorer pairs them (``tests/trade_rows.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, by_value, dashed_id, grid_params, sample_cells
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2024, 2, 15)


class Style(NamedTuple):
    """A number style and the state whose story uses it, with a partner for pair flows."""

    state: str
    code: str
    partner: str
    partner_code: str
    currency: str
    change: str  # the change's amount as written
    level: str  # the level's amount as written
    level_value: int


STYLES: dict[str, Style] = {
    "wire": Style(
        "Uzbekistan",
        "UZB",
        "Turkey",
        "TUR",
        "USD",
        "1.1 billion dlrs",
        "12.4 billion dlrs",
        12_400_000_000,
    ),
    "dollar-comma": Style(
        "Turkmenistan", "TKM", "Iran", "IRN", "USD", "$1,1 bln", "$12,4 bln", 12_400_000_000
    ),
    "dollar-bn": Style(
        "Pakistan", "PAK", "China", "CHN", "USD", "$1.1bn", "$12.4bn", 12_400_000_000
    ),
    "manat": Style(
        "Azerbaijan",
        "AZE",
        "Georgia",
        "GEO",
        "AZN",
        "1,1 bln manat",
        "12,4 bln manat",
        12_400_000_000,
    ),
    "tenge": Style(
        "Kazakhstan",
        "KAZ",
        "Uzbekistan",
        "UZB",
        "KZT",
        "310,5 mln tenge",
        "4,2 bln tenge",
        4_200_000_000,
    ),
    "som": Style(
        "Kyrgyzstan",
        "KGZ",
        "Kazakhstan",
        "KAZ",
        "KGS",
        "310,5 mln som",
        "4,2 bln som",
        4_200_000_000,
    ),
    "usd-words": Style(
        "Georgia",
        "GEO",
        "Armenia",
        "ARM",
        "USD",
        "1.1 billion U.S. dollars",
        "12.4 billion U.S. dollars",
        12_400_000_000,
    ),
}

# The flow: (the owner's words, flow, sign, its verbs up, its verbs down).
FLOWS: dict[str, tuple[str, str, int, tuple[str, ...], tuple[str, ...]]] = {
    "surplus": ("{a}'s trade surplus", "balance", 1, ("widened", "grew"), ("narrowed", "shrank")),
    "deficit": ("{a}'s trade deficit", "balance", -1, ("widened", "grew"), ("narrowed", "shrank")),
    "exports": ("{a}'s exports", "export", 1, ("rose", "increased"), ("fell", "declined")),
    "imports": ("{a}'s imports", "import", 1, ("grew", "climbed"), ("decreased", "dropped")),
    "turnover": (
        "{a}'s foreign trade turnover",
        "turnover",
        1,
        ("rose", "grew"),
        ("fell", "declined"),
    ),
    "pair-trade": (
        "trade between {a} and {b}",
        "turnover",
        1,
        ("increased", "grew"),
        ("fell", "decreased"),
    ),
    "pair-export": (
        "{a}'s exports to {b}",
        "export",
        1,
        ("rose", "jumped"),
        ("declined", "dropped"),
    ),
}
PAIR_FLOWS = {"pair-trade", "pair-export"}

DIRECTIONS = ["up", "down"]
VERBS = [0, 1]

APPROX = ["none", "about", "around", "some", "roughly", "approximately", "an-estimated"]

# The change's shape: alone, "by X to Y", "X to Y", "by X ..., reaching Y", a level first.
SHAPES = ["by", "by-to", "bare-to", "by-reaching", "level-first"]

# The period: (words, start, end).
PERIODS: dict[str, tuple[str, str, str]] = {
    "year": ("in 2023", "2023-01-01", "2023-12-31"),
    "1H": ("in 1H2023", "2023-01-01", "2023-06-30"),
    "10M": ("in 10M2023", "2023-01-01", "2023-10-31"),
    "months": ("in January-September 2023", "2023-01-01", "2023-09-30"),
    "half": ("in the first half of 2023", "2023-01-01", "2023-06-30"),
}
ORDERS = ["period-after", "period-first"]


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    shape: str
    approx: str
    flow: str
    direction: str
    verb: int
    style: str
    period: str
    order: str


CHOICES: dict[str, list[object]] = {
    "shape": list(SHAPES),
    "approx": list(APPROX),
    "flow": list(FLOWS),
    "direction": list(DIRECTIONS),
    "verb": list(VERBS),
    "style": list(STYLES),
    "period": list(PERIODS),
    "order": list(ORDERS),
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The cell's sentences and the records the spec asks of them."""
    style = STYLES[cell.style]
    words, flow, sign, ups, downs = FLOWS[cell.flow]
    owner = words.format(a=style.state, b=style.partner)
    partner = style.partner_code if cell.flow in PAIR_FLOWS else None
    verb = (ups if cell.direction == "up" else downs)[cell.verb]
    approx = "" if cell.approx == "none" else cell.approx.replace("-", " ") + " "
    period, start, end = PERIODS[cell.period]
    level = (style.code, partner, flow, sign * style.level_value, style.currency, start, end, False)
    x, y = style.change, style.level
    if cell.shape == "level-first":
        first = (
            f"{_cap(period)}, {owner} stood at {y}."
            if cell.order == "period-first"
            else f"{_cap(owner)} stood at {y} {period}."
        )
        return f"{first} It {verb} by {approx}{x} from a year earlier.", [level]
    change = {
        "by": f"{verb} by {approx}{x}",
        "by-to": f"{verb} by {approx}{x} to {y}",
        "bare-to": f"{verb} {approx}{x} to {y}",
        "by-reaching": f"{verb} by {approx}{x}",
    }[cell.shape]
    coda = f", reaching {y}" if cell.shape == "by-reaching" else ""
    if cell.order == "period-first":
        text = f"{_cap(period)}, {owner} {change}{coda}."
    else:
        text = f"{_cap(owner)} {change} {period}{coda}."
    return text, [] if cell.shape == "by" else [level]


def _valid(cell: Cell) -> bool:
    """A cell whose parts make sense together."""
    # "an estimated" needs "by" before it: "widened an estimated X to Y" is no outlet's way.
    return not (cell.shape == "bare-to" and cell.approx == "an-estimated")


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(6785), size=300, axis="shape", tries=50)
)

# The cells the library still misreads, by choice value, and why.
LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT), numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The second grid: a quantity of goods priced ("4 200 tons of tea worth $8,1 mln") is one
# commodity's figure, however the sentence is built; a lead telling the flow's total for
# the same period stays a record. When written (seed 6786, 240 cells) 150 of them failed
# (every cell of the quantity before its flow verb, of the product named before a bare
# quantity, and of "imports included ..."; a flow verb right before the quantity was read
# right); all pass since an amount after a quantity and "worth" is read as one product's.


class Trader(NamedTuple):
    """A state of the quantity grid, its partner, and its money style."""

    state: str
    code: str
    partner: str
    amount: str  # the product's value as written
    currency: str
    total: str  # the lead's total as written
    total_value: int


TRADERS: dict[str, Trader] = {
    "dollar-comma": Trader(
        "Azerbaijan", "AZE", "Georgia", "$8,1 mln", "USD", "$12,4 bln", 12_400_000_000
    ),
    "manat": Trader(
        "Azerbaijan", "AZE", "Russia", "13,8 mln manat", "AZN", "21,1 bln manat", 21_100_000_000
    ),
    "dollar-words": Trader(
        "Uzbekistan",
        "UZB",
        "Afghanistan",
        "8.1 million dollars",
        "USD",
        "12.4 billion dollars",
        12_400_000_000,
    ),
    "dollar-m": Trader("Kazakhstan", "KAZ", "China", "$8.1m", "USD", "$12.4bn", 12_400_000_000),
    "wire": Trader(
        "Pakistan", "PAK", "Iran", "8.1 mln dlrs", "USD", "12.4 billion dlrs", 12_400_000_000
    ),
    "tenge": Trader(
        "Kazakhstan",
        "KAZ",
        "Kyrgyzstan",
        "3,6 bln tenge",
        "KZT",
        "5,2 trillion tenge",
        5_200_000_000_000,
    ),
}

# The quantity: (words, the product it is counted in, or None for a grain of a choice).
QUANTITIES: dict[str, tuple[str, str | None]] = {
    "tons": ("4 200 tons", None),
    "tonnes-comma": ("1,2 mln tonnes", None),
    "tonnes-words": ("1.2 million tonnes", None),
    "thousand-tons": ("35,6 thousand tons", None),
    "cubic": ("3.1 billion cubic metres", "natural gas"),
    "barrels": ("2.4 million barrels", "crude oil"),
    "head": ("12 000 head", "cattle"),
}
GOODS = ["cotton", "tea", "wheat", "flour", "cement"]

# How the sentence is built around "<quantity> of <product> worth <amount>".
BUILDS = ["passive", "active", "active-to", "named-before", "included"]
QFLOWS = ["export", "import"]
QPERIODS: dict[str, tuple[str, str, str]] = {
    "year": ("in 2023", "2023-01-01", "2023-12-31"),
    "months": ("in January-March 2023", "2023-01-01", "2023-03-31"),
    "1H": ("in 1H2023", "2023-01-01", "2023-06-30"),
    "10M": ("in 10M2023", "2023-01-01", "2023-10-31"),
}
LEADS = ["none", "total"]
QAPPROX = ["none", "some", "about"]


@dataclasses.dataclass(frozen=True)
class QuantityCell:
    """One value of every choice of the quantity grid."""

    build: str
    quantity: str
    goods: str
    trader: str
    flow: str
    period: str
    lead: str
    approx: str


QUANTITY_CHOICES: dict[str, list[object]] = {
    "build": list(BUILDS),
    "quantity": list(QUANTITIES),
    "goods": list(GOODS),
    "trader": list(TRADERS),
    "flow": list(QFLOWS),
    "period": list(QPERIODS),
    "lead": list(LEADS),
    "approx": list(QAPPROX),
}


def build_quantity(cell: QuantityCell) -> tuple[str, list[Row]]:
    """The cell's sentences and the records the spec asks of them."""
    t = TRADERS[cell.trader]
    words, product = QUANTITIES[cell.quantity]
    product = product or cell.goods
    approx = "" if cell.approx == "none" else cell.approx + " "
    period, start, end = QPERIODS[cell.period]
    flows = "exports" if cell.flow == "export" else "imports"
    verb = "exported" if cell.flow == "export" else "imported"
    amount = f"{approx}{words} of {product} worth {t.amount}"
    role = "producer" if cell.flow == "export" else "buyer"
    body = {
        "passive": f"{_cap(period)}, {amount} {'was' if cell.approx != 'none' else 'were'} "
        f"{verb} {'from' if cell.flow == 'export' else 'to'} {t.state}.",
        "active": f"{t.state} {verb} {amount} {period}.",
        "active-to": f"{_cap(period)}, {t.state} supplied {amount} to {t.partner}.",
        "named-before": f"{t.state}, a large {product} {role}, "
        f"{verb} {approx}{words} worth {t.amount} {period}.",
        "included": f"{t.state}'s {flows} {period} included {amount}.",
    }[cell.build]
    if cell.lead == "none":
        return body, []
    lead = f"{t.state}'s {flows} reached {t.total} {period}."
    return f"{lead} {body}", [
        (t.code, None, cell.flow, t.total_value, t.currency, start, end, False)
    ]


def _quantity_valid(cell: QuantityCell) -> bool:
    """A cell whose parts make sense together."""
    # A grain is chosen only for a quantity of weight; "supplied" is an export.
    return (QUANTITIES[cell.quantity][1] is None or cell.goods == GOODS[0]) and not (
        cell.build == "active-to" and cell.flow == "import"
    )


QUANTITY_CELLS = list(
    sample_cells(
        QuantityCell,
        _quantity_valid,
        QUANTITY_CHOICES,
        random.Random(6786),
        size=240,
        axis="build",
        tries=50,
    )
)

# The cells the library still misreads, by choice value, and why.
QUANTITY_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(QUANTITY_CELLS, dashed_id, by_value(QUANTITY_LEFT), numbered=True)
)
def test_quantity_cell(cell: QuantityCell) -> None:
    """A priced quantity of goods is no record; the flow's total told beside it is."""
    body, expected = build_quantity(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_quantity_value_is_sampled() -> None:
    """Every value of every choice of the quantity grid is met in several cells."""
    assert_every_value_sampled(QUANTITY_CELLS, QUANTITY_CHOICES)


# The third grid: a goal whose only horizon is "in the medium term" (or "in the coming
# years" ...) is no record, its period untold (spec section 4), whether or not the outlet
# quotes the horizon ('should reach 6 bln dollars "in the medium term"'); the level told
# before it stays a record. When written (seed 6787, 200 cells) 32 of them failed, all of a
# quoted horizon in the sentence of a level of "1H2023" or "10M2023", whose period the goal
# took moved a year on; all pass since a quotation mark before the horizon changes nothing.

# The goal: its words before the amount, in the level's sentence ("and ...") or its own.
GOALS = {
    "should-reach": "should reach",
    "expected": "is expected to reach",
    "aim": "the sides aim to bring it to",
    "plan": "they plan to raise it to",
}
HORIZONS = [
    "in the medium term",
    "in the long term",
    "in the coming years",
    "in the near future",
    "over the next few years",
]
QUOTES: dict[str, tuple[str, str]] = {
    "none": ("", ""),
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "single": ("\u2018", "\u2019"),
    "guillemets": ("\u00ab ", " \u00bb"),
}
JOINS = ["and", "own-sentence"]


@dataclasses.dataclass(frozen=True)
class HorizonCell:
    """One value of every choice of the horizon grid."""

    quote: str
    goal: str
    horizon: int
    join: str
    style: str
    period: str


HORIZON_CHOICES: dict[str, list[object]] = {
    "quote": list(QUOTES),
    "goal": list(GOALS),
    "horizon": list(range(len(HORIZONS))),
    "join": list(JOINS),
    "style": ["dollar-comma", "dollar-words", "wire", "manat"],
    "period": list(QPERIODS),
}


def build_horizon(cell: HorizonCell) -> tuple[str, list[Row]]:
    """The cell's sentences and the records the spec asks of them."""
    t = TRADERS[cell.style]
    period, start, end = QPERIODS[cell.period]
    opening, closing = QUOTES[cell.quote]
    horizon = f"{opening}{HORIZONS[cell.horizon]}{closing}"
    goal = f"{GOALS[cell.goal]} {t.total} {horizon}"
    lead = f"Trade between {t.state} and {t.partner} stood at {t.amount} {period}"
    text = f"{lead} and {goal}." if cell.join == "and" else f"{lead}. {_cap(goal)}."
    if cell.join == "own-sentence" and cell.goal in {"should-reach", "expected"}:
        text = f"{lead}. It {goal}."
    partner = {"Georgia": "GEO", "Afghanistan": "AFG", "Iran": "IRN", "Russia": "RUS"}
    value = int(float(t.amount.split()[0].strip("$").replace(",", ".")) * 1_000_000)
    return text, [(t.code, partner[t.partner], "turnover", value, t.currency, start, end, False)]


def _horizon_valid(cell: HorizonCell) -> bool:
    """A cell whose parts make sense together."""
    # "and the sides aim to bring it to" reads as the level's own sentence's second clause.
    return not (cell.join == "and" and cell.goal in {"aim", "plan"})


HORIZON_CELLS = list(
    sample_cells(
        HorizonCell,
        _horizon_valid,
        HORIZON_CHOICES,
        random.Random(6787),
        size=200,
        axis="quote",
        tries=50,
    )
)

# The cells the library still misreads, by choice value, and why.
HORIZON_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(HORIZON_CELLS, dashed_id, by_value(HORIZON_LEFT), numbered=True)
)
def test_horizon_cell(cell: HorizonCell) -> None:
    """A goal with only a horizon, quoted or not, is no record; the level before it is."""
    body, expected = build_horizon(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_horizon_value_is_sampled() -> None:
    """Every value of every choice of the horizon grid is met in several cells."""
    assert_every_value_sampled(HORIZON_CELLS, HORIZON_CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    if sys.argv[1:2] == ["horizon"]:
        report_trade_grid(HORIZON_CELLS, HORIZON_CHOICES, build_horizon, PUBLISHED, sys.argv[2:])
    elif sys.argv[1:2] == ["quantity"]:
        report_trade_grid(QUANTITY_CELLS, QUANTITY_CHOICES, build_quantity, PUBLISHED, sys.argv[2:])
    else:
        report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
