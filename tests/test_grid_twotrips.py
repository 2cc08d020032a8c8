"""A grid of two events in one sentence: each keeps its own sides, status and date.

A sentence may tell two events joined by ", and", ", while", ", whereas" or "; ": "A's
president will visit B on Friday, while C's minister held talks with D's minister on
Monday". Under spec/EXTRACTION.md section 2 ("each distinct event counts once") these are
two records, each with the two states of its own clause, its own status and its own date.
The controls are tours ("will travel to B and then to C"): one trip to several countries
is one visit with every state it reaches.

Each cell draws the connective, the tenses of the two clauses, the form each clause tells
its sides in, which clauses carry a date, and the states; the expectation is computed from
the choices alone. Pages are published on Wednesday 2023-05-10: "on Monday" in a past
clause is 2023-05-08, "on Friday" in a future one 2023-05-12.

Before the fix 118 of 245 cells failed: a clause's sides were given to the event of the
other one after ", and", ", while" or ", whereas" (two records of all four states, or one
"conference" of them), and a past clause after "; " or ", whereas" took the tense and the
weekday of the plan before it. After it 8 fail, all tours whose next leg has its own verb
("and went on to C"), left as strict xfails in ``LEFT``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import State, assert_every_value_sampled, by_value, grid_params, sample_cells
from grid_records import Event, read

PUBLISHED = "2023-05-10"  # a Wednesday

STATES = [
    State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Luis Carpa"),
    State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Joseph Wanjiru"),
    State("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Ingrid Solberg", "she"),
    State("VNM", "Vietnam", "Vietnamese", "Hanoi", "President", "Tran Van Minh"),
    State("MAR", "Morocco", "Moroccan", "Rabat", "Foreign Minister", "Karim Bennani"),
    State("CHL", "Chile", "Chilean", "Santiago", "President", "Pablo Rojas"),
    State("JOR", "Jordan", "Jordanian", "Amman", "Prime Minister", "Omar Haddad"),
    State("FIN", "Finland", "Finnish", "Helsinki", "Foreign Minister", "Aino Virtanen", "she"),
]

CONNECTIVES = {"and": ", and ", "while": ", while ", "semicolon": "; ", "whereas": ", whereas "}
# The two clauses' tenses: (first, second), "held" or "planned".
TENSES = ["held-planned", "planned-held", "held-held", "planned-planned"]
# How a clause tells its two sides (the kind it gives).
FORMS = {
    "of_visit": "visit",
    "possessive_met": "meeting",
    "talks_with": "meeting",
    "demonym_visit": "visit",
}
DATED = ["both", "none", "first", "second"]
TOURS = ["none", "then", "went_on"]


@dataclass(frozen=True)
class Cell:
    """One sentence of two events, or of one tour (``tour`` not "none")."""

    connective: str
    tenses: str
    first: str
    second: str
    dated: str
    tour: str
    seed: int

    def states(self) -> list[State]:
        """The four states of the cell, drawn from its seed."""
        return random.Random(self.seed).sample(STATES, 4)


def _date(held: bool, dated: bool) -> tuple[str, str | None]:
    if not dated:
        return "", None
    return (" on Monday", "2023-05-08") if held else (" on Friday", "2023-05-12")


def clause(form: str, held: bool, p: State, q: State, when: str, *, lead: bool) -> str:
    """A clause in which ``p``'s official meets ``q`` (its first word capitalised if ``lead``)."""
    role = p.title.lower()
    if form == "of_visit":
        verb = "visited" if held else "will visit"
        text = f"{p.title} {p.person} of {p.name} {verb} {q.name}{when}"
    elif form == "possessive_met":
        verb = "met" if held else "will meet"
        text = f"{p.name}'s {role} {verb} {q.name}'s {q.title.lower()}{when}"
    elif form == "talks_with":
        verb = "held talks" if held else "will hold talks"
        own = "his" if p.pronoun == "he" else "her"
        text = (
            f"the {p.demonym} {role} {verb} with {own} {q.demonym} counterpart in {q.capital}{when}"
        )
    else:
        verb = "visited" if held else "will travel to"
        text = f"the {p.demonym} {role} {verb} {q.capital}{when}"
    return text[0].upper() + text[1:] if lead else text


def page(cell: Cell) -> tuple[str, list[Event]]:
    """The sentence and the records the spec asks of it."""
    a, b, c, d = cell.states()
    held1, held2 = (t == "held" for t in cell.tenses.split("-"))
    if cell.tour != "none":
        when, iso = _date(held1, cell.dated in ("both", "first"))
        if cell.tour == "then":
            verb = "travelled to" if held1 else "will travel to"
            text = f"The {a.demonym} {a.title.lower()} {verb} {b.name}{when} and then to {c.name}."
        else:
            verb = "visited" if held1 else "will visit"
            more = "went on" if held1 else "will then go on"
            text = f"{a.title} {a.person} of {a.name} {verb} {b.name}{when} and {more} to {c.name}."
        status = "held" if held1 else "planned"
        return text, [("visit", status, sorted([a.code, b.code, c.code]), iso)]
    when1, iso1 = _date(held1, cell.dated in ("both", "first"))
    when2, iso2 = _date(held2, cell.dated in ("both", "second"))
    one = clause(cell.first, held1, a, b, when1, lead=True)
    two = clause(cell.second, held2, c, d, when2, lead=False)
    text = one + CONNECTIVES[cell.connective] + two + "."
    records = [
        (FORMS[cell.first], "held" if held1 else "planned", sorted([a.code, b.code]), iso1),
        (FORMS[cell.second], "held" if held2 else "planned", sorted([c.code, d.code]), iso2),
    ]
    return text, sorted(records)


CHOICES: dict[str, list[object]] = {
    "connective": list(CONNECTIVES),
    "tenses": list(TENSES),
    "first": list(FORMS),
    "second": list(FORMS),
    "dated": list(DATED),
    "tour": [*(["none"] * 5), *TOURS[1:]],
    "seed": list(range(40)),
}


def _valid(cell: Cell) -> bool:
    # A tour is one trip joined by "and": its choice of a connective is moot, kept to one value.
    return cell.tour == "none" or cell.connective == "and"


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(6291), size=240, axis="connective", tries=400)
)

# The cells the library still misreads, by choice value, with the reason.
LEFT: dict[tuple[str, str], str] = {
    ("tour", "went_on"): "a tour's next leg told by its own verb ('and went on to C') is not"
    " read as a destination of the same trip: a tour class, not two events' sides",
}


def _read(cell: Cell) -> list[Event]:
    text, _ = page(cell)
    return read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings


@pytest.mark.parametrize(
    "cell", grid_params(CELLS, lambda c: "-".join(map(str, vars(c).values())), by_value(LEFT))
)
def test_two_events_keep_their_sides(cell: Cell) -> None:
    """Each event of the sentence is its own record, with its own sides, status and date."""
    text, want = page(cell)
    assert _read(cell) == want, text


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(
        CELLS, {k: set(v) for k, v in CHOICES.items() if k != "seed"}, least=3
    )


if __name__ == "__main__":
    bad = 0
    for c in CELLS:
        t, w = page(c)
        g = _read(c)
        if g != w:
            bad += 1
            print(t, "\n  want", w, "\n  got ", g)
    print(bad, "of", len(CELLS), "fail")


# Near misses the clause rule must leave whole: a list's last name, a relative aside closed
# by the comma, a first clause that tells no event (its states are the second's sides).
CONTROLS = [
    (
        "The foreign ministers of Peru, Kenya, and Chile met in Lima on Monday.",
        [["CHL", "KEN", "PER"]],
    ),
    (
        "The Norwegian prime minister, who came to Chile on an official visit, and the Chilean"
        " president held talks in Santiago on Monday.",
        [["CHL", "NOR"], ["CHL", "NOR"]],
    ),
    (
        "Peru and Kenya signed a trade accord in March, and on Monday their foreign ministers met"
        " in Nairobi.",
        [["KEN", "PER"]],
    ),
]


@pytest.mark.parametrize(("text", "sides"), CONTROLS)
def test_one_clause_keeps_its_sides(text: str, sides: list[list[str]]) -> None:
    """A sentence of one event keeps every state its clause names."""
    got = read(extract(Article(id="g", body=text, published=PUBLISHED))).meetings
    assert sorted(m[2] for m in got) == sides, text
