"""A grid of meeting status and date read from the tense of the clause that tells the event.

Spec/EXTRACTION.md section 2: "Status follows how the article frames the event when it was
written: 'will', 'is to', 'is scheduled' make it planned ...; the past tense make[s] it
held", and a weekday is resolved against the publication day. Each cell draws one value of
every independent choice below and writes one invented sentence: an official of state A
pays a visit to B, leads a trade delegation to B, arrives in B's capital, holds talks with
B's official, or holds a meeting with the leaders of B, C and D (the event noun); the verb's
tense (past, "will", "is due to", "is to", "is scheduled to", or the present simple of a
schedule, "arrives in P on Friday"); a weekday before publication (Monday) or after it
(Friday); a short or a long object ("a trade delegation of more than 100 companies"); and a
purpose clause after the weekday ("to discuss aid to E", E no side) or none.

Every page is published on Wednesday 2023-05-10. The record each cell must give is computed
from its choices alone (never by running the library): one event of A and the partners,
held on the last such weekday (2023-05-08, 2023-05-05) when the verb is past, planned on the
next one (2023-05-15, 2023-05-12) otherwise: a present simple with a weekday is a schedule
("the premier arrives in P on Friday", "the delegation leaves on Monday"), as news writes
its plans. A visit, a delegation and an arrival are a ``visit``; talks a ``meeting``; a
meeting of four states a ``meeting`` or a ``conference`` ("a gathering of many states").

Before any change 135 of 320 cells failed (tense: past 26/64, will 18/49, due 28/59, is_to
11/43, scheduled 18/54, present 34/51; the long object 118/153, the purpose clause 55/164).
The classes the fixes read as rules (each one a rule of ``meeting_status`` or of the
candidate's date, spec section 2 deciding it):

- "is due to" before any verb tells a plan ("is due to lead", "is due to see"), not only
  before the verbs of meeting and travel it named;
- an "-ed" word in the event's own noun phrase, the object of a verb of the event, is an
  adjective, no past cue ("will pay a long-awaited official visit" is planned);
- a present simple verb of the event with a weekday after it, or between it and the event's
  noun, is a schedule ("arrives in P on Friday", "holds talks with Y on Monday", "arrives in
  P on Sunday for a visit"): planned, on the next such day;
- a past verb holding the event's noun dates it in the past, however far its partners push
  the weekday from it ("held a meeting with the leaders of A, B and C on Monday to discuss
  ..." is held last Monday, not the Monday to come);
- a past verb after ", and" and its own subject is a clause of its own ("X is due to lead a
  delegation to P in March, and Y visited Q in May": the visit is held), as after "as",
  "when", "while";
- a session told "opened", "began" or "closed" right after its noun is held, whatever decision
  ("agreed to ...") the sentence tells before it;
- a plan told after the event's noun keeps its force with an adverb in its verb ("a summit
  between A and B is also due to be held", "are now expected to", "is still planned").

After them 94 cells failed, all of one class that is not this grid's: a long topic list or
a company between talks, a meeting or an arrival and its partner ("held talks on trade,
energy, transport and ... with Y") left the partner unread, so the page gave no record at
all, whatever the tense. The partner after "with" past a topic list is now read (see
tests/test_grid_topiclist.py); the arrivals with a company ("arrived with a group of
ministers, ... in P") are still strict xfails that ``left`` names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Brief, briefs_of, pairs

# Four states each: A the actor, B the host or partner, C and D the other leaders of a
# meeting; E a state named only in the purpose clause (no side).
GROUPS: list[tuple[State, State, State, State, str]] = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Kiprop"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "President", "Kwesi Boateng"),
        State("SEN", "Senegal", "Senegalese", "Dakar", "President", "Moussa Ndiaye"),
        State("CIV", "Ivory Coast", "Ivorian", "Abidjan", "President", "Koffi Yao"),
        "Sudan",
    ),
    (
        State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Ines Vergara", "she"),
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Jorge Salas"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Foreign Minister", "Diego Salinas"),
        State("BOL", "Bolivia", "Bolivian", "La Paz", "Foreign Minister", "Mateo Choque"),
        "Haiti",
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Marek Nowak"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Tran Quoc Hai"),
        State("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Somchai Wong"),
        State("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister", "Aziz Rahman"),
        "Myanmar",
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Trade Minister", "Siri Dahl", "she"),
        State("IND", "India", "Indian", "New Delhi", "Trade Minister", "Arjun Mehta"),
        State("LKA", "Sri Lanka", "Sri Lankan", "Colombo", "Trade Minister", "Ravi Perera"),
        State("NPL", "Nepal", "Nepalese", "Kathmandu", "Trade Minister", "Bikash Thapa"),
        "Afghanistan",
    ),
]

# The event noun: (base verb, past, present 3rd person, short object, long object, kinds).
# "{B}" the host's name, "{cap}" its capital, "{who}" its official, "{trio}" the three others.
NOUNS: dict[str, tuple[str, str, str, str, str, frozenset[str]]] = {
    "visit": (
        "pay",
        "paid",
        "pays",
        "a visit to {B}",
        "a long-awaited three-day official and working visit to {B}",
        frozenset({"visit"}),
    ),
    "delegation": (
        "lead",
        "led",
        "leads",
        "a trade delegation to {B}",
        "a trade delegation of more than 100 companies to {B}",
        frozenset({"visit"}),
    ),
    "arrival": (
        "arrive",
        "arrived",
        "arrives",
        "in {cap}",
        "with a large group of ministers, lawmakers and bankers in {cap}",
        frozenset({"visit"}),
    ),
    "talks": (
        "hold",
        "held",
        "holds",
        "talks with {who}",
        "talks on trade, energy, transport and the protection of investments with {who}",
        frozenset({"meeting"}),
    ),
    "meeting": (
        "hold",
        "held",
        "holds",
        "a meeting with the leaders of {trio}",
        "a meeting on trade, energy and the safety of shipping routes with the leaders of {trio}",
        frozenset({"meeting", "conference"}),
    ),
}
# The tense: the words before the verb, and which form of the verb follows them.
TENSES: dict[str, tuple[str, str]] = {
    "past": ("", "past"),
    "will": ("will ", "base"),
    "due": ("is due to ", "base"),
    "is_to": ("is to ", "base"),
    "scheduled": ("is scheduled to ", "base"),
    "present": ("", "present"),
}
# The weekday: (its name, the last such day, the next such day), published Wednesday.
PUBLISHED = "2023-05-10"
DAYS: dict[str, tuple[str, str, str]] = {
    "before": ("Monday", "2023-05-08", "2023-05-15"),
    "after": ("Friday", "2023-05-05", "2023-05-12"),
}
LENGTHS = ("short", "long")
PURPOSES = ("none", "discuss")


@dataclass(frozen=True)
class Cell:
    """One page: the choices it is built from."""

    tense: str
    day: str
    length: str
    purpose: str
    noun: str
    group: int


CHOICES: dict[str, tuple[object, ...]] = {
    "tense": tuple(TENSES),
    "day": tuple(DAYS),
    "length": LENGTHS,
    "purpose": PURPOSES,
    "noun": tuple(NOUNS),
    "group": tuple(range(len(GROUPS))),
}


def page(cell: Cell) -> str:
    """The cell's sentence."""
    a, b, c, d, other = GROUPS[cell.group]
    base, past, present, short, long, _ = NOUNS[cell.noun]
    before, form = TENSES[cell.tense]
    verb = {"base": base, "past": past, "present": present}[form]
    obj = (short if cell.length == "short" else long).format(
        B=b.name,
        cap=b.capital,
        who=f"{b.demonym} {b.title} {b.person}",
        trio=f"{b.name}, {c.name} and {d.name}",
    )
    purpose = f" to discuss aid to {other}" if cell.purpose == "discuss" else ""
    day = DAYS[cell.day][0]
    return f"{a.demonym} {a.title} {a.person} {before}{verb} {obj} on {day}{purpose}."


def expected(cell: Cell) -> tuple[frozenset[str], str, frozenset[str], str]:
    """The one record the cell calls for: (kinds allowed, status, countries, date)."""
    a, b, c, d, _ = GROUPS[cell.group]
    sides = {a.code, b.code} | ({c.code, d.code} if cell.noun == "meeting" else set())
    _, last, following = DAYS[cell.day]
    held = cell.tense == "past"
    kinds = NOUNS[cell.noun][5]
    return kinds, "held" if held else "planned", frozenset(sides), last if held else following


def _fits(got: Brief, want: tuple[frozenset[str], str, frozenset[str], str]) -> bool:
    kinds, status, sides, date = want
    return got[0] in kinds and got[1] == status and set(got[2]) == sides and got[4] == date


def failures(cell: Cell) -> list[Brief]:
    """The page's meetings when they are not exactly the expected one, else []."""
    got = briefs_of(page(cell))
    return [] if pairs(got, [expected(cell)], _fits) else got or [("none", "", [], None, None)]


def left(cell: Cell) -> str | None:
    """Why a cell is still misread (by choice values), or None: a class of its own."""
    if cell.length == "long" and cell.noun == "arrival":
        # "arrived with a group of ministers, lawmakers and bankers in P": a company between
        # the arrival and its place leaves the place unread, and a single side is no record
        # (sides, not tense; a topic list before "with" is read since the topiclist grid)
        return "a long company phrase before the place: no record"
    return None


CELLS: list[Cell] = list(
    sample_cells(Cell, lambda _: True, CHOICES, random.Random(67), size=320, axis="tense", tries=1)
)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, left))
def test_grid_tense(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], (page(cell), expected(cell))


# A plan, then a past event in a clause of its own after ", and" or ", but" (its own subject):
# (page, the (status, date) of each record). Only statuses and dates are compared: two trips
# told in one sentence share their sides, a class of its own.
OWN_CLAUSES = [
    (
        "Kenyan President Daniel Kiprop is due to lead a trade delegation to Ghana on Friday, "
        "and Chilean Foreign Minister Ines Vergara visited Peru on Monday.",
        [("held", "2023-05-08"), ("planned", "2023-05-12")],
    ),
    (
        "Kenyan President Daniel Kiprop will pay a visit to Ghana on Friday, and Polish Prime "
        "Minister Marek Nowak visited Vietnam on Monday.",
        [("held", "2023-05-08"), ("planned", "2023-05-12")],
    ),
    (
        "Kenyan President Daniel Kiprop is to hold talks with Ghanaian President Kwesi Boateng "
        "on Friday, but Chilean Foreign Minister Ines Vergara met Peruvian Foreign Minister "
        "Jorge Salas on Monday.",
        [("held", "2023-05-08"), ("planned", "2023-05-12")],
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_CLAUSES, ids=["and-led", "and-will", "but-is-to"])
def test_past_clause_after_a_plan(text: str, want: list[tuple[str, str]]) -> None:
    """A past verb after ", and" or ", but" with its own subject is held; the plan is planned."""
    assert sorted((b[1], b[4]) for b in briefs_of(text)) == want


# A decision told beside the opening of the session that took it: (page, status, date or None
# for any). The session's own past verb after its noun makes it held, whatever "agreed to".
OPENINGS = [
    (
        "The trade ministers of Kenya and Ghana agreed to widen trade as the fifth session of "
        "the Kenya-Ghana Joint Commission opened in Nairobi on Tuesday.",
        "held",
        "2023-05-09",
    ),
    (
        "NAIROBI, May 10 - The trade ministers of Kenya and Ghana agreed to ease visa rules as "
        "the fifth session of their joint commission opened here.",
        "held",
        None,
    ),
    (
        "The foreign ministers of Peru and Chile decided to reopen a border crossing as the "
        "second session of their joint commission began in Lima on Monday.",
        "held",
        "2023-05-08",
    ),
    (
        "The foreign ministers of Peru and Chile will meet in Lima on Friday to review trade.",
        "planned",
        "2023-05-12",
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "date"), OPENINGS, ids=["opened-on", "opened-here", "began-on", "will"]
)
def test_session_opened_beside_a_decision(text: str, status: str, date: str | None) -> None:
    """A session told opened or begun beside a decision is held; one told to come is planned."""
    got = briefs_of(text)
    assert len(got) == 1, got
    assert got[0][1] == status
    assert date is None or got[0][4] == date


# The event named first, its plan told after it with an adverb in the plan's verb ("is also
# due to", "are now expected to", "is still planned"): (page, status). No day: the tense alone.
ADVERB_PLANS = [
    ("A summit between Kenya and Ghana is also due to be held in Accra.", "planned"),
    ("Talks between Peru and Chile are now expected to resume in Lima in the autumn.", "planned"),
    ("A meeting between Poland and Vietnam is still planned in Hanoi.", "planned"),
    ("A summit between Kenya and Ghana was held in Accra.", "held"),
]


@pytest.mark.parametrize(("text", "status"), ADVERB_PLANS, ids=["also", "now", "still", "held"])
def test_plan_after_the_event_with_an_adverb(text: str, status: str) -> None:
    """An adverb inside the plan's verb after the event keeps it planned."""
    got = briefs_of(text)
    assert [b[1] for b in got] == [status], got


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{choice:10} {value!s:12} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), page(c), expected(c), results[c], sep="\n   ")
