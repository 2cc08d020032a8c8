"""The main job: one article in, its meetings, agreements and trade records out.

The package re-exports these functions: ``from diplonews import extract,
extract_text``. The module keeps its name, so ``from diplonews.extract import
extract`` works too; ``diplonews.extract`` (the attribute) is the function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from diplonews.agreements import extract_agreements
from diplonews.errors import ExtractionError, ValidationError
from diplonews.meetings import extract_meetings
from diplonews.models import Article, ArticleResult
from diplonews.trade import extract_trade_records

__all__ = ["extract", "extract_all", "extract_text"]

_T = TypeVar("_T")


def extract(article: Article, *, fiscal_calendars: bool = False) -> ArticleResult:
    """Extract every record from one article.

    Args:
        article: the article.
        fiscal_calendars: read a trade figure's fiscal year that states no months
            ("FY2022-23") on the government fiscal calendar of the story's state; off by
            default, when such a figure is no record (see
            :func:`~diplonews.trade.extract_trade_records`).

            .. versionadded:: 0.2.0

    >>> from diplonews import Article, extract
    >>> result = extract(Article(id="a1", body="Nothing happened."))
    >>> result.id, result.meetings, result.agreements, result.trade_records
    ('a1', (), (), ())

    >>> art = Article(id="a2", published="2023-08-01", body=(
    ...     "Pakistan's exports to China stood at $2.5 billion in FY2022-23."))
    >>> len(extract(art).trade_records), len(extract(art, fiscal_calendars=True).trade_records)
    (0, 1)

    Raises:
        ValidationError: ``article`` is not an :class:`~diplonews.models.Article`
            (for plain text, see :func:`extract_text`).
        ExtractionError: a step failed on the article (a bug in diplonews); the message
            names the article, its source and line, and the step.

            .. versionadded:: 0.2.0
    """
    if not isinstance(article, Article):
        raise ValidationError(
            f"extract() takes an Article (got {type(article).__name__})",
            value=article,
            hint="for plain text use extract_text(text, published=...)",
        )
    return ArticleResult(  # the fields of ArticleResult.empty(article), and the records
        id=article.id,
        published=article.published,
        author=article.author,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        meetings=_step(article, "meetings", lambda: extract_meetings(article)),
        agreements=_step(article, "agreements", lambda: extract_agreements(article)),
        trade_records=_step(
            article,
            "trade records",
            lambda: extract_trade_records(article, fiscal_calendars=fiscal_calendars),
        ),
        source=article.source,
        line=article.line,
    )


def _step(article: Article, step: str, run: Callable[[], _T]) -> _T:
    """``run()``; a failure of it becomes an :class:`ExtractionError` naming the article."""
    try:
        return run()
    except MemoryError:
        raise
    except Exception as exc:  # a bug: say which article and step, keep the cause
        raise ExtractionError(
            article.id, step, exc, source=article.source, line=article.line
        ) from exc


def extract_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    title: str | None = None,
    fiscal_calendars: bool = False,
) -> ArticleResult:
    """Extract every record from a text: the common case, without building an :class:`Article`.

    Args:
        text: the article body (plain text).
        published: the publication date (a date, a datetime or an ISO text).
            Relative dates ("on Monday", "last month") are resolved against it;
            without it they are left out.
        id: the article id the records point to; derived from the text when
            ``None``, so the same text gets the same id.
        title: the headline, if any.
        fiscal_calendars: as for :func:`extract`: a fiscal year that states no months
            ("FY2022-23") on the calendar of the story's state (off by default).

    Returns:
        The per-article document, with the records found (empty tuples when none).

    Raises:
        ValidationError: ``text`` is not a str, or ``published`` is not a date.

    >>> from diplonews import extract_text
    >>> result = extract_text("Nothing of note happened.", published="2024-05-02", id="n1")
    >>> result.id, result.published, result.meetings
    ('n1', datetime.date(2024, 5, 2), ())
    >>> text = "India's exports to Nepal rose to $8 billion in FY2022-23."
    >>> result = extract_text(text, published="2023-06-01", fiscal_calendars=True)
    >>> [str(r.period) for r in result.trade_records]
    ['2022-04-01..2023-03-31']

    .. versionadded:: 0.2.0
    """
    article = Article(id=id or "", body=text, published=published, title=title)
    return extract(article, fiscal_calendars=fiscal_calendars)


def extract_all(
    articles: Iterable[Article], *, fiscal_calendars: bool = False
) -> Iterator[ArticleResult]:
    """Extract lazily from many articles (memory stays flat).

    ``fiscal_calendars`` is as for :func:`extract` (off by default).

    >>> from diplonews import Article
    >>> from diplonews.extract import extract_all
    >>> art = Article(id="a3", published="2023-08-01", body=(
    ...     "Pakistan's exports to China stood at $2.5 billion in FY2022-23."))
    >>> [len(r.trade_records) for r in extract_all([art], fiscal_calendars=True)]
    [1]

    .. versionchanged:: 0.2.0
       ``fiscal_calendars``.
    """
    for article in articles:
        yield extract(article, fiscal_calendars=fiscal_calendars)
