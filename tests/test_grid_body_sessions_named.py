"""A grid of bodies of states named in full as the subject of their own sitting (grid task).

tests/test_grid_body_sessions.py reads sessions told through a body's council, board or
ministers named by a short form; this grid reads the body named as wire copy names it in a
lead: in full, with its size before it ("the 14-nation X Group") and what its members are
after it ("of farm exporters", "of 14 agricultural exporters"), the body itself or its
members as the subject ("The X", "Ministers from the X", "Trade ministers of the X",
"Members of the X"), told by its meeting ("will meet in C on a day", "met in C", "opened a
three-day meeting here today", "ended a two-day meeting here yesterday", "are due to meet in
C next week"). Every cell is one short invented page; the builder writes the text AND the
records it tells, computed from the choices by spec/EXTRACTION.md section 2 (never by
running the library):

- the sitting is one ``conference`` of the body (``organization`` its short name as the keys
  write it: ``Cairns Group``, ``OPEC``, ``ICO``, ``ATPC``), ``held`` in the past tense or
  "opened ... today", ``planned`` for "will meet" and "due to meet"; its date resolved
  against the publication day, Wednesday 2 March 1988, a meeting that "ended" after two days
  dated by its first day;
- countries: the state of its city ("in C", or "here" under C's dateline) hosts it; the
  body's seat hosting its own sitting ("the ICO ... in London") is no side by itself, so that
  state may be there or not (the read sets' keys count it both ways: a seat's state in
  the key of a session there, and missing from another);
- the member whose minister announces the meeting ("..., A's trade minister X said") may be
  a side or not (the keys mostly count the speaker, not always).

The other side of the class, where no gathering is told and no record may come out: the
body's trade ("The X's share of world exports rose last year"), the body as the object of a
state's act ("A criticised the X on Monday"), the body meeting another side ("The X met
Japanese officials on Monday": talks of the two, a ``meeting``), and traders that are no
body nor state ("Coffee exporters will meet in C on a day": firms meeting, no session of
states).

A cell passes when the page's meetings pair one to one with the expected records: kind,
status and organisation equal, the countries holding every state that must be there and none
but those that may, dates equal at the coarser precision (a date left open may be null).

The lead may also be a member's minister reporting it ("A's X said the Y would meet", "X
told reporters that ...", "X said he would press for Z when ministers of the Y meet in C").

Before the fixes (this session): 132 of the 232 cells failed. The classes they showed:

- the body itself as the subject of "met" (the verb is the meeting word itself) was read as
  talks of the body, its size before its name ("the 14-nation") or its members as the subject
  ("Ministers from the", "Members of the") too, and a body named in a reported clause or a
  clause of time ("said the X would meet", "when the X meets");
- "the X Group of farm exporters will meet": the members' trade read as firms meeting, and
  the sitting dropped;
- a commodity body the gazetteer did not know (the coffee body): no record at all.

After the rules of ``_places.body_subject`` and ``_candidates._TRADERS_OF_BODY``: 18 fail,
every one the coffee body's (strict xfails, ``_known_miss``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = dt.date(1988, 3, 2)  # a Wednesday


@dataclass(frozen=True)
class Body:
    """A body of states as a lead names it, with its key name, size and members' trade.

    ``seat`` is the city of its headquarters and its state (a sitting there may or may not
    count that state); ``cities`` are its members' cities where it may meet, with their state.
    """

    name: str
    organization: str
    size: str
    trade: str | None
    seat: tuple[str, str] | None
    cities: tuple[tuple[str, str], ...]
    field: str


BODIES: dict[str, Body] = {
    "cairns": Body(
        "Cairns Group",
        "Cairns Group",
        "14-nation",
        "farm",
        None,
        (("Auckland", "NZL"), ("Ottawa", "CAN"), ("Buenos Aires", "ARG")),
        "Trade",
    ),
    "coffee": Body(
        "International Coffee Organization",
        "ICO",
        "74-member",
        "coffee",
        ("London", "GBR"),
        (("London", "GBR"),),
        "Agriculture",
    ),
    "opec": Body(
        "Organization of the Petroleum Exporting Countries",
        "OPEC",
        "13-nation",
        "oil",
        ("Vienna", "AUT"),
        (("Vienna", "AUT"), ("Caracas", "VEN"), ("Jakarta", "IDN")),
        "Oil",
    ),
    "tin": Body(
        "Association of Tin Producing Countries",
        "ATPC",
        "seven-nation",
        "tin",
        None,
        (("Kuala Lumpur", "MYS"), ("Bangkok", "THA"), ("Jakarta", "IDN")),
        "Mines",
    ),
}

#: who acts: the body itself, or its members by a crowd word
SUBJECTS = ["body", "ministers-from", "field-ministers-of", "members-of"]
#: how the body is named: bare, with its size, with its members' trade after it, with both
NAMINGS = ["bare", "size", "trade", "size-trade", "trade-count"]
HELD_TELLINGS = ["met", "opened", "ended"]
TELLINGS = [*HELD_TELLINGS, "will-meet", "due"]
PLACES = ["in-city", "here", "none"]
SPEAKERS = ["none", "minister"]
FRAMES = ["wire-here", "wire-elsewhere", "readout"]
# the other side: no gathering told by the same words
NEGATIVES = ["none", "share-rose", "criticised", "traders-meet", "met-side"]
#: the lead as told: the wire's own words, or a member's minister reporting it ("A's X said")
REPORTS = ["lead", "said", "told-that", "when"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    body: str
    subject: str
    naming: str
    telling: str
    place: str
    city: int
    speaker: str
    frame: str
    negative: str
    report: str

    @property
    def held(self) -> bool:
        """Whether the sitting is told as held."""
        return self.telling in HELD_TELLINGS

    def _city(self) -> tuple[str, str]:
        cities = BODIES[self.body].cities
        return cities[self.city % len(cities)]

    def valid(self) -> bool:
        """Whether the choices make a page wire copy would write."""
        body = BODIES[self.body]
        if self.negative != "none":
            # the page tells no gathering: its other choices are fixed at their first value
            return (self.subject, self.naming, self.telling, self.place, self.city) == (
                "body",
                "bare",
                "met",
                "none",
                0,
            ) and (self.speaker, self.report) == ("none", "lead")
        if self.report != "lead" and (
            self.speaker != "none" or self.telling in ("opened", "ended")
        ):
            return False  # the reporting minister is the speaker; "said X opened": no one writes
        if self.report == "when" and self.telling != "will-meet":
            return False  # "... when X meets in C": a sitting to come
        if self.naming in ("trade", "size-trade", "trade-count") and body.name.startswith(
            ("Organization", "Association", "International")
        ):
            return False  # "the Association of X Countries of tin exporters": no one writes it
        if self.place == "here" and self.frame != "wire-here":
            return False  # "here" only under its city's dateline
        if self.frame == "wire-here" and self.place == "none":
            return False  # (the dateline's city alone: the keys count it both ways)
        if self.telling in ("opened", "ended") and self.place == "in-city":
            return False  # "opened a meeting here today": a story from the sitting's city
        if self.telling == "ended" and self.frame == "readout":
            return False
        return not (self.city and len(body.cities) == 1)

    # --- the records ---------------------------------------------------------------------
    def expected(self) -> list[tuple[str, str, frozenset[str], frozenset[str], str, str | None]]:
        """The sitting: (kind, status, must countries, may countries, organisation, date)."""
        body = BODIES[self.body]
        if self.negative == "met-side":
            # the body meeting another side: talks between the two, not its own sitting
            return [("meeting", "held", frozenset({"JPN"}), frozenset(), body.organization,
                     "1988-02-29")]  # fmt: skip
        if self.negative != "none":
            return []
        must: set[str] = set()
        may: set[str] = set()
        if self.place in ("in-city", "here"):
            code = self._city()[1]
            if body.seat is not None and body.seat[1] == code:
                may.add(code)  # the body's seat hosting its own sitting: no side by itself
            else:
                must.add(code)
        if self.speaker == "minister" or self.report != "lead":
            may.add(self._speaker()[0])
        status = "held" if self.held else "planned"
        return [("conference", status, frozenset(must), frozenset(may), body.organization,
                 self._date())]  # fmt: skip

    def _date(self) -> str | None:
        return {
            "met": "1988-02-29",
            "opened": "1988-03-02",
            "ended": "1988-02-29",
            "will-meet": "1988-03-16",
            "due": "1988-03",
        }[self.telling]

    def _speaker(self) -> tuple[str, str, str]:
        """A member's state, its adjective, and its minister who announces the sitting."""
        return {
            "cairns": ("AUS", "Australian", "Trade Minister Ian Rowe"),
            "coffee": ("KEN", "Kenyan", "Agriculture Minister Peter Mwangi"),
            "opec": ("NGA", "Nigerian", "Oil Minister Musa Bello"),
            "tin": ("BOL", "Bolivian", "Mines Minister Jorge Paz"),
        }[self.body]

    # --- the text ------------------------------------------------------------------------
    def _named(self) -> str:
        body = BODIES[self.body]
        size = f"{body.size} " if self.naming in ("size", "size-trade") else ""
        trade = {
            "trade": f" of {body.trade} exporters",
            "size-trade": f" of {body.trade} exporters",
            "trade-count": f" of {body.size.split('-')[0]} {body.trade} exporting countries",
        }.get(self.naming, "")
        return f"the {size}{body.name}{trade}"

    def _subject(self) -> str:
        named = self._named()
        if self.subject == "body":
            return named if self.report != "lead" else named[0].upper() + named[1:]
        crowd = {
            "ministers-from": f"Ministers from {named}",
            "field-ministers-of": f"{BODIES[self.body].field} ministers of {named}",
            "members-of": f"Members of {named}",
        }[self.subject]
        return crowd if self.report == "lead" else crowd[0].lower() + crowd[1:]

    def _verb(self) -> str:
        plural = self.subject != "body"
        where = {"in-city": f"in {self._city()[0]}", "here": "here", "none": ""}[self.place]
        verb = {
            "met": f"met {where} on Monday",
            "opened": f"opened a three-day meeting {where} today",
            "ended": f"ended a two-day meeting {where} yesterday",
            "will-meet": f"will meet {where} on March 16",
            "due": f"{'are' if plural else 'is'} due to meet {where} later this month",
        }[self.telling]
        if self.report != "lead":
            verb = verb.replace("will meet", "would meet").replace(" is due", " was due")
            verb = verb.replace("is due", "was due").replace("are due", "were due")
        return " ".join(verb.split())

    def _lead(self) -> str:
        if self.negative == "share-rose":
            return f"The {BODIES[self.body].name}'s share of world exports rose last year"
        if self.negative == "criticised":
            return f"Japan criticised the {BODIES[self.body].name} on Monday"
        if self.negative == "met-side":
            return (
                f"The {BODIES[self.body].name} met Japanese officials on Monday to discuss prices"
            )
        if self.negative == "traders-meet":
            trade = BODIES[self.body].trade or "farm"
            return f"{trade.capitalize()} exporters from several countries will meet on March 16"
        lead = f"{self._subject()} {self._verb()} to discuss prices"
        if self.report == "lead":
            return lead
        _, adjective, minister = self._speaker()
        if self.report == "when":
            meets = "meets" if self.subject == "body" else "meet"
            time = lead.replace("would meet", meets).replace(" to discuss prices", "")
            return f"{adjective} {minister} said he would press for lower tariffs when {time}"
        told = "said" if self.report == "said" else "told reporters that"
        return f"{adjective} {minister} {told} {lead}"

    def text(self) -> str:
        """The page: a dateline or a readout's heading, and its lead."""
        if self.speaker == "minister":
            _, adjective, minister = self._speaker()
            lead = f"{self._lead()}, {adjective} {minister} said."
        else:
            lead = f"{self._lead()}{', officials said' if self.report == 'lead' else ''}."
        if self.frame == "wire-here":
            return f"{self._city()[0].upper()}, March 2 - {lead}"
        if self.frame == "wire-elsewhere":
            return f"SYDNEY, March 2 - {lead}"
        return f"Readout of the week\n\n{lead}"


CHOICES: dict[str, list[object]] = {
    "body": list(BODIES),
    "subject": list(SUBJECTS),
    "naming": list(NAMINGS),
    "telling": list(TELLINGS),
    "place": list(PLACES),
    "city": [0, 1, 2],
    "speaker": list(SPEAKERS),
    "frame": list(FRAMES),
    "negative": list(NEGATIVES),
    "report": list(REPORTS),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Draw a gathering's page three times in four; a page with no gathering has its values."""
    if (
        pick["negative"] != "none"
        and name != "negative"
        and random.Random(str(pick)).random() < 0.75
    ):
        pick["negative"] = "none"
    if pick["negative"] != "none":
        pick.update(subject="body", naming="bare", telling="met", place="none", city=0)
        pick["speaker"], pick["report"] = "none", "lead"


def _sample(size: int, seed: int = 37) -> list[Cell]:
    """A seeded sample of valid cells, every telling meeting every value of each other choice."""
    rng = random.Random(seed)
    return list(
        sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="telling", tries=120, fix=_fix)
    )


CELLS = _sample(232)

Read = tuple[str, str, tuple[str, ...], "str | None", "str | None"]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    found = extract_text(cell.text(), published=PUBLISHED).meetings
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in found
    ]


def passes(cell: Cell) -> bool:
    """Whether the page's meetings are exactly the cell's records."""
    got, wants = read(cell), cell.expected()
    if len(got) != len(wants):
        return False
    for (kind, status, must, may, org, date), (gkind, gstatus, gcountries, gorg, gdate) in zip(
        wants, got, strict=True
    ):
        if (gkind, gstatus, gorg) != (kind, status, org):
            return False
        if not must <= set(gcountries) <= must | may:
            return False
        if date is not None and gdate is not None:
            n = min(len(date), len(gdate))
            if date[:n] != gdate[:n]:
                return False
        elif date is not None and cell.place != "none":
            return False
    return True


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by its class), or None."""
    if cell.body == "coffee" and cell.negative in ("none", "met-side"):
        # (its full names in the organisations table made every cell pass, but on the read
        # sets the body's other sittings, in its seat's city, came out with that state as their
        # only side or without the members the keys count: W1021-1050 -0.016 and cb20 -0.020,
        # the invariance bar failed; left, as the table test's near miss says)
        return "the coffee body is no organisation the gazetteer knows: its sitting is not read"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its records."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:20} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(c.text(), c.expected(), read(c), sep="\n   ")
