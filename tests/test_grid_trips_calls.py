"""A grid of trips and calls as the region's agencies tell them (grid task, meetings).

Every cell is one short invented page built from independent choices: the event's
form (a visit "wrapped up", "concluded", "is on a working visit to", "arrived in C on
Monday on a two-day state visit", "headed to", "left for", paid "at the invitation of
his counterpart"; a call as "a telephone conversation took place between", "held a
phone conversation with", "spoke by phone with", "held talks ... in a video call",
"exchanged views over the phone"; and the planned "will pay", "is expected to arrive",
"is scheduled to hold a phone call"), who travels or calls (a head of state by title and
name, a minister with the state, "the President" whose state only the headline or the
dateline names, a delegation led by a minister), the place (a capital, a second city,
an organisation's seat), the date's form (a weekday, a day of the month,
"yesterday"/"tomorrow", none), the trip's length ("two-day" or untold), a second event
in the story (talks "during the visit", a meeting "within the framework of the visit", a
return visit the host is invited to pay) and the page's frame (a crawled page with a
headline under its " date YYYY-MM-DD" line, a wire story with a dateline of the
traveller's capital, a government readout). The builder writes the text AND the records
it tells, computed from the choices by spec/EXTRACTION.md section 2 (never by running
the library):

- kind: a trip is a ``visit``; a phone or video call is a ``call``;
- status: the past tense and "is on a visit" are ``held``; "will", "is expected to",
  "is scheduled to" and an invitation are ``planned``;
- countries: the traveller's state and the host's (the state of the capital or the
  second city; an organisation's seat, Brussels, gives Belgium); a call's two sides;
- date: resolved against the publication day (Wednesday 15 May 2024); a visit's
  first day: a two-day visit "wrapped up" or "concluded" on a day began the day before,
  and one whose length is untold leaves the date open, as an ongoing visit's does.

Where the spec does not decide, the owners' keys did (/work/shared/gold/dev.jsonl and
crawled-dev.jsonl, counted by hand over their 67 visit records):

- talks told as held during a visit, with no day of their own, are the visit (one
  record): 13 owner records so (talks told in an aside of the visit, as a part of it, or
  in the course of it) against none that add a meeting for them; the owners write two
  records only where the talks have a later day of their own (2 stories: a near miss of
  ``visit-step-talks`` below);
- an invitation to visit the other side is a planned visit of its own (date open), as the
  owners key an invitation conveyed to visit and an upcoming visit: 3 records, none
  against;
- a visit to an organisation's seat has the seat's state as the host: 3 owner records
  (Brussels: ``BEL`` beside the traveller's state) against 1, so the grid expects ``BEL``;
- a meeting "on the sidelines" of a visit is left out: the owners' keys contradict
  themselves on whether a host official received during a visit makes a record of
  their own.

A cell passes when the page's meetings pair one to one with the expected ones: kind,
status and countries equal, dates compatible as the scorer pairs them (a stated date must
be read; an open one takes any).

The classes the grid showed the library misread are rows of ``TABLE`` below (and of
``HEADLINED``), with sentences of their own (one rule each):

- ``visit-step-talks``: talks a sentence opens as a step of the visit just told ("During
  the visit,", "Within the framework of the visit,"), with no day of their own, are that
  visit, whoever their subject ("he", "the delegation", "the President") and whoever the
  host's side (its officials, or an organisation's at its seat);
- ``bare-head-of-the-dateline``: a head named by the title alone ("The President", "The
  Emir") leading a wire story is the outlet's state's, else the state of the capital the
  story is filed from;
- ``bare-head-of-the-headline``: such a head leading a page's first sentence (also after an
  opening phrase: "At the invitation of his counterpart, the President ...") is of the
  state its headline gives that title ("Kenyan President steps up diplomacy");
- ``left-for-city``: the city a trip "left for", "departed for", "headed for" is the visit's
  place, so a second city gives the host;
- ``exchanged-views-by-phone``: "exchanged views over the phone", "by telephone" is the call
  alone, no meeting of its own;
- ``its-length-at-the-end``: "concluded its two-day visit on Friday" (a body's trip) is dated
  by its first day, as "his" is.

Left (a strict xfail): "A telephone conversation took place between the President and ..."
in a wire story whose agency the library does not know: the title after "between" takes no
state (the dateline's state is read for a head leading the sentence only).
"""

from __future__ import annotations

import collections
import datetime as dt
import random
from dataclasses import dataclass

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.readers import parse_crawled_text
from grid_cells import (
    assert_every_value_sampled,
    dashed_id,
    failure_table,
    grid_params,
    sample_cells,
)
from meeting_rows import Expected, ToldTable, assert_told, told_params

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


@dataclass(frozen=True)
class Side:
    """A state as the story names it: code, name, demonym, capital, its head and minister."""

    code: str
    name: str
    demonym: str
    capital: str
    head_title: str
    head: str
    minister: str
    city: str = ""  # a second city (hosts only)


# (traveller, host)
PAIRS: list[tuple[Side, Side]] = [
    (
        Side(
            "AZE", "Azerbaijan", "Azerbaijani", "Baku", "President", "Elnur Rzayev", "Tural Aliyev"
        ),
        Side(
            "TUR",
            "Turkey",
            "Turkish",
            "Ankara",
            "President",
            "Kemal Aydin",
            "Selim Ozer",
            "Istanbul",
        ),
    ),
    (
        Side(
            "QAT", "Qatar", "Qatari", "Doha", "Emir", "Sheikh Nasser bin Fahad", "Khalid Al Mannai"
        ),
        Side(
            "KAZ",
            "Kazakhstan",
            "Kazakh",
            "Astana",
            "President",
            "Serik Zhanbolov",
            "Arman Kuanov",
            "Almaty",
        ),
    ),
    (
        Side(
            "KGZ",
            "Kyrgyzstan",
            "Kyrgyz",
            "Bishkek",
            "President",
            "Almaz Turdukulov",
            "Bakyt Osmonov",
        ),
        Side(
            "PAK",
            "Pakistan",
            "Pakistani",
            "Islamabad",
            "Prime Minister",
            "Farhan Qureshi",
            "Asif Mirza",
            "Lahore",
        ),
    ),
    (
        Side("TUR", "Turkey", "Turkish", "Ankara", "President", "Kemal Aydin", "Selim Ozer"),
        Side(
            "UZB",
            "Uzbekistan",
            "Uzbek",
            "Tashkent",
            "President",
            "Jasur Rakhimov",
            "Bakhodir Saidov",
            "Samarkand",
        ),
    ),
]
SEAT = ("Brussels", "BEL")  # an organisation's seat and its state
# the traveller's state's news agency, which files the wire story from its capital
AGENCIES = {"AZE": "AZERTAC", "QAT": "QNA", "KGZ": "Kabar", "TUR": "Anadolu"}

# event form -> (kind, held, text with {WHO} {HIS} {PLACE} {LEN} {DATE} {OTHER})
EVENTS: dict[str, tuple[str, bool, str]] = {
    "wrapped-up": ("visit", True, "{WHO} wrapped up {HIS} {LEN}visit to {PLACE}{DATE}"),
    "concluded": ("visit", True, "{WHO} concluded {HIS} {LEN}official visit to {PLACE}{DATE}"),
    "is-on": ("visit", True, "{WHO} is on a {LEN}working visit to {PLACE}"),
    "arrived-on": ("visit", True, "{WHO} arrived in {PLACE}{DATE} on a {LEN}state visit"),
    "headed-to": ("visit", True, "{WHO} headed to {PLACE}{DATE} on a {LEN}official visit"),
    "left-for": ("visit", True, "{WHO} left for {PLACE}{DATE} on a {LEN}official visit"),
    "invitation": (
        "visit",
        True,
        "At the invitation of {HIS} counterpart, {WHO} paid a {LEN}official visit to {PLACE}{DATE}",
    ),
    "tel-took-place": (
        "call",
        True,
        "A telephone conversation took place between {WHO} and {OTHER}{DATE}",
    ),
    "held-phone": ("call", True, "{WHO} held a phone conversation with {OTHER}{DATE}"),
    "spoke-phone": ("call", True, "{WHO} spoke by phone with {OTHER}{DATE}"),
    "video-call": ("call", True, "{WHO} held talks with {OTHER} in a video call{DATE}"),
    "exchanged-views": (
        "call",
        True,
        "{WHO} and {OTHER} exchanged views over the phone{DATE} on regional issues",
    ),
    "will-pay": ("visit", False, "{WHO} will pay a {LEN}official visit to {PLACE}{DATE}"),
    "expected-arrive": (
        "visit",
        False,
        "{WHO} is expected to arrive in {PLACE}{DATE} on a {LEN}state visit",
    ),
    "scheduled-call": (
        "call",
        False,
        "{WHO} is scheduled to hold a phone call with {OTHER}{DATE}",
    ),
}
ENDS = {"wrapped-up", "concluded"}  # the date told is the visit's last day

WHOS = ["head", "minister", "the-president", "delegation"]
PLACES = ["capital", "second-city", "seat"]
# date form -> (past text, past date, future text, future date)
DATES: dict[str, tuple[str, str | None, str, str | None]] = {
    "weekday": (" on Monday", "2024-05-13", " on Monday", "2024-05-20"),
    "day": (" on 13 May", "2024-05-13", " on 20 May", "2024-05-20"),
    "adjacent": (" yesterday", "2024-05-14", " tomorrow", "2024-05-16"),
    "none": ("", None, "", None),
}
LENGTHS = ["two-day", "untold"]
SECONDS = ["none", "talks-during", "framework", "return-invited"]
FRAMES = ["crawled", "wire", "readout"]


def _mid(subject: str) -> str:
    """A sentence's subject after an opening phrase: "he", "the President", "the delegation"."""
    return "he" if subject == "He" else "the" + subject[3:]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its choices."""

    event: str
    who: str
    place: str
    date: str
    length: str
    second: str
    frame: str
    pair: int

    @property
    def kind(self) -> str:
        """The event's kind."""
        return EVENTS[self.event][0]

    @property
    def held(self) -> bool:
        """Whether the event is told as held."""
        return EVENTS[self.event][1]

    def valid(self) -> bool:
        """Whether the choices make a page the region's agencies would write."""
        if self.kind == "call":
            if self.place != "capital" or self.length != "two-day" or self.who == "delegation":
                return False
            if self.second not in ("none", "return-invited"):
                return False
        if self.event == "is-on" and self.date != "none":
            return False
        if self.who == "the-president" and (
            self.frame == "readout" or PAIRS[self.pair][0].head_title != "President"
        ):
            return False
        if self.who == "delegation" and self.event == "invitation":
            return False
        if self.second == "return-invited" and not self.held:
            return False  # a return visit is invited once the visit or the call took place
        return not (self.place == "seat" and self.second == "return-invited")

    def _host_code(self) -> str:
        return SEAT[1] if self.place == "seat" else PAIRS[self.pair][1].code

    def expected(self) -> list[tuple[str, str, tuple[str, ...], str | None]]:
        """The records the cell tells: (kind, status, countries, date or None: open)."""
        a, b = PAIRS[self.pair]
        status = "held" if self.held else "planned"
        date = DATES[self.date][1 if self.held else 3]
        if self.event in ENDS:
            if date is None or self.length == "untold":
                date = None
            else:
                date = str(dt.date.fromisoformat(date) - dt.timedelta(days=1))
        host = b.code if self.kind == "call" else self._host_code()
        records = [(self.kind, status, tuple(sorted([a.code, host])), date)]
        if self.second == "return-invited":
            records.append(("visit", "planned", tuple(sorted([a.code, b.code])), None))
        return records

    def _who(self) -> tuple[str, str, str]:
        """The traveller as the lead names him, his possessive, and how later sentences do."""
        a, _ = PAIRS[self.pair]
        if self.who == "head":
            return f"{a.demonym} {a.head_title} {a.head}", "his", "He"
        if self.who == "minister":
            return f"Foreign Minister of {a.name} {a.minister}", "his", "He"
        if self.who == "the-president":
            return "The President", "his", "The President"
        article = "An" if a.demonym[0] in "AEIOU" else "A"
        return (
            f"{article} {a.demonym} delegation led by Foreign Minister {a.minister}",
            "its",
            "The delegation",
        )

    def body(self) -> str:
        """The story's sentences."""
        a, b = PAIRS[self.pair]
        who, his, later = self._who()
        place = {"capital": b.capital, "second-city": b.city, "seat": SEAT[0]}[self.place]
        when = DATES[self.date][0] if self.held else DATES[self.date][2]
        text = EVENTS[self.event][2]
        if text.startswith("{WHO}"):
            lead_who = who
        else:
            lead_who = who[0].lower() + who[1:] if who.startswith(("The ", "A ", "An ")) else who
        other = f"{b.demonym} {b.head_title} {b.head}"
        sentence = (
            text.replace("{WHO}", lead_who)
            .replace("{HIS}", his)
            .replace("{PLACE}", place)
            .replace("a {LEN}o", "a two-day o" if self.length == "two-day" else "an o")
            .replace("{LEN}", "two-day " if self.length == "two-day" else "")
            .replace("{DATE}", when)
            .replace("{OTHER}", other)
        )
        sentences = [sentence + "."]
        host_official = "officials of the European Union" if self.place == "seat" else other
        if self.second == "talks-during":
            verb = "held talks" if self.held else "will hold talks"
            sentences.append(f"During the visit, {_mid(later)} {verb} with {host_official}.")
        elif self.second == "framework":
            verb = "met with" if self.held else "will meet with"
            sentences.append(
                f"Within the framework of the visit, {_mid(later)} {verb} {host_official}."
            )
        elif self.second == "return-invited":
            sentences.append(
                f"{later} invited {other} to pay a return visit to {a.name} at a convenient time."
            )
        sentences.append("The sides discussed trade, energy and transport links.")
        return " ".join(sentences)

    def text(self) -> str:
        """The page in its frame."""
        a, _ = PAIRS[self.pair]
        body = self.body()
        if self.frame == "crawled":
            if self.who == "the-president":
                headline = f"{a.demonym} President steps up diplomacy with partners"
            else:
                headline = "Officials look to expand energy and transport links"
            return f" date 2024-05-15 {headline}\n\n{body}\n---\n"
        if self.frame == "wire":
            return f"{a.capital.upper()}, May 15 ({AGENCIES[a.code]}) - {body}"
        return f"Readout of the Foreign Minister's Engagements\n\n{body}"


CHOICES: dict[str, list[object]] = {
    "event": list(EVENTS),
    "who": list(WHOS),
    "place": list(PLACES),
    "date": list(DATES),
    "length": list(LENGTHS),
    "second": list(SECONDS),
    "frame": list(FRAMES),
    "pair": list(range(len(PAIRS))),
}


def _sample(size: int, seed: int = 24) -> list[Cell]:
    """A seeded sample of valid cells, every event meeting every value of each other choice."""
    rng = random.Random(seed)
    return list(sample_cells(Cell, Cell.valid, CHOICES, rng, size=size, axis="event", tries=60))


CELLS = _sample(420)

Read = tuple[str, str, tuple[str, ...], "str | None"]


def read(cell: Cell) -> list[Read]:
    """The meetings the library reads from the cell's page."""
    text = cell.text()
    if cell.frame == "crawled":
        article = next(iter(parse_crawled_text(text)))
        found = tuple(extract_meetings(article))
    else:
        found = extract_text(text, published=PUBLISHED).meetings
    return [
        (
            m.kind.value,
            m.status.value,
            tuple(sorted(c.alpha_3 for c in m.countries)),
            str(m.date) if m.date else None,
        )
        for m in found
    ]


def _fits(got: Read, want: tuple[str, str, tuple[str, ...], str | None]) -> bool:
    if got[:3] != want[:3]:
        return False
    if want[3] is None:
        return True
    if got[3] is None:
        return False
    n = min(len(got[3]), len(want[3]))
    return got[3][:n] == want[3][:n]


def _pairs(got: list[Read], wants: list[tuple[str, str, tuple[str, ...], str | None]]) -> bool:
    if len(got) != len(wants):
        return False
    if not wants:
        return True
    first, rest = wants[0], wants[1:]
    return any(
        _fits(g, first) and _pairs([*got[:i], *got[i + 1 :]], rest) for i, g in enumerate(got)
    )


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the cell's records."""
    return _pairs(read(cell), cell.expected())


def _known_miss(cell: Cell) -> str | None:
    """Why a cell is still misread (by choice values), or None."""
    if (
        cell.event == "tel-took-place"
        and cell.who == "the-president"
        and cell.frame == "wire"
        and PAIRS[cell.pair][0].code == "AZE"
    ):
        # "A telephone conversation took place between the President and ...", filed by an
        # agency the library does not know: the title after "between" takes no state (the
        # dateline's is read for a head leading the sentence only)
        return "bare-head-after-between"
    return None


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, _known_miss))
def test_grid_cell(cell: Cell) -> None:
    """The cell's page is read as exactly its records."""
    assert passes(cell), (cell.text(), cell.expected(), read(cell))


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells."""
    assert_every_value_sampled(CELLS, CHOICES)


# --- classes fixed from the grid, each with rows of its own (invented sentences) ---------
TABLE = ToldTable()
row = TABLE.row
# Talks a sentence opens as a step of the visit just told ("During the visit,", "Within the
# framework of the visit,"), with no day of their own, are the visit: with a body's officials
# too, and whoever the subject ("he", "the delegation", "the President").
row(
    "visit-step-talks",
    "2024-05-15",
    "Uzbek Foreign Minister Jasur Karimov is on a working visit to Brussels. During the visit, "
    "he held talks with officials of the European Union.",
    ("visit", "held", ("BEL", "UZB"), "EU", None),
)
row(
    "visit-step-talks",
    "2024-05-15",
    "Nepali Prime Minister Arjun Thapa arrived in Geneva on Monday on a working visit. Within "
    "the framework of the visit, he met with officials of the World Health Organization.",
    ("visit", "held", ("CHE", "NPL"), None, "2024-05-13"),
)
row(
    "visit-step-talks",
    "2024-05-15",
    "A Chilean delegation led by Foreign Minister Ines Vergara arrived in Hanoi on Monday on an "
    "official visit. Within the framework of the visit, the delegation met with Vietnamese Prime "
    "Minister Tran Quoc Hai.",
    ("visit", "held", ("CHL", "VNM"), None, "2024-05-13"),
)
# near miss: talks on a day of their own are a record of their own, as the owners key them
row(
    "visit-step-talks",
    "2024-05-15",
    "A Chilean delegation led by Foreign Minister Ines Vergara arrived in Hanoi on Monday on an "
    "official visit. On Tuesday, the delegation met with Vietnamese Prime Minister Tran Quoc Hai.",
    ("visit", "held", ("CHL", "VNM"), None, "2024-05-13"),
    ("meeting", "held", ("CHL", "VNM"), None, "2024-05-14"),
)
# A head named by the title alone leading a wire story is the outlet's state's, else the state
# of the capital the story is filed from.
row(
    "bare-head-of-the-dateline",
    "2024-05-15",
    "TASHKENT, May 15 (UzA) - The President left for Ankara on Tuesday on a state visit.",
    ("visit", "held", ("TUR", "UZB"), None, "2024-05-14"),
)
row(
    "bare-head-of-the-dateline",
    "2024-05-15",
    "DOHA, May 15 (QNA) - The Emir arrived in Nairobi on Monday on a two-day state visit.",
    ("visit", "held", ("KEN", "QAT"), None, "2024-05-13"),
)
row(
    "bare-head-of-the-dateline",
    "2024-05-15",
    "MANILA, May 15 (PNA) - The President spoke by phone with Japanese Prime Minister Kenji Oda "
    "on Tuesday.",
    ("call", "held", ("JPN", "PHL"), None, "2024-05-14"),
)
# The city a trip "left for" or "departed for" is the visit's place (its state the host).
row(
    "left-for-city",
    "2024-05-15",
    "Kenyan Foreign Minister Daniel Otieno left for Osaka on Sunday on a three-day working visit.",
    ("visit", "held", ("JPN", "KEN"), None, "2024-05-12"),
)
row(
    "left-for-city",
    "2024-05-15",
    "Brazilian Trade Minister Ana Ruiz departed for Lahore on Monday on an official visit.",
    ("visit", "held", ("BRA", "PAK"), None, "2024-05-13"),
)
# "exchanged views over the phone", "by telephone" is the call, no meeting of its own.
row(
    "exchanged-views-by-phone",
    "2024-05-15",
    "MANILA, May 15 (PNA) - Philippine President Jose Reyes and Vietnamese Prime Minister Tran "
    "Quoc Hai exchanged views over the phone on Monday.",
    ("call", "held", ("PHL", "VNM"), None, "2024-05-13"),
)
row(
    "exchanged-views-by-phone",
    "2024-05-15",
    "BAKU, May 15 (AZERTAC) - Azerbaijani Foreign Minister Ruslan Qasimli and his Georgian "
    "counterpart Levan Beridze exchanged views by telephone yesterday on regional security.",
    ("call", "held", ("AZE", "GEO"), None, "2024-05-14"),
)
# near miss: views exchanged in a city are talks
row(
    "exchanged-views-by-phone",
    "2024-05-15",
    "BAKU, May 15 (AZERTAC) - Azerbaijani Foreign Minister Ruslan Qasimli and his Georgian "
    "counterpart Levan Beridze exchanged views on regional security in Tbilisi yesterday.",
    ("meeting", "held", ("AZE", "GEO"), None, None),
)
# A visit told at its end with its length, by a body ("its"), is dated by its first day.
row(
    "its-length-at-the-end",
    "2024-05-15",
    "A Norwegian parliamentary delegation concluded its three-day visit to Pakistan on Friday.",
    ("visit", "held", ("NOR", "PAK"), None, "2024-05-08"),
)
row(
    "its-length-at-the-end",
    "2024-05-15",
    "The Egyptian delegation wrapped up its two-day visit to Oman on 9 May.",
    ("visit", "held", ("EGY", "OMN"), None, "2024-05-08"),
)

CLASSES = {
    "visit-step-talks",
    "bare-head-of-the-dateline",
    "left-for-city",
    "exchanged-views-by-phone",
    "its-length-at-the-end",
}


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_grid_class_rows(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each class the grid showed reads its invented rows (near misses as told)."""
    assert_told(cls, day, text, expected)


def test_table_classes_have_rows() -> None:
    """Every class has at least two rows of its own, and every row a known class."""
    counts = collections.Counter(cls for cls, *_ in TABLE)
    assert set(counts) == CLASSES
    assert all(n >= 2 for n in counts.values()), counts


# A head named by the title alone leading a page takes the state its headline gives that
# title: (headline, paragraph, the meetings it tells); the last two are near misses (a trip
# at home, a head named with a state).
HEADLINED: list[tuple[str, str, list[Expected]]] = [
    (
        "Kenyan President steps up diplomacy",
        "The President paid an official visit to Kampala on Monday.",
        [("visit", "held", ("KEN", "UGA"), None, "2024-05-13")],
    ),
    (
        "Kenyan President steps up diplomacy",
        "At the invitation of his counterpart, the President paid a state visit to Kampala on "
        "Monday.",
        [("visit", "held", ("KEN", "UGA"), None, "2024-05-13")],
    ),
    (
        "Kenyan President steps up diplomacy",
        "At the invitation of his counterpart, the President paid a state visit to Mombasa on "
        "Monday.",
        [],
    ),
    (
        "Kenyan President steps up diplomacy",
        "The President of Uganda paid an official visit to Nairobi on Monday.",
        [("visit", "held", ("KEN", "UGA"), None, "2024-05-13")],
    ),
]


@pytest.mark.parametrize(
    ("headline", "text", "expected"), HEADLINED, ids=[f"headlined-{i}" for i in range(4)]
)
def test_bare_head_of_the_headline(headline: str, text: str, expected: list[Expected]) -> None:
    """A bare head leading the page is of the state its headline names with that title."""
    assert_told("bare-head-of-the-headline", "2024-05-15", text, expected, title=headline)


if __name__ == "__main__":
    failed = {c: not passes(c) for c in CELLS}
    for name, value, bad, total in failure_table(CELLS, CHOICES, failed):
        print(f"{name:8} {value!s:16} {bad:4d}/{total}")
    for c in CELLS:
        if failed[c]:
            print(c.text(), c.expected(), read(c), sep="\n   ")
