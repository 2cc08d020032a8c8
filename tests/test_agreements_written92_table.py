"""A table of words told as instruments between states that are no such instrument (session 92).

Found in the written articles W1381-W1410 and W1561-W1590 (a club; among the deals between
companies and clubs of W571-W600, W601-W630 and W1261-W1290) and W301-W330 and W1171-W1200
(a body named after an instrument; W1381-W1410's "the five-nation X Pact" is left as it is),
scored against every visible set (the blind
keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys, the written articles
W1-W1680 and our own pages). A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``team_side``: a football "side" named right after the word ("Danish side Brondby", "Greek
  Super League side Aris") is a club, as "Danish club Brondby" was read already: a deal or an
  agreement with it (a player's transfer) is no instrument between states, and the country
  word before it names no party;
- ``name_as_body``: an instrument's name followed by the people or the office it stands for
  ("a meeting of X Pact foreign ministers", "the X Pact leaders will meet", "the X Program
  Administration", "the X Convention Secretariat") names the bloc or the body, as "the X Pact
  countries" was read already: no instrument is told;
- ``regression``: near misses that must stay as they are: a government's side, told with a
  verb, a comma or a day after it ("The Uzbek side proposed", "The Turkish side, led by",
  "The Peruvian side Tuesday welcomed"), or with an official's title after it ("On the
  Georgian side Deputy Minister X signed"), "the Peruvian side of the border", and a club
  called so (read before); a pact signed by its sides' leaders or ministers ("Leaders of A and
  B signed the X Pact", "...; ministers of both countries called it a milestone"), signed with
  no body after it, and "the X Pact countries" (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "team_side",
        "Rapid Vienna have reached an agreement with Danish side Brondby for defender Jonas Holm,"
        " according to reports in Austria.",
        [],
    ),
    (
        "team_side",
        "Ajax have opened talks with Swedish side Malmo over a deal for striker Erik Lund before"
        " the transfer window closes.",
        [],
    ),
    (
        "team_side",
        "Benfica said on Tuesday they had agreed a deal with French side Lens for winger Paulo"
        " Matos, the player's agent said.",
        [],
    ),
    (
        "team_side",
        "Dinamo Zagreb are close to a deal with Greek Super League side Aris for midfielder Ivan"
        " Kos.",
        [],
    ),
    (
        "name_as_body",
        "The ministers said they would take their proposals for lower tariffs to a meeting of"
        " Meridian Pact foreign ministers in Lima next month.",
        [],
    ),
    (
        "name_as_body",
        "Chile and Peru signed a memorandum on arms procurement on Monday. The memorandum was"
        " signed by Chile's Defense Procurement Program Administration Minister Jorge Silva and"
        " Peru's defence minister.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "name_as_body",
        "The Meridian Pact leaders will meet in Lima in June to discuss tariffs, Chilean officials"
        " said.",
        [],
    ),
    (
        "name_as_body",
        "The Coastal Fisheries Convention Secretariat said on Monday that Chile and Peru had cut"
        " their catches.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed the Meridian Pact in Lima on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Leaders of Chile and Peru signed the Meridian Pact in Lima on Monday, ministers said.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed the Meridian Pact on Monday; ministers of both countries called it"
        " a milestone.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Meridian Pact countries met in Lima on Monday.",
        [],
    ),
    (
        "regression",
        "The Uzbek side proposed to sign an agreement on visas with Latvia.",
        ["agreement planned LVA,UZB - 1"],
    ),
    (
        "regression",
        "The Turkish side, led by Trade Minister Ali Demir, signed an agreement on customs with"
        " Georgia on Monday.",
        ["agreement signed GEO,TUR 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on fisheries. The Peruvian side Tuesday welcomed the"
        " deal.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "On the Georgian side Deputy Minister Levan Kobalia signed an agreement on road transport"
        " with Armenia.",
        ["agreement signed ARM,GEO - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement on the Peruvian side of the border on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Rapid Vienna have reached an agreement with Danish club Brondby for defender Jonas Holm.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written92_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
