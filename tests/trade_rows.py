"""Trade records of a text as plain rows, for the trade table tests.

A row is (reporter, partner, flow, value, currency, period start, period end,
target), so an expected list reads as the key would.
"""

from __future__ import annotations

import datetime as dt

from diplonews.models import Article
from diplonews.trade._extract import extract_trade_records

Row = tuple[str, str | None, str, int, str, str, str, bool]


def trade_rows(body: str, published: dt.date | None, title: str | None = None) -> list[Row]:
    """The rows of the trade records ``extract_trade_records`` finds in ``body``."""
    article = Article(id="t", body=body, published=published, title=title)
    return [
        (
            str(r.reporter),
            None if r.partner is None else str(r.partner),
            r.flow.value,
            int(r.value),
            r.currency,
            r.period.start.isoformat(),
            r.period.end.isoformat(),
            r.target,
        )
        for r in extract_trade_records(article)
    ]
