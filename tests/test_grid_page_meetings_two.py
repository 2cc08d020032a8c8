"""A grid of a visitor's further steps: "X is also expected to meet with the Speaker Y".

The region's outlets tell a visit, or the visitor's first talks, and then the steps still to
come: "He is also expected to meet with the Speaker of the parliament Y", "X will also hold
talks with Chairman of the Senate Y". The host's officials of those steps are told by title
alone, their state left to the reader: the visit's host. Each cell is a short invented page
(published on Wednesday 2023-05-10) from independent choices: how the first event is told (an
arrival on a visit, a stay on a visit, talks with the host's foreign minister), how the
visitor is named again (a pronoun or the surname), the step's verb, its counterparts (one
official by title, two officials, or a named official of a third state: the other side), the
step's day (none, or Friday), and the two states.

What it must give follows from spec/EXTRACTION.md section 2, computed from the choices (never
by running the library): the first event (a held visit or held talks of the two states on
Monday 2023-05-08), and the step to come, a planned meeting (talks "that are only proposed"
are not such a step: these are announced) of the visitor's state and the host's (the third
state's, when its official is named), on Friday 2023-05-12 when the day is told.

Both sides: a step told done ("X also met with the chairman of the parliament") with the
host's officials is a step of the visit the keys fold into it (no record of its own), while
one with another state's named official is a meeting of its own.

Before the rule in ``meetings._finish.visitor_steps`` (a visitor's step to come, told "also"
with the host's officials by title alone, is the visitor's planned meeting with the host), 86
of 300 cells failed: every step to come with the speaker's or the parliament chairman's title
(no state told) gave no record, or was folded into the held visit or talks. After it 3 fail,
strict xfails (``known_gap``): a held step of named officials after talks keeps one side.

A second grid (``Agreed``, below) is the pair of a told call or talks agreeing on their next
meeting after a topic that names a third state ("They discussed rail links through C and
agreed that their trade ministers would meet in P"): 125 of its 216 cells failed before the
rule in ``meetings._finish.agreed_by_the_pair``, 4 after (strict xfails). A third grid
(``Session``) dates a commission's session to come in a half or quarter of the year: 80 of
its 160 cells failed before, none after.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells
from meeting_rows import ANY, H, M, P, V, Want, briefs_of, fits_as_scored, pairs

# (code, name, demonym, capital, visitor's title, visitor, host's foreign minister)
STATES = (
    ("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Pedro Soto", "Ana Rojas"),
    ("MNG", "Mongolia", "Mongolian", "Ulaanbaatar", "Prime Minister", "Bat Erdene", "Oyun Tsend"),
    ("KEN", "Kenya", "Kenyan", "Nairobi", "Trade Minister", "Grace Wanjiru", "Peter Otieno"),
    ("GEO", "Georgia", "Georgian", "Tbilisi", "Speaker", "Levan Beridze", "Nino Kapanadze"),
    ("SRB", "Serbia", "Serbian", "Belgrade", "Deputy Prime Minister", "Marko Ilic", "Jovan Pavic"),
    ("LAO", "Laos", "Lao", "Vientiane", "Foreign Minister", "Somsak Vong", "Kham Phet"),
)
# how the first event is told: (sentence with {v} visitor's fields and {h} host's, kind)
FIRSTS = {
    "arrived": "{vdem} {vtitle} {visitor} arrived in {hcap} on Monday on an official visit.",
    "stay": "{vdem} {vtitle} {visitor} is on a three-day visit to {hname} since Monday.",
    "talks": (
        "{vdem} {vtitle} {visitor} held talks with {hdem} Foreign Minister {hfm} in {hcap}"
        " on Monday."
    ),
}
SUBJECTS = ("pronoun", "surname")
VERBS = (
    "is also expected to meet with",
    "will also meet with",
    "is also scheduled to hold talks with",
    "is also due to meet",
    "also met with",  # held: a step of the visit, folded into it
)
COUNTERPARTS = ("speaker", "premier", "chair", "two", "third")
DAYS = ("", "on Friday")
CHOICES: dict[str, tuple[object, ...]] = {
    "first": tuple(FIRSTS),
    "subject": SUBJECTS,
    "verb": VERBS,
    "counterpart": COUNTERPARTS,
    "day": DAYS,
    "home": STATES,
    "away": STATES,
    "third": STATES,
}


@dataclass(frozen=True)
class Cell:
    """One page's choices: ``home`` hosts the visitor of ``away``."""

    first: str
    subject: str
    verb: str
    counterpart: str
    day: str
    home: tuple[str, ...]
    away: tuple[str, ...]
    third: tuple[str, ...]

    @property
    def text(self) -> str:
        """The page: the first event, then the step to come."""
        h, v, t = self.home, self.away, self.third
        first = FIRSTS[self.first].format(
            vdem=v[2], vtitle=v[4], visitor=v[5], hcap=h[3], hname=h[1], hdem=h[2], hfm=h[6]
        )
        who = (
            ("She" if v[5] == "Grace Wanjiru" else "He")
            if self.subject == "pronoun"
            else v[5].split()[-1]
        )
        if self.counterpart == "speaker":
            whom = "the Speaker of the parliament Rustam Kerimov"
        elif self.counterpart == "premier":
            whom = "Prime Minister Rustam Kerimov"
        elif self.counterpart == "chair":
            whom = "the chairman of the parliament"
        elif self.counterpart == "two":
            whom = "Chairman of the Senate Timur Alimov and Minister of Energy Dilnoza Saidova"
        else:
            whom = f"{t[2]} Foreign Minister {t[6]}"
        day = f" {self.day}" if self.day else ""
        return f"{first} {who} {self.verb} {whom}{day}."

    @property
    def expected(self) -> list[Want]:
        """The first event, held on Monday, and the step to come, planned."""
        h, v, t = self.home[0], self.away[0], self.third[0]
        kind = M if self.first == "talks" else V
        step = sorted([v, t if self.counterpart == "third" else h])
        first = (kind, H, sorted([h, v]), None, "2023-05-08")
        if self.verb.startswith("also met"):
            # told done: another state's official is a meeting of its own, the host's a
            # step of the visit
            return [first, (M, H, step, None, ANY)] if self.counterpart == "third" else [first]
        day = "2023-05-12" if self.day else None
        return [first, (M, P, step, None, day)]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        words = [
            self.first,
            self.subject,
            self.verb.split()[-2],
            self.counterpart,
            "friday" if self.day else "noday",
            self.home[0],
            self.away[0],
            self.third[0],
        ]
        return "-".join(words)


def valid(cell: Cell) -> bool:
    """Three distinct states; a step told done has no day of its own (Friday is to come)."""
    return len({cell.home, cell.away, cell.third}) == 3 and not (
        cell.day and cell.verb.startswith("also met")
    )


CELLS = list(
    sample_cells(Cell, valid, CHOICES, random.Random(6566), size=300, axis="counterpart", tries=50)
)


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text), cell.expected, fits_as_scored)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    if (
        cell.first == "talks"
        and cell.verb.startswith("also met")
        and cell.counterpart in ("premier", "two")
    ):
        # left: a held step with the host's officials named, after talks, keeps the
        # visitor's state alone (a held step is no class of this grid's rule)
        return "a held 'also met' step of named officials after talks stays one-sided"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.name, known_gap, numbered=True))
def test_grid_page_meetings_two(cell: Cell) -> None:
    """Each page gives the first event and the visitor's step to come, with the host's state."""
    assert passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The second grid: a next meeting the pair of a told event agrees on. "The presidents of A
# and B spoke by phone. They discussed rail links through C and agreed that their trade
# ministers would meet in P next month": "they" are the call's two states, and C, the topic's
# state before "agreed", is no side (spec section 2: the states "taking part"); a state named
# after "agreed" ("a trilateral meeting with C") still is. Each page is the told event (held
# on Monday 2023-05-08) and the agreed meeting, planned, in its month. Before the rule in
# ``meetings._finish.agreed_by_the_pair``, 125 of 216 cells failed: nearly every cell whose
# topic named a state gave the agreed meeting between that state and the city's. After it 4
# fail, strict xfails (``agreed_gap``).
TOLD = {
    "call": "President of {a} {pa} held a phone conversation with President of {b} {pb} on Monday.",
    "talks": "{ta} of {a} {pa} held talks with {tb} of {b} {pb} in {capb} on Monday.",
    "received": "President of {b} {pb} received {ta} of {a} {pa} on Monday.",
}
PAIRS = ("They", "The two presidents", "The sides", "Both sides")
TOPICS = (
    "rail links through {c}",
    "a gas pipeline to {c}",
    "the situation in {c}",
    "trade and transport",  # no state in the topic
)
# (the agreed meeting, with {capa} {capb} {c}; its month; whether the third state is a side)
NEXT = (
    ("agreed that their trade ministers would meet in {capa} next month", "2023-06", False),
    ("agreed to hold the next session of the joint commission in {capb} in July", "2023-07", False),
    ("agreed to meet again in {capa} in September", "2023-09", False),
    ("agreed to hold a trilateral meeting with {c} in {capb} in July", "2023-07", True),
)
AGREED: dict[str, tuple[object, ...]] = {
    "told": tuple(TOLD),
    "pair": PAIRS,
    "topic": TOPICS,
    "next_": NEXT,
    "home": STATES,
    "away": STATES,
    "third": STATES,
}


@dataclass(frozen=True)
class Agreed:
    """One page's choices: ``away`` (A) and ``home`` (B) agree; ``third`` (C) is the topic's."""

    told: str
    pair: str
    topic: str
    next_: tuple[str, str, bool]
    home: tuple[str, ...]
    away: tuple[str, ...]
    third: tuple[str, ...]

    @property
    def text(self) -> str:
        """The page: the told event, then the pair's agreement on a next meeting."""
        a, b, c = self.away, self.home, self.third
        told = TOLD[self.told].format(
            a=a[1], b=b[1], pa=a[5], pb=b[6], ta=a[4], tb="Foreign Minister", capb=b[3]
        )
        topic = self.topic.format(c=c[1])
        then = self.next_[0].format(capa=a[3], capb=b[3], c=c[1])
        return f"{told} {self.pair} discussed {topic} and {then}."

    @property
    def expected(self) -> list[Want]:
        """The told event, held on Monday, and the agreed meeting of the pair, planned."""
        a, b, c = self.away[0], self.home[0], self.third[0]
        kind = "call" if self.told == "call" else M
        told: Want = (kind, H, sorted([a, b]), None, "2023-05-08")
        _, month, third_side = self.next_
        sides = sorted([a, b, c]) if third_side else sorted([a, b])
        return [told, (ANY if third_side else M, P, sides, None, month)]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        words = [
            self.told,
            self.pair.split()[-1],
            self.topic.split()[0],
            self.next_[0].split()[3],
            self.home[0],
            self.away[0],
            self.third[0],
        ]
        return "-".join(words)


AGREED_CELLS = list(
    sample_cells(
        Agreed,
        lambda c: len({c.home, c.away, c.third}) == 3,
        AGREED,
        random.Random(6567),
        size=216,
        axis="topic",
        tries=50,
    )
)


def agreed_passes(cell: Agreed) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text), cell.expected, fits_as_scored)


# The cells still misread (told, topic's first word, B, A, C): "Both sides discussed C and
# agreed to hold a trilateral meeting with C" reads "Both sides discussed" as talks of their
# own, and the trilateral meeting keeps C and one of the pair (in these four draws only).
AGREED_LEFT = {
    ("talks", "a", "SRB", "MNG", "GEO"),
    ("talks", "the", "GEO", "SRB", "MNG"),
    ("talks", "the", "CHL", "MNG", "SRB"),
    ("call", "the", "LAO", "SRB", "CHL"),
}


def agreed_gap(cell: Agreed) -> str | None:
    """Why the library still misreads a cell of the second grid (None: it reads it)."""
    drawn = (cell.told, cell.topic.split()[0], cell.home[0], cell.away[0], cell.third[0])
    if cell.pair == "Both sides" and cell.next_[2] and drawn in AGREED_LEFT:
        return "'Both sides discussed C ... a trilateral meeting with C' loses a side"
    return None


@pytest.mark.parametrize(
    "cell", grid_params(AGREED_CELLS, lambda c: c.name, agreed_gap, numbered=True)
)
def test_grid_agreed_by_the_pair(cell: Agreed) -> None:
    """Each page gives the told event and the next meeting its pair agreed on, the pair's."""
    assert agreed_passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


def test_every_agreed_value_is_sampled() -> None:
    """Every value of every choice of the second grid is met in several cells."""
    assert_every_value_sampled(AGREED_CELLS, AGREED)


# The third grid: a commission's session to come in a part of a year. "The two sides agreed to
# hold the next meeting of the joint commission in P in the first half of the year": the year
# is all the date the half or quarter tells (spec section 1: a partial date at the precision
# the text gives; the page is published in 2023). Each page is a call of the pair (held on
# Monday 2023-05-08) and the session to come, planned; "in June" and "before the end of the
# year" are the forms read before. Before the ``of ... commission`` and "will be held" steps
# of ``meetings._candidates._BEFORE_YEAR_END``, 80 of 160 cells failed: every half or
# quarter of "the year" gave no date.
SESSION_FORMS = {
    "agreed": "The two sides agreed to hold the next meeting of the {body} in {cap} {when}.",
    "will": "The next session of the {body} will be held in {cap} {when}.",
    "isto": "The next meeting of the {body} is to take place {when}.",
    "scheduled": "The {body}'s next session is scheduled to be held in {cap} {when}.",
}
SESSION_BODIES = (
    "joint commission",
    "intergovernmental commission",
    "joint committee",
    "intergovernmental council",
)
# (the time, the date it gives)
SESSION_TIMES = (
    ("in the first half of the year", "2023"),
    ("in the second half of the year", "2023"),
    ("in the first quarter of the year", "2023"),
    ("in the fourth quarter of 2024", "2024"),
    ("before the end of the year", "2023"),
    ("in June", "2023-06"),
)
SESSIONS: dict[str, tuple[object, ...]] = {
    "form": tuple(SESSION_FORMS),
    "body": SESSION_BODIES,
    "when": SESSION_TIMES,
    "home": STATES,
    "away": STATES,
}


@dataclass(frozen=True)
class Session:
    """One page's choices: a call of ``away`` and ``home``, then their session to come."""

    form: str
    body: str
    when: tuple[str, str]
    home: tuple[str, ...]
    away: tuple[str, ...]

    @property
    def text(self) -> str:
        """The page: the call, then the session to come."""
        a, b = self.away, self.home
        call = f"President of {a[1]} {a[5]} held a phone conversation with President of {b[1]}"
        then = SESSION_FORMS[self.form].format(body=self.body, cap=b[3], when=self.when[0])
        return f"{call} {b[6]} on Monday. {then}"

    @property
    def expected(self) -> list[Want]:
        """The call, held on Monday, and the pair's session, planned in its year or month."""
        pair = sorted([self.home[0], self.away[0]])
        return [("call", H, pair, None, "2023-05-08"), (M, P, pair, None, self.when[1])]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        when = "-".join(self.when[0].split()[2:4])
        return "-".join([self.form, self.body.split()[-1], when, self.home[0], self.away[0]])


SESSION_CELLS = list(
    sample_cells(
        Session,
        lambda c: c.home != c.away,
        SESSIONS,
        random.Random(6568),
        size=160,
        axis="when",
        tries=50,
    )
)


def session_passes(cell: Session) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text), cell.expected, fits_as_scored)


@pytest.mark.parametrize(
    "cell", [pytest.param(c, id=f"{i}:{c.name}") for i, c in enumerate(SESSION_CELLS)]
)
def test_grid_session_in_part_of_year(cell: Session) -> None:
    """Each page gives the call and the session to come, dated by its year or month."""
    assert session_passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


def test_every_session_value_is_sampled() -> None:
    """Every value of every choice of the third grid is met in several cells."""
    assert_every_value_sampled(SESSION_CELLS, SESSIONS)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, n in failure_table(CELLS, CHOICES, failed):
        print(f"{choice}={value}: {bad}/{n}")
    for c in [c for c in CELLS if failed[c]][:12]:
        print(c.text, "|", briefs_of(c.text))
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    missed = {a: not agreed_passes(a) for a in AGREED_CELLS}
    for choice, value, n_bad, n in failure_table(AGREED_CELLS, AGREED, missed):
        print(f"{choice}={value}: {n_bad}/{n}")
    for a in [a for a in AGREED_CELLS if missed[a]][:12]:
        print(a.text, "|", briefs_of(a.text))
    print(f"{sum(missed.values())} of {len(AGREED_CELLS)} agreed cells fail")
    undated = {c: not session_passes(c) for c in SESSION_CELLS}
    for choice, value, n_bad, n in failure_table(SESSION_CELLS, SESSIONS, undated):
        print(f"{choice}={value}: {n_bad}/{n}")
    print(f"{sum(undated.values())} of {len(SESSION_CELLS)} session cells fail")
