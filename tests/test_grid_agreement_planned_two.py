"""A grid of agreements told to come, beside signed ones whose story mentions their making.

Spec/EXTRACTION.md section 3 makes an instrument ``planned`` when it is "to be signed, being
negotiated or prepared, agreed to sign", and ``signed`` when it was "signed, concluded,
reached, adopted". The visible keys hold planned records the library gave as signed (or not
at all); sorted by why, the largest shapes were a signing told as a noun inside a frame to
come ("will mark the signing of X", "talks expected to end with the signing of X", "looks
forward to witnessing the signing of X", "the target of signing X"), a signing verb of
another clause taken for the document's ("X, agreed by negotiators last year, will be
adopted"), and a step to come told in the passive or after the document ("X would be
prepared for signature", "X is being renegotiated", "negotiations on X will begin"). The
other side of the class: a document negotiated and then signed is signed ("negotiated and
signed X", "X, negotiated over two years, was signed", "the signing of X, which had been
under negotiation for years"), and a signing told as a noun after a past verb is done ("marked
the signing of X on Monday").

Each cell draws the step (a sentence telling the document's state), the document's form,
the page's frame and the pair of states, writes a short invented page in the crawled text
format, and computes the record the spec asks for from the choices alone: one record of
the pair, of the form's kind, planned or signed as the step tells. The date is not checked.

First run, before the library changed: 187 of 400 cells failed (``FIRST_RUN``): every cell of
a signing noun in a frame to come ("will mark", "expected to end with", "hope to mark",
"looks forward to witnessing", "the target of signing"), of an aside's signing verb before
the document's own adoption to come (with or without "Officials said" before it), of "was
being renegotiated", of a demand ("has demanded X"), of talks making "real progress"
towards X, and most cells preparing the ground for X, all read signed; a long name
("a new trade and economic cooperation agreement") was dropped after "would be prepared"
and "hold talks on", and its aside's verb taken ("X, negotiated over two years, was signed"
read planned); "a cultural exchange agreement" read signed (an exchange of signed copies).
Fixed as rules, in two steps (79 of 400 failed after the first): a signing told as a noun
after a verb to come that marks, hosts or ends with it, or after a target, goal, aim or a
looking forward (witnessing, marking it), is a signing to come; an adoption or initialling to
come after an aside is the subject's own step, also after a reporting clause; "being
renegotiated" is being negotiated; a demand for a document not yet made (an indefinite one)
is an attitude towards one to come; "to prepare the ground", "lay the groundwork" or "pave
the way" for a document, and "would be prepared", "drafted" or "negotiated", tell one to
come; a closing quote may stand between "progress" and "towards"; talks on a document may
name it with four or five plain words (no gerund of changing an existing one, "renewing",
"updating", nor a preposition or a determiner, "the future of the X"); "exchange" right
before the document's word is a compound noun; modifiers joined by "and" belong to the
subject's noun phrase. The signed cells (negotiated then signed, a past ceremony "to mark
the signing", a signed instrument's approval to come, talks that produced X, an instrument
that demands something) passed before and after. What is left (``known_gap``): "hoped the
talks would produce X", 15 strict xfails.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, unmatched
from diplonews import extract
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
FIRST_RUN = (187, 400)

PAIRS = [
    Pair("Ghana", "Togo", "Ghanaian", "Togolese", "Accra", "Lome", ("GHA", "TGO")),
    Pair("Norway", "Iceland", "Norwegian", "Icelandic", "Oslo", "Reykjavik", ("ISL", "NOR")),
    Pair("Vietnam", "Laos", "Vietnamese", "Lao", "Hanoi", "Vientiane", ("LAO", "VNM")),
    Pair("Bolivia", "Paraguay", "Bolivian", "Paraguayan", "La Paz", "Asuncion", ("BOL", "PRY")),
]

FRAMES = ["wire", "crawled"]


@dataclass(frozen=True)
class Step:
    """A sentence telling a document's state, and the status the spec gives it.

    ``{a}``/``{b}`` are the states, ``{dem_a}`` A's demonym, ``{cap_b}`` B's capital,
    ``{doc}``/``{Doc}`` the document (indefinite).
    """

    name: str
    text: str
    status: str


STEPS = [
    # A signing told as a noun inside a frame to come: the signing is still ahead.
    Step(
        "will_mark_signing",
        "The presidents of {a} and {b} will mark the signing of {doc} during the visit.",
        "planned",
    ),
    Step(
        "end_with_signing",
        "{dem_a} Prime Minister Ramon Esteva will fly to {cap_b} on Sunday for talks between"
        " {a} and {b} expected to end with the signing of {doc}.",
        "planned",
    ),
    Step(
        "looks_forward_signing",
        "{dem_a} President Ramon Esteva looks forward to witnessing the signing of {doc} with"
        " {b} during the visit.",
        "planned",
    ),
    Step(
        "hope_to_mark_signing",
        "{a} and {b} hope to mark the signing of {doc} at the summit in {cap_b}.",
        "planned",
    ),
    Step(
        "culminate_in_signing",
        "The visit, which opens in {cap_b} on Friday, is expected to culminate in the signing"
        " of {doc} between {a} and {b}.",
        "planned",
    ),
    Step(
        "with_aim_of_signing",
        "{a} and {b} agreed to continue talks on {doc}, with the aim of signing it before the"
        " summit.",
        "planned",
    ),
    # An attitude or a step towards a document not yet made.
    Step(
        "demanded",
        "{a} has for years demanded {doc} with {b}.",
        "planned",
    ),
    Step(
        "hoped_talks_produce",
        "{a} said it hoped the talks with {b} would also produce {doc}.",
        "planned",
    ),
    Step(
        "quoted_progress_towards",
        'Talks between {a} and {b} have made "real progress" towards {doc}, officials said.',
        "planned",
    ),
    Step(
        "prepare_ground_for",
        "{a} and {b} agreed that officials would meet in the autumn to prepare the ground for"
        " {doc}.",
        "planned",
    ),
    Step(
        "hold_talks_on",
        "{a} and {b} will hold talks in {cap_b} next month on {doc}.",
        "planned",
    ),
    Step(
        "target_of_signing",
        "{a} and {b} have set themselves the target of signing {doc} by the end of next year.",
        "planned",
    ),
    # A signing verb of another clause: an aside before the document's own verb to come.
    Step(
        "aside_agreed_then_adopted",
        "{Doc} between {a} and {b}, agreed by negotiators last year, will be adopted by the"
        " two leaders on Sunday.",
        "planned",
    ),
    Step(
        "reported_aside_adopted",
        "Officials said {doc} between {a} and {b}, agreed by negotiators last year, would be"
        " adopted by the leaders on Sunday.",
        "planned",
    ),
    # A step to come told in the passive, or after the document.
    Step(
        "would_be_prepared",
        "{a} and {b} agreed that {doc} would be prepared for signature in the coming months.",
        "planned",
    ),
    Step(
        "being_renegotiated",
        "Officials said {doc} between {a} and {b} was being renegotiated.",
        "planned",
    ),
    Step(
        "negotiations_will_begin",
        "{a} and {b} announced that negotiations on {doc} will begin this year.",
        "planned",
    ),
    # The other side: negotiated, then signed; a signing noun after a past verb.
    Step(
        "negotiated_and_signed",
        "{a} and {b} negotiated and signed {doc} on Monday.",
        "signed",
    ),
    Step(
        "negotiated_aside_signed",
        "{Doc} between {a} and {b}, negotiated over two years, was signed on Monday.",
        "signed",
    ),
    Step(
        "signing_under_negotiation_before",
        "The visit ended with the signing of {doc} between {a} and {b}, which had been under"
        " negotiation for two decades.",
        "signed",
    ),
    Step(
        "ceremony_to_mark_past",
        "A ceremony was held in {cap_b} on Monday to mark the signing of {doc} between {a} and"
        " {b}.",
        "signed",
    ),
    Step(
        "talks_ended_with_signing",
        "Talks between {a} and {b} ended on Monday with the signing of {doc}.",
        "signed",
    ),
    Step(
        "aside_agreed_was_adopted",
        "{Doc} between {a} and {b}, agreed by negotiators last year, was adopted by the two"
        " leaders on Sunday.",
        "signed",
    ),
    Step(
        # awaiting its approval, an instrument is signed (spec: ratified once approved)
        "aside_signed_to_be_approved",
        "{Doc} between {a} and {b}, signed in March, will be approved by parliament next month.",
        "signed",
    ),
    Step(
        "talks_produced",
        "The talks between {a} and {b} produced {doc} on Monday.",
        "signed",
    ),
    Step(
        "signed_demands_that",
        "{Doc} between {a} and {b}, signed on Monday, demands that both sides cut tariffs.",
        "signed",
    ),
    Step(
        "marked_signing_past",
        "The presidents of {a} and {b} marked the signing of {doc} with a reception on Monday.",
        "signed",
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
    Form("memorandum", "a memorandum on fisheries", "memorandum"),
    Form("protocol", "a protocol on digital trade", "protocol"),
    Form("treaty", "a treaty on legal assistance", "treaty"),
    Form("accord", "a long-term accord on sharing river water", "agreement"),
    Form("declaration", "a joint declaration on strategic partnership", "declaration"),
    # a long noun phrase before the head; a head after "exchange" (a compound noun, no act)
    Form("long_phrase", "a new trade and economic cooperation agreement", "agreement"),
    Form("exchange", "a cultural exchange agreement", "agreement"),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    step: Step
    form: Form
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        return "-".join((self.step.name, self.form.name, self.frame, self.pair.codes[0]))


def _valid(cell: Cell) -> bool:
    """Every choice of the grid can be written."""
    return True


def body(cell: Cell) -> str:
    """The step's sentence, the document and the pair put in."""
    p = cell.pair
    words = cell.form.words
    return cell.step.text.format(
        a=p.a,
        b=p.b,
        dem_a=p.dem_a,
        cap_b=p.cap_b,
        doc=words,
        Doc=words[0].upper() + words[1:],
    )


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for: the pair's document, planned or signed as told."""
    return [f"{cell.form.kind} {cell.step.status} {','.join(sorted(cell.pair.codes))} * 1"]


def page(cell: Cell) -> str:
    """The story as a page: wire copy with a dateline, or a crawled page with a headline."""
    p = cell.pair
    if cell.frame == "wire":
        return f" date {PUBLISHED} {p.cap_a.upper()}, May 10 (Reuters) - {body(cell)}\n"
    return f" date {PUBLISHED} {p.a} and {p.b} review their ties\n\n{body(cell)}\n"


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(page(cell))
    return unmatched(expected(cell), extract(article).agreements, matches_exact)


CHOICES: dict[str, list[Any]] = {
    "step": STEPS,
    "form": FORMS,
    "frame": FRAMES,
    "pair": PAIRS,
}
CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6516), size=400, axis="step", tries=20,
    )
)  # fmt: skip


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if cell.step.name == "hoped_talks_produce":
        return (
            "'hoped the talks would produce X' stays signed: read as a step to come it gives"
            " the visible key's planned record, but loses a signed one that the wrong status"
            " paired by chance, which the invariance bar forbids (left for a session that also"
            " finds the story's other, signed instrument)"
        )
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreement_planned_two(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the grid."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


# A planned document's own bare year not before the story's ("the 1988 trade protocol" in a
# story of 1987) is the year it covers, not its signing's: the day told for the signing to
# come dates it; rows of the class, with near misses (a past year stays the signing's, and
# with no other day the year is kept).
DATED: list[Any] = [
    (
        "covered-year:sign-in-month",
        "Ghana and Togo will sign the 2024 trade protocol in Accra in November.",
        ["protocol planned GHA,TGO 2023-11 1"],
    ),
    (
        "covered-year:sign-on-day",
        "Norway and Iceland are to sign the 2023 fisheries agreement in Oslo on May 24.",
        ["agreement planned ISL,NOR 2023-05-24 1"],
    ),
    (
        "near-miss:covered-year-only",
        "Vietnam and Laos will sign the 2024 trade protocol.",
        ["protocol planned LAO,VNM 2024 1"],
    ),
    (
        "near-miss:past-year-signed",
        "Bolivia and Paraguay signed the 2021 trade protocol in La Paz in November.",
        ["protocol signed BOL,PRY 2021 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected_rows"), DATED, ids=[r[0] for r in DATED])
def test_planned_dated_table(cls: str, text: str, expected_rows: list[str]) -> None:
    """Each row gives exactly the records the spec asks for, dates included."""
    assert_agreements(cls, text, expected_rows, matches_exact)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = value.codes[0] if isinstance(value, Pair) else getattr(value, "name", value)
        print(f"{choice:8} {label!s:34} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print(f"  {c.id} | {body(c)} {r}")
