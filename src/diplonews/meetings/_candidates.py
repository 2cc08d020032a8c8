"""Reading trigger sentences into candidates: rule, kind, status, sides, place and date.

:func:`candidates` walks the body's trigger sentences; each rule match is read by
``_candidate``, which reads the clause around the trigger word (the officials and states it
names, the place, the date, the tense); a trigger whose words tell no event of its own
(hedged, denied, a topic ...) is dropped first by :func:`~diplonews.meetings._filters.no_event`.
The patterns only this reading uses live here; the shared ones in
:mod:`~diplonews.meetings._rules` and :mod:`~diplonews.meetings._places`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Sequence
from typing import Literal

import attrs

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.gazetteer import load_group_members
from diplonews.meetings._filters import holds_any, no_event
from diplonews.meetings._kinds import CALL, CONFERENCE, HELD, MEETING, PLANNED, VISIT
from diplonews.meetings._matches import rule_matches
from diplonews.meetings._merge import (
    Candidate,
    visit_days,
)
from diplonews.meetings._places import (
    BRIEFED,
    NAMED_BEFORE,
    PORTFOLIO,
    a_people,
    a_trip_home,
    agency_dateline_end,
    body_session,
    body_session_named,
    body_subject,
    clause_after,
    clause_bounds,
    dates_another_act,
    find_location,
    find_organization,
    find_title,
    host_after,
    in_business,
    just_before_remarks,
    list_item,
    name_end,
    next_meeting_word,
    not_a_state_visit,
    not_meetings,
    of_its_time,
    own_people,
    pick_date,
    read_dateline,
    sentence_dates,
    to_a_region,
)
from diplonews.meetings._prose import (
    due_in,
    for_others,
    helpers_after,
    names_a_pact,
    planned_trip,
    pronoun_before_auxiliaries,
    went_abroad,
)
from diplonews.meetings._rules import (
    AHEAD_OF_GATHERING,
    ALSO,
    AND_ANOTHER,
    ANOTHER,
    ARRIVED_AND,
    BACK_REFERENCE,
    BODY_SESSION_BEFORE,
    EARLIER_SITTING,
    HOST_AFTER,
    INTERNATIONAL,
    LATER_STEP,
    LINK_LINE,
    NAMED_ROUND,
    NAMELESS_TITLE,
    NEW_CLAUSE,
    NON_STATE_AFTER,
    NON_STATE_BEFORE,
    ORDINAL,
    OWN_SIDE,
    PAST,
    PAST_AFTER,
    PAST_ASIDE,
    PLACE_BEFORE,
    PUT_OFF_ASIDE,
    RECALLED_DETERMINER,
    RECALLING,
    REJECTED_HEAD,
    ROUND_BEFORE,
    ROUND_LAUNCHED,
    RULES,
    RUN_TO_END,
    SAID_AT_EVENT,
    SEQUEL,
    SESSION_TITLE,
    SINCE_RECALLED,
    SPEECH_CONTENT,
    TALKS_HOSTED,
    TALKS_TAKEN_UP,
    TOPIC_BEFORE,
    TRIGGER_WORDS,
    aside_before_plan,
    decided_at_the_end,
    made_during,
    meeting_status,
    other_to_come,
    past_clause_of_its_own,
    past_cue,
    plan_after_name,
    visit_by_others,
    visit_by_performers,
)
from diplonews.meetings._scan import WordHits
from diplonews.meetings._split import dates_by_partner, each_its_own
from diplonews.meetings._story import dateline_officials, story_head, story_state
from diplonews.meetings._told_of import (
    guest_title,
    inviters,
    recalled_only,
    talked_of,
    told_of_only,
)
from diplonews.meetings._window import STATUS_WINDOW, status_start
from diplonews.models import Article, MeetingKind, MeetingStatus
from diplonews.text import (
    PersonMention,
    Sentence,
    body_mentions,
    counted_mentions,
    denied_clause,
    extract_people,
    home_country,
    meeting_words,
    new_time,
    person_spans,
    put_off_before,
    put_off_end,
    region_states,
    split_sentences,
    time_after,
)
from diplonews.text.countries import (
    NAME_GAP,
    CountryMention,
    city_country,
    extract_country_mentions,
    place_country,
    state_codes,
)
from diplonews.text.dates import (
    CLAUSE_STOP,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    DateMention,
    Tense,
    coming_month_year,
    latest_month_year,
    month_number,
)
from diplonews.values import Country, PartialDate, Participant, Place, Span

__all__ = ["INDEFINITE", "candidates", "on_its_visit_days"]


# A counterpart after a body's meeting ("of the G7 with China"), not a verb's "had ended with".
_WITH_SIDE = re.compile(
    r"""(?:(?!\b(?:had|has|have|was|were|is|are|will|would|ended|ends|closed|broke)\b)
    [^,;]){0,60}?\bwith\b  # up to the "with", past no verb of the meeting itself""",
    re.VERBOSE,
)


# A gathering named as where talks took place: "met X on Monday at the G7 Summit".
_AT_GATHERING = re.compile(
    r"""\b(?:at|during|on\s+the\s+(?:sidelines|margins?)\s+of|as\s+part\s+of)\s+(?:the\s+)?
    (?:[\w'’().,–-]+\s+){0,8}\Z""",
    re.VERBOSE,
)
# A state named as whose neighbours the sides are: "the ministers of Chile's neighbouring
# countries" names the neighbours, not Chile.
_NEIGHBOURS = re.compile(r"['’]s?\s+(?:neighbou?ring\s+(?:countries|states|nations)|neighbou?rs)\b")
# Talks of officials of several states: "the third meeting of the foreign ministers of the
# region's countries" is a gathering ("of the two countries" is not).
_OF_MANY = re.compile(
    r"""\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|leaders|heads|presidents|officials)\s+of\s+
    (?!(?:the\s+)?(?:two|both)\s)(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:countries|states|nations)\b""",
    re.VERBOSE,
)
# The officials of a region's states: "of the heads of state of Central Asia", "of the
# foreign ministers of the South Caucasus countries" (a region, not a state, after "of").
_OF_REGION = re.compile(
    r"""\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:heads\s+of\s+(?:state|government)s?|leaders
    |ministers|presidents|prime\s+ministers)\s+of\s+(?:the\s+)?(?:(?:Central|South|Southeast
    |South-East|East|West|North|Western|Eastern|Northern|Southern)\s+)?(?:Asia|Africa|Europe
    |America|Caucasus|Balkans|Gulf|Caspian|Baltic|Nordic|Black\s+Sea|Mediterranean)\b""",
    re.VERBOSE,
)
# A body's members as a crowd: "EU leaders", "his NATO counterparts", "G20 finance ministers".
_BODY_MEMBERS = re.compile(
    r"""\b(?!(?:The|These|Those|Their|Its|His|Her|Both|All|Our|Two|Other)\s)[A-Z][A-Za-z0-9+-]{1,10}
    \s+(?:leaders|counterparts|heads\s+of\s+state|member\s+states
    |(?:foreign|finance|defen[cs]e|trade|energy)\s+ministers)\b""",
    re.VERBOSE,
)
# A meeting word that tells a body's own sitting when the body is its subject: "will meet in
# P", "at the end of a two-day meeting", not talks with another side ("met X", "a meeting
# with X", "held talks").
_OWN_SESSION = re.compile(
    r"""(?:meeting|session|meets?|met)\b
    # (a name after the verb is its other side, a day is not: "met A's officials", "met Monday")
    (?!\s+(?:with|(?![A-Z][a-z]+day\b)[A-Z][\w'’.-]*|the|his|her|its|their|an?
    |[a-z]+\s+officials)\b)""",
    re.VERBOSE,
)
# Officials of a region's states as a crowd: "Arab foreign ministers met", "a meeting of
# African trade ministers", "Latin American coffee producers".
_REGION_CROWD = re.compile(
    r"""\b(?:African|Arab|Asian|European|Latin\s+American|South\s+American|Central\s+American
    |Caribbean|Gulf|Nordic|Baltic|Balkan|Pacific|Central\s+Asian|Islamic|Muslim|Mediterranean
    |Southeast\s+Asian|West\s+African|East\s+African|Arctic)\s+(?:[a-z-]+\s+){0,2}
    (?:ministers|leaders|heads\s+of\s+(?:state|government)|states|nations|countries|producers
    |governments|envoys)\b""",
    re.VERBOSE,
)
# The world's leaders as the subject of the meeting verb: "as world leaders met at the summit"
# is the gathering, not talks of the two leaders the sentence names before it (and "a summit
# attended by world leaders, X met Y" is still X's talks with Y).
_WORLD_CROWD_MEETS = re.compile(r"\b[Ww]orld\s+(?:[a-z-]+\s+)?leaders\s+\Z")
_REGION_WORDS = re.compile(
    r"(?:ican|Arab|Asia|Europe|Gulf|Nordic|Baltic|Balkan|Pacific|Islam|Muslim|Medit|Arctic|Carib)"
)  # cheap test before _REGION_CROWD
# The ministers of one portfolio as a crowd, with no state or body named: "a meeting of
# trade ministers", "finance ministers hold an informal meeting" (not "the two prime
# ministers", "Peruvian trade ministers", "the foreign ministers of A and B"), also as the
# subject of the meeting verb: "finance ministers met in X", "trade ministers will meet".
_FIELDS = (
    r"(?P<field>(?i:trade|finance|foreign|farm|agriculture|economy|energy|oil|defen[cs]e|health"
    r"|environment|transport|interior|justice|education|labou?r|industry|fisheries))"
)
_CROWD_OF = re.compile(rf"\s+of\s+{_FIELDS}\s+ministers\b(?![\s,]+(?:of|from|for|in\s+the)\b)")
_CROWD_MEET = re.compile(
    rf"""(?:^|(?<=[\s(])){_FIELDS}\s+ministers\s+
    (?:(?:will|would|are|were)\s+(?:(?:to|due\s+to|set\s+to)\s+)?)?
    (?:(?:hold|held|holding|have|had|having)\s+(?:an?|their)\s+(?:[a-z-]+\s+){{0,2}})?\Z""",
    re.VERBOSE,
)
# A word before the crowd that makes it one state's, a pair's or a government's own: "Peruvian",
# "EC", "the two", "state finance ministers", "former trade ministers".
_CROWD_OWNER = re.compile(
    r"""(?:\b[A-Z][\w.'’-]*|\b(?:two|both|the|its|their|our|his|her|state|provincial|regional
    |federal|national|local|deputy|junior|shadow|former|opposition))\s+\Z""",
    re.VERBOSE,
)
# A portfolio's other names in an official's title ("farm ministers" and "Agriculture Minister").
_FIELD_WORDS = {"farm": ("farm", "agricultur"), "agriculture": ("farm", "agricultur")}
_MINISTER_ROLE = re.compile(r"(?i:\b(?:minister|secretary|representative)\b)")
_MANY_WORDS = re.compile(r"\b(?:nations|countries|states)\b")  # cheap test before _MANY_MEET
# Many states as the subject of "meet": "expects major nations to ... when they meet".
_MANY_MEET = re.compile(
    r"""\b(?:major|leading|industriali[sz]ed|participating|several|many|western|creditor
    |donor|member)\s+(?:nations|countries|states)\b[^.;]{0,120}?
    \b(?:they|will|to|would)\s+\Z""",
    re.VERBOSE,
)
# Days a plan's date may lie before publication and still be the plan the story tells ("will
# hold talks on May 9" on a page of May 10, written the day before): a stale date beyond is past.
_PLAN_GRACE_DAYS = 3
# A session named by its format: "... of foreign ministers in the Central Asia – Russia format".
_FORMAT = re.compile(
    r"""[^.;]{0,100}?\bin\s+the\s+(?P<name>[A-Z][\w’'.-]*(?:\s*[–—+/-]\s*[A-Z0-9][\w’'.+-]*
    |\s+[A-Z][\w’'.-]*){0,4})\s+format\b""",
    re.VERBOSE,
)
# The event's opening told right after it: "The forum, which opened on June 7, ...", or its
# opening to come: "The summit, which opens in P on May 25", "which is due to open in October".
# (or told sitting since a time: "the conference, which has been in session here since May")
# (a restrictive "that" needs no comma: "during a two-day visit that began on Monday")
# ("the round of talks, which got under way on Monday": its start told by the phrase, too)
_OPENED = (
    r"(?:,\s+(?:which|that)|\s+that)\s+(?:was\s+)?(?:opened|began|started|kicked\s+off"
    r"|got\s+under\s*way|(?:has|have)\s+been\s+in\s+session)\s+"
)
# (a plural gathering opens too: "the annual meetings of the X and the Y, which open in P")
_OPENS = (
    r",\s+(?:which|that)\s+(?:opens?|will\s+open|(?:is|are)\s+(?:due|set|scheduled)\s+to\s+open)"
    r"\s+"
)
_OPENING_TIME = (
    # "which opened in Skopje on Thursday", "which opened in Munich, Germany, on Friday",
    # "which open in Washington next Tuesday", "which has been in session here since May"
    # (a city of two words too: "which opened in New Delhi on Saturday")
    r"(?:(?:here|there)\s+(?=since\s)|in\s+(?P<opened_in>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?)?"
    r"\s+(?=(?:on|in|next|since)\s))?"
    r"(?:on\s+|in\s+(?=[A-Z])|since\s+)?"  # "which is due to open in October"
)
_OPENED_ON = re.compile(f"(?:{_OPENED}|{_OPENS}){_OPENING_TIME}")
# A visit's own relative clause with its verb in the past: "the visit that X paid to P in".
_PAID_CLAUSE = re.compile(
    r"\s+(?:that|which)\s+(?:[\w'’.-]+\s+){1,6}?(?:paid|made)\s+to\s+(?:[\w'’.-]+\s+){1,3}?"
    r"(?:in|on)\s+"
)
_OPENING_WORDS = ("open", "began", "started", "kicked")  # the words of ``_OPENED``/``_OPENS``
# A gathering told by its bare common noun: "The summit", "the three-day meeting".
_BARE_THE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?\Z")
# The opening told after the rest of the event's name: "a session of the joint commission for
# economic cooperation, which opened on Tuesday"; one to come only after the body it is of ("a
# session of the joint commission, which opens tomorrow"; "talks on the port, which opens in
# May" tell the port's opening).
# (its field's words may hold "and" or "in", and its acronym may close it: "of the X and
# the Y, which open", "a conference on security and cooperation in Europe (CSCE), which")
_NAME_WORDS = (
    r"(?:(?!(?:at|on|with|to|after|before|during)\b)[\w'’-]+\s+){0,5}?[\w'’-]+"
    r"(?:\s+\([A-Z][\w.-]*\))?"
)
# (a visit by the place it goes to: "a three-day visit to Peru, which started on Sunday", and
# by its traveller first: "the visit of President X to Peru that began yesterday"; talks by
# their sides: "the talks between A and B, which opened on Monday")
_NAME_THEN_OPENED = re.compile(
    rf"\s+(?:(?:for|on|between)\s+{_NAME_WORDS}{_OPENED}|of\s+{_NAME_WORDS}(?:{_OPENED}|{_OPENS})"
    rf"|(?:of\s+(?:[A-Z][\w'’.-]*\s+){{1,5}})?to\s+(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+"
    rf"{_OPENED}"
    # its place right after its word: "the session of their joint commission in Lima, which
    # opened on Monday" (the opening told of the sitting, its place between)
    # (its acronym in brackets may stand first: "Commission (JEC) in Lima, which opened")
    rf"|(?:\([A-Z][\w-]*\)\s+)?in\s+(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+(?:{_OPENED}|{_OPENS}))"
    + _OPENING_TIME
)
# A visit's first day told by its guest's arrival in a relative clause after the visit's
# guest or destination: "during the state visit of X to P, who arrived on Monday" (a guest
# arrives on the first day of his visit).
_VISIT_THEN_ARRIVED = re.compile(
    rf"\s+(?:(?:of|by)\s+{_NAME_WORDS})?(?:\s+to\s+(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)?"
    r",\s+who\s+(?:had\s+)?arrived\s+" + _OPENING_TIME
)
# An opening's verb right before a time: "opened in P on Monday", "began on May 3".
_OPENED_BEFORE = re.compile(
    r"\b(?:opened|began|started|got\s+under\s*way)\s+(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?(?:on\s+)?\Z"
)
# Events named in the plural, or as separate ones: "phone calls with", "separate talks with".
_PLURAL_EVENTS = re.compile(
    r"(?:[Mm]eetings|[Cc]alls|(?:[Tt]ele)?[Pp]hone\s+(?:calls|conversations)|[Vv]ideo\s+calls"
    r"|[Cc]onversations)\W"
)
# Counterparts after a call's trigger: "spoke with his counterparts in A and B".
_CALL_COUNTERPARTS = re.compile(
    r"(?:\s+with)?\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?counterparts\b"
)
_SEPARATE_BEFORE = re.compile(r"\b(?:separate|bilateral|individual)\s+(?:[\w-]+\s+)?\Z")
# "in separate talks", "in two separate calls", "in separate phone conversations"
_SEPARATELY = re.compile(
    r"\b(?:separately|one\s+after\s+another|in\s+turn"
    # "received A's minister, followed by B's minister": guests received one after another
    # (a guest named by title: "followed by the Foreign Minister of B")
    r"|(?<=,\s)followed\s+by(?=\s+(?:[A-Z]|his\s|her\s|the\s+[A-Z]))"
    r"|in\s+(?:two\s+|three\s+|several\s+)?separate\s+(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:meetings|talks|calls|conversations))\b"
)
# Where the clause of an event told in a participle ends: "signed during X's visit to C,
# will be", "adopted at the summit is to be reviewed".
# (not the comma of a place's region: "at their meeting in Woodside, California in May")
_MAIN_VERB_AFTER = re.compile(
    r",(?!\s+[A-Z][a-z]+\s+in\s)|\s(?:will|would|shall|is\s+to|are\s+to|was|were|is|are)\s"
)
# A trip's next stop, a gathering: "en route to the", "on his way to the", "before heading to".
# A call's own verb in the past: "spoke today with", "talked by phone with".
_PAST_CALL_VERB = re.compile(r"(?:spoke|talked|telephoned|phoned)\b")
# A past discussion held by means of the call just after: "discussed preparations for the
# visit in a phone conversation", "had discussed the preparations ... during a call" (or the
# trigger itself the means: "discussed the agenda by phone with").
_DISCUSSED_BY_CALL = re.compile(
    r"""\b(?:discussed|reviewed|talked\s+(?:about|over))\s[^.;]{0,120}?
    \s(?P<means>(?:in|during|by|over)\s+  # not "during the upcoming call": one to come
    (?!(?:(?:a|an|the|their|his|her)\s+)?(?:upcoming|forthcoming|coming|next|planned)\b)
    (?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2})?\Z""",
    re.VERBOSE,
)
# A modal or a plan just before a call: "will have spoken", "are expected to discuss".
_MODAL_BEFORE_CALL = re.compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|expected|due|plans?|planned|set\s+to)\b"
    r"[^.;]*\Z"
)
_EN_ROUTE = re.compile(
    r"""\b(?:[Ee]n\s+[Rr]oute\s+[Tt]o|on\s+(?:his|her|their|the)\s+way\s+to
    |before\s+(?:heading|travell?ing|flying|going|proceeding)\s+(?:on\s+)?to)\s+
    (?:(?:[Tt]he|an?)\s+)?(?:[\w-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# At most a day between a trigger and its "in separate calls": "held talks on Monday in".
_DAY_BETWEEN = re.compile(r"\s*(?:(?:on|this|last|earlier|later)\s+[\w-]+\s+)?")
_IN_SEPARATE = re.compile(r"\bin\s+separate\s+\Z")
# The same sides meeting once more, on a day of its own: "met on Monday and again on Friday",
# "spoke on May 2 and again in Lima on May 9" (the day's preposition is the last word).
_AND_AGAIN = re.compile(r",?\s+and\s+again\s+(?:(?:in|at)\s+[A-Z][\w-]*\s+)?(?:on|in)\s+")


_APART_BEFORE = re.compile(r"\b(?:separate|individual)\s+(?:[\w-]+\s+)?\Z")
# The same words opening the sentence, before its subject: "In separate meetings, X met A and B".
_SEPARATE_OPENER = re.compile(
    r"\s*In\s+separate\s+(?:(?:tele)?phone\s+|video\s+)?(?:meetings|talks|calls|conversations)"
    r"(?:\s+(?:on|this|last|earlier|in)\s+[\w ]{1,24}?)?,"  # "In separate calls on Tuesday,"
)
# Words that make talks with several states' officials one event: "a trilateral meeting with".
_TOGETHER = re.compile(
    r"\b(?:trilateral|tripartite|three-way|quadrilateral|joint(?:ly)?|together|between|format"
    r"|summit|[Ss]ummit|three|four|all|both)\b"
)
# One event told by a singular noun after "a": "held a meeting with", "convened a video call
# with" (not "bilateral meetings", "separate calls", "talks").
_ONE_EVENT_NOUN = re.compile(
    r"""\b[Aa]n?\s+(?:(?!bilateral\b|separate\b|individual\b)[\w-]+\s+){0,2}
    (?:meeting|call|conversation|conference|videoconference)\Z""",
    re.VERBOSE,
)
# The subject's own word for its meeting partner: "held talks with X" (not "talks between").
_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,3}?with\s")


# The partners of an event told after "with", a clause later: "meetings were also held on
# Monday with" (not "meetings between A and B", whose states are all sides of one event).
_SIDES_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,6}?with\s")


def _officials_apart(
    body: str,
    sentence: Sentence,
    trigger: tuple[int, int],
    sides_hi: int,
    who: Sequence[PersonMention],
) -> bool:
    """Talks "with" officials of two or more states, each named with a title of their own.

    "The president held talks with Indian Prime Minister X and South African President Y": one
    meeting with each, unless the sentence tells them as one ("a trilateral meeting with",
    "met with both", "talks between", a summit) or the event's word is one event ("held a
    meeting with", "convened a video call with").
    """
    t0, t1 = trigger
    # (the trigger may end in its "with": "spoke this morning with")
    if not body.endswith("with", t0, t1) and (
        " with " not in body[t1 : t1 + 40] or not _WITH.match(body, t1)
    ):
        return False
    if _ONE_EVENT_NOUN.search(body, max(sentence.start, t0 - 40), t1):
        return False  # "a meeting with" the officials of A, B and C: one table, all of them
    met = [p for p in who if p.country is not None and t1 <= p.start < sides_hi]
    after = {p.country for p in met}
    before = {p.country for p in who if p.country is not None and p.start < t0}
    # the words that make them one count in the event's clause, not in a clause of their own
    # after the officials ("spoke with X of A and Y of B, and both leaders renewed their
    # invitations")
    last = max((p.end for p in met), default=t1)
    clause_end = body.find(", and ", last, sentence.end)
    return (
        len(after - before) >= 2
        and bool(before)
        and _TOGETHER.search(body, sentence.start, sentence.end if clause_end < 0 else clause_end)
        is None
    )


# Envoys received as several: "received the credentials of the ambassadors of A, B and C".
_ENVOYS = re.compile(
    r"\s*(?:the\s+)?(?:(?:letters\s+of\s+)?credentials\b|(?:[\w-]+\s+){0,3}ambassadors\b)"
)


def _envoys(body: str, at: int, end: int) -> bool:
    """Envoys received after ``at``: as several, or presenting credentials (each his own).

    "received the ambassadors of A and B", "received the Ambassador of A, X, and the
    Ambassador of B, Y, who presented their credentials".
    """
    return bool(_ENVOYS.match(body, at)) or "credentials" in body[at:end]


# What may stand before a date that opens a sentence: "On", "In the first half of".
_OPENING_DATE = re.compile(r"\s*(?:(?:On|In|At|During|By|Since)\s+(?:the\s+)?)?")
# A break between clauses: what follows is no longer the topic of the event before.
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|while|but|whereas)\s|\s(?:and|but)\s+(?:there|he|she|they|it|we)\s"
)
# The visitor named as such after the meeting word: "received the guest", "met the delegation".
_GUEST = re.compile(
    r"\s+(?:with\s+)?(?:the|our)\s+(?:[a-z-]+\s+)?(?:guests?|visitors?|delegation|delegates)\b"
)
# A session of a body named by its acronym alone: "the next JMC session".
_ACRONYM_SESSION = re.compile(r"(?P<acr>[A-Z]{2,5})\s+(?:session|meeting)")
_BODY_WORD = re.compile(r"\b(?:Commission|Council|Committee)\b")


def _acronym_told(body: str, acronym: str) -> bool:
    """Whether the story named a commission, council or committee by this acronym.

    >>> _acronym_told("the Joint Commission for Trade (JCT) met. The next JCT session", "JCT")
    True
    >>> _acronym_told("Officials will prepare the next JCT session.", "JCT")
    False
    """
    at = body.find(f"({acronym})")
    return at > 0 and _BODY_WORD.search(body, max(0, at - 60), at) is not None


# The host city in a relative clause after the event: "the Forum ..., which Baku hosted".
_WHICH_HOSTED = re.compile(
    r"\b(?:which|that)\s+(?P<place>[A-Z][\w’'-]+)\s+(?:has\s+|had\s+)?(?:hosted|hosts|is\s+hosting"
    r"|will\s+host)\b"
)
# A trip's further stops, told in a clause right after its word: "a tour of West Africa which
# will also take her to A and B", "the trip, which began in C and will also take him to D".
# (a stop named with its article or in full reads as one named short: "to the United Kingdom
# and the Republic of Indonesia")
_FURTHER_STOPS = re.compile(
    rf"""[^.;]{{0,100}}?\b(?:that|which|and)\s+(?:will\s+|would\s+)?(?:also\s+)?
    (?:take|takes|took)\s+(?:him|her|them)\s+(?:also\s+)?to\s+
    (?P<stops>(?:the\s+)?[A-Z][\w'’-]*(?:{NAME_GAP}[A-Z][\w'’-]*)*
      (?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:{NAME_GAP}[A-Z][\w'’-]*)*)*)""",
    re.VERBOSE,
)
# A gathering's past host told in a clause right after its name: "the D-8 summit that Egypt
# hosted in Cairo in December", "the second Summit, which A co-hosted with B, C and D on March
# 29 and 30", "the Forum, hosted by T on April 11-13", "the Summit that the President hosted in
# P in May" (a title: an official of the story). The host (and its co-hosts) take part,
# and the clause's place and time are the gathering's own. The clause ends at the sentence's
# end, a semicolon, "and that/which/who" or a comma opening another clause.
# A state's own hosting of the gathering named next, told by a possessive: "A's hosting of the",
# "A's leadership in hosting the", "A's offer to host the" (up to the gathering's word).
_HOSTING_OWNER = re.compile(
    r"""\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?P<s>['’]s)\s+(?:[a-z-]+\s+){0,3}
    (?:in\s+|for\s+)?(?:(?:co-?)?hosting\s+(?:of\s+)?|offer\s+to\s+(?:co-?)?host\s+)
    (?:(?:the|an?|its|this)\s+)?(?:[\w'’-]+\s+){0,7}\Z""",
    re.VERBOSE,
)
_HOSTED_CLAUSE = re.compile(
    rf"""(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?[A-Z][\w-]*)?
    # the name's tail first: "Summit for Democracy, which A co-hosted"
    # (or a contact clause, no pronoun and no comma: "the summit the President hosted in P
    # last August", "the trilateral summit Brazil hosted in P last March")
    (?:(?:,?\s+(?:which|that))?\s+
      # (a host named in full reads as one named short: "which the Kingdom of Spain hosted")
      (?P<host>(?:the\s+)?(?:[A-Z][\w.'’-]*{NAME_GAP}){{0,3}}?[A-Z][\w.'’-]*|he|she|they)
      \s+(?:had\s+|has\s+)?(?:co-)?hosted
    |,\s+(?:co-)?hosted\s+by\s+
      (?P<by>(?:the\s+)?(?:[A-Z][\w.'’-]*{NAME_GAP}){{0,3}}?[A-Z][\w.'’-]*))\b
    (?P<rest>(?:(?!\s+and\s+(?:that|which|who)\b|,\s+(?:which|who|where|but|while)\b)[^.;])*)""",
    re.VERBOSE,
)

# A gathering's own verb with its time and place, up to a host clause: "was held on May 10",
# "will be held in P next month", "is scheduled for May 23" (then ", hosted by A").
_HELD_THEN = re.compile(
    r"""\s+(?:was|were|will\s+be|is|are|has\s+been)\s+(?:being\s+)?
    (?:held|scheduled|convened|organi[sz]ed)\b[^,.;]{0,50}?(?=,\s+(?:co-)?hosted\s+by\s)""",
    re.VERBOSE,
)

# A gathering's place and time right after its name, up to a host clause: " in P on May 9"
# (then ", hosted by A").
_PLACED_THEN = re.compile(
    r"""\s+(?:in|on|at|last|this|next|later|earlier)\b[^,.;]{0,50}?(?=,\s+(?:co-)?hosted\s+by\s)"""
)

# The host's guests coming for a summit of them all: "for the first leaders' summit among the
# three countries", "for a trilateral leaders' summit" (not "for talks ahead of the summit").
_FOR_THEIR_SUMMIT = re.compile(
    r"""\bfor\s+(?:the|a|an|their)\s+(?:first(?:-ever)?\s+|historic\s+|inaugural\s+)?
    (?:(?:trilateral|tripartite|three-way|quadrilateral|four-way)\s+
      (?:leaders['’]?\s+)?summit\b
    |(?:[\w'’-]+\s+){0,3}?summit\s+(?:among|between|of)\s+the\s+(?:three|four|five)\s+
      (?:countries|leaders|nations|states)\b)""",
    re.VERBOSE,
)

# The leaders of many states welcomed for a summit: "(will welcome) the leaders of the five
# Central Asian nations - A, B, C, D and E - to the White House on April 23 for the second
# C5+1 Leaders' Summit" (not one guest's visit "for the summit": talks on its sidelines).
_LEADERS_FOR_SUMMIT = re.compile(
    r"""\s+(?:[a-z]+\s+){0,2}?the\s+(?:leaders|heads\s+of\s+(?:state|government))\s+of\b
    [^.;]{0,200}?\bfor\s+(?:the|a|an)\s+(?:[\w'’+.-]+\s+){0,5}?[Ss]ummit\b""",
    re.VERBOSE,
)


def _leaders_for_summit(body: str, t0: int, end: int) -> bool:
    """Whether the reception word at ``t0`` takes the leaders of many states to a summit.

    >>> text = "X will welcome the leaders of A, B and C to P on May 2 for the Y Summit."
    >>> _leaders_for_summit(text, 7, len(text))
    True
    """
    verb_end = body.find(" ", t0, end)
    return verb_end != -1 and _LEADERS_FOR_SUMMIT.match(body, verb_end, end) is not None


# States named as the subject of a relative clause right after a gathering, acting at it
# ("a summit of the bloc, at which A, B and C signed a treaty", "a meeting of trade ministers
# in P next month, where A will ask for safeguards") or going to it ("the meeting, which A
# plans to attend"): they take part. Only an act told to come or done counts, not a standing
# ("where A is an observer", "where A holds observer status"), and no other gathering stands
# between the name and the clause.
# (a state named in full reads as one named short: "where the Republic of Chile will ask")
_STATES_LIST = rf"""(?:the\s+)?[A-Z][\w'’.-]*(?:{NAME_GAP}[A-Z][\w'’.-]*){{0,2}}
  (?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:{NAME_GAP}[A-Z][\w'’.-]*){{0,2}})*"""
_ACT_TO_COME = r"""(?:will|would|(?:is|are)\s+(?:expected|due|set|going|scheduled)\s+to
  |plans?\s+to|intends?\s+to|hopes?\s+to)"""
# (acts done there, not a topic's weight: "where A dominated the agenda" tells no delegation)
_ACT_DONE = r"""(?:signed|agreed|adopted|pledged|pressed|urged|proposed|presented|announced
  |raised|asked|sought|demanded|voted|joined|attended|participated|took\s+part|tabled|offered
  |endorsed|backed|approved|unveiled)"""
# The guests a host clause lists after it: "the summit, which A will host in P on May 9,
# together with the leaders of B and C", "..., hosted by A, alongside the heads of state of B
# and C". (No other clause between: the list is the gathering's own.)
_GUESTS_AFTER_HOST = re.compile(
    rf"""(?:(?!,\s+(?:which|who|where|but|while)\b)[^.;]){{0,60}}?,?\s+
    (?:together\s+with|alongside|along\s+with|with)\s+(?:the\s+)?(?:other\s+)?
    (?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents
    |prime\s+ministers|(?:[\w-]+\s+)?ministers|delegations)\s+(?:of|from)\s+
    (?P<guests>{_STATES_LIST})""",
    re.VERBOSE,
)

_STATES_AT_IT = re.compile(
    rf"""(?:(?!\b(?:summit|conference|forum|meeting|session|talks)s?\b)[^.;,]){{0,60}}?,\s+
    (?:(?:where|at\s+which)\s+(?P<actors>{_STATES_LIST})\s+(?:{_ACT_TO_COME}|{_ACT_DONE})\b
    |which\s+(?P<guests>{_STATES_LIST})\s+{_ACT_TO_COME}\s+(?:attend|take\s+part|participate)\b)""",
    re.VERBOSE,
)

# Where a host's clause after a gathering ends: "host in W next month, marking ...".
_CLAUSE_STOP = re.compile(r"[,;]")
# A body's ministers named with the body after them ("Trade ministers from some 40 X
# members", "Finance ministers of the X"): the body's, whether or not its members are known.
_MINISTERS_OF_BODY = re.compile(r"[A-Z][a-z]+\s+ministers\s+(?:of|from)\s")
# A week just gone or this one: a time of the story's own days, no past act recalled.
_RECENT_WEEK = re.compile(r"\b(?:last|this|earlier\s+this)\s+week\b")
# What tells a group's ministers' act as a sitting's: the delegates' word, a day, "here" or a
# place ("OPEC ministers put off a decision on Monday, delegates said").
_GROUP_MINISTERS_SAT = re.compile(
    r"""\b(?:delegates|here|today|yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
    |last\s+week|in\s+[A-Z][a-z]+)\b""",
    re.VERBOSE,
)
# What may stand between a body's verb and its meeting word: "gathered here today for talks",
# or the subject's second verb, to come: "ended two days of talks here ... and will meet
# again", "... and will try again when they meet".
_UP_TO_TRIGGER = re.compile(
    r"""(?:(?!\band\b)[^,;]){0,40}
    |[^,;.]{0,150}?\sand\s+(?:will|would|are\s+(?:due\s+)?to|plan\s+to)\s+(?:[a-z]+\s+){0,4}""",
    re.VERBOSE,
)
# A clause's subject that is a body's council, board or committee, named or told back ("The
# X's executive board", "The IMF's Interim Committee", "The council"), or its ministers ("EC
# farm ministers", "Trade ministers from some 40 X members", "The ministers"), up to a verb
# (after the dateline, where the clause opens the story).
_ORGAN_SUBJECT = re.compile(
    r"""\s*(?:[A-Z][A-Z .'’-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([A-Za-z]+\))?\s+[-–—]+\s+)?
    (?:[Tt]he\s+)?(?:
    # (its body's name may hold "of" and its acronym in brackets: "the Union of Bauxite
    # Producing States' council", "the X (XC)'s board")
    (?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?|\([A-Z][A-Z-]+\)['’]s\s+){0,7}
    (?:(?:executive|governing|policy-making|full|standing)\s+)?(?:[Cc]ouncil|[Bb]oard|[Cc]ommittee)
    # (or its name after the organ: "the council of the X", "the executive board of the X")
    (?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,6}
      (?:\s+\([A-Z][A-Z-]+\))?)?
    |(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z]+\s+)?[Mm]inisters(?:\s+(?:of|from)\s+(?:the\s+)?
      (?:some\s+\d+\s+)?[A-Z][^,;.]{0,60}?)?)
    # "X ministers, who last met in P in December, will meet here": the body's sessions, the
    # last one told in a relative clause (its own session too)
    (?:,\s+who\s+last\s+met\s+[^,;.]{1,80},)?(?:,\s+who)?
    \s+(?:(?:will|would|is|are|had|has|have|was|were|also|again|due|set|expected|scheduled|to
    |last)\s+)*(?:meet|met|meets|gathered|gather|ended|closed|opened|began|held|hold
    |reconvene|reconvenes|reconvened)\b""",
    re.VERBOSE,
)

# The talks' place told with a gathering they were held beside, named by a word the rules read
# as a session of its own (which holds the venue): "met in Paris in May, on the sidelines of
# the OECD ministerial council" (the clause's own words up to it, no new sentence).
_SIDELINES_AFTER = re.compile(
    r"""[^.;]{0,80}?\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+the\s+
    (?:[\w'’()-]+\s+){0,5}?(?:summit|conference|council|session|forum)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The word that opens a clause of time or place, its subject after it: "when X ministers meet".
_WHEN_SUBJECT = re.compile(r"\b(?:when|until|once|where)\s+(?=[A-Z])")
# The same word before a body named with its article or its members told by a crowd word:
# "when the 14-nation X meets", "when ministers of the X meet".
_WHEN_CROWD = re.compile(
    r"\b(?:when|until|once)\s+(?=the\s|(?:[a-z]+\s+)?(?:ministers|members)\s+(?:of|from)\s)"
)
# A gathering the meeting prepares for, told after it: "meet in S on May 4 to prepare for the
# group's summit in M" (the summit's place and states are its own).
_GOAL_AFTER = re.compile(
    r"""[^,;.]{0,80}?,?\s(?P<goal>ahead\s+of|in\s+preparation\s+for|to\s+prepare\s+for
    |in\s+the\s+run-up\s+to|before(?=\s+(?:the|next|this|its|their)\s))  # ", before the"
    \s+(?:[\w'’-]+\s+){0,4}?
    # a body's council or forum is a gathering too: "to prepare for the X ministerial council"
    (?:summit|conference|session|meeting|council|forum)\b""",
    re.VERBOSE,
)
# A body's ministers told back by the common noun alone as a clause's subject, up to its
# meeting verb: "The ministers last met in P" (no name, no number: not "The two ministers
# met", whose sides are the pair told before; a council or committee told back keeps the
# sides of the one told, which may be two states' joint body).
_ORGAN_TOLD_BACK = re.compile(
    r"""\s*[Tt]he\s+ministers
    \s+(?:(?:will|would|is|are|had|has|have|was|were|also|again|due|to|last)\s+)*
    (?:meet|met|meets|gathered|gather|convened)\b""",
    re.VERBOSE,
)
# The ministers of "the Community" named by it alone, up to their verb: "Community farm
# ministers will meet", "when Community foreign ministers meet".
_COMMUNITY_CROWD = re.compile(
    r"""\b(?:[Tt]he\s+)?Community\s+(?:[a-z]+\s+){0,2}ministers\s+
    (?:(?:will|would|are|were|due|to|also|again|last|next)\s+)*\Z""",
    re.VERBOSE,
)
# The crowd the story told last before such a subject: "X oil ministers", "deputy finance
# ministers from the Group of Seven" (its body, if it names one, is the one told back).
_CROWD_WORD = re.compile(r"\b[Mm]inisters\b")


def _crowd_body(body: str, start: int) -> str | None:
    """The body of the last crowd of ministers told before ``start``, or None.

    >>> text = "OPEC oil ministers will meet here. A met B. The ministers last met in P."
    >>> _crowd_body(text, text.index("The ministers"))
    'OPEC'
    >>> text = "Ministers from A and B met. The ministers last met in P."
    >>> _crowd_body(text, text.index("The ministers")) is None
    True
    """
    last = None
    for last in _CROWD_WORD.finditer(body, 0, start):  # noqa: B007 (the last one is kept)
        pass
    if last is None:
        return None
    dot = body.rfind(". ", 0, last.start())  # (the crowd's own sentence, at most 80 before)
    lo = max(0 if dot < 0 else dot + 2, last.start() - 80)
    hi = min(start, last.end() + 80)
    cut = body.find(". ", last.end(), hi)
    hi = cut if cut >= 0 else hi
    window = body[:hi]
    return find_organization(window, lo, hi, last.start(), extract_country_mentions(window))


def _decision_clause_end(body: str, hi: int, end: int) -> int | None:
    """Where the clause of a body's decision ends after its topic, or None if it ends at ``hi``.

    "The X Council put off a ruling on the request here today, delegates said": the clause
    goes on after the topic that cut the trigger's window, up to the next comma or
    semicolon, and its place and time are the session's.

    >>> text = "The X Council put off a ruling on the request here today, delegates said."
    >>> text[45 : _decision_clause_end(text, 45, len(text))]
    ' here today'
    >>> _decision_clause_end(text, 56, len(text)) is None
    True
    """
    if hi >= end or body.startswith((",", ";", "."), hi):
        return None
    stop = _DECISION_CLAUSE_STOP.search(body, hi, end)
    return end if stop is None else stop.start()


# Where a body's decision clause ends: a comma or semicolon, or a clause or event of its own
# ("failed to agree on prices after two days of talks and will resume their meeting").
_DECISION_CLAUSE_STOP = re.compile(
    r"[,;]|\s(?:and|but|after|before|while|when|until|to|as|which|that|who)\s"
)


# A state's own local leaders as a gathering's members: "council leaders from across E met
# for a summit", "provincial premiers gathered for the Premiers' Conference" (not "regional
# leaders", a region's states, nor "central bank governors").
_LOCAL_LEADERS = re.compile(
    r"""\b(?:provincial|municipal|county|city|council|local)\s+
    (?:premiers|governors|leaders|mayors|councillors|councilors)\b
    |(?<!bank\s)\b(?:premiers|mayors|governors)['’]\s+(?:conference|summit|forum|meeting)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A word of a firm's own name that the people reader may take for a person's name ("the
# Vice Chairman of the X Chamber of Commerce"): no person of a state inside the firm's name.
_FIRM_WORD = re.compile(r"Chambers?\s+of\s+(?:Commerce|Industry)\b")
# An office of a body named as a gathering: "... the Conference on X in Asia chairmanship".
_BODY_OFFICE_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|on|of|and|in|for|the)){0,12}\s+(?:chairmanship|presidency|secretariat"
    r"|membership)\b"
)


# Talks a decision makes sure and still to come, their word next: "agreed to a Chilean
# proposal for ", "accepted Togo's proposal for ", "fixed a date for the opening of the ".
_DECIDED_TALKS = re.compile(
    r"""\b(?:agreed\s+to|agrees\s+to|accepted|accepts|approved|endorsed)\s+(?:an?\s+|the\s+)?
    (?:[\w'’-]+\s+){0,2}?proposals?\s+(?:for|of)\s+(?:(?:new|direct|formal|fresh)\s+)?\Z
    |\b(?:set|fixed|named|agreed\s+on)\s+(?:a|the)\s+(?:start\s+)?date\s+for\s+(?:the\s+)?
    (?:(?:start|opening|launch|beginning|resumption)\s+of\s+)?(?:[\w'’-]+\s+){0,3}?\Z""",
    re.VERBOSE,
)
# A decision whose object is the meeting word, after "and" or a comma that closes another
# clause: "..., and agreed to work toward a call", "and decided to hold a meeting".
_AND_DECIDED_TO = re.compile(
    r"""(?:,\s+|\band\s+)(?:also\s+)?(?:agreed|decided|resolved)\s+to\s+
    (?:[a-z-]+\s+){1,4}\Z""",
    re.VERBOSE,
)
# A trip whose purpose is one more sitting: "to travel to P in May for a further round" (the
# round is what the visit is for, no event beside it).
_TRIP_FOR_ANOTHER = re.compile(
    r"""\b(?:travel\w*|fl(?:y|ies|ew|ying)|go(?:es|ing)?|went|head(?:s|ed|ing)?|arriv\w*
    |le(?:ave|aves|aving|ft)|return\w*|come|comes|coming|came)\b[^.;,]{0,80}?\bfor\s+
    (?:another|a\s+(?:second|fresh|further|new))\s+(?:[a-z-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A sitting owned by the year before the story's: "Last year's session" (its months are then).
_LAST_YEARS = re.compile(r"\b[Ll]ast\s+year['’]s\s+\Z")
# The session before the story's, told by its rank: "the previous round of discussions" (or
# "An earlier round in P": one before the story's too).
_LATEST_ROUND = re.compile(r"\b(?:latest|last|previous|recent|[Ee]arlier)\s+\Z")
# A gathering named as the start of a span, right after "since" (a few modifiers between):
# "for the first time since their March talks in Lima", "the progress made since their
# joint May 4 meeting", "to review trade since the talks in Quito last June". Whatever
# the clause's tense, that gathering lies in the past, and it is not the event the clause
# tells: a held event of its own.
# Four modifiers, stops and commas in them, where _places' _SINCE_GATHERING_TIME takes two
# plain words: this one ends at the gathering's noun (the trigger), past all its modifiers and
# a written date ("since the Jan. 5, 2021 talks"); that one at a date among the first of them.
_RECALLED_SINCE = re.compile(
    # "since their", "since the"; or the event's word right after "since" ("their first
    # meeting since talks in P in March": talks with no determiner are as past)
    rf"(?:\bsince\s+\Z|{SINCE_RECALLED}"
    + r"""(?:[\w'’.,"“”/-]+\s+){0,4}?\Z)  # its modifiers up to the noun ("joint May 4")
    """,
    re.VERBOSE,
)
# The month a recalled gathering is named by, before its noun: "since their March talks".
_RECALLED_MONTH = re.compile(
    rf"""\b{RECALLED_DETERMINER}(?P<month>{MONTH_PATTERN})\s+  # "their March"
    (?:[\w-]+\s+)?\Z  # one more modifier at most ("their March trade talks")
    """,
    re.VERBOSE,
)


# A gathering governed by a recalling phrase (``RECALLING``: "building on their talks in
# P in March", "the targets set at their meeting", "as agreed during the January talks"):
# told as past and held, like one after "since", whatever the sentence's own tense.
_RECALLED_BY = re.compile(RECALLING + r"""(?:[\w'’.,"“”/-]+\s+){0,4}?\Z""", re.VERBOSE)
# The words one of those phrases holds (a cheap test before _RECALLED_BY).
_RECALL_WORDS = (" on ", " at ", " during ", " course ", " sidelines ", "follow", "since ")
# A time to come in the recalled gathering's own words: "the issues discussed at next week's
# summit", "the steps set at the coming talks" (a plan after all).
_RECALL_TO_COME = re.compile(r"\b(?:next|upcoming|coming|forthcoming|later\s+this|tomorrow)\b")


def _recalled_by(body: str, lo: int, t0: int, t1: int, end: int) -> re.Match[str] | None:
    """The recalling phrase that governs the gathering at ``t0``, or ``None``.

    >>> _recalled_by("They will meet, building on their talks in May.", 0, 40, 45, 48) is None
    False
    >>> _recalled_by("Topics discussed at next week's talks", 0, 32, 37, 37) is None
    True
    """
    found = _RECALLED_BY.search(body, lo, t0)
    if found is None:
        return None
    stop = _CLAUSE_STOP.search(body, t1, end)
    if _RECALL_TO_COME.search(body, found.start(), end if stop is None else stop.start()):
        return None
    return found


def _recalling(body: str, sentence: Sentence, t0: int, t1: int) -> re.Match[str] | None:
    """The recalling phrase that governs the gathering at ``t0`` in ``sentence``, or ``None``."""
    lo = max(sentence.start, t0 - 80)
    if not holds_any(body, lo, t0, _RECALL_WORDS):
        return None
    return _recalled_by(body, lo, t0, t1, sentence.end)


# A recalling phrase anywhere in a clause (``RECALLING`` with nothing after it required).
_RECALLING_AT = re.compile(RECALLING, re.VERBOSE)
# The words every match of _RECALLING_AT holds, one per alternative of RECALLING ("[Bb]uilt on",
# "[Ff]ollow-up to", a verb "at", "at their last", "since they"): a cheap test before its scan.
_RECALLING_WORDS = (
    *("uil", "ollow", "since", "last", "previous", "latest", "recent"),
    *("set", "agreed", "reached", "made", "taken", "adopted", "discussed", "raised"),
    *("decided", "achieved", "struck", "outlined", "announced", "signed", "launched"),
)


# What may open a sentence before a fronted recalling phrase ("As agreed during the talks,").
_FRONTED = ("", "As", "And", "But")


def _fronted(body: str, start: int, at: int) -> bool:
    """Whether the recalling phrase at ``at`` opens the sentence starting at ``start``.

    "As agreed during the talks", or one recalling phrase inside another with no comma
    between ("Building on the commitments made at the summit").
    """
    head = body[start:at]
    if head.strip() in _FRONTED:
        return True
    opening = _RECALLING_AT.match(body, start + len(head) - len(head.lstrip()), at)
    return opening is not None and "," not in head


# A teller's verb whose clause or object is talks he tells of: "X noted that", "X said", "X
# told reporters that", "X welcomed", "X briefed reporters on" (the talks' words follow it).
_TELLER_VERB = re.compile(
    r"""\b(?:said|says|noted|notes|confirmed|confirms|recalled|recalls|stressed|added|announced
    |told\s+(?:reporters|journalists|the\s+press|[A-Z][\w'’-]*)
    |welcomed|welcomes|praised|praises|commended|commends|hailed|hails|lauded|applauded
    |briefed\s+(?:reporters|journalists|the\s+press|[\w'’-]+)\s+on)
    (?:\s+that)?\s+""",
    re.VERBOSE,
)
# The longest clause a teller's verb governs up to the talks' word ("the sixth round of").
_TELLER_REACH = 100
# The teller's own talks told in his clause: "he had held talks", "his talks with B".
_TELLER_OWN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\b"
)
# Sides told after the talks' word by their own verb: "the talks A held with B".
_SIDE_HELD_AFTER = re.compile(
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:held|had|hold|holds)\s+with\b"
)


def _teller_apart(
    body: str,
    lo: int,
    trigger: tuple[int, int, int],
    mentions: Sequence[CountryMention],
    between: bool,
) -> int | None:
    """Where the words of talks a teller tells of start, when he is no side of them; else None.

    "X of C noted that A and B held talks", "X said talks between A and B were held", "X
    welcomed the talks A held with B": the talks name two sides of their own, so the
    teller's state (and the official told before by a pronoun) is no side (spec section 2:
    the states taking part). His own talks keep him ("X said he had held talks with B",
    "X said talks with the GCC were held"): no two sides of their own, or his pronoun.

    >>> text = "Japan's envoy noted that Peru and Chile held talks on Monday."
    >>> _teller_apart(text, 0, (45, 50, 60), extract_country_mentions(text), False)
    25
    >>> text = "Japan's envoy said he had held talks with Peru on Monday."
    >>> _teller_apart(text, 0, (31, 36, 56), extract_country_mentions(text), False) is None
    True
    """
    t0, t1, sides_hi = trigger
    verbs = list(_TELLER_VERB.finditer(body, lo, t0))
    if not verbs:
        return None
    told = verbs[-1]  # the verb nearest the talks governs them
    start = told.end()
    if t0 - start > _TELLER_REACH or holds_any(body, start, t0, (",", ";")):
        return None  # a long clause, or one broken by a comma: its states may be no side
    if _TELLER_OWN.search(body, start, t0):
        return None  # his own talks: "said he had held talks with B"
    named = {m.code for m in mentions if start <= m.start < sides_hi and m.kind != "group"}
    subject = any(start <= m.start < t0 and m.kind != "group" for m in mentions)
    if len(named) < 2 or not (subject or between or _SIDE_HELD_AFTER.match(body, t1)):
        return None  # no two sides of their own ("said talks with A and B were useful")
    return start


# An official told before by a bare title, opening a sentence as the subject of a teller's
# verb: "The finance minister said", "The state secretary briefed reporters on" (the talks
# told after it are his own, unless _teller_apart).
_TELLER_SUBJECT = re.compile(
    r"""\s*[Tt]he\s+(?P<title>(?:[A-Za-z]+\s+){0,2}?(?:[Mm]inister|[Ss]ecretary|[Pp]resident
      |[Pp]remier|[Cc]hancellor|[Ee]nvoy|[Aa]mbassador))
    \s+(?:also\s+)?(?=(?:said|says|noted|confirmed|recalled|stressed|added|announced|told|briefed)\b)""",
    re.VERBOSE,
)


def _teller_told_before(
    body: str, start: int, t0: int, people: Sequence[PersonMention]
) -> PersonMention | None:
    """The official told before who opens the sentence at ``start`` telling of his own talks.

    "X of A gave a briefing. The finance minister said talks with the GCC were held in P",
    "The state secretary briefed reporters on her talks with B": the nearest official before
    the sentence whose title ends in the bare title (no deputy for a title that names none),
    with a state, where the teller's verb governs the talks' word (a short clause, no comma:
    not "The President noted his commitment ... and briefed the King on talks").
    """
    teller = _TELLER_SUBJECT.match(body, start, t0)
    verb = _TELLER_VERB.match(body, teller.end(), t0) if teller is not None else None
    if teller is None or verb is None or t0 - verb.end() > _TELLER_REACH:
        return None
    if any(c in body[verb.end() : t0] for c in ",;"):
        return None
    title = " ".join(teller["title"].split()).casefold()
    holders = [
        p
        for p in people
        if p.end <= start
        and p.country
        and p.role
        and " ".join(p.role.split()).casefold().endswith(title)
        and (_DEPUTY.search(title) or not _DEPUTY.search(p.role))
    ]
    return holders[-1] if holders else None


# The story's own place and day told with a gathering: "agreed at a meeting here today" tells
# the story's sitting, whatever participle opens it.
_STORY_OWN_TIME = re.compile(r"\b(?:here|today|tonight)\b")


# A relative clause's opening: its subject and verb may tell the gathering it recalls.
_RELATIVE_OPENING = re.compile(r"\b(?:which|that|where)\s")


def _recalled_words(
    body: str,
    bounds: tuple[int, int, int, int],
    recalling: re.Match[str],
    hits: Sequence[int],
) -> tuple[int, int] | None:
    """The span of a recalled gathering's own words beside another event, or ``None``.

    ``bounds`` is (sentence start, trigger end, clause end, sentence end).
    "X will attend the A summit in P, building on the commitments made at the B Summit":
    from the recalling phrase to the clause's end; "As agreed during the summit in Q, X
    held talks in P": from the phrase to the comma that closes its opening clause. ``None``
    when the sentence tells no other event ("The council agreed at a meeting here today":
    the phrase's gathering is the sentence's own).
    """
    start, t1, hi, end = bounds
    stop = _CLAUSE_STOP.search(body, t1, end)
    if _STORY_OWN_TIME.search(body, t1, stop.start() if stop is not None else end):
        return None  # "The council agreed at a meeting here today": the story's own sitting
    before = [h for h in hits if start <= h < recalling.start()]
    if before:
        # (to the clause's comma, past a relative clause that tells it: "the visit that X
        # paid to P in April"); a relative clause the phrase closes is its own words from
        # the pronoun on: "..., which the A Community adopted at its last summit"
        opening = recalling.start()
        for relative in _RELATIVE_OPENING.finditer(body, before[-1], recalling.start()):
            if _CLAUSE_STOP.search(body, relative.end(), recalling.start()) is None:
                opening = relative.start()
        return opening, stop.start() if stop is not None else end
    if not _fronted(body, start, recalling.start()):
        return None  # (no opening clause of its own: "The ministers took stock of the ...")
    if stop is not None and any(stop.end() <= h < end for h in hits):
        return recalling.start(), min(hi, stop.start())
    return None


def _words_beside_recalled(
    body: str, bounds: tuple[int, int, int, int, int, int], hits: Sequence[int]
) -> tuple[int, int] | None:
    """The span of an event's own words beside a gathering its sentence recalls, or ``None``.

    ``bounds`` is (sentence start, clause start, trigger start, trigger end, clause end,
    sentence end). "X
    held talks with Y in P, as agreed during the summit in Q in March": the recalled
    summit's words, from its phrase on, are not the talks'; "As agreed during the summit in
    Q in March, X held talks with Y": they end at the phrase's clause, before the talks'
    words start. A phrase counts when a gathering's word follows it closely (a recalled
    gathering, no topic); ``None`` when the sentence recalls none.
    """
    start, lo, t0, t1, hi, end = bounds
    # A phrase counts only with a gathering's word after it in the clause, and every phrase
    # holds one of its words: most sentences fail one of these tests, cheaper than the scan.
    first_hit = bisect.bisect_right(hits, lo)
    if first_hit >= len(hits) or hits[first_hit] >= end:
        return None
    window = body[lo:end]
    if not any(map(window.__contains__, _RECALLING_WORDS)):
        return None
    own: tuple[int, int] | None = None
    for found in _RECALLING_AT.finditer(body, lo, end):
        if t0 <= found.start() < t1:
            continue
        first = bisect.bisect_left(hits, found.end())
        if first >= len(hits) or hits[first] > found.end() + 60 or hits[first] >= end:
            continue
        if found.start() >= t1:
            return (lo if own is None else own[0], min(hi, found.start()))
        stop = _CLAUSE_STOP.search(body, hits[first], t0)
        if stop is not None and _fronted(body, start, found.start()):
            # the recalled clause opens the sentence and ends before the event's words (not
            # "X, building on their talks in May, met Y": X is the subject of both; nor "The
            # target was set during talks in P, as part of X's visit": one trip's words)
            own = (stop.end(), hi)
    return own


def _recalled_month(
    body: str, lo: int, t0: int, published: dt.date, *, to_come: bool = False
) -> PartialDate | None:
    """The month of a gathering recalled after "since", named before its noun, or ``None``.

    "since their March talks", told in May 2021, is March 2021; told in January 2022,
    March 2021 too (the latest such month up to the story's day). With ``to_come`` (a
    gathering "ahead of" which the sentence's event is told), the next such month.
    """
    named = _RECALLED_MONTH.search(body, lo, t0)
    month = month_number(named["month"]) if named is not None else None
    if month is None:
        return None
    if to_come:
        return PartialDate(coming_month_year(month, published), month)
    return PartialDate(latest_month_year(month, published), month)


# A gathering to come governed by a phrase after the sentence's own event ("ahead of their
# talks in March", "to prepare for the June summit"): planned, its bare month the next one.
_AHEAD_BY = re.compile(AHEAD_OF_GATHERING + r"(?:[\w'’.,-]+\s+){0,4}?\Z", re.VERBOSE)
_AHEAD_WORDS = ("ahead of", "prepar", "run-up")  # a cheap test before _AHEAD_BY
# The words of a gathering an event prepares for or comes before: a cheap test before the
# goal patterns (_GOAL_AFTER, _GOAL_GATHERING, _BEFORE_GATHERING).
_GOAL_WORDS = (*_AHEAD_WORDS, "before ")


# An arrival told ahead with no place: "is due to arrive on Wednesday" (meeting.visit's branch).
_ARRIVES_UNPLACED = re.compile(r"(?:due\s+to|will)\s+arrive\b")
# A sentence opening on an office named alone, then its travel verb: "The chancellor is ",
# "The foreign minister will " (the verb follows).
_OFFICE_GOES = re.compile(
    r"""\s*The\s+(?:chancellor|president|vice[\s-]president|prime\s+minister|premier
    |(?:foreign|finance|trade|defence|defense)\s+(?:minister|secretary)|secretary\s+of\s+state)
    \s+(?:(?:is|will|was|has|had|also|soon|then|be)\s+)*""",
    re.VERBOSE,
)
# A trigger opening on an auxiliary verb: "is expected in", "will be in" (a clause's verb).
_AUXILIARY = re.compile(r"(?:is|are|was|were|will|would|has|have|had)\s")
# A trip's origin fronted before its traveller: "From Doha, ", "From the Hague, ".
_FROM_ORIGIN = re.compile(r"\s*From\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s")
# A sentence opening on an office named alone as its subject: "The trade minister is",
# "The president will", "From P, the minister is set to" (the office's last word names its
# holder's title).
_OFFICE_OPENS = re.compile(
    r"""\s*(?:From\s+[A-Z][^,.;]{0,40},\s+the|The)\s+  # (after the trip's origin: "From P, the")
    (?P<office>(?:[a-z]+\s+)?(?:minister|president|premier|chancellor|secretary))
    \s+(?:(?:is|will|was|has|had|also|soon|then|be|would|plans|expects|due|set|expected
    |scheduled|to)\s+)*""",
    re.VERBOSE,
)


def _office_holder(
    people: Sequence[PersonMention], start: int, office: str
) -> PersonMention | None:
    """The person of a state named last before ``start`` with a title ending in ``office``."""
    title = office.lower()
    return next(
        (
            p
            for p in reversed(people)
            if p.end <= start
            and p.country
            and p.role is not None
            and p.role.lower().endswith(title)
        ),
        None,
    )


# A visit its subject is on: "the minister, on the first day of a visit to", "came on a
# working visit".
_ON_A_VISIT = re.compile(
    r"\bon\s+(?:the\s+[\w-]+\s+day\s+of\s+)?(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}\Z"
)
# Sides named as taking part: "Ministers of A and B took part in the meeting", "the
# leaders of A and B held the talks".
_TOOK_PART = re.compile(
    r"\b(?:(?:took|take|taking)\s+part|participated|participating|[Aa]ttend(?:ed|ing)"
    r"|brought\s+together|gathered|(?:[Ll]eaders|[Mm]inisters|[Pp]residents|[Hh]eads|[Dd]elegations"
    r"|[Rr]epresentatives|[Oo]fficials)\s+of)\b"
)


# Talks named as a trip's purpose: "travel to Lima for talks", "a tour ... for consultations".
_TRIP_FOR = re.compile(
    r"""\b(?:trip|tour|visit|travel\w*|arriv\w+|mission|leav\w+|left|depart\w*)\b[^.;]{0,120}?
    \bfor\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)


# A trip named as the time of another act: "Before traveling to P, the President will attend
# the summit in Q", "held talks in R on Sunday before flying to P".
_BEFORE_GOING = re.compile(r"\b[Bb]efore\s+\Z")
_GOING_WORD = re.compile(r"(?:travell?ing|flying|heading|leaving|going)\b")
# The same after the event's own clause: "held talks in R on Sunday before flying to P".
_GOING_AFTER = re.compile(r"\s(?:before|after)\s+(?:travell?ing|flying|heading|leaving|going)\b")
# A gathering named as the goal of another meeting told before it in the clause: "will meet
# in R on May 2 to coordinate ahead of OPEC's conference in V", "is to visit A and B ahead of
# the G8 meeting in L", "meet in S to prepare for the group's summit in M" (up to its word).
_GOAL_GATHERING = re.compile(
    r"""\b(?:ahead\s+of|in\s+preparation\s+for|to\s+prepare\s+for|in\s+the\s+run-up\s+to)\s+
    [^,;.]{0,60}\Z""",
    re.VERBOSE,
)
# "will visit B before the conference": a gathering noun told back after "before" a trip is
# the trip's time, as "ahead of" tells it, and the trip's sides are none of its own (not
# "before its leaders gather": a clause of its own).
_BEFORE_GATHERING = re.compile(r"\bbefore\s+(?:the|next|this|its|their)\s+(?:[\w'’-]+\s+){0,2}\Z")
_GATHERING_NOUN = re.compile(r"(?:conference|summit|meeting|session|forum)s?\b")
# (a trip's: "met B in P on Monday before the summit there" may be the summit's own talks)
_TRIP_WORD = re.compile(r"\b(?:visit|travel|fly|trip|tour)\w*")
# Talks told with their other side: "ahead of talks with B's minister in July".
_WITH_NEXT = re.compile(r"\s+with\b")
# The first meeting's own place, from its word on: "meet in R", "talks here", "visit A".
_OWN_PLACE = re.compile(r"\b(?:in\s+(?:the\s+)?[A-Z][\w'’-]+|here\b|visit\s+(?:the\s+)?[A-Z])")


def _legs_before(body: str, out: list[Candidate]) -> None:
    """Drop a trip told only as "before going to P" where the story tells P's event apart.

    "Before traveling to Port Moresby, the President will take part in the summit in
    Hiroshima", "held talks in Caracas on Sunday before flying to Vienna" (for the conference
    there): the trip is the next leg of a trip, or the way to a gathering, that another
    sentence tells; no event of its own, and the other leg's state is none of its sides.
    """
    for trip in [c for c in out if c.kind is VISIT and c.location is not None]:
        there = trip.location.country if trip.location is not None else None
        if there is None or not (
            _GOING_WORD.match(body, trip.anchor)
            and _BEFORE_GOING.search(body, max(0, trip.anchor - 8), trip.anchor)
        ):
            continue
        if any(
            o is not trip
            and o.location is not None
            and o.location.country == there
            and o.evidence[0].start != trip.evidence[0].start
            for o in out
        ):
            out.remove(trip)


# A trip under way named in an opening phrase: "Continuing his latest Asian tour, ...".
_ONGOING_TRIP = re.compile(
    r"""\s*(?:Continuing|Concluding|Wrapping\s+up|Ending|Starting|Beginning|Resuming)\s+
    (?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# A relative clause telling who held the event named just before: "the visit he paid to".
_HELD_BY_CLAUSE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:paid|made|held|conducted)\s"
)
# A speech verb, then "the next" meeting word: "..., the minister said the next such meeting".
_NEXT_AFTER_SPEECH = re.compile(
    r"\b(?:said|says|noted|added|announced|stressed)\s+(?:that\s+)?(?:the|its|their)\s+next\s+"
    r"(?:[\w-]+\s+){0,2}\Z"
)


# A participle telling where and when the talks named just before were held, then their
# sides: "the talks held in P in March between A and B" (no comma or clause break between).
_HELD_THEN_BETWEEN = re.compile(
    r"\s+(?:held|conducted|organi[sz]ed)\s+(?:in|on|at|last|earlier|this)\b[^.;,:]{0,60}?"
    r"\s(?:between|among)\s"
)
# The host city as the subject before the event: "Baku hosted the trilateral meeting of".
_CITY_HOSTED = re.compile(
    r"\b(?P<place>[A-Z][a-z]+)\s+(?:hosted|hosts|is\s+hosting|will\s+host)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}\Z"
)
# "He" or "she" as the subject of the meeting verb, any three words or fewer before it,
# opening the sentence or a clause or after "said": "She later met", "he said he had met".
# Deliberately apart from _prose.pronoun_before_auxiliaries (tried after this one), which
# also opens after "when"/"while"/..., allows only auxiliaries but up to seven ("When she is
# expected to take part in"), and whose antecedent must have a state: one pattern for both
# changed the people of records on the corpus both ways.
_PRONOUN_NEAR_VERB = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,5}\Z"
)
# "He will also attend the SCO summit": the pronoun is the subject of a named gathering's
# attendance (the gathering's name between the verb and the trigger).
_PRONOUN_ATTENDS = re.compile(
    r"(?:^|(?<=[,;]\s))(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,4}(?:attend|attended|attending)"
    r"\s+(?:the\s+)?(?:[\w+-]+\s+){0,3}\Z"
)


# An attribution after the words it reports, then the event: "..., said Turkish President X
# on Saturday in a phone call with Y" (the reported words name no side).
_SAID_BY = re.compile(
    r"""[,”"]\s*(?:said|says)\s+(?=[A-Z](?:[\w'’.-]+\s+){1,10}?
    (?:in|during|at|after)\s+(?:a|an|the|his|her|their)\s+)
    # "..., Chilean President X said after a meeting with Y"
    | ,\s+(?=(?:[A-Z][\w'’.-]*\s+){1,6}(?:said|says)\s+(?:[\w'’.-]+\s+){0,3}?
    (?:in|during|at|after)\s+(?:a|an|the|his|her|their)\s+)""",
    re.VERBOSE,
)
# Another event joined after the counterpart: "met X and the historic A-B-C Leaders' Summit"
# (names and adjectives only up to its word: "and the minister of B at the summit" is a side).
_AND_EVENT = re.compile(
    r"\s+and\s+(?:the|a|an)\s+(?:(?!(?:of|at|in|on|with|to|for|from|by)\s)[\w'’.-]+\s+){0,8}?"
    r"(?=(?:[A-Z][\w'’.-]*\s+)?(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Cc]onference|[Ff]orum|[Vv]isit))"
)
# The event's own outcome verb just after its word: "the February meeting (of the ministers of
# A and B) produced little for C": what it produced or failed to do is its topic, not its sides.
_OUTCOME_AFTER = re.compile(
    r"\s*(?:\([^()]{0,120}\)\s*)?[^.;:(),]{0,100}?\b(?P<verb>produced|yielded|failed)\b"
)
_OUTCOME_WORDS = ("produced", "yielded", "failed")
# "The two" or "They" as the subject of the verb: "The two are due to visit P next week".
_PLURAL_SUBJECT = re.compile(
    r"(?:^|(?<=[,;]\s))(?:They|The\s+two(?:\s+(?:men|women|officials|ministers|leaders))?)"
    r"\s+(?:[a-z]+\s+){0,3}\Z"
)
# A meeting verb joined to the one before it: "met A, held talks with B and spoke with C".
# ("then sat down with B", "and later in the day talked with C"); each event of the chain
# has its own partner, body, place and tense.
_CHAIN_LINK = re.compile(
    r"(?:,|\band)\s+(?:(?:also|then|later)\s+(?:in\s+the\s+(?:day|afternoon|evening)\s+)?)?"
    r"(?:"
    # ("had been" is the clause's own auxiliary: "talks, set for May 31, had been postponed")
    r"(?P<verb>held|had(?!\s+been\b)|met|spoke|received|hosted|telephoned|phoned|talked|sat"
    r"|visited)\b"
    # a verb of another event to come: ", and will visit C", ", then is to meet C"
    # (after "and" or "then": ", is to host" alone closes an apposition)
    r"|(?:(?<=\band\s)|(?<=\bthen\s))"
    r"(?P<modal>(?:will|is\s+(?:to|scheduled\s+to|expected\s+to|due\s+to|set\s+to)"
    r"|plans\s+to|agreed\s+to)\s+(?:also\s+)?"
    r"(?:meet|hold|have|speak|receive|host|visit|attend|travel|pay)\b)"
    r")"
    # a second event named as a noun or a gerund: ", after talks with B", ", ahead of a visit
    # to C", ", which followed a phone call with B", ", as well as holding talks with C"
    r"|,\s+(?P<noun>(?:after|before|following|ahead\s+of|which\s+(?:followed|came\s+after)"
    r"|as\s+well\s+as)\s+"
    r"(?:(?:meeting|holding|speaking|receiving|hosting|visiting|attending|talks|"
    r"(?:a|an|the|his|her|their)\s+(?:[\w+-]+\s+){0,3}?"
    r"(?:meeting|talks|call|conversation|visit|summit|trip|session)s?)\b)"
    # a perfect participle: ", having met B", ", having held talks with B" (done before)
    r"|having\s+(?:met|held|had|spoken|talked|visited|received|hosted|attended)\b)"
)
# A link that is a participle of the event before, no event of its own: "the summit, held
# during the session of the Assembly" (its body and place are the summit's too).
_PARTICIPLE = re.compile(r",\s+(?:held|hosted|convened)\s+(?:during|in|at|on|by|under|as)\b")
_CHAIN_VERB = re.compile(
    r"\b(?:held|had|met|spoke|received|hosted|telephoned|phoned|talked|visited|sat|attended"
    r"|(?:will|to)\s+(?:meet|hold|have|speak|receive|host|visit|attend|travel|pay))\b"
)
# The main clause's verb after a bare participle opening: "..., the ministers of A and B
# discussed", "..., X and Y agreed", "..., the leaders will review".
_MAIN_VERB = re.compile(r"\b(?:[a-z]{3,}ed|will|would|said|says|told|discuss|agree|review)\b")
# A place phrase before a state: "drew criticism in A and B" names no side.
_PLACE_PREP = re.compile(r"\b(?:in|at|from|across|throughout)\s+(?:the\s+)?\Z")
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:city|capital|town|resort)\s+of\s+)?\Z"
)  # where, not with whom: "in A", "in the A city of P"
# A sentence opening with the event as an adverbial phrase: "In a phone call on Saturday, ...".
_OPENING = re.compile(
    r"\s*(?:In|During|At|Over|Via)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}\Z"
)


def candidates(article: Article, words: WordHits) -> list[Candidate]:
    """The candidates of the rules, ``words`` the body's trigger and prose words."""
    body = article.body
    # Trigger words, and prose words ("was in Lima last week": read, though no trigger word)
    hits, prose = words
    if (
        not hits
        and not prose
        and "onven" not in body
        and "at the G" not in body
        and "ministers" not in body
        and "ommittee" not in body
        and "oard" not in body
    ):
        return []  # no sentence can be triggered (each is a slice of the body): none split
    sentences = split_sentences(body)
    # The sentences holding a word, each found from the word's offset (the sentences come
    # in order and do not overlap): a few searches, not two for every sentence
    starts = [s.start for s in sentences]
    worded = {
        i
        for at in itertools.chain(hits, prose)
        if (i := bisect.bisect_right(starts, at) - 1) >= 0 and at < sentences[i].end
    }
    convene, group = "onven" in body, "at the G" in body
    crowd = "ministers" in body  # "EC ministers agreed": no trigger word, but a session
    # "The X's executive board put off a ruling": no trigger word, but a body's session
    organ = "ommittee" in body or "oard" in body
    triggered = [
        s
        for i, s in enumerate(sentences)
        if i in worded
        # "Norway will convene ministers from the region": no trigger word, but a gathering
        # (not a hit either: "the session will be convened in" reads its clause as before)
        or (convene and "onven" in s.text and _CONVENES.search(s.text) is not None)
        or (group and "at the G" in s.text and _AT_GROUP.search(s.text) is not None)  # "G-20"
        or (crowd and "ministers" in s.text and _GROUP_ACT.search(s.text) is not None)
        or (
            organ
            and ("ommittee" in s.text or "oard" in s.text)
            and (
                _BODY_ACT.search(s.text) is not None or _JOINT_COMMITTEE.search(s.text) is not None
            )
        )
    ]
    if not triggered:
        return []
    # The rule matches of each trigger sentence come first: they need no official, and in an
    # article whose trigger words no rule takes (most of those that report no meeting) the
    # officials are never read. Sentences after the last match add nothing.
    found = [rule_matches(s, prose) for s in triggered]
    last = max((i for i, f in enumerate(found) if f), default=-1)
    if last < 0:
        return []
    # The outlet's state and the dateline (each read to a crawled page's end for a web
    # address or an agency) matter only to a candidate: none in most stories.
    home = home_country(article)
    dateline_end, dateline_city = read_dateline(body)
    scanned = counted_mentions(body)

    def read_people() -> Sequence[PersonMention]:
        """The story's officials, read when the first candidate needs them.

        A story whose rule matches are all set aside before a candidate is read (a
        "press conference", a "round" with no number) never reads them.
        """
        # Officials are read only where they can matter: trigger sentences, and earlier
        # sentences with a role word, which introduce full names used later ("Rha" after "Rha
        # Woong Bae"), however deep in the story ("Ana Ruiz and Omar bin Khalid spoke" in a
        # live blog's tenth item, after "British Prime Minister Ana Ruiz" in its sixth).
        # Candidates come from trigger sentences up to the last with a rule match: the
        # sentences after it need no official.
        lead = [(s.start, s.end) for s in sentences if s.start < triggered[last].end]
        kept = {(s.start, s.end) for s in triggered[: last + 1]}  # trigger sentences, in any case
        named = person_spans(body, lead)  # searched once: extract_people is told them
        spans = sorted(set(named) | kept)
        year = article.published.year if article.published is not None else None
        officials = extract_people(
            body,
            home=home,
            within=spans,
            mentions=scanned.mentions,
            year=year,
            named=named,
        )
        if home is None:
            # the body's dateline, else one the page reader took off the body ("Lima, May 9,
            # ANDINA"): its city's state is that of officials the text gives no state
            state = (
                dateline_city[1] if dateline_city is not None else place_country(article.dateline)
            )
            if state is None and (other := _AGENCY_DATELINE.match(body)) is not None:
                state = city_country(other["city"].title())  # "MOSCOW, April 3. /TASS/."
            if state is not None:
                officials = dateline_officials(body, officials, scanned.mentions, state)
        if "delegation" in body and any(p.country is None for p in officials):
            officials = _delegation_heads(body, officials, scanned.mentions)
        return officials

    people: Sequence[PersonMention] | None = None
    out: list[Candidate] = []
    dates: dict[tuple[int, Tense], list[DateMention]] = {}  # read once per sentence and tense
    rejected: set[str] = set()  # gathering words of names rejected as no meeting
    # Sentences with no rule match matter only for ``rejected``, which only a conference
    # candidate with no organization asks: they are read then, not each time.
    unread: list[str] = []

    def rejected_heads() -> set[str]:
        """``rejected``, with the gatherings of the sentences left unread until now."""
        for told in unread:
            for m in not_meetings(told):
                head = REJECTED_HEAD.search(told[m.start() : m.end()])
                if head is not None:
                    rejected.add(head["head"].lower())
        unread.clear()
        return rejected

    for sentence, matches in zip(triggered[: last + 1], found[: last + 1], strict=True):
        if LINK_LINE.match(sentence.text):
            continue  # "READ: ..." heads another story
        local = scanned.between(sentence.start, sentence.end)
        if grouped := region_states(body, sentence.start, sentence.end):
            # "the foreign ministers of the five Central Asian states": each member is named
            local = tuple(sorted([*local, *grouped], key=lambda m: m.start))
        topics: list[Candidate] = []  # earlier talks of the sentence, whose topic may follow
        previous: Candidate | None = None
        used = []
        text = sentence.text
        if not matches:
            unread.append(text)  # it only names the gatherings that are no meeting
            continue
        for m in not_meetings(text):
            used.append((m.start() + sentence.start, m.end() + sentence.start))
            head = REJECTED_HEAD.search(text[m.start() : m.end()])
            if head is not None:
                rejected.add(head["head"].lower())
        first = len(out)
        for rule, kind, pattern_matches in matches:
            for match in pattern_matches:
                t0, t1 = match.start() + sentence.start, match.end() + sentence.start
                if any(a <= t0 < b or t0 <= a < t1 for a, b in used):
                    continue
                if (
                    rule == "meeting.round"
                    and (
                        (number := ROUND_BEFORE.search(body, max(sentence.start, t0 - 50), t0))
                        is None
                        or (number["near"] and text.startswith("round", match.start()))
                    )
                    # "held a joint session in P today": its own place and time make it one
                    and not (
                        _PLACED_SESSION.match(body, t0, sentence.end)
                        and not _ITS_SESSION.search(body, max(sentence.start, t0 - 30), t0)
                    )
                ):
                    continue  # "round" or "session" named by no number: no session of its own
                if rule == "meeting.round" and _DOMESTIC_SESSION.search(
                    body, max(sentence.start, t0 - 40), t0
                ):
                    continue  # "a European Parliament session in P": a house's sitting, no talks
                if (
                    rule == "meeting.commission"
                    and match.group() == "session"
                    and body[t0 - 5 : t0] in ("-day ", "long ")
                    and not BODY_SESSION_BEFORE.search(body, max(sentence.start, t0 - 80), t0)
                ):
                    continue  # "a four-day session" told by no body's opening or close of it
                if (
                    rule == "meeting.commission"
                    and (acronym := _ACRONYM_SESSION.fullmatch(match.group())) is not None
                    and not _acronym_told(body, acronym["acr"])
                ):
                    continue  # "the next JMC session": only a body the story named by it
                if (
                    rule == "meeting.conference_named"
                    and text[match.start()] in "CH"
                    and _SESSION_OF_BODY.search(body, max(sentence.start, t0 - 40), t0)
                ):
                    continue  # "a meeting of the CIS Council of Heads of State": that meeting's
                if rule == "meeting.conference_named" and match.group() in ("session", "Session"):
                    name = body_session_named(body, sentence.start, t0, t1, local)
                    if name is None or any(a < name[1] and name[0] < b for a, b in used):
                        # "a cabinet session", "the session in P": no body's gathering named;
                        # "the UN General Assembly session": the gathering's name told it
                        continue
                if rule == "meeting.group_ministers" and _ACT_AT_GATHERING.search(text):
                    continue  # "EC ministers agreed at a meeting in P": the meeting word's own
                if people is None:
                    people = read_people()
                cand = _candidate(
                    article, sentence, (rule, kind, t0, t1), people=people, mentions=local,
                    dates=dates, dateline_end=dateline_end, dateline_city=dateline_city, home=home,
                    hits=hits,
                )  # fmt: skip
                used.append((t0, t1))
                if (
                    cand is not None
                    and rule == "meeting.group_ministers"
                    and cand.date is not None
                    and cand.date.day is None
                    # (not "last week": the days just gone, a session of the story's time)
                    and _RECENT_WEEK.search(sentence.text) is None
                ):
                    # "the plan was approved by EU ministers in 2005": a past act recalled, no
                    # session of the story's days
                    cand = None
                if (
                    cand is not None
                    and not cand.weak
                    and kind is not VISIT
                    and _new_named_session(body, sentence.start, t0, t1)
                ):
                    # "and convened a Joint Working Group meeting": a new event of the story
                    cand.another = cand.new_session = True
                elif (
                    cand is not None
                    and kind is not VISIT
                    and _also_a_session(body, sentence.start, t0, t1)
                    and not on_its_visit_days(cand)
                ):
                    # "X also took part in a bilateral dialogue with officials": the next event
                    cand.another = cand.new_session = True
                    cand.weak = False
                elif (
                    cand is not None
                    and kind is VISIT
                    and _PAVES_THE_WAY.search(body, max(sentence.start, t0 - 120), t0) is not None
                ):
                    cand.another = True  # "to pave the way for X's visit": a later event
                    if article.published is not None and (
                        cand.date is None or cand.date.last_day() >= article.published
                    ):
                        # "officials have shuttled back and forth to lay the groundwork for X's
                        # visit": a visit still to come, whatever the tense of the preparing
                        cand.status = PLANNED
                        # the visit to come told before, if any: "X sets out Wednesday on a trip
                        # to A ... to lay the groundwork for X's visit"
                        cand.another = not any(
                            c.kind is VISIT and c.status is PLANNED and c.countries & cand.countries
                            for c in out
                        )
                elif (
                    cand is not None
                    and rule == "meeting.commission"
                    and _CHAIRED_AFTER.match(body, t1, sentence.end) is not None
                ):
                    # "the Joint Committee, which X is co-chairing this week": its own session
                    cand.another = cand.new_session = True
                elif (
                    cand is not None
                    and rule == "meeting.commission"
                    and (held := _HELD_ITS_SESSION.match(body, t1, sentence.end)) is not None
                ):
                    # "the bilateral commission on the border, which held its first session on
                    # May 24": a session of its own, on the clause's day
                    cand.another = cand.new_session = cand.aside = True
                    cand.weak = cand.one_sided = cand.lonely = False
                    cand.status = HELD
                    cand.date = next(
                        (
                            d.date
                            for d in sentence_dates(
                                dates,
                                sentence,
                                article.published,
                                "auto" if article.published is None else "past",
                            )
                            if held.end() <= d.start < held.end() + 40
                        ),
                        cand.date,
                    )
                if (
                    cand is not None
                    and kind is CONFERENCE
                    and cand.organization is None
                    and match.group().lower() in rejected_heads()
                    and not NAMED_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
                ):
                    continue  # "the Global Media Forum" ... "the 3rd Forum": the same non-meeting
                if cand is None or (
                    rule == "meeting.discussed_with"
                    and any(c.kind is CALL for c in out if c.evidence[0].start == sentence.start)
                ):
                    continue  # "discussed X with Y during a phone call": the call itself
                if (
                    cand.kind is CONFERENCE
                    and cand.status is HELD
                    and any(
                        t.anchor < t0
                        and t.clause_end <= t0
                        # "After a call with A, X attended the summit", "spoke with A, after
                        # the summit": two events
                        and not t.anchor < (_event_opening(body, sentence, dateline_end, t0) or 0)
                        and not _linked_after(body, t.anchor, t0, t1)
                        for t in topics
                    )
                ):
                    cand.weak = True  # "spoke with X to thank him for organizing COP28"
                if (
                    cand.kind is MEETING
                    and cand.rule == "meeting.held_talks"
                    and any(
                        t.anchor < t0
                        and t.clause_end <= t0
                        and not _CLAUSE_BREAK.search(body, t.clause_end, t0)
                        # "After a phone call with A, X held talks with B": two events
                        and not t.anchor < (_event_opening(body, sentence, dateline_end, t0) or 0)
                        # "X met A, ahead of talks with B", ", and will hold talks with B"
                        and not _linked_after(body, t.anchor, t0, t1)
                        # "X, who spoke with A, will hold talks with B"
                        and not _after_who_clause(body, t.anchor, t0)
                        for t in topics
                    )
                ):
                    cand.weak = True  # "held a call to discuss ... the peace talks": a topic
                if cand.kind in (CALL, MEETING) and not cand.weak:
                    topics.append(cand)
                if (
                    cand.kind is CONFERENCE
                    and previous is not None
                    and previous.kind is CONFERENCE
                    and AND_ANOTHER.search(body, previous.anchor, t0)
                ):
                    # "on October 4-5 ... the ministerial meeting and the conference on X"
                    cand.date = cand.date or previous.date
                    cand.location = cand.location or previous.location
                if (
                    cand.weak
                    and cand.kind is MEETING
                    and cand.date is not None
                    and previous is not None
                    and previous.kind is VISIT
                    and previous.date is None
                    and previous.status is cand.status
                    and previous.evidence[0].start == cand.evidence[0].start
                    and _TRIP_FOR.search(body, sentence.start, t0)
                ):
                    # "will visit A for talks with B on Saturday": the time told after the
                    # trip's purpose is the trip's
                    previous.date = cand.date
                previous = cand
                out.append(cand)
        if "separate" in text or "credentials" in text:
            # "met A and B in separate meetings (on Monday)": the meetings the verb told,
            # which take the day and place told after the closing words; "received the envoys
            # of A and B, who presented their credentials": the receptions of each
            for c in out[first:]:
                told = next(
                    (o for o in out[first:] if o.anchor < c.anchor and o.kind is c.kind), None
                )
                if told is None or not (
                    _IN_SEPARATE.search(body, max(sentence.start, c.anchor - 15), c.anchor)
                    or (
                        c.rule == "meeting.credentials"
                        and told.rule == "meeting.received"
                        and len(told.partners) >= 2
                    )
                ):
                    continue
                told.date = told.date or c.date
                told.location = told.location or c.location
                out.remove(c)
            opener = _SEPARATE_OPENER.match(body, sentence.start)
            if opener is not None:
                # "In separate meetings, X met A and B": the opening words name the meetings
                # the verb tells, one per partner
                for c in [c for c in out[first:] if c.anchor < opener.end()]:
                    if any(o.anchor >= opener.end() for o in out[first:]):
                        out.remove(c)
    _attendance(body, sentences, scanned.mentions, out)
    _legs_before(body, out)
    return out


# A session named by no number but told with its own place and past time right after the
# word: "held a joint session in Luxembourg today", "the association's last session in
# Bangkok in May", "the previous session took place in Baku in March" (a sitting told as an
# event; not "the session in Washington" with no time, "a session in January" with no place,
# nor "a special session in Brussels next month", a plan the talks told before hold).
# A house's, a court's or a cabinet's own sitting: "a European Parliament session", "the
# cabinet session" (a domestic meeting, no session of talks nor a gathering of states).
_DOMESTIC_SESSION = re.compile(
    r"""\b(?:[Pp]arliament|[Ss]enate|[Cc]abinet|[Cc]ourt|[Bb]oard|[Cc]ongress)(?:['’]s)?\s+
    (?:(?:plenary|annual|special|extraordinary|emergency|closed)\s+)?\Z""",
    re.VERBOSE,
)
# (a round too where told held at its place and time: "after a round held in P in late
# January", a sitting of the talks the story tells, as a session is)
_PLACED_SESSION = re.compile(
    rf"""(?:session\s+(?:(?:took\s+place|was\s+held)\s+)?|round\s+held\s+)in\s+
    [A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+
    (?:today|yesterday|on\s+{WEEKDAY_PATTERN}|in\s+(?:(?:early|mid|late)[\s-]+)?{MONTH_PATTERN}
    |last\s+(?:week|month|year))\b""",
    re.VERBOSE,
)
# A body's own sitting: "the commission ended its annual session in P today" (the body's
# rule tells it).
_ITS_SESSION = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}\Z")


# An indefinite session named by a body of its own, before or after the meeting word: "a
# Joint Working Group meeting", "a modified A-B Strategic Consultative Group (SCG) meeting",
# "a roundtable meeting of the C5+1". An indefinite mention is a new event in the story, and
# a body's name marks it as another session than the talks told beside it.
_INDEFINITE_NAMED = re.compile(
    r"""\b(?<![Ss]uch\s)[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}?
    (?P<name>(?:(?:[A-Z][\w.'’-]*|\([A-Z]{2,}\))\s+){1,7})\Z""",
    re.VERBOSE,
)
INDEFINITE = re.compile(r"\b(?<![Ss]uch\s)[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}\Z")
_SESSION_WORDS = re.compile(r"(?i:meeting|session|dialogue)")
_OF_A_BODY = re.compile(r"\s+of\s+the\s+(?:[a-z][\w-]*\s+)?[A-Z]")


def on_its_visit_days(cand: Candidate) -> bool:
    """Talks on a day of the visit their sentence tells with its days ("from May 2 to 5").

    "On Wednesday, X also held a meeting with Y, who is paying a state visit to A from
    July 2 to 5": the talks are the visit's, not one more event of the story.
    """
    return (
        cand.kind is MEETING
        and cand.date is not None
        and cand.date.day is not None
        and any(
            first <= cand.date.first_day() <= last
            for first, last in visit_days(cand.evidence[0].text, cand.date.year)
        )
    )


# A session told with "also" and an indefinite article after the story's talks: "the Crown
# Prince and his team also took part in a bilateral technology dialogue with officials". The
# readout's second event, between the talks' sides, whose own words may name only one side.
_ALSO_A_SESSION = re.compile(
    r"""\balso\s+(?:held|hold|holds|holding|convened|conducted|participated\s+in
    |took\s+part\s+in|take\s+part\s+in|takes\s+part\s+in)\s+
    an?\s+(?:[a-z][\w-]*\s+){0,3}(?:meeting|session|dialogue)\Z""",
    re.VERBOSE,
)


# A joint body named with the act of its session told after it: "the A-B Joint Planning
# Committee, which the minister is co-chairing this week": a session of its own beside the
# talks of the readout (not a mention of the body's work).
_CHAIRED_AFTER = re.compile(
    r"""\s*(?:\([A-Z]{2,}\)\s*)?,\s+which\s+(?:[\w.'’-]+\s+){1,6}?(?:is|are|was|were)\s+
    (?:co-?)?(?:chairing|hosting|convening)\b""",
    re.VERBOSE,
)


# A body's session told in its own clause: "the border commission, which held its first session
# on May 24" (up to the words before the day).
_HELD_ITS_SESSION = re.compile(
    r"""[^,.;]{0,80}?,\s+which\s+(?:held|convened)\s+its\s+(?:[\w-]+\s+){0,2}?(?:session|meeting
    |sitting)\b[^,.;]{0,40}?(?=\s(?:on|in|last)\s)""",
    re.VERBOSE,
)
# An event the sentence's own event prepares: "the talks will pave the way for X's visit
# here at the weekend": a later event, never the talks told before it.
_PAVES_THE_WAY = re.compile(
    r"\b(?:pav(?:e|es|ed|ing)\s+the\s+way|lay(?:s|ing)?\s+the\s+ground(?:work)?|laid\s+the"
    r"\s+ground(?:work)?)\s+for\s+(?:[\w.'’-]+\s+){0,10}\Z"
)


def _also_a_session(body: str, start: int, t0: int, t1: int) -> bool:
    """Whether a session word is told as the story's next event ("also held a dialogue")."""
    return _ALSO_A_SESSION.search(body, max(start, t0 - 120), t1) is not None


def _new_named_session(body: str, start: int, t0: int, t1: int) -> bool:
    """Whether a meeting word is told as a new session of a named body ("a C5+1 meeting")."""
    if _SESSION_WORDS.search(body, t0, t1) is None:
        return False  # "attend a Summit of the A": the gathering a trip is told to attend
    named = _INDEFINITE_NAMED.search(body, max(start, t0 - 100), t0)
    if named is not None and (len(named["name"].split()) >= 2 or body[t0].isupper()):
        return True  # (one word is a name when the meeting word goes on with it)
    return (
        INDEFINITE.search(body, max(start, t0 - 40), t0) is not None
        and _OF_A_BODY.match(body, t1) is not None
    )


# A sentence telling who took part in the event of the sentence before: "It was attended by
# the ministers of A, B and C", "Delegations from A and B are taking part", "The leaders of A
# and B were also present, while C was represented by its Foreign Minister".
_ATTENDANCE = re.compile(
    r"""\b(?:(?:was|were)\s+attended\s+by|attend(?:ed|ing)?\s+(?:it|the\s+(?:meeting|talks|event
    |forum|session|conference|summit))|(?:also\s+)?(?:participated|took\s+part|(?:are|were|is)\s+taking
    \s+part)\b
    # "Leaders of A and B are expected to attend.": the verb with no object of its own is the
    # gathering told just before
    |\b(?:will|to|also)\s+attend(?=\s*[,.;])|\battended(?=\s*[.;])
    # "were also present", "present at the summit"; not "present in the market", nor "present
    # at the ceremony"
    |\b(?:was|were)\s+(?:also\s+)?present(?=\s*[,.;]|\s+at\s+the\s+(?:meeting|talks|event
      |forum|session|conference|summit|gathering)\b)
    |\b(?:was|were)\s+(?:also\s+)?represented\s+(?:there\s+)?by\b
    # "he said the states that have so far confirmed their presence are A, B and C": those listed
    # (not "confirmed its presence at the fair": another event)
    |\bconfirmed\s+(?:their|its)\s+(?:presence|participation|attendance)\b(?!\s+(?:at|in)\s
      (?!(?:it|the\s+(?:meeting|talks|event|forum|session|conference|summit|gathering))\b)))""",
    re.VERBOSE,
)
# A gathering's verb of its participants: "brought together the ministers of", "gathered".
_GATHERED = re.compile(
    r"""\b(?:(?:brought\s+together|gathered)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:ministers|leaders
    |delegations|delegates|representatives|heads|officials|presidents|participants)\b
    |was\s+attended\s+by\s)""",
    re.VERBOSE,
)
# A sentence whose subject is the officials of the states taking part, telling what they
# did: "The foreign ministers of A, B and C discussed ...", "The heads of delegation of A
# and B exchanged views on ...".
_OFFICIALS_OF = re.compile(
    r"""\s*The\s+(?:[\w-]+\s+){0,3}(?:heads|ministers|leaders|delegations|presidents
    |representatives)\s+of\s+[^.;]{0,200}?\b(?:discussed|exchanged|reviewed|considered)\b""",
    re.VERBOSE,
)


def _attendance(
    body: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[CountryMention],
    found: list[Candidate],
) -> None:
    """Add the states a sentence names as taking part to the events of the sentence before it.

    "A trilateral meeting was held in Lima on May 8. It was attended by the ministers of
    Chile, Peru and Bolivia": the second sentence has no meeting word, but its states
    are the meeting's sides. An event named as one-sided becomes one of its own when
    they give it a second side.
    """
    by_start: dict[int, list[Candidate]] = {}
    for cand in found:
        if cand.kind in (MEETING, CONFERENCE):
            by_start.setdefault(cand.evidence[0].start, []).append(cand)
    if not by_start:
        return
    for sentence in sentences:
        # "The meeting, chaired by A, brought together the ministers of B, C and D": the states
        # a back-reference's own sentence names as gathered are the told event's sides
        own = [c for c in by_start.get(sentence.start, ()) if c.weak]
        gathered = _GATHERED.search(sentence.text) if own else None
        if gathered is None:
            continue
        lo = sentence.start + gathered.end()
        states = {m.code for m in mentions if lo <= m.start < sentence.end and m.kind != "group"}
        for cand in own:
            if len(states) >= 2 and cand.anchor < lo:
                cand.countries |= states
                cand.took_part = True
    for before, after in itertools.pairwise(sentences):
        events = by_start.get(before.start)
        if not events:
            continue
        officials = after.text.startswith("The ") and _OFFICIALS_OF.match(after.text)
        if not officials and not (
            may_match(_ATTENDANCE, after.text) and _ATTENDANCE.search(after.text)
        ):
            continue
        hi = after.start + officials.end() if officials else after.end
        states = {m.code for m in mentions if after.start <= m.start < hi and m.kind != "group"}
        if officials and len(states) < 2:
            continue  # "The ministers of A discussed": one state's own officials
        for cand in events:
            if not states or by_start.get(after.start):
                continue  # the sentence's own event takes them
            cand.countries |= states
            cand.took_part = True
            if cand.one_sided and len(cand.countries) >= 2:
                cand.weak = cand.lonely = cand.one_sided = False


# Taking part in the gathering named right after: "took part in COP27 and ", "attended the".
_ATTENDED = re.compile(  # up to "in the 9th session of the UN" (General Assembly)
    r"""\b(?:took\s+part|participated|attended|take\s+part|participate|attend|attending
    |participating)\s+(?:in\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}\Z""",
    re.VERBOSE,
)
# A state (or its capital) hosting the gathering, as the verb's subject: "Turkmenistan hosted
# an international conference", "A is set to host the climate conference": the host's guests
# come from abroad, so one state named is no sign of a domestic meeting.
_STATE_HOSTS = re.compile(
    r"""\b(?:hosted|hosts|will\s+host|to\s+host|is\s+hosting|was\s+hosting)\s+(?:(?:an?|the|its|this
    |this\s+year['’]s|next\s+year['’]s)\s+)?
    (?:(?!(?:national|domestic|republican|local|regional|nationwide)\b)[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# A gathering told as one of many states: "an international conference", "a donors' conference"
# (just before its word), or "ministers from 20 countries" in its sentence.
_INTERNATIONAL_BEFORE = re.compile(
    r"\b(?:[Ii]nternational|[Dd]onors['’]?|[Mm]ultilateral|[Ii]ntergovernmental|[Ii]nterstate)"
    r"\s+(?:[\w'’-]+\s+){0,2}\Z"
)
_FROM_MANY = re.compile(
    r"""\b(?:from|of)\s+(?:(?:more\s+than|over|some|about|nearly|around|almost)\s+)?
    (?:\d+|dozens\s+of|several|many|[a-z]+ty(?:-[a-z]+)?)\s+(?:other\s+)?(?:countries|nations|states)\b""",
    re.VERBOSE,
)
# A trip made to attend the gathering named next: "left for P on Monday to take part in the".
_PAST_TRIP_TO = re.compile(
    r"""\b(?:arrived|flew|went|came|left|travell?ed|departed|headed)\b[^.;]{0,100}?
    \bto\s+(?:attend|take\s+part\s+in|participate\s+in)\s+(?:[\w'’-]+\s+){0,7}\Z""",
    re.VERBOSE,
)
# What may stand between the host state and "host": "A is set to", "A, which ...," is not.
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:is|was|has|had|also|once\s+again|again|successfully)\s+)*(?:(?:set|due|expected"
    r"|scheduled|ready|preparing|going|to\s+be\s+the\s+first\s+\w+)\s+)?"
)


# The session whose body is named right after: "a meeting of the CIS ", "session of the OTS ".
_SESSION_OF_BODY = re.compile(
    r"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\Z"
)
# An event's name then its own participle: "(the commission) on trade and economic cooperation,
# held in Lima on Friday" (the name's tail, a comma, "held" and a place or time).
# Also with no comma after a body's capitalised name (and its acronym): "the ninth session of
# the A-B Intergovernmental Commission held in P last week" (the participle is its own; a
# body's name is no subject of "held", which would need an object: "held talks").
_OWN_HELD = re.compile(
    r"""[^,.;()]{0,120}?
    (?:,\s+|(?:(?<=\bCommission)|(?<=\bCommittee)|(?<=\bCouncil))(?:\s+\([A-Z]{2,6}\))?\s+)
    held\s+(?=(?:in|on|last|earlier|here)\s)""",
    re.VERBOSE,
)
# A gathering's own participle to come, right after its name: "the summit to be hosted by A next
# year", "the forum to be held in P in June" (its time, not a time told before it).
_OWN_TO_BE = re.compile(
    r"""\s+(?:(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+)?
    to\s+be\s+(?:held|hosted|convened|organi[sz]ed)\b""",
    re.VERBOSE,
)
# The report of a call with its day, after it: "..., the president's office said on Friday".
_TOLD_ON = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|reported|informed|announced)\s+"
    # "said in a statement on Saturday", "reported on its website on Friday"
    r"(?:(?:in\s+(?:a|its)\s+(?:statement|press\s+release|readout)|on\s+its\s+website)\s+)?"
    r"(?:on\s+)?"
)
# The start of talks told as due after their topic, up to the time it names.
_DUE_THEN = re.compile(
    r"""(?:[^.;,]|(?<=[A-Z])\.){0,80}?\b(?:are|is)\s+(?:due|set|scheduled|expected|planned)\s+
    to\s+(?:begin|start|open|resume|take\s+place)\s+(?:(?:in|on)\s+)?""",
    re.VERBOSE,
)
# Talks on a deal of a pair named by a dash: "talks on a new A-B fisheries deal".
_ON_PAIR_DEAL = re.compile(
    r"""\s+on\s+(?:the|a|an)\s+(?:(?:new|next|future|proposed|bilateral)\s+)?
    (?P<pair>[A-Z][\w.]*\s*[-–/]\s*[A-Z][\w.]*)\s+(?:[\w-]+\s+){0,2}?
    (?:agreement|deal|accord|treaty|pact)\b""",
    re.VERBOSE,
)
# A gathering of states named after talks, as where they took place: "during the summit of
# A, B and C" (its states are the gathering's, not the talks' sides).
_AT_GATHERING_OF = re.compile(
    r"""\s+(?:during|at|on\s+the\s+(?:sidelines|margins?)\s+of)\s+(?:the|a|an)\s+
    (?:[\w'’.()-]+\s+){0,6}?(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]eeting|[Ss]ession
    |[Aa]ssembly)\s+of\b""",
    re.VERBOSE,
)
_WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\b")
# The event as a phrase set off by commas after the subject: "X, in a phone call with Y, ...".
_PARENTHETICAL = re.compile(
    r",\s+(?:in|during|over)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}\Z"
)
_OPENS_IN = re.compile(r"(?:in|during|over)\s")
# A date told as to come, whatever its precision: "next week", "tomorrow", "this coming month".
_TO_COME = re.compile(r"(?:next|tomorrow|this\s+coming|the\s+coming|coming|upcoming)\b", re.I)
# A past verb holding the event's noun, right before it: "held a meeting", "paid an official".
_PAST_HOLDING = re.compile(
    r"""\b(?:held|had|hosted|convened|chaired|paid|made|led|conducted)\s+
    (?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
_PAST_TRIGGER = re.compile(r"(?:ed|met|held|took|spoke|left|flew)\b")  # "visited", "met"


# A season of the story's year named with "this": "this autumn", "this summer".
_THIS_SEASON = re.compile(r"this\s+(?P<season>spring|summer|autumn|fall)\b", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # first month (the north's)
_LATER_THIS = re.compile(r"later\s+(?:this|in\s+the)\s+(?:year|month)\b", re.I)


def _told_to_come(mention: DateMention, today: dt.date | None) -> bool:
    """Whether a date mention tells its time as to come from the story's day.

    "next week", "tomorrow", "later this year", and a season of this year that has
    not begun ("this autumn" in a story of June).
    """
    if _TO_COME.match(mention.text) or _LATER_THIS.match(mention.text):
        return True
    season = _THIS_SEASON.match(mention.text)
    return (
        season is not None
        and today is not None
        and today.month < _SEASON_START[season["season"].lower()]
    )


# A time told after a verb of the future of its own clause: "will be held in P on May 14",
# "is to attend a meeting of the council in P in June", "should meet in P in September", and
# an arrival awaited, in reported speech too ("said X was expected in P on August 20").
_FUTURE_TIME = re.compile(
    r"""\b(?P<verb>(?:will|shall|should|(?:is|are)\s+(?:(?:likely|due|expected|scheduled|set)\s+)?to)
    \s+(?:also\s+)?(?:be\s+(?:held|convened)|hold|meet|convene|attend|take\s+place|visit|travel)
    |(?:is|are|(?P<past>was|were))\s+(?:also\s+)?(?:expected|due)\s+(?=in\b|at\b))
    \b[^.;:!?"“”]{0,140}\Z""",
    re.VERBOSE,
)
# Reported speech before an awaited arrival told in the past ("told reporters that X was
# expected in P"): the past form is the report's, the arrival is still to come.
_REPORTED = re.compile(
    r"\b(?:said|says|told\s+[^.;]{1,60}?|added|announced)\s+that\b[^.;]{0,160}\Z"
)


def _time_to_come(
    body: str,
    sentence: Sentence,
    dates: dict[tuple[int, Tense], list[DateMention]],
    date: PartialDate,
    today: dt.date,
) -> PartialDate | None:
    """The time to come that a held event's past-read bare date names, or None.

    A month or a day told without its year, read in the year before the story's
    because the trigger looked past ("co-chaired", "was likely to"), is still to
    come when a verb of the future governs it in its own clause, with no past
    verb between them ("will be held in P on May 14-15": May of the story's year).
    """
    if date.last_day() >= today:
        return None
    past = sentence_dates(dates, sentence, today, "past")
    told = next((d for d in past if d.date == date and d.relative), None)
    if told is None:
        return None
    verb = _FUTURE_TIME.search(body, max(sentence.start, told.start - 160), told.start)
    if verb is None:
        return None
    between = body[verb.end("verb") : told.start]  # the clause after the verb itself
    if past_cue(between):
        return None  # a past verb ("after talks in March") governs the date
    if verb["past"] and not _REPORTED.search(body, sentence.start, verb.start()):
        return None  # "was due in P in November, but ...": a past plan, of last November
    ahead = sentence_dates(dates, sentence, today, "future")
    return next((d.date for d in ahead if d.start == told.start and d.date != date), None)


def _all_to_come(told: Sequence[DateMention], today: dt.date | None = None) -> bool:
    """Whether the mentions a date was read from tell it as to come ("next week"), and exist.

    >>> import datetime as dt
    >>> from diplonews.text.dates import extract_dates
    >>> _all_to_come(extract_dates("this autumn", dt.date(2025, 6, 2)), dt.date(2025, 6, 2))
    True
    >>> _all_to_come(extract_dates("this spring", dt.date(2025, 6, 2)), dt.date(2025, 6, 2))
    False
    """
    return bool(told) and all(_told_to_come(d, today) for d in told)


# A visitor described as the first of a kind to visit: "the first foreign leader to visit".
_FIRST_TO = re.compile(r"\bthe\s+(?:first|second|last|only)\s+(?:[\w.'’-]+\s+){0,5}?to\s+\Z")
# A time told as when the event was decided on or made known: "was agreed in March",
# "announced on Monday" (the date mention starts after "on", at "last").
_DECIDED_ON = re.compile(
    r"\b(?:agreed|announced|decided|disclosed|revealed|approved)\s+(?:(?:on|in|upon)\s+)?\Z"
)
_DECIDED_WORDS = ("agreed", "announced", "decided", "disclosed", "revealed", "approved")


_BRIEFED_WORDS = ("briefed", "informed", "updated")


@functools.lru_cache(maxsize=64)
def _took_part(sentence: str) -> bool:
    """Whether a sentence tells of taking part (read once per sentence, not per trigger)."""
    return may_match(_TOOK_PART, sentence) and _TOOK_PART.search(sentence) is not None


# Patterns of _candidate, compiled once.
_BETWEEN_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}between\b")


_TALKS_WORD = re.compile(r"(?:talks|consultations)\b")
# (not the stop of "Oct. 18": a month's abbreviation before its day)
_QUOTE_OR_STOP = re.compile(
    rf"""(?:{CLAUSE_STOP}|[;:])\s|["“”]|\band\s+(?:there|he|she|they|it|we)\b"""
)


_LINK_WORDS = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|after|following|before|on\s+the\s+eve\s+of)\b"
)
# Talks told as held over a video link: "held talks with X by video link", "met Y via video
# link" (not "due to speak by video link", no meeting word before it).
_BY_VIDEO = re.compile(r"\b(?:by|via|over|through)\s+(?:a\s+|the\s+)?video[\s-]*link\b")
# A body's members right before the meeting word: "Opec ministers meet", "WTO talks", "Nato
# defence officials met", "EU finance ministers, meeting in" (after the body's name).
_MEMBERS_THEN = re.compile(
    r"""(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:(?:ministers|officials|leaders|members|delegates
    |envoys|negotiators|heads\s+of\s+(?:state|government))\s*,?\s+)?(?:(?:will|to|would)\s+)?
    # "OPEC ministers are due to meet", "are to meet": a plan told with "be" is one too
    (?:(?:are|were)\s+(?:(?:due|set|scheduled|expected)\s+)?to\s+)?
    """,
    re.VERBOSE,
)
# A body's name just before the meeting verb: "The UN Security Council met", "the Council will".
# (or due to: "the Committee is due to meet", "is to meet")
_BODY_MET = re.compile(
    r"\b(?:Council|Assembly|Committee|Commission)\s+(?:(?:will|would"
    r"|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected)\s+)?to)\s+)?\Z"
)


# A sentence opening with another event as a time: "After talks with A on Monday, X met B",
# "Following a call with A, ...", "Ahead of a visit to A, ...": the opening event and the
# main clause's are two, each with its own partner (the main clause's subject is both's).
_EVENT_OPENING = re.compile(
    r"\s*(?:(?:After|Following|Before|(?P<ahead>Ahead\s+of))\s+"
    r"(?:meeting|holding|speaking|receiving|hosting|visiting|attending|talks|"
    r"travell?ing|flying|heading|leaving|"  # "Before traveling to P, X will attend the summit"
    r"(?:a|an|the|his|her|their)\s+(?:[\w+-]+\s+){0,3}?"
    r"(?:meeting|talks|call|conversation|visit|summit|trip|session)s?)\b"
    r"[^,;:]{0,160}?,\s"
    # a perfect participle: "Having met B in P on Monday, X will visit C" (done before)
    r"|Having\s+(?:met|held|had|spoken|talked|visited|received|hosted|attended)\b"
    r"[^,;:]{0,160}?,\s"
    # the event as a bare participle, its sides the main clause's subject: "Meeting in P on
    # Monday, the ministers of A and B discussed ...", "Speaking by phone, X and Y agreed ..."
    r"|(?P<bare>Meeting|Holding\s+(?:talks|a\s+meeting)|(?:Speaking|Talking)\s+(?:by|on\s+the)"
    r"\s+(?:tele)?phone)(?:\s+(?:in|on|at|via|yesterday|today|earlier|last)\b[^,;:]{0,160}?)?"
    r",\s(?=the\s|[A-Z]))"
)
# A relative clause telling the subject's other event: "X, who met A on Monday, will visit B":
# A is the relative clause's, none of the main clause's.
# So is an aside of the subject's own done event: "X, having met A on Monday, will visit B",
# "X, after talks with A in P, said ..." (the aside's sides and time are its event's).
_WHO_EVENT = re.compile(
    r",\s+(?:who\s+(?:(?:also|last|recently|earlier)\s+)?"
    r"(?:held|had|met|spoke|received|hosted|visited|attended|paid|talked|telephoned)"
    r"|having\s+(?:met|held|had|spoken|talked|visited|received|hosted|attended)"
    r"|(?:after|following)\s+(?:holding\s+talks|meeting|talks|(?:a|his|her|their)\s+meeting)"
    r")\b[^,;:]{0,160}?,\s"
)
# The words an aside of ``_WHO_EVENT`` opens with (a cheap test before the search).
_ASIDE_HEADS = (", who ", ", having ", ", after ", ", following ")


def _aside_in(text: str) -> bool:
    """Whether ``text`` may hold an aside of ``_WHO_EVENT``."""
    return holds_any(text, 0, len(text), _ASIDE_HEADS)  # (asked two or three times a candidate)


# An arrival told in a relative clause before the main verb: "X, who arrived in P last night,
# held talks with Y" (the trip's place and time are its own, not the talks').
_WHO_ARRIVED = re.compile(r",\s+who\s+(?:had\s+)?arrived\b[^,;:]{0,160}?,\s")
# The guest of a reception told by a pronoun right after its verb: "will host him in P".
_GUEST_PRONOUN = re.compile(
    r"\s*(?:him|them|her(?=\s+(?:in|at|on|for|next|this|later|during)\b))\b"
)
# A phrase opening the sentence with an event to come that the main clause precedes: its
# tense is that event's ("Ahead of his visit to Tokyo next week, X met Y on Monday").
# A figure compared with, right before its time: "from 1.3 billion dollars in", "from $2m".
_COMPARED_FROM = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?(?:[$€£]\s?)?\d[\d.,]*\s*"
    r"(?:[a-z]+\s+){0,2}(?:in\s+(?:the\s+)?)?\Z"
)
# The same phrase after a fronted time of the main clause: "On Friday, ahead of the trip, ".
_FRONTED_AHEAD = re.compile(
    r"\s*[^,;:]{2,40},\s(?P<ahead>(?:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of"
    r"|in\s+preparation\s+for)\s[^,;:]{3,120}),\s"
)
_AHEAD_OPENING = re.compile(
    r"\s*(?:Ahead\s+of|In\s+the\s+run-up\s+to|On\s+the\s+eve\s+of|In\s+preparation\s+for)"
    r"\s[^,;:]{3,120},\s"
)


# A verb of speech whose clause tells an event to come: "said on Tuesday that X will visit".
_SPEECH_VERB = r"\b(?:said|says|told|stated|announced|noted|reported|informed|confirmed)"
_SAID = re.compile(_SPEECH_VERB + r"\b")
# The same verb right before the date it takes: "said on", "told reporters on", "announced".
# ("said in Lima on Monday he would visit": the place of the remarks may stand between)
_SAID_ON = re.compile(
    _SPEECH_VERB
    + r"\s+(?:(?!that\b)[a-z]+\s+)?(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?(?:(?:on|in|at)\s+)?\Z"
)


def _hosted_by(body: str, lo: int, t0: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a state named just before hosts the gathering at ``t0`` ("A hosted the forum").

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Turkmenistan hosted an international conference on Monday."
    >>> _hosted_by(text, 0, 37, extract_country_mentions(text))
    True
    """
    if "host" not in body[max(lo, t0 - 80) : t0]:
        return False  # a cheap test first
    verb = _STATE_HOSTS.search(body, max(lo, t0 - 80), t0)
    return verb is not None and any(
        m.kind != "group"
        and max(lo, verb.start() - 40) <= m.start
        and _SUBJECT_GAP.fullmatch(body, m.end, verb.start())
        for m in mentions
    )


_CONVENES = next(p for name, _, _, p in RULES if name == "meeting.convened_officials")
_AT_GROUP = next(p for name, _, _, p in RULES if name == "meeting.at_group")
# A sentence telling its act done at a gathering it names: "at their meeting in P".
_ACT_AT_GATHERING = re.compile(
    r"""\b[Aa]t\s+(?:a|an|the|their|its|two\s+days\s+of)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session
    |talks|conference|summit|council)\b""",
    re.VERBOSE,
)
_GROUP_ACT = next(p for name, _, _, p in RULES if name == "meeting.group_ministers")
# A joint committee named after its two states ("the A-B Joint Trade Committee"): no trigger
# word (as "commission" and "council" are), but its sittings are the pair's meetings as theirs.
_JOINT_COMMITTEE = re.compile(
    r"\b(?:United\s+States|[A-Z][\w.]*)[-–][A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,4}?Committee\b"
)
# A body's committee or board acting (meeting.body_session): read with no trigger word.
_BODY_ACT = next(p for name, _, _, p in RULES if name == "meeting.body_session")


# An event told as what the story's event comes after: "follows the President's meeting
# with", "came on the heels of his trip to" (not "following the talks": the story's own).
_FOLLOWS = re.compile(
    r"""\b(?:follows|followed(?!\s+by\b)|comes\s+after|came\s+after
    |(?:comes|came)\s+on\s+the\s+heels\s+of)\s+[^.;:]*\Z""",
    re.VERBOSE,
)
# A list item's own cue of a time to come, before the next item: "his visit next week to".
_OWN_TO_COME = re.compile(r"[^,;]{0,60}?\b(?:next|upcoming|coming|later\s+this)\b")
_TO_COME_WORD = re.compile(r"\b(?:next|upcoming|coming|later\s+this)\b")


# The state hosting a gathering, told right after its word (past a short name tail "on aid",
# "for Gaza", "of the Americas", "on aid for Gaza"): ", hosted by A", "convened by A", "that A
# hosted", "which A will host" (the host named as a state, its capital or its demonym).
_HOST_TOLD_AFTER = re.compile(
    # a short name tail, of up to two phrases ("on food aid for the Andes, which A hosted")
    r"""(?:\s+(?:on|of|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?){0,2}
    (?:,?\s+(?:hosted|co-hosted|convened)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w'’.-]*)
    # (or a contact clause: "the trilateral summit A hosted in P last March")
    |(?:,?\s+(?:that|which))?\s+(?P<subj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+
      (?:(?:has|had)\s+)?(?:(?P<future>will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+
      # "that A is hosting in P": the present tells no time, the sentence's status stands
      |(?P<now>is|are)\s+(?=(?:co-)?hosting\b))?
      (?:co-)?host(?:ed|ing)?\b)""",
    re.VERBOSE,
)
# The host told just before the gathering's word: "A's hosting of the", "A, host of the", "the
# role A played as host of the" (a state, its capital or its demonym then the host's words).
_HOST_TOLD_BEFORE = re.compile(
    r"""(?:['’]s\s+(?:co-)?hosting\s+of
    |(?:,|\s+[a-z]+(?:\s+[a-z]+)?\s+as)\s+(?:the\s+)?(?:co-)?host\s+of  # (its words)
    # the host the subject of its verb: "A hosted the", "A, which will host the", "thanked A
    # for hosting the" (a host takes part in what it hosts; the verb's tense is the event's)
    |(?:,\s+(?:which|that)\s+)?\s*(?:(?:has|had)\s+)?(?:(?P<past>(?:co-)?hosted)
      |(?P<future>will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:co-)?host)
    |\s+for\s+(?:co-)?hosting)
    \s+(?:the\s+|this\s+year['’]s\s+|last\s+(?:week|month|year)['’]s\s+)?
    # (not "A hosted a national conference on X": a state's own gathering, no side's)
    (?:(?!(?:national|domestic|local|provincial|municipal)\b)[\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# The host told by "its" just before the gathering's word: "thanked A for its hosting of the",
# "A ... its leadership in hosting the" (the pronoun is the one state named before it).
_ITS_HOSTING_BEFORE = re.compile(
    r"""\bits\s+(?:[a-z-]+\s+){0,2}?(?:(?:role|leadership|efforts?)\s+in\s+)?(?:co-)?hosting
    \s+(?:of\s+)?(?:the\s+|this\s+year['’]s\s+|last\s+(?:week|month|year)['’]s\s+)?
    (?:[\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# A state told as hosting the talks whose word follows: "A's role in hosting talks", "thanked
# A for hosting the discussions" (the state's name ends where the phrase starts).
_HOSTED_TALKS_BEFORE = re.compile(
    r"""(?:(?:['’]s|(?P<its>\bits))\s+(?:(?:role|efforts?|leadership)\s+in\s+)?(?:co-)?hosting
    (?:\s+of)?
    |\s+for\s+(?:co-)?hosting)
    \s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A gathering of one state's own people, just before its word: "the national conference".
_DOMESTIC_BEFORE = re.compile(
    r"\b(?:national|domestic|nationwide|republican|local|party)\s+(?:[\w'’-]+\s+){0,2}\Z"
)


def _hosts_told(told: Sequence[CountryMention]) -> tuple[set[str], str | None]:
    """The states a host clause names, and the group it names first, if any.

    A group that hosts ("the summit that ASEAN hosted") is the gathering's body, never one of
    its sides (its code is no state: once a crash, or "AU" read as Australia).
    """
    states = {str(m.code) for m in told if m.kind != "group"}
    return states, next((str(m.code) for m in told if m.kind == "group"), None)


def _guests_after(body: str, span: tuple[int, int], mentions: Sequence[CountryMention]) -> set[str]:
    """The states a host clause's guest list names right after it, or none.

    "..., together with the leaders of B and C": a host's guests listed with it take part in
    its gathering (spec section 2: the states the text names as taking part).

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "the summit, which A will host on May 9, together with the leaders of Chile and Peru"
    >>> sorted(_guests_after(text, (27, len(text)), extract_country_mentions(text)))
    ['CHL', 'PER']
    >>> text = "the summit, which A will host on May 9."
    >>> _guests_after(text, (27, len(text)), extract_country_mentions(text))
    set()
    """
    guests = _GUESTS_AFTER_HOST.match(body, *span)
    if guests is None:
        return set()
    lo, hi = guests.span("guests")
    return {str(m.code) for m in mentions if m.kind != "group" and lo <= m.start < hi}


def _host_told_after(
    body: str, t1: int, end: int, mentions: Sequence[CountryMention]
) -> tuple[re.Match[str], str] | None:
    """The host clause after the gathering word ending at ``t1`` and its state, or None.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "They recalled the summit that Ghana hosted in May."
    >>> told = _host_told_after(text, 24, len(text), extract_country_mentions(text))
    >>> told is not None and (told[0].group(), told[1])
    (' that Ghana hosted', 'GHA')
    >>> text = "They recalled the summit in May."
    >>> _host_told_after(text, 24, len(text), extract_country_mentions(text)) is None
    True
    """
    told = _HOST_TOLD_AFTER.match(body, t1, end)
    if told is None:
        return None
    lo, hi = told.span("by") if told["by"] is not None else told.span("subj")
    host = next(
        (str(m.code) for m in mentions if m.kind != "group" and lo <= m.start and m.end <= hi),
        None,
    )
    return None if host is None else (told, host)


def _host_told_before(
    body: str, lo: int, t0: int, mentions: Sequence[CountryMention]
) -> tuple[str, MeetingStatus | None] | None:
    """The state told as hosting the gathering whose word starts at ``t0``, or None.

    With the state, the status its own verb tells ("A hosted the", "A will host the"; None
    for the sentence's).

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "They praised Ghana's hosting of the summit in May."
    >>> _host_told_before(text, 0, 36, extract_country_mentions(text))
    ('GHA', None)
    >>> text = "Ghana, which will host the summit in May, named an envoy."
    >>> _host_told_before(text, 0, 27, extract_country_mentions(text))
    ('GHA', <MeetingStatus.PLANNED: 'planned'>)
    >>> text = "They praised Ghana for its hosting of the summit in May."
    >>> _host_told_before(text, 0, text.index("summit"), extract_country_mentions(text))
    ('GHA', None)
    >>> text = "They praised the hosting of the summit in May."
    >>> _host_told_before(text, 0, 32, extract_country_mentions(text)) is None
    True
    """
    told = _HOST_TOLD_BEFORE.search(body, max(lo, t0 - 80), t0)
    if told is None:
        its = _ITS_HOSTING_BEFORE.search(body, max(lo, t0 - 80), t0)
        before = [m for m in mentions if lo <= m.start and m.end <= its.start()] if its else []
        # "its" hosting is that of the one state named before it (with two, "A's ties with B
        # and its hosting", either may be meant; a group's: none here)
        if not before or before[-1].kind == "group" or len({m.code for m in before}) > 1:
            return None
        return str(before[-1].code), None
    host = next(
        (str(m.code) for m in mentions if m.kind != "group" and m.end == told.start()),
        None,
    )
    if host is None:
        return None
    return host, PLANNED if told["future"] else HELD if told["past"] else None


def _hosted_talks_before(
    body: str, lo: int, t0: int, mentions: Sequence[CountryMention]
) -> str | None:
    """The state told as hosting the talks whose word starts at ``t0``, or None.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "He praised Ghana's role in hosting talks between the parties."
    >>> _hosted_talks_before(text, 0, 35, extract_country_mentions(text))
    'GHA'
    >>> text = "He praised Ghana's efforts, including its role in hosting talks."
    >>> _hosted_talks_before(text, 0, 58, extract_country_mentions(text))
    'GHA'
    >>> text = "He praised the role of hosts in talks between the parties."
    >>> _hosted_talks_before(text, 0, 32, extract_country_mentions(text)) is None
    True
    """
    told = _HOSTED_TALKS_BEFORE.search(body, max(lo, t0 - 60), t0)
    if told is None:
        return None
    if told["its"] is not None:
        # "praised A's leadership, including its role in hosting talks": "its" is the one state
        # its sentence names before it (none, or several: no host known)
        named = {
            str(m.code) for m in mentions if m.kind != "group" and lo <= m.start < told.start()
        }
        return named.pop() if len(named) == 1 else None
    return next(
        (str(m.code) for m in mentions if m.kind != "group" and m.end == told.start()),
        None,
    )


def _told_international(body: str, sentence: Sentence, t0: int) -> bool:
    """Whether the gathering at ``t0`` is told as one of many states (not a domestic one).

    >>> from diplonews.text import Sentence
    >>> text = "The forum brought together ministers from 20 countries."
    >>> _told_international(text, Sentence(0, len(text), text, 0), 4)
    True
    """
    if _INTERNATIONAL_BEFORE.search(body, max(sentence.start, t0 - 40), t0):
        return True
    text = sentence.text
    return ("countries" in text or "nations" in text or "states" in text) and bool(
        _FROM_MANY.search(body, sentence.start, sentence.end)
    )


def _said_then(body: str, lo: int, t0: int) -> bool:
    """Whether a verb of speech stands between ``lo`` and a trigger at ``t0``.

    >>> _said_then("On Monday, he said the two will meet.", 0, 30)
    True
    """
    return _SAID.search(body, lo, t0) is not None


# A short topic (and place) between the talks and their day: " on regional security in
# Baku on " (no verb, clause break, figure or other event: "on the vote due on May 21").
_TOPIC_THEN_TIME = re.compile(
    r"""\s*(?:on|about|regarding|concerning|to\s+discuss)\s+
    (?:(?!(?:since|until|till|by|from|before|after|due|to|which|that|who|whose|when|where
      |elections?|votes?|polls?|referendums?|deadline|anniversary|holidays?|day|week|month
      |is|are|was|were|will|be|been|set|[a-z]+ed)\b)[A-Za-z][\w’'-]*\s+){1,8}?
    (?:on|in)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+)?""",
    re.VERBOSE,
)
# The time a session to come is due by, right after its clause (and the body's field and the
# place): "before the end of the year", "on economic cooperation in P before the end of the year";
# or a part of a year ("in P in the second half of the year", "in the fourth quarter of 2025"):
# the year is all the date a session's half or quarter tells.
_BEFORE_YEAR_END = re.compile(
    r"""\s*(?:on\s+(?:[a-z][\w,-]*\s+){1,8}?(?=in\s))?
    # (from the meeting word: "of the joint commission in P in the first half of the year")
    (?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:commission|committee|council)\s+)?
    # (its plan's participle or verb: ", scheduled for", "will meet again in P")
    (?:,?\s*(?:to\s+be\s+held|(?:scheduled|planned|slated)\s+for)\s+
    |(?:will|would|is\s+to|are\s+to|to|is\s+(?:due|set|scheduled|expected)\s+to)\s+(?:be\s+held
      |take\s+place|(?:meet|convene|reconvene|open|resume)(?:\s+again)?)\s+)?
    (?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?
    (?:before\s+the\s+end\s+of\s+(?:the|this)\s+year
    |(?:in\s+)?the\s+(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+
      (?:(?:the|this)\s+year|(?P<year>(?:19|20)\d\d)))\b""",
    re.VERBOSE,
)


def _session_year(body: str, at: int, published: dt.date | None) -> int | None:
    """The year a session to come is due in, told right after its clause, or None.

    >>> import datetime as dt
    >>> _session_year(" in Riga in the second half of 2017.", 0, None)
    2017
    >>> _session_year(" in Riga before the end of the year.", 0, dt.date(2024, 3, 1))
    2024
    """
    told = _BEFORE_YEAR_END.match(body, at)
    if told is None:
        return None
    if told.group("year"):
        return int(told.group("year"))
    return published.year if published is not None else None


# A noun of a session or of the body holding it, within a meeting's words.
_SESSION_NOUN = re.compile(
    r"(?i:commission|committee|council|session|meeting|dialogue|round|consultations)"
)
# A body that meets in sessions, at the end of a meeting's words: "the next meeting of the
# intergovernmental commission", "the joint committee".
_BODY_SESSION = re.compile(r"(?i:commission|committee|council)\Z")
# A session's name running on after the meeting word, then its own predicate: "the 5th meeting
# of the A-B Commission (on Economic Cooperation) took place in P today"; its fields may be
# listed with commas ("on Trade, Economic and Technical Cooperation").
_NAME_THEN_PREDICATE = re.compile(
    r"""(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+(?:(?:and|of|the|for|on)\s+)*
    [A-Z][\w'’-]*){0,6})?
    (?:\s+(?:took\s+place|was\s+held|opened|is\s+being\s+held|is\s+taking\s+place
    |(?:will|is\s+to|is\s+(?:due|set|scheduled|expected)\s+to)\s+(?:be\s+held|take\s+place))
    # or in a clause of its own: ", to be held in P in May", ", which will take place in P"
    |,\s+(?:to\s+be\s+held|which\s+(?:will|is\s+(?:due|set|scheduled|expected)\s+to)
    \s+(?:be\s+held|take\s+place)))\b""",
    re.VERBOSE,
)
# The verb a body's session is told by, right after its name: "(the Council) will meet".
_BODY_MEETS = re.compile(
    r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to"
    r"|are\s+set\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+)?(?:meet|convene)\b"
)
# A verb of its own between the meeting word and the topic: the topic is that verb's.
_VERB_BEFORE_TOPIC = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|is|are|will|would|has|have|had|drew|draws?|rests?|built|made"
    r"|took|gave|said|says|came|went)\b"
)


def _opening_match(
    body: str, sentence: Sentence, dateline_end: int, t0: int
) -> re.Match[str] | None:
    """The opening event of a sentence ("After talks with A, "), if it opens with one."""
    start = sentence.start
    if start < 80:
        start = max(start, dateline_end, agency_dateline_end(body))
    if start > t0 or body[start : start + 1].lower() not in " abfhmst":
        return None
    return _EVENT_OPENING.match(body, start)


def _after_who_clause(body: str, anchor: int, t0: int) -> bool:
    """Whether the event at ``anchor`` is told in a relative clause that ends before ``t0``."""
    lo = max(body.rfind(head, 0, anchor) for head in _ASIDE_HEADS)
    if lo < 0:
        return False
    clause = _WHO_EVENT.match(body, lo)
    return clause is not None and clause.end() <= t0


def _linked_after(body: str, anchor: int, t0: int, t1: int) -> bool:
    """Whether a chain link joins the event at ``anchor`` to the trigger's, another event."""
    return any(
        link.start(link.lastgroup or 0) <= t0 for link in _CHAIN_LINK.finditer(body, anchor, t1)
    )


def _noun_link(body: str, lo: int, t0: int, t1: int) -> re.Match[str] | None:
    """The link naming the trigger's event after another's ("..., after talks with A")."""
    if ", " not in body[lo:t0]:
        return None
    link = None
    for found in _CHAIN_LINK.finditer(body, lo, t1 + 1):
        # (the trigger may be the word right after a gerund: ", after holding talks with A")
        if found["noun"] is not None and found.start("noun") <= t0 <= found.end() + 1:
            link = found
    return link


def _event_opening(body: str, sentence: Sentence, dateline_end: int, t0: int) -> int | None:
    """Where the main clause starts after an opening event ("After talks with A, X met B")."""
    opening = _opening_match(body, sentence, dateline_end, t0)
    return opening.end() if opening is not None else None


# An official named by title and state heading a sentence: "The Foreign Minister of A", "A's
# Prime Minister" (before the sentence's first verb).
_TITLED_HEAD = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?"
    r"(?=\s*(?:held|had|met|spoke|received|hosted|visited|attended|will|is|was|agreed)\b)"
)


# An event told again by a determiner ("looks forward to this important visit"): its sides are
# those of the mention before, not the pronoun's.
_THIS_EVENT = re.compile(r"\b(?:this|that|the)\s+(?:[a-z]+\s+){0,2}\Z")
# The release's own official named by office alone as a sentence's subject: "The Vice President
# spoke", "Today, the Secretary met" (not "The President of A", not "President X": a name).
_OWN_OFFICE_OPENS = re.compile(
    r"""\s*(?:[A-Z][^,.;:]{0,40},\s+)?[Tt]he\s+(?:Vice\s+)?(?:President|Secretary|Prime\s+Minister
    |Foreign\s+Minister|Minister)\s+(?:also\s+|today\s+)?[a-z]+(?<!of)\s""",
    re.VERBOSE,
)


def _held_abroad(people: Sequence[PersonMention], title: str, home: str | None, t0: int) -> bool:
    """Whether an official of another state than ``home`` holds ``title`` before ``t0``."""
    key = " ".join(title.split()).casefold()
    return any(
        p.start < t0
        and p.country not in (None, home)
        and p.role is not None
        and p.role.casefold() == key
        for p in people
    )


def _own_office_before(body: str, start: int) -> bool:
    """Whether the sentence before ``start`` opens on an official named by office alone.

    >>> _own_office_before("The President spoke with Y of B. He recalled", 33)
    True
    >>> _own_office_before("President X spoke with Y of B. He recalled", 31)
    False
    """
    opening = max(body.rfind(". ", 0, max(0, start - 2)), body.rfind("\n", 0, start)) + 1
    return _OWN_OFFICE_OPENS.match(body, opening, start) is not None


def _unnamed_subject(body: str, start: int) -> set[str]:
    """The state of the official heading the sentence before ``start``, if one is titled so."""
    opening = max(body.rfind(". ", 0, max(0, start - 2)), body.rfind("\n", 0, start)) + 1
    if opening < 80:
        opening = max(opening, agency_dateline_end(body))  # "BAKU, May 15 (Reuters) - The"
    while opening < start and body[opening] in " \n":
        opening += 1
    head = _TITLED_HEAD.match(body, opening, start)
    if head is None:
        return set()
    return state_codes(head.group())


# A body told by a common noun, as the subject or owner of its gathering: "the cartel",
# "the bloc's", "the organisation", "the alliance", "the group's ministers".
_COMMON_BODY = re.compile(
    r"\b[Tt]he\s+(?:cartel|bloc|organi[sz]ation|alliance|group(?!\s+of\b))(?:['’]s)?\b"
)


def _in_firm_name(body: str, person: PersonMention) -> bool:
    """Whether a person's name is a word of a firm's own name, read as a name by mistake.

    >>> text = "the Vice Chairman of the Peru Chamber of Commerce"
    >>> _in_firm_name(text, PersonMention("Chamber", "Vice Chairman", None, 4, 37, text[4:37]))
    True
    """
    at = body.find(person.name, person.start, person.end)
    return at >= 0 and _FIRM_WORD.match(body, at) is not None


def _non_state_after(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """``NON_STATE_AFTER.match(body, lo, hi)``, asked only where one of its words stands.

    Most clauses hold none of them, and a substring test costs far less than the pattern's
    lazy runs tried at every character of the clause (:func:`may_match`).
    """
    if not may_match(NON_STATE_AFTER, body, lo, hi):
        return None
    return NON_STATE_AFTER.match(body, lo, hi)


def _non_state_before(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """``NON_STATE_BEFORE.search(body, lo, hi)``, asked only where one of its words stands."""
    if not may_match(NON_STATE_BEFORE, body, lo, hi):
        return None
    return NON_STATE_BEFORE.search(body, lo, hi)


_ORGANISED_BY = re.compile(r"\borgani[sz]ed\s+by\b")
# A body's name right before its members' trade: "the X Group of (14 agricultural) exporters"
# tells what its states sell, so those exporters are the body's states, not firms.
_TRADERS_OF_BODY = re.compile(
    r"""\b[A-Z][\w'’-]*\s+(?:Group|Community|Organi[sz]ation|Association|Alliance|Council|Union
    |Pact|Forum)\s+of\s+
    (?:\d+\s+)?(?:[a-z-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A trip's word that names who travels: "a trade mission", "a buying delegation".
_MISSION_WORD = re.compile(r"\b(?:mission|delegation)\b")
# The trip's destination right after who travels: "(of 100 firms) to P", ", led by X, to P".
_TO_A_PLACE = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:to|for)\s+(?:the\s+)?[A-Z]")
# An official leading the mission, told after it: "led by a deputy trade minister".
_LED_BY_OFFICIAL = re.compile(
    r"""\b(?:led|headed)\s+by\s+(?:[\w.'’-]+\s+){0,4}?(?:[Mm]inister|[Pp]resident|[Ss]ecretary
    |[Pp]remier|[Gg]overnor|[Cc]hancellor)\b""",
    re.VERBOSE,
)
# States joined by dashes just before a gathering word: "the Uzbek-Omani business forum".
_STATES_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w’']+[-–]){1,3}[A-Z][\w’']+\s+(?:[a-z]+\s+)?\Z")


def _named_for_states(body: str, t0: int) -> bool:
    """Whether the gathering at ``t0`` is named for two or more states joined by dashes."""
    pair = _STATES_JOINED_BEFORE.search(body, max(0, t0 - 60), t0)
    if pair is None:
        return False
    codes = state_codes(pair.group())
    return len(codes) >= 2


# The body a round sits under, as its facilitator: "under the auspices of the UN".
_UNDER_AUSPICES = re.compile(r"\bunder\s+(?:the\s+)?auspices\s+of\b")
# Two sides of talks told before it: "between A and B", "their Dialogue", "the A-B commission".
_TWO_SIDES_TOLD = re.compile(r"\bbetween\b|\btheir\b|\b[A-Z][\w.]*[-–][A-Z]")


def _unless_auspices(
    body: str,
    bounds: tuple[int, int, int, int],
    organization: str,
    mentions: Sequence[CountryMention],
) -> str | None:
    """The talks' body, unless it is named only as the one they sit under ("under the auspices").

    "The third round of talks between A and B was held in Geneva under the auspices of the
    UN": the UN eases talks between two sides; they are no session of its own, and it is no
    side (a body named before that, "the EU-A talks under the auspices of ...", stays theirs).
    """
    lo, t0, t1, hi = bounds
    under = _UNDER_AUSPICES.search(body, t1, hi)
    if under is None or _TWO_SIDES_TOLD.search(body, max(lo, t0 - 60), under.start()) is None:
        return organization
    if find_organization(body, lo, under.start(), t0, mentions) is not None:
        return organization
    return None


# A round of a series of talks: "the third round of talks", "the next round of the A-B
# Dialogue", "a new round of negotiations".
_ROUND_OF = re.compile(r"\bround\s+of\b")
# Sides a round names by reference: "between the two sides", "of their Strategic Dialogue".
_ROUND_OF_A_PAIR = re.compile(
    r"\bround\s+of\s+(?:their\b|[\w\s-]{0,60}?\bbetween\s+the\s+two\s+(?:sides|countries)\b)"
)


def _venue_of_a_round(
    body: str,
    where: tuple[int, int, int],
    kind: MeetingKind,
    sides: tuple[set[str], str | None],
    location: Place,
) -> bool:
    """Whether a round between two sides is held in a third state's city, its venue only.

    "The third round of talks between A and B was held in Geneva", "a round between the EU
    and A in Vienna", "the next round of their Dialogue in Oslo": the city's state is where
    the round sits, not a side (a host clause that says it hosts is read apart).
    """
    start, t0, t1 = where
    countries, organization = sides
    if kind is not MEETING or location.country is None:
        return False
    others = len(countries - {location.country.alpha_3}) + (organization is not None)
    lo, hi = max(start, t0 - 60), t1 + 60
    if others >= 2:
        return _ROUND_OF.search(body, lo, hi) is not None
    return others == 0 and _ROUND_OF_A_PAIR.search(body, lo, hi) is not None


# A role of the state of a meeting's place beyond being its venue: it hosts, invites, receives
# or mediates the talks (or the talks are a gathering attended there).
_HOST_ROLE = re.compile(
    r"\b(?:(?:co-?)?host(?:s|ed|ing)?|invit(?:ation|ed|es)|receiv(?:ed|es)|welcom(?:ed|es)"
    r"|mediat(?:ion|ed|es|ing|or)|auspices|brokered|attend(?:s|ed|ing)?)\b"
)
# A place's preposition right before a name: "in Switzerland" tells where, not who.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at)\s+\Z")


def _third_state_venue(
    body: str,
    sentence: Sentence,
    kind: MeetingKind,
    sides: tuple[set[str], str | None],
    location: Place,
    *,
    told_apart: int | None = None,
) -> bool:
    """Whether two sides or more meet in a third state's city or state, its venue only.

    "A's minister met B's minister in Geneva", "the ministers of A, B and C met in Austria":
    the place's state is where they met, not a side, unless the sentence tells it hosts,
    invites, receives or mediates them, or tells a gathering attended there (spec section 2:
    a host takes part when it hosts). The words of a teller before talks he tells of
    (``told_apart`` their start: "X welcomed the talks between A and B in Geneva") tell
    his stance, no host's role.
    """
    countries, organization = sides
    if kind is not MEETING or organization is not None or location.country is None:
        return False
    if len(countries - {location.country.alpha_3}) < 2:
        return False
    # a teller's welcome is no host's: "X welcomed the talks between A and B in Geneva"
    lo = sentence.start if told_apart is None else max(sentence.start, told_apart)
    return _HOST_ROLE.search(body, lo, sentence.end) is None


def _placed_after(
    body: str, span: tuple[int, int], location: Place, mentions: Sequence[CountryMention]
) -> bool:
    """Whether the event's place is told as "in/at <city or state>" after its trigger.

    >>> text = "A met B in Geneva."
    >>> _placed_after(text, (2, len(text)), Place(city="Geneva", country="CHE"), [])
    True
    >>> text = "Leaders in Gaza, and talks with C."
    >>> _placed_after(text, (22, len(text)), Place(city="Gaza", country="PSE"), [])
    False
    """
    t0, end = span
    code = location.country.alpha_3 if location.country is not None else None
    spots = [m.start for m in mentions if m.code == code and t0 <= m.start < end]
    if location.city:
        at = body.find(location.city, t0, end)
        spots += [at] if at >= 0 else []
    return any(_PLACE_WORD_BEFORE.search(body, max(t0, at - 4), at) for at in spots)


# A head of state or government named by the title alone as the subject of a story's lead,
# and the words up to the event's trigger: "The President left for", "At the invitation of
# his counterpart, the Prime Minister paid a visit to" (no name, no "of", no clause break).
_BARE_HEAD = re.compile(
    r"(?:\s*|.*,\s+)[Tt]he\s+(?P<title>President|Prime\s+Minister|Emir|King)\s+(?![A-Z]|of\b)"
    r"[^.,;:]*\Z"
)


def _bare_head_state(
    article: Article, sentence: Sentence, t0: int, home: str | None, dateline_end: int
) -> str | None:
    """The state of a head named by the title alone leading the story, if the page tells it.

    "BAKU, May 15 (X) - The President left for Ankara": the outlet's state, else the state
    of the capital of the dateline; under a headline "Kyrgyz President steps up diplomacy",
    "The President paid a visit to Islamabad": the state the headline gives that title.
    """
    body = article.body
    lead = max(dateline_end, agency_dateline_end(body))
    if body[lead : sentence.start].strip():
        return None  # not the story's first sentence
    head = _BARE_HEAD.match(body, lead, t0)
    if head is None:
        return None
    if lead > 0:
        dateline = read_dateline(body)[1]
        return home or (dateline[1] if dateline is not None else None)
    title = " ".join(head["title"].split())
    headline = article.title or ""
    for mention in extract_country_mentions(headline):
        if mention.kind != "group" and headline[mention.end :].lstrip().startswith(title):
            return mention.code
    return None


# An official named by a bare title ("the President", "the Vice President", "the Secretary"),
# no name and no state after it, then the verb of taking part in or hosting a gathering.
_BARE_TITLE = r"""\b[Tt]he\s+(?P<title>(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Premier
    |Chancellor|Secretary|Minister|Foreign\s+Minister))(?!\s+(?:of\b|[A-Z]))"""
_TAKING_PART = r"""(?:(?:will|would|is\s+to|also|then|later|has|had|to|personally|again|first)\s+)*
    (?:attend(?:ed|s)?|(?:co-?)?host(?:ed|s)?|(?:co-?)?chair(?:ed|s)?|convene[sd]?
    |participate[sd]?\s+in|take[sn]?\s+part|took\s+part|address(?:ed|es)?
    |travel(?:l?ed|s)?\s+to\s+[A-Z][^.;]{0,40}?\s+to\s+(?:attend|take\s+part\s+in|address))\b"""
# ... before the gathering's name: "The President will also attend the X Summit in P".
_BARE_TITLE_BEFORE = re.compile(
    rf"{_BARE_TITLE}\s+{_TAKING_PART}(?:(?!\b(?:and|but)\s+(?:will|would|then)\b)[^.;]){{0,80}}\Z",
    re.VERBOSE,
)
# ... in a relative clause after it: "the summit (that) the President hosted at P".
_BARE_TITLE_AFTER = re.compile(
    rf"[^.;,]{{0,40}}?(?:,?\s+(?:(?:in|at|to)\s+)?(?:which|that)\s+|\s+(?=[Tt]he\s)){_BARE_TITLE}\s+{_TAKING_PART}",
    re.VERBOSE,
)


def _bare_title_takes_part(
    body: str,
    sentence: Sentence,
    trigger: tuple[int, int],
    people: Sequence[PersonMention],
    home: str,
) -> bool:
    """Whether an official named by a bare title attends or hosts the gathering at ``trigger``.

    In an outlet's own story "the President" is its state's ("The President will attend the
    summit", "the summit the President hosted"), unless the story has just named another
    state's holder of that title: "Fiji's President X opened the forum. The President said".
    """
    t0, t1 = trigger
    found = _BARE_TITLE_BEFORE.search(body, sentence.start, t0) or _BARE_TITLE_AFTER.match(
        body, name_end(body, t1), sentence.end
    )
    if found is None:
        return False
    # the last holder of the title named before it, in its sentence or the one before
    title = " ".join(found["title"].split()).casefold()
    holders = [
        p
        for p in people
        if p.start < found.start("title") and p.role is not None and p.role.casefold() == title
    ]
    near = body.rfind(". ", 0, max(0, sentence.start - 2))
    last = holders[-1] if holders else None
    return last is None or last.start <= near or last.country in (None, home)


@functools.cache
def _outlet_asking() -> re.Pattern[str]:
    """A news outlet as the subject just before "spoke with": "Azernews", "our correspondent".

    An outlet that speaks with an official interviews him (a page's Q and A opens so): the
    agencies the gazetteer credits by name, a site named by its web address ("News.az"), or
    the paper's own people ("our correspondent", "this newspaper").
    """
    agencies = "|".join(
        re.escape(name)
        for name in sorted(meeting_words().get("attribution_home", {}), key=len, reverse=True)
    )
    return re.compile(
        rf"""(?:\b(?:{agencies})|(?<![\w.])[A-Z][A-Za-z]+\.[A-Za-z]{{2}}
        |\b(?:[Oo]ur|[Tt]his|[Tt]he)\s+(?:correspondent|reporter|newspaper|news\s+agency|agency
        |website|portal|editorial\s+(?:office|team)))\s+(?:also\s+|recently\s+)?\Z""",
        re.VERBOSE,
    )


def _candidate(
    article: Article,
    sentence: Sentence,
    trigger: tuple[str, MeetingKind, int, int],
    *,
    people: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
    dates: dict[tuple[int, Tense], list[DateMention]],
    dateline_end: int,
    dateline_city: tuple[str, str] | None,
    home: str | None,
    hits: Sequence[int],
) -> Candidate | None:
    """Read the clause around one trigger (rule, kind, body offsets) into a candidate."""
    rule, kind, t0, t1 = trigger
    body = article.body
    if rule == "meeting.spoke_with" and _outlet_asking().search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return None  # "Azernews spoke with the Ambassador": an outlet's interview is no meeting
    lo, hi = list_item(body, clause_bounds(sentence, t0, t1), (t0, t1), hits)
    opening_subject: set[str] = set()
    opening_people: list[PersonMention] = []
    status_hi = sentence.end
    opened = _opening_match(body, sentence, dateline_end, t0)
    main_at = opened.end() if opened is not None else None
    if opened is not None and main_at is not None and t0 < main_at:
        # the opening event: its words end at the comma; the main clause's subject is its
        hi = min(hi, main_at - 2)
        status_hi = hi
        verb = _CHAIN_VERB.search(body, main_at, sentence.end)
        if verb is None and (opened["bare"] is not None or " between " not in opened.group()):
            # "Meeting in P, the ministers of A and B discussed ...", "After talks with A, X
            # said ...": with no event verb after it, the subject up to its main verb (not
            # after "the meeting between A and B", whose sides are told)
            verb = _MAIN_VERB.search(body, main_at, sentence.end)
        subject_hi = verb.start() if verb is not None else main_at
        opening_subject = {
            m.code for m in mentions if main_at <= m.start < subject_hi and m.kind != "group"
        }
        opening_people = [p for p in people if main_at <= p.start < subject_hi]
    elif main_at is not None:
        lo = max(lo, main_at)  # the main clause: the opening event's words are not its
    inside_who = (
        next(
            (w for w in _WHO_EVENT.finditer(body, sentence.start, hi) if w.start() < t0 < w.end()),
            None,
        )
        if _aside_in(body[sentence.start : t0])
        else None
    )
    if inside_who is not None:
        # "X, who met A last week, will visit B": the relative clause's words and tense are
        # its event's alone
        hi = min(hi, inside_who.end() - 2)
        status_hi = min(status_hi, hi)
    between = _BETWEEN_AFTER.match(body[t1 : t1 + 40])
    told_lo = lo  # where a teller of the talks may stand ("X welcomed the talks between")
    times_lo = None  # where the clause's times start, when its sides start later
    if between is not None and any(
        t1 + between.end() <= at < hi
        for at in itertools.chain((m.start for m in mentions), (p.start for p in people))
    ):
        # "the phone call between X and Y": the sides follow (but "A and B spoke in a call
        # between the ministers" names them before); a time before it is still the clause's
        # ("The figures were reviewed on May 4 at a meeting between X and Y")
        times_lo = lo
        lo = t0
    # "agreed to a proposal for talks", "named a date for the opening of membership talks": talks
    # a decision makes sure, still to come (not a hedge)
    lo_decided = max(sentence.start, t0 - 100)
    decided = (
        may_match(_DECIDED_TALKS, body, lo_decided, t0)
        and _DECIDED_TALKS.search(body, lo_decided, t0) is not None
    )
    if no_event(body, sentence, trigger, mentions, decided=decided):
        return None
    # A gathering a recalling phrase governs ("building on the commitments made at the X
    # Summit in P") has its place, body, people and title in its own words, from the phrase
    # on; the sentence's other event has them in its words beside that phrase's clause.
    recalling = _recalling(body, sentence, t0, t1)
    words_span = (
        _recalled_words(body, (sentence.start, t1, hi, sentence.end), recalling, hits)
        if recalling is not None
        else _words_beside_recalled(body, (sentence.start, lo, t0, t1, hi, sentence.end), hits)
    )
    beside = words_span is not None  # (a recalled gathering's words, or beside one)
    words_lo, words_hi = words_span if words_span is not None else (lo, hi)
    # Sides stop where a new clause starts: "meeting, the reported American proposal".
    new_clause = clause_after(body, t1, hi)  # (not a comma inside a topic list)
    if _OPENING.match(body, sentence.start, t0):
        new_clause = None  # "In a phone call on Monday, the ministers of A and B ...": main clause
    sides_hi = new_clause.start() if new_clause else hi
    goal_hi = hi  # where a gathering the event prepares for starts, told after it
    if holds_any(body, t1, sides_hi, _GOAL_WORDS):
        goal = _GOAL_AFTER.match(body, t1, sides_hi)
        if goal is not None:
            # "meet in S to prepare for the summit in M", "will visit B, in the run-up to the
            # X summit in M": M's states and body are the summit's, none of the event's
            sides_hi = goal_hi = goal.start("goal")
    outcome = (
        _OUTCOME_AFTER.match(body, t1, sides_hi)
        if holds_any(body, t1, sides_hi, _OUTCOME_WORDS)  # a cheap test first
        else None
    )
    if outcome is not None:
        sides_hi = outcome.start("verb")  # "the meeting (of A and B) produced little for C"
    if kind is not CONFERENCE and " and " in body[t1:sides_hi]:
        joined = _AND_EVENT.search(body, t1, sides_hi)
        if joined is not None:
            sides_hi = joined.start()  # "a bilateral meeting with X and the A-B-C summit"
    if kind in (MEETING, CALL) and " of " in body[t1:sides_hi]:
        gathering = _AT_GATHERING_OF.search(body, t1, sides_hi)
        if gathering is not None and not _WITH_OR_BETWEEN.search(body, gathering.end(), sides_hi):
            sides_hi = gathering.start()  # "met X during the summit of A, B and C": the summit's
    if "before " in body[t1:sides_hi] or "after " in body[t1:sides_hi]:
        going = _GOING_AFTER.search(body, t1, sides_hi)
        if going is not None:
            sides_hi = going.start()  # "held talks in R with B before flying to P": P's leg
    if _ONGOING_TRIP.match(body, sentence.start, t0):
        comma = body.find(",", t1, sides_hi)
        if comma >= 0:
            sides_hi = comma  # "Continuing his Asian tour, X is set to visit Y": Y is the visit's
    if "," in body[max(sentence.start, t0 - 40) : t0] and (
        _PARENTHETICAL.search(body, max(sentence.start, t0 - 40), t0)
        or (body.startswith(", ", t0 - 2) and _OPENS_IN.match(body, t0))  # ", in a call with"
    ):
        comma = body.find(",", t1, sides_hi)
        if comma >= 0:
            sides_hi = comma  # "X, in a phone call with Y, warned of A and B": Y is the call's
    if body[t0 - 2 : t0] == ", " and body[t0:t1] in ("visiting", "touring"):
        comma = body.find(",", t1, sides_hi)
        if comma >= 0:
            sides_hi = comma  # "X, visiting P, noted sanctions on A and B": P is the visit's
    if "said " in body[lo:t0] or "says " in body[lo:t0]:
        quote = _SAID_BY.search(body, lo, t1)
        if quote is not None and quote.end() <= t0:
            lo = quote.start()  # "A is the threat, said X in a call with Y": A is the quote's
    goal_at = sentence.start  # where the story before the gathering's own words ends
    if (
        kind in (CONFERENCE, MEETING)
        and holds_any(body, lo, t0, _GOAL_WORDS)
        # "ahead of talks with B's minister": talks of the first meeting's own side
        and _WITH_NEXT.match(body, t1) is None
    ):
        goal = _GOAL_GATHERING.search(body, lo, t0) or (
            _BEFORE_GATHERING.search(body, lo, t0)
            if _GATHERING_NOUN.match(body, t0) and _TRIP_WORD.search(body, lo, t0)
            else None
        )
        before_goal = bisect.bisect_left(hits, goal.start()) - 1 if goal is not None else -1
        if (
            goal is not None
            and before_goal >= 0
            and hits[before_goal] >= lo
            and _OWN_PLACE.search(body, hits[before_goal], goal.start()) is not None
        ):
            # a first meeting with a place of its own: its states and people are not the
            # goal's, nor is the source told after a comma ("..., A's minister said"); a call
            # "to prepare for the summit" has none, and its sides are the summit's guests
            lo = goal_at = goal.start()
            comma = body.find(",", t1, sides_hi)
            if comma >= 0:
                sides_hi = comma
    said = SPEECH_CONTENT.search(body, lo, t0) or (
        TOPIC_BEFORE.search(body, lo, t0) if body.find("discuss", lo, t0) >= 0 else None
    )
    if said is None and holds_any(body, lo, t0, _BRIEFED_WORDS):
        said = BRIEFED.search(body, lo, t0)  # "briefed Trump on his talks": not a side
    gap = (said.start(said.lastindex or 0), said.end(said.lastindex or 0)) if said else (t0, t0)
    chain = _verb_chain(body, lo, (t0, t1), sides_hi)
    link_after = _CHAIN_LINK.search(body, t1, status_hi) if "," in body[t1:status_hi] else None
    if link_after is not None:
        # "X met A on Monday, and will visit B": the tense after the link is B's visit's
        status_hi = link_after.start()
    if chain is not None:
        # "X met A, held talks with B and spoke with C": A is the first verb's alone
        sides_hi = chain[2]
        if said is None:
            gap = (chain[0], chain[1])
    if (
        chain is not None
        and kind in (MEETING, CALL)
        and gap == (chain[0], chain[1])
        and chain[0] < chain[1]
        and not any(t1 <= m.start < sides_hi and m.kind != "group" for m in mentions)
        and not any(t1 <= p.start < sides_hi and p.country for p in people)
    ):
        # "X will be received by A's president and will also meet the foreign minister": no
        # state of its own after the trigger, so the side told before is its partner too
        gap = (t0, t0)
    who_event = _WHO_EVENT.search(body, lo, t0) if _aside_in(body[lo:t0]) else None
    if who_event is None and "arrived" in body[lo:t0]:
        # "X, who arrived in P last night, held talks with Y", "X arrived in P last night and
        # held talks with Y": the arrival's words are its own
        who_event = _WHO_ARRIVED.search(body, lo, t0) or ARRIVED_AND.search(body, lo, t0)
    if who_event is not None and said is None and (chain is None or chain[0] == chain[1]):
        gap = (who_event.start(), who_event.end())  # "X, who met A, will visit B": A is not B's
    told_apart = (
        _teller_apart(body, min(lo, told_lo), (t0, t1, sides_hi), mentions, between is not None)
        if kind in (MEETING, CALL)
        else None
    )
    if told_apart is not None:
        lo = max(lo, told_apart)  # "X of C noted that A and B held talks": the teller is no side
    local = [
        m
        for m in mentions
        if lo <= m.start < sides_hi
        and not gap[0] <= m.start < gap[1]
        and not NAMED_ROUND.match(body, m.end)
        and not names_a_pact(body, m)  # "the Lima accord" names no side
        and not a_people(body, m)  # "Syrians fleeing the war": a people, not a side
        # "Afghanistan's neighbouring countries"
        and not ("neighbo" in body[m.end : m.end + 12] and _NEIGHBOURS.match(body, m.end))
        # "President Joao Lima": a capital's name as an official's surname names no side
        and not (
            m.kind == "capital"
            and any(p.start <= m.start < p.end and m.text in p.name for p in people)
        )
        and not (
            "for " in body[m.start - 8 : m.start]
            and PORTFOLIO.search(body, max(lo, m.start - 40), m.start)
        )
    ]
    tail = sentence.text[-60:]
    source = (
        _SOURCE_TAIL.search(body, t1, sentence.end) if "said" in tail or "told" in tail else None
    )
    # ", Kremlin aide X told reporters.": the story's source, no participant
    who_hi = sides_hi if source is None else min(sides_hi, source.start())
    who = list(
        {
            p.name: p
            for p in [*opening_people, *people]
            if (lo <= p.start < who_hi and not gap[0] <= p.start < gap[1]) or p in opening_people
        }.values()
    )
    pronoun_subject: set[str] = set()
    # the holder a title names as acting at a gathering named just before its word ("the Vice
    # President attended the ASEAN-U.S. Summit"): listed, yet no side that makes it an event
    at_gathering: PersonMention | None = None
    pronoun_head = body[sentence.start : t0][-60:].lstrip()
    if told_apart is not None:
        pass  # "He noted that A and B held talks": the official told before is no side
    elif (
        kind in (MEETING, CALL)
        and between is None  # "The minister recalled the meeting between X and Y": theirs
        and not any(p.start < t0 for p in who)
        and (teller := _teller_told_before(body, sentence.start, t0, people)) is not None
    ):
        # "The minister said talks with the GCC were held": the official told before, whose
        # own talks these are, is a side (his state too)
        if all(p.name != teller.name for p in who):
            who.insert(0, teller)
    elif (
        kind is VISIT
        and not who
        and (office_opening := _OFFICE_OPENS.fullmatch(body, sentence.start, t0)) is not None
        and (holder := _office_holder(people, sentence.start, office_opening["office"])) is not None
    ):
        # "X, A's trade minister, spoke on Monday. The trade minister is expected in P": the
        # holder of that office named last is the traveller (his state is the visit's side)
        who.insert(0, holder)
    elif _PRONOUN_NEAR_VERB.search(pronoun_head) or _PRONOUN_ATTENDS.search(pronoun_head):
        told = _antecedent(body, people, sentence.start)
        if (
            home is not None
            and _own_office_before(body, sentence.start)
            and not _THIS_EVENT.search(pronoun_head)
        ):
            # "The Vice President met X of B. She recalled her visit to P": the pronoun keeps
            # the subject of the sentence before, the release's own official named by office
            pronoun_subject = {home}
        elif told is not None and all(p.name != told.name for p in who):
            who.insert(0, told)  # "Ana Ruiz praised the deal. She later met X": Ruiz met X
        elif told is None:
            # "The Foreign Minister of A met B. He will also visit C": the official the
            # sentence before opens with, named by title and state only
            pronoun_subject = _unnamed_subject(body, sentence.start)
    elif "ead of" in body[max(sentence.start, t0 - 60) : t0] and _HEAD_OF_STATE.search(
        body[sentence.start : t0][-60:]
    ):
        head = story_head(people, sentence.start)
        if head is not None and all(p.name != head.name for p in who):
            who.insert(0, head)  # "On the same day, the head of state also met X": the story's
    elif "he " in body[max(sentence.start, t0 - 60) : t0] and (
        titled := _TITLE_SUBJECT.search(body[sentence.start : t0][-60:])
    ):
        # "The prime minister will also call on X": the story's official of that title
        office = titled["title"].lower()
        holder = next(
            (
                p
                for p in people
                if p.start < sentence.start
                and p.country
                and p.role
                and office in p.role.lower()
                and not _DEPUTY.search(p.role)  # "Deputy Prime Minister": another office
            ),
            None,
        )
        if holder is not None and all(p.name != holder.name for p in who):
            if titled["named"]:
                at_gathering = holder
            else:
                who.insert(0, holder)
    elif "he " in body[max(sentence.start, t0 - 60) : t0] and (
        titled := _OWN_TITLE_SUBJECT.search(body[sentence.start : t0][-60:])
    ):
        # "the Deputy Secretary held talks with X": the official the story introduced with
        # that title (and his state) before, the one holder of it in the story
        office = " ".join(titled["title"].split()).casefold()
        holders = {
            (p.name, p.country)
            for p in people
            if p.start < sentence.start
            and p.country
            and p.role
            and " ".join(p.role.split()).casefold().startswith(office)
        }
        holder = next(
            (p for p in people if len(holders) == 1 and (p.name, p.country) in holders), None
        )
        if holder is not None and all(p.name != holder.name for p in who):
            if titled["named"]:
                at_gathering = holder
            else:
                who.insert(0, holder)
    elif pronoun_before_auxiliaries(body[sentence.start : t0][-80:]):
        told = _antecedent(body, people, sentence.start)  # "She is expected to join talks"
        if told is not None and told.country and all(p.name != told.name for p in who):
            who.insert(0, told)
    # "On the same day, the minister held a call with X": the story's first minister, who
    # takes part without making his state a side the clause does not name
    the_minister = (
        next(
            (
                p
                for p in people
                if p.start < sentence.start
                and p.country
                and p.role
                and "minister" in p.role.lower()
                and not _DEPUTY.search(p.role)
            ),
            None,
        )
        if "inister " in body[max(sentence.start, t0 - 60) : t0]
        and _THE_MINISTER.search(body[sentence.start : t0][-60:])
        else None
    )
    if (
        rule == "meeting.received"
        and ("summit" in body[t1 : sentence.end] or "Summit" in body[t1 : sentence.end])
        and (
            _FOR_THEIR_SUMMIT.search(body, t1, sentence.end) is not None
            or _leaders_for_summit(body, t0, sentence.end)
        )
    ):
        # "X welcomed A of B and C of D to P for the first leaders' summit among the three
        # countries": the guests come for the host's summit, whose own word gives the one event
        return None
    if rule == "meeting.went" and not went_abroad(body, (sentence.start, t0, t1), people, local):
        return None  # "the title went to a Peruvian wrestler": no official's trip
    borrowed: set[str] = set()
    if (
        kind is VISIT
        and body[sentence.start] == "T"
        and _PLURAL_SUBJECT.search(body[sentence.start : t0][-60:])
    ):
        # "A of S and B ... The two are due to visit P": a trip of the officials named just
        # before, with the states their titles give
        lo_prev = max(0, sentence.start - 400)
        last = split_sentences(body[lo_prev : sentence.start])[-1:]
        start_prev = lo_prev + last[0].start if last else sentence.start
        who_names = {p.name for p in who}
        earlier = [p for p in people if start_prev <= p.start < sentence.start]
        if len(earlier) >= 2:
            who[:0] = [p for p in earlier if p.name not in who_names]
            titles = body[max(0, earlier[0].start - 30) : earlier[-1].end]
            borrowed = state_codes(titles)
    if kind is VISIT and visit_by_others(body, t1, sentence.end):
        return None  # "a visit to P by a delegation of A's business leaders": no state went
    if kind is VISIT and visit_by_performers(body, sentence.start, t0):
        return None  # "The X Ballet will visit P": performers or a team, no official's trip
    other = _non_state_after(body, t1, sentence.end)
    if (
        other is not None
        and kind is VISIT
        and body.startswith(" of ", t1)
        and _MISSION_WORD.search(body, t0, t1) is not None
        and _TO_A_PLACE.match(body, other.end()) is not None
        and (
            any(p.start < t0 for p in who)
            or _LED_BY_OFFICIAL.search(body, other.end(), sentence.end) is not None
        )
    ):
        other = None  # "X will lead a mission of 100 firms to P": the firms travel with him
    if other is not None and for_others(body, t1, other.end()):
        other = None  # "talks allowing Chilean firms to fish": served, not a side
    if (
        other is not None
        and kind is CONFERENCE
        and _ORGANISED_BY.search(body, t1, other.end()) is not None
        and _named_for_states(body, t0)
    ):
        # "the A-B business forum, organised by the chambers of commerce": the name gives
        # its sides, whoever organised it (not "where firms will take part": its audience)
        other = None
    firms = other.start("firms") if other is not None and other["firms"] else t1
    if other is not None and not any(
        firms <= p.start < other.end() and not _in_firm_name(body, p) for p in who
    ):
        return None  # "met the Azerbaijani community", "talks with the banks": no state there
    named_after = [p for p in who if t1 <= p.start < sentence.end]
    if (
        named_after
        and all(in_business(p) for p in named_after)
        and not any(t1 <= m.start < named_after[-1].end for m in mentions)
    ):
        return None  # "met the sport's chief executive X": a firm's man, no state's side
    other = _non_state_before(body, max(lo, t0 - 90), t0)
    if other is not None and _TRADERS_OF_BODY.search(
        body, max(lo, other.start() - 60), other.start()
    ):
        other = None  # "the X Group of farm exporters will meet": a body's states by their trade
    if other is not None and kind is CONFERENCE and _named_for_states(body, t0):
        other = None  # "invited firms to take part in the A-B business forum": the states'
    if other is not None and not any(other.end() <= p.start < t0 and p.country for p in who):
        return None  # "the noteholders' representative would meet ..."
    if own_people(body, (sentence.start, t0, t1, sides_hi), who, local):
        return None  # a state's own advisers or legislators: a domestic meeting
    if kind is VISIT and not_a_state_visit(body, (lo, t0, t1, sides_hi), who, mentions):
        return None
    if kind is VISIT and a_trip_home(body, (lo, t0, t1, sides_hi), who, mentions):
        return None  # "flew back to Brasilia": the end of a trip already told
    # "building on their talks in P", "as agreed during the summit in P": P's state hosts
    # that gathering, no side of the other event told beside it (nor the reverse)
    placed_beside = {
        m.start
        for m in local
        if beside
        and m.kind == "capital"
        and not words_lo <= m.start < words_hi
        and body[max(0, m.start - 3) : m.start] == "in "
    }
    if kind is VISIT and (origin := _FROM_ORIGIN.match(body, sentence.start, t0)) is not None:
        # "From Doha, X is set to travel on to A and B": the place the trip leaves is no side
        placed_beside |= {m.start for m in local if m.start < origin.end()}
    countries = {
        m.code for m in local if m.kind != "group" and m.start not in placed_beside
    } | opening_subject
    countries |= {p.country for p in who if p.country} | borrowed | pronoun_subject
    if gap[0] < gap[1] and _GUEST_PRONOUN.match(body, t1):
        # "X, who met A's minister last month, will host him in P": the pronoun is the guest
        # the aside named, whose state is a side of the main clause's event too
        countries |= {m.code for m in mentions if gap[0] <= m.start < gap[1] and m.kind != "group"}
    if not countries and rule == "meeting.held_talks" and " on " in body[t1 : t1 + 5]:
        deal = _ON_PAIR_DEAL.match(body, t1, sentence.end)
        if deal is not None:
            # "Talks on a new A-B fisheries deal": the pair of the deal negotiate
            countries = {
                m.code
                for m in mentions
                if deal.start("pair") <= m.start < deal.end("pair") and m.kind != "group"
            }
    # "held bilateral meetings with officials from A, B and C": one event per partner
    partners: set[str] = set()
    apart: list[str] = []
    each_own = None  # "met A on May 13 and B on May 14": each partner's own day, read below
    # "met A and B separately", "In separate meetings, X met A and B": read once, used twice
    apart_lo, apart_hi = max(sentence.start, t0 - 20), min(sentence.end, t1 + STATUS_WINDOW)
    apart_words = (
        _SEPARATELY.search(body, apart_lo, apart_hi)
        if may_match(_SEPARATELY, body, apart_lo, apart_hi)
        else None
    )
    said_apart = kind in (MEETING, CALL) and bool(
        apart_words or _SEPARATE_OPENER.match(body, sentence.start, t0)
    )
    # "spoke by phone in two separate calls, one with A and the other with B": the words
    # right after the trigger name its own events, no next one
    own_words = (
        apart_words.end()
        if apart_words and _DAY_BETWEEN.fullmatch(body, t1, apart_words.start())
        else t1
    )
    # "has spoken with counterparts in A and B": a call is between two, one call each
    counterparts = kind is CALL and _CALL_COUNTERPARTS.match(body, t1) is not None
    if kind in (MEETING, CALL) and (
        _PLURAL_EVENTS.match(body, t0, t1 + 1)
        or (
            _SEPARATE_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
            and _TALKS_WORD.match(body[t0:t1])
        )
        or said_apart
        or counterparts
        or (rule in ("meeting.received", "meeting.met_with") and _envoys(body, t1, sentence.end))
        or _officials_apart(body, sentence, (t0, t1), sides_hi, who)
        or (each_own := each_its_own(body, (t1, sides_hi), local, who)) is not None
    ):
        # partners end at the next event, whose word is no part of an official's title
        # ("with the Council Secretary of A and the Head of B's Department": both partners)
        then = next(
            (
                m
                for m in TRIGGER_WORDS.finditer(body, own_words, sides_hi)
                if not any(p.start <= m.start() < p.end for p in who)
                and not body.startswith("ment", m.end())  # a "Department", no departure
            ),
            None,
        )
        end = then.start() if then else sides_hi
        partners = {
            m.code
            for m in local
            if m.kind != "group"
            and t1 <= m.start < end
            # "in the A city" (but "counterparts in A" are A's)
            and (counterparts or not _IN_PLACE.search(body, max(t1, m.start - 40), m.start))
        }
        partners |= {p.country for p in who if p.country and t1 <= p.start < end}
        partners -= {m.code for m in local if m.start < t0} | {
            p.country for p in who if p.country and p.start < t0
        }  # a side named before the trigger is no partner ("A's talks with B and A's ally")
        if (
            partners
            and not countries - partners
            and not body[t0:t1].endswith("with")
            and not _SIDES_WITH.match(body, t1)
        ):
            # "meetings between A and B": no side of its own, the states listed meet together
            # ("spoke separately with A and B", whose subject's state is unnamed: one each)
            partners = set()
        if len(partners) < 2 and (
            said_apart or _APART_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
        ):
            # "was received by A, B and C in separate meetings", all of one state: one event
            # per official named after the trigger ("bilateral talks with A and B": one)
            subject_states = {p.country for p in who if p.country and p.start < t0}
            apart = [
                p.name
                for p in who
                if t1 <= p.start < end and (p.country is None or p.country not in subject_states)
            ]
            apart = apart if len(apart) >= 2 else []
    # in a chain of events ("X met A in P, then will attend the B summit"), the other
    # events' words are theirs: their body and place are none of this one's
    own_lo = (
        chain[1]
        if chain is not None and chain[0] < chain[1] and not _PARTICIPLE.match(body, chain[1])
        else lo
    )
    if who_event is not None:
        own_lo = max(own_lo, who_event.end())
    own_hi = chain[2] if chain is not None and not _PARTICIPLE.match(body, chain[2]) else hi
    if beside:
        own_lo, own_hi = max(own_lo, words_lo), min(own_hi, words_hi)
    # (not the body a gathering it prepares for names: "held talks in P to prepare for the
    # X council"; a common noun there, "the group's summit", is still its own body's)
    organization = find_organization(body, own_lo, min(own_hi, goal_hi), t0, mentions)
    if (
        organization is None
        and kind is MEETING
        and who_event is not None
        and _ORGAN_SUBJECT.match(body, max(lo, dateline_end), t1) is not None
    ):
        # "X ministers, who last met in P, will meet here": the relative clause is its own
        # session's, but the subject before it is still this clause's body
        organization = find_organization(body, lo, who_event.start(), t0, mentions)
    if (
        organization is None
        and kind is MEETING
        and not who
        and _ORGAN_TOLD_BACK.match(body, max(lo, dateline_end), t1) is not None
    ):
        # "The ministers last met in P in December" after "X ministers will meet": a body's
        # ministers told back by the common noun alone are the crowd told before, and its
        # body's (none if that crowd names no body: "Ministers from A, B and C met")
        organization = _crowd_body(body, sentence.start)
    if (
        organization is None
        and kind is MEETING
        and "Community" in body[max(lo, t0 - 60) : t0]
        and _COMMUNITY_CROWD.search(body, max(lo, t0 - 60), t0) is not None
        and any(m.code == "EU" and m.start < sentence.start for m in body_mentions(body).mentions)
    ):
        # "Community farm ministers will meet in P" after the European Community was named:
        # the Community is the EC, whose ministers' council this is
        organization = "EU"
    if organization is not None and kind is MEETING and "auspices" in body[t1:own_hi]:
        organization = _unless_auspices(body, (own_lo, t0, t1, own_hi), organization, mentions)
    if kind is MEETING and organization is not None and organization.endswith(" format"):
        kind = CONFERENCE  # "the third round of the Astana format talks": the format's sitting
    if (
        organization is None
        and kind is not VISIT
        and _COMMON_BODY.search(body, own_lo, own_hi) is not None
    ):
        # BODY-COMMON-NOUN: "the cartel meets next week", "the bloc's summit": a body told
        # by a common noun is the body the story named last before the sentence (or before
        # the goal: "ministers of B meet in R to prepare for the group's summit")
        before = body[:goal_at]
        organization = find_organization(
            before, 0, goal_at, goal_at, extract_country_mentions(before)
        )
        if organization is not None and kind is MEETING:
            kind = CONFERENCE  # the body's own session, not talks between two
    form = _FORMAT.match(body, t1, hi) if "format" in body[t1:hi] else None
    if form is not None and organization is None and kind is not VISIT:
        # "the seventh meeting of foreign ministers in the Central Asia – Russia format": a
        # session of a format, whose name is its body's
        organization = " ".join(form["name"].split())
        kind, rule = CONFERENCE, "meeting.org_meeting"
    # The place after the trigger, up to the next meeting word (whose place it would be).
    following = next_meeting_word(body, name_end(body, t1), hi)  # not "of the X Council"
    place_hi = following.start() if following else hi
    if beside:
        place_hi = min(following.start(), words_hi) if following else words_hi
    if outcome is not None:
        place_hi = min(place_hi, sides_hi)  # "produced a shift in A": A is no place of it
    aside = aside_before_plan(body, t1, sentence.end) if ", " in body[t1 : t1 + 90] else None
    if aside is not None:
        # "the commission, last held in P in 2021, will meet in Q": P is the last sitting's
        place_hi = min(place_hi, aside.start("aside"))
    location = find_location(body, t0, place_hi, mentions, dateline_city)
    if aside is not None and location is None:
        # "the committee, dormant for two years, would reconvene in P": the verb's place after it
        stop = NEW_CLAUSE.search(body, aside.end(), sentence.end)
        aside_hi = sentence.end if stop is None else stop.start()
        location = find_location(body, aside.end(), aside_hi, mentions, dateline_city)
    place_lo = words_lo if beside else sentence.start  # (its own words, beside a recalled one)
    named = PLACE_BEFORE.search(body, max(place_lo, t0 - 40), t0)  # "the Venice summit"
    named_code = city_country(named["place"]) if named is not None else None
    if location is None and named is not None and named_code is not None:
        location = Place(city=named["place"], country=Country(named_code))
    if location is None:
        location = find_location(body, own_lo, t0, mentions, dateline_city)
    if location is None:
        hosted = _WHICH_HOSTED.search(body, t1, min(sentence.end, t1 + 120))
        code = city_country(hosted["place"]) if hosted is not None else None
        if hosted is not None and code is not None:
            location = Place(city=hosted["place"], country=Country(code))  # "which Baku hosted"
    if location is None:
        hosted = _CITY_HOSTED.search(body, max(place_lo, t0 - 80), t0)
        code = city_country(hosted["place"]) if hosted is not None else None
        if hosted is not None and code is not None:
            location = Place(city=hosted["place"], country=Country(code))  # "Baku hosted the"
    # its opening told right after it: "The forum, which opened in P on June 7, ..."
    opening_clause = (
        _OPENED_ON.match(body, t1)
        if body.startswith((",", " that "), t1)
        else _NAME_THEN_OPENED.match(body, t1, sentence.end)
        if holds_any(body, t1, t1 + 90, _OPENING_WORDS) or "in session" in body[t1 : t1 + 110]
        else None
    )
    if opening_clause is None and kind is VISIT and "who arrived" in body[t1 : t1 + 120]:
        # "during the state visit of X to P, who arrived on Monday": its first day
        opening_clause = _VISIT_THEN_ARRIVED.match(body, t1, sentence.end)
    if (
        location is None
        and opening_clause is not None
        and opening_clause["opened_in"] is not None
        # (not a bare "The summit, which opens in P": the gathering told before, whose
        # place the merge of its mentions gives it)
        and not (
            body.startswith(",", t1) and _BARE_THE.search(body, max(sentence.start, t0 - 30), t0)
        )
    ):
        # "the annual meetings of the X, which open in P next Tuesday": the city it opens in
        code = city_country(opening_clause["opened_in"])
        if code is not None:
            location = Place(city=opening_clause["opened_in"], country=Country(code))
    decided_end = (
        _decision_clause_end(body, hi, sentence.end)
        if rule in ("meeting.body_session", "meeting.group_ministers")
        else None
    )
    if location is None and decided_end is not None:
        # "The X Council put off a ruling on A's request here today": the place after the
        # decision's topic is the session's (the topic's states stay out of its sides)
        location = find_location(body, hi, decided_end, mentions, dateline_city)
    region = (
        rule == "meeting.met_with"
        and _REGION_WORDS.search(body, max(lo, t0 - 50), t1 + 60) is not None
        and bool(
            _REGION_CROWD.match(body, t1 + 4, t1 + 60)  # "a meeting of African trade ministers"
            or _REGION_CROWD.search(body, max(lo, t0 - 50), t0)  # "Arab foreign ministers met"
        )
    ) or (
        rule == "meeting.met_with" and bool(_WORLD_CROWD_MEETS.search(body, max(lo, t0 - 40), t0))
    )
    if not region and rule == "meeting.met_with" and body.startswith(" of ", t1):
        # "a meeting of the heads of state of Central Asia": the leaders of a region's states
        region = _OF_REGION.match(body, t1, hi) is not None
    if rule == "meeting.met_with" and (
        region
        or _OF_MANY.match(body, t1, hi)
        or (_MANY_WORDS.search(body, lo, t0) is not None and _MANY_MEET.search(body, lo, t0))
    ):
        kind, rule = CONFERENCE, "meeting.org_meeting"
    crowd = (
        (_CROWD_OF.match(body, t1, hi) or _CROWD_MEET.search(body, max(lo, t0 - 60), t0))
        if rule == "meeting.met_with"
        and organization is None
        and "ministers" in body[max(lo, t0 - 60) : min(hi, t1 + 60)]  # a cheap test first
        else None
    )
    if crowd is not None and _CROWD_OWNER.search(
        body, max(sentence.start, crowd.start("field") - 30), crowd.start("field")
    ):
        crowd = None  # "Peruvian trade ministers held a meeting": one state's own
    if crowd is not None:
        # "a meeting of trade ministers": a gathering of many states, among them those whose
        # minister for that portfolio the story names
        words = _FIELD_WORDS.get(crowd["field"].lower(), (crowd["field"].lower(),))
        kind, rule = CONFERENCE, "meeting.org_meeting"
        countries |= {
            p.country
            for p in people
            if p.country
            and p.role
            and _MINISTER_ROLE.search(p.role)
            and any(w in p.role.lower() for w in words)
        }
    if (
        kind is MEETING
        and organization is not None
        and _BODY_MEMBERS.search(body, max(lo, t0 - 40), min(sides_hi, t1 + 40))
        and len({p.country for p in who if p.country}) < 2
    ):
        # "EU leaders are holding talks", "Blair is meeting his EU counterparts": the body's
        # members gathering, not talks between two sides
        kind, rule = CONFERENCE, "meeting.org_meeting"
    if (
        kind is MEETING
        and organization is not None
        and rule != "meeting.commission"  # (a sitting of a commission: its own rule's)
        and _OWN_SESSION.match(body, t0) is not None
        and body_subject(body, max(lo, dateline_end), t1, mentions) == organization  # ("met")
    ):
        # BODY-AS-SUBJECT: "The X Group will meet in P", "The X Group pledged aid at the end
        # of a two-day meeting here": the body acts, so the meeting is its own session
        kind, rule = CONFERENCE, "meeting.org_meeting"
    if (
        kind is MEETING
        and organization is not None
        # (a body's own sitting told by a commission word too: "The council will hold its
        # next session in P", the body named before: no side but its venue makes it the body's)
        and not _WITH_SIDE.match(body, t1)
        and not countries - ({location.country.alpha_3} if location and location.country else set())
        and (subject := _ORGAN_SUBJECT.match(body, max(lo, dateline_end), t1)) is not None
        # (its verb the meeting's own: "had gathered here today for talks", not "ended talks
        # here, and will try again when they meet")
        and _UP_TO_TRIGGER.fullmatch(body, min(subject.end(), t0), t0) is not None
    ):
        # ORGAN-AS-SUBJECT: "The X's executive board will meet next week", "Trade ministers
        # from some 40 X members had gathered here for talks", "The council will meet again
        # in P": a body's council, board, committee or ministers meeting with no other side
        # is the body's own session
        kind, rule = CONFERENCE, "meeting.org_meeting"
    when = (
        _WHEN_SUBJECT.search(body, max(lo, t0 - 100), t0)
        or _WHEN_CROWD.search(body, max(lo, t0 - 100), t0)
        if kind is MEETING and organization is not None and rule == "meeting.met_with"
        else None
    )
    if (
        when is not None
        and not _WITH_SIDE.match(body, t1)
        and (
            (
                (subject := _ORGAN_SUBJECT.match(body, when.end(), t1)) is not None
                and _UP_TO_TRIGGER.fullmatch(body, min(subject.end(), t0), t0) is not None
                and find_organization(body, when.end(), subject.end(), t0, mentions) == organization
            )
            # (or the body itself, or its members by a crowd word, named in full: "when
            # ministers of the X Group of farm exporters meet in P")
            or body_subject(body, when.end(), t1, mentions) == organization
        )
    ):
        # "A would raise the issue when X ministers meet in P": the body's ministers as the
        # subject of a clause of time are its session too (the speaker's state acts in it)
        kind, rule = CONFERENCE, "meeting.org_meeting"
    plain = organization is None and not who and kind is MEETING
    session = body_session(body, sentence.start, t0, dateline_city) if plain else None
    if session is not None:  # "The diplomats were meeting" after "Senior EC diplomats"
        organization, location = session[0], location or session[1]
        kind, rule, countries = CONFERENCE, "meeting.org_meeting", set()
    if rule == "meeting.group_ministers":
        members = load_group_members().get(organization or "", frozenset())
        if organization is None or (not members and not _MINISTERS_OF_BODY.match(body, t0, t1)):
            return None  # "Dutch ministers agreed": no body's session
        if (
            dateline_city is None or dateline_city[1] not in members
        ) and not _GROUP_MINISTERS_SAT.search(body, t0, min(sentence.end, t1 + 200)):
            # one told from no member's city, with no word of where or when they sat, may be
            # an act far from any session ("OPEC ministers urged restraint")
            return None
        countries = set()  # "deploring A's surplus": a topic; the members come later
    if rule == "meeting.at_group":
        countries = set()  # "the announcement at the G-20 of the A-B corridor": a topic's states
    if location is not None and location.country is not None:
        # "met ... in Moscow" in 1987, or with a Soviet side: the Soviet Union's city (and
        # the city's state of today is no side, unless the sentence names it otherwise)
        modern = location.country.alpha_3
        otherwise = any(
            m.code == modern
            and m.text != location.city
            and sentence.start <= m.start < sentence.end
            for m in mentions
        )
        if not otherwise:
            location = of_its_time(location, countries - {modern}, article.published)
            if location.country is not None and location.country.alpha_3 != modern:
                countries.discard(modern)
    if location is not None and location.country is not None:
        if _venue_of_a_round(
            body, (sentence.start, t0, t1), kind, (countries, organization), location
        ):
            if not any(
                m.code == location.country.alpha_3
                and m.text != location.city
                and sentence.start <= m.start < sentence.end
                for m in mentions
            ):
                countries.discard(location.country.alpha_3)  # named by its city alone
        elif (
            _third_state_venue(
                body, sentence, kind, (countries, organization), location, told_apart=told_apart
            )
            and not any(p.country == location.country.alpha_3 for p in who)
            and _placed_after(body, (t0, sentence.end), location, mentions)
        ):
            # (an official of the place's state is a side: "X and Soviet Y meet in Washington")
            if not any(
                m.code == location.country.alpha_3
                and m.text != location.city
                and not _PLACE_WORD_BEFORE.search(body, max(sentence.start, m.start - 4), m.start)
                and sentence.start <= m.start < sentence.end
                for m in mentions
            ):
                # "A's minister met B's in Geneva", "... met in Switzerland": no host role
                countries.discard(location.country.alpha_3)
        elif (
            kind is MEETING
            and "of the" in body[t1 : sentence.end]
            and _SIDELINES_AFTER.match(body, t1, sentence.end) is not None
            and not any(p.country == location.country.alpha_3 for p in who)
            and not any(
                m.code == location.country.alpha_3
                and m.text != location.city
                and sentence.start <= m.start < sentence.end
                for m in mentions
            )
        ):
            # "met X in Paris on the sidelines of the OECD council": the place is the
            # gathering's, and a third state's venue is no side (spec section 2)
            countries.discard(location.country.alpha_3)
        else:
            countries.add(location.country.alpha_3)
    host = HOST_AFTER.match(body, t1, sentence.end) if "host" in body[t1 : t1 + 140] else None
    if host is not None:  # "the meeting of X that Peru will host": its host takes part
        told_hosts = [m for m in mentions if host.start("host") <= m.start < host.end("host")]
        if host.group("cohost"):  # "which A will co-host with B": B hosts too
            told_hosts += [
                m for m in mentions if host.start("cohost") <= m.start < host.end("cohost")
            ]
        states, group = _hosts_told(told_hosts)
        countries |= states | _guests_after(body, (host.end(), sentence.end), mentions)
        organization = organization or group
    placed_then = None
    hosted_by = (
        _HOSTED_CLAUSE.match(body, name_end(body, t1), sentence.end)
        # (a meeting's too: "the trilateral meeting he hosted in P last year", its host's own;
        # talks hosted are read by TALKS_HOSTED below)
        if (kind is CONFERENCE or (kind is MEETING and rule != "meeting.held_talks"))
        and "hosted" in body[t1 : t1 + 160]
        else None
    )
    if (
        hosted_by is None
        and (kind is CONFERENCE or (kind is MEETING and organization is not None))
        and "hosted" in body[t1 : t1 + 160]
    ):
        # "The summit was held on May 10, hosted by A", "The C5+1 meeting will be held next
        # month, hosted by A": the host told after the gathering's own verb, time and place
        held_then = _HELD_THEN.match(body, name_end(body, t1), sentence.end)
        if held_then is None and kind is CONFERENCE:
            # "attended the summit in P on May 9, hosted by A": its place and time, then the host
            held_then = placed_then = _PLACED_THEN.match(body, name_end(body, t1), sentence.end)
        if held_then is not None:
            hosted_by = _HOSTED_CLAUSE.match(body, held_then.end(), sentence.end)
    talks_host = (
        TALKS_HOSTED.match(body, t1, sentence.end)
        if hosted_by is None and rule == "meeting.held_talks" and "hosted" in body[t1 : t1 + 160]
        else None
    )
    if talks_host is not None:
        # "welcomed the talks between the parties that A hosted in P": the host's state
        # takes part, and its clause gives the place (the sides before it are the talks')
        lo_host = talks_host.start("host") if talks_host["host"] else talks_host.start("by")
        countries |= {
            m.code
            for m in mentions
            if m.kind != "group" and lo_host <= m.start < talks_host.start("rest")
        }
        if location is None:
            location = find_location(
                body, talks_host.start("rest"), talks_host.end(), mentions, None
            )
        if location is not None and location.country is not None:
            countries.add(location.country.alpha_3)
    if hosted_by is not None:  # "the summit that Egypt hosted in Cairo in December": its host
        guests = _GUESTS_AFTER_HOST.match(body, hosted_by.start("rest"), sentence.end)
        hi_host = guests.start() if guests is not None else hosted_by.end()
        told_hosts = [m for m in mentions if hosted_by.start() <= m.start < hi_host]
        states, group = _hosts_told(told_hosts)
        countries |= states | _guests_after(body, (hosted_by.start("rest"), sentence.end), mentions)
        organization = organization or group
        if location is None:
            location = find_location(body, hosted_by.start("rest"), hosted_by.end(), mentions, None)
    owner = (
        _HOSTING_OWNER.search(body, max(sentence.start, t0 - 120), t0)
        if kind is CONFERENCE and "host" in body[max(sentence.start, t0 - 120) : t0]
        else None
    )
    owners = (
        {m.code for m in mentions if m.kind == "name" and owner.start() <= m.start < owner.end("s")}
        if owner is not None
        else set()
    )
    if owner is not None and owners:
        # "welcomed A's hosting of the X summit", "thanked B for A's offer to host the forum":
        # the possessor hosts; who welcomes or thanks it, and the topic after the name, do not
        # take part (states in the name itself still do)
        countries = owners | {
            m.code for m in mentions if m.kind != "group" and owner.end() <= m.start < t1
        }
        if location is not None and location.country is not None:
            countries.add(location.country.alpha_3)
    helpers = helpers_after(body, (sentence.start, t1, sentence.end), mentions)
    if countries - helpers:
        countries -= helpers  # "..., and A stands ready to support them": A offers help
    acting = (
        _STATES_AT_IT.match(body, name_end(body, t1), sentence.end)
        if (kind is CONFERENCE or organization is not None)
        and ("which" in body[t1 : t1 + 120] or "where" in body[t1 : t1 + 120])
        else None
    )
    if acting is not None:  # "the summit, at which A and B signed": they take part
        lo_act, hi_act = acting.span("actors") if acting["actors"] else acting.span("guests")
        countries |= {m.code for m in mentions if m.kind == "name" and lo_act <= m.start < hi_act}
    if kind is VISIT and home is not None and not countries - {home} and who:
        countries.add(home)
    if kind is VISIT and len(countries) == 1 and _ARRIVES_UNPLACED.match(body, t0):
        # "Chile's envoy is due to arrive on Friday" in a story told for Peru: the
        # arrival's place left to the story, whose state hosts it
        story = story_state(article)
        if story is not None:
            countries.add(story)
    own = OWN_SIDE.search(body, max(sentence.start, t0 - 40), t0) if home is not None else None
    if own is not None and own["owner"] and _held_abroad(people, own["title"], home, t0):
        own = None  # "the Prime Minister's trip" after "Prime Minister X of B": X's trip
    if home is not None and (
        own is not None or NAMELESS_TITLE.search(body, max(sentence.start, t0 - 90), t0)
    ):
        countries.add(home)  # "The delegation met with ..." in the government's own readout
    elif (lead_state := _bare_head_state(article, sentence, t0, home, dateline_end)) is not None:
        # "BAKU, May 15 (X) - The President left for Ankara": a head of state or government
        # named by the title alone, leading the story, is the outlet's state's (else the
        # state of the capital it is filed from, or the one the headline names by that title)
        countries.add(lead_state)
    if home is not None and _bare_title_takes_part(body, sentence, (t0, t1), people, home):
        # "The President will attend the summit": an outlet's own official named by his title
        # alone is its state's, which so takes part in what he attends or hosts
        countries.add(home)
    if home is not None and _FIRST_PERSON.search(body, max(sentence.start, t0 - 12), t0):
        countries.add(home)  # "whom I met with", "Today I spoke with": the outlet's own leader
    if home is not None and _nameless_between(body, t1, sides_hi, local):
        countries.add(home)  # "a meeting between Minister for Energy and the X Ambassador"
    window = status_start(body, sentence.start, t0)  # a long sentence: the clause near t0
    ahead = _AHEAD_OPENING.match(body, sentence.start, t0) if body[t0 - 2 : t0] != "of" else None
    if ahead is not None and ahead.end() > window:
        window = ahead.end()  # "Ahead of his visit next week, X met Y on Monday": X met, held
    if main_at is not None and t0 >= main_at:
        window = max(window, main_at)  # "After talks with A, X will visit B": the visit's own
    status = meeting_status(body[window:t0], body[t0:t1], body[t1:status_hi])
    if decided:
        status = PLANNED
    # (read back past the clause's start: "following" opens a clause of its own, "after" none)
    linked = _noun_link(body, min(lo, max(sentence.start, t0 - 40)), t0, t1)
    done_before = False  # told held by its link: "..., following talks with A on 6 May"
    if linked is not None:
        # "X will visit B, after talks with A in March": the linked event's time against the
        # main clause's, as at the sentence's opening
        if linked["noun"].startswith("ahead"):
            status = PLANNED
        elif linked["noun"].startswith(("after", "following", "which", "having")) and not (
            _TO_COME_WORD.search(body, t0, hi)
        ):
            status = HELD
            done_before = True
    if opened is not None and main_at is not None and t0 < main_at:
        # the opening event's time against the main clause: "After" an event is one held
        # (unless its own words tell it to come), "Ahead of" one is to come ("Before"
        # one keeps the tense its own words give)
        if opened["ahead"] is not None:
            status = PLANNED
        elif opened.group().lstrip().startswith(("After", "Following", "Having")) and not (
            _TO_COME_WORD.search(body, t0, main_at)
        ):
            status = HELD
    # "arrived in P on Monday en route to the summit in Q": the gathering the trip goes on to
    # is still to come when the stop is told, and the stop's times are not its own
    en_route = (
        _EN_ROUTE.search(body, max(sentence.start, t0 - 90), t0)
        if "oute" in body[max(sentence.start, t0 - 90) : t0]
        or "ay to" in body[max(sentence.start, t0 - 90) : t0]
        or "eading" in body[max(sentence.start, t0 - 90) : t0]
        else None
    )
    if en_route is not None:
        status = PLANNED
    if (
        status is PLANNED
        and kind is CALL
        and (
            _PAST_CALL_VERB.match(body, t0, t1)
            or (
                (by_call := _DISCUSSED_BY_CALL.search(body, max(window, t0 - 150), t0)) is not None
                # the means before the trigger, or the trigger itself ("by phone with")
                and (by_call["means"] is not None or body.startswith(("by ", "over "), t0))
            )
        )
        and not _MODAL_BEFORE_CALL.search(body, max(window, t0 - 60), t0)
    ):
        # "X spoke today with Y to prepare for the summit", "discussed preparations for the
        # visit in a phone conversation": the call itself is told done, the event it
        # prepares is what is to come
        status = HELD
    since = (
        _RECALLED_SINCE.search(body, max(sentence.start, t0 - 60), t0)
        if "since" in body[max(sentence.start, t0 - 60) : t0]
        else None
    )
    # "building on their talks in March": told as past too, though it may be the story's own
    # sitting told again ("the steps agreed during the visit"), so it still merges with one
    governor = since if since is not None else recalling
    recalled = governor is not None
    if recalled:
        status = HELD  # "will meet for the first time since their May talks"
    ahead_by = (
        _AHEAD_BY.search(body, max(sentence.start, t0 - 80), t0)
        if not recalled and holds_any(body, max(sentence.start, t0 - 80), t0, _AHEAD_WORDS)
        else None
    )
    if ahead_by is not None and ", " in body[ahead_by.start() : t0]:
        ahead_by = None  # "ahead of the trip, he had a call": the phrase closed, another clause
    if ahead_by is not None:
        status = PLANNED  # "held talks on Monday to prepare for their June summit": to come
    made = status is HELD and made_during(body[window:t0], body[t0:t1])
    if (
        status is HELD
        and not made
        and not recalled
        and (planned_trip(body, kind, t1, status_hi) or due_in(body[t0:t1]))
    ):
        status = PLANNED  # "is travelling to Peru next week": a trip to come
    taken_up = (
        TALKS_TAKEN_UP.match(body, t1, sentence.end)
        if body[t0:t1].endswith(("talks", "negotiations", "Talks", "Negotiations"))
        else None
    )
    if taken_up is not None:
        # "talks ... resumed in P in March", "negotiations ... would open in P": the verb of
        # the talks' own sitting tells its tense, not a word of the reporting clause
        status = PLANNED if taken_up["held"] is None else HELD
    tense: Literal["past", "future"] | None = "future" if status is PLANNED else None
    if recalled:
        tense = "past"  # "since the talks in May": a past May, whatever the clause's tense
    elif PAST_AFTER.match(body, t1, sentence.end):
        tense = "past"  # "the February meeting produced little": a past February
    elif body.startswith(("round", "session"), t0) and EARLIER_SITTING.search(
        body, max(window, t0 - 30), t0
    ):
        tense = "past"  # "An earlier round in P in January": a January gone by
    elif made:
        tense = "past"  # "the pact, signed during X's visit to C, will be put to a vote"
    elif done_before and status is HELD:
        tense = "past"  # "X, after holding talks with A on Monday, is to visit B": a past Monday
    elif (
        status is HELD
        and (coming := other_to_come(body[window:t0])) is not None
        and PAST.search(body, window, window + coming[0])
    ):
        tense = "past"  # "discussed the upcoming visit during a call on May 3": a past May 3
    elif status is HELD and tense is None and _PAST_HOLDING.search(body, max(window, t0 - 60), t0):
        # "held a meeting with A, B and C on Monday to discuss": the past verb that holds the
        # event dates it, however far its partners push the weekday from it
        tense = "past"
    elif status is HELD and tense is None and _PAST_TRIGGER.search(body, t0, t1):
        tense = "past"  # "met X in P on Tuesday to discuss": "to discuss" is the talks' purpose
    elif (
        status is HELD
        and tense is None
        and kind is CONFERENCE
        and _PAST_TRIP_TO.search(body, max(sentence.start, t0 - 160), t0)
    ):
        tense = "past"  # "flew to P on Monday to attend the summit": the trip's day is past
    elif status is HELD and (linked is not None or (main_at or 0) > t0):
        tense = "past"  # "After talks with A on 3 May, X will ...": a past 3 May
    elif status is HELD and link_after is not None and PAST.search(body, window, t0):
        tense = "past"  # "X held talks with A on Monday, and will visit B": a past Monday
    offset_dates = sentence_dates(
        dates,
        sentence,
        article.published,
        tense if tense is not None and article.published is not None else "auto",
    )
    if (
        status is HELD
        and tense is None
        and article.published is not None
        and talked_of(body[window:t0])
    ):
        # "discussed the meeting of the ministers in May": the past is the talk's, so the
        # event's bare month is the one nearest the report, on either side of it
        offset_dates = _nearest_reading(offset_dates, dates, sentence, article.published, t0)
    if (
        offset_dates
        and holds_any(body, sentence.start, sentence.end, _DECIDED_WORDS)
        # "agreed on Tuesday to widen trade, as X met Y": the decision's time is the talks'
        and not past_clause_of_its_own(body[window:t0], body[t0:t1])
    ):
        # "The visit was agreed in March": the time of the decision, not of the event
        offset_dates = [
            d
            for d in offset_dates
            if not _DECIDED_ON.search(body, max(sentence.start, d.start - 30), d.start)
        ]
    run_end = RUN_TO_END.match(body, t1) if body.startswith(",", t1) else None
    if run_end is not None:
        # "The talks, due to run until Thursday, cover gas halted since 1980": the day told is
        # the sitting's last and the times after it its topics', none its date (its first
        # day), unless its opening is told ("..., opened on Monday")
        offset_dates = [
            d
            for d in offset_dates
            if d.start < run_end.end()
            or _OPENED_BEFORE.search(body, max(run_end.end(), d.start - 40), d.start)
        ]
    # A time before "ahead of", "after", "following" dates the other event of the sentence.
    times_from = lo
    if times_lo is not None:
        # not past a quote, a full stop or a new subject inside the sentence ('would meet
        # Friday. "Talks between A and B ...', "come up on Friday, and there
        # will be talks between"): the time before it is another event's
        times_from = max(
            (b.end() for b in _QUOTE_OR_STOP.finditer(body, times_lo, t0)), default=times_lo
        )
        # nor past a time of another act ("The accord signed in 2019 was reviewed at a
        # meeting between"), which keeps the sides' start
        times_from = max(
            (
                d.end
                for d in offset_dates
                if times_from <= d.start < t0 and dates_another_act(body, times_from, d.start)
            ),
            default=times_from,
        )
    link = list(_LINK_WORDS.finditer(body[times_from:t0]))
    date_lo = times_from + link[-1].end() if link else times_from
    said = SAID_AT_EVENT.search(body, max(lo, t0 - 120), t0) if status is HELD else None
    if said is not None:
        date_lo = max(date_lo, said.start())  # "X will reach $5bn next year, A said at talks"
    if governor is not None:
        date_lo = max(date_lo, governor.start())  # "will meet next week, since their May talks"
    if ahead_by is not None:
        date_lo = max(date_lo, ahead_by.start())  # "met on Monday, ahead of the June talks"
    and_decided = _AND_DECIDED_TO.search(body, max(lo, t0 - 60), t0) if status is PLANNED else None
    if and_decided is not None:
        # "discussed what the leaders agreed when they met in P last November, and agreed to
        # work toward a call": a time before the decision is its other clause's, not the plan's
        date_lo = max(date_lo, and_decided.start())
    hosts = kind is CONFERENCE and _AT_GATHERING.search(body, max(lo, t0 - 120), t0)
    # "ASTANA, May 8 (Agency) - X will co-chair the session with Y on May 20": the report's
    # day is no day of a plan, and a day of the event's own clause comes first (a past event
    # told without a day of its own may still take the report's)
    report_end = agency_dateline_end(body) if date_lo < 80 else 0
    own_dates = (
        offset_dates
        if ahead is None
        else [d for d in offset_dates if d.start >= ahead.end()]  # not the event ahead's time
    )
    if en_route is not None:
        own_dates = [d for d in own_dates if d.start >= en_route.end()]
    if " from " in body[sentence.start : sentence.end]:
        # "agreed to raise trade to $2 billion this year from $1.3 billion in 2022, at the end of
        # a session": the time of a figure compared with is that figure's, not the event's
        own_dates = [
            d
            for d in own_dates
            if _COMPARED_FROM.search(body, max(0, d.start - 60), d.start) is None
        ]
    fronted = None
    if ahead is None and "ahead" in body[sentence.start : t0]:
        # "On Monday, ahead of Sunday's vote, X had a call with Y": the phrase's time is the
        # event it names; the fronted time before it is the main clause's
        fronted = _FRONTED_AHEAD.match(body, sentence.start, t0)
        if fronted is not None:
            own_dates = [
                d for d in own_dates if not fronted.start("ahead") <= d.start < fronted.end()
            ]
    if who_event is not None:
        # "X, who arrived in P last night, held talks with Y": the relative clause's time is
        # its own event's, never the main verb's
        own_dates = [d for d in own_dates if not who_event.start() <= d.start < who_event.end()]
    asides = [aside] if aside is not None else []
    if aside is None and ", " in body[t1 : t1 + 90]:
        # "preparing the next meeting of the commission, which has not met since 2019": a
        # sitting to come told by other words has no time in its format's past either; nor
        # has any event the time it was put off ("The trip, which had been postponed in March")
        later = PAST_ASIDE.match(body, t1, sentence.end)
        if later is None and holds_any(
            body, t1, t1 + 200, ("postpone", "put off", "delayed", "deferred", "pushed back")
        ):
            later = PUT_OFF_ASIDE.match(body, t1, sentence.end)
        if later is not None and (status is PLANNED or later["put_off"]):
            asides.append(later)
    if ", " in body[max(lo, t0 - 200) : t0]:
        asides += PAST_ASIDE.finditer(body, max(lo, t0 - 200), t0)
    for prior in asides:
        # "talks between A and B, suspended since 2019, would open in P later this month", "the
        # commission, which last met in P in January, will meet again in Q": the aside's time
        # is the format's past, never that of the sitting its name heads or its verb tells
        own_dates = [d for d in own_dates if not prior.start("aside") <= d.start < prior.end()]
    if made:
        # "the pact, signed during X's visit to C in May, will be put to a vote next week":
        # the times after the event's own clause are the main verb's
        verb = _MAIN_VERB_AFTER.search(body, t1, sentence.end)
        clause_end = sentence.end if verb is None else verb.start()
        own_dates = [d for d in own_dates if d.start < clause_end]
    picked = pick_date(
        body, own_dates, (max(date_lo, dateline_end, report_end), hi), (t0, t1), shared=bool(hosts)
    )
    if (
        picked is None
        and report_end > max(date_lo, dateline_end)
        and status is HELD
        and not any(report_end <= d.start < hi for d in own_dates)  # no day of the clause's own
    ):
        picked = pick_date(
            body, own_dates, (max(date_lo, dateline_end), hi), (t0, t1), shared=bool(hosts)
        )
    if picked is None and fronted is not None:
        # "On Friday, ahead of the trip, he had a call": the trip's word between does not take
        # the fronted time, which is the main clause's
        front = [d for d in own_dates if sentence.start <= d.start < fronted.start("ahead")]
        if front:
            picked = (front[-1].date, t0 - front[-1].end)
    if picked is None and aside is not None:
        # the name's own clause ends at the aside, but its sitting is the verb's after it
        # (its verb there is the sitting's own: "will meet again in Q in July")
        picked = next(
            (
                (d.date, d.start - t1)
                for d in own_dates
                if aside.end() <= d.start < sentence.end
                and not NEW_CLAUSE.search(body, aside.end(), d.start)
            ),
            None,
        )
    date, date_gap = picked if picked is not None else (None, 0)
    if governor is not None and date is None and article.published is not None:
        date = _recalled_month(body, governor.start(), t0, article.published)
    if ahead_by is not None and date is None and article.published is not None:
        date = _recalled_month(body, ahead_by.start(), t0, article.published, to_come=True)
    if hosted_by is not None and placed_then is None:
        # "that Egypt hosted in Cairo in December": the hosting's time (not after the gathering's
        # own time, told before its host: "the summit on May 9, hosted by A as this year's chair")
        past_dates = (
            sentence_dates(dates, sentence, article.published, "past")
            if article.published is not None
            else offset_dates
        )  # a time of the past: "hosted"
        own_time = [d for d in past_dates if hosted_by.start("rest") <= d.start < hosted_by.end()]
        if own_time:
            date, date_gap = own_time[0].date, 0
    if host is not None and kind is CONFERENCE:
        # "to prepare for the Summit that A will host in P next month": the time of the host's
        # clause is the gathering's own (not the call's "today" before it)
        stop = _CLAUSE_STOP.search(body, host.end(), sentence.end)
        end = sentence.end if stop is None else stop.start()
        own_time = [d for d in offset_dates if host.end() <= d.start < end]
        if own_time:
            date, date_gap = own_time[0].date, 0
    if picked is None and kind is CONFERENCE and body.startswith(" ", t1):
        verb = _BODY_MEETS.match(body, t1, hi)
        if verb is not None:  # "The CIS Council of Foreign Ministers will meet in P on May 24"
            picked = pick_date(
                body, offset_dates, (max(date_lo, dateline_end), hi), (t0, verb.end())
            )
            date, date_gap = picked if picked is not None else (None, 0)
    if picked is None and hi < sentence.end and any(d.start >= hi for d in offset_dates):
        # "held talks on energy security (in Baku) on Tuesday": a day told after a short
        # topic (and place) dates the talks, the topic ending the clause's sides before it
        late = min((d for d in offset_dates if d.start >= hi), key=lambda d: d.start, default=None)
        if (
            late is not None
            # (a year only for a body's session by its field: "the commission on economic
            # cooperation in P in 2017"; "talks on trade in 2017" may be any time of it)
            and (late.date.month is not None or _BODY_SESSION.search(body, t0, t1) is not None)
            and _TOPIC_THEN_TIME.fullmatch(body, hi, late.start)
            and not _VERB_BEFORE_TOPIC.search(body, t1, hi)  # "the meetings drew on X in May"
        ):
            picked = pick_date(body, [late], (max(date_lo, dateline_end), late.end), (t0, t1))
            date, date_gap = picked if picked is not None else (None, 0)
    if decided_end is not None and not any(
        max(lo, dateline_end, agency_dateline_end(body)) <= d.start < hi for d in offset_dates
    ):
        # "The X Council deferred a decision on A's request here today": the time after the
        # decision's topic, in the same clause, is the session's (where none came before it)
        late = min(
            (
                d
                for d in offset_dates
                if hi <= d.start < decided_end
                and d.date.month is not None  # (a time of the session, not "this year's prices")
                and not body.startswith(("'s", "’s"), d.end)
            ),
            key=lambda d: d.start,
            default=None,
        )
        if late is not None:
            date, date_gap = late.date, max(0, late.start - t1)
    if (
        picked is None
        and status is PLANNED
        and (
            session_year := _session_year(body, hi, article.published)
            # the time right after the session's body, where the clause runs on past it
            or _session_year(body, t1, article.published)
            # or after a past aside on it: "the commission, which last met in May, will meet
            # again before the end of the year"
            or (None if aside is None else _session_year(body, aside.end(), article.published))
        )
        is not None
        # the session told by a noun ("the next meeting of the commission"), not a bare verb
        # ("hoped the commission would convene in P before ..."): a hope is no plan
        and _SESSION_NOUN.search(body, t0, t1) is not None
    ):
        # "agreed to hold the next session in P before the end of the year": this year
        picked = PartialDate(session_year), 0
        date, date_gap = picked
    predicate = (
        _NAME_THEN_PREDICATE.match(body, t1, sentence.end)
        if picked is None and kind is not VISIT
        else None
    )
    if predicate is not None:
        # "The 5th meeting of the A-B Commission on Trade took place in P today": the session's
        # own predicate, after the rest of its name, tells its time
        late = min(
            (
                d
                for d in offset_dates
                if predicate.end() <= d.start < predicate.end() + 60
                and not NEW_CLAUSE.search(body, predicate.end(), d.start)
            ),
            key=lambda d: d.start,
            default=None,
        )
        if late is not None:
            date, date_gap = late.date, max(0, late.start - t1)
    if taken_up is not None:
        # the talks' sitting is dated by the time right after its verb, never by their past
        # told between ("suspended in 2019", "broke off in March and"): else by none of those
        verb_end = taken_up.end()
        sitting_time = next(
            (
                d
                for d in offset_dates
                if verb_end <= d.start < verb_end + 60
                and not NEW_CLAUSE.search(body, verb_end, d.start)
            ),
            None,
        )
        if sitting_time is not None:
            date, date_gap = sitting_time.date, max(0, sitting_time.start - t1)
        elif any(t1 <= d.start < taken_up.start("verb") and d.date == date for d in offset_dates):
            date, date_gap = None, 0
    if date is not None and status is PLANNED and _said_then(body, lo, t0):
        # "The ambassador said on Tuesday that the President will visit Lima": the day of
        # the remarks, not of the visit to come
        date = next(
            (
                None
                for d in offset_dates
                if d.end <= t0
                and t0 - d.end == date_gap
                and d.date == date
                and not body.startswith(("'s ", "’s "), d.end)  # "next month's meeting": its own
                and (
                    _SAID_ON.search(body, max(lo, d.start - 30), d.start)
                    or _SAID.search(body, d.end, t0)
                )
            ),
            date,
        )
    opened_on = (
        next(
            (
                d.date
                for d in offset_dates
                if opening_clause.end() <= d.start < opening_clause.end() + 4
            ),
            None,
        )
        if opening_clause is not None
        else None
    )
    if (
        opened_on is not None
        and opened_on.day is not None
        and date is not None
        and date.day is not None
        and date.first_day() < opened_on.first_day() <= date.first_day() + dt.timedelta(days=6)
    ):
        # "signed on Friday at the close of a session which opened on Wednesday", told on a
        # Wednesday: an event opens before a day of it told, so the weekday is the one before
        opened_on = PartialDate.from_date(opened_on.first_day() - dt.timedelta(days=7))
    if opened_on is not None:  # "The conference, which opened on June 7, ...": its first day
        date = opened_on
    # "This week, the minister led a delegation to a conference in Tashkent": a date that
    # opens the sentence dates its events, however far the meeting word stands
    opening_at = next(
        (
            d  # read in the sentence's own tense: "On Tuesday, X arrived, where he is due to"
            for d in sentence_dates(dates, sentence, article.published, "auto")
            # after a wire dateline that opens the sentence: "LIMA, May 3 (Agency) - On Monday,"
            if _OPENING_DATE.fullmatch(
                body,
                max(sentence.start, dateline_end)
                if sentence.start
                else max(dateline_end, agency_dateline_end(body)),
                d.start,
            )
            and body.startswith(",", d.end)
            and d.end <= t0
        ),
        None,
    )
    opening = opening_at.date if opening_at is not None else None
    if (
        opening_at is not None
        and tense == "future"
        and article.published is not None
        and opening_at.date.last_day() < article.published
        and not past_cue(body[opening_at.end : t0])
    ):
        # "On Monday, talks between A and B are to be held": no other verb between the
        # opening time and the planned event, so the time is the event's own, to come
        opening = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, "future")
                if d.start == opening_at.start
            ),
            opening,
        )
    if date is None and status is PLANNED and body.startswith(" on ", t1):
        due = _DUE_THEN.match(body, t1, sentence.end)
        if due is not None:  # "Talks on a new A-B fisheries deal are set to start in June"
            date = next(
                (d.date for d in offset_dates if due.end() <= d.start < due.end() + 12), None
            )
    if date is None and status is HELD and kind is CALL:
        report = _TOLD_ON.search(body, t1, sentence.end)
        if report is not None:  # "... in a phone call, the press service said on Friday"
            date = next(
                (d.date for d in offset_dates if d.start == report.end() and d.date.day), None
            )
    if date is None and status is HELD:
        date = just_before_remarks(
            body, sentence.start, lo=lo, t0=t0, dates=offset_dates, published=article.published
        )
    ended = (
        _ENDED_SPAN.search(body, max(sentence.start, t0 - 60), t0)
        if _SPAN_UNIT.search(body, max(sentence.start, t0 - 60), t0)
        else _LENGTH_OVER.match(body, t0, t1)  # the trigger "three days of negotiations"
        if body.startswith("after ", t0 - 6)
        else None
    )
    if (
        ended is not None
        and opened_on is None  # its first day told: "a two-day session, which opened on Monday"
        and status is HELD
        # a day told in full counts back without a publication date ("ended their two-day
        # meeting on 17 May 2022"): only an untold end needs the story's day
        and (article.published is not None or (date is not None and date.day is not None))
    ):
        signed = body.find("signed", sentence.start, t0)
        if (date is None or date.day is None) and signed >= 0:
            # "The accord was signed yesterday at the end of two days of talks": the talks
            # closed on the signing's day told before their length; else "The protocol was
            # signed at the close of a three-day session": it closed on the day the lead told
            # the signing ("A and B signed a protocol yesterday")
            # (a coarser time the clause picked, "to $1 billion this year", is the deal's goal)
            date = (
                _signing_day_before(signed, ended.start(), offset_dates)
                or _lead_signing_day(article, sentence, dates, dateline_end)
                or date
            )
        departed = (
            _DEPARTED.search(body, sentence.start, ended.start())
            if date is None and body.startswith("after", ended.start())
            else None
        )
        if departed is not None:
            # "X left P on Tuesday after a three-day visit": leaving ends the stay it follows,
            # so the one day told between the two is its last
            date = _signing_day_before(departed.start(), ended.start(), offset_dates)
        if date is None:
            # "A and B ended two days of talks on water yesterday": the end day told after
            # the topic, not the day of the story
            date = _end_day_after(body, t1, sentence.end, offset_dates)
        # "A and B agreed to ease curbs at the end of a two-day meeting": a decision told with
        # no day of its own may be told the next day (a wire's dateline), so its last day is
        # not the story's and the meeting takes no day (a year told, "trade in 1987", stays)
        undated = (date is None or date.day is None) and decided_at_the_end(
            body[sentence.start : ended.start()]
        )
        if (date is not None and date.day is not None) or not (
            _told_after(body, ended, t0) or undated
        ):
            date = _first_day(ended, date, article.published)  # "the end of a two-week mission"
        else:
            # "returned at the weekend after two days of talks": no day told for its end, which
            # need not be the story's day; the event is read as if no length were told
            ended = None
    if (
        (date is None or date.day is not None)
        and ended is None
        and opened_on is None
        and status is HELD
    ):
        # "a two-day session of the commission, which ended in P yesterday", "after three
        # days of talks ended here yesterday": its first day
        date = _ended_after(body, sentence, (t0, t1), offset_dates) or date
    if (
        ended is None
        and opened_on is None
        and status is HELD
        and date is not None
        and date.day is not None
        and (
            _CLOSE_WORDS.search(body, max(sentence.start, t0 - 90), t0)
            or _CONCLUDED_AFTER.match(body, t1, sentence.end)
        )
    ):
        date = _closed_session_start(body, sentence, (t0, t1), date)
    if (
        status is HELD
        and article.published is not None
        and (date is None or date.day is None)
        and "weekend" in body[max(sentence.start, t0 - 30) : t0]
        and _WEEKEND_EVENT.search(body, max(sentence.start, t0 - 30), t0)
    ):
        # "ended a weekend meeting", "a weekend of talks": the weekend is the event's own
        # time, not a day of the story ("returned at the weekend"); it opened on its Saturday
        saturday = article.published - dt.timedelta(days=(article.published.weekday() - 5) % 7)
        if date is None or date.contains(PartialDate.from_date(saturday)):
            date = PartialDate.from_date(saturday)
    nth = (
        _NTH_DAY_OF.search(body, max(sentence.start, t0 - 90), t0)
        if "day of" in body[max(sentence.start, t0 - 90) : t0]
        else None
    )
    nth_day = (
        _SMALL_NUMBERS[_ORDINAL_DAYS[nth["n"]]]
        if nth is not None and nth["n"] is not None
        else _SMALL_NUMBERS[nth["length"]]
        if nth is not None and nth["length"] is not None
        else None
    )
    if nth_day is not None and date is not None and date.day is not None:
        # "on the second day of the state visit" told on a day: the visit began days before
        first = date.first_day() - dt.timedelta(days=nth_day - 1)
        date = PartialDate.from_date(first)
    put_off = put_off_end(body[t1:status_hi], body[window:t0]) if status is PLANNED else None
    if put_off is not None and denied_clause(body, t0, sentence.start, sentence.end) is not None:
        # "denied reports that the meeting had been postponed until next year": a put-off
        # denied moves no date, and the time it names is not the event's (told elsewhere)
        if new_time(body, t1 + put_off, offset_dates, article.published) is not None:
            date = None
        put_off = None
    if put_off is not None:
        # "talks between A and B, originally set for May 31, have been postponed until June":
        # the time it was first set for is gone, so only a time right after the verb dates it
        date = new_time(body, t1 + put_off, offset_dates, article.published)
    elif status is PLANNED and put_off_before(body[window:t0]):
        # "X has postponed his visit to B until June 12": the event the verb's object, dated
        # by the new time after it alone (none: no date), never by the time first set for
        date = time_after(body, t1, sentence.end, offset_dates, article.published)
    if (
        status is HELD
        and date is not None
        and article.published is not None
        and not recalled  # "will meet for the first time since their talks in May": a past May
        and not made  # "will review the commitments made during their call in May": a past May
        # "will visit C, following talks with A on 6 May": the main verb's future is not the
        # linked event's, which its link tells done before
        and not done_before
    ):
        ahead_time = _time_to_come(body, sentence, dates, date, article.published)
        if ahead_time is not None:
            # "will be held in P on May 14-15, co-chaired by A and B": a bare time that a verb
            # of the future tells is still to come, whatever past cue the trigger brings
            date, status = ahead_time, PLANNED
    # No tense of its own: neither a plan nor a past cue in the clause ("at the meeting of X").
    untensed = (
        status is HELD
        and tense is None
        and re.search(r"\b[Tt]he\s+(?:[\w/-]+\s+)?\Z", body[max(sentence.start, t0 - 30) : t0])
        is not None
        and not PAST.search(body, lo, t0)
        and not re.match(r"[^.;]{0,40}?\b(?:was|were|has|have|had)\b", body[t1:hi])
        and not _PAST_TRIGGER.search(body, t0, t1)  # "the minister received X": tensed
    )
    if date is not None and article.published is not None and date.first_day() > article.published:
        status = PLANNED
    elif (
        status is HELD
        and date is not None
        and not _PAST_TRIGGER.search(body, t0, t1)
        and _all_to_come(
            [
                d
                for d in offset_dates
                if d.date == date and date_gap in (max(0, d.start - t1), t0 - d.end)
            ],
            article.published,
        )
    ):
        status = PLANNED  # "is travelling to Lima next week": a week to come
    elif (
        status is PLANNED
        and date is not None
        and article.published is not None
        # (ordinals: a page dated in the first days of year 1 has no day before it)
        and date.last_day().toordinal() < article.published.toordinal() - _PLAN_GRACE_DAYS
    ):
        if "next" in body[max(sentence.start, t0 - 20) : t0] and any(
            d.date == date
            and d.end <= t0
            and _NEXT_AFTER_SPEECH.search(body, d.end, t0) is not None
            for d in offset_dates
        ):
            # "Recalling that the leaders held their first summit last December, X said the
            # next such meeting would be held in Lima": the past time is the first summit's
            date = None
        else:
            status = HELD  # "preparations for hosting COP29 in November 2024": past
    own = (
        (_OWN_PREDICATE.match(body, t1, status_hi) or _ASIDE_PREDICATE.match(body, t1, status_hi))
        if ", " in body[t1 : t1 + 160]
        else None
    )
    if own is not None:
        # "the Commission on Trade, which will be held in Lima in May": the event's own clause
        status = HELD if own["held"] else PLANNED
        own_tense: Tense = (
            "auto" if article.published is None else "past" if own["held"] else "future"
        )
        own_date = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, own_tense)
                if own.end() <= d.start < own.end() + 60
                and not NEW_CLAUSE.search(body, own.end(), d.start)
            ),
            None,
        )
        if (
            own_date is None
            and not own["held"]
            and (year := _session_year(body, own.end(), article.published))
        ):
            # "the next session, scheduled for the second half of the year": that year, not a
            # time told before its name ("the decisions taken during the visit last June")
            own_date = PartialDate(year)
        date = own_date or date
        if (
            not own["held"]
            and date is not None
            and article.published is not None
            and date.last_day() < article.published
        ):
            # "the summit in Lima in November, which both leaders will attend": the time told
            # before the clause is one to come too
            told_at = next((d.start for d in offset_dates if d.date == date), None)
            date = next(
                (
                    d.date
                    for d in sentence_dates(dates, sentence, article.published, "future")
                    if d.start == told_at
                ),
                date,
            )
    part = (
        _OWN_HELD.match(body, t1, sentence.end)
        if own is None and " held " in body[t1 : t1 + 160]
        else None
    )
    if part is not None:
        # "the 27th meeting of the A-B commission on trade, held in Lima on Friday": the
        # event's own participle gives its day, not a time told before it in the sentence
        held_on = next(
            (
                d.date
                for d in sentence_dates(
                    dates,
                    sentence,
                    article.published,
                    "auto" if article.published is None else "past",
                )
                if part.end() <= d.start < part.end() + 60
                and not NEW_CLAUSE.search(body, part.end(), d.start)
            ),
            None,
        )
        if held_on is not None:
            date, status = held_on, HELD
    paid = (
        _PAID_CLAUSE.match(body, t1, sentence.end)
        if kind is VISIT and status is HELD and date is None and article.published is not None
        else None
    )
    if paid is not None:
        # "the commitments made during the visit that X paid to P in April": the visit's own
        # relative clause, in the past, tells its time
        date = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, "past")
                if d.start == paid.end()
            ),
            None,
        )
    to_be = _OWN_TO_BE.match(body, t1, sentence.end) if kind is CONFERENCE else None
    if to_be is not None and article.published is not None:
        # "briefed him on Monday on preparations for the summit to be hosted by A next year":
        # the gathering's own time to come, not the day of the talks told before it
        due_on = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, "future")
                if to_be.end() <= d.start < to_be.end() + 60
                and not NEW_CLAUSE.search(body, to_be.end(), d.start)
            ),
            None,
        )
        if due_on is None and date is not None and date.last_day() > article.published:
            due_on = date  # a time to come told before its name; a day gone is the talks'
        date, status = due_on, PLANNED  # "to be held": a plan, dated or not
    plan_end = (
        plan_after_name(body[t1 : sentence.end])
        if status is PLANNED and article.published is not None
        else None
    )
    if plan_end is not None and article.published is not None:
        # "the regular meeting of the A-B committee on trade, to be held in P in December":
        # the sitting's own time follows its plan's verb, however long its name, and it
        # outranks a time told before the name ("the visit to P in December, as well as the
        # agenda of the fifth meeting of X, to be held in Q in 2017": December is the visit's)
        plan_end += t1
        date = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, "future")
                if plan_end <= d.start < plan_end + 60
                and not NEW_CLAUSE.search(body, plan_end, d.start)
            ),
            date,
        )
    title = find_title(sentence.text, t0, t1, sentence.start) if kind is CONFERENCE else None
    lonely = one_sided = False
    if (
        rule == "meeting.met_with"
        and organization is not None
        and re.search(
            # (a body's name before the word, not a sentence's article: "A meeting between")
            r"\bmeeting\s+of\b|\b(?!(?:A|An|The|This|That)\s)[A-Z][\w+-]*\)?\s+meeting\b",
            body[max(0, t0 - 12) : t1 + 20],
        )
        and not _WITH_SIDE.match(body, t1)  # "the meeting of X with Y", not "ended with"
    ):
        kind, rule = CONFERENCE, "meeting.org_meeting"
        title = title or find_title(sentence.text, t0, t1, sentence.start)
    if rule == "meeting.commission" and organization is not None:
        kind = CONFERENCE  # a session of an organisation's body, not bilateral
    if rule == "meeting.body_session" and organization is None:
        return None  # "the City Council on Tuesday approved": a body of no known organisation
    if rule in ("meeting.commission", "meeting.org_meeting"):
        named = SESSION_TITLE.match(body, max(sentence.start, t0 - 20), sentence.end)
        named = named or SESSION_TITLE.search(body, max(sentence.start, t0 - 20), t1 + 80)
        if named is not None and named.start("t") <= t0 < named.end("t"):
            title = named["t"]
        if body.endswith("Dialogue", t0, t1):
            # "the next session of the U.S.-Romania Strategic Dialogue": the format's own name
            # (a bare "the Dialogue" names none)
            own = _DIALOGUE_NAME.search(body, t0, t1)
            title = own["t"] if own is not None and " " in own["t"] else None
    if kind is VISIT and " take" in body[t1 : t1 + 160]:
        stops = _FURTHER_STOPS.match(body, t1, min(sentence.end, t1 + 160))
        if stops is not None:
            # "a tour of the region which will also take her to A and B": its further stops
            countries |= {
                m.code
                for m in mentions
                if stops.start("stops") <= m.start < stops.end() and m.kind != "group"
            }
    weak = (
        bool(BACK_REFERENCE.search(body[window:t0]))
        # "Its president is expected in P", "The minister is due in P": a verb's subject, no
        # event's noun told back ("the visit")
        and _AUXILIARY.match(body, t0) is None
        # "his visit here last year": "here" names the visit's place as "to" would
        and not re.match(r"\s+(?:between|with|of|by|to|here)\b", body[t1 : t1 + 12])
        # "the meeting of the Chile-Peru joint commission": its own name gives its sides
        and not (rule == "meeting.commission" and any(t0 <= m.start < t1 for m in mentions))
        # "welcomed the talks held in P in March between A and B": its sides come after its
        # place and time, so the word names an event of its own, no earlier one
        and not (len(countries) >= 2 and _HELD_THEN_BETWEEN.match(body, t1, sentence.end))
    )
    follows = _FOLLOWS.search(body, max(sentence.start, t0 - 240), t0)
    if follows is not None:
        # "The visit follows his trip to A, the B summit, and his visit next week to C": what
        # an event follows is another, earlier one (no back-reference), held unless its own
        # list item tells it is still to come
        weak = False
        item = max(body.rfind(",", follows.start(), t0), follows.start())
        if (
            status is PLANNED
            and not _OWN_TO_COME.match(body, t1, sentence.end)
            and not _TO_COME_WORD.search(body, item, t0)
        ):
            status = HELD
    first_to = (
        kind is VISIT
        and body.startswith(" to ", t0 - 4)
        and _FIRST_TO.search(body, max(sentence.start, t0 - 80), t0) is not None
    )
    if first_to:
        # "She is the first Chilean minister to visit Peru since ...": the visit told, whose date
        # is not the one of what happened "since"
        weak, date = True, None
    if weak and kind is CONFERENCE and re.match(r"\s+on\s+[A-Z]", body[t1 : t1 + 12]):
        weak = False  # "the international conference on water" names an event
    if (
        weak
        and kind is CONFERENCE
        and date is not None
        and location is not None
        and (_told_international(body, sentence, t0) or host_after(body, t1))
    ):
        # "the international conference in Lima on May 2", "the summit, hosted by A, ... in
        # Lima on May 2": told with its own place, date and kind or host, an event
        weak = False
    if weak and kind is not CONFERENCE and _HELD_BY_CLAUSE.match(body, t1):
        # "recalled the state visit he paid to Baku last October", "the talks he held with X
        # on the sidelines of the forum": the clause tells the event itself, no mention of one
        weak = False
    if (
        weak
        and organization is not None
        and date is not None
        and location is not None
        and re.search(
            r"\b(?:its|their)\s+(?:[a-z]+\s+)?\Z", body[max(sentence.start, t0 - 30) : t0]
        )
    ):
        # "the board of the regional bloc, which held its annual meeting in Tashkent on
        # May 7": a body's own session, with its place and date, is an event
        weak = False
        kind, rule = CONFERENCE, "meeting.org_meeting"
    if (
        kind is MEETING
        and "for " in body[max(sentence.start, t0 - 30) : t0]
        and _TRIP_FOR.search(body, sentence.start, t0)
    ):
        weak = True  # "a tour of Asian countries for consultations": the trip's purpose
    host_of_talks = (
        _hosted_talks_before(body, sentence.start, t0, mentions)
        if kind is MEETING and body[t0].islower()
        else None
    )
    if host_of_talks is not None:
        # "praised A's role in hosting talks between the parties to the conflict in B": a host
        # takes part in the talks it hosts (spec section 2), which are an event of their own
        countries.add(host_of_talks)
        if len(countries) >= 2:
            weak = False
    if kind is CONFERENCE and _BODY_OFFICE_AFTER.match(body, t1, sentence.end):
        return None  # "took over the Conference on Security in Asia chairmanship": the body
    if (
        kind is CONFERENCE
        and organization is None
        and len(countries) < 2
        and _LOCAL_LEADERS.search(body, sentence.start, t1)
    ):
        return None  # one state's provincial or council leaders: a domestic gathering
    if kind is CONFERENCE:
        # A conference named with no time, place, people or plan is a name, not an event;
        # one with a single state and no organisation is domestic unless it is a summit.
        weak = (
            weak
            or (organization is None and not countries)
            or (
                rule == "meeting.conference_named"
                and not (date or opening or location or who or status is PLANNED)
                # "the delegation took part in COP27": taking part tells it took place
                and not _ATTENDED.search(body, max(sentence.start, t0 - 60), t0)
            )
            or (
                organization is None
                and len(countries) < 2
                and not INTERNATIONAL.search(body, t0, t1)
                and not (region and countries)  # a region's ministers meeting in a host state
                and not (crowd is not None and countries)  # a portfolio's ministers, in a host
                and not _hosted_by(body, sentence.start, t0, mentions)
                and not owners  # "A's hosting of the conference": its guests come from abroad
                and rule != "meeting.convened_officials"  # its subject, a state, hosts it
                # "the round of talks launched in P": many states' gathering, its host the one
                and not (rule == "meeting.conference_named" and ROUND_LAUNCHED.match(body, t0))
                and not ((date or location) and _told_international(body, sentence, t0))
            )
        )
    elif (len(countries) < 2 and organization is None) and (
        not (countries and who) or all(p.country in countries or in_business(p) for p in who)
    ):
        lonely = not weak and len(countries) == 1 and not any(in_business(p) for p in who)
        one_sided = not weak
        weak = True  # one side only (a company's executive is none): domestic, or a back-reference
        if (
            kind is VISIT
            and len(countries) == 1
            and any(p.country in countries for p in who)
            and to_a_region(body, t1)
            and not sentence.text.rstrip().endswith("?")
        ):
            # "Her visit to the Middle East last year", "officials spent the week in the Gulf":
            # a state's trip abroad whose hosts the story does not name, an event of its own (a
            # question, "Will she travel to the region?", tells none)
            weak = lonely = one_sided = False
    if rule == "meeting.group_ministers":
        weak = False  # the ministers' act tells the session: no word "the meeting" recalls
    host_told = (
        _host_told_after(body, t1, sentence.end, mentions)
        # (a gathering's own name, "the X Forum, hosted by A", is its mentions' to merge; "the
        # national conference that A hosted" is a domestic one)
        if kind is CONFERENCE
        and body[t0].islower()
        and not _DOMESTIC_BEFORE.search(body, max(sentence.start, t0 - 40), t0)
        else None
    )
    host_before = (
        _host_told_before(body, sentence.start, t0, mentions)
        if host_told is None and kind is CONFERENCE and body[t0].islower()
        else None
    )
    if host_before is not None:
        # "A's hosting of the summit in May", "A, host of last month's forum": the same, its
        # status the sentence's (or its host's verb's: "A, which hosted the forum, will ..."),
        # its time the one told after its name
        countries.add(host_before[0])
        status = host_before[1] or status
        weak = False
        if date is None and article.published is not None:
            date = next(
                (
                    d.date
                    for d in sentence_dates(
                        dates, sentence, article.published,
                        "future" if status is PLANNED else "past",
                    )
                    if t1 <= d.start < t1 + 60 and not NEW_CLAUSE.search(body, t1, d.start)
                ),
                None,
            )  # fmt: skip
    if host_told is not None:
        # "the summit that A hosted in P in May", "last month's conference hosted by A": a
        # gathering told with the state that hosts it is one of many states, an event of its
        # own, held or to come as its host's verb tells (a participle, "hosted by A", tells no
        # time: the sentence's status stands), on the time told after that verb
        host_clause, host_code = host_told
        countries.add(host_code)
        weak = False
        if host_clause["subj"] is not None and host_clause["now"] is None:
            status = PLANNED if host_clause["future"] is not None else HELD
        to_come = status is PLANNED
        if article.published is not None:
            date = next(
                (
                    d.date
                    for d in sentence_dates(
                        dates, sentence, article.published, "future" if to_come else "past"
                    )
                    if host_clause.end() <= d.start < host_clause.end() + 60
                    and not NEW_CLAUSE.search(body, host_clause.end(), d.start)
                ),
                date,
            )
            if date is not None and date.first_day() > article.published:
                status = PLANNED  # "the forum hosted by A next month": its time is to come
    if form is not None and _ordinal(body, max(sentence.start, t0 - 60), t0) is not None:
        weak = False  # "the seventh meeting ... in the X format": a session of its own
    if (
        date is None
        and not weak
        and not (status is PLANNED and _said_then(body, sentence.start, t0))
    ):
        date = opening  # only for an event with sides of its own, not a bare "visit the base"
    if date is not None and date.day is not None and "eve of" in sentence.text:
        date = _eve_shift(body, sentence, (t0, t1), date, offset_dates, own=opened_on is not None)
    if (
        date is not None
        and article.published is not None
        and date.year >= article.published.year
        and _LAST_YEARS.search(body, max(sentence.start, t0 - 20), t0) is not None
    ):
        # "Last year's session, held in P in January": a month of the year before the story's
        date = PartialDate(article.published.year - 1, date.month, date.day)
    if (
        kind is MEETING
        and organization is not None
        and not any(p.country for p in who)
        and any(
            m.kind == "group"
            and m.code == organization
            and _MEMBERS_THEN.fullmatch(body, m.end, t0)
            for m in local
        )
        and not any(
            m.kind != "group" and not _PLACE_PREP.search(body, max(lo, m.start - 12), m.start)
            for m in local
        )
    ):
        # "Opec ministers meet in Vienna", "WTO talks in Geneva": the body's members gathering,
        # with no state named as a side
        kind, rule = CONFERENCE, "meeting.org_meeting"
    if (
        kind is MEETING
        and rule == "meeting.met_with"
        and organization is not None
        # no state but the one whose city it meets in: "the Committee will meet in P"
        and countries <= ({location.country.alpha_3} if location and location.country else set())
        and not any(p.country for p in who)
        and _BODY_MET.search(body, max(sentence.start, t0 - 40), t0)
    ):
        # "The UN Security Council met on Monday": a body of many states in session
        kind, rule = CONFERENCE, "meeting.org_meeting"
    if kind is MEETING and "video" in body[t1:hi] and _BY_VIDEO.search(body, t1, hi):
        kind = CALL  # "held talks with X by video link": the talks were a call
    again = _AND_AGAIN.search(body, t1, hi) if " again " in body[t1:hi] else None
    again_date = (
        next((d.date for d in offset_dates if d.start == again.end()), None)
        if again is not None and date is not None
        else None
    )
    partner_dates = (
        dates_by_partner((t1, sides_hi), partners=partners, local=local, who=who, told=offset_dates)
        if each_own is not None and len(partners) >= 2
        else {}
    )
    speaker_hi = (
        told_of_only(body, status_start(body, sentence.start, t0), t0, sentence.end)
        if status is PLANNED
        else recalled_only(body, status_start(body, sentence.start, t0), t0, sentence.end)
    )
    inviting = (
        inviters(body, status_start(body, sentence.start, t0), t0)
        if status is PLANNED and kind is VISIT
        else None
    )
    if the_minister is not None and all(p.name != the_minister.name for p in who):
        who = [the_minister, *who]
    if at_gathering is not None and all(p.name != at_gathering.name for p in who):
        who = [at_gathering, *who]
    if kind is VISIT and status is PLANNED and "nvit" in body[sentence.start : t0]:
        guest = _titled_guest(body, sentence.start, t0, people)
        if guest is not None and not any(p.name == guest.name for p in who):
            who = [*who, guest]  # "The President invited the Emir to visit P": the Emir
    participants = [
        Participant(p.name, p.role, Country(p.country) if p.country else None)
        for p in who
        # (one named outside the event's own words beside a recalled gathering takes part in
        # the other event: "X held talks with Y, building on the commitments made at Z")
        if not beside
        or p.start < sentence.start
        or words_lo <= p.start < words_hi
        # "which President X announced at the G7 Summit": the verb's subject was there
        or (recalling is not None and 0 <= words_lo - p.end <= 1)
    ]
    if (
        rule == "meeting.spoke_with"
        and not re.search(r"phone|today", body[t0:t1])
        and any(re.search(r"[Aa]mbassador\s+to\b", p.role or "") for p in who)
    ):
        kind, rule = MEETING, "meeting.spoke_with_envoy"  # an envoy is met in person
    return Candidate(
        rule=rule,
        kind=kind,
        status=status,
        countries=countries,
        organization=organization,
        date=date,
        location=location,
        participants=participants,
        # "X told reporters the commission would meet": X spoke of it, no side of it
        # "X invited Y to visit P": X is the host who invites, Y the visitor
        told_of=frozenset(
            p.name
            for p in who
            if (
                (speaker_hi is not None and p.start < speaker_hi)
                or (inviting is not None and inviting[0] <= p.start < inviting[1])
            )
            # "the summit, which President X will attend": X takes part after all
            and p.name.split()[-1] not in body[t1 : sentence.end]
        ),
        title=title,
        evidence=[Span.of(body, sentence.start, sentence.end)],
        anchor=t0,
        date_gap=date_gap,
        # "to review the commitments made during the visit that X paid to P in April": dated,
        # with its own sides, beside the event its sentence told first, a sitting of its own
        weak=weak
        and not (recalling is not None and beside and date is not None and len(countries) >= 2),
        # ("the progress made since the talks": no time, place or side of its own tells
        # another event than the one told)
        another=(since is not None and not (weak and date is None and location is None))
        or (
            bool(ANOTHER.search(body, max(sentence.start, t0 - 30), t1))
            # "to travel to P in May for a further round": the trip's purpose, the visit itself
            and not _TRIP_FOR_ANOTHER.search(body, max(sentence.start, t0 - 120), t0)
        )
        # "praising the last round of discussions of their commission": an earlier session of
        # the pair's talks, not the meeting told
        or (
            body.startswith("round", t0)
            and _LATEST_ROUND.search(body, max(0, t0 - 12), t0) is not None
        ),
        clause_end=hi,
        untensed=untensed,
        recalled=since is not None,
        own_words=(words_lo, words_hi) if beside else None,
        apart_at=(
            governor.start()
            if governor is not None and since is None
            else ahead_by.start()
            if ahead_by is not None
            else None
        ),
        sequel=_sequel(body, sentence.start, lo)
        or int(LATER_STEP.search(body, max(sentence.start, t0 - 30), t0) is not None),
        also=ALSO.search(body, max(sentence.start, t0 - 40), t0) is not None,
        ordinal=_ordinal(body, max(sentence.start, t0 - 60), t0),
        partners=partners,
        partner_dates=partner_dates,
        again=again_date,
        apart=apart,
        guest=_GUEST.match(body, t1) is not None,
        lonely=lonely,
        one_sided=one_sided,
        took_part=_took_part(sentence.text),
        named_sides=len(
            {
                m.code
                for m in local
                if m.kind != "group"
                and not _PLACE_PREP.search(body, max(lo, m.start - 12), m.start)
            }
        ),
        first_to=first_to,
        hosted=rule == "meeting.round"
        and len(countries) == 1
        and organization is None
        and _hosted_by(body, sentence.start, t0, mentions),
        visitor=lonely
        and kind is VISIT
        and (
            (
                body.startswith("visit", t0)
                and _ON_A_VISIT.search(body, max(sentence.start, t0 - 40), t0) is not None
            )
            # "The finance minister is travelling to Kenya on Monday": an office named alone goes
            # abroad, to a state named as such (not a city: a trip at home)
            or (
                _OFFICE_GOES.fullmatch(body, sentence.start, t0) is not None
                and any(
                    t0 < m.start <= t1 + 1  # (first: the story's state is read for these only)
                    and m.kind == "name"
                    and not body.startswith(("'", "’"), m.end)
                    and m.code not in (home, story_state(article))
                    for m in mentions
                )
            )
        ),
    )


# A sentence's closing attribution naming its source: ", Kremlin aide X told reporters.",
# ", Deputy Minister X said." (not "said at the talks": the attribution ends the sentence).
_SOURCE_TAIL = re.compile(
    r""",\s+(?:[A-Z][\w’'.-]*\s+|[a-z][\w-]*\s+){1,8}?(?:told\s+(?:reporters|journalists|the\s+press
    |[A-Z][\w-]*)|said)(?:\s+on\s+[A-Z][a-z]+day)?\s*\.?["”]?\s*\Z""",
    re.VERBOSE,
)
# A nameless official for a portfolio as a side after "between": "a meeting between Minister
# for Energy and the Peruvian Ambassador" (in the home outlet's story, its own minister).
_BETWEEN_NAMELESS = re.compile(
    r"""\s+(?:[\w-]+\s+){0,2}?between\s+(?:the\s+)?(?:(?:Federal|State|Deputy)\s+)?
    (?:Minister|Secretary|Adviser|Advisor)\s+(?:for|of)\s+(?P<field>(?:[A-Z][\w&-]*\s+){1,4}?)
    (?:and|with)\s""",
    re.VERBOSE,
)


def _nameless_between(body: str, t1: int, hi: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether the trigger ending at ``t1`` is "between" a nameless portfolio minister and another.

    The minister's portfolio must name no state ("Minister for Petroleum", not
    "Minister of Foreign Affairs of Peru").
    """
    found = _BETWEEN_NAMELESS.match(body, t1, hi)
    return found is not None and not any(
        found.start("field") <= m.start < found.end("field") for m in mentions
    )


# A dateline of an agency's own shape, read for the state of officials titled without one:
# "MOSCOW, April 3. /TASS/.", "DUSHANBE, 08.04.2026. /AGENCY/.", "LIMA, May 9 (ANDINA):".
_AGENCY_DATELINE = re.compile(
    r"""\s*(?P<city>[A-Z][A-Z'-]{1,20}(?:\s[A-Z][A-Z'-]{1,20})?),\s*
    (?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b""",
    re.VERBOSE,
)


# An official told as heading a state's delegation: "the Peruvian delegation was led by
# Deputy Chairman X, Foreign Minister Y", or "Y led Chile's delegation".
_HEADED_BY = re.compile(
    r"""\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?P<state>(?:[A-Z][\w'’-]*\s+){1,2})delegation\s+
    (?:(?:was|is|will\s+be|has\s+been)\s+)?(?:headed|led|chaired)\s+by\s+
    (?:(?!delegation\b)[^.;]){0,80}?\Z  # the nearest delegation: "A's ... led by X, B's led by Y"
    """,
    re.VERBOSE,
)
_LED_DELEGATION = re.compile(
    r"""\s+(?:led|headed|leads|heads|will\s+lead|will\s+head)\s+(?:the\s+)?
    (?P<state>(?:[A-Z][\w'’-]*\s+){1,2})delegation\b""",
    re.VERBOSE,
)


def _delegation_heads(
    body: str, people: Sequence[PersonMention], mentions: Sequence[CountryMention]
) -> tuple[PersonMention, ...]:
    """Officials with no state told as heading a state's delegation are that state's.

    "... and the Peruvian delegation was led by Foreign Minister X": X is
    Peru's; so is Y in "Y led Peru's delegation". The state
    is the one named in the words before "delegation".
    """

    def state_of(lo: int, hi: int) -> str | None:
        found = {m.code for m in mentions if lo <= m.start < hi and m.kind != "group"}
        return found.pop() if len(found) == 1 else None

    heads: dict[str, str] = {}
    for p in people:
        if p.country is None:
            before = _HEADED_BY.search(body, max(0, p.start - 160), p.start)
            after = _LED_DELEGATION.match(body, p.end) if before is None else None
            found = before or after
            code = state_of(found.start("state"), found.end("state")) if found else None
            if code is not None:
                heads.setdefault(p.name, code)  # later mentions of the name too
    return tuple(
        attrs.evolve(p, country=heads[p.name]) if p.country is None and p.name in heads else p
        for p in people
    )


# An event told at its end with its length: "at the end of a two-week trade mission",
# "concluded his three-day visit".
_ENDED_SPAN = re.compile(
    r"""\b(?:end|ended|ending|ends|conclusion|close|concluded|concluding|wrapped\s+up|wrapping\s+up
    |wound\s+up|winding\s+up  # "wound up two days of talks today": dated by its first day
    # a return ends the trip: "returned (home) on Monday from a three-day visit", "back from"
    |(?:returned|returning|back)(?:\s+[\w-]+){0,4}?\s+from
    |completed|finished|after)\s+
    (?:of\s+)?(?:(?:a|an|his|her|its|their|the)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine
    |ten)[-\s]
    (?P<unit>day|week)\s+(?:[\w-]+\s+){0,2}
    # the body named after it: "a three-day session (here) of the two countries' joint commission"
    (?:(?:here\s+)?of\s+(?:the\s+)?(?:(?:two\s+)?countries['’]\s+)?)?
    # "ended two days of talks", "ended three days of joint commission talks": the length in
    # the plural, its event after "of" and up to three words naming it
    |(?:their\s+)?(?P<n2>two|three|four|five|six|seven|ten)\s+(?P<unit2>day|week)s\s+of\s+
    (?:[\w-]+\s+){0,3})\Z""",
    re.VERBOSE,
)
_SPAN_UNIT = re.compile(r"[\s-](?:day|week)s?\s")  # cheap test before _ENDED_SPAN
# A departure that ends a stay: "left P", "departed", "flew home", "headed back".
_DEPARTED = re.compile(
    r"\b(?:left|departed|flew\s+(?:home|back|out)|headed\s+(?:home|back)|returned)\b"
)
# The length opening a trigger told after "after": "after three days of negotiations".
_LENGTH_OVER = re.compile(
    r"(?P<n2>two|three|four|five|six|seven|ten)\s+(?P<unit2>day|week)s\s+of\s"
)
# An event named as a weekend's: "a weekend meeting", "their weekend of talks" (not "at the
# weekend", a time of the story).
_WEEKEND_EVENT = re.compile(r"\b(?:a|the|their|its)\s+weekend\s+(?:of\s+(?:[\w-]+\s+)?)?\Z")
# A day of an event told by its rank: "on the second day of the state visit".
# (its traveller's possessive too: "the second day of X's visit", "of Chilean President Y's
# state visit"; and "the last day of his two-day visit", the day its length names)
_NTH_DAY_OF = re.compile(
    r"""\bthe\s+(?:(?P<n>second|third|fourth|fifth)|last)\s+day\s+of\s+
    (?:(?:the|his|her|their|a|an)\s+|(?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w.-]*['’]s\s+)
    (?:(?P<length>two|three|four|five)-day\s+)?(?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
_ORDINAL_DAYS = {"second": "two", "third": "three", "fourth": "four", "fifth": "five"}
_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip


# A session told at its close on a day, its length told right after: "signed on Thursday at the
# close of the 10th session of their joint commission ... who co-chaired the two-day session";
# also told ended by its members: "leaders ended their yearly summit in P last night ... the
# four-day meeting", "ended their council meeting in P today ... after two days of talks".
_AT_CLOSE_OF = re.compile(
    r"""\b(?:(?:at|after)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the|their|its|a)\s+[^,.;]{0,80}
    |(?:ended|closed|concluded)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3})\Z""",
    re.VERBOSE,
)
_CLOSE_WORDS = re.compile(r"\bof\b|\b(?:ended|closed|concluded)\s")  # cheap test before it
_LENGTH_TOLD_NEXT = re.compile(
    r"""\b(?:(?:[Tt]he|its|their)\s+(?P<n>two|three|four|five|six|seven)-day\s+(?:[\w-]+\s+){0,2}?
    (?:session|meeting|commission|summit|conference)
    |after\s+(?P<n2>two|three|four|five|six|seven)\s+days\s+of\s+(?:talks|negotiations))\b""",
    re.VERBOSE,
)
# The rest of a close's own clause before its length: "concluded (here|in P) after ...".
_CLOSE_PLACE = re.compile(
    r"(?:\s+(?:here|in\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*))?\s+(?=after\s)"
)


# The session's own close told after its name: "as the sixth session of the A-B commission
# concluded here" (its name's words, then the verb).
_CONCLUDED_AFTER = re.compile(
    # (an acronym in brackets is still the name: "of their Commission (IGC) concluded")
    r"(?:\s+(?:of|the|and|on|for|[A-Z][\w'’-]*|\([A-Z][\w-]*\))){0,10}?"
    r"\s+(?:concluded|ended|closed)\b"
)


def _closed_session_start(
    body: str, sentence: Sentence, trigger: tuple[int, int], date: PartialDate
) -> PartialDate:
    """The first day of a session told at its close on ``date``, its length told next.

    "signed on Thursday at the close of the 10th session of their commission. ... who
    co-chaired the two-day session": the session opened the day before. ``date`` as it
    is unless the meeting word follows "at the close of" (or "ended their") and the next
    300 characters tell the session's length in days with a definite article ("the two-day
    session", "after two days of talks"; "a two-day meeting of experts" is another event).
    Its close may follow its name: "as the sixth session of the commission concluded".
    """
    t0, t1 = trigger
    close = _AT_CLOSE_OF.search(body, max(sentence.start, t0 - 90), t0)
    concluded = _CONCLUDED_AFTER.match(body, t1, sentence.end)
    if close is None and concluded is None:
        return date
    # the length told in the close's own clause comes first: "as the session concluded in
    # P after three days of talks" (the next sentence may tell another event's)
    place = _CLOSE_PLACE.match(body, concluded.end()) if concluded is not None else None
    own = _LENGTH_TOLD_NEXT.match(body, place.end()) if place is not None else None
    told = own or _LENGTH_TOLD_NEXT.search(body, sentence.end, sentence.end + 300)
    if told is None:
        return date
    first = date.first_day() - dt.timedelta(days=_SMALL_NUMBERS[told["n"] or told["n2"]] - 1)
    return PartialDate.from_date(first)


# An event's length told right before its meeting word: "a two-day session", "their three-day
# meeting", "two days of emergency talks" (also opening a sentence: "The two-day session").
_LENGTH_BEFORE = re.compile(
    r"""\b(?:(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<n>two|three|four|five|six|seven)-day\s+
    (?:[\w-]+\s+){0,2}?
    |(?P<n2>two|three|four|five|six|seven)\s+days\s+of\s+(?:[\w-]+\s+)?)\Z""",
    re.VERBOSE,
)
# Its end told in a relative clause after it: "which ended in P yesterday", "that closed on
# Tuesday" (also past a clause between: "which she co-chaired with X and which ended").
_WHICH_ENDED = re.compile(r"\b(?:which|that)\s+(?:[a-z]+\s+)?(?:ended|closed|concluded)\b")
# Or told by the event's own verb right after it: "after three days of talks ended here".
_OWN_ENDED = re.compile(r"\s(?:ended|closed|concluded)\b")


def _ended_after(
    body: str, sentence: Sentence, trigger: tuple[int, int], dates: Sequence[DateMention]
) -> PartialDate | None:
    """The first day of an event told with its length, its last day told after it.

    "at a two-day session of the commission, which ended in P yesterday", "during two days
    of talks which ended on Tuesday": the event began its length less one day before the
    day its relative clause ends it on. ``None`` unless the length stands right before the
    meeting word and a day follows "which ended" within 60 characters.
    """
    t0, t1 = trigger
    length = _LENGTH_BEFORE.search(body, max(sentence.start, t0 - 60), t0)
    if length is None:
        return _ended_on_day_after(body, sentence, t1, dates)
    ended = (
        _OWN_ENDED.match(body, t1)
        or _WHICH_ENDED.search(body, t1, min(sentence.end, t1 + 250))
        # "the two-day 10th session of the A-B commission concluded in P on Tuesday": its own
        # close after its name, as a relative clause's would tell it
        or _CONCLUDED_AFTER.match(body, t1, sentence.end)
    )
    if ended is None:
        return None
    days = _SMALL_NUMBERS[length["n"] or length["n2"]]
    return _first_of_days(dates, ended.end(), ended.end() + 60, days)


# An event's close on a day with its length told after the day: "(Talks between the three
# delegations) ended in Reykjavik on Thursday after four days".
_ENDED_DAY_THEN_LENGTH = re.compile(
    r"\b(?:ended|closed|concluded)\b[^.;]{0,60}?\s+after\s+"
    r"(?P<n>two|three|four|five|six|seven)\s+days\b"
)


def _ended_on_day_after(
    body: str, sentence: Sentence, t1: int, dates: Sequence[DateMention]
) -> PartialDate | None:
    """The first day of an event told ended on a day "after N days", in its own clause.

    The day between the close and its length is the last of N days: the event began N less
    one days before it. ``None`` unless the close follows the meeting word within 80
    characters and a day stands between it and its length.
    """
    ended = _ENDED_DAY_THEN_LENGTH.search(body, t1, min(sentence.end, t1 + 160))
    if ended is None or ended.start() - t1 > 80:
        return None
    return _first_of_days(dates, ended.start(), ended.start("n"), _SMALL_NUMBERS[ended["n"]])


def _first_of_days(dates: Sequence[DateMention], lo: int, hi: int, days: int) -> PartialDate | None:
    """The first of ``days`` days ending on the first day told between ``lo`` and ``hi``."""
    last = next((d.date for d in dates if lo <= d.start < hi and d.date.day is not None), None)
    if last is None:
        return None
    return PartialDate.from_date(last.first_day() - dt.timedelta(days=days - 1))


def _end_day_after(body: str, t1: int, hi: int, dates: Sequence[DateMention]) -> PartialDate | None:
    """The day told after an event's topic in its own clause, as the day it ended.

    "ended two days of talks on sharing the river yesterday": the first day told within
    80 characters after the meeting word, no new clause between; ``None`` when there is none.
    """
    return next(
        (
            d.date
            for d in dates
            if t1 <= d.start < min(hi, t1 + 80)
            and d.date.day is not None
            and not clause_after(body, t1, d.start)
        ),
        None,
    )


# "the eve of" a gathering: the day before it (the gathering's phrase runs to its comma, or on
# through a relative clause of its own: "the eve of the summit, which opens in P on May 14,").
_EVE_OF = re.compile(r"\bthe\s+eve\s+of\s+")
_EVE_PHRASE_END = re.compile(r",(?!\s+(?:which|that)\b)|[;:]")


def _eve_shift(
    body: str,
    sentence: Sentence,
    trigger: tuple[int, int],
    date: PartialDate,
    dates: Sequence[DateMention],
    *,
    own: bool,
) -> PartialDate:
    """``date`` moved by the day "the eve of" puts between the event and the one it names.

    "X and Y will meet on May 13, the eve of the summit": the summit, named in the eve's
    phrase with a day told outside it, is the day after; "On the eve of the summit, which
    opens on May 14, X will hold talks": the talks, told outside the phrase with the day
    told in it, are the day before. A day of the event's own opening (``own``) stays.
    """
    eve = _EVE_OF.search(body, sentence.start, sentence.end)
    told = next((d for d in dates if d.date == date and sentence.start <= d.start), None)
    if eve is None or told is None:
        return date
    stop = _EVE_PHRASE_END.search(body, eve.end(), sentence.end)
    end = stop.start() if stop is not None else sentence.end
    trigger_in = eve.end() <= trigger[0] < end
    told_in = eve.end() <= told.start < end
    if trigger_in and not told_in and not own:
        return PartialDate.from_date(date.first_day() + dt.timedelta(days=1))
    if told_in and not trigger_in:
        return PartialDate.from_date(date.first_day() - dt.timedelta(days=1))
    return date


def _told_after(body: str, ended: re.Match[str], t0: int) -> bool:
    """Whether the event's end needs a day of its own told to date it by its length.

    So it does after "after" ("after two days of talks") and after a return ("has returned
    from a three-day visit"): the day of the story need not be the event's last.
    """
    return ended.start() == t0 or body.startswith(
        ("after", "returned", "returning", "back"), ended.start()
    )


def _nearest_reading(
    read: list[DateMention],
    dates: dict[tuple[int, Tense], list[DateMention]],
    sentence: Sentence,
    published: dt.date,
    t0: int,
) -> list[DateMention]:
    """The dates ``read``, each bare month after ``t0`` read nearest ``published``.

    The times before the trigger keep the reading they had.
    """
    past = {d.start: d for d in sentence_dates(dates, sentence, published, "past")}
    ahead = {d.start: d for d in sentence_dates(dates, sentence, published, "future")}

    def nearest(d: DateMention) -> DateMention:
        if d.start < t0 or d.date.day is not None:  # a weekday or a day keeps its tense
            return d
        readings = [r for r in (past.get(d.start), ahead.get(d.start)) if r is not None]
        return min(readings, key=lambda r: abs(r.date.first_day() - published), default=d)

    return [nearest(d) for d in read]


def _signing_day_before(
    signed: int, ended: int, dates: Sequence[DateMention]
) -> PartialDate | None:
    """The one day told between a signing's verb and the end of the event it closed.

    "The accord was signed yesterday at the end of two days of talks", "signed in P on
    Tuesday by A and B after three days of talks": the signing's day is the talks' last.
    ``None`` unless exactly one date naming a day stands between.
    """
    # a coarser time between is the deal's own ("signed on Monday aimed at raising trade to
    # $1 billion this year, at the end of ..."), never the day it was signed
    days = [
        d.date for d in dates if signed <= d.start and d.end <= ended and d.date.day is not None
    ]
    return days[0] if len(days) == 1 else None


def _lead_signing_day(
    article: Article,
    sentence: Sentence,
    dates: dict[tuple[int, Tense], list[DateMention]],
    dateline_end: int,
) -> PartialDate | None:
    """The day of the signing the story's lead tells, when a later sentence tells its event.

    "A and B signed a protocol yesterday ... The protocol was signed at the close of a
    three-day session": the session closed on the lead's day. ``None`` unless the lead
    is another sentence that tells a signing with one day after its dateline.
    """
    lead = split_sentences(article.body)[0]
    if lead.start == sentence.start or "signed" not in lead.text:
        return None
    days = [
        d.date
        for d in sentence_dates(dates, lead, article.published, "past")
        if d.date.day is not None and d.start >= dateline_end
    ]
    return days[0] if len(days) == 1 else None


def _first_day(
    ended: re.Match[str], date: PartialDate | None, published: dt.date | None
) -> PartialDate | None:
    """The first day of an event told at its end, from its length and its last day.

    The last day is the event's date when it names a day, else the publication
    date (when there is one and the event's date, if any, holds it). A length in
    weeks gives the month of the first day only; in days, the day itself.
    """
    if date is not None and date.day is not None:
        last = date.first_day()
    elif published is None:
        return date
    elif date is None or date.contains(PartialDate.from_date(published)):
        last = published
    else:
        return date
    told = ended.groupdict()
    n = told.get("n") or told["n2"]
    unit = told.get("unit") or told["unit2"]
    count = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
    days = count * 7 if unit == "week" else count
    first = last - dt.timedelta(days=max(days - 1, 0))
    if unit == "week":
        return PartialDate(first.year, first.month)
    return PartialDate.from_date(first)


def _ordinal(body: str, lo: int, t0: int) -> str | None:
    """The ordinal naming the session whose meeting word starts at ``t0``, lower-cased."""
    found = ORDINAL.search(body, lo, t0)
    return found["n"].lower() if found is not None else None


def _verb_chain(
    body: str, lo: int, trigger: tuple[int, int], hi: int
) -> tuple[int, int, int] | None:
    """The objects of the verbs before a trigger in a chain of meeting verbs, and where its own end.

    In "X met A, held talks with B and spoke with C" each verb shares the subject X
    and has its own counterpart: for "talks" the objects of "met" (A) lie in the
    returned ``(start, end)`` gap, and its sides stop at "and spoke". ``None`` when
    the trigger is in no such chain.
    """
    t0, t1 = trigger
    after = _CHAIN_LINK.search(body, t1, hi)
    before = None
    for link in _CHAIN_LINK.finditer(body, lo, min(hi, t1 + 60)):
        if link.start(link.lastgroup or 0) <= t0:
            before = link
    if after is None and before is None:
        return None
    stop = after.start() if after is not None else hi
    if before is None:
        return (t0, t0, stop)
    first = _CHAIN_VERB.search(body, lo, before.start())
    if first is None:
        return (t0, t0, stop)
    return (first.start(), before.start(), stop)


def _antecedent(body: str, people: Sequence[PersonMention], start: int) -> PersonMention | None:
    """The person a sentence's "he" or "she" stands for, or ``None``.

    It is the first person named in the sentence just before (its subject),
    when that sentence names anyone.
    """
    before = [p for p in people if p.end <= start]
    if not before:
        return None
    last = before[-1]
    opening = max(body.rfind(". ", 0, last.start), body.rfind("\n", 0, last.start)) + 1
    stops = list(_STOP.finditer(body, last.end, start))
    if len(stops) > 1 and not all(
        _pronoun_met(body, stop.end() - 1, next_stop.start())
        for stop, next_stop in itertools.pairwise(stops)
    ):
        return None  # a sentence naming nobody stands between (not "He met Y." of the same)
    phrase = _OPENING_PHRASE.match(body, opening, last.end)
    # "In his talks with Y, X said ...": the subject stands after the opening phrase
    subject = opening if phrase is None else phrase.end()
    first = next((p for p in before if p.start >= subject), None) or next(
        (p for p in before if p.start >= opening), None
    )
    if first is not None and _pronoun_met(body, opening, first.start):
        # "X arrived in P. He met Y. He also met Z": that sentence's "he" is X too
        return _antecedent(body, people, opening) or first
    return first


# A sentence's opening phrase before its subject: "In his conversation with Y, ", "During the
# talks with Y, ", "After meeting Y, ".
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|During|At|After|Following|Before|Upon|On|With|Besides)\s[^,.;:]{3,100},\s"
)


def _pronoun_met(body: str, lo: int, hi: int) -> bool:
    """Whether the sentence from ``lo`` opens with "He" or "She" and a meeting word before ``hi``.

    >>> _pronoun_met(" He also met the IMF chief.", 0, 27), _pronoun_met(" He said X", 0, 10)
    (True, False)
    """
    return bool(_PRONOUN_OPENING.match(body, lo, hi) and TRIGGER_WORDS.search(body, lo, hi))


# A sentence opening with a pronoun as its subject: " He met", "She also".
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\s")
_STOP = re.compile(CLAUSE_STOP + " ")  # (not "Oct. 18": a day's month)


# "The head of state" as the subject of the meeting verb, named by title alone.
_HEAD_OF_STATE = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)[Tt]he\s+[Hh]ead\s+of\s+[Ss]tate\s+"
    # "is expected to hold a", "is scheduled to", "will also"
    r"(?:(?:is|was)\s+(?:expected|scheduled|due|set)\s+to\s+)?(?:[a-z]+\s+){0,3}\Z"
)
_DEPUTY = re.compile(r"\b(?:[Dd]eputy|[Vv]ice)\b")
# "the minister" as a clause's subject, with no name after it: "On June 7, the minister received"
_THE_MINISTER = re.compile(r"(?:^|(?<=[,;]\s))[Tt]he\s+[Mm]inister\s+(?:[a-z]+\s+){0,3}\Z")


# An event's name (its tail after the trigger: "on Economic Cooperation", "for Action
# "Water for All"") then a relative clause telling its own taking place: "which will be held",
# "which was held", "which Peru is to host", or its bare participle of a plan (", scheduled
# for"). It gives the event's tense and date.
_OWN_PREDICATE = re.compile(
    r"""(?:\s+(?:on|for|of|in|to)\s+(?:the\s+)?[A-Z"“][\w"”’'-]*
      (?:\s+(?:(?:and|of|the|for|on|in|to|&)\s+)*[A-Z"“][\w"”’'-]*){0,12})?
    \s*,\s+(?:
    # its bare participle: "the next session of the A-B commission, scheduled for September"
    (?:(?:also|now|tentatively)\s+)?(?:scheduled|planned|slated)\s+for
    |(?:which|that)\s+
    (?:(?:will|would|is\s+(?:also\s+)?(?:to|scheduled\s+to|expected\s+to|set\s+to|due\s+to|planned\s+to)
      |are\s+(?:to|scheduled\s+to|expected\s+to|set\s+to|due\s+to))\s+(?:be\s+held|take\s+place|convene)
      # "Putin's visit to A, which is scheduled for next year": its time to come
      |(?:is|are)\s+(?:(?:also|now|tentatively)\s+)?(?:scheduled|planned|set|slated|expected)\s+for
      |(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:,\s+as\s+[^,.;]{1,40},)?\s+
        (?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+scheduled\s+to)\s+host
      # "which both leaders are expected to attend", "which will be attended by": its guests
      # to come
      |(?:(?:both|the|all)\s+(?:[a-z]+\s+){0,2}|(?:[A-Z][\w-]*\s+){1,3})(?:(?:is|are)\s+(?:also\s+)?
        (?:expected|scheduled|set|due|planning|going)\s+to|plans?\s+to|intends?\s+to|will)\s+
        (?:attend|take\s+part|participate)
      |will\s+be\s+attended\s+by
      |(?P<held>(?:was|were)\s+held|took\s+place)))\b""",
    re.VERBOSE,
)


# The event's name, an aside on it between commas, then its own taking place: "the fourth
# meeting of the joint commission on trade, which he co-chairs, would be held in Lima".
_ASIDE_PREDICATE = re.compile(
    r"""(?:\s+(?:of|on|for)\s+[^,.;]{1,120}?)?,\s+(?:which|who|that)\s+[^,.;]{1,50},\s+
    (?:(?:will|would|is\s+to|are\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+(?:be\s+held
    |take\s+place|convene)|(?P<held>(?:was|were)\s+held|took\s+place))\b""",
    re.VERBOSE,
)


# The title's holder acting at a gathering named right before its word: "the Vice President
# attended the ASEAN-U.S. Summit", "took part in the G7 Summit" (no "of": "The President of
# Kyrgyzstan is in ..." names another holder).
_GATHERING_NAMED = (
    r"|(?P<named>(?:(?!was\s|were\s|of\s)[a-z]+\s+){1,3}the\s+(?:[a-z]+th\s+|first\s+|second\s+|third\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,4})"
)


# A story's official named by a unique title as the subject: "The prime minister will also".
_TITLE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)[Tt]he\s+(?P<title>[Pp]rime\s+[Mm]inister|[Pp]remier"
    r"|[Cc]hancellor|[Pp]resident|[Ff]oreign\s+[Mm]inister)"
    r"\s+(?:(?:(?!was\s|were\s)[a-z]+\s+){0,3}"  # not "was met by": a welcome
    + _GATHERING_NAMED
    + r")\Z"
)


# "the Deputy Secretary held talks": a capitalised title other than those above, as a
# clause's subject, with no name after it
_OWN_TITLE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)[Tt]he\s+(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
    r"\s+(?:(?:(?!was\s|were\s)[a-z]+\s+){0,3}" + _GATHERING_NAMED + r")\Z"
)


def _sequel(body: str, start: int, lo: int) -> int:
    """1 when a sentence opens as the next step of a programme, 2 for "the next day"; else 0.

    Only when the trigger's clause starts the sentence (its sides follow the marker).
    """
    step = SEQUEL.match(body, start)
    if step is None or lo > step.end():
        return 0
    return 2 if step["next"] else 1


# A first-person subject right before the trigger, outside a quotation: "whom I met with",
# "Today I spoke with" (in a government's own statement, its leader speaks).
_FIRST_PERSON = re.compile(r"(?<![“\"'‘])\bI\s+(?:have\s+|had\s+|also\s+|will\s+)?\Z")


# The name of the Dialogue a session is of: "round of their Economic Policy Dialogue".
_DIALOGUE_NAME = re.compile(r"\bof\s+(?:the|their)\s+(?P<t>[^\s].*Dialogue)\Z")


def _titled_guest(
    body: str, start: int, t0: int, people: Sequence[PersonMention]
) -> PersonMention | None:
    """The story's official a visit's guest names by title alone ("invited the Emir to visit").

    The one holder of that title (of the state told with it, if any) named before the
    sentence at ``start``; ``None`` where the guest is not told so, or no single holder fits.
    """
    told = guest_title(body, start, t0)
    if told is None:
        return None
    title, state_words = told
    office = title.casefold()
    states = state_codes(state_words) if state_words else None
    holders = {
        (p.name, p.country)
        for p in people
        if p.start < start
        and p.role
        and " ".join(p.role.split()).casefold().startswith(office)
        and (states is None or p.country in states)
    }
    if len(holders) != 1:
        return None
    return next(p for p in people if (p.name, p.country) in holders)
