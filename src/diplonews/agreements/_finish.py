"""The step's last pass: turn records into :class:`~diplonews.models.Agreement` values.

It dates a signing told as the story's news by the event the dateline or the lead tells,
drops what is not an instrument between states (a national plan, a deal with an armed
group, a vague set covered by instruments named one by one) and counts a set only for
the instruments not named one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._events import (
    DAY_SHIFT,
    LEAD_SENTENCES,
    at_the_event,
    closing_day,
    dateline_event,
    lead_event,
    lead_ratification,
    names_other_city,
    only_day,
    other_year,
    own_day,
    planned_event_day,
    shift_day,
    signed_in_story,
    signed_that_week,
    signing_text,
    span_openings,
    told_event_day,
)
from diplonews.agreements._parties import DATELINE, of_the_day, only_states, states
from diplonews.agreements._record import Record, told_by_headline
from diplonews.agreements._words import UN_NAME, iter_heads, vocabulary
from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.text import Sentence
from diplonews.text.countries import (
    city_country,
    dateline_place,
    extract_country_mentions,
    opening_city,
)
from diplonews.text.dates import CLAUSE_STOP, extract_dates, number_word
from diplonews.values import Country, PartialDate, Place, Span

__all__ = ["finish"]

# A signing told as one more beside what was told before: "A and B also signed a protocol".
_ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|inked|concluded|sealed)\b")


def _signed_apart(other: Record, counted: Record) -> bool:
    """Whether ``other`` is told signed apart from the ``counted`` set, so is none of it.

    Its own sentence, after the set's, tells it "also signed" ("A and B signed five documents
    ... They also signed a protocol on X"), or its date is not the set's ("signed five
    documents on Monday ... recalled the convention signed in 1996").
    """
    first = counted.evidence[0]
    own = other.evidence[0]
    if own is not first and own.start > first.start and _ALSO_SIGNED.search(own.text):
        return True
    return (
        other.date is not None
        and counted.date is not None
        and not (counted.date.contains(other.date) or other.date.contains(counted.date))
    )


# A sentence opening on a set told before as what it adds to: "Besides the 14 documents,",
# "In addition to these agreements,": what it tells is not one of them.
_BEYOND_SET = re.compile(
    r"\W*(?:Besides|In\s+addition\s+to|Apart\s+from|Aside\s+from|On\s+top\s+of|Beyond)\s+"
    r"(?:the|these|those|all)\b"
)


# A count of the story's whole set, the ones told before it among them: "In total, five
# documents were signed", "In all, seven agreements were signed during the visit".
_STORY_TOTAL = re.compile(r"\W*(?:In\s+(?:total|all)|Altogether|All\s+told)\b")
# The rest of a total told as companies' contracts, which are no record: "; the other four
# are contracts between firms of both sides".
_REST_OF_FIRMS = re.compile(
    r"\bthe\s+(?:other|remaining)\s+(?P<n>[\w-]+)\s+(?:are|were)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements|contracts|deals|documents|memorand(?:a|ums))\s+(?:between|with|among|by)\s"
    r"[^.;]*?\b(?:compan(?:y|ies)|firms|business(?:es)?|banks|corporations)\b"
)
# A plural's parts told in its sentence: "including", "among them".
_PARTS_TOLD = re.compile(r"\b(?:including|among\s+them|among\s+which|of\s+which)\b")
# One document signed beside a counted set, joined by "and" in one clause: "signed a Joint
# Statement and witnessed the exchange of 11 documents", "adopted a declaration and 9
# agreements" (not "a memorandum, one of the 11 documents", nor "while ministers signed").
_SIGNED_BESIDE = re.compile(
    r"""
    # the verb (of one to come too: "will sign a protocol and four memoranda") and one document
    \b(?:sign(?:ed|s)?|adopt(?:ed|s)?|ink(?:ed|s)?|conclude[sd]?)\s+(?:a|an|the)\s+
    (?:(?!\b(?:and|while|including|among|of\s+the)\b)[^,;:.]){1,100}?  # its name, one clause
    \sand\s+(?:[a-z]+\s+){0,5}?  # "and", maybe "witnessed the exchange of"
    (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+
    (?:other\s+)?(?:[\w-]+\s+){0,2}?  # "9 intergovernmental"
    (?:documents|agreements|accords|memoranda|memorandums|deals|instruments|treaties
    |protocols|conventions|declarations|MoUs)\b
    """,
    re.VERBOSE,
)


def _national_plan(record: Record) -> bool:
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


def _with_armed_group(record: Record) -> bool:
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


# A firm as a deal's side or its talk: a company, a utility, a named "X Group", the market.
_COMMERCIAL = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|utility|operator|refinery|producer|carrier"
    r"|investment\s+bank|bankers|shares|rights\s+holder|(?-i:[A-Z]\w+\s+Group)|Ltd|Inc|plc)\b",
    re.IGNORECASE,
)
# A bare "deal", the word news uses for a company's contract or purchase.
_BARE_DEAL = re.compile(r"\bdeals?\b", re.IGNORECASE)


def _company_deal(record: Record) -> bool:
    """A nameless "deal" of at most one state whose sentences tell a firm or the market.

    "the X Group signed a deal with A's energy ministry", "A's oil firm Y won a further
    deal", "a small deal, said an analyst at a B investment bank": a commercial contract,
    not an instrument between states.
    """
    return (
        record.title is None
        and record.kind is AgreementKind.AGREEMENT
        and len(record.parties) <= 1
        and all(
            all(_BARE_DEAL.fullmatch(h.group("head")) for h in iter_heads(s.text))
            for s in record.evidence
        )
        and any(_COMMERCIAL.search(s.text) for s in record.evidence)
    )


# Political parties as a deal's sides: "four Dutch parties", "a small centrist party", "the
# Centre Party", "a new coalition government" (not "the parties" of a treaty, unqualified).
_POLITICAL_PARTY = re.compile(
    # a name or demonym, not a determiner or a treaty's own term ("The parties", "States
    # Parties", "Contracting Parties")
    r"\b(?:(?-i:(?!(?:The|These|Those|Both|All|Each|Other|Such|Several|Many|Two|Three|Four"
    r"|Five|Six|Contracting|States?|Member|Signatory|Interested|Concerned)\b)[A-Z]\w+)"
    r"|centrist|centre|center|left-wing|right-wing|opposition|ruling|governing|junior|minor"
    r"|small|smaller|largest|political)\s+part(?:y|ies)\b"
    r"|\bcoalition\s+(?:government|deal|agreement|pact|talks|partners?)\b",
    re.IGNORECASE,
)


def _party_deal(record: Record, sentences: Sequence[Sentence]) -> bool:
    """A nameless agreement of at most one state in a story of a deal among political parties.

    "Four A parties have agreed to form a coalition government. The deal was struck ...",
    "A's government survived the vote after a deal with a small centrist party": a domestic
    political deal, not an instrument between states.
    """
    return (
        record.title is None
        and record.kind is AgreementKind.AGREEMENT
        and len(record.parties) <= 1
        and any(_POLITICAL_PARTY.search(s.text) for s in (*record.evidence, *sentences[:1]))
    )


# Talks that end "with an agreement to <do something>": a decision to act, told as the
# talks' outcome (not "with an agreement to be signed").
_AGREED_ACT = re.compile(
    r"\bwith\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:agreement|accord)\s+to\s+(?!be\b)[a-z]+",
)


def _agreement_to_act(record: Record) -> bool:
    """A nameless agreement told once, as talks ending "with an agreement to <act>".

    "ended two days of talks with an agreement to keep the process going": no document.
    """
    if record.title is not None or record.kind is not AgreementKind.AGREEMENT:
        return False
    if len(record.evidence) != 1 or record.count != 1:
        return False
    text = record.evidence[0].text
    heads = [h.group("head").lower() for h in iter_heads(text)]
    return (
        _AGREED_ACT.search(text) is not None
        and sum(h in ("agreement", "accord") for h in heads) == 1
    )


# What frames a named instrument as the standing rule a state acts by, not one made here:
# "consistent with the", "in line with the", "as reflected in the", "commitment to Article 5 of
# the" ("under the" is left out: the keys keep a regime prices are set under).
_FRAME = re.compile(
    r"(?:\bconsistent\s+with|\bin\s+line\s+with|\bin\s+accordance\s+with"
    r"|\breflected\s+in|\bcommitments?\s+to\s+Article\s+\d+\s+of)"
    r"\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}$"
)


def _framing_instrument(record: Record) -> bool:
    """A named instrument of no told party or day that one sentence names as a frame.

    "to act consistent with the X Protocol", "free passage, as reflected in the Y
    Convention": the rule a state acts by.
    """
    if record.title is None or record.parties or record.date is not None:
        return False
    if len(record.evidence) != 1:
        return False
    text = record.evidence[0].text
    at = text.find(record.title)
    return at > 0 and _FRAME.search(text, 0, at) is not None


def _told_again(record: Record, records: Sequence[Record]) -> bool:
    """A nameless instrument of no topic that its sentence already told of the same sides.

    "talks on a trade pact, but a deal was still far off", "the first state to conclude a
    trade pact with B, in a deal that cuts duties": the deal is that pact.
    """
    if record.title is not None or record.topic or record.count != 1 or record.item_of:
        return False
    if sum(1 for _ in iter_heads(record.evidence[0].text)) != 2:
        return False  # a list of three or more ("a memorandum on X, a memorandum between Y")
    at = records.index(record)
    return any(
        other is not record
        and other.title is None
        and other.count == 1
        and other.item_of is None
        and other.date == record.date
        and other.kind is record.kind
        and other.status is record.status
        and set(other.parties) == set(record.parties)
        and other.evidence[0] is record.evidence[0]
        and (bool(other.topic) or records.index(other) < at)
        for other in records
    )


# A modal in the clause after an instrument word: "a deal that would cost", "the deal would".
_MODAL_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:would|could|might)\b")


def _conditional_only(record: Record) -> bool:
    """A nameless instrument that no cue signs, told once, in a clause in the conditional.

    "a critic said the cabinet hurried into a deal that would cost A its say", "bankers
    expect the deal would press B": what it would do, not a signing.
    """
    if record.cued or record.status is not AgreementStatus.SIGNED or record.title is not None:
        return False
    if len(record.evidence) != 1:
        return False
    text = record.evidence[0].text
    return any(_MODAL_AFTER.match(text, head.end()) for head in iter_heads(text))


def _covers(other: Record, vague: Record) -> bool:
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


def _covered(vague: Record, covering: Sequence[Record]) -> bool:
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
# A ratification told as one more act of the same sitting: "At the same plenary session,
# lawmakers approved", "Senators also ratified", "MPs also backed", "also gave their consent".
_SAME_SITTING = re.compile(
    r"^(?:At|During)\s+the\s+same\s+(?:plenary\s+)?(?:session|sitting|meeting)\b"
    r"|\balso\s+(?:ratified|approved|backed|endorsed|gave\s+(?:their|its)\s+consent)\b"
)


# A signing told at an event's close: "signed at its close", "at the end of the session".
_AT_CLOSE = re.compile(
    r"\b(?:at|by|on)\s+(?:the|its|their)\s+(?:close|end|conclusion|closing|final\s+day|last\s+day)\b"
    r"|\bclosing\s+(?:ceremony|session|day|sitting)\b",
    re.IGNORECASE,
)


# Where the clause that acts under a named instrument opens: the sentence's start, a
# relative "where", a break of clause, or what a speaker said (the speaker is no holder).
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|\bwhere\b|\b(?:said|says|told)\b(?:\s+that\b)?)")


# A sentence after the lead that tells the same signing in the passive, with its agents or
# its place: "The accord was signed here yesterday by the trade ministers", "The protocol was
# signed on Thursday by ...".
_SIGNED_AGAIN = re.compile(
    r"^(?:The|This|That|Both|All|These|Those)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+"
    r"(?:also\s+|formally\s+|officially\s+)?signed\b"
)


# The documents a lead told, all referred back to as a set: "The documents were signed",
# "The two documents were signed", "The agreements were signed" (no topic of their own).
_SET_SIGNED = re.compile(
    r"^(?:The|These|Those|All|Both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\s+)?(?:documents|agreements|accords|texts|instruments)\s+(?:were|have\s+been)\s+"
    r"(?:also\s+|formally\s+|officially\s+)?signed\b"
)


def _later_signing_day(
    record: Record, published: dt.date | None, sentences: Sequence[Sentence] = ()
) -> PartialDate | None:
    """The day a later sentence gives the signing a wire lead tells under its dateline alone.

    "LAGOS, March 12 - A and B signed an accord ... The accord was signed here yesterday by
    ...": the dateline dates the report, the later sentence the signing (the 11th). The
    sentence right after the lead may tell it for all the documents the lead told ("A and B
    signed a trade agreement and a protocol ... The two documents were signed in P on
    Monday"), whichever record took it.
    """
    lead_at = next((i for i, s in enumerate(sentences) if s is record.evidence[0]), -1)
    set_after = sentences[lead_at + 1] if 0 <= lead_at < len(sentences) - 1 else None
    if set_after is not None and _SET_SIGNED.match(set_after.text) is None:
        set_after = None
    # (one the record took is read with its evidence below)
    following = set_after if set_after not in record.evidence else None
    if (
        published is None
        or record.status is not AgreementStatus.SIGNED
        or (record.date is None and set_after is None)
        or (len(record.evidence) < 2 and following is None)
    ):
        return None
    lead = record.evidence[0].text
    dateline = DATELINE.match(lead)
    if dateline is None:
        return None
    lead_days = [d for d in extract_dates(lead, published) if d.date.day is not None]
    # (a record the lead tells with no day of its own takes the dateline's later on)
    told_day = record.date or next((d.date for d in lead_days if d.start < dateline.end()), None)
    if any(
        d.start >= dateline.end() and (d.date == told_day or set_after is None) for d in lead_days
    ) or told_day not in {d.date for d in lead_days if d.start < dateline.end()}:
        # the lead tells a day of its own ("signed on Monday"), or another date; with the set
        # told again right after, a day of something else ("to reopen from January 1") is not
        # the signing's
        return None
    for sentence in [*record.evidence[1:], *([following] if following is not None else [])]:
        verb = _SIGNED_AGAIN.match(sentence.text)
        if verb is None:
            continue
        days = _days_of_the_week_before(sentence.text, verb.end(), published)
        return days.pop() if len(days) == 1 and told_day not in days else None
    return None


# A relative or subordinate clause between the signing and a day: that day is another event's.
_OTHER_CLAUSE = re.compile(r"\b(?:which|that|who|when|where|after|before|while|since)\b|[;:]")


def _days_of_the_week_before(text: str, verb_end: int, published: dt.date) -> set[PartialDate]:
    """The days a sentence tells after a step's verb, in the week up to the report.

    A day after a relative or subordinate clause is another event's, and left out.
    """
    return {
        d.date
        for d in extract_dates(text, published)
        if d.date.day is not None
        and d.start >= verb_end
        and 0 <= (published - d.date.first_day()).days <= 7
        and not _OTHER_CLAUSE.search(text, verb_end, d.start)
    }


# The same step told again right after a lead that dates it by the report alone: the signing
# in the passive (:data:`_SIGNED_AGAIN`) or in an aside after the instrument's noun ("The
# protocol, signed in Moscow yesterday, provides ..."), and the exchange of instruments of
# ratification that put it in force ("The exchange took place in Bishkek on March 31").
_SIGNED_ASIDE = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+signed\b")
_EXCHANGE_AGAIN = re.compile(
    r"^The\s+exchange\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:took\s+place|was\s+held)\b"
)
_INSTRUMENTS_EXCHANGED = re.compile(
    r"\bexchang(?:e|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:instruments|letters|notes)\s+of\s+ratification\b"
)


def _day_told_next(
    record: Record, published: dt.date | None, sentences: Sequence[Sentence]
) -> PartialDate | None:
    """The day the sentence after a lead gives the step the lead dates by the report alone.

    "A and B have signed a roadmap ... The document was signed in Tashkent on June 17", "A
    and B have signed a trade protocol ... The protocol, signed in Moscow yesterday, ...",
    "A and B have exchanged instruments of ratification of the X ... The exchange took place
    in P on March 31": the lead tells no day but the report's (its dateline, or the day it
    was said), the next sentence of the record the step's own (within the week before).
    """
    if published is None or record.date is None or len(record.evidence) < 2:
        return None
    report_day = PartialDate(published.year, published.month, published.day)
    lead, following = record.evidence[0], record.evidence[1]
    at = next((i for i, s in enumerate(sentences) if s is lead), -1)
    if (
        record.date != report_day
        or not 0 <= at < LEAD_SENTENCES
        or following.paragraph - lead.paragraph > 1
    ):
        return None
    text = following.text
    if record.status is AgreementStatus.SIGNED:
        verb = _SIGNED_AGAIN.match(text) or _SIGNED_ASIDE.match(text)
    elif record.status is AgreementStatus.RATIFIED and _INSTRUMENTS_EXCHANGED.search(lead.text):
        verb = _EXCHANGE_AGAIN.match(text)
    else:
        verb = None
    if verb is None or any(
        d.date != report_day for d in extract_dates(lead.text, published) if d.date.day is not None
    ):
        return None  # (a lead with a day of its own is dated by it)
    days = _days_of_the_week_before(text, verb.end(), published)
    return days.pop() if len(days) == 1 and report_day not in days else None


def _states_as_parties(parties: Sequence[Party]) -> tuple[Party, ...]:
    """Parties are states: a group told as a side is none (the spec's keys list no group).

    "A fisheries accord with the EU" is the state's; "the OPEC production accord", "a plan
    of the CIS member states" have no party. An instrument between blocs only ("the EC and
    Comecon") keeps its two groups: no state stands for either side.
    """
    states_only = only_states(parties)
    if states_only or len(parties) < 2:
        return states_only
    return tuple(parties)


def _held_under(record: Record) -> tuple[Party, ...]:
    """The states its own clause tells acting under a named instrument that has no parties.

    "where A and B are expanding cooperation under the X Agreement", "reaffirmed the
    commitment of A to the defense of B under the 1951 X Treaty": the two or more states the
    clause names before "under the X" hold to it; one state alone is not read (a story's
    other party is not named there).
    """
    if record.parties or record.title is None or len(record.evidence) != 1:
        return ()
    if UN_NAME.search(record.title):
        return ()  # "A and B act under the UN Convention on X": the UN's members', none named
    text = record.evidence[0].text
    word = record.title.split()[0]
    if "under" not in text or word not in text:
        return ()  # (both words stand in a match: no pattern built for this title's word)
    first = re.escape(word)
    under = re.search(r"\bunder\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?" + first + r"\b", text)
    if under is None:
        return ()
    lo = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, under.start())), default=0)
    mentions = [m for m in extract_country_mentions(text) if m.kind != "group"]
    found = only_states(states(mentions, lo, under.start(), text))
    return tuple(sorted(found, key=str)) if len(found) >= 2 else ()


# A worldwide instrument by its name: "the International Coffee Agreement", "a new
# International Natural Rubber Agreement" (capitalised words only, "International" first).
_OPEN_INSTRUMENT = re.compile(
    r"(?:[Nn]ew\s+)?International(?:\s+[A-Z][\w-]*)*?"
    r"\s+(?:Agreement|Arrangement|Accord|Pact|Convention|Treaty)"
)


# The same worldwide instrument, or the one to follow it, told without its name: "the present
# pact", "a successor pact", "the new accord".
_ITS_SUCCESSOR = re.compile(
    r"\b(?:present|current|existing|successor|new|next)\s+(?:pact|agreement|accord|arrangement)\b"
)


def _sides_told(record: Record) -> bool:
    """Whether the record's sentence tells its sides: "between A and B", "with B" (a state)."""
    basis = record.first.party_basis
    if basis == "between":
        return True
    if basis != "with":
        return False
    text = record.evidence[0].text
    # "a successor pact with price support provisions": no state across the table
    return any(
        re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, m.start - 14) : m.start]) is not None
        for m in extract_country_mentions(text)
        if m.kind != "group"
    )


def _successor_of_open(record: Record, records: Sequence[Record]) -> bool:
    """Whether an unnamed record is a worldwide instrument the story names, or its successor.

    "... ahead of talks on a new International Rubber Agreement. The present pact, in force
    since 1982, ...": the story's states are members, as for the named one.
    """
    return (
        record.title is None
        and bool(record.parties)
        and not _sides_told(record)
        and _ITS_SUCCESSOR.search(record.evidence[0].text) is not None
        and any(
            other.title is not None and _OPEN_INSTRUMENT.fullmatch(other.title) is not None
            for other in records
        )
    )


def _open_to_members(record: Record) -> bool:
    """Whether the record is an instrument open to every member of a worldwide body.

    "Quotas are fixed under the 1983 International Coffee Agreement", "A and B will hold
    talks ahead of negotiations on a new International Natural Rubber Agreement": the
    states the story tells are members among many, or speak of it; none is named as its
    party. Sides its sentence tells ("between A and B", "A will sign it with B") stay.
    """
    return (
        record.title is not None
        and bool(record.parties)
        and not _sides_told(record)
        and _OPEN_INSTRUMENT.fullmatch(record.title) is not None
    )


# A place the story describes, whose name the gazetteer may lack: "in the Uruguayan resort of
# Colonia", "in the southern town of X": the event's place, not the dateline's.
_DESCRIBED_PLACE = re.compile(
    r"\b(?:in|at)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:town|city|resort|capital|port|village|island|spa)\s+of\s+[A-Z]"
)


def _described_place(text: str) -> Place | None:
    """The place ``text`` tells with what it is: "in the Tajik city of Khujand" (or none)."""
    match = _DESCRIBED_NAME.search(text)
    if match is None:
        return None
    city = match.group("place")
    code = city_country(city)
    return Place(city=city, country=Country(code) if code is not None else None)


# The name after a described place, with the small words inside names ("Rio de Janeiro"); not
# "the capital of X" or "the island of X", which name a state as often as a place.
_DESCRIBED_NAME = re.compile(
    r"\b(?:in|at)\s+the\s+(?:[\w-]+\s+){0,3}?(?:town|city|resort|port|village|spa)\s+of\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:(?:de|es|al|el)\s+)?[A-Z][\w’'-]+)?)"
)


def _step_date(text: str, published: dt.date | None) -> PartialDate | None:
    """The date right after a step past signing: "entered into force in March 2022"."""
    step = _STEP_THEN_DATE.search(text)
    if step is None:
        return None
    for mention in extract_dates(text, published):
        if mention.start == step.end():
            return mention.date
    return None


# A ratification or entry into force and the "in"/"on" that opens its date.
_STEP_THEN_DATE = re.compile(
    r"\b(?:entry|entered|came|went)\s+into\s+(?:force|effect)\s+(?:in|on)\s+"
    r"|\b(?:ratified|approved)\s+(?:it\s+)?(?:in|on)\s+(?=[A-Z])"
)


def _meeting_city(text: str) -> Place | None:
    """The known city of the meeting a signing is to come at: "when they meet in Baku".

    Also the city of the visit or the body's session it is to come at, told after the event's
    own words: "during the visit of the President of A to Baku", "when X visits Moscow", "at
    the next session of the commission in Baku", "..., to be held in Baku".
    """
    for pattern in (_MEETING_IN, _EVENT_TO_COME_IN):
        for match in pattern.finditer(text):
            if (found := opening_city(match.group("city"))) is not None:
                return Place(city=found[0], country=Country(found[1]))
    return None


# A signing to come at a meeting or visit in a city: "to be signed when they meet in Baku",
# "for signing during the session to be held in Hanoi" (the signing word before the meeting:
# "agreed at a summit in X to sign" is where it was agreed).
_MEETING_IN = re.compile(
    r"\bsign(?:ed|ing)?\b[^.;]{0,70}?\b(?:when|during|at)\s[^.;]{0,80}?"
    r"\b(?:meets?|meeting|visits?|held|session|summit)"
    r"(?:\s+again)?\s+in\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


# A signing to come at a visit or a session whose words run on before its city: "to be
# signed during the visit of the Minister of X of A to Tashkent", "when the Prime Minister
# visits Moscow", "at the next round of consultations in Ashgabat", "during the next session
# of the commission on trade, to be held in Hanoi" (a state after "to" is no city: no place).
_EVENT_TO_COME_IN = re.compile(
    r"""\bsign(?:ed|ing)?\b[^.;]{0,70}?\b(?:when|during|at)\s[^.;]{0,80}?
    (?:\b(?:visits?\s+of\s[^.;,]{0,80}?\s+to|visits?\s+to|visits?|visiting)\s+
    |\b(?:meeting|session|summit|round|sitting)\s+of\s[^.;]{0,100}?
    \b(?:(?:to\s+be\s+held|to\s+take\s+place|scheduled\s+to\s+take\s+place)\s+)?in\s+)
    (?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})""",
    re.VERBOSE,
)


def _event_place(text: str) -> Place | None:
    """The known city of the event ``text`` tells a signing at: "met in Riga, where they signed"."""
    match = _EVENT_THEN_SIGNING.search(text) or _EVENT_ENDED_WITH.search(text)
    if match is None or _SINCE.search(match.group("gap")):
        return None  # "the first session since the two signed their treaty": an older signing
    if (found := opening_city(match.group("city"))) is not None:
        return Place(city=found[0], country=Country(found[1]))
    return None


# An event placed in a city, then a clause of what was signed at it: "the summit held in Astana
# on May 3, where the leaders adopted", "the visit to Baku in April, during which ... signed",
# "met in Riga on Monday and signed"; not a signing dated to a year of its own ("to review the
# pact signed in 2013").
# The stop of a month's abbreviation before its day ("on Nov. 3"), which ends no clause: the
# full stop that the shared clause stop (dates.CLAUSE_STOP) leaves out.
_DAY_MONTH_DOT = rf"(?!{CLAUSE_STOP})\."
_EVENT_THEN_SIGNING = re.compile(
    r"""\b(?:held|took\s+place|met|meet|meeting|summit|session|visit(?:ed)?|talks|trip|gathered
    |convened)\b
    [^.;]{0,60}?\b(?:in|to)\s+
    (?:the\s+[\w-]+\s+(?:capital|city|town|resort),?\s+)?  # "the Lithuanian capital, X"
    (?P<city>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})
    (?:[^.;]|"""
    + _DAY_MONTH_DOT
    + r"""){0,60}?(?:,\s*|\s+)  # its time: "on May 3", "last August", "on Nov. 3"
    (?:where|when|during\s+which|at\s+which|after\s+which|following\s+which
    |at\s+the\s+end\s+of\s+which|and)\b
    (?P<gap>[^.;]{0,120}?)\b(?:signed|adopted|concluded|inked|approved)\b
    (?!\s+(?:in|on)\s+(?:19|20)\d\d)""",
    re.VERBOSE,
)
_SINCE = re.compile(r"\bsince\b")
# An event placed in a city that ended with a signing: "the session of the commission, held
# in Zagreb last year, resulted in the signing of", "the round, held in P in February, ended
# with the signing of", "the meeting ended in P on Sunday with the signing of".
_EVENT_ENDED_WITH = re.compile(
    r"""\b(?:held|took\s+place|met|meeting|summit|session|round|talks|convened)\b
    [^.;]{0,60}?\bin\s+
    (?P<city>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})
    [^.;]{0,60}?(?:,\s*|\s+)
    (?:resulted\s+in|ended\s+(?:with|in)|wrapped\s+up\s+with|culminated\s+in|concluded\s+with
    |closed\s+with|with)\s+
    (?P<gap>(?:the\s+)?)(?:signing|adoption)\b""",
    re.VERBOSE,
)


def _fronted_place(record: Record) -> Place | None:
    """The known city a sentence of the record opens with, before its signing verb."""
    for told in record.evidence:
        # "BUDAPEST, May 10 (Trend) - In Baku yesterday, ...": the sentence opens after a wire's
        # dateline, and its own city wins over the dateline's
        dateline = DATELINE.match(told.text)
        start = dateline.end() if dateline else 0
        # "In Baku in March, ...": the city may open the sentence before the date's "in"
        for pattern in (_FRONTED_CITY, _OPENING_CITY):
            match = pattern.match(told.text, start)
            if match is None or _REPORTED.search(match.group("gap")):
                continue  # "In Nairobi, officials said A and B had signed": where it is told
            if (found := opening_city(match.group("city"))) is not None:
                return Place(city=found[0], country=Country(found[1]))
    return None


# A sentence that opens with its place, then tells a signing: "In Port Moresby, the Vice
# President will ... sign", "Today in Tallinn, A and B signed", "In May, in Aktau, ... signed"
# (a full stop of a name's initial or title may come between: "Antony J. Blinken", "Ms. X").
_CITY_THEN_SIGNING = (
    r"""[Ii]n\s+(?P<city>[A-Z][\w’'.-]+(?:\s+(?:es\s+|de\s+)?[A-Z][\w’'.-]+){0,2})\b
    (?P<gap>(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bDr)\.|"""
    + _DAY_MONTH_DOT
    + r""")*?)
    \b(?:sign|signs|signed|signing|adopted|concluded|inked)\b
    (?!\s+(?:in|on)\s+(?:19|20)\d\d)"""
)
_FRONTED_CITY = re.compile(
    r"""(?:[A-Z]:\s+)?  # an interview's answer: "A: In May, ..."
    (?:(?:Today|Yesterday|Earlier|Later|Then|On\s+\w+(?:\s+\d+)?|In\s+\w+)(?:\s+\w+){0,2},?\s+)?"""
    + _CITY_THEN_SIGNING,
    re.VERBOSE,
)
# The city right at the sentence's start, with no date before it: "In Baku in March, ...".
_OPENING_CITY = re.compile(_CITY_THEN_SIGNING, re.VERBOSE)


def _signed_at_event_in(record: Record) -> Place | None:
    """The known city of the event a sentence of the record tells it signed at."""
    for told in record.evidence:
        if not _SIGNED_PAST.search(told.text):
            continue
        for match in _AT_EVENT_IN.finditer(told.text):
            if (found := opening_city(match.group("city"))) is not None:
                return Place(city=found[0], country=Country(found[1]))
    return None


# A signing done (not one to come: "intend to sign at the next meeting in X").
_SIGNED_PAST = re.compile(r"\b(?:signed|adopted|concluded|inked|exchanged)\b")
# The event a signing took place at, and its city: "during the official visit of X to Rabat",
# "at a summit in the Laotian capital, Vientiane", "following talks ... in Kars".
_AT_EVENT_IN = re.compile(
    r"""\b(?:[Dd]uring|[Aa]t|[Ff]ollowing|[Aa]fter|[Oo]n\s+the\s+(?:sidelines|margins)\s+of
    |[Ii]n\s+the\s+course\s+of|[Aa]t\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+results\s+of)\s+
    (?:(?:the|a|an|their|his|her|its)\s+)?
    (?:[^.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bDr)\.){0,80}?  # whose event: "of Mr. X"
    \b(?:visit|meeting|session|summit|talks|forum|conference|consultations|negotiations|sitting
    |round)s?\b
    (?:[^.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bDr)\.){0,80}?
    \b(?:in|to)\s+(?:the\s+[\w-]+\s+(?:capital|city|town|resort)(?:\s+of)?,?\s+)?
    (?P<city>[A-Z][\w’'-]+(?:\.(?=\s+[A-Z]))?(?:\s+(?:es\s+|de\s+)?[A-Z][\w’'-]+){0,2})""",
    re.VERBOSE,
)


# A word of telling: the place before it is where the news was told, not the signing's.
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|noted|recalled|stressed)\b")


def _body_dateline(article: Article) -> Place | None:
    """The known city of a wire dateline that opens the body: "HELSINKI, March 16 - ..."."""
    body = article.body.lstrip()
    match = DATELINE.match(body)
    if match is None:
        return None
    city = dateline_place(match.group())
    code = city_country(city)
    return Place(city=city, country=Country(code)) if code is not None else None


def _lead_city_by(record: Record, lead: tuple[PartialDate | None, Place | None]) -> Place | None:
    """The lead event's city where the record's own day falls on or just after its day."""
    lead_day, lead_place = lead
    date = record.date
    if lead_day is None or lead_place is None or date is None or date.day is None:
        return None
    if lead_day.day is None:
        return None
    after = (date.first_day() - lead_day.first_day()).days
    return lead_place if 0 <= after <= _EVENT_DAYS else None


def _opens_elsewhere(text: str, city: Place) -> bool:
    """Whether ``text`` opens on another place than ``city`` or tells it where news was told.

    "In Singapore, she witnessed the signing", "X, speaking to reporters in P, said the
    talks resulted in the signing of": not a signing at the lead's event in P.
    """
    match = _OPENS_IN.match(text)
    if match is not None and match.group("place") != city.city:
        return True
    return any(m.group("place") == city.city for m in _TOLD_IN.finditer(text))


# A sentence that opens with its place, known to the gazetteer as a city or not.
_OPENS_IN = re.compile(r"In\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),")
# A place where the news was told: "speaking to reporters in P", "told a briefing in P".
_TOLD_IN = re.compile(
    r"\b(?:speaking|said|says|told|announced|reported)\b[^.;]{0,40}?"
    r"\bin\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


# How many days after its first day a lead's event (a visit, a dialogue) may see a signing.
_EVENT_DAYS = 3


def _dateline_signing(record: Record, lead_place: Place | None) -> bool:
    """Whether the dateline's own sentence tells the signing and not the lead's other city.

    "WELLINGTON, Feb 18 - A and B signed an arrangement on Tuesday ... B will attend a forum
    in Apia in May": the lead's later sentence tells another event, not where it was signed.
    """
    text = signing_text(record)
    return (
        DATELINE.match(text) is not None
        and lead_place is not None
        and (lead_place.city or "") not in text
    )


def finish(
    article: Article, records: list[Record], sentences: Sequence[Sentence] = ()
) -> list[Agreement]:
    """Build the Agreements; a count covers only the instruments not named one by one."""
    result: list[Agreement] = []
    day, place = dateline_event(article)
    dateline_city = place if article.dateline is not None else _body_dateline(article)
    in_lead = False
    lead: tuple[PartialDate | None, Place | None] | None = None

    def the_lead() -> tuple[PartialDate | None, Place | None]:
        """The lead's event day and city, read once and only where a record asks for them."""
        nonlocal lead
        if lead is None:
            lead = lead_event(article, sentences)
        return lead

    spans: set[PartialDate] | None = None

    def the_spans() -> set[PartialDate]:
        """The first days of the spans of days the lead tells, read once, where asked."""
        nonlocal spans
        if spans is None:
            spans = span_openings(sentences[:LEAD_SENTENCES], article.published)
        return spans

    if (day is None or place is None) and any(signed_in_story(r) for r in records):
        lead_day, lead_place = the_lead()
        in_lead = (day is None and lead_day is not None) or (
            place is None and lead_place is not None
        )
        if day is None and lead_day is not None and lead_place is not None:
            place = lead_place  # "ASTANA - ... the meeting in Minsk on April 12": Minsk
        day, place = day or lead_day, place or lead_place
    event_day = None  # the lead event's own day, for a signing told as part of that event
    dateline_day = not in_lead and day is not None and article.dateline is not None
    if day is not None and not in_lead and any(at_the_event(r) for r in records):
        event_day, _ = the_lead()
    elif dateline_day and any(signed_in_story(r) for r in records):
        # "RIYADH, September 10 - The meeting took place in Riyadh on Monday ... adopted a
        # plan": the dateline dates the report, the lead its event, where the plan was adopted
        event_day, _ = the_lead()
        event_day = event_day if event_day != day else None
    told: Record | None = None  # the last signing told with a date
    ratified_day = lead_ratification(article, sentences, records)
    told_at = {id(r): i for i, r in enumerate(records)}  # each record's place in the story
    for record in records:
        lead_dated = False  # dated by the story's event only, below
        if later_day := _later_signing_day(record, article.published, sentences):
            record.date = later_day  # "The accord was signed here yesterday by ..."
        if (
            ratified_day is not None
            and record.status is AgreementStatus.RATIFIED
            and record.date is None
            and record.evidence[0] in sentences[:LEAD_SENTENCES]
        ):
            # "The parliament on May 2 approved laws on ratification ... MPs ratified the X":
            # a ratification told as the page's news, on the day the lead gives it (also when
            # later sentences tell more of it: "The X was signed in Riyadh in February")
            record.date = ratified_day
        if (
            told is not None
            and record.date is None
            and record.status is told.status
            and (
                _ONE_MORE.search(record.evidence[0].text)
                or (
                    record.status is AgreementStatus.RATIFIED
                    and _SAME_SITTING.search(record.evidence[0].text)
                )
            )
            and 0 <= record.evidence[0].paragraph - told.evidence[-1].paragraph <= 1
        ):
            # "the sides signed the protocol on Monday. Besides, 3 memoranda were also
            # signed": the same signing's day and place; "The parliament ratified X on
            # Tuesday. MPs also approved Y": the same sitting's day (not where X was signed),
            # unless it tells a day of its own ("Also on Monday, the Y came into effect")
            own = only_day(record.evidence[0].text, article.published)
            record.date = own if own is not None and own.day is not None else told.date
            if record.status is not AgreementStatus.RATIFIED:
                record.location = record.location or told.location
        if (
            told is not None
            and record.date is None
            and record.status is told.status
            and not record.first.cited  # "signed a protocol to the X on Monday": not the X's day
            and record.evidence[0] is told.evidence[0]
            and only_day(record.evidence[0].text, article.published) == told.date
        ):
            # "Six documents were signed on Tuesday ..., among them an agreement on X and a
            # memorandum on Y": the documents its sentence names share that signing's day (the
            # only day it tells)
            record.date, record.location = told.date, record.location or told.location
        if in_lead and record.date is None and signed_in_story(record):
            # "A and B signed a roadmap ... in Tehran on Monday" (far from the word), while the
            # lead's event is "B arrived on Sunday": the signing sentence's own day
            record.date = own_day(record.evidence[0].text, article.published)
        if (
            (day is not None or place is not None)
            and signed_in_story(record)
            and not (in_lead and other_year(signing_text(record)))
        ):
            # "BISHKEK, October 12 ... documents were signed": the day and place of the report;
            # "Following the talks, the sides signed": the talks' day, when the lead gives it
            own_date = record.date
            record.date = (
                record.date or (event_day if dateline_day or at_the_event(record) else None) or day
            )
            at = sentences.index(record.evidence[0]) if record.evidence[0] in sentences else 0
            # (the event may be told in the sentence right before: "A and B held talks in P on
            # May 9. After the talks, they signed" under a dateline of May 10 is the talks' day)
            event_told = told_event_day(sentences, at, article.published) if at > 0 else None
            if event_told is not None:
                # "The meeting, held on Monday, ... Following the meeting, they signed": the
                # meeting's day, which a sentence before tells (the lead's event is dated by
                # the dateline rule above)
                record.date = event_told
            shift = DAY_SHIFT.match(record.evidence[0].text)
            if shift is not None and record.date is not None:
                # "The next day, the sides signed ...": a day beside the story's event
                record.date = shift_day(record.date, shift)
            lead_dated = own_date is None and event_told is None and shift is None
            if (
                record.location is None
                and place is not None
                and not names_other_city(record, place.city or "")
            ):
                record.location = place
        if (
            record.location is None
            and dateline_city is not None
            and signed_that_week(record, article.published)
            # the lead's event elsewhere ("talks held in Dushanbe" under a Baku dateline),
            # unless the dateline's own sentence tells the signing and not that city
            and (the_lead()[1] in (None, dateline_city) or _dateline_signing(record, the_lead()[1]))
            and not any(_DESCRIBED_PLACE.search(t.text) for t in sentences[:LEAD_SENTENCES])
            and not _DESCRIBED_PLACE.search(signing_text(record))
            and not names_other_city(record, dateline_city.city or "", extra_sentences=True)
        ):
            # "HELSINKI, March 16 - A and B signed a protocol here today": a signing its own
            # sentence dates to the story's days took place in the dateline's city
            record.location = dateline_city
        if record.location is None and (described := _described_place(signing_text(record))):
            # "signed 14 protocols at the end of talks in the Uruguayan resort of Colonia": the
            # place its sentence describes, known to the gazetteer or not
            record.location = described
        if record.date is None and record.status is AgreementStatus.RATIFIED:
            # "welcomed the entry into force in March of this year of the agreement": the date
            # told right after its step
            record.date = _step_date(record.evidence[-1].text, article.published)
        if record.date is None and record.status is AgreementStatus.PLANNED:
            # "B will visit A on June 7. During the visit, the sides are expected to sign a
            # memorandum": the day of the visit to come that a sentence before tells
            at = sentences.index(record.evidence[0]) if record.evidence[0] in sentences else 0
            record.date = planned_event_day(sentences, at, article.published) if at else None
        if record.location is None and record.status is AgreementStatus.PLANNED:
            # "to be signed when the ministers meet in Karachi in June": the place of the
            # meeting or visit it is to be signed at
            record.location = _meeting_city(signing_text(record))
        if record.location is None and (at_event := _event_place(signing_text(record))):
            # "the summit held in Astana in November, where the leaders adopted the X", "his
            # visit to Baku in April, during which they signed": the place of the event it was
            # signed at, which its sentence tells
            record.location = at_event
        if record.location is None and (fronted := _fronted_place(record)):
            # "In Vilnius, Ms. X and Lithuanian officials signed a memorandum", "Today in Lima,
            # the ambassador signed": the city its sentence opens with
            record.location = fronted
        if (
            record.location is None
            and record.status is AgreementStatus.SIGNED
            and (at_event := _signed_at_event_in(record))
        ):
            # "have signed four documents during the official visit of X to Rabat", "signed
            # seven agreements at a meeting of their commission in the Nigerian capital, Abuja":
            # the city of the event its sentence signs it at
            record.location = at_event
        if (
            record.location is None
            and dateline_city is None
            and signed_that_week(record, article.published)
            and (lead_city := _lead_city_by(record, the_lead())) is not None
            and not _DESCRIBED_PLACE.search(signing_text(record))
            and not names_other_city(record, lead_city.city or "", extra_sentences=True)
            and not _opens_elsewhere(signing_text(record), lead_city)
        ):
            # "X made an official visit to Washington on May 11 and 12 ... The Presidents
            # welcomed the signing today of an Agreement": a signing the story dates to the
            # days of its lead's event, with no dateline, took place in that event's city
            record.location = lead_city
        if record.date is not None and _AT_CLOSE.search(signing_text(record)):
            # "The session ran on May 20-21 ... a protocol was signed at its close": its last day
            record.date = closing_day(sentences, record, article.published) or record.date
        elif lead_dated and record.date is not None and record.date in the_spans():
            # "On October 10-11 the commission met ... Following the meeting, the sides
            # signed": one of the event's days, not told which: its month
            record.date = PartialDate(record.date.year, record.date.month)
        if (next_day := _day_told_next(record, article.published, sentences)) is not None:
            # "A and B have signed a roadmap ... The document was signed in Tashkent on June
            # 17": the report's day is the lead's, the step's own the sentence after tells
            record.date = next_day
        if record.date is not None:
            told = record
        if record.vague and _covered(record, [o for o in records if _covers(o, record)]):
            continue  # "documents were signed": the story names or counts them elsewhere
        if _national_plan(record):
            continue  # "the national tourism action plan of Chile": one state's own plan
        if _with_armed_group(record):
            continue  # "a deal between A and <armed movement>": not between states
        if _company_deal(record):
            continue  # "the X Group signed a deal with A's ministry": a firm's contract
        if _party_deal(record, sentences):
            continue  # "four A parties agreed to form a coalition": a domestic political deal
        if _conditional_only(record):
            continue  # "a deal that would cost A ...": no signing told
        if _told_again(record, records):
            continue  # "talks on a trade pact ... a deal was far off": one document
        if _framing_instrument(record):
            continue  # "consistent with the X Protocol": a standing frame, not made here
        if _agreement_to_act(record):
            continue  # "talks ended with an agreement to keep talking": a decision, no text
        if _open_to_members(record) or _successor_of_open(record, records):
            record.parties = ()  # "the International Coffee Agreement": no member named its party
        if held := _held_under(record):
            record.parties = held  # "where A and B are expanding cooperation under the X"
        count = record.count
        if count > 1 and record.item_of is None:  # a counted item's count is its own
            first = record.evidence[0]
            headline = told_by_headline(record)  # "A, B sign 5 documents": all the story names
            named = sum(
                1
                for other in records
                if other is not record
                and other.count == 1
                # "The documents were exchanged ...": the set told again, none named of it
                and not other.vague
                and other.status is record.status
                and not _BEYOND_SET.match(other.evidence[0].text)
                and not _signed_apart(other, record)
                and (
                    (headline and other.evidence[-1].start > first.start)
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
            if _STORY_TOTAL.match(first.text):
                # "A and B signed a protocol and a memorandum ... In total, five documents were
                # signed": the total counts the ones told before it too
                # (one by one, or as items of the set told without a number, of that day)
                count -= sum(
                    other.count
                    for other in records
                    if other is not record
                    and not other.vague
                    and (
                        (other.count == 1 and other.item_of is None)
                        or (other.item_of is not None and other.item_of.vague)
                    )
                    and other.status is record.status
                    and other.evidence[0].start < first.start
                    and set(other.parties) == set(record.parties)
                    and (other.date is None or record.date is None or other.date == record.date)
                )
                if (firms := _REST_OF_FIRMS.search(first.text)) is not None:
                    # "the other three are agreements between companies": no record of states
                    count -= number_word(firms.group("n")) or 0
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
                    # "two agreements and four memoranda, including": a set told before the
                    # list is no part of the one after it
                    and told_at[id(other)] > told_at[id(record)]
                )
            if count < 1:
                continue
        result.append(
            Agreement(
                article_id=article.id,
                kind=record.kind,
                title=(
                    None  # "an amendment to the X": the X's name is not the amendment's
                    if record.first.amendment
                    else record.title
                    if record.title is not None
                    else record.first.output_title
                ),
                parties=of_the_day(_states_as_parties(record.parties), article.published),
                status=record.status,
                date=record.date,
                location=record.location,
                count=count,
                evidence=[Span.of(article.body, s.start, s.end) for s in record.evidence],
                rule=record.rule,
            )
        )
    return result
