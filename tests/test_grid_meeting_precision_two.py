"""A grid of meetings only proposed, offered or talked about: no record (a precision class).

The second triage of visible meetings that match no key record found, after those of
tests/test_grid_meetprec.py, a class the spec names outright: "talks that are only proposed
or speculated about" are no meeting (spec/EXTRACTION.md section 2). The event is the object
of a request ("would press B for talks"), of an offer ("C has offered to host talks"), of a
suggestion that was not taken up, of a study with no decision on when, or of a question
answered by "it has been discussed". Each cell is one invented paragraph built from the
event's noun phrase, the frame that tells it and the states; the records it must give follow
from the choices alone, never from running the library:

- every proposing frame gives **no meeting**;
- the controls, the same event words beside the same distracting words (a request, an
  offer, a question, a decision), give the pair's one meeting: ``planned`` when told as to
  come, ``held`` when told in the past.

Before the fix 112 of 224 cells failed: all 96 cells of six of the seven proposing frames
(read as a plan, or as held), and the 16 of one control that is still missed. After it 200
pass; 24 are strict xfails (``LEFT``): that control, and the 8 cells of a two-state summit
offered to be hosted or arranged (an offer to host a gathering keeps the gathering).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from diplonews import extract_text
from grid_cells import State

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday

# (side A, side B, a third state C that offers or suggests)
TRIPLES = (
    (
        State("PER", "Peru", "Peruvian", "Lima", "President", "Rosa Quintana", "she"),
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Tomas Errazu"),
        State("ECU", "Ecuador", "Ecuadorean", "Quito", "President", "Luis Andrade"),
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Otieno"),
        State("TZA", "Tanzania", "Tanzanian", "Dodoma", "President", "Amina Mrisho", "she"),
        State("RWA", "Rwanda", "Rwandan", "Kigali", "President", "Eric Mugenzi"),
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Eirik Sandvold"),
        State("FIN", "Finland", "Finnish", "Helsinki", "Prime Minister", "Aino Lehtola", "she"),
        State("EST", "Estonia", "Estonian", "Tallinn", "Prime Minister", "Kadri Tamm", "she"),
    ),
    (
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Tran Van Loc"),
        State("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Somchai Rattana"),
        State("KHM", "Cambodia", "Cambodian", "Phnom Penh", "Prime Minister", "Sok Pheap"),
    ),
)


class Event(NamedTuple):
    """An event's noun phrase ({a}/{b}: names, {da}/{db}: demonyms) and its number."""

    words: str
    plural: bool = False


EVENTS = (
    Event("a summit of the {da} and {db} leaders"),
    Event("talks between {a} and {b}", plural=True),
    Event("a visit by the {da} president to {b}"),
    Event("a meeting of the {da} and {db} foreign ministers"),
)

# (frame with {e}/{E} for the event, the status of the record it tells or None for none)
FRAMES: tuple[tuple[str, str | None], ...] = (
    # a request: the event only asked for
    ("Officials in {ca} said they would press {b} for {e}.", None),
    ("{a} has been pressing {b} for {e} since January, officials said.", None),
    # an offer to host or arrange it: only proposed
    ("{c} has offered to host {e} later this year.", None),
    ("{c} offered on Monday to arrange {e}, diplomats said.", None),
    # a suggestion not taken up
    ("{Adc} suggestion that the two governments arrange {e} has not been taken up.", None),
    # talked about, with no decision on when
    (
        "The two governments agreed to study {e}, but no decision has been taken on when"
        " {it} would take place.",
        None,
    ),
    (
        "Asked whether {e} would take place this year, officials in {ca} said {it} had been"
        " discussed but no dates had been fixed.",
        None,
    ),
    # controls: the same distracting words beside an event told
    (
        "Officials in {ca} said they would press {b} for concessions at {e} in {cb} next week.",
        "planned",
    ),
    ("{E} took place in {cb} on Monday, after {c} offered to help settle the fishing row.", "held"),
    # (a suggestion accepted is a plan agreed)
    (
        "{b} accepted a suggestion that the two governments arrange {e} in {cb} next month.",
        "planned",
    ),
    ("The two governments agreed to arrange {e} in {cb} next month.", "planned"),
    (
        "Asked whether {e} would take place this year, officials in {ca} said {it} will open in"
        " {cb} on June 3.",
        "planned",
    ),
    ("{E} took place in {cb} on Monday, although no date has been fixed for the next one.", "held"),
    ("{E} will take place in {cb} next month, officials in {ca} said.", "planned"),
)


class Cell(NamedTuple):
    """One paragraph's choices: the event, the frame and the states."""

    event: int
    frame: int
    triple: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"e{self.event}-f{self.frame}-t{self.triple}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the event."""
        a, b, c = TRIPLES[self.triple]
        event = EVENTS[self.event]
        words = event.words.format(a=a.name, b=b.name, da=a.demonym, db=b.demonym)
        sentence = FRAMES[self.frame][0].format(
            e=words,
            E=words[0].upper() + words[1:],
            it="they" if event.plural else "it",
            a=a.name,
            b=b.name,
            c=c.name,
            Adc=("An " if c.demonym[0] in "AEIOU" else "A ") + c.demonym,
            cc=c.capital,
            ca=a.capital,
            cb=b.capital,
        )
        sentence = sentence[0].upper() + sentence[1:]
        lead = f"{a.capital.upper()}, May 15 - {a.name} and {b.name} are at odds over fishing. "
        return lead + sentence

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = FRAMES[self.frame][1]
        a, b, _ = TRIPLES[self.triple]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


CELLS = [
    Cell(*choice)
    for choice in itertools.product(range(len(EVENTS)), range(len(FRAMES)), range(len(TRIPLES)))
]
# (event or None for any, frame) -> why the library still misreads it (strict xfails)
LEFT: dict[tuple[int | None, int], str] = {
    (None, 11): "a plan told only in the answer to a question, by a pronoun ('asked whether X"
    " would take place, officials said it will open ...'): the question's 'whether' hedges the"
    " event's words and the pronoun is not read back to them (a recall class of its own)",
    (0, 2): "a summit is read as a gathering, which takes place whoever hosts it ('praised A's"
    " offer to host the next ministerial conference' keeps the conference, as"
    " tests/test_meetings_written84_table.py asks): a two-state summit offered is left",
    (0, 3): "as (0, 2): an offer to arrange a summit leaves the summit, a gathering",
}


def known(cell: Cell) -> str | None:
    """Why the library still misreads a cell, if it does (``LEFT``)."""
    return LEFT.get((cell.event, cell.frame), LEFT.get((None, cell.frame)))


def told(cell: Cell) -> list[tuple[str, list[str]]]:
    """The meetings the library reads in the cell: (status, sorted countries)."""
    document = extract_text(cell.text, published=PUBLISHED)
    return sorted(
        (m.status.value, sorted(c.alpha_3 for c in m.countries)) for m in document.meetings
    )


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param(
            c,
            id=c.ident,
            marks=[pytest.mark.xfail(reason=why, strict=True)] if (why := known(c)) else [],
        )
        for c in CELLS
    ],
)
def test_grid_meeting_precision_two(cell: Cell) -> None:
    """Each paragraph tells exactly the meetings its frame makes."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(c.ident, "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
