"""A grid of planned events called off, cancelled, delayed or postponed: status and date.

News often tells a meeting only to say that it will not take place when it was set for:
"talks between A and B, set for May 30, have been postponed indefinitely", "a visit by X to
P, pencilled in for June, has now been called off", "the session has been delayed until
September". The spec (section 2) makes a meeting planned when it is announced and not yet
held; the owners' keys settle the rest of the class (the crawled key's "planned visit ...
had unexpectedly been postponed" is planned with no date; the dev key's talks "scheduled
... this Sunday" that were "canceled" are its one event called off kept, and the written
keys leave out seven of the nine events they tell called off, and three of the four put
off "indefinitely"), and the grid keeps to them:

- an event postponed, put off or delayed to a time told right after the verb ("until
  September", "to October", "until June 12", "until early September", "to the end of
  June") is planned at that time, the time it was first set for gone;
- an event postponed with no new time ("no new date has been set", "postponed twice this
  year", "put off in March": the time of the putting off, not a new one) is planned, with
  no date; one put off "indefinitely" is left out, as most keys leave it;
- an event called off, cancelled or scrapped is left out (most keys leave it out, and none
  holds it held);
- an event delayed by some hours, or put off and then held ("..., postponed twice last
  year, was finally held on Monday"), is held on its day.

Each cell draws the event's phrase, an aside telling the time it was first set for, the
verb that puts it off, the closing words, a sentence before it telling another pair's talks
held (or none) and the two states, writes one or two invented sentences published on
Wednesday 2023-05-10, and computes the meetings it must give (status, sorted countries,
date: the keys the scorer pairs on) from its choices alone.

Written before the change: 184 of 493 cells failed ("has now been called off" read as held
and dated by the past year; "delayed until September" read as held; "until early
September" and "to the end of June" left the event undated; a joint commission's session
"which had been due to take place" stayed planned when it was cancelled; the time an aside
put a held event off, "postponed twice last year", dated it). Fixed in
``diplonews.meetings.extract_meetings`` and ``diplonews.text.put_off_end``/``new_time``.
What is left (strict xfails) is outside the class: "a planned meeting ... was finally held
on Monday", the adjective outweighing the main clause's past.

A second grid (``ACTIVE_CELLS``) tells the event as the object of the verb ("X has
postponed his visit to B until June 12", "A called off talks with B"), with the subject a
state or its official: the same keys, the event planned at the new time after it (none: no
date) or left out when called off. Before its change 80 of 150 cells failed (the event held,
dated by the past June 12 or September; "called off talks with B" held, no determiner
before "talks"); fixed by ``diplonews.text.put_off_before``/``time_after``, read by the
meeting status and date, and a cancelling verb read with no determiner before the event.

``AGREEMENT_TABLE`` keeps the signings put off: "the signing of the X ... has been delayed
until September" and "A and B postponed the signing of the X to September" are planned at
the new time (the second undated before its change, the time after the instrument's name
never read).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
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
from grid_records import read

PUBLISHED = "2023-05-10"  # a Wednesday

STATES = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Amina Otieno", "she"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "President", "Paul Mugisha"),
    ),
    (
        State("PER", "Peru", "Peruvian", "Lima", "Foreign Minister", "Ramon Esteva"),
        State("CHL", "Chile", "Chilean", "Santiago", "Foreign Minister", "Lina Morak", "she"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Jan Kowal"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "Prime Minister", "Rasa Vilkas", "she"),
    ),
    (
        State("JPN", "Japan", "Japanese", "Tokyo", "Foreign Minister", "Kenji Mori"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Foreign Minister", "Tran Van Long"),
    ),
]

# The event's phrase as the subject of the verb that puts it off ("{a}", "{b}": the states;
# "{da}", "{db}": their demonyms; "{pa}": the first state's official; "{cb}": the second's
# capital).
EVENTS = {
    "talks": "Talks between {a} and {b}",
    "ministers": "A meeting between the {da} and {db} foreign ministers",
    "visit": "A visit by {title} {pa} of {a} to {cb}",
    "planned_meeting": "A planned meeting between {a} and {b}",
    "commission": "The session of the {a}-{b} joint commission",
}

# The time the event was first set for, as an aside after its phrase: (text, ISO date).
ASIDES: dict[str, tuple[str, str | None]] = {
    "none": ("", None),
    "set_for": (", set for May 30,", "2023-05-30"),
    "due_in": (", which had been due to take place in {ca} on May 30,", "2023-05-30"),
    "pencilled": (", pencilled in for June,", "2023-06"),
}


@dataclass(frozen=True)
class Verb:
    """How the event is put off: the clause, the status it leaves (None: no record), its date."""

    name: str
    clause: str
    status: str | None
    date: str | None


VERBS = [
    Verb("indefinitely", "has been postponed indefinitely", None, None),
    Verb("no_new_date", "has been postponed, and no new date has been set", "planned", None),
    Verb("twice", "has been postponed twice this year", "planned", None),
    Verb("put_off_in", "was put off in March", "planned", None),
    Verb("until_month", "has been postponed until September", "planned", "2023-09"),
    Verb("to_month", "has been put off to October", "planned", "2023-10"),
    Verb("until_day", "has been postponed until June 12", "planned", "2023-06-12"),
    Verb("until_early", "has been postponed until early September", "planned", "2023-09"),
    Verb("to_end", "has been put off to the end of June", "planned", "2023-06"),
    Verb("delayed_until", "has been delayed until September", "planned", "2023-09"),
    Verb("delayed_to", "was delayed to October", "planned", "2023-10"),
    Verb("called_off", "has now been called off", None, None),
    Verb("cancelled", "was cancelled", None, None),
    Verb("scrapped", "has been scrapped", None, None),
    # a late start, no putting off: held on its day
    Verb("late_start", "was delayed by two hours on Monday", "held", "2023-05-08"),
    # its putting off an aside, the main clause telling it held after all
    Verb(
        "held_after", "postponed twice last year, was finally held on Monday", "held", "2023-05-08"
    ),
]

# How the sentence closes: the source told, or not.
TAILS = {"said": ", officials said.", "bare": "."}

# A sentence before it telling talks of another pair held (which no putting off touches), or none.
LEADS = {"none": "", "other_held": "On Monday, Ethiopia and Somalia held talks in Addis Ababa. "}
OTHER_HELD = ("held", ["ETH", "SOM"], "2023-05-08")


@dataclass(frozen=True)
class Cell:
    """One choice of every list."""

    verb: str
    event: str
    aside: str
    tail: str
    lead: str
    pair: int


VERB_OF = {v.name: v for v in VERBS}

CHOICES: dict[str, list[Any]] = {
    "verb": [v.name for v in VERBS],
    "event": list(EVENTS),
    "aside": list(ASIDES),
    "tail": list(TAILS),
    "lead": list(LEADS),
    "pair": list(range(len(STATES))),
}


def _valid(cell: Cell) -> bool:
    """A cell the grid can write: a held event tells no time it was set for."""
    return not (cell.verb in ("held_after", "late_start") and cell.aside != "none")


def text(cell: Cell) -> str:
    """The cell's sentence."""
    a, b = STATES[cell.pair]
    event = EVENTS[cell.event].format(
        a=a.name, b=b.name, da=a.demonym, db=b.demonym, title=a.title, pa=a.person, cb=b.capital
    )
    aside = ASIDES[cell.aside][0].format(ca=a.capital)
    clause = VERB_OF[cell.verb].clause
    if cell.event == "talks":  # a plural subject
        clause = re.sub(r"\b(?:has|was)\b", lambda m: {"has": "have", "was": "were"}[m[0]], clause)
    if cell.verb == "held_after":
        return f"{LEADS[cell.lead]}{event}, {clause}."
    return f"{LEADS[cell.lead]}{event}{aside} {clause}{TAILS[cell.tail]}"


def expected(cell: Cell) -> list[tuple[str, list[str], str | None]]:
    """The meeting the keys ask for (status, sorted countries, date), if any."""
    a, b = STATES[cell.pair]
    verb = VERB_OF[cell.verb]
    own = [] if verb.status is None else [(verb.status, sorted((a.code, b.code)), verb.date)]
    return sorted([*own, OTHER_HELD] if cell.lead == "other_held" else own)


def got(cell: Cell) -> list[tuple[str, list[str], str | None]]:
    """The meetings the library gives: status, sorted countries, date."""
    result = extract(Article(id="grid", body=text(cell), published=PUBLISHED))
    return sorted((s, c, d) for _, s, c, d in read(result).meetings)


CELLS = list(
    sample_cells(
        Cell, _valid, CHOICES, random.Random(7), size=300, axis="verb", tries=20, cover_axis=True
    )
)


def known_gap(cell: Cell) -> str | None:
    """Why the library still misreads a cell (None: it reads it)."""
    if cell.verb in ("held_after", "late_start") and cell.event == "planned_meeting":
        return (
            "'A planned meeting between A and B ... was finally held on Monday': the adjective"
            " 'planned' outweighs the main clause's 'was held' whatever the aside (a status"
            " class of its own, not a putting off)"
        )
    return None


# The event as the object of the verb that puts it off ("X has postponed his visit to B until
# June 12"): the verb (clause before the object, words after it, status, date), the object
# ("{b}": the second state, "{cb}": its capital, "{pos}": the subject's possessive) and the
# subject (the first state, or its official).
ACTIVE_VERBS: dict[str, tuple[str, str, str | None, str | None]] = {
    "postponed_until": ("has postponed", " until September", "planned", "2023-09"),
    "postponed_bare": ("has postponed", "", "planned", None),
    "put_off_to_day": ("put off", " to June 12", "planned", "2023-06-12"),
    "delayed_until": ("has delayed", " until early July", "planned", "2023-07"),
    "called_off": ("called off", "", None, None),
    "cancelled": ("has cancelled", "", None, None),
}
OBJECTS = {
    "talks": "talks with {b}",
    "visit": "{pos} visit to {cb}",
    "planned_visit": "a planned visit to {cb}",
    "session": "the session of the {a}-{b} joint commission",
}
SUBJECTS = ["state", "official"]


@dataclass(frozen=True)
class ActiveCell:
    """One choice of every list of the active grid."""

    verb: str
    object: str
    subject: str
    tail: str
    lead: str
    pair: int


ACTIVE_CHOICES: dict[str, list[Any]] = {
    "verb": list(ACTIVE_VERBS),
    "object": list(OBJECTS),
    "subject": SUBJECTS,
    "tail": list(TAILS),
    "lead": list(LEADS),
    "pair": list(range(len(STATES))),
}


def active_text(cell: ActiveCell) -> str:
    """The active cell's sentence."""
    a, b = STATES[cell.pair]
    before, after, _, _ = ACTIVE_VERBS[cell.verb]
    if cell.subject == "state":
        subject, pos = a.name, "its"
    else:
        subject = f"{a.demonym} {a.title} {a.person}"
        pos = "her" if a.pronoun == "she" else "his"
    event = OBJECTS[cell.object].format(a=a.name, b=b.name, cb=b.capital, pos=pos)
    return f"{LEADS[cell.lead]}{subject} {before} {event}{after}{TAILS[cell.tail]}"


def active_expected(cell: ActiveCell) -> list[tuple[str, list[str], str | None]]:
    """The meetings the keys ask for: the event's (if any) and the other pair's."""
    a, b = STATES[cell.pair]
    _, _, status, date = ACTIVE_VERBS[cell.verb]
    own = [] if status is None else [(status, sorted((a.code, b.code)), date)]
    return sorted([*own, OTHER_HELD] if cell.lead == "other_held" else own)


def active_got(cell: ActiveCell) -> list[tuple[str, list[str], str | None]]:
    """The meetings the library gives: status, sorted countries, date."""
    result = extract(Article(id="grid", body=active_text(cell), published=PUBLISHED))
    return sorted((s, c, d) for _, s, c, d in read(result).meetings)


ACTIVE_CELLS = list(
    sample_cells(
        ActiveCell,
        lambda cell: True,
        ACTIVE_CHOICES,
        random.Random(11),
        size=150,
        axis="verb",
        tries=20,
        cover_axis=True,
    )
)


# Rows that keep each fixed class whatever the seeded sample draws, with near misses that
# must stay as they are: (class, text, meetings as (status, countries, date)).
TABLE: list[Any] = [
    (
        "postponed-then-held",
        "The postponed talks between Kenya and Uganda were held on Monday.",
        [("held", ["KEN", "UGA"], "2023-05-08")],
    ),
    (
        "near-miss:cancelled-object",
        "The Kenyan President has cancelled a trip to Uganda because of pressing business.",
        [],
    ),
    pytest.param(
        "denied-report",
        "Kenya denied reports that talks with Uganda set for May 30 had been called off.",
        [("planned", ["KEN", "UGA"], "2023-05-30")],
        marks=pytest.mark.xfail(
            reason="a report of calling off that the sentence denies still drops the talks (a"
            " class of denials, left for its own grid)",
            strict=True,
        ),
    ),
]


# An instrument whose signing is put off: (class, text, agreements as (status, parties, date)).
AGREEMENT_TABLE: list[Any] = [
    (
        "signing-delayed-until",
        "The signing of the transit agreement between Kenya and Uganda has been delayed until"
        " September.",
        [("planned", ["KEN", "UGA"], "2023-09")],
    ),
    (
        "signing-delayed-indefinitely",
        "The planned signing of the transit accord between Kenya and Uganda has been delayed"
        " indefinitely.",
        [("planned", ["KEN", "UGA"], None)],
    ),
    (
        "signing-object-postponed-to-month",
        "Kenya and Uganda have postponed the signing of the transit accord to September.",
        [("planned", ["KEN", "UGA"], "2023-09")],
    ),
    (
        "signing-object-put-off-until-early",
        "Peru and Chile put off the signing of the water treaty until early July, officials said.",
        [("planned", ["CHL", "PER"], "2023-07")],
    ),
    (
        "signing-object-delayed-no-time",
        "Kenya has delayed the signing of a memorandum with Uganda.",
        [("planned", ["KEN", "UGA"], None)],
    ),
    (
        "near-miss:signing-set",
        "Kenya and Uganda will sign the transit accord in September.",
        [("planned", ["KEN", "UGA"], "2023-09")],
    ),
    (
        "signing-put-off-to-end",
        "The signing of the transit agreement between Kenya and Uganda, set for May 30, was put"
        " off to the end of June.",
        [("planned", ["KEN", "UGA"], "2023-06")],
    ),
]


@pytest.mark.parametrize(("cls", "sentence", "want"), AGREEMENT_TABLE)
def test_put_off_signing_table(cls: str, sentence: str, want: list[Any]) -> None:
    """Each row gives exactly the agreements it expects (``cls`` names its class)."""
    result = extract(Article(id="row", body=sentence, published=PUBLISHED))
    assert [(s, p, d) for _, s, p, d in read(result).agreements] == want, cls


@pytest.mark.parametrize(("cls", "sentence", "want"), TABLE)
def test_called_off_table(cls: str, sentence: str, want: list[Any]) -> None:
    """Each row gives exactly the meetings it expects (``cls`` names its class)."""
    result = extract(Article(id="row", body=sentence, published=PUBLISHED))
    assert [(s, c, d) for _, s, c, d in read(result).meetings] == want, cls


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known_gap))
def test_grid_called_off(cell: Cell) -> None:
    """Each cell gives exactly the meeting its choices call for."""
    assert got(cell) == expected(cell), text(cell)


@pytest.mark.parametrize("cell", grid_params(ACTIVE_CELLS, dashed_id, lambda cell: None))
def test_grid_put_off_object(cell: ActiveCell) -> None:
    """Each active cell gives exactly the meetings its choices call for."""
    assert active_got(cell) == active_expected(cell), active_text(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells, in both grids."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)
    assert_every_value_sampled(ACTIVE_CELLS, ACTIVE_CHOICES, least=5)


if __name__ == "__main__":
    results = {c: got(c) != expected(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, results):
        print(f"{name:8} {value!s:20} {bad:4d}/{total}")
    print(sum(results.values()), "of", len(results), "fail")
    active = {ac: active_got(ac) != active_expected(ac) for ac in ACTIVE_CELLS}
    for name, value, bad, total in failure_table(ACTIVE_CELLS, ACTIVE_CHOICES, active):
        print(f"active {name:8} {value!s:20} {bad:4d}/{total}")
    print(sum(active.values()), "of", len(active), "active cells fail")
    for ac, bad in active.items():
        if bad:
            print(f"\n{dashed_id(ac)}: want {active_expected(ac)} got {active_got(ac)}")
            print(f"  {active_text(ac)}")
    for c, bad in results.items():
        if bad:
            print(f"\n{dashed_id(c)}: want {expected(c)} got {got(c)}\n  {text(c)}")
