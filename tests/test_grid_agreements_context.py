"""A grid of agreements a story tells over two or three sentences (article-level context).

News often tells an instrument in one sentence and its date, its signers, its place or a
later step of it in the next, referring back to it ("The document was signed on Monday",
"It was signed by the foreign ministers of A and B", "The agreement entered into force on
May 3"). The back-reference completes the record told first: it makes no second one. Each
cell draws one value of every independent choice below (the first sentence's instrument,
what the second sentence adds, the back-reference's form, a third sentence that must not
change the record, whether the headline names the pair, the date form and the pair of
states), writes a short invented story,
and computes the records it must give under spec/EXTRACTION.md section 3 from the choices
alone (never by running the library). The cells are a seeded sample: every (instrument,
addition, reference) triple is drawn with a fixed chance, the other choices at random;
``test_every_value_is_sampled`` keeps every value in several cells.

Every story is published on Wednesday 2023-05-10; its records are checked for kind (``*``
where the spec leaves a summary's kind open), status, parties, date (``*`` where none is
told) and count, and for the city where the second sentence tells the place.

The classes the grid showed the library misread are rows of ``TABLE`` below, with stories
of their own, and near misses that must not change:

- ``pronoun-next``: a sentence opening "It" (of one instrument) or "They" (of a set) right
  after the one that told the instrument completes that record: "It was signed in Lima on
  Monday" gives its signing's day and place, "It is expected to be signed on Friday" the day
  to come, "They entered into force in March" ratifies the set; not where the pronoun's
  number differs from the count, where the sentence before told two instruments, or where
  the signing it tells is older than the step told ("It was signed in 2019" of one ratified);
- ``signers-next``: an instrument told signed or to be signed with no party, whose next
  sentence refers back to it and names its signers ("A memorandum on X was signed on Monday.
  It was signed by the ministers of A and B"): one record, of the first sentence's kind and
  day, with the signers' states; not a company's contract, nor a next sentence that names
  states without signing it ("It was welcomed by") or that signs another instrument;
- ``apart-from-count``: an instrument told after a counted set but signed apart from it (its
  own sentence says the sides "also signed" it, or dates its signing otherwise: "recalled the
  cultural convention signed in 2004" after seven agreements signed in March) is none of
  the set, whose count stays whole; one told among the set ("Among them is a protocol") or
  signed the same month is still one of it;
- ``recalled-older``: a definite instrument told signed in an earlier year than the
  instrument told signed before it, with a topic word that one lacks ("signed a treaty on
  visas on Monday ... recalled the treaty on trade signed in 2004"), is an older instrument
  of its own, not that one; the same one told again with its earlier step ("The agreement
  on air transport, first signed in draft form in 2015") stays one record;
- ``count-next``: a definite count opening its sentence ("The six documents were signed in
  Minsk on Tuesday") is the set of that many told before: its signing's day and place are
  the set's; not a count inside another clause ("Besides the 14 documents, a memorandum
  was signed", "Two of the seven agreements were signed").
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, city_of, spec, unmatched
from diplonews import extract
from diplonews.models import Agreement
from diplonews.readers import parse_crawled_text
from grid_cells import Pair, When, assert_every_value_sampled, failure_table, grid_params

PUBLISHED = "2023-05-10"  # a Wednesday


@dataclass(frozen=True)
class Doc:
    """The first sentence's instrument: its noun phrase, key kind, count and own noun."""

    name: str
    phrase: str
    kind: str  # "*": the spec leaves the kind of a summary open
    count: int
    noun: str  # what a back-reference of its own kind calls it ("the memorandum")


DOCS = [
    Doc("named", "the Treaty on Good Neighbourliness", "treaty", 1, "the treaty"),
    Doc("agreement", "an agreement on visa-free travel", "agreement", 1, "the agreement"),
    Doc("mou", "a memorandum of understanding on tourism", "memorandum", 1, "the memorandum"),
    Doc("count", "five documents on cooperation", "*", 5, "the five documents"),
]


@dataclass(frozen=True)
class Adds:
    """What the second sentence adds: its predicate (singular, plural) and the key status.

    ``first`` is how the first sentence tells the instrument: ``"pair_signed"`` (the pair
    signed it, undated), ``"pair_signed_when"`` (dated), ``"pair_signed_2021"`` (in 2021),
    ``"passive_when"`` (signed, dated, no party) or ``"pair_will"`` (the pair will sign it).
    ``dated_by``: which sentence's date the record takes (``"second"``, ``"first"``,
    ``"2021"``).
    """

    name: str
    first: str
    singular: str
    plural: str
    status: str
    dated_by: str
    city: bool = False


ADDS = [
    Adds("date", "pair_signed", "was signed {past}", "were signed {past}", "signed", "second"),
    Adds(
        "place",
        "pair_signed_when",
        "was signed in {city}",
        "were signed in {city}",
        "signed",
        "first",
        city=True,
    ),
    Adds(
        "signers",
        "passive_when",
        "was signed by the foreign ministers of {a} and {b}",
        "were signed by the foreign ministers of {a} and {b}",
        "signed",
        "first",
    ),
    Adds(
        "to_be_signed",
        "pair_will",
        "is expected to be signed {future}",
        "are expected to be signed {future}",
        "planned",
        "future",
    ),
    Adds(
        "ratified",
        "pair_signed_2021",
        "was ratified {past}",
        "were ratified {past}",
        "ratified",
        "second",
    ),
    Adds(
        "in_force",
        "pair_signed_2021",
        "entered into force {past}",
        "entered into force {past}",
        "ratified",
        "second",
    ),
    Adds(
        "force_later",
        "pair_signed_when",
        "will enter into force after ratification",
        "will enter into force after ratification",
        "signed",
        "first",
    ),
    Adds(
        "envisages",
        "pair_signed_when",
        "envisages closer cooperation between the ministries",
        "envisage closer cooperation between the ministries",
        "signed",
        "first",
    ),
]

# The back-reference's form: "The document", the instrument's own noun, the pronoun.
REFS = ["document", "own_noun", "pronoun"]

# A third sentence: none, another instrument signed, an older one recalled (named by an
# adjective or by its topic after the noun), a statement.
TAILS = ["none", "another", "recalled", "recalled_on", "statement"]

# The headline: naming the pair, or naming no state (the body alone tells the sides).
HEADS = ["pair", "neutral"]

PAIRS = [
    Pair("Georgia", "Peru", "Georgian", "Peruvian", "Tbilisi", "Lima", ("GEO", "PER")),
    Pair("Mongolia", "Chile", "Mongolian", "Chilean", "Ulaanbaatar", "Santiago", ("CHL", "MNG")),
    Pair("Norway", "Vietnam", "Norwegian", "Vietnamese", "Oslo", "Hanoi", ("NOR", "VNM")),
    Pair("Kenya", "Portugal", "Kenyan", "Portuguese", "Nairobi", "Lisbon", ("KEN", "PRT")),
]

WHENS = [
    When("weekday", "on Monday", "2023-05-08", "on Monday", "2023-05-15"),
    When("day_month", "on 3 May", "2023-05-03", "on 23 May", "2023-05-23"),
    When("yesterday_tomorrow", "yesterday", "2023-05-09", "tomorrow", "2023-05-11"),
    When("month", "in March", "2023-03", "in June", "2023-06"),
    When("none", "", None, "", None),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    doc: Doc
    adds: Adds
    ref: str
    tail: str
    head: str
    when: When
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.doc.name, self.adds.name, self.ref, self.tail, self.head, self.when.name)
        return "-".join(parts) + "-" + self.pair.codes[0]


def _spaced(text: str) -> str:
    """A clause with an empty date slot closed up."""
    return " ".join(text.split())


def _first(cell: Cell) -> str:
    """The sentence that tells the instrument."""
    p, doc, w = cell.pair, cell.doc.phrase, cell.when
    were = "were" if cell.doc.count > 1 else "was"
    return _spaced(
        {
            "pair_signed": f"{p.a} and {p.b} signed {doc}.",
            "pair_signed_when": f"{p.a} and {p.b} signed {doc} {w.past}.",
            "pair_signed_2021": f"{p.a} and {p.b} signed {doc} in 2021.",
            "passive_when": f"{doc[0].upper()}{doc[1:]} {were} signed {w.past}.",
            "pair_will": f"{p.a} and {p.b} will sign {doc}.",
        }[cell.adds.first]
    ).replace(" .", ".")


def _reference(cell: Cell) -> str:
    """The back-reference opening the second sentence."""
    plural = cell.doc.count > 1
    if cell.ref == "pronoun":
        return "They" if plural else "It"
    if cell.ref == "document":
        return "The documents" if plural else "The document"
    return cell.doc.noun[0].upper() + cell.doc.noun[1:]


def _second(cell: Cell) -> str:
    """The sentence that refers back and adds to the instrument."""
    p, w = cell.pair, cell.when
    form = cell.adds.plural if cell.doc.count > 1 else cell.adds.singular
    predicate = form.format(past=w.past, future=w.future, city=p.cap_b, a=p.a, b=p.b)
    return _spaced(f"{_reference(cell)} {predicate}.").replace(" .", ".")


def _tail(cell: Cell) -> str | None:
    """The third sentence, a near miss (None: none)."""
    p = cell.pair
    return {
        "none": None,
        "another": f"{p.a} and {p.b} also signed a protocol on consular matters.",
        "recalled": f"The ministers recalled the consular convention signed by {p.a} and {p.b}"
        " in 1996.",
        "recalled_on": f"The ministers recalled the convention on legal aid signed by {p.a} and"
        f" {p.b} in 1996.",
        "statement": f"The ministers of {p.a} and {p.b} also issued a joint statement on"
        " regional security.",
    }[cell.tail]


def article_text(cell: Cell) -> str:
    """The cell's page, in the crawled format, with a headline of its own."""
    p = cell.pair
    body = " ".join(s for s in (_first(cell), _second(cell), _tail(cell)) if s)
    headline = f"{p.a}, {p.b} expand cooperation" if cell.head == "pair" else "Ministers meet"
    return f" date {PUBLISHED} {headline}\n\n{body}\n"


def _date(cell: Cell) -> str:
    """The record's date in the row notation (``*`` where none is told)."""
    by, w = cell.adds.dated_by, cell.when
    iso = {"second": w.past_iso, "first": w.past_iso, "future": w.future_iso, "2021": "2021"}[by]
    return iso or "*"


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation, with `` @ city`` for a place."""
    parties = ",".join(sorted(cell.pair.codes))
    main = f"{cell.doc.kind} {cell.adds.status} {parties} {_date(cell)} {cell.doc.count}"
    if cell.adds.city:
        main += f" @ {cell.pair.cap_b}"
    records = [main]
    if cell.tail == "another":
        records.append(f"protocol signed {parties} * 1")
    if cell.tail in ("recalled", "recalled_on"):
        records.append(f"treaty signed {parties} 1996 1")
    return records


def _fits(want: str, record: Agreement) -> bool:
    """Kind (unless ``*``), status, parties, count, the date unless ``*``, the city if told.

    A city ``-`` asks for none.
    """
    fields, _, city = want.partition(" @ ")
    kind, status, parties, date, count = fields.split()
    g_kind, g_status, g_parties, g_date, g_count = spec(record).split()
    return (
        kind in ("*", g_kind)
        and status == g_status
        and parties == g_parties
        and date in ("*", g_date)
        and count == g_count
        and (not city or city_of(record) == city)
    )


def _cells() -> list[Cell]:
    """A seeded sample: about two in three (doc, adds, ref) triples, other choices drawn."""
    rng = random.Random(93)
    cells = []
    for doc, adds, ref in itertools.product(DOCS, ADDS, REFS):
        for tail in TAILS:
            if rng.random() < 0.6:
                continue
            head = rng.choice(HEADS)
            cells.append(Cell(doc, adds, ref, tail, head, rng.choice(WHENS), rng.choice(PAIRS)))
    return cells


CELLS = _cells()

CHOICES: dict[str, list[Any]] = {
    "doc": DOCS,
    "adds": ADDS,
    "ref": REFS,
    "tail": TAILS,
    "head": HEADS,
    "when": WHENS,
    "pair": PAIRS,
}


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    recalled = cell.tail in ("recalled", "recalled_on")
    if cell.doc.name == "named" and recalled and _date(cell) == "*":
        return "'the convention' recalled as signed in 1996 dates the undated treaty told first"
    if (
        cell.doc.name == "count"
        and recalled
        and _date(cell) == "*"
        and cell.adds.status == "signed"
    ):
        return "an older instrument recalled after an undated counted set is taken off its count"
    if cell.doc.name == "count" and cell.adds.name == "ratified" and cell.ref == "own_noun":
        return "'The five documents were ratified': bare documents with no signing give no mention"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreements_context(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=4)


# The fixed classes, rows of invented stories published on Wednesday 2023-05-10, in the row
# notation ("*" for any kind or date, "@ city" where the place is checked); a class name
# ending "-near" is a near miss that reads as before.
TABLE = [
    (
        "pronoun-next",
        "Ghana and Togo signed a memorandum on rail transport. It was signed in Accra on Monday.",
        ["memorandum signed GHA,TGO 2023-05-08 1 @ Accra"],
    ),
    (
        "pronoun-next",
        "Nepal and Bhutan will sign an agreement on hydropower. It is due to be signed on Friday.",
        ["agreement planned BTN,NPL 2023-05-12 1"],
    ),
    (
        "pronoun-next",
        "Laos and Cambodia signed four documents on border trade in 2020. They entered into"
        " force in March.",
        ["* ratified KHM,LAO 2023-03 4"],
    ),
    (
        "pronoun-next",
        "Jordan and Cyprus signed three agreements on tourism. They were signed in Nicosia"
        " yesterday.",
        ["agreement signed CYP,JOR 2023-05-09 3 @ Nicosia"],
    ),
    (
        "pronoun-next-near",
        "Fiji ratified a treaty on fisheries with Tonga on Monday. It was signed in Suva in 2019.",
        ["treaty ratified FJI,TON 2023-05-08 1"],
    ),
    (
        "pronoun-next-near",
        "Chad and Niger signed five agreements on trade. It was signed on Monday.",
        ["agreement signed NER,TCD - 5"],
    ),
    (
        "pronoun-next-near",
        "Peru and Chile signed an agreement on customs and a protocol on fisheries. It was"
        " signed in Lima on Monday.",
        ["agreement signed CHL,PER - 1 @ -", "protocol signed CHL,PER - 1 @ -"],
    ),
    (
        "signers-next",
        "A memorandum on rail transport was signed on Monday. It was signed by the transport"
        " ministers of Ghana and Togo.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "signers-next",
        "An agreement on air services was concluded yesterday. The document was signed by the"
        " foreign ministers of Chad and Niger.",
        ["agreement signed NER,TCD 2023-05-09 1"],
    ),
    (
        "signers-next",
        "Four documents on border trade were signed in March. They were signed by the deputy"
        " prime ministers of Laos and Cambodia.",
        ["* signed KHM,LAO 2023-03 4"],
    ),
    (
        "signers-next-near",
        "A contract on road building was signed on Monday. It was signed by"
        " the ministers of Ghana and Togo.",
        [],
    ),
    (
        "signers-next-near",
        "A memorandum on rail transport was signed on Monday. It was"
        " welcomed by the ministers of Ghana and Togo.",
        [],
    ),
    (
        "signers-next-near",
        "A memorandum on rail transport was signed on Monday. The ministers of Ghana and Togo"
        " also signed a protocol on customs.",
        ["protocol signed GHA,TGO - 1"],
    ),
    (
        "apart-from-count",
        "Laos and Cambodia signed four documents on trade on Monday. The ministers also signed"
        " a protocol on border crossings.",
        ["* signed KHM,LAO 2023-05-08 4", "protocol signed KHM,LAO 2023-05-08 1"],
    ),
    (
        "apart-from-count",
        "Malta and Qatar signed seven agreements on investment in March. The ministers recalled"
        " the cultural convention signed by Malta and Qatar in 2004.",
        ["agreement signed MLT,QAT 2023-03 7", "treaty signed MLT,QAT 2004 1"],
    ),
    (
        "apart-from-count-near",
        "Laos and Cambodia signed four documents on trade on Monday. Among them is a protocol on"
        " border crossings.",
        ["* signed KHM,LAO 2023-05-08 3", "protocol signed KHM,LAO 2023-05-08 1"],
    ),
    (
        "apart-from-count-near",
        "Malta and Qatar signed seven agreements on investment in March. An agreement on"
        " shipping was signed by Malta and Qatar in March as well.",
        ["agreement signed MLT,QAT 2023-03 6", "agreement signed MLT,QAT 2023-03 1"],
    ),
    (
        "recalled-older",
        "Georgia and Peru signed a treaty on visas on Monday. The ministers recalled the treaty"
        " on trade signed by the two countries in 2004.",
        ["treaty signed GEO,PER 2023-05-08 1", "treaty signed GEO,PER 2004 1"],
    ),
    (
        "recalled-older",
        "Laos and Cambodia signed a protocol on customs in March. The sides recalled the"
        " protocol on fisheries signed by Laos and Cambodia in 2009.",
        ["protocol signed KHM,LAO 2023-03 1", "protocol signed KHM,LAO 2009 1"],
    ),
    (
        "recalled-older-near",
        "Chad and Niger signed an agreement on air transport in March. The agreement on air"
        " transport, first signed in draft form in 2015, was finalised.",
        ["agreement signed NER,TCD 2023-03 1"],
    ),
    (
        "recalled-older-near",
        "Chad and Niger signed an agreement on air transport in March. The agreement, signed"
        " in 2015, was amended.",
        ["agreement signed NER,TCD 2023-03 1"],
    ),
    (
        "count-next",
        "Armenia and Belarus signed six documents on cooperation. The six documents were signed"
        " in Minsk on Tuesday.",
        ["* signed ARM,BLR 2023-05-09 6 @ Minsk"],
    ),
    (
        "count-next",
        "Uganda and Rwanda will sign three agreements on trade. The three agreements are"
        " expected to be signed on June 14.",
        ["agreement planned RWA,UGA 2023-06-14 3"],
    ),
    (
        "count-next-near",
        "Cuba and Angola signed 14 documents on Monday. Besides the 14 documents, a memorandum"
        " on health was signed on Tuesday.",
        ["* signed AGO,CUB 2023-05-08 14", "memorandum signed AGO,CUB 2023-05-09 1"],
    ),
    (
        "count-next-near",
        "Malta and Qatar signed seven agreements on investment. Two of the seven agreements"
        " were signed in Doha on Friday.",
        ["agreement signed MLT,QAT - 7 @ -"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_context_classes(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, _fits)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", value)
        label = "-".join(value.codes) if isinstance(value, Pair) else label
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
