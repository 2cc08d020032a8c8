"""Meetings told in the plain prose of wire copy, broadcasters and government releases.

Wire and broadcast stories tell a diplomatic contact in passing, without the
meeting words of an official readout: an official "reached out to" a foreign
counterpart, a minister "was in" a foreign capital "on Tuesday", "she is expected
to join talks", a minister "is travelling to" a state "next week".
The patterns here complete the rules of :mod:`~diplonews.meetings._rules`;
:mod:`~diplonews.meetings._candidates` reads them with its own.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import CALL, MEETING, VISIT
from diplonews.meetings._rules import ROUND_TOLD
from diplonews.models import MeetingKind
from diplonews.text import PersonMention
from diplonews.text.countries import CountryMention, city_country

__all__ = [
    "PROSE_RULES",
    "PROSE_WORDS",
    "TRIGGERED_RULES",
    "due_in",
    "for_others",
    "helpers_after",
    "names_a_pact",
    "planned_trip",
    "pronoun_before_auxiliaries",
    "prose_hits",
    "went_abroad",
]

# A round of talks named by its place in the series ("The previous round was held in Lima",
# "the next round will take place in June"), not "the next round of sanctions". The word
# comes first and the words before it are looked behind from its end: each place of a text
# is tried on one letter, not on five lookbehinds.
_ROUND = re.compile(
    r"round(?:(?<=revious\sround)|(?<=ext\sround)|(?<=ast\sround)|(?<=atest\sround)"
    # "An earlier round in P broke up", "will hold a further (fresh) round in P": a round's
    # place in the series told by these words too (never "a further round of cuts"; not
    # "the final round", which ends a sports contest as often)
    r"|(?<=ew\sround)|(?<=arlier\sround)|(?<=urther\sround)|(?<=resh\sround))"
    r"\b(?!\s+of\b|-)"
)

# Words that make a sentence worth reading for the rules below. They are not trigger words
# of their own (``_rules.TRIGGER_WORDS``): a sentence they open is read, but the clauses of
# the other rules still end only at real meeting words. meetings._scan reads them with the
# trigger words in one pass, at every word start: each branch opens on its own letter (no
# "(?:due|expected)" in front of a shared tail), which the engine tests before it enters it.
PROSE_WORDS = re.compile(
    r"""(?=[rwdehpgfsaltbcm])\b(?:reach(?:ed|es|ing)\s+out\s
    |w(?:as|ere)\s+in\s+(?:[A-Z]|the\sregion\b)|will\s+be\s+in\s+(?:[A-Z]|the\sregion\b)
    |sp(?:ent|ends?|ending)\s+(?:[\w-]+\s+){1,4}?in\s+(?:the\s+)?[A-Z]
    |delegations?\s+(?:of\s+(?:[\w,'’-]+\s+){1,8}?)?to\s|missions?\s+of\s+(?:[\w,'’-]+\s+){1,8}?to\s
    |due\s+(?:back\s+)?in\s+[A-Z]|expected\s+(?:back\s+)?in\s+[A-Z]
    |confer(?:red|s|ring)?\s+with\s
    |host(?:s|ing)?\s+(?:his|her|their|an?\s|the\s|[A-Z])
    |pa(?:id|ys?|ying)\s+an?\s+courtesy\s|audiences?\s+(?:with|to)\s
    |lunch(?:ed|es|e)\s+with\s|din(?:ed|es|e)\s+with\s|breakfast(?:ed|es|e)\s+with\s
    |dinner\s+(?:given|hosted|offered)\s|lunch\s+(?:given|hosted|offered)\s
    |luncheon\s+(?:given|hosted|offered)\s|banquet\s+(?:given|hosted|offered)\s
    |reception\s+(?:given|hosted|offered)\s
    |stop(?:ped|s|ping)?\s+over\s|stop-?overs?\s|travel(?:s|l?ed|l?ing)?\s+(?:on\s+)?to\s
    |arriv(?:e|es|ed|ing)\s+in\s+[A-Z]|return(?:s|ed|ing)?\s+(?:home\s+)?from\s+[A-Z]
    |go(?:es|ing)?\s+(?:[A-Za-z]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?[A-Z]
    |went\s+(?:[A-Za-z]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?[A-Z]
    |head(?:s|ed|ing)?\s+(?:[A-Za-z]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?[A-Z]
    |fl(?:y|ies|ying)\s+(?:[A-Za-z]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?[A-Z]
    |gather(?:s|d|ed|ing)?\s+(?:in|at|on|for|this|next|today|tomorrow)\b
    |convene?(?:s|d|ed|ing)?\s+(?:in|at|on|for|this|next|today|tomorrow)\b
    |reconvene?(?:s|d|ed|ing)?\s+(?:in|at|on|for|this|next|today|tomorrow|here)\b|"""
    + _ROUND.pattern
    # "The second round will be held in Lima": read by the rule of _rules (meeting.round)
    + r"|round"
    + ROUND_TOLD
    + ")",
    re.VERBOSE,
)


def prose_hits(body: str) -> list[int]:
    """Offsets, in order, of the words that make a sentence worth reading for these rules.

    >>> prose_hits("She was in Lima. They reached out to him. He will host his guest.")
    [4, 22, 50]
    """
    return [m.start() for m in PROSE_WORDS.finditer(body)]


# Roles that name a state's official after a name or a demonym ("President X", "her
# Peruvian counterpart"): a contact with one of them is a contact between states.
_OFFICIAL = (
    r"(?:counterparts?|(?:(?:Vice|Deputy|Crown|Prime|Foreign|Defen[cs]e)\s+)?(?:President"
    r"|Minister|King|Queen|Chancellor|Emir|Amir|Sultan|Prince|Premier|Secretary|Sheikh)\b)"
)

# The rules, in the shape of ``_rules.RULES``: (rule name, kind, words, pattern). They are
# read only in sentences holding a prose word (``prose_hits``).
PROSE_RULES: list[tuple[str, MeetingKind, tuple[str, ...], re.Pattern[str]]] = [
    (
        # Officials who "reached out to" a foreign counterpart or head made contact at a
        # distance: a call ("quickly reached out to their Peruvian counterparts").
        "meeting.reached_out",
        CALL,
        ("reached out", "reaching out", "reaches out"),
        re.compile(
            rf"""\breach(?:ed|es|ing)\s+out\s+(?:[a-z]+ly\s+)?to\s+
            (?=(?:his|her|their|the|its)\s+(?:[A-Z][\w-]*\s+){{0,2}}{_OFFICIAL}
            |(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICIAL})""",
            re.VERBOSE,
        ),
    ),
    (
        # An official's stay in a place told by being or spending time there, bound to a time:
        # a visit there, made or to come ("When she was in Madrid earlier this week", "They
        # were in Lima last month", "the envoy will be in the region over the coming days",
        # "officials spent the last week in the Gulf", "spent three days in Lima last month").
        # No time, no stay: "he was in Lima", "will be in talks", "spent two days in Lima"; and
        # a stay of years is a posting or a life ("spent ten years in Lima").
        "meeting.visit",
        VISIT,
        ("was in ", "were in ", "will be in ", "spen"),
        re.compile(
            r"""\b(?:(?:was|were|will\s+be)\s+in\s+(?=(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the\s+region)
            ,?\s+(?:earlier\s+(?:this|in\s+the)\s+(?:week|month)|last\s+(?:week|month|year)
            |(?:this|next)\s+(?:week|month)|later\s+this\s+(?:week|month)
            |(?:over|in)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks)
            |yesterday|tomorrow|(?:on|last|next)\s+[A-Z][a-z]+day)\b)
            # the span told as the last or next one, or followed by its time
            |sp(?:ent|ends?|ending)\s+(?:(?:the\s+)?(?:last|past|next|coming|previous)\s+
            (?:(?:few|several|two|three|four|five|six|seven|ten|\d+)\s+)?(?:days|weeks?)\s+in\s+
            (?=(?:the\s+)?[A-Z][a-z])
            |(?:a|(?:few|several|two|three|four|five|six|seven|ten|\d+))\s+(?:days?|weeks?)\s+in\s+
            (?=(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:last|earlier|this|next|later)\s
            |(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:on|in)\s+[A-Z][a-z]+\b)))""",
            re.VERBOSE,
        ),
    ),
    (
        # An official who led or heads a delegation to a named place made a visit there
        # ("led an interagency delegation to Lima, Peru", "is due to lead a delegation of
        # business leaders to P next month", "would lead a mission of businessmen to P");
        # a delegation to a named gathering ("to the Lima Summit") is that gathering's, read
        # by the conference rule.
        "meeting.visit",
        VISIT,
        ("delegation", "mission"),
        re.compile(
            r"""\b(?:(?:led|leads|leading|lead|headed|heads|heading|head)\s+(?:an?|the|his|her|their)\s+
            (?:[\w-]+\s+){0,3}delegations?\s+(?:of\s+(?:[\w,'’-]+\s+){1,8}?)?
            # (a mission "led" only, and only "a" one: "heads the mission to P" is a posting)
            |(?:led|leads|leading|lead)\s+an?\s+(?:[\w-]+\s+){0,3}missions?\s+of\s+
            (?:[\w,'’-]+\s+){1,8}?)to\s+
            (?=(?:the\s+)?[A-Z])(?!(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:Summit|Conference|Forum
            |Meeting|Session|Assembly|Congress|Council|Games|Expo|Olympics)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        # An official "due in" or "expected in" a named place is to visit it ("is expected
        # in Lima later this month"); not a month or a day ("expected in March"), nor a
        # sitting told so ("Their next meeting is expected in P": the meeting's place, no trip).
        "meeting.visit",
        VISIT,
        ("due in", "expected in", "due back", "expected back"),
        re.compile(
            r"""(?<!meeting\s)(?<!meetings\s)(?<!session\s)(?<!round\s)(?<!talks\s)(?<!summit\s)
            (?<!conference\s)(?<!sitting\s)(?<!dialogue\s)(?<!consultations\s)
            \b(?:is|are|was|were)\s+(?:also\s+)?(?:due|expected)\s+(?:back\s+)?in\s+
            (?!(?:January|February|March|April|May|June|July|August|September|October|November
            |December|[A-Z][a-z]+day)\b)(?=[A-Z][a-z]+)""",
            re.VERBOSE,
        ),
    ),
    (
        # A state's official who hosts a foreign official or delegation meets them ("will
        # host his Peruvian counterpart in Lima", "hosts President X"); hosting a gathering
        # is the gathering's.
        "meeting.received",
        MEETING,
        ("host",),
        re.compile(
            rf"""\bhost(?:s|ing)?\s+(?=(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){{0,2}}counterparts?\b
            |(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICIAL}\s+[A-Z]
            |(?:an?|the)\s+(?:[A-Z][\w-]*\s+){{0,2}}delegation\b)""",
            re.VERBOSE,
        ),
    ),
    (
        # "conferred with" an official: talks between them.
        "meeting.met_with",
        MEETING,
        ("confer",),
        re.compile(r"\bconfer(?:red|s|ring)?\s+with\b"),
    ),
    (
        # A courtesy call paid on an official is a visit in person, not a phone call.
        "meeting.met_with",
        MEETING,
        ("courtesy",),
        re.compile(r"\bpa(?:id|ys?|ying)\s+an?\s+courtesy\s+(?:call|visit)\s+(?:on|to)\b"),
    ),
    (
        # An official who goes, heads, flies or travels to a named place, arrives in it or
        # returns from it made a trip there: a visit ("went to Lima last week", "heads for
        # Quito on Monday", "is travelling to Peru", "arrived in Lima", "returned from Quito").
        # Only with an official as the subject and a state or city as the place (see
        # ``went_abroad``): "the title went to a Peruvian wrestler" is no trip.
        "meeting.went",
        VISIT,
        (
            "go to",
            "goes to",
            "going to",
            "go for",
            "goes for",
            "went",
            "head",
            "fly",
            "flies",
            "flying",
            "travel",
            "arriv",
            "return",
        ),
        re.compile(
            r"""\b(?:(?:go|goes|going|went|head|heads|headed|heading|fly|flies|flying
            |travel(?:s|l?ed|l?ing)?(?:\s+on)?)\s+(?:(?:[A-Z][a-z]+day|today|tomorrow
            |on\s+[A-Z][a-z]+day|back)\s+)?(?:to|for)
            # The broad trip (TRIP-MOTION-VERB): arriving in or returning from a place.
            |arriv(?:e|es|ed|ing)\s+(?:[A-Z][a-z]+day\s+|today\s+|tomorrow\s+)?in
            |return(?:s|ed|ing)?\s+(?:home\s+)?from)\s+(?=(?:the\s+)?[A-Z][a-z])""",
            re.VERBOSE,
        ),
    ),
    (
        # An audience with or given to an official is a meeting ("had an audience with the
        # King", "granted an audience to the envoy").
        "meeting.met_with",
        MEETING,
        ("audience",),
        re.compile(
            r"""\b(?:had|has|have|having|gave|give|gives|giving|granted|grants|received)\s+
            (?:an?\s+)?(?:private\s+|special\s+)?audiences?\s+(?:with|to)\b""",
            re.VERBOSE,
        ),
    ),
    (
        # A meal with an official, or one an official gave, is a meeting ("lunched with
        # President X", "attended a dinner given by the King").
        "meeting.met_with",
        MEETING,
        ("lunch", "dine", "dinner", "breakfast", "banquet", "reception"),
        re.compile(
            r"""\b(?:lunch(?:ed|es)|din(?:ed|es)|breakfast(?:ed|s))\s+with\b
            |\b(?:dinner|lunch|luncheon|banquet|reception)\s+(?:given|hosted|offered)\s+
            (?:in\s+(?:his|her|their)\s+honou?r\s+)?by\b""",
            re.VERBOSE,
        ),
    ),
    (
        # A stop on the way is a visit to the place ("stopped over in Lima", "a stopover in",
        # "his stop-over here", the dateline's city).
        "meeting.visit",
        VISIT,
        ("stop",),
        re.compile(
            r"\b(?:stop(?:ped|s|ping)?\s+over|stop-?overs?)\s+(?:in\s+(?=[A-Z])|(?=here\b))"
        ),
    ),
    (
        # Ministers or leaders who gather, convene or reconvene somewhere or at some time meet:
        # "G7 finance ministers gather in Lima this weekend", "leaders will convene in Quito next
        # month", "officials from A and B will reconvene in C", and so do they when a clause of
        # their own tells it by "they" ("leaders will take up the plan when they gather in P").
        "meeting.met_with",
        MEETING,
        ("gather", "conven"),
        re.compile(
            r"""\b(?:ministers|[Ll]eaders|delegates|envoys|negotiators|officials
              |heads\s+of\s+(?:state|government))
            # "leaders of the CIS gathered", "ministers of the SCO member states convened"
            (?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|and)\s+){0,5}?
              (?:(?:member\s+)?(?:states|countries|nations)\s+)?(?=gather|conven|reconven|will
              |would|are)
            # "officials from A and B will reconvene", "officials from our governments": sides
            |\s+from\s+(?:(?:the|our|their|both|[A-Z][\w'’.-]*|and|two)\s+){1,5}?
              (?:(?:governments|countries|sides)\s+)?(?=gather|conven|reconven|will|would|are)
            # "leaders will take up the plan when they gather in P": their own clause
            |\s+(?:[\w'’-]+\s+){1,8}?(?:when|once|as|before|after|where)\s+they\s+
            |\s+)
            (?:(?:will|would|are\s+to|are\s+due\s+to|are\s+set\s+to|are\s+expected\s+to)\s+)?
            (?:gather(?:s|ed)?|(?:re)?convene[sd]?|(?:re)?convening)\s+(?=(?:in|at|on|for|this|next
            |today|tomorrow)\b|[A-Z])""",
            re.VERBOSE,
        ),
    ),
    ("meeting.held_talks", MEETING, ("round",), _ROUND),
]

# Rules whose words are trigger words already (``_rules.TRIGGER_WORDS``): they read every
# sentence the readout rules read, with or without a prose word.
TRIGGERED_RULES: list[tuple[str, MeetingKind, tuple[str, ...], re.Pattern[str]]] = [
    (
        # Two heads named in full, the second with "of <state>", who "spoke to reaffirm" or
        # "spoke about": a call, however long the names ("A and Amir B bin C of D spoke to").
        "meeting.spoke",
        CALL,
        ("spoke",),
        re.compile(
            r"""\band\s+(?:(?:[A-Z][\w’'.-]*|bin|ibn|al|el|de|van|von)\s+){1,9}of\s+(?:the\s+)?
            (?:[A-Z][\w-]*\s+){1,3}spoke\s+(?:(?:on\s+[A-Z][a-z]+|today|yesterday|earlier|again)\s+)?
            (?=about\b|to\s+(?:discuss|reaffirm|affirm|review|coordinate|congratulate|exchange|consult
            |underscore|welcome)\b)""",
            re.VERBOSE,
        ),
    ),
    (
        # A call to a head or minister named with a demonym, the name followed by a time or a
        # purpose: "called Peruvian President Luis Soto on Monday" (not "called X a liar").
        "meeting.phone_call",
        CALL,
        ("call",),
        re.compile(
            r"""(?<!-)\bcall(?:s|ed)\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:(?:Vice|Deputy|Crown|Prime
            |Foreign|Defen[cs]e)\s+)?(?:President|Minister|King|Queen|Chancellor|Emir|Amir|Sultan
            |Prince|Premier|Secretary|Sheikh)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:on\s+[A-Z][a-z]+day
            |today|yesterday|last\s+[a-z]+|earlier|late|to\s+(?:discuss|congratulate|express|offer
            |thank|convey|brief|review|raise)\b))""",
            re.VERBOSE,
        ),
    ),
    (
        # A call received from an official: "got a call from President X".
        "meeting.phone_call",
        CALL,
        ("call from",),
        re.compile(
            r"""\b(?:got|gets|took|takes|returned|returns)\s+an?\s+(?:[\w-]+\s+)?call\s+from
            (?=\s+(?:the\s+)?(?:[A-Z]|his\s|her\s|their\s))""",
            re.VERBOSE,
        ),
    ),
]

# "He" or "she" as the subject of a verb phrase a few auxiliaries long, opening the sentence
# or a clause, or after a subordinator: "She is expected to join talks", "When she was in".
# Deliberately apart from _candidates._PRONOUN_NEAR_VERB (any three words, no subordinator,
# antecedent taken without a state): this longer, auxiliaries-only reach is tried after it,
# and its antecedent must have a state.
_PRONOUN_AUXILIARIES = re.compile(
    r"""(?:^|(?<=[,;]\s)|\b(?:said|says|added|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince
    |[Oo]nce)\s)(?:[Hh]e|[Ss]he)\s+(?:(?:is|was|will|would|has|had|be|been|also|later|then|due
    |expected|set|scheduled|going|to|take|taking|part|in|hold|holding|have|having)\s+){0,7}\Z""",
    re.VERBOSE,
)


def pronoun_before_auxiliaries(before: str) -> bool:
    """Whether the words before a trigger end with "he"/"she" and a chain of auxiliaries.

    >>> pronoun_before_auxiliaries("He is expected to take part in ")
    True
    >>> pronoun_before_auxiliaries("When she ")
    True
    >>> pronoun_before_auxiliaries("The talks, which he said were ")
    False
    """
    return _PRONOUN_AUXILIARIES.search(before) is not None


# A destination, then a time to come: "to Peru next week", "Lima tomorrow".
_TIME_TO_COME = re.compile(
    r"""\s*(?:to\s+)?(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){1,3}(?:next\s+(?:week|month|year
    |[A-Z][a-z]+day)|tomorrow|this\s+coming\s+[A-Za-z]+)\b""",
    re.VERBOSE,
)


_DUE_IN = re.compile(r"(?:is|are)\s+(?:also\s+)?(?:due|expected)\s")


def due_in(trigger: str) -> bool:
    """Whether a trigger tells an arrival to come ("is due in", "are expected in").

    >>> due_in("is expected in "), due_in("was in ")
    (True, False)
    """
    return _DUE_IN.match(trigger) is not None


def planned_trip(body: str, kind: MeetingKind, t1: int, end: int) -> bool:
    """Whether a trip's destination, right after the trigger, is followed by a time to come.

    "is travelling to Peru next week", "flies to Lima tomorrow": a trip to come,
    whatever the tense of its verb.

    >>> text = "She is travelling to Peru next week."
    >>> planned_trip(text, MeetingKind.VISIT, len("She is travelling to"), len(text))
    True
    >>> text = "She travelled to Peru last week."
    >>> planned_trip(text, MeetingKind.VISIT, len("She travelled to"), len(text))
    False
    """
    return kind is VISIT and _TIME_TO_COME.match(body, t1, end) is not None


# A participle or conjunction of purpose or effect: what follows it is whom the event serves.
_PURPOSE = re.compile(
    r"\b(?:enabling|allowing|letting|permitting|helping|so\s+that|in\s+order\s+for|paving\s+the\s+way\s+for)\b"
)


def for_others(body: str, t1: int, end: int) -> bool:
    """Whether the non-state party named in ``body[t1:end]`` only follows a word of purpose.

    "a deal at fisheries talks in Quito allowing Chilean firms to fish": the
    airlines are what the talks serve, not their other side.

    >>> text = "talks in Quito allowing Chilean firms to fish"
    >>> for_others(text, 5, len("talks in Quito allowing Chilean firms"))
    True
    >>> for_others("talks with Chilean airlines", 5, 27)
    False
    """
    return _PURPOSE.search(body, t1, end) is not None


# What a capital names when it is the first word of a pact's or creditors' name, or of a
# body's named after the city it was founded in ("the Lima Group", "the Bucharest Nine"):
# the city's state is no side of the body's gatherings.
_PACT_AFTER = re.compile(
    r"\s+(?:[Aa]ccords?|[Aa]greements?|[Pp]acts?|[Cc]lub|[Cc]ommuniqu[eé]s?|[Tt]reaty|[Pp]rotocol"
    r"|[Cc]onsensus|Group(?!\s+of\b)|(?:Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?!-))\b"
)


def names_a_pact(body: str, mention: CountryMention) -> bool:
    """Whether a capital only names a pact signed there ("the Lima accord", "the Lima Club").

    Such a capital is no side of the event: "the ministers will review the Lima
    accord at their meeting" names no meeting with Peru.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "the Lima accord, the Lima Club and talks in Lima"
    >>> [names_a_pact(text, m) for m in extract_country_mentions(text)]
    [True, True, False]
    """
    return mention.kind == "capital" and _PACT_AFTER.match(body, mention.end) is not None


_DESTINATION = re.compile(r"\s*(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_SUBJECT_REACH = 80  # characters between the official's name and the verb, at most

# A personal pronoun as a trip's subject, a few words before its verb: "He will ", "she is
# due to ".
_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,4}?\Z")
# A state's official or delegation told by role alone, as a trip's subject.
_ROLE_SUBJECT = re.compile(
    r"""\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[A-Z]?[a-z]+\s+){0,2}?
    (?:(?:[Pp]rime|[Ff]oreign|[Tt]rade|[Dd]efen[cs]e|[Ff]inance)\s+[Mm]inister|[Pp]resident
    |[Cc]hancellor|[Pp]remier|[Ff]oreign\s+[Ss]ecretary|[Ss]ecretary\s+of\s+[Ss]tate
    |[Dd]elegation|[Ee]nvoy|[Aa]mbassador
    # "The Russian minister will travel on to P", "The minister flew to P": a minister of the
    # story told by office alone
    |(?<=[Tt]he\s)(?:[A-Z][a-z]+\s+)?minister)\b""",
    re.VERBOSE,
)


def went_abroad(
    body: str,
    bounds: tuple[int, int, int],
    people: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
) -> bool:
    """Whether "went to P" (``meeting.went``) tells an official's trip to a state or city.

    ``bounds`` are the sentence start and the trigger's start and end. The place
    after the verb must be a state or a city the gazetteer knows (not "a Peruvian
    wrestler"), and a named official must stand shortly before the verb in the
    same sentence (not "the airline that flies to Lima").
    """
    start, t0, t1 = bounds
    place = _DESTINATION.match(body, t1)
    if place is None:
        return False
    named = any(m.start == place.start("place") and m.kind in ("name", "capital") for m in mentions)
    if not named and city_country(place["place"]) is None:
        return False
    if any(start <= p.start and p.end <= t0 and t0 - p.end <= _SUBJECT_REACH for p in people):
        return True
    # An official told by role alone ("The chancellor is travelling to ...", "the foreign
    # minister arrived in ...") travels as well as one told by name.
    if _ROLE_SUBJECT.search(body, max(start, t0 - _SUBJECT_REACH), t0) is not None:
        return True
    # "X of A held talks in P. He will travel on to Q": a pronoun subject stands for the
    # official named before the sentence (whom the candidate's pronoun reading finds)
    return _PRONOUN_SUBJECT.search(body, max(start, t0 - 40), t0) is not None and any(
        p.end <= start and p.role for p in people
    )


# A state offering help to what the sentence tells, after it: "and A stands ready to support
# them", "..., and stands ready to assist the parties" (its subject the sentence's).
_STANDS_READY = re.compile(
    r"""(?:\b(?:that\s+)?(?P<by>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+|,\s+and\s+)
    (?:stands?|remains?)\s+(?:also\s+)?ready\s+to\s+(?:support|assist|help)\b""",
    re.VERBOSE,
)
# Nothing, or "The", before the state that opens a sentence as its subject.
_OPENING_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?")


def helpers_after(
    body: str, bounds: tuple[int, int, int], mentions: Sequence[CountryMention]
) -> set[str]:
    """The states a sentence tells, after its event, as standing ready to help it.

    ``bounds`` are the sentence's start, the end of the event's word and the
    sentence's end. A state offering help to talks ("and A stands ready to
    support them") is no side of them; with no subject of its own ("A looks
    forward to the talks and stands ready to assist"), the state opening the
    sentence offers it. A state named before the event's word as well is one
    of its sides.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Ghana and Togo will meet in May, and Nigeria stands ready to assist them."
    >>> sorted(helpers_after(text, (0, 25, len(text)), extract_country_mentions(text)))
    ['NGA']
    >>> helpers_after("Ghana and Togo will meet in May.", (0, 25, 32), [])
    set()
    """
    start, after, end = bounds
    if "ready to" not in body[after:end]:
        return set()  # (a cheap test first)
    ready = _STANDS_READY.search(body, after, end)
    if ready is None:
        return set()
    if ready["by"] is None:
        return {
            m.code
            for m in mentions
            if m.kind != "group"
            and start <= m.start < ready.start()
            and _OPENING_SUBJECT.fullmatch(body, start, m.start)
        }
    lo, hi = ready.span("by")
    # "A and B will hold talks ..., and B stands ready to help": a side named before stays one
    sides = {m.code for m in mentions if start <= m.start < after}
    return {m.code for m in mentions if m.kind != "group" and lo <= m.start < hi} - sides
