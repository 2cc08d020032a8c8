"""A grid of trade figures whose owners a story's pair (or its one state) tells.

Every cell is one invented wire page: a dateline (A's city, B's city, none), an opening
sentence that sets the story's sides, and a sentence whose figure names its owner only
through them, with or without a distracting feature. The openings: the two states "have
agreed to raise bilateral trade to about T dlrs this year" (a planned turnover of the pair),
"will sign a trade protocol next month" (no figure), or A's own "trade surplus rose to a
record S dlrs last year" (A's balance with the world). The figure forms:

- ``neighbours``/``members``: "Two-way trade between the two [GROUP] neighbours totalled X
  last year, down from Y in 1985": the pair's turnover in both years; the group adjective
  (Mercosur, ASEAN, OPEC, EC, or none) names the club the two belong to, not the partner;
- ``ending-surplus``: "..., ending an A-adjective surplus that reached Y last year";
  ``the-surplus``: "Last year the A-adjective surplus reached Y"; ``a-s-surplus``: "Last
  year A's surplus reached Y"; ``b-s-deficit``: "Last year B's deficit reached Y": the
  pair's balance, A's surplus with B (the story's bilateral trade is what the balance
  closes);
- ``b-exports``: "B-adjective exports are expected to reach E this year", and
  ``b-shipments``/``b-deliveries``, the same with "shipments, mostly GOODS," or "deliveries,
  mostly GOODS,": B's planned export to A;
- ``met-b-official``: "A-adjective officials also met B's trade minister to discuss ways
  of increasing trade, which amounted to X last year": the pair's turnover (B is named in
  the sentence, as the other side's official's state, not as the trade's owner);
- ``compound-then-c``: "A-adjective-B-adjective trade totalled X last year. Trade with C
  stood at Y": the pair's turnover, then A's with C (the compound's first state is the
  story's, as the first of "trade between A and B" is);
- ``in-a-s-favour``: "The trade imbalance reached Y in A's favour last year", and
  ``in-favour-of-b``: "Last year the trade balance stood at Y in favour of B": the pair's
  balance, the favoured state's surplus;
- ``down-on-month``: "In December alone the surplus was M, slightly down on November's N"
  and ``down-from-month``: "..., down from November's N": after A's world surplus, two
  records of A's world balance, December's and November's (a month's possessive names
  the period of a figure of its own, for the same owner);
- ``bloc-exports``: "Sales to other GROUP countries accounted for nearly two-thirds of the
  total, with exports to the GROUP reaching X last year": A's export to the group.

The tail (a distracting feature) is none or a sentence naming the pair's group ("The two
ministers also agreed to press for an early meeting of GROUP economic ministers."), which
must change nothing. Every page is published on 10 February 1987.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4 ("the reporter and partner come from the context"; "a country group, when a figure is
with a group rather than a state"), never by running the library. Balances follow the
scorer's pairing (A's surplus with B is B's deficit with A).

The classes the grid showed the library misread (196 of 240 cells at first; 186 of the
240 drawn now, with ``b-deliveries``, ``met-b-official``, ``compound-then-c``,
``in-a-s-favour`` and ``in-favour-of-b`` added), all fixed:

- "between the two ASEAN neighbours": the group adjective of the two sides was read as the
  partner of their turnover;
- "ending a Brazilian surplus that reached Y", "Brazil's surplus", "Paraguay's deficit"
  after the pair's turnover: an owned bare balance was the owner's world balance (a "trade
  surplus" still is: the state's national statistic);
- "A and B will sign a trade protocol. B-adjective exports are to reach E": with no pair
  learned from a trade sentence, a state's own flow or bare balance had no partner, though
  the story so far named two states and the other one in the paragraph or the one before;
- "In December alone the surplus was M, slightly down on November's N": the flow noun's
  period ("December ... the surplus") took the amount its possessive month owns, and the
  second record fell as a copy of the first;
- "Sales to ... accounted for two-thirds of the total, with exports to the EU reaching X":
  the share before the clause ", with <flow>" swallowed that flow's own amount;
- "B-adjective deliveries, mostly GOODS, are to reach E": "deliveries" (and "supplies")
  told by what they mostly are were no flow word.
- "A and B will sign a trade protocol. A-adjective officials also met B's trade minister
  to discuss ways of increasing trade, which amounted to X": an ownerless turnover of a
  two-state story was the pair's only where its sentence named no state at all.
- "A-adjective-B-adjective trade totalled X. Trade with C stood at Y": the compound's
  second state, the one next to the flow word, became the story's state, so C's trade was
  B's.
- "The trade imbalance reached Y in A's favour last year", "... in favour of B": the favoured
  state was read as no side and its sign as a surplus of the story's state, and "last
  year" after the favoured state as no period of the amount's.

Read in the visible sets' errors beside the grid (its table): "Sino-French trade" named no
state before "French" (the combining forms' exception for "Anglo-French", a language as
well, held for every form), so the pair's turnover and balance were France's alone.

Cells not drawn: the pair forms after A's world surplus (the story then has no pair), and
the story-state forms after a pair's opening (a month's surplus of a pair story is the
pair's or the world's as the story goes on; the spec does not decide it from one sentence).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import NamedTuple

import pytest

from grid_cells import (
    assert_every_value_sampled,
    by_value,
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

PUBLISHED = dt.date(1987, 2, 10)
LAST = ("1986-01-01", "1986-12-31")
BEFORE = ("1985-01-01", "1985-12-31")
THIS = ("1987-01-01", "1987-12-31")


class Pair(NamedTuple):
    """Two states that share a group, as the wire names them, and the pair's amounts (mln)."""

    a: str
    b: str
    a_code: str
    b_code: str
    a_possessive: str
    b_possessive: str
    a_adjective: str
    b_adjective: str
    a_city: str
    b_city: str
    group: str  # as the wire writes it before "neighbours"
    group_code: str
    goods: str  # what B ships to A
    third: tuple[str, str]  # a third state of the region, A's other partner: name, code
    amounts: tuple[int, int, int, int, int]  # turnover X, its year before Y, balance, T, E


PAIRS = (
    Pair(
        "Brazil", "Paraguay", "BRA", "PRY", "Brazil's", "Paraguay's", "Brazilian",
        "Paraguayan", "BRASILIA", "ASUNCION", "Mercosur", "MERCOSUR", "electricity",
        ("Uruguay", "URY"),
        (436, 389, 118, 520, 210),
    ),
    Pair(
        "Thailand", "Malaysia", "THA", "MYS", "Thailand's", "Malaysia's", "Thai",
        "Malaysian", "BANGKOK", "KUALA LUMPUR", "ASEAN", "ASEAN", "tin and rubber",
        ("Singapore", "SGP"),
        (745, 812, 96, 900, 430),
    ),
    Pair(
        "Nigeria", "Venezuela", "NGA", "VEN", "Nigeria's", "Venezuela's", "Nigerian",
        "Venezuelan", "LAGOS", "CARACAS", "OPEC", "OPEC", "refined products",
        ("Ghana", "GHA"),
        (268, 233, 54, 300, 140),
    ),
    Pair(
        "Portugal", "Ireland", "PRT", "IRL", "Portugal's", "Ireland's", "Portuguese",
        "Irish", "LISBON", "DUBLIN", "EC", "EU", "dairy goods",
        ("Greece", "GRC"),
        (517, 474, 83, 600, 280),
    ),
)  # fmt: skip

PAIR_FORMS = (
    "neighbours",
    "members",
    "ending-surplus",
    "the-surplus",
    "a-s-surplus",
    "b-s-deficit",
    "b-exports",
    "b-shipments",
    "b-deliveries",
    "met-b-official",
    "compound-then-c",
    "in-a-s-favour",
    "in-favour-of-b",
)
STATE_FORMS = ("down-on-month", "down-from-month", "bloc-exports")
OPENINGS = ("agreed-raise", "sign-protocol", "world-surplus")
DATELINES = ("a-city", "b-city", "none")
GROUPED = ("named", "bare")  # the group adjective of "neighbours"/"members", or none
TAILS = ("none", "group-meeting")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    form: str
    opening: str
    pair: int
    dateline: str
    grouped: str
    tail: str


def _dlrs(mln: int) -> str:
    return f"{mln} mln dlrs"


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    p = PAIRS[cell.pair]
    x, y, bal, target, export = p.amounts
    world, dec, nov, bloc = 4 * bal + 7, bal // 3 + 5, bal // 3 + 9, 3 * x + 11
    rows: list[Row] = []
    if cell.opening == "agreed-raise":
        opening = (
            f"{p.a} and {p.b} have agreed to raise bilateral trade to about "
            f"{_dlrs(target)} this year, {p.a_adjective} officials said."
        )
        rows.append((p.a_code, p.b_code, "turnover", target * 10**6, "USD", *THIS, True))
    elif cell.opening == "sign-protocol":
        opening = (
            f"{p.a} and {p.b} will sign a trade protocol next month, "
            f"{p.a_adjective} officials said."
        )
    else:
        opening = (
            f"{p.a_possessive} trade surplus rose to a record {_dlrs(world)} last year, "
            "the statistics office said."
        )
        rows.append((p.a_code, None, "balance", world * 10**6, "USD", *LAST, False))
    group = f"{p.group} " if cell.grouped == "named" else ""
    pair_balance = (p.a_code, p.b_code, "balance", bal * 10**6, "USD", *LAST, False)
    b_export = (p.b_code, p.a_code, "export", export * 10**6, "USD", *THIS, True)
    if cell.form in ("neighbours", "members"):
        noun = "neighbours" if cell.form == "neighbours" else "members"
        figure = (
            f"Two-way trade between the two {group}{noun} totalled {_dlrs(x)} last year, "
            f"down from {y} mln in 1985, the officials said."
        )
        rows.append((p.a_code, p.b_code, "turnover", x * 10**6, "USD", *LAST, False))
        rows.append((p.a_code, p.b_code, "turnover", y * 10**6, "USD", *BEFORE, False))
    elif cell.form == "ending-surplus":
        figure = (
            f"Deliveries are to be balanced this year, ending an {p.a_adjective} surplus "
            f"that reached {_dlrs(bal)} last year."
            if p.a_adjective[0] in "AEIOU"
            else f"Deliveries are to be balanced this year, ending a {p.a_adjective} surplus "
            f"that reached {_dlrs(bal)} last year."
        )
        rows.append(pair_balance)
    elif cell.form == "the-surplus":
        figure = f"Last year the {p.a_adjective} surplus reached {_dlrs(bal)}."
        rows.append(pair_balance)
    elif cell.form == "a-s-surplus":
        figure = f"Last year {p.a_possessive} surplus reached {_dlrs(bal)}."
        rows.append(pair_balance)
    elif cell.form == "b-s-deficit":
        figure = f"Last year {p.b_possessive} deficit reached {_dlrs(bal)}."
        rows.append(pair_balance)
    elif cell.form == "b-exports":
        figure = f"{p.b_adjective} exports are expected to reach {_dlrs(export)} this year."
        rows.append(b_export)
    elif cell.form in ("b-shipments", "b-deliveries"):
        noun = cell.form[2:]
        figure = (
            f"{p.b_adjective} {noun}, mostly {p.goods}, are expected to reach "
            f"{_dlrs(export)} this year."
        )
        rows.append(b_export)
    elif cell.form == "met-b-official":
        figure = (
            f"{p.a_adjective} officials also met {p.b_possessive} trade minister to discuss "
            f"ways of increasing trade, which amounted to {_dlrs(x)} last year."
        )
        rows.append((p.a_code, p.b_code, "turnover", x * 10**6, "USD", *LAST, False))
    elif cell.form == "compound-then-c":
        c_name, c_code = p.third
        figure = (
            f"{p.a_adjective}-{p.b_adjective} trade totalled {_dlrs(x)} last year. Trade with "
            f"{c_name} stood at {_dlrs(y)}."
        )
        rows.append((p.a_code, p.b_code, "turnover", x * 10**6, "USD", *LAST, False))
        rows.append((p.a_code, c_code, "turnover", y * 10**6, "USD", *LAST, False))
    elif cell.form == "in-a-s-favour":
        figure = f"The trade imbalance reached {_dlrs(bal)} in {p.a_possessive} favour last year."
        rows.append(pair_balance)
    elif cell.form == "in-favour-of-b":
        figure = f"Last year the trade balance stood at {_dlrs(bal)} in favour of {p.b}."
        rows.append((p.a_code, p.b_code, "balance", -bal * 10**6, "USD", *LAST, False))
    elif cell.form in ("down-on-month", "down-from-month"):
        lead = "In December alone" if cell.form == "down-on-month" else "In December"
        link = "slightly down on" if cell.form == "down-on-month" else "down from"
        figure = f"{lead} the surplus was {_dlrs(dec)}, {link} November's {nov} mln dlrs."
        for value, start, end in (
            (dec, "1986-12-01", "1986-12-31"),
            (nov, "1986-11-01", "1986-11-30"),
        ):
            rows.append((p.a_code, None, "balance", value * 10**6, "USD", start, end, False))
    else:  # bloc-exports
        figure = (
            f"Sales to other {p.group} countries accounted for nearly two-thirds of the total, "
            f"with exports to the {p.group} reaching {_dlrs(bloc)} last year."
        )
        rows.append((p.a_code, p.group_code, "export", bloc * 10**6, "USD", *LAST, False))
    text = f"{opening} {figure}"
    if cell.tail == "group-meeting":
        text += (
            f"\n\nThe two ministers also agreed to press for an early meeting of {p.group} "
            "economic ministers."
            if cell.opening != "world-surplus"
            else f"\n\nThe ministry also called for an early meeting of {p.group} economic "
            "ministers."
        )
    if cell.dateline != "none":
        city = p.a_city if cell.dateline == "a-city" else p.b_city
        text = f"{city}, Feb 10 - {text}"
    return text, rows


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page a reader can read one way."""
    if (cell.form in PAIR_FORMS) != (cell.opening != "world-surplus"):
        return False  # a pair form needs a pair story; a story-state form, the state's story
    if cell.form == "bloc-exports" and PAIRS[cell.pair].group == "OPEC":
        return False  # OPEC is a club of exporters, not a market one sells to
    # the group adjective is a choice of the "neighbours"/"members" forms alone
    return cell.grouped == "named" or cell.form in ("neighbours", "members")


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give a form the opening, pair and group choice it needs, unless that choice is met."""
    if name != "opening":
        pair_form = pick["form"] in PAIR_FORMS
        if pair_form and pick["opening"] == "world-surplus":
            pick["opening"] = "agreed-raise"
        elif not pair_form:
            pick["opening"] = "world-surplus"
    if pick["form"] == "bloc-exports" and pick["pair"] == 2 and name != "pair":
        pick["pair"] = 3
    if pick["form"] not in ("neighbours", "members") and name != "grouped":
        pick["grouped"] = "named"


CHOICES: dict[str, list[object]] = {
    "form": [*PAIR_FORMS, *STATE_FORMS],
    "opening": list(OPENINGS),
    "pair": list(range(len(PAIRS))),
    "dateline": list(DATELINES),
    "grouped": list(GROUPED),
    "tail": list(TAILS),
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6141), size=240, axis="form", tries=80, fix=_fix
    )
)

#: Why a cell is still misread, by choice value (strict xfails).
LEFT: dict[tuple[str, str], str] = {}


D = dt.date
_1986 = ("1986-01-01", "1986-12-31")
_1987 = ("1987-01-01", "1987-12-31")
_RAISE = (
    "BRASILIA, Feb 10 - Brazil and Paraguay have agreed to raise bilateral trade to about 520 "
    "mln dlrs this year, officials said."
)
_PLAN = ("BRA", "PRY", "turnover", 520_000_000, "USD", *_1987, True)

# The near misses of the rules the grid called for, which must not change: (class, id,
# headline, body, published, expected records).
TABLE: list[TableRow] = [
    (
        "club-of-the-two",
        "a-state-and-the-group-s-countries",
        None,
        "BRASILIA, Feb 10 - Trade between Brazil and the Mercosur countries totalled 3.2 "
        "billion dlrs last year, officials said.",
        D(1987, 2, 10),
        [("BRA", "MERCOSUR", "turnover", 3_200_000_000, "USD", *_1986, False)],
    ),
    (
        "club-of-the-two",
        "trade-with-the-group-s-members",
        None,
        "BANGKOK, Feb 10 - Thailand's trade with ASEAN members totalled 4.2 billion dlrs last "
        "year, officials said.",
        D(1987, 2, 10),
        [("THA", "ASEAN", "turnover", 4_200_000_000, "USD", *_1986, False)],
    ),
    (
        "owner-stays-national",
        "a-named-trade-surplus-is-the-world-s",
        None,
        f"{_RAISE} Last year Brazil's trade surplus reached 9.4 billion dlrs.",
        D(1987, 2, 10),
        [_PLAN, ("BRA", None, "balance", 9_400_000_000, "USD", *_1986, False)],
    ),
    (
        "owner-stays-national",
        "own-exports-paragraphs-after-the-pair",
        None,
        "BANGKOK, Feb 10 - Thailand and Malaysia signed a shipping accord on Monday.\n\nThe "
        "accord follows two years of talks on port fees.\n\nShipping lines welcomed the "
        "move.\n\nThailand's exports rose to 9.1 billion dlrs last year, the ministry said.",
        D(1987, 2, 10),
        [("THA", None, "export", 9_100_000_000, "USD", *_1986, False)],
    ),
    (
        "amount-possessive-period",
        "noun-period-without-a-second-amount",
        None,
        "MADRID, Feb 10 - Spain's trade surplus rose to a record 56.4bn euros in 2004. In "
        "December alone the surplus was 4.3bn euros.",
        D(2005, 2, 10),
        [
            ("ESP", None, "balance", 56_400_000_000, "EUR", "2004-01-01", "2004-12-31", False),
            ("ESP", None, "balance", 4_300_000_000, "EUR", "2004-12-01", "2004-12-31", False),
        ],
    ),
    (
        "amount-possessive-period",
        "month-noun-then-month-s-amount",
        None,
        "MADRID, Feb 10 - Spain's trade surplus rose to a record 56.4bn euros in 2004. The "
        "December surplus was 4.3bn euros, slightly down on November's 5.1bn euros.",
        D(2005, 2, 10),
        [
            ("ESP", None, "balance", 56_400_000_000, "EUR", "2004-01-01", "2004-12-31", False),
            ("ESP", None, "balance", 4_300_000_000, "EUR", "2004-12-01", "2004-12-31", False),
            ("ESP", None, "balance", 5_100_000_000, "EUR", "2004-11-01", "2004-11-30", False),
        ],
    ),
    (
        "share-then-with-flow",
        "with-a-product-s-exports-is-no-record",
        None,
        "LAGOS, Feb 10 - Nigeria's trade surplus rose to 2.1 billion dlrs last year. Oil "
        "accounted for nearly all of the total, with crude exports reaching 6.3 billion dlrs.",
        D(1987, 2, 10),
        [("NGA", None, "balance", 2_100_000_000, "USD", *_1986, False)],
    ),
    (
        "share-then-with-flow",
        "with-a-product-s-imports-is-no-record",
        None,
        "LAGOS, Feb 10 - Nigeria's trade surplus rose to 2.1 billion dlrs last year. "
        "Machinery accounted for nearly half of the imports, with car imports reaching 3.1 "
        "billion dlrs.",
        D(1987, 2, 10),
        [("NGA", None, "balance", 2_100_000_000, "USD", *_1986, False)],
    ),
    (
        "combining-form-pair",
        "sino-french-trade-and-its-balance",
        None,
        "PEKING, July 8 - China and France signed four economic accords today. Sino-French "
        "trade totalled 2.6 billion dlrs last year, with China running a deficit of 420 mln "
        "dlrs.",
        D(1987, 7, 8),
        [
            ("CHN", "FRA", "turnover", 2_600_000_000, "USD", *_1986, False),
            ("CHN", "FRA", "balance", -420_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "combining-form-pair",
        "indo-french-trade-and-its-balance",
        None,
        "NEW DELHI, July 8 - Indo-French trade rose to 2.4 billion dlrs last year, with India "
        "running a deficit of 310 mln dlrs.",
        D(1987, 7, 8),
        [
            ("IND", "FRA", "turnover", 2_400_000_000, "USD", *_1986, False),
            ("IND", "FRA", "balance", -310_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "favoured-state",
        "a-pair-s-balance-in-favour-of-its-first",
        None,
        "LIMA, April 14 - Trade between Peru and Chile totalled 3.3 billion dlrs in 1986, with "
        "a balance of 1.2 billion dlrs in favour of Peru.",
        D(1987, 4, 14),
        [
            ("PER", "CHL", "turnover", 3_300_000_000, "USD", *_1986, False),
            ("PER", "CHL", "balance", 1_200_000_000, "USD", *_1986, False),
        ],
    ),
    (
        "favoured-state",
        "a-one-state-story-s-balance-stays-the-world-s",
        None,
        "LAGOS, Feb 10 - Nigeria's trade balance stood at 2 billion dlrs in favour of Nigeria "
        "last year, while Ghana and Togo posted deficits.",
        D(1987, 2, 10),
        [("NGA", None, "balance", 2_000_000_000, "USD", *_1986, False)],
    ),
    (
        "deliveries-mostly",
        "a-product-s-deliveries-are-no-record",
        None,
        "OSLO, Jan 16 - Norway and Poland have agreed to raise bilateral trade to about 20 "
        "billion crowns this year. Gas deliveries, mostly by pipeline, are expected to reach 9 "
        "billion crowns.",
        D(1987, 1, 16),
        [("NOR", "POL", "turnover", 20_000_000_000, "NOK", *_1987, True)],
    ),
    (
        "deliveries-mostly",
        "arms-deliveries-are-no-record",
        None,
        "OSLO, Jan 16 - Norway and Poland have agreed to raise bilateral trade to about 20 "
        "billion crowns this year. Arms deliveries, mostly tanks, are expected to reach 2 "
        "billion crowns.",
        D(1987, 1, 16),
        [("NOR", "POL", "turnover", 20_000_000_000, "NOK", *_1987, True)],
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


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    report_trade_grid(CELLS, CHOICES, build, PUBLISHED, sys.argv[1:])
