"""When an instrument stands and where: its status cue, the date and the place bound to it.

Private to :mod:`diplonews.agreements`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence

from diplonews import _regex as re
from diplonews.agreements._words import INSTRUMENT, vocabulary
from diplonews.models import AgreementStatus
from diplonews.text import ASIDE_DASH
from diplonews.text.countries import opening_city
from diplonews.text.dates import DateMention, extract_dates, latest_month_year, month_number
from diplonews.values import Country, PartialDate, Place

__all__ = [
    "SIGNATURE_NOUN",
    "SIGN_VERB",
    "TO_COME_BE",
    "TO_COME_MODALS",
    "TO_COME_PLANNED",
    "YEAR_WORD",
    "bound_date",
    "bound_place",
    "clause_place",
    "cue_status",
    "lazy_dates",
    "modifier_date",
    "reported_clause_start",
    "told_by_term",
]


# The signing told as a noun, up to its "of": "welcomed the signature (during the talks) of a
# memorandum" (read by SIGN_VERB here and by the agreements step's signed-news cue).
SIGNATURE_NOUN = r"signature\s+(?:(?:during|at|in|on)\s+(?:the\s+)?[\w-]+\s+)?"
# A signing verb after which a date or a place belongs to the instrument.
SIGN_VERB = re.compile(
    r"\b(?:sign(?:ed|ing)?|inked|concluded|reached|struck|adopted|ratified|agreed"
    r"|sealed|penned|clinched|(?:entered|enters|came|comes)\s+into\s+(?:force|effect)"
    # the present perfect of it: "has come into force", "have gone into effect"
    r"|(?<=\bhas\s|ave\s|had\s)(?:come|gone)\s+into\s+(?:force|effect)"
    # an initialling to come ("to be initialled on June 2", "to initial it in July") is the
    # step the record is dated by; one done only fixes the text, and its day is no signing's
    r"|(?<=\bbe\s)initial(?:l)?ed|(?<=\bto\s)initial"
    # the other ways of coming into force: "took effect on May 1", "in force since 2021"
    r"|took\s+effect|(?:became|becomes)\s+effective|went\s+into\s+effect|(?:in\s+(?:force|effect)|operational)\s+since"
    r"|entered\s+into(?=\s+(?:an?|the)\b)"  # "entered into an agreement": concluded it
    r"|adoption\s+of"  # "the summit ended with the adoption of the X Declaration on May 4"
    # accession: "acceded to the convention", "became a party to the treaty", "joined the pact"
    r"|acced(?:ed|es)\s+to|instruments?\s+of\s+(?:accession|ratification)"
    r"|(?:became|has\s+become|have\s+become)\s+(?:a\s+)?part(?:y|ies)\s+to"
    r"|joined(?=\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conventions?|treat(?:y|ies)|protocols?|agreements?|accords?|charter)\b)"
    r"|hammered\s+out"  # "hammered out a deal on Monday": concluded it
    # a participle "approved"/"endorsed" told with its day or occasion is the document's
    # adoption by its sides: "(a road map) approved today", "endorsed at the summit"
    r"|(?:approved|endorsed)(?=\s+(?:today|yesterday|earlier|(?:last|this)\s+(?:week|month)"
    r"|on\s+(?:\w+day|\d)|at\s+the\b|during\s+the\b))"
    # "restored a currency swap agreement in June", "renewed their pact": concluded anew
    r"|(?:restored|renewed)(?=\s+(?:an?|the|their|its)\b)"
    r"|" + SIGNATURE_NOUN + r"(?=of\b)"
    r"|ink|seal|clinch"  # "set to ink a pact on Friday": the base forms, as "sign"
    r"|put\s+(?:their|its|his|her)\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b))"
    # "witnessed the exchange of (several) agreements": the signed copies handed over
    r"|exchang(?:e|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?=(?:agreements?|documents?|memorand\w*|protocols?|instruments?|mous?)\b)"
    r"|(?:were|was|been)\s+(?:also\s+)?exchanged)\b",  # "two documents were exchanged"
    re.IGNORECASE,
)
# The place after a signing verb or the instrument: "in Baku", "in New York".
_IN_CITY = re.compile(r"\b(?:in|at)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# A subordinate clause after the signing verb: its date is another event's.
_NEW_CLAUSE = re.compile(r"\b(?:when|while|after|before|until|once|as)\b")
# A clause after a signing that tells the past event it was signed at: "when the
# president paid a visit", "during the visit of".
_PAST_CLAUSE = re.compile(
    r"\s+(?:when\s+(?:[\w’'-]+\s+){1,12}?(?:[a-z]+ed|paid|was|were|held|met|took|made|came"
    r"|went|gave|led|hosted)\b|during\s+(?:the|his|her|their|a)\b"
    # "during President A B's state visit": an official's own event, named by him
    r"|during\s+(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*[’']s\s)"
)
# A signing's aside closed by a comma, then the main clause's own verb: ", will take effect",
# ", was ratified", ", lapsed".
_ASIDE_THEN_VERB = re.compile(
    r",\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|must|should)"
    r"|(?:entered|enters|came|comes|went|goes|took|takes|became|becomes|lapsed|lapses|expired"
    r"|expires))\b"
)
# A mark that ends a clause: a date after it is another clause's.
_CLAUSE_MARK = re.compile(r"[;:,]")
# A participle's aside opening right after an instrument's name: ", ", ", which was ".
_ASIDE_OPENS = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?")
# "on" right before a date: "signed by the ministers in Lima on May 3" (the signing's day).
_ON_DAY = re.compile(r"\son\s+(?:the\s+)?$")
# Another instrument brought in by an indefinite article: "under a multilateral pact".
_ANOTHER = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|treaty|pact|deal|memorand"
    r"|protocol|convention|declaration)",
    re.IGNORECASE,
)
# A participle right after an instrument (and its topic), acting on another one: "(a pact) on
# customs extending (the X)", "(a protocol) renewing (their X)".
_CONTENT_PARTICIPLE = re.compile(
    r"(?:\s+(?:on|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
    r"(?:extending|renewing|revising|amending|prolonging|replacing|superseding|updating)\s*",
    re.IGNORECASE,
)
# Another clause's verb and its own instrument, before a signing participle: ", and welcomed
# the Y Agreement (concluded in 2021)", ", and hailed their trade pact (signed in 2019)".
_OTHER_OBJECT = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?[a-z]+(?:ed|d)\s+(?:the|an?|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]acts?"
    r"|[Cc]onventions?|[Pp]rotocols?|[Mm]emorand\w*|[Dd]eclarations?|[Aa]rrangements?"
    r"|[Rr]oad ?maps?|[Pp]lans?|[Ff]rameworks?|[Cc]harters?)\s+$"
)
# Another clause's verb joined after the instrument, with an object of its own: ", and
# welcomed the", ", and also hailed their".
_JOINED_VERB = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?[a-z]+(?:ed|d)\s+(?P<det>the|an?|its|their)\s", re.IGNORECASE
)


def _joined_object(between: str, verb_start: int) -> bool:
    """Whether another clause's verb and another instrument stand before the signing verb.

    >>> _joined_object(", and welcomed the entry into force of the Y Accord concluded", 55)
    True
    >>> _joined_object(" on energy, and welcomed the progress made, concluded", 45)
    False
    """
    joined = _JOINED_VERB.search(between, 0, verb_start)
    return joined is not None and INSTRUMENT.search(between, joined.end(), verb_start) is not None


# A range of days after a date's day: "October 25-26", "25-26 October".
_DAY_RANGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\b")


def _of_range(sentence: str, found: DateMention) -> PartialDate:
    """A date as a signing's date: a range of days gives its month (which day is unknown)."""
    if found.date.day is not None and _DAY_RANGE.search(sentence, found.start, found.end + 4):
        return PartialDate(found.date.year, found.date.month)
    return found.date


# Before the years an instrument covers: "for 2024-2025", "for the period of".
_VALIDITY = re.compile(r"\bfor\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$")
# A relative clause after the instrument ("..., which is expected to") and a step that
# follows a signing ("take effect", "enter into force", "be ratified").
_RELATIVE = re.compile(r",\s*(?:which|that)\b")
# A passive relative clause right before a signing cue: ", which was", ", that had been".
_PASSIVE_RELATIVE = re.compile(
    r",\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+\Z"
)
# A participle's aside opening right before a signing cue: ", (signed)".
_ASIDE_OPENING = re.compile(r",\s+\Z")
# A ratifying verb (not an instrument's being in force or implemented): "ratified", "approve".
_RATIFYING_VERB = re.compile(r"ratif|approv", re.IGNORECASE)
_ANOTHER_ITEM = re.compile(r"[,;]|\band\b")
_LATER_STEP = re.compile(r"effect|force|ratif|implement", re.IGNORECASE)
# A reported clause opening between a cue and a later instrument: "and announced that".
_REPORTED_THAT = re.compile(
    r"\b(?:announced|said|says|noted|added|reported|confirmed|stated|revealed|disclosed|agreed)"
    r"\s+that\b"
)
# The same, opening a clause joined after an instrument: ", and announced that".
_AND_REPORTED_THAT = re.compile(r",?\s+and\s+(?:also\s+)?" + _REPORTED_THAT.pattern)
# The instrument's own words up to a participle right after them: " on cooperation in
# energy " before "signed" (no verb, auxiliary or clause between).
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|be|will|would|to|which|that|and)\b)"
    r"[\w’'-]+)*\s+",
    re.IGNORECASE,
)
# The same words closed by a comma, an aside's participle after them: " between A and B, "
# (an "and" may join the sides here: the comma, not an "and", opens the participle's clause).
_ASIDE_PARTICIPLE = re.compile(
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|been|be|will|would|to|which|that)\b)"
    r"[\w’'-]+)*,\s+",
    re.IGNORECASE,
)
# The same words up to the clause's own verb: " in Baku in 2023 is " before "being implemented".
_RUNS_ON = re.compile(
    _PARTICIPLE_AFTER.pattern + r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?",
    re.IGNORECASE,
)
# A cue that opens on a modal: "must be ratified", "needs to be approved", "has to be".
_MODAL_OPENS = re.compile(
    r"(?:must|should|shall|will|would|can|could|may|needs?|has|have|to)\b", re.IGNORECASE
)
# How far (in characters) a status cue may stand from the instrument word.
_REACH = 120
# A fronted phrase's end right before the instrument's noun phrase: ", an agreement".
_FRONTED_CUE_END = re.compile(r",\s+(?:an?|the|\d+|[a-z]+)?\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A bare year or "<Month>'s" among the modifiers: "the 1986 trade pact", "February's accord".
YEAR_WORD = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_POSSESSIVE = re.compile(r"[’']s$")


def cue_status(sentence: str, start: int, end: int) -> tuple[AgreementStatus, bool, bool]:
    """The status the cue nearest to ``[start, end)`` gives: ``(status, found, weak)``.

    ``found`` tells whether there is a cue (signed by default), ``weak`` whether
    it is an attitude ("seek", "urge") rather than a step of the instrument.
    """
    words = vocabulary()
    best: tuple[int, int] | None = None
    # a ratified cue within reach bound to the instrument (distance, index, start, end), and a
    # signing participle right after the instrument's own words (index, end), if any
    in_force: tuple[int, int, int, int] | None = None
    participle: tuple[int, int] = (-1, -1)
    cues = _cues_near(sentence, start, end)
    # "adopted the X, and welcomed the entry into force of the Y": a clause joined right after
    # the instrument, whose own object is another instrument, tells that one's step
    joined = _JOINED_VERB.match(sentence, end) if sentence.startswith(",", end) else None
    if joined is not None and joined.group("det").casefold() in ("its", "their"):
        joined = None  # "..., and welcomed its entry into force": the instrument's own step
    if joined is not None and INSTRUMENT.search(sentence, joined.end(), joined.end() + 160) is None:
        joined = None
    # "ratified the X, which was signed in March": the passive relative clause tells the
    # instrument's past signing, the ratifying verb governing it its status
    ratified_before = any(
        cue_end <= start
        and start - cue_end <= _REACH
        and words.cue_status[index] is AgreementStatus.RATIFIED
        and not words.cue_weak[index]
        and _RATIFYING_VERB.search(sentence, cue_start, cue_end)
        # (the verb's own object: no other item of a list between, "ratified the X and the Y")
        and _ANOTHER_ITEM.search(sentence, cue_end, start) is None
        for cue_start, cue_end, index in cues
    )
    for cue_start, cue_end, index in cues:
        if cue_start < end and cue_end > start:
            continue  # the instrument word itself ("signed" is never inside it)
        distance = start - cue_end if cue_end <= start else cue_start - end
        if distance > _REACH:
            continue
        if (
            cue_start >= end
            and words.cue_status[index] is AgreementStatus.PLANNED
            and _LATER_STEP.search(sentence, cue_start, cue_end + 20)
            and _RELATIVE.search(sentence, end, cue_start)
        ):
            # "have signed a pact, which is expected to take effect next year": the clause
            # tells a later step; a cue of the main clause, if any, tells its status
            distance += _REACH
        if (
            ratified_before
            and cue_start >= end
            and words.cue_status[index] is AgreementStatus.SIGNED
            and (
                _PASSIVE_RELATIVE.search(sentence, end, cue_start)
                # or in a participle's aside: "the approval on Monday of the X between A and B,
                # signed in 2019, by the parliament"
                or _ASIDE_OPENING.search(sentence, end, cue_start)
            )
        ):
            distance += _REACH  # a signing told in a relative clause after the instrument
        if cue_end <= start and _FRONTED_CUE_END.match(sentence, cue_end, start):
            # "After the talks, an agreement ... was ratified": a fronted phrase frames the
            # sentence; the verb of the instrument's own clause tells its status
            distance += _REACH
        if (
            cue_start >= end
            and words.cue_status[index] is AgreementStatus.SIGNED
            and _CONTENT_PARTICIPLE.fullmatch(sentence, end, cue_end)
        ):
            # "to sign a protocol extending the X": the participle tells what the document does
            # to another instrument, not a step of its own
            distance += _REACH
        if joined is not None and cue_start >= joined.start() + 1:
            distance += _REACH  # the joined clause's own cue
        if cue_start >= end and _AND_REPORTED_THAT.search(sentence, end, cue_start):
            # "witnessed the signing of X, and announced that talks on Y will begin": the
            # reported clause joined after the instrument tells another matter, not its status
            distance += _REACH
        if cue_end <= start and _REPORTED_THAT.search(sentence, cue_end, start):
            # "exchanged instruments of ratification of X, and announced that a treaty on Y
            # had been initialled": a verb before "announced that" tells the outer clause
            distance += _REACH
        if best is None or distance < best[0]:
            best = (distance, index)
        if (
            words.cue_status[index] is AgreementStatus.RATIFIED
            and not words.cue_weak[index]
            and distance <= _REACH
            # (an expiry is no status of the spec's: it never outweighs the signing told)
            and not _TERM_CUE.search(sentence, cue_start, cue_end)
        ):
            in_force = (distance, index, cue_start, cue_end)
        elif (
            cue_start >= end
            and (
                _PARTICIPLE_AFTER.fullmatch(sentence, end, cue_start)
                # "the entry into force of the bilateral X between A and B, signed in
                # December": the participle set off by a comma tells the past signing as well
                or (
                    words.cue_status[index] is AgreementStatus.SIGNED
                    and _ASIDE_PARTICIPLE.fullmatch(sentence, end, cue_start) is not None
                )
            )
            # "still needs to be approved before it takes effect": a step to come, no past
            # signing told by a participle
            and not _MODAL_OPENS.match(sentence, cue_start)
        ):
            participle = (index, cue_end)
    if best is None:
        return AgreementStatus.SIGNED, False, False
    if (
        in_force is not None
        and best[1] == participle[0]
        and words.cue_status[participle[0]] is AgreementStatus.SIGNED
        and (
            # "progress in implementing the X adopted there": the cue governs the instrument
            _PARTICIPLE_AFTER.fullmatch(sentence, in_force[3], start)
            # "the X signed in Baku in 2023 is being implemented": the participle's clause
            # runs on into the verb, no other verb or clause mark between
            or _RUNS_ON.fullmatch(sentence, participle[1], in_force[2])
        )
    ):
        # the participle tells the instrument's past signing, the clause that it is in force
        best = in_force[:2]
    return words.cue_status[best[1]], True, words.cue_weak[best[1]]


def reported_clause_start(text: str) -> int:
    """Where a reported clause joined after a signing opens, else the text's length.

    >>> text = "They signed a pact, and said that talks would resume in 2024."
    >>> text[: reported_clause_start(text)]
    'They signed a pact'
    """
    found = _AND_REPORTED_THAT.search(text)
    return found.start() if found is not None else len(text)


# A cue telling an instrument's term, not a step of it: "expires in May", "runs out next year".
_TERM_CUE = re.compile(r"expir|\bruns?\s+out\b", re.IGNORECASE)


def told_by_term(sentence: str, start: int, end: int) -> bool:
    """Whether the ratified status of ``[start, end)`` comes only from its term running out.

    >>> text = "The 1983 grains agreement expires this year."
    >>> told_by_term(text, text.index("agreement"), text.index(" expires"))
    True
    >>> text = "The 1983 grains agreement, in force since 1984, expires this year."
    >>> told_by_term(text, text.index("agreement"), text.index(","))
    False
    """
    words = vocabulary()
    found = False
    for cue_start, cue_end, index in _cues_near(sentence, start, end):
        distance = start - cue_end if cue_end <= start else cue_start - end
        if distance > _REACH or words.cue_status[index] is not AgreementStatus.RATIFIED:
            continue
        if not _TERM_CUE.search(sentence, cue_start, cue_end):
            return False  # "in force", "ratified": a step of the instrument itself
        found = True
    return found


def _cues_near(sentence: str, start: int, end: int) -> tuple[tuple[int, int, int], ...]:
    """The cues within reach of ``[start, end)`` as ``(start, end, cue index)``, in order.

    They are those one alternation of all cues would find (leftmost first, the
    earlier cue winning a tie). Only a window is scanned, lower-cased, one cue
    at a time: each cue then starts with a literal the regex engine finds fast,
    and a cue none of whose literal words is in the window is not scanned (one
    scan of the window finds the literals of all cues).
    """
    return _scan_window(
        sentence, max(0, start - _REACH - 40), min(len(sentence), end + _REACH + 40)
    )


@functools.cache
def _all_cues() -> re.Pattern[str]:
    """All the cues in one case-blind alternation, group ``c<i>`` for cue ``i``.

    Only for a window that lower-casing would lengthen ("İ"): rare, so compiled on first use.
    """
    cues = vocabulary().cue_patterns
    return re.compile("|".join(f"(?P<c{i}>{p})" for i, p in enumerate(cues)), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _scan_window(sentence: str, lo: int, hi: int) -> tuple[tuple[int, int, int], ...]:
    """The cues of ``sentence[lo:hi]``, as :func:`_cues_near` tells them.

    Cached: the instruments of a short sentence share one window.
    """
    window = sentence[lo:hi].lower()
    if len(window) != hi - lo:  # lower() changed a length: scan the text as it is
        return tuple(
            (m.start(), m.end(), int(m.lastgroup[1:]) if m.lastgroup else 0)
            for m in _all_cues().finditer(sentence, lo, hi)
        )
    found: list[tuple[int, int, int]] = []
    words = vocabulary()
    # A cue none of whose literals is in the window is not scanned: every match holds one;
    # nor one none of whose factors is ("to" with no "ratif"). The gate finds both at once.
    opened = set(words.cue_ungated)
    present = set(words.cue_unfactored)
    for text in words.cue_gate.held(window):
        opened.update(words.cue_opened[text])
        present.update(words.cue_present[text])
    for index in opened & present:  # in any order: the cues found are sorted below
        pattern, word_start = words.cue_scans[index]
        for m in pattern.finditer(window):
            s = m.start()
            if word_start and (s > 0 and (window[s - 1].isalnum() or window[s - 1] == "_")):
                continue
            if word_start and s == 0 and lo > 0 and (sentence[lo - 1].isalnum()):
                continue
            found.append((lo + s, lo + m.end(), index))
    found.sort(key=lambda cue: (cue[0], cue[2]))
    kept: list[tuple[int, int, int]] = []
    edge = -1
    for cue in found:
        if cue[0] >= edge:
            kept.append(cue)
            edge = cue[1]
    return tuple(kept)


# A conclusion still to come, right before its instrument: "will conclude a treaty", "hope to
# conclude an accord" (dates the instrument as "sign" does; read only here, as "the imperative of
# concluding an agreement" tells no signing of its own)
_CONCLUDE_BASE = re.compile(r"\bconclud(?:e|es|ing)(?=\s+(?:an?|the|their|its)\b)")


def bound_date(
    sentence: str, dates: Sequence[DateMention], head_start: int, head_end: int, mod_start: int
) -> PartialDate | None:
    """A date among the modifiers, or one bound to the signing verb of the instrument."""
    for d in dates:
        if d.end <= head_start and d.start >= mod_start:
            return d.date
    for d in dates:
        if d.start >= head_end and d.start - head_end <= _BOUND_REACH:
            between = sentence[head_end : d.start]
            verb = (
                SIGN_VERB.search(between)
                or _SCHEDULED_FOR.search(between)
                or _APPROVED_BY.search(between)  # "(a plan) was endorsed by A and B on May 7"
            )
            if (
                verb
                # past 120 characters only after the signers told at length: "was signed
                # between the Cabinet of Ministers of A and the Government of B in C in March"
                and (
                    d.start - head_end <= 120
                    # (the instrument's own clause: no aside before the verb, "the X on Y,
                    # which, as the ministry recalled, was signed by ...")
                    or (
                        "," not in between[: verb.start()]
                        and _BY_AGENT_THEN.fullmatch(between, verb.end()) is not None
                    )
                )
                and (
                    d.start - head_end <= 60
                    or len(between) - verb.end() <= 6
                    or _PLACE_THEN.fullmatch(between, verb.end()) is not None
                    or _BY_AGENT_THEN.fullmatch(between, verb.end()) is not None
                    or (_ON_DAY.search(between) is not None and "," not in between[verb.end() :])
                )
                and not re.search(r"[;:]", between)
                # "signed, including a plan for 2023-2025": the years it covers, not a day
                and not (
                    d.date.month is None
                    and _VALIDITY.search(sentence, max(0, d.start - 20), d.start) is not None
                )
                and not _NEW_CLAUSE.search(between, verb.end())
                # "the X, signed by A and B, will take effect on May 23": the aside closed, the
                # day is the main clause's verb's, not the signing's
                and not _ASIDE_THEN_VERB.search(between, verb.end())
                and (
                    _ANOTHER.search(between, 0, verb.start()) is None  # not another's verb
                    # "X and a Y were signed ... on May 8": one verb of both subjects
                    or _AND_NEXT.match(between[: verb.start()]) is not None
                )
                # "60 documents were signed ... since 1992": a span's bound, not a signing day
                and (_BOUND_OF_SPAN.search(between) is None or verb.group().endswith("since"))
                # "adopted the X, and welcomed the Y concluded in 2021": the participle is the
                # object of another clause's verb, and its date that object's
                and not _OTHER_OBJECT.search(between, 0, verb.start())
                # (however long that object's words: "and welcomed the entry into force in
                # January of the Y Arrangement concluded in 2023")
                and not _joined_object(between, verb.start())
            ):
                return d.date  # not "struck in Paris when they meet this week"
    for d in dates:
        if d.start >= head_end and d.start - head_end <= 160:
            between = sentence[head_end : d.start]
            # "(the X between A and B) will be signed during the visit ... in June"
            verb = SIGN_VERB.search(between, 0, 80)
            clause = _PAST_CLAUSE.match(between, verb.end()) if verb else None
            # (a comma may open the participle's aside right after the name: "the X
            # Declaration, signed during the visit ... in 2020")
            aside = verb is not None and _ASIDE_OPENS.fullmatch(between, 0, verb.start())
            if clause is not None and not _CLAUSE_MARK.search(
                between, verb.start() if aside and verb else 0
            ):
                # "documents signed when the president visited Lima on May 3-4, 2023"
                return _of_range(sentence, d)
    ratification_noun = _RATIFICATION_OF.search(sentence, max(0, mod_start - 40), mod_start + 1)
    verb_before = (
        SIGN_VERB.search(sentence, max(0, mod_start - 40), mod_start + 1)
        # "will conclude a treaty on X next month", "hope to conclude ...": the signing to come
        or _CONCLUDE_BASE.search(sentence, max(0, mod_start - 40), mod_start + 1)
        # "plan to sign five documents": the verb itself opens the modifiers
        or SIGN_VERB.match(sentence, mod_start)
        or (_APPROVED.search(sentence, max(0, mod_start - 12), mod_start + 1))
        or _JOINED.search(sentence, max(0, mod_start - 40), mod_start + 1)
        # "The ratification of the X took place in March": the step told as a noun
        or ratification_noun
    )
    # "the parliament endorsed the agreement on X on May 4": the approval's day; "joined the
    # Convention on X in 2001": the accession's
    if verb_before is None and _AND_BEFORE.search(sentence, max(0, mod_start - 8), mod_start):
        # "signed an agreement on X and a memorandum on Y on May 8": the first object's verb
        verb_before = _verb_of_first(sentence, mod_start)
        if verb_before is not None and any(verb_before.end() <= d.start < mod_start for d in dates):
            verb_before = None  # "signed X in 2019 and Y on Monday": the first has its own day
    # "witnessed the signing of X by <the signers at length> on May 3": a signing's own
    # signers (not "ratified the convention between A and B ..., signed on May 3")
    signed = verb_before is not None and verb_before.group().lower().startswith("sign")
    signers = _agent_length(sentence, head_end) if signed else 0
    if ratification_noun is not None and verb_before is ratification_noun:
        # "The ratification of the X on Y between A and B, signed by both, took place in March":
        # the step's own day stands after a long subject
        signers = 60
    for d in dates:
        if _VALIDITY.search(sentence, max(0, d.start - 20), d.start):
            continue  # "a roadmap for 2024-2025": the years it covers, not its signing
        if _BOUND_OF_SPAN.search(sentence, max(0, d.start - 24), d.start):
            continue  # "signed 7 documents since January": a span's bound, not a signing day
        if verb_before and head_end <= d.start <= head_end + 80 + signers:
            between = sentence[head_end : d.start]
            if d.date.month is None and _CITED_YEAR_BEFORE.fullmatch(between):
                continue  # "signed a protocol to the 2015 agreement on May 8": that one's year
            if (
                ratification_noun is not None
                and verb_before is ratification_noun
                and _TOOK_PLACE_BEFORE.search(between)
                and not re.search(r"[;:]", between)
            ):
                # "The ratification of the X, which A and B signed, took place in March": the
                # day of the noun's own verb, past the asides on the instrument
                return d.date
            if (
                not re.search(r"[;:]", between)
                and (
                    INSTRUMENT.search(between) is None
                    or _AND_NEXT.match(between) is not None
                    # "signed 12 documents, including a road map, on May 8": an aside of parts
                    or _PARTS_ASIDE.fullmatch(between) is not None
                    # "a protocol amending the agreement on X on May 8": the amended one exists
                    or _AMENDING_NEXT.match(between) is not None
                )
                and not _OTHER_CLAUSE.search(between)
                and not _OTHER_ACT.search(between)  # "on the corridor launched in 2017"
                and not _OTHER_PARTICIPLE.search(between)  # "workers expelled from B in 1985"
                and _SINCE_NEXT.match(between) is None  # "signed 90 documents since ... 1993"
                and not _CONTENT_CLAUSE.search(between)  # "under which they will hold"
                # "signed X and Y, and said that a commission would meet in 2024": the reported
                # clause's time is its own matter's, not the signing's
                and not _AND_REPORTED_THAT.search(between)
                # "adopted the X, and welcomed the entry into force in January of": the joined
                # clause's verb and object own the date told after them
                and not _JOINED_VERB.search(between)
            ):
                return d.date  # "signed a memorandum on energy on July 27, 2021"
    for d in dates:
        if d.end <= mod_start and (
            mod_start - d.end <= 50
            # "In Baku on Monday, the Ministry of Economy of A and B's Ministry of Trade
            # signed": a long subject of state bodies or officials between
            or _FRONTED_SIGNERS.fullmatch(sentence, d.end, mod_start) is not None
        ):
            if _VALIDITY.search(sentence, max(0, d.start - 20), d.start):
                continue  # "a roadmap for 2023-2025 and signed a memorandum": the roadmap's years
            if _BOUND_OF_SPAN.search(sentence, max(0, d.start - 24), d.start):
                continue  # "to double trade by 2027, and signed a programme": a goal's deadline
            between = sentence[d.end : mod_start]
            if _DATELINE_END.match(between) and (
                _TO_COME.search(between)
                or any(e.start >= d.end and e.date.day is not None for e in dates if e is not d)
            ):
                # "LIMA, May 10 - A and B will sign", "..., May 10 - A and B on Tuesday signed":
                # the report's day, not the signing's
                continue
            if _OF_NEXT.fullmatch(between) and _SIGNING_THEN.search(
                sentence, max(0, d.start - 60), d.start
            ):
                return d.date  # "witnessed the signing in Lima on May 2 of an agreement on X"
            # "On Monday in Baku, the sides signed": the place of a fronted date is no clause
            between = _FRONTED_PLACE.sub("", between, count=1)
            between = _PRESENCE_ASIDE.sub("", between, count=1)  # ", in the presence of X,"
            if SIGN_VERB.search(between) and "," not in between[:-1].strip(", "):
                return d.date
            if (
                mod_start - d.end <= 4
                and _SIGNED_ON.search(sentence, max(0, d.start - 48), d.start) is not None
            ):
                return d.date  # "the ministers signed on Wednesday a memorandum"
    return None


# The signers after the instrument's name, as state bodies or officials may name them at
# length: "(the signing of a protocol on X) by the Ministry of Economy of A and B's Ministry
# of Trade (on May 3)", "between the Cabinet of Ministers of A and the Government of B".
_AGENT_NEXT = re.compile(r"\s(?:by|between)\s+(?:the\s+)?[A-Z][^,;:.()]{0,100}")


def _agent_length(sentence: str, head_end: int) -> int:
    """The length of a signers' phrase in the 80 characters after the instrument (0: none)."""
    agent = _AGENT_NEXT.search(sentence, head_end, head_end + 80)
    return agent.end() - agent.start() if agent else 0


# The end of a dateline right after its date: "Aug 4 -", "May 16, 2025 (NBE) –", "Sept 3 (APP):".
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—]|:\s)")
# The words of an act still to come that the package's two "to come" patterns share (regex
# sources, no groups): its modals ("will sign", "shall meet"), and "is"/"are" before "to"
# with a planned act's word between or none ("is due to", "are expected to", "is set to",
# "are to"). This module's _TO_COME and _sides' put their own spacing, case and words around.
TO_COME_MODALS = r"will|shall"
TO_COME_BE = r"is|are"
TO_COME_PLANNED = r"due|expected|set"
# A signing still to come, told between a dateline and the instrument: "will sign", "are to".
# Wider than _sides' _TO_COME (a meeting to come): "would" too, in any case, no space needed
# before "to" ("is dueto") and no word after it ("will “sign”"), as it reads only the few words
# between a dateline and the instrument ("LIMA, May 10 - A and B would sign"), where _sides'
# reads a whole sentence, in which "would" also tells what a held meeting's states said.
_TO_COME = re.compile(
    rf"\b(?:{TO_COME_MODALS}|would|(?:{TO_COME_BE})\s+(?:{TO_COME_PLANNED})?\s*to)\s",
    re.IGNORECASE,
)

# Before a date that bounds a span: "since January", "until 2030", "by the end of 2025".
_BOUND_OF_SPAN = re.compile(
    r"\b(?:since|until|till|through|by)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)
# Two objects of one verb: "and" right before the second, and the first's rest up to it.
_AND_BEFORE = re.compile(r"\s(?:and|as\s+well\s+as)\s+$")
_AND_NEXT = re.compile(
    r"[^,;:.]{0,60}?\s(?:and|as\s+well\s+as)\s+(?:an?|the|\d{1,3}|[a-z]+)\s+[^,;:.]*$"
)
# An aside naming some of a plural's documents, then its signing day: ", including a road
# map and two protocols, on".
_PARTS_ASIDE = re.compile(
    r"\s*,\s*(?:including|among\s+them|among\s+which)\s+[^,;:.]{1,100}(?:,\s+[^,;:.]{1,60}){0,4}"
    r",\s+(?:on\s+(?:the\s+)?)?"
)
# An instrument the one just named amends: "(a protocol) amending the agreement on X on".
_AMENDING_NEXT = re.compile(
    # (after the document's own topic, if any: "an agreement on customs extending the X")
    r"(?:\s+(?:on|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:amending|extending|prolonging|to|(?:on\s+)?amendments?\s+to)\s+(?:the|an?|its|their)\s+"
    r"[^,;:()]{1,80}\s+(?:on|in)\s+$"
)
# Up to a year among the words of another instrument the document is to, amends or extends:
# "(a protocol) to the 2015", "(a pact) amending the X Treaty of 2015" (that one's year).
_CITED_YEAR_BEFORE = re.compile(
    r"(?:\s+(?:on|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:amending|extending|prolonging|to|(?:on\s+)?amendments?\s+to)\s+(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,6}?"
)
_JOINED_CLAUSE_MARK = re.compile(r"[;:,.]")  # a clause's own mark between the verb and "and"


def _verb_of_first(sentence: str, mod_start: int) -> re.Match[str] | None:
    """The signing verb of an instrument the one at ``mod_start`` is joined to by "and".

    >>> text = "They signed an agreement on trade and a memorandum on energy on May 8."
    >>> _verb_of_first(text, text.index("a memorandum")).group()
    'signed'
    >>> text = "They signed an agreement on trade, and a memorandum is due in May."
    >>> _verb_of_first(text, text.index("a memorandum")) is None
    True
    """
    verbs = list(SIGN_VERB.finditer(sentence, max(0, mod_start - 120), mod_start))
    if not verbs:
        return None
    between = sentence[verbs[-1].end() : mod_start]
    if _JOINED_CLAUSE_MARK.search(between) or INSTRUMENT.search(between) is None:
        return None
    return verbs[-1]


# A fronted date's clause up to its instrument: an aside of witnesses maybe, the signers
# (no mark of a clause of their own), the signing verb: ", (in the presence of the presidents
# of A and B,) the Central Banks of A and B signed ", ", the presidents of A and B witnessed
# the signing by the Ministry of Energy of A and its B counterpart of ".
_FRONTED_SIGNERS = re.compile(
    r",\s+(?:in\s+the\s+presence\s+of\s+[^,;:.()]{1,80},\s+)?[^,;:.()]{1,110}?\s"
    r"(?:signed|will\s+sign|(?:will\s+)?witness(?:ed)?\s+the\s+signing\s+(?:by|between)\s"
    r"[^,;:.()]{1,110}?(?:\s+of)?)\s+"
)
# A fronted date's aside of witnesses: ", in the presence of the presidents of A and B".
_PRESENCE_ASIDE = re.compile(r"^,\s+in\s+the\s+presence\s+of\s+[^,;:.()]{1,80}(?=,)")
# A place right after a date that opens the sentence: "(On May 8) in Astana, ...".
_FRONTED_PLACE = re.compile(r"^\s+(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=,)")
# A signing told as a noun, then its place and date, right before "of" and the instrument:
# "the signing (in Lima) (on) May 2", "the signing today", "the signature last month".
_SIGNING_THEN = re.compile(
    r"\bsign(?:ing|ature)\s+(?:(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?"
    r"(?:(?:on|in)\s+(?:the\s+)?)?$"
)
# The "of" between such a date and the instrument's words, with the first words of a long
# name: " of an ", " of the “Comprehensive Security ".
_OF_NEXT = re.compile(
    r"\s+of\s+(?:(?:the|an?)\s+)?[\"“]?(?:[A-Z][\w’'-]*\s+(?:(?:and|of|on|for)\s+)?){0,6}"
)
# A planned step's day right after it: "(the signing of X) is scheduled for June".
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|slated|set|planned|due|expected)\s+(?:for|on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An approving (or issuing) verb right before the instrument's determiner: "approved the",
# "endorsed an", "issued a joint declaration ... on Monday"; a senate's "advice and consent
# to the treaty" is its approval, dated as one.
_APPROVED = re.compile(r"\b(?:approved|endorsed|issued|released|consent\s+to)\b", re.IGNORECASE)
# A ratification told as a noun, right before its instrument: "the ratification of the".
_RATIFICATION_OF = re.compile(r"\bratification\s+of\s+(?:the\s+)?\w?$", re.IGNORECASE)
# The verb of a step told as a noun, right before its day: "(the ratification of the X, ...,)
# took place in".
_TOOK_PLACE_BEFORE = re.compile(r",\s+(?:took\s+place|was\s+completed)(?:\s+(?:on|in))?\s*$")
# Joining an instrument, right before it: "joined the", "has joined".
_JOINED = re.compile(r"\bjoined\s+(?:the\s+)?\w?$")  # (searched up to the first letter)
# A passive approval after the instrument: "(the plan) was endorsed by", "approved by the".
_APPROVED_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:approved|endorsed)\b")
# A span opening right after the instrument: "documents since the start of relations in".
_SINCE_NEXT = re.compile(r"\s*(?:since|until|till)\b", re.IGNORECASE)
# A relative or subordinate clause after the instrument: its date is that clause's event.
_OTHER_CLAUSE = re.compile(r",\s*(?:which|that|who|when|while|after|before|as|where)\b")
# A clause telling what the instrument provides for: its dates are that content's, not the
# signing's ("a memorandum under which they will hold a forum in 2026", "an agreement to build
# a plant by 2028", "a contract for supplies starting from 1 January").
_CONTENT_CLAUSE = re.compile(
    r"\b(?:under\s+which|whereby|according\s+to\s+which|(?:which|that)\s+(?:provides?|envisages?"
    r"|stipulates?|will|would|is\s+to)|providing\s+for|envisaging|starting\s+(?:from|in|on)"
    r"|effective\s+(?:from|as\s+of)|to\s+(?:build|construct|supply|deliver|create|launch|open|hold"
    r"|set\s+up|establish|increase|raise|bring|complete|start|begin)\b)"
)
# A participle of another act on the instrument's topic: "a memorandum on the centre opened
# in 2019", "on the fund founded in 2014": the date after it is that act's.
_OTHER_ACT = re.compile(
    r"\b(?:launched|established|founded|opened|built|constructed|created|set\s+up"
    r"|inaugurated|commissioned)\s+(?:(?:in|at|by)\s+(?:the\s+)?[\w’'-]+\s+)?(?:in|on|since)"
    r"\s+(?:the\s+)?$"
)
# Any other act's past participle right before the date, with its place, agent or source
# between: "workers expelled from B in 1985", "a text the experts finished drafting in January":
# the date is that act's. Not a step of the instrument itself or its making by a third state
# ("a truce brokered by C on Monday"), a report of it, nor the event it was signed at ("signed
# at the talks held in Lima on May 3"): their day is the signing's too.
_OTHER_PARTICIPLE = re.compile(
    r"\b(?!(?:sign|ink|conclud|reach|adopt|ratif|approv|endors|initial|seal|agre|exchang|renew"
    r"|extend|amend|finali[sz]|broker|mediat|facilitat|witness|sponsor|announc|report|confirm"
    r"|stat|disclos|reveal|add|not|publish|held|host|conven|organi[sz]|chair|attend|stag"
    r"|schedul|plan|expect|dat)[a-z]*\b)"
    r"[a-z]{2,}ed(?:\s+[a-z]+ing)?\s+"  # "expelled", "finished drafting"
    r"(?:(?:from|to|into|by|at|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?"  # "from B", "by the navy"
    r"(?:in|on|since)\s+(?:the\s+)?$"
)
# A place between a signing verb and its date: "signed in Lima in", "signed at Quito on".
_PLACE_THEN = re.compile(
    r"\s+(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},?\s+"
    # (a date with no preposition of its own right after the place is the signing's too:
    # "signed in Lima last week", "in Accra yesterday")
    r"(?:(?:in|on)\s+(?:the\s+)?)?"
)
# The signers after the verb, then the date: "signed by the two governments in 2016",
# "ratified by both parliaments in 2022", "signed by the ministers in Lima on May 3".
_BY_AGENT_THEN = re.compile(
    # "signed between A, B and C on Tuesday", "adopted by the leaders of A, B and C in Baku"
    # "... between A and B yesterday": a date with no preposition of its own
    r"\s+(?:by|between|among)\s+(?:[^,;:()]|,\s(?=[A-Z])){2,90}?\s+(?:(?:in|on)\s+(?:the\s+)?)?"
)
# How far after the instrument a date bound to its verb through its signers may stand.
_BOUND_REACH = 180
# A signing verb right before a date: "signed on Wednesday", "inked on May 5".
_SIGNED_ON = re.compile(
    r"\b(?:signed|inked|sealed|concluded)\s+"
    r"(?:(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?"  # "signed in Baku on May 8 a"
    r"(?:on\s+)?$"
)


def modifier_date(tokens: Sequence[re.Match[str]], published: dt.date | None) -> PartialDate | None:
    """A bare year ("the 1986 pact") or a possessive month ("February's accord") before the word."""
    for token in tokens:
        word = token.group()
        if YEAR_WORD.match(word):
            return PartialDate(int(word))
        if _POSSESSIVE.search(word) and published is not None:
            month = month_number(word[:-2])
            if month is not None:
                year = latest_month_year(month, published)
                if year >= 1:  # a later month than published in year 1 would be year 0
                    return PartialDate(year, month)
    return None


def bound_place(sentence: str, head_end: int) -> Place | None:
    """A known city right after the instrument or its verb: "signed in Baku", "pact in New York".

    Else, for a signing told in the sentence, the first known city of an "in <city>"
    later in the instrument's clause: "signed a memorandum on energy in Lima".
    """
    tail = sentence[head_end : head_end + 80]
    verb = SIGN_VERB.search(tail)
    place = _place_next(tail, verb)
    rest = sentence[head_end : head_end + 120 + _agent_length(sentence, head_end)]
    if place is not None or (" in " not in rest and " at " not in rest):
        return place
    if _SIGNED_THERE.search(sentence, max(0, head_end - 80)) is None:
        return None
    clause = _CLAUSE_STOP.split(rest, maxsplit=1)[0]
    for match in _IN_CITY.finditer(clause):
        if (found := opening_city(match.group("city"))) is not None:
            return Place(city=found[0], country=Country(found[1]))
    return None


def clause_place(sentence: str, head_end: int) -> Place | None:
    """The known city of the signing the instrument's own "which" clause tells, else None.

    "the protocol amending the agreement on road transport, which was signed in Tbilisi",
    "a treaty on the border, which is expected to be signed in Dushanbe": the first "which"
    clause after the instrument, however long its name; not past another instrument ("the
    agreement on X and the protocol on Y, which was signed in Z" is Y's).
    """
    window = sentence[head_end : head_end + _CLAUSE_REACH]
    which = _WHICH.search(window)
    if which is None or _ANOTHER_INSTRUMENT.search(window, 0, which.start()):
        return None
    match = _WHICH_SIGNED_IN.match(window, which.start())
    if match is None or (found := opening_city(match.group("city"))) is None:
        return None
    return Place(city=found[0], country=Country(found[1]))


_CLAUSE_REACH = 250
_WHICH = re.compile(r",\s*which\b|[;:]")
# "which was signed in", "which the two governments had signed in", "which is expected to be
# signed by the two presidents in": the signing's own place.
_WHICH_SIGNED_IN = re.compile(
    r",\s*which\s+(?:[\w’'-]+\s+){0,6}?(?:signed|inked)\s+"
    r"(?:by\s+[^,;:()]{2,80}?\s+)?in\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# A second instrument joined to the first: the clause after it is that one's.
_ANOTHER_INSTRUMENT = re.compile(
    r"\b(?:and|or)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:agreements?|memorand\w+|protocols?|treat(?:y|ies)|conventions?|accords?|declarations?"
    r"|road\s?maps?|plans?|programmes?)\b"
)


# A signing done (not a consent "agreed upon"), or witnessed: its clause's "in <city>" places it.
_SIGNED_THERE = re.compile(
    r"\b(?:signed|inked|concluded|sealed|reached|adopted|witnessed\s+the\s+signing)\b",
    re.IGNORECASE,
)
# Where an instrument's clause ends: a new clause or an aside.
_CLAUSE_STOP = re.compile(rf"[;:(]|,\s*(?:which|who|where|while|and|but|as)\b|{ASIDE_DASH}")


def _place_next(tail: str, verb: re.Match[str] | None) -> Place | None:
    """A known city right at the start of ``tail`` or right after its signing verb."""
    for start in (0, verb.end() if verb else None):
        if start is None:
            continue
        match = _IN_CITY.match(tail, start) or _IN_CITY.match(tail, start + 1)
        if match is None or match.start() - start > 2:
            continue
        if (found := opening_city(match.group("city"))) is not None:
            return Place(city=found[0], country=Country(found[1]))
    return None


def lazy_dates(text: str, published: dt.date | None) -> Callable[[], Sequence[DateMention]]:
    """The dates of ``text``, read on the first call only (lighter than ``functools.cache``)."""
    found: list[Sequence[DateMention]] = []

    def dates() -> Sequence[DateMention]:
        if not found:
            found.append(extract_dates(text, published))
        return found[0]

    return dates
