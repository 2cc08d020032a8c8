"""The agreements step's shared "to come" words and its one reading of states told meeting.

``_status.TO_COME_MODALS``, ``TO_COME_BE`` and ``TO_COME_PLANNED`` are the words both
"still to come" patterns share: _status' (a signing to come after a dateline: "would" too,
any case) and _sides' (a meeting to come in a roster sentence). ``_sides._states_meeting``
is the reading _meeting_roster (three to thirty states, sorted, four cues, no meeting to
come) and _met_states (two to ten, in the order named, one cue) share, their differences passed as
parameters. Rows written for these tests: each pattern on the forms its comments name and on
those only the other takes; each reader on sentences of a held meeting, one to come, one on
a summit's sidelines, a pair. Hypothesis properties check that each old
local form (as written before the shared words and the shared reading) and its new form give
the same on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews._sre import parse
from diplonews.agreements import _sides, _status
from diplonews.agreements._parties import named_states
from diplonews.agreements._status import TO_COME_BE, TO_COME_MODALS, TO_COME_PLANNED
from diplonews.models import Party
from diplonews.text import BodyMentions, Sentence, body_mentions, split_sentences

# The two patterns as written before the shared words.
_OLD_STATUS = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:due|expected|set)?\s*to)\s", re.IGNORECASE
)
_OLD_SIDES = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|set\s+)?to)\s+\w+")


def test_the_shared_words() -> None:
    """The modals, the verb before "to" and the planned act's words, as both patterns had them."""
    assert re.fullmatch(rf"(?:{TO_COME_MODALS})", "will")
    assert [w for w in ("will", "shall", "would") if re.fullmatch(TO_COME_MODALS, w)] == [
        "will",
        "shall",
    ]
    assert [w for w in ("is", "are", "was") if re.fullmatch(TO_COME_BE, w)] == ["is", "are"]
    planned = ("due", "expected", "set", "scheduled")
    assert [w for w in planned if re.fullmatch(TO_COME_PLANNED, w)] == ["due", "expected", "set"]


def test_the_status_pattern_parses_as_its_old_source() -> None:
    """_status' _TO_COME on the shared words is the pattern its pasted source compiled to."""
    new = _status._TO_COME
    assert repr(parse(new.pattern, new.flags)) == repr(parse(_OLD_STATUS.pattern, new.flags))


# (id, text, whether _status' _TO_COME finds it, whether _sides' does)
TO_COME_ROWS: list[tuple[str, str, bool, bool]] = [
    ("will", "A and B will sign", True, True),
    ("shall", "they shall meet", True, True),
    ("are-to", "the sides are to meet", True, True),
    ("is-due-to", "he is due to arrive", True, True),
    ("are-expected-to", "leaders are expected to gather", True, True),
    ("is-set-to", "it is set to open", True, True),
    ("would", "A and B would sign", True, False),
    ("shouted", "A AND B WILL SIGN", True, False),
    ("sentence-start", "Will they meet", True, False),
    ("no-space-before-to", "he is dueto arrive", True, False),
    ("no-word-after", "they will “sign”", True, False),
    ("past", "they were to meet", False, False),
    ("willing", "they are willing to meet", False, False),
    ("scheduled", "it is scheduled to open", False, False),
]


@pytest.mark.parametrize(
    ("text", "status", "sides"),
    [row[1:] for row in TO_COME_ROWS],
    ids=[row[0] for row in TO_COME_ROWS],
)
def test_to_come_table(text: str, status: bool, sides: bool) -> None:
    """Each pattern takes the shared words, and only _status' its own wider forms."""
    assert (_status._TO_COME.search(text) is not None) is status
    assert (_sides._TO_COME.search(text) is not None) is sides


_TO_COME_WORDS = "will shall would Will WILL is are was IS due expected set scheduled to dueto"
_TO_COME_PIECES = [*_TO_COME_WORDS.split(), "meet", "sign", "they", ",", ".", "“", " ", "  ", "\n"]
_TO_COME_TEXTS = st.one_of(
    st.lists(st.sampled_from(_TO_COME_PIECES), max_size=24).map("".join),
    st.text(max_size=40),
)


@given(text=_TO_COME_TEXTS)
def test_to_come_patterns_agree_with_old_local_forms(text: str) -> None:
    """Each _TO_COME on the shared words finds what its pasted form found."""
    for old, new in ((_OLD_STATUS, _status._TO_COME), (_OLD_SIDES, _sides._TO_COME)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


# The two readers as written before the shared reading.
def _old_meeting_roster(
    sentences: Sequence[Sentence], found: BodyMentions, index: int
) -> tuple[Party, ...]:
    order = sorted(
        range(max(0, index - 2), min(len(sentences), index + 3)),
        key=lambda i: (abs(i - index), i),
    )
    for i in order:
        sentence = sentences[i]
        text = sentence.text
        if not (
            _sides._MET_SENTENCE.search(text)
            or _sides._MEETING_WORD.search(text)
            or _sides._TOOK_PART.search(text)
            or _sides._SENT_FROM.search(text)
        ):
            continue
        named = sorted(set(named_states(sentence, found)), key=str)
        if not 3 <= len(named) <= 30:
            continue
        side = _sides._SIDE_MEETING.search(text)
        return () if side or _OLD_SIDES.search(text) else tuple(named)
    return ()


def _old_met_states(prev: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    if _sides._MET_SENTENCE.search(prev.text) is None or _sides._SIDE_MEETING.search(prev.text):
        return ()
    named = named_states(prev, found)
    return named if 2 <= len(named) <= 10 else ()


def _codes(states: Sequence[Party]) -> list[str]:
    return [str(state) for state in states]


# (id, body, index of the sentence read from, roster, states met in the sentence before it)
READER_ROWS: list[tuple[str, str, int, list[str], list[str]]] = [
    (
        "held-summit",
        "Presidents of Georgia, Armenia and Azerbaijan met in Tbilisi. They adopted a text.",
        1,
        ["ARM", "AZE", "GEO"],
        ["GEO", "ARM", "AZE"],
    ),
    (
        "delegations-to-come",
        "Delegations from Georgia, Armenia and Azerbaijan will visit Baku. It was adopted.",
        1,
        [],
        [],
    ),
    (
        "delegations-joined",
        "Delegations from Georgia, Armenia and Azerbaijan joined the talks. It was adopted.",
        1,
        ["ARM", "AZE", "GEO"],
        [],
    ),
    (
        "sidelines",
        "Georgia, Armenia and Azerbaijan met on the sidelines of the summit. It was adopted.",
        1,
        [],
        [],
    ),
    ("pair", "Georgia and Armenia met in Tbilisi. They adopted a text.", 1, [], ["GEO", "ARM"]),
    (
        "eleven-states",
        "Ministers of Georgia, Armenia, Azerbaijan, Iran, Turkey, Russia, Kazakhstan, Uzbekistan,"
        " Tajikistan, Kyrgyzstan and Turkmenistan met. They adopted a text.",
        1,
        ["ARM", "AZE", "GEO", "IRN", "KAZ", "KGZ", "RUS", "TJK", "TKM", "TUR", "UZB"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "index", "roster", "met"),
    [row[1:] for row in READER_ROWS],
    ids=[row[0] for row in READER_ROWS],
)
def test_readers_of_states_told_meeting_table(
    body: str, index: int, roster: list[str], met: list[str]
) -> None:
    """The roster (sorted, none to come) and the states met (in the order named) differ."""
    sentences = split_sentences(body)
    found = body_mentions(body)
    assert _codes(_sides._meeting_roster(sentences, found, index)) == roster
    assert _codes(_sides._met_states(sentences[index - 1], found)) == met


# Sentences of states told around a cue: a held meeting, one to come, one on a summit's
# sidelines, a signing, a remark; with cities and a bloc among the states.
_STATES = (
    "Georgia Armenia Azerbaijan Iran Turkey Russia Kazakhstan Uzbekistan Tajikistan Kyrgyzstan"
    " Turkmenistan Tbilisi NATO"
)
_OPENINGS = ["Presidents of", "Delegations from", "Ministers of", "The summit of", "Leaders of", ""]
_CLOSINGS = [
    "met in Baku",
    "held a summit",
    "gathered",
    "took part",
    "will meet",
    "would meet",
    "are expected to meet",
    "met on the sidelines of the forum",
    "signed a deal",
    "said",
]
_SENTENCES = st.tuples(
    st.sampled_from(_OPENINGS),
    st.lists(st.sampled_from(_STATES.split()), max_size=12),
    st.sampled_from([", ", " and "]),
    st.sampled_from(_CLOSINGS),
).map(lambda p: f"{p[0]} {p[2].join(p[1])} {p[3]}.".strip())
_BODIES = st.lists(_SENTENCES, min_size=1, max_size=5).map(" ".join)


@given(body=_BODIES)
def test_readers_agree_with_old_local_forms(body: str) -> None:
    """_meeting_roster and _met_states on the shared reading give what their old forms gave."""
    sentences = split_sentences(body)
    found = body_mentions(body)
    for index, sentence in enumerate(sentences):
        new_roster = _sides._meeting_roster(sentences, found, index)
        assert new_roster == _old_meeting_roster(sentences, found, index)
        assert _sides._met_states(sentence, found) == _old_met_states(sentence, found)
