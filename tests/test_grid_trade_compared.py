"""A grid of trade figures compared with an earlier period: which flow, year, partner each has.

Every cell is one invented sentence (in wire copy after a dateline and a lead of no trade,
or a page of that sentence alone) of a state's trade figures for a period set beside the
figures of an earlier period, in one of four shapes:

- ``respectively``: two flows told together and their earlier values listed after them in
  the same order ("exports totalled X and imports Y, compared with X0 and Y0 respectively
  a year earlier");
- ``customer``: a partner ranked as the state's largest customer (or supplier) "taking
  goods worth X, against X0 in 1985", or one that "overtook C as" the largest, whose
  figure may be compared with the rival's ("compared with X0 shipped to C");
- ``overall``: a balance with a partner compared with an earlier period, then a clause of
  the state's overall balance ("..., even as the state posted its first global surplus,
  of Z");
- ``group``: the European Community's balance with the state compared with an earlier
  period, then the Community's bare flows with it ("Imports from B rose to Y while
  Community exports to B fell to Z").

Each cell draws the shape, the state (and its currency and partner), the main period's
form, the earlier period's form, the connective ("compared with", "against", "versus"), a
variant of the shape (the flows' order, where "respectively" stands or whether it is
there, the customer's flow or an aside after its amount, the overall clause's words, the
group's name and its flows' order) and the page. The records a cell must give are
computed from the choices by spec/EXTRACTION.md section 4, never by running the library:

- each amount is a record (a comparison's amount is a figure of its own, as
  tests/test_grid_trade_comparisons.py counts in the owners' keys);
- a list of earlier amounts goes to the flows in the order the flows were told, with or
  without "respectively", each for the earlier period;
- the earlier amount of a ranked partner ("against X0 in 1985") is the same flow with the
  same partner (a partner's figure stays the partner's when it is compared); the state
  that "overtook C as" the largest is the ranked one, not the rival C, and a rival's
  amount with its own partner ("X0 shipped to C") is C's for the same period;
- the overall figure is the state's balance with the world (partner null) for the main
  period: the earlier period names only the base of the comparison before it;
- in a story of the Community's trade with B, a bare "imports from B" is the Community's
  (spec section 1: the EC is the group "EU"). The owners' keys (shared/gold/dev.jsonl) key
  the Community's own figures as records, from the partner's side: "EC exports to Japan"
  is Japan's import from "EU", "the EC's trade deficit with Japan" Japan's surplus with it
  (reuters-16139, 4 of 4 such figures keyed); the scorer pairs either side's wording.

The owners' keys also decided what the grid leaves alone: a plain "dlrs" in a story
datelined in a state with a dollar of its own is keyed as U.S. dollars (12 of 12 such
amounts of the dev key, all of one Wellington story), so the grid's dollars are USD and
the library's reading of them is not changed.

Before the fix, 213 of the 300 cells failed: every ``respectively`` cell (the first
earlier amount took the second flow, or both were dropped), every ``customer`` cell (the
earlier amount took the other flow, or no record; "overtook C as" ranked the rival C),
the ``overall`` cells whose earlier period was a year named (the overall figure took that
year) and the ``group`` cells whose bare "imports from B" came before the Community was
named in their sentence (no record).
After it 296 pass; the 4 left (``left``) are strict xfails of one period reader's gap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, dashed_id, grid_params, sample_cells
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(1987, 3, 19)


class State(NamedTuple):
    """A reporter, its dateline city, its currency's word and code, a partner and a rival."""

    name: str
    code: str
    city: str
    word: str
    currency: str
    partner: str
    partner_code: str
    rival: str
    rival_code: str


STATES = [
    State("Malaysia", "MYS", "KUALA LUMPUR", "ringgit", "MYR", "Japan", "JPN", "Singapore", "SGP"),
    State("Turkey", "TUR", "ANKARA", "dlrs", "USD", "Italy", "ITA", "Iraq", "IRQ"),
    State("Kenya", "KEN", "NAIROBI", "Kenya shillings", "KES", "India", "IND", "Pakistan", "PAK"),
    State("Chile", "CHL", "SANTIAGO", "dlrs", "USD", "France", "FRA", "Brazil", "BRA"),
]

# The main period: (words, start, end, the earlier period told explicitly).
MAINS: dict[str, tuple[str, str, str, str]] = {
    "last-year": ("last year", "1986-01-01", "1986-12-31", "in 1985"),
    "year": ("in 1986", "1986-01-01", "1986-12-31", "in 1985"),
    "two-months": (
        "in the first two months of 1987",
        "1987-01-01",
        "1987-02-28",
        "in the same period of 1986",
    ),
    "half": (
        "in the second half of 1986",
        "1986-07-01",
        "1986-12-31",
        "in the second half of 1985",
    ),
}

# The earlier period's form: the same months a year before, told or not.
EARLIERS = ["year-earlier", "explicit", "year-before"]

CONNECTIVES = ["compared with", "against", "versus"]

# The shape's variant: two for each shape.
VARIANTS: dict[str, tuple[str, ...]] = {
    "respectively": ("exports-first", "imports-first", "respectively-last", "no-respectively"),
    "customer": ("taking", "buying", "supplier", "aside", "overtook", "rival"),
    "overall": ("even-as", "while", "although", "surplus-pair"),
    "group": ("imports-then-exports", "exports-then-imports", "eec", "group-surplus"),
}
SHAPES = list(VARIANTS)
ALL_VARIANTS = sorted({v for vs in VARIANTS.values() for v in vs})

PAGES = ["wire", "plain"]

X, Y, X0, Y0, Z = 5_430_000_000, 3_570_000_000, 4_710_000_000, 3_590_000_000, 4_210_000_000


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    shape: str
    variant: str
    state: int
    main: str
    earlier: str
    connective: str
    page: str


def _amount(value: int, word: str | None) -> str:
    """A value in billions as wire copy writes it ("5.43 billion dlrs"; bare with no word)."""
    number = f"{value / 1e9:.2f}".rstrip("0").rstrip(".")
    return f"{number} billion {word}" if word else f"{number} billion"


def _earlier(cell: Cell) -> tuple[str, str, str]:
    """(words, start, end) of the earlier period: the main period's months a year before."""
    _, start, end, explicit = MAINS[cell.main]
    words = {
        "year-earlier": "a year earlier",
        "explicit": explicit,
        "year-before": "the year before"
        if cell.main in ("last-year", "year")
        else "in the same months a year before",
    }[cell.earlier]
    return words, str(int(start[:4]) - 1) + start[4:], str(int(end[:4]) - 1) + end[4:]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def build(cell: Cell) -> tuple[str, list[Row]]:
    """(body, expected records) of a cell, from its choices and the spec's rules."""
    s = STATES[cell.state]
    when, start, end, _ = MAINS[cell.main]
    before, b_start, b_end = _earlier(cell)
    conn, cur = cell.connective, s.currency
    expected: list[Row] = []
    if cell.shape == "respectively":
        flows = ["export", "import"]
        if cell.variant == "imports-first":
            flows.reverse()
        nouns = {"export": "exports", "import": "imports"}
        first, second = flows
        listed = f"{_amount(X0, None)} and {_amount(Y0, None)}"
        if cell.variant == "respectively-last":
            tail = f"{conn} {listed} {before} respectively"
        elif cell.variant == "no-respectively":
            tail = f"{conn} {listed} {before}"
        else:
            tail = f"{conn} {listed} respectively {before}"
        sentence = (
            f"{s.name}'s {nouns[first]} {when} totalled {_amount(X, s.word)} and "
            f"{nouns[second]} {_amount(Y, None)}, {tail}."
        )
        for flow, now, then in ((first, X, X0), (second, Y, Y0)):
            expected.append((s.code, None, flow, now, cur, start, end, False))
            expected.append((s.code, None, flow, then, cur, b_start, b_end, False))
    elif cell.shape == "customer":
        flow = "import" if cell.variant == "supplier" else "export"
        rank = "supplier" if flow == "import" else "customer"
        verb = {
            "taking": "taking goods worth",
            "buying": "buying goods worth",
            "supplier": "selling it goods worth",
            "aside": "taking goods worth",
            "overtook": "buying goods worth",
            "rival": "buying goods worth",
        }[cell.variant]
        aside = ", or about 19 pct of the total," if cell.variant == "aside" else ""
        ranked = f"overtook {s.rival} as" if cell.variant in ("overtook", "rival") else "remained"
        head = f"{s.partner} {ranked} {s.name}'s largest {rank} {when}, {verb} "
        expected.append((s.code, s.partner_code, flow, X, cur, start, end, False))
        if cell.variant == "rival":
            # The rival's figure is compared for the same period: the rival is its partner.
            sentence = (
                f"{head}{_amount(X, s.word)}, {conn} {_amount(X0, s.word)} shipped to {s.rival}."
            )
            expected.append((s.code, s.rival_code, flow, X0, cur, start, end, False))
        else:
            sentence = f"{head}{_amount(X, s.word)}{aside} {conn} {_amount(X0, None)} {before}."
            expected.append((s.code, s.partner_code, flow, X0, cur, b_start, b_end, False))
    elif cell.shape == "group":
        # The story is the Community's: its balance with the state, then its bare flows.
        sign = 1 if cell.variant == "group-surplus" else -1
        kind = "surplus" if sign > 0 else "deficit"
        owner = "EEC" if cell.variant == "eec" else "EC"
        inflow = f"imports from {s.name} rose to {_amount(Y, None)}"
        outflow = f"Community exports to {s.name} fell to {_amount(Z, None)}"
        flows_told = (
            f"{_cap(outflow)} while {inflow}"
            if cell.variant == "exports-then-imports"
            else f"{_cap(inflow)} while {outflow}"
        )
        sentence = (
            f"The {owner}'s trade {kind} with {s.name} widened to {_amount(X, 'Ecus')} {when} "
            f"{'from' if conn == 'compared with' else conn} {_amount(X0, None)} {before}. "
            f"{flows_told}."
        )
        cur = "XEU"
        expected.append(("EU", s.code, "balance", sign * X, cur, start, end, False))
        expected.append(("EU", s.code, "balance", sign * X0, cur, b_start, b_end, False))
        expected.append(("EU", s.code, "import", Y, cur, start, end, False))
        expected.append(("EU", s.code, "export", Z, cur, start, end, False))
    else:
        pair_sign = 1 if cell.variant == "surplus-pair" else -1
        kind = "surplus" if pair_sign > 0 else "deficit"
        clause = {
            "even-as": f"even as the state posted its first global surplus, of "
            f"{_amount(Z, s.word)}",
            "while": f"while its overall trade surplus reached {_amount(Z, s.word)}",
            "although": f"although its global trade surplus came to {_amount(Z, s.word)}",
            "surplus-pair": f"even as the state posted its first global surplus, of "
            f"{_amount(Z, s.word)}",
        }[cell.variant]
        sentence = (
            f"{s.name}'s trade {kind} with {s.partner} rose to {_amount(X, s.word)} {when} "
            f"{'from' if conn == 'compared with' else conn} {_amount(X0, None)} {before}, "
            f"{clause}."
        )
        expected.append((s.code, s.partner_code, "balance", pair_sign * X, cur, start, end, False))
        expected.append(
            (s.code, s.partner_code, "balance", pair_sign * X0, cur, b_start, b_end, False)
        )
        expected.append((s.code, None, "balance", Z, cur, start, end, False))
    if cell.page == "wire":
        city = "BRUSSELS" if cell.shape == "group" else s.city
        lead = f"{city}, March 18 - The statistics office published the figures on Wednesday."
        return f"{lead}\n\n{sentence[:-1]}, the office said.", expected
    return sentence, expected


def _valid(cell: Cell) -> bool:
    """Whether the variant is one of the shape's."""
    return cell.variant in VARIANTS[cell.shape]


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give a shape one of its own variants, unless the variant is the choice being met."""
    if name != "variant" and pick["variant"] not in VARIANTS[str(pick["shape"])]:
        pick["variant"] = random.Random(str(sorted(pick.items()))).choice(
            VARIANTS[str(pick["shape"])]
        )


CHOICES: dict[str, list[object]] = {
    "shape": list(SHAPES),
    "variant": list(ALL_VARIANTS),
    "state": list(range(len(STATES))),
    "main": list(MAINS),
    "earlier": list(EARLIERS),
    "connective": list(CONNECTIVES),
    "page": list(PAGES),
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(1987), size=300, axis="shape", tries=60, fix=_fix
    )
)

# Why the library still misreads a class of cells (strict xfails).
YEAR_BEFORE_RESPECTIVELY = (
    "'the year before' followed by 'respectively' is read as no period at all (the period "
    "reader's gap, not the list's): the bases of the list have no period a reader is given"
)


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (a strict xfail), or ``None``."""
    if (
        cell.variant == "respectively-last"
        and cell.earlier == "year-before"
        and cell.main in ("last-year", "year")
    ):
        return YEAR_BEFORE_RESPECTIVELY
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
