"""A grid of agreement statuses in plain signing sentences: to come, done, and the cited one.

Spec/EXTRACTION.md section 3 makes an instrument ``planned`` when it is "to be signed" and
``signed`` when it was "signed, concluded, reached, adopted", dated by "that status". A
signing sentence often names a second instrument that is neither signed nor to be signed
there: the one a protocol is "to", the one it amends or extends, the one the new document
"would replace". That one exists already; the grid names it with its own year ("the 2015
trade agreement", "the Lake Basin Treaty of 2015"). The one a protocol is to and the one
replaced are records of their own (as the library and the keys have them): ``signed``, dated
by that year, never by the day of the other document's signing. The one amended or extended
is no record (the library's rule, "a protocol amending an agreement on visas: that one
exists", which our page keys follow: none of them records it).

Each cell draws how the signing is told (``frame``: a modal or a plan before "sign", the
passive to come, reported speech, or a signing done, with "would" in a later clause),
the document (``form``), the cited instrument's relation to it (``relation``, or none), the
cited instrument's form (``cited``), the date form and its place (end of the clause or
fronted) and the pair of states, writes a short invented page in the crawled text format,
and computes the records the spec asks for from the choices alone: the document of the
pair, planned and dated by the day to come or signed and dated by the day past, and the
cited instrument of the pair, signed in 2015.

Every page is published on Wednesday 2023-05-10. The cells are a seeded sample
(``grid_cells.sample_cells``): every value of the frame meets every value of every other
choice, then cells are drawn at random; ``test_every_value_is_sampled`` keeps every value in
several cells.

First run, before the library changed: 91 of 300 cells failed (``FIRST_RUN``), none of them
without a cited instrument: the modal and passive frames alone were read right. The classes:
the document lost its day when the cited one stood between it and the day ("will sign a
protocol to the X on Thursday") or took the cited one's year ("signed a protocol to the 2015
agreement on Monday" was dated 2015), while the cited one took the day; "extending the X"
right after the document made the document signed (the participle's cue is the cited one's);
"the X of 2015, which expires at the end of the
year" was ratified with no date (an expiry tells no step of the spec's). Fixed as rules: the
day after a cited instrument is the citing document's, a year among the cited one's words is
its own; a participle acting on another instrument gives the document no status; a parent is
signed, dated by its own words' year or by none (never by the protocol's day, nor later by
the story's), and the documents listed after it keep the list's status; a replaced instrument
whose only status is its term running out is signed in its year. What is left
(``known_gap``): the "which would" cells of a signing done after an amended instrument, a date
class of the text layer.

``TABLE`` keeps each fixed class in a row, with the members of the class the visible keys
showed beyond the grid's shapes: a participle of another clause's instrument ("adopted the
Roadmap for X, and welcomed the Y Agreement concluded in 2019": the roadmap is not dated
2019), a supply agreement two states sign as the subject (a loan, or companies' supply deal,
stays none), a business word in an aside on the speaker ("X, who leads officials and
exporters, said the pact would replace the 1998 accord"), an "agreed minute" (a protocol), and
an instrument "restored" in a month (dated by it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_alternatives, unmatched
from diplonews import extract
from diplonews.models import Agreement
from diplonews.readers import parse_crawled_text
from grid_cells import (
    Pair,
    When,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = "2023-05-10"  # a Wednesday

#: The grid's failing cells before the library changed, and its size.
FIRST_RUN = (91, 300)

PAIRS = [
    Pair("Kenya", "Uganda", "Kenyan", "Ugandan", "Nairobi", "Kampala", ("KEN", "UGA")),
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("CHL", "PER")),
    Pair("Poland", "Lithuania", "Polish", "Lithuanian", "Warsaw", "Vilnius", ("LTU", "POL")),
    Pair("Ghana", "Togo", "Ghanaian", "Togolese", "Accra", "Lome", ("GHA", "TGO")),
]


@dataclass(frozen=True)
class Frame:
    """How the signing is told: its clause, its status, and words after it.

    The clause stands before the document ("{a}", "{b}" the states, "{da}", "{db}" their
    demonyms), or after it where ``passive``; ``after`` closes the sentence ("" for none).
    """

    name: str
    clause: str
    status: str
    passive: bool = False
    after: str = ""


FRAMES = [
    Frame("will", "{a} and {b} will sign", "planned"),
    Frame("would_said", "Officials said {a} and {b} would sign", "planned"),
    Frame("would_then", "{a} and {b} would sign", "planned", after="officials said"),
    Frame("expected", "The {da} and {db} ministers are expected to sign", "planned"),
    Frame("due", "{a} and {b} are due to sign", "planned"),
    Frame("are_to", "The {da} and {db} foreign ministers are to sign", "planned"),
    Frame("set", "{a} and {b} are set to sign", "planned"),
    Frame("plan", "{a} and {b} plan to sign", "planned"),
    Frame("passive_expected", "is expected to be signed by {a} and {b}", "planned", True),
    Frame("passive_will", "will be signed by {a} and {b}", "planned", True),
    Frame("signed", "{a} and {b} signed", "signed"),
    Frame("had_signed", "Officials said {a} and {b} had signed", "signed"),
    Frame("signed_would", "{a} and {b} signed", "signed", after="which would take effect in July"),
]


@dataclass(frozen=True)
class Form:
    """The document signed or to be signed: its phrase and the record's kind."""

    name: str
    phrase: str
    kind: str


FORMS = [
    Form("protocol", "a protocol", "protocol"),
    Form("memorandum", "a memorandum of understanding", "memorandum"),
    Form("agreement", "an agreement on customs", "agreement"),
    Form("new_pact", "a new five-year trade pact", "agreement"),
]

# The cited instrument's relation to the document: none, "to the X", "amending the X",
# "extending the X", or a sentence of its own after it ("It would replace the X ...").
RELATIONS = ["none", "to", "amending", "extending", "replace"]


@dataclass(frozen=True)
class Cited:
    """The instrument cited beside the document: its phrase (with its year) and kind."""

    name: str
    phrase: str
    kind: str


CITED = [
    Cited("year_first", "the 2015 trade agreement", "agreement"),
    Cited("named_of", "the Lake Basin Treaty of 2015", "treaty"),
]

WHENS = [
    When("weekday", "on Monday", "2023-05-08", "on Thursday", "2023-05-11"),
    When("month", "in March", "2023-03", "in June", "2023-06"),
]

# Where the date stands: at the end of the signing clause, or fronted before it.
PLACES = ["end", "front"]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    frame: Frame
    form: Form
    relation: str
    cited: Cited
    when: When
    place: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.frame.name, self.form.name, self.relation, self.cited.name)
        return "-".join((*parts, self.when.name, self.place, self.pair.codes[0]))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _date(cell: Cell) -> tuple[str, str]:
    """The date's words and ISO date: past for a signing done, future for one to come."""
    if cell.frame.status == "signed":
        return cell.when.past, cell.when.past_iso or ""
    return cell.when.future, cell.when.future_iso or ""


def body(cell: Cell) -> str:
    """The story: the signing sentence, then the replaced instrument's sentence, if any."""
    f, p = cell.frame, cell.pair
    clause = f.clause.format(a=p.a, b=p.b, da=p.dem_a, db=p.dem_b)
    document = cell.form.phrase
    if cell.relation in ("to", "amending", "extending"):
        document = f"{document} {cell.relation} {cell.cited.phrase}"
    words, _ = _date(cell)
    main = f"{document} {clause}" if f.passive else f"{clause} {document}"
    if cell.place == "end":
        main = f"{main} {words}"
    else:
        lower = f.passive or main.startswith(("The ", "Officials "))
        main = f"{_cap(words)}, {main[0].lower() + main[1:] if lower else main}"
    if f.after == "officials said":
        main += ", officials said"
    elif f.after:
        main += f", {f.after}"
    sentences = [_cap(main) + "."]
    if cell.relation == "replace":
        sentences.append(
            f"The new document would replace {cell.cited.phrase}, which expires at the end of"
            " the year."
        )
    return " ".join(sentences)


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    p = cell.pair
    return f" date {PUBLISHED} {p.a} and {p.b} review their ties\n\n{body(cell)}\n"


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation."""
    parties = ",".join(sorted(cell.pair.codes))
    _, iso = _date(cell)
    records = [f"{cell.form.kind} {cell.frame.status} {parties} {iso} 1"]
    if cell.relation == "replace":
        records.append(f"{cell.cited.kind} signed {parties} 2015 1")
    elif cell.relation == "to":
        # a protocol to an instrument does not tell that instrument's sides: the pair or none
        records.append(f"{cell.cited.kind} signed {parties}/- 2015 1")
    return records


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties (or one of the alternatives ``/`` splits), date and count agree."""
    return matches_alternatives(want, record)


CHOICES: dict[str, list[Any]] = {
    "frame": FRAMES,
    "form": FORMS,
    "relation": RELATIONS,
    "cited": CITED,
    "when": WHENS,
    "place": PLACES,
    "pair": PAIRS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write.

    Only a protocol is "to" another instrument, and a fronted day before "officials said"
    would date the saying.
    """
    if cell.frame.name == "would_said" and cell.place == "front":
        return False
    return cell.relation != "to" or cell.form.name == "protocol"


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(41), size=300, axis="frame", tries=20)
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if (
        cell.frame.name == "signed_would"
        and cell.relation in ("amending", "extending")
        and cell.place == "end"
    ):
        return (
            "'signed a pact amending the X of 2015 on Monday, which would take effect': the"
            " day or month after the amended one, before 'would', is read as one to come (a"
            " date class of the text layer, text/dates)"
        )
    return None


# Rows that keep each fixed class whatever the seeded sample draws (class, text, records),
# with near misses that must stay as they are; a protocol's parent may have the pair or none
# ("A/-"), as its sides are not told.
TABLE: list[Any] = [
    (
        "parent-then-list",
        "Ghana and Togo would sign a protocol to the Volta Basin Agreement and a memorandum of"
        " understanding on Thursday, officials said.",
        [
            "protocol planned GHA,TGO 2023-05-11 1",
            "agreement signed GHA,TGO/- - 1",
            "memorandum planned GHA,TGO 2023-05-11 1",
        ],
    ),
    (
        "participle-object",
        "The Ghanaian and Togolese ministers are expected to sign a protocol extending the water"
        " treaty on Thursday.",
        ["protocol planned GHA,TGO 2023-05-11 1"],
    ),
    (
        "parent-no-day",
        "Ghana and Togo signed a protocol to the Volta Basin Agreement on Monday.",
        ["protocol signed GHA,TGO 2023-05-08 1", "agreement signed GHA,TGO/- - 1"],
    ),
    (
        "parent-year",
        "Ghana and Togo signed a protocol to the 2015 trade agreement on Monday.",
        ["protocol signed GHA,TGO 2023-05-08 1", "agreement signed GHA,TGO 2015 1"],
    ),
    (
        "replaced-expiring",
        "Ghana and Togo will sign a new fisheries pact in June. The pact would replace the"
        " accord of 1998, which expires at the end of the year.",
        ["agreement planned GHA,TGO 2023-06 1", "agreement signed GHA,TGO 1998 1"],
    ),
    (
        "event-month-past-amended",
        "Ministers from Kenya, Uganda, Rwanda and Burundi ended talks in Nairobi on Saturday. A"
        " protocol extending the arrangement is to be signed when the leaders of the four"
        " countries meet in Kampala in December.",
        ["protocol planned BDI,KEN,RWA,UGA 2023-12 1"],
    ),
    (
        "other-clause-participle",
        "The leaders of Ghana and Togo also adopted the Roadmap for River Transport, and"
        " welcomed the Volta Basin Agreement concluded in 2019.",
        ["plan signed GHA,TGO - 1", "agreement signed GHA,TGO 2019 1"],
    ),
    (
        "near-miss:own-participle",
        "Ghana and Togo adopted a roadmap for river transport, signed in Accra in 2019.",
        ["plan signed GHA,TGO 2019 1"],
    ),
    (
        "supply-by-states",
        "Ghana and Togo will sign a new three-year maize supply agreement in Accra on Thursday.",
        ["agreement planned GHA,TGO 2023-05-11 1"],
    ),
    (
        "supply-by-states",
        "Ghana and Togo signed a power supply accord on Monday.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    ("near-miss:loan-by-states", "Ghana and Togo signed a loan agreement on Monday.", []),
    (
        "near-miss:supply-by-companies",
        "Ghana's Volta Power Ltd and Togo's Lome Grid Co signed a power supply agreement on"
        " Monday.",
        [],
    ),
    (
        "replaced-in-speakers-words",
        "Ghana and Togo will sign a new maize supply agreement in Accra next week. Kofi Mensah,"
        " who leads a delegation of officials and maize exporters, said the pact would replace"
        " the 1998 accord that expires at the end of this year.",
        ["agreement planned GHA,TGO 2023-05 1", "agreement signed GHA,TGO 1998 1"],
    ),
    (
        "agreed-minute",
        "An agreed minute was signed on Monday by Ghanaian Foreign Minister Kofi Mensah and"
        " Togolese Foreign Minister Ama Koffi.",
        ["protocol signed GHA,TGO 2023-05-08 1"],
    ),
    ("near-miss:agreed-minutes-ago", "Ghana and Togo agreed minutes ago to resume talks.", []),
    (
        "restored-dated",
        "Ghana and Togo restored a bilateral currency swap agreement in March.",
        ["agreement signed GHA,TGO 2023-03 1"],
    ),
    (
        "near-miss:would-after-signing",
        "Ghana and Togo signed a fisheries pact on Monday, which would take effect in July.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "near-miss:amended-no-record",
        "Ghana and Togo signed a protocol amending the 2015 trade agreement on Monday.",
        ["protocol signed GHA,TGO 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_status_modal_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_alternatives)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreement_status_modal(cell: Cell) -> None:
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
