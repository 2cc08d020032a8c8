"""A grid of a gathering's states told in sentences of their own: who takes part, who stays out.

A story of a body's summit or session often names only its host in the gathering's own
sentence; the states taking part come later, in a clause whose verb is the taking part
("Leaders from A and B are also attending", "A's president attended as a guest, and B sent
its foreign minister as an observer", "Both will attend the summit" after two ministers,
"Officials said ministers from A and B took part") or whose subject is one of the session's
camps ("Producers led by A want higher quotas, but consumers led by B are opposed"). Beside
it the story names a third state that is no side: one that only comments on the gathering,
is its topic, is quoted watching it, or is told staying away ("C boycotted the summit", "C
did not attend").

Each cell draws one value of every independent choice: the gathering (a body's summit or
council in a member's city, or a conference no body holds), its status (held on Monday,
planned for next Monday), how its attendees are told (``attend``), what is told of the third
state (``aside``), where that sentence stands (right after the gathering's sentence, or
after the attendees'), the frame (plain copy or a wire dateline of a city elsewhere) and the
three states. It writes a short invented page and computes, from the choices alone (never
by running the library), the one record spec/EXTRACTION.md section 2 asks for: a
``conference`` (a council's session may be a ``meeting``: the keys write both) of the body,
of the status and day told, whose ``countries`` are the host (it hosts the event) and the
two attendees ("the states the text names or clearly refers to as taking part": "both" is
the two ministers just named), never the third state.

Pages are published on Wednesday 2024-05-15: "on Monday" is 2024-05-13, "next Monday"
2024-05-20. A cell passes when the page gives exactly one meeting record with that kind,
status, organisation, date and exactly those countries.

The classes the grid showed the library misread (recorded before any fix: 220 of 240 cells
failed; after the fixes none), fixed for it by ``meetings._attending.attendance_told`` (a
clause of taking part adds its subject's states to the gathering told last before it, of the
verb's tense; a clause of staying away drops them, and so does one only commenting on it)
and ``producers_and_consumers`` (a body's camps read for its session however its sentence
told it, a council's meeting included): the attendees of every form were left out (the
cocoa council's camps too), a state commenting on or watching the gathering was made a
side of it when a clause of attendees followed, and one told as the agenda's topic in the
gathering's own sentence ("with the crisis in C at the top of the agenda") was a side of it
(``agenda_topics`` takes it out, as it does the states of a clause before "the matter will
be raised" at the gathering). ``TABLE`` keeps each class with its near misses (a hope that a
state takes part, a state that comments and attends). No cell is left as a strict xfail.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.models import Article, Meeting
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells
from meeting_rows import Expected, assert_told, told_params, told_table

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday
HELD_DAY, PLANNED_DAY = "2024-05-13", "2024-05-20"


@dataclass(frozen=True)
class Gathering:
    """A gathering: its sentence held and to come, its noun, body, host and the kinds allowed."""

    name: str
    held: str
    planned: str
    noun: str
    organization: str | None
    host: str
    kinds: tuple[str, ...] = ("conference",)


GATHERINGS = [
    Gathering(
        "sco",
        "Leaders of the Shanghai Cooperation Organization opened a summit in Astana on Monday.",
        "Leaders of the Shanghai Cooperation Organization will open a summit in Astana next"
        " Monday.",
        "summit",
        "SCO",
        "KAZ",
    ),
    Gathering(
        "mercosur",
        "A summit of the Mercosur trade bloc opened in Montevideo on Monday.",
        "A summit of the Mercosur trade bloc will open in Montevideo next Monday.",
        "summit",
        "MERCOSUR",
        "URY",
    ),
    Gathering(
        "au",
        "African Union leaders opened a summit in Addis Ababa on Monday.",
        "African Union leaders will open a summit in Addis Ababa next Monday.",
        "summit",
        "AU",
        "ETH",
    ),
    Gathering(
        "cocoa",
        "The council of the International Cocoa Organization opened a session in Abidjan on"
        " Monday.",
        "The council of the International Cocoa Organization will meet in Abidjan next Monday.",
        "session",
        "International Cocoa Organization",
        "CIV",
        ("conference", "meeting"),
    ),
]


@dataclass(frozen=True)
class Trio:
    """Two attendees and a third state: names, demonyms; the attendees' codes and the third's."""

    a: str
    b: str
    c: str
    dem_a: str
    dem_b: str
    dem_c: str
    codes: tuple[str, str]
    third: str


TRIOS = [
    Trio("Brazil", "Chile", "Peru", "Brazilian", "Chilean", "Peruvian", ("BRA", "CHL"), "PER"),
    Trio("Japan", "India", "Nepal", "Japanese", "Indian", "Nepalese", ("IND", "JPN"), "NPL"),
    Trio("Kenya", "Ghana", "Mali", "Kenyan", "Ghanaian", "Malian", ("GHA", "KEN"), "MLI"),
    Trio("Norway", "Poland", "Greece", "Norwegian", "Polish", "Greek", ("NOR", "POL"), "GRC"),
]

# How the two attendees are told: (held, planned), "{a}"/"{b}" their names, "{da}"/"{db}"
# their demonyms, "{noun}" the gathering's noun.
ATTENDS: dict[str, tuple[str, str]] = {
    "leaders_from": (
        "Leaders from {a} and {b} are also attending.",
        "Leaders from {a} and {b} are also expected to attend.",
    ),
    "guest_observer": (
        "{a}'s president attended as a guest, and {b} sent its foreign minister as an observer.",
        "{a}'s president will attend as a guest, and {b} is due to take part as an observer.",
    ),
    "both": (
        "{da} Foreign Minister Ana Ruiz and {db} Foreign Minister Omar Lind said they wanted a"
        " deal on tariffs. Both attended the {noun}.",
        "{da} Foreign Minister Ana Ruiz and {db} Foreign Minister Omar Lind said they wanted a"
        " deal on tariffs. Both will attend the {noun}.",
    ),
    "officials_said": (
        "Officials said ministers from {a} and {b} took part.",
        "Officials said ministers from {a} and {b} would take part.",
    ),
    "camps": (
        "Producers led by {a} want higher quotas, but consumers led by {b} are opposed,"
        " delegates said.",
        "Producers led by {a} want higher quotas, but consumers led by {b} are opposed,"
        " delegates said.",
    ),
}

# What the story tells of the third state ("{c}" its name, "{dc}" its demonym): (held, planned).
ASIDES: dict[str, tuple[str, str]] = {
    "none": ("", ""),
    "comments": (
        "{c} voiced unease about the {noun}.",
        "{c} has voiced unease about the {noun}.",
    ),
    "topic": (
        "The crisis in {c} topped the agenda.",
        "The crisis in {c} is expected to top the agenda.",
    ),
    "watching": (
        "{dc} officials said they were following the {noun} closely.",
        "{dc} officials said they would follow the {noun} closely.",
    ),
    "boycott": ("{c} boycotted the {noun}.", "{c} will boycott the {noun}."),
    # told in the gathering's own sentence: its agenda's topic
    "agenda": (
        ", with the crisis in {c} at the top of the agenda.",
        ", with the crisis in {c} at the top of the agenda.",
    ),
    "absent": ("{c} did not attend.", "{c} will not attend."),
}

POSITIONS = ["before", "after"]
STATUSES = ["held", "planned"]
# The page: plain copy, or wire copy with a dateline of a city in none of the states.
FRAMES = ["plain", "wire"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    gathering: Gathering
    status: str
    attend: str
    aside: str
    position: str
    frame: str
    trio: Trio

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.gathering.name, self.status, self.attend, self.aside, self.position)
        return "-".join((*parts, self.frame, self.trio.codes[0]))


def body(cell: Cell) -> str:
    """The story: the gathering's sentence, then the attendees' and the third state's."""
    g, t = cell.gathering, cell.trio
    held = cell.status == "held"
    first = g.held if held else g.planned
    attend = ATTENDS[cell.attend][0 if held else 1].format(
        a=t.a, b=t.b, da=t.dem_a, db=t.dem_b, noun=g.noun
    )
    aside = ASIDES[cell.aside][0 if held else 1].format(c=t.c, dc=t.dem_c, noun=g.noun)
    if aside.startswith(","):  # a phrase closing the gathering's own sentence
        first, aside = first[:-1] + aside, ""
    middle = [aside, attend] if cell.position == "before" else [attend, aside]
    return " ".join(s for s in (first, *middle) if s)


def page(cell: Cell) -> str:
    """The cell's page text, with the wire's dateline where the frame has one."""
    text = body(cell)
    return f"REYKJAVIK, May 15 (Reuters) - {text}" if cell.frame == "wire" else text


Read = tuple[str, str, tuple[str, ...], str | None, str | None]


def expected(cell: Cell) -> tuple[str, tuple[str, ...], str | None, str]:
    """Status, countries, organisation and date the spec asks for (any kind the body allows)."""
    g = cell.gathering
    countries = tuple(sorted({g.host, *cell.trio.codes}))
    return (
        cell.status,
        countries,
        g.organization,
        HELD_DAY if cell.status == "held" else PLANNED_DAY,
    )


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    if cell.frame == "wire":
        meetings = extract_text(page(cell), published=PUBLISHED).meetings
    else:
        meetings = extract_meetings(Article(id="t", body=page(cell), published=PUBLISHED))
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in meetings
    ]


def failures(cell: Cell) -> list[Read]:
    """The records read when they are not exactly the expected one (``[]``: the cell passes)."""
    got = read(cell)
    status, countries, organization, date = expected(cell)
    if len(got) == 1:
        kind, g_status, g_countries, g_org, g_date = got[0]
        if (kind in cell.gathering.kinds and (g_status, g_countries, g_org, g_date)) == (
            status,
            countries,
            organization,
            date,
        ):
            return []
    return got or [("none", "", (), None, None)]


CHOICES: dict[str, list[Any]] = {
    "gathering": GATHERINGS,
    "status": STATUSES,
    "attend": list(ATTENDS),
    "aside": list(ASIDES),
    "position": POSITIONS,
    "frame": FRAMES,
    "trio": TRIOS,
}


def _valid(cell: Cell) -> bool:
    """Every combination is a page the grid can write."""
    return True


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(31), size=240, axis="attend", tries=20, cover_axis=True
    )
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell, by choice values (None: it reads the cell)."""
    return None


def _exact(got: Meeting, want: Expected) -> bool:
    """Kind, status and countries equal; the organisation and date too where given."""
    kind, status, countries, organization, date = want
    return (
        got.kind.value == kind
        and got.status.value == status
        and sorted(c.alpha_3 for c in got.countries) == sorted(countries)
        and organization in (None, got.organization)
        and date in (None, str(got.date) if got.date else None)
    )


# Rows that keep each class whatever the seeded sample draws, with the near misses that must
# stay as they are (class, publication day, paragraph, the meetings it tells).
TABLE, row = told_table()
# the story's pair told attending a gathering in a clause of the gathering's own sentence
row(
    "pair-which-both",
    "2024-05-15",
    "Chile and Peru signed a fisheries pact on Tuesday after talks between their prime"
    " ministers. The two leaders also discussed the Pacific Alliance summit due in Lima in"
    " June, which both will attend.",
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("conference", "planned", ("CHL", "PER"), None, "2024-06"),
)
# "Both" after two ministers of two states: the gathering to come is theirs too
row(
    "both-after-two-ministers",
    "2024-05-15",
    "Kenyan Trade Minister Ada Omolo and Ugandan Trade Minister Paul Okello said on Tuesday"
    " they saw no need for new tariffs. Both will attend the COMESA summit in Lusaka next week.",
    ("conference", "planned", ("KEN", "UGA", "ZMB"), "COMESA", None),
)
# a state that welcomes the summit and is told attending it stays a side
row(
    "comment-and-attends",
    "2024-05-15",
    "Leaders of the Shanghai Cooperation Organization opened a summit in Astana on Monday."
    " India welcomed the summit, and Indian Prime Minister Ravi Mehta attended.",
    ("conference", "held", ("IND", "KAZ"), "SCO", "2024-05-13"),
)
# near miss: a hope that a state takes part tells no taking part
row(
    "near-miss:hope",
    "2024-05-15",
    "The envoy previewed the donors' conference that Norway will host in Oslo next month, and"
    " expressed the hope that Sudanese officials would take part.",
    ("conference", "planned", ("NOR",), None, "2024-06"),
)
# the states of a clause of taking part join the host, the one told boycotting it does not
row(
    "took-part-but-boycotted",
    "2024-05-15",
    "Ghana hosted a meeting of West African foreign ministers in Accra on Monday. Benin and"
    " Niger took part, but Togo boycotted it.",
    ("conference", "held", ("BEN", "GHA", "NER"), None, "2024-05-13"),
)
# a state told staying away from a summit its leaders were named at is dropped from it
row(
    "stayed-away",
    "2024-05-15",
    "A summit of the Mercosur trade bloc opened in Montevideo on Monday, with Brazil and Chile"
    " attending. Peru stayed away from the summit.",
    ("conference", "held", ("BRA", "CHL", "URY"), "MERCOSUR", "2024-05-13"),
)


# a state told in the clause before "the matter will be raised" at a gathering is its
# agenda's topic, not its side; told attending it as well, it is a side
row(
    "issue-clause",
    "2024-05-15",
    "Kenya has protested against the tariffs, and the matter will be raised when EAC trade"
    " ministers meet in Arusha next week.",
    ("conference", "planned", ("TZA",), "EAC", "2024-05"),
)
row(
    "issue-clause-attends",
    "2024-05-15",
    "Kenya has protested against the tariffs, and the matter will be raised when EAC trade"
    " ministers meet in Arusha next week. Kenya's trade minister will attend.",
    ("conference", "planned", ("KEN", "TZA"), "EAC", "2024-05"),
)
# a state told as the agenda's topic in the gathering's own sentence is no side
row(
    "agenda-topic",
    "2024-05-15",
    "African Union leaders will meet in Addis Ababa next week, where the drought in Somalia"
    " is expected to top the agenda.",
    ("conference", "planned", ("ETH",), "AU", "2024-05"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_conference_states_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row gives exactly the meetings it expects (``cls`` names its class)."""
    assert_told(cls, day, text, expected, _exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_conference_states(cell: Cell) -> None:
    """Each cell gives exactly the gathering its choices call for."""
    assert failures(cell) == [], page(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", None) or (
            value.codes[0] if isinstance(value, Trio) else value
        )
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, expected(c), r)
            print("  " + page(c))
