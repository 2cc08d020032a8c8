"""A grid of where a meeting is told to take place, and which states that makes its sides.

Every cell is one invented sentence built from independent choices: the meeting's form ("met",
"held talks with", a visit, a phone call, a summit of two leaders, three states' ministers
meeting), the place's form (a city of one side, a third state's city, "at talks hosted by C",
"in C" by the state's name, "on the sidelines of" a body's meeting in C's city, the
dateline's city alone, none), where the place stands (before the date, after it, before "with"
and the counterpart), a topic naming a fourth state ("on the situation in T", "on T's debt",
"to discuss aid to T", none), the date's form (a weekday, "today", none) and the page's frame
(a wire story, a government readout, a crawled page with a headline). The builder writes the
text AND the one record it tells, computed from the choices by spec/EXTRACTION.md section 2
(never by running the library):

- kind: "met", "held talks with" are a ``meeting``, "paid a visit to" a ``visit``, "spoke by
  phone with" a ``call``; a summit of two leaders and three states' ministers meeting are a
  ``meeting`` or a ``conference`` (the kind is no part of the scorer's pairing, and the grid
  tests the sides);
- countries, exactly: the sides (a visit's host is its side); a state that hosts the talks
  ("hosted by C") takes part; a third state's city or name where two sides meet with no host
  role told, the body's meeting on whose sidelines they meet, the dateline's city and a state
  named in the talks' topic are **no side**;
- status ``held``; date: "on Monday" is 2024-05-13, "today" the publication day, Wednesday
  2024-05-15; no date leaves it open, as the scorer does.

A third state's city with no host role is the spec's open case ("a host state takes part
when it hosts the event"); the owners' keys decide it. Counted over the meetings and visits
(not conferences) of /work/shared/gold/dev.jsonl, crawled-dev.jsonl, the visible
corpus-blind keys, the written key W1-W1980 and tests/pages/read/key.jsonl whose location's
state is told: of the bilateral meetings placed in a city of a state that is neither side,
219 keep the two sides alone (68 of them with no gathering, host, attendance or trilateral
word in their evidence, e.g. two states' negotiators "due to meet in Geneva", two leaders
who "last met in Vilnius"), against about 8 where the keys add the city's state with no
host role told (two of them Jeddah, Saudi Arabia; an Abu Dhabi meeting of two third states):
the keys decide it, the third state is no side. The keys name a third state's city as a
side where it hosts, mediates or is a third party, which the grid's "hosted by" place and
trilateral form test.

A meeting on the sidelines of a body's meeting may also give that meeting's own conference
record (an ``organization`` told, its sides open): the grid allows it, not requires it.

A cell passes when the page's meetings pair one to one with the expected ones: kind (or
kinds), status, exact countries, the date compatible as the scorer pairs dates.

The classes the grid showed the library misread, fixed, with rows of their own in ``ROWS``:

- ``topic-after-time-or-place``: an "on" topic right after a weekday or a place ("on Monday
  on the situation in T", "in Lima on T's debt", "to P on ...", "hosted by C on ...") is a
  topic, not a name's tail ("the Convention on ..."): T is no side;
- ``affairs-in-topic``: a gathering "on the situation (crisis, war) in T" has T as its
  topic's, not its place;
- ``third-state-venue``: two sides or more meeting "in/at" a third state's city or state with
  no host, invitation, reception, mediation or gathering attended told, and no official of
  it taking part: the third state is no side.

(and "paid", "spoke" are past cues for a relative day: "paid a visit to P on Monday to discuss
aid" is held). Left as strict xfails (``_known_miss``): a summit of two leaders is read as a
conference, whose sides take a third state's venue (the keys' count above is of meetings,
not conferences); a summit of two leaders on a body's sidelines gives no record of its own.
("held talks with X in P on Monday to discuss", the past verb beyond the 60 characters a
relative day's tense is read in, dated the day to come until the tense grid's rule that the
past verb holding the event dates it: tests/test_grid_tense.py.)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.models import Meeting
from diplonews.readers import parse_crawled_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


@dataclass(frozen=True)
class Group:
    """Two sides, a third state (its city, its name) and a fourth named in the topic."""

    a: State
    b: State
    third: State  # the trilateral's third side
    venue: State  # a third state whose city or name the place tells
    topic: State  # a state the talks' topic names


def _st(*told: str) -> State:
    """A state from (code, name, demonym, capital, title, person)."""
    code, name, demonym, capital, title, person = told
    return State(code, name, demonym, capital, title, person)


GROUPS = [
    Group(
        _st("KAZ", "Kazakhstan", "Kazakh", "Astana", "Foreign Minister", "Nurlan Abenov"),
        _st("UZB", "Uzbekistan", "Uzbek", "Tashkent", "Foreign Minister", "Rustam Karimov"),
        _st("TJK", "Tajikistan", "Tajik", "Dushanbe", "Foreign Minister", "Farhod Nazarov"),
        _st("CHE", "Switzerland", "Swiss", "Geneva", "Foreign Minister", "Urs Keller"),
        _st("AFG", "Afghanistan", "Afghan", "Kabul", "Foreign Minister", "Zalmai Rahimi"),
    ),
    Group(
        _st("DEU", "Germany", "German", "Berlin", "Foreign Minister", "Ingrid Falk"),
        _st("POL", "Poland", "Polish", "Warsaw", "Foreign Minister", "Adam Wrona"),
        _st("FRA", "France", "French", "Paris", "Foreign Minister", "Henri Lasalle"),
        _st("AUT", "Austria", "Austrian", "Vienna", "Foreign Minister", "Klaus Huber"),
        _st("UKR", "Ukraine", "Ukrainian", "Kyiv", "Foreign Minister", "Petro Kovalenko"),
    ),
    Group(
        _st("EGY", "Egypt", "Egyptian", "Cairo", "Foreign Minister", "Hassan Fathy"),
        _st("JOR", "Jordan", "Jordanian", "Amman", "Foreign Minister", "Omar Haddad"),
        _st("IRQ", "Iraq", "Iraqi", "Baghdad", "Foreign Minister", "Ali Jaber"),
        _st("ITA", "Italy", "Italian", "Rome", "Foreign Minister", "Marco Bellini"),
        _st("SDN", "Sudan", "Sudanese", "Khartoum", "Foreign Minister", "Osman Idris"),
    ),
    Group(
        _st("BRA", "Brazil", "Brazilian", "Brasilia", "Foreign Minister", "Joao Pereira"),
        _st("ARG", "Argentina", "Argentine", "Buenos Aires", "Foreign Minister", "Diego Lopez"),
        _st("URY", "Uruguay", "Uruguayan", "Montevideo", "Foreign Minister", "Luis Suarez"),
        _st("BOL", "Bolivia", "Bolivian", "La Paz", "Foreign Minister", "Evo Mamani"),
        _st("VEN", "Venezuela", "Venezuelan", "Caracas", "Foreign Minister", "Raul Mendez"),
    ),
]

FORMS = ["met", "talks", "visit", "call", "summit", "trilateral"]
PLACES = ["side-city", "third-city", "hosted-by", "in-state", "sidelines", "dateline", "none"]
STANDS = ["before-date", "after-date", "before-cp"]
TOPICS = ["none", "situation", "debt", "aid"]
DATES = {
    "weekday": ("on Monday", "2024-05-13"),
    "today": ("today", "2024-05-15"),
    "none": ("", None),
}
FRAMES = ["wire", "readout", "crawled"]

# the forms whose kind the grid leaves to meeting or conference
EITHER_KIND = {"summit", "trilateral"}


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    form: str
    place: str
    stands: str
    topic: str
    date: str
    frame: str
    group: int

    def valid(self) -> bool:
        """Whether the choices make a sentence news would write."""
        if self.place == "dateline" and self.frame != "wire":
            return False
        if self.form == "visit":  # the trip's destination is its place: a city or the state
            return self.place in ("side-city", "in-state") and self.stands != "before-cp"
        if self.form == "call":  # a call has no venue
            return self.place in ("none", "dateline") and self.stands == "after-date"
        if self.place in ("none", "dateline") and self.stands != "after-date":
            return False  # no place in the sentence: one cell stands for all
        if self.stands == "before-cp":
            return self.form in ("met", "talks") and self.place != "hosted-by"
        return True

    @property
    def states(self) -> Group:
        """The cell's states."""
        return GROUPS[self.group]

    def sides(self) -> tuple[str, ...]:
        """The states that take part, computed from the choices."""
        g = self.states
        codes = {g.a.code, g.b.code}
        if self.form == "trilateral":
            codes.add(g.third.code)
        if self.place == "hosted-by":
            codes.add(g.venue.code)  # a host takes part
        return tuple(sorted(codes))

    def kinds(self) -> set[str]:
        """The kinds the cell's record may have."""
        if self.form in EITHER_KIND:
            return {"meeting", "conference"}
        return {{"visit": "visit", "call": "call"}.get(self.form, "meeting")}

    def _place(self) -> str:
        g = self.states
        return {
            "side-city": f"in {g.b.capital}",
            "third-city": f"in {g.venue.capital}",
            "hosted-by": f"at talks hosted by {g.venue.name}",
            "in-state": f"in {g.venue.name}",
            "sidelines": f"on the sidelines of an OSCE ministerial meeting in {g.venue.capital}",
            "dateline": "",
            "none": "",
        }[self.place]

    def topic_words(self) -> str:
        """The topic's words, after a space (empty: no topic)."""
        t = self.states.topic.name
        return {
            "none": "",
            "situation": f" on the situation in {t}",
            "debt": f" on {t}'s debt",
            "aid": f" to discuss aid to {t}",
        }[self.topic]

    def sentence(self) -> str:
        """The cell's one sentence."""
        g = self.states
        when = DATES[self.date][0]
        place = self._place()
        subject = f"{g.a.demonym} {g.a.title} {g.a.person}"
        other = f"{g.b.demonym} {g.b.title} {g.b.person}"
        if self.form == "visit":
            place = f"to {g.b.capital}" if self.place == "side-city" else f"to {g.b.name}"
            head = f"{subject} paid a visit"
        elif self.form == "call":
            head = f"{subject} spoke by phone with {other}"
        elif self.form == "summit":
            head = f"The presidents of {g.a.name} and {g.b.name} held a summit"
            if self.place == "hosted-by":
                place = f"hosted by {g.venue.name}"
        elif self.form == "trilateral":
            head = f"The foreign ministers of {g.a.name}, {g.b.name} and {g.third.name} met"
        else:
            verb = "met" if self.form == "met" else "held talks"
            if self.stands == "before-cp":
                head, place = f"{subject} {verb} {place} with {other}", ""
            else:
                head = f"{subject} {verb} with {other}"
        parts = [head]
        if self.stands == "before-date":
            parts += [place, when]
        else:
            parts += [when, place]
        return " ".join(p for p in parts if p) + self.topic_words() + ", the ministry said."

    def text(self) -> str:
        """The page: a wire story, a readout or a crawled page, and the sentence."""
        sentence = self.sentence()
        g = self.states
        if self.frame == "wire":
            city = g.venue.capital if self.place == "dateline" else g.a.capital
            return f"{city.upper()}, May 15 (Reuters) - {sentence}"
        if self.frame == "readout":
            return f"Readout of the Foreign Minister's Meetings\n\n{sentence}"
        head = "Ministers look to deepen regional cooperation"
        return f" date 2024-05-15 {head}\n\n{sentence}\n---\n"


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "place": list(PLACES),
    "stands": list(STANDS),
    "topic": list(TOPICS),
    "date": list(DATES),
    "frame": list(FRAMES),
    "group": list(range(len(GROUPS))),
}


def _sample(size: int, seed: int = 30) -> list[Cell]:
    """A seeded sample of valid cells, every form meeting every value of every other choice."""
    rng = random.Random(seed)
    return list(sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="form", tries=200))


CELLS = _sample(420)


def _meetings(cell: Cell) -> tuple[Meeting, ...]:
    text = cell.text()
    if cell.frame != "crawled":
        return extract_text(text, published=PUBLISHED).meetings
    article = next(iter(parse_crawled_text(text)))
    return tuple(extract_meetings(article))


Read = tuple[str, str, tuple[str, ...], str | None, str | None]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in _meetings(cell)
    ]


def _fits(cell: Cell, got: Read) -> bool:
    """Whether a read record is the cell's one record."""
    if got[0] not in cell.kinds() or got[1] != "held" or got[2] != cell.sides():
        return False
    want = DATES[cell.date][1]
    if want is None or got[4] is None:
        return True
    n = min(len(want), len(got[4]))
    return got[4][:n] == want[:n]


def passes(cell: Cell) -> bool:
    """Whether the page's meetings are the cell's one record (and a body's sideline host)."""
    got = read(cell)
    if cell.place == "sidelines":  # the body's own meeting may be told too
        got = [g for g in got if not (g[0] == "conference" and g[3] is not None)]
    return len(got) == 1 and _fits(cell, got[0])


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (each a class the grid found), or None."""
    reasons = []
    if cell.form == "summit" and cell.place in ("third-city", "in-state"):
        reasons.append("a summit of two leaders is read as a conference, its venue's state a side")
    if cell.form == "summit" and cell.place == "sidelines":
        reasons.append("a summit of two leaders on a body's sidelines is read as no record")
    return "; ".join(reasons) or None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its record."""
    assert passes(cell), (cell.text(), cell.sides(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# --- the classes fixed from the grid, with rows of their own (invented sentences) ----------
# (class, sentence published 2024-05-15, its one meeting: kind, exact sides, date or None)
ROWS: list[tuple[str, str, tuple[str, tuple[str, ...], str | None]]] = [
    # An "on" topic right after a weekday or a place is a topic: its state is no side.
    (
        "topic-after-time-or-place",
        "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Pablo Soto in Lima on "
        "Bolivia's debt.",
        ("meeting", ("CHL", "PER"), None),
    ),
    (
        "topic-after-time-or-place",
        "Peruvian Foreign Minister Ana Ruiz held talks with Chilean Foreign Minister Pablo Soto "
        "on Tuesday on the situation in Ecuador.",
        ("meeting", ("CHL", "PER"), "2024-05-14"),
    ),
    # A gathering "on the situation (crisis, war) in C": C is the topic's, not the place.
    (
        "affairs-in-topic",
        "The presidents of Peru and Chile held a summit in Lima today on the situation in Ecuador.",
        ("conference", ("CHL", "PER"), "2024-05-15"),
    ),
    (
        "affairs-in-topic",
        "Peru and Chile held a conference on Monday on the crisis in Ecuador.",
        ("conference", ("CHL", "PER"), "2024-05-13"),
    ),
    # Two sides or more meeting in a third state's city or state, no host role told: its
    # state is no side (near misses: a state that mediates or invites them takes part).
    (
        "third-state-venue",
        "Peruvian and Chilean negotiators met in Geneva on Monday.",
        ("meeting", ("CHL", "PER"), "2024-05-13"),
    ),
    (
        "third-state-venue",
        "The foreign ministers of Peru, Chile and Ecuador met in Madrid on Monday.",
        ("meeting", ("CHL", "ECU", "PER"), "2024-05-13"),
    ),
    (
        "third-state-venue",
        "Peruvian and Chilean negotiators met in Muscat on Monday in talks mediated by Oman.",
        ("meeting", ("CHL", "OMN", "PER"), "2024-05-13"),
    ),
    (
        "third-state-venue",
        "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Pablo Soto in Madrid on "
        "Monday at the invitation of Spain.",
        ("meeting", ("CHL", "ESP", "PER"), "2024-05-13"),
    ),
]


@pytest.mark.parametrize(
    ("cls", "text", "want"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)]
)
def test_grid_class_rows(
    cls: str, text: str, want: tuple[str, tuple[str, ...], str | None]
) -> None:
    """Each class the grid showed reads its invented rows with exactly their sides."""
    got = [
        (m.kind.value, tuple(sorted(c.alpha_3 for c in m.countries)), m.date)
        for m in extract_text(text, published=PUBLISHED).meetings
    ]
    kind, sides, date = want
    assert len(got) == 1, (cls, got)
    assert got[0][:2] == (kind, sides), (cls, got)
    assert date is None or str(got[0][2]) == date, (cls, got)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:16} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), c.text(), c.sides(), read(c), sep="\n   ")
