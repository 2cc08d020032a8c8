"""A grid of agreements still to come: documents being prepared, negotiated or to be signed.

Spec/EXTRACTION.md section 3 makes an instrument ``planned`` when it is "to be signed, being
negotiated or prepared, agreed to sign". The visible keys hold such records the library
missed with nothing close in its output; sorted by why, the largest shapes were a document
the sides "would prepare" or "will draw up" (read as signed, the default status where no
cue is found), talks or negotiations on a document ("talks on a barter arrangement",
"negotiating with B on a pact"), and a signing to come told after the sides, in a sentence of
its own ("Officials hope a memorandum can be signed during the trip").

Each cell draws how the story tells the two sides (in the step's own sentence, or a lead
sentence before it: a visit to come or talks held), the step that tells the document to come
(or a near miss with no document), the document's form, the page's frame and the pair of
states, writes a short invented page in the crawled text format, and computes the records
the spec asks for from the choices alone: one planned record of the pair, of the document's
kind, or none where no document is described ("a promise to act with no document described"
is none; "discussed trade" is no agreement). The date is not checked: a step to come told
with no date of its own.

First run, before the library changed: 118 of 240 cells failed (``FIRST_RUN``): every
"would prepare"/"will draw up" cell (read signed where the sides were named, nothing where a
lead told them), every "hope X can be signed during the trip" cell, the trip lead's cells
(a capital a trip heads for gave no side) and the barter arrangement's. Fixed as rules: a
modal before "prepare", "draw up", "draft", "develop" or "elaborate" and a document is a
document to come (``planned``); "will draw up" is a step of the lead's sides as "will
prepare" was; a new arrangement talked over, prepared, drawn up or drafted, or told to be
signed, is a document; "could be signed during the visit" is a signing to come of the
visit's sides (and of no body when none is found); the capital a trip in the sentence
before heads for ("leaves for B's capital", "flies to B's capital") is the other side.
What is left (``known_gap``): 15 strict xfails of two classes by choice value (19 until
the talks on an arrangement were read as planned).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, unmatched
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

#: The grid's failing cells before the library changed, and its size.
FIRST_RUN = (118, 240)

PAIRS = [
    Pair("Kenya", "Uganda", "Kenyan", "Ugandan", "Nairobi", "Kampala", ("KEN", "UGA")),
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("CHL", "PER")),
    Pair("Poland", "Lithuania", "Polish", "Lithuanian", "Warsaw", "Vilnius", ("LTU", "POL")),
    Pair("Egypt", "Jordan", "Egyptian", "Jordanian", "Cairo", "Amman", ("EGY", "JOR")),
]

FRAMES = ["wire", "crawled"]

# How the story tells the two sides: in the step's own sentence ("same"), or a lead sentence
# before it ("{a}", "{b}", "{dem_a}", "{dem_b}", "{cap_b}").
LEADS: dict[str, str] = {
    "same": "",
    "visit": "{dem_a} President Ramon Esteva will visit {b} next month.",
    "met": (
        "{dem_a} Foreign Minister Ramon Esteva met his {dem_b} counterpart Lina Morak in {cap_b}"
        " on Monday."
    ),
    "trip": "{dem_a} Trade Minister Ramon Esteva leaves for {cap_b} on Friday.",
}


@dataclass(frozen=True)
class Step:
    """A step to come: its sentence with the sides named, with a lead's sides, and a document?

    ``{sides}`` is where the named pair stands ("{a} and {b}" or "the two sides"), ``{a}``/
    ``{b}`` the states where the step names them apart, ``{doc}``/``{Doc}`` the document.
    """

    name: str
    named: str
    told: str
    document: bool = True


STEPS = [
    Step("would_prepare", "{a} and {b} would prepare {doc}.", "The two sides would prepare {doc}."),
    Step(
        "experts_prepare",
        "Experts from {a} and {b} would prepare {doc}, the ministry said.",
        "The ministry said experts from both sides would prepare {doc}.",
    ),
    Step("will_draw_up", "{a} and {b} will draw up {doc}.", "The two sides will draw up {doc}."),
    Step(
        "talks_on",
        "{a} will hold talks with {b} next week on {doc}.",
        "The visit will include talks on {doc}.",
    ),
    Step(
        "negotiating_with",
        "{a} is negotiating with {b} on {doc}.",
        "The two governments are negotiating {doc}.",
    ),
    Step(
        "hope_signed",
        "Officials hope {doc} between {a} and {b} can be signed soon.",
        "Officials hope {doc} can be signed during the trip.",
    ),
    Step(
        "is_to_be_signed",
        "{Doc} between {a} and {b} is to be signed later this year.",
        "{Doc} is expected to be signed at the next round, officials said.",
    ),
    # Near misses: no document described, or only trade discussed.
    Step(
        "no_doc_prepare",
        "{a} and {b} would prepare the ground for closer trade.",
        "The two sides would prepare the ground for closer trade.",
        document=False,
    ),
    Step(
        "no_doc_discussed",
        "{a} and {b} discussed trade and transport links.",
        "The two sides discussed trade and transport links.",
        document=False,
    ),
    Step(
        "no_doc_promise",
        "{a} promised {b} to boost trade and to draw up new routes.",
        "The two sides promised to boost trade and to draw up new routes.",
        document=False,
    ),
]


@dataclass(frozen=True)
class Form:
    """A document's form: its words (indefinite) and the record's kind."""

    name: str
    words: str
    kind: str


FORMS = [
    Form("agreement", "an agreement on road transport", "agreement"),
    Form("long_term", "a long-term agreement on sharing river water", "agreement"),
    Form("barter", "a barter arrangement", "other"),
    Form("protocol", "a new trade protocol", "protocol"),
    Form("memorandum", "a memorandum on fisheries", "memorandum"),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    lead: str
    step: Step
    form: Form
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.lead, self.step.name, self.form.name, self.frame)
        return "-".join((*parts, self.pair.codes[0]))


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: "during the trip" and "the visit" need a lead to come."""
    trip = "during the trip" in cell.step.told or "The visit" in cell.step.told
    return not (trip and cell.lead not in ("visit", "trip"))


def body(cell: Cell) -> str:
    """The story: the lead (if any), then the step's sentence."""
    p = cell.pair
    names = {"a": p.a, "b": p.b, "dem_a": p.dem_a, "dem_b": p.dem_b, "cap_b": p.cap_b}
    lead = LEADS[cell.lead].format(**names)
    words = cell.form.words
    doc = {"doc": words, "Doc": words[0].upper() + words[1:]}
    step = (cell.step.named if cell.lead == "same" else cell.step.told).format(**names, **doc)
    return f"{lead} {step}".strip()


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for: the pair's document to come, or none without one."""
    if not cell.step.document:
        return []
    return [f"{cell.form.kind} planned {','.join(sorted(cell.pair.codes))} * 1"]


def page(cell: Cell) -> str:
    """The story as a page: wire copy with a dateline, or a crawled page with a headline."""
    p = cell.pair
    if cell.frame == "wire":
        return f" date {PUBLISHED} {p.cap_a.upper()}, May 10 (Reuters) - {body(cell)}\n"
    return f" date {PUBLISHED} {p.a} and {p.b} review their ties\n\n{body(cell)}\n"


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties and count agree (the date is any)."""
    kind, status, parties, _, count = want.split()
    got = (record.kind.value, record.status.value, ",".join(sorted(map(str, record.parties))))
    return got == (kind, status, parties) and record.count == int(count)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(page(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


CHOICES: dict[str, list[Any]] = {
    "lead": list(LEADS),
    "step": STEPS,
    "form": FORMS,
    "frame": FRAMES,
    "pair": PAIRS,
}
CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6426), size=240, axis="step", tries=20,
        cover_axis=True,
    )
)  # fmt: skip


# The steps told of "the two sides", "both sides" or "the two governments".
_SIDES_STEPS = ("would_prepare", "experts_prepare", "will_draw_up", "negotiating_with")


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    reasons = []
    if cell.lead == "trip" and cell.frame == "wire" and cell.step.name in _SIDES_STEPS:
        reasons.append(
            "'A's minister leaves for B's capital. The two sides would prepare X', wire copy"
            " with no headline: the story's two sides are counted from states named, and a"
            " capital a trip heads for is not counted (a sides class of the story's counts)"
        )
    if cell.form.name == "barter" and cell.lead != "same" and cell.step.name == "is_to_be_signed":
        # ("talks on a barter arrangement" now passes: an arrangement is an object of the talks
        # cue, tests/test_grid_agreement_recall_three.py)
        reasons.append(
            "'A barter arrangement is"
            " expected to be signed': an arrangement whose sides only a sentence before tells"
            " is dropped (an arrangement is a practice as often as a document; one is kept"
            " where its own clause names a side or its step follows an article in lower case)"
        )
    return "; ".join(reasons) or None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreements_to_come(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the grid."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


# A plural told reported as a signing to come ("officials said agreements on X and Y would be
# signed"): planned, as "will be signed" was; rows of the class, with near misses that stay none.
TABLE: list[Any] = [
    (
        "plural-would-be-signed",
        "Kenyan President Amos Kiprono will visit Uganda in June, when agreements on air"
        " services and fisheries would be signed.",
        ["agreement planned KEN,UGA 2023-06 1"],
    ),
    (
        "plural-would-be-signed",
        "Peru's President Rosa Ibarra is due in Chile in June, when officials said accords on"
        " mining and on ports would be signed.",
        # two topics, each with its own "on": two documents
        ["agreement planned CHL,PER 2023-06 1", "agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "near-miss:would-not",
        "Kenya said agreements on air services and fisheries would not be signed this year.",
        [],
    ),
    (
        "near-miss:welcome",
        "Kenya and Uganda said new agreements on trade would be welcome.",
        [],
    ),
    # A bare title before a name ("Trade Minister X"), of no state named, opening the sentence
    # of a wire from A's capital: A's official, the side beside the one named.
    (
        "titled-official-dateline",
        "NAIROBI, May 10 - New figures were released on Tuesday. Trade Minister Jan Brod will"
        " travel to Uganda next week for talks on a new trade protocol.",
        ["protocol planned KEN,UGA - 1"],
    ),
    (
        "titled-official-dateline",
        "NAIROBI, May 10 - Foreign Minister Jan Brod signed an agreement with Uganda on Monday.",
        ["agreement signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "near-miss:official-of-a-named-state",
        "NAIROBI, May 10 - New figures were released on Tuesday. Trade Minister Jan Brod of"
        " Uganda will sign a protocol with Tanzania next week.",
        ["protocol planned TZA,UGA 2023-05 1"],
    ),
    (
        "near-miss:official-by-demonym",
        "NAIROBI, May 10 - Ugandan Trade Minister Jan Brod will sign an agreement with Tanzania"
        " next week.",
        ["agreement planned TZA,UGA 2023-05 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected_rows"), TABLE, ids=[r[0] for r in TABLE])
def test_to_come_table(cls: str, text: str, expected_rows: list[str]) -> None:
    """Each row gives exactly the records the spec asks for."""
    assert_agreements(cls, text, expected_rows, matches_exact)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = value.codes[0] if isinstance(value, Pair) else getattr(value, "name", value)
        print(f"{choice:8} {label!s:24} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print(f"  {c.id} | {body(c)} {r}")
