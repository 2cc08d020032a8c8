"""A grid of polarity and modality: how news tells that an event did not happen, or may.

Every cell is one short invented page built from independent choices: the record type
and its wording (a meeting told as talks, "met", a visit, a phone call or a summit; an
agreement told as signing a memorandum, concluding a treaty or signing a deal), the
frame around the verb (``FRAMES``), the subject's form, the date form and the page's
layout. The records a cell must give are computed from the choices alone, by
spec/EXTRACTION.md sections 2 and 3 (never by running the library):

- done ("held", "signed") and reported ("said that ...", "according to ...") frames: the
  event took place: a meeting ``held``, an agreement ``signed``, dated by the past form;
- going on ("are holding talks"): a meeting ``held``; an agreement "being negotiated"
  (its going-on form is "are negotiating") ``planned`` (spec 3), undated;
- planned ("will", "is to", "is due to", "is scheduled to", "plan to", "agreed to",
  "decided to"): ``planned`` for both types, dated by the future form;
- hedged or wished ("could", "may", "might", "should", "must", "want to", "hope to",
  "seek to", "are trying to", "are ready to", "proposed"): talks "only proposed or
  speculated about" are no meeting (spec 2); a signing to come is ``planned`` whatever
  the frame that tells it (spec 3: "to be signed"; the modal-status fix on the base);
- negated or failed ("did not", "failed to", "refused to", "no ... was signed"): nothing
  took place and nothing is told to come: no record. "have not yet": no meeting, and an
  agreement still "to be signed": ``planned``, undated;
- denied ("denied that ... had met / signed"): no record;
- conditional ("If ..., they will ..."): ``planned``; the dev key keys "talks will begin
  only if the country co-operates fully" (bbc-politics-064) as a planned meeting;
- question ("Will A and B hold talks ...?"): speculated about: no meeting; for an
  agreement a signing asked about is one in prospect, ``planned``, as the hedged frames.

Frames the spec does not decide, read off the owners' dev key (/work/shared/gold/dev.jsonl):

- cancelled ("was cancelled", "called off"): the key keeps a cancelled meeting as
  ``planned`` on the day it was set for (worldnewsapi-331588006: talks "scheduled to hold
  ... on Sunday ... the meeting was canceled" is a planned meeting of that Sunday); so a
  cancelled meeting is planned and dated, and a cancelled signing, by the same reading, a
  planned agreement;
- postponed ("was postponed"): the key has no postponed event; read as the cancelled one
  (the event is still planned), but the day told is the one it no longer has, so the date
  is left open (any date, or none).

The key contradicts itself on none of these frames in the dev set (it has one cancelled
meeting and one conditional one), so none is left out. A trade target is not crossed: its
``target`` flag does not depend on the frame the grid varies.

The date forms are resolved against the publication day, Wednesday 15 May 2024: "on
Monday" is 13 May for a past form and 20 May for one to come; "next month" is June (to
come only); "in April 2024" (past) and "in June 2024" (to come). A cell with no date
accepts any date (the scorer pairs a null with any). A cell passes when the page gives
exactly the expected records of its type, paired as the scorer pairs them (same status,
compatible dates, Jaccard of the sides at least 0.5) and of the expected kind.

Classes the grid showed and the library now reads (each its own commit and changelog
fragment): a treaty to "conclude" dated by its time; "failed to meet / sign" no event;
"denied that A and B had met / signed" no event; "Will A and B meet?" no meeting; a signing
"postponed" or "called off" planned, not signed; a meeting "postponed." with no new time
planned, not held; a signing asked about ("Will A and B sign a deal?") planned, not signed;
"the two sides could/may/must conclude a treaty" planned, not dropped; "the two sides" with
no day after a lead naming both states and no event, an event of its own, not a
back-reference. Left (strict xfails): cancelled meetings (dropped by the owners' rule).

The cells are a seeded sample: every event (record type and wording) meets every value of
every other choice, every frame among them, then cells drawn at random up to 400. A cell
the library still misreads is a strict xfail whose reason names its class
(``_known_miss``); run as a script, the module prints the failing cells by choice value.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract, extract_text
from diplonews.readers import parse_crawled_text
from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


@dataclass(frozen=True)
class Side:
    """A state as news names it: name, demonym, capital and an official."""

    code: str
    name: str
    demonym: str
    capital: str
    title: str
    person: str

    @property
    def official(self) -> str:
        """The official with title and name ("Foreign Minister", "Ruslan Qasimli")."""
        return f"{self.title} {self.person}"


PAIRS: list[tuple[Side, Side]] = [
    (
        Side("AZE", "Azerbaijan", "Azerbaijani", "Baku", "Foreign Minister", "Ruslan Qasimli"),
        Side("HUN", "Hungary", "Hungarian", "Budapest", "Foreign Minister", "Bence Halasz"),
    ),
    (
        Side("KAZ", "Kazakhstan", "Kazakh", "Astana", "President", "Nurlan Abenov"),
        Side("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Tran Quoc Hai"),
    ),
    (
        Side("PAK", "Pakistan", "Pakistani", "Islamabad", "Foreign Minister", "Imran Qadri"),
        Side("NOR", "Norway", "Norwegian", "Oslo", "Trade Minister", "Sigrid Dahl"),
    ),
]


@dataclass(frozen=True)
class Event:
    """An event's wording: its verb forms ({B}: the other side, where it is named) and noun.

    ``pair_subject`` is whether both sides may be the subject ("A and B held talks");
    a visit is told by one side only.
    """

    record: str  # "meeting" or "agreement"
    kind: str
    base: str
    past: str
    ing: str
    participle: str
    noun: str  # the event as a noun phrase, for "the ... was cancelled"
    with_other: str = " with {B}"  # how a lone subject names the other side
    pair_subject: bool = True
    negotiate: str = ""  # an agreement's going-on form


EVENTS: dict[str, Event] = {
    "talks": Event(
        "meeting", "meeting", "hold talks", "held talks", "holding talks", "held talks", "talks"
    ),
    "met": Event("meeting", "meeting", "meet", "met", "meeting", "met", "meeting"),
    "visit": Event(
        "meeting",
        "visit",
        "visit {B}",
        "visited {B}",
        "visiting {B}",
        "visited {B}",
        "visit",
        with_other="",
        pair_subject=False,
    ),
    "call": Event(
        "meeting",
        "call",
        "hold a phone call",
        "held a phone call",
        "holding a phone call",
        "held a phone call",
        "phone call",
    ),
    "summit": Event(
        "meeting",
        "conference",
        "hold a summit",
        "held a summit",
        "holding a summit",
        "held a summit",
        "summit",
    ),
    "memorandum": Event(
        "agreement",
        "memorandum",
        "sign a memorandum of understanding on energy",
        "signed a memorandum of understanding on energy",
        "signing a memorandum of understanding on energy",
        "signed a memorandum of understanding on energy",
        "memorandum of understanding on energy",
        negotiate="negotiating a memorandum of understanding on energy",
    ),
    "treaty": Event(
        "agreement",
        "treaty",
        "conclude a treaty on extradition",
        "concluded a treaty on extradition",
        "concluding a treaty on extradition",
        "concluded a treaty on extradition",
        "treaty on extradition",
        negotiate="negotiating a treaty on extradition",
    ),
    "deal": Event(
        "agreement",
        "agreement",
        "sign a trade deal",
        "signed a trade deal",
        "signing a trade deal",
        "signed a trade deal",
        "trade deal",
        negotiate="negotiating a trade deal",
    ),
}

# frame -> its class (what it tells); the classes' records are in ``expected``
FRAMES: dict[str, str] = {
    "done": "done",
    "going": "going",
    "will": "planned",
    "is-to": "planned",
    "is-due-to": "planned",
    "is-scheduled-to": "planned",
    "plan-to": "planned",
    "agreed-to": "planned",
    "decided-to": "planned",
    "could": "hedged",
    "may": "hedged",
    "might": "hedged",
    "should": "hedged",
    "must": "hedged",
    "want-to": "hedged",
    "hope-to": "hedged",
    "seek-to": "hedged",
    "trying-to": "hedged",
    "ready-to": "hedged",
    "proposed": "hedged",
    "did-not": "negated",
    "failed-to": "negated",
    "refused-to": "negated",
    "not-yet": "not-yet",
    "no-was": "negated",
    "cancelled": "cancelled",
    "called-off": "cancelled",
    "postponed": "postponed",
    "denied": "denied",
    "said-that": "reported",
    "according-to": "reported",
    "conditional": "conditional",
    "question": "question",
}

# a frame before the base form: its words for a plural subject
_BEFORE_BASE: dict[str, str] = {
    "will": "will",
    "is-to": "are to",
    "is-due-to": "are due to",
    "is-scheduled-to": "are scheduled to",
    "plan-to": "plan to",
    "agreed-to": "agreed to",
    "decided-to": "decided to",
    "could": "could",
    "may": "may",
    "might": "might",
    "should": "should",
    "must": "must",
    "want-to": "want to",
    "hope-to": "hope to",
    "seek-to": "seek to",
    "trying-to": "are trying to",
    "ready-to": "are ready to",
    "did-not": "did not",
    "failed-to": "failed to",
    "refused-to": "refused to",
}
_SINGULAR = {"are": "is", "plan": "plans", "want": "wants", "hope": "hopes", "seek": "seeks"}

# the frames whose verb tells a past event (their dates are the past forms)
PAST_CLASSES = {"done", "reported", "negated", "denied", "not-yet"}

SUBJECTS = ["states", "officials", "two-sides"]

# date form -> (past text, past ISO, text to come, ISO to come); None: that tense lacks it
DATES: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    "none": ("", None, "", None),
    "on-monday": ("on Monday", "2024-05-13", "on Monday", "2024-05-20"),
    "next-month": (None, None, "next month", "2024-06"),
    "month-year": ("in April 2024", "2024-04", "in June 2024", "2024-06"),
}

LAYOUTS = ["headline", "wire"]


@dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    event: str
    frame: str
    subject: str
    date: str
    layout: str
    pair: int

    @property
    def cls(self) -> str:
        """The frame's class."""
        return FRAMES[self.frame]

    @property
    def past(self) -> bool:
        """Whether the frame tells its date in the past form."""
        return self.cls in PAST_CLASSES

    def valid(self) -> bool:
        """Whether the choices make one sensible sentence."""
        event = EVENTS[self.event]
        if not event.pair_subject and self.subject == "two-sides":
            return False
        if self.frame == "no-was" and event.record != "agreement":
            return False
        if self.cls in ("going", "not-yet", "denied") and self.date != "none":
            # "are holding talks on Monday" is a plan; "have not yet met in April" no sentence
            return False
        return DATES[self.date][0 if self.past else 2] is not None

    def expected(self) -> list[tuple[str, str, list[str], str | None]]:
        """The records of the cell's type: (kind, status, sorted sides, date or "*": any)."""
        a, b = PAIRS[self.pair]
        event = EVENTS[self.event]
        sides = sorted([a.code, b.code])
        past_iso, future_iso = DATES[self.date][1], DATES[self.date][3]
        cls = self.cls
        if event.record == "meeting":
            if cls in ("done", "reported"):
                return [(event.kind, "held", sides, past_iso)]
            if cls == "going":
                return [(event.kind, "held", sides, None)]
            if cls in ("planned", "conditional", "cancelled"):
                return [(event.kind, "planned", sides, future_iso)]
            if cls == "postponed":
                return [(event.kind, "planned", sides, "*")]
            return []  # hedged, negated, not yet, denied, question
        if cls in ("done", "reported"):
            return [(event.kind, "signed", sides, past_iso)]
        if cls in ("going", "not-yet"):
            return [(event.kind, "planned", sides, None)]
        if cls in ("planned", "hedged", "conditional", "cancelled", "question"):
            return [(event.kind, "planned", sides, future_iso)]
        if cls == "postponed":
            return [(event.kind, "planned", sides, "*")]
        return []  # negated, denied

    def _subject(self) -> tuple[str, bool]:
        """The subject and whether it is plural."""
        a, b = PAIRS[self.pair]
        event = EVENTS[self.event]
        if not event.pair_subject:
            if self.subject == "officials":
                return f"{a.demonym} {a.official}", False
            return f"The {a.title} of {a.name}", False
        return {
            "states": f"{a.name} and {b.name}",
            "officials": f"{a.demonym} {a.official} and {b.demonym} {b.official}",
            "two-sides": "The two sides",
        }[self.subject], True

    def _form(self, form: str) -> str:
        """A verb form with the other side filled in (a visit's host)."""
        _, b = PAIRS[self.pair]
        return form.replace("{B}", b.name)

    def _sides_noun(self) -> str:
        """The event as a noun with its sides: "talks between A and B", "A's visit to B"."""
        a, b = PAIRS[self.pair]
        event = EVENTS[self.event]
        if not event.pair_subject:
            return f"the {a.demonym} {a.title}'s visit to {b.name}"
        if event.record == "agreement":
            return f"the signing of a {event.noun} between {a.name} and {b.name}"
        if self.subject == "two-sides":
            return f"the {event.noun} between the two sides"
        if self.subject == "officials":
            return f"the {event.noun} between {a.demonym} {a.official} and {b.demonym} {b.official}"
        return f"the {event.noun} between {a.name} and {b.name}"

    def sentence(self) -> str:
        """The sentence that tells the event in the cell's frame."""
        event = EVENTS[self.event]
        subject, plural = self._subject()
        inner = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        when = DATES[self.date][0 if self.past else 2] or ""
        tail = f" {when}" if when else ""
        # a lone subject names the other side after the verb ("held talks with Hungary")
        other = "" if plural else self._form(event.with_other)
        past, base = self._form(event.past) + other, self._form(event.base) + other
        frame = self.frame
        if frame in _BEFORE_BASE:
            words = _BEFORE_BASE[frame]
            if not plural:
                first, _, rest = words.partition(" ")
                words = " ".join(w for w in (_SINGULAR.get(first, first), rest) if w)
            return f"{subject} {words} {base}{tail}."
        if frame in ("cancelled", "postponed", "called-off"):
            noun = self._sides_noun()
            day = when.removeprefix("on ").removeprefix("in ")
            if frame == "called-off":
                return f"Officials called off {noun}{f' planned for {day}' if when else ''}."
            talks = event.record == "meeting" and event.noun == "talks"
            return (
                f"{noun[0].upper()}{noun[1:]}{f', planned for {day},' if when else ''} "
                f"{'were' if talks else 'was'} {frame}."
            )
        if frame == "no-was":
            a, b = PAIRS[self.pair]
            return f"No {event.noun} was signed between {a.name} and {b.name}."
        told = {
            "done": f"{subject} {past}{tail}.",
            "going": f"{subject} {'are' if plural else 'is'} "
            f"{self._form(event.negotiate or event.ing)}{other}.",
            "proposed": f"{subject} proposed {self._form(event.ing)}{other}{tail}.",
            "not-yet": f"{subject} {'have' if plural else 'has'} not yet "
            f"{self._form(event.participle)}{other}.",
            "denied": f"A government spokesman denied that {inner} had "
            f"{self._form(event.participle)}{other}.",
            "said-that": f"A government spokesman said that {inner} {past}{tail}.",
            "according-to": f"According to the foreign ministry, {inner} {past}{tail}.",
            "conditional": f"If the ceasefire holds, {inner} will {base}{tail}.",
            "question": f"Will {inner} {base}{tail}?",
        }
        return told[frame]

    def text(self) -> str:
        """The page: a crawled page under a headline, or a wire paragraph."""
        a, b = PAIRS[self.pair]
        lead = f"{a.name} and {b.name} look to expand energy and transport links."
        body = self.sentence()
        if self.subject == "two-sides":
            body = f"{lead} {body}"
        if self.layout == "wire":
            return f"{a.capital.upper()}, May 15 (Reuters) - {body}"
        return f" date 2024-05-15 Officials weigh ties\n\n{body}\n---\n"


CHOICES: dict[str, list[object]] = {
    "event": list(EVENTS),
    "frame": list(FRAMES),
    "subject": list(SUBJECTS),
    "date": list(DATES),
    "layout": list(LAYOUTS),
    "pair": list(range(len(PAIRS))),
}


def _sample(size: int, seed: int = 13) -> list[Cell]:
    """A seeded sample of valid cells: every event meets every value of every other choice."""
    rng = random.Random(seed)
    return list(sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="event", tries=60))


CELLS = _sample(400)

Got = tuple[str, str, list[str], str | None]


def read(cell: Cell) -> list[Got]:
    """The records of the cell's type the library reads from its page."""
    if cell.layout == "wire":
        doc = extract_text(cell.text(), published=PUBLISHED)
    else:
        doc = extract(next(iter(parse_crawled_text(cell.text()))))
    if EVENTS[cell.event].record == "meeting":
        return [
            (
                m.kind.value,
                m.status.value,
                sorted(c.alpha_3 for c in m.countries),
                str(m.date) if m.date else None,
            )
            for m in doc.meetings
        ]
    return [
        (
            g.kind.value,
            g.status.value,
            sorted(str(c) for c in g.parties),
            str(g.date) if g.date else None,
        )
        for g in doc.agreements
    ]


def _dates_fit(got: str | None, want: str | None) -> bool:
    """A told date must be found and agree at the coarser precision; none told: any."""
    if want in (None, "*"):
        return True
    if got is None:
        return False
    n = min(len(got), len(want))
    return got[:n] == want[:n]


def _fits(got: Got, want: tuple[str, str, list[str], str | None]) -> bool:
    kind, status, sides, date = want
    shared = len(set(got[2]) & set(sides))
    union = len(set(got[2]) | set(sides))
    return (
        got[0] == kind
        and got[1] == status
        and union > 0
        and shared / union >= 0.5
        and _dates_fit(got[3], date)
    )


def passes(cell: Cell) -> bool:
    """Whether the library reads exactly the cell's records."""
    got = read(cell)
    want = cell.expected()
    if len(got) != len(want):
        return False
    return all(_fits(g, w) for g, w in zip(got, want, strict=True))


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by its choices), or None."""
    event = EVENTS[cell.event]
    meeting = event.record == "meeting"
    reasons = []
    if (
        meeting
        and cell.frame in ("cancelled", "called-off")
        and not (cell.frame == "called-off" and cell.event == "visit" and cell.date != "none")
    ):
        # the owners' CALLED_OFF/CANCELLED_BEFORE drop it on purpose ("not an event any
        # more"; tests/test_meetings_status.py), against the dev key's one planned case
        reasons.append("a cancelled meeting is dropped by design (the dev key keeps it planned)")
    return "; ".join(reasons) if reasons else None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells (an agreement-only frame in three)."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page gives exactly the records its frame tells."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:16} {bad:4d}/{total}")
