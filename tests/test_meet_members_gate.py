"""The members-list search behind its word test finds what the pattern alone finds.

:func:`diplonews.meetings._finish._members_including` searches ``_MEMBERS_INCLUDING`` only
in a text holding "member" and "including" or "such"; on texts of its words, near misses
and filler it returns the pattern's own match.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings._finish import _MEMBERS_INCLUDING, _members_including

_PIECES = (
    "OPEC",
    "members",
    "member",
    "member states",
    "Members",
    "including",
    "such as",
    "such",
    "as",
    "Peru",
    "Chile",
    ",",
    ".",
    "the",
    "remembered",
    "Including",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_gate_changes_no_match(pieces: list[str]) -> None:
    """On any text of the pattern's words, the gated search returns the pattern's match."""
    text = " ".join(pieces)
    gated = _members_including(text)
    alone = _MEMBERS_INCLUDING.search(text)
    assert (gated and gated.span()) == (alone and alone.span())


def test_gate_keeps_a_members_list() -> None:
    """A body's members named with "including": found through the gate."""
    found = _members_including("OPEC members, including Iran and Iraq, met.")
    assert found is not None
    assert found["body"] == "OPEC"
