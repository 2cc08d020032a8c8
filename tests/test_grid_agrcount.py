"""A grid of documents told by count, some of them singled out one by one.

A signing is often told as a number of documents ("the ministers signed six documents")
and then some of them by name or by topic ("including the Agreement on Customs Cooperation",
"Among the documents was a memorandum on X and another on Y"). Spec section 3 (field
``count``) decides every expectation: the named ones are records of their own, and the
summary covers only the rest (no record if it adds none). Each cell draws one value of every
independent choice below (the shape of the telling, the number, the status, the date form
and where it stands, the signers' form, the two states), writes a short invented page, and
computes the records it must give from the choices alone (never by running the library).

The shapes: two agreements and N memoranda "including an agreement on X and an agreement on
Y" (``mixed``: the two agreements named, the memoranda one record of count N); N documents
"including the Agreement on ... and a plan of ..." (``listed``); N memoranda "including one
on X and another on Y" (``one_another``); N documents, then "Among the documents was a
memorandum on X and another on Y" (``among_another``); N memoranda, then "Among the
memoranda were one on X and one on Y" (``among_ones``); N documents, then "The documents,
signed at the palace at the end of the visit, include a protocol on X and another creating
Y" (``aside``); N agreements "including one on a railway link, at the end of talks in C"
with the day last (``one_after``); a protocol and a memorandum named, then "In total, N
documents were signed; the other N-2 are agreements between companies" (``companies``: the
companies' contracts are no record, so no summary record); a "fourth protocol" or "their
sixth agreement" (``ordinal``: an ordinal is no count); "a road map for trade and N
protocols" (``beside``: the road map told beside the count is none of the N). The owners'
keys count the same way (a named member count 1, the summary's kind its own noun's,
"documents" other, the date and sides of the signing clause for a sentence that names "the
documents").

Every page is published on Wednesday 2023-05-10: "on Monday" is 2023-05-08 for a signing
told done and 2023-05-15 for one to come.

What the grid showed the library misread before the fix (177 of 240 cells failed): the
memoranda counted beside two named agreements were folded into one set of "other"
documents, and then lost to the agreements named ("two agreements and four memoranda" read
as one count covering both words; a "company" word read in "including" cut off at the
window's edge dropped the count told with "A ... with B"); "and another on Y" after
"including one on X", and "another on Y" after a member named in an "Among ..." sentence,
gave no record; "Among the memoranda were one on X and one on Y" gave none (the summary
counting them all); a total told after the documents named ("In total, N documents were
signed") counted them again, and counted the companies' contracts; an ordinal ("a fourth
protocol", "a 12th protocol") was read as a count; a road map signed beside "N protocols"
was taken for one of them. What it still misses is
``known_gap``'s: strict xfails by choice value (two date classes, no count left wrong).
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
    When,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = "2023-05-10"  # a Wednesday

SHAPES = [
    "mixed",
    "listed",
    "one_another",
    "among_another",
    "among_ones",
    "aside",
    "one_after",
    "companies",
    "ordinal",
    "beside",
]
# Shapes told in one sentence, which may be a signing to come.
ONE_SENTENCE = frozenset(["mixed", "listed", "one_another", "one_after", "ordinal", "beside"])


@dataclass(frozen=True)
class Number:
    """A number of documents: as written, its value, its ordinal, and two fewer in words."""

    word: str
    value: int
    ordinal: str
    less_two: str

    def __str__(self) -> str:
        return self.word


NUMBERS = [
    Number("four", 4, "fourth", "two"),
    Number("six", 6, "sixth", "four"),
    Number("nine", 9, "ninth", "seven"),
    Number("12", 12, "12th", "ten"),
]


@dataclass(frozen=True)
class Status:
    """A status: key status, the verb as written, and which date of a ``When`` it takes."""

    name: str
    status: str
    verb: str
    future: bool

    def __str__(self) -> str:
        return self.name


STATUSES = [
    Status("signed", "signed", "signed", future=False),
    Status("inked", "signed", "inked", future=False),
    Status("will_sign", "planned", "will sign", future=True),
]

WHENS = [
    When("weekday", "on Monday", "2023-05-08", "on Monday", "2023-05-15"),
    When("day_month", "on 3 May", "2023-05-03", "on 23 May", "2023-05-23"),
    When("yesterday", "yesterday", "2023-05-09", "tomorrow", "2023-05-11"),
]

# Where the day stands: opening the sentence, or right after the counted noun.
PLACES = ["front", "inner"]

# The signers: "A and B signed", "A signed ... with B".
SIGNERS = ["pair", "with"]

PAIRS = [
    Pair("Chile", "Peru", "Chilean", "Peruvian", "Santiago", "Lima", ("CHL", "PER")),
    Pair("Ghana", "Togo", "Ghanaian", "Togolese", "Accra", "Lome", ("GHA", "TGO")),
    Pair("Norway", "Vietnam", "Norwegian", "Vietnamese", "Oslo", "Hanoi", ("NOR", "VNM")),
    Pair("Kenya", "Mongolia", "Kenyan", "Mongolian", "Nairobi", "Ulaanbaatar", ("KEN", "MNG")),
]


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    shape: str
    number: Number
    status: Status
    when: When
    place: str
    signers: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.shape, self.number.word, self.status.name, self.when.name, self.place)
        return "-".join((*parts, self.signers, self.pair.codes[0]))


def _day(cell: Cell) -> tuple[str, str | None]:
    """The day as written and its ISO date."""
    w = cell.when
    return (w.future, w.future_iso) if cell.status.future else (w.past, w.past_iso)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _signing(cell: Cell, counted: str, rest: str = "") -> str:
    """A sentence signing ``counted`` (its list ``rest`` after it), the day where it stands."""
    p, day = cell.pair, _day(cell)[0]
    front = cell.place == "front" and cell.shape != "one_after"
    inner = "" if front or cell.shape == "one_after" else f" {day}"
    if cell.signers == "pair":
        clause = f"{p.a} and {p.b} {cell.status.verb} {counted}{inner}"
    else:
        clause = f"{p.a} {cell.status.verb} {counted} with {p.b}{inner}"
    if front:
        clause = f"{_cap(day)}, {clause}"
    return clause + rest + "."


def body(cell: Cell) -> str:
    """The story: the signing, and the sentence naming some of its documents."""
    n = cell.number
    if cell.shape == "mixed":
        return _signing(
            cell,
            f"two agreements and {n} memoranda of understanding",
            ", including an agreement on double taxation and an agreement on investment",
        )
    if cell.shape == "listed":
        return _signing(
            cell,
            f"{n} documents",
            ", including the Agreement on Customs Cooperation and a plan of consultations"
            " for 2025-2027",
        )
    if cell.shape == "one_another":
        return _signing(
            cell,
            f"{n} memoranda",
            ", including one on transit trade and another on quality standards",
        )
    if cell.shape == "among_another":
        return (
            _signing(cell, f"{n} documents")
            + " Among the documents was a memorandum on a rail link across the border"
            " and another on water management."
        )
    if cell.shape == "among_ones":
        return (
            _signing(cell, f"{n} memoranda")
            + " Among the memoranda were one on railway cooperation, signed by the two"
            " transport ministers, and one on food standards."
        )
    if cell.shape == "aside":
        return (
            _signing(cell, f"{n} documents")
            + " The documents, signed at the presidential palace at the end of the visit,"
            " include a protocol on aviation and another creating a joint investment fund."
        )
    if cell.shape == "one_after":
        day = _day(cell)[0]
        return _signing(
            cell,
            f"{n} economic agreements",
            f", including one on a railway link, at the end of talks in {cell.pair.cap_b} {day}",
        )
    if cell.shape == "companies":
        return (
            _signing(cell, "a protocol on fisheries and a memorandum on tourism")
            + f" In total, {n} documents were signed; the other {n.less_two} are agreements"
            " between companies of the two countries."
        )
    if cell.shape == "beside":
        return _signing(cell, f"a road map for trade and {n} protocols")
    return _signing(cell, f"a {n.ordinal} protocol on border trade")


def article_text(cell: Cell) -> str:
    """The cell's page in the crawled text format."""
    p = cell.pair
    return f" date {PUBLISHED} {p.a} and {p.b} expand ties\n\n{body(cell)}\n"


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation."""
    parties = ",".join(sorted(cell.pair.codes))
    date = _day(cell)[1] or "-"
    n = cell.number.value

    def row(kind: str, count: int = 1) -> str:
        return f"{kind} {cell.status.status} {parties} {date} {count}"

    rest: dict[str, list[str]] = {
        "mixed": [row("agreement"), row("agreement"), row("memorandum", n)],
        "listed": [row("agreement"), row("plan"), row("other", n - 2)],
        "one_another": [row("memorandum"), row("memorandum"), row("memorandum", n - 2)],
        "among_another": [row("memorandum"), row("memorandum"), row("other", n - 2)],
        "among_ones": [row("memorandum"), row("memorandum"), row("memorandum", n - 2)],
        "aside": [row("protocol"), row("protocol"), row("other", n - 2)],
        "one_after": [row("agreement"), row("agreement", n - 1)],
        "companies": [row("protocol"), row("memorandum")],
        "ordinal": [row("protocol")],
        "beside": [row("plan"), row("protocol", n)],
    }
    return rest[cell.shape]


CHOICES: dict[str, list[Any]] = {
    "shape": SHAPES,
    "number": NUMBERS,
    "status": STATUSES,
    "when": WHENS,
    "place": PLACES,
    "signers": SIGNERS,
    "pair": PAIRS,
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: a signing to come is told in one sentence."""
    return not (cell.status.future and cell.shape not in ONE_SENTENCE)


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(7090), size=240, axis="shape", tries=30)
)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    (article,) = parse_crawled_text(article_text(cell))
    return unmatched(expected(cell), extract(article).agreements, matches_exact)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell, by choice values (None: it reads the cell)."""
    if cell.shape == "aside":
        return (
            "'The documents, signed at the palace ..., include a protocol on X and another"
            " on Y': the two protocols come out undated; giving them the count's day also"
            " gives them a day the count misreads ('signed 12 protocols on Wednesday under the"
            " X Act the leaders concluded in July' takes July), and fixing that day loses a key"
            " record (W583's Act, matched only by that wrong day): left for a date class"
        )
    if (
        cell.shape == "one_after"
        and cell.signers == "with"
        and cell.status.future
        and cell.when.name == "weekday"
    ):
        return (
            "'A will sign N agreements with B, including one on X, at the end of talks in C"
            " on Monday': the weekday after the list loses the day to come (a date class)"
        )
    return None


# Rows that keep each class whatever the seeded sample draws (class, text, records), with
# near misses that must stay as they are.
TABLE: list[Any] = [
    (
        "near-miss:unnamed-counts",
        "Chile and Peru signed two agreements and four memoranda of understanding on Monday.",
        ["agreement signed CHL,PER 2023-05-08 2", "memorandum signed CHL,PER 2023-05-08 4"],
    ),
    (
        "near-miss:rest-of-states",
        "Ghana and Togo signed a protocol on fisheries and a memorandum on tourism on Monday."
        " In total, five documents were signed.",
        [
            "protocol signed GHA,TGO 2023-05-08 1",
            "memorandum signed GHA,TGO 2023-05-08 1",
            "other signed GHA,TGO * 3",  # the total's own sentence tells no day
        ],
    ),
    (
        "possessive-two",
        "Chile and Peru ratified the two countries' agreement on fisheries on Monday.",
        ["agreement ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "name-number",
        "Chile and Peru signed the 123 Agreement on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "story-total",
        "Chile and Peru signed a road map on Monday. In all, seven documents were signed"
        " during the visit.",
        ["plan signed CHL,PER 2023-05-08 1", "other signed CHL,PER * 6"],
    ),
    (
        "set-told-again",
        "Chile and Peru signed two agreements and five memoranda on Monday, including an"
        " agreement on fisheries and an agreement on visas. The documents were exchanged at"
        " the palace.",
        [
            "agreement signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 1",
            "memorandum signed CHL,PER 2023-05-08 5",
        ],
    ),
    (
        "near-miss:cardinal",
        "Kenya and Mongolia signed four protocols on border trade on Monday.",
        ["protocol signed KEN,MNG 2023-05-08 4"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agrcount_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_agrcount(cell: Cell) -> None:
    """Each cell gives exactly the records its choices call for."""
    assert failures(cell) == [], article_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = value.codes[0] if isinstance(value, Pair) else getattr(value, "name", value)
        print(f"{name:8} {label!s:20} {bad:4d}/{total}")
    print(sum(bool(r) for r in results.values()), "of", len(results), "fail")
    for c, r in results.items():
        if r:
            print("\n" + c.id, r)
            print("  " + body(c))
