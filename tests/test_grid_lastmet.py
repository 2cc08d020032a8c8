"""A grid of two meetings of one pair told in one sentence, and of talks told in a clause.

Every cell is one short invented paragraph built from independent choices: the shape (a
``planned`` meeting of A and B followed by their meeting before it, recalled in the same
sentence or the next; or a ``clause`` that tells A's held talks with B beside a main clause,
"after holding talks with B", "having met B", "following talks with B"), the connector of
the shape, where the clause stands (after the main clause, opening the sentence, or as an
aside after the subject), the main clause (a statement of A's, or a trip of A's to a third
state C), the wording of the first event, the states, the date form, whether the page gives
its day of publication, and a distractor after the event ("met" in another sense: "met the
target", "met with criticism", or none). The records follow spec/EXTRACTION.md section 2:

- each event is its own record with its own status and date ("is due to hold talks on
  Friday": planned, that Friday; "last met in P in March", "their first meeting since talks
  in P in March", "their second meeting this year after talks in P in March": held, that
  March), never one record merged from both, and a story with no day of publication leaves
  both dates null but still tells two events;
- talks told in a participle or "after" clause beside a main clause ("said his country would
  seek a higher quota, after holding talks with B last week", "Having met B on Monday, A will
  travel to C") are held, between A and B alone, dated by the clause's own time; the trip
  is A's and C's alone, and its words give it no date;
- "met" in another sense ("exports met the target", "the plan met with criticism") is no
  meeting.

A cell passes when the page's meetings pair one to one with the expected ones (kind,
status and countries equal, dates equal at the coarser precision or both open).

Run on the library before the rules it brought: 160 of 320 cells failed (a hedge before the
clause, "would seek ..., after holding talks", dropped the talks; "having met" took the
modal's future; an opening or aside clause gave its partner to the trip, and the trip its
time; "since talks in P" was a plan dated next year; "It will be their second meeting" was
one more plan; undated, "the two last met" folded into the plan). After: 14 strict xfails,
the clause with no comma dated by a day (``known``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    by_value,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Expected, ToldRow, assert_told, told_params

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday

# (A, B, and C: the state a trip of A's goes to in the clause shape's "trip" main clause)
PAIRS: list[tuple[State, State, str, str]] = [
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Ingrid Solberg", "she"),
        State("SWE", "Sweden", "Swedish", "Stockholm", "Prime Minister", "Karl Lindqvist"),
        "FIN",
        "Finland",
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Trade Minister", "Peter Kamau"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "Trade Minister", "Joseph Okello"),
        "TZA",
        "Tanzania",
    ),
    (
        State("ECU", "Ecuador", "Ecuadorean", "Quito", "Energy Minister", "Luis Paredes"),
        State("NGA", "Nigeria", "Nigerian", "Abuja", "Oil Minister", "Tunde Bakare"),
        "GAB",
        "Gabon",
    ),
    (
        State("MNG", "Mongolia", "Mongolian", "Ulaanbaatar", "President", "Bat Erdene"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "President", "Tran Van Long"),
        "LAO",
        "Laos",
    ),
]

SHAPES = ["planned", "clause"]

# planned shape: how the earlier meeting of the pair is recalled after the planned one
RECALLS = {
    "and-last-met": ", and the two last met in {P} {M}.",
    "pair-last-met": ", and the pair last met in {P} {M}.",
    "sentence-last-met": ". The two leaders last met in {P} {M}.",
    "first-since": ", their first meeting since talks in {P} {M}.",
    "second-after": ". It will be their second meeting this year after talks in {P} {M}.",
}
# clause shape: how the held talks are told beside the main clause
CLAUSES = {
    "after-holding": "after holding talks with {B} in {P} {D}",
    "after-holding-nocomma": "after holding talks with {B} in {P} {D}",
    "after-talks": "after talks with {B} in {P} {D}",
    "having-held": "having held talks with {B} in {P} {D}",
    "having-met": "having met {B} in {P} {D}",
    "following-talks": "following talks with {B} in {P} {D}",
}
# clause shape: where the clause stands: after the main clause, opening the sentence, or as
# an aside after the subject ("A, having met B on Monday, said ...")
POSITIONS = ["trailing", "opening", "aside"]
# clause shape: the main clause: a statement, or a trip of A's to C (a planned visit)
MAINS = ["statement", "trip"]
CONNECTORS = list(RECALLS) + list(CLAUSES)

# planned shape: the first event's words; clause shape: what the speaker's country will do,
# and the words of a trip
FIRSTS = {
    "will-meet": ("will meet", "would seek a higher quota", "will travel to"),
    "due-talks": ("is due to hold talks with", "would raise its tariffs", "is due to visit"),
    "is-to-meet": ("is to meet", "would ask for more time", "is to travel to"),
}

# date form -> (past text, past ISO, future text, future ISO)
DATES = {
    "weekday": ("on Monday", "2024-05-13", "on Friday", "2024-05-17"),
    "week": ("last week", "2024-05", "next week", "2024-05"),
    "day-month": ("on 6 May", "2024-05-06", "on 23 May", "2024-05-23"),
}
# the recalled meeting's month (planned shape): text and ISO
RECALLED_MONTH = ("in March", "2024-03")

PUBLISHINGS = ["dated", "undated"]
DISTRACTORS = {
    "none": "",
    "target": " Exports to {B0} met the target set last year.",
    "criticism": " The plan has met with criticism in {A0}.",
}


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    shape: str
    connector: str
    position: str
    main: str
    first: str
    pair: int
    date: str
    publishing: str
    distractor: str

    def valid(self) -> bool:
        """Whether the connector, the position and the main clause belong to the shape."""
        if self.shape == "planned":
            return self.connector in RECALLS and (self.position, self.main) == (
                "trailing",
                "statement",
            )
        if self.connector == "after-holding-nocomma" and (self.position, self.main) != (
            "trailing",
            "statement",
        ):
            # "will travel to C after holding talks with B": with no comma, talks to come
            return False
        return self.connector in CLAUSES

    def text(self) -> str:
        """The paragraph the cell tells."""
        a, b, _, c_name = PAIRS[self.pair]
        past, _, future, _ = DATES[self.date]
        subject = f"{a.demonym} {a.title} {a.person}"
        other = f"{b.demonym} {b.title} {b.person}"
        if self.shape == "planned":
            verb = FIRSTS[self.first][0]
            tail = RECALLS[self.connector].format(P=b.capital, M=RECALLED_MONTH[0])
            body = f"{subject} {verb} {other} {future}{tail}"
        else:
            clause = CLAUSES[self.connector].format(B=other, P=b.capital, D=past)
            pron = "her" if a.pronoun == "she" else "his"
            if self.main == "statement":
                predicate = f"said {pron} country {FIRSTS[self.first][1]}"
            else:
                predicate = f"{FIRSTS[self.first][2]} {c_name}"
            if self.position == "opening":
                body = f"{clause[0].upper()}{clause[1:]}, {subject} {predicate}."
            elif self.position == "aside":
                body = f"{subject}, {clause}, {predicate}."
            else:
                comma = "" if self.connector == "after-holding-nocomma" else ","
                body = f"{subject} {predicate}{comma} {clause}."
        extra = DISTRACTORS[self.distractor].format(B0=b.name, A0=a.name)
        return body + extra

    def expected(self) -> list[tuple[str, str, list[str], str | None]]:
        """The records: (kind, status, countries, date)."""
        a, b, c_code, _ = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        dated = self.publishing == "dated"
        _, past_iso, _, future_iso = DATES[self.date]
        if self.shape == "planned":
            return [
                ("meeting", "planned", sides, future_iso if dated else None),
                ("meeting", "held", sides, RECALLED_MONTH[1] if dated else None),
            ]
        held = ("meeting", "held", sides, past_iso if dated else None)
        if self.main == "trip":
            # the trip's own words give it no date: the talks' time is theirs alone
            return [held, ("visit", "planned", sorted([a.code, c_code]), None)]
        return [held]

    def read(self) -> list[tuple[str, str, list[str], str | None]]:
        """The meetings the library reads from the cell's paragraph."""
        published = PUBLISHED if self.publishing == "dated" else None
        return [
            (
                m.kind.value,
                m.status.value,
                sorted(c.alpha_3 for c in m.countries),
                str(m.date) if m.date else None,
            )
            for m in extract_text(self.text(), published=published).meetings
        ]


Row = tuple[str, str, list[str], str | None]


def _fits(got: Row, want: Row) -> bool:
    """Whether a read record is the wanted one: kind, status, sides, dates compatible."""
    if got[:3] != want[:3]:
        return False
    if got[3] is None or want[3] is None:
        return got[3] == want[3]
    n = min(len(got[3]), len(want[3]))
    return got[3][:n] == want[3][:n]


def passes(cell: Cell) -> bool:
    """Whether the library reads exactly the cell's records."""
    got, wants = cell.read(), cell.expected()
    if len(got) != len(wants):
        return False
    left = list(got)
    for want in wants:
        match = next((g for g in left if _fits(g, want)), None)
        if match is None:
            return False
        left.remove(match)
    return True


CHOICES: dict[str, list[object]] = {
    "shape": list(SHAPES),
    "connector": list(CONNECTORS),
    "position": list(POSITIONS),
    "main": list(MAINS),
    "first": list(FIRSTS),
    "pair": list(range(len(PAIRS))),
    "date": list(DATES),
    "publishing": list(PUBLISHINGS),
    "distractor": list(DISTRACTORS),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(9), size=320, axis="connector", tries=200)
)

# The cells the library still misreads, by choice value (see the module docstring).
LEFT: dict[tuple[str, str], str] = {}
_KNOWN = by_value(LEFT)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread: ``LEFT``, and a clause with no comma dated by a day."""
    if cell.connector == "after-holding-nocomma" and cell.date != "week":
        return (
            "'would raise tariffs after holding talks with B on Monday' with no comma: the "
            "talks may be the ones to come, so the modal's tense is kept"
        )
    return _KNOWN(cell)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_cell(cell: Cell) -> None:
    """The cell's paragraph is read as exactly its meetings."""
    assert passes(cell), (cell.text(), cell.expected(), cell.read())


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:22} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(failed), "fail")


# --- the rules' near misses, as rows (invented sentences; one class each) ----------------
D = "2025-03-12"  # a Wednesday
NEAR: list[ToldRow] = [
    (
        "home-organ-last-met",
        D,
        "Chilean President Elena Ortiz will meet Peruvian President Luis Mendoza on Friday. The "
        "central bank's board last met in January.",
        [("meeting", "planned", ("CHL", "PER"), None, "2025-03-14")],
    ),
    (
        "home-organ-last-met",
        D,
        "Chilean President Elena Ortiz will meet Peruvian President Luis Mendoza on Friday, and "
        "the central bank's council last met in January.",
        [("meeting", "planned", ("CHL", "PER"), None, "2025-03-14")],
    ),
    (
        "home-organ-last-met",
        D,
        "Chilean President Elena Ortiz will meet Peruvian President Luis Mendoza on Friday. The "
        "cabinet last met in January.",
        [("meeting", "planned", ("CHL", "PER"), None, "2025-03-14")],
    ),
    (
        "met-in-another-sense",
        D,
        "Chilean President Elena Ortiz will meet Peruvian President Luis Mendoza on Friday. "
        "Copper exports last year met the target, and the plan met with criticism in Lima.",
        [("meeting", "planned", ("CHL", "PER"), None, "2025-03-14")],
    ),
    (
        "after-no-event",
        D,
        "Chilean President Elena Ortiz will meet Peruvian President Luis Mendoza on Friday, "
        "after the election in January.",
        [("meeting", "planned", ("CHL", "PER"), None, "2025-03-14")],
    ),
    (
        "opening-between-told",
        D,
        "Following the meeting between President Elena Ortiz of Chile and President Luis "
        "Mendoza of Peru on 3 March, their advisers discussed trade.",
        [("meeting", "held", ("CHL", "PER"), None, "2025-03-03")],
    ),
    (
        "having-as-progressive",
        D,
        '"We shall be having a meeting of the G-7 in Rome on Friday," the Italian minister said.',
        [("conference", "planned", ("ITA",), "G7", "2025-03-14")],
    ),
]


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(NEAR))
def test_near_misses(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """A "last met" of a home organ, "met" in another sense and like words add no meeting."""
    assert_told(cls, day, text, expected)
