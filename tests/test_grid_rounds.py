"""A grid of rounds: rounds of talks, negotiations, consultations and dialogues (grid task).

Every cell is one short invented page that tells a round, built from independent
choices: the round's name (an ordinal round of political consultations, of talks, of
negotiations on a free trade agreement, of a named "A-B Strategic Dialogue", of a format's
talks, of an "A-B intergovernmental commission"), its sides (two states named, their
foreign ministries, "the two sides" after a lead that names them, a body and a state, a
format alone), its status and tense ("was held", "ended", "opened", "will be held", "is due
to open", "agreed to hold the next round"), its place (a side's capital, a third state's
city, a third state's city "under the auspices of" a body, none), its date form (a day, a
month, "last month" / "next month", "earlier this year" / "later this year", none), the
page's frame (a wire with a dateline, a crawled page with a headline, a White House
readout) and the pair of states. The builder writes the text AND the records it tells,
computed from the choices by spec/EXTRACTION.md section 2 (never by running the library):

- a round between states (consultations, talks, negotiations, a named dialogue, a bilateral
  commission) is one ``meeting``; a round between a body and a state is a ``meeting`` of
  that state; a round of a format is a ``conference`` of the format (``organization``);
- status: the past tense ("was held", "ended", "opened") is ``held``; "will be held", "is
  due to open" and "agreed to hold" are ``planned``; date: resolved against the
  publication day, Wednesday 15 May 2024 (a date form left out leaves it to the scorer);
- countries: the two states the text names or refers to ("the two sides" after a lead that
  names them; the state of its ministry); a body is no state; a host state takes part when
  it hosts: a side's capital adds nothing new, a format's member whose capital hosts the
  round takes part;
- the lead of a "two sides" cell (a phone call between their officials on Monday) is a
  record of its own, a ``call``.

Where the spec does not decide, the owners' keys of the read sets decide (meeting records
of /work/shared/gold/dev.jsonl, crawled-dev.jsonl, tests/holdout/written/key.jsonl W1-W1920
and tests/pages/read/key.jsonl whose evidence says "round"; 167 records, counted by hand
from their evidence):

- the city of a third state where a round is held (no word saying that state hosts it)
  does not make it a side: none of the 11 keyed rounds held or planned in a third state's
  city (Geneva, Almaty, Vienna, ...) counts that state, bilateral or multilateral, with or
  without a body's auspices; a state said to host a round ("Qatar's role in hosting",
  "hosted by Turkey") is a side in all 5 such records. The cells' third city is never
  told as hosting, so its state is no side;
- "the next round" that sides "agreed to hold" / "decided to hold" / "will convene" is one
  planned record of its own in all 34 keyed cases, with the place and date told;
- a named dialogue's round ("the next round of the A-B Strategic Dialogue") is a
  ``meeting`` of the two states in all 31 keyed records; a format's round is a
  ``conference`` of the format in 2 of 2 (the "Astana format" and a body's dialogue with a
  state), a trilateral format of three named states a ``meeting`` (1): the cells' format
  names no state, so it is a conference whose organisation is the format (or, under a
  body's auspices, that body: the one keyed round "under the auspices of" a body has the
  body);
- a round between a body and a state (the EU and Morocco, the European Commission and
  Poland, ...) is a ``meeting`` of the state with the body as organisation in 8 of 9 keyed
  records (one adds the body's seat's state: the scorer's overlap of half pairs both);
- left out: a body's named dialogue with a state ("the EU-A Strategic Dialogue"): its one
  keyed round (a body's dialogue with a state, its members listed) is a conference, while
  the body's rounds of talks with a state are meetings (8 of 9): no cell tells one;
- left out: a recalled count of rounds ("failed in three rounds of talks", "negotiated
  over three rounds"): the keys contradict themselves (one keyed as a held conference with
  no date, one as no record; two "held two rounds of talks" during a visit are the visit),
  so no cell tells one.

A cell passes when the page's meetings pair one to one with the expected records: same
kind and status, the countries exactly one of the sets the cell allows, the organisation
one the cell allows where the countries are empty, dates compatible as the scorer pairs
them.

The classes the grid showed the library misread (232 of the first 420 cells) are rows of
``ROWS`` below, with sentences of their own:

- ``round-venue-no-side``: "The fifth round of consultations between A and B was held in
  P": a round between two sides (two states, a body and a state, "the two sides", "their
  Dialogue") held in a third state's city: the city's state is its venue, not a side;
- ``round-pact-sides``: "the second round of negotiations on a free trade agreement between
  A and B ended": the pact's parties are the round's sides (it was dropped for want of any);
- ``round-of-a-dialogue``: "The third round of the A-B Strategic Dialogue ended in P", "the
  third round of their Strategic Dialogue": a sitting of the dialogue, whatever its verb;
- ``round-under-auspices``: "... between A and B was held in P under the auspices of the
  UN": the body eases the round: it is neither the round's organisation (no conference of
  it) nor a side, nor is the venue's state;
- ``round-of-a-format``: "the third round of the Astana format talks": a ``conference`` of
  the format named by a place or its sides' count.

Left as strict xfails (25 of the 420 cells): a format's round in a third state's city (its
state read as a side: with no roster of the format a venue abroad and a member hosting are
alike); a held round of "their" dialogue or commission with no day of its own, told after
the pair's call, merged into the call.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.models import Meeting
from diplonews.readers import parse_crawled_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


@dataclass(frozen=True)
class Pair:
    """Two states of a round, and a third state's city (a venue of neither) and code."""

    a: State
    b: State
    third_city: str
    third_code: str


PAIRS: list[Pair] = [
    Pair(
        State(
            "AZE", "Azerbaijan", "Azerbaijani", "Baku", "Deputy Foreign Minister", "Ruslan Qasimli"
        ),
        State("HUN", "Hungary", "Hungarian", "Budapest", "State Secretary", "Bence Halasz"),
        "Vienna",
        "AUT",
    ),
    Pair(
        State("KAZ", "Kazakhstan", "Kazakh", "Astana", "Foreign Minister", "Nurlan Abenov"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Foreign Minister", "Tran Quoc Hai"),
        "Geneva",
        "CHE",
    ),
    Pair(
        State(
            "UZB", "Uzbekistan", "Uzbek", "Tashkent", "Foreign Minister", "Dilnoza Karimova", "she"
        ),
        State("GHA", "Ghana", "Ghanaian", "Accra", "Foreign Minister", "Kofi Boateng"),
        "Doha",
        "QAT",
    ),
    Pair(
        State(
            "KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Deputy Foreign Minister", "Aibek Toktorov"
        ),
        State("PRT", "Portugal", "Portuguese", "Lisbon", "Secretary of State", "Rui Costa"),
        "Oslo",
        "NOR",
    ),
]

# the format of the format cells: its name, a member's capital that may host it, its code
FORMAT = ("the 3+3 format", "Baku", "AZE")
FORMAT_ORGS = frozenset({"3+3", "3+3 format"})
AUSPICES_ORG = frozenset({"UN", "United Nations"})

# name -> (words after "round of", names its sides itself?)
NAMES: dict[str, tuple[str, bool]] = {
    "consultations": ("political consultations", False),
    "talks": ("talks", False),
    "negotiations": ("negotiations on a free trade agreement", False),
    "dialogue": ("{AB} Strategic Dialogue", True),
    "format": ("{F} talks", True),
    "commission": ("{AB} intergovernmental commission", True),
}
SIDES = ["states", "ministries", "two-sides", "body-state", "format"]
# status -> held?
STATUSES: dict[str, bool] = {
    "was-held": True,
    "ended": True,
    "opened": True,
    "will-be-held": False,
    "due-to-open": False,
    "agreed-next": False,
}
PLACES = ["side-capital", "third-city", "auspices", "none"]
# date form -> (held text, held date, planned text, planned date)
DATES: dict[str, tuple[str, str | None, str, str | None]] = {
    "day": ("on 3 May", "2024-05-03", "on 23 May", "2024-05-23"),
    "month": ("in March", "2024-03", "in September", "2024-09"),
    "next-month": ("last month", "2024-04", "next month", "2024-06"),
    "this-year": ("earlier this year", "2024", "later this year", "2024"),
    "none": ("", None, "", None),
}
FRAMES = ["wire", "crawl-headline", "readout"]

# An expected record: (kind, status, allowed country sets, allowed organisations when the
# countries are empty (None: any), date or None)
Want = tuple[str, str, tuple[frozenset[str], ...], "frozenset[str] | None", "str | None"]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    name: str
    sides: str
    status: str
    place: str
    date: str
    frame: str
    pair: int

    def valid(self) -> bool:
        """Whether the choices make one sensible page."""
        if (self.name == "format") != (self.sides == "format"):
            return False  # a format names its sides itself, and only a format is one
        if self.sides == "ministries":
            return self.name in ("consultations", "talks")
        if self.sides == "body-state":
            # (a body's dialogue with a state: the keys contradict themselves, see above)
            return self.name in ("consultations", "talks", "negotiations")
        return True

    # --- the records the cell tells ---------------------------------------------------
    def _held(self) -> bool:
        return STATUSES[self.status]

    def _date(self) -> str | None:
        held_text, held_iso, planned_text, planned_iso = DATES[self.date]
        del held_text, planned_text
        return held_iso if self._held() else planned_iso

    def expected(self) -> list[Want]:
        """The round, and the lead's call when the sides are "the two sides"."""
        pair = PAIRS[self.pair]
        a, b = pair.a, pair.b
        status = "held" if self._held() else "planned"
        wants: list[Want] = []
        if self.sides == "two-sides":
            wants.append(("call", "held", (frozenset({a.code, b.code}),), None, "2024-05-13"))
        if self.sides == "format":
            host = frozenset({FORMAT[2]}) if self.place == "side-capital" else frozenset()
            orgs = FORMAT_ORGS | (AUSPICES_ORG if self.place == "auspices" else frozenset())
            wants.append(("conference", status, (host,), orgs, self._date()))
        elif self.sides == "body-state":
            # the body's seat is no state of the text; a state the key adds for it pairs too
            wants.append(("meeting", status, (frozenset({a.code}),), None, self._date()))
        else:
            wants.append(("meeting", status, (frozenset({a.code, b.code}),), None, self._date()))
        return wants

    # --- the text -----------------------------------------------------------------------
    def _round(self, ordinal: str) -> str:
        """The round's noun phrase: "the third round of ..." ("the next round" to agree)."""
        pair = PAIRS[self.pair]
        a, b = pair.a, pair.b
        words, named = NAMES[self.name]
        if self.sides == "body-state":
            ab = f"EU-{a.name}"
        elif self.sides == "two-sides":
            ab = "their"
        else:
            ab = f"{a.name}-{b.name}"
        if named:
            words = words.format(AB=ab, F=FORMAT[0].removeprefix("the "))
            article = "" if ab == "their" and self.name != "format" else "the "
            return f"the {ordinal} round of {article}{words}"
        between = {
            "states": f"between {a.name} and {b.name}",
            "ministries": f"between the foreign ministries of {a.name} and {b.name}",
            "two-sides": "between the two sides",
            "body-state": f"between the European Union and {a.name}",
        }[self.sides]
        return f"the {ordinal} round of {words} {between}"

    def _where(self) -> str:
        pair = PAIRS[self.pair]
        if self.place == "none":
            return ""
        if self.place == "side-capital":
            if self.sides == "format":
                return f" in {FORMAT[1]}"
            if self.sides == "body-state":
                return f" in {pair.a.capital}"
            return f" in {pair.b.capital}"
        if self.place == "third-city":
            return f" in {pair.third_city}"
        return f" in {pair.third_city} under the auspices of the United Nations"

    def _subject(self) -> str:
        """Who agrees to hold the next round."""
        pair = PAIRS[self.pair]
        return {
            "states": f"{pair.a.name} and {pair.b.name}",
            "ministries": f"The foreign ministries of {pair.a.name} and {pair.b.name}",
            "two-sides": "The two sides",
            "body-state": f"The European Union and {pair.a.name}",
            "format": "The participating states",
        }[self.sides]

    def sentence(self) -> str:
        """The round's sentence."""
        held_text, _, planned_text, _ = DATES[self.date]
        when = held_text if self._held() else planned_text
        when = f" {when}" if when else ""
        where = self._where()
        if self.status == "agreed-next":
            return f"{self._subject()} agreed to hold {self._round('next')}{where}{when}."
        verb = {
            "was-held": "was held",
            "ended": "ended",
            "opened": "opened",
            "will-be-held": "will be held",
            "due-to-open": "is due to open",
        }[self.status]
        head = self._round("third")
        return f"{head[0].upper()}{head[1:]} {verb}{where}{when}."

    def body(self) -> str:
        """The page's paragraph(s): the lead (for "the two sides"), the round, a close."""
        pair = PAIRS[self.pair]
        a, b = pair.a, pair.b
        sentences = []
        if self.sides == "two-sides":
            sentences.append(
                f"{a.demonym} {a.title} {a.person} held a phone conversation with "
                f"{b.demonym} {b.title} {b.person} on Monday."
            )
        sentences.append(self.sentence())
        sentences.append("The agenda covers trade, transport and energy links.")
        return " ".join(sentences)

    def text(self) -> str:
        """The page: a wire's dateline, a crawled page's headline or a readout's heading."""
        pair = PAIRS[self.pair]
        if self.frame == "wire":
            return f"{pair.a.capital.upper()}, May 15 (Reuters) - {self.body()}"
        if self.frame == "readout":
            return (
                "Readout of the Deputy Secretary's Engagements\n\n"
                f"The United States welcomes the news. {self.body()}"
            )
        headline = (
            "Regional talks to continue"
            if self.sides == "format"
            else f"{pair.a.name} and {pair.b.name} review cooperation"
        )
        return f" date 2024-05-15 {headline}\n\n{self.body()}\n---\n"


CHOICES: dict[str, list[object]] = {
    "name": list(NAMES),
    "sides": list(SIDES),
    "status": list(STATUSES),
    "place": list(PLACES),
    "date": list(DATES),
    "frame": list(FRAMES),
    "pair": list(range(len(PAIRS))),
}


def _sample(size: int, seed: int = 23) -> list[Cell]:
    """A seeded sample of valid cells, every name meeting every value of every choice."""
    rng = random.Random(seed)
    cells = sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="name", tries=200)
    return list(cells)


CELLS = _sample(420)


def _meetings(cell: Cell) -> tuple[Meeting, ...]:
    text = cell.text()
    if cell.frame == "crawl-headline":
        article = next(iter(parse_crawled_text(text)))
        return tuple(extract_meetings(article))
    return extract_text(text, published=PUBLISHED).meetings


Read = tuple[str, str, frozenset[str], "str | None", "str | None"]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    return [
        (
            m.kind.value,
            m.status.value,
            frozenset(c.alpha_3 for c in m.countries),
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in _meetings(cell)
    ]


def _fits(got: Read, want: Want) -> bool:
    """Whether a read record agrees with an expected one."""
    kind, status, sets, orgs, date = want
    g_kind, g_status, g_countries, g_org, g_date = got
    if (g_kind, g_status) != (kind, status) or g_countries not in sets:
        return False
    if not g_countries and orgs is not None and g_org not in orgs:
        return False
    if date is None or g_date is None:
        return True
    n = min(len(date), len(g_date))
    return date[:n] == g_date[:n]


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the cell's records."""
    got, wants = read(cell), cell.expected()
    if len(got) != len(wants):
        return False
    if len(got) == 1:
        return _fits(got[0], wants[0])
    return (_fits(got[0], wants[0]) and _fits(got[1], wants[1])) or (
        _fits(got[0], wants[1]) and _fits(got[1], wants[0])
    )


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by choice values), or None."""
    if cell.name == "format" and cell.place in ("third-city", "auspices"):
        # "The third round of the 3+3 format talks ended in Vienna": the city's state is read
        # as taking part; with no roster of the format the library cannot tell a venue abroad
        # from a member hosting it (the keys count a member's capital, never a venue abroad)
        return "format's round in a third state's city: the city's state read as a side"
    held = cell.status in ("was-held", "ended", "opened")
    if (
        cell.sides == "two-sides"
        and held
        and (
            (cell.name == "dialogue" and cell.date in ("none", "this-year"))
            or (cell.name == "commission" and cell.date == "none" and cell.place == "none")
        )
    ):
        # "X held a phone conversation with Y on Monday. The third round of their Strategic
        # Dialogue ended earlier this year.": a held round of the pair's dialogue with no day
        # of its own is merged into the call told before it (same sides, dates compatible)
        return "held round of 'their' dialogue or commission with no day: merged into the call"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its round (and the lead's call)."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:10} {value!s:16} {bad:4d}/{total}")
    print(sum(failed.values()), "/", len(CELLS))


# --- classes fixed from the grid, each with rows of its own (invented sentences) ---------
# (class, publication day, paragraph, its meetings as (kind, status, countries, date)); the
# countries must be exactly those (the scorer's overlap of half would hide a venue's state)
Row = tuple[str, str, str, list[tuple[str, str, tuple[str, ...], "str | None"]]]
ROWS: list[Row] = [
    # round-venue-no-side: a round between two sides held in a third state's city: the city's
    # state is where it sits, not a side
    (
        "round-venue-no-side",
        "2025-04-10",
        "The fifth round of political consultations between Chile and Indonesia was held in "
        "Madrid on 2 April.",
        [("meeting", "held", ("CHL", "IDN"), "2025-04-02")],
    ),
    (
        "round-venue-no-side",
        "2025-04-10",
        "The next round of talks between the European Union and Tunisia will take place in Rome "
        "in June.",
        [("meeting", "planned", ("TUN",), "2025-06")],
    ),
    (
        "round-venue-no-side",
        "2025-04-10",
        "The seventh round of talks between Sudan and South Sudan ended in Geneva on 4 April.",
        [("meeting", "held", ("SDN", "SSD"), "2025-04-04")],
    ),
    # round-pact-sides: a round of negotiations on a pact between A and B: A and B are the
    # round's sides (the pact's parties negotiate it)
    (
        "round-pact-sides",
        "2025-04-10",
        "The second round of negotiations on a free trade agreement between Peru and Thailand "
        "ended in Lima on 4 March.",
        [("meeting", "held", ("PER", "THA"), "2025-03-04")],
    ),
    (
        "round-pact-sides",
        "2025-04-10",
        "The first round of talks on a transit agreement between Mongolia and Nepal is due to "
        "open in Kathmandu next month.",
        [("meeting", "planned", ("MNG", "NPL"), "2025-05")],
    ),
    # round-of-a-dialogue: "The fourth round of the A-B Strategic Dialogue ended", "the second
    # round of their Political Dialogue": a sitting of the named dialogue, whatever its verb
    (
        "round-of-a-dialogue",
        "2025-04-10",
        "The fourth round of the Chile-Morocco Strategic Dialogue ended in Rabat on 8 April.",
        [("meeting", "held", ("CHL", "MAR"), "2025-04-08")],
    ),
    (
        "round-of-a-dialogue",
        "2025-04-10",
        "Moroccan Foreign Minister Karim Alaoui held a phone conversation with Chilean Foreign "
        "Minister Ana Rojas on Monday. The second round of their Political Dialogue ended in "
        "Santiago on 2 March.",
        [
            ("call", "held", ("CHL", "MAR"), "2025-04-07"),
            ("meeting", "held", ("CHL", "MAR"), "2025-03-02"),
        ],
    ),
    # round-under-auspices: a body a round between two sides sits under ("under the auspices
    # of the UN") eases it: the round is no session of that body, and neither the body nor the
    # venue's state is a side
    (
        "round-under-auspices",
        "2025-04-10",
        "The fourth round of talks between Ecuador and Kenya was held in Vienna under the "
        "auspices of the United Nations on 3 April.",
        [("meeting", "held", ("ECU", "KEN"), "2025-04-03")],
    ),
    (
        "round-under-auspices",
        "2025-04-10",
        "The next round of the Ecuador-Kenya joint commission will be held in Geneva under the "
        "auspices of the UN in June.",
        [("meeting", "planned", ("ECU", "KEN"), "2025-06")],
    ),
    (
        "round-under-auspices",
        "2025-04-10",
        "Chilean Foreign Minister Ana Rojas spoke by phone with her Moroccan counterpart Karim "
        "Alaoui on Monday. The next round of political consultations between the two sides will "
        "open in Geneva under the auspices of the UN in June.",
        [
            ("call", "held", ("CHL", "MAR"), "2025-04-07"),
            ("meeting", "planned", ("CHL", "MAR"), "2025-06"),
        ],
    ),
    # round-of-a-format: "the second round of the Caspian format talks": a sitting of the
    # format, a conference whose organisation is the format (its host city's state takes part)
    (
        "round-of-a-format",
        "2025-04-10",
        "The second round of the Caspian format talks will be held on 12 June.",
        [("conference", "planned", (), "2025-06-12")],
    ),
    (
        "round-of-a-format",
        "2025-04-10",
        "A new round of the Astana format talks on Syria opened in Astana on 3 April.",
        [("conference", "held", ("KAZ",), "2025-04-03")],
    ),
]


@pytest.mark.parametrize(
    ("cls", "day", "text", "expected"),
    [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(ROWS)],
)
def test_grid_class_rows(
    cls: str, day: str, text: str, expected: list[tuple[str, str, tuple[str, ...], str | None]]
) -> None:
    """Each class fixed from the grid reads its invented rows, the countries exactly."""
    found = extract_text(text, published=dt.date.fromisoformat(day)).meetings
    got = sorted(
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            str(m.date) if m.date else None,
        )
        for m in found
    )
    assert got == sorted(expected), (cls, text)
