"""A grid of visits told by a traveller's itinerary, pronoun or surname, and visits by no state.

Under spec/EXTRACTION.md section 2 a visit is "a trip by an official to another country", its
sides "the visitor's and the host's state", and "a trip to several countries is one visit";
"sports or cultural events" are no meeting. News often tells the traveller of a visit by a
back reference, and the visitor's state then comes from the sentence the reference points
to. Four scenes:

- ``ref``: a sentence names the traveller in full ("Kenyan President Joseph Wanjiru addressed
  parliament on Monday") or tells of a state ("Kenya wants to widen its markets", "Kenya,
  which buys most of its fuel abroad, reacted coolly"); the next tells a trip to come by
  "Mr Wanjiru", "Wanjiru", "He", "The president", "The Kenyan president" or "Its
  president" ("is due to visit Lima in June", "is due in Lima next month for talks"). One
  planned visit of the traveller's state and the host's, dated by the month. A
  ``distractor`` visit told first by another state's defence minister to the same host is
  a record of its own: the two trips differ in traveller and status, so they are never
  one, and the later trip's talks are its own.
- ``onward``: talks in a first capital, then "From C1, Wanjiru is set to travel on to C2
  and C3 ...", "He will travel on to C2 and C3 on Friday": the next legs are one planned
  visit of the traveller's state and the stops ahead, never of the capital left (as
  tests/test_grid_visitstops.py reads a next leg). The ``distractor`` here is a plan told
  between, placed in the traveller's own capital ("their joint commission would meet in
  Nairobi"): the leg leaves the first stop, never the traveller's own state.
- ``before``: a conference to come, and a minister who "said in his capital he would visit
  C before the conference to talk about quotas with its officials": a planned visit of
  his state and C, its own record, neither merged with the conference nor held.
- ``group``: a ballet company, an orchestra, a national football team, a choir, a theatre
  troupe or a trade fair's exhibitors visit, tour or return to a state: no official's trip,
  so no record (the owners' keys, dev and crawled-dev, give no meeting for a cultural or
  sports event either); a government delegation and a culture minister are the controls.

Pages are published on Wednesday 2023-05-10: "on Monday" is 2023-05-08 in a past clause,
"on Friday" 2023-05-12 in one to come; "in June" and "next month" are 2023-06. The brief
that asked for this grid wanted "travel on to C2 and C3" as two visits; the spec (one trip
to several countries is one visit) and the owners' page key that tells such a leg (one
record of the traveller's state and both stops) say one, and so does this grid.

Before the fix 202 of 423 cells failed: a visit by performers or exhibitors was a visit of
two states; "would visit C before the conference" made a conference of the traveller and C
(and "said in P he would visit" was held, the saying's place read as the talks'); a trip
told by "The trade minister", "He" or "Its president" after another traveller's visit to
the same host took that traveller's state (the talks it is made for back-referred to the
other visit), "Its president is expected in P" was read as an echo and lost, "A, which
..., reacted" gave "Its" no state, and a next leg told by a pronoun and "travel on to" made
no trip (as did "The Kenyan president" or "The minister" with it); a next leg took the
state of a plan told between (a commission to meet in the
traveller's capital) for the stop it leaves, and "From C1," made C1 a side. After it none
fails but the strict xfails of ``_left``: a next leg told by "He" after a sentence naming
nobody (the pronoun reader's guard).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import State, assert_every_value_sampled, failure_table, grid_params, sample_cells
from grid_records import Event, read

PUBLISHED = "2023-05-10"  # a Wednesday

STATES = [
    State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Luis Carpa"),
    State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Joseph Wanjiru"),
    State("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Ingrid Solberg", "she"),
    State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Trade Minister", "Tran Van Minh"),
    State("MAR", "Morocco", "Moroccan", "Rabat", "Foreign Minister", "Karim Bennani"),
    State("CHL", "Chile", "Chilean", "Santiago", "President", "Pablo Rojas"),
    State("JOR", "Jordan", "Jordanian", "Amman", "Prime Minister", "Omar Haddad"),
    State("FIN", "Finland", "Finnish", "Helsinki", "Foreign Minister", "Aino Virtanen", "she"),
]

SCENES = ["ref", "onward", "before", "group"]
# How the trip's sentence names its traveller (``ref``, ``onward``, ``before``).
REFS = ["mr_surname", "surname", "pronoun", "office", "demonym", "its"]
# How the trip is told (``ref``): each a verb phrase before the host's capital, and after it.
TRIPS = {
    "due_to_visit": ("is due to visit", "in June"),
    "will_travel": ("will travel to", "in June for talks with {hdem} officials"),
    "expected_in": ("is expected in", "next month"),
    "due_in": ("is due in", "next month for talks on a supply deal"),
    "plans_to_visit": ("plans to visit", "in June"),
}
# What the sentence before the trip tells (``ref``): the traveller in full, or the state.
INTROS = ["addressed", "said", "state", "state_which"]
# The leg's verb (``onward``), the first stop's event (``onward``).
LEGS = ["set_to_travel_on", "will_travel_on", "due_to_fly_on"]
FIRSTS = ["talks", "tour"]
# The plan's form (``before``).
PLANS = ["said_would", "said_in_would", "will_visit", "due_ahead"]
# Who travels (``group``): people of no state, then the controls.
GROUPS = [
    "ballet",
    "orchestra",
    "football_team",
    "choir",
    "theatre_troupe",
    "exhibitors",
    "delegation",
    "culture_minister",
]
GROUP_VERBS = ["will_visit", "to_tour", "arrived", "visited", "return"]
# The trip's sentence closes on its source: nothing, or "officials in <visitor's capital> said".
TAILS = ["none", "officials_said"]


@dataclass(frozen=True)
class Cell:
    """One page: its scene, the reference, the scene's form, the tail, a distractor, states."""

    scene: str
    ref: str
    form: str
    intro: str
    tail: str
    distractor: bool
    seed: int

    def states(self) -> list[State]:
        """Four states drawn from the seed: visitor, host, a second stop, another visitor."""
        return random.Random(self.seed).sample(STATES, 4)

    @property
    def id(self) -> str:
        """A readable test id."""
        bits = [self.scene, self.ref, self.form, self.intro, self.tail]
        return "-".join([*bits, "d" if self.distractor else "n", str(self.seed)])


def _ref(cell: Cell, v: State) -> str:
    """The traveller as the trip's sentence names him or her."""
    if cell.ref == "mr_surname":
        return ("Mr " if v.pronoun == "he" else "Ms ") + v.person.split()[-1]
    if cell.ref == "surname":
        return v.person.split()[-1]
    if cell.ref == "pronoun":
        return "He" if v.pronoun == "he" else "She"
    if cell.ref == "office":
        return f"The {v.title.lower()}"
    if cell.ref == "demonym":  # "The Kenyan president", "The Peruvian minister"
        return f"The {v.demonym} {v.title.split()[-1].lower()}"
    return f"Its {v.title.lower()}"


def _intro(cell: Cell, v: State) -> str:
    """The sentence before the trip: the traveller in full, or the state alone."""
    if cell.intro == "state_which":  # the state subject, then a relative clause on it
        return f"{v.name}, which buys most of its fuel abroad, reacted coolly on Monday."
    if cell.intro == "state" or cell.ref == "its":
        return f"{v.name} wants to widen its export markets, its trade ministry said on Monday."
    full = f"{v.demonym} {v.title} {v.person}"
    if cell.intro == "addressed":
        return f"{full} addressed parliament on Monday."
    return f"{full} said on Monday that exports had risen."


def _tail(cell: Cell, v: State) -> str:
    return f", officials in {v.capital} said." if cell.tail == "officials_said" else "."


def _ref_scene(cell: Cell) -> tuple[str, list[Event]]:
    v, h, _, o = cell.states()
    verb, after = TRIPS[cell.form]
    trip = f"{_ref(cell, v)} {verb} {h.capital} {after.format(hdem=h.demonym)}{_tail(cell, v)}"
    records: list[Event] = [("visit", "planned", sorted([v.code, h.code]), "2023-06")]
    sentences = [_intro(cell, v)]
    if cell.distractor:  # told first, so that "He" and "Its" still point to the intro
        sentences.insert(
            0,
            f"On Monday, {o.demonym} Defence Minister {o.person} visited {h.capital} for talks"
            " on fisheries.",
        )
        records.append(("visit", "held", sorted([o.code, h.code]), "2023-05-08"))
    return " ".join([*sentences, trip]), sorted(records)


def _onward(cell: Cell) -> tuple[str, list[Event]]:
    v, h, s, _ = cell.states()
    full = f"{v.demonym} {v.title} {v.person}"
    if cell.intro == "said":  # the first stop told as the tour's start
        first = f"{full} began a regional tour on Monday with a visit to {h.capital}."
        held: Event = ("visit", "held", sorted([v.code, h.code]), "2023-05-08")
    else:
        first = f"{full} held talks in {h.capital} on Monday with {h.demonym} officials."
        held = ("meeting", "held", sorted([v.code, h.code]), "2023-05-08")
    o = cell.states()[3]
    stops = f"{s.capital} and {o.capital}"
    who = _ref(cell, v)
    leg, iso = {
        "set_to_travel_on": (
            f"From {h.capital}, {who if cell.ref.endswith('surname') else who[0].lower() + who[1:]}"
            f" is set to travel on to {stops} for talks on energy and ports",
            None,
        ),
        "will_travel_on": (f"{who} will travel on to {stops} on Friday", "2023-05-12"),
        "due_to_fly_on": (f"{who} is due to fly on to {stops} on Friday", "2023-05-12"),
    }[cell.form]
    ahead: Event = ("visit", "planned", sorted([v.code, s.code, o.code]), iso)
    if cell.distractor:  # a plan placed in the traveller's own capital, told between
        plan = (
            f"The two sides also agreed that their joint commission would meet in {v.capital}"
            " before the end of the year."
        )
        commission: Event = ("meeting", "planned", sorted([v.code, h.code]), None)
        return f"{first} {plan} {leg}{_tail(cell, v)}", sorted([held, commission, ahead])
    text = f"{first} {leg}{_tail(cell, v)}"
    return text, sorted([held, ahead])


def _before(cell: Cell) -> tuple[str, list[Event]]:
    v, h, _, o = cell.states()
    conference = f"The Coastal Fisheries Conference will open in {o.capital} on June 25."
    full = f"{v.demonym} {v.title} {v.person}"
    pron = v.pronoun
    plan = {
        "said_would": f"{full} said in {v.capital} on Monday {pron} would visit {h.capital}"
        " before the conference",
        "said_in_would": f"{full} said in {v.capital} {pron} would visit {h.capital}"
        " before the conference",
        "will_visit": f"{full} will visit {h.capital} before the conference",
        "due_ahead": f"{full} is due to visit {h.capital} ahead of the meeting",
    }[cell.form]
    text = f"{conference} {plan} to talk about catch quotas with {h.demonym} officials."
    return text, [("visit", "planned", sorted([v.code, h.code]), None)]


def _group(cell: Cell) -> tuple[str, list[Event]]:
    v, h, _, _ = cell.states()
    who = {
        "ballet": f"The {v.name} National Ballet",
        "orchestra": f"The {v.name} Symphony Orchestra",
        "football_team": f"{v.name}'s national football team",
        "choir": f"A {v.demonym} children's choir",
        "theatre_troupe": f"A {v.demonym} theatre troupe",
        "exhibitors": f"Exhibitors from {v.name}",
        "delegation": f"A {v.demonym} government delegation",
        "culture_minister": f"{v.demonym} Culture Minister {v.person}",
    }[cell.form]
    plural = cell.form == "exhibitors"
    verb, status, iso = {
        "will_visit": (f"will visit {h.capital} in June", "planned", "2023-06"),
        "to_tour": (f"{'are' if plural else 'is'} to tour {h.name} in June", "planned", "2023-06"),
        "arrived": (f"arrived in {h.capital} on Monday", "held", "2023-05-08"),
        "visited": (f"visited {h.capital} on Monday", "held", "2023-05-08"),
        "return": (
            f"{'are' if plural else 'is'} to return to {h.capital} in June, the first such visit"
            f" to {h.name} in six years",
            "planned",
            "2023-06",
        ),
    }[cell.intro]
    text = f"{who} {verb}{_tail(cell, v)}"
    if cell.form in ("delegation", "culture_minister"):
        return text, [("visit", status, sorted([v.code, h.code]), iso)]
    return text, []


def page(cell: Cell) -> tuple[str, list[Event]]:
    """The page and the meetings the spec asks of it."""
    if cell.scene == "ref":
        return _ref_scene(cell)
    if cell.scene == "onward":
        return _onward(cell)
    if cell.scene == "before":
        return _before(cell)
    return _group(cell)


def _wanted_other(cell: Cell) -> int:
    """How many records of other kinds the page also gives (the conference to come)."""
    return 1 if cell.scene == "before" else 0


# Each scene reads its own forms; the ``intro`` choice doubles as the group's verb.
FORMS = [*TRIPS, *LEGS, *PLANS, *GROUPS]
CHOICES: dict[str, Sequence[object]] = {
    "scene": SCENES,
    "ref": REFS,
    "form": FORMS,
    "intro": [*INTROS, *GROUP_VERBS],
    "tail": TAILS,
    "distractor": [False, True],
    "seed": list(range(12)),
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write, each choice a scene does not read kept to its first value."""
    forms = {"ref": TRIPS, "onward": LEGS, "before": PLANS, "group": GROUPS}[cell.scene]
    if cell.form not in forms:
        return False
    intros = GROUP_VERBS if cell.scene == "group" else INTROS
    if cell.intro not in intros:
        return False
    if cell.scene == "ref":
        # "its" needs a sentence about the state; a pronoun or office one about the person
        return (cell.ref == "its") == cell.intro.startswith("state")
    if cell.scene == "onward":
        return cell.ref != "its" and cell.intro in ("said", "addressed")
    if cell.distractor:
        return False
    return cell.ref == REFS[0] and (cell.scene == "group" or cell.intro == INTROS[0])


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(7060), size=240, axis="form", tries=600)
)


def _read(cell: Cell) -> tuple[list[Event], list[Event]]:
    """The visits the library gives, and its meetings of other kinds."""
    text, _ = page(cell)
    got = read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings
    return [m for m in got if m[0] == "visit"], [m for m in got if m[0] != "visit"]


def _wanted(cell: Cell) -> tuple[list[Event], int]:
    want = page(cell)[1]
    return [m for m in want if m[0] == "visit"], len(want) - sum(m[0] == "visit" for m in want)


def failed(cell: Cell) -> bool:
    """Whether the library misreads the cell: its visits, or how many other records it gives."""
    visits, others = _read(cell)
    want_visits, want_others = _wanted(cell)
    return visits != want_visits or len(others) != want_others + _wanted_other(cell)


def _left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    if (
        cell.scene == "onward"
        and cell.distractor
        and cell.ref == "pronoun"
        # (a source in the traveller's capital names his state: "officials in Lima said";
        # after "From C1, he ..." the source's place is the tail's, no side)
        and (cell.tail == "none" or cell.form == "set_to_travel_on")
    ):
        # _antecedent's guard: a sentence naming nobody between a person and "he" leaves
        # the pronoun unread (there it may stand for anyone), so the leg loses its traveller
        return (
            "'X met Y in A. The two sides agreed ... He will travel on to B': a sentence"
            " naming nobody stands between 'He' and X, so the leg has no traveller's state"
        )
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, _left))
def test_itinerary_visits(cell: Cell) -> None:
    """Each cell gives the visits its choices call for, with their traveller's state."""
    text, want = page(cell)
    assert not failed(cell), (text, want, _read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, {k: v for k, v in CHOICES.items() if k != "seed"}, least=3)


if __name__ == "__main__":
    bad = {c: failed(c) for c in CELLS}
    for c in CELLS:
        if bad[c]:
            t, w = page(c)
            print(c.id, "\n ", t, "\n  want", w, "\n  got ", _read(c))
    for name, value, n, total in failure_table(CELLS, CHOICES, bad):
        if name != "seed":
            print(f"{name}={value}: {n}/{total}")
    print(sum(bad.values()), "of", len(CELLS), "fail")


# Near misses the rules must leave whole (text, the sides of each meeting): an official with
# performers still makes a visit, a tour in one sentence keeps every stop, "its" after a
# sentence about a state, and a trip's own talks beside another traveller's visit.
CONTROLS = [
    (
        "Peruvian Culture Minister Luis Carpa will accompany the national orchestra on a visit"
        " to Hanoi in June.",
        [["PER", "VNM"]],
    ),
    (
        "Peruvian Foreign Minister Luis Carpa will travel to Kenya, Norway and Chile next week.",
        [["CHL", "KEN", "NOR", "PER"]],
    ),
    (
        "Peru wants more gas. Its foreign minister is due in Quito next month for talks on a"
        " supply deal, officials in Lima said.",
        [["ECU", "PER"]],
    ),
    (
        "Kenyan President Joseph Wanjiru visited Rabat on Monday. Chilean President Pablo Rojas"
        " spoke to reporters. Mr Rojas is due in Rabat next month for talks on fisheries.",
        [["CHL", "MAR"], ["KEN", "MAR"]],
    ),
]


@pytest.mark.parametrize(("text", "sides"), CONTROLS)
def test_officials_and_tours_keep_their_sides(text: str, sides: list[list[str]]) -> None:
    """An official with performers, a tour and a traveller told by surname keep their sides."""
    got = read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings
    assert sorted(m[2] for m in got) == sides, text
