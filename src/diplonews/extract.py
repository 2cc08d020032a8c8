"""The main job: one article in, its meetings, agreements and trade records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from diplonews.models import Article, ArticleResult
from diplonews.parsing.agreements import extract_agreements
from diplonews.parsing.events import extract_meetings
from diplonews.parsing.trade import extract_trade_records

__all__ = ["extract", "extract_all"]


def extract(article: Article) -> ArticleResult:
    """Extract every record from one article.

    >>> from diplonews import Article
    >>> result = extract(Article(id="a1", body="Nothing happened."))
    >>> result.id, result.meetings, result.agreements, result.trade_records
    ('a1', (), (), ())
    """
    return attrs.evolve(
        ArticleResult.empty(article),
        meetings=extract_meetings(article),
        agreements=extract_agreements(article),
        trade_records=extract_trade_records(article),
    )


def extract_all(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract lazily from many articles (memory stays flat)."""
    for article in articles:
        yield extract(article)
