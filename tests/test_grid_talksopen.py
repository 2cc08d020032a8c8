"""A grid of negotiations that open, resume or restart at a place and a time, beside other times.

News tells a sitting of two sides' negotiations by their opening or their taking up again at a
place and a time: "talks between A and B, suspended in 2019 amid a row, resumed in P in March"
(held), "officials of A said negotiations with B would open in P in June" (planned), "A and B
will open negotiations in P on June 21 on a new pact" (planned), "the first round of formal
negotiations, which the two sides expect to open in P next week" (planned), "talks between A
and B broke off in March and are due to restart in P next week" (planned). Each sentence holds
or may hold a time of another event: the talks' idle spell told in an aside, or their breaking
off told in a clause before the sitting's. Under spec/EXTRACTION.md section 2 the page tells
one meeting: the talks' sitting, with the status its verb gives ("will", "would", "expect to",
"are due to": planned; "resumed": held), the two sides (a group, the European Union, goes to
``organization``, its partner alone in ``countries``) and the sitting's own time, never the
aside's nor the break's. A time of the season ("in the autumn") is checked at the year. The
held family tells its sides "between A and B", "A's negotiations with B", "negotiations with B
..., A officials said", or only by the story's pair in a lead sentence of a signing years ago
("A and B signed a memorandum in 2018. Negotiations on the pact resumed in P in March").

Every page is published on Wednesday 2023-05-10 (``meeting_rows.briefs_of``): "on Monday" is
2023-05-08, "last week" and "next week" are in May 2023, "in March" told of the past is
2023-03 and "in June" told of the future is 2023-06. The sentences are written for this test.

Before any change 212 of 300 cells failed: the aside's or the break's time dated the sitting
("suspended in 2021 ..., resumed in P in March" was a meeting of 2021; "broke off in March and
are due to restart in P next week" one of March 2024), "would open" and "expect to open" told a
held meeting, a sitting the two sides "expect to open" had no time, a topic told by "over"
("talks between A and B over a new pact resumed in P in March") ended the talks' clause before
their verb, its time and the reporting state, and bare "Negotiations on the pact resumed in P"
(the story's pair its sides) was no meeting. The sixteen cells still failing are
``known_gap``'s: two classes of the sides, not of the sitting.
"""

from __future__ import annotations

import random
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
from meeting_rows import Brief, H, M, P, briefs_of, pairs

# The sides: a state and its partner, a state or the European Union (code None).
PAIRS: list[tuple[State, State]] = [
    (
        State("CHL", "Chile", "Chilean", "Santiago", "Trade Minister", "Tomas Rojas"),
        State("PER", "Peru", "Peruvian", "Lima", "Trade Minister", "Ana Ruiz", "she"),
    ),
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Trade Minister", "Peter Otieno"),
        State("GHA", "Ghana", "Ghanaian", "Accra", "Trade Minister", "Kwesi Boateng"),
    ),
    (
        State("NOR", "Norway", "Norwegian", "Oslo", "Trade Minister", "Siri Dahl", "she"),
        State("IND", "India", "Indian", "New Delhi", "Trade Minister", "Vikram Rao"),
    ),
    (
        State("MAR", "Morocco", "Moroccan", "Rabat", "Fisheries Minister", "Said Alami"),
        State("", "the European Union", "European", "Brussels", "Commissioner", "Eva Berg"),
    ),
]

# Where the sitting is: the partner's capital, or a third city.
PLACES = ["partner-capital", "Geneva"]

# How the talks and their sides are told, as the subject of the sitting's verb.
TALKS = {
    "between": "Talks between {a.name} and {b.name}",
    "possessive": "{a.name}'s negotiations with {b.name}",
    "with-said": "Negotiations with {b.name}",  # the subject's state told at the end ("said")
    # no sides in the sentence: the story's pair, told signing a pact in a lead sentence
    "story": "Negotiations",
}
# The lead of a ``story`` page: the pair and a signing of long ago, no meeting of its own.
STORY_LEAD = "{a.name} and {b.name} signed a memorandum on customs cooperation in 2018."
TOPICS = ["on a fisheries accord", "on a free trade agreement", "over a new investment pact"]

# The held family: the talks taken up again, after an aside of their idle spell or none.
ASIDES = {
    "none": "",
    "suspended": ", suspended in 2021 amid a row over quotas,",
    "frozen": ", frozen since 2020,",
    "broke-down": ", which broke down in 2019,",
}
RESUMED = ["resumed", "reopened", "restarted"]
PAST_TIMES = {"in-march": ("in March", "2023-03"), "on-monday": ("on Monday", "2023-05-08")}

# The planned family: the sitting told by one of these forms.
FORMS = {
    # "A and B will open negotiations in P on June 21 on a new pact"
    "will-open": "{a.name} and {b.name} will open negotiations {where_when} on a new {pact}.",
    # "A officials said negotiations with B on the pact would open in P in June"
    "would-open": "{a.demonym} officials said negotiations with {b.name} on the {pact}"
    " would open {where_when}.",
    # "..., the first round of formal negotiations, which the two sides expect to open in P"
    "expect-open": "{a.name} and {b.name} agreed on the first round of formal negotiations,"
    " which the two sides expect to open {where_when}.",
    # "talks between A and B broke off in March and are due to restart in P next week"
    "broke-off": "Talks between {a.name} and {b.name} on the {pact} broke off in March and"
    " are due to restart {where_when}.",
}
FUTURE_TIMES = {
    "next-week": ("next week", "2023-05"),
    "in-june": ("in June", "2023-06"),
    "on-june-21": ("on June 21", "2023-06-21"),
    "autumn": ("in the autumn", "2023"),
}
PACTS = ["fisheries agreement", "trade pact", "investment treaty"]

ALL_FORMS = [f"held:{x}" for x in RESUMED] + [f"planned:{x}" for x in FORMS]
ALL_TIMES = [f"held:{x}" for x in PAST_TIMES] + [f"planned:{x}" for x in FUTURE_TIMES]

# A wanted meeting: status, sides (states), organization, date, checked at the year only.
Wanted = tuple[str, list[str], "str | None", str, bool]


@dataclass(frozen=True)
class Cell:
    """One page's choices: family, form (verb), time, talks, topic, aside, place order, pair.

    ``talks`` tells the held family's sides; a planned form tells its own.
    """

    family: str
    form: str
    time: str
    talks: str
    topic: int
    aside: str
    place: str
    time_first: bool
    pair: int

    def valid(self) -> bool:
        """The form and the time are the family's; a planned form has no aside."""
        if self.family == "planned" and self.aside != "none":
            return False
        return self.form.startswith(self.family + ":") and self.time.startswith(self.family + ":")

    def _city(self) -> str:
        return PAIRS[self.pair][1].capital if self.place == "partner-capital" else self.place

    def text(self) -> str:
        """The page: one sentence, or two where the subject's state is told after it."""
        a, b = PAIRS[self.pair]
        form, time = self.form.split(":", 1)[1], self.time.split(":", 1)[1]
        when = (PAST_TIMES[time] if self.family == "held" else FUTURE_TIMES[time])[0]
        where = f"in {self._city()}"
        where_when = f"{when} {where}" if self.time_first else f"{where} {when}"
        if self.family == "planned":
            said = FORMS[form].format(a=a, b=b, where_when=where_when, pact=PACTS[self.topic])
            return said[0].upper() + said[1:]
        talks = TALKS[self.talks].format(a=a, b=b)
        said = f"{talks} {TOPICS[self.topic]}{ASIDES[self.aside]} {form} {where_when}"
        if self.talks == "with-said":
            return f"{said}, {a.demonym} officials said."
        if self.talks == "story":
            return f"{STORY_LEAD.format(a=a, b=b)} {said}."
        return f"{said}."

    def expected(self) -> list[Wanted]:
        """The meeting the page tells, by spec/EXTRACTION.md section 2."""
        a, b = PAIRS[self.pair]
        time = self.time.split(":", 1)[1]
        sides = sorted(code for code in (a.code, b.code) if code)
        organization = None if b.code else "EU"
        if self.family == "held":
            return [(H, sides, organization, PAST_TIMES[time][1], False)]
        date = FUTURE_TIMES[time][1]
        return [(P, sides, organization, date, len(date) == 4)]


def fits(got: Brief, want: Wanted) -> bool:
    """Whether a brief pairs with the wanted meeting: status, sides as scored, exact date."""
    kind, status, countries, organization, date = got
    w_status, w_sides, w_org, w_date, at_year = want
    if kind != M or status != w_status or organization != w_org:
        return False
    if (date or "")[: 4 if at_year else None] != w_date:
        return False
    mine, theirs = set(w_sides), set(countries)
    return len(mine & theirs) * 2 >= len(mine | theirs)


CHOICES: dict[str, list[object]] = {
    "family": ["held", "planned"],
    "form": list(ALL_FORMS),
    "time": list(ALL_TIMES),
    "talks": list(TALKS),
    "topic": list(range(len(TOPICS))),
    "aside": list(ASIDES),
    "place": list(PLACES),
    "time_first": [False, True],
    "pair": list(range(len(PAIRS))),
}


def _fix(pick: dict[str, object], first: object, name: str | None) -> None:
    """Take the family from the form or time the pick must meet, then its other choice."""
    met = name if name in ("form", "time") else "form"
    family = str(pick[met]).split(":", 1)[0]
    if name == "aside" and pick["aside"] != "none":
        family = "held"  # an aside of the talks' past is drawn for a resumption told held
    pick["family"] = family
    rng = random.Random(f"{pick['form']}-{pick['time']}-{pick['pair']}-{pick['aside']}")
    for choice, values in (("form", ALL_FORMS), ("time", ALL_TIMES)):
        if not str(pick[choice]).startswith(family + ":"):
            pick[choice] = rng.choice([v for v in values if v.startswith(family + ":")])
    if family == "planned":
        pick["aside"] = "none"


CELLS = list(
    sample_cells(
        Cell,
        Cell.valid,
        CHOICES,
        random.Random(7100),
        size=300,
        axis="form",
        tries=30,
        fix=_fix,
    )
)


def failures(cell: Cell) -> list[Brief]:
    """The page's meetings when they do not pair with the expected one, else []."""
    got = briefs_of(cell.text())
    if pairs(got, cell.expected(), fits):
        return []
    return got or [("none", "", [], None, None)]


def known_gap(cell: Cell) -> str | None:
    """Why a cell still fails, or None."""
    if cell.talks == "with-said" and cell.aside == "broke-down" and cell.family == "held":
        # a class of the sides, not of the sitting: left for a task of its own
        return (
            "the reporting state told after the sitting (', B officials said') is no side"
            " past a relative aside (', which broke down in 2019,')"
        )
    if cell.talks == "story" and cell.family == "held" and not PAIRS[cell.pair][1].code:
        return "a story's pair of a state and a group (the EU) gives bare 'Negotiations' no side"
    return None


def test_every_value_is_sampled() -> None:
    """Every form, time, talks form, topic, aside, place, order and pair is met in cells."""
    choices = {k: v for k, v in CHOICES.items() if k != "family"}
    assert_every_value_sampled(CELLS, choices, least=3)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known_gap))
def test_grid_talksopen(cell: Cell) -> None:
    """Each cell's sitting of the talks is one meeting, with its own status, sides and time."""
    assert failures(cell) == [], (cell.text(), cell.expected())


if __name__ == "__main__":
    failed = {c: bool(failures(c)) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:30} {bad:4d}/{total}")
    print(sum(failed.values()), "of", len(CELLS), "fail")
    for c in CELLS:
        if failed[c]:
            print("\n" + dashed_id(c), failures(c))
            print("  " + c.text(), c.expected())
