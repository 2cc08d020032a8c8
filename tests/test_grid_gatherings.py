"""A grid of multilateral gatherings: summits, formats, forums and their states (grid task).

Every cell is one short invented page about a gathering of many states, built from
independent choices: the gathering (a body's summit "the OTS summit", a numbered session
"the 5th meeting of the Council of Foreign Ministers of the CIS", a format "the C5+1
meeting", "a trilateral meeting of A, B and C", "a meeting in the A-B-C format", a forum
"the X Forum" with official participation, an unnamed "summit of the leaders of A, B, C
and D"), how its states are told (listed as attending, "heads of state of A, B and C took
part", a host only "hosted by B", the body alone, "member states" not expanded), its place
(a member's city, a third state's city, none), its status and date form (held on a day,
"will be held on", "is scheduled for", "next month"), an official's trip to attend it (none,
"X left for P on 9 May to attend", "X will travel to P to attend"), a bilateral meeting on its
sidelines (none, one), the page's frame (a crawled page with a headline, a wire) and the
set of states. The builder writes the text AND the records it tells, computed from the
choices by spec/EXTRACTION.md section 2 (never by running the library):

- the gathering is one ``conference`` (a trilateral meeting or an A-B-C format: a
  ``meeting`` or a ``conference``, see below); its ``organization`` is the body named (``OTS``,
  ``SCO``, ``CIS``, ``ECO``, ``C5+1``), none for a trilateral, an A-B-C format, a forum or
  an unnamed summit of leaders;
- status: the past tense is ``held``; "will be held", "is scheduled for" are ``planned``;
  date: resolved against the publication day, Wednesday 15 May 2024;
- countries: the states the text names as taking part (listed as attending, as taking
  part, in the gathering's own name, or the official who travels to attend it) plus the
  host (the state hosting it, or whose city it is held in); "member states" is a group and
  is not expanded; a body told alone, nowhere, names no state (its record pairs by the
  organisation);
- an official's trip to attend the gathering is the gathering (one record, no visit);
- a bilateral meeting on the sidelines is a second record (``meeting``) of its two
  sides, with the gathering's status; the gathering's host is no side of it.

Where the spec leaves a reading open, the owners' keys of the read sets decide
(conference records of /work/shared/gold/dev.jsonl, crawled-dev.jsonl, the written
holdout W1-W1860 and tests/pages/read, counted by the words of their evidence):

- states listed as attending ("attended by", "took part", "participated", "leaders
  of"): of 125 conference records whose evidence lists participation, 69 carry three
  states or more and 42 two (the states named), 12 one and 2 none: the states listed
  are the conference's countries, not the host alone;
- "member states" not named: the keys contradict themselves (12 records of three states
  or more, 10 of two or fewer); the spec decides: a group is not expanded, so the cell
  counts the states named elsewhere in the text only;
- a trilateral meeting or meeting in an A-B-C format: the keys contradict themselves (of
  records whose evidence says "trilateral meeting/summit/talks", 45 are meetings of three
  states and 22 conferences), so the cell accepts either kind; "C5+1" is a conference
  (35 of 38 records);
- the states of a sideline meeting: their officials are there, so the gathering's
  countries may hold them or not (the keys are not counted: the scorer's overlap of half
  decides most cells either way);
- a gathering held in a third state's city (one that is not told as a participant): the
  keys do both (the host counted, "hosted by Moldova" in 2 of 4 "hosted by" records with a
  lone host; a venue abroad not counted), so the cell accepts the countries with or
  without that state.

A cell passes when the page's meetings pair one to one with the expected records as the
scorer pairs them: same kind and status, dates compatible (a sideline meeting's date is
open), countries overlapping by half their union or more, or both empty with the same
organisation.

The classes the grid showed the library misread (79 of the 360 cells) are rows of ``ROWS``
below, with sentences of their own:

- ``format-named-first``: "The C5+1 meeting will be held ...": a format or body whose name
  holds a "+", or one named first in the text, before its meeting word, is a conference of
  that body (22 cells);
- ``trip-day-then-gathering-day``: "X left for P on 9 May to attend the summit. The summit
  was held on 10 May": the trip's day is the departure's, the gathering's its own (31 cells);
- ``host-after-its-day``: "The summit was held on 10 May, hosted by A": the host told after
  the gathering's verb, day and place takes part (9 cells).

Left as strict xfails (17 cells): a trip to attend a trilateral meeting, read as a visit
(the keys do not settle the kind: see above); a forum to come with no place and its states
told in the next sentence, missed; a forum's states listed after its back-reference, not
added.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.models import Meeting
from diplonews.readers import parse_crawled_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Expected, ToldRow, assert_told, told_params

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


@dataclass(frozen=True)
class Group:
    """A body and four of its states (A, B, C, D), and a third state's city and code."""

    body: str
    states: tuple[State, State, State, State]
    third_city: str
    third_code: str


GROUPS: list[Group] = [
    Group(
        "OTS",
        (
            State("KAZ", "Kazakhstan", "Kazakh", "Astana", "President", "Nurlan Abenov"),
            State("AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", "Ruslan Qasimli"),
            State("UZB", "Uzbekistan", "Uzbek", "Tashkent", "President", "Jasur Rakhimov"),
            State("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "President", "Aibek Toktorov"),
        ),
        "Geneva",
        "CHE",
    ),
    Group(
        "SCO",
        (
            State("PAK", "Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Imran Qadri"),
            State("KAZ", "Kazakhstan", "Kazakh", "Astana", "Prime Minister", "Olzhas Serikov"),
            State("TJK", "Tajikistan", "Tajik", "Dushanbe", "Prime Minister", "Rustam Nazarov"),
            State("UZB", "Uzbekistan", "Uzbek", "Tashkent", "Prime Minister", "Dilnoza Karimova"),
        ),
        "Doha",
        "QAT",
    ),
    Group(
        "CIS",
        (
            State("ARM", "Armenia", "Armenian", "Yerevan", "Foreign Minister", "Aram Hakobyan"),
            State("BLR", "Belarus", "Belarusian", "Minsk", "Foreign Minister", "Pavel Lukashevich"),
            State("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Foreign Minister", "Aibek Toktorov"),
            State("TJK", "Tajikistan", "Tajik", "Dushanbe", "Foreign Minister", "Rustam Nazarov"),
        ),
        "Vienna",
        "AUT",
    ),
    Group(
        "ECO",
        (
            State("AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", "Ruslan Qasimli"),
            State("IRN", "Iran", "Iranian", "Tehran", "President", "Hassan Rezaei"),
            State("TUR", "Turkiye", "Turkish", "Ankara", "President", "Kemal Aydin"),
            State("PAK", "Pakistan", "Pakistani", "Islamabad", "President", "Imran Qadri"),
        ),
        "Geneva",
        "CHE",
    ),
]

# gathering -> (its name in the text, the noun that refers back to it, names a body?)
GATHERINGS: dict[str, tuple[str, str, bool]] = {
    "body-summit": ("the {BODY} summit", "summit", True),
    "session": (
        "the 5th meeting of the Council of Foreign Ministers of the {BODY}",
        "meeting",
        True,
    ),
    "c5-plus-1": ("the C5+1 meeting", "meeting", True),
    "trilateral": ("a trilateral meeting of {A}, {B} and {C}", "meeting", False),
    "abc-format": ("a meeting in the {A}-{B}-{C} format", "meeting", False),
    "forum": ("the Silk Road Connectivity Forum", "forum", False),
    "leaders-summit": ("a summit of the leaders of {A}, {B}, {C} and {D}", "summit", False),
}
# gatherings whose own name lists states: the states told in the name
NAMED_STATES = {"trilateral": 3, "abc-format": 3, "leaders-summit": 4}

STATES_FORMS = ["attended-by", "took-part", "hosted", "body-alone", "member-states"]
PLACES = ["member-city", "third-city", "none"]
# status/date form -> (held?, ISO date)
WHENS: dict[str, tuple[bool, str]] = {
    "held-day": (True, "2024-05-10"),
    "will-day": (False, "2024-05-23"),
    "scheduled": (False, "2024-05-23"),
    "next-month": (False, "2024-06"),
}
TRIPS = ["none", "trip"]
SIDELINES = ["none", "bilateral"]
FRAMES = ["crawl-headline", "wire"]

# An expected record: (kind, status, acceptable country sets, organisation, date or None)
Want = tuple[str, str, tuple[frozenset[str], ...], "str | None", "str | None"]


def _list(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    gathering: str
    states: str
    place: str
    when: str
    trip: str
    sideline: str
    frame: str
    group: int

    def valid(self) -> bool:
        """Whether the choices make one sensible page."""
        named = self.gathering in NAMED_STATES
        if named and self.states not in ("hosted", "body-alone"):
            return False  # the name already lists the states
        if self.states == "member-states" and not GATHERINGS[self.gathering][2]:
            return False  # member states of no body
        if self.trip == "trip" and self.place == "none":
            return False  # a trip goes somewhere
        if self.gathering == "forum" and self.states in ("body-alone", "member-states"):
            return self.trip == "trip"  # a forum counts with official participation only
        if self.states == "hosted" and self.place == "third-city":
            return False
        return not (self.trip == "trip" and self.place == "none")

    # --- the records the cell tells ---------------------------------------------------
    def _organization(self) -> str | None:
        if self.gathering == "c5-plus-1":
            return "C5+1"
        if GATHERINGS[self.gathering][2]:
            return GROUPS[self.group].body
        return None

    def expected(self) -> list[Want]:
        """The conference, and the sideline meeting when there is one."""
        group = GROUPS[self.group]
        a, b, c, _ = group.states
        held, date = WHENS[self.when]
        status = "held" if held else "planned"
        told: set[str] = set()
        told |= {s.code for s in group.states[: NAMED_STATES.get(self.gathering, 0)]}
        if self.states in ("attended-by", "took-part"):
            told |= {a.code, b.code, c.code}
        if self.states == "hosted" or self.place == "member-city":
            told.add(b.code)
        if self.trip == "trip":
            told.add(a.code)
        options = [told]
        if self.place == "third-city":
            options += [told | {group.third_code}]
        if self.sideline == "bilateral":
            # the two sides meeting on its sidelines are there: taking part, or left out
            options += [one | {a.code, c.code} for one in options]
        sets = tuple(frozenset(one) for one in options)
        kind = (
            "meeting|conference" if self.gathering in ("trilateral", "abc-format") else "conference"
        )
        wants: list[Want] = [(kind, status, sets, self._organization(), date)]
        if self.sideline == "bilateral":
            wants.append(("meeting", status, (frozenset({a.code, c.code}),), None, None))
        return wants

    # --- the text -----------------------------------------------------------------------
    def _name(self) -> str:
        a, b, c, d = GROUPS[self.group].states
        return GATHERINGS[self.gathering][0].format(
            BODY=GROUPS[self.group].body, A=a.name, B=b.name, C=c.name, D=d.name
        )

    def _where(self) -> str | None:
        group = GROUPS[self.group]
        return {
            "member-city": group.states[1].capital,
            "third-city": group.third_city,
            "none": None,
        }[self.place]

    def body(self) -> str:
        """The page's paragraph(s)."""
        group = GROUPS[self.group]
        a, b, c, _ = group.states
        held, _ = WHENS[self.when]
        _, noun, _ = GATHERINGS[self.gathering]
        city = self._where()
        sentences = []
        if self.trip == "trip":
            # (the day before a gathering held on 10 May: a departure after it would be no trip
            # to attend it)
            go = f"left for {city} on 9 May" if held else f"will travel to {city}"
            sentences.append(f"{a.demonym} {a.title} {a.person} {go} to attend {self._name()}.")
            subject = f"The {noun}"
        else:
            subject = self._name()
            subject = subject[0].upper() + subject[1:]
        place = f" in {city}" if city and self.trip == "none" else ""
        when = {
            "held-day": ("was held", f"{place} on 10 May"),
            "will-day": ("will be held", f"{place} on 23 May"),
            "scheduled": ("is scheduled", f" for 23 May{place}"),
            "next-month": ("will be held", f"{place} next month"),
        }[self.when]
        main = f"{subject} {when[0]}{when[1]}"
        listed = _list([a.name, b.name, c.name])
        if self.states == "attended-by":
            main += f", {'attended' if held else 'to be attended'} by the leaders of {listed}"
        elif self.states == "hosted":
            main += f", hosted by {b.name}"
        sentences.append(main + ".")
        if self.states == "took-part":
            verb = "took part" if held else "will take part"
            sentences.append(f"Heads of state of {listed} {verb}.")
        elif self.states == "member-states":
            verb = "attended" if held else "will attend"
            sentences.append(f"Leaders of the member states {verb} the {noun}.")
        if self.sideline == "bilateral":
            met = "met" if held else "will meet"
            sentences.append(
                f"On the sidelines of the {noun}, {a.demonym} {a.title} {a.person} {met} "
                f"{c.demonym} {c.title} {c.person}."
            )
        sentences.append("The sides discussed trade, transport and energy links.")
        return " ".join(sentences)

    def text(self) -> str:
        """The page in the crawled format, or a wire paragraph."""
        if self.frame == "wire":
            return f"LONDON, May 15 (Reuters) - {self.body()}"
        return (
            f" date 2024-05-15 Leaders look to deepen regional cooperation\n\n{self.body()}\n---\n"
        )


CHOICES: dict[str, list[object]] = {
    "gathering": list(GATHERINGS),
    "states": list(STATES_FORMS),
    "place": list(PLACES),
    "when": list(WHENS),
    "trip": list(TRIPS),
    "sideline": list(SIDELINES),
    "frame": list(FRAMES),
    "group": list(range(len(GROUPS))),
}


def _sample(size: int, seed: int = 18) -> list[Cell]:
    """A seeded sample of valid cells, every gathering meeting every value of every choice."""
    rng = random.Random(seed)
    cells = sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="gathering", tries=200)
    return list(cells)


CELLS = _sample(360)


def _meetings(cell: Cell) -> tuple[Meeting, ...]:
    text = cell.text()
    if cell.frame == "wire":
        return extract_text(text, published=PUBLISHED).meetings
    article = next(iter(parse_crawled_text(text)))
    return tuple(extract_meetings(article))


Read = tuple[str, str, list[str], str | None, str | None]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    return [
        (
            m.kind.value,
            m.status.value,
            sorted(c.alpha_3 for c in m.countries),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in _meetings(cell)
    ]


def _fits(got: Read, want: Want) -> bool:
    """Whether a read record pairs with an expected one as the scorer pairs them."""
    kind, status, sets, organization, date = want
    g_kind, g_status, g_countries, g_org, g_date = got
    if g_kind not in kind.split("|") or g_status != status:
        return False
    if date is not None and g_date is not None:
        n = min(len(date), len(g_date))
        if date[:n] != g_date[:n]:
            return False
    elif date is not None and kind != "meeting":
        return False  # the gathering's date is always told
    mine = set(g_countries)
    for want_set in sets:
        if not want_set and not mine:
            if g_org == organization:
                return True
        elif len(want_set & mine) * 2 >= len(want_set | mine):
            return True
    return False


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the cell's records."""
    got, wants = read(cell), cell.expected()
    if len(got) != len(wants):
        return False
    if len(got) == 1:
        return _fits(got[0], wants[0])
    return (_fits(got[0], wants[0]) and _fits(got[1], wants[1])) or (
        _fits(got[0], wants[1]) and _fits(got[1], wants[0])
    )


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by choice values), or None."""
    if cell.gathering == "trilateral" and cell.trip == "trip":
        # "X will travel to P to attend a trilateral meeting of A, B and C": read as a visit
        # (with the meeting beside it when held); making the trip the meeting would change the
        # kind of visits "to attend" talks, which the keys do not settle
        return "trip to attend a trilateral meeting: read as a visit"
    # "... left for P to attend the X Forum. The forum was held on May 10. Heads of state of
    # A, B and C took part.": the states listed are still not added to the forum, but the city
    # the trip left for gives it its host (grid24), which with the traveller's state makes up
    # the overlap, as a member's city or a sideline meeting's pair does
    if (
        cell.gathering == "forum"
        and cell.states == "took-part"
        and cell.place == "none"
        and cell.when != "held-day"
    ):
        # "The X Forum is scheduled for May 23. Heads of state of A, B and C will take
        # part.": a forum to come named with no place and no official is not read
        return "forum to come with no place, its states in the next sentence: missed"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its gathering (and its sideline meeting)."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:16} {bad:4d}/{total}")
    print(sum(failed.values()), "/", len(CELLS))


# --- classes fixed from the grid, each with rows of its own (invented sentences) ---------
ROWS: list[ToldRow] = [
    # format-named-first: "The C5+1 meeting will be held ...", first in the text: a session of
    # the format named before its meeting word (a name with "+" too), a conference
    (
        "format-named-first",
        "2025-02-04",
        "The C5+1 meeting will be held in Almaty on 20 February.",
        [("conference", "planned", ("KAZ",), "C5+1", "2025-02-20")],
    ),
    (
        "format-named-first",
        "2025-02-04",
        "The P5+1 meeting took place in Vienna on Monday, officials said.",
        [("conference", "held", ("AUT",), "P5+1", "2025-02-03")],
    ),
    # trip-day-then-gathering-day: "X left for P on May 9 to attend the summit. The summit was
    # held on May 10": the trip's day is the departure's, the gathering is dated by its own
    (
        "trip-day-then-gathering-day",
        "2025-06-12",
        "Mongolian Foreign Minister Oyun Bat left for Ankara on 6 June to attend the ECO "
        "summit. The summit was held on 7 June.",
        [("conference", "held", ("MNG", "TUR"), "ECO", "2025-06-07")],
    ),
    (
        "trip-day-then-gathering-day",
        "2025-06-12",
        "Jordanian Prime Minister Samir Haddad will travel to Doha on 20 June to take part in "
        "the OIC meeting. The meeting will be held on 21 June.",
        [("conference", "planned", ("JOR", "QAT"), "OIC", "2025-06-21")],
    ),
    # host-after-its-day: "The summit was held on May 10, hosted by A": the host clause after
    # the gathering's own verb, day and place names a state taking part
    (
        "host-after-its-day",
        "2025-09-30",
        "The CICA summit was held on 25 September, hosted by Kazakhstan.",
        [("conference", "held", ("KAZ",), "CICA", "2025-09-25")],
    ),
    (
        "host-after-its-day",
        "2025-09-30",
        "The next meeting of the Council of Foreign Ministers of the OIC will be held in "
        "November, hosted by Cameroon.",
        [("conference", "planned", ("CMR",), "OIC", "2025-11")],
    ),
]


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(ROWS))
def test_grid_class_rows(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each class fixed from the grid reads its invented rows."""
    assert_told(cls, day, text, expected)
