"""The frames of ``judged_unreal`` and a currency after a state's name, behind word tests.

:func:`diplonews.text._judged.judged_unreal` asks each frame's pattern only where one of the
strings every match of it holds stands, and
:func:`diplonews.text.countries._currency_after` asks ``_CURRENCY_AFTER`` only where a "d"
or a "$" may follow; on texts of their words, near misses and other cases they answer what
the patterns alone answer. The word lists are checked against the patterns' own parse, but
that of the denials before an event ("of" or "out": each of its branches closes on one, a
string its parse does not pick), which the texts below try branch by branch.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews._regex_words import required_words
from diplonews.text import _judged
from diplonews.text._judged import judged_unreal
from diplonews.text.countries import _CURRENCY_AFTER, _currency_after


def _unguarded(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """``judged_unreal`` as the patterns alone answer it (before the word tests)."""
    lo = max(lo, start - _judged._REACH)
    hi = len(text) if hi is None else hi
    if _judged._UNREAL_BEFORE.search(text, lo, start) or _judged._UNREAL_AFTER.match(text, end, hi):
        return True
    if _judged._JUDGING_BEFORE.search(text, lo, start) and _judged._JUDGED_AFTER.match(
        text, end, hi
    ):
        return True
    return bool(
        _judged._HOPES_BEFORE.search(text, lo, start) and _judged._FADED_AFTER.match(text, end, hi)
    )


def _held(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The strings one of which every match holds, the pattern read with case as written."""
    words = required_words(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    assert words is not None
    return words


def test_word_lists_cover_the_patterns() -> None:
    """Each string a frame matched without case needs holds one of the words its test seeks.

    (The frames matched with case are gated by ``may_match``, whose words are the patterns'.)
    """
    pairs = ((_judged._JUDGING_BEFORE, _judged._JUDGING_BEFORE_WORDS),)
    for pattern, words in pairs:
        for needed in _held(pattern):
            assert any(word in needed.lower() for word in words), (pattern.pattern, needed)


_EVENT = "talks"
_PIECES = (
    "Officials",
    "ruled out",
    "RULED OUT",
    "denied reports of",
    "no sign of",
    "played down the chances of",
    "made",
    "Made",
    "considered",
    "deemed",
    "thought",
    "hopes for",
    "Hopes of",
    "a",
    "new",
    "the",
    "between them",
    "is not expected",
    "was not likely",
    "looked unlikely",
    "remains a distant prospect",
    "unlikely",
    "impossible",
    "faded",
    "have vanished",
    "to be held",
    "to cover",
    "on",
    ",",
    ".",
    "\u212a",
    "\u017f",
    "\u0131",
    "\u0130",
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=10),
    st.lists(st.sampled_from(_PIECES), max_size=10),
    st.integers(0, 30),
)
def test_judged_unreal_as_the_patterns(before: list[str], after: list[str], lo: int) -> None:
    """On any text of the frames' words around an event, the answer of the patterns alone."""
    head = " ".join(before) + " "
    text = head + _EVENT + " " + " ".join(after)
    start, end = len(head), len(head) + len(_EVENT)
    assert judged_unreal(text, start, end) == _unguarded(text, start, end)
    lo = min(lo, start)
    assert judged_unreal(text, start, end, lo, len(text) - 1) == _unguarded(
        text, start, end, lo, len(text) - 1
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0$dDoUSlrsx.,'’", max_size=12), st.sampled_from(
    ["US", "U.S.", "HK", "S", "Hong Kong", "Singapore", "Canada", "Australia", "Taiwan",
     "New Zealand", "Japan"]
))  # fmt: skip
def test_currency_after_as_the_pattern(after: str, name: str) -> None:
    """Whatever follows a name, the answer of ``_CURRENCY_AFTER`` alone."""
    text = "in " + name + after
    end = 3 + len(name)
    assert _currency_after(text, end) == (_CURRENCY_AFTER.match(text, end) is not None)
