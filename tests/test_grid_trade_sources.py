"""A grid of trade figures told with their source: whose statistics never make a side.

Every cell is one invented short wire page built from independent choices: the lead (a
pair's bilateral trade told, "Bilateral trade between Peru and Chile is expected to grow";
or a visit that names the two states), the figure sentence (the pair's turnover "Trade
between Peru and Chile", a bare "Total trade" or "Two-way trade" after the lead, Peru's
exports to Chile, Peru's surplus with Chile) and its source (none; "according to Peruvian
statistics", "according to Chilean figures" after it; "Peruvian customs data showed",
"Chilean figures put" before it; "the Chilean central bank said" after it). The builder
writes the text AND the record it tells, computed from the choices by spec/EXTRACTION.md
section 4 (never by running the library):

- the figure's reporter and partner are the states whose trade it is; a state named only as
  the source of the statistics ("according to Chilean figures", "the Chilean central bank
  said") is neither, and does not turn the pair's figure into one state's trade with the
  world;
- a bare "Total trade" or "Two-way trade" after a lead of the pair's trade is the pair's
  turnover;
- period: "last year", published 3 April 1987: 1986.

A cell passes when the page's trade records are the expected one, as the scorer pairs them
(``trade_rows.scored``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

import pytest

from trade_rows import Row, scored, trade_rows

LEADS = (
    "LIMA, April 3 - Bilateral trade between Peru and Chile is expected to grow, officials said.",
    "LIMA, April 3 - Chilean President Juan Soto will visit Peru next week for talks on trade, "
    "officials said.",
)


class Figure(NamedTuple):
    """A figure sentence with {src_before} and {src_after} slots, and its record."""

    words: str
    row: Row


_YEAR = ("1986-01-01", "1986-12-31")
FIGURES = (
    Figure(
        "{src_before}trade between Peru and Chile reached 290 mln dlrs last year{src_after}.",
        ("PER", "CHL", "turnover", 290_000_000, "USD", *_YEAR, False),
    ),
    Figure(
        "{src_before}total trade reached 290 mln dlrs last year{src_after}.",
        ("PER", "CHL", "turnover", 290_000_000, "USD", *_YEAR, False),
    ),
    Figure(
        "{src_before}two-way trade reached 290 mln dlrs last year{src_after}.",
        ("PER", "CHL", "turnover", 290_000_000, "USD", *_YEAR, False),
    ),
    Figure(
        "{src_before}Peru's exports to Chile rose to 180 mln dlrs last year{src_after}.",
        ("PER", "CHL", "export", 180_000_000, "USD", *_YEAR, False),
    ),
    Figure(
        "{src_before}Peru's trade surplus with Chile widened to 70 mln dlrs last year{src_after}.",
        ("PER", "CHL", "balance", 70_000_000, "USD", *_YEAR, False),
    ),
)
# (before the figure, after it)
SOURCES = (
    ("", ""),
    ("", ", according to Peruvian statistics"),
    ("", ", according to Chilean figures"),
    ("Peruvian customs data showed that ", ""),
    ("Chilean figures showed that ", ""),
    ("", ", the Chilean central bank said"),
)


class Cell(NamedTuple):
    """One page's choices."""

    lead: str
    figure: Figure
    source: tuple[str, str]

    @property
    def text(self) -> str:
        """The page: the lead, then the figure sentence with its source."""
        before, after = self.source
        sentence = self.figure.words.format(src_before=before, src_after=after)
        return self.lead + " " + sentence[0].upper() + sentence[1:]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        return f"{LEADS.index(self.lead)}-{FIGURES.index(self.figure)}-{SOURCES.index(self.source)}"


CELLS = [Cell(*choice) for choice in itertools.product(LEADS, FIGURES, SOURCES)]
PUBLISHED = dt.date(1987, 4, 3)


def found(cell: Cell) -> list[Row]:
    """The trade records the library reads in the cell."""
    return trade_rows(cell.text, PUBLISHED)


@pytest.mark.parametrize("cell", CELLS, ids=[c.name for c in CELLS])
def test_grid_trade_sources(cell: Cell) -> None:
    """Each page gives the figure's own record, whatever its source."""
    assert scored(found(cell)) == scored([cell.figure.row]), (cell.text, found(cell))


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if scored(found(c)) != scored([c.figure.row])]
    for c in failing:
        print(c.name, "|", c.text, "|", found(c))
    print(f"{len(failing)} of {len(CELLS)} cells fail")
