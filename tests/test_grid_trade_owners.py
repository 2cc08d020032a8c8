"""A grid of whose trade figure it is when several states stand around it.

Every cell is one invented wire sentence (after an optional dateline) built from
independent choices: the pair (A, whose figure it is, and B, the other state; A's
balance with B a surplus or a deficit), the figure's owner form ("A's trade surplus with
B", "the A-adjective trade surplus with B", "A's record X trade surplus" of A's trade
with the world, "last year's record X trade surplus" with A the story's state, "B's
trade deficit with A"), the frame around it (a plain statement; B's statistics "B
figures put ... at X"; a third party's stance "B pressed A over its X surplus", "B has
stepped up pressure on A over its X surplus", "anger is growing in B over ..."; a
subordinate clause "..., as A's surplus with B rose to X"),
a second figure beside it (none; the owner's world total "against an overall surplus of
Y"; the pair's turnover "while trade between A and B totalled Z"), the dateline (A's
city, B's city, a third state's city, none) and the period form ("last year", "in 1986",
"in the first quarter"; published 3 April 1987).

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4, never by running the library:

- a figure's reporter is the state whose trade it is, its partner the state its "with"
  names, or none for a state's trade with the world; a state named only as the holder of
  the statistics ("U.S. figures put"), as the one who presses or is angry, or by a
  dateline is neither;
- "B's deficit with A" is A's surplus with B as the scorer pairs balances;
- "last year's record X surplus" names no state: it is the story's state's, the one its
  dateline names (cells without A's dateline are not drawn);
- "against an overall surplus of Y" beside a figure of a pair is the world total of the
  state whose figure it stands beside; "trade between A and B totalled Z" is the pair's
  turnover, for the period of the sentence.

Spec section 4 decides the cells ("the state whose trade the figure describes"); the
owners' read keys (dev, crawled-dev, corpus-blind except 19, 27 and 30, written W1-W1980,
pages/read), counted by the records' evidence sentences, agree with it where the grid's
frames meet them:

- a figure told through another state's statistics ("U.S. figures put China's surplus
  with the United States at X", "according to Thai figures", "according to European
  figures"): 8 key records in 6 written pages, every one the figure's owner's and none
  the statistics' state's;
- a figure named beside a third party's pressure, anger or friction ("adding to pressure
  on Beijing", "congressional pressure", "a source of friction"): 26 key records (dev 1,
  written 25), every one the figure's owner's and none the pressing state's; no key has
  a figure that is the object of "over" after such a stance, and none contradicts it.

Records are compared as the scorer pairs them (see ``tests/trade_rows.py``).

The classes the grid showed the library misread, all fixed:

- "anger is growing in B over the X dlr A-adjective trade surplus with B": "over the"
  before an amount was read as the bound "over $X", and the figure was lost;
- "B pressed A over its record X surplus", "B has stepped up pressure on A over last
  year's record X surplus": the balance a stance is taken over was read as the subject's,
  not as the balance of the state the stance is taken against;
- "B figures put the United States' trade deficit at X": a plural name's bare possessive
  did not own the noun phrase, so the statistics' state took the figure;
- "Officials will meet next month, as A's surplus with B rose to X in the first
  quarter": the "to" of "rose to" was read as an infinitive's, so the future clause made
  the past figure next year's target;
- "LONDON - U.S. figures put A's surplus with B at X": "B at X" was read as a ranked list
  item of the dateline's state.

Cells not drawn: "last year's record X surplus" put by B's figures ("TOKYO - U.S. figures
put last year's trade surplus at X"): a state's statistics of a figure no state owns tell
that state's own figure as well as the story's; the spec does not decide and no read key
has such a figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    grid_params,
    sample_cells,
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


class State(NamedTuple):
    """A state as the wire names it."""

    code: str
    name: str  # "Japan", "the United States"
    possessive: str  # "Japan's", "the United States'"
    adjective: str  # "Japanese", "U.S."
    city: str  # the dateline city


class Pair(NamedTuple):
    """A, whose figure it is, and B; A's balance word; the amounts (mln dlrs)."""

    a: State
    b: State
    a_word: str  # "surplus" or "deficit": A's balance with B and with the world
    b_world_word: str  # B's balance with the world
    with_b: int  # A's balance with B
    a_world: int
    b_world: int
    turnover: int


JAPAN = State("JPN", "Japan", "Japan's", "Japanese", "TOKYO")
USA = State("USA", "the United States", "the United States'", "U.S.", "WASHINGTON")
ITALY = State("ITA", "Italy", "Italy's", "Italian", "ROME")
FRANCE = State("FRA", "France", "France's", "French", "PARIS")
TAIWAN = State("TWN", "Taiwan", "Taiwan's", "Taiwanese", "TAIPEI")

PAIRS = (
    Pair(JAPAN, USA, "surplus", "deficit", 52_100, 96_500, 169_800, 120_300),
    Pair(USA, TAIWAN, "deficit", "surplus", 16_000, 169_800, 18_900, 23_700),
    Pair(ITALY, FRANCE, "deficit", "deficit", 2_300, 11_400, 5_600, 31_200),
)

OTHER = {"surplus": "deficit", "deficit": "surplus"}


def _bn(mln: int) -> str:
    """The amount as the wire writes it: "52.1 billion"."""
    return f"{mln / 1000:.1f} billion"


# The owner forms: does the figure name B (a pair's balance) or the world?
OWNERS = {
    "a-s-with-b": "pair",
    "the-a-with-b": "pair",
    "a-s-record": "world",
    "last-years-record": "world",
    "b-s-with-a": "pair",
}
FRAMES = ("plain", "b-figures-put", "b-pressed-a", "pressure-on-a", "anger-in-b", "subordinate")
SECONDS = ("none", "world-total", "turnover")
DATELINES = ("a-city", "b-city", "c-city", "none")
THIRD_CITY = "LONDON"  # a third state's dateline: the story is told from elsewhere
# (name, text, start, end)
PERIODS = (
    ("last-year", "last year", "1986-01-01", "1986-12-31"),
    ("in-1986", "in 1986", "1986-01-01", "1986-12-31"),
    ("first-quarter", "in the first quarter", "1987-01-01", "1987-03-31"),
)


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    pair: int
    owner: str
    frame: str
    second: str
    dateline: str
    period: str


class Phrases(NamedTuple):
    """An owner form's words, with {p} the period.

    A clause, a noun phrase with its amount, and a noun phrase with the amount "put ... at".
    """

    clause: str  # "Japan's trade surplus with the United States rose to 52.1 billion dlrs {p}"
    embedded: str  # "Japan's 52.1 billion dlr trade surplus with the United States {p}"
    put: tuple[str, str]  # ("Japan's trade surplus with the United States", "52.1 billion dlrs")
    owner: State  # the state whose balance the figure is
    owner_word: str  # its "surplus" or "deficit"


def phrases(cell: Cell) -> Phrases:
    """The words of the cell's owner form."""
    pair = PAIRS[cell.pair]
    a, b, word = pair.a, pair.b, pair.a_word
    amount = _bn(pair.with_b)
    if cell.owner == "a-s-with-b":
        np = f"{a.possessive} trade {word} with {b.name}"
        return Phrases(
            f"{np} rose to {amount} dlrs {{p}}",
            f"{a.possessive} {amount} dlr trade {word} with {b.name} {{p}}",
            (np, f"{amount} dlrs"),
            a,
            word,
        )
    if cell.owner == "the-a-with-b":
        np = f"the {a.adjective} trade {word} with {b.name}"
        return Phrases(
            f"{np} rose to {amount} dlrs {{p}}",
            f"the {amount} dlr {a.adjective} trade {word} with {b.name} {{p}}",
            (np, f"{amount} dlrs"),
            a,
            word,
        )
    if cell.owner == "b-s-with-a":
        other = OTHER[word]
        np = f"{b.possessive} trade {other} with {a.name}"
        return Phrases(
            f"{np} rose to {amount} dlrs {{p}}",
            f"{b.possessive} {amount} dlr trade {other} with {a.name} {{p}}",
            (np, f"{amount} dlrs"),
            b,
            other,
        )
    world = _bn(pair.a_world)
    if cell.owner == "a-s-record":
        np = f"{a.possessive} trade {word}"
        return Phrases(
            f"{np} reached a record {world} dlrs {{p}}",
            f"{a.possessive} record {world} dlr trade {word} {{p}}",
            (np, f"a record {world} dlrs"),
            a,
            word,
        )
    # "last year's record": the period is in the owner form
    np = f"last year's trade {word}"
    return Phrases(
        f"{np} reached a record {world} dlrs",
        f"last year's record {world} dlr trade {word}",
        (np, f"a record {world} dlrs"),
        a,
        word,
    )


def _sentence(cell: Cell) -> str:
    """The figure's sentence: the owner form in its frame, then the second figure."""
    pair = PAIRS[cell.pair]
    a, b = pair.a, pair.b
    words = phrases(cell)
    # "last year's record" tells its period in the owner form
    period = (
        ""
        if cell.owner == "last-years-record"
        else next(p[1] for p in PERIODS if p[0] == cell.period)
    )
    if cell.frame == "plain":
        core = words.clause
    elif cell.frame == "b-figures-put":
        np, at = words.put
        core = f"{b.adjective} figures put {np} at {at} {{p}}"
    elif cell.frame == "b-pressed-a":
        embedded = words.embedded
        if embedded.startswith(a.possessive):
            embedded = "its" + embedded[len(a.possessive) :]
        core = f"{b.name} has pressed {a.name} over {embedded}"
    elif cell.frame == "pressure-on-a":
        embedded = words.embedded
        if embedded.startswith(a.possessive):
            embedded = "its" + embedded[len(a.possessive) :]
        core = f"{b.name} has stepped up pressure on {a.name} over {embedded}"
    elif cell.frame == "anger-in-b":
        core = f"anger is growing in {b.name} over {words.embedded}"
    else:  # subordinate
        core = f"officials will meet next month, as {words.clause}"
    if cell.second == "world-total":
        mine = words.owner == a
        world, word = (pair.a_world, pair.a_word) if mine else (pair.b_world, pair.b_world_word)
        core += f", against an overall {word} of {_bn(world)} dlrs"
    elif cell.second == "turnover":
        core += f", while trade between {a.name} and {b.name} totalled {_bn(pair.turnover)} dlrs"
    text = core.format(p=period).replace("  ", " ").replace(" ,", ",").strip()
    return text[0].upper() + text[1:] + "."


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    pair = PAIRS[cell.pair]
    a, b = pair.a, pair.b
    sentence = _sentence(cell)
    if cell.dateline == "none":
        body = sentence
    else:
        city = {"a-city": a.city, "b-city": b.city}.get(cell.dateline, THIRD_CITY)
        body = f"{city}, April 3 - {sentence}"
    _, _, start, end = next(p for p in PERIODS if p[0] == cell.period)
    if cell.owner == "last-years-record":
        start, end = "1986-01-01", "1986-12-31"

    def sign(word: str, value: int) -> int:
        return value * 1_000_000 * (1 if word == "surplus" else -1)

    if OWNERS[cell.owner] == "world":
        rows: list[Row] = [
            (a.code, None, "balance", sign(pair.a_word, pair.a_world), "USD", start, end, False)
        ]
    else:
        rows = [
            (a.code, b.code, "balance", sign(pair.a_word, pair.with_b), "USD", start, end, False)
        ]
    if cell.second == "world-total":
        if phrases(cell).owner == a:
            rows.append(
                (a.code, None, "balance", sign(pair.a_word, pair.a_world), "USD", start, end, False)
            )
        else:
            rows.append(
                (
                    b.code,
                    None,
                    "balance",
                    sign(pair.b_world_word, pair.b_world),
                    "USD",
                    start,
                    end,
                    False,
                )
            )
    elif cell.second == "turnover":
        rows.append(
            (a.code, b.code, "turnover", pair.turnover * 1_000_000, "USD", start, end, False)
        )
    return body, rows


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page a reader can read one way."""
    if cell.owner == "last-years-record" and (cell.dateline, cell.period) != (
        "a-city",
        "last-year",
    ):
        return False  # the story's state is A, told by its dateline; the period is the owner's
    if cell.owner == "last-years-record" and cell.frame == "b-figures-put":
        # "TOKYO - U.S. figures put last year's trade surplus at X": a state's statistics
        # of a figure no state owns tell that state's own figure as well as the story's;
        # the spec does not decide, and no read key has such a figure
        return False
    # a world total beside a world figure is the same figure twice
    return not (OWNERS[cell.owner] == "world" and cell.second == "world-total")


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give "last year's record" the dateline and period it needs, unless that choice is met."""
    if pick["owner"] == "last-years-record":
        if name != "frame" and pick["frame"] == "b-figures-put":
            pick["frame"] = "plain"
        if name != "dateline":
            pick["dateline"] = "a-city"
        if name != "period":
            pick["period"] = "last-year"
    if (
        OWNERS[str(pick["owner"])] == "world"
        and name != "second"
        and pick["second"] == "world-total"
    ):
        pick["second"] = "none"


CHOICES: dict[str, list[object]] = {
    "owner": list(OWNERS),
    "frame": list(FRAMES),
    "second": list(SECONDS),
    "dateline": list(DATELINES),
    "period": [p[0] for p in PERIODS],
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(31), size=300, axis="owner", tries=80, fix=_fix
    )
)


D = dt.date
_1986 = ("1986-01-01", "1986-12-31")

# The near misses of the classes fixed, which must not change: (class, id, headline,
# body, published, expected records).
TABLE: list[TableRow] = [
    (
        "over-before-an-amount",
        "over-an-amount-is-a-bound",
        None,
        "Kenya's exports to Uganda rose to over 600 mln dlrs in 1986.",
        D(1987, 4, 3),
        [],
    ),
    (
        "over-before-an-amount",
        "over-the-mark-is-a-bound",
        None,
        "Kenya's exports to Uganda rose to just over the 600 mln dlr mark in 1986.",
        D(1987, 4, 3),
        [],
    ),
    (
        "stance-object",
        "anger-in-a-state-over-the-story-s-surplus",
        None,
        "SEOUL, April 3 - There is anger in Canada over last year's record 4.1 billion dlr "
        "trade surplus.",
        D(1987, 4, 3),
        [("KOR", None, "balance", 4_100_000_000, "USD", *_1986, False)],
    ),
    (
        "stance-object",
        "under-fire-from-a-state-over-its-surplus",
        None,
        "Korea has come under fire from Canada over its record 4.1 billion dlr trade surplus "
        "in 1986.",
        D(1987, 4, 3),
        [("KOR", None, "balance", 4_100_000_000, "USD", *_1986, False)],
    ),
    (
        "flow-partner-at",
        "ownerless-trade-with-it-at-is-an-item",
        None,
        "Kenya's foreign trade reached $24.8 billion in 2023. Uganda came third behind China "
        "and India, with trade with it at $1.12 billion.",
        D(2024, 4, 2),
        [
            ("KEN", None, "turnover", 24_800_000_000, "USD", "2023-01-01", "2023-12-31", False),
            ("KEN", "UGA", "turnover", 1_120_000_000, "USD", "2023-01-01", "2023-12-31", False),
        ],
    ),
    (
        "flow-partner-at",
        "owned-surplus-with-b-at",
        None,
        "LONDON, April 3 - Canadian figures put Korea's trade surplus with Canada at 1.3 "
        "billion dlrs in 1986.",
        D(1987, 4, 3),
        [("KOR", "CAN", "balance", 1_300_000_000, "USD", *_1986, False)],
    ),
    (
        "past-verb-to",
        "expected-to-rise-to-stays-a-target",
        None,
        "Korea's trade surplus with Canada is expected to rise to 1.5 billion dlrs in 1987.",
        D(1987, 4, 3),
        [("KOR", "CAN", "balance", 1_500_000_000, "USD", "1987-01-01", "1987-12-31", True)],
    ),
    (
        "past-verb-to",
        "rose-to-beside-a-future-clause-is-a-fact",
        None,
        "Talks will open next week, as Korea's trade surplus with Canada rose to 1.3 billion "
        "dlrs in 1986.",
        D(1987, 4, 3),
        [("KOR", "CAN", "balance", 1_300_000_000, "USD", *_1986, False)],
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
