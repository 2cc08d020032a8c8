"""A grid of counterparts: who a state's official meets decides whether there is a meeting.

Every cell is one invented sentence built from independent choices: the subject (an official by
demonym and title, a possessive "Chile's finance minister", a delegation led by one), the verb
and its status ("held talks with", "met", "ended two days of talks with", "will hold talks with",
"is due to meet"), where the place stands (none, "in London" before "with", "in London" after
the counterpart) and the counterpart. The builder writes the text AND the records it tells,
computed from the choices by spec/EXTRACTION.md section 2 (never by running the library):

- a counterpart that is no state and no intergovernmental body (creditor banks, a committee or
  group of them, companies' executives, business leaders, investors) makes **no meeting**:
  "meetings of a state with companies or banks" are not meetings, and the city the talks are
  held in makes its state no side of them;
- a state's officials (Treasury officials, a minister, central bankers: a central bank is a
  state's body) make a ``meeting`` of the two states;
- an intergovernmental body's officials make a ``meeting`` of the subject's state with the
  body as ``organization`` (its countries paired as the scorer pairs them: the city's state
  may stand beside the subject's);
- status: the past is ``held``; "will", "is due to" are ``planned``.

A cell passes when the sentence's meetings pair one to one with the expected ones
(``meeting_rows.fits_as_scored``).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

import pytest

from meeting_rows import ANY, H, M, P, Want, briefs_of, fits_as_scored, pairs

SUBJECTS = (
    "Chilean Finance Minister Hernan Lopez",
    "Chile's finance minister",
    "A Chilean delegation led by Finance Minister Hernan Lopez",
)
# (verb phrase with {before} for a place before "with" and {cp} for the counterpart, status)
VERBS = (
    ("held talks {before}with {cp}", H),
    ("met {cp}", H),
    ("ended two days of talks {before}with {cp}", H),
    ("will hold talks {before}with {cp}", P),
    ("is due to meet {cp}", P),
    ("resumed negotiations {before}with {cp}", H),
)
PLACES = ("none", "before", "after")


class Counterpart(NamedTuple):
    """A counterpart's words, and what it makes: no meeting, a state's side, or a body's."""

    words: str
    side: str  # "none", "state" or "body"
    organization: str | None = None


COUNTERPARTS = (
    Counterpart("its creditor banks", "none"),
    Counterpart("the steering committee of its creditor banks", "none"),
    Counterpart("a group of commercial banks", "none"),
    Counterpart("executives of foreign oil companies", "none"),
    Counterpart("British business leaders", "none"),
    Counterpart("foreign investors", "none"),
    Counterpart("a consortium of Japanese banks", "none"),
    Counterpart("the advisory committee of Chile's creditor banks", "none"),
    Counterpart("the chief executive of a British mining company", "none"),
    Counterpart("its bondholders", "none"),
    Counterpart("British Treasury officials", "state"),
    Counterpart("the British finance minister", "state"),
    Counterpart("British central bankers", "state"),
    Counterpart("officials of the International Monetary Fund", "body", "IMF"),
    Counterpart("World Bank President John Lee", "body", "World Bank"),
    Counterpart("British Treasury officials and its creditor banks", "state"),
)


class Cell(NamedTuple):
    """One sentence's choices."""

    subject: str
    verb: tuple[str, str]
    place: str
    counterpart: Counterpart

    @property
    def text(self) -> str:
        """The sentence: subject, verb, counterpart, place where chosen, a weekday."""
        phrase, _ = self.verb
        before = "in London " if self.place == "before" and "{before}" in phrase else ""
        after = " in London" if self.place == "after" else ""
        verb = phrase.format(before=before, cp=self.counterpart.words)
        return f"{self.subject} {verb}{after} on Monday."

    @property
    def expected(self) -> list[Want]:
        """The meetings the counterpart makes, computed from the choices."""
        status = self.verb[1]
        if self.counterpart.side == "none":
            return []
        if self.counterpart.side == "state":
            return [(M, status, ["CHL", "GBR"], ANY, ANY)]
        return [(M, status, ["CHL"], self.counterpart.organization, ANY)]

    @property
    def name(self) -> str:
        """A short test id from the choices."""
        words = self.counterpart.words.split()
        return "-".join(
            [
                str(SUBJECTS.index(self.subject)),
                self.verb[0].split()[0],
                self.place,
                words[0] + "-" + words[-1],
            ]
        )


CELLS = [
    Cell(*choice)
    for choice in itertools.product(SUBJECTS, VERBS, PLACES, COUNTERPARTS)
    # a place before "with" only where the verb has a "with"
    if not (choice[2] == "before" and "{before}" not in choice[1][0])
]


def passes(cell: Cell) -> bool:
    """Whether the cell's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text), cell.expected, fits_as_scored)


@pytest.mark.parametrize("cell", CELLS, ids=[c.name for c in CELLS])
def test_grid_counterparts(cell: Cell) -> None:
    """Each sentence gives exactly the meetings its counterpart makes."""
    assert passes(cell), (cell.text, briefs_of(cell.text), cell.expected)


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failing = [c for c in CELLS if not passes(c)]
    for c in failing:
        print(c.name, "|", c.text, "|", briefs_of(c.text))
    print(f"{len(failing)} of {len(CELLS)} cells fail")
