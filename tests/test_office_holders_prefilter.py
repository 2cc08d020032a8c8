"""The office-holder prefilters never skip a part of a text that names a holder.

:func:`diplonews.text._office_holders.bare_holders` skips a sentence holding no
anchor word of the table (the speed-up of reading most sentences); these tests
check, over texts built from the table's own forms, that the skip changes nothing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.gazetteer import load_office_holders
from diplonews.text import _office_holders as holders


def _forms() -> list[str]:
    table = load_office_holders()
    return sorted({form for holder in table.holders for form in (holder.name, *holder.forms)})


_FORMS = _forms()
_GLUE = ["", "'s", "’s", ",", ".", "-led", " and", " said", ":", ")", "2"]
_FILLER = ["The minister", "met", "on Monday", "in Baku", "Mr", "President", "the talks", "("]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(st.sampled_from(_FILLER)))
        form = draw(st.sampled_from(_FORMS))
        if draw(st.booleans()):
            form = form.upper() if draw(st.booleans()) else form.split()[-1]
        parts.append(form + draw(st.sampled_from(_GLUE)))
    return " ".join(parts)


# Pieces that put the fast paths to the test: apostrophes inside words and after them,
# hyphens, particles, letters outside ASCII, punctuation outside ASCII, digits, doubled spaces.
_TRAPS = [
    *("'", "’", "'s", "’s", "'S", "n't", "-", "--", "  ", " ", ", ", "_", "2", "²"),
    *("bin", "Bin", "BIN", "al-", "Al-", "de", "van", "bint", "bins", "de'", "la-la"),
    *("“", "”", "—", "é", "ğ", "İ", "ſ", "K", "ß", "Ж", "ﬁ", "Ｂ", "\u0301", "&", "."),
]


@st.composite
def _tricky_texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            form = draw(st.sampled_from(_FORMS))
            piece = draw(st.sampled_from([form, form.upper(), form.lower(), form.split()[-1]]))
        elif kind == 1:
            piece = draw(st.sampled_from(_FILLER))
        else:
            piece = draw(st.sampled_from(_TRAPS))
        parts.append(piece)
        parts.append(draw(st.sampled_from(["", " ", " ", "  ", "'", "-", "’"])))
    return "".join(parts)


def _unfiltered(text: str, year: int | None) -> list[tuple[int, int, str, str]]:
    """``bare_holders`` with both prefilters (per part, per run of words) turned off.

    Every run of name words is read, word by word.
    """
    part_filter, runs = holders._may_name_holder, holders._anchored_runs
    holders._may_name_holder = lambda part: True
    holders._anchored_runs = lambda text, lo, hi, **_: holders._runs_by_word(text, lo, hi)
    try:
        return holders.bare_holders(text, [(0, len(text))], [], year)
    finally:
        holders._may_name_holder, holders._anchored_runs = part_filter, runs


@settings(max_examples=300, deadline=None)
@given(st.one_of(_texts(), _tricky_texts()), st.one_of(st.none(), st.integers(1980, 2026)))
def test_prefilter_keeps_every_holder(text: str, year: int | None) -> None:
    """With or without the prefilter, the same holders are read."""
    assert holders.bare_holders(text, [(0, len(text))], [], year) == _unfiltered(text, year)


def test_prefilter_skips_a_sentence_without_holders() -> None:
    """A sentence naming no office holder is not read word by word."""
    assert not holders._may_name_holder("The weather in the valley was mild on Monday.")
    assert holders._may_name_holder("Erdoğan's aides met on Monday.")


@settings(max_examples=500, deadline=None)
@given(st.one_of(_texts(), _tricky_texts()))
def test_anchor_search_is_the_word_by_word_fold(text: str) -> None:
    """The one-pattern anchor search answers as folding every word would."""
    assert holders._may_name_holder(text) == holders._holds_anchor(text)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_texts(), _tricky_texts()), st.booleans())
def test_runs_by_pattern_are_the_runs_word_by_word(text: str, whole: bool) -> None:
    """The runs of name words cut by one pattern are the runs read word by word."""
    lo, hi = (0, len(text)) if whole else (len(text) // 3, len(text) - len(text) // 4)

    def spans(runs: object) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in run] for run in runs]  # type: ignore[attr-defined]

    fast = holders._runs(text, lo, hi, ascii_text=text.isascii())
    assert spans(fast) == spans(holders._runs_by_word(text, lo, hi))


def test_anchor_search_reads_apostrophes_as_folding_does() -> None:
    """An inner apostrophe joins a word's letters ("Sa'ar"), a possessive ends it."""
    assert holders._may_name_holder("Erdogan's aides met on Monday.")
    assert holders._may_name_holder("Erdogan’s aides met on Monday.")
    assert not holders._may_name_holder("Erdoganx aides met on Monday.")
    assert holders._may_name_holder("Erdoğan met them.")


@settings(max_examples=500, deadline=None)
@given(st.one_of(_texts(), _tricky_texts()))
def test_anchored_runs_are_the_runs_holding_an_anchor(text: str) -> None:
    """The runs read are those of the word-by-word reading that hold an anchor word."""

    def spans(runs: object) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in run] for run in runs]  # type: ignore[attr-defined]

    expected = filter(holders._run_has_anchor, holders._runs_by_word(text, 0, len(text)))
    got = holders._anchored_runs(text, 0, len(text), ascii_text=text.isascii())
    assert spans(got) == spans(expected)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_texts(), _tricky_texts()), st.booleans())
def test_runs_at_the_anchor_places_are_the_anchored_runs(text: str, inner: bool) -> None:
    """The runs read from the anchor places are the runs cut whole that hold an anchor."""
    lo, hi = (len(text) // 4, len(text) - len(text) // 5) if inner else (0, len(text))
    part = text[lo:hi]
    if not (part.isascii() or holders._NON_ASCII_WORD_CHAR.search(part) is None):
        return  # the other reading: word by word
    hits = holders._anchor_hits(part)
    assert bool(hits) == holders._may_name_holder(part)
    if not hits or hits[0] < 0:
        return  # no anchor, or places moved by dropped apostrophes: runs searched one by one

    def spans(runs: object) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in run] for run in runs]  # type: ignore[attr-defined]

    expected = holders._anchored_runs(text, lo, hi, ascii_text=True)
    assert spans(holders._runs_at(text, lo, part, hits)) == spans(expected)


def test_runs_at_skips_a_place_outside_every_run() -> None:
    """An anchor word in lower case is in no run; a later one in the next run still counts."""
    text = "then putin spoke with Vladimir Putin"
    hits = holders._anchor_hits(text)
    assert hits[0] == text.index("putin")
    runs = [[m.group() for m in run] for run in holders._runs_at(text, 0, text, hits)]
    assert runs == [["Vladimir", "Putin"]]
