"""A grid of events a source denies, the report's words between the denial and the event.

News often tells an event only to deny it: "officials denied a report by a Santiago daily
that the minister had also met Chilean envoys", "the ministry denied reports in local
newspapers that it planned separate talks with Chile", "dismissed as speculation claims
that the two sides had signed a secret protocol". Spec section 2 makes talks "only proposed
or speculated about" no meeting, and section 3 keeps only instruments the text tells as
made or to be made: an event stated only inside what a source denies is no record. The rest
of the sentence is judged on its own ("..., saying the minister would meet his counterpart
in Lima on Friday" is a planned meeting), and so are the events the denial only presumes:
"denied that Peru had violated the accord" keeps the accord signed in the sentence before,
"denied reports that the talks had collapsed" the talks held, "denied reports that the
meeting had been postponed until next year" the meeting planned for October (the
postponement denied moves no date). A denial that is not one tells the event: "confirmed
reports that", "did not deny that".

Each cell draws one value of every independent choice (the two states, who speaks, the
denial's words, its polarity, the event in the denied clause, what follows it, and whether
the sentence opens on a meeting of its own), writes a short invented paragraph published
on Wednesday 2023-05-10, and computes the records it must give from the choices alone,
never by running the library. A cell passes when the paragraph's meetings and agreements
pair one to one with the expected ones as the scorer pairs them (same status; sides
overlapping by half; dates equal at the coarser precision, or either unknown).

Before the rules of this grid, 145 of the 397 cells failed (run this file as a script for
the report by choice value): an event asserted inside the denied clause was a record (the
meeting "had also met" 30 of 36, talks "planned" 27 of 38, a protocol "had signed" 17 of 36,
a pact one "would sign" 27 of 36), the report's words between the denial and "that" hiding
the denial; a denial negated ("did not deny that ... had held talks", 9 of 13) dropped the
event it tells; and a put-off denied ("denied reports that the meeting had been postponed
until next year", 34 of 34) made a second meeting dated by the denied time. After them 5
fail, strict xfails (``known_gap``): "X would also stop in P" believed is no trip the library
reads at all, a visit's recall class (denied, it is rightly no record).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from diplonews import extract_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import pairs

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

PAIRS = (
    (
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Ramon Esteva"),
        State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Lina Morak"),
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Foreign Minister", "Joseph Kamau"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "Foreign Minister", "Grace Apio", "she"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Foreign Minister", "Marek Zielny"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Foreign Minister", "Rasa Vaitkus"),
    ),
    (
        State("THA", "Thailand", "Thai", "Bangkok", "Foreign Minister", "Somchai Rattana"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Foreign Minister", "Tran Van Lam"),
    ),
)

# Who speaks ("{dem_a}", "{a}").
SPEAKERS = {
    "officials": "{dem_a} officials",
    "ministry": "The {dem_a} foreign ministry",
    "spokesman": "A spokesman for the {dem_a} government",
}

# The denial's words before the denied clause: (denied, confirmed, not denied), None where
# the polarity does not read ("{cap_b}", "{dem_b}", "{b}" the other state's).
FRAMES: dict[str, tuple[str, str | None, str | None]] = {
    "report-by": (
        "denied a report by a {cap_b} daily that",
        "confirmed a report by a {cap_b} daily that",
        None,
    ),
    "reports-in": (
        "denied reports in local newspapers that",
        "confirmed reports in local newspapers that",
        None,
    ),
    "press": ("denied press reports that", "confirmed press reports that", None),
    "as-speculation": ("dismissed as speculation claims that", None, None),
    "claims-in": ("rejected claims in the {dem_b} press that", None, None),
    "rumours": ("dismissed rumours that", None, None),
    "speculation": ("denied speculation that", None, None),
    "bare": ("denied that", "confirmed that", "did not deny that"),
    "flatly": ("flatly denied that", "readily confirmed that", "would not deny that"),
    "day": (
        "denied newspaper reports on Tuesday that",
        "confirmed newspaper reports on Tuesday that",
        None,
    ),
    "denying": (
        "said relations with {b} were close, denying reports that",
        "said relations with {b} were close, confirming reports that",
        None,
    ),
}
POLARITIES = ("denied", "confirmed", "not-denied")


@dataclasses.dataclass(frozen=True)
class Told:
    """An event of the denied clause: its words, the record it tells, and a lead sentence.

    ``record`` is (type, status, ISO date or None) of the event the clause tells, when the
    clause is believed; ``lead`` a sentence before that tells a real event the clause only
    presumes, and ``real`` that event's record (the clause's own is then never a record).
    """

    words: str
    record: tuple[str, str, str | None] | None
    lead: str = ""
    real: tuple[str, str, str | None] | None = None


EVENTS: dict[str, Told] = {
    "met": Told(
        "Foreign Minister {p_a} had also met {dem_b} envoys in {cap_b}", ("m", "held", None)
    ),
    "talks-day": Told(
        "Foreign Minister {p_a} had held secret talks with {dem_b} officials on Sunday",
        ("m", "held", "2023-05-07"),
    ),
    "planned-talks": Told(
        "{a} planned separate talks with {b} on fishing quotas", ("m", "planned", None)
    ),
    "stop": Told("Foreign Minister {p_a} would also stop in {cap_b}", ("m", "planned", None)),
    "visit": Told("Foreign Minister {p_a} would visit {b} next month", ("m", "planned", "2023-06")),
    "call": Told(
        "President {p_a} had spoken by telephone with the {dem_b} president on Sunday",
        ("m", "held", "2023-05-07"),
    ),
    "signed": Told("{a} and {b} had signed a secret protocol", ("a", "signed", None)),
    "to-sign": Told("{a} would sign a defence pact with {b} in June", ("a", "planned", "2023-06")),
    # presumed, not denied: the lead's event stands, the clause adds none
    "violated": Told(
        "{a} had violated the fisheries accord",
        None,
        "{a} and {b} signed a fisheries accord in March.",
        ("a", "signed", "2023-03"),
    ),
    "collapsed": Told(
        "the talks had collapsed",
        None,
        "{a} and {b} held talks in {cap_a} on Monday.",
        ("m", "held", "2023-05-08"),
    ),
    "postponed": Told(
        "the meeting had been postponed until next year",
        None,
        "The presidents of {a} and {b} will meet in {cap_a} in October.",
        ("m", "planned", "2023-10"),
    ),
}

# What follows the denied clause: (words, the record they tell or None).
RESTS: dict[str, tuple[str, tuple[str, str, str | None] | None]] = {
    "none": (".", None),
    "no-plans": (", saying there were no such plans.", None),
    "will-meet": (
        ", saying Foreign Minister {p_a} would meet his {dem_b} counterpart in {cap_a} on"
        " Friday instead.",
        ("m", "planned", "2023-05-12"),
    ),
    "quote": ('. "The report is groundless," an official said.', None),
}

# Whether the sentence opens on a meeting of its own before the denial.
OPENINGS = ("none", "met-before")


@dataclasses.dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    pair: int
    speaker: str
    frame: str
    polarity: str
    event: str
    rest: str
    opening: str

    @property
    def id(self) -> str:
        """A readable test id."""
        code = PAIRS[self.pair][0].code
        parts = (code, self.speaker, self.frame, self.polarity, self.event, self.rest)
        return "-".join((*parts, self.opening))


def _slots(cell: Cell) -> dict[str, str]:
    a, b = PAIRS[cell.pair]
    return {
        "a": a.name,
        "b": b.name,
        "dem_a": a.demonym,
        "dem_b": b.demonym,
        "cap_a": a.capital,
        "cap_b": b.capital,
        "p_a": a.person,
        "p_b": b.person,
    }


def text(cell: Cell) -> str:
    """The cell's paragraph: a lead the clause presumes, then the sentence with the denial."""
    slots = _slots(cell)
    told = EVENTS[cell.event]
    frame = FRAMES[cell.frame][POLARITIES.index(cell.polarity)]
    assert frame is not None
    if cell.opening == "met-before":
        head = (
            "Foreign Minister {p_a} met the {dem_b} ambassador in {cap_a} on Monday and"
            f" {frame}"
        )
    else:
        head = f"{SPEAKERS[cell.speaker]} {frame}"
    clause = f"{told.words}{RESTS[cell.rest][0]}"
    if cell.opening == "met-before":  # the minister opens the sentence: later, "he"
        clause = clause.replace("Foreign Minister {p_a}", PAIRS[cell.pair][0].pronoun)
    sentence = f"{head} {clause}"
    lead = f"{told.lead} " if told.lead else ""
    return (lead + sentence).format(**slots)


def expected(cell: Cell) -> list[tuple[str, str, str | None]]:
    """The records the paragraph tells: (type, status, date), every one of the pair's states."""
    told = EVENTS[cell.event]
    records = []
    if told.real is not None:
        records.append(told.real)
    if told.record is not None and cell.polarity != "denied":
        records.append(told.record)
    rest = RESTS[cell.rest][1]
    if rest is not None:
        records.append(rest)
    if cell.opening == "met-before":
        records.append(("m", "held", "2023-05-08"))
    return records


def _dates_agree(got: str | None, want: str | None) -> bool:
    """Equal at the coarser precision, or either unknown (as the scorer pairs dates)."""
    if got is None or want is None:
        return True
    size = min(len(got), len(want))
    return got[:size] == want[:size]


#: A record as the grid compares it: type ("m" or "a"), status, sides, ISO date or None.
Got = tuple[str, str, list[str], str | None]


def _fits(got: Got, want: tuple[str, str, str | None], codes: set[str]) -> bool:
    kind, status, sides, date = got
    if kind != want[0] or status != want[1] or not _dates_agree(date, want[2]):
        return False
    return len(codes & set(sides)) * 2 >= len(codes | set(sides))


def records(cell: Cell) -> list[Got]:
    """The meetings ("m") and agreements ("a") the library reads in the cell."""
    found = extract_text(text(cell), published=PUBLISHED)
    meetings = [
        ("m", m.status.value, [c.alpha_3 for c in m.countries], str(m.date) if m.date else None)
        for m in found.meetings
    ]
    agreements = [
        ("a", a.status.value, [str(p) for p in a.parties], str(a.date) if a.date else None)
        for a in found.agreements
    ]
    return meetings + agreements


def failed(cell: Cell) -> bool:
    """Whether the library's records fail to pair with the expected ones."""
    codes = {s.code for s in PAIRS[cell.pair]}
    return not pairs(records(cell), expected(cell), lambda g, w: _fits(g, w, codes))


def _valid(cell: Cell) -> bool:
    """A cell the grid can write and judge from its choices."""
    if FRAMES[cell.frame][POLARITIES.index(cell.polarity)] is None:
        return False
    presumed = EVENTS[cell.event].record is None
    if presumed and (cell.polarity != "denied" or cell.opening != "none"):
        return False  # only a denial leaves the presumed event as the lead told it
    if cell.polarity != "denied" and cell.rest != "none":
        return False  # a believed report is neither called groundless nor replaced
    # the meeting before the denial is the speaker's own: its frame names no other speaker
    return not (cell.opening == "met-before" and cell.speaker != "officials")


CHOICES: dict[str, Any] = {
    "pair": range(len(PAIRS)),
    "speaker": list(SPEAKERS),
    "frame": list(FRAMES),
    "polarity": POLARITIES,
    "event": list(EVENTS),
    "rest": list(RESTS),
    "opening": OPENINGS,
}

CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(61), size=300, axis="event", tries=40, cover_axis=True
    )
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads the cell)."""
    if cell.event == "stop" and cell.polarity != "denied":
        return (
            "'X would also stop in P' believed is no trip the library reads: a visit's"
            " recall class, not a denial's (denied, it is rightly no record)"
        )
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap))
def test_grid_denied_events(cell: Cell) -> None:
    """A denied event is no record; what the denial presumes or leaves out is read as told."""
    assert not failed(cell), (text(cell), expected(cell), records(cell))


# Rows that keep each side of the rule whatever the seeded sample draws: (name, text,
# expected records as (type, status, sorted sides, ISO date or None)).
TABLE: list[tuple[str, str, list[tuple[str, str, list[str], str | None]]]] = [
    (
        "denied-trip-with-report-words",
        "Kenyan officials denied a report by a Kampala weekly that President Joseph Kamau had"
        " also met Ugandan envoys during a private trip to Kampala.",
        [],
    ),
    (
        "denied-convening",
        "Peruvian officials denied reports that Peru and Chile would convene an emergency"
        " summit in Lima next week.",
        [],
    ),
    (
        "near-miss:attendance-denied-keeps-the-summit",
        "Ghana denied reports that it planned to stay away from the ECOWAS summit in Abuja"
        " next month.",
        [("m", "planned", ["GHA", "NGA"], "2023-06")],
    ),
    (
        "near-miss:claim-about-a-treaty-made-before",
        "Peru rejected Chile's claim that the border treaty signed in 1929 was invalid.",
        [("a", "signed", ["CHL", "PER"], "1929")],
    ),
    (
        "near-miss:presumed-talks",
        "The Peruvian foreign ministry denied that the talks with Chile had collapsed.",
        [("m", "held", ["CHL", "PER"], None)],
    ),
    (
        "near-miss:put-off-denied-alone",
        "Peruvian officials denied reports that the summit with Chile had been postponed until"
        " next year.",
        [("m", "planned", ["CHL", "PER"], None)],
    ),
    (
        "near-miss:signing-in-the-next-sentence",
        "Officials denied that Peru had signed a secret deal with Bolivia. Peru and Chile signed"
        " a border treaty on Monday.",
        [("a", "signed", ["CHL", "PER"], "2023-05-08")],
    ),
    (
        "near-miss:not-denied-met",
        "Peruvian officials did not deny that the Peruvian and Chilean foreign ministers had met"
        " in Lima on Monday.",
        [("m", "held", ["CHL", "PER"], "2023-05-08")],
    ),
]


@pytest.mark.parametrize(("text", "want"), [row[1:] for row in TABLE], ids=[r[0] for r in TABLE])
def test_denied_rows(text: str, want: list[tuple[str, str, list[str], str | None]]) -> None:
    """Each row gives exactly its records: the denied event none, the presumed one kept."""
    found = extract_text(text, published=PUBLISHED)
    meetings = [
        ("m", m.status.value, sorted(c.alpha_3 for c in m.countries), m.date)
        for m in found.meetings
    ]
    agreements = [
        ("a", a.status.value, sorted(str(p) for p in a.parties), a.date) for a in found.agreements
    ]
    got = sorted(meetings + agreements, key=str)
    assert [(t, st, sd, str(d) if d else None) for t, st, sd, d in got] == want, text


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    fails = {c: failed(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, fails):
        print(f"{name:10} {value!s:16} {bad:3}/{total}")
    for c in CELLS:
        if fails[c]:
            print(c.id, "|", text(c), "|", records(c))
    print(f"{sum(fails.values())} of {len(CELLS)} cells fail")
