"""The accord of a meeting that a story with no instrument word tells by its consent alone.

"Five rich nations agreed in Rome last month to steady the yen": the step's fallback when
no instrument is found.
"""

from __future__ import annotations

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.agreements._parties import of_the_day, only_states, shifted, states
from diplonews.agreements._status import lazy_dates
from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article
from diplonews.text import counted_mentions, split_sentences
from diplonews.text.countries import city_country
from diplonews.text.dates import month_number
from diplonews.values import Span

__all__ = ["consent_at_meeting"]


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


def consent_at_meeting(article: Article) -> tuple[Agreement, ...]:
    """The accord of a meeting a story tells only by the consent reached there.

    A story with no instrument of its own that tells states agreeing at a place, or in a
    month ("Norway agreed to a set of measures at a meeting in Rome in May"), reports
    the accord they reached: signed, by the states named before the
    verb (none when they are described, "six industrial nations"), dated by the time that
    follows. A consent without a place or a month ("agreed to cut tariffs") is no document.

    >>> import datetime as dt
    >>> body = "Five rich nations agreed in Rome last month to steady the yen."
    >>> [(a.status.value, a.parties, str(a.date))
    ...  for a in consent_at_meeting(Article(body=body, published=dt.date(1987, 3, 11)))]
    [('signed', (), '1987-02')]
    >>> consent_at_meeting(Article(body="Chile agreed to cut tariffs on wine."))
    ()
    """
    body = article.body
    if "agreed" not in body:
        return ()  # most stories: no sentence to read
    found = counted_mentions(body)  # "the three countries agreed": the states of their list
    for sentence in split_sentences(body):
        text = sentence.text
        if not may_match(_CONSENT_AT_MEETING, text):
            continue  # most sentences: none of the words its matches need
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
