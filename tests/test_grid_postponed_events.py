"""A grid of events put off: meetings, visits, sessions and signings postponed to a new time.

News often tells an event only to say it will not happen when it was set for: "talks
between A and B, originally set for Thursday, have been postponed until December 9",
"the President's visit to B, which had been scheduled for next week, will be put off",
"the signing of a memorandum between A and B was deferred to September". Spec
EXTRACTION.md section 2 makes an event framed as still to come ``planned`` (not ``held``,
whatever past tense the postponing verb takes), and the event's date is the one it is now
set for: the new time when the text gives one ("until December 9", "to next year", or a
sentence after it: "The talks will now take place on December 9"), else null; the time it
was first set for ("originally set for May 31") is no longer its date. The same holds for
an instrument whose signing is put off (section 3: "to be signed" is ``planned``).

Each cell draws one value of every independent choice below: the event (talks, a visit, a
joint commission's session, an instrument's signing), the aside that tells the time it was
first set for (none, "originally set for", "which had been scheduled for", "set for"), the
postponing verb (tense and verb), the new time (none, in the same clause, in the sentence
after), the sentence's close (an attribution or none), a held event of another pair in the
same paragraph (or none), and the two states. Every page is published on Wednesday
2023-05-10. The records a cell must give are computed from the choices by the spec alone,
never by running the library: the postponed event once, ``planned``, of the two states,
dated by the new time; the other pair's talks ``held`` on Monday 2023-05-08.

Rows of ``TABLE`` keep the near misses that must stay as they are: a vote or a match put
off beside talks that were held, another event's session put off in a relative clause after
a trip, an event put off with no time left for it (which the library leaves out, a reading
of the owners' keys kept as it was), a joint call; and two shapes the class brought up:
an event put off in an aside of its own ("a summit of A and B, postponed twice last year,
has yet to be given a new date"), and a call told by its verb with two leaders of two states
("spoke with President X of A and President Y of B"), one call each.

The first run, before any change to the library: 221 of 240 cells failed (the event held,
dated by the time first set for; the signing dated so). Fixed as a class
(``diplonews.text.put_off_end``, read by the meeting status, the meeting's date and the
agreement mention): a put-off verb after the event's word, across an aside in commas or
dashes, in any tense ("will be postponed", "had been pushed back"), makes the event planned
and dates it by the time right after the verb alone (``new_time``, which reads a bare month
after "to" too: "postponed to September"); ", had been" no longer closes the event's clause
as if it were "had talks". What is left (strict xfails) is a class outside this one: a bare
"the session" in the sentence after, no meeting word of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from grid_records import Event, Records, read
from trade_rows import scored

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday
MONDAY = "2023-05-08"

PAIRS: list[tuple[State, State, State]] = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Amani Odede"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "Foreign Minister", "Ruth Nabirye"),
        State("RWA", "Rwanda", "Rwandan", "Kigali", "Foreign Minister", "Eric Mugabo"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "President", "Tomasz Wielki"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Foreign Minister", "Rasa Vaitkus"),
        State("FIN", "Finland", "Finnish", "Helsinki", "Foreign Minister", "Aino Lehto"),
    ),
    (
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Ines Carrasco"),
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Raul Quispe"),
        State("URY", "Uruguay", "Uruguayan", "Montevideo", "Foreign Minister", "Luis Ferro"),
    ),
]

EVENTS = ["talks", "visit", "commission", "signing"]
ASIDES = ["none", "originally", "which", "set"]
# The postponing verb, with the word that introduces the new time after it.
VERBS: dict[str, tuple[str, str]] = {
    "has-postponed": ("has been postponed", "until"),
    "was-postponed": ("was postponed", "to"),
    "will-postponed": ("will be postponed", "until"),
    "put-off": ("has been put off", "until"),
    "pushed-back": ("had been pushed back", "to"),
    "deferred": ("was deferred", "to"),
    "rescheduled": ("has been rescheduled", "for"),
}
# The new time: none, or (text, ISO date) in the same clause or in the next sentence.
NEWS: dict[str, tuple[str, str | None]] = {
    "none": ("", None),
    "day": ("December 9", "2023-12-09"),
    "year": ("next year", "2024"),
    "month": ("September", "2023-09"),
    "next-day": ("on December 9", "2023-12-09"),
}
# The time first set for (each told in the past of the page or just ahead of it).
OLD = ["Thursday", "May 31", "next week", "June"]
CLOSES = ["none", "said"]
OTHERS = ["none", "held"]


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    event: str
    aside: str
    verb: str
    new: str
    close: str
    other: str
    old: str
    pair: int

    def valid(self) -> bool:
        """A cell news writes: an event rescheduled is rescheduled to some time."""
        return not (self.verb == "rescheduled" and self.new == "none")

    def _subject(self) -> str:
        a, b, _ = PAIRS[self.pair]
        return {
            "talks": f"Talks between {a.name} and {b.name}",
            "visit": f"The {a.demonym} {a.title}'s visit to {b.name}",
            "commission": f"The session of the {a.name}-{b.name} joint commission",
            "signing": f"The signing of a trade memorandum between {a.name} and {b.name}",
        }[self.event]

    def _aside(self) -> str:
        return {
            "none": "",
            "originally": f", originally set for {self.old},",
            "which": f", which had been scheduled for {self.old},",
            "set": f", set for {self.old},",
        }[self.aside]

    def sentence(self) -> str:
        """The sentence that tells the event put off."""
        verb, prep = VERBS[self.verb]
        if self.event == "talks":  # a plural subject
            verb = verb.replace("has ", "have ").replace("was ", "were ")
        new = "" if self.new in ("none", "next-day") else f" {prep} {NEWS[self.new][0]}"
        close = ", officials said." if self.close == "said" else "."
        return f"{self._subject()}{self._aside()} {verb}{new}{close}"

    def body(self) -> str:
        """The page's body: the other pair's talks, the event put off, its new time."""
        a, _, c = PAIRS[self.pair]
        parts = []
        if self.other == "held":
            parts.append(
                f"On Monday, {a.demonym} Foreign Minister {a.person} held talks in"
                f" {c.capital} with his {c.demonym} counterpart {c.person}."
            )
        parts.append(self.sentence())
        if self.new == "next-day":
            noun = {
                "talks": "The talks will now take place",
                "visit": "The visit will now take place",
                "commission": "The session will now take place",
                "signing": "The memorandum is now expected to be signed",
            }[self.event]
            parts.append(f"{noun} {NEWS[self.new][0]}.")
        return " ".join(parts)

    def article(self) -> Article:
        """The cell's page."""
        return Article(id="grid", body=self.body(), published=PUBLISHED)

    def expected(self) -> Records:
        """The records the spec asks for, from the choices alone."""
        a, b, c = PAIRS[self.pair]
        date = NEWS[self.new][1]
        meetings: list[Event] = []
        agreements: list[Event] = []
        if self.event == "signing":
            agreements.append(("memorandum", "planned", sorted([a.code, b.code]), date))
        else:
            kind = "visit" if self.event == "visit" else "meeting"
            meetings.append((kind, "planned", sorted([a.code, b.code]), date))
        if self.other == "held":
            meetings.append(("meeting", "held", sorted([a.code, c.code]), MONDAY))
        return Records(sorted(meetings), sorted(agreements), scored(()))

    @property
    def id(self) -> str:
        """The cell's test id."""
        return dashed_id(self)


CHOICES: dict[str, list[Any]] = {
    "event": EVENTS,
    "aside": ASIDES,
    "verb": list(VERBS),
    "new": list(NEWS),
    "close": CLOSES,
    "other": OTHERS,
    "old": OLD,
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(41), size=240, axis="verb", tries=50)
)


# Why a cell is still misread, by the choices that make it so (strict xfails).
BARE_SESSION_AFTER = (
    "'The session will now take place on December 9': a bare 'the session' in the sentence"
    " after is no meeting of its own nor a reference back to the commission's, so its day"
    " dates nothing"
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    reasons = []
    if cell.new == "next-day" and cell.event == "commission":
        reasons.append(BARE_SESSION_AFTER)
    return "; ".join(reasons) or None


# Rows that keep each side of the class whatever the sample draws: (class, text, meetings,
# agreements). Near misses must stay as they are; a row the library still misreads is a
# strict xfail with its reason.
_SIGNING_TIME_NEXT = (
    "'... was deferred. It is now expected to be signed at the session in August': the new"
    " time is told of 'it' in the sentence after, which no agreement reader refers back"
)
TABLE: list[Any] = [
    (
        "near-miss:vote-put-off",
        "Chile and Peru held talks in Lima on Monday, but a vote on the fisheries plan was"
        " postponed until June.",
        [("meeting", "held", ["CHL", "PER"], MONDAY)],
        [],
    ),
    (
        "near-miss:match-put-off",
        "The foreign ministers of Chile and Peru met in Lima on Monday. The football match"
        " between the two countries was postponed until June.",
        [("meeting", "held", ["CHL", "PER"], MONDAY)],
        [],
    ),
    (
        "near-miss:other-event-put-off",
        "A Chilean trade delegation left for Lima on Monday for meetings with Peruvian firms"
        " ahead of the session of the Chile-Peru joint commission, which has been postponed"
        " twice.",
        [("visit", "held", ["CHL", "PER"], MONDAY)],
        [],
    ),
    (
        "near-miss:put-off-indefinitely",
        "Talks between Chile and Peru, set for Thursday, were postponed indefinitely.",
        [],
        [],
    ),
    (
        "relative-aside",
        "The session of the Chile-Peru joint commission, which has been postponed twice since"
        " last year, will discuss transit.",
        [("meeting", "planned", ["CHL", "PER"], None)],
        [],
    ),
    (
        "participle-aside",
        "A summit of Chile and Peru, postponed twice last year, has yet to be given a new date.",
        [("conference", "planned", ["CHL", "PER"], None)],
        [],
    ),
    (
        "calls-each-their-own",
        "Chilean President Ines Carrasco spoke on Monday with President Raul Quispe of Peru and"
        " President Luis Ferro of Uruguay to apologise, and the two leaders repeated their"
        " invitations.",
        [("call", "held", ["CHL", "PER"], MONDAY), ("call", "held", ["CHL", "URY"], MONDAY)],
        [],
    ),
    (
        "near-miss:joint-call",
        "Chilean President Ines Carrasco spoke on Monday with President Raul Quispe of Peru and"
        " President Luis Ferro of Uruguay in a joint call.",
        [("call", "held", ["CHL", "PER", "URY"], MONDAY)],
        [],
    ),
    pytest.param(
        "held-after-aside",
        "The talks between Chile and Peru, postponed twice last year, were held in Lima on Monday.",
        [("meeting", "held", ["CHL", "PER"], MONDAY)],
        [],
    ),
    pytest.param(
        "signing-time-next",
        "A planned signing of a transit memorandum between Chile and Peru, expected during the"
        " visit, was deferred. It is now expected to be signed at the joint commission's"
        " session in August.",
        [("meeting", "planned", ["CHL", "PER"], "2023-08")],
        [("memorandum", "planned", ["CHL", "PER"], "2023-08")],
        marks=pytest.mark.xfail(reason=_SIGNING_TIME_NEXT, strict=True),
    ),
]


@pytest.mark.parametrize(("cls", "text", "meetings", "agreements"), TABLE)
def test_postponed_table(
    cls: str, text: str, meetings: list[Event], agreements: list[Event]
) -> None:
    """Each row gives exactly its records (``cls`` names its class)."""
    got = read(extract(Article(id=cls, body=text, published=PUBLISHED)))
    assert (got.meetings, got.agreements) == (sorted(meetings), sorted(agreements)), cls


def passes(cell: Cell) -> bool:
    """Whether the page gives exactly the cell's records."""
    return read(extract(cell.article())) == cell.expected()


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, known_gap, numbered=True))
def test_grid_postponed(cell: Cell) -> None:
    """Each cell gives the records its choices call for."""
    got, want = read(extract(cell.article())), cell.expected()
    assert got == want, cell.body()


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    print(f"{sum(failed.values())}/{len(CELLS)} cells fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:15} {bad:4}/{total}")
    for c in CELLS:
        if failed[c]:
            got = read(extract(c.article()))
            print("\n" + c.id, "|", c.body())
            print("   got ", got.meetings, got.agreements)
            print("   want", c.expected().meetings, c.expected().agreements)
