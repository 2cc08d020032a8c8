"""A grid of commodity bodies of states told by the shape of their name, and their sessions.

Governments, not firms, are the members of the bodies that run the commodity agreements:
"the International Sisal Organization", "the International Rubber Study Group", "the
International Coffee Council". The organisations table cannot list every one news names,
yet the shape "International <goods> Organization|Organisation|Council|Study Group" tells
one. Each cell draws a body, a sentence telling a session of the body or of its board or
council (held or to come), a host city and a sentence after it (none, or the states whose
delegates come), writes a short page, and computes from the choices alone the record
spec/EXTRACTION.md section 2 asks for: one conference of the body (``organization`` the
acronym told in brackets after its name, else its name as written, "ICO" for the coffee
body), held in the city (its state the host, with the states whose delegates come), with
the sentence's status and date. The same sentences about a sports or business body
("the International Cricket Council", "the International Business Council") or a body of
growers or traders ("the International Coffee Growers Council") give no record.

Every page is published on Wednesday 2023-05-10: "on Tuesday" is 2023-05-09, "in
September" 2023-09, "next month" 2023-06, "on June 15" 2023-06-15.

186 of the 300 cells fail (every body of the shape the table does not list, the
International Coffee Organization among them): ``LEFT`` keeps them as strict xfails, with
why the rule that finds them is not in yet. The cells of the listed body and of the bodies
that are none of states pass.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import (
    assert_every_value_sampled,
    by_value,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = "2023-05-10"  # a Wednesday

# body key -> (name as written, the organization a record must carry, or None: no body of states)
BODIES: dict[str, tuple[str, str | None]] = {
    "sisal": ("International Sisal Organization", "International Sisal Organization"),
    "sisal_acr": ("International Sisal Organization (ISIO)", "ISIO"),
    "rubber": ("International Rubber Study Group", "International Rubber Study Group"),
    "cotton": ("International Cotton Council", "International Cotton Council"),
    "timber": (
        "International Tropical Timber Organisation",
        "International Tropical Timber Organisation",
    ),
    "coffee": ("International Coffee Organization", "ICO"),
    "coffee_acr": ("International Coffee Organization (ICO)", "ICO"),
    "coffee_council": ("International Coffee Council", "ICO"),
    "grains": ("International Grains Council", "International Grains Council"),
    # no bodies of states: sport, business, growers, traders
    "cricket": ("International Cricket Council", None),
    "business": ("International Business Council", None),
    "growers": ("International Coffee Growers Council", None),
    "traders": ("International Tea Traders Organisation", None),
}

# template key -> (sentence with {body} after "the", {city}; status; date)
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "board_will": (
        "The {body}'s executive board will meet in {city} on June 15, officials said.",
        "planned",
        "2023-06-15",
    ),
    "full_council": (
        "The full council of the {body} will meet in {city} next month to try again.",
        "planned",
        "2023-06",
    ),
    "before_meets": (
        "Delegates saw little chance of a deal before the {body}'s council meets in {city}"
        " in September.",
        "planned",
        "2023-09",
    ),
    "ended": (
        "The {body} ended a week-long session in {city} on Tuesday without agreeing on quotas.",
        "held",
        "2023-05-09",
    ),
    "met": ("Members of the {body} met in {city} on Tuesday.", "held", "2023-05-09"),
    "opened": (
        "The executive board of the {body} opened a four-day session in {city} on Tuesday.",
        "held",
        "2023-05-09",
    ),
}

CITIES = {"Nairobi": "KEN", "Jakarta": "IDN", "Quito": "ECU", "Dakar": "SEN"}

# A sentence after the session's: none, or the states whose delegates come (its sides).
FOLLOWS: dict[str, tuple[str, list[str]]] = {
    "none": ("", []),
    "delegates": (
        " Delegates from Peru, Chile and Ghana are expected to press for higher prices.",
        ["CHL", "GHA", "PER"],
    ),
}

CHOICES: dict[str, list[str]] = {
    "body": list(BODIES),
    "template": list(TEMPLATES),
    "city": list(CITIES),
    "follow": list(FOLLOWS),
}


@dataclass(frozen=True)
class Cell:
    """One page: a body, a session's sentence, a host city, a sentence after it."""

    body: str
    template: str
    city: str
    follow: str


def page(cell: Cell) -> str:
    """The cell's page."""
    sentence, _, _ = TEMPLATES[cell.template]
    body = BODIES[cell.body][0]
    return sentence.format(body=body, city=cell.city) + FOLLOWS[cell.follow][0]


Row = tuple[str, str, list[str], str | None, str | None]


def expected(cell: Cell) -> list[Row]:
    """The records spec section 2 asks for: the body's conference, or none for a non-state body."""
    organization = BODIES[cell.body][1]
    if organization is None:
        return []
    _, status, date = TEMPLATES[cell.template]
    countries = sorted({CITIES[cell.city], *FOLLOWS[cell.follow][1]})
    return [("conference", status, countries, organization, date)]


def got(cell: Cell) -> list[Row]:
    """The meetings the library gives for the cell's page."""
    result = extract(Article(id="grid", body=page(cell), published=PUBLISHED))
    return sorted(
        (
            m.kind.value,
            m.status.value,
            sorted(c.alpha_3 for c in m.countries),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in result.meetings
    )


def valid(cell: Cell) -> bool:
    """Every drawn cell is a page to read."""
    return True


CELLS = list(
    sample_cells(Cell, valid, CHOICES, random.Random(6970), size=300, axis="body", tries=50)
)

# Cells the library still misses (a strict xfail each): every body the organisations table
# does not list. Reading the shape as a body (and listing the coffee body) finds its
# sessions, but on the visible sets it added more records whose sides or dates are misread
# (the seat city's state, the delegates' states, a "last year's" of another noun) than it
# found, so the rule is not in yet. Once it is, a lone body's "council meets in <city>"
# after another subject ("Delegates saw ...") is still read as talks ("meeting"), not a
# session ("conference"), as for a listed body.
WHY = "a body of the shape the organisations table does not list gives no record"
UNLISTED = (
    "sisal",
    "sisal_acr",
    "rubber",
    "cotton",
    "timber",
    "coffee",
    "coffee_acr",
    "coffee_council",
)
LEFT: dict[tuple[str, str], str] = {("body", body): WHY for body in UNLISTED}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT)))
def test_cell(cell: Cell) -> None:
    """The page gives exactly the records its choices call for."""
    assert got(cell) == expected(cell), page(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    failed = {c: got(c) != expected(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:16} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", page(c), "|", got(c), "!=", expected(c))
