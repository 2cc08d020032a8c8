"""Agreements as plain summaries, for the agreements table tests.

A summary is (kind, status, parties, date), so an expected list reads as the
key would.
"""

from __future__ import annotations

import datetime as dt

from diplonews.agreements import extract_agreements
from diplonews.models import Agreement, Article

Summary = tuple[str, str, list[str], str | None]


def summary(agreement: Agreement) -> Summary:
    """The summary of one agreement: codes and ISO dates as the key writes them."""
    return (
        agreement.kind.value,
        agreement.status.value,
        [str(p) for p in agreement.parties],
        str(agreement.date) if agreement.date else None,
    )


def agreement_summaries(
    body: str, published: dt.date | None, title: str | None = None
) -> list[Summary]:
    """The summaries of the agreements ``extract_agreements`` finds in ``body`` (and headline)."""
    article = Article(id="t", body=body, published=published, title=title)
    return [summary(a) for a in extract_agreements(article)]
