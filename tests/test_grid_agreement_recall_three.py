"""Grids of agreements missed: ones signed by states' uniformed services, talks on an arrangement.

The visible keys' agreement misses with nothing close in the output, each traced alone
through the library, sort by why they are missed: most have their sides only in other
sentences of the story (a story-level class with many causes); of those whose sentence names
the sides itself, the class the library reads the same wrong way each time is ``forces``:
an instrument signed by two states' coast guards, navies, armed forces, border guards, police
or air forces ("the coast guards of A and B signed a memorandum", "A's navy and B's navy
signed a protocol", "the A and B border guards will sign an agreement"). Such a service is a
state's agency, so the instrument is between the states (spec/EXTRACTION.md section 3,
"states, governments ... and their agencies"). The library read "the coast guards of A"
as A owning a thing ("the safeguard of India"), and "A coast guards" as a demonym before no
state actor ("Russian peacekeepers"), so the instrument had no sides and was dropped; the
same sentence with "the central banks of" or "the defence ministries of" gave the record.

Near misses keep what they are: firms, clubs, towns and rebel forces of two states sign no
instrument between the states, and a state's coast seen from the sea is no signer.

Each cell draws the service, how the two states are told with it (``of`` both, each state's
possessive, two demonyms before the plural, ``of`` each), what is signed or to be signed
(and when), the page's frame and the pair, writes a short invented page in the crawled text
format and computes the record the spec asks for from the choices alone. Every page is
published on Wednesday 2023-05-10.

The second class, ``talks``: a document the talks are on is being negotiated, ``planned``
(section 3), as the library read it for "A and B held talks on a new accord". Talks told with
whom ("talks with B's trade minister on a new fisheries accord", "consultations with B's envoy
on a new barter arrangement") lost the cue at the possessive, so the document came out signed;
and an arrangement or a compact was no object of the talks cue at all, so "held talks on a new
transit arrangement" or "negotiations on an administrative arrangement" came out signed, or
none where the arrangement guard (a practice, "arrangements for the visit") wanted a step of
the document told right before it. Near misses: arrangements for a summit, one with a firm,
and talks someone denies were held ("denied a report that A had held talks with B officials on
an arrangement") stay none. Left out (strict xfails): an arrangement only "worked on",
a practice as often as a document.

First run, before the library changed: 175 of 240 cells failed (every cell but the possessive
ones, "A's navy and B's navy", which the library already read as the states acting). After:
240 of 240 pass. ``talks``: 104 of 160 failed (every cell with the partner's possessive, most
arrangements and compacts); after: 145 pass and 15 stay strict xfails ("working on" an
arrangement).
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
    Pair("Ghana", "Togo", "Ghanaian", "Togolese", "Accra", "Lome", ("GHA", "TGO")),
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("CHL", "PER")),
    Pair("Norway", "Iceland", "Norwegian", "Icelandic", "Oslo", "Reykjavik", ("ISL", "NOR")),
    Pair("Vietnam", "Malaysia", "Vietnamese", "Malaysian", "Hanoi", "Kuala Lumpur", ("MYS", "VNM")),
]

FRAMES = ["wire", "crawled"]


@dataclass(frozen=True)
class Service:
    """A state's uniformed service: its plural and its singular."""

    name: str
    plural: str
    singular: str


SERVICES = [
    Service("coast_guards", "coast guards", "coast guard"),
    Service("navies", "navies", "navy"),
    Service("armed_forces", "armed forces", "armed forces"),
    Service("border_guards", "border guards", "border guard"),
    Service("police", "police forces", "police force"),
    Service("air_forces", "air forces", "air force"),
]
# How the two states are told with their services ("{p}" plural, "{s}" singular).
TELLINGS: dict[str, str] = {
    "of_both": "The {p} of {a} and {b}",
    "possessive": "{a}'s {s} and {b}'s {s}",
    "demonyms": "The {dem_a} and {dem_b} {p}",
    "of_each": "The {s} of {a} and the {s} of {b}",
}


@dataclass(frozen=True)
class Deed:
    """What the services do: the predicate, and the record's kind, status and date."""

    name: str
    words: str
    kind: str
    status: str
    date: str


DEEDS = [
    Deed(
        "mou_thursday",
        "signed a memorandum of understanding on Thursday to set up a direct hotline",
        "memorandum",
        "signed",
        "2023-05-04",
    ),
    Deed("protocol_march", "signed a protocol on joint patrols in March", "protocol", "signed",
         "2023-03"),
    Deed("will_sign", "will sign a cooperation agreement on joint exercises", "agreement",
         "planned", "-"),
    Deed("inked_accord", "inked an accord on search and rescue at sea", "agreement", "signed",
         "-"),
]  # fmt: skip


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    service: Service
    telling: str
    deed: Deed
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.service.name, self.telling, self.deed.name, self.frame)
        return "-".join((*parts, self.pair.codes[0]))


def _valid(cell: Cell) -> bool:
    """Every combination can be written."""
    return True


def body(cell: Cell) -> str:
    """The story: the two services doing the deed, with a source in wire copy."""
    p, s = cell.pair, cell.service
    subject = TELLINGS[cell.telling].format(
        p=s.plural, s=s.singular, a=p.a, b=p.b, dem_a=p.dem_a, dem_b=p.dem_b
    )
    tail = ", officials said" if cell.frame == "wire" else ""
    return f"{subject} {cell.deed.words}{tail}."


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for: the deed's, between the pair (their agencies signed)."""
    d = cell.deed
    date = d.date
    if cell.frame == "wire" and d.status == "signed" and date == "-":
        date = PUBLISHED  # wire copy: an undated past signing is the dateline's day
    return [f"{d.kind} {d.status} {','.join(sorted(cell.pair.codes))} {date} 1"]


def page(cell: Cell) -> str:
    """The story as a page: wire copy with a dateline, or a crawled page with a headline."""
    p = cell.pair
    if cell.frame == "wire":
        return f" date {PUBLISHED} {p.cap_a.upper()}, May 10 (Reuters) - {body(cell)}\n"
    return f" date {PUBLISHED} {p.a} and {p.b} step up security cooperation\n\n{body(cell)}\n"


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(page(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


CHOICES: dict[str, list[Any]] = {
    "service": SERVICES,
    "telling": list(TELLINGS),
    "deed": DEEDS,
    "frame": FRAMES,
    "pair": PAIRS,
}
CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(6546), size=240, axis="service", tries=20,
        cover_axis=True,
    )
)  # fmt: skip


def _no_gap(cell: object) -> str | None:
    """No cell of this grid is left as a known miss."""
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, _no_gap))
def test_grid_forces(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the grid."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


# Rows that keep the class whatever the seeded sample draws (class, text, records), with
# near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "forces-of-both",
        "The coast guards of Kenya and Tanzania signed a memorandum on joint patrols on Monday.",
        ["memorandum signed KEN,TZA 2023-05-08 1"],
    ),
    (
        "forces-demonyms",
        "The Kenyan and Tanzanian navies will sign a protocol on mine clearance.",
        ["protocol planned KEN,TZA - 1"],
    ),
    (
        "forces-one-demonym",
        "The Kenyan border guards signed an agreement with Tanzania on Monday.",
        ["agreement signed KEN,TZA 2023-05-08 1"],
    ),
    (
        "near-miss:firms",
        "The shipping firms of Kenya and Tanzania signed a memorandum of understanding on Monday.",
        [],
    ),
    (
        "near-miss:clubs",
        "The football clubs of Kenya and Tanzania signed a cooperation agreement on Monday.",
        [],
    ),
    (
        "near-miss:towns",
        "The coastal towns of Kenya and Tanzania signed a twinning agreement on Monday.",
        [],
    ),
    (
        "near-miss:rebel-forces",
        "The rebel forces of Kenya and Tanzania signed a ceasefire agreement on Monday.",
        [],
    ),
]


TABLE += [
    (
        "talks-partner-possessive",
        "Kenya's trade minister will travel to Tanzania for talks with Tanzania's trade minister"
        " on a new fisheries accord.",
        ["agreement planned KEN,TZA - 1"],
    ),
    (
        "talks-arrangement",
        "Kenya opened consultations with Tanzania's envoy on a new barter arrangement.",
        ["other planned KEN,TZA - 1"],
    ),
    (
        "near-miss:arrangements-for-a-summit",
        "Kenya's foreign minister held talks with Tanzania's president on security arrangements"
        " for the summit.",
        [],
    ),
    (
        "near-miss:talks-denied",
        "The minister denied a report in a Mombasa weekly that Kenya had held separate talks with"
        " Tanzanian officials on a sellers-only arrangement.",
        [],
    ),
    (
        "near-miss:firm-arrangement",
        "Kenya's central bank held talks with Tanzania's Acme Holding on a new supply arrangement.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected_rows"), TABLE)
def test_recall_three_table(cls: str, text: str, expected_rows: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected_rows, matches_exact)


# ---------------------------------------------------------------------------------------
# talks: an arrangement or a compact being negotiated, or talks with a partner's official

# The talks on the document, "{doc}" the document ("{a}", "{b}": the states).
TALKS: dict[str, str] = {
    "held_talks": "{a} and {b} held talks on {doc}",
    "begin_negotiations": "{a} and {b} agreed to begin negotiations on {doc}",
    "working_on": "{a} and {b} are working on {doc}",
    "partner_possessive": (
        "{a}'s trade minister will travel to {b} next week for talks with {b}'s trade minister"
        " on {doc}"
    ),
    "envoy_possessive": "{a} opened consultations with {b}'s envoy on {doc}",
}


@dataclass(frozen=True)
class Document:
    """A document being negotiated: its words and its kind."""

    name: str
    words: str
    kind: str


DOCUMENTS = [
    Document("transit_arrangement", "a new transit arrangement", "other"),
    Document("administrative_arrangement", "an administrative arrangement on fisheries", "other"),
    Document("water_compact", "a new water compact", "agreement"),
    Document("fisheries_accord", "a new fisheries accord", "agreement"),
    Document("trade_agreement", "a trade and investment agreement", "agreement"),
]


@dataclass(frozen=True)
class TalksCell:
    """One choice of every list of the ``talks`` class."""

    talks: str
    document: Document
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        return "-".join((self.talks, self.document.name, self.frame, self.pair.codes[0]))


def talks_body(cell: TalksCell) -> str:
    """The story: the talks on the document, with a source in wire copy."""
    p = cell.pair
    told = TALKS[cell.talks].format(a=p.a, b=p.b, doc=cell.document.words)
    tail = ", officials said" if cell.frame == "wire" else ""
    return f"{told}{tail}."


def talks_expected(cell: TalksCell) -> list[str]:
    """The record the spec asks for: the document being negotiated (planned), the pair's."""
    return [f"{cell.document.kind} planned {','.join(sorted(cell.pair.codes))} - 1"]


def talks_page(cell: TalksCell) -> str:
    """The story as a page: wire copy with a dateline, or a crawled page with a headline."""
    p = cell.pair
    if cell.frame == "wire":
        return f" date {PUBLISHED} {p.cap_a.upper()}, May 10 (Reuters) - {talks_body(cell)}\n"
    return f" date {PUBLISHED} {p.a} and {p.b} discuss their ties\n\n{talks_body(cell)}\n"


def talks_failures(cell: TalksCell) -> list[str]:
    """The expected records missing and the records extra for one ``talks`` cell."""
    (article,) = parse_crawled_text(talks_page(cell))
    return unmatched(talks_expected(cell), extract(article).agreements, _fits)


TALKS_CHOICES: dict[str, list[Any]] = {
    "talks": list(TALKS),
    "document": DOCUMENTS,
    "frame": FRAMES,
    "pair": PAIRS,
}
TALKS_CELLS = list(
    sample_cells(
        TalksCell, lambda c: True, TALKS_CHOICES, random.Random(6547), size=160, axis="talks",
        tries=20, cover_axis=True,
    )
)  # fmt: skip


def _talks_gap(cell: TalksCell) -> str | None:
    """The cells left as known misses: an arrangement only "worked on"."""
    if cell.talks == "working_on" and cell.document.kind == "other":
        # left: "working on arrangements for the visit" is a practice as often as a document;
        # only talks, negotiations or a document's own step make a new arrangement one
        return "an arrangement only worked on stays none (a practice as often as a document)"
    return None


@pytest.mark.parametrize("cell", grid_params(TALKS_CELLS, lambda c: c.id, _talks_gap))
def test_grid_talks(cell: TalksCell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert talks_failures(cell) == [], talks_body(cell)


def test_every_talks_value_is_sampled() -> None:
    """Every value of every choice of the ``talks`` grid is met in several cells."""
    assert_every_value_sampled(TALKS_CELLS, TALKS_CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = value.codes[0] if isinstance(value, Pair) else getattr(value, "name", value)
        print(f"{choice:8} {label!s:24} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print(f"  {c.id} {body(c)} {r}")
    talks_results = {c: talks_failures(c) for c in TALKS_CELLS}
    talks_failed = {c: bool(r) for c, r in talks_results.items()}
    for choice, value, bad, total in failure_table(TALKS_CELLS, TALKS_CHOICES, talks_failed):
        label = value.codes[0] if isinstance(value, Pair) else getattr(value, "name", value)
        print(f"{choice:8} {label!s:28} {bad:4d}/{total}")
    print("talks", sum(talks_failed.values()), "of", len(talks_results), "fail")
    for tc, tr in talks_results.items():
        if tr:
            print(f"  {tc.id} {talks_body(tc)} {tr}")
