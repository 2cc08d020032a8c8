"""Meetings as plain summaries, for the meetings table tests.

A summary is (kind, status, countries, date, participant names), so an
expected list reads as the key would.
"""

from __future__ import annotations

from diplonews.models import Meeting

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
