"""A government's own release names its instruments in the first person ("our protocol with B").

In a White House statement, "the convention with B, which my Administration is
renegotiating" and "our memorandum with B" are the United States' instruments with B: the
side the sentence leaves unnamed is the release's own state, not the state the story is
about (``_own_voice_side`` in ``agreements/_sides.py``). A news agency's "our" is nobody's
known state, so there the rule adds nothing.
"""

from __future__ import annotations

import pytest

from diplonews.extract import extract
from diplonews.models import Article

_PENDING = (
    "I welcome the Senate vote today on the U.S.-Portugal tax treaty. Portugal is a close"
    " ally. I also urge the Senate to act on the other pending tax agreements, including our"
    " protocol with Peru and the convention with Norway, which my Administration is"
    " renegotiating."
)
_OURS = (
    "Secretary Lee welcomed the signing of the U.S.-Ghana health accord. Ghana is a key"
    " partner. We will also complete our memorandum with Kenya next month."
)

TABLE = [
    # (outlet, text, the partner, whether the release's state is its other side)
    ("The White House", _PENDING, "NOR", True),
    ("The White House", _OURS, "KEN", True),
    ("Reuters", _PENDING, "NOR", False),
    ("Reuters", _OURS, "KEN", False),
]


@pytest.mark.parametrize(("outlet", "text", "partner", "own"), TABLE)
def test_release_own_voice(outlet: str, text: str, partner: str, own: bool) -> None:
    """The instrument with ``partner`` has the United States as its other side in a release."""
    result = extract(Article(id="x", body=text, outlet=outlet, published="2024-03-20"))
    sides = [{str(p) for p in a.parties} for a in result.agreements]
    assert ({partner, "USA"} in sides) is own, sides
    # the story's own state never becomes the instrument's side by the first person
    assert not any({partner, "PRT"} <= s or {partner, "GHA"} <= s for s in sides), sides
