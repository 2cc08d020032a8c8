"""A grid of trade figures whose subject and verb stand apart: an aside between them.

Every cell is one invented wire sentence (after an optional dateline) built from
independent choices: the pair (A, whose figure it is, and B, its partner; C a third
state), the subject ("A's exports to B", "A's imports from B", "the A-adjective-B-adjective
trade", "trade between A and B", "A's trade surplus with B", or the bare state "A" whose
verb carries the flow: "A ran a trade surplus of X with B"), the aside set off by commas
between the subject and its verb (none; a participle "settled in dollars since 1980"; a
make-up "mostly tea and machinery"; a relative clause naming C, "which C watches
closely"; a relative clause with a flow word of C's, "which dwarfs C's exports to B"; an
apposition "the largest in the region", or for a bare state "B's largest trading
partner"), the verb ("rose to", "reached", "totalled", "stood at", "was"), the period
("in 1986", "last year", "in the first quarter"; published 3 April 1987) and the dateline
(none, A's city, C's city).

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4, never by running the library: one record, the subject's flow between A and B for the
period, whatever the aside says. An aside set off by commas describes the subject; it is
neither the figure's frame (C's exports it names are no flow of the figure) nor its owner
(C, or B as "A's largest trading partner", takes no part in the figure beyond what the
subject says), and a make-up of the goods ("mostly tea") does not make a total a product's
figure (section 4 leaves out figures "for one product", not totals described by their
goods).

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).

Before the library read asides, 80 of 260 cells failed: a figure after an aside was lost,
went to the aside's flow (the surplus read as "C's exports"), or to a turnover of A and B
as a ranked list item where a bare state stood before its apposition.
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
from trade_rows import (
    Row,
    TableRow,
    assert_table_shape,
    report_trade_grid,
    scored,
    table_params,
    trade_rows,
)

PUBLISHED = dt.date(1987, 4, 3)


class State(NamedTuple):
    """A state as the wire names it."""

    code: str
    name: str
    adjective: str
    city: str


class Trio(NamedTuple):
    """A, whose figure it is; B, its partner; C, a third state; the amount's words, value."""

    a: State
    b: State
    c: State
    amount: str
    value: int


TRIOS = (
    Trio(
        State("KEN", "Kenya", "Kenyan", "NAIROBI"),
        State("UGA", "Uganda", "Ugandan", "KAMPALA"),
        State("TZA", "Tanzania", "Tanzanian", "DAR ES SALAAM"),
        "412 mln dlrs",
        412_000_000,
    ),
    Trio(
        State("BRA", "Brazil", "Brazilian", "BRASILIA"),
        State("CHL", "Chile", "Chilean", "SANTIAGO"),
        State("ARG", "Argentina", "Argentine", "BUENOS AIRES"),
        "1.2 billion dlrs",
        1_200_000_000,
    ),
    Trio(
        State("FIN", "Finland", "Finnish", "HELSINKI"),
        State("POL", "Poland", "Polish", "WARSAW"),
        State("SWE", "Sweden", "Swedish", "STOCKHOLM"),
        "2.35 billion dlrs",
        2_350_000_000,
    ),
)

# The subject's words ({a}, {b}, {adj_a}, {adj_b}) and its flow.
SUBJECTS: dict[str, tuple[str, str]] = {
    "exports-to": ("{a}'s exports to {b}", "export"),
    "imports-from": ("{a}'s imports from {b}", "import"),
    "hyphen-trade": ("{adj_a}-{adj_b} trade", "turnover"),
    "trade-between": ("trade between {a} and {b}", "turnover"),
    "surplus-with": ("{a}'s trade surplus with {b}", "balance"),
    "state-ran": ("{a}", "balance"),
}
# The aside's words ({b}, {c}); "" for none.
ASIDES: dict[str, str] = {
    "none": "",
    "settled": "settled in dollars since 1980",
    "mostly": "mostly tea and machinery",
    "relative-third": "which {c} watches closely",
    "relative-flow": "which outpaced {c}'s exports to {b}",
    "apposition": "the largest in the region",
    "partner-apposition": "{b}'s largest trading partner",
}
# The asides a bare state can take, and those a flow noun can.
STATE_ASIDES = ("none", "relative-third", "partner-apposition")
FLOW_ASIDES = ("none", "settled", "mostly", "relative-third", "relative-flow", "apposition")
VERBS = ("rose-to", "reached", "totalled", "stood-at", "was")
# A bare state's verb phrase for each verb: the flow is in its object.
STATE_VERBS = {
    "rose-to": "saw its trade surplus with {b} rise to {x}",
    "reached": "ran a trade surplus with {b} that reached {x}",
    "totalled": "ran a trade surplus of {x} with {b}",
    "stood-at": "had a trade surplus with {b} that stood at {x}",
    "was": "had a trade surplus of {x} with {b}",
}
FLOW_VERBS = {
    "rose-to": "rose to {x}",
    "reached": "reached {x}",
    "totalled": "totalled {x}",
    "stood-at": "stood at {x}",
    "was": "was {x}",
}
# (name, text, start, end)
PERIODS = (
    ("in-1986", "in 1986", "1986-01-01", "1986-12-31"),
    ("last-year", "last year", "1986-01-01", "1986-12-31"),
    ("first-quarter", "in the first quarter", "1987-01-01", "1987-03-31"),
)
DATELINES = ("none", "a-city", "c-city")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    subject: str
    aside: str
    verb: str
    period: str
    dateline: str
    trio: int


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the record its choices call for."""
    trio = TRIOS[cell.trio]
    a, b, c = trio.a, trio.b, trio.c
    words = {"a": a.name, "b": b.name, "c": c.name, "adj_a": a.adjective, "adj_b": b.adjective}
    subject, flow = SUBJECTS[cell.subject]
    subject = subject.format(**words)
    aside = ASIDES[cell.aside].format(**words)
    verbs = STATE_VERBS if cell.subject == "state-ran" else FLOW_VERBS
    verb = verbs[cell.verb].format(x=trio.amount, **words)
    _, period, start, end = next(p for p in PERIODS if p[0] == cell.period)
    sentence = f"{subject}, {aside}, {verb} {period}." if aside else f"{subject} {verb} {period}."
    sentence = sentence[0].upper() + sentence[1:]
    if cell.dateline == "none":
        body = sentence
    else:
        city = a.city if cell.dateline == "a-city" else c.city
        body = f"{city}, April 3 - {sentence}"
    rows: list[Row] = [(a.code, b.code, flow, trio.value, "USD", start, end, False)]
    return body, rows


def _valid(cell: Cell) -> bool:
    """Whether the aside fits the subject: a bare state takes no goods' or payments' aside."""
    allowed = STATE_ASIDES if cell.subject == "state-ran" else FLOW_ASIDES
    return cell.aside in allowed


CHOICES: dict[str, list[object]] = {
    "subject": list(SUBJECTS),
    "aside": list(ASIDES),
    "verb": list(VERBS),
    "period": [p[0] for p in PERIODS],
    "dateline": list(DATELINES),
    "trio": list(range(len(TRIOS))),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give a pick an aside its subject takes, unless the aside is the choice being met."""
    allowed = STATE_ASIDES if pick["subject"] == "state-ran" else FLOW_ASIDES
    if pick["aside"] not in allowed:
        if name == "aside":
            pick["subject"] = "state-ran" if pick["aside"] in STATE_ASIDES else "exports-to"
        else:
            pick["aside"] = allowed[len(str(pick["verb"])) % len(allowed)]


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(61), size=260, axis="aside", tries=80, fix=_fix
    )
)


D = dt.date
_1986 = ("1986-01-01", "1986-12-31")

# The near misses of the asides blanked, which must not change: an aside that tells the
# figure's owner, the goods of "deliveries", or a figure of its own. (class, id, headline,
# body, published, expected records)
TABLE: list[TableRow] = [
    (
        "role-aside-tells-owner",
        "bare-state-with-a-role-buys-goods",
        None,
        "LIMA, May 4 - Germany, Peru's largest market in Europe, bought goods worth 212 mln "
        "dlrs in 1986.",
        D(1987, 5, 4),
        [("PER", "DEU", "export", 212_000_000, "USD", *_1986, False)],
    ),
    (
        "role-aside-tells-owner",
        "role-then-a-later-clause-with-the-partner",
        None,
        "LIMA, May 4 - Peru's trade surplus rose to 500 mln dlrs in 1986. Germany, Peru's "
        "largest market in Europe, bought goods worth 212 mln dlrs in 1986, and the surplus "
        "with Germany reached 40 mln dlrs.",
        D(1987, 5, 4),
        [
            ("PER", None, "balance", 500_000_000, "USD", *_1986, False),
            ("PER", "DEU", "export", 212_000_000, "USD", *_1986, False),
            ("PER", "DEU", "balance", 40_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "role-aside-tells-owner",
        "buyer-of-a-product-after-a-product-story",
        None,
        "LIMA, May 4 - Peru's copper exports rose sharply in 1986.\n\nShipments to Germany, "
        "the main buyer of Peruvian copper, were worth 212 mln dlrs last year.",
        D(1987, 5, 4),
        [],
    ),
    (
        "deliveries-make-up",
        "deliveries-mostly-goods-to-reach",
        None,
        "LIMA, Feb 10 - Peru and Chile have agreed to raise bilateral trade to about 300 mln "
        "dlrs this year. Chilean deliveries, mostly machinery, are expected to reach 140 mln "
        "dlrs this year.",
        D(1987, 2, 10),
        [
            ("PER", "CHL", "turnover", 300_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("CHL", "PER", "export", 140_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "deliveries-make-up",
        "supplies-mainly-goods-to-total",
        None,
        "LIMA, Feb 10 - Peru and Chile have agreed to raise bilateral trade to about 300 mln "
        "dlrs this year. Chilean supplies, mainly machinery, are expected to total 140 mln "
        "dlrs this year.",
        D(1987, 2, 10),
        [
            ("PER", "CHL", "turnover", 300_000_000, "USD", "1987-01-01", "1987-12-31", True),
            ("CHL", "PER", "export", 140_000_000, "USD", "1987-01-01", "1987-12-31", True),
        ],
    ),
    (
        "aside-own-figure",
        "relative-clause-with-last-year-s-level",
        None,
        "Peru's exports to Germany, which were 180 mln dlrs in 1985, rose to 212 mln dlrs in 1986.",
        D(1987, 5, 4),
        [
            ("PER", "DEU", "export", 180_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PER", "DEU", "export", 212_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "aside-own-figure",
        "trade-between-with-an-earlier-level",
        None,
        "Trade between Peru and Chile, which stood at 90 mln dlrs in 1985, reached 120 mln "
        "dlrs in 1986.",
        D(1987, 5, 4),
        [
            ("PER", "CHL", "turnover", 90_000_000, "USD", "1985-01-01", "1985-12-31", False),
            ("PER", "CHL", "turnover", 120_000_000, "USD", *_1986, False),
        ],
    ),
]
TABLE_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), table_params(TABLE, TABLE_LEFT)
)
def test_grid_class_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert scored(trade_rows(body, published, title)) == scored(expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, TABLE_LEFT)


# The cells the library still misreads, by choice value: (choice, value) -> why.
LEFT: dict[tuple[str, str], str] = {}


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (a strict xfail), or ``None``."""
    reasons = [why for (choice, value), why in LEFT.items() if getattr(cell, choice) == value]
    return "; ".join(reasons) if reasons else None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, left, numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the record its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
