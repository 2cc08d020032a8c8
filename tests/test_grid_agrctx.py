"""A grid of agreement parties the article's context tells, not the instrument's own words.

A named document is often told in a sentence that names none of its sides: its makers are
a list of governments that "endorsed" or "joined" it, two leaders met in the sentence before
who "witnessed the signing", the two states its own name or its summit's name joins ("the
Declaration on A-B Partnership"), "the two countries" of the talks the story tells, or
simply the pair the whole story is about ("A grains agreement signed in 1983"). Each cell
draws one value of every independent choice below (how the context tells the sides, the
sentence's wording, the verb of a list, the tense, the document, a distracting sentence,
how many states a list names, the page's frame and the four states), writes a short
invented page in the crawled text format, and computes the record it must give under
spec/EXTRACTION.md section 3 from the choices alone (never by running the library).

Section 3 decides every expectation: the parties are "the states the text names or clearly
refers to as parties", so a list of governments that endorse, adopt, join, back or sign a
document are its parties, two leaders who witness a signing refer to their states, a name
"A-B ..." names A and B, and "the two countries" are the pair the talks are between.
Where the story names a second pair ("Separately, C and D held talks"), an instrument that
names no side and that no phrase refers to a pair has no party: the text no longer
"clearly refers" to one pair (``two_pairs`` in the ``story`` source). A third state told
once ("Observers from C attended") changes nothing.

Every page is published on Wednesday 2023-05-10; a signing told done "on Monday" is
2023-05-08, one to come "on Friday" 2023-05-12; an older instrument is dated by its year.
A record is checked for kind, status, parties, date and count; the page's other records
(meetings) are not checked. The day of a signing to come, and of a list's endorsing,
adopting, backing or joining, is a date class of its own, not this grid's: those cells
check any date (``*``; "endorsed" is no signing verb for dates, as a cabinet that "endorsed
the draft agreement on Tuesday" dates no signing).

The classes the grid showed the library misread (111 of 360 cells at first), fixed for it:
a list of governments that "endorsed", "backed" or "joined" a named document (or "will
endorse" it) gave it no party, and one to come was told signed; "the X Accord, under which
the two countries undertook to ..." gave no party; the second of two documents whose
signing two leaders witnessed ("X and Y, and announced that talks will begin this year")
had no party and took the reported clause's "will" as its status; a name pairing one state
with a region ("the Declaration on A-Pacific Partnership") gave no party, where "A-B" gave
both, and "A–B" (an en dash) or "U.S.-B" in a lower-case tail ("the Roadmap for a Renewed
U.S.-B Partnership", cut at "U.") gave none; a plan "our governments intend to develop"
after a declaration of four states took the story's two most named; an older agreement
told with no side right after a second pair's sentence ("Separately, C and D held talks")
took that pair, where the story names two; "the talks, the annual review under the grains
agreement, were led by X and Estonian minister Y" kept the one state its sentence names,
not the pair the talks are between; "A and B reviewed their X Agreement" gave no party.
What it still misses is ``known_gap``'s: strict xfails
by choice value (one status class: "joined an agreement" read as accession; the expiring
grains agreement, the signing "the presidents will then witness" and the second of two
documents before a reported clause are read since, see tests/test_grid_agrstatus.py).

The cells are a seeded sample (``grid_cells.sample_cells``): every value of the source meets
every value of every other choice, then cells are drawn at random;
``test_every_value_is_sampled`` keeps every value in several cells.
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
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells

PUBLISHED = "2023-05-10"  # a Wednesday


@dataclass(frozen=True)
class Quad:
    """Four states: names (as a sentence's subject), demonyms, short forms, codes; leaders."""

    names: tuple[str, str, str, str]
    dems: tuple[str, str, str, str]
    shorts: tuple[str, str, str, str]  # as a compound name writes them ("U.S.-Canada")
    capital: str  # the first state's capital
    codes: tuple[str, str, str, str]
    leaders: tuple[str, str, str]  # the first, second and third states' presidents

    @property
    def id(self) -> str:
        """The first state's code."""
        return self.codes[0]


QUADS = [
    Quad(
        ("Chile", "Peru", "Ecuador", "Bolivia"),
        ("Chilean", "Peruvian", "Ecuadorian", "Bolivian"),
        ("Chile", "Peru", "Ecuador", "Bolivia"),
        "Santiago",
        ("CHL", "PER", "ECU", "BOL"),
        ("Ramon Esteva", "Lucia Marquez", "Tomas Ibarra"),
    ),
    Quad(
        ("Kenya", "Uganda", "Tanzania", "Rwanda"),
        ("Kenyan", "Ugandan", "Tanzanian", "Rwandan"),
        ("Kenya", "Uganda", "Tanzania", "Rwanda"),
        "Nairobi",
        ("KEN", "UGA", "TZA", "RWA"),
        ("Daniel Otieno", "Moses Kagwa", "Juma Mrisho"),
    ),
    Quad(
        ("Norway", "Estonia", "Latvia", "Finland"),
        ("Norwegian", "Estonian", "Latvian", "Finnish"),
        ("Norway", "Estonia", "Latvia", "Finland"),
        "Oslo",
        ("NOR", "EST", "LVA", "FIN"),
        ("Erik Solvang", "Mart Kask", "Janis Ozols"),
    ),
    Quad(
        ("The United States", "Paraguay", "Uruguay", "Colombia"),
        ("U.S.", "Paraguayan", "Uruguayan", "Colombian"),
        ("U.S.", "Paraguay", "Uruguay", "Colombia"),
        "Washington",
        ("USA", "PRY", "URY", "COL"),
        ("Mark Halden", "Ana Benitez", "Pablo Sosa"),
    ),
    Quad(
        ("Chad", "Niger", "Mali", "Sudan"),
        ("Chadian", "Nigerien", "Malian", "Sudanese"),
        ("Chad", "Niger", "Mali", "Sudan"),
        "N'Djamena",
        ("TCD", "NER", "MLI", "SDN"),
        ("Idriss Mahamat", "Salou Issoufou", "Modibo Traore"),
    ),
]

# How the context tells the sides: a list of governments as the verb's subject (``list``),
# two leaders met before who witness the signing (``witness``), the instrument's or its
# summit's own name "A-B ..." (``title``), "the two countries" of the talks (``two``), the
# pair the story is about, with no word for it (``story``).
# Two documents under one witnessed signing, then a clause on another matter (``joined``).
SOURCES = ["list", "witness", "title", "two", "story", "joined"]

WORDINGS = [0, 1, 2, 3]

# The list's verb: past and to come (None: no sentence to come; a joiner to come is no
# party yet).
VERBS: dict[str, tuple[str, str | None]] = {
    "endorsed": ("endorsed", "will endorse"),
    "adopted": ("adopted", "will adopt"),
    "joined": ("joined", None),
    "backed": ("backed", "will back"),
    "signed": ("signed", "will sign"),
}

TENSES = ["past", "future"]


@dataclass(frozen=True)
class Doc:
    """The instrument a list or a witnessed signing makes: its noun phrase and its kind."""

    name: str
    phrase: str
    kind: str


DOCS = [
    Doc("declaration", "the Lakeshore Water Declaration", "declaration"),
    Doc("agreement", "a Customs Cooperation Agreement", "agreement"),
    Doc("memorandum", "a memorandum on water security", "memorandum"),
    Doc("plan", "the Lakeshore Action Plan", "plan"),
]

# A distracting sentence: none, a third state told once, a second pair's talks.
DISTRACTORS = ["none", "third", "two_pairs"]

# How many states the list names (``list`` only).
SIZES = [2, 3, 4]

FRAMES = ["crawled", "wire"]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    source: str
    wording: int
    verb: str
    tense: str
    doc: Doc
    distractor: str
    size: int
    frame: str
    quad: Quad

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.source, f"w{self.wording}", self.verb, self.tense, self.doc.name)
        return "-".join((*parts, self.distractor, str(self.size), self.frame, self.quad.id))


def _listed(names: tuple[str, ...]) -> str:
    """'A, B and C'."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _low(name: str) -> str:
    """A name as it stands inside a sentence ("the United States")."""
    return "the" + name[3:] if name.startswith("The ") else name


def _list_sentence(cell: Cell) -> str:
    """A list of governments endorsing, adopting, joining, backing or signing the document."""
    q, d = cell.quad, cell.doc.phrase
    past, future = VERBS[cell.verb]
    verb = past if cell.tense == "past" else future
    day = "on Monday" if cell.tense == "past" else "on Friday"
    names = tuple(_low(n) for n in q.names[: cell.size])
    listed = _listed(names)
    if cell.wording == 0:
        return f"The governments of {listed} {verb} {d} {day}, affirming a shared commitment."
    if cell.wording == 1:
        first = _listed((q.names[0], *names[1:]))
        said = f"{day} {verb} {d}" if cell.tense == "past" else f"{verb} {d} {day}"
        return f"{first} {said}."
    if cell.wording == 2:
        return f"The leaders of {listed} {verb} {d} at a meeting in {q.capital} {day}."
    return f"{day[0].upper()}{day[1:]}, ministers from {listed} {verb} {d}."


def _witness_sentences(cell: Cell) -> list[str]:
    """Two presidents met, then the signing they witnessed."""
    q, d = cell.quad, cell.doc.phrase
    a, b = _low(q.names[0]), q.names[1]
    da, db = q.dems[0], q.dems[1]
    pa, pb = q.leaders[0], q.leaders[1]
    past = cell.tense == "past"
    day = "on Monday" if past else "on Friday"
    if cell.wording == 0:
        met = "welcomed" if past else "will welcome"
        seen = "witnessed" if past else "will witness"
        return [
            f"President {pa} of {a} {met} President {pb} of {b} to {q.capital} {day}.",
            f"The two leaders {seen} the signing of {d}.",
        ]
    if cell.wording == 1:
        met = "held talks" if past else "will hold talks"
        seen = "then witnessed" if past else "will then witness"
        return [
            f"{da} President {pa} {met} with {db} President {pb} in {q.capital} {day}.",
            f"The presidents {seen} the signing of {d}.",
        ]
    if cell.wording == 2:
        said = "issued a joint statement after" if past else "will issue a joint statement after"
        seen = "witnessed" if past else "will witness"
        return [
            f"{q.names[0]} and {b} {said} talks between their presidents in {q.capital} {day}.",
            f"The two leaders {seen} the signing of {d}.",
        ]
    met = "received" if past else "will receive"
    signed = "signed" if past else "will sign"
    return [
        f"{da} President {pa} {met} his {db} counterpart {pb} in {q.capital} {day}.",
        f"In their presence, ministers {signed} {d}.",
    ]


def _second(cell: Cell) -> tuple[str, str]:
    """The document signed beside the cell's own, and its kind (never of the same kind)."""
    if cell.doc.kind == "agreement":
        return "a Memorandum of Understanding on Energy Cooperation", "memorandum"
    return "a Customs Mutual Assistance Agreement", "agreement"


def _joined_sentences(cell: Cell) -> list[str]:
    """Two presidents met, then two documents signed under one verb, then another matter."""
    met, _ = _witness_sentences(cell)
    past = cell.tense == "past"
    both = f"{cell.doc.phrase} and {_second(cell)[0]}"
    seen = "witnessed" if past else "will witness"
    said = "announced" if past else "will announce"
    second = [
        f"The two leaders {seen} the signing of {both}, and {said} that talks on visas will"
        " begin this year.",
        f"The presidents {seen} the signing of {both}.",
        f"The two leaders {seen} the signing of {both}, and said that talks on visas would"
        " resume next year.",
        f"In their presence, ministers {'signed' if past else 'will sign'} {both}, and"
        f" {said} that talks on visas will begin this year.",
    ][cell.wording]
    return [met, second]


# The instrument a title names its sides in: sentence, kind, year.
_TITLES = [
    (
        "The leaders discussed the Declaration on {sa}-{sb} Partnership,"
        " adopted at the first summit in Lindmark in 2021.",
        "declaration",
        "2021",
    ),
    (
        "They reviewed the {sa}-{sb} Fisheries Agreement, signed in Lindmark in 2019.",
        "agreement",
        "2019",
    ),
    (
        "The leaders recalled the declaration adopted at the first {sa}-{sb} summit in 2021.",
        "declaration",
        "2021",
    ),
    (
        "They welcomed progress under the {sa}\u2013{sb} Roadmap for Trade, adopted in 2020.",
        "plan",
        "2020",
    ),
]


def _title_sentences(cell: Cell) -> list[str]:
    """A call of the first state's president, then an instrument whose name joins A and B."""
    q = cell.quad
    other = 2 if cell.distractor == "third" else 1  # a call with a third state: no side
    text, _, _ = _TITLES[cell.wording]
    return [
        f"{q.dems[0]} President {q.leaders[0]} held a video call with {q.dems[other]} President"
        f" {q.leaders[other]} on Monday.",
        text.format(sa=q.shorts[0], sb=q.shorts[1]),
    ]


def _two_sentences(cell: Cell) -> list[str]:
    """Talks of the two states' ministers, then an older accord "the two countries" made."""
    q = cell.quad
    talks = (
        f"{q.dems[0]} Foreign Minister {q.leaders[0]} held talks with his {q.dems[1]}"
        f" counterpart {q.leaders[1]} in {q.capital} on Monday."
    )
    second = [
        "The talks were held in the spirit of the 1990 Lindmark Accord, under which the two"
        " countries undertook to settle disputes peacefully.",
        "Both sides said the talks had been conducted in the spirit of the 1990 Lindmark"
        " Accord, under which the two countries agreed to settle their differences"
        " bilaterally.",
        "The ministers recalled the 1990 Lindmark Accord, which the two countries signed after"
        " years of talks.",
        "The two neighbours signed the Lindmark Accord in 1990.",
    ][cell.wording]
    return [talks, second]


def _story_sentences(cell: Cell) -> list[str]:
    """A story about two states, then an older agreement told with no word for its sides."""
    q = cell.quad
    a, b = _low(q.names[0]), q.names[1]
    first = q.names[0]
    return [
        [
            f"{first} and {b} agreed on Monday to expand cross-border trade, officials said.",
            "Officials also recalled a grains agreement signed in 1983.",
        ],
        [
            f"{first} and {b} agreed on Monday to expand cross-border trade, officials said.",
            "A grains agreement signed in 1983 expires this year.",
        ],
        [
            f"Trade between {a} and {b} rose sharply last year, officials said on Monday.",
            "Trade has grown steadily since a transit agreement was signed in 1983.",
        ],
        [
            f"{q.dems[0]} and {q.dems[1]} officials ended two days of grain talks in"
            f" {q.capital} on Tuesday without a deal.",
            "The talks were the fourth annual review under a grains agreement signed in 1983.",
        ],
    ][cell.wording]


def body(cell: Cell) -> str:
    """The story: the sentences its source tells, then the distracting one."""
    q = cell.quad
    if cell.source == "list":
        sentences = [_list_sentence(cell)]
    elif cell.source == "witness":
        sentences = _witness_sentences(cell)
    elif cell.source == "title":
        sentences = _title_sentences(cell)
    elif cell.source == "two":
        sentences = _two_sentences(cell)
    elif cell.source == "joined":
        sentences = _joined_sentences(cell)
    else:
        sentences = _story_sentences(cell)
    c, d = q.names[2], q.names[3]
    if cell.size >= 3 and cell.source == "list":
        c, d = "Portugal", "Greece"  # the other states are none of the list
    if cell.distractor == "third" and cell.source != "title":
        sentences.append(f"Observers from {_low(c)} also attended.")
    elif cell.distractor == "two_pairs":
        other = f"Separately, {_low(c)} and {_low(d)} held talks on fisheries on Tuesday."
        # before the instrument in a story of pairs (two candidates), else after it
        sentences.insert(1 if cell.source == "story" else len(sentences), other)
    return " ".join(sentences)


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    text = body(cell)
    if cell.frame == "wire":
        return f" date {PUBLISHED} LIMA, May 10 (Reuters) - {text}\n"
    return f" date {PUBLISHED} Officials review regional ties\n\n{text}\n"


def expected(cell: Cell) -> list[str]:
    """The record the spec asks for, in the row notation."""
    q = cell.quad
    pair = ",".join(sorted(q.codes[:2]))
    if cell.source in ("list", "witness", "joined"):
        codes = q.codes[: cell.size] if cell.source == "list" else q.codes[:2]
        status = "signed" if cell.tense == "past" else "planned"
        date = "2023-05-08" if cell.tense == "past" else "2023-05-12"
        if cell.tense == "future" or (cell.source == "list" and cell.verb != "signed"):
            date = "*"  # a day to come, or an endorsement's, is a date class of its own
        kinds = [cell.doc.kind, _second(cell)[1]] if cell.source == "joined" else [cell.doc.kind]
        return [f"{kind} {status} {','.join(sorted(codes))} {date} 1" for kind in kinds]
    if cell.source == "title":
        _, kind, year = _TITLES[cell.wording]
        return [f"{kind} signed {pair} {year} 1"]
    if cell.source == "two":
        return [f"agreement signed {pair} 1990 1"]
    parties = "-" if cell.distractor == "two_pairs" else pair
    return [f"agreement signed {parties} 1983 1"]


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date (unless ``*``) and count agree."""
    return matches_exact(want, record)


CHOICES: dict[str, list[Any]] = {
    "source": SOURCES,
    "wording": WORDINGS,
    "verb": list(VERBS),
    "tense": TENSES,
    "doc": DOCS,
    "distractor": DISTRACTORS,
    "size": SIZES,
    "frame": FRAMES,
    "quad": QUADS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: a joiner to come is no party yet."""
    return not (cell.source == "list" and cell.tense == "future" and cell.verb == "joined")


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(61), size=360, axis="source", tries=30)
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    reasons = []
    if cell.source == "list" and cell.verb == "joined" and cell.doc.name == "agreement":
        reasons.append("'joined an agreement' reads as accession, ratified (a status class)")
    return "; ".join(reasons) or None


# Rows that keep each fixed class whatever the seeded sample draws (class, text, records),
# with near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "endorsers",
        "The governments of Chile, Peru and Ecuador endorsed the Lakeshore Water Declaration.",
        ["declaration signed CHL,ECU,PER - 1"],
    ),
    (
        "endorsers",
        "Chile and Peru will endorse the Lakeshore Action Plan on Friday.",
        ["plan planned CHL,PER * 1"],
    ),
    (
        "near-miss:one-backer",
        "Peru backed the Lakeshore Action Plan on Monday.",
        ["plan signed - * 1"],
    ),
    (
        "sides-relative",
        "Kenyan and Ugandan ministers met in Nairobi on Monday. The talks were held in the"
        " spirit of the 1990 Lindmark Accord, under which the two countries undertook to"
        " settle disputes peacefully.",
        ["agreement signed KEN,UGA 1990 1"],
    ),
    (
        "near-miss:relative-names-a-state",
        "Kenyan and Ugandan ministers met in Nairobi on Monday. They recalled the 1990 Lindmark"
        " Accord, which Tanzania signed.",
        ["agreement signed TZA 1990 1"],
    ),
    (
        "our-governments",
        "The governments of Chile, Peru, Ecuador and Bolivia endorsed the Lakeshore Water"
        " Declaration on Monday. Our governments intend to develop a regional action plan to"
        " implement the Declaration, to be adopted no later than June 2023.",
        ["declaration signed BOL,CHL,ECU,PER * 1", "plan planned BOL,CHL,ECU,PER 2023-06 1"],
    ),
    (
        "rival-pairs",
        "Chad and Niger agreed on Monday to expand trade. Separately, Mali and Sudan held talks"
        " on fisheries. Officials also recalled a grains agreement signed in 1983.",
        ["agreement signed - 1983 1"],
    ),
    (
        "near-miss:one-pair",
        "Chad and Niger agreed on Monday to expand trade. Officials also recalled a grains"
        " agreement signed in 1983.",
        ["agreement signed NER,TCD 1983 1"],
    ),
    (
        "held-under",
        "Norwegian and Estonian officials ended two days of grain talks in London on Thursday."
        " The talks, the fourth annual review under the grains agreement signed in 1983, were"
        " led by Under Secretary Dan Amberly and Estonian deputy minister Mart Kask.",
        ["agreement signed EST,NOR 1983 1"],
    ),
    (
        "joined-sides",
        "Kenyan President Daniel Otieno met Ugandan President Moses Kagwa in Nairobi on Monday."
        " The two leaders witnessed the signing of a Memorandum on Energy Cooperation and a"
        " Customs Assistance Agreement, and announced that talks on visas will begin soon.",
        ["memorandum signed KEN,UGA 2023-05-08 1", "agreement signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "name-pairs-one-state",
        "Officials reviewed the Declaration on Chile-Pacific Partnership, adopted in 2021.",
        ["declaration signed CHL 2021 1"],
    ),
    (
        "name-pairs-dash",
        "The two leaders discussed the Gulf of Oman and ways to make fuller use of the Chile–Peru"
        " Free Trade Agreement, which both governments continue to implement.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "name-pairs-dotted",
        "The leaders will review progress under the Roadmap for a Renewed U.S.-Chile"
        " Partnership, launched in 2021.",
        ["plan signed CHL,USA * 1"],
    ),
    (
        "their-name",
        "Chile and Peru reviewed their Lakeshore Water Agreement on Monday.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "near-miss:their-name-speaker",
        "Chile said Peru and Bolivia broke their Lakeshore Water Agreement.",
        ["agreement signed BOL,PER - 1"],
    ),
    (
        "near-miss:name-pairs-no-state",
        "Officials reviewed the Asia-Pacific Trade Declaration, adopted in 2021.",
        ["declaration signed - 2021 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agrctx_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agrctx(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", getattr(value, "id", value))
        print(f"{name:10} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
