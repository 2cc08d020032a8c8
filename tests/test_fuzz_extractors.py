"""Fuzz: extractors never raise, and parsers raise only documented errors (issue 11).

Every text reader of the library gets random Unicode, news-like word salad,
mutated sentences and the hostile input classes of issue 11 (see
``fuzz_strategies``). Extractors (``extract_*``, ``extract``, the sentence
splitter) must return, with every offset pointing into the text they were
given; parsers (``parse_*``) may raise only a :class:`DiplonewsError`.

CI runs the ``ci`` profile (derandomised, a fixed budget); maintainers run the
long search with ``HYPOTHESIS_PROFILE=fuzz`` (``nox -s fuzz``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from diplonews import (
    Agreement,
    Article,
    DiplonewsError,
    Meeting,
    PartialDate,
    Period,
    TradeRecord,
)
from diplonews.agreements._extract import extract_agreements
from diplonews.extract import extract
from diplonews.gazetteer import resolve_country
from diplonews.meetings._extract import extract_meetings
from diplonews.serialization import to_json
from diplonews.text._sentences import MAX_SENTENCE, split_sentences
from diplonews.text.countries import extract_country_mentions, resolve_country_group
from diplonews.text.dates import extract_dates, parse_date
from diplonews.text.money import extract_money, parse_money
from diplonews.text.periods import extract_periods, parse_period
from diplonews.trade._extract import extract_trade_records
from diplonews.values import Span
from fuzz_strategies import article_bodies, newsish_text, published_dates

articles = st.builds(
    Article,
    id=st.just("fuzz"),
    body=article_bodies,
    published=published_dates,
    outlet=st.none() | st.sampled_from(["Wire", "president.example", "mfa.example"]),
    title=st.none() | newsish_text,
)


def _assert_spans(body: str, spans: list[Span]) -> None:
    for span in spans:
        assert body[span.start : span.end] == span.text


@given(articles)
def test_extract_never_raises(article: Article) -> None:
    """The whole pipeline returns for any article; evidence points into its body."""
    result = extract(article)
    records: list[Meeting | Agreement | TradeRecord] = [
        *result.meetings,
        *result.agreements,
        *result.trade_records,
    ]
    _assert_spans(article.body, [span for r in records for span in r.evidence])
    for record in records:
        assert record.article_id == "fuzz"
        json.loads(to_json(record))


@given(articles)
def test_each_extractor_never_raises(article: Article) -> None:
    """Each record extractor returns a tuple for any article."""
    assert isinstance(extract_meetings(article), tuple)
    assert isinstance(extract_agreements(article), tuple)
    assert isinstance(extract_trade_records(article), tuple)


@given(article_bodies)
def test_sentences_are_exact_and_capped(body: str) -> None:
    """Sentences are slices of the body, in order, none longer than the cap."""
    last = 0
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= last
        assert len(sentence.text) <= MAX_SENTENCE
        last = sentence.end


@given(article_bodies, published_dates)
def test_mention_readers_never_raise(text: str, published: dt.date | None) -> None:
    """Country, money, date and period mentions are read from any text, offsets exact."""
    for c in extract_country_mentions(text):
        assert text[c.start : c.end] == c.text
    for m in extract_money(text):
        assert text[m.start : m.end] == m.text
    for d in extract_dates(text, published):
        assert text[d.start : d.end] == d.text
        assert isinstance(d.date, PartialDate)
    for p in extract_periods(text, published):
        assert text[p.start : p.end] == p.text
        assert isinstance(p.period, Period)


@given(
    st.one_of(newsish_text, st.text(max_size=40), article_bodies),
    published_dates,
    st.sampled_from([None, "USD", "EUR"]),
)
def test_parsers_raise_only_documented_errors(
    text: str, published: dt.date | None, currency: str | None
) -> None:
    """parse_date, parse_period and parse_money either parse or raise a DiplonewsError."""
    for parse in (
        lambda: parse_date(text, published),
        lambda: parse_period(text, published),
        lambda: parse_money(text, default_currency=currency),
    ):
        with contextlib.suppress(DiplonewsError):
            parse()


@given(st.one_of(st.text(max_size=60), newsish_text))
def test_country_resolution_never_raises(name: str) -> None:
    """Resolving any name gives a code or None."""
    for code in (resolve_country(name), resolve_country_group(name)):
        assert code is None or isinstance(code, str)
