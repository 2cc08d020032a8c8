"""Trade figures dated by a state's fiscal year, as a grid of independent choices.

The grid and its class table read with ``fiscal_calendars=True`` (versionadded 0.2.0): a
fiscal year that states no months is on the government calendar of the story's state.
The library's default leaves that option off, as the owners' key reads such a year: no
record where the page does not state the calendar. ``OFF_CELLS`` and ``OFF_TABLE`` at the
end read a handful of the same pages with the option off: no record for a year that
states no months, and the record where the page states them ("(July-June)",
"July-March of ...", "July-January (2023-24)").

A cell is one short page (a dateline, a sentence of a figure, optionally an earlier
figure it is compared with) built from one value of each choice: the reporter state (by
its government's fiscal calendar: July-June, April-March, October-September, the
calendar year), the fiscal year's form ("FY2022-23", "fiscal year 2022-23", "the 2022-23
fiscal year", "2022/23", "the 2022/23 fiscal year", "FY23", "fiscal 2023", "in 2022-23",
"fiscal year 2022-23 (July-June)"), the part of the year (the whole, "the first nine
months of", the nine months by name "July-March of"), a comparison or none ("up from Y a
year earlier", "up from Y in <the year before, in the same form>"), the flow and pair
(exports to the partner, imports from it, bilateral trade, exports to the world) and the
page's frame (a crawled page of a national outlet, wire copy with a headline in
capitals). The records a cell must give are computed from the choices and the fiscal
calendar of the reporter (``CALENDARS``, the facts of
``diplonews/gazetteer/data/fiscal_years.json``, written out here again, not read from the
library), never by running the library:

- a split year ("2022-23", "2022/23") is the fiscal year from the first year to the
  second on the reporter's calendar; "FY23" the fiscal year that ends in 2023; "fiscal
  2023" the fiscal year the calendar year 2023 holds most of the months of (Japan's
  fiscal 1986 ran from April 1986, the US fiscal 1987 from October 1986), as the library
  read it before this grid;
- a calendar the page states ("(July-June)") wins over the state's;
- a state with a calendar-year budget names no split year: a split year of its figure
  gives no record; "FY23" and "fiscal 2023" are its calendar year 2023;
- a part of a fiscal year counts its months from the year's first month; a comparison
  "a year earlier" or "in <the year before>" is the same months a year before;
- a story whose state's calendar the table does not give reads no calendar from a
  partner's; a story naming two states of different split calendars reads none;
- the publication day (20 September 2024) is after every year the cells name.

The classes the grid showed the library misread are also rows of ``TABLE`` below, with
sentences of their own:

- ``fiscal-part-relative``: "the first seven months of the current fiscal year", "the
  first quarter of the current fiscal year" are counted from the first month of the
  fiscal year running at publication, on the state's calendar;
- ``split-year-bracket``: "July-January (2023-24)": a split year in brackets after a run
  of months dates the run, it is no period of its own;
- ``compared-last-year``: "narrowed to X in FY23 from Y last year": "last year" compared
  with a fiscal year's figure is the fiscal year before;
- ``previous-fiscal-year-of-story``: "In the previous fiscal year, ..." after a sentence
  dating a figure by a fiscal year is the fiscal year before that one (a look back: the
  story's year stays the frame of the sentences after).

Near misses with no record: a season ("the 2022-23 season"), a range of years ("in
2020-23": three years), a split year of a state with a calendar-year budget (cells of
``CALENDARS``' calendar-year state) and a split year in a story naming two states of
different fiscal calendars with nothing telling whose the figure is.

The cells are a seeded sample of the grid (``grid_cells.sample_cells``: every form meets
every value of every other choice, then random cells up to 320). Records are compared as
the scorer pairs them (see ``tests/trade_rows.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from grid_cells import assert_every_value_sampled, by_value, grid_params, sample_cells
from trade_rows import (
    Row,
    TableRow,
    assert_table_shape,
    option_params,
    scored,
    table_params,
    trade_rows,
)

PUBLISHED = dt.date(2024, 9, 20)

MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]


@dataclasses.dataclass(frozen=True)
class Reporter:
    """A reporter state, its partner and its fiscal year's last month (12: the calendar year)."""

    name: str
    code: str
    capital: str
    partner: str
    partner_code: str
    ends: int


# The states by their governments' fiscal calendars (fiscal_years.json): the calendar is a
# fact of the state, written here so that the grid does not test the table by itself.
CALENDARS: dict[str, Reporter] = {
    "pak": Reporter("Pakistan", "PAK", "ISLAMABAD", "Uzbekistan", "UZB", 6),
    "aus": Reporter("Australia", "AUS", "CANBERRA", "Indonesia", "IDN", 6),
    "ind": Reporter("India", "IND", "NEW DELHI", "Russia", "RUS", 3),
    "jpn": Reporter("Japan", "JPN", "TOKYO", "Mongolia", "MNG", 3),
    "tha": Reporter("Thailand", "THA", "BANGKOK", "Vietnam", "VNM", 9),
    "lka": Reporter("Sri Lanka", "LKA", "COLOMBO", "Maldives", "MDV", 12),
}

# The fiscal year's form: (value, text for the fiscal year that ends in ``y`` (2023), kind).
# kind: "split" names both years, "ends" the year it ends in, "most" the calendar year
# holding most of its months, "stated" a split year with its months in brackets.
FORMS = [
    "fy-split",
    "fiscal-year-split",
    "the-split-fiscal-year",
    "slash",
    "the-slash-fiscal-year",
    "fy-short",
    "fiscal-single",
    "in-split",
    "stated",
]
PARTS = ["whole", "first-nine-months", "months-of"]
COMPARISONS = ["none", "a-year-earlier", "year-before"]
FLOWS = ["export", "import", "turnover", "world"]
FRAMES = ["crawled", "wire"]


def _form(form: str, ends_in: int) -> str:
    """The fiscal year ending in ``ends_in`` (a split year's second year) in ``form``."""
    first, short = ends_in - 1, ends_in % 100
    return {
        "fy-split": f"FY{first}-{short:02d}",
        "fiscal-year-split": f"fiscal year {first}-{short:02d}",
        "the-split-fiscal-year": f"the {first}-{short:02d} fiscal year",
        "slash": f"{first}/{short:02d}",
        "the-slash-fiscal-year": f"the {first}/{short:02d} fiscal year",
        "fy-short": f"FY{short:02d}",
        "fiscal-single": f"fiscal {ends_in}",
        "in-split": f"{first}-{short:02d}",
        "stated": f"fiscal year {first}-{short:02d} (July-June)",
    }[form]


@dataclasses.dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    state: str
    form: str
    part: str
    comparison: str
    flow: str
    frame: str

    @property
    def id(self) -> str:
        """The cell's test id: its choice values."""
        return "|".join(dataclasses.astuple(self))

    def valid(self) -> bool:
        """Whether the cell can be written: a stated calendar is a whole year's gloss."""
        return not (self.form == "stated" and self.part != "whole")


CHOICES: dict[str, list[str]] = {
    "state": list(CALENDARS),
    "form": FORMS,
    "part": PARTS,
    "comparison": COMPARISONS,
    "flow": FLOWS,
    "frame": FRAMES,
}


def _fiscal_months(cell: Cell, ends_in: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the cell's period in the fiscal year named by ``ends_in``."""
    ends = 6 if cell.form == "stated" else CALENDARS[cell.state].ends
    split = cell.form not in ("fy-short", "fiscal-single")
    if ends == 12 and split:
        return None  # a calendar-year budget names no split year
    last_year = ends_in
    if cell.form == "fiscal-single" and ends < 6:
        last_year += 1  # "fiscal 2023" of an April-March year: from April 2023
    first = dt.date(last_year, 1, 1) if ends == 12 else dt.date(last_year - 1, ends + 1, 1)
    count = 12 if cell.part == "whole" else 9
    last_month = (first.month - 1 + count - 1) % 12 + 1
    last_of = first.year + (first.month - 1 + count - 1) // 12
    after = dt.date(last_of + last_month // 12, last_month % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def _period_text(cell: Cell, ends_in: int) -> str:
    """The period phrase of the cell for the fiscal year named by ``ends_in``."""
    year = _form(cell.form, ends_in)
    if cell.part == "whole":
        return year
    if cell.part == "first-nine-months":
        return f"the first nine months of {year}"
    ends = CALENDARS[cell.state].ends
    first = ends % 12  # index of the first month
    return f"{MONTHS[first]}-{MONTHS[(first + 8) % 12]} of {year}"


def build(cell: Cell) -> tuple[str | None, str, list[Row]]:
    """(headline, body, expected records) of a cell."""
    state = CALENDARS[cell.state]
    value, base = 2_450_000_000, 2_130_000_000
    if cell.flow == "export":
        subject, reporter, partner, flow = (
            f"{state.name}'s exports to {state.partner}",
            state.code,
            state.partner_code,
            "export",
        )
    elif cell.flow == "import":
        subject, reporter, partner, flow = (
            f"{state.name}'s imports from {state.partner}",
            state.code,
            state.partner_code,
            "import",
        )
    elif cell.flow == "turnover":
        subject, reporter, partner, flow = (
            f"trade between {state.name} and {state.partner}",
            state.code,
            state.partner_code,
            "turnover",
        )
    else:
        subject, reporter, partner, flow = f"{state.name}'s exports", state.code, None, "export"
    period = _period_text(cell, 2023)
    after = f"in {period}" if cell.part == "whole" else f"during {period}"
    if cell.comparison == "a-year-earlier":
        tail = ", up from $2.13 billion a year earlier"
    elif cell.comparison == "year-before":
        before = _period_text(cell, 2022)
        tail = f", up from $2.13 billion in {before}"
    else:
        tail = ""
    sentence = f"{subject[0].upper()}{subject[1:]} rose to $2.45 billion {after}{tail}."
    if cell.frame == "crawled":
        title = None
        body = f"{state.capital}, Sept 20 (Agencies): {sentence} Officials said the figures "
        body += "were released by the statistics office on Friday."
    else:
        title = f"{state.name.upper()} EXPORTS RISE"
        body = f"{state.capital}, Sept 20 - {sentence[:-1]}, official figures showed."
    expected: list[Row] = []
    months = _fiscal_months(cell, 2023)
    if months is not None:
        start, end = months
        expected.append((reporter, partner, flow, value, "USD", str(start), str(end), False))
        if cell.comparison != "none":
            first, last = str(start.replace(year=start.year - 1)), str(_year_before(end))
            expected.append((reporter, partner, flow, base, "USD", first, last, False))
    return title, body, expected


def _year_before(day: dt.date) -> dt.date:
    """The last day of ``day``'s month a year before."""
    after = dt.date(day.year - 1 + day.month // 12, day.month % 12 + 1, 1)
    return after - dt.timedelta(days=1)


CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(19), size=320, axis="form", tries=30)
)

D = dt.date

# (class, id, headline, body, published, expected records): near misses and classes.
TABLE: list[TableRow] = [
    (
        "near-miss",
        "season",
        None,
        "ISLAMABAD, Sept 20 (Agencies): Pakistan's exports to Uzbekistan of the 2022-23 season "
        "were worth more in the end, said the cotton board, and the 2022-23 season closed.",
        D(2024, 9, 20),
        [],
    ),
    (
        "near-miss",
        "season-figure",
        None,
        "ISLAMABAD, Sept 20 (Agencies): Pakistan's cotton exports rose to $245 million in the "
        "2022-23 season.",
        D(2024, 9, 20),
        [],
    ),
    (
        "near-miss",
        "range-of-years",
        None,
        "ISLAMABAD, Sept 20 (Agencies): Pakistan's exports to Uzbekistan totalled $2.45 "
        "billion in 2020-23, the ministry said.",
        D(2024, 9, 20),
        [],
    ),
    (
        "near-miss",
        "calendar-year-budget",
        None,
        "COLOMBO, Sept 20 (Agencies): Sri Lanka's exports to the Maldives rose to $245 million "
        "in FY2022-23.",
        D(2024, 9, 20),
        [],
    ),
    (
        "near-miss",
        "two-calendars",
        None,
        "Trade between India and Pakistan rose to $2.45 billion in FY2022-23, officials said.",
        D(2024, 9, 20),
        [],
    ),
    (
        "fiscal-part-relative",
        "first-seven-months-current",
        None,
        "ISLAMABAD, Feb 20 (Agencies): Pakistan's exports to Uzbekistan rose to $38.6 million "
        "during the first seven months of the current fiscal year.",
        D(2024, 2, 20),
        [("PAK", "UZB", "export", 38_600_000, "USD", "2023-07-01", "2024-01-31", False)],
    ),
    (
        "fiscal-part-relative",
        "first-quarter-current",
        None,
        "ISLAMABAD, Nov 2 (Agencies): Pakistan's trade with Uzbekistan stood at $48.6 million "
        "in the first quarter of the current fiscal year.",
        D(2023, 11, 2),
        [("PAK", "UZB", "turnover", 48_600_000, "USD", "2023-07-01", "2023-09-30", False)],
    ),
    (
        "split-year-bracket",
        "months-then-split-year",
        None,
        "ISLAMABAD, Feb 20 (Agencies): Pakistan's exports to Uzbekistan were recorded at "
        "$38.61 million during July-January (2023-24) against $29.39 million during "
        "July-January (2022-23).",
        D(2024, 2, 20),
        [
            ("PAK", "UZB", "export", 38_610_000, "USD", "2023-07-01", "2024-01-31", False),
            ("PAK", "UZB", "export", 29_390_000, "USD", "2022-07-01", "2023-01-31", False),
        ],
    ),
    (
        "split-year-bracket",
        "months-then-split-year-imports",
        None,
        "KARACHI, Mar 5 (Agencies): Pakistan's imports from Kenya were $61.2 million during "
        "July-February (2023-24).",
        D(2024, 3, 5),
        [("PAK", "KEN", "import", 61_200_000, "USD", "2023-07-01", "2024-02-29", False)],
    ),
    (
        "compared-last-year",
        "deficit-from-last-year",
        None,
        "ISLAMABAD, Aug 1 (Agencies): Pakistan's trade deficit narrowed to $24.8 billion in "
        "FY23 from $39.1 billion last year.",
        D(2023, 8, 1),
        [
            ("PAK", None, "balance", -24_800_000_000, "USD", "2022-07-01", "2023-06-30", False),
            ("PAK", None, "balance", -39_100_000_000, "USD", "2021-07-01", "2022-06-30", False),
        ],
    ),
    (
        "compared-last-year",
        "exports-from-last-year",
        None,
        "NEW DELHI, June 1 (Agencies): India's exports rose to $451 billion in FY2022-23 from "
        "$422 billion last year.",
        D(2023, 6, 1),
        [
            ("IND", None, "export", 451_000_000_000, "USD", "2022-04-01", "2023-03-31", False),
            ("IND", None, "export", 422_000_000_000, "USD", "2021-04-01", "2022-03-31", False),
        ],
    ),
    (
        "previous-fiscal-year-of-story",
        "shipped-in-previous",
        None,
        "ISLAMABAD, July 20 (Agencies): Pakistan's exports to China fell to $2.53 billion in "
        "2022-23. In the previous fiscal year, the country had shipped goods worth $2.91 "
        "billion to China.",
        D(2023, 7, 20),
        [
            ("PAK", "CHN", "export", 2_530_000_000, "USD", "2022-07-01", "2023-06-30", False),
            ("PAK", "CHN", "export", 2_910_000_000, "USD", "2021-07-01", "2022-06-30", False),
        ],
    ),
    (
        "previous-fiscal-year-of-story",
        "imports-in-previous",
        None,
        "NEW DELHI, May 20 (Agencies): India's imports from Russia rose to $46 billion in "
        "FY2022-23. In the previous fiscal year, imports from Russia were $10 billion.",
        D(2023, 5, 20),
        [
            ("IND", "RUS", "import", 46_000_000_000, "USD", "2022-04-01", "2023-03-31", False),
            ("IND", "RUS", "import", 10_000_000_000, "USD", "2021-04-01", "2022-03-31", False),
        ],
    ),
]

# Rows the library does not read yet, with why (strict xfails).
TABLE_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), table_params(TABLE, TABLE_LEFT)
)
def test_grid_class_table(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """Each page of the table gives the records of its row, as the scorer pairs them."""
    assert scored(trade_rows(body, published, title, fiscal_calendars=True)) == scored(expected)


def test_table_ids_are_unique_and_classes_have_rows() -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    assert_table_shape(TABLE, TABLE_LEFT)


# Choice values the library does not read yet, with why (strict xfails), by choice value.
LEFT: dict[tuple[str, str], str] = {}


def _left(cell: Cell) -> str | None:
    """Why a cell is still misread (``LEFT`` by value, and ``LEFT_CELLS`` by id)."""
    return by_value(LEFT)(cell) or LEFT_CELLS.get(cell.id)


# Single cells the library does not read yet, by id, with why.
LEFT_CELLS: dict[str, str] = {}


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, _left, numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices and the reporter's calendar call for."""
    title, body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED, title, fiscal_calendars=True)) == scored(expected), (
        body
    )


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# Cells read with the option off (the default): a fiscal year that states no months gives
# no record, whatever the state's calendar; one whose months the page states gives the
# record it gives with the option on.
OFF_CELLS = [
    Cell("pak", "fy-split", "whole", "none", "export", "crawled"),
    Cell("ind", "fiscal-year-split", "whole", "a-year-earlier", "import", "wire"),
    Cell("aus", "the-split-fiscal-year", "first-nine-months", "none", "turnover", "crawled"),
    Cell("jpn", "fy-short", "whole", "year-before", "world", "wire"),
    Cell("tha", "fiscal-single", "whole", "none", "export", "wire"),
    Cell("pak", "in-split", "first-nine-months", "year-before", "export", "crawled"),
    Cell("lka", "fy-split", "whole", "none", "export", "crawled"),
    Cell("pak", "stated", "whole", "none", "export", "crawled"),
    Cell("ind", "stated", "whole", "a-year-earlier", "turnover", "wire"),
    Cell("aus", "stated", "whole", "year-before", "import", "crawled"),
    Cell("pak", "fy-split", "months-of", "none", "import", "wire"),
    Cell("ind", "fiscal-year-split", "months-of", "year-before", "export", "crawled"),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in OFF_CELLS])
def test_grid_cell_with_the_option_off(cell: Cell) -> None:
    """With ``fiscal_calendars`` off, only a page that states the months gives a record."""
    assert cell.valid()
    title, body, expected = build(cell)
    stated = cell.form == "stated" or cell.part == "months-of"
    assert scored(trade_rows(body, PUBLISHED, title)) == scored(expected if stated else []), body


# Rows of ``TABLE`` read with the option off, with their records: the relative, compared
# and previous fiscal years of a story that states no calendar give none; a run of months
# a split year in brackets dates gives its records.
OFF_TABLE: dict[str, list[Row]] = {
    "first-seven-months-current": [],
    "first-quarter-current": [],
    "deficit-from-last-year": [],
    "exports-from-last-year": [],
    "shipped-in-previous": [],
    "imports-in-previous": [],
    "months-then-split-year": [
        ("PAK", "UZB", "export", 38_610_000, "USD", "2023-07-01", "2024-01-31", False),
        ("PAK", "UZB", "export", 29_390_000, "USD", "2022-07-01", "2023-01-31", False),
    ],
    "months-then-split-year-imports": [
        ("PAK", "KEN", "import", 61_200_000, "USD", "2023-07-01", "2024-02-29", False),
    ],
}


@pytest.mark.parametrize(
    ("title", "body", "published", "expected"), option_params(TABLE, OFF_TABLE)
)
def test_grid_class_table_with_the_option_off(
    title: str | None, body: str, published: dt.date, expected: list[Row]
) -> None:
    """With ``fiscal_calendars`` off, the named rows give these records."""
    assert scored(trade_rows(body, published, title)) == scored(expected)


if __name__ == "__main__":  # pragma: no cover - the grid's report: failing cells by value
    from grid_cells import failure_table

    failed = {}
    for cell in CELLS:
        title, body, expected = build(cell)
        failed[cell] = scored(trade_rows(body, PUBLISHED, title, fiscal_calendars=True)) != scored(
            expected
        )
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{name:12s} {value:24s} {bad:3d}/{total}")
    print(sum(failed.values()), "of", len(CELLS))
