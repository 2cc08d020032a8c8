"""A grid of old documents told as background: "the 1984 fishing agreement", "of 1963".

News on two states' talks often recalls an instrument they made years before, in a clause
about something else: the sides review it, praise it, trade under it, want it revived, let
it lapse, or review how it is carried out. Spec section 3 makes such a document a record of
its own: status ``signed``, dated by its signing as the text tells it (the year an adjective
or "of 1963" gives, "signed in Lima in May 2004", "signed last year"), its parties the states
the text makes its sides, here the pair its sentence names or, naming none or one of them,
the pair the story is on ("the two countries" and the lead's pair tie it to them). Its
review, its praise or trade under it are no step of its own; its implementation reviewed is
none either where its own words write out the year of its signing ("the 2004 agreement",
"the agreement signed in 2004": signed then).

Each cell draws one value of every independent choice below (how the document is dated,
what the sentence does with it, who the sentence names, the document's noun and topic, the
lead sentence and the pair of states), writes a short invented page published on Wednesday
2023-05-10, and computes from the choices alone the one record it must give. The near
misses of the ``form`` choice give none of the pair: "the 1990 fishing law" is no
instrument, and "the 1982 UN Convention on the Law of the Sea" is many states' convention,
no bilateral document of the pair whatever the sentence does with it.

The cells are a seeded sample (``grid_cells.sample_cells``): every value of the form meets
every value of every other choice, then cells are drawn at random.

First run, before the library changed: 88 of 300 cells failed (114 of 300 of the grid's
first draw, before the charter, the long aside and the lead whose second sentence names one
side alone were added). The classes, each fixed as a rule:

- ``dropped``: a document dated by its own year ("the 2004 fisheries agreement", "the
  fisheries treaty of 2004") that the sentence only reviews, praises, trades under, wants
  revived or lets lapse, with no state or "the two countries" beside it, was dropped as an
  instrument of nobody's; it now takes the sides told before (the lead's pair), as a
  document told "signed in 2004" did already, but not where its own words tell other sides
  ("a 1984 accord with the Nordic countries", "between A and world powers") nor for a peace
  accord, which as often ends a war within one state;
- ``of``: "of 2004" right after an unnamed document's noun was no date of it (a name's was);
- ``compound``: a hyphenated participle ("water-sharing", "power-sharing") ended the
  modifiers as a verb would, so the year before it went unread;
- ``renewal``: a step to come told of an old document ("sought to revive the 1984 accord",
  "the 1965 pact stays out of the negotiations") made it planned: its year tells it made;
- ``one side``: a document of years ago that one state acts on ("Chile reviewed the 2004
  fisheries agreement") kept that state alone, not the pair the story is on;
- ``UN``: states acting under or carrying out "the 1982 UN Convention on the Law of the Sea"
  were made its parties: a UN convention binds the UN's members, none named;
- ``charter``: "the 2009 A-B Charter on X", "the charter of 2009" was no instrument unless
  told signed: its past year tells it made;
- ``lead``: where the sentence before the document names one side only ("The A minister had
  flown in"), a document of years ago naming none was dropped: it takes the story's two
  states, where no bloc is named in its sentence or the one before;
- ``held since`` (table rows only): "the two countries have had a shipping agreement since
  2005" was dropped, with no step told: held since a year, it is in force since then;
- ``long aside``: "the memorandum on <a long topic> between the two foreign ministries,
  signed in 2016" put its signing out of the status cue's reach: an aside telling a signing
  in a year written out is the document's own, however long the topic before it.

A document whose implementation is reviewed and whose signing is told with no year written
out ("signed in P last year") or in an aside after it (", signed in P in May 2004,") is in
force since a day the text does not tell (the read pages' key; the library's rule since
``test_grid_agreement_recall_two``): ratified, no date. What is left is ``known_gap``'s:
strict xfails of that in-force reading (3 cells).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, spec, unmatched
from diplonews import extract
from diplonews.models import Agreement, Article
from grid_cells import (
    Pair,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = "2023-05-10"  # a Wednesday

PAIRS = [
    Pair("Chile", "Peru", "Chilean", "Peruvian", "Santiago", "Lima", ("CHL", "PER")),
    Pair("Ghana", "Norway", "Ghanaian", "Norwegian", "Accra", "Oslo", ("GHA", "NOR")),
    Pair("Kenya", "Vietnam", "Kenyan", "Vietnamese", "Nairobi", "Hanoi", ("KEN", "VNM")),
    Pair("Poland", "Mongolia", "Polish", "Mongolian", "Warsaw", "Ulaanbaatar", ("MNG", "POL")),
]


@dataclass(frozen=True)
class Form:
    """How the document is dated: its phrase around the noun and the record's date.

    ``before`` and ``after`` stand before and after the noun (``{y}`` the year, ``{t}`` the
    topic, ``{cap}`` the second state's capital); ``date`` is the record's ISO date, None
    where the form is a near miss that gives no record of the pair.
    """

    name: str
    before: str
    after: str
    date: str | None


FORMS = [
    Form("adj", "the {y} {t}", "", "{y}"),
    Form("of", "the {t}", "of {y}", "{y}"),
    Form("signed_in", "the {t}", "signed in {y}", "{y}"),
    Form("comma_signed", "the {t}", ", signed in {cap} in May {y},", "{y}-05"),
    Form(
        "long_aside",
        "the",
        "on cooperation in {t} and related matters between the two foreign ministries, signed"
        " in {y},",
        "{y}",
    ),
    Form("relative", "the {t}", "the two governments signed in {y}", "{y}"),
    Form("last_year", "the {t}", "signed in {cap} last year", "2022"),
    Form("law", "the {y} {t}", "", None),  # the noun is "law": no instrument
    Form("unclos", "the 1982 UN Convention on the Law of the Sea", "", None),
]


@dataclass(frozen=True)
class Noun:
    """The document's noun and the record's kind."""

    word: str
    kind: str


NOUNS = [
    Noun("agreement", "agreement"),
    Noun("treaty", "treaty"),
    Noun("accord", "agreement"),
    Noun("memorandum", "memorandum"),
    Noun("charter", "other"),
]

TOPICS = ["fisheries", "border trade", "water-sharing", "air transport"]
YEARS = ["1984", "1996", "2004", "2015"]

# What the sentence does with the document ("{who}" its subject, "{doc}" the document).
FRAMES = {
    "review": "{who} reviewed {doc}.",
    "praise": "{who} praised {doc} as a model for the region.",
    "under": "{who} traded grain and fuel under {doc}.",
    "revive": "{who} sought to revive {doc}.",
    "suspend": "In 2019, {who} suspended {doc}.",
    "expires": "{who} noted that {doc} expires next year.",
    "implement": "{who} reviewed the implementation of {doc}.",
}

# Whom the sentence names: no state ("The ministers"), the first state, both, or no state
# with "between the two countries" after the noun.
SIDES = ["none", "one", "both", "two_countries"]

# The lead sentence telling the pair: talks of both, or a minister's visit.
LEADS = {
    "talks": "{a} and {b} held talks in {cap_b} on Monday.",
    "visit": "{dem_a} Foreign Minister Ana Ruiz visited {cap_b} on Monday for talks with her"
    " {dem_b} counterpart.",
    # the sentence right before the document's names one side only
    "arrival": "{a} and {b} held talks in {cap_b} on Monday. The {dem_a} minister had flown in"
    " on Sunday.",
}


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    form: Form
    frame: str
    sides: str
    noun: Noun
    topic: str
    year: str
    lead: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.form.name, self.frame, self.sides, self.noun.word, self.year)
        return "-".join((*parts, self.lead, self.pair.codes[0]))


def _document(cell: Cell) -> str:
    """The document's phrase, the sides' phrase after its noun."""
    p, f = cell.pair, cell.form
    noun = "law" if f.name == "law" else cell.noun.word
    before = f.before.format(y=cell.year, t=cell.topic, cap=p.cap_b)
    after = f.after.format(y=cell.year, t=cell.topic, cap=p.cap_b)
    sides = "between the two countries" if cell.sides == "two_countries" else ""
    if f.name == "unclos":
        return " ".join(x for x in (before, sides) if x)
    # ("the X agreement of 2004 between the two countries": the year stays by its noun)
    parts = (before, noun, after, sides) if f.name == "of" else (before, noun, sides, after)
    return " ".join(x for x in parts if x).replace(" ,", ",")


def _who(cell: Cell) -> str:
    """The sentence's subject."""
    p = cell.pair
    return {"one": p.a, "both": f"{p.a} and {p.b}"}.get(cell.sides, "the ministers")


def body(cell: Cell) -> str:
    """The story: the lead, then the sentence recalling the document."""
    p = cell.pair
    lead = LEADS[cell.lead].format(a=p.a, b=p.b, cap_b=p.cap_b, dem_a=p.dem_a, dem_b=p.dem_b)
    text = FRAMES[cell.frame].format(who=_who(cell), doc=_document(cell))
    text = text.replace(",.", ".").replace(", as", " as").replace(", expires", " expires")
    text = text[0].upper() + text[1:]
    return f"{lead} {text}"


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for, in the row notation; none for a near miss."""
    if cell.form.date is None:
        return []
    date = cell.form.date.format(y=cell.year)
    if cell.frame == "implement" and cell.form.name in ("last_year", "comma_signed", "long_aside"):
        # a signing told with no year written out, or in an aside after the document: in force
        # since a day the text does not tell (the pages' key: "the implementation of the X,
        # signed in P in 2022" is ratified with no date)
        return [f"{cell.noun.kind} ratified {','.join(cell.pair.codes)} - 1"]
    return [f"{cell.noun.kind} signed {','.join(cell.pair.codes)} {date} 1"]


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


CHOICES: dict[str, list[Any]] = {
    "form": FORMS,
    "frame": list(FRAMES),
    "sides": SIDES,
    "noun": NOUNS,
    "topic": TOPICS,
    "year": YEARS,
    "lead": list(LEADS),
    "pair": PAIRS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write.

    "The two governments signed" names the pair already, and the UN convention is no
    document "between the two countries".
    """
    if cell.form.name in ("unclos", "long_aside") and cell.sides == "two_countries":
        return False
    return not (cell.form.name == "relative" and cell.sides in ("one", "two_countries"))


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(41), size=300, axis="form", tries=20)
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell.

    A near miss fails on any record one of the pair is a party of.
    """
    article = Article(id="t", body=body(cell), published=PUBLISHED)
    got = extract(article).agreements
    if cell.form.date is None:
        codes = set(cell.pair.codes)
        return [spec(r) for r in got if codes & {str(p) for p in r.parties}]
    return unmatched(expected(cell), got, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell (None: it reads the cell)."""
    if cell.frame != "implement" or cell.form.name not in ("comma_signed", "last_year"):
        return None
    if cell.sides == "one":
        return (
            "'A reviewed the implementation of the X, signed in P in May 2004': in force with no"
            " date, the record keeps no year to tell it old, so the one state told is not joined"
            " by the story's other side (a parties class of instruments in force)"
        )
    if cell.sides == "two_countries" and cell.form.name == "last_year":
        return (
            "'the implementation of the X between the two countries signed in P last year':"
            " the sides' phrase before the participle hides it from the in-force reading, so"
            " the signing is kept, dated (a status class of recent documents)"
        )
    return None


# Rows that keep each class whatever the seeded sample draws (class, text, records), with
# near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "year-no-sides",
        "Ghana and Norway held talks on Monday. A 1998 agreement under which Ghana shipped"
        " cocoa to Norway lapsed in 2010.",
        ["agreement signed GHA,NOR 1998 1"],
    ),
    (
        "of-year",
        "Ghana and Norway held talks on Monday. The officials noted that the shipping accord of"
        " 2001 runs until 2025.",
        ["agreement signed GHA,NOR 2001 1"],
    ),
    (
        "hyphen-compound",
        "Ghana and Norway held talks on Monday. The officials hope to revive the 1998"
        " power-sharing accord.",
        ["agreement signed GHA,NOR 1998 1"],
    ),
    (
        "one-side-pair",
        "Ghana and Norway held talks on Monday. Ghana reviewed the 2015 fisheries deal.",
        ["agreement signed GHA,NOR 2015 1"],
    ),
    (
        "held-since",
        "Ghana and Norway held talks on Monday. The two countries have had a shipping agreement"
        " since 2005, but traders say it is little used.",
        ["agreement ratified GHA,NOR 2005 1"],
    ),
    (
        "held-since",
        "Ghana and Norway held talks on Monday. Ghana has had a fisheries treaty with Norway"
        " since 1999.",
        ["treaty ratified GHA,NOR 1999 1"],
    ),
    (
        "near-miss:held-none",
        "Ghana and Norway held talks on Monday. The two countries have had no treaty since 1999.",
        [],
    ),
    (
        "near-miss:wanted-since",
        "Ghana and Norway held talks on Monday. Ghana has wanted a fisheries treaty with Norway"
        " since 1999.",
        ["treaty planned GHA,NOR - 1"],
    ),
    (
        "near-miss:decade",
        "Ghana and Norway held talks on Monday. Their ties date back to the 1970s.",
        [],
    ),
    (
        "near-miss:law",
        "Ghana and Norway held talks on Monday. Ghana adopted a 2001 mining law.",
        [],
    ),
    (
        "near-miss:with-a-body",
        "Ghana and Norway held talks on Monday. Ghana's 2021 debt deal with the IMF was praised.",
        ["agreement signed GHA 2021 1"],
    ),
    (
        "near-miss:between-others",
        "Ghana and Norway held talks on Monday. The leaders recalled the 2015 nuclear deal"
        " between Iran and world powers.",
        ["agreement signed IRN 2015 1"],
    ),
    (
        "near-miss:peace",
        "Ghana and Norway held talks on Monday. The two presidents discussed the 2016 peace"
        " accord.",
        [],
    ),
    (
        "near-miss:un-convention",
        "Ghana and Norway held talks on Monday. They settled the dispute under the 1982 UN"
        " Convention on Fishing Rights, which more than 160 states have joined.",
        ["treaty signed - 1982 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_old_documents_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_old_documents(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", getattr(value, "word", value))
        label = value.codes[0] if isinstance(value, Pair) else label
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + body(c))
