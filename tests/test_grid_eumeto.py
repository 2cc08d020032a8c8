"""A grid of the European Union's stand-ins: "Brussels", the Council's president, its venue.

News about the European Union (or the 1980s European Community, "the EC", "the
Community", "the Twelve") names the bloc by other words: "Brussels" acting ("as Brussels
seeks a deal", "Brussels and Ottawa signed"), the minister of the state that presides over
its Council signing for it ("Danish Foreign Minister A, current president of the EC Council
of Ministers"), and "Brussels" as the seat where its talks take place ("talks between
Canada and the Community, due to open in Brussels"). Under spec/EXTRACTION.md the bloc is
"EU" in all three: an agreement's party (section 3; a group is a party as itself), a
meeting's ``organization`` with the counterpart state its only side (section 2: the
counterpart takes part; Belgium hosts nothing the bloc holds at its seat, and the Council's
president signs for the bloc, not for the state). Where the story is about Belgium
("Belgium and A have argued over the border tax ... Brussels and A's capital signed"),
"Brussels" stays Belgium, even in a story that also names the bloc.

A wire dateline "BRUSSELS" in a story about the bloc tells its seat, not a side: "the two
sides signed" there are the bloc and the counterpart, and "Its exports to the EC" are the
counterpart's.

Each cell draws one value of every choice (the role the stand-in plays, how the bloc is
named, the counterpart state, the tense, the page's frame, the presiding state), writes a
short invented page and computes from the choices alone the records of the role's type it
must give (agreements for the signing roles, meetings for the talks roles, trade records
for "Its exports to the bloc"; the other types are not compared). Records are compared as
(kind, status, sides, organization) for meetings, (status, parties) for agreements and
(reporter, partner, flow, value, target) for trade records: the class is the sides, not
the dates or kinds. The agreements extractor lists a group beside a state as no party (its
keys' older convention, ``_states_as_parties``: "a fisheries accord with the EU" is the
state's), and the scorer pairs a record of the state alone with the key's state and EU
(Jaccard 0.5); so agreements are compared with the EU left out of the parties on both
sides, and the grid checks what the class is about: no stand-in's state (Belgium, the
presiding state) among them, the counterpart there.

Before the library read the class, 154 of the 240 cells failed: "Brussels" acting was
Belgium (a party, a side of its talks), the presiding minister's state a party, "the two
sides" under a dateline "BRUSSELS" Belgium and the counterpart, and Belgium a side of the
bloc's talks at its seat. Now 36 fail, strict xfails by ``left``: "between Brussels and A"
stays Belgium (the extractors' pairs hold states only), and "the Community", "the Twelve"
are not read as the bloc (where trade reads "the Community" on its own, "the Twelve" still
fails there), but for "the Community" as a side of a state's talks ("talks between A and
the Community", read since tests/test_grid_body_talks.py: the 4 venue cells it names pass).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pytest

from diplonews import extract
from diplonews.models import ArticleResult
from diplonews.readers import parse_crawled_text
from grid_cells import (
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = "2005-05-11"  # a Wednesday: "on Monday" is May 9 for a past verb, May 16 to come


@dataclass(frozen=True)
class Side:
    """The bloc's counterpart: code, name, demonym, capital, a minister's name."""

    code: str
    name: str
    demonym: str
    capital: str
    person: str


SIDES = [
    Side("CAN", "Canada", "Canadian", "Ottawa", "Paul Brandt"),
    Side("MAR", "Morocco", "Moroccan", "Rabat", "Karim Alaoui"),
    Side("CHN", "China", "Chinese", "Beijing", "Wei Lanfang"),
    Side("IND", "India", "Indian", "New Delhi", "Ravi Menon"),
    Side("CHL", "Chile", "Chilean", "Santiago", "Ana Fuentes"),
]


@dataclass(frozen=True)
class Bloc:
    """How a story names the bloc: first in full, then as the role's sentence names it."""

    name: str
    first: str
    again: str


BLOCS = [
    Bloc("EU", "the European Union", "the EU"),
    Bloc("EU-full", "the EU", "the European Union"),
    Bloc("EC", "the EC", "the EC"),
    Bloc("Community", "the European Community", "the Community"),
    Bloc("Twelve", "the European Community", "the Twelve"),
]

# The presiding state's demonym and its minister (Belgium: the seat's own state presides).
PRESIDENTS = [("Danish", "Jens Holm"), ("Belgian", "Luc Dumont"), ("Dutch", "Pieter Visser")]

# The presidency's phrase after the presiding minister's name ("{b}": the bloc's short name).
PRESIDENCY = [
    "current president of the {b} Council of Ministers",
    "whose country holds the rotating {b} presidency",
    "who signed on behalf of the {b}",
]

# The role the stand-in plays: signing roles give agreements, talks roles meetings.
ROLES = [
    "seeks_deal",  # "Brussels wants to sign an agreement with A": the bloc acts
    "pair_deal",  # "Brussels and A's capital signed": the bloc and the state
    "presidency",  # the Council's president signs for the bloc
    "venue_talks",  # "talks between A and the bloc ... in Brussels": the seat, no side
    "summit_abroad",  # "a summit between the bloc and A ... in A's capital"
    "actor_talks",  # "Brussels held talks with A": the bloc acts
    "belgian_deal",  # a Belgian story: "Brussels and A's capital signed" is Belgium's
    "belgian_talks",  # a Belgian story: "Brussels held talks with A" is Belgium's
    "two_sides",  # "the two sides will sign": the bloc and A, not the dateline's state
    "its_exports",  # "A ran a deficit with the bloc. Its exports to the bloc ...": A's
    "between_deal",  # "an agreement between Brussels and A's capital": the bloc and A
]
AGREEMENT_ROLES = frozenset(
    {"seeks_deal", "pair_deal", "presidency", "belgian_deal", "two_sides", "between_deal"}
)
TENSES = ["past", "future"]
FRAMES = ["wire_brussels", "wire_capital", "crawled"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    role: str
    bloc: Bloc
    side: Side
    tense: str
    frame: str
    president: int
    presidency: int

    @property
    def id(self) -> str:
        """A readable test id."""
        return (
            "-".join((self.role, self.bloc.name, self.side.code, self.tense, self.frame))
            + f"-{self.president}{self.presidency}"
        )

    def _past(self) -> bool:
        return self.tense == "past"

    def _sentences(self) -> list[str]:
        """The story's sentences: the bloc or Belgium named first, then the role's own."""
        s, b, past = self.side, self.bloc, self._past()
        sign = "signed" if past else "will sign"
        intro = f"{_cap(b.first)} has sought closer ties with {s.name} for years."
        if self.role == "seeks_deal":
            verb = "signed" if past else "wants to sign"
            return [intro, f"On Monday, Brussels {verb} a trade agreement with {s.name}."]
        if self.role == "pair_deal":
            return [intro, f"Brussels and {s.capital} {sign} a fisheries agreement on Monday."]
        if self.role == "presidency":
            dem, person = PRESIDENTS[self.president]
            short = "EC" if b.name not in {"EU", "EU-full"} else "EU"
            office = PRESIDENCY[self.presidency].format(b=short)
            verb = "was signed" if past else "will be signed"
            return [
                f"{_cap(b.first)} has sought closer ties with the region for years.",
                f"A trade protocol {verb} on Monday by {s.demonym} Foreign Minister {s.person}"
                f" and {dem} Foreign Minister {person}, {office}.",
            ]
        if self.role == "venue_talks":
            if past:
                talk = f"Talks between {s.name} and {b.again} opened in Brussels on Monday."
            else:
                talk = (
                    f"Talks between {s.name} and {b.again}, due to open in Brussels on"
                    " Monday, will focus on fish quotas."
                )
            return [intro, talk]
        if self.role == "summit_abroad":
            told = "was held" if past else "is due to be held"
            summit = f"A summit between {b.again} and {s.name} {told} in {s.capital} on Monday."
            return [intro, summit]
        if self.role == "actor_talks":
            verb = "held" if past else "will hold"
            return [intro, f"On Monday, Brussels {verb} talks with {s.name} on fish quotas."]
        if self.role == "two_sides":
            verb = "signed" if past else "will sign"
            return [
                f"{_cap(b.first)} has sought closer ties with {s.name} for years.",
                f"On Monday, the two sides {verb} a fisheries protocol, {s.demonym} officials"
                " said.",
            ]
        if self.role == "between_deal":
            verb = "was signed" if past else "will be signed"
            between = f"a fisheries agreement between Brussels and {s.capital}"
            return [intro, f"On Monday, {between} {verb}."]
        if self.role == "its_exports":
            told = (
                "totalled 3.34 billion dlrs in 2004"
                if past
                else ("are expected to reach 3.34 billion dlrs in 2006")
            )
            return [
                intro,
                f"{s.name} ran a trade deficit with {b.again} last year.",
                f"Its exports to {b.again} {told}.",
            ]
        belgium = (
            f"Belgium and {s.name} have argued over the border tax for months, and"
            f" {b.first} has urged both to settle."
        )
        if self.role == "belgian_deal":
            return [belgium, f"Brussels and {s.capital} {sign} a border agreement on Monday."]
        verb = "held" if past else "will hold"
        return [belgium, f"On Monday, Brussels {verb} talks with {s.name} on the tax."]

    def article_text(self) -> str:
        """The cell's page in the crawled text format."""
        body = " ".join(self._sentences())
        if self.frame == "wire_brussels":
            return f" date {PUBLISHED} BRUSSELS, May 11 (Reuters) - {body}\n"
        if self.frame == "wire_capital":
            return f" date {PUBLISHED} {self.side.capital.upper()}, May 11 (Reuters) - {body}\n"
        return f" date {PUBLISHED} Trade ties under review\n\n{body}\n"

    def expected(self) -> list[tuple[object, ...]]:
        """The records of the role's type as the grid compares them (agreements: but the EU)."""
        return [(r[0], _but_eu(r[1])) if self.role in AGREEMENT_ROLES else r for r in self.spec()]

    def spec(self) -> list[tuple[object, ...]]:
        """The records of the role's type the spec asks for (see the module docstring)."""
        status = "held" if self._past() else "planned"
        done = "signed" if self._past() else "planned"
        code = self.side.code
        if self.role == "its_exports":
            return [(code, "EU", "export", 3_340_000_000, not self._past())]
        if self.role in ("seeks_deal", "pair_deal", "presidency", "two_sides", "between_deal"):
            return [(done, sorted(["EU", code]))]
        if self.role == "belgian_deal":
            return [(done, sorted(["BEL", code]))]
        if self.role in ("venue_talks", "actor_talks"):
            return [("meeting", status, [code], "EU")]
        if self.role == "summit_abroad":
            return [("conference", status, [code], "EU")]
        return [("meeting", status, sorted(["BEL", code]), None)]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _but_eu(parties: object) -> list[str]:
    """Sorted parties but the EU (see the module docstring)."""
    assert isinstance(parties, Iterable), parties  # a record's parties: a list of codes
    return sorted(str(p) for p in parties if str(p) != "EU")


def got(cell: Cell, result: ArticleResult) -> list[tuple[object, ...]]:
    """The records of the cell's type, as the grid compares them."""
    if cell.role in AGREEMENT_ROLES:
        return sorted((a.status.value, _but_eu(a.parties)) for a in result.agreements)
    if cell.role == "its_exports":
        return sorted(
            (str(t.reporter), str(t.partner), t.flow.value, int(t.value), t.target)
            for t in result.trade_records
        )
    return sorted(
        (
            m.kind.value,
            m.status.value,
            sorted(c.alpha_3 for c in m.countries),
            m.organization,
        )
        for m in result.meetings
    )


def records(cell: Cell) -> list[tuple[object, ...]]:
    """What the library gives for the cell's page."""
    (article,) = parse_crawled_text(cell.article_text())
    return got(cell, extract(article))


CHOICES: dict[str, list[Any]] = {
    "role": ROLES,
    "bloc": BLOCS,
    "side": SIDES,
    "tense": TENSES,
    "frame": FRAMES,
    "president": list(range(len(PRESIDENTS))),
    "presidency": list(range(len(PRESIDENCY))),
}


def _valid(cell: Cell) -> bool:
    """Every cell is written; the presiding state matters in the presidency role alone."""
    return cell.role == "presidency" or (cell.president, cell.presidency) == (0, 0)


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Outside the presidency role its two choices stay at their first value."""
    if pick["role"] != "presidency" and name not in ("president", "presidency"):
        pick["president"] = pick["presidency"] = 0


CELLS = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(7), size=240, axis="role", tries=50, fix=_fix)
)


# Why the library still misreads a cell (strict xfails), by the choice values that make it.
SHORT_NAME = (
    "'the Community', 'the Twelve' are not read as the bloc: as group mentions they join the"
    " events of the bloc's sessions its stories tell into one (a record lost on the visible"
    " sets); its talks at its seat keep Belgium as host, its summit no organization"
)

BETWEEN = (
    "'between Brussels and A', as Brussels after a verb ('urged Brussels to'), stays Belgium:"
    " the extractors' pairs of sides (a story's pair, 'the two sides') hold states only, and"
    " read as the bloc there the pair's talks and a deal told after them lost their records"
    " on the visible sets"
)


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell (a strict xfail), or None."""
    if cell.role == "summit_abroad" and cell.bloc.name in ("Community", "Twelve"):
        return SHORT_NAME
    # "talks between A and the Community" are the bloc's since tests/test_grid_body_talks.py
    if cell.role == "venue_talks" and cell.bloc.name == "Twelve":
        return SHORT_NAME
    if cell.role == "its_exports" and cell.bloc.name == "Twelve":
        return SHORT_NAME
    if cell.role == "between_deal":
        return BETWEEN
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, left, numbered=True))
def test_grid_eumeto(cell: Cell) -> None:
    """Each cell gives the records of its type its choices call for."""
    assert records(cell) == cell.expected(), cell.article_text()


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    results = {c: records(c) for c in CELLS}
    failed = {c: results[c] != c.expected() for c in CELLS}
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        label = getattr(value, "name", getattr(value, "code", value))
        print(f"{name:11} {label!s:15} {bad:4}/{total}")
    import sys

    for c in CELLS:
        if failed[c] and "-v" in sys.argv:
            print("\n" + c.id, results[c], "want", c.expected())
            print("  " + c.article_text().replace("\n", " | "))
