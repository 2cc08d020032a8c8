"""A grid of a gathering's sides told outside its own words: the story's pair, sidelines talks.

A story of two states' talks often names a body's coming summit only as what the pair
worked on: "They also exchanged views on the preparations for the S summit in P", "The two
discussed preparations for the S summit", "The leaders agreed to coordinate closely ahead of
the S summit", "agreed to stay in close contact ahead of it". A pair preparing a summit
together sits in it, and so do two members of the body coordinating their stance for it: the
summit's sides are its host and the pair (spec/EXTRACTION.md section 2: "the states the text
names or clearly refers to as taking part"; a host takes part "when it hosts the event"). A
state that is no member of the body only talks of it when it coordinates ahead of it, and the
summit keeps its host alone; so does a summit told with no tie to the pair at all.

A story of a body's held session tells the talks held "on the sidelines of the meeting" in a
sentence of their own, sometimes after a sentence on the body's summit to come ("The
ministers reviewed preparations for the S summit, which will be held in Q in July"): the
talks' states sat in the held session, not in the summit to come.

Each cell draws one value of every independent choice: the body and its summit, the pair
(two members, or a member and an outsider), how the story leads (a call, talks in a capital),
who is told preparing the summit (``subject``: "They also", "The two leaders", "The leaders",
"The two"; "They" for "attention", which has none), how (``tie``), and the frame (plain copy
or a wire dateline of a city in none of the states). It writes a short invented page and
computes, from the choices alone (never by running the library), the records the spec asks
for: the lead talks (held on Monday, the pair's) and the summit (planned for July, its host,
plus the pair where the tie tells the pair preparing it, or a pair of members coordinating
for it). A ``sidelines`` cell tells instead the body's held session, what stands between it
and the talks (``between``: nothing, the summit's preparations, a sentence on something else)
and the sidelines talks of the pair: then the session has its host and the pair, the talks
are a meeting of the pair, and the summit to come (where told) its host alone.

Pages are published on Wednesday 2024-05-15: "on Monday" is 2024-05-13, "in July" 2024-07.
A cell passes when the page's meetings pair one to one with the expected ones: the same
kind (a session may be a ``meeting`` or a ``conference``: the keys write both), status,
countries, organisation and date.

Before any fix 117 of 300 cells failed: the pair was left out of the summit it "exchanged
views on the preparations for" (told by "They"), "discussed preparations for" (told by "The
two"), "agreed to coordinate closely ahead of", "committed to continue close coordination
ahead of" or "agreed to stay in close contact ahead of"; and the sidelines talks told after
the summit's sentence were put to the summit to come (another status), so the held session
they were held at kept its host alone. ``meetings._finish.leaders_at_gatherings`` now reads
those ties (the coordination for a pair of the body's members only, as it reads "discussed
support for A ahead of the S summit"; both for a story led by a pair's talks), and
``sides_at_gatherings`` gives sidelines talks the latest gathering of their own status. Left
as strict xfails (30 cells): two members "exchanged views on the agenda of the upcoming S
summit", or "Particular attention was given to the agenda of" it, still leave the pair out:
the project's keys split on those very words (two pages keyed one with the pair, one with the
host alone), so either reading loses a keyed record.

``TABLE`` keeps the near misses and the class this grid does not fix: a body's session in
its seat city (OPEC in Vienna, NATO in Brussels), where the seat's state is a side only if
the text makes it one ("Austria's chancellor opened the conference"). The library makes
every venue's state a side; the project's keys split on the seat (of 34 OPEC sessions keyed
in Vienna, 19 leave Austria out and 15 keep it, with no difference in the words), so the
rows whose seat state no text makes a side stay strict xfails.
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
HELD_DAY, SUMMIT_MONTH = "2024-05-13", "2024-07"


@dataclass(frozen=True)
class Body:
    """A body: its summit's words, its code, the summit's city and host, its session's city."""

    name: str
    summit: str
    organization: str
    city: str
    host: str
    session_city: str
    session_host: str


BODIES = [
    Body("sco", "SCO summit", "SCO", "Astana", "KAZ", "Bishkek", "KGZ"),
    Body("nato", "NATO summit", "NATO", "Vilnius", "LTU", "Oslo", "NOR"),
    Body(
        "ots", "summit of the Organization of Turkic States", "OTS", "Bishkek", "KGZ", "Baku", "AZE"
    ),
    Body("csto", "CSTO summit", "CSTO", "Minsk", "BLR", "Yerevan", "ARM"),
]

_S = {
    s.code: s
    for s in [
        State("IND", "India", "Indian", "New Delhi", "Prime Minister", "Ravi Mehta"),
        State("CHN", "China", "Chinese", "Beijing", "President", "Li Wen"),
        State("PAK", "Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Omar Qadri"),
        State("RUS", "Russia", "Russian", "Moscow", "President", "Pavel Orlov"),
        State("EST", "Estonia", "Estonian", "Tallinn", "Prime Minister", "Kaja Tamm", "she"),
        State("USA", "the United States", "U.S.", "Washington", "President", "John Carver"),
        State("POL", "Poland", "Polish", "Warsaw", "President", "Adam Nowicki"),
        State("CAN", "Canada", "Canadian", "Ottawa", "Prime Minister", "Mark Lefebvre"),
        State("TUR", "Turkey", "Turkish", "Ankara", "President", "Kemal Aslan"),
        State("UZB", "Uzbekistan", "Uzbek", "Tashkent", "President", "Rustam Aliev"),
        State("AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", "Elchin Mammadov"),
        State("KAZ", "Kazakhstan", "Kazakh", "Astana", "President", "Nurlan Sarsen"),
        State("TJK", "Tajikistan", "Tajik", "Dushanbe", "President", "Davron Saidov"),
        State("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Kenji Mori"),
        State("BRA", "Brazil", "Brazilian", "Brasilia", "President", "Paulo Reis"),
        State("MEX", "Mexico", "Mexican", "Mexico City", "President", "Ana Robles", "she"),
    ]
}

# Each body's pairs: two members, and a member with an outsider (who only talks of it).
PAIRS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "sco": (("IND", "CHN"), ("PAK", "JPN")),
    "nato": (("EST", "USA"), ("POL", "JPN")),
    "ots": (("TUR", "UZB"), ("AZE", "BRA")),
    "csto": (("RUS", "TJK"), ("KAZ", "MEX")),
}
MEMBERSHIPS = ["members", "outsider"]

# How the story leads with the pair's talks ("{a}"/"{b}" their officials, "{cap}" b's capital).
LEADS: dict[str, tuple[str, str]] = {
    "call": ("call", "{a} spoke by phone with {b} on Monday."),
    "talks": ("meeting", "{a} held talks with {b} in {cap} on Monday."),
}

SUBJECTS = {
    "they": "They also",
    "two_leaders": "The two leaders",
    "leaders": "The leaders",
    "the_two": "The two",
}

# The summit's sentence ("{s}" who tells it, "{g}" the summit, "{c}" its city): whether it
# tells the pair preparing it.
TIES: dict[str, tuple[bool, str]] = {
    "views_agenda": (True, "{s} exchanged views on the agenda of the upcoming {g} in {c} in July."),
    "views_prep": (True, "{s} exchanged views on the preparations for the {g} in {c} in July."),
    "coordinate": (True, "{s} agreed to coordinate closely ahead of the {g} in {c} in July."),
    "discussed_prep": (True, "{s} discussed preparations for the {g} in {c} in July."),
    "coordination": (
        True,
        "{s} committed to continue close coordination ahead of the {g} in {c} in July.",
    ),
    "contact": (True, "{s} agreed to stay in close contact ahead of the {g} in {c} in July."),
    "attention": (
        True,
        "Particular attention was given to the agenda of the forthcoming {g} in {c} in July.",
    ),
    # near miss: the summit told, the pair not told preparing it
    "told_alone": (False, "{s} discussed trade and energy. The {g} will be held in {c} in July."),
    # the body's held session, then the pair's talks on its sidelines
    "sidelines": (False, ""),
}

# What stands between a held session and its sidelines talks ("{g}" the summit, "{c}" its city).
BETWEENS = {
    "nothing": "",
    "summit": "The ministers reviewed preparations for the {g}, which will be held in {c} in July.",
    "other": "The ministers also approved the body's budget for next year.",
}

FRAMES = ["plain", "wire"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    body: Body
    membership: str
    lead: str
    subject: str
    tie: str
    between: str
    frame: str

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.body.name, self.membership, self.lead, self.subject, self.tie)
        return "-".join((*parts, self.between, self.frame))

    @property
    def pair(self) -> tuple[State, State]:
        """The pair's two states."""
        a, b = PAIRS[self.body.name][MEMBERSHIPS.index(self.membership)]
        return _S[a], _S[b]


def _official(state: State) -> str:
    return f"{state.demonym} {state.title} {state.person}"


def body(cell: Cell) -> str:
    """The story: the pair's talks and the summit's sentence, or a held session's story."""
    a, b = cell.pair
    g = cell.body
    if cell.tie == "sidelines":
        between = BETWEENS[cell.between].format(g=g.summit, c=g.city)
        sentences = [
            f"Foreign ministers of the {g.organization} met in {g.session_city} on Monday.",
            between,
            f"On the sidelines of the meeting, {_official(a)} held talks with {_official(b)}.",
        ]
        return " ".join(s for s in sentences if s)
    lead = LEADS[cell.lead][1].format(a=_official(a), b=_official(b), cap=b.capital)
    summit = TIES[cell.tie][1].format(s=SUBJECTS[cell.subject], g=g.summit, c=g.city)
    return f"{lead} {summit}"


def page(cell: Cell) -> str:
    """The cell's page text, with a wire dateline where the frame has one."""
    text = body(cell)
    return f"REYKJAVIK, May 15 (Reuters) - {text}" if cell.frame == "wire" else text


# (kinds allowed, status, countries, organisation, date)
Want = tuple[tuple[str, ...], str, tuple[str, ...], str | None, str | None]


def expected(cell: Cell) -> list[Want]:
    """The records the spec asks for, from the choices alone."""
    a, b = cell.pair
    g = cell.body
    pair = tuple(sorted({a.code, b.code}))
    summit_told = cell.tie != "sidelines" or cell.between == "summit"
    summit_sides = {g.host}
    # preparing it together is taking part; its agenda or their stance for it only a member's
    prepares = cell.tie in ("views_prep", "discussed_prep")
    if TIES[cell.tie][0] and (cell.membership == "members" or prepares):
        summit_sides |= set(pair)
    out: list[Want] = []
    if summit_told:
        summit = tuple(sorted(summit_sides))
        out.append((("conference",), "planned", summit, g.organization, SUMMIT_MONTH))
    if cell.tie == "sidelines":
        session = tuple(sorted({g.session_host, *pair}))
        out.append((("conference", "meeting"), "held", session, g.organization, HELD_DAY))
        out.append((("meeting",), "held", pair, None, HELD_DAY))
    else:
        out.append(((LEADS[cell.lead][0],), "held", pair, None, HELD_DAY))
    return out


Read = tuple[str, str, tuple[str, ...], str | None, str | None]


def _read(m: Meeting) -> Read:
    return (
        m.kind.value,
        m.status.value,
        tuple(sorted(c.alpha_3 for c in m.countries)),
        m.organization,
        str(m.date) if m.date else None,
    )


def _fits(got: Read, want: Want) -> bool:
    kinds, status, countries, organization, date = want
    return got[0] in kinds and got[1:] == (status, countries, organization, date)


def failures(cell: Cell) -> list[Read]:
    """The records read when they do not pair with the expected ones (``[]``: it passes)."""
    got = [_read(m) for m in extract_text(page(cell), published=PUBLISHED).meetings]
    return [] if pairs(got, expected(cell), _fits) else (got or [("none", "", (), None, None)])


CHOICES: dict[str, list[Any]] = {
    "body": BODIES,
    "membership": MEMBERSHIPS,
    "lead": list(LEADS),
    "subject": list(SUBJECTS),
    "tie": list(TIES),
    "between": list(BETWEENS),
    "frame": FRAMES,
}


def _valid(cell: Cell) -> bool:
    """A sidelines story has no lead or subject of its own; the others no ``between``."""
    if cell.tie == "sidelines":
        return cell.lead == "call" and cell.subject == "they"
    return cell.between == "nothing" and not (cell.tie == "attention" and cell.subject != "they")


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Make a drawn pick valid where it can: a sidelines story's fixed lead and subject."""
    if pick["tie"] == "sidelines":
        if name not in ("lead", "subject"):
            pick["lead"], pick["subject"] = "call", "they"
    elif name != "between":
        pick["between"] = "nothing"
        if pick["tie"] == "attention" and name != "subject":
            pick["subject"] = "they"


CELLS = list(
    sample_cells(
        Cell,
        _valid,
        CHOICES,
        random.Random(47),
        size=300,
        axis="tie",
        tries=40,
        cover_axis=True,
        fix=_fix,
    )
)


# The ties the library does not read as the pair's taking part: the project's keys split on
# the very words (two pages told "The leaders exchanged views on the agenda of the upcoming S
# summit" are keyed one with the pair, one with the host alone), and the bar loses one.
_AGENDA_SPLIT = (
    "the pair's talks on the summit's agenda: the keys split on the same words, the bar"
    " loses a record either way"
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell, by choice values (None: it reads the cell)."""
    if cell.tie in ("views_agenda", "attention") and cell.membership == "members":
        return _AGENDA_SPLIT
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
# the pair preparing a body's summit sits in it beside its host
row(
    "prep-members",
    "2024-05-15",
    "Kazakh President Nurlan Sarsen met Tajik President Davron Saidov in Dushanbe on Monday."
    " The two leaders exchanged views on the preparations for the CSTO summit in Minsk in July.",
    ("meeting", "held", ("KAZ", "TJK"), None, "2024-05-13"),
    ("conference", "planned", ("BLR", "KAZ", "TJK"), "CSTO", "2024-07"),
)
row(
    "prep-members",
    "2024-05-15",
    "Polish President Adam Nowicki spoke by phone with Canadian Prime Minister Mark Lefebvre on"
    " Monday. They also exchanged views on the preparations for the NATO summit in Vilnius"
    " in July.",
    ("call", "held", ("CAN", "POL"), None, "2024-05-13"),
    ("conference", "planned", ("CAN", "LTU", "POL"), "NATO", "2024-07"),
)
# near miss: a pair of which one state is no member only talks of the body's summit
row(
    "prep-outsider",
    "2024-05-15",
    "Japanese Prime Minister Kenji Mori spoke by phone with Polish President Adam Nowicki on"
    " Monday. The leaders agreed to coordinate closely ahead of the NATO summit in Vilnius in"
    " July.",
    ("call", "held", ("JPN", "POL"), None, "2024-05-13"),
    ("conference", "planned", ("LTU",), "NATO", "2024-07"),
)
# sidelines talks told after a summit to come sit in the held session told before it
row(
    "sidelines-after-summit",
    "2024-05-15",
    "Foreign ministers of the SCO met in Bishkek on Monday. They reviewed preparations for the"
    " SCO summit, which will be held in Astana in July. On the sidelines of the meeting, Indian"
    " Prime Minister Ravi Mehta held talks with Russian President Pavel Orlov.",
    ("conference", "held", ("IND", "KGZ", "RUS"), "SCO", "2024-05-13"),
    ("conference", "planned", ("KAZ",), "SCO", "2024-07"),
    ("meeting", "held", ("IND", "RUS"), None, "2024-05-13"),
)
# the presidents' own talks recalled on a summit's margins: both sat in the summit
row(
    "recalled-on-margins",
    "2024-05-15",
    "Kenyan President Samuel Otieno visited Washington on Monday. The Presidents recalled their"
    " meeting on the margins of the G20 summit in New Delhi last September.",
    ("visit", "held", ("KEN", "USA"), None, "2024-05-13"),
    ("conference", "held", ("IND", "KEN", "USA"), "G20", "2023-09"),
    ("meeting", "held", ("KEN", "USA"), None, "2023-09"),
)
# the next round of a gathering's dialogue is the gathering's, not its sidelines talks'
row(
    "next-round-after-sidelines",
    "2024-05-15",
    "Ministers of Brazil, Chile, Peru and Uruguay met in Lima on Monday for a regional dialogue"
    " on water. On the sidelines, the Chilean minister held talks with the Uruguayan minister."
    " The next round of the dialogue is to be held in Montevideo in 2025.",
    ("conference", "held", ("BRA", "CHL", "PER", "URY"), None, "2024-05-13"),
    ("meeting", "held", ("CHL", "URY"), None, "2024-05-13"),
    ("conference", "planned", ("BRA", "CHL", "PER", "URY"), None, "2025"),
)
# near miss: "The two leaders" after a forum the story leads with are the pair, not the forum's
# venue state too
row(
    "two-leaders-after-forum",
    "2024-05-15",
    "Canadian Prime Minister Mark Lefebvre met Polish President Adam Nowicki on Monday on the"
    " sidelines of a security forum in Prague, Czech Republic. The two leaders also discussed"
    " preparations for the NATO summit in Vilnius in July.",
    ("conference", "held", ("CAN", "CZE", "POL"), None, "2024-05-13"),
    ("meeting", "held", ("CAN", "POL"), None, "2024-05-13"),
    ("conference", "planned", ("CAN", "LTU", "POL"), "NATO", "2024-07"),
    known=(
        "an older pass (meetings._records, the sides told preparing a gathering) takes the"
        " forum's states for 'the two leaders', its venue's state too"
    ),
)
# a body's seat: its state is a side when the text makes it one (it opens, hosts or meets)
row(
    "seat-made-side",
    "2024-05-15",
    "Austria's chancellor opened the OPEC conference in Vienna on Monday and met OPEC ministers.",
    ("conference", "held", ("AUT",), "OPEC", "2024-05-13"),
)
row(
    "seat-made-side",
    "2024-05-15",
    "NATO defence ministers met in Brussels on Monday. Belgian Defence Minister Lise Peeters"
    " chaired the session.",
    ("conference", "held", ("BEL",), "NATO", "2024-05-13"),
)
# a member hosting its body's summit away from the seat is a side (it hosts it)
row(
    "member-host",
    "2024-05-15",
    "OPEC oil ministers will meet in Caracas in July, with Venezuela as host.",
    ("conference", "planned", ("VEN",), "OPEC", "2024-07"),
)
# the class left: a body's session in its seat city, no text making the seat's state a side
_SEAT = (
    "the library makes the venue's state a side; the keys split on a body's seat (of 34 OPEC"
    " sessions keyed in Vienna, 19 without Austria, 15 with it) and the bar loses the others"
)
row(
    "seat-not-side",
    "2024-05-15",
    "OPEC oil ministers will meet in Vienna in July to review output quotas.",
    ("conference", "planned", (), "OPEC", "2024-07"),
    known=_SEAT,
)
row(
    "seat-not-side",
    "2024-05-15",
    "The ICCO council met in London on Monday and kept its buffer stock rules unchanged.",
    ("conference", "held", (), "ICCO", "2024-05-13"),
    known=_SEAT,
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_conference_sides_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row gives exactly the meetings it expects (``cls`` names its class)."""
    assert_told(cls, day, text, expected, _exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_conference_sides(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], page(cell)


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
            print("\n" + c.id, expected(c), r)
            print("  " + page(c))
