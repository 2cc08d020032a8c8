"""What the scorer reads of a story's records, for tests that compare two writings of a story.

The typography and layout tables assert that a variant of a text (other dashes, spaces,
capitals) gives the records of its plain form: equal as the scorer compares them, with the
meeting's city added, since the scorer's pairing leaves it out but a user reads it. The tables
whose rows are whole writings (headline and body) share their parameters and assertion here
(:func:`variant_cases`, :func:`assert_same_records`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplonews import Article
from diplonews.extract import extract

__all__ = ["VariantRow", "Writing", "assert_same_records", "scored_view", "variant_cases"]

#: A story as written: (headline, body).
Writing = tuple[str, str]
#: A row of a variant table: (class, publication day, the variant's writing, the plain one's).
VariantRow = tuple[str, str, Writing, Writing]


def scored_view(day: str, body: str, title: str | None = None) -> tuple[Any, ...]:
    """The story's meetings, agreements and trade records as sorted tuples of their fields.

    >>> scored_view("2024-05-15", "Chile and Peru signed a trade agreement on Monday.")[1]
    (('agreement', 'signed', '2024-05-13', ['CHL', 'PER']),)
    """
    article = Article(id="t", title=title, body=body, published=dt.date.fromisoformat(day))
    result = extract(article)
    meetings = sorted(
        (
            m.kind.value,
            m.status.value,
            str(m.date),
            sorted(str(c) for c in m.countries),
            m.location.city if m.location is not None else None,
        )
        for m in result.meetings
    )
    agreements = sorted(
        (a.kind.value, a.status.value, str(a.date), sorted(str(p) for p in a.parties))
        for a in result.agreements
    )
    trade = sorted(
        (str(r.reporter), str(r.partner), r.flow.value, str(r.value), str(r.period))
        for r in result.trade_records
    )
    return tuple(meetings), tuple(agreements), tuple(trade)


def variant_cases(rows: list[VariantRow]) -> pytest.MarkDecorator:
    """A variant table's rows as a test's parameters ``cls, day, variant, plain``, one id each."""
    return pytest.mark.parametrize(
        ("cls", "day", "variant", "plain"),
        rows,
        ids=[f"{cls}-{n}" for n, (cls, *_rest) in enumerate(rows)],
    )


def assert_same_records(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    """The variant is another writing of the story and gives the records of its plain form.

    A row whose variant is its plain form would compare a text with itself, and is refused.
    """
    assert variant != plain, f"{cls}: the row compares a writing with itself"
    assert scored_view(day, variant[1], variant[0]) == scored_view(day, plain[1], plain[0]), cls
