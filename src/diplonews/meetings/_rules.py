"""Meeting trigger patterns and their kinds, and the tense cues that set a status.

The vocabulary of :mod:`diplonews.meetings`: which words make a sentence
worth reading, which rule each trigger belongs to (``meeting.phone_call``,
``meeting.visit``, ...), and the regular expressions that read a clause
(topic turns, hedges, back-references, datelines). All compiled once, at import.
"""

from __future__ import annotations

import functools

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.meetings._kinds import CALL, CONFERENCE, HELD, MEETING, PLANNED, VISIT
from diplonews.models import MeetingKind, MeetingStatus
from diplonews.text import WordStarts, lowered, put_off_before, put_off_end, trie
from diplonews.text.countries import NAME_GAP
from diplonews.text.dates import DAY_OF_MONTH_PATTERN, MONTH_PATTERN, dates_other_noun

__all__ = [
    "AHEAD_OF_GATHERING",
    "ALSO",
    "AND_ANOTHER",
    "ANOTHER",
    "ARRIVED_AND",
    "BACK_REFERENCE",
    "BODY_SESSION_BEFORE",
    "CALLED_FOR",
    "CALLED_OFF",
    "CANCELLED_BEFORE",
    "CLAUSE_WINDOW",
    "CONDITION_AFTER",
    "CONDITION_BEFORE",
    "DATELINE",
    "DATE_REACH",
    "DENIED_AFTER",
    "DENIED_PLAN",
    "DENIED_TRIP",
    "EARLIER_SITTING",
    "FINISHED_WORK",
    "GIVEN_UP",
    "GIVEN_UP_AFTER",
    "HEAD_CLAUSE",
    "HERE",
    "HOST_AFTER",
    "INTERNATIONAL",
    "IN_NAME",
    "JUST_BEFORE",
    "LATER_STEP",
    "LINK_LINE",
    "MANY_SIDES",
    "MANY_STATES",
    "MAY_AFTER",
    "MAY_LEAD_TO",
    "MEET_DEMAND",
    "MODALS",
    "MODAL_HOLD_BEFORE",
    "NAMED_ROUND",
    "NAMELESS_TITLE",
    "NEW_CLAUSE",
    "NON_STATE_AFTER",
    "NON_STATE_BEFORE",
    "NOT_A_MEETING",
    "NOT_A_MEETING_FOLDED",
    "NOT_A_MEETING_WORDS",
    "NO_PLANS_FOR",
    "OFFERED_OR_ASKED",
    "OFFICE_AFTER",
    "OPEN_QUESTION",
    "ORDINAL",
    "ORDINAL_TITLE",
    "ORGAN_LAST_MET",
    "ORG_SHORT",
    "OWN_SIDE",
    "PAST_AFTER",
    "PAST_ASIDE",
    "PLACE_BEFORE",
    "PLACE_IN",
    "PRIVATE_VISITORS",
    "PROPOSED_TO",
    "PUT_OFF_ASIDE",
    "PUT_OFF_UNDATED",
    "RECALLED_DETERMINER",
    "RECALLING",
    "REJECTED_HEAD",
    "REMARKS",
    "REQUESTED",
    "ROUND_BEFORE",
    "ROUND_LAUNCHED",
    "ROUND_TOLD",
    "RULED_OUT_AFTER",
    "RULES",
    "RUN_TO_END",
    "SEQUEL",
    "SESSION_TITLE",
    "SIDELINES",
    "SIDELINES_BARE",
    "SIDES_HOLD_IT",
    "SINCE_RECALLED",
    "SITE_VISIT",
    "SPECULATIVE",
    "SPEECH_CONTENT",
    "SUCH_A",
    "TAKEN_UP_AGAIN",
    "TALKS_AS_PROCESS",
    "TALKS_AS_TOPIC",
    "TALKS_HOSTED",
    "TALKS_TAKEN_UP",
    "TALK_OF",
    "THE_TWO_OFFICIALS",
    "TOPIC",
    "TOPIC_BEFORE",
    "TRIGGER_STEMS",
    "TRIGGER_WORDS",
    "WITH_WHOEVER",
    "WORD_START",
    "WOULD_AFTER",
    "_CASE_TRAPS",
    "_TRIGGER_STEMS",
    "aside_before_plan",
    "decided_at_the_end",
    "fold",
    "left_unconfirmed",
    "made_during",
    "meeting_status",
    "no_event_of_states",
    "of_this_kind",
    "only_foreseen",
    "other_to_come",
    "past_clause_of_its_own",
    "past_cue",
    "plan_after_name",
    "sports_report",
    "team_fixture",
    "visit_by_others",
    "visit_by_performers",
]

# Cheap pre-filter: a sentence is read closely only if it holds one of these words.
_TRIGGER_STEMS = [
    "met", "meet", "talks", "negotiation", "visit", "trip", "tour", "mission", "travel", "arriv",
    "leav", "left", "call", "phone", "telephon", "spoke", "spoken", "speak with", "summit",
    "conference", "forum", "session", "council", "commission", "seminar", "congress", "assembly",
    "received", "depart", "hosted", "welcomed", "discuss", "consultation", "co-chair", "COP",
    "ministerial", "conversation", "dialogue", "presented", "presenting", "videoconferenc", "flew",
    "sat down", "exchanged views", "audience", "courtesy", "next one", "last one", "previous one",
    "fly ", "sit down together",
    "confer", "Confer", "tete-a-tete", "tête-à-tête", "dial", "welcome", "receive ", "receiving",
    "welcoming", "Week",
    # an envoy's credentials handed over by a verb of no other stem ("submitted his credentials
    # to", "accepted the credentials of"); not the bare word, which re-read receptions of envoys
    "accepted the credentials", "credentials to",
    # negotiators told finishing their text at a place ("Negotiators finished the text in P"):
    # the verb too, as "negotiators" alone would end the clause of any event naming them
    "negotiators finish", "negotiators complet", "negotiators conclud", "negotiators finali",
    "negotiators wrapped",
]  # fmt: skip


# In front of a rule whose every branch starts a word (on "\b" before a letter, or after a
# lookbehind that ends in a space): no ASCII word character before. Most places of a text
# fail this one test, where the branches (which open on no few known characters, so that the
# compiled pattern cannot skip to them) would each be tried in turn; the matches are the same.
WORD_START = r"(?<![A-Za-z0-9_])"


def _stem_pattern(stems: list[str]) -> re.Pattern[str]:
    """Words starting with a stem, lower-case or capitalised, found in one fast scan.

    Case-sensitive alternatives factored into a trie, behind a first-letter
    lookahead, run several times faster than one ``re.IGNORECASE`` alternation.

    >>> [m.group() for m in _stem_pattern(["met", "meet"]).finditer("Meetings met; comet")]
    ['Meet', 'met']
    """
    forms = {form for stem in stems for form in (stem, stem[:1].upper() + stem[1:])}
    first = "".join(sorted({form[0] for form in forms}))
    # An ASCII word character before: no word starts here (a cheap test that rejects most
    # places before the Unicode word-boundary test; every form starts with a letter).
    return re.compile(rf"{WORD_START}(?=[{first}])\b{trie(sorted(forms))}")


# Cheap pre-filter: a sentence is read closely only if it holds one of these words.
TRIGGER_WORDS = _stem_pattern(_TRIGGER_STEMS)
# The same stems, for the body scan the steps share (meetings._scan: each form lower-cased).
TRIGGER_STEMS = tuple(_TRIGGER_STEMS)

_GATHERING_WORDS = ("ummit", "onference", "orum", "eminar", "ymposium", "COP", "inisterial",
                    "General", "plenary", "Meeting of", "Council", "Week", "assembly")  # fmt: skip
# What follows a session told by "round" or "session" alone: its verb or its place ("The second
# round will be held", "the session in Lima", "since the second session, held in Lima in May");
# meeting.round below and _prose.PROSE_WORDS read it.
ROUND_TOLD = (
    r"(?=\s+(?:(?:they|the\s+(?:two\s+)?sides)\s+(?:agreed|decided)\s+(?:should|would|will)"
    r"|will|would|was|is|took|to\s+be|has\s+been|had\s+been)\b|,?\s+(?:held\s+)?in\s+[A-Z])"
)
# The word of the launch branch of meeting.conference_named ("the round of talks launched in
# P"): the negotiations', not a gathering's; that gathering is no session later news calls back.
ROUND_LAUNCHED = re.compile(r"(?:[Rr]ound|negotiations|talks)\b")
# The determiner of a gathering its sides recall, and its space: "their March talks", "the
# joint meeting", "its last session" (regex source; the modifiers and the noun follow).
RECALLED_DETERMINER = r"(?:the|their|its)\s+"
# "since" opening such a gathering, the start of a span: "since their ", "since the ". The
# common start of the recalled gathering that _candidates (back from its noun) and _places
# (back from a date in its name) read, each with its own reach of modifiers after it.
SINCE_RECALLED = r"\bsince\s+" + RECALLED_DETERMINER
# A phrase that governs a gathering told as past, whatever the tense of the sentence around
# it: a recalling preposition ("building on their talks", "following up on the meeting", "at
# their last summit", "since they last met") or a past participle with its preposition ("the
# targets set at their meeting", "as agreed during the January talks"), not "to be agreed at".
# (regex source; the gathering's determiner and modifiers follow)
# (capitalised too where the phrase opens the sentence, before the event it goes with)
# The pair's two officials told as such: "the two leaders", "both foreign ministers" (up to
# two words between: "the two foreign ministers").
THE_TWO_OFFICIALS = r"""(?:the\s+two|both)\s+(?:[a-z-]+\s+){0,2}?(?:leaders|presidents
    |premiers|prime\s+ministers|heads\s+of\s+(?:state|government)|ministers|counterparts)\b"""
RECALLING = r"""(?:\b(?:[Bb]uild(?:s|ing)?|[Bb]uilt)\s+on
    |\b[Ff]ollowing\s+up\s+on|\b(?:[Aa]s\s+a\s+)?[Ff]ollow[\s-]up\s+(?:to|on)
    |(?<!\bbe\s)\b(?:set|agreed|reached|made|taken|adopted|discussed|raised|decided
      |achieved|struck|outlined|announced|signed|launched)
      \s+(?:at|during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)
    |\bat(?=\s+(?:their|its|the)\s+(?:last|previous|latest|most\s+recent)\s)
    # "since they last met in May": the sides' meeting before, told by its verb (the
    # trigger, right after the subject)
    |\bsince(?=\s+(?:they|we|the\s+two(?:\s+[a-z]+)?)\s+(?:(?:last|first)\s+)?\Z))\s+"""
# A phrase that governs a gathering still to come, told after the sentence's own event: "X will
# visit P next week, ahead of their talks in March", "held talks to prepare for the June summit"
# (regex source; the gathering's determiner and modifiers follow).
AHEAD_OF_GATHERING = r"""(?:\bahead\s+of|\bto\s+prepare\s+for|\bin\s+preparation\s+for
    |\bin\s+the\s+run-up\s+to)\s+"""
# A body's name in a list before a plural gathering word: "NATO", "G7", "Council of Europe".
_BODY_NAME = r"(?:[A-Z][\w+.&-]*(?:\s+(?:of\s+)?[A-Z][\w+.&-]*){0,3})"
# A body's ministers (of one portfolio or none) as the subject of a collective act, or as
# the agent of a passive one: "EC farm ministers failed to agree", "agreed by EC ministers".
# (not a clause's opening word: "But ministers failed")
_GROUP_MINISTERS = r"""(?:(?!(?:But|And|The|Its|Their|Other|Some|All|Both|Many|Most|Several|When
    |After|While|Before|If|As|Then|So|Yet)\s)(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*\s+
    (?:(?:foreign|farm|agriculture|finance|trade|economics?|energy|oil|defen[cs]e|fisheries
    |environment|industry|transport|budget)\s+)?ministers\b
    # the body named after them: "Finance ministers of the Group of Seven", "Trade ministers
    # from some 40 GATT members"
    |\b(?:Foreign|Farm|Agriculture|Finance|Trade|Economics?|Energy|Oil|Defen[cs]e|Fisheries
    |Environment|Industry|Transport|Budget)\s+ministers\s+(?:of\s+the\s+(?:[A-Z][\w.-]*\s+
    (?:of\s+)?){0,3}[A-Z][\w.-]*|from\s+(?:some\s+|about\s+|the\s+)?(?:\d+\s+)?[A-Z][\w.-]*\s+
    (?:member\s+states|members|countries|states))\b)"""
_GROUP_MINISTERS_ACT = rf"""\b(?:(?:agreed|approved|adopted|endorsed)\s+by\s+(?:the\s+)?
    {_GROUP_MINISTERS}|{_GROUP_MINISTERS}\s+
    (?:(?:also|jointly|later|then|finally|yesterday|today)\s+)?
    (?:issued|failed|agreed|approved|adopted|decided|endorsed|rejected|appealed|urged|backed
    |reached|condemned|welcomed|deferred|postponed|put\s+off)\b)"""

# The time the opening of negotiations is set for, in the clause after "negotiations": the
# dateline's city ("here"), a month, a season or a year ("in 2005", "early in 2005", "in the
# autumn", "on June 8"), the coming week or month. A negotiation opened at a set time is its
# first sitting to come; one opened at no time ("decided to open negotiations") is a decision.
_OPENING_TIME = rf"""(?=[^.;,]{{0,90}}?(?:\bhere\b
  |\b(?:in|on|early\s+in|late\s+in|by)\s+(?:the\s+)?(?:end\s+of\s+)?
    (?:{MONTH_PATTERN}|spring\b|summer\b|autumn\b|fall\b|winter\b|\d{{4}}\b)
  |\bnext\s+(?:week|month|year)\b|\blater\s+this\s+(?:month|year)\b))"""

# A capitalised word after "in" that is a place, not a month ("ended in Lima", not "in May").
_NOT_A_MONTH = rf"(?!{MONTH_PATTERN}\b)"
# Negotiators' verb of their work ended, its object and its place: "finished the text in P".
FINISHED_WORK = r"""(?:finished|completed|concluded|finali[sz]ed|wrapped\s+up)\s+
    (?:work\s+on\s+)?(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|talks|work|negotiations
    |deal|accord|agreement|treaty)\s+(?:in|at)\s+(?:the\s+)?"""
_NEGOTIATORS_FINISHED = FINISHED_WORK + _NOT_A_MONTH + "[A-Z]"

# The day negotiations told opened were opened on, in their clause: the dateline's city
# ("here"), "yesterday", "today", a weekday or a month's day ("on June 8").
_OPENED_ON_DAY = rf"""(?=[^.;]{{0,60}}?\b(?:here\b|yesterday\b|today\b
  |on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
  |on\s+(?:{MONTH_PATTERN})\s+\d{{1,2}}\b))"""

# Negotiations told only as going on, after their word: "(negotiations between A and B)
# continue", "(the talks with B) drag on", or told by their next sitting, which is the event:
# "(the negotiations with B), the next round of which is set for May". Going on at a place or
# in a month is a sitting: "(negotiations with B) will continue in Lima in July".
_ONLY_GOING_ON = r"""(?![^.;]{0,100}?\b(?:(?:continue[sd]?|continuing)(?!\s+in\s+[A-Z])
  |go(?:es)?\s+on|drag(?:s|ged)?\s+on|next\s+(?:round|session|sitting|meeting))\b)"""

# An earlier sitting recalled with its place and its past time, after the sitting's word: "(the
# discussions) held in Ulaanbaatar in April", "(the dialogue among A, B and C) held in The Hague
# last week", "(the Dialogue) that our two governments held in Washington last month".
_HELD_THEN = rf"""(?=(?:\s+(?:among|between|of)\s+[^.;]{{1,120}}?
    |\s+(?:that|which)(?:\s+[\w'’-]+){{1,5}}?)?
  ,?\s+held\s+in\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}?(?:[A-Z][\w'’.-]*,\s+)?
  (?:in\s+(?:early\s+|late\s+|mid-)?(?:{MONTH_PATTERN}|\d{{4}}\b)
  |last\s+(?:week|month|year)\b|earlier\s+this\s+(?:week|month|year)\b))"""

# The rules, most specific first: (rule name, kind, words, pattern). One match is one
# candidate. Every match holds one of the words, so a sentence holding none of them is
# not scanned (no words: always scanned).
# Talks told opened or taken up again at a place or a time, read from the end of their word:
# "(talks between A and B) on the pact, suspended in 2019 amid a row, resumed in P in March",
# "(negotiations with B) on the pact would open in P in the autumn", "(talks between A and B)
# broke off in March and are due to restart in P next week", "(the first round of formal
# negotiations), which the two sides expect to open in P in June". The sitting is the verb's,
# with its tense and the place or time after it; the sides' and topic's words, an aside of
# the talks' past between commas and their breaking off told before are not its own (talks
# told opening or resuming with no place or time after them are left as they were read).
_TALKS_TAKEN_UP = r"""(?:\s+(?!(?:was|were|is|are|will|would|has|have|had|said|says|which|that
      |who|and\s+are|and\s+will)\b)(?![a-z]+ed\b)[\w'’.-]+){0,16}?  # the sides and topic, no verb
    (?P<aside>,\s+[^,.;]{1,90},)?                         # an aside of their past
    # their breaking off, told first: "broke off in March and"
    (?:\s+(?:(?:were|had\s+been)\s+)?(?:broke\s+(?:off|down)|stalled|collapsed|suspended|halted
      |broken\s+off|frozen)\b[^,.;]{0,40}?\s+and)?
    (?P<verb>
      \s+(?P<held>resumed|reopened|restarted|reconvened|opened|began|started)
      |\s+(?:will|would|(?:is|are)\s+(?:(?:now|also)\s+)?(?:due|set|scheduled|expected|planned)
        \s+to|(?:is|are)\s+to)\s+(?:formally\s+)?
        (?:open|begin|start|resume|reopen|restart|reconvene)
      # a plan told in their relative clause: ", which the two sides expect to open in P"
      |,\s+which\s+(?:the\s+(?:two\s+)?[a-z]+|they|both\s+sides)\s+(?:expects?|hopes?|plans?
        |intends?)\s+to\s+(?:open|begin|start|resume|reopen|restart|reconvene))\b
    # a place or a time after it: a sitting, not only a process (a year alone is a process's:
    # "will begin this year", "next year")
    (?=\s+(?:(?:in|at)\s+[A-Z]|on\s+[A-Z0-9]|next\s+(?!year\b)
      |(?:later|early)\s+(?:this|next)\s+(?:week|month)\b
      |this\s+(?:week|month|weekend|autumn|fall|spring|summer|winter)\b|(?:in|by)\s+(?:the\s+)?
      (?:first|second|autumn|fall|spring|summer|winter|early|mid|late)\b))"""
TALKS_TAKEN_UP = re.compile(_TALKS_TAKEN_UP, re.VERBOSE)

RULES: list[tuple[str, MeetingKind, tuple[str, ...], re.Pattern[str]]] = [
    (
        "meeting.called_on",
        MEETING,
        ("called on", "calls on", "call on", "courtesy call"),
        # "the delegation called on the Prime Minister", "paid a courtesy call on X": a visit
        # of respect to an official; not "called on X to stop ...", an appeal
        re.compile(
            r"""(?:\b(?:paid|pay|pays|paying|made|make|makes)\s+a\s+courtesy\s+call
            |\bcall(?:ed|s|ing)|call(?:(?<=\bto\scall)|(?<=\bwill\scall)|(?<=\bwill\salso\scall)))\s+on\s+
            (?=(?:the\s+)?(?:[A-Z]|him\b|her\b|them\b))
            (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May
              |June|July|August|September|October|November|December)\b)
            # (the appeal's "to" is the clause's own, not one after ", who": "called on the PM,
            # who stressed the desire to deepen ties" is a visit of respect)
            # (nor is a "to" after a verb of its own: "called on X and discussed ways to expand")
            (?!(?:(?!,\s+(?:who|whom)\b|\s+and\s+(?:discussed|reviewed|exchanged|held|briefed)\b)
              [^.;]){0,120}?\bto\s+["“'‘]?(?!(?:discuss|review|exchange
              |explore|brief|convey|present|deliberate|hold|pay)\b)[a-z]+\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.phone_call",
        CALL,
        ("phone", "Phone", "video", "Video", "call", "online", "virtual", "dial", "whom"),
        re.compile(
            WORD_START
            + r"""(?:\b(?:[Pp]hone|[Tt]elephone|[Vv]ideo)[\s-]*
              (?:call|conversation|talks?|conference)s?\b
            # "held a meeting in a video format", "held talks online": a call
            | \b(?:held|had|hold|holds|holding)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:meeting|talks
              |conversation)\s+(?:in\s+(?:an?\s+|the\s+)?(?:video|online)\s+format|via\s+video
              (?:\s*(?:link|conference))?|by\s+video\s*(?:link|conference)|online)\b
            | \b(?:held|had|made|during)\s+(?:a|an|another|their)\s+(?:\w+\s+)?call\b
            # "held an online meeting with X", "had virtual talks": a video call
            | \b(?:held|had|hold|holds|holding)\s+(?:(?:a|an|their)\s+)?(?:online|virtual)\s+
              (?:meeting|talks|conversation)\b
            | \b(?:received|receives|got)\s+a\s+call\s+from\b  # "received a call from his peer"
            # a headline's present: "PM receives call from Turkish President", "gets phone call"
            | \b(?:receives|gets)\s+(?:a\s+)?(?:(?:tele)?phone\s+)?call\s+from\b
            # "call with (the) President X" (not "a joint call with the OAS for calm": an appeal)
            | \bcall\s+(?:with|between)\s+(?:the\s+(?![^.;,]{0,80}?\bfor\b))?[A-Z]
            # "a call between the two leaders": a call of the pair told before (no appeal is
            # "between" anyone)
            | \bcall\s+between\s+"""
            + THE_TWO_OFFICIALS
            + r"""
            # "Prime Minister F, with whom I spoke last week": a call told in a relative clause
            | \bwith\s+whom\s+(?:I|we|he|she|they)\s+(?:also\s+)?spoke\b
            # "a call Friday between Presidents X and Y", "a call on Monday with Y": its day
            # told first, then its sides
            | \bcall\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:with|between)\s+
              (?:(?:the\s+)?(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers)\s+)?[A-Z]
            # "In a more recent call, X and Y discussed": the call named after a preposition
            | \b(?:[Ii]n|[Dd]uring|[Oo]n|[Oo]ver)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}
              call\b(?!\s+(?:for|to|on)\b)
            # "after a call in February", "their previous call": an earlier call recalled
            # (the last letter of "after" or "following" first: one test where neither stands)
            | (?<=[gr]\s)(?:(?<=\bafter\s)|(?<=\bfollowing\s))(?:a|an|the|their|his|her)\s+
              (?:[\w-]+\s+)?call\b(?=\s+(?:in|on)\s+(?:[A-Z]|\d))
            | \b(?:[Pp]revious|[Ee]arlier)\s+call\b(?!\s+(?:for|to|on)\b)
            | \b(?:telephoned|phoned)\b
            | \bdial(?:l?ed|s)\s+(?=[A-Z]|his\s|her\s)  # "dialled President X"
            # "X called King Y today", "called his counterpart": a call to a head or minister
            | (?<!-)\bcall(?:s|ed)\s+(?=(?:his|her|their)\s+(?:[A-Z]\w+\s+)?counterparts?\b
              |(?:(?:Vice|Deputy|Crown|Prime|Foreign|Defen[cs]e)\s+)?(?:President|Minister|King
              |Queen|Chancellor|Emir|Amir|Sultan|Prince|Premier|Secretary|Sheikh)\s+[A-Z])
            # "exchanged views over the phone", "discussed the agenda by telephone", "spoke by
            # video with X" (not "due to speak by video link": an address to a gathering)
            | \b(?:over|by)\s+(?:the\s+)?(?:tele)?phone\b
            | \b(?:spoke|spoken|talked|speaks?|conversed)\s+(?:by|via|over)\s+(?:a\s+)?video
              (?:\s*(?:link|call|conference))?(?=\s+with\b)
            # "A and B spoke by telephone", "talked over the phone": no "with" needed
            | \b(?:spoke|spoken|talked|talks?|speaks?|conversed)\s+(?:by|over|on)\s+(?:the\s+)?
              (?:tele)?phone\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.spoke_with",
        CALL,
        ("spoke", "speak"),
        re.compile(
            r"""(?:\bspo(?:ke|ken)
            # "will speak with", "is due to speak with": the same call, announced
            |\b(?:will|to)\s+(?:also\s+)?speak)
            \s+(?:(?:by\s+(?:tele)?phone|today|yesterday|again|separately
            |on\s+[A-Z]\w+|earlier|(?:this|last)\s+(?:morning|afternoon|evening|night|week))\s+)*
            with\b                    # "spoke today with", "spoke this afternoon with"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "meeting.spoke",
        CALL,
        ("spoke",),
        # "Ana Pereira and Omar bin Khalid spoke on Friday about ...": two named sides
        re.compile(
            r"""\band\s+(?:(?:[A-Z][\w’'.-]*|bin|ibn|al|el|de|van|von|of)\s+){1,7}spoke\s+(?:(?:on\s+[A-Z][a-z]+|today|yesterday
            |earlier|again|(?:this|last)\s+(?:morning|afternoon|evening|night|week))\s+)?(?=about\b|to\s+(?:discuss|reaffirm|affirm|review|coordinate
            |congratulate|exchange|consult|underscore|welcome)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        # "Norway will convene foreign ministers from the region", "A will soon convene senior
        # officials to discuss ...": a gathering of officials a state calls together (the
        # extractor keeps it only with a state as the verb's subject: its host)
        "meeting.convened_officials",
        CONFERENCE,
        ("conven",),
        re.compile(
            r"""\b(?:convene[sd]?|convening)\s+(?:an?\s+(?:meeting|gathering)\s+of\s+)?
            (?:(?:senior|top|high-level|regional|international|foreign|defen[cs]e|finance
            |health|energy|trade|security)\s+){0,2}
            (?:officials|ministers|leaders|representatives|envoys|delegations|counterparts)\b""",
            re.VERBOSE,
        ),
    ),
    (
        # "welcomed the announcement at the G-20", "agreed at the G7 in Italy last month": a
        # group of states named by its number as where something was done is its summit
        "meeting.at_group",
        CONFERENCE,
        ("at the G",),
        re.compile(
            r"""(?<=\bat\s)the\s+G-?\d{1,2}\b(?![-–]|\s*\+)
            (?!\s+(?:countries|nations|states|members|economies|partners|leaders|group|format
            |presidency|chair|finance|foreign|trade|energy|agriculture|health|summit|Summit
            |meeting|Meeting|ministers|ministerial|Ministerial|declaration|communiqu|statement
            |agenda|process|track|framework)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        # "the G7 and NATO summits", "the OSCE and Council of Europe meetings": the gatherings
        # of the bodies listed before a plural gathering word, one each (the extractor keeps
        # the match only where two or more of the names are bodies)
        "meeting.bodies_gatherings",
        CONFERENCE,
        ("summits", "Summits", "meetings", "Meetings", "conferences", "Conferences", "sessions"),
        re.compile(
            rf"""\b{_BODY_NAME}(?:,\s+(?:the\s+)?{_BODY_NAME})*,?\s+and\s+(?:the\s+)?{_BODY_NAME}
            \s+(?:(?:[Mm]inisterial|[Ll]eaders['’]?|[Hh]eads\s+of\s+[Ss]tate)\s+)?
            (?:[Ss]ummits|[Mm]eetings|[Cc]onferences|sessions)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.conference_named",
        CONFERENCE,
        _GATHERING_WORDS,
        re.compile(
            r"""(?<!news\s)(?<!press\s)(?<!News\s)(?<!Press\s)
            \b(?:summit|Summit|conference|Conference|forum(?!\s+(?:to|for)\b)|Forum|seminar|Seminar
            |symposium|Symposium|COP[\s-]?\d+|ministerial\s+(?:council\s+)?meeting|Ministerial\s+Meeting
            # a body's council of ministers after its acronym: "the OECD ministerial council"
            |(?<=[A-Z][A-Z]\s)ministerial\s+council
            |General\s+Assembly|plenary\s+session|Ministerial\s+Council
            # a body's own yearly or general sitting: "will hold its annual assembly" (only a
            # body's: a conference of no body and no state is no record)
            |(?<=\bits\s)assembly|(?<=\bits\sannual\s)assembly|(?<=\bits\sgeneral\s)assembly
            # a body's council of its members' ministers or leaders: "the CIS Council of Foreign
            # Ministers", "the SCO Heads of Government Council"
            |Council\s+of\s+(?:Foreign\s+Ministers|Heads\s+of\s+(?:State|Government))
            |Heads\s+of\s+(?:State|Government)\s+Council
            # the councils of the Eurasian Economic Union, named without its name
            |Eurasian\s+Intergovernmental\s+Council|Supreme\s+Eurasian\s+Economic\s+Council
            |(?<!lateral\s)Meeting\s+of\s+(?:the\s+)?(?:Heads|Leaders|Foreign\s+Ministers)
            |[Mm]inisterial(?=\s+(?:between|of|in|on|with)\s+[A-Z])  # "the Ministerial of A"
            # a week of policy meetings named for its field or its leaders ("Baku Energy Week",
            # "the APEC Leaders' Week"), not a festival ("Fashion Week", "Cuisine Week")
            |(?:(?<=Energy\s)|(?<=Sustainability\s)|(?<=Climate\s)|(?<=Water\s)
              |(?<=Leaders['’]\s))Week)
            \b(?!\s+call)                  # not "the Trilateral Meeting of ...": a meeting
            """,
            re.VERBOSE,
        ),
    ),
    (
        # A BODY'S SESSION: "session" right after an intergovernmental body's name ("the NATO
        # ministers' session", "a GATT session", "the OPEC ministerial session") or before it
        # ("the annual session of the IMF"): the body's gathering. The extractor keeps the match
        # only where a body of the organisations table stands there (``body_session_named``):
        # "session" alone names a parliament's, a court's or a cabinet's sittings too.
        "meeting.conference_named",
        CONFERENCE,
        ("session", "Session"),
        re.compile(
            r"""(?<=[\w'’]\s)[Ss]ession\b(?!\s+(?:of\s+(?!the\s+[A-Z])|call|musicians?)\b)
            # (after a word: the body's name, or "ministers'", "ministerial", "annual",
            # "plenary" after it; "of" only before the body's name)""",
            re.VERBOSE,
        ),
    ),
    (
        # LAUNCH-AT-PLACE: a round of negotiations told as launched at a place ("the round of
        # trade negotiations launched in P last September"): the gathering that launched it,
        # held there (its state the host); the round itself is a process, not an event
        "meeting.conference_named",
        CONFERENCE,
        ("launched",),
        re.compile(
            r"""\b(?:[Rr]ound|negotiations|talks)\b(?=\s+(?:(?:was|were|had\s+been)\s+)?launched\s+
            (?:(?:last|this)\s+[a-z]+\s+)?(?:in|at)\s+[A-Z]
            (?!(?:January|February|March|April|May|June|July|August|September|October|November
            |December)\b))  # (a place, not a month: "launched in May" tells no gathering)""",
            re.VERBOSE,
        ),
    ),
    (
        # SESSION-BY-DECISION: a body's council, board or assembly told with a time as the one
        # addressed ("told the UN Security Council on Friday") or as the one that decided ("the
        # WTO General Council on Tuesday adopted"): a session of that body, held then.
        "meeting.body_session",
        CONFERENCE,
        ("Council", "Board", "Assembly", "Committee", "council", "board", "committee"),
        re.compile(
            r"""(?:\b(?:told|addressed|briefed)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}
            (?:Council|Board|Assembly)(?=\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+week
            |this\s+week)\b)
            |\b(?:[A-Z][\w.'’-]*\s+){1,4}(?:Council|Board|Assembly|council|board)\s+
            (?=(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+week|this\s+week)\s+
            (?:adopted|decided|approved|endorsed|agreed|voted|rejected|elected)\b)
            # BODY-DECISION: a body's council, board or committee as the subject of a verb of
            # deciding not yet, or of deciding as its delegates tell it ("The X Council put off
            # a ruling", "the X's executive board failed to agree on quotas", "The X Council
            # rejected the request, delegates said"): its session, held then
            # (a name before the organ, not a bare "The council", which recalls one told)
            |\b(?:The\s+)?(?!The\s)(?:[A-Z][\w.'’-]*\s+){1,4}
            (?:(?:executive|governing|policy-making|full|standing)\s+)?
            (?:Council|Board|Committee|council|board|committee)\s+
            (?=(?:(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+week|this\s+week)\s+)?
            (?:put\s+off|deferred|postponed|failed\s+to\s+(?:agree|reach|decide)
            # (a decision made, only as its delegates tell it: not "The X board approved a
            # loan to A", an act of its staff's routine)
            |(?:approved|rejected|adopted|decided)\b(?=[^;]{0,200}?\bdelegates\b))\b))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.commission",
        MEETING,
        (
            "ommission",
            "ouncil",
            "ommittee",
            "session",
            "Its ",
            "next one",
            "last one",
            "previous one",
            "ialogue",
        ),
        re.compile(
            # Every branch starts a word with one of these characters (its lookbehinds see a
            # space before it): one test at each place before the branches are tried in turn.
            r"""(?<![A-Za-z0-9_])(?=[\dA-Zbcefhijmnostw])(?:
            # a session of a named Dialogue told with its holding: "will hold the next round of
            # their Economic Policy Dialogue in P", "the next session of the Dialogue will take
            # place in W", "will host the next meeting of the X Dialogue in W"
            \b(?:held|hold|holds|holding|convened?|convenes|convening|host|hosts|hosted|hosting)
              \s+(?:the|a|an|their)\s+
              (?:[\w-]+\s+){0,2}?(?:session|round|meeting)\s+of\s+(?:the|their)\s+
              (?:[\w.'’-]+\s+){0,5}?Dialogue\b
            # ("round": the branch opens at its "of", a letter of the gate)
            | (?:\bsession\s+|(?<=\bround\s))of\s+(?:the|their)\s+(?:[\w.'’-]+\s+){0,5}?Dialogue\b
              (?=\s+(?:will|would|should|is\s+to|(?:is|was)\s+(?:due|scheduled|set|expected)\s+to)\s+
              (?:take\s+place|be\s+held|convene|meet)\b)
            # a session of a Dialogue of two states named by its number or as the next, whatever
            # the verb: "for the second A-B Commercial Dialogue", "welcomed the third round of the
            # A-B Economic Dialogue scheduled for P", "the next session of the A-B Dialogue, to
            # be convened in P" (the name gives its sides), also "the inaugural A-B Energy
            # Security Dialogue", "the next round of the A-B bilateral dialogue"
            | (?<=\bthe\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth
              |\d+(?:st|nd|rd|th)|next|inaugural)\s+(?:(?:round|session|meeting)\s+of\s+the\s+)?
              (?=[A-Z][\w.]*[-–][A-Z])(?:[\w.'’–-]+\s+){1,5}?[Dd]ialogue\b
            # (a round of it opening the sentence, whatever its verb: "The third round of the A-B
            # Strategic Dialogue ended in P")
            | (?<=\bThe\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth
              |\d+(?:st|nd|rd|th)|next)\s+round\s+of\s+the\s+
              (?=[A-Z][\w.]*[-–][A-Z])(?:[\w.'’–-]+\s+){1,5}?[Dd]ialogue\b
            # the format told before, its next sitting named bare with its place: "to sign it
            # at the next Dialogue in P in 2024" (the sides are the format's)
            | (?<=\bthe\s)(?:next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth
              |\d+(?:st|nd|rd|th))\s+Dialogue\b(?=\s+in\s+[A-Z])
            # a format named after two states told with its place: "during the A-B Strategic
            # Dialogue in P in March", "agreed to convene the A-B Joint Economic Committee in W"
            # (a sitting of the format; its name gives the sides, its time the status)
            # (a "session of the" format is the branches' below)
            | (?<=\bthe\s)(?<!session\sof\sthe\s)(?<!meeting\sof\sthe\s)
              (?=(?:United\s+States|[A-Z][\w.]*)[-–][A-Z])
              (?:[\w.'’–-]+\s+){1,6}?(?:Dialogue|Commission|Committee|Council)\b(?=\s+in\s+[A-Z])
            |
            # a session of the body or meeting told just before, named by its possessive or
            # by "one": "Its last session took place in Baku", "the council will hold its
            # session in Lima", "The next one will be held in Quito"
            \b(?:[Ii]ts|[Tt]heir)\s+(?:next|last|previous)\s+session\b
            | \bIts\s+(?:next|last|previous)\s+meeting\b
            # (with its number or rhythm too: "the joint A-B fisheries commission held its annual
            # session", a sitting of the body whatever words name its field)
            # (or after an aside of what the body does: "the commission, which sets quotas, held")
            | \b(?:council|commission|committee)(?:,\s+which\s+[^,;()]{3,100},)?
              \s+(?:will\s+hold|held|holds)\s+its\s+
              (?:(?:next|annual|regular|ordinary|extraordinary|plenary|first|second|third|[a-z]+th
              |\d+(?:st|nd|rd|th))\s+){0,2}session\b
            # "ministers will hold the next ministerial session of the A-B Trade Partnership": a
            # session of a format named after two states (a commission's: the branches below)
            | \b(?:held|hold|holds|holding|convened?|convenes|convening)\s+(?:the|a|an|their)\s+
              (?:[\w-]+\s+){0,3}?session\s+of\s+the\s+(?=[A-Z][\w.]*-[A-Z])
              (?!(?:[\w.-]+\s+){0,6}?(?i:commission|council|committee|forum|summit|conference)
              \b)  # (a gathering's name: the conference rule's)
            # "before the next JMC session": a body named by its acronym, its next session
            | (?<=\bnext\s)[A-Z]{2,5}\s+(?:session|meeting)\b
            | \b[Tt]he\s+(?:next|last|previous)\s+one\b(?=\s+(?:will\s+be\s+held|would\s+be\s+held
              |is\s+(?:due|scheduled|planned|set)|was\s+held|took\s+place)\b)
            # "the Security Council held an emergency session", "the OIC will hold a special
            # session": a body's session named after the body
            |
            \b(?:Council|Commission|Committee|Assembly|Union|League|Organi[sz]ation|[A-Z]{2,})\s+
            (?:held|holds|will\s+hold|convened|convenes)\s+(?:an?|its|their)\s+
              (?:[\w-]+\s+){0,2}session\b
            # "The X Council ended a four-day session here", "the X's executive board opened a
            # week-long session": a body's sitting told by its opening or close and its length
            # (the word is the session's, so its length dates it; BODY_SESSION_BEFORE keeps it)
            | (?:(?<=-day\s)|(?<=-long\s))session\b(?!\s+of\b)
            # "the OIC Council of Foreign Ministers opened its 49th session": the verb after a
            # body named by its members, which the gathering rule reads up to "Ministers"
            | (?:(?<=Ministers\s)|(?<=Government\s)|(?<=State\s)|(?<=Assembly\s)|(?<=Council\s)
              |(?<=[A-Z][A-Z]\s))(?:held|holds|will\s+hold
              |opened|opens|will\s+open|convened|convenes|began|begins|concluded)\s+its\s+(?:[\w-]+\s+){0,2}
              (?:session|meeting)\b
            # "The council of the X (XC) ended a session that opened on Monday": a body's sitting
            # told by its close or opening, the body named just before the verb (a session told
            # with its length is the "-day session" branch's)
            | (?:(?<=[Cc]ouncil\s)|(?<=[A-Z][A-Z]\)\s))(?:opened|ended|closed|concluded)\s+a\s+
              session\b
            # "the CIS Council of Foreign Ministers held a session": the same, with "a"
            | (?:(?<=Ministers\s)|(?<=Government\s)|(?<=State\s)|(?<=Assembly\s)|(?<=[A-Z][A-Z]\s))
              (?:held|holds|will\s+hold)\s+an?\s+
              (?:[\w-]+\s+){0,2}(?:session|meeting)\b
            # a session named by its body's possessive: "the Council's next session", "the joint
            # commission, whose next session", "the Council of heads of X, whose first session"
            | \b(?:(?:[Jj]oint|[Ii]ntergovernmental|[Bb]ilateral)\s+(?:[\w-]+\s+)?)?
            (?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee)(?:\s+(?:of|on)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?
            (?:['’]s|,\s+whose)\s+(?:[\w-]+\s+){0,2}(?:session|meeting)\b
            # (a possessive of the sides among its words: "of the two countries' Joint Commission")
            | \b(?:session|meeting)s?\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+(?:s['’])?\s+){0,4}
            (?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee|[Ww]orking\s+[Gg]roup
            # "of the commission", "of the CIS Inter-Parliamentary Assembly"
            |(?<=Parliamentary\s)Assembly
            # "the next session of the Strategic Mechanism": a format named as such, by its name
            |Mechanism)\b
            | \b(?:[Jj]oint|[Ii]ntergovernmental|[Bb]ilateral)\s+(?:[\w-]+\s+)?(?:[Cc]ommission
            |[Cc]ommittee)(?:\s+(?:meeting|session)s?)?\b  # "the joint commission meeting": one
            | \b(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth
            |[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)\s+(?:[A-Z][\w-]*\s+){0,3}Council\s+of\s+
            (?:Foreign\s+)?(?:Ministers|Heads)\b          # "the 12th ECO Council of Ministers"
            )""",
            re.VERBOSE,
        ),
    ),
    (
        # "The second round will be held in Lima", "agreed to hold the 9th session in Quito":
        # one more session of the talks told before, named by its number (or "next") alone;
        # the extractor keeps it only after such a word (ROUND_BEFORE)
        "meeting.round",
        MEETING,
        ("round", "session"),
        re.compile(r"(?<=\s)(?:round|session)\b(?!\s+of\b)" + ROUND_TOLD),
    ),
    (
        "meeting.visit",
        VISIT,
        (),  # "was in Paris for": no word of its own
        re.compile(
            r"""\b[Vv]isit(?:s|ed|ing)?\b(?!\s+(?:the\s+)?(?:site|website|portal|museum|exhibition|places|attractions))
            # not "tour operators" (a trade), nor "toured the halls" (a site, as for "visit")
            | \btrip\b
            | \b(?:tour|toured|touring)\b(?!\s+(?:operators?|guides?|compan(?:y|ies)|agenc(?:y|ies)
              |packages?|buses)\b)(?!\s+(?:the\s+)?(?:halls?|galler(?:y|ies)|site|museum|exhibition
              |pavilions?|stands)\b)
            | \b(?<!his\s)(?<!her\s)(?<!their\s)(?<!its\s)  # "his diplomatic mission": a posting
              (?:trade|official|diplomatic|state|working|fact-finding)\s+mission\b
            | \bmission\s+to\s+[A-Z]
            | \b[Tt]ravel(?:s|ed|led|ling|ing)?\s+
              (?:(?:this|last|earlier\s+this)\s+(?:week|month)\s+)?to\b  # "traveled this week to"
            | \b[Aa]rriv(?:ed|es|e|ing)\s+(?:in|to)\s+(?!power|office)
            # "is due to arrive on Wednesday": an arrival told ahead with no place, the story's
            # state its host (the extractor adds it)
            | \b(?:due\s+to|will)\s+arrive\b(?!\s+(?:in|at|to|back|home|from|with|soon\s+after)\b)
            # "flew on Monday to Lima", "flew to the Peruvian capital" (the capital by its state)
            | \bflew\s+(?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,2}to\s+
              (?:the\s+(?=[A-Z][\w-]*\s+capital\b))?[A-Z]
            # "will fly to Lima", "to fly from Quito to Lima": a person's trip told ahead (not
            # "flies to", "flying to": airlines and planes). The lookbehinds stand after "fly":
            # a branch opening on one is tried at every place of the sentence (twice the time)
            | \bfly(?:(?<=\swill\sfly)|(?<=\sto\sfly))\s+(?:from\s+[A-Z][\w-]*\s+)?
              (?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,2}to\s+(?:the\s+(?=[A-Z][\w-]*\s+capital\b))?[A-Z]
            # (not "will call on X before leaving for P": the end of the visit under way)
            | \b(?<!\bbefore\s)(?:leave|leaves|left|leaving|depart(?:s|ed|ing)?)\s+
              (?:[a-z]+\s+){0,2}for\s+[A-Z]
            | \b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?in\s+[A-Z][a-z]+\s+(?:[A-Z]\w+\s+)?
              (?:for|on|to)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.visit",
        VISIT,
        ("welcome",),
        # "was welcomed at Baku airport by", "accorded a warm welcome to X on his arrival"
        re.compile(
            r"""\b(?:was|were)\s+(?:warmly\s+)?welcomed\s+at\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?airport\b
            | \baccorded\s+(?:a\s+)?(?:[\w-]+\s+)?welcome\s+to\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.held_talks",
        MEETING,
        (
            "alks",
            "onsultations",
            "egotiations",
            "egotiators",
            "iscussion",
            "co-chair",
            "onversation",
            "ialogue",
            "egotiating round",
            "oint session",
        ),
        re.compile(
            WORD_START
            + r"""(?:\b(?:[Tt]alks|[Cc]onsultations)\b   # also opening a sentence: "Talks between"
            | \b[Cc]onversations?(?=\s+with\b)            # "his recent conversation with X"
            # "the conversation President A held with President B at the White House": its
            # holder named between
            | \b[Cc]onversations?(?=\s+(?:(?:[A-Z][\w.'’-]*|of)\s+){1,5}(?:held|had)\s+with\b)
            # "built on the discussions they held at the White House in February", "the
            # discussions Mr. X held in P in September": past talks, their holder named between
            # (or "the discussion he had with X", "the discussions they held last month"; a
            # title with "of": "the discussions Secretary of State X held in P")
            | \b[Dd]iscussions?(?=\s+(?:(?:they|he|she|we)\s+
              |[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of)\s+){0,5})
              (?:held|had)\s+(?:with\s|(?:in|at|during)\s+(?:the\s+)?[A-Z]
              |(?:last|earlier|this)\s))
            | \b(?:held|hold|holds|holding|participated\s+in|took\s+part\s+in|take\s+part\s+in
              |convened?|convenes|convening)
              \s+(?:a|an|the|their)\s+(?:[\w.+-]+\s+){0,3}(?:[\w-]+s['’]\s+)?[Dd]ialogue\b
              # "held a strategic dialogue", "hold the next foreign ministers' dialogue" (a
              # possessive plural names it too), "will convene the bilateral 2+2 dialogue",
              # "held the third A-B High-Level Dialogue in P" (its name capitalised)
            # "joined their counterparts in P for the annual A-B High-Level Economic Dialogue":
            # officials told joining others for a named format's session, its session held
            | \bjoined\s+(?:[^.;,]{0,160}?\s)?for\s+the\s+(?:annual\s+|next\s+|first\s+
              |second\s+|third\s+|[a-z]+th\s+)?(?:[\w.+-]+\s+){0,5}?Dialogue\b
            # "convening the next A-B Economic Policy Dialogue": a named format's session to come
            | \b(?:convened?|convenes|convening)\s+the\s+(?:next\s+|first\s+|[a-z]+th\s+)?
              (?:[\w.+-]+\s+){0,5}?Dialogue\b
            # "the A-B Strategic Dialogue held in Manila in January", "the X dialogue, which began
            # in Baghdad in January", "the second Dialogue, held in P", "the X Dialogue, which
            # will be held in P next month", "the X Dialogue will be held in P in 2024", "the X
            # Dialogue, which is scheduled to convene in P": a session of a named format told
            # with its holding, past or to come, and its place
            # (also told with its topic, a co-chair's clause or its building between: "the
            # high-level dialogue on trade, which is expected to convene in P", "the X Dialogue,
            # co-chaired by A and B, will take place in P", "was held at the Foreign Ministry
            # in P")
            | \b(?:[A-Z][\w.-]*|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth
              |tenth|high-level)\s+[Dd]ialogue\b
              (?=(?:\s+on\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}(?=,))?
              (?:,\s+(?:co-chaired|chaired|led|hosted)\s+by\s+[^,.;]{1,120}(?=,))?
              ,?\s+(?:(?:which|that)\s+)?
                (?:(?:was|will\s+be|(?:is\s+)?to\s+be)\s+held
                |(?:will|(?:is|are)\s+(?:scheduled|set|due|expected|planned)\s+to)\s+
                  (?:be\s+held|convene|meet|take\s+place|open)
                |held|began|opened|took\s+place|convened
                # "the X Dialogue, whose most recent session took place in P": its sitting
                |whose\s+(?:(?:next|most\s+recent|last|latest|previous|first|second|third
                  |[a-z]+th)\s+)?(?:session|meeting|round)\s+(?:took\s+place|was\s+held
                  |convened|will\s+(?:take\s+place|be\s+held|convene)))
              \s+(?:at\s+the\s+(?:[A-Z][\w.'’-]*\s+|(?:of|de|del|la)\s+){1,7}?)?in\s+[A-Z])
            # "the negotiating round held in Nairobi last month": a round of talks with its place
            | \bnegotiating\s+round\b(?=,?\s+(?:(?:which|that)\s+(?:was\s+)?)?
              (?:held|began|opened|took\s+place|ended)\s+in\s+[A-Z])
            # "the third round of strategic dialogue between A and B", "a round of their
            # dialogue", "a dialogue between A and B took place": a session told as an event
            # (not "the next round of the dialogue": the one told before)
            | \bround\s+of\s+(?:their\s+(?:[\w-]+\s+){0,2}[Dd]ialogue\b
              |(?:[\w-]+\s+){0,3}dialogue(?=\s+between\b))
            # (or told with its holding to come: "the third Strategic Dialogue between A and B, to
            # be held in C in the autumn")
            | \b[Dd]ialogue\b(?=\s+between\s[^.;]{0,100}?\b(?:(?:was|were)\s+held|took\s+place
              |(?:is\s+|are\s+)?to\s+be\s+held|will\s+(?:be\s+held|take\s+place))\b)
            # "the last round of discussions of their commission": a session of the pair's talks
            | \bround\s+of\s+(?:[\w-]+\s+){0,2}?discussions\b
            | \b[Nn]egotiations\b(?=(?:[^.;]|(?<=[A-Z])\.){0,80}?\b(?:are|is|were)\s+
              (?:due|set|scheduled|expected)\s+to\s+(?:begin|start|open|resume)\b)
                                                          # "negotiations are due to begin in May"
            # "(officials said) negotiations on the pact would open in P in the autumn": the talks'
            # sitting told by their own verb with its place or time, their sides the story's
            | \b[Nn]egotiations\b(?="""
            + _TALKS_TAKEN_UP
            + r""")

            | \b(?:held|hold|holds|holding|hosted|host|hosts|conducted|direct|round\s+of)\s+
              (?:[\w-]+\s+){0,4}negotiations\b       # negotiations as an event, not a process
            | \b[Dd]iscussions?\s+with\b
            # "A's role in hosting discussions in P between B and C": talks a state hosts are
            # an event, as "hosting negotiations" is
            | (?:(?<=\bhosting\s)|(?<=\bhosted\s))discussions\b
            # "building on discussions between their teams in P last month": the pair's talks
            # told by their sides' possessive (who "their" is: _records)
            | \b[Dd]iscussions?(?=\s+between\s+their\s)
            # "their support for the peace negotiations between A and B", "has suspended trade
            # negotiations with B": negotiations named with their sides are those sides' talks,
            # read as "talks between A and B" are (a negotiation's mere state is filtered later;
            # not negotiations told only as going on or by their next round: _ONLY_GOING_ON)
            | \b[Nn]egotiations(?=\s+(?:between|with)\s+(?:the\s+)?[A-Z])"""
            + _ONLY_GOING_ON
            + r"""
            # "the A/B bilateral trade negotiations are progressing well", "a resolution on
            # bilateral trade negotiations": the pair the story names, as "bilateral talks" are
            | (?:(?<=[Bb]ilateral\s)|(?<=[Bb]ilateral\strade\s))negotiations\b"""
            + _ONLY_GOING_ON
            + r"""
            # "Negotiations between A and B were held in Lima": told as taking place
            | \b[Nn]egotiations\b(?=[^.;]{0,100}?\b(?:(?:was|were)\s+held|took\s+place)\b)
            # "Negotiations on the pact were concluded in P in March", "the negotiations ended in
            # P": talks told brought to their end at a place sat there (not "ended in failure",
            # nor "were concluded in March": a time alone tells no sitting)
            | \b[Nn]egotiations\b(?=(?:\s+(?:on|over|for|about)\s+[^.;,]{1,80}?)?\s+
              (?:(?:were|had\s+been)\s+(?:(?:successfully|formally)\s+)?(?:concluded|completed
              |finali[sz]ed|wrapped\s+up)|ended|concluded|closed)\s+(?:in|at)\s+(?:the\s+)?"""
            + _NOT_A_MONTH
            + r"""[A-Z])
            # "Negotiators finished the text in P last month", "The negotiators concluded their
            # talks in P": the negotiators' last sitting, at its place (read at the verb after
            # the bare subject, whose sides are the story's pair)
            | (?<=[Nn]egotiators\s)"""
            + _NEGOTIATORS_FINISHED
            + r"""
            # "after negotiations in Geneva": an event with a place
            | negotiations(?:(?<=\bafter\snegotiations)|(?<=\bduring\snegotiations)
              |(?<=\bfollowing\snegotiations))\s+
              (?=(?:in|at)\s+[A-Z])
            # "after extensive bilateral negotiations that ended today in Lima": told as held
            # (the last letter of "after", "during" or "following" first: one test at each word)
            | (?<=[gr]\s)(?:(?<=\bafter\s)|(?<=\bduring\s)|(?<=\bfollowing\s))(?:[a-z-]+\s+){1,3}?
              negotiations\b(?=\s+(?:that|which)\s+(?:ended|concluded|took\s+place)\b
              |\s+(?:in|at)\s+[A-Z])
            # "after three days of negotiations", "following a week of negotiations": a sitting
            # told by its length in days or weeks, over when told (months of them are a process)
            | (?<=\s)(?:(?<=\bafter\s)|(?<=\bduring\s)|(?<=\bfollowing\s))
              (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})
              [\s-](?:days?|weeks?)\s+of\s+(?:[a-z-]+\s+){0,2}?negotiations\b
            # "will open negotiations in Brussels on April 21": a sitting opened at its place
            | \b(?:open|opens|opened|opening|begin|begins|began|beginning|start|starts|started
              |starting)\s+(?:[a-z-]+\s+){0,2}?negotiations\s+(?=(?:in|at)\s+[A-Z]
              (?!(?:January|February|March|April|May|June|July|August|September|October
              |November|December)\b))
            # "building on the discussions held in P in April between experts of A and B", "the
            # energy dialogue among A, B and C held in P last week", "the Strategic Dialogue that
            # our two governments held in P last month", "a joint session of the two governments
            # held in P in November 2023": an earlier sitting recalled with its place and time
            # (not a state's own: "the national dialogue held in P", "a joint session of
            # parliament": a joint session is the governments')
            | (?<!\b[Nn]ational\s)(?<!\b[Ii]nternal\s)(?<!\b[Dd]omestic\s)
              \b(?:[Dd]ialogue|[Dd]iscussions
              |joint\s+session(?=\s+of\s+(?:the\s+|their\s+)?(?:two\s+|three\s+|both\s+)?
                governments\b))\b"""
            + _HELD_THEN
            + r"""
            # "will begin negotiations on a trade pact in 2005", "is due to open negotiations with
            # B early in 2005", "will open negotiations here on June 8": the opening of
            # negotiations set for a time, told as settled (not "agreed to open negotiations later
            # this year", a decision; nor "decided to open negotiations", set for no time)
            | (?<=\s)(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bdue\sto\s)|(?<=\bset\sto\s)
              |(?<=\bscheduled\sto\s))(?:formally\s+)?
              (?:open|begin|start)\s+(?:[a-z-]+\s+){0,2}?negotiations\b"""
            + _OPENING_TIME
            + r"""
            # "A and the Community opened negotiations here yesterday", "began negotiations on
            # Monday": negotiations told opened at a day are their first sitting, held (not
            # "began negotiations in 2005": opened at a year or none, they are a process)
            | \b(?:opened|began|started)\s+(?:[a-z-]+\s+){0,2}?negotiations\b"""
            + _OPENED_ON_DAY
            + r"""
            # "the trade negotiations under way with Peru": negotiations told as taking place
            | \b[Nn]egotiations\s+(?=(?:now\s+)?(?:under\s*way|in\s+progress)\s+(?:with|between)\b)
            # "agreed to resume negotiations in Lima next month": talks taken up again, an event
            | (?<=\s)(?:resum|reopen|restart|reconven)(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?
              (?:negotiations|discussions?)\b
            # not "co-chair of the commission" (a title), nor "The co-chairs signed" (the people),
            # nor "X, who co-chairs the commission with Y" (the office X holds)
            | (?<!\b[Tt]he\s)(?<!\b[Tt]wo\s)(?<!\b[Ii]ts\s)(?<!\b[Tt]heir\s)(?<!\b[Bb]oth\s)
              \bco-chair(?:s(?<!\bwho\sco-chairs)|ed(?<!ialogue,\sco-chaired)|ing)?\b(?!\s+of\b))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.discussed_with",
        MEETING,
        ("discussed",),
        re.compile(
            r"""\bdiscussed\b
            # not "discussed the idea of a summit with X": the partner is the proposed event's
            (?!\s+(?:the\s+)?(?:idea|proposal|possibility|prospect)\s+of\s+(?:a|an|holding)\s)
            # not "was discussed at a meeting of A with B": that meeting is its own trigger
            (?!\s+(?:at|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?
              (?:meeting|talks|session|negotiations|conversation|call)s?\b)
            (?:(?=[^.;]{0,80}?(?<!coordination\s)(?<!cooperation\s)(?<!consultation\s)
            # "deepen Israel's relationships with A": a state's ties, no counterpart
            (?<!['’]s\srelations\s)(?<!['’]s\srelationships\s)(?<!['’]s\sties\s)
            # "the conference that A will co-host with B": the host's partner, not A's talks
            (?<!host\s)(?<!hosts\s)(?<!hosted\s)
            \bwith\s+(?:[A-Z]|his\s|her\s|the\s+[A-Z]
            |(?:[a-z]+\s+){0,2}(?:president|minister|counterpart|leader)))
            # "discussed trade, energy, ... and the protection of investments with Y": a longer
            # list of plain topic words still ends at its partner
            |(?=(?:\s+[a-z-]+,?){9,16}?(?<!cooperation)(?<!relations)(?<!ties)\s+with\s+
              (?:(?:his|her|the)\s+)?[A-Z]))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received",
        MEETING,
        ("received", "hosted", "welcomed"),
        re.compile(
            r"""\b(?:received|hosted|welcomed)\b
            # "received in the Palace of Nations, one after another, the ministers of": a place
            (?:\s+(?:in|at)\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,3}
              (?=,\s+(?:one\s+after\s+another|in\s+turn|separately),)
            # "received in Tashkent the delegation of A": the city first, then the guest told
            # by an article (the guest's own words are read as without the city)
            |\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s+(?:the|a|an)\s))?
            # "received one after another the ministers of A, B and C": guests in turn
            (?:,?\s+(?:one\s+after\s+another|in\s+turn|separately),?(?=\s))?
            (?=\s+(?:[A-Z]|the\s+(?:delegation|visiting)
            |a\s+delegation|his\s|her\s|him\b|them\b  # "who received him": the guest told before
            # "received newly appointed Ambassador of A", "received visiting ministers": no article
            |(?:newly[\s-]appointed|visiting|outgoing)\s+(?:[A-Z]|(?i:ambassadors?|envoys?|ministers?
              |delegations?))
            # "received the credentials of the ambassadors of A and B": envoys presenting them
            |(?:the\s+)?(?:letters\s+of\s+)?credentials\s+(?:of|from)\b
            # "received a U.S. delegation", "received the guest", "received the head of the MFA"
            |(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}?(?i:delegations?|guests?|head|heads|minister
              |ministers|ambassadors?|envoys?|president|premier|speaker|chairman|secretary
              # "received the UN Resident Coordinator", "an IMF mission": a body's official
              |representatives?|coordinator|commissioner|director|chair(?:woman|person)?|mission
              |chief|rapporteur|administrator)\b))
            # "welcomed Bahrain joining the accords": a state's act, not a guest
            (?!\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+[a-z]+ing\b)
            # "welcomed Turkey's conclusion of ...": a state's act, unless its official follows
            (?!\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?\s+(?!(?:[\w-]+\s+){0,2}
            (?:[Mm]inisters?|[Pp]resident|[Pp]remier|[Ll]eaders?|[Dd]elegation|[Aa]mbassador|[Ee]nvoy
            |[Cc]ounterpart|[Kk]ing|[Pp]rince|[Ee]mir|[Cc]hancellor|[Ss]ecretary|[Hh]ead|[Cc]hief
            |[Ss]peaker|[Oo]fficials?|[Rr]epresentatives?|[Dd]iplomats?)\b))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received",
        MEETING,
        ("receive", "welcome"),
        # "will receive the UN Secretary-General", "is scheduled to receive a delegation": a
        # guest to come, an official or a delegation within a few words (not "to receive aid");
        # "will welcome President X to the palace" likewise
        re.compile(
            # the word first, then what stands before it (a branch opening on a lookbehind is
            # tried at every place of the sentence; both words have seven letters)
            r"""(?:receive|welcome)
            (?:(?<=\bwill\s.{7})|(?<=\bto\s.{7})|(?<=\bwould\s.{7})|(?<=\balso\s.{7}))\s+
            (?=(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:(?!from\b|of\b)[\w.'’-]+\s+){0,4}?
            (?i:delegations?|guests?|head|heads|ministers?|ambassadors?|envoys?|president|premier
              |speaker|chairman|chair(?:woman|person)?|secretary|secretary-general|king|emir|amir
              |sultan|prince|chancellor|counterparts?|leaders?|representatives?|coordinator
              |commissioner|director|director-general|chief|mission)\b
            # "who met A last month, will receive him in P": the guest told before, by a pronoun
            |(?:him|them)\b|her\s+(?:in|at|on|for|next|this|later|during)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received",
        MEETING,
        ("host", "receiving", "hosting", "welcoming"),
        # "will host the Foreign Minister of A", "is receiving the President of A", "looks
        # forward to welcoming the President of A": a guest to come or under way (or told
        # beside another event: "as well as receiving A"), an official within a few words (not
        # "will host the summit of leaders", "is receiving aid")
        re.compile(
            # "host" first, then what stands before it; before the other words, the last letter
            # of the word before them first (one test where none of those words stands)
            r"""(?:host(?:(?<=\bwill\shost)|(?<=\bto\shost)|(?<=\bwould\shost)|(?<=\balso\shost))
            |(?<=[eors]\s)(?:(?<=\bis\s)|(?<=\bare\s)
            # "met A, as well as receiving B", "after receiving B": a guest of the subject's
            |(?<=\bwell\sas\s)|(?<=\bafter\s)|(?<=\bbefore\s)
            # "looks forward to welcoming X to the capital": a guest to come
            |(?<=\bforward\sto\s))(?:receiving|hosting|welcoming))\s+
            (?:(?=(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:(?!from\b|of\b)[\w.'’-]+\s+){0,4}?
            (?i:delegations?|guests?|head|ministers?|ambassadors?|envoys?|president|premier
              |speaker|chairman|chair(?:woman|person)?|secretary|secretary-general|king|emir|amir
              |sultan|prince|chancellor|counterparts?|leaders?|representatives?|commissioner)\b
              (?![\w\s'’-]{0,40}\b(?i:summit|conference|forum|session|meeting|congress|games)))
            # "who met A last month, will host him in P": the guest told before, by a pronoun
            |(?=(?:him|them)\b|her\s+(?:in|at|on|for|next|this|later|during)\b))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.credentials",
        MEETING,
        ("credentials",),
        # "presented his credentials to President X": the envoy received by the head of state;
        # "submitted a copy of his credentials to", "handed over his credentials" say the same,
        # and "accepted the credentials of X" tells it from the host's side
        re.compile(
            r"""\b(?:present(?:ed|ing)|submit(?:ted|ting)|hand(?:ed|ing)\s+over)\s+(?:a\s+)?
            (?:cop(?:y|ies)\s+of\s+)?(?:his|her|their|the)\s+(?:letters?\s+of\s+)?credentials\b
            |\baccept(?:ed|ing)\s+(?:the\s+)?(?:letters?\s+of\s+)?credentials\s+(?:of|from)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received_by",
        MEETING,
        ("received",),
        # "was received on May 18 by President X": the host after "by"
        re.compile(
            # "is due to be received by": a reception to come
            r"""\b(?:was|were|been|be)\s+(?:(?:also|then|later|\w+ly)\s+)?received\b  # "was also"
            (?=[^.;]{0,50}?\bby\s+(?:the\s+)?[A-Z])""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received",
        MEETING,
        ("received",),
        # "received at the Palace of the Nation the Special Representative", "received on July
        # 27 the delegation", "received on Feb. 5 the": a hall or a day between the verb and the
        # guest
        re.compile(
            r"""\breceived\s+(?:(?:in|at)\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,3}
            |on\s+(?:[A-Z][a-z]+day|"""
            + DAY_OF_MONTH_PATTERN
            + r""")|today|yesterday)
            (?=\s+(?:(?:the|a|an)\s+)?(?:(?:new|newly\s+appointed|incoming)\s+)?[A-Z]
            |\s+(?:the|a)\s+delegation\b|\s+the\s+(?:new\s+)?ambassadors\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.met_with",
        MEETING,
        (
            "met",
            "meet",
            "Meet",
            "sat down",
            "sit down together",
            "exchanged views",
            "hosted",
            "audience",
            "convene",
        ),
        re.compile(
            WORD_START
            + r"""(?:\b(?:met|meets?|meeting|meetings|Meetings?(?!\s+(?:Room|Hall|Point)\b))\b
            # "The Group of Seven is to convene today", "the ministers convened in Rome": its
            # members meet (not "convened a meeting", "convene ministers": the object's event;
            # nor "the summit to be convened in", whose event word is its own)
            | (?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)
              (?<!\bwhich\s)(?<!\bwhich\swill\s)(?<!\bwhich\sis\sto\s)(?<!\bwhich\sis\sset\sto\s)
              (?<!\bwhich\sis\sdue\sto\s)(?<!\bwhich\sis\sexpected\sto\s)
              (?<!\bwhich\sis\sscheduled\sto\s)  # "the Council, which is set to convene": its own
              \bconven(?:e|es|ed)\b(?=\s+(?:on|in|at|today|tomorrow|this|next|later|again|for)\b
              |\s*[.,;])
            # "The council will reconvene in P on D": a body's organ meeting again, its next
            # sitting (from the organ: "a conference is due to reconvene" is its own word's)
            | \b(?:[Cc]ouncil|[Bb]oard|[Cc]ommittee)\s+
              (?:(?:will|would|is|are|was|were|due|set|expected|scheduled|to|also)\s+)*
              reconven(?:e|es|ed)\b(?=\s+(?:on|in|at|today|tomorrow|this|next|later|for|here)\b)
            # "sat down with X", "exchanged views with X", "hosted a dinner for X": a meeting
            | \bsat\s+down\s+with\b
            # "agreed to sit down together": the subject's sides meeting each other
            | \bsit\s+down\s+together\b
            # "A and B exchanged views on ...": the sides are the subject (not "exchanged views
            # over the phone": the call, read as such)
            | \bexchanged\s+views\b(?!\s+(?:over|by|on)\s+(?:the\s+)?(?:tele)?phone\b)
            # "the President gave an audience to X", "X was received in audience by Y"
            | \b(?:gave|granted|give|grants?|gives|received\s+in)\s+(?:an\s+)?audience\b
            | \bhosted\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast|reception)
              \s+(?:for|in\s+honou?r\s+of)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.met_with",
        MEETING,
        ("onfer", "tete", "tête"),
        # "A and B conferred on regional issues", "held a tete-a-tete with X"
        re.compile(
            r"""\b[Cc]onfer(?:red|s|ring)?\b(?=\s+(?:on|with|over|about)\b)
            | \b(?:tete-a-tete|tête-à-tête)\b""",
            re.VERBOSE,
        ),
    ),
    (
        # "EC farm ministers failed to agree", "the deal approved by EC foreign ministers": a
        # group's ministers acting together, with no meeting word, tell its session (the
        # extractor keeps it only where the group is a body whose members it knows)
        "meeting.group_ministers",
        CONFERENCE,
        ("ministers",),
        re.compile(_GROUP_MINISTERS_ACT, re.VERBOSE),
    ),
]

# A headline's infinitive right before the trigger: "Zarif to travel to Baku", "Delegation
# to visit Brussels" (a name or an official, then "to"; not "came to visit").
_HEADLINE_TO = re.compile(
    r"""(?<!\bto\s)(?<!\bin\s)(?<!\bat\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bthe\s)  # no place
    (?:\b[A-Z][\w'’.-]*|\b(?:minister|president|premier|delegation|leader|chief|PM|FM)s?)
    \s+to\s+\Z""",
    re.VERBOSE,
)
# A visit still to be paid: "President to pay state visit", "invited her to make an official".
_TO_PAY = re.compile(r"\bto\s+(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+)?\Z")
# An invitation to the visit told right before it: "conveyed the invitation of the Speaker to
# the Speaker to visit", "invited his counterpart to pay a visit" (not "at the invitation of").
INVITED_TO = re.compile(
    r"(?<![Aa]t\sthe\s)\binvit(?:ed|es|ing|ations?)\b[^.;]{0,120}?\bto\s+"
    r"(?:(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+)?)?\Z"
)
# A headline's plan to hold the event: "Ankara to host trilateral meeting", "Leaders to hold
# talks" (a name or plural subject, then "to host"/"to hold" a few words before the trigger).
_HEADLINE_HOST = re.compile(
    r"(?:\b[A-Z][\w'’.-]*|\b[a-z]+s)\s+to\s+(?:host|hold|convene)\s+(?:[\w-]+\s+){0,3}\Z"
)
# Words in the clause before a trigger that make the event planned.
_FUTURE = re.compile(
    r"""\b(?:(?:will|would|shall|(?:is|are|was|were)\s+(?:also\s+)?to|to\s+be\s+held|scheduled
    |slated|plans?\s+to|planned|planning\s+(?:to|for)|expected\s+to|set\s+to|going\s+to|upcoming|forthcoming
    |next(?!\s+(?:day|steps?)\b)|ahead\s+of|in\s+advance\s+of|invited|asked|prepar\w+\s+to|intends?\s+to|intention\s+to|invitations?\s+(?:for\s+\w+\s+)?to|tomorrow
    |look(?:s|ed|ing)?\s+forward\s+to  # "he said he looked forward to": still to come
    |hoping\s+to|hopes?\s+to|this\s+weekend  # "this weekend": to come
    |expect(?:s|ing)?|await(?:s|ing)?  # "we expect a return visit": one to come
    |preparations?\s+for)\b
    | (?:agreed|decided)\s+to\s+(?!(?:a|an|the|its|their|his|her|this|that)\s)  # not "to a plan"
    | due\s+to\s+(?:be|hold|meet|speak|visit|begin|start|arrive|travel|attend|take|open|resume
      |leave|return|fly|head|depart)\b  # "is due to return home on Sunday before travelling to"
    # "is due to" before any verb tells a plan ("is due to lead a delegation", "is due to see
    # X"), not a cause: no article, possessive, "-ing"/"-ed" word or plural noun follows
    | (?:is|are)\s+(?:also\s+)?due\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these
      |those|some|other|lack|bad|poor|high|low|heavy|weather|security|health|technical|logistical
      |political|financial|economic|increased|rising|growing)\b)(?![a-z]*(?:ing|ed)\b)(?![a-z]*[a-rt-z]s\b)[a-z]+\b
    # "preparations are under way for the visit", "are preparing for the summit": one to come
    # ("preparations are also under way for a summit": an adverb may stand before the state)
    | preparations?\s+(?:(?:are|is)\s+)?(?:(?:also|now|already|well)\s+)?
      (?:under\s*way|being\s+made|continue|in\s+full\s+swing)\s+for\b | prepar(?:ing|es)\s+for\b
    | (?:leaves|departs|heads|flies|sets\s+(?:off|out)|embarks)\s+
      (?:(?:[a-z]+day|today|tomorrow)\s+)?(?:on|for|to)\b  # "sets out Wednesday on a visit"
    | travels\s+(?:to|for)\b  # "travels to P on Friday" (not "travels on to": a tour's stop)
    # a trip under way to the event: "is heading to P for the summit", "is due in P for talks"
    | (?:is|are)\s+(?:now\s+)?(?:heading|headed|on\s+(?:his|her|their|its)\s+way)\s+(?:to|for)\b
    | (?:is|are)\s+due\s+(?:in|at|back\s+in)\b
    | to\s+(?:renew|resume|restart|reopen)\b   # "to resume talks": not yet held
    | importance\s+of\s+(?:holding|convening|organi[sz]ing)\b  # "the importance of holding"
    | (?:deal|decision|move)\s+to\s+(?:open|start|begin|launch)\b  # "the deal to open talks"
    | commit(?:ted|s)?\s+to\s+(?:launch|convene|hold|resume|establish)\b  # a commitment
    # a directive to a body to sit, an aside between ("directed the council, which last met in
    # May, to meet again"): its sitting is to come
    | (?:directed|instructed|tasked|mandated)\b[^.;]{1,160}?\bto\s+(?:meet|convene|reconvene)\b
    | (?:plans?|agreed|decided|intends?|efforts?)\b(?:\s+\S+){0,6}?\s+to\s+(?:resume|hold|begin
      |start|restart|convene)\b                # "plans by the UN chief to resume talks"
    # "an understanding the envoys reached to meet again": a sitting agreed, to come
    | (?:understanding|consensus)\b(?:\s+\S+){0,6}?\s+to\s+(?:meet|hold|convene|reconvene
      |resume)\b
    )                                        # (every one above opens a word: one test)
    |['’]ll\b                               # ("'ll" opens none: no other is tried there)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The event denied after it, in its own sentence: "if the two leaders manage to meet later
# this year, but no such meeting has been arranged", "could meet next month, but no meeting
# was scheduled": only imagined.
# (Also when the denial is reported or its plan unconfirmed: "but his office said no visit to
# P was being prepared", "though that trip had not yet been confirmed", "but neither side has
# confirmed it".)
DENIED_AFTER = re.compile(
    r"""[^.;]{0,160}?\bbut\s+no\s+(?:such\s+)?(?:[a-z-]+\s+)?(?:meeting|talks|visit|summit|trip
    |session|encounter|gathering)s?\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:yet\s+)?
    (?:been\s+)?(?:arranged|scheduled|planned|proposed|agreed|set|fixed|announced|confirmed)\b
    |[^.;]{0,200}?\b(?:but|though|although)\s+(?:[\w'’-]+\s+){0,6}?(?:said\s+(?:that\s+)?)?
    (?:no\s+(?:such\s+)?(?:[a-z-]+\s+)?(?:meeting|talks|visit|summit|trip|session)s?\s+
    (?:has|had|have|was|were|is|are)\s+(?:yet\s+)?(?:been|being)\s+(?:arranged|scheduled
    |planned|prepared|fixed|set|confirmed)
    |(?:the|such|this|that|any)\s+(?:meeting|talks|visit|summit|trip|plans?)\s+(?:has|had|have
    |was|were|is|are)\s+not\s+(?:yet\s+)?been\s+(?:confirmed|arranged|scheduled|fixed|set)
    |neither\s+(?:side|government|capital|party)\s+(?:has\s+|had\s+)?confirmed)\b
    # "a visit was discussed, but no dates have been fixed", "could be convened, though no
    # date has been set": an event only talked of, with no sitting set, is only imagined (an
    # announced one stays a plan: "would meet again next year, but no date had been fixed")
    |[^.;]{0,160}?\b(?:discussed|mooted|suggested|considered|floated|talked\s+about|could
    |might)\b[^.;]{0,120}?\b(?:but|though|although)\s+(?:[\w'’-]+\s+){0,6}?
    (?:said\s+(?:that\s+)?)?(?:no\s+(?:new\s+|firm\s+|fixed\s+)?dates?|none)\s+(?:has|had|have
    |was|were|is|are)\s+(?:yet\s+)?(?:been|being)\s+(?:set|fixed|agreed|scheduled|announced
    |arranged|planned)\b
    # "a new round of talks between A and B was not ruled out": only not excluded, no plan
    |(?:\s+(?:between|of|with|by|to|in)\b[^,.;]{0,80}?)?\s+(?:(?:was|were|is|are)\s+not\s+
    (?:being\s+)?|(?:has|have|had)\s+not\s+been\s+)ruled\s+out\b
    # its time and place said unknown: "waiting for a summit, yet no one knows when or where
    # it would be", "but nobody can say where or when": only imagined
    |[^.;]{0,120}?\b(?:but|yet|though)\s+(?:nobody|no\s+one|no-one)\s+(?:(?:can|could)\s+
    (?:(?:tell|say)\s+(?:(?:you|us|me)\s+)?)?|knows?\s+|knew\s+)(?:when\s+or\s+where
    |where\s+or\s+when)\b""",
    re.VERBOSE,
)
# A possible event that the sentence's sources then leave unconfirmed: "there was speculation
# that X might stop in P for talks, but embassy officials would not confirm it", "a meeting
# could be called in C, but ... officials declined to comment", "..., but neither government
# would comment": only speculated.
_UNCONFIRMED_AFTER = re.compile(
    r"""[^.;]{0,200}?\b(?P<but>but)\s+(?:[\w'’-]+\s+){0,10}?(?:(?:would|could|did)\s+not|wouldn['’]t|declined\s+to
    |refused\s+to|neither\s+[\w-]+\s+would)\s+(?:confirm|comment)\b""",
    re.VERBOSE,
)
_HEDGE_WORDS = re.compile(r"\b(?:speculat\w*|could|might|possib\w*|rumou?r\w*)\b")


# A report of the event its own sentence then leaves unconfirmed: "Reports that the minister
# would travel to P for talks could not be confirmed" (the report opens the sentence).
_REPORT_THAT = re.compile(
    r"\b(?:[Rr]eports?|[Rr]umou?rs?|[Ss]peculation|[Ss]uggestions?)\s+(?:[\w'’-]+\s+){0,4}?that\b"
)
_NOT_CONFIRMED_AFTER = re.compile(
    r"""[^.;]{0,200}?\b(?:could|can|has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?
    (?:be\s+|been\s+)?(?:confirmed|verified)\b""",
    re.VERBOSE,
)


def left_unconfirmed(text: str, b: int, lo: int, hi: int) -> bool:
    """Whether an event hedged in its sentence is then left unconfirmed by its sources.

    >>> text = "X might stop in P for talks, but officials would not confirm it."
    >>> left_unconfirmed(text, text.index("talks") + 5, 0, len(text))
    True
    >>> text = "X met Y in P on Monday, but officials declined to comment."
    >>> left_unconfirmed(text, 5, 0, len(text))
    False
    """
    if "confirm" not in text[b:hi] and "comment" not in text[b:hi]:
        return False
    if (
        _REPORT_THAT.search(text, lo, b) is not None
        and _NOT_CONFIRMED_AFTER.match(text, b, hi) is not None
    ):
        return True  # the event is a report's, and the report is left unconfirmed
    unconfirmed = _UNCONFIRMED_AFTER.match(text, b, hi)
    return unconfirmed is not None and (
        _HEDGE_WORDS.search(text, lo, unconfirmed.start("but")) is not None
    )


# "meet" in the sense of satisfying what is owed or asked: "met the demand", "to meet supply
# contracts", "to meet the Italian partner's quality requirements", "meet the new standards"
# (a possessive, then up to two words of its own, may name whose).
MEET_DEMAND = re.compile(
    r"""\s+(?:(?:the|its|their|our|his|her|this|these|all|a|an)\s+)?
    (?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?
    (?:demands?|needs?|requirements?|criteria|standards|targets?|deadlines?|obligations|quotas?
    |contracts|commitments|expectations
    # "for meeting the Alliance's defense investment pledge", "a chance to meet a living
    # tradition": a thing met, no person
    |pledges?|traditions?|goals?|challenges?)\b
    # "a meeting point for film-makers": a place named by the word, no encounter
    | [\s-](?:point|place|ground)s?\b""",
    re.VERBOSE,
)
# The meeting only asked about or not excluded: "declined to say whether X would also hold
# separate talks", "asked whether he would use a stopover to meet", "had not ruled out meeting
# X" (no event told; not "whether ... would decide at the summit", the venue of another act).
OPEN_QUESTION = re.compile(
    # (the subject may be a group's ministers: "whether Group of Seven finance ministers would")
    r"""\bwhether\s+(?:[\w'’.-]+\s+){1,6}?(?:would|will|could|might|should|was\s+to|is\s+to)\s+
    (?:(?!(?:at|during|after|before|since)\b)[\w'’-]+\s+){0,8}?\Z
    | \bnot\s+(?:yet\s+)?rul(?:ed|e|ing)\s+out\s+(?:(?:a|an|any|the|further|new)\s+)?\Z""",
    re.VERBOSE,
)
# The event's own predicate a modal, its partner or its sides between: "talks with A could
# begin", "a summit between A and B could follow" (not "talks between A and B that may ...":
# a modal of another clause).
MAY_AFTER = re.compile(
    r"""(?:\s+with\s+[A-Z][\w-]*
    |\s+between\s+(?:(?!(?:that|which|who|whom|whose|as|when|while|after|before)\b)[^.;,:]){1,70}?
    # "a meeting of the leaders of A and B could be convened": the event's own passive only,
    # as after an "of" phrase a modal often governs what its members may do
    |\s+of\s+(?:(?!(?:that|which|who|whom|whose|as|when|while|after|before)\b)[^.;,:]){1,80}?
    (?=\s+(?:could|might|may)\s+(?:(?:also|yet|still)\s+)?(?:be\s+(?:held|convened|called
    |organi[sz]ed|arranged|staged)|take\s+place)\b))?
    \s+(?:could|might|may)\b""",
    re.VERBOSE,
)
# Speculation told as talk of the event: "there has been talk in P of a first joint summit",
# "there is talk of a meeting": only imagined.
TALK_OF = re.compile(
    r"""\bthere\s+(?:is|was|has\s+been|had\s+been)\s+(?:some\s+|much\s+|renewed\s+|also\s+)?
    talk\s+(?:in\s+[A-Z][\w-]*\s+)?(?:of|about)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# The event ruled out after it, in its own sentence: "a summit between the two leaders was
# unlikely before the end of the year" (the event the subject of "unlikely"), "would not rule
# out a trip to T before the summer, but said nothing had been arranged", "could meet, but
# officials say nothing is being prepared": only imagined. The copula may be left out where
# the event is the object of a verb of judging: "made an early summit between the two
# countries' leaders unlikely", "deemed talks improbable".
RULED_OUT_AFTER = re.compile(
    r"""(?:\s+(?:between|of|with|by|to|in)\b[^,.;]{0,60}?)?\s+(?:(?:was|is|were|are|seemed|seems
    |looked|looks|appeared|appears|remained|remains)\s+)?(?:still\s+|highly\s+|very\s+
    |increasingly\s+)?(?:unlikely|improbable)\b
    |[^.;]{0,160}?\bbut\s+(?:[\w-]+\s+){0,4}?nothing\s+(?:has|had|have|was|were|is|are)\s+
    (?:yet\s+)?(?:been|being)\s+(?:arranged|scheduled|planned|prepared|agreed|set|fixed
    |organi[sz]ed|decided)\b(?!\s+(?:on|about|over|regarding|concerning)\b)""",
    re.VERBOSE,
)
# A modal governing the meeting verb whose object is the trigger, however many words describe
# it: "could hold their first face-to-face talks", "might hold a fresh round of talks": only
# speculated about.
MODAL_HOLD_BEFORE = re.compile(
    r"""\b(?:could|might|(?-i:may))\s+(?:\w+\s+)?(?:hold|have)\s+(?:(?!(?:held|had|been|met)\b)[\w-]+\s+){1,5}\Z""",
    re.IGNORECASE,
)
# The event as what someone denies being prepared: "denied press reports that OPEC was
# preparing an emergency meeting", "dismissed suggestions that the two would hold talks".
# Or denies took place: "denied that A and B had met", "denied that the President of A had
# visited B", "denied that they had held talks" (the subject may be two officials in full).
DENIED_PLAN = re.compile(
    r"""# (a denial negated is none: "did not deny that they met" tells the meeting)
    (?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bnor\s)
    \b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|rejected)\s+[^.;]{0,40}?
    # "saying" only as a report's words ("a report saying"): "denied reports of a rift, saying
    # the two would hold talks" gives the denial's reason, which keeps the talks
    (?:\bthat|\b(?:reports?|rumou?rs?|claims?|stor(?:y|ies)|articles?)\s+saying)\s+
    # (no new clause between: "denied X, and said the two would hold talks" keeps them)
    (?:(?:(?!,\s*(?:and|but)\b|\b(?:but|said|says|added|announced)\b)[^.;]){0,60}?
      \b(?:preparing|planning|arranging|organi[sz]ing|calling|convening
      |(?:would|will|to)\s+(?:hold|call|convene|meet))\s+(?:for\s+)?(?:(?:a|an|the|new|fresh)\s+)?
      (?:[\w-]+\s+){0,2}
    |[^.;]{0,120}?\bhad\s+(?:ever\s+|already\s+)?(?:(?:held|had|paid|made)\s+(?:(?:a|an|any)\s+)?
      (?:[\w-]+\s+){0,2})?)\Z""",
    re.VERBOSE,
)
# A trip or talks denied, the denied clause's own verb the event's: "denied reports that the
# President would travel to P", "dismissed claims that the minister was to visit B", "denied
# that X planned to meet Y" (the trip denied is no plan). Only a report or "that" right after
# the denial, and no new clause between: "denied reports of a rift, saying the President
# would travel to P" and "denied that ties had cooled, and said X would visit B" keep the trip.
DENIED_TRIP = re.compile(
    r"""# (a denial negated is none: "did not deny that they met" tells the meeting)
    (?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bnor\s)
    \b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|rejected)\s+
    # (the report's own words may follow it: "denied reports in the local press that")
    (?:(?:[\w'’-]+\s+){0,3}?(?:reports?|rumou?rs?|claims?|suggestions?|speculation)\s+
      (?:[\w'’-]+\s+){0,4}?)?that\s+
    (?:(?!,\s*(?:and|but)\b|\b(?:but|said|says|added|announced|saying)\b)[^.;]){0,120}?
    \b(?:would|will|was\s+to|were\s+to|is\s+to|are\s+to
      |(?:planned|plans|planning|intended|intends)\s+to)\s+(?:(?:soon|also|shortly)\s+)?\Z""",
    re.VERBOSE,
)
# No plan for the event, however long its sides: "there are no plans for the A and B leaders to
# meet", "has no immediate plans to hold talks with B".
NO_PLANS_FOR = re.compile(
    r"""\bno\s+(?:immediate\s+|current\s+|firm\s+)?plans?\s+(?:for\s+[^.;]{1,100}?\s+)?to\s+
    (?:[a-z]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A meeting with a party not yet known: "at his first meeting with whichever candidate won",
# "will meet whoever wins the run-off": only imagined.
WITH_WHOEVER = re.compile(r"\s+(?:with\s+)?(?:whichever|whoever|whomever)\b")
# A home organ as the subject of "last met": "The bank's board last met in March", "the
# cabinet last met" (a sitting of no sides of the story's events).
ORGAN_LAST_MET = re.compile(
    r"""\b(?:board|cabinet|parliament|senate|congress|government
    |bank(?:'s|’s)\s+(?:[\w-]+\s+)?(?:council|committee))\s+(?:had\s+|has\s+)?last\s+\Z""",
    re.VERBOSE,
)
# Hedges that make the talks only proposed or speculated about: not a meeting.
SPECULATIVE = re.compile(
    r"""\b(?:could|might|(?-i:may)(?!\s+\d)|possible|possibly|possibility|probably|proposed?|proposal|calls?\s+for
    |considering|mulling|weighing|urging|urges|urge
    # "agreed to press for an early meeting of X ministers": the meeting only asked for
    |press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for
    |called\s+for|hopes?|hoped|ready\s+for|no\s+plans?|until|unless|if|whether|refused
    # "failed to meet", "failed to hold talks": none took place (not "failed to agree on X
    # after three days of talks", whose talks did): right before the event's word or verb
    |fail(?:s|ed)?\s+to(?=\s*\Z|\s+(?:hold|have|pay|make|convene)\s+(?:[\w-]+\s+){0,3}\Z)
    |rejected|urged|request|requested|seek|seeks|seeking|sought|happy\s+to|willing\s+to
    |ready\s+to|should|must|wants?\s+to|wanted\s+to|needs?\s+to|needed\s+to|trying\s+to|attempting\s+to)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The host of talks told in a relative clause after them, past their sides: "the talks
# between the two parties that A hosted in P last week", "talks, hosted by A in P": the host
# takes part, as a summit's host does, and the clause's rest holds the place.
TALKS_HOSTED = re.compile(
    rf"""(?:\s+(?:between|among)\s+[^,.;]{{1,80}}?)?
    (?:,?\s+(?:which|that)\s+(?P<host>(?:[A-Z][\w.'’-]*{NAME_GAP}){{0,2}}?[A-Z][\w.'’-]*)
      \s+(?:had\s+|has\s+)?(?:co-)?hosted
    |,\s+(?:co-)?hosted\s+by\s+
      (?P<by>(?:the\s+)?(?:[A-Z][\w.'’-]*{NAME_GAP}){{0,2}}?[A-Z][\w.'’-]*))\b
    (?P<rest>[^.;,]*)""",
    re.VERBOSE,
)

# The host of a gathering named after it as a plan: "the meeting of X that Peru will host".
HOST_AFTER = re.compile(
    # (the clause is the named gathering's own: none named between, as in "spoke by phone to
    # prepare for the summit that A will host", where the host is the summit's, not the call's)
    rf"""(?:(?!\b(?:summit|conference|forum|meeting|session)s?\b)[^.;]){{0,80}}?
    # (a host named in full reads as one named short: "that the Republic of India will host")
    \b(?:that|which)\s+(?P<host>(?:the\s+)?(?:[A-Z][\w'’-]*{NAME_GAP}){{0,2}}[A-Z][\w-]*)
    (?:,\s+as\s+[^,.;]{{1,40}},)?\s+  # "which A, as the current chair, will host"
    (?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+scheduled\s+to)\s+(?:co-)?host\b
    # "that the United States will host", "which A will co-host with B": the co-host too
    (?:\s+with\s+(?P<cohost>
      (?:(?:,\s+|,?\s+and\s+)?(?:the\s+)?(?:[A-Z][\w-]*{NAME_GAP}){{0,2}}[A-Z][\w-]*)+))?""",
    re.VERBOSE,
)
# (before _LATER_THIS)
_LATER_WORDS = re.compile(
    r"later|next|take\s+place|be\s+(?:held|made|paid)|to\s+convene\b"
    r"|(?:which|that)\s+(?:opens|begins|starts|convenes)"
)
# A time to come after the trigger: "his visit to Lima later this week".
_LATER_THIS = re.compile(
    r"""[^.;,]{0,40}?\blater\s+(?:this|in\s+the)\s+(?:week|month|year)\b
    # "talks with B early next month", "who meet in P next month": the event's partner or
    # place, then its time to come told by "next" (not "next month's summit", nor a second
    # act's time: "met in P and agreed to meet again next month")
    |(?:(?!\s(?:and|but|or)\s|\sto\s+(?!the\b)[a-z])[^.;,]){0,40}?\b(?:in|to|with|at)\s+[A-Z]
    (?:(?!\s(?:and|but|or)\s|\sto\s+(?!the\b)[a-z])[^.;,]){0,40}?
    \b(?:early\s+|late\s+)?next\s+(?:week|month|year)\b(?![\'’])
    # "a visit to A by B's minister will take place": the event's own predicate, however far
    # (the sides may be long: "talks between a delegation led by ... and ... are to be held")
    |[^.;,]{0,200}?\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|scheduled|due|set
    |planned)\s+to)\s+(?:also\s+)?(?:take\s+place|be\s+held|be\s+made|be\s+paid)\b
    # "the 8th session of the A-B Council (ABC), scheduled to be held in Lima": its own plan
    |[^.;,]{0,120}?,\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:scheduled|planned|due|set|expected)
    \s+to\s+(?:be\s+held|take\s+place|convene|open)\b
    # "the annual session of the commission, which opens tomorrow": its own time to come (or
    # "on the 25th of November")
    |[^.;,]{0,120}?,\s+(?:which|that)\s+(?:opens|begins|starts|convenes)\s+
    (?:(?:in|at)\s+[A-Z][\w-]*\s+)?(?:tomorrow|next\b|later\b|on\s+(?:[A-Z]|\d|"""
    + DAY_OF_MONTH_PATTERN
    + r"""))""",
    re.VERBOSE,
)
# "the meeting will take place in London": the tense follows the trigger.
# A format's past told between commas after its name and sides, before the verb of the sitting
# to come: its idle spell ("talks between A and B, suspended since 2019, would open", "the
# committee, dormant for two years, would reconvene"), its last sitting ("the commission,
# which last met in 1980, is to resume its work", ", last held in P in 2021,"), its making
# (", set up in 2015,") or its putting off (", which had been postponed in March,"). The
# aside's tense and time are its own clause's, not the sitting's.
_PAST_ASIDE = r"""(?:\s+(?:[\w-]+|[A-Z]\.(?:[A-Z]\.)+)){0,6}?,\s+(?P<aside>
    (?:(?:which|that)\s+)?(?:(?:has|have|had)\s+not\s+(?:met|convened|been\s+held)
    |(?:(?:was|were|had)\s+)?last\s+(?:met|convened|held|sat)
    |(?:(?:which|that)\s+(?:has|have|had)\s+been\s+)?(?:dormant|idle|inactive|suspended|frozen
      |stalled|halted|deadlocked|interrupted|broken\s+off|on\s+hold)
    |(?:(?:which|that)\s+(?:was|were)\s+)?(?:set\s+up|established|created|launched|founded)
    # its putting off, told with the time it happened, not the new one ("postponed to May")
    |(?P<put_off>(?:(?:which|that)\s+(?:(?:has|have|had)\s+been|was|were)\s+)?(?:postponed
      |put\s+off|delayed|deferred|pushed\s+back)(?!\s+(?:again\s+)?(?:until|till|to|for)\b)))\b
    [^,.;]{0,60}),"""
PAST_ASIDE = re.compile(_PAST_ASIDE, re.VERBOSE)
# An aside that puts the event off after a longer name than ``PAST_ASIDE`` reads ("a meeting
# between the A and B foreign ministers, postponed twice last year, was held on Monday"): the
# time it was put off is that of its putting off, never the event's own.
PUT_OFF_ASIDE = re.compile(
    r"""(?:\s+(?:[\w'’-]+|[A-Z]\.(?:[A-Z]\.)+)){0,12}?,\s+(?P<aside>(?P<put_off>
    (?:(?:which|that)\s+(?:(?:has|have|had)\s+been|was|were)\s+)?(?:postponed|put\s+off|delayed
    |deferred|pushed\s+back)(?!\s+(?:again\s+)?(?:until|till|to|for)\b))\b[^,.;]{0,60}),""",
    re.VERBOSE,
)
# The rest of an "ahead of" phrase, closed by its comma before the trigger's own clause.
_CLOSED_AHEAD = re.compile(r"[^,;:]{1,80},\s+\S")
_FUTURE_AFTER = re.compile(
    # a format's past told between, in commas (``PAST_ASIDE``): a sitting to come
    r"(?x:" + _PAST_ASIDE + r")?"
    # (", whose next session will take place": the session of the format named)
    r"\s*(?:,\s*(?:which|that|whose)\s+)?"
    # ("the X Dialogue, co-chaired by A and B, will take place in P": its chairs between)
    r"(?:,\s+(?:co-chaired|chaired|led|hosted)\s+by\s+[^,.;]{1,120},\s+)?(?:[\w-]+\s+){0,3}?"
    # the body's own members first: "a joint committee of Chile and the EU is expected to meet"
    # (a state's dotted short name is one word: "talks between U.S. and Japanese officials")
    r"(?:(?:of|between)\s+(?:(?:(?:[A-Z]\.){2,}|[\w'’-]+)\s+){1,5}?)?"
    # an adverb may stand in the plan's verb: "a summit between A and B is also due to be held"
    r"(?:will|(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:to|scheduled|due|expected|planned)"
    # "said the meeting would be held in Baku", "agreed that the session would be convened":
    # a plan told in reported speech
    r"|would\s+(?:be\s+(?:held|convened)|take\s+place|convene|reconvene|meet|resume|begin|start"
    # "a source said talks would proceed on Friday": the same plan, told of talks
    r"|proceed|go\s+ahead|open|continue))\b"
    # "the talks will fail": an outcome of talks under way, not a plan to hold them
    r"(?!\s+(?:(?:not|probably|likely|only|also)\s+)*(?:fail|succeed|collapse|break\s+down"
    r"|founder|stall|produce|yield|bring|lead|end\s+in|result)\b)"
)
# A sitting named by its body's full name, its holding to come told only after it: "the third
# meeting of the A-B intergovernmental commission on economic, trade and technical cooperation
# would be held in P", "the first meeting of the A-B Summit, established under the declaration,
# will be held", "the meeting of the A-B Coordinating Committee to be held in W" (the name's
# words hold no verb of their own: no lower-case word in "-ed", no clause word, no "to").
# The plan may follow the name after a comma ("welcomed the sixth A-B Dialogue, to be convened
# in P in the autumn"): the sitting's own infinitive tells it to come, whatever verb names it.
_NAME_THEN_TO_COME = re.compile(
    r"""(?:\s+(?!(?:and|but|while|as|after|when|which|that|who|where|to|with|by|at|in)\b)
      (?![a-z][\w-]*ed\b)[\w'’.–-]+){0,12}?
    (?:\s+on\s+[a-z][\w-]*(?:,?\s+(?:and\s+)?[a-z][\w-]*){0,6})?   # its topics, commas between
    (?:,\s+(?:established|set\s+up|created|founded|launched)\s+[^,.;]{1,120},)?  # how it was made
    (?:\s+(?:will|would|is\s+to|are\s+to|to)|,\s+to)
    \s+(?:be\s+(?:held|convened)|take\s+place|convene)\b""",
    re.VERBOSE,
)
# The event as the subject of a plan in the making, however long its sides: "a meeting between
# A's minister and B's president is being planned", "a visit by A to B is now being arranged".
_BEING_PLANNED = re.compile(
    r"""(?:[^.;,]|(?<=[A-Z])\.){0,140}?\b(?:is|are)\s+(?:now\s+|also\s+|already\s+)?being\s+
    (?:planned|prepared|arranged|organi[sz]ed|worked\s+out)\b""",
    re.VERBOSE,
)
# Talks named with their partners or their forum as the subject of a plan of what they will
# cover: "the discussions with the Deputy Foreign Minister and other officials will focus on
# aid", "talks within the A+B format will address security".
# (and "X's meeting, phone call or visit to B is expected to cover": the event as a noun)
_TALKS_NOUN_END = re.compile(r"(?:alks|ussions?|eeting|call|onversation|visit)(?:\s+with)?\Z")
_TALKS_PARTNER = re.compile(r"\s+(?:with|within|among|between|in\s+the\s+framework\s+of|to)\b")
_WITH_THEN_AGENDA = re.compile(
    r"""(?:\s+(?:with|within|among|between|in\s+the\s+framework\s+of|to))?\s+
    (?:[\w.'’+-]+,?\s+){1,12}?(?:will|would|(?:is|are)\s+(?:expected|due|set)\s+to)\s+
    (?:also\s+)?(?:focus|cent(?:er|re)|concentrate|cover|deal|address|touch|review)\b""",
    re.VERBOSE,
)
# An event opening the sentence after "During", its sides named, the main clause to come:
# "During the meeting between A and B in P, the sides will discuss ...": it is to come too.
_DURING_OPENING = re.compile(
    r"(?:\A|[-—]\s)\s*During\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}\Z"
)
_MAIN_CLAUSE_TO_COME = re.compile(
    # (the opening names its sides: "During the visit, X will hold talks" is the visit told)
    r"""\s+(?:between|of|with|to)\s[^,;.]{0,160}?,  # the opening's sides, its end
    \s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?  # the main clause's subject
    (?:will|are\s+to|is\s+to|are\s+(?:expected|due|set)\s+to)\s  # its verb to come""",
    re.VERBOSE,
)
# A second predicate of the subject, joined by "and" after the trigger's own time: "held its
# first meeting in May and is expected to meet again in June" (the plan is the other meeting).
_AND_THEN_FUTURE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?and\s+(?:will|is\s+to|are\s+to|is\s+(?:scheduled|due|expected|planned)"
    r"|are\s+(?:scheduled|due|expected|planned))\b"
)
# The event's start told in the present with a time to come: "the talks begin in Lima next
# week", "the summit opens tomorrow".
_STARTS_LATER = re.compile(
    r"""\s*(?:[\w'’-]+\s+){0,8}?(?:begins?|opens?|starts?|convenes?|resumes?)\s+
    (?:[\w,'’-]+\s+){0,4}?(?:next|tomorrow)\b""",
    re.VERBOSE,
)
_NEXT_WORDS = re.compile(r"\b(?:next|tomorrow)\b")  # cheap test before _STARTS_LATER
# The event's start told in the present with a weekday: "the annual meetings open in P on
# Saturday", "the talks resume on Monday" (a schedule, not a report: that is "opened").
_STARTS_ON_DAY = re.compile(
    r"""\s*(?:[\w'’-]+\s+){0,8}?(?:begins?|opens?|starts?|convenes?|resumes?)\s+
    (?:[\w,'’-]+\s+){0,4}?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b""",
    re.VERBOSE,
)
# ... or with a day of the month: "A session of the X Council opens on March 23 in P" (a
# schedule: the present tells no start already made, which is "opened").
_STARTS_ON_DATE = re.compile(
    r"""\s*(?:[\w'’-]+\s+){0,8}?(?:begins?|opens?|starts?|convenes?|resumes?)\s+
    (?:[\w,'’-]+\s+){0,4}?on\s+(?:January|February|March|April|May|June|July|August
    |September|October|November|December)\s+\d{1,2}\b""",
    re.VERBOSE,
)
# The start of talks told as due, after what they are on: "Talks on a new A-B fisheries deal
# are set to start in June".
_DUE_TO_BEGIN = re.compile(
    r"""(?:[^.;,]|(?<=[A-Z])\.){0,80}?\b(?:are|is)\s+(?:due|set|scheduled|expected|planned)\s+to\s+
    (?:begin|start|open|resume|take\s+place)\b""",
    re.VERBOSE,
)
# An act to come timed by the event: "X might step down after the summit", "will decide after
# the talks" (a modal, then "after" the event, not "after current talks").
_ACT_AFTER_EVENT = re.compile(
    r"""\b(?:might|may|could|would|will)\s+(?:[a-z]+\s+){1,4}after\s+(?:the\s+)?
    (?!(?:current|ongoing|recent|last|past|previous|earlier|[\w-]+['’]s)\b)(?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# The hedges that govern only a verb right after them: "could meet" is hedged, "could decide at
# the summit" hedges the decision, not the summit (meetings/_filters).
MODALS = frozenset(
    {"could", "might", "may", "possibly", "probably", "if", "whether", "until", "should", "must"}
)
# Talks an act may bring about, the talks its object: "the pact could pave the way for new global
# talks", "the truce might open the door to negotiations", "would lead to talks between" (a
# modal: only foreseen; "paved the way for talks" tells no more than the act).
MAY_LEAD_TO = re.compile(
    r"""\b(?:(?:could|would|might|should)\s+(?:[^.;]{0,160}?\band\s+)?  # "could end curbs and pave"
    (?:(?:also|eventually|even|well|soon)\s+)?(?:pave\s+the\s+way|open\s+(?:the|a)\s+(?:door|way)|lead|clear\s+the\s+way)
    # "..., possibly paving the way for a visit": the adverb hedges as the modal does
    |(?:possibly|perhaps|potentially)\s+(?:paving\s+the\s+way|opening\s+(?:the|a)\s+(?:door|way)|leading|clearing\s+the\s+way))
    \s+(?:for|to)\s+
    (?:(?:a|an|the|new|first|fresh|further|direct|formal|global|wider|broader|peace|trade|bilateral)\s+)*\Z""",
    re.VERBOSE,
)
# Gatherings that are not meetings between states.
NOT_A_MEETING = re.compile(
    r"""\b(?:                                    # (every one opens a word: one test, first)
    (?:news|press)\s+(?:conference|briefing)s?\b|conference\s+calls?\b
    |(?:cabinet|board|shareholders?|annual\s+general|party|(?<!inter-)(?<!inter)parliamentary
    |stakeholders?|analysts?
    |investors?|staff|business|businessmen['’]?s?|commerce|media|medtech|innovators?|industry
    |trade\s+union|scientists?|scientific(?:\s+and\s+practical|-practical)?|academic|research
    |students?|medical
    |university)\s+(?:meeting|session|congress|conference|seminar|forum|summit|expo)s?\b
    # "at a meeting of the Cabinet of Ministers", "a session of the new cabinet": a government's own
    |(?:meeting|session|sitting)s?\s+of\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?cabinet\b
    |(?:cabinet|board|parliament|party|committee)\b[^.;]{0,80}?\b(?:when|as|after)\s+it
    \s+(?:meets|met)\b                           # "the cabinet ... when it meets" is domestic
    |(?:match|tournament|championship|festival|concert|exhibition|fair)\b
    # a series of visits, no one event: "several high-level visits", "the exchange of visits"
    |(?:several|numerous|many|mutual|regular|frequent|reciprocal|a\s+number\s+of)\s+
    (?:[\w-]+\s+){0,2}visits\b|exchanges?\s+of\s+visits\b|visits\s+exchanged\b
    # meetings to come as a series, no one event: "talked over upcoming meetings within the
    # chairmanship", "the schedule of forthcoming meetings at various levels" (not "the upcoming
    # meetings of the council", whose body names them, nor "forthcoming meetings -- the
    # summit in A and ...", which lists them)
    |(?<!\bthe\s)(?<!\btwo\s)(?:upcoming|forthcoming|future)\s+(?:[\w-]+\s+){0,2}?meetings\b
    (?!\s+(?:of|between|with)\b|\s*(?:-|—|–|:|\(|,\s+(?:the|including|namely|such|in|on)\b))
    # a mountain's top: "climbers reached the summit", "the summit of Mount X"
    |(?:reach(?:ed|es|ing)?|climb(?:ed|s|ing)?|conquer(?:ed|s|ing)?|scal(?:ed|es|ing))\s+
    (?:the\s+)?(?:[\w-]+\s+)?summit\b|summit\s+of\s+(?:mount|mt\.?)\s
    # "a meeting of the A-B business council": a body of firms
    |(?:(?:meeting|session)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3})?business\s+councils?\b
    # a speech venue: "told a conference devoted to ...", "told a meeting of businessmen"
    |told\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}(?:conference|forum|meeting|seminar|gathering)s?\b
    |(?:general\s+assembly|summit|conference|council|session)\s+(?:resolutions?|decisions?)\b
    |(?:been|be|being)\s+met\b                  # "demand has been met"
    |(?:meet|meets|meeting|met)\s+(?:(?:the|its|their|his|her|our|these|all|any)\s+)?(?:[\w.'’-]+\s+){0,2}(?:demand|demands|complaints|requirements?
    |needs|expectations?|targets?|deadlines?|standards?|criteria|obligations|goals?|costs?|evil
    |reception|response|resistance|criticism|opposition|scepticism|skepticism|applause|derision
    |challenges?|conditions|commitments|payments?)\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# Lower-case words one of which every match of NOT_A_MEETING holds ...
NOT_A_MEETING_WORDS = (
    "met", "meet", "conference", "briefing", "session", "congress", "seminar", "forum", "summit",
    "assembly", "council",
    "expo", "match", "tournament", "championship", "festival", "concert", "exhibition", "fair",
    "visits",
)  # fmt: skip
# ... in a text lower-cased by str.lower(), unless it holds a letter that re.IGNORECASE
# matches to "i", "s" or "k" but str.lower() does not turn into one.
_CASE_TRAPS = ("\u0131", "\u0130", "\u017f", "\u212a")  # ı, İ, ſ, the Kelvin sign


def fold(text: str) -> str | None:
    """``text`` lower-cased, offsets unchanged, or ``None`` when it holds a case trap.

    Without the traps, an ``re.IGNORECASE`` pattern whose letters are all lower-case
    matches ``text`` where the same pattern without the flag (:func:`_folded`, several
    times faster) matches the folded text.
    """
    return None if any(c in text for c in _CASE_TRAPS) else text.lower()


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without ``re.IGNORECASE``, to run on :func:`fold`'s output."""
    return re.compile_later(pattern.pattern, pattern.flags & ~re.IGNORECASE)


NOT_A_MEETING_FOLDED = _folded(NOT_A_MEETING)
# The gathering word a rejected name ends in ("the Global Media Forum"), whose bare
# later mentions ("the Forum", "forum participants") are that gathering, not another.
REJECTED_HEAD = re.compile(
    r"(?<!news\s)(?<!press\s)\b(?P<head>summit|forum|seminar|congress|expo|conference)s?\Z",
    re.IGNORECASE,
)
# A condition after the trigger: "travelling to Turkey on Friday if there was progress".
CONDITION_AFTER = re.compile(
    r"[^.;,]{0,50}?\b(?:if|unless|provided)\s+(?:there|it|they|he|she|the|a|an|talks|progress|needed"
    r"|necessary|required)\b"
)
# An event in the main clause of a condition told first, its verb "would": "if a member
# objects, a meeting would be called", "If talks fail, a summit would follow" (hypothetical).
# CONDITION_BEFORE ends at the trigger; WOULD_AFTER is what must follow it.
CONDITION_BEFORE = re.compile(
    r"(?:^|[\s\"“])(?:(?:But|And|Yet|So)\s+)?(?:[Ii]f|[Uu]nless)\s[^.;]{0,200}?,\s+"
    r"(?:(?:a|an|the|such|another|new|fresh|further|emergency|special|urgent)\s+){0,3}\Z"
)
WOULD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:would|could|might)\b")
# "such a meeting", "such a high-level visit": a kind of event, or one told before (not "the
# next such meeting", "the first such conference": an event of that kind, told as one)
SUCH_A = re.compile(r"\b[Ss]uch\s+an?\s+(?:[\w-]+\s+){0,2}\Z")
# The same, told after the event word in the plural: "talks of this kind are held each year",
# "meetings of that sort" (a kind of event, no one event; not "the first summit of this kind",
# one event of a kind, nor "the first talks of this kind").
OF_THIS_KIND = re.compile(r"\s+of\s+(?:this|that|the\s+same)\s+(?:kind|sort|type)\b")
ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|next|latest|previous)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def of_this_kind(text: str, a: int, b: int) -> bool:
    """Whether the event word ``text[a:b]``, a plural, is told as a kind ("talks of this kind")."""
    return (
        text.startswith(" of ", b)
        and text[b - 1] == "s"
        and OF_THIS_KIND.match(text, b) is not None
        and ORDINAL_BEFORE.search(text, max(0, a - 30), a) is None
    )


# An office named after a body's sitting, right after the gathering word: "the OAS
# Conference President", "the summit chairman" (a person's title, no session told).
OFFICE_AFTER = re.compile(
    r"\s+(?:[Pp]resident|[Pp]residency|[Cc]hair(?:man|woman|person)?|[Ss]ecretary-[Gg]eneral)\b"
    r"(?!\s+of\b)"
)
# Meetings told as a habit, right after the trigger in its clause: "a man I met privately
# several times", "has visited Lima many times", "met him on numerous occasions" (no one event).
_MANY_TIMES_AFTER = re.compile(
    r"""(?:\s+(?!and\b|in\b|on\b|at\b|last\b|this\b)[\w'’-]+){0,3}?\s+(?:(?:several|many|numerous
    |countless|multiple|dozens\s+of)\s+times|on\s+(?:several|many|numerous|multiple)\s+occasions)\b""",
    re.VERBOSE,
)
# Envoys called home: "summoning the negotiators home for consultations", "recalled its
# ambassador for consultations" (a recall, no meeting between states).
_RECALLED_FOR = re.compile(
    r"""(?:\bhome\s+for\s+|\brecall(?:s|ed|ing)?\b[^.;]{0,100}?\bfor\s+)
    (?:(?:urgent|further|immediate)\s+)?\Z""",
    re.VERBOSE,
)
# A party's gathering after the meeting word: "a meeting of Green party activists",
# "a meeting of Socialist party leaders" (politicians of a party, not states).
_PARTY_GATHERING = re.compile(
    r"""\s+of\s+(?:[A-Z][\w-]*\s+){1,3}(?:party\s+(?:members|leaders|politicians|activists)
    |politicians|activists)\b""",
    re.VERBOSE,
)
# A state's legislators before the meeting word, and an office named by its portfolio alone
# after it: "senators said after a meeting with Commerce Secretary X" (their own government).
_LEGISLATORS_AT = re.compile(
    r"""\b(?:[Ss]enators|[Ll]awmakers|[Cc]ongress(?:wo)?men|[Ll]egislators|MPs|[Pp]arliamentarians)
    \b[^.;]{0,60}?\b(?:after|following|during|at|in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
_OWN_PORTFOLIO = re.compile(
    r"""\s+with\s+(?:the\s+)?(?:Commerce|Treasury|Defen[cs]e|Trade|Finance|Interior|Energy
    |Agriculture|Labou?r|Health|Justice|Home|Transport|Education)\s+(?:Secretary|Minister)\b""",
    re.VERBOSE,
)


# A central bank's own council or board sitting, the bank named before it: "the central bank
# might trim its rate at its council meeting on Thursday", "when its board meets", "at the
# Bundesbank's council meeting", "the Bundesbank council meets": a domestic body's sitting
# (spec section 2), no meeting between states.
_BANK_SITTING = re.compile(
    r"""\b(?:[Cc]entral\s+[Bb]ank|Bundesbank|Federal\s+Reserve|Fed|Reserve\s+Bank
    |Bank\s+of\s+[A-Z][\w-]*)(?:['’]s)?
    (?:[^.;]{0,120}?\b(?:its|the\s+(?:central\s+)?bank['’]s|the\s+Bundesbank['’]s))?
    \s+(?:(?:monetary|policy|policy-making|central|governing|executive|rate-setting)\s+)?
    (?:council|board|committee)(?:['’]s)?\s+(?:(?:will|would|is\s+to|next)\s+)?\Z""",
    re.VERBOSE,
)


def no_event_of_states(text: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether the meeting word ``text[a:b]`` of the sentence ``text[lo:hi]`` tells no event.

    No event between states: a recall ("recalled its envoy for consultations"), a central
    bank's own council ("at its council meeting"), a party's
    gathering ("a meeting of Green party activists"), legislators with their own minister
    ("senators said after a meeting with Commerce Secretary X") or a habit ("whom I met many
    times"). The rules and the recall fallback both ask it.

    >>> text = "The senators spoke after a meeting with Trade Secretary Ana Ruiz."
    >>> a = text.index("meeting")
    >>> no_event_of_states(text, a, a + len("meeting"), 0, len(text))
    True
    """
    if text.startswith("consultations", a) and _RECALLED_FOR.search(text, max(lo, a - 160), a):
        return True
    if ("ank" in text[max(lo, a - 160) : a] or "Fed" in text[max(lo, a - 160) : a]) and (
        _BANK_SITTING.search(text, max(lo, a - 160), a)
    ):
        return True  # "the central bank might cut its rate at its council meeting": domestic
    if _PARTY_GATHERING.match(text, b, hi) or (
        may_match(_MANY_TIMES_AFTER, text, b, hi) and _MANY_TIMES_AFTER.match(text, b, hi)
    ):
        return True
    return bool(
        _OWN_PORTFOLIO.match(text, b, hi) and _LEGISLATORS_AT.search(text, max(lo, a - 120), a)
    )


# What a match report tells, each a cue of its own: a score ("2-1", or "2–1" with an en
# dash), the half, the coach, the goal or try, a qualifier or a cup. Three or more different
# cues make the story a sports report.
_SPORTS_CUES = re.compile(
    r"""\b(?P<score>(?:win|beat|beaten|draw|defeat|victory|won|lost|lead|led)\b[^.;]{0,40}?
    (?<![\d.])\d{1,3}[-–]\d{1,3}(?![\d.–-])|(?<![\d.])\d{1,3}[-–]\d{1,3}(?![\d.–-])\s+(?:win|victory|defeat|draw)
    # a cricket margin: "beat A by five wickets", "won by 40 runs"
    |(?:win|beat|beaten|defeat|won|lost)\b[^.;]{0,40}?\bby\s+[\w-]+\s+(?:wickets|runs))
    |(?P<half>half-time|half\s+time|second\s+half|first\s+half|kick-off|extra\s+time)
    |(?P<coach>coach|manager\s+of\s+the\s+(?:team|side)|striker|goalkeeper|fly-half|winger)
    |(?P<goal>goals?|tries|scored|penalt(?:y|ies)|free-kick|header|headed\s+home)
    |(?P<cup>qualifier|qualifying|World\s+Cup|Grand\s+Slam|Six\s+Nations|Tri-Nations|league\s+table
    # a knockout's stages, with or without the hyphen ("the semifinals", "a quarter-final")
    |semi-?finals?|quarter-?finals?|Final\s+Four|one-day\s+international|Test\s+(?:series|match)
    # the clubs' leagues and the nations' championship of club sport
    |(?:Premier|Champions|Super)\s+League|European\s+Championship)
    # the play and the players of a side: "named in a 36-man squad", "the lineout", "wickets",
    # "a hat-trick in the final", "returns for pre-season training"
    |(?P<play>squad|uncapped|line-?out|scrum|wickets?|bowlers?|batsm[ae]n|innings|hat-trick
    |pre-season)
    """,
    re.VERBOSE,
)
# An official in the sentence: a trip or meeting of a report's team has none ("the Premier
# League" is a league, no head of government).
_OFFICIAL_WORDS = re.compile(
    r"""\b(?:President|Prime\s+Minister|[Mm]inisters?|King|Emir|Prince|Chancellor
    |[Pp]remier(?!\s+League)|[Aa]mbassadors?|[Ee]nvoys?|[Dd]elegations?|[Oo]fficials|Secretary|[Dd]iplomats?|[Gg]overnments?
    |[Ll]eaders|[Ff]ederation|[Aa]ssociation)\b""",
    re.VERBOSE,
)


# What each kind of cue but the score needs in the text, as written (the cues match case as
# written) and opening a word (the pattern's \b): the pattern, which would test every
# character of the story, runs only where three kinds may be there. A score needs a digit, a
# hyphen (or an en dash) and a digit, or a cricket margin.
_CUE_WORDS = (
    ("half", "kick-off", "extra"),
    ("coach", "manager", "striker", "goalkeeper", "fly-half", "winger"),
    ("goal", "tries", "scored", "penalt", "free-kick", "header", "headed"),
    ("qualif", "World", "Grand", "Six", "Tri-", "league", "semi-final", "semifinal",
     "quarter-final", "quarterfinal", "Final Four", "one-day", "Test", "Premier League",
     "Champions League", "Super League", "European Championship"),
    ("squad", "uncapped", "lineout", "line-out", "scrum", "wicket", "bowler", "batsm", "innings",
     "hat-trick", "pre-season"),
)  # fmt: skip
# A score ("2-1"), opened on its hyphen: a literal the engine skips to, where "\d" first
# would test every character of the story against the digits' Unicode category. Typeset
# copy writes the score with an en dash ("2–1"): sought only in a story that holds one.
_SCORE_DIGITS = re.compile(r"-(?<=\d-)\d")
_SCORE_EN_DASH = re.compile(r"–(?<=\d–)\d")
# A cricket margin, sought only in a story holding "wickets" or "runs".
_MARGIN = re.compile(r"\sby\s[\w-]+\s(?:wickets|runs)\b")


@functools.lru_cache(maxsize=4)
def sports_report(text: str) -> bool:
    """Whether a story tells a match: three different cues of a sports report or more.

    >>> sports_report("Chile beat Peru 2-1 in Lima. The coach praised the side after a late goal.")
    True
    >>> sports_report("The ministers met in Lima and discussed the World Cup bid.")
    False
    """
    there = _cue_kinds(text)
    if there < 2 or (there == 2 and not _score(text)):
        return False  # under three kinds of cue can be there (the score read only if it counts)
    kinds: set[str | None] = set()
    for cue in _SPORTS_CUES.finditer(text):
        kinds.add(cue.lastgroup)
        if len(kinds) >= 3:
            return True  # the rest of the story cannot undo it
    return False


# The cue words lower-cased, in the shared scan of the lower-cased body (text.WordStarts):
# where one of them starts, the kinds' words are tested on the body as written.
_CUE_STARTS = WordStarts(sorted({word.lower() for words in _CUE_WORDS for word in words}))


def _cue_kinds(text: str) -> int:
    """How many kinds of :data:`_CUE_WORDS` have a word that opens a word of ``text``.

    The body's shared scan (made for the meeting step's trigger words, and cached) tells
    the places, in place of a search of the whole text for each cue word: a cue word opens
    a word where its lower-cased form opens one in the lower-cased text, after a character
    that lower-cases to no ASCII letter, digit or "_" (only letters change case). Each
    place is checked as :func:`_word_start` checks it, on the text as written. A text whose
    lower-cased form has other offsets (a dotted capital I) is searched word by word.

    >>> _cue_kinds("The coach saw two goals; a World Cup qualifier. Tries? éhalf")
    3
    """
    lower, padded = lowered(text)
    if len(lower) != len(text):
        return sum(any(_word_start(text, word) for word in words) for words in _CUE_WORDS)
    kinds: set[int] = set()
    for at in _CUE_STARTS.starts(padded):
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # a letter beyond ASCII before it ("éhalf"): inside a word
        kinds.update(i for i, words in enumerate(_CUE_WORDS) if text.startswith(words, at))
    return len(kinds)


def _word_start(text: str, word: str) -> bool:
    """Whether ``word`` opens a word of ``text``, as each cue does after the pattern's boundary.

    The bare substring lets ordinary stories through ("tries" in "countries", "extra" in
    "extraordinary"); a word character before it is one the pattern's boundary refuses.
    """
    at = text.find(word)
    while at > 0:
        before = text[at - 1]
        if not (before.isalnum() or before == "_"):
            return True  # as re's \w: alphanumeric or "_"
        at = text.find(word, at + 1)
    return at == 0


def _score(text: str) -> bool:
    """Whether ``text`` holds a score or a cricket margin (the cue the word tests cannot see)."""
    return (
        _SCORE_DIGITS.search(text) is not None
        or ("–" in text and _SCORE_EN_DASH.search(text) is not None)
    ) or (("wickets" in text or "runs" in text) and _MARGIN.search(text) is not None)


# The sport before an official's word: "Football officials", "rugby federation" are the game's.
_SPORT_BEFORE = re.compile(
    r"\b(?:[Ff]ootball|[Ss]occer|[Rr]ugby|[Cc]ricket|[Cc]lub|FIFA|UEFA)\s+\Z"
)


def team_fixture(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` tells a team's fixture of a match report, no event.

    In a match report (:func:`sports_report`) a trip or a meeting told with no official ("both
    teams meet once more in P for the second leg", "a hard trip to K awaits next month", "one
    away game in R remains") is the team's. The story is asked first: its answer is kept for
    the body (:func:`sports_report`) and is no for most stories, whose sentences are then not
    searched for an official's word ("Football officials" is the game's own).

    >>> report = "Chile beat Peru 2-1 in Lima. The coach praised a late goal. "
    >>> team_fixture(report + "The sides meet again in Quito.", 61, 91)
    True
    >>> team_fixture(report + "The sports minister will meet his counterpart.", 61, 107)
    False
    >>> team_fixture("The sides meet again in Quito.", 0, 30)
    False
    >>> team_fixture(report + "Football officials recalled the last meeting in Quito.", 60, 114)
    True
    """
    return sports_report(text) and all(
        _SPORT_BEFORE.search(text, max(lo, o.start() - 12), o.start())
        for o in _OFFICIAL_WORDS.finditer(text, lo, hi)
    )


def only_foreseen(text: str, t0: int, t1: int, lo: int, hi: int) -> bool:
    """Whether the meeting word ``text[t0:t1]`` of the sentence ``text[lo:hi]`` is only foreseen.

    A modal after the event and its sides ("a summit between A and B could follow"), or talk
    of it before ("there has been talk of a joint summit"): no event, held or planned.

    >>> text = "A summit between the two could follow."
    >>> only_foreseen(text, 2, 8, 0, len(text))
    True
    >>> text = "There has been talk of a joint summit."
    >>> only_foreseen(text, 31, 37, 0, len(text))
    True
    >>> text = "A summit between the two will follow."
    >>> only_foreseen(text, 2, 8, 0, len(text))
    False
    """
    if MAY_AFTER.match(text, t1, min(hi, t1 + 100)):
        return True
    start = max(lo, t0 - 80)
    return "talk" in text[start:t0] and TALK_OF.search(text, start, t0) is not None


# Gatherings that are international by name, even when the text names one state.
INTERNATIONAL = re.compile(r"[Ss]ummit|COP[\s-]?\d+|[A-Z]\w+|[Mm]inisterial")  # or a proper name
# Where a clause turns to the topic: country names after these are subjects, not sides.
TOPIC = re.compile(
    rf"""\b(?:(?:to\s+discuss|discussed|to\s+affirm|to\s+express|about|regarding|concerning|over
    |amid|amidst|including|which|where|during\s+which|that|in\s+which|said|told|to\s+try|to\s+renegotiate
    |to\s+review|following|after|before|ahead\s+of|in\s+advance\s+of|to\s+(?:appreciate|thank
    |resolve|settle|address|tackle|end|solve|defuse|ease
    |condemn|reaffirm|reiterate|pass\s+on)|and\s+(?:[a-z]+ed|thanked))\b
    | on\s+(?![A-Z][a-z]+\.?\s+\d|\d|{DAY_OF_MONTH_PATTERN}  # a day: "on the 8th of May"
      |(?:the\s+)?(?:sidelines|margins?|Monday|Tuesday|Wednesday
      |Thursday|Friday|Saturday|Sunday|behalf|invitation)\b)   # "on trade": a topic
    )                                               # (both open a word: one test, first)
    |[;:—]                                          # (opens none: tried where they cannot be)
    """,
    re.VERBOSE,
)
# Words in "-ed" that name a kind, not a time: "talks in an extended format", "the United
# Nations summit", "a Baku-based forum" are no past cue.
_ADJECTIVES = r"""(?:united|extended|expanded|enlarged|limited|restricted|detailed|advanced
    |related|called|based|owned|backed|funded|sponsored|armed|interested|concerned|speciali[sz]ed
    |dedicated|enhanced|landlocked|unprecedented|distinguished|esteemed|respected|honou?red)"""
# The past-tense cues that, nearer to a trigger than any future cue, make it held.
PAST = re.compile(
    r"""\b(?:was|were|had|has|did|held|took|met|visited|ended|opened|concluded|attended
    |(?<!will\s)(?<!shall\s)(?<!\bto\s)have  # not "will have talks": a plan
    |participated|hosted|received|welcomed|spoke|returning|returned|after|last|ago|recently
    |went|flew|left(?=\s+(?:for|on)\b)  # "left for Lima on Monday to attend": a trip made
    |recent|yesterday|(?!{_ADJECTIVES}\b)[a-z]{3,}ed)\b""".replace("{_ADJECTIVES}", _ADJECTIVES),
    re.VERBOSE | re.IGNORECASE,
)
_FUTURE_FOLDED, _PAST_FOLDED = _folded(_FUTURE), _folded(PAST)


def past_cue(text: str) -> bool:
    """Whether a text holds a past cue outside a cue of the future ("scheduled to" is none).

    >>> past_cue("arrived in Lima, where he is due to "), past_cue("is scheduled to ")
    (True, False)
    """
    return PAST.search(_FUTURE.sub(" ", text)) is not None


# The event as a time limit: its tense is the clause's ("will wait until the summit").
# (also "until soon after the meeting": the forecast's end, just past the event)
_UNTIL_EVENT = re.compile(
    r"\b(?:[Uu]ntil|[Tt]ill)\s+(?:(?:soon|shortly|just|right)\s+after\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}\Z"
)
# A future "be" before a participle: "will be signed", "is expected to be discussed".
_FUTURE_BE = re.compile(
    r"\b(?:will|would|shall|to|[Ww]ill|'ll)\s+(?:also\s+|then\s+|soon\s+)?be\s+\Z"
)
# What times an action by an event: "signed during the visit", "at the summit", also after the
# action's own words ("will be presented for endorsement to the leaders at their summit").
_TIMED_BY = re.compile(
    r"""(?:\s+(?!(?:but|while|after|before|when|which|that|who)\b)[\w'’.-]+){0,12}?
    \s+(?:during|at|on\s+the\s+(?:sidelines|margins?)\s+of|within)\b""",
    re.VERBOSE,
)
# A document's making timed by the event just before it: "the treaty, signed during X's visit
# to", "the declaration adopted at the". The event is when the document was made, so it is
# past whatever the sentence's own verb tells of what comes next ("..., will be put to a vote").
# The commitments and deals made there are as well: "will review the commitments (the two
# leaders) made during their call in April", "the deals reached during X's visit".
_MADE_DURING = re.compile(
    r"""\b(?:signed|adopted|concluded|initial(?:l)?ed|inked|made|taken|reached|struck|undertaken
    # a goal or a plan fixed at the event: "the goal set by the presidents at their meeting in P
    # in March" is a past sitting, whatever future the goal speaks of
    |set|agreed|decided|approved|endorsed|announced)\s+
    (?:by\s+(?:the\s+|their\s+|both\s+)?(?:[\w'’.-]+\s+){1,6}?)?  # its makers
    (?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins?)\s+of)\s+
    (?![^,.;:()]*\b(?:next|upcoming|forthcoming|coming|future|planned)\b)  # "during the next"
    [^,.;:()]{0,60}\Z""",
    re.VERBOSE,
)
# Another event to come named just before the trigger's own, which times the saying of it:
# "discussed the agenda of the upcoming visit during a phone call on May 3" (the call is the
# clause's own event, told in its tense; "upcoming" is the visit's).
_OTHER_TO_COME = re.compile(
    r"""(?:\b(?:preparations?|preparing)\s+for\s+(?:the\s+|a\s+)?)?  # its preparation too
    \b(?:upcoming|forthcoming|next)\s+(?:[\w-]+\s+){0,2}?
    (?:visit|summit|talks|meeting|session|trip|conference|forum|elections?|round)\b
    (?:\s+[\w'’-]+){0,6}?\s+(?:during|in|at|over)\s+
    (?:a|an|the|their|his|her|two|several)\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# Any "be" of a plan or a chance before the participle: "will be signed", "may be adopted".
_MODAL_BE = re.compile(
    r"\b(?:will|would|shall|to|may|might|could|can|should|must|'ll)\s+(?:also\s+|then\s+|soon\s+)?"
    r"be\s+\Z",
    re.IGNORECASE,
)
# Words that join the next step of a programme to the clause's verb: in "will hold a meeting
# followed by talks" (or "..., after which talks"), no past tense: the talks are planned too.
_NEXT_STEP = re.compile(r"(?<=followed|preceded)\s+by\b|(?<=after)\s+which\b")
# Present-tense verbs of meeting that, outside a past clause, announce the event.
_PRESENT_VERB = re.compile(
    r"(?:meet|meets|visit|visits|travels?|leaves?|co-chairs?)\Z|\A(?:leaves|departs)\s"
)  # "leaves today for P": the departure's whole span is the trigger
# A trigger in the past tense opening a clause of its own ("as", "when", "while" and its
# subject, no verb between): "A and B on Tuesday agreed to widen trade, as A's minister met B's
# envoy", "will review the commitments made when X visited P in April"; "whereas" and a
# semicolon open one too ("X will visit A; B's leader visited C": the second's own past).
_OWN_CLAUSE_BEFORE = re.compile(
    r"""(?:(?:,\s*|\s)(?:as|when|while|whereas)|,\s+(?:and|but)|;)\s+  # ", and B's leader visited"
    (?:(?!(?:will|would|shall|is|are|to|be|has|have|had)\b)[\w'’.-]+\s+){1,8}\Z""",
    re.VERBOSE,
)
# The event's own noun phrase up to the trigger, the object of a verb of the event: "will pay
# a long-awaited official visit" (no preposition or "to" between: no other clause).
_OWN_NOUN_PHRASE = re.compile(
    # (and the gathering one is invited to attend: "invited X to attend a P-hosted conference"
    # is one to come, "hosted" its adjective)
    r"""\b(?:pay|make|hold|lead|host|conduct|undertake|attend)s?\s+(?:a|an|the|his|her|their|its)\s+
    (?:(?!(?:to|for|in|on|at|with|of|by|from|as|when|while|after|before)\b)[\w'’-]+\s+){1,5}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# A present simple verb of the event right before its noun, or holding it ("arrives in",
# "holds talks with", "pays a visit to", "leads a trade delegation of ... to"): no clause
# word nor punctuation between the verb and the end.
_PRESENT_EVENT_VERB = re.compile(
    r"""\b(?:arrives|pays|leads|holds|hosts|visits|meets|makes|receives)\s+
    (?:(?!(?:but|while|as|after|when|which|that|who|will|would)\b)[\w'’-]+\s+){0,10}
    (?:[\w'’-]+\s*)?\Z""",
    re.VERBOSE,
)
# A weekday in the clause after the event: "... to Ghana on Friday".
_ON_WEEKDAY_AFTER = re.compile(
    r"[^.;:!?]{0,160}?\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_PAST_VERB_TRIGGER = re.compile(r"(?:met|held|visited|hosted|received|spoke|talked|paid)\b")


def past_clause_of_its_own(before: str, trigger: str) -> bool:
    """Whether the trigger is a past verb opening a clause of its own ("as X met Y").

    >>> past_clause_of_its_own("A and B on Tuesday agreed to widen trade, as X ", "met")
    True
    >>> past_clause_of_its_own("They will sign it when X ", "visits")
    False
    """
    return (
        _PAST_VERB_TRIGGER.match(trigger) is not None
        and _OWN_CLAUSE_BEFORE.search(before, max(0, len(before) - 120)) is not None
    )


# A "when" clause in the present tense after a main clause to come: "the issue is expected to
# be raised when X visits Japan in June", "which is to be signed when their ministers meet":
# the meeting is still to come (its subject, up to seven words, between "when" and the verb).
_WHEN_TO_COME = re.compile(
    r"""\b(?:will|would|shall|can|could|(?:is|are)\s+(?:expected\s+|due\s+|set\s+)?to|expected\s+to
    |hopes?|hoped)\b[^.;]{0,80}?\bwhen\s+(?:[\w'’.-]+\s+){1,7}\Z""",
    re.VERBOSE,
)
# A present-tense verb of meeting in a clause of time names the event to come, whatever the
# main clause's tense: "the data are to be looked at when the joint trade commission meets in
# P in April", "no accord was thought likely before the group's heads of government meet in
# June" (English tells a future event in such a clause by the present; a
# past one takes "met"). Its subject, up to fourteen words with no clause break, ends in no
# modal or "to" (which would make the verb an infinitive).
_TIME_CLAUSE_SUBJECT = re.compile(
    r"""\b(?:when|before|until|till|once|by\s+the\s+time)\s+
    (?!(?:they|he|she|we|I|you)\s+(?:last|first)\b)(?:[\w'’.-]+\s+){1,14}\Z""",
    re.VERBOSE,
)
_NOT_SUBJECT_END = re.compile(
    r"""\b(?:to|will|would|shall|can|could|may|might|must|should|did|does|do|not|never|also
    |usually|often|always|normally|regularly|and|or|which|who|that)\s+\Z""",
    re.VERBOSE,
)
_TIME_CLAUSE_VERB = re.compile(r"(?:meets?|gathers?|convenes?)\Z")
# A verb only after its subject; an arrival too ("days before X arrives in Tokyo for talks").
_TIME_CLAUSE_TRIP = re.compile(r"(?:visits?|travels?|arrives?\s+in\s*)\Z")


def time_clause_to_come(before: str, trigger: str) -> bool:
    """Whether a present-tense meeting verb stands in a clause of time ("before X meets").

    >>> time_clause_to_come("reviewed when the joint commission on trade ", "meets")
    True
    >>> time_clause_to_come("no deal before the bloc's heads of government ", "meet")
    True
    >>> time_clause_to_come("before they agreed to ", "meet")
    False
    >>> time_clause_to_come("when the ministers ", "met")
    False
    >>> time_clause_to_come("raised when the premier ended his ", "visits")
    False
    >>> time_clause_to_come("raised when Kishida ", "visits")
    True
    >>> time_clause_to_come("signed in May, when the president paid a state ", "visit")
    False
    """
    if not _TIME_CLAUSE_VERB.search(trigger) and not (
        _TIME_CLAUSE_TRIP.search(trigger) and _SUBJECT_BEFORE.search(before)
    ):
        return False  # "paid a state visit", "on a working visit": a noun
    tail = before[-140:]
    clause = _TIME_CLAUSE_SUBJECT.search(tail)
    if clause is None or _NOT_SUBJECT_END.search(tail):
        return False
    return not any(mark in clause.group() for mark in ",;:()")


# A bare back-reference to an event already named: "the talks", "the Summit", "his visit".
BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:(?!(?:first|second|third|fourth|fifth|sixth|next|last)\b)[a-z]+\s+)?\Z"
)
# The word before a present-tense trigger when it is a verb with a subject ("they meet").
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:they|he|she|we|I|leaders|ministers|sides|delegations|officials)|(?<!\bThe)(?<!\bA)"
    r"(?<!\bAn)(?<!\bThis)(?<!\bHis)(?<!\bHer)(?<!\bIts)\b[A-Z][a-z]+)\s+\Z"
)
# Reuters dateline: "TOKYO, March 3 - " or "KASHIKOJIMA, Japan, April 26 - ".
DATELINE = re.compile(
    r"""^\s*(?P<city>[A-Z][A-Z .'-]+?)(?:,\s*(?P<region>[A-Za-z .]+?))?,\s*
    [A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–—]\s""",
    re.VERBOSE,
)
PLACE_IN = re.compile(
    r"\b(?:in|at|to|from)\s+(?:the\s+)?"
    # a region of the place's state before it: "in the northern Thai city of P", "in southern A"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?"
    # a saint's city keeps its dotted "St.": "in St. Petersburg", "to St. George's"
    r"(?P<place>(?:St[ea]?\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
HERE = re.compile(r"\bhere\b")
# A session's own name: "48th meeting of the Council of Foreign Ministers" (stops at "of the OIC").
SESSION_TITLE = re.compile(
    r"""(?P<t>(?:\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth
    |ninth|tenth|next|last|annual|extraordinary|regular))\s+(?:[a-z]+\s+)?(?:meeting|session
    |summit)\s+of\s+(?:the|their|its)\s+(?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?
    [A-Z][\w-]*)*)""",
    re.VERBOSE,
)
# The outlet's own officials named by title alone, just before the trigger; also as the owner
# of the event ("the President's recent trip to A and B"): a release's own official told so
# is its traveller or side, however many stops the trip has.
OWN_SIDE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+(?P<title>delegation|President|Vice\s+President|Secretary|Minister|"
    r"Ambassador|Government|government|Head\s+of\s+(?:State|Government)|Prime\s+Minister"
    r"|Foreign\s+Minister|Speaker)(?P<owner>['’]s)?\s+(?:[a-z]+\s+){0,2}\Z"
)
# A nameless official for a portfolio as the sentence's subject: "Federal Minister for Commerce"
# (in a story from the home state's outlet, its official).
NAMELESS_TITLE = re.compile(
    r"(?:^|(?<=[.:\n]\s)|(?<=\n)|(?<=[–—-]\s))"  # opening the sentence, or after a dateline
    r"(?:(?:Federal|State|Deputy)\s+)?(?:Minister|Secretary|Adviser|Advisor)\s+(?:for|of)\s+"
    r"(?:[A-Z][\w&-]*\s+(?:and\s+)?){1,4}(?:[a-z]+\s+){0,2}\Z"
)
SIDELINES = re.compile(r"\b[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\b")  # also opening a sentence
# An arrival as the main verb, joined to the talks' verb: "arrived in P last night and (also)
# held talks" (not "arrived on a visit", "arrived to attend": the trip's own purpose), up to
# the trigger's own words ("and held (separate) talks", "and met").
ARRIVED_AND = re.compile(
    r"\barrived\s(?:(?!visit|\bto\b)[^.;,]){0,120}?\sand\s+(?:also\s+)?(?:[a-z]+\s+){0,2}\Z"
)
# Talks at the event just told, its name left out: "On the sidelines, X met Y", "on its margins".
SIDELINES_BARE = re.compile(r"\b[Oo]n\s+(?:the|its|their)\s+(?:sidelines|margins?)\b(?!\s+of\b)")
IN_NAME = re.compile(r"[A-Z][\w-]*\s+\Z")  # a capitalised word just before: inside a name
# A city naming the event it precedes: "the Venice summit", "the Frankfurt meeting".
PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+\Z")
# The event a speaker has just come from, right before the trigger.
JUST_BEFORE = re.compile(
    r"""\b(?:after|following|at\s+the\s+end\s+of|(?:after\s+)?(?:returning|back)\s+from)\s+
    (?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# Remarks to the press: the moment the event above just preceded.
REMARKS = re.compile(
    r"\b(?:said|says|told|remarks|shared|stated|briefed|news\s+conference|press\s+conference)\b"
)
# A sentence told as the next step of a day's programme: "After that, X and Y met",
# "The next day, the President received ...", or as an earlier step of that day ("Earlier in
# the day, X held talks with Y"). Group "next" marks the following day.
SEQUEL = re.compile(
    r"""\s*(?:After\s+that|Afterwards|Subsequently|Then|Later(?:\s+on|\s+that\s+day)?
    |Earlier\s+(?:in\s+the\s+day|that\s+day|today|on\s+the\s+same\s+day)|Earlier(?=\s*,)
    # "Earlier on Thursday", "Earlier this morning": a step of the day told before it
    |Earlier\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this|that)\s+(?:morning|afternoon))
    |In\s+the\s+(?:evening|afternoon)  # "In the evening, X was received by Y": a later step
    |(?:On\s+)?(?:[Tt]hat|[Tt]he)\s+same\s+day|At\s+(?:that|the\s+same)\s+time|(?P<next>(?:The|On\s+the)\s+(?:next|following)\s+day))
    \s*,?\s""",
    re.VERBOSE,
)
# The step's adverb just before its verb: "the minister later held talks with his counterpart".
LATER_STEP = re.compile(r"\s(?:later|subsequently|afterwards)\s+(?:[a-z]+\s+)?\Z")
# A related-story line: "READ: ...", "Also read: ...".
LINK_LINE = re.compile(
    r"(?:(?:ALSO\s+)?READ(?:\s+(?:ALSO|MORE))?|(?:Also\s+)?[Rr]ead\s+(?:also|more)|RELATED|Related)\s*[:|]"
)
# "Nurtleu also met X", "the delegation also held talks": one more event of the same story.
ALSO = re.compile(r"\balso\s+(?:[\w-]+\s+){0,3}\Z")
# What stands before a session told by its length alone ("a four-day session"): a body's
# council, board, committee or ministers opening or closing it ("The X Council ended a
# four-day session", "EC farm ministers ended a two-day session", "Trade ministers from some
# 40 X members ended a three-day session").
BODY_SESSION_BEFORE = re.compile(
    r"""\b(?:Council|council|[Bb]oard|[Cc]ommittee|ministers
    |ministers\s+(?:of|from)\s+[^,;.]{1,60}?)\s+(?:opened|ended|began|closed
    |concluded)\s+an?\s+
    (?:[\w]+-day|week-long)\s+\Z""",
    re.VERBOSE,
)
# The number (or "next") of a session named by "round" or "session" alone: "The second round",
# "the fifth negotiating round", "the third ASEAN ministerial round" (up to two words naming
# the process between; "the next round" is read by the prose rule of _prose._ROUND).
# (also its place in the series told by "earlier", "further" or "fresh", and a sitting of last
# year's, month's or week's: "An earlier session in P", "Last year's session, held in P")
ROUND_BEFORE = re.compile(
    r"""(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?|whose)\s+(?:(?P<near>next|previous|last|upcoming
    |earlier|further|fresh)|\d+(?:st|nd|rd|th)|first
    |inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)
    |\b(?:[Ll]ast|[Pp]revious)\s+(?:year|month|week)['’]s)\s+
    (?:(?!(?:of|and|or|the|in|at|to)\s)[A-Za-z-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A round or a session named as one before the story's time: "An earlier round in P", "Last
# year's session, held in P" (held whatever a clause after it tells: "the formula to be
# applied").
EARLIER_SITTING = re.compile(
    r"\b(?:[Ee]arlier|[Pp]revious|(?:[Ll]ast|[Pp]revious)\s+(?:year|month|week)['’]s)\s+\Z"
)
# The ordinal of a session named just before its meeting word: "the seventh ... meeting".
ORDINAL = re.compile(
    r"""\b(?P<n>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth
    |tenth|eleventh|twelfth)\s+(?:(?!(?:of|his|her|their|its|the|an?)\s)[\w’'-]+\s+){0,4}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# "held another call", "a second meeting": an event of its own, not a mention of the last.
ANOTHER = re.compile(
    r"\b(?:another|a\s+second|a\s+fresh|a\s+further)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\Z"
)
# Two gatherings named in a row: "the ministerial meeting and the conference on water",
# "the Summit and the 4th Global Rivers Forum" (a long name of up to five words before its word).
AND_ANOTHER = re.compile(r"\sand\s+(?:the|an?)\s+(?:[\w-]+\s+){0,5}\Z")
# The short name of a body named in full earlier: "the Bank" after "the World Bank".
ORG_SHORT = re.compile(
    r"\b[Tt]he\s+(?P<head>Bank|Fund|Commission|Community|Organi[sz]ation|Council)\b"
)
ORDINAL_TITLE = re.compile(
    # not people of the body, capitalised as a sentence opens: "Leaders of the X Forum met"
    r"""(?!(?:Leaders|Ministers|Heads|Members|Delegates|Delegations|Officials|Representatives
    |Envoys)\s+of\b)
    (?:\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh
    |eighth|ninth|tenth|[A-Z][\w-]*)\s+)?
    # the name's words, with "of (the)" and a bracketed acronym among them: "Organization of
    # Turkic States (OTS)", "European Political Community (EPC)"
    # (a state's dotted abbreviation joined to the next name: "U.S.-Africa Leaders Summit")
    (?:(?:(?:of\s+(?:the\s+)?)?(?:(?:[A-Z]\.){2,}-)?[A-Z][\w()–-]*|\([A-Z][\w–-]*\))\s+){0,8}
    (?:Summit|summit|Conference
    |Forum|Council|Assembly|Congress|Seminar|[Mm]eeting|[Ss]ession
    |(?:Leaders['’]\s+)?Week)(?:\s+of\s+(?:the\s+)?
    (?:[A-Z][\w()-]*\s*){1,10}(?:(?:to|on|for|of)\s+(?:the\s+)?(?:[A-Z][\w()-]*\s*){1,8})?)?""",
    re.VERBOSE,
)
# An event's sides named as the subject of a relative clause holding it ("A and B held", "the
# ministers of A and B will hold"): the event's own clause, with its place and date after.
_SIDES_THEN_HOLD = r"(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z](?:[\w'’.-]+\s+){0,14}?"
# A new clause after a comma: a date beyond it dates something else.
NEW_CLAUSE = re.compile(
    r",\s+(?:(?:and\s+)?the\s+(?![a-z]+\s+(?:[a-z]+\s+){0,2}?of\s+(?:the\s+)?[A-Z][^,.;]{0,60},)[a-z]"
    # (not "met X, the foreign minister of B, on Monday": an official's title in commas)
    r"|(?:and\s+)?(?:he|she|they|it|we)\s|(?:while|but|who|as)\s"
    # ", and President X affirmed that A will ...": a clause of its own, its subject named then
    # its verb of speech (the states it names are that remark's, not the event's sides)
    r"|and\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:affirmed|reaffirmed|said|stressed|noted|added"
    r"|underscored|emphasi[sz]ed|welcomed|expressed|urged|thanked|praised)\b"
    # not ", which is to be held in Lima in May": the event's own place and date follow; nor
    # ", which A and B held in Lima in May": the sides holding it, then its place and date
    r"|which\s(?!(?:[a-z]+\s+){0,4}?(?:held|take\s+place|took\s+place|takes\s+place|convened?)\b"
    rf"|{_SIDES_THEN_HOLD}(?:held|(?:will|would|are\s+to|plan\s+to)\s+hold)\b))"
)  # ", the central bank ...", not ", the European Community and Canada"
# A relative clause set off by a comma right after the event's word, its sides holding it:
# "the talks, which A and B held in Lima", "the meeting, which the ministers of A and B will
# hold" (not "the summit, on the margins of which A and B will hold talks": other talks).
SIDES_HOLD_IT = re.compile(
    rf",\s+which\s+{_SIDES_THEN_HOLD}(?:held|(?:will|would|are\s+to|plan\s+to)\s+hold)\b"
)
# The same, its sides to hold it: "the meeting, which the ministers of A and B will hold".
_SIDES_WILL_HOLD = re.compile(
    rf",\s+which\s+{_SIDES_THEN_HOLD}(?:will|would|are\s+to|plan\s+to)\s+hold\b"
)
# A clause boundary before a trigger: "..., and he expressed support for talks".
# Also a second topic: "the platform of A and B, and on the meeting of X": A, B are the first's.
HEAD_CLAUSE = re.compile(
    r",\s+(?:and\s+(?:he|she|they|it|we)|while|but|whereas|and\s+(?:on|about|regarding)\s+the"
    # "a ruling on A's dispute with B, which the Council took at its summit": A, B are its
    r"|which\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:of|for|and)\s+)?){1,6}"
    r"(?:took|made|adopted|reached|approved|announced))\s"
)
# States as a crowd: "the Bank and industrialised nations will discuss ... at a meeting".
MANY_STATES = re.compile(r"(?<!two\s)(?<!both\s)\b(?:nations|countries|member\s+states)\b")
# The talks' place or time told before their counterpart: "(talks) in New York (with ...)",
# "(talks) in Lima next week (with ...)": the counterpart is still the one after "with".
_PLACE_BEFORE_WITH = (
    r"(?:(?:(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3}|(?:next|this|last|on)\s+[\w-]+\s+){1,2}"
    r"(?=with\s))?"
)
# Counterparts that are no state, body or official: "met the Azerbaijani community".
NON_STATE_AFTER = re.compile(
    r"""\s+(?:(?:was|were|is|are)\s+(?:also\s+)?held\s+)?
    # "talks in New York with the steering committee of its creditor banks": the place and a
    # body of the banks come before them, and they are still the only counterpart
    """
    + _PLACE_BEFORE_WITH
    + r"""(?:(?:with|to)\s+)?
    (?:(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:committee|group|consortium|syndicate
    |panel)\s+of\s+
    # "met the heads of several B mining companies": the firms' people are the firms' side
    |(?:the\s+)?(?:heads|leadership|management|executives|chiefs|bosses)\s+of\s+)?
    (?:[\w'’,-]+\s+){0,5}?(?:community|communities|diaspora|noteholders|bondholders
    # central bankers and banks are a state's officials and bodies, as ministers are
    |(?<![Cc]entral\s)bankers|(?<![Cc]entral\s)banks
    |lenders|airlines|carmakers|companies|firms|corporations|businessmen|businesspeople
    |business\s+(?:leaders|people|circles|groups?|delegations?|missions?)
    # "the committee of its commercial bank creditors" (bare "creditors" may be states')
    |(?:bank|commercial|private)\s+creditors
    # a firm's bank by its trade ("the B Export Bank") and merchants ("trading houses"): firms,
    # no state's side (a central bank or a development bank is a state's or a body's)
    |(?:Export|Import|Export-Import|Exim|Savings|Commercial|Merchant)\s+Bank|trading\s+houses
    # "its commercial bank advisory committee": the banks' own committee, no state's side
    |banks?['’]?\s+(?:advisory|steering|coordinating)\s+committee
    # "met union leaders", "farmers' groups": a state's unions and interest groups, its own
    # people, no state's side (a state's name before them tells whose, not a side)
    |(?:trade\s+)?union\s+(?:leaders|officials|representatives|chiefs)|unionists
    |(?:pensioners|farmers|workers|employers|growers|consumers|veterans)['’]\s+(?:groups?
    |organi[sz]ations?|associations?|representatives|leaders)
    |entrepreneurs|investors|executives|exporters|importers|residents|citizens|students
    |compatriots|Chambers?\s+of\s+Commerce
    # "will meet the Georgian team in a friendly tournament": a match of teams, no talks
    |squads?|athletes|footballers|wrestlers|(?:team|side)s?\s+(?:in|at)\s+(?:a|an|the)\s+
    (?:[\w-]+\s+){0,2}(?:match|tournament|game|championship|cup|final|friendly)
    |staff|employees|personnel  # "met with the staff of the embassy": its own people
    # "consultations with party leaders", "talks between the miners' federation and the
    # minister": a state's own parties and unions (a group of a plural's possessive)
    # (party leaders bare, with no state's name before them: "with Chinese party leaders" are
    # a state's side)
    |(?<=\swith\s)party\s+leaders|unions|(?<=s['’]\s)(?:federation|union|association))\b
    # "Wales travel to Rome to face Italy", "head to Dublin for the decisive game": national
    # sides named by their countries going to play a match, no official's trip
    | [^.;]{0,60}?\b(?:to\s+(?:face|play|take\s+on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?
      (?=[,;.]|\s+(?:in|at|on|next|this|for|and|while|before|after|when)\b)
      |for\s+(?:(?!(?:talks|meetings?|summit|visit|negotiations|discussions|consultations)\b)
        [\w-]+\s+){0,7}?(?:match|matches|game|fixture|qualifier)(?![\w-])(?!\s+(?:plan|changer)))
    | [^.;]{0,100}?\bChambers?\s+of\s+(?:Commerce|Industry)\b  # "... of the Chamber of Commerce"
    # "received the chairman of the board of the Turkish company X": a company's executive
    # (also after the talks' place: "talks in London with the chief executive of a company")
    | \s+"""
    + _PLACE_BEFORE_WITH
    + r"""(?:[\w'’-]+\s+){0,3}?(?:chair(?:man|woman|person)?|CEO|head|president|director|founder
      |owner|executives?)\s+of\s+(?:the\s+)?(?:(?:board|management)\s+of\s+(?:the\s+)?)?
      (?:[\w'’-]+\s+){0,3}(?:company|holding|corporation|conglomerate|firm
      |Ltd|Limited|Inc|PLC|plc|Corp|LLC|GmbH)\b  # "the chairman of X Copper Ltd": a firm's name
    # "talks with the management of the B state railway company": one firm's leadership
    | \s+"""
    + _PLACE_BEFORE_WITH
    + r"""(?:with\s+)?(?:the\s+)?(?:management|leadership|board|executives|heads)\s+of\s+
      (?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:company|firm|corporation|conglomerate)\b
    # "a meeting between Minister X and the leadership of major Chinese companies"
    | [^.;]{0,120}?(?P<firms>\b(?:and|with)\s+(?:the\s+)?(?:leadership|heads|representatives
      |executives|management|chiefs|CEOs)\s+of\s+(?:[\w-]+\s+){0,3}(?:companies|firms
      |corporations|banks|businesses|enterprises)\b)
    """,
    re.VERBOSE,
)
# The same counterparts as the subject just before the trigger: "the noteholders' agent would meet".
NON_STATE_BEFORE = re.compile(
    r"""\b(?:community|communities|diaspora|noteholders|bondholders|(?<![Cc]entral\s)bankers
    |(?<![Cc]entral\s)banks|lenders
    |airlines|carmakers|companies|firms
    |business\s+(?:groups?|delegations?|missions?)  # "a private business group will visit"
    |businessmen|businesspeople|entrepreneurs|investors|executives|exporters|importers
    |organi[sz]ations|NGOs|activists             # "Turkish and Kurdish organisations met"
    # "the national teams of A and B will meet": a match, not a meeting of states
    |(?:national|football|basketball|volleyball|hockey|handball|futsal|chess|youth|Olympic)\s+
    (?:teams?|squads?|sides?|players)|clubs|athletes|footballers|wrestlers|boxers|squads?)\b
    [^.;]{0,60}\Z""",
    re.VERBOSE,
)
# Private travellers just before a visit: "people who have visited Turkey".
PRIVATE_VISITORS = re.compile(
    r"""(?:\b(?:people|individuals|tourists|passengers|visitors|travell?ers|fans|pilgrims|migrants
    |refugees|those|members|families|customers|[Cc]itizens|[Nn]ationals|[Rr]esidents)\b
    |\b[A-Z][a-z]+s\s+(?:who\s+live|living|residing|based)\b)  # "Cubans living in the US"
    [^.;]{0,170}\Z""",
    re.VERBOSE,
)
# A visit's travellers told after it by "by" as people of no state: "a visit to P last month
# by a delegation of A's business leaders", "by a group of students" (firms, students,
# journalists, investors are no state side).
_VISIT_BY_OTHERS = re.compile(
    r"""(?:\s+to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?    # "to Nairobi"
    (?:\s+(?:last|this|next|earlier\s+this|later\s+this)\s+[a-z]+           # "last month"
    |\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?                           # "in May"
    \s+by\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?
    (?:(?:delegation|group|mission|team|party)\s+of\s+(?:[\w'’.-]+\s+){0,4}?)?
    (?:business(?:\s+(?:leaders|people|executives|owners|representatives|figures))?
    |businessmen|businesspeople|(?:company\s+|corporate\s+)?executives|entrepreneurs|investors
    |industrialists|students|journalists|reporters|academics|scholars|firms|companies)\b""",
    re.VERBOSE,
)
# Words of an official among a visit's travellers: "by a delegation of officials and firms".
_OFFICIAL_WORD = re.compile(
    r"\b(?:officials?|[Mm]inist(?:er|ry)|lawmakers|parliament\w*|[Dd]eputy|[Ss]ecretary"
    r"|[Aa]mbassador|[Gg]overnor|[Pp]resident|government)\b"
)


def visit_by_others(text: str, end: int, hi: int) -> bool:
    """Whether the visit whose word ends at ``end`` is told made by people of no state.

    >>> visit_by_others("a visit to Lima last month by a group of students.", 7, 51)
    True
    >>> visit_by_others("a visit to Lima by a delegation of officials and firms.", 7, 55)
    False
    """
    told = _VISIT_BY_OTHERS.match(text, end, hi)
    return told is not None and not _OFFICIAL_WORD.search(told.group())


# A visit's subject that is a company of performers, a team or a fair's exhibitors: "The X
# National Ballet will visit P", "A B theatre troupe arrived in P", "Exhibitors from B will
# visit": a cultural or sports event, no official's trip (spec section 2; the owners' keys
# give no record for one). The group heads the sentence's subject, after a fronted phrase.
_PERFORMERS_SUBJECT = re.compile(
    r"""(?:[^,.;]{0,40},\s+)?                       # "On Monday, "
    (?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w'’.-]+\s+){0,5}?   # "the B National", "A B children's"
    (?:Ballet|ballet\s+(?:company|troupe|dancers)|[Oo]rchestras?|Philharmonic|[Cc]hoirs?
    |[Tt]roupes?|[Ee]nsembles?|[Cc]ircus|musicians|dancers|performers|singers|[Ee]xhibitors
    |(?:dance|theatre|theater|opera|circus)\s+(?:company|companies|group)
    |(?:national|football|basketball|volleyball|hockey|rugby|cricket|Olympic)\s+(?:teams?|squads?))
    \b(?!\s+(?:of\s+)?(?:officials|minister))""",
    re.VERBOSE,
)


def visit_by_performers(text: str, start: int, trigger: int) -> bool:
    """Whether the visit whose word starts at ``trigger`` is made by performers or a team.

    ``start`` is where the visit's sentence starts; an official named before the trigger
    makes it an official's trip still.

    >>> visit_by_performers("The Lima Symphony Orchestra will visit Quito in June.", 0, 32)
    True
    >>> visit_by_performers("Culture Minister X and the Lima Orchestra will visit Quito.", 0, 43)
    False
    """
    told = _PERFORMERS_SUBJECT.match(text, start, trigger)
    return told is not None and not _OFFICIAL_WORD.search(text, start, trigger)


# The object of a visit when it is a site, not a state: "visited the port area",
# "a visit to the liberated Garabagh region", "visit new and exciting places".
SITE_VISIT = re.compile(
    r"""\s+(?:to\s+)?(?:[\w'’,-]+\s+){0,6}?(?:(?P<named>[A-Z][\w'’-]+)\s+(?:region|province|district
    |oblast|governorate)|port|ports|plant|factory|factories|enterprise|venture|farm|construction
    |hospital|school|university|museum|memorial|exhibition|facility|facilities|site|sites|places
    |attractions|monument|mosque|church|temple|website|portal
    |headquarters|HQs?|campus  # "the ambassador visited the headquarters of a charity in Lahore"
    |pavilions?|stands?|booths?)\b  # "visited the Turkish pavilion at the exhibition"
    """,
    re.VERBOSE,
)
# "talks ... will not now take place", "the meeting was canceled", "has now been called off":
# not an event any more (most keys leave an event called off out; none holds it held).
CALLED_OFF = re.compile(
    r"""\b(?:(?:was|were|(?:had|has|have)\s+(?:now\s+)?been)\s+(?:\w+\s+)?(?:cancell?ed|called\s+off
    |scrapped)|will\s+not\s+(?:now\s+)?take\s+place)\b""",
    re.VERBOSE,
)
# The event put off with no time left for it ("the meeting had been postponed until further
# notice", "a visit ..., which had been planned for next week, was postponed without a new
# date", "was put off indefinitely"), or expected but fixed by no one ("a trip by X, which had
# been expected this month, has not yet been scheduled"): it neither took place nor holds a
# date as planned. The verb must be the trigger's own: no other event, nor a turn ("although",
# "but"), stands between them ("met on Monday, although talks had been postponed indefinitely").
PUT_OFF_UNDATED = re.compile(
    r"""(?:(?!\b(?:although|though|but|while|whereas|talks|meetings?|visits?|trips?|summits?
    |negotiations|consultations|sessions?)\b)[^.;])*?
    \b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:postponed|put\s+off
    |deferred|delayed)\s+(?:[\"“]?(?:indefinitely|until\s+further\s+notice|sine\s+die)
    |(?:without|with\s+no)\s+(?:a\s+)?(?:new\s+)?date
    # "was postponed after the floods and no new date has been set": its cause, then none
    |[^.;]{0,60}?\band\s+no\s+(?:new\s+)?date\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:set|fixed))
    |(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:re)?scheduled)\b""",
    re.VERBOSE,
)
# A plan given up before it happened, the event the object of the intention: "had intended to
# visit B in March, but postponed the trip", "had been due to meet X, but cancelled", "was to
# travel to P, but the visit was called off": neither held nor planned (group ``rest`` is the
# words after the trigger; one put off to a time told, "but postponed it until June", is not
# given up, and is left to the status rules).
GIVEN_UP = re.compile(
    r"""\b(?:had\s+(?:intended|planned|hoped|wanted|meant
      |been\s+(?:due|scheduled|expected|set|supposed|invited))
    |(?:was|were)\s+(?:due|scheduled|expected|set|supposed))\s+to\s+
    # the event the object of the holding verb: "had been due to hold talks with"
    (?:(?:hold|have|pay|make)\s+(?:[\w-]+\s+){0,3})?\Z""",
    re.VERBOSE,
)
# Its giving up, later in the sentence after a turn: "..., but postponed the trip because of the
# floods", "but the visit was called off", "but cancelled at the last minute".
GIVEN_UP_AFTER = re.compile(
    r"""[^.;]{0,120}?\bbut\s+(?:[\w'’-]+\s+){0,4}?
    (?:postponed|put\s+off|cancell?ed|called\s+off|scrapped|abandoned|shelved|deferred|dropped)\b
    (?![^.;]{0,40}?\b(?:until|till|to\s+(?:next|later|the\s+(?:end|autumn|spring|summer|winter))
      |to\s+(?:[A-Z]\w+|\d)))""",
    re.VERBOSE,
)
# The event as the object of a cancelling verb: "has cancelled a trip to A", "called off
# their talks", "called off talks with B" (no determiner: two words at most before it).
CANCELLED_BEFORE = re.compile(
    r"""\b(?:cancell?(?:ed|ing|s)?|call(?:ed|ing|s)?\s+off|scrapp(?:ed|ing))\s+(?:(?:a|an|the|his|her
    |their|its)\s+(?:[\w-]+\s+){0,3}|(?:[\w-]+\s+){0,2})\Z""",
    re.VERBOSE,
)
# Talks someone calls for: "urged ... to resume talks", "called for a return to the talks".
CALLED_FOR = re.compile(
    r"""(?<!phone\s)(?<!video\s)(?<!phone-)(?<!video-)  # a phone call is no call for talks
    \b(?:call|calls|called|appeal|appeals|appealed|urge|urges|urged|urging)\b[^.;]{0,160}?
    (?:\bto\s+(?:renew|resume|restart|reopen|hold|start|begin)\s+(?:[\w-]+\s+){0,2}
    |\breturn\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3})\Z""",
    re.VERBOSE,
)
# Talks that someone asks for, the event the object of the asking: "asked for consultations
# with A", "requested an urgent meeting with B", "called for talks", "is seeking talks with C"
# (a request, not a meeting held or set).
REQUESTED = re.compile(
    r"""\b(?:ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?
    |sought)\s+(?:(?:a|an|the|new|fresh|urgent|immediate|formal|further|direct|bilateral
    |emergency|early|more)\s+){0,3}\Z""",
    re.VERBOSE,
)
# Talks named as the topic of another act, not an event of their own: "to discuss a common
# tariff and stalled talks with the EU", "would serve as a model for talks with A", "set the
# framework for talks on the shelf", "put high priority on talks on farm goods", "weakened A's
# position in talks with B" (talks as the setting of a side's stance: a process, no one event)
# (not "discussed the upcoming talks", "discussed preparations for talks": an event to come).
# Talks named by the state of a negotiation, no one encounter: "the stalled talks with A",
# "the breakdown of talks", "obstructing talks with A", "is
# preparing talks with A" (not "preparing for talks", an event to come), "break the deadlock
# in negotiations between A and B", "after two years of negotiations between A and B" (a
# negotiation's months or years: a process; its days or weeks are a sitting, _rules' held_talks).
TALKS_AS_PROCESS = re.compile(
    r"""\b(?:stalled|deadlocked|obstruct(?:ed|s|ing)?|preparing(?!\s+for\b)
    |(?:breakdown|collapse)\s+of|deadlock\s+in|(?:months|years)\s+of)
    \s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# A negotiation taken up again: "resumed the suspended talks", "revive the stalled talks".
TAKEN_UP_AGAIN = re.compile(r"\b(?:resum|reviv|restart|reopen|unblock)\w*")
TALKS_AS_TOPIC = re.compile(
    r"""\b(?:discuss(?:es|ed|ing)?\s+
      (?:(?!(?:upcoming|next|planned|forthcoming|coming|future|holding|preparations?|for|of|at|to
      |in|on|with|during|over|by|within|under|after|before|ahead|throughout)\b)[\w-]+\s+){0,6}
    |(?:model|template|blueprint|framework)\s+for\s+(?:(?:future|further|similar|other)\s+)?
    |(?:bargaining\s+|negotiating\s+)?(?:position|leverage|stance)\s+in\s+
     (?:(?:the|its|their|his|her|any|future|further|trade|bilateral)\s+)?
    |priority\s+(?:on|to)\s+)\Z""",
    re.VERBOSE,
)
# The event only asked for, offered or weighed, its object right before its words: "would press
# B for talks", "has offered to host a summit", "a suggestion that the two governments arrange
# a visit", "agreed to study a meeting" (spec section 2: talks only proposed are no meeting).
# (Group ``offer``: an offer to host a gathering leaves the gathering, which takes place
# whoever hosts it; the callers keep a conference then.)
OFFERED_OR_ASKED = re.compile(
    r"""\b
    # (taken up, it is a plan: "accepted a suggestion that", "agreed to an offer to host")
    (?P<taken>(?:accept(?:ed|s|ing)?|took\s+up|agreed\s+to|approv(?:ed|es|ing)|endors(?:ed|es|ing))
      \s+(?:[\w'’-]+\s+){0,3}?)?
    (?:
    # a request made of a side: "press Chile for", "pressing the two sides for"
    (?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?)
      \s+(?:[\w.'’-]+\s+){1,4}?for\s+
    # an offer to host or arrange it: "has offered to host", "offered on Monday to arrange";
    # or the offer's verb is the event's own: "has offered to host the Peruvian president"
    # (not "the summit offers a chance to meet": no one offers to take part)
    |(?P<offer>offer(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?to\s+(?:host|arrange|organi[sz]e|mediate
      |broker|convene|facilitate|hold)\s+
    |offer(?:s|ed|ing)?\s+(?:on\s+[A-Z]\w+\s+)?to\s+\Z)
    # a suggestion that someone hold it: "a suggestion that the two governments arrange"
    |suggest(?:ion|ions|ed|s)?\s+that\s+[^.;:]{1,80}?\b(?:hold|arrange|organi[sz]e|convene
      |have)\s+
    # weighed, not decided: "agreed to study a summit" (not "a study visit": an article follows)
    |to\s+study\s+)
    # then the event's own words only, no place or time between: "for concessions at talks"
    # is a demand made at an event
    (?:(?!(?:at|in|during|on|after|before|ahead|with|from)\b)[\w'’-]+\s+){0,5}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# A proposal to hold the event, the event its object: "A's initiative to convene a summit",
# "the proposal to have the council meet by video link", "the idea of holding talks in C"
# (the holding verb may be the trigger's own first word), "the idea of a summit with C".
PROPOSED_TO = re.compile(
    r"""\b(?:initiative|proposal|idea|suggestion)\s+(?:to|of)\s+(?:(?:have|hold|holding|convene
    |convening|organi[sz]e|organi[sz]ing|host|hosting|arrange|arranging)\b[^.;:]{0,120}
    |(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?\Z""",
    re.VERBOSE,
)
# A verb of the past right after the trigger: "the February meeting (...) produced little".
PAST_AFTER = re.compile(
    r"""\s*(?:\([^()]{0,120}\)\s*)?(?:,\s*whose\s+(?:[\w-]+\s+){1,3}?(?=(?:was|took)\s))?
    # its own relative clause: "led her side at the P talks, which began last Thursday" is held
    # whatever plan the sentence before told
    (?:,\s*(?:which|that)\s+)?
    (?:[\w-]+\s+)??(?:was\s+held|were\s+held|produced|ended
    |concluded|yielded|failed|broke\s+up|took\s+place
    # its opening told done: "agreed to widen trade as the session opened here" is held
    |opened|began|closed|got\s+under\s*way)\b""",
    re.VERBOSE,
)
# A sitting's end to come told right after it, its own time told by no plan: "The talks, due
# to run until Thursday, cover", "the session, scheduled to end on Friday,", "which is due to
# close on May 5": a sitting going on (its close is to come, its opening is not).
RUN_TO_END = re.compile(
    r"""\s*,\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:due|scheduled|set|expected)\s+to\s+
    (?:run|last|continue|go\s+on)\s+(?:until|till|through)\b
    |\s*,\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:due|scheduled|set|expected)\s+to\s+
    (?:end|close|conclude|finish|wind\s+up)\b""",
    re.VERBOSE,
)
# (the same sitting told to open later in its sentence is still to come: "..., due to end on
# Friday, opens on Wednesday")
_OPENS_LATER = re.compile(
    r"\b(?:will|to|shall)\s+(?:open|begin|start|convene)\b|\b(?:opens|begins|starts)\b"
)
# Talks told by their holder's past verb in a relative clause right after the word: "the talks
# he held with X", "the discussion they had at the summit", "the meeting President A held in
# P" (whatever the main verb's tense: "looks forward to building on the talks he held").
_HELD_BY_HOLDER = re.compile(
    r"""\s+(?:that\s+|which\s+)?(?:(?:he|she|they|we|I)\s+|(?:[A-Z][\w.'’-]*\s+){1,4}?)
    (?:(?:also|both|jointly)\s+)?(?:held|had)\b(?!\s+(?:been|to)\b)""",
    re.VERBOSE,
)
# The same told with "held" as the trigger: "the talks he " + "held with X".
_TALKS_OF_HOLDER = re.compile(
    r"""\b(?:talks|discussions?|meeting|conversations?|consultations)\s+(?:that\s+|which\s+)?
    (?:(?:he|she|they|we|I)\s+|(?:[A-Z][\w.'’-]*\s+){1,4}?)(?:(?:also|both|jointly)\s+)?\Z""",
    re.VERBOSE,
)
# The event's own time of the past, after the names that complete it: "the state visit of the
# President of A to B earlier this month", "the Chilean president's visit to Lima last week"
# (only function words and names between: no verb, no comma; not "in the last week of May").
_OWN_PAST_TIME = re.compile(
    r"""(?:\s+(?:of|to|in|at|by|with|between|and|the|an?|his|her|their|its|[A-Z][\w'’.-]*)){0,8}?
    \s+(?:earlier\s+this\s+(?:week|month|year)|(?<!\bthe\s)last\s+(?:week|month|year|spring
      |summer|autumn|fall|winter|[A-Z][a-z]+)|(?:\d+|an?|one|two|three|four|five|six|several)\s+
      (?:days?|weeks?|months?|years?)\s+ago|yesterday)\b""",
    re.VERBOSE,
)
# A place naming a round of talks, not a side: "the Uruguay Round", "the Doha round".
NAMED_ROUND = re.compile(r"[\"'’”]?\s+[Rr]ound\b")
# What a speaker said, before the clause that tells what the speaker does next: in
# "Starmer said Putin must pay the price as he prepared to attend a meeting", Putin is
# talked about and "he" is the speaker.
SPEECH_CONTENT = re.compile(
    r"""\b(?:said|says|warned|stressed|insisted|declared|argued)\b
    (?P<content>[^;]{1,200}?)
    (?:,\s*)?\b(?:as|while|before|when)\s+(?:he|she|they)\s+[a-z]+[^,;]*\Z""",
    re.VERBOSE,
)
# A topic between the sides and the trigger: "Putin and Trump discussed Ukraine on a call",
# up to a counterpart ("discussed trade with the Iranian minister during a call").
# Only when the trigger is the means of the discussion ("on a call", "at the summit").
TOPIC_BEFORE = re.compile(
    r"""\bdiscuss(?:ed|es|ing)?\b(?!\s+with\b)
    (?P<topic>(?:(?!\bwith\b)[^;])*?)           # what was discussed, up to a counterpart
    \b(?:on|during|in|at|over|by)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+)?\Z""",
    re.VERBOSE,
)
MANY_SIDES = 4  # talks among this many states and bodies are a conference
CLAUSE_WINDOW = 220  # characters of a sentence looked at on each side of a trigger
DATE_REACH = 40  # a back-reference's own date must stand this close to its trigger


# A past saying timed by the event right after it: "trade will grow, A said while meeting B",
# "A told B at a meeting in C", "A said during talks with B": the event is when the words were
# said, so it is held, whatever future the words speak of (not "said on Monday ahead of the").
SAID_AT_EVENT = re.compile(
    r"""\b(?:said|told|stated|noted|stressed|declared|announced|remarked|emphasi[sz]ed|underlined
    |pointed\s+out|assured|informed)\b(?:\s+[A-Z][\w.'’-]*){0,5}\s+(?:while|when|during|at|in)\s+
    (?:(?:a|an|the|his|her|their|its)\s+)?
    (?:(?!(?:ahead|before|prior|until|for|of|to|next|upcoming|forthcoming|coming|future|planned
    # "said in Abuja he would visit P": a place of the saying, then a clause of its own
    |he|she|they|it|we|would|will|could|might|should)\b)
    [\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
_NEXT_AFTER = re.compile(r"\s*(?:next|this\s+coming|tomorrow)\b")
# A sitting told as an item of a programme in the present tense: "The programme includes an
# A-B business forum in P", "the visit's agenda also features a session of the commission", "The
# first meeting of the A-B Council is also on the agenda": a programme told in the present is
# still to be carried out, so its items are to come (told in the past, "included", they are
# held by the default).
_PROGRAMME_INCLUDES = re.compile(
    r"""\b(?:programme|program|agenda|itinerary)\s+(?:of\s+(?:the|his|her|their)\s+[\w-]+\s+)?
    (?:also\s+)?(?:includes|features|envisages|foresees|comprises|provides\s+for)\s+
    [^.;:]{0,120}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# (the sitting's own name words up to the verb: in "is at a summit in P, where trade is on the
# agenda" the agenda is the summit's, not a sitting to come)
_ON_THE_PROGRAMME = re.compile(
    r"""(?:\s+(?!(?:where|which|that|when|while|as|but)\b)[\w'’.-]+){0,14}?
    \s+(?:is|are)\s+(?:also\s+)?(?:on|among\s+the\s+items\s+on)\s+the\s+
    (?:agenda|programme|program|itinerary)\b""",
    re.VERBOSE,
)


# A gathering named as the object of "the agenda of" after a verb of its preparing (its
# name's words up to the trigger): a sitting whose agenda is being discussed is still to come.
# Not "was on the agenda of the meeting held in June" (a past sitting's business), nor talks,
# whose agenda news tells as they happen.
_AGENDA_OF = re.compile(
    r"""\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|consider(?:ed|s|ing)?|touched\s+(?:up)?on
    |exchanged\s+views\s+on|prepar(?:ed|es|ing))\s+the\s+agenda\s+(?:of|for)\s+(?:the\s+)?
    (?:[\w'’-]+\s+){0,8}\Z""",
    re.VERBOSE,
)
# Its own past told after it: "the agenda of the summit held in May".
_HELD_LATER = re.compile(r"[^.;]{0,120}?\b(?:held|convened|hosted|took\s+place)\b")
_TALKS_WORDS = frozenset({"talks", "negotiations", "consultations", "visit", "trip"})


def other_to_come(before: str) -> tuple[int, int] | None:
    """The span of another event to come named just before a trigger that times it, or None.

    >>> other_to_come("They discussed the upcoming visit during a ")
    (19, 43)
    >>> other_to_come("They discussed the visit during a ") is None
    True
    """
    if "oming" not in before and "next" not in before.lower():
        return None
    other = _OTHER_TO_COME.search(before, max(0, len(before) - 160))
    return None if other is None else other.span()


# A trigger that opens with its own preposition: "during their phone call".
_LEADING_PREPOSITION = re.compile(r"(?:during|at|in\s+the\s+course\s+of)\s+")


def plan_after_name(after: str) -> int | None:
    """Where the plan told after a sitting's name ends ("..., to be held"), or None.

    ``after`` is the sentence from the end of the sitting's trigger.

    >>> plan_after_name(" of the A-B committee on trade, to be held in P in May.")
    42
    >>> plan_after_name(" of the A-B committee was held in P in May.") is None
    True
    """
    plan = _NAME_THEN_TO_COME.match(after)
    return None if plan is None else plan.end()


def aside_before_plan(body: str, at: int, end: int) -> re.Match[str] | None:
    """A format's past aside right after its name at ``at``, when a plan's verb follows it.

    >>> text = "the commission, which last met in 2019, will meet in May."
    >>> aside_before_plan(text, 14, len(text))["aside"]
    'which last met in 2019'
    >>> text = "the commission, which last met in 2019, would not meet this year."
    >>> aside_before_plan(text, 14, len(text)) is None
    True
    """
    aside = PAST_ASIDE.match(body, at, end)
    if aside is None or _FUTURE_AFTER.match(body, at, end) is None:
        return None  # ("would not meet this year": no sitting the aside's verb could hand on)
    return aside


def made_during(before: str, trigger: str = "") -> bool:
    """Whether the words before an event's trigger tell a document made during it.

    A ``trigger`` that opens with the preposition ("during their phone call") lends it.

    >>> made_during("The treaty, signed during the Chilean president's ")
    True
    >>> made_during("The treaty will be signed during the Chilean president's ")
    False
    >>> made_during("The ministers met during the ")
    False
    >>> made_during("the commitments they made ", "during their phone call")
    True
    """
    lead = _LEADING_PREPOSITION.match(trigger)
    if lead is not None:
        before += lead.group()
    tail = before[-90:]
    if not any(w in tail for w in ("sign", "ed ", "made ", "ck ", "taken ", "set ")):
        return False
    made = _MADE_DURING.search(before, max(0, len(before) - 90))
    return made is not None and _MODAL_BE.search(before, 0, made.start()) is None


# A decision taken during the event: "A and B have agreed to set up a fund during a visit to P by
# X", "agreed to widen trade during the third sitting of their joint body". The act
# agreed on is no meeting or signing of its own ("agreed to hold talks during the summit",
# "agreed to prepare a treaty for signing during the session" tell a plan timed by the event),
# and nothing after the trigger times the event to come ("during his visit next month").
# A decision told "at the end (close, conclusion) of" the event was taken as the event ran out,
# so that event is held with no participle of its own ("agreed to ease curbs at the end of a
# two-day meeting in P"); the day it ended is left to the date steps.
_DECISION_TO = r"""\b(?P<decision>(?:agreed|decided)\s+to\s+)
    (?!(?:hold|meet|convene|organi[sz]e|host|visit|attend|travel|sign|continue|carry|resume|discuss
    |exchange|return|pay|receive|invite|launch|start|begin)\b
    # opening talks is a meeting to come, opening a crossing or an office is no meeting
    |open\s+(?:(?:a|an|the|new|fresh|formal|official|direct)\s+)*(?:talks|negotiations|round
    |consultations|dialogue|discussions)\b)
    # (a decimal point is no stop: "to raise trade to $2 billion from 1.3 billion in 2022")
    (?:(?!\bsign|\bnext\b|\bwill\b|\bwould\b)(?:[^.;:]|(?<=\d)\.(?=\d))){0,160}?"""
_AGREED_AT_EVENT = re.compile(
    _DECISION_TO
    + r"""\b(?:during|in\s+the\s+course\s+of|at\s+the\s+(?:end|close|conclusion)\s+of|(?P<at>at))\s+
    (?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w'’.-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# The same decision right before the event's end: "agreed to X at the " + "end of a session".
_DECIDED_AT_THE = re.compile(_DECISION_TO + r"\bat\s+the\s+\Z", re.VERBOSE)
# "agreed to raise trade at the fifth session of the commission held in P": a decision "at"
# the event only where its own participle or clause tells it held ("at the summit" alone may
# be one to come).
_HELD_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:held|(?:which|that)\s+(?:ended|concluded|closed|was\s+held))\b"
)
# A decision timed by a past day at a sitting named by its number: "A and B on Monday agreed to
# raise trade at the fifth session of their commission" (news tells a sitting to come as "the
# next"; a numbered one at which a dated decision was taken is past).
_ON_DAY_DECIDED = re.compile(
    r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:agreed|decided)"
    r"\s+to\b"
)
_AT_NUMBERED = re.compile(
    r"""\bat\s+(?:the|their|its)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth
    |seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)\s+\Z""",
    re.VERBOSE,
)
_TO_COME_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:next|later|upcoming|tomorrow|expected|scheduled|will|would|due|planned)\b"
)


def _agreed_at_event(before: str, after: str) -> tuple[int, int] | None:
    """The span of "agreed to" when the event after them timed the decision, or None.

    >>> _agreed_at_event("A and B agreed to cut tariffs during a ", " to P by X.")
    (8, 18)
    >>> _agreed_at_event("A and B agreed to hold talks during the ", " in P.") is None
    True
    >>> _agreed_at_event("They agreed to cut tariffs during his ", " to P next month.") is None
    True
    >>> _agreed_at_event("A and B agreed to cut tariffs at the ", " of the commission held in P.")
    (8, 18)
    >>> _agreed_at_event("A and B agreed to cut tariffs at the ", " in P.") is None
    True
    >>> _agreed_at_event("A and B agreed to cut tariffs at the end of a two-day ", " in P.")
    (8, 18)
    """
    agreed = _AGREED_AT_EVENT.search(before, max(0, len(before) - 220))
    if agreed is None or _TO_COME_AFTER.match(after):
        return None
    if (
        agreed["at"] is not None
        and _HELD_AFTER.match(after) is None
        and not (
            _ON_DAY_DECIDED.search(before, max(0, agreed.start("decision") - 30))
            and _AT_NUMBERED.search(before, agreed.end("decision"))
        )
    ):
        return None
    return agreed.span("decision")


def decided_at_the_end(before: str) -> bool:
    """Whether ``before``, a sentence up to an event's "end", tells a decision taken at it.

    >>> decided_at_the_end("A and B agreed to cut tariffs at the ")
    True
    >>> decided_at_the_end("A and B agreed to hold talks at the ")
    False
    """
    return _DECIDED_AT_THE.search(before, max(0, len(before) - 220)) is not None


# A perfect participle right before the event's verb: "having met B", "having held talks
# with B" tell the event done before the clause it hangs on, whatever that clause's tense.
# (a past participle after "having", the trigger's own or one before its noun: not the
# progressive "we shall be having a meeting")
_HAVING_DONE = re.compile(
    r"\bhaving\s+(?:(?P<done>held|had|paid|made|conducted)\s+(?:[\w-]+\s+){0,2})?\Z"
)
_DONE_WORDS = ("met", "visited", "spoken", "talked", "held", "received", "hosted")


# The unit of a possessive time after "next": "next year's", "next week's".
_NEXT_UNIT = re.compile(r"\s+(?:week|month|year|weekend)(?=['\u2019]s\b)")


def _next_of_other_noun(cue: re.Match[str]) -> bool:
    """Whether the cue is the "next" of a time owning a noun that is no event.

    "Amid next year's election, A and B met": the time is the election's, and no cue of
    the meeting's (``dates_other_noun``); "next week's talks" stays a cue.
    """
    if cue.group().lower() != "next":
        return False
    unit = _NEXT_UNIT.match(cue.string, cue.end())
    return unit is not None and dates_other_noun(cue.string, unit.end())


def meeting_status(before: str, trigger: str, after: str) -> MeetingStatus:
    """Planned when the nearest tense cue before the trigger speaks of the future.

    ``before`` is the sentence up to the trigger, ``after`` the rest of it.
    """
    if PAST_AFTER.match(after):
        return HELD
    if RUN_TO_END.match(after) and not _OPENS_LATER.search(after):
        return HELD  # "The talks, due to run until Thursday, cover": a sitting going on
    if put_off_before(before):
        return PLANNED  # "X has postponed his visit to B": the verb's object is still to come
    if (
        "having" in before[-30:]
        and (having := _HAVING_DONE.search(before, max(0, len(before) - 30))) is not None
        and (having["done"] is not None or trigger.startswith(_DONE_WORDS))
    ):
        return HELD  # "said it would ask for time, having met B on Monday": a perfect is past
    if trigger in ("round", "session") and EARLIER_SITTING.search(before, max(0, len(before) - 30)):
        return HELD  # "An earlier round in P in January broke up": a sitting already past
    if _HELD_BY_HOLDER.match(after) or (
        trigger.startswith(("held", "had")) and _TALKS_OF_HOLDER.search(before, len(before) - 80)
    ):
        return HELD  # "building on the talks he held with X": the relative clause's past
    if _OWN_PAST_TIME.match(after):
        return HELD  # "the visit of X to B earlier this month": its own time
    if "when" in before[-90:] and _PRESENT_VERB.search(trigger) and _WHEN_TO_COME.search(before):
        return PLANNED  # "is to be signed when the ministers meet in P in July"
    if time_clause_to_come(before, trigger):
        return PLANNED  # "before the bloc's leaders meet in June": to come
    if past_clause_of_its_own(before, trigger):
        return HELD  # "agreed to widen trade, as X met Y": the clause's own past verb
    if SAID_AT_EVENT.search(before, max(0, len(before) - 120)) is not None:
        return HELD  # "X expects..., A said while meeting B": the saying's time
    if made_during(before, trigger):
        return HELD  # "the pact, signed during X's visit to C, will be"
    # Each headline pattern is tried only when its words are there (it ends "to" then space;
    # it holds "host", "hold" or "convene"): a search of the whole clause costs more.
    if (before.rstrip().endswith("to") and _HEADLINE_TO.search(before)) or (
        ("host" in before or "hold" in before or "convene" in before)
        and _HEADLINE_HOST.search(before)
    ):
        return PLANNED  # "Zarif to travel to Azerbaijan": a headline's plan
    if ("to pay" in before[-30:] or "to make" in before[-30:]) and _TO_PAY.search(before):
        return PLANNED  # "X to pay state visit", "invited X to pay a visit"
    if "invit" in before and INVITED_TO.search(before, max(0, len(before) - 160)):
        return PLANNED  # "conveyed the invitation of X to Y to visit Z": to come
    if (
        "gram" in before or "agenda" in before or "itinerar" in before
    ) and _PROGRAMME_INCLUDES.search(before, max(0, len(before) - 200)):
        return PLANNED  # "The programme includes an A-B business forum": an item to come
    if (
        "the agenda" in after or "the progra" in after or "itinerary" in after
    ) and _ON_THE_PROGRAMME.match(after):
        return PLANNED  # "The first meeting of the A-B Council is also on the agenda"
    if (
        "agenda" in before
        and trigger not in _TALKS_WORDS
        and _AGENDA_OF.search(before, max(0, len(before) - 200))
        and not _HELD_LATER.match(after)
    ):
        return PLANNED  # "discussed the agenda of the OTS summit": an agenda is for one to come
    folded = fold(before + trigger)
    if folded is None:
        cues = _FUTURE.finditer(before + trigger)
        past_cues = PAST.finditer(before)
    else:
        cues = _FUTURE_FOLDED.finditer(folded)
        past_cues = _PAST_FOLDED.finditer(folded[: len(before)])
    # "On Friday, ahead of the trip, he had a call": an "ahead of" phrase closed by its comma
    # before the trigger times the event it names, not the clause the trigger's verb tells
    future = [
        m.end()
        for m in cues
        if not (
            m.group().lower().startswith(("ahead", "in advance"))
            and _CLOSED_AHEAD.match(before, m.end())
        )
        and not _next_of_other_noun(m)
    ]
    # "will be signed during the visit": a future passive timed by the event is no past cue
    # an "-ed" word inside the event's own noun phrase is an adjective, no past verb: "will pay
    # a long-awaited visit" is a plan
    phrase = _OWN_NOUN_PHRASE.search(before, max(0, len(before) - 80))
    past = [
        m.end()
        for m in past_cues
        if not (_TIMED_BY.match(m.string, m.end()) and _FUTURE_BE.search(m.string, 0, m.start()))
        and not (future and _NEXT_STEP.match(m.string, m.end()))
        and not (phrase is not None and m.start() >= phrase.start() and m.group().endswith("ed"))
    ]
    other = other_to_come(before) if future else None
    if other is not None and any(p <= other[0] for p in past):
        # "discussed the upcoming visit during a call": the adjective is the visit's
        future = [f for f in future if not other[0] < f <= other[1]]
    if future and ("agreed" in before or "decided" in before):
        agreed = _agreed_at_event(before, after)
        if agreed is not None:
            # "agreed to ease curbs during the session": the session made the decision, so
            # its "to" tells the act to come, not the session
            future = [f for f in future if not agreed[0] < f <= agreed[1]]
    if "after" in before[-80:] and _ACT_AFTER_EVENT.search(before):
        return PLANNED  # "might step down after the summit in June": to come
    if future and _UNTIL_EVENT.search(before):
        return PLANNED  # "will be on the back foot until the April meetings"
    if future and (not past or future[-1] >= past[-1]):
        return PLANNED
    if not past and _PRESENT_VERB.search(trigger) and _SUBJECT_BEFORE.search(before):
        return PLANNED
    if (
        not past
        and "day" in before[-160:] + after[:200]
        and (verb := _PRESENT_EVENT_VERB.search(before + trigger, max(0, len(before) - 160)))
        is not None
        and (
            _ON_WEEKDAY_AFTER.match(after) is not None
            or _ON_WEEKDAY_AFTER.match(before, verb.start()) is not None
        )
    ):
        # a present simple verb of the event with a weekday is a schedule ("arrives in P on
        # Friday", "holds talks with Y on Monday", "arrives in P on Sunday for a visit"): news
        # tells a held event in the past tense
        return PLANNED
    if (
        _NEXT_AFTER.match(after)
        or (_FUTURE_AFTER.match(after) and not (past and _AND_THEN_FUTURE.match(after)))
        or (after.startswith(", which") and _SIDES_WILL_HOLD.match(after) is not None)
        or _NAME_THEN_TO_COME.match(after) is not None
        or (
            _TALKS_NOUN_END.search(trigger) is not None
            and (trigger.endswith("with") or _TALKS_PARTNER.match(after) is not None)
            and _WITH_THEN_AGENDA.match(after) is not None
        )
        or (
            trigger.endswith(("alks", "ations"))
            and "to " in after[:120]
            and _DUE_TO_BEGIN.match(after) is not None
        )
        or ("host" in after[:140] and HOST_AFTER.match(after))
        or (
            may_match(_NEXT_WORDS, after, 0, 160)
            and _NEXT_WORDS.search(after, 0, 160) is not None
            and _STARTS_LATER.match(after)
        )
        or ("day" in after[:160] and _STARTS_ON_DAY.match(after) is not None)
        or (" on " in after[:160] and _STARTS_ON_DATE.match(after) is not None)
        or (_LATER_WORDS.search(after, 0, 260) is not None and _LATER_THIS.match(after))
        or ("being" in after[:160] and _BEING_PLANNED.match(after) is not None)
        or put_off_end(after, before) is not None
        or (
            "During" in before
            and _DURING_OPENING.search(before) is not None
            and _MAIN_CLAUSE_TO_COME.match(after) is not None
        )
    ):
        return PLANNED
    return HELD
