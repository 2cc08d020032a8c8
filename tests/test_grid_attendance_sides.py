"""A grid of the states an official's attending gives a gathering: the attendee's, not the venue's.

A story often tells a gathering only through one official going to it: "X will attend the
OECD ministerial council in Paris", "Y will represent A at the conference", "Z attended the
forum on behalf of A", "took part in", "addressed", "led his country's delegation to". The
gathering's sides are the states the text tells taking part (spec/EXTRACTION.md section 2):
the official's state (or the state he represents), and a host where one hosts. A body's
session in its seat city (the OECD in Paris, the WTO in Geneva, the UN General Assembly in New
York) is the body's, and the seat's state, a venue only, is no side; a gathering of no body
is hosted by the state it meets in ("a forum on water in Dushanbe"), or by the one told
hosting it ("a conference that Colombia is hosting in Bogota"). Reporters or firms told
attending too add no side: they are no state taking part.

Each cell draws one value of every independent choice: how the official is named (``naming``:
with a demonym, with a possessive, by a bare title under a wire dateline of his capital, or by
his surname alone after a lead sentence that names him so, with or without a "But" opening the
sentence), the verb of taking part (``verb``), the gathering (``event``), what else the story
tells attending (``extra``: nothing, reporters of another state, firms of another state), the
tense (``tense``) and the order (``order``: the official's sentence names the gathering, or the
gathering's own sentence comes first and a relative clause tells him taking part, "..., which X
will attend", "at which X represented A"; the ``attended_by`` verb always so: "..., and was
attended by X"). It writes a short invented page published on Wednesday 2024-05-15 ("on Monday":
2024-05-20 to come, 2024-05-13 held) and computes from the choices alone the one record the spec
asks for: a conference of the tense's status, dated, with the body as organization and the sides
above.

Before any fix 383 of 420 cells failed: the seat's state was made a side of every body's session
(all the cells of the OECD, the WTO and the UN General Assembly), an official titled without a
state lost his dateline's state when a sentence opened "But X will attend" (his name read after
a capitalised word as a body's official: "World Bank President X"), reporters or firms of a
state "also" attending made it a side, "a conference that A is hosting" gave no record at all
(the present "is hosting" was not read as a host's clause), and a relative clause after the
gathering ("which X will attend", "at which X will represent A", "to which X led his country's
delegation", "which X addressed", "and was attended by X") gave the gathering no attendee. After
the fixes all 420 pass: ``meetings._finish.body_seats_no_side`` leaves the seat's state out of a
body's session at its own seat where the sentence tells an official taking part (its keys split
on sessions told otherwise, which keep it); ``meetings._story.dateline_officials`` reads no
body's name in a sentence-opening conjunction; ``meetings._attending.attendance_told`` reads no
state in reporters or firms, reads "addressed", "represented A", "led ... delegation", "on
behalf of A" and the passive "was attended by X" as taking part, a relative clause's subject
after its "which", and the state of an official it names with none (the dateline's, the
story's); and the candidates read "that A is hosting" as the host's clause.

``TABLE`` keeps the near misses both ways: the seat's state named as taking part stays a
side; a session at its seat told with no attendee keeps its venue's state (strict xfails: the
keys split on it); a trip denied next to the council the same official attends gives the
council alone (the class of tests/test_grid_meeting_precision_three.py, with this one).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

import pytest

from diplonews import extract_text
from diplonews.models import Meeting
from grid_cells import (
    State,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Expected, assert_told, pairs, told_params, told_table

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday
DAYS = {"planned": "2024-05-20", "held": "2024-05-13"}

# The attendees' states (their capital heads a wire story), and another state the extra
# sentence names (whose reporters or firms attend too).
ATTENDEES = [
    State("NOR", "Norway", "Norwegian", "Oslo", "Trade Minister", "Lars Berg"),
    State("JPN", "Japan", "Japanese", "Tokyo", "Finance Minister", "Kenji Mori"),
    State("KEN", "Kenya", "Kenyan", "Nairobi", "Foreign Minister", "Samuel Otieno"),
    State("CAN", "Canada", "Canadian", "Ottawa", "Trade Minister", "Claire Dubois", "she"),
    State("IDN", "Indonesia", "Indonesian", "Jakarta", "Foreign Minister", "Budi Santoso"),
    State("CHL", "Chile", "Chilean", "Santiago", "Finance Minister", "Rosa Vidal", "she"),
]
OTHER = ("Sweden", "Swedish")


@dataclass(frozen=True)
class Event:
    """A gathering: its words and city, its body (None: none), its states besides attendees."""

    name: str
    gathering: str
    city: str
    organization: str | None
    hosts: tuple[str, ...]

    @property
    def words(self) -> str:
        """The gathering as an object, with its city: "the OECD council in Paris"."""
        return f"{self.gathering} in {self.city}"


EVENTS = [
    # a body's session in its seat city: the seat's state is a venue only
    Event("oecd", "the annual OECD ministerial council", "Paris", "OECD", ()),
    Event("wto", "the WTO ministerial conference", "Geneva", "WTO", ()),
    Event("unga", "the UN General Assembly", "New York", "UN General Assembly", ()),
    # a gathering of no body: its host, told or by the city it meets in
    Event(
        "hosted",
        "a regional conference on water that Colombia is hosting",
        "Bogota",
        None,
        ("COL",),
    ),
    Event("forum", "an international forum on water", "Dushanbe", None, ("TJK",)),
]

# The verb of taking part, to come and held ("{e}" the gathering, "{s}" the attendee's state
# by name, "{pro}" the official's pronoun): the official's sentence names the gathering.
VERBS: dict[str, tuple[str, str]] = {
    "attend": ("will attend {e}", "attended {e}"),
    "take_part": ("will take part in {e}", "took part in {e}"),
    "represent": ("will represent {s} at {e}", "represented {s} at {e}"),
    "behalf": ("will attend {e} on behalf of {s}", "attended {e} on behalf of {s}"),
    "address": ("will address {e}", "addressed {e}"),
    "delegation": (
        "will lead {pro} country's delegation to {e}",
        "led {pro} country's delegation to {e}",
    ),
    # the gathering told attended by the official, in the passive: its own sentence first
    "attended_by": ("", ""),
}
# The same verbs where the gathering's own sentence comes first, in a clause of their own.
VERBS_AFTER: dict[str, tuple[str, str]] = {
    "attend": ("which {a} will attend", "which {a} attended"),
    "take_part": ("in which {a} will take part", "in which {a} took part"),
    "represent": ("at which {a} will represent {s}", "at which {a} represented {s}"),
    "behalf": ("which {a} will attend on behalf of {s}", "which {a} attended on behalf of {s}"),
    "address": ("which {a} will address", "which {a} addressed"),
    "delegation": (
        "to which {a} will lead {pro} country's delegation",
        "to which {a} led {pro} country's delegation",
    ),
    "attended_by": ("and will be attended by {a}", "and was attended by {a}"),
}
# Who tells the story: the official's sentence first, or the gathering's with his clause.
ORDERS = ["official_first", "event_first"]

NAMINGS = ["demonym", "possessive", "dateline", "surname", "but_surname"]

# What else the story tells attending (none of it a state taking part).
EXTRAS = {
    "none": "",
    "reporters": "Reporters from {o} will also be there.",
    "firms": "Several {od} firms also sent executives.",
}

TENSES = ["planned", "held"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    naming: str
    verb: str
    event: Event
    extra: str
    tense: str
    attendee: State
    order: str


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def page(cell: Cell) -> str:
    """The cell's invented page."""
    a, e = cell.attendee, cell.event
    pro = "her" if a.pronoun == "she" else "his"
    tense = TENSES.index(cell.tense)
    surname = a.person.split()[-1]
    dateline = f"{a.capital.upper()}, May 15 (Reuters) - "
    lead = ""
    if cell.naming == "demonym":
        subject = f"{a.demonym} {a.title} {a.person}"
    elif cell.naming == "possessive":
        subject = f"{_possessive(a.name)} {a.title} {a.person}"
    elif cell.naming == "dateline":
        lead, subject = dateline, f"{a.title} {a.person}"
    else:
        lead = (
            f"{dateline}Officials on Wednesday played down reports that {a.title} {a.person}"
            " would step down over a budget dispute. "
        )
        subject = f"But {surname}" if cell.naming == "but_surname" else surname
    if cell.order == "official_first" and cell.verb != "attended_by":
        verb = VERBS[cell.verb][tense].format(e=e.words, s=a.name, pro=pro)
        sentence = f"{lead}{subject} {verb} on Monday, a spokesman said."
    else:
        opens = ("will open", "opened")[tense]
        who = subject[4:] if subject.startswith("But ") else subject
        clause = VERBS_AFTER[cell.verb][tense].format(a=who, s=a.name, pro=pro)
        gathering = e.gathering[0].upper() + e.gathering[1:]
        sentence = f"{lead}{gathering} {opens} in {e.city} on Monday, {clause}."
    extra = EXTRAS[cell.extra].format(o=OTHER[0], od=OTHER[1])
    return f"{sentence} {extra}".strip()


Want = tuple[str, str, tuple[str, ...], str | None, str]


def expected(cell: Cell) -> list[Want]:
    """The one record the spec asks for, from the choices alone."""
    sides = tuple(sorted({cell.attendee.code, *cell.event.hosts}))
    return [("conference", cell.tense, sides, cell.event.organization, DAYS[cell.tense])]


Read = tuple[str, str, tuple[str, ...], str | None, str | None]


def _read(m: Meeting) -> Read:
    return (
        m.kind.value,
        m.status.value,
        tuple(sorted(c.alpha_3 for c in m.countries)),
        m.organization,
        str(m.date) if m.date else None,
    )


def failures(cell: Cell) -> list[Read]:
    """The records read when they do not pair with the expected ones (``[]``: it passes)."""
    got = [_read(m) for m in extract_text(page(cell), published=PUBLISHED).meetings]
    ok = pairs(got, expected(cell), lambda g, w: g == w)
    return [] if ok else (got or [("none", "", (), None, None)])


CHOICES: dict[str, list[Any]] = {
    "naming": NAMINGS,
    "verb": list(VERBS),
    "event": EVENTS,
    "extra": list(EXTRAS),
    "tense": TENSES,
    "attendee": ATTENDEES,
    "order": ORDERS,
}

CELLS = list(
    sample_cells(
        Cell,
        lambda c: True,
        CHOICES,
        random.Random(66),
        size=420,
        axis="verb",
        tries=1,
    )
)


def _ident(cell: Cell) -> str:
    parts = (cell.naming, cell.verb, cell.event.name, cell.extra, cell.tense)
    return "-".join((*parts, cell.attendee.code, cell.order))


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads the cell: every cell now)."""
    return None


def _exact(got: Meeting, want: Expected) -> bool:
    """Kind, status, countries and organization equal; the date too where given."""
    kind, status, countries, organization, date = want
    return (
        got.kind.value == kind
        and got.status.value == status
        and sorted(c.alpha_3 for c in got.countries) == sorted(countries)
        and got.organization == organization
        and date in (None, str(got.date) if got.date else None)
    )


# Rows that keep each side of the class whatever the seeded sample draws (class, publication
# day, paragraph, the meetings it tells).
TABLE, row = told_table()
# the seat's state named as taking part stays a side
row(
    "seat-state-attends",
    "2024-05-15",
    "French Finance Minister Luc Morel and Kenyan Trade Minister Samuel Otieno will attend the"
    " OECD ministerial council in Paris on Monday.",
    ("conference", "planned", ("FRA", "KEN"), "OECD", "2024-05-20"),
)
# the class left: a body's session at its seat told with no official attending keeps its
# seat's state, which the spec would leave out; the keys split on those very sessions (the
# bar lost five keyed records of the OECD, the IMF, the IAEA, OPEC and GATT when every seat
# session dropped its seat's state), so only a session an official is told attending drops it
_SEAT_SPLIT = (
    "a body's session at its seat told with no official attending keeps the seat's state:"
    " the keys split on it and the bar loses records either way"
)
row(
    "seat-no-attendee",
    "2024-05-15",
    "WTO trade ministers will meet in Geneva on Monday to discuss fishing subsidies.",
    ("conference", "planned", (), "WTO", "2024-05-20"),
    known=_SEAT_SPLIT,
)
row(
    "seat-opened-here",
    "2024-05-15",
    "GENEVA, May 15 (Reuters) - The WTO General Council opened a two-day session here on"
    " Monday, with Brazil and India at odds over farm tariffs.",
    ("conference", "held", ("BRA", "IND"), "WTO", "2024-05-13"),
    known=_SEAT_SPLIT,
)
# a journalist or a firm attending gives no side, the official's state stays
row(
    "press-no-side",
    "2024-05-15",
    "Indonesian Foreign Minister Budi Santoso attended an international forum on water in"
    " Dushanbe on Monday. Journalists from Brazil and several Swedish companies were also"
    " attending.",
    ("conference", "held", ("IDN", "TJK"), None, "2024-05-13"),
)
# the passive: the states whose leaders the gathering "was also attended by" take part in it
row(
    "attended-by",
    "2024-05-15",
    "The two presidents last met in March at an informal summit of the Organization of Turkic"
    " States in Baku, which was also attended by the leaders of Kyrgyzstan and Uzbekistan.",
    ("conference", "held", ("AZE", "KGZ", "UZB"), "OTS", "2024-03"),
)
row(
    "attended-by-press",
    "2024-05-15",
    "An international forum on water opened in Dushanbe on Monday and was attended by Kenyan"
    " Foreign Minister Samuel Otieno and by journalists from Brazil.",
    ("conference", "held", ("KEN", "TJK"), None, "2024-05-13"),
    known=(
        "the gathering's own sentence makes every state it names a side, the journalists'"
        " too: the candidates' reading of the sentence, before the attendance pass"
    ),
)
# "both leaders were attending" a body's gathering named in capitals: the pair whose talks
# the same sentence tells first
row(
    "pair-while-attending",
    "2024-05-15",
    "In New York on Monday, Kenyan President Samuel Otieno met Chilean President Rosa Vidal,"
    " while both leaders were attending the UN General Assembly.",
    ("meeting", "held", ("CHL", "KEN"), None, "2024-05-13"),
    ("conference", "held", ("CHL", "KEN"), "UN General Assembly", None),
)
row(
    "pair-while-attending",
    "2024-05-15",
    "Japanese Prime Minister Kenji Mori held talks with Canadian Prime Minister Claire Dubois"
    " in Dushanbe on Monday, while both were attending an international forum on water.",
    ("meeting", "held", ("CAN", "JPN"), None, "2024-05-13"),
    ("conference", "held", ("CAN", "JPN", "TJK"), None, "2024-05-13"),
    known=(
        "the pair's talks in the city of a forum of no body, told in one sentence with it, are"
        " folded into the forum: one record for two events (a merging class, not this one)"
    ),
)
# a trip denied next to the council the same official attends: the council alone
row(
    "denied-and-attends",
    "2024-05-15",
    "OSLO, May 15 (Reuters) - Norwegian officials on Wednesday dismissed reports that Trade"
    " Minister Lars Berg would meet Chinese Commerce Minister Li Wen in Paris next week."
    ' "No such meeting is planned," a ministry spokeswoman said. But Berg will attend the'
    " OECD ministerial council in Paris on Monday, she said.",
    ("conference", "planned", ("NOR",), "OECD", "2024-05-20"),
)
# the host told by the present "is hosting" is a side, the attendee too
row(
    "host-is-hosting",
    "2024-05-15",
    "U.S. Deputy Secretary John Carver will attend a regional conference on migration that"
    " Colombia is hosting in Bogota on Monday.",
    ("conference", "planned", ("COL", "USA"), None, "2024-05-20"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_attendance_sides_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row gives exactly the meetings it expects (``cls`` names its class)."""
    assert_told(cls, day, text, expected, _exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, _ident, known_gap))
def test_grid_attendance_sides(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], page(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", None) or getattr(value, "code", None) or value
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + _ident(c), expected(c), r)
            print("  " + page(c))
