"""Meetings in diplomatic news: calls, talks, visits and conferences (spec section 2).

One pass over the sentences of a body; only sentences holding a trigger word
("met", "talks", "visit", "spoke", "summit", ...) are read closely. Each
trigger yields a candidate whose sides come from the clause around it: the
officials named there (:mod:`diplonews.text._people`), the states and
groups it names (:mod:`diplonews.text.countries`), the place ("in Baku",
"here" for the dateline city) and the time (:mod:`diplonews.text.dates`).
Candidates naming the same event (compatible kinds, overlapping sides,
compatible dates) merge into one record that keeps every evidence span; a
bare back-reference ("the talks") only adds evidence to the event before it.

Every record names its rule (``Meeting.rule``): ``meeting.phone_call``,
``meeting.spoke_with``, ``meeting.spoke``, ``meeting.visit``,
``meeting.conference_named``, ``meeting.org_meeting``, ``meeting.met_with``,
``meeting.held_talks``, ``meeting.received``, ``meeting.received_by``, ``meeting.called_on``,
``meeting.commission``, ``meeting.spoke_with_envoy``, and the plain-prose rules of
:mod:`~diplonews.meetings._prose` (``meeting.reached_out``, ``meeting.went``), and the recall
fallback of :mod:`~diplonews.meetings._fallback` (``meeting.fallback``); suffixes tell how a
record grew: ``+back_reference``, ``+another``, ``+multilateral`` (talks among
four or more sides are a conference).

Several events of one sentence or paragraph stay separate records: the steps
of a visit told one after another ("The next day, ...", "After that, ...",
"X also met Y"), talks at a summit named in the same sentence, sessions of a
series with their own ordinals, and events named as several ("bilateral
meetings with officials from A, B and C"). Article-level context fills what a
mention leaves out: the state a headline or a "Turkish-Uzbek" pair gives an
official named without one, the sides of the visit under way for "received
the guest", and the date that opens a sentence.

The patterns live in :mod:`~diplonews.meetings._rules`, place, date and
body in :mod:`~diplonews.meetings._places`, merging in
:mod:`~diplonews.meetings._merge`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import load_region_members
from diplonews.meetings._fallback import fallback_meetings
from diplonews.meetings._merge import (
    Candidate,
    back_reference,
    compatible,
    fold_name_words,
    forward_references,
    merge,
    named_by_its_city,
    recalled,
    same_event,
    trip_to,
    visit_days,
)
from diplonews.meetings._places import (
    BRIEFED,
    NAMED_BEFORE,
    PORTFOLIO,
    a_people,
    agency_dateline_end,
    body_named,
    body_officials,
    body_session,
    clause_bounds,
    find_location,
    find_organization,
    find_title,
    holds,
    home_country,
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
    PROSE_RULES,
    TRIGGERED_RULES,
    due_in,
    for_others,
    names_a_pact,
    planned_trip,
    pronoun_before_auxiliaries,
    went_abroad,
)
from diplonews.meetings._rules import (
    ALSO,
    AND_ANOTHER,
    ANOTHER,
    BACK_REFERENCE,
    CALLED_FOR,
    CALLED_OFF,
    CANCELLED_BEFORE,
    CONDITION_AFTER,
    CONDITION_BEFORE,
    DENIED_AFTER,
    DENIED_PLAN,
    HOST_AFTER,
    INTERNATIONAL,
    INVITED_TO,
    LATER_STEP,
    LINK_LINE,
    MANY_SIDES,
    MANY_STATES,
    MAY_LEAD_TO,
    MODAL_HOLD_BEFORE,
    MODALS,
    NAMED_ROUND,
    NAMELESS_TITLE,
    NEW_CLAUSE,
    NON_STATE_AFTER,
    NON_STATE_BEFORE,
    OFFICE_AFTER,
    ORDINAL,
    OWN_SIDE,
    PAST,
    PAST_AFTER,
    PLACE_BEFORE,
    PROPOSED_TO,
    REJECTED_HEAD,
    REQUESTED,
    ROUND_BEFORE,
    RULED_OUT_AFTER,
    RULES,
    SAID_AT_EVENT,
    SEQUEL,
    SESSION_TITLE,
    SIDELINES,
    SIDELINES_BARE,
    SPECULATIVE,
    SPEECH_CONTENT,
    SUCH_A,
    TALKS_AS_TOPIC,
    TOPIC_BEFORE,
    TRIGGER_WORDS,
    WITH_WHOEVER,
    WOULD_AFTER,
    made_during,
    meeting_status,
    no_event_of_states,
    of_this_kind,
    other_to_come,
    past_cue,
)
from diplonews.meetings._scan import WordHits, word_hits
from diplonews.meetings._window import STATUS_WINDOW, TRIGGERS_PER_SENTENCE, status_start
from diplonews.models import Article, Meeting, MeetingKind, MeetingStatus
from diplonews.text import (
    PersonMention,
    Sentence,
    body_mentions,
    by_section,
    extract_people,
    meeting_words,
    person_spans,
    split_sentences,
    trie,
)
from diplonews.text.countries import (
    CountryMention,
    city_country,
    extract_country_mentions,
    place_country,
)
from diplonews.text.dates import MONTH_PATTERN, DateMention, Tense
from diplonews.values import Country, PartialDate, Participant, Place, Span

__all__ = ["extract_meetings"]

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
# The event's opening told right after it: "The forum, which opened on June 7, ...".
_OPENED_ON = re.compile(
    r",\s+(?:which|that)\s+(?:was\s+)?(?:opened|began|started|kicked\s+off)\s+"
    r"(?:in\s+[A-Z][\w'’-]+\s+(?=on\s))?(?:on\s+)?"  # "which opened in Skopje on Thursday"
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
    r"|(?<=,\s)followed\s+by(?=\s+(?:[A-Z]|his\s|her\s))"
    r"|in\s+(?:two\s+|three\s+|several\s+)?separate\s+(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:meetings|talks|calls|conversations))\b"
)
# Where the clause of an event told in a participle ends: "signed during X's visit to C,
# will be", "adopted at the summit is to be reviewed".
_MAIN_VERB_AFTER = re.compile(r",|\s(?:will|would|shall|is\s+to|are\s+to|was|were|is|are)\s")
# A trip's next stop, a gathering: "en route to the", "on his way to the", "before heading to".
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
# Objects of one verb told as met one after another, or each on a day of its own: "received
# A, and then B", "met A on May 13 and B on May 14" (the date just before "and").
_EACH_ITS_OWN = re.compile(
    r""",?\s+and\s+then\s+(?:also\s+)?(?:with\s+)?(?:the|his|her|[A-Z])
    |\b(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?
    |[A-Z][a-z]+day)\s+and\s+(?:with\s+)?(?:the|his|her|[A-Z])""",
    re.VERBOSE,
)
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
# The subject's own word for its meeting partner: "held talks with X" (not "talks between").
_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,3}?with\s")
# Two officials' surnames joined before the event word: "the Soto-Vos meeting", "the Blinken–Wang
# talks" (a name's own hyphen, "Al-Saud", is one name: both parts must be an official's surname).
_SURNAMES_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<a>[A-Z][a-z'’]+)\s*[-–]\s*(?:(?:de|van|von|da|di|le|la)\s+)?(?P<b>[A-Z][a-z'’]+)\s+\Z"
)
# A conversation, the noun alone (no medium): "In his conversation with X", "the conversation".
_CONVERSATION = re.compile(r"[Cc]onversations?\b")
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
    "met with both", "talks between", a summit).
    """
    t0, t1 = trigger
    if " with " not in body[t1 : t1 + 40] or not _WITH.match(body, t1):
        return False
    after = {p.country for p in who if p.country is not None and t1 <= p.start < sides_hi}
    before = {p.country for p in who if p.country is not None and p.start < t0}
    return (
        len(after - before) >= 2
        and bool(before)
        and _TOGETHER.search(body, sentence.start, sentence.end) is None
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
# A gathering's past host told in a clause right after its name: "the D-8 summit that Egypt
# hosted in Cairo in December", "the second Summit, which A co-hosted with B, C and D on March
# 29 and 30", "the Forum, hosted by T on April 11-13". The host (and its co-hosts) take part,
# and the clause's place and time are the gathering's own. The clause ends at the sentence's
# end, a semicolon, "and that/which/who" or a comma opening another clause.
_HOSTED_CLAUSE = re.compile(
    r"""(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)?
    # the name's tail first: "Summit for Democracy, which A co-hosted"
    (?:,?\s+(?:which|that)\s+(?P<host>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*|he|she|they)
      \s+(?:had\s+|has\s+)?(?:co-)?hosted
    |,\s+(?:co-)?hosted\s+by\s+(?P<by>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*))\b
    (?P<rest>(?:(?!\s+and\s+(?:that|which|who)\b|,\s+(?:which|who|where|but|while)\b)[^.;])*)""",
    re.VERBOSE,
)
# A pointer back to the event just told: "there", "on the sidelines of the meeting".
_THERE = re.compile(
    r"""\b(?:there|[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+[a-z]+
    |(?:[Aa]t|[Dd]uring)\s+the\s+(?:meeting|summit|forum|session|event|conference|visit|trip))\b""",
    re.VERBOSE,
)
# The pair named as the sides of the event: "talks between the ministers of the two countries".
_PAIR_AS_SIDES = re.compile(
    r"[\w-]+\s+(?:between|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+two|both)\s+"
    r"(?:countries|states|sides|nations)\b"
)
# An office of a body named as a gathering: "... the Conference on X in Asia chairmanship".
_BODY_OFFICE_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|on|of|and|in|for|the)){0,12}\s+(?:chairmanship|presidency|secretariat"
    r"|membership)\b"
)
# Talks on the sidelines of the event just told: "On the sidelines of the summit, ...".
_SIDELINES_OF_THE = re.compile(  # "the summit", "the Council" (not "the Astana Forum": a name)
    SIDELINES.pattern + r"\s+the\s+(?:[a-z]+|[A-Z][a-z]+(?!\s+(?:[A-Z]|of\b)))\b"
    # "On its sidelines, X will meet Y", "On the sidelines, X met Y"
    r"|" + SIDELINES_BARE.pattern
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
# The session before the story's, told by its rank: "the previous round of discussions".
_LATEST_ROUND = re.compile(r"\b(?:latest|last|previous|recent)\s+\Z")
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
# A hope that sides will hold the event, however far: "hoped A and B would hold meetings of".
_HOPED_TO_HOLD = re.compile(
    r"""\b(?:hopes?|hoped|hoping)\s+(?:that\s+)?[^.;:]{0,80}?\b(?:would|will|could|can|to)\s+
    (?:[a-z]+ly\s+)?(?:hold|have|convene|organi[sz]e|arrange)\s+(?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# What a hope is about when an act of its own comes between it and the event: "hope to sign
# [the deal] at the next meeting" (but "hope to hold talks at the summit" hopes for the talks).
_ACT_AT_EVENT = re.compile(
    r"""\s+to\s+(?!(?:hold|have|meet|visit|attend|convene|organi[sz]e|arrange|host|begin|start
    |resume|join|take)\b)[a-z]+\b[^.;]{0,60}?\b(?:at|during)\s+(?:the|a|this|their|its)\s+
    (?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# What a hope is about when it follows the event: its effect ("his visit ... will help").
_HOPED_EFFECT = re.compile(
    r"""[^.;]{0,80}?\b(?:will|would|can|could)\s+(?:also\s+)?(?:help|contribute|lead|bring
    |boost|give|open|strengthen|promote|serve|result|pave|produce|deepen|improve|advance)\b""",
    re.VERBOSE,
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


def _legs_before(body: str, out: list[Candidate]) -> None:
    """Drop a trip told only as "before going to P" where the story tells P's event apart.

    "Before traveling to Port Moresby, the President will take part in the summit in
    Hiroshima", "held talks in Caracas on Sunday before flying to Vienna" (for the conference
    there): the trip is the next leg of a trip, or the way to a gathering, that another
    sentence tells; no event of its own, and the other leg's state is none of its sides.
    """
    for trip in [c for c in out if c.kind is MeetingKind.VISIT and c.location is not None]:
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
# Talks with each counterpart of a gathering apart: "met his counterparts bilaterally".
_COUNTERPARTS_APART = re.compile(
    r"""(?:met|meets|held\s+(?:separate\s+|bilateral\s+)?(?:meetings|talks))\s+(?:with\s+)?
    (?:his|her|their)\s+(?:[a-z]+\s+)?counterparts\s+(?:bilaterally|separately|individually
    |one\s+by\s+one|on\s+a\s+bilateral\s+basis)\b""",
    re.VERBOSE,
)
# The pair of the story's first event as the subject of a meeting of theirs with a third:
# "The leaders recalled their trilateral meeting with X", "The two presidents discussed their
# upcoming meeting with Y".
_THEIR_MEETING_WITH = re.compile(
    r"""^\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers|sides
    |heads\s+of\s+state)\s+(?:[a-z-]+\s+){1,3}their\s+(?:[a-z-]+\s+){0,2}\Z""",
    re.VERBOSE,
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
# Talks whose purpose is a deal of firms: "in talks to buy the assets of X".
_DEAL_TALKS = re.compile(
    r"\s+to\s+(?:buy|acquire|sell|purchase|merge|take\s+over|invest\s+in|list|float)\b"
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
    r"(?P<verb>held|had|met|spoke|received|hosted|telephoned|phoned|talked|sat|visited)\b"
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
    r"(?:meeting|talks|call|conversation|visit|summit|trip|session)s?)\b))"
)
# A link that is a participle of the event before, no event of its own: "the summit, held
# during the session of the Assembly" (its body and place are the summit's too).
_PARTICIPLE = re.compile(r",\s+(?:held|hosted|convened)\s+(?:during|in|at|on|by|under|as)\b")
_CHAIN_VERB = re.compile(
    r"\b(?:held|had|met|spoke|received|hosted|telephoned|phoned|talked|visited|sat|attended"
    r"|(?:will|to)\s+(?:meet|hold|have|speak|receive|host|visit|attend|travel|pay))\b"
)
# A place phrase before a state: "drew criticism in A and B" names no side.
_PLACE_PREP = re.compile(r"\b(?:in|at|from|across|throughout)\s+(?:the\s+)?\Z")
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:city|capital|town|resort)\s+of\s+)?\Z"
)  # where, not with whom: "in A", "in the A city of P"
# A sentence opening with the event as an adverbial phrase: "In a phone call on Saturday, ...".
_OPENING = re.compile(
    r"\s*(?:In|During|At|Over|Via)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}\Z"
)


_READOUT_RULES = RULES + TRIGGERED_RULES  # the rules every trigger sentence is read with
_ALL_RULES = _READOUT_RULES + PROSE_RULES  # and those of a sentence with a prose word


class _RuleIndex(NamedTuple):
    """The rules of :data:`_ALL_RULES` by the words their matches hold, as bit masks."""

    #: Finds, at each place of a text where words of the rules start, the longest of them.
    scan: re.Pattern[str]
    #: For each word, the rules (bit ``i`` for ``_ALL_RULES[i]``) of it and of every word
    #: it starts with (which stand at the same place whenever it does).
    rules_of: dict[str, int]
    #: The rules with no words (tried in every sentence).
    always: int
    #: The rules of :data:`_READOUT_RULES` (a prefix of :data:`_ALL_RULES`).
    readout: int
    #: The same words as :attr:`scan`, each match taken whole: the scan goes on after it.
    words: re.Pattern[str]
    #: For each word, its rules and those of every word inside it (at any place after its
    #: first character): the longest words at those places, which a scan going on after
    #: the word does not try.
    inside: dict[str, int]
    #: For each word, the places after its first character where a longer word than the
    #: rest of it may start (one that runs past its end): :attr:`scan` is tried there.
    overlaps: dict[str, tuple[int, ...]]


@functools.cache
def _rule_index() -> _RuleIndex:
    """The word index of the rules, built on first use from their own word lists."""
    own: dict[str, int] = {}
    always = 0
    for i, (_rule, _kind, words, _pattern) in enumerate(_ALL_RULES):
        if not words:
            always |= 1 << i
        for word in words:
            own[word] = own.get(word, 0) | 1 << i
    rules_of = {
        word: functools.reduce(operator.or_, (own[v] for v in own if word.startswith(v)))
        for word in own
    }
    # A trie tries the longer words first, so at each place it finds the longest word there;
    # the lookahead lets the scan go on from the next character (words may overlap).
    scan = re.compile(f"(?=({trie(sorted(own))}))")
    inside = {
        word: functools.reduce(
            operator.or_,
            (rules_of[v] for k in range(1, len(word)) for v in own if word.startswith(v, k)),
            rules_of[word],
        )
        for word in own
    }
    overlaps = {
        word: tuple(
            k
            for k in range(1, len(word))
            if any(len(v) > len(word) - k and v.startswith(word[k:]) for v in own)
        )
        for word in own
    }
    whole = re.compile(trie(sorted(own)))
    readout = (1 << len(_READOUT_RULES)) - 1
    return _RuleIndex(scan, rules_of, always, readout, whole, inside, overlaps)


def _rules_to_try(text: str, prose: bool) -> list[int]:
    """The indices in :data:`_ALL_RULES`, in order, of the rules that may match ``text``.

    A rule may match only where one of its words stands (or it has none): one scan of
    the sentence finds the words of all the rules, instead of a test of each rule's
    words in turn, and the rules of the words found are tried (the prose rules only
    when ``prose``): exactly those that the tests of each rule's words let through.
    """
    index = _rule_index()
    mask = index.always
    # The words are taken whole, not tried at every place (a fifth faster): the words
    # inside a match are its own (``inside``); one that may start inside it and run past
    # its end is looked for where it would start (``overlaps``, rare).
    for found in index.words.finditer(text):
        word = found.group()
        mask |= index.inside[word]
        for k in index.overlaps[word]:
            longer = index.scan.match(text, found.start() + k)
            if longer is not None:
                mask |= index.rules_of[longer.group(1)]
    if not prose:
        mask &= index.readout
    out = []
    while mask:
        low = mask & -mask  # the first rule left, so that the rules come in their order
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _rule_matches(
    sentence: Sentence, prose: list[int]
) -> list[tuple[str, MeetingKind, list[re.Match[str]]]]:
    """The matches of each rule in a trigger sentence, in the order they are read.

    Every rule is tried (those of a prose word too where the sentence holds one), in
    order, and at most :data:`TRIGGERS_PER_SENTENCE` matches are taken in all: beyond
    them, hostile text rather than prose. Rules with no match are left out; a rule
    none of whose words the sentence holds cannot match and is not tried
    (:func:`_rules_to_try`).
    """
    text = sentence.text
    if LINK_LINE.match(text):
        return []  # "READ: ..." heads another story
    budget = TRIGGERS_PER_SENTENCE
    out: list[tuple[str, MeetingKind, list[re.Match[str]]]] = []
    for i in _rules_to_try(text, holds(prose, sentence.start, sentence.end)):
        rule, kind, _words, pattern = _ALL_RULES[i]
        matches = list(itertools.islice(pattern.finditer(text), budget))
        if matches:
            budget -= len(matches)
            out.append((rule, kind, matches))
    return out


def _candidates(article: Article, words: WordHits) -> list[Candidate]:
    """The candidates of the rules, ``words`` the body's trigger and prose words."""
    body = article.body
    home = home_country(article)
    dateline_end, dateline_city = read_dateline(body)
    sentences = split_sentences(body)
    # Trigger words, and prose words ("was in Lima last week": read, though no trigger word)
    hits, prose = words
    triggered = [
        s
        for s in sentences
        if holds(hits, s.start, s.end)
        or holds(prose, s.start, s.end)
        # "Norway will convene ministers from the region": no trigger word, but a gathering
        # (not a hit either: "the session will be convened in" reads its clause as before)
        or ("onven" in s.text and _CONVENES.search(s.text) is not None)
        or ("at the G" in s.text and _AT_GROUP.search(s.text) is not None)  # "at the G-20"
    ]
    if not triggered:
        return []
    # The rule matches of each trigger sentence come first: they need no official, and in an
    # article whose trigger words no rule takes (most of those that report no meeting) the
    # officials are never read. Sentences after the last match add nothing.
    found = [_rule_matches(s, prose) for s in triggered]
    last = max((i for i, f in enumerate(found) if f), default=-1)
    if last < 0:
        return []
    scanned = body_mentions(body)

    def read_people() -> Sequence[PersonMention]:
        """The story's officials, read when the first candidate needs them.

        A story whose rule matches are all set aside before a candidate is read (a
        "press conference", a "round" with no number) never reads them.
        """
        # Officials are read only where they can matter: trigger sentences, and earlier
        # sentences with a role word, which introduce full names used later ("Rha" after "Rha
        # Woong Bae"), however deep in the story ("Ana Ruiz and Omar bin Khalid spoke" in a
        # live blog's tenth item, after "British Prime Minister Ana Ruiz" in its sixth).
        lead = [(s.start, s.end) for s in sentences if s.start < triggered[-1].end]
        kept = {(s.start, s.end) for s in triggered}  # trigger sentences are read in any case
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
                officials = _dateline_officials(body, officials, scanned.mentions, state)
        if "delegation" in body and any(p.country is None for p in officials):
            officials = _delegation_heads(body, officials, scanned.mentions)
        return officials

    people: Sequence[PersonMention] | None = None
    out: list[Candidate] = []
    dates: dict[tuple[int, Tense], list[DateMention]] = {}  # read once per sentence and tense
    rejected: set[str] = set()  # gathering words of names rejected as no meeting
    for sentence, matches in zip(triggered[: last + 1], found[: last + 1], strict=True):
        if LINK_LINE.match(sentence.text):
            continue  # "READ: ..." heads another story
        local = scanned.between(sentence.start, sentence.end)
        topics: list[Candidate] = []  # earlier talks of the sentence, whose topic may follow
        previous: Candidate | None = None
        used = []
        text = sentence.text
        for m in not_meetings(text):
            used.append((m.start() + sentence.start, m.end() + sentence.start))
            head = REJECTED_HEAD.search(text[m.start() : m.end()])
            if head is not None:
                rejected.add(head["head"].lower())
        if not matches:
            continue  # it only names the gatherings that are no meeting
        first = len(out)
        for rule, kind, pattern_matches in matches:
            for match in pattern_matches:
                t0, t1 = match.start() + sentence.start, match.end() + sentence.start
                if any(a <= t0 < b or t0 <= a < t1 for a, b in used):
                    continue
                if rule == "meeting.round" and (
                    (number := ROUND_BEFORE.search(body, max(sentence.start, t0 - 50), t0)) is None
                    or (number["near"] and text.startswith("round", match.start()))
                ):
                    continue  # "round" or "session" named by no number: no session of its own
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
                    and not cand.weak
                    and kind is not MeetingKind.VISIT
                    and _new_named_session(body, sentence.start, t0, t1)
                ):
                    # "and convened a Joint Working Group meeting": a new event of the story
                    cand.another = cand.new_session = True
                elif (
                    cand is not None
                    and kind is not MeetingKind.VISIT
                    and _also_a_session(body, sentence.start, t0, t1)
                    and not _on_its_visit_days(cand)
                ):
                    # "X also took part in a bilateral dialogue with officials": the next event
                    cand.another = cand.new_session = True
                    cand.weak = False
                elif (
                    cand is not None
                    and kind is MeetingKind.VISIT
                    and _PAVES_THE_WAY.search(body, max(sentence.start, t0 - 120), t0) is not None
                ):
                    cand.another = True  # "to pave the way for X's visit": a later event
                    if article.published is not None and (
                        cand.date is None or cand.date.last_day() >= article.published
                    ):
                        # "officials have shuttled back and forth to lay the groundwork for X's
                        # visit": a visit still to come, whatever the tense of the preparing
                        cand.status = MeetingStatus.PLANNED
                        # the visit to come told before, if any: "X sets out Wednesday on a trip
                        # to A ... to lay the groundwork for X's visit"
                        cand.another = not any(
                            c.kind is MeetingKind.VISIT
                            and c.status is MeetingStatus.PLANNED
                            and c.countries & cand.countries
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
                    cand.status = MeetingStatus.HELD
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
                    and kind is MeetingKind.CONFERENCE
                    and cand.organization is None
                    and match.group().lower() in rejected
                    and not NAMED_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
                ):
                    continue  # "the Global Media Forum" ... "the 3rd Forum": the same non-meeting
                if cand is None or (
                    rule == "meeting.discussed_with"
                    and any(
                        c.kind is MeetingKind.CALL
                        for c in out
                        if c.evidence[0].start == sentence.start
                    )
                ):
                    continue  # "discussed X with Y during a phone call": the call itself
                if (
                    cand.kind is MeetingKind.CONFERENCE
                    and cand.status is MeetingStatus.HELD
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
                    cand.kind is MeetingKind.MEETING
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
                if cand.kind in (MeetingKind.CALL, MeetingKind.MEETING) and not cand.weak:
                    topics.append(cand)
                if (
                    cand.kind is MeetingKind.CONFERENCE
                    and previous is not None
                    and previous.kind is MeetingKind.CONFERENCE
                    and AND_ANOTHER.search(body, previous.anchor, t0)
                ):
                    # "on October 4-5 ... the ministerial meeting and the conference on X"
                    cand.date = cand.date or previous.date
                    cand.location = cand.location or previous.location
                if (
                    cand.weak
                    and cand.kind is MeetingKind.MEETING
                    and cand.date is not None
                    and previous is not None
                    and previous.kind is MeetingKind.VISIT
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


# An indefinite session named by a body of its own, before or after the meeting word: "a
# Joint Working Group meeting", "a modified A-B Strategic Consultative Group (SCG) meeting",
# "a roundtable meeting of the C5+1". An indefinite mention is a new event in the story, and
# a body's name marks it as another session than the talks told beside it.
_INDEFINITE_NAMED = re.compile(
    r"""\b(?<![Ss]uch\s)[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}?
    (?P<name>(?:(?:[A-Z][\w.'’-]*|\([A-Z]{2,}\))\s+){1,7})\Z""",
    re.VERBOSE,
)
_INDEFINITE = re.compile(r"\b(?<![Ss]uch\s)[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}\Z")
_SESSION_WORDS = re.compile(r"(?i:meeting|session|dialogue)")
_OF_A_BODY = re.compile(r"\s+of\s+the\s+(?:[a-z][\w-]*\s+)?[A-Z]")


def _on_its_visit_days(cand: Candidate) -> bool:
    """Talks on a day of the visit their sentence tells with its days ("from May 2 to 5").

    "On Wednesday, X also held a meeting with Y, who is paying a state visit to A from
    July 2 to 5": the talks are the visit's, not one more event of the story.
    """
    return (
        cand.kind is MeetingKind.MEETING
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
        _INDEFINITE.search(body, max(start, t0 - 40), t0) is not None
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
        if cand.kind in (MeetingKind.MEETING, MeetingKind.CONFERENCE):
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
        if not officials and not _ATTENDANCE.search(after.text):
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
# A gathering's sides told by their count right after its name: "the fifth Trilateral Meeting
# of the three countries", "a session of the four states".
_OF_THE_COUNT = re.compile(
    r"[^.;:]{0,80}?\bof\s+the\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:countries|states|nations)\b"
)
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _pair_attends(span: Span, anchor: int) -> bool:
    """Whether the sentence tells the officials of the talks told as going to its gathering.

    ``anchor`` is where the gathering's word stands in the text: the officials are the
    sentence's subject before it, or a "which both leaders will attend" clause after it.
    """
    at = anchor - span.start
    return bool(_PAIR_GOES_TO.match(span.text, 0, at) or _PAIR_TO_ATTEND.match(span.text, at))


def _pair_before(body: str, at: int) -> set[str]:
    """The two states the sentence before ``at`` names (none unless exactly two).

    "Cooperation between A and B has grown. Both states attended the summit": with no
    talks told, "both states" are the pair the sentence before is about.
    """
    head = body[max(0, at - 400) : at].rstrip()
    stop = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1))
    states = {m.code for m in extract_country_mentions(head[stop + 1 :]) if m.kind != "group"}
    return states if len(states) == 2 else set()


def _pair_of_talks(records: Sequence[Candidate], today: dt.date | None) -> set[str]:
    """The sides of the latest talks told (two states or more), for "the leaders", "both sides".

    A gathering held in the story's own time is the event whose leaders those are, so it
    gives none (its members are not told); a gathering planned or recalled is no talks.
    """
    for record in reversed(records):
        if len(record.countries) < 2:
            continue
        if record.kind is not MeetingKind.CONFERENCE:
            return set(record.countries)
        if record.status is MeetingStatus.HELD and not recalled(record.date, today):
            return set()
    return set()


def _sides_by_count(records: Sequence[Candidate], cand: Candidate) -> set[str]:
    """The states of an event "of the three countries": those of the latest record of three.

    "The visit was aimed at the partnership among A, B and C. ... X attended the
    fifth Trilateral Meeting of the three countries": the count points at the three
    states told before, the latest event holding exactly that many and the mention's own.
    """
    span = cand.evidence[0]
    found = _OF_THE_COUNT.match(span.text, cand.anchor - span.start)
    if found is None:
        return set()
    count = _COUNTS[found["n"]]
    if len(cand.countries) >= count:
        return set()
    group = next(
        (
            r
            for r in reversed(records)
            if len(r.countries) == count and cand.countries <= r.countries
        ),
        None,
    )
    return set(group.countries) if group is not None else set()


# The sides of the talks told before as the subject preparing a gathering to come: "The leaders
# also discussed preparations for the", "The sides touched upon the preparation of the", "the
# parties noted that careful preparation is needed for the agenda of the" (a clause of what
# they said about its preparation, however worded).
_SIDES_DISCUSSED = re.compile(
    r"""\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:(?:[Tt]he|Both)\s+(?:two\s+)?(?:leaders|presidents
    |sides|parties|ministers|heads\s+of\s+state|(?:foreign|prime)\s+ministers)
    |They)\s+(?:also\s+)?  # "They also discussed preparations for": the sides told before
    (?:(?:discussed|reviewed|considered|touched\s+(?:up)?on)
    \s+(?:the\s+)?(?:preparations?|progress\s+of\s+preparations?)\s+(?:for|of)
    |(?:noted|stressed|agreed|underlined|emphasi[sz]ed|said|believe[ds]?|discussed|talked\s+about)
    \s+(?:that\s+)?[^.;]{0,60}?\bprepar(?:ations?|ing|e)\s+(?:[a-z]+\s+){0,3}?(?:for|of)
    |coordinated\s+(?:their\s+)?positions\s+(?:ahead\s+of|before|for))\s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# An invitation to a gathering whose guest is told by a pronoun or as the counterpart: the
# other side of the talks told.
_INVITED_THE_GUEST = re.compile(
    r"""\binvited\s+(?:him|her|them|the\s+guest|(?:his|her)\s+counterpart)\s+to\s+(?:(?:attend
    |participate\s+in|take\s+part\s+in)\s+)?[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# The officials of the talks told, named as a pair or as the sides: "the two diplomats", "both
# prime ministers", "the leaders" (a plural, so one official of the story is never read as two).
_PAIR_OFFICIALS = r"""(?:(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?:[a-z]+\s+)?(?:leaders
    |presidents|sides|parties|ministers|diplomats|premiers|counterparts|delegations
    |heads\s+of\s+(?:state|government))|(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:states
    |countries|nations|neighbou?rs))\b"""
# The pair as states, not officials: "both states", "the two countries" (with no talks told
# before, the two states of the sentence before).
_PAIR_STATES = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:states|countries|nations|neighbou?rs)\b"
)
# The sentence's subject is those officials, attending or preparing the gathering its sentence
# names after them: "Both prime ministers attended the", "Separately, the two diplomats agreed
# to coordinate their positions ahead of the", "The sides talked about preparations for the".
_PAIR_GOES_TO = re.compile(  # (after an opening phrase: "Separately,", "Early in May,")
    rf"""\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}(?:\s+(?:{MONTH_PATTERN}|\d{{4}}))?,?\s+)?"""
    + _PAIR_OFFICIALS
    + r"""[^.;]{0,120}?\b(?:attend(?:ed|s)?|participated\s+in|participate\s+in
    |t(?:ake|ook)\s+part\s+in|preparations?\s+(?:for|of)|preparing\s+(?:for\s+)?
    |coordinat(?:e|ed|ing)\s+(?:their\s+)?positions\s+(?:ahead\s+of|before|for|at)
    # "Both sides looked forward to further dialogue at the": their talks held at it
    |(?:further\s+)?(?:dialogue|talks|consultations)\s+at)
    \s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# Those officials told as attending the gathering in a clause right after its name: "the summit
# in C, which both presidents are expected to attend", "where the two leaders will take part".
_PAIR_TO_ATTEND = re.compile(
    r"""[^.;]{0,80}?,\s+(?:which|where)\s+"""
    + _PAIR_OFFICIALS
    + r"""\s+(?:(?:are|were|is|was|have|had|also)\s+){0,2}(?:(?:expected|due|set|planning
    |agreed|going|scheduled)\s+to\s+|plan(?:ned)?\s+to\s+|intend(?:ed)?\s+to\s+|will\s+
    |would\s+)?(?:attend|take\s+part|participate|be\s+represented)\b""",
    re.VERBOSE,
)
# The session whose body is named right after: "a meeting of the CIS ", "session of the OTS ".
_SESSION_OF_BODY = re.compile(
    r"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\Z"
)
# An event's name then its own participle: "(the commission) on trade and economic cooperation,
# held in Lima on Friday" (the name's tail, a comma, "held" and a place or time).
_OWN_HELD = re.compile(r"[^,.;()]{0,120}?,\s+held\s+(?=(?:in|on|last|earlier)\s)")
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
# Words every match of CALLED_FOR and BRIEFED holds: without one, neither is searched.
_CALLED_FOR_WORDS = ("call", "appeal", "urg")
_REQUEST_WORDS = ("ask", "request", "call", "seek", "sought")  # cheap test: REQUESTED (_rules)
_MODAL_WORDS = ("could", "would", "might")  # cheap test: MAY_LEAD_TO (_rules)
_PROPOSAL_WORDS = ("initiative", "proposal", "idea", "suggestion")  # cheap test: PROPOSED_TO
# cheap test: TALKS_AS_TOPIC (_rules)
_TOPIC_WORDS = (
    "discuss", "model for", "template for", "blueprint for", "framework for", "priority",
    "position in", "leverage in", "stance in",
)  # fmt: skip
_BRIEFED_WORDS = ("briefed", "informed", "updated")


def _holds_any(body: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands whole in ``body[lo:hi]`` (without copying it)."""
    return any(body.find(word, lo, hi) >= 0 for word in words)


@functools.lru_cache(maxsize=64)
def _took_part(sentence: str) -> bool:
    """Whether a sentence tells of taking part (read once per sentence, not per trigger)."""
    return _TOOK_PART.search(sentence) is not None


# Patterns of _candidate, compiled once.
_BETWEEN_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}between\b")
# (a need or wish may stand between: "may need to hold", "might have to meet")
_MODAL_VERB = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:need|have|want|try|decide)\s+to\s+)?"
    r"(?:hold|have|begin|start|resume|attend|meet|visit|be\s+held"
    r"|take\s+place|travel)\b"
)
_CONDITIONS = frozenset({"if", "unless", "whether"})
_MAY_AFTER = re.compile(r"(?:\s+with\s+[A-Z][\w-]*)?\s+(?:could|might|may)\b")
_DEMAND = re.compile(r"\s+(?:the\s+)?(?:demand|needs?|requirements?)")
# A document named by what it plans: "a plan of consultations", "a protocol on political
# consultations" (not "an agreement on holding consultations", a plan of talks).
_DOCUMENT_OF = re.compile(
    r"\b(?:plan|programme|program|memorandum|protocol|schedule|calendar)s?\s+(?:of|on|for)\s+"
    r"(?:(?![a-z-]+ing\s)[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_TALKS_WORD = re.compile(r"(?:talks|consultations)\b")
# An office in a body, naming the official rather than a session: "co-chair of the".
# "co-chairs of the A-B intergovernmental commission": the pair's name may stand between
_CHAIR_OF = re.compile(
    r"\b(?:co-)?chair(?:man|woman|person)?s?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}\Z"
)
_SESSION_WORD = re.compile(r"\b(?:meeting|session)s?\b")
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
# The meeting verb negated: "have not held direct talks since 2021", "did not meet in P",
# "has never visited A", "will not attend the summit": no event (not "not only met", "not
# the first meeting", whose event took place).
_NEGATED_BEFORE = re.compile(
    r"""\b(?:not|never|n['’]t)\s+(?:(?:yet|ever|been|be|held|hold|had|have|made|make|paid|pay
    |attended|attend|direct|any|formal|official|bilateral|face-to-face|in-person|high-level
    |a|an
    # "was not expected to meet again before the autumn", "are not due to hold talks": no
    # plan told (the expectation denied)
    |expected|due|scheduled|set|planning|going|to)\s+){0,3}\Z
    # "no meeting of the committee had been scheduled", "held no direct talks"
    | \bno\s+(?:(?:formal|official|direct|bilateral|further|new|such)\s+)?\Z
    # "saw no basis for a meeting", "there is no need for talks": a meeting denied
    | \bno\s+(?:basis|grounds?|need|reason|point)\s+for\s+
      (?:(?:a|an|any|the|new|further)\s+){0,2}\Z""",
    re.VERBOSE,
)


# The sides as the subject of an "if" clause whose verb is the meeting: "if the two leaders
# manage to meet", "if they meet": the meeting is the condition (after a hedge "if", where
# _MODAL_VERB finds no verb of its own).
_IF_SIDES_MEET = re.compile(
    r"""\s+(?:they|we|both\s+(?:sides|leaders|men|ministers)|the\s+(?:(?:two|three|[a-z]+)\s+)?
    (?:leaders|sides|ministers|presidents|men|countries|governments|delegations|parties|two))
    \s+(?:(?:manage|managed|agree|agreed|decide|decided|get|got|are\s+able|were\s+able)\s+to\s+
    |(?:can|could|do|did|should|will|would)\s+)?\Z""",
    re.VERBOSE,
)


# A sentence opening with another event as a time: "After talks with A on Monday, X met B",
# "Following a call with A, ...", "Ahead of a visit to A, ...": the opening event and the
# main clause's are two, each with its own partner (the main clause's subject is both's).
_EVENT_OPENING = re.compile(
    r"\s*(?:After|Following|Before|(?P<ahead>Ahead\s+of))\s+"
    r"(?:meeting|holding|speaking|receiving|hosting|visiting|attending|talks|"
    r"travell?ing|flying|heading|leaving|"  # "Before traveling to P, X will attend the summit"
    r"(?:a|an|the|his|her|their)\s+(?:[\w+-]+\s+){0,3}?"
    r"(?:meeting|talks|call|conversation|visit|summit|trip|session)s?)\b"
    r"[^,;:]{0,160}?,\s"
)
# A relative clause telling the subject's other event: "X, who met A on Monday, will visit B":
# A is the relative clause's, none of the main clause's.
_WHO_EVENT = re.compile(
    r",\s+who\s+(?:(?:also|last|recently|earlier)\s+)?"
    r"(?:held|had|met|spoke|received|hosted|visited|attended|paid|talked|telephoned)\b"
    r"[^,;:]{0,160}?,\s"
)
# The guest of a reception told by a pronoun right after its verb: "will host him in P".
_GUEST_PRONOUN = re.compile(
    r"\s*(?:him|them|her(?=\s+(?:in|at|on|for|next|this|later|during)\b))\b"
)
# A phrase opening the sentence with an event to come that the main clause precedes: its
# tense is that event's ("Ahead of his visit to Tokyo next week, X met Y on Monday").
_AHEAD_OPENING = re.compile(
    r"\s*(?:Ahead\s+of|In\s+the\s+run-up\s+to|On\s+the\s+eve\s+of|In\s+preparation\s+for)"
    r"\s[^,;:]{3,120},\s"
)


# A verb of speech whose clause tells an event to come: "said on Tuesday that X will visit".
_SPEECH_VERB = r"\b(?:said|says|told|stated|announced|noted|reported|informed|confirmed)"
_SAID = re.compile(_SPEECH_VERB + r"\b")
# The same verb right before the date it takes: "said on", "told reporters on", "announced".
_SAID_ON = re.compile(_SPEECH_VERB + r"\s+(?:(?!that\b)[a-z]+\s+)?(?:(?:on|in|at)\s+)?\Z")


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
# An office held in a group, before "at the G7": "the presidency at", "its envoy at".
_OFFICE_AT = re.compile(
    r"\b(?:presidency|chair(?:manship)?|seat|role|envoy|ambassador|representative|sherpa|member"
    r"|membership)\s+(?:[a-z]+\s+){0,2}at\s+\Z"
)
# What stands between a state and its verb "convene": "Norway will soon convene".
_CONVENER_GAP = re.compile(
    r"\s+(?:(?:will|would|also|soon|is\s+to|plans\s+to|is\s+set\s+to|is\s+due\s+to|has|had)\s+)*"
)


def _state_convenes(body: str, t0: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a state named as the subject calls the gathering at ``t0`` together.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Norway will convene foreign ministers from the region."
    >>> _state_convenes(text, 7, extract_country_mentions(text))
    True
    """
    return any(
        m.kind == "name" and t0 - 40 <= m.end <= t0 and _CONVENER_GAP.fullmatch(body, m.end, t0)
        for m in mentions
    )


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
    (?:on|in)\s+(?:the\s+)?""",
    re.VERBOSE,
)
# A session's name running on after the meeting word, then its own predicate: "the 5th meeting
# of the A-B Commission (on Economic Cooperation) took place in P today".
_NAME_THEN_PREDICATE = re.compile(
    r"""(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for|on)\s+)*
    [A-Z][\w'’-]*){0,6})?
    \s+(?:took\s+place|was\s+held|opened|is\s+being\s+held|is\s+taking\s+place
    |(?:will|is\s+to|is\s+(?:due|set|scheduled|expected)\s+to)\s+(?:be\s+held|take\s+place))\b""",
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
    if start > t0 or body[start : start + 1].lower() not in " abf":
        return None
    return _EVENT_OPENING.match(body, start)


def _after_who_clause(body: str, anchor: int, t0: int) -> bool:
    """Whether the event at ``anchor`` is told in a relative clause that ends before ``t0``."""
    lo = body.rfind(", who ", 0, anchor)
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
        if found["noun"] is not None and found.start("noun") <= t0 <= found.end():
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
    return {m.code for m in extract_country_mentions(head.group()) if m.kind != "group"}


# A body told by a common noun, as the subject or owner of its gathering: "the cartel",
# "the bloc's", "the organisation", "the alliance", "the group's ministers".
_COMMON_BODY = re.compile(
    r"\b[Tt]he\s+(?:cartel|bloc|organi[sz]ation|alliance|group(?!\s+of\b))(?:['’]s)?\b"
)


# The gathering word as the venue of the act a hedge word tells, its object between: "proposed
# the initiative at the ", "urged leaders during the " (the act took place at the gathering;
# the gathering is not what is proposed or urged).
_AT_VENUE = re.compile(
    r"""\s+(?:[\w'’-]+\s+){1,6}(?:at|during)\s+(?:(?:the|a|an|this|last|its|their)\s+)?
    (?:[\w'’-]+\s+){0,4}\Z""",
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
    lo, hi = list_item(body, clause_bounds(sentence, t0, t1), (t0, t1), hits)
    opening_subject: set[str] = set()
    opening_people: list[PersonMention] = []
    status_hi = sentence.end
    opened = _opening_match(body, sentence, dateline_end, t0)
    main_at = opened.end() if opened is not None else None
    if main_at is not None and t0 < main_at:
        # the opening event: its words end at the comma; the main clause's subject is its
        hi = min(hi, main_at - 2)
        status_hi = hi
        verb = _CHAIN_VERB.search(body, main_at, sentence.end)
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
        if ", who " in body[sentence.start : t0]
        else None
    )
    if inside_who is not None:
        # "X, who met A last week, will visit B": the relative clause's words and tense are
        # its event's alone
        hi = min(hi, inside_who.end() - 2)
        status_hi = min(status_hi, hi)
    between = _BETWEEN_AFTER.match(body[t1 : t1 + 40])
    if between is not None and any(
        t1 + between.end() <= at < hi
        for at in itertools.chain((m.start for m in mentions), (p.start for p in people))
    ):
        # "the phone call between X and Y": the sides follow (but "A and B spoke in a call
        # between the ministers" names them before)
        lo = t0
    before = body[max(sentence.start, t0 - 35) : t0]
    hedge = SPECULATIVE.search(before)
    # "agreed to a proposal for talks", "named a date for the opening of membership talks": talks
    # a decision makes sure, still to come (not a hedge)
    decided = _DECIDED_TALKS.search(body, max(sentence.start, t0 - 100), t0) is not None
    if decided and hedge is not None and hedge.group().lower().startswith("propos"):
        hedge = None
    if (
        hedge is not None
        and hedge.group().lower() in MODALS
        and len(before) - hedge.end() > 12
        and not _MODAL_VERB.match(before[hedge.end() :])
        and not (hedge.group().lower() in _CONDITIONS and _IF_SIDES_MEET.match(before, hedge.end()))
    ):
        hedge = None  # the hedge governs another verb: "might decide at the summit"
    if (
        hedge is not None
        and hedge.group().lower() not in MODALS
        and _AT_VENUE.match(before, hedge.end())
    ):
        hedge = None  # the gathering is the venue of the act: "proposed X at the Forum"
    if (
        hedge is not None
        and hedge.group().lower().startswith("hope")
        and _HOPED_EFFECT.match(body, t1, sentence.end)
    ):
        hedge = None  # "hopes his visit to X this week will help ...": the visit is sure
    if hedge is not None and _ACT_AT_EVENT.match(before, hedge.end()):
        hedge = None  # "the sides hope to sign at the next meeting": the signing is hoped for
    if hedge is None:  # "could hold their first face-to-face talks": the modal before its words
        hedge = MODAL_HOLD_BEFORE.search(body, max(sentence.start, t0 - 70), t0)
    if hedge is None and "hop" in body[max(sentence.start, t0 - 120) : t0]:
        hedge = _HOPED_TO_HOLD.search(body, max(sentence.start, t0 - 120), t0)
    if hedge is not None or _MAY_AFTER.match(body[t1 : t1 + 40]):
        return None  # "talks could begin", "may meet": only speculated about
    if _holds_any(body, max(sentence.start, t0 - 160), t0, _PROPOSAL_WORDS) and PROPOSED_TO.search(
        body, max(sentence.start, t0 - 160), t0
    ):
        return None  # "backed A's initiative to have the council meet by video": only proposed
    if WOULD_AFTER.match(body, t1, sentence.end) and CONDITION_BEFORE.search(
        body, sentence.start, t0
    ):
        return None  # "if a member objects, a meeting would be called": hypothetical
    if CONDITION_AFTER.match(body, t1, sentence.end):
        return None  # "travelling to Turkey on Friday if there is progress": hypothetical
    if "ever" in body[t1 : t1 + 25] and WITH_WHOEVER.match(body, t1):
        return None  # "his first meeting with whichever candidate won": a party not yet known
    if " no " in body[t1 : sentence.end] and DENIED_AFTER.match(body, t1, sentence.end):
        return None  # "..., but no such meeting has been arranged": only imagined
    if ("unlikely" in body[t1 : t1 + 100] or "nothing" in body[t1 : sentence.end]) and (
        RULED_OUT_AFTER.match(body, t1, sentence.end)
    ):
        return None  # "a summit between them was unlikely", "but said nothing had been arranged"
    if "that" in body[max(sentence.start, t0 - 200) : t0] and DENIED_PLAN.search(
        body, max(sentence.start, t0 - 200), t0
    ):
        return None  # "denied reports that X was preparing an emergency meeting"
    if _holds_any(body, max(sentence.start, t0 - 220), t0, _MODAL_WORDS) and MAY_LEAD_TO.search(
        body, max(sentence.start, t0 - 220), t0
    ):
        return None  # "the pact could pave the way for new talks": talks only foreseen
    if rule == "meeting.met_with" and _DEMAND.match(body, t1):  # "met the demand", at t1
        return None
    if body.startswith("consultations", t0) and _DOCUMENT_OF.search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return None  # "signed a plan of consultations for 2024-2025": a document's subject
    if (
        rule == "meeting.commission"
        and "hair" in body[max(sentence.start, t0 - 40) : t0]
        and _CHAIR_OF.search(body, max(sentence.start, t0 - 40), t0)
        and not _SESSION_WORD.search(body, t0, t1)
    ):
        return None  # "X, co-chair of the intergovernmental commission": an official's title
    if no_event_of_states(body, t0, t1, sentence.start, sentence.end):
        return None  # a recall, a party's or legislators' own meeting, a habit
    if kind is MeetingKind.CONFERENCE and OFFICE_AFTER.match(body, t1):
        return None  # "the OAS Conference President X said": an office named after a body's sitting
    if rule == "meeting.at_group" and _OFFICE_AT.search(body, max(sentence.start, t0 - 40), t0):
        return None  # "holds the presidency at the G7": an office in the group, no summit
    if rule == "meeting.convened_officials" and not _state_convenes(body, t0, mentions):
        return None  # "the President convened senior officials": his own government's
    called_lo = max(sentence.start, t0 - 250)
    if (
        _holds_any(body, called_lo, t0, _CALLED_FOR_WORDS)
        and CALLED_FOR.search(body, called_lo, t0)
    ) or CALLED_OFF.search(body, t1, min(sentence.end, t1 + STATUS_WINDOW)):
        return None  # talks only called for, or called off
    if _holds_any(body, called_lo, t0, _REQUEST_WORDS) and REQUESTED.search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return None  # "asked for consultations with A": talks only requested
    if (
        body.startswith(("talks", "negotiations"), t0)
        and _holds_any(body, max(sentence.start, t0 - 80), t0, _TOPIC_WORDS)
        and TALKS_AS_TOPIC.search(body, max(sentence.start, t0 - 80), t0)
    ):
        return None  # "to discuss stalled talks with the EU": talks as a topic, no event
    if "uch " in body[max(sentence.start, t0 - 40) : t0] and SUCH_A.search(
        body, max(sentence.start, t0 - 40), t0
    ):
        return None  # "such a meeting": one told before, or only imagined; no event of its own
    if of_this_kind(body, t0, t1):
        return None  # "talks of this kind are held each year": a kind of event, not one
    if body.startswith(" to ", t1) and _DEAL_TALKS.match(body, t1):
        return None  # "the firm is in talks to buy the assets": a deal, not a meeting
    before_trigger = body[max(sentence.start, t0 - 60) : t0]
    if ("ancel" in before_trigger or " off " in before_trigger or "scrapp" in before_trigger) and (
        CANCELLED_BEFORE.search(before_trigger)
    ):
        return None  # "has cancelled a trip to A": no event
    if (
        "not " in before_trigger
        or "never " in before_trigger
        or "n't " in before_trigger
        or "n’t " in before_trigger
        or "no " in before_trigger
    ) and (_NEGATED_BEFORE.search(before_trigger)):
        return None  # "have not held talks since 2021", "did not meet": no event
    # Sides stop where a new clause starts: "meeting, the reported American proposal".
    new_clause = NEW_CLAUSE.search(body, t1, hi)
    if _OPENING.match(body, sentence.start, t0):
        new_clause = None  # "In a phone call on Monday, the ministers of A and B ...": main clause
    sides_hi = new_clause.start() if new_clause else hi
    outcome = (
        _OUTCOME_AFTER.match(body, t1, sides_hi)
        if any(w in body[t1:sides_hi] for w in _OUTCOME_WORDS)  # a cheap test first
        else None
    )
    if outcome is not None:
        sides_hi = outcome.start("verb")  # "the meeting (of A and B) produced little for C"
    if kind is not MeetingKind.CONFERENCE and " and " in body[t1:sides_hi]:
        joined = _AND_EVENT.search(body, t1, sides_hi)
        if joined is not None:
            sides_hi = joined.start()  # "a bilateral meeting with X and the A-B-C summit"
    if kind in (MeetingKind.MEETING, MeetingKind.CALL) and " of " in body[t1:sides_hi]:
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
    said = SPEECH_CONTENT.search(body, lo, t0) or (
        TOPIC_BEFORE.search(body, lo, t0) if body.find("discuss", lo, t0) >= 0 else None
    )
    if said is None and _holds_any(body, lo, t0, _BRIEFED_WORDS):
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
        and kind in (MeetingKind.MEETING, MeetingKind.CALL)
        and gap == (chain[0], chain[1])
        and chain[0] < chain[1]
        and not any(t1 <= m.start < sides_hi and m.kind != "group" for m in mentions)
        and not any(t1 <= p.start < sides_hi and p.country for p in people)
    ):
        # "X will be received by A's president and will also meet the foreign minister": no
        # state of its own after the trigger, so the side told before is its partner too
        gap = (t0, t0)
    who_event = _WHO_EVENT.search(body, lo, t0) if ", who " in body[lo:t0] else None
    if who_event is not None and said is None and (chain is None or chain[0] == chain[1]):
        gap = (who_event.start(), who_event.end())  # "X, who met A, will visit B": A is not B's
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
    pronoun_head = body[sentence.start : t0][-60:].lstrip()
    if _PRONOUN_NEAR_VERB.search(pronoun_head) or _PRONOUN_ATTENDS.search(pronoun_head):
        told = _antecedent(body, people, sentence.start)
        if told is not None and all(p.name != told.name for p in who):
            who.insert(0, told)  # "Ana Ruiz praised the deal. She later met X": Ruiz met X
        elif told is None:
            # "The Foreign Minister of A met B. He will also visit C": the official the
            # sentence before opens with, named by title and state only
            pronoun_subject = _unnamed_subject(body, sentence.start)
    elif "ead of" in body[max(sentence.start, t0 - 60) : t0] and _HEAD_OF_STATE.search(
        body[sentence.start : t0][-60:]
    ):
        head = _story_head(people, sentence.start)
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
            who.insert(0, holder)
    elif pronoun_before_auxiliaries(body[sentence.start : t0][-80:]):
        told = _antecedent(body, people, sentence.start)  # "She is expected to join talks"
        if told is not None and told.country and all(p.name != told.name for p in who):
            who.insert(0, told)
    if rule == "meeting.went" and not went_abroad(body, (sentence.start, t0, t1), people, local):
        return None  # "the title went to a Peruvian wrestler": no official's trip
    borrowed: set[str] = set()
    if (
        kind is MeetingKind.VISIT
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
            borrowed = {m.code for m in extract_country_mentions(titles) if m.kind != "group"}
    other = NON_STATE_AFTER.match(body, t1, sentence.end)
    if other is not None and for_others(body, t1, other.end()):
        other = None  # "talks allowing Chilean firms to fish": served, not a side
    firms = other.start("firms") if other is not None and other["firms"] else t1
    if other is not None and not any(firms <= p.start < other.end() for p in who):
        return None  # "met the Azerbaijani community", "talks with the banks": no state there
    other = NON_STATE_BEFORE.search(body, max(lo, t0 - 90), t0)
    if other is not None and not any(other.end() <= p.start < t0 and p.country for p in who):
        return None  # "the noteholders' representative would meet ..."
    if own_people(body, (sentence.start, t0, t1, sides_hi), who, local):
        return None  # a state's own advisers or legislators: a domestic meeting
    if kind is MeetingKind.VISIT and not_a_state_visit(body, (lo, t0, t1, sides_hi), who, mentions):
        return None
    countries = {m.code for m in local if m.kind != "group"} | opening_subject
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
    apart_words = _SEPARATELY.search(
        body, max(sentence.start, t0 - 20), min(sentence.end, t1 + STATUS_WINDOW)
    )
    said_apart = kind in (MeetingKind.MEETING, MeetingKind.CALL) and bool(
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
    counterparts = kind is MeetingKind.CALL and _CALL_COUNTERPARTS.match(body, t1) is not None
    if kind in (MeetingKind.MEETING, MeetingKind.CALL) and (
        _PLURAL_EVENTS.match(body, t0, t1 + 1)
        or (
            _SEPARATE_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
            and _TALKS_WORD.match(body[t0:t1])
        )
        or said_apart
        or counterparts
        or (rule in ("meeting.received", "meeting.met_with") and _envoys(body, t1, sentence.end))
        or _officials_apart(body, sentence, (t0, t1), sides_hi, who)
        or (each_own := _each_its_own(body, (t1, sides_hi), local, who)) is not None
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
    organization = find_organization(body, own_lo, own_hi, t0, mentions)
    if (
        organization is None
        and kind is not MeetingKind.VISIT
        and _COMMON_BODY.search(body, own_lo, own_hi) is not None
    ):
        # BODY-COMMON-NOUN: "the cartel meets next week", "the bloc's summit": a body told
        # by a common noun is the body the story named last before the sentence
        before = body[: sentence.start]
        organization = find_organization(
            before, 0, sentence.start, sentence.start, extract_country_mentions(before)
        )
        if organization is not None and kind is MeetingKind.MEETING:
            kind = MeetingKind.CONFERENCE  # the body's own session, not talks between two
    form = _FORMAT.match(body, t1, hi) if "format" in body[t1:hi] else None
    if form is not None and organization is None and kind is not MeetingKind.VISIT:
        # "the seventh meeting of foreign ministers in the Central Asia – Russia format": a
        # session of a format, whose name is its body's
        organization = " ".join(form["name"].split())
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
    # The place after the trigger, up to the next meeting word (whose place it would be).
    following = next_meeting_word(body, name_end(body, t1), hi)  # not "of the X Council"
    place_hi = following.start() if following else hi
    if outcome is not None:
        place_hi = min(place_hi, sides_hi)  # "produced a shift in A": A is no place of it
    location = find_location(body, t0, place_hi, mentions, dateline_city)
    named = PLACE_BEFORE.search(body, max(sentence.start, t0 - 40), t0)  # "the Venice summit"
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
        hosted = _CITY_HOSTED.search(body, max(sentence.start, t0 - 80), t0)
        code = city_country(hosted["place"]) if hosted is not None else None
        if hosted is not None and code is not None:
            location = Place(city=hosted["place"], country=Country(code))  # "Baku hosted the"
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
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
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
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
        countries |= {
            p.country
            for p in people
            if p.country
            and p.role
            and _MINISTER_ROLE.search(p.role)
            and any(w in p.role.lower() for w in words)
        }
    if (
        kind is MeetingKind.MEETING
        and organization is not None
        and _BODY_MEMBERS.search(body, max(lo, t0 - 40), min(sides_hi, t1 + 40))
        and len({p.country for p in who if p.country}) < 2
    ):
        # "EU leaders are holding talks", "Blair is meeting his EU counterparts": the body's
        # members gathering, not talks between two sides
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
    plain = organization is None and not who and kind is MeetingKind.MEETING
    session = body_session(body, sentence.start, t0, dateline_city) if plain else None
    if session is not None:  # "The diplomats were meeting" after "Senior EC diplomats"
        organization, location = session[0], location or session[1]
        kind, rule, countries = MeetingKind.CONFERENCE, "meeting.org_meeting", set()
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
        countries.add(location.country.alpha_3)
    host = HOST_AFTER.match(body, t1, sentence.end) if "host" in body[t1 : t1 + 140] else None
    if host is not None:  # "the meeting of X that Peru will host": its host takes part
        countries |= {m.code for m in mentions if host.start("host") <= m.start < host.end("host")}
    hosted_by = (
        _HOSTED_CLAUSE.match(body, name_end(body, t1), sentence.end)
        if kind is MeetingKind.CONFERENCE and "hosted" in body[t1 : t1 + 160]
        else None
    )
    if hosted_by is not None:  # "the summit that Egypt hosted in Cairo in December": its host
        countries |= {m.code for m in mentions if hosted_by.start() <= m.start < hosted_by.end()}
        if location is None:
            location = find_location(body, hosted_by.start("rest"), hosted_by.end(), mentions, None)
    if kind is MeetingKind.VISIT and home is not None and not countries - {home} and who:
        countries.add(home)
    if kind is MeetingKind.VISIT and len(countries) == 1 and _ARRIVES_UNPLACED.match(body, t0):
        # "Chile's envoy is due to arrive on Friday" in a story told for Peru: the
        # arrival's place left to the story, whose state hosts it
        story = _story_state(article)
        if story is not None:
            countries.add(story)
    if home is not None and (
        OWN_SIDE.search(body, max(sentence.start, t0 - 40), t0)
        or NAMELESS_TITLE.search(body, max(sentence.start, t0 - 90), t0)
    ):
        countries.add(home)  # "The delegation met with ..." in the government's own readout
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
        status = MeetingStatus.PLANNED
    linked = _noun_link(body, lo, t0, t1)
    if linked is not None:
        # "X will visit B, after talks with A in March": the linked event's time against the
        # main clause's, as at the sentence's opening
        if linked["noun"].startswith("ahead"):
            status = MeetingStatus.PLANNED
        elif linked["noun"].startswith(("after", "following", "which")) and not (
            _TO_COME_WORD.search(body, t0, hi)
        ):
            status = MeetingStatus.HELD
    if opened is not None and main_at is not None and t0 < main_at:
        # the opening event's time against the main clause: "After" an event is one held
        # (unless its own words tell it to come), "Ahead of" one is to come ("Before"
        # one keeps the tense its own words give)
        if opened["ahead"] is not None:
            status = MeetingStatus.PLANNED
        elif opened.group().lstrip().startswith(("After", "Following")) and not (
            _TO_COME_WORD.search(body, t0, main_at)
        ):
            status = MeetingStatus.HELD
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
        status = MeetingStatus.PLANNED
    made = status is MeetingStatus.HELD and made_during(body[window:t0])
    if (
        status is MeetingStatus.HELD
        and not made
        and (planned_trip(body, kind, t1, status_hi) or due_in(body[t0:t1]))
    ):
        status = MeetingStatus.PLANNED  # "is travelling to Peru next week": a trip to come
    tense: Literal["past", "future"] | None = "future" if status is MeetingStatus.PLANNED else None
    if PAST_AFTER.match(body, t1, sentence.end):
        tense = "past"  # "the February meeting produced little": a past February
    elif made:
        tense = "past"  # "the pact, signed during X's visit to C, will be put to a vote"
    elif (
        status is MeetingStatus.HELD
        and (coming := other_to_come(body[window:t0])) is not None
        and PAST.search(body, window, window + coming[0])
    ):
        tense = "past"  # "discussed the upcoming visit during a call on May 3": a past May 3
    elif status is MeetingStatus.HELD and tense is None and _PAST_TRIGGER.search(body, t0, t1):
        tense = "past"  # "met X in P on Tuesday to discuss": "to discuss" is the talks' purpose
    elif (
        status is MeetingStatus.HELD
        and tense is None
        and kind is MeetingKind.CONFERENCE
        and _PAST_TRIP_TO.search(body, max(sentence.start, t0 - 160), t0)
    ):
        tense = "past"  # "flew to P on Monday to attend the summit": the trip's day is past
    elif status is MeetingStatus.HELD and (linked is not None or (main_at or 0) > t0):
        tense = "past"  # "After talks with A on 3 May, X will ...": a past 3 May
    elif status is MeetingStatus.HELD and link_after is not None and PAST.search(body, window, t0):
        tense = "past"  # "X held talks with A on Monday, and will visit B": a past Monday
    offset_dates = sentence_dates(
        dates,
        sentence,
        article.published,
        tense if tense is not None and article.published is not None else "auto",
    )
    if offset_dates and _holds_any(body, sentence.start, sentence.end, _DECIDED_WORDS):
        # "The visit was agreed in March": the time of the decision, not of the event
        offset_dates = [
            d
            for d in offset_dates
            if not _DECIDED_ON.search(body, max(sentence.start, d.start - 30), d.start)
        ]
    # A time before "ahead of", "after", "following" dates the other event of the sentence.
    link = list(_LINK_WORDS.finditer(body[lo:t0]))
    date_lo = lo + link[-1].end() if link else lo
    said = (
        SAID_AT_EVENT.search(body, max(lo, t0 - 120), t0) if status is MeetingStatus.HELD else None
    )
    if said is not None:
        date_lo = max(date_lo, said.start())  # "X will reach $5bn next year, A said at talks"
    hosts = kind is MeetingKind.CONFERENCE and _AT_GATHERING.search(body, max(lo, t0 - 120), t0)
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
        and status is MeetingStatus.HELD
        and not any(report_end <= d.start < hi for d in own_dates)  # no day of the clause's own
    ):
        picked = pick_date(
            body, own_dates, (max(date_lo, dateline_end), hi), (t0, t1), shared=bool(hosts)
        )
    date, date_gap = picked if picked is not None else (None, 0)
    if hosted_by is not None:  # "that Egypt hosted in Cairo in December": the hosting's time
        past_dates = (
            sentence_dates(dates, sentence, article.published, "past")
            if article.published is not None
            else offset_dates
        )  # a time of the past: "hosted"
        own_time = [d for d in past_dates if hosted_by.start("rest") <= d.start < hosted_by.end()]
        if own_time:
            date, date_gap = own_time[0].date, 0
    if picked is None and kind is MeetingKind.CONFERENCE and body.startswith(" ", t1):
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
            and late.date.month is not None
            and _TOPIC_THEN_TIME.fullmatch(body, hi, late.start)
            and not _VERB_BEFORE_TOPIC.search(body, t1, hi)  # "the meetings drew on X in May"
        ):
            picked = pick_date(body, [late], (max(date_lo, dateline_end), late.end), (t0, t1))
            date, date_gap = picked if picked is not None else (None, 0)
    predicate = (
        _NAME_THEN_PREDICATE.match(body, t1, sentence.end)
        if picked is None and kind is not MeetingKind.VISIT
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
    if date is not None and status is MeetingStatus.PLANNED and _said_then(body, lo, t0):
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
    opened = _OPENED_ON.match(body, t1) if body.startswith(",", t1) else None
    if opened is not None:  # "The conference, which opened on June 7, ...": its first day
        date = next(
            (d.date for d in offset_dates if opened.end() <= d.start < opened.end() + 4), date
        )
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
    if date is None and status is MeetingStatus.PLANNED and body.startswith(" on ", t1):
        due = _DUE_THEN.match(body, t1, sentence.end)
        if due is not None:  # "Talks on a new A-B fisheries deal are set to start in June"
            date = next(
                (d.date for d in offset_dates if due.end() <= d.start < due.end() + 12), None
            )
    if date is None and status is MeetingStatus.HELD and kind is MeetingKind.CALL:
        report = _TOLD_ON.search(body, t1, sentence.end)
        if report is not None:  # "... in a phone call, the press service said on Friday"
            date = next(
                (d.date for d in offset_dates if d.start == report.end() and d.date.day), None
            )
    if date is None and status is MeetingStatus.HELD:
        date = just_before_remarks(
            body, sentence.start, lo=lo, t0=t0, dates=offset_dates, published=article.published
        )
    ended = (
        _ENDED_SPAN.search(body, max(sentence.start, t0 - 60), t0)
        if _SPAN_UNIT.search(body, max(sentence.start, t0 - 30), t0)
        else None
    )
    if ended is not None and status is MeetingStatus.HELD and article.published is not None:
        date = _first_day(ended, date, article.published)  # "the end of a two-week mission"
    nth = (
        _NTH_DAY_OF.search(body, max(sentence.start, t0 - 60), t0)
        if "day of" in body[max(sentence.start, t0 - 60) : t0]
        else None
    )
    if nth is not None and date is not None and date.day is not None:
        # "on the second day of the state visit" told on a day: the visit began days before
        first = date.first_day() - dt.timedelta(days=_SMALL_NUMBERS[_ORDINAL_DAYS[nth["n"]]] - 1)
        date = PartialDate.from_date(first)
    # No tense of its own: neither a plan nor a past cue in the clause ("at the meeting of X").
    untensed = (
        status is MeetingStatus.HELD
        and tense is None
        and re.search(r"\b[Tt]he\s+(?:[\w/-]+\s+)?\Z", body[max(sentence.start, t0 - 30) : t0])
        is not None
        and not PAST.search(body, lo, t0)
        and not re.match(r"[^.;]{0,40}?\b(?:was|were|has|have|had)\b", body[t1:hi])
        and not _PAST_TRIGGER.search(body, t0, t1)  # "the minister received X": tensed
    )
    if date is not None and article.published is not None and date.first_day() > article.published:
        status = MeetingStatus.PLANNED
    elif (
        status is MeetingStatus.HELD
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
        status = MeetingStatus.PLANNED  # "is travelling to Lima next week": a week to come
    elif (
        status is MeetingStatus.PLANNED
        and date is not None
        and article.published is not None
        and date.last_day() < article.published - dt.timedelta(days=_PLAN_GRACE_DAYS)
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
            status = MeetingStatus.HELD  # "preparations for hosting COP29 in November 2024": past
    own = (
        (_OWN_PREDICATE.match(body, t1, status_hi) or _ASIDE_PREDICATE.match(body, t1, status_hi))
        if ", " in body[t1 : t1 + 160]
        else None
    )
    if own is not None:
        # "the Commission on Trade, which will be held in Lima in May": the event's own clause
        status = MeetingStatus.HELD if own["held"] else MeetingStatus.PLANNED
        own_tense: Tense = (
            "auto" if article.published is None else "past" if own["held"] else "future"
        )
        date = next(
            (
                d.date
                for d in sentence_dates(dates, sentence, article.published, own_tense)
                if own.end() <= d.start < own.end() + 60
                and not NEW_CLAUSE.search(body, own.end(), d.start)
            ),
            date,
        )
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
        if own is None and ", held " in body[t1 : t1 + 160]
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
            date, status = held_on, MeetingStatus.HELD
    to_be = _OWN_TO_BE.match(body, t1, sentence.end) if kind is MeetingKind.CONFERENCE else None
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
        date, status = due_on, MeetingStatus.PLANNED  # "to be held": a plan, dated or not
    title = (
        find_title(sentence.text, t0, t1, sentence.start)
        if kind is MeetingKind.CONFERENCE
        else None
    )
    lonely = one_sided = False
    if (
        rule == "meeting.met_with"
        and organization is not None
        and re.search(r"\bmeeting\s+of\b|\b[A-Z][\w-]*\)?\s+meeting\b", body[t0 - 12 : t1 + 20])
        and not _WITH_SIDE.match(body, t1)  # "the meeting of X with Y", not "ended with"
    ):
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
        title = title or find_title(sentence.text, t0, t1, sentence.start)
    if rule == "meeting.commission" and organization is not None:
        kind = MeetingKind.CONFERENCE  # a session of an organisation's body, not bilateral
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
    weak = (
        bool(BACK_REFERENCE.search(body[window:t0]))
        # "his visit here last year": "here" names the visit's place as "to" would
        and not re.match(r"\s+(?:between|with|of|by|to|here)\b", body[t1 : t1 + 12])
        # "the meeting of the Chile-Peru joint commission": its own name gives its sides
        and not (rule == "meeting.commission" and any(t0 <= m.start < t1 for m in mentions))
    )
    follows = _FOLLOWS.search(body, max(sentence.start, t0 - 240), t0)
    if follows is not None:
        # "The visit follows his trip to A, the B summit, and his visit next week to C": what
        # an event follows is another, earlier one (no back-reference), held unless its own
        # list item tells it is still to come
        weak = False
        item = max(body.rfind(",", follows.start(), t0), follows.start())
        if (
            status is MeetingStatus.PLANNED
            and not _OWN_TO_COME.match(body, t1, sentence.end)
            and not _TO_COME_WORD.search(body, item, t0)
        ):
            status = MeetingStatus.HELD
    first_to = (
        kind is MeetingKind.VISIT
        and body.startswith(" to ", t0 - 4)
        and _FIRST_TO.search(body, max(sentence.start, t0 - 80), t0) is not None
    )
    if first_to:
        # "She is the first Chilean minister to visit Peru since ...": the visit told, whose date
        # is not the one of what happened "since"
        weak, date = True, None
    if weak and kind is MeetingKind.CONFERENCE and re.match(r"\s+on\s+[A-Z]", body[t1 : t1 + 12]):
        weak = False  # "the international conference on water" names an event
    if (
        weak
        and kind is MeetingKind.CONFERENCE
        and date is not None
        and location is not None
        and (_told_international(body, sentence, t0) or host_after(body, t1))
    ):
        # "the international conference in Lima on May 2", "the summit, hosted by A, ... in
        # Lima on May 2": told with its own place, date and kind or host, an event
        weak = False
    if weak and kind is not MeetingKind.CONFERENCE and _HELD_BY_CLAUSE.match(body, t1):
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
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
    if (
        kind is MeetingKind.MEETING
        and "for " in body[max(sentence.start, t0 - 30) : t0]
        and _TRIP_FOR.search(body, sentence.start, t0)
    ):
        weak = True  # "a tour of Asian countries for consultations": the trip's purpose
    if kind is MeetingKind.CONFERENCE and _BODY_OFFICE_AFTER.match(body, t1, sentence.end):
        return None  # "took over the Conference on Security in Asia chairmanship": the body
    if kind is MeetingKind.CONFERENCE:
        # A conference named with no time, place, people or plan is a name, not an event;
        # one with a single state and no organisation is domestic unless it is a summit.
        weak = (
            weak
            or (organization is None and not countries)
            or (
                rule == "meeting.conference_named"
                and not (date or opening or location or who or status is MeetingStatus.PLANNED)
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
                and rule != "meeting.convened_officials"  # its subject, a state, hosts it
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
            kind is MeetingKind.VISIT
            and len(countries) == 1
            and any(p.country in countries for p in who)
            and to_a_region(body, t1)
            and not sentence.text.rstrip().endswith("?")
        ):
            # "Her visit to the Middle East last year", "officials spent the week in the Gulf":
            # a state's trip abroad whose hosts the story does not name, an event of its own (a
            # question, "Will she travel to the region?", tells none)
            weak = lonely = one_sided = False
    if form is not None and _ordinal(body, max(sentence.start, t0 - 60), t0) is not None:
        weak = False  # "the seventh meeting ... in the X format": a session of its own
    if (
        date is None
        and not weak
        and not (status is MeetingStatus.PLANNED and _said_then(body, sentence.start, t0))
    ):
        date = opening  # only for an event with sides of its own, not a bare "visit the base"
    if (
        kind is MeetingKind.MEETING
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
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
    if (
        kind is MeetingKind.MEETING
        and rule == "meeting.met_with"
        and organization is not None
        # no state but the one whose city it meets in: "the Committee will meet in P"
        and countries <= ({location.country.alpha_3} if location and location.country else set())
        and not any(p.country for p in who)
        and _BODY_MET.search(body, max(sentence.start, t0 - 40), t0)
    ):
        # "The UN Security Council met on Monday": a body of many states in session
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
    if kind is MeetingKind.MEETING and "video" in body[t1:hi] and _BY_VIDEO.search(body, t1, hi):
        kind = MeetingKind.CALL  # "held talks with X by video link": the talks were a call
    again = _AND_AGAIN.search(body, t1, hi) if " again " in body[t1:hi] else None
    again_date = (
        next((d.date for d in offset_dates if d.start == again.end()), None)
        if again is not None and date is not None
        else None
    )
    partner_dates = (
        _partner_dates((t1, sides_hi), partners=partners, local=local, who=who, told=offset_dates)
        if each_own is not None and len(partners) >= 2
        else {}
    )
    participants = [
        Participant(p.name, p.role, Country(p.country) if p.country else None) for p in who
    ]
    if (
        rule == "meeting.spoke_with"
        and not re.search(r"phone|today", body[t0:t1])
        and any(re.search(r"[Aa]mbassador\s+to\b", p.role or "") for p in who)
    ):
        kind, rule = MeetingKind.MEETING, "meeting.spoke_with_envoy"  # an envoy is met in person
    return Candidate(
        rule=rule,
        kind=kind,
        status=status,
        countries=countries,
        organization=organization,
        date=date,
        location=location,
        participants=participants,
        title=title,
        evidence=[Span.of(body, sentence.start, sentence.end)],
        anchor=t0,
        date_gap=date_gap,
        weak=weak,
        another=bool(ANOTHER.search(body, max(sentence.start, t0 - 30), t1))
        # "praising the last round of discussions of their commission": an earlier session of
        # the pair's talks, not the meeting told
        or (
            body.startswith("round", t0)
            and _LATEST_ROUND.search(body, max(0, t0 - 12), t0) is not None
        ),
        clause_end=hi,
        untensed=untensed,
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
        and kind is MeetingKind.VISIT
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
                    and m.code not in (home, _story_state(article))
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


def _under_way(record: Candidate, today: dt.date | None) -> bool:
    """Whether a record is a visit of the story's days, whose talks are that visit.

    A visit dated more than a month from the publication date ("recalled his
    visit in 2017") is another trip: talks told after it are events of their own.
    """
    if record.kind is not MeetingKind.VISIT:
        return False
    if record.date is None or today is None:
        return True
    return abs(record.date.first_day() - today) <= dt.timedelta(days=31) or (
        record.date.contains(PartialDate.from_date(today))
    )


def _told_before(article: Article, pending: list[Candidate]) -> list[Candidate]:
    """The talks a story's opening back-reference points at, when no event is told at all.

    "A's minister and her B counterpart discussed security on Monday. During the
    meeting, the sides ...": a sentence opening with the talks ("During the
    meeting", "At the talks") refers to the sentence just before it; when that one
    tells a discussion and names exactly two states, they are the talks' sides.
    """
    for cand in pending:
        span = cand.evidence[0]
        if (
            cand.kind not in (MeetingKind.MEETING, MeetingKind.CALL)
            or cand.status is not MeetingStatus.HELD
            or cand.organization is not None
            or not _OPENING_REFERENCE.match(span.text, 0, cand.anchor - span.start)
        ):
            continue
        previous = [s for s in split_sentences(article.body[: span.start]) if s.text.strip()]
        if not previous or not _DISCUSSED.search(previous[-1].text):
            continue
        named = {m.code for m in extract_country_mentions(previous[-1].text) if m.kind != "group"}
        if len(named) != 2 or not cand.countries <= named:
            continue
        event = attrs.evolve(
            cand,
            countries=named,
            weak=False,
            rule=f"{cand.rule}+told_before",
            participants=list(cand.participants),
            evidence=[Span.of(article.body, previous[-1].start, previous[-1].end), span],
        )
        forward_references(event, [c for c in pending if c is not cand])
        return [event]
    return []


# A sentence opening with the talks it refers to: "During the meeting,", "At the talks".
_OPENING_REFERENCE = re.compile(
    r"\s*(?:(?:During|At|In\s+the\s+course\s+of|Over|In)\s+)?(?:[Tt]he|[Tt]heir)\s+(?:[a-z-]+\s+)?\Z"
)
# A sentence opening with the call it tells of: "During the phone call,", "In the course of the".
_OPENING_CALL = re.compile(
    r"\s*(?:During|In\s+the\s+course\s+of|Over|In)\s+(?:the|their)\s+(?:[a-z-]+\s+)?\Z"
)
# A sentence telling a discussion: "A and B discussed", "exchanged views on".
_DISCUSSED = re.compile(
    r"\b(?:discussed|exchanged\s+views|talked\s+over|mulled|considered|represented\s+by)\b"
)


# A government title with no body in it: "Prime Minister", "Finance Minister", "Treasury
# Secretary", "President" (not "Bundesbank President", "OPEC conference president").
_GOVERNMENT_TITLE = re.compile(
    r"""(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:Prime\s+Minister|Premier|President|Chancellor
    |(?:(?!Bank\b|Bundesbank\b|Conference\b|Fund\b)[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary)
    (?:\s+(?:of|for)\s+(?:[A-Z][a-z]+\s*(?:and\s+)?){1,3})?)""",
    re.VERBOSE,
)


# A head of government's title, which a republic without one never gives its officials.
_PREMIER = re.compile(r"(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:Prime\s+Minister|Premier)\b")


@functools.cache
def _no_prime_minister() -> frozenset[str]:
    """Republics whose government has no prime minister (``meeting_words.json``)."""
    return frozenset(meeting_words()["no_prime_minister"])


# A dateline of an agency's own shape, read for the state of officials titled without one:
# "MOSCOW, April 3. /TASS/.", "DUSHANBE, 08.04.2026. /AGENCY/.", "LIMA, May 9 (ANDINA):".
_AGENCY_DATELINE = re.compile(
    r"""\s*(?P<city>[A-Z][A-Z'-]{1,20}(?:\s[A-Z][A-Z'-]{1,20})?),\s*
    (?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b""",
    re.VERBOSE,
)


def _dateline_officials(
    body: str, people: Sequence[PersonMention], mentions: Sequence[CountryMention], state: str
) -> tuple[PersonMention, ...]:
    """Officials titled without a state in a datelined story are the dateline state's.

    "TOKYO, April 27 - Prime Minister X ..." names Japan's prime minister, as an
    outlet's own readout names its government's: the title must be a government's
    (a minister, a president), with no body named with it anywhere ("World Bank
    President X", "X, President of Y Bank") and no state named just after it.
    """
    near_a_state = [m.start for m in mentions if m.kind != "group"]
    # "WASHINGTON - ... Prime Minister X": not the dateline state's, which has none
    no_premier = state in _no_prime_minister()
    of_a_body = {
        p.name
        for p in people
        if _BODY_BEFORE.search(body, max(0, p.start - 30), p.start)
        or _BODY_AFTER.match(body, p.end)
        # "Minister X and other senior Japanese officials": a state named with the official
        or any(
            p.end <= at < p.end + 40 and _WITH_STATE.fullmatch(body, p.end, at)
            for at in near_a_state
        )
    }
    # a state has one holder of a head's office: "President of A X" ... "at the invitation of
    # President Y" names another state's president, whatever the dateline
    held = {
        (office, p.name)
        for p in people
        if p.country == state and (office := _head_office(p.role, whole=False)) is not None
    }
    taken = {
        p.name
        for p in people
        if (office := _head_office(p.role, whole=True)) is not None
        and any(o == office and name != p.name for o, name in held)
    }
    return tuple(
        attrs.evolve(p, country=state)
        if p.country is None
        and p.role is not None
        and p.name not in of_a_body
        and p.name not in taken
        and _GOVERNMENT_TITLE.fullmatch(p.role)
        and not (no_premier and _PREMIER.match(p.role))
        else p
        for p in people
    )


# The office of a state's head or head of government, as a title begins: "President",
# "Prime Minister" (not "Deputy Prime Minister").
_HEAD_OFFICE = re.compile(r"(?:President|Prime\s+Minister)\b")


def _head_office(role: str | None, *, whole: bool) -> str | None:
    """The head's office a role begins with ("President of A" is "president"), or ``None``.

    With ``whole``, the role must be that office alone ("President", no state named).
    """
    if role is None:
        return None
    found = _HEAD_OFFICE.fullmatch(role) if whole else _HEAD_OFFICE.match(role)
    return " ".join(found[0].lower().split()) if found is not None else None


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


# A body's name just before an official's title, or after it: "World Bank President X",
# "OPEC Conference President X", "X, President of Y Bank".
# (a word ending a sentence, "Mirzo. ", is none: "U.N. " keeps its capital before the dot)
_BODY_BEFORE = re.compile(r"(?:\b(?!The\b|An?\b)[A-Z][\w.&-]*(?<![a-z]\.)\s+)+\Z")
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_WITH_STATE = re.compile(
    r"\s+(?:and\s+(?:other\s+)?(?:[a-z]+\s+){0,2}|of\s+(?:the\s+)?|from\s+(?:the\s+)?)|,\s+"
)


# A gathering told as still to come, just before its word: "the upcoming summit", "the
# forthcoming ministerial meeting", "the next Consultative Meeting".
_TO_COME_BEFORE = re.compile(
    r"\b(?:upcoming|forthcoming|coming|next|planned)\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE
)


def _gathering_of_its_own(records: list[Candidate], cand: Candidate) -> bool:
    """Whether a definite mention of a gathering names one no record before it can be.

    "The summit in Moscow last November" after a phone call: an international
    gathering (a summit, a named one) with a state and a date or place of its
    own, when no gathering or visit is told before it and no event in its own
    sentence (whose topic it would be), is an event of its own. So is one told
    as still to come ("the upcoming summit of the region's leaders"): the talks
    told before it are held, so it can be none of them.
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    return (
        cand.kind is MeetingKind.CONFERENCE
        and bool(cand.countries)
        and (
            cand.date is not None
            or cand.location is not None
            or (
                cand.status is MeetingStatus.PLANNED
                and _TO_COME_BEFORE.search(span.text, max(0, at - 60), at) is not None
            )
        )
        and INTERNATIONAL.match(span.text, at) is not None
        and not any(r.kind is not MeetingKind.CALL and r.status is cand.status for r in records)
        and not any(span in r.evidence for r in records)  # "thanked X for hosting COP28"
    )


# An event told at its end with its length: "at the end of a two-week trade mission",
# "concluded his three-day visit".
_ENDED_SPAN = re.compile(
    r"""\b(?:end|ended|ending|ends|conclusion|close|concluded|concluding|wrapped\s+up|wrapping\s+up
    |completed|finished)\s+
    (?:of\s+)?(?:a|an|his|her|their|the)\s+(?P<n>\d+|two|three|four|five|six|seven|ten)[-\s]
    (?P<unit>day|week)\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
_SPAN_UNIT = re.compile(r"[\s-](?:day|week)\s")  # cheap test before _ENDED_SPAN
# A day of an event told by its rank: "on the second day of the state visit".
_NTH_DAY_OF = re.compile(
    r"""\bthe\s+(?P<n>second|third|fourth|fifth)\s+day\s+of\s+(?:the|his|her|their|a|an)\s+
    (?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
_ORDINAL_DAYS = {"second": "two", "third": "three", "fourth": "four", "fifth": "five"}
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _first_day(
    ended: re.Match[str], date: PartialDate | None, published: dt.date
) -> PartialDate | None:
    """The first day of an event told at its end, from its length and its last day.

    The last day is the event's date when it names a day, else the publication
    date (when the event's date, if any, holds it). A length in weeks gives the
    month of the first day only; in days, the day itself.
    """
    if date is not None and date.day is not None:
        last = date.first_day()
    elif date is None or date.contains(PartialDate.from_date(published)):
        last = published
    else:
        return date
    n = ended["n"]
    count = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
    days = count * 7 if ended["unit"] == "week" else count
    first = last - dt.timedelta(days=max(days - 1, 0))
    if ended["unit"] == "week":
        return PartialDate(first.year, first.month)
    return PartialDate.from_date(first)


def _ordinal(body: str, lo: int, t0: int) -> str | None:
    """The ordinal naming the session whose meeting word starts at ``t0``, lower-cased."""
    found = ORDINAL.search(body, lo, t0)
    return found["n"].lower() if found is not None else None


def _bilaterals(records: list[Candidate], cand: Candidate) -> list[Candidate]:
    """One meeting with each other state of the gathering before, for "met his counterparts apart".

    The gathering is the latest event of three or more states that holds the official's own.
    """
    gathering = next(
        (r for r in reversed(records) if len(r.countries) >= 3 and cand.countries < r.countries),
        None,
    )
    if gathering is None or cand.status is not gathering.status:
        return []
    return [
        attrs.evolve(
            cand,
            countries=cand.countries | {other},
            date=cand.date or _day_of_a_range(gathering),
            location=cand.location or gathering.location,
            organization=None,
            participants=list(cand.participants),
            rule=f"{cand.rule}+bilateral",
            weak=False,
            another=True,
        )
        for other in sorted(gathering.countries - cand.countries)
    ]


def _dates_from_the_trip(records: list[Candidate], today: dt.date | None) -> None:
    """Held talks with no date of their own, told after a dated trip that shares a state, are its.

    "She led a delegation to a conference in X this week ... The delegation
    met with Y": the talks took place on that trip, in its time. A dated trip
    only announced (planned) in between ends the inheritance, and so does one
    that ended more than a month before the story ("recalled his visit in 2017").
    """
    trip: Candidate | None = None
    for record in sorted(records, key=lambda r: r.anchor):
        if record.kind in (MeetingKind.VISIT, MeetingKind.CONFERENCE) and record.date is not None:
            recent = today is None or today - record.date.last_day() <= dt.timedelta(days=31)
            trip = record if record.status is MeetingStatus.HELD and recent else None
        elif (
            trip is not None
            and record.date is None
            and record.status is MeetingStatus.HELD
            and record.kind is MeetingKind.MEETING
            and record.countries & trip.countries
            # "He noted his recent conversation with Y": talks a speaker reports, of no step
            and not _SPEAKER_REPORTS.search(
                record.evidence[0].text, 0, record.anchor - record.evidence[0].start
            )
        ):
            record.date = trip.date


# A speaker's report of talks before the meeting word, or talks told in the pluperfect: "He
# noted his recent conversation with", "She added that she had spoken with".
_SPEAKER_REPORTS = re.compile(
    r"\b(?:noted|mentioned|recalled|recalling|reminded)\b|\b(?:he|she|they)\s+had\b"
)


# A span of days: "on May 20-21", "20 to 22 May", "from May 20 to 22".
_DAY_RANGE = re.compile(
    r"""(?:\b(?P<m1>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d1>\d{1,2})
    \s*(?:[-–]|to\b|through\b)\s*\d{1,2}\b
    |\b(?P<d2>\d{1,2})\s*(?:[-–]|to\b)\s*\d{1,2}(?:st|nd|rd|th)?\s+
    (?P<m2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))""",
    re.VERBOSE,
)


def _day_of_a_range(event: Candidate) -> PartialDate | None:
    """The date a step at ``event`` takes: its month when it ran over several days.

    "The council met in Lima on May 20-21. On the sidelines of the meeting, X met
    Y": the text does not tell which of the days the talks were on.
    """
    date = event.date
    if date is None or date.day is None:
        return date
    for span in event.evidence:
        for found in _DAY_RANGE.finditer(span.text):
            day = int(found["d1"] or found["d2"])
            month = _MONTHS.get((found["m1"] or found["m2"])[:3].lower())
            if day == date.day and month == date.month:
                return PartialDate(date.year, date.month)
    return date


def _arrived_before(cand: Candidate, day: PartialDate | None) -> bool:
    """Whether ``cand`` is a visit whose first day lies before ``day``, the story's day told.

    "A and B on Thursday held the council's session ... X arrived on Wednesday on a
    two-day visit": the arrival told after the story's day is background, no step of
    the day's programme ("Later, X addressed the forum" is Thursday's).
    """
    return (
        cand.kind is MeetingKind.VISIT
        and cand.date is not None
        and cand.date.day is not None
        and day is not None
        and day.day is not None
        and cand.date.first_day() < day.first_day()
    )


def _holds_day(date: PartialDate, day: PartialDate | None) -> bool:
    """Whether ``date`` is coarser than a day and holds ``day``, a day told before it.

    >>> _holds_day(PartialDate(2024), PartialDate(2024, 2, 14))
    True
    >>> _holds_day(PartialDate(2024, 2, 15), PartialDate(2024, 2, 14))
    False
    """
    return date.day is None and day is not None and day.day is not None and date.contains(day)


def _on_story_date(article: Article) -> Article:
    """The article dated by its dateline when the story was filed days before the page.

    "YEREVAN, SEPTEMBER 1, ... A forum was held today" on a page of September 3:
    "today" is the dateline's day. Only a dateline up to a week before the
    publication date counts (a later one is the same day in another time zone).
    """
    if article.published is None:
        return article
    line = _DATED_LINE.match(article.body)
    if line is None:
        return article
    month = _MONTHS.get((line["month"] or line["month2"])[:3].lower())
    if month is None:
        return article
    year = article.published.year - (month > article.published.month)
    try:
        filed = dt.date(year, month, int(line["day"] or line["day2"]))
    except ValueError:
        return article
    if not dt.timedelta(days=1) <= article.published - filed <= dt.timedelta(days=7):
        return article
    return attrs.evolve(article, published=filed)


# A dateline opening the story: "YEREVAN, SEPTEMBER 1, AGENCY." or "DUSHANBE, Aug. 1 (Agency)".
# The day may come first: "ABU DHABI, 16th January, 2025 (AGENCY) --".
_DATED_LINE = re.compile(
    r"""\s*[A-Z][A-Z .'-]{2,30},\s*(?:[A-Z][a-z]+,\s*)?
    (?:(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*)\.?\s+(?P<day>\d{1,2})\b
    |(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)""",
    re.VERBOSE,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


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


# An event told as one a speaker recalls: "X recalled his phone call with Y", "reminded of the
# talks held".
_SPEAKER_RECALLS = re.compile(r"\b(?:recalled|recalling|recalls|reminded|reminding)\b")
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
_STOP = re.compile(r"\. ")


# "The head of state" as the subject of the meeting verb, named by title alone.
_HEAD_OF_STATE = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)[Tt]he\s+[Hh]ead\s+of\s+[Ss]tate\s+"
    # "is expected to hold a", "is scheduled to", "will also"
    r"(?:(?:is|was)\s+(?:expected|scheduled|due|set)\s+to\s+)?(?:[a-z]+\s+){0,3}\Z"
)
_DEPUTY = re.compile(r"\b(?:[Dd]eputy|[Vv]ice)\b")
# The story's visitor named by a definite title as the subject of a step: "The visiting
# minister also called on", "the minister was received by", "the delegation held talks with".
_THE_VISITOR = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+[a-z]+|minister|guest|visitor|delegation)\s+"
    r"(?:(?:also|then|later)\s+)?(?:was\s+|(?:held|had)\s+)?\Z"
)
# A named visitor's visit told in an aside: "X, who is on a state visit to Y".
_WHO_IS_ON = re.compile(r",\s+who\s+(?:is|was)\s+on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}\Z")
# The officials of the talks told, counted: "the three ministers were", "the two leaders".
_THE_OFFICIALS = re.compile(
    r"""\b[Tt]he\s+(?:two|three|four|five)\s+(?:foreign\s+)?(?:ministers|leaders|presidents
    |delegations|heads\s+of\s+(?:state|government))\s+(?:(?:also|then|later)\s+)?
    (?:(?:was|were)\s+)?\Z""",
    re.VERBOSE,
)
# An event's name (its tail after the trigger: "on Economic Cooperation", "for Action
# "Water for All"") then a relative clause telling its own taking place: "which will be held",
# "which was held", "which Peru is to host". It gives the event's tense and date.
_OWN_PREDICATE = re.compile(
    r"""(?:\s+(?:on|for|of|in|to)\s+(?:the\s+)?[A-Z"“][\w"”’'-]*
      (?:\s+(?:(?:and|of|the|for|on|in|to|&)\s+)*[A-Z"“][\w"”’'-]*){0,12})?
    \s*,\s+(?:which|that)\s+
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
      |(?P<held>(?:was|were)\s+held|took\s+place))\b""",
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
# A guest received as one more step: "X was also received by Y", "was later received by".
_PASSIVE_STEP = re.compile(r"(?:was|were|been)\s+(?:also|then|later)\s+received\b")


def _passive_step(records: list[Candidate], cand: Candidate) -> None:
    """Make "X was also received by Y" a step of its own of the talks or visit under way.

    The guest is a side of the latest talks or visit of the story's time (told with the
    same status), so the step is between that event's sides, and no mention of it.
    """
    step = next(
        (
            r
            for r in reversed(records)
            if r.kind in (MeetingKind.MEETING, MeetingKind.VISIT)
            and len(r.countries) >= 2
            and r.status is cand.status
            and not recalled(r.date, cand.story)
            and cand.countries <= r.countries
        ),
        None,
    )
    if step is not None:
        cand.countries |= step.countries
        cand.weak = cand.one_sided = False
        cand.another = True


# A story's official named by a unique title as the subject: "The prime minister will also".
_TITLE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:said|says|added)\s)[Tt]he\s+(?P<title>[Pp]rime\s+[Mm]inister|[Pp]remier"
    r"|[Cc]hancellor|[Pp]resident|[Ff]oreign\s+[Mm]inister)"
    r"\s+(?:(?!was\s|were\s)[a-z]+\s+){0,3}\Z"  # not "was met by": a welcome
)
_HEAD_TITLE = re.compile(r"(?<!Vice\s)(?<!Deputy\s)\b(?:President|King|Emir|Amir|Sultan)\b")


def _story_head(people: Sequence[PersonMention], start: int) -> PersonMention | None:
    """The head of state a story's "the head of state" stands for, or ``None``.

    It is the first person named before ``start`` with a head of state's title
    and a state ("President of A X" ... "the head of state also met Y").
    """
    return next(
        (
            p
            for p in people
            if p.start < start and p.country and p.role and _HEAD_TITLE.search(p.role)
        ),
        None,
    )


def _sequel(body: str, start: int, lo: int) -> int:
    """1 when a sentence opens as the next step of a programme, 2 for "the next day"; else 0.

    Only when the trigger's clause starts the sentence (its sides follow the marker).
    """
    step = SEQUEL.match(body, start)
    if step is None or lo > step.end():
        return 0
    return 2 if step["next"] else 1


def _other_side_from_article(article: Article, records: list[Candidate]) -> list[Candidate]:
    """Give a one-state record whose official has no state the state the article pairs with it.

    Outlets name the pair of states in the headline ("Uzbek, Russian Presidents
    talk") or in the story ("Turkish-Uzbek relations", "between Turkey and
    Uzbekistan") and the visiting official by title alone ("Vice President X"):
    when the headline and such pairs name exactly one state besides the
    record's, it is that official's.
    """
    lonely = [
        r
        for r in records
        if r.kind is not MeetingKind.CONFERENCE
        and len(r.countries) == 1
        and r.organization is None
        # an official with no state, or a visitor on a visit told without one ("X came to
        # Lima on a working visit")
        and (any(p.country is None for p in r.participants) or r.visitor)
    ]
    if not lonely:
        return []
    partners = _article_pairs(article)
    for record in lonely:
        (own,) = record.countries
        others = partners(own)
        if len(others) == 1:
            record.countries |= others
    return [r for r in lonely if len(r.countries) == 2]


def _headline_states(article: Article) -> set[str]:
    """The states the article's headline names (no groups).

    A headline in capitals ("U.S. MAY DROP TARIFFS IF JAPAN OPENS") is also read in
    title case, where its names are found ("Japan").

    >>> sorted(_headline_states(Article(id="x", title="PERU, CHILE IN FISHING TALKS", body=".")))
    ['CHL', 'PER']
    """
    return set(_headline_order(article))


def _headline_order(article: Article) -> list[str]:
    """The states the article's headline names, in the order it names them (no groups).

    >>> _headline_order(Article(id="x", title="CANADA WARNS DANISH EXPORTERS", body="."))
    ['CAN', 'DNK']
    """
    title = article.title or ""
    found = [m for m in extract_country_mentions(title) if m.kind != "group"]
    if title.isupper():
        found += [m for m in extract_country_mentions(title.title()) if m.kind != "group"]
    return list(dict.fromkeys(m.code for m in sorted(found, key=operator.attrgetter("start"))))


def _story_state(article: Article) -> str | None:
    """The state a story is told for: the first its headline names, else the outlet's.

    >>> _story_state(Article(id="x", title="PERU TO KEEP FUEL SUBSIDY", body="."))
    'PER'
    """
    states = _headline_order(article)
    return states[0] if states else home_country(article)


def _article_pairs(article: Article) -> Callable[[str], set[str]]:
    """The states the article names beside a state: in its headline, or paired in the story.

    Every state of the headline is named beside any other state; in the story,
    two states joined by a dash or slash ("Turkish-Uzbek"), by "between A and
    B", or by "and" in the lead sentence ("A and B agreed ...") are a pair.

    >>> partners = _article_pairs(Article(id="x", title="Japan and Peru to talk trade",
    ...                                   body="Relations between France and Spain grow."))
    >>> sorted(partners("FRA")), sorted(partners("JPN"))
    (['ESP', 'JPN', 'PER'], ['PER'])
    """
    title = _headline_states(article)
    pairs: set[tuple[str, str]] = set()
    for a, b in _story_pairs(article):
        pairs |= {(a, b), (b, a)}

    def partners(own: str) -> set[str]:
        return (title | {b for a, b in pairs if a == own}) - {own}

    return partners


def _story_pairs(article: Article) -> list[tuple[str, str]]:
    """The pairs of states the story names as pairs, in the order it names them.

    Two states joined by a dash or slash ("Turkish-Uzbek"), by "between A and B",
    or by "and" in the lead sentence ("A and B agreed ...").

    >>> _story_pairs(Article(id="x", body="India and Nepal agreed. Talks between Peru and Chile."))
    [('IND', 'NPL'), ('PER', 'CHL')]
    """
    mentions = [m for m in body_mentions(article.body).mentions if m.kind != "group"]
    stop = _LEAD_STOP.search(article.body, 0, _LEAD_CHARS)  # the lead sentence's end
    lead_end = stop.end() if stop is not None else min(len(article.body), _LEAD_CHARS)
    return [
        (a.code, b.code)
        for a, b in itertools.pairwise(mentions)
        if a.code != b.code
        and (
            _PAIRED.fullmatch(article.body, a.end, b.start)
            or (
                _AND.fullmatch(article.body, a.end, b.start)
                and (
                    _BETWEEN.search(article.body, max(0, a.start - 12), a.start)
                    or b.end <= lead_end  # "A and B agreed ..." in the lead sentence
                )
            )
        )
    ]


def _pair_event(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Make a mention that names no state an event of the article's pair, when it says so.

    "The sides discussed the agenda of the commission meeting to be held in June",
    "both sides agreed to hold the next consultations in Tashkent": the sentence
    points at the two states the story is about (the headline's two states, else
    the two of its first event, else the only two the story names), and no event
    of a kind and status that the mention could refer back to is told before it.
    "Delegations from both countries have been meeting for weeks", "following talks of the
    two countries' ministers", "The two governments agreed to start talks": a mention naming
    the pair as its own sides is an event without a time or place, its pair is the
    first the story names as one ("A-B ties", "between A and B", "A and B" in the
    lead) before that of its first event, and only an event of that pair is one it
    could refer back to (not a third state's visit told before).
    A state the mention names (the host city's) must be one of the pair. Returns
    whether ``cand`` became such an event (its countries set, no longer weak).
    """
    if len(cand.countries) > 1 or cand.organization:
        return False
    if not _PAIR_WORDS.search(cand.evidence[0].text):
        return False
    own_sides = _PAIR_AS_SIDES.match(
        cand.evidence[0].text, cand.anchor - cand.evidence[0].start
    )  # "talks between the ministers of the two countries": the pair named as its sides
    # "During the phone call, the presidents agreed ...": a sentence opening with the event
    # tells that it took place, where "the sides discussed the meeting" only names one
    opening = (
        cand.kind is MeetingKind.CALL
        and cand.status is MeetingStatus.HELD
        and _OPENING_CALL.match(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
        is not None
    )
    # "Delegations from both countries have been meeting", "The two governments agreed to start
    # talks": the pair told as the subject that meets, or that agrees to start talks
    meets = _PAIR_MEETS.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
    if (
        cand.date is None
        and cand.location is None
        and cand.ordinal is None
        and not own_sides
        and not opening
        and meets is None
    ):
        return False  # "the sides discussed the meeting": a mention of one told, at most
    title = _headline_states(article)
    # the pair the story is about: its headline's two states, else (where the mention names
    # the pair as its own sides) the first two the story names as a pair ("A-B relations",
    # "between A and B", "A and B agreed" in its lead), else the two of its first event
    sided = own_sides is not None or meets is not None
    told_pairs = _story_pairs(article) if sided else []
    named = set(told_pairs[0]) if told_pairs else set()
    pair = title if len(title) == 2 else named or next((r.countries for r in records), set())
    # "the two countries, whose envoys met in Vienna, ...": a third state's place is no side
    place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
    own = cand.countries - {place} if _TWO.search(cand.evidence[0].text) else cand.countries
    if len(pair) != 2:
        # no headline pair, no event of two told yet: the two states of a story naming two
        pair = {m.code for m in body_mentions(article.body).mentions if m.kind != "group"}
        if len(pair) == 3 and place in pair - own:
            pair.discard(place)
    if any(
        (r.kind is cand.kind or compatible(r.kind, cand.kind))
        and r.status is cand.status
        # "the meeting of both countries' ministers" refers back to an event of the pair, not
        # to a third state's visit
        and not (sided and r.countries and not (r.countries <= pair or pair <= r.countries))
        and not (r.kind is MeetingKind.CONFERENCE and cand.evidence[0] in r.evidence)
        and not (
            cand.location is not None
            and r.location is not None
            and (
                None is not cand.location.city != r.location.city is not None
                # "consultations in Lima" after "the visit to Chile": another state, another event
                or None is not cand.location.country != r.location.country is not None
            )
        )  # "the next session will take place in Cusco" after talks in Lima: another event
        and not (
            cand.rule == "meeting.met_with"
            and _PAIR_SUBJECT.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
            and cand.date is not None
            and r.date is not None
            and cand.date.last_day() < r.date.first_day()
        )  # "Earlier, in January, the ministers met in Lima" after talks in March: another
        for r in records
    ):
        return False  # "the talks" after talks: a back-reference (not the summit they meet at)
    if len(pair) != 2 or not own <= pair:
        return False
    cand.countries = set(pair)
    cand.weak = False
    cand.rule = f"{cand.rule}+article_pair"
    return True


def _body_pair_talks(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Talks of "the two sides" in a story of one state and one body are theirs.

    Under a headline naming one state and one intergovernmental body ("Chile and
    the EU resume trade talks"), talks whose sentence names no state and points at
    the pair ("the two sides agreed to reopen talks", "bilateral talks") are between
    that state and that body: the state is a side, the body the organization (a
    third body named in the sentence, "requests for WTO arbitration", is no side).
    Talks of the pair told before with the same status take the mention (returns
    True); else ``cand`` is completed and left to the caller (returns False).
    """
    if cand.countries or cand.organization is None or cand.kind is not MeetingKind.MEETING:
        return False
    span = cand.evidence[0]
    if not _BODY_PAIR_WORDS.search(span.text):
        return False
    mentions = extract_country_mentions(article.title or "")
    states = {m.code for m in mentions if m.kind != "group"}
    groups = {m.code for m in mentions if m.kind == "group"}
    if len(states) != 1 or len(groups) != 1:
        return False
    cand.countries, cand.organization = set(states), groups.pop()
    cand.weak = False
    cand.rule = f"{cand.rule}+body_pair"
    told = next(
        (
            r
            for r in records
            if r.kind is cand.kind
            and r.status is cand.status
            and r.countries == cand.countries
            and r.organization == cand.organization
            and (r.date is None or cand.date is None or r.date == cand.date)
        ),
        None,
    )
    if told is None:
        return False
    merge(told, cand)  # "The EU and Chile agreed to begin talks ... both sides ...": those talks
    return True


def _story_state_with_a_body(article: Article, cand: Candidate) -> None:
    """Talks with a body whose sentence names no state are the story's state's.

    "He said the scheme would be reviewed after talks with the IMF" under "PERU TO
    KEEP FUEL SUBSIDY", or "Deputy Chief of Staff (DCOS) X met yesterday with the
    IAEA chief" in a government's own readout: the sentence tells one side by a
    pronoun or an office, and the story's state is that side (the first state its
    headline names, else the state the outlet speaks for). A body's own session
    ("the negotiating group held its first meeting") has no "with" and stays the
    body's alone.
    """
    if (
        cand.countries
        or cand.organization is None
        or cand.kind not in (MeetingKind.MEETING, MeetingKind.CALL)
    ):
        return
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if _WITH_A_BODY.match(span.text, at) is None:
        return
    if any(m.kind != "group" for m in extract_country_mentions(span.text)):
        return  # a state in the sentence, not taken as a side: no guess beside it
    state = _story_state(article)
    if state is None:
        return
    cand.countries = {state}
    cand.weak = False
    cand.rule = f"{cand.rule}+story_state"


# A gathering's name or its time right before its word: "last week's Lima Forum", "the recent
# Andean Summit", "the council's session", "this week's meeting of the X Group".
_GATHERING_NAMED = re.compile(
    r"""\b(?:(?:last|this|next)\s+(?:week|month|year|[A-Z][a-z]+day)['’]s?
    |recent|upcoming|forthcoming)\s+(?:[A-Z][\w'’-]*\s+){0,5}\Z""",
    re.VERBOSE,
)
# The gathering word as a word of a name: "Forum", "Summit", "Conference", "COP29".
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+|COP[\s-]?\d+)\b")


def _named_gathering(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Whether a gathering named with its time is an event of its own (GATHERING-NAME-ONLY).

    "Ministers took stock of last week's Lima Forum", "at the Andean Summit on Monday",
    "the cartel meets next week": a named gathering (or a known body's session) told with a
    time is a record even when its sentence names no state; with no state and no body, its
    side is the story's state (the first its headline names, else the outlet's). One that a
    record before it already is (same kind, status and body or title) stays a reference.
    """
    if cand.kind is not MeetingKind.CONFERENCE or cand.organization is not None:
        return False  # a known body's session is read by the body's own rules
    span = cand.evidence[0]
    if not any(word.islower() for word in span.text.split()):
        return False  # a heading, masthead or dateline line ("Lima Water Forum Monday May 5")
    at = cand.anchor - span.start
    timed = _GATHERING_NAMED.search(span.text, max(0, at - 60), at) is not None
    if cand.date is None and not timed:
        return False  # no time of its own
    if not timed and (at == 0 or _NAME_WORD.match(span.text, at) is None):
        return False  # neither a name ("the Lima Forum", "COP29") nor "last week's"
    if any(span in r.evidence for r in records):
        return False
    if any(
        r.kind is cand.kind
        and r.status is cand.status
        and (r.organization == cand.organization or (r.title and r.title == cand.title))
        for r in records
    ):
        return False
    if not cand.countries and cand.organization is None:
        state = _story_state(article)
        if state is None:
            return False
        cand.countries = {state}
    cand.weak = False
    cand.rule = f"{cand.rule}+named_gathering"
    return True


# A trigger whose object is a body, named right after "with": "met yesterday with the IAEA
# chief", "talks with the World Bank", "discussions with the European Commission".
_WITH_A_BODY = re.compile(
    r"""[\w-]*                                     # the trigger word
    (?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day|this\s+week))?  # its day, if told there
    \s+with\s+(?:the\s+)?[A-Z]                    # "with the" and a name""",
    re.VERBOSE,
)


# What names a story's pair as the two sides of talks: "the two sides", "both sides", "bilateral".
_BODY_PAIR_WORDS = re.compile(r"\b(?:[Tt]he\s+two\s+sides|[Bb]oth\s+sides|bilateral\s+talks)\b")


# A first-person subject right before the trigger, outside a quotation: "whom I met with",
# "Today I spoke with" (in a government's own statement, its leader speaks).
_FIRST_PERSON = re.compile(r"(?<![“\"'‘])\bI\s+(?:have\s+|had\s+|also\s+|will\s+)?\Z")


# The pair named as two: "the two countries", "both sides", also as the owner of the
# officials who meet ("the two countries' ministers"); not as the owner of a topic ("the two
# countries' relations"), which tells what is discussed, not who meets.
_TWO = re.compile(
    r"""\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|states|sides|nations|governments)\b
    (?:(?!['’])                                    # the pair itself, or the owner of
    |['’]s?\s+(?:[\w-]+\s+)?(?:ministers?|leaders|presidents|heads|officials|delegations
    |envoys|representatives)\b)                      # the officials who meet
    """,
    re.VERBOSE,
)
# Words pointing at the story's two states: "the two countries", "both sides", "bilateral".
_PAIR_WORDS = re.compile(
    r"""\b(?:[Tt]he\s+two\s+(?:countries|states|sides|nations|governments|leaders|presidents
    |ministers)|[Bb]oth\s+(?:sides|countries)|[Tt]he\s+(?:sides|parties)|bilateral
    |[Tt]he\s+(?:heads\s+of\s+state|presidents|leaders|prime\s+ministers|foreign\s+ministers)
    |(?:intergovernmental|joint)\s+(?:[\w-]+\s+){0,2}?(?:commission|committee|working\s+group)
    |(?i:interstate|intergovernmental)\s+(?:[\w-]+\s+){0,2}?(?i:council)
    |political\s+consultations)\b""",
    re.VERBOSE,
)


def _lone_events(article: Article, records: list[Candidate], lone: list[Candidate]) -> None:
    """A one-sided mention no event took is an event with the state the article pairs with it.

    "The Peruvian President held talks with the visiting delegation" under a
    headline naming Chile and Peru is a meeting between the two: when the
    mention names an official, the headline and the story's pairs give its
    state exactly one partner, and no event of its sentence or of that pair
    is told already, it is an event of its own.
    """
    if not lone:
        return
    told = {e for r in records for e in r.evidence}
    partners = _article_pairs(article)
    for cand in lone:
        if not cand.weak or len(cand.countries) != 1:
            continue  # completed on the way ("received the guest" on a visit)
        (own,) = cand.countries
        others = partners(own)
        span = cand.evidence[0]
        # "A and B discussed trade at a meeting in Lima": who met is told, if not by title
        discussed = TOPIC_BEFORE.search(span.text, 0, cand.anchor - span.start) is not None
        if span in told or len(others) != 1 or not (cand.participants or discussed):
            continue  # no official named: "meet the demand", "meet them"
        cand.countries |= others
        same = next((r for r in records if same_event(r, cand)), None)
        if same is not None:
            continue  # the pair's event, told already
        cand.weak = False
        cand.rule = f"{cand.rule}+article_pair"
        told.add(cand.evidence[0])
        at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
        records.insert(at, cand)


# The story's pair as the subject that meets, or that agrees to start talks: "Delegations from
# both countries have been meeting", "The two governments agreed to start talks" (not "the
# sides discussed the meeting": a mention of talks told, at most).
_PAIR_MEETS = re.compile(
    r"""\b(?:negotiators|officials|delegations|ministers|representatives)\s+(?:of|for|from)\s+
    (?:the\s+two|both)\s+(?:countries|states|nations|sides|governments)\s+
    (?:(?:have|had|has)\s+been|will\s+be|are|were)\s+\Z
    | \b(?:both|the\s+two)\s+(?:sides|countries|governments)\s+(?:also\s+)?agreed\s+to\s+
    (?:begin|start|launch|open|resume)\s+(?:[a-z-]+\s+){0,2}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# The story's pair as the subject of the meeting verb: "the prime ministers of the two countries",
# or the sentence's subject "The two presidents", "The leaders" (the pair the story is about).
_PAIR_SUBJECT = re.compile(
    r"""\b(?:leaders|heads\s+of\s+state|presidents|ministers|delegations|officials)\s+of\s+
    (?:the\s+two|both)\s+(?:countries|states|nations)\s+(?:[a-z]+\s+){0,2}\Z
    | ^\s*The\s+(?:two\s+)?(?:leaders|heads\s+of\s+state|presidents|prime\s+ministers
      |foreign\s+ministers)\s+(?:[a-z-]+\s+){0,5}\Z
    | ^\s*The\s+two\s+(?:ministers|sides|delegations)\s+(?:[a-z-]+\s+){0,5}\Z  # "The two sides"
    """,
    re.VERBOSE,
)
_LEAD_CHARS = 600  # enough for a lead sentence
_LEAD_STOP = re.compile(r"[.!?](?=\s)|\n")  # where a lead sentence ends, near enough
# What joins the two states of a pair: "Turkish-Uzbek", "between Turkey and Uzbekistan".
_PAIRED = re.compile(r"\s*[-–—/]\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\Z")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


# A trip told as the one to an event: "to travel to Lima for the session", "to attend the summit".
_TRIP_TO_ATTEND = re.compile(
    r"\b(?:for|at)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:session|summit|meeting|conference|forum|talks|sitting)\b|\bto\s+(?:attend|take\s+part)\b"
)


# A sentence opening on the talks with one guest: "Talks with Malaysia's foreign minister, X,
# focused on ...", "In his meeting with the Turkmen minister, X, ...".
_TALKS_WITH_OPENING = re.compile(
    r"\s*(?:(?:In|During|At)\s+(?:his|her|the)\s+)?(?:[Tt]alks|[Mm]eeting|[Cc]onsultations)\s+with\s"
)


def _talks_beside_the_gathering(records: list[Candidate], cand: Candidate) -> bool:
    """Talks with one state "on the sidelines of" the gathering told before: an event of its own.

    "X will attend the summit in Lima. He will hold a bilateral meeting with the
    Chilean president on the sidelines of the summit": talks between X's state (the
    gathering's first official named) and Chile, at the gathering's time and place.
    ``cand`` is a weak meeting naming one state; ``True`` when placed.
    """
    if not (cand.weak and cand.kind is MeetingKind.MEETING and len(cand.countries) == 1):
        return False
    span = cand.evidence[0]
    if SIDELINES.search(span.text) is None:
        return False
    gathering = next(
        (
            r
            for r in reversed(records)
            if r.kind is MeetingKind.CONFERENCE and r.status is cand.status
        ),
        None,
    )
    if gathering is None:
        return False
    subject = next((p.country for p in gathering.participants if p.country is not None), None)
    if subject is None or subject.alpha_3 in cand.countries:
        return False
    gathering.countries |= cand.countries  # the partner met there takes part in it
    cand.countries.add(subject.alpha_3)
    cand.date = cand.date or _day_of_a_range(gathering)
    cand.location = cand.location or gathering.location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+sidelines"
    records.append(cand)
    return True


# The talks word's own sideline phrase: "their meeting on the sidelines of", "talks held
# between A and B on the margins of" (the gathering is where those talks took place).
_ITS_SIDELINES = re.compile(r"[^.;:,]{0,120}?\b[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\b")


def _talks_at_the_gathering_told(
    article: Article, records: list[Candidate], cand: Candidate
) -> bool:
    """Talks told by reference "on the sidelines of" a gathering their sentence names.

    "Recalling their meeting on the sidelines of the summit in Lima in May", "recalled
    the talks held between A and B on the margins of the forum in June": talks of
    their own at that gathering (its day and place), between the states the mention
    names, else the story's pair; the gathering takes them as sides. Not when talks
    of those sides at the gathering's time are told already (then the mention is
    theirs). ``cand`` is a weak meeting; ``True`` when placed.
    """
    if cand.kind is not MeetingKind.MEETING or cand.participants:
        return False
    span = cand.evidence[0]
    after = _ITS_SIDELINES.match(span.text, cand.anchor - span.start)
    # "On the sidelines of the forum in May, the ministers of our countries held a meeting"
    before = SIDELINES.search(span.text, 0, cand.anchor - span.start)
    if after is not None:
        lo, hi = cand.anchor, span.end
    elif before is not None:
        lo, hi = span.start + before.end(), cand.anchor
    else:
        return False
    gathering = next(
        (
            r
            for r in records
            if r.kind is MeetingKind.CONFERENCE
            and span in r.evidence
            and r.status is cand.status
            and r.date is not None
            and lo < r.anchor < hi
        ),
        None,
    )
    if gathering is None:
        return False
    # the sides of the mention's own: none when all it names is the gathering's body and host
    sides = set(cand.countries)
    if not cand.weak and (
        cand.organization != gathering.organization or not sides <= gathering.countries
    ):
        return False
    if len(sides) < 2 and (not cand.weak or sides <= gathering.countries):
        # "took place in C, where the leaders met on the margins of the summit": the place
        # told before the talks word is the gathering's, no side of the talks
        sides = set()
    if len(sides) < 2:
        title = _headline_states(article)
        pair = title if len(title) == 2 else next((r.countries for r in records), set())
        if len(pair) != 2:
            # no pair told yet: the two states the story names besides the gathering's host
            host = gathering.location.country if gathering.location else None
            pair = {
                m.code
                for m in body_mentions(article.body).mentions
                if m.kind != "group" and m.code != (host.alpha_3 if host else None)
            }
        if len(pair) != 2 or not sides <= pair:
            return False
        sides = set(pair)
    date = _day_of_a_range(gathering)
    if any(
        r.kind in _TALKS
        and r.status is cand.status
        and r.countries & sides
        and (r.date is None or date is None or r.date.contains(date) or date.contains(r.date))
        for r in records
    ):
        return False
    cand.countries, cand.organization = sides, None
    cand.date = date
    cand.location = cand.location or gathering.location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+at_gathering"
    gathering.countries |= sides  # the pair meeting there takes part in it
    records.append(cand)
    return True


# A session of a body of two governments: "a session of the intergovernmental commission".
_PAIR_BODY = re.compile(
    r"""[\w-]*\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:intergovernmental|joint|bilateral)
    \s+(?:[\w-]+\s+)?(?:commission|committee|council)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def _pair_commission(cand: Candidate) -> bool:
    """A dated session of a body of two governments, in a sentence naming exactly two states.

    "A and B expect trade to grow, X said after a session of the intergovernmental
    commission held in Lima on Monday": the commission is the two states' (its own
    clause names the host city only), so the session is an event between them.
    ``cand`` is a weak held meeting; ``True`` when it became that event.
    """
    if not (
        cand.weak
        and cand.kind is MeetingKind.MEETING
        and cand.status is MeetingStatus.HELD
        and cand.date is not None
        and cand.organization is None
    ):
        return False
    span = cand.evidence[0]
    if _PAIR_BODY.match(span.text, cand.anchor - span.start) is None:
        return False
    named = {m.code for m in extract_country_mentions(span.text) if m.kind != "group"}
    if len(named) != 2 or not cand.countries <= named:
        return False
    cand.countries, cand.weak = named, False
    cand.rule = f"{cand.rule}+pair_body"
    return True


def _also_with_another(records: list[Candidate], cand: Candidate) -> bool:
    """One more event: "X also spoke with B" after talks of X's side with A.

    ``cand`` is a weak call or meeting told with "also" or as a later step ("Later,
    the President received B's minister"), naming one state only,
    which the latest talks of its status do not hold: the talks' subject (the
    state of their official named before the trigger, else of their first official)
    met that state too, unless talks of that state with it are told already (then the
    mention is theirs). ``True`` when placed.

    "X called his Peruvian counterpart. The minister also called the Chilean
    minister": two calls, X's state with Peru and with Chile.
    """
    if not (
        cand.weak
        and (cand.also or cand.sequel)
        and cand.kind in (MeetingKind.MEETING, MeetingKind.CALL)
        and len(cand.countries) == 1
    ):
        return False
    told = next(
        (
            r
            for r in reversed(records)
            if r.kind in (MeetingKind.MEETING, MeetingKind.CALL)
            and r.status is cand.status
            and not r.aside  # "the commission, which held its session on May 24": no step
        ),
        None,
    )
    if told is None or len(told.countries) < 2 or cand.countries <= told.countries:
        return False
    known = next(
        (
            r
            for r in reversed(records)
            if r.kind is cand.kind
            and r.status is cand.status
            and len(r.countries) >= 2
            and cand.countries <= r.countries
        ),
        None,
    )
    if known is not None:
        # "received the envoys of A and B. ... Then the President received B's envoy": the
        # reception told already, on the day of the step before it
        if cand.evidence[0] not in known.evidence:
            known.evidence.append(cand.evidence[0])
        if known.date is None and cand.sequel == 1:
            known.date = cand.date or told.date
        return True
    # the subject: an official of the talks named before the trigger ("Omarov also received"),
    # else the talks' first official, told by a pronoun or a word of the title ("The minister
    # also called"; "the head of state" after two ministers is nobody of them)
    span = cand.evidence[0]
    before = set(span.text[: cand.anchor - span.start].split())
    officials = [p for p in told.participants if p.country is not None]
    subject = next(
        (p.country for p in officials if before & {w for w in p.name.split() if len(w) > 2}),
        None,
    )
    if subject is None and officials:
        title = {w for w in (officials[0].role or "").lower().split() if len(w) > 3}
        if before & {"he", "He", "she", "She"} or {w.lower() for w in before} & title:
            subject = officials[0].country
    if subject is None or subject.alpha_3 not in told.countries:
        return False
    cand.countries.add(subject.alpha_3)
    if cand.date is None and told.date is not None and cand.sequel == 1:
        cand.date = told.date  # "Later the same day, ...": the day of the talks before
    elif cand.date is None and told.date is not None and told.date.day is not None and cand.sequel:
        cand.date = PartialDate.from_date(told.date.first_day() + dt.timedelta(days=1))
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+also"
    records.append(cand)
    return True


def _talks_with_official(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Talks with an official of one state, in a sentence opening on them, in a story of talks.

    "X met the Hungarian minister. ... Talks with Malaysia's foreign minister, Y,
    focused on trade": the talks of the story's host with that state, which are
    those of a record already holding the state (their evidence), or else a
    meeting of their own between that state and the story's host: the state
    of most of its records, held by each of its held two-sided meetings.
    ``cand`` is a weak one-sided mention; ``True`` when it was placed.
    """
    if not (
        cand.weak
        and cand.kind is MeetingKind.MEETING
        and cand.status is MeetingStatus.HELD
        and len(cand.countries) == 1
        and cand.participants
        and all(p.country in cand.countries for p in cand.participants)
    ):
        return False
    span = cand.evidence[0]
    if cand.anchor - span.start > _OPENING_REACH or not _TALKS_WITH_OPENING.match(span.text):
        return False
    (state,) = cand.countries
    told = next(
        (
            r
            for r in reversed(records)
            if r.kind is MeetingKind.MEETING
            and r.status is MeetingStatus.HELD
            and state in r.countries
            and len(r.countries) >= 2
        ),
        None,
    )
    if told is not None:
        if span not in told.evidence:
            told.evidence.append(span)  # "met A, B and C separately" ... "Talks with B"
        return True
    pairs = [
        r
        for r in records
        if r.kind is MeetingKind.MEETING
        and r.status is MeetingStatus.HELD
        and len(r.countries) == 2
        and not recalled(r.date, article.published)
    ]
    if not pairs:
        return False
    # the story's host: the state of most of its records, which its held talks all hold
    counts = collections.Counter(c for r in records for c in r.countries)
    ranked = counts.most_common(2)
    top = ranked[0][0]
    if (
        (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
        or top in cand.countries
        or not all(top in r.countries for r in pairs)
    ):
        return False
    host = {top}
    cand.countries |= host
    # the story's day: that of its latest held event of its own time that has one
    cand.date = cand.date or next(
        (
            r.date
            for r in reversed(records)
            if r.status is MeetingStatus.HELD
            and r.date is not None
            and not recalled(r.date, article.published)
        ),
        None,
    )
    cand.location = cand.location or pairs[-1].location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+talks_with"
    records.append(cand)
    return True


_OPENING_REACH = 40  # characters from a sentence's start to the trigger of its opening talks
# A sentence whose subject is the pair told just before: "The two ministers had last met in".
_THE_TWO_OPENING = re.compile(
    r"\s*The\s+two\s+(?:[a-z-]+\s+){0,2}(?:ministers|leaders|presidents|heads\s+of\s+state"
    r"|premiers|counterparts|officials|co-chairs|sides|delegations)\s"
)


# A sentence whose subject is a pair named by a pronoun or a plural: "They", "The ministers".
_THE_PAIR_OPENING = re.compile(
    r"\s*(?:They|The\s+(?:two\s+)?(?:[a-z-]+\s+)?(?:ministers|leaders|presidents|premiers"
    r"|counterparts|sides|parties|delegations|heads\s+of\s+state))\s"
)


def _the_two_last_met(records: list[Candidate], cand: Candidate) -> bool:
    """A dated earlier meeting of "the two ministers" is one of the pair told just before.

    "With the Turkish minister, X discussed the visit to Ankara. The two
    ministers had last met in Tehran in September": a meeting of its own, dated,
    between the two states of the record of the sentence just before (the
    place's state is no side). ``cand`` is a weak mention; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind in (MeetingKind.MEETING, MeetingKind.CALL)
        and cand.status is MeetingStatus.HELD
        and cand.date is not None
        and records
    ):
        return False
    span = cand.evidence[0]
    if not (
        (cand.kind is MeetingKind.MEETING and _THE_TWO_OPENING.match(span.text))
        # "They previously held talks in Lima on May 2, 2023": the pair's subject, and a day a
        # month or more before the story's, which the pair's talks just told are not at
        or (_THE_PAIR_OPENING.match(span.text) and recalled(cand.date, cand.story))
    ):
        return False
    before = [(told.end, r) for r in records for told in r.evidence if told.end <= span.start]
    if not before:
        return False
    end, pair = max(before, key=lambda found: found[0])
    if span.start - end > _SENTENCE_GAP or len(pair.countries) != 2:
        return False
    if recalled(pair.date, cand.story) and not _THE_TWO_OPENING.match(span.text):
        return False  # the pair's talks told are recalled too: no earlier event of their own
    if any(
        r.countries == pair.countries and r.date == cand.date and r.status is cand.status
        for r in records
    ):
        return False  # the pair's meeting of that date, told already
    records.append(
        attrs.evolve(
            cand,
            countries=set(pair.countries),
            weak=False,
            another=True,
            participants=list(cand.participants),
            rule=f"{cand.rule}+the_two",
        )
    )
    return True


# An earlier call or meeting of the pair named as what a later act builds on or recalls: "The
# leaders built on their phone call on Sunday", "recalled with satisfaction their meeting on
# the sidelines of S" (up to the trigger: "their" and at most two words before it).
_BUILT_ON_THEIR = re.compile(
    r"""\b(?:built|builds|building|build|followed\s+up|follow(?:s|ing)?\s+up)\s+on\s+their\s+
    (?:[\w-]+\s+){0,2}\Z
    |\brecall(?:ed|s|ing)?\s+(?:with\s+\w+\s+)?their\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)


def _built_on_earlier(records: list[Candidate], cand: Candidate) -> bool:
    """An earlier call or meeting of the pair, named as what they build on or recall.

    "X sat down with Y. The leaders built on their phone call on Sunday", "A held a phone
    call with B. The heads of state recalled their meeting on the sidelines of the summit in
    May": an event of its own, held, between the two states of the record told in the
    sentence just before (its two states, or its two officials' when it is a gathering);
    the pair meeting on a gathering's sidelines take part in it. ``cand`` is a weak mention
    naming no state; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind in (MeetingKind.MEETING, MeetingKind.CALL)
        and cand.status is MeetingStatus.HELD
        and records
    ):
        return False
    span = cand.evidence[0]
    head = span.text[: cand.anchor - span.start]
    if "their" not in head or not _BUILT_ON_THEIR.search(head):
        return False
    before = [(told.end, r) for r in records for told in r.evidence if told.end <= span.start]
    if not before:
        return False
    end, told = max(before, key=lambda found: found[0])
    if span.start - end > _SENTENCE_GAP:
        return False
    pair = set(told.countries)
    if len(pair) != 2:
        pair = {p.country.alpha_3 for p in told.participants if p.country is not None}
    gathering = next(
        (r for r in records if r.kind is MeetingKind.CONFERENCE and span in r.evidence), None
    )
    # the gathering's host, read off its place, is no side of the pair's talks there
    host = gathering.countries if gathering is not None else set()
    if len(pair) != 2 or not cand.countries <= pair | host:
        return False
    if gathering is not None and SIDELINES.search(span.text):
        # "their meeting on the sidelines of the summit in B in May": its time and place
        cand.date, cand.location = gathering.date, gathering.location or cand.location
        gathering.countries |= pair
    records.append(
        attrs.evolve(
            cand,
            countries=pair,
            organization=None,
            weak=False,
            another=True,
            participants=list(cand.participants),
            rule=f"{cand.rule}+built_on",
        )
    )
    return True


# The name of the Dialogue a session is of: "round of their Economic Policy Dialogue".
_DIALOGUE_NAME = re.compile(r"\bof\s+(?:the|their)\s+(?P<t>[^\s].*Dialogue)\Z")
_SENTENCE_GAP = 3  # characters between two sentences told one after the other
# Talks named by their place as held before: "recalled the talks held in Lima last October".
_TALKS_HELD_IN = re.compile(r"talks\s+held\s+in\s+[A-Z]")


def _recalled_talks(records: list[Candidate], cand: Candidate) -> bool:
    """Talks "held in" a place at a month before the story's events are the pair's earlier ones.

    "X received the Ambassador of B. ... The minister recalled the talks held in
    Lima last October": a meeting of its own, dated before every event of the
    story holding the place's state, between the two states of the latest such
    record. ``cand`` is a weak mention; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind is MeetingKind.MEETING
        and cand.status is MeetingStatus.HELD
        and cand.date is not None
        and cand.date.month is not None
        and cand.location is not None
        and len(cand.countries) == 1
        and _TALKS_HELD_IN.match(cand.evidence[0].text, cand.anchor - cand.evidence[0].start)
    ):
        return False
    when = (cand.date.year, cand.date.month)
    pairs = [r for r in records if cand.countries < r.countries and len(r.countries) == 2]
    # an undated pair is the story's news ("X received the Ambassador of B"): the talks are
    # recalled when they lie a month or more before the story's day
    old = recalled(cand.date, cand.story)
    if not pairs or any(
        (r.date is None and not old)
        or (r.date is not None and (r.date.year, r.date.month or 13) <= when)
        for r in pairs
    ):
        return False
    records.append(
        attrs.evolve(
            cand,
            countries=set(pairs[-1].countries),
            weak=False,
            participants=list(cand.participants),
            rule=f"{cand.rule}+recalled",
        )
    )
    return True


def _planned_beside_held(visit: Candidate, cand: Candidate) -> bool:
    """A visit still to come, told after a visit under way, is not the one a held step is of.

    "X received a delegation led by Y, who is in Lima for consultations. ... Y conveyed an
    invitation to pay a state visit to Peru. ... Earlier in the day the delegation held talks
    at the ministry": the talks are a step of the visit under way, not of the one invited to.
    """
    return visit.status is MeetingStatus.PLANNED and cand.status is MeetingStatus.HELD


def _invited_visit(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Whether ``cand`` is an invitation to visit, a planned visit of its own.

    "The President invited his counterpart to visit Ashgabat", "conveyed the
    invitation of the Speaker to the Speaker to visit Baku": the visit to come
    is no mention of the talks, call or session told before it, unless a visit
    to come of its state is told already. A mention naming only the host's
    state takes the one partner the article pairs with it (``cand`` is
    completed in place).
    """
    if cand.kind is not MeetingKind.VISIT or cand.status is not MeetingStatus.PLANNED:
        return False
    span = cand.evidence[0]
    before = span.text[: cand.anchor - span.start]
    if "invit" not in before or not INVITED_TO.search(before, max(0, len(before) - 160)):
        return False
    if _TRIP_TO_ATTEND.search(span.text, cand.anchor - span.start):
        return False  # "the invitation to travel to Lima for the session": the session's trip
    goes_to = _destination(span.text, cand.anchor - span.start)
    if goes_to is not None:
        cand.location = Place(city=goes_to.city or None, country=goes_to.country)
    if any(
        r.kind is MeetingKind.VISIT
        and r.status is MeetingStatus.PLANNED
        and r.countries & cand.countries
        # "his trip to Lima next month ... invited the Peruvian president to visit Chile": a
        # visit the other way is one of its own
        and not (goes_to is not None and _goes_elsewhere(r, goes_to))
        for r in records
    ):
        return False  # the visit to come, told already
    if cand.weak:
        if len(cand.countries) != 1:
            return False
        (own,) = cand.countries
        others = _article_pairs(article)(own)
        if (
            not others
            and records
            and len(records[-1].countries) == 2
            and own in records[-1].countries
        ):
            # "During the call, the Emir invited the Prime Minister to visit Doha": the
            # invitation made at the event just told goes to that event's other side
            others = records[-1].countries - {own}
        if len(others) != 1:
            return False
        cand.countries |= others
        cand.weak = False
        cand.rule = f"{cand.rule}+invited"
    return True


# The place right after a visit's word: "visit Pakistan", "visit to Chile", "pay a visit to Lima".
_VISIT_PLACE = re.compile(
    r"visit(?:s|ing)?\s+(?:to\s+)?(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


def _destination(text: str, at: int) -> Place | None:
    """The state (and city) a visit's word at ``at`` names as where the visitor goes."""
    found = _VISIT_PLACE.match(text, at)
    if found is None:
        return None
    words = found["place"].split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        code = city_country(name)
        if code is not None:
            return Place(city=name, country=Country(code))
    mentions = extract_country_mentions(found["place"])
    if mentions and mentions[0].start == 0 and mentions[0].kind != "group":
        return Place(city=None, country=Country(mentions[0].code))
    return None


def _goes_elsewhere(visit: Candidate, place: Place) -> bool:
    """Whether a visit's destination (its place, else the place after its word) is another state."""
    span = visit.evidence[0]
    there = visit.location or _destination(span.text, visit.anchor - span.start)
    return there is not None and there.country is not None and there.country != place.country


def _each_its_own(
    body: str,
    reach: tuple[int, int],
    local: Sequence[CountryMention],
    who: Sequence[PersonMention],
) -> re.Match[str] | None:
    """The words after a trigger that tell its objects met one by one, or ``None``.

    "received A's envoy on May 13 and B's on May 14", "met A, and then B": a
    state is named between the trigger and the words, another one after them.
    """
    t1, hi = reach
    found = _EACH_ITS_OWN.search(body, t1, hi) if " and " in body[t1:hi] else None
    if found is None:
        return None
    named = [(m.start, m.code) for m in local if m.kind != "group"]
    named += [(p.start, p.country) for p in who if p.country]
    before = {code for at, code in named if t1 <= at < found.start()}
    after = {code for at, code in named if found.end() <= at < hi}
    return found if before and after - before else None


def _partner_dates(
    reach: tuple[int, int],
    *,
    partners: set[str],
    local: Sequence[CountryMention],
    who: Sequence[PersonMention],
    told: Sequence[DateMention],
) -> dict[str, PartialDate]:
    """The day told after each partner state's first mention, before the next partner's.

    "received A's envoy on May 13 and B's on May 14": A on May 13, B on May 14.
    """
    t1, hi = reach
    first: dict[str, int] = {}
    named = [(m.start, m.code) for m in local] + [(p.start, p.country) for p in who if p.country]
    for at, code in sorted(named):
        if code in partners and t1 <= at < hi:
            first.setdefault(code, at)
    order = sorted(first.items(), key=lambda item: item[1])
    out: dict[str, PartialDate] = {}
    for i, (code, at) in enumerate(order):
        stop = order[i + 1][1] if i + 1 < len(order) else hi
        day = next((d.date for d in told if at < d.start < stop), None)
        if day is not None:
            out[code] = day
    return out


def _split_partners(cand: Candidate) -> list[Candidate]:
    """One candidate per partner state when the event is named as several.

    "Bilateral meetings with officials from A, B and C", "phone calls with his
    Italian and Spanish counterparts": each keeps the other side and the
    officials of its partner.
    """
    base = cand.countries - cand.partners
    if len(cand.partners) < 2 or cand.weak:
        return [cand]
    out = []
    for partner in sorted(cand.partners):
        out.append(
            attrs.evolve(
                cand,
                countries=base | {partner},
                participants=[
                    p
                    for p in cand.participants
                    if p.country is None or p.country.alpha_3 in base | {partner}
                ],
                partners=set(),
                another=True,
                partner=partner,
                date=cand.partner_dates.get(partner, cand.date),
            )
        )
    return out


def _split_again(cand: Candidate) -> list[Candidate]:
    """The event, and the sides' meeting once more on the day told after "and again".

    "A and B met in Lima on Monday and again in Cusco on Friday": two meetings.
    """
    if cand.again is None or cand.again == cand.date:
        return [cand]
    return [cand, attrs.evolve(cand, date=cand.again, again=None, another=True, location=None)]


def _split_officials(cand: Candidate) -> list[Candidate]:
    """One candidate per official when officials of one state are met as several.

    "X was received by A, B and C in separate meetings", "X also met separately
    with A and B": each official named after the trigger had a meeting of his
    own with the same sides ("met A and B" with no such words is one meeting).
    """
    if len(cand.apart) < 2 or len(cand.partners) >= 2:
        return [cand]
    return [
        attrs.evolve(
            cand,
            participants=[
                p for p in cand.participants if p.name == name or p.name not in cand.apart
            ],
            apart=[name],  # the official of this one
            another=True,
        )
        for name in cand.apart
    ]


_LIST_BREAK = re.compile(r",\s|\band\s")  # where one item of a list of officials ends


# What parts the names of a list: ", ", ", and ", " and ", and an article after them.
_LIST_PARTS = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_PLURAL_GATHERING = re.compile(
    r"""\s+(?:(?:[Mm]inisterial|[Ll]eaders['’]?|[Hh]eads\s+of\s+[Ss]tate)\s+)?
    (?:[Ss]ummits|[Mm]eetings|[Cc]onferences|sessions)\Z""",
    re.VERBOSE,
)


_BODIES_GATHERINGS = next(p for name, _, _, p in RULES if name == "meeting.bodies_gatherings")


def _listed_bodies(trigger: str) -> list[str]:
    """The bodies a "bodies' gatherings" match lists, in order ("G7 and NATO summits")."""
    names = _PLURAL_GATHERING.sub("", trigger)
    out: list[str] = []
    for name in _LIST_PARTS.split(names):
        body = body_named(name) if name else None
        if body is not None and body not in out:
            out.append(body)
    return out


def _split_gatherings(cand: Candidate) -> list[Candidate]:
    """One gathering per body a plural gathering word lists: "the G7 and NATO summits"."""
    if cand.rule != "meeting.bodies_gatherings":
        return [cand]
    span = cand.evidence[0]
    match = _BODIES_GATHERINGS.match(span.text, cand.anchor - span.start)
    bodies = _listed_bodies(match.group()) if match is not None else []
    if len(bodies) < 2:
        return []  # "the Lima and Quito meetings": no bodies' gatherings
    return [
        # each named by its body: no back-reference (one told before is merged as its body's)
        attrs.evolve(cand, organization=body, title=None, weak=False)
        for body in bodies
    ]


_ORDINAL_WORD = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)"
)
# Two numbered sessions told by one plural word: "the 16th and 17th sessions of the commission",
# "its third and fourth rounds", "the second and third meetings of the council".
_TWO_ORDINALS = re.compile(
    rf"""\b(?P<a>{_ORDINAL_WORD})\s*(?:and|,|&)\s*(?P<b>{_ORDINAL_WORD})\s+
    (?:(?!(?:of|the|an?)\s)[\w’'-]+\s+){{0,3}}\Z""",
    re.VERBOSE | re.IGNORECASE,
)


def _split_ordinals(cand: Candidate) -> list[Candidate]:
    """One session per ordinal a plural session word lists: "the 5th and 6th sessions".

    Each is a session of its own (never a mention of the talks told before it), of the
    sides the mention names or, naming none, of the latest event's.
    """
    if cand.ordinal is None or cand.kind is MeetingKind.VISIT:
        return [cand]
    span = cand.evidence[0]
    at = cand.anchor - span.start
    two = _TWO_ORDINALS.search(span.text, max(0, at - 60), at)
    if two is None or not span.text.startswith(("sessions", "meetings", "rounds"), at):
        return [cand]
    return [
        attrs.evolve(cand, ordinal=n.lower(), another=True, participants=list(cand.participants))
        for n in (two["a"], two["b"])
    ]


def _split_bodies(cand: Candidate) -> list[Candidate]:
    """The talks, and one meeting more per body whose official is met beside other sides.

    "X met his Turkish counterpart and the EU foreign policy chief", "X received the UN
    Secretary-General and the IMF Managing Director": each body's official, named after the
    trigger and holding no state of his own, had talks of their own with X's state.
    """
    if cand.kind not in _TALKS or cand.weak or cand.organization is None:
        return [cand]
    text, at = cand.evidence[0].text, cand.anchor - cand.evidence[0].start
    bodies: dict[str, list[Participant]] = {}
    for p in cand.participants:
        where = text.find(p.name, max(0, at))
        if p.country is None and where >= 0:
            # the body in the role, else in the words just before the name ("and IMF
            # Managing Director A", whose role was read as "Director")
            title = _LIST_BREAK.split(text[max(at, where - 50) : where])[-1]
            body = (body_named(p.role) if p.role else None) or body_named(title)
            if body is not None:
                bodies.setdefault(body, []).append(p)
    # the bodies whose officials the clause names with no name ("and the head of the IMF")
    for body in body_officials(text, max(0, at), max(at, cand.clause_end - cand.evidence[0].start)):
        bodies.setdefault(body, [])
    states = {p.country.alpha_3 for p in cand.participants if p.country is not None}
    if not bodies or not states or (len(states) < 2 and len(bodies) < 2):
        return [cand]
    home = next(p.country.alpha_3 for p in cand.participants if p.country is not None)
    split = list(bodies) if len(states) >= 2 else list(bodies)[1:]
    met = {p.name for body in split for p in bodies[body]}
    kept = [p for p in cand.participants if p.name not in met]
    first = attrs.evolve(
        cand,
        participants=kept,
        organization=None if len(states) >= 2 else next(iter(bodies)),
    )
    return [first] + [
        attrs.evolve(
            cand,
            countries={home},
            organization=body,
            participants=[p for p in cand.participants if p.country is not None][:1] + bodies[body],
            partners=set(),
            apart=[],
            another=True,
        )
        for body in split
    ]


_TWIN_REACH = 60  # characters between two triggers of one clause's event ("co-chair the meeting")


def _talks_planned_on_a_visit(article: Article, records: list[Candidate]) -> None:
    """Talks announced for a visit under way are part of that visit.

    "The Emir reached Kazakhstan on Tuesday, and there he is to hold talks
    with President X": the visit is held (it is taking place) and the
    talks it holds are the visit, not a planned event of their own.
    """
    if article.published is None:
        return
    today = article.published
    for visit in [r for r in records if r.kind is MeetingKind.VISIT]:
        if (
            visit.status is not MeetingStatus.HELD
            or visit.date is None
            or visit.date.day is None
            or not dt.timedelta(0) <= today - visit.date.first_day() <= dt.timedelta(days=3)
        ):
            continue
        names = {p.name for p in visit.participants}
        for talks in [r for r in records if r.kind is MeetingKind.MEETING]:
            if (
                talks.status is MeetingStatus.PLANNED
                # "the upcoming meeting of the commission": a session of its own, not the visit
                and not talks.rule.startswith("meeting.commission")
                and not talks.rule.endswith("+coming")
                # "X is also expected to meet the Speaker": one more step, a record of its own
                and not talks.also
                # (not talks told for a later time: "the next dialogue ... in the autumn")
                and (talks.date is None or talks.date.last_day() - today <= dt.timedelta(days=3))
                and (
                    len(talks.countries) >= 1
                    # "the bank's envoy is to meet the finance committee tomorrow": the steps
                    # of a body's official on his visit name the body, no state (nor his name)
                    or (talks.organization is not None and talks.organization == visit.organization)
                )
                and talks.countries <= visit.countries
                # "the next session will take place in Cusco": another place, another event
                and not (
                    talks.location is not None
                    and visit.location is not None
                    and talks.location.city != visit.location.city
                )
                and (
                    names & {p.name for p in talks.participants}
                    or len(talks.countries) >= 2
                    or (talks.organization is not None and talks.organization == visit.organization)
                )
            ):
                status = visit.status
                merge(visit, talks)
                visit.status = status
                records.remove(talks)


def _talks_at_gatherings(records: list[Candidate]) -> None:
    """Talks held at a gathering told in the same sentence are the sides' own.

    In "A met B in Vilnius at the NATO Summit" the summit's body is not the
    talks' body, and the host state of the summit is no side of the talks
    when two other states are, or when none of the officials named is its.
    """
    for record in records:
        if record.kind not in (MeetingKind.MEETING, MeetingKind.CALL):
            continue
        gathering = next(
            (
                r
                for r in records
                if r.kind is MeetingKind.CONFERENCE
                and any(e in r.evidence for e in record.evidence[:1])
            ),
            None,
        )
        if gathering is None:
            continue
        if (
            record.date is None
            and gathering.date is not None
            and gathering.date.day is not None
            and record.status is gathering.status
            and SIDELINES.search(record.evidence[0].text) is not None
        ):
            # "met X on the sidelines of the summit in Lima on May 8": the summit's day (a
            # month, "in late April", does not tell the talks' own)
            record.date = _day_of_a_range(gathering)
        if record.organization is not None and record.organization == gathering.organization:
            record.organization = None
        where = record.location or gathering.location
        place = where.country if where is not None else None
        if place is not None and place.alpha_3 == record.partner:
            continue  # "bilateral meetings with officials from A, B and C" in A: A is named
        if place is not None and (
            len(record.countries - {place.alpha_3}) >= 2
            or (record.participants and not any(p.country == place for p in record.participants))
        ):
            # "talks in Dushanbe on the sidelines of the summit with X": no host among them
            record.countries.discard(place.alpha_3)


_TALKS = (MeetingKind.MEETING, MeetingKind.CALL)
# Talks told as a series of several: "a series of bilateral meetings", "talks with several
# regional leaders"; and the days after a gathering's first that its series may take.
_SERIES = re.compile(
    r"\b(?:series\s+of|several|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|leaders"
    r"|counterparts)\b"
)
_SERIES_DAYS = 7
# Talks placed at the gathering their own sentence names, as its sidelines would: "the two
# presidents met in A in May, where they attended the summit", "X and Y met at the summit".
_PLACED_AT_GATHERING = re.compile(
    r"""\bwhere\s+(?:they|both(?:\s+\w+)?|the\s+two(?:\s+\w+)?)\s+(?:(?:had\s+)?attended
    |took\s+part\s+in|were\s+attending)\b
    | \bmet\b[^.;]{0,80}?\bat\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}(?:summit|conference|forum)\b""",
    re.VERBOSE,
)


def _sides_at_gatherings(records: list[Candidate]) -> None:
    """States meeting on the sidelines of a gathering take part in that gathering.

    "On the sidelines of the summit, A met B": A and B attend the summit told in
    the sentence, else the latest gathering told before it, when both are held
    (or both planned). Talks placed at the summit of their own sentence ("met at
    the summit", "where they attended the summit") take part in it likewise.
    """
    for at, record in enumerate(records):
        span = record.evidence[0]
        if record.kind not in _TALKS:
            continue
        own = next(
            (r for r in records if r.kind is MeetingKind.CONFERENCE and span in r.evidence),
            None,
        )
        if SIDELINES.search(span.text) is None:
            if (
                own is not None
                and own.status is record.status
                and _PLACED_AT_GATHERING.search(span.text)
            ):
                own.countries |= record.countries
            continue
        gathering = own or next(
            (
                r
                for r in reversed(records[:at])
                if r.kind is MeetingKind.CONFERENCE and r.anchor < record.anchor
            ),
            None,
        )
        if gathering is not None and gathering.status is record.status:
            gathering.countries |= record.countries
    for gathering in records:
        span = gathering.evidence[0]
        if (
            gathering.kind is not MeetingKind.CONFERENCE
            or gathering.date is None
            or gathering.date.day is None
            or SIDELINES.search(span.text) is None
            or _SERIES.search(span.text) is None
        ):
            continue
        # "X held a series of bilateral meetings on the sidelines of the forum, which took
        # place on May 29-30." ... "On May 29, X met Y": the talks then told, in the days of
        # the gathering, are that series; their sides take part in the gathering
        first = gathering.date.first_day()
        for record in records:
            if (
                record.kind is MeetingKind.MEETING
                and record.status is gathering.status
                and record.anchor > gathering.anchor
                and (
                    record.date is None
                    or record.date.contains(gathering.date)  # "later in the day", read as a year
                    or (
                        record.date.day is not None
                        and dt.timedelta(0)
                        <= record.date.first_day() - first
                        <= dt.timedelta(days=_SERIES_DAYS)
                    )
                )
            ):
                gathering.countries |= record.countries


# The story's delegations at a gathering, told outside its own clause: states or their
# officials that attend it, take part in it or act "at the meeting" ("Representatives of A
# and B were invited to attend the sessions", "A is expected to oppose the plan at this
# meeting"), and the members a body's story names ("OPEC members, including A, B and C").
# The gathering is named in the sentence, else it is the one told last before it; a noun
# qualified by a name ("at the IMF meeting" after a G7 meeting) is another's.
_GATHERING_NOUN = r"(?:meeting|session|summit|conference|gathering|talks)s?\b"
_DELEGATION_AT = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+part\s+in|"
    r"participat(?:e|es|ed|ing)\s+in)\s+(?:(?:some|all|one|each)\s+of\s+)?"
    rf"(?:the|this|that|its)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_GATHERING_NOUN}"
    rf"|\bat\s+(?:the|this|that)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_GATHERING_NOUN}"
)
_MEMBERS_INCLUDING = re.compile(
    r"\b(?P<body>[A-Z][\w-]+)\s+(?:members?|member\s+(?:states|countries|nations))\b"
    r"[^.;:]{0,40}?\b(?:including|such\s+as)\s+"
)
# Taking part told in the past: the gathering is one held ("were invited to attend").
_PAST_PART = re.compile(
    r"\b(?:attended|took\s+part|participated|(?:was|were)\s+(?:invited|present))\b"
)
# ... and to come: the gathering is one planned ("will seek ... at the meeting").
_FUTURE_PART = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected\s+|due\s+|set\s+)?to)\s")
# A state named as the topic, not as one taking part: after a topic's preposition ("talks
# on A's debt", "the dispute with B"), or owning or qualifying a thing other than its people
# ("A's policy was criticised at the meeting", "an A-ian journal"; "A's finance minister"
# and "the A-ian delegation" are its delegation).
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|against|with|towards?|into|regarding|concerning)\s+(?:the\s+)?\Z"
)
_POSSESSIVE = re.compile(r"['’]s?\s")
_ITS_PEOPLE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?i:delegat\w*|officials?|ministers?|representatives?"
    r"|envoys?|ambassadors?|president|premier|leaders?|negotiators?|team|chancellor|secretary"
    r"|chiefs?|heads?)\b"
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# Where the subjects of a phrase "at the meeting" start: a new clause, or a relative one
# ("the decision on A, which the body took at its summit": A is no delegation there).
_CLAUSE_OPEN = re.compile(r"[;:]\s|\b(?:but|while|whereas)\s|,\s+(?:which|who|whom|where)\s")


def _named_list(body: str, at: int, mentions: Sequence[CountryMention]) -> set[str]:
    """The states of a list starting at ``at`` ("Iran, Algeria and Libya, will ..."): its run."""
    states: set[str] = set()
    end = at
    for m in mentions:
        if m.start < end:
            continue
        gap = body[end : m.start]
        if m.kind in ("name", "demonym") and (
            (not states and gap.strip() in ("", "the"))
            or (states and _LIST_GAP.fullmatch(gap) is not None)
        ):
            states.add(m.code)
            end = m.end
        else:
            break
    return states


def _same_body(a: str, b: str) -> bool:
    """Whether two names of a body are one ("G-7", "G7")."""
    return a.replace("-", "").upper() == b.replace("-", "").upper()


def _delegations(article: Article, records: list[Candidate]) -> None:
    """A gathering whose clause names fewer than two sides takes the delegations the story names.

    The sides of a body's session are often told around it rather than in its
    clause: officials or states attending it or acting at it, in a sentence that
    names it or refers back to it ("the meeting", "this session"), and the members
    the story names for its body. Only the sentence's part before the phrase is
    read (the subjects), and only states named or by their people, not places.
    """
    gatherings = [
        r
        for r in records
        if len(r.countries) < 2
        and (
            r.kind is MeetingKind.CONFERENCE
            or (r.kind is MeetingKind.MEETING and r.organization is not None)
        )
    ]
    body = article.body
    if not gatherings or (
        _DELEGATION_AT.search(body) is None and _MEMBERS_INCLUDING.search(body) is None
    ):
        return
    told = [r for r in records if r.kind is MeetingKind.CONFERENCE or r.organization is not None]
    found: dict[int, set[str]] = collections.defaultdict(set)
    for sentence in split_sentences(body):
        text = sentence.text
        at = _DELEGATION_AT.search(text)
        members = _MEMBERS_INCLUDING.search(text)
        if at is None and members is None:
            continue
        mentions = extract_country_mentions(body[sentence.start : sentence.end])
        if at is not None:
            own = next(
                (
                    r
                    for r in told
                    if any(sentence.start <= e.start < sentence.end for e in r.evidence)
                ),
                None,
            )
            status = (
                MeetingStatus.HELD
                if _PAST_PART.search(text, 0, at.end()) is not None
                else MeetingStatus.PLANNED
                if _FUTURE_PART.search(text, 0, at.start()) is not None
                else None
            )
            gathering = own or next(
                (
                    r
                    for r in reversed(told)
                    if r.anchor < sentence.start and status in (None, r.status)
                ),
                None,
            )
            if gathering is not None:
                opens = [c.end() for c in _CLAUSE_OPEN.finditer(text, 0, at.start())]
                lo = opens[-1] if opens else 0
                found[id(gathering)] |= {
                    m.code
                    for m in mentions
                    if m.kind in ("name", "demonym")
                    and lo <= m.start < at.start()
                    and _TOPIC_BEFORE.search(text, 0, m.start) is None
                    and (
                        (m.kind != "demonym" and _POSSESSIVE.match(text, m.end) is None)
                        or _ITS_PEOPLE.match(text, m.end) is not None
                    )
                }
        if members is not None:
            for r in told:
                if r.organization is not None and _same_body(r.organization, members["body"]):
                    found[id(r)] |= _named_list(text, members.end(), mentions)
    for r in gatherings:
        r.countries |= found.get(id(r), set())


# A summit named for a state and a region of fixed membership ("the China-Central Asia
# Summit", "the C5+1 summit", "the EU-Baltic summit"): the region's states are its sides
# (``gazetteer/data/region_members.json``).
_REGION_FORMAT = re.compile(
    r"""(?:[-–—+]\s*|\b)(?P<region>Central\s+Asia|South\s+Caucasus|Baltic|C\+?(?=C5)|C5(?=\+1))
    (?:C5|\+1|\s*[-–—+]\s*[A-Z][\w.-]*)?(?:\s+\([^()]{1,12}\))?\s+\Z""",
    re.VERBOSE,
)
_FORMAT_BEFORE = 50  # characters from a format's region word to the summit named for it


def _region_formats(body: str, records: list[Candidate]) -> None:
    """Give a summit named for a region format the region's states as sides.

    >>> recs = [Candidate("r", MeetingKind.CONFERENCE, MeetingStatus.PLANNED, {"CHN"}, None,
    ...     None, None, [], None, [], 41)]
    >>> _region_formats("They prepare the next China-Central Asia Summit in May.", recs)
    >>> sorted(recs[0].countries)
    ['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
    """
    for record in records:
        at = record.anchor
        if record.kind is not MeetingKind.CONFERENCE or body[at : at + 6].lower() != "summit":
            continue
        found = _REGION_FORMAT.search(body, max(0, at - _FORMAT_BEFORE), at)
        if found is None:
            continue
        region = " ".join(found["region"].lower().replace("+", "").split())
        members = load_region_members()
        record.countries |= set(members.get(region, members["c5"]))  # "C+C5": the C5's


# The members of a gathering listed in the sentence right after it, by a phrase of taking
# part: "Taking part are Foreign Ministers X of A, Y of B and Z of C", "Leaders and
# representatives of A, B and C joined me for ...", "The protocol, signed by ministers from A,
# B and C, ...", "The meeting was attended by ...".
_MEMBERS_NEXT = re.compile(
    r"""\s*(?:(?:Taking\s+part|Participating|Attending|Present)\s+(?:in\s+(?:it|the\s+[a-z]+)\s+)?
      (?:are|were)\b
    |(?:(?:The\s+)?[A-Z][a-z]+\s+(?:and\s+[a-z]+\s+)?of|The\s+[a-z]+,?)\s+
      (?:[^.;]{0,40}?\s)?(?:attended|signed|adopted)\s+by\s+(?:[\w-]+\s+){0,3}?(?:from|of)\b
    |(?:Leaders|Heads\s+of\s+(?:state|government)|(?:Foreign\s+|Trade\s+|Economic\s+)?Ministers
      |Delegations|Representatives)(?:\s+and\s+(?:representatives|ministers|delegations))?
      \s+(?:of|from)\s+[^.;]{3,300}?\s(?:joined|attended|took\s+part|participated)\b)""",
    re.VERBOSE,
)


def _members_told_next(body: str, records: list[Candidate]) -> None:
    """A gathering's members listed in the next sentence by a phrase of taking part are sides.

    A conference, or a meeting of a body, whose own sentence is followed by "Taking part are
    ministers X of A, Y of B", "Leaders of A, B and C joined me" or "The protocol, signed by
    ministers from A, B and C": the states of that sentence take part in it.
    """
    if not records:
        return
    sentences = split_sentences(body)
    for record in records:
        if record.kind is not MeetingKind.CONFERENCE and record.organization is None:
            continue
        own_end = record.evidence[0].end
        following = next((s for s in sentences if s.start >= own_end), None)
        if following is None or not _MEMBERS_NEXT.match(following.text):
            continue
        states = {m.code for m in extract_country_mentions(following.text) if m.kind != "group"}
        if len(states) >= 2:  # a list of members, not one partner
            record.countries |= states


class _Told(NamedTuple):
    """What the pass over the candidates leaves for the passes over the story's records."""

    records: list[Candidate]  # the events told, in text order
    pending: list[Candidate]  # weak mentions before any event: "ended a weekend meeting"
    lone: list[Candidate]  # one-sided mentions, which the article's pairs may complete
    first_visits: list[Candidate]  # "the first president of A to visit B": the visit told


def _one_per_event(candidates: list[Candidate]) -> list[Candidate]:
    """Split each candidate of the body's trigger words into one per event.

    A mention naming several events ("met A, B and C separately", "the first and second
    sessions", "bilateral meetings with A and B") yields one candidate each, before any
    is compared with the events told.
    """
    return [
        one
        for found in candidates
        for split in _split_partners(found)
        for twice in _split_again(split)
        for each in _split_officials(twice)
        for body in _split_bodies(each)
        for gathering in _split_gatherings(body)
        for one in _split_ordinals(gathering)
    ]


def _read_records(article: Article, candidates: list[Candidate]) -> _Told:
    """Turn the candidates, in text order, into the story's records.

    Each candidate is completed from the events told before it (the visit under way, the
    talks whose step it is, the gathering it is held at), then merged into the event it
    names again or kept as an event of its own; weak mentions with no event before them
    wait in ``pending``, one-sided ones in ``lone``.
    """
    records: list[Candidate] = []
    pending: list[Candidate] = []  # weak mentions before any event: "ended a weekend meeting"
    lone: list[Candidate] = []  # one-sided mentions, which the article's pairs may complete
    first_visits: list[Candidate] = []  # "the first president of A to visit B": the visit told
    # the date of the latest mention of each status that had one ("then received" after a plan
    # "to be held in the spring" takes the day of the held steps), and of the story's time
    last_date: dict[MeetingStatus, PartialDate] = {}
    last_news: dict[MeetingStatus, PartialDate] = {}
    for cand in candidates:
        cand.story = article.published
        if cand.untensed and any(
            r.status is MeetingStatus.PLANNED
            and (
                (r.organization is not None and r.organization == cand.organization)
                # "A and B will meet Thursday" ... "the A/B talks": the pair's planned talks
                or (
                    cand.kind is MeetingKind.MEETING is r.kind
                    and len(cand.countries) >= 2
                    and cand.countries == r.countries
                )
            )
            for r in records
        ):
            cand.status = MeetingStatus.PLANNED  # "the next meeting of the G7" ... "at the meeting"
        # the visit under way: a visit the story recalls from a month or more before is none
        visit = next(
            (
                r
                for r in reversed(records)
                if r.kind is MeetingKind.VISIT
                and not recalled(r.date, article.published)
                and not _planned_beside_held(r, cand)
            ),
            None,
        )
        span = cand.evidence[0]
        if (
            cand.kind is MeetingKind.CONFERENCE
            and cand.status is MeetingStatus.PLANNED
            and (
                _SIDES_DISCUSSED.match(span.text, 0, cand.anchor - span.start)
                # "As the meeting ended, X invited him to take part in the forum": the guest
                # and host of the talks told
                or _INVITED_THE_GUEST.search(span.text, 0, cand.anchor - span.start)
            )
        ):
            # "The leaders also discussed preparations for the summit in C": the sides of the
            # talks told before, preparing the gathering, take part in it
            talks = next((r for r in reversed(records) if len(r.countries) >= 2), None)
            if talks is not None and talks.kind is not MeetingKind.CONFERENCE:
                cand.countries |= talks.countries  # (a gathering's own members: not told)
            if _INDEFINITE.search(
                span.text, 0, cand.anchor - span.start
            ) is not None and _INVITED_THE_GUEST.search(span.text, 0, cand.anchor - span.start):
                # "invited him to an international conference to be held in C in May": a
                # gathering to come of its own (told as new), never the one told before
                cand.weak, cand.another = False, True
        if cand.kind is MeetingKind.CONFERENCE and _pair_attends(span, cand.anchor):
            # "Both prime ministers attended the CIS summit", "the summit in C, which both
            # presidents are expected to attend": the officials of the talks told go to it
            pair = _pair_of_talks(records, article.published)
            if not pair and _PAIR_STATES.search(span.text, 0, cand.anchor - span.start):
                pair = _pair_before(article.body, span.start)  # "A and B ... Both states"
            cand.countries |= pair
        cand.countries |= _sides_by_count(records, cand)  # "the meeting of the three countries"
        # "The visiting minister also called on X", "the minister was received by X": the
        # story's visitor, in a step of the visit (or of the talks) told of its own
        visitor = (
            cand.kind is MeetingKind.MEETING
            and len(cand.countries) <= 1
            and (
                _THE_VISITOR.search(span.text, 0, cand.anchor - span.start) is not None
                # "In the evening, the three ministers were received by X": the officials of
                # the talks told, in a step of their programme
                or (
                    cand.sequel == 1
                    and _THE_OFFICIALS.search(span.text, 0, cand.anchor - span.start) is not None
                )
            )
        )
        if (
            ((cand.weak and (cand.guest or cand.sequel)) or visitor)
            and cand.kind is MeetingKind.MEETING
            and visit is not None
            and cand.countries <= visit.countries
            and cand.status is visit.status
        ):
            # "the President received the guest", "After that, X and the minister met": a
            # step of the visit under way, between its sides
            cand.countries |= visit.countries
            cand.weak = False
            cand.another = cand.another or visitor
        elif (
            ((cand.weak and cand.sequel and cand.participants) or visitor)
            and cand.kind is MeetingKind.MEETING
            and visit is None
        ):
            # "Later, X met with the Speaker": with no visit under way, a step of the programme
            # of the latest talks of the story's time (not of an event it recalls), talks
            # between states or a state's talks with a body's official ("received the OIC
            # chief. Earlier in the day, the chief held talks with the Foreign Minister")
            step = next(
                (
                    r
                    for r in reversed(records)
                    if r.kind is MeetingKind.MEETING
                    and (
                        len(r.countries) >= 2
                        or (len(r.countries) == 1 and r.organization is not None)
                    )
                    and r.status is cand.status
                    and not recalled(r.date, article.published)
                ),
                None,
            )
            if (
                step is not None
                and cand.countries <= step.countries
                and cand.organization in (None, step.organization)
            ):
                cand.countries |= step.countries
                cand.organization = step.organization
                cand.weak = False
                cand.another = cand.another or visitor
        if len(cand.apart) == 1 and len(cand.countries) < 2:
            # "Later, X was received by A, B and C in separate meetings": each a step of the
            # talks or visit under way, between its sides
            step = next(
                (
                    r
                    for r in reversed(records)
                    if r.kind in (MeetingKind.MEETING, MeetingKind.VISIT)
                    and r.status is cand.status
                    and (len(r.countries) >= 2 or r.organization is not None)
                    and not recalled(r.date, article.published)
                    and cand.countries <= r.countries
                ),
                None,
            )
            if step is not None:
                cand.countries |= step.countries
                cand.organization = cand.organization or step.organization
                cand.weak = cand.one_sided = False
        if (
            cand.rule == "meeting.received_by"
            and len(cand.countries) < 2
            and _PASSIVE_STEP.match(span.text, cand.anchor - span.start)
        ):
            _passive_step(records, cand)
        elif cand.rule == "meeting.received_by" and _PASSIVE_STEP.match(
            span.text, cand.anchor - span.start
        ):
            # "X was also received by the Prime Minister of B", both sides named: one more
            # step of its own, as when the host's state is given by the event under way
            cand.another = True
        if (
            cand.sequel
            and not cand.weak
            and records
            and records[-1].evidence[0] == cand.evidence[0]
            and not records[-1].partner
            and not (records[-1].apart and cand.apart)  # one official each: two events
            and same_event(records[-1], cand)
        ):
            # "On the same day, X and Y co-chaired the 5th meeting of the commission": two words
            # of one step
            merge(records[-1], cand)
            continue
        if cand.sequel and not cand.weak:
            # "The President received X. After that, X and the Minister met": a step of its
            # own, on the day of the step before (or the day after it)
            cand.another = True
            step_date = last_date.get(cand.status)
            if records and not recalled(records[0].date, article.published):
                # a step of a story of its own time: not a recalled day
                step_date = last_news.get(cand.status)
            if cand.date is None and step_date is not None:
                if cand.sequel == 1:
                    cand.date = step_date
                elif step_date.day is not None:
                    cand.date = PartialDate.from_date(step_date.first_day() + dt.timedelta(days=1))
        elif (
            cand.also
            and not cand.weak
            and not (records and _under_way(records[-1], article.published))
            # "A and B also attended the Vientiane meeting": more states at a gathering told
            # (and "is also expected to travel to B for the annual summit": the summit's trip)
            and not any(
                named_by_its_city(r, cand) or trip_to(r, cand) or trip_to(cand, r) for r in records
            )
            # "X also met Y, who is paying a state visit from May 2 to 5": the visit's talks
            and not _on_its_visit_days(cand)
            # "X will visit A ... He will also visit the B region": a stop of the same trip
            and not (
                cand.kind is MeetingKind.VISIT
                and any(
                    r.kind is MeetingKind.VISIT
                    and r.status is cand.status
                    and cand.countries <= r.countries
                    for r in records
                )
            )
        ):
            cand.another = True  # "X also met Y": one more event (talks on a visit are the visit)
            if (
                cand.date is None
                and records
                and records[-1].status is cand.status  # not a gathering of the past
                and _THERE.search(cand.evidence[0].text)
            ):
                cand.date = records[-1].date  # "also met Y on the sidelines of the meeting"
        elif (
            cand.date is None
            and not cand.weak
            and cand.kind is MeetingKind.MEETING
            and records
            and _SIDELINES_OF_THE.search(cand.evidence[0].text)
        ):
            # "On the sidelines of the meeting, X met Y": its day, that of the event of the
            # story's time when the latest event told is one it recalls ("signed at the
            # previous summit last year. On the sidelines of the event, X met Y")
            # ("talks held on the sidelines of the meeting" are at the latest event told held,
            # not at a summit to come told after it)
            told = [r for r in records if r.status is cand.status] or records
            there = (
                next(
                    (
                        r
                        for r in reversed(told)
                        if r.date is not None and not recalled(r.date, article.published)
                    ),
                    told[-1],
                )
                if recalled(told[-1].date, article.published)
                else told[-1]
            )
            cand.date = _day_of_a_range(there)
            cand.location = cand.location or there.location  # and its place
        if cand.date is not None and not cand.aside:
            # (a session told in a body's own clause, "which held its first session on May 24",
            # is no step of the story: "On the same day" after it is the story's day)
            # a year or month told after a day it holds ("signed the Plan for 2024-2025", "the
            # summit due this summer") keeps that day for the next step ("Later, X met Y")
            recalls = _SPEAKER_RECALLS.search(span.text, 0, cand.anchor - span.start)
            if not _holds_day(cand.date, last_date.get(cand.status)) and not recalls:
                # (the time of a speaker's recollection, "X recalled his visit to P in May",
                # is no step's: "The same day, Y met Z" is the day of the story's news)
                last_date[cand.status] = cand.date
            if (
                not recalled(cand.date, article.published)
                and not _holds_day(cand.date, last_news.get(cand.status))
                and not _arrived_before(cand, last_news.get(cand.status))
                # "X also recalled his call with Y on March 27": an event a speaker recalls
                # is no step of the story's day ("Later in the day, X received Z")
                and not recalls
            ):
                last_news[cand.status] = cand.date
        if cand.lonely:
            lone.append(cand)
        if cand.first_to and len(cand.countries) >= 2:
            first_visits.append(cand)
        if cand.hosted and not any(r.countries & cand.countries for r in records):
            # "Chile will host the fifth negotiating round", no talks of Chile told before: a
            # session of many told by its host alone, a gathering that state hosts
            cand.kind, cand.weak = MeetingKind.CONFERENCE, False
        if cand.visitor and not any(r.countries & cand.countries for r in records):
            # "Y, on a state visit to X, said ...": a visit to X, even with Y's state unnamed
            cand.weak = False
        elif (
            cand.visitor
            and cand.status is MeetingStatus.HELD
            and records
            and not any(r.kind is MeetingKind.VISIT for r in records)
            and records[0].kind is MeetingKind.MEETING
            and len(records[0].countries) == 2
            and cand.countries < records[0].countries
            and _WHO_IS_ON.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
            is not None
        ):
            # "A and B chaired the council in X. A, who is on a state visit to X, ...": the
            # visit under way of the talks' guest, beside the talks it took in
            cand.countries |= records[0].countries
            cand.weak, cand.another = False, True
        if (
            cand.weak
            and len(cand.countries) >= 2
            and (
                cand.took_part
                or len({p.country for p in cand.participants if p.country}) >= 2
                or (cand.kind is not MeetingKind.VISIT and cand.named_sides >= 2)
            )
            and not any(
                (
                    r.kind is cand.kind
                    or compatible(r.kind, cand.kind)
                    or r.countries & cand.countries
                )
                # "the talks held in March, the ministers A and B" after a visit planned for June:
                # officials of both sides at talks of another status and time are not that visit
                and not (
                    len({p.country for p in cand.participants if p.country}) >= 2
                    and r.status is not cand.status
                    and r.date is not None
                    and cand.date is not None
                    and not (r.date.contains(cand.date) or cand.date.contains(r.date))
                )
                for r in records
            )
        ):
            # "Attending the Summit were the presidents of A, B and C": a definite mention whose
            # sides are named as taking part, with no event before it to refer to (none of its
            # kind, none of its states), is that event's first mention
            cand.weak = False
        if (
            cand.weak
            and len(cand.countries) == 1
            and _COUNTERPARTS_APART.match(
                cand.evidence[0].text, cand.anchor - cand.evidence[0].start
            )
        ):
            apart = _bilaterals(records, cand)
            if apart:
                records += apart
                continue
        span = cand.evidence[0]
        # the states of the officials it names, else those of the clause but its place's
        place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
        third = {p.country.alpha_3 for p in cand.participants if p.country} or (
            cand.countries - {place}
        )
        if (
            cand.kind is MeetingKind.MEETING
            and len(third) == 1
            and records
            and records[0].kind in _TALKS
            and len(records[0].countries) == 2
            and not cand.countries & records[0].countries
            and _THEIR_MEETING_WITH.match(span.text, 0, cand.anchor - span.start)
        ):
            # "The leaders recalled their trilateral meeting with X in P": the pair of the
            # story's first event (the call of the readout) and the third they met
            cand.countries |= records[0].countries
            cand.weak = cand.lonely = cand.one_sided = False
        if (
            cand.kind is MeetingKind.MEETING
            and not any(p.country for p in cand.participants)
            and SIDELINES.search(span.text)
            and _PAIR_SUBJECT.search(span.text, 0, cand.anchor - span.start)
        ):
            # "the ministers of the two countries met on the sidelines of the OPEC meeting in
            # Vienna": talks of the story's pair at a gathering, whose body and place are no side
            cand.organization, cand.weak, cand.countries = None, True, set()
            gathering = next(
                (r for r in records if r.kind is MeetingKind.CONFERENCE and span in r.evidence),
                None,
            )
        else:
            gathering = None
        if gathering is not None and gathering.status is cand.status:
            # "agreed to meet on the sidelines of the summit in Lima on May 8": its time and place
            cand.date = cand.date or _day_of_a_range(gathering)
            cand.location = cand.location or gathering.location
        if _talks_at_the_gathering_told(article, records, cand):
            continue
        if _the_two_last_met(records, cand) or _recalled_talks(records, cand):
            continue
        if _built_on_earlier(records, cand):
            continue
        if _body_pair_talks(article, records, cand):
            continue
        _story_state_with_a_body(article, cand)
        if cand.weak and _named_gathering(article, records, cand):
            records.append(cand)
            continue
        if cand.weak and _pair_event(article, records, cand):
            if gathering is not None:
                gathering.countries |= cand.countries  # the pair meeting there takes part in it
            records.append(cand)
            continue
        if cand.weak and records and _gathering_of_its_own(records, cand):
            # "the deals struck at last autumn's summit in Oslo", told after a call: no
            # gathering before it to refer to, and a place or time of its own
            cand.weak = False
            cand.rule = f"{cand.rule}+own"
            records.append(cand)
            continue
        if _talks_with_official(article, records, cand):
            continue
        if _invited_visit(article, records, cand):
            records.append(cand)  # "invited his counterpart to visit Ashgabat": a visit of its own
            continue
        if (
            cand.weak
            and cand.rule == "meeting.received"
            and cand.status is MeetingStatus.HELD
            and len(cand.countries) >= 2
            and cand.date is not None
            and cand.date.day is not None
            and not any(r.status is MeetingStatus.HELD and same_event(r, cand) for r in records)
        ):
            # "On Monday, the minister received A's ambassador": a reception on a day of its
            # own, whatever plan the story told before
            cand.weak = False
            records.append(cand)
            continue
        if _also_with_another(records, cand):
            continue
        if _talks_beside_the_gathering(records, cand):
            continue
        if _pair_commission(cand):
            records.append(cand)
            continue
        if cand.weak:
            if records:
                back_reference(records, cand)
            else:
                pending.append(cand)
            continue
        twin = next(
            (
                r
                for r in records
                if cand.also
                and r.also
                and r.evidence[0] == cand.evidence[0]
                and r.kind is cand.kind
                and r.status is cand.status
                and r.countries == cand.countries
                and abs(r.anchor - cand.anchor) <= _TWIN_REACH
                and (r.ordinal or cand.ordinal or r.title or cand.title)
            ),
            None,
        )
        if twin is not None:
            # "will also co-chair the first meeting of the Council": one "also", one event
            merge(twin, cand)
            continue
        if cand.new_session and records and records[-1].status is cand.status:
            # "She took part in a roundtable meeting of the C5+1": a session on the programme
            # of the event told just before, held where and when it was, between its sides
            # when the session names none of its own
            before = records[-1]
            if cand.countries and not cand.countries <= before.countries:
                # one side named, not among the last event's (a gathering told in passing):
                # the latest talks between that side and another
                before = next(
                    (
                        r
                        for r in reversed(records)
                        if r.status is cand.status
                        and r.kind is MeetingKind.MEETING
                        and cand.countries < r.countries
                    ),
                    before,
                )
            if cand.countries <= before.countries and before.kind is not MeetingKind.CALL:
                cand.countries = set(before.countries)  # (one side named: the other the same)
            cand.date = cand.date or before.date
            cand.location = cand.location or before.location
        if cand.another:
            records.append(cand)  # "held another call": never the event before
            continue
        named = _SURNAMES_BEFORE.search(article.body, max(0, cand.anchor - 60), cand.anchor)
        surnamed = (
            next(
                (
                    r
                    for r in reversed(records)
                    if r.status is cand.status
                    and {named["a"], named["b"]} <= {p.name.split()[-1] for p in r.participants}
                ),
                None,
            )
            if named is not None
            else None
        )
        if surnamed is not None:
            # "a meeting between A's minister X Soto and B's Y Vos" ... "the Soto-Vos meeting
            # will also involve C": the meeting of the two officials told before, by surnames
            merge(surnamed, cand)
            continue
        if (
            cand.kind is MeetingKind.MEETING
            and _CONVERSATION.match(article.body, cand.anchor)
            and any(
                r.kind is MeetingKind.CALL
                and r.status is cand.status
                and r.countries == cand.countries
                and (cand.date is None or r.date == cand.date)
                for r in records
            )
        ):
            # "X had a phone conversation with Y." ... "In his conversation with Y, X recalled":
            # a conversation with the other side of a call just told is that call
            cand.kind = MeetingKind.CALL
        # the latest event of the mention's own kind first: "the current trip" after the
        # steps of a visit is the visit, not its last meeting
        latest = records[::-1]
        ordered = [r for r in latest if r.kind is cand.kind] + [
            r for r in latest if r.kind is not cand.kind
        ]
        for record in ordered:
            if same_event(record, cand):
                merge(record, cand)
                break
        else:
            records.append(cand)
    return _Told(records, pending, lone, first_visits)


def _date_sessions(records: list[Candidate]) -> None:
    """Give a session on the programme with no day of its own the day of its sentence's event."""
    for session in [r for r in records if r.new_session and r.date is None]:
        # "On Monday, X met Y, and convened a Joint Commission meeting": the day of the
        # sentence's other event
        session.date = next(
            (
                r.date
                for r in records
                if r is not session
                and r.evidence[0] == session.evidence[0]
                and r.status is session.status
            ),
            None,
        )


def _resolve_pending(article: Article, records: list[Candidate], pending: list[Candidate]) -> None:
    """Fold the weak mentions told before the first event into it when compatible.

    With no event told at all, a mention opening on the talks ("During the meeting, the
    sides ...") may still point at the sentence before it: :func:`_told_before` decides.
    """
    if records:
        forward_references(records[0], pending)
    else:
        records += _told_before(article, pending)


def _first_visits(records: list[Candidate], first_visits: list[Candidate]) -> None:
    """Keep "the first president of A to visit B" as the story's visit when none is told."""
    for cand in first_visits:
        if not any(r.kind is MeetingKind.VISIT for r in records) and not any(
            cand.evidence[0] in r.evidence for r in records
        ):
            # "I will be the first president of A to fly to B", no visit and no other event of
            # that sentence told: the trip told this way is the story's visit itself
            cand.weak = False
            at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
            records.insert(at, cand)


def _merge_late_sides(article: Article, records: list[Candidate]) -> None:
    """Give one-sided records their other side from the article, then merge the repeats.

    A record that has just got its second side may now be a mention of an earlier event.
    """
    for late in _other_side_from_article(article, records):
        # a record that has just got its second side may now be a mention of an earlier one
        earlier = next((r for r in records[: records.index(late)] if same_event(r, late)), None)
        if earlier is not None and not late.another:
            merge(earlier, late)
            records.remove(late)


def _sides_of_sources(records: list[Candidate]) -> None:
    """Give a one-sided round the sides of the talks it came from (``Candidate.source``)."""
    for record in records:
        source = record.source
        if (
            source is not None
            and record.kind is MeetingKind.MEETING
            and len(record.countries) == 1
            and record.countries < source.countries
            and not record.participants
            and record.organization is None
        ):
            # "The previous round was held in Lima" after talks whose second side the story's
            # pair gave later: the round is between the same two sides
            record.countries = set(source.countries)


def _many_sides_as_conferences(records: list[Candidate]) -> None:
    """Read talks among many sides as a gathering (rule suffix ``+multilateral``)."""
    for record in records:
        host = record.location.country if record.location is not None else None
        # the place's state, when no official named is its, is where the talks are, not a side
        guest = (
            host is not None
            and bool(record.participants)
            and not any(p.country == host for p in record.participants)
        )
        sides = len(record.countries) - guest + (record.organization is not None)
        if record.kind is MeetingKind.MEETING and (
            sides >= MANY_SIDES
            or (record.organization is not None and MANY_STATES.search(record.evidence[0].text))
        ):
            # "talks with the ministers of the US, the EC and Canada": a gathering of many
            record.kind, record.rule = MeetingKind.CONFERENCE, f"{record.rule}+multilateral"


def _with_another_side(records: list[Candidate]) -> list[Candidate]:
    """Drop the records that imply no other side: one state, no body and nobody named."""
    # One state, no body and nobody named: no other side is even implied ("the talks here").
    return [
        r
        for r in records
        if r.kind is MeetingKind.CONFERENCE
        or len(r.countries) >= 2
        or r.organization is not None
        or r.participants
        or r.visitor
        # "meetings were held with the ministers of A, B and C": one of several events told
        # with their subject's state unnamed; each partner's side is told
        or r.partner is not None
    ]


def _as_meetings(article: Article, records: list[Candidate]) -> tuple[Meeting, ...]:
    """Turn the story's records into the step's :class:`~diplonews.models.Meeting` values."""
    return tuple(
        Meeting(
            article_id=article.id,
            kind=r.kind,
            status=r.status,
            countries=[Country(c) for c in r.countries],
            organization=r.organization,
            date=r.date,
            location=r.location,
            participants=r.participants,
            title=r.title,
            evidence=r.evidence,
            rule=r.rule,
        )
        for r in records
    )


@by_section
def extract_meetings(article: Article) -> tuple[Meeting, ...]:
    """Find the meetings an article reports: calls, talks, visits and conferences.

    Args:
        article: The article; its ``published`` date resolves relative dates
            ("today", "on Thursday") and its ``outlet`` tells whose officials
            an unqualified title names ("President Biden" in a White House
            readout).

    Returns:
        One :class:`~diplonews.models.Meeting` per distinct event, in text
        order; ``()`` when the article reports none.

    >>> from diplonews.meetings import extract_meetings
    >>> from diplonews import Article
    >>> import datetime as dt
    >>> art = Article(id="a1", published=dt.date(2022, 1, 26), body=(
    ...     "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani counterpart "
    ...     "Shah Mahmood Qureshi discussed bilateral ties during a phone call."))
    >>> [(m.kind.value, m.status.value, [str(c) for c in m.countries], m.rule)
    ...  for m in extract_meetings(art)]
    [('call', 'held', ['AZE', 'PAK'], 'meeting.phone_call')]
    >>> art = Article(id="a2", published=dt.date(2025, 5, 17), body=(
    ...     "Turkish Foreign Minister Hakan Fidan will travel to Riyadh on Sunday."))
    >>> [(m.kind.value, m.status.value, str(m.date), m.location.city)
    ...  for m in extract_meetings(art)]
    [('visit', 'planned', '2025-05-18', 'Riyadh')]
    >>> extract_meetings(Article(id="a3", body="The cabinet meeting approved the budget."))
    ()

    .. versionadded:: 0.1.0
    """
    article = _on_story_date(article)
    words = word_hits(article.body)  # the rules' sentences, and the fallback's gate
    told = _read_records(article, _one_per_event(_candidates(article, words)))
    records = told.records
    _date_sessions(records)
    _resolve_pending(article, records, told.pending)
    _lone_events(article, records, told.lone)
    _first_visits(records, told.first_visits)
    _talks_at_gatherings(records)
    _sides_at_gatherings(records)
    _delegations(article, records)
    _merge_late_sides(article, records)
    _sides_of_sources(records)
    _talks_planned_on_a_visit(article, records)
    _dates_from_the_trip(records, article.published)
    _region_formats(article.body, records)
    _members_told_next(article.body, records)
    records = fold_name_words(records)  # "at the X Leaders Meeting": the gathering, no talks
    _many_sides_as_conferences(records)
    records = _with_another_side(records)
    # a meeting sentence no rule made a record of: the fallback's own record (recall first)
    records += fallback_meetings(article, records, words.triggers)
    return _as_meetings(article, records)
