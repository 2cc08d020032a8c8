"""A grid of agreements as wire copy and official statements tell them.

Each cell draws one value of every independent choice below (the instrument's noun,
the verb and its status, the form of the parties, the date form, the sentence order,
the page's frame and the count), writes a short invented article in the crawled text
format, and computes the agreement records it must give under spec/EXTRACTION.md
section 3 from the choices alone (never by running the library). The cells are a seeded
sample: every (noun, verb, parties) triple is drawn with a fixed chance and the other
choices at random; ``test_every_value_is_sampled`` keeps every value in several cells.

Every article is published on Wednesday 2023-05-10. The spec gives "last week" no
precision of its own, so a cell dated so accepts any date; a cell with no date told
accepts the dispatch's own day as well as none (the scorer pairs either).

The classes the grid showed the library misread are also rows of ``TABLE`` below, with
sentences of their own:

- ``took-effect``: an instrument "signed by A and B" that "took effect", "became
  effective" or "went into force" is in force, as one that "entered into force" is:
  ratified, dated by the clause of its entry into force;
- ``statement-that-clause``: "said in a statement that A and B signed a pact", "that a
  pact was signed between A and B": a "that" clause whose signing verb has an object or
  a subject of its own tells what the statement says, so the statement (the government's
  press text) is no declaration;
- near misses that must give no record (a joint statement only issued, a statement of
  talks, rules or tariffs that "took effect").
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, spec, unmatched
from diplonews import extract
from diplonews.models import Agreement
from diplonews.readers import parse_crawled_text
from grid_cells import Pair, When, assert_every_value_sampled, failure_table, grid_params

PUBLISHED = "2023-05-10"  # a Wednesday


@dataclass(frozen=True)
class Noun:
    """An instrument: its singular and plural noun phrases (no article) and key kind."""

    name: str
    singular: str
    plural: str
    kind: str
    article: str = "a"


NOUNS = [
    Noun("accord", "accord on fishing rights", "accords on fishing rights", "agreement", "an"),
    Noun("pact", "pact on steel quotas", "pacts on steel quotas", "agreement"),
    Noun("agreement", "agreement on air services", "agreements on air services", "agreement", "an"),
    Noun("treaty", "treaty on extradition", "treaties on extradition", "treaty"),
    Noun(
        "mou",
        "memorandum of understanding on farm trade",
        "memoranda of understanding on farm trade",
        "memorandum",
    ),
    Noun(
        "framework",
        "framework agreement on investment",
        "framework agreements on investment",
        "agreement",
    ),
    Noun("fta", "free trade agreement", "free trade agreements", "agreement"),
    Noun(
        "protocol",
        "protocol on customs cooperation",
        "protocols on customs cooperation",
        "protocol",
    ),
    Noun(
        "declaration",
        "joint declaration on energy security",
        "joint declarations on energy security",
        "declaration",
    ),
    Noun("textile", "textile agreement", "textile agreements", "agreement"),
]


@dataclass(frozen=True)
class Verb:
    """A verb of the instrument: its active form (plural subject), passive forms, key status."""

    name: str
    active: str  # "{subject} {active} {a noun}"
    status: str
    passive: tuple[str, str] | None = None  # (singular, plural) passive forms, if any
    future: bool = False
    dated: bool = True  # False: the clause tells no date ("are negotiating", "extended")
    undated: bool = False  # True: a date told is not the record's (an initialling's day)


VERBS = [
    Verb("signed", "signed", "signed", ("was signed", "were signed")),
    Verb(
        "initialled",
        "initialled",
        "planned",
        ("was initialled", "were initialled"),
        undated=True,
    ),
    Verb("concluded", "concluded", "signed", ("was concluded", "were concluded")),
    Verb("reached", "reached", "signed", ("was reached", "were reached")),
    Verb("will_sign", "will sign", "planned", ("will be signed", "will be signed"), future=True),
    Verb("to_sign", "are to sign", "planned", ("is to be signed", "are to be signed"), future=True),
    Verb("ratified", "ratified", "ratified", ("was ratified", "were ratified")),
    Verb(
        "negotiating",
        "are negotiating",
        "planned",
        ("is being negotiated", "are being negotiated"),
        dated=False,
    ),
    Verb("talks_on", "held talks on", "planned", dated=False),
    Verb("extended", "extended", "signed", ("was extended", "were extended"), dated=False),
    Verb("took_effect", "took effect", "ratified"),
]

# The forms of the parties.
PARTIES = [
    "pair",  # "Japan and Peru signed ..."
    "with",  # "Japan signed ... with Peru"
    "capitals",  # "Tokyo and Lima signed ..."
    "ministers",  # "Japan's trade minister and his Peruvian counterpart signed ..."
    "titled",  # "Japanese Trade Minister Ken Sato and Peruvian Trade Minister Ana Ruiz ..."
    "two_sides",  # a lead names both; "The two sides signed ..."
]


PAIRS = [
    Pair("Japan", "Peru", "Japanese", "Peruvian", "Tokyo", "Lima", ("JPN", "PER")),
    Pair("Canada", "Mexico", "Canadian", "Mexican", "Ottawa", "Mexico City", ("CAN", "MEX")),
    Pair("Norway", "Chile", "Norwegian", "Chilean", "Oslo", "Santiago", ("CHL", "NOR")),
    Pair("Egypt", "Greece", "Egyptian", "Greek", "Cairo", "Athens", ("EGY", "GRC")),
    Pair("Thailand", "Kenya", "Thai", "Kenyan", "Bangkok", "Nairobi", ("KEN", "THA")),
]


WHENS = [
    When("weekday", "on Tuesday", "2023-05-09", "on Tuesday", "2023-05-16"),
    When("last_week", "last week", "*", "next week", "*"),
    When("this_month", "earlier this month", "2023-05", "later this month", "2023-05"),
    When("day_month", "on May 3", "2023-05-03", "on May 23", "2023-05-23"),
    When("month", "in March", "2023-03", "in June", "2023-06"),
    When("none", "", None, "", None),
]

# Where the date stands and what wraps the clause.
ORDERS = ["date_last", "date_first", "said_after", "statement_that"]

# The voice: the sides act ("A and B signed X"), or the document is the subject ("X was
# signed by A and B", "X was signed between A and B"); a verb with no passive is active.
VOICES = ["active", "passive"]

# The page: wire copy with a dateline, a crawled page with a headline, a statement.
FRAMES = ["wire", "headline", "readout"]

# How many documents the sentence tells.
COUNTS = [1, 3]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    noun: Noun
    verb: Verb
    voice: str
    parties: str
    when: When
    order: str
    frame: str
    count: int
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (
            self.noun.name,
            self.verb.name,
            self.voice,
            self.parties,
            self.when.name,
            self.order,
            self.frame,
            str(self.count),
        )
        return "-".join(parts) + "-" + self.pair.codes[0]


_NUMBERS = {1: "", 3: "three"}


def _object(cell: Cell) -> str:
    """The instrument as the object of a verb ("a pact on ...", "three pacts on ...")."""
    if cell.count == 1:
        return f"{cell.noun.article} {cell.noun.singular}"
    return f"{_NUMBERS[cell.count]} {cell.noun.plural}"


def _subject(cell: Cell) -> str:
    """The subject that names (or refers to) both sides."""
    p = cell.pair
    return {
        "pair": f"{p.a} and {p.b}",
        "capitals": f"{p.cap_a} and {p.cap_b}",
        "ministers": f"{p.a}'s trade minister and his {p.dem_b} counterpart",
        "titled": f"{p.dem_a} Trade Minister Ken Sato and {p.dem_b} Trade Minister Ana Ruiz",
        "two_sides": "The two sides",
    }[cell.parties]


def _clause(cell: Cell) -> str:
    """The sentence that tells the instrument (without its date and lead-in)."""
    p, v = cell.pair, cell.verb
    obj = _object(cell)
    if v.name == "took_effect":
        doc = obj[0].upper() + obj[1:]
        if cell.parties == "with":
            return f"{doc} between {p.a} and {p.b} took effect"
        return f"{doc} signed by {_lowered(_subject(cell))} took effect"
    if cell.voice == "passive" and v.passive is not None:
        return _passive(cell, v.passive[1] if cell.count > 1 else v.passive[0])
    if v.name == "extended":
        owned = "its" if cell.parties == "with" else "their"
        number = f"{_NUMBERS[cell.count]} " if cell.count > 1 else ""
        noun = cell.noun.plural if cell.count > 1 else cell.noun.singular
        due = "were" if cell.count > 1 else "was"
        tail = f", which {due} due to expire this year"
        if cell.parties == "with":
            return f"{p.a} extended {owned} {number}{noun} with {p.b}{tail}"
        return f"{_subject(cell)} extended {owned} {number}{noun}{tail}"
    active = v.active
    if cell.parties == "with":
        active = {
            "will sign": "will sign",
            "are to sign": "is to sign",
            "are negotiating": "is negotiating",
        }.get(active, active)
        return f"{p.a} {active} {obj} with {p.b}"
    return f"{_subject(cell)} {active} {obj}"


def _passive(cell: Cell, verb: str) -> str:
    """The clause with the document as its subject: "A pact ... was signed by A and B"."""
    p = cell.pair
    obj = _object(cell)
    doc = obj[0].upper() + obj[1:]
    if cell.parties == "with":
        sides = f"between {p.a} and {p.b}"
    else:
        sides = f"by {_lowered(_subject(cell))}"
    if cell.verb.name == "extended":
        due = "were" if cell.count > 1 else "was"
        sides = sides.replace("by ", "between ", 1) if cell.parties != "with" else sides
        sides = sides.replace("'s trade minister and his ", " and ").replace(" counterpart", "")
        return f"{doc} {sides}, which {due} due to expire this year, {verb}"
    return f"{doc} {verb} {sides}"


def _lowered(text: str) -> str:
    """A subject as it reads inside a sentence: a common noun phrase loses its capital."""
    return text[0].lower() + text[1:] if text.startswith(("The ", "A ", "An ", "Three ")) else text


def _date_text(cell: Cell) -> str:
    """The date form as the verb's tense needs it ("" where the verb has no day)."""
    if not cell.verb.dated:
        return ""
    return cell.when.future if cell.verb.future else cell.when.past


def _sentence(cell: Cell) -> str:
    """The instrument's sentence with its date and order."""
    clause = _clause(cell)
    date = _date_text(cell)
    if cell.order == "date_first" and date:
        return f"{date[0].upper()}{date[1:]}, {_lowered(clause)}."
    tail = f" {date}" if date else ""
    if cell.order == "said_after":
        return f"{clause}{tail}, officials said."
    if cell.order == "statement_that":
        return f"The foreign ministry said in a statement that {_lowered(clause)}{tail}."
    return f"{clause}{tail}."


def _lead(cell: Cell) -> str | None:
    """A lead sentence naming both states, where the parties' form needs one."""
    p = cell.pair
    if cell.parties == "two_sides":
        return f"Officials from {p.a} and {p.b} met for two days of talks, the ministry said."
    return None


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    sentences = [s for s in (_lead(cell), _sentence(cell)) if s]
    p = cell.pair
    body = " ".join(sentences)
    if cell.frame == "wire":
        return f" date {PUBLISHED} {p.cap_a.upper()}, May 10 (Reuters) - {body}\n"
    if cell.frame == "headline":
        return f" date {PUBLISHED} {p.a}, {p.b} move closer on trade\n\n{body}\n"
    return (
        f" date {PUBLISHED} Readout of the minister's meeting with the {p.dem_b} delegation\n\n"
        f"{body}\n\nThe two sides also discussed regional security.\n"
    )


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation (``*``: any date)."""
    iso = cell.when.future_iso if cell.verb.future else cell.when.past_iso
    iso = iso if cell.verb.dated else "*"
    iso = None if cell.verb.undated else iso
    iso = "*" if cell.when.name == "none" else iso  # a dispatch's own day, or none
    parties = ",".join(sorted(cell.pair.codes))
    return [f"{cell.noun.kind} {cell.verb.status} {parties} {iso or '-'} {cell.count}"]


def _fits(want: str, record: Agreement) -> bool:
    """Every field agrees; the date may be ``*``."""
    kind, status, parties, date, count = want.split()
    g_kind, g_status, g_parties, g_date, g_count = spec(record).split()
    return (
        kind == g_kind
        and status == g_status
        and parties == g_parties
        and date in ("*", g_date)
        and count == g_count
    )


def _cells() -> list[Cell]:
    """A seeded sample: about half the (noun, verb, parties) triples, other choices drawn."""
    rng = random.Random(16)
    cells = []
    for noun, verb, parties in itertools.product(NOUNS, VERBS, PARTIES):
        if rng.random() < 0.5:
            continue
        voice = rng.choice(VOICES) if verb.passive is not None else "active"
        cells.append(
            Cell(
                noun,
                verb,
                voice,
                parties,
                rng.choice(WHENS),
                rng.choice(ORDERS),
                rng.choice(FRAMES),
                rng.choice(COUNTS),
                rng.choice(PAIRS),
            )
        )
    return cells


CELLS = _cells()

CHOICES: dict[str, list[Any]] = {
    "noun": NOUNS,
    "verb": VERBS,
    "voice": VOICES,
    "parties": PARTIES,
    "when": WHENS,
    "order": ORDERS,
    "frame": FRAMES,
    "count": COUNTS,
    "pair": PAIRS,
}


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if cell.parties == "two_sides" and cell.verb.name == "extended":
        return "'the two sides' told only in the lead, before a verb other than a signing"
    if (
        cell.verb.name == "initialled"
        and cell.when.name == "this_month"
        and cell.noun.name in ("fta", "textile")
        and cell.parties != "with"
        and cell.order != "date_first"
    ):
        return "'initialled a textile agreement earlier this month' keeps the initialling's day"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_wire_agreements(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# The classes found by the grid, in sentences of their own (agreement rows, published
# Wednesday 2023-05-10, matched by ``matches_exact``).
TABLE: list[Any] = [
    (
        "took-effect",
        "A double taxation treaty signed by Austria and Vietnam in 2021 took effect on January 1.",
        ["treaty ratified AUT,VNM 2023-01-01 1"],
    ),
    (
        "took-effect",
        "The air services pact signed by Nepal and Qatar last year became effective in March.",
        ["agreement ratified NPL,QAT 2023-03 1"],
    ),
    (
        "took-effect",
        "An agreement on visas signed by Ghana and Togo went into force last month.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
    (
        "took-effect",
        "Two protocols signed by Malta and Tunisia took effect on Friday, the ministry said.",
        ["protocol ratified MLT,TUN 2023-05-05 2"],
    ),
    (
        "statement-that-clause",
        "The White House said in a statement that the United States and Vietnam signed a pact"
        " on rare earths on Monday.",
        ["agreement signed USA,VNM 2023-05-08 1"],
    ),
    (
        "statement-that-clause",
        "The ministry said in a statement that a treaty on legal aid was signed between Bolivia"
        " and Paraguay yesterday.",
        ["treaty signed BOL,PRY 2023-05-09 1"],
    ),
    (
        "statement-that-clause",
        "Seoul said in a joint statement that the two leaders had signed three agreements on"
        " nuclear energy. South Korea and Poland have been expanding ties.",
        ["agreement signed KOR,POL - 3"],
    ),
    # a statement signed is one still, whether its clause or its participle tells it
    (
        "statement-that-clause",
        "The joint statement that was signed by Chile and Bolivia on Monday covers water rights.",
        ["declaration signed BOL,CHL 2023-05-08 1"],
    ),
    (
        "statement-that-clause",
        "The leaders signed a joint statement on Monday, Vietnam and Laos said.",
        ["declaration signed LAO,VNM 2023-05-08 1"],
    ),
    # -- near misses: no record
    ("none", "Japan and Peru issued a joint statement on Tuesday after the talks.", []),
    (
        "none",
        "The White House said in a statement that the two presidents discussed trade and"
        " security on Monday.",
        [],
    ),
    (
        "none",
        "Finland and Sweden said in a joint statement that they had agreed to coordinate their"
        " defence spending.",
        [],
    ),
    ("none", "The tariff cut took effect on Monday, Japan's trade ministry said.", []),
    ("none", "New rules on visas for Peruvian nationals took effect on Tuesday, Japan said.", []),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_wire_classes(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", value)
        print(f"{name:8} {label!s:16} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + article_text(c).replace("\n", " | "))
