"""A grid of headline-told states: what the headline and the dateline give a body of titles.

Pages of the region's outlets often name the states only in the headline or the dateline
and then use titles: "Azerbaijani, Hungarian FMs discuss energy ties" over "The foreign
ministers held talks on May 14", a dateline "TASHKENT, May 15 --" before "The
President received the visiting foreign minister of Oman", "Its exports to Oman" where
"its" can only be the headline's state. Every cell is a short invented page built from
independent choices:

- where the hidden states are told (``told``): the headline by name, by demonym, by
  capital; the dateline's city only; the lead paragraph;
- how the body refers to them (``ref``): two states at once, "the foreign ministers" and
  "the two sides" (the headline or the lead names both); one state, the other named in the
  body: "the President", "its", "the country", "the visiting foreign minister of B" (the
  President's state the host);
- the record: talks, a visit, a phone call, a memorandum signed, a trade figure for 2023;
- a competing state in the body: none, an object in a sentence before the record's ("The
  region has also drawn investors from C"), or one in passing after it ("Transit routes
  through C were also on the agenda");
- the page's frame: a crawled page whose header line holds the headline (shape 7 of
  CRAWL_FORMAT.md), a crawled page whose header line holds the site's timestamp and the
  headline stands alone below it, a wire article with a title and a "CITY, May 15
  (Reuters) -" dateline (the hidden state's capital).

The records a cell must give are computed from the choices by spec/EXTRACTION.md
sections 2-4, never by running the library: the states the text "names or clearly refers
to as taking part" are the headline's and the dateline's as much as the body's ("the two
countries" after a headline naming both is the spec's own example of a clear reference);
"the President" on a page told from one state is that state's; the dateline's city is the
host of "the visiting minister". Talks are a held ``meeting``, a visit a held ``visit``,
the call a held ``call`` (all of both states, on 2024-05-14), the memorandum a signed
``memorandum`` of both on that day, "trade between the two sides" or "trade with B" the
pair's turnover and "its exports to B" the hidden state's export, $2.43 billion in 2023.
A competing state named as an object or in passing is no side. A cell passes when the
page's meetings, agreements and trade records are exactly the expected ones (meetings
and agreements by kind, status, sorted states and date; trade records as the scorer pairs
them, ``tests/trade_rows.py``).

Where the spec leaves it open (is a state the headline or the dateline alone tells a
side of the body's events?), the owners' keys decide. Over the read sets (dev,
crawled-dev, written W1-W1920, pages/read), ``extract_country_mentions`` and
``headline_mentions`` find 7 pages whose headline or dateline names a state the body
after the dateline does not name, with key records that have states. In 4 the key puts
that state in a record, 7 meetings and 1 agreement: a trilateral readout whose headline
alone names the United States, the body giving its official by title only (3 meetings); a
page whose headline and dateline alone name the host state of a speaker's talks (2
meetings and the road map signed); 2 gatherings held "here" in the dateline's city, its
state among their sides. One key leaves it out: an organisation's session in the city
the headline and dateline name (a gathering, which this grid does not build). In the
other 2 the reading is wrong (a headline in capitals' "CAR", a capital standing for a
former state). No key's trade record holds a state told only by a headline or a
dateline, and none leaves one out of a figure it completes: the spec's "the reporter and
partner come from the context" decides those.

The classes the grid showed the library misread, and fixed:

- ``titled-official``: a meeting, call or visit whose acting side is an official told by
  title alone ("The President held talks with the Foreign Minister of B", "Its foreign
  minister visited B's capital", "The country's foreign minister held a phone
  conversation with ...") had one side, and no record: the official is of the story's
  other state, the one the headline names, else the dateline's city's, else the one
  state of the lead sentence (``diplonews.meetings._finish.lone_events``), and so is the
  official of a descriptor ("The Baltic state's foreign minister"); the reception of "the
  visiting foreign minister of B on May 14" also lost its day to "visiting";
- ``headline-pair``: "trade between the two sides" (or "the two countries") in a sentence
  naming no state, under a headline naming two states, was the trade of a state the
  paragraph names in passing: it is the headline's two when the paragraph names neither;
- ``titled-signer``: "The President signed a memorandum ... with the President of B",
  "Its memorandum ... with B was signed", "The country signed ..." had B alone as a
  party: the signer is of the story's state (headline, dateline, lead), before another
  state the story names in passing;
- ``headline-state``: "The President noted that trade with B reached X" under a headline
  naming A alone gave no figure: the one state a headline names is the story's state when
  the body names it or names other states only as partners (as a dateline's already was);
- ``lead-pair``: "the two sides" two sentences after the lead's "A and B ...", a third
  state named as an object in the sentence between ("investors from C"), took C: the two
  states the lead names together as its subject are the sides when the text names no
  other state after them but as an object (tests/test_grid_trade_sides.py).

The cells are a seeded sample of the grid: each reference form meets every value of
every other choice; ``test_every_value_is_sampled`` keeps it so. The cells left are strict
xfails, by the reason ``LEFT`` gives their ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from diplonews import extract
from diplonews.models import Article
from diplonews.readers import parse_crawled_text
from grid_cells import (
    State,
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from grid_records import Records, read
from trade_rows import Row, scored

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday: "on May 14" is the day before
DAY = "2024-05-14"
VALUE = 2_430_000_000

# The hidden state (A), the other side (B) and a competing state (name, code).
STATES: list[tuple[State, State, tuple[str, str]]] = [
    (
        State("UZB", "Uzbekistan", "Uzbek", "Tashkent", "President", ""),
        State("OMN", "Oman", "Omani", "Muscat", "Foreign Minister", ""),
        ("Latvia", "LVA"),
    ),
    (
        State("AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", ""),
        State("HUN", "Hungary", "Hungarian", "Budapest", "Foreign Minister", ""),
        ("Egypt", "EGY"),
    ),
    (
        State("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "President", ""),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "Foreign Minister", ""),
        ("Brazil", "BRA"),
    ),
    (
        State("PAK", "Pakistan", "Pakistani", "Islamabad", "President", ""),
        State("NOR", "Norway", "Norwegian", "Oslo", "Foreign Minister", ""),
        ("Mexico", "MEX"),
    ),
]

TOLD = ["hl-name", "hl-demonym", "hl-capital", "dateline", "lead"]
BOTH = ["ministers", "two-sides"]  # the body refers to both states at once
ONE = ["president", "its", "the-country", "visiting"]  # to the hidden one; B is named
REFS = [*BOTH, *ONE]
RECORDS = ["talks", "visit", "call", "agreement", "trade"]
COMPETITORS = ["none", "object", "passing"]
FRAMES = ["crawled", "below", "wire"]


@dataclasses.dataclass(frozen=True)
class Cell:
    """One value of every choice."""

    ref: str
    told: str
    record: str
    competitor: str
    frame: str
    state: int

    def valid(self) -> bool:
        """Whether the cell is a page news writes (and one whose records the spec decides)."""
        if self.ref in BOTH:
            # two states told at once: a headline or a lead names both; no visit of "both"
            return self.told != "dateline" and self.record != "visit"
        if self.ref == "visiting":
            return self.record == "talks"  # the host received the visiting minister
        if self.ref in ("its", "the-country"):
            # a possessive or "the country" needs a state named before it: a headline
            # naming the state (not a demonym's "Uzbek President") or the lead
            return self.told in ("hl-name", "hl-capital", "lead")
        return True

    # --- the page -------------------------------------------------------------------

    def _sentence(self) -> str:
        """The record's sentence, the hidden state(s) referred to by title or pronoun."""
        _, b, _ = STATES[self.state]
        day = "on May 14"
        if self.ref in BOTH:
            subject = "The foreign ministers" if self.ref == "ministers" else "The two sides"
            return {
                "talks": f"{subject} held talks {day} on energy and transport links.",
                "call": f"{subject} held a phone conversation {day}.",
                "agreement": (
                    f"{subject} signed a memorandum of understanding on energy cooperation {day}."
                ),
                "trade": (
                    "The foreign ministers noted that trade between the two countries reached "
                    "$2.43 billion in 2023."
                    if self.ref == "ministers"
                    else "Trade between the two sides reached $2.43 billion in 2023."
                ),
            }[self.record]
        if self.ref == "visiting":
            return f"The President received the visiting foreign minister of {b.name} {day}."
        if self.ref == "president":
            return {
                "talks": f"The President held talks with the Foreign Minister of {b.name} {day}.",
                "visit": f"The President paid an official visit to {b.name} {day}.",
                "call": (
                    f"The President held a phone conversation with the President of {b.name} {day}."
                ),
                "agreement": (
                    "The President signed a memorandum of understanding on energy cooperation "
                    f"with the President of {b.name} {day}."
                ),
                "trade": (
                    f"The President noted that trade with {b.name} reached $2.43 billion in 2023."
                ),
            }[self.record]
        owner = "Its" if self.ref == "its" else "The country's"
        return {
            "talks": (
                f"{owner} foreign minister held talks with the Foreign Minister of {b.name} {day}."
            ),
            "visit": (
                f"{owner} foreign minister visited {b.capital} {day} for talks with "
                f"{b.demonym} officials."
            ),
            "call": (
                f"{owner} foreign minister held a phone conversation with the Foreign Minister "
                f"of {b.name} {day}."
            ),
            "agreement": (
                f"{owner} memorandum of understanding on energy cooperation with {b.name} was "
                f"signed {day}."
            ),
            "trade": f"{owner} exports to {b.name} reached $2.43 billion in 2023.",
        }[self.record]

    def headline(self) -> str:
        """The page's headline: the hidden states by name, demonym or capital, or none."""
        a, b, _ = STATES[self.state]
        if self.ref in BOTH:
            return {
                "hl-name": f"{a.name}, {b.name} discuss energy ties",
                "hl-demonym": f"{a.demonym}, {b.demonym} FMs discuss energy ties",
                "hl-capital": f"{a.capital}, {b.capital} discuss energy ties",
            }.get(self.told, "Energy ties in focus")
        return {
            "hl-name": f"{a.name} steps up regional diplomacy",
            "hl-demonym": f"{a.demonym} President steps up regional diplomacy",
            "hl-capital": f"{a.capital} steps up regional diplomacy",
        }.get(self.told, "Regional diplomacy in focus")

    def body(self) -> str:
        """The page's body: a lead, the competitor's sentence, the record's sentence."""
        a, b, (c, _) = STATES[self.state]
        parts: list[str] = []
        if self.told == "lead":
            if self.ref in BOTH:
                parts.append(f"{a.name} and {b.name} look to expand energy and transport links.")
            else:
                parts.append(f"{a.name} has stepped up its regional diplomacy this year.")
        record = [self._sentence()]
        if self.competitor == "object":
            record.insert(0, f"The region has also drawn investors from {c}.")
        elif self.competitor == "passing":
            record.append(f"Transit routes through {c} were also on the agenda.")
        parts.append(" ".join(record))
        body = "\n\n".join(parts)
        if self.frame == "wire":
            return f"{a.capital.upper()}, May 15 (Reuters) - {body}"
        if self.told == "dateline":
            return f"{a.capital.upper()}, May 15 -- {body}"
        return body

    def text(self) -> str:
        """The crawled page (frames ``crawled`` and ``below``)."""
        if self.frame == "crawled":
            return f" date 2024-05-15 {self.headline()}\n\n{self.body()}\n---\n"
        return (
            f" date 2024-05-15 15 May 2024 13:30 (UTC+04:00)\n\n{self.headline()}\n\n"
            f"{self.body()}\n---\n"
        )

    def article(self) -> Article:
        """The cell's page as the library reads it."""
        if self.frame == "wire":
            return Article(id="g", title=self.headline(), body=self.body(), published=PUBLISHED)
        return next(iter(parse_crawled_text(self.text())))

    # --- the records ----------------------------------------------------------------

    def expected(self) -> Records:
        """The records the page tells, from the choices and the spec's rules."""
        a, b, _ = STATES[self.state]
        sides = sorted([a.code, b.code])
        meetings: list[tuple[str, str, list[str], str | None]] = []
        agreements: list[tuple[str, str, list[str], str | None]] = []
        trade: list[Row] = []
        if self.record == "agreement":
            agreements.append(("memorandum", "signed", sides, DAY))
        elif self.record == "trade":
            flow = "export" if self.ref in ("its", "the-country") else "turnover"
            trade.append((a.code, b.code, flow, VALUE, "USD", "2023-01-01", "2023-12-31", False))
        else:
            kind = {"talks": "meeting", "visit": "visit", "call": "call"}[self.record]
            meetings.append((kind, "held", sides, DAY))
        return Records(sorted(meetings), sorted(agreements), scored(trade))

    def compared(self, records: Records) -> Records:
        """The records as the cell compares them.

        A reception of "the visiting minister" may be told as the visit (spec section 2
        frames a visit "as the article frames it").
        """
        if self.ref != "visiting":
            return records
        meetings = sorted(
            ("meeting" if kind == "visit" else kind, status, sides, date)
            for kind, status, sides, date in records.meetings
        )
        return Records(meetings, records.agreements, records.trade)

    @property
    def id(self) -> str:
        """The cell's test id: the hidden state's name, then its choice values."""
        return f"{STATES[self.state][0].name}-{dashed_id(self)}"


CHOICES: dict[str, list[object]] = {
    "ref": list(REFS),
    "told": list(TOLD),
    "record": list(RECORDS),
    "competitor": list(COMPETITORS),
    "frame": list(FRAMES),
    "state": list(range(len(STATES))),
}


def _sample(size: int, seed: int = 25) -> list[Cell]:
    """A seeded sample of valid cells, every reference form meeting every value it can."""
    rng = random.Random(seed)
    cells = sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="ref", tries=300)
    return list(cells)


CELLS = _sample(240)

# Why a cell is still misread (strict xfails).
PASSING_NOT_PARTNER = (
    "a story state told apart from the body (the one state of the headline, the dateline's) "
    "is the trade figures' reporter only when the body names other states as partners ('to', "
    "'from', 'with'); a state named in passing ('transit routes through C') keeps it from "
    "being taken, and 'trade with B' then has no reporter"
)

# The cells the library still misreads (strict xfails): their ids, by why.
LEFT: dict[str, tuple[str, ...]] = {
    PASSING_NOT_PARTNER: (
        "Kyrgyzstan-president-hl-name-trade-passing-crawled-2",
        "Pakistan-president-hl-capital-trade-passing-crawled-3",
        "Azerbaijan-president-dateline-trade-passing-below-1",
    ),
}


def left(cell: Cell) -> str | None:
    """Why the library still misreads a cell, or None."""
    reasons = [why for why, ids in LEFT.items() if cell.id in ids]
    return "; ".join(reasons) if reasons else None


def passes(cell: Cell) -> bool:
    """Whether the page's records are the cell's."""
    return cell.compared(read(extract(cell.article()))) == cell.expected()


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: c.id, left, numbered=True))
def test_grid_cell(cell: Cell) -> None:
    """Each cell gives the records its choices call for."""
    got, want = cell.compared(read(extract(cell.article()))), cell.expected()
    assert got == want, (cell.headline(), cell.body())


def test_headline_is_the_title() -> None:
    """Both crawled frames give the headline as the article's title and leave it out of the body."""
    for cell in CELLS:
        if cell.frame != "wire":
            article = cell.article()
            assert article.title == cell.headline(), cell.id
            assert cell.headline() not in article.body, cell.id


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES, least=3)


def test_left_names_sampled_cells() -> None:
    """Every cell ``LEFT`` names is one of the sample (a changed sample shows here)."""
    ids = {cell.id for cell in CELLS}
    assert {one for named in LEFT.values() for one in named} <= ids


if __name__ == "__main__":  # pragma: no cover - the grid's report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    print(f"{sum(failed.values())}/{len(CELLS)} cells fail")
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:11} {value!s:15} {bad:4}/{total}")
