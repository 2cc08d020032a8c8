"""One instrument word read in its sentence: kind, title, parties, status, date, place, count.

Private to :mod:`diplonews.agreements`, which merges the mentions
into records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Sequence

import attrs

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.agreements._parties import (
    BETWEEN,
    BOTH_SIDES,
    COMPOUND_SUFFIX,
    GROUP_NAME,
    LIST_JOIN,
    MEDIATOR,
    MEDIATOR_WORDS,
    WITH,
    group_owner,
    in_location,
    in_name,
    is_actor,
    is_mediator,
    listed_before,
    not_speakers,
    only_states,
    party_of,
    states,
    supporters,
)
from diplonews.agreements._prose import (
    by_group,
    date_right_after,
    described_group,
    far_lone_between,
    loose_arrangement,
    nonfinite_subjects,
    relative_signers,
    sides_bound_by,
    sides_uphold,
    stance_sides,
    stance_subjects,
    told_arrangement,
)
from diplonews.agreements._status import (
    SIGN_VERB,
    YEAR_WORD,
    bound_date,
    bound_place,
    clause_place,
    cue_status,
    modifier_date,
    told_by_term,
)
from diplonews.agreements._words import (
    AMENDED,
    DEFINITE,
    INDEFINITE,
    INSTRUMENT,
    LEFT_STOPS,
    UN_NAME,
    business_at,
    business_in,
    business_near,
    is_plural,
    kind_of,
    modifier_tokens,
    vocabulary,
)
from diplonews.models import AgreementKind, AgreementStatus, Article, Party
from diplonews.text import (
    ASIDE_DASH,
    Sentence,
    asked_about,
    is_reference,
    judged_unreal,
    new_time,
    put_off_end,
    signing_put_off,
    time_after,
    told_denied,
)
from diplonews.text.countries import CountryMention, resolve_country, resolve_country_group
from diplonews.text.dates import (
    DAY_OF_MONTH_PATTERN,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    DateMention,
    month_number,
    number_word,
)
from diplonews.values import PartialDate, Place

__all__ = [
    "BARE_HEAD",
    "PEACE_GOAL",
    "REPLACED",
    "SIGNED_DURING_VISIT",
    "Mention",
    "first_word_start",
    "read_mention",
]


# The object of a replacing verb ("replaced an accord of", "to replace the 1985 accord"): an
# instrument that exists, whatever the new one told beside it is.
REPLACED = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing))\s+(?:an?|the|its|their)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,3})\Z",
    re.IGNORECASE,
)


# A verb in front of "deal"/"document" that makes it a verb, or a fixed phrase.
_DEAL_VERB = re.compile(
    r"(?:\b(?:to|will|would|can|could|must|should|cannot|not|n't|'ll|and|or|help|helps|helped)"
    r"|\bgreat|\bgood)\s+$",  # "a great deal of" is an amount
    re.IGNORECASE,
)
# Money right after a plural instrument: "deals worth $300bn", "agreements valued at".
_WORTH = re.compile(
    r"^\s*(?:worth|valued\s+at|totall?ing|amounting\s+to|with\s+a\s+total\s+value)\b", re.IGNORECASE
)
# A name as the owner of something else or as a bloc's attribute ("the X Pact's tariff",
# "the five X Pact countries"), or standing for the bloc or the body named after it ("a
# meeting of X Pact foreign ministers", "the X Program Administration"): the instrument is
# background, no signing is told.
_NAME_AS_OWNER = re.compile(
    r"(?:['’]s\s|\s+(?:countries|members|member\s+states|nations|states)\b"
    r"|\s+(?:(?:foreign|trade|finance|economy|economic|defen[cs]e|agriculture|energy)\s+)?"
    r"(?:ministers|leaders)\b"
    r"|\s+(?:Administration|Agency|Secretariat|Directorate)\b)"
)
# A possessive right after the name: "the X Accord's provisions" (its own terms).
_POSSESSIVE_NEXT = re.compile(r"['’]s\s")
# The name's own implementing told by its possessive: "the X Accord's implementation".
_OWN_IMPLEMENTATION = re.compile(
    r"['’]s\s+(?:(?:full|swift|effective|further)\s+)?implementation\b"
)
# "Conference of the Parties to the ... Convention": a meeting's name, not an instrument.
_PARTIES_TO = re.compile(r"\bParties\s+to\s+(?:the\s+)?[^.;]{0,60}$")
# Words that continue a title after a capitalised head: "Declaration on Cooperation".
# (a word of it may join its parts with "+" or an inner stop: "C5+1", "U.S.-Pacific")
_TITLE_TAIL = re.compile(
    r"(?!\s+(?:and|the)\s)(?:\s+(?:on|of|for|and|the|in|between|among)(?=\s))+\s+[A-Z](?:[\w’'-]|[.+](?=[\w-]))*(?:\s+(?:(?:on|of|for|and|the|in|between|among)\s+)*[A-Z](?:[\w’'-]|[.+](?=[\w-]))*)*"
    # "... between the Ministries of Foreign Affairs of the two countries": whose they are
    r"(?:\s+of\s+the\s+two\s+(?:countries|states|nations)\b)?"
    r"(?:\s+for\s+(?:the\s+(?:years|period)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b)?"
)
# Another thing told after a name: "... and a memorandum", "... and the road map".
_NEXT_THING = re.compile(r"\s+and\s+(?:a|an|the)\s")
# The day or the place of the signing after a name: "... on Monday", "... in Lima".
_TAIL_EVENT = re.compile(
    r"\s+(?:on|in|at)\s+(?:the\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
# Capitalised words joined by "of"/"and"/"for" before a name: "Council of Europe ...".
_NAME_JOIN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+)+(?:of|and|for|in)\s+(?:the\s+)?[“\"]?$")
# Words that make an instrument word a countable thing: "an accord", "their agreement".
_DETERMINERS = (
    DEFINITE
    | INDEFINITE
    | frozenset(
        ["its", "their", "his", "her", "our", "your", "my", "any", "every", "each", "another"]
    )
)
_LEADING_THE = re.compile(r"(?:The\s+)?")  # always matches
# A capital joined to another state in the modifiers: "the Washington-Tokyo pact"; else
# a capital there names the place of the instrument ("the Paris accord"), not a party.
_JOINED = re.compile(r"[-/–]")
# Where the states after an instrument stop being its parties: a new clause, an aside or a
# comparison ("sooner than Mexico managed").
_CLAUSE_END = re.compile(
    r"\b(?:as well as|while|whereas|but|which|who)\b|[;:(]|\bthan\s+(?=[A-Z]|(?:\w+\s+){0,2}by\b)"
)
# A modal later in the clause: "a pact ... could spur", "an agreement will be successful".
# (not in a relative clause), said of an instrument that is the subject of its clause.
_HYPOTHETICAL = re.compile(
    r"(?:(?!\b(?:that|which|who)\b)[^.;:]){0,100}?\b(?:could|would|might|may|will|should)\s+"
    r"(?!have\b)"
)
# An indefinite article opening the instrument's modifiers: "a lasting", "an agreed pricing".
_AN_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$")
_UNDER_AN_BEFORE = re.compile(r"\bunder\s+an?\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"(?:^\W*|\b(?:that|said|says)\s+(?:only\s+)?)$")
# A status said right after the instrument: "the pact it signed", "the accords to be signed".
_OWN_STATUS = re.compile(
    r"\s+(?:(?:it|they|that|which)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had)\s+)?"
    r"(?:to\s+be\s+|being\s+)?(?:signed|concluded|reached|struck|agreed|ratified|adopted)\b"
)
# "the agreement on X, in force since 2019": a status of its own, told in an aside
_IN_FORCE_ASIDE = re.compile(
    r"[^.;,]{0,80}?,\s+(?:(?:which\s+)?(?:is|has\s+been|was|had\s+been)\s+)?"
    r"in\s+(?:force|effect)\s+since\b"
)
# A passive signing right after the instrument: its signers follow "by", maybe with a long
# aside ("signed by A and B, the Prime Ministers of X and Y").
_SIGNED_BY = re.compile(
    r"(?:\s+[\w-]+){0,8}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+\s+)?(?:signed|inked|concluded|adopted|initial(?:l)?ed|sealed|penned)(?:\s+[\w’'-]+){0,5}?\s+by\b"
)
# Verbs that make an understanding a document (not "reached" or "agreed": consent).
_DOCUMENT_VERB = re.compile(
    r"\b(?:sign(?:ed|ing)?|inked|concluded|sealed|penned|initial(?:l)?ed|put\s+\w+\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b)))\b",
    re.IGNORECASE,
)
# "the agreements reached at the summit", "accords reached during the talks": understandings.
_REACHED_AT = re.compile(
    r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:reached|achieved|agreed)\s+"
    # "the agreements reached there", "... reached then": at the event just told
    r"(?:(?:\w+\s+)?(?:at|during|in\s+the\s+course\s+of|following)\b|(?:there|then)\b)"
)
# The same told by when or by whom: "agreements reached earlier", "agreements reached by the
# two presidents" (read for a bare plural only: "the Paris accords agreed by" is a name).
_REACHED_BY = re.compile(
    r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:reached|achieved|agreed)\s+"
    r"(?:earlier|previously|before|so\s+far|to\s+date|by)\b"
)
# The partners after a plural: "agreements signed with A, B, and C", "accords have been
# reached with A and B" (to the end of the clause).
_WITH_LIST = re.compile(
    r"\s+(?:(?:have|has|had)\s+been\s+|were\s+|are\s+)?(?:signed\s+|concluded\s+|reached\s+"
    r"|inked\s+)?with\s+(?P<who>[^;:()]{2,120}?)"
    r"(?=\s+(?:as\s+well\s+as|while|which|but|on|in|to|for|that)\b|[;:(]|\.?\s*$)"
)
# A short topic between a plural instrument and its "with" list: " on visa-free travel".
_TOPIC_THEN_WITH = re.compile(r"\s+(?:on|in)\s+(?:[\w-]+\s+){0,5}?[\w-]+(?=\s+with\b)")
# Joining told as done, right before the instrument: "<State> joined the", "<State> has
# acceded to the", "<State> joining the"; or a state brought back: "return the US to that".
_JOINED_TO = re.compile(
    r"(?:\b(?:has\s+|have\s+|had\s+)?(?:re)?join(?:ed|ing)|\bacceded\s+to|\bacceding\s+to"
    r"|\breturned\s+to|\bsigned\s+up\s+to)\s+$"
    r"|\b(?:return|returned|returning|bring|brought)\s+(?P<state>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:back\s+)?(?:in)?to\s+$"
)
# "Under the" opening a clause: the instrument binds the subject that follows its comma.
_UNDER = re.compile(
    r"(?:^|[,;]\s*|\.\s+)(?:[Uu]nder(?:\s+the\s+terms\s+of)?|[Aa]s\s+part\s+of)\s+$"
)
# The verb after the subject of a clause: where the subject's states end.
_SUBJECT_END = re.compile(
    r"\b(?:agreed|agree|agrees|pledged|undertook|committed|must|will|would|shall|should|can|is|are"
    r"|was|were|has|have|had|may|receives?|received|gets?|got)\b"
)
# A meeting or trip to come, told to make the instrument: "officials will meet in C in May to
# draw up a trade protocol", "the commission would meet in the autumn to prepare a roadmap"
# (not "to prepare the ground for" one: a step before its talks, whose sides are often others).
_MEETING_TO_MAKE = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+)?(?:meet|travel|fly|visit)\b[^.;:]{0,60}?\bto\s+"
    r"(?:negotiate|prepare|draw\s+up|draft)\s+(?:an?|new)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A gathering ended with the instrument, its own outcome: "the ministers ended a two-day
# council meeting with a declaration", "heads of government ended their summit here last
# night with a declaration pledging".
_GATHERING_ENDED_WITH = re.compile(
    r"\b(?:ended|closed|concluded|wound\s+up)\s+(?:an?|the|their|its)\s+[^.;:]{0,60}?"
    r"\b(?:meeting|summit|session|conference|talks)\b[^.;:]{0,40}?\bwith\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A step toward a document the sides take together: "to be signed", "being prepared by".
# The two sides' own signing to come under a modal, in the active voice: "the two sides could
# conclude a treaty", "both sides may sign a memorandum" (a passive "could be signed" names no
# signer, so it stays out as in _PLANNED_STEP).
_SIDES_MAY_SIGN = re.compile(
    r"\b(?:could|may|might|should|must|can|shall)\s+(?:(?:also|soon|then|finally|formally)\s+)?"
    r"(?:sign|conclude|ink|seal|finali[sz]e)\b"
)
_PLANNED_STEP = re.compile(
    # "will also sign", "would not be signed until": an adverb inside the auxiliary tells the
    # same signing to come ("could be signed" is not: a company's deal as often as a state's)
    r"\b(?:(?:to|will|would)\s+(?:(?:also|not|now|soon|then|finally|formally)\s+)?(?:be\s+)?"
    r"(?:sign|conclu|adopt|ink|draft|prepar|elaborat|finali[sz]"
    # "the two sides will draw up an agreement": a document made, as "will prepare" one
    r"|initial|draw\s+up)"
    # "the two sides said they would negotiate a treaty", "agreed to negotiate a pact", "is to
    # be negotiated": the sides' own step to come (not "would commit them to negotiate": the
    # step another instrument binds them to)
    r"|\b(?:will|would|shall)\s+(?:(?:also|now|soon|then|jointly|later)\s+)?negotiate\b"
    r"|\b(?:agreed?|agrees|plan(?:s|ned)?|decided?|intends?|intended|wants?|hopes?|aims?|are|is"
    r"|was|were|expected|due|set|ready|willing)\s+to\s+negotiate\b"
    r"|\b(?:to|will|would)\s+be\s+(?:re)?negotiated\b"
    r"|initial(?:l)?ed\b"  # "the text was initialled": fixed before its signing
    r"|being\s+(?:prepared|negotiated|drafted|finali[sz]ed)|(?:was|were)\s+(?:also\s+)?discussed"
    # "a treaty on X should be ready for signing next year": a signing to come
    r"|\bready\s+for\s+(?:signing|signature)\b"
    # "an aviation accord would be discussed during the visit": on the table, as "was discussed"
    r"|(?:to|will|would)\s+(?:also\s+)?be\s+(?:also\s+)?discussed"
    r"|\bthe\s+draft\b"  # "the sides discussed the draft agreement on ..."
    r"|\b(?:preparation|drafting|elaboration)\s+of\b"
    # "will witness the signing of", "at the final stage of preparation"; an adverb inside
    # the auxiliary ("will then witness") tells the same signing to come
    r"|(?:will|would|to)\s+(?:(?:also|then|later|soon|now|personally)\s+)?"
    r"(?:witness|attend|oversee)\s+the\s+signing\b"
    r"|\b(?:final|last|advanced)\s+stages?\s+of\b"
    r"|\b(?:working|talks|negotiations)\s+on\b"
    # "the delegations continue negotiating a protocol on X": still being negotiated
    r"|\bnegotiating\s+(?:an?|the|new)\b"
    # "work on a draft agreement on X", "progress on a draft bilateral agreement": not yet signed
    r"|\ban?\s+draft\b"
    # "a memorandum could be signed during the visit": a signing to come tied to the story's
    # own visit or talks, whose sides it told (a bare "could be signed" stays out, as above)
    r"|\b(?:can|could|may|might)\s+be\s+(?:signed|concluded|initial(?:l)?ed)\s+(?:during|at)\s+"
    r"(?:the|his|her|their|this|that)\s+(?:visit|trip|talks|meeting|summit)\b"
    # a meeting or trip told to make one: "will meet in C in May to negotiate a new protocol",
    # "will lead a delegation to C to negotiate an agreement"
    r"|\b(?:meet|meets|met|meeting|delegation|visit|travel|fly)\b[^.;:]{0,60}?\bto\s+"
    r"negotiate\s+(?:an?|the|new)\b"
    # "their aim of finalizing a border treaty", "progress toward concluding a pact": the
    # sides' aim or progress, its document still to be concluded
    r"|\b(?:progress|steps?|work|moves?|goal|aim|objective)\s+(?:of|toward|towards)\s+"
    r"(?:conclud|finali[sz])ing\s+(?:an?|the)\b)",
    re.IGNORECASE,
)
# A signing to come told of one official's trip: "could be signed during his visit". A trip
# goes from state to state, so such a document is never a body's own with no state named.
SIGNED_DURING_VISIT = re.compile(
    r"\bbe\s+(?:signed|concluded|initial(?:l)?ed)\s+during\s+(?:the|his|her|their|this|that)\s+"
    r"(?:visit|trip)\b",
    re.IGNORECASE,
)
# The sides' own bodies told by the pair: "between the governments of the two countries".
_OF_TWO_STATES = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:governments|ministries|parliaments|agencies)\s+of\s+"
    r"(?:the\s+two|both)\s+(?:[a-z]+\s+)?(?:countries|states|nations)\b",
    re.IGNORECASE,
)
# "between the two countries", "between the foreign ministries", "between their governments":
# the sides of the clause, or of the story, described by their state bodies.
# The sides' own told by a possessive: "between their governments", "their two countries".
_THEIR_SIDES = re.compile(r"\s*their\s+(?:two\s+)?(?:governments|countries|states|nations)\b")
_SIDES_DESCRIBED = re.compile(
    r"\s*(?:the\s+two\b|both\b|(?:(?:the|their)\s+)?(?:two\s+|respective\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:ministries|governments|parliaments|agencies|departments|administrations|sides"
    # "between the diplomatic academies", "between the customs services": the sides' bodies
    r"|academies|universities|institutes|chambers|services|authorities|committees|banks"
    # "between government entities (of the two countries)", "between the relevant bodies"
    r"|entities|bodies|institutions|organi[sz]ations|structures)\b)",
    re.IGNORECASE,  # "between the Foreign Ministries": capitalised as a body's name
)
# A preposition right after "between": "signed between at the ministerial level" (a slip
# of the writer's) describes no sides.
_NO_SIDES_TOLD = re.compile(r"\s*(?:at|in|on|by|for|during)\b")
# The signers' own, told by a possessive: "between our two countries", "between their
# border regions" (not a group described from outside: "between warring countries").
_OWN_SIDES = re.compile(r"\s*(?:our|their)\b", re.IGNORECASE)
# Another instrument brought in by an indefinite article: "follows an agreement".
_ANOTHER_ONE = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|treaty|pact|deal|memorand"
    r"|protocol|convention|declaration)",
    re.IGNORECASE,
)
# Another instrument joined to this one as the subjects of a plural passive before "between":
# "An agreement on X and a memorandum on Y were signed between A's Cabinet and B's
# Government": the phrase names the sides of both.
_JOINED_SUBJECTS = re.compile(
    r"[^.;:]*?\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|treaty|pact|deal"
    r"|memorand\w*|protocol|convention|declaration|road\s?map|plan)\b[^.;:]*?"
    r"\b(?:were|are|will\s+be|have\s+been|had\s+been|(?:are|were)\s+(?:due\s+)?to\s+be)\s+"
    r"(?:also\s+)?(?:signed|inked|concluded)\s+"
)
# Another instrument, the object of a verb of its own: ", senators ratified the Agreement".
_VERB_OBJECT = re.compile(
    r"\b(?:signed|ratified|approved|adopted|inked|concluded)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|accord|treaty|pact|deal|memorand|protocol|convention|declaration)",
    re.IGNORECASE,
)
# A second object of the signing verb: "signed the X Declaration, as well as agreements".
_ALSO_SIGNED = re.compile(
    r"\b(?:signed|inked|adopted|concluded)\s+[^.;:]{3,120}?(?:,?\s+as\s+well\s+as|,?\s+and)\s+"
    r"(?:(?:the|several|various|other|a\s+number\s+of|a\s+series\s+of)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A negotiation governing a plural: "to negotiate bilateral agreements", "negotiating new
# accords" (the instruments it is to bring).
_NEGOTIATE_THESE = re.compile(
    r"\bnegotiat(?:e|es|ing)\s+(?:(?:new|separate|bilateral|further|several)\s+){0,2}$"
    # "failed to agree on new trade deals with A and B": deals still to be made
    r"|\b(?:fail(?:s|ed|ing)?\s+to|unable\s+to|could\s+not|did\s+not)\s+agree\s+(?:on|upon)\s+"
    r"(?:(?:new|separate|bilateral|further)\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# A negotiation whose object is a framework: "to negotiate a framework on X", "negotiations
# on a civil space cooperation framework", "concluding a framework for X", "are expected to
# sign a framework on X", or one still in the making: "the development of a framework for X",
# "talks on a framework for Y" (a framework is otherwise an instrument only by its name).
_FRAMEWORK_NEGOTIATED = re.compile(
    r"\b(?:negotiat(?:e|es|ing|ions?)|conclud(?:e|es|ing)|sign(?:s|ing)?"
    r"|(?P<making>develop(?:ing|ment)|talks))"
    r"\s+(?:(?:on|of|for)\s+)?(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The story's leaders, or their own aim, told as making a framework: "The leaders ... are
# expected to sign a framework", "their shared goal of concluding a framework".
_LEADERS_OWN = re.compile(
    r"\b(?:[Tt]he\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state)\b"
    r"|\btheir\s+(?:shared\s+|common\s+|joint\s+)?(?:goal|aim|objective|intention)\s+of\b)"
)
# Talks or negotiations on a plural, with whom told before it: "opened talks with A, B and C
# on free trade agreements", "negotiations with A and B for new accords on X" (the
# instruments they are to bring, one with each partner).
_TALKS_ON_THESE = re.compile(
    r"\b(?:talks|negotiations)\s+(?:with\s+(?P<who>[^.;:()]{2,120}?)\s+)?(?:on|for|over|about)\s+"
    r"(?:(?:new|separate|bilateral|further|similar)\s+)?(?:[a-z-]+\s+){0,2}$"
)
# Talks only hoped for, right before their word: "hoped to start (talks on similar deals)".
_TALKS_HOPED = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|would\s+like)\s+to\s+"
    r"(?:start|begin|open|launch|hold)\s+$"
)


def _talks_on_these(text: str, head_start: int) -> re.Match[str] | None:
    """The talks or negotiations a plural is the object of, unless only hoped for."""
    talks = _TALKS_ON_THESE.search(text, max(0, head_start - 180), head_start)
    if talks is None or _TALKS_HOPED.search(text, max(0, talks.start() - 40), talks.start()):
        return None
    return talks


# A negotiation governing a plural with other modifiers, told with whom: "is negotiating
# similar deals with", "negotiating free trade agreements with" (with ``_WITH_STATE`` after).
_NEGOTIATE_WITH = re.compile(
    r"\bnegotiat(?:e|es|ing)\s+(?:(?!(?:the|its|their|his|her|these|those|all|any)\b)"
    r"[a-z][\w-]*\s+){1,3}$"
)
# A making still to come that governs a plural, with its partners listed after it: "still has
# to complete bilateral deals with A, B and C", "must conclude trade deals with A and B", "is
# negotiating deals with several members, including A, B and C": one planned instrument with
# each partner (read with :func:`_partners`), as the side must make each of them.
_TO_MAKE_WITH = re.compile(
    r"\b(?:(?:has|have|had|needs?|must|will|would|hopes?|plans?|wants?|aims?|is\s+due|are\s+due)"
    r"\s+(?:still\s+|yet\s+|also\s+|first\s+)?(?:to\s+)?(?:still\s+|yet\s+)?"
    r"(?:complete|conclude|finali[sz]e|negotiate)|negotiat(?:es|ing))"
    r"\s+(?:(?!(?:the|its|their|his|her|these|those|all|any)\b)[a-z][\w-]*\s+){1,3}$"
)
# A side's own plural, held ("Chile already has free trade agreements with A, B and C"), or
# still being made after the list of its partners ("similar agreements with A, B and C are
# being negotiated"): one instrument with each partner (read with :func:`_partners`).
# (not "has to complete bilateral deals with": a making still to come, however it ends)
_HELD_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:(?!to\b)[\w-]+\s+){0,3}$"
)
_BEING_MADE_AFTER = re.compile(
    r"[^.;:]{0,100}?\s(?:are|were|is|was)\s+(?:still\s+)?being\s+"
    r"(?:negotiated|prepared|drafted|finali[sz]ed)\b"
)
# The plural's own passive signing after its topic: "agreements on X and on Y were signed".
_PLURAL_SIGNED = re.compile(
    r"[^.;:]{0,100}?\s(?:(?:were|have\s+been|had\s+been|are"
    # a signing to come: "documents on X and Y are (expected) to be signed", "will be signed"
    r"|(?:are|is)\s+(?:expected\s+|due\s+|set\s+|scheduled\s+)?to\s+be|will\s+be"
    # "officials said agreements on X and Y would be signed": reported, the same signing to come
    r"|would\s+be)"
    r"\s+(?:also\s+)?(?:signed|inked|concluded|adopted)\b"
    # "documents on X are being prepared for signing": the same signing to come
    r"|(?:is|are)\s+being\s+prepared\s+for\s+(?:signing|signature)\b)"
)
# An item of a list of instruments that one passive verb signs: "an agreement on X, a
# memorandum on Y, and a programme for Z were signed".
_LIST_SIGNED = re.compile(
    r"[^.;:]{0,220}?,?\s+and\s+(?:an?|the)\s+[^.;:]{0,140}?\s(?:were|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:signed|inked|concluded|adopted)\b"
)
# The instrument's own entry into force later in its clause: ", signed in 2006, entered
# into force in 2009".
_LATER_IN_FORCE = re.compile(
    r"[^.;:]{0,240}?\b(?P<verb>(?:entered|came|went|enters|comes)\s+into\s+(?:force|effect)"
    # the wire's ways of saying it: "took effect on Tuesday", "became effective in March"
    r"|took\s+effect|became\s+effective"
    # its present perfect: "has come into force", "have taken effect", "has become effective"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?(?:(?:come|gone)\s+into\s+(?:force|effect)"
    r"|taken\s+effect|become\s+effective)"
    r"|(?:has|have|had)\s+been\s+in\s+(?:force|effect)\s+since"
    # an instrument working since a date is in force since it: "(the X signed in 2019 was
    # reviewed, and the sides noted that) it had been fully operational since May"
    r"|(?:has|have|had)\s+been\s+(?:fully\s+)?(?:operational|in\s+operation)\s+since"
    # its present state: "(the X, which A and B signed in 2019,) is now in force" (not "that
    # will remain in force until 2035": its term to come)
    r"|(?:is|are|remains|(?<!will\s)(?<!would\s)(?<!shall\s)(?<!to\s)remain)\s+"
    r"(?:now\s+|already\s+|still\s+|fully\s+)?in\s+(?:force|effect)"
    # "The Treaty on X, signed during that visit, has been ratified by both parliaments"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+ratified"
    # "The treaty, signed in Lima in May, was ratified by the congress on Tuesday"
    r"|(?:was|were)\s+(?:later\s+|subsequently\s+|then\s+|also\s+)?ratified"
    # "(the X, which A and B signed,) was approved by the Mongolian parliament in March"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|subsequently\s+|then\s+|also\s+)?"
    r"(?:approved|endorsed)\s+by\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,2}?(?:parliaments?"
    r"|legislatures?|senate|congress|national\s+assembly|majlis|duma|lawmakers|deputies))\b"
)
# A ratification or a parliament's approval still to come: "is expected to approve", "is due
# to be ratified", "the ratification of X is expected".
_RATIFYING_TO_COME = re.compile(
    r"\b(?:expected|due|set|scheduled|slated|poised|likely|plans?|planning|intends?|intending"
    r"|will|would|shall|must|should)\s+(?:to\s+)?(?:be\s+)?(?:ratif|approv|endors)\w*"
    r"|\b(?:ratification|approval)\s+of\b[^.;]{0,200}?\s(?:is|are)\s+(?:expected|due|scheduled)\b",
    re.IGNORECASE,
)
# The instrument's signing told done right after it, in an aside: ", signed by", ", which was
# signed", ", which the two countries signed".
_SIGNING_DONE = re.compile(
    r"[^.;]{0,100}?,\s+(?:(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"|(?:[\w-]+\s+){1,4}?))?(?:signed|concluded|inked)\b"
)
# A coordinate clause opening with a subject of its own: ", and", ", but", "; ".
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
# The end of a term right before a date: "(is in force) until 2030", "through June".
_TERM_ENDS = re.compile(r"\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$")
# An entry into force told as a condition or a time to come, not as done: "(the agreement
# would need to be ratified) before it took effect", "(which will permit flights) once it
# enters into force", "until the treaty comes into force".
_CONDITION_OF = re.compile(
    r"\b(?:before|once|until|till|unless|if|as\s+soon\s+as)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+)\s+(?:can\s+|could\s+|will\s+|would\s+|may\s+)?$"
)
# The signing aside after a named instrument's topic: "on transport for 2023-2025, signed".
_SIGNED_AFTER_TOPIC = re.compile(
    r"\s+(?:on|for|in|between)\s[^.;:,]{0,100},\s*(?:which\s+was\s+)?(?:signed|adopted)\b"
)
# A signing told later in the instrument's own clause, with no comma: "(the implementation of
# the memorandum) on X signed by the ministries", "(of the agreement) that the two governments
# signed".
_SIGNED_IN_CLAUSE = re.compile(
    r"(?:\s+(?:on|for|in|between)\s[^.;:,]{0,100}?"
    # "(the X) and the Y agreement that the two governments signed": one clause for both
    r"|(?:\s+and\s+(?:the\s+)?[^.;:,]{0,60}?)?\s+(?:that|which)\s[^.;:,]{0,60}?)"
    r"\s(?:signed|adopted)\b"
)
# The implementation of two instruments, the second right after "and": "the implementation
# of the X Agreement and the (Y agreement)".
_IMPLEMENTATION_OF_PAIR = re.compile(
    r"\bimplementation\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:agreement|accord|treaty|memorandum|protocol|convention|declaration)s?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A signing (or adopting) participle in the instrument's own clause (no comma before it) whose
# clause writes out the year: "(the agreement on X) signed between the two countries in 2019",
# "signed by A and B on November 9, 2020", "(the road map) adopted in 2020"; not "signed in
# March" or "last November".
_SIGNED_IN_WRITTEN_YEAR = re.compile(
    r"[^,.;:]{0,160}?\b(?:signed|adopted)\b"
    r"(?:[^,.;:]|,\s*(?=(?:1[89]|20)\d\d\b)){0,100}?"  # a day's comma: "on June 3, 2019"
    r"\b(?:1[89]|20)\d\d\b"
)
# An aside naming some of the documents before their verb: ", including the X Treaty, ".
_NAMING_ASIDE = re.compile(
    r",\s*(?:including|among\s+them|in\s+particular|notably)\s[^.;:()]{0,160}?,\s*(?:now\s+)?\Z"
)

# A dashed aside counting the documents before their verb: " - twelve documents in total - ",
# "then—twelve documents in total—are"; between commas it says "in total" (", twelve
# documents in total, are": a count, where a bare comma aside may be a clause of its own).
_COUNT_ASIDE = re.compile(
    rf"{ASIDE_DASH}[^-–—.;:()]{{0,80}}(?:\s[-–—]\s*|(?<=\w)—)\Z"
    r"|,\s*[^-–—.,;:()]{0,60}\bin\s+total,\s*\Z"
)


def _aside_start(after: str, verb: int) -> int:
    """Where an aside naming some of the documents starts before ``verb``, else ``verb``.

    >>> _aside_start(" signed then, including the X Treaty, are being implemented", 38)
    12
    """
    aside = _NAMING_ASIDE.search(after, 0, verb) or _COUNT_ASIDE.search(after, 0, verb)
    return aside.start() if aside is not None else verb


# The instrument's main verb after its signing told: "documents signed in May are being
# successfully implemented" (in force now); in reported speech, "the sides noted that the
# documents signed in May were being implemented" (the same present, shifted back).
_NOW_IMPLEMENTED = re.compile(
    r"[^.;:]{0,160}?\b(?P<verb>(?:is|are|was|were)\s+(?:now\s+)?being\s+(?:\w+ly\s+)?implemented"
    # "(the pact, signed in 1986,) remains in force": in force now, as being implemented
    r"|(?:is|are|remains?|remained)\s+(?:still\s+)?in\s+(?:force|effect))\b"
)
# A new clause, with a subject of its own: ", and", ", while", ", but".
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but|as|whereas)\b")
# A named instrument's implementation told: "the implementation of the", "implementing the",
# its name in quotes ("implementation of the “X Agreement”").
_IMPLEMENTING = re.compile(
    r"\b(?:implementation\s+of|implementing)\s+(?:the\s+)?[“\"]?$", re.IGNORECASE
)
# An implementing under way that the sides review, right before an instrument's own words:
# "noted (the) progress (made) in implementing", "reviewed the implementation of", "welcomed
# progress in carrying out", "progress under"; not a means to an end ("trade should grow
# through the implementation of"), where the instrument's state is not told.
_IMPLEMENTED_BY = re.compile(
    r"\b(?:(?:progress|headway|review\w*|discuss\w*|assess\w*|evaluat\w*|monitor\w*"
    r"|welcom\w*|not(?:ed|es|ing)|hail\w*|prais\w*|commend\w*)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:implementation\s+of|implementing|carrying\s+out)"
    r"|(?:progress|headway)\s+(?:(?:made|achieved)\s+)?under)\s+[“\"]?$",
    re.IGNORECASE,
)
# Its own making told after the instrument, which the key dates: "(the memorandum on X) signed
# last year", "(the Roadmap), launched in February 2021", "that the two governments concluded".
_MADE_AFTER = re.compile(
    r"\b(?:signed|concluded|adopted|launched|reached|inked|initial(?:l)?ed|established"
    r"|agreed(?!\s+(?:that|to|on)\b))\b"
)
# A clause of the sentence's subject after the instrument: ", and ...", " and agreed ...".
_SUBJECT_CLAUSE_NEXT = re.compile(
    r",\s+(?:and|while|but|as|whereas)\b|\s+and\s+(?:\w+ed|will|would|also)\b"
)
# Words that name a relation between states, not a programme: "the Comprehensive Strategic
# Partnership" is how two states call their ties.
_RELATION_WORDS = frozenset(
    (
        "comprehensive", "strategic", "global", "special", "enhanced", "privileged",
        "extended", "all-round", "full", "close", "new", "broad", "deep", "deeper", "closer",
        "long-term", "lasting", "enduring",
    )
)  # fmt: skip


def _own_clause_keeps(text: str, head: re.Match[str]) -> bool:
    """Whether nothing in the instrument's own words after it tells another status.

    Its own clause runs to the next instrument word; there a signing told ("signed last
    year", "launched in 2021") or a cue other than being in force ("which is being drafted")
    is the instrument's own status, which an implementing phrase before it does not outweigh.
    """
    nxt = INSTRUMENT.search(text, head.end())
    own_end = nxt.start() if nxt is not None else len(text)
    clause = _SUBJECT_CLAUSE_NEXT.search(text, head.end(), own_end)
    own_end = clause.start() if clause is not None else own_end
    if _MADE_AFTER.search(text, head.end(), own_end) is not None:
        return False
    whole = cue_status(text[:own_end], head.start(), head.end())
    return whole[0] is AgreementStatus.RATIFIED or whole == cue_status(
        text[: head.end()], head.start(), head.end()
    )


# Its implementing told before the instrument: "implementation of", "implementing", "carrying out".
_IMPLEMENTING_BEFORE = re.compile(r"\b(?:implement\w*|carrying\s+out)\b", re.IGNORECASE)
# A step in force of its own in the sentence: "ratified", "entered into force", "took effect".
_OWN_FORCE_STEP = re.compile(
    r"\b(?:ratif\w*|approv\w*|into\s+(?:force|effect)|took\s+effect|takes\s+effect"
    r"|became\s+effective|expir\w*|in\s+force)\b",
    re.IGNORECASE,
)


def _implementing_only(text: str, head: re.Match[str]) -> bool:
    """Whether an implementing phrase before the instrument is all that tells it in force.

    "noted progress in implementing the accord", "reviewed implementation of the Treaty's
    provisions", "discussed the X Accord's implementation": no step of its own (no
    ratifying, no entry into force) in the sentence.
    """
    return (
        _IMPLEMENTING_BEFORE.search(text, max(0, head.start() - 120), head.start()) is not None
        or _OWN_IMPLEMENTATION.match(text, head.end()) is not None
    ) and _OWN_FORCE_STEP.search(text) is None


def _has_topic(title: str) -> bool:
    """Whether a named partnership holds a topic, not only words of a relation and states.

    "Just Energy Transition Partnership", "the Partnership for X": a topic.

    >>> _has_topic("Comprehensive Strategic Partnership"), _has_topic("Energy Partnership")
    (False, True)
    """
    words = title.split()
    at = next((i for i, w in enumerate(words) if w.casefold() == "partnership"), len(words))
    if words[at + 1 : at + 2] and words[at + 1].casefold() in ("for", "to", "on"):
        return True
    return any(
        w.casefold() not in _RELATION_WORDS and "-" not in w and resolve_country(w) is None
        for w in words[:at]
    )


# A relative clause right after a name, whose states act under it: "(the X Partnership) for
# Y, through which A, B and C are helping", "(the X Partnership) that A concluded with B".
_RELATIVE_AFTER_NAME = re.compile(
    r"[^.;,]{0,80}?,?\s+(?:that|which|(?:through|under|by)\s+which)\s+(?P<who>[^.;]{1,200})"
)
# The same with the name's own words before its head, a holder's possessive among them:
# "the implementation of Peru's Association Agreement", "of the Trade and Investment Agreement".
_IMPLEMENTING_NAME = re.compile(
    r"\b(?i:implementation\s+of|implementing)\s+(?:the\s+)?[“\"]?"
    r"(?:[A-Z][\w.-]*(?:['\u2019]s)?,?\s+(?:and\s+)?){1,4}$"
)
# A named instrument told as the frame of work going on: "sites under the X Agreement",
# "goods trade under the A-B Y Agreement", "progress in cooperation under the Z Declaration".
_WORK_UNDER_NAME = re.compile(
    r"\b(?i:sites|locations|bases|projects|trade|cooperation|work|activities|progress)"
    r"\s+(?i:under)\s+(?:the\s+)?(?:[A-Z][\w.\u2013-]*(?:['\u2019]s)?\s+){1,6}$"
)
# The instrument's own signing or entry into force right after the rest of its name: "(the
# X) signed in 2014", "(Memorandum) of Understanding on Y signed", ", which the two sides
# concluded", ", which entered"; not a figure's verb ("trade under the X reached $2bn").
_OWN_CLAUSE_AFTER = re.compile(
    r"(?:\s+(?:of|on|in|for|and|[A-Z][\w.\u2013-]*))*[\s,]*"
    r"(?i:(?:which|that)\s+(?:[\w.\u2019'-]+\s+){0,6}?"
    # a clause with no pronoun: "(the X Framework) the two governments signed in 2022"
    r"|(?:the\s+two|both)\s+(?:governments|countries|sides|states|leaders)\s+)?"
    r"(?i:signed|concluded|adopted|reached(?!\s+(?:[$\u20ac\u00a3\u00a5]|US\$|\d))"
    r"|approved|ratified|initialled|in\s+force|entered|took\s+effect)\b"
)
# An untitled instrument's own topic right after it: "(the agreement) on civil nuclear
# energy", "(the memorandum) on establishing new links".
_ON_TOPIC = re.compile(r"\s+(?:on|concerning|regarding)\s", re.IGNORECASE)
# The implementation of the instrument under way: "the course of implementation of the 16".
_IMPLEMENTATION_OF = re.compile(r"\bimplementation\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The instrument as the object of an implementing told as a topic: "progress in implementing the".
_IMPLEMENTING_THE = re.compile(r"\bimplementing\s+(?:the\s+)?$", re.IGNORECASE)
# A signing participle right after the instrument: "signed during the visit".
_SIGNED_NEXT = re.compile(r"\s*,?\s*(?:that\s+were\s+|which\s+were\s+)?signed\b")
# Being bound by a named instrument: "are parties to the", "is a signatory of the".
_PARTY_TO = re.compile(
    r"\b(?:are|is|were|was|became|become|becomes|remain|remains)\s+(?:also\s+)?(?:an?\s+)?"
    r"(?:state\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)\s+(?:the\s+)?[“\"]?$"
)
# Instruments welcomed as made: "welcomed the landmark agreements to connect the grids".
_WELCOMED_THESE = re.compile(
    r"\b(?:welcom|hail|prais|applaud)\w*\s+the\s+(?:recent\s+|new\s+|landmark\s+|historic\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "under" right before the instrument's determiner: the instrument binds the clause's subject.
_UNDER_AN = re.compile(r"\bunder\s+$", re.IGNORECASE)
# A step of the instrument told as a noun, or its adoption: "the early conclusion of",
# "speed up the ratification of", "endorsed the road map", "the entry into force last month of".
_STEP_NOUN = r"\b(?:conclusion|ratification|signing|signature|entry\s+into\s+(?:force|effect))"
# The step's time told between the noun and "of": "today", "last month", "in March".
_STEP_WHEN = (
    r"(?P<when>today|yesterday|(?:last|this|earlier\s+this|late\s+last)\s+\w+"
    # a day as outlets write it: "on Aug. 15", "on 15 August", "on the 15th of August"
    r"|on\s+(?:" + DAY_OF_MONTH_PATTERN + r")"
    r"|(?:in|on|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,4})?)"
)
_STEP_OF = re.compile(
    _STEP_NOUN + r"(?:\s+" + _STEP_WHEN + r")?\s+of\b|\b(?:approved|endorsed)\s+(?:an?|the)\b",
    re.IGNORECASE,
)
# That step welcomed or noted right before the instrument, its time between them: "welcomed
# the entry into force last month of the X", "noted the signing today of a Y": done then.
_STEP_OF_TIMED = re.compile(
    r"(?:\b(?:welcom\w*|hail\w*|celebrat\w*|applaud\w*|commend\w*|mark\w*"
    r"|not(?:ed|es|ing)(?:\s+with\s+\w+)?"
    # "congratulates A and B on the signing yesterday of": the step the sides are praised for
    r"|congratulat\w*\s+[^,;:()]{1,120}?\s+on)\s+the\s+"
    # or the step opens the sentence as its subject: "The signing on Monday by A and B of"
    r"|^\s*the\s+)"
    # a ratifying body may own the step: "the National Assembly's approval last month of"
    + r"(?:(?:[\w-]+\s+){0,3}?[\w-]+['\u2019]s\s+)?"
    + r"(?P<step>"
    + _STEP_NOUN
    + r"|approval)"
    # or tell it before the time: "the ratification by the Senate on May 27 of"
    + r"(?:\s+by\s+[^,;:()]{3,80}?)?\s+"
    + _STEP_WHEN
    # its place, its signers or both may stand before "of": "today in <city> of", "today by A
    # and B of", "today in <city> by A, B and ten other partners of" (a list of signers has commas)
    + r"(?:\s+in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?(?:\s+by\s+[^;:()]{3,120}?)?"
    + r"\s+of\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# How far before the instrument's modifiers a welcomed step and its time may open.
_STEP_OF_TIMED_REACH = 260
# An event noun right before "between", after a comma: the sides are the event's.
_TALKS_BETWEEN = re.compile(
    r",[^,;:]*\b(?:talks|meeting|meetings|negotiations|consultations|visit|summit|conversation)"
    r"\s+$"
)
# A new clause of the sentence: ", while", ", whereas", "; ", ", but".
_OTHER_CLAUSE_OPENS = re.compile(r";|,\s+(?:while|whereas|but|and\s+(?:both|the)\s+sides)\b")
# A bill that would ratify the instrument after it: "the bill on approval of the".
# A signing verb in its base form before the instrument: the verb a question's auxiliary
# governs ("Will A and B sign a deal?"), not a participle ("the deal signed in March").
_BASE_SIGNING = re.compile(
    r"\b(?:sign|conclude|ink|seal|clinch|strike|reach|adopt|finali[sz]e)\b", re.IGNORECASE
)
_BILL_BEFORE = re.compile(
    r"\bbills?\s+(?:on\s+)?(?:approving|ratifying|on\s+(?:the\s+)?(?:ratification|approval)\s+of)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A bill only on its way: discussed, debated, read, submitted; not passed.
_BILL_PENDING = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?(?:discussed|considered|debated|submitted"
    r"|sent|introduced|tabled)\b|\b(?:first|second)\s+reading\b"
    # the legislature's own act on the bill, in the active voice: "MPs debated the bill on"
    r"|\b(?:discuss|debat|consider)(?:ed|ing)\s+(?:an?|the)\s+(?:draft\s+)?bills?\b",
    re.IGNORECASE,
)
# The bill's passing, which ratifies: "was passed", "adopted in the third reading".
_BILL_PASSED = re.compile(
    r"\b(?:passed|adopted|approved|ratified|signed\s+into\s+law|third\s+reading|final\s+reading)\b",
    re.IGNORECASE,
)
# An instrument told as in effect: "is being implemented" (its sides are the story's).
_BEING_IMPLEMENTED = re.compile(
    r"\b(?:is|are|was|were)\s+being\s+(?:[a-z]+ly\s+)?implemented\b"  # "being fully ..."
)
# The instrument's own clause telling it came into force: "(an agreement on X), which entered
# into force in 2018", "(the pact on Y), in force since March": a done act, of the sides told.
_IN_FORCE_CLAUSE = re.compile(
    r"(?:\s+[\w-]+){0,6}?\s*,?\s*(?:which\s+|that\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect"
    # the present perfect: "has come into force", "have taken effect"
    r"|(?<=ha[sd]\s|ave\s)(?:(?:come|gone)\s+into\s+(?:force|effect)|taken\s+effect)"
    r"|(?:in\s+(?:force|effect)|operational)\s+since)\b"
)
# The instrument's own term still running, in its clause: "the current accord expires at
# the end of the year", "an agreement on X, which expires in May", "runs until 1990".
_EXPIRES = re.compile(
    r"(?:\s+[\w-]+){0,8}?\s*,?\s*(?:which\s+|that\s+)?"
    r"(?:expires|runs\s+(?:until|till|through)|(?:is\s+)?due\s+to\s+expire)\b"
)


def _year_signed(text: str, dated: Sequence[DateMention], head_end: int) -> PartialDate | None:
    """The date of the signing told right after an instrument, in a year written out.

    >>> from diplonews.text.dates import extract_dates
    >>> text = "progress in implementing the pact signed by them in 2024 and"
    >>> end = text.index(" signed")
    >>> str(_year_signed(text, extract_dates(text, None), end))
    '2024'
    """
    signed = _gated_match(_SIGNED_IN_WRITTEN_YEAR, text, head_end)
    if signed is None:
        return None
    told = [d.date for d in dated if head_end <= d.start < signed.end()]
    return told[-1] if told else None


def _gated_match(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """``pattern.match(text, pos)``, not tried where ``text[pos:]`` holds none of its words.

    The patterns after an instrument open on a lazy run of words (or characters), each
    length tried before the verb: a few substring tests cost far less (:func:`may_match`).
    """
    return pattern.match(text, pos) if may_match(pattern, text, pos) else None


# A copula or an apposition after the instrument: "the X pact is an agreement between".
_IS_A = re.compile(r"\s*(?:,\s*|\s(?:is|was|are|were)\s+)(?:an?|the)\s")
# A day owning the instrument: "Today's", "Monday's" (a determiner, like "the").
_DAY_OWNS = re.compile(r"(?:[Tt]oday|[Yy]esterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[’']s")
# Heads that are an instrument only when signed or adopted (bound to the verb).
BARE_HEAD = re.compile(r"statements?|communiqu[eé]s?|program(?:me)?s?|(?:joint\s+)?plans?")
# Words that set a plural apart from the instruments told before: "other agreements".
_OTHER_ONES = frozenset(["other", "further", "additional", "more", "separate"])
# Where an item of a colon list of documents starts: "on X", ", on Y", "; and with Z".
# A dash opening a list of topics: "signed that day - on X and on Y", "that day—on X".
_ITEMS_DASH = re.compile(r"(?:\s[-–—]\s+|—(?<=\w—))(?=on\s)")
# Two topics, each with its own "on", right after the plural: " on X and on Y".
_TWO_ONS = re.compile(r"\s+on\s[^.;:,]{2,80}?\s+and\s+on\s[^.;:]{2,}")
# A ratifying verb right before an instrument's modifiers: "ratified two", "ratified the".
_RATIFIED_RIGHT_BEFORE = re.compile(r"\bratified\s+(?:(?:the|an?|all|both)\s+)?\Z")
_ITEM_START = re.compile(r"(?:^\s*|[,;]\s*(?:and\s+)?|\s+and\s+)(?P<item>(?:on|with|for)\s)")
# Between "with" and a group that is the first thing it names: "with the EU".
_GROUP_FIRST = re.compile(r"\s*(?:the\s+)?")
_WITH_NEXT = re.compile(r"\s+with\b")
_OF_NEXT = re.compile(r"\s+of\b")
# What stands before a bare "agreement" used as a mass noun: nothing, a preposition or a
# past verb ("reached agreement on", "deadline for agreement", "Agreement in the talks").
_MASS_BEFORE = re.compile(
    r"(?:\b(?:for|of|on|in|to|by|into|at|reach|reached|reaching|seek|sought|find|found|no)"
    # not a document's own verb: "the sides signed agreement on X" drops only the article
    r"|\b(?!(?:signed|inked|ratified|initial(?:l)?ed|sealed|penned|concluded|approved)\b)"
    r"[a-z]+ed)\s*$"
)
# An instrument told only as possible, or whose making is denied: "a possible agreement",
# "(the sides) could eventually agree a deal", "had no plans to negotiate such an accord",
# "no negotiations on such a deal had been opened". ("The sides discussed the possibility of
# signing an agreement" stays planned: the sides themselves weigh signing it.)
# So is one a state says it does not seek or want, or rejects: "is not seeking an accord".
# So is one whose making is refused, failed or only a condition: "would not sign any new
# accord", "refused to sign a deal", "failed to sign a deal", "unless a deal is reached", "talks
# ended without (reaching an) agreement". ("refused to sign the X": a made one others signed;
# its status cue reads it.)
_ONLY_POSSIBLE = re.compile(
    r"(?:\bpossible"
    r"|\bcould\s+eventually\s+\w+(?:\s+an?|\s+any)?"
    r"|\bno\s+(?:plans?|intention)\s+to\s+\w+\s+(?:such\s+an?|an?|any)"
    r"|\bno\s+(?:negotiations|talks)\s+(?:on|about|over)\s+(?:such\s+an?|an?|any)"
    # (or negotiate: "refused to negotiate a treaty" is no treaty to come)
    r"|\b(?:(?:not|never)\s+(?:to\s+)?|(?:refus|declin|fail)\w*\s+to\s+)"
    r"(?:sign|conclude|accept|ink|negotiate)\s+(?:an?|any)"
    # a wish denied or the instrument itself refused: "is not seeking an accord with B", "does
    # not want a", "no longer interested in a", "rejected a deal", "ruled out any pact"
    r"|\b(?:(?:not|never|no\s+longer)\s+(?:seek(?:s|ing)?|want(?:s|ed|ing)?|pursu(?:e|es|ing)"
    r"|interested\s+in|looking\s+for)|reject(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out)"
    r"\s+(?:an?|any)"
    r"|\bunless\s+(?:an?|any)"
    r"|\bwithout(?:\s+(?:reaching|signing|concluding|striking))?(?:\s+(?:an?|any))?)"
    r"\s+(?:(?!(?:an?|the|for|of|on|to|in|at|by|with|and|or)\b)[a-z][\w-]*\s+){0,3}$"
    # "a possible trade and investment agreement": two topics joined, as hypothetical
    r"|\bpossible\s+[a-z][\w-]*\s+and\s+(?:[a-z][\w-]*\s+){1,2}$",
    re.IGNORECASE,
)
# A letter of intent is an instrument between its signers only where its sentence tells it
# signed (or its signing to come): one side's letter to a lender is no document between two.
_LETTER_SIGNED = re.compile(r"\b(?:sign(?:s|ed|ing|ature)?|inked|exchanged)\b", re.IGNORECASE)
# What a letter or an exchange of notes is about, a few words on: "on a 20 billion yen loan".
_CARRIES = re.compile(
    r"\s+(?:on|for|concerning|covering|regarding)\s+(?P<what>(?:[\w$.,'’-]+\s+){0,5}?[\w-]+)\b"
    r"(?=\s*(?:[.,;:]|\s(?:for|to|of|from|worth|at|that|which|and)\b|$))"
)
# A possible instrument the sides are already working on: "talks with B on a possible trade
# deal", "negotiations towards a possible accord", "discussed a possible arrangement". Talks
# held on it make it one being negotiated (planned), not a mere hypothesis.
_POSSIBLE_IN_TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|working"
    r"|negotiat(?:e|ed|es|ing)|discuss(?:ed|es|ing)?|explor(?:e|ed|es|ing))\b"
    # "talks with B officials on", "negotiating with B towards", "discussing"
    r"(?:\s+[\w'’.-]+){0,6}?"
    r"(?:\s+(?:on|about|over|towards?))?"
    r"\s+(?:an?|the)\s+possible\s+(?:(?!(?:an?|the|for|of|on|to|in|at|by|with|or)\b)"
    r"[a-z][\w-]*\s+){0,4}$",
    re.IGNORECASE,
)
# A making someone denies took place: "denied that A and B had signed a deal", "denies reports
# that the two sides have concluded a treaty": none made. Talks denied are none either: "denied
# a report in a weekly that A had held talks with B officials on a new arrangement".
_DENIED_MADE = re.compile(
    # (a denial negated is none: "did not deny that A and B had signed a deal" keeps it)
    r"(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bnor\s)"
    r"\bden(?:ied|ies|y|ying)\s+(?:(?:an?\s+|the\s+)?(?:press\s+|media\s+)?reports?\s+"
    r"(?:in\s+[^.;]{1,40}?\s+)?)?that\s+[^.;]{0,150}?"
    r"\b(?:had|have|has)\s+(?:already\s+|ever\s+)?(?:signed|concluded|inked|sealed"
    r"|held\s+(?:[\w-]+\s+)?talks\s+with\s+[^.;]{1,80}?\s+on)"
    r"\s+(?:an?|any|the)\s+(?:(?!(?:an?|the|for|of|on|to|in|at|by|with|and|or)\b)[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
# The instrument's making before it inside a denied clause: "that A had signed a", "that A
# would sign a pact" (not "that A had violated the accord": the accord denial presumes).
_MAKING = re.compile(
    r"""\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|reach(?:es|ed|ing)?
    |seal(?:s|ed|ing)?|initial(?:l)?(?:ed|ing)?|agree(?:s|d|ing)?|negotiat(?:e|es|ed|ing)
    |draft(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|struck|strike|striking
    |forg(?:e|ed|ing)|approv(?:e|ed|ing)|ratif(?:y|ied|ying))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Later in the sentence, the making of "such a" one denied: "..., but no negotiations on such
# a deal had been opened": the one told before is a hypothesis too.
_SUCH_DENIED = re.compile(
    r"[^.;]*?\bno\s+(?:(?:plans?|intention)\s+to\s+\w+|negotiations|talks)\s+"
    r"(?:(?:on|about|over)\s+)?such\s+an?\s+(?P<head>\w+)",
    re.IGNORECASE,
)
# Consent to make another document: "an agreement to sign", "an accord to conclude".
_CONSENT_TO_SIGN = re.compile(r"\s+to\s+(?:sign|conclude|prepare|draft|adopt|ink)\b")
# Consent reached before the word: "reached an", "came to an", "reached a preliminary".
_REACHED_BEFORE = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|came\s+to|come\s+to)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$"
)
# A building or a body named after the word: "Convention Center", "Treaty Hall".
_FACILITY = re.compile(
    r"\s+(?:Center|Centre|Hall|Complex|Building|Palace|Street|Avenue|Square|Park|Bureau)\b"
)
# What a "treaty" word qualifies when it names a body of documents: "treaty base".
_BASE_NEXT = re.compile(r"[\s-]+(?:legal\s+)?(?:base|basis|framework|foundation)s?\b")
# A verb of consent before "its agreement": "signalled its agreement", "gave their agreement".
_CONSENT = re.compile(
    r"\b(?:signal|express|indicat|voic|giv|gave|announc|confirm|stat|withh[eo]ld)\w*"  # the verb
    r"\s+(?:its|their|his|her|our)\s+$"  # a possessive, then the word itself
)
# An aside about a person before the instrument: ", who is Nigeria's oil minister,".
# A legislature's first reading: the bill on the instrument is still before it.
_FIRST_READING = re.compile(r"\b(?:in|at)\s+(?:the\s+|its\s+)?first\s+reading\b", re.IGNORECASE)
_READING_REACH = 160
_ASIDE = re.compile(r",\s*(?:who|which)\s+(?:is|was|are|were)\b[^,]*,")
# Lower-case particles inside place names: "Punta del Este", "Rio de Janeiro", "Den Haag".
_NAME_PARTICLES = frozenset(["del", "de", "da", "do", "dos", "das", "di", "la", "el", "es"])
# A body before the instrument word: "the Paris Club agreement" is the club's, not a name.
_BODY_WORDS = frozenset(["Club", "Bank", "Fund", "Group", "Company", "Committee", "Board"])
# Modifiers that tell an instrument has two sides (or the sentence's own actors).
_TWO_SIDED = frozenset(["bilateral", "their", "joint", "mutual"])
# A number among the modifiers: "11 agreements", "eleven", "twenty-one".
_NUMBER_WORD = re.compile(r"^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)$")
# An ordinal: "third", "twenty-first", "12th" (no cardinal ends in "th").
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|[a-z]+th)")
# A unit of time after a number: "a 10 year pact" tells its term, not a count.
_TERM_UNIT = re.compile(r"(?:year|month|week|day)s?")
# Capitalised words that lead a count at a sentence's start, not a name's number:
# "Some 20 documents", "Nearly 30 agreements" (unlike "a Section 123 Agreement").
_COUNT_LEADS = frozenset(
    ["Some", "About", "Around", "Nearly", "Almost", "Over", "Roughly", "Approximately",
     "Another", "All", "Only", "Just", "The", "These", "Those", "In", "Of", "With"]
)  # fmt: skip


@attrs.frozen
class Mention:
    """One instrument word, read in its sentence."""

    kind: AgreementKind
    title: str | None
    parties: tuple[Party, ...]
    party_basis: str
    status: AgreementStatus
    status_cue: bool
    date: PartialDate | None
    location: Place | None
    count: int
    topic: frozenset[str]
    anaphor: bool
    bare: bool
    own_status: bool
    sentence: Sentence
    indefinite: bool = False  # "a memorandum", "another accord": a new instrument
    items: tuple[str, ...] = ()  # the documents of a plural told one by one after a colon
    vague: bool = False  # a plural with no number: "documents were signed"
    partners: tuple[Party, ...] = ()  # "agreements signed with A, B and C": one with each
    days: tuple[PartialDate, ...] = ()  # "statements signed on D1, D2 and D3": one each
    bound: tuple[Party, ...] = ()  # "Under the accord, A and B agreed to ...": its parties
    # its status in force told only by its term running out ("expires in May"): a signing
    # told of it elsewhere, with its date, is what the record keeps
    by_term: bool = False
    # its status in force told only by its implementing under way ("reviewed the
    # implementation of the Accord's provisions"): a dated signing told of it before stays
    by_implementing: bool = False
    # a name given only to the record put out, read from no other clue: "a Memorandum of
    # Understanding on maritime safety" (an untitled record's sides and steps stay its own)
    output_title: str | None = None
    # an instrument named only as the one a protocol is to or under ("a protocol to the X"):
    # its sentence tells the protocol's signing, never a day of its own
    cited: bool = False
    # a bare "amendment to the X" read from the X's word: the record it makes is the amendment,
    # which bears no name of its own
    amendment: bool = False


# What may stand before a date that opens a sentence: "On", "In", "Early in", "Late".
# A place may open the sentence before it: "In Astana yesterday, ...", "In Baku on Monday, ...".
_OPENING = re.compile(
    r"\s*(?:In\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?"
    r"(?:(?:(?:Early|Late|Later|Earlier)\s+)?(?:On|In|At|on|in|at)\s+(?:the\s+)?)?"
)
# An entry into force told right after an instrument's name: " entered into force".
_ENTERED_NEXT = re.compile(
    r"\s+(?:(?:has|have)\s+(?:come|gone)|(?:has\s+|have\s+)?(?:entered|came|went))\s+into\s+"
    r"(?:force|effect)\b"
)
# The passive signing verb of a subject: "were signed", "will be signed", "are to be signed".
_PASSIVE_SIGNED = re.compile(
    r"\b(?:was|were|will\s+be|(?:is|are)\s+(?:due\s+)?to\s+be|ha(?:s|ve)\s+been)\s+"
    r"(?:also\s+)?(?:signed|inked|concluded)\b"
)
# A verb of speech: the opening date is the remarks', not the signing's they mention.
_SPEECH = re.compile(r"\b(?:said|says|told|stated|noted|recalled|stressed|announced|reported)\b")


def _opening_date(
    text: str,
    first: DateMention,
    dateline_end: int,
    head: re.Match[str],
    name_end: int | None = None,
) -> PartialDate | None:
    """The date opening the sentence, when its verb signs the instrument.

    "In May, A and B met in Lima and signed a declaration", "On Monday, a
    memorandum was signed by A and B": the opening time is the signing's; so is
    it the entry into force's when that verb follows the instrument's name
    (``name_end``): "Today, the X between A and B entered into force".

    >>> import datetime as dt
    >>> from diplonews.text.dates import extract_dates
    >>> text = "In May, the two presidents met and signed a declaration on energy."
    >>> head = re.search("declaration", text)
    >>> str(_opening_date(text, extract_dates(text, dt.date(2025, 6, 1))[0], 0, head))
    '2025-05'
    >>> text = "In May, the minister said the declaration had helped."
    >>> head = re.search("declaration", text)
    >>> _opening_date(text, extract_dates(text, dt.date(2025, 6, 1))[0], 0, head) is None
    True
    >>> text = "Today, the Agreement between A and B on Joint Fisheries Patrols entered into force."
    >>> head = re.search("Agreement", text)
    >>> end = text.index(" entered")
    >>> str(_opening_date(text, extract_dates(text, dt.date(2025, 6, 1))[0], 0, head, end))
    '2025-06-01'
    """
    if not (
        first.start >= dateline_end
        and _OPENING.fullmatch(text, dateline_end, first.start)
        and (text.startswith(",", first.end) or first.text.casefold() in ("today", "yesterday"))
    ):
        return None
    # the instrument's name may run long before its verb: "a convention on the avoidance
    # of double taxation was signed"
    verb = SIGN_VERB.search(text, first.end, head.end() + 80)
    if verb is None:
        # "On Monday, five documents, including an agreement on X and a memorandum on Y, were
        # signed": the subjects joined run longer before their passive verb
        verb = _PASSIVE_SIGNED.search(text, head.end(), head.end() + 180)
    if verb is None and name_end is not None:
        # "Today, the Agreement between the Government of A and the Government of B
        # concerning X entered into force": the subject's own verb right after its name
        verb = _ENTERED_NEXT.match(text, max(head.end(), name_end))
    if (
        verb is None
        or _SPEECH.search(text, first.end, verb.start())
        or re.search(r"[;:]", text[first.end : verb.start()])
    ):
        return None
    return first.date


def _ratified_on(text: str, dated: Sequence[DateMention], head_start: int) -> PartialDate | None:
    """The date told just before a ratifying verb of the instrument ("on Tuesday ratified")."""
    for found in reversed(dated):
        near = found.end <= head_start and head_start - found.end <= 60
        verb = _RATIFYING.search(text, found.end, head_start) if near else None
        # "voted on Monday to approve a protocol amending the X": the protocol's day, not the X's
        if verb is not None and INSTRUMENT.search(text, verb.end(), head_start) is None:
            return found.date
    return None


# An approval or ratification told before an instrument: "the assembly approved the X".
_APPROVING = re.compile(r"\b(?:ratif(?:ied|ies|y)|approv(?:e|es|ed|al))\b", re.IGNORECASE)
# "on Monday ratified", "on Monday voted to approve": the base form after "voted to" too
_RATIFYING = re.compile(r"\b(?:ratif(?:ied|ies|y)|approved?|endorsed?)\b")
# The entry into force or a ratification told after a signing participle: its own date.
_IN_FORCE_WORD = re.compile(r"\b(?:force|effect|ratif)")
# A signing participle in an aside after the instrument: "the treaty on X, signed in Lima".
_SIGNED_CLAUSE_NEXT = re.compile(
    r"(?:[^.;:,]{0,120},\s*(?:which\s+was\s+|that\s+was\s+)?"
    # "ratified the protocol on transit that the two countries concluded last year"
    r"|[^.;:,]{0,60}?\s(?:that|which)\s+(?:[\w-]+\s+){1,4}?"
    # "ratified the agreement with X on the border signed in Lima on May 2": no comma
    r"|(?:[^.;:,]{0,80}?\s)?)"
    r"(?:signed|concluded|inked)\b"
)

# The same aside with signers of its own: "(the X), which our two governments signed in P".
_SIGNERS_CLAUSE_NEXT = re.compile(
    r"[^.;:,]{0,120},\s*(?:which|that)\s+(?:[\w-]+\s+){1,4}?(?:signed|concluded|inked)\b"
)


# A signing's aside closed, then the main clause's verb: ", took place", ", was".
_ASIDE_CLOSED = re.compile(
    r",\s+(?:took\s+place|came|followed|was|were|has|have|had|is|are|will|entered|went|became)\b"
)


# A day of the week after a name: "the X Protocol on Monday" (a date, not part of the name).
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
# A month or a day alone before "of the" name: "the signing on Tuesday of the X Accord", "on
# July 17 of the X Accord".
_DATE_JOIN = re.compile(rf"(?:{DAY_OF_MONTH_PATTERN}|{MONTH_PATTERN}|{_WEEKDAY})\s+of\s")
# A name right before "and": capitals, with the small words a name holds ("the Agreement on
# Visas and the"), up to the end of the text searched.
_NAME_BEFORE_AND = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|the|in)\s+)*)*[A-Z][\w’'-]*\s*,?\s+and\s+"
    r"(?:the\s+)?[“\"]?$"
)
# A word going on after an instrument word's letters: not that word ("Accordance").
_WORD_GOES_ON = re.compile(r"[\w’'-]")
# Where a name's tail may give way to the next name of a list: "... on Visas and the".
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?=[A-Z])")
# The capitals that start a tail's next name: "Protocol on Fisheries", "Customs Convention".
_TITLE_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _holds_instrument(name: str) -> bool:
    """Whether a capitalised word of ``name`` is an instrument word (INSTRUMENT).

    >>> _holds_instrument("Agreement on Visas and the "), _holds_instrument("Road Map")
    (True, True)
    >>> _holds_instrument("Peace and "), _holds_instrument("Accordance")
    (False, False)
    """
    return any(
        word.group()[:1].isupper() and _WORD_GOES_ON.match(name, word.end()) is None
        for word in INSTRUMENT.finditer(name)
    )


def _listed_before(sentence: str, start: int) -> bool:
    """Whether a name ending in "and" right before ``start`` holds an instrument word.

    "signed the Transit Trade Agreement and the Y Agreement", "the Agreement on Visas and the
    Protocol on Fisheries": the words before "and" are a name of their own, the one before
    this in a list, not a part of this one.
    """
    before = _NAME_BEFORE_AND.search(sentence, max(0, start - 120), start)
    return before is not None and _holds_instrument(before.group())


def _next_name_at(tail: str) -> int | None:
    """Where a name's tail gives way to another named instrument, if it does.

    "the Agreement on Visas and the Protocol on Fisheries": the tail ends before "and the
    Protocol"; "the Treaty on Peace and Cooperation" keeps it whole.
    """
    for joint in _AND_NEXT.finditer(tail):
        rest = _TITLE_RUN.match(tail, joint.end())
        if rest is not None and _holds_instrument(rest.group()):
            return joint.start()
    return None


def _title(
    sentence: str,
    tokens: Sequence[re.Match[str]],
    head: re.Match[str],
    mentions: Sequence[CountryMention],
    sentence_first: int,
) -> str | None:
    """The instrument's name as written, when it has one."""
    start = None
    country_spans = [(m.start, m.end) for m in mentions if m.kind in ("name", "demonym")]
    if head.group("head").casefold().startswith("deal"):
        return None  # deals are informal: "the Dome deal", "Santos deal" name no instrument
    for token in reversed(tokens):
        word = token.group()
        if word in _NAME_PARTICLES and start is not None:
            continue  # "Punta del Este declaration": a particle inside a place name
        if not word[:1].isupper() or YEAR_WORD.match(word) or month_number(word.rstrip("’'s")):
            break
        if word.casefold() in LEFT_STOPS:
            break  # "The" opens a sentence, "Sign" a headline: not part of a name
        if any(s <= token.start() < e for s, e in country_spans):
            if start is not None:
                start = _sides_lead(sentence, start, country_spans)
            break
        if re.search(r"-[a-z]+$", word):
            break  # "Geneva-based", "US-friendly": a description, not a name
        start = token.start()
    determiner = tokens[0].group().casefold() if tokens else ""
    head_text = head.group("head")
    tail = ""
    if head_text[:1].isupper():
        match = _TITLE_TAIL.match(sentence, head.end())
        if match is not None:
            tail = match.group().rstrip()
            if _MODIFIER_END.search(tail):
                # "the Treaty on the Uzbek-Turkmen state border", "the Agreement on the TAPI
                # gas pipeline": the capitals modify the nouns that end the name
                tail += _modified_nouns(sentence, head.end() + len(tail))
            month = re.search(
                rf"\s+(?:(?:on|of|for|and|in)\s+)*(?:{DAY_OF_MONTH_PATTERN}|(?:the\s+)?{MONTH_PATTERN}"
                rf"|(?:the\s+)?{_WEEKDAY})",
                tail,
            )
            if month is not None:
                tail = tail[: month.start()]  # "Declaration on Cooperation on July 27"
            day = _TAIL_EVENT.search(tail)
            if day is not None:
                tail = tail[: day.start()]  # "Agreement on Visas on Monday"
            for m in mentions:
                at = m.start - head.end()
                if m.kind == "capital" and 0 < at <= len(tail) and tail[:at].endswith(" in "):
                    tail = tail[: at - 4]  # "Agreement on Visas in Lima": the place
                    break
            listed = _next_name_at(tail)
            if listed is not None:
                tail = tail[:listed]  # "the Agreement on X and the Protocol on Y": two names
            tail = re.sub(r"\s+(?:on|of|for|and|the|in|between|among)$", "", tail)
            tail = _sides_in_name(sentence, head.end(), tail, mentions)
        elif start is None and determiner == "the" and head.start() > sentence_first:
            tail = _lower_tail(sentence, head.end())  # "the Convention on the legal status of"
        elif start is not None and determiner in INDEFINITE:
            # "a Joint Declaration on further deepening the partnership": a name given in full,
            # up to the next thing told ("... for 2024-2026 and a memorandum on ...")
            tail = _NEXT_THING.split(_lower_tail(sentence, head.end()), maxsplit=1)[0]
    if start is None and not (
        tail and head_text[:1].isupper() and (determiner == "the" or determiner in INDEFINITE)
    ):
        return None
    if start is None:
        start = head.start()
    elif start == sentence_first and head.start() > start and not head_text[:1].isupper():
        return None  # a capital only because it opens the sentence
    renewed = (
        len(tokens) > 3
        and tokens[1].group() == "new"
        and head_text[:1].isupper()
        and all(t.group()[:1].isupper() for t in tokens[2:])
    )
    capitalised_name = (
        head_text[:1].isupper()
        and (len(tokens) > 1 or bool(tail))
        and all(t.group()[:1].isupper() for t in tokens[1:])
    )  # "a Preferential Trade Agreement", "a Declaration on Strategic Partnership"
    if determiner in INDEFINITE and not renewed and not capitalised_name:
        # "a 'Kyoto-lite' agreement" describes; a name takes "the", or "a new" before
        # a name of three words or more: "a new International Tin Agreement" names the
        # successor; "a new Trade Agreement" is still a kind.
        return None
    if determiner not in ("the", "") and is_plural(head_text):
        return None  # "its recent Free Trade Agreements": a kind of instrument, not a name
    joined = _NAME_JOIN.search(sentence, max(0, start - 80), start)
    if joined is not None and _DATE_JOIN.match(joined.group()):
        joined = None  # "the entry into force in March of the X": the date of the step
    if joined is not None and _listed_before(sentence, start):
        joined = None  # "the X Agreement and the Y Agreement": two names of a list
    if joined is not None and not any(
        joined.start() <= m.start < start for m in mentions if m.kind in ("name", "demonym")
    ):
        start = joined.start()  # "Council of Europe Convention", "Integration and Prosperity"
        lead = _LEADING_THE.match(sentence, start)
        start = lead.end() if lead else start
    return re.sub(r"\s+", " ", sentence[start : head.end()] + tail).strip(" \"'“”")


def _sides_lead(sentence: str, start: int, spans: Sequence[tuple[int, int]]) -> int:
    """Where a name starts when two or more states joined by dashes open it, else ``start``.

    "the U.S.-Oman Free Trade Agreement", "the Pakistan-Sri Lanka Free Trade Agreement":
    the sides so joined are part of the name; "Oman's Free Trade Agreement" is not.
    """
    ends = {e: s for s, e in spans}
    first = ends.get(start - 1) if sentence[start - 1 : start] == " " else None
    count = 0
    at = first
    while at is not None:
        first, count = at, count + 1
        at = ends.get(first - 1) if sentence[first - 1 : first] in ("-", "–") else None
    return first if first is not None and count >= 2 else start


def _indefinite_name(
    sentence: str, head: re.Match[str], determiner: str, tokens: Sequence[re.Match[str]]
) -> str | None:
    """The name of "a Memorandum of Understanding on maritime safety", else None.

    An instrument word in capitals right after "a"/"an", with a lower-case topic of three
    words or more (or the years it runs for), is named in full up to the next thing told,
    as "a Joint Declaration on further deepening the partnership" is. Only the title is
    put out: the sides and the step of such an untitled record were read without it.
    """
    if determiner not in INDEFINITE or len(tokens) != 1 or not head.group("head")[:1].isupper():
        return None
    tail = _NEXT_THING.split(_lower_tail(sentence, head.end()), maxsplit=1)[0]
    return re.sub(r"\s+", " ", head.group() + tail).strip() if tail else None


def _after_name_place(text: str, title: str | None, head: re.Match[str]) -> Place | None:
    """The city told right after a name longer than its word, else None."""
    end = _name_end(text, title, head)
    return bound_place(text, end) if end > head.end() else None


def _with_sides_lead(
    sentence: str, title: str | None, head: re.Match[str], mentions: Sequence[CountryMention]
) -> str | None:
    """``title`` with the dashed sides that open it in ``sentence``, else ``title``.

    "the U.S.-Moldova Memorandum of Understanding on X", "the U.S.-Pakistan Trade and
    Investment Framework Agreement": the sides so joined are part of the name also when
    the name starts at its word or at a joined phrase. Only the name changes: its sides
    were read before, from the name's own start.
    """
    if title is None:
        return None
    at = sentence.find(title, max(0, head.start() - len(title)))
    if at <= 0:
        return title
    spans = [(m.start, m.end) for m in mentions if m.kind in ("name", "demonym")]
    start = _sides_lead(sentence, at, spans)
    return title if start >= at else re.sub(r"\s+", " ", sentence[start:at]) + title


# A lower-case name after a capitalised instrument word: "on the legal status of the sea".
# (a word's inner dots are its own: "U.S.-Canada", not a full stop)
_TAIL_WORD = re.compile(r"\s+([\w’'−–-]+(?:\.(?=[\w-])[\w’'−–-]*)*)")
# Words that end such a name: a verb, a relative word, a preposition of another phrase (and
# the past tenses that tell what the sides did next: "the Plan for 2021-2023 and discussed").
_TAIL_STOP_WORDS = """
    is are was were has have had will would shall can could may might must be been being
    which that who whose signed adopted concluded approved ratified inked with between by
    among at as while when after before since said says
    discussed reviewed noted stressed welcomed expressed exchanged considered agreed
    emphasized emphasised underlined praised outlined called held
    """
_TAIL_STOPS = frozenset(_TAIL_STOP_WORDS.split())
_TAIL_TRIM = re.compile(r"(?:\s+(?:on|of|for|and|the|in|to|a|an))+$")
_TAIL_MAX = 12


def _lower_tail(sentence: str, head_end: int) -> str:
    """The lower-case words that name an instrument after its capitalised word, or "".

    "the Convention on the shared use of the upper river basin is ...", "the Program of
    strategic partnership for 2024-2026 was adopted": from "on"/"of"/"for" to a verb,
    a relative word, a preposition of another phrase, a punctuation mark, a month or
    a place ("in Baku"), at most twelve words.
    """
    first = _TAIL_WORD.match(sentence, head_end)
    if first is None or first.group(1) not in ("on", "of", "for"):
        return ""
    end, count, at = head_end, 0, head_end
    while count < _TAIL_MAX:
        word = _TAIL_WORD.match(sentence, at)
        if word is None:
            break
        text = word.group(1)
        if text.casefold() in _TAIL_STOPS or month_number(text) is not None:
            break
        if text in ("in", "on", "at") and re.match(r"\s+(?:[A-Z]|\d)", sentence[word.end() :]):
            break  # "in Baku", "on 5 May": a place or a date, not the name
        at = end = word.end()
        count += 1
    else:
        return ""  # longer than a name: a description
    tail = _TAIL_TRIM.sub("", sentence[head_end:end])
    # "the Action Plan for 2021-2023": the years it covers are part of a name too
    return tail if len(tail.split()) >= 3 or _YEARS_TAIL.fullmatch(tail) else ""


# A name's capitals that modify a noun after them: a pair of peoples or an acronym.
_MODIFIER_END = re.compile(r"\s(?:[A-Z][a-z]+[-–][A-Z][a-z]+|[A-Z]{2,6})$")
_NOUN_WORD = re.compile(r"\s+([a-z][a-z-]*)(?=[\s,.;:)]|$)")
_FUNCTION_WORDS = frozenset(
    ["and", "or", "on", "of", "for", "in", "to", "the", "a", "an", "from", "into", "under"]
)


def _modified_nouns(sentence: str, end: int) -> str:
    """The one to three lower-case nouns right after ``end`` ("state border"), or ""."""
    at, count = end, 0
    while count < 3:
        word = _NOUN_WORD.match(sentence, at)
        if word is None or word.group(1) in _TAIL_STOPS or word.group(1) in _FUNCTION_WORDS:
            break
        at, count = word.end(), count + 1
    return sentence[end:at]


_YEARS_TAIL = re.compile(
    r"\s+for\s+(?:the\s+(?:years|period)\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d"
)


# What ends a list of sides inside a name: the signing's place or day, a participle clause.
_SIGNING_TOLD = re.compile(
    rf"\s+in\s+[A-Z]|\s+on\s+(?:{DAY_OF_MONTH_PATTERN}|{MONTH_PATTERN}|{_WEEKDAY})|,\s+(?!and\b|the\b)[a-z]"
    # "... concerning Defense Cooperation entered into force": the step told right after
    r"|\s+(?:entered|enters|came|comes|went|goes|ha(?:s|ve)\s+(?:come|gone))\s+into\s+"
    r"(?:force|effect)\b"
)


def _name_end(text: str, title: str | None, head: re.Match[str]) -> int:
    """Where an instrument's name ends in ``text``: after its tail, else after its word."""
    if title is None or len(title) <= len(head.group()):
        return head.end()
    at = text.find(title, max(0, head.start() - len(title)))
    return max(head.end(), at + len(title)) if at >= 0 else head.end()


def _sides_in_name(
    sentence: str, head_end: int, tail: str, mentions: Sequence[CountryMention]
) -> str:
    """A name's tail carried on to the end of the sides it names, with an alias in brackets.

    "Agreement between Turkmenistan, the Republic of Azerbaijan and Georgia (Lapis
    Lazuli)", "Declaration on Friendship between the Republic of A and the Republic of B".
    """
    at = re.search(r"\s(?:between|among)\s", sentence[head_end : head_end + len(tail) + 1])
    if at is None:
        return tail
    sides = BETWEEN.search(sentence, head_end + at.start())
    if sides is None or sides.start() != head_end + at.start() + 1:
        return tail
    end = sides.end("who")
    told = _SIGNING_TOLD.search(sentence, sides.start("who"), end)
    if told is not None:
        end = told.start()  # "... and B in Moscow on May 2", "... and B, signed in 2022"
    if sum(1 for m in mentions if sides.start("who") <= m.start < end) < 2:
        return tail  # "between the Ministries of Foreign Affairs": no list of states
    alias = re.match(r"\s*\([^()]{1,40}\)", sentence[end:])
    if alias is not None:
        end += alias.end()
    return sentence[head_end:end].rstrip(" ,.")


# A step of the instrument after it: "(the agreement) to enter into force", "to be ratified".
_STEP_INFINITIVE = re.compile(
    r"\s+to\s+(?:enter|come|go|take|become|be|expire|lapse)\b(?!\s+(?:part|care)\b)"
)


def _pair_name(word: str) -> bool:
    """Whether ``word`` joins states' names with hyphens: "U.S.-Canada", "Chile-Peru".

    Such a word before an instrument names its sides, not its topic: "a U.S.-Canada pact" is
    the free trade pact of the two told before.
    """
    parts = word.split("-")
    return len(parts) > 1 and all(resolve_country(part) for part in parts)


def _topic(tokens: Sequence[re.Match[str]], sentence: str, head_end: int) -> frozenset[str]:
    """Content words that tell this instrument from another: "peace", "arms", "for F-16 jets"."""
    generic = vocabulary().generic
    words = {
        t.group().casefold().rstrip("’'s")
        for t in tokens
        if t.group().casefold() not in LEFT_STOPS
        and t.group().casefold() not in generic
        and not t.group()[:1].isdigit()
        and not t.group().startswith("$")
        and not _pair_name(t.group())
    }
    after = re.match(
        r"\s+(?:on|for|to|of)\s+(?P<pp>(?:[\w-]+\s+){0,3}[\w-]+)",
        sentence[head_end : head_end + 60],
    )
    if (
        after is not None
        and month_number(after.group("pp").split()[0]) is None
        and _STEP_INFINITIVE.match(sentence, head_end) is None
    ):
        # not "signed a memorandum on May 5": a date is no topic; nor "allowing the agreement
        # to enter into force": a step of the instrument
        words.update(
            w.casefold() for w in after.group("pp").split() if w.casefold() not in LEFT_STOPS
        )
    return frozenset(w for w in words if w and not w.isdigit())


def _count(
    tokens: Sequence[re.Match[str]], dates: Callable[[], Sequence[DateMention]]
) -> int | None:
    """A number above one among the modifiers, not the day of a date ("February 22 accords")."""
    for i, token in enumerate(tokens):
        word = token.group().casefold()
        if word == "dozen":
            return 12  # "a dozen documents"
        if _NUMBER_WORD.match(word) and not YEAR_WORD.match(word):
            if _ORDINAL.fullmatch(word):
                continue  # "a fourth protocol", "their 12th accord": which one, not how many
            value = number_word(word)
            if value is not None and tokens[i + 1 :] and tokens[i + 1].group() == "dozen":
                value *= 12  # "two dozen documents"
            if value is None or value <= 1:
                continue
            if (
                token.group()[:1].isupper()
                and tokens[i + 1 :]
                and tokens[i + 1].group()[:1].isupper()
            ):
                continue  # "the Five Point Consensus": a word of a name, not a count
            if (
                i
                and word[:1].isdigit()
                and tokens[i - 1].group()[:1].isupper()
                and tokens[i - 1].group() not in _COUNT_LEADS
            ):
                continue  # "a Section 123 Agreement", "an Article 98 deal": a name's number
            if tokens[i + 1 :] and _TERM_UNIT.fullmatch(tokens[i + 1].group().casefold()):
                continue  # "a 10 year pact", "the original three year accord": its term
            if any(d.start <= token.start() < d.end for d in dates()):
                continue
            return value
    return None


# "a grain supply agreement between Argentina and the Soviet Union", "between the two
# countries": an instrument told with states as its two sides is theirs, whatever it supplies.
_BETWEEN_SIDES = re.compile(
    r"\s+between\s+(?:(?P<pair>the\s+two\s+(?:countries|governments|states|nations))|(?:the\s+)?)"
)


def _states_between(text: str, end: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether the instrument ending at ``end`` is told "between" states right after it."""
    between = _BETWEEN_SIDES.match(text, end)
    if between is None:
        return False
    return bool(between.group("pair")) or any(
        m.start == between.end() and m.kind in ("name", "demonym") for m in mentions
    )


# The "and" between two signers: " and ", " and the " (before "the Soviet Union").
_SIGNERS_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# The commercial words that two states signing as the subject make an instrument of theirs.
_STATE_SUPPLY = frozenset({"supply"})
# A clause that runs from its second signer to the instrument: "(A and B) will sign a new
# five-year grain supply", "(A and B) signed a gas supply" (no clause mark, no possessive).
_SIGNERS_CLAUSE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<verb>[\w-]+)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}\Z"
)


def _states_signing(text: str, start: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether two states, named as the subject, sign the instrument starting at ``start``.

    "A and B will sign a new grain supply agreement": the two governments' instrument,
    whatever its trade; not where a company is named ("A's X Corp and B's Y signed a supply
    deal") nor where a state is only a possessive.
    """
    if vocabulary().business.search(text):
        return False
    named = [m for m in mentions if m.kind == "name" and m.end <= start]
    if len(named) < 2 or len({m.code for m in named[-2:]}) < 2:
        return False
    first, second = named[-2], named[-1]
    if not _SIGNERS_AND.fullmatch(text, first.end, second.start):
        return False
    clause = _SIGNERS_CLAUSE.fullmatch(text, second.end, start)
    return clause is not None and SIGN_VERB.fullmatch(clause.group("verb")) is not None


def read_mention(
    article: Article,
    sentence: Sentence,
    head: re.Match[str],
    *,
    mentions: Sequence[CountryMention],
    dates: Callable[[], Sequence[DateMention]],
    dateline_end: int,
    replaced: re.Match[str] | None,
) -> Mention | None:
    """Read one instrument word; ``None`` when it is not an instrument between states.

    ``replaced`` is :data:`REPLACED`'s match in the 50 characters before the word, if any
    (the caller seeks it once for this reading and the word's context).
    """
    text = sentence.text
    if "'s " in text or "’s " in text:
        # "signed the accord with C's mediation": the state whose mediation it is, no side
        mentions = [m for m in mentions if not _MEDIATION_OF.match(text, m.end)]
    head_text = head.group("head")
    word = head_text.casefold()
    if word == "partnership" and "implement" not in text[max(0, head.start() - 80) : head.start()]:
        return None  # a named partnership is an instrument only told implemented (below)
    before = text[: head.start()]
    after = text[head.end() :]
    drafted = word.startswith(("program", "plan")) and _in_preparation(before, after)
    beside = word.startswith(("program", "plan", "road")) and _adopted_beside_signing(text, head)
    # "which expires in May": its term still running (every match holds "expir" or "runs")
    term = _EXPIRES.match(after) if "expir" in after or "runs" in after else None
    if (
        BARE_HEAD.fullmatch(word)
        and not _bound_signing(before, after)
        and not (word.startswith(("program", "plan")) and _COOPERATION_TERM.match(after))
        # "a programme of economic cooperation, which was signed in March": its own clause
        # tells it made or to be made, as a verb governing it would
        and not (word.startswith("program") and _COOPERATION_MADE.match(after))
        and not drafted
        and not beside
        # "the current programme, which expires in 1990": a document's term ("runs until"
        # is also a festival's)
        and not (term is not None and "expir" in term.group())
    ):
        return None  # "said in a statement", "a space programme": no instrument signed
    if (
        head_text in ("plan", "plans")
        and not drafted
        and not beside
        and not _SIDES_SIGN_PLAN.search(before[-60:])
        and not _states_sign_plan(before, mentions)
        and not _PLAN_SIGNED_NEXT.match(after)  # "The plan was signed yesterday": its day
        and not (_BODY_ADOPTS.search(before[-60:]) and any(m.kind == "group" for m in mentions))
    ):
        return None  # "adopted a plan to curb inflation": one state's; only sides sign a plan
    if word.startswith("arrangement") and loose_arrangement(head_text, after, before):
        return None  # "security arrangements", "a truce arrangement": no document between states
    if word.startswith(("deal", "document")) and _DEAL_VERB.search(before):
        return None  # "to deal with", "a great deal of"
    if _PARTIES_TO.search(before):
        return None  # a body named "... of the Parties to the X Convention"
    tokens = modifier_tokens(text, head.start())
    content = [t for t in tokens if t.group().casefold() not in LEFT_STOPS]
    determiner = (
        tokens[0].group().casefold()
        if tokens and tokens[0].group().casefold() in LEFT_STOPS
        else ""
    )
    if tokens and _DAY_OWNS.fullmatch(tokens[0].group()):
        # "Today's agreement", "Monday's accord": the one of that day, told before
        determiner, content = "the", content[1:]
    plural = is_plural(head_text)
    if determiner == "no":
        return None  # "there is no treaty between them"
    if judged_unreal(text, tokens[0].start() if tokens else head.start(), head.end()):
        return None  # "ruled out a trade agreement", "a treaty is not expected": no document
    if told_denied(
        text, tokens[0].start() if tokens else head.start(), head.end(), asserting=_MAKING
    ):
        # "dismissed as speculation claims that A and B had signed a secret protocol": a
        # making stated only inside what a source denies makes no document
        return None
    if (
        (
            _ONLY_POSSIBLE.search(before[-80:])
            # "talks with B on a possible deal": one being negotiated, not a hypothesis
            and not _POSSIBLE_IN_TALKS.search(before[-120:])
        )
        or (
            (denied := _SUCH_DENIED.match(after)) is not None
            and denied.group("head").casefold().rstrip("s") == word.rstrip("s")
        )
        or ("den" in before[-200:] and _DENIED_MADE.search(before[-200:]))
    ):
        # "a possible agreement", "no plans to negotiate such an accord", "denied that A and B
        # had signed a deal": none made
        return None
    if (
        not content
        and word in ("agreement", "accord")
        and (not before.strip() or _MASS_BEFORE.search(before[-24:]))
        and not _TITLE_TAIL.match(text, head.end())
    ):
        return None  # "reached agreement on", "Agreement in the talks": consent, not a document
    capitalised = any(t.group()[:1].isupper() for t in content)
    lowercase = any(t.group()[:1].islower() for t in content)
    if (
        word.startswith("deal")
        and not determiner
        and not lowercase
        and _WITH_NEXT.match(after)
        # "Chile's deal with B": a state's possessive holds a noun ("let's deal with" is the
        # verb; "Shell's deal with B" stays a company's)
        and not _state_owned(text, head.start(), mentions)
    ):
        return None  # "helping Santos deal with": the verb
    if not content and word.startswith(("agreement", "accord")) and _CONSENT.search(before):
        return None  # "Pyongyang signalled its agreement": consent, not a document
    if (
        word.startswith(("agreement", "accord"))
        and (consent_to := _CONSENT_TO_SIGN.match(after)) is not None
        and _REACHED_BEFORE.search(before[-40:]) is not None
        and INSTRUMENT.search(
            text, head.end() + consent_to.end(), head.end() + consent_to.end() + 60
        )
    ):
        return None  # "reached an agreement to sign a memorandum": consent to sign that one
    if _FACILITY.match(after):
        return None  # "Convention Center", "Treaty Hall": a place
    if word.startswith("treat") and _BASE_NEXT.match(after):
        return None  # "a treaty base of 40 documents": the documents, counted after it
    if (
        word.startswith(("protocol", "convention"))
        and determiner not in _DETERMINERS
        and not capitalised
        and (not plural or _count(content, dates) is None)  # "2 protocols": counted documents
        # "ratified protocols on customs with B", "talks with B on protocols": documents made
        # with a state named after them, or the talks' object
        and not (
            plural
            and (
                _made_with_state(text, head.end(), mentions)
                or _talks_on_these(text, head.start()) is not None
            )
        )
    ):
        return None  # "more than diplomatic protocol", "at party convention": no document
    commercial = {t.group().casefold() for t in content} & vocabulary().commercial
    if (
        commercial
        and not _states_between(text, head.end(), mentions)
        # "A and B will sign a grain supply agreement": a supply deal the two governments
        # sign is theirs (a loan or a lease between them stays none: the spec's "not loans")
        and not (
            commercial <= _STATE_SUPPLY
            and (
                _states_signing(text, head.start(), mentions)
                # "the signing by A, B and others of the X Supply Chain Agreement": the same
                # states' signing, told as a noun
                or (tokens and len(stance_sides(text, mentions, tokens[0].start())) >= 2)
            )
        )
    ):
        return None  # "loan agreements", "a sponsorship deal": commercial contracts
    group_pact = bool(GROUP_NAME.search(text, tokens[0].start() if tokens else 0, head.start()))
    # A number before a singular word names or ranks one document ("the 123 Agreement"):
    # only a plural is counted.
    count = None if group_pact or not plural else _count(content, dates)
    status, has_cue, weak_cue = cue_status(text, head.start(), head.end())
    # (the question mark first: few sentences ask, and every instrument word comes here)
    asked = asked_about(text, 0, len(text)) and _BASE_SIGNING.search(before) is not None
    if asked and status is AgreementStatus.SIGNED:
        # "Will A and B sign a deal next month?", "Will the two sides conclude a treaty?": a
        # signing asked about is one in prospect (the question's verb is the cue when no other is)
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    if status is AgreementStatus.SIGNED and put_off_end(text[head.end() :]) is not None:
        # "the signing of the X, set for May 31, will be postponed": a signing put off is one
        # still to come
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    if status is not AgreementStatus.PLANNED and _POSSIBLE_IN_TALKS.search(before[-120:]):
        # "talks with B on a possible trade and investment agreement": being negotiated
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    if drafted and not has_cue:
        # "talks on a new long-term programme would start": one in the making
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    to_make = (
        not has_cue
        and " to " in before
        and _MEETING_TO_MAKE.search(text, max(0, head.start() - 160), head.start()) is not None
    )
    if to_make:
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False  # made at that meeting
    ended_with = (
        not has_cue
        and " with " in before[-60:]
        and _GATHERING_ENDED_WITH.search(text, max(0, head.start() - 160), head.start()) is not None
    )
    if ended_with:
        status, has_cue, weak_cue = AgreementStatus.SIGNED, True, False  # the gathering's outcome
    if (
        status is AgreementStatus.RATIFIED
        and "bill" in before
        and _BILL_BEFORE.search(before[-200:]) is not None
        and _BILL_PENDING.search(text) is not None
        and _BILL_PASSED.search(text) is None
    ):
        # "the bill on approval of the X was discussed in the first reading": the X is still
        # only signed; the bill's passing would ratify it
        status = AgreementStatus.SIGNED
    elif _FIRST_READING.search(text, head.end(), head.end() + _READING_REACH):
        # "the convention ... was approved in the first reading": a step before ratification;
        # an instrument before parliament has been signed (as the bill's X above)
        status, has_cue, weak_cue = AgreementStatus.SIGNED, True, False
    # where the instrument's noun phrase opens, its modifiers joined by "and" included
    phrase_start = _coordinated_start(text, tokens[0].start() if tokens else 0)
    aside = _ASIDE_THEN_SIGNED.match(after) if "," in after[:80] else None
    if aside is not None and not has_cue:
        # "An agreement on X, which provides for Y and was prepared by Z, was signed": its
        # own verb after the aside
        ratified = aside.group("verb") is not None and aside.group("verb").startswith("ratif")
        status = AgreementStatus.RATIFIED if ratified else AgreementStatus.SIGNED
        if aside.group("stage") is not None:
            status = AgreementStatus.PLANNED
        has_cue = True
    elif (
        aside is not None
        and aside.group("verb") is not None
        and status is AgreementStatus.PLANNED
        and _SUBJECT_OPENS.fullmatch(text, dateline_end, phrase_start)
    ):
        # "The memorandum, drafted in January, was signed": the subject's own verb after the
        # aside, not a cue inside it ("drafted", "will enter into force", "approved")
        ratified = aside.group("verb").startswith("ratif")
        status = AgreementStatus.RATIFIED if ratified else AgreementStatus.SIGNED
        weak_cue = False
    to_sign = _ASIDE_THEN_TO_SIGN.match(after) if "," in after[:80] else None
    if to_sign is not None and _REPORTED_SUBJECT_OPENS.fullmatch(text, dateline_end, phrase_start):
        # "The agreement on X, which the ministries initialled in June, is expected to be
        # signed": the subject's own verb after the aside tells a signing to come
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    else:
        to_sign = None
    in_signed_list = (
        " and " in text[head.end() :]
        and may_match(_LIST_SIGNED, text, head.end())
        and bool(_LIST_SIGNED.match(text, head.end()))
    )
    if in_signed_list and not has_cue:
        status, has_cue = AgreementStatus.SIGNED, True  # "an X, a Y and a Z were signed"
    ratified_list = (
        _RATIFIED_LIST.search(
            text, max(0, head.start() - 280), tokens[0].start() if tokens else head.start()
        )
        if ("ratified" in before or "endorsed" in before or "approved" in before)
        and not _OWN_PREDICATE.match(after)
        else None
    )
    if ratified_list is not None:
        # "The parliament ratified the X between A and B, as well as a protocol ...": a further
        # object of the ratifying verb, whatever a relative clause after it says of its signing
        status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
    mod_lo = tokens[0].start() if tokens else head.start()
    implemented = (
        # (an attitude told further off is the talks', not the instrument's: "to review
        # progress on X and the implementation of the Y Agreement")
        (not has_cue or weak_cue)
        and "implement" in text[max(0, min(mod_lo - 30, head.start() - 80)) : head.start()]
        # a name, or an untitled one told by its topic ("the agreement on X"), not one
        # referred back to ("the agreement")
        and (head_text[:1].isupper() or (not plural and _ON_TOPIC.match(after) is not None))
        and (
            _IMPLEMENTING.search(text, max(0, mod_lo - 30), mod_lo) is not None
            or (
                head_text[:1].isupper()
                and _IMPLEMENTING_NAME.search(text, max(0, head.start() - 80), head.start())
                is not None
            )
        )
    )
    if not implemented and not plural and not ratified_list:
        # An instrument the sides review the implementing of is in force, whatever cue stands
        # further off ("noted the progress made in implementing the water agreement"), unless
        # its own clause after it tells another status ("the X signed in 2019").
        implemented = (
            determiner in ("the", "their", "its", "this")
            and _IMPLEMENTED_BY.search(text, max(0, mod_lo - 90), mod_lo) is not None
            # its own words tell it apart ("the Water Compact", "the agreement on X"); not
            # "the Memorandum", "the current Compact" (one told before) nor "the 2016 accord"
            # (its signing dated)
            and (
                _ON_TOPIC.match(after) is not None
                or any(t.group().casefold() not in vocabulary().generic for t in content)
            )
            and not any(t.group().isdigit() for t in content)
            and _own_clause_keeps(text, head)
        )
    # "the two countries have had a free trade agreement since 2005": held, so in force, since
    # that year
    held_since = (
        _POSSESSED_SINCE.match(after)
        if " since " in after[:80] and _POSSESSED_BEFORE.search(before[-80:])
        else None
    )
    if held_since is not None and (not has_cue or weak_cue):
        status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
    # "the fisheries treaty of 2004": the past year its "of" tells, read once for the tests below
    made_year = _year_of_making(text, head.end(), article)
    if implemented and made_year is not None:
        # "the implementation of the fisheries treaty of 2004": its signing dated, as for "the
        # 2004 treaty" (below)
        implemented = False
    if implemented:
        # "discussed the implementation of the X Trade Agreement", "of the bilateral
        # agreement on nuclear energy": being implemented, in force
        status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
    elif (
        head_text[:1].isupper()
        and _WORK_UNDER_NAME.search(text, max(0, head.start() - 120), head.start()) is not None
        and not _OWN_CLAUSE_AFTER.match(after)
        and not cue_status(text[: head.end()], head.start(), head.end())[1]
    ):
        # "the expansion of sites under the X Agreement", "trade under the Y Agreement
        # reached $2bn": work going on under it, so in force; a verb after it is the work's
        status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
    # Heads that name an instrument only with a count or a signing verb.
    preparing = bool(_PREPARING.search(text, max(0, head.start() - 60), head.start()))
    yielded_at = _YIELDED.search(text, max(0, head.start() - 60), head.start())
    yielded = yielded_at is not None
    # "the legal framework ... comprises 191 documents": a treaty base told by its size
    base_of = (
        count is not None
        and _TREATY_BASE.search(text, max(0, head.start() - 240), head.start()) is not None
    )
    if (
        word.startswith(("document", "understanding", "charter"))
        and not base_of
        # "the 2009 A-B Charter on Strategic Partnership": a charter its own words date to a
        # past year was made then (not the UN's, whose members are many)
        and not (
            word.startswith("charter")
            and (_made_in_year(content, article) or made_year is not None)
            and not any(UN_NAME.fullmatch(t.group()) for t in content)
        )
        and not (
            has_cue
            and (
                SIGN_VERB.search(text)
                or preparing
                or yielded
                # "the leaders endorsed the X Charter", "are to adopt the Y Charter": a charter
                # is made by its adoption, as a vision is (not "a parliament approved the X
                # Charter": a ratification, which no cue reads for a charter)
                or (
                    word.startswith("charter")
                    and _vision_adopted(text, head)
                    and not _APPROVING.search(text, max(0, head.start() - 120), head.start())
                )
                # "About ten documents are being prepared for the visit": a step to a signing
                or (word.startswith("document") and _BEING_PREPARED.match(after))
                # "Negotiations on a similar document with B are under way": one like the
                # instrument just told, with its own step
                or (
                    word.startswith("document")
                    and _SIMILAR_ONE.search(text, max(0, head.start() - 20), head.start())
                    is not None
                )
            )
        )
    ):
        return None
    if word.startswith("letter") and not _LETTER_SIGNED.search(text):
        return None  # "sent the lender a letter of intent": one side's letter, none signed
    if (
        word.startswith(("letter", "exchange"))
        and (carried := _CARRIES.match(after))
        and any(w.casefold() in vocabulary().commercial for w in carried["what"].split())
    ):
        return None  # "an exchange of notes on a 20 billion yen loan": the notes carry a loan
    if word.startswith(("document", "instrument")) and _RATIFICATION_OF.match(after):
        return None  # "exchanged documents on the ratification of the treaty": the treaty's
    if word.startswith("understanding") and not _DOCUMENT_VERB.search(text):
        return None  # "an understanding was reached": consent; documents are signed
    if plural and _REACHED_AT.match(after):
        return None  # "the agreements reached at the summit": what the sides agreed on
    if plural and not content and _REACHED_BY.match(after):
        return None  # "agreements reached by the two presidents": what they agreed on
    if word.startswith("understanding") and _OF_NEXT.match(after):
        return None  # "Japan's understanding of the accord": what it takes it to mean
    if plural and _WORTH.match(after):
        return None  # "deals worth $300bn were signed": commercial contracts
    title = None if group_pact else _title(text, tokens, head, mentions, first_word_start(text))
    # "has to complete bilateral deals with A, B and C": one to make with each, so planned
    to_make_with = (
        plural
        and title is None
        and _TO_MAKE_WITH.search(text, max(0, head.start() - 60), head.start()) is not None
        and bool(_partners(text, head.end(), mentions))
    )
    if to_make_with and status is not AgreementStatus.PLANNED:
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    if (
        plural
        and count is None
        and title is None
        and not (has_cue and SIGN_VERB.search(text[max(0, head.start() - 40) : head.end() + 40]))
        and not _ALSO_SIGNED.search(text, max(0, head.start() - 160), head.start())
        and not _NEGOTIATE_THESE.search(text, max(0, head.start() - 40), head.start())
        and _talks_on_these(text, head.start()) is None
        and not (
            _NEGOTIATE_WITH.search(text, max(0, head.start() - 40), head.start())
            and _WITH_STATE.match(after)
        )
        and not to_make_with
        and not _PLURAL_SIGNED.match(text, head.end())
        and not (
            (
                _HELD_BEFORE.search(text, max(0, head.start() - 60), head.start())
                or _BEING_MADE_AFTER.match(text, head.end())
            )
            and _partners(text, head.end(), mentions)
        )
        and not _stepped_after_partners(text, head.end(), mentions)
        # "Ghana's fishing agreements with A and B", "its trade accords with A and B", "Soviet
        # fishing agreements with A and B": a state's own, one with each partner listed
        and not (
            _WITH_STATE.match(after)
            and (
                _ITS_OWN.search(text, max(0, head.start() - 40), head.start()) is not None
                or _state_owned(text, head.start(), mentions)
            )
            and bool(_partners(text, head.end(), mentions))
        )
        and not _SIGNED_RELATIVE.match(after[:160])  # "statements that A and B signed"
        and not _WELCOMED_THESE.search(text, max(0, head.start() - 50), head.start())
        and not preparing
    ):
        return None  # "the implementation of agreements": no instrument in particular
    # the status told only by the instrument's term running out ("which expires in May")
    by_term = status is AgreementStatus.RATIFIED and told_by_term(text, head.start(), head.end())
    if not has_cue and term is not None:
        # "the current accord, which expires at the end of the year": one in force
        status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
        by_term = True
    # "agreed to negotiate a framework on X": one to be concluded, though unnamed
    in_making = (
        _FRAMEWORK_NEGOTIATED.search(text, max(0, head.start() - 80), head.start())
        if title is None and word == "framework"
        else None
    )
    negotiated = in_making is not None
    if negotiated and (
        not has_cue
        # "agreed on the development of a framework for X": its making, not the framework, agreed
        or (
            in_making is not None and in_making.group("making") and status is AgreementStatus.SIGNED
        )
    ):
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False  # still to conclude
    # "support for a durable A-B peace agreement", "any peace agreement must respect": one that
    # peace talks are to reach, told with no step of its own
    peace_goal = (
        title is None
        and PEACE_GOAL.search(text, max(0, head.start() - 80), head.start()) is not None
        and (
            not has_cue
            # (a signing cue of another clause: "..., and welcomed the progress both sides made")
            or (status is AgreementStatus.SIGNED and not _signed_in_clause(text, head))
        )
    )
    if peace_goal:
        status, has_cue, weak_cue = AgreementStatus.PLANNED, True, False
    if (
        title is None
        and word.startswith(("framework", "consensus", "vision", "principles"))
        and not negotiated
    ):
        return None  # only a name makes these an instrument: "the Indo-Pacific X Framework"
    if title is None and word.startswith("compact") and not has_cue:
        return None  # "a compact" is one only as signed, to be signed or in force
    if word.startswith(("vision", "principles")) and not _vision_adopted(text, head):
        # "presented the Digital Vision 2030", "upheld the X Principles": a named vision or
        # set of principles is an instrument only where it is adopted (or is to be)
        return None
    if title is not None and title.split()[-2:-1] and title.split()[-2] in _BODY_WORDS:
        title = None  # "the Paris Club agreement": the agreement of a body, not a name
    if title is not None and resolve_country_group(title) is not None:
        return None  # an organisation that bears an instrument's name
    if title is not None and title.endswith(head_text) and _NAME_AS_OWNER.match(after):
        if _OWN_IMPLEMENTATION.match(after):
            # "discussed the X Accord's implementation": told in force, its implementers its
            # sides, as "discussed the implementation of the X Accord" tells
            status, has_cue, weak_cue = AgreementStatus.RATIFIED, True, False
            implemented = True
        elif not (
            _POSSESSIVE_NEXT.match(after)
            and status is AgreementStatus.RATIFIED
            and _implementing_only(text, head)
        ):
            return None  # "the X Pact's tariff", "the X Pact countries": background, not signed
    if title is not None and weak_cue and status is AgreementStatus.PLANNED:
        status = AgreementStatus.SIGNED  # "seek to strengthen the Paris accord": it exists
    if (
        weak_cue
        and status is AgreementStatus.PLANNED
        and determiner == "the"
        and article.published is not None
        and any(
            _YEAR_TOKEN.fullmatch(t.group()) and int(t.group()[:4]) <= article.published.year
            for t in content
        )
    ):
        status = AgreementStatus.SIGNED  # "progress on the 2022 road map": named by its year
    if (
        weak_cue
        and status is AgreementStatus.PLANNED
        and ("approved" in before or "endorsed" in before)
        and _MEETING_APPROVED.search(text, max(0, head.start() - 160), head.start())
    ):
        status = AgreementStatus.SIGNED  # "the council also approved its programme": adopted
    if weak_cue and status is AgreementStatus.PLANNED and _SIGNED_PAST_TOPIC.match(after):
        status = AgreementStatus.SIGNED  # "approved the agreement on education signed with"
    if weak_cue and status is AgreementStatus.PLANNED and _SIGNED_CLAUSE.match(after):
        status = AgreementStatus.SIGNED  # "expected to debate the pact on X, which was signed in"
    if status is AgreementStatus.PLANNED and _SIGNED_RELATIVE.match(after[:160]):
        # "stressed the importance of (talks focused on) the X that A and B signed": its own
        # clause tells it signed, whatever a cue before it tells of the talks about it
        status, weak_cue = AgreementStatus.SIGNED, False
    if (
        not has_cue
        and determiner in INDEFINITE
        and _SUBJECT_BEFORE.search(text[dateline_end : tokens[0].start()])
        and _HYPOTHETICAL.match(after)
    ):
        status, has_cue = AgreementStatus.PLANNED, True  # "A pact ... could spur trade"
    if title is None and may_match(_COMPANY_COSIGNER, after) and _COMPANY_COSIGNER.match(after):
        return None  # "a memorandum ..., signed by the minister and a company's envoy": a contract
    if firms_between(text, head):
        return None  # "a protocol signed between the A and B railway companies": a contract
    near = text[max(0, head.start() - 40) : head.end() + 60]
    if vocabulary().organisations.search(near) or re.match(r"\s+Organi[sz]ation\b", after):
        return None  # "GATT", "North Atlantic Treaty Organization": the body
    if (
        title is None
        # a compact binds a government: the "corporation" beside it is a state's agency
        and not word.startswith("compact")
        and business_near(text, head)
        and not _state_signer(text, head, mentions)
        and not ("Bank" in text and not business_near(_IGO_BANK.sub(_blank, text), head))
        and not _state_sides(text, head, mentions)
        and not _states_before_business_after(text, head, mentions)
    ):
        return None  # "businessmen signed a memorandum", "a deal with the club"
    mod_start = tokens[0].start() if tokens else head.start()
    # Parties, from the most to the least reliable clue.
    # Not the capital in a name ("Paris accord"), nor a description ("US-friendly treaty").
    in_title = title.find(head_text) if title is not None else -1
    name_start = head.start() - in_title if in_title >= 0 else head.start()
    modifier_parties = states(
        [
            m
            for m in mentions
            if m.end <= name_start
            and not COMPOUND_SUFFIX.match(text, m.end)
            and (m.kind != "capital" or _JOINED.search(text, m.start - 1, m.end + 1))
        ],
        mod_start,
        head.start(),
        text,
    )
    owner_start = content[0].start() if content else head.start()
    # "Its agreement with B", "The country's agreement with B": a back-reference owns it
    owned = _STATE_OWNS.match(text, owner_start) is not None or any(
        is_reference(m)
        and m.start <= owner_start
        and (owner_start <= m.end or _REFERENCE_OWNS.fullmatch(text, m.end, owner_start))
        for m in mentions
    )
    if modifier_parties and owned:
        # "Chile and Peru's agreement": the list before the first owner is a side too
        owners_before = [m for m in mentions if m.end <= owner_start]
        modifier_parties += [
            p for p in listed_before(text, owners_before, owner_start) if p not in modifier_parties
        ]
    owned_topic = _TOPIC_THEN_WITH.match(after)
    if modifier_parties and owned and (" with " in after[:8] or owned_topic is not None):
        # "Peru's agreement with Chile": the state right after "with" is the other side, and
        # so are the states listed with it ("with B, C and D"), also after a short topic
        # ("Peru's accord on fisheries with Chile")
        with_from = head.end() + (owned_topic.end() if owned_topic is not None else 0)
        modifier_parties += [
            p for p in _named_with_list(text, mentions, with_from) if p not in modifier_parties
        ]
    between = BETWEEN.search(after[:180])
    if between is not None and _JOINED_SUBJECTS.fullmatch(after, 0, between.start()):
        # "five documents, including X and Y, were signed between A's Cabinet and B's
        # Government": the phrase after the joined subjects, read whole
        between = BETWEEN.search(after[: between.start() + 160])
    if between is not None and between.start() > 140:
        between = None  # too far from the instrument to name its sides
    if (
        between is not None
        and far_lone_between(text, head.end(), between, mentions)
        and not _SIDES_DESCRIBED.match(between.group("who"))
    ):
        # "accords make A's port the gateway between B and Asia": another noun's, and so are
        # the states it names
        lone = (head.end() + between.start(), head.end() + between.end())
        mentions = [m for m in mentions if not lone[0] <= m.start < lone[1]]
        between = None
    if between is not None and _TALKS_BETWEEN.search(after, 0, between.start()):
        between = None  # "signed 5 documents, following talks between the presidents": talks'
    if (
        between is not None
        and between.start() > 8
        and not _JOINED_SUBJECTS.fullmatch(after, 0, between.start())
        and (
            _ANOTHER_ONE.search(after, 0, between.start())
            # "Together with the treaty, senators ratified the Agreement between A and B":
            # the phrase of the verb's own object
            or _VERB_OBJECT.search(after, 0, between.start())
        )
        and not _IS_A.match(after)
    ):
        # "X's agreement follows an agreement between A and B": the second's (not "the
        # protocol on amendments to the agreement on trade between A and B")
        between = None
    with_phrase = WITH.match(after)
    parties: list[Party]
    basis: str
    # "a pact among the rich industrial nations", "an accord by leading creditor governments":
    # states described as a group, not named; an instrument between states, parties untold.
    # Only one told as made: "to broker a deal between warring countries" is too vague.
    described = (
        title is None
        and status is not AgreementStatus.PLANNED
        and not modifier_parties
        and (
            (
                between is not None
                and not states(
                    mentions, head.end() + between.start(), head.end() + between.end(), text
                )
                # ("between their governments": the sides' own, not a group described)
                and not _THEIR_SIDES.match(between.group("who"))
                and described_group(after, between.start("who"), between.end("who"))
            )
            or (" by " in after[:60] and by_group(text, head.end()))
        )
    )
    if modifier_parties or group_pact or described:
        parties, basis = modifier_parties, "modifier"
        if (
            described
            and status is AgreementStatus.SIGNED
            and between is not None
            and _OF_TWO_STATES.match(between.group("who"))
        ):
            # "signed an agreement between the governments of the two countries": the story's
            # two sides, not a group of states described ("the B President witnessed the signing
            # of five agreements between ..." is the pair's, not B's alone; one ratified
            # "together with" another instrument keeps the sides of that one, read as before)
            basis = "both_sides"
    elif between is not None and states(
        mentions, head.end() + between.start(), head.end() + between.end(), text
    ):
        lo_b, hi_b = head.end() + between.start(), head.end() + between.end()
        parties = states(mentions, lo_b, hi_b, text)
        if len(parties) > 2:
            # "an agreement between A and B to help C with its debts": C is served, no side
            kept = _unserved(text, [m for m in mentions if lo_b <= m.start < hi_b], parties)
            parties = kept if len(kept) >= 2 else parties
        basis = "between"
        if (
            not has_cue
            and (
                determiner in INDEFINITE
                # "a lasting accord": a participle ends the modifiers the determiner opens
                or (
                    not determiner
                    and _AN_BEFORE.search(text, max(0, head.start() - 40), head.start()) is not None
                )
            )
            and not after[: between.start()].strip()  # its own sides, not "one like that between"
            # "under a pact between A and B, A sells gas": one in force
            and _UNDER_AN_BEFORE.search(text, max(0, head.start() - 60), head.start()) is None
            and not SIGN_VERB.search(text)
            and not dates()
        ):
            # "only a lasting pact between A and B can end the feud", "talk of a pact between
            # A and B": one spoken of, its sides named; nothing says it was made or is to be
            return None
    elif title is not None and determiner not in INDEFINITE:
        parties, basis = supporters(text, mentions, name_start), "named"
        if not parties and " by " in before:
            parties = list(stance_sides(text, mentions, name_start))  # "reaffirmation by A of"
        if not parties and _signed_event(text, name_start, head.end()):
            # "The parliaments of A, B and C have signed the Baku Declaration": the signers,
            # in its own clause ("A helped B and C; rival factions signed the X": not B, C)
            lo = max(dateline_end, name_start - 150, text.rfind(";", 0, name_start) + 1)
            parties = _clause_parties(text, mentions, head, name_start, lo)
            if not parties and _group_members(text, mentions, lo, name_start):
                pass  # "the leaders of the X member states adopted the Y": members not expanded
            elif not parties and BOTH_SIDES.search(text):
                basis = "both_sides"  # "the two ministers put their signatures to the X"
            elif not parties and (
                status is AgreementStatus.SIGNED
                or (status is AgreementStatus.PLANNED and not weak_cue)
            ):
                basis = "previous_sentence"  # "Then the presidents signed the Treaty on X"
        if not parties and _ENDORSED_BEFORE.search(text, max(0, name_start - 40), name_start):
            # "The governments of A, B and C endorsed the X Declaration": several states that
            # endorse, join or back one document together are its makers (one state backing
            # another's is only a well-wisher, so two or more are asked for)
            lo = max(dateline_end, name_start - 150, text.rfind(";", 0, name_start) + 1)
            endorsers = _clause_parties(text, mentions, head, name_start, lo)
            if len(endorsers) >= 2:
                parties = endorsers
        if (
            not parties
            and status is AgreementStatus.RATIFIED
            and _SIDES_RATIFY.search(text, max(0, name_start - 40), name_start)
        ):
            # "A ratified the X Agreement with B", "the two countries ratified the X Treaty":
            # the states of its clause, or the pair referred to (never one state alone)
            lo = max(dateline_end, name_start - 150, text.rfind(";", 0, name_start) + 1)
            ratifiers = _clause_parties(text, mentions, head, name_start, lo)
            if len(ratifiers) >= 2:
                parties = ratifiers
            elif not ratifiers and BOTH_SIDES.search(text, lo, name_start):
                basis = "both_sides"
        if not parties and between is not None and _SIDES_DESCRIBED.match(between.group("who")):
            basis = "both_sides"  # "the X Agreement signed between the two countries"
        if not parties and _PARTY_TO.search(text, max(0, name_start - 60), name_start):
            # "A and B are parties to the X Convention": its subject's states
            lo = max(dateline_end, name_start - 150)
            parties = _clause_parties(text, mentions, head, name_start, lo)
        if not parties and title and " with " in text:
            # "the 1994 Border Agreement with Norway": the state named right after is a side
            parties = _named_with(
                text, mentions, name_start + len(title) if in_title >= 0 else head.end()
            )
            basis = "with" if parties else basis
        if not parties and title and " with " in text:
            # "the X Agreement with the EU": the group across the table, as for an unnamed one,
            # and the one state its sentence names before the name
            parties = _group_with(text, mentions, name_start, name_start + len(title))
            basis = "with" if parties else basis
        if len(parties) < 2 and basis == "named":
            # "A ratified the X", "A and B remain committed to the X": the subject's states
            subjects = stance_subjects(text, mentions, name_start)
            if set(parties) < set(subjects):
                parties = list(subjects)
            if not parties:
                # "A will seek to strengthen the X", "accused A of breaking the X": A, told
                # acting on it, not where it was made (no story pair is added: _extract)
                parties = list(nonfinite_subjects(text, mentions, name_start))
                basis = "stance" if parties else basis
            if not parties and sides_uphold(text, name_start):
                basis = "both_sides"  # "The two leaders recalled the X Treaty": the story's pair
            if not parties and sides_bound_by(
                text, name_start + len(title) if in_title >= 0 else head.end()
            ):
                # "the X Accord, under which the two countries undertook to ...": the relative
                # clause's subject is the pair that made it, the story's
                basis = "both_sides"
            if not parties and _THEIR_BEFORE.search(text, max(0, name_start - 60), name_start):
                # "A and B reviewed their X Agreement": the possessive is the states of the list
                # told last before it (not "C said A and B broke their X": C only speaks)
                lo = max(dateline_end, name_start - 150, text.rfind(";", 0, name_start) + 1)
                actors = [
                    m
                    for m in mentions
                    if lo <= m.start
                    and m.end <= name_start
                    and m.kind != "group"
                    and is_actor(text, m)
                    and not in_location(text, m)
                ]
                last = party_of(actors[-1]) if actors else None
                if last is not None:
                    owners = only_states(
                        (*listed_before(text, actors[:-1], actors[-1].start), last)
                    )
                    if len(owners) >= 2:
                        parties = sorted(owners, key=str)
    elif (
        between is not None
        and not _SIDES_DESCRIBED.match(between.group("who"))
        and not _NO_SIDES_TOLD.match(between.group("who"))
        # (told signed or to be: "signed a declaration between their border regions")
        and not (has_cue and _OWN_SIDES.match(between.group("who")))
    ):
        return None  # "a deal between warring countries": parties described, not named
    else:
        lo = max(dateline_end, head.start() - 150)
        if ratified_list is not None:
            lo = max(lo, ratified_list.end())  # not the states of the objects listed before
        parties = _clause_parties(text, mentions, head, mod_start, lo)
        if not parties and ("which" in after[:60] or "that" in after[:60]):
            parties = list(
                relative_signers(text, mod_start, head.end(), mentions)
            )  # ", which A signed"
        if (
            not parties
            and lo > dateline_end
            and _UNDER_AN.search(text, max(0, mod_start - 10), mod_start)
        ):
            # "the Nigerians are negotiating ... under a multilateral pact": it binds the subject
            parties = _clause_parties(text, mentions, head, mod_start, dateline_end)
        if (
            len(parties) < 2
            and lo > dateline_end
            and any(t.group().casefold() in _TWO_SIDED for t in tokens)
        ):
            # "Washington announced ... over Tokyo's failure to honour their bilateral pact"
            whole = _clause_parties(text, mentions, head, mod_start, dateline_end)
            if len(only_states(whole)) == 2:
                parties = whole
        if with_phrase is not None:
            own_with = (head.end() + with_phrase.start("who"), head.end() + with_phrase.end())
            parties = _not_other_deals_sides(
                text, mentions, lo, mod_start, own_with=own_with, parties=parties
            )
            # "an agreement with the EU": the group across the table is a side here (the
            # record keeps it only when no state is a side either: _finish)
            w_lo = head.end() + with_phrase.start("who")
            for m in mentions:
                if m.kind == "group" and _GROUP_FIRST.fullmatch(text, w_lo, m.start):
                    group = party_of(m)
                    if group is not None and group not in parties:
                        parties.append(group)
        basis = "with" if with_phrase is not None else "sentence"
        owner = group_owner(text, mentions, mod_start)
        if owner is not None:
            parties = [owner]  # a group's own pact: "the EU's revised budget pact"
        earlier = (
            BETWEEN.search(text, lo, head.start())
            if "betwe" in before or "among" in before
            else None
        )
        if earlier is not None and with_phrase is None:
            sides = only_states(states(mentions, earlier.start(), earlier.end(), text))
            if len(sides) >= 2:
                parties = list(sides)  # "talks between A and B ... resulted in an agreement"
    amending = word.startswith("protocol") and "amend" in after[:30]
    amended = _AMENDING_WITH.match(after) if amending else None
    if amended is not None and basis == "sentence":
        # "a protocol amending the agreement with B": the amended agreement's other side
        partner = _named_with(text, mentions, head.end() + amended.end())
        if partner:
            parties, basis = partner, "with"
    bound = (
        _bound_by(text, mod_start, head.end(), mentions)
        or _joiner(text, mod_start, mentions)
        or _terms_bind(text, head.end(), mentions)
    )
    # "the UN Convention on X": the United Nations' own, whose members it binds (a group is not
    # expanded into its members), so states acting under it or carrying it out are no sides
    un_own = title is not None and UN_NAME.search(title) is not None
    if title is not None and not parties and bound and not un_own:
        parties, basis = list(bound), "under"
    if title is not None and not parties and basis == "named" and implemented and not un_own:
        # "A and B noted progress in implementing the X Compact", "the two sides reviewed the
        # implementation of the Y Agreement": those who carry it out are its sides, named in
        # the clause or referred to (the story's pair)
        lo = max(dateline_end, name_start - 150, text.rfind(";", 0, name_start) + 1)
        doers = _clause_parties(text, mentions, head, name_start, lo)
        if len(doers) >= 2:
            parties = doers
        elif not doers:
            basis = "both_sides" if BOTH_SIDES.search(text, lo, name_start) else "previous_sentence"
    if (
        title is not None
        and not parties
        # a name told before: only a step to come makes it theirs ("underlined how important
        # the X Convention is" is a stance on another's instrument)
        and (basis == "sentence" or (basis == "named" and status is AgreementStatus.PLANNED))
        and has_cue
        and not weak_cue
        and BOTH_SIDES.search(text, max(dateline_end, name_start - 80), name_start)
    ) or (
        title is not None
        and not parties
        and basis == "named"
        and status is AgreementStatus.RATIFIED
        and kind_of(head_text)
        is AgreementKind.PLAN  # a programme of theirs, not "the Paris Agreement"
        and has_cue
        and not weak_cue
        and _LEADERS_REPORT.search(text, max(dateline_end, name_start - 80), name_start)
    ):
        # "the two sides welcomed the finalization of a X Framework", "the parties discussed
        # the draft X Agreement": the story's two sides
        basis = "both_sides"
    elif (
        title is not None
        and not parties
        and basis == "sentence"
        and _signed_event(text, name_start, head.end())
    ):
        # "The countries signed a Strategic Partnership Treaty": the story's sides
        if _group_members(text, mentions, dateline_end, name_start):
            basis = "named"  # "the X member states signed a Y Declaration": none expanded
        elif BOTH_SIDES.search(text):
            basis = "both_sides"
        elif status is AgreementStatus.SIGNED or (
            status is AgreementStatus.PLANNED and not weak_cue
        ):  # "The ministers agreed to prepare a Program of X": a step the sides told before
            basis = "previous_sentence"
    if (
        title is not None
        and not parties
        and basis == "named"
        and ("-" in text or "\u2013" in text or "betw" in text)
    ):
        # "ties between A and B, through the X Agreement", "the A-B alliance ... the Y Treaty"
        parties = _one_pair(text, mentions)
        if not parties and in_title >= 0:
            # "the Declaration on A-Pacific Partnership": the state its name pairs is a side
            parties = _paired_in_name(text, mentions, name_start, name_start + len(title))
    distinct = [t for t in content if t.group().casefold() not in vocabulary().generic]
    of_meeting = word.startswith("minutes") or (
        word.startswith("protocol") and _OF_MEETING.match(after) is not None
    )
    anaphor = (
        title is None
        and determiner in DEFINITE
        and not distinct
        # "the protocol of the fifth meeting of the commission": that meeting's own document
        and not of_meeting
        and between is None
        and with_phrase is None
        and amended is None
        and not modifier_parties
    )
    if not parties and title is None and not group_pact and not described:
        if (
            has_cue
            and BOTH_SIDES.search(text)
            and (
                SIGN_VERB.search(text)
                or _PLANNED_STEP.search(text)
                or _SIDES_MAY_SIGN.search(text)
                or (asked and status is AgreementStatus.PLANNED)  # "Will the two sides sign X?"
                or _STEP_OF.search(text)
                or preparing
                or implemented
                or peace_goal
                or held_since is not None
            )
        ):
            parties, basis = [], "both_sides"
        elif base_of and status is AgreementStatus.SIGNED:
            basis = "previous_sentence"  # "their treaty base comprises 40 documents"
        elif has_cue and (
            (
                status is AgreementStatus.SIGNED
                and (
                    SIGN_VERB.search(
                        text, max(0, head.start() - 120), head.end() + (120 if of_meeting else 60)
                    )
                    # "a memorandum on <a long topic> was signed": its own verb, further on
                    or _OWN_SIGNED_FAR.match(text, head.end()) is not None
                    or yielded  # "the session produced eleven documents": the sides told
                    or ended_with
                    or in_signed_list
                    or beside
                    or aside is not None
                    # "the leaders endorsed a roadmap for X": adopted by the story's sides
                    or (
                        kind_of(head_text) in (AgreementKind.PLAN, AgreementKind.DECLARATION)
                        and (
                            _SIDES_ENDORSED.search(text, max(0, head.start() - 100), head.start())
                            is not None
                            # "ministers of the X Organisation approved an action plan"
                            or _GROUP_ENDORSED.search(
                                text, max(0, head.start() - 160), head.start()
                            )
                            is not None
                            # "an action plan for 2024-2025 was approved at the meeting"
                            or _gated_match(_PASSIVE_APPROVED, after) is not None
                        )
                    )
                    # "the leaders approved the X Strategy and an agreement on Y": any kind
                    or _MEETING_APPROVED.search(text, max(0, head.start() - 160), head.start())
                    is not None
                )
            )
            or (
                status is AgreementStatus.PLANNED
                and not weak_cue
                and (_PLANNED_STEP.search(text) or preparing or to_make or negotiated)
            )
            or (status is AgreementStatus.RATIFIED and _BEING_IMPLEMENTED.search(text))
            # "the two leaders discussed the implementation of the agreement on X": theirs
            or (implemented and status is AgreementStatus.RATIFIED)
            or (
                status is AgreementStatus.RATIFIED
                and not weak_cue
                and (_gated_match(_IN_FORCE_CLAUSE, after) is not None or term is not None)
            )
            # "the parliament ratified the agreement on X": the sides told before
            or (
                status is AgreementStatus.RATIFIED
                and not weak_cue
                and _RATIFIED_NEAR.search(text, max(0, head.start() - 80), head.start()) is not None
            )
        ):
            basis = "previous_sentence"  # a signing told or to come: the sides told before
        elif (
            between is not None
            and _THEIR_SIDES.match(between.group("who"))
            and BOTH_SIDES.search(text)
        ):
            # "the two sides discussed the agreement between their governments": theirs
            parties, basis = [], "both_sides"
        elif replaced is not None:
            # "it would replace the 2001 accord": one the sides told before have
            basis = "previous_sentence"
        elif _BOTH_STATES.search(text) and (
            _made_in_year(content, article) or made_year is not None
        ):
            # "the two countries would revive a 1977 accord on X", "called on both governments
            # to implement the 2012 agreement": one the story's two sides made that year
            parties, basis = [], "both_sides"
        elif (
            (_made_in_year(content, article) or made_year is not None)
            # (not one whose sides its own words tell, unread: "a 1984 accord with the Nordic
            # countries"; nor a peace accord, which ends a war within a state as often)
            and with_phrase is None
            and between is None
            and not any(t.group().casefold() == "peace" for t in content)
        ):
            # "the ministers reviewed the 1984 fishing agreement", "the treaty of 1963": a
            # document its own words date to a past year was made then, by the sides told before
            basis = "previous_sentence"
        elif not anaphor:
            return None
        if (
            ended_with
            and basis == "previous_sentence"
            and any(m.kind == "group" and m.end <= head.start() for m in mentions)
        ):
            # "ministers of the six-nation X ended their meeting with a declaration": the
            # group's members, none of them named
            basis = "many"
        if (
            negotiated
            and basis == "previous_sentence"
            and "bilateral" not in text.casefold()
            and _LEADERS_OWN.search(text, 0, head.start()) is None
        ):
            # an unnamed framework is theirs only as the sentence tells its sides: "for closer
            # bilateral relations" tells the two the story is on, and so do "the leaders are
            # to sign a framework on X" and "their shared goal of concluding a framework"
            return None
    dated = dates()
    in_modifiers = [d.date for d in dated if d.start >= mod_start and d.end <= head.start()]
    step_timed = _STEP_OF_TIMED.search(text, max(0, mod_lo - _STEP_OF_TIMED_REACH), mod_lo)
    if step_timed is not None:
        step = step_timed.group("step").casefold()
        in_force = step.startswith(("entry", "ratif", "approv"))
        # (an approval dates an instrument its cue tells ratified, a parliament's, but does not
        # ratify one by itself: a cabinet approves too)
        if in_force and status is AgreementStatus.SIGNED and not step.startswith("approv"):
            # "welcomed the entry into force last month of the X, which A signed in May"
            status = AgreementStatus.RATIFIED
        if status is not (AgreementStatus.RATIFIED if in_force else AgreementStatus.SIGNED):
            step_timed = None  # the instrument's status is told otherwise: not that step's day
    step_day = (
        next(
            (
                d.date
                for d in dated
                if step_timed.start("when") <= d.start and d.end <= step_timed.end("when")
            ),
            None,
        )
        if step_timed is not None
        else None
    )
    modifier_day = (in_modifiers[0] if in_modifiers else None) or modifier_date(
        content, article.published
    )
    # A planned document's own bare year, not before the story's ("the 1988 trade protocol" in
    # 1987), is the year it covers: the day its making is told at dates it first (spec: the
    # date of the planned signing, or of the meeting it is expected at).
    covers_year = (
        status is AgreementStatus.PLANNED
        and modifier_day is not None
        and modifier_day.month is None
        and article.published is not None
        and modifier_day.year >= article.published.year
    )
    date = (
        step_day
        or (PartialDate(int(held_since.group("year"))) if held_since is not None else None)
        or (None if covers_year else modifier_day)
        # "the fisheries treaty of 2004": the year of its making, right after its noun
        or (made_year if title is None else None)
        # "signed the Declaration on X between A and B in Moscow on May 2": from the name's end
        or _own_step_date(text, dated, head, _name_end(text, title, head), mod_start, status=status)
        or date_right_after(text, dated, head.end())  # "an agreement last month among"
        or (modifier_day if covers_year else None)
    )
    put_off = put_off_end(text[head.end() :]) if status is AgreementStatus.PLANNED else None
    if put_off is not None:
        # "the signing of the X, originally set for May 31, was postponed until June": the time
        # it was first set for is gone, so only a time right after the verb dates it
        date = new_time(text, head.end() + put_off, dated, article.published)
    elif status is AgreementStatus.PLANNED and signing_put_off(
        text[max(0, head.start() - 160) : head.start()]
    ):
        # "A and B postponed the signing of the X to September": the new time after it alone
        date = time_after(text, head.end(), len(text), dated, article.published)
    if (
        by_term
        and status is AgreementStatus.RATIFIED
        and date is not None
        and not step_day
        and (modifier_day is not None or made_year is not None)
    ):
        # "the 1983 grains accord expires this year": the year an old document carries is its
        # signing's, and its expiry no status of the spec's
        status = AgreementStatus.SIGNED
    if (
        status is AgreementStatus.PLANNED
        and date is not None
        and article.published is not None
        and date.year < article.published.year
        and (_made_in_year(content, article) or made_year is not None)
    ):
        # "sought to revive the 1984 accord", "the 1965 pact stays out of the negotiations": a
        # document its own words date to a past year was made then; what is to come is not it
        status = AgreementStatus.SIGNED
    opened = False  # the date opens the sentence: the main verb's, whatever asides follow
    if date is None and dated and dated[0].start < mod_lo:
        date = _opening_date(  # "In May, they signed a X"
            text,
            dated[0],
            dateline_end,
            head,
            _name_end(text, title, head),
        )
        opened = date is not None
    if (
        date is None
        and (" then" in after[:40] or " there" in after[:40] or " that " in after[:40])
        and _SIGNED_THEN.match(after)
    ):
        # "recalled the visit in June, saying the documents signed then": that event's date
        told_before = [d.date for d in dated if d.end <= mod_start]
        date = told_before[-1] if told_before else None
    if date is None and yielded_at is not None:
        # "the session, held in Lima last August, produced eleven documents": the event's day,
        # told before the verb (not the day of a remark that frames it: "said on Monday that")
        spoken = [m.end() for m in _SPEECH.finditer(text, dateline_end, yielded_at.start())]
        lo = spoken[-1] if spoken else dateline_end
        framed = _THAT.search(text, lo, yielded_at.start()) if spoken else None
        lo = framed.end() if framed is not None else lo
        told_before = [d.date for d in dated if lo <= d.start and d.end <= yielded_at.start()]
        date = told_before[-1] if told_before else None
    relative = (
        _DURING_WHICH.search(text, max(0, head.start() - 60), head.start())
        if date is None and ("which" in before[-60:] or "whe" in before[-60:])
        else None
    )
    if relative is not None:
        # "paid a visit to A in May 2016, during which 8 documents were signed": that
        # event's date, told before the relative
        told_before = [d.date for d in dated if d.end <= relative.start()]
        date = told_before[-1] if told_before else None
    # "the X, ratified by both sides last year, entered into force on January 1": the latest
    # step told is the entry into force, dated by its own clause
    ratified_then_in_force = status is AgreementStatus.RATIFIED and (
        " into " in after or " effect" in after
    )
    if (status is AgreementStatus.SIGNED or ratified_then_in_force) and (
        "into " in after
        or " since" in after
        or " ratified" in after
        or " effect" in after
        or " in force" in after
        or " approved by" in after
        or " endorsed by" in after
    ):
        later = _LATER_IN_FORCE.match(after)
        if (
            later is not None
            and ratified_then_in_force
            and later.group("verb").startswith(("has", "have", "had", "was", "were"))
        ):
            later = None  # "ratified ... was ratified": no step later than the one told
        if later is not None and _CONDITION_OF.search(after, 0, later.start("verb")):
            later = None  # "signed ..., which will permit flights once it enters into force"
        if (
            later is not None
            and later.group("verb").startswith(("is", "are", "remain"))
            and _NEXT_CLAUSE.search(after, 0, later.start("verb"))
        ):
            later = None  # "signed X in 2019, and the ban on Y remains in force": another's
        if later is not None and not INSTRUMENT.search(after, 0, later.start("verb")):
            # "The agreement, signed in 2006, entered into force in 2009": in force now
            status = AgreementStatus.RATIFIED
            at = head.end() + later.end()
            date = next(
                (
                    d.date
                    for d in dated
                    # "in 2009", "by the State Duma on Tuesday": the clause's own day
                    if at <= d.start <= at + 60
                    and not re.search(r"[,;:]", text[at : d.start])
                    # (not the end of its term: "is in force until 2030")
                    and _TERM_ENDS.search(text, at, d.start) is None
                ),
                # "ratified in March, has entered into force": the one day told, the ratification's;
                # "On May 3, the X signed by A and B entered into force": the main verb's
                date if ratified_then_in_force or opened else None,
            )
    if (
        status is AgreementStatus.RATIFIED
        and not plural
        and _IMPLEMENTING_THE.search(text, max(0, mod_start - 30), mod_start)
        and _gated_match(_SIGNED_IN_WRITTEN_YEAR, after)
    ):
        # "reviewed progress in implementing the agreement signed by the two countries in
        # 2024": a document the text tells by its signing in a year written out is that
        # signing, dated, as after "the implementation of" (below); not "the X signed in 2023
        # is being implemented", whose own verb tells it in force
        status = AgreementStatus.SIGNED
        date = date or _year_signed(text, dated, head.end())
    if (
        # (signed, or in force by a cue that outweighed the signing participle)
        status in (AgreementStatus.SIGNED, AgreementStatus.RATIFIED)
        and ("implement" in text or " in force" in text or " in effect" in text)
        and (
            _SIGNED_NEXT.match(after)
            # "the implementation of the memorandum on X signed by the ministries last November"
            or (
                _SIGNED_IN_CLAUSE.match(after)
                and (
                    # (a name's own words before its head: "of the Status of Forces Agreement")
                    _IMPLEMENTATION_OF.search(text, max(0, name_start - 30), name_start)
                    or _IMPLEMENTATION_OF_PAIR.search(text, max(0, mod_start - 120), mod_start)
                )
            )
            # "the implementation of the Action Plan on transport for 2023-2025, signed in 2022"
            or (_SIGNED_AFTER_TOPIC.match(after) and _IMPLEMENTATION_OF.search(text, 0, mod_start))
            # "the road map on X, signed in Riga in 2020, is being implemented": the main
            # verb after the aside tells the status (checked by _NOW_IMPLEMENTED below)
            or _SIGNED_AFTER_TOPIC.match(after)
        )
        and (
            (
                (
                    _IMPLEMENTATION_OF.search(text, max(0, mod_start - 30), mod_start)
                    or _IMPLEMENTATION_OF.search(text, max(0, name_start - 30), name_start)
                    or _IMPLEMENTATION_OF_PAIR.search(text, max(0, mod_start - 120), mod_start)
                )
                # "the implementation of the agreement signed between them in 2019": a document
                # the text tells by its signing in a year written out is that signing, dated
                # (not a set being implemented: "of the 12 agreements signed in 2022")
                and (plural or not _gated_match(_SIGNED_IN_WRITTEN_YEAR, after))
            )
            or (
                (now := _NOW_IMPLEMENTED.match(after)) is not None
                and not INSTRUMENT.search(after, 0, _aside_start(after, now.start("verb")))
                and not _NEW_CLAUSE.search(after, 0, now.start("verb"))
            )
        )
    ):
        # "the 7 documents signed in May are being implemented", "the implementation of the
        # documents signed during the visit": in force now, since a day the text does not tell
        status, date = AgreementStatus.RATIFIED, None
    if (
        status is AgreementStatus.SIGNED
        and _SIGNED_NEXT.match(after)
        and _RATIFIED_RIGHT_BEFORE.search(text, max(0, mod_lo - 40), mod_lo)
    ):
        # "also ratified two agreements signed on the same day": the verb governing the
        # instrument tells its status, the participle after it its history (and its day)
        status = AgreementStatus.RATIFIED
        date = None if date in [d.date for d in dated if d.start >= head.end()] else date
    if status is AgreementStatus.RATIFIED:
        # "The parliament on Tuesday ratified the agreement, signed on May 2, 2020": the
        # ratification's own day, not the signing's
        own_day = _ratified_on(text, dated, head.start())
        name_end = _name_end(text, title, head)  # the clause after a long name's sides
        signed = (
            _gated_match(_SIGNED_CLAUSE_NEXT, text, name_end) if own_day is None and date else None
        )
        if (
            signed is None
            and own_day is None
            and date
            and not AMENDED.search(text, max(0, head.start() - 40), head.start())
        ):
            # "ratified the X, which our two governments signed in P in 2022": the signing's
            # day; not for the instrument a protocol amends, whose own signing that is
            signed = _SIGNERS_CLAUSE_NEXT.match(text, name_end)
        signed_end = signed.end() if signed is not None else -1
        first = next((d for d in dated if d.start >= signed_end), None) if signed_end >= 0 else None
        if (
            first is not None
            and first.date == date
            and not _IN_FORCE_WORD.search(text, signed_end, first.start)
            # (not past the aside's close: "the ratification of the X, signed by A and B, took
            # place in March" is the ratification's day)
            and not _ASIDE_CLOSED.search(text, signed_end, first.start)
        ):
            # "exchanged the instruments of ratification of the treaty, signed in May": the
            # date of that clause is the signing's, not the ratification's (the main verb's
            # after the aside, "..., took place in March", is)
            date = next(
                (
                    d.date
                    for d in dated
                    if d.start > first.end and _TOOK_PLACE_NEXT.fullmatch(text, first.end, d.start)
                ),
                None,
            )
        date = own_day or date
    if to_sign is not None:
        # the aside's date is a step before ("initialled in June"): the signing's own day is
        # told right after its verb, if at all
        verb_end = head.end() + to_sign.end()
        date = next((d.date for d in dated if verb_end <= d.start <= verb_end + 30), None)
    if (
        title is not None
        and status is AgreementStatus.PLANNED
        and not weak_cue
        and article.published is not None
        and any(
            d.end <= head.start()
            and d.date.year < article.published.year
            # (not a year of another clause: "X signed in 2021 had opened ..., while both sides
            # agreed to finalise the Y")
            and _OTHER_CLAUSE_OPENS.search(text, d.end, head.start()) is None
            for d in dated
        )
    ):
        status = AgreementStatus.SIGNED  # "in <a past year>, nations met to finalize the X"
    if (
        date is not None
        and status is AgreementStatus.SIGNED
        and article.published is not None
        and date.first_day() > article.published
    ):
        if _RATIFYING_TO_COME.search(text) and _gated_match(_SIGNING_DONE, after) is not None:
            # "In June, the parliament is expected to approve the X, signed by A and B": the
            # day is the approval's to come, the signing told done (and not dated)
            date = None
        else:
            status = AgreementStatus.PLANNED  # signed "on March 5" still to come
    if status is AgreementStatus.SIGNED and _signing_to_come(text, head.start(), head.end()):
        status, has_cue = AgreementStatus.PLANNED, True
    if status is AgreementStatus.PLANNED and date is None:
        date = _planned_event_month(after, article.published)
    if (
        status is AgreementStatus.PLANNED
        and date is not None
        and date.month is not None
        and article.published is not None
        and date.last_day() < article.published
        and date.year == article.published.year - 1
        and (date.month, date.day) != (2, 29)
        and any(d.date == date and not _YEAR_DIGITS.search(text, d.start, d.end) for d in dated)
    ):
        # "to sign the memorandum in June", told in May: next June, not last year's
        date = PartialDate(date.year + 1, date.month, date.day)
    if (
        status is AgreementStatus.PLANNED
        and date is not None
        and date.month is None
        and article.published is not None
        and date.year == article.published.year - 1
        and any(
            d.date == date and _SEASON.fullmatch(text, d.start, d.end) is not None for d in dated
        )
        and _PAST_PLAN.search(text) is None  # "was expected to be signed in the autumn"
    ):
        # "will be signed during the visit ... in the autumn", told in June: this autumn, the
        # next to come, not last year's
        date = PartialDate(date.year + 1)
    if (
        status is AgreementStatus.PLANNED
        and date is not None
        and date.day is not None
        and article.published is not None
        and date.first_day() < article.published
        # (none past the calendar's last week: the day stays as read)
        and date.first_day() <= dt.date.max - dt.timedelta(days=7)
        # (after the instrument: "the cabinet on Tuesday approved signing X" is a past day)
        and any(
            d.date == date
            and d.relative
            and _BARE_WEEKDAY.fullmatch(d.text)
            and (
                d.start > head.start()
                # "On Monday, in talks brokered by C, the two will sign X": a weekday opening
                # the sentence of a signing to come, whatever participle stands between
                or (
                    _OPENING_ON.search(text, max(0, d.start - 40), d.start) is not None
                    and (will := _WILL_SIGN.search(text, d.end)) is not None
                    # not "On Monday, the ministers said they will sign X": the day of the
                    # telling, a past one
                    and _TOLD_VERB.search(text, d.end, will.start()) is None
                )
            )
            for d in dated
        )
    ):
        # "will be signed on Monday", told on a Wednesday: the coming Monday, not the last one
        date = PartialDate.from_date(date.first_day() + dt.timedelta(days=7))
    if status is AgreementStatus.SIGNED and (" and " in after[:200] or " which " in after[:200]):
        later = _THEN_IN_FORCE.match(after)
        if later is not None and INSTRUMENT.search(after, 0, later.start("step")) is None:
            # "the treaty was signed in 2019 and ratified in 2020": its latest status and day
            status, has_cue = AgreementStatus.RATIFIED, True
            step_end = head.end() + later.end()
            date = next((d.date for d in dated if step_end <= d.start <= step_end + 12), None)
    # "reviewed implementation of the X Framework for Y", "progress in implementing the X
    # Partnership": a named instrument the sides work under, in force
    named_implemented = (
        title is not None
        # (a compact too: "progress in carrying out the X Compact" is one the sides work under)
        and (
            word.startswith(("framework", "compact"))
            or (word == "partnership" and _has_topic(title))
        )
        and (
            implemented
            or (
                "implement" in text[max(0, head.start() - 80) : head.start()]
                and _IMPLEMENTING_NAME.search(text, max(0, head.start() - 80), head.start())
                is not None
            )
        )
    )
    if named_implemented:
        status = AgreementStatus.RATIFIED
        clause = _RELATIVE_AFTER_NAME.match(after) if not parties else None
        if clause is not None:
            # "the X Partnership that A concluded with B and C", "through which A, B and C
            # are helping ...": the states of the clause work under it
            lo = head.end() + clause.start("who")
            parties = list(only_states(states(mentions, lo, head.end() + clause.end("who"), text)))
    if (
        not parties
        and basis not in ("both_sides", "previous_sentence")
        and word.startswith(("framework", "consensus", "compact"))
        and head_text != "compact"  # told signed or in force (a cue): the story's sides' own
        and not named_implemented  # the story's sides take it
        # "the X Framework the two governments signed in May", "intend to sign a Y Compact":
        # its own signing told, done or to come, by a verb of its clause
        and not (
            has_cue
            and not weak_cue
            and (
                # "noted progress in the negotiations on the X Framework" with B's envoy: one
                # in the making, when the sentence names a state beside the name (not "A's
                # national X Framework" alone: a state's own)
                (
                    status is AgreementStatus.PLANNED
                    and bool(
                        states(mentions, 0, max(0, mod_lo - 3), text)
                        or states(mentions, head.end(), len(text), text)
                    )
                )
                or (
                    status is not AgreementStatus.RATIFIED
                    and SIGN_VERB.search(text, max(0, head.start() - 120), head.end() + 60)
                    is not None
                )
            )
        )
    ):
        return None  # "the company's new X Framework": a name, but no state's instrument
    if word == "partnership" and not named_implemented:
        # "progress in implementing the X Partnership for Y": a named programme the sides
        # carry out, in force; "reaffirmed their strategic partnership": a relation
        return None
    if (
        word == "arrangement"
        and (
            (len(parties) == 1 and " with " in after[:60])
            # "A and the B group ... an arrangement, which both sides aim to conclude": the
            # sides its sentence names are unread; the story's pair would stand in wrongly
            or (not parties and basis == "both_sides" and len(mentions) > 0)
        )
        and told_arrangement(head_text, after, before)
        and loose_arrangement(head_text, after)  # kept only by its told step, no sides next
    ):
        return None  # "which is negotiating an arrangement with B": its maker not read, no pair
    if word.startswith(("vision", "principles")) and len(parties) == 1:
        return None  # "approved the Saudi Green Vision": one state's own programme
    if title is not None and status is AgreementStatus.SIGNED and " of " in after:
        at = text.find(title)
        of_year = _OF_YEAR.match(text, at + len(title)) if at >= 0 else None
        if of_year is not None:
            # "the Treaty of Friendship of 1998": the year is the instrument's own
            date = PartialDate(int(of_year.group("year")))
    return Mention(
        kind=kind_of(head_text),
        title=_with_sides_lead(text, title, head, mentions),
        output_title=_indefinite_name(text, head, determiner, tokens) if title is None else None,
        parties=tuple(parties),
        party_basis=basis,
        status=status,
        status_cue=has_cue,
        date=date,
        # "the Agreement between A and B on X, signed in Minsk": right after a long name too
        # "the protocol amending the agreement on X, which was signed in Tbilisi": its clause
        location=bound_place(text, head.end())
        or _after_name_place(text, title, head)
        or clause_place(text, head.end()),
        count=count or 1,
        topic=_topic(content, text, head.end()),
        anaphor=anaphor,
        bare=title is None and determiner in DEFINITE and not distinct,
        own_status=bool(
            aside is not None
            or _OWN_STATUS.match(after)
            or _IN_FORCE_ASIDE.match(after)
            or _gated_match(_SIGNED_AFTER, after)
            or _gated_match(_SIGNED_BY, after)
            or _SIGNED_RELATIVE.match(after[:160])  # "the statements that A and B signed"
            or _EVENT_BEFORE.search(text, max(0, mod_start - 60), mod_start)
        ),
        sentence=sentence,
        indefinite=determiner in INDEFINITE or determiner == "another",
        items=_items(text, head.end(), count) if plural or (count or 1) > 1 else (),
        vague=plural and count is None and not any(t.group() in _OTHER_ONES for t in content),
        partners=(
            _partners(text, head.end(), mentions) or _partners_before(text, head.start(), mentions)
            if plural and count is None
            else ()
        ),
        days=(
            _listed_days(text, dated, date, head.end())
            if plural and count is None and date is not None
            else ()
        ),
        bound=bound,
        by_term=by_term and status is AgreementStatus.RATIFIED,
        by_implementing=status is AgreementStatus.RATIFIED and _implementing_only(text, head),
    )


# What joins the dates of a list: ", ", " and ", ", and of ", " as well as on ".
_DAYS_JOINED = re.compile(
    r"\s*,?\s*(?:(?:and|as\s+well\s+as)\s+)?(?:(?:of|on|dated|in)\s+)?(?:the\s+)?"
)
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _listed_days(
    text: str, dated: Sequence[DateMention], date: PartialDate, head_end: int
) -> tuple[PartialDate, ...]:
    """The dates of a list that starts with a plural's signing date, when there are several.

    "the declarations A, B and C put their names to, of March 2, 2018, of June 9 and
    October 30, 2019" tells one signing on each of those days. A date without its own year
    takes the year of the next one it is joined to ("June 9 and October 30, 2019").

    >>> import datetime as dt
    >>> from diplonews.text.dates import extract_dates
    >>> text = "statements signed on May 3, 2019, of June 4 and July 5, 2021."
    >>> dated = extract_dates(text, dt.date(2023, 5, 10))
    >>> [str(d) for d in _listed_days(text, dated, dated[0].date, 10)]
    ['2019-05-03', '2021-06-04', '2021-07-05']
    """
    first = next((i for i, d in enumerate(dated) if d.start >= head_end and d.date == date), None)
    if first is None:
        return ()
    run = [dated[first]]
    for d in dated[first + 1 :]:
        if _DAYS_JOINED.fullmatch(text, run[-1].end, d.start) is None:
            break
        run.append(d)
    if len(run) < 2:
        return ()
    days = [d.date for d in run]
    for i in range(len(run) - 2, -1, -1):
        if _YEAR_IN.search(run[i].text) is None and days[i + 1].year != days[i].year:
            with contextlib.suppress(ValueError):  # February 29 in another year: as read
                days[i] = attrs.evolve(days[i], year=days[i + 1].year)
    return tuple(dict.fromkeys(days))


# An adoption near a named vision or set of principles: "the summit adopted the X Vision
# 2040", "approval given to the Y Vision", "the leaders signed the Z Principles".
_ADOPTED_NEAR = re.compile(
    r"\b(?:adopt(?:s|ed|ing|ion)?|approv(?:es|ed|ing|al)|endors(?:es|ed|ing|ement)"
    r"|sign(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def _vision_adopted(text: str, head: re.Match[str]) -> bool:
    """Whether the named vision (or principles) at ``head`` is itself adopted, signed or endorsed.

    The adopting word stands before its name or just after it, with no other
    instrument between ("adopted the X Declaration, which calls for implementing the
    Y Vision": the declaration's adoption, not the vision's).

    >>> import re as std_re
    >>> text = "The summit adopted the Turkic World Vision 2040."
    >>> _vision_adopted(text, std_re.search("Vision", text))
    True
    >>> text = "They adopted the Lima Declaration, which backs the Andean Vision 2040."
    >>> _vision_adopted(text, std_re.search("Vision", text))
    False
    """
    before = list(_ADOPTED_NEAR.finditer(text, max(0, head.start() - 120), head.start()))
    if before and INSTRUMENT.search(text[before[-1].end() : head.start()]) is None:
        return True
    after = _ADOPTED_NEAR.search(text, head.end(), head.end() + 60)
    return after is not None and INSTRUMENT.search(text[head.end() : after.start()]) is None


# A year right after a named instrument's title: "the Treaty of Friendship of 1998".
_OF_YEAR = re.compile(r"\s+of\s+(?P<year>1[89]\d\d|20\d\d)\b(?!\s*[-–/])")
# A signing, then a later step in the same clause: "was signed in 2019 and ratified in", or
# in a relative clause on it: "signed in 2021, which has since been ratified by both".
_THEN_IN_FORCE = re.compile(
    r"[^.;:()]{0,120}?\b(?:signed|inked|concluded)\b[^.;:()]{0,60}?,?\s+(?:and|which)\s+"
    r"(?:(?:was|were|has|have)\s+(?:since\s+)?(?:been\s+)?)?(?:(?:later|subsequently|then)\s+)?"
    r"(?P<step>ratified|(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect)\b"
    r"(?!\s+(?:the|an?|its|their|this|that|these|those)\b)"  # not "and ratified the X": another's
)
# Documents told as being drafted, right after them: "documents are being prepared".
_BEING_PREPARED = re.compile(
    r"\s+(?:are|were)\s+(?:now\s+|currently\s+|also\s+)?being\s+(?:prepared|drafted|negotiated"
    r"|finali[sz]ed)\b"
)
# An event's outcome, right before the documents: "the session produced a package of eleven
# documents", "the visit yielded 12 agreements": documents it saw signed.
_YIELDED = re.compile(
    r"\b(?:produced|yielded|resulted\s+in|generated)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[a-z-]+\s+)?(?:package|set|series|number|total)\s+of\s+)?(?:[\w-]+\s+){0,2}$"
)
# A treaty base told by its size, right before the counted documents: "the legal framework
# ... now comprises 191", "the treaty base of relations consists of 47", "a legal basis of
# some 60": the documents the sides have signed over the years (no day).
_TREATY_BASE = re.compile(
    r"\b(?:legal|treaty|contractual|regulatory|normative|juridical)(?:[\s-]+(?:and\s+)?[a-z]+)?"
    r"\s+(?:framework|base|basis|foundation)s?\b[^.;:]{0,120}?\s(?:comprises?|comprising|includes?"
    r"|including|consists?\s+of|consisting\s+of|(?:is|are)\s+made\s+up\s+of|numbers|totals"
    r"|contains?|containing|covers|of|with)\s+"
    r"(?:(?:some|about|around|roughly|approximately|an\s+estimated|a\s+total\s+of)\s+)?"
    # a count, not a bound ("more than 150": no number of documents)
    r"(?!(?:more|over|less|fewer|under|almost|nearly|up|at)\b)(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The conjunction that opens a reported clause: "said on Monday that ...".
_THAT = re.compile(r"\bthat\b")
# Documents being agreed or drafted, right before them: "the process of agreeing bilateral
# documents", "coordinating the package of documents", "drafting new agreements".
_PREPARING = re.compile(
    r"\b(?:agreeing|coordinating|coordination\s+of|harmoni[sz]ing|drafting|preparing"
    r"|preparation\s+of|elaborating|elaboration\s+of|working\s+out)(?:\s+on)?\s+(?:the\s+|a\s+)?"
    # "a package of", "a solid package of"
    r"(?:(?:[a-z-]+\s+)?(?:package|number|set)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An indefinite peace instrument, the goal of talks: "a (lasting) peace", "any peace", "a durable
# and dignified A-B peace" right before the word (not "under a peace deal": one in force).
PEACE_GOAL = re.compile(
    r"(?<!\bunder\s)\b(?:an?|any)\s+(?:[\w-]+\s+){0,4}?peace\s+$",
    re.IGNORECASE,
)


def _signed_in_clause(text: str, head: re.Match[str]) -> bool:
    """Whether a signing verb stands in the instrument's own clause (between clause marks)."""
    lo = max(text.rfind(mark, 0, head.start()) for mark in ",;:") + 1
    ends = [i for i in (text.find(mark, head.end()) for mark in ",;:") if i >= 0]
    return SIGN_VERB.search(text, lo, min(ends, default=len(text))) is not None


# The story's two states as such, not their leaders or delegations: "the two countries",
# "both governments", "their governments" (the leaders discussing the 2016 peace accord of one
# of them are no parties to it).
_BOTH_STATES = re.compile(
    r"\b(?:(?:the\s+two|both(?:\s+of)?(?:\s+the)?)\s+|their\s+(?:two\s+)?)"
    r"(?:countries|states|nations|governments)\b",
    re.IGNORECASE,
)


def _made_in_year(content: Sequence[re.Match[str]], article: Article) -> bool:
    """Whether the instrument's own words date it by a year before the story's."""
    return article.published is not None and any(
        YEAR_WORD.match(t.group()) and int(t.group()) < article.published.year for t in content
    )


# A possession of the instrument told before it: "have had a", "has the", "have their".
_POSSESSED_BEFORE = re.compile(
    r"\b(?:have|has|had)\s+(?:had\s+)?(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,4}\Z"
)
# Its being held since a year, in its own clause: "(a trade agreement) since 2005".
_POSSESSED_SINCE = re.compile(r"[^,.;:]{0,40}?\s+since\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-–/])")


def _year_of_making(text: str, head_end: int, article: Article) -> PartialDate | None:
    """The year an instrument's "of <year>" right after its noun tells, where it is past.

    >>> import datetime as dt
    >>> past = Article(body="", published=dt.date(2023, 5, 10))
    >>> text = "the fisheries treaty of 2004 was praised"
    >>> str(_year_of_making(text, text.index(" of"), past))
    '2004'
    >>> text = "the plan of 2024 was praised"
    >>> _year_of_making(text, text.index(" of"), past) is None
    True
    """
    made = _OF_YEAR.match(text, head_end)
    if made is None or article.published is None:
        return None
    year = int(made.group("year"))
    return PartialDate(year) if year < article.published.year else None


# A year or a span of years among the modifiers: "2022", "2024-2026", "2024–2026".
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?")
# The start of a clause of its own before an instrument: ", while", ", whereas", ", but".
_CLAUSE_BEFORE = re.compile(r",\s+(?:while|whereas|but)\b")
# Nothing but an opening phrase before the subject: "", "On Monday, ", "BAKU, 5 May - ".
_SUBJECT_OPENS = re.compile(r"\W*(?:[^,.;:]{0,40},\s*)?")
# An article and modifiers joined by "and" right before an instrument's modifiers: "A new
# trade and " (economic cooperation agreement), the start of the subject's noun phrase.
_COORDINATED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+and\s+$"
)


def _coordinated_start(text: str, start: int) -> int:
    """Where the noun phrase of modifiers opening at ``start`` opens, "X and" ones included.

    >>> text = "A new trade and economic cooperation agreement, drafted in May, was signed."
    >>> _coordinated_start(text, text.index("and economic"))
    0
    >>> text = "The ministers signed a trade and economic agreement."
    >>> _coordinated_start(text, text.index("economic")) == text.index("a trade")
    True
    """
    # (the modifiers may be read from their "and" on: "A new trade| and economic ...")
    end = start + 4 if text.startswith("and ", start) else start
    found = _COORDINATED_BEFORE.search(text, max(0, end - 60), end)
    return found.start() if found is not None else start


# A passive auxiliary: "was", "has been" (signed).
_PASSIVE = r"(?:was|were|has\s+been|have\s+been|had\s+been)"
# An aside between commas, then the passive auxiliary of the clause's own verb: ", which A
# approved in April, was" (signed), ", aimed at X, has been" (ratified).
_ASIDE_THEN_PASSIVE = rf",[^.;:]{{3,250}}?,\s+{_PASSIVE}\s+"
# The instrument's own verb and agent after an aside: "The X, which ..., was signed by".
_ASIDE_SIGNED_BY = re.compile(
    rf"(?:\s+[\w’'-]+){{0,6}}?{_ASIDE_THEN_PASSIVE}(?:\w+\s+)?"
    r"(?:signed|inked|concluded|adopted|initial(?:l)?ed|sealed|ratified)(?:\s+[\w’'-]+){0,5}?\s+by\b"
)
# The instrument's own passive verb after an aside between commas: ", aimed at X, was signed".
_ASIDE_THEN_SIGNED = re.compile(
    rf"[^,.;:]{{0,80}}{_ASIDE_THEN_PASSIVE}"
    r"(?:also\s+|jointly\s+)?(?P<verb>signed|inked|concluded|adopted|ratified)\b"
    # "the treaty on X, which the presidents discussed in June, was at the final stage of
    # preparation": still to come
    r"|[^,.;:]{0,80},[^.;:]{3,250}?,\s+(?:was|were|is|are)\s+(?:now\s+)?(?:at|in)\s+the\s+"
    r"(?P<stage>(?:final|last|advanced)\s+stages?\s+of)\b"
)
# The instrument's own verb after an aside between commas telling a signing still to come:
# "The X, which the ministers initialled in May, is expected to be signed", ", drafted last
# year, will be signed": the main clause's status, not the aside's nearer cue.
_ASIDE_THEN_TO_SIGN = re.compile(
    r"[^,.;:]{0,80},[^.;:]{3,250}?,\s+(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|set"
    r"|scheduled|planned|slated|likely|yet|to)|(?:has|have)\s+(?:still\s+)?yet|remains?"
    r"|(?:will|would|should|could|may)(?:\s+only)?)\s+"
    # (an adoption to come is the signing step of a text leaders adopt: ", agreed by
    # negotiators last year, will be adopted on Sunday"; an approval to come is a signed
    # instrument's ratifying, no step of this rule)
    r"(?:to\s+)?be\s+(?:formally\s+|officially\s+)?(?:signed|inked|concluded|finali[sz]ed"
    r"|adopted|initial(?:l)?ed)\b"
)
# Nothing but an opening phrase or a reporting clause before the subject: "Officials said
# (that) ", "The ministry says ": the reported subject's own verb tells its status.
_REPORTED_SUBJECT_OPENS = re.compile(
    r"\W*(?:[^,.;:]{0,40},\s*)?(?:(?:[\w’'-]+\s+){1,4}?(?:said|says|say|added|noted|confirmed"
    r"|announced|told\s+(?:reporters|journalists))\s+(?:that\s+)?)?"
)
# A state's possessive opening the modifiers: "Peru's".
_STATE_OWNS = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s?\s")
# The words between a back-reference owning an instrument and the instrument's words.
_REFERENCE_OWNS = re.compile(r"(?:['’]s)?\s+")
# "signing of the X would help", "the signing soon of this X will open": a modal after a
# signing named as a noun; "once the sides sign the X": a signing in a condition.
_SIGNING_NOUN = re.compile(
    r"(?:^\W*|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+)[Ss]igning\b(?!\s+ceremony)[^.;:]{0,60}$"
)
_MODAL_AFTER = re.compile(
    r"[^.;:,]{0,80}?\b(?:(?:would|will|could|might|may|can)\s+(?!have\b)"
    r"|(?:is|are)\s+(?:scheduled|expected|planned|slated|set)\b)"
)
# The clause that a signing noun opens, ending on its time to come: "the signing of an
# agreement on X and a programme of Y for 2024-2025 is expected."
_TO_COME_AT_END = re.compile(
    r"[^.;:]{0,200}?\b(?:is|are)\s+(?:also\s+)?(?:expected|planned|scheduled|envisaged|foreseen)"
    r"\s*[.!]?\s*$"
)
# A relative clause on the instrument that tells its signing to come, no other instrument
# between: "the agreement reached on X, which will be signed by the prime ministers later".
_SIGNED_LATER = re.compile(
    r"(?:(?!agreement|accord|treaty|treaties|pact|memorand|protocol|convention|declaration"
    r"|deal|document)[^.;:]){0,160}?,\s*(?:which|that)\s+(?:will|would|shall|is\s+to|are\s+to"
    r"|(?:is|are)\s+(?:expected|due|set|scheduled|planned)\s+to)\s+(?:[a-z]+ly\s+|also\s+)?be"
    r"\s+(?:signed|concluded|initial(?:l)?ed)\b",
    re.IGNORECASE,
)
# A signing wished or set for later: "the early signing of", "the upcoming signing of".
_SIGNING_SOON = re.compile(
    r"\b(?:early|earliest|speedy|swift|prompt|quick|upcoming|forthcoming|future|soonest)"
    r"\s+signing\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CONDITION_SIGN = re.compile(
    r"\b(?:once|if|when|after|until|unless|as\s+soon\s+as)\s+(?:[\w-]+\s+){0,4}sign\s+"
    r"(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)


# A signing still to come at an event its own clause dates by a month: "(a protocol) to be
# signed when the leaders meet in Lisbon in July", "set to be signed during the state visit
# of A to B in August", "expected to be signed at the next summit, due in C in May 2005".
_SIGNED_AT_EVENT_IN = re.compile(
    r"\b(?:be|for)\s+(?:sign(?:ed|ing)|concluded)\s+(?:by\s+[^,;:()]{1,60}?\s+)?"
    r"(?:when|during|at)\s+[^;:()]{1,120}?\bin\s+(?P<month>" + MONTH_PATTERN + r")"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)"
)


def _planned_event_month(after: str, published: dt.date | None) -> PartialDate | None:
    """The month of the event a planned signing is set for, told in the instrument's clause.

    A month without a year is the next one on or after the page's: the event is to come.

    >>> import datetime as dt
    >>> _planned_event_month(" is to be signed when they meet in Rome in January.",
    ...     dt.date(1987, 11, 2))
    PartialDate(year=1988, month=1, day=None)
    >>> _planned_event_month(" was signed when they met in Rome in January.", dt.date(1987, 11, 2))
    """
    found = _SIGNED_AT_EVENT_IN.search(after, 0, 220)
    if found is None:
        return None
    other = INSTRUMENT.search(after, 0, found.start())
    if other is not None and not AMENDED.search(after, max(0, other.start() - 40), other.start()):
        # another instrument's signing, not this one's (but "a protocol extending the accord
        # is to be signed when ...": the accord is only what the protocol changes)
        return None
    month = month_number(found.group("month"))
    if month is None:
        return None
    if found.group("year") is not None:
        return PartialDate(int(found.group("year")), month)
    if published is None:
        return None
    # the next such month from the story's day, not the latest (dates.latest_month_year)
    return PartialDate(published.year + (month < published.month), month)


def _signing_to_come(text: str, head_start: int, head_end: int) -> bool:
    """Whether the signing of the instrument is told as a condition, a hypothesis or to come.

    "Signing the pact would open markets", "once the two sides sign the treaty", "the signing
    of an agreement on X ... is expected", "the agreement reached on X, which will be signed
    later".
    """
    # (its comma comes within 161 characters: a cheap test first)
    if text.find(",", head_end, head_end + 161) >= 0 and _SIGNED_LATER.match(text, head_end):
        return True  # "the agreement reached on X, which will be signed at a later date"
    lo = max(0, head_start - 80)
    if "ign" not in text[lo:head_start]:
        return False  # no "sign"/"signing" before the word: nothing to come
    if _CONDITION_SIGN.search(text, lo, head_start) or _SIGNING_SOON.search(text, lo, head_start):
        return True
    return bool(_SIGNING_NOUN.search(text, lo, head_start)) and bool(
        _MODAL_AFTER.match(text, head_end) or _TO_COME_AT_END.match(text, head_end)
    )


# A bank of states, an intergovernmental organisation and no company: "the World Bank",
# "the Asian Development Bank", "the European Bank for Reconstruction and Development".
_IGO_BANK = re.compile(
    r"\b(?:World\s+Bank|(?:[A-Z][\w-]+\s+){1,2}(?:Development|Investment|Infrastructure"
    r"\s+Investment)\s+Bank|(?:European\s+)?Bank\s+for\s+Reconstruction\s+and\s+Development"
    # a state's own bank is a state body: "the Central Bank of A", "the National Bank of B"
    r"|(?:Central|National|State|Reserve)\s+Banks?(?=\s+of\s))\b"
)


def _blank(found: re.Match[str]) -> str:
    """As many spaces as the match is long: what it named is no business word."""
    return " " * len(found.group())


# A definite article before the instrument word (up to three words between): "the joint".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}\Z")


def _state_sides(text: str, head: re.Match[str], mentions: Sequence[CountryMention]) -> bool:
    """Whether two states are the instrument's sides right after it: "the protocol among A, B".

    A company named before it in the sentence is then another's.
    """
    sides = BETWEEN.match(text, head.end() + 1) if text.startswith(" ", head.end()) else None
    return (
        sides is not None
        and _THE_BEFORE.search(text, max(0, head.start() - 60), head.start()) is not None
        and len(states(mentions, sides.start(), sides.end(), text)) > 1
        and not business_in(text, sides.start(), sides.end())  # not "between firm X and"
    )


# The sides' own act on the instrument: "A and B signed", "the ministers agreed to negotiate".
_SIDES_ACT = re.compile(r"\b(?:sign|conclud|agree|negotiat|reach|initial|ink)\w*", re.IGNORECASE)
# A word that brings in a signer or a side after the instrument: "a deal with the firm X".
_SIGNER_WORD = re.compile(r"\b(?:with|between|by|among|and|signed|inked)\b", re.IGNORECASE)


def _states_before_business_after(
    text: str, head: re.Match[str], mentions: Sequence[CountryMention]
) -> bool:
    """Whether the instrument's sides are states told before it, a business only after it.

    "Peru and Bolivia signed an accord giving Bolivian exporters ...", "the two ministers
    agreed to negotiate an agreement, which businessmen have long sought": the firms are
    what it is about or who want it; not "a deal with the firm X" nor "signed by X Holding".
    """
    if business_in(text, max(0, head.start() - 80), head.start()):
        return False
    firm = business_at(text, head.end(), head.end() + 60)
    if firm is None or _SIGNER_WORD.search(text, head.end(), firm) is not None:
        return False
    if _SIDES_ACT.search(text, max(0, head.start() - 120), head.start()) is None:
        return False  # "gas flows to A across B under an agreement": no side told acting
    return len(only_states(states(mentions, 0, head.start(), text))) > 1 or (
        BOTH_SIDES.search(text, 0, head.start()) is not None
    )


def _state_signer(text: str, head: re.Match[str], mentions: Sequence[CountryMention]) -> bool:
    """Whether a state body signs next to a company: "between X Holding and the Uzbek Ministry"."""
    sides = BETWEEN.search(text, head.end())
    if sides is None or sides.start() - head.end() > 12:
        return False
    lo, hi = sides.start("who"), sides.end("who")
    return any(
        lo <= m.start < hi and is_actor(text, m) and m.kind == "demonym" for m in mentions
    ) or bool(re.search(r"\b(?:Ministry|Government|Cabinet|Parliament|Committee)\b", text[lo:hi]))


def _joiner(text: str, mod_start: int, mentions: Sequence[CountryMention]) -> tuple[Party, ...]:
    """A state told to have joined the instrument: "Bahrain joined the X", "return the US to it".

    Joining done (or a state brought back) makes a party; "could join" does not.
    """
    verb = _JOINED_TO.search(text, max(0, mod_start - 80), mod_start)
    if verb is None:
        return ()
    if verb.group("state") is not None:
        lo, hi = verb.start("state"), verb.end("state")
    else:
        lo, hi = max(0, verb.start() - 60), verb.start()
        before = [m for m in mentions if lo <= m.start and m.end <= hi]
        if not before or text[before[-1].end : hi].strip(" ’'s") != "":
            return ()
        lo, hi = before[-1].start, before[-1].end
    return only_states(states(list(mentions), lo, hi, text))


# "with" and a state's name right after a name: "the Border Agreement with (the) Norway".
# The instrument's own passive signing verb after a long topic in its clause: "a memorandum
# on cooperation in the field of information technology was signed"; or its signing in a
# year written out, in an aside after it: "the memorandum on X between the two ministries,
# signed in 2016".
_OWN_SIGNED_FAR = re.compile(
    rf"[^,;:.]{{40,120}}?\s{_PASSIVE}\s+(?:also\s+)?"
    r"(?:signed|inked|concluded|sealed)\b"
    r"|[^,;:.]{40,120}?,\s+(?:signed|inked|concluded)\b[^,;:.]{0,60}?\b(?:1[89]|20)\d\d\b"
)
# What documents exchanged tell of another instrument: "on the ratification of the".
_RATIFICATION_OF = re.compile(
    r"\s+(?:on|of|confirming)\s+(?:the\s+)?(?:ratification|entry\s+into\s+force)\s+of\b"
)
# The instrument's own predicate in its clause: "and the memorandum on X was signed on Monday".
_OWN_PREDICATE = re.compile(
    r"[^,;:.]{0,80}?\s(?:was|were|is|are|has\s+been|have\s+been|will\s+be|to\s+be)\s+"
    r"(?:\w+\s+)?(?:signed|inked|concluded|adopted|initial(?:l)?ed|sealed)\b"
)
# A further object of a ratifying verb, right before the instrument: "ratified the X between A
# and B, as well as a", "MPs endorsed a protocol on Y, and the" (no other status verb between).
_RATIFIED_LIST = re.compile(
    r"\b(?:ratified|(?:[Pp]arliament|MPs|[Dd]eputies|[Ss]enators|[Ll]awmakers|Majlis|Senate)"
    r"(?:\s+\w+){0,2}\s+(?:endorsed|approved))\s+"
    r"(?:(?!\b(?:sign\w*|inked|agreed|concluded|adopted|ratified|endorsed|approved)\b)[^.;:]){3,220}?"
    r"(?:,?\s+as\s+well\s+as|,\s+and)\s+$"
)
_WITH_STATE = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
# A protocol's amended agreement, right before its "with": "amending the agreement with B",
# "on amendments to the 2011 treaty with B".
_AMENDING_WITH = re.compile(
    r"\s+(?:amending|on\s+amendments?\s+to|to\s+amend)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|treaty|convention|accord)(?=\s+with\s)"
)
# A verb of talk whose "with" names the interlocutor: "discussed the X Accord with France".
_TALKED = re.compile(r"\b(?:discuss|talk|rais|review|consult|brief|spok|speak|met\b|meet)", re.I)


def _made_with_state(text: str, head_end: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a state is named right after the instrument's "with" (as :func:`_with_list`).

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "A ratified protocols on customs with Peru."
    >>> _made_with_state(text, 20, extract_country_mentions(text))
    True
    >>> text = "A followed protocols on hygiene with care."
    >>> _made_with_state(text, 20, extract_country_mentions(text))
    False
    """
    listed = _with_list(text, head_end)
    if listed is None:
        return False
    at = listed.start("who") + (4 if text.startswith("the ", listed.start("who")) else 0)
    return any(m.start == at and m.kind in ("name", "group") for m in mentions)


def _named_with(text: str, mentions: Sequence[CountryMention], name_end: int) -> list[Party]:
    """The state a "with" right after an instrument's name points to: its other side.

    Only a country's name (not a demonym, a capital or a group) directly after "with"
    counts, and not after a verb of talk: "discussed the X Accord with France" names
    whom one talked to.
    """
    phrase = _WITH_STATE.match(text, name_end)
    if phrase is None or _TALKED.search(text, max(0, name_end - 100), name_end):
        return []
    for m in mentions:
        if m.start == phrase.end() and m.kind == "name":
            party = party_of(m)
            return [party] if party is not None else []
    return []


# What joins the states of a list: ", ", ", and ", " and ".
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _named_with_list(text: str, mentions: Sequence[CountryMention], name_end: int) -> list[Party]:
    """The states a "with" right after an instrument's name lists: "with B, C and D".

    The first as :func:`_named_with` reads it, then each state's name joined to the one
    before by a comma or "and".

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Chile's pact with Peru, Japan and Australia took effect."
    >>> [str(p) for p in _named_with_list(text, extract_country_mentions(text), 12)]
    ['PER', 'JPN', 'AUS']
    >>> text = "Chile's pact with Peru and its neighbours took effect."
    >>> [str(p) for p in _named_with_list(text, extract_country_mentions(text), 12)]
    ['PER']
    """
    named = _named_with(text, mentions, name_end)
    if not named:
        return named
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next(i for i, m in enumerate(ordered) if m.start >= name_end and m.kind == "name")
    for previous, m in itertools.pairwise(ordered[at:]):
        if m.kind != "name" or not _LIST_JOIN.fullmatch(text, previous.end, m.start):
            break
        party = party_of(m)
        if party is None:
            break
        named.append(party)
    return named


def _group_with(
    text: str, mentions: Sequence[CountryMention], name_start: int, name_end: int
) -> list[Party]:
    """A group right after a name's "with" (and the one state named before the name)."""
    phrase = _WITH_STATE.search(text, name_start, min(len(text), name_end + 12))
    if phrase is None or _TALKED.search(text, max(0, name_start - 100), name_start):
        return []
    group = next((m for m in mentions if m.start == phrase.end() and m.kind == "group"), None)
    party = party_of(group) if group is not None else None
    if party is None:
        return []
    before = only_states(states(mentions, 0, name_start, text))
    return [*before, party] if len(before) == 1 else [party]


def _one_pair(text: str, mentions: Sequence[CountryMention]) -> list[Party]:
    """The two states of a sentence naming no others, told as a pair: "between A and B", "A-B".

    A named instrument with no side of its own in such a sentence is that pair's.
    """
    pair = only_states(states(mentions, 0, len(text), text))
    if len(pair) != 2:
        return []
    between = BETWEEN.search(text)
    if between is not None and set(
        only_states(states(mentions, between.start(), between.end(), text))
    ) == set(pair):
        return list(pair)
    for a, b in itertools.pairwise(mentions):
        if text[a.end : b.start] in ("-", "\u2013") and {party_of(a), party_of(b)} == set(pair):
            return list(pair)
    return []


# A capitalised word joined to a state's name by a hyphen or a dash: "-Pacific", "Africa-".
_PAIRED_AFTER = re.compile(r"[-–][A-Z]")
_PAIRED_BEFORE = re.compile(r"[A-Z][\w.]*[-–]$")


def _paired_in_name(text: str, mentions: Sequence[CountryMention], lo: int, hi: int) -> list[Party]:
    """The states an instrument's name ``text[lo:hi]`` pairs with a hyphen: its sides.

    "the Declaration on U.S.-Pacific Partnership": the United States (the Pacific is no
    state); "the Chile-Peru Fisheries Agreement": both.
    """
    found: list[Party] = []
    for m in mentions:
        if not (lo <= m.start and m.end <= hi) or m.kind == "capital":
            continue
        if _PAIRED_AFTER.match(text, m.end) or _PAIRED_BEFORE.search(
            text, max(lo, m.start - 30), m.start
        ):
            party = party_of(m)
            if party is not None and party not in found:
                found.append(party)
    return found


def _bound_by(
    text: str, mod_start: int, head_end: int, mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states an opening "Under the X," binds: the subject of the clause that follows.

    "Under the Paris accords, the United States, Britain and Japan agreed to ...".
    """
    if not _UNDER.search(text, max(0, mod_start - 30), mod_start):
        return ()
    comma = text.find(",", head_end, head_end + 80)
    subject = _STATE_NEXT.match(text, head_end)
    # wire copy drops the comma: "Under the X Accord A and B pledged ...", the subject's
    # first state right after the name
    bare = subject is not None and any(m.start == subject.end() for m in mentions)
    if bare:
        comma = head_end
    if comma < 0:
        return ()
    verb = _SUBJECT_END.search(text, comma)
    end = verb.start() if verb else min(len(text), comma + 150)
    example = _EXAMPLES.search(text, comma, end)
    if example is not None:
        return ()  # "coastal states such as A agreed": a described group, for example
    actors = [m for m in mentions if is_actor(text, m)]
    if bare:
        # the name's last word stands right before the first state: no name of its own
        found = [party_of(m) for m in actors if comma <= m.start and m.end <= end]
        return only_states(sorted({p for p in found if p is not None}, key=str))
    return only_states(states(actors, comma, end, text))


# Right after an opening "Under the X" with no comma: the subject's first state ("the" may
# stand before it).
_STATE_NEXT = re.compile(r"\s+(?:the\s+)?(?=[A-Z])")
# The instrument's terms right after its word: "envisages", "calls for", "requires", "obliges".
_TERMS = re.compile(r"\s+(?:envisages?|calls?\s+for|requires?|obliges?|commits|binds)\b")
# What a bound state does under those terms, right after it (or after the list it ends):
# "A stimulating its economy", "A to cut", "A must cut".
_BOUND_DOES = re.compile(
    r"\s+(?:\w+ing|to\s+[a-z]+|must|should|would|will|shall)\b(?<!\bbeing)(?<!\bduring)"
)


def _terms_bind(text: str, head_end: int, mentions: Sequence[CountryMention]) -> tuple[Party, ...]:
    """The states an instrument's own terms bind, told right after its word.

    "The accord envisages A and B stimulating demand and C cutting its deficit", "the
    pact requires A to open its market". Every state (actor) of its clause that acts
    under the terms: one standing (in a list) right before what it does.
    """
    terms = _TERMS.match(text, head_end)
    if terms is None:
        return ()
    stop = len(text)
    for mark in (";", ":", ". "):
        at = text.find(mark, terms.end())
        if at >= 0:
            stop = min(stop, at)
    actors = [m for m in mentions if terms.end() <= m.start and m.end <= stop and is_actor(text, m)]
    found: set[Party] = set()
    for i, m in enumerate(actors):
        if i + 1 < len(actors) and LIST_JOIN.fullmatch(text, m.end, actors[i + 1].start):
            continue  # not the list's last state: the verb stands after the last
        if _BOUND_DOES.match(text, m.end):
            # the state right before what it does, and the list it ends
            found.update(listed_before(text, actors[:i], m.start))
            if (party := party_of(m)) is not None:
                found.add(party)
    return only_states(sorted(found, key=str))


# States given as examples of a described subject: "coastal states such as A".
_EXAMPLES = re.compile(r"\b(?:such\s+as|including|notably|among\s+them)\b")


# A plural's own step right after the partners it is made with: "(A's agreements) with B and
# C came into force", "(the accords A signed) with B and C have lapsed", "were ratified".
_STEP_AFTER_PARTNERS = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+|since\s+)?)?"
    r"(?:(?:entered|came|come|went|gone)\s+into\s+(?:force|effect)|t(?:ook|aken)\s+effect"
    r"|bec(?:a|o)me\s+effective|lapsed|expired"
    r"|(?:were|have\s+been|had\s+been)\s+(?:ratified|signed|concluded|extended|renewed))\b"
)


def _stepped_after_partners(text: str, head_end: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a plural's own step follows the partners it is made with (one or several).

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Chile's trade pacts with Peru and Japan have come into force."
    >>> _stepped_after_partners(text, 19, extract_country_mentions(text))
    True
    >>> text = "Chile's trade pacts with Peru and Japan are a model."
    >>> _stepped_after_partners(text, 19, extract_country_mentions(text))
    False
    """
    listed = _with_list(text, head_end)
    if listed is None:
        return False
    ends = [m.end for m in mentions if listed.start("who") <= m.start < listed.end("who")]
    return bool(ends) and _STEP_AFTER_PARTNERS.match(text, max(ends)) is not None


def _partners_before(
    text: str, head_start: int, mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states talks on a plural are held with, told before it: "talks with A and B on pacts".

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Chile opened talks with Peru and Japan on trade pacts."
    >>> [str(p) for p in _partners_before(text, 42, extract_country_mentions(text))]
    ['PER', 'JPN']
    >>> text = "Chile opened talks with Peru on trade pacts."
    >>> _partners_before(text, 32, extract_country_mentions(text))
    ()
    """
    talks = _talks_on_these(text, head_start)
    if talks is None or talks.group("who") is None:
        return ()
    named = only_states(states(mentions, talks.start("who"), talks.end("who"), text))
    return named if len(named) >= 2 else ()


# The signer told between a plural and its "with" list, in a relative clause without "that":
# "(the agreements) Chile signed with", "(the accords) Trade Minister Ana Ruiz has signed with".
_SUBJECT_SIGNED = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,6}?(?:has\s+|had\s+|have\s+)?(?:signed|concluded|reached)"
    r"(?=\s+with\b)"
)


# A short lower-case topic before the signer of a relative clause: " on fisheries" (Chile ...).
_TOPIC_THEN_SIGNER = re.compile(r"\s+(?:on|in)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+[A-Z])")


def _with_list(text: str, head_end: int) -> re.Match[str] | None:
    """The "with" list of partners after a plural, if any.

    Right after it, after its short topic ("agreements on visas with A, B and C"), or after
    its signer ("the pacts A signed with B and C"), the topic first ("the accords on
    fisheries A signed with B").
    """
    at = head_end
    for step in (_TOPIC_THEN_WITH, _TOPIC_THEN_SIGNER, _SUBJECT_SIGNED):
        listed = _WITH_LIST.match(text, at)
        if listed is not None:
            return listed
        found = step.match(text, at)
        at = found.end() if found is not None else at
    return _WITH_LIST.match(text, at)


# A possessive pronoun holding the instrument word: "its fishing ", "their trade ".
_ITS_OWN = re.compile(r"\b(?i:its|their)(?:\s+(?-i:[a-z][\w-]*)){0,3}\s+$")
# Between a state and the instrument word it holds: "('s) fishing ", "('s) free trade ".
_OWNED_BY = re.compile(r"['’]s(?:\s+(?-i:[a-z][\w-]*)){0,3}\s+$")


def _state_owned(text: str, head_start: int, mentions: Sequence[CountryMention]) -> bool:
    """Whether a state holds the instrument word, by its possessive before it ("Ghana's deal").

    (A demonym, "Soviet fishing agreements with A and B", is left: its state is not yet
    taken as the owner of each one, so the records would pair the partners with another.)

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "They discussed Ghana's fishing agreements with Togo."
    >>> _state_owned(text, text.index("agreements"), extract_country_mentions(text))
    True
    """
    return any(
        head_start - 40 <= m.start
        and m.end <= head_start
        and m.kind == "name"
        and _OWNED_BY.fullmatch(text, m.end, head_start) is not None
        for m in mentions
    )


def _partners(text: str, head_end: int, mentions: Sequence[CountryMention]) -> tuple[Party, ...]:
    """The states a plural instrument is made with one by one: "accords signed with A and B"."""
    listed = _with_list(text, head_end)
    if listed is None:
        return ()
    named = only_states(states(mentions, listed.start("who"), listed.end("who"), text))
    return named if len(named) >= 2 else ()


def _items(text: str, head_end: int, count: int | None = None) -> tuple[str, ...]:
    """The documents a plural instrument lists one by one after a colon: "on X, on Y, on Z".

    "signed several documents: on transport, on visas and on culture" tells of
    three; "two memoranda: with the ministry of A (...) and with that of B (...)" of two;
    so does a dash ("two agreements signed that day - on X and on Y"), or two topics
    each told with "on" right after an unnumbered (or two) plural ("memoranda on X and on Y").
    """
    colon = text.find(":", head_end, head_end + 120)
    dash = _ITEMS_DASH.search(text, head_end, head_end + 120) if colon < 0 else None
    if colon >= 0:
        rest = text[colon + 1 :]
    elif dash is not None:
        rest = text[dash.end() :]  # "two agreements signed that day - on X and on Y"
    elif count is None or count == 2:
        rest = text[head_end:]  # "memoranda on X and on Y": "on" said again, two documents
        if not _TWO_ONS.match(rest):
            return ()
    else:
        return ()
    starts = [m.start("item") for m in _ITEM_START.finditer(rest)]
    if len(starts) < 2 or starts[0] > 2:
        return ()
    ends = [*starts[1:], len(rest)]
    return tuple(rest[a:b].strip(" ,;.") for a, b in zip(starts, ends, strict=True))


# A signing or adopting verb bound to a statement or a programme, before or after it:
# "put their signatures to the joint communique", "Tbilisi Statement has been signed",
# "to adopt a separate programme".
_SIGNING_BEFORE = re.compile(
    r"\b(?:sign(?:ed|ing|s)?|inked|adopt(?:ed|ing|s)?|approv(?:ed|ing|es?)|endors(?:ed|ing|es?)"
    r"|put\s+(?:their|its|his|her)\s+(?:signatures?|names?)\s+(?:to|on|under))"
    r"(?:\s+of)?\s+(?:[\w’'-]+\s+){0,5}$",
    re.IGNORECASE,
)
_SIGNING_AFTER = re.compile(
    # up to 12 words of its name ("Program of Economic Cooperation between A and B for
    # 2025-2030"), no verb or dash between: not "the X Convention is – it was signed"; nor
    # a "that" clause with a subject of its own ("said in a statement that a pact was signed")
    r"^(?:\s+(?!(?:is|are|was|were|has|have|had|it)\b"
    r"|(?:that|which)\s+(?!(?:is|are|was|were|has|have|had)\b))[\w(][\w’'()–-]*){0,12}?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:(?:also\s+|jointly\s+)?(?:signed|inked|sealed|penned|adopted|approved|endorsed)\b"
    # "documents on X are being prepared for signing": a signing to come binds them too
    r"|being\s+prepared\s+for\s+(?:signing|signature)\b)",
)


# A relative clause whose own verb signs the word before it: "(the statements) that the
# leaders of A, B and C signed", "which the ministers adopted". A verb with an object or
# an agent of its own ("said in a statement that A and B signed a pact", "that three
# pacts signed by A took effect") tells what the statement says, not that it was signed.
_SIGNED_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:the\s+)?(?:(?!(?:is|are|was|were|will|would|has|have|had)\b)"
    r"[\w’'.-]+,?\s+){1,12}?(?:(?:had|have|has)\s+)?(?:jointly\s+)?(?:signed|adopted|inked)\b"
    r"(?!\s+(?:by|an?|the|their|its|his|her|several|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\b)"
)
# A contact relative clause whose subject is the two sides, its verb making the word before
# it: "(the integration programme) the two presidents signed in 1986", "(the programme) A and
# B adopted in July". A verb with an object of its own signs something else; one that only
# launches a programme tells no document.
_SIDES_MADE_CONTACT = re.compile(
    r"\s+(?:the\s+two\s+(?:presidents|leaders|countries|governments|sides|states|nations)"
    r"|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?\s+and\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?)"
    r"\s+(?:(?:had|have)\s+)?(?:jointly\s+)?(?:signed|adopted|inked)\b"
    r"(?!\s+(?:an?|the|their|its|his|her|several|\d+|one|two|three|four|five)\b)"
)
# A plan or programme told in the making, a document of its sides being prepared: "reviewed a
# draft work plan", "talks on a new long-term programme", "a plan of joint events for 2025 is
# being drafted" (one state's "economic programme" is told adopted or run, not drafted).
_DRAFT_BEFORE = re.compile(
    r"\b(?:(?:an?|the)\s+draft|(?:talks|negotiations|consultations)\s+on\s+(?:an?|the)"
    r"(?:\s+new)?)\s+(?:[\w-]+\s+){0,2}$"
)
_BEING_DRAFTED_AFTER = re.compile(
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|which|that)\b)[\w-]+){0,8}?\s+(?:is|are)\s+"
    r"being\s+(?:drafted|prepared|negotiated|developed|elaborated|finali[sz]ed)\b"
)


def _in_preparation(before: str, after: str) -> bool:
    """Whether a plan or programme word is told in the making by its sides."""
    return (
        _DRAFT_BEFORE.search(before[-60:]) is not None
        or _BEING_DRAFTED_AFTER.match(after[:120]) is not None
    )


# Two sides signing a lower-case plan: "the two sides are expected to sign a plan", "A and
# B will sign a plan" (a plan adopted or approved is one state's own).
_SIDES_SIGN_PLAN = re.compile(
    r"\b(?:sides|parties|countries|states|governments|ministries)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:sign(?:ed|ing|s)?|ink(?:ed)?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)

# The plan's own passive signing right after it: "The plan was signed in C yesterday".
_PLAN_SIGNED_NEXT = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:signed|inked)\b")
# A signing verb right before the plan: "A and B have signed a trade plan for 1987".
_SIGNED_PLAN = re.compile(
    r"\s(?:have\s+|has\s+)?(?:also\s+)?(?:signed|inked)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)


# A plan adopted beside a signing told in its sentence: "signed a memorandum and adopted a
# work plan", "a road map was adopted, and the protocol was signed": both are the sides'.
# Not "agreed on a programme to raise trade": a goal agreed, maybe no document.
_ADOPTED_BEFORE = re.compile(r"\b(?:adopted|approved|endorsed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
_ADOPTED_AFTER = re.compile(r"[^,.;:]{0,120}?\s(?:was|were)\s+(?:also\s+)?adopted\b")
_SIGNED_BESIDE = re.compile(r"\b(?:signed|inked)\b")


def _adopted_beside_signing(text: str, head: re.Match[str]) -> bool:
    """Whether the plan at ``head`` is adopted in a sentence that tells another one signed.

    >>> import re as _re
    >>> text = "They signed a memorandum and adopted a work plan for 2025."
    >>> _adopted_beside_signing(text, _re.search("plan", text))
    True
    """
    start = head.start()
    adopted = _ADOPTED_BEFORE.search(text, max(0, start - 60), start) is not None or (
        _ADOPTED_AFTER.match(text, head.end()) is not None
    )
    if not adopted:
        return False
    # a signing told in the same sentence: the sides of that signing adopt the plan
    return _SIGNED_BESIDE.search(text) is not None


def _states_sign_plan(before: str, mentions: Sequence[CountryMention]) -> bool:
    """Whether two states named before the signing verb sign the plan after it.

    "India and the Soviet Union have signed a trade plan": a plan between the states that sign
    it, as one the sides sign.
    """
    verb = _SIGNED_PLAN.search(before, max(0, len(before) - 60))
    if verb is None:
        return False
    named = {m.code for m in mentions if m.kind == "name" and m.end <= verb.start()}
    return len(named) >= 2


# A group's organ adopting a plan, in a sentence naming the group: "The council approved a
# plan of measures for the CIS strategy", "the summit adopted a plan": the members' document.
_BODY_ADOPTS = re.compile(
    r"\b(?:[Cc]ouncil|[Ss]ummit|heads\s+of\s+(?:state|government))\s+(?:also\s+|jointly\s+)?"
    r"(?:approved|adopted|endorsed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)


# A state that backs another's efforts toward the instrument, not a side of it: "welcomed
# B's efforts to pursue a roadmap and offered full U.S. support for those efforts".
_BACKS_EFFORTS = re.compile(
    r"(?:[’']s?)?\s+(?:support|backing|assistance|help)\s+(?:for|to)\s+"
    r"(?:those|these|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?efforts\b"
)
# A state's verb of welcome or support for others' work, right after it: "welcomes",
# "congratulates", "stands ready to support", "looks forward to working with".
_WELL_WISHER = re.compile(
    r"\s+(?:also\s+|warmly\s+|strongly\s+|fully\s+)?(?:welcome[sd]|congratulate[sd]|commend(?:s|ed)"
    r"|applaud(?:s|ed)|stands\s+ready|stood\s+ready|looks\s+forward|looked\s+forward)\b"
)
# What opens a well-wisher's aside, right before the state: "which", "in a move".
_WELL_WISHER_LEAD = re.compile(r"(?:\bwhich|\bin\s+a\s+(?:move|step)(?:\s+that)?)\s+$")
# A company as one of the two signers named right after the instrument: "(a memorandum on
# X), signed by the minister and a representative of a state-owned energy company".
_COMPANY_COSIGNER = re.compile(
    r"[^.;:]{0,100}?,?\s+signed\s+by\s+[^.;:]{3,80}?\s+and\s+(?:an?|the)\s+"
    r"(?:representatives?|head|chief|director|chairman|executives?)\s+of\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:company|firm|corporation|holding)\b"
)


# Where the signers follow the instrument: after a topic phrase ("a protocol on rail freight")
# and a passive signing verb ("will be signed"), right before "between" or "among".
_SIGNERS_AFTER = re.compile(
    r"(?:\s+(?:on|for|of|in|to)\s+[^,;:.()]{0,80}?)??"  # a topic phrase, the shortest
    r"(?:\s+(?:was|were|is|are|will\s+be|would\s+be|to\s+be|has\s+been|have\s+been"
    r"|had\s+been|be)\s+(?:signed|concluded|inked|initialled|reached))?"  # its passive verb
    r"(?=\s+(?:between|among)\b)"
)
# A signing verb in the active voice: its subject signs, whatever "between" names after.
_ACTIVE_SIGNING = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:signed|signs?|signing|concluded|inked|initialled)\b"
)
# A state body among the signers: then the instrument is the state's, a firm beside it or not.
_STATE_BODY = re.compile(
    r"\b(?:[Mm]inistr(?:y|ies)|[Gg]overnments?|[Cc]abinets?|[Pp]arliaments?|[Aa]genc(?:y|ies)"
    r"|[Aa]uthorit(?:y|ies)|[Dd]epartments?|[Cc]ommittees?|[Cc]ommissions?|[Cc]ustoms"
    r"|[Ss]tates?|[Cc]ountries|[Ss]ides|[Pp]residents?|[Mm]inisters?|[Ll]eaders)\b"
)
# A chamber's full name ("Chamber of Commerce and Industry"): one signer, not two.
_CHAMBER_AND = re.compile(r"\b([Cc]hambers?\s+of\s+[Cc]ommerce)\s+and\s+[Ii]ndustry\b")
# Where the signers' names end: a topic, a time or a clause of their own ("between A and B
# on chip prices gives firms access": the firms are what the accord serves, no signer).
_SIGNERS_END = re.compile(
    r"\s(?:on|for|to|in|at|during|under|over|about|regarding|concerning|that|which|who|with"
    r"|gives?|will|would|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)
# A signer that is only a state's name or demonym, sharing the noun of another: "the A" of
# "the A and B railway companies", "B" of "the chambers of commerce of A and B".
_NAME_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}")


def firms_between(text: str, head: re.Match[str]) -> bool:
    """Whether the signers named after the instrument are all businesses, no state body.

    "a protocol was signed between the A and B railway companies", "a memorandum between
    the Chamber of Commerce of A and the B Chamber of Commerce": a contract between
    businesses (spec: not an agreement); not "between X Holding and the A Ministry".
    """
    lead = _SIGNERS_AFTER.match(text, head.end())
    if lead is None or _ACTIVE_SIGNING.search(text, 0, head.start()):
        return False  # "A and B signed a memorandum on ties between their firms": theirs
    sides = BETWEEN.match(text, lead.end() + 1)
    if sides is None:
        return False
    who = _CHAMBER_AND.sub(r"\1", sides.group("who"))
    who = who[: end.start()] if (end := _SIGNERS_END.search(who)) else who
    if _STATE_BODY.search(who) or not business_in(who, 0, len(who)):
        return False
    pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", who)]
    return all(business_in(piece, 0, len(piece)) or _NAME_ONLY.fullmatch(piece) for piece in pieces)


# An aside after a ratified instrument's name telling its earlier signing: ", which had been
# signed in Tashkent on", ", signed on".
_SIGNING_ASIDE = re.compile(
    r"\s*,\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:signed|concluded|inked)\b[^,;:.]*?$"
)


# A signing's aside closed by the main verb of a step told as a noun: ", took place in".
_TOOK_PLACE_NEXT = re.compile(r",\s+(?:took\s+place|was\s+completed)(?:\s+(?:on|in))?\s*")


def _own_step_date(
    text: str,
    dated: Sequence[DateMention],
    head: re.Match[str],
    name_end: int,
    mod_start: int,
    *,
    status: AgreementStatus,
) -> PartialDate | None:
    """The date bound to the instrument, unless it is an earlier step than its status.

    "exchanged instruments of ratification of the X, which had been signed in C on April 18":
    the aside's day is the signing's, not the ratification's; the ratification is dated by
    its own verb, or not at all.
    """
    date = bound_date(text, dated, head.start(), name_end, mod_start)
    if date is None or status is not AgreementStatus.RATIFIED:
        return date
    for d in dated:
        aside = text[name_end : d.start] if d.start >= name_end else ""
        if d.date == date and _SIGNING_ASIDE.match(aside):
            # "the ratification of the X, signed in 2019, took place in March": the day of the
            # main verb after the aside is the step's
            return next(
                (
                    e.date
                    for e in dated
                    if e.start > d.end and _TOOK_PLACE_NEXT.fullmatch(text, d.end, e.start)
                ),
                None,
            )
    return date


def _bound_signing(before: str, after: str) -> bool:
    """Whether a signing or adopting verb governs the instrument word right before or after it."""
    near = before[-80:]
    return (
        bool(_SIGNING_BEFORE.search(near))
        or bool(_SIGNING_AFTER.match(after[:120]))
        or bool(_SIGNED_RELATIVE.match(after[:160]))
        or bool(_SIGNED_PARTICIPLE.match(after[:40]))
        or bool(_SIDES_MADE_CONTACT.match(after[:80]))
    )


# A programme of cooperation over a span of years is a document between its sides:
# "a programme of economic cooperation for 2019-2024", "a plan of cooperation in trade
# and economy for 2020-2022".
_COOPERATION_TERM = re.compile(
    # "of economic, industrial and technical cooperation": its fields
    r"\s+(?:of|on|for)\s+(?:[\w-]+,?\s+){0,4}?(?:cooperation|partnership)\b(?:\s+[\w-]+){0,5}?"
    r"\s+(?:for\s+(?:the\s+(?:period\s+(?:of\s+)?|years\s+))?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
    # "up to the year 2000", "until 2030", "to the year 2000": a span ending in a year
    r"|(?:up\s+to|until|till|through|to\s+(?=the\s+year\b))\s*(?:the\s+year\s+)?(?:19|20)\d\d\b)"
)
# A programme of cooperation whose own relative clause tells its making, done or to come:
# "(a programme) of economic cooperation between A and B, which was signed in March", "for
# industrial cooperation, which the two governments hope to sign", "which they expect to be
# ready for signature".
_COOPERATION_MADE = re.compile(
    r"\s+(?:of|on|for)\s+(?:[\w-]+,?\s+){0,4}?(?:cooperation|co-operation)\b"
    r"(?:\s+[\w()–-]+){0,12}?,\s+(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:signed|adopted)"
    r"|(?:hope|hopes|plan|plans|intend|intends|expect|expects|aim|aims|want|wants)\s+to\s+"
    r"(?:sign|conclude|adopt|be\s+ready\s+for\s+signature|have\s+it\s+ready))\b"
)
# The instrument's own participle right after it: "the statement signed by the leaders".
_SIGNED_PARTICIPLE = re.compile(r"\s+(?:signed|adopted|inked)\s+(?:by|in|on|at)\b")


# Another instrument's own "with" phrase before this one: "(is negotiating) similar deals with
# A and B, (and has concluded an agreement with C)": A and B are those deals' sides.
_OTHER_DEALS_WITH = re.compile(
    # (a memorandum or a protocol too: "a memorandum of understanding with A on X and ...")
    r"\b(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|talks|negotiations|protocols?"
    r"|conventions?|memorand(?:um|a)(?:\s+of\s+(?:understanding|intent))?)\s+with\s+"
    r"(?P<who>[^,;:()]{2,80})",
    re.IGNORECASE,
)
# How far back (in characters) the other deal's "with" phrase may stand.
_OTHER_DEALS_REACH = 200


def _not_other_deals_sides(
    text: str,
    mentions: Sequence[CountryMention],
    lo: int,
    mod_start: int,
    *,
    own_with: tuple[int, int],
    parties: list[Party],
) -> list[Party]:
    """An instrument "with C" keeps none of the sides of another deal "with A and B" before it.

    Looks back at most ``_OTHER_DEALS_REACH`` characters (the other deal stands in the same
    clause), so an endless sentence of instruments costs one short look each; a state of the
    instrument's own "with" phrase stays.
    """
    start = max(lo, mod_start - _OTHER_DEALS_REACH)
    if " with " not in text[start:mod_start]:
        return parties
    spans = [
        (m.start("who"), m.end("who")) for m in _OTHER_DEALS_WITH.finditer(text, start, mod_start)
    ]
    if not spans:
        return parties
    inside: set[Party | None] = set()
    kept: set[Party | None] = set()
    for m in mentions:
        if m.start < start or m.start >= own_with[1]:
            continue
        if any(a <= m.start and m.end <= b for a, b in spans):
            inside.add(party_of(m))
        else:
            kept.add(party_of(m))  # told outside the other deals: the subject, the own side
    return [p for p in parties if p not in inside or p in kept]


def _clause_parties(
    text: str,
    mentions: Sequence[CountryMention],
    head: re.Match[str],
    mod_start: int,
    lo: int,
) -> list[Party]:
    """The states acting in the clause of the instrument (not mediators, asides or places)."""
    if ", while" in text or ", whereas" in text or ", but" in text:
        for other_clause in _CLAUSE_BEFORE.finditer(text, lo, mod_start):
            lo = other_clause.end()  # "A and B signed X, while A and C signed Y": Y's own clause
    agent = _gated_match(_SIGNED_BY, text, head.end())
    aside_agent = (
        _gated_match(_ASIDE_SIGNED_BY, text, head.end())
        if agent is None and "," in text[head.end() : head.end() + 60]
        else None
    )  # "The protocol, which A approved in April, was signed by A and B"
    reach = head.end() + (240 if agent else 100)
    clause_end = _CLAUSE_END.search(text, head.end(), reach)
    if aside_agent is not None:
        agent, reach = aside_agent, aside_agent.end() + 160
        clause_end = _CLAUSE_END.search(text, aside_agent.end(), aside_agent.end() + 160)
    hi = clause_end.start() if clause_end else min(len(text), reach)
    if WITH.match(text[head.end() : head.end() + 100]) is not None:
        # "a free trade agreement with A, signed in 2004, and a separate deal with B": the
        # instrument "with A" ends where another instrument with its own partner starts
        other = _ANOTHER_DEAL.search(text, head.end(), hi)
        hi = other.start() if other is not None else hi
    low = text.casefold()
    asides = (
        [(a.start(), a.end()) for a in _ASIDE.finditer(text, lo, head.start())]
        if ", wh" in text
        else []
    )
    cues = (
        list(MEDIATOR.finditer(text, 0, hi)) if any(word in low for word in MEDIATOR_WORDS) else []
    )
    actors = [
        m
        for m in mentions
        if is_actor(text, m)
        and not (m.kind == "capital" and mod_start <= m.start < head.start())
        and not (cues and is_mediator(text, m, cues))
        and not any(s <= m.start < e for s, e in asides)
        and not ("efforts" in text and _BACKS_EFFORTS.match(text, m.end))
        # "The United States welcomes the agreement reached by the two governments": a
        # well-wisher of the pair's instrument is none of its sides
        and not (
            _WELL_WISHER.match(text, m.end)
            and (
                BOTH_SIDES.search(text)
                # "the accord, which C welcomed,", "In a move C welcomed, A and B signed": a
                # well-wisher's aside
                or _WELL_WISHER_LEAD.search(text, max(0, m.start - 24), m.start)
            )
        )
    ]  # not "the Paris currency accord": there a capital names the place
    # ", a Bolivian spokesman said", "chaired by Bolivia's prime minister": the speaker's or
    # the chair's state is no side where the sentence names another state as one
    actors = not_speakers(text, actors)
    if BOTH_SIDES.search(text, lo, hi):
        # "To help C with its debts, the two ministers signed an accord": the sides are the
        # pair referred to, and the state the instrument serves is none of them
        actors = [m for m in actors if not _served(text, m)]
    signed_by = agent or _SIGNED_BY_NEXT.match(text, head.end())
    if signed_by is not None:
        signers = only_states(states(actors, signed_by.end(), hi, text))
        if len(signers) >= 2:
            return list(signers)  # "Bolivia welcomed the accord signed by Chile and Peru"
    found = list(only_states(states(actors, lo, hi, text)))
    if not found and (blocs := _blocs_together(text, actors, lo, head.start())):
        return blocs
    if len(found) > 2:
        # "A and B signed a memorandum on the transit of grain to C": C is where goods go;
        # "To help C with its debts, A and B signed": a fronted purpose's state is served too
        kept = _unserved(text, [m for m in actors if lo <= m.start < hi], found)
        if len(kept) >= 2:
            return kept
    return found


def _served(text: str, mention: CountryMention) -> bool:
    """Whether a state is one an instrument serves, routes to or is about, not a side.

    "to help C", "gas supplies to C", "a pipeline via C", "the situation in C", "with C's
    mediation".
    """
    if _VISIT_BEFORE.search(text, max(0, mention.start - 100), mention.start):
        return False  # "a visit to Baku, during which the two leaders signed": a host
    return bool(
        _ROUTE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        or _SERVED_AFTER.match(text, mention.end)
    )


# A visit's destination: "visit of the president to ", "travelled to ".
_VISIT_BEFORE = re.compile(
    r"\b(?:visits?|trip|tour|travell?(?:ed|ing)?|came|went|arrived|flew)\b[^.;,]{0,80}\bto\s+$",
    re.IGNORECASE,
)


def _unserved(text: str, mentions: Sequence[CountryMention], found: Sequence[Party]) -> list[Party]:
    """The states of ``found`` less those only ever named as served (see :func:`_served`)."""
    served = {p for m in mentions if _served(text, m) and (p := party_of(m)) is not None}
    named = {p for m in mentions if not _served(text, m) and (p := party_of(m)) is not None}
    return [p for p in found if p not in served or p in named]


def _blocs_together(text: str, actors: Sequence[CountryMention], lo: int, hi: int) -> list[Party]:
    """The two groups named together before an instrument as its subject, when no state is.

    "The EC and the GCC will open negotiations on a cooperation agreement", "ministers of
    the GCC and the EC met to open talks on a trade agreement": an instrument between two
    blocs, no state acting for either, is the blocs'. One bloc's own text "pledging to work
    with" the other, or a group told apart from the other ("the GCC wants the EC to"),
    tells no such pair.
    """
    named = [
        m
        for m in actors
        if lo <= m.start
        and m.end <= hi
        and not in_location(text, m)  # "to meet in Brussels": a place, no side
        and not in_name(text, m)
    ]
    if len(named) != 2 or any(m.kind != "group" for m in named):
        return []
    first, second = named
    if _BLOCS_AND.fullmatch(text, first.end, second.start) is None:
        return []
    blocs = [p for m in named if (p := party_of(m)) is not None]
    return blocs if len(set(blocs)) == 2 else []


# Between two blocs named together: " and the ", " and the South American trade bloc ".
_BLOCS_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}")


# Another instrument with a partner of its own, joined after the one read under a verb of its
# own or told apart: "and is negotiating others with", "and a separate deal with", "and
# another with" (not "our protocol with A and the convention with B", one list of both).
_INSTRUMENTS = (
    r"(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|conventions?|protocols?"
    r"|memorand(?:um|a))"
)
_ANOTHER_DEAL = re.compile(
    r",?\s+and\s+(?:"
    # ("is negotiating others", "is now negotiating others": a verb and an adverb between)
    r"(?:is|are|was|were|has|have)\s+(?:\w+\s+){0,2}?(?:an?\s+|the\s+|its\s+)?"
    rf"(?:(?:separate|second|further|new)\s+)?(?:others|another|{_INSTRUMENTS})"
    rf"|(?:an?\s+|its\s+)?(?:separate|second|further|new)\s+{_INSTRUMENTS}"
    # a second instrument of its own partner: "(a memorandum with B on X) and a memorandum
    # of understanding with C (on Y)", one signer's two documents with two partners
    rf"|an?\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENTS}(?:\s+of\s+(?:understanding|intent))?"
    r"|another|others)\s+with\b"
)


# A destination or a route right before a state: "to ", "through the ", "via ", "and " in
# "to C and D".
_ROUTE_BEFORE = re.compile(
    r"\b(?:to|through|via|across|into|towards?|reach(?:es|ed|ing)?"
    # "A and B signed an agreement to help C with its debts": the state the instrument serves
    # (its purpose's object), not a signer
    r"|to\s+(?:help|assist|aid|support|include|admit|rebuild|finance|fund)(?:\s+(?:the|neighbouring|neighboring))?"
    # "an agreement on the situation in C": the state the instrument is about
    r"|(?:situation|crisis|conflict|war|fighting|violence|unrest)\s+(?:in|on|over)"
    r"|(?:reconstruction|stabili[sz]ation|recovery|security)\s+(?:of|in))"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and|or)\s+)?$"
)
# A ratification its subject performs, right before the named instrument: "ratified the".
_SIDES_RATIFY = re.compile(r"\b(?:ratified|ratify|ratifies)\s+(?:the\s+)?[“\"]?$")
# A mediator's part told right after it: "C's mediation", "C's good offices".
_MEDIATION_OF = re.compile(r"[’']s\s+(?:mediation|good\s+offices|auspices|aegis)\b")
# A state's own part told right after it: "with C's mediation", "C's debts".
_SERVED_AFTER = re.compile(
    r"[’']s?\s+(?:mediation|good\s+offices|auspices|help|assistance|debts?|reconstruction)\b"
)


# A signing told as an event of the named instrument, right before or after its name:
# "have signed the", "welcomed the signing today of the", "Statement has been signed".
_EVENT_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|penned|adopted|signing"
    r"|put\s+(?:their|its|his|her)\s+(?:signatures?|names?)\s+(?:to|on|under))"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:the\s+)?[“\"]?$"
    # "the ministers exchanged the X Agreement": the signed copies handed over
    r"|\bexchang(?:ed|ing)\s+(?:the\s+)?[“\"]?$",
    re.IGNORECASE,
)


# A possessive right before an instrument's name: "their X Agreement", "their 1990 X Accord".
# (lower-case adjectives may stand between: "their long-awaited", "their new bilateral")
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:\d{4}\s+)?(?:[a-z][a-z-]+\s+){0,3}[“\"]?$")


# Several states' act of making a document theirs besides signing it: "endorsed the",
# "will join the", "jointly backed the".
_ENDORSED_BEFORE = re.compile(
    r"\b(?:endorsed|joined|backed|(?:will|to|would|shall)\s+(?:jointly\s+)?(?:endorse|join|back))"
    r"\s+(?:the\s+)?[“\"]?$",
    re.IGNORECASE,
)


# The signers right after the instrument: "the accord signed by", "the pact was inked by".
_SIGNED_BY_NEXT = re.compile(
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are))?(?:\s+\w+)?"
    r"\s+(?:signed|inked|concluded|initial(?:l)?ed)\s+by\b"
)
# The instrument's own past participle: "the agreement on education signed with Hungary".
_SIGNED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,6}?\s+(?:signed|concluded|inked|sealed|penned)\s+(?:with|by|in|on)\b"
)
# The same participle past a topic of up to ten words ("the agreement on the supply of A's gas
# to B signed in Baku"), never a signing still to come ("to be signed in", "will be signed").
_SIGNED_PAST_TOPIC = re.compile(
    r"(?:\s+(?!(?:be|will|would|shall|should|could|can|may|might|must|not)\b)[\w-]+){0,10}?"
    r"\s+(?:signed|concluded|inked|sealed|penned)\s+(?:with|by|in|on)\b"
)
# A relative clause telling the instrument was signed: "the pact on X, which was signed in".
# Also a participle aside: "the pact on X, signed in Lima in 2018, was ...".
_SIGNED_CLAUSE = re.compile(
    r"[^.;]{0,100}?,\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:signed|concluded|inked)\b"
)
# A relative that ties the instrument to the event told before it: ", during which",
# ", when", ", at which", ", where" (then a few words: "the two sides signed").
_DURING_WHICH = re.compile(
    r",\s+(?:during\s+which|at\s+which|in\s+the\s+course\s+of\s+which|after\s+which|following"
    r"\s+which|when|where)\s+"
    r"(?:[\w-]+\s+){0,6}$"
)
# A signing placed at an event told before: "the documents signed then".
_SIGNED_THEN = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?(?:signed|concluded|adopted)"
    # "the documents signed there", "the plan adopted at that time": the event told before
    r"\s+(?:then|there|at\s+that\s+time|on\s+that\s+occasion|during\s+that\s+visit)\b"
)
# The meeting a protocol records: "of the fifth meeting", "of the session of the".
_OF_MEETING = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|sitting)s?\b", re.IGNORECASE
)
# The sides approving a plan or a declaration: "the leaders endorsed a roadmap for".
# The story's leaders telling how a named instrument fares: "The presidents noted that the
# X Programme is being implemented" (the leaders of the story's two sides: theirs).
_LEADERS_REPORT = re.compile(
    r"""
    \bThe\s+(?:presidents|leaders|heads\s+of\s+state|prime\s+ministers|foreign\s+ministers)\s+
    (?:also\s+)?(?:noted|said|stated|stressed|emphasi[sz]ed|welcomed|praised|underlined)\s+
    (?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$  # up to the name
    """,
    re.VERBOSE,
)
_SIDES_ENDORSED = re.compile(
    r"\b(?:leaders|sides|parties|presidents|ministers|heads\s+of\s+(?:state|government))\s+"
    r"(?:also\s+|jointly\s+)?(?:approved|endorsed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# An organisation's members or body approving a plan or a declaration: "the foreign
# ministers of the X Organisation approved an", "the CIS heads of government endorsed the".
_GROUP_ENDORSED = re.compile(
    r"\b(?:ministers|leaders|heads\s+of\s+(?:state|government)|members|member\s+states)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?\s+(?:also\s+|jointly\s+)?"
    r"(?:approved|endorsed)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The meeting's own sides approving an instrument (not a cabinet's or a parliament's approval):
# "the leaders approved the X Strategy and an agreement on", "the council approved its".
_MEETING_APPROVED = re.compile(
    r"\b(?:the\s+(?:two\s+|\w+\s+)?(?:leaders|heads\s+of\s+state|presidents|sides|participants)"
    r"|the\s+(?:joint\s+|coordination\s+|cooperation\s+|intergovernmental\s+)?council"
    r"|the\s+summit)\s+(?:also\s+|jointly\s+)?(?:approved|endorsed)\s+"
    r"(?:[^.;:]{0,80}?(?:,|\band)\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A season named with no year: "in the autumn", "autumn".
_SEASON = re.compile(r"(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)", re.IGNORECASE)
# One like an instrument just told: "a similar document".
_SIMILAR_ONE = re.compile(r"\b(?:an?|another)\s+(?:similar|comparable|parallel)\s+$")
# A plan told in the past: "was expected to be signed", "were to be signed".
_PAST_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:(?:expected|due|scheduled|set|planned|supposed)\s+to|to\s+be)\b"
)
# A year written out in a date: "June 2023", "2023-06-01".
_YEAR_DIGITS = re.compile(r"\d{4}")
# "On " opening a sentence, or the body after a wire's dateline: "LIMA (Reuters) - On ".
_OPENING_ON = re.compile(r"(?:^|[-–—:]\s)\s*On\s+$")
# A verb telling or deciding, whose own day a weekday before it is: "said", "agreed".
_TOLD_VERB = re.compile(
    r"\b(?:said|says|told|announced|stated|added|noted|confirmed|declared|agreed|decided"
    r"|promised|pledged|vowed|reported)\b"
)
# A signing still to come: "will sign", "will be signed", "is to sign".
_WILL_SIGN = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to)\s+(?:be\s+)?(?:sign|ink|conclude|seal)"
)
# A weekday alone ("Monday"), no "last" or "next" before it: its week follows the tense.
_BARE_WEEKDAY = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)
# A ratification told right before the instrument: "ratified the", "instruments of
# ratification of the".
_RATIFIED_NEAR = re.compile(
    r"\b(?:ratified|ratifies|ratification\s+(?:instruments\s+)?of)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A passive approval right after the instrument (not a parliament's): "was approved at".
_PASSIVE_APPROVED = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:was|were)\s+(?:also\s+|jointly\s+)?(?:approved|endorsed)\b"
    r"(?!\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:parliament|legislature|senate|congress|assembly))"
)
# A refusal before a signing verb: "its unwillingness to sign the", "failed to ratify".
_REFUSAL = re.compile(r"\b(?:refus|unwilling|reluctan|declin|fail|not\b|never\b)", re.IGNORECASE)
# A signing to come, told of the named instrument: "agreed to finalize the", "will sign the".
_PLANNED_EVENT_BEFORE = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:\w+\s+)?(?:sign|conclude|finali[sz]e|ink|adopt"
    r"|prepare|draft|develop|elaborate|work\s+out)"  # "agreed to prepare a Program of X"
    r"\s+(?:the\s+|an?\s+)?[“\"]?$",
    re.IGNORECASE,
)


# A signing (done or to come) of an amendment to the named instrument: "signed an amendment to
# their existing", "will sign amendments to the" (the amendment is the event its clause tells).
_AMENDMENT_EVENT_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|penned|signing|(?:to|will|would|shall)\s+(?:\w+\s+)?(?:sign|ink))"
    r"\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?amendments?\s+to\s+(?:the|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?[“\"]?$",
    re.IGNORECASE,
)


# A step its sides took on the named instrument's text: "have finalized the draft of the",
# "negotiated the", "initialled the".
_STEP_BEFORE = re.compile(
    r"\b(?:finali[sz]ed|negotiated|drafted|initial(?:l)?ed|agreed\s+on)\s+(?:the\s+)?"
    r"(?:(?:final\s+)?(?:draft|text)\s+of\s+(?:the\s+)?)?[“\"]?$",
    re.IGNORECASE,
)


# A group's members told as the signers: "the X member states", "members of the X".
_MEMBERS_AFTER = re.compile(r"\s+(?:member\s+)?(?:states|countries|nations)\b|\s+members\b")
_MEMBERS_BEFORE = re.compile(
    r"\bmembers?\s+(?:states\s+|countries\s+|nations\s+)?of\s+(?:the\s+)?$", re.IGNORECASE
)


def _group_members(text: str, mentions: Sequence[CountryMention], lo: int, hi: int) -> bool:
    """Whether a group's members are told between ``lo`` and ``hi`` ("the X member states")."""
    return any(
        m.kind == "group"
        and lo <= m.start
        and m.end <= hi
        and bool(_MEMBERS_AFTER.match(text, m.end) or _MEMBERS_BEFORE.search(text, lo, m.start))
        for m in mentions
    )


def _signed_event(text: str, name_start: int, head_end: int) -> bool:
    """Whether the sentence tells the signing of the named instrument (not a later reference)."""
    return bool(
        _EVENT_BEFORE.search(text, max(0, name_start - 60), name_start)
        or _STEP_BEFORE.search(text, max(0, name_start - 60), name_start)
        or (
            _PLANNED_EVENT_BEFORE.search(text, max(0, name_start - 40), name_start)
            and not _REFUSAL.search(text, max(0, name_start - 70), name_start)
        )
        or _SIGNING_AFTER.match(text[head_end : head_end + 120])
        or _AMENDMENT_EVENT_BEFORE.search(text, max(0, name_start - 90), name_start)
    )


def first_word_start(text: str) -> int:
    match = re.search(r"[\w$]", text)
    return match.start() if match else 0
