"""The scaffolding every grid test shares: sampling cells, their parameters, their coverage.

A grid test builds short pages from one value of each of several independent choices
(a cell), computes the records a cell must give from its choices, and runs the library
on a seeded sample of the grid. Each grid keeps its choices, its builders and its
expectations in its own module; what they all do the same way is here:

- ``draw`` and ``sample_cells``: the seeded sample of valid cells, one value of a chosen
  choice (the ``axis``) meeting every value of every other choice, then cells drawn at
  random up to a size;
- ``grid_params``: the cells as test parameters, a cell the library still misses a strict
  xfail with its reason (``by_value`` finds one by choice value, from a grid's ``LEFT``);
- ``assert_every_value_sampled``: every value of every choice met in several cells;
- ``failure_table``: the failing cells by choice value, a grid's report when run as a script;
- ``State``: a state of the meeting grids; ``Pair`` and ``When``: the states and the date
  forms of the agreement grids.
"""

from __future__ import annotations

import collections
import dataclasses
import random
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

import pytest

if TYPE_CHECKING:
    from _pytest.mark.structures import ParameterSet
    from _typeshed import DataclassInstance

__all__ = [
    "Pair",
    "State",
    "When",
    "assert_every_value_sampled",
    "by_value",
    "dashed_id",
    "draw",
    "failure_table",
    "grid_params",
    "sample_cells",
]

C = TypeVar("C")


@dataclasses.dataclass(frozen=True)
class State:
    """A state of a meeting grid as news names it: code, name, demonym, capital, an official.

    ``pronoun`` is the official's ("he" unless told).
    """

    code: str
    name: str
    demonym: str
    capital: str
    title: str
    person: str
    pronoun: str = "he"


@dataclasses.dataclass(frozen=True)
class Pair:
    """Two states of an agreement grid: names, demonyms, capitals and codes."""

    a: str
    b: str
    dem_a: str
    dem_b: str
    cap_a: str
    cap_b: str
    codes: tuple[str, str]


@dataclasses.dataclass(frozen=True)
class When:
    """A date form: text and ISO date for a past verb, and for a future one ("*": any)."""

    name: str
    past: str
    past_iso: str | None
    future: str
    future_iso: str | None


def draw(rng: random.Random, choices: Mapping[str, Sequence[object]]) -> dict[str, object]:
    """One value of every choice, drawn in the choices' order."""
    return {name: rng.choice(values) for name, values in choices.items()}


def _as_drawn(pick: dict[str, object], first: object, name: str | None) -> None:
    """Leave a drawn pick as it is (``sample_cells``' default ``fix``)."""


def sample_cells(
    make: Callable[..., C],
    valid: Callable[[C], bool],
    choices: Mapping[str, Sequence[object]],
    rng: random.Random,
    *,
    size: int,
    axis: str,
    tries: int,
    cover_axis: bool = False,
    fix: Callable[[dict[str, object], object, str | None], None] = _as_drawn,
) -> dict[C, None]:
    """A seeded sample of valid cells, in the order they were first drawn.

    First every value of the ``axis`` choice meets every value of every other choice (and
    of the axis itself with ``cover_axis``) in one valid cell, drawn at most ``tries``
    times; then cells are drawn at random until there are ``size``. ``make`` builds a cell
    from a pick (choice name to value) after ``fix(pick, first, name)`` has adjusted it:
    ``first`` the axis value and ``name`` the choice it meets (both None while filling up).
    """
    cells: dict[C, None] = {}
    for first in choices[axis]:
        for name, values in choices.items():
            if name == axis and not cover_axis:
                continue
            for value in values:
                for _ in range(tries):
                    pick = draw(rng, choices)
                    pick[axis], pick[name] = first, value
                    fix(pick, first, name)
                    cell = make(**pick)
                    if valid(cell):
                        cells[cell] = None
                        break
    while len(cells) < size:
        pick = draw(rng, choices)
        fix(pick, None, None)
        cell = make(**pick)
        if valid(cell):
            cells[cell] = None
    return cells


def dashed_id(cell: DataclassInstance) -> str:
    """A cell's test id: its choice values, in field order, joined by dashes."""
    return "-".join(str(v) for v in dataclasses.astuple(cell))


def by_value(left: Mapping[tuple[str, str], str]) -> Callable[[object], str | None]:
    """Why a cell is still misread, from the reasons a grid's ``LEFT`` gives by choice value."""

    def known(cell: object) -> str | None:
        reasons = [why for (choice, value), why in left.items() if getattr(cell, choice) == value]
        return "; ".join(reasons) if reasons else None

    return known


def grid_params(
    cells: Iterable[C],
    ident: Callable[[C], str],
    known: Callable[[C], str | None],
    *,
    numbered: bool = False,
) -> list[ParameterSet]:
    """The cells as test parameters, id ``ident(cell)`` (after ``<index>:`` if ``numbered``).

    A cell ``known`` gives a reason for is a strict xfail: a miss the library still has.
    """
    params = []
    for i, cell in enumerate(cells):
        reason = known(cell)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        ident_ = f"{i}:{ident(cell)}" if numbered else ident(cell)
        params.append(pytest.param(cell, id=ident_, marks=marks))
    return params


def assert_every_value_sampled(
    cells: Iterable[object],
    choices: Mapping[str, Iterable[object]],
    *,
    spread: Collection[str] = (),
    least: int = 5,
) -> None:
    """Every value of every choice is met in ``least`` cells or more.

    A choice in ``spread`` holds a tuple of values, each counted on its own.
    """
    seen: collections.Counter[tuple[str, object]] = collections.Counter()
    for cell in cells:
        for choice in choices:
            value = getattr(cell, choice)
            for one in value if choice in spread else (value,):
                seen[(choice, one)] += 1
    for choice, values in choices.items():
        for value in values:
            assert seen[(choice, value)] >= least, (choice, value)


def failure_table(
    cells: Sequence[C], choices: Mapping[str, Iterable[object]], failed: Mapping[C, bool]
) -> Iterator[tuple[str, object, int, int]]:
    """(choice, value, failing cells, cells) for every choice value: a grid's report."""
    for name, values in choices.items():
        for value in values:
            mine = [c for c in cells if getattr(c, name) == value]
            yield name, value, sum(failed[c] for c in mine), len(mine)
