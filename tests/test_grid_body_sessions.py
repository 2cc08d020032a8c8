"""A grid of sessions of bodies in wire copy: councils, boards, ministers' meetings (grid task).

Every cell is one short invented page telling a session of an intergovernmental body
through what happened in it, built from independent choices: the body and its organ (a
council, an executive board, a committee, a group's ministers, a ministerial gathering of
a body's members; bodies of the organisations table and a commodity body), how the
session is told (the body as the subject of a decision verb "put off a decision on",
"approved", "rejected", "failed to agree on", "ended a three-day session", "at today's
session of", "had gathered ... for talks", "will meet", "is due to meet", "opens on"),
the date's form (today, a weekday, "from March 23", last or next week, none), the place
(the dateline's city alone, "here", "in C", none), who acts in it (no one, "a U.S.
delegate said", "X's ambassador told the council", "A and B backed the request", a state
only as the topic "a complaint against Japanese quotas"), a second event (none, the next
session, a bilateral meeting on its margins), the frame (1987 wire with a dateline, a
modern wire, a readout) and the states who act. The builder writes the text AND the
records it tells, computed from the choices by spec/EXTRACTION.md section 2 (never by
running the library):

- the session is one ``conference`` of its body (``organization`` the body's name as the
  keys write it: ``GATT``, ``International Cocoa Organization``, ``IMF``, ``EU``, ``OPEC``,
  ``G7``), the sentence that tells its outcome the same record;
- status: the past tense and "at today's session" are ``held``; "will meet", "is due to
  meet" and "opens on" are ``planned``; date: resolved against the publication day,
  Wednesday 4 March 1987, a session "ended" after three days dated by its first day;
- countries: the host (the state of the city told by "here" or "in C") and the states
  whose delegates speak or act in the session; a state named only as the topic is no side
  (unless it is a member of the group whose ministers sit: it sits with them);
- the next session is a second record, ``planned``; a bilateral meeting on the margins is a
  ``meeting`` of its two sides with the session's status, and its city's state no side.

Where the spec leaves a reading open, the owners' keys of the read sets decide (meeting
records of /work/shared/gold/dev.jsonl, crawled-dev.jsonl, the visible corpus-blind keys,
tests/pages/read and the written holdout W1-W1980, counted by a script over their
evidence):

- a state told by its seat at the body ("a U.S. delegate", "Japan's ambassador", "the
  Brazilian delegation") in the evidence of a body's conference: all 12 such records carry
  that state (W68, W1022, W433, W503, ...), none leaves it out;
- a state told as to act at a session to come ("Colombia will press ... at next month's
  council meeting"): all 7 such planned records carry it (W462, W839, W1597, ...);
- the dateline's city alone, with no "here" and no city in the sentence: 3 records count its
  state (W474, W1364, W1563) and 1 does not (W217): the keys contradict themselves, so the
  cell accepts the session's countries with or without it;
- the next session told after a held one ("will meet again", "the next session"): 16
  records count its host (W207, W750, W1364, ...), 4 do not (W157, W217, W421, W1302): the
  cell accepts it with or without its host;
- OPEC's session in Vienna, whose state is no member: W125 and W157 leave Austria out, W185
  and reuters-19285 count it: the cell accepts both;
- the two sides of a bilateral meeting on the session's margins: their officials are there,
  so the session's countries may hold them or not (the keys are not counted).

A cell passes when the page's meetings pair one to one with the expected records: kind,
status and organisation equal, the countries holding every state that must be there and
none but those that may, dates compatible as the scorer pairs them (a date left open by
"last week", "next week" or none may be null).

The classes the grid showed the library misread (before: 340 of the 420 cells failed;
after: 40, strict xfails of the classes in ``LEFT``):

- a body's council, board or committee as the subject of a decision ("put off a decision
  on", "approved", "rejected", "failed to agree on") is its session held, dated and placed
  by the time and place its clause tells after the decision's topic;
- the states a story tells by their seat at a body, or taking a side on its business ("A
  and B backed the request"), sat in the session its lead tells by a council, board or
  committee;
- a body's council, board, committee or ministers meeting with no other side ("The X's
  executive board will meet", "EC farm ministers had gathered here for talks", "The council
  will meet again in P") is the body's conference, not talks;
- a group's ministers named with the body after them ("Finance ministers of the Group of
  Seven", "Trade ministers from some 40 X members") acting together, also told from a city
  outside the group with its day or place, or last week, are the body's session;
- a session that "opens on" a day of the month still to come is planned.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = dt.date(1987, 3, 4)  # a Wednesday


@dataclass(frozen=True)
class Body:
    """A body's organ as news names it, its name in the key, its seat and its seat's state.

    ``organ`` is the noun the next sentence refers back to it by; ``ministers`` tells a
    group of ministers (plural verbs) from a council, board or committee.
    """

    subject: str
    organization: str
    city: str
    code: str
    organ: str
    ministers: bool


BODIES: dict[str, Body] = {
    "gatt-council": Body("The GATT Council", "GATT", "Geneva", "CHE", "council", False),
    "cocoa-board": Body(
        "The International Cocoa Organization's executive board",
        "International Cocoa Organization",
        "London",
        "GBR",
        "board",
        False,
    ),
    "imf-committee": Body(
        "The IMF's Interim Committee", "IMF", "Washington", "USA", "committee", False
    ),
    "ec-ministers": Body("EC farm ministers", "EU", "Brussels", "BEL", "ministers", True),
    "opec-ministers": Body("OPEC oil ministers", "OPEC", "Vienna", "AUT", "ministers", True),
    "g7-ministers": Body(
        "Finance ministers of the Group of Seven", "G7", "Paris", "FRA", "ministers", True
    ),
    "gatt-ministerial": Body(
        "Trade ministers from some 40 GATT members", "GATT", "Geneva", "CHE", "ministers", True
    ),
}

# groups whose ministers sit alone: the outsiders of PAIRS are no delegates of theirs
CLOSED = {"ec-ministers", "opec-ministers", "g7-ministers"}

# the members of a closed group that PAIRS name (the Group of Seven's)
MEMBERS = {"g7-ministers": frozenset({"USA", "JPN", "CAN"})}
# a group whose seat's state is none of its members: the keys count that host both ways
OUTSIDE_SEAT = {"opec-ministers"}

HELD_TELLINGS = ["put-off", "approved", "rejected", "failed-agree", "ended", "at-session",
                 "gathered"]  # fmt: skip
PLANNED_TELLINGS = ["will-meet", "due-to-meet", "opens-on"]
TELLINGS = HELD_TELLINGS + PLANNED_TELLINGS
DECISIONS = {
    "put-off": "put off a decision on a request for a waiver",
    "approved": "approved a request for a waiver",
    "rejected": "rejected a request for a waiver",
    "failed-agree": "failed to agree on a request for a waiver",
}
# date form -> (past text, past ISO date, future text, future ISO date)
DATES: dict[str, tuple[str, str | None, str, str | None]] = {
    "today": ("today", "1987-03-04", "today", "1987-03-04"),
    "weekday": ("on Monday", "1987-03-02", "on Monday", "1987-03-09"),
    "from-day": ("", None, "from March 23", "1987-03-23"),
    "week": ("last week", "1987-02", "next week", "1987-03"),
    "none": ("", None, "", None),
}
OPEN_DATES = {"week", "none"}
PLACES = ["dateline", "here", "in-city", "none"]
ACTORS = ["none", "delegate", "ambassador", "backed", "topic"]
SECONDS = ["none", "next", "margins"]
FRAMES = ["wire-1987", "wire-modern", "readout"]


@dataclass(frozen=True)
class Actor:
    """A state who acts in a session: code, name, demonym, capital, an official."""

    code: str
    name: str
    demonym: str
    capital: str
    person: str


# pairs of states who act (A, B); A also meets B on the margins
PAIRS: list[tuple[Actor, Actor]] = [
    (
        Actor("USA", "the United States", "U.S.", "Washington", "Walter Hale"),
        Actor("JPN", "Japan", "Japanese", "Tokyo", "Kenji Oda"),
    ),
    (
        Actor("BRA", "Brazil", "Brazilian", "Brasilia", "Paulo Mendes"),
        Actor("ARG", "Argentina", "Argentine", "Buenos Aires", "Carlos Ruiz"),
    ),
    (
        Actor("CAN", "Canada", "Canadian", "Ottawa", "Paul Girard"),
        Actor("AUS", "Australia", "Australian", "Canberra", "Ian Doyle"),
    ),
]


def _inside(subject: str) -> str:
    """A subject as written inside a sentence: its article or common first word lower-cased."""
    first, rest = subject.split(" ", 1)
    return f"{first.lower()} {rest}" if first in ("The", "Finance", "Trade") else subject


# An expected record: (kind, status, must countries, may countries, organisation, date)
Want = tuple[str, str, frozenset[str], frozenset[str], "str | None", "str | None"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    body: str
    telling: str
    date: str
    place: str
    actors: str
    second: str
    frame: str
    pair: int

    @property
    def held(self) -> bool:
        """Whether the session is told as held."""
        return self.telling in HELD_TELLINGS

    def valid(self) -> bool:
        """Whether the choices make a page wire copy would write."""
        body = BODIES[self.body]
        wire = self.frame != "readout"
        if (self.place in ("dateline", "here")) != wire and self.place != "in-city":
            return False  # a dateline, or "here", only under a dateline; none only without
        if self.telling == "gathered" and not body.ministers:
            return False  # a council does not "gather for talks"
        if self.telling == "at-session" and self.date not in ("today", "weekday"):
            return False  # "at today's session", "at Monday's session"
        if self.telling == "opens-on" and self.date in ("today", "none"):
            return False  # "opens" needs a time to come
        if self.date == "from-day" and self.held:
            return False  # "from March 23": a session to come
        if self.body in CLOSED and self.actors in ("delegate", "ambassador", "backed"):
            return False  # a closed group's ministers: no outsider's delegate sits with them
        return not (self.second == "next" and not self.held)

    def _host(self) -> str | None:
        return BODIES[self.body].code if self.place in ("here", "in-city") else None

    def expected(self) -> list[Want]:
        """The session, and the next session or the margins meeting where told."""
        body = BODIES[self.body]
        a, b = PAIRS[self.pair]
        status = "held" if self.held else "planned"
        date = DATES[self.date][1 if self.held else 3]
        if self.telling == "ended" and date is not None and len(date) == 10:
            # a three-day session that ended that day: its first day
            date = (dt.date.fromisoformat(date) - dt.timedelta(days=2)).isoformat()
        host = self._host()
        must = {host} if host and self.body not in OUTSIDE_SEAT else set()
        may: set[str] = {host} if host else set()
        if self.place == "dateline":
            may.add(body.code)
        if self.actors in ("delegate", "ambassador"):
            must.add(a.code)
        if self.actors == "backed":
            must |= {a.code, b.code}
        if self.second == "margins":
            may |= {a.code, b.code}
        if self.actors == "topic" and b.code in MEMBERS.get(self.body, ()):
            may.add(b.code)  # a group's member named as the topic still sits in its session
        wants: list[Want] = [
            ("conference", status, frozenset(must), frozenset(may), body.organization, date)
        ]
        if self.second == "next":
            wants.append(
                (
                    "conference",
                    "planned",
                    frozenset(),
                    frozenset({body.code}),
                    body.organization,
                    "1987-04-15",
                )
            )
        if self.second == "margins":
            # (met on the session's margins: on its day, or on none the sentence tells)
            wants.append(
                ("meeting", status, frozenset({a.code, b.code}), frozenset(), None, MARGINS)
            )
        return wants

    # --- the text -----------------------------------------------------------------------
    def _where(self) -> str:
        return {
            "dateline": "",
            "here": "here",
            "in-city": f"in {BODIES[self.body].city}",
            "none": "",
        }[self.place]

    def _when(self) -> str:
        past, _, future, _ = DATES[self.date]
        return past if self.held else future

    def _session(self) -> str:
        body = BODIES[self.body]
        be = "are" if body.ministers else "is"
        tail = " ".join(p for p in (self._where(), self._when()) if p)
        tail = f" {tail}" if tail else ""
        if self.telling in DECISIONS:
            return f"{body.subject} {DECISIONS[self.telling]}{tail}"
        if self.telling == "ended":
            return f"{body.subject} ended a three-day session{tail} without agreeing on a waiver"
        if self.telling == "at-session":
            day = "today's" if self.date == "today" else "Monday's"
            name = _inside(body.subject)
            where = f" {self._where()}" if self._where() else ""
            return f"At {day} session of {name}{where}, delegates took up a request for a waiver"
        if self.telling == "gathered":
            return f"{body.subject} had gathered{tail} for talks on a request for a waiver"
        if self.telling == "will-meet":
            return f"{body.subject} will meet{tail} to consider a request for a waiver"
        if self.telling == "due-to-meet":
            return f"{body.subject} {be} due to meet{tail} to consider a request for a waiver"
        # opens-on: the session named by its body
        name = _inside(body.subject)
        noun = "A meeting" if body.ministers else "A session"
        when = self._when().replace("from ", "on ", 1)
        where = f" {self._where()}" if self._where() else ""
        return f"{noun} of {name} opens {when}{where} to consider a request for a waiver"

    def _actors(self) -> str | None:
        a, b = PAIRS[self.pair]
        organ = BODIES[self.body].organ
        held = self.held
        if self.actors == "delegate":
            if held:
                return f"A {a.demonym} delegate said {a.capital} would press its case."
            return f"A {a.demonym} delegate said {a.capital} would press its case at the session."
        if self.actors == "ambassador":
            told = "told the" if held else "is expected to tell the"
            name = a.name[0].upper() + a.name[1:]
            return f"{name}'s ambassador {told} {organ} the waiver was needed."
        if self.actors == "backed":
            backed = "backed" if held else "are expected to back"
            return f"{a.name[0].upper()}{a.name[1:]} and {b.name} {backed} the request."
        if self.actors == "topic":
            verb = "The request concerns" if not held else "The request concerned"
            return f"{verb} a complaint against {b.demonym} quotas."
        return None

    def _second(self) -> str | None:
        a, b = PAIRS[self.pair]
        body = BODIES[self.body]
        if self.second == "next":
            organ = "The ministers" if body.ministers else f"The {body.organ}"
            return f"{organ} will meet again in {body.city} on April 15."
        if self.second == "margins":
            met = "met" if self.held else "will meet"
            return (
                f"On the margins of the session, {a.demonym} trade minister {a.person} {met} "
                f"{b.demonym} trade minister {b.person}."
            )
        return None

    def body_text(self) -> str:
        """The page's paragraph."""
        sentences = [f"{self._session()}, delegates said."]
        sentences += [s for s in (self._actors(), self._second()) if s]
        return " ".join(sentences)

    def text(self) -> str:
        """The page: a dateline or a readout's heading, and the paragraph."""
        city = BODIES[self.body].city.upper()
        if self.frame == "wire-1987":
            return f"{city}, March 4 - {self.body_text()}"
        if self.frame == "wire-modern":
            return f"{city}, March 4 (Reuters) - {self.body_text()}"
        return f"Readout of the session\n\n{self.body_text()}"


CHOICES: dict[str, list[object]] = {
    "body": list(BODIES),
    "telling": list(TELLINGS),
    "date": list(DATES),
    "place": list(PLACES),
    "actors": list(ACTORS),
    "second": list(SECONDS),
    "frame": list(FRAMES),
    "pair": list(range(len(PAIRS))),
}


def _sample(size: int, seed: int = 26) -> list[Cell]:
    """A seeded sample of valid cells, every telling meeting every value of each other choice."""
    rng = random.Random(seed)
    cells = sample_cells(
        Cell, Cell.valid, CHOICES, rng, size=size, axis="telling", tries=80, cover_axis=True
    )
    return list(cells)


CELLS = _sample(420)

Read = tuple[str, str, tuple[str, ...], "str | None", "str | None"]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    found = extract_text(cell.text(), published=PUBLISHED).meetings
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in found
    ]


#: The date of a meeting on a session's margins: the session's, or none (either pairs).
MARGINS = "margins"


def _fits(got: Read, want: Want, *, open_date: bool) -> bool:
    kind, status, must, may, org, date = want
    if date == MARGINS:
        return (got[0], got[1], got[3]) == (kind, status, org) and set(got[2]) == must
    if (got[0], got[1], got[3]) != (kind, status, org):
        return False
    if not must <= set(got[2]) <= must | may:
        return False
    if date is None or got[4] is None:
        return open_date or got[4] == date
    n = min(len(date), len(got[4]))
    return got[4][:n] == date[:n]


def _pairs(got: list[Read], wants: list[Want], open_date: bool) -> bool:
    if len(got) != len(wants):
        return False
    if not wants:
        return True
    first, rest = wants[0], wants[1:]
    return any(
        _fits(g, first, open_date=open_date) and _pairs([*got[:i], *got[i + 1 :]], rest, open_date)
        for i, g in enumerate(got)
    )


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the cell's records."""
    return _pairs(read(cell), cell.expected(), cell.date in OPEN_DATES)


MINISTERS = {"ec-ministers", "opec-ministers", "g7-ministers", "gatt-ministerial"}
#: The classes the library still misreads: (name, the cells, why).
LEFT: list[tuple[str, Callable[[Cell], bool], str]] = [
    (
        "session-of-ministers-named",
        lambda c: c.telling == "at-session" and c.body in MINISTERS,
        "'At today's session of X ministers, delegates took up ...': the session named by a "
        "group's ministers is read as talks (a meeting, by the fallback) or missed",
    ),
    (
        "ministers-session-delegates",
        lambda c: (
            c.body == "gatt-ministerial"
            and c.actors in ("delegate", "ambassador", "backed")
            and c.telling in ("gathered", "will-meet", "due-to-meet", "ended")
            and c.second != "margins"  # (the two sides met on its margins make up the overlap)
            # (a story's lone session with no place under no dateline takes the states the
            # story quotes)
            and not (c.frame == "readout" and c.place == "none" and c.second == "none")
        ),
        "the delegates of a session told by an open body's ministers meeting or ending it "
        "(not by their decision) are not read: a lead with no council, board or committee",
    ),
    (
        "ministers-next-inherits",
        lambda c: (
            c.body == "gatt-ministerial"
            and c.actors == "backed"
            and c.second == "next"
            and c.place != "dateline"
        ),
        "'The ministers will meet again in P' after a session of three sides or more: the next "
        "session is read with the earlier one's sides",
    ),
]


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by its class), or None."""
    reasons = [f"{name}: {why}" for name, of, why in LEFT if of(cell)]
    return "; ".join(reasons) or None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its records."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:16} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(c.text(), c.expected(), read(c), sep="\n   ")
