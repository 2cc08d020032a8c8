"""When and where an instrument was signed, read off the story around it.

The story's day (a dateline "signed here today"), the event its lead tells (day and city),
a day a sentence refers back to ("On that occasion", "Following the meeting,"), a set
ratified on one day, "It entered into force on May 1", and whether a signing is told as the
day's news at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._parties import DATELINE
from diplonews.agreements._record import Record
from diplonews.agreements._status import SIGNATURE_NOUN, bound_place, reported_clause_start
from diplonews.models import AgreementStatus, Article
from diplonews.text import Sentence
from diplonews.text.countries import city_country, dateline_place
from diplonews.text.dates import DAY_OF_MONTH_PATTERN, extract_dates
from diplonews.values import Country, PartialDate, Place

__all__ = [
    "AT_THE_EVENT",
    "DAY_SHIFT",
    "EVENT_WORD",
    "LEAD_SENTENCES",
    "at_the_event",
    "closing_day",
    "dateline_event",
    "lead_event",
    "lead_ratification",
    "names_other_city",
    "only_day",
    "other_year",
    "own_day",
    "planned_event_day",
    "pronoun_step",
    "ratified_set",
    "shift_day",
    "signed_in_story",
    "signed_that_week",
    "signing_text",
    "span_openings",
    "told_event_day",
]


# A sentence telling, of the instrument just told, that "It" came into force or was ratified
# ("They", of a set of documents).
_IT_STEP = re.compile(
    # the step may be reported: "The presidents noted that it took effect on Monday"
    r"(?:(?:The|Both)\s+[^.;:,]{0,60}?\s(?:noted|said|announced|added|confirmed|recalled"
    r"|stressed|welcomed)\s+that\s+)?"
    r"(?P<pronoun>It|They|it|they)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|already|officially|finally|then|later)\s+)?"
    r"(?:(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|became\s+effective"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|already|later|subsequently)\s+)?"
    r"ratified"
    # or a parliament's approval: "It was approved by the Kenyan parliament on 3 May"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:approved|endorsed)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:parliaments?|legislatures?|senate|congress|national\s+assembly"
    r"|majlis|duma|lawmakers|deputies)"
    # its state: "It has been in force since March", "It is now in force"
    r"|(?<=ha[sd]\s|ave\s)been\s+in\s+(?:force|effect)(?:\s+since)?"
    # working since a date is in force since it: "It has been fully operational since May"
    r"|(?<=ha[sd]\s|ave\s)been\s+(?:fully\s+)?(?:operational|in\s+operation)\s+since"
    r"|(?:is|are)\s+(?:now\s+|already\s+|still\s+)?in\s+(?:force|effect))\b"
)
# A body's ratification of the instrument just told, the pronoun its object: "On Monday, the
# parliament approved it", "The government ratified them in March".
_BODY_RATIFIED_IT = re.compile(
    r"(?:(?P<front>(?:On|In)\s+[^,]{1,30}|Yesterday|Today|Last\s+\w+),\s+)?[Tt]he\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:parliament|legislature|senate|congress|national\s+assembly"
    r"|majlis|duma)\s+(?:(?:also|unanimously)\s+)?(?:ratified|approved|endorsed)"
    r"|(?:government|cabinet)\s+(?:also\s+)?ratified)\s+(?P<pronoun>it|them)\b"
)
# A sentence telling, of the instrument just told, its signing ("It was signed in Lima on
# Monday", "They were signed by the ministers") or its signing to come ("It is expected to
# be signed on Friday", "It is to be signed in June").
_IT_SIGNED = re.compile(
    r"(?P<pronoun>It|They)\s+(?:"
    r"(?P<done>(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|officially)\s+)?)"
    r"|(?:is|are|will\s+be)\s+(?:(?:expected|due|set|scheduled|planned|going)\s+to\s+be\s+"
    r"|to\s+be\s+)?)(?:signed|inked|concluded)\b"
)


def _told_before(
    records: list[Record], sentences: Sequence[Sentence], index: int, pronoun: str
) -> Record | None:
    """The one record the sentence before told, if the pronoun agrees with its count.

    "It" refers to one instrument, "They" to a set of them; a sentence that told several
    records leaves the pronoun's instrument unknown.
    """
    told = [r for r in records if sentences[index - 1] in r.evidence]
    if len(told) != 1 or (told[0].count != 1) != (pronoun == "They"):
        return None
    return told[0]


def _day_after(
    text: str, end: int, published: dt.date | None, *, reach: int = 40, planned: bool = False
) -> PartialDate | None:
    """The date told within ``reach`` after a step's verb ("on May 1", "in June"), in its clause.

    ``planned``: a weekday or month with no year is the next one ("on Friday" told on a
    Wednesday is two days on).
    """
    return next(
        (
            d.date
            for d in extract_dates(text, published, tense="future" if planned else "auto")
            if end <= d.start <= end + reach and "," not in text[end : d.start]
        ),
        None,
    )


# How far after "It was signed" its date may stand: past a place and an event ("during the
# visit of the President to Bishkek in October").
_SIGNING_REACH = 80


def pronoun_step(
    records: list[Record], sentences: Sequence[Sentence], index: int, published: dt.date | None
) -> None:
    """Complete the instrument the sentence before told from a next one opening "It"/"They".

    "... was signed in 2019. It entered into force on May 1.": the record takes that
    status and day (its latest status, one record). "... signed a memorandum on X. It was
    signed in Lima on Monday.": its signing's day and place, where the record has none yet;
    "... will sign a treaty. It is expected to be signed on Friday.": its signing's day to
    come. The step may be told of the pronoun after a report ("The presidents noted that it
    took effect on Monday"), as a state ("It has been in force since March", "It is in
    force") or by a ratifying body with the pronoun its object ("On Monday, the parliament
    approved it"). Not where the sentence before told several instruments, nor where the
    pronoun's number differs from the record's count ("It" for five documents).
    """
    text = sentences[index].text
    told = _IT_STEP.match(text) or _BODY_RATIFIED_IT.match(text)
    if told is not None:
        pronoun = "They" if told.group("pronoun").casefold() in ("they", "them") else "It"
        record = _told_before(records, sentences, index, pronoun)
        if record is None or record.status is AgreementStatus.RATIFIED:
            return
        record.status = AgreementStatus.RATIFIED
        # the body's day may open the sentence: "On Monday, the parliament approved it"
        front = told.groupdict().get("front")
        record.date = (
            _day_after(front, 0, published, reach=len(front))
            if front
            else _day_after(text, told.end(), published)
        )
        record.evidence.append(sentences[index])
        return
    signed = _IT_SIGNED.match(text)
    if signed is None:
        return
    record = _told_before(records, sentences, index, signed.group("pronoun"))
    planned = signed.group("done") is None
    want = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
    if record is None or record.status is not want:
        return  # "It was signed in 2019" of one told ratified: no step of the one told
    if record.date is None:
        record.date = _day_after(
            text, signed.end(), published, reach=_SIGNING_REACH, planned=planned
        )
    if record.location is None:
        record.location = bound_place(text, signed.start())
    record.evidence.append(sentences[index])


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
# A sentence opening on the pair of officials a meeting told right before brought together.
_LEADERS_OPEN = re.compile(
    r"\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers"
    r"|heads\s+of\s+state)\b"
)
# A meeting told: "held a separate meeting with", "met", "held talks".
_MET_TOLD = re.compile(r"\b(?:met|meeting|talks)\b")
# How many sentences back the event of "Following the meeting," may be told.
_EVENT_BACK = 5
# An earlier (or a later) event of the series the event word names: "the first meeting",
# "the previous round of talks", "the council's inaugural session".
_EARLIER_OF_SERIES = re.compile(
    r"\b(?:first|inaugural|previous|last|earlier|prior|next)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of\s+)?(?:meeting|talks|session|negotiations|summit|visit)\b",
    re.IGNORECASE,
)


def told_event_day(
    sentences: Sequence[Sentence], at: int, published: dt.date | None
) -> PartialDate | None:
    """The day of the event a sentence opening "Following the meeting," refers to.

    Or a sentence telling documents "signed during the visit": the visit told before.

    It is the last date of the nearest sentence before, within a few, that tells that
    event ("The announcement came on Tuesday at a meeting ... On the sidelines of the
    meeting, a memorandum was signed": Tuesday). A date to come is no event told ("said at
    the session that trade would reach $5 billion by 2025"), nor is a year alone ("said at
    the meeting that trade reached $5 million in 2022"), and further back than the sentence
    right before, only a day counts ("the next meeting will be in July"); a sentence telling
    the event without such a date, or an earlier event of its series ("recalled that the
    first meeting took place in June 2021"), is passed over. A span of days gives its month
    (its last day after "At the end of").
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
        if opening.group(1) not in before.text.lower():
            continue
        dates = [
            d
            for d in extract_dates(before.text, published)
            if published is None or d.date.first_day() <= published
        ]
        if _EARLIER_OF_SERIES.search(before.text) and not any(
            _recent(d.date, published) for d in dates if published is not None
        ):
            # "X recalled that the first meeting took place in Q in June 2021": an earlier
            # event of the series, not the one the documents were signed at
            continue
        # a year alone is no event's day ("said at the meeting that trade reached $5 million in
        # 2022"): the event the sentence speaks at is told, with its day, further back
        told = [
            d for d in dates if d.date.month is not None and (back == 0 or d.date.day is not None)
        ]
        if told:
            found = told[-1]
            day = found.date
            span = _SPAN_END.search(before.text, found.start, found.end + 12)
            if day.day is not None and span is not None and int(span[1]) == day.day:
                if opening.group().lstrip().startswith("At the end") and int(span[2]) > day.day:
                    # "held on June 2-3 ... At the end of the meeting, they signed": its last day
                    return PartialDate(day.year, day.month, int(span[2]))
                # "On 24-25 November, the commission met ... Following the meeting, they
                # signed": which of its days the signing fell on is not told, only its month
                return PartialDate(day.year, day.month)
            return day
        if _SIGNED_TOO.search(before.text):
            # "Also on the sidelines of the summit, A and B signed X. At the end of the summit,
            # the leaders adopted Y": another signing at the event, as undated as this one
            return None
    return None


# A signing told done: a sentence telling one at the event, with no day, dates none.
_SIGNED_TOO = re.compile(r"\b(?:signed|adopted|concluded|inked)\b")


# A signing to come told as part of an event to come: "During the visit, the sides are
# expected to sign", "During the upcoming meeting, the ministers will sign".
_DURING_THE_EVENT = re.compile(
    r"\s*During\s+(?:the|this|that|his|her|their)\s+(?:upcoming\s+|forthcoming\s+|coming\s+"
    r"|planned\s+|expected\s+)?(?:[\w-]+\s+){0,2}?(?:visit|meeting|talks|summit|session|trip)\b"
)
# How many sentences back the event to come of "During the visit," may be told.
_PLANNED_EVENT_BACK = 6


def planned_event_day(
    sentences: Sequence[Sentence], at: int, published: dt.date | None
) -> PartialDate | None:
    """The day of the event to come that a sentence opening "During the visit," refers to.

    It is the first date, to the month at least and not before the page, of the nearest
    sentence before, within a few, that tells one ("X will pay a state visit to B on June 7.
    During the visit, the sides are expected to sign a memorandum": June 7); a date before
    the page is another event's ("The first meeting was held in January"), and "next week"
    or "early next year" no date of the event. A span of days ("on May 4-5") gives
    its month: which of its days the signing falls on is not told.
    """
    if published is None or not _DURING_THE_EVENT.match(sentences[at].text):
        return None
    for before in reversed(sentences[max(0, at - _PLANNED_EVENT_BACK) : at]):
        found = next(
            (
                d
                for d in extract_dates(before.text, published)
                if d.date.month is not None
                and d.date.last_day() >= published
                and _NAMED_TIME.search(d.text)
            ),
            None,
        )
        if found is None:
            continue
        day = found.date
        span = _SPAN_END.search(before.text, found.start, found.end + 12)
        if day.day is not None and span is not None and int(span[1]) == day.day:
            return PartialDate(day.year, day.month)
        return day
    return None


# A date told by its calendar name or number, not only relative ("next week", "Friday").
_NAMED_TIME = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.IGNORECASE
)


# A sentence that ratifies a counted set of documents it does not name: "signed laws on the
# ratification of three international documents", "ratified two agreements on Tuesday".
_RATIFIED_SET = re.compile(
    r"\b(?:ratif\w*|approv\w*)\b(?:\s+(?:the\s+)?(?:laws?\s+)?(?:on\s+)?(?:the\s+)?ratification)?"
    r"(?:\s+(?:of|on|for))?\s+(?:(?:the|all)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:documents|agreements|treaties|instruments|conventions|protocols)\b",
    re.IGNORECASE,
)
# How many sentences back a ratified set may have been told.
_SET_REACH = 6


def ratified_set(
    sentences: Sequence[Sentence], index: int, published: dt.date | None
) -> tuple[PartialDate | None] | None:
    """The day of the ratified set told in the few sentences before ``index``, if there is one.

    ``None`` when none of them ratifies a counted set; else a one-tuple of its day (the one
    date its sentence tells, ``None`` if it tells none or several).
    """
    for back in range(index - 1, max(-1, index - 1 - _SET_REACH), -1):
        told = sentences[back].text
        if _RATIFIED_SET.search(told):
            return (only_day(told, published),)
    return None


# A signing told as news: "were signed", "has signed", "concluded" (not "to be signed").
_SIGNED_NEWS = re.compile(
    r"\b(?:signed|inked|concluded|sealed|penned|adopted|gave\s+(?:their|its)\s+approval\s+to|put\s+(?:their|its|his|her)\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b))|signing\s+of)\b"
    # "welcomed the signing today of", "the signing on Monday of": its day told before "of"
    r"|\bsigning\s+(?:today|yesterday|this\s+week|on\s+(?:"
    + DAY_OF_MONTH_PATTERN
    + r"|\w+(?:\s+\d{1,2})?))\s+of\b"
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


def dateline_event(article: Article) -> tuple[PartialDate | None, Place | None]:
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
LEAD_SENTENCES = 3
_LEAD_DAYS = 7


def _recent(day: PartialDate, published: dt.date) -> bool:
    """Whether ``day`` is not after ``published`` and at most a week before it (the news)."""
    return 0 <= (published - day.first_day()).days <= _LEAD_DAYS


EVENT_WORD = re.compile(
    r"\b(?:met|meet(?:s|ing|ings)?|talks|visit(?:s|ed|ing)?|summit|session|consultations|dialogue"
    r"|convened|hosted|received|ceremony|forum|conference|negotiations)\b"
    r"|\bgathered\b"  # "the heads of state gathered in X on May 6"
    # "A and B yesterday exchanged the instruments of ratification": a ceremony of the sides
    r"|\bexchang(?:ed|e)\s+(?:the\s+)?(?:instruments|letters|notes)\b",
    re.IGNORECASE,
)
# A host receiving a guest, the lead's visit: "welcomed Prime Minister X of B to the White
# House today".
_WELCOMED_TO = re.compile(r"\bwelcom(?:ed|es)\s+[^.;:]{3,120}?\sto\s+(?:the\s+)?[A-Z]")
# An arrival told before a date, in the same clause: "who arrived on a state visit".
_ARRIVAL = re.compile(r"\barriv(?:ed|es|ing)\b[^,;]*$")
# The host city of the lead's event: "in Baku", "visiting Astana", "Baku hosted".
_EVENT_CITY = re.compile(
    # (with the capitalised word after it, for a city of two words: "in New Delhi")
    r"\b(?:in|at|visiting|visit\s+to|came\s+to|arrived\s+in)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"|\b([A-Z][\w’'-]+)\s+hosted\b"
    # "In Abu Dhabi, the Minister held talks", "arrived in Addis Ababa": a city of two words
    r"|(?:^[Ii]n|\barrived\s+in)\s+([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
    r"|^In\s+([A-Z][\w’'-]+)"  # "In Riga, the Minister held talks"
)


# A dateline told as a sentence of its own: "BAKU, Azerbaijan, June 4." (city, country, day).
_DATELINE_SENTENCE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40},\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*"
    r"[A-Z][a-z]{2,9}\.?\s+\d{1,2}\.?\s*$"
)


def lead_event(
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
    report_day: PartialDate | None = None  # of a dateline told as a sentence of its own
    for sentence in sentences[:LEAD_SENTENCES]:
        if article.published is not None and _DATELINE_SENTENCE.match(sentence.text):
            # "BAKU, Azerbaijan, June 4. X met Y in Baku": the report's day, the meeting's
            # when its sentence tells none
            told = [d.date for d in extract_dates(sentence.text, article.published)]
            report_day = told[0] if len(told) == 1 and told[0].day is not None else None
            continue
        if not EVENT_WORD.search(sentence.text) and not _WELCOMED_TO.search(sentence.text):
            report_day = None
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
        if not days and report_day is not None and _recent(report_day, article.published):
            recent = [report_day]
        report_day = None
        if day is None and recent:
            day, place = recent[0], city or place
        place = place or city
    return day, place


# A ratification told in the lead: "ratified", "approved the ratification", "approved the law".
_RATIFYING_LEAD = re.compile(
    # (or the parliament's sitting whose acts the story tells: "The plenary session of the
    # Senate was held in Tashkent on 15 December")
    r"\bratif|\bapprov|\bplenary\s+(?:session|sitting)\b",
    re.IGNORECASE,
)


def lead_ratification(
    article: Article, sentences: Sequence[Sentence], records: Sequence[Record]
) -> PartialDate | None:
    """The day of the ratification a page's lead reports, if it reports one.

    The first day of a lead sentence telling a ratification (or the plenary sitting the story
    tells the acts of), not after the publication date
    and at most a week before it; else, for a lead ratification with no recent day ("The
    Senate has ratified the treaty, signed on May 2"), the dateline's day.
    """
    if article.published is None or not any(
        r.status is AgreementStatus.RATIFIED and r.date is None for r in records
    ):
        return None
    lead = [s for s in sentences[:LEAD_SENTENCES] if _RATIFYING_LEAD.search(s.text)]
    if not lead:
        return None
    for sentence in lead:
        dateline = DATELINE.match(sentence.text)  # "DUSHANBE, March 6 --": the report's day
        for found in extract_dates(sentence.text, article.published):
            if dateline is not None and found.start < dateline.end():
                continue
            if found.date.day is not None and _recent(found.date, article.published):
                return found.date
    return dateline_event(article)[0] if lead[0] is sentences[0] else None


def own_day(text: str, published: dt.date | None) -> PartialDate | None:
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


def only_day(text: str, published: dt.date | None) -> PartialDate | None:
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
        city = match.group(1) or match.group(2) or match.group(3) or match.group(4)
        # A city of two words ("Addis Ababa", "New Delhi", "Kuala Lumpur") is read whole, as
        # one of one word is; else the first word alone ("in Baku Monday").
        for name in dict.fromkeys((city, city.split()[0])):
            code = city_country(name)
            if code is not None:
                return Place(city=name, country=Country(code))
    return None


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
# "In Baku yesterday, ... signed": the place a sentence opens with counts as one told in it
# (so a wire's dateline city yields to it), not where the news was told ("In Baku, officials
# said ...").
_IN_PLACE = re.compile(
    r"\b(?:in|at|In(?![^.;]{0,60}?\b(?:said|says|told|announced|reported)\b))\s+"
    r"(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def names_other_city(record: Record, city: str, *, extra_sentences: bool = False) -> bool:
    """Whether the record's title, or an "in <city>" of its sentence, names another city.

    With ``extra_sentences``, an "in <city>" of any sentence the record cites counts too.
    """
    names = [m.group() for m in _CAPITALISED.finditer(record.title or "")]
    told = record.evidence[-1:]
    if extra_sentences:
        # "Following the talks held in Dushanbe, eight documents were signed ... among them";
        # where its signing sentence tells none, not a sentence after the first one that does
        # ("A and B signed a protocol today. ... Bankers in X said the protocol was small")
        at = _signing_at(record)
        told = record.evidence[: at + 1 if at != _signing_sentence(record) else None]
    names += [m.group(1) for e in told for m in _IN_PLACE.finditer(e.text)]
    for name in names:
        for candidate in (name, name.split()[0]):
            if candidate != city and city_country(candidate) is not None:
                return True
    return False


# A year other than the years an instrument covers ("for 2024-2026"): another time.
# A year, not one that opens a span of years ("a 2019-2020 programme": the years it covers).
_YEAR = re.compile(r"(?<![-–])\b(?:19|20)\d\d\b(?!\s*[-–]\s*(?:19|20)?\d\d\b)")
_FOR_YEARS = re.compile(
    r"\bfor\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$"
    # the year it runs to or a goal's: "a road map until 2027", "trade of $2 billion by 2026"
    r"|\b(?:until|till|through|by|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+year\s+)?$"
)


def other_year(text: str) -> bool:
    """Whether ``text`` names a year that is not one an instrument covers ("for 2024-2026").

    A year in a reported clause joined after the signing ("..., and said that talks would
    resume in 2024") is that clause's matter's, not another year of the signing.
    """
    text = _before_report(text)
    return any(
        not _FOR_YEARS.search(text, max(0, m.start() - 20), m.start()) for m in _YEAR.finditer(text)
    )


def signing_text(record: Record) -> str:
    """The sentence that tells the record's signing (a listed one's is the list's intro)."""
    return record.evidence[_signing_sentence(record)].text


def _signing_sentence(record: Record) -> int:
    """The index of :func:`signing_text` in the record's evidence."""
    listed = record.item_of is not None or record.rule.endswith("_listed")
    return 0 if listed else len(record.evidence) - 1


def _signing_at(record: Record) -> int:
    """The index of the record's sentence that tells its signing.

    Its signing sentence (:func:`signing_text`) when that tells one, else the first of its
    sentences that does ("A and B signed a protocol today. Under the protocol, ..."), else
    its last.
    """
    at = _signing_sentence(record)
    if _SIGNED_NEWS.search(record.evidence[at].text):
        return at
    return next((n for n, told in enumerate(record.evidence) if _SIGNED_NEWS.search(told.text)), at)


def signed_in_story(record: Record) -> bool:
    """A signed record whose sentence reports the signing itself, as the day's news."""
    text = signing_text(record)
    return (
        record.status is AgreementStatus.SIGNED
        and record.date is None
        and not record.first.cited  # "signed a protocol to the X": the protocol's signing
        and bool(_SIGNED_NEWS.search(text))
        and not _NOT_NOW.search(_before_report(text))
    )


def _before_report(text: str) -> str:
    """A signing's sentence up to a reported clause joined after the signing, if any.

    "witnessed the signing of X and Y, and said that a commission would meet in 2024": the
    clause's times and verbs tell its own matter, not the signing's.

    >>> _before_report("They signed a pact, and said talks had resumed in 2024.")
    'They signed a pact, and said talks had resumed in 2024.'
    >>> _before_report("They signed a pact, and said that talks would resume in 2024.")
    'They signed a pact'
    """
    cut = reported_clause_start(text)
    return text[:cut] if _SIGNED_NEWS.search(text, 0, cut) else text


def signed_that_week(record: Record, published: dt.date | None) -> bool:
    """A signing told as the news of the story's own days, which its sentence dates.

    "HELSINKI, March 16 - A and B signed a protocol here today", "... signed it on Tuesday":
    signed, told as news, on a day from a week before the page to its own day.
    """
    date = record.date
    if published is None or date is None or date.day is None:
        return False
    if not 0 <= (published - date.first_day()).days <= _STORY_WEEK:
        return False
    text = signing_text(record)
    if not _SIGNED_NEWS.search(text):
        # "A and B signed a protocol here today. Under the protocol, ...": its last sentence
        # tells what it holds; the signing is told in the first of its sentences that tells one
        # ("A and B have signed an agreement", no day of its own: the key gives it no place)
        text = record.evidence[_signing_at(record)].text
        if _PERFECT_SIGNING.search(text):
            return False
    return (
        record.status is AgreementStatus.SIGNED
        and bool(_SIGNED_NEWS.search(text))
        # "signed a protocol here yesterday aimed at raising trade from $2 billion last year":
        # a signing its own clause dates to the record's day is the news, whatever other time
        # the sentence tells (the dateline's day dates the report, not the signing)
        and (not _NOT_NOW.search(text) or own_day(_after_dateline(text), published) == date)
    )


def _after_dateline(text: str) -> str:
    """``text`` without the wire dateline that may open it ("ANKARA, July 9 - ")."""
    dateline = DATELINE.match(text)
    return text[dateline.end() :] if dateline else text


# A signing told in the present perfect: "have signed", "has been concluded".
_PERFECT_SIGNING = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:signed|concluded|inked)\b")
# How many days before its page a signing told by its day counts as the story's news.
_STORY_WEEK = 7


def at_the_event(record: Record) -> bool:
    """A signing told as part of the story's event: "following the talks", "the two leaders"."""
    return signed_in_story(record) and bool(AT_THE_EVENT.search(signing_text(record)))


# A signing sentence pointing at the event the lead reports.
AT_THE_EVENT = re.compile(
    r"""\b(?:[Ff]ollowing|[Aa]fter|[Dd]uring|[Aa]t|[Oo]n\s+the\s+sidelines\s+of
    |[Ii]n\s+the\s+course\s+of|[Aa]t\s+the\s+(?:end|close|conclusion)\s+of
    |(?:[Aa]s|[Oo]nce|[Ww]hen)(?=\s+the\s+\w+\s+(?:concluded|ended|closed)))
    \s+the\s+(?:talks|meeting|negotiations|visit|summit|session|consultations)\b
    |\bwitness(?:ed|ing)\s+the\s+(?:signing|exchange)\b
    |\b[Tt]he\s+two\s+(?:heads\s+of\s+state|leaders|presidents|ministers|prime\s+ministers)\b""",
    re.VERBOSE,
)
# The last day of a span of days written with its first: "20-21", "4 to 6", "8 and 9".
_SPAN_END = re.compile(
    r"\b(\d{1,2})\s*(?:[-–]|to|and|through|till|until)\s*(\d{1,2})\b(?!\s*[a-z%])"
)
# How many days an event told as one span may last.
_SPAN_DAYS = 7
# The last day of a span of weekdays written with its first: "on Tuesday and Wednesday".
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_SPAN = re.compile(
    r"\b(?P<first>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:and|to|through|till|until)\s+"
    r"(?P<last>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def closing_day(
    sentences: Sequence[Sentence], record: Record, published: dt.date | None
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
            # (a span told by its weekdays closes the days its last weekday lies past the first)
            weekdays = _WEEKDAY_SPAN.match(sentence.text, found.start)
            if weekdays is not None:
                first = _WEEKDAYS.index(weekdays["first"].lower())
                apart = (_WEEKDAYS.index(weekdays["last"].lower()) - first) % 7
                return PartialDate.from_date(day.first_day() + dt.timedelta(days=apart))
    return None


def span_openings(sentences: Sequence[Sentence], published: dt.date | None) -> set[PartialDate]:
    """The first days of the spans of days ``sentences`` tell ("on October 10-11", "6-7 May").

    A signing "following the talks" of such an event is dated only to its month: which of
    its days it fell on is not told.
    """
    firsts: set[PartialDate] = set()
    for sentence in sentences:
        if not _SPAN_END.search(sentence.text):
            continue
        for found in extract_dates(sentence.text, published):
            day = found.date
            span = _SPAN_END.search(sentence.text, found.start, found.end + 12)
            if (
                day.day is not None
                and span is not None
                and int(span[1]) == day.day
                and 0 < int(span[2]) - day.day <= _SPAN_DAYS
            ):
                firsts.add(day)
    return firsts


# A sentence opening with a shift of days from the story's event: "The next day,", "A day
# later,", "Two days later,", "The day before,", "On the eve,".
DAY_SHIFT = re.compile(
    r"\s*(?:(?P<after>(?:On\s+)?[Tt]he\s+(?:next|following)\s+day|(?:A|One)\s+day\s+later"
    r"|[Tt]he\s+day\s+after)|(?P<before>[Tt]he\s+(?:day\s+before|previous\s+day)"
    r"|On\s+the\s+eve)|(?P<more>\w+\s+days\s+(?:later|earlier|before)))\b"
)


def shift_day(date: PartialDate, shift: re.Match[str]) -> PartialDate | None:
    """The day ``shift`` tells beside ``date``: one day on or back; none for a longer shift.

    >>> day = PartialDate(2025, 4, 3)
    >>> [str(shift_day(day, DAY_SHIFT.match(t))) for t in ("The next day,", "On the eve,")]
    ['2025-04-04', '2025-04-02']
    >>> later = DAY_SHIFT.match("Two days later,")
    >>> shift_day(day, later), shift_day(PartialDate(2025, 4), DAY_SHIFT.match("The next day"))
    (None, None)
    """
    if shift["more"] is not None or date.day is None:
        return None
    step = dt.timedelta(days=1 if shift["after"] is not None else -1)
    return PartialDate.from_date(date.first_day() + step)
