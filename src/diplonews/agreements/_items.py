"""Lists of instruments: the items of a counted or listed set, one record each.

"15 documents, among them a road map and an X", a sentence ending "... signed the
following documents:" and the bulleted or numbered items after it, "signed documents: on
transport, on visas and on culture". Also the bodies split out of list sentences, and the
last pass that folds "one on X" into the item the list named.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.agreements._mention import Mention
from diplonews.agreements._parties import named_states, only_states, shifted, states
from diplonews.agreements._record import Record, new_record
from diplonews.agreements._status import cue_status
from diplonews.agreements._words import AMENDED, INSTRUMENT, business_signed, kind_of
from diplonews.models import AgreementKind, AgreementStatus, Party
from diplonews.text import BodyMentions, Sentence
from diplonews.text.dates import number_word

__all__ = [
    "AMONG_THEM",
    "another_items",
    "item_record",
    "item_records",
    "list_item",
    "listed_item",
    "named_among",
    "one_on_items",
    "others_items",
    "plural_signing",
    "set_of_one",
    "split_items",
    "total_of_set",
]

# A sentence naming some of the documents just told: "Among them are ...", "They include".
# "The signed documents include", "Among the government documents was": one lower-case word
# may describe the documents. A collection holds them as well ("The package includes", "The
# set of documents comprises"), and a wire's upper-case dateline may open the sentence
# ("CAPITAL: The documents include").
# The set's own kind may name it: "Among the memoranda were", "Among the MoUs was".
_DOCUMENTS = (
    r"(?:documents|agreements|papers|deals|instruments|accords|texts|memorand(?:a|ums)|MoUs"
    r"|protocols|treaties|conventions)"
)
# A count told in an aside of the documents' subject: "The documents, nine in total,", "The
# documents - nine in total -" (the set's own number, not a set of its own).
_TOTAL_ASIDE = r"(?:\s*(?:,|\s[-–—]|—)\s*(?:some\s+|about\s+)?[\w-]+\s+in\s+total\s*(?:,|[-–—]))"
AMONG_THEM = re.compile(
    r"\s*(?:[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}\s*(?:\([^)]{1,30}\))?"
    r"\s*(?::|[—–]|\s-)\s*)?"
    rf"(?:[Aa]mong\s+(?:them|(?:these|those|the)(?:\s+(?:[a-z-]+\s+)?{_DOCUMENTS})?(?:\s+signed)?)"
    r"\s+(?:are|were|is|was)|(?:They|These|The\s+(?:[a-z-]+\s+)?"
    rf"(?:{_DOCUMENTS}{_TOTAL_ASIDE}?|(?:package|set|list|series)(?:\s+of\s+(?:[a-z-]+\s+)?{_DOCUMENTS})?)"
    # the place or occasion of their signing may follow: "The documents signed at the
    # ceremony in C include", "The documents to be signed on the sidelines of the meeting
    # included"
    r"(?:\s+(?:to\s+be\s+)?signed(?:\s+(?:at|on|during|in|after|following)\s+[^.;:,]{1,60}?)?)?)"
    r"\s+(?:include[sd]?|comprise[sd]?|contain(?:s|ed)?))\b"
)

# A sentence giving the number of a set just told without one: "The documents, nine in
# total, were exchanged", "The documents - nine in total - include", "In total, nine
# documents were signed".
_TOTAL_OF_SET = re.compile(
    rf"\s*(?:(?:The|These|All\s+the)\s+(?:[a-z-]+\s+)?{_DOCUMENTS}"
    r"\s*(?:,|\s[-–—]|—)\s*(?:some\s+|about\s+)?(?P<n>[\w-]+)\s+in\s+total\s*(?:,|[-–—])"
    r"|In\s+total,?\s+(?:some\s+|about\s+)?(?P<m>[\w-]+)\s+(?:[a-z-]+\s+)?"
    rf"{_DOCUMENTS}\s+(?:were|are|have\s+been|will\s+be|are\s+to\s+be)\b)"
)


def total_of_set(summary: Record, sentence: Sentence, before: Sentence | None) -> int | None:
    """The number a sentence gives the set the sentence before told without one, else None.

    "A and B signed a number of documents. The documents, nine in total, were exchanged":
    nine is the set's own count, not a second set; the set must be told in ``before``
    (the sentence just before) with no name and no number, or with the same number.
    """
    told = _TOTAL_OF_SET.match(sentence.text)
    if told is None or before is None or summary.evidence[-1] is not before:
        return None
    count = number_word(told.group("n") or told.group("m")) or 0
    if count < 2 or summary.title is not None or not summary.parties:
        return None
    return count if summary.vague or summary.count == count else None


# "The agreement is among some 15 documents the sides hope to sign", "It was one of seven
# documents signed": the instrument just told placed in its set.
_ONE_OF_SET = re.compile(
    r"\s*(?:It|This|That|(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|memorandum|protocol|treaty|convention|declaration|accord|map|plan|programme"
    r"|program|deal|document))\s+(?:is|was)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?"
    r"(?:some\s+|about\s+|around\s+)?(?P<n>[\w-]+)\s+(?:[a-z-]+\s+)?"
    rf"{_DOCUMENTS}\b"
)


def set_of_one(named: Record, sentence: Sentence, before: Sentence | None) -> Record | None:
    """The rest of the set a sentence places the instrument just told in, else None.

    "A and B signed an agreement on X on Monday. The agreement is among seven documents
    signed at the ceremony": the other six are one record with the agreement's status,
    date, place and sides (the agreement is one of the seven, and a record of its own).
    """
    told = _ONE_OF_SET.match(sentence.text)
    if told is None or named.count != 1 or named.evidence[-1] not in (before, sentence):
        return None
    count = number_word(told.group("n")) or 0
    if count < 2 or not named.parties:
        return None
    return attrs.evolve(
        named,
        first=attrs.evolve(named.first, title=None, output_title=None, kind=AgreementKind.OTHER),
        kind=AgreementKind.OTHER,
        title=None,
        count=count - 1,
        evidence=[sentence],
        rule=f"{named.rule}+set",
        aliases=set(),
        item_of=None,
        vague=False,
    )


def plural_signing(record: Record) -> bool:
    """A signing of several documents told without their names ("signed 5 documents")."""
    return record.title is None and (record.count > 1 or record.vague) and bool(record.parties)


def named_among(summary: Record, sentence: Sentence, starts: Sequence[int]) -> list[Record]:
    """The documents an "Among them are a X, a Y and a Z" sentence names, one record each.

    Each takes the summary's status, date, place and parties, and counts as one of
    its documents.
    """
    text = sentence.text
    out: list[Record] = []
    for start in starts:
        head = INSTRUMENT.match(text, start - sentence.start)
        if head is None or AMENDED.search(text, max(0, head.start() - 40), head.start()):
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
    opening = AMONG_THEM.match(text)
    if not out and opening is not None:
        # "Among the memoranda were one on X and one on Y": each pronoun item one of the set,
        # of its kind
        out.extend(
            attrs.evolve(
                summary,
                count=1,
                vague=False,
                topic=frozenset(),
                evidence=[*summary.evidence, sentence],
                rule=f"{summary.rule}+among",
                aliases=set(),
                item_of=summary,
            )
            for _ in _PRONOUN_ITEM.finditer(text, opening.start())
        )
    return out


# A pronoun item of an "Among them" sentence: "(were) one on X", ", and one on Y".
_PRONOUN_ITEM = re.compile(
    r"(?:\b(?:are|were|is|was|include[sd]?)|,\s+and|,|\band)\s+(?:one|another)\s+"
    + r"(?:(?:on|for|to|concerning|covering|regulating)\s|[a-z]+ing\s)"
)


# The items of a plural told in its own sentence: "15 documents, among them a road map ...
# and an agreement", "a package of documents, including an agreement". The items before
# one may be long (a declaration's full name, a memorandum "between the ministries of"):
# the list runs to the sentence's end, as far as a sentence reads. The plural's own
# phrase may be long before "including" ("15 agreements in areas ranging from the defence
# industry and transport to education and health, including"): the list is still its.
_LISTED_AFTER = re.compile(
    r"[^.;:]{0,160}?\b(?:including|among\s+them|among\s+which|such\s+as|namely|notably)\s+"
    r"(?:[^.;:]{0,260}?(?:,|\band)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)

# An instrument that is the subject of a verb of its own before the next comma: "and the
# treaty on Y will be signed next year" ends a list with a new clause, not a listed item
# (a relative clause, "which was", is the item's own aside).
_SUBJECT_OF_VERB = re.compile(
    r"(?:(?!\b(?:which|that|who)\b)[^,.;:]){0,100}?\s(?:will|would|shall|is|are|was|were|has|have)"
    r"\s+(?:also\s+|now\s+|yet\s+)?(?:be|been|to|expected|due|set|scheduled|planned|likely)\b"
)


def listed_item(
    records: Sequence[Record],
    sentence: Sentence,
    plural_end: int,
    head: re.Match[str],
    mention: Mention | None,
) -> Record | None:
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
    plurals = [r for r in reversed(records) if sentence in r.evidence and (r.count > 1 or r.vague)]
    kind = kind_of(head.group("head"))
    # "two agreements and four memoranda, including an agreement on X": one of the set of
    # its own kind, where the sentence counts several kinds apart
    plural = next((r for r in plurals if r.kind is kind), plurals[0] if plurals else None)
    if plural is None or plural.title is not None:
        return None
    own = mention.parties if mention is not None and len(mention.parties) > 1 else ()
    return attrs.evolve(
        plural,
        kind=kind,
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


def split_items(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
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


def list_item(
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


def item_record(
    sentences: Sequence[Sentence],
    index: int,
    item: tuple[re.Match[str], int],
    records: Sequence[Record],
    found: BodyMentions,
) -> Record | None:
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
    parties = named_states(sentence, found)
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
        summary = Record(
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
    return Record(
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


def item_records(mention: Mention, found: BodyMentions, sentence: Sentence) -> list[Record]:
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
            new_record(
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


# A pronoun item right after a counted plural: "six agreements, including one on X".
_ONE_ON = re.compile(
    r"\b(?:agreements|documents|memorand(?:a|ums)|treaties|accords|deals|protocols|conventions"
    r"|instruments|pacts)(?:\s[^.;:,]{0,60}?)?\s*,?\s*(?:including|among\s+them|notably|in\s+particular)\s+one"
    r"\s+(?:on|for|to|with)\s"
)


# The item right after an instrument's own words or after such an item: a topic (or a
# participle that tells one) with no instrument word of its own, up to a comma, a semicolon,
# an "and" or the end ("on visas", "creating a common fund").
_TOPIC_REST = r"[^,;:.]{2,80}?(?=\s*(?:[,;.]|\band\b|$))"
_ITEM_TOPIC = (
    r"(?:(?:on|for|to|concerning|covering|regulating)\s"
    r"|(?!(?:being|having|during|including|following|according)\b)[a-z]+ing\s)" + _TOPIC_REST
)
# An instrument's own topic, right after its word: "(a memorandum) on X".
_OWN_TOPIC = re.compile(r"\s+" + _ITEM_TOPIC)
# The topic of the first "one on X", its "on" already read.
_ONE_TOPIC = re.compile(_TOPIC_REST)
# A pronoun item that names one more of the kind told just before: "(including one on X)
# and one on Y" or "and another on Y", "(a memorandum on X), another on Y, and a third on Z",
# "(a protocol on X) and another creating Y".
_ONE_MORE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:one|another|a\s+(?:second|third|fourth|fifth))\s+"
    + _ITEM_TOPIC
)
_ANOTHER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:another|a\s+(?:second|third|fourth|fifth))\s+"
    + _ITEM_TOPIC
)


def one_on_items(records: list[Record]) -> list[Record]:
    """The records, each counted plural followed by "including one on X" split in two.

    "Six agreements, including one on air services, were signed": the one named by its
    topic is a record of its own, of the plural's kind, and the plural counts the rest; so is
    each "and one on Y" right after it.

    >>> _ONE_ON.search("Six agreements, including one on visas, were signed") is not None
    True
    >>> _ONE_ON.search("six agreements, including the one on visas") is None
    True
    >>> _ONE_MORE.match(" and one guaranteeing wheat supplies, officials said") is not None
    True
    """
    if not any(r.count > 1 and "one " in r.first.sentence.text for r in records):
        return records
    out: list[Record] = []
    for record in records:
        out.append(record)
        sentence = record.first.sentence
        if (
            record.count > 1
            and record.title is None
            and (one := _ONE_ON.search(sentence.text)) is not None
        ):
            rest = _ONE_TOPIC.match(sentence.text, one.end())
            end = rest.end() if rest is not None else -1
            while True:
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
                more = _ONE_MORE.match(sentence.text, end) if end >= 0 else None
                if more is None:
                    break
                end = more.end()
    return out


def another_items(records: list[Record]) -> list[Record]:
    """The records, with one more for each pronoun item told right after an instrument.

    "A and B signed a memorandum on X, another on Y, and a third on Z", "the documents
    include a protocol on X and another creating Y": each "another" or "a third" is one more
    of the kind just told, with its status, sides, day and place, and a topic of its own.
    The instrument's own words come first: no other instrument word stands between.

    >>> _ANOTHER.match(", another on cross-border trade, and a third on visas") is not None
    True
    >>> _ANOTHER.match(" and another being negotiated") is None
    True
    """
    if not any(
        "another " in s.text or " a third " in s.text
        for r in records
        for s in (r.first.sentence, r.evidence[-1])
    ):
        return records
    out = list(records)
    done: set[tuple[int, str]] = set()
    for record in records:
        # a member named in a sentence of its own ("Among them was a memorandum on X and
        # another on Y") is read in that sentence
        sentence = record.evidence[-1] if record.item_of is not None else record.first.sentence
        if record.count != 1 or record.vague or (sentence.start, record.kind.value) in done:
            continue
        text = sentence.text
        for head in INSTRUMENT.finditer(text):
            if kind_of(head.group("head")) is not record.kind:
                continue
            own = _OWN_TOPIC.match(text, head.end())  # "(a memorandum) on X"
            more = _ANOTHER.match(text, own.end() if own is not None else head.end())
            while more is not None:
                done.add((sentence.start, record.kind.value))
                out.append(
                    attrs.evolve(
                        record,
                        title=None,
                        topic=frozenset(more.group().split()[1:]),
                        evidence=[sentence],
                        rule=f"{record.rule}+another",
                        aliases=set(),
                    )
                )
                more = _ANOTHER.match(text, more.end())
    return out


# Others of an instrument's kind still to make, told right after it with their partners: ",
# and is negotiating others with A, B and C" (its own "with X" phrase may come between).
_OTHERS_WITH = re.compile(
    r"[^.;:]{0,80}?,?\s+and\s+(?:is|are)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:negotiating|discussing|preparing|working\s+on)\s+others\s+with\s+"
    r"(?P<who>[^.;:()]{2,120}?)(?=\s*[.;:(]|,?\s+(?:while|which|but)\b|\s*$)"
)


def others_items(records: list[Record], found: BodyMentions) -> list[Record]:
    """The records, with one planned record for each partner of "others" told right after one.

    "A has signed a free trade agreement with B and is negotiating others with C, D and E":
    the others are instruments of the same kind that A, the side of the one told, is still
    making, one with each partner listed (planned, undated, of no title).

    >>> _OTHERS_WITH.match(" with B and is negotiating others with C and D.").group("who")
    'C and D'
    """
    if not any(" others with " in r.first.sentence.text for r in records):
        return records
    out = list(records)
    done: set[int] = set()
    for record in records:
        sentence = record.first.sentence
        if record.count != 1 or record.vague or sentence.start in done:
            continue
        text = sentence.text
        for head in INSTRUMENT.finditer(text):
            if kind_of(head.group("head")) is not record.kind:
                continue
            others = _OTHERS_WITH.match(text, head.end())
            if others is None:
                continue
            in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
            # the record's own partner, named between its word and "and is negotiating"
            own_partners = set(only_states(states(in_it, head.end(), others.start("who"), text)))
            side = [p for p in record.parties if p not in own_partners]
            listed = only_states(states(in_it, others.start("who"), others.end("who"), text))
            if len(side) != 1 or not listed:
                continue
            done.add(sentence.start)
            for partner in dict.fromkeys(listed):
                if partner == side[0]:
                    continue
                out.append(
                    attrs.evolve(
                        record,
                        title=None,
                        parties=tuple(sorted((side[0], partner), key=str)),
                        status=AgreementStatus.PLANNED,
                        date=None,
                        location=None,
                        topic=frozenset(),
                        evidence=[sentence],
                        rule=f"{record.rule}+others",
                        aliases=set(),
                        item_of=None,
                        cued=True,
                    )
                )
            break
    return out
