"""Officials of two states who sign one document together: a meeting of theirs.

News tells a leaders' or ministers' encounter by its outcome alone as often as by a
meeting word: "President X of A and President Y of B signed the accord in P on
Tuesday", "a treaty, which X and Y signed today in P". Two officials of different
states named as the joint subject of "signed" were in one room: the states met, on
the signing's day. Only a signing told as the story's news is read: undated or dated
to a day of the week before the story; one of a month or a year ago ("which X and Y
signed in Washington last December") is told for its document, not as an event. A
signing the story has told as an event already (the talks it closed, the visit it
was made on) adds nothing.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import HELD, MEETING
from diplonews.meetings._merge import Candidate
from diplonews.meetings._places import pick_date, sentence_dates
from diplonews.models import Article
from diplonews.text import PersonMention, extract_people, home_country, split_sentences
from diplonews.text.dates import DateMention, Tense
from diplonews.values import Country, PartialDate, Participant, Span

__all__ = ["joint_signings"]

RULE = "meeting.signed_together"

# The verb of a signing in the past, its subject right before: "X and Y signed", "X and Y
# have signed", "X and Y on Thursday signed", "X and Y today jointly signed".
_SIGNED = re.compile(r"\bsigned\b")
_BEFORE_VERB = re.compile(
    r"""(?:\s+(?:have|has|had|also|jointly|formally|today|yesterday
    |on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*\s+""",
    re.VERBOSE,
)
# Two officials joined as one subject: "X and Y", "X, Y and Z", "X and his B counterpart Y".
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:(?:his|her)\s+)?")
# Days of news: a signing this many days before the story at most is told as its event.
_NEWS_DAYS = 7
# The days an event told by its first day may last: a signing so many days later closes it.
_EVENT_DAYS = 3
# Envoys posted in the host state: an ambassador's signature with a minister there is the
# embassy's business, no meeting between the states ("Ambassador X and Minister Y signed").
_ENVOY = re.compile(r"\b(?:Ambassador|Charg[eé]\s+d['’]Affaires|Consul)\b", re.IGNORECASE)


def joint_signings(article: Article, records: Sequence[Candidate]) -> list[Candidate]:
    """A meeting record for each signing by officials of two or more states that no record tells."""
    body = article.body
    if "signed" not in body:
        return []  # a cheap test: no signing told
    home = home_country(article)
    year = article.published.year if article.published is not None else None
    dates: dict[tuple[int, Tense], list[DateMention]] = {}
    out: list[Candidate] = []
    for sentence in split_sentences(body):
        text = sentence.text
        verb = _SIGNED.search(text)
        if verb is None or " and " not in text[: verb.start()]:
            continue
        head = text[: verb.start()]
        signers = _subject(head, extract_people(head, home=home, year=year))
        if any(p.role is not None and _ENVOY.search(p.role) for p in signers):
            continue  # an envoy's signature in the state he is posted to
        states = {p.country for p in signers if p.country is not None}
        if len(states) < 2 or len(states) < len(signers):
            continue  # two officials of one state, or one of no state told
        t0, t1 = sentence.start + verb.start(), sentence.start + verb.end()
        told = sentence_dates(dates, sentence, article.published, "past")
        picked = pick_date(body, told, (sentence.start, sentence.end), (t0, t1))
        date = picked[0] if picked is not None else None
        if not _news_day(date, article.published):
            continue  # "which X and Y signed in Washington last December": the document's
        cand = Candidate(
            rule=RULE,
            kind=MEETING,
            status=HELD,
            countries=states,
            organization=None,
            date=date,
            location=None,
            participants=[
                Participant(p.name, p.role, Country(p.country)) for p in signers if p.country
            ],
            title=None,
            evidence=[Span.of(body, sentence.start, sentence.end)],
            anchor=t0,
            named_sides=len(states),
        )
        if not any(_told(r, cand) for r in (*records, *out)):
            out.append(cand)
    return out


def _subject(text: str, people: Sequence[PersonMention]) -> list[PersonMention]:
    """The officials joined as the subject that ends ``text``, right before the verb.

    ``people`` are the officials of ``text`` (the sentence up to the verb); the last must
    end right before it ("X and Y have signed"), each before it joined to the next by
    "and" or a comma. Fewer than two: no joint subject.
    """
    if not people or _BEFORE_VERB.fullmatch(text, people[-1].end) is None:
        return []
    out = [people[-1]]
    for before in reversed(people[:-1]):
        if _JOINED.fullmatch(text, before.end, out[0].start) is None:
            break
        out.insert(0, before)
    return out if len(out) >= 2 else []


def _told(record: Candidate, cand: Candidate) -> bool:
    """Whether ``record`` tells the signing's event: held, with both sides, at a date that fits.

    An event of several days is dated by its first: a signing in the days after that day
    ("signed 14 protocols today at the end of two days of talks", "signed on Thursday
    during X's visit, which started on Wednesday") closes it.
    """
    if record.status is not HELD or not cand.countries <= record.countries:
        return False
    if record.date is None or cand.date is None:
        return True
    if record.date.contains(cand.date) or cand.date.contains(record.date):
        return True
    first, signed = _day(record.date), _day(cand.date)
    return first is not None and signed is not None and 0 < (signed - first).days <= _EVENT_DAYS


def _day(date: PartialDate) -> dt.date | None:
    """The day of a date told to the day, else ``None``."""
    if date.day is None or date.month is None:
        return None
    return dt.date(date.year, date.month, date.day)


def _news_day(date: PartialDate | None, published: dt.date | None) -> bool:
    """Whether a signing's date is that of news: none told, or a day in the week before."""
    if date is None:
        return True
    day = _day(date)
    return day is not None and published is not None and 0 <= (published - day).days <= _NEWS_DAYS
