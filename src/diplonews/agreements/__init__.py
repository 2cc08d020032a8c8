"""Agreements: what was signed or agreed, by whom (:class:`~diplonews.models.Agreement`).

The package's private modules share plain names among themselves; this face is
what the rest of diplonews may use. One module per part of the step, lowest first:

- ``_words``: the instrument words, their kinds and the words before them;
- ``_status``: the status cue, date and place bound to an instrument word;
- ``_parties`` and ``_prose``: the states a sentence names as sides, and how news words them;
- ``_mention``: one instrument word read in its sentence (a ``Mention``);
- ``_record``: a record being built, and whether a later mention is the same instrument;
- ``_events``: when and where, from the story's event, dateline and lead;
- ``_story``: what the whole story tells, read once (its states, its body's meeting);
- ``_context``: what the mention loop knows of a word: its story and its sentence;
- ``_sides``: the parties of a mention that names none, read off the story;
- ``_story_pair``: the story-level step that gives an instrument told with one state the pair
  the story is on (its event's sides, "the two countries", a readout's own state);
- ``_items``: lists and counted sets of instruments, one record an item;
- ``_consent``: the accord of a meeting told by consent alone (the fallback);
- ``_negotiated``: the trade pact two states' trade negotiations tell, with no instrument word;
- ``_finish``: the last pass, from records to ``Agreement`` values;
- ``_extract``: ``extract_agreements``, the pipeline of these passes, and its mention loop.
"""

from __future__ import annotations

from diplonews.agreements._extract import extract_agreements

__all__ = [
    "extract_agreements",
]
