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
previous sentence, else of the headline or the lead sentence, else the signers a next
sentence referring back to it names ("It was signed by the ministers of A and B"). A named
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
and the convention in a "Conference of the Parties to ...". Not records of their own
either: the parent a protocol's phrase names ("the protocol on the second phase of the X
Agreement"), and a definite plural that refers back ("The two documents were signed by
..."). An instrument a protocol is under, is told to, amends or extends is made, whatever the
protocol's status.

The step runs in passes (:func:`extract_agreements`), each a named function:

1. the story is read once: its sentences, list items split out (:func:`split_items`), its
   country mentions, its states counted once and whether it is on a group's body meeting
   (:class:`StoryStates`, :class:`BodyStory`), the day it was filed
   (:func:`~diplonews.text._dateline.on_story_date`);
2. :func:`_read_records` reads each instrument word, in order, into a mention
   (:func:`read_mention`), which the words around it correct (:func:`_in_context`); a
   mention that refers back is settled by :func:`_refer_back`; one that names no party
   takes the sides the story tells (:func:`parties_from_context`); it then makes records of
   its own (:func:`_one_record_each`) or merges into a record held (:func:`_add_to_records`);
   each of these steps gets the word in its sentence and story (:class:`WordInSentence`,
   :class:`StoryContext`) and, by name, what the loop has read so far;
3. :func:`_pronoun_steps`: "It entered into force on May 1" ratifies the record just told,
   "It was signed in Lima on Monday" dates and places its signing;
4. :func:`_last_sides`: a record still with no party takes the sides its sentence tells;
   :func:`_story_pairs`: one told with one state takes the pair the story is on, where its
   sentence tells an event of two sides, "the two countries" or a readout's own principal;
5. :func:`into_named` and :func:`one_on_items` fold unnamed mentions into the named
   instrument, and "one on X" into the listed item, they speak of; :func:`into_ratified`
   folds a told signing into the ratification of the same instrument; :func:`another_items`
   adds one record for each "another on Y" or "a third on Z" told right after an instrument,
   and :func:`others_items` one planned record with each partner of "and is negotiating
   others with C and D";
6. :func:`finish` dates the signings told as the story's news, drops what is not an
   instrument between states and builds the Agreements; with no instrument at all, the
   accord of a meeting told by consent alone (:func:`consent_at_meeting`);
7. :func:`negotiated_trade_pact`: where no planned record is told, the trade pact two
   states' "free trade negotiations" tell.

This module holds the pipeline and the mention loop's own rules (what a word next to
another is, what its context corrects, what a referring mention refers to); the rest lives
in the package's other modules (see :mod:`diplonews.agreements`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from diplonews import _regex as re
from diplonews.agreements._consent import consent_at_meeting
from diplonews.agreements._context import StoryContext, WordInSentence
from diplonews.agreements._event_days import days_from_another_event
from diplonews.agreements._events import pronoun_step, ratified_set
from diplonews.agreements._finish import finish
from diplonews.agreements._items import (
    AMONG_THEM,
    another_items,
    item_record,
    item_records,
    list_item,
    listed_item,
    named_among,
    one_on_items,
    others_items,
    plural_signing,
    set_of_one,
    split_items,
    total_of_set,
)
from diplonews.agreements._mention import BARE_HEAD, REPLACED, Mention, read_mention
from diplonews.agreements._negotiated import TRADE_NEGOTIATIONS, negotiated_trade_pact
from diplonews.agreements._parties import (
    DATELINE,
    party_of,
    shifted,
)
from diplonews.agreements._prose import by_group, consent_before
from diplonews.agreements._record import (
    ANY_DEAL,
    Record,
    absorb,
    into_named,
    into_ratified,
    known_as,
    new_record,
    own_topic,
    retold,
    same_instrument,
    signed_since,
)
from diplonews.agreements._sides import (
    consent_sides,
    listed_parties,
    pairs_between,
    parties_from_context,
    phrase_states,
    story_side,
    summit_roster,
    told_sides,
)
from diplonews.agreements._status import cue_status, lazy_dates
from diplonews.agreements._story import BodyStory, StoryStates, body_document
from diplonews.agreements._story_pair import story_pair
from diplonews.agreements._words import (
    AMENDED,
    INSTRUMENT,
    abbreviation,
    business_in,
    business_near,
    business_signed,
    head_at,
    is_plural,
    iter_heads,
    kind_of,
    title_key,
)
from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.text import (
    BodyMentions,
    Sentence,
    by_section,
    counted_mentions,
    on_story_date,
    reads_folded,
    release_state,
    split_sentences,
)
from diplonews.text.countries import CountryMention
from diplonews.text.dates import DateMention, extract_dates, number_word
from diplonews.values import PartialDate

__all__ = ["extract_agreements"]


# A count in an aside right after a plural: "the agreements signed then - twelve documents in
# total - are", "the deals, nine documents in total, were" (the plural's own number).
_TOTAL_ASIDE_OPENS = re.compile(
    r"[^.;:()]{0,60}?(?:\s[-–—]|—|,)\s*(?:some\s+|about\s+)?(?P<n>[\w-]+)\s+(?:[a-z-]+\s+)?"
)
_IN_TOTAL = re.compile(r"\s+in\s+total\b")
# The last word before a place: the plural an aside follows ("the agreements").
_LAST_WORD = re.compile(r"[\w-]+\Z")
# Between a counted plural and a second plural its count covers: "23 MoUs and agreements".
_COUNTED_PAIR = re.compile(r"\s*(?:,|and|&|as\s+well\s+as)\s+(?:(?P<word>[a-z-]+)\s+)?")
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
# A definite plural before an instrument word: "the two", "these", "the other three", "both".
_DEFINITE_PLURAL = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\s+"
    r"(?P<other>(?:other|remaining)\s+)?"  # "the other", "the remaining": the rest of a set
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:[a-z-]+\s+)?\Z"  # "the two economic"
)
# Parts a plural's own sentence names after it: "The documents, signed ..., include an X".
_NAMES_PARTS = re.compile(r"\b(?:includ\w*|among)\b|:")
# A relative clause telling an amended instrument's own signing: "the Agreement on X, which
# the two governments signed in Lima in 2018" (a record of its own).
# A document whose topic is an amendment: "(a protocol) on amendments to", "(a law) introducing
# amendments to": the document is the news, the amendment only its content.
_DOCUMENT_OF_AMENDMENT = re.compile(
    r"\b(?:on|of|with|introducing|concerning|containing|making|about)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SIGNED_BEFORE = re.compile(
    r"\s+(?:on|for|in|between)\s[^.;:,]{0,100},\s*which\s+(?P<who>(?:[\w-]+\s+){1,4}?)"
    r"(?:had\s+|have\s+|has\s+)?signed\s+(?:in|on)\s"
)
# A passive clause with no agent: "which was signed in", "which had been signed on".
_NO_AGENT = re.compile(r"(?:(?:also|originally|first|only)\s+)?(?:was|were|is|are|been)\s+")
# A protocol's own phrase up to the parent instrument it is part of: "protocol on the second
# phase of the", "protocol amending the labour chapter of the", "protocol on Sweden's accession
# to the" (no comma or other instrument word between).
_PARENT_OF_PART = re.compile(
    r"\bprotocols?\s+(?:amending|on|to|concerning)\s+(?:the\s+)?"
    r"(?:(?!(?:agreement|accord|treaty|pact|convention|memorand\w*|protocol|deal)s?\b)"
    r"[\w'’-]+\s+){1,4}(?:of|to)\s+the\s+(?:[\w'’–-]+\s+){0,6}$",
    re.IGNORECASE,
)
# A protocol told as made under, to, amending or extending its parent, in one clause: "a protocol
# in May bringing forward free trade under their", "a protocol extending for another year the"
# (no clause word, comma or other instrument word between: not "a protocol under which the").
_PHRASE_WORD = (
    r"(?:(?!(?:agreement|accord|treaty|pact|convention|memorand\w*|protocol|deal)s?\b"
    r"|(?:and|or|but|while|which|that|who|whom|said|says|agreed|signed|was|were|is|are|will"
    r"|would|has|have|had)\b)[\w'’-]+\s+)"
)
_PARENT_UNDER = re.compile(
    rf"\bprotocols?\s+(?:{_PHRASE_WORD}{{0,10}}?"
    r"(?:under|extending|prolonging|renewing|amending)\s+"
    rf"{_PHRASE_WORD}{{0,4}}?"
    # "an additional protocol to the X Agreement": a protocol to its parent, named right after
    r"|to\s+)"
    # (the parent's own words: no other instrument between, "to the X and a memorandum")
    rf"(?:the|their|its)\s+{_PHRASE_WORD}{{0,6}}$",
    re.IGNORECASE,
)
# The parent's own signing told in a relative clause after it: "..., which the two
# governments signed in 2019", "..., which was signed in Lima".
_ITS_SIGNING = re.compile(
    r"[^.;:,]{0,100},\s*which\s+(?:[\w-]+\s+){0,5}?(?:signed|concluded|inked)\b"
)
# A year among an instrument's words before its head: "the 1999 transit agreement".
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b")
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


@reads_folded  # (outermost: the evidence is quoted from the body as written)
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
    # a pact told by its talks: "trade" then "negotiations" or "talks", tested in C before the
    # search of the whole body (most bodies that tell of trade tell of no talks on it)
    negotiations = (
        "trade" in body
        and ("negotiations" in body or "talks" in body)
        and TRADE_NEGOTIATIONS.search(body) is not None
    )
    if not heads and not negotiations:
        return consent_at_meeting(article)
    article = on_story_date(article)  # "ISLAMABAD, Sept 3 - ... signed here today" on Sept 4
    sentences = split_items(split_sentences(body))
    # a counted reference ("the three countries") is a mention of each state its list names
    found = counted_mentions(body)
    body_story = BodyStory(sentences, found)  # a story on a meeting of a group's body
    story = StoryStates(found, body, article, sentences)  # the states it names most, counted once
    context = StoryContext(
        article=article, sentences=sentences, found=found, states=story, body_story=body_story
    )
    records = _read_records(context, heads)
    _pronoun_steps(records, sentences, article.published)
    _renewals_sought(records, found)
    _replaced_in_force(records)
    _last_sides(records, context)
    _story_pairs(records, context)
    days_from_another_event(records, sentences, article.published)
    result = tuple(
        finish(
            article,
            others_items(another_items(one_on_items(into_ratified(into_named(records)))), found),
            sentences,
        )
    )
    if negotiations and (pact := negotiated_trade_pact(article, sentences, found, story, result)):
        result += (pact,)  # "the stalled free trade negotiations": the pact being negotiated
    return result or consent_at_meeting(article)


def _read_records(context: StoryContext, heads: Sequence[int]) -> list[Record]:
    """Read the story's instrument words, sentence by sentence, into records.

    Each word's mention (:func:`read_mention`) is first checked against the words around
    it (a part of a name told just before, an abbreviation, a set already counted, an item
    of a list) and corrected by its context (:func:`_in_context`); a mention that refers
    back is settled by :func:`_refer_back`, one naming no party takes the sides the story
    tells (:func:`parties_from_context`); it then becomes records of its own
    (:func:`_one_record_each`) or merges into one already held (:func:`_add_to_records`).
    The sentences are read in order because each reading depends on the records told before,
    and the loop keeps what the story has told so far: whether its first deal is a company's
    and where the sides "reached agreement". Each word read goes to the steps as a
    :class:`WordInSentence`; that running state goes by name.
    """
    article, sentences = context.article, context.sentences
    found, story = context.found, context.states
    records: list[Record] = []
    rests: list[Record] = []  # the rest of a set an instrument is placed in ("among 15 documents")
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
        # a replacing verb ("replaced an accord of 1973"): sought once a word, and only in a
        # sentence that holds one
        replaces = any(verb in text for verb in ("eplac", "EPLAC", "upersed", "UPERSED"))
        before = sentences[index - 1] if index else None
        if records and (total := total_of_set(records[-1], sentence, before)) is not None:
            # "The documents, nine in total, were exchanged": the set just told, counted
            summary = records[-1]
            summary.count, summary.vague = total, False
            summary.evidence.append(sentence)
            if AMONG_THEM.match(text):
                records += named_among(summary, sentence, starts)
            continue
        if records and (rest := set_of_one(records[-1], sentence, before)) is not None:
            # "The agreement is among seven documents signed": the rest of its set, kept apart
            # until the story is read so that the next sentences still refer to the agreement
            records[-1].evidence.append(sentence)
            rests.append(rest)
            continue
        if records and AMONG_THEM.match(text) and plural_signing(records[-1]):
            among = named_among(records[-1], sentence, starts)
            if among:
                records += among
                continue
        item = list_item(sentences, index, starts[0])
        if item is not None:
            record = item_record(sentences, index, item, records, found)
            if record is not None:
                records.append(record)
                continue
        for start in starts:
            head = head_at(text, start - sentence.start)
            if head is None:
                continue
            amended = (
                AMENDED.search(text, max(0, head.start() - 40), head.start()) if amends else None
            )
            # "will sign a protocol amending the X, which was signed in 2010": a signing done
            # is the amended one's when the amending one is still to come
            amending_planned = bool(
                records
                and records[-1].evidence[-1] is sentence
                and records[-1].status is AgreementStatus.PLANNED
            )
            bare_amendment = amended is not None and _is_bare_amendment(text, amended)
            if (
                amended is not None
                and not bare_amendment
                and not _own_signing(text, amended, head, amending_planned)
            ):
                last_end = head.end()
                continue  # "a protocol amending an agreement on visas": that one exists
            if (
                records
                and records[-1].evidence[-1] is sentence
                and records[-1].kind is AgreementKind.PROTOCOL
                and _PARENT_OF_PART.search(text, max(0, head.start() - 160), head.start())
                and _ITS_SIGNING.match(text, head.end()) is None
            ):
                # "the protocol on the second phase of the X Agreement", "the protocol
                # amending the labour chapter of the X Agreement": the protocol is the news,
                # its parent an instrument it only names (not one whose own signing the
                # sentence goes on to tell: "..., which the two governments signed in 2019")
                last_end = head.end()
                continue
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
                if records[-1].title is None and records[-1].kind in ANY_DEAL:
                    records[-1].kind = kind_of(head.group("head"))
                continue  # "The agreement, set out in a memorandum,": the deal's own form
            if (
                counted_end >= 0
                and is_plural(head.group("head"))
                and (two_sets := _COUNTED_PAIR.fullmatch(text, counted_end, head.start()))
                # "two agreements and four memoranda": a number of its own, a set of its own
                and (number_word(two_sets.group("word") or "") or 0) < 2
            ):
                last_end = head.end()
                if (
                    records
                    and records[-1].count > 1
                    and records[-1].kind is not kind_of(head.group("head"))
                ):
                    records[-1].kind = AgreementKind.OTHER  # documents of two kinds
                continue  # "23 memoranda and agreements": one count covers both words
            if (
                records
                and last_end > 0
                and _IN_TOTAL.match(text, head.end())
                and records[-1].evidence[-1] is sentence
                and records[-1].title is None
                and records[-1].count == 1
                and is_plural(head.group("head"))
                and (aside := _TOTAL_ASIDE_OPENS.fullmatch(text, last_end, head.start()))
                and (number := number_word(aside.group("n")) or 0) > 1
                and (word_before := _LAST_WORD.search(text, 0, last_end)) is not None
                and is_plural(word_before.group())
            ):
                # "the agreements signed then - twelve documents in total -": their number
                records[-1].count, records[-1].vague = number, False
                last_end = head.end()
                continue
            prev_end, last_end = last_end, head.end()
            replaced = (
                REPLACED.search(text, max(0, head.start() - 50), head.start()) if replaces else None
            )
            mention = read_mention(
                article,
                sentence,
                head,
                mentions=mentions,
                # "an amendment to their 2001 agreement": the year is the amended one's
                dates=_outside(dates, amended, head) if bare_amendment and amended else dates,
                dateline_end=dateline_end,
                replaced=replaced,
            )
            word = WordInSentence(
                story=context,
                index=index,
                sentence=sentence,
                mentions=mentions,
                dateline_end=dateline_end,
                head=head,
                replaced=replaced,
            )
            mention = _in_context(mention, word, records, amends=amends)
            if mention is not None and bare_amendment:
                # "signed an amendment to their 2001 X Agreement": the amendment is the news,
                # which bears neither the amended one's name nor its year
                mention = _as_amendment(mention, text, amended, head)
            if (
                mention is not None
                and mention.status is not AgreementStatus.RATIFIED
                and _PARENT_UNDER.search(text, max(0, head.start() - 160), head.start())
            ):
                # "will sign a protocol extending for another year the San Jose accord", "a
                # protocol amending the 1983 X agreement would be drafted": that instrument is
                # made; the signing to come is the protocol's, and so is its day (the parent
                # keeps only a year of its own words)
                mention = _as_cited(mention, text, head, records, sentence)
                cited = True
            else:
                cited = False
            if mention is None and (joined := _joined_to_last(records, sentence, prev_end, head)):
                records.append(joined)  # "signed a convention and a cultural programme"
                continue
            if mention is not None and (named := _named_next(records, mention, sentence, prev_end)):
                mention = named  # "signed the X Treaty, the Y Protocol and the Z Convention"
            if mention is not None:
                # "witnessed the signing of a Memorandum on X and a Y Agreement": one verb, so
                # one pair of sides for both
                mention = _sides_of_joined(records, mention, sentence, prev_end, head)
            if cited:
                pass  # "to sign a protocol to the X and two memoranda": the list's status stays
            elif mention is not None and mention.status_cue:
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
            told_count = (
                _TOLD_COUNT.search(text, max(0, head.start() - 40), head.start())
                if mention is not None and mention.count > 1 and mention.title is None
                else None
            )
            if (
                mention is not None
                and told_count is not None
                and (told_set := _told_set(records, mention, text, told_count)) is not None
            ):
                # "The five documents were signed in Lima on May 3", "... were ratified": the
                # set told before, whose sentence tells its signing's day and place or its
                # later step
                absorb(told_set, mention)
                continue
            if (
                mention is not None
                and told_count is not None
                and any(
                    r.count == mention.count and r.status is mention.status and r.item_of is None
                    for r in records
                )
            ):
                continue  # "Besides the 14 documents, ...": the 14 told before, no new set
            if mention is not None and _told_plural(records, mention, text, head, mentions):
                continue  # "The two documents were signed in X": the two told before
            if (
                mention is not None
                and counted_end >= 0
                and 1 < mention.count < counted
                and _SUBSET.match(text, counted_end, head.start())
            ):
                continue  # "20 documents, including 5 agreements": a part of the 20
            if plural_end >= 0 and (mention is None or mention.count == 1):
                in_list = listed_item(records, sentence, plural_end, head, mention)
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
                and (roster := summit_roster(sentences, found, story))
            ):
                # "The meeting, chaired by A's president, was attended by the presidents of B,
                # C and D ... the heads of state signed the X": the states that took part
                mention = attrs.evolve(mention, parties=roster)
            ours = _OUR_SIDES.search(text, 0, head.start()) is not None
            if (
                ours
                and records
                and len(records[-1].parties) > max(1, len(mention.parties))
                and set(mention.parties) <= set(records[-1].parties)
            ):
                # "A, B and C endorsed the X Declaration ... Our governments intend to develop
                # an action plan": the joint text's own makers, the states of the one just told
                mention = attrs.evolve(mention, parties=records[-1].parties)
            if not mention.parties and ours:
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
                absorb(records[-1], attrs.evolve(mention, parties=()))
                continue
            referred = _refer_back(
                mention, word, records, consent=consent, business_deal=business_deal
            )
            if referred is None:
                continue  # taken by the record it refers to, or by one of its own
            mention, fresh, other_kind = referred
            sided = parties_from_context(mention, word, records, fresh=fresh, other_kind=other_kind)
            if sided is None:
                continue  # an instrument with no party its story tells
            mention, extra_evidence = sided
            if _one_record_each(records, mention, word):
                continue
            _add_to_records(records, mention, word, extra_evidence=extra_evidence, fresh=fresh)
    return records + rests


def _in_context(
    mention: Mention | None, word: WordInSentence, records: list[Record], *, amends: bool
) -> Mention | None:
    """The mention as the words around it correct its parties, status and day.

    Its own words tell a mention's status and day (:func:`read_mention`); the sentence around
    it, the one before it and the record told last can tell better: a state of another topic
    in a list of topics is no side, an amended instrument's signing clause is its own, "On
    that occasion" takes the day told before, "adopted at that time" after "are being
    implemented" is in force, "together with" joins the ratifying act just told, "The first
    of them" is one of a set ratified on one day. An amended instrument's own clause also
    takes its day back from the amending one told just before (the only change to ``records``).
    """
    text, index, head, sentence = word.text, word.index, word.head, word.sentence
    article, sentences = word.story.article, word.story.sentences
    if (
        mention is not None
        and mention.party_basis == "sentence"
        and not mention.status_cue
        and mention.title is None
        and mention.parties
        and (topics := _TOPIC_LIST.match(text, head.end())) is not None
        and all(m.start >= topics.end() for m in word.mentions if party_of(m) in mention.parties)
    ):
        # "the ministers discussed the grain deal, the situation in C and ...": a topic
        # among others; a state of another topic is no side of the deal
        mention = attrs.evolve(mention, parties=())
    if (
        mention is not None
        and amends
        and (amended := AMENDED.search(text, max(0, head.start() - 40), head.start()))
        # (a bare "amendment to the X" is the news, made as its own act tells)
        and not _is_bare_amendment(text, amended)
    ):
        # "a protocol amending the Agreement on X, which the two governments signed in
        # Lima in 2018": the amended one is signed, on the day of its own clause; the
        # protocol before it does not take that day
        mention = attrs.evolve(
            mention, status=AgreementStatus.SIGNED, status_cue=True, own_status=True
        )
        if records and records[-1].evidence[-1] is sentence and records[-1].date == mention.date:
            records[-1].date = None
    replaced = word.replaced
    if mention is not None and replaced is not None:
        # "it replaced an accord of 1973", "to replace the 2001 accord": an instrument that
        # exists, not the new one told beside it: signed, in its own year (in force when its
        # own words say so: "the accord that expires at the end of the year")
        year = _YEAR.search(text, replaced.start("mods"), head.start()) or _OF_YEAR.match(
            text, head.end()
        )
        # (an expiry alone tells no step of the spec's: "the accord of 2015, which expires at
        # the end of the year" is the one signed in 2015, as its year says)
        in_force = mention.status is AgreementStatus.RATIFIED and not (
            mention.by_term and year is not None
        )
        mention = attrs.evolve(
            mention,
            status=AgreementStatus.RATIFIED if in_force else AgreementStatus.SIGNED,
            status_cue=True,
            own_status=True,
            anaphor=False,
            indefinite=True,
            date=None if in_force or year is None else PartialDate(int(year.group("year"))),
        )
        if not mention.parties and records and records[-1].parties:
            # "A and B signed a treaty ... The treaty supersedes a 2001 border accord": the one
            # replaced bound the same sides as the one told replacing it
            mention = attrs.evolve(mention, parties=records[-1].parties)
    if (
        mention is not None
        and mention.date is None
        and mention.status is AgreementStatus.SIGNED
        and index > 0
        and _THAT_EVENT.match(text, word.dateline_end)
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
        mention = attrs.evolve(mention, status=AgreementStatus.RATIFIED, date=records[-1].date)
    if (
        mention is not None
        and mention.status is AgreementStatus.SIGNED
        and _SET_MEMBER.match(text, word.dateline_end)
    ):
        ratified_day = ratified_set(sentences, index, article.published)
        if ratified_day is not None:
            # "signed laws on the ratification of three documents. The first of them is
            # the Agreement on X": one of the set, ratified on the set's day
            mention = attrs.evolve(
                mention,
                status=AgreementStatus.RATIFIED,
                status_cue=True,
                date=ratified_day[0],
            )
    return mention


def _refer_back(
    mention: Mention,
    word: WordInSentence,
    records: list[Record],
    *,
    consent: int | None,
    business_deal: bool,
) -> tuple[Mention, bool, bool] | None:
    """Settle a mention that refers back ("the agreement", "the deal", "the documents").

    Most refer to the record told last, which takes what they tell; some tell an instrument
    of their own: a status and sides of their own, one of a set just told, another specific
    kind, a topic of their own (``fresh``), a state the last record's sides lack. Opening a
    story, one is the instrument of the consent told before it ("A and B agreed to ...; the
    deal") or of the pair bound by it. ``None`` when the mention is settled here (absorbed,
    made a record, a company's deal, or with nothing to refer to); else the mention, perhaps
    with its other side, and whether it is ``fresh`` or of another kind than the last record.
    ``consent`` and ``business_deal`` are what the loop has read so far (:func:`_read_records`).
    """
    text, head, story = word.text, word.head, word.story.states
    sentences, found = word.story.sentences, word.story.found
    fresh = False  # an anaphor with a topic of its own: another instrument
    other_kind = False  # an anaphor of another specific kind than the last record's
    if mention.anaphor:
        # "the agreements to be signed on ...": its own status, another instrument.
        # "the agreements to connect B's grid" after one named accord: not that one
        many = bool(mention.vague and records and records[-1].count == 1 and not records[-1].vague)
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
            # (the one to come dated too, "to be signed in Moscow next month": a day still to
            # come, after the story's, cannot be the done one of its kind's)
            and (
                records[-1].date is None
                or (
                    records[-1].kind is mention.kind
                    and word.story.article.published is not None
                    and records[-1].date.first_day() > word.story.article.published
                    and not records[-1].date.contains(mention.date)
                )
            )
            and records[-1].status is AgreementStatus.PLANNED
            and mention.status is not AgreementStatus.PLANNED
        )
        # "signed seven agreements in March ... recalled the convention on legal aid signed by
        # A and B in 2004": a topic of its own signed in an earlier year than the one told
        # signed, an older instrument
        one_of = one_of or bool(
            records
            and mention.own_status
            and mention.status is AgreementStatus.SIGNED
            and records[-1].status is AgreementStatus.SIGNED
            and mention.date is not None
            and records[-1].date is not None
            and mention.date.year < records[-1].date.year
            and not mention.topic <= records[-1].topic
        )
        # "will negotiate a new fisheries agreement ... The current accord lets 190 boats fish":
        # the one made before, which the one still to be made is to replace, is another
        # instrument (signed; one told by its term, "expires in May", stays the one told)
        in_force = bool(
            records
            and records[-1].status is AgreementStatus.PLANNED
            and mention.status is AgreementStatus.SIGNED
            and _IN_FORCE_BEFORE.search(text, max(0, head.start() - 60), head.start())
        )
        if in_force:
            # of the sides of the one to replace it, unless its own phrase names them
            own_sides = mention.party_basis in ("modifier", "between", "with")
            parties = mention.parties if own_sides and mention.parties else records[-1].parties
            records.append(new_record(attrs.evolve(mention, parties=parties)))
            return None
        # "the convention" does not refer back to an action programme: another kind
        other_kind = bool(
            records
            and mention.kind not in ANY_DEAL
            and records[-1].kind not in ANY_DEAL
            and records[-1].kind is not mention.kind
        )
        # "the protocol of the 6th session" after a trade agreement, "the agreement on
        # a bridge, ratified in June" after a protocol: a topic of its own and another
        # kind or status, another instrument
        fresh = own_topic(records, mention)
        # "The agreement on taxation with C entered into force" after A and B's: a
        # state its own sentence names that the last one's sides lack, another one
        own_states = phrase_states(text, head, word.mentions) if records else ()
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
                # "the signing of a protocol that will let B ... The protocol was signed by":
                # the one told, now told signed
                and not signed_since(records[-1], mention)
            )
        ):
            absorb(records[-1], mention)
            return None
        if one_of:
            parties = mention.parties or records[-1].parties
            records.append(new_record(attrs.evolve(mention, parties=parties)))
            return None
        if business_deal:
            return None  # "the deal" after "Shell signed a deal": the company's
        if not records and len(mention.bound) >= 2 and not own:
            # "As part of that agreement, A and B agreed to ...": its parties
            records.append(new_record(attrs.evolve(mention, parties=mention.bound, anaphor=False)))
            return None
        agreed = (
            consent_before(sentences, word.index, found, word.story.article.published)
            if not records and consent is None and not own and mention.bare and not mention.topic
            else None
        )
        if agreed is not None and len(agreed.sides) == 1:
            # "A agreed to buy more of B's grain ... the agreement": with the state
            # the story names most besides A, if any
            other = story_side(story, agreed.sides[0])
            agreed = (
                attrs.evolve(agreed, sides=(agreed.sides[0], other)) if other is not None else None
            )
        if agreed is not None:
            # "A and B agreed to open a ferry link. ... the deal": that consent's
            record = new_record(attrs.evolve(mention, parties=agreed.sides, anaphor=False))
            record.evidence.insert(0, sentences[agreed.index])
            record.date = record.date or agreed.date  # "agreed on Monday"
            records.append(record)
            return None
        if not records and consent is not None and not own:
            # "both countries reached agreement at the talks ... Under the agreement,"
            sides = consent_sides(sentences[consent], found, story)
            if sides:
                record = new_record(attrs.evolve(mention, parties=sides, anaphor=False))
                record.evidence.insert(0, sentences[consent])
                records.append(record)
            return None
        # "negotiations on the new agreement", "ratified the treaty" opening the story
        told = (
            bool(mention.parties)
            and mention.status_cue
            and (mention.status is not AgreementStatus.SIGNED or bool(mention.topic))
            and not records
            and not head.group("head").casefold().startswith("deal")
        )  # "The agreement on visas between A and B was signed in 2010": its own topic
        # "welcomed the agreement amending X that the two governments signed in May", "the
        # memorandum on X, signed in Y in January 2021", as the story's first instrument: its
        # own signing, dated in its own sentence, tells one of its own
        signed_then = (
            not records
            and mention.status_cue
            and mention.status is AgreementStatus.SIGNED
            and mention.date is not None
            and not head.group("head").casefold().startswith("deal")
        )
        # "the accord reached by OPEC ministers": its makers told, a body's members, as the
        # story's first instrument an instrument of its own (no state of the text its party)
        by_members = not records and mention.status_cue and by_group(text, head.end())
        if (
            not records
            and not by_members
            and not mention.parties
            and mention.party_basis not in ("both_sides", "previous_sentence")
            and mention.status_cue
            and ((mention.status is not AgreementStatus.SIGNED and mention.topic) or signed_then)
            and not head.group("head").casefold().startswith("deal")
        ):
            # "The presidents welcomed the entry into force of the agreement on visas" as the
            # story's first instrument: one of its own (a topic and a step past signing),
            # whose sides the story tells, not a reference with nothing to refer back to
            mention = attrs.evolve(mention, party_basis="previous_sentence")
        if mention.party_basis not in ("both_sides", "previous_sentence") and not (
            own
            or told
            or fresh
            or elsewhere
            or signed_then
            or by_members
            or body_document(word.story.body_story, text)
        ):
            return None  # "the agreement" with nothing to refer back to
    return mention, fresh, other_kind


def _told_set(
    records: list[Record], mention: Mention, text: str, told_count: re.Match[str]
) -> Record | None:
    """The counted set a definite count opening its sentence tells a step of, if any.

    "A and B signed five documents. The five documents were signed in Lima on May 3" (or
    "... were ratified in March"): the subject is the set of that many told before, whose
    signing (the same status) or later step (ratified after signed) the sentence tells. Not a
    count inside the sentence ("Besides the 14 documents, a memorandum was signed"): that
    sentence's verb is another instrument's.
    """
    if text[: told_count.start()].strip() or not mention.status_cue:
        return None
    told = [
        r
        for r in records
        if r.count == mention.count
        and r.item_of is None
        and (
            r.status is mention.status
            or (r.status is AgreementStatus.SIGNED and mention.status is AgreementStatus.RATIFIED)
        )
    ]
    return told[-1] if told else None


def _told_plural(
    records: list[Record],
    mention: Mention,
    text: str,
    head: re.Match[str],
    mentions: Sequence[CountryMention],
) -> bool:
    """Whether a definite plural refers to instruments the story has already told.

    "A and B signed a trade agreement and a rail protocol ... The two documents were signed in
    X", "... the documents were put to a vote and adopted": as many single instruments told
    before; "signed four agreements, including a protocol ... The other three agreements cover
    X": the rest of a counted set told before. A plural that names its parts ("The documents
    include an X") is read by the list rules, and one still to be signed after instruments
    done ("the agreements to be signed in May") is another set.
    """
    definite = _DEFINITE_PLURAL.search(text, max(0, head.start() - 40), head.start())
    if (
        definite is None
        or mention.title is not None
        or mention.partners
        # "the agreements setting up ties between A and B and between C and D": one each
        or len(pairs_between(text, head.end(), mentions)) > 1
        or not is_plural(head.group("head"))
        or _NAMES_PARTS.search(text, head.end())
    ):
        return False
    done = [r for r in records if r.item_of is None]
    if mention.status is AgreementStatus.PLANNED:
        done = [r for r in done if r.status is AgreementStatus.PLANNED]
    if definite.group("other"):
        return any(r.count > 1 or r.vague for r in done)  # the rest of the set
    single = [r for r in done if r.count == 1 and not r.vague]
    return len(single) >= max(2, mention.count)


# A further instrument joined to the one just read, under the same verb: "a convention and a
# programme of X", "a Declaration on X, as well as an agreement on Y" (the first one's words
# run on to the joiner, with no verb or clause of their own). Not "along with": a document
# that comes with the signing, maybe another's
_JOINED_NEXT = re.compile(
    r"(?P<tail>[^.;:!?()]{0,200}?)"
    r"(?:,?\s+as\s+well\s+as|\s+and)\s+"
    r"(?:an?\s+|the\s+)?(?P<mods>(?:[\w-]+\s+){0,3})"
)
# What starts a clause of its own in the words between: a verb or a relative.
_OWN_CLAUSE = re.compile(
    r"\b(?:said|says|signed|inked|will|would|was|were|is|are|has|have|had|which|who|that|while"
    r"|but|\w+ed)\b"
)
# Words that make the joined one no instrument between states.
_NOT_JOINED = ("deal", "contract", "statement", "communiq", "arrangement", "partnership")


# Between a named instrument and the next name of a list: "the X Treaty, the Y Protocol and
# the Z Convention", "the X Agreement and the Y Agreement"; the next name's capitals (and the
# small words of a name: "the Protocol on Fisheries") run up to its instrument word.
_NAMED_NEXT = re.compile(
    r"(?P<tail>[^.;:!?()]{0,200}?)"
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)the\s+"
    r"(?:(?:[A-Z][\w’'-]*|of|and|for|on|the)\s+){0,8}"
)


def _named_next(
    records: list[Record], mention: Mention, sentence: Sentence, prev_end: int
) -> Mention | None:
    """A named instrument with no side of its own, listed after the named one just read; or None.

    "A and B signed the X Treaty, the Y Protocol and the Z Convention on Monday": one verb for
    the list, so each name has the sides of the first, and the day told once for all (the
    earlier names take the day the later ones were read with, when they have none of their
    own). Not one after a clause of its own ("the X Treaty, which was signed in 2010, and the
    Y Protocol"), nor one of another status.
    """
    if (
        mention.title is None
        or mention.parties
        or mention.count != 1
        or not records
        or prev_end < 0
    ):
        return None
    last = records[-1]
    if (
        last.title is None
        or not last.parties
        or last.evidence[-1] is not sentence
        or last.first.sentence is not sentence
        or last.item_of is not None
        or last.count != 1
        or last.status is not mention.status
    ):
        return None
    head_start = sentence.text.rfind(mention.title.split()[0], prev_end)
    between = _NAMED_NEXT.fullmatch(sentence.text, prev_end, max(prev_end, head_start))
    if between is None or _OWN_CLAUSE.search(between.group("tail")):
        return None
    if last.date is None:
        last.date = mention.date
    return attrs.evolve(mention, parties=last.parties, date=mention.date or last.date)


def _joined_words(text: str, prev_end: int, head: re.Match[str]) -> bool:
    """Whether the instrument word at ``head`` is joined to the one ending at ``prev_end``.

    One verb for both ("signed a convention and a cultural programme"): no clause of their
    own between them, and the second no company's.
    """
    joined = _JOINED_NEXT.fullmatch(text, prev_end, head.start())
    return not (
        joined is None
        or _OWN_CLAUSE.search(joined.group("tail"))
        or _OWN_CLAUSE.search(joined.group("mods"))
        or head.group("head").casefold().startswith(_NOT_JOINED)
        or business_near(text, head)
    )


def _sides_of_joined(
    records: list[Record], mention: Mention, sentence: Sentence, prev_end: int, head: re.Match[str]
) -> Mention:
    """The mention with the sides of the instrument it is joined to, where it names none.

    "The two leaders witnessed the signing of a Memorandum on X and a Y Agreement": one verb
    for both, so the second has the first's sides (read from "the two leaders").
    """
    if (
        mention.parties
        or not records
        or not records[-1].parties
        or records[-1].evidence[-1] is not sentence
        or records[-1].first.sentence is not sentence
        or records[-1].status is not mention.status
        or prev_end < 0
        or not _joined_words(sentence.text, prev_end, head)
    ):
        return mention
    return attrs.evolve(mention, parties=records[-1].parties)


def _joined_to_last(
    records: list[Record], sentence: Sentence, prev_end: int, head: re.Match[str]
) -> Record | None:
    """A record for an instrument word no reading kept, joined to the one just read; or None.

    "A and B signed a consular convention and a cultural exchange programme", "are to sign a
    Declaration on X, as well as an agreement on Y": one verb for both, so the second has the
    first's status, sides, day and place. Not a company's ("and a contract with Acme Ltd"), nor
    one after a clause of its own ("and the minister said the deal ...").
    """
    text = sentence.text
    if (
        not records
        or records[-1].evidence[-1] is not sentence
        or records[-1].first.sentence is not sentence
        or not records[-1].parties
        or prev_end < 0
        # (not an item of a set the sentence counts: "six documents, including X, as well as
        # Y" leaves the count to tell the rest)
        or records[-1].item_of is not None
        or any(r.evidence[0] is sentence and (r.count > 1 or r.vague) for r in records)
    ):
        return None
    if not _joined_words(text, prev_end, head):
        return None
    last = records[-1]
    mention = attrs.evolve(
        last.first,
        kind=kind_of(head.group("head")),
        title=None,
        parties=last.parties,
        party_basis="joined",
        status=last.status,
        date=last.date,
        location=last.location,
        count=1,
        topic=frozenset(),
        anaphor=False,
        bare=False,
        indefinite=True,
        items=(),
        vague=False,
        partners=(),
        days=(),
        bound=(),
    )
    return new_record(mention)


def _one_record_each(records: list[Record], mention: Mention, word: WordInSentence) -> bool:
    """Add one record per pair, partner, day or item a plural mention tells; whether it did.

    "agreements between A and B and between C and D", "Free Trade Agreements signed with A, B
    and C", "statements signed on May 3 and June 4", "documents: on transport, on visas": each
    is an instrument of its own, never merged into one held.
    """
    mentions = word.mentions
    pairs = pairs_between(word.text, word.head.end(), mentions) if mention.vague else []
    if len(pairs) > 1:
        # "agreements setting up ties between A and B and between C and D": one each
        for pair in pairs:
            records.append(
                new_record(
                    attrs.evolve(
                        mention, parties=pair, topic=frozenset(map(str, pair)), vague=False
                    )
                )
            )
        return True
    if mention.partners:
        # "Free Trade Agreements signed with A, B and C": one with each partner
        subject = [p for p in mention.parties if p not in mention.partners]
        if not subject and not any(m.kind == "group" for m in mentions):
            # "accords were reached with A and B", in a story on C: C's
            side = story_side(word.story.states, mention.partners[0])
            subject = [side] if side is not None and side not in mention.partners else []
        for partner in mention.partners:
            records.append(
                new_record(
                    attrs.evolve(
                        mention,
                        parties=(*subject, partner),
                        topic=frozenset([str(partner)]),
                        partners=(),
                        vague=False,
                    )
                )
            )
        return True
    if len(mention.days) > 1 and mention.vague:
        # "the statements signed on May 3, 2019 and June 4, 2021": one signing each day
        for day in mention.days:
            records.append(new_record(attrs.evolve(mention, date=day, days=(), vague=False)))
        return True
    if len(mention.items) > 1:
        # "signed documents: on transport, on visas and on culture": one record each
        records.extend(item_records(mention, word.story.found, word.sentence))
        return True
    return False


def _add_to_records(
    records: list[Record],
    mention: Mention,
    word: WordInSentence,
    *,
    extra_evidence: Sentence | None,
    fresh: bool,
) -> None:
    """Merge the mention into the record of the same instrument, or start a new record.

    Another name for the instrument just named is that record ("better known as"); else a
    definite mention whose words show it tells a record again takes it (:func:`retold`: "the
    five-year agreement" after a memorandum signed); else the first record
    :func:`same_instrument` finds takes it (an anaphor with a topic of its own,
    ``fresh``, only one of its kind); else it is a new instrument. A named record with no party
    takes the states a group lists next to it.
    """
    text = word.text
    if mention.title is not None and records and known_as(text, mention.title, records[-1]):
        record = records[-1]  # "the X Convention, better known as the Y Convention"
        record.aliases.add(title_key(mention.title))
        absorb(record, mention)
    elif (
        told := retold(records, mention, text[: word.head.start()], word.story.article.published)
    ) is not None:
        record = told  # "signed a memorandum ... Under the five-year agreement, ...": that one
        absorb(record, mention)
    else:
        for record in records:
            if same_instrument(record, mention) and not (fresh and record.kind is not mention.kind):
                absorb(record, mention)
                break
        else:
            record = new_record(mention)
            records.append(record)
    if extra_evidence is not None and extra_evidence not in record.evidence:
        record.evidence.append(extra_evidence)
    if mention.title is not None:
        short = abbreviation(text, mention.title)
        if short is not None:
            record.aliases.add(short)
    if not record.parties and record.title is not None:
        record.parties = listed_parties(word.story.sentences, word.index, word.story.found)


def _pronoun_steps(
    records: list[Record], sentences: tuple[Sentence, ...], published: dt.date | None
) -> None:
    """Complete the record a sentence before told from the next, opening "It" or "They".

    "It entered into force on May 1" ratifies it, "It was signed in Lima on Monday" dates and
    places its signing. Done after all mentions are read, as it changes a record's status,
    day and place, not which instruments there are (:func:`pronoun_step`).
    """
    for index in range(1, len(sentences)) if records else ():
        text = sentences[index].text
        # (opening on the pronoun, or telling it after "noted that" or as a body's object)
        if text.startswith(("It ", "They ")) or " it" in text or " the" in text:
            pronoun_step(records, sentences, index, published)


# A renewal or widening of an instrument, sought: "lobbying for a renewal of the", "talks on
# renewing a", "to discuss widening the". (A renewal told done, "welcomed the renewal of",
# or an extension favoured, is the same instrument running on.)
_RENEWAL_SOUGHT = re.compile(
    r"\b(?:lobbying|pressing|pushing|calling|calls|talks|negotiations|discuss|discussing"
    r"|negotiate|negotiating)\b"
    r"(?:[^.;]{0,50}?\s(?:for|on|to))?\s+(?:an?\s+|the\s+)?"
    # "talks on a successor to the 1983 accord": the successor is the one sought, as a renewal
    r"(?:renewal\s+of|renewing|widening|successor\s+to)\s+"
    r"(?:the|their|its|an?)\s"
)


def _seekers(sentence: Sentence, end: int, found: BodyMentions) -> tuple[Party, ...]:
    """The states a sentence names before ``end``: who seeks the renewal of a members' pact.

    "A was lobbying for a renewal of the International X Agreement": A's, as no member of
    the one in force is named.
    """
    told = found.between(sentence.start, sentence.start + end)
    return tuple(dict.fromkeys(p for m in told if (p := party_of(m)) is not None))


def _renewals_sought(records: list[Record], found: BodyMentions) -> None:
    """Add the renewal a sentence tells sought of a record made, as a planned one of its own.

    "A was lobbying for a renewal of the X Agreement, which expired in 1984", "talks on
    renewing a pact that runs out this year", "to discuss widening the agreement to cover
    services": the instrument in force or lapsed is one record, the renewed one still to be
    made another, with the same sides. Done once every mention is read, as the renewal adds
    an instrument but changes none read.
    """
    for record in list(records):
        if record.status is AgreementStatus.PLANNED or record.count != 1 or record.vague:
            continue
        for sentence in record.evidence:
            if not any(cue in sentence.text for cue in ("renew", "widening", "successor")):
                continue  # (a cheap test first: every match holds one)
            sought = _RENEWAL_SOUGHT.search(sentence.text)
            if (
                sought is None
                or INSTRUMENT.search(sentence.text, sought.end(), sought.end() + 60) is None
            ):
                continue
            if any(
                other.status is AgreementStatus.PLANNED and sentence in other.evidence
                for other in records
            ):
                break  # the planned one is read already: "talks on a new pact to renew"
            if "successor" in sought.group() and (
                not record.parties
                or any(other.status is AgreementStatus.PLANNED for other in records)
            ):
                # "talks on a successor to the 1982 pact ... the new pact": the story's one
                # instrument still to be made is the successor, read already; and a worldwide
                # pact's successor is negotiated by states the sentence seldom names
                break
            records.append(
                _untitled_sibling(
                    record,
                    sentence,
                    parties=record.parties or _seekers(sentence, sought.start(), found),
                    status=AgreementStatus.PLANNED,
                    date=None,
                    indefinite=True,
                )
            )
            break


def _untitled_sibling(record: Record, sentence: Sentence, **changes: Any) -> Record:
    """A new record of another instrument told beside ``record``'s in ``sentence``.

    It starts from ``record``'s first mention with no title, no topic and no anaphor of its
    own, then takes ``changes`` (its status, date, ...): the successor sought for an
    instrument, or the one in force a planned one replaces.
    """
    return new_record(
        attrs.evolve(
            record.first,
            sentence=sentence,
            title=None,
            output_title=None,
            anaphor=False,
            topic=frozenset(),
            **changes,
        )
    )


# The instrument in force a new one is to replace, told only by "one": "a new protocol to
# replace the present one", "to supersede the current one, in force since 1982".
_REPLACED_ONE = re.compile(
    r"\b(?:replac(?:e|es|ing)|supersed(?:e|es|ing)|succeed(?:s|ing)?)\s+the\s+"
    r"(?:present|current|existing)\s+one\b"
)
# Its entry into force, told right after it: ", which entered into force in 1980".
_FORCE_YEAR = re.compile(
    r"\W{0,3}(?:which\s+)?(?:(?:entered|came)\s+into\s+force\s+in|(?:has\s+been\s+)?in\s+"
    r"force\s+since)\s+(?P<year>(?:19|20)\d\d)\b"
)


def _replaced_in_force(records: list[Record]) -> None:
    """Add the instrument in force that a planned one is to replace, where only "one" names it.

    "A and B opened talks on a new protocol to replace the present one, which expires in
    June": the present protocol is an instrument of its own, in force (ratified, dated by
    its entry into force where told), of the same kind and sides as the one to replace it.
    """
    for record in list(records):
        if record.status is not AgreementStatus.PLANNED or record.count != 1 or record.vague:
            continue
        for sentence in record.evidence:
            if " one" not in sentence.text:
                continue  # (a cheap test first: every match holds it)
            replaced = _REPLACED_ONE.search(sentence.text)
            if replaced is None:
                continue
            if any(
                other is not record
                and other.status is not AgreementStatus.PLANNED
                and sentence in other.evidence
                for other in records
            ):
                break  # the one in force is read already
            # the one in force holds whatever its clause tells of its entry into force, and
            # only that: its term running out ("expires in June") dates no step of it
            force = _FORCE_YEAR.match(sentence.text, replaced.end())
            date = PartialDate(int(force["year"])) if force else None
            records.append(
                _untitled_sibling(
                    record, sentence, status=AgreementStatus.RATIFIED, date=date, indefinite=False
                )
            )
            break


def _last_sides(records: list[Record], context: StoryContext) -> None:
    """Give a record still with no party the sides its own sentence tells, as a last look.

    Once every mention is read, as only then is a record known to have found none
    (:func:`told_sides`: "between the two countries ... signed in 2014", "signed by the
    parliaments of A, B and C").
    """
    release = release_state(context.article)  # a government's own side, often unnamed
    for record in records:
        if not record.parties:
            record.parties = told_sides(
                record, context.found, context.states, context.body_story, release
            )


def _story_pairs(records: list[Record], context: StoryContext) -> None:
    """Give a record told with one state the pair its story is on (:func:`story_pair`).

    A story-level step, after every sentence rule: "signed during the visit", "between the
    two countries", a readout's "The President welcomed the signing of a memorandum with B".
    """
    release = release_state(context.article)
    published = context.article.published
    for record in records:
        # (not "A will seek to strengthen the X at the meeting": a stance, not its making)
        if len(record.parties) == 1 and record.first.party_basis != "stance":
            record.parties = story_pair(
                record.parties,
                record.evidence,
                context.states,
                context.found,
                release,
                named=record.title is not None,
                # (its one state the sentence's, not its own words': "A's 2021 deal with the
                # IMF", "the 2015 deal between A and world powers" tell their sides)
                old=record.first.party_basis == "sentence"
                and record.status is AgreementStatus.SIGNED
                and record.date is not None
                and published is not None
                and record.date.year < published.year,
            )


# A sentence placed at the event the one before tells: "On that occasion,", "At the same time,".
_THAT_EVENT = re.compile(
    r"\s*(?:On|At|During)\s+(?:that|the\s+same)\s+(?:occasion|time|visit|day|event|ceremony)\b"
)
# One like the instrument just told: "a similar document", "a similar agreement".
_SIMILAR_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:similar|comparable|parallel)\s+$")
# The one made before, told as such right before a definite instrument word: "the current
# accord", "the previous bilateral agreement", "the old pact" (up to two words between).
_IN_FORCE_BEFORE = re.compile(
    r"\bthe\s+(?:current|existing|present|previous|old|expiring|outgoing)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A document told as made at an earlier time the story just told: "adopted at that time".
_DONE_THEN = re.compile(
    r"\s*,?\s*(?:signed|adopted|concluded|inked)\s+(?:then|at\s+that\s+time|during\s+that\s+visit)\b"
)
# Documents told as in force now: "are being consistently implemented".
_IMPLEMENTED_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+)?being\s+(?:\w+ly\s+)?implemented\b")


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
# A sentence that opens on one of a set just told: "The first of them is", "The third law
# concerns", "The head of state also approved".
_SET_MEMBER = re.compile(
    r"\s*(?:(?:The|Its)\s+(?:first|second|third|fourth|fifth|sixth|next|last|other|remaining)\b"
    r"|Another\s+(?:one|document|law)\b"
    r"|(?:The|Its)\s+(?:[a-z]+\s+){0,3}?(?:also|then|further)\s+(?:approved|ratified|endorsed)\b)"
)


# A year among its modifiers ("the 2001 accord"), or right after it ("an accord of 1973").
_YEAR = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b")
# The replaced one's year after it: "an accord of <year>", "a convention dating back to <year>".
_OF_YEAR = re.compile(r"\s+(?:of|dating\s+(?:from|back\s+to))\s+(?P<year>1[89]\d\d|20\d\d)\b")


# A further object of the act just told: "together with a protocol amending".
_TOGETHER_WITH = re.compile(
    r"\b(?:together|along)\s+with\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE
)


# A year among a cited instrument's own words, not a span's bound: "the 2015 trade agreement"
# (not "the 2015-2020 programme").
_OWN_YEAR = re.compile(r"(?<![-–])\b(?P<year>1[89]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)")
# The cited instrument's determiner before its words: "(to) the", "(amending) their".
_CITED_DETERMINER = re.compile(r"\b(?:the|its|their)\s+(?:[\w'’–-]+\s+){0,6}\Z", re.IGNORECASE)


def _cited_year(text: str, start: int, head: re.Match[str]) -> PartialDate | None:
    """The year an instrument another one cites carries in its own words, if any.

    "(a pact amending) the 2015 trade agreement", "(a protocol to) the X Treaty of 2015".
    """
    found = _OWN_YEAR.search(text, start, head.start()) or _OF_YEAR.match(text, head.end())
    return PartialDate(int(found.group("year"))) if found is not None else None


def _as_cited(
    mention: Mention, text: str, head: re.Match[str], records: list[Record], sentence: Sentence
) -> Mention:
    """An instrument a protocol is to or under: signed, in its own words' year or none.

    Not on the protocol's day: "will sign a protocol to the X on Thursday" tells the X made
    already, undated (a day of the X's own clause stays: "the X, signed in 2015,").
    """
    opening = _CITED_DETERMINER.search(text, max(0, head.start() - 80), head.start())
    year = _cited_year(text, opening.start() if opening else head.start(), head)
    citing = records[-1] if records and records[-1].evidence[-1] is sentence else None
    date = mention.date
    if year is not None or (citing is not None and citing.date == date):
        date = year  # (a day of its own clause stays: "the accord signed in 2015")
    return attrs.evolve(mention, status=AgreementStatus.SIGNED, date=date, cited=True)


def _is_bare_amendment(text: str, amended: re.Match[str]) -> bool:
    """Whether an amended instrument's word is all that tells the amendment made to it.

    "signed an amendment to their X Agreement" has no instrument word of its own, so the
    amendment is told by the amended one's word; "a protocol on amendments to the X" has one.

    >>> text = "They signed an amendment to the Kestrel Agreement."
    >>> _is_bare_amendment(text, AMENDED.search(text, 0, text.index("Agreement")))
    True
    >>> text = "They signed a protocol on amendments to the Kestrel Agreement."
    >>> _is_bare_amendment(text, AMENDED.search(text, 0, text.index("Agreement")))
    False
    """
    if not amended.group().casefold().startswith("amendment") or (
        _DOCUMENT_OF_AMENDMENT.search(text, max(0, amended.start() - 30), amended.start())
    ):
        return False
    # only an amendment whose own act is told ("signed", "will sign") is one made: "discussed
    # possible amendments to the X" tells none
    _, found, weak = cue_status(text, amended.start(), text.find(" ", amended.start()))
    return found and not weak


def _outside(
    dates: Callable[[], Sequence[DateMention]], amended: re.Match[str], head: re.Match[str]
) -> Callable[[], Sequence[DateMention]]:
    """The sentence's dates less those among an amended instrument's own words."""
    return lambda: [d for d in dates() if not amended.start() <= d.start < head.start()]


def _as_amendment(
    mention: Mention, text: str, amended: re.Match[str] | None, head: re.Match[str]
) -> Mention:
    """The amendment a bare "amendment to the X" tells, read from the X's word.

    It has no name of its own (its record puts out none), and a year among the X's words is
    the X's, not its own.
    """
    date, status = mention.date, mention.status
    if amended is None:
        return attrs.evolve(mention, amendment=True)
    if (
        date is not None
        and date.month is None
        and str(date.year) in text[amended.start() : head.end()]
    ):
        date = None  # "an amendment to their 2001 agreement": 2001 is the agreement's
    word_end = text.find(" ", amended.start())
    cued, found, _ = cue_status(text, amended.start(), word_end)
    if found:
        status = cued  # "will sign an amendment to their 2001 X": its own act's, not the X's
    return attrs.evolve(mention, date=date, status=status, amendment=True)


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


# The end of an instrument's phrase opening the next item of a list of topics: "the grain
# deal, the situation in C and ...", "the nuclear deal and the war in C".
_TOPIC_LIST = re.compile(r"(?:\s+(?:on|for|with)\s+[\w\s-]{0,40}?)?(?:,|\s+and)\s+the\s+(?=[a-z])")


# Two plurals joined into one set: "agreements and memoranda", "accords or MoUs".
_PLURAL_PAIR = re.compile(r"\s*,?\s+(?:and|or|&)\s+(?:(?:other|various|several)\s+)?")


# The speaker's side and its partner in the first person: "our leaders", "our two countries",
# "our transport ministries".
_OUR_SIDES = re.compile(
    r"\b[Oo]ur\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|countries|states|nations"
    r"|governments|sides|(?:[a-z]+\s+){0,2}ministries|(?:[a-z]+\s+)?ministers)\b"
)


# The signers told as a body of a summit's leaders: "the heads of state", "the participants".
_GROUP_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:heads\s+of\s+state|leaders|participants|presidents|[Mm]inisters"
    # "the nine governments would adopt an action plan": the summit's states, counted
    r"|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+governments)\b"
)


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
