"""A table of named declarations whose parties are the states the story tells meeting (session 94).

Found in real articles: the owners' keys (a leaders' joint statement headed by the name of
the declaration it is), the crawled pages (a trilateral meeting of foreign ministers that
the story calls by its declaration's name), with more of the class in the corpus blind keys
(a declaration announced at a summit, an accord reaffirmed by a meeting whose members are
listed), scored against every visible set (the blind keys of real corpus articles 11 to 18
and 20 to 26, the owners' keys, the written articles W1-W1740 and our own pages). A row is a
text and the records it gives, in the agreement row notation (``agreement_rows``). Every
text is invented. The classes:

- ``meeting_roster``: a named declaration whose own sentence names no state outside them,
  within two sentences of one telling three to thirty states meeting ("the foreign
  ministers of A, B and C met", "the trilateral A-B-C meeting", "we, the leaders of A, B, C
  and D, gathered for the summit", "delegations from A, B, C and D joined ..."), is that
  meeting's: those states are its parties;
- ``regression``: near misses that must stay as they are: a declaration of an earlier year
  ("they recalled the X Declaration of 1975": an older meeting's), one of a body's organ
  (the lead tells a council of an organisation meeting: its members', none named), a
  meeting on another event's sidelines or still to come ("delegations from A, B and C will
  visit X"), a pair's talks (two states, no roster), a sentence naming a state outside the
  meeting ("D's minister said the X Declaration ..."), and a named agreement (not a
  declaration) after such a meeting.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "meeting_roster",
        "Chile, Peru and Bolivia pledged on Tuesday to widen cooperation in trade and transport."
        " Their foreign ministers gathered in Lima for the fourth trilateral Chile-Peru-Bolivia"
        " meeting. Speaking to reporters after the meeting, named the 'Lima Declaration' by its"
        " hosts, Peruvian Foreign Minister Ana Torres said the three countries would meet again"
        " next year.",
        ["declaration signed BOL,CHL,PER - 1"],
    ),
    (
        "meeting_roster",
        "*The Quito Declaration on Andean Connectivity*\nWe, the leaders of Chile, Peru, Bolivia"
        " and Ecuador, gathered in Quito on Monday for the Andean Connectivity Summit and agree"
        " on the following.\nWe will build new roads and railways.",
        ["declaration signed BOL,CHL,ECU,PER - 1"],
    ),
    (
        "meeting_roster",
        "The foreign ministers of Norway, Sweden and Finland met in Oslo on Monday. The ministers"
        " discussed energy security. The Oslo Declaration, issued after the talks, calls for a"
        " joint power grid by 2030.",
        ["declaration signed FIN,NOR,SWE - 1"],
    ),
    (
        "meeting_roster",
        "The leaders of Kenya, Uganda and Tanzania held a summit in Arusha on Monday. The Arusha"
        " Declaration sets out plans for a common railway.",
        ["declaration signed KEN,TZA,UGA - 1"],
    ),
    (
        "meeting_roster",
        "Argentine officials hosted a review of the Pampas Declaration on Rivers in Buenos Aires on"
        " Monday. The declaration was announced at the regional summit in March. Delegations from"
        " Chile, Peru, Bolivia and Ecuador joined the Argentine hosts to report on their progress.",
        ["declaration signed ARG,BOL,CHL,ECU,PER - 1"],
    ),
    (
        "meeting_roster",
        "The leaders of Kenya, Uganda, Tanzania, Rwanda, Burundi, Ethiopia, Somalia, Sudan, Egypt,"
        " Eritrea, Djibouti and South Sudan met in Nairobi on Monday. The Nairobi Declaration on"
        " the Nile sets out rules for sharing its water.",
        ["declaration signed BDI,DJI,EGY,ERI,ETH,KEN,RWA,SDN,SOM,SSD,TZA,UGA - 1"],
    ),
    (
        "regression",
        "The Pampas Declaration on Rivers was praised by experts. Delegations from Chile, Peru,"
        " Bolivia and Ecuador will visit Buenos Aires in June.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "The foreign ministers of Norway, Sweden and Finland met in Oslo on Monday. They recalled"
        " the Helsinki Declaration of 1975.",
        ["declaration signed - 1975 1"],
    ),
    (
        "regression",
        "The Shanghai Cooperation Organisation's council of foreign ministers met in Bishkek on"
        " Monday, with ministers of Kazakhstan, Tajikistan and Uzbekistan taking part. The"
        " meeting ended with the Bishkek Declaration.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "The foreign ministers of Norway, Sweden and Finland met in Oslo on the sidelines of the"
        " UN General Assembly. The Oslo Declaration calls for a joint power grid.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Monday. The Lima Declaration calls for a joint port.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "The foreign ministers of Norway, Sweden and Finland met in Oslo on Monday. Denmark's"
        " minister said the Oslo Declaration was a good start.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "The foreign ministers of Norway, Sweden and Finland met in Oslo on Monday. The ministers"
        " discussed energy security. The Oslo Agreement, reached after the talks, calls for a"
        " joint power grid by 2030.",
        ["agreement signed - - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written94_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
