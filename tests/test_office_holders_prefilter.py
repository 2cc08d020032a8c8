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


def _unfiltered(text: str, year: int | None) -> list[tuple[int, int, str, str]]:
    """``bare_holders`` with both prefilters (per part, per run of words) turned off."""
    part_filter, run_filter = holders._may_name_holder, holders._run_has_anchor
    holders._may_name_holder = lambda part: True
    holders._run_has_anchor = lambda run: True
    try:
        return holders.bare_holders(text, [(0, len(text))], [], year)
    finally:
        holders._may_name_holder, holders._run_has_anchor = part_filter, run_filter


@settings(max_examples=300, deadline=None)
@given(_texts(), st.one_of(st.none(), st.integers(1980, 2026)))
def test_prefilter_keeps_every_holder(text: str, year: int | None) -> None:
    """With or without the prefilter, the same holders are read."""
    assert holders.bare_holders(text, [(0, len(text))], [], year) == _unfiltered(text, year)


def test_prefilter_skips_a_sentence_without_holders() -> None:
    """A sentence naming no office holder is not read word by word."""
    assert not holders._may_name_holder("The weather in the valley was mild on Monday.")
    assert holders._may_name_holder("Erdoğan's aides met on Monday.")
