"""A grid of agreements never found at all: new document words, possible deals, plurals.

The visible keys hold agreement records the library missed with nothing close in its output.
Sorted by why they are missed, five classes are instruments the library never saw as one:

- ``letter``: a document word it did not know. A letter of intent and an exchange of notes
  are written instruments between the governments that sign them (spec/EXTRACTION.md
  section 3), kind ``other``; as every instrument word, they are no record where companies
  sign them ("contracts with or between companies").
- ``possible``: an instrument told as "possible" was dropped as a mere hypothesis, even where
  the sentence tells the talks held on it ("talks with B on a possible trade deal",
  "negotiations on a possible accord"): an instrument being negotiated is ``planned``
  (section 3). Where only an onlooker weighs it ("Analysts said a possible deal between A
  and B would ...") or a study on it is under way, nobody negotiates it: no record.
- ``tomake``: a plural still to be made with partners listed after it ("still has to complete
  bilateral deals with several members, including A, B and C", "must conclude trade deals
  with A and B") was dropped as naming "no instrument in particular": the side is to make one
  with each partner, so each is a planned agreement of its own (section 3, "to be signed,
  being negotiated"), as the library already read "is negotiating similar deals with A and
  B" and "already has free trade agreements with A, B and C".
- ``chamber``: a parliament's chamber named as such ("A's upper house approved a tax treaty
  with B", "the House of Representatives of A") was no legislature to the status cues, so its
  approval read as a weak "approve" (planned) or as nothing: approved by parliament is
  ``ratified`` (section 3).
- ``others``: "A signed a trade pact with B and is negotiating others with C, D and E" gave
  the pact alone (or, with "is now negotiating", one pact of all five states): the others
  are instruments of the pact's kind A is still making, one with each partner listed, each
  ``planned`` (section 3).

Each cell draws one value of every choice of its class (how the sides are told, the status,
the document's form, its topic, the page's frame and the pair of states), writes a short
invented page in the crawled text format, and computes the records the spec asks for from
the choices alone. Every page is published on Wednesday 2023-05-10; a signing "On Monday" is
2023-05-08, one to come "on Monday" 2023-05-15, a possible deal has no date.

First run, before the library changed: 363 of 471 cells failed (``letter`` 80 of 100: every
cell signed by states, none of the companies'; ``possible`` 67 of 100: every deal under talks,
and one onlooker's study of "a possible trade and investment agreement" read as signed;
``tomake`` 85 of 101: every cell but some "is negotiating" and "plans to negotiate" ones with
a plain list; ``chamber`` 72 of 90, every chamber but "parliament"; ``others`` 59 of 80,
every cell with others told but those ``others_gap`` keeps). After: 449 of 471 pass, and the
22 left are strict xfails (``chamber_gap``, ``others_gap``: two parties classes).
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
    Pair("Kenya", "Uganda", "Kenyan", "Ugandan", "Nairobi", "Kampala", ("KEN", "UGA")),
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("CHL", "PER")),
    Pair("Poland", "Lithuania", "Polish", "Lithuanian", "Warsaw", "Vilnius", ("LTU", "POL")),
    Pair("Egypt", "Jordan", "Egyptian", "Jordanian", "Cairo", "Amman", ("EGY", "JOR")),
]

FRAMES = ["wire", "crawled"]


def page(text: str, pair: Pair, frame: str) -> str:
    """The story as a page: wire copy with a dateline, or a crawled page with a headline."""
    if frame == "wire":
        return f" date {PUBLISHED} {pair.cap_a.upper()}, May 10 (Reuters) - {text}\n"
    return f" date {PUBLISHED} {pair.a} and {pair.b} review their ties\n\n{text}\n"


def failures_of(text: str, expected: list[str]) -> list[str]:
    """The expected records missing and the records extra for one page."""
    (article,) = parse_crawled_text(text)
    return unmatched(expected, extract(article).agreements, _fits)


def _fits(want: str, record: Agreement) -> bool:
    """Kind, status, parties, date and count agree."""
    return want == spec(record)


# ---------------------------------------------------------------------------------------
# letter: documents named by a word the library did not know

# The document: its noun phrase (after "On Monday,"), how many, and whether a plural.
LETTER_FORMS: dict[str, tuple[str, int]] = {
    "letter": ("a letter of intent", 1),
    "letters": ("two letters of intent", 2),
    "notes": ("an exchange of notes", 1),
}
# Who signs: the two states, one state "with" the other, "between" them in a passive, the
# two ministers of the sentence before, or two companies (no record).
LETTER_SIGNERS = ["subject", "with", "between", "ministers", "companies"]


@dataclass(frozen=True)
class LetterStatus:
    """A status: the key's status, active verb, passive verb and ISO date."""

    name: str
    status: str
    active: str
    passive: str
    date: str


LETTER_STATUSES = [
    LetterStatus("signed", "signed", "signed", "was signed", "2023-05-08"),
    LetterStatus("planned", "planned", "will sign", "will be signed", "2023-05-15"),
]
TOPICS = ["port security", "visa-free travel", "customs data exchange", "fisheries research"]


@dataclass(frozen=True)
class LetterCell:
    """One choice of every list of the ``letter`` class."""

    form: str
    signers: str
    status: LetterStatus
    topic: str
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        topic = self.topic.split()[0]
        parts = (self.form, self.signers, self.status.name, topic, self.frame)
        return "-".join((*parts, self.pair.codes[0]))


def letter_body(cell: LetterCell) -> str:
    """The story: the ministers' meeting first where they sign, then the signing."""
    p, s = cell.pair, cell.status
    noun, count = LETTER_FORMS[cell.form]
    plural_passive = s.passive.replace("was", "were") if count > 1 else s.passive
    doc = f"{noun} on {cell.topic}"
    if cell.signers == "subject":
        return f"On Monday, {p.a} and {p.b} {s.active} {doc}."
    if cell.signers == "with":
        return f"On Monday, {p.a} {s.active} {doc} with {p.b}."
    if cell.signers == "between":
        return f"On Monday, {noun} between {p.a} and {p.b} on {cell.topic} {plural_passive}."
    if cell.signers == "ministers":
        return (
            f"{p.dem_a} Foreign Minister Ramon Esteva met his {p.dem_b} counterpart Lina Morak"
            f" in {p.cap_b} to discuss regional cooperation. On Monday, the two ministers"
            f" {s.active} {doc}."
        )
    return f"On Monday, the Kestrel Holding company and Loma Shipping Ltd {s.active} {doc}."


def letter_expected(cell: LetterCell) -> list[str]:
    """The record the spec asks for: one instrument of kind other, or none between companies."""
    if cell.signers == "companies":
        return []
    count = LETTER_FORMS[cell.form][1]
    parties = ",".join(sorted(cell.pair.codes))
    return [f"other {cell.status.status} {parties} {cell.status.date} {count}"]


LETTER_CHOICES: dict[str, list[Any]] = {
    "form": list(LETTER_FORMS),
    "signers": LETTER_SIGNERS,
    "status": LETTER_STATUSES,
    "topic": TOPICS,
    "frame": FRAMES,
    "pair": PAIRS,
}
LETTER_CELLS = list(
    sample_cells(
        LetterCell,
        lambda _: True,
        LETTER_CHOICES,
        random.Random(6181),
        size=100,
        axis="signers",
        tries=10,
        cover_axis=True,
    )
)


def letter_failures(cell: LetterCell) -> list[str]:
    """What one ``letter`` cell misses or adds."""
    return failures_of(page(letter_body(cell), cell.pair, cell.frame), letter_expected(cell))


# ---------------------------------------------------------------------------------------
# possible: a possible instrument the sides are told negotiating, or only weighed

# How the possible deal is told ("{a}", "{b}", "{dem_a}", "{dem_b}", "{cap_b}", "{deal}"),
# and whether the sides negotiate it (a planned record) or only an onlooker weighs it.
POSSIBLE_LEADS: dict[str, tuple[str, bool]] = {
    "travel_talks": (
        "{a}'s trade minister will travel to {cap_b} next week for talks with {b} on a"
        " possible {deal}.",
        True,
    ),
    "officials_talks": (
        "{dem_a} and {dem_b} officials held talks in {cap_b} on a possible {deal}.",
        True,
    ),
    "negotiations": ("{a} and {b} opened negotiations on a possible {deal}.", True),
    "discussing": ("{a} and {b} are discussing a possible {deal}.", True),
    "negotiating": ("{a} is negotiating with {b} towards a possible {deal}.", True),
    "analysts": (
        "Analysts said a possible {deal} between {a} and {b} would lift exports.",
        False,
    ),
    "study": ("A study on a possible {deal} between {a} and {b} is under way.", False),
}


@dataclass(frozen=True)
class Deal:
    """A possible instrument: its words after "possible" and its kind."""

    name: str
    words: str
    kind: str


DEALS = [
    Deal("fta", "free trade deal", "agreement"),
    Deal("agreement", "trade and investment agreement", "agreement"),
    Deal("treaty", "investment treaty", "treaty"),
    Deal("accord", "customs accord", "agreement"),
]


@dataclass(frozen=True)
class PossibleCell:
    """One choice of every list of the ``possible`` class."""

    lead: str
    deal: Deal
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        return "-".join((self.lead, self.deal.name, self.frame, self.pair.codes[0]))


def possible_body(cell: PossibleCell) -> str:
    """The story's one sentence."""
    p = cell.pair
    template = POSSIBLE_LEADS[cell.lead][0]
    text = template.format(
        a=p.a, b=p.b, dem_a=p.dem_a, dem_b=p.dem_b, cap_b=p.cap_b, deal=cell.deal.words
    )
    return text[0].upper() + text[1:]


def possible_expected(cell: PossibleCell) -> list[str]:
    """A planned record where the sides negotiate it; none where it is only weighed."""
    if not POSSIBLE_LEADS[cell.lead][1]:
        return []
    return [f"{cell.deal.kind} planned {','.join(sorted(cell.pair.codes))} - 1"]


POSSIBLE_CHOICES: dict[str, list[Any]] = {
    "lead": list(POSSIBLE_LEADS),
    "deal": DEALS,
    "frame": FRAMES,
    "pair": PAIRS,
}
POSSIBLE_CELLS = list(
    sample_cells(
        PossibleCell,
        lambda _: True,
        POSSIBLE_CHOICES,
        random.Random(6182),
        size=100,
        axis="lead",
        tries=10,
        cover_axis=True,
    )
)


def possible_failures(cell: PossibleCell) -> list[str]:
    """What one ``possible`` cell misses or adds."""
    return failures_of(page(possible_body(cell), cell.pair, cell.frame), possible_expected(cell))


# ---------------------------------------------------------------------------------------
# tomake: a plural still to be made, one with each partner listed after it

# How the making still to come is told before the plural ("{s}" the side making them).
TOMAKE_VERBS: dict[str, str] = {
    "has_to_complete": "{s} still has to complete",
    "must_conclude": "{s} must conclude",
    "is_negotiating": "{s} is negotiating",
    "needs_to_finalise": "{s} needs to finalise",
    "plans_to_negotiate": "{s} plans to negotiate",
}
# The plural's words.
TOMAKE_NOUNS = ["bilateral deals", "trade agreements", "similar accords", "market access deals"]
# How the partners are listed after "with".
TOMAKE_LISTS: dict[str, str] = {
    "plain": "with {b}, {c} and {d}",
    "including": "with several members, including {b}, {c} and {d},",
    "among_them": "with a number of countries, among them {b}, {c} and {d},",
}
# What follows the list: nothing, a condition, or the source.
TOMAKE_TAILS = ["", " before its entry can be approved", " officials said"]


@dataclass(frozen=True)
class Side:
    """The side making the plural and its three partners: names and codes."""

    s: str
    partners: tuple[str, str, str]
    codes: tuple[str, str, str, str]


SIDES = [
    Side("Vietnam", ("Chile", "Mexico", "Norway"), ("VNM", "CHL", "MEX", "NOR")),
    Side("Kenya", ("Egypt", "Morocco", "Ghana"), ("KEN", "EGY", "MAR", "GHA")),
    Side("Peru", ("Japan", "Canada", "Iceland"), ("PER", "JPN", "CAN", "ISL")),
    Side("Jordan", ("Brazil", "India", "Turkey"), ("JOR", "BRA", "IND", "TUR")),
]


@dataclass(frozen=True)
class ToMakeCell:
    """One choice of every list of the ``tomake`` class."""

    verb: str
    noun: str
    listing: str
    tail: str
    frame: str
    side: Side

    @property
    def id(self) -> str:
        """A readable test id."""
        tail = self.tail.split()[0] if self.tail else "none"
        parts = (self.verb, self.noun.split()[0], self.listing, tail, self.frame)
        return "-".join((*parts, self.side.codes[0]))


def tomake_body(cell: ToMakeCell) -> str:
    """The story's one sentence."""
    side = cell.side
    b, c, d = side.partners
    listed = TOMAKE_LISTS[cell.listing].format(b=b, c=c, d=d)
    verb = TOMAKE_VERBS[cell.verb].format(s=side.s)
    text = f"{verb} {cell.noun} {listed}{cell.tail}"
    return text.rstrip(",") + "."


def tomake_expected(cell: ToMakeCell) -> list[str]:
    """One planned agreement between the side and each partner, undated."""
    own, *partners = cell.side.codes
    return [f"agreement planned {','.join(sorted((own, p)))} - 1" for p in partners]


def tomake_page(cell: ToMakeCell) -> str:
    """The cell's page (the side's capital heads wire copy)."""
    side = cell.side
    text = tomake_body(cell)
    if cell.frame == "wire":
        return f" date {PUBLISHED} GENEVA, May 10 (Reuters) - {text}\n"
    return f" date {PUBLISHED} {side.s} seeks new trade partners\n\n{text}\n"


TOMAKE_CHOICES: dict[str, list[Any]] = {
    "verb": list(TOMAKE_VERBS),
    "noun": TOMAKE_NOUNS,
    "listing": list(TOMAKE_LISTS),
    "tail": TOMAKE_TAILS,
    "frame": FRAMES,
    "side": SIDES,
}
TOMAKE_CELLS = list(
    sample_cells(
        ToMakeCell,
        lambda _: True,
        TOMAKE_CHOICES,
        random.Random(6183),
        size=100,
        axis="verb",
        tries=10,
        cover_axis=True,
    )
)


def tomake_failures(cell: ToMakeCell) -> list[str]:
    """What one ``tomake`` cell misses or adds."""
    return failures_of(tomake_page(cell), tomake_expected(cell))


# ---------------------------------------------------------------------------------------
# chamber: a legislature's chamber approving an instrument

# The chamber as the story names it ("parliament" is the control the library already read).
CHAMBERS = ["upper house", "lower house", "House of Representatives", "upper chamber", "parliament"]
# How its approval is told ("{a}", "{b}", "{ch}" the chamber, "{doc}" the instrument).
CHAMBER_FORMS: dict[str, str] = {
    "possessive": "On Monday, {a}'s {ch} approved {doc} with {b}.",
    "of_state": "On Monday, the {ch} of {a} approved {doc} with {b}.",
    "endorsed": "{a}'s {ch} on Monday endorsed {doc} with {b}.",
    "aside": "On Monday, {a}'s {ch}, after a short debate, approved {doc} with {b}.",
}


@dataclass(frozen=True)
class Doc:
    """An instrument a chamber approves: its words and its kind."""

    name: str
    words: str
    kind: str


CHAMBER_DOCS = [
    Doc("tax_treaty", "a tax treaty", "treaty"),
    Doc("agreement", "an agreement on road transport", "agreement"),
    Doc("protocol", "a protocol on visa-free travel", "protocol"),
    Doc("convention", "a convention on legal aid", "treaty"),
]


@dataclass(frozen=True)
class ChamberCell:
    """One choice of every list of the ``chamber`` class."""

    chamber: str
    form: str
    doc: Doc
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.chamber.split()[0], self.form, self.doc.name, self.frame)
        return "-".join((*parts, self.pair.codes[0]))


def chamber_body(cell: ChamberCell) -> str:
    """The story's one sentence."""
    p = cell.pair
    return CHAMBER_FORMS[cell.form].format(a=p.a, b=p.b, ch=cell.chamber, doc=cell.doc.words)


def chamber_expected(cell: ChamberCell) -> list[str]:
    """The instrument ratified on Monday by its two sides (approved by a parliament)."""
    return [f"{cell.doc.kind} ratified {','.join(sorted(cell.pair.codes))} 2023-05-08 1"]


CHAMBER_CHOICES: dict[str, list[Any]] = {
    "chamber": CHAMBERS,
    "form": list(CHAMBER_FORMS),
    "doc": CHAMBER_DOCS,
    "frame": FRAMES,
    "pair": PAIRS,
}
CHAMBER_CELLS = list(
    sample_cells(
        ChamberCell,
        lambda _: True,
        CHAMBER_CHOICES,
        random.Random(6184),
        size=80,
        axis="chamber",
        tries=10,
        cover_axis=True,
    )
)


def chamber_gap(cell: ChamberCell) -> str | None:
    """Why the library still misreads a ``chamber`` cell (None: it reads it)."""
    if cell.form == "of_state" and cell.chamber.startswith(("upper", "lower")):
        return (
            "'the upper house of A approved X with B': 'house' or 'chamber' is no actor noun,"
            " so A reads as the owner of a thing, not a party (a parties class, left to the"
            " work on parties; the status is right)"
        )
    return None


def chamber_failures(cell: ChamberCell) -> list[str]:
    """What one ``chamber`` cell misses or adds."""
    return failures_of(page(chamber_body(cell), cell.pair, cell.frame), chamber_expected(cell))


# ---------------------------------------------------------------------------------------
# others: "and is negotiating others with C, D and E" after one instrument made "with B"

# The instrument told first: its words and kind.
OTHERS_FIRSTS: dict[str, tuple[str, str]] = {
    "fta": ("a free trade agreement", "agreement"),
    "pact": ("a trade pact", "agreement"),
    "treaty": ("an investment treaty", "treaty"),
    "memorandum": ("a fisheries memorandum", "memorandum"),
    "memo_topic": ("a memorandum on fisheries", "memorandum"),
}
# How the first one is told made ("{s}" the side, "{b}" its partner, "{doc}" its words).
OTHERS_MADE: dict[str, str] = {
    "signed_in_2020": "{s} signed {doc} with {b} in 2020",
    "signed_last_year": "{s} signed {doc} with {b} last year",
    "concluded": "{s} concluded {doc} with {b} in 2021",
}
# The others' clause ("{c}", "{d}", "{e}" the three partners).
OTHERS_CLAUSES: dict[str, str] = {
    "negotiating": " and is negotiating others with {c}, {d} and {e}",
    "now_negotiating": ", and is now negotiating others with {c}, {d} and {e}",
    "also_discussing": " and is also discussing others with {c}, {d} and {e}",
    "none": "",
}
OTHERS_TAILS = ["", ", officials said"]


@dataclass(frozen=True)
class OthersCell:
    """One choice of every list of the ``others`` class."""

    first: str
    made: str
    clause: str
    tail: str
    frame: str
    side: Side

    @property
    def id(self) -> str:
        """A readable test id."""
        tail = "said" if self.tail else "none"
        parts = (self.first, self.made, self.clause, tail, self.frame)
        return "-".join((*parts, self.side.codes[0]))


def _others_partners(side: Side) -> tuple[str, str, str, str]:
    """The first one's partner and the others' three: the side's partners and a fourth."""
    fourth = {"VNM": "Kenya", "KEN": "Peru", "PER": "Jordan", "JOR": "Vietnam"}[side.codes[0]]
    return (fourth, *side.partners)


_OTHERS_CODES = {"Kenya": "KEN", "Peru": "PER", "Jordan": "JOR", "Vietnam": "VNM"}


def others_body(cell: OthersCell) -> str:
    """The story's one sentence."""
    b, c, d, e = _others_partners(cell.side)
    doc, _ = OTHERS_FIRSTS[cell.first]
    made = OTHERS_MADE[cell.made].format(s=cell.side.s, doc=doc, b=b)
    clause = OTHERS_CLAUSES[cell.clause].format(c=c, d=d, e=e)
    return f"{made}{clause}{cell.tail}."


def others_expected(cell: OthersCell) -> list[str]:
    """The first one as made, and one planned instrument of its kind with each other partner."""
    own, *partners = cell.side.codes
    b = _OTHERS_CODES[_others_partners(cell.side)[0]]
    kind = OTHERS_FIRSTS[cell.first][1]
    date = {"signed_in_2020": "2020", "signed_last_year": "2022", "concluded": "2021"}[cell.made]
    made = [f"{kind} signed {','.join(sorted((own, b)))} {date} 1"]
    if cell.clause == "none":
        return made
    return made + [f"{kind} planned {','.join(sorted((own, p)))} - 1" for p in partners]


OTHERS_CHOICES: dict[str, list[Any]] = {
    "first": list(OTHERS_FIRSTS),
    "made": list(OTHERS_MADE),
    "clause": list(OTHERS_CLAUSES),
    "tail": OTHERS_TAILS,
    "frame": FRAMES,
    "side": SIDES,
}
OTHERS_CELLS = list(
    sample_cells(
        OthersCell,
        lambda _: True,
        OTHERS_CHOICES,
        random.Random(6185),
        size=80,
        axis="clause",
        tries=10,
        cover_axis=True,
    )
)


def others_page(cell: OthersCell) -> str:
    """The cell's page."""
    text = others_body(cell)
    if cell.frame == "wire":
        return f" date {PUBLISHED} GENEVA, May 10 (Reuters) - {text}\n"
    return f" date {PUBLISHED} {cell.side.s} widens its trade ties\n\n{text}\n"


def others_gap(cell: OthersCell) -> str | None:
    """Why the library still misreads an ``others`` cell (None: it reads it)."""
    if cell.first == "memo_topic" and cell.clause != "none":
        return (
            "'signed a memorandum on X with B and is negotiating others with C and D': after a"
            " topic, the first one's 'with' phrase runs on into the others' partners, so it"
            " takes them all as its own parties (a parties class, left to the work on parties)"
        )
    return None


def others_failures(cell: OthersCell) -> list[str]:
    """What one ``others`` cell misses or adds."""
    return failures_of(others_page(cell), others_expected(cell))


def _no_gap(cell: object) -> str | None:
    """No cell of these grids is left as a known miss."""
    return None


# Rows that keep each fixed class whatever the seeded samples draw (class, text, records),
# with near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "letter-of-intent",
        "Ghana and Togo signed a letter of intent on border trade on Monday.",
        ["other signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "exchange-of-notes",
        "An exchange of notes between Ghana and Togo on visas will be signed on Monday.",
        ["other planned GHA,TGO 2023-05-15 1"],
    ),
    (
        "near-miss:letter-of-intent-companies",
        "Acme Holding and Borel Motors Ltd signed a letter of intent on a car plant on Monday.",
        [],
    ),
    (
        "near-miss:letter-of-intent-loan",
        "Ghana sent the lender a letter of intent on Monday to secure a $3 billion loan.",
        [],
    ),
    (
        "near-miss:notes-of-a-talk",
        "Ghana and Togo held an exchange of views on border trade on Monday.",
        [],
    ),
    (
        "possible-under-talks",
        "Ghana's trade minister held talks with Togo on Monday on a possible customs accord.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "near-miss:possible-weighed",
        "Economists say a possible customs accord between Ghana and Togo would cut prices.",
        [],
    ),
    (
        "plural-to-make",
        "Ghana still has to complete bilateral deals with Togo, Benin and Niger.",
        [
            "agreement planned BEN,GHA - 1",
            "agreement planned GHA,NER - 1",
            "agreement planned GHA,TGO - 1",
        ],
    ),
    (
        "near-miss:plural-made",
        "Ghana has signed trade deals with several neighbours, including Togo and Benin.",
        ["agreement signed GHA,TGO - 1", "agreement signed BEN,GHA - 1"],
    ),
    (
        "near-miss:plural-to-make-commercial",
        "Ghana must conclude loan agreements with Togo and Benin.",
        [],
    ),
    (
        "near-miss:to-deal-with",
        "Ghana still has to deal with Togo and Benin on border trade.",
        [],
    ),
    (
        "chamber-approved",
        "On Monday, Ghana's lower house approved an agreement on air services with Togo.",
        ["agreement ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "near-miss:chamber-loan",
        "On Monday, Ghana's upper house approved a loan agreement with Togo's state bank.",
        [],
    ),
    (
        "near-miss:possible-studied",
        "A study on a possible free trade agreement between Ghana and Togo is under way.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agrrecall_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(LETTER_CELLS, lambda c: c.id, _no_gap))
def test_grid_letters(cell: LetterCell) -> None:
    """Each ``letter`` cell gives exactly the record its choices call for."""
    assert letter_failures(cell) == [], letter_body(cell)


@pytest.mark.parametrize("cell", grid_params(POSSIBLE_CELLS, lambda c: c.id, _no_gap))
def test_grid_possible(cell: PossibleCell) -> None:
    """Each ``possible`` cell gives exactly the record its choices call for."""
    assert possible_failures(cell) == [], possible_body(cell)


@pytest.mark.parametrize("cell", grid_params(TOMAKE_CELLS, lambda c: c.id, _no_gap))
def test_grid_to_make(cell: ToMakeCell) -> None:
    """Each ``tomake`` cell gives exactly the records its choices call for."""
    assert tomake_failures(cell) == [], tomake_body(cell)


@pytest.mark.parametrize("cell", grid_params(CHAMBER_CELLS, lambda c: c.id, chamber_gap))
def test_grid_chambers(cell: ChamberCell) -> None:
    """Each ``chamber`` cell gives exactly the record its choices call for."""
    assert chamber_failures(cell) == [], chamber_body(cell)


@pytest.mark.parametrize("cell", grid_params(OTHERS_CELLS, lambda c: c.id, others_gap))
def test_grid_others(cell: OthersCell) -> None:
    """Each ``others`` cell gives exactly the records its choices call for."""
    assert others_failures(cell) == [], others_body(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of its grid."""
    assert_every_value_sampled(LETTER_CELLS, LETTER_CHOICES, least=5)
    assert_every_value_sampled(POSSIBLE_CELLS, POSSIBLE_CHOICES, least=5)
    assert_every_value_sampled(TOMAKE_CELLS, TOMAKE_CHOICES, least=5)
    assert_every_value_sampled(CHAMBER_CELLS, CHAMBER_CHOICES, least=5)
    assert_every_value_sampled(OTHERS_CELLS, OTHERS_CHOICES, least=5)


def _report(name: str, cells: list[Any], choices: dict[str, list[Any]], fails: Any) -> None:
    """Print one grid's failing cells by choice value, then each failing cell."""
    results = {c: fails(c) for c in cells}
    failed = {c: bool(r) for c, r in results.items()}
    for choice, value, bad, total in failure_table(cells, choices, failed):
        label = value.codes[0] if isinstance(value, (Pair, Side)) else getattr(value, "name", value)
        print(f"{name:9} {choice:8} {label!s:24} {bad:4d}/{total}")
    print(name, sum(failed.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print(f"  {c.id} {r}")


if __name__ == "__main__":
    _report("letter", LETTER_CELLS, LETTER_CHOICES, letter_failures)
    _report("possible", POSSIBLE_CELLS, POSSIBLE_CHOICES, possible_failures)
    _report("tomake", TOMAKE_CELLS, TOMAKE_CHOICES, tomake_failures)
    _report("chamber", CHAMBER_CELLS, CHAMBER_CHOICES, chamber_failures)
    _report("others", OTHERS_CELLS, OTHERS_CHOICES, others_failures)
