"""A grid of trade figures told with a flow word the library did not read as one.

Every cell is one invented page: an opening sentence that names no figure, and a sentence
whose figure is a state's trade told by a purchase or sale word rather than by "exports" or
"imports", with or without a distracting feature. The forms:

- ``purchases-from``: "A's purchases from B VERB X WHEN": A's import from B;
- ``buying-of-goods``: "B is A's biggest market, buying X of A-adjective goods WHEN", and
  ``buying-goods-worth``: "B remained A's biggest customer WHEN, buying goods worth X": A's
  export to B (the buyer's purchase of the seller's goods);
- ``selling-it-worth``: "B is A's main supplier, selling it X worth of goods WHEN": A's
  import from B;
- ``earned-from-exports``: "A earned X from its exports WHEN": A's export to the world,
  and ``earned-from-exports-to``: "A earned X from exports to B WHEN": A's export to B;
- ``exported-of-goods-to``, ``sold-of-goods-to``: "A exported (sold) X of goods to B WHEN":
  A's export to B, the period told after the goods and the partner;
- ``sales-abroad``: "A's sales abroad VERB X WHEN", A's export to the world, and
  ``foreign-purchases``: "A's foreign purchases VERB X WHEN", A's import from it;
- ``goods-exchanged``: "The value of goods exchanged between A and B VERB X WHEN": the
  pair's turnover;
- ``raise-export-earnings``: "A plans to raise its export earnings to X in 2008": A's
  planned export (a target).

The distracting feature (``product``): the figure is one product's ("oil purchases from B",
"buying X of A-adjective coffee", "earned X from its coffee exports"), which spec/EXTRACTION.md
section 4 says is no record, or none. The opening names both states or A alone; the
amount is written as "$1.4 billion", "1.4 bln dlrs" or "1.4 billion dollars"; the period as
a year, "last year" or the first half of a year. The amount-first forms may add the flow's
earlier level (``base``): "..., up from Y in <the year before>", a second record of the same
flow. Every page is published on 1 March 2006.

The records a cell must give are computed from the choices by spec/EXTRACTION.md section
4, never by running the library.

The classes the grid showed the library misread (105 of the 200 cells at first; 35 after
the first two fixes below, with the last four forms added), all fixed:

- "purchases from B", "earned", "buying", "selling" were no trigger words, so a sentence
  with no other ("A's purchases from B reached X") was never read for trade, and "buying
  X of A-adjective goods" and "earned X from its exports" were no flow words at all;
- "X of (A-adjective) goods last year", "X from its exports last year": a period after the
  amount's goods (or its exports, or their partner "to B") was not the amount's own;
- "B remained A's biggest customer in 2004, buying goods worth X": a year between the ranked
  role and its participle broke the ranked subject's reading;
- "buying X of A-adjective goods last year, up from Y in 2004": the earlier level took the
  ranked owner (the seller) as the buyer;
- "earned X from exports to B": the exports' partner was not the amount's;
- "A's sales abroad", "A's foreign purchases", "the value of goods exchanged between A and
  B", "raise its export earnings to X": nouns of all of a state's goods sold, bought or
  exchanged that were no flow words (or, for "sales", no flow without a named partner);
  they are now when a state owns the noun (its table below: "its sales abroad" of a firm
  or a product, and the total of a share, "half of A's overseas sales", stay none).

Found beside it (the product cells): "exported X of rice to B in 2004" was all goods; an
amount's object that names a product is one product's trade, no record.
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
    failure_table,
    grid_params,
    sample_cells,
)
from trade_rows import Row, TableRow, assert_table_shape, scored, table_params, trade_rows

PUBLISHED = dt.date(2006, 3, 1)


class Pair(NamedTuple):
    """Two states as news names them (A sells or buys, B is its partner), and an amount."""

    a: str
    b: str
    a_code: str
    b_code: str
    a_possessive: str
    a_adjective: str
    product: str  # a product of A's the product cells name
    tenths: int  # the amount, in tenths of a billion


PAIRS = (
    Pair("Chile", "Peru", "CHL", "PER", "Chile's", "Chilean", "copper", 14),
    Pair("Kenya", "Uganda", "KEN", "UGA", "Kenya's", "Kenyan", "tea", 23),
    Pair("Vietnam", "Japan", "VNM", "JPN", "Vietnam's", "Vietnamese", "rice", 37),
    Pair("Norway", "Germany", "NOR", "DEU", "Norway's", "Norwegian", "fish", 52),
)

FORMS = (
    "purchases-from",
    "buying-of-goods",
    "buying-goods-worth",
    "selling-it-worth",
    "earned-from-exports",
    "earned-from-exports-to",
    "exported-of-goods-to",
    "sold-of-goods-to",
    "sales-abroad",
    "foreign-purchases",
    "goods-exchanged",
    "raise-export-earnings",
)
VERBS = ("reached", "rose to", "totalled", "were")
AMOUNTS = ("dollar-sign", "bln-dlrs", "billion-dollars")
WHENS = ("year", "last-year", "first-half")
OPENINGS = ("pair", "one-state")
PRODUCTS = ("none", "product")
BASES = ("none", "up-from")
#: The forms with a verb of their own choice ("purchases ... rose to X").
NOUN_FORMS = ("purchases-from", "sales-abroad", "foreign-purchases", "goods-exchanged")
#: A state's flow with the world: drawn in a one-state story only.
OWN_FORMS = ("earned-from-exports", "sales-abroad", "foreign-purchases", "raise-export-earnings")
#: The forms whose amount may be followed by its earlier level (``base``).
BASE_FORMS = ("buying-of-goods", "exported-of-goods-to", "sold-of-goods-to")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    form: str
    pair: int
    verb: str
    amount: str
    when: str
    opening: str
    product: str
    base: str


def _amount(p: Pair, form: str) -> str:
    whole, tenth = divmod(p.tenths, 10)
    number = f"{whole}.{tenth}"
    if form == "dollar-sign":
        return f"${number} billion"
    if form == "bln-dlrs":
        return f"{number} bln dlrs"
    return f"{number} billion dollars"


def _when(form: str) -> tuple[str, tuple[str, str]]:
    if form == "year":
        return "in 2004", ("2004-01-01", "2004-12-31")
    if form == "last-year":
        return "last year", ("2005-01-01", "2005-12-31")
    return "in the first half of 2005", ("2005-01-01", "2005-06-30")


def build(cell: Cell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    p = PAIRS[cell.pair]
    x = _amount(p, cell.amount)
    value = p.tenths * 10**8
    when, period = _when(cell.when)
    goods = f"{p.product}" if cell.product == "product" else "goods"
    if cell.opening == "pair":
        opening = f"{p.a} and {p.b} held talks on transport links on Tuesday, officials said."
    else:
        opening = f"{p.a} opened a new container port on Tuesday, officials said."
    export: Row = (p.a_code, p.b_code, "export", value, "USD", *period, False)
    imported: Row = (p.a_code, p.b_code, "import", value, "USD", *period, False)
    rows: list[Row]
    if cell.form == "purchases-from":
        noun = f"{p.product} purchases" if cell.product == "product" else "purchases"
        figure = f"{p.a_possessive} {noun} from {p.b} {cell.verb} {x} {when}."
        rows = [imported]
    elif cell.form == "buying-of-goods":
        figure = (
            f"{p.b} is {p.a_possessive} biggest market, buying {x} of {p.a_adjective} "
            f"{goods} {when}."
        )
        rows = [export]
    elif cell.form == "buying-goods-worth":
        what = f"{p.a_adjective} {p.product}" if cell.product == "product" else "goods"
        figure = (
            f"{p.b} remained {p.a_possessive} biggest customer {when}, buying {what} worth {x}."
        )
        rows = [export]
    elif cell.form == "selling-it-worth":
        figure = f"{p.b} is {p.a_possessive} main supplier, selling it {x} worth of {goods} {when}."
        rows = [imported]
    elif cell.form == "earned-from-exports":
        noun = f"{p.product} exports" if cell.product == "product" else "exports"
        figure = f"{p.a} earned {x} from its {noun} {when}."
        rows = [(p.a_code, None, "export", value, "USD", *period, False)]
    elif cell.form == "earned-from-exports-to":
        noun = f"{p.product} exports" if cell.product == "product" else "exports"
        figure = f"{p.a} earned {x} from {noun} to {p.b} {when}."
        rows = [export]
    elif cell.form in ("exported-of-goods-to", "sold-of-goods-to"):
        verb = "exported" if cell.form.startswith("exported") else "sold"
        figure = f"{p.a} {verb} {x} of {goods} to {p.b} {when}."
        rows = [export]
    elif cell.form == "sales-abroad":
        noun = f"{p.product} sales" if cell.product == "product" else "sales"
        figure = f"{p.a_possessive} {noun} abroad {cell.verb} {x} {when}."
        rows = [(p.a_code, None, "export", value, "USD", *period, False)]
    elif cell.form == "foreign-purchases":
        noun = (
            f"foreign {p.product} purchases" if cell.product == "product" else "foreign purchases"
        )
        figure = f"{p.a_possessive} {noun} {cell.verb} {x} {when}."
        rows = [(p.a_code, None, "import", value, "USD", *period, False)]
    elif cell.form == "goods-exchanged":
        what = p.product if cell.product == "product" else "goods"
        figure = f"The value of {what} exchanged between {p.a} and {p.b} {cell.verb} {x} {when}."
        rows = [(p.a_code, p.b_code, "turnover", value, "USD", *period, False)]
    else:  # raise-export-earnings: a goal's period, one of the same three forms
        noun = f"{p.product} export earnings" if cell.product == "product" else "export earnings"
        goal, target = {
            "year": ("in 2008", ("2008-01-01", "2008-12-31")),
            "last-year": ("next year", ("2007-01-01", "2007-12-31")),
            "first-half": ("in the first half of 2008", ("2008-01-01", "2008-06-30")),
        }[cell.when]
        figure = f"{p.a} plans to raise its {noun} to {x} {goal}."
        rows = [(p.a_code, None, "export", value, "USD", *target, True)]
    if cell.base == "up-from":
        # "..., up from Y in <the year before>": the same flow's earlier level
        year = int(period[0][:4]) - 1
        earlier = _amount(p._replace(tenths=p.tenths - 3), cell.amount)
        figure = f"{figure[:-1]}, up from {earlier} in {year}."
        reporter, partner, flow = rows[0][:3]
        rows.append(
            (
                reporter,
                partner,
                flow,
                (p.tenths - 3) * 10**8,
                "USD",
                f"{year}-01-01",
                f"{year}-12-31",
                False,
            )
        )
    if cell.product == "product":
        rows = []  # one product's trade is no record (spec section 4)
    return f"{opening} {figure}", rows


def _valid(cell: Cell) -> bool:
    """Whether the choices make a page a reader can read one way."""
    if cell.base == "up-from" and (cell.form not in BASE_FORMS or cell.when == "first-half"):
        return False  # an earlier level is drawn for a year's figure of the amount-first forms
    if cell.form in OWN_FORMS and cell.opening == "pair":
        return False  # a state's own flow in a pair story is the tradepair grid's
    # the verb is a choice of the noun forms alone ("purchases ... reached X")
    return cell.form in NOUN_FORMS or cell.verb == "reached"


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give a verb form the verb choice it needs, unless that choice is met."""
    if pick["form"] not in NOUN_FORMS and name != "verb":
        pick["verb"] = "reached"
    if pick["form"] in OWN_FORMS and name != "opening":
        pick["opening"] = "one-state"
    if (pick["form"] not in BASE_FORMS or pick["when"] == "first-half") and name != "base":
        pick["base"] = "none"


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "pair": list(range(len(PAIRS))),
    "verb": list(VERBS),
    "amount": list(AMOUNTS),
    "when": list(WHENS),
    "opening": list(OPENINGS),
    "product": list(PRODUCTS),
    "base": list(BASES),
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6191), size=200, axis="form", tries=80, fix=_fix
    )
)

#: Why a cell is still misread, by choice value (strict xfails).
LEFT: dict[tuple[str, str], str] = {}


D = dt.date
_2005 = ("2005-01-01", "2005-12-31")

# The near misses of the rules the grid called for, which must not change: (class, id,
# headline, body, published, expected records).
TABLE: list[TableRow] = [
    (
        "sales-abroad-owner",
        "a-state-s-foreign-sales",
        None,
        "Chile's foreign sales rose to $38 billion in 2005, the central bank said.",
        D(2006, 3, 1),
        [("CHL", None, "export", 38_000_000_000, "USD", *_2005, False)],
    ),
    (
        "sales-abroad-owner",
        "a-product-s-sales-abroad-by-its",
        None,
        "Copper leads what Chile ships; its sales abroad came to $250 million in 2005.",
        D(2006, 3, 1),
        [],
    ),
    (
        "sales-abroad-owner",
        "a-firm-s-sales-abroad-by-its",
        None,
        "The copper firm reported that its sales abroad brought in 1.1 billion dollars in 2005.",
        D(2006, 3, 1),
        [],
    ),
    (
        "share-of-sales-abroad",
        "half-of-a-state-s-overseas-sales",
        None,
        "Copper exports, which make up half of Chile's overseas sales, reached $17.8bn in 2005.",
        D(2006, 3, 1),
        [],
    ),
    (
        "share-of-sales-abroad",
        "half-of-the-country-s-overseas-sales",
        None,
        "Fish exports, nearly half of all the country's overseas sales, rose to $7.8bn in 2005, "
        "Norway said.",
        D(2006, 3, 1),
        [],
    ),
    (
        "worth-of-items",
        "bought-x-worth-of-items-from",
        None,
        "In 2005 Chile sold goods worth 512 mln dlrs to Peru and bought 96.5 mln worth of "
        "items, mostly textiles, from Peru.",
        D(2006, 3, 1),
        [
            ("CHL", "PER", "export", 512_000_000, "USD", *_2005, False),
            ("CHL", "PER", "import", 96_500_000, "USD", *_2005, False),
        ],
    ),
    (
        "worth-of-items",
        "earned-from-exports-of-a-product",
        None,
        "Chile earned 312 mln dlrs from exports of copper wire in 2005.",
        D(2006, 3, 1),
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


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT), numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The second grid: a currency word several states issue ("crowns", "shillings", "rupees",
# "dinars", "pounds", "pesos") in a figure of one of them, in a story whose place or first
# state is another state's ("Trade ministers met in Tokyo on Monday."). The word is the
# figure's own state's currency, as a reader takes "Sweden's exports rose to X crowns":
# spec/EXTRACTION.md section 1 ("currency: ISO 4217 code") asks for the currency the
# amount is in, and a state's trade figure is told in its own money. The reporter is named
# by its name or its adjective; the figure is its exports to a partner outside every such
# word's issuers, or its trade balance; the opening names a third state's city, the
# reporter's own capital, or no place. The other side: Britain's exports to Egypt "in
# pounds" stay sterling (the reporter issues the word's first sense), and the reporter's
# own capital decides as before.
#
# 54 of the 150 cells failed at first, every one with the third state's city: the word was
# read for the story's state (Japan, Brazil), which issues none of them, so "crowns" and
# "shillings" had no currency (no record) and "rupees", "dinars", "pounds", "pesos" took
# their first sense (INR, KWD, GBP, MXN). Fixed: the sentence's first state decides.


class Issuer(NamedTuple):
    """A state that issues a shared currency word, as news names it, and its code."""

    name: str
    code: str
    possessive: str
    adjective: str
    capital: str
    word: str
    currency: str


ISSUERS = (
    Issuer("Sweden", "SWE", "Sweden's", "Swedish", "Stockholm", "crowns", "SEK"),
    Issuer("Norway", "NOR", "Norway's", "Norwegian", "Oslo", "crowns", "NOK"),
    Issuer("Kenya", "KEN", "Kenya's", "Kenyan", "Nairobi", "shillings", "KES"),
    Issuer("Uganda", "UGA", "Uganda's", "Ugandan", "Kampala", "shillings", "UGX"),
    Issuer("Sri Lanka", "LKA", "Sri Lanka's", "Sri Lankan", "Colombo", "rupees", "LKR"),
    Issuer("Jordan", "JOR", "Jordan's", "Jordanian", "Amman", "dinars", "JOD"),
    Issuer("Egypt", "EGY", "Egypt's", "Egyptian", "Cairo", "pounds", "EGP"),
    Issuer("Chile", "CHL", "Chile's", "Chilean", "Santiago", "pesos", "CLP"),
    # the other side: the reporter issues the word's first sense, the partner another one's
    Issuer("Britain", "GBR", "Britain's", "British", "London", "pounds", "GBP"),
)
PARTNERS = (("Germany", "DEU"), ("Japan", "JPN"), ("Egypt", "EGY"))
CURRENCY_FORMS = ("name-exports", "adjective-exports", "balance")
PLACES = ("third-city", "own-capital", "none")
THIRD_CITIES = ("Tokyo", "Brasilia")


@dataclasses.dataclass(frozen=True)
class CurrencyCell:
    """One page's choices of the currency grid."""

    issuer: int
    form: str
    partner: int
    place: str
    city: int


def build_currency(cell: CurrencyCell) -> tuple[str, list[Row]]:
    """The page and the records its choices call for."""
    s = ISSUERS[cell.issuer]
    partner, partner_code = PARTNERS[cell.partner]
    value = (40 + 7 * cell.issuer) * 10**9 + 5 * 10**8
    amount = f"{value // 10**9}.5 billion {s.word}"
    year = ("2005-01-01", "2005-12-31")
    rows: list[Row]
    if cell.form == "name-exports":
        figure = f"{s.possessive} exports to {partner} rose to {amount} in 2005."
        rows = [(s.code, partner_code, "export", value, s.currency, *year, False)]
    elif cell.form == "adjective-exports":
        figure = f"{s.adjective} exports to {partner} rose to {amount} in 2005."
        rows = [(s.code, partner_code, "export", value, s.currency, *year, False)]
    else:
        figure = f"{s.possessive} trade surplus rose to {amount} in 2005."
        rows = [(s.code, None, "balance", value, s.currency, *year, False)]
    if cell.place == "third-city":
        opening = f"Trade ministers met in {THIRD_CITIES[cell.city]} on Monday."
    elif cell.place == "own-capital":
        opening = f"Trade ministers met in {s.capital} on Monday."
    else:
        opening = "Trade ministers met on Monday."
    return f"{opening} {figure}", rows


def _valid_currency(cell: CurrencyCell) -> bool:
    """Whether the choices make a page a reader can read one way."""
    if PARTNERS[cell.partner][1] == ISSUERS[cell.issuer].code:
        return False  # no state trades with itself
    # the city is a choice of the third-city place alone
    return cell.place == "third-city" or cell.city == 0


def _fix_currency(pick: dict[str, object], first: object, name: str | None) -> None:
    """Give a place the city choice it needs, unless that choice is met."""
    if pick["place"] != "third-city" and name != "city":
        pick["city"] = 0


CURRENCY_CHOICES: dict[str, list[object]] = {
    "issuer": list(range(len(ISSUERS))),
    "form": list(CURRENCY_FORMS),
    "partner": list(range(len(PARTNERS))),
    "place": list(PLACES),
    "city": list(range(len(THIRD_CITIES))),
}

CURRENCY_CELLS = list(
    sample_cells(
        CurrencyCell,
        _valid_currency,
        CURRENCY_CHOICES,
        random.Random(6192),
        size=150,
        axis="issuer",
        tries=80,
        fix=_fix_currency,
    )
)

#: Why a currency cell is still misread, by choice value (strict xfails).
CURRENCY_LEFT: dict[tuple[str, str], str] = {}


def _currency_id(cell: CurrencyCell) -> str:
    return f"{ISSUERS[cell.issuer].name}-{cell.form}-{PARTNERS[cell.partner][0]}-{cell.place}"


@pytest.mark.parametrize(
    "cell",
    grid_params(CURRENCY_CELLS, _currency_id, by_value(CURRENCY_LEFT), numbered=True),
)
def test_currency_grid_cell(cell: CurrencyCell) -> None:
    """Each currency cell gives the records its choices call for, as the scorer pairs them."""
    body, expected = build_currency(cell)
    assert scored(trade_rows(body, PUBLISHED)) == scored(expected), body


def test_every_currency_value_is_sampled() -> None:
    """Every value of every choice of the currency grid is met in several cells."""
    assert_every_value_sampled(CURRENCY_CELLS, CURRENCY_CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    import sys

    def _fails(c: Cell) -> bool:
        body, expected = build(c)
        return scored(trade_rows(body, PUBLISHED)) != scored(expected)

    failed = {c: _fails(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{choice:9} {value!s:20} {bad:4}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "cells fail")

    def _currency_fails(c: CurrencyCell) -> bool:
        body, expected = build_currency(c)
        return scored(trade_rows(body, PUBLISHED)) != scored(expected)

    failed_currency = {c: _currency_fails(c) for c in CURRENCY_CELLS}
    for choice, value, bad, total in failure_table(
        CURRENCY_CELLS, CURRENCY_CHOICES, failed_currency
    ):
        if bad:
            print(f"{choice:9} {value!s:20} {bad:4}/{total}")
    print(sum(failed_currency.values()), "of", len(CURRENCY_CELLS), "currency cells fail")
    if "currency" in sys.argv:
        for cc in CURRENCY_CELLS:
            if failed_currency[cc]:
                body, expected = build_currency(cc)
                print(_currency_id(cc), "|", body, "|", trade_rows(body, PUBLISHED))
        sys.exit()
    if len(sys.argv) > 1:
        for c in CELLS:
            if failed[c] and all(
                getattr(c, k) == v for k, v in (a.split("=") for a in sys.argv[1:])
            ):
                body, expected = build(c)
                print(dashed_id(c), "|", body, "|", trade_rows(body, PUBLISHED))
