"""A grid of a gathering to come told only as the landmark of another event ("ahead of X").

News often names a planned summit or session only inside a phrase that dates another event
by it: "A's minister held talks with B's on Monday ahead of the NATO summit in Oslo in July",
"will meet on May 20 to prepare for the G20 summit", "They also discussed preparations for
the OSCE council in Vienna next month". Two grids of invented pages, the publication day
Wednesday 10 May 2023; the builder writes each page AND the records it tells, computed from
the choices by spec/EXTRACTION.md section 2 (never by running the library).

The told-back grid (``TOLD_CELLS``, the class this grid was written for): a lead sentence of
talks, a call or a visit between a pair, then a sentence of its own whose subject tells the
pair back ("They", "The two", "The two ministers", "The two sides", "Both sides") and whose
verb prepares a gathering or agrees to coordinate for it ("also discussed preparations for",
"exchanged views on preparations for", "reviewed preparations for", "are discussing the
preparations for", "agreed to coordinate closely ahead of", "agreed to stay in close touch
ahead of", "agreed to remain in close contact ahead of"), then the landmark (a body's summit,
council or ministers' meeting, a conference of no body, or a control that is no gathering:
"the elections", "the holidays", "the end of the year"), its host city (a third state's, or
none) and its time:

- the lead event is one ``held`` record of the pair, dated by its day;
- the landmark is a ``planned`` ``conference`` of its body (or none), dated by its own time
  (a bare month the next such one; none when it has none); a gathering two sides prepare
  together, or agree to coordinate for, is one they will sit in: its countries are the
  pair's and its host's (the read keys agree: of 121 conference records of dev, crawled,
  W1-W2160 and the read pages whose evidence names the gathering after such a phrase, 74
  carry two states or more, most of them the preparing talks' sides), except that a pair
  agreeing to coordinate ahead of a body's gathering sits in it only as two of the body's
  members (an outsider only talks of it: the conference-sides grid's reading, and the
  library's table of members says who they are);
- a control tells no gathering: the lead event alone.

Before the rules (``_records._SIDES_DISCUSSED`` and ``_SIDES_COORDINATE``, the talks found
past a gathering told between them, a body-less gathering with a place or time of its own
kept) 112 of 200 cells failed, the landmark with its host alone or no state; after them 5
fail, strict xfails (``told_known``).

The in-sentence grid (``CELLS``): one sentence, the event's own clause (talks held in a
city, a meeting to come in a city, a call, a visit to come) and the landmark after a phrase
("ahead of", "before", "in preparation for", "to prepare for", "in the run-up to"), the
phrase after the clause or opening the sentence. The event is one record of the pair; the
landmark is a ``planned`` conference as above, whose countries are its host's when the event
has a place of its own (the rules' reading, and the wire keys': "ministers meet in R to
prepare for the group's summit in M" is M's) and the pair's and its host's after a call
with no place ("a call to prepare for the summit": its sides are the summit's guests);
the controls (and "ahead of schedule") tell no gathering. Before the rule (``_candidates``'
``_GOAL_AFTER`` for every kind of event, after "before the" and ", in the run-up to" too:
the gathering's words are none of the event's sides or body) 173 of 300 cells failed; after
it 150, listed in ``_STILL_MISREAD`` (strict xfails, their reason by class in ``known``), 113
of them with the phrase opening the sentence (3 such sentences in all the visible texts) and
19 after "before". tests/test_grid_itinerary.py's fix reads a gathering after "before" a
trip as the trip's time ("will visit B before the G20 summit"): 4 of those 19 left the list.

A cell passes when the page's meetings pair one to one with the expected ones as the scorer
pairs them (``meeting_rows.fits_as_scored``: kind, status and date equal, countries
overlapping by half their union or more, or both empty with the same organisation).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from diplonews.gazetteer import load_group_members
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import C, H, K, M, P, V, Want, briefs_of, fits_as_scored, pairs

PAIRS = [
    (
        State("GHA", "Ghana", "Ghanaian", "Accra", "Foreign Minister", "Kofi Mensah"),
        State("CIV", "Ivory Coast", "Ivorian", "Abidjan", "Foreign Minister", "Yao Kouassi"),
    ),
    (
        State("CZE", "the Czech Republic", "Czech", "Prague", "Prime Minister", "Pavel Novak"),
        State("SVK", "Slovakia", "Slovak", "Bratislava", "Prime Minister", "Juraj Kovac"),
    ),
    (
        State("ARG", "Argentina", "Argentine", "Buenos Aires", "President", "Martin Sosa"),
        State("URY", "Uruguay", "Uruguayan", "Montevideo", "President", "Diego Pereira"),
    ),
]
# The sentence's own event: (text with {pa} {pb} {a} {b} {capa} {capb}, kind, status, date,
# whether it has a place of its own).
FRAMES: dict[str, tuple[str, str, str, str, bool]] = {
    "held-talks": ("{pa} held talks with {pb} in {capa} on Monday", M, H, "2023-05-08", True),
    "will-meet": (
        "Trade ministers of {a} and {b} will meet in {capb} on May 20",
        M,
        P,
        "2023-05-20",
        True,
    ),
    "call": ("{pa} spoke by phone with {pb} on Tuesday", C, H, "2023-05-09", False),
    "will-visit": ("{pa} will visit {b} on May 18", V, P, "2023-05-18", True),
}
# The phrase that names the landmark: (text after the event's clause, text opening a sentence).
PHRASES: dict[str, tuple[str, str]] = {
    "ahead-of": (", ahead of", "Ahead of"),
    "before": (" before", "Before"),
    "in-preparation-for": (" in preparation for", "In preparation for"),
    "to-prepare-for": (" to prepare for", "To prepare for"),
    "run-up": (", in the run-up to", "In the run-up to"),
}
# The landmark: (words, organization or None, a gathering?). A gathering's host and time
# follow its words; a control takes neither.
LANDMARKS: dict[str, tuple[str, str | None, bool]] = {
    "nato-summit": ("the NATO summit", "NATO", True),
    "g20-summit": ("the G20 summit", "G20", True),
    "osce-council": ("the OSCE ministerial council", "OSCE", True),
    "nato-ministers": ("the NATO foreign ministers' meeting", "NATO", True),
    "water-conference": ("the international conference on water", None, True),
    "holidays": ("the holidays", None, False),
    "elections": ("the elections", None, False),
    "end-of-year": ("the end of the year", None, False),
    "schedule": ("schedule", None, False),
}
# The landmark's host: (city, state code), or None.
HOSTS: dict[str, tuple[str, str] | None] = {
    "geneva": ("Geneva", "CHE"),
    "jakarta": ("Jakarta", "IDN"),
    "oslo": ("Oslo", "NOR"),
    "none": None,
}
# The landmark's time: (text, ISO date or None), resolved on Wednesday 10 May 2023.
TIMES: dict[str, tuple[str, str | None]] = {
    "july": ("in July", "2023-07"),
    "next-month": ("next month", "2023-06"),
    "june-12": ("on June 12", "2023-06-12"),
    "none": ("", None),
}
ORDERS = ["after", "front"]


@dataclass(frozen=True)
class Cell:
    """One sentence's choices."""

    landmark: str
    phrase: str
    frame: str
    host: str
    time: str
    order: str
    pair: int

    def valid(self) -> bool:
        """A control takes no host or time, and only the phrases news uses with it."""
        gathering = LANDMARKS[self.landmark][2]
        if gathering:
            return True
        if self.host != "none" or self.time != "none":
            return False
        if self.landmark == "schedule":
            return self.phrase == "ahead-of" and self.order == "after"
        return self.phrase in ("ahead-of", "before")

    def landmark_words(self) -> str:
        """The landmark with its host and time."""
        words = LANDMARKS[self.landmark][0]
        host = HOSTS[self.host]
        if host is not None:
            words += f" in {host[0]}"
        time = TIMES[self.time][0]
        return f"{words} {time}" if time else words

    def text(self) -> str:
        """The sentence."""
        a, b = PAIRS[self.pair]
        own = FRAMES[self.frame][0].format(
            pa=f"{a.demonym} {a.title} {a.person}",
            pb=f"{b.demonym} {b.title} {b.person}",
            a=a.name,
            b=b.name,
            capa=a.capital,
            capb=b.capital,
        )
        after, front = PHRASES[self.phrase]
        if self.order == "front":
            own = own[0].lower() + own[1:] if own.startswith("Trade") else own
            return f"{front} {self.landmark_words()}, {own}."
        return f"{own}{after} {self.landmark_words()}."

    def expected(self) -> list[Want]:
        """The meetings the sentence tells, computed from the choices."""
        a, b = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        _, kind, status, day, placed = FRAMES[self.frame]
        wants: list[Want] = [(kind, status, sides, None, day)]
        _, organization, gathering = LANDMARKS[self.landmark]
        if gathering:
            host = HOSTS[self.host]
            guests = [] if placed else sides
            countries = sorted([*guests, host[1]]) if host is not None else guests
            wants.append((K, P, countries, organization, TIMES[self.time][1]))
        return wants


CHOICES: dict[str, list[object]] = {
    "landmark": list(LANDMARKS),
    "phrase": list(PHRASES),
    "frame": list(FRAMES),
    "host": list(HOSTS),
    "time": list(TIMES),
    "order": list(ORDERS),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(
        Cell, Cell.valid, CHOICES, random.Random(6466), size=300, axis="landmark", tries=80
    )
)


def passes(cell: Cell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text()), cell.expected(), fits_as_scored)


# The in-sentence cells the library still misreads (each a strict xfail, so a rule that
# mends one shows): their reasons by class below.
_STILL_MISREAD = frozenset(
    {
        "g20-summit-ahead-of-will-meet-none-june-12-front-2",
        "g20-summit-before-call-geneva-none-after-2",
        "g20-summit-before-call-none-june-12-front-1",
        "g20-summit-before-call-none-june-12-front-2",
        "g20-summit-before-call-oslo-june-12-front-0",
        "g20-summit-before-held-talks-none-july-front-2",
        "g20-summit-before-will-meet-geneva-next-month-front-0",
        "g20-summit-before-will-meet-jakarta-july-front-2",
        "g20-summit-before-will-meet-oslo-next-month-front-1",
        "g20-summit-before-will-visit-jakarta-july-front-2",
        "g20-summit-in-preparation-for-will-meet-geneva-june-12-front-1",
        "g20-summit-in-preparation-for-will-meet-jakarta-june-12-front-2",
        "g20-summit-in-preparation-for-will-meet-none-july-front-2",
        "g20-summit-in-preparation-for-will-meet-none-next-month-front-1",
        "g20-summit-in-preparation-for-will-meet-oslo-june-12-front-1",
        "g20-summit-in-preparation-for-will-meet-oslo-none-front-0",
        "g20-summit-run-up-held-talks-none-none-front-1",
        "g20-summit-run-up-will-meet-none-july-front-1",
        "g20-summit-run-up-will-meet-none-next-month-front-2",
        "g20-summit-run-up-will-meet-oslo-july-front-0",
        "g20-summit-to-prepare-for-held-talks-jakarta-next-month-front-1",
        "g20-summit-to-prepare-for-held-talks-none-none-front-2",
        "g20-summit-to-prepare-for-will-meet-geneva-none-front-0",
        "g20-summit-to-prepare-for-will-meet-oslo-next-month-front-0",
        "g20-summit-to-prepare-for-will-visit-geneva-june-12-front-1",
        "g20-summit-to-prepare-for-will-visit-none-none-after-0",
        "nato-ministers-ahead-of-call-none-june-12-front-0",
        "nato-ministers-ahead-of-call-none-none-front-1",
        "nato-ministers-ahead-of-call-oslo-july-front-2",
        "nato-ministers-ahead-of-held-talks-oslo-july-front-0",
        "nato-ministers-ahead-of-will-visit-geneva-next-month-front-2",
        "nato-ministers-before-call-none-july-front-0",
        "nato-ministers-before-held-talks-jakarta-none-after-2",
        "nato-ministers-before-held-talks-oslo-june-12-front-0",
        "nato-ministers-before-will-meet-geneva-july-front-0",
        "nato-ministers-before-will-meet-geneva-none-after-0",
        "nato-ministers-before-will-meet-jakarta-none-front-1",
        "nato-ministers-before-will-visit-geneva-next-month-front-2",
        "nato-ministers-before-will-visit-jakarta-next-month-after-1",
        "nato-ministers-before-will-visit-none-none-after-0",
        "nato-ministers-in-preparation-for-call-geneva-june-12-after-0",
        "nato-ministers-in-preparation-for-call-oslo-none-after-0",
        "nato-ministers-in-preparation-for-held-talks-jakarta-july-front-0",
        "nato-ministers-in-preparation-for-will-meet-jakarta-none-front-0",
        "nato-ministers-in-preparation-for-will-visit-none-next-month-front-1",
        "nato-ministers-in-preparation-for-will-visit-oslo-june-12-front-1",
        "nato-ministers-in-preparation-for-will-visit-oslo-none-front-1",
        "nato-ministers-run-up-call-geneva-next-month-after-0",
        "nato-ministers-run-up-call-geneva-none-front-2",
        "nato-ministers-run-up-call-oslo-july-after-0",
        "nato-ministers-run-up-call-oslo-july-front-2",
        "nato-ministers-run-up-call-oslo-next-month-front-2",
        "nato-ministers-to-prepare-for-call-oslo-none-front-0",
        "nato-ministers-to-prepare-for-call-oslo-none-front-2",
        "nato-ministers-to-prepare-for-will-meet-jakarta-july-front-2",
        "nato-ministers-to-prepare-for-will-meet-jakarta-none-front-1",
        "nato-ministers-to-prepare-for-will-meet-oslo-none-front-2",
        "nato-ministers-to-prepare-for-will-visit-geneva-none-front-2",
        "nato-ministers-to-prepare-for-will-visit-jakarta-next-month-front-1",
        "nato-ministers-to-prepare-for-will-visit-jakarta-next-month-front-2",
        "nato-summit-ahead-of-held-talks-none-next-month-front-1",
        "nato-summit-ahead-of-will-visit-none-none-front-1",
        "nato-summit-before-held-talks-jakarta-june-12-after-0",
        "nato-summit-before-held-talks-jakarta-next-month-after-0",
        "nato-summit-before-held-talks-none-june-12-after-0",
        "nato-summit-before-held-talks-none-june-12-after-2",
        "nato-summit-before-held-talks-oslo-july-after-1",
        "nato-summit-before-held-talks-oslo-none-front-0",
        "nato-summit-before-will-meet-geneva-july-after-0",
        "nato-summit-before-will-meet-geneva-none-front-2",
        "nato-summit-before-will-meet-none-july-after-0",
        "nato-summit-before-will-visit-geneva-june-12-front-0",
        "nato-summit-before-will-visit-jakarta-july-front-0",
        "nato-summit-before-will-visit-jakarta-june-12-front-1",
        "nato-summit-in-preparation-for-held-talks-jakarta-july-front-1",
        "nato-summit-in-preparation-for-will-meet-none-none-front-2",
        "nato-summit-in-preparation-for-will-visit-jakarta-june-12-front-1",
        "nato-summit-run-up-call-jakarta-june-12-front-2",
        "nato-summit-run-up-held-talks-oslo-july-front-1",
        "nato-summit-run-up-held-talks-oslo-june-12-front-2",
        "nato-summit-run-up-will-visit-geneva-june-12-front-2",
        "nato-summit-run-up-will-visit-jakarta-next-month-front-1",
        "nato-summit-to-prepare-for-held-talks-none-next-month-front-2",
        "nato-summit-to-prepare-for-held-talks-oslo-july-front-1",
        "osce-council-ahead-of-held-talks-none-july-front-1",
        "osce-council-ahead-of-will-meet-geneva-june-12-front-2",
        "osce-council-ahead-of-will-meet-geneva-next-month-front-1",
        "osce-council-ahead-of-will-meet-jakarta-june-12-front-2",
        "osce-council-ahead-of-will-meet-none-june-12-front-1",
        "osce-council-ahead-of-will-meet-oslo-june-12-front-0",
        "osce-council-ahead-of-will-meet-oslo-june-12-front-2",
        "osce-council-ahead-of-will-meet-oslo-next-month-front-1",
        "osce-council-ahead-of-will-visit-jakarta-july-front-1",
        "osce-council-ahead-of-will-visit-jakarta-next-month-front-1",
        "osce-council-ahead-of-will-visit-oslo-none-front-1",
        "osce-council-before-held-talks-geneva-none-after-2",
        "osce-council-before-held-talks-jakarta-next-month-after-0",
        "osce-council-before-held-talks-jakarta-none-after-0",
        "osce-council-before-held-talks-oslo-july-front-1",
        "osce-council-before-held-talks-oslo-none-front-2",
        "osce-council-before-will-visit-jakarta-june-12-front-1",
        "osce-council-before-will-visit-jakarta-june-12-front-2",
        "osce-council-before-will-visit-oslo-june-12-after-2",
        "osce-council-in-preparation-for-held-talks-jakarta-next-month-front-1",
        "osce-council-in-preparation-for-held-talks-oslo-july-front-1",
        "osce-council-in-preparation-for-will-visit-none-july-front-0",
        "osce-council-run-up-will-visit-geneva-july-front-0",
        "osce-council-run-up-will-visit-geneva-none-front-2",
        "osce-council-run-up-will-visit-jakarta-july-front-0",
        "osce-council-to-prepare-for-call-oslo-none-front-2",
        "osce-council-to-prepare-for-held-talks-none-none-front-2",
        "osce-council-to-prepare-for-will-visit-geneva-june-12-front-2",
        "osce-council-to-prepare-for-will-visit-oslo-none-after-1",
        "water-conference-ahead-of-call-none-next-month-front-2",
        "water-conference-ahead-of-call-oslo-none-front-1",
        "water-conference-ahead-of-held-talks-jakarta-july-front-2",
        "water-conference-ahead-of-held-talks-none-next-month-after-1",
        "water-conference-ahead-of-held-talks-oslo-july-front-0",
        "water-conference-ahead-of-held-talks-oslo-june-12-front-0",
        "water-conference-ahead-of-will-meet-none-next-month-front-1",
        "water-conference-ahead-of-will-meet-oslo-none-front-0",
        "water-conference-ahead-of-will-visit-jakarta-none-after-0",
        "water-conference-ahead-of-will-visit-jakarta-none-front-2",
        "water-conference-before-call-oslo-june-12-front-0",
        "water-conference-before-held-talks-geneva-june-12-front-2",
        "water-conference-before-held-talks-jakarta-next-month-after-0",
        "water-conference-before-will-meet-geneva-next-month-front-0",
        "water-conference-before-will-meet-geneva-none-after-0",
        "water-conference-before-will-meet-none-next-month-front-2",
        "water-conference-before-will-meet-none-none-front-0",
        "water-conference-in-preparation-for-held-talks-jakarta-july-front-0",
        "water-conference-in-preparation-for-held-talks-none-none-after-0",
        "water-conference-in-preparation-for-will-meet-geneva-june-12-front-1",
        "water-conference-in-preparation-for-will-meet-geneva-next-month-front-2",
        "water-conference-in-preparation-for-will-visit-geneva-next-month-front-1",
        "water-conference-run-up-call-jakarta-june-12-front-0",
        "water-conference-run-up-held-talks-jakarta-july-front-0",
        "water-conference-run-up-held-talks-none-next-month-after-2",
        "water-conference-run-up-will-meet-jakarta-none-after-2",
        "water-conference-run-up-will-visit-none-next-month-front-1",
        "water-conference-run-up-will-visit-none-none-after-2",
        "water-conference-to-prepare-for-call-oslo-none-after-0",
        "water-conference-to-prepare-for-will-meet-geneva-none-after-0",
        "water-conference-to-prepare-for-will-meet-jakarta-next-month-front-1",
        "water-conference-to-prepare-for-will-meet-none-july-after-0",
        "water-conference-to-prepare-for-will-visit-none-june-12-front-0",
    }
)
_FRONT_LEFT = (
    "the phrase opening the sentence ('In the run-up to the X summit in P, A held talks with "
    "B'): the landmark read held in last year's month, or with the pair's sides, and the "
    "event's sides take its host; 3 such sentences in the visible texts, left"
)
_BODYLESS_LEFT = (
    "a gathering of no body ('the international conference on water') after the event's "
    "clause is weak: dropped, or folded into a planned event, taking its day; left"
)
_BODY_MEETING_LEFT = (
    "'in preparation for the NATO foreign ministers' meeting' after a call: read as talks "
    "(kind meeting), not the body's session (a conference); left"
)
_BEFORE_LEFT = (
    "'before the X summit in P' after an event with a place of its own: the landmark takes the "
    "pair as sides, and with no time keeps the event's tense (the sides' rule reads no goal "
    "after 'before': 'met in Lima on Monday before the summit there' tells the pair at the "
    "summit, tests/test_meet_precision_audit_table.py); left"
)
_FOLDED_LEFT = (
    "a landmark with no time after a visit to come ('will visit B on May 18 to prepare for "
    "the G20 summit'): folded into the visit, taking its day; left"
)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (a strict xfail), from its choices."""
    if dashed_id(cell) not in _STILL_MISREAD:
        return None
    if cell.order == "front":
        return _FRONT_LEFT
    if cell.landmark == "water-conference":
        return _BODYLESS_LEFT
    if cell.landmark == "nato-ministers" and cell.frame == "call":
        return _BODY_MEETING_LEFT
    if cell.phrase == "before":
        return _BEFORE_LEFT
    return _FOLDED_LEFT


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_planned_ahead(cell: Cell) -> None:
    """A gathering named only as another event's landmark is a planned record of its own."""
    assert passes(cell), (cell.text(), briefs_of(cell.text()), cell.expected())


# The second grid: the landmark told in a sentence of its own whose subject tells back the
# sides of the story's talks ("They also discussed preparations for the NATO summit in P in
# July", "The two sides agreed to coordinate closely ahead of the G20 summit"). A gathering
# two sides prepare together, or agree to coordinate for, is one they will sit in: its
# countries are the pair's and its host's (the keys' conference records after such a verb
# carry the pair in most of them, see the module's docstring). A control names no gathering
# ("They agreed to stay in close touch ahead of the elections"): the talks alone.
LEADS: dict[str, tuple[str, str, str]] = {
    "call": ("{pa} spoke by phone with {pb} on Tuesday.", C, "2023-05-09"),
    "talks": ("{pa} held talks with {pb} in {capa} on Monday.", M, "2023-05-08"),
    "visit": ("{pa} paid a visit to {b} on Monday.", V, "2023-05-08"),
}
SUBJECTS = ["They", "The two ministers", "The two sides", "The two", "Both sides"]
# The verb before the landmark: (words, the landmark controls it takes).
VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "discussed-preparations": ("also discussed preparations for", ("elections",)),
    "exchanged-views": ("exchanged views on preparations for", ("elections",)),
    "reviewed-preparations": ("reviewed preparations for", ("elections",)),
    "are-discussing": ("are discussing the preparations for", ("elections",)),
    "coordinate-closely": (
        "agreed to coordinate closely ahead of",
        ("elections", "holidays", "end-of-year"),
    ),
    "stay-in-touch": (
        "agreed to stay in close touch ahead of",
        ("elections", "holidays", "end-of-year"),
    ),
    "remain-in-contact": (
        "agreed to remain in close contact ahead of",
        ("elections", "holidays", "end-of-year"),
    ),
}

# The verbs of coordinating for a gathering (not preparing it): sides of a body's gathering only
# as its members.
_COORDINATING = ("coordinate-closely", "stay-in-touch", "remain-in-contact")


@dataclass(frozen=True)
class ToldCell:
    """One page's choices: the lead talks, the told-back subject, its verb, the landmark."""

    verb: str
    lead: str
    subject: str
    landmark: str
    host: str
    time: str
    pair: int

    def valid(self) -> bool:
        """A control takes no host or time, and only the verbs news uses with it."""
        if LANDMARKS[self.landmark][2]:
            return True
        if self.host != "none" or self.time != "none":
            return False
        return self.landmark in VERBS[self.verb][1]

    def text(self) -> str:
        """The page: the lead talks, then the landmark in a sentence of its own."""
        a, b = PAIRS[self.pair]
        lead = LEADS[self.lead][0].format(
            pa=f"{a.demonym} {a.title} {a.person}",
            pb=f"{b.demonym} {b.title} {b.person}",
            b=b.name,
            capa=a.capital,
        )
        cell = Cell(self.landmark, "ahead-of", "call", self.host, self.time, "after", self.pair)
        return f"{lead} {self.subject} {VERBS[self.verb][0]} {cell.landmark_words()}."

    def expected(self) -> list[Want]:
        """The lead talks, and the landmark with the pair's and its host's states."""
        a, b = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        _, kind, day = LEADS[self.lead]
        wants: list[Want] = [(kind, H, sides, None, day)]
        _, organization, gathering = LANDMARKS[self.landmark]
        if gathering:
            host = HOSTS[self.host]
            if self.verb in _COORDINATING and organization is not None:
                # agreeing to coordinate ahead of a body's gathering: its members' pair only
                members = load_group_members().get(organization, frozenset())
                if not set(sides) <= members:
                    sides = []
            countries = sorted([*sides, host[1]]) if host is not None else sides
            wants.append((K, P, countries, organization, TIMES[self.time][1]))
        return wants

    def passes(self) -> bool:
        """Whether the page's meetings pair one to one with the expected ones."""
        return pairs(briefs_of(self.text()), self.expected(), fits_as_scored)


TOLD_CHOICES: dict[str, list[object]] = {
    "verb": list(VERBS),
    "lead": list(LEADS),
    "subject": list(SUBJECTS),
    "landmark": list(LANDMARKS),
    "host": list(HOSTS),
    "time": list(TIMES),
    "pair": list(range(len(PAIRS))),
}
_TOLD_LANDMARKS = [k for k in LANDMARKS if k != "schedule"]
TOLD_CELLS = list(
    sample_cells(
        ToldCell,
        ToldCell.valid,
        {**TOLD_CHOICES, "landmark": _TOLD_LANDMARKS},
        random.Random(6467),
        size=200,
        axis="verb",
        tries=80,
    )
)


def told_known(cell: ToldCell) -> str | None:
    """Why a told-back cell is still misread (a strict xfail), from its choices."""
    if cell.landmark != "water-conference" or cell.host != "none":
        return None
    if cell.time == "none":
        return (
            "a gathering of no body with no place or time of its own may be one told before "
            "told again: kept weak, so no record; left"
        )
    if cell.time == "next-month":
        return (
            "'They are discussing / agreed to remain in close contact ahead of the conference "
            "on water next month': 'next month' is not read as the gathering's own time after "
            "another verb, so a gathering of no body and no place stays weak; left"
        )
    return None


def test_every_told_value_is_sampled() -> None:
    """Every value of every choice of the told-back grid is met in several cells."""
    assert_every_value_sampled(TOLD_CELLS, {**TOLD_CHOICES, "landmark": _TOLD_LANDMARKS}, least=3)


@pytest.mark.parametrize("cell", grid_params(TOLD_CELLS, dashed_id, told_known))
def test_grid_told_back_pair_prepares(cell: ToldCell) -> None:
    """A gathering the story's pair prepares or coordinates for has the pair among its sides."""
    assert cell.passes(), (cell.text(), briefs_of(cell.text()), cell.expected())


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{choice}={value}: {bad} of {total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", c.text(), "|", briefs_of(c.text()), "|", c.expected())
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    told_failed = [c for c in TOLD_CELLS if not c.passes()]
    for tc in told_failed:
        print(dashed_id(tc), "|", tc.text(), "|", briefs_of(tc.text()), "|", tc.expected())
    print(f"told back: {len(told_failed)} of {len(TOLD_CELLS)} cells fail")
