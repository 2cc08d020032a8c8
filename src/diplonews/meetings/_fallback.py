"""A recall fallback: a meeting sentence the rules left without a record.

After the rules ran, a sentence that holds a meeting expression in its meeting
sense (met, talks, a visit, received, a phone call, a summit ...), names at
least one state other than the story's home state (or an intergovernmental
body), and is the evidence of no record, yields one record of its own: its
sides are the states the clause names (plus the story's home state when the
clause names one foreign state only), its kind comes from the word, its status
from the tense cues before the word, and its date from the clause's dates. A
sentence is left alone when the event is negated, hypothetical, called for,
called off, a domestic gathering, or when the word is used in another sense
("visit the website", "met the target").

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews._regex_words import holds_required, may_match, required_words
from diplonews.meetings._filters import (
    denied_event,
    denied_report,
    means_wished,
    not_taken_place,
    pact_work,
    undated,
)
from diplonews.meetings._kinds import CALL, CONFERENCE, MEETING, PLANNED, VISIT
from diplonews.meetings._merge import Candidate, same_event
from diplonews.meetings._places import (
    a_people,
    clause_bounds,
    find_organization,
    not_meetings,
    pick_date,
    sentence_dates,
)
from diplonews.meetings._prose import helpers_after, names_a_pact
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
    LINK_LINE,
    MAY_LEAD_TO,
    MEET_DEMAND,
    MODAL_HOLD_BEFORE,
    NAMED_ROUND,
    NO_PLANS_FOR,
    NON_STATE_AFTER,
    NON_STATE_BEFORE,
    OFFERED_OR_ASKED,
    OFFICE_AFTER,
    OPEN_QUESTION,
    PRIVATE_VISITORS,
    PROPOSED_TO,
    PUT_OFF_UNDATED,
    REQUESTED,
    RULED_OUT_AFTER,
    SITE_VISIT,
    SPECULATIVE,
    SUCH_A,
    TAKEN_UP_AGAIN,
    TALKS_AS_PROCESS,
    TALKS_AS_TOPIC,
    WITH_WHOEVER,
    WOULD_AFTER,
    left_unconfirmed,
    meeting_status,
    no_event_of_states,
    of_this_kind,
    only_foreseen,
    team_fixture,
    visit_by_others,
    visit_by_performers,
)
from diplonews.meetings._scan import word_hits
from diplonews.meetings._window import status_start
from diplonews.models import Article, MeetingKind
from diplonews.text import (
    Sentence,
    asked_about,
    body_mentions,
    home_country,
    judged_unreal,
    split_sentences,
)
from diplonews.text.countries import CountryMention
from diplonews.text.dates import MONTH_PATTERN, WEEKDAY_PATTERN, DateMention, Tense
from diplonews.values import Span

__all__ = ["NOT_TRIGGERS", "fallback_meetings", "first_expression", "gated_sentences"]

RULE = "meeting.fallback"

# A guest after a verb of receiving: an official, a delegation or a person's name ("received
# the Chilean ambassador", "hosted his counterpart"), not a thing ("received new momentum").
_GUEST = r"""(?=\s+(?:(?:the|a|an|his|her|their|visiting)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:delegation
    |[Pp]resident|[Pp]rime|[Mm]inister|[Kk]ing|[Qq]ueen|[Ee]mir|[Ff]oreign|[Aa]mbassador|counterpart
    |envoy|guests?|leader|[Hh]ead|[Cc]hancellor|[Ss]ultan|[Cc]rown|[Ss]ecretary|[Ss]peaker|[Dd]eputy
    |[Vv]ice|[Cc]hairman|[Gg]overnor|[Aa]mir|[Ss]heikh)\b|\s+[A-Z][a-z]+\s+[A-Z][a-z]+)"""
# A meeting expression in its meeting sense, by kind (the group that matches names it).
# ("received" comes before the words its lookbehinds read, so that a place of a sentence is
# tried on a letter, not on four lookbehinds.)
_EXPRESSION = re.compile(
    r"""(?P<call>\b(?:[Pp]hone|[Tt]elephone|[Vv]ideo)[\s-]*(?:call|conversation|talk|conference)s?\b
    |\bspoke\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b)
    |(?P<conference>\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]inisterial\s+(?:meeting|conference))s?\b)
    |(?P<visit>\b(?:[Vv]isit(?:s|ed|ing)?|[Tt]rip)\b)
    |(?P<meeting>\b(?:met|meets?|meeting|[Mm]eetings?|[Tt]alks|[Cc]onsultations|negotiating\s+table
    |conferred(?!\s+(?:on|upon|to)\b)
    |[Ss]ession(?:\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee))?
    |received(?:(?<=\bwas\sreceived)|(?<=\bwere\sreceived)|(?<=\bbeen\sreceived)
    |(?<=\bbeing\sreceived))|(?:received|welcomed|hosted)"""
    + _GUEST
    + r""")\b)""",
    re.VERBOSE,
)
# The word in another sense: "visit the website", "met the target", "meet the demand".
_OTHER_SENSE = re.compile(
    r"""\s+(?:(?:the|its|their|our|this|these|all)\s+)?(?:[\w-]+\s+)?(?:website|site|page|portal
    |target|targets|demand|demands|deadline|requirements?|needs|criteria|expectations|standards
    |goals?|obligations|quota|costs?|award|prize|support|praise|criticism|condemnation
    |applause|approval|backing|letter|message)\b""",
    re.VERBOSE,
)
# A name right before a gathering word: "the Astana and Tashkent Forums" (not "other forums"),
# or a place or time after it: "at economic forums in Lima and Quito last year".
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+\Z")
_PLACE_OR_TIME_AFTER = re.compile(
    r"""[^.;]{0,50}?(?:\b(?:in|at)\s+[A-Z]|\b(?:last|next|this)\s+(?:week|month|year)\b|\b\d{4}\b"""
    rf"""|{MONTH_PATTERN}|{WEEKDAY_PATTERN})""",
    re.VERBOSE,
)
# Negation just before the word: "did not meet", "no talks", "never visited".
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|[Nn]o|without|any)\s+(?:[\w-]+\s+){0,3}\Z")
# Talks as the aim of a move on a side: "to bring A to the negotiating table", "forced B back
# to the negotiating table" (no talks told as held or set).
_BROUGHT_TO = re.compile(
    r"""\b(?:bring|brings|bringing|brought|force|forces|forced|forcing|push|pushes|pushed
    |pushing|lure|lured|luring|coax|coaxed|press|pressed|pressure|pressured)\b[^.;]{0,60}?
    \bto\s+the\s+\Z""",
    re.VERBOSE,
)
# A hope for the event, however far before it: "hoped A and B would soon hold meetings".
_HOPED = re.compile(
    r"""\b(?:hopes?|hoped|hoping)\s+(?:that\s+)?[^.;:]{0,80}?\b(?:would|will|could|can|to)\s+
    (?:[\w-]+\s+){0,3}?(?:hold|have|convene|organi[sz]e|arrange|meet|visit|pay)\s+
    (?:[\w-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# An opening quotation mark not closed before the word: the words of a speaker, whose "I" or
# "we" is not the outlet's state.
_OPEN_QUOTE = re.compile(r"[“\"][^”\"]*\Z")
# A definite mention that refers back to an event told before ("the meeting", "this visit",
# "the Lima and Quito meetings"): no event of its own unless its sides follow ("the talks
# between A and B").
_DEFINITE = re.compile(
    r"\b(?:[Tt]h(?:e|is|at|ese|eir)|[Ii]ts)\s+(?:(?:[\w-]+\s+){0,2}|[A-Z][\w-]*\s+and\s+[A-Z][\w-]*\s+)\Z"
)
# A passive before the word: "was (posthumously) conferred" is an honour given.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?\Z")
# Words that never refer back to an event told before (verbs, and a set phrase).
_NEVER_BACK = frozenset(
    {"met", "meet", "meets", "received", "welcomed", "hosted", "visited", "visiting", "conferred"}
    | {"negotiating table"}
)
_SIDES_AFTER = re.compile(r"\s+(?:held\s+)?(?:between|with)\b")
# A session named by no body: "the next session" (a body's "session of the commission" is one).
_BARE_SESSION = re.compile(r"(?!\s+of\b)")
# The event as the topic of what is said or written: "briefed X on the talks", "a plan of
# consultations" (the sentence's states are the speakers' or the document's, not the event's).
_TOPIC_OF = re.compile(
    r"""(?:\b(?:on|about|regarding|concerning)\s+(?!the\s+(?:sidelines|margins)\b)
    |\b(?:plan|programme|program|schedule|protocol|memorandum|agreement|road\s?map)\s+(?:of|on
    |for)\s+)(?:[\w'’-]+\s+){0,3}\Z""",
    re.VERBOSE,
)
# Meetings with companies, bankers or investors are no meeting between states (spec 2).
_BUSINESS = re.compile(
    r"""\b(?:compan(?:y|ies)|corporations?|firms?|business(?:es|men|people)?|entrepreneurs
    |investors|bankers|executives|Group|Holding|Chamber\s+of\s+Commerce|chambers?\s+of\s+commerce
    |CEOs?)\b""",
    re.VERBOSE,
)
_KINDS = {
    "call": CALL,
    "conference": CONFERENCE,
    "visit": VISIT,
    "meeting": MEETING,
}


@functools.cache
def _expression_words() -> tuple[str, ...] | None:
    """Strings one of which every match of :data:`_EXPRESSION` holds (read from it, once)."""
    return required_words(_EXPRESSION)


# The strings of the meeting expressions that start no trigger word ("video call",
# "negotiating table"): every other expression starts a word with a trigger word.
NOT_TRIGGERS = ("ideo", "negotiating")


def fallback_meetings(
    article: Article, records: Sequence[Candidate], triggers: Sequence[int] | None = None
) -> list[Candidate]:
    """One record for each meeting sentence that is the evidence of none of ``records``.

    ``triggers`` are where the trigger words of the body start, as
    :func:`~diplonews.meetings._scan.word_hits` finds them (found here when ``None``).
    """
    body = article.body
    told = [(s.start, s.end) for r in records for s in r.evidence]
    dates: dict[tuple[int, Tense], list[DateMention]] = {}
    out: list[Candidate] = []
    if triggers is None:
        triggers = word_hits(body).triggers
    # (most sentences: no trigger word, no expression; not visited)
    for sentence in gated_sentences(body, split_sentences(body), triggers):
        if any(s0 < sentence.end and sentence.start < s1 for s0, s1 in told):
            continue  # (tested second: the gate above is cheaper and skips more)
        first = first_expression(body, sentence, triggers)
        if first is None:
            continue  # (most sentences: no meeting word, nothing more to read)
        # The body's country scan (cached), asked only here: in most stories no sentence gets
        # this far, and a story with no rule match has not been scanned yet.
        local = body_mentions(body).between(sentence.start, sentence.end)
        home = home_country(article)  # (cached: asked once the first sentence gets here)
        cand = _from_sentence(article, sentence, home, local, dates, first=first.start())
        if cand is not None and not any(same_event(r, cand) for r in (*records, *out)):
            out.append(cand)  # (a mention of an event told before is none of its own)
    return out


def _cut_in_a_word(body: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` starts right after a character other than a space.

    Such a sentence is a piece of a long run, where the trigger scan, which reads the
    body, may have seen no word start: it is read on its own strings instead.
    """
    return sentence.start > 0 and not body[sentence.start - 1].isspace()


def gated_sentences(
    body: str, sentences: Sequence[Sentence], triggers: Sequence[int]
) -> list[Sentence]:
    """The sentences that may hold a meeting expression (the others hold none), in order.

    An expression starts a word with a trigger word, or holds one of
    :data:`NOT_TRIGGERS`: the scan that found the trigger words for the rules tells the
    sentences worth a search. Each trigger word and each place of one of
    :data:`NOT_TRIGGERS` is looked up among the sentence starts (by bisection) instead
    of each sentence tested in turn; a sentence cut inside a word
    (:func:`_cut_in_a_word`) is kept when it holds one of the strings every expression
    holds.
    """
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    kept: set[int] = set()
    for at in triggers:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < sentences[i].end:
            kept.add(i)
    for word in NOT_TRIGGERS:
        at = body.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at + len(word) <= sentences[i].end:
                kept.add(i)
            at = body.find(word, at + 1)
    words = _expression_words()
    for i, sentence in enumerate(sentences):
        if _cut_in_a_word(body, sentence):
            if holds_required(sentence.text, words):
                kept.add(i)
            else:
                kept.discard(i)
    return [sentences[i] for i in sorted(kept)]


def first_expression(
    body: str, sentence: Sentence, triggers: Sequence[int]
) -> re.Match[str] | None:
    """``_EXPRESSION.search(sentence.text)``, for a sentence :func:`gated_sentences` keeps.

    Every expression starts a word with a trigger word, unless it holds one of
    :data:`NOT_TRIGGERS` ("video call"). In a sentence after a space (or at the body's
    start), whose word starts are then those the scan saw, and with none of those
    strings, the first expression therefore starts at one of the sentence's trigger
    words: the pattern is tried at each of them in turn (a few) instead of searched
    for along the whole sentence, which is where the fallback spent most of its time.
    The leftmost place where it matches is where the search would find it, with the
    same alternative, so the match is the same.
    """
    text = sentence.text
    if _cut_in_a_word(body, sentence) or any(map(text.__contains__, NOT_TRIGGERS)):
        return _EXPRESSION.search(text)
    start = sentence.start
    match = _EXPRESSION.match
    end = sentence.end
    at = bisect.bisect_left(triggers, start)
    while at < len(triggers) and triggers[at] < end:
        found = match(text, triggers[at] - start)
        if found is not None:
            return found
        at += 1
    return None


def _from_sentence(
    article: Article,
    sentence: Sentence,
    home: str | None,
    mentions: Sequence[CountryMention],
    dates: dict[tuple[int, Tense], list[DateMention]],
    *,
    first: int,
) -> Candidate | None:
    """The record of the first meeting expression of a sentence that passes the gates.

    ``first`` is where the sentence's first expression starts (the caller found it).
    """
    body = article.body
    text = sentence.text
    if LINK_LINE.match(text):
        return None  # "READ: ..." heads another story
    if team_fixture(body, sentence.start, sentence.end):
        return None  # "one away game in R remains" in a match report: the team's
    rejected = [(m.start(), m.end()) for m in not_meetings(text)]
    for match in _EXPRESSION.finditer(text, first):
        a, b = match.start(), match.end()
        kind = _KINDS[match.lastgroup or "meeting"]
        if not _meeting_sense(text, a, b, kind, rejected):
            continue
        t0, t1 = sentence.start + a, sentence.start + b
        lo, hi = clause_bounds(sentence, t0, t1)
        if _BUSINESS.search(body, lo, hi):
            continue  # talks with companies: no meeting between states
        if pact_work(body, t0, t1, sentence.start):
            continue  # "A is in talks with B on a pact": a negotiation under way, no meeting
        local = [
            m
            for m in mentions
            if lo <= m.start < hi
            and not NAMED_ROUND.match(body, m.end)  # "the Doha round"
            and not names_a_pact(body, m)  # "the Lima accord", "the Paris Club"
            and not a_people(body, m)  # "thousands of Syrians": a people, not a state
        ]
        states = {m.code for m in local if m.kind != "group"}  # a venue's state hosts: a side
        # "..., and A stands ready to support them": A offers help, no side
        states -= helpers_after(body, (sentence.start, t1, sentence.end), local)
        organization = find_organization(body, lo, hi, t0, local)
        foreign = states - {home} if home is not None else states
        if not foreign and organization is None:
            continue
        if home is not None and len(states) == 1 and foreign:
            if _OPEN_QUOTE.search(body, sentence.start, t0):
                continue  # a speaker's own words: the outlet's state is not implied
            states.add(home)  # the story's own state is the other side
        if len(states) < 2 and organization is None:
            continue
        window = status_start(body, sentence.start, t0)  # a long sentence: the clause near t0
        status = meeting_status(body[window:t0], body[t0:t1], body[t1 : sentence.end])
        tense: Tense = "future" if status is PLANNED else "auto"
        told = sentence_dates(dates, sentence, article.published, tense)
        picked = pick_date(body, told, (lo, hi), (t0, t1))
        return Candidate(
            rule=RULE,
            kind=kind,
            status=status,
            countries=states,
            organization=organization,
            date=picked[0] if picked is not None else None,
            location=None,
            participants=[],
            title=None,
            evidence=[Span.of(body, sentence.start, sentence.end)],
            anchor=t0,
        )
    return None


def _meeting_sense(
    text: str, a: int, b: int, kind: MeetingKind, rejected: Sequence[tuple[int, int]]
) -> bool:
    """Whether the word at ``text[a:b]`` tells an event that took or will take place."""
    if any(x <= a < y for x, y in rejected):
        return False  # "a press conference", "the cabinet meeting": no meeting between states
    before = text[max(0, a - 60) : a]
    if _OTHER_SENSE.match(text, b) or (text.startswith("me", a) and MEET_DEMAND.match(text, b)):
        return False  # "met the target", "visit the website", "to meet supply contracts"
    if _NEGATED.search(before) or SPECULATIVE.search(text, max(0, a - 35), a):
        return False  # "did not meet", "could meet": no event
    if MODAL_HOLD_BEFORE.search(text, max(0, a - 70), a):
        return False  # "could hold their first formal bilateral talks": only speculated about
    if "plan" in text[max(0, a - 140) : a] and NO_PLANS_FOR.search(text, max(0, a - 140), a):
        return False  # "there are no plans for the two leaders to meet": the plan denied
    if "hop" in text[max(0, a - 120) : a] and _HOPED.search(text, max(0, a - 120), a):
        return False  # "hoped they would hold talks": only hoped for
    if WOULD_AFTER.match(text, b) and CONDITION_BEFORE.search(text, max(0, a - 220), a):
        return False  # "if a member objects, a meeting would be called": hypothetical
    if no_event_of_states(text, a, b, 0, len(text)):
        return False  # a recall, a party's or legislators' own meeting, a habit
    if (
        CONDITION_AFTER.match(text, b)
        or CALLED_OFF.search(text, b)
        # (a test of its closing words first: the match tries its long lazy run at every place)
        or (may_match(PUT_OFF_UNDATED, text, b) and PUT_OFF_UNDATED.match(text, b))
    ):
        return False  # "if there is progress", "was cancelled", "postponed until further notice"
    if WITH_WHOEVER.match(text, b):
        return False  # "a meeting with whichever candidate wins": a party not yet known
    if means_wished(text, 0, a):
        return False  # "preferred to settle the matter through direct talks": a means wished
    if "but" in text[b:] and GIVEN_UP.search(before) and GIVEN_UP_AFTER.match(text, b):
        return False  # "had intended to visit B in March, but postponed the trip": given up
    if (
        kind is not CONFERENCE  # a gathering takes place whoever attends it
        and ("whether" in text[max(0, a - 120) : a] or " rul" in text[max(0, a - 120) : a])
        and OPEN_QUESTION.search(text, max(0, a - 120), a)
    ):
        return False  # "declined to say whether X would hold talks": only asked about
    if asked_about(text, 0, len(text)):
        return False  # "Will A and B hold talks next month?": only asked about (text: a sentence)
    if DENIED_AFTER.match(text, b) or DENIED_PLAN.search(text, max(0, a - 200), a):
        return False  # "but no such meeting has been arranged", "denied reports that X was"
    if DENIED_TRIP.search(text, max(0, a - 200), a):
        return False  # "denied reports that the President would travel to P": the trip denied
    if RULED_OUT_AFTER.match(text, b):
        return False  # "a summit between them was unlikely", "but nothing had been arranged"
    if judged_unreal(text, a, b):
        return False  # "officials ruled out a summit", "talks remain a distant prospect"
    if denied_event(text, a, b, kind, lo=0, hi=len(text)):
        return False  # "denied a report by a Lima daily that X had also met Y": only denied
    if undated(text, a, b, 0, len(text)):
        return False  # "no date has been set for talks", "talks have yet to be scheduled"
    if not_taken_place(text, b, len(text)):
        return False  # "talks planned for Monday did not take place": no event
    if denied_report(text, a, b, 0, len(text)):
        return False  # "denied a report saying a summit would take place": the plan denied
    if left_unconfirmed(text, b, max(text.rfind(". ", 0, a) + 1, a - 250, 0), len(text)):
        return False  # "X might stop in P for talks, but officials would not confirm it"
    if only_foreseen(text, a, b, 0, len(text)):
        return False  # "a summit between A and B could follow", "talk of a summit": foreseen
    if PROPOSED_TO.search(text, max(0, a - 160), a):
        return False  # "backed A's initiative to convene a summit": only proposed
    asked = OFFERED_OR_ASKED.search(text, max(0, a - 160), a)
    if (
        asked is not None
        and asked.group("taken") is None
        and (kind is not CONFERENCE or asked.group("offer") is None)
    ):
        return False  # "would press B for talks", "has offered to host talks": only proposed
    if MAY_LEAD_TO.search(text, max(0, a - 220), a):
        return False  # "the pact could pave the way for new talks": only foreseen
    if CALLED_FOR.search(text, max(0, a - 250), a) or CANCELLED_BEFORE.search(before):
        return False  # "urged them to resume talks", "cancelled his trip"
    if REQUESTED.search(before):
        return False  # "asked for talks with A": only requested
    if (
        text.startswith(("talks", "negotiations"), a)
        and TALKS_AS_PROCESS.search(before)
        and not TAKEN_UP_AGAIN.search(before)
    ):
        return False  # "obstructing talks with A", "is preparing talks": a negotiation's state
    if kind is CONFERENCE and OFFICE_AFTER.match(text, b):
        return False  # "the OAS Conference President X": an office, no session told
    if SUCH_A.search(before) or of_this_kind(text, a, b):
        return False  # "such a meeting", "talks of this kind": one told before, or a kind
    if text.startswith(("talks", "negotiations"), a) and TALKS_AS_TOPIC.search(
        text, max(0, a - 80), a
    ):
        return False  # "a model for talks with A": talks as a topic, no event
    if text.startswith("negotiating", a) and _BROUGHT_TO.search(before):
        return False  # "a move to bring A to the negotiating table": talks only aimed at
    word = text[a:b]
    if (
        word == "forums"
        and not _NAMED_BEFORE.search(before)
        and not _PLACE_OR_TIME_AFTER.match(text, b)
    ):
        return False  # "sought help in other forums", "in international forums": arenas
    if word == "conferred" and _PASSIVE.search(before):
        return False  # "the award was conferred": an honour, not talks
    if word not in _NEVER_BACK and _DEFINITE.search(before) and not _SIDES_AFTER.match(text, b):
        return False  # "after the meeting": the event told before
    if word not in _NEVER_BACK and _TOPIC_OF.search(before):
        return False  # "briefed him on the talks": a topic, not an event told
    if text[a:b] in ("session", "Session") and _BARE_SESSION.match(text, b):
        return False  # "the next session": a body's own sitting, unnamed
    if (may_match(NON_STATE_AFTER, text, b) and NON_STATE_AFTER.match(text, b)) or (
        NON_STATE_BEFORE.search(text, max(0, a - 90), a)
    ):
        return False  # talks with companies, a match of national teams: no states meeting
    # tourists' visits, a visit to a plant, a visit by students: no visit of an official to a state
    return kind is not VISIT or not (
        PRIVATE_VISITORS.search(text, max(0, a - 170), a)
        or SITE_VISIT.match(text, b)
        or visit_by_others(text, b, len(text))
        or visit_by_performers(text, 0, a)  # "The X Ballet will visit P": no official's trip
    )
