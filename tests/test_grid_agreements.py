"""A grid of agreement news: every cell a short invented article built from independent choices.

Each cell draws one value of every choice below (the document's kind, the status
verb, the form of the parties, the date form, the sentence order, the page's frame
and the pair of states), writes a short article in the crawled text format
(spec/CRAWL_FORMAT.md) or as wire copy, and computes the agreement records it must
give under spec/EXTRACTION.md section 3 from the choices alone (never by running
the library). The cells are a seeded covering sample: every value of every choice
appears in many cells, and every pair of values of the three main choices (kind,
status, parties) appears at least once.

Every article is published on Wednesday 2023-05-10. "Initialled" is left out on
purpose: its reading is being settled elsewhere.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

import pytest

from agreement_rows import matches_any_kind, spec, unmatched
from diplonews import Article, extract
from diplonews.models import Agreement
from diplonews.readers import parse_crawled_text
from grid_cells import Pair, When, grid_params

PUBLISHED = "2023-05-10"  # a Wednesday


@dataclass(frozen=True)
class Kind:
    """A document: its noun phrase (with article), its key kind and count."""

    name: str
    phrase: str
    kind: str  # "*" where the spec leaves the kind of a summary open; "a+b" for a list
    count: int = 1


KINDS = [
    Kind("agreement", "an agreement on visa-free travel", "agreement"),
    Kind("mou", "a memorandum of understanding on tourism", "memorandum"),
    Kind("memorandum", "a memorandum on cooperation in education", "memorandum"),
    Kind("protocol", "a protocol on consular matters", "protocol"),
    Kind("roadmap", "a roadmap for energy cooperation", "plan"),
    Kind("action_plan", "an action plan for 2023-2025", "plan"),
    Kind("programme", "a cooperation programme in culture", "plan"),
    Kind("declaration", "a joint declaration on strategic partnership", "declaration"),
    Kind("treaty", "a treaty on mutual legal assistance", "treaty"),
    Kind("convention", "a convention on the avoidance of double taxation", "treaty"),
    Kind("n_documents", "five documents on cooperation", "*", 5),
    Kind("n_agreements", "three agreements on trade and transport", "agreement", 3),
    Kind("accord", "an accord on fisheries", "agreement"),
    Kind("mou_abbr", "an MoU on investment promotion", "memorandum"),
    Kind("intergovernmental", "an intergovernmental agreement on labour migration", "agreement"),
    Kind(
        "list_two",
        "an agreement on air services and a memorandum on health care",
        "agreement+memorandum",
        2,
    ),
]


@dataclass(frozen=True)
class Status:
    """A status verb: active forms (plural and singular subject), passive forms, key status."""

    name: str
    active_pl: str
    active_sg: str
    passive_sg: str
    passive_pl: str
    status: str
    dated: bool = True  # False: a step with no day of its own ("is being negotiated")
    intransitive: bool = False  # the document is the subject ("entered into force")

    @property
    def future(self) -> bool:
        """Whether the verb tells a later step (the date reads forward)."""
        return self.status == "planned"


STATUSES = [
    Status("signed", "signed", "signed", "was signed", "were signed", "signed"),
    Status("inked", "inked", "inked", "was inked", "were inked", "signed"),
    Status("concluded", "concluded", "concluded", "was concluded", "were concluded", "signed"),
    Status("will_sign", "will sign", "will sign", "will be signed", "will be signed", "planned"),
    Status(
        "expected_to_sign",
        "are expected to sign",
        "is expected to sign",
        "is expected to be signed",
        "are expected to be signed",
        "planned",
    ),
    Status(
        "plan_to_sign",
        "plan to sign",
        "plans to sign",
        "is to be signed",
        "are to be signed",
        "planned",
    ),
    Status("ratified", "ratified", "ratified", "was ratified", "were ratified", "ratified"),
    Status("adopted", "adopted", "adopted", "was adopted", "were adopted", "signed"),
    Status("sealed", "sealed", "sealed", "was sealed", "were sealed", "signed"),
    Status(
        "have_signed", "have signed", "has signed", "has been signed", "have been signed", "signed"
    ),
    Status(
        "due_to_sign",
        "are due to sign",
        "is due to sign",
        "is due to be signed",
        "are due to be signed",
        "planned",
    ),
    Status(
        "set_to_sign",
        "are set to sign",
        "is set to sign",
        "is set to be signed",
        "are set to be signed",
        "planned",
    ),
    Status(
        "negotiating",
        "are negotiating",
        "is negotiating",
        "is being negotiated",
        "are being negotiated",
        "planned",
        dated=False,
    ),
    Status(
        "in_force",
        "entered into force",
        "entered into force",
        "entered into force",
        "entered into force",
        "ratified",
        intransitive=True,
    ),
]


PAIRS = [
    Pair("Georgia", "Peru", "Georgian", "Peruvian", "Tbilisi", "Lima", ("GEO", "PER")),
    Pair("Mongolia", "Chile", "Mongolian", "Chilean", "Ulaanbaatar", "Santiago", ("CHL", "MNG")),
    Pair("Norway", "Vietnam", "Norwegian", "Vietnamese", "Oslo", "Hanoi", ("NOR", "VNM")),
    Pair("Kenya", "Portugal", "Kenyan", "Portuguese", "Nairobi", "Lisbon", ("KEN", "PRT")),
    Pair("Kazakhstan", "Oman", "Kazakh", "Omani", "Astana", "Muscat", ("KAZ", "OMN")),
]


WHENS = [
    When("weekday", "on Monday", "2023-05-08", "on Monday", "2023-05-15"),
    When("day_month", "on 3 May", "2023-05-03", "on 23 May", "2023-05-23"),
    When("month_day_year", "on May 3, 2023", "2023-05-03", "on May 23, 2023", "2023-05-23"),
    When("yesterday_tomorrow", "yesterday", "2023-05-09", "tomorrow", "2023-05-11"),
    When("month", "in March", "2023-03", "in June", "2023-06"),
    When("last_next_month", "last month", "2023-04", "next month", "2023-06"),
    When("none", "", None, "", None),
    When("weekday_and_day", "on Monday, May 8", "2023-05-08", "on Monday, May 15", "2023-05-15"),
    When("today", "today", "2023-05-10", "today", "2023-05-10"),
]

# The forms of the parties: who acts (active voice) or whose document it is (passive).
SIDES = [
    "pair",  # "Georgia and Peru signed ..."
    "with",  # "Georgia signed ... with Peru"
    "between",  # "... was signed between Georgia and Peru"
    "demonyms",  # "Georgian and Peruvian officials signed ..."
    "ministers_of",  # "The foreign ministers of Georgia and Peru signed ..."
    "capitals",  # "Tbilisi and Lima signed ..."
    "two_countries",  # lead names both; "The two countries signed ..."
    "sides",  # lead names both; "The sides signed ..."
    "governments_of",  # "The governments of Georgia and Peru signed ..."
    "counterpart",  # "The Georgian foreign minister and his Peruvian counterpart signed ..."
    "capital_with",  # "Tbilisi signed ... with Lima"
]

# Where the date stands and what comes before the clause.
ORDERS = ["date_last", "date_first", "after_talks", "said_after", "said_that"]

# The page's frame: crawled with a headline, crawled with the body's first sentence on the
# header line, wire copy with a dateline.
FRAMES = ["headline", "first_sentence", "wire"]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    kind: Kind
    status: Status
    sides: str
    when: When
    order: str
    frame: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (
            self.kind.name,
            self.status.name,
            self.sides,
            self.when.name,
            self.order,
            self.frame,
        )
        return "-".join(parts) + "-" + self.pair.codes[0]


def _plural(cell: Cell) -> bool:
    return cell.kind.count > 1


def _clause(cell: Cell) -> str:
    """The sentence that tells the agreement (without the date and the lead-in)."""
    p, st, doc = cell.pair, cell.status, cell.kind.phrase
    if st.intransitive:
        # the document is the subject: its sides told by "between" or by the signers
        subject = _subject(cell) if cell.sides not in ("with", "capital_with", "between") else ""
        agent = {
            "with": f"signed by {p.a} with {p.b}",
            "capital_with": f"signed by {p.cap_a} with {p.cap_b}",
            "between": f"between {p.a} and {p.b}",
        }.get(cell.sides, "signed by " + (subject.replace("The ", "the ", 1)))
        return f"{doc[0].upper()}{doc[1:]} {agent} {st.active_pl}"
    if cell.sides == "with":
        return f"{p.a} {st.active_sg} {doc} with {p.b}"
    if cell.sides == "capital_with":
        return f"{p.cap_a} {st.active_sg} {doc} with {p.cap_b}"
    if cell.sides == "between":
        passive = st.passive_pl if _plural(cell) else st.passive_sg
        return f"{doc[0].upper()}{doc[1:]} {passive} between {p.a} and {p.b}"
    return f"{_subject(cell)} {st.active_pl} {doc}"


def _subject(cell: Cell) -> str:
    """The subject that names (or refers to) both sides."""
    p = cell.pair
    return {
        "pair": f"{p.a} and {p.b}",
        "demonyms": f"{p.dem_a} and {p.dem_b} officials",
        "ministers_of": f"The foreign ministers of {p.a} and {p.b}",
        "capitals": f"{p.cap_a} and {p.cap_b}",
        "two_countries": "The two countries",
        "sides": "The sides",
        "governments_of": f"The governments of {p.a} and {p.b}",
        "counterpart": f"The {p.dem_a} foreign minister and his {p.dem_b} counterpart",
    }[cell.sides]


def _lowered(clause: str) -> str:
    """The clause as it reads after a lead-in: a common noun phrase loses its capital."""
    return clause[0].lower() + clause[1:] if clause.startswith(_COMMON_OPENINGS) else clause


_COMMON_OPENINGS = ("The ", "A ", "An ", "Five ", "Three ")


def _sentence(cell: Cell) -> str:
    """The agreement sentence with its date and order."""
    clause = _clause(cell)
    date = _date_text(cell)
    if cell.order == "date_first" and date:
        first = _lowered(clause)
        return f"{date[0].upper()}{date[1:]}, {first}."
    tail = f" {date}" if date else ""
    if cell.order == "said_after":
        return f"{clause}{tail}, the foreign ministry said."
    if cell.order == "said_that":
        first = _lowered(clause)
        return f"The foreign ministry said that {first}{tail}."
    if cell.order == "after_talks":
        first = _lowered(clause)
        lead = "After the talks" if not cell.status.future else "During the visit"
        return f"{lead}, {first}{tail}."
    return f"{clause}{tail}."


def _date_text(cell: Cell) -> str:
    """The date form as the verb's tense needs it ("" for a step with no day)."""
    if not cell.status.dated:
        return ""
    return cell.when.future if cell.status.future else cell.when.past


def _lead(cell: Cell) -> str | None:
    """A lead sentence naming both states, where the parties' form needs one."""
    p = cell.pair
    if cell.sides in ("two_countries", "sides"):
        return f"{p.a} and {p.b} are deepening their cooperation, officials said."
    return None


def article_text(cell: Cell) -> str:
    """The cell's page (crawled format) or wire copy."""
    sentences = [s for s in (_lead(cell), _sentence(cell)) if s]
    p = cell.pair
    if cell.frame == "headline":
        return (
            f" date {PUBLISHED} {p.a}, {p.b} expand cooperation\n\n" + "\n\n".join(sentences) + "\n"
        )
    if cell.frame == "first_sentence":
        return (
            f" date {PUBLISHED} " + " ".join(sentences) + "\n\nOther topics were also discussed.\n"
        )
    dateline = f"{p.cap_a.upper()}, May 10 (Reuters) - "
    return f" date {PUBLISHED} " + dateline + " ".join(sentences) + "\n"


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation (``*`` for a kind left open)."""
    iso = cell.when.future_iso if cell.status.future else cell.when.past_iso
    iso = iso if cell.status.dated else None
    parties = ",".join(sorted(cell.pair.codes))
    if "+" in cell.kind.kind:  # a list: one record per document named
        return [
            f"{k} {cell.status.status} {parties} {iso or '*'} 1" for k in cell.kind.kind.split("+")
        ]
    return [f"{cell.kind.kind} {cell.status.status} {parties} {iso or '*'} {cell.kind.count}"]


def _fits(want: str, record: Agreement) -> bool:
    """Kind (unless ``*``), status, parties and count agree; the date agrees unless ``*``."""
    kind, status, parties, date, count = want.split()
    g_kind, g_status, g_parties, g_date, g_count = spec(record).split()
    return (
        kind in ("*", g_kind)
        and status == g_status
        and parties == g_parties
        and date in ("*", g_date)
        and count == g_count
    )


def _cells() -> list[Cell]:
    """A seeded covering sample: every (kind, status, sides) triple, other choices drawn."""
    rng = random.Random(13)
    cells = []
    for kind, status, sides in itertools.product(KINDS, STATUSES, SIDES):
        if rng.random() < 0.55:  # about half the triples, every pair of values many times
            continue
        cells.append(
            Cell(
                kind,
                status,
                sides,
                rng.choice(WHENS),
                rng.choice(ORDERS),
                rng.choice(FRAMES),
                rng.choice(PAIRS),
            )
        )
    return cells


CELLS = _cells()


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, _fits)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if cell.status.name == "negotiating" and cell.kind.name == "n_documents":
        return "'negotiating five documents' gives no record (a bare 'documents' needs a signing)"
    if cell.status.name == "in_force" and cell.kind.name == "list_two" and cell.sides != "between":
        return "the first of two instruments 'signed by A' that 'entered into force' stays signed"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agreements(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


# The classes fixed for the grid, two invented rows each (published Wednesday 2023-05-10):
# - ``between_date``: a date right after the "between A and B" (or "by A and B") that
#   follows a signing verb, with no preposition of its own ("yesterday", "last month"),
#   is the signing's;
# - ``coming_weekday``: a bare weekday after an instrument still to be signed is the
#   coming one ("will be signed on Monday" told on a Wednesday), not the last one;
# - ``counted_to_sign``: "plan to sign five documents ... on <day>": the verb right before
#   the count governs it, so the day after the documents is the signing's;
# - ``fronted_long_name``: a date opening the sentence dates the signing told after an
#   instrument with a long name ("On Friday, a convention on the avoidance of double
#   taxation was signed between A and B");
# - ``joint_subjects``: two instruments joined by "and" as the subject of one passive
#   verb share the day after "between A and B";
# - ``fronted_cue``: a fronted phrase that would tell a signing ("After the talks,")
#   yields to the verb of the instrument's own clause ("... were ratified by A and B");
# - ``fronted_in_force``: a date opening the sentence is the main verb's ("On May 3, a
#   treaty signed by A and B entered into force"), not dropped for the signing aside.
TABLE = [
    (
        "fronted_in_force",
        "On April 28, a treaty on legal aid signed by Estonia and Jamaica entered into force.",
        ["treaty ratified EST,JAM 2023-04-28 1"],
    ),
    (
        "fronted_in_force",
        "Last month, an agreement on air transport signed by the governments of Sudan and Chad"
        " came into force.",
        ["agreement ratified SDN,TCD 2023-04 1"],
    ),
    (
        "fronted_cue",
        "After the talks, a convention on social security and a protocol on pensions were"
        " ratified by Ecuador and Uruguay.",
        ["treaty ratified ECU,URY * 1", "protocol ratified ECU,URY * 1"],
    ),
    (
        "fronted_cue",
        "Following the negotiations, an agreement on the joint management of the river basin"
        " will be signed by Zambia and Malawi.",
        ["agreement planned MWI,ZMB * 1"],
    ),
    (
        "joint_subjects",
        "A treaty on extradition and a protocol on prisoner transfer were signed between"
        " Jordan and Cyprus last month.",
        ["treaty signed CYP,JOR 2023-04 1", "protocol signed CYP,JOR 2023-04 1"],
    ),
    (
        "joint_subjects",
        "An agreement on road transport and a memorandum on customs are to be signed between"
        " Belarus and Armenia on June 14, 2023.",
        ["agreement planned ARM,BLR 2023-06-14 1", "memorandum planned ARM,BLR 2023-06-14 1"],
    ),
    (
        "fronted_long_name",
        "On Friday, a convention on the avoidance of double taxation was signed between"
        " Malta and Qatar.",
        ["treaty signed MLT,QAT 2023-05-05 1"],
    ),
    (
        "fronted_long_name",
        "In February, an agreement on the mutual recognition of driving licences was concluded"
        " between Iceland and Serbia.",
        ["agreement signed ISL,SRB 2023-02 1"],
    ),
    (
        "counted_to_sign",
        "Laos and Cambodia plan to sign four documents on border trade on June 2, 2023.",
        ["* planned KHM,LAO 2023-06-02 4"],
    ),
    (
        "counted_to_sign",
        "Senegal is expected to sign six agreements on fisheries with Gambia next month.",
        ["agreement planned GMB,SEN 2023-06 6"],
    ),
    (
        "between_date",
        "A protocol on fisheries was signed between Tonga and Fiji yesterday.",
        ["protocol signed FJI,TON 2023-05-09 1"],
    ),
    (
        "between_date",
        "A memorandum on rail transport was concluded between Ghana and Togo last month.",
        ["memorandum signed GHA,TGO 2023-04 1"],
    ),
    (
        "between_date",
        "A treaty on extradition was ratified by Panama and Bolivia last year, the ministry said.",
        ["treaty ratified BOL,PAN 2022 1"],
    ),
    (
        "coming_weekday",
        "A road map for digital cooperation is expected to be signed between Latvia and Chad"
        " on Friday.",
        ["plan planned LVA,TCD 2023-05-12 1"],
    ),
    (
        "coming_weekday",
        "Nepal plans to sign an agreement on hydropower with Bhutan on Tuesday.",
        ["agreement planned BTN,NPL 2023-05-16 1"],
    ),
    (
        "coming_weekday",
        "The cabinet on Tuesday approved the signing of a memorandum between Cuba and Angola.",
        ["memorandum planned AGO,CUB 2023-05-09 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_grid_fixed_classes(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    result = extract(Article(body=text, published=dt.date(2023, 5, 10)))
    assert unmatched(expected, result.agreements, matches_any_kind) == [], cls
