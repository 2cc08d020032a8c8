"""A table of agreement expressions read from the released d pages' errors, one class per rule.

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``at_close``: a document signed at the close (end, conclusion) of an event that
  spans several days ("on May 8-9") is dated on the event's last day, and one told
  "besides" or "also" right after it shares that day;
- ``bill_title``: a legislature's vote for a bill whose quoted name approves or ratifies
  an instrument ("the law “On the approval of the Agreement ...”") ratifies it;
- ``first_reading``: an instrument approved in a first reading only is not ratified: it is
  signed (an instrument goes before parliament once signed), as a bill read first is;
- ``deadline``: a year that bounds a goal ("to raise trade ... by 2028, and signed a
  road map") is the goal's deadline, not the signing's date (nor a signing to come);
- ``home_body``: a cabinet or government the story names with no state ("the Council of
  Ministers approved the signing of an agreement with B") is the dateline's state's, so
  that state is the other side, not the state the story names most;
- ``numbered``: "the five countries" in a signing sentence that names no state, in a story
  naming just five states, makes those five the parties (not the pair the story names most);
- ``step_after``: "the agreement to enter into force" (to take effect, to be ratified) right
  after an instrument tells a step of the one just named, not a topic of another one;
- ``exchange_day``: an exchange of instruments (or notes) of ratification is the story's
  event: a signing told "also" after it, with no day of its own, is on its day;
- ``sides_plan``: a lower-case "plan" that the two sides (countries, parties) sign or are
  to sign is an instrument between them; one a body adopts alone is not;
- ``body_adopts``: a document a group's body is to adopt at the meeting the lead reports
  ("the ministers are expected to adopt a declaration") is the body's: no state's;
- ``our_sides``: "our leaders" ("our ministries", "our two countries") said by one side's
  envoy in a story on two states are both states: the signers, named by neither;
- ``company_signer``: an instrument its sentence says was signed by an official and a
  company's representative (head, chief) is a contract with a company: no record;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "at_close",
        "The Peruvian-Chilean joint commission on trade held its fifth session in Lima on"
        " May 8-9, chaired by the two deputy ministers.\n\n"
        "A protocol on the results of the session was signed at its close. In addition, the"
        " sides signed a memorandum on fisheries.",
        ["protocol signed CHL,PER 2023-05-09 1", "memorandum signed CHL,PER 2023-05-09 1"],
    ),
    (
        "at_close",
        "Delegations of Norway and Kenya held consultations in Nairobi on 4-6 May on"
        " energy and fisheries.\n\n"
        "At the end of the consultations, the two sides signed an agreement on visa exemption.",
        ["agreement signed KEN,NOR 2023-05-06 1"],
    ),
    (
        "bill_title",
        "The parliament of Estonia on Tuesday approved two international documents. Deputies"
        " voted for the law “On the approval of the Agreement between the Government of the"
        " Republic of Estonia and the Government of the Republic of Chile on air services”.",
        ["agreement ratified CHL,EST 2023-05-09 1"],
    ),
    (
        "bill_title",
        "Lawmakers of Kenya on Monday voted for the bill «On the approval of the Protocol"
        " between Kenya and Peru on fisheries».",
        ["protocol ratified KEN,PER 2023-05-08 1"],
    ),
    (
        "first_reading",
        "The Senate of Chile on Tuesday ratified a treaty with Peru on extradition. A protocol"
        " between Chile and Ghana on fisheries was passed in first reading only and returns"
        " to the floor in June.",
        ["treaty ratified CHL,PER 2023-05-09 1", "protocol signed CHL,GHA - 1"],
    ),
    (
        "first_reading",
        "Kazakh lawmakers on Monday approved the agreement with Mongolia on extradition in"
        " the first reading.",
        ["agreement signed KAZ,MNG - 1"],
    ),
    (
        "deadline",
        "The ministers of Peru and Ghana agreed to raise trade to $1 billion by 2028, and"
        " signed a road map on agriculture.",
        ["plan signed GHA,PER - 1"],
    ),
    (
        "deadline",
        "Chile and Kenya pledged to double the number of flights by the end of 2030, and"
        " inked a memorandum on tourism.",
        ["memorandum signed CHL,KEN - 1"],
    ),
    (
        "home_body",
        "LIMA, May 9 (Andina) -- Peru and Ghana on Monday signed a memorandum on fisheries"
        " during the visit of the Ghanaian foreign minister, who also met the President of the"
        " Republic of Ghana's business council in Lima.\n\n"
        "Ghana is the largest cocoa producer among the visiting delegations.\n\n"
        "In other news, the Council of Ministers approved the signing of an agreement with"
        " Chile on the mutual recognition of driving licences.",
        ["memorandum signed GHA,PER * 1", "agreement planned CHL,PER - 1"],
    ),
    (
        "home_body",
        "NAIROBI, May 8 -- The visiting Norwegian minister toured Mombasa port on Sunday."
        " Norway's aid to the region grew, and Norwegian firms plan new wind farms, the"
        " Norwegian embassy said.\n\n"
        "Meanwhile, the Cabinet approved a draft agreement with Peru on air services.",
        ["agreement planned KEN,PER - 1"],
    ),
    (
        "numbered",
        "The Pacific-Africa forum was founded four years ago.\n\n"
        "Chilean Foreign Minister Ana Rojas on Monday attended the third ministerial meeting of"
        " the forum in Lima, together with the foreign ministers of Peru, Ghana, Kenya and"
        " Norway.\n\n"
        "Rojas called the forum a model of partnership.\n\n"
        "At the meeting, the ministers signed a plan of cooperation among the foreign"
        " ministries of the five countries for 2023-2024.\n\n"
        "On the sidelines, Rojas held talks with the Kenyan minister. Chile and Kenya agreed to"
        " open embassies, and Chile will send a trade mission to Kenya, the Kenyan side said.",
        ["plan signed CHL,GHA,KEN,NOR,PER 2023-05-08 1"],
    ),
    (
        "numbered",
        "The Baltic summit is held every spring.\n\n"
        "Estonian President Lars Tamm on Tuesday attended the summit in Riga, together with the"
        " presidents of Latvia and Lithuania.\n\n"
        "Tamm urged more spending on defence.\n\n"
        "At the summit, the leaders signed a memorandum on the power grids of the three Baltic"
        " states.\n\n"
        "Tamm later met the Latvian prime minister. Estonia and Latvia will build a new rail"
        " link, and Latvia's government will fund a study, the Latvian side said.",
        ["memorandum signed EST,LTU,LVA 2023-05-09 1"],
    ),
    (
        "step_after",
        "Chile and Kenya on Tuesday exchanged the instruments of ratification of the convention"
        " on legal aid in civil matters, allowing the convention to take effect.",
        ["treaty ratified CHL,KEN 2023-05-09 1"],
    ),
    (
        "step_after",
        "Peru and Ghana on Monday ratified the agreement on the promotion of investments, which"
        " allows the agreement to enter into force in June.",
        ["agreement ratified GHA,PER 2023-05-08 1"],
    ),
    (
        "exchange_day",
        "Kenya and Norway yesterday exchanged the instruments of ratification of the treaty on"
        " extradition.\n\n"
        "The exchange took place at the foreign ministry in the presence of the Norwegian"
        " envoy.\n\n"
        "The two sides also signed a memorandum on fisheries.",
        ["treaty ratified KEN,NOR 2023-05-09 1", "memorandum signed KEN,NOR 2023-05-09 1"],
    ),
    (
        "exchange_day",
        "Peru and Estonia on Monday exchanged notes on the entry into force of the agreement on"
        " visa exemption.\n\n"
        "The Estonian envoy said the step opens a new chapter.\n\n"
        "The sides also signed a memorandum on tourism.",
        ["agreement ratified EST,PER * 1", "memorandum signed EST,PER 2023-05-08 1"],
    ),
    (
        "sides_plan",
        "The Peruvian president will visit Ghana in June. During the visit, the two sides are"
        " expected to sign a plan for jointly developing ports over the next three years.",
        # (the date is the visit's, June: session 73's during_the_event_to_come)
        ["plan planned GHA,PER * 1"],
    ),
    (
        "sides_plan",
        "Chile and Kenya held talks in Nairobi on Monday. The two countries then signed a plan"
        " for the joint exploration of geothermal fields.",
        ["plan signed CHL,KEN 2023-05-08 1"],
    ),
    (
        "sides_plan",
        "The Kenyan cabinet adopted a plan to cut emissions, the minister said after talks with"
        " his Chilean counterpart.",
        [],
    ),
    (
        "body_adopts",
        "The tenth meeting of the ASEAN Foreign Ministers is to be held in Jakarta on Friday,"
        " with delegations of the member states expected to attend.\n\n"
        "Ahead of the event, the Foreign Minister of Indonesia met the ASEAN Secretary-General"
        " to review the draft documents.\n\n"
        "The ministers are expected to adopt a declaration on the fight against human"
        " trafficking.\n\n"
        "Later, the Indonesian minister held talks with the Thai envoy, and Indonesia and"
        " Thailand agreed to open a new consulate.",
        ["declaration planned - - 1"],
    ),
    (
        "body_adopts",
        "The OIC Council of Foreign Ministers will open its annual session in Dakar on"
        " Monday.\n\n"
        "On the eve of the session, Senegal's foreign minister briefed the press on the"
        " agenda.\n\n"
        "The ministers will adopt a declaration on the protection of holy sites, the host said.",
        ["declaration planned - - 1"],
    ),
    (
        "our_sides",
        "In an interview, the Ambassador of Chile to Kenya, Rosa Soto, spoke about trade and"
        " culture.\n\n"
        "Q: How are relations?\n\n"
        "A: Very good. The visit of the President of Chile to Kenya last March gave them a push;"
        " during that visit our leaders signed the Declaration on Eternal Friendship.",
        ["declaration signed CHL,KEN * 1"],
    ),
    (
        "our_sides",
        "The Norwegian Ambassador to Kenya, Ole Berg, answered our questions.\n\n"
        "Q: And energy?\n\n"
        "A: In March, in Mombasa, our energy ministries signed a road map on green hydrogen."
        " Kenya has great potential.",
        ["plan signed KEN,NOR * 1"],
    ),
    (
        "company_signer",
        "Chile and Ghana signed an agreement on air services in Accra on Monday. The two sides"
        " also exchanged a memorandum on cooperation in solar power, signed by the Ghanaian"
        " minister and a representative of a Chilean state-owned energy company.",
        ["agreement signed CHL,GHA 2023-05-08 1"],
    ),
    (
        "company_signer",
        "Kenya and Peru on Tuesday signed a treaty on extradition. A memorandum on port"
        " logistics, signed by the Kenyan transport minister and the head of a Peruvian"
        " shipping company, was also presented.",
        ["treaty signed KEN,PER 2023-05-09 1"],
    ),
    (
        "regression",
        "The foreign ministers of Ghana and Chile met in Accra on Monday. At the end of the"
        " talks, they signed a memorandum on education.",
        ["memorandum signed CHL,GHA 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_d_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
