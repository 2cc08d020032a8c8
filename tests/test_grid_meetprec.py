"""Grids of meetings the library gave that the spec makes no event (precision classes).

Three classes of visible false meetings, each a grid of invented paragraphs whose expected
meetings (status and sorted countries) follow from the choices alone, by spec/EXTRACTION.md
section 2, never from running the library:

- **undated** (``CELLS``): a meeting its sentence leaves without a date ("No date has been set
  for a summit of A and B", "talks between A and B, which A has proposed, have yet to be
  scheduled") is "only proposed": no meeting. Controls: the undated words about ANOTHER event
  ("... took place on Monday, but no date has been set for the next round"), a plan told and
  then left undated ("is expected later this year, but no dates have been fixed": the spec
  makes an expectation or an invitation planned), a decision ("agreed to hold talks, though
  no date has been set"). 80 of 208 cells failed before the fix.
- **firms** (``FIRM_CELLS``): a state's official meeting only banks or firms is a meeting "of a
  state with companies or banks": no meeting. Controls: a minister of the other state, alone
  or beside the firms. 66 of 180 cells failed before; 18 strict xfails are left (``FIRMS_LEFT``).
- **unreal** (``UNREAL_CELLS``): an event the sentence says did not take place, or whose
  report is denied, is neither held nor planned. Controls: the event told as taking place
  despite the trouble, a report confirmed. 80 of 144 cells failed before.
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
        State("PER", "Peru", "Peruvian", "Lima", "President", "Rosa Quintana"),
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Tomas Errazu"),
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Otieno"),
        State("TZA", "Tanzania", "Tanzanian", "Dodoma", "President", "Amina Mrisho"),
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Eirik Sandvold"),
        State("FIN", "Finland", "Finnish", "Helsinki", "Prime Minister", "Aino Lehtola"),
    ),
    (
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Tran Van Loc"),
        State("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Somchai Rattana"),
    ),
)


class Event(NamedTuple):
    """An event's noun phrase ({a}/{b}: names, {da}/{db}: demonyms) and its number."""

    words: str
    plural: bool = False


EVENTS = (
    Event("a meeting between the {da} and {db} foreign ministers"),
    Event("talks between {a} and {b}", plural=True),
    Event("a visit by the {da} president to {b}"),
    Event("a summit of the {da} and {db} leaders"),
)

# (frame with {e}/{E} for the event, the status of the record it tells or None for none)
FRAMES: tuple[tuple[str, str | None], ...] = (
    ("No date has been set for {e}, officials in {ca} said.", None),
    ("No firm date has yet been fixed for {e}, a spokesman said.", None),
    ("{E}, which {a} has proposed, {has} yet to be scheduled.", None),
    ("{E} {has} yet to be scheduled, a spokesman in {ca} said.", None),
    ("{E} {has} not yet been scheduled, a spokesman in {ca} said.", None),
    # controls: the undated words are about another event, or a decision makes the plan
    ("{E} took place in {cb} on Monday, but no date has been set for the next round.", "held"),
    ("{E} took place in {cb} on Monday, and a second round has yet to be scheduled.", "held"),
    (
        "{E} will take place in {cb} next week, but no date has been set for a second round.",
        "planned",
    ),
    ("Officials said {e} will take place in {cb} next month.", "planned"),
    ("{E} took place in {cb} on Monday.", "held"),
    # a plan told, then left undated: still a plan (spec: "invited to", "is expected")
    ("{E} {is_} expected later this year, but no dates have been fixed.", "planned"),
    ("{E} {is_} due in {cb} in June, although no date has been announced.", "planned"),
    (
        "The two governments agreed on Monday to hold {e} in {cb}, though no date has been set.",
        "planned",
    ),
)


class Cell(NamedTuple):
    """One paragraph's choices: the event, the frame and the pair of states."""

    event: int
    frame: int
    pair: int

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the event."""
        a, b = PAIRS[self.pair]
        event = EVENTS[self.event]
        words = event.words.format(a=a.name, b=b.name, da=a.demonym, db=b.demonym)
        sentence = FRAMES[self.frame][0].format(
            e=words,
            E=words[0].upper() + words[1:],
            # the verb agrees with the event's noun
            has="have" if event.plural else "has",
            is_="are" if event.plural else "is",
            a=a.name,
            ca=a.capital,
            cb=b.capital,
        )
        lead = f"{a.capital.upper()}, May 15 - {a.name} and {b.name} are at odds over fishing. "
        return lead + sentence

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = FRAMES[self.frame][1]
        a, b = PAIRS[self.pair]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


CELLS = [
    Cell(e, f, p)
    for e, f, p in itertools.product(range(len(EVENTS)), range(len(FRAMES)), range(len(PAIRS)))
]
# frame -> why the library still misreads it (strict xfails)
LEFT: dict[int, str] = {}


def told(cell: Cell | UnrealCell) -> list[tuple[str, list[str]]]:
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
            id=f"e{c.event}-f{c.frame}-p{c.pair}",
            marks=[pytest.mark.xfail(reason=LEFT[c.frame], strict=True)] if c.frame in LEFT else [],
        )
        for c in CELLS
    ],
)
def test_grid_meetprec(cell: Cell) -> None:
    """Each paragraph tells exactly the meetings its frame makes."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


# Second class: a state's official meeting a body of banks or firms, no state or official on
# the other side ("met the advisory committee of A's commercial bank creditors", "held talks
# with the management of the B state railway company"): a meeting "of a state with companies
# or banks" is no meeting (spec/EXTRACTION.md section 2). The controls put a state's official
# beside or instead of the firms and must still give the pair's meeting.
SUBJECTS = (
    "{a} Finance Minister {pa}",
    "The {da} trade minister",
    "A {da} government delegation",
)
VERBS = (
    ("met {x} in {ca} on Monday.", "held"),
    ("held talks with {x} in {ca} on Monday.", "held"),
    ("will meet {x} in {ca} next week.", "planned"),
    ("is due to hold talks in {ca} next week with {x}.", "planned"),
    # a third state's city as the place, no official of it: no side (spec section 2)
    ("will meet {x} in New York on Thursday.", "planned"),
    ("held talks in London on Monday with {x}.", "held"),
)
# (counterpart, whether a state's side stands in it)
COUNTERPARTS = (
    ("the advisory committee of {a}'s commercial bank creditors", False),
    ("the steering committee of {a}'s creditor banks", False),
    ("the management of the {db} state railway company", False),
    ("representatives of the business circles of {b}", False),
    ("{db} business leaders", False),
    ("the heads of several {db} mining companies", False),
    ("representatives of several leading {db} mining companies", False),
    # controls: an official of B, alone or beside the firms
    ("{db} Finance Minister {pb}", True),
    ("the {db} transport minister and the management of the {db} state railway company", True),
    ("{b}'s Foreign Minister {pb} and {db} business leaders", True),
)


class FirmCell(NamedTuple):
    """One sentence's choices: the subject, the verb, the counterpart and the pair."""

    subject: int
    verb: int
    counterpart: int
    pair: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"s{self.subject}-v{self.verb}-c{self.counterpart}-p{self.pair}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the official meeting the counterpart."""
        a, b = PAIRS[self.pair]
        names = {"a": a.name, "b": b.name, "da": a.demonym, "db": b.demonym, "ca": a.capital}
        x = COUNTERPARTS[self.counterpart][0].format(pa=a.person, pb=b.person, **names)
        subject = SUBJECTS[self.subject].format(pa=a.person, **names)
        verb = VERBS[self.verb][0].format(x=x, **names)
        lead = f"{a.capital.upper()}, May 15 - {a.name} is seeking new credit. "
        return f"{lead}{subject} {verb}"

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the sentence tells: (status, sorted countries)."""
        if not COUNTERPARTS[self.counterpart][1]:
            return []
        a, b = PAIRS[self.pair]
        return [(VERBS[self.verb][1], sorted((a.code, b.code)))]


FIRM_CELLS = [
    FirmCell(*choice)
    for choice in itertools.product(
        range(len(SUBJECTS)), range(len(VERBS)), range(len(COUNTERPARTS)), range(len(PAIRS))
    )
    # every subject, verb and counterpart meet; the pair rotates with them (180 cells)
    if choice[3] == (choice[0] + choice[1] + choice[2]) % len(PAIRS)
]
# counterpart -> why the library still misreads it (strict xfails)
FIRMS_LEFT: dict[int, str] = {
    6: "'representatives of' before four words and 'companies' is left a meeting: reading it"
    " as the firms' side lost a visible key's talks that a company meeting stood in for (a"
    " multi-country trip folds its talks into the visit, a class of its own)",
}


def firm_told(cell: FirmCell) -> list[tuple[str, list[str]]]:
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
            marks=[pytest.mark.xfail(reason=FIRMS_LEFT[c.counterpart], strict=True)]
            if c.counterpart in FIRMS_LEFT
            else [],
        )
        for c in FIRM_CELLS
    ],
)
def test_grid_meetprec_firms(cell: FirmCell) -> None:
    """A state's official meeting only banks or firms is no meeting; with an official, one."""
    assert firm_told(cell) == cell.expected, (cell.text, firm_told(cell))


# Third class: an event the sentence says did not take place, or a report of it denied ("the
# summit ... could not take place because of the floods", "denied a press report saying A had
# agreed to hold talks with B"): neither held nor planned (spec section 2: no event told as
# taking place or to take place). Controls: the same event told as taking place despite the
# trouble, and a report confirmed.
UNREAL_FRAMES: tuple[tuple[str, str | None], ...] = (
    (
        "{E} that had been scheduled for this week in {cb} could not take place because of the"
        " floods.",
        None,
    ),
    ("{E} planned for Monday did not take place after the storm.", None),
    ("{E}, set for Monday in {cb}, failed to take place, officials said.", None),
    (
        "The Foreign Ministry denied a press report saying {e} would take place in {cb} next"
        " month.",
        None,
    ),
    ("Officials in {ca} denied reports saying {e} would be held in {cb} in June.", None),
    # controls
    ("{E} took place in {cb} on Monday despite the floods.", "held"),
    ("{E}, which had been put off because of the floods, took place in {cb} on Monday.", "held"),
    (
        "The Foreign Ministry confirmed a press report saying {e} would take place in {cb} next"
        " month.",
        "planned",
    ),
    ("{E} took place in {cb} on Monday, although a second round did not take place.", "held"),
)


class UnrealCell(NamedTuple):
    """One paragraph's choices: the event, the frame and the pair of states."""

    event: int
    frame: int
    pair: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"u-e{self.event}-f{self.frame}-p{self.pair}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the event."""
        a, b = PAIRS[self.pair]
        words = EVENTS[self.event].words.format(a=a.name, b=b.name, da=a.demonym, db=b.demonym)
        sentence = UNREAL_FRAMES[self.frame][0].format(
            e=words, E=words[0].upper() + words[1:], ca=a.capital, cb=b.capital
        )
        return (
            f"{a.capital.upper()}, May 15 - {a.name} and {b.name} are at odds over fishing. "
            + sentence
        )

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = UNREAL_FRAMES[self.frame][1]
        a, b = PAIRS[self.pair]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


UNREAL_CELLS = [
    UnrealCell(*choice)
    for choice in itertools.product(
        range(len(EVENTS)), range(len(UNREAL_FRAMES)), range(len(PAIRS))
    )
]


@pytest.mark.parametrize("cell", UNREAL_CELLS, ids=[c.ident for c in UNREAL_CELLS])
def test_grid_meetprec_unreal(cell: UnrealCell) -> None:
    """An event said not to take place, or whose report is denied, is no meeting."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


if __name__ == "__main__":  # pragma: no cover - the grids' report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(f"e{c.event}-f{c.frame}-p{c.pair}", "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
    firms = [c for c in FIRM_CELLS if firm_told(c) != c.expected]
    for f in firms:
        print(f.ident, "|", f.text, "|", firm_told(f), "expected", f.expected)
    print(f"{len(firms)} of {len(FIRM_CELLS)} firm cells fail")
    unreal = [c for c in UNREAL_CELLS if told(c) != c.expected]
    for u in unreal:
        print(u.ident, "|", u.text, "|", told(u), "expected", u.expected)
    print(f"{len(unreal)} of {len(UNREAL_CELLS)} unreal cells fail")
