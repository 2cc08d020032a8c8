"""A day told by another event's: "a day earlier", "the day before", "on the eve of the summit".

Meetings and agreements both date a step by the day of an event the story told before it:
"The ministers held talks on Tuesday. A day earlier, ..." is Monday (spec section 2: "the
date stated or directly implied"). This module reads the shift; each extractor picks the
other event.
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["GATHERINGS", "MANY", "SHIFT", "shift_days"]

# A shift of days from another event, at the head of a sentence or inside a clause: "A day
# earlier,", "The previous day,", "Two days later,", "met the day before", "the eve of the
# summit" (group "gathering": the event named; "the day before yesterday" is a date's own).
SHIFT = re.compile(
    r"""\b(?:
    (?P<back>(?:[Aa]|[Oo]ne|(?P<n1>[Tt]wo|[Tt]hree))\s+days?\s+(?:earlier|before)
      |[Tt]he\s+(?:day\s+before|previous\s+day|preceding\s+day)(?!\s+yesterday))
    |(?P<on>(?:[Aa]|[Oo]ne|(?P<n2>[Tt]wo|[Tt]hree))\s+days?\s+later
      |[Tt]he\s+day\s+after(?!\s+tomorrow))
    |(?P<eve>[Tt]he\s+eve\b)
    )
    # the event named after it ("the day before the summit", "the eve of the X forum"), or
    # none where the phrase ends ("met a day earlier to prepare": not "a day after arriving")
    (?:\s+(?:of\s+)?(?:the|this|that|its)\s+(?P<gathering>[\w-]+(?:\s+[\w-]+){0,3})
    |(?=\s*[,.;:]|\s+(?:to|in|at|for|with|and|on)\b|\s*\Z))
    """,
    re.VERBOSE,
)

# The gatherings a shift may name, a word of its phrase: "the eve of the summit".
GATHERINGS = re.compile(
    r"""\b(?:summit|conference|forum|session|meeting|talks|assembly|council|congress
    |ministerial|visit|gathering|round)\b""",
    re.VERBOSE,
)

# The words of a gathering of many ("the eve of the summit"), not of any event's ("talks").
MANY = re.compile(
    r"\b(?:summit|conference|forum|session|assembly|council|congress|ministerial|gathering)\b"
)

_NUMBERS = {"two": 2, "three": 3}


def shift_days(shift: re.Match[str]) -> int:
    """The days ``shift`` moves from the other event's day: back (negative) or on."""
    count = shift["n1"] or shift["n2"]
    n = _NUMBERS[count.lower()] if count else 1
    return n if shift["on"] is not None else -n
