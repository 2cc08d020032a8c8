"""A grid of instruments signed between non-state bodies of two states: no agreement record.

Spec/EXTRACTION.md section 3 keeps "contracts with or between companies" out of the
agreements. A frequent form in news of state visits names two states only through the
bodies that sign: "a protocol on rail freight was signed between the A and B railway
companies", "a memorandum between the Chamber of Commerce of A and the B Chamber of
Commerce". The states are named, but no state, government or state body signs: no record.
The controls write the same sentences with state signers ("between the governments of A
and B", "between the A and B transport ministries", "between A and B"), which must still
give their one record.

Each cell draws who signs (``sides``), where the signers stand (``order``), the instrument
(``form``), its status and the pair of states; the page is published on Wednesday
2023-05-10, and the signing opens "On Monday" (2023-05-08 done, 2023-05-15 to come).

Before the fix 24 of 160 cells failed (every railway-firms cell and the chambers and airlines
signed after their verb; the business words caught the rest already); after it none does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, spec, unmatched
from diplonews import extract
from diplonews.models import Agreement
from diplonews.readers import parse_crawled_text
from grid_cells import (
    Pair,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)
from test_grid_agreements import PAIRS

PUBLISHED = "2023-05-10"  # a Wednesday

# Who signs: (the "between" phrase, whether the signers are states or state bodies).
SIDES: dict[str, tuple[str, bool]] = {
    "railway_firms": ("the {dem_a} and {dem_b} railway companies", False),
    "chambers": ("the Chamber of Commerce of {a} and the {dem_b} Chamber of Commerce", False),
    "chambers_plain": ("the chambers of commerce of {a} and {b}", False),
    "named_firms": ("{dem_a} firm Norvel Ltd and {dem_b} company Tarsis", False),
    "airlines": ("the national airlines of {a} and {b}", False),
    "firms_of": ("companies of {a} and {b}", False),
    "governments": ("the governments of {a} and {b}", True),
    "ministries": ("the {dem_a} and {dem_b} transport ministries", True),
    "states": ("{a} and {b}", True),
    "ministry_pair": ("the Ministry of Transport of {a} and the {dem_b} Ministry of Health", True),
}

# Where the signers stand: right after the instrument, or after its verb.
ORDERS = ["after_head", "after_verb"]


@dataclass(frozen=True)
class Form:
    """An instrument: its noun phrase with a topic, and the record's kind."""

    name: str
    phrase: str
    kind: str


FORMS = [
    Form("memorandum", "a memorandum on rail freight", "memorandum"),
    Form("agreement", "an agreement on cargo transit", "agreement"),
    Form("protocol", "a protocol on cooperation", "protocol"),
]


@dataclass(frozen=True)
class Status:
    """A status: its name, the record's status, the passive verb and the record's date."""

    name: str
    status: str
    passive: str
    date: str


STATUSES = [
    Status("signed", "signed", "was signed", "2023-05-08"),
    Status("planned", "planned", "will be signed", "2023-05-15"),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    sides: str
    order: str
    form: Form
    status: Status
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.sides, self.order, self.form.name, self.status.name, self.pair.codes[0])
        return "-".join(parts)


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format: a meeting, then the signing."""
    p = cell.pair
    who = SIDES[cell.sides][0].format(a=p.a, b=p.b, dem_a=p.dem_a, dem_b=p.dem_b)
    if cell.order == "after_head":
        signing = f"On Monday, {cell.form.phrase} between {who} {cell.status.passive}."
    else:
        signing = f"On Monday, {cell.form.phrase} {cell.status.passive} between {who}."
    return (
        f" date {PUBLISHED} {p.a} and {p.b} review their ties\n\n"
        f"The transport ministers of {p.a} and {p.b} held talks in {p.cap_a}. {signing}\n"
    )


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for: one between state signers, none between firms."""
    if not SIDES[cell.sides][1]:
        return []
    parties = ",".join(sorted(cell.pair.codes))
    return [f"{cell.form.kind} {cell.status.status} {parties} {cell.status.date} 1"]


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


CHOICES: dict[str, list[Any]] = {
    "sides": list(SIDES),
    "order": ORDERS,
    "form": FORMS,
    "status": STATUSES,
    "pair": PAIRS,
}

CELLS = list(
    sample_cells(Cell, lambda c: True, CHOICES, random.Random(41), size=160, axis="sides", tries=10)
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads the cell)."""
    return None


# Rows that keep the class whatever the sample draws (class, text, records), with near
# misses that must stay as they are.
TABLE: list[Any] = [
    (
        "firms",
        "On Monday, a protocol on grain shipments was signed between the Kenyan and Omani"
        " port companies.",
        [],
    ),
    (
        "chambers",
        "A memorandum between the Chamber of Commerce of Peru and the Georgian Chamber of"
        " Commerce was signed on Monday.",
        [],
    ),
    (
        "near-miss:firm-and-ministry",
        "On Monday, an agreement was signed between the Omani firm Delmar Holding and the"
        " Kazakh Ministry of Energy.",
        ["agreement signed KAZ,OMN 2023-05-08 1"],
    ),
    (
        "near-miss:firms-served",
        "Last year's accord between Norway and Vietnam on chip prices gives Norwegian firms"
        " access to the Vietnamese market.",
        ["agreement signed NOR,VNM 2022 1"],
    ),
    (
        "near-miss:topic-company",
        "On Monday, Kenya ratified the agreement between Kenya and Portugal on the setting up of"
        " a joint shipping company.",
        ["agreement ratified KEN,PRT 2023-05-08 1"],
    ),
    pytest.param(
        "near-miss:state-sides",
        "On Monday, Chile and Mongolia signed a memorandum on cooperation between their railway"
        " companies.",
        ["memorandum signed CHL,MNG 2023-05-08 1"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the business words near the instrument drop it (before this rule too): the"
            " states sign, the firms are the topic; left for the business-word class",
        ),
    ),
    (
        "near-miss:state-sides-active",
        "On Monday, Chile and Mongolia signed a memorandum between the Chilean and Mongolian"
        " governments.",
        ["memorandum signed CHL,MNG 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agrprec_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agrprec(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", None) or getattr(value, "a", value)
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
