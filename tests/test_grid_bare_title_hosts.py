"""A grid of the state an official named by a bare title gives a gathering he attends or hosts.

A government's or a national outlet's own story names its leaders by the title alone: "The
President will attend the ocean summit in Lisbon", "the energy forum the Vice President hosted
in Baku on Monday with the leaders of A and B". The gathering's sides are the states the text
tells taking part (spec/EXTRACTION.md section 2), and the bare-titled official is the outlet's
state's, which takes part as an attendee or as the host. The distracting case goes the other
way: where the sentence before has named another state's holder of the title ("Peruvian
President X spoke on Sunday. The President also addressed the forum in Lima"), "the President"
is that state's, and the outlet's state is no side.

Each cell draws the outlet (its home state and capital), the title (head, deputy head,
minister), the shape (the official's sentence names the gathering with a verb of attending;
he travels to its city "to attend" it; a relative clause after it, "which the President will
attend"; a contact clause of hosting at home, "the summit the President hosted in P with the
leaders of A and B"), the verb, the gathering, the tense, and whether another state's holder
of the title is named just before. The page is invented, published on Wednesday 2023-05-10
("on Monday": 2023-05-15 to come, 2023-05-08 held); the one record the spec asks for is a
conference of the tense's status on that day whose sides are the venue's state and the
official's (the outlet's, or the state named just before), or for a hosted one the outlet's and
the two guests'.

Before the fix 109 of 240 cells failed: the gathering had only its venue's state (or its
guests), as the outlet's own official, named by his title alone, was read as no one's. After
it 231 pass: ``meetings._candidates._bare_title_takes_part`` gives the gathering the outlet's
state when an official named by a bare title, with no name or state after it, attends or hosts
it ("in which the Vice President will take part" too), unless the sentence before has named
another state's holder of that title. The 9 left are strict xfails of another class: a
gathering named by an indefinite phrase in a contact clause ("followed an international
conference on water the President hosted in P") gives no record at all.

``TABLE`` keeps the dateline's side of the rule both ways: a minister titled without a state
in a wire story is the dateline state's, and a visitor whose state the story gave stays his.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from diplonews.models import Meeting
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells
from meeting_rows import (
    Brief,
    Expected,
    assert_told,
    briefs_of,
    fits_fields,
    pairs,
    told_params,
    told_table,
)


@dataclass(frozen=True)
class Outlet:
    """An outlet whose own story names its officials by title, its state and capital."""

    name: str
    outlet: str
    code: str
    capital: str
    minister: str  # how its foreign minister is titled


OUTLETS = [
    Outlet("whitehouse", "The White House", "USA", "Washington", "Secretary"),
    Outlet("azernews", "AzerNews", "AZE", "Baku", "Foreign Minister"),
    Outlet("astana", "The Astana Times", "KAZ", "Astana", "Foreign Minister"),
    Outlet("uzdaily", "UzDaily", "UZB", "Tashkent", "Foreign Minister"),
]

TITLES = ["head", "deputy", "minister"]


def _title(outlet: Outlet, title: str) -> str:
    return {"head": "President", "deputy": "Vice President", "minister": outlet.minister}[title]


@dataclass(frozen=True)
class Gathering:
    """A gathering of no body: its words, its city and the state that city is in."""

    name: str
    words: str
    city: str
    code: str


GATHERINGS = [
    Gathering("ocean", "the Global Ocean Summit", "Lisbon", "PRT"),
    Gathering("energy", "the Regional Energy Forum", "Nairobi", "KEN"),
    Gathering("water", "an international conference on water", "Lima", "PER"),
    Gathering("trade", "the Asian Trade Summit", "Jakarta", "IDN"),
]
# The guests of a hosted gathering, and the state whose holder of the title is named before.
GUESTS = ("Chile", "Ghana", ("CHL", "GHA"))
RIVALS = {"PRT": "Portuguese", "KEN": "Kenyan", "PER": "Peruvian", "IDN": "Indonesian"}

SHAPES = ["before", "travel", "which", "hosted"]

# The verb of taking part, to come and held.
VERBS: dict[str, tuple[str, str]] = {
    "attend": ("will attend", "attended"),
    "also_attend": ("will also attend", "also attended"),
    "take_part": ("will take part in", "took part in"),
    "address": ("will address", "addressed"),
}
TENSES = ["planned", "held"]
DAYS = {"planned": "2023-05-15", "held": "2023-05-08"}
RIVAL = ["none", "rival"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    outlet: Outlet
    title: str
    shape: str
    verb: str
    gathering: Gathering
    tense: str
    rival: str


def _valid(cell: Cell) -> bool:
    """A rival holds the head's title only, in a sentence of attending (no host, no traveller).

    The rival is the venue's head, who neither travels to her own city nor hosts abroad.
    """
    return cell.rival == "none" or (cell.title == "head" and cell.shape in ("before", "which"))


def page(cell: Cell) -> str:
    """The cell's invented page."""
    o, g = cell.outlet, cell.gathering
    t = _title(o, cell.title)
    tense = TENSES.index(cell.tense)
    verb = VERBS[cell.verb][tense]
    lead = ""
    if cell.rival == "rival":
        lead = f"{RIVALS[g.code]} President Ana Ruiz spoke about rising seas on Sunday. "
    if cell.shape == "before":
        sentence = f"The {t} {verb} {g.words} in {g.city} on Monday, officials said."
    elif cell.shape == "travel":
        go = ("will travel", "traveled")[tense]
        bare = verb.replace("will ", "").replace("also ", "")
        bare = {"attended": "attend", "took part in": "take part in", "addressed": "address"}.get(
            bare, bare
        )
        sentence = f"The {t} {go} to {g.city} on Monday to {bare} {g.words}."
    elif cell.shape == "which":
        opens = ("will open", "opened")[tense]
        words = g.words[0].upper() + g.words[1:]
        clause = (
            f"in which the {t} {verb.replace(' part in', ' part')}"
            if "part" in verb
            else f"which the {t} {verb}"
        )
        sentence = f"{words} {opens} in {g.city} on Monday, {clause}."
    else:
        hosts = ("will host", "hosted")[tense]
        ahead = ("The talks come ahead of", "The talks followed")[tense]
        sentence = (
            f"{ahead} {g.words} the {t} {hosts} in {o.capital}"
            f" on Monday with the leaders of {GUESTS[0]} and {GUESTS[1]}."
        )
    return lead + sentence


def expected(cell: Cell) -> list[Brief]:
    """The one record the spec asks for, from the choices alone."""
    if cell.shape == "hosted":
        sides = sorted({cell.outlet.code, *GUESTS[2]})
    else:
        # the rival's state is the venue's: "the President" is then its own head
        sides = sorted(
            {cell.gathering.code} | ({cell.outlet.code} if cell.rival == "none" else set())
        )
    return [("conference", cell.tense, sides, None, DAYS[cell.tense])]


def failures(cell: Cell) -> list[Brief]:
    """The records read when they do not pair with the expected ones (``[]``: it passes)."""
    got = [
        (k, s, sorted(c), o, d)
        for k, s, c, o, d in briefs_of(page(cell), outlet=cell.outlet.outlet)
    ]
    ok = pairs(got, expected(cell), fits_fields)
    return [] if ok else (got or [("none", "", [], None, None)])


CHOICES: dict[str, list[Any]] = {
    "outlet": OUTLETS,
    "title": TITLES,
    "shape": SHAPES,
    "verb": list(VERBS),
    "gathering": GATHERINGS,
    "tense": TENSES,
    "rival": RIVAL,
}

CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(2023), size=240, axis="shape", tries=20)
)


def _ident(cell: Cell) -> str:
    parts = (cell.outlet.name, cell.title, cell.shape, cell.verb, cell.gathering.name)
    return "-".join((*parts, cell.tense, cell.rival))


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads the cell)."""
    if cell.shape == "hosted" and cell.gathering.words.startswith("an "):
        # another class: a gathering named by an indefinite phrase in a contact clause
        return "an indefinite gathering ('an international conference on water') gives no record"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, _ident, known_gap))
def test_bare_title_cell(cell: Cell) -> None:
    """A bare-titled official gives a gathering he attends or hosts the outlet's state."""
    assert failures(cell) == [], page(cell)


def _exact(got: Meeting, want: Expected) -> bool:
    """Kind, status and countries equal; the date too where given."""
    kind, status, countries, _organization, date = want
    return (
        got.kind.value == kind
        and got.status.value == status
        and sorted(c.alpha_3 for c in got.countries) == sorted(countries)
        and date in (None, str(got.date) if got.date else None)
    )


# The dateline's side of the rule, both ways: a minister titled without a state in a wire
# story is the dateline state's; a visitor whose state the story gave is his own state's.
TABLE, row = told_table()
row(
    "dateline-own-minister",
    "2024-05-15",
    "ISLAMABAD, May 15 (APP): The session was co-chaired by Federal Minister for Commerce"
    " Tariq Mahmood and Omani Deputy Minister Khalid Hinai.",
    ("meeting", "held", ("OMN", "PAK"), None, None),
)
row(
    "dateline-visitor-titled",
    "2024-05-15",
    "LIMA, May 15 (Reuters) - Chilean Trade Minister Rosa Vidal arrived on Tuesday. Minister"
    " Vidal will address a regional forum on fisheries in Lima on Monday.",
    ("conference", "planned", ("CHL", "PER"), None, "2024-05-20"),
)
row(
    "dateline-visitor-of-state",
    "2024-05-15",
    "LIMA, May 15 (Reuters) - Trade Minister Rosa Vidal of Chile will attend a regional forum"
    " on fisheries in Lima on Monday.",
    ("conference", "planned", ("CHL", "PER"), None, "2024-05-20"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_dateline_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """A wire story's minister titled without a state is the dateline's; a visitor his own."""
    assert_told(cls, day, text, expected, _exact)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", None) or value
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + _ident(c), expected(c), r)
            print("  " + page(c))
