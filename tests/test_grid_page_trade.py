"""Trade goals whose year a clause after the amount tells, as the seed outlets write them.

A cell is a story of two invented sentences built from one value of each choice: a lead
telling the trade of two states (Central Asian, Caucasian, Pakistani or Turkish pairs) over
a period the outlets name ("in 2022", "in January-September 2023"), then a goal sentence
whose amount and year are apart: the year in a clause after a comma (", set by the
presidents for 2026", ", which the leaders set for 2026", ", to be reached by 2026"), in a
clause with no comma (the control), or the amount before its goal noun ("the $3 billion
trade target set for 2026"). Near misses tell the year the goal was set ("set in 2021"),
which is no period of the goal: such a goal is no record (spec/EXTRACTION.md: a figure
whose period the article does not let a reader determine); or the clause's year follows a
goal for one product ("$3 billion in cotton exports"), a change ("raising trade by $3
billion") or no trade ("$3 billion in investment"), none of them a record. The lead stays a
record in every cell.

The records a cell must give are computed from the choices by spec/EXTRACTION.md, never by
running the library: the lead's turnover for its period, and the goal's turnover for the
year it names, ``target`` true. Records are compared as the scorer pairs them
(``tests/trade_rows.py``).

Before the library read a goal's year from a clause after a comma, 109 of 260 cells failed
(every comma clause, 85, and every amount before its goal noun, 24; the near misses and the
controls passed); after, 236 pass. The 24 cells of an amount before its goal noun ("the
$3 billion trade target set for 2026"), read as no trade figure at all, pass since the
library reads a trade goal noun right after its amount (tests/test_grid_trade_goal_nouns.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, by_value, dashed_id, grid_params, sample_cells
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2023, 11, 14)


class Pair(NamedTuple):
    """The two states of a story: codes and names."""

    a: str
    a_name: str
    b: str
    b_name: str


PAIRS = (
    Pair("KAZ", "Kazakhstan", "AZE", "Azerbaijan"),
    Pair("UZB", "Uzbekistan", "PAK", "Pakistan"),
    Pair("TKM", "Turkmenistan", "TUR", "Turkey"),
    Pair("KGZ", "Kyrgyzstan", "TJK", "Tajikistan"),
)
# The lead's period: words, start, end.
LEADS: dict[str, tuple[str, str, str]] = {
    "year": ("in 2022", "2022-01-01", "2022-12-31"),
    "months": ("in January-September 2023", "2023-01-01", "2023-09-30"),
    "year-phrase": ("over the past year", "2022-01-01", "2022-12-31"),
}
# The lead's verb phrase before the amount.
VERBS = {
    "amounted": "Trade turnover between {a} and {b} amounted to",
    "reached": "Mutual trade of {a} and {b} reached",
    "stood": "The trade turnover of {a} with {b} stood at",
}
# The goal sentence: {x} the amount, {y} the goal's year; whether the year is the goal's.
GOALS: dict[str, tuple[str, bool]] = {
    "comma-set-by": (
        "The ministers {frame} the goal of {x} in bilateral trade, set by the presidents for {y}.",
        True,
    ),
    "comma-set": ("The ministers {frame} the goal of {x} in mutual trade, set for {y}.", True),
    "comma-which": (
        "The ministers {frame} the target of {x} in trade turnover, which the two leaders "
        "set for {y}.",
        True,
    ),
    "comma-to-be": (
        "The ministers {frame} the goal of {x} in bilateral trade, to be reached by {y}.",
        True,
    ),
    "nocomma-set-by": (
        "The ministers {frame} the goal of {x} in bilateral trade set by the presidents for {y}.",
        True,
    ),
    "amount-goal": ("The ministers {frame} the {x} trade target set for {y}.", True),
    "set-in": (
        "The ministers {frame} the goal of {x} in bilateral trade, set by the presidents in "
        "{past}.",
        False,
    ),
    "set-in-bare": ("The ministers {frame} the goal of {x} in mutual trade, set in {past}.", False),
    # Near misses of the other side: one product's goal, a change, no trade at all.
    "product": (
        "The ministers {frame} the goal of {x} in cotton exports, set by the presidents for {y}.",
        False,
    ),
    "change": (
        "The ministers {frame} the goal of raising trade by {x}, set by the presidents for {y}.",
        False,
    ),
    "investment": (
        "The ministers {frame} the goal of {x} in investment, to be reached by {y}.",
        False,
    ),
}
FRAMES = ("discussed", "reaffirmed", "noted")
AMOUNTS = {"bln": ("$3 billion", 3_000_000_000), "mln": ("$750 million", 750_000_000)}
YEARS = ("2025", "2026", "2030")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One story's choices."""

    goal: str
    lead: str
    verb: str
    frame: str
    amount: str
    year: str
    pair: int


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    words, start, end = LEADS[cell.lead]
    lead = VERBS[cell.verb].format(a=pair.a_name, b=pair.b_name)
    rows: list[Row] = [(pair.a, pair.b, "turnover", 410_000_000, "USD", start, end, False)]
    text, told = GOALS[cell.goal]
    x, value = AMOUNTS[cell.amount]
    goal = text.format(frame=cell.frame, x=x, y=cell.year, past="2021")
    if told:
        rows.append(
            (
                pair.a,
                pair.b,
                "turnover",
                value,
                "USD",
                f"{cell.year}-01-01",
                f"{cell.year}-12-31",
                True,
            )
        )
    return f"{lead} $410 million {words}, the statistics committee said. {goal}", rows


def _valid(cell: Cell) -> bool:
    """Every combination is a story."""
    return True


CHOICES: dict[str, list[object]] = {
    "goal": list(GOALS),
    "lead": list(LEADS),
    "verb": list(VERBS),
    "frame": list(FRAMES),
    "amount": list(AMOUNTS),
    "year": list(YEARS),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(6556), size=260, axis="goal", tries=5)
)

# The cells the library still misreads, by choice value: (choice, value) -> why.
LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT), numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
