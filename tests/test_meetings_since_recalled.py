"""The shared start of a gathering recalled after "since" (meetings/_rules ``SINCE_RECALLED``).

``SINCE_RECALLED`` ("since their ", "since the ", "since its ") and its determiner
``RECALLED_DETERMINER`` are the common part of three patterns: _candidates' _RECALLED_SINCE
(back from the gathering's noun, four modifiers with stops and commas), _places'
_SINCE_GATHERING_TIME (back from a date in the gathering's name, two plain words) and
_candidates' _RECALLED_MONTH (the month before the noun). Rows written for these tests: each
pattern on the texts its comments name, the reach of each, and other determiners ("a",
"then"). The sources are checked to parse to the trees the old pasted sources parsed to
(the same compiled pattern), and a hypothesis property checks that old and new forms find
the same on generated text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews._sre import parse
from diplonews.meetings import _candidates, _places
from diplonews.meetings._rules import RECALLED_DETERMINER, SINCE_RECALLED
from diplonews.text.dates import MONTH_PATTERN

# The three patterns as written before the shared sources, with their flags.
_OLD: dict[str, tuple[str, int]] = {
    "_RECALLED_SINCE": (  # (the lastmet class added the bare "since" before the noun)
        r"""(?:\bsince\s+\Z|\bsince\s+(?:the|their|its)\s+  # "since their", "since the"
    (?:[\w'’.,"“”/-]+\s+){0,4}?\Z)  # its modifiers up to the noun ("joint May 4")
    """,
        re.VERBOSE,
    ),
    "_SINCE_GATHERING_TIME": (r"\bsince\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,2}\Z", 0),
    "_RECALLED_MONTH": (
        rf"""\b(?:the|their|its)\s+(?P<month>{MONTH_PATTERN})\s+  # "their March"
    (?:[\w-]+\s+)?\Z  # one more modifier at most ("their March trade talks")
    """,
        re.VERBOSE,
    ),
}
_NEW: dict[str, re.Pattern[str]] = {
    "_RECALLED_SINCE": _candidates._RECALLED_SINCE,
    "_SINCE_GATHERING_TIME": _places._SINCE_GATHERING_TIME,
    "_RECALLED_MONTH": _candidates._RECALLED_MONTH,
}


def _tree(source: str, flags: int) -> tuple[str, int, dict[str, int]]:
    """What a source compiles from: its parse tree, its flags and its named groups."""
    parsed = parse(source, flags)
    return repr(parsed), parsed.state.flags, dict(parsed.state.groupdict)


@pytest.mark.parametrize("name", sorted(_OLD))
def test_each_pattern_parses_as_its_old_source(name: str) -> None:
    """The pattern on the shared sources is the one its pasted source compiled to."""
    source, flags = _OLD[name]
    assert _tree(_NEW[name].pattern, _NEW[name].flags) == _tree(source, flags)


# (id, shared source, text, whether a search anchored at its end matches)
SHARED_ROWS: list[tuple[str, str, str, bool]] = [
    ("since-their", SINCE_RECALLED, "for the first time since their ", True),
    ("since-the", SINCE_RECALLED, "the progress made since the ", True),
    ("since-its", SINCE_RECALLED, "Since its ", False),  # the rules read "since" in lower case
    ("since-a", SINCE_RECALLED, "since a ", False),
    ("since-then", SINCE_RECALLED, "since then ", False),
    ("determiner-their", RECALLED_DETERMINER, "their ", True),
    ("determiner-them", RECALLED_DETERMINER, "them ", False),
]


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [row[1:] for row in SHARED_ROWS],
    ids=[row[0] for row in SHARED_ROWS],
)
def test_shared_sources_table(source: str, text: str, found: bool) -> None:
    """The shared sources read "since" and a gathering's determiner, and no other word."""
    assert (re.search(source + r"\Z", text) is not None) is found


# (id, pattern, text up to the noun or the date, whether it matches)
ROWS: list[tuple[str, str, str, bool]] = [
    ("noun-after-month", "_RECALLED_SINCE", "for the first time since their March ", True),
    ("noun-after-day", "_RECALLED_SINCE", "the progress made since their joint May 4 ", True),
    ("noun-after-written-date", "_RECALLED_SINCE", "since the Jan. 5, 2021 ", True),
    ("noun-right-after", "_RECALLED_SINCE", "to review trade since the ", True),
    ("noun-five-words-on", "_RECALLED_SINCE", "since their first long awaited joint May ", False),
    ("noun-other-determiner", "_RECALLED_SINCE", "since a joint ", False),
    ("noun-bare-after-since", "_RECALLED_SINCE", "their first meeting since ", True),
    ("date-right-after", "_SINCE_GATHERING_TIME", "met for the first time since their ", True),
    ("date-after-a-word", "_SINCE_GATHERING_TIME", "since their joint ", True),
    ("date-after-two-words", "_SINCE_GATHERING_TIME", "since the last trilateral ", True),
    ("date-three-words-on", "_SINCE_GATHERING_TIME", "since the talks held in ", False),
    ("date-after-a-stop", "_SINCE_GATHERING_TIME", "since the Jan. ", False),
    ("month-before-noun", "_RECALLED_MONTH", "since their March ", True),
    ("month-and-modifier", "_RECALLED_MONTH", "since their March trade ", True),
    ("month-two-modifiers-on", "_RECALLED_MONTH", "since their March joint trade ", False),
    ("month-other-determiner", "_RECALLED_MONTH", "since a March ", False),
    ("month-in-lower-case", "_RECALLED_MONTH", "since their march ", False),
]


@pytest.mark.parametrize(
    ("name", "text", "found"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_recalled_gathering_patterns_table(name: str, text: str, found: bool) -> None:
    """Each pattern reads back to "since" and a determiner over its own reach of modifiers."""
    assert (_NEW[name].search(text) is not None) is found


def test_the_recalled_month_is_named() -> None:
    """_RECALLED_MONTH names the month in its group, as before the shared determiner."""
    match = _NEW["_RECALLED_MONTH"].search("since their Sept. trade ")
    assert match is not None
    assert match["month"] == "Sept."


_COMPILED_OLD = {name: re.compile(source, flags) for name, (source, flags) in _OLD.items()}
# Pieces of the texts these patterns read: "since", determiners, modifiers with and without
# stops and commas, months, days, quotes and spaces.
_WORDS = "since Since the their its a then joint first March Sept. May Jan. 4 5, 2021 talks"
_MARKS = [" ", " ", "  ", "\n", ",", ".", "'", "’", '"', "“", "/", "-"]
_PIECES = st.sampled_from(_WORDS.split() + _MARKS)
_TEXTS = st.one_of(st.lists(_PIECES, max_size=20).map("".join), st.text(max_size=40))


@given(text=_TEXTS)
def test_shared_forms_agree_with_old_local_forms(text: str) -> None:
    """Each pattern on the shared sources finds what its pasted form found, at every end."""
    for name, old in _COMPILED_OLD.items():
        new = _NEW[name]
        for end in range(len(text) + 1):
            found_old, found_new = old.search(text, 0, end), new.search(text, 0, end)
            assert (found_new and found_new.span()) == (found_old and found_old.span()), name
