"""A grid of a meeting recalled inside a sentence about another event, dated by a bare month.

News often recalls an earlier meeting inside a sentence whose own event is still to come:
"X will meet Y in P later this month, building on their talks in Q in March", "... to
review the targets set at their meeting in Q in April", "... for the first time since they
last met in Q in May", "..., as agreed during the January talks in Q". Every cell is one
invented sentence built from independent choices: the pair of states, the sentence's own
event (``frame``: a meeting, a visit or talks to come, talks held, or no event at all), its
own time (``own``), the phrase that tells the other gathering (``recall``), its noun and
determiner, how its month is written (``form``), the month, and the publication day. The
builder writes the sentence AND the records it tells, computed from the choices by
spec/EXTRACTION.md section 2 (never by running the library):

- the sentence's own event: a ``meeting`` (or ``visit``) of the pair, ``planned`` after
  "will", ``held`` after "held talks", dated by its own time (None when it has none: the
  other gathering's month is not its date);
- a gathering governed by a past participle or a recalling preposition ("building on",
  "following up on", "since they last met", "set at", "agreed during", "reached at", "at
  their last") is told as past: a ``held`` meeting of the pair, and its bare month is the
  latest such month not after the publication day ("the December meeting" in an article
  of January is last December), whatever the tense of the sentence around it;
- the controls on the other side: a gathering after "ahead of" or "to prepare for" is still
  to come, a ``planned`` meeting whose bare month is the next such month after the
  publication day (a meeting "in March" told in November is next March); "none" tells no
  other gathering.

The month is never the publication day's own (that month is open to both readings).

A cell passes when the sentence's meetings pair one to one with the expected ones as the
scorer pairs them (``meeting_rows.fits_as_scored``), each date equal.

Before the rules (``_rules.RECALLING``, ``_rules.AHEAD_OF_GATHERING``, read in
``_candidates``, ``_places._other_act``, ``_records._recalled_beside_own`` and
``_merge._recalled_beside``) 170 of 320 cells failed: 129 of the 255 with a recalled
gathering or none (the recalled one read planned, in next year's month, or folded into the
sentence's own event; the cells with none all passed) and 41 of the 65 with one to come
(folded into the sentence's event, or the event took its month). After them 12 fail, all
with one to come: strict xfails (``known``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

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
from meeting_rows import Brief, H, M, P, V, Want, fits_as_scored, pairs

PAIRS = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Mwangi"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "President", "Joseph Okello"),
    ),
    (
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Luis Paredes"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Foreign Minister", "Tomas Rivas"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Marek Nowicki"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Prime Minister", "Jonas Petraitis"),
    ),
]

# The sentence's own event: (text with {pa} {pb} {a} {b} {city} {own}, kind, status); the
# kind None for a sentence that tells no event of its own.
FRAMES: dict[str, tuple[str, str | None, str]] = {
    "will-meet": ("{pa} will meet {pb} in {city}{own}", M, P),
    "will-visit": ("{pa} will visit {b}{own}", V, P),
    "will-hold-talks": ("{a} and {b} will hold talks in {city}{own}", M, P),
    "held-talks": ("{a} and {b} held talks in {city}{own}", M, H),
    "will-work": ("{a} and {b} will work to widen their trade links", None, P),
}
# The own event's time: (text, whether it is to come; None for no time). The ISO date is
# the publication day's month either way.
OWN_TIMES: dict[str, str | None] = {
    "none": None,
    "this-month": "this month",
}
# The phrase that tells the other gathering: (text with {g} the gathering's words, or with
# {met} for "since they last met"; recalled?), None for no other gathering.
RECALLS: dict[str, tuple[str, bool] | None] = {
    "building-on": (", building on {g}", True),
    "following-up-on": (", following up on {g}", True),
    "since-last-met": (", the first time since {met}", True),
    "set-at": (" to review the targets set at {g}", True),
    "agreed-during": (", as agreed during {g}", True),
    "reached-at": (" to carry out the steps reached at {g}", True),
    "at-last": (", a plan first raised at {last}", True),
    "ahead-of": (", ahead of {g}", False),
    "to-prepare-for": (" to prepare for {g}", False),
    "none": None,
}
NOUNS = ["meeting", "talks"]
DETERMINERS = ["their", "the"]
# How the other gathering's month is written: after it with its city ("their talks in Q in
# March"), before its noun ("their March talks in Q"), or after it alone ("their talks in
# March").
FORMS = ["city-month", "month-noun", "month-only"]
# The month, as a distance from the publication day's month (never 0).
SHIFTS = [-1, -3, -5, 2, 4]
PUBLISHED = {
    "nov": dt.date(2023, 11, 15),
    "jun": dt.date(2023, 6, 20),
    "jan": dt.date(2024, 1, 18),
}
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def past_month(month: int, published: dt.date) -> str:
    """The latest ``month`` not after the publication day, as an ISO month."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def next_month(month: int, published: dt.date) -> str:
    """The next ``month`` after the publication day's month, as an ISO month."""
    year = published.year if month > published.month else published.year + 1
    return f"{year}-{month:02d}"


@dataclass(frozen=True)
class Cell:
    """One sentence's choices."""

    recall: str
    frame: str
    own: str
    noun: str
    determiner: str
    form: str
    shift: int
    published: str
    pair: int

    def valid(self) -> bool:
        """A sentence tells some gathering; a held event's own time is told as past."""
        if self.frame == "will-work" and (self.recall == "none" or self.own != "none"):
            return False
        # "since they last met" and "at their last" take no noun or determiner of the grid,
        # and "their last December meeting" reads "last December" as the date of all
        if self.recall == "at-last" and self.form == "month-noun":
            return False
        return not (
            self.recall in ("since-last-met", "at-last")
            and (self.noun != "meeting" or self.determiner != "their")
        )

    @property
    def day(self) -> dt.date:
        """The publication day."""
        return PUBLISHED[self.published]

    @property
    def month(self) -> int:
        """The other gathering's month number."""
        return (self.day.month - 1 + self.shift) % 12 + 1

    def gathering(self, a: State) -> str:
        """The other gathering's words: determiner, noun, city and month."""
        name = MONTHS[self.month - 1]
        det, noun, city = self.determiner, self.noun, a.capital
        if self.form == "month-noun":
            return f"{det} {name} {noun} in {city}"
        if self.form == "month-only":
            return f"{det} {noun} in {name}"
        return f"{det} {noun} in {city} in {name}"

    def text(self) -> str:
        """The sentence."""
        a, b = PAIRS[self.pair]
        phrase, _, status = FRAMES[self.frame]
        own_time = OWN_TIMES[self.own]
        if own_time is not None and status == H:
            own_time = "earlier " + own_time
        elif own_time is not None:
            own_time = "later " + own_time
        main = phrase.format(
            pa=f"{a.demonym} {a.title} {a.person}",
            pb=f"{b.demonym} {b.title} {b.person}",
            a=a.name,
            b=b.name,
            city=b.capital,
            own="" if own_time is None else " " + own_time,
        )
        recall = RECALLS[self.recall]
        if recall is None:
            return main + "."
        gathering = self.gathering(a)
        name = MONTHS[self.month - 1]
        where = "" if self.form == "month-only" else f" in {a.capital}"
        met = f"they last met{where} in {name}"
        if self.form == "month-noun":
            met = f"their {name} meeting in {a.capital}"
        last = gathering.replace(f"{self.determiner} ", f"{self.determiner} last ", 1)
        return main + recall[0].format(g=gathering, met=met, last=last) + "."

    def expected(self) -> list[Want]:
        """The meetings the sentence tells, computed from the choices."""
        a, b = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        wants: list[Want] = []
        _, kind, status = FRAMES[self.frame]
        if kind is not None:
            own = None if OWN_TIMES[self.own] is None else f"{self.day:%Y-%m}"
            wants.append((kind, status, sides, None, own))
        recall = RECALLS[self.recall]
        if recall is not None:
            recalled = recall[1]
            when = past_month if recalled else next_month
            wants.append((M, H if recalled else P, sides, None, when(self.month, self.day)))
        return wants


CHOICES: dict[str, list[object]] = {
    "recall": list(RECALLS),
    "frame": list(FRAMES),
    "own": list(OWN_TIMES),
    "noun": list(NOUNS),
    "determiner": list(DETERMINERS),
    "form": list(FORMS),
    "shift": list(SHIFTS),
    "published": list(PUBLISHED),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(6331), size=320, axis="recall", tries=80)
)


def read(cell: Cell) -> list[Brief]:
    """The meetings the library reads from the cell's sentence, on its publication day."""
    return read_page(cell.text(), cell.day)


def read_page(body: str, day: dt.date) -> list[Brief]:
    """The meetings the library reads from a page published on ``day``."""
    article = Article(id="t", body=body, published=day)
    return [
        (
            m.kind.value,
            m.status.value,
            [c.alpha_3 for c in m.countries],
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in extract_meetings(article)
    ]


def passes(cell: Cell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(read(cell), cell.expected(), fits_as_scored)


_FORWARD = ("ahead-of", "to-prepare-for")
_TALKS_TO_COME_LEFT = (
    "talks to come after 'will meet Y in P' ('ahead of their talks in March'): read before "
    "the meeting in the rules' order, so no event of the sentence stands before them yet, "
    "and they fold into it as its mention; left for a class of their own"
)
_VISIT_TAKES_DATE_LEFT = (
    "'will visit B to prepare for their talks in P in January': the visit takes the month of "
    "the talks told after their city; left"
)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (a strict xfail), from its choices."""
    if cell.recall not in _FORWARD or cell.noun != "talks":
        return None
    if cell.frame == "will-meet":
        return _TALKS_TO_COME_LEFT
    if (
        cell.frame == "will-visit"
        and cell.own == "none"
        and cell.recall == "to-prepare-for"
        and cell.form == "city-month"
    ):
        return _VISIT_TAKES_DATE_LEFT
    return None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_recalled_meetings(cell: Cell) -> None:
    """A recalled gathering is held in the latest such month; one to come, the next."""
    assert passes(cell), (cell.text(), read(cell), cell.expected())


# The second grid: a story's call, then a sentence telling one state's own talks with a party
# that is no state, and a remark in a clause of its own naming the other state ("They
# discussed B's reforms and its talks with official creditors, and President X affirmed that A
# will continue to help"). The remark's state is no side of those talks (spec: the sides are
# the states "the text names ... as taking part"); the one record that takes A and B is the
# call. Before the rule (``_rules.NEW_CLAUSE``, a named subject and its verb of speech after
# ", and") 21 of 60 cells failed (A taken as a side of B's talks); after it 4 ("said": strict
# xfails, ``remark_known``).
OTHERS = {
    "creditors": "its talks with official creditors",
    "bondholders": "its negotiations with bondholders",
    "lenders": "its talks with private lenders",
}
REMARKERS = {
    "president": "President {person}",
    "full": "{dem} President {person}",
    "surname": "{surname}",
}
REMARK_VERBS = ["affirmed", "said", "stressed", "noted", "underscored", "reaffirmed"]


@dataclass(frozen=True)
class RemarkCell:
    """One page's choices: the other party, the remark's subject and verb, the pair."""

    other: str
    remarker: str
    verb: str
    pair: int

    def text(self) -> str:
        """The page: a call, then the talks and the remark."""
        a, b = PAIRS[self.pair]
        call = (
            f"{a.demonym} {a.title} {a.person} held a phone call today with "
            f"{b.demonym} {b.title} {b.person} to review ties."
        )
        who = REMARKERS[self.remarker].format(
            dem=a.demonym, person=a.person, surname=a.person.split()[-1]
        )
        talks = (
            f"They discussed {b.name}'s economic reforms and {OTHERS[self.other]}, and {who} "
            f"{self.verb} that {a.name} will continue to support a durable recovery."
        )
        return f"{call} {talks}"

    def passes(self) -> bool:
        """The call is the one record of the pair; no other record takes the remark's state."""
        a, b = PAIRS[self.pair]
        got = read_page(self.text(), dt.date(2023, 5, 10))
        calls = [g for g in got if g[2] == sorted([a.code, b.code])]
        others = [g for g in got if g not in calls]
        return len(calls) == 1 and calls[0][1] == H and all(a.code not in g[2] for g in others)


REMARK_CHOICES: dict[str, list[object]] = {
    "other": list(OTHERS),
    "remarker": list(REMARKERS),
    "verb": list(REMARK_VERBS),
    "pair": list(range(len(PAIRS))),
}

REMARK_CELLS = list(
    sample_cells(
        RemarkCell,
        lambda cell: True,
        REMARK_CHOICES,
        random.Random(6332),
        size=60,
        axis="verb",
        tries=10,
    )
)


def test_every_remark_value_is_sampled() -> None:
    """Every value of every choice of the remarks grid is met in some cells."""
    assert_every_value_sampled(REMARK_CELLS, REMARK_CHOICES, least=3)


def remark_known(cell: RemarkCell) -> str | None:
    """Why a remarks cell is still misread (a strict xfail), from its choices."""
    if cell.other == "creditors" and cell.verb == "said":
        return (
            "', and X said that A will ...': the remark read as the speaker's report of the "
            "talks, so A is still taken as their side; left"
        )
    return None


@pytest.mark.parametrize("cell", grid_params(REMARK_CELLS, dashed_id, remark_known))
def test_grid_remark_state_no_side(cell: RemarkCell) -> None:
    """A state named in a remark's own clause is no side of the talks told before it."""
    assert cell.passes(), (cell.text(), read_page(cell.text(), dt.date(2023, 5, 10)))


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{choice}={value}: {bad} of {total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", c.published, c.text(), "|", read(c), "|", c.expected())
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    remark_failed = [c for c in REMARK_CELLS if not c.passes()]
    for rc in remark_failed:
        print(dashed_id(rc), "|", rc.text(), "|", read_page(rc.text(), dt.date(2023, 5, 10)))
    print(f"remarks: {len(remark_failed)} of {len(REMARK_CELLS)} cells fail")
