"""A grid of a pair's earlier talks recalled in a modifier of a sentence about something else.

News reports a meeting, then recalls the sides' talks before it inside a modifier of another
act: "X commended both ministers for the progress made in their talks in P last month", "The
officials also discussed energy, building on discussions between their teams in P in March".
Every cell is two invented sentences built from independent choices: the story's own
meeting (``frame``: a third state's official meeting the ministers of the pair, the pair's
leaders meeting, or no meeting at all), the recalling sentence (``recall``), the place and
time of the recalled talks, the pair of states and the publication day. The builder writes
the page AND the meetings it tells, computed from the choices by spec/EXTRACTION.md section
2 (never by running the library):

- the story's own meeting: ``held``, its sides the states named as meeting, dated Monday of
  the publication week;
- talks recalled in a modifier ("the progress made in their talks", "building on
  discussions between their teams") are a ``held`` meeting of their own, dated by the
  recalled time (the latest such month up to the publication day), its sides the pair the
  possessive refers to: the two ministers or leaders of the story's meeting, never the
  official who commends them;
- the controls on the other side: progress or work recalled with no gathering ("the
  progress made in recent years") tells no meeting, and neither does "their talks" with no
  pair told before to refer to (``frame`` "none").

A cell passes when the page's meetings pair one to one with the expected ones as the scorer
pairs them: same kind and status, sides overlapping by half their union or more, and the
expected date (equal at the coarser of the two precisions).

Before the rule (``_records._pair_recalled_in_modifier``, with the "discussions between
their" and "the discussions Secretary of State X held" triggers of ``_rules``) 103 of 240
cells failed: the recalled talks gave nothing (made in, achieved in, discussions between
their teams, discussions an official held) or took the commending official's state as a
side; the controls all passed. After it none fail.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import ANY, H, K, M, P, V, pairs

# The pair whose talks are recalled, and the third state whose official commends them.
TRIOS = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Foreign Minister", "Daniel Mwangi"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "Foreign Minister", "Joseph Okello"),
        State("SWE", "Sweden", "Swedish", "Stockholm", "Foreign Minister", "Eva Lindqvist", "she"),
    ),
    (
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Luis Paredes"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Foreign Minister", "Tomas Rivas"),
        State("NOR", "Norway", "Norwegian", "Oslo", "Foreign Minister", "Ola Brekke"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Foreign Minister", "Marek Nowicki"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Foreign Minister", "Jonas Petraitis"),
        State("JPN", "Japan", "Japanese", "Tokyo", "Foreign Minister", "Kenji Sato"),
    ),
]

# The story's own meeting: its text ({pa} {pb} {pc}: official with state; {cap} a capital;
# {sc} {sa}: two officials' surnames) and whether the third state's official takes part;
# None for no meeting told.
FRAMES: dict[str, tuple[str, bool] | None] = {
    "third-meets-pair": ("{pc} met {pa} and {pb} in {cap} on Monday.", True),
    "third-hosts-pair": ("{pc} hosted {pa} and {pb} for talks in {cap} on Monday.", True),
    "pair-meets": ("{pa} met {pb} in {cap} on Monday.", False),
    # two of the three named as the next sentence's subject: "their" is those two
    "then-two-named": (
        "{pc} met {pa} and {pb} in {cap} on Monday. {sc} and {sa} later reviewed a "
        "clean energy plan.",
        True,
    ),
    "none": None,
}
# The recalling sentence: its text ({who} the one who speaks; {g} the recalled gathering's
# place and time) and whether it recalls talks (False: the controls, no gathering).
RECALLS: dict[str, tuple[str, bool]] = {
    "commended-made-in": (
        "{who} commended both ministers for the progress made in their talks {g}.",
        True,
    ),
    "welcomed-achieved-in": (
        "{who} welcomed the progress achieved in their bilateral talks {g}.",
        True,
    ),
    "praised-made-during": (
        "{who} praised the progress the two ministers made during their talks {g}.",
        True,
    ),
    "made-since-round": (
        "{who} commended the two delegations for the progress made since their last round of "
        "talks, held {g}.",
        True,
    ),
    "building-on-between-teams": (
        "The officials also discussed energy security, building on discussions between their "
        "teams {g}.",
        True,
    ),
    "builds-on-between-delegations": (
        "The meeting builds on the discussions between their delegations {g}.",
        True,
    ),
    "building-on-discussions-held": (
        "The two also reviewed trade, building on the discussions Secretary of State Rosa "
        "Ibarra held {g}.",
        True,
    ),
    "control-recent-years": (
        "{who} commended both ministers for the progress made in recent years.",
        False,
    ),
    "control-building-on-progress": (
        "The officials also discussed energy security, building on the progress of recent years.",
        False,
    ),
}
# Where the recalled talks sat: the first state's capital, the second's, or a third place.
PLACES = ["a-capital", "b-capital", "geneva"]
# When: (text, months back from the publication month, or None for a named month three
# months back).
TIMES: dict[str, int | None] = {
    "last-month": 1,
    "named-month": None,
    "earlier-this-month": 0,
}
PUBLISHED = {
    "may": dt.date(2024, 5, 16),
    "jan": dt.date(2024, 1, 18),
    "nov": dt.date(2023, 11, 22),
}
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def months_back(day: dt.date, back: int) -> tuple[int, int]:
    """The (year, month) ``back`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - back
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class Cell:
    """One page's choices."""

    recall: str
    frame: str
    place: str
    time: str
    published: str
    trio: int

    def valid(self) -> bool:
        """Every cell is a page news could print."""
        text = RECALLS[self.recall][0]
        # the pair's own leaders do not commend "both ministers": they speak of their talks
        if self.frame == "pair-meets" and "two ministers" in text:
            return False
        # talks an official held, told after the pair's own meeting: not after a meeting of
        # three, where they may be any two's
        if "Ibarra" in text and self.frame != "pair-meets":
            return False
        # two officials just named as a subject are the ones "their" refers to, not a speaker
        return not (self.frame == "then-two-named" and "{who}" in text)

    @property
    def day(self) -> dt.date:
        """The publication day."""
        return PUBLISHED[self.published]

    def monday(self) -> str:
        """The Monday of the publication week, as an ISO day."""
        return (self.day - dt.timedelta(days=self.day.weekday())).isoformat()

    def when(self) -> tuple[str, str]:
        """The recalled talks' time as written, and its ISO month."""
        back = TIMES[self.time]
        if back is None:
            year, month = months_back(self.day, 3)
            return f"in {MONTHS[month - 1]}", f"{year}-{month:02d}"
        year, month = months_back(self.day, back)
        text = "last month" if back == 1 else "earlier this month"
        return text, f"{year}-{month:02d}"

    def text(self) -> str:
        """The page."""
        a, b, c = TRIOS[self.trio]
        city = {"a-capital": a.capital, "b-capital": b.capital, "geneva": "Geneva"}[self.place]
        frame = FRAMES[self.frame]
        first = ""
        if frame is not None:
            first = frame[0].format(
                pa=f"{a.demonym} {a.title} {a.person}",
                pb=f"{b.demonym} {b.title} {b.person}",
                pc=f"{c.demonym} {c.title} {c.person}",
                cap=c.capital if frame[1] else b.capital,
                sc=("Ms. " if c.pronoun == "she" else "Mr. ") + c.person.split()[-1],
                sa=("Ms. " if a.pronoun == "she" else "Mr. ") + a.person.split()[-1],
            )
        if frame is None:
            who = "The envoy"
        elif frame[1]:
            who = c.person.split()[-1]
        else:
            who = "The two ministers"
        second = RECALLS[self.recall][0].format(who=who, g=f"in {city} {self.when()[0]}")
        return f"{first} {second}".strip()

    def expected(self) -> list[tuple[str, str, list[str], str]]:
        """The meetings the page tells: (kind, status, sides, ISO date)."""
        a, b, c = TRIOS[self.trio]
        frame = FRAMES[self.frame]
        if frame is None:
            return []
        sides = sorted([a.code, b.code])
        told = sorted([*sides, c.code]) if frame[1] else sides
        wants = [(M, H, told, self.monday())]
        if RECALLS[self.recall][1]:
            # "both ministers", "the two delegations": the pair; "their teams" after a meeting
            # of three: all three (either pairs with the key's pair as scored)
            spoken = "{who}" in RECALLS[self.recall][0]
            theirs = sides if spoken else told
            if self.frame == "then-two-named":
                theirs = sorted([a.code, c.code])
            wants.append((M, H, theirs, self.when()[1]))
        return wants


CHOICES: dict[str, list[object]] = {
    "recall": list(RECALLS),
    "frame": list(FRAMES),
    "place": list(PLACES),
    "time": list(TIMES),
    "published": list(PUBLISHED),
    "trio": list(range(len(TRIOS))),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(6900), size=240, axis="recall", tries=40)
)

Got = tuple[str, str, list[str], str | None]


def read(cell: Cell) -> list[Got]:
    """The meetings the library reads from the cell's page, on its publication day."""
    article = Article(id="t", body=cell.text(), published=cell.day)
    return [
        (
            m.kind.value,
            m.status.value,
            [c.alpha_3 for c in m.countries],
            str(m.date) if m.date else None,
        )
        for m in extract_meetings(article)
    ]


def fits(got: Got, want: tuple[str, str, list[str], str]) -> bool:
    """Kind and status equal, sides overlapping by half, the date equal at its precision."""
    if got[:2] != want[:2] or got[3] is None:
        return False
    shorter = min(len(got[3]), len(want[3]))
    if got[3][:shorter] != want[3][:shorter]:
        return False
    mine, theirs = set(got[2]), set(want[2])
    return len(mine & theirs) * 2 >= len(mine | theirs)


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(read(cell), cell.expected(), fits)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (a strict xfail), from its choices."""
    return None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_recalled_pair_talks(cell: Cell) -> None:
    """Talks recalled in a modifier are the pair's held meeting, dated by the recalled time."""
    assert passes(cell), (cell.text(), read(cell), cell.expected())


# The second grid: a summit recalled by its host in a modifier of a sentence about another
# event ("X will visit P next week to build on the trilateral summit he hosted in Q last
# August with the leaders of B and C"). The recalled summit is a ``held`` conference dated by
# its own time, its sides the host and the states "with the leaders of" names (spec section
# 2: a host state takes part in a conference it hosts); the sentence's own event keeps its
# status and sides. The host is told by a pronoun or by the official's title ("he hosted",
# "the President hosted"), with or without "that", or as a state ("that Kenya hosted").
# Before the rules ("build"/"builds on" in ``_rules.RECALLING``; ``_candidates._HOSTED_CLAUSE``
# read with no "that" and for a meeting too) 87 of 120 cells failed (the summit read as
# planned and undated, or folded into the sentence's own event); after them 27, all with
# "trilateral talks": strict xfails (``summit_known``).
HOSTS = {
    "he": "{pronoun}",
    "title": "the {title}",
    "that-he": "that {pronoun}",
    "that-state": "that {name}",
}
SUMMITS = [
    "trilateral summit",
    "historic trilateral summit",
    "first trilateral meeting",
    "trilateral talks",
]
# The sentence's own event: (text with {pa} {pb} {bcap} {g}, kind, status, own ISO date or
# None when it names none).
OWN_EVENTS: dict[str, tuple[str, str, str]] = {
    "will-visit": ("{pa} will visit {bcap} next week to build on {g}.", V, P),
    "will-meet": ("{pa} will meet {pb} in {bcap} on Friday to build on {g}.", M, P),
    "held-talks": ("{pa} held talks with {pb} in {bcap} on Monday, building on {g}.", M, H),
    "builds-on": ("The new forum builds on {g}.", "", ""),
}
SUMMIT_TIMES = {"last-august": "last August", "in-march": "in March", "last-year": "last year"}
LEADERS: dict[str, tuple[State, State, State]] = {
    "ken": (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Mwangi"),
        State("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Kenji Sato"),
        State("IND", "India", "Indian", "New Delhi", "Prime Minister", "Ravi Menon"),
    ),
    "chl": (
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Ana Fuentes", "she"),
        State("AUS", "Australia", "Australian", "Canberra", "Prime Minister", "Tom Hale"),
        State("NZL", "New Zealand", "New Zealand", "Wellington", "Prime Minister", "Jack Reid"),
    ),
}
SUMMIT_DAY = dt.date(2024, 5, 10)


@dataclass(frozen=True)
class SummitCell:
    """One sentence's choices: its own event, the summit's host, name and time, the states."""

    own: str
    host: str
    summit: str
    time: str
    leaders: str

    @property
    def states(self) -> tuple[State, State, State]:
        """The host's state, the one visited or met, and the third summit state."""
        return LEADERS[self.leaders]

    def text(self) -> str:
        """The sentence."""
        a, b, c = self.states
        host = HOSTS[self.host].format(pronoun=a.pronoun, title=a.title, name=a.name)
        when = SUMMIT_TIMES[self.time]
        gathering = (
            f"the {self.summit} {host} hosted in {a.capital} {when} with the leaders of "
            f"{b.name} and {c.name}"
        )
        return OWN_EVENTS[self.own][0].format(
            pa=f"{a.demonym} {a.title} {a.person}",
            pb=f"{b.demonym} {b.title} {b.person}",
            bcap=b.capital,
            g=gathering,
        )

    def expected(self) -> list[tuple[str, str, list[str], str]]:
        """The meetings the sentence tells: (kind, status, sides, ISO date or "")."""
        a, b, c = self.states
        wants = []
        _, kind, status = OWN_EVENTS[self.own]
        if kind:
            wants.append((kind, status, sorted([a.code, b.code]), ""))
        date = {"last-august": "2023-08", "in-march": "2024-03", "last-year": "2023"}[self.time]
        # (a "meeting" of three leaders reads as talks or as a gathering: either kind, which
        # the scorer's key leaves out)
        summit_kind = K if self.summit.endswith("summit") else ANY
        wants.append((summit_kind, H, sorted([a.code, b.code, c.code]), date))
        return wants


SUMMIT_CHOICES: dict[str, list[object]] = {
    "own": list(OWN_EVENTS),
    "host": list(HOSTS),
    "summit": list(SUMMITS),
    "time": list(SUMMIT_TIMES),
    "leaders": list(LEADERS),
}

SUMMIT_CELLS = list(
    sample_cells(
        SummitCell,
        lambda cell: True,
        SUMMIT_CHOICES,
        random.Random(6901),
        size=120,
        axis="host",
        tries=10,
    )
)


def read_summit(cell: SummitCell) -> list[Got]:
    """The meetings the library reads from a summit cell's sentence."""
    article = Article(id="t", body=cell.text(), published=SUMMIT_DAY)
    return [
        (
            m.kind.value,
            m.status.value,
            [c.alpha_3 for c in m.countries],
            str(m.date) if m.date else None,
        )
        for m in extract_meetings(article)
    ]


def fits_summit(got: Got, want: tuple[str, str, list[str], str]) -> bool:
    """As ``fits``, an empty expected date leaving the date open, ``ANY`` the kind."""
    if want[0] == ANY:
        want = (got[0], *want[1:])
    if not want[3]:
        return fits((*got[:3], got[3] or ""), want)
    return fits(got, want)


def summit_passes(cell: SummitCell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(read_summit(cell), cell.expected(), fits_summit)


def summit_known(cell: SummitCell) -> str | None:
    """Why a summit cell is still misread (a strict xfail), from its choices."""
    if cell.summit.endswith("talks"):
        return (
            "talks recalled with their host ('the trilateral talks he hosted in Q last August "
            "with the leaders of B and C'): read as a mention with no sides of its own, "
            "undated, and folded into the sentence's event; talks' host clause is a rule of "
            "its own (_rules.TALKS_HOSTED), left"
        )
    return None


def test_every_summit_value_is_sampled() -> None:
    """Every value of every choice of the summit grid is met in several cells."""
    assert_every_value_sampled(SUMMIT_CELLS, SUMMIT_CHOICES)


@pytest.mark.parametrize("cell", grid_params(SUMMIT_CELLS, dashed_id, summit_known))
def test_grid_recalled_hosted_summit(cell: SummitCell) -> None:
    """A summit recalled by its host is a held conference of the host and its guests."""
    assert summit_passes(cell), (cell.text(), read_summit(cell), cell.expected())


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{choice}={value}: {bad} of {total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", c.published, c.text(), "|", read(c), "|", c.expected())
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    summit_failed = {c: not summit_passes(c) for c in SUMMIT_CELLS}
    for choice, value, bad, total in failure_table(SUMMIT_CELLS, SUMMIT_CHOICES, summit_failed):
        print(f"summits {choice}={value}: {bad} of {total}")
    for sc in SUMMIT_CELLS:
        if summit_failed[sc]:
            print(dashed_id(sc), "|", sc.text(), "|", read_summit(sc), "|", sc.expected())
    print(f"summits: {sum(summit_failed.values())} of {len(SUMMIT_CELLS)} cells fail")
