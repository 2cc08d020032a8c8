"""A grid of meetings whose sides are a named group of states or a list of officials.

A meeting's sides are often not named one by one as "A and B": the story lists the officials
of three states in one event ("held a phone call with the Prime Minister of A, the Prime
Minister of B and the Prime Minister of C"), names a group whose membership is fixed ("the
foreign ministers of the five Central Asian states", "the three Baltic states", "the Nordic
countries"), or names the members of a body in a sentence of their own after its meeting
("The committee will meet in P on Friday. The committee groups the trade ministers of A, B
and C"). Each cell draws one value of every independent choice below (the form, the verb
and its tense, the date, a distracting state, the host and the listed states), writes a
short invented page, and computes from the choices alone the records spec/EXTRACTION.md
section 2 calls for (never by running the library):

- ``list``/``demonyms``: one event (a call, or a meeting which four states or more may make
  a ``conference``, "a gathering of many states") whose countries are the host's state and
  every listed official's: "a meeting with A, B and C" is one event, all at one table;
- ``region``: "the foreign ministers of the five Central Asian states" is the host's state
  and every member of the group (the gazetteer's ``region_members.json``): "the states the
  text clearly refers to as taking part";
- ``members``: a body's meeting whose members the next sentence lists ("groups the trade
  ministers of", "comprises", "is made up of", "brings together") has those members
  as its countries (the meeting city is a member's capital, so no other host is in play);
- ``invited``: a held ``list`` event, then "looks forward to hosting the second P Islands
  Summit later this month, to which all three leaders have been invited": the summit is a
  planned ``conference`` (May 2023) of the host and the three guests;
- a distracting state, the topic of the talks ("to discuss aid to D") or praised in the
  next sentence ("They praised D's support"), is no side.

Every page is published on Wednesday 2023-05-10: "on Monday" is 2023-05-08, "on Friday"
2023-05-12, "on 3 May" and "on 23 May" the days they name. A cell passes when the page's
meetings pair one to one with the expected records: kind (any of the allowed ones), status,
countries and date equal.

Before the fix 240 of 240 cells failed; after it 19 did, all of two classes of their own: a
weekday before a purpose clause read as the one to come (fixed since, by the tense grid's rule
that the past verb holding the event dates it: tests/test_grid_tense.py), and the committee
of a body the gazetteer does not know told met giving no record, which ``left`` names (strict
xfails).
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
from meeting_rows import Brief, briefs_of, pairs

# The host: a state whose official convenes the event.
HOSTS: dict[str, State] = {
    s.code: s
    for s in (
        State("USA", "the United States", "US", "Washington", "Vice President", "Ann Carver"),
        State("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Kenji Morita"),
        State("DEU", "Germany", "German", "Berlin", "Chancellor", "Lena Vogt", "she"),
        State("IND", "India", "Indian", "New Delhi", "Foreign Minister", "Arjun Mehra"),
    )
}

# Three listed states, with their officials.
TRIOS: dict[str, tuple[State, State, State]] = {
    "pacific": (
        State("FJI", "Fiji", "Fijian", "Suva", "Prime Minister", "Tevita Lomani"),
        State("WSM", "Samoa", "Samoan", "Apia", "Prime Minister", "Lemalu Faasua"),
        State("TON", "Tonga", "Tongan", "Nuku'alofa", "Prime Minister", "Sione Havili"),
    ),
    "africa": (
        State("GHA", "Ghana", "Ghanaian", "Accra", "President", "Kwame Asante"),
        State("SEN", "Senegal", "Senegalese", "Dakar", "President", "Moussa Diallo"),
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Wanjiru Otieno", "she"),
    ),
    "andes": (
        State("PER", "Peru", "Peruvian", "Lima", "Trade Minister", "Rosa Quispe", "she"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Trade Minister", "Diego Salinas"),
        State("BOL", "Bolivia", "Bolivian", "La Paz", "Trade Minister", "Mateo Choque"),
    ),
}

# The body whose committee the listed states sit in (the ``members`` form).
BODIES = {
    "pacific": "Pacific Islands Forum",
    "africa": "African Union",
    "andes": "Andean Community",
}

# Groups whose membership is fixed: the words, and the members' codes.
REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "c5": ("the five Central Asian states", ("KAZ", "KGZ", "TJK", "TKM", "UZB")),
    "c5-nations": ("the five Central Asian nations", ("KAZ", "KGZ", "TJK", "TKM", "UZB")),
    "baltic": ("the Baltic states", ("EST", "LTU", "LVA")),
    "baltic3": ("the three Baltic states", ("EST", "LTU", "LVA")),
    "caucasus": ("the three South Caucasus countries", ("ARM", "AZE", "GEO")),
    "nordic": ("the Nordic countries", ("DNK", "FIN", "ISL", "NOR", "SWE")),
}

FORMS = ("list", "demonyms", "region", "members", "invited")

# The event's words: (kind, past, future), "{W}" its partners.
NOUNS: dict[str, tuple[str, str, str]] = {
    "meeting": ("meeting", "held a meeting with {W}", "will hold a meeting with {W}"),
    "virtual": ("call", "convened a video call with {W}", "will convene a video call with {W}"),
    "phone": ("call", "held a phone call with {W}", "will hold a phone call with {W}"),
    "talks": ("meeting", "held talks with {W}", "will hold talks with {W}"),
}
STATUSES = ("held", "planned")
# date form -> (past words, past date, future words, future date)
DATES: dict[str, tuple[str, str | None, str, str | None]] = {
    "weekday": (" on Monday", "2023-05-08", " on Friday", "2023-05-12"),
    "day": (" on 3 May", "2023-05-03", " on 23 May", "2023-05-23"),
    "none": ("", None, "", None),
}
# The ``members`` form's words for the body's membership, by the cell's noun (which that form
# does not otherwise use).
MEMBERSHIP: dict[str, str] = {
    "meeting": "groups the trade ministers of",
    "virtual": "comprises the trade ministers of",
    "phone": "is made up of",
    "talks": "brings together the trade ministers of",
}
# A state named beside the event but no side of it (``{D}`` its name).
DISTRACTORS: dict[str, str] = {
    "none": "",
    "topic": " to discuss aid to {D}",
    "praised": " The leaders praised {D}'s support for the region.",
}
OTHERS: dict[str, tuple[str, str]] = {"BRA": ("Brazil", "Brazil's"), "CAN": ("Canada", "Canada's")}


@dataclass(frozen=True)
class Cell:
    """One page: the choices it is built from."""

    form: str
    noun: str
    status: str
    date: str
    distractor: str
    host: str
    trio: str
    region: str
    other: str

    @property
    def id(self) -> str:
        """The cell's test id."""
        return dashed_id(self)


CHOICES: dict[str, tuple[str, ...]] = {
    "form": FORMS,
    "noun": tuple(NOUNS),
    "status": STATUSES,
    "date": tuple(DATES),
    "distractor": tuple(DISTRACTORS),
    "host": tuple(HOSTS),
    "trio": tuple(TRIOS),
    "region": tuple(REGIONS),
    "other": tuple(OTHERS),
}


def _valid(cell: Cell) -> bool:
    """Whether a cell is written: talks with a list of officials and a planned invitation are not.

    Talks (a plural noun) with several states' officials may be one event or one each (the
    counterparts grid reads them as one each); the spec decides only the singular nouns. The
    ``invited`` form tells its summit after an event told done.
    """
    if cell.form == "invited" and cell.status != "held":
        return False  # the invitation follows an event told done
    return not (cell.noun == "talks" and cell.form in ("list", "demonyms", "invited"))


def _when(cell: Cell) -> tuple[str, str | None]:
    past, past_iso, future, future_iso = DATES[cell.date]
    return (past, past_iso) if cell.status == "held" else (future, future_iso)


def page(cell: Cell) -> str:
    """The cell's page."""
    host = HOSTS[cell.host]
    trio = TRIOS[cell.trio]
    when, _ = _when(cell)
    _, past, future = NOUNS[cell.noun]
    verb = past if cell.status == "held" else future
    name, owner = OTHERS[cell.other]
    topic = DISTRACTORS[cell.distractor].format(D=name) if cell.distractor == "topic" else ""
    after = DISTRACTORS[cell.distractor].format(D=name) if cell.distractor == "praised" else ""
    after = after.replace(f"{name}'s", owner)
    subject = f"{host.demonym} {host.title} {host.person}"
    if cell.form == "list":
        people = [f"{s.title} {s.person} of {s.name}" for s in trio]
        partners = f"{people[0]}, {people[1]} and {people[2]}"
        return f"{subject} {verb.format(W=partners)}{when}{topic}.{after}"
    if cell.form == "invited":
        people = [f"{s.title} {s.person} of {s.name}" for s in trio]
        partners = f"{people[0]}, {people[1]} and {people[2]}"
        surname = host.person.split()[-1]
        return (
            f"{subject} {verb.format(W=partners)}{when}{topic}. {surname} looks forward to "
            f"hosting the second {host.capital} Islands Summit later this month, to which all "
            f"three leaders have been invited.{after}"
        )
    if cell.form == "demonyms":
        people = [f"{s.demonym} {s.title} {s.person}" for s in trio]
        partners = f"{people[0]}, {people[1]} and {people[2]}"
        return f"{subject} {verb.format(W=partners)}{when}{topic}.{after}"
    if cell.form == "region":
        words, _ = REGIONS[cell.region]
        partners = f"the foreign ministers of {words}"
        return f"{subject} {verb.format(W=partners)}{when}{topic}.{after}"
    # members: the body's meeting, then its members in a sentence of their own
    a, b, c = trio
    meet = "met" if cell.status == "held" else "will meet"
    body = BODIES[cell.trio]
    return (
        f"The three-member monitoring committee of the {body} {meet} in {a.capital}{when}"
        f"{topic}. The committee {MEMBERSHIP[cell.noun]} {a.name}, {b.name} and "
        f"{c.name}.{after}"
    )


def expected(cell: Cell) -> list[tuple[frozenset[str], str, frozenset[str], str | None]]:
    """The records the cell calls for: (kinds allowed, status, countries, date)."""
    _, iso = _when(cell)
    kind = NOUNS[cell.noun][0]
    trio = {s.code for s in TRIOS[cell.trio]}
    if cell.form == "invited":
        sides = trio | {cell.host}
        kinds = {kind, "conference"} if kind == "meeting" else {kind}
        return [
            (frozenset(kinds), "held", frozenset(sides), iso),
            (frozenset({"conference"}), "planned", frozenset(sides), "2023-05"),
        ]
    if cell.form in ("list", "demonyms"):
        sides = trio | {cell.host}
    elif cell.form == "region":
        sides = set(REGIONS[cell.region][1]) | {cell.host}
    else:
        return [(frozenset({"meeting", "conference"}), cell.status, frozenset(trio), iso)]
    # a meeting of four states or more may be read as a gathering of many ("conference")
    kinds = {kind, "conference"} if kind == "meeting" else {kind}
    return [(frozenset(kinds), cell.status, frozenset(sides), iso)]


def _fits(got: Brief, want: tuple[frozenset[str], str, frozenset[str], str | None]) -> bool:
    kinds, status, sides, date = want
    return got[0] in kinds and got[1] == status and set(got[2]) == sides and got[4] == date


def failures(cell: Cell) -> list[Brief]:
    """The page's meetings when they do not pair with the expected ones, else []."""
    got = briefs_of(page(cell))
    return [] if pairs(got, expected(cell), _fits) else got or [("none", "", [], None, None)]


def left(cell: Cell) -> str | None:
    """Why a cell is still misread: a class of its own, not this grid's."""
    if cell.form == "members" and cell.trio == "pacific" and cell.status == "held":
        # the gazetteer knows no "Pacific Islands Forum": its committee told met is no record
        return "a body the gazetteer does not know, told held, gives no record"
    return None


CELLS: list[Cell] = list(
    sample_cells(Cell, _valid, CHOICES, random.Random(61), size=240, axis="form", tries=5)
)


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, left))
def test_grid_groupsets(cell: Cell) -> None:
    """Each cell gives exactly the record its choices call for."""
    assert failures(cell) == [], page(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=5)


if __name__ == "__main__":
    results = {c: failures(c) for c in CELLS}
    failed = {c: bool(r) for c, r in results.items()}
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{choice:10} {value!s:12} {bad:4d}/{total}")
