"""A grid of calendar-period trade figures whose amount is restated in another currency.

Every cell is one invented page: an opening sentence that names no figure, and a sentence
whose figure is a state's trade over a calendar period (a year, "last year", a half, a
quarter, a span of months, "the first nine months of"), its amount in the state's own money
and, after it, the same amount in dollars. The restatement is an aside, told in brackets
("20.5 billion baht (about 610 mln dlrs)") or between commas ("20.5 billion baht, or about
610 mln dlrs, in 2004"); it names no figure of its own, and the period and partner told
after it are the first amount's (spec/EXTRACTION.md section 4: the figure is the value in
the currency the text gives it). The forms:

- ``deficit-widened``: "A's trade deficit widened to X WHEN from Y in <the year before>":
  two balance records, both negative;
- ``exports-to``: "A's exports to B rose to X WHEN": A's export to B;
- ``trade-between``: "Trade between A and B reached X WHEN": the pair's turnover;
- ``surplus-with``: "A ran a trade surplus of X with B WHEN": A's balance with B;
- ``sold-to-list``: "A sold goods worth X to B WHEN and Y to C": two exports, the second
  partner's amount elided of its period.

The other side (``topic=other``): the same words about a figure that is no trade in goods,
which spec/EXTRACTION.md section 4 makes no record: a budget deficit, an investment, a
loan, a company's sales, a budget surplus. The opening names both states; the conversion is
none, one in brackets, two in brackets, or one between commas with "or", "or about", "or
some". Every page is published on 1 March 2005.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4, never by running the library.

Before the fixes 64 of the 240 cells failed (none without a conversion), all fixed:

- a conversion told between commas (", or about 610 mln dlrs,") before the period lost the
  first amount, its period read as the conversion's (and "widened to X, or Y, in 2004 from
  Z in 2003" kept only the base): it is now read as the bracketed aside it is;
- a bracket of two conversions ("($610m; 480m euros)") gave a bare base after it ("from
  15.8 billion") the currency of the bracket's last amount, not the first amount's;
- "sold goods worth X (conv) to B in 2004 and Y to C": a conversion between the first
  amount and its partner lost the second partner's amount (or gave it the first partner):
  the amounts around a bracketed restatement now read as if it were not told.

The table below holds the near misses of these rules, which must not change: a price, a
loan and a budget told with a conversion between commas, a conversion after the period
(a figure told whole, its restatement in dollars a record of its own as before), and a
bracket that compares the same currency's earlier level.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, by_value, dashed_id, grid_params, sample_cells
from trade_rows import (
    Row,
    TableRow,
    assert_table_shape,
    report_trade_grid,
    scored,
    table_params,
    trade_rows,
)

PUBLISHED = dt.date(2005, 3, 1)


class State(NamedTuple):
    """A state whose money names itself, as news names it, and two partners of it."""

    name: str
    code: str
    possessive: str
    money: str  # the currency word of an amount
    currency: str
    partner: str
    partner_code: str
    third: str
    third_code: str


STATES = (
    State("Thailand", "THA", "Thailand's", "baht", "THB", "Malaysia", "MYS", "Laos", "LAO"),
    State("Poland", "POL", "Poland's", "zlotys", "PLN", "Germany", "DEU", "Czech Republic", "CZE"),
    State("South Africa", "ZAF", "South Africa's", "rand", "ZAR", "Zambia", "ZMB", "Kenya", "KEN"),
    State("Turkey", "TUR", "Turkey's", "lira", "TRY", "Iraq", "IRQ", "Syria", "SYR"),
)

FORMS = ("deficit-widened", "exports-to", "trade-between", "surplus-with", "sold-to-list")
CONVERSIONS = ("none", "bracket", "bracket-two", "comma-or", "comma-or-about", "comma-or-some")
WHENS = ("year", "last-year", "first-half", "months", "quarter", "first-months")
TOPICS = ("trade", "other")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    form: str
    state: int
    conversion: str
    when: str
    topic: str


def _when(form: str) -> tuple[str, tuple[str, str]]:
    """The period as told, and its first and last day."""
    return {
        "year": ("in 2004", ("2004-01-01", "2004-12-31")),
        "last-year": ("last year", ("2004-01-01", "2004-12-31")),
        "first-half": ("in the first half of 2004", ("2004-01-01", "2004-06-30")),
        "months": ("in January-May 2004", ("2004-01-01", "2004-05-31")),
        "quarter": ("in the third quarter of 2004", ("2004-07-01", "2004-09-30")),
        "first-months": ("in the first nine months of 2004", ("2004-01-01", "2004-09-30")),
    }[form]


def _conversion(form: str) -> str:
    """The dollar restatement told right after the first amount."""
    return {
        "none": "",
        "bracket": " (about 610 mln dlrs)",
        "bracket-two": " ($610m; 480m euros)",
        "comma-or": ", or 610 mln dlrs,",
        "comma-or-about": ", or about 610 mln dlrs,",
        "comma-or-some": ", or some $610 million,",
    }[form]


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    s = STATES[cell.state]
    x = f"20.5 billion {s.money}{_conversion(cell.conversion)}"
    value, later = 20_500_000_000, 15_800_000_000
    when, period = _when(cell.when)
    trade = cell.topic == "trade"
    opening = f"{s.name} and {s.partner} held talks on transport links on Tuesday."
    rows: list[Row]
    if cell.form == "deficit-widened":
        noun = "trade" if trade else "budget"
        figure = f"{s.possessive} {noun} deficit widened to {x} {when} from 15.8 billion in 2003."
        rows = [
            (s.code, None, "balance", -value, s.currency, *period, False),
            (s.code, None, "balance", -later, s.currency, "2003-01-01", "2003-12-31", False),
        ]
        if cell.when in ("first-half", "months", "quarter", "first-months"):
            # the base of a part of a year is told for the same part of the year before
            figure = figure.replace("in 2003", "in the same period of 2003")
            start, end = period
            rows[1] = (*rows[1][:5], "2003" + start[4:], "2003" + end[4:], False)
    elif cell.form == "exports-to":
        noun = "exports to" if trade else "investment in"
        figure = f"{s.possessive} {noun} {s.partner} rose to {x} {when}."
        rows = [(s.code, s.partner_code, "export", value, s.currency, *period, False)]
    elif cell.form == "trade-between":
        noun = "Trade between" if trade else "Lending between the central banks of"
        figure = f"{noun} {s.name} and {s.partner} reached {x} {when}."
        rows = [(s.code, s.partner_code, "turnover", value, s.currency, *period, False)]
    elif cell.form == "surplus-with":
        noun = "a trade" if trade else "an operating"
        owner = s.name if trade else f"{s.possessive} state airline"
        figure = f"{owner} ran {noun} surplus of {x} with {s.partner} {when}."
        rows = [(s.code, s.partner_code, "balance", value, s.currency, *period, False)]
    else:  # sold-to-list
        seller = s.name if trade else f"{s.possessive} largest steel company"
        what = "goods" if trade else "steel pipes"
        figure = (
            f"{seller} sold {what} worth {x} to {s.partner} {when} and 15.8 billion to {s.third}."
        )
        rows = [
            (s.code, s.partner_code, "export", value, s.currency, *period, False),
            (s.code, s.third_code, "export", later, s.currency, *period, False),
        ]
    if not trade:
        rows = []  # a budget, an investment, a loan, a firm's sales: no trade in goods
    return f"{opening} {figure}", rows


def _valid(cell: Cell) -> bool:
    """Every choice makes a page a reader can read one way."""
    return True


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "state": list(range(len(STATES))),
    "conversion": list(CONVERSIONS),
    "when": list(WHENS),
    "topic": list(TOPICS),
}

CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(6990), size=240, axis="form", tries=20)
)

#: Why a cell is still misread, by choice value (strict xfails).
LEFT: dict[tuple[str, str], str] = {}

D = dt.date
_2004 = ("2004-01-01", "2004-12-31")

# The near misses of the rules the grid called for: (class, id, headline, body, published,
# expected records).
TABLE: list[TableRow] = [
    (
        "not-trade",
        "a-price-restated-between-commas",
        None,
        "Thailand raised the price of its rice to 18,000 baht, or about 540 dlrs, a tonne "
        "in 2004, the ministry said.",
        D(2005, 3, 1),
        [],
    ),
    (
        "not-trade",
        "a-loan-restated-between-commas",
        None,
        "Poland lent Ukraine 2.1 billion zlotys, or some $640 million, in 2004 to rebuild "
        "its railways.",
        D(2005, 3, 1),
        [],
    ),
    (
        "not-trade",
        "a-budget-gap-restated-in-brackets",
        None,
        "Turkey's budget gap reached 9.3 billion lira ($6.9bn; 5.4bn euros) in 2004 and "
        "7.1 billion in 2003.",
        D(2005, 3, 1),
        [],
    ),
    (
        "restated-elsewhere",
        "conversion-at-the-end",
        None,
        "South Africa's exports to Zambia rose to 20.5 billion rand in 2004, or about 3.1 "
        "billion dlrs.",
        D(2005, 3, 1),
        # a figure told whole, then restated: the restatement in dollars is a record of its
        # own, as before (tests/test_trade_written48_table.py)
        [
            ("ZAF", "ZMB", "export", 20_500_000_000, "ZAR", *_2004, False),
            ("ZAF", "ZMB", "export", 3_100_000_000, "USD", *_2004, False),
        ],
    ),
    (
        "restated-elsewhere",
        "bracket-of-the-same-currency",
        None,
        "Poland's exports to Germany rose to 20.5 billion zlotys in 2004 (15.8 billion "
        "zlotys in 2003).",
        D(2005, 3, 1),
        [
            ("POL", "DEU", "export", 20_500_000_000, "PLN", *_2004, False),
            ("POL", "DEU", "export", 15_800_000_000, "PLN", "2003-01-01", "2003-12-31", False),
        ],
    ),
    (
        "restated-elsewhere",
        "dollars-restated-in-local-money",
        None,
        "Thailand's trade surplus with Malaysia was $610 million, or about 20.5 billion "
        "baht, in the first half of 2004.",
        D(2005, 3, 1),
        [("THA", "MYS", "balance", 610_000_000, "USD", "2004-01-01", "2004-06-30", False)],
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


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT), numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The second grid: a goal or forecast for a state's exports and imports, the second flow's
# verb left out ("A's exports are expected to reach X this year and imports Y"). The left-out
# verb is the first flow's, and so is its goal: both figures are targets for the same
# period (spec/EXTRACTION.md section 4, ``target``: "true for goals and forecasts"). The
# goal verb ("are planned at", "are expected to reach", "are forecast to rise to", "are
# projected at"), the flows' order, the partner (none or B), the period ("this year", "in
# 2006", "for 2006") and "its" before the second flow are varied; the other side tells the
# same words of a fact (a past verb: two figures, no target) or of a budget's spending and
# revenue (no record).
#
# 24 of the 160 cells failed at first, every goal cell of "this year": the second figure,
# no goal word before it, was read as a fact for a year still running, whose months no
# reader can tell, and dropped (a later year made it a goal by its date alone). Fixed: a
# flow whose verb is left out right after a goal's amount is a goal too.

GOAL_VERBS = ("planned-at", "expected-to-reach", "forecast-to-rise-to", "projected-at")
GOAL_WHENS = ("this-year", "in-2006", "for-2006")
GOAL_KINDS = ("goal", "fact", "budget")


@dataclasses.dataclass(frozen=True)
class GoalCell:
    """One page's choices of the goal grid."""

    state: int
    verb: str
    when: str
    kind: str
    order: str  # "exports-first" or "imports-first"
    partner: bool
    its: bool


def build_goal(cell: GoalCell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    s = STATES[cell.state]
    first, second = (
        ("exports", "imports") if cell.order == "exports-first" else ("imports", "exports")
    )
    verb, elided = {
        "planned-at": ("are planned at", "at "),
        "expected-to-reach": ("are expected to reach", ""),
        "forecast-to-rise-to": ("are forecast to rise to", "to "),
        "projected-at": ("are projected at", "at "),
    }[cell.verb]
    when, period = {
        "this-year": ("this year", ("2005-01-01", "2005-12-31")),
        "in-2006": ("in 2006", ("2006-01-01", "2006-12-31")),
        "for-2006": ("for 2006", ("2006-01-01", "2006-12-31")),
    }[cell.when]
    target = True
    if cell.kind == "fact":
        # the same words of a year just past: "rose to X last year and imports to Y"
        verb, elided = {"planned-at": ("stood at", "at "), "projected-at": ("stood at", "at ")}.get(
            cell.verb, ("rose to", "to ")
        )
        when, period, target = "last year", ("2004-01-01", "2004-12-31"), False
    if cell.kind == "budget":
        first, second = ("spending", "revenue")
    owner = f"{s.possessive} {first}"
    if cell.partner and cell.kind != "budget":
        owner += f" {'to' if first == 'exports' else 'from'} {s.partner}"
    its = "its " if cell.its else ""
    figure = (
        f"{owner} {verb} 3.2 billion dollars {when} and {its}{second} {elided}2.9 billion dollars."
    )
    partner = s.partner_code if cell.partner else None
    rows: list[Row] = []
    if cell.kind != "budget":
        flows = ("export", "import") if first == "exports" else ("import", "export")
        rows = [
            (s.code, partner, flows[0], 3_200_000_000, "USD", *period, target),
            (s.code, partner, flows[1], 2_900_000_000, "USD", *period, target),
        ]
    opening = f"{s.name} opened a new container port on Tuesday, officials said."
    return f"{opening} {figure}", rows


def _valid_goal(cell: GoalCell) -> bool:
    """Every choice makes a page a reader can read one way (a partner is told for trade)."""
    return not (cell.kind == "budget" and cell.partner)


GOAL_CHOICES: dict[str, list[object]] = {
    "state": list(range(len(STATES))),
    "verb": list(GOAL_VERBS),
    "when": list(GOAL_WHENS),
    "kind": list(GOAL_KINDS),
    "order": ["exports-first", "imports-first"],
    "partner": [False, True],
    "its": [False, True],
}

GOAL_CELLS = list(
    sample_cells(
        GoalCell, _valid_goal, GOAL_CHOICES, random.Random(6991), size=160, axis="verb", tries=40
    )
)

#: Why a goal cell is still misread, by choice value (strict xfails).
GOAL_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(GOAL_CELLS, dashed_id, by_value(GOAL_LEFT), numbered=True)
)
def test_goal_grid_cell(cell: GoalCell) -> None:
    """Each goal cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_goal(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_goal_value_is_sampled() -> None:
    """Every value of every choice of the goal grid is met in several cells."""
    assert_every_value_sampled(GOAL_CELLS, GOAL_CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
    report_trade_grid(GOAL_CELLS, GOAL_CHOICES, build_goal, PUBLISHED, sys.argv[1:])
