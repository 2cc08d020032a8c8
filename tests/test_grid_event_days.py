"""A grid of the days of events told over several days: the first day, from a told end (meetings).

Every cell is one short invented page built from independent choices: the family of the
sentence (below), its form, the two states (a visitor or first side, and a host), the
event's length, the publication day (a Wednesday in October, a Thursday in March, or none
at all for the family that writes its day in full) and the weekday the page tells. The
builder writes the text AND the meeting it tells, computed from the choices by
spec/EXTRACTION.md section 2 (never by running the library): "for an event over several
days, its first day"; relative days resolve against the publication date; "the past tense
make it held".

The families (each with controls that tell the first day itself, or no length, and keep
the day told):

- ``dated``: the end told with a day in full ("ended their three-day meeting in P on 17
  March 2024", "concluded a two-day visit to B on 17 March 2024"), on a page with or
  without a publication date; controls "began a three-day visit ... on 17 March 2024" and
  "ended their meeting ... on 17 March 2024" keep that day;
- ``figure``: a signing's day told before the goal of the deal it signed, then the session
  it closed ("signed a protocol on Monday aimed at raising trade to $1 billion this year,
  at the end of a three-day session of their joint commission"); the goal's year is no day
  of the session; control: the same without the goal;
- ``concluded``: a session whose close follows its name, its length told in the same
  clause ("agreed on Tuesday ... as the fifth session of their joint commission concluded
  in P after three days of talks"); control: no length told;
- ``returned``: a trip told by the traveller's return or departure ("returned on Monday
  from a three-day visit to B", "returned home ... from", "came back from ... on Monday",
  "left P on Monday after a three-day visit", "flew home on Monday after ..."); controls
  "left on Monday for a three-day visit" and "arrived in P on Monday for a three-day visit"
  are dated by that Monday, the visit's first day; "has returned from a three-day visit"
  tells no day of its end, and the visit is left undated (the day of the story need not be
  its last);
- ``opened``: an event told by its first day in a relative clause after its sides or its
  traveller ("the talks between A and B, which opened on Monday, ended in P", "the visit of
  X to B that began yesterday"); controls "X's visit to B, which began on Monday" and "began
  three days of talks on Monday".

- ``eve``: talks told on "the eve of" a gathering ("are due to meet on May 13, the eve of the
  X summit in P": the summit is the 14th; "held talks on Monday, the eve of the X summit":
  Tuesday; "On the eve of the X summit, which opens in P on May 14, A will hold talks with
  B": the talks are the 13th); control: "are due to meet on May 13. The X summit opens in P on
  May 15" keeps both days. The gathering is checked by its date alone (its status and sides
  are other classes').

- ``step``: one more talks told as a step of the story's day ("X also held a brief meeting with
  Z") after a clause that recalls an earlier visit with its month ("the deals reached during
  Y's visit to P in July"): the step is of the story's day, not of the recalled month; control:
  no recalled visit; and a sentence that turns back to a recalled trip ("In July, X travelled
  to B for a forum. At that time, the leaders of A, B and C also held a trilateral meeting")
  keeps its month. Only the step's record is checked.

A cell passes when the page's meetings pair one to one with the expected ones: kind, status
and countries equal, dates equal at the coarser precision (an undated one only to none).

Before any change 182 of 320 cells failed (dated 9/48: the cells without a publication
date, whose end was kept as the event's day; figure 24/39: a goal's year between the signing
and the session took the place of the day, and the 10 ``to-double`` cells below; concluded
36/48: a length after "concluded" was not read; returned 39/63: a return or a departure was
no end of the trip; opened 27/46: an opening clause after the sides or the traveller was not
read; eve 28/38: the eve's day was given to the gathering, or the gathering's to the talks,
and talks on a gathering's eve were folded into it; step 19/38: the step took the recalled
visit's month and city). The rules that fixed them, for 310 of 320:

- a day told in full needs no publication date to count back from: the event's length is
  read from it alone;
- the one day told between a signing's verb and the end of the event it closed is that
  event's last day, whatever coarser times (a goal's year) stand between, and it is taken
  over a coarser time the event's clause picked;
- a session told closing after its name ("as the session ... (IGC) concluded") reads its
  length in the rest of its own clause ("here after three days of talks") before the next
  sentence;
- a return from a trip of a told length ("returned on Monday from a three-day visit") is the
  trip's end, as "ended a three-day visit" is, and so is a departure told with its day
  before "after a three-day visit" ("left P on Monday after ...");
- an opening clause after the talks' sides ("between A and B, which opened on Monday") or
  after a visit's traveller and destination ("of X to B that began yesterday") gives the
  event's first day, as one after a visit's destination already did;
- "the eve of" a gathering is the day before it: the gathering named in the eve's phrase
  with a day told outside it is the day after that day, and an event told outside the phrase
  with the day told inside it (the gathering's own opening) is the day before;
- a session told as one more step of the programme of the event just told ("also held a
  brief meeting with Z") is a step of the latest event of the story's own time, never of an
  event a clause recalls from a month or more before.

Left as strict xfails: ``figure:to-double`` ("on Monday signed a plan to double their trade
at the end of a two-day session"), where the signed plan's infinitive makes the session
planned: a status class, not a day's.
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
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PAIRS: list[tuple[State, State]] = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Vice-President", "Peter Otieno"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "President", "Kwesi Boateng"),
    ),
    (
        State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Ines Vergara", "she"),
        State("PER", "Peru", "Peruvian", "Lima", "President", "Ana Ruiz", "she"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Marek Nowak"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Tran Quoc Hai"),
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Trade Minister", "Siri Dahl", "she"),
        State("IND", "India", "Indian", "New Delhi", "Prime Minister", "Vikram Rao"),
    ),
]

# a Wednesday, a Thursday, and a page with no publication date (family "dated" only)
PUBLISHED: dict[str, dt.date | None] = {
    "oct": dt.date(2024, 10, 16),
    "mar": dt.date(2024, 3, 14),
    "none": None,
}
WEEKDAYS = ["Monday", "Tuesday", "Friday"]
WEEKDAYS_ALL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LENGTHS = {"two": 2, "three": 3, "five": 5}
# the day told in full by the "dated" family, by the weekday choice (any weekday will do)
FULL_DAYS = {"Monday": dt.date(2023, 11, 6), "Tuesday": dt.date(2022, 5, 17), "Friday": None}
GOALS = {"Monday": "this year", "Tuesday": "by 2027", "Friday": "in 2025"}

FORMS: dict[str, list[str]] = {
    "dated": ["ended-their", "concluded-visit", "wound-up-talks", "began-visit", "no-length"],
    "figure": ["aimed-at", "to-double", "close-of", "plain"],
    "concluded": ["concluded-in", "ended-after", "closed-here", "acronym", "no-length"],
    "returned": [
        "returned-on",
        "returned-home",
        "came-back",
        "has-returned",
        "left-after",
        "flew-home-after",
        "left-for",
        "arrived-for",
    ],
    "opened": ["talks-between", "visit-of", "visit-of-yesterday", "visit-to", "began-talks"],
    "eve": ["meet-on-eve", "held-on-eve", "fronted-opens", "summit-after"],
    "step": ["reached-during", "signed-during", "no-recall", "at-that-time"],
}
# (the gathering of the "eve" family: the body, and the city it meets in)
SUMMITS = {"two": ("African Union", "Addis Ababa"), "three": ("ASEAN", "Jakarta")}
SUMMITS["five"] = ("Commonwealth", "London")
FAMILIES = list(FORMS)
ALL_FORMS = [f"{family}:{form}" for family, forms in FORMS.items() for form in forms]
# The forms that tell the event's first day, or no length: the day told is its date.
FIRST_TOLD = {
    "opened:talks-between",
    "opened:visit-of",
    "opened:visit-of-yesterday",
    "opened:visit-to",
    "opened:began-talks",
    "dated:began-visit",
    "dated:no-length",
    "concluded:no-length",
    "returned:left-for",
    "returned:arrived-for",
}


def _last(weekday: str, published: dt.date) -> dt.date:
    """The latest such weekday on or before publication."""
    wanted = WEEKDAYS_ALL.index(weekday)
    return published - dt.timedelta(days=(published.weekday() - wanted) % 7)


Want = tuple[str, str, tuple[str, ...], "str | None"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    family: str
    form: str
    pair: int
    length: str
    published: str
    day: str

    def valid(self) -> bool:
        """The form is one of the family's; a page without a date tells its day in full."""
        return self.form.startswith(self.family + ":") and (
            self.published != "none" or self.family == "dated"
        )

    @property
    def pub(self) -> dt.date | None:
        """The publication day."""
        return PUBLISHED[self.published]

    def _told_day(self) -> dt.date:
        """The day the page tells (the event's last, or its first for the controls)."""
        if self.family == "dated":
            return FULL_DAYS[self.day] or dt.date(2024, 2, 17)
        assert self.pub is not None  # (valid cells only)
        if self.form == "opened:visit-of-yesterday":
            return self.pub - dt.timedelta(days=1)
        return _last(self.day, self.pub)

    def expected(self) -> list[Want]:
        """The meeting the page tells."""
        a, b = PAIRS[self.pair]
        codes = tuple(sorted([a.code, b.code]))
        told = self._told_day()
        back = 0 if self.form in FIRST_TOLD else LENGTHS[self.length] - 1
        visits = ("dated:concluded-visit", "dated:began-visit")
        kind = (
            "visit"
            if self.family == "returned" or self.form in visits or "visit" in self.form
            else "meeting"
        )
        if self.form == "returned:has-returned":  # no day told: none implied
            return [(kind, "held", codes, None)]
        if self.family == "eve":
            return self._eve_records(codes)
        if self.family == "step":  # the step with the third state, on the story's day
            assert self.pub is not None  # (valid cells only)
            step = tuple(sorted([a.code, self._third().code]))
            if self.form == "step:at-that-time":  # turned back to the recalled trip: July
                july = self.pub.year - (self.pub.month < 7)
                trio = tuple(sorted([a.code, b.code, self._third().code]))
                return [("meeting", "held", trio, f"{july}-07")]
            return [("meeting", "held", step, _last(self.day, self.pub).isoformat())]
        return [(kind, "held", codes, (told - dt.timedelta(days=back)).isoformat())]

    def _third(self) -> State:
        """The state of the "step" family's second talks: another pair's host."""
        return PAIRS[(self.pair + 1) % len(PAIRS)][1]

    def _eve_day(self) -> dt.date:
        """The day the "eve" family tells: a weekday told held, or a day to come."""
        assert self.pub is not None  # (valid cells only)
        if self.form == "eve:held-on-eve":
            return _last(self.day, self.pub)
        return self.pub + dt.timedelta(days=9 + WEEKDAYS.index(self.day))

    def _eve_records(self, codes: tuple[str, ...]) -> list[Want]:
        """The talks and the gathering whose eve they are (its status and sides left open)."""
        day = self._eve_day()
        status = "held" if self.form == "eve:held-on-eve" else "planned"
        talks, summit = day, day + dt.timedelta(days=1)
        if self.form == "eve:fronted-opens":  # the day told is the summit's opening
            talks, summit = day - dt.timedelta(days=1), day
        if self.form == "eve:summit-after":
            summit = day + dt.timedelta(days=2)
        return [
            ("meeting", status, codes, talks.isoformat()),
            ("conference", "*", (), summit.isoformat()),
        ]

    def text(self) -> str:
        """The page's sentences."""
        a, b = PAIRS[self.pair]
        form = self.form.split(":", 1)[1]
        n = self.length
        on = f"on {self.day}"
        head = f"{a.demonym} {a.title} {a.person}"
        if self.family == "step":
            c = self._third()
            lead = (
                f"On {self.day}, on the sidelines of the Commonwealth trade ministers' meeting "
                f"in London, {a.demonym} Deputy Foreign Minister {a.person} met with {b.demonym} "
                f"Deputy Foreign Minister {b.person}."
            )
            recall = {
                "reached-during": f" The sides reviewed the deals reached during the visit of "
                f"{b.demonym} {b.title} Omar Reyes to {a.capital} in July.",
                "signed-during": f" The sides reviewed the accords signed during {b.demonym} "
                f"{b.title} Omar Reyes's visit to {a.capital} in July.",
                "no-recall": " The sides reviewed their trade.",
                "at-that-time": "",
            }[form]
            if form == "at-that-time":
                return (
                    f"In July, {a.demonym} {a.title} {a.person} traveled to {b.name} to take part "
                    f"in the {b.capital} Trade Forum. At that time, the leaders of {a.name}, "
                    f"{b.name} and {c.name} also held a trilateral meeting."
                )
            return (
                f"{lead}{recall}\n\nThe {a.demonym} deputy minister also held a brief meeting "
                f"with {c.demonym} Deputy Foreign Minister Jorge Salas."
            )
        if self.family == "eve":
            body, city = SUMMITS[self.length]
            day = self._eve_day()
            named = f"{day:%B} {day.day}"
            after = day + dt.timedelta(days=2)
            ministers = f"The trade ministers of {a.name} and {b.name}"
            text = {
                "meet-on-eve": f"{ministers} are due to meet on {named}, the eve of the {body} "
                f"summit in {city}.",
                "held-on-eve": f"{head} held talks with {b.demonym} {b.title} {b.person} {on}, "
                f"the eve of the {body} summit in {city}.",
                "fronted-opens": f"On the eve of the {body} summit, which opens in {city} on "
                f"{named}, {head} will hold talks with {b.demonym} {b.title} {b.person}.",
                "summit-after": f"{ministers} are due to meet on {named}. The {body} summit opens "
                f"in {city} on {after:%B} {after.day}.",
            }[form]
            return text + " Trade and transport will top the agenda."
        if self.family == "opened":
            deal = f"{a.name} and {b.name} signed a deal on fishing during"
            text = {
                "talks-between": f"The talks between {a.name} and {b.name}, which opened {on}, "
                f"ended in {b.capital} with a deal on fishing.",
                "visit-of": f"{deal} the visit of {a.demonym} {a.title} {a.person} to {b.name} "
                f"that began {on}.",
                "visit-of-yesterday": f"{deal} the visit of {a.demonym} {a.title} {a.person} to "
                f"{b.name} that began yesterday.",
                "visit-to": f"{deal} {a.demonym} {a.title} {a.person}'s visit to {b.name}, "
                f"which began {on}.",
                "began-talks": f"{a.demonym} and {b.demonym} officials began {n} days of talks in "
                f"{b.capital} {on}.",
            }[form]
            return text + " The deal sets catch limits for tuna."
        if self.family == "dated":
            told = self._told_day()
            full = f"{told.day} {told:%B} {told.year}"
            ministers = f"{a.demonym} and {b.demonym} fisheries ministers"
            text = {
                "ended-their": f"{ministers} ended their {n}-day meeting in {b.capital} on "
                f"{full} by signing a protocol on fishing quotas.",
                "concluded-visit": f"{head} concluded a {n}-day official visit to {b.name} "
                f"on {full}.",
                "wound-up-talks": f"{a.name} and {b.name} wound up {n} days of border talks in "
                f"{b.capital} on {full}.",
                "began-visit": f"{head} began a {n}-day official visit to {b.name} on {full}.",
                "no-length": f"{ministers} ended their meeting in {b.capital} on {full} by "
                "signing a protocol on fishing quotas.",
            }[form]
            return text + " The protocol sets catch limits for tuna."
        if self.family == "figure":
            goal = GOALS[self.day]
            session = f"a {n}-day session of their joint commission in {b.capital}"
            text = {
                "aimed-at": f"{a.name} and {b.name} signed a trade protocol {on} aimed at "
                f"raising two-way trade to $1 billion {goal}, at the end of {session}.",
                "to-double": f"{a.name} and {b.name} {on} signed a plan to double their trade "
                f"{goal} at the end of {session}.",
                "close-of": f"{a.demonym} and {b.demonym} ministers signed an accord {on} on farm "
                f"trade worth $200 million {goal}, at the close of {session}.",
                "plain": f"{a.name} and {b.name} signed a trade protocol {on} at the end of "
                f"{session}.",
            }[form]
            return text + " Officials said the accord covers farm goods."
        if self.family == "concluded":
            lead = f"{a.name} and {b.name} {on} agreed to open a direct shipping line as"
            commission = "the fifth session of their joint commission"
            text = {
                "concluded-in": f"{lead} {commission} concluded in {b.capital} after {n} days "
                "of talks.",
                "ended-after": f"{lead} {commission} ended after {n} days of talks.",
                "closed-here": f"{lead} {commission} closed in {b.capital} after {n} days of "
                "negotiations.",
                "acronym": f"{lead} the fifth session of their Joint Trade Commission (JTC) "
                f"concluded here after {n} days of talks.",
                "no-length": f"{lead} {commission} concluded in {b.capital}.",
            }[form]
            return text + " The line will link the two main ports."
        text = {
            "returned-on": f"{head} returned {on} from a {n}-day visit to {b.name}.",
            "returned-home": f"{head} returned home {on} from a {n}-day official visit to "
            f"{b.name}.",
            "came-back": f"{head} came back from a {n}-day visit to {b.name} {on}.",
            "has-returned": f"{head} has returned from a {n}-day official visit to {b.name}.",
            "left-after": f"{head} left {b.capital} {on} after a {n}-day visit to {b.name}.",
            "flew-home-after": f"{head} flew home {on} after a {n}-day official visit to {b.name}.",
            "left-for": f"{head} left {on} for a {n}-day official visit to {b.name}.",
            "arrived-for": f"{head} arrived in {b.capital} {on} for a {n}-day official visit.",
        }[form]
        return text + " Officials said trade and transport topped the agenda."


CHOICES: dict[str, list[object]] = {
    "family": list(FAMILIES),
    "form": list(ALL_FORMS),
    "pair": list(range(len(PAIRS))),
    "length": list(LENGTHS),
    "published": list(PUBLISHED),
    "day": list(WEEKDAYS),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """A form of the family drawn (or, where the form is the choice met, its family)."""
    if name == "form":
        pick["family"] = str(pick["form"]).split(":", 1)[0]
    elif not str(pick["form"]).startswith(f"{pick['family']}:"):
        rng = random.Random(repr(sorted(pick.items(), key=str)))
        pick["form"] = f"{pick['family']}:{rng.choice(FORMS[str(pick['family'])])}"
    if pick["published"] == "none" and pick["family"] != "dated":
        pick["published"] = "oct" if name != "published" else pick["published"]


def _sample(size: int, seed: int = 61) -> list[Cell]:
    """A seeded sample of valid cells, every family meeting every value of each choice."""
    rng = random.Random(seed)
    return list(
        sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="family", tries=40, fix=_fix)
    )


CELLS = _sample(320)

Read = tuple[str, str, tuple[str, ...], "str | None"]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    found = extract_text(cell.text(), published=cell.pub).meetings
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            str(m.date) if m.date else None,
        )
        for m in found
    ]


def _seen(cell: Cell, got: Read) -> Read:
    """A record as the cell checks it: a gathering of the "eve" family by its kind and date."""
    if cell.family == "step":
        return got
    if cell.family == "eve" and got[0] == "conference":
        return ("conference", "*", (), got[3])
    return got


def _fits(got: Read, want: Want) -> bool:
    """Kind, status and countries equal; dates equal at the coarser precision (None: none)."""
    if got[:3] != want[:3]:
        return False
    if want[3] is None or got[3] is None:
        return want[3] == got[3]
    n = min(len(got[3]), len(want[3]))
    return got[3][:n] == want[3][:n]


def passes(cell: Cell) -> bool:
    """Whether the page's meetings are the cell's, one to one."""
    got = sorted(_seen(cell, g) for g in read(cell))
    wants = sorted(cell.expected())
    if cell.family == "step":  # the second talks alone (the first and the visit are others')
        got = [g for g in got if g[2] == wants[0][2]]
    return len(got) == len(wants) and all(_fits(g, w) for g, w in zip(got, wants, strict=True))


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by choice values), or None."""
    if cell.form == "figure:to-double":
        # "on Monday signed a plan to double their trade at the end of a two-day session":
        # the signed plan's infinitive is read as the session's own plan (a status class,
        # not a day's: the session is told planned, next Monday)
        return "signed-plan-infinitive-makes-the-session-planned"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its meeting."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:9} {value!s:30} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(c.form, c.published, c.day, c.text(), c.expected(), read(c), sep="\n   ")
