"""A grid of commission sittings named in full: "the Commission on X Cooperation between A and B".

The region's outlets name a bilateral commission by its full title, its field before its
sides: "The eleventh meeting of the Intergovernmental Commission on Economic Cooperation
between the Republic of A and the Republic of B took place yesterday in P". Each cell is one
invented sentence from independent choices: the sitting's number and word, the body's word,
its field (none, one word, a list of fields in title or lower case), how the sides are named
(after "between", by their full names after "between", or by an adjective pair before the
body's word), the predicate (held yesterday, held on Monday, to take place on Friday, or the
sitting told in another clause: "reviewed the decisions of ..., held in P on Monday"), and the
two states.

What it must give follows from spec/EXTRACTION.md section 2, computed from the choices
(never by running the library): "sessions of joint commissions" are a ``meeting`` of the two
states the body joins, held or planned as the predicate tells, on its day (the page is
published on Wednesday 2023-05-10: yesterday is 2023-05-09, Monday 2023-05-08, Friday
2023-05-12). The field is part of the body's name, no topic that would end the clause before
the sides and the day are told.

Before the rule in ``meetings._places.clause_bounds`` (a body's field told with "on" is part
of its name when its sides or its sitting's predicate follow), 127 of 324 cells failed: 124 of
the 182 cells with a field and the sides after "between" gave no record or one without its
sides or day, and 3 with the adjective pair lost the day of a long field told ", held in P
on Monday" (those 3 are still strict xfails).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells
from meeting_rows import H, M, P, Want, briefs_of, fits_as_scored, pairs

# (code, name, adjective, capital)
STATES = (
    ("CHL", "Chile", "Chilean", "Santiago"),
    ("PER", "Peru", "Peruvian", "Lima"),
    ("MNG", "Mongolia", "Mongolian", "Ulaanbaatar"),
    ("KEN", "Kenya", "Kenyan", "Nairobi"),
    ("LAO", "Laos", "Lao", "Vientiane"),
    ("GEO", "Georgia", "Georgian", "Tbilisi"),
)
SITTINGS = ("eleventh meeting", "5th session", "first meeting", "17th session")
BODIES = (
    "Intergovernmental Commission",
    "Joint Commission",
    "Joint Committee",
    "Intergovernmental Council",
    "intergovernmental commission",
)
FIELDS = (
    "",
    "on Transport",
    "on Economic Cooperation",
    "on Trade and Economic Cooperation",
    "on Trade, Economic, Scientific and Technical Cooperation",
    "on trade and economic cooperation",
)
SIDES = ("between", "republics", "adjectives")
# (predicate with {cap}, status, ISO date)
PREDICATES = (
    ("took place yesterday in {cap}", H, "2023-05-09"),
    ("was held in {cap} on Monday", H, "2023-05-08"),
    ("will take place in {cap} on Friday", P, "2023-05-12"),
    # the sitting told in another clause: "reviewed the decisions of ..., held in P on Monday"
    (", held in {cap} on Monday", H, "2023-05-08"),
)
CHOICES: dict[str, tuple[object, ...]] = {
    "field": FIELDS,
    "sitting": SITTINGS,
    "body": BODIES,
    "sides": SIDES,
    "predicate": PREDICATES,
    "home": STATES,
    "away": STATES,
}


@dataclass(frozen=True)
class Cell:
    """One sentence's choices."""

    field: str
    sitting: str
    body: str
    sides: str
    predicate: tuple[str, str, str]
    home: tuple[str, str, str, str]
    away: tuple[str, str, str, str]

    @property
    def text(self) -> str:
        """The sentence: the sitting, the body named in full, its predicate."""
        a, b = self.home, self.away
        name = f"{self.body} {self.field}".strip()
        if self.sides == "adjectives":
            name = f"{a[2]}-{b[2]} {name}"
            sides = ""
        elif self.sides == "between":
            sides = f" between {a[1]} and {b[1]}"
        else:
            sides = f" between the Republic of {a[1]} and the Republic of {b[1]}"
        verb = self.predicate[0].format(cap=a[3])
        if verb.startswith(","):
            lead = "The ministers reviewed the decisions of the"
            return f"{lead} {self.sitting} of the {name}{sides}{verb}."
        return f"The {self.sitting} of the {name}{sides} {verb}."

    @property
    def expected(self) -> list[Want]:
        """The sitting: a meeting of the two states, of the predicate's status and day."""
        _, status, day = self.predicate
        return [(M, status, sorted([self.home[0], self.away[0]]), None, day)]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        words = [
            self.field.split()[-1] if self.field else "nofield",
            str(len(self.field.split())),
            self.sitting.split()[0],
            self.body.replace(" ", "_"),
            self.sides,
            self.predicate[0].split()[0].strip(","),
            self.home[0],
            self.away[0],
        ]
        return "-".join(words)


def valid(cell: Cell) -> bool:
    """Two distinct states."""
    return cell.home != cell.away


CELLS = list(
    sample_cells(Cell, valid, CHOICES, random.Random(6436), size=324, axis="field", tries=50)
)


def passes(cell: Cell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected one."""
    return pairs(briefs_of(cell.text), cell.expected, fits_as_scored)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    if cell.predicate[0].startswith(",") and cell.sides == "adjectives" and len(cell.field) > 40:
        # left: letting ", held in" end a field moved a record's pairing on a read page
        return "a long field before ', held in P on Monday' ends the clause before the day"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.name, known_gap, numbered=True))
def test_grid_page_meetings(cell: Cell) -> None:
    """Each sentence gives the commission's sitting, between its two states, on its day."""
    assert passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, n in failure_table(CELLS, CHOICES, failed):
        print(f"{choice}={value}: {bad}/{n}")
    for c in [c for c in CELLS if failed[c]][:12]:
        print(c.text, "|", briefs_of(c.text))
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
