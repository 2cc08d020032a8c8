"""A grid of counted references: "the three countries", "the four states", "the three powers".

News names the states of a story once, as a list ("A, B and C agreed to cut tariffs"), and
then tells their event by a counted reference: "Trade ministers of the three countries met
on Monday", "the four nations will sign a memorandum". Under spec/EXTRACTION.md sections 2
and 3 the sides (parties) are "the states the text names or clearly refers to": a counted
reference clearly refers to the list the article names with exactly that count, the
nearest one before it or, where none precedes it, a later one in the same paragraph. A
count no list fits (the only list has one state more, or one of its items is no state)
refers to no state the reader can tell, so no listed state is a side by it.

The counted noun may also be the sides as people or teams ("the three leaders", "the
three delegations", "the three foreign ministers"): the table below keeps those, and a
gathering's next sitting told by them ("the three ministers will meet again") stays that
gathering's (a conference of its body).

Each cell is a short invented page (published on Wednesday 2023-05-10, the event on
"Monday": 2023-05-08 when done, 2023-05-15 when to come) built from independent choices:

- ``count``: three or four states in the list (and in the reference; "the two countries"
  and "both sides" are read by the older rules of a story's pair, not by this grid's);
- ``form``: the reference's noun ("the N countries", "states", "nations", "powers");
- ``event``: talks held, talks to come, a memorandum signed, an agreement to be signed;
- ``where``: the list in the sentence before, in an earlier paragraph, or after the event
  in the same paragraph;
- ``distractor``: none, another pair of states named between list and event ("X and Y sent
  observers"), a third state after the event, or the list spoiled (one state more than the
  count, or a non-state item among them: the negative cells);
- ``quad``: the four states the lists are drawn from.

A cell passes when the page's meetings and agreements are exactly the expected ones (kind,
status, sorted sides, date; four states' talks may be a conference); a negative cell passes
when no record has two or more of the listed states among its sides.

Before the library resolved counted references (text._referents.counted_states), 143 of
240 cells failed: 118 positive cells (108 lost the talks or the signing for want of a
side, 10 gave it the other pair or two of the listed states) and the 25 negative cells that
still fail. Now 215 pass; what it still misses is ``known_gap``'s: those 25 negative cells,
where an older agreement rule reads a spoiled list's states as the signers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells
from grid_records import Event, read

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday
HELD, TO_COME = "2023-05-08", "2023-05-15"


@dataclasses.dataclass(frozen=True)
class Quad:
    """Four states (names, codes) and a city of the first; two other states for distractors."""

    names: tuple[str, str, str, str]
    codes: tuple[str, str, str, str]
    city: str
    others: tuple[str, str]
    lone: str

    @property
    def id(self) -> str:
        """The first state's code."""
        return self.codes[0]


QUADS = [
    Quad(("Kenya", "Uganda", "Tanzania", "Burundi"), ("KEN", "UGA", "TZA", "BDI"), "Nairobi",
         ("Rwanda", "Ethiopia"), "Somalia"),
    Quad(("Peru", "Chile", "Ecuador", "Bolivia"), ("PER", "CHL", "ECU", "BOL"), "Lima",
         ("Brazil", "Argentina"), "Colombia"),
    Quad(("Poland", "Lithuania", "Latvia", "Estonia"), ("POL", "LTU", "LVA", "EST"), "Warsaw",
         ("Sweden", "Finland"), "Norway"),
    Quad(("Vietnam", "Laos", "Cambodia", "Thailand"), ("VNM", "LAO", "KHM", "THA"), "Hanoi",
         ("Japan", "Australia"), "India"),
]  # fmt: skip

COUNTS = [3, 4]
WORDS = {3: "three", 4: "four"}
FORMS = ["countries", "states", "nations", "powers"]
EVENTS = ["talks_held", "talks_planned", "signed", "to_sign"]
WHERES = ["before", "paragraph", "after"]
DISTRACTORS = ["none", "pair_between", "third_after", "one_more", "non_state"]


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    count: int
    form: str
    event: str
    where: str
    distractor: str
    quad: Quad

    @property
    def id(self) -> str:
        """A readable test id."""
        return "-".join(
            (str(self.count), self.form, self.event, self.where, self.distractor, self.quad.id)
        )

    @property
    def negative(self) -> bool:
        """Whether no list of the page fits the count."""
        return self.distractor in ("one_more", "non_state")


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: four states leave none to add to a list."""
    return not (cell.distractor == "one_more" and cell.count == 4)


def _listed(names: list[str]) -> str:
    """Names as news lists them: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _list_sentence(cell: Cell) -> str:
    """The sentence that names the states (one more, or a non-state among them, if spoiled)."""
    names = list(cell.quad.names[: cell.count])
    if cell.distractor == "one_more":
        names = list(cell.quad.names[: cell.count + 1])
    elif cell.distractor == "non_state":
        names[1] = "the World Bank"
    return f"{_listed(names)} agreed last year to cut tariffs on farm goods."


def _reference(cell: Cell) -> str:
    """The counted reference, lower case."""
    return f"the {WORDS[cell.count]} {cell.form}"


def _event_sentence(cell: Cell) -> str:
    """The sentence that tells the event by the counted reference."""
    ref = _reference(cell)
    return {
        "talks_held": f"Trade ministers of {ref} met on Monday to discuss the tariffs.",
        "talks_planned": f"Trade ministers of {ref} will meet on Monday to discuss the tariffs.",
        "signed": f"On Monday, {ref} signed a memorandum on transit.",
        "to_sign": f"On Monday, {ref} will sign an agreement on transit.",
    }[cell.event]


def body(cell: Cell) -> str:
    """The page: paragraphs of the list, the distractor and the event in the cell's order."""
    q = cell.quad
    listing, event = _list_sentence(cell), _event_sentence(cell)
    between = (
        f"{q.others[0]} and {q.others[1]} sent observers."
        if (cell.distractor == "pair_between")
        else ""
    )
    after = f"{q.lone} was not invited." if cell.distractor == "third_after" else ""
    if cell.where == "before":
        paragraphs = [" ".join(s for s in (listing, between, event, after) if s)]
    elif cell.where == "paragraph":
        paragraphs = [
            " ".join(s for s in (listing, "The cuts take effect in June.") if s),
            " ".join(s for s in (between, event, after) if s),
        ]
    else:
        paragraphs = [" ".join(s for s in (event, between, listing, after) if s)]
    return "\n\n".join(paragraphs)


def expected(cell: Cell) -> tuple[list[Event], list[Event]]:
    """The meetings and agreements the spec asks for (the positive cells' only)."""
    sides = sorted(cell.quad.codes[: cell.count])
    if cell.event == "talks_held":
        return [("meeting", "held", sides, HELD)], []
    if cell.event == "talks_planned":
        return [("meeting", "planned", sides, TO_COME)], []
    if cell.event == "signed":
        return [], [("memorandum", "signed", sides, HELD)]
    return [], [("agreement", "planned", sides, TO_COME)]


def failures(cell: Cell) -> list[str]:
    """What the page's records get wrong: missing and extra ones, or a spoiled list's sides."""
    got = read(extract(Article(id="t", body=body(cell), published=PUBLISHED)))
    if cell.negative:
        listed = set(cell.quad.codes[: cell.count + 1])
        return [
            f"sides from a spoiled list: {e}"
            for e in [*got.meetings, *got.agreements]
            if len(listed & set(e[2])) >= 2
        ]
    meetings, agreements = expected(cell)
    if cell.count == 4:
        # four states' talks may be read as a conference: the kind is not this grid's class
        got.meetings = [("meeting", *m[1:]) for m in got.meetings]
    want, have = [*meetings, *agreements], [*got.meetings, *got.agreements]
    return [f"missing {e}" for e in want if e not in have] + [
        f"extra {e}" for e in have if e not in want
    ]


CHOICES: dict[str, list[Any]] = {
    "count": COUNTS,
    "form": FORMS,
    "event": EVENTS,
    "where": WHERES,
    "distractor": DISTRACTORS,
    "quad": QUADS,
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(41), size=240, axis="distractor", tries=30,
        cover_axis=True,
    )
)  # fmt: skip


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if not cell.negative:
        return None
    agreement = cell.event in ("signed", "to_sign")
    if agreement and (
        cell.where == "before" or (cell.where == "paragraph" and cell.event == "to_sign")
    ):
        return (
            "an agreement of 'the N states' after a spoiled list: the older rule that takes"
            " a signing's sides from the states named before it still gives the listed ones"
        )
    return None


# Rows that keep each rule whatever the seeded sample draws (class, page, meetings,
# agreements), with near misses that must stay as they are.
TABLE: list[tuple[str, str, list[Event], list[Event]]] = [
    (
        "counted-later-in-paragraph",
        "The four states will sign a customs accord on Monday, officials said. Chad, Niger,"
        " Mali and Benin want it in force by June.",
        [],
        [("agreement", "planned", ["BEN", "MLI", "NER", "TCD"], TO_COME)],
    ),
    (
        "counted-with-adjective",
        "Talks on the dam stalled after Egypt objected. Britain, France and Germany offered"
        " help. On Monday, Egypt signed a memorandum with the three European countries.",
        [],
        [("memorandum", "signed", ["DEU", "EGY", "FRA", "GBR"], HELD)],
    ),
    (
        "counted-people",
        "Chad, Niger and Mali set up a border hotline last year. The three leaders met in"
        " Niamey on Monday.",
        [("meeting", "held", ["MLI", "NER", "TCD"], HELD)],
        [],
    ),
    (
        "counted-meet-again",
        "NIAMEY, May 10 - Chad, Niger and Mali ended a two-day meeting of the ECO Council of"
        " Ministers here on Monday. The three ministers will meet again in Bamako in June,"
        " officials said.",
        [
            ("conference", "held", ["MLI", "NER", "TCD"], "2023-05-07"),
            ("conference", "planned", ["MLI", "NER", "TCD"], "2023-06"),
        ],
        [],
    ),
    (
        "counted-after-opening-phrase",
        "On Monday, Chad, Niger and Mali agreed to cut tariffs. The three countries will sign"
        " a memorandum in June.",
        [],
        [("memorandum", "planned", ["MLI", "NER", "TCD"], "2023-06")],
    ),
    (
        "near-miss:count-fits-no-list",
        "Chad, Niger, Mali and Benin cut tariffs. On Monday, the three countries signed a"
        " memorandum on roads with Ghana.",
        [],
        [("memorandum", "signed", ["GHA"], HELD)],
    ),
    (
        "near-miss:lines-meet",
        "Chad, Niger and Mali ratified a treaty on Monday. It fixes the point where the"
        " borders of the three countries meet.",
        [],
        [("treaty", "ratified", ["MLI", "NER", "TCD"], HELD)],
    ),
    (
        "near-miss:series-held",
        "The sixth meeting of the energy ministers of Chad, Niger and Mali was held in Niamey"
        " on Monday. Such meetings of the ministers of the three countries have been held"
        " regularly since 2015.",
        [("meeting", "held", ["MLI", "NER", "TCD"], HELD)],
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "meetings", "agreements"), TABLE)
def test_counted_refs_table(
    cls: str, text: str, meetings: list[Event], agreements: list[Event]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    got = read(extract(Article(id="t", body=text, published=PUBLISHED)))
    assert (got.meetings, got.agreements) == (meetings, agreements), cls


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_counted_refs(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = value.id if isinstance(value, Quad) else value
        print(f"{name:10} {label!s:14} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + body(c).replace("\n", " | "))
