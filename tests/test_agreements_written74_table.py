"""A table of agreement parties misread in records that pair on everything else (session 74).

The classes come from the key agreements whose only mismatch with one of our unpaired records
is the parties, over the written articles W1-W1440 (the newly released W1381-W1440 read
first), pooled with the released blind keys corpus blind 11 to 18 and 20 to 23, the owners'
keys and our own pages, classed by direction and by the sides step that set ours: a class has
rows here when its errors occur in three different articles or more, in two sets or more, and
a change of the library fixed some of them. A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``gathering_own``: a document a summit or conference makes as a whole, in a sentence naming
  no state ("the leaders are to sign an agreement" or "the conference is to adopt the X
  Declaration" at a summit or conference of a bloc or of more than two states, told in the
  sentence, the one before or the headline; "the bloc's leaders adopted the X Programme"), is
  the gathering's own and has no state party (not the states the story names most, nor those
  of the sentence before);
- ``regression``: near misses that must stay as they are: a summit of two told "the two
  leaders" or "the leaders", leaders of three states meeting with no summit told, leaders of
  two states named in the sentence itself, the ministers or the summit of listed states
  adopting a named plan or declaration.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "gathering_own",
        "Leaders of the twelve-nation Andean Forum opened their yearly summit in Quito on"
        " Monday, with Peru, Chile and Bolivia pressing for lower tariffs. Ecuador's President,"
        " the host, said regional trade had shrunk by a third. The leaders are also due to sign"
        " an agreement setting up a common customs code before their summit closes on Friday.",
        ["agreement planned - 2023-05-12 1"],
    ),
    (
        "gathering_own",
        "Fiji, Tonga and Samoa want a stronger fisheries regime. The summit, which opens in Suva"
        " on Tuesday, gathers heads of government from 14 island states. Diplomats expect that"
        " leaders would adopt a declaration calling for deep cuts in emissions.",
        ["declaration planned - - 1"],
    ),
    (
        "gathering_own",
        "Members of the Sahel Alliance met for their summit in Niamey on Monday. Niger, Mali and"
        " Chad said security came first. At the alliance summit, the leaders are set to adopt a"
        " joint declaration covering border patrols.",
        ["declaration planned - - 1"],
    ),
    (
        "gathering_own",
        "India and the members of Caricom signed a shipping pact in Georgetown on Monday."
        " Jamaica's prime minister said Barbados and Guyana would gain most. Caricom leaders also"
        " adopted the Georgetown Action Programme, a five-year plan to cut the cost of travel in"
        " the region.",
        ["agreement signed IND 2023-05-08 1", "plan signed - 2023-05-08 1"],
    ),
    (
        "gathering_own",
        "The President of Kenya received the foreign ministers of Uganda, Rwanda and Burundi on"
        " Tuesday. The ministers are in Nairobi for a water conference. The conference is to"
        " adopt the Nairobi Water Declaration on Friday.",
        ["declaration planned - - 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile met President Lima of Peru in Arica on Monday. The two leaders"
        " adopted the Arica Action Plan on border trade.",
        ["plan signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Foreign Ministers of Chile, Peru, Bolivia and Ecuador met in Lima on Monday. The"
        " Ministers adopted the Lima Action Plan on border trade.",
        ["plan signed BOL,CHL,ECU,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Presidents of Chile, Peru and Bolivia met in Arica on Monday for talks on water. The"
        " summit adopted the Arica Declaration on shared rivers.",
        ["declaration signed BOL,CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile and President Lima of Peru held a summit in Arica on Monday."
        " Both leaders will sign a water-sharing accord before the summit ends.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "President Ruiz of Chile and President Lima of Peru held a summit in Arica on Monday. The"
        " leaders will sign a water-sharing accord before the summit ends.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Leaders of Chile, Peru and Bolivia met in Arica on Monday. The leaders will sign a"
        " water-sharing accord by Friday.",
        ["agreement planned BOL,CHL,PER - 1"],
    ),
    (
        "regression",
        "Leaders of Chile, Peru and Bolivia held a summit in Arica on Monday. Chile's president"
        " hosted the talks. The leaders of Chile and Peru will sign a water-sharing accord"
        " before the summit ends.",
        ["agreement planned CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written74_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
