"""Trade figures whose period a back-reference or a nearby figure tells, as a grid.

A cell is a story of two or three invented sentences built from one value of each choice:
a statistics lead telling a world balance for its period (a quarter named or written as
its months, a half, a month, a year), an optional middle sentence telling a figure for a
part of that period (a month of the quarter, a quarter holding the month) or the figure a
year earlier (of the lead's length: the lead's period stays the one meant), and a last
sentence telling a figure with a partner, whose period is a back-reference by unit ("in
the quarter", "during the month", "over the half-year", "for the year") to the lead's
unit or to the middle's, or its own month. The reference may open the sentence or close
it, after "in", "during" or "over"; the pairs, flows and verbs vary.

The records a cell must give are computed from the choices by spec/EXTRACTION.md, never by
running the library: a back-reference naming its unit is the period of that length the
story told last (the lead's quarter, not the month a sentence between named), and a
figure with its own month keeps it. Relative periods are resolved against the
publication day. Records are compared as the scorer pairs them (``tests/trade_rows.py``).

A second grid (``FISCAL_CELLS``) tells a fiscal year's first month in the story itself: a
part of a named fiscal year with a clause saying when the year began ("the first three
months of the 2022/23 fiscal year, which began in July"), or the months glossing the part
("July-September, the first three months of the 2022/23 fiscal year"); after an optional
monthly lead, a comparison "a year earlier", and a later whole fiscal year named by its split
years alone (the year before, or a goal for the year running). The part is the months from
the stated one, and every split year of the story is on the calendar stated, not on one
guessed from the monthly lead (spec/EXTRACTION.md leaves a fiscal year stating no months to
the owners; these state them).

Before the library read the unit of a back-reference, 28 of 300 cells failed: "in the
quarter" (or "the month") after a middle sentence of another length took the middle's
period. Before it read the fiscal year's first month from the clause or the gloss, 161 of
200 fiscal cells failed: the part was read as the one month the clause names, and a split
year later in the story took its calendar from the monthly lead (August to July).

A third grid (``WHOLE_CELLS``) tells a figure for the whole of a year, named or not, after a
monthly lead, in frames that name no forecast ("is counting on", "the figures pointed to",
"economists see"); the year still running at publication, or a past year told as a fact.
Before the library read a whole year still running as a forecast, 65 of 100 cells failed:
the figure was cut to the months to date and told as a fact. Ten cells stay strict xfails
(``whole_left``): "counting on exports of X" gives no export figure for any period, a
class of its own.

A fourth grid (``COMPARED_CELLS``) tells a level and the figure it is compared with, that
figure's own period after it ("Exports were X against Y in 1985"), then a second flow in a
clause of its own. Before the library read ", and imports ..." as a new clause (as it read
", while" and a semicolon), 77 of 200 cells failed, every one joined by ", and": the second
flow took the compared figure's period, and its own base was lost.

A fifth grid (``EVENT_CELLS``) tells a month's figure, its month before the amount or right
after it, then an event of the month before with no amount ("after a small deficit in
February"). Before the library read the month after such an event as the event's, 36 of
120 cells failed, every one with its month before the amount and no comma before the
event: the figure took the event's month.

A sixth grid (``FORECAST_CELLS``, every cell) tells a forecast with no year of its own
after a month's balance: in the pluperfect ("economists had forecast an April deficit of
X"), or in the present for the month told, another month or a quarter. Before the library
read a pluperfect forecast as made before the figures just released, 36 of 48 cells
failed: it went to the same month a year on. Twelve cells stay strict xfails
(``forecast_left``): a present forecast for the month the story told still goes to the
coming one, since the periods a story told hold its comparison bases too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import assert_every_value_sampled, by_value, dashed_id, grid_params, sample_cells
from trade_rows import Row, report_trade_grid, scored, trade_rows

PUBLISHED = dt.date(2023, 7, 20)


class Pair(NamedTuple):
    """The story's state, its partner: code and name of each."""

    a: str
    a_name: str
    b: str
    b_name: str


PAIRS = (
    Pair("KEN", "Kenya", "UGA", "Uganda"),
    Pair("PER", "Peru", "CHL", "Chile"),
    Pair("VNM", "Vietnam", "THA", "Thailand"),
)


class Lead(NamedTuple):
    """A lead's period: words, ends, unit; a part of it (or a span holding it) and its unit."""

    words: str
    start: str
    end: str
    unit: str
    part: str
    part_start: str
    part_end: str
    part_unit: str


LEADS: dict[str, Lead] = {
    "quarter-named": Lead(
        "in the first quarter of 2023",
        "2023-01-01",
        "2023-03-31",
        "quarter",
        "March",
        "2023-03-01",
        "2023-03-31",
        "month",
    ),
    "quarter-months": Lead(
        "in January-March 2023",
        "2023-01-01",
        "2023-03-31",
        "quarter",
        "February",
        "2023-02-01",
        "2023-02-28",
        "month",
    ),
    "half": Lead(
        "in the first half of 2023",
        "2023-01-01",
        "2023-06-30",
        "half-year",
        "June",
        "2023-06-01",
        "2023-06-30",
        "month",
    ),
    "month": Lead(
        "in March 2023",
        "2023-03-01",
        "2023-03-31",
        "month",
        "the first quarter",
        "2023-01-01",
        "2023-03-31",
        "quarter",
    ),
    "year": Lead(
        "in 2022",
        "2022-01-01",
        "2022-12-31",
        "year",
        "December",
        "2022-12-01",
        "2022-12-31",
        "month",
    ),
}
# The middle sentence: none, a figure for the lead's part, or a sentence with no figure.
MIDDLES = {
    "none": "",
    "part-opening": "In {part} alone, imports came to 95 million dollars.",
    "part-subject": "Imports for {part} alone came to 95 million dollars.",
    "no-figure": "Officials gave no breakdown by product.",
    "year-before": "A year earlier, the deficit had been 380 million dollars.",
}
# What the last sentence's period is: the lead's unit, the middle's unit, its own month.
REFS = ("lead-unit", "middle-unit", "own")
PREPOSITIONS = ("in", "during", "over")
# The last figure: words ({b}, {x}, {when}) and its flow and sign.
FORMS: dict[str, tuple[str, str, int]] = {
    "deficit-with": ("The deficit with {b} widened to {x} {when}.", "balance", -1),
    "exports-to": ("Exports to {b} rose to {x} {when}.", "export", 1),
    "opening": ("{When}, imports from {b} came to {x}.", "import", 1),
    "trade-with": ("Trade with {b} totalled {x} {when}.", "turnover", 1),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One story's choices."""

    lead: str
    middle: str
    ref: str
    preposition: str
    form: str
    pair: int


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    lead = LEADS[cell.lead]
    rows: list[Row] = [(pair.a, None, "balance", -410_000_000, "USD", lead.start, lead.end, False)]
    sentences = [
        f"{pair.a_name} ran a trade deficit of 410 million dollars {lead.words}, the "
        "statistics office said."
    ]
    figure = cell.middle.startswith("part")
    if cell.middle != "none":
        sentences.append(MIDDLES[cell.middle].format(part=lead.part))
    if cell.middle == "year-before":
        shift = (
            str(int(lead.start[:4]) - 1) + lead.start[4:],
            str(int(lead.end[:4]) - 1) + lead.end[4:],
        )
        rows.append((pair.a, None, "balance", -380_000_000, "USD", *shift, False))
    if figure:
        rows.append(
            (pair.a, None, "import", 95_000_000, "USD", lead.part_start, lead.part_end, False)
        )
    if cell.ref == "lead-unit":
        when, start, end = f"{cell.preposition} the {lead.unit}", lead.start, lead.end
    elif cell.ref == "middle-unit":
        when, start, end = (
            f"{cell.preposition} the {lead.part_unit}",
            lead.part_start,
            lead.part_end,
        )
    else:  # its own month: the lead's month, else the lead's part
        own = lead.part if lead.part_unit == "month" else "March"
        when = f"in {own}"
        start, end = (
            (lead.part_start, lead.part_end)
            if lead.part_unit == "month"
            else (lead.start, lead.end)
        )
    words, flow, sign = FORMS[cell.form]
    text = words.format(
        b=pair.b_name, x="60 million dollars", when=when, When=when[0].upper() + when[1:]
    )
    sentences.append(text)
    rows.append((pair.a, pair.b, flow, sign * 60_000_000, "USD", start, end, False))
    return " ".join(sentences), rows


def _valid(cell: Cell) -> bool:
    """A middle-unit reference needs a middle figure; the own month needs no preposition."""
    if cell.ref == "middle-unit" and not cell.middle.startswith("part"):
        return False
    return cell.ref != "own" or cell.preposition == "in"


CHOICES: dict[str, list[object]] = {
    "lead": list(LEADS),
    "middle": list(MIDDLES),
    "ref": list(REFS),
    "preposition": list(PREPOSITIONS),
    "form": list(FORMS),
    "pair": list(range(len(PAIRS))),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Make a pick valid unless the value being met forbids it."""
    if pick["ref"] == "middle-unit" and not str(pick["middle"]).startswith("part"):
        if name == "middle":
            pick["ref"] = "lead-unit"
        else:
            pick["middle"] = "part-opening"
    if pick["ref"] == "own" and pick["preposition"] != "in":
        if name == "preposition":
            pick["ref"] = "lead-unit"
        else:
            pick["preposition"] = "in"


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6361), size=300, axis="ref", tries=80, fix=_fix
    )
)

# The cells the library still misreads, by choice value: (choice, value) -> why.
LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT), numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The fiscal grid: a story whose first sentence states its fiscal year's first month, by a
# clause ("the first three months of the 2022/23 fiscal year, which began in July") or by
# the months it glosses ("July-September, the first three months of the 2022/23 fiscal
# year"); a later sentence tells a whole fiscal year by its split years alone, the year
# before or a goal for the year running. Every fiscal year the story names is on the
# calendar it states (spec/EXTRACTION.md: the period the figure covers).
FISCAL_PUBLISHED = dt.date(2023, 3, 20)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FIRST_MONTHS = {"july": 7, "october": 10, "april": 4}
COUNTS = {"two": 2, "three": 3, "five": 5}
# How the first sentence states the part: ({a}, {n}, {m}, {m_last}, {x}, {fy}).
STATINGS = {
    "which-began": "{a}'s trade deficit for the first {n} months of the {fy} fiscal year, "
    "which began in {m}, totalled {x}",
    "which-started": "In the first {n} months of the {fy} financial year, which started in {m}, "
    "{a} ran a trade deficit of {x}",
    "glossed-span": "{a}'s trade deficit for {m}-{m_last}, the first {n} months of the {fy} "
    "fiscal year, was {x}",
}
COMPARED = ("none", "year-earlier")
# An opening sentence: none, or a figure for the part's last month (a monthly release).
OPENERS = ("none", "month-lead")
# The later sentence: none, the whole year before by its split years, a goal for this one.
LATERS = {
    "none": "",
    "year-before": "Exports totalled {y} in {fy0}, officials said.",
    "goal": "The government aims for exports of {y} in {fy}.",
}


@dataclasses.dataclass(frozen=True)
class FiscalCell:
    """One fiscal story's choices."""

    first: str
    count: str
    opener: str
    stating: str
    compared: str
    later: str
    pair: int


def _span(first: int, count: int, year: int) -> tuple[str, str]:
    """The ends of ``count`` months from month ``first`` of ``year``."""
    start = dt.date(year, first, 1)
    last = first - 1 + count - 1
    end_year, end_month = year + last // 12, last % 12 + 1
    following = dt.date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return start.isoformat(), (following - dt.timedelta(days=1)).isoformat()


def build_fiscal(cell: FiscalCell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    first, count = FIRST_MONTHS[cell.first], COUNTS[cell.count]
    words = {
        "a": pair.a_name,
        "n": cell.count,
        "m": MONTH_NAMES[first - 1],
        "m_last": MONTH_NAMES[(first + count - 2) % 12],
        "x": "2.9 billion dollars",
        "y": "7.5 billion dollars",
        "fy": "2022/23",
        "fy0": "2021/22",
    }
    text = STATINGS[cell.stating].format(**words)
    rows: list[Row] = [
        (pair.a, None, "balance", -2_900_000_000, "USD", *_span(first, count, 2022), False)
    ]
    if cell.compared == "year-earlier":
        text += ", compared with 3.8 billion dollars a year earlier"
        rows.append(
            (pair.a, None, "balance", -3_800_000_000, "USD", *_span(first, count, 2021), False)
        )
    sentences = [text + "."]
    if cell.opener == "month-lead":
        last = (first + count - 2) % 12 + 1
        sentences.insert(
            0,
            f"{pair.a_name}'s trade deficit narrowed to 1.1 billion dollars in "
            f"{MONTH_NAMES[last - 1]}.",
        )
        year = 2022 + (first + count - 2) // 12
        rows.append((pair.a, None, "balance", -1_100_000_000, "USD", *_span(last, 1, year), False))
    if cell.later != "none":
        sentences.append(LATERS[cell.later].format(**words))
        year = 2021 if cell.later == "year-before" else 2022
        rows.append(
            (
                pair.a,
                None,
                "export",
                7_500_000_000,
                "USD",
                *_span(first, 12, year),
                cell.later == "goal",
            )
        )
    return " ".join(sentences), rows


FISCAL_CHOICES: dict[str, list[object]] = {
    "first": list(FIRST_MONTHS),
    "count": list(COUNTS),
    "opener": list(OPENERS),
    "stating": list(STATINGS),
    "compared": list(COMPARED),
    "later": list(LATERS),
    "pair": list(range(len(PAIRS))),
}
FISCAL_CELLS = list(
    sample_cells(
        FiscalCell,
        lambda cell: True,
        FISCAL_CHOICES,
        random.Random(6362),
        size=200,
        axis="stating",
        tries=1,
    )
)
FISCAL_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(FISCAL_CELLS, dashed_id, by_value(FISCAL_LEFT), numbered=True)
)
def test_fiscal_grid_cell(cell: FiscalCell) -> None:
    """Each fiscal story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_fiscal(cell)
    assert scored(trade_rows(body, FISCAL_PUBLISHED)) == scored(expected), body


def test_every_fiscal_value_is_sampled() -> None:
    """Every value of every choice of the fiscal grid is met in several cells."""
    assert_every_value_sampled(FISCAL_CELLS, FISCAL_CHOICES)


# The whole-year grid: after a monthly lead, a figure for the whole of a year, named
# ("for the whole of 2023") or not ("for the full year"), framed by words that say no
# "forecast" ("counting on", "pointed to", "see"); the year still running at publication,
# or the year before told as a fact (both sides). No figure of a whole year is known before
# the year ends: one told for a year still running is a forecast of the whole year
# (spec/EXTRACTION.md: ``target`` is true for forecasts), never its months to date.
WHOLE_PUBLISHED = dt.date(2023, 3, 15)
WHOLES = {
    "whole-of-named": "for the whole of {year}",
    "in-whole-of-named": "in the whole of {year}",
    "whole-year": "for the whole year",
    "full-year": "for the full year",
    "entire-year": "for the entire year",
}
YEARS = ("running", "past")
# The frame of the whole-year figure ({a}, {flow}, {x}, {whole}): running years' frames say
# what someone expects; the past year's frames state a fact.
RUNNING_FRAMES = {
    "counting-on": "The government is counting on {flow} of {x} {whole}.",
    "pointed-to": "Analysts said the figures pointed to {flow} of around {x} {whole}.",
    "see": "Economists see {flow} of {x} {whole}.",
    "forecast": "The central bank forecast {flow} of {x} {whole}.",
}
PAST_FRAMES = {
    "was": "{Whole}, {a} recorded {flow} of {x}.",
    "came-to": "{Flow} came to {x} {whole}.",
}
FLOWS = {"surplus": ("a surplus", "balance", 1), "exports": ("exports", "export", 1)}


@dataclasses.dataclass(frozen=True)
class WholeCell:
    """One whole-year story's choices."""

    whole: str
    year: str
    frame: str
    flow: str
    pair: int


def build_whole(cell: WholeCell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    year = 2023 if cell.year == "running" else 2022
    flow_words, flow, sign = FLOWS[cell.flow]
    whole = WHOLES[cell.whole].format(year=year)
    frames = RUNNING_FRAMES if cell.year == "running" else PAST_FRAMES
    figure = frames[cell.frame].format(
        a=pair.a_name,
        flow=flow_words,
        Flow=flow_words[0].upper() + flow_words[1:],
        x="4 billion dollars",
        whole=whole,
        Whole=whole[0].upper() + whole[1:],
    )
    lead = f"{pair.a_name} posted a trade surplus of 300 million dollars in February."
    rows: list[Row] = [
        (pair.a, None, "balance", 300_000_000, "USD", "2023-02-01", "2023-02-28", False),
        (
            pair.a,
            None,
            flow,
            sign * 4_000_000_000,
            "USD",
            f"{year}-01-01",
            f"{year}-12-31",
            cell.year == "running",
        ),
    ]
    return f"{lead} {figure}", rows


def _whole_valid(cell: WholeCell) -> bool:
    """A frame of the year's kind; the past year named (an unnamed whole year is the lead's)."""
    frames = RUNNING_FRAMES if cell.year == "running" else PAST_FRAMES
    return cell.frame in frames and (cell.year == "running" or "named" in cell.whole)


WHOLE_CHOICES: dict[str, list[object]] = {
    "whole": list(WHOLES),
    "year": list(YEARS),
    "frame": [*RUNNING_FRAMES, *PAST_FRAMES],
    "flow": list(FLOWS),
    "pair": list(range(len(PAIRS))),
}


def _whole_fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Make a pick valid unless the value being met forbids it."""
    if name == "frame":
        pick["year"] = "running" if pick["frame"] in RUNNING_FRAMES else "past"
    frames = list(RUNNING_FRAMES if pick["year"] == "running" else PAST_FRAMES)
    if pick["frame"] not in frames:
        pick["frame"] = frames[len(str(pick["whole"])) % len(frames)]
    if pick["year"] == "past" and "named" not in str(pick["whole"]):
        pick["whole"] = "whole-of-named"


WHOLE_CELLS = list(
    sample_cells(
        WholeCell,
        _whole_valid,
        WHOLE_CHOICES,
        random.Random(6363),
        size=100,
        axis="whole",
        tries=40,
        fix=_whole_fix,
    )
)


def whole_left(cell: WholeCell) -> str | None:
    """Why the library still misreads a whole-year cell (a strict xfail), or ``None``."""
    if cell.frame == "counting-on" and cell.flow == "exports":
        # not this grid's class: the same frame drops the figure for a year to come too
        return "'counting on exports of X' gives no export figure for any period"
    return None


@pytest.mark.parametrize("cell", grid_params(WHOLE_CELLS, dashed_id, whole_left, numbered=True))
def test_whole_grid_cell(cell: WholeCell) -> None:
    """Each whole-year story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_whole(cell)
    assert scored(trade_rows(body, WHOLE_PUBLISHED)) == scored(expected), body


def test_every_whole_value_is_sampled() -> None:
    """Every value of every choice of the whole-year grid is met in several cells."""
    assert_every_value_sampled(WHOLE_CELLS, WHOLE_CHOICES)


# The compared grid: a sentence tells a level and the figure it is compared with ("Exports
# were X against Y in 1985"), then a second flow in a clause of its own ("..., and imports
# rose to Z", with or without "from W"); the level's period told by a lead sentence or in
# its own clause. The compared figure's period is that figure's alone: the second flow is
# for the level's period, and its base for the compared one (spec/EXTRACTION.md: the period
# the figure covers), whether the clause opens with ", and", ", while" or a semicolon.
COMPARED_PUBLISHED = dt.date(1987, 2, 20)
# (level's period, its words, the compared period's words, ends of each)
PERIOD_KINDS = {
    "year": ("1986", "in 1985", ("1986-01-01", "1986-12-31"), ("1985-01-01", "1985-12-31")),
    "month": (
        "January",
        "in January 1986",
        ("1987-01-01", "1987-01-31"),
        ("1986-01-01", "1986-01-31"),
    ),
}
PLACES = ("lead", "own")
COMPARE_WORDS = ("against", "compared with", "from")
JOINERS = {"and": ", and", "while": ", while", "semicolon": ";"}
SECONDS = {
    "rose-to": "{flow} rose to 3 bln dlrs",
    "were": "{flow} were 3 bln dlrs",
    "rose-from": "{flow} rose to 3 bln dlrs from 2.5 bln",
}
ORDERS = ("exports-first", "imports-first")


@dataclasses.dataclass(frozen=True)
class ComparedCell:
    """One compared story's choices."""

    kind: str
    place: str
    compare: str
    joiner: str
    second: str
    order: str
    pair: int


def build_compared(cell: ComparedCell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    level_words, base_words, level, base = PERIOD_KINDS[cell.kind]
    first, second = ("export", "import") if cell.order == "exports-first" else ("import", "export")
    verb = "rose to 5 bln dlrs" if cell.compare == "from" else "were 5 bln dlrs"
    own = f" in {level_words}" if cell.place == "own" else ""
    clause = SECONDS[cell.second].format(flow=f"{second}s")
    text = (
        f"{pair.a_name}'s {first}s {verb}{own} {cell.compare} 4 bln {base_words}"
        f"{JOINERS[cell.joiner]} {clause}."
    )
    rows: list[Row] = [
        (pair.a, None, first, 5_000_000_000, "USD", *level, False),
        (pair.a, None, first, 4_000_000_000, "USD", *base, False),
        (pair.a, None, second, 3_000_000_000, "USD", *level, False),
    ]
    if cell.second == "rose-from":
        rows.append((pair.a, None, second, 2_500_000_000, "USD", *base, False))
    if cell.place == "lead":
        lead = f"{pair.a_name}'s trade surplus widened to 2 bln dlrs in {level_words}."
        rows.append((pair.a, None, "balance", 2_000_000_000, "USD", *level, False))
        text = f"{lead} {text}"
    return text, rows


COMPARED_CHOICES: dict[str, list[object]] = {
    "kind": list(PERIOD_KINDS),
    "place": list(PLACES),
    "compare": list(COMPARE_WORDS),
    "joiner": list(JOINERS),
    "second": list(SECONDS),
    "order": list(ORDERS),
    "pair": list(range(len(PAIRS))),
}
COMPARED_CELLS = list(
    sample_cells(
        ComparedCell,
        lambda cell: True,
        COMPARED_CHOICES,
        random.Random(6364),
        size=200,
        axis="joiner",
        tries=1,
    )
)
COMPARED_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(COMPARED_CELLS, dashed_id, by_value(COMPARED_LEFT), numbered=True)
)
def test_compared_grid_cell(cell: ComparedCell) -> None:
    """Each compared story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_compared(cell)
    assert scored(trade_rows(body, COMPARED_PUBLISHED)) == scored(expected), body


def test_every_compared_value_is_sampled() -> None:
    """Every value of every choice of the compared grid is met in several cells."""
    assert_every_value_sampled(COMPARED_CELLS, COMPARED_CHOICES)


# The event grid: after a lead for a quarter, a figure for a month of it told before its
# amount ("In March, A posted a surplus of X", "March alone showed ...") or right after it
# (both sides), then an event of another month after "after", "following" or "compared
# with" that gives no amount of its own ("after a small deficit in February"): the month
# after the event is the event's, and the figure keeps its own.
EVENT_PUBLISHED = dt.date(1987, 4, 20)
MONTH_PLACES = {
    "opening": "In March, {a} posted {flow} of 300 mln dlrs",
    "alone-subject": "March alone showed {flow} of 300 mln dlrs",
    "after-amount": "{a} posted {flow} of 300 mln dlrs in March",
}
EVENT_WORDS = ("after", "following", "compared with")
EVENTS = ("a small deficit", "a revised surplus", "a sharp fall", "a deficit")
COMMAS = ("none", "comma")
EVENT_FLOWS = {"surplus": ("a trade surplus", 1), "deficit": ("a trade deficit", -1)}


@dataclasses.dataclass(frozen=True)
class EventCell:
    """One event story's choices."""

    place: str
    word: str
    event: str
    comma: str
    flow: str
    pair: int


def build_event(cell: EventCell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    flow_words, sign = EVENT_FLOWS[cell.flow]
    figure = MONTH_PLACES[cell.place].format(a=pair.a_name, flow=flow_words)
    comma = "," if cell.comma == "comma" else ""
    lead = f"{pair.a_name}'s trade surplus widened to 1 bln dlrs in the first quarter."
    body = f"{lead} {figure}{comma} {cell.word} {cell.event} in February."
    rows: list[Row] = [
        (pair.a, None, "balance", 1_000_000_000, "USD", "1987-01-01", "1987-03-31", False),
        (pair.a, None, "balance", sign * 300_000_000, "USD", "1987-03-01", "1987-03-31", False),
    ]
    return body, rows


EVENT_CHOICES: dict[str, list[object]] = {
    "place": list(MONTH_PLACES),
    "word": list(EVENT_WORDS),
    "event": list(EVENTS),
    "comma": list(COMMAS),
    "flow": list(EVENT_FLOWS),
    "pair": list(range(len(PAIRS))),
}
EVENT_CELLS = list(
    sample_cells(
        EventCell,
        lambda cell: True,
        EVENT_CHOICES,
        random.Random(6365),
        size=120,
        axis="place",
        tries=1,
    )
)
EVENT_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "cell", grid_params(EVENT_CELLS, dashed_id, by_value(EVENT_LEFT), numbered=True)
)
def test_event_grid_cell(cell: EventCell) -> None:
    """Each event story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_event(cell)
    assert scored(trade_rows(body, EVENT_PUBLISHED)) == scored(expected), body


def test_every_event_value_is_sampled() -> None:
    """Every value of every choice of the event grid is met in several cells."""
    assert_every_value_sampled(EVENT_CELLS, EVENT_CHOICES)


# The forecast grid: after a lead telling a month's balance, a forecast with no year of
# its own for that month or another: in the pluperfect ("economists had forecast"), made
# before the figures just released, it is for the month just past; in the present, for a
# month the story told a figure of, that month; for another month or a quarter with no
# year already past, the coming one (both sides). A forecast is a target (spec/EXTRACTION.md).
FORECAST_PUBLISHED = dt.date(1987, 6, 11)
FORECAST_VERBS = {
    "had-forecast": ("Economists had forecast", True),
    "had-expected": ("Analysts had expected", True),
    "forecast": ("Economists forecast", False),
    "expect": ("Analysts expect", False),
}
# The forecast's period: its words ({x}), whether the lead told that month, its ends then
# and a year on.
FORECAST_PERIODS = {
    "noun-told": ("an April deficit of {x}", True, ("1987-04-01", "1987-04-30")),
    "in-told": ("a deficit of {x} in April", True, ("1987-04-01", "1987-04-30")),
    "in-other": ("a deficit of {x} in March", False, ("1987-03-01", "1987-03-31")),
    "quarter": ("a deficit of {x} in the first quarter", False, ("1987-01-01", "1987-03-31")),
}


@dataclasses.dataclass(frozen=True)
class ForecastCell:
    """One forecast story's choices."""

    verb: str
    period: str
    pair: int


def _year_on(ends: tuple[str, str]) -> tuple[str, str]:
    """The same months a year later."""
    start, end = (dt.date.fromisoformat(e) for e in ends)
    following = dt.date(end.year + 1, end.month % 12 + 1, 1) if end.month != 12 else None
    last = (following or dt.date(end.year + 2, 1, 1)) - dt.timedelta(days=1)
    return start.replace(year=start.year + 1).isoformat(), last.isoformat()


def build_forecast(cell: ForecastCell) -> tuple[str, list[Row]]:
    """The story and the records its choices call for."""
    pair = PAIRS[cell.pair]
    verb, before = FORECAST_VERBS[cell.verb]
    words, told, ends = FORECAST_PERIODS[cell.period]
    lead = f"{pair.a_name}'s trade deficit narrowed to 487 mln dlrs in April."
    forecast = f"{verb} {words.format(x='600 mln dlrs')}."
    period = ends if before or told else _year_on(ends)
    rows: list[Row] = [
        (pair.a, None, "balance", -487_000_000, "USD", "1987-04-01", "1987-04-30", False),
        (pair.a, None, "balance", -600_000_000, "USD", *period, True),
    ]
    return f"{lead} {forecast}", rows


FORECAST_CHOICES: dict[str, list[object]] = {
    "verb": list(FORECAST_VERBS),
    "period": list(FORECAST_PERIODS),
    "pair": list(range(len(PAIRS))),
}
# Every cell: 4 verbs x 4 periods x 3 pairs.
FORECAST_CELLS = [
    ForecastCell(str(verb), str(period), int(str(pair)))
    for verb in FORECAST_CHOICES["verb"]
    for period in FORECAST_CHOICES["period"]
    for pair in FORECAST_CHOICES["pair"]
]


def forecast_left(cell: ForecastCell) -> str | None:
    """Why the library still misreads a forecast cell (a strict xfail), or ``None``."""
    if not FORECAST_VERBS[cell.verb][1] and FORECAST_PERIODS[cell.period][1]:
        return (
            "a present forecast for a month the story told is read as the coming one: the "
            "story's told periods hold its comparison bases too ('from Y a year earlier'), "
            "so a forecast for a told period would also take a base's"
        )
    return None


@pytest.mark.parametrize(
    "cell", grid_params(FORECAST_CELLS, dashed_id, forecast_left, numbered=True)
)
def test_forecast_grid_cell(cell: ForecastCell) -> None:
    """Each forecast story gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_forecast(cell)
    assert scored(trade_rows(body, FORECAST_PUBLISHED)) == scored(expected), body


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    if sys.argv[1:2] == ["fiscal"]:
        report_trade_grid(
            FISCAL_CELLS, FISCAL_CHOICES, build_fiscal, FISCAL_PUBLISHED, sys.argv[2:]
        )
    elif sys.argv[1:2] == ["compared"]:
        report_trade_grid(
            COMPARED_CELLS, COMPARED_CHOICES, build_compared, COMPARED_PUBLISHED, sys.argv[2:]
        )
    elif sys.argv[1:2] == ["event"]:
        report_trade_grid(EVENT_CELLS, EVENT_CHOICES, build_event, EVENT_PUBLISHED, sys.argv[2:])
    elif sys.argv[1:2] == ["forecast"]:
        report_trade_grid(
            FORECAST_CELLS, FORECAST_CHOICES, build_forecast, FORECAST_PUBLISHED, sys.argv[2:]
        )
    elif sys.argv[1:2] == ["whole"]:
        report_trade_grid(WHOLE_CELLS, WHOLE_CHOICES, build_whole, WHOLE_PUBLISHED, sys.argv[2:])
    else:
        report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
