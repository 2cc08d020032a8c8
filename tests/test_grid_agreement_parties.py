"""A grid of agreement parties: signers, beneficiaries, mediators, routes, topics, well-wishers.

Agreement parties are the field our annotators' blind keys find weakest: a sentence that
tells two states signing an instrument often names a third state that is no signer. The
instrument may serve it ("to help C with its debts", "to include C in their customs
union"), route goods to or through it ("gas supplies to C", "a pipeline via C"), be
brokered by it ("brokered by C", "with C's mediation"), be welcomed by it ("which C
welcomed"), be about it ("on the situation in C"), be signed in it ("in C's capital"), or
be signed at a group's gathering ("at the G-20 summit"). Each cell draws one value of every
independent choice below (how the signers are told, the third state's role, where its
phrase stands, the status, the instrument's form, the page's frame and the three states),
writes a short invented page in the crawled text format, and computes the record it must
give under spec/EXTRACTION.md section 3 from the choices alone (never by running the
library): one agreement whose parties are the two signers, never the third state.

The cells are a seeded sample (``grid_cells.sample_cells``): every value of the role meets
every value of every other choice, then cells are drawn at random;
``test_every_value_is_sampled`` keeps every value in several cells.

Every page is published on Wednesday 2023-05-10 and its sentence of the signing opens "On
Monday," (2023-05-08 for a signing or a ratification told done, 2023-05-15 for one to
come); a record is checked for kind, status, parties, date and count. The spec decides
every expectation here (section 3: the parties are "the states the text names or clearly
refers to as parties; a group is not expanded into its members"): a state that only
brokers, hosts, welcomes, receives, is crossed by or is the topic of an instrument two
others sign is named, but not as a party, and "the G-20" is no party of a pact its summit
saw signed. No choice is left to the owners' keys.

The signers' forms: "A and B signed" (``subject``), "signed by A and B" (``passive``),
"an agreement between A and B" (``between``), "A signed ... with B" (``with``), a headline
"A, B sign ..." with "the two countries" in the body (``headline``, not in wire copy, which
has none), and the story's two foreign ministers met in the sentence before
(``officials``). The third state's phrase stands right after the instrument (or after the
signers where they follow it: ``after``), fronted before the signing clause (``before``), or
in a sentence of its own after it (``clause``).

A fronted phrase reads as one with the signers' subject where it ends in a state's name
("In Beirut, the capital of Lebanon, Egypt and Jordan signed" lists three states), so the
fronted topic and place are written so that no state ends them ("With the situation in C in
mind,", "In Beirut, Lebanon's capital,").

The classes the grid showed the library misread (119 of 371 cells at first, before the
``city`` role was added), fixed for it:
a state the instrument serves, routes to or through, or is about was a party after "between
A and B", fronted before the signers, or beside "the two countries" (where it even took the
pair's place); "with C's mediation" made C a party, or the only one; a named instrument
"A ratified ... with B" kept B alone, and "the two countries ratified the X Agreement" had
no party; a well-wisher's aside ("which C welcomed", "In a move C welcomed,") made C a
party; "On Monday, in Beirut, Egypt and Jordan signed" took Egypt for the city's country and
kept Jordan alone; "On Monday, in talks brokered by C, ... will sign" read the weekday as
the last one. What it still misses is ``known_gap``'s: strict xfails by choice value (a
date and a status class, no party left wrong).
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
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells

PUBLISHED = "2023-05-10"  # a Wednesday

SIGNERS = ["subject", "passive", "between", "with", "headline", "officials"]


@dataclass(frozen=True)
class Trio:
    """Two signers and a third state: names, demonyms, capitals; the signers' codes."""

    a: str
    b: str
    c: str
    dem_a: str
    dem_b: str
    cap_c: str
    codes: tuple[str, str]


TRIOS = [
    Trio("Peru", "Chile", "Bolivia", "Peruvian", "Chilean", "La Paz", ("CHL", "PER")),
    Trio("Kenya", "Uganda", "Somalia", "Kenyan", "Ugandan", "Mogadishu", ("KEN", "UGA")),
    Trio("Poland", "Lithuania", "Ukraine", "Polish", "Lithuanian", "Kyiv", ("LTU", "POL")),
    Trio("Egypt", "Jordan", "Lebanon", "Egyptian", "Jordanian", "Beirut", ("EGY", "JOR")),
]

# The third state's role: each a phrase after the instrument, one fronted before the
# signing clause, and a sentence of its own after it ("{c}" its name, "{cap}" its capital).
ROLES: dict[str, tuple[str, str, str]] = {
    "none": ("", "", ""),
    "beneficiary": (
        "to help {c} with its debts",
        "To help {c} with its debts,",
        "The deal aims to help {c} with its debts.",
    ),
    "include": (
        "to include {c} in their customs union",
        "To include {c} in their customs union,",
        "The deal is meant to include {c} in their customs union.",
    ),
    "route_to": (
        "on gas supplies to {c}",
        "To secure gas supplies to {c},",
        "Under the deal, gas will flow to {c}.",
    ),
    "via": (
        "on a gas pipeline via {c}",
        "For a gas pipeline via {c},",
        "The pipeline will run via {c}.",
    ),
    "brokered": (
        "brokered by {c}",
        "In talks brokered by {c},",
        "The talks were brokered by {c}.",
    ),
    "mediation": (
        "with {c}'s mediation",
        "With {c}'s mediation,",
        "The talks were held with {c}'s mediation.",
    ),
    "welcomed": (
        ", which {c} welcomed,",
        "In a move {c} welcomed,",
        "{c} welcomed the deal.",
    ),
    "topic": (
        "on the situation in {c}",
        "With the situation in {c} in mind,",
        "The deal concerns the situation in {c}.",
    ),
    "place": (
        "in {cap}, {c}'s capital,",
        "In {cap}, {c}'s capital,",
        "The ceremony took place in {cap}, {c}'s capital.",
    ),
    "city": (
        "in {cap}",
        "In {cap},",
        "The ceremony was held in {cap}.",
    ),
    "group": (
        "at the G-20 summit",
        "At the G-20 summit,",
        "The G-20 welcomed the deal.",
    ),
}

POSITIONS = ["after", "before", "clause"]


@dataclass(frozen=True)
class Status:
    """A status: key status, the active verb, the passive verb, the headline's verb, ISO date."""

    name: str
    status: str
    active: str
    passive: str
    headline: str
    date: str


STATUSES = [
    Status("signed", "signed", "signed", "was signed", "sign", "2023-05-08"),
    Status("to_be_signed", "planned", "will sign", "will be signed", "to sign", "2023-05-15"),
    Status("ratified", "ratified", "ratified", "was ratified", "ratify", "2023-05-08"),
]


@dataclass(frozen=True)
class Form:
    """An instrument's form: its noun phrase (lower case) and the record's kind."""

    name: str
    phrase: str
    kind: str


FORMS = [
    Form("named", "the Kestrel Water Agreement", "agreement"),
    Form("an_agreement", "an agreement", "agreement"),
    Form("memorandum", "a memorandum", "memorandum"),
    Form("accord", "the accord", "agreement"),
]

# The page: wire copy with a dateline, a readout with a title, a crawled page's headline.
FRAMES = ["wire", "readout", "crawled"]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    signers: str
    role: str
    position: str
    status: Status
    form: Form
    frame: str
    trio: Trio

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.signers, self.role, self.position, self.status.name, self.form.name)
        return "-".join((*parts, self.frame, self.trio.codes[0]))


def _phrases(cell: Cell) -> tuple[str, str, str]:
    """The third state's phrase after the instrument, fronted, and as a sentence of its own."""
    t = cell.trio
    after, front, own = (x.format(c=t.c, cap=t.cap_c) for x in ROLES[cell.role])
    if cell.role == "none":
        return "", "", ""
    if cell.position == "after":
        return after, "", ""
    if cell.position == "before":
        return "", front, ""
    return "", "", own


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _join(*parts: str) -> str:
    """Words joined by single spaces, with no space before a comma."""
    text = " ".join(" ".join(p for p in parts if p).split())
    return text.replace(" ,", ",").replace(",,", ",")


def _signing(cell: Cell, after: str) -> str:
    """The signing clause (no date), the third state's phrase after the instrument."""
    t, s, i = cell.trio, cell.status, cell.form.phrase
    if cell.signers == "subject":
        return _join(f"{t.a} and {t.b} {s.active}", i, after)
    if cell.signers == "passive":
        return _join(_cap(i), after, f"{s.passive} by {t.a} and {t.b}")
    if cell.signers == "between":
        return _join(_cap(i), f"between {t.a} and {t.b}", after, s.passive)
    if cell.signers == "with":
        return _join(f"{t.a} {s.active}", i, f"with {t.b}", after)
    who = "the two countries" if cell.signers == "headline" else "the two ministers"
    return _join(who, s.active, i, after)


def _main(cell: Cell) -> str:
    """The sentence that tells the signing, opened by its day."""
    after, front, _ = _phrases(cell)
    clause = _signing(cell, after).rstrip(",")
    head = _join("On Monday,", front[:1].lower() + front[1:])  # no fronted phrase opens a name
    clause = (
        clause
        if clause[0].isupper() and not clause.startswith(("The ", "A ", "An "))
        else (clause[0].lower() + clause[1:])
    )
    return _join(head, clause) + "."


def body(cell: Cell) -> str:
    """The story: the ministers' meeting first where they sign, the third state's own sentence."""
    t = cell.trio
    sentences = []
    if cell.signers == "officials":
        sentences.append(
            f"{t.dem_a} Foreign Minister Ramon Esteva met his {t.dem_b} counterpart Lina Morak"
            " to discuss regional cooperation."
        )
    sentences.append(_main(cell))
    own = _phrases(cell)[2]
    if own:
        sentences.append(own)
    return " ".join(sentences)


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    t = cell.trio
    text = body(cell)
    if cell.frame == "wire":
        return f" date {PUBLISHED} LIMA, May 10 (Reuters) - {text}\n"
    if cell.signers == "headline":
        noun = "memorandum" if cell.form.kind == "memorandum" else "agreement"
        headline = f"{t.a}, {t.b} {cell.status.headline} {noun}"
    elif cell.frame == "crawled":
        headline = f"{t.a} and {t.b} review their ties"
    else:
        headline = "Readout of the Foreign Minister's meeting"
    if cell.frame == "readout":
        headline = (
            f"Readout of the Foreign Minister's meeting: {headline}"
            if cell.signers == "headline"
            else headline
        )
        return f" date {PUBLISHED} {headline}\n\n{text}\n\nThe ministers also discussed trade.\n"
    return f" date {PUBLISHED} {headline}\n\n{text}\n"


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for, in the row notation: the two signers alone."""
    parties = ",".join(sorted(cell.trio.codes))
    return [f"{cell.form.kind} {cell.status.status} {parties} {cell.status.date} 1"]


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


CHOICES: dict[str, list[Any]] = {
    "signers": SIGNERS,
    "role": list(ROLES),
    "position": POSITIONS,
    "status": STATUSES,
    "form": FORMS,
    "frame": FRAMES,
    "trio": TRIOS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: wire copy has no headline to name the signers."""
    return not (cell.signers == "headline" and cell.frame == "wire")


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(29), size=200, axis="role", tries=20, cover_axis=True
    )
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    reasons = []
    if (
        cell.status.name == "to_be_signed"
        and cell.signers == "between"
        and cell.position == "after"
        and cell.role == "place"
    ):
        reasons.append(
            "'On Monday, the X between A and B in La Paz, Bolivia's capital, will be signed':"
            " a place and its aside between the instrument and its verb to come lose the day"
            " (a date class)"
        )
    if (
        cell.signers == "between"
        and cell.role == "route_to"
        and cell.position == "before"
        and cell.status.name in ("signed", "ratified")
        and cell.form.name in ("memorandum", "an_agreement")
    ):
        reasons.append(
            "'To secure gas supplies to C, a memorandum between A and B was signed': the"
            " fronted aim's verb takes the indefinite instrument as its object, a signing to"
            " come (a status class)"
        )
    return "; ".join(reasons) or None


# Rows that keep each fixed class whatever the seeded sample draws (class, text, records),
# with near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "mediation-named",
        "On Monday, the Kestrel Water Agreement with Lebanon's mediation will be signed by"
        " Egypt and Jordan.",
        ["agreement planned EGY,JOR 2023-05-15 1"],
    ),
    (
        "mediation-named",
        "Egypt and Jordan signed the Kestrel Water Agreement with Lebanon's good offices on"
        " Monday.",
        ["agreement signed EGY,JOR 2023-05-08 1"],
    ),
    (
        "served-between",
        "On Monday, an agreement between Kenya and Uganda on gas supplies to Somalia was signed.",
        ["agreement signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "near-miss:two-served-one-signer",
        "Russia signed an agreement with China on Monday to supply gas to China.",
        ["agreement signed CHN,RUS 2023-05-08 1"],
    ),
    (
        "ratified-named",
        "On Monday, Kenya ratified the Kestrel Water Agreement with Uganda.",
        ["agreement ratified KEN,UGA 2023-05-08 1"],
    ),
    (
        "city-comma",
        "On Monday, in Beirut, Egypt and Jordan signed a memorandum.",
        ["memorandum signed EGY,JOR 2023-05-08 1"],
    ),
    (
        "near-miss:city-country",
        "Egypt and Jordan signed a memorandum in Reykjavik, Iceland on Monday.",
        ["memorandum signed EGY,JOR 2023-05-08 1"],
    ),
    (
        "near-miss:said-on-weekday",
        "On Monday, Egypt and Jordan said they will sign a memorandum.",
        ["memorandum planned EGY,JOR 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_parties_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreement_parties(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", value)
        label = value.codes[0] if isinstance(value, Trio) else label
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
