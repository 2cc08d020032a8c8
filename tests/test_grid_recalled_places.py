"""A grid of a recalled gathering told in one sentence with another event: whose place is whose.

News often tells an event and, in the same sentence, a gathering it recalls: "X will attend
the A summit in P next month, building on the commitments made at the B-Asia Forum Summit",
"As agreed during the C summit in Q in March, X held talks with Y on Monday". Each of the
two is a record of its own (tests/test_grid_recalled_meetings.py), and each has its own
words: the recalled gathering's run from the recalling phrase to the end of its clause, the
other event's are the rest of the sentence. Every cell is one invented sentence built from
independent choices: the order of the two (``order``), the sentence's own event (``frame``:
a body's summit to attend, a summit of no body to attend, talks held), whether it has a
place (``own_place``), the recalled gathering (``recalled``: a "B-Asia Forum Summit" named
for a state, a body's summit, the pair's talks), whether it has a place (``rec_place``)
and a month (``month``), the recalling phrase (``phrase``) and the states (``pair``). The
builder writes the sentence AND the records it tells, computed from the choices by
spec/EXTRACTION.md section 2 (never by running the library):

- the sentence's own event: its kind and status, its sides (the states of its officials
  and the state hosting its place), its body, its date, its place, its title and its
  people, all from its own words;
- the recalled gathering: ``held``, its place, host state, body and title from its own words
  alone ("the B-Asia Forum Summit" keeps its "B-" and has no place when it names none), no
  participant (none is named in its words: "their talks" names the pair, whose states are
  its sides, but no person), its sides the states of the sentence's officials (who take
  part in both) with the states its own words name or host it, and its month the latest such
  month up to the story's day (none when it has none).

Every page is published on Friday 2024-02-16 ("on Monday" is 2024-02-12, "next month"
2024-03, "in March" recalled 2023-03). A cell passes when the records pair one to one with
the expected ones, every field above equal.

Before the rules 240 of 240 cells failed (run as a script, the module prints its report): the
recalled gathering took the other event's people (217 cells), its city (89: "Kigali" for
a summit recalled beside one in Kigali, or "March" read as a city before a demonym), its
sides (78: the other place's host state), its body (49: "AU") or lost its "U.S.-" (29);
23 cells gave a third record (an undated twin of a recalled "A-Asia Forum Summit in Q in
March") and 5 read a recalled gathering opened by a capitalised "Building on" as planned.
The rules: ``_candidates._recalled_words`` and ``_words_beside_recalled`` (each event's own
words beside a recalled gathering's, which its place, body and people come from, read
again by ``_finish._not_its_city``), ``_rules.RECALLING`` capitalised, ``ORDINAL_TITLE``
with a dotted abbreviation, ``_places.find_location`` (no place "at the A-B Summit"),
``_finish._IN_STATED_PLACE`` (no month as a place), ``_records`` (one record per recalled
name) and ``_merge._recalled_beside`` (a named recalled gathering stands apart). After
them all 240 pass, and so do the ``ROWS`` below.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import H, K, M, P, pairs

PUBLISHED = dt.date(2024, 2, 16)

# (subject state, partner state, the subject's short name in a "B-Asia" title)
PAIRS = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Mwangi"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "President", "Joseph Okello"),
        "Kenya",
    ),
    (
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Luis Paredes"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Foreign Minister", "Tomas Rivas"),
        "Peru",
    ),
    (
        State("USA", "the United States", "U.S.", "Washington", "Secretary", "John Harlow"),
        State("MEX", "Mexico", "Mexican", "Mexico City", "Foreign Minister", "Ana Ibarra", "she"),
        "U.S.",
    ),
]

# The sentence's own event: (text with {pa} {pb} {place}, kind, status, date, body, title
# with {org}); its place is (city, state) of ``OWN_PLACES``.
FRAMES: dict[str, tuple[str, str, str, str, str | None, str | None]] = {
    "attend-body": (
        "{pa} will attend the African Union summit{place} next month",
        K,
        P,
        "2024-03",
        "AU",
        "African Union summit",
    ),
    "attend-plain": (
        "{pa} will attend the Commonwealth summit{place} next month",
        K,
        P,
        "2024-03",
        None,
        "Commonwealth summit",
    ),
    "talks": ("{pa} held talks with {pb}{place} on Monday", M, H, "2024-02-12", None, None),
}
# The own event's place by frame: (city, state code); the talks' is the partner's capital.
OWN_PLACES = {
    "attend-body": ("Addis Ababa", "ETH"),
    "attend-plain": ("Kigali", "RWA"),
}
# The recalled gathering: (words with {short} {place} {month}, kind, body, title with {short}),
# its place (city, state code) or None for the subject's capital.
RECALLED: dict[str, tuple[str, str, str | None, str | None, tuple[str, str] | None]] = {
    "named-summit": (
        "the {short}-Asia Forum Summit{place}{month}",
        K,
        None,
        "{short}-Asia Forum Summit",
        ("Seoul", "KOR"),
    ),
    "body-summit": (
        "the East African Community summit{place}{month}",
        K,
        "EAC",
        "East African Community summit",
        ("Arusha", "TZA"),
    ),
    "their-talks": ("their talks{place}{month}", M, None, None, None),
}
# The recalling phrase, with {g} the recalled gathering's words.
PHRASES = {
    "build-commitments": "building on the commitments made at {g}",
    "agreed-during": "as agreed during {g}",
    "follow-decisions": "following up on the decisions taken at {g}",
    "building-on": "building on {g}",
}
ORDERS = ["own-first", "recalled-first"]
YES_NO = [True, False]

# A record as the grid compares it: (kind, status, sides, body, date, city, title, people)
Record = tuple[
    str, str, tuple[str, ...], str | None, str | None, str | None, str | None, tuple[str, ...]
]


@dataclass(frozen=True)
class Cell:
    """One sentence's choices."""

    recalled: str
    order: str
    frame: str
    own_place: bool
    rec_place: bool
    month: bool
    phrase: str
    pair: int

    def valid(self) -> bool:
        """The pair's talks are recalled by their month (bare, they may be the talks told)."""
        if self.recalled == "their-talks" and not self.month:
            return False
        # "building on the pair's talks" beside a summit one official attends names no pair
        return not (self.recalled == "their-talks" and self.frame != "talks")

    def own_place_of(self) -> tuple[str, str] | None:
        """The own event's (city, state), or None."""
        if not self.own_place:
            return None
        if self.frame == "talks":
            b = PAIRS[self.pair][1]
            return (b.capital, b.code)
        return OWN_PLACES[self.frame]

    def rec_place_of(self) -> tuple[str, str] | None:
        """The recalled gathering's (city, state), or None."""
        if not self.rec_place:
            return None
        place = RECALLED[self.recalled][4]
        if place is None:
            a = PAIRS[self.pair][0]
            return (a.capital, a.code)
        return place

    def text(self) -> str:
        """The sentence."""
        a, b, short = PAIRS[self.pair]
        words, *_ = FRAMES[self.frame]
        own_place = self.own_place_of()
        own = words.format(
            pa=f"{a.demonym} {a.title} {a.person}",
            pb=f"{b.demonym} {b.title} {b.person}",
            place="" if own_place is None else f" in {own_place[0]}",
        )
        rec_place = self.rec_place_of()
        gathering = RECALLED[self.recalled][0].format(
            short=short,
            place="" if rec_place is None else f" in {rec_place[0]}",
            month=" in March" if self.month else "",
        )
        phrase = PHRASES[self.phrase].format(g=gathering)
        if self.order == "own-first":
            return f"{own}, {phrase}."
        return f"{phrase[0].upper()}{phrase[1:]}, {own}."

    def expected(self) -> list[Record]:
        """The meetings the sentence tells, computed from the choices."""
        a, b, short = PAIRS[self.pair]
        _, kind, status, date, body, title = FRAMES[self.frame]
        officials = {a.code, b.code} if self.frame == "talks" else {a.code}
        people = (a.person, b.person) if self.frame == "talks" else (a.person,)
        own_place = self.own_place_of()
        own_sides = officials | ({own_place[1]} if own_place else set())
        own: Record = (
            kind,
            status,
            tuple(sorted(own_sides)),
            body,
            date,
            own_place[0] if own_place else None,
            title,
            tuple(sorted(people)),
        )
        _, rec_kind, rec_body, rec_title, _ = RECALLED[self.recalled]
        rec_place = self.rec_place_of()
        rec_sides = set(officials)
        if self.recalled == "named-summit":
            rec_sides.add(a.code)  # "the Kenya-Asia Forum Summit" names Kenya
        if rec_place is not None:
            rec_sides.add(rec_place[1])
        recalled: Record = (
            rec_kind,
            H,
            tuple(sorted(rec_sides)),
            rec_body,
            "2023-03" if self.month else None,
            rec_place[0] if rec_place else None,
            rec_title.format(short=short) if rec_title else None,
            (),
        )
        return [own, recalled]


CHOICES: dict[str, list[object]] = {
    "recalled": list(RECALLED),
    "order": list(ORDERS),
    "frame": list(FRAMES),
    "own_place": list(YES_NO),
    "rec_place": list(YES_NO),
    "month": list(YES_NO),
    "phrase": list(PHRASES),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(
        Cell, Cell.valid, CHOICES, random.Random(6421), size=240, axis="recalled", tries=80
    )
)


def read(cell: Cell) -> list[Record]:
    """The meetings the library reads from the cell's sentence."""
    return read_text(cell.text())


def passes(cell: Cell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(read(cell), cell.expected(), lambda got, want: got == want)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (a strict xfail), from its choices."""
    return None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_recalled_places(cell: Cell) -> None:
    """A recalled gathering and the sentence's own event each keep their own place and people."""
    assert passes(cell), (cell.text(), read(cell), cell.expected())


# Rows the grid's templates do not write, each an invented sentence with the records it tells
# (same fields as the grid's): the subject of a finite recalling verb took part in that
# gathering; a body's summit recalled beside a visit keeps its body and place; a sentence
# whose one gathering is the story's own ("agreed at a meeting here today") is no recall; a
# named summit recalled with one state and no time or place is a record of its own; a
# recalled clause set off by commas after the subject keeps its own place.
ROWS: list[tuple[str, list[Record]]] = [
    (
        "Chilean Foreign Minister Rosa Varela held talks with Bolivian Foreign Minister Hugo "
        "Quispe in La Paz on Monday, building on the plan which Argentine President Marta Sosa "
        "announced at the Chile-Asia Forum Summit in Seoul in March.",
        [
            (
                M,
                H,
                ("BOL", "CHL"),
                None,
                "2024-02-12",
                "La Paz",
                None,
                ("Hugo Quispe", "Rosa Varela"),
            ),
            (
                K,
                H,
                ("ARG", "BOL", "CHL", "KOR"),
                None,
                "2023-03",
                "Seoul",
                "Chile-Asia Forum Summit",
                ("Marta Sosa",),
            ),
        ],
    ),
    (
        "Tanzanian President Amani Mollel will visit Uganda next week, following up on the "
        "decisions taken at the East African Community summit in Nairobi in March.",
        [
            ("visit", P, ("TZA", "UGA"), None, "2024-02", None, None, ("Amani Mollel",)),
            (
                K,
                H,
                ("KEN", "TZA", "UGA"),
                "EAC",
                "2023-03",
                "Nairobi",
                "East African Community summit",
                (),
            ),
        ],
    ),
    (
        "India will send a large delegation to the Commonwealth summit in Kigali next month, "
        "where it hopes to deepen the ties agreed at the India-Africa Forum Summit.",
        [
            (K, P, ("IND", "RWA"), None, "2024-03", "Kigali", "Commonwealth summit", ()),
            (K, H, ("IND",), None, None, None, "India-Africa Forum Summit", ()),
        ],
    ),
    (
        "LIMA, Feb 16 - Peruvian and Chilean trade ministers agreed at a meeting here today to "
        "set up a joint customs office.",
        [(M, H, ("CHL", "PER"), None, "2024-02-16", "Lima", None, ())],
    ),
    (
        "Rwanda and Burundi, building on their talks in Kigali in March, will hold talks in "
        "Bujumbura next month.",
        [
            (M, H, ("BDI", "RWA"), None, "2023-03", "Kigali", None, ()),
            (M, P, ("BDI", "RWA"), None, "2024-03", "Bujumbura", None, ()),
        ],
    ),
]


def read_text(text: str) -> list[Record]:
    """The meetings the library reads from one sentence published on the grid's day."""
    article = Article(id="t", body=text, published=PUBLISHED)
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
            m.location.city if m.location else None,
            m.title,
            tuple(sorted(p.name for p in m.participants)),
        )
        for m in extract_meetings(article)
    ]


@pytest.mark.parametrize(("text", "wants"), ROWS, ids=[f"row{i}" for i in range(len(ROWS))])
def test_recalled_place_rows(text: str, wants: list[Record]) -> None:
    """Each of the sentence's records keeps its own place, body, people and title."""
    got = read_text(text)
    assert pairs(got, wants, lambda g, w: g == w), (got, wants)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:20} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for c, bad in failed.items():
        if bad:
            print("\n" + c.text())
            print("  got ", read(c))
            print("  want", c.expected())
