"""The filters that drop a trigger word: the words around it tell no event of its own.

Talks only hedged ("could meet"), proposed, requested, called for or off, hypothetical,
denied or cancelled, talks as a topic or a kind of event, a deal, an office or a document
named with a meeting word: :func:`no_event` says so before the clause is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.meetings._kinds import CONFERENCE
from diplonews.meetings._rules import (
    CALLED_FOR,
    CALLED_OFF,
    CANCELLED_BEFORE,
    CONDITION_AFTER,
    CONDITION_BEFORE,
    DENIED_AFTER,
    DENIED_PLAN,
    DENIED_TRIP,
    GIVEN_UP,
    GIVEN_UP_AFTER,
    MAY_LEAD_TO,
    MEET_DEMAND,
    MODAL_HOLD_BEFORE,
    MODALS,
    NO_PLANS_FOR,
    OFFERED_OR_ASKED,
    OFFICE_AFTER,
    OPEN_QUESTION,
    ORGAN_LAST_MET,
    PROPOSED_TO,
    PUT_OFF_UNDATED,
    REQUESTED,
    RULED_OUT_AFTER,
    SPECULATIVE,
    SUCH_A,
    TAKEN_UP_AGAIN,
    TALKS_AS_PROCESS,
    TALKS_AS_TOPIC,
    TALKS_HOSTED,
    WITH_WHOEVER,
    WOULD_AFTER,
    left_unconfirmed,
    no_event_of_states,
    of_this_kind,
    only_foreseen,
    team_fixture,
)
from diplonews.meetings._window import STATUS_WINDOW
from diplonews.models import MeetingKind
from diplonews.text import Sentence, asked_about, judged_unreal, told_denied
from diplonews.text.countries import CountryMention

__all__ = [
    "denied_event",
    "denied_report",
    "holds_any",
    "means_wished",
    "no_event",
    "not_taken_place",
    "pact_work",
    "undated",
]


# A cheap test before DENIED_AFTER: one of its denials' words after the trigger.
_DENIAL_WORDS = re.compile(
    r"\bno(?:body|ne)?\b|\bnot\s+(?:yet\s+)?been\b|\bneither\b|\bnot\s+(?:being\s+)?ruled\b"
)
# A negotiation told by its progress, no sitting of its own: "will depend on progress in
# separate negotiations between A and B", "progress of the negotiations with B" (talks are
# left alone: "made enough progress in talks to initial an accord" tells their sittings).
_NEGOTIATION_PROGRESS = re.compile(
    r"\bprogress\s+(?:in|of|on)\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}\Z"
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


# Talks named as the means a side prefers or seeks to settle an issue by, no sitting of their
# own: "preferred to settle the matter through direct talks", "wants to resolve the dispute
# by negotiation with B", "is ready to end the conflict through dialogue" (not "agreed to").
_SETTLE_THROUGH = re.compile(
    r"""\b(?:prefers?|preferred|wants?|wanted|wish(?:es|ed)?|seeks?|sought|would\s+like
    |(?:is|are|was|were)\s+(?:ready|willing|prepared))\s+to\s+(?:try\s+to\s+)?
    (?:settle|resolve|solve|end|address)\b[^.;:]{0,60}?\s(?:through|by|via)\s+
    (?:(?:direct|bilateral|peaceful|further)\s+)?\Z""",
    re.VERBOSE,
)


# A clause linked after a hedge, its event the link's own and no object of the hedge: "said
# his country would seek a higher quota, after holding talks with B", ", having met B",
# ", following talks with B", "would seek a quota after talks with B last week".
_LINKED_AFTER_HEDGE = re.compile(r"(?:,\s+|\s)(?:after|following|having)\b[^,;]{0,30}\Z")


# Talks whose purpose is a deal of firms: "in talks to buy the assets of X".
_DEAL_TALKS = re.compile(
    r"\s+to\s+(?:buy|acquire|sell|purchase|merge|take\s+over|invest\s+in|list|float)\b"
)


# Talks told as the work on a pact's text: "is in talks with B on a similar pact", "once the
# sides complete talks on its text". The state of a negotiation, not a meeting of its own.
_IN_TALKS_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:now\s+|already\s+|still\s+)?in\s+\Z"
)
_ON_A_PACT = re.compile(
    r"""\s+with\s+[^.;]{1,60}?\s+(?:on|over|about)\s+(?:an?|the|its|their|a\s+new)\s+
    (?:[\w-]+\s+){0,3}(?:pact|deal|agreement|accord|treaty)\b""",
    re.VERBOSE,
)
_ON_ITS_TEXT = re.compile(r"\s+on\s+(?:its|the|their)\s+(?:text|wording)\b")


def means_wished(body: str, lo: int, t0: int) -> bool:
    """Whether the talks at ``t0`` are the means a side wishes to settle an issue by.

    ``lo`` is the sentence's start. Such talks are only wished for, no sitting of their own.

    >>> body = "Japan said it preferred to settle the matter through direct talks."
    >>> means_wished(body, 0, body.index("talks"))
    True
    >>> body = "Japan and Korea settled the matter through direct talks in May."
    >>> means_wished(body, 0, body.index("talks"))
    False
    """
    near = body[max(lo, t0 - 30) : t0]
    if " by " not in near and " through " not in near and " via " not in near:
        return False
    return _SETTLE_THROUGH.search(body, max(lo, t0 - 120), t0) is not None


def pact_work(body: str, t0: int, t1: int, lo: int) -> bool:
    """Whether talks are the work on a pact's text, told as a state of affairs.

    ``t0`` and ``t1`` bound the talks' word, ``lo`` is its sentence's start. "A is in talks
    with B on a pact" and "complete talks on its text" tell a negotiation under way; talks
    held on a pact are a meeting.

    >>> body = "Chile is in talks with Peru on a new fisheries pact."
    >>> pact_work(body, 12, 17, 0)
    True
    >>> body = "Chile held talks with Peru on a new fisheries pact."
    >>> pact_work(body, 11, 16, 0)
    False
    """
    if _ON_ITS_TEXT.match(body, t1):
        return True  # "complete talks on its text"
    return bool(_IN_TALKS_BEFORE.search(body, max(lo, t0 - 20), t0) and _ON_A_PACT.match(body, t1))


# Words every match of CALLED_FOR and BRIEFED holds: without one, neither is searched.
_CALLED_FOR_WORDS = ("call", "appeal", "urg")
_REQUEST_WORDS = ("ask", "request", "call", "seek", "sought")  # cheap test: REQUESTED (_rules)
# cheap test: MAY_LEAD_TO (_rules)
_MODAL_WORDS = ("could", "would", "might", "should", "possibly", "perhaps", "potentially")
_PROPOSAL_WORDS = ("initiative", "proposal", "idea", "suggestion")  # cheap test: PROPOSED_TO
# cheap test: OFFERED_OR_ASKED (_rules)
_ASKED_WORDS = ("press", "push", "lobb", "ask", "offer", "suggest", "study")
# cheap test: TALKS_AS_TOPIC (_rules)
_TOPIC_WORDS = (
    "discuss", "model for", "template for", "blueprint for", "framework for", "priority",
    "position in", "leverage in", "stance in",
)  # fmt: skip


def holds_any(body: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands whole in ``body[lo:hi]`` (without copying it)."""
    # A loop, not any() over a generator (whose frame costs more than the few tests it
    # makes): this runs thousands of times per article.
    for word in words:  # noqa: SIM110 - see above
        if body.find(word, lo, hi) >= 0:
            return True
    return False


# (a need or wish may stand between: "may need to hold", "might have to meet")
_MODAL_VERB = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:need|have|want|try|decide)\s+to\s+)?"
    r"(?:hold|have|begin|start|resume|attend|meet|visit|be\s+held"
    r"|take\s+place|travel)\b"
)
_CONDITIONS = frozenset({"if", "unless", "whether"})
# A modal of obligation ("should meet") tells talks proposed, unless a decision before it in
# the sentence makes them a plan: "the leaders agreed that the commission should meet in May".
_OBLIGATION = frozenset({"should", "must"})
_DECISION = re.compile(r"\b(?:agree[sd]?|decided?|decides|resolved)\b")
# A document named by what it plans: "a plan of consultations", "a protocol on political
# consultations" (not "an agreement on holding consultations", a plan of talks).
_DOCUMENT_OF = re.compile(
    r"\b(?:plan|programme|program|memorandum|protocol|schedule|calendar)s?\s+(?:of|on|for)\s+"
    r"(?:(?![a-z-]+ing\s)[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


# An office in a body, naming the official rather than a session: "co-chair of the".
# "co-chairs of the A-B intergovernmental commission": the pair's name may stand between
_CHAIR_OF = re.compile(
    r"\b(?:co-)?chair(?:man|woman|person)?s?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}\Z"
)
_SESSION_WORD = re.compile(r"\b(?:meeting|session)s?\b")
# A body's council told as the office someone holds now: "who currently chairs the X
# ministerial council", "heads the X Council" (an office, no sitting of it).
_CHAIRS_NOW = re.compile(
    r"\b(?:chairs|heads|presides\s+over)\s+(?:the\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,2}\Z"
)
# A body only brought into being right before it: "agreed to set up a joint commission", "an
# accord which provides for a joint committee" (the body is made, none of its sessions told).
_BODY_MADE = re.compile(
    r"""\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|form(?:s|ed|ing)?
    |provid(?:es?|ed|ing)\s+for|(?:establishment|creation|setting-up)\s+of)\s+(?:a|an|the)\s+
    (?:new\s+|permanent\s+)?\Z""",
    re.VERBOSE,
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
    # "no meeting of the committee had been scheduled", "held no direct talks"; a topic word
    # may stand between ("No nuclear talks this weekend", "held no trade talks"), never a
    # place or time ("no progress at talks" denies the progress, not the talks)
    | \b[Nn]o\s+(?:(?:formal|official|direct|bilateral|further|new|such)\s+)?
      (?:(?!(?:at|in|on|of|from|during|after|before|since|with|for|to|by|and|or)\b)[a-z][\w-]*\s+)?\Z
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


# The gathering word as the venue of the act a hedge word tells, its object between: "proposed
# the initiative at the ", "urged leaders during the " (the act took place at the gathering;
# the gathering is not what is proposed or urged).
_AT_VENUE = re.compile(
    r"""\s+(?:[\w'’-]+\s+){1,6}(?:at|during)\s+(?:(?:the|a|an|this|last|its|their)\s+)?
    (?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE,
)


# Words given by telephone to the press, or a report by telephone to one's own principal:
# how the speaker spoke, no call between states ("an official said by telephone from P",
# "told state radio by telephone", "would report to the President by telephone each evening").
_WORDS_BY_PHONE = re.compile(
    r"""\b(?:said|says|added|told\s+(?:reporters|journalists|correspondents|the\s+press
    |(?:[\w-]+\s+){0,2}(?:radio|television|TV|newspapers?|news\s+agency))
    |report(?:s|ed|ing)?\s+(?:back\s+)?to\s+[^.;:,]{1,60}?)\s+\Z""",
    re.VERBOSE,
)


# The event's date said not set while nothing else tells it, so it is only proposed: "No date
# has been set for a summit of A and B" (the undated words name the event), "talks, which A
# has proposed, have yet to be scheduled" (the undated clause follows the event with no other
# event, clause or "for" between: "..., and a second round has yet to be scheduled" leaves a
# held meeting standing). A plan told and then left undated ("has accepted an invitation to
# visit A, but no date has been set", "is expected ..., though no date has been announced")
# stays a plan: the spec makes an invitation or an expectation planned.
_UNDATED_BEFORE = re.compile(
    r"""\bno\s+(?:(?:new|firm|fixed|exact|specific)\s+)?dates?\s+(?:has|have|had|was|were|is|are)\s+
    (?:yet\s+)?(?:been\s+)?(?:set|fixed|agreed|announced|scheduled)\s+(?:yet\s+)?for\s+
    (?:[\w'’-]+\s+){0,3}\Z""",
    re.IGNORECASE | re.VERBOSE,
)
_YET_TO_BE_SCHEDULED = re.compile(
    r"""(?:(?!,\s*and\b|\s+(?:but|while|whereas|though|although|yet)\b
    |\b(?:meetings?|talks|visits?|trips?|summits?|rounds?|sessions?|negotiations|consultations
    |for|date|dates)\b)[^.;])*?
    \b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+be\s+(?:re)?(?:scheduled|set|fixed|arranged
    |confirmed|agreed)\b""",
    re.VERBOSE,
)


# The event said not to have taken place: "the summit that had been scheduled for this week
# could not take place", "talks planned for Monday did not take place": neither held nor
# planned (no other event, clause or "for" between the event and the denial: "took place on
# Monday, although a second round did not take place" leaves the first standing).
_NOT_TAKEN_PLACE = re.compile(
    r"""(?:(?!,\s*and\b|\s+(?:but|while|whereas|though|although|yet)\b
    |\b(?:meetings?|talks|visits?|trips?|summits?|rounds?|sessions?|negotiations|consultations
    |took|held|met)\b)[^.;])*?
    \b(?:(?:did|could|would|does|do)\s+not|(?:did|could|would|does|do)n['’]t|failed\s+to|never)\s+
    (?:take\s+place|go\s+ahead|happen|materiali[sz]e)\b""",
    re.VERBOSE,
)


# A gathering's own making before it, inside a denied clause: "denied reports that the
# OPEC states would convene a summit" (a gathering takes place whoever is denied attending it:
# "denied that it planned to stay away from the summit" keeps the summit).
_CONVENING_BEFORE = re.compile(
    r"""\b(?:hold|held|holding|convene[ds]?|convening|call(?:ed|ing)?|host(?:ed|ing|s)?
    |organi[sz](?:e|ed|ing)|arrang(?:e|ed|ing)|prepar(?:e|ed|ing))\s+(?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# A report of the event denied, the event its subject: "denied a press report saying a summit
# of A and B would take place next month" (the report's plan is what is denied).
_DENIED_REPORT_BEFORE = re.compile(
    r"""# (a denial negated is none: "did not deny that they met" tells the meeting)
    (?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bnor\s)
    \b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?)\s+(?:[\w'’-]+\s+){0,4}?(?:reports?
    |rumou?rs?|claims?)\s+(?:that|saying)\s+(?:[\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
_WOULD_TAKE_PLACE = re.compile(
    r"""[^.;]{0,120}?\b(?:would|will|was\s+to|were\s+to|is\s+to|are\s+to)\s+(?:soon\s+)?
    (?:take\s+place|be\s+held|go\s+ahead|be\s+convened)\b""",
    re.VERBOSE,
)


def denied_event(body: str, t0: int, t1: int, kind: MeetingKind, *, lo: int, hi: int) -> bool:
    """Whether the event at ``t0:t1`` is stated only inside what a source denies.

    An event stated only inside a denied clause is neither held nor planned; a gathering
    is denied only with its convening ("denied that they would convene a summit").

    >>> text = "Officials denied a report by a Lima daily that X had also met Y in Lima."
    >>> denied_event(text, text.index("met"), text.index(" Y"), MeetingKind.MEETING, lo=0, hi=71)
    True
    """
    asserting = _CONVENING_BEFORE if kind is CONFERENCE else None
    return told_denied(body, t0, t1, lo, hi, asserting=asserting)


def denied_report(body: str, t0: int, t1: int, lo: int, hi: int) -> bool:
    """Whether the event at ``t0:t1`` is the subject of a report the sentence denies.

    >>> text = "Officials denied reports saying a summit would be held in May."
    >>> denied_report(text, text.index("summit"), text.index(" would"), 0, len(text))
    True
    """
    return (
        "den" in body[max(lo, t0 - 80) : t0] or "dismiss" in body[max(lo, t0 - 80) : t0]
    ) and bool(
        _DENIED_REPORT_BEFORE.search(body, max(lo, t0 - 80), t0)
        and _WOULD_TAKE_PLACE.match(body, t1, hi)
    )


def not_taken_place(body: str, t1: int, hi: int) -> bool:
    """Whether the words after an event at ``t1`` say it did not take place.

    >>> text = "Talks planned for Monday did not take place."
    >>> not_taken_place(text, 5, len(text))
    True
    >>> text = "Talks took place on Monday, although a second round did not take place."
    >>> not_taken_place(text, 5, len(text))
    False
    """
    window = body[t1:hi]
    if not any(word in window for word in (" place", "happen", "go ahead", "materiali")):
        return False
    return _NOT_TAKEN_PLACE.match(body, t1, hi) is not None


def undated(body: str, t0: int, t1: int, lo: int, hi: int) -> bool:
    """Whether the sentence leaves the event at ``t0:t1`` with no date set: only proposed.

    >>> text = "No date has been set for a summit of A and B."
    >>> undated(text, text.index("summit"), text.index(" of"), 0, len(text))
    True
    >>> text = "A summit took place on Monday, and the next one has yet to be scheduled."
    >>> undated(text, 2, 8, 0, len(text))
    False
    """
    if "date" in body[max(lo, t0 - 80) : t0] and _UNDATED_BEFORE.search(body, max(lo, t0 - 80), t0):
        return True
    return "yet to be" in body[t1:hi] and bool(_YET_TO_BE_SCHEDULED.match(body, t1, hi))


# Things that meet where no one does: "the point where the borders of A, B and C meet",
# "where the two rivers meet" (a place told by "where", the verb's subject right before it).
_LINES_MEET = re.compile(
    r"\bwhere\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:borders?|frontiers?|boundar(?:y|ies)|rivers?|roads?|railways?|lines?|pipelines?)"
    r"(?:\s+of\s+[^.;:,]{1,70}?)?\s+\Z"
)
# A format's sittings told as a habit: "(trilateral) meetings of the ministers ... have been
# held regularly since 2012", "such summits have taken place annually": a plural noun whose
# verb is a perfect "held" with a habit's adverb or "since", not one event.
_SERIES_HELD = re.compile(
    r"""(?:[a-z-]+\s+)?(?:meetings|summits|sessions|talks|consultations)\b[^.;:]{0,120}?
    \b(?:have|had)\s+(?:been\s+(?:held|convened)|taken\s+place)\s+
    (?:regularly|annually|every\s+year|each\s+year|since\s+\d{4})""",
    re.VERBOSE,
)


def no_event(
    body: str,
    sentence: Sentence,
    trigger: tuple[str, MeetingKind, int, int],
    mentions: Sequence[CountryMention],
    *,
    decided: bool,
) -> bool:
    """Whether the words around a trigger tell no event of its own, so no candidate.

    The talks are only hedged ("could meet"), proposed, requested, called for or off,
    hypothetical, denied or cancelled, a topic, a kind of event, a deal, or the trigger word
    is part of an office or a document. ``decided`` tells talks a decision makes sure
    ("agreed to a proposal for talks"), which no "proposal" hedges.
    """
    rule, kind, t0, t1 = trigger
    before = body[max(sentence.start, t0 - 35) : t0]
    if "last" in before[-10:] and ORGAN_LAST_MET.search(body, max(sentence.start, t0 - 60), t0):
        return True  # "the central bank's council last met in March": a home organ's sitting
    hedge = SPECULATIVE.search(before)
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
        and hedge.group().lower() in _OBLIGATION
        and _DECISION.search(body, sentence.start, max(sentence.start, t0 - 35) + hedge.start())
    ):
        hedge = None  # "agreed that their ministers should meet in May": a plan decided
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
    if hedge is not None and _LINKED_AFTER_HEDGE.search(before, hedge.end()):
        hedge = None  # "would seek a quota, after holding talks with B": the link's own event
    if hedge is None and "plan" in body[max(sentence.start, t0 - 140) : t0]:
        # "there are no plans for the two leaders to meet": the plan itself denied
        hedge = NO_PLANS_FOR.search(body, max(sentence.start, t0 - 140), t0)
    if hedge is None:  # "could hold their first face-to-face talks": the modal before its words
        hedge = MODAL_HOLD_BEFORE.search(body, max(sentence.start, t0 - 70), t0)
    if hedge is None and "hop" in body[max(sentence.start, t0 - 120) : t0]:
        hedge = _HOPED_TO_HOLD.search(body, max(sentence.start, t0 - 120), t0)
    if hedge is not None or only_foreseen(body, t0, t1, sentence.start, sentence.end):
        return True  # "talks could begin", "there has been talk of a summit": only speculated
    if holds_any(body, max(sentence.start, t0 - 160), t0, _PROPOSAL_WORDS) and PROPOSED_TO.search(
        body, max(sentence.start, t0 - 160), t0
    ):
        return True  # "backed A's initiative to have the council meet by video": only proposed
    asked = (
        OFFERED_OR_ASKED.search(body, max(sentence.start, t0 - 160), t0)
        if holds_any(body, max(sentence.start, t0 - 160), t0, _ASKED_WORDS)
        else None
    )
    if (
        asked is not None
        and asked.group("taken") is None
        and (kind is not CONFERENCE or asked.group("offer") is None)
    ):
        # "would press B for talks", "has offered to host talks": only proposed (but "A's offer
        # to host the next ministerial conference": the gathering is held whoever hosts it)
        return True
    if WOULD_AFTER.match(body, t1, sentence.end) and CONDITION_BEFORE.search(
        body, sentence.start, t0
    ):
        return True  # "if a member objects, a meeting would be called": hypothetical
    if CONDITION_AFTER.match(body, t1, sentence.end):
        return True  # "travelling to Turkey on Friday if there is progress": hypothetical
    if asked_about(body, sentence.start, sentence.end):
        return True  # "Will A and B hold talks next month?": only asked about
    question_lo = max(sentence.start, t0 - 120)
    if (
        kind is not CONFERENCE  # a gathering takes place whoever attends it
        and ("whether" in body[question_lo:t0] or " rul" in body[question_lo:t0])
        and OPEN_QUESTION.search(body, question_lo, t0)
    ):
        return True  # "declined to say whether X would hold talks": only asked about
    if "ever" in body[t1 : t1 + 25] and WITH_WHOEVER.match(body, t1):
        return True  # "his first meeting with whichever candidate won": a party not yet known
    if _DENIAL_WORDS.search(body, t1, sentence.end) and DENIED_AFTER.match(body, t1, sentence.end):
        return True  # "..., but no such meeting has been arranged": only imagined
    if left_unconfirmed(body, t1, sentence.start, sentence.end):
        return True  # "X might stop in P for talks, but officials would not confirm it"
    if means_wished(body, sentence.start, t0):
        return True  # "preferred to settle the matter through direct talks": a means wished
    if (
        "unlikely" in body[t1 : t1 + 100]
        or "improbable" in body[t1 : t1 + 100]
        or "nothing" in body[t1 : sentence.end]
    ) and RULED_OUT_AFTER.match(body, t1, sentence.end):
        return True  # "a summit between them was unlikely", "but said nothing had been arranged"
    if undated(body, t0, t1, sentence.start, sentence.end):
        return True  # "no date has been set for talks", "talks have yet to be scheduled"
    if not_taken_place(body, t1, sentence.end):
        return True  # "the summit that had been scheduled for this week could not take place"
    if denied_report(body, t0, t1, sentence.start, sentence.end):
        return True  # "denied a report saying a summit would take place": the plan denied
    if judged_unreal(body, t0, t1, sentence.start, sentence.end):
        return True  # "officials ruled out a summit", "talks remain a distant prospect"
    if denied_event(body, t0, t1, kind, lo=sentence.start, hi=sentence.end):
        return True  # "denied a report by a Lima daily that X had also met Y": only denied
    if (
        "that" in body[max(sentence.start, t0 - 200) : t0]
        or "saying" in body[max(sentence.start, t0 - 200) : t0]
    ) and DENIED_PLAN.search(body, max(sentence.start, t0 - 200), t0):
        return True  # "denied reports that X was preparing an emergency meeting"
    if "that" in body[max(sentence.start, t0 - 200) : t0] and DENIED_TRIP.search(
        body, max(sentence.start, t0 - 200), t0
    ):
        return True  # "denied reports that the President would travel to P": the trip denied
    if holds_any(body, max(sentence.start, t0 - 220), t0, _MODAL_WORDS) and MAY_LEAD_TO.search(
        body, max(sentence.start, t0 - 220), t0
    ):
        return True  # "the pact could pave the way for new talks": talks only foreseen
    if (
        rule == "meeting.phone_call"
        and body.startswith(("by ", "over "), t0)
        and _WORDS_BY_PHONE.search(body, max(sentence.start, t0 - 80), t0)
    ):
        return True  # "an official said by telephone from P": words given, no call
    if rule == "meeting.met_with" and MEET_DEMAND.match(body, t1):  # "met the demand", at t1
        return True
    if rule == "meeting.met_with" and _LINES_MEET.search(body, max(sentence.start, t0 - 90), t0):
        return True  # "where the borders of the three states meet": lines meet, not people
    if _SERIES_HELD.match(body, t0, sentence.end):
        return True  # "such meetings have been held regularly since 2015": a habit, no event
    if body.startswith("consultations", t0) and _DOCUMENT_OF.search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return True  # "signed a plan of consultations for 2024-2025": a document's subject
    if (
        rule == "meeting.commission"
        and "hair" in body[max(sentence.start, t0 - 40) : t0]
        and _CHAIR_OF.search(body, max(sentence.start, t0 - 40), t0)
        and not _SESSION_WORD.search(body, t0, t1)
    ):
        return True  # "X, co-chair of the intergovernmental commission": an official's title
    if (
        kind is CONFERENCE
        and _CHAIRS_NOW.search(body, max(sentence.start, t0 - 40), t0)
        and not _SESSION_WORD.search(body, t0, t1)
    ):
        return True  # "who currently chairs the X ministerial council": an office held
    if (
        rule == "meeting.commission"
        and _BODY_MADE.search(body, max(sentence.start, t0 - 40), t0)
        and not _SESSION_WORD.search(body, t0, t1)
    ):
        return True  # "agreed to set up a joint committee": the body made, no session of it
    if no_event_of_states(body, t0, t1, sentence.start, sentence.end):
        return True  # a recall, a party's or legislators' own meeting, a habit
    if team_fixture(body, sentence.start, sentence.end):
        return True  # "both teams meet once more in P" in a match report: a fixture
    if kind is CONFERENCE and OFFICE_AFTER.match(body, t1):
        return True  # "the OAS Conference President X said": an office named after a body's sitting
    if rule == "meeting.at_group" and _OFFICE_AT.search(body, max(sentence.start, t0 - 40), t0):
        return True  # "holds the presidency at the G7": an office in the group, no summit
    if rule == "meeting.convened_officials" and not _state_convenes(body, t0, mentions):
        return True  # "the President convened senior officials": his own government's
    called_lo = max(sentence.start, t0 - 250)
    if (
        holds_any(body, called_lo, t0, _CALLED_FOR_WORDS) and CALLED_FOR.search(body, called_lo, t0)
    ) or CALLED_OFF.search(body, t1, min(sentence.end, t1 + STATUS_WINDOW)):
        return True  # talks only called for, or called off
    put_off_hi = min(sentence.end, t1 + STATUS_WINDOW)  # (its closing words tested first)
    if may_match(PUT_OFF_UNDATED, body, t1, put_off_hi) and PUT_OFF_UNDATED.match(
        body, t1, put_off_hi
    ):
        return True  # "was postponed until further notice", "has not yet been scheduled"
    if holds_any(body, called_lo, t0, _REQUEST_WORDS) and REQUESTED.search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return True  # "asked for consultations with A": talks only requested
    if (
        body.startswith(("talks", "negotiations"), t0)
        and holds_any(body, max(sentence.start, t0 - 80), t0, _TOPIC_WORDS)
        and TALKS_AS_TOPIC.search(body, max(sentence.start, t0 - 80), t0)
        # "discussed the talks between A and B that C hosted in P": talks someone hosted
        # took place, an event of their own whoever discusses them
        and not ("hosted" in body[t1 : t1 + 160] and TALKS_HOSTED.match(body, t1, sentence.end))
    ):
        return True  # "to discuss stalled talks with the EU": talks as a topic, no event
    if (
        body.startswith(("talks", "negotiations"), t0)
        and TALKS_AS_PROCESS.search(body, max(sentence.start, t0 - 60), t0)
        and not TAKEN_UP_AGAIN.search(body, max(sentence.start, t0 - 60), t0)
    ):
        return True  # "the stalled talks", "the breakdown of talks": a negotiation's state
    if body.startswith("negotiations", t0) and _NEGOTIATION_PROGRESS.search(
        body, max(sentence.start, t0 - 60), t0
    ):
        return True  # "progress in the negotiations between A and B": the negotiation's state
    if "uch " in body[max(sentence.start, t0 - 40) : t0] and SUCH_A.search(
        body, max(sentence.start, t0 - 40), t0
    ):
        return True  # "such a meeting": one told before, or only imagined; no event of its own
    if of_this_kind(body, t0, t1):
        return True  # "talks of this kind are held each year": a kind of event, not one
    if body.startswith(" to ", t1) and _DEAL_TALKS.match(body, t1):
        return True  # "the firm is in talks to buy the assets": a deal, not a meeting
    if body.startswith(("talks", "negotiations"), t0) and pact_work(body, t0, t1, sentence.start):
        return True  # "A is in talks with B on a pact": a negotiation under way, no meeting
    before_trigger = body[max(sentence.start, t0 - 60) : t0]
    if (
        "but" in body[t1 : sentence.end]
        and GIVEN_UP.search(before_trigger)
        and GIVEN_UP_AFTER.match(body, t1, sentence.end)
    ):
        # "had intended to visit B in March, but postponed the trip": a plan given up
        return True
    if ("ancel" in before_trigger or " off " in before_trigger or "scrapp" in before_trigger) and (
        CANCELLED_BEFORE.search(before_trigger)
    ):
        return True  # "has cancelled a trip to A": no event
    # (the last filter kept as an "if" like the others, not folded into the return)
    if (  # noqa: SIM103
        "not " in before_trigger
        or "never " in before_trigger
        or "n't " in before_trigger
        or "n’t " in before_trigger
        or "no " in before_trigger
        or "No " in before_trigger
    ) and (_NEGATED_BEFORE.search(before_trigger)):
        return True  # "have not held talks since 2021", "did not meet": no event
    return False
