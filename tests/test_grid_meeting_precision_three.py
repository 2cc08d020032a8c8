"""A grid of trips and talks denied or given up before they happened: no record (a precision class).

The third triage of visible meetings that match no key record (after
tests/test_grid_meeting_precision_two.py, whose frames ask for, offer or weigh an event) found
trips and talks that the article says are not to happen or never happened: a ministry denies
reports that its president would travel to P, or tells that the minister had intended to visit
B but postponed the trip. Neither is an event held nor one planned (spec/EXTRACTION.md section
2: a meeting only speculated about is no meeting; the status follows how the article frames
the event). Each cell is one invented paragraph built from the event's verb phrase, the frame
that tells it and two states; the records it must give follow from the choices alone, never
from running the library:

- every denying frame (a report or a claim that the official would or was to go, denied or
  dismissed) and every given-up frame (had intended, planned or been due to go, but the trip
  was put off or cancelled) gives **no meeting**;
- the controls, the same event words beside the same distracting words (a denial of something
  else, a trip put off before the one told), give the pair's one meeting: ``planned`` when told
  as to come, ``held`` when told in the past.

Before the fix 109 of 208 cells failed: 80 of the 112 cells of the seven no-event frames
(the denials of a trip or a meeting whose own verb is the event's, 48, those of "would hold
talks" already read as denied; the plans given up, 32, read as held or planned), 5 cells of
two controls (a denial of something else, then "and said" or "saying" the two would hold
talks: the denial reached over the new clause) and the 24 cells of ``LEFT``. After it 184
pass; the 24 of ``LEFT`` are strict xfails (a trip put off, then told to come, is read with
the put-off mention's status, or split in two). The 16 of them whose trip was put off by a
verb before it ("postponed a trip in March ..., but will travel to P in June") pass since
that verb's object is read as a plan (tests/test_grid_called_off.py's active grid); the 8
split in two are left.

A smaller class of the same triage (``NO_TALKS_CELLS``): talks denied by "no" with a topic
word between ("No nuclear talks with B this weekend", "held no trade talks"). Before the fix
48 of 96 cells failed (every cell of the three denying frames); after it all 96 pass.
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
        State("ARG", "Argentina", "Argentine", "Buenos Aires", "President", "Mariela Sosa", "she"),
        State("POL", "Poland", "Polish", "Warsaw", "President", "Jan Wierzba"),
    ),
    (
        State("EGY", "Egypt", "Egyptian", "Cairo", "Foreign Minister", "Karim Fathy"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "Foreign Minister", "Ama Boateng", "she"),
    ),
    (
        State("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Kenji Morita"),
        State(
            "NZL", "New Zealand", "New Zealand", "Wellington", "Prime Minister", "Ruth Kemp", "she"
        ),
    ),
    (
        State("IDN", "Indonesia", "Indonesian", "Jakarta", "Trade Minister", "Budi Santoso"),
        State("MEX", "Mexico", "Mexican", "Mexico City", "Economy Minister", "Lucia Orozco", "she"),
    ),
)


class Event(NamedTuple):
    """The event's verb phrase ({b}: B's name, {cb}: its capital, {pb}: its official)."""

    verb: str  # after "would", "to"
    past: str  # the same event told as held


EVENTS = (
    Event("travel to {cb}", "travelled to {cb}"),
    Event("visit {b}", "visited {b}"),
    Event("meet {pb} in {cb}", "met {pb} in {cb}"),
    Event("hold talks with {pb} in {cb}", "held talks with {pb} in {cb}"),
)

# (frame with {pa} for A's official, {v} the event's verb phrase, {past} its past form; the
# status of the record it tells or None for none)
FRAMES: tuple[tuple[str, str | None], ...] = (
    # a report or a claim of a plan, denied or dismissed
    ("The {da} Foreign Ministry denied reports that {pa} would {v} in June.", None),
    ("Officials in {ca} denied newspaper reports that {pa} was to {v} next month.", None),
    ("{a} on Monday dismissed reports that {pa} planned to {v} in July.", None),
    ("A spokesman denied that {pa} would {v} next week, saying no such trip was planned.", None),
    # a plan given up before it happened
    ("{Pa} had intended to {v} in March, but postponed the trip because of the floods.", None),
    ("{Pa} had planned to {v} in March, but the trip was called off after the floods.", None),
    ("{Pa} had been due to {v} in April, but cancelled at the last minute.", None),
    # controls: the same denial or putting off beside an event told
    ("The {da} Foreign Ministry said that {pa} would {v} in June.", "planned"),
    (
        "The {da} Foreign Ministry denied reports that ties had cooled, and said {pa} would {v}"
        " in June.",
        "planned",
    ),
    (
        "The {da} Foreign Ministry denied reports of a rift, saying {pa} would {v} in June.",
        "planned",
    ),
    ("{Pa} postponed a trip in March because of the floods, but will {v} in June.", "planned"),
    ("After a trip put off in March because of the floods, {pa} {past} on Monday.", "held"),
    # (put off to a time told: still to come, not given up)
    ("{Pa} had been due to {v} in April, but the trip was postponed until June.", "planned"),
)


class Cell(NamedTuple):
    """One paragraph's choices: the event, the frame and the pair of states."""

    event: int
    frame: int
    pair: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"e{self.event}-f{self.frame}-p{self.pair}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the event."""
        a, b = PAIRS[self.pair]
        pa = f"{a.demonym} {a.title} {a.person}"
        names = {"b": b.name, "cb": b.capital, "pb": f"{b.demonym} {b.title} {b.person}"}
        event = EVENTS[self.event]
        sentence = FRAMES[self.frame][0].format(
            v=event.verb.format(**names),
            past=event.past.format(**names),
            pa=pa,
            Pa=pa[0].upper() + pa[1:],
            a=a.name,
            da=a.demonym,
            ca=a.capital,
        )
        lead = f"{a.capital.upper()}, May 15 - {a.name} and {b.name} want closer ties. "
        return lead + sentence

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = FRAMES[self.frame][1]
        a, b = PAIRS[self.pair]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


CELLS = [
    Cell(*choice)
    for choice in itertools.product(range(len(EVENTS)), range(len(FRAMES)), range(len(PAIRS)))
]
# (event or None for any, frame) -> why the library still misreads it (strict xfails)
LEFT: dict[tuple[int | None, int], str] = {
    (0, 12): "a trip put off to a time told ('had been due to travel to P in April, but the trip"
    " was postponed until June') gives two planned records, the April one and the June one:"
    " one event split in two, a class of its own",
    (1, 12): "as (0, 12): 'had been due to visit B in April, but the trip was postponed until"
    " June' gives the April and the June visit",
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
def test_grid_meeting_precision_three(cell: Cell) -> None:
    """Each paragraph tells exactly the meetings its frame makes."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


# Third frame set: talks denied outright by "no" with a topic word between ("No nuclear talks
# with B this weekend", "held no trade talks"): no event (spec section 2). Controls: the "no"
# denies something else (progress, a deal) at talks told as held.
TOPICS = ("trade", "border", "peace", "nuclear")
NO_TALKS_FRAMES: tuple[tuple[str, str | None], ...] = (
    ("No {t} talks with {b} this week, signals {pa}.", None),
    ("There will be no {t} talks between {a} and {b} this month, officials said.", None),
    ("{a} and {b} held no {t} talks in April, officials in {ca} said.", None),
    ("{a} and {b} made no progress at {t} talks in {cb} on Monday.", "held"),
    ("No deal came out of {t} talks between {a} and {b} in {cb} on Monday.", "held"),
    ("{a} and {b} will hold {t} talks in {cb} next week, with no deal in sight.", "planned"),
)


class NoTalksCell(NamedTuple):
    """One paragraph's choices: the talks' topic word, the frame and the pair of states."""

    topic: int
    frame: int
    pair: int

    @property
    def ident(self) -> str:
        """A short test id from the choices."""
        return f"no-t{self.topic}-f{self.frame}-p{self.pair}"

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the talks."""
        a, b = PAIRS[self.pair]
        sentence = NO_TALKS_FRAMES[self.frame][0].format(
            t=TOPICS[self.topic],
            a=a.name,
            b=b.name,
            ca=a.capital,
            cb=b.capital,
            pa=f"{a.demonym} {a.title} {a.person}",
        )
        lead = f"{a.capital.upper()}, May 15 - {a.name} and {b.name} want closer ties. "
        return lead + sentence

    @property
    def expected(self) -> list[tuple[str, list[str]]]:
        """The meetings the paragraph tells: (status, sorted countries)."""
        status = NO_TALKS_FRAMES[self.frame][1]
        a, b = PAIRS[self.pair]
        return [] if status is None else [(status, sorted((a.code, b.code)))]


NO_TALKS_CELLS = [
    NoTalksCell(*choice)
    for choice in itertools.product(
        range(len(TOPICS)), range(len(NO_TALKS_FRAMES)), range(len(PAIRS))
    )
]


def no_talks_told(cell: NoTalksCell) -> list[tuple[str, list[str]]]:
    """The meetings the library reads in the cell: (status, sorted countries)."""
    document = extract_text(cell.text, published=PUBLISHED)
    return sorted(
        (m.status.value, sorted(c.alpha_3 for c in m.countries)) for m in document.meetings
    )


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.ident) for c in NO_TALKS_CELLS])
def test_grid_no_talks(cell: NoTalksCell) -> None:
    """Talks denied by "no" and a topic word are no meeting; "no" denying else keeps them."""
    assert no_talks_told(cell) == cell.expected, (cell.text, no_talks_told(cell))


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(c.ident, "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
    no_talks = [c for c in NO_TALKS_CELLS if no_talks_told(c) != c.expected]
    for n in no_talks:
        print(n.ident, "|", n.text, "|", no_talks_told(n), "expected", n.expected)
    print(f"{len(no_talks)} of {len(NO_TALKS_CELLS)} no-talks cells fail")
