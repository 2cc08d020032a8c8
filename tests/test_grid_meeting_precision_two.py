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

A second, smaller class (``COUNCIL_CELLS``): a business council of two states meeting, or met
by an official, is a meeting "of a state with companies": no meeting. Controls: an official
of the other state beside the council, or the council only the setting of two officials'
talks. 40 of 64 cells fail (every cell of the five council frames): left as strict xfails
(``COUNCILS_LEFT``), since a table row reads a business council's session as its states'.
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


# Second class: a business council of two states, the council itself meeting or met by an
# official ("the A-B Business Council met in P", "met the A-B Business Council"): a council
# of the two states' firms, and a meeting "of a state with companies" is no meeting (spec
# section 2). Controls: an official of the other state beside the council, or the council
# only the setting of two officials' talks.
COUNCILS = ("the {a}-{b} Business Council", "the {da}-{db} Business Council")
COUNCIL_FRAMES: tuple[tuple[str, str | None], ...] = (
    ("{X} met in {cb} on Monday to discuss energy projects.", None),
    ("{X} will meet in {cb} next month, officials in {ca} said.", None),
    ("The presidents reviewed preparations for {x}, due to meet in {cb} in September.", None),
    ("The {da} trade minister met {x} in {cb} on Monday.", None),
    ("The {da} trade minister will hold talks with {x} in {cb} next week.", None),
    # controls: an official of B beside the council, or the council only the setting
    ("The {da} trade minister met {pb} and members of {x} in {cb} on Monday.", "held"),
    (
        "On the sidelines of a session of {x}, the {da} trade minister met {pb} in {cb} on Monday.",
        "held",
    ),
    ("The {da} trade minister will hold talks with {pb} in {cb} next week.", "planned"),
)


class CouncilCell(NamedTuple):
    """One paragraph's choices: the council's name, the frame and the states."""

    council: int
    frame: int
    triple: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"bc-c{self.council}-f{self.frame}-t{self.triple}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the council."""
        a, b, _ = TRIPLES[self.triple]
        names = {"a": a.name, "b": b.name, "da": a.demonym, "db": b.demonym}
        x = COUNCILS[self.council].format(**names)
        sentence = COUNCIL_FRAMES[self.frame][0].format(
            x=x,
            X=x[0].upper() + x[1:],
            pb=f"{b.demonym} Economy Minister {b.person}",
            ca=a.capital,
            cb=b.capital,
            **names,
        )
        lead = f"{a.capital.upper()}, May 15 - {a.name} and {b.name} seek more trade. "
        return lead + sentence

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = COUNCIL_FRAMES[self.frame][1]
        a, b, _ = TRIPLES[self.triple]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


COUNCIL_CELLS = [
    CouncilCell(*choice)
    for choice in itertools.product(
        range(len(COUNCILS)), range(len(COUNCIL_FRAMES)), range(len(TRIPLES))
    )
]


def council_told(cell: CouncilCell) -> list[tuple[str, list[str]]]:
    """The meetings the library reads in the cell: (status, sorted countries)."""
    document = extract_text(cell.text, published=PUBLISHED)
    return sorted(
        (m.status.value, sorted(c.alpha_3 for c in m.countries)) for m in document.meetings
    )


# Why the council frames are still misread (strict xfails): left unfixed on purpose.
COUNCILS_LEFT = (
    "a business council's own session is kept as its two states' meeting: reading the council"
    " as firms (2 visible extras) contradicts tests/test_meetsplit_table.py's row 'session+next',"
    " whose business council that met for the first time is a held meeting of its two states;"
    " many such councils are co-chaired by ministers, so the class waits for a rule telling the"
    " two apart"
)


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param(
            c,
            id=c.ident,
            marks=[pytest.mark.xfail(reason=COUNCILS_LEFT, strict=True)]
            if COUNCIL_FRAMES[c.frame][1] is None
            else [],
        )
        for c in COUNCIL_CELLS
    ],
)
def test_grid_business_councils(cell: CouncilCell) -> None:
    """A business council meeting, or met, is no meeting; beside an official, one."""
    assert council_told(cell) == cell.expected, (cell.text, council_told(cell))


if __name__ == "__main__":  # pragma: no cover - the grids' report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(c.ident, "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
    councils = [c for c in COUNCIL_CELLS if council_told(c) != c.expected]
    for k in councils:
        print(k.ident, "|", k.text, "|", council_told(k), "expected", k.expected)
    print(f"{len(councils)} of {len(COUNCIL_CELLS)} council cells fail")
