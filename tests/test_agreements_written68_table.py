"""A table of agreements found and then dropped for want of parties and a status cue (session 68).

The classes come from the key agreements with no paired record, of the written articles
W1-W1380 (the newly released W1321-W1380 read first), pooled with the released blind keys
corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages, whose instrument
mention ``read_mention`` reads and then drops as having no parties and no status cue, classed
by what the text does tell: a class has rows here when its losses occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. A row is
a text and the records it gives, each in the agreement row notation (``agreement_rows``).
Every text is invented. The classes:

- ``meeting_to_make``: a meeting or trip to come told to make the instrument ("officials are
  due to meet in C in June to draw up a trade protocol", "the commission would meet in the
  autumn to prepare a road map on X") tells one still to be made, between the story's sides;
- ``gathering_ended_with``: a gathering of a group that ended with an instrument ("ministers
  of the N-nation X ended a council meeting here with a declaration", "heads of government of
  the N-nation X ended their summit with a declaration pledging") made it, its own outcome
  (``signed``), between the group's members, none of them named;
- ``regression``: near misses that must stay as they are: a meeting held (not to come) to
  prepare one, a meeting to come that only discusses or reviews one, one that prepares a
  report; a gathering that ended with a call (no instrument), one that ended and an instrument
  only expected after, two states that ended their talks with a declaration (theirs).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "meeting_to_make",
        "Ghana and Togo held talks on fishing in Accra. Trade officials of the two countries are"
        " due to meet in Lome in June to draw up a fisheries protocol for 2024.",
        ["protocol planned GHA,TGO - 1"],
    ),
    (
        "meeting_to_make",
        "The presidents of Ghana and Togo met in Accra on Monday. The joint commission would meet"
        " in Lome in the autumn to prepare a road map on transport for the years 2024-2026.",
        ["plan planned GHA,TGO - 1"],
    ),
    (
        "meeting_to_make",
        "The foreign ministers of Ghana and Togo met in Accra on Monday. Trade experts will fly to"
        " Lome in July to draw up a transit protocol.",
        ["protocol planned GHA,TGO - 1"],
    ),
    (
        "gathering_ended_with",
        "ACCRA, May 9 - Ministers of the twelve-nation Coastal Fisheries Union ended a two-day"
        " council meeting here with a declaration pledging to share catch data.",
        ["declaration signed - - 1"],
    ),
    (
        "gathering_ended_with",
        "ACCRA, May 9 - Heads of government of the 15-nation Economic Community of West African"
        " States (ECOWAS) ended their annual summit here last night with a declaration calling"
        " for lower tariffs.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "ACCRA, May 9 - Ministers of the twelve-nation Coastal Fisheries Union ended a two-day"
        " council meeting here with a call for more aid to the ports.",
        [],
    ),
    (
        "regression",
        "ACCRA, May 9 - Ministers of the twelve-nation Coastal Fisheries Union ended a two-day"
        " council meeting here. A declaration on fishing is expected next year.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo ended their talks in Accra on Monday with a joint declaration on border"
        " trade.",
        ["declaration signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The ministers met in Lome in June to prepare a road"
        " map on transport.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. Trade officials will meet in Lome next month to"
        " discuss a protocol on fisheries.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The two ministers will meet in Lome in June to review"
        " the fisheries protocol.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The ministers will meet in Lome in June to prepare a"
        " report on the ports.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written68_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
