"""Meetings as plain summaries, for the meetings table tests.

A summary is (kind, status, countries, date, participant names), and a brief
is (kind, status, countries, organization, date), so an expected list reads as
the key would.
"""

from __future__ import annotations

import datetime as dt

from diplonews.meetings import extract_meetings
from diplonews.models import Article, Meeting

Summary = tuple[str, str, list[str], str | None, list[str]]


def summary(meeting: Meeting) -> Summary:
    """The summary of one meeting: codes and ISO dates as the key writes them."""
    return (
        meeting.kind.value,
        meeting.status.value,
        [c.alpha_3 for c in meeting.countries],
        str(meeting.date) if meeting.date else None,
        [p.name for p in meeting.participants],
    )


# (kind, status, countries, organization, date)
Brief = tuple[str, str, list[str], str | None, str | None]


def briefs_of(body: str, title: str | None = None, outlet: str | None = None) -> list[Brief]:
    """The meetings of a page published 2023-05-10, in the order extracted."""
    article = Article(id="t", title=title, body=body, published=dt.date(2023, 5, 10), outlet=outlet)
    return [
        (
            m.kind.value,
            m.status.value,
            [c.alpha_3 for c in m.countries],
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in extract_meetings(article)
    ]
