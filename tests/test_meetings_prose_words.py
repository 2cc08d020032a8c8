"""The word-level helpers of the prose meeting rules (diplonews.meetings._prose).

Where prose words are found, pronoun subjects, firms served by an event, and the test that
makes a trip planned.
"""

from __future__ import annotations

import pytest

from diplonews.meetings._prose import (
    for_others,
    planned_trip,
    pronoun_before_auxiliaries,
    prose_hits,
)
from diplonews.models import MeetingKind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("She was in Lima. They reached out to him.", [4, 22]),
        ("He led a delegation to Peru.", [9]),
        ("She was invited. The washing was done.", []),
        ("They were interested in reaching outwards.", []),
    ],
)
def test_prose_hits(body: str, expected: list[int]) -> None:
    """The prose words are found where they start, and only as whole phrases."""
    assert prose_hits(body) == expected


@pytest.mark.parametrize(
    ("text", "end_word", "expected"),
    [
        ("talks in Quito allowing Peruvian firms to fish", "firms", True),
        ("talks so that Peruvian firms may bid", "firms", True),
        ("talks with Peruvian airlines on routes", "airlines", False),
        ("talks with the heads of Peruvian firms", "firms", False),
    ],
)
def test_for_others(text: str, end_word: str, expected: bool) -> None:
    """Firms after a word of purpose are served by the event, not a side of it."""
    end = text.index(end_word) + len(end_word)
    assert for_others(text, len("talks"), end) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("He is expected to take part in ", True),
        ("She will also ", True),
        ("When he ", True),
        ("The minister said she ", True),
        ("Officials said the talks ", False),
        ("Shell is expected to take part in ", False),
    ],
)
def test_pronoun_before_auxiliaries(before: str, expected: bool) -> None:
    """A "he"/"she" subject is found only before a chain of auxiliaries."""
    assert pronoun_before_auxiliaries(before) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "expected"),
    [
        ("She is travelling to Peru next week.", "travelling to", MeetingKind.VISIT, True),
        ("He heads to Lima tomorrow.", "heads to", MeetingKind.VISIT, True),
        ("They will visit the United Arab Emirates next month.", "visit", MeetingKind.VISIT, True),
        ("She travelled to Peru last week.", "travelled to", MeetingKind.VISIT, False),
        ("She visited Peru, and next week she will rest.", "visited", MeetingKind.VISIT, False),
        ("They held talks in Lima next week.", "talks", MeetingKind.MEETING, False),
    ],
)
def test_planned_trip(text: str, trigger: str, kind: MeetingKind, expected: bool) -> None:
    """A trip is planned when its destination is followed right away by a time to come."""
    t1 = text.index(trigger) + len(trigger)
    assert planned_trip(text, kind, t1, len(text)) is expected
