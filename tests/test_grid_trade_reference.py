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


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
