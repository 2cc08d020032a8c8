"""The fallback's gate, read off the trigger words, never hides a meeting expression.

The gate, stated per sentence (may_hold below), lets through a sentence where a trigger
word starts (the scan the rules read, meetings._scan.word_hits) or that holds one of
``NOT_TRIGGERS``: every sentence of a body whose meeting expression matches must pass.
first_expression, which tries the expression only where the sentence's trigger words
start, finds the match a search of the whole sentence finds; gated_sentences, which looks
the trigger words up among the sentences, keeps exactly the sentences may_hold keeps.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews._regex_words import holds_required
from diplonews.meetings import _fallback
from diplonews.meetings._fallback import NOT_TRIGGERS, first_expression, gated_sentences
from diplonews.meetings._places import holds
from diplonews.meetings._scan import word_hits
from diplonews.text import Sentence, split_sentences

_PIECES = [
    "The", "two", "presidents", "held", "a", "telephone", "Telephone", "phone", "Phone",
    "video", "Video", "call", "conversation", "talk", "conference", "Conference", "spoke",
    "by", "over", "the", "on", "summit", "Summit", "forum", "Forum", "ministerial",
    "Ministerial", "meeting", "meetings", "Meetings", "visit", "Visit", "visited", "trip",
    "Trip", "met", "Met", "meets", "Meet", "talks", "Talks", "consultations", "Consultations",
    "negotiating", "table", "conferred", "session", "Session", "commission", "was", "were",
    "been", "being", "received", "welcomed", "hosted", "President", "delegation", "Ana", "Ruiz",
    "in", "Lima", ",", ".", "metal", "visitor", "striped", "sessions", "x", "_", "é", "\n",
]  # fmt: skip


def may_hold(body: str, sentence: Sentence, triggers: list[int]) -> bool:
    """The gate of one sentence, as gated_sentences states it: the reference it must equal.

    A trigger word starts in it or it holds one of NOT_TRIGGERS; a sentence right after
    a character other than a space is tested on the strings every expression holds.
    """
    text = sentence.text
    if sentence.start and not body[sentence.start - 1].isspace():
        return holds_required(text, _fallback._expression_words())
    return holds(triggers, sentence.start, sentence.end) or any(
        map(text.__contains__, NOT_TRIGGERS)
    )


def _hidden(body: str) -> list[str]:
    """The sentences of ``body`` with a meeting expression that the gate keeps out."""
    sentences = split_sentences(body)
    kept = gated_sentences(body, sentences, word_hits(body).triggers)
    return [
        s.text
        for s in sentences
        if _fallback._EXPRESSION.search(s.text) is not None and s not in kept
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=24),
    st.sampled_from([" ", "", ". ", "-"]),
)
def test_gate_never_hides_an_expression(pieces: list[str], glue: str) -> None:
    """Every sentence its expression matches passes the gate, in any body."""
    assert _hidden(glue.join(pieces)) == []


_FILLER = st.sampled_from(["the", "two", "leaders", "held", "a", "in", "Lima", "on", "Friday"])
_NO_TRIGGER = st.sampled_from(["video talk", "Video-talk", "video  talk", "negotiating table"])


@given(st.lists(_FILLER, max_size=6), _NO_TRIGGER, st.lists(_FILLER, max_size=6))
def test_gate_keeps_expressions_without_a_trigger_word(
    before: list[str], expression: str, after: list[str]
) -> None:
    """An expression that starts no trigger word passes on its own strings."""
    body = " ".join([*before, expression, *after]) + "."
    assert _fallback._EXPRESSION.search(body) is not None
    assert _hidden(body) == []


def test_gate_rows() -> None:
    """Table: expressions with no trigger word pass; a sentence with no meeting word does not."""
    body = (
        "The leaders held a video talk on Friday. They returned to the negotiating table. "
        "Exports of copper rose by a fifth last year. The ministers met in Lima."
    )
    triggers = word_hits(body).triggers
    passed = [s.text for s in gated_sentences(body, split_sentences(body), triggers)]
    assert passed == [
        "The leaders held a video talk on Friday.",
        "They returned to the negotiating table.",
        "The ministers met in Lima.",
    ]
    assert _hidden(body) == []


def test_gate_reads_a_piece_cut_inside_a_word_on_its_own_strings() -> None:
    """A sentence that starts right after a letter is tested on the expression's strings."""
    body = "xmet in Lima"
    triggers = word_hits(body).triggers
    assert triggers == []
    piece = Sentence(1, len(body), body[1:], 0)
    assert _fallback._EXPRESSION.search(piece.text) is not None
    assert gated_sentences(body, [piece], triggers) == [piece]


def _first_differs(body: str) -> list[str]:
    """The sentences the gate lets through whose first expression the trigger places miss."""
    triggers = word_hits(body).triggers
    out = []
    for s in gated_sentences(body, split_sentences(body), triggers):
        searched = _fallback._EXPRESSION.search(s.text)
        found = first_expression(body, s, triggers)
        same = (searched is None and found is None) or (
            searched is not None
            and found is not None
            and (searched.span(), searched.lastgroup) == (found.span(), found.lastgroup)
        )
        if not same:
            out.append(s.text)
    return out


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=24),
    st.sampled_from([" ", "", ". ", "-", "\n\n"]),
)
def test_first_expression_is_the_search(pieces: list[str], glue: str) -> None:
    """Trying the expression at the trigger words finds the search's first match, in any body."""
    assert _first_differs(glue.join(pieces)) == []


def test_first_expression_rows() -> None:
    """Table: after a trigger word, before one, none, and a sentence cut inside a word."""
    body = (
        "On Friday the ministers met in Lima. The leaders held a video talk. "
        "Exports rose. They hosted a summit."
    )
    triggers = word_hits(body).triggers
    found = [
        (m.group(), m.lastgroup) if (m := first_expression(body, s, triggers)) else None
        for s in split_sentences(body)
    ]
    assert found == [("met", "meeting"), ("video talk", "call"), None, ("summit", "conference")]
    assert _first_differs(body) == []
    cut = "xmet in Lima"
    piece = Sentence(1, len(cut), cut[1:], 0)
    assert first_expression(cut, piece, word_hits(cut).triggers) is not None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=24),
    st.sampled_from([" ", "", ". ", "-", "\n\n", "."]),
)
def test_gated_sentences_are_those_the_gate_keeps(pieces: list[str], glue: str) -> None:
    """The sentences found from the trigger places are those tested one by one, in order."""
    body = glue.join(pieces)
    triggers = word_hits(body).triggers
    sentences = split_sentences(body)
    kept = [s for s in sentences if may_hold(body, s, triggers)]
    assert gated_sentences(body, sentences, triggers) == kept


def test_gated_sentences_rows() -> None:
    """Table: a trigger word, a string of no trigger, none, and a piece cut inside a word."""
    body = "They met in Lima. A video link. Prices rose. The talks ended."
    sentences = split_sentences(body)
    found = [s.text for s in gated_sentences(body, sentences, word_hits(body).triggers)]
    assert found == ["They met in Lima.", "A video link.", "The talks ended."]
    cut = "xmet in Lima"
    piece = Sentence(1, len(cut), cut[1:], 0)
    assert gated_sentences(cut, [piece], word_hits(cut).triggers) == [piece]
    assert gated_sentences("", [], []) == []
