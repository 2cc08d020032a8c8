"""The organisation search of a role is the substring test of every form it replaced.

``has_group`` (diplonews.text._names) tells a body's official ("IMF Managing
Director") by any organisation form of the table inside the role's text: one
search of the forms' prefix-factored alternation. These tests check it against
testing each form as a substring, on texts built from the forms' own pieces.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.text import _names


def _substring_test(text: str) -> bool:
    return any(form in text for form in _names._organization_forms())


_FORMS = list(_names._organization_forms())
_PIECES = st.one_of(
    st.sampled_from(_FORMS),
    st.sampled_from(_FORMS).map(lambda form: form[: len(form) // 2]),  # a form cut short
    st.sampled_from(_FORMS).map(lambda form: form[1:]),
    st.sampled_from([" ", "the ", "Director", "U.N.", "UN", "-", "’s ", "Secretary", "é"]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=6))
def test_search_finds_a_form_where_a_substring_is_one(pieces: list[str]) -> None:
    """The search matches exactly the texts that hold a form as a substring."""
    text = "".join(pieces)
    assert (_names._organization_scan().search(text) is not None) == _substring_test(text)


def test_search_reads_every_form_and_nothing_else() -> None:
    """Each form is found in a role, and a role naming no organisation finds none."""
    for form in _FORMS:
        assert _names._organization_scan().search(f"Deputy {form} Director") is not None
    assert _names._organization_scan().search("Deputy Foreign Minister") is None
