"""A grid of trade figures whose owner is a group named another way, and of a gap's sign.

Every cell is one invented wire page: a dateline and a lead sentence naming the group
(or, for a state owner, only the partner), then a sentence with the owner's exports to
and imports from a partner state B, and maybe the gap between them. The choices: the
owner's words ("Community exports to B" bare, "the Community's exports to B", "the
bloc's exports to B" in a story about one group, or a state "A's exports to B"), the
order of the two figures (exports first or imports first), which figure is larger
(exports below imports: a deficit), the gap's words (none; ", so the gap widened to Z";
", and the imbalance reached Z"; a next sentence "The gap widened to Z"), the partner and
the period ("in 1986", "last year"; published 3 April 1987).

The records a cell must give are computed from the choices by spec/EXTRACTION.md, never
by running the library: the owner's export to and import from B for the period, the
group as its code (the European Community is "EU"; a group is not expanded into its
members), and where a gap is told, the balance of the same owner and partner, exports
minus imports (a deficit negative), its sign from the two figures.

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).

Before the fixes, 240 of 384 cells failed: every bare-Community cell lost its figures, a
gap or an imbalance was always read as the owner's deficit (wrong for every surplus), and
a gap told in the next sentence was lost. After them 96 fail, all of them the next-sentence
gap, left as a strict xfail (see ``LEFT``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from grid_cells import (
    assert_every_value_sampled,
    by_value,
    dashed_id,
    grid_params,
)
from trade_rows import (
    Row,
    TableRow,
    assert_table_shape,
    report_trade_grid,
    scored,
    table_params,
    trade_rows,
)

PUBLISHED = dt.date(1987, 4, 3)


class Owner(NamedTuple):
    """The owner's code, the lead sentence naming it, its words before "exports"/"imports"."""

    code: str
    lead: str
    words: str


OWNERS: dict[str, Owner] = {
    "community-bare": Owner(
        "EU",
        "BRUSSELS, April 3 - European Community officials reviewed trade with {b} today.",
        "Community",
    ),
    "community-the": Owner(
        "EU",
        "BRUSSELS, April 3 - The European Community is to press {b} on trade, diplomats said.",
        "The Community's",
    ),
    "bloc": Owner(
        "ASEAN",
        "JAKARTA, April 3 - ASEAN economic ministers will discuss trade with {b} next week.",
        "The bloc's",
    ),
    "state": Owner(
        "KEN",
        "NAIROBI, April 3 - Kenyan officials reviewed trade with {b} today.",
        "Kenya's",
    ),
}
# The partner's code and name.
PARTNERS = {"japan": ("JPN", "Japan"), "brazil": ("BRA", "Brazil"), "canada": ("CAN", "Canada")}
ORDERS = ("exports-first", "imports-first")
# (low, high) figures in words and values: the smaller flow, the larger, their gap.
LOW = ("4.2 billion dlrs", 4_200_000_000)
HIGH = ("6.5 billion dlrs", 6_500_000_000)
GAP = ("2.3 billion dlrs", 2_300_000_000)
SIDES = ("deficit", "surplus")  # exports below imports, or above
GAPS: dict[str, str] = {
    "none": ".",
    "so-gap-widened": ", so the gap widened to {z}.",
    "imbalance-reached": ", and the imbalance reached {z}.",
    "next-sentence": ". The gap widened to {z}.",
}
# (name, text, start, end)
PERIODS = (
    ("in-1986", "in 1986", "1986-01-01", "1986-12-31"),
    ("last-year", "last year", "1986-01-01", "1986-12-31"),
)


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    owner: str
    order: str
    side: str
    gap: str
    partner: str
    period: str


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    owner = OWNERS[cell.owner]
    b_code, b_name = PARTNERS[cell.partner]
    exports, imports = (LOW, HIGH) if cell.side == "deficit" else (HIGH, LOW)
    _, period, start, end = next(p for p in PERIODS if p[0] == cell.period)
    out = f"{owner.words} exports to {b_name} were {exports[0]} {period}"
    into = f"{owner.words} imports from {b_name} were {imports[0]} {period}"
    first, second = (out, into) if cell.order == "exports-first" else (into, out)
    # The second flow is told without its owner, as a continuation of the first.
    second = second.replace(f"{owner.words} ", "", 1)
    tail = GAPS[cell.gap].format(z=GAP[0])
    body = f"{owner.lead.format(b=b_name)} {first}, while {second}{tail}"
    rows: list[Row] = [
        (owner.code, b_code, "export", exports[1], "USD", start, end, False),
        (owner.code, b_code, "import", imports[1], "USD", start, end, False),
    ]
    if cell.gap != "none":
        sign = -1 if cell.side == "deficit" else 1
        rows.append((owner.code, b_code, "balance", sign * GAP[1], "USD", start, end, False))
    return body, rows


CHOICES: dict[str, list[object]] = {
    "owner": list(OWNERS),
    "order": list(ORDERS),
    "side": list(SIDES),
    "gap": list(GAPS),
    "partner": list(PARTNERS),
    "period": [p[0] for p in PERIODS],
}
CELLS = [Cell(*values) for values in itertools.product(*CHOICES.values())]  # type: ignore[arg-type]

D = dt.date
_1986 = ("1986-01-01", "1986-12-31")

# The near misses, which must read as before: a gap with no flows before it stays the
# owner's deficit, a side named in words keeps its sign, a bare "Community" before no flow
# noun names no owner; and the world totals' gap, whose sign the two totals give. (class,
# id, headline, body, published, expected records)
TABLE: list[TableRow] = [
    (
        "gap-without-flows",
        "two-countries-gap-widened",
        None,
        "NAIROBI, April 3 - Kenyan and Japanese officials met today to discuss the two "
        "countries' trade gap, which widened to 2.3 billion dlrs in 1986.",
        D(1987, 4, 3),
        [("KEN", "JPN", "balance", -2_300_000_000, "USD", *_1986, False)],
    ),
    (
        "gap-without-flows",
        "state-s-gap-with-partner",
        None,
        "LIMA, May 4 - Peru's trade gap with Chile reached 90 mln dlrs last year.",
        D(1987, 5, 4),
        [("PER", "CHL", "balance", -90_000_000, "USD", *_1986, False)],
    ),
    (
        "side-in-words",
        "deficit-after-larger-exports",
        None,
        "LIMA, May 4 - Peru's exports to Chile were 120 mln dlrs in 1986, while imports from "
        "Chile were 80 mln dlrs, so the deficit narrowed to 40 mln dlrs.",
        D(1987, 5, 4),
        [
            ("PER", "CHL", "export", 120_000_000, "USD", *_1986, False),
            ("PER", "CHL", "import", 80_000_000, "USD", *_1986, False),
            ("PER", "CHL", "balance", -40_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "side-in-words",
        "surplus-after-larger-exports",
        None,
        "LIMA, May 4 - Peru's imports from Chile were 80 mln dlrs in 1986 and its exports to "
        "Chile 120 mln dlrs, and the surplus rose to 40 mln dlrs.",
        D(1987, 5, 4),
        [
            ("PER", "CHL", "import", 80_000_000, "USD", *_1986, False),
            ("PER", "CHL", "export", 120_000_000, "USD", *_1986, False),
            ("PER", "CHL", "balance", 40_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "world-totals-gap",
        "exports-above-imports-gap-narrowed",
        None,
        "NAIROBI, April 3 - Kenya's exports were 6.5 billion dlrs in 1986, while imports were "
        "4.2 billion dlrs, so the gap narrowed to 2.3 billion dlrs.",
        D(1987, 4, 3),
        [
            ("KEN", None, "export", 6_500_000_000, "USD", *_1986, False),
            ("KEN", None, "import", 4_200_000_000, "USD", *_1986, False),
            ("KEN", None, "balance", 2_300_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "world-totals-gap",
        "imports-above-exports-imbalance",
        None,
        "NAIROBI, April 3 - Kenya's imports were 6.5 billion dlrs in 1986 and exports 4.2 "
        "billion dlrs, and the imbalance reached 2.3 billion dlrs.",
        D(1987, 4, 3),
        [
            ("KEN", None, "import", 6_500_000_000, "USD", *_1986, False),
            ("KEN", None, "export", 4_200_000_000, "USD", *_1986, False),
            ("KEN", None, "balance", -2_300_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "community-no-flow",
        "community-ministers-then-a-surplus",
        None,
        "BRUSSELS, April 3 - European Community ministers met today. Community foreign "
        "ministers said Japan's surplus with the Community rose to 18 billion dlrs in 1986.",
        D(1987, 4, 3),
        [("JPN", "EU", "balance", 18_000_000_000, "USD", *_1986, False)],
    ),
    (
        "community-no-flow",
        "community-without-the-bloc-named",
        None,
        "TOKYO, April 3 - Community exports to Japan rose to 12 billion dlrs in 1986, a "
        "business group said.",
        D(1987, 4, 3),
        [],
    ),
]
TABLE_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), table_params(TABLE, TABLE_LEFT)
)
def test_grid_class_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert scored(trade_rows(body, published, title)) == scored(expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, TABLE_LEFT)


# The cells the library still misreads, by choice value: (choice, value) -> why.
LEFT: dict[tuple[str, str], str] = {
    ("gap", "next-sentence"): "a gap told in the sentence after its two flows is lost: a bare "
    "'The gap' opens no trade figure, and its sign would need the flows of another sentence",
}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT)))
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
