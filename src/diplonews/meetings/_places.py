"""Where, when and under which body a meeting candidate takes place.

Reads the clause around a trigger for its place ("in Baku", "here" for the
dateline city, a venue standing for its city), its date (the nearest date
mention not owned by another meeting word, or the month of the remarks an
event just preceded), its organisation and its own title.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterator, Mapping, Sequence

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.gazetteer import state_at
from diplonews.meetings._rules import (
    AHEAD_OF_GATHERING,
    CLAUSE_WINDOW,
    DATELINE,
    HEAD_CLAUSE,
    HERE,
    IN_NAME,
    JUST_BEFORE,
    NEW_CLAUSE,
    NOT_A_MEETING,
    NOT_A_MEETING_FOLDED,
    NOT_A_MEETING_WORDS,
    ORDINAL_TITLE,
    ORG_SHORT,
    PLACE_IN,
    PRIVATE_VISITORS,
    RECALLING,
    REMARKS,
    SIDES_HOLD_IT,
    SINCE_RECALLED,
    SITE_VISIT,
    TALKS_TAKEN_UP,
    TOPIC,
    TRIGGER_WORDS,
    fold,
)
from diplonews.text import PersonMention, Sentence, meeting_words, trie
from diplonews.text.countries import (
    CountryMention,
    city_country,
    extract_country_mentions,
    opening_city,
    resolve_country_group,
    state_codes,
)
from diplonews.text.dates import WEEKDAY_PATTERN, DateMention, Tense, extract_dates
from diplonews.values import Country, PartialDate, Place

# A name of its own just before a gathering word ("the NATO Summit"); "The", "This" and
# ordinals ("the 3rd Forum") are none.
NAMED_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:The|This|That|These|Its|His|Her|Their)\b)[A-Z][\w-]*\s+\Z"
)

# A role's portfolio just before a state: "Senior Director for Russia", "Envoy for Yemen".
PORTFOLIO = re.compile(
    r"\b(?i:director|envoy|representative|coordinator|secretary|minister|commissioner"
    r"|adviser|advisor|czar|rapporteur)\s+for\s+(?:the\s+)?\Z"
)
# One's own government met after the trigger, named by office with no nationality:
# "an assessment meeting with the army's chief of staff", "met his top economic advisers".
_OWN_PEOPLE_AFTER = re.compile(
    r"""\s+(?:with\s+)?(?:his|her|their|its|the)\s+(?:[a-z'’-]+\s+){0,3}?  # lower case only
    (?:advisers|advisors|aides|cabinet|generals|commanders|chiefs?\s+of\s+staff|security\s+chiefs
    |service\s+chiefs|lawmakers|legislators|senators|congressmen|parliamentarians)\b""",
    re.VERBOSE,
)
# A state's own legislators as the subject: "The senators and several congressmen met with".
_OWN_PEOPLE_BEFORE = re.compile(
    r"""\b[Tt]he\s+(?:lawmakers|legislators|senators|congressmen|parliamentarians|MPs)\b
    (?:[^.;]|\.(?=\S|\s+[a-z])){0,90}\Z""",  # "U.S. semiconductor" holds no full stop
    re.VERBOSE,
)

__all__ = [
    "BRIEFED",
    "NAMED_BEFORE",
    "PORTFOLIO",
    "a_trip_home",
    "agency_dateline_end",
    "body_named",
    "body_officials",
    "body_session",
    "body_session_named",
    "body_subject",
    "clause_after",
    "clause_bounds",
    "dates_another_act",
    "find_location",
    "find_organization",
    "find_title",
    "holds",
    "host_after",
    "in_business",
    "just_before_remarks",
    "list_item",
    "name_end",
    "next_meeting_word",
    "not_a_state_visit",
    "not_meetings",
    "of_its_time",
    "own_people",
    "partner_after_topics",
    "pick_date",
    "read_dateline",
    "sentence_dates",
    "shaped_body_name",
    "to_a_region",
    "venue_told",
]


# A body the table does not list, whose name's shape says its members are states: "the
# Association of Iron Ore Exporting Countries", "the Tea Producers' Alliance", "the
# Inter-African Tea Organisation"; its acronym may follow in brackets ("(AIOEC)"). A body
# of firms, farmers or workers ("of Coffee Exporting Companies", "Growers' Cooperative") has
# none of these shapes.
_SHAPED_BODY = (
    # states grouped by the goods they trade: "Union of Bauxite Producing States"
    r"(?:(?:Association|Organi[sz]ation|Council|Alliance|Union|Community|Group|Federation)"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?(?:Producing|Exporting|Importing|Consuming)"
    r"\s+(?:Countries|States|Nations)"
    # commodity-producing states' alliance: "the Cashew Producers' Alliance"
    r"|(?!(?:The|A|An|Its|Their)\s)(?:[A-Z][a-z]+\s+){1,2}Producers['’]?\s+Alliance"
    # a body of a region's states for a trade: "the Inter-African Tea Organisation"
    r"|Inter-[A-Z][a-z]+(?:an|ic)\s+(?:[A-Z][\w-]*\s+){0,3}?Organi[sz]ation)"
    r"(?:\s+\([A-Z][A-Z-]{1,7}\))?"  # its acronym in brackets: "(AIOEC)"
)
# A shaped name's own acronym told in brackets after it.
_SHAPED_ACRONYM = re.compile(r"\s+\((?P<acronym>[A-Z][A-Z-]{1,7})\)\Z")


class _Forms(dict[str, str]):
    """The table's forms and their bodies; a shaped name not in it is its own body."""

    def __missing__(self, form: str) -> str:
        return shaped_body_name(form)


def shaped_body_name(form: str) -> str:
    """The ``organization`` of a body read by its name's shape.

    Its acronym told in brackets, else a group's short name, else the name as written.

    >>> shaped_body_name("Association of Iron Ore Exporting Countries (AIOEC)")
    'AIOEC'
    >>> shaped_body_name("Organisation of Petroleum Exporting Countries")
    'OPEC'
    >>> shaped_body_name("Cashew Producers' Alliance")
    "Cashew Producers' Alliance"
    """
    acronym = _SHAPED_ACRONYM.search(form)
    if acronym is not None:
        return acronym["acronym"]
    name = " ".join(form.split())
    return resolve_country_group(name) or name


@functools.cache
def _org_pattern() -> tuple[re.Pattern[str], Mapping[str, str]]:
    """One regex over every organisation form of ``meeting_words.json``, longest first.

    It also reads the names whose shape tells a body of states (``_SHAPED_BODY``).
    """
    forms = _Forms()
    for name, surfaces in meeting_words()["organizations"].items():
        for surface in surfaces:
            forms[surface] = name
    # A trie of the (case-sensitive) forms: one branch per letter, still longest first.
    return re.compile(
        rf"(?<!\w)(?<!National\s)(?:{trie(sorted(forms))}|{_SHAPED_BODY})(?!\w)"
    ), forms


@functools.cache
def _venue_pattern() -> tuple[re.Pattern[str], Mapping[str, tuple[str, str]]]:
    venues = {k: (v[0], v[1]) for k, v in meeting_words()["venues"].items()}
    alternation = "|".join(re.escape(f) for f in sorted(venues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), venues


# What stands before a venue told as the place of an event: "at the White House", "to the
# Kremlin", "visit the White House", "on Capitol Hill" (not "the Kremlin said", a speaker).
_AT_VENUE = re.compile(r"\b(?:[Aa]t|[Tt]o|[Ii]n|[Oo]n|[Vv]isit(?:s|ed|ing)?)\s+(?:the\s+)?\Z")
# An office right after a venue, its title words capitalised: "to the White House press
# secretary", "at the Kremlin Security Council" is no place ("during his official visit" is).
_VENUE_OFFICE = re.compile(
    r"""(?:\s+[A-Z][\w-]*){0,4}?\s+(?i:advis[eo]rs?|aides?|spokes(?:man|woman|person)|secretary
    |chief|director|counsel(?:or)?|officials?|staff|sources?|correspondents?|press)\b""",
    re.VERBOSE,
)


def venue_told(text: str) -> tuple[int, str, str] | None:
    """The first venue ``text`` tells as a place, with its city and state.

    A seat of government stands for its city where the text puts an event there ("met at
    the White House", "to visit the Kremlin"), not where it speaks ("the Kremlin said") or
    names an office ("a White House official").

    >>> from diplonews.meetings._places import venue_told
    >>> venue_told("X met Y at the White House today.")
    (15, 'Washington', 'USA')
    >>> venue_told("The Kremlin said X would visit Turkey.") is None
    True
    """
    venue_re, venues = _venue_pattern()
    for venue in venue_re.finditer(text):
        if _AT_VENUE.search(text, max(0, venue.start() - 16), venue.start()) and not (
            _VENUE_OFFICE.match(text, venue.end())
        ):
            city, code = venues[venue.group()]
            return venue.start(), city, code
    return None


# A dateline with the agency after its day ("ASTANA, May 8 (Reuters) -", "(Xinhua) --"): its
# city is "here", while its day (the report's) may still date an event told without one.
_AGENCY_DATELINE = re.compile(  # (the comma after the city may lack, a colon end it)
    r"""^\s*(?P<city>[A-Z][A-Z .'-]+?)(?:,\s*(?P<region>[A-Za-z .]+?))?,?\s+
    [A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][\w .&/-]{1,30}\)\s*(?:[-–—]{1,2}|:)\s""",
    re.VERBOSE,
)


def read_dateline(body: str) -> tuple[int, tuple[str, str] | None]:
    """Where a Reuters dateline ends, and its city and state when the city is known.

    A dateline with the agency after its day gives its city only (its end is 0).

    >>> read_dateline("ASTANA, May 8 (Reuters) - The talks ...")
    (0, ('Astana', 'KAZ'))
    """
    dateline = DATELINE.match(body)
    if dateline is None:
        dateline = _agency_dateline(body)
        if dateline is None:
            return 0, None
        return 0, _dateline_city(dateline)
    return dateline.end(), _dateline_city(dateline)


def agency_dateline_end(body: str) -> int:
    """Where a dateline with the agency after its day ends ("ASTANA, May 8 (Reuters) - "), or 0.

    >>> agency_dateline_end("ASTANA, May 8 (Reuters) - On Monday, talks ...")
    26
    """
    dateline = _agency_dateline(body)
    return dateline.end() if dateline is not None else 0


def _agency_dateline(body: str) -> re.Match[str] | None:
    """The dateline with the agency after its day opening ``body``, if any."""
    return _AGENCY_DATELINE.match(body) if "(" in body[:60] else None  # no "(": no agency


def _dateline_city(dateline: re.Match[str]) -> tuple[str, str] | None:
    """The city of a dateline and its state, when the city is known."""
    city = dateline.group("city").strip().title()
    code = city_country(city)
    if code is None:
        found = extract_country_mentions(city)
        code = found[0].code if found and found[0].kind == "capital" else None
    if code is None and dateline.group("region"):
        found = extract_country_mentions(dateline.group("region"))
        code = found[0].code if found and found[0].kind != "group" else None
    return (city, code) if code is not None else None


def sentence_dates(
    cache: dict[tuple[int, Tense], list[DateMention]],
    sentence: Sentence,
    published: dt.date | None,
    tense: Tense,
) -> list[DateMention]:
    """The dates of a sentence at body offsets, read once per tense."""
    key = (sentence.start, tense)
    found = cache.get(key)
    if found is None:
        at = sentence.start  # a new mention, not attrs.evolve (several times slower)
        found = [
            DateMention(d.start + at, d.end + at, d.text, d.date, d.relative)
            for d in extract_dates(sentence.text, published, tense=tense)
        ]
        cache[key] = found
    return found


def pick_date(
    body: str,
    dates: Sequence[DateMention],
    span: tuple[int, int],
    trigger: tuple[int, int],
    *,
    shared: bool = False,
) -> tuple[PartialDate, int] | None:
    """The date mention of the clause nearest the trigger (after it first), and its distance.

    A date counts unless a new clause (", the central bank ... on Tuesday",
    after the trigger) or another meeting word (it dates that one) stands in
    between. With ``shared`` (the event hosts the one named before it: "met
    X on Monday at the summit") a date before the other meeting word counts.
    """
    lo, hi = span
    t0, t1 = trigger
    after = [
        d for d in dates
        if t0 <= d.start < hi
        and not clause_after(body, t1, d.start)
        and next_meeting_word(body, name_end(body, t1), d.start, of_a_date=True) is None
        and not _other_act(body, lo, t1, d.start)
        and not _opens_next_clause(body, t1, d)
        and not _FIGURE_VERB.search(body, t1, d.start)  # "trade stood at $3m in July-March"
    ]  # fmt: skip
    if after:
        first = min(after, key=lambda d: d.start)
        return first.date, max(0, first.start - t1)
    before = [
        d for d in dates
        if lo <= d.start and d.end <= t0 and _no_other_event(body, d.end, t0, shared=shared)
        and body[max(0, d.start - 3) : d.start] != "by "  # "deploy 100 GW by 2035": a deadline
        and not _other_act(body, lo, t0, d.start)  # "first ... since" only
        and not _act_told_before(body, lo, d.start, d.end, t0)
    ]  # fmt: skip
    if not before:
        return None
    last = max(before, key=lambda d: d.start)
    start = next(
        (d for d in before if d.end < last.start and _DAY_RANGE.fullmatch(body, d.end, last.start)),
        None,
    )
    if start is not None and not _RESCHEDULED.search(body, max(lo, start.start - 60), start.start):
        # "on Thursday and Friday X will meet Y": an event over several days, by its first day
        return start.date, t0 - last.end
    return last.date, t0 - last.end


# A figure's own verb between the event and a time: "According to data shared during the
# meeting, trade stood at $386 million during July-March" (the time is the figure's period).
_FIGURE_VERB = re.compile(
    r"\b(?:stood\s+at|amounted\s+to|totall?ed|was\s+worth|(?:rose|fell|grew|dropped)\s+(?:to|by))\b"
)


# A day opening a coordinate clause with a subject of its own: "met A on Monday, and on Tuesday
# he was received by B" (the day before the clause's subject and verb is the next event's; the
# subject may be a body of a few words: "and last autumn the joint commission held ...").
_AND_ON_DAY = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?:on\s+)?\Z")
_SUBJECT_VERB_AFTER = re.compile(
    r",?\s+(?:he|she|they|the\s+(?:[a-z-]+\s+){0,2}?[a-z]+|[A-Z][\w-]+)\s+"
    r"(?:was|were|is|will|met|held|also|had|received|visited|called)\b"
)


def _opens_next_clause(body: str, t1: int, date: DateMention) -> bool:
    """Whether a day after a trigger opens the next clause, with its own subject and verb.

    "Mwangi met A, and on Wednesday he was received by B": Wednesday is the reception's day,
    not the talks' (a visit's further encounters, each on its own day).
    """
    return (
        _AND_ON_DAY.search(body, t1, date.start) is not None
        and _SUBJECT_VERB_AFTER.match(body, date.end) is not None
    )


# Between the two days of a range told before the event: "on Thursday and Friday", "May 4-6".
_DAY_RANGE = re.compile(r"\s*(?:and|to|through|until|[-–—])\s*")
# A day changed, not a range: "was moved from Monday to Friday" (the new day dates it).
_RESCHEDULED = re.compile(
    r"\b(?:moved|postponed|delayed|put\s+off|brought\s+forward|rescheduled|pushed\s+back|shifted)\b"
)


# A meeting word that names the other side, not an event: "European Commission President",
# "UN High Commissioner for Refugees", "Security Council member", "an IMF mission".
_SIDE_NAME_WORD = re.compile(
    r"(?:Commission(?:er)?|Council|Assembly)(?=\s+(?:[A-Z]|for\s+[A-Z]))"
    r"|(?<=[A-Z]\s)mission\b(?!\s+to\b)"
)


# The sideline phrase before a session: "met Y on the margins of a session" (of the
# parliament) "in P on Monday": the talks were held during it, so its day is theirs as well.
_ON_ITS_SIDELINES = re.compile(
    r"""\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?:the\s+|an?\s+)?
    (?:[\w'’.-]+\s+){0,5}\Z""",
    re.VERBOSE,
)
# A body named with its state or region: "National Assembly of Armenia", "Council of Europe".
_BODY_OF = re.compile(r"(?:Commission|Council|Assembly)\s+of\s+(?:the\s+)?[A-Z]")
_NAME_BEFORE = re.compile(r"\b(?:of\s+the|the)\s+(?:[A-Z][\w-]*\s+){0,2}\Z")


# An official's title before the body it heads: "the President of the European ".
_OFFICIAL_OF = re.compile(
    r"\b(?:President|Secretary[\s-]General|Chair(?:man|woman|person)?|[Hh]ead|Speaker"
    r"|Commissioner|[Mm]embers?|[Dd]elegation)\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,2}\Z"
)


# What may follow a meeting stem in a capitalised meeting word ("Visiting", "Arrival",
# "Conference"); any other ending makes the word a name ("Mette", "Diallo", "Tripathi").
_STEM_ENDING = re.compile(
    r"(?:s|es|ed|d|e|ing|ings|al|ion|ions|er|ers|or|ors|ure|ment|ence|ences|red|ring|ue"
    r"|ogue|ogues|led|ling|lor|lors|man|ional|eer|ary|ic|ee|ees)?\b"
)


def next_meeting_word(
    body: str, lo: int, hi: int, *, of_a_date: bool = False
) -> re.Match[str] | None:
    """The first meeting word between ``lo`` and ``hi`` that may tell an event of its own.

    Not a word of the other side's name or title ("European Commission President",
    "an IMF mission"), nor a capitalised name that only begins with a meeting stem
    ("Prime Minister Mette Lund", "Amadou Diallo"). For a date (``of_a_date``), not a
    chair's clause in apposition (", co-chaired by A and B,") nor a ministry's name
    ("the Department of State"): the event told before them is the one the date is of.

    >>> body = "met Prime Minister Mette Lund at the Summit"
    >>> next_meeting_word(body, 3, len(body)).group()
    'Summit'
    >>> next_meeting_word("met European Commission President A. Diaz on", 3, 42) is None
    True
    """
    for word in TRIGGER_WORDS.finditer(body, lo, hi):
        if _SIDE_NAME_WORD.match(body, word.start()):
            continue
        if _BODY_OF.match(body, word.start()) and _NAME_BEFORE.search(
            body, max(lo, word.start() - 30), word.start()
        ):
            continue  # "the Speaker of the National Assembly of Armenia": a body's name
        if word.group() in ("Commission", "Council", "Assembly") and _OFFICIAL_OF.search(
            body, max(lo, word.start() - 60), word.start()
        ):
            continue  # "the President of the European Council": the official's body
        if word.group()[:1].isupper() and not _STEM_ENDING.match(body, word.end()):
            continue
        if of_a_date and (
            (word.group() == "co-chair" and body.startswith(", ", word.start() - 2))
            or (word.group() == "Depart" and body.startswith("ment", word.end()))
            or (
                word.group() == "session"
                and _ON_ITS_SIDELINES.search(body, max(lo, word.start() - 80), word.start())
            )
        ):
            continue
        return word
    return None


# The body a gathering is "of", named in capitals: "(summit) of the Gulf Cooperation Council".
_OF_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|on|and|for|the)\s+)*[A-Z][\w'’.-]*"
)


# Its host or chair named just after it: "(the summit), hosted by Peru,".
_ITS_HOST = re.compile(
    r",?\s+(?:hosted|organi[sz]ed|chaired|co-chaired|convened)\s+by\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*"
)


def host_after(body: str, t1: int) -> bool:
    """Whether the gathering word ending at ``t1`` names its host next ("the summit, hosted by A").

    >>> host_after("The summit, hosted by Peru, took place", 10)
    True
    """
    return "by" in body[t1 : t1 + 20] and _ITS_HOST.match(body, t1) is not None


# Its own sitting named just after it: "(the X Dialogue), whose next session", "(the forum),
# whose most recent meeting": the session word tells the event itself, not one of its own.
_ITS_SESSION = re.compile(
    r""",\s+whose\s+(?:(?:next|most\s+recent|last|latest|previous|first|second|third|[a-z]+th)
    \s+)?(?:session|meeting|round)\b""",
    re.VERBOSE,
)


# The body's own sitting told by its verb: "(the joint commission) held its annual session": the
# session word is the sitting of the body just named, so the time after it is that sitting's.
_HELD_ITS_SITTING = re.compile(
    r"""\s+(?:last\s+|recently\s+|also\s+|had\s+|has\s+)?(?:held|convened)\s+(?:its|their)\s+
    (?:(?:[a-z]+th|first|second|third|annual|regular|ordinary|extraordinary|plenary|latest|last
    |previous|inaugural|\d+(?:st|nd|rd|th))\s+){0,2}(?:session|meeting|sitting)\b""",
    re.VERBOSE,
)


def name_end(body: str, t1: int) -> int:
    """Where the name of the body after a gathering word at ``t1`` ends (``t1`` if none).

    A meeting word inside that name ("Council", "Assembly") is the body's, not a
    next event's, so the gathering's own place and date may follow it; so is the
    word of its host named just after it ("the summit, hosted by Peru, ...").

    >>> text = "The summit of the Gulf Cooperation Council took place in Doha"
    >>> text[name_end(text, 10):]
    ' took place in Doha'
    >>> name_end("the summit in Doha", 10)
    10
    >>> text = "The summit, hosted by Peru, took place"
    >>> text[name_end(text, 10):]
    ', took place'
    >>> text = "the X Dialogue, whose next session will take place in Lima"
    >>> text[name_end(text, 14):]
    ' will take place in Lima'
    >>> text = "The joint commission held its annual session in Lima last May"
    >>> text[name_end(text, 20):]
    ' in Lima last May'
    """
    if body.startswith(" of ", t1):
        named = _OF_BODY.match(body, t1)
        t1 = named.end() if named is not None else t1
    if "by" in body[t1 : t1 + 20]:  # a cheap test first
        host = _ITS_HOST.match(body, t1)
        t1 = host.end() if host is not None else t1
    if body.startswith(", whose ", t1):
        session = _ITS_SESSION.match(body, t1)
        t1 = session.end() if session is not None else t1
    if " its " in body[t1 : t1 + 40] or " their " in body[t1 : t1 + 40]:  # a cheap test first
        sitting = _HELD_ITS_SITTING.match(body, t1)
        t1 = sitting.end() if sitting is not None else t1
    return t1


# A participle of another act right before a date: "the road map adopted in 2022",
# "relations established in 1992", "the treaty signed by the two in Lima on May 2" (not
# "opened" or "concluded", which tell the event's own start and end).
_ACT_THEN = re.compile(
    r"\b(?:signed|adopted|ratified|established|founded|launched|created|set\s+up|built)"
    r"\s+(?:(?:by|in|at)\s+(?:the\s+)?[\w’'-]+\s+){0,2}"
    r"(?:in|on|since)\s+(?:the\s+)?\Z"
)
# Before that participle, its subject (then the act is a step of the event's own story:
# "met and signed a treaty on Tuesday", "where the sides signed"), unless "which was".
_AGENT_BEFORE = re.compile(
    r"(?:\b(?:and|also|they|he|she|we|who|then|jointly|later|both|sides|leaders|presidents"
    r"|ministers|countries|parties|delegations|governments|officials|heads|had|have|has"
    r"|(?<!which\s)(?<!that\s)(?:was|were|is|are|been))\s+)\Z",
    re.IGNORECASE,
)
# "held 200 meetings since 2002", "five visits since 2019": a count's span, not one event.
_COUNT_SINCE = re.compile(
    r"\b(?:meetings|visits|sessions|rounds|summits|calls)\s+(?:[\w-]+\s+){0,4}?since\s+(?:the\s+)?\Z"
)
# "their first talks since 2019", "for the first time since May": the one before's date.
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;:]*\bsince\s+(?:the\s+)?\Z")
# A date in a clause opened by "since" after the meeting word: "the third meeting of the two
# since Mr X took office in January 2003", "the first leader to visit twice since Tripoli gave
# up its programmes in December 2003": the date of the act that opens the span.
_SINCE_CLAUSE = re.compile(r"\bsince\s+[A-Z\w][^.;:,]{2,80}?\s(?:in|on)\s+(?:the\s+)?\Z")
# A date inside a gathering named after "since": "will meet for the first time since their
# March talks", "the progress made since their joint May 4 meeting": that
# gathering's time (an event of its own), not the time of the event told before it.
# Two plain words at most before the date, where _candidates' _RECALLED_SINCE takes four
# with stops and commas: this one ends at a date among the gathering's first modifiers, that
# one at the gathering's noun, past all of them and a written date ("the Jan. 5, 2021 talks").
_SINCE_GATHERING_TIME = re.compile(SINCE_RECALLED + r"(?:[\w'’-]+\s+){0,2}\Z")
# A date inside a gathering a recalling phrase or one of a gathering to come governs, as after
# "since": "will visit P to carry out the steps reached at the March talks", "building on their
# May 4 meeting", "ahead of the June summit" (that gathering's time, not the time of the event
# told before it).
_OTHER_GATHERING_TIME = re.compile(
    f"(?:{RECALLING}|{AHEAD_OF_GATHERING})" + r"(?:[\w'’-]+\s+){0,2}\Z", re.VERBOSE
)


def _other_act(body: str, lo: int, act_lo: int, at: int) -> bool:
    """Whether a date at ``at`` dates another act than the event of the clause from ``lo``.

    That is a date after the participle of an act on a thing the clause names
    ("to discuss the agreement signed in 2019"), after "the first ... since", or in a clause
    "since" opens after the meeting word ("the third meeting since X took office in May").

    The participle is looked for from ``act_lo`` on (after the meeting word); "first" may
    stand before the clause ("the first meeting ... since").

    >>> body = "They met to review the road map adopted in 2022."
    >>> _other_act(body, 0, 5, body.index("2022")), _other_act("They met on 3 May.", 0, 8, 12)
    (True, False)
    >>> body = "They met and signed a treaty in 2022."
    >>> _other_act(body, 0, 8, body.index("2022"))
    False
    >>> body = "It was their third meeting since Lula took office in January 2003."
    >>> _other_act(body, 0, 26, body.index("January"))
    True
    """
    if "since" in body[max(lo, at - 10) : at] and (
        _FIRST_SINCE.search(body, max(0, at - 200), at) or _COUNT_SINCE.search(body, lo, at)
    ):
        return True
    if (
        act_lo <= at  # (a date before the meeting word may be the gathering's own)
        and "since" in body[max(act_lo, at - 40) : at]
        and _SINCE_GATHERING_TIME.search(body, max(act_lo, at - 40), at)
    ):
        return True
    if act_lo <= at and _OTHER_GATHERING_TIME.search(body, max(act_lo, at - 60), at):
        return True
    if "since" in body[max(act_lo, at - 100) : at] and _SINCE_CLAUSE.search(
        body, max(act_lo, at - 100), at
    ):
        return True
    act = _ACT_THEN.search(body, max(act_lo, at - 60), at)
    return act is not None and not _AGENT_BEFORE.search(
        body, max(lo, act.start() - 24), act.start()
    )


def dates_another_act(body: str, lo: int, at: int) -> bool:
    """Whether the date at ``at`` dates another act told from ``lo`` than the clause's event.

    "The accord signed in 2019 was reviewed at a meeting": 2019 is the signing's.

    >>> from diplonews.meetings._places import dates_another_act
    >>> body = "The accord signed in 2019 was reviewed at a meeting."
    >>> dates_another_act(body, 0, body.index("2019")), dates_another_act("On 3 May", 0, 3)
    (True, False)
    """
    return _other_act(body, lo, lo, at)


# A participle of another act right before a date told ahead of the event: "the agreement
# signed by the two countries in 2008, and looked forward to the meeting", "the accord,
# signed last year, has entered into force, and invited X to visit" (its own time, not the
# event's).
_ACT_BEFORE_DATE = re.compile(
    # the participle after a document's name or a comma, never after its doers ("A and B
    # signed on Monday, and then met": their own act, the event's day)
    r"(?:,\s*|\b(?:[Aa]ccord|[Aa]greement|[Tt]reaty|[Pp]act|[Dd]eal|[Dd]eclaration|[Mm]emorandum"
    r"|[Cc]harter|[Pp]rotocol|[Cc]onvention|[Pp]lan|[Pp]rogram(?:me)?|[Dd]ocument|[Uu]nderstanding"
    r"|[Pp]artnership)s?\s+)"
    r"(?:signed|adopted|ratified|concluded|established|founded|launched|created|set\s+up)\s+"
    r"(?:(?:by|in|at|between)\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,3}?){0,2}"
    r"(?:(?:in|on|since)\s+(?:the\s+)?)?\Z"
)
# The participle's clause closed right after its date: a comma or "and" next.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|and\b)")


def _act_told_before(body: str, lo: int, at: int, end: int, t0: int) -> bool:
    """Whether a date at ``at`` (ending ``end``) before the trigger at ``t0`` dates another act.

    That is a date right after the participle of an act done by no subject of the clause
    ("the pact signed in 2008"), whose clause closes right after the date.

    >>> body = "They noted the pact signed by the two states in 2008, and met again."
    >>> _act_told_before(body, 0, body.index("2008"), body.index(","), body.index("met"))
    True
    >>> body = "The pact was signed on 3 May during talks in Lima."
    >>> at, end = body.index("3 May"), body.index(" during")
    >>> _act_told_before(body, 0, at, end, body.index("talks"))
    False
    """
    act = _ACT_BEFORE_DATE.search(body, max(lo, at - 90), at)
    return (
        act is not None
        and not _AGENT_BEFORE.search(body, max(lo, act.start() - 24), act.start())
        and _CLAUSE_BREAK.match(body, end, t0) is not None
    )


# Meeting words of talks, which a gathering named after them hosts ("met ... at the summit").
_TALKS_WORD = re.compile(r"met|meet|talk|receiv|spok|call|phone|hosted|welcomed|discuss")


def _no_other_event(body: str, lo: int, hi: int, *, shared: bool) -> bool:
    """Whether no meeting word between ``lo`` and ``hi`` names an event the date belongs to.

    With ``shared`` the words of talks held at the gathering do not count.
    """
    return all(
        (shared and _TALKS_WORD.match(body, m.start())) or _GOVERNS.match(body, m.start(), hi)
        for m in TRIGGER_WORDS.finditer(body, lo, hi)
        # "for a council meeting": a meeting word naming the event's own kind, just before it
        if not (body[m.end() : hi] == " " and body[m.start()].islower())
        and not body_tail(body, m.start())  # "the Gulf Cooperation Council": a body
    )


# A capitalised body word ("Council", "Assembly") ...
_BODY_WORD = re.compile(r"(?:Council|Assembly|Commission|Committee)\b")
# ... after another capitalised word of the same name: "Gulf Cooperation Council".
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’.-]*\s\Z")


def body_tail(body: str, at: int) -> bool:
    """Whether the meeting word at ``at`` ends the name of a body, not of an event.

    >>> body_tail("the Gulf Cooperation Council met", 21)
    True
    >>> body_tail("the Council met", 4)
    False
    """
    return bool(
        body[at : at + 1].isupper()
        and _BODY_WORD.match(body, at)
        and _NAME_WORD_BEFORE.search(body, max(0, at - 40), at)
    )


# The verb whose object is the event itself: "Istanbul hosted the seventh meeting".
_GOVERNS = re.compile(
    r"""(?:host(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){1,7}
    # "flew to Peru to take part in the Andes Trade Forum": the trip is for the event
    |(?:travel\w*|trip|arriv\w*|visit\w*|went|came|flew|left|leav\w*)\b[^.;]{0,60}?
     \b(?:to\s+attend|to\s+take\s+part\s+in|to\s+participate\s+in|for)\s+(?:[\w’'-]+\s+){0,7})\Z""",
    re.VERBOSE,
)


def just_before_remarks(
    body: str,
    start: int,
    *,
    lo: int,
    t0: int,
    dates: Sequence[DateMention],
    published: dt.date | None,
) -> PartialDate | None:
    """The month of the remarks an event just preceded: "told reporters after meeting ...".

    An event the speaker has just come from ("after returning from the summit",
    "at the end of a trade mission") lies days before the remarks: their month
    (the remarks' own date, else the publication date) dates it.
    """
    link = JUST_BEFORE.search(body, lo, t0)
    if link is None or not REMARKS.search(body, start, link.start()):
        return None
    said = [d.date for d in dates if start <= d.start and d.end <= link.start()]
    if said:
        return PartialDate(said[-1].year, said[-1].month) if said[-1].month else None
    return PartialDate(published.year, published.month) if published is not None else None


def find_location(
    body: str,
    lo: int,
    hi: int,
    mentions: Sequence[CountryMention],
    dateline_city: tuple[str, str] | None,
) -> Place | None:
    """'in Baku', 'to Riyadh', 'in Albania', 'to the White House', 'here' (the dateline)."""
    venue_re, venues = _venue_pattern()
    venue = venue_re.search(body, lo, hi)
    while venue is not None and _VENUE_STAFF.match(body, venue.end()):
        # "White House Homeland Security Advisor X", "a Kremlin aide": the venue names an
        # official's office, no place of the event
        venue = venue_re.search(body, venue.end(), hi)
    if venue is not None:
        city, code = venues[venue.group()]
        return Place(city=city, country=Country(code))
    for match in PLACE_IN.finditer(body, lo, hi):
        if (found := opening_city(match.group("place"))) is not None:
            return Place(city=found[0], country=Country(found[1]))
        start = match.start("place")
        for mention in mentions:
            # (not a state's name joined into the name of a gathering one is "at": "at the
            # A-Asia Forum Summit" names the event, no place)
            if (
                mention.start == start
                and mention.kind != "group"
                and not (body.startswith(("-", "–"), mention.end) and match[0].startswith("at"))
            ):
                return Place(city=None, country=Country(mention.code))
    for match in _HOSTED_BY.finditer(body, lo, hi) if may_match(_HOSTED_BY, body, lo, hi) else ():
        city_code = city_country(match["place"])
        if city_code is not None:
            return Place(city=match["place"], country=Country(city_code))
    visited = _VISITED_CITY.search(body, lo, hi) if "isit" in body[lo:hi] else None
    # "visited Istanbul", "visiting Samarkand": the city visited
    if visited is not None and (found := opening_city(visited["place"])) is not None:
        return Place(city=found[0], country=Country(found[1]))
    departed = _LEFT_FOR_CITY.search(body, lo, hi) if "for " in body[lo:hi] else None
    # "left for Istanbul", "departed for Samarkand": the city the trip heads for
    if departed is not None and (found := opening_city(departed["place"])) is not None:
        return Place(city=found[0], country=Country(found[1]))
    if dateline_city is not None and body.find("here", lo, hi) >= 0 and HERE.search(body, lo, hi):
        return Place(city=dateline_city[0], country=Country(dateline_city[1]))
    return None


def of_its_time(place: Place, sides: set[str], published: dt.date | None) -> Place:
    """The place with the state its city belonged to when the news was written.

    A city of a state that succeeded a historic state is the historic state's in news
    published before the succession, or where a side of the event is the historic state
    and none is its successor ("Soviet ... met ... in Moscow").

    >>> moscow = Place(city="Moscow", country=Country("RUS"))
    >>> str(of_its_time(moscow, set(), dt.date(1987, 3, 4)).country)
    'SUN'
    >>> str(of_its_time(moscow, {"SUN", "GBR"}, None).country)
    'SUN'
    >>> str(of_its_time(moscow, {"FIN"}, dt.date(2024, 3, 4)).country)
    'RUS'
    >>> of_its_time(Place(city="Paris", country=Country("FRA")), set(), None).city
    'Paris'
    """
    if place.country is None:
        return place
    code = place.country.alpha_3
    historic = state_at(code, dt.date.min)  # a city of a successor of a former state
    if historic == code:
        return place
    if (published is not None and state_at(code, published) != code) or (
        historic in sides and code not in sides
    ):
        return Place(city=place.city, country=Country(historic))
    return place


# An official's office or role right after a venue's name: "White House press secretary",
# "Kremlin aide", "White House Homeland Security Advisor" (up to four title words between, no
# word of a phrase of place or time: "at the White House with officials" is the place).
_VENUE_STAFF = re.compile(
    r"""(?:\s+(?!(?:on|in|with|for|to|at|and|the|a|an|of|by|after|before|where)\b)[\w-]+){0,4}?
    \s+(?i:advis[eo]rs?|aides?|spokes(?:man|woman|person)
    |secretary|chief|director|counsel(?:or)?|officials?|staff|sources?|correspondents?
    |press)\b""",
    re.VERBOSE,
)
# A city right after a verb of visiting told: "visited Istanbul", "is visiting New York"
# (not "to visit Samarkand", often a step of the trip under way).
_VISITED_CITY = re.compile(
    r"\b[Vv]isit(?:ed|ing|s)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# A city right after a verb of departing for it: "left for Istanbul", "departs for Lahore",
# "set off for Samarkand" (the trip's destination, a city of any size).
_LEFT_FOR_CITY = re.compile(
    r"\b(?:left|leaves|leaving|depart(?:ed|s|ing)?|set(?:s|ting)?\s+off|head(?:ed|s|ing))\s+"
    r"for\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# A city as the host of the event: "Tbilisi is hosting the meeting", "which Baku hosted".
_HOSTED_BY = re.compile(
    r"(?P<place>[A-Z][\w’'-]+)\s+(?:is\s+hosting|was\s+hosting|hosted|hosts|will\s+host)\b"
)


def body_named(text: str) -> str | None:
    """The intergovernmental body a text names (an official's role), or ``None``.

    >>> body_named("NATO Secretary General"), body_named("IMF Managing Director")
    ('NATO', 'IMF')
    >>> body_named("Foreign Minister") is None
    True
    """
    org_re, forms = _org_pattern()
    found = org_re.search(text)
    if found is not None:
        return forms[found.group()]
    return next((m.code for m in extract_country_mentions(text) if m.kind == "group"), None)


# An official's noun right after a body's name ("IMF head", "EU foreign policy chief",
# "International Monetary Fund (IMF) head"), or right before it ("the head of the IMF").
_OFFICIAL_AFTER_BODY = re.compile(
    r"\s*(?:\([A-Z][\w-]*\)\s*)?(?:(?!and\b)[\w-]+\s+){0,3}?(?:[Hh]ead|[Cc]hief|[Ss]ecretary[\s-][Gg]eneral"
    r"|[Dd]irector(?:[\s-][Gg]eneral)?|Managing\s+Director|President|Chair(?:man|woman|person)?"
    r"|Commissioner|[Ee]nvoy|[Rr]epresentative|[Dd]elegation|[Mm]ission)\b"
)
_OFFICIAL_BEFORE_BODY = re.compile(
    r"\b(?:[Hh]ead|[Cc]hief|[Ss]ecretary[\s-][Gg]eneral|[Dd]irector(?:[\s-][Gg]eneral)?|President"
    r"|Chair(?:man|woman|person)?|Commissioner|[Ee]nvoy|[Rr]epresentative|[Dd]elegation"
    r"|[Mm]ission)\s+of\s+(?:the\s+)?\Z"
)


def body_officials(text: str, lo: int, hi: int) -> list[str]:
    """The bodies whose official (or mission) ``text`` names between ``lo`` and ``hi``, in order.

    >>> body_officials("met the UN Secretary-General and the head of the IMF mission", 0, 60)
    ['UN', 'IMF']
    >>> body_officials("met X to discuss the IMF programme", 0, 34)
    []
    """
    org_re, forms = _org_pattern()
    named = [(m.start(), m.end(), forms[m.group()]) for m in org_re.finditer(text, lo, hi)]
    named += [
        (lo + m.start, lo + m.end, m.code)
        for m in extract_country_mentions(text[lo:hi])
        if m.kind == "group"
    ]
    out: list[str] = []
    for start, end, body in sorted(named):
        if body not in out and (
            _OFFICIAL_AFTER_BODY.match(text, end, hi)
            or _OFFICIAL_BEFORE_BODY.search(text, max(lo, start - 40), start)
        ):
            out.append(body)
    return out


def find_organization(
    body: str, lo: int, hi: int, trigger: int, mentions: Sequence[CountryMention]
) -> str | None:
    """The body nearest the trigger: "a meeting of the IMF", "the NATO Summit"."""
    org_re, forms = _org_pattern()
    found: list[tuple[int, str]] = [
        (m.start(), forms[m.group()])
        for m in org_re.finditer(body, lo, hi)
        if not (
            m.group() == "Security Council" and _own_council(body, m.start(), m.end(), mentions)
        )
    ]
    found += [(m.start, m.code) for m in mentions if m.kind == "group" and lo <= m.start < hi]
    if not found and "+" in body[lo:hi]:
        # a dialogue format named by its core and its partners ("C5+1", "P5+1"), whose
        # core is no body the gazetteer knows: the format is the body of its gatherings
        found = [(m.start(), m["format"]) for m in _FORMAT_NAME.finditer(body, lo, hi)]
    if "format" in body[lo:hi]:
        # a format named by a place or its sides' count ("the Astana format talks", "the 3+3
        # format"): the format is the body of its rounds (a body they sit under is farther)
        found += [(m.start(), m["format"]) for m in _NAMED_FORMAT.finditer(body, lo, hi)]
    short = ORG_SHORT.search(body, lo, hi) if not found else None
    if short is not None:
        earlier = [forms[m.group()] for m in org_re.finditer(body, 0, short.start())]
        named = [name for name in earlier if name.endswith(short["head"])]
        return named[-1] if named else None
    if not found:
        return None
    return min(found, key=lambda f: abs(f[0] - trigger) + (0 if f[1] != "UN" else 50))[1]


def body_subject(
    body: str, lo: int, hi: int, mentions: Sequence[CountryMention] = ()
) -> str | None:
    """The body a clause opens with as its subject, before its verb, else None.

    "The X Group (XG), the consortium of donor governments, will meet in P", "The X Group
    pledged aid at the end of a meeting here": the body itself acts, so the meeting word
    after it is the body's own session (an apposition after its name is skipped). Its
    members as a crowd act as it does ("Ministers from the X", "Members of the X"), and a
    lead names it with its size before it and its members' trade after it ("the 14-nation X
    Group of farm exporters"). A group of states among ``mentions`` ("the 13-nation OPEC")
    is such a body as well as one the organisations table names.

    >>> body_subject("The International Monetary Fund will meet in Paris.", 0, 40)
    'IMF'
    >>> body_subject("Officials of the International Monetary Fund met in Paris.", 0, 40) is None
    True
    >>> body_subject("Ministers from the 14-nation Cairns Group of farm exporters met.", 0, 66)
    'Cairns Group'
    """
    org_re, forms = _org_pattern()
    head = _SUBJECT_HEAD.match(body, lo, hi)
    if head is None:
        return None
    found = org_re.match(body, head.end(), hi)
    if found is not None:
        name, end = forms[found.group()], found.end()
    else:
        group = next((m for m in mentions if m.kind == "group" and m.start == head.end()), None)
        if group is None:
            return None
        name, end = group.code, group.end
    verb = _SUBJECT_VERB.match(body, end, hi)
    if verb is None or (found is None and not _GROUP_VERB.match(body, verb.end() - 1, hi)):
        # (a group's name also opens a crowd of its people or a pair: "the X farm
        # ministers", "X and A negotiators": after one, only a verb makes it the subject)
        return None
    return name


# What opens a clause before its subject body: spaces, a speaker's report ("X said", "X
# told reporters that": the reported clause's subject is still the one meeting), its members
# as a crowd ("Ministers from", "Trade ministers of", "Members of": the body's states, not
# its staff), an article and the body's size ("the 14-nation", "the seven-member").
_SUBJECT_HEAD = re.compile(
    r"""\s*(?:[^,;.]{0,80}?\b(?:said|says|announced|told\s+(?:[a-z]+\s+){1,2}?that)\s+)?
    (?:(?:[A-Za-z][a-z]+\s+)?(?:[Mm]inisters|[Mm]embers)\s+(?:of|from)\s+)?(?:[Tt]he\s+)?
    (?:(?:\d+|[a-z]+)-(?:nation|member|country)\s+)?""",
    re.VERBOSE,
)
# What follows a body that is the subject: its acronym in brackets, an apposition set off by
# commas, then a lower-case verb ("(IGGI), the aid consortium, will meet", "pledged").
# The body's people ("The X team met ...", "The X official met ...") are no verb: what they
# meet is talks with a side, not the body's sitting.
_SUBJECT_VERB = re.compile(
    r"""(?:\s+\([A-Z][A-Za-z]{1,7}\))?(?:,[^,.;]{1,90},)?
    # its members' trade after its name: "of farm exporters", "of 14 agricultural exporters"
    (?:\s+of\s+(?:\d+\s+)?(?:[a-z-]+\s+){0,2}(?:exporters|importers|producers|exporting\s+countries
    |producing\s+countries|nations|countries|states))?\s+
    (?!(?:officials?|team|delegation|mission|staff|head|chief|director|envoys?|experts?
    |representatives?|negotiators?|spokes(?:man|woman|person))\b)[a-z]""",
    re.VERBOSE,
)


# The verb of a group of states as a clause's subject: a tense's helper, a meeting verb or a
# past form ("will meet", "is due to", "opened", "ended"), not a noun ("farm ministers").
_GROUP_VERB = re.compile(
    r"""(?:will|would|is|are|was|were|has|have|had|meets?|met|holds|held|began|begins|opens
    |[a-z]+ed)\b""",
    re.VERBOSE,
)


# A format named by a place or by its sides' count, then "format": "the Astana format", "the
# 3+3 format" (not "in a video format", "the format of the talks").
_NAMED_FORMAT = re.compile(r"(?<=\bthe\s)(?P<format>(?:[A-Z][a-z]+|\d\+\d)\s+format)\b(?!\s+of\b)")
# A dialogue format's name: a short core in capitals, a plus sign and its partners' count.
_FORMAT_NAME = re.compile(r"(?<![\w+])(?P<format>[A-Z][A-Z\d-]{0,5}\d?\+\d{1,2})(?![\w+])")


def _own_council(body: str, start: int, end: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a bare "Security Council" is a state's own body, not the UN's.

    "the Kazakh Security Council", "Kazakhstan's Security Council", "the Security
    Council of Uzbekistan": a state's domestic council.
    """
    return any(
        m.kind != "group"
        and (
            m.end <= start <= m.end + 3  # "Kazakh ", "Kazakhstan's "
            or (
                body.startswith(" of ", end)
                and end + 4 <= m.start <= end + 30
                and (_OF_STATE.fullmatch(body, end, m.start) is not None)
            )
        )
        for m in mentions
    )


# What may stand between "Security Council" and its state: " of ", " of the Republic of ".
_OF_STATE = re.compile(r" of (?:the )?(?:(?:Republic|Kingdom|State) of (?:the )?)?")


# What no title opens with: a connector or a bracketed acronym its name stood before.
_LEADING_OF = re.compile(r"^(?:of\s+(?:the\s+)?|\([^)]*\)\s+)+")


def find_title(text: str, trigger_start: int, trigger_end: int, offset: int) -> str | None:
    """The event's own name around a conference trigger ("NATO Summit")."""
    for match in ORDINAL_TITLE.finditer(text):
        if match.start() + offset > trigger_start:
            break  # this title and every one after it start past the trigger
        if trigger_end <= match.end() + offset:
            title = match.group().strip()
            title = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", title)
            title = _LEADING_OF.sub("", title)  # "of the X Summit" when "the" opens the match
            if any(w[:1].isupper() for w in title.split()):
                return title
    return None


def _closes_dateline(sentence: Sentence, at: int) -> bool:
    """Whether the dash at body offset ``at`` closes the wire dateline opening ``sentence``.

    Wire copy typeset with an em dash writes "TOKYO, March 3 — " where plain copy types a
    hyphen; the dateline's day is then in the clause as with the hyphen.
    """
    if at - sentence.start > 60:
        return False
    dateline = DATELINE.match(sentence.text)
    return (
        dateline is not None and sentence.text.rfind("—", 0, dateline.end()) == at - sentence.start
    )


# A dash that pairs with another around an aside: an em dash, spaced or not, or an en dash set
# off by spaces (counted in pairs; not text.ASIDE_DASH, which finds one dash of any kind,
# hyphens too, that ends a clause).
_PAIRED_DASH = re.compile(r"—|–(?<=\s–)(?=\s)")


def _closes_aside(head: str, dash: int) -> bool:
    """Whether the em dash at ``dash`` in ``head`` closes an aside another dash opened.

    A pair of dashes sets off an aside inside its clause, as commas or brackets do ("the
    leaders of the five nations — A, B and C — met"): the clause runs on through it. A dash
    with no partner before it ends the clause before it ("in talks — a first since May").
    """
    return len(_PAIRED_DASH.findall(head, 0, dash)) % 2 == 1


# The capitalised words that run up to a window's edge: "South African Foreign Minister" cut
# at "African" starts at "South".
_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*[ -]){1,4}\Z")


def _whole_name_start(text: str, lo: int) -> int:
    """``lo`` moved back to the start of the word, and of the name, that it cuts.

    A window of so many characters ends where the words before it put it: a longer state's
    name ("Senegalese" for "Iranian", "South African" for "Russian") moves its edge into the
    title of a person the clause names, who then loses the state. The edge takes the whole
    word it falls in and the capitalised words that run up to it.
    """
    while lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
        lo -= 1
    if lo > 0 and text[lo].isupper():
        run = _NAME_RUN_BEFORE.search(text, max(0, lo - 60), lo)
        if run is not None:
            lo = run.start()
    return lo


# A clause of its own after a comma: a connective, a subject with a capitalised word (a state,
# a demonym, a title, a name) and a finite verb ("..., and the Chilean president will travel",
# ", while A's minister held talks"): a second event with sides of its own.
_NEXT_CLAUSE = re.compile(
    r"""(?<=[\w)]),\s+(?:and|while|whereas)\s+(?:(?:the|a|an|his|her|its|their)\s+)?
    (?:[a-z][\w-]*\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?
    \s+(?:will|would|shall|is|are|was|were|has|have|had|met|visited|held|hosted|received
    |paid|travell?ed|flew|went|arrived|spoke|talked|called)\b""",
    re.VERBOSE,
)
# The last item of a list of names before it ("the United States, Guatemala, and Honduras met",
# "A, Prime Minister B, and President C held"): one subject, no clause of its own.
_LIST_ITEM_BEFORE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for)){0,6}\Z"
)
# The other clause's event timed by the first's: "(will visit A) around it", "during the summit".
_BACK_TO_EVENT = re.compile(
    r"""\b(?:around|during|at|after|before|ahead\s+of|on\s+the\s+(?:sidelines|margins|eve)\s+of|in\s+the\s+run-up\s+to)
    \s+(?:it|the\s+(?:meeting|summit|talks|visit|conference|gathering|event|session))\b""",
    re.VERBOSE,
)
# A relative clause the comma closes: "A's leader, who has come to B on a visit, and B's leader".
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*\Z")
# A word of a meeting in the clause: only a clause that tells an event of its own is one.
_EVENT_WORD = re.compile(
    r"""\b(?:meet|meets|met|meetings?|visit|visits|visited|visiting|talks|travel\w*|trip|tour
    |summit|conference|host|hosts|hosted|receive|receives|received|call|called|spoke|arrive\w*
    |went|flew)\b""",
    re.VERBOSE,
)


def _other_clauses(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The clauses of other events that open in ``text[pos:endpos]`` (see ``_NEXT_CLAUSE``)."""
    for other in _NEXT_CLAUSE.finditer(text, pos, endpos):
        if _LIST_ITEM_BEFORE.search(text, max(0, other.start() - 80), other.start()):
            continue  # "A, B, and C met": a list's last name
        if _RELATIVE_BEFORE.search(text, max(0, other.start() - 160), other.start()):
            continue  # "X, who came to B on a visit, and Y held talks": the comma closes an aside
        stop = min(len(text), other.end() + 120)
        for mark in ".;":
            at = text.find(mark, other.end(), stop)
            stop = stop if at < 0 else at
        if _BACK_TO_EVENT.search(text, other.end(), stop):
            continue  # "A will host the summit, and B's leader will visit A around it": one story
        first = max(text.rfind(".", 0, other.start()), text.rfind(";", 0, other.start())) + 1
        # Two events only: a clause with none before it ("A and B signed a pact, and on Monday
        # their ministers met") gives the event its sides.
        if _EVENT_WORD.search(text, other.start(), stop) and _EVENT_WORD.search(
            text, max(first, other.start() - 240), other.start()
        ):
            yield other


def clause_bounds(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Body offsets of the clause around a trigger at ``[start, end)``."""
    lo = max(sentence.start, start - CLAUSE_WINDOW)
    if lo > sentence.start:
        lo = sentence.start + _whole_name_start(sentence.text, lo - sentence.start)
    hi = min(sentence.end, end + CLAUSE_WINDOW)
    head = sentence.text[lo - sentence.start : start - sentence.start]
    dash = head.rfind("—")
    if dash >= 0 and _closes_dateline(sentence, lo + dash):
        dash = -1  # "KHARTOUM, Nov 30 — Sudan and ...": a dateline's dash opens no aside
    elif dash >= 0 and _closes_aside(head, dash):
        dash = -1  # "the five nations — A, B and C — met": the aside is the clause's own
    cut = max(head.rfind(";"), head.rfind(" but "), dash)
    clauses = list(HEAD_CLAUSE.finditer(head))
    if clauses:
        cut = max(cut, clauses[-1].start())
    # Another event's clause before the trigger's gives it none of its sides.
    for other in _other_clauses(sentence.text, lo - sentence.start, end - sentence.start):
        if other.start() < start - sentence.start:
            cut = max(cut, other.start() - (lo - sentence.start))
    if cut >= 0:
        lo += cut + 1
    tail = sentence.text[end - sentence.start : hi - sentence.start]
    # Nor does another event's clause after it.
    here = end - sentence.start
    following = next(_other_clauses(sentence.text, here, hi - sentence.start), None)
    if following is not None:
        tail = tail[: following.start() - here]
        hi = sentence.start + following.start()
    # "talks between A and B over the pact, suspended in 2019 amid a row, resumed in P in
    # March": the topic and the aside up to the talks' own verb are still their clause
    taken_up = (
        TALKS_TAKEN_UP.match(tail)
        if sentence.text.endswith(("talks", "negotiations", "Talks", "Negotiations"), 0, here)
        else None
    )
    for topic in TOPIC.finditer(tail):
        if taken_up is not None and _before_own_verb(tail, topic, taken_up):
            continue
        # "on" inside a name ("Convention on Climate Change") does not open a topic.
        if (
            topic.group().startswith("on")
            and IN_NAME.search(tail, 0, topic.start())
            and not _PERSON_BEFORE.search(sentence.text, 0, end - sentence.start + topic.start())
            and not _time_or_place_before(sentence.text, end - sentence.start + topic.start())
        ):
            continue
        if topic.group() in ("which", "that") and _EVENT_PREDICATE.match(tail, topic.end()):
            continue  # "the commission, which will be held in Lima in May": its place and date
        if topic.group() == "which" and SIDES_HOLD_IT.match(tail):
            continue  # "the talks, which A and B held in Lima in May": its sides, place and date
        if topic.group() in ("which", "that") and _TAKES_TO.match(tail, topic.end()):
            continue  # "a tour of the region that takes him to A, B and C": its destinations
        if topic.group() == "including" and _PLACE_THEN.fullmatch(tail, 0, topic.start()):
            continue  # "travel to the Middle East, including A and B": more destinations
        if topic.group().strip() == "on" and _NAME_THEN_PREDICATE.match(tail, topic.start()):
            continue  # "the working group on energy will meet in Lima in May": part of its name
        if (
            topic.group().strip() == "on"
            and sentence.text.startswith(("alks", "egotiations"), start - sentence.start + 1)
            and _TOPIC_THEN_ENDED.match(tail, topic.start())
        ):
            continue  # "Negotiations on the pact were concluded in P in March": their place
        if (
            topic.group().strip() == "on"
            and _BODY_WORD_END.search(sentence.text, 0, end - sentence.start)
            and _FIELD_OF_THE_BODY.match(tail, topic.start())
        ):
            # "the Intergovernmental Commission on Economic Cooperation between A and B took
            # place": the field is part of the body's name, and its sides and day follow it
            continue
        if (
            topic.group().strip() == "on"
            and _GATHERING_ON.match(sentence.text, start - sentence.start, end - sentence.start)
            and _SUBJECT_THEN_IN.match(tail, topic.start())
        ):
            continue  # "a conference on regional transport in Lima on May 2": its place and date
        if topic.group().strip() == "on" and _TOPIC_THEN_WITH.match(tail, topic.start()):
            continue  # "held talks on fishing rights with Peruvian officials": the counterpart
        if (
            topic.group().strip() == "on"
            and _PACT_THEN_BETWEEN.match(tail, topic.start())
            and _ROUND_OF_BEFORE.search(sentence.text, 0, end - sentence.start)
        ):
            continue  # "a round of negotiations on a trade agreement between A and B": its sides
        if topic.group().startswith("on") and _venue_pattern()[0].match(tail, topic.end()):
            continue  # "talks with lawmakers on Capitol Hill": a place, not a topic
        if topic.group() == "—" and _PAIRED_DASH.search(tail, topic.end()):
            continue  # "met — after a year — in Lima": a pair sets off an aside in the clause
        hi = end + topic.start()
        break
    return lo, hi


# A capitalised word: a name of a state, a place or a body.
_NAMED_WORD = re.compile(r"\b[A-Z]")


def _before_own_verb(tail: str, topic: re.Match[str], taken_up: re.Match[str]) -> bool:
    """Whether a topic word stands in talks' words before their own verb (``TALKS_TAKEN_UP``).

    A topic inside their aside is the aside's ("suspended amid a row over quotas"); one of
    theirs before it is still theirs unless it names a state or a place ("the talks on Syria
    opened in P": Syria is no side).
    """
    if topic.start() >= taken_up.end():
        return False
    aside = taken_up.start("aside") if taken_up["aside"] is not None else -1
    if 0 <= aside <= topic.start():
        return True
    stop = aside if aside >= 0 else taken_up.start("verb")
    return _NAMED_WORD.search(tail, topic.end(), stop) is None


# A person's name after a role, just before a word: "counterpart Luis Paz on the agreement"
# ("on" after a person opens a topic; after "Conference" it is inside a name).
_PERSON_BEFORE = re.compile(
    r"""\b(?:counterpart|[Mm]inister|President|Secretary|Ambassador|Premier|Chancellor|King|Emir
    |Amir|Sultan|Prince|[Ee]nvoy)\s+(?:[A-Z][\w'’.-]*\s+){1,4}\Z""",
    re.VERBOSE,
)
# A weekday, or a place (or host) told by "in", "at", "to" or "by", just before a word: "met B
# on Monday on", "talks in Lima on", "hosted by A on": the capitalised word closes the time or
# the place, no name runs on after it.
_TIME_OR_PLACE_BEFORE = re.compile(
    rf"""(?:{WEEKDAY_PATTERN}
    |\b(?:in|at|to|by)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}))\s+\Z""",
    re.VERBOSE,
)

# The leg of a trip after its place: "on his way home from C".
_ON_THE_WAY = re.compile(r"\s*on\s+(?:his|her|its|their|the)\s+way\b")


def _time_or_place_before(text: str, at: int) -> bool:
    """Whether a weekday, or a known city or state after "in", "at", "to" or "by", ends at ``at``.

    >>> text = "A met B in Lima on the situation in C."
    >>> _time_or_place_before(text, text.index("on "))
    True
    >>> _time_or_place_before("the Convention on", 15)
    False
    >>> _time_or_place_before("met B on Monday on", 16)
    True
    >>> _time_or_place_before("a visit to London on his way home", 19)
    False
    """
    told = _TIME_OR_PLACE_BEFORE.search(text, 0, at)
    if told is None or _ON_THE_WAY.match(text, at):
        return False  # "a visit to P on his way home from C": the trip's leg, no topic
    place = told.group("place")
    return place is None or city_country(place) is not None or bool(state_codes(place))


# A relative clause telling the event's own taking place: "which is scheduled to be held".
_EVENT_PREDICATE = re.compile(
    r"\s+(?:[a-z]+\s+){0,4}?(?:held|take\s+place|took\s+place|takes\s+place|convene|convened"
    r"|opened)\b"
)
# A gathering's word, whose subject ("on water") may stand before its place and date ...
_GATHERING_ON = re.compile(r"(?i:conference|forum|seminar|symposium|summit)\Z")
# ... "on regional transport in Lima", "on water security in the Uzbek capital" (not a state of
# affairs of a place, "on the situation in C", "on the crisis in C": C is the topic's).
_SUBJECT_THEN_IN = re.compile(
    r"""on\s+(?:[a-z-]+\s+){0,3}?
    (?!(?:situation|crisis|war|conflict|fighting|violence|unrest|tensions?|developments)\s)
    [a-z-]+\s+in\s+(?:the\s+)?[A-Z]""",
    re.VERBOSE,
)
# A trip's route after "that" or "which": " takes him to", " will take her to".
_TAKES_TO = re.compile(r"\s+(?:takes|took|is\s+taking)\s+(?:him|her|them)\s+to\b")
# A destination just after the trigger, before "including": "to the Middle East, ".
_PLACE_THEN = re.compile(r"\s+(?:(?:to|in)\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4},?\s*")
# A subject named "on" a field, then its own taking place: "the working group on energy will
# take place in Lima", "the forum on water was held in Quito".
# A body's word ending the trigger: "the Intergovernmental Commission", "the joint committee".
_BODY_WORD_END = re.compile(r"\b(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil)\Z")
# The field of a body's name, any case, then its sides or its sitting: "on Economic Cooperation
# between A and B", "on Trade, Economic and Cultural Cooperation took place".
_FIELD_OF_THE_BODY = re.compile(
    r"""on\s+(?:[\w-]+,?\s+){1,8}?(?:between\s|(?:will|would|is\s+to|are\s+to|is\s+due\s+to
    |is\s+scheduled\s+to)\s+(?:also\s+)?(?:be\s+held|take\s+place|convene|meet)
    |(?:was|were)\s+held|took\s+place)""",
    re.VERBOSE,
)
_NAME_THEN_PREDICATE = re.compile(
    # (its field may list words: "the commission on trade, economic and cultural cooperation")
    r"""on\s+(?:[a-z-]+,?\s+){1,8}?(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|is\s+scheduled\s+to)
    \s+(?:also\s+)?(?:be\s+held|take\s+place|convene|meet)|(?:was|were)\s+held|took\s+place)\b""",
    re.VERBOSE,
)
# A topic right after talks, then their end at a place: "negotiations on the pact were
# concluded in P", "talks on a border treaty ended in P" (the place and time are the talks').
_TOPIC_THEN_ENDED = re.compile(
    r"""on\s+(?:[a-z-]+,?\s+){1,8}?(?:(?:were|was|had\s+been)\s+(?:(?:successfully|formally)\s+)?
    (?:concluded|completed|finali[sz]ed|wrapped\s+up)|ended|concluded|closed)\s+(?:in|at)\s+[A-Z]""",
    re.VERBOSE,
)
# A topic right after the trigger, then its counterpart: "talks on fishing rights with the
# Peruvian minister", "talks on trade, energy, transport and culture with Y" (a list of plain
# words is still the topic, so the partner after "with" is the event's when no other event's
# word stands between; not "talks on cooperation with A", where A is part of the topic).
_TOPIC_THEN_WITH = re.compile(
    r"""(?:on\s+)?(?:(?!(?:talks|meetings?|visits?|summits?|calls?|negotiations|consultations
      |met|meet|held|hold|visited|signed|said|discussed|and\s+(?:the\s+)?[a-z]+ed)\b)
      [a-z-]+,?\s+){0,11}?                               # the list's words, commas, "and"
    (?!cooperation\s|relations\s|ties\s|partnership\s)[a-z-]+\s+  # its last word
    (?P<with>with)\s+(?:(?:his|her|their|the)\s+)?
    (?:(?:leaders|heads|ministers|counterparts|officials)\s+(?:of|from)\s+(?:the\s+)?)?[A-Z]""",
    re.VERBOSE,
)


def partner_after_topics(body: str, at: int) -> int | None:
    """Where "with" opens the partner after a topic told from ``at`` (" on trade, ..."), or None.

    >>> partner_after_topics("talks on trade, the building of ports and energy with Peru", 5)
    49
    >>> partner_after_topics("discussed farming, the building of ports and energy with Peru", 9)
    52
    >>> partner_after_topics("talks on relations with Peru", 5) is None
    True
    """
    told = body.startswith(" on ", at) or (
        body.startswith(" ", at) and _DISCUSS_BEFORE.search(body, max(0, at - 12), at) is not None
    )  # "talks on trade, ...", or "discussed trade, ...": the topics right after the verb
    topic = _TOPIC_THEN_WITH.match(body, at + 1) if told else None
    return topic.start("with") if topic is not None else None


# A verb of discussing just before a point: its object is the topic ("discussed trade, ...").
_DISCUSS_BEFORE = re.compile(r"\bdiscuss(?:ed|es|ing)?\Z")


def clause_after(body: str, t1: int, hi: int) -> re.Match[str] | None:
    """The first new clause between a trigger's end ``t1`` and ``hi``, past its topic list.

    A comma inside a topic list told before the partner ("talks on trade, the building of
    ports and energy with Y") opens no clause: the partner and the day after are the event's.
    """
    found = NEW_CLAUSE.search(body, t1, hi)
    if found is not None and (topics_end := partner_after_topics(body, t1)) is not None:
        found = NEW_CLAUSE.search(body, max(found.start(), topics_end), hi)
    return found


# A pact under negotiation right after the trigger of a round, then the two sides it is
# between: "a round of talks on a free trade agreement between A and B", "the first round of
# negotiations on a treaty between the EU and A" (the pact's parties are the ones negotiating
# it in the round; talks on a pact told with no round are left to the story's sides).
_PACT_THEN_BETWEEN = re.compile(
    r"""on\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|treaty|pact|accord|deal)\s+
    between\s+(?:the\s+)?[A-Z]""",
    re.VERBOSE,
)
# A trigger that is, or ends, a round's name: "the third round of talks", "a new round of
# negotiations".
_ROUND_OF_BEFORE = re.compile(r"\bround\s+of\s+(?:the\s+)?[\w-]+\Z")
# The definite article that makes a people's plural name a side in talks: "the Americans
# proposed", "talks between the Russians and the Ukrainians".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
# What marks a people's plural name as officials: "Syrians in his government".
_OFFICIALS_AFTER = re.compile(
    r"""\s+(?:in|from|of|on)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?  # "in his new"
    (?:government|administration|cabinet|delegation|team|side|leadership)\b""",
    re.VERBOSE,
)


def a_people(body: str, mention: CountryMention) -> bool:
    """Whether a mention is a state's people ("3.3 lakh Indians"), not its government.

    A plural demonym ("Indians", "Syrians") names people; only "the Americans"
    (the article marks the side of a negotiation) or officials named so
    ("Syrians in his government") stand for a state. Forms that are both
    singular and plural ("Swiss", "Seychellois") are left alone.

    >>> body = "Many Indians visited Turkey; the Americans proposed a deal."
    >>> from diplonews.text.countries import extract_country_mentions
    >>> [a_people(body, m) for m in extract_country_mentions(body)]
    [True, False, False]
    """
    text = mention.text
    return (
        mention.kind == "demonym"
        and text.endswith("s")
        and not text.endswith(("ss", "ois"))
        and _THE_BEFORE.search(body, max(0, mention.start - 5), mention.start) is None
        and _OFFICIALS_AFTER.match(body, mention.end) is None
    )


def not_a_state_visit(
    body: str,
    bounds: tuple[int, int, int, int],
    who: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
) -> bool:
    """Whether a visit is private travel or a tour of sites at home, not a trip to a state.

    ``bounds`` are the clause start, the trigger's start and end, and where its
    sides end. Private travellers ("people who have visited Turkey", "3.3
    lakh Indians visited Turkey") make no visit; nor does a visit to a site or
    a region ("the port area", "the Garabagh region") when no state is named
    after the trigger other than the visitors' own: a leader touring his own
    country.
    """
    lo, t0, t1, hi = bounds
    if not who and PRIVATE_VISITORS.search(body, max(lo, t0 - 180), t0):
        return True
    if not who and any(lo <= m.start < t0 and a_people(body, m) for m in mentions):
        return True  # "3.3 lakh Indians visited Turkey": travellers, not an official
    site = SITE_VISIT.match(body, t1, hi)
    if site is None or (site["named"] and site["named"] in _macro_regions()):
        return False
    # a leader touring his own country: "The Kazakh PM visited ... in Astana"
    return _names_only_own(_travellers_states(bounds, who, mentions), mentions, t1, hi)


def _travellers_states(
    bounds: tuple[int, int, int, int],
    who: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
) -> set[str]:
    """The travellers' states: the people's, and any named before the trigger ("The Kazakh PM")."""
    lo, t0, _, _ = bounds
    own = {p.country for p in who if p.country}
    return own | {m.code for m in mentions if lo <= m.start < t0 and m.kind != "group"}


def _names_only_own(
    own: set[str], mentions: Sequence[CountryMention], start: int, end: int
) -> bool:
    """Whether ``start:end`` names no state, by name or capital, other than ``own``."""
    return not any(
        m.kind in ("name", "capital") and m.code not in own
        for m in mentions
        if start <= m.start < end
    )


# A trip told as going back or home: "flew back to", "is due back in", "to fly home to"
# ("returned home from P" tells the trip to P, and is left alone).
_BACK_HOME = re.compile(r"\b(?:back\s+(?:to|in)|(?P<home>home\s+to))\b")


def a_trip_home(
    body: str,
    bounds: tuple[int, int, int, int],
    who: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
) -> bool:
    """Whether a trip is the traveller's return home, not a visit of its own.

    ``bounds`` are the clause start, the trigger's start and end, and where its
    sides end. A trip told as going home ("is to fly home to Riyadh") or back
    ("flew back to Brasilia", "is due back in Tokyo") ends a visit the story has
    told already; going back to a place that names a state other than the
    traveller's own ("the French envoy is due back in Madrid") is a further
    leg abroad.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> body = "The Brazilian minister flew back to Brasilia last night."
    >>> a_trip_home(body, (0, 23, 37, len(body)), (), extract_country_mentions(body))
    True
    >>> body = "The French envoy is due back in Madrid on Sunday."
    >>> a_trip_home(body, (0, 17, 32, len(body)), (), extract_country_mentions(body))
    False
    """
    _, t0, t1, hi = bounds
    back = _BACK_HOME.search(body, t0, min(hi, t1 + 8))
    if back is None or back.start() >= t1:
        return False
    if back["home"]:
        return True  # "home": the traveller's own state, whatever the place
    # the traveller's state: the people's, or one named before the verb ("The Brazilian minister")
    return _names_only_own(_travellers_states(bounds, who, mentions), mentions, t0, hi)


# A region as a trip's destination, just after its word: " to the Middle East", " in the Gulf
# region", " to Southeast Asia", "the region" (the story's own).
_REGION_AFTER = re.compile(
    r"""\s*(?:(?:to|in)\s+)?(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}(?P<last>[A-Z][\w-]*)
    (?:\s+region)?|(?<=the\s)region)\b(?!\s+of\b|['’])""",
    re.VERBOSE,
)


def to_a_region(body: str, at: int) -> bool:
    """Whether a trip's destination, told at ``at``, is a region of several states.

    "Her visit to the Middle East last year", "the envoy will be in the region over the
    coming days": the trip goes abroad, and no state of the region is its host.

    >>> to_a_region("visit to the Middle East", 5), to_a_region("visit to the Garabagh region", 5)
    (True, False)
    """
    region = _REGION_AFTER.match(body, at)
    return region is not None and (region["last"] is None or region["last"] in _macro_regions())


@functools.cache
def _macro_regions() -> frozenset[str]:
    """Last words of regions spanning several states ("the Middle East region")."""
    return frozenset(str(w) for w in meeting_words()["macro_regions"])


def own_people(
    body: str,
    spans: tuple[int, int, int, int],
    who: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
) -> bool:
    """Whether the other side is the state's own people: advisers, army, legislators.

    ``spans`` holds the sentence start, the trigger and the end of its sides.
    A counterpart named with a nationality ("his Egyptian counterpart") is
    foreign, so such a meeting is not domestic.
    """
    start, t0, t1, sides_hi = spans
    own = _OWN_PEOPLE_AFTER.match(body, t1, sides_hi) or _OWN_PEOPLE_BEFORE.search(
        body, max(start, t0 - 100), t0
    )
    return (
        own is not None
        and not any(p.country for p in who if p.start >= t1)
        and all(m.start < t0 for m in mentions)
    )


# The start of the next item of a list of events: ", his travel to Korea", "and the June summit".
_LIST_JOIN = re.compile(
    r"""(?:,\s+(?:and\s+)?|\s+and\s+|\s+--\s+)  # a comma, "and" or a dash
    (?P<item>(?:the|an?|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3})\Z  # the item's first words""",
    re.VERBOSE,
)


# Meeting words that name an event as a noun: two of them joined by "and the" are two events.
_GATHERING_NOUN = re.compile(
    r"(?:[Ss]ummit|[Ss]ession|[Mm]eeting|[Cc]onference|[Ff]orum|[Mm]inisterial|[Aa]ssembly)s?\b"
)


def list_item(
    body: str, clause: tuple[int, int], trigger: tuple[int, int], hits: Sequence[int]
) -> tuple[int, int]:
    """Narrow the clause ``[lo, hi)`` to the trigger's own item when it lists events.

    ``hits`` are the sorted starts of the body's meeting words. In "the IMF
    session in Washington, and the June summit in Venice" the summit has
    neither Washington nor the IMF, and the session not June.
    """
    lo, hi = clause
    t0, t1 = trigger
    at = bisect.bisect_left(hits, t0) - 1
    if at >= 0 and hits[at] >= lo:
        before = TRIGGER_WORDS.match(body, hits[at])
        join = _LIST_JOIN.search(body, max(before.end(), t0 - 60), t0) if before else None
        if (
            before is not None
            and join is not None
            and (
                body[join.start()] != " "  # a comma: sides before are shared
                # "the IMF session in Washington and the June summit": an item with its own place
                or (
                    _GATHERING_NOUN.match(body, hits[at])
                    and PLACE_IN.search(body, before.end(), join.start()) is not None
                )
            )
        ):
            lo = join.start("item")
    at = bisect.bisect_left(hits, t1)
    if at < len(hits) and hits[at] < hi and body[hits[at]].islower():  # not "Gulf ... Council"
        join = _LIST_JOIN.search(body, max(t1, hits[at] - 60), hits[at])
        if join is not None:
            hi = join.start()
    return lo, hi


def not_meetings(text: str) -> Iterator[re.Match[str]]:
    """The gatherings of a sentence that are no meeting ("a news conference").

    A business forum or conference named for two or more states ("the
    Kyrgyz-Turkish Business Forum") is an international event, not a domestic one.

    >>> [m.group() for m in not_meetings("He spoke at the business forum and the Peru-Chile "
    ...                                  "business forum.")]
    ['business forum']
    """
    return iter(_not_meetings(text))


# Each sentence of an article with a trigger is read here by the rules, and the fallback
# reads again every one of them that has a meeting word but no record: one reading serves
# both (a fifth of the calls). An article's sentences are read one after another, so a
# few dozen kept texts are enough.
@functools.lru_cache(maxsize=64)
def _not_meetings(text: str) -> tuple[re.Match[str], ...]:
    """:func:`not_meetings` of ``text``, found once for the last texts read."""
    folded = fold(text)
    if folded is None:
        found = NOT_A_MEETING.finditer(text)
    elif any(map(folded.__contains__, NOT_A_MEETING_WORDS)):
        found = NOT_A_MEETING_FOLDED.finditer(folded)
    else:
        found = iter(())
    kept = [m for m in found if not _states_named(text, m) and not _named_media_gathering(text, m)]
    return (*kept, *_house_sessions(text))


# A media gathering told by its own name, capitalised: "the II Nairobi Global Media Forum",
# "the Global Media Congress" (a forum a state holds, its officials speaking at it), not "a
# media forum", "the media conference" (the press's own).
_NAMED_MEDIA = re.compile(r"Media\s+(?:Forum|Summit|Congress|Conference)s?")


def _named_media_gathering(text: str, match: re.Match[str]) -> bool:
    """Whether a rejected media gathering is written as a name ("Global Media Forum")."""
    return _NAMED_MEDIA.fullmatch(text, match.start(), match.end()) is not None


# A plenary session and, in its sentence, a state's own legislators or their act of
# ratifying: "deputies at today's plenary session ratified", "the parliament ... as the
# plenary session discussed". An international assembly named in the sentence keeps it.
_PLENARY = re.compile(r"\bplenary\s+sessions?\b", re.IGNORECASE)
_HOUSE = re.compile(
    r"""\b(?:(?<!inter-)(?<!inter)parliament(?!ary)|deputies|MPs|lawmakers|legislators
    |legislature|senate|senators|duma|majlis|mazhilis|ratif(?:y|ied|ies|ying|ication))\b""",
    re.VERBOSE | re.IGNORECASE,
)
_INTERNATIONAL_HOUSE = re.compile(
    r"\b(?:Assembly|Inter-?[Pp]arliamentary|European\s+Parliament|PACE)\b"
)


def _house_sessions(text: str) -> list[re.Match[str]]:
    """The plenary sessions of a sentence that are a state's own legislature at work."""
    if "lenary" not in text or _INTERNATIONAL_HOUSE.search(text) or not _HOUSE.search(text):
        return []
    return list(_PLENARY.finditer(text))


# States joined by dashes just before a gathering: "Kyrgyz-Turkish", "Peru-Chile-Mexico".
_STATE_PAIR_BEFORE = re.compile(r"(?:[A-Z][\w’']+[-–]){1,3}[A-Z][\w’']+\s+\Z")


def _states_named(text: str, match: re.Match[str]) -> bool:
    """True when a business gathering's name opens with two or more states joined by dashes."""
    if not re.fullmatch(
        r"business\s+(?:forum|summit|conference|congress)s?", match.group().lower()
    ):
        return False  # "a German-Polish business meeting" is still the firms' own
    pair = _STATE_PAIR_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if pair is None:
        return False
    codes = state_codes(pair.group())
    return len(codes) >= 2


# The one told about talks is no side of them: "Putin briefed Trump on his talks with X".
BRIEFED = re.compile(
    r"""\b(?:briefed|informed|updated)\s+(?P<told>[^;,]{1,60}?)\s+(?:on|about)\s+
    (?:his|her|their)\s+(?:[\w-]+\s+)?\Z""",
    re.VERBOSE,
)


# A plural subject standing for a body's people named before it: "The diplomats were
# meeting" after "Senior EC diplomats gave a favourable reaction".
_PLURAL_SUBJECT = re.compile(
    r"""\b[Tt]he\s+(?P<noun>diplomats|ministers|officials|envoys|ambassadors|delegates)\s+
    (?:were|are|had\s+been|have\s+been)\s+\Z""",
    re.VERBOSE,
)


def body_session(
    body: str, start: int, t0: int, dateline_city: tuple[str, str] | None
) -> tuple[str, Place | None] | None:
    """The body whose people "were meeting", and the dateline place, if the text named them.

    ``start`` is where the trigger's sentence starts and ``t0`` the trigger;
    the people must have been named with their body earlier ("EC diplomats").
    """
    subject = _PLURAL_SUBJECT.search(body, max(start, t0 - 40), t0)
    if subject is None:
        return None
    earlier = list(
        re.finditer(rf"\b([A-Z][\w.-]+)\s+(?:[a-z]+\s+)?{subject['noun']}\b", body[:start])
    )
    if not earlier:
        return None
    named = earlier[-1]  # the last mention before
    found = extract_country_mentions(named.group(1))
    if not found or found[0].kind != "group":
        return None
    place = (
        Place(city=dateline_city[0], country=Country(dateline_city[1])) if dateline_city else None
    )
    return found[0].code, place


# What may stand between a body's name and its "session": its ministers, "ministerial",
# "annual", "plenary" ("the NATO defence ministers' session", "the OPEC ministerial session").
_SESSION_QUALIFIER = re.compile(
    r"""(?:\s+(?:[a-z]+\s+)?[Mm]inisters['’]|\s+[Mm]inisterial|\s+[Aa]nnual|\s+[Pp]lenary)?\s+\Z""",
    re.VERBOSE,
)
# "session of the" a body's name, not of its council, commission or committee named next
# ("a session of the X Council of Foreign Ministers": the commission rule's session).
_OF_THE_BODY = re.compile(
    r"\s+of\s+the\s+(?!(?:[\w-]+\s+){0,4}(?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee)\b)"
)
# A parliament's name: its sittings are a state's (or a union's) own, no gathering of states.
_PARLIAMENT = re.compile(r"\bParliament\Z")
# A body joined to another before their one session ("the IMF/World Bank session").
_JOINED = re.compile(r"[/–-]\Z")
# A name that goes on after the body's ("the ECOWAS Authority of Heads of State").
_NAME_GOES_ON = re.compile(r"\s*(?:\(|[A-Z])")


def body_session_named(
    body: str, lo: int, t0: int, t1: int, mentions: Sequence[CountryMention]
) -> tuple[int, int] | None:
    """Where the name of the body whose "session" is at ``t0``..``t1`` lies, if one is named.

    The body stands right before it ("the NATO ministers' session", "a GATT session") or
    right after it ("the annual session of the IMF"): a body of the organisations table or
    a group of states, never a parliament ("a session of the European Parliament"); "session"
    alone names a parliament's, a court's, a cabinet's or a board's sittings too. ``lo`` is
    where the sentence starts; ``mentions`` are the sentence's country mentions.

    >>> body_session_named("a GATT session in Geneva", 0, 7, 14, ())
    (2, 6)
    >>> body_session_named("a cabinet session in Ankara", 0, 10, 17, ()) is None
    True
    """
    org_re = _org_pattern()[0]
    named: list[tuple[int, int]] = []
    qualifier = _SESSION_QUALIFIER.search(body, max(lo, t0 - 40), t0)
    if qualifier is not None:
        end = qualifier.start()
        named += [(m.start, m.end) for m in mentions if m.kind == "group" and m.end == end]
        named += [
            (found.start(), found.end())
            for found in org_re.finditer(body, max(lo, end - 80), end)
            if found.end() == end and _PARLIAMENT.search(found.group()) is None
        ]
        named = [(a, b) for a, b in named if _JOINED.search(body, max(lo, a - 1), a) is None]
    of_the = _OF_THE_BODY.match(body, t1)
    if not named and of_the is not None:
        at = of_the.end()
        named += [(m.start, m.end) for m in mentions if m.kind == "group" and m.start == at]
        found = org_re.match(body, at)
        if found is not None and _PARLIAMENT.search(found.group()) is None:
            named.append((found.start(), found.end()))
        named = [(a, b) for a, b in named if _NAME_GOES_ON.match(body, b) is None]
    return min(named) if named else None


def holds(positions: Sequence[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


# Roles of business, not of a state: such a person is no side of a meeting between states.
_BUSINESS_ROLE = re.compile(
    r"""\b(?:chief\s+executive|CEO|(?:chief\s+)?economist|analyst|banker|trader  # a firm's people
    |director\s+general\s+of\s+the\s+\w+\s+(?:association|federation))\b     # a trade body's""",
    re.VERBOSE | re.IGNORECASE,
)


def in_business(person: PersonMention) -> bool:
    """Whether a person of no known state holds a business role ("joint chief executive").

    >>> in_business(PersonMention("Ann Roe", "chief executive", None, 0, 7, "Ann Roe"))
    True
    """
    return person.country is None and _BUSINESS_ROLE.search(person.role or "") is not None
