"""A grid of talks to come told after talks held: follow-ups set, and talks not happening.

A story of talks between two states often closes on what comes next. Either a sitting is
set ("A follow-up meeting is expected in P in the spring", "The ministers will meet again
in P in March", "The next round is expected in P next month"): a sentence that names no
side of its own, yet tells a planned meeting of the story's sides; or talks are told as not
happening ("A new round of talks between A and B was not ruled out, but none has been
scheduled", "No date has been set for further talks", "There are no plans for the two
leaders to meet", "Talks could resume if ...", "A called for talks with B"): no meeting at
all. Every cell is one invented page built from independent choices: the pair of states,
how the story tells its held talks (or a lead that tells none), an optional sentence
between, the closing sentence's form, its place and time, and whether the page is dated.
The builder writes the text AND the meetings it tells, computed by spec/EXTRACTION.md
section 2 (never by running the library):

- the held talks are one ``held`` meeting of the pair, dated the Monday before the
  publication day (Wednesday 17 January 2024); an undated page gives them no date;
- a follow-up "expected", "due", "will", "agreed to" is announced or scheduled: one
  ``planned`` meeting of the pair (the place's state may stand beside them: the scorer pairs
  sides by overlap), dated by its own time ("in March" 2024-03, "next month" 2024-02, "in
  the spring" 2024), undated where the page or the sentence gives no time;
- talks "not ruled out" but unscheduled, with "no date set", with "no plans", only
  possible "if", or called for are "only proposed or speculated about": no record;
- the control, "a new round ... will be held in P", is a ``planned`` meeting of the pair.

A cell passes when the page's meetings pair one to one with the expected ones as the
scorer pairs them (same status; countries overlapping by half; dates equal at the coarser
precision, or either unknown); kinds are left open.

Before the rules of this grid, 107 of the 400 cells failed: a conditional "would meet again
in P if a deal is reached" (19), a report of talks that "could not be confirmed" (14) and
"no plans for the A and B leaders to meet" (12) were planned meetings; talks "not ruled out,
but none has been scheduled" or "discussed, but no dates have been fixed" after a lead
telling no talks were held ones (5); "The ministers reached an understanding to meet again
in P" (17), "A follow-up meeting is expected in P" with no date (13), "The commission will
hold its next session in P" (12) and "Both delegations will try again at a special session
in P" (15) were lost in the held talks or read as held. After them 15 fail, left as strict
xfails (``LEFT``), all of the special session: told with no month of its own it is no
candidate at all (with one, "in March", the rules already read it; "again at a" keeps it
apart from the held talks on an undated page:
``test_special_session_again_on_an_undated_page``). The read sets' keys bound the "no date"
rule: an announced meeting with its date left open ("would meet again next year, but no date
had been fixed", "accepted an invitation to visit, but no date had been set") stays planned,
so only an event talked of ("discussed", "suggested", "could") is denied by it (the
``again-no-date`` form).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

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
from meeting_rows import pairs

PUBLISHED = dt.date(2024, 1, 17)  # a Wednesday
HELD_DAY = "2024-01-15"  # "on Monday"

STATES = (
    State("GHA", "Ghana", "Ghanaian", "Accra", "Trade Minister", "Kofi Mensah"),
    State("CIV", "Ivory Coast", "Ivorian", "Abidjan", "Trade Minister", "Awa Kone"),
    State("KAZ", "Kazakhstan", "Kazakh", "Astana", "Foreign Minister", "Arman Seitov"),
    State("UZB", "Uzbekistan", "Uzbek", "Tashkent", "Foreign Minister", "Dilshod Karimov"),
    State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Ana Quispe"),
    State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Tomas Rojas"),
)
PAIRS = {"gha-civ": (0, 1), "kaz-uzb": (2, 3), "per-chl": (4, 5)}

# How the story tells its talks: (text with {a} {b} {cap_a} {dem_a} {dem_b}, whether held)
LEADS: dict[str, tuple[str, bool]] = {
    "held-talks": ("{a} and {b} held talks on river transport in {cap_a} on Monday.", True),
    "ministers-met": (
        "The {dem_a} and {dem_b} trade ministers met in {cap_a} on Monday to discuss a"
        " customs union.",
        True,
    ),
    "signed-at-meeting": (
        "{a} and {b} have signed an accord to coordinate fruit sales, ministers said at a"
        " meeting in {cap_a} on Monday.",
        True,
    ),
    "at-odds": ("{a} and {b} are at odds over fishing rights in their shared waters.", False),
}
# A sentence between the lead and the closing one, or none.
BETWEEN = {
    "none": "",
    "topic": "Officials said the discussions covered border crossings and water sharing.",
    "farmers": "Farmers' groups said they hoped the plan would lift prices at the farm gate.",
}
# The closing sentence: (text with {place} {time} {a} {b} {dem_a} {dem_b}, what it tells:
# "follow" a planned meeting of the story's sides, "none" no record, "control" a planned
# meeting of the two states named).
FORMS: dict[str, tuple[str, str]] = {
    "follow-up-expected": ("A follow-up meeting is expected in {place}{time}.", "follow"),
    "meet-again": ("The ministers will meet again in {place}{time}.", "follow"),
    "agreed-meet-again": ("The two sides agreed to meet again in {place}{time}.", "follow"),
    "due-meet-again": ("Negotiators are due to meet again in {place}{time}.", "follow"),
    "next-round-expected": ("The next round is expected in {place}{time}.", "follow"),
    "commission-again": ("The joint commission will meet again in {place}{time}.", "follow"),
    "try-again": (
        "Both delegations will try again at a special session in {place}{time}.",
        "follow",
    ),
    "next-session": ("The commission will hold its next session in {place}{time}.", "follow"),
    "resume-talks": ("Negotiators will resume talks in {place}{time}.", "follow"),
    "understanding-to-meet": (
        "The ministers reached an understanding to meet again in {place}{time}.",
        "follow",
    ),
    # announced with its date left open: still a plan
    "again-no-date": (
        "The ministers will meet again in {place}{time}, but no date has been set.",
        "follow",
    ),
    "not-ruled-out": (
        "A new round of talks between {a} and {b} was not ruled out, but none has been scheduled.",
        "none",
    ),
    "no-date-set": ("No date has been set for further talks between the two sides.", "none"),
    "no-date-named": ("No date has been set for further talks between {a} and {b}.", "none"),
    "no-plans": ("There are no plans for the {dem_a} and {dem_b} leaders to meet.", "none"),
    "resume-if": (
        "Talks between {a} and {b} could resume in {place}{time} if the border is reopened.",
        "none",
    ),
    "none-scheduled": (
        "No meeting between the {dem_a} and {dem_b} leaders has been scheduled.",
        "none",
    ),
    "hope-could": (
        "Officials hope a further meeting between {a} and {b} could be held in {place}{time}.",
        "none",
    ),
    "would-if": (
        "The ministers would meet again in {place}{time} if a deal on quotas is reached.",
        "none",
    ),
    "rumoured": (
        "Reports that the {dem_b} minister would travel to {cap_a} for talks could not be"
        " confirmed.",
        "none",
    ),
    "called-for": ("{a} called for talks with {b} on the dispute over fishing quotas.", "none"),
    "discussed-no-date": (
        "A visit by the {dem_b} minister to {cap_a} has been discussed, but no dates have"
        " been fixed.",
        "none",
    ),
    "control-new-round": (
        "A new round of talks between {a} and {b} will be held in {place}{time}.",
        "control",
    ),
}
# The place: the second state's capital, or a third state's city.
PLACES = {"second": None, "geneva": "Geneva"}
# The time: text after the place, and the ISO date it gives on a page dated PUBLISHED.
TIMES: dict[str, tuple[str, str | None]] = {
    "march": (" in March", "2024-03"),
    "next-month": (" next month", "2024-02"),
    "spring": (" in the spring", "2024"),
    "none": ("", None),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page's choices."""

    pair: str
    lead: str
    between: str
    form: str
    place: str
    time: str
    dated: bool

    def states(self) -> tuple[State, State]:
        """The two states of the story."""
        i, j = PAIRS[self.pair]
        return STATES[i], STATES[j]

    def text(self) -> str:
        """The page: the lead, the sentence between, the closing sentence."""
        a, b = self.states()
        slots = {
            "a": a.name,
            "b": b.name,
            "cap_a": a.capital,
            "dem_a": a.demonym,
            "dem_b": b.demonym,
            "place": PLACES[self.place] or b.capital,
            "time": TIMES[self.time][0],
        }
        lead = LEADS[self.lead][0].format(**slots)
        closing = FORMS[self.form][0].format(**slots)
        return " ".join(s for s in (lead, BETWEEN[self.between], closing) if s)

    def expected(self) -> list[tuple[str, list[str], str | None]]:
        """(status, countries, date) of every meeting the page tells, from the choices."""
        a, b = self.states()
        sides = sorted((a.code, b.code))
        wants: list[tuple[str, list[str], str | None]] = []
        if LEADS[self.lead][1]:
            wants.append(("held", sides, HELD_DAY if self.dated else None))
        if FORMS[self.form][1] in ("follow", "control"):
            wants.append(("planned", sides, TIMES[self.time][1] if self.dated else None))
        return wants


def valid(cell: Cell) -> bool:
    """A follow-up needs talks told before it; forms with no place or time take none."""
    template = FORMS[cell.form][0]
    if FORMS[cell.form][1] == "follow" and not LEADS[cell.lead][1]:
        return False
    if "{place}" not in template and (cell.place != "second" or cell.time != "none"):
        return False
    # the farmers' hope is a distraction only after talks that tell a deal
    return not (cell.between == "farmers" and cell.lead != "signed-at-meeting")


CHOICES: dict[str, list[object]] = {
    "pair": list(PAIRS),
    "lead": list(LEADS),
    "between": list(BETWEEN),
    "form": list(FORMS),
    "place": list(PLACES),
    "time": list(TIMES),
    "dated": [True, False],
}

CELLS = list(
    sample_cells(Cell, valid, CHOICES, random.Random(6745), size=400, axis="form", tries=40)
)

Got = tuple[str, list[str], str | None]


def got_of(cell: Cell) -> list[Got]:
    """(status, countries, date) of the meetings the library reads in the page."""
    article = Article(id="t", body=cell.text(), published=PUBLISHED if cell.dated else None)
    return [
        (m.status.value, sorted(c.alpha_3 for c in m.countries), str(m.date) if m.date else None)
        for m in extract_meetings(article)
    ]


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Equal at the coarser precision, or either unknown (the scorer's rule)."""
    if a is None or b is None:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def fits(got: Got, want: Got) -> bool:
    """Whether a meeting read pairs with an expected one as the scorer pairs them."""
    if got[0] != want[0] or not _dates_agree(got[2], want[2]):
        return False
    have, need = set(got[1]), set(want[1])
    return len(have & need) * 2 >= len(have | need)


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(got_of(cell), cell.expected(), fits)


# The cells the library still misreads: "Both delegations will try again at a special session
# in P" told with no month of its own (no time, "next month", "in the spring") gives no
# candidate at all, so no planned sitting (with a month, "in March", it is read).
LEFT = frozenset(
    (
        "gha-civ-held-talks-none-try-again-geneva-spring-True",
        "gha-civ-ministers-met-none-try-again-second-next-month-True",
        "gha-civ-ministers-met-none-try-again-second-none-True",
        "gha-civ-signed-at-meeting-farmers-try-again-second-spring-False",
        "kaz-uzb-held-talks-topic-try-again-geneva-next-month-True",
        "kaz-uzb-held-talks-topic-try-again-second-next-month-True",
        "kaz-uzb-held-talks-topic-try-again-second-none-True",
        "kaz-uzb-ministers-met-none-try-again-geneva-spring-False",
        "kaz-uzb-ministers-met-topic-try-again-geneva-spring-False",
        "kaz-uzb-ministers-met-topic-try-again-second-none-True",
        "kaz-uzb-signed-at-meeting-farmers-try-again-geneva-next-month-True",
        "kaz-uzb-signed-at-meeting-farmers-try-again-geneva-spring-True",
        "per-chl-held-talks-none-try-again-second-next-month-True",
        "per-chl-signed-at-meeting-none-try-again-geneva-next-month-False",
        "per-chl-signed-at-meeting-topic-try-again-geneva-spring-True",
    )
)
_SPECIAL_SESSION = (
    "a special session with no month of its own is no candidate: the sitting to come is lost"
)


def known_gap(cell: Cell) -> str | None:
    """Why a cell is still misread, or ``None``."""
    return _SPECIAL_SESSION if dashed_id(cell) in LEFT else None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known_gap))
def test_grid_notheld(cell: Cell) -> None:
    """A follow-up set is a planned meeting of the story's sides; talks not set are none."""
    assert passes(cell), (cell.text(), got_of(cell), cell.expected())


def test_special_session_again_on_an_undated_page() -> None:
    """A special session the envoys "will try again at" is a sitting of the pair to come."""
    body = (
        "The Ghanaian and Ivorian trade ministers met in Accra on Monday to discuss a customs"
        " union. The envoys will try again at a special session in Geneva in March."
    )
    got = [
        (m.status.value, sorted(c.alpha_3 for c in m.countries))
        for m in extract_meetings(Article(id="t", body=body))
    ]
    assert pairs(
        [(status, sides, None) for status, sides in got],
        [("held", ["CIV", "GHA"], None), ("planned", ["CIV", "GHA"], None)],
        fits,
    ), got


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:22} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "cells fail")
    for c, bad in failed.items():
        if bad:
            print("\n" + dashed_id(c), got_of(c), "expected", c.expected())
            print("  " + c.text())
