"""A grid of gatherings told by their host's hosting: the host the subject of its verb.

News often tells a summit or a conference only as what a state hosts, with the state told
before the gathering's word as the subject of its hosting: "Ghana hosted the summit on
refugees in March", "Peru will host the ministerial conference next month", "Kenya, which
hosted the security conference in March, will send troops", "They thanked Jordan for
hosting the forum last month", "They praised Norway's hosting of the summit". Every cell is
one short invented page built from independent choices: how the host is told (``FORMS``),
the gathering's word, an adjective before it, a body's name before it or none, a tail after
it, the host, the time (past or to come, matching the verb's tense). The builder computes
the records the page tells by spec/EXTRACTION.md section 2 (never by running the library):

- a gathering a state hosts is a ``conference`` whose countries are exactly the host ("a
  host state takes part when it hosts the event"), a body named before the word its
  ``organization``; ``held`` after "hosted", "for hosting", "'s hosting of" with a past
  time, ``planned`` after "will host", "is to host"; its date the time told after it,
  resolved against the publication day, Wednesday 10 June 2026;
- an offer or bid to host ("A has offered to host the summit") is left out of the grid: the
  written keys key the gathering offered as planned with the offering state (W848, W1277,
  W2355) and so does ``test_meetings_written84_table.py``, where the spec's "only proposed"
  would give none; the library keeps the keys' reading.

Before any change 143 of 300 cells failed (a sample with the two offer forms, since dropped;
146 of 300 once the two "its" forms were added and the sample drawn again: "praised A for
its hosting of", "thanked A for its leadership in hosting", 32 of their 55 cells, read with
no host or not at all): a gathering told with "the" and no body's name after its host's verb
("A hosted the conference in March", "A, which hosted the forum") was read as a bare
back-reference and dropped, and an offer or bid to host a named body's summit was read as a
planned one (the offer controls were dropped later, see above). After the fixes in
``meetings/_candidates.py`` (the host told as the subject of its verb,
``_HOST_TOLD_BEFORE``; by "its", the state named last before it, ``_ITS_HOSTING_BEFORE``) no
cell fails.
``test_named_summit_after_hosted_conference`` keeps the one interplay the fix exposed: a
conference a state will host, found now, must not swallow a named summit of another kind the
two leaders coordinate ahead of later (``meetings/_records.py``, ``other_gathering`` in
``meetings/_merge.py``). ``test_host_after_long_tail`` keeps a host clause told after a name
tail of two phrases ("the conference on food aid for the region, which A hosted in March"):
18 of 18 failed before ``_HOST_TOLD_AFTER`` read such a tail.
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
    Host("NOR", "Norway", "Oslo"),
]
# how the host is told: (the sentence with {h} the host and {g} the gathering, the tense)
FORMS = {
    "hosted": ("{h} hosted {g}.", "past"),
    "will-host": ("{h} will host {g}.", "future"),
    "is-to-host": ("{h} is to host {g}.", "future"),
    "which-hosted": ("{h}, which hosted {g}, will send troops to the mission.", "past"),
    "which-will-host": ("{h}, which will host {g}, has named a new envoy.", "future"),
    "thanked-for": ("The minister thanked {h} for hosting {g}.", "past"),
    "hosting-of": ("Officials praised {h}'s hosting of {g}.", "past"),
    "its-hosting": ("Officials praised {h} for its hosting of {g}.", "past"),
    "its-leadership": ("The envoy thanked {h} for its leadership in hosting {g}.", "past"),
}
WORDS = {
    "summit": "summit",
    "conference": "conference",
    "forum": "forum",
    "ministerial": "ministerial conference",
}
ADJECTIVES = {"none": "", "regional": "regional ", "international": "international "}
# a body named before the word: (text, its code as the key writes it)
BODIES = {"none": ("", None), "apec": ("APEC ", "APEC"), "ecowas": ("ECOWAS ", "ECOWAS")}
TAILS = {"none": "", "refugees": " on refugees", "security": " on maritime security"}
# the time: (text, ISO date, tense)
WHENS = {
    "in-march": ("in March", "2026-03", "past"),
    "last-month": ("last month", "2026-05", "past"),
    "march-3": ("on March 3", "2026-03-03", "past"),
    "in-november": ("in November", "2026-11", "future"),
    "next-month": ("next month", "2026-07", "future"),
    "in-2027": ("in 2027", "2027", "future"),
}
PLACES = ("none", "capital")

Want = tuple[str, str, tuple[str, ...], "str | None", "str | None"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    form: str
    word: str
    adjective: str
    body: str
    tail: str
    host: int
    when: str
    place: str

    def valid(self) -> bool:
        """Whether the time's tense fits the verb's."""
        tense = FORMS[self.form][1]
        if self.body != "none" and self.adjective != "none":
            return False  # ("the regional APEC summit" is no one's phrase)
        return WHENS[self.when][2] == tense

    def expected(self) -> list[Want]:
        """The records the page tells, by the spec."""
        status = "held" if FORMS[self.form][1] == "past" else "planned"
        host = HOSTS[self.host].code
        return [("conference", status, (host,), BODIES[self.body][1], WHENS[self.when][1])]

    def text(self) -> str:
        """The page."""
        host = HOSTS[self.host]
        place = f" in {host.capital}" if self.place == "capital" else ""
        gathering = (
            f"the {ADJECTIVES[self.adjective]}{BODIES[self.body][0]}{WORDS[self.word]}"
            f"{TAILS[self.tail]}{place} {WHENS[self.when][0]}"
        )
        return FORMS[self.form][0].format(h=host.name, g=gathering)


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "word": list(WORDS),
    "adjective": list(ADJECTIVES),
    "body": list(BODIES),
    "tail": list(TAILS),
    "host": list(range(len(HOSTS))),
    "when": list(WHENS),
    "place": list(PLACES),
}


def _sample(size: int, seed: int = 7120) -> list[Cell]:
    """A seeded sample of valid cells, every form meeting every value of each other choice."""
    rng = random.Random(seed)
    return list(sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="form", tries=600))


CELLS = _sample(300)


def read(cell: Cell) -> list[Want]:
    """The meetings the library reads from the cell's page."""
    found = extract_text(cell.text(), published=PUBLISHED).meetings
    return sorted(
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in found
    )


def passes(cell: Cell) -> bool:
    """Whether the page's meetings are exactly the cell's records."""
    return read(cell) == sorted(cell.expected())


#: The classes the library still misreads, by choice value: why.
LEFT: dict[tuple[str, str], str] = {}


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (``LEFT``)."""
    return by_value(LEFT)(cell)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its records."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_named_summit_after_hosted_conference() -> None:
    """A conference told by its host, then a named summit of another kind: two events."""
    text = (
        "President Ana Rojas of Chile welcomed Prime Minister Karl Lindqvist of Sweden to "
        "Santiago today. Both dwelt on clean energy and mining. Rojas said Chile will host a "
        "regional conference on water security in Valparaiso next week. Chilean sales to "
        "Sweden rose by a fifth last year. They also agreed to stay in touch in the run-up "
        "to the coming Summit of the Americas."
    )
    found = extract_text(text, published=PUBLISHED).meetings
    assert sorted(
        (m.kind.value, m.status.value, tuple(sorted(c.alpha_3 for c in m.countries))) for m in found
    ) == [
        ("conference", "planned", ("CHL",)),
        ("conference", "planned", ("CHL", "SWE")),
        ("meeting", "held", ("CHL", "SWE")),
    ]


# The host told after a name tail of two phrases ("the conference on food aid for the region,
# which A hosted in March"): (tail, host clause with {h}, its time, status, ISO date).
LONG_TAILS = ["on food aid for the region", "of donors for the flood victims"]
AFTER_CLAUSES = [
    (", which {h} hosted in March", "held", "2026-03"),
    (", hosted by {h} in March", "held", "2026-03"),
    (" that {h} will host in November", "planned", "2026-11"),
]


@pytest.mark.parametrize("host", HOSTS[:3], ids=lambda h: h.code)
@pytest.mark.parametrize("tail", LONG_TAILS)
@pytest.mark.parametrize(("clause", "status", "date"), AFTER_CLAUSES)
def test_host_after_long_tail(host: Host, tail: str, clause: str, status: str, date: str) -> None:
    """A host clause after a two-phrase name tail still tells the gathering and its host."""
    frame = "reviewed the outcome of" if status == "held" else "discussed preparations for"
    text = f"The ministers {frame} the conference {tail}{clause.format(h=host.name)}."
    found = extract_text(text, published=PUBLISHED).meetings
    assert [
        (m.kind.value, m.status.value, sorted(c.alpha_3 for c in m.countries), str(m.date))
        for m in found
    ] == [("conference", status, [host.code], date)], text


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
