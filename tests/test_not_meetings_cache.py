"""The gatherings that are no meeting are read once per sentence text, for rules and fallback.

:func:`not_meetings` keeps its finds for the last texts it read: the meeting rules and
the recall fallback read the same sentences. A text read again gives the same matches
as a first reading, and a text that is not the same (if equal) gives its own.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from diplonews.meetings._places import _not_meetings, not_meetings

_WORDS = st.sampled_from(
    [
        "news", "press", "conference", "business", "forum", "Peru-Chile", "met", "the",
        "demand", "plenary", "session", "deputies", "cabinet", "meeting", "of", "visits",
        "several", "Summit", "reached", "\u0130", "\u212a", ",", ".",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=14).map(" ".join)


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in not_meetings(text)]


@given(_TEXTS)
@example("They met the demand at a news conference.")
@example("Deputies at the plenary session ratified it.")
def test_a_text_read_again_gives_the_first_reading(text: str) -> None:
    """The kept matches are those a reading without the cache finds, every time."""
    fresh = [(m.start(), m.end(), m.group()) for m in _not_meetings.__wrapped__(text)]
    assert _found(text) == fresh
    assert _found(text) == fresh  # (from the cache now)


def test_each_text_is_read_for_itself() -> None:
    """Two texts kept side by side do not mix their finds."""
    first = "The press conference ended."
    second = "A business forum opened."
    assert [m.group() for m in not_meetings(first)] == ["press conference"]
    assert [m.group() for m in not_meetings(second)] == ["business forum"]
    assert [m.group() for m in not_meetings(first)] == ["press conference"]
