"""A grid of gatherings told by the state that hosts them: recalled or to come (grid task).

Diplomatic news often names a gathering only as the thing a state hosts, inside a sentence
about something else: "They reviewed the outcome of last month's conference on refugees
hosted by Jordan in Amman", "He thanked Ghana for the summit that Accra hosted in March",
"The two ministers discussed preparations for the forum that Peru will host in Lima in
November". Every cell is one short invented page built from independent choices: the
gathering's word (``summit``, ``conference``, ``ministerial conference``, ``forum``), a short
name tail after it (none, "on refugees", "on climate finance"), how its host is told
(", hosted by A,", "hosted by A", "convened by A", "that A hosted", "which A will host",
"that A is to host"; before it: "A's hosting of", "the role A played as host of", "A, host
of"; and the controls below), the host by its name or by its capital, the
time (past: "in March", "last month", "on March 3"; to come: "in November", "next month",
"on October 8"), the sentence around it (reviewed the outcome, thanked the host, recalled,
discussed preparations, are drafting the agenda, will attend), and a phone call told before
it or not. The builder writes the text AND the records it tells, computed from the choices
by spec/EXTRACTION.md section 2 (never by running the library):

- a gathering hosted by a state is a ``conference`` (many states, the host among them: "a
  host state takes part when it hosts the event"), ``held`` when told in the past ("that A
  hosted", a past time), ``planned`` when to come ("will host", "is to host", or "will
  attend the summit hosted by A": a participle tells no time, the sentence does); its date
  is the time told, resolved against the publication day, Wednesday 10 June 2026; no
  organisation is named; its countries hold the host, and may hold the two states of the
  call told before (their officials may have been there: the scorer's overlap of half pairs
  either way);
- the call told before is a ``call`` of its two states, ``held``, on its day;
- controls that tell no gathering of states (the spec's "Not"): a ``national`` conference a
  state hosts (a domestic meeting), a press conference hosted by a ministry, and a summit a
  state only offered to host with no date set (a meeting only proposed).

A cell passes when the page's meetings pair one to one with the expected records: kind,
status and organisation equal, the countries holding every state that must be there and
none but those that may, dates equal at the coarser precision.

Before the fixes 215 of the 300 cells failed (every control passed): a gathering with no
body's name and one state was read as a domestic meeting or a bare back-reference ("the
summit") and dropped, though its host clause tells a gathering of states; and a time told
after the host's verb ("hosted in P in March", "will host in November") was not its date.
The candidate step now reads the host named right after a gathering's common-noun word
(``_host_told_after`` in ``meetings/_candidates.py``: 69 failed after it, all of the host
told before the word), then the host told just before it (``_host_told_before``: "A's
hosting of", "A, host of", "as host of"): 7 fail after both, all strict xfails of one class
(``known``): a participle host clause in a present-tense sentence with a bare month or day
to come.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from grid_cells import (
    assert_every_value_sampled,
    by_value,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import pairs

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


@dataclass(frozen=True)
class Host:
    """A hosting state: code, name, capital."""

    code: str
    name: str
    capital: str


HOSTS = [
    Host("KEN", "Kenya", "Nairobi"),
    Host("GHA", "Ghana", "Accra"),
    Host("PER", "Peru", "Lima"),
    Host("JOR", "Jordan", "Amman"),
    Host("UZB", "Uzbekistan", "Tashkent"),
]
# the two states of the call told before: (code, demonym, official)
CALLERS = [
    (
        ("NOR", "Norwegian", "Foreign Minister Eva Lunde"),
        ("CHL", "Chilean", "Foreign Minister Ana Rojas"),
    ),
    (
        ("IDN", "Indonesian", "Foreign Minister Budi Hartono"),
        ("CAN", "Canadian", "Foreign Minister Claire Dubois"),
    ),
]

WORDS = ["summit", "conference", "ministerial-conference", "forum"]
TAILS = {"none": "", "refugees": " on refugees", "climate": " on climate finance"}
# how the host is told: (text with {h} for the host, its tense: "any" for a participle, whose
# time the sentence tells); the controls tell no gathering
FORMS = {
    "hosted-by-commas": (", hosted by {h},", "any"),
    "hosted-by": (" hosted by {h}", "any"),
    "convened-by": (" convened by {h}", "any"),
    "that-hosted": (" that {h} hosted", "past"),
    "which-will-host": (" which {h} will host", "future"),
    "that-is-to-host": (" that {h} is to host", "future"),
    # the host told before the gathering's word (its tense the sentence's)
    "hosting-of": ("{h}'s hosting of ", "any"),
    "as-host-of": ("the role {h} played as host of ", "any"),
    "comma-host-of": ("{h}, host of ", "any"),
    "national": (" that {h} hosted", "past"),
    "press": (" hosted by {h}'s foreign ministry", "past"),
    "offered": (" that {h} has offered to host, though no date has been set", "none"),
}
CONTROLS = ("national", "press", "offered")
BEFORE = ("hosting-of", "as-host-of", "comma-host-of")
# the time: (text, ISO date, tense)
WHENS = {
    "in-march": ("in March", "2026-03", "past"),
    "last-month": ("last month", "2026-05", "past"),
    "march-3": ("on March 3", "2026-03-03", "past"),
    "in-november": ("in November", "2026-11", "future"),
    "next-month": ("next month", "2026-07", "future"),
    "october-8": ("on October 8", "2026-10-08", "future"),
}
FRAMES = ["reviewed", "thanked", "recalled", "preparations", "agenda", "attend"]
PAST_FRAMES = ("reviewed", "thanked", "recalled")
LEADS = ["none", "call"]
BY = ["name", "capital"]

# An expected record: (kind, status, must countries, may countries, date)
Want = tuple[str, str, frozenset[str], frozenset[str], "str | None"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    form: str
    word: str
    tail: str
    host: int
    by: str
    when: str
    frame: str
    lead: str
    pair: int

    def valid(self) -> bool:
        """Whether the time's tense fits the host form's, and the frame fits both."""
        tense = FORMS[self.form][1]
        if tense == "any":
            tense = WHENS[self.when][2]  # (a participle: the sentence's verb and time tell it)
        if tense != "none" and WHENS[self.when][2] != tense:
            return False
        if tense == "none" and self.when != "in-march":
            return False  # (an offer tells no time: the choice is at rest)
        if self.form == "press" and (self.word != "conference" or self.by != "name"):
            return False  # ("a press conference hosted by A's foreign ministry")
        if self.form == "national" and self.word not in ("conference", "forum"):
            return False
        if self.form in BEFORE and self.frame != {
            "hosting-of": self.frame if self.frame in ("reviewed", "preparations") else "",
            "as-host-of": "reviewed",
            "comma-host-of": "thanked",
        }.get(self.form, self.frame):
            return False  # (the frames each such phrase reads naturally in)
        # (a gathering gone is recalled, reviewed or thanked for; one to come is prepared)
        return (self.frame in PAST_FRAMES) == (tense == "past")

    # --- the records ------------------------------------------------------------------
    def expected(self) -> list[Want]:
        """The records the page tells, by the spec."""
        wants: list[Want] = []
        a, b = CALLERS[self.pair]
        if self.lead == "call":
            pair = frozenset({a[0], b[0]})
            wants.append(("call", "held", pair, pair, "2026-06-08"))
        if self.form in CONTROLS:
            return wants
        host = HOSTS[self.host].code
        status = "held" if WHENS[self.when][2] == "past" else "planned"
        may = frozenset({host, a[0], b[0]}) if self.lead == "call" else frozenset({host})
        wants.append(("conference", status, frozenset({host}), may, WHENS[self.when][1]))
        return wants

    # --- the text -----------------------------------------------------------------------
    def gathering(self) -> str:
        """The gathering's noun phrase with its host clause and time."""
        host = HOSTS[self.host]
        who = host.name if self.by == "name" else host.capital
        word = {"ministerial-conference": "ministerial conference"}.get(self.word, self.word)
        if self.form == "national":
            word = f"national {word} of teachers"
        if self.form == "press":
            word = "press conference"
        tail = "" if self.form in ("national", "press") else TAILS[self.tail]
        clause = FORMS[self.form][0].format(h=who)
        place = "" if self.by == "capital" else f" in {host.capital}"
        if self.form in BEFORE:
            return f"{clause}the {word}{tail}{place} {WHENS[self.when][0]}"
        when = "" if self.form == "offered" else f" {WHENS[self.when][0]}"
        if clause.endswith(","):
            return f"the {word}{tail}{clause}{place.lstrip()}{when}".replace(",in ", ", in ")
        return f"the {word}{tail}{clause}{place}{when}"

    def body_text(self) -> str:
        """The page's paragraph."""
        a, b = CALLERS[self.pair]
        sentences = []
        subject = "The two ministers" if self.lead == "call" else "Officials from the region"
        if self.lead == "call":
            sentences.append(
                f"{a[1]} {a[2]} spoke by phone with her {b[1]} counterpart {b[2]} on Monday."
            )
        thing = self.gathering()
        host = HOSTS[self.host]
        main = {
            "reviewed": f"{subject} reviewed the outcome of {thing}.",
            "thanked": f"{subject} thanked {host.name} for {thing}.",
            "recalled": f"{subject} recalled the pledges made at {thing}.",
            "preparations": f"{subject} also discussed preparations for {thing}.",
            "agenda": f"{subject} are drafting the agenda of {thing}.",
            "attend": f"{subject} will attend {thing}.",
        }[self.frame]
        if self.frame == "thanked" and self.by == "name":
            main = f"{subject} praised the work done at {thing}."
        if self.form in ("hosting-of", "as-host-of") and self.frame == "reviewed":
            main = f"{subject} praised {thing}."
        if self.form == "comma-host-of":
            main = f"{subject} thanked {thing}, for its work."
        sentences.append(main)
        return " ".join(sentences)

    def text(self) -> str:
        """The page."""
        return self.body_text()


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "word": list(WORDS),
    "tail": list(TAILS),
    "host": list(range(len(HOSTS))),
    "by": list(BY),
    "when": list(WHENS),
    "frame": list(FRAMES),
    "lead": list(LEADS),
    "pair": list(range(len(CALLERS))),
}


def _sample(size: int, seed: int = 6321) -> list[Cell]:
    """A seeded sample of valid cells, every host form meeting every value of each other choice."""
    rng = random.Random(seed)
    return list(sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="form", tries=600))


CELLS = _sample(300)

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


def _fits(got: Read, want: Want) -> bool:
    kind, status, must, may, date = want
    if (got[0], got[1], got[3]) != (kind, status, None):
        return False
    if not must <= set(got[2]) <= must | may:
        return False
    if date is None or got[4] is None:
        return got[4] == date
    n = min(len(date), len(got[4]))
    return got[4][:n] == date[:n]


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the cell's records."""
    return pairs(read(cell), cell.expected(), _fits)


#: The classes the library still misreads, by choice value: why.
LEFT: dict[tuple[str, str], str] = {}
PARTICIPLES = ("hosted-by-commas", "hosted-by", "convened-by")


def known(cell: Cell) -> str | None:
    """Why a cell is still misread: by choice value (``LEFT``), or by the class below."""
    if (
        cell.form in PARTICIPLES
        and cell.frame == "agenda"
        and cell.when in ("in-november", "october-8")
    ):
        return (
            'a participle ("convened by A") tells no time, and "are drafting the agenda" is '
            "the present, read as held: a bare month or day after it is then read as the last "
            "one gone, and nothing in the sentence tells otherwise but the sense of 'agenda'"
        )
    return by_value(LEFT)(cell)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its records."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:24} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(c.text(), c.expected(), read(c), sep="\n   ")
