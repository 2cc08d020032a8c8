"""A grid of a visit's sides: onward stops, the next leg, the traveller's state, non-state groups.

Under spec/EXTRACTION.md section 2 a meeting's countries are "the states taking part", and a
visit's sides are "the visitor's and the host's state". Four scenes test what may creep in:

- ``aside``: talks in the host's capital with a guest "who left for C later in the day" (or
  "before flying on to C", "and will go on to C"): C is the guest's next stop, no side of the
  talks, and the aside tells no record of its own: one meeting of the two sides.
- ``next``: the talks, then a sentence of the guest's next leg ("The minister will fly on to
  C on Friday", "Carpa travelled on to C on Tuesday"): a visit of the guest's state and C,
  never of the host the guest has left.
- ``group``: a call, then "The call followed a visit to B last month by a delegation of A's
  business leaders": firms, students, journalists and investors are no state side, so no
  visit; a delegation of officials (the control) is one.
- ``list``: the host met the leaders of four states, then "The trade minister will travel to
  B in the spring": a visit of the traveller's state and its destination alone, not of
  every state the sentence before listed.

Pages are published on Wednesday 2023-05-10: "on Monday" is 2023-05-08, "on Tuesday" in a
past clause 2023-05-09, "on Friday" in a future one 2023-05-12. The expectation of a cell is
computed from its choices alone.

Before the fix 155 of 266 cells failed: an onward aside added its stop to a visit of three
states (and "who left for C" lost the talks' record), a next leg told by the office or a
pronoun kept the host it left, a visit by business people, students or journalists was a
visit of two states, and a trip told by an office alone after a list sentence took every
state of the list. After it none fails; 23 cells stayed strict xfails (``_left``): a next leg
told by "travel(led) on to" whose traveller is "He" or "The minister" made no trip at all,
a recall class (the trigger word tried for it split a tour told in one sentence in two).
tests/test_grid_itinerary.py's fix reads "He" and "The minister" as a trip's subject, the
official named before: none is left.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import (
    State,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)
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

# Each form belongs to a scene ("scene:form").
FORMS = [
    # The guest's onward stop told in the talks' own sentence.
    "aside:who_left",  # ", who left for C later in the day"
    "aside:who_flew_on",  # ", who flew on to C afterwards"
    "aside:who_then",  # ", who then travelled to C"
    "aside:before_flying",  # "before flying on to C" (the guest the subject)
    "aside:will_go_on",  # "and will go on to C on Friday" (the guest the subject)
    # The guest's next leg told in a sentence of its own.
    "next:will_travel_on",  # "will travel on to C on Friday"
    "next:will_fly_on",  # "will fly on to C on Friday"
    "next:travelled_on",  # "travelled on to C on Tuesday"
    "next:left_for",  # "left for C on Tuesday"
    # Who visited: people of no state, or officials (the control).
    "group:business_leaders",
    "group:company_executives",
    "group:students",
    "group:journalists",
    "group:investors",
    "group:officials",
    "group:lawmakers",
    # The traveller after a sentence listing states: told by its office alone, or by its demonym.
    "list:office",
    "list:demonym",
    "list:its",
]
# How the next sentence names the guest (``next``), or the host's gathering (``list``).
REFS = ["surname", "office", "pronoun"]
# How a stop is named.
PLACES = ["capital", "name"]
# How the talks are told (``aside`` and ``next``).
TALKS = ["held_talks", "met", "received"]


@dataclass(frozen=True)
class Cell:
    """One page: its form (scene and form), the next sentence's reference, the place, talks."""

    form: str
    ref: str
    place: str
    talks: str
    seed: int

    def states(self) -> list[State]:
        """The six states of the cell, drawn from its seed: host, guest, stop, and three more."""
        return random.Random(self.seed).sample(STATES, 6)

    @property
    def scene(self) -> str:
        """The scene the form belongs to."""
        return self.form.split(":")[0]


def _where(s: State, place: str) -> str:
    return s.capital if place == "capital" else s.name


def _talks(cell: Cell, host: State, guest: State, *, guest_first: bool) -> str:
    """The talks' clause in the host's capital on Monday, without its full stop."""
    h = f"{host.demonym} {host.title} {host.person}"
    g = f"{guest.demonym} {guest.title} {guest.person}"
    if guest_first:
        h, g = g, h
    if cell.talks == "held_talks":
        return f"{h} held talks in {host.capital} on Monday with {g}"
    if cell.talks == "met":
        return f"{h} met {g} in {host.capital} on Monday"
    if guest_first:
        return f"{g} received {h} in {host.capital} on Monday"
    return f"{h} received {g} in {host.capital} on Monday"


def _ref(cell: Cell, guest: State) -> str:
    if cell.ref == "surname":
        return guest.person.split()[-1]
    if cell.ref == "office":
        return f"The {guest.title.split()[-1].lower()}"
    return "He" if guest.pronoun == "he" else "She"


def page(cell: Cell) -> tuple[str, list[Event]]:
    """The page and the meetings the spec asks of it."""
    host, guest, stop, d, e, _ = cell.states()
    talks_held: Event = ("meeting", "held", sorted([host.code, guest.code]), "2023-05-08")
    to = _where(stop, cell.place)
    form = cell.form.split(":")[1]
    if cell.scene == "aside":
        if form == "before_flying":
            text = _talks(cell, host, guest, guest_first=True) + f" before flying on to {to}."
        elif form == "will_go_on":
            tail = f" and will go on to {to} on Friday."
            text = _talks(cell, host, guest, guest_first=True) + tail
        else:
            tail = {
                "who_left": f"who left for {to} later in the day",
                "who_flew_on": f"who flew on to {to} afterwards",
                "who_then": f"who then travelled to {to}",
            }[form]
            text = _talks(cell, host, guest, guest_first=False) + f", {tail}."
        return text, [talks_held]
    if cell.scene == "next":
        first = _talks(cell, host, guest, guest_first=False) + "."
        verb, when, iso, status = {
            "will_travel_on": ("will travel on to", "on Friday", "2023-05-12", "planned"),
            "will_fly_on": ("will fly on to", "on Friday", "2023-05-12", "planned"),
            "travelled_on": ("travelled on to", "on Tuesday", "2023-05-09", "held"),
            "left_for": ("left for", "on Tuesday", "2023-05-09", "held"),
        }[form]
        leg = f"{verb} {to} {when} for talks with {stop.demonym} officials."
        text = f"{first} {_ref(cell, guest)} {leg}"
        visit: Event = ("visit", status, sorted([guest.code, stop.code]), iso)
        return text, sorted([talks_held, visit])
    if cell.scene == "group":
        call = (
            f"{host.demonym} {host.title} {host.person} spoke by phone with"
            f" {guest.demonym} {guest.title} {guest.person} on Monday."
        )
        who = form.replace("_", " ")
        visit_by = f"a visit to {_where(host, cell.place)} last month by a delegation"
        text = f"{call} The call followed {visit_by} of {guest.demonym} {who}."
        records: list[Event] = [("call", "held", sorted([host.code, guest.code]), "2023-05-08")]
        if form in ("officials", "lawmakers"):
            records.append(("visit", "held", sorted([host.code, guest.code]), "2023-04"))
        return text, sorted(records)
    # list: the host met four leaders; its own minister then travels to one of them.
    listed = [guest, stop, d, e]
    names = ", ".join(s.name for s in listed[:-1]) + f" and {listed[-1].name}"
    lead = f"{host.demonym} {host.title} {host.person}"
    first = f"{lead} met the leaders of {names} in {host.capital} on Monday."
    subject = {
        "office": "The trade minister",
        "demonym": f"The {host.demonym} trade minister",
        "its": f"{host.name}'s trade minister",
    }[form]
    trip = f"will travel to {_where(stop, cell.place)} in the spring to take this work forward."
    text = f"{first} {subject} {trip}"
    gathering: Event = (
        "conference",
        "held",
        sorted(s.code for s in [host, *listed]),
        "2023-05-08",
    )
    visit = ("visit", "planned", sorted([host.code, stop.code]), "2023")
    return text, sorted([gathering, visit])


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "ref": list(REFS),
    "place": list(PLACES),
    "talks": list(TALKS),
    "seed": list(range(10)),
}


def _valid(cell: Cell) -> bool:
    # A choice a scene does not read is kept to its first value, so cells are not repeats.
    if cell.scene != "next" and cell.ref != REFS[0]:
        return False
    # "He left for C" may be either official's trip: only a name tells whose ("on to" does).
    if cell.form == "next:left_for" and cell.ref != "surname":
        return False
    return cell.scene in ("aside", "next") or cell.talks == TALKS[0]


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(6735), size=240, axis="form", tries=400)
)


# The cells the library still misreads, with the reason. A next leg told by "travel on to"
# whose traveller was "He" or "The minister" made no trip (23 strict xfails here); since
# tests/test_grid_itinerary.py's fix a pronoun or a bare "the minister" is a trip's subject
# too, and none is left.
def _left(cell: Cell) -> str | None:
    return None


def _read(cell: Cell) -> list[Event]:
    text, _ = page(cell)
    return read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings


@pytest.mark.parametrize(
    "cell", grid_params(CELLS, lambda c: "-".join(map(str, vars(c).values())), _left)
)
def test_visit_sides_are_the_visitor_and_the_host(cell: Cell) -> None:
    """A visit's sides are its traveller's state and its host's: no stop beyond, no group."""
    text, want = page(cell)
    assert _read(cell) == want, text


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(
        CELLS, {k: set(v) for k, v in CHOICES.items() if k != "seed"}, least=3
    )


if __name__ == "__main__":
    failed = {c: _read(c) != page(c)[1] for c in CELLS}
    for c in CELLS:
        if failed[c]:
            t, w = page(c)
            print(t, "\n  want", w, "\n  got ", _read(c))
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if name != "seed":
            print(f"{name}={value}: {bad}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "fail")


# Near misses the rules must leave whole: a tour keeps every stop, a guest's arrival aside is
# the visit the talks are on, a minister leading firms makes a visit, and so do officials
# travelling with business people.
CONTROLS = [
    (
        "Peruvian Foreign Minister Luis Carpa will travel to Kenya, Norway and Chile next week.",
        [["CHL", "KEN", "NOR", "PER"]],
    ),
    (
        "Kenyan President Joseph Wanjiru received Peruvian Foreign Minister Luis Carpa in Nairobi"
        " on Monday. Carpa will travel on to Norway and Chile later this week.",
        [["CHL", "NOR", "PER"], ["KEN", "PER"]],
    ),
    (
        "Peruvian Foreign Minister Luis Carpa, who arrived in Nairobi on Monday, held talks with"
        " Kenyan President Joseph Wanjiru.",
        [["KEN", "PER"]],
    ),
    (
        "Peruvian Trade Minister Luis Carpa will lead a delegation of 40 business leaders to"
        " Nairobi in June.",
        [["KEN", "PER"]],
    ),
    (
        "Kenyan President Joseph Wanjiru spoke by phone with Peruvian Foreign Minister Luis Carpa"
        " on Monday. The call followed a visit to Nairobi last month by a delegation of Peruvian"
        " officials and business leaders.",
        [["KEN", "PER"], ["KEN", "PER"]],
    ),
]


@pytest.mark.parametrize(("text", "sides"), CONTROLS)
def test_tours_and_officials_keep_their_sides(text: str, sides: list[list[str]]) -> None:
    """A tour keeps every stop, and officials travelling with firms still make a visit."""
    got = read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings
    assert sorted(m[2] for m in got) == sides, text
