"""A grid of counted documents on the crawled pages: the count told beside the set, not in it.

The outlets of the crawled format (state agencies and the papers that copy them) tell a
signing ceremony's documents in two or three sentences: the sides "signed a number of
documents", then the number in an aside ("The documents, nine in total, were exchanged
after the talks", "the agreements signed then - twelve documents in total - are being
implemented"), then the named ones ("They include ...", a bulleted list). Or they tell one
instrument first and place it in its set afterwards ("The agreement is among some 15
documents that the two sides hope to finalize during the visit"). Each cell draws one value
of every independent choice below (how the count is told, how the named ones are listed,
how many are named, the number, the status, the two states), writes a short invented page
in the crawled text format, and computes the records it must give under spec/EXTRACTION.md
section 3 from the choices alone (never by running the library).

Section 3 decides every expectation: ``count`` is "how many documents the mention covers";
"where the article also names some of them one by one, the named ones are records of their
own and the summary covers only the rest". So each named document is one record (its kind,
the set's status, parties and date) and the set is one ``other`` record counting the rest,
with the same status, parties and date; a count aside is the set's own number, never a
second set. Every page is published on Wednesday 2023-05-10: a signing "on Monday" is
2023-05-08, one "to be signed on Friday" 2023-05-12.

The shapes of the count:

- ``aside_comma``: "signed a number of documents on Monday. The documents, seven in
  total, were exchanged after the talks." then the list sentence;
- ``aside_dash``: the same aside between dashes;
- ``aside_include``: "The documents, seven in total, include X and Y." (the list in the
  aside's own sentence, so the list choice does not apply);
- ``in_total``: "In total, seven documents were signed." then the list sentence;
- ``is_among``: "A and B signed X on Monday. The agreement is among seven documents
  signed at the ceremony." (one document named, told before its set);
- ``among_hope``: the same, the set "that the two sides hope to finalize";
- ``including_far``: "A and B signed seven documents on Monday in areas ranging from ... to
  ..., including X and Y" (a long phrase between the set and its named ones).

The cells are a seeded sample (``grid_cells.sample_cells``): every value of the shape meets
every value of every other choice, then cells are drawn at random;
``test_every_value_is_sampled`` keeps every value in several cells.

Before the library was changed, all 180 cells failed, 129 of them on what the scorer pairs
(a record missing or extra: the set's rest lost after an aside count, "The documents, seven
in total, include ..." read as one document, the rest of an ``among_hope`` set never told,
the second of two documents named far after their set merged into the first), the others on
the count or the date alone (the ``in_total`` set and its items undated, the documents
listed after "The documents signed at the ceremony in C include" undated, an ``is_among``
set counting the instrument named before it). Fixed so: a count aside gives the set just
told its number, and its sentence may list the named ones; an instrument placed "among N
documents" leaves a set of the other N - 1 with its status, sides and date; a phrase of the
signing may stand between "The documents signed" and "include"; "including" may stand up to
160 characters after its set. What is left is the table's one strict xfail (a count and a
date, no record).
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

PUBLISHED = "2023-05-10"  # a Wednesday

PAIRS = [
    Pair("Peru", "Mongolia", "Peruvian", "Mongolian", "Lima", "Ulaanbaatar", ("MNG", "PER")),
    Pair("Ghana", "Norway", "Ghanaian", "Norwegian", "Accra", "Oslo", ("GHA", "NOR")),
    Pair("Vietnam", "Laos", "Vietnamese", "Lao", "Hanoi", "Vientiane", ("LAO", "VNM")),
    Pair("Kenya", "Portugal", "Kenyan", "Portuguese", "Nairobi", "Lisbon", ("KEN", "PRT")),
]

SHAPES = [
    "aside_comma",
    "aside_dash",
    "aside_include",
    "in_total",
    "is_among",
    "among_hope",
    "including_far",
]

# How the named documents are listed after the count: in a sentence of their own, after
# "Among them are", as bullets after "They include:", or after "The documents signed at the
# ceremony in C include" (a phrase of their signing between the documents and the verb).
LISTS = ["they_include", "among_them", "bullets", "signed_at"]


@dataclass(frozen=True)
class Item:
    """A named document: its noun phrase, the word that refers back to it, its kind."""

    name: str
    phrase: str
    back: str
    kind: str


ITEMS = [
    Item("fisheries", "an agreement on fisheries", "agreement", "agreement"),
    Item("tourism", "a memorandum of understanding on tourism", "memorandum", "memorandum"),
    Item("customs", "a protocol on customs cooperation", "protocol", "protocol"),
    Item("roadmap", "a road map for transport cooperation", "road map", "plan"),
]

# The set's number as written, and its value.
NUMBERS = [("seven", 7), ("9", 9), ("twelve", 12)]


@dataclass(frozen=True)
class Status:
    """A status: key status, the plural's verb, the aside's verb, the day, its ISO date."""

    name: str
    status: str
    sign: str
    passive: str
    exchanged: str
    day: str
    date: str


STATUSES = [
    Status(
        "signed", "signed", "signed", "were signed", "were exchanged", "on Monday", "2023-05-08"
    ),
    Status(
        "planned",
        "planned",
        "are to sign",
        "are to be signed",
        "are to be exchanged",
        "on Friday",
        "2023-05-12",
    ),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    shape: str
    listing: str
    named: int
    number: tuple[str, int]
    status: Status
    first: Item
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.shape, self.listing, str(self.named), self.number[0], self.status.name)
        return "-".join((*parts, self.first.name, self.pair.codes[0]))

    @property
    def items(self) -> list[Item]:
        """The documents the page names: the first one, and the next in the list if two."""
        if self.shape in ("is_among", "among_hope"):
            return [self.first]
        i = ITEMS.index(self.first)
        return [self.first, ITEMS[(i + 1) % len(ITEMS)]][: self.named]


def _listed(cell: Cell) -> str:
    """The sentence (or bullets) naming the documents, after the count."""
    phrases = [i.phrase for i in cell.items]
    if cell.listing == "bullets":
        lines = [f"• {p}{';' if k < len(phrases) - 1 else '.'}" for k, p in enumerate(phrases)]
        return "They include:\n\n" + "\n\n".join(lines)
    names = " and ".join(phrases)
    if cell.listing == "signed_at":
        where = "signed" if cell.status.name == "signed" else "to be signed"
        return f"The documents {where} at the ceremony in {cell.pair.cap_b} include {names}."
    if cell.listing == "among_them":
        verb = "is" if len(phrases) == 1 else "are"
        return f"Among them {verb} {names}."
    return f"They include {names}."


def body(cell: Cell) -> str:
    """The story: who signs, the count, the named documents, and a closing line."""
    p, s = cell.pair, cell.status
    n = cell.number[0]
    opening = f"The {p.dem_a} president is on a state visit to {p.b}, his office said."
    if cell.shape in ("is_among", "among_hope"):
        item = cell.first
        signing = f"{p.a} and {p.b} {s.sign} {item.phrase} {s.day}."
        if cell.shape == "is_among":
            where = "signed" if s.name == "signed" else "to be signed"
            aside = f"The {item.back} is among {n} documents {where} at the ceremony."
        else:
            hope = "finalized" if s.name == "signed" else "hope to finalize"
            aside = (
                f"The {item.back} is among some {n} documents that the two sides {hope}"
                " during the visit."
            )
        return "\n\n".join([opening, f"{signing} {aside}", "The talks focused on trade."])
    plural = f"{p.a} and {p.b} {s.sign} a number of documents {s.day}."
    if cell.shape == "aside_comma":
        count = f"The documents, {n} in total, {s.exchanged} after the talks."
    elif cell.shape == "aside_dash":
        count = f"The documents - {n} in total - {s.exchanged} after the talks."
    elif cell.shape == "in_total":
        count = f"In total, {n} documents {s.passive}."
    elif cell.shape == "including_far":
        names = " and ".join(i.phrase for i in cell.items)
        ranging = (
            f"{p.a} and {p.b} {s.sign} {n} documents {s.day} in areas ranging from the energy"
            f" industry and transport to higher education, culture and health, including {names}."
        )
        return "\n\n".join([opening, ranging, "Trade grew."])
    else:
        names = " and ".join(i.phrase for i in cell.items)
        aside = f"The documents, {n} in total, include {names}."
        return "\n\n".join([opening, f"{plural} {aside}", "Trade grew."])
    return "\n\n".join([opening, f"{plural} {count}", _listed(cell), "Trade grew."])


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    p = cell.pair
    return f" date {PUBLISHED} {p.a} and {p.b} expand cooperation\n\n{body(cell)}\n"


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for: each named document, and the set's rest."""
    parties = ",".join(sorted(cell.pair.codes))
    s = cell.status
    rows = [f"{i.kind} {s.status} {parties} {s.date} 1" for i in cell.items]
    rest = cell.number[1] - len(cell.items)
    rows.append(f"other {s.status} {parties} {s.date} {rest}")
    return rows


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


CHOICES: dict[str, list[Any]] = {
    "shape": SHAPES,
    "listing": LISTS,
    "named": [1, 2],
    "number": NUMBERS,
    "status": STATUSES,
    "first": ITEMS,
    "pair": PAIRS,
}


# The shapes that name their documents in the count's own sentence (or name one before it).
LISTLESS = ("aside_include", "is_among", "among_hope", "including_far")


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: a listing only where a list sentence follows the count."""
    if cell.shape in ("aside_include", "is_among", "among_hope", "including_far"):
        one = cell.named == 1 or cell.shape in ("aside_include", "including_far")
        return cell.listing == "they_include" and one
    return True


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Keep the axis's shape writable: a shape with no list sentence takes the plain listing."""
    if pick["shape"] in LISTLESS and name != "listing":
        pick["listing"] = "they_include"
        if pick["shape"] in ("is_among", "among_hope") and name != "named":
            pick["named"] = 1


CELLS = list(
    sample_cells(
        Cell,
        _valid,
        CHOICES,
        random.Random(41),
        size=180,
        axis="shape",
        tries=30,
        cover_axis=True,
        fix=_fix,
    )
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    return None


# Rows that keep each fixed class whatever the seeded sample draws (class, text, records),
# with near misses that must stay as they are. "In addition to the declaration, the leaders
# signed 12 documents" after a sentence on the summit's observers is the declaration's
# signers' set (it took the observers before).
TABLE: list[Any] = [
    (
        "aside-recalled",
        "The Peruvian president recalled his visit to Mongolia last year and said that the"
        " agreements signed then - seven documents in total - are being implemented.",
        ["agreement ratified MNG,PER - 7"],
    ),
    (
        "aside-recalled",
        "The Peruvian president recalled his visit to Mongolia last year and said that the"
        " agreements signed then, seven documents in total, are being implemented.",
        ["agreement ratified MNG,PER - 7"],
    ),
    (
        "near-miss:among-no-number",
        "Peru and Mongolia signed an agreement on fisheries on Monday. The agreement was among"
        " the documents signed at the ceremony.",
        ["agreement signed MNG,PER 2023-05-08 1"],
    ),
    pytest.param(
        "one-named-then-total",
        "Peru and Mongolia signed a memorandum on tourism on Monday. In total, seven documents"
        " were signed.",
        ["memorandum signed MNG,PER 2023-05-08 1", "other signed MNG,PER 2023-05-08 6"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="one instrument told before 'In total, N documents were signed' is not yet"
            " taken as one of the N: the rest keeps N and no day (count and date only; the"
            " records the scorer pairs are right)",
        ),
    ),
    (
        "besides-the-declaration",
        "The presidents of Peru, Chile and Bolivia signed the Lima Declaration on Monday at the"
        " end of their summit. Ecuador and Colombia, which hold observer status, were"
        " represented by their foreign ministers. In addition to the declaration, the leaders"
        " signed 12 documents.",
        ["declaration signed BOL,CHL,PER 2023-05-08 1", "other signed BOL,CHL,PER 2023-05-08 12"],
    ),
    (
        "near-miss:no-besides",
        "The presidents of Peru, Chile and Bolivia met in Lima on Monday. Ecuador and Colombia"
        " signed 12 documents on the sidelines.",
        ["other signed COL,ECU 2023-05-08 12"],
    ),
    (
        "near-miss:count-in-plural",
        "The Peruvian president recalled his visit to Mongolia last year and said that the"
        " seven agreements signed then are being implemented.",
        ["agreement ratified MNG,PER - 7"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_pagesagr_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_pagesagr(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", value)
        label = value.codes[0] if isinstance(value, Pair) else label
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
