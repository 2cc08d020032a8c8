"""Written instruments between states: what was signed (or is to be), by whom, when.

The extractor looks only at sentences that contain an instrument word
("agreement", "memorandum of understanding", "accord", "treaty", "deal",
...). For each such word it reads the words around it:

- the *modifiers* before it, back to a determiner ("a 1986 U.S.-Japanese
  semiconductor agreement"): a year or "<Month>'s" dates it, states named
  there are its parties, capitalised names make a title, a number counts it;
- a "between A and B" / "with A" phrase after it names the parties;
- the status cue nearest to it ("signed", "to be signed", "ratified",
  "draft", ...; see ``agreement_words.json``) sets the status, and a date
  or a city right after a signing verb dates and places it.

Titles: a title is kept only when the instrument has a *name*: capitalised
words that are not a country's name or demonym ("Louvre Accord", "Paris
accord", "Baku Declaration on Cooperation", "Agreement on Trade"), and not
after "a"/"an" (a name takes "the"). A descriptive phrase such as
"memorandum of understanding on cooperation in energy" has no title.

Parties: the states named in the modifiers or in a "between"/"among"/"with"
phrase; else, for an unnamed instrument, the states named elsewhere in the
sentence (datelines and "in <city>" locations excepted); else "the two
countries"/"the sides" are the two states the article names most (an
unnumbered "the parties" adds the states a sentence lists as taking part);
else, when a signing verb (or a signing to come) is stated, the states of the
previous sentence, else of the headline or the lead sentence. A named
instrument that names none takes the states listed after a group ("the Group
of Seven - the US, Japan, ...") in its sentence or a next one opening "It ...". An
unnamed instrument with no party is dropped (a company deal, a sports
contract), and so is a bare "the agreement", which only refers back to the
instrument mentioned last and adds its date or place to it. An instrument still
with no party at the end takes the sides its own sentence tells when that sentence
tells an act on it and names no group: "between the two countries ... signed in
2014" (the story's two states), "signed by the parliaments of A, B and C".

Not instruments: contracts, loans, "deals worth $X" (commercial packages),
"no treaty", "reached agreement on" (consent), "deal with" (the verb),
"Convention Center", "diplomatic protocol",
instruments signed by companies or businessmen, deals with a non-state armed
movement ("a deal between A and <movement>"), an organisation that bears
an instrument's name ("General Agreement on Tariffs and Trade" as a body),
and the convention in a "Conference of the Parties to ...".

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.agreements._mention import BARE_HEAD, Mention, read_mention
from diplonews.agreements._parties import (
    BOTH_SIDES,
    DATELINE,
    in_location,
    in_name,
    of_the_day,
    only_states,
    party_of,
    shifted,
    states,
)
from diplonews.agreements._prose import consent_before, stance_clause
from diplonews.agreements._status import SIGNATURE_NOUN, cue_status, lazy_dates
from diplonews.agreements._words import (
    INSTRUMENT,
    abbreviation,
    business_in,
    business_signed,
    is_plural,
    iter_heads,
    kind_of,
    title_key,
    vocabulary,
)
from diplonews.errors import DateParseError
from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.text import (
    BodyMentions,
    PersonMention,
    Sentence,
    body_mentions,
    by_section,
    extract_people,
    split_sentences,
)
from diplonews.text.countries import (
    CountryMention,
    city_country,
    dateline_place,
    extract_country_mentions,
    place_country,
)
from diplonews.text.dates import extract_dates, month_number, number_word, parse_date
from diplonews.values import Country, PartialDate, Place, Span

__all__ = ["extract_agreements"]


# A group followed by the list of its members: "six nations -", "the Group of Seven -".
_GROUP_LIST = re.compile(
    r"\b(?:nations|countries|states|governments|Group\s+of\s+[A-Z]\w+|G-?\d{1,2})"
    r"\s*(?:--|[-–—:])\s+"  # a wire's dash may be two hyphens: "five countries -- A, B"
)
# The end of such a list: a closing dash, a bracket or a new clause.
_LIST_END = re.compile(r"\s(?:--|[-–—])\s|[;()]")
# A sentence that goes on about the instrument just named.
# Between a counted plural and a second plural its count covers: "23 MoUs and agreements".
_COUNTED_PAIR = re.compile(r"\s*(?:,|and|&|as\s+well\s+as)\s+(?:[a-z-]+\s+)?")
# A part of a counted set, told right after it: ", including 5", "of which 7".
_SUBSET = re.compile(
    r"[^.;:]{0,40}?\b(?:including|among\s+them|among\s+which|of\s+which|of\s+them)\s+"
    r"(?:[\w-]+\s+){1,4}$"
)
# A definite article before a count: "the 14 documents", "these seven signed agreements",
# "all 14": a set already told, when a signing of that many was told before.
_TOLD_COUNT = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll(?:\s+the)?)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[a-z-]+\s+)?\Z"
)
# A sentence opening on a set told before as what it adds to: "Besides the 14 documents,",
# "In addition to these agreements,": what it tells is not one of them.
_BEYOND_SET = re.compile(
    r"\W*(?:Besides|In\s+addition\s+to|Apart\s+from|Aside\s+from|On\s+top\s+of|Beyond)\s+"
    r"(?:the|these|those|all)\b"
)
_IT_OPENS = re.compile(r"(?:It|This|That)\b")
# An instrument that another one amends or extends exists already: "a protocol amending
# the agreement on", "amendments to the treaty".
# A relative clause telling an amended instrument's own signing: "the Agreement on X, which
# the two governments signed in Lima in 2018" (a record of its own).
_SIGNED_BEFORE = re.compile(
    r"\s+(?:on|for|in|between)\s[^.;:,]{0,100},\s*which\s+(?P<who>(?:[\w-]+\s+){1,4}?)"
    r"(?:had\s+|have\s+|has\s+)?signed\s+(?:in|on)\s"
)
# A passive clause with no agent: "which was signed in", "which had been signed on".
_NO_AGENT = re.compile(r"(?:(?:also|originally|first|only)\s+)?(?:was|were|is|are|been)\s+")
# A year among an instrument's words before its head: "the 1999 transit agreement".
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_AMENDED = re.compile(
    r"\b(?:amend(?:s|ing|ed)?|amendments?\s+to|extending|prolonging)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The next item of a list of instruments: "..., an", ", and a", " and the", ", as well as an".
_NEXT_IN_LIST = re.compile(
    r"[^.;:!?]{0,200}?(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+)(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}"
)
# A protocol's parent instrument, right after its name: "the Additional Protocol to the trade".
_TO_THE_PARENT = re.compile(r"\s+to\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}")
# Only an opening bracket between two instrument words: the second abbreviates the first.
_ABBREVIATION = re.compile(r"\s*\(\s*$")
# The form a deal just told takes, right after it: "The agreement, set out in a memorandum
# of understanding,", "the accord, in the form of a protocol": one instrument, not two.
_FORM_OF = re.compile(
    r"\s*,\s*(?:(?:set|laid)\s+(?:out|down)|embodied|contained|enshrined|recorded|written)"
    r"\s+in\s+(?:a|an|the)\s+"  # "set out in a", "embodied in the"
    r"|\s*,\s*in\s+the\s+form\s+of\s+(?:a|an)\s+",  # ", in the form of a"
    re.IGNORECASE,
)
# Consent that a later "Under the agreement" shows to be an instrument: "reached agreement".
_REACHED = re.compile(r"\breach(?:ed|es)?\s+agreement\b", re.IGNORECASE)
# Who the consent is with, right after it: "agreement with the foreign banks it owes".
_WITH_WHOM = re.compile(r"\s+with\s+(?P<who>(?:[\w'’-]+\s+){0,4}[\w'’-]+)")
# Another name given to the instrument just named: ", better known as the", ", or the".
_KNOWN_AS = re.compile(
    r"(?:(?:better|also|commonly|often|widely)\s+)?(?:known|referred\s+to)\s+as\s+"
    r"(?:the\s+)?[“\"]?$"
)
# "could join the", "to accede to the new": the instrument already exists, the joiner is
# not yet a party.
_JOINS_THE = re.compile(
    r"\b(?:join|accede\s+to)\s+(?:\w+\s+)?the\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# Link lines of web pages: "READ: ...", "Also read: ...", "Related: ...".
_LINK_LINE = re.compile(
    r"^\s*(?:READ|Read|ALSO\s+READ|Also\s+read|Related|RELATED)\b"  # the label
    r"\s*(?:more|MORE|also|ALSO)?\s*:"  # "Read more:"
)


@attrs.define
class _Record:
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
    item_of: _Record | None = None  # the summary ("7 documents:") whose list names this one
    vague: bool = False  # "documents were signed": no number, no name
    cued: bool = False  # some mention of it has a status cue


def _jaccard(a: Sequence[Party], b: Sequence[Party]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.contains(b) or b.contains(a)


def _same_instrument(record: _Record, mention: Mention) -> bool:
    """Whether ``mention`` speaks of the instrument ``record`` already holds."""
    if record.title is not None or mention.title is not None:
        if record.title is not None and mention.title is not None:
            key = title_key(mention.title)
            if key in record.aliases:
                return True  # "the MFA pact" after "the Multi-Fibre Agreement (MFA)"
            a, b = sorted((title_key(record.title), key), key=len)
            # "Los Angeles Declaration" is short for "... Declaration on Migration and Protection".
            if a == b or (bool(a) and b.startswith(a + " ")):
                return True
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
            and _headline(record)
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
        _headline(record)
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
        and mention.kind not in _ANY_DEAL
        and record.kind not in _ANY_DEAL
    ):
        # "the memorandum between A and an agency" after a protocol of A and B: sides of its
        # own and another kind of document, another one
        return False
    if record.topic and mention.topic and not (record.topic & mention.topic):
        return False
    return bool(mention.parties) and _jaccard(record.parties, mention.parties) >= 0.5


def _reference_to_named(
    record: _Record, mention: Mention, named: _Record | Mention, plain: _Record | Mention
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


def _headline(record: _Record) -> bool:
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


def _new_record(mention: Mention) -> _Record:
    if mention.title is not None:
        rule = "named"
    elif mention.count > 1:
        rule = "count"
    else:
        rule = mention.party_basis
    return _Record(
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


def _absorb(record: _Record, mention: Mention) -> None:
    """Add what a later mention of the same instrument tells."""
    if _headline(record) and mention.sentence not in record.evidence:
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
    if record.status is AgreementStatus.SIGNED and mention.status is AgreementStatus.RATIFIED:
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


@by_section
def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """Find the written instruments between states that ``article`` reports.

    Args:
        article: The article; relative dates resolve against ``article.published``.

    Returns:
        One :class:`~diplonews.models.Agreement` per distinct instrument, in
        order of first mention; ``()`` when there is none.

    >>> from diplonews import Article
    >>> from diplonews.agreements import extract_agreements
    >>> import datetime as dt
    >>> body = ("Azerbaijan and Turkey signed a memorandum of understanding on energy "
    ...         "on July 27, 2021. The document was signed in Baku.")
    >>> [(a.kind.value, [str(p) for p in a.parties], a.status.value, str(a.date), a.location.city)
    ...  for a in extract_agreements(Article(body=body, published=dt.date(2021, 7, 28)))]
    [('memorandum', ['AZE', 'TUR'], 'signed', '2021-07-27', 'Baku')]
    >>> body = "The dollar has fallen since the Plaza agreement."
    >>> [(a.title, a.date) for a in extract_agreements(Article(body=body))]
    [('Plaza agreement', None)]
    >>> extract_agreements(Article(body="The club agreed a three-year deal with the striker."))
    ()

    .. versionadded:: 0.1.0
    """
    body = article.body
    heads = [m.start() for m in iter_heads(body)]
    if not heads:
        return _consent_at_meeting(article)
    article = _on_story_day(article)  # "ISLAMABAD, Sept 3 - ... signed here today" on Sept 4
    sentences = _split_items(split_sentences(body))
    found = body_mentions(body)
    records: list[_Record] = []
    body_story = _BodyStory(sentences, found)  # a story on a meeting of a group's body
    story = _StoryStates(found, body, article, sentences)  # the states it names most, counted once
    business_deal = False  # the story's first instrument is a company's
    business_sides: set[Party] = set()  # the states its sentence names
    consent: int | None = None  # the sentence where the sides "reached agreement", if any
    for index, starts in _trigger_sentences(sentences, heads):
        sentence = sentences[index]
        text = sentence.text
        if _LINK_LINE.match(text):
            continue
        mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
        dateline = DATELINE.match(text)
        dateline_end = dateline.end() if dateline else 0
        dates = lazy_dates(text, article.published)
        last_end = -10
        list_status: AgreementStatus | None = None  # the cued status of the sentence's list
        counted_end, counted = -1, 0  # the end and count of the last counted plural
        plural_end = -1  # the end of the last unnamed plural ("15 documents") in the sentence
        amends = "mend" in text or "extending" in text or "prolonging" in text
        if records and _AMONG_THEM.match(text) and _plural_signing(records[-1]):
            among = _named_among(records[-1], sentence, starts)
            if among:
                records += among
                continue
        item = _list_item(sentences, index, starts[0])
        if item is not None:
            record = _item_record(sentences, index, item, records, found)
            if record is not None:
                records.append(record)
                continue
        for start in starts:
            head = INSTRUMENT.match(text, start - sentence.start)
            if head is None:
                continue
            amended = (
                _AMENDED.search(text, max(0, head.start() - 40), head.start()) if amends else None
            )
            # "will sign a protocol amending the X, which was signed in 2010": a signing done
            # is the amended one's when the amending one is still to come
            amending_planned = bool(
                records
                and records[-1].evidence[-1] is sentence
                and records[-1].status is AgreementStatus.PLANNED
            )
            if amended is not None and not _own_signing(text, amended, head, amending_planned):
                last_end = head.end()
                continue  # "a protocol amending an agreement on visas": that one exists
            if (
                records
                and records[-1].evidence[-1] is sentence
                and records[-1].title is not None
                and _inside_title(text, records[-1].title, head)
            ):
                last_end = head.end()
                continue  # "the Protocol on Phase II of the A-B Trade Agreement": one name
            if _ABBREVIATION.match(text, last_end, head.start()):
                last_end = head.end()
                continue  # "memorandums of understanding (MoUs)": one instrument, named twice
            if (
                records
                and records[-1].evidence[-1] is sentence
                and _FORM_OF.fullmatch(text, last_end, head.start())
            ):
                last_end = head.end()
                if records[-1].title is None and records[-1].kind in _ANY_DEAL:
                    records[-1].kind = kind_of(head.group("head"))
                continue  # "The agreement, set out in a memorandum,": the deal's own form
            if (
                counted_end >= 0
                and is_plural(head.group("head"))
                and _COUNTED_PAIR.fullmatch(text, counted_end, head.start())
            ):
                last_end = head.end()
                if (
                    records
                    and records[-1].count > 1
                    and records[-1].kind is not kind_of(head.group("head"))
                ):
                    records[-1].kind = AgreementKind.OTHER  # documents of two kinds
                continue  # "23 memoranda and agreements": one count covers both words
            prev_end, last_end = last_end, head.end()
            extra_evidence: Sentence | None = None
            mention = read_mention(
                article, sentence, head, mentions=mentions, dates=dates, dateline_end=dateline_end
            )
            if (
                mention is not None
                and mention.party_basis == "sentence"
                and not mention.status_cue
                and mention.title is None
                and mention.parties
                and (topics := _TOPIC_LIST.match(text, head.end())) is not None
                and all(m.start >= topics.end() for m in mentions if party_of(m) in mention.parties)
            ):
                # "the ministers discussed the grain deal, the situation in C and ...": a topic
                # among others; a state of another topic is no side of the deal
                mention = attrs.evolve(mention, parties=())
            if (
                mention is not None
                and amends
                and _AMENDED.search(text, max(0, head.start() - 40), head.start())
            ):
                # "a protocol amending the Agreement on X, which the two governments signed in
                # Lima in 2018": the amended one is signed, on the day of its own clause; the
                # protocol before it does not take that day
                mention = attrs.evolve(
                    mention, status=AgreementStatus.SIGNED, status_cue=True, own_status=True
                )
                if (
                    records
                    and records[-1].evidence[-1] is sentence
                    and records[-1].date == mention.date
                ):
                    records[-1].date = None
            if (
                mention is not None
                and mention.date is None
                and mention.status is AgreementStatus.SIGNED
                and index > 0
                and _THAT_EVENT.match(text, dateline_end)
            ):
                # "The treaty was signed in Lima on May 3. On that occasion, the two countries
                # also signed a plan": the day the sentence before tells
                day_before = extract_dates(sentences[index - 1].text, article.published)
                if day_before:
                    mention = attrs.evolve(mention, date=day_before[-1].date)
            if (
                mention is not None
                and mention.status is AgreementStatus.SIGNED
                and index > 0
                and _DONE_THEN.match(text, head.end())
                and _IMPLEMENTED_NOW.search(sentences[index - 1].text)
            ):
                # "the agreements reached during that visit are being implemented. The Action
                # Plan adopted at that time was cited": one of them, in force now
                mention = attrs.evolve(mention, status=AgreementStatus.RATIFIED, date=None)
            if (
                mention is not None
                and mention.status is AgreementStatus.SIGNED
                and records
                and records[-1].status is AgreementStatus.RATIFIED
                and records[-1].evidence[-1] in sentences[max(0, index - 1) : index + 1]
                and _TOGETHER_WITH.search(text, max(0, head.start() - 60), head.start())
            ):
                # "The bill was adopted by the assembly, together with a protocol on X": the
                # ratifying act just told takes this one too
                mention = attrs.evolve(
                    mention, status=AgreementStatus.RATIFIED, date=records[-1].date
                )
            if (
                mention is not None
                and mention.status is AgreementStatus.SIGNED
                and _SET_MEMBER.match(text, dateline_end)
            ):
                ratified_day = _ratified_set(sentences, index, article.published)
                if ratified_day is not None:
                    # "signed laws on the ratification of three documents. The first of them is
                    # the Agreement on X": one of the set, ratified on the set's day
                    mention = attrs.evolve(
                        mention,
                        status=AgreementStatus.RATIFIED,
                        status_cue=True,
                        date=ratified_day[0],
                    )
            if mention is not None and mention.status_cue:
                list_status = mention.status
            elif (
                mention is not None
                and list_status is not None
                and list_status is not mention.status
                and _NEXT_IN_LIST.fullmatch(text, prev_end, head.start())
            ):
                # "expected to be signed are the Treaty on X between A and B, an agreement on Y
                # and a programme of Z": one verb for the whole list, however far
                mention = attrs.evolve(mention, status=list_status)
            if (
                mention is not None
                and mention.count == 1
                and records
                and records[-1].kind is AgreementKind.PROTOCOL
                and records[-1].title is not None
                and not records[-1].parties
                and records[-1].evidence[-1] == sentence
                and _TO_THE_PARENT.fullmatch(text, prev_end, head.start())
            ):
                # "the Additional Protocol to the trade agreement with B": one document, whose
                # sides the agreement it belongs to tells
                records[-1].parties = mention.parties
                continue
            if (
                mention is not None
                and mention.count > 1
                and mention.title is None
                and _TOLD_COUNT.search(text, max(0, head.start() - 40), head.start())
                and any(
                    r.count == mention.count and r.status is mention.status and r.item_of is None
                    for r in records
                )
            ):
                continue  # "Besides the 14 documents, ...": the 14 told before, no new set
            if (
                mention is not None
                and counted_end >= 0
                and 1 < mention.count < counted
                and _SUBSET.match(text, counted_end, head.start())
            ):
                continue  # "20 documents, including 5 agreements": a part of the 20
            if plural_end >= 0 and (mention is None or mention.count == 1):
                in_list = _listed_item(records, sentence, plural_end, head, mention)
                if in_list is not None:
                    records.append(in_list)  # "15 documents, among them a road map and an X"
                    continue
            if (
                mention is not None
                and plural_end >= 0
                and mention.vague
                and mention.title is None
                and mention.count == 1
                and records
                and records[-1].vague
                and records[-1].count == 1
                and records[-1].evidence[-1] is sentence
                and records[-1].status is mention.status
                and _PLURAL_PAIR.fullmatch(text, plural_end, head.start())
            ):
                # "several agreements and memoranda are to be signed": one set of documents
                # of two kinds, not one of each
                if records[-1].kind is not mention.kind:
                    records[-1].kind = AgreementKind.OTHER
                plural_end = head.end()
                continue
            if (
                mention is not None
                and mention.title is None
                and (mention.count > 1 or mention.vague)
            ):
                plural_end = head.end()
            counted_end, counted = (
                (head.end(), mention.count)
                if mention is not None and mention.count > 1
                else (-1, 0)
            )
            if mention is None:
                if BARE_HEAD.fullmatch(head.group("head").casefold()):
                    continue  # "said in a statement": no instrument, and no company's either
                if _REACHED.search(text, max(0, head.start() - 30), head.end()):
                    consent = index if consent is None else consent
                    # "A should reach agreement with the lending banks by June": the story's
                    # first deal is the banks'; not "agreed at talks enabling airlines to ..."
                    with_whom = _WITH_WHOM.match(text, head.end())
                    opened = bool(
                        not records
                        and with_whom is not None
                        and business_in(text, with_whom.start("who"), with_whom.end("who"))
                    )
                else:
                    opened = not records and business_signed(text, head)
                if opened and not business_deal:
                    business_deal = True
                    business_sides = {p for p in map(party_of, mentions) if p is not None}
                continue
            if business_deal and mention.bare and not records:
                continue  # "added to the agreement" after the carriers' agreement: theirs
            if (
                business_deal
                and not records
                and mention.title is None
                and mention.kind is AgreementKind.AGREEMENT
                and mention.party_basis == "sentence"
                and len(mention.parties) == 1
                and mention.parties[0] in business_sides
            ):
                # "A wants an agreement that spurs growth" after A's deal with the lending banks,
                # "the agreement is the latest of A's deals" after a company's deal with A:
                # that deal, not one between states
                continue
            if records and _SIMILAR_BEFORE.search(text, max(0, head.start() - 20), head.start()):
                # "B expects to sign an agreement on visas with C. Negotiations on a similar
                # document with D are under way": of that kind, between B (the side the story
                # names more) and D
                mention = attrs.evolve(mention, kind=records[-1].kind)
                if (
                    len(mention.parties) == 1
                    and len(records[-1].parties) == 2
                    and mention.parties[0] not in records[-1].parties
                ):
                    sides = story.with_home_of(records[-1].parties, mention.parties[0])
                    mention = attrs.evolve(mention, parties=sides)
            if (
                not mention.parties
                # (not "adopted a joint statement": the meeting's text, no instrument signed)
                and not head.group("head").casefold().startswith(("statement", "communiq"))
                and _GROUP_SUBJECT.search(text, 0, head.start())
                and (roster := _summit_roster(sentences, found, story))
            ):
                # "The meeting, chaired by A's president, was attended by the presidents of B,
                # C and D ... the heads of state signed the X": the states that took part
                mention = attrs.evolve(mention, parties=roster)
            if not mention.parties and _OUR_SIDES.search(text, 0, head.start()):
                # "our leaders signed the declaration", said by one side's envoy in a story on
                # two states: both of them
                pair = story.top(2)
                if len(pair) == 2:
                    mention = attrs.evolve(mention, parties=pair)
            if (
                records
                and mention.title is None
                and not mention.bound
                and _JOINS_THE.search(text, 0, head.start())
            ):
                # "Brazil could join the deal": the told deal; a joiner is no party yet
                _absorb(records[-1], attrs.evolve(mention, parties=()))
                continue
            fresh = False  # an anaphor with a topic of its own: another instrument
            other_kind = False  # an anaphor of another specific kind than the last record's
            if mention.anaphor:
                # "the agreements to be signed on ...": its own status, another instrument.
                # "the agreements to connect B's grid" after one named accord: not that one
                many = bool(
                    mention.vague and records and records[-1].count == 1 and not records[-1].vague
                )
                own = bool(mention.parties) and (mention.own_status or many)
                # "documents were signed ... put their signatures to the joint communique": one
                # of the documents, a record of its own
                one_of = bool(
                    records
                    and records[-1].vague
                    and not mention.vague
                    and records[-1].kind is not mention.kind
                ) or bool(
                    # "agreed to prepare agreements ... welcomed the entry into force of the
                    # agreement on taxation": one with a topic and a status the set has not
                    records
                    and (records[-1].vague or records[-1].count > 1)
                    and not mention.vague
                    and mention.count == 1
                    and mention.topic
                    and mention.status_cue
                    and mention.status is not records[-1].status
                )
                # "the full agreement is to be signed in May ... the interim agreement signed in
                # 2018": a done status and a date of its own, another instrument
                one_of = one_of or bool(
                    records
                    and mention.own_status
                    and mention.date is not None
                    and records[-1].date is None
                    and records[-1].status is AgreementStatus.PLANNED
                    and mention.status is not AgreementStatus.PLANNED
                )
                # "the convention" does not refer back to an action programme: another kind
                other_kind = bool(
                    records
                    and mention.kind not in _ANY_DEAL
                    and records[-1].kind not in _ANY_DEAL
                    and records[-1].kind is not mention.kind
                )
                # "the protocol of the 6th session" after a trade agreement, "the agreement on
                # a bridge, ratified in June" after a protocol: a topic of its own and another
                # kind or status, another instrument
                fresh = _own_topic(records, mention)
                # "The agreement on taxation with C entered into force" after A and B's: a
                # state its own sentence names that the last one's sides lack, another one
                own_states = _phrase_states(text, head, mentions) if records else ()
                elsewhere = bool(
                    own_states
                    and records[-1].parties
                    and mention.title is None
                    and not (many or one_of or other_kind or fresh)
                    and not any(set(own_states) <= set(r.parties) for r in records)
                )
                if elsewhere and len(mention.parties) == 1 and len(records[-1].parties) == 2:
                    # its other side: the one of the last pair the story names more
                    sides = story.with_home_of(records[-1].parties, mention.parties[0])
                    mention = attrs.evolve(mention, parties=sides)
                if (
                    records
                    and not elsewhere
                    and not many
                    and not one_of
                    and not other_kind
                    and not fresh
                    and not (
                        own
                        and mention.status is not records[-1].status
                        # "X ratified the pact ... The document was signed in May": its signing
                        and not (
                            mention.bare
                            and mention.status is AgreementStatus.SIGNED
                            and records[-1].status is AgreementStatus.RATIFIED
                        )
                    )
                ):
                    _absorb(records[-1], mention)
                    continue
                if one_of:
                    parties = mention.parties or records[-1].parties
                    records.append(_new_record(attrs.evolve(mention, parties=parties)))
                    continue
                if business_deal:
                    continue  # "the deal" after "Shell signed a deal": the company's
                if not records and len(mention.bound) >= 2 and not own:
                    # "As part of that agreement, A and B agreed to ...": its parties
                    records.append(
                        _new_record(attrs.evolve(mention, parties=mention.bound, anaphor=False))
                    )
                    continue
                agreed = (
                    consent_before(sentences, index, found, article.published)
                    if not records
                    and consent is None
                    and not own
                    and mention.bare
                    and not mention.topic
                    else None
                )
                if agreed is not None and len(agreed.sides) == 1:
                    # "A agreed to buy more of B's grain ... the agreement": with the state
                    # the story names most besides A, if any
                    other = _story_side(story, agreed.sides[0])
                    agreed = (
                        attrs.evolve(agreed, sides=(agreed.sides[0], other))
                        if other is not None
                        else None
                    )
                if agreed is not None:
                    # "A and B agreed to open a ferry link. ... the deal": that consent's
                    record = _new_record(attrs.evolve(mention, parties=agreed.sides, anaphor=False))
                    record.evidence.insert(0, sentences[agreed.index])
                    record.date = record.date or agreed.date  # "agreed on Monday"
                    records.append(record)
                    continue
                if not records and consent is not None and not own:
                    # "both countries reached agreement at the talks ... Under the agreement,"
                    sides = _consent_sides(sentences[consent], found, story)
                    if sides:
                        record = _new_record(attrs.evolve(mention, parties=sides, anaphor=False))
                        record.evidence.insert(0, sentences[consent])
                        records.append(record)
                    continue
                # "negotiations on the new agreement", "ratified the treaty" opening the story
                told = (
                    bool(mention.parties)
                    and mention.status_cue
                    and (mention.status is not AgreementStatus.SIGNED or bool(mention.topic))
                    and not records
                    and not head.group("head").casefold().startswith("deal")
                )  # "The agreement on visas between A and B was signed in 2010": its own topic
                if mention.party_basis not in ("both_sides", "previous_sentence") and not (
                    own or told or fresh or elsewhere or _body_document(body_story, text)
                ):
                    continue  # "the agreement" with nothing to refer back to
            if not mention.parties and mention.title and mention.party_basis == "both_sides":
                # "the two countries": the pair its sentence names, else the story's two
                pair = only_states(states(mentions, dateline_end, len(text), text))
                if len(pair) == 1 and _COUNTERPART_OF.search(text):
                    # "ISLAMABAD: ... the minister will meet his Uzbek counterpart to review
                    # the X Agreement between the two countries": an official of no state
                    # named meeting a foreign counterpart is of the dateline's state
                    home_code = _dateline_state(article, body)
                    if home_code is not None and Country(home_code) not in pair:
                        pair = (*pair, Country(home_code))
                if len(pair) != 2:
                    pair = _sides(sentences, found, story, text)
                mention = attrs.evolve(mention, parties=pair)
            if (
                not mention.parties
                and mention.title
                and mention.party_basis == "previous_sentence"
                and index > 0
            ):
                # "... held talks with ... Then the presidents signed the Treaty on X."
                prev = sentences[index - 1]
                in_prev = shifted(found.between(prev.start, prev.end), prev.start)
                named = only_states(states(in_prev, 0, len(prev.text), prev.text))
                if _body_document(body_story, text):
                    # "At the end of the summit, the leaders adopted the X Declaration" after
                    # a pair's talks on its sidelines: the body's members', none named
                    named = ()
                if not 1 < len(named) <= 4:
                    named = _headline_sides(article, sentences, found, text)
                if not named and BOTH_SIDES.search(prev.text):
                    named = _sides(sentences, found, story, prev.text)
                if not named and not _body_document(body_story, text):
                    named = _story_signers(story, sentences, text, head)
                if named:
                    mention = attrs.evolve(mention, parties=named)
            if (
                not mention.parties
                and mention.title
                and mention.party_basis in ("named", "previous_sentence")
                and _MEETING_WORD.search(text)
                and _ADOPTION.search(text)
            ):
                # "the summit of A, B and C ended with the adoption of the X Declaration",
                # "A, B and C met on May 8. The summit adopted the X Declaration": the
                # states told as meeting
                named = _meeting_of(text, mentions)
                if (
                    len(named) < 2
                    and index > 0
                    and not _body_document(body_story, text)
                    and not any(m.kind == "group" for m in mentions)  # "the X member states"
                ):
                    named = _met_states(sentences[index - 1], found)
                if len(named) >= 2:
                    mention = attrs.evolve(mention, parties=named)
            if (
                not mention.parties
                and mention.title
                and (visit := _SIGNED_DURING_VISIT.match(text, _name_end_at(text, mention, head)))
                is not None
            ):
                # "the Joint Declaration on X, signed during President A's state visit to B in
                # 2020": of the host B and the visitor's state, the other side of the pair the
                # story's lead names
                host = [
                    Country(m.code)
                    for m in mentions
                    if m.kind == "name" and visit.start("host") <= m.start < visit.end("host")
                ]
                opening = sentences[0]
                in_opening = shifted(found.between(opening.start, opening.end), opening.start)
                lead_pair = only_states(states(in_opening, 0, len(opening.text), opening.text))
                if len(host) == 1 and len(lead_pair) == 2 and host[0] in lead_pair:
                    mention = attrs.evolve(mention, parties=tuple(sorted(lead_pair, key=str)))
            if not mention.parties and (title := mention.title) is not None:
                # "the X Declaration that President A launched in June": its signer A's state
                signers = _relative_signers(text, mention, head, mentions, article)
                if not signers and mention.party_basis == "named":
                    signers = _stance_officials(text, mention, mentions, article)
                if signers:
                    mention = attrs.evolve(mention, parties=signers)
                place = (title.split() or [""])[0]
                if not mention.parties and place and city_country(place) is not None:
                    # "the Paris accord" of a story telling "their February talks in Paris"
                    # with the states that met there: those states, that month
                    listed, when, where = _listed_at(article, sentences, found, place)
                    if where is not None and where is not sentence:
                        mention = attrs.evolve(mention, parties=listed, date=mention.date or when)
                        extra_evidence = where
            if not mention.parties and mention.title is None and mention.party_basis != "modifier":
                turn = (
                    _turn_pair(article, sentences, index, found, story)
                    if mention.party_basis in ("both_sides", "previous_sentence")
                    else ()
                )
                if turn:
                    # "In B's capital, the two sides signed ...", in a story of A's meetings
                    # with B, C and D in turn: A's and B's
                    mention = attrs.evolve(mention, parties=turn)
                elif mention.party_basis == "both_sides":
                    mention = attrs.evolve(mention, parties=_sides(sentences, found, story, text))
                elif (
                    mention.party_basis == "previous_sentence"
                    and (by_all := _BY_ALL.search(text, head.end())) is not None
                    and _NUMBER_WORDS.get(by_all.group("n").casefold(), 0) > len(story.counts)
                ):
                    # "the draft agreement, which is being coordinated by all five littoral
                    # states": of more states than the story names, none of them named
                    mention = attrs.evolve(mention, party_basis="many")
                elif mention.party_basis == "previous_sentence" and index > 0:
                    prev = sentences[index - 1]
                    in_prev = shifted(found.between(prev.start, prev.end), prev.start)
                    named = only_states(states(in_prev, 0, len(prev.text), prev.text))
                    if (
                        records
                        and prev in records[-1].evidence
                        and len(records[-1].parties) >= 2
                        and (
                            set(records[-1].parties) < set(named)
                            or (
                                records[-1].item_of is not None
                                and prev is not records[-1].first.sentence
                            )
                            # "In total, 12 documents were inked. He said a roadmap is being
                            # prepared": the sides of the signing just told, naming none
                            or (not named and len(records[-1].parties) <= 4)
                        )
                    ):
                        # "Among them is a road map for transit via C's port. Besides, the
                        # leaders adopted a declaration": the sides of the documents just told;
                        # a state of their topic is no signer
                        named = records[-1].parties
                    if len(named) == 1:
                        # "President A will visit B. In B's capital, he will hold talks with C;
                        # an agreement is to be signed": the visitor's state, told only by its
                        # official, is the other side
                        named = _with_officials(named, prev, article)
                    if numbered := _numbered_states(text, story):
                        # "a plan among the ministries of the six countries": the six the
                        # story names
                        named = numbered
                    elif _AT_THE_EVENT.search(text) and index > 1:
                        # "At the end of the talks, a plan was signed": the lead's sides
                        named = _headline_sides(article, sentences, found, text) or named
                    if not numbered and not 1 < len(named) <= 4:
                        named = _headline_sides(article, sentences, found, text)
                    if (
                        not named
                        and records
                        and prev in records[-1].evidence
                        and len(records[-1].parties) > 4
                    ):
                        # "The heads of A, B, C, D and E signed the X Declaration. In addition,
                        # the leaders approved an agreement on Y": the signers just told
                        named = records[-1].parties
                    if not named and BOTH_SIDES.search(prev.text):
                        # "the two leaders looked on ... After that, a protocol was signed"
                        named = _sides(sentences, found, story, prev.text)
                    if (
                        not named
                        and _BILATERAL_WORD.search(text, max(0, head.start() - 40), head.start())
                        and len(top := story.top(2)) == 2
                    ):
                        # "The intergovernmental agreement on visas, in force since May": an
                        # instrument of two governments, in a story on two states: theirs
                        named = top
                    if (
                        not named
                        and _INSTRUCTED_TO_DRAFT.search(
                            text, max(0, head.start() - 100), head.start()
                        )
                        and len(top := story.top(2)) == 2
                    ):
                        # "the leaders instructed their governments to draft a new cooperation
                        # programme": a document the story's two sides are to make
                        named = top
                    if not named and not _body_document(body_story, text):
                        named = _story_signers(story, sentences, text, head)
                    if not named and other_kind and records[-1].evidence[-1] is sentence:
                        # "Along with the treaty, the deputies ratified the protocol on X":
                        # another kind of document in the act of the one just told: its sides
                        named = records[-1].parties
                    if not named and not _body_document(body_story, text):
                        continue
                    mention = attrs.evolve(mention, parties=named)
                elif mention.party_basis == "previous_sentence" and index == 0 and article.title:
                    # the story opens on the signing: "A, B sign a deal" / "A deal was signed ..."
                    named = _headline_sides(article, sentences, found, text)
                    if named:
                        mention = attrs.evolve(mention, parties=named)
                if not mention.parties and mention.location is not None and mention.status_cue:
                    # "the pact they struck in Paris": the story lists who met there
                    listed, when, where = _listed_at(
                        article, sentences, found, mention.location.city or ""
                    )
                    if where is not None:
                        mention = attrs.evolve(mention, parties=listed, date=when or mention.date)
                        extra_evidence = where
                if not mention.parties and fresh and records:
                    mention = attrs.evolve(mention, parties=records[-1].parties)
                if (
                    not mention.parties
                    and mention.party_basis != "many"
                    and not _body_document(body_story, text)
                    and not _untold_declaration(mention, index, story)
                    and not _group_signers(text, mentions, head.start())
                ):
                    continue
            if (
                (
                    mention.party_basis == "with"
                    or (mention.party_basis == "sentence" and _TWO_SIDED.search(text) is not None)
                )
                and len(mention.parties) == 1
                and not mention.title
                and not any(m.kind == "group" for m in mentions)
            ):
                other = (
                    _other_named(text, mentions, mention.parties[0])
                    if mention.party_basis == "sentence"
                    else None
                ) or (
                    _home_body_side(article, body, text, head.start(), mention.parties[0])
                    or _story_side(story, mention.parties[0])
                )
                if other is None and (
                    _TWO_SIDED.search(text) is not None
                    or (mention.party_basis == "with" and _SIGNING_PROPER.search(text))
                ):
                    # "Nazarov and his Iranian counterpart signed", "the minister signed an
                    # agreement with B": in a story naming one other state, that state is
                    # the other side
                    other = _lone_other(story, mention.parties[0])
                if other is not None:
                    # "the peace agreement with B appears closer", in a story on A
                    mention = attrs.evolve(mention, parties=(other, *mention.parties))
            if (
                len(mention.parties) == 1
                and mention.party_basis in ("with", "sentence")
                and not mention.title
                and index > 0
                and " with " in text
                and mention.status is AgreementStatus.SIGNED
                and _SIGNING_PROPER.search(text) is not None
                and any(
                    m.code == str(mention.parties[0])
                    and _WITH_RIGHT_BEFORE.search(text, max(0, m.start - 12), m.start)
                    for m in mentions
                )
            ):
                # "He received the envoys of B and C ... A memorandum was signed with B": the
                # other side is the state of the lead's subject
                lead = _lead_subject(sentences[0], found, mention.parties[0])
                if lead is not None:
                    mention = attrs.evolve(mention, parties=(lead, *mention.parties))
            if (
                len(mention.parties) == 1
                and not mention.title
                and mention.party_basis == "sentence"
                and " side" in text
                and _ONE_SIDE.search(text)
            ):
                top = story.top(2)
                if len(top) == 2 and mention.parties[0] in top:
                    # "the Chilean side proposed to sign an agreement": one of the two sides
                    mention = attrs.evolve(mention, parties=top)
            pairs = _pairs_between(text, head.end(), mentions) if mention.vague else []
            if len(pairs) > 1:
                # "agreements setting up ties between A and B and between C and D": one each
                for pair in pairs:
                    records.append(
                        _new_record(
                            attrs.evolve(
                                mention, parties=pair, topic=frozenset(map(str, pair)), vague=False
                            )
                        )
                    )
                continue
            if mention.partners:
                # "Free Trade Agreements signed with A, B and C": one with each partner
                subject = [p for p in mention.parties if p not in mention.partners]
                if not subject and not any(m.kind == "group" for m in mentions):
                    # "accords were reached with A and B", in a story on C: C's
                    side = _story_side(story, mention.partners[0])
                    subject = [side] if side is not None and side not in mention.partners else []
                for partner in mention.partners:
                    records.append(
                        _new_record(
                            attrs.evolve(
                                mention,
                                parties=(*subject, partner),
                                topic=frozenset([str(partner)]),
                                partners=(),
                                vague=False,
                            )
                        )
                    )
                continue
            if len(mention.days) > 1 and mention.vague:
                # "the statements signed on May 3, 2019 and June 4, 2021": one signing each day
                for day in mention.days:
                    records.append(
                        _new_record(attrs.evolve(mention, date=day, days=(), vague=False))
                    )
                continue
            if len(mention.items) > 1:
                # "signed documents: on transport, on visas and on culture": one record each
                records.extend(_item_records(mention, found, sentence))
                continue
            if (
                mention.title is not None
                and records
                and _known_as(text, mention.title, records[-1])
            ):
                record = records[-1]  # "the X Convention, better known as the Y Convention"
                record.aliases.add(title_key(mention.title))
                _absorb(record, mention)
            else:
                for record in records:
                    if _same_instrument(record, mention) and not (
                        fresh and record.kind is not mention.kind
                    ):
                        _absorb(record, mention)
                        break
                else:
                    record = _new_record(mention)
                    records.append(record)
            if extra_evidence is not None and extra_evidence not in record.evidence:
                record.evidence.append(extra_evidence)
            if mention.title is not None:
                short = abbreviation(text, mention.title)
                if short is not None:
                    record.aliases.add(short)
            if not record.parties and record.title is not None:
                record.parties = _listed_parties(sentences, index, found)
    for index in range(1, len(sentences)) if records else ():
        if sentences[index].text[:3] == "It ":
            _pronoun_step(records, sentences, index, article.published)
    for record in records:
        if not record.parties:
            record.parties = _told_sides(record, found, story, body_story)
    return tuple(_finish(article, _one_on_items(_into_named(records)), sentences)) or (
        _consent_at_meeting(article)
    )


# States' consent told as reached at a meeting's place or in a month, with no instrument
# word: "five rich nations agreed in Rome last month that ...", "A agreed to a set of
# measures at a meeting in Rome in May", "the energy plans agreed in Vienna in 2019".
# (The pattern opens on its word, the negations looked behind after it: a pattern opening on a
# lookbehind is tried at every place of the text, docs/scale.md.)
_CONSENT_AT_MEETING = re.compile(
    r"\bagreed(?<!\bnot\sagreed)(?<!\bnever\sagreed)\s+"
    r"(?:(?:to|on)\s+(?:an?\s+)?(?:package|set|series)\s+of\s+measures\s+)?"
    r"(?:in|at)\s+(?:an?\s+(?:meeting|conference|summit)\s+in\s+)?(?P<where>[A-Z][a-z]+)\b"
)
# Who may have agreed there, right before the verb when no state is named: a group of
# states described ("six industrial nations", "the finance ministers") or the plans agreed.
_CONSENT_MAKERS = re.compile(
    r"\b(?:nations|countries|governments|ministers|powers|economies|plans?)\s+"
    r"(?:(?:had|have|has|also|all|jointly)\s+)*$"
)


def _consent_at_meeting(article: Article) -> tuple[Agreement, ...]:
    """The accord of a meeting a story tells only by the consent reached there.

    A story with no instrument of its own that tells states agreeing at a place, or in a
    month ("Norway agreed to a set of measures at a meeting in Rome in May"), reports
    the accord they reached: signed, by the states named before the
    verb (none when they are described, "six industrial nations"), dated by the time that
    follows. A consent without a place or a month ("agreed to cut tariffs") is no document.

    >>> import datetime as dt
    >>> body = "Five rich nations agreed in Rome last month to steady the yen."
    >>> [(a.status.value, a.parties, str(a.date))
    ...  for a in _consent_at_meeting(Article(body=body, published=dt.date(1987, 3, 11)))]
    [('signed', (), '1987-02')]
    >>> _consent_at_meeting(Article(body="Chile agreed to cut tariffs on wine."))
    ()
    """
    body = article.body
    if "agreed" not in body:
        return ()  # most stories: no sentence to read
    found = body_mentions(body)
    for sentence in split_sentences(body):
        text = sentence.text
        for consent in _CONSENT_AT_MEETING.finditer(text):
            where = consent.group("where")
            if city_country(where) is None and month_number(where) is None:
                continue  # "agreed in Congress": no meeting's place or time
            before = text[: consent.start()]
            mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
            parties = only_states(states(mentions, 0, consent.start(), text))
            if not parties and _CONSENT_MAKERS.search(before) is None:
                continue  # "he agreed in Paris": no states' consent
            dates = lazy_dates(text, article.published)()
            when = next(
                (d.date for d in dates if consent.start() <= d.start <= consent.end() + 40),
                None,
            )
            plan = re.search(r"\bplans?\s+$", before) is not None
            return (
                Agreement(
                    article_id=article.id,
                    kind=AgreementKind.PLAN if plan else AgreementKind.AGREEMENT,
                    parties=of_the_day(parties, article.published),
                    status=AgreementStatus.SIGNED,
                    date=when,
                    evidence=[Span.of(body, sentence.start, sentence.end)],
                    rule="agreement.signed_consent_at_meeting",
                ),
            )
    return ()


# A sentence telling, of the instrument just told, that "It" came into force or was ratified.
_IT_STEP = re.compile(
    r"It\s+(?:(?:has|had)\s+)?(?:(?:also|already|officially|finally|then|later)\s+)?"
    r"(?:(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|became\s+effective"
    r"|(?:was|has\s+been|had\s+been)\s+(?:(?:also|already|later|subsequently)\s+)?ratified)\b"
)


def _pronoun_step(
    records: list[_Record], sentences: Sequence[Sentence], index: int, published: dt.date | None
) -> None:
    """Ratify the instrument the sentence before told, when the next says "It" came into force.

    "... was signed in 2019. It entered into force on May 1.": the record takes that
    status and day (its latest status, one record), unless the sentence before told
    several instruments or a count of them.
    """
    step = _IT_STEP.match(sentences[index].text)
    if step is None:
        return
    told = [r for r in records if sentences[index - 1] in r.evidence]
    if len(told) != 1 or told[0].count != 1 or told[0].status is AgreementStatus.RATIFIED:
        return
    record = told[0]
    text = sentences[index].text
    day = next(
        (
            d.date
            for d in extract_dates(text, published)
            if step.end() <= d.start <= step.end() + 40 and "," not in text[step.end() : d.start]
        ),
        None,
    )
    record.status, record.date = AgreementStatus.RATIFIED, day
    record.evidence.append(sentences[index])


# An act done on an instrument: "signed", "ratified", "adopted" (not "to sign").
_DONE = re.compile(r"\b(?:signed|inked|concluded|ratified|sealed|adopted)\b", re.IGNORECASE)
# A sentence placed at the event the one before tells: "On that occasion,", "At the same time,".
_THAT_EVENT = re.compile(
    r"\s*(?:On|At|During)\s+(?:that|the\s+same)\s+(?:occasion|time|visit|day|event|ceremony)\b"
)
# A signing told at or right after an event told before: "Following the meeting,", "On the
# sidelines of the talks,".
_AFTER_THE_EVENT = re.compile(
    r"\s*(?:Following|After|At\s+the\s+end\s+of|On\s+the\s+(?:sidelines|margins)\s+of)"
    r"\s+the\s+(meeting|talks|session|negotiations|summit)\b"
)
# A signing told as done during an event told before: "were signed during the visit".
_DONE_DURING = re.compile(
    r"\b(?:signed|concluded|inked|adopted)\s+during\s+the\s+(?:[a-z-]+\s+)?"
    r"(visit|talks|meeting|summit|session)\b"
)
# Sides telling their own bodies to draft a document: "instructed their governments to draft a".
_INSTRUCTED_TO_DRAFT = re.compile(
    r"\b(?:instructed|tasked|charged|commissioned|directed)\s+(?:their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"to\s+(?:draft|prepare|develop|elaborate|work\s+out)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)
# One like the instrument just told: "a similar document", "a similar agreement".
_SIMILAR_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:similar|comparable|parallel)\s+$")
# A sentence opening on the pair of officials a meeting told right before brought together.
_LEADERS_OPEN = re.compile(
    r"\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers"
    r"|heads\s+of\s+state)\b"
)
# A meeting told: "held a separate meeting with", "met", "held talks".
_MET_TOLD = re.compile(r"\b(?:met|meeting|talks)\b")
# How many sentences back the event of "Following the meeting," may be told.
_EVENT_BACK = 3


def _told_event_day(
    sentences: Sequence[Sentence], at: int, published: dt.date | None
) -> PartialDate | None:
    """The day of the event a sentence opening "Following the meeting," refers to.

    Or a sentence telling documents "signed during the visit": the visit told before.

    It is the last date of the nearest sentence before, within a few, that tells that
    event ("The announcement came on Tuesday at a meeting ... On the sidelines of the
    meeting, a memorandum was signed": Tuesday). A date to come is no event told ("said at
    the session that trade would reach $5 billion by 2025"), and further back than the
    sentence right before, only a day counts ("the next meeting will be in July").
    """
    opening = _AFTER_THE_EVENT.match(sentences[at].text) or _DONE_DURING.search(sentences[at].text)
    if opening is None:
        prev_text = sentences[at - 1].text if at > 0 else ""
        if _LEADERS_OPEN.match(sentences[at].text) and _MET_TOLD.search(prev_text):
            # "On Wednesday evening, A held a separate meeting with B ... The two leaders
            # witnessed the signing of X": the day of their meeting, the first it tells
            days = [
                d.date
                for d in extract_dates(prev_text, published)
                if d.date.day is not None and (published is None or d.date.first_day() <= published)
            ]
            return days[0] if days else None
        return None
    for back, before in enumerate(reversed(sentences[max(0, at - _EVENT_BACK) : at])):
        if opening.group(1) in before.text.lower():
            days = [
                d.date
                for d in extract_dates(before.text, published)
                if (published is None or d.date.first_day() <= published)
                and (back == 0 or d.date.day is not None)
            ]
            return days[-1] if days else None
    return None


# A document told as made at an earlier time the story just told: "adopted at that time".
_DONE_THEN = re.compile(
    r"\s*,?\s*(?:signed|adopted|concluded|inked)\s+(?:then|at\s+that\s+time|during\s+that\s+visit)\b"
)
# Documents told as in force now: "are being consistently implemented".
_IMPLEMENTED_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+)?being\s+(?:\w+ly\s+)?implemented\b")
# Done or worked on by a number of states: "coordinated by all five littoral states".
_BY_ALL = re.compile(
    r"\b(?:by|among|between)\s+(?:all\s+)?(?:the\s+)?(?P<n>three|four|five|six|seven|eight|nine"
    r"|ten)\s+(?:[\w-]+\s+){0,2}?(?:states|countries|nations|members)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    w: n for n, w in enumerate(["three", "four", "five", "six", "seven", "eight", "nine", "ten"], 3)
}
# A number of states told as a set: "the six countries", "the five littoral states".
_THE_N_STATES = re.compile(
    r"\bthe\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
    r"(?:states|countries|nations)\b",
    re.IGNORECASE,
)


def _numbered_states(text: str, story: _StoryStates) -> tuple[Party, ...]:
    """The states of "the six countries" in ``text``, when the story names just that many."""
    told = _THE_N_STATES.search(text)
    if told is None:
        return ()
    codes = list(story.counts)
    if len(codes) != _NUMBER_WORDS[told.group("n").casefold()]:
        return ()
    return tuple(Country(code) for code in codes)


def _inside_title(text: str, title: str, head: re.Match[str]) -> bool:
    """Whether the instrument word ``head`` lies inside ``title`` where ``text`` names it.

    "the Protocol on Phase II of the A-B Free Trade Agreement": the agreement's word is a
    part of the protocol's name, not a document of its own.
    """
    at = text.find(title)
    return (
        0 <= at < head.start()
        and head.end() <= at + len(title)
        # "the Declaration on X and the Program of Y": a second name the title ran on into
        and _NEXT_NAME.search(text, at, head.start()) is None
    )


# The opening of another name before an instrument word: "and the", ", the".
_NEXT_NAME = re.compile(r"(?:\band|\bor|,)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,5}\Z")


# A sentence that ratifies a counted set of documents it does not name: "signed laws on the
# ratification of three international documents", "ratified two agreements on Tuesday".
_RATIFIED_SET = re.compile(
    r"\b(?:ratif\w*|approv\w*)\b(?:\s+(?:the\s+)?(?:laws?\s+)?(?:on\s+)?(?:the\s+)?ratification)?"
    r"(?:\s+(?:of|on|for))?\s+(?:(?:the|all)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:documents|agreements|treaties|instruments|conventions|protocols)\b",
    re.IGNORECASE,
)
# A sentence that opens on one of a set just told: "The first of them is", "The third law
# concerns", "The head of state also approved".
_SET_MEMBER = re.compile(
    r"\s*(?:(?:The|Its)\s+(?:first|second|third|fourth|fifth|sixth|next|last|other|remaining)\b"
    r"|Another\s+(?:one|document|law)\b"
    r"|(?:The|Its)\s+(?:[a-z]+\s+){0,3}?(?:also|then|further)\s+(?:approved|ratified|endorsed)\b)"
)
# How many sentences back a ratified set may have been told.
_SET_REACH = 6


def _ratified_set(
    sentences: Sequence[Sentence], index: int, published: dt.date | None
) -> tuple[PartialDate | None] | None:
    """The day of the ratified set told in the few sentences before ``index``, if there is one.

    ``None`` when none of them ratifies a counted set; else a one-tuple of its day (the one
    date its sentence tells, ``None`` if it tells none or several).
    """
    for back in range(index - 1, max(-1, index - 1 - _SET_REACH), -1):
        told = sentences[back].text
        if _RATIFIED_SET.search(told):
            return (_only_day(told, published),)
    return None


# A further object of the act just told: "together with a protocol amending".
_TOGETHER_WITH = re.compile(
    r"\b(?:together|along)\s+with\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE
)
# An act on a named document told as the story's: signed, adopted, negotiated, implemented.
_STORY_ACT = re.compile(
    r"\b(?:signed|inked|concluded|ratified|adopted|adoption|negotiations|implementation)\b"
)
# The agents of that act: "signed by the parliaments of A, B and C".
_DONE_BY = re.compile(_DONE.pattern + r"\s+by\s+", re.IGNORECASE)
# The end of the agents' clause.
_CLAUSE_END = re.compile(r"[;:()]|,\s+(?:which|who|while|but)\b|\s[-–—]\s")
# The two states themselves, not "the sides" of talks: "between the two countries".
_TWO_STATES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:[a-z]+\s+)?(?:countries|states|nations|governments)\b",
    re.IGNORECASE,
)


# Where an instrument's phrase ends: a comma, a semicolon, a stop or a relative clause.
_PHRASE_END = re.compile(r"[,;.]\s|[,;]|\.\Z|\s(?:which|that|who)\b")
# A state bound to the instrument right before it: "with ", "between ", "with the Republic of ".
_BOUND_BEFORE = re.compile(
    r"\b(?:with|between)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?\Z"
)


def _phrase_states(
    text: str, head: re.Match[str], mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states the instrument's own phrase binds to it, from its word to the phrase's end.

    "the agreement on taxation with C", "the protocol amending the A-B agreement on
    transport": a state after "with" or "between", or one of a hyphened pair of sides; not
    a state the phrase only mentions ("the agreement to boost trade via the C border").
    """
    end = _PHRASE_END.search(text, head.end())
    stop = end.start() if end is not None else len(text)
    after = INSTRUMENT.search(text, head.end(), stop)
    if after is not None:
        # "today's agreement follows an agreement between B and C": the next instrument's
        # sides, not this one's
        stop = after.start()
    bound = [
        m
        for m in mentions
        if head.start() <= m.start
        and m.end <= stop
        and (
            _BOUND_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            or text[m.end : m.end + 1] in ("-", "–")
            or text[max(0, m.start - 1) : m.start] in ("-", "–")
        )
    ]
    return only_states(states(bound, 0, len(text), text))


def _own_topic(records: Sequence[_Record], mention: Mention) -> bool:
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
            (last.kind is not mention.kind and mention.kind not in _ANY_DEAL)
            or last.status is not mention.status
        )
    )


def _place_named(title: str) -> bool:
    """Whether a name opens on a place (or is one word and a head word): "the Kyoto Protocol".

    "the Louvre accord", "the Punta del Este declaration", "the Quito Declaration on Water":
    named after where it was made, not after its subject ("the Transit Trade Agreement", "the
    Convention on Human Rights").
    """
    words = title.split()
    return len(words) <= 2 or any(
        city_country(" ".join(words[:n])) is not None for n in range(1, min(3, len(words) - 1) + 1)
    )


def _told_sides(
    record: _Record, found: BodyMentions, story: _StoryStates, body_story: _BodyStory
) -> tuple[Party, ...]:
    """The sides of an instrument no reader gave parties: those its sentence tells.

    "Relations between the two countries rest on the X Declaration, signed in 2011" is the
    story's two states'; "the X Declaration signed by the parliaments of A, B and C" is the
    states named after "signed by" (two or more). A sentence naming a group ("the G-7's
    accord"), or a document a body's meeting adopted, keeps no party: the members are not
    named; nor does one that tells no act on the instrument ("the sides underlined how
    important the X Convention is", "its refusal to sign the Y Protocol"): a stance on
    another's instrument.
    """
    sentence = record.evidence[0]
    text = sentence.text
    if _body_document(body_story, text):
        return ()
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    if any(m.kind == "group" for m in mentions):
        return ()
    # A state's word inside another name ("the Baku-Tbilisi-Kars railway", "Qatar Airways")
    # names no state: the sentence still names none of its own
    told = [m for m in mentions if not in_name(text, m)]
    act = _STORY_ACT.search(text) is not None
    no_state = all(in_location(text, m) for m in told)
    if record.title is not None and (
        (act and no_state) or (not _place_named(record.title) and (act or no_state))
    ):
        # "The talks ended with the adoption of the X Declaration", "the trilateral Action
        # Plan, signed in 2022": a named document of a story on one pair (or three, told
        # "trilateral"), its sentence telling an act on it and naming no state, is that
        # pair's. One named by its subject needs only one of the two: "exporters on both
        # sides gained from the Trade in Goods Agreement", "trade with B under the Transit
        # Trade Agreement signed in 2021"; one named after a place ("the Kyoto Protocol",
        # "the Plaza Accord") is the meeting's there, of states the story need not name
        n = 3 if "trilateral" in text else 2
        top = story.top(n + 1)
        counts = story.counts
        pair = {str(p) for p in top[:n]}
        if (
            len(top) >= n
            and (len(top) == n or counts[str(top[n])] * 2 < counts[str(top[n - 1])])
            # (not one signed "in Lima, Peru", a third state: another event's document)
            and all(m.code in pair for m in told)
        ):
            return top[:n]
    if _DONE.search(text) is None:
        return ()  # "its unwillingness to sign the X Protocol": a stance, not a side
    if _TWO_STATES.search(text):
        top = story.top(2)
        return top if len(top) == 2 else ()
    by = _DONE_BY.search(text)
    if by is None:
        return ()  # "urged A to respect the X, which B signed": no signers of its own told
    end = _CLAUSE_END.search(text, by.end(), by.end() + 160)
    named = only_states(states(mentions, by.end(), end.start() if end else len(text), text))
    return named if len(named) >= 2 else ()


# One side of two named by its demonym: "the Chilean side", "the Peruvian sides'".
_ONE_SIDE = re.compile(r"\b[Tt]he\s+[A-Z][\w-]+\s+side\b")
# A "between" phrase of a plural, up to the next "and between" or the clause end.
_EACH_BETWEEN = re.compile(r"\bbetween\s+(?P<who>.+?)(?=\s+and\s+between\b|[.;:]|$)")


def _pairs_between(
    text: str, head_end: int, mentions: Sequence[CountryMention]
) -> list[tuple[Party, ...]]:
    """The states of each of two or more "between" phrases after a plural instrument.

    "the agreements on twin cities between A's X and B's Y and between A's Z and B's W"
    tells two instruments; a phrase naming no state (two regions, two cities) has the
    sides the other phrases name.
    """
    tail = text[head_end : head_end + 300]
    first = tail.find("between")
    if first < 0 or first > 80 or "and between" not in tail or re.search(r"[.;:]", tail[:first]):
        return []  # the phrases follow the plural in its own clause
    phrases = list(_EACH_BETWEEN.finditer(text, head_end + first, head_end + 300))
    joined = all(
        re.fullmatch(r"\s+and\s+", text[a.end() : b.start()])
        for a, b in itertools.pairwise(phrases)
    )
    if len(phrases) < 2 or not joined:
        return []
    pairs = [
        only_states(states(list(mentions), phrase.start("who"), phrase.end("who"), text))
        for phrase in phrases
    ]
    sides = next((pair for pair in pairs if pair), ())
    return [pair or sides for pair in pairs] if sides else []


# A sentence naming some of the documents just told: "Among them are ...", "They include".
# "The signed documents include", "Among the government documents was": one lower-case word
# may describe the documents. A collection holds them as well ("The package includes", "The
# set of documents comprises"), and a wire's upper-case dateline may open the sentence
# ("CAPITAL: The documents include").
_DOCUMENTS = r"(?:documents|agreements|papers|deals|instruments|accords|texts)"
_AMONG_THEM = re.compile(
    r"\s*(?:[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}\s*(?:\([^)]{1,30}\))?"
    r"\s*(?::|[—–]|\s-)\s*)?"
    rf"(?:[Aa]mong\s+(?:them|(?:these|those|the)(?:\s+(?:[a-z-]+\s+)?{_DOCUMENTS})?(?:\s+signed)?)"
    r"\s+(?:are|were|is|was)|(?:They|These|The\s+(?:[a-z-]+\s+)?"
    rf"(?:{_DOCUMENTS}|(?:package|set|list|series)(?:\s+of\s+(?:[a-z-]+\s+)?{_DOCUMENTS})?)"
    r"(?:\s+signed)?)\s+(?:include[sd]?|comprise[sd]?|contain(?:s|ed)?))\b"
)


def _own_signing(
    text: str, amended: re.Match[str], head: re.Match[str], amending_planned: bool
) -> bool:
    """Whether the text tells the signing of an instrument an amending one names.

    "a protocol amending the Agreement on X, which the two countries signed in 2016": its
    signers are told, so it is the amended one's. A passive clause with no agent ("...,
    which was signed in Lima in May") may tell either: the amended one's when the amending
    one is still to come or the amended one carries its own year ("the 1999 agreement on
    X"), else the amending protocol's (the news is about the protocol).
    """
    signed = _SIGNED_BEFORE.match(text, head.end())
    if signed is None:
        return False
    if amending_planned or not _NO_AGENT.fullmatch(signed.group("who")):
        return True
    return _YEAR_BEFORE.search(text, amended.start(), head.start()) is not None


def _plural_signing(record: _Record) -> bool:
    """A signing of several documents told without their names ("signed 5 documents")."""
    return record.title is None and (record.count > 1 or record.vague) and bool(record.parties)


def _named_among(summary: _Record, sentence: Sentence, starts: Sequence[int]) -> list[_Record]:
    """The documents an "Among them are a X, a Y and a Z" sentence names, one record each.

    Each takes the summary's status, date, place and parties, and counts as one of
    its documents.
    """
    text = sentence.text
    out: list[_Record] = []
    for start in starts:
        head = INSTRUMENT.match(text, start - sentence.start)
        if head is None or _AMENDED.search(text, max(0, head.start() - 40), head.start()):
            continue  # "a protocol on amendments to the agreement on ...": that one exists
        count = 1
        if not _ITEM_OPENING.search(text, max(0, head.start() - 60), head.start()):
            counted = _COUNTED_ITEM.search(text, max(0, head.start() - 60), head.start())
            count = number_word(counted.group("n")) or 0 if counted is not None else 0
            if count < 2:
                continue  # an instrument word inside an item's topic
        kind = kind_of(head.group("head"))
        out.append(
            attrs.evolve(
                summary,
                first=summary.first,
                kind=kind,
                count=count,
                vague=False,
                evidence=[*summary.evidence, sentence],
                rule=f"{summary.rule}+among",
                aliases=set(),
                item_of=summary,
            )
        )
    return out


# The items of a plural told in its own sentence: "15 documents, among them a road map ...
# and an agreement", "a package of documents, including an agreement". The items before
# one may be long (a declaration's full name, a memorandum "between the ministries of"):
# the list runs to the sentence's end, as far as a sentence reads.
_LISTED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:including|among\s+them|among\s+which|such\s+as|namely|notably)\s+"
    r"(?:[^.;:]{0,260}?(?:,|\band)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)

# An instrument that is the subject of a verb of its own before the next comma: "and the
# treaty on Y will be signed next year" ends a list with a new clause, not a listed item
# (a relative clause, "which was", is the item's own aside).
_SUBJECT_OF_VERB = re.compile(
    r"(?:(?!\b(?:which|that|who)\b)[^,.;:]){0,100}?\s(?:will|would|shall|is|are|was|were|has|have)"
    r"\s+(?:also\s+|now\s+|yet\s+)?(?:be|been|to|expected|due|set|scheduled|planned|likely)\b"
)


# The end of an instrument's phrase opening the next item of a list of topics: "the grain
# deal, the situation in C and ...", "the nuclear deal and the war in C".
_TOPIC_LIST = re.compile(r"(?:\s+(?:on|for|with)\s+[\w\s-]{0,40}?)?(?:,|\s+and)\s+the\s+(?=[a-z])")


# Two plurals joined into one set: "agreements and memoranda", "accords or MoUs".
_PLURAL_PAIR = re.compile(r"\s*,?\s+(?:and|or|&)\s+(?:(?:other|various|several)\s+)?")


def _listed_item(
    records: Sequence[_Record],
    sentence: Sentence,
    plural_end: int,
    head: re.Match[str],
    mention: Mention | None,
) -> _Record | None:
    """The record of a document its sentence lists after an unnamed plural of documents.

    "the sides are to sign 15 documents, among them a road map for X and an agreement on
    Y": each listed one is one of the 15, with the plural's status, date, place and sides
    (its own two or more sides, title and topic first); ``None`` unless ``head`` opens
    such an item.
    """
    if not _LISTED_AFTER.match(sentence.text, plural_end, head.start()):
        return None
    if _SUBJECT_OF_VERB.match(sentence.text, head.end()):
        return None  # "..., and the treaty on Y will be signed next year": a clause of its own
    plural = next(
        (r for r in reversed(records) if sentence in r.evidence and (r.count > 1 or r.vague)),
        None,
    )
    if plural is None or plural.title is not None:
        return None
    own = mention.parties if mention is not None and len(mention.parties) > 1 else ()
    return attrs.evolve(
        plural,
        kind=kind_of(head.group("head")),
        title=mention.title if mention is not None else None,
        parties=own or plural.parties,
        date=plural.date or (mention.date if mention is not None else None),
        location=plural.location or (mention.location if mention is not None else None),
        count=1,
        topic=mention.topic if mention is not None else frozenset(),
        evidence=[sentence],
        rule=f"{plural.rule}+listed",
        aliases=set(),
        item_of=plural,
        vague=False,
        cued=True,
    )


# Where a listed item starts: "are an", ", a", "and the".
_ITEM_OPENING = re.compile(
    r"(?:\b(?:are|were|is|was|include[sd]?|comprise[sd]?|contain(?:s|ed)?)|,|\band)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}\Z"
)
# A counted item of such a list: "..., and three memoranda on X" (several documents of a kind).
_COUNTED_ITEM = re.compile(
    r"(?:\b(?:are|were|include[sd]?|comprise[sd]?|contain(?:s|ed)?)|,\s+and|,|\band)\s+"
    r"(?P<n>[a-z]+|\d{1,2})\s+(?:[\w-]+\s+){0,2}\Z"
)
# A list item: a bullet, then the instrument's name ("- Agreement on ... between ...;", "- the
# Protocol on ...;", "- an agreement on ...;").
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}\))\s*(?=[A-Z]|(?:the|an?)\s+\w)")
# Bulleted items a reader joined into one sentence: "...; - the Agreement on ...; - the ...".
_JOINED_ITEM = re.compile(r"(?<=;)\s+(?=[-–—•*·▪]\s)")
# A line break that opens a bulleted item after an intro's colon or an item's ";".
_LINE_ITEM = re.compile(r"(?<=[:;])[ \t]*\n\s*(?=[-–—•*·▪]\s)")


def _split_items(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences, each run of bulleted items joined into one split back into its items.

    A page whose list lines the reader joined ("- the Protocol on X; - the Program of Y;")
    keeps one item a sentence, as a list of paragraphs does.
    """
    if not any(s.text[:1] in _BULLETS and ";" in s.text for s in sentences) and not any(
        "\n" in s.text for s in sentences
    ):
        return sentences
    out: list[Sentence] = []
    for sentence in sentences:
        text = sentence.text
        # items on lines of their own under an intro in the same paragraph: "signed:\n- X;\n- Y."
        gaps = _LINE_ITEM if "\n" in text and text[:1] not in _BULLETS else _JOINED_ITEM
        if gaps is _JOINED_ITEM and (text[:1] not in _BULLETS or ";" not in text):
            out.append(sentence)
            continue
        if gaps is _LINE_ITEM and _LINE_ITEM.search(text) is None:
            out.append(sentence)  # line breaks, but no bulleted item after a colon
            continue
        cut = 0
        for gap in gaps.finditer(text):
            out.append(
                Sentence(
                    sentence.start + cut,
                    sentence.start + gap.start(),
                    text[cut : gap.start()],
                    sentence.paragraph,
                )
            )
            cut = gap.end()
        out.append(Sentence(sentence.start + cut, sentence.end, text[cut:], sentence.paragraph))
    return tuple(out)


_BULLETS = frozenset("-–—•*·▪")
# Where a list item ends whole (a cut-off item has no end mark and nothing after it).
_ITEM_END = re.compile(r"[;.,]\s*$")


def _list_item(
    sentences: Sequence[Sentence], index: int, first_head: int
) -> tuple[re.Match[str], int] | None:
    """The bullet and the list intro (``"... signed 7 documents:"``) of a listed instrument.

    ``None`` unless the sentence is a list item (after a bullet, a number, or bare and
    ending in ";") whose name opens with an instrument word (within three words), and
    the run of items above it follows a line ending in a colon.
    """
    sentence = sentences[index]
    bullet = _item_start(sentences, index)
    if bullet is None:
        return None
    lead = sentence.text[bullet.end() : first_head - sentence.start]
    lead = _LEADING_THE.sub("", lead, count=1)  # "The Trade Agreement between ...;"
    if len(lead.split()) > 3 or (not lead.strip(" -–—•*·▪")[:1].isupper() and lead.strip()):
        return None
    intro = index - 1
    while intro >= 0 and (
        _NUMBER_MARK.fullmatch(sentences[intro].text) or _item_start(sentences, intro) is not None
    ):
        intro -= 1
    if intro < 0 or not _LIST_INTRO.search(sentences[intro].text):
        return None
    return bullet, intro


# An intro with no verb of its own that points back at a set told before: "They include:".
_REFERS_BACK = re.compile(
    r"^\s*(?:(?:The|These|Those|They|Among)\b[^.;:]{0,60}?\b(?:includ\w*|are|were|them|these)\b"
    r"|(?:The\s+)?(?:[Dd]ocuments|[Aa]greements)\s+(?:signed|adopted|inked)\b)[^.;:]*:\s*$"
)
# The end of a list's intro: a colon, or "the following" with the colon left out.
_LIST_INTRO = re.compile(r"(?::|\b(?:the\s+following(?:\s+documents)?|as\s+follows))\s*$")
_LEADING_THE = re.compile(r"^\s*(?:The|the|An?|an?)\s+")


# A number marking a list item, split off as a sentence of its own: "1.", "2)".
_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]\s*")
# A bare list item: a capitalised instrument word first, a ";" or "," at the end
# (or a line with no stop at all, the list's own paragraph: "Agreement on X" under "signed:")
_BARE_ITEM = re.compile(r"\s*(?=.*[;,.]\s*$|[^.!?;:\n]*[\w)”\"’']\s*$)", re.DOTALL)


def _item_start(sentences: Sequence[Sentence], index: int) -> re.Match[str] | None:
    """Where the name of a list item starts: after its bullet or number, or at once."""
    text = sentences[index].text
    marked = _LIST_ITEM.match(text)
    if marked is not None:
        return marked
    if index > 0 and _NUMBER_MARK.fullmatch(sentences[index - 1].text):
        return _LEADING_SPACE.match(text)
    bare = _BARE_ITEM.match(text)
    if (
        bare is not None
        and _named_first(text, bare.end())
        # "...; - the Y Memorandum. The agreement on Z was ratified": the list ended before
        and not (index > 0 and sentences[index - 1].text.rstrip().endswith("."))
    ):
        return bare
    if (
        index > 0
        and _ITEM_END.search(sentences[index - 1].text)
        and sentences[index - 1].text.rstrip().endswith(";")
        and INSTRUMENT.match(text, len(text) - len(text.lstrip())) is not None
    ):
        return _LEADING_SPACE.match(text)  # the last item of a ";" list, its end cut off
    return None


_LEADING_SPACE = re.compile(r"\s*")
# The words a listed name may open with before its instrument word: "The Digital Trade".
_NAME_WORD = re.compile(r"\s*[A-Z][\w-]*\s+")


def _named_first(text: str, start: int) -> bool:
    """Whether ``text`` opens at ``start`` with a name led by its instrument word.

    "Agreement on ...", "The Digital Trade Agreement between ...": at most "The" and
    three capitalised words before the word.
    """
    if INSTRUMENT.match(text, start) is not None:
        return True
    opening = _NAME_WORD.match(text, start)
    for _ in range(4):  # "The", then up to three capitalised words
        if opening is None:
            return False
        if INSTRUMENT.match(text, opening.end()) is not None:
            return True
        opening = _NAME_WORD.match(text, opening.end())
    return False


# The end of the last item of a list that leaves some out: ", and others.", "and other".
_AND_OTHERS = re.compile(r",?\s+and\s+others?\b[\s\S]*$")


def _item_record(
    sentences: Sequence[Sentence],
    index: int,
    item: tuple[re.Match[str], int],
    records: Sequence[_Record],
    found: BodyMentions,
) -> _Record | None:
    """The record of one listed instrument: its line is its name; the intro tells its status.

    Parties are the states its own line names (the signing ministries' states), else
    the intro's; status, date and place are the intro's. A last line cut off
    mid-name gives no title.
    """
    bullet, intro = item
    sentence = sentences[index]
    summary = next(
        (r for r in reversed(records) if r.item_of is None and sentences[intro] in r.evidence),
        None,
    )
    head = INSTRUMENT.search(sentence.text, bullet.end())
    if head is None:
        return None
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    parties = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    told = next(
        (
            r
            for r in reversed(records)
            if r.item_of is None and r.rule and r is not summary and not r.rule.endswith("_listed")
        ),
        None,
    )
    intro_text = sentences[intro].text
    near = summary  # the intro's own record, if any: it may tell the place
    if (
        (summary is None or summary.vague)
        and told is not None
        and (told.count > 1 or (told.vague and summary is None))
        and _REFERS_BACK.search(intro_text)
    ):
        # "Twelve documents were signed ... The documents include:", "Four documents were
        # signed ... Documents signed:": the items are of the set told before
        own, cued, _ = cue_status(intro_text, len(intro_text), len(intro_text))
        summary = told if not cued or own is told.status else None
    if summary is None:
        # no record for the intro ("The presidents signed 4 documents:"): its cue, the
        # item's own states
        intro_text = sentences[intro].text
        status, cued, _ = cue_status(intro_text, len(intro_text), len(intro_text))
        if not cued or (not parties and business_signed(intro_text + " " + sentence.text, head)):
            return None  # a named document of many signers (a summit's), not a company's
        first = Mention(
            kind=kind_of(head.group("head")), title=None, parties=parties,
            party_basis="listed", status=status, status_cue=True, date=None, location=None,
            count=1, topic=frozenset(), anaphor=False, bare=False, own_status=False,
            sentence=sentence,
        )  # fmt: skip
        summary = _Record(
            first=first, kind=first.kind, title=None, parties=parties, status=status,
            date=None, location=None, count=1, topic=frozenset(), evidence=[sentences[intro]],
            rule="",
        )  # fmt: skip
    if len(parties) < 2:
        parties = tuple(dict.fromkeys([*summary.parties, *parties]))
    if not parties and not summary.rule and records:
        # "The sides adopted a plan. In addition, the following were signed: - an agreement on
        # X;": the signers the story told last
        parties = records[-1].parties
    name = _LEADING_THE.sub("", sentence.text[bullet.end() :].strip(), count=1)
    whole = _ITEM_END.search(name) is not None or (
        index + 1 < len(sentences)
        and (
            _item_start(sentences, index + 1) is not None
            or _NUMBER_MARK.fullmatch(sentences[index + 1].text) is not None
        )
    )
    name = _AND_OTHERS.sub("", name)  # "- the Memorandum on X, and others."
    return _Record(
        first=summary.first,
        kind=kind_of(head.group("head")),
        # "- an agreement on X;": a description, no name
        title=name.rstrip(" ;.,") if whole and name[:1].isupper() else None,
        parties=parties,
        status=summary.status,
        date=summary.date,
        location=summary.location or (near.location if near is not None else None),
        count=1,
        topic=frozenset(name.split()),
        evidence=[sentences[intro], sentence],
        rule=f"agreement.{summary.status.value}_listed",
        item_of=summary if summary.rule else None,
    )


def _item_records(mention: Mention, found: BodyMentions, sentence: Sentence) -> list[_Record]:
    """One record per document a plural mention lists after a colon, each with its own topic.

    An item naming a state ("with the ministry of Kyrgyzstan") adds it to the parties.
    """
    records = []
    for item in mention.items:
        at = sentence.text.find(item)
        own: tuple[Party, ...] = ()
        if at >= 0:
            in_item = shifted(
                found.between(sentence.start + at, sentence.start + at + len(item)), sentence.start
            )
            own = only_states(states(in_item, 0, len(sentence.text), sentence.text))
        parties = tuple(dict.fromkeys([*mention.parties, *own]))
        records.append(
            _new_record(
                attrs.evolve(
                    mention,
                    count=1,
                    parties=parties,
                    topic=frozenset(item.split()),
                    items=(),
                    vague=False,  # a document told one by one
                )
            )
        )
    return records


# A signing proper, done or to come: a document changes hands, not a consent.
_SIGNING_PROPER = re.compile(
    r"\b(?:sign(?:ed|ing)?|inked|sealed|penned|initial(?:l)?ed|adopt(?:ed|ing)?|put\s+\w+\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b)))\b",
    re.IGNORECASE,
)


# A step to a document the sides agreed on: "the ministers agreed to hold ... and to draft".
_AGREED_STEP = re.compile(
    r"\bagreed\b[^.;:]{0,100}?\bto\s+(?:sign|draft|prepare|develop|elaborate|work\s+out)\b"
    # "they committed to complete negotiations on a X agreement": a document still in the making
    r"|\b(?:agreed|committed|pledged|resolved)\s+to\s+(?:complete|conclude|finali[sz]e|speed\s+up)"
    r"\s+(?:the\s+|their\s+)?(?:negotiations|talks|work)\s+on\b"
    # "an aviation accord would be discussed during the visit": on the table of the talks the
    # story leads with, as a document the sides agreed to draft
    r"|\b(?:to|will|would)\s+(?:also\s+)?be\s+(?:also\s+)?discussed\b"
)
_CAPITAL_WORD = re.compile(r"(?<=\s)[A-Z][\w’'-]*")


def _named_signer(before: str) -> bool:
    """Whether a name (not the sentence's first word, nor a month) comes before the verb.

    "Acme Water and the government signed": a named signer the headline does not
    tell; "After the talks, the ministers signed": none.
    """
    if _PASSIVE_END.search(before[-30:]) is not None:
        # "A memorandum on the Acme reservoir was signed": names after the instrument word
        # are its topic, not a signer ("The Acme memorandum was signed" keeps its name)
        head = INSTRUMENT.search(before)
        if head is not None:
            before = before[: head.end()]
    return any(month_number(m.group()) is None for m in _CAPITAL_WORD.finditer(before))


# A passive auxiliary right before the verb: "was ", "have been ", "was also ".
_PASSIVE_END = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?$")


def _title_states(title: str) -> tuple[Party, ...]:
    """The states a headline names, in its order: "A, B sign five documents" gives A and B."""
    return only_states(states(list(extract_country_mentions(title)), 0, len(title), title))


def _title_pair(title: str) -> tuple[Party, ...]:
    """The two states a headline opens with as its subject: "A, B agree on transit via C".

    >>> [str(p) for p in _title_pair("Chile, Peru sign road deal with Bolivia")]
    ['CHL', 'PER']
    """
    opening = _PAIR_OPENS.match(title)
    return _title_states(opening.group()) if opening is not None else ()


# Two names joined at a headline's start: "Chile, Peru ", "Chile and Peru ", "Chile-Peru ".
_PAIR_OPENS = re.compile(
    r"(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*(?:\s*,\s*|\s+and\s+|\s*&\s*|[-–])"
    r"(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*(?=\s+[a-z])"
)


def _before_step(text: str, step: re.Match[str]) -> str:
    """The words before a signing or a step of the sides, after a dateline ("Doha, May 2 -")."""
    dateline = DATELINE.match(text, 0, step.start())
    return text[dateline.end() if dateline else 0 : step.start()].lstrip()


def _headline_sides(
    article: Article, sentences: Sequence[Sentence], found: BodyMentions, text: str
) -> tuple[Party, ...]:
    """The two to four states the headline, else the lead sentence, names (else none).

    A story's headline and lead name the sides whose signing a later sentence
    tells without naming them ("Documents were signed after the talks."); only
    for a signing proper (signed, inked, to be signed), not a consent ("reached").
    """
    steps = [
        step
        for step in (
            _SIGNING_PROPER.search(text),
            _AGREED_STEP.search(text),
            _PLAN_APPROVED.search(text),
        )
        if step is not None
    ]
    if not steps:
        return ()
    # "Doha, May 2 -" names no signer; "the X Agreement, signed in 2020, is in force, and they
    # committed to complete negotiations on a Y agreement": the step of the sides, told after
    # a name before another instrument's signing, is theirs
    if _named_signer(_before_step(text, steps[0])) and not any(
        not _named_signer(_before_step(text, step).rsplit(",", 1)[-1].lstrip())
        for step in steps[1:]
    ):
        return ()
    if article.title:
        named = _title_states(article.title)
        if 1 < len(named) <= 4:
            return named
    if sentences:
        lead = sentences[0]
        in_lead = shifted(found.between(lead.start, lead.end), lead.start)
        named = only_states(states(in_lead, 0, len(lead.text), lead.text))
        if len(named) == 1:
            # "President A will pay a visit to B at the invitation of ...": the visitor's
            # state, told by its official alone
            named = _with_officials(named, lead, article)
        if len(named) == 1 and (visit := _VISIT_TO.search(lead.text)) is not None:
            # "ISLAMABAD - The Prime Minister will pay a visit to B": a visit abroad from the
            # dateline's state, told of its official
            home = _dateline_state(article, article.body)
            host = [m for m in in_lead if m.start == visit.end() and party_of(m) in named]
            if host and home is not None and home != str(named[0]):
                named = tuple(sorted((*named, Country(home)), key=str))
        if 1 < len(named) <= 4:
            return named
        if 4 < len(named) <= 10 and (_TOOK_PART.search(lead.text) or _MET.search(lead.text)):
            return named  # "The presidents of A, B, C, D and E met in X": all took part
    return ()


# An official's trip to a state: "will pay an official visit to", "travelled to", "arrives in".
_VISIT_TO = re.compile(
    r"\b(?:visits?|trip|travel(?:s|led|ed)?|fl(?:y|ies|ew)|arriv(?:e|es|ed))"
    r"(?:\s+(?:\w+\s+){0,2}?(?:to|in))?\s+(?=[A-Z])"
)


# A plan or a declaration approved at the talks: "the leaders approved a roadmap", "a
# roadmap for trade was approved" (adopted, as signed).
_PLANS = r"(?:road\s?maps?|(?:action\s+)?plans?|programmes?|programs?|declarations?)\b"
_PLAN_APPROVED = re.compile(
    rf"\b(?:approved|endorsed)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?={_PLANS})"
    rf"|(?<=\s)(?={_PLANS}"
    r"[^.;:]{0,80}?\b(?:was|were|been)\s+(?:also\s+)?(?:approved|endorsed)\b)",
    re.IGNORECASE,
)
# A lead telling its states met: "met in", "held a summit", "gathered".
_MET = re.compile(r"\b(?:met|meet|gathered|convened)\b", re.IGNORECASE)
# The meeting a named document was adopted at, or its participants: "the summit", "the leaders".
_MEETING_NOUN = r"\b(?:summit|meeting|talks|session|leaders|heads\s+of\s+state|presidents)"
_MEETING_WORD = re.compile(_MEETING_NOUN + r"\b", re.IGNORECASE)
# A sentence telling states met: "met in", "held a summit", "attended by"; not a side meeting.
_MET_SENTENCE = re.compile(
    r"\b(?:met|gathered|convened|held\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:summit|meeting|talks)"
    r"|attended\s+by|took\s+part)\b",
    re.IGNORECASE,
)
_SIDE_MEETING = re.compile(r"\b(?:sidelines|margins|on\s+the\s+side)\b", re.IGNORECASE)


# A document adopted or signed in the sentence: "the adoption of", "signed", "approved".
_ADOPTION = re.compile(
    r"\b(?:adopt(?:s|ed|ion)|sign(?:s|ed|ing)|approv(?:es|ed|al)|endorse(?:s|d|ment))\b",
    re.IGNORECASE,
)
# The states of a meeting, or its participants, right after: "the summit of", "leaders of".
_MEETING_OF = re.compile(_MEETING_NOUN + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _meeting_of(text: str, mentions: Sequence[CountryMention]) -> tuple[Party, ...]:
    """The states listed after "the summit of" or "the leaders of" in ``text``, to its clause end.

    "The trilateral summit of A, B and C in X adopted": A, B and C.
    """
    listed = _MEETING_OF.search(text)
    if listed is None:
        return ()
    close = _LIST_END.search(text, listed.end(), listed.end() + 160)
    hi = close.start() if close is not None else listed.end() + 160
    inside = [m for m in mentions if listed.end() <= m.start and m.end <= hi]
    return only_states(states(inside, listed.end(), hi, text))


# Between a group and the document its members sign or approve: "heads of government
# adopted a", "member states signed an", "Council of Ministers approved the".
_GROUP_ACT = re.compile(
    r"^(?:[’']s)?\s+(?:[\w-]+\s+){0,4}?(?:adopted|signed|approved|endorsed|inked"
    r"|(?:will|would|are\s+to|plan\s+to|intend\s+to|are\s+expected\s+to)\s+(?:sign|adopt|approve))\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
)


def _group_signers(text: str, mentions: Sequence[CountryMention], head_start: int) -> bool:
    """Whether an organisation's members or body, and no state, sign or adopt the document.

    "The CIS heads of government adopted a programme", "member states of the X signed
    an agreement": a document of the group, no state of it named (the group is not expanded).
    """
    if any(m.kind != "group" and not in_location(text, m) for m in mentions):
        return False  # a state named as a side ("in Bishkek" is only the place)
    return any(
        m.kind == "group"
        and m.end <= head_start
        and _GROUP_ACT.match(text[m.end : head_start]) is not None
        and vocabulary().business.search(text, m.end, head_start) is None
        for m in mentions
    )


def _met_states(prev: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The (two to ten) states a sentence tells as meeting, unless on another event's sidelines.

    "Presidents of A, B and C met in X on May 8.": A, B and C.
    """
    if _MET_SENTENCE.search(prev.text) is None or _SIDE_MEETING.search(prev.text):
        return ()
    in_prev = shifted(found.between(prev.start, prev.end), prev.start)
    named = only_states(states(in_prev, 0, len(prev.text), prev.text))
    return named if 2 <= len(named) <= 10 else ()


def _story_signers(
    story: _StoryStates, sentences: Sequence[Sentence], text: str, head: re.Match[str]
) -> tuple[Party, ...]:
    """The story's two most named states, for a signing proper whose sides nothing else tells.

    "President X received a delegation led by the minister of B. ... At the end of the
    meeting, a memorandum was signed": B, and the other side when the story names it.
    Only in a story whose lead tells talks, a meeting or a visit and names no company (a
    company's deal, a forum's memoranda are not the states'), not for a statement or a
    programme, and when the names before the verb are officials the story introduced
    with their role ("Tokayev and Mirziyoyev signed"; not "SOCAR and KMG signed").
    """
    signing = _SIGNING_PROPER.search(text)
    if (
        signing is None
        or BARE_HEAD.fullmatch(head.group("head").casefold())
        or vocabulary().business.search(text)
        or not any(_TALKS_WORD.search(s.text) for s in sentences[:2])
        or any(vocabulary().business.search(s.text) for s in sentences[:2])
    ):
        return ()
    clause = text[text.rfind(",", 0, signing.start()) + 1 : signing.start()]
    names = [
        m.group()
        for m in _CAPITAL_WORD.finditer(" " + clause)
        if month_number(m.group()) is None and m.group() not in _OPENERS
    ]
    story_text = " ".join(s.text for s in sentences)
    for name in names:
        role = re.search(rf"{_ROLE_BEFORE}(?:[\w’'.-]+\s+){{0,3}}{re.escape(name)}\b", story_text)
        if role is None:
            return ()  # "SOCAR and KazMunayGas signed": signers the story gives no role
    return story.top(2)


# An official's role before a name: "President Kassym-Jomart Tokayev", "Minister of X Y".
_ROLE_BEFORE = (
    r"\b(?:President|Minister|Premier|Chancellor|King|Emir|Amir|Ambassador|Secretary"
    r"|Chairman|Speaker|Prime\s+Minister|Foreign\s+Minister|counterpart)\s+"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?"
)
# Capitalised words that open a clause without naming a signer.
_OPENERS = frozenset(["The", "Then", "Later", "After", "Afterwards", "Also", "At", "In", "On"])


# A diplomatic event in the lead: "held talks", "met with", "received", "on a visit".
_TALKS_WORD = re.compile(
    r"\b(?:met|meets|meeting|talks|visit(?:s|ed|ing)?|received|receives|consultations"
    r"|negotiations|phone\s+call|telephone\s+conversation)\b",
    re.IGNORECASE,
)


# A word before the instrument that makes it one of two states: "the bilateral agreement".
_BILATERAL_WORD = re.compile(
    r"\b(?:intergovernmental|inter-governmental|bilateral|interstate|inter-state)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "the parties" or "the sides" with no number: all who took part, maybe more than two.
_UNNUMBERED_SIDES = re.compile(r"\bthe\s+(?:sides|parties)\b", re.IGNORECASE)
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+\w+", re.IGNORECASE)
# A sentence naming who took part: "Ministers of A, B and C took part in the meeting".
_TOOK_PART = re.compile(
    r"\b(?:took\s+part|take\s+part|taking\s+part|participat\w*|attended|attending"
    r"|(?:ministers|leaders|heads|delegations|representatives)\s+of)\b",
    re.IGNORECASE,
)


def _sides(
    sentences: Sequence[Sentence], found: BodyMentions, story: _StoryStates, text: str
) -> tuple[Party, ...]:
    """The states "the sides" of ``text`` are: the two the story names most.

    An unnumbered "the parties" (not "the two sides", "both countries") of a story
    with a sentence listing three or more states as taking part are those states
    too: "Ministers of A, B and C took part ... the parties agreed to sign".
    """
    top = story.top(2)
    talking = _talking_pair(story, text)
    if talking:
        return talking
    title = story._article.title if story._article is not None else None
    if title and _TWO_SIDES.search(text):
        # "the two sides" of a story headlined "A, B agree to ...": the headline's pair, also
        # when the body names a third state (a pipeline's transit country) more often
        pair = _title_states(title)
        if len(pair) > 2:
            # "A, B agree on transit via C": the pair that opens the headline is its subject
            pair = _title_pair(title)
        if len(pair) == 2:
            return pair
    lead = _lead_pair(sentences, found, story, text) if _TWO_SIDES.search(text) else ()
    if lead:
        return lead  # "the two leaders" of a story opening on their call: theirs
    near = _near_pair(sentences, found, text, top) if _TWO_SIDES.search(text) else ()
    if near:
        return near  # the pair the sentences right before tell
    if not _UNNUMBERED_SIDES.search(text) or _TWO_SIDES.search(text):
        return top
    for sentence in sentences:
        if not _TOOK_PART.search(sentence.text):
            continue
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        named = only_states(states(in_it, 0, len(sentence.text), sentence.text))
        if 3 <= len(named) <= 10:
            return tuple(dict.fromkeys([*top, *named]))
    return top


def _lead_pair(
    sentences: Sequence[Sentence], found: BodyMentions, story: _StoryStates, text: str
) -> tuple[Party, ...]:
    """The states of the two officials the story's first sentence names, if just two.

    A story that opens on two leaders' call or meeting ("Today, President A held a call
    with President B of Y") tells their states as "the two leaders", "the two governments"
    later on, whatever state another paragraph names ("the situation in Z"): those two,
    unless the sentence itself names a state of neither.
    """
    if not sentences:
        return ()
    lead = sentences[0].text
    codes = list(dict.fromkeys(p.country for p in story.people if p.country and p.name in lead))
    if len(codes) != 2:
        return ()
    pair = tuple(sorted((Country(code) for code in codes), key=str))
    own = next((s for s in sentences if s.text == text), None)
    if own is not None:
        in_own = shifted(found.between(own.start, own.end), own.start)
        if not set(only_states(states(in_own, 0, len(text), text))) <= set(pair):
            return ()
    return pair


# A conversation with someone told in the sentence: "In his conversation with B, A recalled".
_TALK_WITH = re.compile(
    r"\b(?:[Cc]onversation|[Cc]all|[Tt]alks|[Mm]eeting|[Ss]peaking|[Ss]poke|[Tt]alking)"
    r"\s+with\s+(?:[A-Z]|the\s+[A-Z])"
)


def _talking_pair(story: _StoryStates, text: str) -> tuple[Party, ...]:
    """The states of the two officials a sentence tells talking, if it names just two.

    "In his conversation with B, President A recalled their meeting, when the sides signed
    the X": the sides are A's and B's states, each as the story tells it ("Kazakh President
    B"), whatever pair the story names most.
    """
    if not _TALK_WITH.search(text):
        return ()
    codes = list(dict.fromkeys(p.country for p in story.people if p.country and p.name in text))
    if len(codes) != 2:
        return ()
    return tuple(sorted((Country(code) for code in codes), key=str))


def _officials(text: str, article: Article | None) -> tuple[PersonMention, ...]:
    """The officials ``text`` names, with their states (office holders of the article's year)."""
    year = article.published.year if article is not None and article.published else None
    return extract_people(text, year=year)


def _with_officials(
    named: tuple[Party, ...], prev: Sentence, article: Article
) -> tuple[Party, ...]:
    """``named`` and the state of the one official of another state ``prev`` names.

    "President A will visit B. ... an agreement is to be signed": A's state (as the
    story tells it, or as the office holder A served that year) and B. Unchanged
    unless that comes to two states: the one named and one official's.
    """
    codes = {p.country for p in _officials(prev.text, article) if p.country} - {
        str(n) for n in named
    }
    if len(codes) != 1:
        return named
    return tuple(sorted((*named, Country(codes.pop())), key=str))


# How many sentences back "the sides" may find the pair of talks the story tells.
_NEAR_BACK = 4


def _near_pair(
    sentences: Sequence[Sentence], found: BodyMentions, text: str, top: tuple[Party, ...]
) -> tuple[Party, ...]:
    """The two states of the nearest sentence before ``text`` naming exactly two, if one is on top.

    A story of several meetings ("received the ambassadors of A, B and C") tells each one's
    sides right before "the sides" of it: "... the A-B commission will meet. The draft
    agreement, being negotiated by the two governments": A and B, not the story's most named.
    The pair must share a state with the story's two most named.
    """
    at = next((i for i, s in enumerate(sentences) if s.text is text), -1)
    for i in range(at - 1, max(-1, at - 1 - _NEAR_BACK), -1):
        sentence = sentences[i]
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        named = only_states(states(in_it, 0, len(sentence.text), sentence.text))
        if len(named) == 2:
            return tuple(sorted(named, key=str)) if set(named) & set(top) else ()
    return ()


# A document adopted or signed as the act of a meeting: "statements were adopted", "gave
# their approval to the convention", "signed the following".
_ADOPTED = re.compile(
    # "the ministers are expected to adopt a declaration": the meeting's act to come
    r"\b(?:signed|adopt(?:ed)?|approved|inked|(?:gave|give|gives)\s+(?:their|its)\s+approval\s+to"
    # "the leaders are expected to sign the X Declaration", "will sign": as "to adopt"
    r"|(?:to|will|shall)\s+sign"
    r"|(?:is|are|was|were)\s+being\s+implemented)\b",
    re.IGNORECASE,
)

# A byline standing as a sentence of its own before the lead: "By Jane Doe".
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}\s*")


def _body_meeting(sentences: Sequence[Sentence], found: BodyMentions) -> bool:
    """Whether the lead sentence reports a meeting of an intergovernmental body's organ.

    "At the Council of Foreign Ministers of the CIS, which met in Minsk on April 12":
    the documents it adopts are the members' (no state is named as their party).
    """
    lead = next((s for s in sentences if not _BYLINE.fullmatch(s.text)), None)
    if lead is None:
        return False
    return _EVENT_WORD.search(lead.text) is not None and any(
        m.kind == "group" for m in found.between(lead.start, lead.end)
    )


class _BodyStory:
    """Whether a story reports a body's meeting, found on the first question only."""

    def __init__(self, sentences: Sequence[Sentence], found: BodyMentions) -> None:
        self._sentences, self._found = sentences, found
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = _body_meeting(self._sentences, self._found)
        return self._answer


def _body_document(body_story: _BodyStory, text: str) -> bool:
    """Whether an instrument naming no state is a document a body's meeting adopted."""
    if _ADOPTED.search(text) is None or not body_story:
        return False
    return vocabulary().business.search(text) is None  # not "companies signed ..."


# Two sides told in a sentence that names one state: "the two countries", "his counterpart".
_TWO_SIDED = re.compile(
    r"\b(?:(?:the\s+two|both)\s+(?:countries|governments|sides|states|nations|ministries"
    r"|leaders|presidents|ministers|foreign\s+ministries)|counterparts?|bilateral"
    r"|(?:joint|intergovernmental)\s+(?:commission|committee))\b",  # a body of two sides
    re.IGNORECASE,
)


def _other_named(text: str, mentions: Sequence[CountryMention], party: Party) -> Party | None:
    """The one state besides ``party`` that a sentence names, places aside, if only one.

    "the meeting between the Azerbaijani president and the Armenian prime minister ...
    a peace agreement between the two neighbours": the agreement with one side found is
    the other named state's.
    """
    others = {
        m.code
        for m in mentions
        if m.kind != "group" and m.code != str(party) and not in_location(text, m)
    }
    return Country(others.pop()) if len(others) == 1 else None


def _story_side(story: _StoryStates, partner: Party) -> Party | None:
    """The state a story names most besides ``partner``, if named three times or more.

    "an agreement with B" with no other side in its clause is the story's state's.
    """
    for code, named in story.counts.most_common():
        if code != str(partner):
            return Country(code) if named >= 3 else None
    return None


# A body of the story's own state, named without it: "the Council of Ministers approved".
_HOME_BODY = re.compile(
    r"\b[Tt]he\s+(?:Council\s+of\s+Ministers|[Cc]abinet(?:\s+of\s+[Mm]inisters)?"
    r"|[Gg]overnment|[Pp]arliament)\b(?!\s+of\b)"
)


def _home_body_side(
    article: Article, body: str, text: str, head_start: int, partner: Party
) -> Party | None:
    """The dateline's state, for an instrument "with B" that a body of no named state acts on.

    "MUSCAT - ... the Council of Ministers approved the signing of an agreement with B":
    a cabinet or government the story names with no state is the one of its dateline.
    """
    if _HOME_BODY.search(text, 0, head_start) is None:
        return None
    home = _dateline_state(article, body)
    return Country(home) if home is not None and home != str(partner) else None


def _lone_other(story: _StoryStates, partner: Party) -> Party | None:
    """The only state besides ``partner`` that a story names outside place phrases, if one.

    Not in a story naming a group: "the US and the EU ... Brussels" has its other side there.
    """
    if any(m.kind == "group" for m in story._found.mentions):
        return None
    others = [code for code in story.counts if code != str(partner)]
    return Country(others[0]) if len(others) == 1 else None


# The speaker's side and its partner in the first person: "our leaders", "our two countries",
# "our transport ministries".
_OUR_SIDES = re.compile(
    r"\b[Oo]ur\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|countries|states|nations"
    r"|governments|sides|(?:[a-z]+\s+){0,2}ministries|(?:[a-z]+\s+)?ministers)\b"
)
# "with" right before a state: "signed with ", "an agreement with the ".
_WITH_RIGHT_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# The first verb of a lead: the subject's state is named before it.
_LEAD_VERB = re.compile(
    r"\b(?:received|receives|met|meets|held|holds|hosted|hosts|visited|visits|signed|signs"
    r"|arrived|arrives|paid|pays|had|has|discussed|discusses|welcomed|welcomes)\b"
)


# A city opening a sentence: "In Dushanbe, the two sides signed ...".
_OPENING_CITY = re.compile(r"\s*(?:In|At)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,")
# How many sentences before an instrument's may tell the turn it belongs to.
_TURN_BACK = 2


def _told_states(text: str, found_in: Sequence[CountryMention], story: _StoryStates) -> list[str]:
    """The states a sentence tells as acting: named, by demonym, by an official, by its city.

    A place phrase names none ("the summit in C"), except a city opening the sentence ("In
    B's capital, the sides signed"): the scene of one turn of a story of several meetings.
    """
    codes = [str(p) for p in only_states(states(found_in, 0, len(text), text))]
    codes += [p.country for p in story.people if p.country and p.name in text]
    opening = _OPENING_CITY.match(text)
    if opening is not None and (code := city_country(opening.group("city"))) is not None:
        codes.append(code)
    return list(dict.fromkeys(codes))


def _lead_home(
    sentences: Sequence[Sentence], found: BodyMentions, story: _StoryStates
) -> str | None:
    """The state of the lead's subject: "The President of A received ...", "President X held".

    The first of the opening two sentences with a lead verb tells it, by the one state named
    or the one official's state before that verb.
    """
    for lead in sentences[:2]:
        verb = _LEAD_VERB.search(lead.text)
        if verb is None:
            continue
        before = lead.text[: verb.start()]
        in_lead = shifted(found.between(lead.start, lead.start + verb.start()), lead.start)
        codes = {str(p) for p in only_states(states(in_lead, 0, len(before), before))}
        codes |= {p.country for p in story.people if p.country and p.name in before}
        return next(iter(codes)) if len(codes) == 1 else None
    return None


# The signers told as a body of a summit's leaders: "the heads of state", "the participants".
_GROUP_SUBJECT = re.compile(r"\b[Tt]he\s+(?:heads\s+of\s+state|leaders|participants|presidents)\b")
# A sentence telling who took part in a summit: "was attended by", "under the chairmanship of".
_ATTENDED = re.compile(
    r"\b(?:attended\s+by|took\s+part|taking\s+part|participated|chairmanship\s+of|chaired\s+by)\b"
)
# A guest at a summit, no member of it: "took part as guest of honour", "as an observer".
_GUEST = re.compile(r"\bguests?\s+of\s+honou?r\b|\bobservers?\b|\bas\s+(?:a\s+)?guests?\b")
# How many opening sentences may list a summit's members.
_ROSTER_SENTENCES = 4


def _summit_roster(
    sentences: Sequence[Sentence], found: BodyMentions, story: _StoryStates
) -> tuple[Party, ...]:
    """The states a story's opening lists as taking part in its summit (three or more).

    "The meeting was held under the chairmanship of the President of A. It was attended by
    the Presidents of B, C and D. The President of E took part as guest of honour": A, B, C
    and D (a guest's or an observer's sentence lists none). An opening naming an
    organisation tells a summit of its members: none, as a group is not expanded.
    """
    roster: list[str] = []
    for sentence in sentences[:_ROSTER_SENTENCES]:
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        if any(m.kind == "group" for m in in_it):
            return ()  # a summit of an organisation: its members are not expanded
        if not _ATTENDED.search(sentence.text) or _GUEST.search(sentence.text):
            continue
        roster += _told_states(sentence.text, in_it, story)
    codes = list(dict.fromkeys(roster))
    return tuple(sorted(map(Country, codes), key=str)) if len(codes) >= 3 else ()


def _turn_pair(
    article: Article,
    sentences: Sequence[Sentence],
    index: int,
    found: BodyMentions,
    story: _StoryStates,
) -> tuple[Party, ...]:
    """The sides of one turn of a story on one state meeting several others, one after another.

    "The President received the ministers of A, B and C. ... The B minister recalled the talks
    in B's capital, after which a programme was signed", "PM returns after visits to A, B ...
    In A's capital, the two sides signed seven memoranda": the home state (the dateline's, or
    the lead's subject's) and the one other state the instrument's sentence tells, or else the
    nearest sentence before it (by name, demonym, official or opening city). A headline and
    lead naming fewer than two others tell no such story; a sentence naming two others, no
    turn.
    """
    if index < 1:
        return ()
    lead_states: list[str] = []
    for lead in sentences[:2]:
        in_lead = shifted(found.between(lead.start, lead.end), lead.start)
        lead_states = _told_states(lead.text, in_lead, story)
        if lead_states:
            break  # (not a dateline standing alone: "DUSHANBE, 22.05.2025 /Agency/.")
    if article.title:
        lead_states += _told_states(article.title, body_mentions(article.title).mentions, story)
    home = _dateline_state(article, article.body)
    first = sentences[0].text
    if home is None and first[:2].isupper():
        home = city_country(dateline_place(first))
    if home not in lead_states:
        home = _lead_home(sentences, found, story)  # (an agency's city is no side)
    if home is None or home not in lead_states:
        return ()
    others = set(lead_states) - {home}
    if len(others) < 2:
        return ()
    for i in range(index, max(0, index - _TURN_BACK - 1), -1):
        sentence = sentences[i]
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        told = [c for c in _told_states(sentence.text, in_it, story) if c != home]
        if len(told) == 1 and told[0] in others:
            return tuple(sorted((Country(home), Country(told[0])), key=str))
        if told:
            return ()
    return ()


def _lead_subject(lead: Sentence, found: BodyMentions, partner: Party) -> Party | None:
    """The state of the lead's subject ("Uzbek President X received ..."), if not ``partner``."""
    verb = _LEAD_VERB.search(lead.text)
    if verb is None:
        return None
    in_lead = shifted(found.between(lead.start, lead.end), lead.start)
    dateline = DATELINE.match(lead.text)
    lo = dateline.end() if dateline else 0
    subject = [m for m in in_lead if lo <= m.start < verb.start() and m.kind in ("name", "demonym")]
    codes = {m.code for m in subject}
    if len(codes) != 1 or str(partner) in codes or in_location(lead.text, subject[0]):
        return None
    return Country(subject[0].code)


def _untold_declaration(mention: Mention, index: int, story: _StoryStates) -> bool:
    """A declaration the lead tells adopted in a story that names no state: a group's.

    "A declaration on X was adopted at the summit", no state named outside a place: a
    multilateral declaration whose parties the text does not tell.
    """
    return (
        index == 0
        and mention.kind is AgreementKind.DECLARATION
        and mention.status is AgreementStatus.SIGNED
        and mention.status_cue
        and not story.counts
    )


class _StoryStates:
    """How often a story names each state outside a place phrase, counted on first use.

    "the sides", "both countries" and "an agreement with B" all ask for the states a
    story names most; counted once per story, a story of many such mentions stays linear.
    Ties keep the order of first mention.
    """

    def __init__(
        self,
        found: BodyMentions,
        body: str,
        article: Article | None = None,
        sentences: Sequence[Sentence] = (),
    ) -> None:
        self._found, self._body = found, body
        self._counts: Counter[str] | None = None
        self._article = article
        self._sentences = sentences
        self._people: tuple[PersonMention, ...] | None = None

    @property
    def people(self) -> tuple[PersonMention, ...]:
        """The officials the story's sentences name, with their states, read on first use."""
        if self._people is None:
            self._people = _officials(" ".join(s.text for s in self._sentences), self._article)
        return self._people

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(
                m.code
                for m in self._found.mentions
                if m.kind != "group"
                and not in_location(self._body, m)
                and self._body[m.end : m.end + 1] != "$"  # "US$1 billion": a currency
            )
        return self._counts

    def with_home_of(self, pair: Sequence[Party], other: Party) -> tuple[Party, ...]:
        """``other`` with the state of ``pair`` the story names more (the first on a tie), sorted.

        "B expects to sign an agreement on visas with C. Negotiations on a similar document
        with D are under way": D's partner is B or C, whichever the story is about.
        """
        counts = self.counts
        home = max(pair, key=lambda p: counts[str(p)])
        return tuple(sorted((home, other), key=str))

    def top(self, n: int) -> tuple[Party, ...]:
        """The ``n`` states named most; the dateline's state fills in for a side not named.

        "Islamabad, May 30: ... met the visiting Uzbek minister ... signed between the
        two countries": the story names one state, its dateline the other.
        """
        named = [code for code, _ in self.counts.most_common(n)]
        if 0 < len(named) < n and self._article is not None:
            home = _dateline_state(self._article, self._body)
            if home is not None and home not in named:
                named.append(home)
        if 0 < len(named) < n and "arriv" in self._body:
            # "The Uzbek president arrived in Ashgabat on a visit": the host is the other side
            for m in self._found.mentions:
                if (
                    m.kind == "capital"
                    and m.code not in named
                    and _ARRIVED_IN.search(self._body, max(0, m.start - 20), m.start)
                ):
                    named.append(m.code)
                    break
        return tuple(Country(code) for code in named)


# An official of no state named meeting a foreign one: "the minister ... his Uzbek counterpart".
_COUNTERPART_OF = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}minister\b[^.;]{0,80}?\b(?:his|her)\s+[A-Z][\w’'-]+\s+counterpart\b"
)
# A named instrument's aside telling it was signed during one official's visit to a state:
# ", signed during President A B's state visit to C".
_SIGNED_DURING_VISIT = re.compile(
    r",\s+(?:which\s+was\s+)?signed\s+during\s+(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*[’']s\s+"
    r"(?:(?:state|official|working)\s+)?visit\s+to\s+(?P<host>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _name_end_at(text: str, mention: Mention, head: re.Match[str]) -> int:
    """Where a named instrument's name ends in ``text`` (its head's end when not found)."""
    at = text.find(mention.title) if mention.title else -1
    return at + len(mention.title or "") if at >= 0 else head.end()


# A relative clause naming who signed a named document: "that President A launched", "which
# B and C signed".
_RELATIVE_SIGNER = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?P<who>[A-Z][^,;:()]{1,60}?)\s+(?:had\s+|has\s+)?"
    r"(?:signed|inked|concluded|adopted|launched)\b"
)


def _relative_signers(
    text: str,
    mention: Mention,
    head: re.Match[str],
    mentions: Sequence[CountryMention],
    article: Article,
) -> tuple[Party, ...]:
    """The states a relative clause right after a named document tells as signing it.

    "the X Declaration that President A launched in 2022": A's state (as the story gives
    it, or as the office holder A served that year); "which B and C signed": B and C.
    """
    clause = _RELATIVE_SIGNER.match(text, _name_end_at(text, mention, head))
    if clause is None:
        return ()
    lo, hi = clause.span("who")
    named = list(only_states(states(mentions, lo, hi, text)))
    for person in _officials(text[lo:hi], article):
        # a state's official (a body's head, "UN", is no side of his own)
        if person.country and len(person.country) == 3 and Country(person.country) not in named:
            named.append(Country(person.country))
    return tuple(sorted(named, key=str))


def _stance_officials(
    text: str, mention: Mention, mentions: Sequence[CountryMention], article: Article
) -> tuple[Party, ...]:
    """The states of the officials whose clause upholds a named instrument.

    "President A and President B reaffirmed their commitment to the X Accord": A's and
    B's states (as the story gives them, or as the office holders they were that year),
    when the subject names officials and no state of its own.
    """
    at = text.find(mention.title) if mention.title else -1
    span = stance_clause(text, at) if at >= 0 else None
    if span is None or any(span[0] <= m.start < span[1] for m in mentions):
        return ()
    lo, hi = span
    named = {
        Country(person.country)
        for person in _officials(text[lo:hi], article)
        if person.country and len(person.country) == 3  # a body's head is no side of his own
    }
    return tuple(sorted(named, key=str))


# A visitor's arrival right before a capital: "arrived in ", "arriving in ".
_ARRIVED_IN = re.compile(r"\barriv(?:ed|es|ing)\s+in\s+$")


def _dateline_state(article: Article, body: str) -> str | None:
    """The state a story is datelined from ("ISLAMABAD, March 18 -"), if known.

    The dateline is the one the reader kept apart, else a wire dateline at the body's
    start; its state is read as every dateline's is (:func:`place_country`).
    """
    if article.dateline:
        line = article.dateline
    else:
        head = DATELINE.match(body)
        if head is None:
            return None
        line = head.group()
    return place_country(line)


def _consent_sides(
    sentence: Sentence, found: BodyMentions, story: _StoryStates
) -> tuple[Party, ...]:
    """The states that "reached agreement" in ``sentence``: named, or "both countries"."""
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    named = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    if 1 < len(named) <= 4:
        return named
    with_groups = tuple(states(mentions, 0, len(sentence.text), sentence.text))
    if named and 1 < len(with_groups) <= 4:
        return with_groups  # "the EC and the U.S. reached agreement": a group is a side
    if BOTH_SIDES.search(sentence.text):
        return story.top(2)
    return ()


def _known_as(text: str, title: str, record: _Record) -> bool:
    """Whether ``title`` is another name the sentence gives the instrument just read."""
    if record.title is None or record.evidence[-1].text != text:
        return False
    at = text.find(title)
    return at > 0 and _KNOWN_AS.search(text, max(0, at - 40), at) is not None


def _listed_parties(
    sentences: Sequence[Sentence], index: int, found: BodyMentions
) -> tuple[Party, ...]:
    """States listed after a group in the sentence or in a next one that opens with "It".

    "six nations - Britain, Canada, France and Japan", "the Group of Seven - the US,
    Japan, ...": the list names the parties of a named instrument that names none.
    """
    for sentence in sentences[index : index + 2]:
        if sentence is not sentences[index] and not _IT_OPENS.match(sentence.text):
            break
        named = _group_list(sentence, found)
        if named:
            return named
    return ()


def _group_list(sentence: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The (three or more) states listed after a group in ``sentence``: "six nations - A, B, C"."""
    listed = _GROUP_LIST.search(sentence.text)
    if listed is None:
        return ()
    lo, hi = sentence.start + listed.end(), sentence.start + listed.end() + 160
    close = _LIST_END.search(sentence.text, listed.end())
    if close is not None:
        hi = sentence.start + close.start()
    mentions = shifted(found.between(lo, hi), sentence.start)
    named = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    return tuple(sorted(set(named), key=str)) if len(named) >= 3 else ()


def _listed_at(
    article: Article, sentences: Sequence[Sentence], found: BodyMentions, city: str
) -> tuple[tuple[Party, ...], PartialDate | None, Sentence | None]:
    """The states a story lists as met in ``city``, with the date it gives them.

    "the accord reached in Paris" ... "Five states - Italy, Japan, ... - vowed
    in Paris on March 14 to ...": the parties and date of the accord.
    """
    for sentence in sentences:
        if city not in sentence.text:
            continue
        named = _group_list(sentence, found)
        if named:
            dated = extract_dates(sentence.text, article.published)
            return named, (dated[0].date if dated else None), sentence
    return (), None, None


def _trigger_sentences(
    sentences: Sequence[Sentence], heads: Sequence[int]
) -> list[tuple[int, list[int]]]:
    """The sentences holding instrument words: ``(sentence index, head body offsets)``, in order.

    Heads are found once in the body and put in their sentences by bisection.
    """
    starts = [s.start for s in sentences]
    found: list[tuple[int, list[int]]] = []
    for head in heads:
        index = bisect.bisect_right(starts, head) - 1
        if index < 0 or head >= sentences[index].end:
            continue  # between sentences (cannot happen: heads start with a letter)
        if found and found[-1][0] == index:
            found[-1][1].append(head)
        else:
            found.append((index, [head]))
    return found


_ANY_DEAL = frozenset([AgreementKind.AGREEMENT, AgreementKind.OTHER])


def _into_named(records: list[_Record]) -> list[_Record]:
    """Fold unnamed mentions into the one instrument of their kind the story names.

    "a draft treaty on missiles ... the INF treaty ... the treaty" is one treaty
    when the story names no other of its kind; two named ones leave all apart.
    """
    named: dict[AgreementKind, _Record | None] = {}
    for record in records:
        # "agreement", "deal", "pact" and "accord" are said of every kind of deal: a
        # story on the Paris accord may well tell of a chip pact too.
        if record.title is not None and record.kind not in _ANY_DEAL:
            named[record.kind] = record if record.kind not in named else None
    if not any(named.values()):
        return records
    kept: list[_Record] = []
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


# A signing told as news: "were signed", "has signed", "concluded" (not "to be signed").
_SIGNED_NEWS = re.compile(
    r"\b(?:signed|inked|concluded|sealed|penned|adopted|gave\s+(?:their|its)\s+approval\s+to|put\s+(?:their|its|his|her)\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b))|signing\s+of)\b"
    r"|\b" + SIGNATURE_NOUN + r"of\b"
    r"|\bsigning\s+ceremony\b"
    # "the parties endorsed the plan", "the programme was approved": the meeting's sides
    r"|\b(?:approved|endorsed)\b",
    re.IGNORECASE,
)
_NOT_NOW = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|will|to)\s+(?:\w+\s+)?sign"
    r"|\b(?:earlier|ago|recent|recently|previously|formerly|last|since)\b|\bin\s+(?:19|20)\d\d\b"
    # "the agreements signed during his visit should be implemented": documents of before
    r"|\b(?:should|must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+be\s+(?:\w+\s+)?implemented\b"
    # "It was noted that A and B signed a declaration": a remark on a signing of before
    r"|\b(?:noted|stressed|emphasi[sz]ed|recalled|underlined|pointed\s+out)\s+that\s"
    r"[^.;]*\b(?:signed|concluded|inked)\b"
    # "So far, 40 agreements have been signed", "relations are based on the treaty signed":
    # the tally of what stands, not the day's signing
    # ("In total, 14 documents were signed" sums up the day's own signing: not a cue)
    r"|\b(?:[Ss]o\s+far|[Tt]o\s+date|[Oo]ver\s+the\s+years)\b"
    r"|\b(?:is|are)\s+based\s+on\b"
    # "the legal framework includes 30 documents ... signed": the tally of what stands
    r"|\b(?:legal|contractual|treaty|regulatory)[\s-]+(?:legal\s+)?(?:framework|basis|base)\b"
    r"[^.;]*\b(?:signed|concluded|inked)\b",
    re.IGNORECASE,
)


def _dateline_event(article: Article) -> tuple[PartialDate | None, Place | None]:
    """The day and city of a page's dateline: "BISHKEK, Kyrgyzstan, October 12" (or none).

    Unlike :func:`place_country`, this reads a city, where an event can be: the place the
    dateline opens with (:func:`dateline_place`) counts only if it is a known city.
    """
    if not article.dateline:
        return None, None
    dated = extract_dates(article.dateline, article.published)
    days = [d.date for d in dated if d.date.day is not None]
    city = dateline_place(article.dateline)
    code = city_country(city)
    return (
        days[0] if days else None,
        Place(city=city, country=Country(code)) if code is not None else None,
    )


# How many sentences of a story's lead may tell its event, and how long before the
# publication date that event may be: a signing told as news happened at it.
_LEAD_SENTENCES = 3
_LEAD_DAYS = 7


def _recent(day: PartialDate, published: dt.date) -> bool:
    """Whether ``day`` is not after ``published`` and at most a week before it (the news)."""
    return 0 <= (published - day.first_day()).days <= _LEAD_DAYS


_EVENT_WORD = re.compile(
    r"\b(?:met|meet(?:s|ing|ings)?|talks|visit(?:s|ed|ing)?|summit|session|consultations"
    r"|convened|hosted|received|ceremony|forum|conference|negotiations)\b"
    r"|\bgathered\b"  # "the heads of state gathered in X on May 6"
    # "A and B yesterday exchanged the instruments of ratification": a ceremony of the sides
    r"|\bexchang(?:ed|e)\s+(?:the\s+)?(?:instruments|letters|notes)\b",
    re.IGNORECASE,
)
# An arrival told before a date, in the same clause: "who arrived on a state visit".
_ARRIVAL = re.compile(r"\barriv(?:ed|es|ing)\b[^,;]*$")
# The host city of the lead's event: "in Baku", "visiting Astana", "Baku hosted".
_EVENT_CITY = re.compile(
    r"\b(?:in|at|visiting|visit\s+to|came\s+to|arrived\s+in)\s+([A-Z][\w’'-]+)"
    r"|\b([A-Z][\w’'-]+)\s+hosted\b"
)


def _lead_event(
    article: Article, sentences: Sequence[Sentence]
) -> tuple[PartialDate | None, Place | None]:
    """The day and city of the event a story's lead reports, each when it gives it.

    "On Wednesday in Astana, the leaders held talks, after which documents were
    signed": the day is the first day-precision date of a lead sentence telling an
    event, not after the publication date and at most a week before it (an older
    date is another event); the city is its "in <city>", else the first city the
    lead's sentences place an event or a visit in.
    """
    day: PartialDate | None = None
    place: Place | None = None
    for sentence in sentences[:_LEAD_SENTENCES]:
        if not _EVENT_WORD.search(sentence.text):
            continue  # "China released a paper on Monday": no event to sign at
        city = _event_city(sentence.text)
        if article.published is None:
            return None, place or city
        day_dates = [
            found
            for found in extract_dates(sentence.text, article.published)
            if found.date.day is not None
        ]
        days = [found.date for found in day_dates]
        recent = [d for d in days if _recent(d, article.published)]
        if len(recent) > 1 and "arriv" in sentence.text:
            # "who arrived on a visit yesterday, held talks today": the talks' day
            recent = [
                found.date
                for found in day_dates
                if found.date in recent
                and not _ARRIVAL.search(sentence.text, max(0, found.start - 60), found.start)
            ] or recent
        if days and not recent:
            continue  # "On March 2, ministers met in Lima": an event before the news
        if day is None and recent:
            day, place = recent[0], city or place
        place = place or city
    return day, place


# A ratification told in the lead: "ratified", "approved the ratification", "approved the law".
_RATIFYING_LEAD = re.compile(r"\bratif|\bapprov", re.IGNORECASE)


def _lead_ratification(
    article: Article, sentences: Sequence[Sentence], records: Sequence[_Record]
) -> PartialDate | None:
    """The day of the ratification a page's lead reports, if it reports one.

    The first day of a lead sentence telling a ratification, not after the publication date
    and at most a week before it; else, for a lead ratification with no recent day ("The
    Senate has ratified the treaty, signed on May 2"), the dateline's day.
    """
    if article.published is None or not any(
        r.status is AgreementStatus.RATIFIED and r.date is None for r in records
    ):
        return None
    lead = [s for s in sentences[:_LEAD_SENTENCES] if _RATIFYING_LEAD.search(s.text)]
    if not lead:
        return None
    for sentence in lead:
        dateline = DATELINE.match(sentence.text)  # "DUSHANBE, March 6 --": the report's day
        for found in extract_dates(sentence.text, article.published):
            if dateline is not None and found.start < dateline.end():
                continue
            if found.date.day is not None and _recent(found.date, article.published):
                return found.date
    return _dateline_event(article)[0] if lead[0] is sentences[0] else None


def _own_day(text: str, published: dt.date | None) -> PartialDate | None:
    """The one recent day of the signing clause of ``text`` (at most a week before ``published``).

    A day in another clause between it and the signing verb ("..., who held talks with her
    yesterday") is that clause's event's.
    """
    verb = _SIGNED_NEWS.search(text)
    if published is None or verb is None:
        return None
    days = {
        found.date
        for found in extract_dates(text, published)
        if found.date.day is not None
        and _recent(found.date, published)
        and not _DAY_CLAUSE.search(text, min(found.end, verb.end()), max(found.start, verb.start()))
    }
    return days.pop() if len(days) == 1 else None


def _only_day(text: str, published: dt.date | None) -> PartialDate | None:
    """The one date ``text`` tells after its dateline, if it tells exactly one."""
    dateline = DATELINE.match(text)
    start = dateline.end() if dateline else 0
    told = {found.date for found in extract_dates(text, published) if found.start >= start}
    return told.pop() if len(told) == 1 else None


# A relative or subordinate clause: a day across it is another event's.
_DAY_CLAUSE = re.compile(r",\s*(?:who|which|when|after|before|while|where)\b|[;:]")


def _event_city(text: str) -> Place | None:
    """The first known city ``text`` places an event in ("in Baku", "Baku hosted")."""
    for match in _EVENT_CITY.finditer(text):
        city = match.group(1) or match.group(2)
        code = city_country(city)
        if code is not None:
            return Place(city=city, country=Country(code))
    return None


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _names_other_city(record: _Record, city: str) -> bool:
    """Whether the record's title, or an "in <city>" of its sentence, names another city."""
    names = [m.group() for m in _CAPITALISED.finditer(record.title or "")]
    names += [m.group(1) for m in _IN_PLACE.finditer(record.evidence[-1].text)]
    for name in names:
        for candidate in (name, name.split()[0]):
            if candidate != city and city_country(candidate) is not None:
                return True
    return False


# A year other than the years an instrument covers ("for 2024-2026"): another time.
# A year, not one that opens a span of years ("a 2019-2020 programme": the years it covers).
_YEAR = re.compile(r"(?<![-–])\b(?:19|20)\d\d\b(?!\s*[-–]\s*(?:19|20)?\d\d\b)")
_FOR_YEARS = re.compile(r"\bfor\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$")


def _other_year(text: str) -> bool:
    """Whether ``text`` names a year that is not one an instrument covers ("for 2024-2026")."""
    return any(
        not _FOR_YEARS.search(text, max(0, m.start() - 20), m.start()) for m in _YEAR.finditer(text)
    )


def _signing_text(record: _Record) -> str:
    """The sentence that tells the record's signing (a listed one's is the list's intro)."""
    listed = record.item_of is not None or record.rule.endswith("_listed")
    return record.evidence[0].text if listed else record.evidence[-1].text


def _signed_in_story(record: _Record) -> bool:
    """A signed record whose sentence reports the signing itself, as the day's news."""
    text = _signing_text(record)
    return (
        record.status is AgreementStatus.SIGNED
        and record.date is None
        and bool(_SIGNED_NEWS.search(text))
        and not _NOT_NOW.search(text)
    )


def _at_the_event(record: _Record) -> bool:
    """A signing told as part of the story's event: "following the talks", "the two leaders"."""
    return _signed_in_story(record) and bool(_AT_THE_EVENT.search(_signing_text(record)))


# A signing sentence pointing at the event the lead reports.
_AT_THE_EVENT = re.compile(
    r"""\b(?:[Ff]ollowing|[Aa]fter|[Dd]uring|[Aa]t|[Oo]n\s+the\s+sidelines\s+of
    |[Ii]n\s+the\s+course\s+of|[Aa]t\s+the\s+(?:end|close|conclusion)\s+of
    |(?:[Aa]s|[Oo]nce|[Ww]hen)(?=\s+the\s+\w+\s+(?:concluded|ended|closed)))
    \s+the\s+(?:talks|meeting|negotiations|visit|summit|session|consultations)\b
    |\bwitness(?:ed|ing)\s+the\s+(?:signing|exchange)\b
    |\b[Tt]he\s+two\s+(?:heads\s+of\s+state|leaders|presidents|ministers|prime\s+ministers)\b""",
    re.VERBOSE,
)


# A plural's parts told in its sentence: "including", "among them".
_PARTS_TOLD = re.compile(r"\b(?:including|among\s+them|among\s+which|of\s+which)\b")
# One document signed beside a counted set, joined by "and" in one clause: "signed a Joint
# Statement and witnessed the exchange of 11 documents", "adopted a declaration and 9
# agreements" (not "a memorandum, one of the 11 documents", nor "while ministers signed").
_SIGNED_BESIDE = re.compile(
    r"""
    \b(?:signed|adopted|inked|concluded)\s+(?:a|an|the)\s+  # the verb and one document
    (?:(?!\b(?:and|while|including|among|of\s+the)\b)[^,;:.]){1,100}?  # its name, one clause
    \sand\s+(?:[a-z]+\s+){0,5}?  # "and", maybe "witnessed the exchange of"
    (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+
    (?:other\s+)?(?:[\w-]+\s+){0,2}?  # "9 intergovernmental"
    (?:documents|agreements|accords|memoranda|memorandums|deals|instruments|treaties)\b
    """,
    re.VERBOSE,
)


def _national_plan(record: _Record) -> bool:
    """A plan of one state that no verb signs or adopts: a country's own programme.

    Or one that a state approves alone, with no partner and no signature told
    ("the government approved the state programme for 2023-2027").
    """
    return (
        record.kind is AgreementKind.PLAN
        and record.title is None
        and len(record.parties) == 1
        and not record.first.status_cue
        and len(record.evidence) == 1
    ) or (
        record.kind is AgreementKind.PLAN
        and record.title is None
        and len(record.parties) == 1
        and any(_OWN_PLAN.search(sentence.text) for sentence in record.evidence)
        and not any(_SHARED_PLAN.search(sentence.text) for sentence in record.evidence)
    )


# A plan that has another side, or is signed: its sentence's words for that.
_SHARED_PLAN = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|signatures?|ink(?:s|ed)|initial(?:l)?ed|with|between|among|joint"
    r"|bilateral|trilateral|multilateral|cooperation|partnership|sides|parties|countries|states"
    r"|intergovernmental|member|commission|council|committee|co-chair\w*)\b",
    re.IGNORECASE,
)
# A state's own plan: one its government or a state body approves, or called national.
_OWN_PLAN = re.compile(
    r"\b(?:government|cabinet|ministry|president|prime\s+minister|parliament|state\s+"
    r"(?:programme|program|plan)|national|presidential|decree|resolution)\b",
    re.IGNORECASE,
)


# A fight against the movement, not a deal with it: "an accord to fight the X".
_AGAINST = re.compile(
    r"\b(?:against|fight|fighting|combat|combating|counter|countering|defeat|defeating)"
    r"\s+(?:the\s+)?$"
)


def _with_armed_group(record: _Record) -> bool:
    """Whether a sentence of the instrument names a non-state armed movement as its side.

    "a deal between A and <movement>", "<movement>'s acceptance of the deal",
    "<movement> to accept the proposal ... a hostage deal": a deal with a movement, which
    is not an instrument between states. A movement within 120 characters of an
    instrument word counts, unless the instrument is against it ("an accord to fight
    <movement>").
    """
    armed = vocabulary().armed
    for sentence in record.evidence:
        text = sentence.text
        found = [m for m in armed.finditer(text) if not _AGAINST.search(text, 0, m.start())]
        if found and any(
            abs(m.start() - head.start()) <= 120 for m in found for head in iter_heads(text)
        ):
            return True
    return False


def _covers(other: _Record, vague: _Record) -> bool:
    """Whether ``other`` is one of the documents a plural with no number speaks of."""
    return (
        other is not vague
        and not other.vague
        and other.status is vague.status
        and bool(set(other.parties) & set(vague.parties))
        # "documents" cover any kind; "agreements" are not a joint statement or a memorandum
        and (vague.kind is AgreementKind.OTHER or other.kind is vague.kind)
    )


# A plural whose signing the sentence tells as a noun: "welcomed the recent signing of
# memoranda on X", "hailed the signature of agreements on Y".
_SIGNING_OF_PLURAL = re.compile(
    r"\b(?:signing|signature)\s+(?:[\w-]+\s+){0,4}?of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:memoranda|memorandums|agreements|accords|protocols|treaties|documents|declarations)\b",
    re.IGNORECASE,
)


def _covered(vague: _Record, covering: Sequence[_Record]) -> bool:
    """Whether the records ``covering`` (each one :func:`_covers` holds for) tell ``vague``'s.

    A plural whose other sides none of them has is another set of documents ("similar deals
    with B and C" after deals of A with D); so is a plural whose signing is told as a noun,
    with topic words none of them has: "a memorandum of cooperation to connect firms" ...
    "welcomed the signing of memoranda on cybersecurity cooperation". Any other plural, one
    with no topic, or one told beside a record with none, is theirs.
    """
    if not covering:
        return False
    shared = set(vague.parties) & {party for other in covering for party in other.parties}
    if len(shared) < min(2, len(vague.parties)):
        # "China is negotiating similar deals with B and C" after its deals with D: they
        # share one side only; the plural's partners are in none of them, other documents
        return False
    if (
        not vague.topic
        or any(not other.topic for other in covering)
        or _SIGNING_OF_PLURAL.search(vague.first.sentence.text) is None
    ):
        return True
    return vague.topic <= frozenset().union(*(other.topic for other in covering))


# A signing told as one more of the same occasion: "were also signed", "Besides, a ...",
# "Together with the treaty, senators ratified ...".
_ONE_MORE = re.compile(
    r"^(?:Besides|In\s+addition|Additionally|Also|Together\s+with)\b"
    r"|\b(?:was|were|have\s+been|has\s+been)\s+also\s+(?:signed|adopted|inked)\b"
    r"|\balso\s+(?:been\s+)?(?:signed|adopted|inked)\b"
)


# A signing told at an event's close: "signed at its close", "at the end of the session".
_AT_CLOSE = re.compile(
    r"\b(?:at|by|on)\s+(?:the|its|their)\s+(?:close|end|conclusion|closing|final\s+day|last\s+day)\b"
    r"|\bclosing\s+(?:ceremony|session|day|sitting)\b",
    re.IGNORECASE,
)
# The last day of a span of days written with its first: "20-21", "4 to 6", "8 and 9".
_SPAN_END = re.compile(
    r"\b(\d{1,2})\s*(?:[-–]|to|and|through|till|until)\s*(\d{1,2})\b(?!\s*[a-z%])"
)
# How many days an event told as one span may last.
_SPAN_DAYS = 7


def _closing_day(
    sentences: Sequence[Sentence], record: _Record, published: dt.date | None
) -> PartialDate | None:
    """The last day of the span of days that opens on ``record``'s day, in a sentence before it.

    "The commission met on May 20-21. A protocol was signed at its close": a document
    signed at the close of an event of several days is dated on its last day.
    """
    day = record.date
    if day is None or day.day is None:
        return None
    for sentence in sentences:
        if sentence.start > record.evidence[-1].start:
            break
        for found in extract_dates(sentence.text, published):
            if found.date != day:
                continue
            span = _SPAN_END.search(sentence.text, found.start, found.end + 12)
            if (
                span is not None
                and int(span[1]) == day.day
                and 0 < int(span[2]) - day.day <= _SPAN_DAYS
            ):
                return PartialDate(day.year, day.month, int(span[2]))
    return None


# A sentence opening with a shift of days from the story's event: "The next day,", "A day
# later,", "Two days later,", "The day before,", "On the eve,".
_DAY_SHIFT = re.compile(
    r"\s*(?:(?P<after>(?:On\s+)?[Tt]he\s+(?:next|following)\s+day|(?:A|One)\s+day\s+later"
    r"|[Tt]he\s+day\s+after)|(?P<before>[Tt]he\s+(?:day\s+before|previous\s+day)"
    r"|On\s+the\s+eve)|(?P<more>\w+\s+days\s+(?:later|earlier|before)))\b"
)


def _shifted(date: PartialDate, shift: re.Match[str]) -> PartialDate | None:
    """The day ``shift`` tells beside ``date``: one day on or back; none for a longer shift.

    >>> day = PartialDate(2025, 4, 3)
    >>> [str(_shifted(day, _DAY_SHIFT.match(t))) for t in ("The next day,", "On the eve,")]
    ['2025-04-04', '2025-04-02']
    >>> later = _DAY_SHIFT.match("Two days later,")
    >>> _shifted(day, later), _shifted(PartialDate(2025, 4), _DAY_SHIFT.match("The next day"))
    (None, None)
    """
    if shift["more"] is not None or date.day is None:
        return None
    step = dt.timedelta(days=1 if shift["after"] is not None else -1)
    return PartialDate.from_date(date.first_day() + step)


# A dateline opening the body with the day it was filed: "ISLAMABAD, Sept 3 (APP):",
# "DUSHANBE, 1 August -", "BAKU, Azerbaijan, Dec. 8".
_FILED_ON = re.compile(
    r"\s*[A-Z][A-Z .'-]{2,30},\s*(?:[A-Z][a-z]+,\s*)?"
    r"(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})\b"
)


def _on_story_day(article: Article) -> Article:
    """The article dated by its dateline when the story was filed 1-7 days before the page.

    "ISLAMABAD, Sept 3 - ... signed here today" on a page of September 4: "today"
    is the dateline's day (a later dateline is the same day in another time zone).

    >>> import datetime as dt
    >>> page = Article(body="DUSHANBE, Aug 1 - They signed it.", published=dt.date(2025, 8, 4))
    >>> _on_story_day(page).published
    datetime.date(2025, 8, 1)
    """
    if article.published is None:
        return article
    line = _FILED_ON.match(article.body)
    if line is None:
        return article
    try:
        filed = parse_date(line["day"], article.published)
    except DateParseError:
        return article
    if filed.day is None or not 1 <= (article.published - filed.first_day()).days <= 7:
        return article
    return attrs.evolve(article, published=filed.first_day())


# A pronoun item right after a counted plural: "six agreements, including one on X".
_ONE_ON = re.compile(
    r"\b(?:agreements|documents|memorand(?:a|ums)|treaties|accords|deals|protocols|conventions"
    r"|instruments|pacts)(?:\s[^.;:,]{0,30}?)?\s*,?\s*(?:including|among\s+them|notably|in\s+particular)\s+one"
    r"\s+(?:on|for|to|with)\s"
)


def _one_on_items(records: list[_Record]) -> list[_Record]:
    """The records, each counted plural followed by "including one on X" split in two.

    "Six agreements, including one on air services, were signed": the one named by its
    topic is a record of its own, of the plural's kind, and the plural counts the rest.

    >>> _ONE_ON.search("Six agreements, including one on visas, were signed") is not None
    True
    >>> _ONE_ON.search("six agreements, including the one on visas") is None
    True
    """
    if not any(r.count > 1 and "one " in r.first.sentence.text for r in records):
        return records
    out: list[_Record] = []
    for record in records:
        out.append(record)
        sentence = record.first.sentence
        if record.count > 1 and record.title is None and _ONE_ON.search(sentence.text):
            out.append(
                attrs.evolve(
                    record,
                    count=1,
                    vague=False,
                    topic=frozenset(),
                    evidence=[sentence],
                    rule=f"{record.rule}+one",
                    aliases=set(),
                    item_of=record,
                )
            )
    return out


# Where the clause that acts under a named instrument opens: the sentence's start, a
# relative "where", a break of clause, or what a speaker said (the speaker is no holder).
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|\bwhere\b|\b(?:said|says|told)\b(?:\s+that\b)?)")


def _held_under(record: _Record) -> tuple[Party, ...]:
    """The states its own clause tells acting under a named instrument that has no parties.

    "where A and B are expanding cooperation under the X Agreement", "reaffirmed the
    commitment of A to the defense of B under the 1951 X Treaty": the two or more states the
    clause names before "under the X" hold to it; one state alone is not read (a story's
    other party is not named there).
    """
    if record.parties or record.title is None or len(record.evidence) != 1:
        return ()
    text = record.evidence[0].text
    first = re.escape(record.title.split()[0])
    under = re.search(r"\bunder\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?" + first + r"\b", text)
    if under is None:
        return ()
    lo = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, under.start())), default=0)
    mentions = [m for m in extract_country_mentions(text) if m.kind != "group"]
    found = only_states(states(mentions, lo, under.start(), text))
    return tuple(sorted(found, key=str)) if len(found) >= 2 else ()


def _finish(
    article: Article, records: list[_Record], sentences: Sequence[Sentence] = ()
) -> list[Agreement]:
    """Build the Agreements; a count covers only the instruments not named one by one."""
    result: list[Agreement] = []
    day, place = _dateline_event(article)
    in_lead = False
    if (day is None or place is None) and any(_signed_in_story(r) for r in records):
        lead_day, lead_place = _lead_event(article, sentences)
        in_lead = (day is None and lead_day is not None) or (
            place is None and lead_place is not None
        )
        if day is None and lead_day is not None and lead_place is not None:
            place = lead_place  # "ASTANA - ... the meeting in Minsk on April 12": Minsk
        day, place = day or lead_day, place or lead_place
    event_day = None  # the lead event's own day, for a signing told as part of that event
    dateline_day = not in_lead and day is not None and article.dateline is not None
    if day is not None and not in_lead and any(_at_the_event(r) for r in records):
        event_day, _ = _lead_event(article, sentences)
    elif dateline_day and any(_signed_in_story(r) for r in records):
        # "RIYADH, September 10 - The meeting took place in Riyadh on Monday ... adopted a
        # plan": the dateline dates the report, the lead its event, where the plan was adopted
        event_day, _ = _lead_event(article, sentences)
        event_day = event_day if event_day != day else None
    told: _Record | None = None  # the last signing told with a date
    ratified_day = _lead_ratification(article, sentences, records)
    for record in records:
        if (
            ratified_day is not None
            and record.status is AgreementStatus.RATIFIED
            and record.date is None
            and record.evidence[0] in sentences[:_LEAD_SENTENCES]
            and len(record.evidence) == 1
        ):
            # "The parliament on May 2 approved laws on ratification ... MPs ratified the X":
            # a ratification told once, as the page's news, on the day the lead gives it
            record.date = ratified_day
        if (
            told is not None
            and record.date is None
            and record.status is told.status
            and _ONE_MORE.search(record.evidence[0].text)
            and 0 <= record.evidence[0].paragraph - told.evidence[-1].paragraph <= 1
        ):
            # "the sides signed the protocol on Monday. Besides, 3 memoranda were also
            # signed": the same signing's day and place
            record.date, record.location = told.date, record.location or told.location
        if (
            told is not None
            and record.date is None
            and record.status is told.status
            and record.evidence[0] is told.evidence[0]
            and _only_day(record.evidence[0].text, article.published) == told.date
        ):
            # "Six documents were signed on Tuesday ..., among them an agreement on X and a
            # memorandum on Y": the documents its sentence names share that signing's day (the
            # only day it tells)
            record.date, record.location = told.date, record.location or told.location
        if in_lead and record.date is None and _signed_in_story(record):
            # "A and B signed a roadmap ... in Tehran on Monday" (far from the word), while the
            # lead's event is "B arrived on Sunday": the signing sentence's own day
            record.date = _own_day(record.evidence[0].text, article.published)
        if (
            (day is not None or place is not None)
            and _signed_in_story(record)
            and not (in_lead and _other_year(_signing_text(record)))
        ):
            # "BISHKEK, October 12 ... documents were signed": the day and place of the report;
            # "Following the talks, the sides signed": the talks' day, when the lead gives it
            record.date = (
                record.date or (event_day if dateline_day or _at_the_event(record) else None) or day
            )
            at = sentences.index(record.evidence[0]) if record.evidence[0] in sentences else 0
            event_told = _told_event_day(sentences, at, article.published) if at > 1 else None
            if event_told is not None:
                # "The meeting, held on Monday, ... Following the meeting, they signed": the
                # meeting's day, which a sentence before tells (the lead's event is dated by
                # the dateline rule above)
                record.date = event_told
            shift = _DAY_SHIFT.match(record.evidence[0].text)
            if shift is not None and record.date is not None:
                # "The next day, the sides signed ...": a day beside the story's event
                record.date = _shifted(record.date, shift)
            if (
                record.location is None
                and place is not None
                and not _names_other_city(record, place.city or "")
            ):
                record.location = place
        if record.date is not None and _AT_CLOSE.search(_signing_text(record)):
            # "The session ran on May 20-21 ... a protocol was signed at its close": its last day
            record.date = _closing_day(sentences, record, article.published) or record.date
        if record.date is not None:
            told = record
        if record.vague and _covered(record, [o for o in records if _covers(o, record)]):
            continue  # "documents were signed": the story names or counts them elsewhere
        if _national_plan(record):
            continue  # "the national tourism action plan of Chile": one state's own plan
        if _with_armed_group(record):
            continue  # "a deal between A and <armed movement>": not between states
        if held := _held_under(record):
            record.parties = held  # "where A and B are expanding cooperation under the X"
        count = record.count
        if count > 1 and record.item_of is None:  # a counted item's count is its own
            first = record.evidence[0]
            headline = _headline(record)  # "A, B sign 5 documents": all the story names
            named = sum(
                1
                for other in records
                if other is not record
                and other.count == 1
                and other.status is record.status
                and not _BEYOND_SET.match(other.evidence[0].text)
                and (
                    (headline and not other.vague and other.evidence[-1].start > first.start)
                    or (
                        (other.item_of is record or other.item_of is None)
                        and (
                            other.item_of is record
                            or (
                                other.evidence[0].paragraph == first.paragraph
                                and other.evidence[0].start >= first.start
                            )
                        )
                    )
                )
            )
            if named and _SIGNED_BESIDE.search(first.text):
                # "signed a Joint Statement and witnessed the exchange of 11 documents,
                # including ...": the statement signed beside the set is not one of the 11
                named -= 1
            count -= named
            if _PARTS_TOLD.search(first.text):
                # "12 documents, including a road map and two protocols": the two are a
                # record of their own, and part of the 12
                count -= sum(
                    other.count
                    for other in records
                    if other is not record
                    and 1 < other.count < record.count
                    and other.item_of is None
                    and other.status is record.status
                    and other.evidence[0] is first
                )
            if count < 1:
                continue
        result.append(
            Agreement(
                article_id=article.id,
                kind=record.kind,
                title=record.title,
                parties=of_the_day(record.parties, article.published),
                status=record.status,
                date=record.date,
                location=record.location,
                count=count,
                evidence=[Span.of(article.body, s.start, s.end) for s in record.evidence],
                rule=record.rule,
            )
        )
    return result
