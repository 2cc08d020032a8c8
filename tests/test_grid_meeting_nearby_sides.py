"""A grid of meetings whose sides are told only in a nearby sentence: "the leaders agreed to meet".

News of a call or of talks between two states often closes on their next meeting, told with
the pair as a bare plural and no state of its own: "The leaders agreed to meet in person in
Geneva next month", "Both leaders agreed to sit down together in Vienna in September, where
both will attend the summit". Spec EXTRACTION.md section 2 makes that a planned meeting whose
countries are the states the text "clearly refers to as taking part": the pair the story
told just before; the city where they will meet is no side of theirs (a venue is no host of
talks between two others, and two sides meeting at a gathering in a third state do not make
that state a side).

Each cell draws one value of every independent choice below: the event told first (a call or
talks between the pair), a sentence between them naming a third state as a topic (or none),
the plural subject, the meeting verb, the venue (one of the pair's capitals, a third state's
city, none), a gathering both will attend there (or none, only where a venue is told), the
time and the states. Every page is published on Wednesday 2023-05-10. The records a cell
must give are computed from the choices by the spec alone, never by running the library:
the first event ``held`` on Monday 2023-05-08 between the pair, and the pair's meeting
``planned`` at the time told, whose countries are the pair alone. The gathering, where told,
is a record of its own whose attendance is another class (which states "both" stands for at
a summit): the grid asks only that it be a planned conference.

The first run, before any change to the library: 121 of 240 cells failed (the pair's meeting
lost where its venue is a third state's city, or where "Both leaders" tells the pair; "sit down
together" no meeting at all). Fixed as a class (``_pair_event`` of
``diplonews.meetings._records`` and the ``meeting.met_with`` rule): a pair that agrees to meet
each other meets at its venue without making the venue's state a side, and "sit down
together" is a meeting of the subject's sides as "sat down with" is.

Rows of ``TABLE`` keep the near misses: a story of three states where "the two" could be any
two (no pair to read; a strict xfail: the library misread it before this class too), a pair
meeting a third party ("agreed to meet farmers' groups"), which is no meeting of theirs (read
right since interest groups are no state's side, tests/test_grid_meeting_extra.py),
and a third pair named in the sentence of the plan ("They welcomed the talks between C and D
and agreed to meet again"), taken for the subject's. Also left (a strict xfail): a body named
in the clause of the time ("when world leaders gather for the UN General Assembly") taken for
the pair's meeting's own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from grid_records import Event, read

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday
MONDAY = "2023-05-08"

# The pair, a third state whose city may be the venue, a fourth named only as a topic.
STATES: list[tuple[State, State, State, State]] = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Amani Odede"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "President", "Ruth Nabirye", "she"),
        State("CHE", "Switzerland", "Swiss", "Geneva", "President", "Urs Keller"),
        State("SDN", "Sudan", "Sudanese", "Khartoum", "President", "Omar Bashir"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Tomasz Wielki"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Prime Minister", "Rasa Vaitkus"),
        State("AUT", "Austria", "Austrian", "Vienna", "Chancellor", "Karl Huber"),
        State("BLR", "Belarus", "Belarusian", "Minsk", "President", "Ivan Sokol"),
    ),
    (
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Ines Carrasco", "she"),
        State("PER", "Peru", "Peruvian", "Lima", "President", "Raul Quispe"),
        State("SGP", "Singapore", "Singaporean", "Singapore", "Prime Minister", "Lee Wen"),
        State("VEN", "Venezuela", "Venezuelan", "Caracas", "President", "Jorge Mata"),
    ),
]

FIRSTS = ["call", "talks"]
BETWEENS = ["none", "topic"]
SUBJECTS = {
    "leaders": "The leaders",
    "two-leaders": "The two leaders",
    "both": "Both leaders",
    "two-sides": "The two sides",
}
VERBS = {
    "meet": "agreed to meet",
    "again": "agreed to meet again",
    "in-person": "agreed to meet in person",
    "sit-down": "agreed to sit down together",
}
VENUES = ["home", "third", "none"]
GATHERINGS = ["none", "summit"]
# The time: text and ISO date (the page is of 2023-05-10).
WHENS: dict[str, tuple[str, str]] = {
    "next-month": ("next month", "2023-06"),
    "september": ("in September", "2023-09"),
    "later": ("later this year", "2023"),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    first: str
    between: str
    subject: str
    verb: str
    venue: str
    gathering: str
    when: str
    states: int

    def valid(self) -> bool:
        """A cell news writes: a gathering is told with the city it is held in."""
        return not (self.gathering != "none" and self.venue == "none")

    def body(self) -> str:
        """The page's body: the first event, a topic aside, the pair's next meeting."""
        a, b, c, d = STATES[self.states]
        if self.first == "call":
            first = (
                f"{a.title} {a.person} of {a.name} held a phone call on Monday with"
                f" {b.title} {b.person} of {b.name}."
            )
        else:
            first = (
                f"{a.demonym} {a.title} {a.person} held talks with {b.demonym} {b.title}"
                f" {b.person} in {b.capital} on Monday."
            )
        parts = [first]
        if self.between == "topic":
            parts.append(f"They also discussed the crisis in {d.name} and rising food prices.")
        venue = {"home": f" in {a.capital}", "third": f" in {c.capital}", "none": ""}[self.venue]
        gathering = (
            ", where both will attend the regional summit" if self.gathering == "summit" else ""
        )
        when = WHENS[self.when][0]
        parts.append(f"{SUBJECTS[self.subject]} {VERBS[self.verb]}{venue} {when}{gathering}.")
        return " ".join(parts)

    def article(self) -> Article:
        """The cell's page."""
        return Article(id="grid", body=self.body(), published=PUBLISHED)

    def expected(self) -> list[Event]:
        """The meetings the spec asks for (no gathering), from the choices alone."""
        a, b, _, _ = STATES[self.states]
        pair = sorted([a.code, b.code])
        first = "call" if self.first == "call" else "meeting"
        return sorted(
            [(first, "held", pair, MONDAY), ("meeting", "planned", pair, WHENS[self.when][1])]
        )

    @property
    def id(self) -> str:
        """The cell's test id."""
        return dashed_id(self)


CHOICES: dict[str, list[Any]] = {
    "first": FIRSTS,
    "between": BETWEENS,
    "subject": list(SUBJECTS),
    "verb": list(VERBS),
    "venue": VENUES,
    "gathering": GATHERINGS,
    "when": list(WHENS),
    "states": list(range(len(STATES))),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(53), size=240, axis="verb", tries=50)
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    return None


def got(cell: Cell) -> tuple[list[Event], list[str]]:
    """The page's meetings but its gatherings, and the (kind, status) of its gatherings."""
    meetings = read(extract(cell.article())).meetings
    return (
        [m for m in meetings if m[0] != "conference"],
        [f"{m[0]}/{m[1]}" for m in meetings if m[0] == "conference"],
    )


def passes(cell: Cell) -> bool:
    """Whether the page gives exactly the cell's records."""
    talks, gatherings = got(cell)
    want = ["conference/planned"] if cell.gathering == "summit" else []
    return talks == cell.expected() and gatherings == want


# Rows that keep each side of the class whatever the sample draws: (class, text, meetings). A
# row the library still misreads (as it did before this class was fixed) is a strict xfail.
_TWO_OF_THREE = (
    "'the presidents of Uganda and Rwanda' ... 'The two leaders agreed to meet again': the pair"
    " named with 'and' in the lead is taken for 'the two', though Kenya's president is one of"
    " the leaders told"
)
_THIRD_PAIR = (
    "'They welcomed the talks between Sudan and Chad and agreed to meet again in Geneva': the"
    " pair named in the clause before is taken for the subject's, not the call's"
)
TABLE: list[Any] = [
    pytest.param(
        "near-miss:three-states",
        "President Amani Odede of Kenya held talks on Monday with the presidents of Uganda and"
        " Rwanda in Nairobi. The two leaders agreed to meet again in Geneva next month.",
        [("meeting", "held", ["KEN", "RWA", "UGA"], MONDAY)],
        marks=pytest.mark.xfail(reason=_TWO_OF_THREE, strict=True),
    ),
    pytest.param(
        "near-miss:meet-others",
        "President Amani Odede of Kenya held a phone call on Monday with President Ruth Nabirye"
        " of Uganda. The leaders agreed to meet farmers' groups in Geneva next month.",
        [("call", "held", ["KEN", "UGA"], MONDAY)],
    ),
    (
        "near-miss:two-of-three-at-an-act",
        "The presidents of Kenya, Uganda and Rwanda opened a new railway near Kampala on Monday."
        " The two presidents also held talks on power.",
        [],
    ),
    pytest.param(
        "third-pair-in-the-plan",
        "President Amani Odede of Kenya held a phone call on Monday with President Ruth Nabirye"
        " of Uganda. They welcomed the talks between Sudan and Chad and agreed to meet again in"
        " Geneva next month.",
        [
            ("call", "held", ["KEN", "UGA"], MONDAY),
            ("meeting", "held", ["SDN", "TCD"], None),
            ("meeting", "planned", ["KEN", "UGA"], "2023-06"),
        ],
        marks=pytest.mark.xfail(reason=_THIRD_PAIR, strict=True),
    ),
]


_BODY_IN_CLAUSE = (
    "'agreed to sit down together in New York in September, when world leaders gather for the"
    " UN General Assembly': the body named in the clause of the time is read as the pair's"
    " meeting's own, which then folds into the body's session"
)
TABLE += [
    pytest.param(
        "body-in-time-clause",
        "President Amani Odede of Kenya held a phone call on Monday with President Ruth Nabirye"
        " of Uganda. The two presidents agreed to meet in New York in September, when world"
        " leaders gather for the UN General Assembly.",
        [
            ("call", "held", ["KEN", "UGA"], MONDAY),
            ("conference", "planned", ["KEN", "UGA", "USA"], "2023-09"),
            ("meeting", "planned", ["KEN", "UGA"], "2023-09"),
        ],
        marks=pytest.mark.xfail(reason=_BODY_IN_CLAUSE, strict=True),
    ),
]


@pytest.mark.parametrize(("cls", "text", "meetings"), TABLE)
def test_nearby_sides_table(cls: str, text: str, meetings: list[Event]) -> None:
    """Each row gives exactly its meetings (``cls`` names its class)."""
    found = read(extract(Article(id=cls, body=text, published=PUBLISHED))).meetings
    assert found == sorted(meetings), cls


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap, numbered=True))
def test_grid_nearby_sides(cell: Cell) -> None:
    """Each cell gives the records its choices call for."""
    assert passes(cell), (cell.body(), got(cell), cell.expected())


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


# The second grid: talks of "the two ministers" told after a sentence that names the two
# officials and their states at an act of no meeting word (a pipeline opened, a ceremony), no
# event told before. The talks are the pair's, held; "also" or "then" ties them to the act's
# day, without it the page gives no day (spec section 2: null when the article gives no clue).
# The first run (the first class fixed): 104 of 120 cells failed (no record, or undated). Fixed in
# ``diplonews.meetings._finish`` (``_two_sides_of_lead``): "the two ministers", as "the two
# sides", are the two states the sentence before names, on its one day when "also" or "then".
ACTS = {
    "pipeline": "opened a new gas pipeline near {city}",
    "ceremony": "attended a ceremony at a new border post near {city}",
    "plant": "launched a solar plant outside {city}",
}
NAMINGS = ["demonyms", "of"]
ACT_SUBJECTS = {
    "two-ministers": "The two ministers",
    "two-energy": "The two energy ministers",
    "two-sides": "The two sides",
}
ADVERBS = ["also", "then", "none"]
ACT_DAYS = {"monday": ("on Monday", MONDAY), "may-3": ("on May 3", "2023-05-03")}


@dataclasses.dataclass(frozen=True)
class ActCell:
    """One value of every choice of the second grid."""

    act: str
    naming: str
    subject: str
    adverb: str
    day: str
    states: int

    def body(self) -> str:
        """The page's body: the act of the two officials, then their talks."""
        a, b, _, _ = STATES[self.states]
        if self.naming == "demonyms":
            who = (
                f"{a.demonym} Energy Minister {a.person} and {b.demonym} Energy Minister {b.person}"
            )
        else:
            who = (
                f"Energy Minister {a.person} of {a.name} and Energy Minister {b.person} of {b.name}"
            )
        act = ACTS[self.act].format(city=b.capital)
        adverb = "" if self.adverb == "none" else f" {self.adverb}"
        return (
            f"{who} {act} {ACT_DAYS[self.day][0]}. {ACT_SUBJECTS[self.subject]}{adverb} held talks"
            " on trade in power and gas."
        )

    def expected(self) -> list[Event]:
        """The meetings the spec asks for, from the choices alone."""
        a, b, _, _ = STATES[self.states]
        day = ACT_DAYS[self.day][1] if self.adverb != "none" else None
        return [("meeting", "held", sorted([a.code, b.code]), day)]

    @property
    def id(self) -> str:
        """The cell's test id."""
        return dashed_id(self)


ACT_CHOICES: dict[str, list[Any]] = {
    "act": list(ACTS),
    "naming": NAMINGS,
    "subject": list(ACT_SUBJECTS),
    "adverb": ADVERBS,
    "day": list(ACT_DAYS),
    "states": list(range(len(STATES))),
}

ACT_CELLS = list(
    sample_cells(
        ActCell, lambda _: True, ACT_CHOICES, random.Random(59), size=120, axis="adverb", tries=50
    )
)


def act_passes(cell: ActCell) -> bool:
    """Whether the page gives exactly the cell's meetings."""
    page = Article(id="grid", body=cell.body(), published=PUBLISHED)
    return read(extract(page)).meetings == cell.expected()


@pytest.mark.parametrize("cell", grid_params(ACT_CELLS, lambda c: c.id, lambda _: None))
def test_grid_talks_after_an_act(cell: ActCell) -> None:
    """Each cell gives the meetings its choices call for."""
    assert act_passes(cell), (cell.body(), cell.expected())


def test_every_act_value_is_sampled() -> None:
    """Every value of every choice of the second grid is met in several cells."""
    assert_every_value_sampled(ACT_CELLS, ACT_CHOICES, least=5)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    misread = [a for a in ACT_CELLS if not act_passes(a)]
    print(f"second grid: {len(misread)}/{len(ACT_CELLS)} cells fail")
    for a in misread[:10]:
        print(a.id, "|", a.body())
    failed = {c: not passes(c) for c in CELLS}
    print(f"{sum(failed.values())}/{len(CELLS)} cells fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:9} {value!s:12} {bad:4}/{total}")
    for c in CELLS:
        if failed[c]:
            print("\n" + c.id, "|", c.body())
            print("   got ", got(c))
            print("   want", c.expected())
