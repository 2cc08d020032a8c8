"""A grid of talks whose sides are told only as the story's pair, by a bare plural subject.

A story about two states often tells its next (or its last) round of talks with a subject
that names no state: "The officials will meet again in Kampala in June", "Negotiators met in
Lima last month", "The two commerce secretaries held talks in Warsaw on Monday". The sides are
the pair the story is about (its lead's "A and B agreed ...", "Relations between A and B", or
its headline). Every cell is a short invented page built from independent choices: the pair,
how the story names it (``lead``), the subject (``subject``), the verb with its status
(``act``), the talks' city (either state's capital), the form of the date, and whether the
verb has an object that is no state (``counter``: "met farmers' groups"). The builder writes
the text AND the records it tells, computed from the choices by spec/EXTRACTION.md section 2
(never by running the library):

- a bare plural subject of officials meeting each other in a city, in a story about a pair,
  is one ``meeting`` of the pair (its countries "the states the text ... clearly refers to
  as taking part"); "will", "are due to", "are expected to" make it ``planned``, the past
  ``held``; its date is the date told, resolved against the publication day (Wednesday
  10 May 2023);
- the same subject meeting farmers' groups makes no meeting ("meetings of a state with
  companies or banks" are none, and farmers' groups are no state);
- one state's officials named by their demonym, meeting in their own capital, make no
  meeting (a domestic meeting).

A second grid (``TalksCell``) tells the talks themselves as the sentence's subject, in the
same stories: "Talks held in Kampala last month broke up", "Talks in Lima on Monday ended
without a deal", "The talks will resume in Warsaw in June", "Negotiations are due to open in
Hanoi on June 14". Talks with a place and a time of their own, no side named, in a story
about a pair are the pair's ``meeting``; told with no place or time ("The talks are expected
to be difficult") or "with farmers' groups" they are none.

A third grid (``BodyCell``) tells a body's ministers meeting, the body named with or without
a description by its members' trade ("Ministers of the Rio Group of coffee importers will
meet in Lima on June 14"): one session of the body (its ``organization``, the city's state as
host, the status and date told), whatever the description; "A group of farm exporters will
meet" (traders, no body) makes none. The kind is left open there: the scorer does not pair
by it, and the library reads "Officials of the X" and "when ministers of the X meet" as a
``meeting``, where the spec's word is ``conference``.

A fourth grid (``MissionCell``) tells an official leading a mission of firms to another
state ("Kenyan Economy Minister X will lead a trade mission of more than 100 companies to
Peru in June", "... said he would lead ..."): a ``visit`` of the official's state to the
host, the firms travelling with him (spec: "a trip by an official to another country");
a mission of firms with no official ("A Kenyan trade mission of 60 businessmen will travel
to Peru") is none.

A fifth grid (``CredentialsCell``) tells an envoy's credentials handed over with each verb
news uses ("presented", "submitted", "submitted a copy of", "handed over his credentials to",
"accepted the credentials of"): a held ``meeting`` of the envoy's state and the host's (as the
rule for "presented" reads it); a credentials committee accepting delegations' credentials
is none.

A cell passes when the page's meetings pair one to one with the expected ones, as the
scorer pairs them (``meeting_rows.fits_as_scored``, the date equal).

Before the rule of ``_records._bare_sides`` 131 of 300 cells failed: every bare subject
("The officials", "Negotiators", "Senior officials", "The ministers", "Their trade
ministers", "The two commerce secretaries", "The delegations") meeting each other gave no
meeting, where "Officials from the two countries" gave the pair's; after it none fails.
Before the talks subject was read there, 53 of the 160 talks cells failed (every one with a
place and a time: no meeting); after it none fails. The bodies grid fails 123 of 200 cells,
every one with a trade description: strict xfails then (``BODY_LEFT``), the class left (its
first fix failed the invariance bar); since ``_candidates._TRADERS_OF_BODY`` and the subjects
of ``_places.body_subject`` (session 37) none fails. Before the rule of
``_candidates._MISSION_WORD`` the missions grid failed 45 of 200 cells (the firms after
"mission of" read as the trip's counterpart, so the visit was dropped); after it 2 failed
("is due to lead a trade delegation of more than 100 companies to P on Friday" read held),
passing since the tense grid's rule that "is due to" before any verb is a plan
(tests/test_grid_tense.py); ``mission_known`` is left for a class to come. Before
"submitted", "handed over" and "accepted the credentials of" were read as the "presented"
rule, 100 of the 120 credentials cells failed (no meeting); after it none fails.
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
from meeting_rows import ANY, H, M, P, Want, briefs_of, fits_as_scored, pairs

PAIRS = [
    (
        State("KEN", "Kenya", "Kenyan", "Nairobi", "President", "Daniel Mwangi"),
        State("UGA", "Uganda", "Ugandan", "Kampala", "President", "Joseph Okello"),
    ),
    (
        State("PER", "Peru", "Peruvian", "Lima", "President", "Luis Paredes"),
        State("CHL", "Chile", "Chilean", "Santiago", "President", "Tomas Rivas"),
    ),
    (
        State("POL", "Poland", "Polish", "Warsaw", "President", "Marek Nowicki"),
        State("LTU", "Lithuania", "Lithuanian", "Vilnius", "President", "Jonas Petraitis"),
    ),
    (
        State("VNM", "Vietnam", "Vietnamese", "Hanoi", "President", "Tran Van Duc"),
        State("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Somchai Wongsa"),
    ),
]

# How the story names its pair: (headline or None, lead sentence with {a} and {b}).
LEADS: dict[str, tuple[str | None, str]] = {
    "agreed": (None, "{a} and {b} agreed on Monday to ease curbs on trade in farm goods."),
    "relations": (None, "Relations between {a} and {b} have warmed since a border row ended."),
    "headline": ("{a} and {b} move to ease trade curbs", "Tariffs on farm goods are set to fall."),
}

# The subject; "own-state" is one state's officials by demonym (a domestic meeting).
SUBJECTS: dict[str, str] = {
    "the-officials": "The officials",
    "officials": "Officials",
    "negotiators": "Negotiators",
    "the-negotiators": "The negotiators",
    "senior-officials": "Senior officials",
    "the-delegations": "The delegations",
    "the-ministers": "The ministers",
    "their-ministers": "Their trade ministers",
    "two-secretaries": "The two commerce secretaries",
    "from-the-two": "Officials from the two countries",  # the pair named: read before the rule
    "own-state": "{dem} officials",
}

# The verb: (text with {city}, {date} and {counter}, held?).
ACTS: dict[str, tuple[str, bool]] = {
    "will-meet-again": ("will meet {counter}again in {city} {date}", False),
    "due-to-meet": ("are due to meet {counter}in {city} {date}", False),
    "expected-to-meet": ("are expected to meet {counter}in {city} {date}", False),
    "met": ("met {counter}in {city} {date}", True),
    "held-talks": ("held talks {counter}in {city} {date}", True),
    "will-hold-talks": ("will hold talks {counter}in {city} {date}", False),
}
CITIES = ["a", "b"]
# date form -> (past text, past ISO, future text, future ISO)
DATES: dict[str, tuple[str, str, str, str]] = {
    "month": ("last month", "2023-04", "in June", "2023-06"),
    "weekday": ("on Monday", "2023-05-08", "on Friday", "2023-05-12"),
    "day": ("on April 20", "2023-04-20", "on June 14", "2023-06-14"),
}
# The verb's object: none (the sides meet each other), or a group that is no state.
COUNTERS = ["each-other", "farmers"]


@dataclass(frozen=True)
class Cell:
    """One page's choices."""

    subject: str
    act: str
    lead: str
    city: str
    date: str
    counter: str
    pair: int

    def valid(self) -> bool:
        """Whether the choices make a page whose records the spec decides.

        One state's officials meet in their own capital; officials of both states meeting a
        farmers' group together leave open whether the two sides met each other there.
        """
        if self.subject == "from-the-two" and self.counter == "farmers":
            return False
        return not (
            self.subject == "own-state" and (self.city != "a" or self.counter != "each-other")
        )

    @property
    def held(self) -> bool:
        """Whether the talks are told as held."""
        return ACTS[self.act][1]

    def text(self) -> tuple[str | None, str]:
        """The page: headline (or None) and body."""
        a, b = PAIRS[self.pair]
        headline, lead = LEADS[self.lead]
        subject = SUBJECTS[self.subject].format(dem=a.demonym)
        phrase, held = ACTS[self.act]
        when = DATES[self.date][0 if held else 2]
        counter = ""
        if self.counter == "farmers":
            counter = "with farmers' groups " if "talks" in phrase else "farmers' groups "
        city = (a if self.city == "a" else b).capital
        verb = phrase.format(counter=counter, city=city, date=when).replace("  ", " ")
        if self.counter == "farmers":
            verb = verb.replace("again ", "")
        body = f"{lead.format(a=a.name, b=b.name)} {subject} {verb} to review progress."
        title = headline.format(a=a.name, b=b.name) if headline else None
        return title, body

    def expected(self) -> list[Want]:
        """The meetings the page tells, computed from the choices."""
        if self.subject == "own-state" or self.counter == "farmers":
            return []
        a, b = PAIRS[self.pair]
        date = DATES[self.date][1 if self.held else 3]
        return [(M, H if self.held else P, sorted([a.code, b.code]), None, date)]


CHOICES: dict[str, list[object]] = {
    "subject": list(SUBJECTS),
    "act": list(ACTS),
    "lead": list(LEADS),
    "city": list(CITIES),
    "date": list(DATES),
    "counter": list(COUNTERS),
    "pair": list(range(len(PAIRS))),
}

CELLS = list(
    sample_cells(Cell, Cell.valid, CHOICES, random.Random(61), size=300, axis="subject", tries=60)
)


def read(cell: Cell) -> list[tuple[str, str, list[str], str | None, str | None]]:
    """The meetings the library reads from the cell's page."""
    title, body = cell.text()
    return briefs_of(body, title=title)


def passes(cell: Cell) -> bool:
    """Whether the page's meetings pair one to one with the expected ones."""
    return pairs(read(cell), cell.expected(), fits_as_scored)


def known(cell: Cell) -> str | None:
    """Why a cell is still misread (none left)."""
    return None


def test_every_value_is_sampled() -> None:
    """Every value of every choice is met in several cells of the sample."""
    assert_every_value_sampled(CELLS, CHOICES)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, known))
def test_grid_bare_sides(cell: Cell) -> None:
    """A bare plural subject meeting in a pair's story is the pair's meeting; others none."""
    assert passes(cell), (cell.text(), read(cell), cell.expected())


# The second grid: the talks themselves as the sentence's subject ("Talks held in P last month
# broke up", "The talks will resume in P in June"), in the same stories. Its form: (text with
# {city} and {date}, held?).
TALKS: dict[str, tuple[str, bool]] = {
    "held-broke-up": ("Talks held in {city} {date} broke up without agreement.", True),
    "in-ended": ("Talks in {city} {date} ended without a deal.", True),
    "between-officials": (
        "Talks between deputy-level officials in {city} {date} made no headway.",
        True,
    ),
    "resumed": ("The talks resumed in {city} {date}.", True),
    "will-resume": ("The talks will resume in {city} {date}.", False),
    "due-to-open": ("Negotiations are due to open in {city} {date}.", False),
    "talks-will-resume": ("Talks will resume in {city} {date}.", False),
}
# What else the talks' sentence tells: nothing, or it is told with no place or time of its
# own ("vague": no event), or the talks are with a group that is no state ("farmers": none).
TALK_EXTRAS = ["none", "vague", "farmers"]


@dataclass(frozen=True)
class TalksCell:
    """One page's choices: the talks' form, the story's lead, city, date form, extra, pair."""

    form: str
    lead: str
    city: str
    date: str
    extra: str
    pair: int

    @property
    def held(self) -> bool:
        """Whether the talks are told as held."""
        return TALKS[self.form][1]

    def text(self) -> tuple[str | None, str]:
        """The page: headline (or None) and body."""
        a, b = PAIRS[self.pair]
        headline, lead = LEADS[self.lead]
        phrase, held = TALKS[self.form]
        city = (a if self.city == "a" else b).capital
        when = DATES[self.date][0 if held else 2]
        if self.extra == "vague":
            sentence = "The talks are expected to be difficult, officials said."
        else:
            sentence = phrase.format(city=city, date=when)
            if self.extra == "farmers":
                sentence = sentence.replace(" in ", " with farmers' groups in ", 1)
        body = f"{lead.format(a=a.name, b=b.name)} {sentence}"
        title = headline.format(a=a.name, b=b.name) if headline else None
        return title, body

    def expected(self) -> list[Want]:
        """The meetings the page tells, computed from the choices."""
        if self.extra != "none":
            return []
        a, b = PAIRS[self.pair]
        date = DATES[self.date][1 if self.held else 3]
        return [(M, H if self.held else P, sorted([a.code, b.code]), None, date)]


TALKS_CHOICES: dict[str, list[object]] = {
    "form": list(TALKS),
    "lead": list(LEADS),
    "city": list(CITIES),
    "date": list(DATES),
    "extra": list(TALK_EXTRAS),
    "pair": list(range(len(PAIRS))),
}

TALKS_CELLS = list(
    sample_cells(
        TalksCell,
        lambda cell: True,
        TALKS_CHOICES,
        random.Random(62),
        size=160,
        axis="form",
        tries=10,
    )
)


def read_talks(cell: TalksCell) -> list[tuple[str, str, list[str], str | None, str | None]]:
    """The meetings the library reads from a talks cell's page."""
    title, body = cell.text()
    return briefs_of(body, title=title)


def talks_pass(cell: TalksCell) -> bool:
    """Whether the talks page's meetings pair one to one with the expected ones."""
    return pairs(read_talks(cell), cell.expected(), fits_as_scored)


def test_every_talks_value_is_sampled() -> None:
    """Every value of every choice of the talks grid is met in several cells."""
    assert_every_value_sampled(TALKS_CELLS, TALKS_CHOICES)


@pytest.mark.parametrize("cell", grid_params(TALKS_CELLS, dashed_id, lambda cell: None))
def test_grid_talks_subject(cell: TalksCell) -> None:
    """Talks told as the subject, with a place and time, in a pair's story are its meeting."""
    assert talks_pass(cell), (cell.text(), read_talks(cell), cell.expected())


# The third grid: a body's ministers meeting, the body described by its members' trade ("the
# Cairns Group of farm exporters"), where the trade word read as firms dropped the meeting.
# (body as written, its organization, a plausible member count)
BODIES: dict[str, tuple[str, str, str]] = {
    "cairns": ("Cairns Group", "Cairns Group", "14-nation"),
    "rio": ("Rio Group", "Rio Group", "12-nation"),
    "andean": ("Andean Community", "Andean Community", "five-nation"),
    "contadora": ("Contadora Group", "Contadora Group", "four-nation"),
}
# The description after the body's name; "firms" makes the subject traders, no body's members.
TRADES = {
    "farm-exporters": "of farm exporters",
    "agricultural-exporters": "of agricultural exporters",
    "coffee-importers": "of coffee importers",
    "none": "",
    "firms": "",
}
HEADS = ["Ministers of", "Ministers from", "Trade ministers of", "Officials of"]
# The verb: (text with {city} and {date}, held?)
BODY_ACTS: dict[str, tuple[str, bool]] = {
    "will-meet": ("will meet in {city} {date}", False),
    "met": ("met in {city} {date}", True),
    "opened": ("opened a three-day meeting in {city} {date}", True),
    "when-meet": ("meet in {city} {date}", False),  # "... would press for X when ministers meet"
}
BODY_CITIES = {"Lima": "PER", "Auckland": "NZL", "Budapest": "HUN", "Bangkok": "THA"}


@dataclass(frozen=True)
class BodyCell:
    """One sentence's choices: the body, its description, the subject's head, verb, place."""

    trade: str
    body: str
    sized: bool
    head: str
    act: str
    city: str
    date: str

    def text(self) -> str:
        """The sentence."""
        name, _, size = BODIES[self.body]
        phrase, held = BODY_ACTS[self.act]
        when = DATES[self.date][0 if held else 2]
        verb = phrase.format(city=self.city, date=when)
        if self.trade == "firms":
            subject = "A group of farm exporters"
        else:
            owner = f"the {size} {name}" if self.sized else f"the {name}"
            subject = " ".join(w for w in (self.head, owner, TRADES[self.trade]) if w)
        if self.act == "when-meet":
            return (
                "Trade Minister Juan Soto said he would press for faster reform of farm trade "
                f"when {subject[0].lower()}{subject[1:]} {verb}."
            )
        return f"{subject} {verb}."

    def expected(self) -> list[Want]:
        """The body's session the sentence tells (none for traders), from the choices."""
        if self.trade == "firms":
            return []
        held = BODY_ACTS[self.act][1]
        date = DATES[self.date][1 if held else 3]
        organization = BODIES[self.body][1]
        return [(ANY, H if held else P, [BODY_CITIES[self.city]], organization, date)]


BODY_CHOICES: dict[str, list[object]] = {
    "trade": list(TRADES),
    "body": list(BODIES),
    "sized": [False, True],
    "head": list(HEADS),
    "act": list(BODY_ACTS),
    "city": list(BODY_CITIES),
    "date": list(DATES),
}

BODY_CELLS = list(
    sample_cells(
        BodyCell,
        lambda cell: True,
        BODY_CHOICES,
        random.Random(63),
        size=200,
        axis="trade",
        tries=10,
    )
)


def body_pass(cell: BodyCell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text()), cell.expected(), fits_as_scored)


def test_every_body_value_is_sampled() -> None:
    """Every value of every choice of the bodies grid is met in several cells."""
    assert_every_value_sampled(BODY_CELLS, BODY_CHOICES)


# The cells the library still misreads, by choice value (a strict xfail each): none since
# session 37, where a body described by its members' trade ("the X Group of farm exporters")
# is read as the body (tests/test_grid_body_sessions_named.py), no longer as firms meeting.
BODY_LEFT: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("cell", grid_params(BODY_CELLS, dashed_id, by_value(BODY_LEFT)))
def test_grid_body_of_traders(cell: BodyCell) -> None:
    """A body described by its members' trade meets as a body; traders alone make none."""
    assert body_pass(cell), (cell.text(), briefs_of(cell.text()), cell.expected())


# The fourth grid: an official leading a mission of firms to another state, a visit (the firms
# travel with the official, the state they go to is the host); with no official, none.
MISSION_WORDS = ["trade mission", "buying mission", "trade delegation"]
MEMBERS = {
    "companies": "of more than 100 companies",
    "businessmen": "of 60 businessmen",
    "executives": "of some 40 executives",
    "none": "",
}
LEADERS = ["subject", "pronoun", "nobody"]
# (planned verb, held verb) by leader
MISSION_VERBS = {
    "will-lead": ("will lead", "led"),
    "due-to-lead": ("is due to lead", "led"),
}
DESTINATIONS = ["name", "capital"]


@dataclass(frozen=True)
class MissionCell:
    """One sentence's choices: who leads, the mission, its members, verb, status, place, date."""

    members: str
    leader: str
    mission: str
    verb: str
    held: bool
    destination: str
    date: str
    pair: int

    def valid(self) -> bool:
        """A mission with no leader is told with its firms (the bare one is left open)."""
        return not (self.leader == "nobody" and self.members == "none")

    def text(self) -> str:
        """The sentence."""
        a, b = PAIRS[self.pair]
        dest = b.name if self.destination == "name" else b.capital
        when = DATES[self.date][0 if self.held else 2]
        members = f" {MEMBERS[self.members]}" if MEMBERS[self.members] else ""
        trip = f"a {self.mission}{members} to {dest} {when}"
        planned, past = MISSION_VERBS[self.verb]
        official = f"{a.demonym} Economy Minister {a.person}"
        if self.leader == "subject":
            return f"{official} {past if self.held else planned} {trip}."
        if self.leader == "pronoun":
            verb = "had led" if self.held else "would lead"
            return f"{official} said he {verb} {trip}."
        article = "An" if a.demonym[0] in "AEIOU" else "A"
        go = "travelled" if self.held else "will travel"
        return f"{article} {a.demonym} {self.mission}{members} {go} to {dest} {when}."

    def expected(self) -> list[Want]:
        """The official's visit, from the choices (none with no official)."""
        if self.leader == "nobody":
            return []
        a, b = PAIRS[self.pair]
        date = DATES[self.date][1 if self.held else 3]
        return [("visit", H if self.held else P, sorted([a.code, b.code]), None, date)]


MISSION_CHOICES: dict[str, list[object]] = {
    "members": list(MEMBERS),
    "leader": list(LEADERS),
    "mission": list(MISSION_WORDS),
    "verb": list(MISSION_VERBS),
    "held": [False, True],
    "destination": list(DESTINATIONS),
    "date": list(DATES),
    "pair": list(range(len(PAIRS))),
}

MISSION_CELLS = list(
    sample_cells(
        MissionCell,
        MissionCell.valid,
        MISSION_CHOICES,
        random.Random(64),
        size=200,
        axis="members",
        tries=20,
    )
)


def mission_pass(cell: MissionCell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text()), cell.expected(), fits_as_scored)


def test_every_mission_value_is_sampled() -> None:
    """Every value of every choice of the missions grid is met in several cells."""
    assert_every_value_sampled(MISSION_CELLS, MISSION_CHOICES)


def mission_known(cell: MissionCell) -> str | None:
    """Why a missions cell is still misread (a strict xfail), from its choices."""
    return None


@pytest.mark.parametrize("cell", grid_params(MISSION_CELLS, dashed_id, mission_known))
def test_grid_mission_of_firms(cell: MissionCell) -> None:
    """An official leading a mission of firms to a state pays a visit; firms alone none."""
    assert mission_pass(cell), (cell.text(), briefs_of(cell.text()), cell.expected())


# The fifth grid: an envoy's credentials told with a verb the library did not know ("submitted
# a copy of his credentials to", "handed over his credentials to", "accepted the credentials
# of"), beside the one it knew ("presented"): a held meeting of the envoy's state and the
# host's. (text with {envoy} the envoy's words, {host} the host's official, {date})
CREDENTIALS: dict[str, str] = {
    "presented": "{envoy} presented his credentials to {host} {date}.",
    "submitted": "{envoy} submitted his credentials to {host} {date}.",
    "copy": "{envoy} submitted a copy of his credentials to {host} {date}.",
    "handed-over": "{envoy} handed over his credentials to {host} {date}.",
    "accepted": "{host} {date} accepted the credentials of {envoy}.",
    "has-accepted": "{host} has accepted the credentials of {envoy}.",
}
# The envoy's words: by the demonym, as "the ambassador of A to B", or after his name.
ENVOYS = {
    "demonym": "the new {dem} ambassador {name}",
    "of-to": "the newly appointed ambassador of {a} to {b}, {name},",
    "named": "{name}, newly appointed as {a}'s ambassador to {b},",
}
HOSTS = {
    "president": "{dem} President {person}",
    "minister": "{dem} Foreign Minister {person}",
}
# A body's credentials committee accepting delegations' credentials: no meeting of states.
CREDENTIAL_FRAMES = ["envoy", "committee"]


@dataclass(frozen=True)
class CredentialsCell:
    """One sentence's choices: the verb, the envoy's and host's words, the date, the pair."""

    verb: str
    envoy: str
    host: str
    date: str
    frame: str
    pair: int

    def valid(self) -> bool:
        """The committee frame is told once per verb that takes "of" (the host's side)."""
        return self.frame == "envoy" or (self.verb == "accepted" and self.envoy == "demonym")

    def text(self) -> str:
        """The sentence."""
        a, b = PAIRS[self.pair]
        when = DATES[self.date][0]
        if self.frame == "committee":
            return f"The credentials committee accepted the credentials of all delegations {when}."
        envoy = ENVOYS[self.envoy].format(dem=a.demonym, a=a.name, b=b.name, name="Ali Rahman")
        host = HOSTS[self.host].format(dem=b.demonym, person=b.person)
        text = CREDENTIALS[self.verb].format(envoy=envoy, host=host, date=when)
        text = text.replace(", accepted", " accepted").replace(",.", ".").replace(", .", ".")
        text = text.replace(", " + when, " " + when)
        return text[0].upper() + text[1:]

    def expected(self) -> list[Want]:
        """The held meeting of the envoy's state and the host's (none for a committee)."""
        if self.frame == "committee":
            return []
        a, b = PAIRS[self.pair]
        date = None if self.verb == "has-accepted" else DATES[self.date][1]
        return [(M, H, sorted([a.code, b.code]), None, ANY if date is None else date)]


CREDENTIALS_CHOICES: dict[str, list[object]] = {
    "verb": list(CREDENTIALS),
    "envoy": list(ENVOYS),
    "host": list(HOSTS),
    "date": list(DATES),
    "frame": list(CREDENTIAL_FRAMES),
    "pair": list(range(len(PAIRS))),
}

CREDENTIALS_CELLS = list(
    sample_cells(
        CredentialsCell,
        CredentialsCell.valid,
        CREDENTIALS_CHOICES,
        random.Random(65),
        size=120,
        axis="verb",
        tries=40,
    )
)


def credentials_pass(cell: CredentialsCell) -> bool:
    """Whether the sentence's meetings pair one to one with the expected ones."""
    return pairs(briefs_of(cell.text()), cell.expected(), fits_as_scored)


def test_every_credentials_value_is_sampled() -> None:
    """Every value of every choice of the credentials grid is met in some cells."""
    assert_every_value_sampled(CREDENTIALS_CELLS, CREDENTIALS_CHOICES, least=2)


@pytest.mark.parametrize("cell", grid_params(CREDENTIALS_CELLS, dashed_id, lambda cell: None))
def test_grid_credentials(cell: CredentialsCell) -> None:
    """An envoy's credentials handed over, by whichever verb, are a meeting of the two states."""
    assert credentials_pass(cell), (cell.text(), briefs_of(cell.text()), cell.expected())


if __name__ == "__main__":  # pragma: no cover - the grids' report of failing cells
    failed = {c: not passes(c) for c in CELLS}
    for choice, value, bad, total in failure_table(CELLS, CHOICES, failed):
        if bad:
            print(f"{choice}={value}: {bad} of {total}")
    for c in CELLS:
        if failed[c]:
            print(dashed_id(c), "|", c.text(), "|", read(c))
    print(f"{sum(failed.values())} of {len(CELLS)} cells fail")
    talks_failed = {c: not talks_pass(c) for c in TALKS_CELLS}
    for choice, value, bad, total in failure_table(TALKS_CELLS, TALKS_CHOICES, talks_failed):
        if bad:
            print(f"talks {choice}={value}: {bad} of {total}")
    for tc in TALKS_CELLS:
        if talks_failed[tc]:
            print(dashed_id(tc), "|", tc.text(), "|", read_talks(tc))
    print(f"talks: {sum(talks_failed.values())} of {len(TALKS_CELLS)} cells fail")
    body_failed = {c: not body_pass(c) for c in BODY_CELLS}
    for choice, value, bad, total in failure_table(BODY_CELLS, BODY_CHOICES, body_failed):
        if bad:
            print(f"bodies {choice}={value}: {bad} of {total}")
    for bc in BODY_CELLS:
        if body_failed[bc]:
            print(dashed_id(bc), "|", bc.text(), "|", briefs_of(bc.text()))
    print(f"bodies: {sum(body_failed.values())} of {len(BODY_CELLS)} cells fail")
    mission_failed = {c: not mission_pass(c) for c in MISSION_CELLS}
    for choice, value, bad, total in failure_table(MISSION_CELLS, MISSION_CHOICES, mission_failed):
        if bad:
            print(f"missions {choice}={value}: {bad} of {total}")
    for mc in MISSION_CELLS:
        if mission_failed[mc]:
            print(dashed_id(mc), "|", mc.text(), "|", briefs_of(mc.text()))
    print(f"missions: {sum(mission_failed.values())} of {len(MISSION_CELLS)} cells fail")
    cred_failed = {c: not credentials_pass(c) for c in CREDENTIALS_CELLS}
    for choice, value, bad, total in failure_table(
        CREDENTIALS_CELLS, CREDENTIALS_CHOICES, cred_failed
    ):
        if bad:
            print(f"credentials {choice}={value}: {bad} of {total}")
    for rc in CREDENTIALS_CELLS:
        if cred_failed[rc]:
            print(dashed_id(rc), "|", rc.text(), "|", briefs_of(rc.text()))
    print(f"credentials: {sum(cred_failed.values())} of {len(CREDENTIALS_CELLS)} cells fail")
