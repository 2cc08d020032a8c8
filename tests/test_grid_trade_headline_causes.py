"""A grid of a headline naming a second state as a cause, not as the trade's other side.

Every cell is one invented page under a trade headline that names two states. On one side
the second state stands in a cause phrase ("Laos exports surge on Thai demand", "...
jump amid strong Thai demand", "... slide despite Thai tariffs"); on the other it is the
flow's partner ("Laos exports to Thailand surge", "Laos, Thailand trade jumps"). The body
tells the first state's exports for a year, then its imports and the balance they leave,
with no partner named in their sentences, and optionally a sentence naming the second
state's demand.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4, never by running the library:

- under a headline of a cause, the body's bare flows are the state's trade with the
  world (partner null): the cause's state buys or taxes, it is not the figures' other side;
- under a headline of the pair's trade, the bare flows are the pair's ("the reporter and
  partner come from the context").

Before the fix, 64 of 96 cells failed: every headline of a cause made its state the
partner of the body's bare flows (the lead's exports too, where no other figure told the
pair's own). After it, all 96 pass.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, dashed_id, grid_params
from trade_rows import Row, scored, trade_rows

PUBLISHED = dt.date(2024, 2, 1)
START, END = "2023-01-01", "2023-12-31"


class Pair(NamedTuple):
    """A, whose trade the story tells, and B, named by the headline."""

    a: str
    b: str
    a_name: str
    b_name: str
    b_adjective: str


PAIRS = (
    Pair("LAO", "THA", "Laos", "Thailand", "Thai"),
    Pair("KHM", "CHN", "Cambodia", "China", "Chinese"),
)
HEADLINES = {
    # the second state as a cause: no side of the trade
    "on-demand": ("{a} exports surge on {adj} demand", False),
    "amid-strong-demand": ("{a} exports jump amid strong {adj} demand", False),
    "despite-tariffs": ("{a} exports rise despite {adj} tariffs", False),
    "after-boom": ("{a} exports climb after {adj} boom", False),
    # the second state as the flow's partner: the pair's trade
    "exports-to": ("{a} exports to {b} surge", True),
    "comma-pair": ("{a}, {b} trade jumps", True),
}
LEADS = ("plain", "with-demand-aside")
NEXTS = ("imports-and-balance", "imports-only")
SPLITS = ("one-paragraph", "two-paragraphs")
EXPORTS, IMPORTS = 8.1, 7.2  # bln dollars


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    pair: int
    headline: str
    lead: str
    next: str
    split: str


CHOICES: dict[str, tuple[object, ...]] = {
    "pair": tuple(range(len(PAIRS))),
    "headline": tuple(HEADLINES),
    "lead": LEADS,
    "next": NEXTS,
    "split": SPLITS,
}


def build(cell: Cell) -> tuple[str, list[Row], str]:
    """The page, the records its choices call for, and its headline."""
    pair = PAIRS[cell.pair]
    words, paired = HEADLINES[cell.headline]
    title = words.format(a=pair.a_name, b=pair.b_name, adj=pair.b_adjective)
    lead = f"{pair.a_name}'s exports rose 20% in 2023 to ${EXPORTS}bn"
    if cell.lead == "with-demand-aside":
        lead += f", helped by strong demand in {pair.b_name} for its minerals"
    lead += ", official figures show."
    later = f"Imports climbed 15% to ${IMPORTS}bn"
    if cell.next == "imports-and-balance":
        later += f", leaving a trade surplus of ${EXPORTS - IMPORTS:.1f}bn"
    later += ", the statistics office said."
    body = lead + ("\n\n" if cell.split == "two-paragraphs" else " ") + later
    partner = pair.b if paired else None
    rows: list[Row] = [
        (pair.a, partner, "export", int(EXPORTS * 1e9), "USD", START, END, False),
        (pair.a, partner, "import", int(IMPORTS * 1e9), "USD", START, END, False),
    ]
    if cell.next == "imports-and-balance":
        surplus = int(round(EXPORTS - IMPORTS, 1) * 1e9)
        rows.append((pair.a, partner, "balance", surplus, "USD", START, END, False))
    return body, rows, title


CELLS = [
    Cell(*pick) for pick in itertools.product(range(len(PAIRS)), HEADLINES, LEADS, NEXTS, SPLITS)
]  # all 96


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (a strict xfail), or ``None``."""
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, left, numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected, title = build(cell)
    assert scored(trade_rows(body, PUBLISHED, title)) == scored(expected), (title, body)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=4)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = collections.Counter[tuple[str, object]]()
    for c in CELLS:
        body, expected, title = build(c)
        if scored(trade_rows(body, PUBLISHED, title)) != scored(expected):
            failed.update(dataclasses.asdict(c).items())
            failed["all", "cells"] += 1
    for (choice, value), bad in sorted(failed.items(), key=str):
        print(f"{choice:9} {value!s:20} {bad}")
    print(failed["all", "cells"], "of", len(CELLS), "cells fail")
