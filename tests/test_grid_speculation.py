"""A grid of events only judged, ruled out or denied: no record, whatever the event's words.

Every cell is one invented paragraph built from independent choices: the event's noun phrase (a
summit of two leaders, talks between two states, a president's visit, a trade agreement, a
border treaty) and the frame that tells it (judged "unlikely" with or without a verb of being,
"made ... unlikely", ruled out, denied, "not expected", "a distant prospect", hopes that
faded; or, as controls, the event told as taking place or to take place, or signed). The
builder writes the text AND the records it tells, computed from the choices by
spec/EXTRACTION.md sections 2 and 3 (never by running the library):

- a meeting "only proposed or speculated about" is no meeting, and an instrument with "no
  document described" as made or to be made is no agreement: every judging frame gives **no
  record** of the event's type;
- the controls give one record: a meeting (``held`` in the past, ``planned`` with "will") of
  Peru and Chile, or an agreement of the two (``signed`` in the past, ``planned`` "will be
  signed").

A cell passes when the paragraph's meetings and agreements are exactly those expected (kinds
and dates are left open: the frames test whether an event is told, not how it is dated).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from diplonews import extract_text


class Event(NamedTuple):
    """An event's noun phrase and the type of record it would be."""

    words: str
    record: str  # "meeting" or "agreement"
    plural: bool = False


EVENTS = (
    Event("a summit between the Peruvian and Chilean presidents", "meeting"),
    Event("talks between Peru and Chile", "meeting", plural=True),
    Event("a visit by the Chilean president to Peru", "meeting"),
    Event("a trade agreement between Peru and Chile", "agreement"),
    Event("a border treaty between Peru and Chile", "agreement"),
)
# (frame with {e} for the event, status of the record it tells or None for none); a frame
# whose sentence opens with the event capitalises it.
FRAMES = (
    ("Diplomats said {e} was unlikely this year.", None),
    ("Diplomats said {e} looked increasingly unlikely before the elections.", None),
    ("The row over fishing rights made {e} unlikely, diplomats said.", None),
    ("Diplomats considered {e} improbable before the elections.", None),
    ("Officials ruled out {e} this year.", None),
    ("Officials denied reports of {e}.", None),
    ("{E} {is} not expected before the elections, officials said.", None),
    ("{E} {remains} a distant prospect, diplomats said.", None),
    ("Hopes for {e} faded after the dispute flared again.", None),
    # controls: the event told
    ("{E} took place in Lima on Monday.", "held"),
    ("Officials said {e} will take place in Lima next week.", "planned"),
)
AGREEMENT_CONTROLS = (
    ("{E} {was} signed in Lima on Monday.", "signed"),
    ("Officials said {e} will be signed in Lima next week.", "planned"),
)
PUBLISHED = dt.date(2024, 5, 15)


class Cell(NamedTuple):
    """One paragraph's choices."""

    event: Event
    frame: tuple[str, str | None]

    @property
    def text(self) -> str:
        """The paragraph: a neutral lead, then the frame around the event."""
        frame = self.frame[0]
        plural = self.event.plural
        sentence = frame.format(
            e=self.event.words,
            E=self.event.words[0].upper() + self.event.words[1:],
            # the verb agrees with the event's noun
            **{"is": "are" if plural else "is", "was": "were" if plural else "was"},
            remains="remain" if plural else "remains",
        )
        return "LIMA, May 15 - Peru and Chile are at odds over fishing rights. " + sentence

    @property
    def expected(self) -> tuple[int, int]:
        """How many meetings and agreements the paragraph tells: (meetings, agreements)."""
        if self.frame[1] is None:
            return (0, 0)
        return (1, 0) if self.event.record == "meeting" else (0, 1)

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        frames = FRAMES + AGREEMENT_CONTROLS
        return f"{EVENTS.index(self.event)}-{frames.index(self.frame)}"


CELLS = [
    Cell(event, frame)
    for event, frame in itertools.product(EVENTS, FRAMES + AGREEMENT_CONTROLS)
    # the meeting controls are for meetings, the signing controls for instruments
    if frame[1] is None or (event.record == "meeting") == (frame in FRAMES)
]


def told(cell: Cell) -> tuple[int, int]:
    """The meetings and agreements the library reads in the cell."""
    document = extract_text(cell.text, published=PUBLISHED)
    return (len(document.meetings), len(document.agreements))


@pytest.mark.parametrize("cell", CELLS, ids=[c.name for c in CELLS])
def test_grid_speculation(cell: Cell) -> None:
    """Each paragraph tells exactly the events its frame makes."""
    assert told(cell) == cell.expected, (cell.text, told(cell))


# An event told by its members ("a meeting of the foreign ministers of A and B") and then a
# modal passive of its own: only speculated, no record; the same words with "will" are a plan.
OF_EVENTS = (
    "a meeting of the foreign ministers of Peru and Chile",
    "a session of the joint commission of Peru and Chile",
    "a summit of the leaders of the Andean states",
    "talks of the Peruvian and Chilean negotiators",
)
OF_FRAMES = (
    ("Local media have suggested that {e} could be convened later this year.", None),
    ("{E} might be held in Lima next month, but no decision has been taken.", None),
    ("Diplomats said {e} may also take place before the elections.", None),
    ("Officials said {e} could be arranged in Lima in July.", None),
    ("Officials said {e} will be held in Lima next month.", "planned"),
    ("{E} was held in Lima on Monday.", "held"),
)


@pytest.mark.parametrize(
    ("event", "frame"),
    list(itertools.product(OF_EVENTS, OF_FRAMES)),
    ids=[f"of{i}-{j}" for i in range(len(OF_EVENTS)) for j in range(len(OF_FRAMES))],
)
def test_grid_speculation_after_members(event: str, frame: tuple[str, str | None]) -> None:
    """A modal passive after the event's members hedges it; "will"/the past tense tell it."""
    sentence = frame[0].format(e=event, E=event[0].upper() + event[1:])
    text = "LIMA, May 15 - Peru and Chile are at odds over fishing rights. " + sentence
    statuses = [m.status for m in extract_text(text, published=PUBLISHED).meetings]
    assert statuses == ([] if frame[1] is None else [frame[1]]), (text, statuses)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if told(c) != c.expected]
    for c in failing:
        print(c.name, "|", c.text, "|", told(c), "expected", c.expected)
    print(f"{len(failing)} of {len(CELLS)} cells fail")
