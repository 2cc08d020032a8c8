"""A grid of trade figures whose owner a sentence-opening "Its" or "The country's" names.

Every cell is an invented page of three sentences (published 10 March 2009): a lead that
sets the story's state S beside a second state A ("S and A held talks on Monday", "S's
president visited A on Monday"), a sentence without a figure that opens with a subject, and
a sentence whose figure's owner is told only by reference, built from independent choices:

- the subject of the sentence before the figure: the state A ("A is the largest economy in
  the region"), the story's own state S (the control), a company ("Acme Holdings is the
  largest firm in A": "its" is the company's, and a company's exports are no state's
  trade), or A as S's partner ("A is S's largest supplier": "the country's" is then S, the
  state its possessive names, not the partner);
- the reference: "Its" or "The country's" (not "The country's" after a company, whose
  country it would be, nor "Its" after "A is S's largest supplier", A's or S's: readings a
  reader cannot settle, left out);
- a fronted date ("In 2008, its exports ...") or none;
- the figure's form: exports to a partner, trade with a partner, a trade surplus with a
  partner, or total exports with no partner (the world);
- the partner: the story's state S, a third state C, or none (only the world form);
- a paragraph break between the subject's sentence and the figure's, or none;
- the three states.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section 4,
never by running the library: "its" and "the country's" take up the subject of the
sentence just before, so the figure is A's after A's sentence, S's after S's (and after "A
is S's largest supplier"), and no record after the company's; its partner is the state
named after the flow (none for the world).

The classes the grid showed the library misread, both fixed (138 of 260 cells failed
before):

- a reference opening the sentence was always read as the story's state, so after a
  sentence about another state its figure went to the story's state, or was lost where its
  partner was the story's state itself (109 cells);
- "Its exports" after a sentence about a company was read as the story's state's figure,
  not as the company's (29 cells).

A second grid (``PairCell``, below) builds "Trade between the two countries totalled Z" in
a story of a state A's trade (lead: "A's trade deficit narrowed to X"), after a sentence
naming the other side B ("The minister will travel to B", "... a session of the A-B joint
committee", "... talks with B's trade minister", "A and B will hold talks"), with or
without a paragraph break before it, and with a third state C before it: a buyer of A's
goods ("C bought A-adjective goods worth Y", "C bought Y of A-adjective goods", "C took
A-adjective products worth Y"), C named with no figure ("C's envoy attended the
briefing"), or none. The records: A's balance, C's import from A, and A's turnover with B
(the two countries are A, the story's state, and B, the state the sentence just before
names). 70 of its 120 cells failed before; the class fixed (23 cells):

- a buyer of A's goods ("C bought A-adjective goods worth Y") became the story's state, so
  "the two countries" were C and B, or C and A.

Left as strict xfails (47 cells, ``pair_left``):

- "C took A-adjective products worth Y, the bureau said" gives no figure at all, a recall
  class of its own (the pair is read right; 26 cells);
- C named (as a buyer, or in passing) in the paragraph of "the two countries", B alone in
  the sentence just before: the two are read as A and C. Taking the state of the sentence
  just before broke the opposite reading other grids keep (tests/test_grid_anaphora.py,
  tests/test_grid_trade_flow_nouns.py: "the summit C will host", "investors from C" right
  before "the two countries" name no side), and B, named alone, is not yet told from such a
  state (21 cells).

A third grid (``WorldCell``, below) builds a pair's turnover ("A-B trade totaled X in
2023") followed, in the same sentence after ", while" or in the next, by one side's flow
with the world ("A's exports to the world", "B's imports from the rest of the world",
"A's trade with the world") or, as the control, with a third state C, after a lead that
pairs A and B (a visit, talks, a visit then a "Trade:" label) or none. The records: the
pair's turnover, and the side's flow with no partner (with C for the control). 17 of its
100 cells failed before, one class, fixed: "to (with, from) the world" after the flow was
not read as its partner, and the story's pair gave the flow the other side as partner.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, dashed_id, grid_params, sample_cells
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2009, 3, 10)
YEAR = ("2008-01-01", "2008-12-31")
VALUE = 3_400_000_000


class Trio(NamedTuple):
    """The story's state S, the subject state A and a third state C: (code, name) each."""

    s: tuple[str, str]
    a: tuple[str, str]
    c: tuple[str, str]


TRIOS = {
    "gha-nga": Trio(("GHA", "Ghana"), ("NGA", "Nigeria"), ("TGO", "Togo")),
    "rus-blr": Trio(("RUS", "Russia"), ("BLR", "Belarus"), ("POL", "Poland")),
    "per-chl": Trio(("PER", "Peru"), ("CHL", "Chile"), ("BOL", "Bolivia")),
    "vnm-lao": Trio(("VNM", "Vietnam"), ("LAO", "Laos"), ("THA", "Thailand")),
}
LEADS = {
    "talks": "{s} and {a} held talks on Monday.",
    "visit": "The president of {s} visited {a} on Monday.",
}
SUBJECTS = {
    "state": "{a} is the largest economy in the region.",
    "story": "{s} is a smaller economy than its neighbours.",
    "supplier": "{a} is {s}'s largest supplier.",
    "company": "Acme Holdings is the largest firm in {a}.",
}
REFERENCES = {"its": "its", "the-country": "the country's"}
FRONTS = {"none": "", "in-2008": "In 2008, "}
FORMS = {
    "exports-to": "{ref} exports to {b} were worth $3.4bn{when}.",
    "trade-with": "{ref} trade with {b} was worth $3.4bn{when}.",
    "surplus-with": "{ref} trade surplus with {b} was $3.4bn{when}.",
    "world-exports": "{ref} total exports were worth $3.4bn{when}.",
}
PARTNERS = ("story", "third", "none")
BREAKS = ("none", "paragraph")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page: the choices it is built from."""

    subject: str
    reference: str
    front: str
    form: str
    partner: str
    brk: str
    lead: str
    trio: str


def _page(cell: Cell) -> str:
    """The page the choices build."""
    trio = TRIOS[cell.trio]
    names = {"s": trio.s[1], "a": trio.a[1]}
    lead = LEADS[cell.lead].format(**names)
    opener = SUBJECTS[cell.subject].format(**names)
    partner = {"story": trio.s[1], "third": trio.c[1], "none": ""}[cell.partner]
    front = FRONTS[cell.front]
    ref = REFERENCES[cell.reference]
    ref = ref if front else ref[0].upper() + ref[1:]
    when = "" if front else " in 2008"
    figure = front + FORMS[cell.form].format(ref=ref, b=partner, when=when)
    gap = "\n\n" if cell.brk == "paragraph" else " "
    return f"{lead} {opener}{gap}{figure}"


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    trio = TRIOS[cell.trio]
    if cell.subject == "company":
        return _page(cell), []  # the company's exports: no state's trade
    owner = trio.a[0] if cell.subject == "state" else trio.s[0]  # the supplier's customer
    partner = {"story": trio.s[0], "third": trio.c[0], "none": None}[cell.partner]
    flow = {
        "exports-to": "export",
        "trade-with": "turnover",
        "surplus-with": "balance",
        "world-exports": "export",
    }[cell.form]
    return _page(cell), [(owner, partner, flow, VALUE, "USD", *YEAR, False)]


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page a reader can read one way."""
    if (cell.form == "world-exports") != (cell.partner == "none"):
        return False  # a partner form names one; the world form none
    if cell.subject in ("story", "supplier") and cell.partner == "story":
        return False  # no state trades with itself
    if cell.subject == "supplier" and cell.reference == "its":
        return False  # "A is S's supplier. Its exports ...": A's or S's, a reader cannot tell
    # "The country's" after a company's sentence is the company's country: left out.
    return not (cell.subject == "company" and cell.reference == "the-country")


CHOICES: dict[str, list[object]] = {
    "subject": list(SUBJECTS),
    "reference": list(REFERENCES),
    "front": list(FRONTS),
    "form": list(FORMS),
    "partner": list(PARTNERS),
    "brk": list(BREAKS),
    "lead": list(LEADS),
    "trio": list(TRIOS),
}

CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(11), size=260, axis="subject", tries=80)
)


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (a strict xfail), or ``None``."""
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, left, numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


class Side(NamedTuple):
    """A state of the pair grid: code, name, demonym."""

    code: str
    name: str
    demonym: str


SIDES = {
    "per-chl-jpn": (
        Side("PER", "Peru", "Peruvian"),
        Side("CHL", "Chile", "Chilean"),
        Side("JPN", "Japan", "Japanese"),
    ),
    "pak-chn-usa": (
        Side("PAK", "Pakistan", "Pakistani"),
        Side("CHN", "China", "Chinese"),
        Side("USA", "the United States", "American"),
    ),
    "tur-irn-deu": (
        Side("TUR", "Turkey", "Turkish"),
        Side("IRN", "Iran", "Iranian"),
        Side("DEU", "Germany", "German"),
    ),
    "ken-uga-gbr": (
        Side("KEN", "Kenya", "Kenyan"),
        Side("UGA", "Uganda", "Ugandan"),
        Side("GBR", "Britain", "British"),
    ),
}
# The sentence after the story's lead, of a third state C: a buyer of A's goods, its
# supplier, or C named with no figure, or none.
DISTRACTS = {
    "none": "",
    "bought": "{C} bought {a} goods worth 410 mln dlrs.",
    "bought-of": "{C} bought 410 mln dlrs of {a} goods.",
    "took": "{C} took {a} products worth 410 mln dlrs, the bureau said.",
    "named": "{C}'s envoy attended the briefing.",
}
# The sentence naming B before "the two countries": A and B, or B with A implied.
MIDS = {
    "travel": "The minister will travel to {B} in October.",
    "committee": "The minister will attend a session of the {A}-{B} joint committee in October.",
    "talks-with": "The minister will hold talks with {b}'s trade minister in October.",
    "and": "{A} and {B} will hold talks in October.",
}
PAIR_VERBS = {"totalled": "totalled", "was-worth": "was worth", "reached": "reached"}


@dataclasses.dataclass(frozen=True)
class PairCell:
    """One page of the pair grid: the choices it is built from."""

    distract: str
    mid: str
    verb: str
    brk: str
    sides: str


def _pair_page(cell: PairCell) -> str:
    """The page the pair grid's choices build."""
    a, b, c = SIDES[cell.sides]
    lead = f"{a.name}'s trade deficit narrowed to 2.1 billion dlrs in 2008."
    cap = c.name[0].upper() + c.name[1:]
    distract = DISTRACTS[cell.distract].format(C=cap, a=a.demonym)
    mid = MIDS[cell.mid].format(A=a.name, B=b.name, b=b.name)
    mid = mid[0].upper() + mid[1:]
    pair = f"Trade between the two countries {PAIR_VERBS[cell.verb]} 350 mln dlrs in 2008, he said."
    first = f"{lead} {distract}".strip()
    gap = "\n\n" if cell.brk == "paragraph" else " "
    return f"{first}{gap}{mid} {pair}"


def build_pair(cell: PairCell) -> tuple[str, list[Row]]:
    """The page and the records the pair grid's choices call for."""
    a, b, c = SIDES[cell.sides]
    rows: list[Row] = [(a.code, None, "balance", -2_100_000_000, "USD", *YEAR, False)]
    if cell.distract in ("bought", "bought-of", "took"):
        rows.append((c.code, a.code, "import", 410_000_000, "USD", *YEAR, False))
    rows.append((a.code, b.code, "turnover", 350_000_000, "USD", *YEAR, False))
    return _pair_page(cell), rows


PAIR_CHOICES: dict[str, list[object]] = {
    "distract": list(DISTRACTS),
    "mid": list(MIDS),
    "verb": list(PAIR_VERBS),
    "brk": list(BREAKS),
    "sides": list(SIDES),
}

PAIR_CELLS = list(
    sample_cells(
        PairCell,
        lambda _: True,
        PAIR_CHOICES,
        random.Random(5),
        size=120,
        axis="distract",
        tries=40,
    )
)


def pair_left(cell: PairCell) -> str | None:
    """Why the library still misreads a pair cell (a strict xfail), or ``None``."""
    if cell.distract == "took":
        # Not this class: the pair is read right, the buyer's own figure is not read at all.
        return "'C took A-adjective products worth Y, the bureau said' gives no figure"
    if cell.distract != "none" and cell.brk == "none" and cell.mid != "and":
        # A state named in passing just before "the two countries" is no side (see
        # tests/test_grid_anaphora.py): B, named alone, is not yet told from such a state.
        return "C and B in the paragraph: 'the two countries' are read as A and C"
    return None


@pytest.mark.parametrize("cell", grid_params(PAIR_CELLS, dashed_id, pair_left, numbered=True))
def test_pair_grid_cell(cell: PairCell) -> None:
    """Each pair cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_pair(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_pair_value_is_sampled() -> None:
    """Every value of every choice of the pair grid is met in several cells."""
    assert_every_value_sampled(PAIR_CELLS, PAIR_CHOICES)


# The third grid's pages: a pair's turnover, then one side's flow with the world (or, as
# the control, with a third state C).
WORLD_LEADS = {
    "visit": "The president of {A} welcomed the president of {B} on Monday. The visit "
    "highlights the partnership between {A} and {B}.",
    "talks": "{A} and {B} held talks on Monday.",
    "label": "The president of {A} welcomed the president of {B} on Monday. The visit "
    "highlights the partnership between {A} and {B}.\n\nTrade:",
    "none": "",
}
WORLD_FLOWS = {"exports": ("export", "to"), "imports": ("import", "from"), "trade": ("", "with")}
WORLD_PARTNERS = {
    "world": "the world",
    "rest": "the rest of the world",
    "third": "{C}",
}
JOINS = {"while": ", while ", "sentence": ". "}
WORLD_STATES = {
    "per-usa-chn": (
        Side("PER", "Peru", "Peruvian"),
        Side("USA", "the United States", "U.S."),
        Side("CHN", "China", "Chinese"),
    ),
    "ago-prt-bra": (
        Side("AGO", "Angola", "Angolan"),
        Side("PRT", "Portugal", "Portuguese"),
        Side("BRA", "Brazil", "Brazilian"),
    ),
    "vnm-jpn-kor": (
        Side("VNM", "Vietnam", "Vietnamese"),
        Side("JPN", "Japan", "Japanese"),
        Side("KOR", "South Korea", "South Korean"),
    ),
}


@dataclasses.dataclass(frozen=True)
class WorldCell:
    """One page of the world grid: the choices it is built from."""

    partner: str
    flow: str
    owner: str
    join: str
    lead: str
    states: str


def _cap(text: str) -> str:
    """``text`` with its first letter upper-cased."""
    return text[0].upper() + text[1:]


def _world_page(cell: WorldCell) -> str:
    """The page the world grid's choices build."""
    a, b, c = WORLD_STATES[cell.states]
    lead = WORLD_LEADS[cell.lead].format(A=a.name, B=b.name)
    owner = a if cell.owner == "first" else b
    prep = WORLD_FLOWS[cell.flow][1]
    partner = WORLD_PARTNERS[cell.partner].format(C=c.name)
    verb = "was" if cell.flow == "trade" else "were"
    pair = f"{_cap(a.name)}-{b.name.removeprefix('the ')} trade totaled $4 billion in 2023"
    if a.code == "PER" and b.code == "USA":
        pair = "U.S.-Peru trade totaled $4 billion in 2023"
    second = f"{owner.name}'s {cell.flow} {prep} {partner} {verb} $60 billion that year."
    second = _cap(second) if cell.join == "sentence" else second
    return f"{lead} {pair}{JOINS[cell.join]}{second}".strip()


def build_world(cell: WorldCell) -> tuple[str, list[Row]]:
    """The page and the records the world grid's choices call for."""
    a, b, c = WORLD_STATES[cell.states]
    owner = a if cell.owner == "first" else b
    partner = c.code if cell.partner == "third" else None
    flow = WORLD_FLOWS[cell.flow][0] or "turnover"
    return _world_page(cell), [
        (a.code, b.code, "turnover", 4_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
        (owner.code, partner, flow, 60_000_000_000, "USD", "2023-01-01", "2023-12-31", False),
    ]


WORLD_CHOICES: dict[str, list[object]] = {
    "partner": list(WORLD_PARTNERS),
    "flow": list(WORLD_FLOWS),
    "owner": ["first", "second"],
    "join": list(JOINS),
    "lead": list(WORLD_LEADS),
    "states": list(WORLD_STATES),
}
WORLD_PUBLISHED = dt.date(2024, 6, 1)

WORLD_CELLS = list(
    sample_cells(
        WorldCell,
        lambda _: True,
        WORLD_CHOICES,
        random.Random(3),
        size=100,
        axis="partner",
        tries=40,
    )
)


@pytest.mark.parametrize("cell", grid_params(WORLD_CELLS, dashed_id, lambda _: None, numbered=True))
def test_world_grid_cell(cell: WorldCell) -> None:
    """Each world cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_world(cell)
    assert scored(trade_rows(body, WORLD_PUBLISHED)) == scored(expected), body


def test_every_world_value_is_sampled() -> None:
    """Every value of every choice of the world grid is met in several cells."""
    assert_every_value_sampled(WORLD_CELLS, WORLD_CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    if sys.argv[1:2] == ["pairs"]:
        report_trade_grid(PAIR_CELLS, PAIR_CHOICES, build_pair, PUBLISHED, sys.argv[2:])
    elif sys.argv[1:2] == ["world"]:
        report_trade_grid(WORLD_CELLS, WORLD_CHOICES, build_world, WORLD_PUBLISHED, sys.argv[2:])
    else:
        report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
