"""Records being built, and how a later mention of an instrument merges into one.

A :class:`Record` is an instrument as the story has told it so far. :func:`same_instrument`
decides whether a new mention speaks of a record already held (same name, same count, same
topic and sides, ...), :func:`retold` whether a definite, unnamed one tells one again by its
words (same states, no other day or status, no word of its own), :func:`signed_since` whether
"The protocol was signed by ..." tells the planned one signed, and :func:`absorb` adds what
that mention tells; :func:`into_named` folds, at the end, unnamed mentions into the one
instrument of their kind the story names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.agreements._mention import Mention
from diplonews.agreements._parties import of_the_day, only_states
from diplonews.agreements._words import title_key
from diplonews.models import AgreementKind, AgreementStatus, Party
from diplonews.text import Sentence
from diplonews.values import PartialDate, Place

__all__ = [
    "ANY_DEAL",
    "Record",
    "absorb",
    "into_named",
    "into_ratified",
    "known_as",
    "new_record",
    "own_topic",
    "retold",
    "same_instrument",
    "signed_since",
    "told_by_headline",
]

# Another name given to the instrument just named: ", better known as the", ", or the".
_KNOWN_AS = re.compile(
    r"(?:(?:better|also|commonly|often|widely)\s+)?(?:known|referred\s+to)\s+as\s+"
    r"(?:the\s+)?[“\"]?$"
)
# No other instrument's word between: the clause is still about the one named.
_NO_OTHER_INSTRUMENT = (
    r"(?:(?!agreement|accord|treaty|pact|memorand|protocol|convention|declaration|deal)[^.;:])*?"
)
# The instrument's own signing still to come, after no other instrument, told in one of two
# ways: opening its sentence ("The accord, which would ..., is expected to be signed", "The
# pact is to be signed") or in a reported clause with no instrument before it ("A spokesman
# said the treaty would be signed at the summit", "the ministers told the press that the pact
# would be signed").
_ITS_SIGNING_TO_COME = re.compile(
    r"(?:\W*(?:The|This|That)"
    + r"|"
    + _NO_OTHER_INSTRUMENT
    + r"\b(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)??|announced|added|stated|confirmed)\s+"
    r"(?:that\s+)?(?:the|this|that))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:accord|agreement|deal|pact|protocol|treaty"
    r"|memorandum|convention|declaration|document|plan|roadmap)\b"
    + _NO_OTHER_INSTRUMENT
    + r"\bbe\s+(?:formally\s+|officially\s+)?signed\b"
)
# A step that makes an instrument: what a story tells of one already signed.
_MADE = re.compile(
    r"\b(?:sign(?:ed|ing|ature)|ink(?:ed|ing)|conclu(?:ded|sion)|reached|initial(?:l)?ed|sealed"
    r"|ratif\w+|adopt(?:ed|ion)|approv(?:ed|al)|in\s+force|took\s+effect)\b",
    re.IGNORECASE,
)


@attrs.define
class Record:
    """A record being built from one or more mentions."""

    first: Mention
    kind: AgreementKind
    title: str | None
    parties: tuple[Party, ...]
    status: AgreementStatus
    date: PartialDate | None
    location: Place | None
    count: int
    topic: frozenset[str]
    evidence: list[Sentence]
    rule: str
    aliases: set[str] = attrs.field(factory=set)
    item_of: Record | None = None  # the summary ("7 documents:") whose list names this one
    vague: bool = False  # "documents were signed": no number, no name
    cued: bool = False  # some mention of it has a status cue


def _jaccard(a: Sequence[Party], b: Sequence[Party]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.contains(b) or b.contains(a)


# States joined by dashes that open a name: "U.S.-Oman ", "Pakistan-Sri Lanka ".
_SIDES_LEAD = re.compile(
    r"[A-Z][\w.’']*(?: [A-Z][\w.’']*)*(?:[-–][A-Z][\w.’']*(?: [A-Z][\w.’']*)*)+ "
)


def _sides_dropped(first: str, later: str) -> bool:
    """Whether one name is the other without the states joined by dashes that open it."""
    long, short = sorted((first, later), key=len, reverse=True)
    if not long.casefold().endswith(" " + short.casefold()):
        return False
    return _SIDES_LEAD.fullmatch(long[: len(long) - len(short)]) is not None


def same_instrument(record: Record, mention: Mention) -> bool:
    """Whether ``mention`` speaks of the instrument ``record`` already holds."""
    if (
        record.status is AgreementStatus.SIGNED
        and mention.status is AgreementStatus.RATIFIED
        and record.kind is mention.kind
        and mention.anaphor
        and mention.title is None
        and not mention.topic
        and mention.parties
        and set(mention.parties) < set(record.parties)
    ):
        # "A and B signed a convention ... The convention was ratified by A's government in
        # March": one side's ratification of the one told, not an instrument of its own
        return True
    if record.title is not None or mention.title is not None:
        if record.title is not None and mention.title is not None:
            key = title_key(mention.title)
            if key in record.aliases:
                return True  # "the MFA pact" after "the Multi-Fibre Agreement (MFA)"
            a, b = sorted((title_key(record.title), key), key=len)
            # "Los Angeles Declaration" is short for "... Declaration on Migration and Protection".
            if a == b or (bool(a) and b.startswith(a + " ")):
                return True
            if _sides_dropped(record.title, mention.title):
                return True  # "the U.S.-Oman Free Trade Agreement" ... "the Free Trade Agreement"
            # "the Agreement between A and B concerning Defense Cooperation" ... "The Defense
            # Cooperation Agreement sets out": a later short name, run of words of the formal
            # title, that brings no sides and no step of its own is the same instrument
            return (
                record.kind is mention.kind
                and not mention.parties
                and not mention.status_cue
                and len(a.split()) > 1
                and f" {a} " in f" {b} "
            )
        named, plain = (record, mention) if record.title is not None else (mention, record)
        if _reference_to_named(record, mention, named, plain):
            return True
        if named is mention and not mention.parties and record.kind is mention.kind:
            # "the agreement with B on the dams of the Vashra river ... the Vashra agreement":
            # a one-word name from the sentence that told the instrument, no sides of its own
            words = title_key(mention.title or "").split()
            if len(words) == 1 and re.search(
                rf"\b{re.escape(words[0])}\b", record.first.sentence.text, re.IGNORECASE
            ):
                return True
        if (
            plain is record
            and told_by_headline(record)
            and record.kind is mention.kind
            and record.status is mention.status
            and record.parties
            and set(record.parties) == set(mention.parties)
            and _compatible_dates(record.date, mention.date)
        ):
            return True  # "A ratifies border agreement with B" over the lead's named one
        # "a preferential trade agreement" ... "a Preferential Trade Agreement": one
        name_words = frozenset(title_key(named.title or "").split())
        return (
            record.kind is mention.kind
            and record.status is mention.status
            and bool(plain.topic)
            and (
                plain.topic == name_words
                # "A and B signed an economic pact" ... "The Comprehensive Economic Partnership
                # Agreement was signed": the name of the pact the same sides signed
                or (
                    plain.topic < name_words
                    and bool(plain.parties)
                    and set(named.parties) <= set(plain.parties)
                    and len(named.parties) != 1
                    and _compatible_dates(record.date, mention.date)
                )
            )
        )
    if (
        record.count > 1
        and mention.count == record.count
        and record.status is mention.status
        and set(record.parties) == set(mention.parties)
        and _compatible_dates(record.date, mention.date)
    ):
        return True  # "A, B sign 15 documents" ... "15 documents were signed": one set
    if (
        record.vague
        and mention.vague
        and record.kind is mention.kind
        and record.status is mention.status
        and set(record.parties) == set(mention.parties)
    ):
        return True  # "several agreements were signed" told twice: one set
    if (
        told_by_headline(record)
        and record.count == mention.count == 1
        and not (record.vague or mention.vague)
        and record.status is mention.status
        and set(record.parties) == set(mention.parties)
        and _compatible_dates(record.date, mention.date)
    ):
        return True  # "A, B sign visa deal" over "A and B have signed an agreement on visas"
    if record.count > 1 or mention.count > 1 or record.vague or mention.vague:
        return False  # a number or a plural is a set of instruments, not one
    if (
        record.status is AgreementStatus.SIGNED
        and mention.status is AgreementStatus.RATIFIED
        and record.kind is mention.kind
        and bool(record.topic & mention.topic)
        and _jaccard(record.parties, mention.parties) >= 0.5
    ):
        return True  # "signed an agreement on visas ... The visa agreement entered into force"
    if not _compatible_dates(record.date, mention.date):
        return False
    if record.status is not mention.status:
        # "The peace agreement with B" (no cue) ... "the peace agreement with B appears
        # closer": a mention with no status cue is the cued one of the same topic and sides
        return (
            not (record.first.status_cue and mention.status_cue)
            and bool(record.topic)
            and record.topic == mention.topic
            and _jaccard(record.parties, mention.parties) >= 0.5
        )
    if (
        mention.indefinite
        and record.status is mention.status is AgreementStatus.SIGNED
        and len(record.parties) > 1
        and len(mention.parties) > 1
        and _jaccard(record.parties, mention.parties) < 0.5
    ):
        return False  # "B and C signed an agreement on visas" after A and B's: another one
    if (
        mention.indefinite
        and record.first.indefinite
        and record.first.sentence == mention.sentence
        and record.title is None
    ):
        return False  # "a memorandum on X, a memorandum on Y and a memorandum on Z": three
    if record.topic and mention.topic and record.topic == mention.topic:
        return True
    if mention.indefinite and mention.kind is not record.kind:
        return False  # "a memorandum" after an agreement: an instrument not told of before
    if (
        mention.indefinite
        and mention.party_basis == "between"
        and set(mention.parties) != set(record.parties)
    ):
        return False  # "an agreement between A and C" after A and B's: sides of its own
    if (
        mention.party_basis == "between"
        and len(mention.parties) > 1
        and record.parties
        and set(mention.parties) != set(record.parties)
    ):
        return False  # "the agreement between A and C" after A's or A and B's: another one
    if (
        mention.party_basis == "between"
        and mention.kind is not record.kind
        and set(mention.parties) != set(record.parties)
        and mention.kind not in ANY_DEAL
        and record.kind not in ANY_DEAL
    ):
        # "the memorandum between A and an agency" after a protocol of A and B: sides of its
        # own and another kind of document, another one
        return False
    if record.topic and mention.topic and not (record.topic & mention.topic):
        return False
    if (
        mention.topic
        and not record.topic
        and mention.kind not in ANY_DEAL
        and mention.kind is not record.kind
        and mention.own_status
        and mention.date is not None
        and record.date is None
    ):
        # "signed an agreement under which A buys gas ... reaffirmed the friendship treaty
        # their countries signed in 1994": a specific kind with a topic and a dated signing of
        # its own is another instrument, not the one told undated
        return False
    return bool(mention.parties) and _jaccard(record.parties, mention.parties) >= 0.5


def _reference_to_named(
    record: Record, mention: Mention, named: Record | Mention, plain: Record | Mention
) -> bool:
    """Whether an untitled definite reference and a named instrument are one.

    "the bilateral free trade agreement" ... "The A-B Free Trade Agreement has been in force",
    "the Louvre accord on currency stability" ... "the currency pact": a definite mention with
    no name and no status cue of its own, whose topic words are all words of the named one's
    name or topic, of the same kind and with no other sides, refers to that instrument.
    """
    if plain is record:
        cued, indefinite = record.cued, record.first.indefinite
    else:
        cued, indefinite = mention.status_cue, mention.indefinite
    words = frozenset(title_key(named.title or "").split()) | named.topic
    return (
        record.kind is mention.kind
        and not cued
        and not indefinite
        and not mention.anaphor
        and bool(plain.topic)
        and plain.topic <= words
        and (not named.parties or set(plain.parties) == set(named.parties))
        and _compatible_dates(record.date, mention.date)
    )


# A definite determiner right before an instrument's words: "the five-year agreement", "This
# accord", "Under the deal" (up to three words between).
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,3}$")
# A term told as a modifier, which tells no other instrument: "five-year", "10-year", "long-term".
_TERM = re.compile(r"(?:\d+|[a-z]+)-(?:year|month)|long-term")
# Words that set an instrument beside another: "the previous accord", "the new agreement".
_ANOTHER_ONE = re.compile(
    r"\b(?:previous|former|old|older|earlier|existing|original|first|second|third|other|new"
    r"|next|future|final|interim|draft|current|present|later)\b",
    re.IGNORECASE,
)


def retold(
    records: Sequence[Record], mention: Mention, before: str, published: dt.date | None
) -> Record | None:
    """The single instrument a definite, unnamed mention tells again, when its words show it.

    "A and B signed a memorandum on rice trade ... Under the five-year agreement, B commits
    to ...", "A and B agreed a new fisheries deal ... The four-year agreement was reached in
    P": "the" before words the instrument's own sentences hold (or a term of years), the same
    states (one side's may be all it names), no other day and no other status. The latest
    such record is the one; a record told earlier needs a word of its own telling ("the
    Xinjiang deal"). Evidence the other way keeps it apart: no determiner or "a", "another",
    a name, a count, another specific kind, a topic word its tellings lack. ``before`` is the
    sentence's text up to the instrument word; states compare as they were on ``published``
    ("Moscow" in a 1987 story is the Soviet Union's).
    """
    if (
        mention.indefinite
        or mention.anaphor
        or mention.title is not None
        or mention.count != 1
        or mention.vague
        or mention.items
        or mention.partners
    ):
        return None
    definite = _DEFINITE_BEFORE.search(before)
    if definite is None:
        return None
    # "the previous accord", "the new deal": such a word the first telling lacks tells another
    others = {w.casefold() for w in _ANOTHER_ONE.findall(before, definite.start())}
    states = set(of_the_day(only_states(mention.parties), published))
    for at, record in enumerate(reversed(records)):
        if (
            record.count != 1
            or record.vague
            or record.item_of is not None
            or mention.sentence in record.evidence
        ):
            continue
        if record.title is not None:
            return None  # a named one told since: its name tells (same_instrument)
        told = " ".join(sentence.text for sentence in record.evidence).casefold()
        if any(re.search(rf"\b{w}\b", told) is None for w in others):
            continue
        words = [w for w in mention.topic if not _TERM.fullmatch(w)]
        own = set(of_the_day(only_states(record.parties), published))
        if (
            (record.kind is mention.kind or mention.kind in ANY_DEAL)
            and (record.status is mention.status or not mention.status_cue)
            and _compatible_dates(record.date, mention.date)
            and bool(states and own)
            # "the agreement between A and C" after A's: sides its own phrase tells
            and (
                states == own
                or (mention.party_basis != "between" and (states < own or own < states))
            )
            and all(w in told for w in words)
            and (at == 0 or bool(words))
        ):
            return record
    return None


def told_by_headline(record: Record) -> bool:
    """Whether a record was told only by a headline: a short first-paragraph line with no stop.

    The headline restates the lead, so its instrument is the lead's of the same status and sides.
    """
    if len(record.evidence) != 1:
        return False
    line = record.evidence[0]
    return (
        line.paragraph <= 1
        and not line.text.rstrip().endswith((".", "!", "?", ";", ":"))
        and len(line.text.split()) <= 14
    )


def new_record(mention: Mention) -> Record:
    if mention.title is not None:
        rule = "named"
    elif mention.count > 1:
        rule = "count"
    else:
        rule = mention.party_basis
    return Record(
        first=mention,
        kind=mention.kind,
        title=mention.title,
        parties=mention.parties,
        status=mention.status,
        date=mention.date,
        location=mention.location,
        count=mention.count,
        topic=mention.topic,
        evidence=[mention.sentence],
        rule=f"agreement.{mention.status.value}_{rule}",
        vague=mention.vague and mention.title is None and not mention.items,
        cued=mention.status_cue,
    )


# A sentence opening on the instrument told before, now told signed: "The protocol was signed by
# the two ministers", "The document was signed in P" (no other instrument word before the verb).
_TOLD_SIGNED = re.compile(
    r"\W*(?:The|This|That)\s+(?:accord|agreement|deal|pact|protocol|treaty|memorandum|convention"
    r"|declaration|document|plan|roadmap)\s+(?:was|has\s+been)\s+(?:formally\s+|officially\s+)?"
    r"signed\b"
)


def signed_since(record: Record, mention: Mention) -> bool:
    """Whether a bare anaphor opening its sentence tells the planned ``record`` signed.

    "... ended talks with the signing of a protocol that will let B defer its debt. The
    protocol was signed by the two ministers": the same protocol, and it is signed. A day
    of its own ("The agreement was signed in 1990") tells another one, and so do a topic or
    sides of its own (the mention would not be bare).
    """
    return (
        record.status is AgreementStatus.PLANNED
        and mention.status is AgreementStatus.SIGNED
        and mention.anaphor
        and mention.bare
        and mention.date is None
        and record.count == 1
        and not record.vague
        and (mention.kind is record.kind or mention.kind in ANY_DEAL)
        and _TOLD_SIGNED.match(mention.sentence.text) is not None
    )


def absorb(record: Record, mention: Mention) -> None:
    """Add what a later mention of the same instrument tells."""
    if signed_since(record, mention):
        record.status = AgreementStatus.SIGNED  # "The protocol was signed by ...": done since
    if (
        record.status is AgreementStatus.SIGNED
        and mention.status is AgreementStatus.PLANNED
        and mention.status_cue
        and mention.anaphor
        and _ITS_SIGNING_TO_COME.match(mention.sentence.text) is not None
        and not any(_MADE.search(told.text) for told in record.evidence)
    ):
        # "A and B agreed on the outline of an accord. The accord, which would ..., is
        # expected to be signed in May" (or "A's minister said the accord would be signed at
        # the summit"): no sentence told it made, its signing is to come
        record.status, record.date = AgreementStatus.PLANNED, mention.date
    if told_by_headline(record) and mention.sentence not in record.evidence:
        record.kind, record.topic = mention.kind, mention.topic or record.topic  # the lead's words
    if mention.sentence not in record.evidence:
        record.evidence.append(mention.sentence)
    if record.date is None and mention.date is not None and mention.status is record.status:
        record.date = mention.date
    if record.location is None and mention.location is not None:
        record.location = mention.location
    if record.title is None and mention.title is not None:
        record.title = mention.title
    if not record.parties and mention.parties and not mention.anaphor:
        record.parties = mention.parties
    elif mention.bound and set(record.parties) < set(mention.bound):
        record.parties = mention.bound  # "Under the agreement, A and B must ..."
    elif (
        record.title is not None
        and mention.title is not None
        and record.first.party_basis == mention.party_basis == "named"
        and not set(mention.parties) <= set(record.parties)
    ):
        # "A remains committed to the X Accord. ... B reaffirmed its commitment to the X
        # Accord": every state the story tells holding to a named instrument is its party
        record.parties = tuple(sorted({*record.parties, *mention.parties}, key=str))
    if (
        record.title is not None
        and mention.title is not None
        and not record.title.split()[-1][:1].isupper()
        and mention.title.split()[-1][:1].isupper()
    ):
        record.title = mention.title  # prefer "Louvre Accord" to "Louvre accord"
    if (
        record.status is AgreementStatus.SIGNED
        and mention.status is AgreementStatus.RATIFIED
        # "signed a treaty in 1983. The current treaty expires this year": the expiry is no
        # later status, so the signing's year stays
        and not (mention.by_term and record.date is not None)
        # "signed the X in June 2022. ... reviewed the implementation of the X's provisions":
        # an implementing told later dates no step, so the dated signing stays the record's
        and not (mention.by_implementing and record.date is not None)
    ):
        record.status = AgreementStatus.RATIFIED
        record.date = mention.date  # the date of its latest status
    elif (
        mention.status_cue
        and not record.cued
        and record.title is None
        and mention.title is None
        and not mention.anaphor
        and record.topic
        and record.topic == mention.topic
    ):
        record.status = mention.status  # the status the cued mention of that topic tells
    record.cued = record.cued or mention.status_cue


def own_topic(records: Sequence[Record], mention: Mention) -> bool:
    """Whether a definite, unnamed instrument is not the one told last: a topic of its own.

    "the protocol of the 6th session" after a transit agreement, "the draft agreement on
    taxation, being negotiated" after an investment agreement in force: it shares no topic
    word with the last one and differs from it in status, or is of another specific kind
    ("the agreement" may still refer back to a memorandum; "the protocol" not to an agreement).
    """
    if not records or not mention.topic or not mention.status_cue or mention.count != 1:
        return False
    last = records[-1]
    return (
        not mention.vague
        and not last.vague
        and last.count == 1
        and not (last.topic & mention.topic)
        and (
            (last.kind is not mention.kind and mention.kind not in ANY_DEAL)
            or last.status is not mention.status
        )
    )


def known_as(text: str, title: str, record: Record) -> bool:
    """Whether ``title`` is another name the sentence gives the instrument just read."""
    if record.title is None or record.evidence[-1].text != text:
        return False
    at = text.find(title)
    return at > 0 and _KNOWN_AS.search(text, max(0, at - 40), at) is not None


ANY_DEAL = frozenset([AgreementKind.AGREEMENT, AgreementKind.OTHER])


def into_named(records: list[Record]) -> list[Record]:
    """Fold unnamed mentions into the one instrument of their kind the story names.

    "a draft treaty on missiles ... the INF treaty ... the treaty" is one treaty
    when the story names no other of its kind; two named ones leave all apart.
    """
    named: dict[AgreementKind, Record | None] = {}
    for record in records:
        # "agreement", "deal", "pact" and "accord" are said of every kind of deal: a
        # story on the Paris accord may well tell of a chip pact too.
        if record.title is not None and record.kind not in ANY_DEAL:
            named[record.kind] = record if record.kind not in named else None
    if not any(named.values()):
        return records
    kept: list[Record] = []
    for record in records:
        target = named.get(record.kind)
        if (
            target is None
            or record is target
            or record.title is not None
            or record.count > 1
            or record.status is not target.status
            or not _compatible_dates(record.date, target.date)
            or (target.parties and _jaccard(target.parties, record.parties) < 0.5)
        ):
            kept.append(record)
            continue
        if not target.parties or len(record.parties) > len(target.parties):
            target.parties = record.parties  # "a treaty with the Soviet Union" tells who
        target.date = target.date or record.date
        target.location = target.location or record.location
        target.evidence = sorted({*target.evidence, *record.evidence}, key=lambda s: s.start)
    return kept


def into_ratified(records: list[Record]) -> list[Record]:
    """Fold the told signing of an instrument into its ratification, the story's later step.

    "The parliament ratified the treaty with B ... The treaty, which the ministers signed in
    Bishkek, ...": a definite, single record told signed (a mention with a signing cue) whose
    sides all are sides of the one ratified record of a like kind, with no day of its own, is
    that instrument's earlier step; the record keeps the ratification's status and day. So
    is a named one whose signing the story dates before the ratification ("The X Agreement,
    which the ministers signed in P last December"). An indefinite one ("signed a
    memorandum"), an unnamed one whose signing the story dates ("signed on December 22,
    2022") and one no cue tells signed ("The agreement completes the border") are records of
    their own.
    """
    ratified = [r for r in records if r.status is AgreementStatus.RATIFIED and r.count == 1]
    if not ratified:
        return records
    kept: list[Record] = []
    for record in records:
        targets = [r for r in ratified if _earlier_step(record, r)]
        if len(targets) != 1:
            kept.append(record)
            continue
        # (its sentences stay out of the ratification's evidence: a ratification told once
        # is dated by the lead that tells it, see finish)
        targets[0].location = targets[0].location or record.location
    return kept


def _earlier_step(record: Record, target: Record) -> bool:
    """Whether ``record`` tells the signing of the ratified ``target``."""
    return (
        record is not target
        and record.status is AgreementStatus.SIGNED
        and record.cued  # a signing told, not the status a mention with no cue defaults to
        and record.count == 1
        and not record.vague
        and record.item_of is None
        and not record.first.indefinite
        and bool(record.parties)
        and set(record.parties) <= set(target.parties)
        # ("the agreement", "the deal" name any kind; "three memoranda" not an agreement)
        and (record.kind is target.kind or record.kind in ANY_DEAL)
        and (record.title is None or target.title is None)
        # a name sharing no word with the ratified one's topic is another instrument ("the
        # protocol amending the labour chapter of the X Trade Agreement": the protocol's)
        and (record.title is None or bool(record.topic & target.topic))
        and not (record.topic and target.topic and not record.topic & target.topic)
        and (
            record.date is None
            # "The X Agreement, which A's and B's ministers signed in P last December" after
            # its ratification today: a named one's signing dated (before the ratification,
            # where that is dated yet) is that instrument's earlier step, as an undated one is
            or (
                record.title is not None
                and (
                    target.date is None
                    or (
                        record.date < target.date
                        and not _compatible_dates(record.date, target.date)
                    )
                )
            )
        )
        and not target.vague
    )
