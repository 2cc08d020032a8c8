"""A grid of a state's talks with the European bloc told by its stand-ins.

Every cell is a two-sentence invented page: a lead that names the bloc ("the European
Community", "the European Union") and a sentence that tells, or does not tell, talks of a
state with it, the bloc named there by a stand-in ("the Community", "the Commission",
"the European Commission") or by its initials ("the EC", the control). The builder writes
the text AND the meetings it tells, computed from the choices by spec/EXTRACTION.md section 2
(never by running the library):

- talks of a state with the bloc ("A and the Community ended talks", "officials held talks
  with the Commission", "The Commission and A will open negotiations", "The Commission held
  talks with A") are one ``meeting`` whose ``countries`` are the state and whose
  ``organization`` is ``"EU"``; the past is ``held``, "will", "is due to" are ``planned``;
- "European" paired with a state's adjective before the officials of talks ("European and
  Hungarian trade officials ended talks", "Hungarian and European negotiators will meet") is
  the bloc the story names: one ``meeting`` of the state with ``organization`` ``"EU"``;
  "European and Asian officials" names no state beside it and stays no talks of the state;
- negotiations a state and the bloc are told to have opened or begun on a day ("opened
  negotiations on Monday", "began negotiations here yesterday") are their first sitting, a
  ``held`` meeting;
- the bloc's word ("the Commission said ..."), its inquiry into the state's exports or its
  decision on a loan to the state tells no talks, and a session of the bloc's own ministers
  is no talks of the state: no meeting names the state.

Before the three rules (:func:`diplonews.text._blocs.bloc_stand_ins` reads "the Community"
and "the Commission" as the bloc where they are a side of a state's talks, and "European"
beside a state's adjective before officials; ``meeting.held_talks`` reads negotiations opened
on a day as held), 168 of 336 cells failed (72 of the first 192 stand-in cells, 48 opening
cells, 48 "European and A officials" cells). 324 pass now. The 12 left are strict xfails
(``SESSION_GAP``): a session "of the Community" (or "of the Commission") in a named city is
read as talks of the lead's state with the city's state; it failed before the rules too, and
reading "of the Community" as the bloc would join the bloc's own sessions into one (see the
module docstring of :mod:`diplonews.text._blocs`).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

import pytest

from meeting_rows import ANY, H, M, P, Want, briefs_of, fits_as_scored, pairs


class State(NamedTuple):
    """A state's name, its adjective and its code."""

    name: str
    adjective: str
    code: str


STATES = (
    State("Hungary", "Hungarian", "HUN"),
    State("Morocco", "Moroccan", "MAR"),
    State("New Zealand", "New Zealand", "NZL"),
)
LEADS = (
    "{name} is seeking a broad trade accord with the European Community.",
    "The European Union has offered {name} wider access to its farm market.",
)
STAND_INS = ("the Community", "the Commission", "the European Commission", "the EC")
# (sentence with {bloc} / {Bloc} for the stand-in, {name}, {adj}; status, or None for no talks)
FORMS = (
    ("{adj} officials held talks with {bloc} on Monday.", H),
    ("{name} and {bloc} ended a fourth round of talks on Monday.", H),
    ("{Bloc} and {name} will open negotiations on a fisheries pact next week.", P),
    ("{Bloc} held talks with {name}'s trade minister on Monday.", H),
    ("{name} is due to resume negotiations with {bloc} next month.", P),
    ("{Bloc} and {name} opened negotiations on a new protocol on Monday.", H),
    ("{name} and {bloc} began negotiations here yesterday.", H),
    ("European and {adj} trade officials ended two days of talks in Geneva on Monday.", H),
    ("{adj} and European negotiators will meet in Geneva next week.", P),
    ("European and Asian officials met in Geneva on Monday.", None),
    ("{Bloc} opened an inquiry into {name}'s steel exports on Monday.", None),
    ("{Bloc} said on Monday that {name}'s request was still under study.", None),
    ("{Bloc} approved a loan of 40 million dollars to {name} on Monday.", None),
    ("The foreign ministers of {bloc} met in Luxembourg on Monday to discuss farm prices.", None),
)


class Cell(NamedTuple):
    """One page's choices."""

    state: State
    lead: str
    stand_in: str
    form: tuple[str, str | None]

    @property
    def text(self) -> str:
        """The lead, then the sentence of the talks (or of no talks)."""
        s = self.state
        bloc = self.stand_in
        second = self.form[0].format(
            bloc=bloc, Bloc=bloc[0].upper() + bloc[1:], name=s.name, adj=s.adjective
        )
        return self.lead.format(name=s.name) + " " + second

    @property
    def expected(self) -> list[Want]:
        """The talks, one meeting of the state with the bloc, or none."""
        status = self.form[1]
        if status is None:
            return []
        return [(M, status, [self.state.code], "EU", ANY)]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        return "-".join(
            [
                self.state.code,
                str(LEADS.index(self.lead)),
                "".join(self.stand_in.split()[1:]),
                str(FORMS.index(self.form)),
            ]
        )


CELLS = [Cell(*choice) for choice in itertools.product(STATES, LEADS, STAND_INS, FORMS)]
# the bloc's own session told "of the Community" in a city: read as the lead state's talks
SESSION_GAP = "a session 'of the Community' in a city is read as the lead state's talks"


def _param(cell: Cell) -> object:
    """The cell as a test parameter, a strict xfail where it is a known gap."""
    gap = cell.form == FORMS[-1] and cell.stand_in in ("the Community", "the Commission")
    marks = [pytest.mark.xfail(strict=True, reason=SESSION_GAP)] if gap else []
    return pytest.param(cell, marks=marks, id=cell.name)


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair with the expected ones; with none, none names the state."""
    got = briefs_of(cell.text)
    if not cell.expected:
        return not any(cell.state.code in b[2] for b in got)
    return pairs(got, cell.expected, fits_as_scored)


@pytest.mark.parametrize("cell", [_param(c) for c in CELLS])
def test_grid_body_talks(cell: Cell) -> None:
    """Each page gives exactly the talks of the state with the bloc it tells."""
    assert passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if not passes(c)]
    for c in failing:
        print(c.name, "|", c.text, "|", briefs_of(c.text))
    print(f"{len(failing)} of {len(CELLS)} cells fail")
