"""A grid of documents adopted at a gathering, named without a treaty word, or to be negotiated.

Spec/EXTRACTION.md section 3 counts declarations, road maps, action plans and charters among
the written instruments, makes one ``signed`` when it was "signed, concluded, reached,
adopted" and ``planned`` when it is "to be signed, being negotiated or prepared", and takes
its parties from "the states the text names or clearly refers to as parties". The visible
keys held three shapes of this class the library misread:

- ``named``: a document whose name ends in a word that is no treaty word ("the X Principles
  on Y") adopted, endorsed or signed by the leaders of the talks told in the sentence before
  (the states of those talks its parties), or to be adopted: missed;
- ``negotiate``: a treaty the story's sides say they would negotiate ("The two sides said
  they would negotiate an investment treaty"): a planned instrument of the pair, missed;
- ``gathering``: a declaration adopted by "the leaders" of a summit one state hosted with
  three or four others, all named in the sentence before: its parties are the five or six
  states (the host and its guests), where the library gave none.

Each grid below draws one value of each of its choices (the name's last word or the
instrument, the step, the subject, the states), writes a short invented page published on
Wednesday 2023-05-10, and computes the record the spec asks for from the choices alone
(never by running the library): kind, status, parties, date ("On Monday" is 2023-05-08; a
step to come is told with no date, and so has none) and count.

The other side of the class stays in ``TABLE``: "adopted a resolution", "adopted the budget",
"the principles of cooperation" as a topic, principles only reaffirmed (not adopted), a state's
own principles, a treaty a side refuses to negotiate, and talks "on investment" with no
instrument give no record; a summit of a bloc keeps its declaration the bloc's own.

First run, before the library changed: 223 of 312 cells failed (every ``Principles`` cell of
the named grid and most ``Charter`` ones; 99 of 110 negotiate cells, every "said they would
negotiate", "will negotiate", "plan to negotiate" and "would negotiate"; every gathering cell
of five or six states). After: 10 of 312 fail, kept as strict xfails (``known_gap``): a
charter "endorsed" (no status cue for a charter told so, a status class) and "they endorsed"
after a pair's talks (no parties, a sides class).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import PUBLISHED, assert_agreements, matches_exact, spec, unmatched
from diplonews import extract
from diplonews.models import Article
from grid_cells import assert_every_value_sampled, failure_table, grid_params, sample_cells

MONDAY = "2023-05-08"


@dataclass(frozen=True)
class Side:
    """A state as a story names it: code, name, demonym, its leader's title and surname."""

    code: str
    name: str
    demonym: str
    title: str
    person: str


SIDES = {
    s.code: s
    for s in (
        Side("JPN", "Japan", "Japanese", "Prime Minister", "Takeda"),
        Side("KOR", "South Korea", "South Korean", "President", "Han"),
        Side("USA", "the United States", "US", "President", "Morrow"),
        Side("IND", "India", "Indian", "Prime Minister", "Raghav"),
        Side("KEN", "Kenya", "Kenyan", "President", "Otieno"),
        Side("UGA", "Uganda", "Ugandan", "President", "Mukasa"),
        Side("PER", "Peru", "Peruvian", "President", "Quispe"),
        Side("CHL", "Chile", "Chilean", "President", "Rojas"),
        Side("POL", "Poland", "Polish", "President", "Nowak"),
        Side("LTU", "Lithuania", "Lithuanian", "President", "Kairys"),
        Side("VNM", "Vietnam", "Vietnamese", "Prime Minister", "Thanh"),
    )
}
TEAMS = [
    ("JPN", "KOR", "USA"),
    ("KEN", "UGA"),
    ("PER", "CHL"),
    ("POL", "LTU", "USA"),
    ("IND", "VNM"),
]


def _codes(team: tuple[str, ...]) -> str:
    return ",".join(sorted(team))


def _met(team: tuple[str, ...], city: str) -> str:
    """The talks of the team's leaders, told first: "A's P met B's Q (and C's R) in X"."""
    people = [f"{SIDES[c].demonym} {SIDES[c].title} {SIDES[c].person}" for c in team]
    guests = people[1] if len(people) == 2 else f"{people[1]} and {people[2]}"
    return f"{people[0]} met {guests} in {city} on Monday."


# ---------------------------------------------------------------------------------------
# named: "The three leaders adopted the Osaka Principles on Maritime Security."

# A name's last word (the kind the record takes) and the words before and after it.
NAMES: dict[str, tuple[str, str]] = {
    "Principles": ("declaration", "Osaka Principles on Maritime Security"),
    "Principles-of": ("declaration", "Lima Principles of Digital Trade"),
    "Charter": ("other", "Osaka Charter on Maritime Security"),
    "Roadmap": ("plan", "Osaka Roadmap for Energy Cooperation"),
    "Road-Map": ("plan", "Osaka Road Map on Green Growth"),
    "Declaration": ("declaration", "Osaka Declaration on Maritime Security"),
}


@dataclass(frozen=True)
class Step:
    """How the document's step is told: verb phrase, status and the date it gives."""

    name: str
    verb: str
    status: str
    date: str
    fronted: bool  # "On Monday," opens the sentence (a step to come is told undated)


STEPS = [
    Step("adopted", "adopted", "signed", MONDAY, True),
    Step("endorsed", "endorsed", "signed", MONDAY, True),
    Step("signed", "signed", "signed", MONDAY, True),
    Step("expected", "are expected to adopt", "planned", "-", False),
    Step("will_adopt", "will adopt", "planned", "-", False),
]
SUBJECTS = ["the_leaders", "counted", "they"]


@dataclass(frozen=True)
class Named:
    """A cell of the named grid."""

    name: str
    step: Step
    subject: str
    team: tuple[str, ...]

    @property
    def id(self) -> str:
        """A readable test id."""
        return f"named-{self.name}-{self.step.name}-{self.subject}-{self.team[0]}"


def named_text(cell: Named) -> str:
    """The talks, then the document's step."""
    who = {
        "the_leaders": "the leaders",
        "counted": "the two leaders" if len(cell.team) == 2 else "the three leaders",
        "they": "they",
    }[cell.subject]
    title = NAMES[cell.name][1]
    if cell.step.fronted:
        second = f"On Monday, {who} {cell.step.verb} the {title}."
    else:
        second = f"{who[0].upper()}{who[1:]} {cell.step.verb} the {title}."
    first = _met(cell.team, "Osaka").replace(" on Monday", "")
    return f"{first} {second}"


def named_expected(cell: Named) -> list[str]:
    """One record of the talks' states, of the name's kind, adopted or to be."""
    kind = NAMES[cell.name][0]
    return [f"{kind} {cell.step.status} {_codes(cell.team)} {cell.step.date} 1"]


NAMED_CHOICES: dict[str, list[Any]] = {
    "name": list(NAMES),
    "step": STEPS,
    "subject": SUBJECTS,
    "team": TEAMS,
}

# ---------------------------------------------------------------------------------------
# negotiate: "The two sides said they would negotiate an investment treaty."

INSTRUMENTS: dict[str, tuple[str, str]] = {
    "treaty": ("treaty", "an investment treaty"),
    "fta": ("agreement", "a free trade agreement"),
    "accord": ("agreement", "a new fisheries accord"),
    "protocol": ("protocol", "a visa protocol"),
    "convention": ("treaty", "a tax convention"),
}
# Who says the pair will negotiate, and how.
FRAMES = {
    "said_would": "{who} said they would negotiate",
    "said_will": "{who} said they will negotiate",
    "would": "{who} would negotiate",
    "plan_to": "{who} plan to negotiate",
    "will": "{who} will negotiate",
    "agreed_to": "{who} agreed to negotiate",
}
WHO = ["the_two_sides", "they", "both_countries", "the_two_governments"]
OPENERS = ["met", "call"]


@dataclass(frozen=True)
class Negotiate:
    """A cell of the negotiate grid."""

    instrument: str
    frame: str
    who: str
    opener: str
    team: tuple[str, ...]

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.instrument, self.frame, self.who, self.opener, self.team[0])
        return "negotiate-" + "-".join(parts)


def negotiate_text(cell: Negotiate) -> str:
    """The pair's talks or call, then the treaty they say they will negotiate."""
    a, b = (SIDES[c] for c in cell.team)
    if cell.opener == "met":
        first = _met(cell.team, "Nairobi")
    else:
        first = f"{a.demonym} {a.title} {a.person} spoke by phone with {b.name}'s {b.person}"
        first += " on Monday."
    who = cell.who.replace("_", " ")
    clause = FRAMES[cell.frame].format(who=who)
    second = f"{clause[0].upper()}{clause[1:]} {INSTRUMENTS[cell.instrument][1]}."
    return f"{first} {second}"


def negotiate_expected(cell: Negotiate) -> list[str]:
    """One planned record of the pair, undated."""
    return [f"{INSTRUMENTS[cell.instrument][0]} planned {_codes(cell.team)} - 1"]


NEGOTIATE_CHOICES: dict[str, list[Any]] = {
    "instrument": list(INSTRUMENTS),
    "frame": list(FRAMES),
    "who": WHO,
    "opener": OPENERS,
    "team": [t for t in TEAMS if len(t) == 2],
}

# ---------------------------------------------------------------------------------------
# gathering: "On Monday, A hosted a summit with B, C, D and E. The leaders adopted the X."

GUESTS = [
    ("KAZ", "Kazakhstan"),
    ("KGZ", "Kyrgyzstan"),
    ("TJK", "Tajikistan"),
    ("TKM", "Turkmenistan"),
    ("UZB", "Uzbekistan"),
]
HOSTS = [("USA", "the United States"), ("JPN", "Japan"), ("KOR", "South Korea")]
EVENTS = ["a summit", "the summit", "a leaders' summit", "a meeting", "a conference"]
DOCUMENTS: dict[str, tuple[str, str]] = {
    "declaration": ("declaration", "Almaty Declaration on Regional Connectivity"),
    "principles": ("declaration", "Almaty Principles on Water Security"),
    "action_plan": ("plan", "Almaty Action Plan on Transport"),
    "roadmap": ("plan", "Almaty Roadmap on Trade"),
}
ADOPTERS = ["The leaders", "Leaders", "The heads of state", "The presidents"]


@dataclass(frozen=True)
class Gathering:
    """A cell of the gathering grid: host, how many guests, the event, document, adopters."""

    host: tuple[str, str]
    guests: int
    event: str
    document: str
    adopters: str

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.host[0], str(self.guests), self.event, self.document, self.adopters)
        return "gathering-" + "-".join(p.replace(" ", "_").replace("'", "") for p in parts)


def gathering_text(cell: Gathering) -> str:
    """The summit the host held with its guests, then the leaders' adoption."""
    names = [n for _, n in GUESTS[: cell.guests]]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    host = cell.host[1]
    host = host[0].upper() + host[1:]
    title = DOCUMENTS[cell.document][1]
    adopted = f"{cell.adopters} adopted the {title}."
    return f"On Monday, {host} hosted {cell.event} with {listed}. {adopted}"


def gathering_expected(cell: Gathering) -> list[str]:
    """One record of the host and its guests, adopted on Monday."""
    team = (cell.host[0], *(c for c, _ in GUESTS[: cell.guests]))
    return [f"{DOCUMENTS[cell.document][0]} signed {_codes(team)} {MONDAY} 1"]


GATHERING_CHOICES: dict[str, list[Any]] = {
    "host": HOSTS,
    "guests": [3, 4, 5],
    "event": EVENTS,
    "document": list(DOCUMENTS),
    "adopters": ADOPTERS,
}

# ---------------------------------------------------------------------------------------


def _always(cell: object) -> bool:
    return True


NAMED_CELLS = list(
    sample_cells(Named, _always, NAMED_CHOICES, random.Random(41), size=110, axis="name", tries=5)
)
NEGOTIATE_CELLS = list(
    sample_cells(
        Negotiate, _always, NEGOTIATE_CHOICES, random.Random(42), size=110, axis="frame", tries=5
    )
)
GATHERING_CELLS = list(
    sample_cells(
        Gathering, _always, GATHERING_CHOICES, random.Random(43), size=92, axis="guests", tries=5
    )
)

Cell = Named | Negotiate | Gathering


def text_of(cell: Cell) -> str:
    """The cell's page body."""
    if isinstance(cell, Named):
        return named_text(cell)
    if isinstance(cell, Negotiate):
        return negotiate_text(cell)
    return gathering_text(cell)


def expected(cell: Cell) -> list[str]:
    """The records the spec asks for, in the row notation."""
    if isinstance(cell, Named):
        return named_expected(cell)
    if isinstance(cell, Negotiate):
        return negotiate_expected(cell)
    return gathering_expected(cell)


def failures(cell: Cell) -> list[str]:
    """The expected records missing and the records extra for one cell."""
    result = extract(Article(id="grid", body=text_of(cell), published=PUBLISHED))
    return unmatched(expected(cell), result.agreements, lambda want, r: want == spec(r))


def known_gap(cell: Cell) -> str | None:
    """Why the library still misses a cell (None: it reads the cell)."""
    if not isinstance(cell, Named) or cell.step.name != "endorsed":
        return None
    if cell.name == "Charter":
        return (
            "'the leaders endorsed the X Charter': 'endorsed' tells a step only of plans and"
            " declarations (a parliament's approval of an agreement as often), so a charter"
            " endorsed has no status cue (a status class)"
        )
    if cell.subject == "they" and len(cell.team) == 2:
        return (
            "'A met B. On Monday, they endorsed the X Principles': 'they' before 'endorsed'"
            " is not read as the pair met before (it is before 'adopted'; a sides class)"
        )
    return None


# Rows that keep each fixed class, and the other side of it: no instrument, or not the sides'.
TABLE: list[Any] = [
    (
        "named:principles",
        "Kenyan President Otieno met Ugandan President Mukasa in Kampala on Monday. The two"
        " leaders adopted the Kampala Principles on Lake Fisheries.",
        ["declaration signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "near-miss:principles-as-topic",
        "Kenyan President Otieno met Ugandan President Mukasa in Kampala on Monday. The two"
        " leaders discussed the principles of cooperation in fisheries.",
        [],
    ),
    (
        "near-miss:principles-reaffirmed",
        "Kenyan President Otieno met Ugandan President Mukasa in Kampala on Monday. The two"
        " leaders reaffirmed the Kampala Principles on Lake Fisheries.",
        [],
    ),
    (
        "near-miss:one-state-principles",
        "Kenya adopted the Nairobi Principles on Public Procurement on Monday.",
        [],
    ),
    (
        "near-miss:resolution",
        "Kenyan President Otieno met Ugandan President Mukasa in Kampala on Monday. The two"
        " leaders adopted a resolution on the refugee crisis.",
        [],
    ),
    (
        "near-miss:budget",
        "On Monday, Japan hosted a summit with Kazakhstan, Kyrgyzstan, Tajikistan and"
        " Uzbekistan. The leaders adopted the budget of the secretariat for 2024.",
        [],
    ),
    (
        "negotiate:said-would",
        "Indian Prime Minister Raghav met Vietnamese Prime Minister Thanh in Hanoi on Monday."
        " The two sides said they would negotiate an investment treaty.",
        ["treaty planned IND,VNM - 1"],
    ),
    (
        "near-miss:refused-to-negotiate",
        "Indian Prime Minister Raghav met Vietnamese Prime Minister Thanh in Hanoi on Monday."
        " The two sides refused to negotiate a new investment treaty.",
        [],
    ),
    (
        "near-miss:never-negotiate",
        "Indian Prime Minister Raghav met Vietnamese Prime Minister Thanh in Hanoi on Monday."
        " The two sides said they would never negotiate a new investment treaty.",
        [],
    ),
    (
        "near-miss:negotiate-no-instrument",
        "Indian Prime Minister Raghav met Vietnamese Prime Minister Thanh in Hanoi on Monday."
        " The two sides said they would negotiate on investment.",
        [],
    ),
    (
        "gathering:hosted-five",
        "On Monday, Japan hosted a summit with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan"
        " and Uzbekistan. The leaders adopted the Tokyo Declaration on Regional Connectivity.",
        ["declaration signed JPN,KAZ,KGZ,TJK,TKM,UZB 2023-05-08 1"],
    ),
    (
        "near-miss:bloc-summit",
        "On Monday, Brazil hosted a summit of Mercosur with Argentina, Uruguay, Paraguay and"
        " Bolivia. The leaders adopted the Brasilia Declaration on Energy.",
        ["declaration signed - 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected_rows"), TABLE)
def test_adopted_table(cls: str, text: str, expected_rows: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected_rows, matches_exact)


@pytest.mark.parametrize("cell", grid_params(NAMED_CELLS, lambda c: c.id, known_gap))
def test_grid_adopted_named(cell: Named) -> None:
    """A document named without a treaty word, adopted by the talks' leaders, is theirs."""
    assert failures(cell) == [], text_of(cell)


@pytest.mark.parametrize("cell", grid_params(NEGOTIATE_CELLS, lambda c: c.id, known_gap))
def test_grid_adopted_negotiate(cell: Negotiate) -> None:
    """A treaty the story's pair says it will negotiate is the pair's, planned."""
    assert failures(cell) == [], text_of(cell)


@pytest.mark.parametrize("cell", grid_params(GATHERING_CELLS, lambda c: c.id, known_gap))
def test_grid_adopted_gathering(cell: Gathering) -> None:
    """A declaration adopted at a summit one state hosted is the host's and its guests'."""
    assert failures(cell) == [], text_of(cell)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(NAMED_CELLS, NAMED_CHOICES, least=5)
    assert_every_value_sampled(NEGOTIATE_CELLS, NEGOTIATE_CHOICES, least=5)
    assert_every_value_sampled(GATHERING_CELLS, GATHERING_CHOICES, least=5)


if __name__ == "__main__":
    grids: list[tuple[list[Any], dict[str, list[Any]]]] = [
        (NAMED_CELLS, NAMED_CHOICES),
        (NEGOTIATE_CELLS, NEGOTIATE_CHOICES),
        (GATHERING_CELLS, GATHERING_CHOICES),
    ]
    total = bad_total = 0
    for cells, choices in grids:
        results = {c: failures(c) for c in cells}
        failed = {c: bool(r) for c, r in results.items()}
        for name, value, bad, count in failure_table(cells, choices, failed):
            label = getattr(value, "name", value)
            print(f"{name:10} {label!s:28} {bad:4d}/{count}")
        total += len(results)
        bad_total += sum(failed.values())
        for c, r in results.items():
            if r:
                print("\n" + c.id, r)
                print("  " + text_of(c))
    print(bad_total, "of", total, "fail")
