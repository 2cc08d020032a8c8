"""Whether a sentence asks about an event to come, shared by the event extractors.

A question ("Will A and B hold talks next month?", "Could the two sides sign a deal in
June?") tells an event only speculated about: the meeting readers drop it, the agreement
readers read its signing as one in prospect.
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["asked_about"]

# The sentence opens (after a wire dateline too) on an auxiliary of what is to come and ends
# on its question mark, with no other sentence mark between.
_ASKED = re.compile(
    r"""(?:\A|\s[-–—]\s+)["“‘']?(?:Will|Would|Shall|Could|Can|Might|May)\s+[^.!?;:]*\?["”’']?\s*\Z"""
)


def asked_about(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a sentence, asks whether an event will take place.

    >>> asked_about("Will A and B hold talks next month?", 0, 35)
    True
    >>> asked_about("LIMA, May 3 (Reuters) - Could the leaders meet in June?", 0, 55)
    True
    >>> asked_about("Talks ended. Will A and B meet again?", 13, 37)
    True
    >>> asked_about("A and B will hold talks next month.", 0, 35)
    False
    """
    sentence = text[start:end]
    return sentence.rstrip().rstrip("\"”’'").endswith("?") and bool(_ASKED.search(sentence))
