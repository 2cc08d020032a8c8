"""A grid of officials meeting banks, firms or a state's own groups: no record (a precision class).

The triage of visible meetings that match no key record (after
tests/test_grid_meeting_precision_three.py) found an official told meeting a bank, trading
houses or the bank committee of his own state's creditors, often in the sentence after his
talks with a foreign minister ("met officials of the B Export Bank and several trading houses
on Wednesday"), and one told meeting unions or interest groups ("union leaders", "pensioners'
groups"). A bank, a firm or a union is no state, body of states or foreign official, so that
meeting is none (spec/EXTRACTION.md section 2: "Not: domestic meetings ..., meetings of a
state with companies or banks"). Each cell is one invented paragraph built from the meeting's
verb, its counterpart, a frame and two states; the records it must give follow from the
choices alone, never from running the library:

- every firm, bank or group counterpart (a bank named by its trade, a state's trading houses,
  the advisory or steering committee of commercial bank creditors, union leaders, farmers',
  employers' or pensioners' groups) gives **no meeting**;
- the controls, the same verbs with a state's official or ministry as counterpart (also one
  named beside the trading houses, and a central bank, a state's own organ), give the pair's
  one meeting: ``planned`` when told as to come, ``held`` when told in the past;
- in the last frame the pair's talks come first and the firms or groups are met after "and":
  the talks alone are a meeting.

Before any fix 204 of 336 cells failed: every cell of the seven first non-state counterparts
but the creditors' steering committee (already read as no state), in every frame. The first
fix (banks by their trade, trading houses, a bank advisory committee) left 90 failing, the
cells of the unions and interest groups; the second left none: all 336 pass.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from diplonews import extract_text
from grid_cells import State

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday

PAIRS = (
    (
        State("EGY", "Egypt", "Egyptian", "Cairo", "Trade Minister", "Karim Fathy"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "Trade Minister", "Ama Boateng", "she"),
    ),
    (
        State("ARG", "Argentina", "Argentine", "Buenos Aires", "Finance Minister", "Mariela Sosa"),
        State("POL", "Poland", "Polish", "Warsaw", "Finance Minister", "Jan Wierzba"),
    ),
    (
        State("IDN", "Indonesia", "Indonesian", "Jakarta", "Trade Minister", "Budi Santoso"),
        State("MEX", "Mexico", "Mexican", "Mexico City", "Economy Minister", "Lucia Orozco"),
    ),
)

# (verb phrase before the counterpart, status of the record it tells)
VERBS: tuple[tuple[str, str], ...] = (
    ("met", "held"),
    ("held talks with", "held"),
    ("had meetings with", "held"),
    ("will meet", "planned"),
    ("is to hold talks with", "planned"),
    ("is due to meet with", "planned"),
)

# (counterpart with {b}: B's name, {db}: its demonym, {pb}: its official, {ma}: A's possessive;
# whether it is a state's side)
COUNTERPARTS: tuple[tuple[str, bool], ...] = (
    # banks and trading firms
    ("officials of the {b} Export Bank", False),
    ("several {db} trading houses", False),
    ("officials of the {db} Savings Bank and two trading houses", False),
    ("{ma} commercial bank advisory committee", False),
    ("the steering committee of {ma} commercial bank creditors", False),
    # a state's unions and interest groups: its people, no state's side
    ("{db} union leaders", False),
    ("{db} farmers' groups and trade union officials", False),
    ("employers' organisations and pensioners' groups", False),
    # controls: a state's official or ministry, a central bank, one beside the firms
    ("{db} {tb} {pb}", True),
    ("officials of the {db} Trade Ministry", True),
    ("officials of the {db} central bank", True),
    ("{db} {tb} {pb} and several trading houses", True),
)

# (frame with {pa}: A's official, {v}: the verb phrase, {c}: the counterpart, {cb}: B's capital)
FRAMES = (
    "{Pa} {v} {c} in {cb} on Thursday, officials said.",
    "In {cb}, {pa} {v} {c} on Thursday.",
    "{Pa} {v} {c} on Thursday during a week in {cb}, the ministry said.",
    "Officials said {pa} {v} {c} in {cb} on Thursday.",
    # after talks with B's official (the one meeting told): the firms or groups met later
    "{Pa} held talks with {db} {tb} {pb} in {cb} on Monday and {v} {c} on Thursday.",
)
# The frame whose first clause tells the pair's talks (held): a state's side met later in it
# may be a second meeting of its own, so only firm or group counterparts are drawn there.
AFTER_TALKS = len(FRAMES) - 1


class Cell(NamedTuple):
    """One paragraph's choices: the verb, the counterpart, the frame and the pair of states."""

    verb: int
    counterpart: int
    frame: int
    pair: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"v{self.verb}-c{self.counterpart}-f{self.frame}-p{self.pair}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the meeting."""
        a, b = PAIRS[self.pair]
        pa = f"{a.demonym} {a.title} {a.person}"
        counterpart = COUNTERPARTS[self.counterpart][0].format(
            b=b.name, db=b.demonym, tb=b.title, pb=b.person, ma=f"{a.name}'s"
        )
        sentence = FRAMES[self.frame].format(
            v=VERBS[self.verb][0],
            c=counterpart,
            pa=pa,
            Pa=pa,
            cb=b.capital,
            db=b.demonym,
            tb=b.title,
            pb=b.person,
        )
        return f"{a.capital.upper()}, May 15 - Officials gave few details. {sentence}"

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        a, b = PAIRS[self.pair]
        if self.frame == AFTER_TALKS:
            return [("held", sorted((a.code, b.code)))]
        if not COUNTERPARTS[self.counterpart][1]:
            return []
        return [(VERBS[self.verb][1], sorted((a.code, b.code)))]


# Every verb and counterpart meets every frame once; pairs rotate.
CELLS = [
    Cell(v, c, f, (v + c + f) % len(PAIRS))
    for v, c, f in itertools.product(
        range(len(VERBS)), range(len(COUNTERPARTS)), range(len(FRAMES))
    )
    if f != AFTER_TALKS or not COUNTERPARTS[c][1]
]


def told(cell: Cell) -> list[tuple[str, list[str]]]:
    """The meetings the library reads in the cell: (status, sorted countries)."""
    document = extract_text(cell.text, published=PUBLISHED)
    return sorted(
        (m.status.value, sorted(c.alpha_3 for c in m.countries)) for m in document.meetings
    )


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.ident) for c in CELLS])
def test_grid_meeting_with_banks_and_firms(cell: Cell) -> None:
    """A meeting with banks or trading firms is none; one with a state's side is kept."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(c.ident, "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
