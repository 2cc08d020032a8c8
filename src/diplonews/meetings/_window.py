"""The stretch of a sentence before a trigger that the trigger's tense is read from.

A tense cue ("will", "held", "last week") belongs to the clause of the meeting
word; in a long sentence, one several clauses back speaks of another event. So
the status of a meeting (:func:`~diplonews.meetings._rules.meeting_status`) and
its back-reference test read at most :data:`STATUS_WINDOW` characters before the
trigger, from the start of a word, and a cue that calls the talks off ("were
cancelled") is looked for at most as far after it. That also bounds the work per
trigger: a sentence with a meeting word every few characters costs time linear in
its length, not in the square of it; and only the first
:data:`TRIGGERS_PER_SENTENCE` meeting words of a sentence are read.
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["STATUS_WINDOW", "TRIGGERS_PER_SENTENCE", "status_start"]

#: Characters before a trigger read for its tense (news sentences rarely hold more).
STATUS_WINDOW = 300
#: Meeting words read in one sentence. News prose holds a handful (at most 6 in a sentence
#: of the corpus); a sentence with more is a list or hostile input, whose first ones are read.
TRIGGERS_PER_SENTENCE = 24

_SPACE = re.compile(r"\s+")


def status_start(body: str, start: int, t0: int) -> int:
    """Where the text read for the tense of a trigger at ``t0`` starts.

    The sentence start ``start`` when it lies within :data:`STATUS_WINDOW`
    characters of the trigger; else the first word that starts no farther away
    (never a part of a word), or, when none does, the window's first character.

    >>> status_start("They met.", 0, 5)
    0
    >>> body = "x" * 10 + " word " * 100 + "meeting"
    >>> lo = status_start(body, 0, body.index("meeting"))
    >>> body.index("meeting") - lo <= STATUS_WINDOW, body[lo - 1], body[lo]
    (True, ' ', 'w')
    """
    lo = t0 - STATUS_WINDOW
    if lo <= start:
        return start
    space = _SPACE.search(body, lo - 1, t0 - 1)  # a word before the trigger's own
    return space.end() if space is not None else lo
