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
countries"/"the sides" are the two states the article names most; else,
when a signing verb is stated, the states of the previous sentence. A named
instrument that names none takes the states listed after a group ("the Group
of Seven - the US, Japan, ...") in its sentence or a next one opening "It ...". An
unnamed instrument with no party is dropped (a company deal, a sports
contract), and so is a bare "the agreement", which only refers back to the
instrument mentioned last and adds its date or place to it.

Not instruments: contracts, loans, "deals worth $X" (commercial packages),
"no treaty", "reached agreement on" (consent), "deal with" (the verb),
"Convention Center", "diplomatic protocol",
instruments signed by companies or businessmen, an organisation that bears
an instrument's name ("General Agreement on Tariffs and Trade" as a body),
and the convention in a "Conference of the Parties to ...".

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.parsing._agreement_mention import Mention, read_mention
from diplonews.parsing._agreement_parties import (
    BOTH_SIDES,
    DATELINE,
    in_location,
    of_the_day,
    only_states,
    shifted,
    states,
    top_states,
)
from diplonews.parsing._agreement_status import lazy_dates
from diplonews.parsing._agreement_words import (
    INSTRUMENT,
    abbreviation,
    business_signed,
    iter_heads,
    title_key,
)
from diplonews.parsing._context import BodyMentions, body_mentions
from diplonews.parsing._sections import by_section
from diplonews.parsing._text import Sentence, split_sentences
from diplonews.parsing.dates import extract_dates
from diplonews.values import PartialDate, Place, Span

__all__ = ["extract_agreements"]


# A group followed by the list of its members: "six nations -", "the Group of Seven -".
_GROUP_LIST = re.compile(
    r"\b(?:nations|countries|states|governments|Group\s+of\s+[A-Z]\w+|G-?\d{1,2})\s*[-–—:]\s+"
)
# The end of such a list: a closing dash, a bracket or a new clause.
_LIST_END = re.compile(r"\s[-–—]\s|[;()]")
# A sentence that goes on about the instrument just named.
_IT_OPENS = re.compile(r"(?:It|This|That)\b")
# Only an opening bracket between two instrument words: the second abbreviates the first.
_ABBREVIATION = re.compile(r"\s*\(\s*$")
# Consent that a later "Under the agreement" shows to be an instrument: "reached agreement".
_REACHED = re.compile(r"\breach(?:ed|es)?\s+agreement\b", re.IGNORECASE)
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
            return a == b or (bool(a) and b.startswith(a + " "))
        return False
    if record.count > 1 or mention.count > 1:
        return False
    if record.status is not mention.status or not _compatible_dates(record.date, mention.date):
        return False
    if record.topic and mention.topic and record.topic == mention.topic:
        return True
    if record.topic and mention.topic and not (record.topic & mention.topic):
        return False
    return bool(mention.parties) and _jaccard(record.parties, mention.parties) >= 0.5


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
    )


def _absorb(record: _Record, mention: Mention) -> None:
    """Add what a later mention of the same instrument tells."""
    if mention.sentence not in record.evidence:
        record.evidence.append(mention.sentence)
    if record.date is None and mention.date is not None and mention.status is record.status:
        record.date = mention.date
    if record.location is None and mention.location is not None:
        record.location = mention.location
    if not record.parties and mention.parties and not mention.anaphor:
        record.parties = mention.parties
    if (
        record.title is not None
        and mention.title is not None
        and not record.title.split()[-1][:1].isupper()
        and mention.title.split()[-1][:1].isupper()
    ):
        record.title = mention.title  # prefer "Louvre Accord" to "Louvre accord"
    if record.status is AgreementStatus.SIGNED and mention.status is AgreementStatus.RATIFIED:
        record.status = AgreementStatus.RATIFIED


@by_section
def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """Find the written instruments between states that ``article`` reports.

    Args:
        article: The article; relative dates resolve against ``article.published``.

    Returns:
        One :class:`~diplonews.models.Agreement` per distinct instrument, in
        order of first mention; ``()`` when there is none.

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
        return ()
    sentences = split_sentences(body)
    found = body_mentions(body)
    records: list[_Record] = []
    business_deal = False  # the story's first instrument is a company's
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
        for start in starts:
            head = INSTRUMENT.match(text, start - sentence.start)
            if head is None:
                continue
            if _ABBREVIATION.match(text, last_end, head.start()):
                last_end = head.end()
                continue  # "memorandums of understanding (MoUs)": one instrument, named twice
            last_end = head.end()
            extra_evidence: Sentence | None = None
            mention = read_mention(
                article, sentence, head, mentions=mentions, dates=dates, dateline_end=dateline_end
            )
            if mention is None:
                if _REACHED.search(text, max(0, head.start() - 30), head.end()):
                    consent = index if consent is None else consent
                else:
                    business_deal = business_deal or (not records and business_signed(text, head))
                continue
            if business_deal and mention.bare and not records:
                continue  # "added to the agreement" after the carriers' agreement: theirs
            if records and mention.title is None and _JOINS_THE.search(text, 0, head.start()):
                # "Brazil could join the deal": the told deal; a joiner is no party yet
                _absorb(records[-1], attrs.evolve(mention, parties=()))
                continue
            if mention.anaphor:
                # "the agreements to be signed on ...": its own status, another instrument.
                own = mention.own_status and mention.parties
                if records and not (own and mention.status is not records[-1].status):
                    _absorb(records[-1], mention)
                    continue
                if business_deal:
                    continue  # "the deal" after "Shell signed a deal": the company's
                if not records and consent is not None and not own:
                    # "both countries reached agreement at the talks ... Under the agreement,"
                    sides = _consent_sides(sentences[consent], found, body)
                    if sides:
                        record = _new_record(attrs.evolve(mention, parties=sides, anaphor=False))
                        record.evidence.insert(0, sentences[consent])
                        records.append(record)
                    continue
                if mention.party_basis not in ("both_sides", "previous_sentence") and not own:
                    continue  # "the agreement" with nothing to refer back to
            if not mention.parties and mention.title is None and mention.party_basis != "modifier":
                if mention.party_basis == "both_sides":
                    located = [m for m in found.mentions if not in_location(body, m)]
                    mention = attrs.evolve(mention, parties=top_states(located, 2))
                elif mention.party_basis == "previous_sentence" and index > 0:
                    prev = sentences[index - 1]
                    in_prev = shifted(found.between(prev.start, prev.end), prev.start)
                    named = only_states(states(in_prev, 0, len(prev.text), prev.text))
                    if not 1 < len(named) <= 4:
                        continue
                    mention = attrs.evolve(mention, parties=named)
                if not mention.parties and mention.location is not None and mention.status_cue:
                    # "the pact they struck in Paris": the story lists who met there
                    listed, when, where = _listed_at(
                        article, sentences, found, mention.location.city or ""
                    )
                    if where is not None:
                        mention = attrs.evolve(mention, parties=listed, date=when or mention.date)
                        extra_evidence = where
                if not mention.parties:
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
                    if _same_instrument(record, mention):
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
    return tuple(_finish(article, _into_named(records)))


def _consent_sides(sentence: Sentence, found: BodyMentions, body: str) -> tuple[Party, ...]:
    """The states that "reached agreement" in ``sentence``: named, or "both countries"."""
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    named = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    if 1 < len(named) <= 4:
        return named
    if BOTH_SIDES.search(sentence.text):
        located = [m for m in found.mentions if not in_location(body, m)]
        return top_states(located, 2)
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

    "the pact they struck in Paris" ... "In Paris on February 22, six nations -
    Britain, Canada, ... - pledged to ...": the parties and date of the pact.
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


def _finish(article: Article, records: list[_Record]) -> list[Agreement]:
    """Build the Agreements; a count covers only the instruments not named one by one."""
    result: list[Agreement] = []
    for record in records:
        count = record.count
        if count > 1:
            first = record.evidence[0]
            named = sum(
                1
                for other in records
                if other is not record
                and other.count == 1
                and other.status is record.status
                and other.evidence[0].paragraph == first.paragraph
                and other.evidence[0].start >= first.start
            )
            count -= named
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
