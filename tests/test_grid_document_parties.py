"""A grid of document parties told by a count: "the three countries signed the X".

A story often names the states of a gathering in one sentence ("The leaders of A, B and C
met in X", "A's minister met his B and C counterparts") and tells the document they made
in a later one only by their number: "the three countries signed the X Protocol", "the X
Protocol, which the three governments adopted", "the X Protocol that the four countries'
ministers signed". Under spec/EXTRACTION.md section 3 the parties are "the states the text
names or clearly refers to as parties": a count that matches the states of the sentence
that names them refers to those states, and to none other ("never add a party from general
knowledge").

Each cell draws one value of every choice below (how the states are introduced, the
count's noun, where the count stands as the document's signers, the status, the
document's form, a distractor and the states themselves), writes a short invented page,
and computes from the choices alone the records the spec asks for: the document with the
counted states (and a state it is signed "with"), and for the ``cited`` distractor the
older document of two other states, with those two. A state that only welcomes the
document (``welcomed``) or is named in a sentence of its own between the introduction and
the signing (``between``) is never a party.

Every page is published on Wednesday 2023-05-10; a signing told done is dated April 2
(2023-04-02), one to come May 15 (2023-05-15). A record is checked for kind, status,
parties, date and count.

Before the rule (``_counted_signers`` in src/diplonews/agreements/_sides.py) 96 of the 240
cells failed: a named document whose signers are told only by their count in a relative
clause or after "by" had no party, and one the counted states signed "with D" kept D alone.
What it still misses is ``known_gap``'s: strict xfails by choice value (3 cells, a recall
class: the indefinite memorandum a relative clause tells signed by "the three countries'
ministers" gives no record).

A second grid (``REL_CELLS``) tells a named document's maker and partners in one relative
clause: "the X Accord, which A reached with B, C and D in March 2019", the maker by name or
by capital, one to three partners, with a helper after the date ("..., with E's help"), a
well-wisher's sentence or a topic state as distractors. Before the rule (``_listed_from``
after ``_RELATIVE_SIGNER`` in src/diplonews/agreements/_sides.py) all 160 cells failed:
the record had the maker alone (or no party where the verb was "reached" or "struck").

A third grid (``SUMMIT_CELLS``) tells a summit's host ("On Monday, A hosted leaders of the
region"), the states that took part, an absentee and a body's officer in the sentences
between, and the leaders adopting a named roadmap or declaration ("Leaders adopted",
"At the end of the summit, leaders adopted", "The heads of state endorsed"). Before the
rules (``_summit_host``, and the bare "Leaders" of ``_BY_PARTICIPANTS``) 55 of its 120
cells failed, every one with a host: the host was never a party, and where a sentence stood
between the list and a bare "Leaders adopted" the document had no party at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, spec, unmatched
from diplonews import extract
from diplonews.models import Agreement, Article
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells

PUBLISHED = "2023-05-10"  # a Wednesday


@dataclass(frozen=True)
class Group:
    """Four states: names, demonyms and codes, a city of the first, two outsiders."""

    names: tuple[str, str, str, str]
    demonyms: tuple[str, str, str, str]
    codes: tuple[str, str, str, str]
    city: str
    others: tuple[str, str]
    other_codes: tuple[str, str]


GROUPS = [
    Group(
        ("Kenya", "Uganda", "Tanzania", "Rwanda"),
        ("Kenyan", "Ugandan", "Tanzanian", "Rwandan"),
        ("KEN", "UGA", "TZA", "RWA"),
        "Mombasa",
        ("Ethiopia", "Somalia"),
        ("ETH", "SOM"),
    ),
    Group(
        ("Chile", "Peru", "Ecuador", "Colombia"),
        ("Chilean", "Peruvian", "Ecuadorian", "Colombian"),
        ("CHL", "PER", "ECU", "COL"),
        "Valparaiso",
        ("Bolivia", "Paraguay"),
        ("BOL", "PRY"),
    ),
    Group(
        ("Poland", "Lithuania", "Latvia", "Estonia"),
        ("Polish", "Lithuanian", "Latvian", "Estonian"),
        ("POL", "LTU", "LVA", "EST"),
        "Gdansk",
        ("Finland", "Sweden"),
        ("FIN", "SWE"),
    ),
    Group(
        ("Vietnam", "Laos", "Cambodia", "Thailand"),
        ("Vietnamese", "Lao", "Cambodian", "Thai"),
        ("VNM", "LAO", "KHM", "THA"),
        "Hue",
        ("Malaysia", "Indonesia"),
        ("MYS", "IDN"),
    ),
]

# How the counted states are introduced, in the sentence before the document.
INTROS = ["leaders_of", "counterparts", "names"]

# The count's noun: "the three countries", "the three governments", "the three
# countries' ministers" (a possessive: the states' own officials sign).
NOUNS = ["countries", "governments", "sides", "ministers_of"]

# Where the count stands as the document's signers: the subject of the signing, a
# relative clause after the document ("which/that the three countries signed"), a passive
# participle ("signed by the three countries"), the subject with a further partner ("with
# D").
POSITIONS = ["subject", "which", "that", "by", "with"]

COUNTS = {3: "three", 4: "four"}

# What else the page tells: nothing, an outsider that welcomes the document after it, an
# outsider named in a sentence between the introduction and the signing, an older document
# of the two outsiders that the story cites.
DISTRACTORS = ["none", "welcomed", "between", "cited"]


@dataclass(frozen=True)
class Status:
    """A status: its key word, the active verb, the passive participle, date words, ISO."""

    name: str
    status: str
    active: str
    passive: str
    when: str
    date: str


STATUSES = [
    Status("signed", "signed", "signed", "signed", "on April 2", "2023-04-02"),
    Status("planned", "planned", "will sign", "to be signed", "on May 15", "2023-05-15"),
]


@dataclass(frozen=True)
class Form:
    """A document: its noun phrase and the record's kind."""

    name: str
    phrase: str
    kind: str


FORMS = [
    Form("protocol", "the Lake Basin Protocol", "protocol"),
    Form("declaration", "the Coastal Declaration on Fisheries", "declaration"),
    Form("memorandum", "a memorandum on border trade", "memorandum"),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    intro: str
    noun: str
    position: str
    count: int
    status: Status
    form: Form
    distractor: str
    group: Group

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.intro, self.noun, self.position, str(self.count), self.status.name)
        return "-".join((*parts, self.form.name, self.distractor, self.group.codes[0]))


def _list(words: tuple[str, ...]) -> str:
    """'A, B and C'."""
    return ", ".join(words[:-1]) + " and " + words[-1]


def _intro(cell: Cell) -> str:
    """The sentence naming the counted states."""
    g, n = cell.group, cell.count
    if cell.intro == "leaders_of":
        return f"The leaders of {_list(g.names[:n])} met in {g.city} on Monday."
    if cell.intro == "counterparts":
        return (
            f"{g.demonyms[0]} Foreign Minister Ana Morel met her"
            f" {_list(g.demonyms[1:n])} counterparts in {g.city} on Monday."
        )
    return f"{_list(g.names[:n])} held talks in {g.city} on Monday."


def _signers(cell: Cell) -> str:
    """The count as the signers: "the three countries", "the three countries' ministers"."""
    word = COUNTS[cell.count]
    if cell.noun == "ministers_of":
        return f"the {word} countries' trade ministers"
    return f"the {word} {cell.noun}"


def _signing(cell: Cell) -> str:
    """The sentence of the document, its signers told by their count."""
    s, doc, who = cell.status, cell.form.phrase, _signers(cell)
    if cell.position in ("subject", "with"):
        partner = f" with {cell.group.others[0]}" if cell.position == "with" else ""
        return f"{who[0].upper() + who[1:]} {s.active} {doc}{partner} {s.when}."
    if cell.position == "by":
        return f"They discussed {doc}, {s.passive} by {who} {s.when}."
    rel = "which" if cell.position == "which" else "that"
    comma = "," if rel == "which" else ""
    return f"They discussed {doc}{comma} {rel} {who} {s.active} {s.when}."


def body(cell: Cell) -> str:
    """The story: introduction, distractor, signing, distractor."""
    g = cell.group
    parts = [_intro(cell)]
    if cell.distractor == "between":
        parts.append(f"{g.others[1]} sent an observer.")
    parts.append(_signing(cell))
    if cell.distractor == "welcomed":
        parts.append(f"{g.others[1]} welcomed the document.")
    if cell.distractor == "cited":
        parts.append(
            f"The talks also recalled the Harbour Treaty, which {g.others[0]} and"
            f" {g.others[1]} signed in 2001."
        )
    return " ".join(parts)


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation."""
    g, s = cell.group, cell.status
    codes = list(g.codes[: cell.count])
    if cell.position == "with":
        codes.append(g.other_codes[0])
    rows = [f"{cell.form.kind} {s.status} {','.join(sorted(codes))} {s.date} 1"]
    if cell.distractor == "cited":
        rows.append(f"treaty signed {','.join(sorted(g.other_codes))} 2001 1")
    return rows


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


CHOICES: dict[str, list[Any]] = {
    "intro": INTROS,
    "noun": NOUNS,
    "position": POSITIONS,
    "count": list(COUNTS),
    "status": STATUSES,
    "form": FORMS,
    "distractor": DISTRACTORS,
    "group": GROUPS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: a document "with" an outsider cites no outsiders' treaty."""
    return not (cell.position == "with" and cell.distractor == "cited")


CELLS = list(
    sample_cells(
        Cell,
        _valid,
        CHOICES,
        random.Random(41),
        size=240,
        axis="position",
        tries=20,
        cover_axis=True,
    )
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    article = Article(id="g", body=body(cell), published=PUBLISHED)
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if (
        cell.form.name == "memorandum"
        and cell.noun == "ministers_of"
        and cell.position in ("which", "that")
        and cell.status.name == "signed"
        # after a list of the states' names the count now gives the memorandum its signers
        # (text._referents.counted_states); "her Lao and Cambodian counterparts" is no list
        # of three states
        and cell.intro == "counterparts"
    ):
        return (
            "'They discussed a memorandum on X, which the three countries' trade ministers"
            " signed': the indefinite memorandum discussed gives no record at all (a recall"
            " class, not its parties)"
        )
    return None


# Rows that keep the class whatever the seeded sample draws, with near misses that must stay
# as they are: a count that matches no sentence names no state, a count that is no signer's.
TABLE: list[Any] = [
    (
        "count-relative",
        "The presidents of Ghana, Togo and Benin met in Lome on Monday. They reviewed the"
        " Gulf Fisheries Protocol, which the three countries signed in 2019.",
        ["protocol signed BEN,GHA,TGO 2019 1"],
    ),
    (
        "count-with",
        "Ghana, Togo and Benin held talks in Lome on Monday. The three governments signed a"
        " memorandum on power lines with Niger on Monday.",
        ["memorandum signed BEN,GHA,NER,TGO 2023-05-08 1"],
    ),
    (
        "count-by-adjective",
        "Norwegian Foreign Minister Eva Lind met her Danish and Icelandic counterparts on"
        " Monday. They praised the Arctic Search Protocol, signed by the three Nordic countries"
        " in 2015.",
        ["protocol signed DNK,ISL,NOR 2015 1"],
    ),
    (
        "count-due-story",
        "Trade ministers of four West African states met in Lome on Monday. Ghana's minister"
        " opened the session. Togo and Benin asked for lower tariffs, and Niger asked for more"
        " time. The four governments are expected to sign a protocol on Thursday.",
        ["protocol planned BEN,GHA,NER,TGO 2023-05-11 1"],
    ),
    (
        "relative-with-list",
        "Officials said the flooding would breach the Volta Water Accord, which Accra struck"
        " with Togo, Benin and Niger in 2018.",
        ["agreement signed BEN,GHA,NER,TGO 2018 1"],
    ),
    (
        "near-miss:relative-with-helper",
        "Officials said the flooding would breach the Volta Water Accord that Ghana concluded"
        " with Togo's help in 2018.",
        ["agreement signed GHA 2018 1"],
    ),
    (
        "summit-host-dozen",
        "On Monday, Fiji hosted leaders of the region in Suva for a summit on fisheries."
        " Leaders of Tonga, Samoa, Nauru, Palau, Tuvalu, Kiribati, Vanuatu, Niue, the Cook"
        " Islands, the Marshall Islands and Papua New Guinea took part. Australia did not"
        " attend. Leaders adopted the Suva Roadmap on Ocean Fisheries, which sets out"
        " shared priorities.",
        ["plan signed COK,FJI,KIR,MHL,NIU,NRU,PLW,PNG,TON,TUV,VUT,WSM 2023-05-08 1"],
    ),
    (
        "summit-two-hosts",
        "On Monday, Fiji and Samoa hosted leaders of the region in Suva for a summit. Leaders"
        " of Tonga, Nauru and Palau took part. Leaders adopted the Suva Roadmap on Ocean"
        " Fisheries, which sets out shared priorities.",
        ["plan signed FJI,NRU,PLW,TON,WSM 2023-05-08 1"],
    ),
    (
        "near-miss:count-not-signers",
        "Ghana, Togo and Benin held talks in Lome on Monday. Niger signed the Gulf Fisheries"
        " Protocol on Monday, which the three countries welcomed.",
        ["protocol signed NER 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_document_parties_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_document_parties(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


# The second grid: a named document whose relative clause tells its maker and the partners
# its verb names, "the X Accord, which A reached with B, C and D in March". The maker is a
# state's name or its capital; the partners one, two or three states listed after "with";
# a distractor state helps ("with E's help", no signer), welcomes the document in a
# sentence of its own, or is the topic of the sentence that cites the document.


@dataclass(frozen=True)
class Maker:
    """The document's maker as the clause names it: by name or by capital; its code."""

    name: str
    capital: str
    code: str


MAKERS = [
    Maker("Peru", "Lima", "PER"),
    Maker("Kenya", "Nairobi", "KEN"),
    Maker("Norway", "Oslo", "NOR"),
    Maker("Vietnam", "Hanoi", "VNM"),
]

# Partners, in order (the first ``partners`` of them are listed), with their codes.
PARTNERS = [("Japan", "JPN"), ("Canada", "CAN"), ("Brazil", "BRA")]

# The sentence citing the document: its frame around the name.
CITES = {
    "breach": "The minister warned that the new dam would breach {doc}",
    "under": "Water releases are set under {doc}",
    "praised": "The minister praised {doc}",
}

# The relative clause's opening: ", which", " which", " that".
RELATIVES = {"which": ", which", "bare_which": " which", "that": " that"}

REL_VERBS = ["signed", "reached", "concluded", "struck"]

REL_FORMS = [
    Form("accord", "the Lisbon Accord", "agreement"),
    Form("treaty", "the Lisbon Treaty on River Flows", "treaty"),
    Form("protocol", "the Lisbon Protocol", "protocol"),
]

REL_DISTRACTORS = ["none", "helper", "welcomed", "topic"]


@dataclass(frozen=True)
class RelCell:
    """One choice of every list of the second grid."""

    maker: Maker
    by_capital: bool
    partners: int
    relative: str
    verb: str
    cite: str
    form: Form
    distractor: str

    @property
    def id(self) -> str:
        """A readable test id."""
        who = "capital" if self.by_capital else "name"
        parts = (self.maker.code, who, str(self.partners), self.relative, self.verb, self.cite)
        return "-".join((*parts, self.form.name, self.distractor))


def rel_body(cell: RelCell) -> str:
    """The story: the citing sentence with its relative clause, and a distractor."""
    who = cell.maker.capital if cell.by_capital else cell.maker.name
    names = [n for n, _ in PARTNERS[: cell.partners]]
    listed = names[0] if len(names) == 1 else _list(tuple(names))
    helper = ", with Chad's help" if cell.distractor == "helper" else ""
    clause = f"{RELATIVES[cell.relative]} {who} {cell.verb} with {listed} in March 2019{helper}"
    cite = CITES[cell.cite].format(doc=cell.form.phrase + clause)
    if cell.distractor == "topic":
        cite += ", the minister said on a visit to Chad"
    text = cite + "."
    if cell.distractor == "welcomed":
        text += " Chad welcomed the document at the time."
    return text


def rel_expected(cell: RelCell) -> list[str]:
    """The record the spec asks for: the maker and the partners its verb names."""
    codes = sorted([cell.maker.code, *(c for _, c in PARTNERS[: cell.partners])])
    return [f"{cell.form.kind} signed {','.join(codes)} 2019-03 1"]


REL_CHOICES: dict[str, list[Any]] = {
    "maker": MAKERS,
    "by_capital": [False, True],
    "partners": [1, 2, 3],
    "relative": list(RELATIVES),
    "verb": REL_VERBS,
    "cite": list(CITES),
    "form": REL_FORMS,
    "distractor": REL_DISTRACTORS,
}

REL_CELLS = list(
    sample_cells(
        RelCell,
        lambda c: True,
        REL_CHOICES,
        random.Random(43),
        size=160,
        axis="partners",
        tries=20,
        cover_axis=True,
    )
)


def rel_failures(cell: RelCell) -> list[str]:
    """The expected records missing and the records extra for one cell of the second grid."""
    article = Article(id="g", body=rel_body(cell), published=PUBLISHED)
    return unmatched(rel_expected(cell), extract(article).agreements, _fits)


def rel_gap(cell: RelCell) -> str | None:
    """Why the library still misses a cell of the second grid (None: it reads the cell)."""
    return None


@pytest.mark.parametrize("cell", grid_params(REL_CELLS, lambda c: c.id, rel_gap))
def test_grid_relative_partners(cell: RelCell) -> None:
    """Each cell of the second grid gives exactly the record its choices call for."""
    assert rel_failures(cell) == [], rel_body(cell)


def test_every_relative_value_is_sampled() -> None:
    """Every value of every choice of the second grid is met in several cells."""
    assert_every_value_sampled(REL_CELLS, REL_CHOICES, least=5)


# The third grid: a document a summit's leaders adopt, its states told in the sentences
# before: the host ("A hosted leaders of the region"), those listed as taking part ("Leaders
# of B, C and D took part"), with sentences between that name an absentee ("E did not
# attend") or a body's officer, and leaders told bare ("Leaders adopted the X Roadmap") or
# with an article. The parties are the host and those who took part, never the absentee nor
# a state that only welcomes the document afterwards.


@dataclass(frozen=True)
class Summit:
    """A summit's host (name, city, a president of it) and five guests."""

    host: str
    host_code: str
    city: str
    guests: tuple[str, ...]
    guest_codes: tuple[str, ...]
    absent: str


SUMMITS = [
    Summit(
        "Chile",
        "CHL",
        "Santiago",
        ("Peru", "Ecuador", "Bolivia", "Colombia", "Paraguay"),
        ("PER", "ECU", "BOL", "COL", "PRY"),
        "Argentina",
    ),
    Summit(
        "Kenya",
        "KEN",
        "Nairobi",
        ("Uganda", "Tanzania", "Rwanda", "Burundi", "Ethiopia"),
        ("UGA", "TZA", "RWA", "BDI", "ETH"),
        "Somalia",
    ),
    Summit(
        "Poland",
        "POL",
        "Warsaw",
        ("Lithuania", "Latvia", "Estonia", "Finland", "Sweden"),
        ("LTU", "LVA", "EST", "FIN", "SWE"),
        "Norway",
    ),
]

# How the host is told: a sentence of its own ("A hosted leaders of ..."), or no host.
HOSTS = ["hosted", "none"]

# The sentences between the list and the adoption: none, an absentee, an absentee and a
# body's officer.
GAPS = ["none", "absent", "absent_officer"]

ADOPTERS = {
    "bare": "Leaders adopted",
    "the": "The leaders adopted",
    "participants": "Participants adopted",
    "fronted": "At the end of the summit, leaders adopted",
    "heads": "The heads of state endorsed",
}

SUMMIT_FORMS = [
    Form("roadmap", "the {city} Roadmap for Regional Partnership", "plan"),
    Form("declaration", "the {city} Declaration on Climate Resilience", "declaration"),
]


@dataclass(frozen=True)
class SummitCell:
    """One choice of every list of the third grid."""

    summit: Summit
    host: str
    guests: int
    gap: str
    adopter: str
    form: Form
    welcomer: bool

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.summit.host_code, self.host, str(self.guests), self.gap, self.adopter)
        return "-".join((*parts, self.form.name, "welcomer" if self.welcomer else "alone"))


def summit_body(cell: SummitCell) -> str:
    """The story: host, list, gap sentences, adoption, a well-wisher."""
    s = cell.summit
    guests = _list(s.guests[: cell.guests])
    parts = []
    if cell.host == "hosted":
        parts.append(
            f"On Monday, {s.host} hosted leaders of the region in {s.city} for the second"
            " regional summit."
        )
        parts.append(f"Leaders of {guests} took part.")
    else:
        parts.append(f"Leaders of {guests} met in {s.city} on Monday for a regional summit.")
    if cell.gap != "none":
        parts.append(f"{s.absent} did not attend.")
    if cell.gap == "absent_officer":
        parts.append("The secretary general of the regional forum also joined the talks.")
    doc = cell.form.phrase.format(city=s.city)
    parts.append(f"{ADOPTERS[cell.adopter]} {doc}, which sets out shared priorities.")
    if cell.welcomer:
        parts.append(f"{s.absent} welcomed the document on Tuesday.")
    return " ".join(parts)


def summit_expected(cell: SummitCell) -> list[str]:
    """The record the spec asks for: the host and the states that took part."""
    s = cell.summit
    codes = list(s.guest_codes[: cell.guests])
    if cell.host == "hosted":
        codes.append(s.host_code)
    return [f"{cell.form.kind} signed {','.join(sorted(codes))} 2023-05-08 1"]


SUMMIT_CHOICES: dict[str, list[Any]] = {
    "summit": SUMMITS,
    "host": HOSTS,
    "guests": [3, 4, 5],
    "gap": GAPS,
    "adopter": list(ADOPTERS),
    "form": SUMMIT_FORMS,
    "welcomer": [False, True],
}

SUMMIT_CELLS = list(
    sample_cells(
        SummitCell,
        lambda c: True,
        SUMMIT_CHOICES,
        random.Random(47),
        size=120,
        axis="adopter",
        tries=20,
        cover_axis=True,
    )
)


def summit_failures(cell: SummitCell) -> list[str]:
    """The expected records missing and the records extra for one cell of the third grid."""
    article = Article(id="g", body=summit_body(cell), published=PUBLISHED)
    return unmatched(summit_expected(cell), extract(article).agreements, _fits)


def summit_gap(cell: SummitCell) -> str | None:
    """Why the library still misses a cell of the third grid (None: it reads the cell)."""
    return None


@pytest.mark.parametrize("cell", grid_params(SUMMIT_CELLS, lambda c: c.id, summit_gap))
def test_grid_summit_documents(cell: SummitCell) -> None:
    """Each cell of the third grid gives exactly the record its choices call for."""
    assert summit_failures(cell) == [], summit_body(cell)


def test_every_summit_value_is_sampled() -> None:
    """Every value of every choice of the third grid is met in several cells."""
    assert_every_value_sampled(SUMMIT_CELLS, SUMMIT_CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", value)
        label = value.codes[0] if isinstance(value, Group) else label
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + body(c))
    rel = {c: rel_failures(c) for c in REL_CELLS}
    rel_failed = {c: bool(r) for c, r in rel.items()}
    for name, value, bad, total in failure_table(REL_CELLS, REL_CHOICES, rel_failed):
        label = getattr(value, "name", value)
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(rel_failed.values()), "of", len(rel), "fail")
    for rc, rr in rel.items():
        if rr:
            print("\n" + rc.id, rr)
            print("  " + rel_body(rc))
    summ = {c: summit_failures(c) for c in SUMMIT_CELLS}
    summ_failed = {c: bool(r) for c, r in summ.items()}
    for name, value, bad, total in failure_table(SUMMIT_CELLS, SUMMIT_CHOICES, summ_failed):
        label = getattr(value, "host", getattr(value, "name", value))
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(summ_failed.values()), "of", len(summ), "fail")
    for sc, sr in summ.items():
        if sr:
            print("\n" + sc.id, sr)
            print("  " + summit_body(sc))
