"""A grid of signings dated by another event: "A day earlier, A and B signed a memorandum".

A sentence may date its signing by the day of an event the story told just before it
(spec section 2: "the date stated or directly implied"): "The presidents held talks in P
on Tuesday. A day earlier, A and B signed a memorandum" is Monday; "The summit opens on
May 15. The ministers will sign the protocol the day before" is May 14, planned. Each cell
draws the two states, the other event's sentence (talks on a weekday, talks under a wire
dateline, a summit by its day, one to come), the shift ("A day earlier,", "The previous
day,", "Two days earlier,", "A day later,", "On the eve of the summit,", or one closing
the clause), the instrument and its verb, and a distractor: none, a telling verb between
the shift and the signing ("A day earlier, the ministry said A and B had signed": the
statement's day, not the signing's, so no date; "said A and B had signed X the day before"
dates the signing), or a day of the signing's own ("on May 2":
it keeps it). The page is invented; the records expected follow from the choices alone.

Every page is published on Wednesday 2023-05-10. Before the change 86 of 216 cells failed
(the signings a bare shift or an eve dates came out undated), 23 after it, all strict xfails
(``_known``): a head shift the signing's own date reading already took across a telling verb.
A second grid signs at the close of a session told by a span of weekdays ("held on Tuesday
and Wednesday"): its last day; 108 of 144 cells failed before (the span's first day), none after.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract
from diplonews.models import Article
from grid_cells import Pair, assert_every_value_sampled, grid_params, sample_cells

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

PAIRS = {
    "kaz-tur": Pair(
        "Kazakhstan", "Turkey", "Kazakh", "Turkish", "Astana", "Ankara", ("KAZ", "TUR")
    ),
    "egy-jor": Pair("Egypt", "Jordan", "Egyptian", "Jordanian", "Cairo", "Amman", ("EGY", "JOR")),
    "bra-arg": Pair(
        "Brazil", "Argentina", "Brazilian", "Argentine", "Brasilia", "Buenos Aires", ("ARG", "BRA")
    ),
    "vnm-idn": Pair(
        "Vietnam", "Indonesia", "Vietnamese", "Indonesian", "Hanoi", "Jakarta", ("IDN", "VNM")
    ),
}

# The other event's sentence and its day; "future" leads tell an event to come.
LEADS = {
    "weekday": ("The {da} and {db} presidents held talks in {ca} on Tuesday.", dt.date(2023, 5, 9)),
    "dateline": (
        "{CA}, May 10 - The {da} and {db} presidents held talks in {ca} on Tuesday.",
        dt.date(2023, 5, 9),
    ),
    "summit": ("A regional summit opened in Geneva on May 8.", dt.date(2023, 5, 8)),
    "future": ("A regional summit opens in Geneva on May 16.", dt.date(2023, 5, 16)),
}

# The shift at the head of the signing's sentence, or closing its clause ("tail"), and the
# days it moves.
SHIFTS = {
    "a-day-earlier": ("A day earlier, ", "", -1),
    "previous-day": ("The previous day, ", "", -1),
    "two-days-earlier": ("Two days earlier, ", "", -2),
    "a-day-later": ("A day later, ", "", 1),
    "eve-summit": ("On the eve of the summit, ", "", -1),
    "tail": ("", " the day before", -1),
}

TOPICS = ["transit", "water", "tourism", "customs"]
INSTRUMENTS = {"memorandum": "a memorandum", "protocol": "a protocol", "agreement": "an agreement"}
DISTRACTORS = ["none", "said", "own-day"]


@dataclass(frozen=True)
class Cell:
    """One page: states, the other event, the shift, the instrument, its topic, a distractor."""

    pair: str
    lead: str
    shift: str
    instrument: str
    topic: str
    distractor: str

    def valid(self) -> bool:
        """The eve of a summit follows a summit; an event to come has a shift back only."""
        if self.shift == "eve-summit" and self.lead not in {"summit", "future"}:
            return False
        return not (self.lead == "future" and SHIFTS[self.shift][2] > 0)

    def page(self) -> str:
        """The invented story: the other event's sentence, then the signing's."""
        p = PAIRS[self.pair]
        lead = LEADS[self.lead][0].format(da=p.dem_a, db=p.dem_b, ca=p.cap_a, CA=p.cap_a.upper())
        head, tail, _ = SHIFTS[self.shift]
        doc = f"{INSTRUMENTS[self.instrument]} on {self.topic} cooperation"
        future = self.lead == "future"
        verb = "will sign" if future else "signed"
        own = " on May 2" if self.distractor == "own-day" and not future else ""
        own = " on May 20" if self.distractor == "own-day" and future else own
        if self.distractor == "said":
            verb = "will sign" if future else "had signed"
            clause = f"the ministry said {p.a} and {p.b} {verb} {doc}{own}{tail}"
        else:
            clause = f"{p.a} and {p.b} {verb} {doc}{own}{tail}"
        return f"{lead} {head}{clause[0].upper() if not head else clause[0]}{clause[1:]}."

    def date(self) -> str | None:
        """The signing's day: its own, none after a telling verb, else the shifted day."""
        if self.distractor == "own-day":
            return "2023-05-20" if self.lead == "future" else "2023-05-02"
        if self.distractor == "said" and self.shift != "tail":
            return None  # (the shift dates the statement; "had signed" tells no day)
        return (LEADS[self.lead][1] + dt.timedelta(days=SHIFTS[self.shift][2])).isoformat()


CHOICES: dict[str, list[str]] = {
    "pair": list(PAIRS),
    "lead": list(LEADS),
    "shift": list(SHIFTS),
    "instrument": list(INSTRUMENTS),
    "topic": TOPICS,
    "distractor": DISTRACTORS,
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(6840), size=216, axis="shift", tries=50)
)

# The shifts the signing's own date reading already takes as the signing's day, across a
# telling verb ("The previous day, the ministry said A and B had signed": dated, not none).
LEFT = {"previous-day", "a-day-later", "eve-summit"}


def _known(cell: Cell) -> str | None:
    """Why a cell is still misread: a shift the date reading takes across a telling verb."""
    if cell.distractor == "said" and cell.shift in LEFT and cell.lead != "future":
        return "the signing's own date reading takes this shift across a telling verb"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, lambda c: "-".join(vars(c).values()), _known))
def test_signing_dated_by_another_event(cell: Cell) -> None:
    """One agreement of the two states, of the kind told, dated as the choices say."""
    result = extract(Article(id="g", body=cell.page(), published=PUBLISHED))
    signed = [a for a in result.agreements if a.kind.value == cell.instrument]
    assert len(signed) == 1, (cell.page(), result.agreements)
    agreement = signed[0]
    assert sorted(str(p) for p in agreement.parties) == sorted(PAIRS[cell.pair].codes)
    assert agreement.status.value == ("planned" if cell.lead == "future" else "signed")
    assert (str(agreement.date) if agreement.date else None) == cell.date(), cell.page()


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# A signing at the close of a session told by a span of weekdays: its last day. Published
# Wednesday 2023-05-10, the weekdays are those of the week before it.
SPANS = {
    "mon-tue": ("Monday and Tuesday", "2023-05-09"),
    "tue-wed": ("Tuesday and Wednesday", "2023-05-10"),
    "sun-tue": ("Sunday to Tuesday", "2023-05-09"),
    "mon-wed": ("Monday through Wednesday", "2023-05-10"),
}
CLOSES = {
    "conclusion": "{a} and {b} signed {doc} at the conclusion of the joint commission's"
    " session, held in {cap} on {span}.",
    "end": "At the end of the talks, held in {cap} on {span}, {a} and {b} signed {doc}.",
    "its-close": "The joint commission met in {cap} on {span}. {A_doc} was signed by {a} and"
    " {b} at its close.",
}
CLOSE_CELLS = [
    (pair, span, close, instrument)
    for pair in PAIRS
    for span in SPANS
    for close in CLOSES
    for instrument in INSTRUMENTS
]


@pytest.mark.parametrize(("pair", "span", "close", "instrument"), CLOSE_CELLS)
def test_signing_at_close_of_weekday_span(
    pair: str, span: str, close: str, instrument: str
) -> None:
    """A signing at the close of an event told "on Monday and Tuesday" is on its last day."""
    p = PAIRS[pair]
    doc = f"{INSTRUMENTS[instrument]} on trade"
    page = CLOSES[close].format(
        a=p.a, b=p.b, cap=p.cap_a, span=SPANS[span][0], doc=doc, A_doc=doc[0].upper() + doc[1:]
    )
    result = extract(Article(id="g", body=page, published=PUBLISHED))
    signed = [a for a in result.agreements if a.kind.value == instrument]
    assert len(signed) == 1, (page, result.agreements)
    assert sorted(str(x) for x in signed[0].parties) == sorted(p.codes), page
    assert str(signed[0].date) == SPANS[span][1], page
