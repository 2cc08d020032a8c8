"""Grids of meetings missed: a sitting named in its series, talks told finished, a trade pair.

The first grid (``SittingCell``): news about a pair's talks often names another sitting of
them by "round" or "session" alone, its place in the series told by a word before it: "An
earlier round in P in January ended with no deal", "The talks come after a round
held in P in late January", "Last year's session, held in P in November, agreed to double rail
freight", "A further round will take place in P in June". Each cell is a page of two
sentences built from independent choices: the pair, the lead telling the pair's talks (held on
Monday, or set for next week), the form of the other sitting (``form``), its city and its
month. The builder writes the page AND the meetings it tells, computed from the choices by
spec/EXTRACTION.md section 2 (never by running the library):

- the lead is one ``meeting`` of the pair, ``held`` ("resumed talks ... on Monday") or ``planned``
  ("will meet ... next week");
- a sitting told earlier, held at a place ("An earlier round in P in January", "a round held
  in P", "Last year's session, held in P") is a ``held`` meeting of the pair on that month
  (the month before the page's day of 10 May 2023 is this year's, "last year's" November is
  2022's), whatever a clause after it tells ("the formula to be applied");
- a round to come ("a further round", "a fresh round", "A final round is due") is a
  ``planned`` meeting of the pair on its month;
- a round or a session of something else ("a further round of tariff cuts", "An earlier round
  of sanctions", "Last year's session of parliament") adds none.

A cell passes when the page's meetings pair one to one with the expected ones, as the scorer
pairs them (``meeting_rows.fits_as_scored``, kinds left open, dates equal).

Before the rules here 157 of 216 cells failed (every cell of a sitting, none of a near miss):
"earlier", "further" and "fresh" were no place in the series (only "previous", "next", "last",
"latest", "new"), "a round held in P" with no ordinal was dropped as a round of nothing,
"Last year's session" was no sitting, and an earlier round's month was
read to come where a later clause said "to be applied"; after ``_prose._ROUND`` and
``_rules.ROUND_BEFORE`` read those words, ``_candidates._PLACED_SESSION`` a round held at its
place and month, ``_rules.EARLIER_SITTING`` an earlier sitting's past and
``_candidates._LAST_YEARS`` last year's months, 18 fail, kept as strict xfails: every cell of
"A final round is due in P" ("final" is left out: "travel to P to face B in the final round"
tells a match, no talks). (A trip "for a further round" stays the visit:
``_candidates._TRIP_FOR_ANOTHER``.)

The second grid (``FinishCell``): the talks that made a document told only as finished at a
place: "Negotiations on the accord were concluded in P in March", "Talks on the text ended in
P last month", "Negotiators finished the legal text in P last month", "Negotiators from the two
countries completed their work in P in March". After a lead telling the pair's document
(signed on Monday, or to be signed next week: no meeting of its own), the finished talks are
one ``held`` meeting of the pair on that month (its place in a third state makes no side
that counts against the pair: the scorer's overlap holds). Near misses add none: the talks
told finished at a time and no place ("were concluded in March": a process, no sitting),
ended "in failure", or a ministry's own text finished at home. Before the rules here 138 of 192
cells failed (every form of talks told finished: the talks' topic cut their place and time
off, "concluded" and "completed" were no end of talks, "Negotiators" no subject of them, and
a venue in a third state barred the story's pair); after ``_places._TOPIC_THEN_ENDED``, the two
branches of ``meeting.held_talks``, ``_rules.FINISHED_WORK`` as the bare subject's own act and
the venue of talks told with no side left out of ``_records._pair_event``'s test, 15 fail, kept
as strict xfails: "Negotiators from the two countries completed their work in P", where no
trigger word stands (the verb is one only right after "Negotiators": "negotiators" alone as a
trigger ended the clause of every event naming them and cut its date off).

The third grid (``TradePairCell``): a story of trade names its pair only by one state's trade
with the other ("A's trade surplus with B rose to $3 billion last year"), its paragraph may name
more states ("Sales to Japan rose too"), and a new paragraph tells "Trade officials from the two
countries are due to meet in P in June", "Officials of both countries will hold talks in P",
"Delegations from the two countries met in P last month": a meeting of A and B, planned or held
on its month; "The two countries' figures differ" tells none. Before ``_story._TRADE_WITH`` made
such a trade relation one of the story's pairs, 47 of 96 cells failed (every cell whose
paragraph named a third state: "the two countries" then found no pair); after it none fails.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from grid_cells import (
    State,
    assert_every_value_sampled,
    by_value,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import ANY, H, P, Want, briefs_of, fits_as_scored, pairs

PAIRS = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "Minister", "Grace Wanjiru"),
        State("TZA", "Tanzania", "Tanzanian", "Dodoma", "Minister", "Juma Mrisho"),
    ),
    (
        State("ECU", "Ecuador", "Ecuadorian", "Quito", "Minister", "Rosa Almeida"),
        State("COL", "Colombia", "Colombian", "Bogota", "Minister", "Diego Saravia"),
    ),
    (
        State("HUN", "Hungary", "Hungarian", "Budapest", "Minister", "Gabor Kiss"),
        State("SVK", "Slovakia", "Slovak", "Bratislava", "Minister", "Peter Hudak"),
    ),
    (
        State("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", "Minister", "Aziz Rahman"),
        State("IDN", "Indonesia", "Indonesian", "Jakarta", "Minister", "Budi Santoso"),
    ),
]

# The lead: the pair's talks, held today or set for next week ({dem_a}, {dem_b}, {city_a},
# {topic}); the status of that meeting.
LEADS: dict[str, tuple[str, str]] = {
    "resumed": (
        "{dem_a} and {dem_b} negotiators resumed talks on {topic} in {city_a} on Monday.",
        H,
    ),
    "will-meet": (
        "{dem_a} and {dem_b} officials will meet in {city_a} next week for talks on {topic}.",
        P,
    ),
}
TOPICS = ["a debt deal", "fishing rights", "border trade", "a transit accord"]
# The other sitting: (text with {city} and {month}, status of the sitting or None for a near
# miss, whether its month is last year's).
FORMS: dict[str, tuple[str, str | None, bool]] = {
    "earlier-broke-up": (
        "An earlier round in {city} in {month} ended with no deal, a spokesman said.",
        H,
        False,
    ),
    "earlier-to-be-used": (
        "An earlier round in {city} in {month} stalled over the formula to be applied to old "
        "arrears, a spokesman said.",
        H,
        False,
    ),
    "round-held": (
        "The talks come after a round held in {city} in late {month} that both "
        "delegations called useful.",
        H,
        False,
    ),
    "last-years-session": (
        "Last year's session, held in {city} in {month}, agreed to double rail freight.",
        H,
        True,
    ),
    "further-round": (
        "A further round will take place in {city} in {month} to settle what is left, the "
        "spokesman added.",
        P,
        False,
    ),
    "fresh-round": ("They will hold a fresh round in {city} in {month}, officials said.", P, False),
    "final-round-due": ("A final round is due in {city} in {month}, officials said.", P, False),
    # near misses: a round or a session of something else
    "round-of-cuts": (
        "A further round of tariff cuts is due in {month}, the ministry in {city} said.",
        None,
        False,
    ),
    "round-of-sanctions": (
        "An earlier round of sanctions in {month} hit exports, bankers in {city} said.",
        None,
        False,
    ),
    "session-of-parliament": (
        "Last year's session of parliament in {city} in {month} passed the budget.",
        None,
        False,
    ),
}
CITIES = ["a", "b"]
# The sitting's month: (name for a past sitting, ISO this year / last year; name for one to come)
MONTHS: dict[str, tuple[str, str, str, str, str]] = {
    # name of a past month, its ISO this year, its ISO last year, a month to come, its ISO
    "early": ("January", "2023-01", "2022-01", "June", "2023-06"),
    "late": ("March", "2023-03", "2022-11", "September", "2023-09"),
}


@dataclass(frozen=True)
class SittingCell:
    """One page's choices: the lead, the other sitting's form, its city and month, the pair."""

    form: str
    lead: str
    city: str
    month: str
    topic: str
    pair: int

    def text(self) -> str:
        """The page: the lead, then the other sitting."""
        a, b = PAIRS[self.pair]
        lead = LEADS[self.lead][0].format(
            dem_a=a.demonym, dem_b=b.demonym, city_a=a.capital, topic=self.topic
        )
        past, _, _, future, _ = MONTHS[self.month]
        form, status, last_year = FORMS[self.form]
        if last_year:
            past = "November" if self.month == "late" else "January"
        month = future if status == P or self.form == "round-of-cuts" else past
        city = {"a": a.capital, "b": b.capital}[self.city]
        return f"{lead} {form.format(city=city, month=month)}"

    def expected(self) -> list[Want]:
        """The lead's meeting and the other sitting's, computed from the choices."""
        a, b = PAIRS[self.pair]
        sides = sorted([a.code, b.code])
        lead: Want = (ANY, LEADS[self.lead][1], sides, None, ANY)
        _, this_year, last_year_iso, _, future_iso = MONTHS[self.month]
        _, status, last_year = FORMS[self.form]
        if status is None:
            return [lead]
        date = future_iso if status == P else last_year_iso if last_year else this_year
        return [lead, (ANY, status, sides, None, date)]


CHOICES: dict[str, list[object]] = {
    "form": list(FORMS),
    "lead": list(LEADS),
    "city": list(CITIES),
    "month": list(MONTHS),
    "topic": list(TOPICS),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(
        SittingCell, lambda cell: True, CHOICES, random.Random(6656), size=216, axis="form", tries=8
    )
)


def read(cell: SittingCell) -> list[tuple[str, str, list[str], str | None, str | None]]:
    """The meetings the library reads from the cell's page."""
    return briefs_of(cell.text())


def passes(cell: SittingCell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(read(cell), cell.expected(), fits_as_scored)


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


# Why a cell of the first grid is still misread, by choice value.
LEFT = {
    ("form", "final-round-due"): (
        "'the final round' ends a sports contest as often (test_meet_written23_table.py "
        "sports-trip): no place in the series read"
    ),
}


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, by_value(LEFT)))
def test_grid_sitting_in_the_series(cell: SittingCell) -> None:
    """A round or session told by its place in the series is a sitting of the pair's talks."""
    assert passes(cell), (cell.text(), read(cell), cell.expected())


# The second grid: the talks told finished at a place. The lead (the pair's document, no
# meeting of its own), with {a} and {b}.
FINISH_LEADS = {
    "signed": "{a} and {b} signed a {topic} accord on Monday.",
    "to-sign": "{a} and {b} will sign a {topic} accord next week.",
}
FINISH_TOPICS = ["fisheries", "transit", "customs", "border"]
# The finish: (text with {city} and {when}, whether it tells a sitting).
FINISHES: dict[str, tuple[str, bool]] = {
    "negotiations-concluded": (
        "Negotiations on the accord were concluded in {city} {when}, officials said.",
        True,
    ),
    "negotiations-completed": ("Negotiations on its text were completed in {city} {when}.", True),
    "negotiations-ended": ("The negotiations ended in {city} {when} after four rounds.", True),
    "talks-ended": ("Talks on the text ended in {city} {when}, diplomats said.", True),
    "negotiators-finished": (
        "Negotiators finished the legal text in {city} {when}, the ministry said.",
        True,
    ),
    "negotiators-of-pair": (
        "Negotiators from the two countries completed their work in {city} {when}.",
        True,
    ),
    "negotiators-wrapped-up": ("Negotiators wrapped up the draft in {city} {when}.", True),
    "the-negotiators-concluded": ("The negotiators concluded their talks in {city} {when}.", True),
    # near misses: a time and no place, a failure, a ministry's own text
    "concluded-no-place": ("Negotiations on the accord were concluded {when}.", False),
    "ended-in-failure": ("An earlier bid ended in failure {when}, officials said.", False),
    "ministry-finished": ("The ministry in {city} finished its own text {when}.", False),
}
# The city: the first state's capital, the second's, or a third state's.
FINISH_CITIES = ["a", "b", "third"]
# The time told: (text, ISO)
WHENS: dict[str, tuple[str, str]] = {
    "march": ("in March", "2023-03"),
    "last-month": ("last month", "2023-04"),
    "february": ("in February", "2023-02"),
}


@dataclass(frozen=True)
class FinishCell:
    """One page's choices: the lead, the finish, its city and time, the pair."""

    finish: str
    lead: str
    city: str
    when: str
    topic: str
    pair: int

    def text(self) -> str:
        """The page: the document, then its talks told finished."""
        a, b = PAIRS[self.pair]
        lead = FINISH_LEADS[self.lead].format(a=a.name, b=b.name, topic=self.topic)
        city = {"a": a.capital, "b": b.capital, "third": "Geneva"}[self.city]
        finish = FINISHES[self.finish][0].format(city=city, when=WHENS[self.when][0])
        return f"{lead} {finish}"

    def expected(self) -> list[Want]:
        """The finished talks' sitting, held on the month told, or none."""
        a, b = PAIRS[self.pair]
        if not FINISHES[self.finish][1]:
            return []
        return [(ANY, H, sorted([a.code, b.code]), None, WHENS[self.when][1])]


FINISH_CHOICES: dict[str, list[object]] = {
    "finish": list(FINISHES),
    "lead": list(FINISH_LEADS),
    "city": list(FINISH_CITIES),
    "when": list(WHENS),
    "topic": list(FINISH_TOPICS),
    "pair": list(range(len(PAIRS))),
}

FINISH_CELLS = list(
    sample_cells(
        FinishCell,
        lambda cell: True,
        FINISH_CHOICES,
        random.Random(6657),
        size=192,
        axis="finish",
        tries=8,
    )
)


def read_finish(cell: FinishCell) -> list[tuple[str, str, list[str], str | None, str | None]]:
    """The meetings the library reads from the cell's page."""
    return briefs_of(cell.text())


def finish_passes(cell: FinishCell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(read_finish(cell), cell.expected(), fits_as_scored)


def test_every_finish_value_is_sampled() -> None:
    """Every value of every choice of the second grid is met in several cells."""
    assert_every_value_sampled(FINISH_CELLS, FINISH_CHOICES)


# Why a cell of the second grid is still misread, by choice value.
FINISH_LEFT = {
    ("finish", "negotiators-of-pair"): (
        "the subject names the pair between 'Negotiators' and the verb: no trigger word"
    ),
}


@pytest.mark.parametrize("cell", grid_params(FINISH_CELLS, dashed_id, by_value(FINISH_LEFT)))
def test_grid_talks_told_finished(cell: FinishCell) -> None:
    """Talks told finished at a place are a held sitting of the pair; at a time alone, none."""
    assert finish_passes(cell), (cell.text(), read_finish(cell), cell.expected())


# The third grid: the pair told only by one state's trade with the other ("China's surplus with
# the United States"), then "officials from the two countries" meeting. The trade lead, with
# {a}, {b} and an amount.
TRADE_LEADS = {
    "surplus-with": "{a}'s trade surplus with {b} rose to $3 billion last year, figures showed.",
    "deficit-with": "{a}'s deficit with {b} widened to $2 billion in 2022, the ministry said.",
    "trade-with": "{a}'s trade with {b} grew by a fifth last year, customs data showed.",
    "balance-with": "{a}'s trade balance with {b} swung into surplus last year, the agency said.",
}
# The officials' meeting: (text with {city}, status, the ISO month, or None for a near miss)
TRADE_MEETINGS: dict[str, tuple[str, str | None, str]] = {
    "due-to-meet": (
        "Trade officials from the two countries are due to meet in {city} in June.",
        P,
        "2023-06",
    ),
    "will-hold-talks": (
        "Officials of both countries will hold talks in {city} in September.",
        P,
        "2023-09",
    ),
    "met-last-month": (
        "Delegations from the two countries met in {city} last month.",
        H,
        "2023-04",
    ),
    # near miss: the two countries' figures, no one meeting
    "figures-differ": (
        "The two countries' figures differ, statisticians in {city} said in June.",
        None,
        "",
    ),
}
# A city of either state.
TRADE_CITIES = ["a", "b"]
# What else the paragraph before the meeting names: nothing, a third state's market, or the
# currency pressure of two more ("the two states the paragraph names" no longer two).
TRADE_ASIDES = {
    "none": "",
    "third-market": " Sales to Japan rose too.",
    "two-more": " Pressure from Washington and Brussels is mounting, and Canada is watching.",
}


@dataclass(frozen=True)
class TradePairCell:
    """One page's choices: the trade lead, the officials' meeting, its city, the pair."""

    lead: str
    meeting: str
    aside: str
    city: str
    pair: int

    def text(self) -> str:
        """The page: one state's trade with the other, an aside, then the officials' paragraph."""
        a, b = PAIRS[self.pair]
        lead = TRADE_LEADS[self.lead].format(a=a.name, b=b.name) + TRADE_ASIDES[self.aside]
        city = {"a": a.capital, "b": b.capital}[self.city]
        return f"{lead}\n\n{TRADE_MEETINGS[self.meeting][0].format(city=city)}"

    def expected(self) -> list[Want]:
        """The officials' meeting, of the pair the trade lead names, or none."""
        a, b = PAIRS[self.pair]
        _, status, month = TRADE_MEETINGS[self.meeting]
        if status is None:
            return []
        return [(ANY, status, sorted([a.code, b.code]), None, month)]


TRADE_CHOICES: dict[str, list[object]] = {
    "lead": list(TRADE_LEADS),
    "meeting": list(TRADE_MEETINGS),
    "aside": list(TRADE_ASIDES),
    "city": list(TRADE_CITIES),
    "pair": list(range(len(PAIRS))),
}
TRADE_CELLS = list(
    sample_cells(
        TradePairCell,
        lambda cell: True,
        TRADE_CHOICES,
        random.Random(6658),
        size=96,
        axis="meeting",
        tries=8,
    )
)


def read_trade(cell: TradePairCell) -> list[tuple[str, str, list[str], str | None, str | None]]:
    """The meetings the library reads from the cell's page."""
    return briefs_of(cell.text())


def trade_passes(cell: TradePairCell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(read_trade(cell), cell.expected(), fits_as_scored)


def test_every_trade_value_is_sampled() -> None:
    """Every value of every choice of the third grid is met in several cells."""
    assert_every_value_sampled(TRADE_CELLS, TRADE_CHOICES)


@pytest.mark.parametrize("cell", grid_params(TRADE_CELLS, dashed_id, lambda cell: None))
def test_grid_pair_of_a_trade_lead(cell: TradePairCell) -> None:
    """One state's trade with another names the pair "the two countries" meet as."""
    assert trade_passes(cell), (cell.text(), read_trade(cell), cell.expected())


if __name__ == "__main__":  # pragma: no cover - the grids' report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{choice}={value}: {bad} of {total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", c.text(), "|", read(c))
    print(f"{sum(failed.values())} of {len(CELLS)} sitting cells fail")
    finish_failed = {c: not finish_passes(c) for c in FINISH_CELLS}
    for choice, value, bad, total in failure_table(FINISH_CELLS, FINISH_CHOICES, finish_failed):
        if bad:
            print(f"finish {choice}={value}: {bad} of {total}")
    for fc in FINISH_CELLS:
        if finish_failed[fc]:
            print(dashed_id(fc), "|", fc.text(), "|", read_finish(fc))
    print(f"{sum(finish_failed.values())} of {len(FINISH_CELLS)} finish cells fail")
    trade_failed = {c: not trade_passes(c) for c in TRADE_CELLS}
    for choice, value, bad, total in failure_table(TRADE_CELLS, TRADE_CHOICES, trade_failed):
        if bad:
            print(f"trade {choice}={value}: {bad} of {total}")
    for tc in TRADE_CELLS:
        if trade_failed[tc]:
            print(dashed_id(tc), "|", tc.text(), "|", read_trade(tc))
    print(f"{sum(trade_failed.values())} of {len(TRADE_CELLS)} trade-pair cells fail")
