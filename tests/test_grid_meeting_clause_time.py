"""A grid of a meeting's date and status taken from the clause that holds them.

A sentence that tells a meeting often holds a second time in a clause of its own: a
relative clause or a participle between commas after the meeting's name ("the A-B
commission, which last met in P in January, will meet again before the end of the year";
"talks between A and B, suspended since 2019, would open later this month"), a fronted
"ahead of" phrase after the sentence's own time ("On Friday, ahead of his departure, X had
a phone call with Y"), the earlier figure of a comparison ("agreed to raise their trade to
two billion dollars this year from 1.3 billion in 2022, at the end of a joint commission
session in P"), or a participle of another event ("agreements reached during the state
visit ... last June, as well as preparations for the next meeting ..., scheduled for the
second half of the year"). A time or a tense belongs to the clause that holds it, and a
meeting word takes the time and the tense of its own clause (spec/EXTRACTION.md section 2:
status "as the article frames the event", date "stated or directly implied"). Every cell is
one invented page built from independent choices: the family and its form, the clause that
holds the other time (``aside``), the two states and the meeting's own time. The builder
writes the text AND the meetings it tells, computed by the spec (never by running the
library):

- ``idle``: a series' sitting to come, the clause after its name telling its idle spell or
  its last sitting: planned, dated by the time after the plan's verb; the last sitting told
  in a relative clause ("which last met in P in January") may be a held record of its own,
  dated by that clause, never a mixture;
- ``own``: controls whose only time is in the relative clause and is the meeting's own
  ("the A-B talks, which opened in P on Monday, ended without a deal"): held, that time;
- ``ahead``: a call or talks told in the past after a fronted time and an "ahead of" phrase
  that names no meeting: held, dated by the fronted time (controls: no "ahead of" phrase);
- ``from``: a commission's session the sides agreed at, in a sentence whose trade figure is
  compared with an earlier year's: held, dated by the story (or undated), never by the
  figure's year (controls: no comparison);
- ``next``: a past visit told in a participle ("agreements reached during the state visit
  ... last June"), then the next sitting "scheduled for" its own time: the visit held in its
  time, the sitting planned in its own.

Every page is published on Wednesday 2023-05-10 (``meeting_rows.briefs_of``). A cell passes
when the page's meetings pair one to one with the expected ones (an optional record may be
there or not): same status, the sides overlapping as the scorer pairs them, the date equal
(or compatible as the scorer pairs dates, where marked loose).

Before any change of the library 251 of 617 cells failed (the table of ``python
tests/test_grid_meeting_clause_time.py``): idle 106/218 (the name before a past aside was a
held sitting dated by the aside, "suspended since 2019" or "which last met in P in January",
and the verb after it took the aside's month as one to come, or the aside's place), ahead
76/181 (an "ahead of" phrase after a fronted time made the past call planned, and dated it by
the phrase's day), from 32/53 (the comparison's "from 1.3 billion in 2022" dated the session,
and the goal's time planned it), next 30/82 (the next sitting "scheduled for the second half
of the year" took the past visit's "last June", and "the decisions taken during the visit
in March" made a visit to come) and own 7/83. The rules that fixed them:

- a format's past told between commas after its name (its idle spell, its last sitting, its
  making) is the aside's clause: its time, tense and place are never the sitting's, whose
  status, time and place are the verb's after the aside;
- a directive to a body to sit ("directed the council ... to meet again") tells it to come;
- an "ahead of" phrase closed by its comma is no tense or time of the clause after it, and
  the fronted time before it is that clause's;
- the time of a figure compared with ("from 1.3 billion in 2022") is that figure's; a
  decimal point does not cut a decision from the session it was taken at;
- a sitting's own plan participle (", scheduled for") dates it, its year read from "the
  second half of the year"; a decision "taken during" a visit tells the visit past.

Left as strict xfails (``known_gap``), 51 cells: the time of a goal agreed at a sitting
("to lift trade ... by 2025") dates it and plans it (a target class); "before the end of the
year" gives no year to talks or to a bare "to meet again" (only a body's session told by its
noun takes it, as a hope would read alike); "which opened in P yesterday" gives no day.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

import pytest

from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Brief, H, P, briefs_of, pairs

PAIRS: list[tuple[State, State]] = [
    (
        State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Tomas Rojas"),
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Ana Ruiz", "she"),
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Foreign Minister", "Peter Otieno"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "Foreign Minister", "Kwesi Boateng"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Foreign Minister", "Marek Nowak"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Foreign Minister", "Tran Quoc Hai"),
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Foreign Minister", "Siri Dahl", "she"),
        State("IND", "India", "Indian", "New Delhi", "Foreign Minister", "Vikram Rao"),
    ),
]

# ``idle``: the sitting to come, an aside between commas after its name ("{aside}").
IDLE_FORMS = {
    "talks-would-open": "Diplomats said a new round of border talks between {a.name} and"
    " {b.name}, {aside}, would open in {b.capital} {time}.",
    "commission-will-meet-again": "Officials said the {a.name}-{b.name} joint commission,"
    " {aside}, will meet again in {b.capital} {time}.",
    "committee-is-to-meet": "The {a.name}-{b.name} intergovernmental committee, {aside}, is to"
    " meet in {b.capital} {time}.",
    "council-directed-to-meet": "The two presidents directed the {a.name}-{b.name} trade"
    " council, {aside}, to meet again in {b.capital} {time}.",
}
# The aside: text, and the held sitting it tells as (ISO date) when it names one, else None.
IDLE_ASIDES: dict[str, tuple[str, str | None]] = {
    "suspended-since": ("suspended since 2019", None),
    "frozen-since": ("frozen since 2020", None),
    "dormant-for": ("dormant for four years", None),
    "which-last-met": ("which last met in {a.capital} in January", "2023-01"),
    "which-has-not-met": ("which has not met since 2019", None),
    "last-held-in": ("last held in {a.capital} in 2021", "2021"),
    # control: an aside with no time
    "set-up-by": ("set up by the two governments", None),
}
# The sitting's own time to come (published Wednesday 2023-05-10).
TO_COME = {
    "later-this-month": ("later this month", "2023-05"),
    "in-july": ("in July", "2023-07"),
    "before-year-end": ("before the end of the year", "2023"),
    "next-year": ("next year", "2024"),
    "on-june-14": ("on June 14", "2023-06-14"),
}

# ``own``: the only time is in the relative clause, and it is the meeting's own.
OWN_FORMS = {
    "talks-which-opened": "The {a.name}-{b.name} talks, {aside}, ended without a deal.",
    "commission-which-met": "The {a.name}-{b.name} joint commission, {aside}, adopted a plan"
    " on customs.",
}
OWN_ASIDES = {
    "which-opened": "which opened in {b.capital} {past}",
    "which-was-held": "which was held in {b.capital} {past}",
    "held-in": "held in {b.capital} {past}",
}
PAST = {
    "on-monday": ("on Monday", "2023-05-08"),
    "in-march": ("in March", "2023-03"),
    "last-week": ("last week", None),
    "yesterday": ("yesterday", "2023-05-09"),
}

# ``ahead``: a fronted time, an "ahead of" phrase naming no meeting (or none), a past event.
AHEAD_FORMS = {
    "had-a-phone-call": "{front}, {aside}{a.title} {a.person} of {a.name} had a phone call with"
    " {b.demonym} {b.title} {b.person}.",
    "spoke-by-phone": "{front}, {aside}{a.title} {a.person} of {a.name} spoke by phone with"
    " {b.demonym} {b.title} {b.person}.",
    "held-talks": "{front}, {aside}{a.title} {a.person} of {a.name} held talks with"
    " {b.demonym} {b.title} {b.person} in {a.capital}.",
    "met": "{front}, {aside}{a.title} {a.person} of {a.name} met {b.demonym} {b.title}"
    " {b.person} in {a.capital}.",
}
AHEAD_ASIDES = {
    "ahead-of-departure": "ahead of {pron} departure, ",
    "ahead-of-vote": "ahead of the vote, ",
    "in-run-up-to-elections": "in the run-up to the elections, ",
    "ahead-of-sunday-referendum": "ahead of Sunday's referendum, ",
    "ahead-of-the-trip": "ahead of the trip, ",
    # control: no phrase
    "none": "",
}
FRONTS = {
    "on-friday": ("On Friday", "2023-05-05"),
    "on-monday": ("On Monday", "2023-05-08"),
    "yesterday": ("Yesterday", "2023-05-09"),
    "on-may-3": ("On May 3", "2023-05-03"),
}

# ``from``: the sides agreed at a session, their trade figure compared with an earlier one.
FROM_FORMS = {
    "at-the-end-of-session": "{a.name} and {b.name} agreed to raise their trade to two billion"
    " dollars {aside}, at the end of a joint commission session in {a.capital}.",
    "at-a-meeting-of": "{a.name} and {b.name} agreed at a meeting of their joint commission in"
    " {a.capital} to lift their trade to two billion dollars {aside}.",
    "during-talks": "{a.name} and {b.name} agreed during talks in {a.capital} to raise their"
    " trade to two billion dollars {aside}.",
}
FROM_ASIDES = {
    "this-year-from-2022": "this year from 1.3 billion in 2022",
    "by-2025-from-2021": "by 2025 from 1.1 billion in 2021",
    "next-year-from-last-year": "next year from 1.4 billion last year",
    # controls: no comparison
    "this-year": "this year",
    "by-2025": "by 2025",
}

# ``next``: a past visit in a participle, then the next sitting "scheduled for" its time.
NEXT_FORMS = {
    "preparations-for-next-meeting": "The sides discussed the implementation of agreements"
    " reached during the state visit of the {b.demonym} president to {a.capital} {aside}, as"
    " well as preparations for the next meeting of the {a.name}-{b.name} intergovernmental"
    " committee, scheduled for {time} in {a.capital}.",
    "agenda-of-next-session": "The ministers reviewed the decisions taken during the visit of"
    " the {b.demonym} president to {a.capital} {aside} and the agenda of the next session of"
    " the {a.name}-{b.name} joint commission, scheduled for {time}.",
}
NEXT_ASIDES = {
    "last-june": ("last June", "2022-06"),
    "in-march": ("in March", "2023-03"),
    "last-year": ("last year", "2022"),
}
SCHEDULED = {
    "second-half": ("the second half of the year", "2023"),
    "september": ("September", "2023-09"),
    "next-year": ("next year", "2024"),
    "later-this-year": ("later this year", "2023"),
}

FAMILIES: dict[str, tuple[Mapping[str, str], Mapping[str, object], Mapping[str, object]]] = {
    "idle": (IDLE_FORMS, IDLE_ASIDES, TO_COME),
    "own": (OWN_FORMS, OWN_ASIDES, PAST),
    "ahead": (AHEAD_FORMS, AHEAD_ASIDES, FRONTS),
    "from": (FROM_FORMS, FROM_ASIDES, {"story": None}),
    "next": (NEXT_FORMS, NEXT_ASIDES, SCHEDULED),
}
ALL_FORMS = [f"{f}:{x}" for f, (forms, _, _) in FAMILIES.items() for x in forms]
ALL_ASIDES = [f"{f}:{x}" for f, (_, asides, _) in FAMILIES.items() for x in asides]
ALL_TIMES = [f"{f}:{x}" for f, (_, _, times) in FAMILIES.items() for x in times]

# A wanted meeting: status, sides, date, whether the date need only be compatible (the
# scorer's pairing), and whether the record may be missing.
Wanted = tuple[str, list[str], "str | None", bool, bool]


@dataclass(frozen=True)
class Cell:
    """One page's choices: the family's form, aside and time, and the pair of states."""

    family: str
    form: str
    aside: str
    pair: int
    time: str

    def valid(self) -> bool:
        """The form, the aside and the time are the family's."""
        return all(v.startswith(self.family + ":") for v in (self.form, self.aside, self.time))

    def _parts(self) -> tuple[str, str, str]:
        return (
            self.form.split(":", 1)[1],
            self.aside.split(":", 1)[1],
            self.time.split(":", 1)[1],
        )

    def text(self) -> str:
        """The page."""
        a, b = PAIRS[self.pair]
        form, aside, time = self._parts()
        forms = FAMILIES[self.family][0]
        if self.family == "idle":
            said = IDLE_ASIDES[aside][0].format(a=a, b=b)
            return forms[form].format(a=a, b=b, aside=said, time=TO_COME[time][0])
        if self.family == "own":
            said = OWN_ASIDES[aside].format(a=a, b=b, past=PAST[time][0])
            return forms[form].format(a=a, b=b, aside=said)
        if self.family == "ahead":
            said = AHEAD_ASIDES[aside].format(pron="his" if a.pronoun == "he" else "her")
            return forms[form].format(a=a, b=b, aside=said, front=FRONTS[time][0])
        if self.family == "from":
            return forms[form].format(a=a, b=b, aside=FROM_ASIDES[aside])
        said = NEXT_ASIDES[aside][0]
        return forms[form].format(a=a, b=b, aside=said, time=SCHEDULED[time][0])

    def expected(self) -> list[Wanted]:
        """The meetings the page tells, by spec/EXTRACTION.md section 2."""
        a, b = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        _, aside, time = self._parts()
        if self.family == "idle":
            wanted: list[Wanted] = [(P, sides, TO_COME[time][1], False, False)]
            recalled = IDLE_ASIDES[aside][1]
            if recalled is not None:  # the last sitting: a record of its own, if any
                wanted.append((H, sides, recalled, False, True))
            return wanted
        if self.family == "own":
            return [(H, sides, PAST[time][1], PAST[time][1] is None, False)]
        if self.family == "ahead":
            wanted = [(H, sides, FRONTS[time][1], False, False)]
            if aside == "ahead-of-the-trip":  # the trip to come, its sides untold: optional
                wanted.append((P, sides, None, True, True))
            return wanted
        if self.family == "from":
            return [(H, sides, "2023-05-10", True, False)]
        return [
            (H, sides, NEXT_ASIDES[aside][1], False, False),
            (P, sides, SCHEDULED[time][1], False, False),
        ]


def _compatible(got: str | None, want: str | None) -> bool:
    """Dates as the scorer pairs them: equal at the coarser precision, or either none."""
    if got is None or want is None:
        return True
    size = min(len(got), len(want))
    return got[:size] == want[:size]


def fits(got: Brief, want: Wanted) -> bool:
    """Whether a brief pairs with a wanted meeting (see the module's docstring)."""
    status, sides, date, loose, _ = want
    if status != got[1]:
        return False
    if not (_compatible(got[4], date) if loose else got[4] == date):
        return False
    mine, theirs = set(sides), set(got[2])
    return len(mine & theirs) * 2 >= len(mine | theirs)


CHOICES: dict[str, list[object]] = {
    "family": list(FAMILIES),
    "form": list(ALL_FORMS),
    "aside": list(ALL_ASIDES),
    "pair": list(range(len(PAIRS))),
    "time": list(ALL_TIMES),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Take the family from the aside or form the pick must meet, then its other choices."""
    met = name if name in ("form", "aside", "time") else "aside"
    family = str(pick[met]).split(":", 1)[0]
    pick["family"] = family
    rng = random.Random(f"{pick['aside']}-{pick['pair']}-{pick['form']}")
    for choice, values in (("form", ALL_FORMS), ("aside", ALL_ASIDES), ("time", ALL_TIMES)):
        if not str(pick[choice]).startswith(family + ":"):
            pick[choice] = rng.choice([v for v in values if v.startswith(family + ":")])


CELLS = list(
    sample_cells(
        Cell,
        Cell.valid,
        CHOICES,
        random.Random(6616),
        size=240,
        axis="aside",
        tries=30,
        fix=_fix,
    )
)


def failures(cell: Cell) -> list[Brief]:
    """The page's meetings when they do not pair with the expected ones, else []."""
    got = briefs_of(cell.text())
    wanted = cell.expected()
    needed = [w for w in wanted if not w[4]]
    if pairs(got, wanted, fits) or pairs(got, needed, fits):
        return []
    return got or [("none", "", [], None, None)]


# Why the cells the library still misreads fail, by the shape they share.
TARGET_YEAR = (
    "the time of a goal agreed at the sitting ('to lift trade ... by 2025', '... next year')"
    " dates the sitting and makes it planned (a target class, not a clause one)"
)
YEAR_END_UNSEATED = (
    "'before the end of the year' gives its year only to a body's session told by its noun,"
    " not to talks or to a bare 'to meet again' after a directive (a hope reads alike)"
)
OPENED_YESTERDAY = "'which opened in P yesterday': 'yesterday' after the place gives no day"
# The goals whose time the sitting takes ("this year" is compatible with the story's day).
_GOAL_TIMES = {"by-2025", "by-2025-from-2021", "next-year-from-last-year"}


def known_gap(cell: Cell) -> str | None:
    """Why a cell still fails, or None."""
    form, aside, time = cell._parts()
    if cell.family == "from" and aside in _GOAL_TIMES:
        # ("at the end of a session" after the goal: the decision's own rule keeps it held)
        ended = form == "at-the-end-of-session" and aside.startswith("by-2025")
        return None if ended else TARGET_YEAR
    if (
        cell.family == "idle"
        and time == "before-year-end"
        and form in ("talks-would-open", "council-directed-to-meet")
    ):
        return YEAR_END_UNSEATED
    if cell.family == "own" and aside == "which-opened" and time == "yesterday":
        return OPENED_YESTERDAY
    return None


def test_every_value_is_sampled() -> None:
    """Every form, aside and time is met in several cells."""
    choices = {k: v for k, v in CHOICES.items() if k not in ("family", "pair")}
    assert_every_value_sampled(CELLS, choices, least=3)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known_gap))
def test_grid_meeting_clause_time(cell: Cell) -> None:
    """Each cell's meetings take the status and date of their own clause."""
    assert failures(cell) == [], (cell.text(), cell.expected())


if __name__ == "__main__":
    failed = {c: bool(failures(c)) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:45} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for c in CELLS:
        if failed[c]:
            print("\n" + dashed_id(c), failures(c))
            print("  " + c.text(), c.expected())
